"""The period a figure describes: the date words of its own clause.

Candidates are the date mentions of the figure's clause (its sentence up to a ``;``
or ``:``), periods named without a date ("vergangene Woche", "last year", "seit
Jahresbeginn": ``relative_periods`` in ``data/languages/<code>.yaml``) and durations
back from the publication ("in den vergangenen drei Monaten").  The nearest one to the
figure wins.  A date coordinated with a second ("im Januar und Februar") spans both;
"Ende 2024" and "early 2025" take the part of the year; a plan (``troops_planned``)
takes the next such period when the text omits the year, "vergangenen"/"last" the last one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..dates import month_end, past_span, relative_period, resolve_reference, year_part
from ..prefilter import compile_prefiltered
from ..text import Sentence
from ..vocabulary import LanguageWords, Vocabulary
from .drafts import ArticleInfo, Draft, Reference

_CLAUSE_BREAK = re.compile(r"[;:]")
DURATION_UNITS = ("days", "weeks", "months", "years", "hours")
LOOKING_AHEAD = ("troops_planned",)


@dataclass(frozen=True)
class _Relative:
    start: int
    end: int
    kind: str


_PATTERNS: dict[tuple[int, str], list[tuple[str, re.Pattern]]] = {}


def _relative_patterns(words: LanguageWords) -> list[tuple[str, re.Pattern]]:
    key = (id(words), words.code)
    if key not in _PATTERNS:
        _PATTERNS[key] = [(kind, compile_prefiltered(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE))
                          for kind, patterns in words.relative_periods.items()]
    return _PATTERNS[key]


def _clause(text: str, sentence: Sentence, position: int) -> tuple[int, int]:
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.start() < position:
            start = m.end()
        elif m.start() > position:
            end = m.start()
            break
    return start, end


def _dates_in(dates: list[dict], start: int, end: int) -> list[dict]:
    first = bisect.bisect_left(dates, start, key=lambda d: d["char_start"])
    found = []
    for d in dates[first:]:
        if d["char_start"] >= end:
            break
        if d["char_end"] <= end and d["date_edtf"] and "dateline" not in (d["reason"] or ""):
            found.append(d)
    return found


def _past_durations(text: str, durations: list[dict], start: int, end: int, words: LanguageWords) -> list[dict]:
    """Durations right after a "past" word ("in den vergangenen drei Monaten", "over the past two weeks")."""
    found = []
    for d in durations:
        if start <= d["char_start"] and d["char_end"] <= end and d["value_best"] is not None:
            before = text[max(start, d["char_start"] - 16):d["char_start"]].lower().split()
            if before and before[-1] in words.past_words:
                found.append(d)
    return found


class PeriodCache:
    """What find_reference reads once per sentence of a text (its periods named without a date)."""

    def __init__(self) -> None:
        self.relative: dict[int, list[_Relative]] = {}

    def relatives(self, text: str, sentence: Sentence, words: LanguageWords) -> list[_Relative]:
        if sentence.index not in self.relative:
            self.relative[sentence.index] = sorted(
                (_Relative(m.start(), m.end(), kind) for kind, pattern in _relative_patterns(words)
                 for m in pattern.finditer(text, sentence.start, sentence.end)), key=lambda r: r.start)
        return self.relative[sentence.index]


def find_reference(text: str, sentence: Sentence, draft: Draft, mentions: tuple[list[dict], list[dict]],
                   info: ArticleInfo, vocab: Vocabulary, *, cache: PeriodCache | None = None) -> Reference | None:
    """The period a figure refers to: the nearest period named in its clause.

    ``mentions`` are the text's date mentions and its duration mentions, each sorted by position;
    ``cache`` keeps what is read once per sentence across the figures of one text.
    """
    dates, durations = mentions
    words = vocab.words.languages[info.language]
    c0, c1 = _clause(text, sentence, draft.start)
    candidates: list[tuple[int, object]] = [(d["char_start"], d) for d in _dates_in(dates, c0, c1)]
    candidates += [(d["char_start"], ("past", d)) for d in _past_durations(text, durations, c0, c1, words)]
    relatives = (cache or PeriodCache()).relatives(text, sentence, words)
    candidates += [(r.start, r) for r in relatives if c0 <= r.start and r.end <= c1]
    if not candidates:
        return None
    _, nearest = min(candidates, key=lambda c: abs(c[0] - draft.start))
    if isinstance(nearest, _Relative):
        start, end, precision = relative_period(nearest.kind, info.published_end)
        return Reference(start, end, precision, text[nearest.start:nearest.end])
    if isinstance(nearest, tuple):
        duration = nearest[1]
        start, end, precision = past_span(duration["value_best"], duration["unit"], info.published_end)
        return Reference(start, end, precision, duration["number_text"])
    return _date_reference(text, nearest, draft, info, vocab, words, c1)


def _date_reference(text: str, date: dict, draft: Draft, info: ArticleInfo, vocab: Vocabulary,
                    words: LanguageWords, clause_end: int) -> Reference | None:
    before = text[max(0, date["char_start"] - 16):date["char_start"]] + " "
    span_text = date["number_text"]
    shared = vocab.words
    lead = shared.reference_in_span.match(span_text)
    context = (before.strip() + " " + (lead.group(1) if lead else "")).strip()
    looking_back = bool(before.lower().split()) and before.lower().split()[-1] in words.past_words
    try:
        start, end, precision = resolve_reference(
            date["date_edtf"], context, info, forward=shared.reference_forward, open_end=shared.reference_open_end,
            looking_ahead=draft.quantity in LOOKING_AHEAD, looking_back=looking_back)
        second = _coordinated_month(text, date["char_end"], clause_end, shared.shared.months)
        if second is not None and precision == "month" and end is not None:   # "im Januar und Februar"
            month, second_stop = second
            year = start.year + (month < start.month)
            end, span_text = month_end(year, month), text[date["char_start"]:second_stop]
    except ValueError:  # an EDTF form this module does not read: no period rather than a wrong one
        return None
    part = _year_part(before + " " + span_text.split()[0] + " " if len(span_text.split()) > 1 else before, words)
    if part is not None and precision == "year":
        open_ended = end is None
        start, end, precision = year_part(start, part)
        end = None if open_ended else end
    return Reference(start, end, precision, span_text)


_SECOND = re.compile(r"\s*(?:und|oder|bis|and|or|to|through|[–-])\s*(?:(?:im|in|den)\s+)?([^\W\d_]+)", re.IGNORECASE)


def _coordinated_month(text: str, end: int, clause_end: int, months: dict[str, int]) -> tuple[int, int] | None:
    """The month coordinated with a month ("Januar und Februar", "March to May"): (month, end offset)."""
    m = _SECOND.match(text, end, clause_end)
    if m is None or m.group(1).lower() not in months:
        return None
    return months[m.group(1).lower()], m.end()


def _year_part(before: str, words: LanguageWords) -> str | None:
    low = before.lower()
    for part, markers in words.year_parts.items():
        if any(re.search(r"(?<!\w)" + re.escape(m) + r"(?:\s+(?:des|der|of))?\s*$", low.rstrip()) for m in markers):
            return part
    return None
