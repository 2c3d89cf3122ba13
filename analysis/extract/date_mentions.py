"""Date semantics of mentions: which numbers are dates, and their EDTF.

Dates: "02.07.2025" (two-digit years 00-69 are 20xx), "2025-07",
"2024-10-18T11:35", "07/02/2025" (the order of day and month in slash dates is
each language's ``slash_date_order``), "18. Juni 2025", "Oct 18, 2024 at 11:35 AM",
decades "1990er", "1990s".  A month or season name is a date when it has a day or
year, or follows a temporal preposition ("im Juni", "seit Herbst").  A date alone
on its line or after a label ("date", "Stand") is the article's dateline.
``date_edtf`` is EDTF (ISO 8601-2): "2025-07-02", "2024-10-18T11:35", "2025-07",
"2024", "XXXX-11-01" (year not stated), seasons "2024-23" (21 spring ... 24
winter), decades "199X", year ranges "2022/2024".

:class:`DateMentions` holds the date readers of the scanner
(:class:`analysis.extract.mentions.MentionReader` inherits them).
"""

from __future__ import annotations

import datetime
import re

from .numbers import HSPACES
from .patterns import Patterns


class DateMentions:
    """The readers of dates, times of dates and decades (mixed into the mention reader)."""

    text: str
    p: Patterns
    last_end: int
    rows: list[tuple]

    def add(self, start: int, end: int, kind: str, low=None, best=None, high=None, approximate=None,
            bound=None, unit=None, reason=None, edtf=None) -> int:
        raise NotImplementedError

    def decade(self, start: int, m: re.Match) -> int:
        first = m.group("decade_start")
        if first is None:  # "90er": the century is not stated
            return self.add(start, m.end(), "year", reason="decade (century not stated)")
        year = float(first)
        return self.add(start, m.end(), "year", year, None, year + 9, reason="decade", edtf=first[:3] + "X")

    def numeric_date(self, start: int, m: re.Match) -> int:
        """ "02.07.2025", "2025-07", "18. Juni 2025", "07/02/2025", with a time if one follows."""
        kind = m.lastgroup
        months = self.p.shared.months
        if kind == "iso":
            year, month, day = (m.group(g) for g in ("iso_y", "iso_m", "iso_d"))
            time = (m.group("iso_hour"), m.group("iso_minute"), None)
        elif kind == "dmy":
            year, month, day = _full_year(m.group("dmy_y")), m.group("dmy_m"), m.group("dmy_d")
            time = (m.group("dmy_hour"), m.group("dmy_minute"), m.group("dmy_suffix"))
        elif kind == "slash":  # the language's order (slash_date_order), unless impossible
            first, second = int(m.group("sl_1")), int(m.group("sl_2"))
            usual = self.p.words.month_first
            month_first = usual != ((first if usual else second) > 12)
            month, day = (first, second) if month_first else (second, first)
            year, time = _full_year(m.group("sl_y")), (None, None, None)
        else:  # daymonth
            year, day = m.group("dm_y"), m.group("dm_d")
            month = months[m.group("dm_month").lower()]
            time = (m.group("dm_hour"), m.group("dm_minute"), m.group("dm_suffix"))
        return self.date(start, m.end(), year, month, day, time)

    def month(self, start: int, m: re.Match) -> int:
        """ "Oct 18, 2024 at 11:35 AM", "im November 2024", "im Juni" (a name alone needs a preposition)."""
        day, year = m.group("md_day"), m.group("md_year") or m.group("md_year2")
        # "since mid-December": a part of the month joined by a hyphen, its preposition before it
        part = _HYPHENATED_PART.search(self.text, max(self.last_end, start - 6), start)
        start = part.start() if part is not None else start
        if not (day or year or self.p.prepositions.find(self.text, self.last_end, start)):
            return 0
        month = self.p.shared.months[m.group("md_month").lower()]
        if day and not year and m.group("md_hour") is None and not self.p.words.month_first and \
                self.text[m.end("md_day"):m.end("md_day") + 1] != ".":
            # a language that writes the day first ("am 20. August") never puts a bare number after the month: "Anfang
            # August 20 mit Flaggen bedeckte Särge" is the month, then a count
            if not self.p.prepositions.find(self.text, self.last_end, start):
                return 0
            return self.date(start, m.end("md_month"), None, month, None, (None, None, None))
        return self.date(start, m.end(), year, month, day, (m.group("md_hour"), m.group("md_minute"), m.group("md_suffix")))

    def season(self, start: int, m: re.Match) -> int:
        """ "im Herbst 2024", "im Sommer": EDTF season codes 21-24; "im ersten Quartal 2025", "in the second half": the
        quarters (33-36) and halves (40-41) of a year."""
        year = m.group("season_year")
        preposition = self.p.prepositions.find(self.text, self.last_end, start)
        if not (year or preposition):
            return 0
        code = self.p.words.seasons[m.group("season").lower()]
        edtf = f"{int(year) if year else 'XXXX'}-{code}"
        kind = "season" if code < QUARTERS_FROM else "part of a year"   # (EDTF 33-36 quarters, 40-41 halves)
        reason = f"{kind} and year" if year else kind
        # ("im Winter 2024/25": the winter that begins in the first year, the next year's last two digits after it)
        after = SHORT_YEAR_AFTER.match(self.text, m.end()) if year else None
        end = after.end() if after is not None and int(after.group(1)) == (int(year) + 1) % 100 else m.end()
        return self.add(preposition[0] if preposition else start, end, "date", reason=reason, edtf=edtf)

    def date(self, start: int, end: int, year, month, day, time: tuple) -> int:
        """A date row: EDTF with XXXX for an unstated year, the preposition before it, the reason."""
        hour, minute, suffix = time
        edtf = f"{int(year):04d}" if year else "XXXX"
        edtf += f"-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        if hour is not None:
            edtf += f"T{_hour24(int(hour), suffix):02d}:{int(minute):02d}"
        preposition = self.p.prepositions.find(self.text, self.last_end, start)
        if preposition:
            start = preposition[0]
        kind = "datetime" if hour is not None else "date"
        if not _is_calendar_date(year, month, day):  # "31.02.2025", "13/14/2024"
            return self.add(start, end, kind, reason="impossible date")
        if not preposition and self.is_dateline(start, end):
            reason = "dateline date and time" if hour is not None else "dateline date"
        elif hour is not None:
            reason = "date and time"
        elif day:
            reason = "calendar date" if year else "day of month"
            self._first_day_before(start, year, month)   # "am 14. und 15. Dezember": the 14th is December's too
            days = _DAY_RANGE_END.match(self.text, end)
            if days and not year and int(day) < int(days.group(1)) <= 31:
                end = days.end()                   # "Oct. 8-13": the days of one month, from the first to the last
                reason = "days of month"
                edtf += f"/XXXX-{int(month):02d}-{int(days.group(1)):02d}"
        else:
            reason = "month and year" if year else "month"
        return self.add(start, end, kind, reason=reason, edtf=edtf)

    def _first_day_before(self, start: int, year, month) -> None:
        """An ordinal day joined to a date right after it ("am 14. und 15. Dezember", "vom 7. bis 8. September") is a day
        of that date's month: its row becomes a date."""
        rows = self.rows
        if not rows or rows[-1][2] != "ordinal" or not DAY_JOINED.fullmatch(self.text, rows[-1][1], start):
            return
        first_start, first_end, _, low, *_ = rows[-1]
        if low is None or not 1 <= low <= 31 or not _is_calendar_date(year, month, int(low)):
            return
        edtf = (f"{int(year):04d}" if year else "XXXX") + f"-{int(month):02d}-{int(low):02d}"
        rows[-1] = (first_start, first_end, "date", None, None, None, None, None, None,
                    "calendar date" if year else "day of month", edtf)

    def is_dateline(self, start: int, end: int) -> bool:
        """Alone on its line, or after a label such as "date" or "Stand:" at the line's start."""
        text = self.text
        line_before = text[max(0, start - 40):start].rsplit("\n", 1)
        before = line_before[-1]
        if len(line_before) == 1 and start > 40:
            return False
        rest_of_line = text[end:end + 80].split("\n", 1)[0]
        if _WIRE_PLACE.fullmatch(before) and _WIRE_CREDIT.match(rest_of_line):
            return True                            # "SEOUL, Feb 12 (Reuters) - ...": a wire story's dateline
        if _TITLE_PLACE.fullmatch(before) and _AGENCY_CREDIT.match(rest_of_line):
            return True                            # "Seoul, 25. Oktober (dpa) – ...": the place in title case, the agency's
        label = before.strip(HSPACES + ":").lower()
        if label and label not in self.p.shared.dateline_labels:
            return False
        return bool(label) or not rest_of_line.strip()



_WIRE_PLACE = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ .'’-]+,(?:\s+[A-Z][a-z]+,)?\s*")   # "SEOUL, ", "KYIV, Ukraine, "
_WIRE_CREDIT = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]")            # " (Reuters) -", " —"
_TITLE_PLACE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?,\s*")   # "Seoul, ", "Den Haag, "
_AGENCY_CREDIT = re.compile(r"\s*\([^)\n]{1,40}\)\s*[-–—]")                   # " (dpa) –": a credit in parentheses


QUARTERS_FROM = 33   # EDTF codes from here on are parts of a year (quarters, halves), not seasons
_DAY_RANGE_END = re.compile(r"[-–](\d{1,2})(?![\d.,:]\d)(?!\s*(?:[-–]|bis|to))")


_HYPHENATED_PART = re.compile(r"(?<![\w-])(?:mid|early|late)-$", re.IGNORECASE)


# a day joined to the one before it ("on Dec. 14 and 15", "am 14. und 15. Dezember"), and a second year by its last two
# digits ("1950-53", "2024/25"): read by the mention reader too
DAY_JOINED = re.compile(r"\s*(?:and|or|und|oder|bis|to|&|[–-])\s*", re.IGNORECASE)
SHORT_YEAR_AFTER = re.compile(r"[-–/](\d{2})(?!\d|[.,]\d)")


def _is_calendar_date(year: str | None, month, day) -> bool:
    """Whether the day exists (in a leap year when the year is not stated)."""
    if not 1 <= int(month) <= 12:
        return False
    if day is None:
        return True
    try:
        datetime.date(int(year) if year else 2000, int(month), int(day))
    except ValueError:
        return False
    return True



def _full_year(written: str | None) -> str | None:
    """A two-digit year in the current era: 00-69 -> 20xx, 70-99 -> 19xx."""
    if written is None or len(written) == 4:
        return written
    return str((2000 if int(written) < 70 else 1900) + int(written))


def _hour24(hour: int, suffix: str | None) -> int:
    marker = (suffix or "").lower()[:1]
    if marker == "p" and hour < 12:
        return hour + 12
    if marker == "a" and hour == 12:
        return 0
    return hour

