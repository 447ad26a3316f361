"""Loading the extractor's data files (fogofwar/data/extract_*.yaml), compiled once."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from importlib import resources

import yaml

from fogofwar.model import SUB_EVENT_TYPES


def _load(name: str) -> dict:
    return yaml.safe_load(resources.files("fogofwar.data").joinpath(name).read_text("utf-8"))


def _word_regex(pattern: str) -> re.Pattern:
    # An optional plural 's' lets rules written on lemmas also match surface text.
    return re.compile(rf"(?<![\w-])(?:{hyphen_tolerant(pattern)})s?(?![\w-])", re.I)


def hyphen_tolerant(pattern: str) -> str:
    """The pattern with each literal hyphen (outside a character class or a lookbehind)
    matching ' - ' as well: the tokenizer splits 'sit-in' into 'sit', '-', 'in', so the
    lemma string reads 'sit - in', while the raw text keeps 'sit-in'. A rule written
    `sit-in` then matches both."""
    out, i, depth_class, lookbehind = [], 0, False, []
    depth = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if depth_class:
            depth_class = ch != "]" or (pattern[i - 1] == "[")
            out.append(ch)
        elif ch == "[":
            depth_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "]":  # '[]...]': a literal ']' first
                out.append("]")
                i += 1
        elif ch == "(":
            depth += 1
            if pattern.startswith("(?<=", i) or pattern.startswith("(?<!", i):
                lookbehind.append(depth)
            out.append(ch)
        elif ch == ")":
            if lookbehind and lookbehind[-1] == depth:
                lookbehind.pop()
            depth -= 1
            out.append(ch)
        elif ch == "-" and not lookbehind:
            out.append("(?: ?- ?)")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _case_matters(parsed) -> bool:
    """Whether a parsed pattern (re._parser) names a character IGNORECASE could equate with
    another in lower-cased text: an upper-case ASCII letter, a class range covering one
    ('[!-~]'), or any non-ASCII character (σ/ς, µ/μ, ...; escapes like \\u03c3 included)."""
    from re import _constants as c

    def unsafe_char(code: int) -> bool:
        return 65 <= code <= 90 or code > 127

    for op, av in parsed:
        if op in (c.LITERAL, c.NOT_LITERAL) and unsafe_char(av):
            return True
        if op is c.RANGE and ((av[0] <= 90 and av[1] >= 65) or av[1] > 127):
            return True
        if op is c.IN and _case_matters(av):
            return True
        if op is c.BRANCH and any(_case_matters(b) for b in av[1]):
            return True
        if op is c.SUBPATTERN and _case_matters(av[-1]):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and _case_matters(av[2]):
            return True
        if op in (c.ASSERT, c.ASSERT_NOT) and _case_matters(av[1]):
            return True
        if op is c.GROUPREF_EXISTS and any(b is not None and _case_matters(b) for b in av[1:]):
            return True
    return False


# The only non-ASCII characters IGNORECASE equates with ASCII ones (İ ı ſ K; a test checks
# the whole of Unicode): text free of them, once lower-cased, needs no IGNORECASE.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def twin_safe(lowered: str) -> bool:
    """Whether `lowered` (text already lower-cased) gets the same matches from a pattern's
    lower_twin() as from the pattern itself."""
    return lowered.isascii() or not _FOLDS_TO_ASCII.search(lowered)


# id(pattern) -> (pattern, twin); keyed by id because hashing a Pattern hashes its whole
# compiled code, and the pattern is kept alive by the entry itself.
_TWINS: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def lower_twin(pattern: re.Pattern) -> re.Pattern:
    """The pattern without IGNORECASE, for lower-cased text that passes twin_safe(), where it
    finds exactly the same matches about twice as fast; the pattern itself when that cannot be
    shown (an upper-case or non-ASCII character in it, or no IGNORECASE to drop)."""
    if (hit := _TWINS.get(id(pattern))) is not None:
        return hit[1]
    _TWINS[id(pattern)] = (pattern, twin := _make_twin(pattern))
    return twin


def _make_twin(pattern: re.Pattern) -> re.Pattern:
    from re import _parser

    if not pattern.flags & re.I or not pattern.pattern.isascii():
        return pattern
    try:
        if _case_matters(_parser.parse(pattern.pattern, pattern.flags)):
            return pattern
    except Exception:  # an internal parser change: keep the pattern as it is
        return pattern
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


@dataclass
class TriggerRule:
    id: str
    pattern: re.Pattern
    sub_event_type: str
    event_type: str
    weight: float
    needs: re.Pattern | None = None
    unless: re.Pattern | None = None
    boost: list[tuple[re.Pattern, float]] = field(default_factory=list)
    casualty_only: bool = False
    context_needs: re.Pattern | None = None


class LexiconError(ValueError):
    pass


@dataclass
class ScopeRule:
    id: str
    pattern: re.Pattern
    unless: re.Pattern | None
    needs: re.Pattern | None = None


@functools.lru_cache(maxsize=1)
def out_of_scope() -> list[ScopeRule]:
    raw = _load("extract_triggers.yaml")
    return [
        ScopeRule(
            r["id"],
            _word_regex(r["pattern"]),
            _word_regex(r["unless"]) if r.get("unless") else None,
            _word_regex(r["needs"]) if r.get("needs") else None,
        )
        for r in raw.get("out_of_scope", [])
    ]


def _twin_rule(rule: TriggerRule) -> TriggerRule:
    # context_needs reads the previous sentence as written, not lower-cased: it keeps its pattern.
    return dataclasses.replace(
        rule,
        pattern=lower_twin(rule.pattern),
        needs=rule.needs and lower_twin(rule.needs),
        unless=rule.unless and lower_twin(rule.unless),
        boost=[(lower_twin(p), w) for p, w in rule.boost],
    )


@functools.lru_cache(maxsize=1)
def lower_twin_rules() -> tuple[list[TriggerRule], list[ScopeRule]]:
    """trigger_rules() and out_of_scope() with lower_twin() patterns, for lower-cased
    twin_safe text (built once; rules, order and ids unchanged)."""
    scope = [
        dataclasses.replace(r, pattern=lower_twin(r.pattern), unless=r.unless and lower_twin(r.unless), needs=r.needs and lower_twin(r.needs))
        for r in out_of_scope()
    ]
    return [_twin_rule(r) for r in trigger_rules()[0]], scope


@functools.lru_cache(maxsize=1)
def trigger_rules() -> tuple[list[TriggerRule], re.Pattern]:
    raw = _load("extract_triggers.yaml")
    rules = []
    for item in raw["rules"]:
        sub = item["sub"]
        if sub not in SUB_EVENT_TYPES:
            raise LexiconError(f"rule {item.get('id')}: unknown sub-event type {sub!r}")
        rules.append(
            TriggerRule(
                id=item["id"],
                pattern=_word_regex(item["pattern"]),
                sub_event_type=sub,
                event_type=SUB_EVENT_TYPES[sub],
                weight=float(item.get("weight", 1.0)),
                needs=_word_regex(item["needs"]) if item.get("needs") else None,
                unless=_word_regex(item["unless"]) if item.get("unless") else None,
                boost=[(_word_regex(k), float(v)) for k, v in (item.get("boost") or {}).items()],
                casualty_only=bool(item.get("casualty_only", False)),
                context_needs=_word_regex(item["context_needs"]) if item.get("context_needs") else None,
            )
        )
    return rules, re.compile(raw["generic_markers"], re.I)


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    raw = _load("extract_cues.yaml")
    claimants = []
    for name, variants in raw["claimants"].items():
        for v in variants:
            claimants.append((re.compile(rf"(?<![\w-]){re.escape(v)}(?![\w-])", re.I), name))
    return {
        "modality": {k: set(v) for k, v in raw["modality"].items()},
        "reporting_verbs": set(raw["reporting_verbs"]),
        "claimants": claimants,
        "anonymous": set(raw["anonymous_sources"]),
    }


@dataclass
class ActorPattern:
    name: str
    inter: int
    pattern: re.Pattern
    country: str | None = None
    sponsor: str | None = None


@functools.lru_cache(maxsize=1)
def actor_patterns() -> list[ActorPattern]:
    """Named groups first, then one combined pattern for every '{demonym} {force noun}'."""
    raw = _load("extract_actors.yaml")
    out = [
        ActorPattern(a["name"], int(a["inter"]), re.compile(a["pattern"], re.I), a.get("country"), a.get("sponsor"))
        for a in raw["named"]
    ]
    out.append(ActorPattern("", 1, generic_force_pattern()))  # resolved per match by generic_force()
    out += [ActorPattern(a["name"], int(a["inter"]), re.compile(a["pattern"], re.I)) for a in raw.get("bare_forces", [])]
    return out


@functools.lru_cache(maxsize=1)
def _forces() -> tuple[dict[str, str], dict[str, str]]:
    raw = _load("extract_actors.yaml")
    dem = {d.lower(): c for c, ds in raw["demonyms"].items() for d in ds}
    kind = {n.lower(): k for k, ns in raw["force_nouns"].items() for n in ns}
    return dem, kind


@functools.lru_cache(maxsize=1)
def generic_force_pattern() -> re.Pattern:
    # One regex for all demonyms x nouns: a sentence is scanned once, not ~200 times.
    dem, kind = _forces()
    d = "|".join(re.escape(x) for x in sorted(dem, key=len, reverse=True))
    n = "|".join(re.escape(x) for x in sorted(kind, key=len, reverse=True))
    countries = "|".join(re.escape(c.lower()) for c in sorted({*dem.values()}, key=len, reverse=True))
    # 'Syrian army' or 'the armed forces of Syria'
    return re.compile(
        rf"\b(?P<dem>{d})\s+(?P<noun>{n})\b|\b(?P<noun2>{n}) of (the )?(?P<country>{countries})\b", re.I
    )


def generic_force(match: re.Match) -> tuple[str, str]:
    """(normalised name, country) for a generic-force match: 'Syrian army' -> Military Forces of Syria."""
    dem, kind = _forces()
    if match.group("dem"):
        country, noun = dem[match.group("dem").lower()], match.group("noun")
    else:
        country = next(c for c in dem.values() if c.lower() == match.group("country").lower())
        noun = match.group("noun2")
    prefix = "Military" if kind[noun.lower()] == "military" else "Police"
    return f"{prefix} Forces of {country}", country


@functools.lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    raw = _load("extract_actors.yaml")
    return {d.lower(): c for c, ds in raw["demonyms"].items() for d in ds} | {c.lower(): c for c in raw["demonyms"]}


@functools.lru_cache(maxsize=1)
def country_cues() -> list[tuple[str, re.Pattern]]:
    """(country name, pattern) pairs from extract_country_cues.yaml."""
    return [(c["country"], re.compile(c["pattern"])) for c in _load("extract_country_cues.yaml")["cues"]]
