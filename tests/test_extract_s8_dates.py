"""Calendar spans read against the publication date (session 8): 'last month' is the month
before, 'earlier this month' runs from the 1st, 'over the weekend' is the last Saturday-Sunday."""
from datetime import date

import pytest

from fogofwar.extract.dates import find_date

PUB = date(2024, 5, 8)  # a Wednesday


@pytest.mark.parametrize(
    "text,start,end,precision",
    [
        ("Militia fighters torched a market last month.", date(2024, 4, 1), date(2024, 4, 30), 3),
        ("Militia fighters torched a market earlier this month.", date(2024, 5, 1), date(2024, 5, 8), 3),
        ("Militia fighters torched a market over the weekend.", date(2024, 5, 4), date(2024, 5, 5), 2),
        ("Militia fighters torched a market last weekend.", date(2024, 5, 4), date(2024, 5, 5), 2),
        # a weekday still wins over the weekend it names
        ("Militia fighters torched a market on Saturday, over the weekend.", date(2024, 5, 4), date(2024, 5, 4), 1),
        # 'a month ago' and 'in recent weeks' stay a window back from publication
        ("Militia fighters torched a market in recent weeks.", date(2024, 4, 8), date(2024, 5, 7), 3),
    ],
)
def test_calendar_spans(text, start, end, precision):
    span = find_date(text, PUB)
    assert (span.start, span.end, span.precision) == (start, end, precision)


def test_last_month_in_january_is_the_december_before():
    span = find_date("Protests spread to the capital last month.", date(2025, 1, 10))
    assert (span.start, span.end) == (date(2024, 12, 1), date(2024, 12, 31))


def test_over_the_weekend_read_on_a_sunday_is_that_weekend():
    span = find_date("Two villages were raided over the weekend.", date(2024, 5, 5))
    assert (span.start, span.end) == (date(2024, 5, 4), date(2024, 5, 5))
