"""Parse publication dates from bylines, file names and table cells (not temporal expressions).

>>> parse_date("April 25, 2019, 06:59 PM")
datetime.datetime(2019, 4, 25, 18, 59)
>>> parse_date("02/28/2022")
datetime.datetime(2022, 2, 28, 0, 0)
>>> parse_date("2019-02-30") is None
True
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timezone

from communique.text.lexicon import month_numbers

_TIME = r"(?:[,\s]+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"


@functools.cache
def _patterns() -> list[re.Pattern[str]]:
    """The date formats tried in order (month names from ``text/data/months.tsv``)."""
    month = r"(?P<month>" + "|".join(sorted(month_numbers(), key=len, reverse=True)) + r")\.?"
    return [
        re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T\s]+(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"),
        re.compile(month + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME, re.I),
        re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + month + r",?\s+(?P<year>\d{4})" + _TIME, re.I),
        re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})" + _TIME),
        re.compile(r"^(?P<year>\d{4})(?P<mnum>\d{2})(?P<day>\d{2})$"),
    ]


_YEAR_RANGE = (1000, 2999)
_EPOCH_RANGE = (100_000_000, 32503680000)  # 1973-03 .. 3000-01 in seconds


def parse_date_cell(value: object, *, dayfirst: bool = False) -> tuple[datetime | None, str, str]:
    """A table cell as ``(date, precision, note)``; ``note`` says how a number was read or why not.

    Integers are dates where they fit: ``2019`` a year, ``201904`` a month, ``20190425`` a day;
    9-10 digits are read as Unix time (seconds) and 13 as milliseconds, with a note, since those
    are a guess.

    >>> parse_date_cell(20190425)
    (datetime.datetime(2019, 4, 25, 0, 0), 'day', '')
    >>> parse_date_cell(2019)
    (datetime.datetime(2019, 1, 1, 0, 0), 'year', '')
    >>> parse_date_cell(1556150400)[1:]
    ('minute', 'integer 1556150400 read as Unix time (seconds since 1970)')
    """
    if value is None or isinstance(value, bool):
        return None, "", ""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None), "day", ""
    import datetime as _dt

    if isinstance(value, _dt.date):
        return datetime(value.year, value.month, value.day), "day", ""
    number: float | None = None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and re.fullmatch(r"\s*\d{4}(?:\d{2}){0,2}\s*|\s*\d{9,13}(?:\.\d+)?\s*", value):
        number = float(value)
    if number is None:
        found = parse_date(value, dayfirst=dayfirst)
        return found, ("day" if found else ""), ""
    if number != number or number < 0:
        return None, "", ""
    whole = int(number)
    digits = len(str(whole))
    if number == whole:
        if digits == 4 and _YEAR_RANGE[0] <= whole <= _YEAR_RANGE[1]:
            return datetime(whole, 1, 1), "year", ""
        if digits == 6 and _YEAR_RANGE[0] <= whole // 100 <= _YEAR_RANGE[1] and 1 <= whole % 100 <= 12:
            return datetime(whole // 100, whole % 100, 1), "month", ""
        if digits == 8 and _YEAR_RANGE[0] <= whole // 10000 <= _YEAR_RANGE[1]:
            try:
                return datetime(whole // 10000, whole // 100 % 100, whole % 100), "day", ""
            except ValueError:
                return None, "", f"integer {whole} is not a real YYYYMMDD date"
    seconds = number / 1000 if digits == 13 else number
    if digits in (9, 10, 13) and _EPOCH_RANGE[0] <= seconds < _EPOCH_RANGE[1]:
        unit = "milliseconds" if digits == 13 else "seconds"
        found = datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None)
        return found, "minute", f"integer {value} read as Unix time ({unit} since 1970)"
    return None, "", f"number {value} is not a date (expected a year, YYYYMM, YYYYMMDD or Unix time)"


def dayfirst_evidence(value: object) -> str:
    """"day" or "month" when a ``a/b/yyyy`` value shows which comes first, "either" when it
    cannot tell (both 12 or less and different), "" when it is not such a date.

    >>> [dayfirst_evidence(v) for v in ("25/04/2019", "04/25/2019", "05/04/2019", "2019-04-05")]
    ['day', 'month', 'either', '']
    """
    if not isinstance(value, str):
        return ""
    match = re.match(r"^\s*(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}", value)
    if not match:
        return ""
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return "day"
    if second > 12 >= first:
        return "month"
    return "either" if first != second and first <= 12 and second <= 12 else ""


def parse_date(value: object, *, dayfirst: bool = False) -> datetime | None:
    """A naive datetime from common news date formats, or ``None`` when unparsable or impossible."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_date_cell(value)[0]
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{9,10}(?:\.\d+)?", text):
        return parse_date_cell(float(text))[0]
    for pattern in _patterns():
        match = pattern.search(text)
        if match:
            return _build(match.groupdict(), dayfirst)
    return None


def _build(parts: dict[str, str | None], dayfirst: bool) -> datetime | None:
    year = int(parts["year"])
    if parts.get("month"):
        month = month_numbers()[parts["month"].lower()]
        day = int(parts["day"])
    elif parts.get("a"):
        first, second = int(parts["a"]), int(parts["b"])
        month, day = (second, first) if dayfirst or first > 12 else (first, second)
    else:
        month, day = int(parts["mnum"]), int(parts["day"])
    hour = int(parts.get("hour") or 0)
    minute = int(parts.get("minute") or 0)
    second = int(parts.get("second") or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if not (_YEAR_RANGE[0] <= year <= _YEAR_RANGE[1]):
        return None
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")


def parse_date_in_name(name: str) -> tuple[datetime, str] | None:
    """An ISO date (``2019-04-25`` or ``20190425``) in a file name, with its precision.

    >>> parse_date_in_name("2019-04-25_kim-putin.txt")
    (datetime.datetime(2019, 4, 25, 0, 0), 'day')
    """
    for match in _NAME_DATE.finditer(name):
        groups = [g for g in match.groups() if g is not None]
        year, month, day = (int(g) for g in groups)
        if not (_YEAR_RANGE[0] <= year <= _YEAR_RANGE[1]):
            continue
        try:
            return datetime(year, month, day), "day"
        except ValueError:
            continue
    return None
