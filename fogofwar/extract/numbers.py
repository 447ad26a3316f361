"""Numbers as news writes them: '3', 'three', 'dozens', 'over 10', 'at least 25', 'up to 40'."""
from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a dozen": 12, "dozen": 12, "single": 1, "lone": 1, "both": 2, "couple": 2, "a couple": 2, "pair": 2,
}
# Vague quantities: ACLED's conventions where they exist (e.g. 'several', 'many' -> 10; 'dozens' -> 12;
# 'hundreds' -> 100), with a UCDP-style low/high range.
VAGUE = {
    "dozens": (24, 12, 99), "scores": (40, 20, 99), "hundreds": (200, 100, 999), "thousands": (2000, 1000, 9999),
    "several": (3, 3, 9), "many": (10, 10, 99), "a few": (3, 2, 5), "few": (3, 2, 5), "numerous": (10, 10, 99),
    "some": (3, 2, 10), "multiple": (3, 2, 10), "a number of": (3, 2, 10),
}
LOWER_BOUND = re.compile(r"\b(over|more than|at least|no fewer than|no less than|upwards of|in excess of|above|a minimum of)\s*$", re.I)
UPPER_BOUND = re.compile(r"\b(up to|as many as|almost|nearly|fewer than|less than|under|at most|a maximum of|some|about|around|approximately|roughly)\s*$", re.I)
APPROX = {"about", "around", "approximately", "roughly", "some"}


@dataclass
class Quantity:
    best: int
    low: int
    high: int
    acled: int  # the conservative figure ACLED would code
    text: str


def parse_number(text: str) -> tuple[int, int, int] | None:
    """'15' -> (15,15,15); 'twenty-five' -> 25; 'dozens' -> (24,12,99). None if not a number."""
    t = text.lower().strip().replace(",", "")
    if t.isdigit():
        n = int(t)
        return (n, n, n) if n < 1_000_000 else None
    if t in VAGUE:
        return VAGUE[t]
    if t in UNITS:
        n = UNITS[t]
        return n, n, n
    parts = re.split(r"[\s-]+", t)
    total, current = 0, 0
    for p in parts:
        if p == "and":
            continue
        if p in ("hundred",):
            current = max(current, 1) * 100
        elif p in ("thousand",):
            total += max(current, 1) * 1000
            current = 0
        elif p in UNITS:
            current += UNITS[p]
        elif p.isdigit():
            current += int(p)
        else:
            return None
    n = total + current
    return (n, n, n) if n else None


def quantity(number_text: str, before: str = "") -> Quantity | None:
    """A number with its bound word read from the text just before it."""
    parsed = parse_number(number_text)
    if parsed is None:
        return None
    best, low, high = parsed
    acled = low  # conservative: the lowest figure the words support
    if m := LOWER_BOUND.search(before):
        high = max(high, best * 2)
        text = f"{m.group(1)} {number_text}"
    elif m := UPPER_BOUND.search(before):
        word = m.group(1).lower()
        if word in APPROX:
            low, high = int(best * 0.8), int(best * 1.2 + 0.5)
        else:
            low = 0 if word in ("up to", "as many as", "at most", "a maximum of") else low
        text = f"{m.group(1)} {number_text}"
    else:
        text = number_text
    return Quantity(best=best, low=low, high=high, acled=acled, text=text)
