"""The cleaner on the five seeds (boilerplate, comments, metadata) and on our own fixtures."""
from __future__ import annotations

from datetime import date

import pytest

from fogofwar.clean import Block, build_article, comment_score, is_boilerplate, normalise_markup, split_comments
from fogofwar.ingest import RawDocument, iter_documents

from conftest import DEMO, FIXTURES, seed_file

BOILERPLATE_MARKERS = [
    "Note to readers", "PayPal", "Disclaimer", "Region:", "Theme:", "Copyright", "Become a Member",
    "original source of this article", "For media inquiries", "patreon",
]


def article_from(path):
    [doc] = [d for d in iter_documents([path]) if isinstance(d, RawDocument)]
    return build_article(doc)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_bodies_have_no_boilerplate(shared, prefix):
    a = article_from(seed_file(prefix))
    for marker in BOILERPLATE_MARKERS:
        assert marker.lower() not in a.text.lower(), (prefix, marker)
    assert "](#)" not in a.text and "http" not in a.text
    assert len(a.text.split()) > 150  # the body itself survives


@pytest.mark.parametrize(
    "prefix, published, outlet, original, original_published",
    [
        ("000", date(2020, 12, 17), "Global Research", "South Front", date(2020, 12, 16)),
        ("001", date(2020, 12, 20), "Global Research", "South Front", date(2020, 12, 18)),
        ("002", date(2020, 12, 21), None, None, None),
        ("004", date(2020, 8, 27), "Global Research", "South Front", date(2020, 8, 26)),
    ],
)
def test_seed_metadata(shared, prefix, published, outlet, original, original_published):
    a = article_from(seed_file(prefix))
    assert a.published == published
    assert a.outlet == outlet
    assert a.original_outlet == original
    assert a.original_published == original_published


def test_seed_titles_and_dateline(shared):
    assert article_from(seed_file("000")).title.startswith("Video: Russian Forces Establish Presence")
    assert article_from(seed_file("003")).title.startswith("Russian-Backed 5th Corps")
    a = article_from(seed_file("002"))
    assert a.text.startswith("BEIRUT")  # 'date 2020-12-21' was metadata, not body


def test_seed_003_comments_are_separated(shared):
    a = article_from(seed_file("003"))
    assert len(a.comments) >= 30
    assert "475 tonnes" not in a.text and any("475 tonnes" in c for c in a.comments)
    assert "Ziocorporate" not in a.text
    # The last paragraph of the article proper stays in the body.
    assert a.text.rstrip().endswith("in the past two years.")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_seeds_without_comment_threads_have_none(shared, prefix):
    assert article_from(seed_file(prefix)).comments == []


def test_broken_paragraph_is_rejoined(shared):
    a = article_from(seed_file("001"))
    assert "active Israeli military and clandestine operations" in a.text


def test_explicit_comment_marker_in_demo():
    a = article_from(DEMO / "06_homs_headquarters_comments.txt")
    assert len(a.comments) == 4
    assert all("·" in c.split("\n")[0] for c in a.comments)  # the 'name · date' line stays with its text
    assert "forty militia fighters" not in a.text


def test_repost_metadata_and_boilerplate_in_demo():
    a = article_from(DEMO / "05_aleppo_shelling_repost.txt")
    assert a.original_outlet == "Levant Monitor" and a.original_published == date(2024, 5, 21)
    assert a.effective_date == date(2024, 5, 21)  # relative dates are read against the original
    assert "language menu" not in a.text and "follow us" not in a.text.lower()


def test_byline_with_outlet():
    a = article_from(DEMO / "02_mayadin_clash_euphrates_wire.txt")
    assert a.author == "Karim Mansour" and a.outlet == "Euphrates Wire" and a.published == date(2024, 4, 16)


def test_html_main_content_and_metadata():
    a = article_from(FIXTURES / "ingest" / "article.html")
    assert a.title and a.published and "Beni" in a.text
    assert "cookie" not in a.text.lower()


def test_markup_residue_is_removed():
    assert normalise_markup("By [South Front](#) and **bold** <u>x</u> <http://a.b/c>") == "By South Front and bold x http://a.b/c"


@pytest.mark.parametrize(
    "line", ["Region: Middle East", "Share this article", "SUPPORT SOUTHFRONT:", "Copyright © 2020 X", "https://example.org/x.mp4"]
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Russian forces deployed near the town.", "The share of the vote fell.", "Support for the ceasefire grew in Aleppo."])
def test_body_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_comment_score_separates_voices():
    assert comment_score("I agree, you are an idiot.") >= 0.5
    assert comment_score("@skylock thats wrong") == 1.0
    assert comment_score("The army said it had retaken the village on Tuesday, according to state media.") < 0.5


def test_layout_comment_split_needs_comment_like_tail():
    body = [Block("The army said it retook the town on Monday after heavy fighting.", 1)] * 3
    tail = [Block("Another report says the militia withdrew from the area overnight.", 2)] * 3
    assert split_comments(body + tail)[1] == []  # a wide gap alone is not a comment thread
    voices = [Block("I think you are wrong about this.", 2), Block("lol exactly", 2), Block("You people never learn!!", 2)]
    kept, comments = split_comments(body + voices)
    assert len(kept) == 3 and len(comments) == 3


def test_empty_after_cleaning_is_an_error():
    with pytest.raises(ValueError, match="no article text"):
        build_article(RawDocument(source="x", text="Share this article\n\nCopyright © 2024 Someone"))
