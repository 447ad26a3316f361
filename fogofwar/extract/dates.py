"""Event dates from a sentence, read against the article's publication date.

Returns a DateSpan (start, end, ACLED time_precision: 1 day, 2 week, 3 month) for
absolute dates ('on August 25', '3 March 2024'), ranges ('from August 18 to August 24'),
and relative expressions ('on Sunday', 'yesterday', 'last week', 'a few days ago').
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from fogofwar.extract.lexicon import gated

MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_NAMES |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTH_NAMES["sept"] = 9
MONTH = r"(?P<{0}>" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:,?\s+(?P<{0}>(?:19|20)\d\d))?"
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}


def _f(template: str, *names: str) -> str:
    return template.format(*names)


# Each pattern behind its LiteralGate (lexicon.py): most sentences name no month, no weekday.
RANGE_PATTERNS = [gated(p) for p in (
    # from August 18 to August 24 / between August 18 and 24
    re.compile(
        r"\b(?:from|between)\s+" + _f(MONTH, "m1") + r"\s+" + _f(DAY, "d1") + r"\s+(?:to|and|until|till|through)\s+(?:"
        + _f(MONTH, "m2") + r"\s+)?" + _f(DAY, "d2") + _f(YEAR, "y"), re.I),
    # from 18 to 24 August / between 18 and 24 August
    re.compile(
        r"\b(?:from|between)\s+" + _f(DAY, "d1") + r"(?:\s+" + _f(MONTH, "m1") + r")?\s+(?:to|and|until|till|through)\s+"
        + _f(DAY, "d2") + r"\s+" + _f(MONTH, "m2") + _f(YEAR, "y"), re.I),
    # August 18-24 / 18-24 August
    re.compile(r"\b" + _f(MONTH, "m1") + r"\s+" + _f(DAY, "d1") + r"\s*[-–]\s*" + _f(DAY, "d2") + r"\b" + _f(YEAR, "y"), re.I),
    re.compile(r"\b" + _f(DAY, "d1") + r"\s*[-–]\s*" + _f(DAY, "d2") + r"\s+" + _f(MONTH, "m1") + _f(YEAR, "y"), re.I),
)]
ABSOLUTE_PATTERNS = [gated(p) for p in (
    re.compile(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"),
    re.compile(r"\b" + _f(MONTH, "m") + r"\s+" + _f(DAY, "d") + r"\b(?!\s*[-–]\s*\d)" + _f(YEAR, "y"), re.I),
    re.compile(r"\b" + _f(DAY, "d") + r"\s+(?:of\s+)?" + _f(MONTH, "m") + _f(YEAR, "y").replace(",?\\s+", ",?\\s*"), re.I),
)]
WEEKDAY_RE = gated(re.compile(
    r"\b(?P<last>last\s+|on\s+|this\s+|early\s+|late\s+|since\s+|by\s+|until\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"(?P<after>\s+(?:morning|afternoon|evening|night|\w+)|[,.;])?",
    re.I,
))
N_DAYS_AGO = gated(re.compile(r"\b(?P<n>\w+)\s+days?\s+ago\b", re.I))
MONTH_ONLY = gated(re.compile(r"\b(?:in|during|since|throughout|early|late|mid-?)\s+" + _f(MONTH, "m") + _f(YEAR, "y") + r"\b(?!\s*\d)", re.I))

LAST_WEEK = gated(re.compile(r"\blast week\b", re.I))
# Calendar spans: 'last month' is the month before publication's, 'earlier this month' runs from
# the 1st to publication, 'over the weekend' is the last Saturday and Sunday.
LAST_MONTH = gated(re.compile(r"\blast month\b", re.I))
THIS_MONTH = gated(re.compile(r"\b(earlier this month|this month|earlier in the month)\b", re.I))
WEEKEND = gated(re.compile(r"\b(over|at|during|on) the weekend\b|\b(this|last) weekend\b", re.I))
# Relative expressions: (regex, days before publication for start, for end, precision)
RELATIVE = [
    (gated(re.compile(r"\b(yesterday|last night|overnight|late on \w+day)\b", re.I)), 1, 1, 1),
    (gated(re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|earlier today|on the same day)\b", re.I)), 0, 0, 1),
    (gated(re.compile(r"\b(the day before yesterday|two days ago)\b", re.I)), 2, 2, 1),
    (gated(re.compile(r"\b(less than a week ago|a few days ago|few days ago|several days ago|days ago|earlier this week|this week|"
                r"(during|over|in|within) the (past|last) (few |several |couple of )?(days|week)|in recent days|"
                r"(just |very )?recently|the past week|past few days|a week ago|earlier in the week)\b", re.I)), 7, 1, 2),
    (gated(re.compile(r"\b((during|over|in) the (past|last) (few |several |couple of )?weeks|"
                r"in recent weeks|a month ago|weeks ago)\b", re.I)), 30, 1, 3),
]


@dataclass
class DateSpan:
    start: date
    end: date
    precision: int
    text: str


def _year_for(month: int, day: int, base: date, explicit: str | None) -> date | None:
    year = int(explicit) if explicit else base.year
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    # A month-day after the publication date belongs to the previous year ("December 28"
    # in a January article), unless the year was written.
    if not explicit and d > base + timedelta(days=2):
        try:
            d = date(year - 1, month, day)
        except ValueError:
            return None
    return d


def find_date(text: str, base: date | None) -> DateSpan | None:
    """The first date expression in `text` (ranges before single dates)."""
    low = text.lower()  # where the patterns' gates look for their words
    for pat in RANGE_PATTERNS:
        if m := pat.search(text, low):
            g = m.groupdict()
            m1 = MONTH_NAMES[g["m1"].lower().rstrip(".")] if g.get("m1") else None
            m2 = MONTH_NAMES[g["m2"].lower().rstrip(".")] if g.get("m2") else m1
            m1 = m1 or m2
            if m1 is None or (base is None and not g.get("y")):
                continue
            ref = base or date(int(g["y"]), 12, 31)
            d1 = _year_for(m1, int(g["d1"]), ref, g.get("y"))
            d2 = _year_for(m2, int(g["d2"]), ref, g.get("y"))
            if d1 and d2 and d1 <= d2 and (d2 - d1).days <= 62:
                precision = 1 if d1 == d2 else (2 if (d2 - d1).days <= 7 else 3)
                return DateSpan(d1, d2, precision, m.group(0))
    for pat in ABSOLUTE_PATTERNS:
        for m in pat.finditer(text, low):
            g = m.groupdict()
            if g.get("iso"):
                try:
                    d = date.fromisoformat(g["iso"])
                except ValueError:
                    continue
                return DateSpan(d, d, 1, m.group(0))
            if base is None and not g.get("y"):
                continue
            d = _year_for(MONTH_NAMES[g["m"].lower().rstrip(".")], int(g["d"]), base or date(int(g["y"]), 12, 31), g.get("y"))
            if d:
                return DateSpan(d, d, 1, m.group(0))
    if base is None:
        return None
    for m in WEEKDAY_RE.finditer(text, low):
        # 'on Sunday', 'Sunday night', 'Sunday,' are dates; 'the Monday Market' is a name.
        after = (m.group("after") or "").strip()
        if not m.group("last") and after[:1].isupper():
            continue
        target = WEEKDAYS[m.group("wd").lower()]
        delta = (base.weekday() - target) % 7
        if (m.group("last") or "").strip().lower() == "last" and delta == 0:
            delta = 7
        d = base - timedelta(days=delta)
        return DateSpan(d, d, 1, (m.group("last") or "") + m.group("wd"))
    if m := N_DAYS_AGO.search(text, low):
        from fogofwar.extract.numbers import parse_number

        from fogofwar.extract.numbers import VAGUE

        parsed = None if m.group("n").lower() in VAGUE else parse_number(m.group("n"))
        if parsed and parsed[0] < 60:
            d = base - timedelta(days=parsed[0])
            return DateSpan(d, d, 1 if parsed[0] <= 3 else 2, m.group(0))
    if m := LAST_WEEK.search(text, low):
        # The calendar week before the one of publication, Monday to Sunday.
        monday = base - timedelta(days=base.weekday() + 7)
        return DateSpan(monday, monday + timedelta(days=6), 2, m.group(0))
    if m := WEEKEND.search(text, low):
        sunday = base - timedelta(days=(base.weekday() - 6) % 7)  # the last Sunday on or before publication
        return DateSpan(sunday - timedelta(days=1), sunday, 2, m.group(0))
    if m := LAST_MONTH.search(text, low):
        last_day = base.replace(day=1) - timedelta(days=1)
        return DateSpan(last_day.replace(day=1), last_day, 3, m.group(0))
    if m := THIS_MONTH.search(text, low):
        return DateSpan(base.replace(day=1), base, 3, m.group(0))
    for pat, start_back, end_back, precision in RELATIVE:
        if m := pat.search(text, low):
            return DateSpan(base - timedelta(days=start_back), base - timedelta(days=end_back), precision, m.group(0))
    if m := MONTH_ONLY.search(text, low):
        month = MONTH_NAMES[m.group("m").lower().rstrip(".")]
        year = int(m.group("y")) if m.group("y") else (base.year if month <= base.month else base.year - 1)
        last = calendar.monthrange(year, month)[1]
        return DateSpan(date(year, month, 1), date(year, month, last), 3, m.group(0))
    return None


def estimate_base_date(text: str, reference: date) -> date:
    """A publication date for an undated article, given a related article's date (a repost
    or a story it shares text with): the latest date the text itself mentions, read with the
    reference's year, or the reference itself."""
    mentioned: list[date] = []
    for pat in ABSOLUTE_PATTERNS:
        for m in pat.finditer(text):
            g = m.groupdict()
            if g.get("iso") or g.get("y"):
                continue
            d = _year_for(MONTH_NAMES[g["m"].lower().rstrip(".")], int(g["d"]), reference, None)
            if d and (reference - d).days <= 31:
                mentioned.append(d)
    return max(mentioned) if mentioned else reference


# A written year ('1972', 'the 2014 war'); a count ('2000 soldiers') is told apart in _is_year.
YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")


def _is_year(tok) -> bool:
    if not YEAR_WORD.match(tok.text):
        return False
    # '2000 soldiers' counts; 'the 2014 elections' names a year.
    return not (tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss") for c in tok.head.children if c.i < tok.i))


def newest_year(doc) -> int | None:
    """The latest year the text writes, for a text with no publication date."""
    years = [int(t.text) for t in doc if _is_year(t)]
    return max(years) if years else None


def clause_of(tok):
    """The verb whose clause holds `tok` (itself when it is one)."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return tok
        tok = tok.head
    return tok


def _date_anchor(year, words: set[str]):
    """The word a date hangs on: past 'in', 'the spring of', '4 May' to what the date dates."""
    tok = year
    for _ in range(6):
        head = tok.head
        if head == tok:
            return tok
        if head.lower_ in words or head.like_num or head.lower_.rstrip(".") in MONTH_NAMES or head.pos_ == "PUNCT":
            tok = head
            continue
        return head
    return tok


def _relative_year(tok, c: dict) -> str | None:
    """'last year', 'the previous year', 'two years ago', 'a decade ago': a year or more back from
    the publication, whatever its date ('a year after the attack' says nothing of when)."""
    if tok.lower_ not in c["relative_year_nouns"]:
        return None
    if any(ch.dep_ == "amod" and ch.lower_ in c["relative_year_before"] for ch in tok.children):
        return f"{next(ch.text for ch in tok.children if ch.lower_ in c['relative_year_before'])} {tok.text}"
    if tok.head.lower_ == "ago" and tok.head.i == tok.i + 1:
        return f"{tok.text} ago"
    return None


def earlier_year(sent, trigger, published: date | None, newest: int | None, span: DateSpan | None = None) -> str | None:
    """Why the event of `trigger` is background dated to an earlier year, or None.

    A year that dates the trigger ('soldiers opened fire on the crowd in 1972', 'since the 1994
    genocide', 'fighting in 2014 displaced thousands') before the publication year tells history,
    not a new event; a same-year date never does, nor a day date of the year before (news reported
    late, or a slip of the year's digit: 'On 2 May 2023' in a report of 2024).  With no publication
    date, a year at least two years before the newest year the text names is background."""
    from fogofwar.extract.lexicon import cues

    c = cues()["dated_year"]
    clause = clause_of(trigger)
    for tok in sent:
        relative = _relative_year(tok, c)
        if not relative and not _is_year(tok):
            continue
        anchor = _date_anchor(tok, c["date_words"])
        dated = anchor == trigger or anchor == clause or (
            # 'fighting in 2016 drove herders out': the subject's date is its clause's
            anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head == clause) or (
            # 'was killed when soldiers opened fire in 1972': the when-clause times the main one
            anchor.dep_ == "advcl" and anchor.head == clause
            and any(ch.lower_ in c["timing_marks"] for ch in anchor.children if ch.dep_ in ("mark", "advmod")))
        if not dated:
            continue
        if relative:
            return f"dated '{relative}', a year or more before publication: background, not a new event"
        year = int(tok.text)
        if published is not None:
            if year >= published.year:
                continue
            if year == published.year - 1 and span is not None and span.end.year == year and span.precision == 1:
                continue  # a day of the year before: news reported late, or a slip of the year's digit
            return f"dated {year}, before the publication year {published.year}: background, not a new event"
        if newest is not None and year <= newest - c["undated_gap_years"]:
            return f"dated {year}, {newest - year} years before the newest year the text names ({newest}): background"
    return None


DAYS_LATER = re.compile(r"\b(?:the (?:next|following) (?:day|morning|night|evening)|the day after|(?P<n>\w+) days? (?:later|after))\b", re.I)


def days_later(phrase: str) -> int:
    """How many days after the sentence's date a phrase puts its event: 'the next day' 1, 'three days
    later' 3; 0 when it does not say ('later', 'at their homes')."""
    m = DAYS_LATER.search(phrase)
    if m is None:
        return 0
    if m.group("n") is None:
        return 1
    from fogofwar.extract.numbers import parse_number

    if m.group("n").lower() in ("a", "one"):
        return 1
    n = parse_number(m.group("n"))
    return n[0] if n and 0 < n[0] <= 31 else 0
