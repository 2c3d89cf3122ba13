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
import datetime
import itertools
import re
from dataclasses import dataclass

from ..dates import SEASONS, edtf_period, month_end, past_span, relative_period, resolve_reference, year_part
from ..prefilter import compile_prefiltered
from ..supersets import filtered
from ..text import Sentence
from ..vocabulary import LanguageWords, Vocabulary
from ..vocabulary.base import sharp_s_or_ss
from .drafts import ArticleInfo, Draft, Reference

# a semicolon or colon, or a comma that opens a new clause ("600 were killed last month, and Moscow is
# asking for 9,000 more": last month is not the 9,000's)
# (a temporal clause is another verb's: "14,000 in total once you add the reinforcements that arrived in January")
_CLAUSE_BREAK = compile_prefiltered(r"[;:]|,(?=\s+(?:and|but|while|whereas|und|aber|während|doch)\b)"
                           r"|,?\s(?=(?:once|when|before|nachdem|sobald|bevor)\s)", re.IGNORECASE)
# between a date and a figure after it: a complementiser, or a noun of speaking right after the date's words
_SPEECH_THAT = re.compile(r"\b(?:that|dass|wonach)\b", re.IGNORECASE)
# ... or a verb of saying in the date's own clause that ends it at a comma, the words it reports after it ("Im Juni
# hatte Schoigu angekündigt, Pjöngjang werde 1.000 Minenräumer schicken"; never a verb set off by commas of its own,
# which the date's words go on past: "Since June, he said, about 1,000 deminers had arrived")
_SAID_THEN_CLAUSE = re.compile(sharp_s_or_ss(
    r"[^,;:.]{0,80}?\b(?:angekündigt|kündigte|kündigten|gesagt|sagte|sagten|zugesagt|erklärt|erklärte|erklärten|berichtet|"
    r"berichtete|berichteten|mitgeteilt|teilte|teilten|verkündet|verkündete|bekanntgegeben|bekannt gegeben|gemeldet|meldete|"
    r"meldeten|betont|betonte|versprochen|hieß es|said|announced|stated|pledged|promised|declared|claimed)\b"
    r"[^,;:.]{0,60}?,"), re.IGNORECASE)   # (its subject and a particle after it: "kündigte Schoigu an,", "erklärte das Ministerium,")
# an auxiliary of the perfect right after a date: its verb tells of the past ("Im Sommer hatte NHK ... berichtet")
_PERFECT_AFTER = re.compile(r"\s*(?:hatte|hatten|hat|haben|had|has|have)\b", re.IGNORECASE)
_SPEECH_NOUN = re.compile(r"(?:[^,;.]|(?<=\d)\.){0,40}?\b(?:veröffentlicht\w*|interview\w*|briefing|pressekonferenz|"
                          r"press conference|address|ansprache|videobotschaft|rede|speech)\b", re.IGNORECASE)
# (the words between may name where it was said: "said in his nightly video address on Jan. 6", "hieß es im Lagebericht des
# Ministeriums in London vom 15. Juni")
_SAID_ON = re.compile(sharp_s_or_ss(r"\b(?:said|says|told|reported|announced|added|stated|wrote|posted|sagte|sagten|erklärte|erklärten|"
                      r"teilte|teilten|meldete|meldeten|berichtete|berichteten|schrieb|betonte|hieß es|heißt es)\s+"
                      r"(?:[\w'’-]+\s+){0,6}?(?:on|am|vom)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*)?$"),
                      re.IGNORECASE)   # ("told reporters on Monday, Oct. 28": the weekday and its date)
_SAID_RIGHT_ON = re.compile(r"\b(?:said|says|told|reported|announced|added|stated|wrote|posted|sagte|sagten|erklärte|"
                            r"erklärten|teilte|teilten|meldete|meldeten|berichtete|berichteten|schrieb)\s+(?:(?:on|am)\s+)?$",
                            re.IGNORECASE)
# a verb of saying or putting right after a date, past a comma: the date is the saying's ("on Monday, Nov. 4, put ...")
_SAYING_RIGHT_AFTER = re.compile(r"[\s,]*(?:said|says|told|put|puts|estimated|estimates|reported|announced|stated|wrote|posted|"
                                 r"sagte|sagten|erklärte|erklärten|bezifferte|bezifferten|schätzte|schätzten|meldete|"
                                 r"meldeten|nannte|nannten)\b", re.IGNORECASE)


def _end_of(candidate: object) -> int:
    """Where a candidate period's words end: a date mention, a past duration ("past", mention) or a relative period."""
    if isinstance(candidate, dict):
        return candidate["char_end"]
    if isinstance(candidate, tuple):
        return candidate[1]["char_end"]
    return candidate.end


# (a day of the saying, not a season or month it speaks of: "the 600 deaths it reported in the spring" is theirs)
# a document noun and the word that dates it, right before a date: "Lagebericht vom", "update of", "report dated"
_DOCUMENT_DATED = re.compile(r"\b(?:\w*bericht\w*|lagebild\w*|lageeinschätzung\w*|updates?|reports?|assessments?|bulletins?|"
                             r"statements?|erklärung|mitteilung|papier|dokument\w*|memo|briefing)\s+(?:vom|of|dated|from)\s+"
                             r"(?:(?:the|dem)\s+)?$", re.IGNORECASE)
DOCUMENT_REACH = 40
_SAID_IN = re.compile(r"\s*(?:in|im|during|seit|since|from|ab)\b", re.IGNORECASE)
DURATION_UNITS = ("days", "weeks", "months", "years", "hours")
LOOKING_AHEAD = ("troops_planned",)
DAY_SPAN_AT_MOST = datetime.timedelta(days=31)   # two days joined as one period lie within a month of each other
# people who keep their own quantity when planned (LABELS.md): their plan looks ahead too ("Etwa 1.000 Mann sollen im
# Frühjahr bei der Minenräumung helfen": next spring)
PLANNED_KEEPING_THEIR_KIND = ("sappers", "construction_workers", "workers")


@dataclass(frozen=True)
class _Relative:
    start: int
    end: int
    kind: str


_PATTERNS: dict[tuple[int, str], tuple[re.Pattern, list[tuple[str, re.Pattern]]]] = {}


_AS_OF_WORDS = r"(?:stand|as of)"
_LABEL_LEAD = re.compile(r"\s*(?:[•▪*\-–—]\s*)?")   # nothing but a bullet before a line's date label
_LABEL_END = re.compile(r"\s*[:–—]\s")            # the label's colon or dash
_AS_OF = re.compile(r"(?<![\w-])" + _AS_OF_WORDS + r":?\s*$", re.IGNORECASE)
_AS_OF_OPENS = re.compile(_AS_OF_WORDS + r"\b", re.IGNORECASE)   # the marker read as part of the date's words


def _relative_words(patterns: list[str]) -> re.Pattern:
    return filtered(compile_prefiltered(r"(?<!\w)(?:" + "|".join(map(sharp_s_or_ss, patterns)) + r")(?!\w)", re.IGNORECASE))


def _relative_patterns(words: LanguageWords) -> tuple[re.Pattern, list[tuple[str, re.Pattern]]]:
    """The pattern of each kind of relative period, and one of them all: where that one finds
    nothing, no kind's does (it tries every kind's words at every position), so one search
    answers for most sentences."""
    key = (id(words), words.code)
    if key not in _PATTERNS:
        kinds = words.relative_periods
        _PATTERNS[key] = (_relative_words([p for patterns in kinds.values() for p in patterns] or ["(?!x)x"]),
                          [(kind, _relative_words(patterns)) for kind, patterns in kinds.items()])
    return _PATTERNS[key]


def _clause(sentence: Sentence, position: int, breaks: tuple[list[int], list[int]]) -> tuple[int, int]:
    """From the last clause break before ``position`` to the first after it (the sentence's breaks,
    found once, are bisected: no scan per figure)."""
    starts, ends = breaks
    before = bisect.bisect_left(starts, position)
    after = bisect.bisect_right(starts, position)
    return (ends[before - 1] if before else sentence.start), (starts[after] if after < len(starts) else sentence.end)


def _figure_between(figure_starts: list[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return bisect.bisect_left(figure_starts, hi) - bisect.bisect_right(figure_starts, lo) > 0


def _closes_a_row(text: str, figure_starts: list[int], end: int, b: int) -> bool:
    """Whether a period after other figures closes a row of figures the figure ending at ``end`` opens ("1.000 Tote
    und 2.700 Verwundete seit Jahresbeginn": everyone's), not a later figure's own words ("3,000 reinforcements who
    arrived this year", "up from 600 in April")."""
    last = figure_starts[bisect.bisect_left(figure_starts, b) - 1]
    past_it = _FIGURE_DIGITS.match(text, last).end()   # (the last figure's own marks are no clause break: "5,000")
    return _ROW.fullmatch(text, end, last) is not None and _OWN_WORDS.search(text, past_it, b) is None


_FIGURE_DIGITS = re.compile(r"(?:\D{0,20}?\d)?[\d.,’' ]*")   # (past a qualifier too: "up to 5,000")


# figures in a row: joined by "and"/"und" alone, no clause break or new clause between them (a calibre in a name is no
# figure: "120 Koksan 170mm guns and 240 launchers")
# (the conjunction joins the figures: a few words at most after it, never a base's "out of", "of", "von")
_ROW = re.compile(r"(?:[^,;:.()\d]|\d+-?(?:mm|millimet\w*)\b)*?\b(?:and|und|sowie|or|oder)\s+(?!that\b|dass\b)(?:[^\W\d_][\w'’-]*\s+){0,3}?"
                  r"(?<!\bof )(?<!\bvon )(?<!\baus )", re.IGNORECASE)
# a relative pronoun or a clause break after the last figure: what follows is told of that figure alone
_OWN_WORDS = re.compile(r",|;|\b(?:who|which|that|die|der|das|welche[nr]?|denen|nachdem|after)\b", re.IGNORECASE)


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
    for d in durations[bisect.bisect_left(durations, start, key=lambda d: d["char_start"]):]:
        if d["char_start"] >= end:
            break
        if d["char_end"] <= end and d["value_best"] is not None:
            before = text[max(start, d["char_start"] - 16):d["char_start"]].lower().split()
            if before and before[-1] in words.past_words:
                found.append(d)
    return found


class PeriodCache:
    """What find_reference reads once per sentence of a text (its periods named without a date)."""

    def __init__(self, figure_starts: list[int] | None = None) -> None:
        self.relative: dict[int, list[_Relative]] = {}
        self.figure_starts = figure_starts or []      # where the text's figures start, sorted
        self.clause_breaks: dict[int, tuple[list[int], list[int]]] = {}

    def breaks(self, text: str, sentence: Sentence) -> tuple[list[int], list[int]]:
        if sentence.index not in self.clause_breaks:
            found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]
            self.clause_breaks[sentence.index] = ([a for a, _ in found], [b for _, b in found])
        return self.clause_breaks[sentence.index]

    def relatives(self, text: str, sentence: Sentence, words: LanguageWords) -> list[_Relative]:
        if sentence.index not in self.relative:
            any_kind, kinds = _relative_patterns(words)
            if any_kind.search(text, sentence.start, sentence.end) is None:
                self.relative[sentence.index] = []
            else:
                found = sorted((_Relative(m.start(), m.end(), kind) for kind, pattern in kinds
                                for m in pattern.finditer(text, sentence.start, sentence.end)), key=lambda r: r.start)
                # a kind's words inside another's are that one's ("the start of the year" in "Since the start of the year")
                self.relative[sentence.index] = [r for r in found if not any(
                    o is not r and o.start <= r.start and r.end <= o.end and (o.end - o.start) > (r.end - r.start)
                    for o in found)]
        return self.relative[sentence.index]


def find_reference(text: str, sentence: Sentence, draft: Draft, mentions: tuple[list[dict], list[dict]],
                   info: ArticleInfo, vocab: Vocabulary, *, cache: PeriodCache | None = None) -> Reference | None:
    """The period a figure refers to: the nearest period named in its clause.

    ``mentions`` are the text's date mentions and its duration mentions, each sorted by position;
    ``cache`` keeps what is read once per sentence across the figures of one text.
    """
    dates, durations = mentions
    words = vocab.words.languages[info.language]
    cache = cache or PeriodCache()
    c0, c1 = _clause(sentence, draft.start, cache.breaks(text, sentence))
    here = _dates_in(dates, c0, c1)
    # a month coordinated with the one before it ends that one's span ("Zwischen Dezember und Mitte Januar")
    here = [d for i, d in enumerate(here) if i == 0 or not _coordinated_with(text, here[i - 1], d)]
    candidates: list[tuple[int, object]] = [(d["char_start"], d) for d in here]
    candidates += [(d["char_start"], ("past", d)) for d in _past_durations(text, durations, c0, c1, words)]
    relatives = cache.relatives(text, sentence, words)
    first = bisect.bisect_left(relatives, c0, key=lambda r: r.start)
    # "last year" right after a month says which year the month is in ("Since August last year"): not a period of its own
    ends = {d["char_end"] for d in here}
    tied = [r for r in relatives if r.kind == "last_year" and any(0 <= r.start - e <= 2 for e in ends)]
    candidates += [(r.start, r) for r in itertools.takewhile(lambda r: r.start <= c1, relatives[first:]) if r.end <= c1
                   and r not in tied]
    # a period after another figure that follows this one is that figure's ("11,000 combat troops and
    # 3,000 reinforcements who arrived this year": this year is the 3,000's); one before them all is
    # everyone's ("seit 2023 rund 250 Raketenwerfer, 200 Geschütze und 12 Millionen Granaten")
    candidates = [c for c in candidates if c[0] < draft.start or not _figure_between(cache.figure_starts, draft.start, c[0])
                  or _closes_a_row(text, cache.figure_starts, draft.mention["char_end"], c[0])]
    # a period opening a later clause that goes on to another figure is that figure's ("etwa 2.700 Verwundete – im Dezember
    # war noch von 1.000 die Rede", "2.000 Tote aus, im April waren es noch 600")
    candidates = [c for c in candidates if not (c[0] > draft.start and _LATER_CLAUSE.search(text, draft.mention["char_end"], c[0])
                                                and _figure_between(cache.figure_starts, c[0], c1))]
    # a date the sentence gives its figures as of ("Stand 13. Januar", "as of Jan. 13") holds for every figure in it,
    # in whichever clause it stands
    # (unless the figure's own clause names a period of its own: "put the contingent at 12,000 as of mid-April, and Kyiv
    # says about 6,000 of them were killed or wounded over the winter")
    candidates += [(d["char_start"], d) for d in _dates_in(dates, sentence.start, sentence.end)
                   if (_AS_OF.search(text, max(0, d["char_start"] - 8), d["char_start"]) or _AS_OF_OPENS.match(d["number_text"])) and
                   all(c[1] is not d for c in candidates)] if not candidates else []
    # a date labelling its line or sentence, before a colon or a dash ("Oktober 2024: Südkoreas Geheimdienst meldet ...",
    # "• Dec. 2024 – ..."): a timeline's entry, the period of every figure on it that names none closer
    candidates += [(d["char_start"], d) for d in _dates_in(dates, sentence.start, sentence.end)
                   if _LABEL_LEAD.fullmatch(text, sentence.start, d["char_start"]) and _LABEL_END.match(text, d["char_end"])
                   and all(c[1] is not d for c in candidates)] if not candidates and not draft.planned else []
    # (never for a plan: "Juni 2025: Schoigu kündigt die Entsendung von 1.000 Minenräumern an" dates the announcement)
    # a date of the saying, not of what was said: "told a briefing on Sept. 30 that the North had sent", "in einem am
    # 3. März veröffentlichten Interview ... über 4000 Verluste"
    candidates = [c for c in candidates if not (c[0] < draft.start and (
        _SPEECH_THAT.search(text, c[0], draft.start) or _SPEECH_NOUN.match(text, c[0], draft.start)
        or _SAID_THEN_CLAUSE.match(text, _end_of(c[1]), draft.start)))]
    # (or the date right after a verb of saying after the figure: "..., the agency said on Dec. 16", "sagte am Montag")
    candidates = [c for c in candidates if not (c[0] > draft.start and _SAID_ON.search(text, max(draft.start, c[0] - 80), c[0])
                                                and not _SAID_IN.match(text, c[0]))]
    # (and a day right after its verb of saying before the figure: "..., HUR said on Jan. 19, as well as some 250 guns")
    candidates = [c for c in candidates if not (c[0] < draft.start and _SAID_RIGHT_ON.search(text, max(0, c[0] - 24), c[0]))]
    # (or a date between the subject and its verb of saying before the figure: "Pat Ryder on Monday, Nov. 4, put the
    # presence ... at north of 10,000"; a date opening the sentence is an as-of date: "Ende Dezember bezifferte das Pentagon
    # die Zahl ... auf mehrere Hundert")
    candidates = [c for c in candidates if not (c[0] < draft.start and text[sentence.start:c[0]].strip(" \"'„“”‘’«»-–")
                                                and _SAYING_RIGHT_AFTER.match(text, _end_of(c[1]), draft.start))]
    # a date in a comparison after the figure is the other value's ("auf rund 2.000 gestiegen – dreimal so viele wie im
    # Frühjahr angenommen", "up from 600 in April")
    candidates = [c for c in candidates if not (c[0] > draft.start and _COMPARISON.search(text, draft.start, c[0]))]
    # a figure in a participial clause of its own names the total the verb before it reached ("dispatched around 3,000 in
    # January and February, bringing the total to about 14,000"): a period before that clause is the verb's, not its
    candidates = [c for c in candidates if not (c[0] < draft.start and _OWN_PARTICIPLE.search(text, c[0], draft.start))]
    # a date told of another figure's noun, in its relative clause or participle, is that figure's ("Von den 15.000
    # Soldaten, die Nordkorea seit Oktober 2024 geschickt hat, sind 4.700 gefallen", "Of the 50 missiles fired since
    # December 2023, about 20 landed"; after the figure, a base's: "2,000 of the troops sent in 2024 have died")
    candidates = [c for c in candidates if not _told_of_another(text, cache.figure_starts, draft, c[0])]
    # a plan's deadline names no period ("könnte bis zum Frühjahr auf 20.000 anwachsen", "By December, the agency expects
    # 10,000": LABELS.md); a state reached by then does ("by late December the contingent stood at about 11,000")
    if draft.quantity in LOOKING_AHEAD or (draft.planned and draft.quantity in PLANNED_KEEPING_THEIR_KIND):
        # (a deadline in the figure's own words after it is its only date word: "with 5,000 builders following by the
        # end of the year" takes no month named for the figure before it)
        clause_end = _CLAUSE_BREAK_BETWEEN.search(text, draft.mention["char_end"], sentence.end)
        if _OWN_DEADLINE.search(text, draft.mention["char_end"], clause_end.start() if clause_end else sentence.end):
            return None
        candidates = [c for c in candidates if not (_DEADLINE.search(text, max(0, c[0] - 24), c[0])
                                                    or _DEADLINE_OPENS.match(text, c[0]))
                      or _FROM_MONTH.search(text, max(0, c[0] - 20), c[0])]   # ("von Januar bis Juni": a span's end)
        # (nor does a date before it whose own verb is a perfect: when the plan was told, "Im Sommer hatte NHK noch von
        # 25.000 Arbeitskräften berichtet, die Pjöngjang schicken wolle", "Bereits im Juni hatte Schoigu die Entsendung
        # von 6.000 Pionieren angekündigt")
        candidates = [c for c in candidates if not (c[0] < draft.start and _PERFECT_AFTER.match(text, _end_of(c[1])))]
    # a document's own date is no period ("laut seinem Lagebericht vom 19. März", "the ministry's intelligence update of June 15")
    candidates = [c for c in candidates if not _document_dated(text, c)]
    # a year of birth is no period ("one was born in 2005 and the other in 1999", "Jahrgang 2003", "2001 geboren")
    candidates = [c for c in candidates if not (_BORN_BEFORE.search(text, max(0, c[0] - 30), c[0])
                                                or _BORN_AFTER.match(text, _candidate_end(c[1])))]
    # (so does a deadline of a later clause that looks ahead: "11,000 ... were training and would be ready by Nov. 1",
    # "die 11.000 ... werden ausgebildet und sollen bis Ende November einsatzbereit sein")
    candidates = [c for c in candidates if not (c[0] > draft.start and (_DEADLINE.search(text, max(0, c[0] - 24), c[0])
                                                                      or _DEADLINE_OPENS.match(text, c[0]))
                                                and _LOOKS_AHEAD.search(text, draft.mention["char_end"], c[0]))]
    # a date inside a participial aside of the subject, closed before the figure's verb, is the aside's ("elements of
    # the 11th Corps, deployed to Kursk in late 2024, numbered about 11,000 at their peak")
    candidates = [c for c in candidates if not (c[0] < draft.start and _in_a_closed_aside(text, sentence.start, c, draft.start))]
    if not candidates:
        return None
    # a date inside the number's own attribute wins: "die im vergangenen Herbst entsandten 11.000 Soldaten"
    attributed = [c for c in candidates if c[0] < draft.start and
                  _ATTRIBUTE_TO_NUMBER.fullmatch(text, _candidate_end(c[1]), draft.start)]
    _, nearest = attributed[-1] if attributed else min(candidates, key=lambda c: abs(c[0] - draft.start))
    if isinstance(nearest, _Relative):
        start, end, precision = relative_period(nearest.kind, info.published_end, text[nearest.start:nearest.end])
        # (inside a clause opened by "since": "since they were thrown into combat late last year" is open to now)
        since = _SINCE_CLAUSE.search(text, max(0, nearest.start - SINCE_REACH), nearest.start) is not None
        part = _year_part(text[max(0, nearest.start - 16):nearest.start], words) if precision == "year" else None
        said = text[nearest.start:nearest.end]
        if part is not None:                       # "late last year", "Ende vergangenen Jahres": a part of that year
            start, end, precision = year_part(start, part)
            said = text[text.rfind(" ", 0, nearest.start - 1) + 1:nearest.end]
        return Reference(start, None if since else end, precision, said)
    if isinstance(nearest, tuple):
        duration = nearest[1]
        start, end, precision = past_span(duration["value_best"], duration["unit"], info.published_end)
        return Reference(start, end, precision, duration["number_text"])
    reference = _date_reference(text, nearest, draft, info, vocab, words, c1)
    last_year = next((r for r in tied if 0 <= r.start - nearest["char_end"] <= 2), None)
    if reference is not None and last_year is not None and reference.precision == "month":
        year = info.published_end.year - 1      # "August last year": the month of the year before the publication
        start = reference.start.replace(year=year)
        end = None if reference.end is None else month_end(year, reference.end.month)
        return Reference(start, end, "month", text[nearest["char_start"]:last_year.end])
    return _to_the_day_joined(text, reference, nearest, here, (draft, info, vocab, words, c1))


# a day joined to the day before it: "on Sept. 7 and 8", "between Oct. 8 and Oct. 13", "am 14. und 15. Dezember"
_DAY_JOINED = re.compile(r"\s*(?:and|und|to|through|bis|[–-])\s*(?:(?:on|am|zum|the)\s+)?", re.IGNORECASE)


def _to_the_day_joined(text: str, reference: Reference | None, nearest: dict, here: list[dict], context) -> Reference | None:
    """A day's period runs to the day joined to it right after it, in its clause ("on Sept. 7 and 8": the 7th to the 8th)."""
    if reference is None or reference.precision != "day" or reference.end is None:
        return reference
    draft, info, vocab, words, c1 = context
    second = next((d for d in here if d["char_start"] >= nearest["char_end"]), None)
    first = next((d for d in reversed(here) if d["char_end"] <= nearest["char_start"]), None)
    if second is not None and _DAY_JOINED.fullmatch(text, nearest["char_end"], second["char_start"]):
        first, second = nearest, second            # "on Sept. 7 and 8": the figure's day, then the one joined to it
        start, end = reference, _date_reference(text, second, draft, info, vocab, words, c1)
    elif first is not None and _DAY_JOINED.fullmatch(text, first["char_end"], nearest["char_start"]):
        first, second = first, nearest             # "am 14. und 15. Dezember": the day joined before the figure's
        start, end = _date_reference(text, first, draft, info, vocab, words, c1), reference
    else:
        return reference
    if start is None or end is None or start.precision != "day" or end.precision != "day" or end.end is None or \
            not start.start < end.end <= start.start + DAY_SPAN_AT_MOST:
        return reference
    return Reference(start.start, end.end, "day", text[first["char_start"]:second["char_end"]])


def _document_dated(text: str, candidate: tuple[int, object]) -> bool:
    """Whether a date candidate is a document's own date: a document noun and "vom"/"of"/"dated" right before it (the
    word may be read as the date's own: "vom 19. März")."""
    at, date = candidate
    lead = text[max(0, at - DOCUMENT_REACH):at]
    own = _DATING_WORD.match(date["number_text"]) if isinstance(date, dict) else None
    return _DOCUMENT_DATED.search(lead + (own.group(0) if own else "")) is not None


_FROM_MONTH = re.compile(r"\b(?:von|vom|from)\s+([^\W\d_]+)\s+$", re.IGNORECASE)   # "von Januar | bis September"
_UNTIL = re.compile(r"(?:bis|to|until|through)\s", re.IGNORECASE)
_DATING_WORD = re.compile(r"(?:vom|of|dated|from)\s+", re.IGNORECASE)


def _in_a_closed_aside(text: str, sentence_start: int, candidate, figure_start: int) -> bool:
    """Whether a date before a figure stands in an aside that a participle opens after a comma and a comma closes before
    the figure: ", deployed to Kursk Oblast in late 2024, numbered about 11,000"."""
    if _PARTICIPLE_ASIDE_OPENS.search(text, sentence_start, candidate[0]) is None:
        return False
    closing = _ASIDE_CLOSES.match(text, _candidate_end(candidate[1]), figure_start)
    return closing is not None and "," not in text[closing.end():figure_start]


# a participle that opens an aside after a comma, the date inside it ("..., deployed to Kursk Oblast in ")
_PARTICIPLE_ASIDE_OPENS = re.compile(r",\s+(?-i:(?:[a-z]{3,}ed|sent|brought|flown|thrown|drawn|entsandt|verlegt|geschickt))\b"
                                     r"[^,;.:!?]*$")
_ASIDE_CLOSES = re.compile(r"[^,;.:!?]*,")


def _told_of_another(text: str, figure_starts: list[int], draft: Draft, at: int) -> bool:
    """Whether a date at ``at`` is told of another figure's noun: in the relative clause or participle of the figure
    before it, closed by a comma before this figure, or in the participle of a partitive base right after this one."""
    if at > draft.start:
        return _BASE_PARTICIPLE.match(text, draft.mention["char_end"], at) is not None
    i = bisect.bisect_left(figure_starts, at) - 1
    if i < 0 or figure_starts[i] >= draft.start:
        return False
    other_end = _FIGURE_DIGITS.match(text, figure_starts[i]).end()
    return other_end <= at and _OWN_CLAUSE_OPENS.match(text, other_end, at) is not None and \
        text.find(",", at, draft.start) >= 0


# a figure's noun, then its relative clause or participle up to a date inside it
_OWN_CLAUSE_OPENS = re.compile(r"[^,;.()\d]*?(?:,\s*(?:die|der|das|denen|welche\w*|which|that|who)\b|"
                               r"\s(?:sent|deployed|dispatched|fired|launched|shipped|delivered|stationed)\b)[^;.()\d]*$",
                               re.IGNORECASE)
# right after a figure: a partitive base with a participle up to the date ("of the troops sent in | 2024")
_BASE_PARTICIPLE = re.compile(r"\s+(?:of|von|aus)\s+(?:the|den|der)\s+[^,;.()\d]*?\b(?:sent|deployed|dispatched|fired|"
                              r"launched|shipped|delivered|entsandt\w*|geschickt\w*)\s+(?:in|im|since|seit)?\s*$",
                              re.IGNORECASE)


_OWN_PARTICIPLE = re.compile(r",\s+(?:bringing|raising|taking|pushing|lifting|putting|womit|wodurch)\b[^,;.]*$", re.IGNORECASE)
# (the period opens that clause, a preposition at most before it)
_LATER_CLAUSE = re.compile(r"(?:\s[–—]\s|;\s*|,\s+)(?:[^\W\d_]+\s+)?$")
_COMPARISON = re.compile(r"\b(?:so viele wie|so viel wie|mehr als|weniger als|als noch|wie noch|than|as many as|compared with|"
                         r"compared to|verglichen mit|gegenüber)\b[^.;:\d]{0,40}$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:bis|by|until|till)\s+(?:(?:zum|zur|ende|mitte|anfang|spätestens|the end of|the start of|"
                       r"end of|early|mid-?|late)\s*)*$", re.IGNORECASE)
_BORN_BEFORE = re.compile(r"\b(?:born|geboren|jahrgang)\b(?:\s+(?:in|im|on|am|the|other|and|und|der|die|andere))*\s*$"
                          r"|\bborn\b[^.;]{0,20}\b(?:and|und)\s+(?:the\s+other|der\s+andere)\s+(?:in\s+)?$", re.IGNORECASE)
_BORN_AFTER = re.compile(r"\s+geboren\b", re.IGNORECASE)
_CLAUSE_BREAK_BETWEEN = re.compile(r"[,;:!?–—]|\.(?!\d)")
_OWN_DEADLINE = re.compile(r"\b(?:by|until|till|bis)\s+(?:(?:the|zum|zur|this|next)\s+)?(?:end|start|beginning|middle|ende|anfang|"
                           r"mitte|jahresende|spring|summer|autumn|fall|winter|frühjahr|sommer|herbst|january|february|march|"
                           r"april|may|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|"
                           r"oktober|dezember|\d)", re.IGNORECASE)
# a coordinated clause that looks ahead, between a figure and a deadline after it
_LOOKS_AHEAD = re.compile(r"\b(?:and|und|,)\s+(?:[\w-]+\s+){0,3}?(?:would|will|could|should|might|may|sollen|sollten|soll|"
                          r"könnten|könne|werden|würden|dürften)\b", re.IGNORECASE)
_DEADLINE_OPENS = re.compile(r"(?:bis|by|until|till)\b", re.IGNORECASE)   # the period's own words: "bis zum Frühjahr"


def _candidate_end(candidate) -> int:
    if isinstance(candidate, _Relative):
        return candidate.end
    return candidate[1]["char_end"] if isinstance(candidate, tuple) else candidate["char_end"]


# between a date and the number it is an attribute of: the participle the date governs ("im Herbst | entsandten | 11.000")
_ATTRIBUTE_TO_NUMBER = re.compile(r"\s+(?-i:[a-zäöüß]+(?:ten|ene|enen|te))\s+(?:(?:rund|etwa|knapp|gut|mehr als|über|bis zu)\s+)?",
                                  re.IGNORECASE)


def _date_reference(text: str, date: dict, draft: Draft, info: ArticleInfo, vocab: Vocabulary,
                    words: LanguageWords, clause_end: int) -> Reference | None:
    before = text[max(0, date["char_start"] - 16):date["char_start"]] + " "
    span_text = date["number_text"]
    shared = vocab.words
    lead = shared.reference_in_span.match(span_text)
    context = (before.strip() + " " + (lead.group(1) if lead else "")).strip()
    # a date inside a clause opened by "since"/"seit" tells when it began: "since the North Koreans first went into combat
    # in December" starts in December, open to now
    since_clause = _SINCE_CLAUSE.search(text, max(0, date["char_start"] - SINCE_REACH), date["char_start"]) is not None
    # ("seit dem vergangenen Sommer", "last autumn": the past word may be read as part of the date's own words)
    before_words = before.lower().split()
    looking_back = (bool(before_words) and before_words[-1] in words.past_words) or \
        any(w in words.past_words for w in span_text.lower().split()[:-1])
    try:
        start, end, precision = resolve_reference(
            date["date_edtf"], context, info, forward=shared.reference_forward, open_end=shared.reference_open_end,
            looking_ahead=draft.quantity in LOOKING_AHEAD or (
                draft.planned and draft.quantity in PLANNED_KEEPING_THEIR_KIND), looking_back=looking_back)
        end = None if since_clause else end
        second = _coordinated_month(text, date["char_end"], clause_end, shared.shared.months, words.seasons)
        if second is not None and precision in ("month", "season") and end is not None:   # "im Januar und Februar", "vom
            # Herbst 2024 bis März 2025"
            month, second_stop = second
            year = start.year + (month < start.month)
            own_year = _OWN_YEAR.match(text, second_stop, clause_end)   # "between August 2023 and March 2025"
            relative_year = _OWN_RELATIVE_YEAR.match(text, second_stop, clause_end) if own_year is None else None
            if relative_year is not None:           # "von Januar bis Juni dieses Jahres", "January to March last year"
                year = info.published_end.year - (relative_year.group(1) is not None)
                second_stop = relative_year.end()
                start = start.replace(year=year - (start.month > month))
            if own_year is not None:
                year, second_stop = int(own_year.group(1)), own_year.end()
                if date["date_edtf"][:4].upper() == "XXXX":   # "im Januar und Februar 2025": the first month's year too
                    start = start.replace(year=year - (start.month > month))
            end, span_text = month_end(year, month), text[date["char_start"]:second_stop]
        to_year = _SPAN_TO_YEAR.match(text, date["char_end"], clause_end) if _BETWEEN_BEFORE.search(
            text, max(0, date["char_start"] - 12), date["char_start"]) or _BETWEEN_OPENS.match(span_text) else None
        if to_year is not None and end is not None:   # "Between August 2023 and early 2025": to the end of that part
            part = _PART_OF_YEAR.get((to_year.group(1) or "").lower())
            first, last, _ = edtf_period(to_year.group(2), info.published_end.year)   # the year's first and last day
            end = year_part(first, part)[1] if part else last
            span_text = text[date["char_start"]:to_year.end()]
    except ValueError:  # an EDTF form this module does not read: no period rather than a wrong one
        return None
    opening = _FROM_MONTH.search(text, max(0, date["char_start"] - 20), date["char_start"]) \
        if precision == "month" and _UNTIL.match(span_text) else None
    first = shared.shared.months.get(opening.group(1).lower()) if opening else None
    if first is not None and end is not None:   # "von Januar bis September": the month after "von" opens the span
        relative_year = _OWN_RELATIVE_YEAR.match(text, date["char_end"], clause_end)
        if relative_year is not None:            # ("bis Juni dieses Jahres": the year the publication names)
            end = month_end(info.published_end.year - (relative_year.group(1) is not None), end.month)
        start = end.replace(year=end.year - (first > end.month), month=first, day=1)
        span_text = text[opening.start():relative_year.end() if relative_year else date["char_end"]]
    if end is not None and end < start:             # (a reading that ends before it starts: none rather than a wrong one)
        return None
    # the words of the span before its year belong to the lead ("in late 2024", "Ende 2024")
    part = _year_part(before + " " + " ".join(span_text.split()[:-1]) + " " if len(span_text.split()) > 1 else before, words)
    if part is not None and precision == "year":
        open_ended = end is None
        start, end, precision = year_part(start, part)
        end = None if open_ended else end
    return Reference(start, end, precision, span_text)


_SINCE_CLAUSE = re.compile(r"\b(?:since|seit|seitdem)\s+(?:the|die|der|das|dem|den|des|sie|they|its|their|\w+s\b|(?-i:[a-z]{3,}ing)\b|"
                          r"(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?:des|der|von)\b|"   # "Seit Beginn des Einsatzes im Herbst"
                          r"[\w-]+\s+(?:began|begun|started|erupted|broke out|begann|begannen|startete)\b)[^,;.:!?]*$",   # "since
                          # combat began in December"
                           re.IGNORECASE)
SINCE_REACH = 80


_SECOND = re.compile(r"\s*(?:und|oder|bis|and|or|to|through|[–-])\s*(?:(?:im|in|den|zum|the)\s+)?"
                     r"(?:(?:mid|early|late)-?\s*|(?:mitte|anfang|ende)\s+)?([^\W\d_]+|\d{4}\b)", re.IGNORECASE)   # "and mid-January"
# a span's second end in years after "between"/"zwischen" ("Between August 2023 and early 2025")
_SPAN_TO_YEAR = re.compile(r"\s*(?:and|und|bis|to|through|[–-])\s*(?:(early|late|mid|anfang|ende|mitte)-?\s*)?(\d{4})\b",
                           re.IGNORECASE)
_OWN_YEAR = re.compile(r"\s+(\d{4})\b")   # the second month's own year
# the second month's year named relative to the publication: this year, or (group 1) the year before
_OWN_RELATIVE_YEAR = re.compile(r"\s+(?:(?:des\s+)?(?:dieses|laufenden)\s+jahres|(?:of\s+)?this\s+year|"
                                r"((?:des\s+)?(?:vergangenen|letzten)\s+jahres|des\s+vorjahres|(?:of\s+)?last\s+year))\b",
                                re.IGNORECASE)
_PART_OF_YEAR = {"early": "early", "anfang": "early", "late": "late", "ende": "late"}   # (mid-year: to the year's end)
_BETWEEN_WORDS = r"(?:between|zwischen)"
_BETWEEN_BEFORE = re.compile(r"\b" + _BETWEEN_WORDS + r"\s+$", re.IGNORECASE)
_BETWEEN_OPENS = re.compile(_BETWEEN_WORDS + r"\b", re.IGNORECASE)   # the word read as part of the date's


def _coordinated_with(text: str, first: dict, second: dict) -> bool:
    m = _SECOND.match(text, first["char_end"], second["char_end"])
    if m is not None and m.end() < second["char_end"] - 1:
        year = _OWN_YEAR.match(text, m.end(), second["char_end"])   # "August 2023 und März 2025"
        return year is not None and year.end() >= second["char_end"] - 1
    return m is not None


def _coordinated_month(text: str, end: int, clause_end: int, months: dict[str, int],
                       seasons: dict[str, int]) -> tuple[int, int] | None:
    """The month coordinated with a month or a season ("Januar und Februar", "March to May", "between last autumn and
    the spring"): (month, end offset); a season ends with its last month."""
    m = _SECOND.match(text, end, clause_end)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in months:
        return months[word], m.end()
    season = SEASONS.get(seasons.get(word, 0))
    return (season[1][0], m.end()) if season is not None else None   # (its last month)



def _year_part(before: str, words: LanguageWords) -> str | None:
    low = before.lower()
    for part, markers in words.year_parts.items():
        if any(re.search(r"(?<!\w)" + re.escape(m) + r"(?:\s+(?:des|der|of))?\s*$", low.rstrip()) for m in markers):
            return part
    return None
