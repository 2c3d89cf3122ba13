"""Dates, parsed once: publication dates, month ends, EDTF periods and reference periods.

* A publication date is stated with minute, day or month precision
  (:data:`PUBLISHED_FORMATS`); :func:`parse_published_text` reads it for the
  provenance records, ``python -m analysis add`` and :func:`analysis.extract_claims`.
* A month-precision period ends on the month's last day (:func:`month_end`).
* EDTF dates and intervals ("2024-11", "XXXX-11-01", "2024-23", "199X", "2022/2024")
  become a first day, a last day and a precision (:func:`edtf_period`).
* The reference period of a date expression in an article infers a year the text
  omits from the publication date (:func:`resolve_reference`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from .errors import ParameterError
from .vocabulary import load_words

# The published date as stated, by precision.
PUBLISHED_FORMATS = {
    "minute": ("%Y-%m-%dT%H:%M", "YYYY-MM-DDTHH:MM, e.g. 2025-07-02T14:01"),
    "day": ("%Y-%m-%d", "YYYY-MM-DD, e.g. 2025-06-19"),
    "month": ("%Y-%m", "YYYY-MM, e.g. 2025-07"),
}
# EDTF season codes -> (first month, day), (last month, day); winter runs into the next year.  Quarters (33-36) and
# halves (semestrals, 40-41) are sub-year groupings of the same EDTF level.
SEASONS = {21: ((3, 1), (5, 31)), 22: ((6, 1), (8, 31)), 23: ((9, 1), (11, 30)), 24: ((12, 1), (2, 28)),
           33: ((1, 1), (3, 31)), 34: ((4, 1), (6, 30)), 35: ((7, 1), (9, 30)), 36: ((10, 1), (12, 31)),
           40: ((1, 1), (6, 30)), 41: ((7, 1), (12, 31))}


def precision_of(value: str) -> str | None:
    """The precision of an ISO publication date (minute, day or month), or None if it is none of them."""
    for precision, (fmt, _) in PUBLISHED_FORMATS.items():
        try:
            dt.datetime.strptime(value, fmt)
            return precision
        except ValueError:
            continue
    return None


def parse_published(value: str, precision: str) -> tuple[dt.date, dt.datetime | None]:
    """Date (first day of the period) and, for minute precision, the datetime."""
    fmt = PUBLISHED_FORMATS[precision][0]
    stamp = dt.datetime.strptime(value, fmt)
    return stamp.date(), stamp if precision == "minute" else None


EARLIEST_PUBLICATION = dt.date(1900, 1, 1)
_ISO_PARTS = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:T(\d{1,2}):(\d{2}))?$")


def impossible_date(value: str) -> str | None:
    """What is wrong with an ISO-shaped date that is no date ("there is no month 13"), else None."""
    m = _ISO_PARTS.match(value.strip())
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if m.group(3) is not None:
        day, last = int(m.group(3)), month_end(year, month).day
        if not 1 <= day <= last:
            return f"there is no day {day} in {dt.date(year, month, 1):%B %Y} (it has {last} days)"
    if m.group(4) is not None and (int(m.group(4)) > 23 or int(m.group(5)) > 59):
        return f"there is no time {m.group(4)}:{m.group(5)}"
    return None


def implausible_publication(day: dt.date, *, today: dt.date | None = None) -> str | None:
    """Why a publication date cannot be right (before 1900, after today), else None."""
    today = today or dt.date.today()
    if day < EARLIEST_PUBLICATION:
        return f"{day.isoformat()} is before {EARLIEST_PUBLICATION.year}"
    if day > today:
        return f"{day.isoformat()} is after today ({today.isoformat()})"
    return None


def parse_published_text(value: str, *, parameter: str, expected: str, fix: str,
                         allow_future: bool = True) -> tuple[dt.date, str]:
    """A publication date given as ISO text -> (first day, precision); else a ParameterError naming
    ``parameter``: an impossible date says what is wrong; unless ``allow_future``, a date after today
    (or before 1900) is refused too."""
    precision = precision_of(value)
    if precision is None:
        wrong = impossible_date(value)
        raise ParameterError(parameter, expected=expected if wrong is None else "a real calendar date",
                             found=repr(value) if wrong is None else f"{value!r}: {wrong}", fix=fix)
    day = parse_published(value, precision)[0]
    implausible = None if allow_future else implausible_publication(day)
    if implausible is not None:
        raise ParameterError(parameter, expected="a publication date between 1900 and today", found=implausible,
                             fix="check the date; if the article really is dated so, say so (--allow-future)")
    return day, precision


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def period_end(first_day: dt.date, precision: str) -> dt.date:
    """Last day of a publication period: the month's end for month precision, else the day itself."""
    if precision == "month":
        return month_end(first_day.year, first_day.month)
    return first_day


def edtf_bounds(part: str, year: int, *, end: bool) -> tuple[dt.date, str]:
    """First (or last) day of one EDTF date; 'XXXX' takes ``year``, '199X' is a decade."""
    fields = part.split("T")[0].split("-")
    y_text = fields[0].upper()
    if y_text == "XXXX":
        y, precision = year, None
    elif "X" in y_text:
        y, precision = int(y_text.replace("X", "9" if end else "0")), "year"
    else:
        y, precision = int(y_text), None
    if len(fields) == 1:
        return (dt.date(y, 12, 31) if end else dt.date(y, 1, 1)), precision or "year"
    m = int(fields[1])
    if m in SEASONS:
        (sm, sd), (em, ed) = SEASONS[m]
        if end:
            return (month_end(y + 1, 2) if m == 24 else dt.date(y, em, ed)), "season"
        return dt.date(y, sm, sd), "season"
    if len(fields) == 2:
        return (month_end(y, m) if end else dt.date(y, m, 1)), "month"
    day = min(int(fields[2]), month_end(y, m).day)  # 29 February in a common year
    return dt.date(y, m, day), "day"


def edtf_period(edtf: str, year: int) -> tuple[dt.date, dt.date, str]:
    """Start, end and precision of an EDTF date or interval (``XXXX`` replaced by ``year``)."""
    first, _, last = edtf.partition("/")
    start, precision = edtf_bounds(first, year, end=False)
    end, end_precision = edtf_bounds(last or first, year, end=True)
    if last:
        precision = precision if precision == end_precision else "year"
    return start, end, precision


class PublishedPeriod(Protocol):
    """What reference resolution needs of an article: its publication period."""

    published_date: dt.date

    @property
    def published_end(self) -> dt.date: ...


def resolve_reference(edtf: str, text_before: str, info: PublishedPeriod, *, forward: re.Pattern | None = None,
                      open_end: re.Pattern | None = None, looking_ahead: bool = False,
                      looking_back: bool = False) -> tuple[dt.date, dt.date | None, str]:
    """The reference period of a date expression in an article.

    A year the text omits is inferred from the publication date: the latest such
    period that does not start after the publication (never in its future), except
    after forward-looking prepositions (``forward``: "ab dem 1. November", "from"),
    which take the next one; for a plan (``looking_ahead``) the next one that has not
    ended; after "vergangenen", "last" (``looking_back``) the latest one that has ended.  After ``open_end`` prepositions ("ab", "seit", "from",
    "since") the period is open-ended (end null).  Both default to the
    ``reference_prepositions`` of every language in ``number_words.yaml``.
    """
    words = load_words()
    forward = forward or words.reference_forward
    open_end = open_end or words.reference_open_end
    published = info.published_end
    if edtf.upper().startswith("XXXX"):
        is_forward = bool(forward.search(text_before))
        # "since the summer", "seit dem Herbst": a period that has begun, never one to come, whatever the plan
        looking_ahead = looking_ahead and (is_forward or not open_end.search(text_before))
        start, end, precision = edtf_period(edtf, published.year)
        if is_forward and start < info.published_date:
            start, end, precision = edtf_period(edtf, published.year + 1)
        elif looking_ahead and end < info.published_date:   # a plan: the next such period
            start, end, precision = edtf_period(edtf, published.year + 1)
        elif not is_forward and not looking_ahead and (start > published or (looking_back and end >= published)):
            start, end, precision = edtf_period(edtf, published.year - 1)
    else:
        start, end, precision = edtf_period(edtf, published.year)
    if open_end.search(text_before):
        end = None
    return start, end, precision


# -- periods named without a date --------------------------------------------------------------

def _months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, min(day.day, month_end(year, month + 1).day))


_BOTH = {"beiden": 2, "both": 2}   # "in den ersten beiden Monaten": no number word of the vocabulary (an article there)


def relative_period(kind: str, published: dt.date, words: str = "") -> tuple[dt.date, dt.date | None, str]:
    """The period a relative expression names, from the publication date ("last year", "seit Jahresbeginn");
    ``words``, the expression as written, for a kind that carries a count or a year ("the first two months of 2025")."""
    if kind == "first_months":
        return _first_months(words, published.year)
    if kind in _OF_THE_YEAR:
        shift, first, last, precision = _OF_THE_YEAR[kind]
        year = published.year + shift
        return dt.date(year, *first), (dt.date(year, *last) if last else None), precision
    if kind == "past_week":
        return published - dt.timedelta(days=7), published, "day"
    if kind == "past_month":
        return _months_before(published, 1), published, "day"
    if kind == "last_month":
        first = _months_before(published.replace(day=1), 1)
        return first, month_end(first.year, first.month), "month"
    if kind == "this_month":                        # "as of this month", "in diesem Monat": the publication's month
        return published.replace(day=1), month_end(published.year, published.month), "month"
    raise ValueError(f"no relative period {kind!r}")


# kinds within a year: (years from the publication's, first (month, day), last (month, day) or None: open, precision)
_OF_THE_YEAR = {
    "last_year": (-1, (1, 1), (12, 31), "year"),
    "this_year": (0, (1, 1), (12, 31), "year"),
    "next_year": (1, (1, 1), (12, 31), "year"),
    "since_year_start": (0, (1, 1), None, "day"),
    "year_start": (0, (1, 1), (3, 31), "season"),
    "year_end": (0, (10, 1), (12, 31), "season"),   # "bis Ende des Jahres", "by the end of the year": the last quarter
}


def _number_word(word: str) -> float | None:
    """A cardinal of ``number_words.yaml`` in any language ("zwei", "five"), else None."""
    return next((lang.cardinals[word] for lang in load_words().languages.values() if word in lang.cardinals), None)


def _first_months(words: str, year: int) -> tuple[dt.date, dt.date, str]:
    """"the first two months of 2025", "in den ersten beiden Monaten des Jahres": January to the month counted."""
    found = re.search(r"\b(\d{1,2}|[^\W\d_]+)\s+(?:months|monaten)\b(?:\D*(\d{4}))?", words, re.IGNORECASE)
    count = found.group(1).lower() if found else ""
    months = int(count) if count.isdigit() else int(_number_word(count) or _BOTH.get(count, 3))
    year = int(found.group(2)) if found and found.group(2) else year
    return dt.date(year, 1, 1), month_end(year, max(1, min(12, months))), "month"


def past_span(value: float, unit: str, published: dt.date) -> tuple[dt.date, dt.date, str]:
    """"in den vergangenen drei Monaten": from that long before the publication up to it."""
    if unit in ("months", "years"):
        months = round(value * (12 if unit == "years" else 1))
        return _months_before(published, months), published, "day"
    days = {"days": 1, "weeks": 7, "hours": 1 / 24}.get(unit)
    if days is None:
        raise ValueError(f"no duration unit {unit!r}")
    return published - dt.timedelta(days=round(value * days)), published, "day"


def year_part(start: dt.date, part: str) -> tuple[dt.date, dt.date, str]:
    """Early (January to March) or late (October to December) in a year."""
    if part == "early":
        return dt.date(start.year, 1, 1), dt.date(start.year, 3, 31), "season"
    return dt.date(start.year, 10, 1), dt.date(start.year, 12, 31), "season"
