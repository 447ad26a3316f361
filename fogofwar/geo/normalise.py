"""Name keys for gazetteer matching.

Two keys per name:

* ``norm_key``: case, diacritics, apostrophes and punctuation removed
  ("Deir ez-Zor" -> "deir ez zor").  Exact-ish match, trusted.
* ``variant_key``: a transliteration skeleton that folds the usual spellings of
  Arabic, Persian, Kurdish and Slavic names onto one key: articles (al-, el-,
  ad-, az-, ...) dropped, Abu/Albu/Abou folded, digraphs (kh, sh, dh, th, gh)
  reduced, q->k, vowel runs (ou, ee, ei, ay, aw ...) folded to one vowel and
  doubled letters collapsed.  "Deir Ezzor", "Dayr az Zawr" and "Deir ez-Zor"
  share one key, as do "Mayadin" and "Mayadeen".  Looser, so matches by it
  score lower.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from fogofwar.geo.lexicon import lexicon

_APOSTROPHES = re.compile(r"['`´‘’ʻʼʿʾ′\"]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Separate Arabic articles, including sun-letter assimilations (data/geo_lexicon.yaml).
_ARTICLES = frozenset(lexicon()["articles"])
_ABU = frozenset({"abu", "abou", "albu", "abo", "bu", "abi"})
# A glued assimilated article: "ezzor" -> "zor", "assalam" -> "salam".
_GLUED_SUN = re.compile(r"^[ae]([tdrzsn])\1(?=[a-z]{2})")
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("dh", "d"), ("th", "t"), ("ph", "f"),
             ("q", "k"), ("ck", "k"), ("c", "k"), ("j", "g"), ("zh", "z"), ("ts", "s"), ("x", "ks"))
_VOWELS = "aeiouyw"
_MIN_VARIANT_LEN = 3


@lru_cache(maxsize=200_000)
def norm_key(name: str) -> str:
    """Lower-case ASCII words separated by single spaces."""
    text = _APOSTROPHES.sub("", unidecode(name).lower())
    return _NON_ALNUM.sub(" ", text).strip()


def _fold_word(word: str, initial: bool) -> str:
    for src, dst in _DIGRAPHS:
        word = word.replace(src, dst)
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(word):
        # y and w start words as consonants (Yabrud, Wadi) but are vowels inside (Dayr, Zawr).
        is_vowel = ch in "aeiou" or (ch in "yw" and not (i == 0 and initial))
        mapped = "a" if is_vowel else ch
        if mapped != prev:
            out.append(mapped)
        prev = mapped
    folded = "".join(out)
    return folded


@lru_cache(maxsize=200_000)
def variant_key(name: str) -> str:
    """Transliteration skeleton; '' when too short to be trusted."""
    words = norm_key(name).split()
    if not words:
        return ""
    kept: list[str] = []
    for i, w in enumerate(words):
        if w in _ARTICLES and i < len(words) - 1:
            continue
        if w in _ABU and i < len(words) - 1:
            kept.append("bu")
            continue
        if w.startswith("al") and len(w) >= 7 and i == 0 and not kept:
            w = w[2:]  # glued article: Albukamal
        w = _GLUED_SUN.sub(r"\1", w) if len(w) >= 5 else w
        kept.append(w)
    skeleton = "".join(_fold_word(w, initial=True) for w in kept)
    # Final -a/-ah/-e endings vary freely (Raqqa, Raqqah; Mayadin, Mayadine).
    if skeleton.endswith("ah"):
        skeleton = skeleton[:-2]
    elif skeleton.endswith("a") and len(skeleton) > 3:
        skeleton = skeleton[:-1]
    if len(skeleton) < _MIN_VARIANT_LEN or not re.search(r"[a-z]", skeleton):
        return ""
    return skeleton
