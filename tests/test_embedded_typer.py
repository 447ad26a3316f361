"""The opt-in embedding typer (fogofwar/extract/embedded.py): shipped weights trained only on the
project's own sentences, a type for snippets the rules leave untyped in CASE's classify mode, no
re-typing unless asked, and never an event the rules did not find.  Sentences written for these
tests (invented places), not taken from the training data."""
import importlib.util
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from fogofwar.extract.embedded import LABELS, NONE, WEIGHTS, EmbeddedLoadError, EmbeddingTyper, examples_sha256
from fogofwar.model import SUB_EVENT_TYPES, Article

ROOT = Path(__file__).resolve().parents[1]
CASE_SMALL = ROOT / "tests" / "fixtures" / "evaluate" / "case_small.tsv"
runner = CliRunner()


@pytest.fixture(scope="module")
def typer_():
    return EmbeddingTyper.load()


class NoEncoder:
    """Fails if anything is embedded."""

    def encode(self, texts):
        raise AssertionError(f"embedded {texts!r}")


def test_shipped_weights_load_with_their_provenance(typer_):
    assert typer_.W.shape == (385, 26) and typer_.meta["labels"] == list(LABELS)
    assert set(LABELS) == set(SUB_EVENT_TYPES) | {NONE}
    assert typer_.meta["script"] == "scripts/train_embedding_typer.py"
    assert WEIGHTS.stat().st_size < 100_000


def test_weights_match_the_current_own_sentences(typer_):
    """The stored data hash is that of today's training sentences: rebuild the weights with
    scripts/train_embedding_typer.py after editing bench/subtype_grid.py or typer_examples.yaml."""
    spec = importlib.util.spec_from_file_location("train_embedding_typer", ROOT / "scripts" / "train_embedding_typer.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    examples = script.training_examples()
    assert {label for _, label in examples} == set(LABELS)
    stale = "the training sentences changed: rebuild the weights with `python scripts/train_embedding_typer.py`"
    assert typer_.meta["trained_on"]["sha256"] == examples_sha256(examples), stale
    assert typer_.meta["trained_on"]["notes"] == len(examples), stale
    # The hash sees a changed label.
    assert examples_sha256([(examples[0][0], "Other")] + examples[1:]) != examples_sha256(examples)


def test_a_damaged_weights_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "w.npz"
    np.savez(bad, W=np.zeros((385, 3)))
    with pytest.raises(EmbeddedLoadError, match="not an embedding typer"):
        EmbeddingTyper.load(bad)


@pytest.mark.parametrize("text, sub", [
    ("Rebel gunners lobbed mortar rounds into the army barracks at Velumbe overnight.", "Shelling/artillery/missile attack"),
    ("Several hundred nurses marched peacefully through Ondaro to ask for their back pay.", "Peaceful protest"),
    ("A car packed with explosives was detonated by remote control outside the Velumbe police post.", "Remote explosive/landmine/IED"),
])
def test_fallback_types_clear_sentences_of_ours(typer_, text, sub):
    guess = typer_.fallback(text)
    assert guess is not None and guess.sub_event_type == sub and guess.event_type == SUB_EVENT_TYPES[sub]


def test_fallback_leaves_a_disaster_untyped(typer_):
    assert typer_.fallback("An earthquake destroyed dozens of houses in the hill town of Ondaro, leaving 12 dead.") is None


def test_no_retype_and_no_embedding_without_a_threshold(nlp):
    from fogofwar.extract import extract

    quiet = EmbeddingTyper.load(encoder=NoEncoder())
    assert quiet.retype("Troops shelled the hills above Ondaro.", "Battles", "Armed clash") == ("Battles", "Armed clash", "")
    # In the extractor it changes nothing and embeds nothing, events or not.
    for text in ("Gunmen shot dead two traders at a market in Velumbe on Friday.",
                 "Officials in Velumbe opened a new bridge on Friday."):
        article = Article(id="a", text=text, published=date(2024, 5, 3))
        plain = extract(article, nlp(text)).reports
        hooked = extract(article, nlp(text), typer=quiet).reports
        assert [r.model_dump() for r in hooked] == [r.model_dump() for r in plain]


def test_never_adds_an_event_even_when_re_typing(nlp, typer_):
    from fogofwar.extract import extract

    eager = EmbeddingTyper(typer_.W, typer_.scale, typer_.meta, threshold=0.0, encoder=typer_.encoder)
    text = "Officials said rebels might attack Velumbe next week."  # speculative: no event
    article = Article(id="a", text=text, published=date(2024, 5, 3))
    assert [r.is_event for r in extract(article, nlp(text), typer=eager).reports] == \
        [r.is_event for r in extract(article, nlp(text)).reports]
    assert not any(r.is_event for r in extract(article, nlp(text), typer=eager).reports)


def test_type_snippet_uses_the_fallback_only_when_the_rules_give_no_type(nlp):
    from fogofwar.evaluate.case import type_snippet

    class Fixed:
        def __init__(self):
            self.seen = []

        def retype(self, span, event_type, sub):
            return event_type, sub, ""

        def fallback(self, doc):
            self.seen.append(doc.text)
            from fogofwar.extract.embedded import EmbeddedTyping
            return EmbeddedTyping("Other", "Strategic developments", 0.4)

    fixed = Fixed()
    typed = nlp("Rebels shelled the market of Velumbe on Tuesday, killing four people.")
    assert type_snippet(typed, fixed) == type_snippet(typed) and type_snippet(typed) is not None
    untyped = nlp("The weather in Ondaro was mild on Tuesday.")
    assert type_snippet(untyped) is None
    got = type_snippet(untyped, fixed)
    assert (got.sub_event_type, got.rule) == ("Other", "embedded fallback") and fixed.seen == [untyped.text]


def test_cli_typer_option(tmp_path):
    from fogofwar.cli import app

    res = runner.invoke(app, ["evaluate", "case", "--gold", str(CASE_SMALL), "--typer", "nonsense"])
    assert res.exit_code == 2 and "--typer must be one of" in " ".join(res.output.split())
    res = runner.invoke(app, ["evaluate", "case", "--gold", str(CASE_SMALL), "--typer", "embedded", "--model", str(tmp_path)])
    assert res.exit_code == 2 and "cannot be combined" in " ".join(res.output.split())
    res = runner.invoke(app, ["evaluate", "case", "--gold", str(CASE_SMALL), "--typer", "embedded"])
    assert res.exit_code == 0, res.output
    assert '"model"' in res.stdout and "own sentences" in res.stdout
