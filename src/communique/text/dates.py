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


def parse_date(value: object, *, dayfirst: bool = False) -> datetime | None:
    """A naive datetime from common news date formats, or ``None`` when unparsable or impossible."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or not (0 <= value < 32503680000):  # NaN or beyond year 3000
            return None
        return datetime.fromtimestamp(float(value), tz=timezone.utc).replace(tzinfo=None)
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{9,10}(?:\.\d+)?", text):
        return parse_date(float(text))
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
