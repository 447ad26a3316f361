"""Cleaning: RawDocument -> Article.

Separates the three things a scraped page mixes together: the article body,
the site's boilerplate (donation appeals, share prompts, disclaimers,
navigation), and reader comments.  Comments are kept on the Article but never
used as evidence.  Metadata missing from explicit fields (title, date, outlet,
author, original outlet of a repost) is read from the header lines.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

import yaml

from fogofwar.ingest import RawDocument
from fogofwar.model import Article, content_hash

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_RE = re.compile(
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{MONTHS},?\s+\d{{4}}|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})",
    re.I,
)
# "Global Research, March 3, 2021" / "South Front 2 March 2021"
OUTLET_DATE_RE = re.compile(rf"^(?P<outlet>[A-Z][\w.&'’ -]{{1,60}}?)[,\s–-]+{DATE_RE.pattern}$", re.I)
# "date 2021-03-04 DAMASCUS, SYRIA (9:30 A.M.) – ..." at the start of a body
DATELINE_RE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+", re.I)
ORIGINAL_SOURCE_RE = re.compile(r"the original source of this article is\s+(?P<outlet>[^\n©]+?)(?:\s*copyright\b|\s*$)", re.I | re.M)
MD_LINK_RE = re.compile(r"\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)")
MD_EMPHASIS_RE = re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__")
HTML_TAG_RE = re.compile(r"</?(?:u|b|i|em|strong|span|br)\b[^>]{0,100}>", re.I)
ANGLE_URL_RE = re.compile(r"<(https?://[^>\s]+)>")
QUOTED_RE = re.compile(r"[“\"][^”\"]{0,2000}[”\"]")
WORD_RE = re.compile(r"[A-Za-z']+")
SENTENCE_END = tuple('.!?"”’:;)')


@functools.lru_cache(maxsize=1)
def patterns() -> dict:
    raw = yaml.safe_load(resources.files("fogofwar.data").joinpath("clean_boilerplate.yaml").read_text("utf-8"))
    comp = lambda items: [re.compile(p, re.I) for p in items]  # noqa: E731
    return {
        "boilerplate": comp(raw["boilerplate_lines"]),
        "footer": comp(raw["footer_starts"]),
        "author": re.compile(raw["author_line"], re.I),
        "comment_markers": comp(raw["comment_markers"]),
        "person": set(raw["comment_cues"]["first_second_person"]),
        "informal": set(raw["comment_cues"]["informal"]),
    }


@dataclass
class Block:
    """A paragraph and the number of blank lines that preceded it (a layout signal)."""

    text: str
    gap: int = 1


@dataclass
class Header:
    title: str | None = None
    author: str | None = None
    dated_outlets: list[tuple[str, date]] = field(default_factory=list)
    published: date | None = None
    outlet: str | None = None
    title_index: int | None = None


def normalise_markup(text: str) -> str:
    """Remove the markdown/HTML residue scrapers leave: [South Front](#) -> South Front."""
    text = MD_LINK_RE.sub(r"\1", text)
    text = MD_EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = HTML_TAG_RE.sub("", text)
    text = ANGLE_URL_RE.sub(r"\1", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    blank = 1
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.strip())
            continue
        if current:
            # Keep hard line breaks inside a block as separate blocks: scrapers use
            # single newlines between paragraphs and metadata lines alike.
            for i, part in enumerate(current):
                blocks.append(Block(part, blank if i == 0 else 0))
            current = []
            blank = 0
        blank += 1
    for i, part in enumerate(current):
        blocks.append(Block(part, blank if i == 0 else 0))
    if blocks:
        blocks[0].gap = 1
    return blocks


def parse_date(text: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _is_body_paragraph(text: str) -> bool:
    words = WORD_RE.findall(text)
    return len(words) >= 12 and text.rstrip().endswith(SENTENCE_END)


def read_header(blocks: list[Block]) -> tuple[Header, int]:
    """Metadata lines before the body: title, byline, dated outlet lines. Returns (header, body start)."""
    pats = patterns()
    header = Header()
    i = 0
    while i < len(blocks) and i < 15:
        text = blocks[i].text
        if _is_body_paragraph(text):
            break
        if m := DATELINE_RE.match(text):
            if len(WORD_RE.findall(text[m.end():])) > 6:
                break  # the dateline opens the body: 'date 2020-12-21 BEIRUT ... – A joint force ...'
            header.published = header.published or parse_date(m.group("date"))
        elif m := pats["author"].match(text):
            header.author = m.group("author").strip()
            if m.groupdict().get("outlet"):
                header.outlet = m.group("outlet").strip()
        elif (m := OUTLET_DATE_RE.match(text)) and (d := parse_date(m.group("date"))):
            header.dated_outlets.append((m.group("outlet").strip(" ,–-"), d))
        elif m := re.fullmatch(DATE_RE.pattern, text.strip(), re.I):
            header.published = header.published or parse_date(m.group("date"))
        elif any(p.search(text) for p in pats["boilerplate"]):
            pass  # navigation lines between the metadata ('Region: ...') are skipped
        elif header.title is None:
            header.title, header.title_index = text.strip(), i
        else:
            break  # an unrecognised line after the title: the body (perhaps hard-wrapped) starts here
        i += 1
    else:
        if i >= len(blocks):
            return header, len(blocks)
    return header, i


def is_boilerplate(line: str) -> bool:
    return any(p.search(line.strip()) for p in patterns()["boilerplate"])


def comment_score(text: str) -> float:
    """How much a paragraph sounds like a reader rather than a reporter (0..1)."""
    pats = patterns()
    if text.lstrip().startswith("@"):
        return 1.0
    unquoted = QUOTED_RE.sub(" ", text)
    words = [w.lower() for w in WORD_RE.findall(unquoted)]
    if not words:
        return 0.0
    person = sum(w in pats["person"] for w in words)
    informal = sum(w in pats["informal"] for w in words)
    score = 0.0
    if person:
        score += 0.5 + min(0.3, person / len(words) * 3)
    if informal:
        score += 0.4
    if re.search(r"(.)\1{3,}|[!?]{2,}", unquoted):  # "pleaseeee", "!!!"
        score += 0.3
    if len(words) < 8 and not text.rstrip().endswith("."):
        score += 0.2
    return min(1.0, score)


def split_comments(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Find where reader comments begin: an explicit marker, or a layout break after which
    most paragraphs read as comments (first/second person, insults, '@name' replies)."""
    pats = patterns()
    for i, block in enumerate(blocks):
        if any(p.match(block.text) for p in pats["comment_markers"]) and i > 0:
            return blocks[:i], _group_comments(blocks[i + 1 :])
    # Layout: scrapers separate a comment thread from the body (and comments from each
    # other) with wider gaps than body paragraphs. Try each wide gap, earliest first.
    wide = [i for i, b in enumerate(blocks) if b.gap >= 2 and i > 0]
    if len(wide) >= 2:
        for i in wide:
            tail = blocks[i:]
            scores = [comment_score(b.text) for b in tail]
            if len(tail) >= 3 and sum(s >= 0.5 for s in scores) / len(tail) >= 0.4:
                return blocks[:i], _group_comments(tail)
    return blocks, []


def _group_comments(blocks: list[Block]) -> list[str]:
    """One comment per paragraph: a 'name · date' line and its text belong together."""
    comments: list[list[str]] = []
    for b in blocks:
        if comments and b.gap == 0:
            comments[-1].append(b.text)
        else:
            comments.append([b.text])
    return ["\n".join(c) for c in comments]


def rejoin_broken(blocks: list[Block]) -> list[Block]:
    """Join a paragraph cut mid-sentence ('... active Israeli' / 'military and ...')."""
    out: list[Block] = []
    for b in blocks:
        if out and not out[-1].text.rstrip().endswith(SENTENCE_END) and b.text[:1].islower() and b.gap <= 1:
            out[-1] = Block(out[-1].text.rstrip() + " " + b.text.lstrip(), out[-1].gap)
        else:
            out.append(b)
    return out


def remove_boilerplate(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    pats = patterns()
    kept, removed = [], []
    in_footer = False
    for b in blocks:
        line = b.text.strip()
        if not in_footer and any(p.search(line) for p in pats["footer"]):
            in_footer = True
        if in_footer or is_boilerplate(line):
            removed.append(line)
        else:
            kept.append(b)
    return kept, removed


def _article_id(raw: RawDocument, text: str) -> str:
    if raw.fields.get("id"):
        return str(raw.fields["id"])[:200]
    if raw.fields.get("url"):
        return "u" + hashlib.sha1(raw.fields["url"].encode()).hexdigest()[:15]
    return "h" + content_hash(text)[:15]


def _from_html(raw: RawDocument) -> tuple[str, list[str], dict]:
    """Main content, comments and metadata of an HTML page, by trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        raw.html,
        url=raw.fields.get("url"),
        include_comments=True,
        include_tables=False,
        with_metadata=True,
        favor_precision=True,
    )
    if doc is None:
        return "", [], {}
    meta = {k: getattr(doc, k, None) for k in ("title", "author", "date", "sitename", "url")}
    comments = [c.strip() for c in (doc.comments or "").split("\n") if c.strip()]
    return doc.text or "", comments, meta


def build_article(raw: RawDocument) -> Article:
    """Clean one RawDocument into an Article. Raises ValueError if no body text is left."""
    fields = dict(raw.fields)
    html_comments: list[str] = []
    if raw.html is not None:
        text, html_comments, meta = _from_html(raw)
        for key, meta_key in (("title", "title"), ("author", "author"), ("outlet", "sitename"), ("url", "url")):
            if not fields.get(key) and meta.get(meta_key):
                fields[key] = meta[meta_key]
        if not fields.get("published") and meta.get("date"):
            fields["published"] = meta["date"]
    else:
        text = raw.text or ""

    text = normalise_markup(text)
    original = ORIGINAL_SOURCE_RE.search(text)
    blocks = split_blocks(text)
    header, body_start = read_header(blocks)
    if body_start >= len(blocks) and header.title_index is not None:
        # Only short lines: what looked like a title is the (one-line) body.
        body_start, header.title = header.title_index, None
    body_blocks = blocks[body_start:]
    removed = [b.text for b in blocks[:body_start]]

    body_blocks, comments = split_comments(body_blocks)
    body_blocks, boiler = remove_boilerplate(body_blocks)
    removed += boiler
    body_blocks = rejoin_broken(body_blocks)

    published = _as_date(fields.get("published"))
    if body_blocks and (m := DATELINE_RE.match(body_blocks[0].text)):
        published = published or _as_date(m.group("date"))
        body_blocks[0] = Block(body_blocks[0].text[m.end():], body_blocks[0].gap)

    # Dated outlet lines: the copy's own outlet first, the original's after it.
    original_outlet = original.group("outlet").strip(" .") if original else fields.get("original_outlet")
    outlet, original_published = fields.get("outlet") or header.outlet, None
    for name, d in header.dated_outlets:
        if original_outlet and name.lower() == original_outlet.lower():
            original_published = d
        elif outlet is None or name == outlet:
            outlet = name
            published = published or d
    if len(header.dated_outlets) >= 2 and not original_outlet:
        original_outlet, original_published = header.dated_outlets[1]
    if original_outlet and outlet and original_outlet.lower() == outlet.lower():
        original_outlet, original_published = None, None
    published = published or header.published

    body = "\n\n".join(b.text for b in body_blocks).strip()
    if not body:
        raise ValueError("no article text left after cleaning")
    return Article(
        id=_article_id(raw, body),
        text=body,
        url=fields.get("url"),
        title=fields.get("title") or header.title,
        published=published,
        outlet=outlet,
        original_outlet=original_outlet,
        original_published=original_published,
        author=fields.get("author") or header.author,
        comments=html_comments + comments,
        source_path=raw.source,
        removed=removed,
    )


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    value = str(value).strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return parse_date(value)
