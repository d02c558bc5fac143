"""--since/--until: reading the bounds, and which publication dates fall outside."""

import datetime

import pytest

from transforms.date_range import DateRange, date_range

UTC = datetime.timezone.utc


def at(*parts: int) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=UTC)


def test_days_are_whole_utc_days_and_times_are_exact():
    dates = date_range("2024-01-01", "2024-01-31")
    assert dates == DateRange(at(2024, 1, 1), at(2024, 2, 1))
    assert not dates.excludes(at(2024, 1, 31, 23, 59))
    assert dates.excludes(at(2024, 2, 1)) and dates.excludes(at(2023, 12, 31, 23, 59))
    assert date_range("2024-01-01T12:00:00+02:00", None).since == at(2024, 1, 1, 10)
    assert date_range(None, "2024-01-01T12:00:00").until == at(2024, 1, 1, 12)


def test_unknown_dates_and_open_ranges_are_kept():
    assert not date_range("2024-01-01", None).excludes(None)
    assert not DateRange().excludes(at(1999, 1, 1)) and not DateRange()
    naive = datetime.datetime(2023, 6, 1)
    assert date_range("2024-01-01", None).excludes(naive)


@pytest.mark.parametrize(
    ("since", "until"), [("2024-13-01", None), (None, "yesterday"), ("2024-02-01", "2024-01-01")]
)
def test_bad_bounds_are_refused(since, until):
    with pytest.raises(ValueError):
        date_range(since, until)
