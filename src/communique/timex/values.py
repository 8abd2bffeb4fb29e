"""TIMEX3 values: calendar arithmetic on TimeML value strings and their day bounds.

Values follow TimeML 1.2: ``2019-04-25``, ``2019-04``, ``2019``, ``2019-W17``,
``2019-W17-WE`` (weekend), ``2019-Q1``, ``2019-H1``, seasons ``2019-SP|SU|FA|WI``,
decades ``201``, centuries ``20``, times ``2019-04-25T18:59`` or ``2019-04-25TMO``.

>>> value_bounds("2019-02")
(datetime.date(2019, 2, 1), datetime.date(2019, 2, 28))
>>> shift_value("2019-W01", -1, "week")
'2018-W52'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

__all__ = ["ValueInfo", "parse_value", "astro_year", "year_str", "value_bounds", "shift_value", "coerce_date", "iso_week", "quarter_of",
           "SEASON_MONTHS", "easter"]

#: Seasons as whole months (meteorological, northern hemisphere): SP Mar-May,
#: SU Jun-Aug, FA Sep-Nov, WI Dec-Feb (winter of year Y = Dec Y .. Feb Y+1).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_VALUE = re.compile(
    r"^(?P<bc>BC)?(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-(?P<we>WE|\d))?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$")


_ASTRO_YEAR = re.compile(r"(BC)?(\d{4})(?!\d)")


def astro_year(value: str | None) -> int | None:
    """The astronomical year of a TIMEX3 value (``BC0490`` -> -489, 1 BC is 0), None if it has none.

    >>> astro_year("BC0490"), astro_year("2019-04"), astro_year("PRESENT_REF")
    (-489, 2019, None)
    """
    m = _ASTRO_YEAR.match(value or "")
    if not m:
        return None
    return 1 - int(m[2]) if m[1] else int(m[2])


def year_str(y: int) -> str:
    """An astronomical year as TIMEX3 writes it: ``2019``, ``0079``, ``BC0490`` (for -489)."""
    return f"{y:04d}" if y > 0 else f"BC{1 - y:04d}"


def coerce_date(value: date | datetime | str | None) -> date | None:
    """A ``date`` from a date, datetime or ISO string (only the first 10 characters count).

    A year or year-month (a DCT known only that precisely) gives its middle day
    (1 July, the 15th), the least wrong guess for resolving relative expressions.

    >>> coerce_date("1998-08-07T06:18:00"), coerce_date("2019"), coerce_date("2019-02")
    (datetime.date(1998, 8, 7), datetime.date(2019, 7, 1), datetime.date(2019, 2, 15))
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 7, 1)
    if re.fullmatch(r"\d{4}-\d\d", s):
        return date(int(s[:4]), int(s[5:]), 15)
    return date.fromisoformat(s[:10])


def iso_week(d: date) -> str:
    """The ISO week of ``d`` as a TIMEX3 value, e.g. ``2019-W17``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    """Quarter number 1-4 of ``d``."""
    return (d.month - 1) // 3 + 1


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift_date(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (day, week, month, quarter, year, decade, century)."""
    n = int(n)
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d
    y, m = _add_months(d.year, d.month, n * months)
    if y < 1:
        y = 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift_value(value: str, n: int, unit: str) -> str:
    """Move a TIMEX3 value by ``n`` units keeping its granularity.

    >>> shift_value("2019-04-25", 1, "day"), shift_value("2019-Q1", -1, "quarter")
    ('2019-04-26', '2018-Q4')
    >>> shift_value("2019", -2, "year"), shift_value("2019-SU", -1, "year")
    ('2017', '2018-SU')
    >>> shift_value("BC0216-08-02", 2, "year"), shift_value("BC0001-12-25", 12, "day")
    ('BC0214-08-02', '0001-01-06')
    >>> shift_value("1558-11", 3, "decade"), shift_value("1854-SP", 1, "century")
    ('1588-11', '1954-SP')
    """
    m = _VALUE.match(value)
    if not m or "T" in value:
        return value
    y = int(m["y"])
    if m["bc"] or (y + n * {"year": 1, "decade": 10, "century": 100}.get(unit, 0) < 1 and not m["d"]):
        if m["d"]:  # through a proxy year of the same 400-year Gregorian cycle
            astro = 1 - y if m["bc"] else y
            k = 400 * ((2000 - astro) // 400)
            d = shift_date(date(astro + k, int(m["m"]), int(m["d"])), n, unit)
            return f"{year_str(d.year - k)}-{d.month:02d}-{d.day:02d}"
        if m["w"] or m["q"]:
            return value  # no weeks or quarters before year 1 here: keep the value
        astro = (1 - y if m["bc"] else y) + n * {"year": 1, "decade": 10, "century": 100}.get(unit, 0)
        if m["m"]:
            k = {"month": 1, "quarter": 3, "year": 12}.get(unit, 0) * n
            i = astro * 12 + int(m["m"]) - 1 + (k - 12 * n * (unit == "year"))
            return f"{year_str(i // 12)}-{i % 12 + 1:02d}"
        tail = value[(2 if m["bc"] else 0) + 4:]  # "-SP", "-H1" or ""
        return year_str(astro) + tail
    if m["d"]:
        d = shift_date(date(y, int(m["m"]), int(m["d"])), n, unit)
        return d.isoformat()
    if m["m"]:
        k = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit, 0) * n
        yy, mm = _add_months(y, int(m["m"]), k)
        return f"{yy:04d}-{mm:02d}"
    if m["w"]:
        try:
            d = date.fromisocalendar(y, int(m["w"]), 1)
        except ValueError:
            return value
        d = d + timedelta(weeks=n) if unit == "week" else shift_date(d, n, unit)
        rest = f"-{m['we']}" if m["we"] else ""
        return iso_week(d) + rest
    if m["q"]:
        k = {"quarter": 1, "year": 4, "decade": 40, "century": 400}.get(unit, 0) * n
        i = y * 4 + int(m["q"]) - 1 + k
        return f"{i // 4:04d}-Q{i % 4 + 1}"
    if m["h"] or m["s"]:
        tail = value[4:]
        return f"{y + n * {'year': 1, 'decade': 10, 'century': 100}.get(unit, 0):04d}{tail}"
    step = {"year": 1, "decade": 10, "century": 100}.get(unit, 0)
    return f"{y + step * n:04d}"


@dataclass(frozen=True)
class ValueInfo:
    """What a TIMEX3 DATE/TIME value covers: its granularity and its first and last day.

    ``granularity`` is one of day, week, weekend, month, quarter, half, season, year, decade,
    century ("" for reference values, durations, sets and underspecified values, whose
    ``start``/``end`` are None). A TIME value has the granularity of its calendar part.
    """

    granularity: str
    start: date | None
    end: date | None

    @property
    def bounds(self) -> tuple[date | None, date | None]:
        return self.start, self.end


_NONE = ValueInfo("", None, None)
_DECADE_VALUE, _CENTURY_VALUE = re.compile(r"\d{3}"), re.compile(r"\d\d")
_BC_DECADE_VALUE, _BC_CENTURY_VALUE = re.compile(r"BC\d{3}"), re.compile(r"BC\d\d")


@lru_cache(maxsize=4096)  # (pure: the same values recur in a text and across texts)
def parse_value(value: str | None) -> ValueInfo:
    """Granularity and day bounds of a TIMEX3 value (the one parser of the value grammar).

    Seasons use whole months (see ``SEASON_MONTHS``); ``201`` is the decade 2010-2019,
    ``20`` the century 2000-2099 (TimeML writes centuries by their first two digits).

    >>> parse_value("2019-04-25T18:59")
    ValueInfo(granularity='day', start=datetime.date(2019, 4, 25), end=datetime.date(2019, 4, 25))
    >>> parse_value("2019-H2").granularity, parse_value("201").granularity, parse_value("PRESENT_REF")
    ('half', 'decade', ValueInfo(granularity='', start=None, end=None))
    """
    if not value:
        return _NONE
    v = value.strip()
    try:
        if _DECADE_VALUE.fullmatch(v):
            y = int(v) * 10
            return ValueInfo("decade", date(max(y, 1), 1, 1), date(y + 9, 12, 31))
        if _CENTURY_VALUE.fullmatch(v):
            y = int(v) * 100
            return ValueInfo("century", date(max(y, 1), 1, 1), date(y + 99, 12, 31))
        if _BC_DECADE_VALUE.fullmatch(v):
            return ValueInfo("decade", None, None)
        if _BC_CENTURY_VALUE.fullmatch(v):
            return ValueInfo("century", None, None)
        m = _VALUE.match(v)
        if not m:
            return _NONE
        y = int(m["y"])
        if m["bc"]:  # before the calendar of ``datetime``: granularity only
            g = ("day" if m["d"] else "month" if m["m"] else "season" if m["s"] else "half" if m["h"]
                 else "quarter" if m["q"] else "week" if m["w"] else "year")
            return ValueInfo(g, None, None)
        if m["d"]:
            d = date(y, int(m["m"]), int(m["d"]))
            return ValueInfo("day", d, d)
        if m["m"]:
            mm = int(m["m"])
            return ValueInfo("month", date(y, mm, 1), date(y, mm, calendar.monthrange(y, mm)[1]))
        if m["w"]:
            start = date.fromisocalendar(y, int(m["w"]), 1)
            if m["we"] == "WE":
                return ValueInfo("weekend", start + timedelta(days=5), start + timedelta(days=6))
            if m["we"]:
                d = start + timedelta(days=int(m["we"]) - 1)
                return ValueInfo("day", d, d)
            return ValueInfo("week", start, start + timedelta(days=6))
        if m["q"]:
            q = int(m["q"])
            return ValueInfo("quarter", date(y, 3 * q - 2, 1),
                             date(y, 3 * q, calendar.monthrange(y, 3 * q)[1]))
        if m["h"]:
            if m["h"] == "1":
                return ValueInfo("half", date(y, 1, 1), date(y, 6, 30))
            return ValueInfo("half", date(y, 7, 1), date(y, 12, 31))
        if m["s"]:
            a, b = SEASON_MONTHS[m["s"]]
            yb, mb = (y, b) if b <= 12 else (y + 1, b - 12)
            return ValueInfo("season", date(y, a, 1), date(yb, mb, calendar.monthrange(yb, mb)[1]))
        return ValueInfo("year", date(y, 1, 1), date(y, 12, 31))
    except ValueError:
        return _NONE


def value_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last calendar day covered by a TIMEX3 DATE/TIME value (see :func:`parse_value`).

    >>> value_bounds("2019")
    (datetime.date(2019, 1, 1), datetime.date(2019, 12, 31))
    >>> value_bounds("2019-W17")
    (datetime.date(2019, 4, 22), datetime.date(2019, 4, 28))
    >>> value_bounds("2019-Q1"), value_bounds("2019-SU")
    ((datetime.date(2019, 1, 1), datetime.date(2019, 3, 31)), (datetime.date(2019, 6, 1), datetime.date(2019, 8, 31)))
    >>> value_bounds("201"), value_bounds("20"), value_bounds("PRESENT_REF")
    ((datetime.date(2010, 1, 1), datetime.date(2019, 12, 31)), (datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)), (None, None))
    """
    return parse_value(value).bounds


def easter(year: int) -> date:
    """Western Easter Sunday: the Gregorian computus (anonymous algorithm) from 1583, the Julian
    one before the reform, whose dates historians write in the Julian calendar ("crowned at Easter
    1084": 31 March).

    >>> easter(2019), easter(1084)
    (datetime.date(2019, 4, 21), datetime.date(1084, 3, 31))
    """
    if year < 1583:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        return date(year, (d + e + 114) // 31, (d + e + 114) % 31 + 1)
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)
