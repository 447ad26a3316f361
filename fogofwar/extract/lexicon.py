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
    if dead := dead_alternatives(pattern):
        raise LexiconError(f"alternative {dead[0]!r} starts or ends with a space: under the word-boundary "
                           f"wrapper it can never match (write 'plan (a|to)', not 'plan (a |to )'), in {pattern[:80]!r}")
    return re.compile(rf"(?<![\w-])(?:{hyphen_tolerant(pattern)})s?(?![\w-])", re.I)


def _top_level_alternatives(pattern: str) -> list[str]:
    """The pattern split at its top-level '|' (not inside a group, a character class or an escape)."""
    out, start, depth, in_class, i = [], 0, 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # ('[]...]': a literal ']' first)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _edge_space(items, last: bool) -> bool:
    """Whether some way through the parsed items starts (last=False) or ends (last=True) with a
    literal space: an optional item ('a ?') is skipped over, a group or a branch is looked into."""
    seq = list(items)
    for op, av in reversed(seq) if last else seq:
        name = str(op)
        if name == "LITERAL":
            return av == 32
        if name == "SUBPATTERN":
            return _edge_space(av[-1], last)
        if name == "BRANCH":
            return any(_edge_space(b, last) for b in av[1])
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if _edge_space(av[2], last):
                return True
            if av[0] > 0:
                return False
            continue  # ('(x )?' may be absent: look further in)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # (zero-width)
        return False
    return False


def dead_alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a rule's pattern that begin or end with a literal space. The
    wrapper of _word_regex() puts a word boundary around every alternative, and a lemma string
    has a word after each space and before it, so such an alternative can never match: 'plan\\w*
    (a |to )' vetoes nothing, while 'plan\\w* (a|to)' does what it says."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    dead = []
    for alt in _top_level_alternatives(pattern):
        try:
            items = sre_parse.parse(alt)
        except re.error:
            continue  # (re.compile will say what is wrong)
        if _edge_space(items, True) or _edge_space(items, False):
            dead.append(alt)
    return dead


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


def literal_keys(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which is in every text `pattern` finds a match in, read from its parse
    (the words of 'kill|murder|shot dead', the 'operation' of '(security|joint) operation'),
    or None when none can be shown (a branch that may match without a literal, say).  For an
    IGNORECASE pattern the keys are lower-case and hold for the text lower-cased, when that
    text passes twin_safe()."""
    from re import _parser

    try:
        _, keys = _sequence(_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.I))
    except Exception:  # an internal parser change: no keys, the pattern runs as it is
        return None
    return tuple(sorted(keys)) if keys else None


_MAX_EXACT = 64  # strings spelled out for one part of a pattern ('(house|home)s?': 4)


def _sequence(items, fold: bool) -> tuple[set[str] | None, set[str] | None]:
    """(every string the parsed sequence can match, when they are few; the cheapest set of
    literals one of which each of its matches contains), either None when not known."""
    candidates: list[set[str]] = []  # each a set of keys the sequence cannot match without
    run, exact_whole = {""}, True  # the strings the items read so far can match
    literal = ""  # the string the latest items match, when each matches only one
    for op, av in items:
        exact, keys = _item(op, av, fold)
        if keys:
            candidates.append(keys)
        if exact is not None and len(exact) == 1:
            literal += next(iter(exact))
        elif literal:
            candidates.append({literal})
            literal = ""
        if exact is not None and len(run) * len(exact) <= _MAX_EXACT:
            run = {a + b for a in run for b in exact}
            continue
        exact_whole = False
        if "" not in run:
            candidates.append(run)
        run = set(exact) if exact is not None else {""}
    if literal:
        candidates.append({literal})
    if "" not in run:
        candidates.append(run)
    # 'firefight' holds 'fight': a text without 'fight' has neither.
    pruned = ({k for k in keys if not any(o != k and o in k for o in keys)} for keys in candidates)
    return (run if exact_whole else None), min(pruned, key=_cost, default=None)


def _cost(keys: set[str]) -> float:
    # A rough cost per sentence: each key is looked for (about a hundredth of a regex search),
    # and the regex runs when one is found, which a longer key makes rarer.
    return 0.01 * len(keys) + sum(200 * 8.0 ** -len(k) for k in keys)


def _item(op, av, fold: bool) -> tuple[set[str] | None, set[str] | None]:
    """_sequence() for one parsed item. `fold`: the pattern ignores case, and its strings are
    spelled lower-case (an ASCII letter only: lower() maps no other character IGNORECASE
    equates with it onto it, in twin_safe text)."""
    from re import _constants as c

    def spelled(code: int) -> str | None:
        ch = chr(code)
        return ch if not fold else ch.lower() if ch.isascii() else None

    if op is c.LITERAL and (ch := spelled(av)) is not None:
        return {ch}, {ch}
    if op is c.IN and all(o is c.LITERAL and spelled(ch) is not None for o, ch in av):
        chars = {spelled(ch) for _, ch in av}  # '[ae]' (the parser also turns 'a|e' into this)
        return chars, chars
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}, None  # '\b', '(?<![\w-])': they match no characters
    if op is c.SUBPATTERN:  # (group, flags added, flags removed, sequence)
        return _sequence(av[3], fold) if not (av[1] | av[2]) & re.I else (None, None)  # ('(?-i:...)': not read)
    if op is c.ATOMIC_GROUP:
        return _sequence(av, fold)
    if op is c.BRANCH:
        alternatives = [_sequence(b, fold) for b in av[1]]
        exact = None
        if all(e is not None for e, _ in alternatives):
            exact = set().union(*(e for e, _ in alternatives))
            exact = exact if len(exact) <= _MAX_EXACT else None
        keys = None if any(k is None for _, k in alternatives) else set().union(*(k for _, k in alternatives))
        return exact, keys
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):  # (min, max, sequence)
        exact, keys = _sequence(av[2], fold)
        if av[0] >= 1:
            return (exact if av[0] == av[1] == 1 else None), keys
        return (exact | {""} if exact is not None and av[1] == 1 else None), None
    return None, None  # '.', a class, a back-reference: any character or none known


class LiteralGate:
    """A compiled pattern behind a cheap test: search() and finditer() run the regex only on
    text that holds one of literal_keys(pattern), without which it cannot match (most
    sentences hold none of a rule's words), and so find exactly what the pattern finds."""

    __slots__ = ("regex", "keys", "pattern", "fold")

    def __init__(self, regex: re.Pattern, keys: tuple[str, ...]):
        self.regex, self.keys, self.pattern = regex, keys, regex.pattern
        self.fold = bool(regex.flags & re.I)  # the keys are looked for in the text lower-cased

    def may_match(self, text: str, lowered: str | None = None) -> bool:
        """`lowered`: text.lower(), when the caller has it (read only if the pattern ignores case)."""
        if self.fold:
            text = text.lower() if lowered is None else lowered
            if not twin_safe(text):
                return True
        for key in self.keys:
            if key in text:
                return True
        return False

    def search(self, text: str, lowered: str | None = None) -> re.Match | None:
        if self.fold:
            return self.regex.search(text) if self.may_match(text, lowered) else None
        for key in self.keys:  # (may_match() inlined: the trigger rules' hot path)
            if key in text:
                return self.regex.search(text)
        return None

    def finditer(self, text: str, lowered: str | None = None):
        return self.regex.finditer(text) if self.may_match(text, lowered) else iter(())

    def __repr__(self) -> str:
        return f"LiteralGate({self.regex!r}, keys={self.keys!r})"


def gated(pattern: re.Pattern) -> LiteralGate:
    """The pattern behind a LiteralGate (one that always opens when no literal keys are known:
    the empty string is in every text)."""
    return LiteralGate(pattern, literal_keys(pattern) or ("",))


class KeyIndex:
    """Which of many items (each with its literal keys, one of which it needs) a text may
    concern, in one regex pass rather than one test per key: a trie of all the keys finds the
    longest key that starts at each position, and the keys that are prefixes of it start there too."""

    def __init__(self, items: list, keys_of):
        self.items = list(items)
        owners: dict[str, set[int]] = {}  # key -> positions of the items that have it
        for i, item in enumerate(self.items):
            for key in keys_of(item):
                owners.setdefault(key, set()).add(i)
        self.always = sorted(owners.pop("", ()))  # (no keys known: '' is in every text)
        # the items of every key that starts where the longest one does ('shell' in 'shelling')
        self.owners = {k: set().union(*(owners[k[:n]] for n in range(1, len(k) + 1) if k[:n] in owners)) for k in owners}
        self.regex = re.compile(f"(?=({_trie_regex(sorted(owners))}))") if owners else None

    def select(self, text: str) -> list:
        """The items one of whose keys `text` holds, in their order."""
        found = set(self.always)
        if self.regex is not None:
            for longest in set(self.regex.findall(text)):
                found |= self.owners[longest]
        return [self.items[i] for i in sorted(found)]


def _trie_regex(keys: list[str]) -> str:
    """A regex matching the longest of `keys` at a position ('shell|shelling' ->
    'shell(?:ing)?'): one branch per next character, so that each position costs a few
    steps whatever the number of keys."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[None] = {}  # a key ends here

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(ch for ch in node if ch is not None)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if None in node else body

    return build(trie)


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


def _fast(pattern: re.Pattern) -> LiteralGate:
    """The pattern as it runs on lower-cased twin_safe text: its lower_twin() behind a LiteralGate."""
    return gated(lower_twin(pattern))


def _twin_rule(rule: TriggerRule) -> TriggerRule:
    # context_needs reads the previous sentence as written, not lower-cased: it keeps its pattern.
    return dataclasses.replace(
        rule,
        pattern=_fast(rule.pattern),
        needs=rule.needs and _fast(rule.needs),
        unless=rule.unless and _fast(rule.unless),
        boost=[(_fast(p), w) for p, w in rule.boost],
    )


@functools.lru_cache(maxsize=1)
def lower_twin_rules() -> tuple[list[TriggerRule], list[ScopeRule]]:
    """trigger_rules() and out_of_scope() with lower_twin() patterns behind their LiteralGate,
    for lower-cased twin_safe text (built once; rules, order and ids unchanged)."""
    scope = [
        dataclasses.replace(r, pattern=_fast(r.pattern), unless=r.unless and _fast(r.unless), needs=r.needs and _fast(r.needs))
        for r in out_of_scope()
    ]
    return [_twin_rule(r) for r in trigger_rules()[0]], scope


@functools.lru_cache(maxsize=1)
def trigger_index() -> KeyIndex:
    """lower_twin_rules()'s trigger rules by the literal keys of their patterns."""
    return KeyIndex(lower_twin_rules()[0], lambda rule: rule.pattern.keys)


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
        "modality": {k: (re.compile(v, re.I) if isinstance(v, str) else set(v)) for k, v in raw["modality"].items()},
        "reporting_verbs": set(raw["reporting_verbs"]),
        "speech_verbs": set(raw.get("speech_verbs", [])),
        "struck_by_verbs": set(raw.get("struck_by_verbs", [])),
        "struck_by_objects": re.compile(raw.get("struck_by_objects", r"(?!)"), re.I),
        "between_sides": set(raw.get("between_sides", [])),
        "attempt_only": re.compile(raw.get("attempt_only", r"(?!)"), re.I),
        "claimants": claimants,
        "anonymous": set(raw["anonymous_sources"]),
        "background": {k: set(v) for k, v in raw["background"].items()},
        "repelled": {k: set(v) for k, v in raw["repelled"].items()},
        "arrested_afterwards": {k: re.compile(v, re.I) for k, v in raw["arrested_afterwards"].items()},
        "dated_year": {k: (set(v) if isinstance(v, list) else v) for k, v in raw["dated_year"].items()},
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
    # A country's own name serves as its demonym too ('Pakistan military', 'Kenya police').
    dem = {c.lower(): c for c in raw["demonyms"]} | {d.lower(): c for c, ds in raw["demonyms"].items() for d in ds}
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
    return forces_name(prefix, country), country


def forces_name(prefix: str, country: str) -> str:
    """'Military Forces of Kenya', 'Military Forces of the United States' (named_with_the in
    extract_actors.yaml: ACLED's 'the')."""
    the = "the " if country in _named_with_the() else ""
    return f"{prefix} Forces of {the}{country}"


@functools.lru_cache(maxsize=1)
def _named_with_the() -> frozenset[str]:
    return frozenset(_load("extract_actors.yaml").get("named_with_the", []))


@functools.lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    raw = _load("extract_actors.yaml")
    return {d.lower(): c for c, ds in raw["demonyms"].items() for d in ds} | {c.lower(): c for c in raw["demonyms"]}


@functools.lru_cache(maxsize=1)
def country_cues() -> list[tuple[str, re.Pattern]]:
    """(country name, pattern) pairs from extract_country_cues.yaml."""
    return [(c["country"], re.compile(c["pattern"])) for c in _load("extract_country_cues.yaml")["cues"]]
