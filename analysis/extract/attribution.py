"""Who claims a figure: attribution cues linked to claimer phrases, with scope.

Cues come from ``data/attribution.yaml`` (per language, compiled in
:mod:`analysis.extract.cues`), claimers from :mod:`analysis.extract.claimers`
(``data/claimers.yaml`` and the names in ``data/sources.yaml``); which link is
nearest a figure is measured by :mod:`analysis.extract.nearest`.

For every sentence, each attribution cue (``data/attribution.yaml``) is linked to
a claimer phrase (:mod:`analysis.extract.claimers`):

* a ``before`` cue to the first claimer after it ("laut <X>", "according to <X>");
  a cue that itself names a country or body ("nach ukrainischen Angaben") is its own
  claimer; a possessive in it ("nach seinen Worten") points back;
* an ``after`` cue to the nearest claimer before it ("<X> zufolge");
* a verb to its subject: the adjacent claimer before it, or after it where the
  language puts the subject there (German verb-second: "sagte der Sprecher"; English
  only after a quote or comma: ", said Budanov").  An object is never the subject
  (German accusative and dative articles, English "told lawmakers"); an outlet as
  object relays the subject ("told Reuters");
* a ``relay`` cue ("citing", "unter Berufung auf", "briefed by") to the origin of the
  figure, which outranks every other claimer of the sentence.

A cue with no claimer phrase takes the words next to it (a name, or after a
preposition any short noun phrase): a claimer the vocabulary does not know, kept
as ``unresolved`` with its words.  A pronoun or a body named without a country
("er", "the agency", "der Geheimdienst") stands for the last claimer named before.

A figure takes the attribution of its own sentence (the link nearest to it, the
same clause first); else of the next sentence of its paragraph when that one only
attributes ("Das kündigte Schoigu an."); else of the previous sentence, or further
back in the paragraph (and the paragraph before, for its first sentence) when the
sentence says it continues one ("demnach", "according to him", reported speech).
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..text import Sentence
from ..vocabulary import Vocabulary
from .claimers import UNRESOLVED, Claimer, determiner_phrase, find_claimers, normalise, noun_phrase_near, pronoun_at
from .cues import Link, compiled, describe_source, is_known_source
from .drafts import Attribution
from .nearest import CLAUSE_BREAK, NearestLinks, link_distance, match_spans

__all__ = ["SCOPES", "Attributor", "compiled", "describe_source", "is_known_source"]

SCOPES = ("sentence", "next", "previous", "paragraph")
# ";", ":", a dash, or a comma before a contrast: read over the whole text, so written to open with one
# case-sensitive class (the regex engine then skips to those characters in one step)
_CLAUSE_BREAK = re.compile(r"[;:–—,](?:(?<=,)\s*(?i:während|wohingegen|aber|doch|dagegen|while|whereas|but|although|obwohl)\b"
                           r"|(?<!,))")
_COMMA = re.compile(r",")
ADJACENT = 4
TAIL = 80            # characters before a cue read for what ends there (an aside, a passive, "and")
SUBJECT_TOKENS = 4   # an unlinked claimer this close to its sentence's start is its subject
LOOKBACK = 40        # sentences an anaphor may point back over
MAX_DEPTH = 100      # nested reading of earlier sentences (a chain of anaphors), bounded for the stack


NEUTER = frozenset({"it", "its"})
# an English passive before a verb of saying ("were reported", "cannot be independently verified")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|was|were|are)\s+(?:[a-z]+ly\s+)?$")
# a gapped clause: a subject, a preposition and the figure ("..., Südkorea von mindestens 3.000")
_GAPPED = re.compile(r"\s*(?:und\s+|and\s+)?([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})\s+(?:von|of|auf|at)\s+"
                     r"(?:[^\W\d_]+\s+){0,2}")
# where a clause opens, for a verb's subject: a comma, colon or semicolon, or a complementiser
_CLAUSE_OPENER = re.compile(r"[,;:]\s*|\b(?:that|dass|and|und|but|aber|while|während)\s+", re.IGNORECASE)
# the end of an aside before a verb, an auxiliary aside ("The White House, by contrast, has spoken of")
_AFTER_ASIDE = re.compile(r",\s*(?:(?:has|have|had|is|was|were|are|will|would|hat|hatte|haben|hatten)\s+)?$")
# a headline or ticker line that opens with its source and a colon (up to eight words before it)
# (a transcript's speaker may carry a timestamp: "Sabrina Singh (15:23):")
_HEADLINE_COLON = re.compile(r"\s*(?:(?:[^\s:]|:(?=\S))+[^\S\n]+){0,7}[^\s:\d]+(?:[^\S\n]*\(\d{1,2}:\d{2}(?::\d{2})?\))?:(?=\s)")
_TIMESTAMP = re.compile(r"\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\))?\s*")
# a negation in the verb's own clause ("have not officially confirmed"); not one in a clause before it ("who asked
# not to be named told")
_NEGATED = re.compile(r"\bwhatever\s+(?:[\w'’-]+\s+){0,3}$|"   # "Whatever the Kremlin says": no one's figure
                      r"\b(?:not|n't|never|neither|nor|nicht|nie|niemals|weder)\s+"
                      r"(?:(?!to\b|be\b|been\b|who\b|which\b|that\b|named\b|identified\b|der\b|die\b|dass\b)[\w-]+\s+){0,3}$",
                      re.IGNORECASE)
# auxiliaries and adverbs between a subject and its verb ("South Korean intelligence has been reporting")
_AUXILIARIES = re.compile(r"\s+(?:(?:has|have|had|been|is|was|were|are|will|would|also|now|recently|previously|earlier|"
                          r"reportedly|repeatedly|already|hat|hatte|haben|hatten|ist|war|wird|auch|bereits|zuvor|nun|"
                          r"jetzt|inzwischen)\s+){1,3}", re.IGNORECASE)
_EPITHET = re.compile(r"(?:der|die|the)\s+(?:\d+-[Jj]ährigen?|\d+-year-old|[A-ZÄÖÜ][a-zäöüß]+(?:länder|aner|äner))")
_REPORT_NOUN = re.compile(r"reports|claims|berichte|behauptungen", re.IGNORECASE)
_THAT = re.compile(r",?\s+(?:that|of|wonach|dass)\b", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\b(?:familiar with|briefed on|aware of|close to|vertraut mit)\s+$", re.IGNORECASE)
_POSSESSIVE_OWN = re.compile(r"\b(its|their|his|her)\s+own\s+$", re.IGNORECASE)
_GENERIC_SUBJECT = re.compile(
    r"(?:^|[,;:–—\"“”]\s*)((?:(?:media|news|press|local|some|several|other|unconfirmed|lokale|[A-ZÄÖÜ][\w-]+)\s+){0,2}"
    r"(?:reports|experts|analysts|sources|observers|insiders|estimates|figures|data|statistics|medienberichte|berichte|"
    r"experten|analysten|beobachter|quellen|insider|schätzungen|zahlen|statistiken))\s+"
    r"(?:have\s+|had\s+|has\s+|haben\s+|hatten\s+)?$")
_GENERIC_AFTER = re.compile(
    r"\s+((?:(?:media|news|press|local|some|several|other|western|unconfirmed|westliche|russische|lokale)\s+)?"
    r"(?:reports|experts|analysts|sources|observers|insiders|medienberichte|berichte|experten|analysten|beobachter|"
    r"quellen|insider))\b", re.IGNORECASE)
_THE_COUNTRYS = re.compile(r"\b(?:the (?:country|nation)['’]s|des landes|seines landes|ihres landes)\b", re.IGNORECASE)
_OF_THE_COUNTRY = re.compile(r"\s+(?:des landes|of the country|seines landes|ihres landes)\b", re.IGNORECASE)
_MEETING = re.compile(r"treffen|gespräch|sitzung|unterredung|anhörung|session|meeting|hearing", re.IGNORECASE)
# an impersonal clause opened by a place: "In Südkorea wird ... geschätzt", "In Kiew heißt es", "In Seoul geht man
# von ... aus", "In Seoul, it is estimated": the place's government speaks
_PLACE_OPENING = re.compile(r"\s*(?:in|im)\s+", re.IGNORECASE)
_IMPERSONAL = re.compile(r"\b(?:wird|werden|wurde|wurden|heißt es|hieß es|man|it is|it was|it has been)\b",
                         re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"\s+(?:(?:inzwischen|mittlerweile|nun|jetzt|weiterhin|derzeit|aktuell|auch|offenbar|"
                           r"demnach|bislang|bisher|mehr|schon|bereits|noch|sogar|ebenfalls)\s+){0,3}", re.IGNORECASE)
# a generic claimer that names a document, not a body ("the report", "die Einschätzung"): nothing without an antecedent
_DOCUMENT_HEAD = re.compile(r"(?:report|estimate|update|figures|assessment|einschätzung|initiative)$", re.IGNORECASE)
# a clause break between a cue and a claimer (a relative clause goes on: "so die Prognose, die der Dienst vorlegte")
_COMMA_OR_STOP = re.compile(r"[;:.!?]|,(?!\s*(?:die|der|das|den|dem|which|that|who|whom)\b)")
_RELAY_GAP = re.compile(r"[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,3}")     # up to three words between a relay and its object
_FINITE_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|may|might|lost|sent|suffered)\b")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|der|die|das|welcher|welche|(?-i:[a-z]+ing))\b[^,;:.]{1,80},\s*$")
_PREPOSITIONAL_TAIL = re.compile(r"(?:\s+(?:at|of|to|for|in|bei|in|für)\s+(?:the\s+|der\s+|den\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2})?\s*")
_DOCUMENT_OBJECT = re.compile(r"(?:briefing|report|assessment|figures?|information|data|findings|tally|estimate|"
                              r"unterrichtung|bericht|angaben|zahlen|einschätzung)\w*$", re.IGNORECASE)
# a transcript's speaker label at a line's start: a name in capitals (a title before it, a role after a comma)
_SPEAKER_LABEL = re.compile(r"^[^\S\n]*((?:(?:MR|MS|MRS|DR|GEN|COL|ADM|SEN|REP)\.[^\S\n]+)?[A-ZÄÖÜ][A-ZÄÖÜ’'-]*"
                            r"(?:[^\S\n]+[A-ZÄÖÜ][A-ZÄÖÜ’'.-]+){0,3})(?:,[^\n:]{1,80})?"
                            r"(?:[^\S\n]*\(\d{1,2}:\d{2}(?::\d{2})?\))?:[^\S\n]", re.MULTILINE)
# the questions and a Q&A piece's own answers ("Q: How many? A: ...") are no one's claim
_QUESTIONERS = frozenset({"Q", "A", "F", "FRAGE", "ANTWORT", "INTERVIEWER", "INTERVIEWERIN", "REPORTER", "MODERATOR",
                          "MODERATORIN", "HOST", "ANCHOR", "QUESTION", "ANSWER"})
SPEAKER_TURN = 2000   # characters a speaker's turn may run before a label is no longer read as its speaker
# a report noun right before "zufolge" ("Berichten zufolge", "südkoreanischen Angaben zufolge")
_GENERIC_BEFORE_AFTER_CUE = re.compile(r"((?:(?-i:[a-zäöüß])[\w-]*(?:en|er|em|es)\s+)?(?:[A-ZÄÖÜ][\w-]*)?(?:berichten|angaben|schätzungen|"
                                       r"informationen|meldungen|quellen|insidern|beobachtern|experten|analysten|"
                                       r"erkenntnissen|darstellungen))\s+$", re.IGNORECASE)
_MEDIA_REPORTS = re.compile(r"medien|berichten|meldungen|quellen|insidern", re.IGNORECASE)
_WE = re.compile(r"(?:^|[\s“\"„‘'])(?:we|wir|i|ich)\s+$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:unser(?:e|er|en|em|es)?|mein(?:e|er|en|em)?|our|my)\b", re.IGNORECASE)
# "Laut einer Analyse", "according to a report": a placeholder, when the next sentence names who wrote it
_PLACEHOLDER = re.compile(r"(?:einer?|einem|a|an)\s+(?:[\w-]+\s+)?(?:analyse|studie|bericht|untersuchung|auswertung|"
                          r"report|analysis|study|assessment|paper)\b", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_PREFIX = re.compile(r"\b([A-Z]{2,6})-\w")
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "the", "ein", "eine", "einer", "a", "an"})
_DEFINITE = frozenset({"der", "die", "das", "the"})
_DEFINITE_ANY_CASE = frozenset({"der", "die", "das", "des", "dem", "den", "the"})
# A wire dateline opening a paragraph: "SEOUL, South Korea (AP) —", "Kiew (dpa) -", "Berlin/Seoul –".
# Its places say where the story was filed, never who claims; the agency in parentheses is an outlet.
_DATELINE = re.compile(r"\s*[A-ZÄÖÜ][\w.'-]*(?:[ /][A-ZÄÖÜ][\w.'-]*){0,2}(?:,[^\S\n]*[A-ZÄÖÜ][\w.'-]*(?: [A-ZÄÖÜ][\w.'-]*)?)?"
                       r"(?:,[^\S\n]*[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2})?"
                       r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+[–—-]{1,2}[^\S\n]")


class Attributor:
    """Attribution for the figures of one text; every sentence is read once."""

    def __init__(self, text: str, sentences: list[Sentence], *, language: str, vocab: Vocabulary,
                 figures: list[tuple[int, int]] = ()) -> None:
        c = compiled(vocab)
        self.raw = text
        self.text = normalise(text)
        self.sentences = sentences
        self._starts = [x.start for x in sentences]
        self.language = language
        self.known, self.known_groups = vocab.source_pattern, vocab.alias_groups
        self._any_noun = vocab.any_noun
        self._figure_starts = [start for start, _ in figures]   # the text's figures, in order
        self._figure_ends = [end for _, end in figures]
        self.media, self.persons = c.media, c.persons
        self.lex, self.cues = c.lexicon, c.cues[language]
        self.lang = self.cues
        self._links: dict[int, list[Link]] = {}
        self._pointable: dict[int, list[Claimer]] = {}  # per sentence: claimers a later anaphor may mean
        self._depth = 0                          # earlier sentences being read to resolve an anaphor
        self._last_subject: Claimer | None = None
        self._carrying: dict[int, bool] = {}
        self._pool_cache: dict[int, tuple] = {}
        self._sentence_claimers: dict[int, list[Claimer]] = {}   # per sentence with cues, found once
        self._relayed_by: dict[tuple[int, int], str] = {}        # claimer span -> the outlet that relayed it
        self._origin_for: dict[tuple[int, int], Claimer] = {}    # a relayer's span -> the origin it cited
        # clause breaks and commas of the whole text, found once: distances are measured by bisection
        self._breaks = match_spans(_CLAUSE_BREAK, self.text)
        self._commas = match_spans(_COMMA, self.text)
        # a transcript's speaker labels ("MS. SINGH:", "HELEN MARSH, senior fellow at ...:"), found once
        self._speakers = list(_SPEAKER_LABEL.finditer(self.text))
        self._speaker_starts = [m.start() for m in self._speakers]

    # -- per sentence --------------------------------------------------------------------------

    def _cue_spans(self, s: int, e: int) -> list[tuple[int, int, str]]:
        spans = [(m.start(), m.end(), "relay") for m in self.cues.relay.finditer(self.text, s, e)]
        taken = [(a, b) for a, b, _ in spans]

        def free(m):
            start, end = (m.start(), m.end()) if isinstance(m, re.Match) else m
            return not any(a < end and start < b for a, b in taken)

        spans += [(m.start(), m.end(), "before") for m in self.cues.before.finditer(self.text, s, e) if free(m)]
        taken = [(a, b) for a, b, _ in spans]      # "heißt es in einem Bericht des": not also "heißt es"
        for side, pattern in (("after", self.cues.after), ("either", self.cues.either)):
            for m in pattern.finditer(self.text, s, e):
                # a verb with a particle ("kündigte ... an", "geht ... davon aus"): the verb is the cue
                verb = re.match(r"[\w']+(?:\s+(?:es|damit|davon|mit))?", m.group(0))
                cue = (m.start(), m.start() + (verb.end() if verb else len(m.group(0))))
                if free(cue):
                    spans.append((*cue, side))
        colon = _HEADLINE_COLON.match(self.text, s, e)
        if colon and free(colon):                  # "Geheimdienst in Seoul: Nordkorea schickt 3.000 Soldaten"
            spans.append((colon.end() - 1, colon.end(), "after"))
        spans.sort()
        # "Neither Moscow nor Pyongyang have confirmed", "Seoul hat die Zahl nicht bestätigt": a denial attributes nothing
        spans = [(a, b, "denied") if side == "either" and _NEGATED.search(self.text, max(s, a - 40), a) else (a, b, side)
                 for a, b, side in spans]
        # "reports said", "Berichte besagen": a cue word right before another verb is its subject, not a verb
        return [span for i, span in enumerate(spans)
                if not (i + 1 < len(spans) and span[2] == "either" and spans[i + 1][2] == "either"
                        and not self.text[span[1]:spans[i + 1][0]].strip())]

    def links(self, sentence) -> list[Link]:
        """The cue-claimer links of one sentence (anaphors resolved against earlier sentences)."""
        if sentence.index in self._links:
            return self._links[sentence.index]
        s, e = sentence.start, sentence.end
        cues = self._cue_spans(s, e)
        self._links[sentence.index] = links = []
        if not cues:                                # nothing attributes here; its subjects are read on demand
            return links
        claimers = self._claimers(sentence, cues)
        self._sentence_claimers[sentence.index] = claimers
        bounds = ([c.start for c in claimers], [c.end for c in claimers])   # claimers are disjoint, in text order
        last_subject = None
        seen: set[Claimer] = set()
        dateline = _DATELINE.match(self.text, s, e)
        body = dateline.end() if dateline else s     # the sentence after its dateline
        for c0, c1, side in cues:
            # this sentence's state, set again for each cue: resolving an anaphor may read an earlier sentence
            self._claimer_starts, self._claimer_ends = bounds
            self._last_subject = last_subject
            found = self._link(c0, c1, side, claimers, body, e)
            last_subject = self._last_subject
            for claimer, origin in found:
                earlier_here = [c for c in claimers if c.end <= claimer.start and c.source not in (None, UNRESOLVED)
                                and not c.metonym] if claimer.is_anaphor else ()
                resolved = self._resolve(claimer, sentence, earlier_here)
                if resolved is not None and resolved not in seen:
                    seen.add(resolved)
                    links.append(Link((c0, c1), resolved, origin, (claimer.start, claimer.end)))
        linked = self._outlets(links, claimers, cues, body if dateline else None)
        resolved = [c for c in claimers if c.source not in (None, UNRESOLVED)]
        # who denied stays pointable: "mochte das Verteidigungsministerium weder bestätigen noch dementieren.
        # Nach eigener Zählung des Ministeriums ..."
        subjects = self._subjects(claimers, s, linked)
        deniers = []
        for c0, _, side in cues:
            named = [c for c in resolved if c.end <= c0 and not c.metonym] if side == "denied" else []
            if named and named[-1] not in subjects:
                deniers.append(named[-1])
        self._pointable[sentence.index] = subjects + deniers + [
            link.claimer for link in links if link.claimer.source is not None and (
                link.claimer.source != UNRESOLVED or (self._has_words(link.claimer) and not any(
                    c.start < link.claimer.end and link.claimer.start < c.end for c in resolved)))]
        return links

    def _outlets(self, links: list[Link], claimers: list[Claimer], cues: list[tuple[int, int, str]],
                 dateline_end: int | None) -> set[tuple[int, int]]:
        """Add the outlets that relay a sentence's links, remember who relayed or cited whom, and return the
        spans of the sentence's linked claimers."""
        linked = {(link.claimer.start, link.claimer.end) for link in links}
        if links and dateline_end is not None:      # "KYIV (Reuters) - ...": the dateline's agency relays
            links += [Link((c.start, c.end), c) for c in claimers if c.end <= dateline_end and c.source in self.media
                      and (c.start, c.end) not in linked][:1]
        if links:                                   # "sprachen gegenüber CNN von ...": the outlet relays
            cue_starts, cue_ends, near = [c0 for c0, _, _ in cues], [c1 for _, c1, _ in cues], self.cues.window // 4
            for c in claimers:
                if c.source in self.media and (c.start, c.end) not in linked and (
                        bisect.bisect_right(cue_ends, c.start + near) > bisect.bisect_left(cue_ends, c.start - near)
                        or bisect.bisect_right(cue_starts, c.end + near) > bisect.bisect_left(cue_starts, c.end - near)):
                    links.append(Link((c.start, c.end), c))
        origins = [link.claimer for link in links if link.origin]
        relays = [link.claimer.source for link in links if link.claimer.source in self.media]
        for link in links:
            span = (link.claimer.start, link.claimer.end)
            if origins and not link.origin and link.claimer.source not in self.media:
                self._origin_for.setdefault(span, origins[0])   # "a lawmaker said, citing the NIS ... he added"
            if relays and link.claimer.source not in self.media and link.claimer.source != relays[0]:
                self._relayed_by.setdefault(span, relays[0])    # "the official said" later: the same outlet relays
        return {(link.claimer.start, link.claimer.end) for link in links}

    def _claimers(self, sentence: Sentence, cues: list[tuple[int, int, str]]) -> list[Claimer]:
        claimers = find_claimers(self.text, sentence.start, sentence.end, known=self.known,
                                 known_groups=self.known_groups, lex=self.lex, language=self.language,
                                 cues=[(c0, c1) for c0, c1, _ in cues])
        dateline = _DATELINE.match(self.text, sentence.start, sentence.end)
        if dateline is None:
            return claimers
        return [c for c in claimers if c.start >= dateline.end() or c.source in self.media]

    def _subjects(self, claimers: list[Claimer], s: int, linked: set[tuple[int, int]]) -> list[Claimer]:
        """Unlinked claimers in subject position ("Zelensky posted ... He said"): a later pronoun may mean them."""
        return [c for c in claimers if (c.start, c.end) not in linked and not c.metonym
                and c.source not in (None, UNRESOLVED) and c.source not in self.media and self._is_subject(c, s)]

    def _pointable_in(self, index: int) -> list[Claimer]:
        """The claimers of an earlier sentence a later anaphor may mean, last named first."""
        sentence = self.sentences[index]
        if index not in self._links:
            self._depth += 1                       # a chain of anaphors reads back at most MAX_DEPTH sentences
            try:
                if self._depth <= MAX_DEPTH:
                    self.links(sentence)
            finally:
                self._depth -= 1
        if index not in self._pointable:           # a sentence without cues: its subjects only
            self._pointable[index] = self._subjects(self._claimers(sentence, []), sentence.start, set())
        return self._pointable[index][::-1]

    def _speaker(self, sentence: Sentence) -> Claimer | None:
        """A person or body placed in subject position of a sentence with no cue: reported speech right after it
        is theirs."""
        for c in self._pointable_in(sentence.index)[::-1]:
            if not c.metonym and (c.person or c.known or c.body is not None):
                return c
        return None

    def _is_subject(self, claimer: Claimer, s: int) -> bool:
        return len(self.text[s:min(claimer.start, s + TAIL)].split()) < SUBJECT_TOKENS

    def _link(self, c0: int, c1: int, side: str, claimers: list[Claimer], s: int, e: int) -> list[tuple[Claimer, bool]]:
        window = self.cues.window
        starts, ends = self._claimer_starts, self._claimer_ends
        after = claimers[bisect.bisect_left(starts, c1):bisect.bisect_right(starts, c1 + window)]
        before = claimers[bisect.bisect_left(ends, c0 - window):bisect.bisect_right(ends, c0)]
        if side == "denied":
            return []                              # a denial attributes nothing (its subject stays pointable)
        if side == "either" and _REPORT_NOUN.fullmatch(self.text, c0, c1) and _THAT.match(self.text, c1):
            # "dismissed reports that 1,000 had died", "Russian claims that dozens had been taken": the reports claim
            country = self.lex.country_in(self.text, max(s, c0 - 12), c0)
            start = c0 - 12 + (self.text[c0 - 12:c0].find(" ") + 1) if country else c0
            return [(self._composed(max(s, start), c1, country) if country else Claimer(c0, c1, UNRESOLVED), False)]
        if side in ("before", "relay"):
            return self._link_forward(c0, c1, side, s, e, before, after)
        if side == "after" and self.text[c0:c1] == ":":
            # only the whole line before the colon names the source: "Seoul:", not "Putins Allianz:"
            line = [(c, False) for c in before[-1:] if _TIMESTAMP.fullmatch(self.text, c.end, c0)
                    and all(w.isupper() or w.lower() == "uhr" for w in re.findall(r"[^\W\d_]+", self.text[s:c.start]))]
            if line or not self.cues.carry.search(self.text, c1, e):
                return line
            # "Das Pentagon war konkreter: Rund 10.000 Soldaten habe Pjöngjang geschickt": reported speech after
            # the colon is the words of the subject of the clause before it
            return [(c, False) for c in before if self._is_subject(c, s) and not self._is_object(c)][:1]
        if side == "after":
            generic = _GENERIC_BEFORE_AFTER_CUE.search(self.text, max(s, c0 - TAIL), c0) \
                if self.text[c0:c1].lower() == "zufolge" else None
            if generic and re.search(r"\b(?:den|diesen|jenen|seinen|ihren|deren|dessen|eigenen)\s+$",
                                     self.text[max(s, generic.start(1) - 10):generic.start(1)], re.IGNORECASE):
                generic = None                     # "Den Angaben zufolge": the statements named before carry on
            if generic and not (before and before[-1].end >= generic.start(1)):
                # "Nordkorea hat Berichten zufolge 10.000 Soldaten geschickt": the reports, never the actor before them
                g0, g1 = generic.span(1)
                country = self.lex.country_in(self.text, g0, g1)
                media = _MEDIA_REPORTS.search(self.text, g0, g1)
                return [(self._composed(g0, g1, country) if country and not media else Claimer(g0, g1, UNRESOLVED), False)]
            impersonal = self._impersonal_place(s, c0, c1, before, after)
            return [(c, False) for c in (([impersonal] if impersonal else []) or self._inverted_inside(c0, c1, claimers)
                                         or before[-1:] or self._pronoun_before(c0, s)
                                         or self._unknown(c0, s, forward=False, names_only=True))]
        impersonal = self._impersonal_place(s, c0, c1, before, after)
        if impersonal is not None:
            return [(impersonal, False)]
        if _PASSIVE.search(self.text, max(s, c0 - TAIL), c0) and not self.text[c0:c1].endswith("ing"):
            # "cannot be independently verified": no subject says it ("has been reporting" is no passive)
            return []
        return [(c, False) for c in self._subject(c0, c1, s, e, before, after)]

    def _inverted_inside(self, c0: int, c1: int, claimers: list[Claimer]) -> list[Claimer]:
        """"Inzwischen geht die Regierung von 11.000 aus", "Mittlerweile rechnet das Pentagon mit": a cue that spans
        its verb and particle holds its subject right after the verb (adverbs between, never after a preposition)."""
        verb = re.match(r"\w+", self.text[c0:c1])
        if verb is None or verb.group(0).lower() in ("zufolge", "nach"):
            return []                              # "NIS zufolge bislang an Russland": no verb, no inversion
        verb_end = c0 + verb.end()
        return [c for c in claimers if verb_end < c.start and not self._is_object(c)
                and _ADVERBS_ONLY.fullmatch(self.text, verb_end, c.start)][:1]

    def _impersonal_place(self, s: int, c0: int, c1: int, before: list[Claimer], after: list[Claimer]) -> Claimer | None:
        """"In Südkorea wird die Zahl auf 15.000 geschätzt", "In Kiew heißt es": an impersonal clause opened by a
        country or capital is that country's word (a place where someone named spoke is not: the named one claims)."""
        opening = _PLACE_OPENING.match(self.text, s, c0)
        place = self.lex.name_pattern.match(self.text, opening.end(), c0) if opening else None
        if place is None or not (_IMPERSONAL.search(self.text, place.end(), c1)
                                 or _IMPERSONAL.match(self.text, c1 + 1, c1 + 12)):
            return None
        if any(c.start >= place.end() for c in before) or any(c.start - c1 <= ADJACENT for c in after):
            return None                            # "In Seoul wird die Zahl vom Geheimdienst ... geschätzt"
        return Claimer(place.start(), place.end(), self.lex.compose(place.lastgroup[2:], None), None,
                       place.lastgroup[2:], metonym=True)

    def _link_forward(self, c0: int, c1: int, side: str, s: int, e: int, before: list[Claimer],
                      after: list[Claimer]) -> list[tuple[Claimer, bool]]:
        """A cue before its claimer ("laut X", "according to X") or a relay ("citing X", "unter Berufung auf X")."""
        if _FIRST_PERSON.search(self.text, c0, c1):
            return []                          # "Nach unserer Schätzung ...", sagt X: the speaker, linked by "sagt"
        inner = self._inside_cue(c0, c1)
        adjacent = [c for c in after if c.start - c1 <= ADJACENT]
        pronoun = pronoun_at(self.text, c1 + 1, e, self.lex, ("object", "subject"))
        # "nach seinen Worten", "by his count": the cue's own pronoun first
        # a relay's object follows it ("relaying the briefing, said ... along the Russia-Ukraine border": no one)
        # and a cue's claimer stands in its clause ("according to the first report of the X Team, an 11-nation body set
        # up after Moscow vetoed ...": not Moscow)
        near = [c for c in after if _RELAY_GAP.fullmatch(self.text, c1, c.start)] if side == "relay" else \
            [c for c in after if not _COMMA_OR_STOP.search(self.text, c1, c.start)]
        picked = ([c for c in inner if c.pronoun] or adjacent[:1] or ([pronoun] if pronoun else []) or inner or near[:1]
                  or self._unknown(c1, e, forward=True, names_only=False))
        if side == "relay" and picked and picked[0].source == UNRESOLVED and \
                _DOCUMENT_OBJECT.search(self.text, picked[0].start, picked[0].end):
            return []                          # "relaying the briefing": what is relayed, not from whom
        # a briefing names the origin; so does "citing" after someone who is not an outlet ("a lawmaker
        # said, citing the NIS"), while an outlet's "citing" names its own sources
        relayer = before[-1] if before else None
        if side == "relay" and _MEETING.search(self.text, c0, c1) and (relayer is None or relayer.body != "lawmakers"):
            return []                          # only lawmakers relay whom they met ("nach einem Treffen mit Kim")
        # "Citing the spy agency, two lawmakers said": a relay opening the sentence names the origin of what
        # its subject says
        origin = side == "relay" and (bool(self.cues.origin.search(self.text, c0, c1)) or (
            relayer is not None and relayer.source not in self.media and relayer.source != UNRESOLVED)
            or not self.text[s:c0].strip(" \"'“„‘«"))
        cited = self._cited_after_outlet(picked, after) if side == "relay" and self.language == "de" else None
        if cited is not None:                  # "zitiert die Zeitung „Dong-A Ilbo“ einen Beamten des ...": the outlet
            return [(cited, True)] + ([(picked[0], False)] if picked[0].source in self.media else [])   # relays
        found = [(c, origin) for c in picked[:1]]
        if side == "relay":                   # "X zitiert Y", "CNN, citing Y": the outlet before relays
            relays = [c for c in before if c0 - c.end <= ADJACENT + 2 and c.source in self.media]
            found += [(c, False) for c in relays[-1:]]
        return found

    def _cited_after_outlet(self, picked: list[Claimer], after: list[Claimer]) -> Claimer | None:
        """German inversion after "zitiert": the subject (an outlet) first, then whom it cites in the accusative."""
        if not picked or not (picked[0].source in self.media or picked[0].body == "media"):
            return None
        cited = [c for c in after if c.start > picked[0].end and self._is_object(c)
                 and not _COMMA_OR_STOP.search(self.text, picked[0].end, c.start)]
        return cited[0] if cited else None

    def _subject(self, c0: int, c1: int, s: int, e: int, before: list[Claimer], after: list[Claimer]) -> list[Claimer]:
        # "two US officials familiar with the intelligence said": an unplaced complement is not the subject ("people
        # familiar with South Korean intelligence" relay it: LABELS.md)
        before = [c for c in before if c.source not in (None, UNRESOLVED)
                  or not _COMPLEMENT.search(self.text, max(s, c.start - 20), c.start)]
        adjacent_after = [c for c in after if c.start - c1 <= ADJACENT and not self.text[c1:c.start].strip()]
        # "mit dem Sender CNN nannte Budanow": a phrase opened by an object article is never the subject
        adjacent_before = self._adjacent_subject(c0, s, before)
        if not adjacent_before and self._last_subject is not None and re.search(
                r"\b(?:and|und|but|aber|sowie)\s+(?:\w+\s+)?$", self.text[max(s, c0 - TAIL):c0], re.IGNORECASE):
            return [self._last_subject]            # "X believes ... and estimates ...": the same subject
        object_verb = self.lang.object_verbs is not None and self.lang.object_verbs.fullmatch(self.text[c0:c1])
        after_break = re.search(r"[,\"':]\s*$", self.text[max(s, c0 - TAIL):c0]) is not None or c0 == s
        # the subject follows the verb after a clause break (", sagte X", ", said X"); in German also
        # when no subject stands right before it ("Das kündigte Schoigu an")
        inverted = after_break or (self.lang.subject_after == "anywhere" and not adjacent_before)
        # an inverted subject ends its clause (", said Ukraine's intelligence"); one followed by a verb is the subject
        # of what was said (", said Pyongyang had lost")
        subject_after = [c for c in adjacent_after if inverted and not object_verb and not self._is_object(c)
                         and not (self.language == "en" and _FINITE_AFTER.match(self.text, c.end))]
        if subject_after and subject_after[0].source in self.media and adjacent_before:
            subject_after = []                     # "X sagte der Nachrichtenagentur Reuters": X, via Reuters
        pronoun_after = pronoun_at(self.text, c1 + 1, e, self.lex) if inverted and not object_verb else None
        own = _POSSESSIVE_OWN.search(self.text, max(s, c0 - 20), c0)
        if own and not adjacent_before:            # "Its own estimate stands at ...": whoever "its" means
            adjacent_before = [Claimer(own.start(1), own.end(1), None, pronoun=True)]
        lo = max(s, c0 - TAIL)                     # ", reports said", "Estimates suggest": no one placed
        generic = _GENERIC_SUBJECT.search(self.text[lo:c0])   # (a slice: "^" is the clause's start)
        if generic and not adjacent_before:        # "South Korean estimates put ... at": composed from the country named
            g0, g1 = lo + generic.start(1), lo + generic.end(1)
            country = self.lex.country_in(self.text, g0, g1)
            adjacent_before = [self._composed(g0, g1, country) if country else Claimer(g0, g1, UNRESOLVED)]
        generic = _GENERIC_AFTER.match(self.text, c1, e) if inverted and not object_verb else None
        if generic and not subject_after:         # ", meinen Beobachter", ", say analysts"
            subject_after = [Claimer(generic.start(1), generic.end(1), UNRESOLVED)]
        picked = (subject_after[:1] or adjacent_before[-1:] or ([pronoun_after] if pronoun_after else [])
                  or self._pronoun_before(c0, s) or self._subject_across_aside(s, c0, before)
                  or self._unknown(c0, s, forward=False, names_only=True, claimers=before)
                  or (self._unknown(c1, e, forward=True, names_only=True) if inverted and not object_verb else [])
                  or self._subject_before_aside(s, c0)
                  or self._described_subject(c0, c1, s, e, inverted and not object_verb, before) or before[-1:]
                  or ([c for c in after if not self._is_object(c)][:1] if inverted and not object_verb else []))
        if _WE.search(self.text, max(s, c0 - 12), c0):
            return []                              # "“We assess that 600 have died,” said Park": the speaker's
        told = [c for c in before if c0 - c.end <= ADJACENT and (c.source in self.media or self._is_object(c))]
        if told and not subject_after:
            # "Westliche Beamte haben der BBC mitgeteilt", "X hat dem Sender CNN bestätigt": the subject before
            # the outlet claims, the outlet relays
            clause = max((m.end() for m in _CLAUSE_OPENER.finditer(self.text, s, told[-1].start)), default=s)
            subject = [c for c in before if clause <= c.start and c.end <= told[-1].start and c.source not in self.media
                       and not self._is_object(c) and not self._after_preposition(c, s)]
            if subject:
                picked = [subject[0]] + [c for c in told[-1:] if c.source in self.media]
        # "US officials told Reuters", "teilte der Nachrichtenagentur AFP mit": the outlet relays
        outlets = [c for c in adjacent_after if c.source in self.media and c not in picked]
        if picked and outlets and picked[0].source not in self.media:
            picked = [picked[0], outlets[0]]
        if picked:
            self._last_subject = picked[0]
        return picked

    def _adjacent_subject(self, c0: int, s: int, before: list[Claimer]) -> list[Claimer]:
        """The claimers right before a verb that may be its subject (never an object, a place or a cue's own)."""
        adjacent = [c for c in before if (c0 - c.end <= ADJACENT or _AUXILIARIES.fullmatch(self.text, c.end, c0))
                    and not self._is_object(c) and not self._after_preposition(c, s) and not self._after_cue(c, s)]
        aside = _RELATIVE_ASIDE.search(self.text, max(s, c0 - TAIL), c0)
        if aside is not None:                      # "Sergei Shoigu, who heads Russia's Security Council, told": the
            head = [c for c in before if c.end <= aside.start()     # name before the aside, not the body inside it
                    and _PREPOSITIONAL_TAIL.fullmatch(self.text, c.end, aside.start())]
            if head:
                return head[-1:]
        return adjacent

    def _described_subject(self, c0: int, c1: int, s: int, e: int, inverted: bool,
                           before: list[Claimer] = ()) -> list[Claimer]:
        """"Der Koordinierungsstab sagte", ", teilte der Koordinierungsstab mit": a subject the
        vocabulary cannot place still names the claimer, with its words."""
        clause = max((m.end() for m in _CLAUSE_OPENER.finditer(self.text, s, c0)), default=s)
        span = determiner_phrase(self.text, clause, c0, self.lex, self.language, whole=True)
        words = self.text[span[0]:span[1]].split() if span is not None else []
        head = words[1] if len(words) > 1 and words[0].lower() in _ARTICLES else (words[0] if words else "")
        if span is not None and self._counted(head):
            span = None                            # "Die Verluste schätzen die Dienste": the object first, the subject after
            inverted = True
        if span is None and inverted:
            after = c1 + len(self.text[c1:e]) - len(self.text[c1:e].lstrip())
            span = determiner_phrase(self.text, after, e, self.lex, self.language, whole=False)
        if span is None:
            return []
        placed = [c for c in before if c.start == span[0] and c.source not in (None, UNRESOLVED)]
        if placed:                                 # "Ukraine's Coordination Headquarters for the Treatment of POWs said"
            c = placed[0]
            return [Claimer(span[0], span[1], c.source, c.body, c.country, known=c.known, person=c.person)]
        country = self.lex.country_in(self.text, *span)  # "the alliance", "die Kiewer Stelle": still composed
        body = self.lex.body_in(self.text, *span)
        if country is None and words and words[0].lower() in _DEFINITE and len(words) == 2:
            return [Claimer(span[0], span[1], None, body)]   # "die Dienste": the body named before
        return [self._composed(*span, country) if country else Claimer(span[0], span[1], UNRESOLVED, body)]

    def _after_preposition(self, claimer: Claimer, s: int) -> bool:
        """"Zu dieser Einschätzung kommt X": a phrase after a preposition is never the subject."""
        opening = re.fullmatch(r"\s*([^\W\d_]+)\s+", self.text[s:claimer.start])   # the clause opens with it
        return bool(opening) and opening.group(1).lower() in self.lex.place_prepositions

    def _after_cue(self, claimer: Claimer, s: int) -> bool:
        """"Laut Reuters sagte Schoigu": a claimer that a cue before it governs is not the subject of the next verb."""
        return any(claimer.start - m.end() <= 1 for m in self.cues.before.finditer(self.text, max(s, claimer.start - 40),
                                                                                    claimer.start))

    def _is_object(self, claimer: Claimer) -> bool:
        first = re.match(r"[\w']+", self.text[claimer.start:claimer.end])
        return bool(first) and first.group(0).lower() in self.lang.object_determiners

    def _inside_cue(self, c0: int, c1: int) -> list[Claimer]:
        """"nach ukrainischen Angaben", "nach US-Angaben", "nach seinen Worten": the cue names the claimer."""
        for m in re.finditer(r"[\w']+", self.text[c0:c1]):
            p = pronoun_at(self.text, c0 + m.start(), c1, self.lex, ("possessive", "object"))
            if p is not None:
                return [p]
        known = self.known.search(self.text, c0, c1)   # "nach NIS-Angaben"
        if known is not None and known.lastgroup in self.known_groups:
            return [Claimer(known.start(), known.end(), self.known_groups[known.lastgroup])]
        country = self.lex.country_in(self.text, c0, c1)
        if country is not None:
            return [self._composed(c0, c1, country)]
        acronym = _ACRONYM_PREFIX.search(self.text, c0, c1)   # "nach OSC-Berechnung": the OSC named before
        if acronym is not None:
            span = acronym.span(1)
            return [self._named_before(span) or Claimer(*span, UNRESOLVED)]
        return []

    def _composed(self, start: int, end: int, country: str) -> Claimer:
        """A claimer phrase with a country: its source composed from the country and the body it names."""
        body = self.lex.body_in(self.text, start, end)
        return Claimer(start, end, self.lex.compose(country, body) or UNRESOLVED, body, country)

    def _pronoun_before(self, c0: int, s: int) -> list[Claimer]:
        tail = max(s, c0 - TAIL)
        words = list(re.finditer(r"[\w']+", self.text[tail:c0]))[-2:]
        for m in reversed(words):                  # "he said", "It also said", "sie geht davon aus"
            p = pronoun_at(self.text, tail + m.start(), c0, self.lex)
            if p is not None:
                return [p]
        return []

    def _subject_across_aside(self, s: int, c0: int, before: list[Claimer]) -> list[Claimer]:
        """"South Korea's spy agency, which briefed lawmakers on Wednesday, said ...": the subject that
        opens the sentence, across an aside closed by a comma before the verb."""
        if not _AFTER_ASIDE.search(self.text, max(s, c0 - TAIL), c0) or not before:
            return []
        first = before[0]
        if self._is_subject(first, s) and self.text[first.end:c0].lstrip().startswith(","):
            return [first]
        return []

    def _subject_before_aside(self, s: int, c0: int) -> list[Claimer]:
        """"Radio Free Asia, citing sources in Pyongyang, said": the name before the aside."""
        span = noun_phrase_near(self.text, s, c0, self.lex, self.language, forward=True, names_only=True)
        if span is None or not self.text[span[1]:c0].lstrip().startswith(","):
            return []
        return [Claimer(span[0], span[1], UNRESOLVED)]

    def _unknown(self, pos: int, limit: int, *, forward: bool, names_only: bool,
                 claimers: list[Claimer] = ()) -> list[Claimer]:
        span = noun_phrase_near(self.text, pos, limit, self.lex, self.language, forward=forward, names_only=names_only)
        if span is None or self._is_figure(span):
            return []
        if not forward:                            # "Die Sprecherin des Pentagons, Sabrina Singh, erklärte"
            head = [c for c in claimers if c.end <= span[0] and self.text[c.end:span[0]].strip() == ","
                    and c.source is not None]
            if head:
                return [Claimer(head[-1].start, span[1], head[-1].source, head[-1].body, head[-1].country)]
            placed = [c for c in claimers if c.start == span[0] and c.source not in (None, UNRESOLVED)]
            if placed:                             # "Ukraine's Coordination Headquarters for the Treatment of POWs said"
                c = placed[0]
                return [Claimer(span[0], span[1], c.source, c.body, c.country, known=c.known, person=c.person)]
        # "Wadym Skibizkyj, Vizechef des Militärgeheimdienstes HUR": the apposition names the source
        rest = self.text[span[1]:span[1] + 3]
        if forward and rest.startswith(", "):
            appos = find_claimers(self.text, span[1] + 2, min(len(self.text), span[1] + 2 + self.cues.window),
                                  known=self.known, known_groups=self.known_groups, lex=self.lex, language=self.language)
            first = appos[0] if appos else None
            if first and "," not in self.text[span[1] + 2:first.start] and first.start - span[1] <= 30 \
                    and len(self.text[span[1] + 2:first.start].split()) <= 2 \
                    and first.source not in (None, UNRESOLVED):
                return [Claimer(span[0], first.end, first.source, first.body, first.country, known=first.known)]
        country = self.lex.country_in(self.text, span[0], span[1])
        noun = self.lex.report_nouns.match(self.text, span[1] + 1) if self.text[span[1]:span[1] + 1] == " " else None
        if noun is not None:                       # "Ukrainian estimates range from ...": the noun after it
            span = (span[0], noun.end())
        if country is not None and self.lex.report_nouns.search(self.text, span[0], span[1]):
            return [self._composed(*span, country)]   # "Südkoreanische Schätzungen", "Ukrainian estimates"
        named = self._named_before(span)
        if named is None and country is not None and self.lex.name_pattern.search(self.text, span[0], span[1]) is None \
                and self.text[span[0]:span[1]].split()[0].lower() in ("der", "die", "das", "den", "dem", "des", "the"):
            # "die Kiewer Koordinierungsstelle": a body of a country named by its adjective, not an outlet's name
            return [self._composed(*span, country)]
        return [named or Claimer(span[0], span[1], UNRESOLVED)]

    def _definite_named_before(self, claimer: Claimer, sentence, earlier_here) -> Claimer | None:
        """"laut dem Kommando" after "des Aufklärungskommandos der südkoreanischen Streitkräfte": a definite noun the
        vocabulary cannot place that heads a claimer placed before is that claimer."""
        words = self.text[claimer.start:claimer.end].split()
        article = re.search(r"\b(?:der|die|das|des|dem|den|the)\s+$", self.text[max(0, claimer.start - 5):claimer.start],
                            re.IGNORECASE)
        if claimer.source != UNRESOLVED or not (
                (len(words) == 2 and words[0].lower() in _DEFINITE_ANY_CASE) or (len(words) == 1 and article)):
            return None                            # "des Ministeriums" (the article outside the phrase) too
        named = self._head_named(claimer, sentence, earlier_here)
        if named is None or named.source == UNRESOLVED:
            return None
        return Claimer(claimer.start, claimer.end, named.source, named.body, named.country, known=named.known)

    def _name_resolved_before(self, claimer: Claimer) -> Claimer | None:
        """"laut Rosstat" after "der russischen Statistikbehörde Rosstat": a bare name the vocabulary cannot place
        that ends a claimer placed before is that claimer."""
        words = self.text[claimer.start:claimer.end].split()
        if claimer.source != UNRESOLVED or claimer.pronoun or not words or not words[0][:1].isupper() or \
                words[0].lower() in _ARTICLES:
            return None
        named = self.text[claimer.start:claimer.end]
        i = bisect.bisect_right(self._starts, claimer.start) - 1
        for earlier in self._earlier_pointables(self.sentences[i]) if i >= 0 else ():
            if earlier.source not in (None, UNRESOLVED) and self.text.startswith(" " + named, earlier.end) and \
                    not self.text[earlier.end + 1 + len(named):earlier.end + 2 + len(named)].isalnum():
                # "der russischen Statistikbehörde Rosstat": the name stood right after the placed phrase
                return Claimer(claimer.start, claimer.end, earlier.source, earlier.body, earlier.country, known=earlier.known)
        return self._named_before((claimer.start, claimer.end))

    def _named_before(self, span: tuple[int, int]) -> Claimer | None:
        """"betonte Blinken" after "US-Außenminister Antony Blinken": a name that ends a claimer named before."""
        last = self.text[span[0]:span[1]].split()[-1].lower()
        i = bisect.bisect_right(self._starts, span[0]) - 1
        if i < 0:
            return None
        acronym = last.upper() if _ACRONYM.fullmatch(self.text[span[0]:span[1]]) else None
        for earlier in self._earlier_pointables(self.sentences[i]):
            named = self.text[earlier.start:earlier.end]
            words = named.lower().split()
            # or its initials: "OSC" after "das britische Open Source Centre"
            initials = "".join(w[0] for w in named.split() if w[:1].isupper() and w.lower() not in _ARTICLES)
            if words and (words[-1] == last or initials == acronym) and earlier.source not in (None, UNRESOLVED):
                return Claimer(span[0], span[1], earlier.source, earlier.body, earlier.country, known=earlier.known)
        return None

    def _earlier_pointables(self, sentence: Sentence):
        """The claimers of the sentences before ``sentence`` a later phrase may mean, last named first."""
        for index in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK), -1):
            yield from self._pointable_in(index)

    def _resolve(self, claimer: Claimer, sentence, earlier_here: list[Claimer] = ()) -> Claimer | None:
        """An anaphor's antecedent: the last claimer named before that fits, in its sentence first."""
        if claimer.source == UNRESOLVED and _EPITHET.fullmatch(self.text, claimer.start, claimer.end):
            # "sagte der Niederländer", "der 64-Jährige", "the 74-year-old": the person named before
            claimer = Claimer(claimer.start, claimer.end, None, office=True)
        if claimer.body == "lawmakers" and (claimer.source in (None, UNRESOLVED) or claimer.source.endswith("_lawmakers")):
            briefing = self._intelligence_before(sentence)
            if briefing is not None:               # lawmakers after a service named in the paragraph relay its briefing
                return briefing
        if not claimer.is_anaphor:
            return (self._office_holder(claimer, sentence) or self._name_resolved_before(claimer)
                    or self._definite_named_before(claimer, sentence, earlier_here) or claimer)
        generic = claimer.body is None or claimer.body in self.lex.generic_bodies
        antecedent = self._antecedent(claimer, sentence, earlier_here, generic)
        if antecedent is not None:
            return self._origin_for.get((antecedent.start, antecedent.end), antecedent)
        if claimer.pronoun or claimer.office:
            return Claimer(claimer.start, claimer.end, UNRESOLVED)
        if claimer.body is not None and not generic:
            place = self._place_country(sentence, claimer.start) or self._country_named(sentence, claimer)
            if place is not None:                  # "sagte in Seoul, der Geheimdienst ...": Seoul's
                return Claimer(claimer.start, claimer.end, self.lex.compose(place, claimer.body), claimer.body, place)
            return Claimer(claimer.start, claimer.end, UNRESOLVED, claimer.body)
        if claimer.body is not None and len(self.text[claimer.start:claimer.end].split()) > 2:
            return Claimer(claimer.start, claimer.end, UNRESOLVED, claimer.body)   # "the prisoner exchange office"
        if claimer.body is not None and not _DOCUMENT_HEAD.search(self.text, claimer.start, claimer.end):
            # "..., the agency said" with no agency named before: someone attributes it, who cannot be placed
            return Claimer(claimer.start, claimer.end, UNRESOLVED, claimer.body)
        return None

    def _intelligence_before(self, sentence) -> Claimer | None:
        """The intelligence service last named as a claimer in the paragraph before ``sentence`` (LABELS.md:
        lawmakers relaying an intelligence briefing name the service as the source)."""
        for index in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK), -1):
            if self.sentences[index].paragraph != sentence.paragraph:
                break
            for earlier in self._pointable_in(index):
                if self.lex.body_types.get(earlier.body) == "intelligence_service" and \
                        earlier.source not in (None, UNRESOLVED):
                    return earlier
        return None

    def _antecedent(self, claimer: Claimer, sentence, earlier_here, generic: bool) -> Claimer | None:
        """The claimer named before that an anaphor means: one whose words hold its head noun ("a spokesperson
        for the office"), else the last that fits; an outlet that relayed a figure only when no one else was named."""
        named = None if claimer.pronoun else self._head_named(claimer, sentence, earlier_here)
        if named is not None:
            return named
        for media_too in (False, True):
            for earlier in itertools.chain(reversed(earlier_here), self._earlier_pointables(sentence)):
                if (media_too or (earlier.source not in self.media and earlier.body != "media")) and \
                        self._fits(claimer, earlier, generic):
                    return earlier
        return None

    def _head_named(self, claimer: Claimer, sentence, earlier_here) -> Claimer | None:
        """The last claimer named before whose words hold the anaphor's head noun ("the office")."""
        head = self.text[claimer.start:claimer.end].split()[-1].lower()
        stem = re.sub(r"(?:en|n|e|s|es)$", "", head) if len(head) > 5 else head   # "die Dienste": "Nachrichtendiensten"
        for earlier in itertools.chain(reversed(earlier_here), self._earlier_pointables(sentence)):
            words = self.text[earlier.start:earlier.end].lower().split()
            # the head of a compound, inflected: "dem Kommando" after "des Aufklärungskommandos"
            if earlier.source is not None and (head in words or (len(stem) >= 5 and any(
                    w.endswith(stem) or stem + "e" in w or w.find(stem) > 0 for w in words))):
                return earlier
        return None

    def _has_words(self, claimer: Claimer) -> bool:
        """An unresolved claimer named by more than a pronoun or an office ("Western officials")."""
        return not claimer.pronoun and not claimer.office and len(self.text[claimer.start:claimer.end].split()) >= 2

    def _fits(self, anaphor: Claimer, earlier: Claimer, generic: bool) -> bool:
        if anaphor.pronoun and self.text[anaphor.start:anaphor.end].lower() in NEUTER and (
                earlier.person or earlier.source in self.persons):
            return False                           # "it said" is never a person
        head = self.text[anaphor.start:anaphor.end].split()[-1].lower()
        if not anaphor.pronoun and head in self.text[earlier.start:earlier.end].lower().split():
            return True                            # "the officials" after "two U.S. military officials"
        return generic or earlier.body == anaphor.body or {earlier.body, anaphor.body} <= {
            "intelligence", "military_intelligence"} or (
            anaphor.body == "government" and earlier.body in ("defence_ministry", "head_of_state")) or (
            anaphor.body in ("government", "head_of_state") and earlier.source in self.persons)

    def _office_holder(self, claimer: Claimer, sentence) -> Claimer | None:
        """"der Sekretär des russischen Sicherheitsrats" after "Schoigu": an office named with a definite
        article and no name is the person of that office named before."""
        words = self.text[claimer.start:claimer.end].split()
        if claimer.known or len(words) < 2 or words[0].lower() not in ("der", "die", "the") or \
                not self.lex.person_heads.fullmatch(words[1]) or self._has_name(claimer):
            return None
        for earlier in self._earlier_pointables(sentence):
            if earlier.source in self.persons and (earlier.country in (None, claimer.country)):
                return Claimer(earlier.start, earlier.end, earlier.source, earlier.body, earlier.country, known=True)
        return None

    def _has_name(self, claimer: Claimer) -> bool:
        capitalised = [w for w in re.findall(r"[^\W\d_][\w'-]*", self.text[claimer.start:claimer.end]) if w[0].isupper()]
        return len(capitalised) >= 3

    def _place_country(self, sentence, before_claimer: int) -> str | None:
        """The country of a place the sentence names before the claimer ("sagte in Seoul, der Geheimdienst",
        "Neue Zahlen aus Seoul: Laut dem Generalstab"), if one; "troops in Russia" after it is no such place."""
        for m in self.lex.name_pattern.finditer(self.text, sentence.start, before_claimer):
            before = re.search(r"(\S+)\s+([^\W\d_]+)\s+$", self.text[max(sentence.start, m.start() - 40):m.start()])
            visiting = self.lex.visit_words.search(self.text, max(sentence.start, m.start() - 40), m.start())
            if before and before.group(2).lower() in ("in", "aus", "from") and not visiting and \
                    not self._counted(before.group(1)):     # not "bei einem Besuch in Warschau", "troops in Russia"
                return m.lastgroup[2:]
        return None

    def _is_figure(self, span: tuple[int, int]) -> bool:
        """Whether a phrase starts with a figure of the text ("vier bis sechs Millionen"): never a claimer."""
        i = bisect.bisect_right(self._figure_starts, span[0]) - 1
        return i >= 0 and self._figure_ends[i] > span[0]

    def _country_named(self, sentence: Sentence, claimer: Claimer) -> str | None:
        """"citing the country's spy agency" after "a South Korean lawmaker": the country named last before."""
        follows = _OF_THE_COUNTRY.match(self.text, claimer.end)     # "den Geheimdienst des Landes"
        if not (_THE_COUNTRYS.search(self.text, claimer.start, claimer.end) or follows):
            return None
        # a claimer's country before it in the sentence ("a South Korean lawmaker ... citing the country's spy
        # agency"), else the dateline's ("KYIV (Reuters) - ..., the country's army said"); never the country of
        # the soldiers counted
        named = [c.country for c in self._sentence_claimers.get(sentence.index, ()) if c.end <= claimer.start and c.country]
        if named:
            return named[-1]
        dateline = _DATELINE.match(self.text, sentence.start, sentence.end)
        place = self.lex.country_pattern.search(self.text, sentence.start, dateline.end()) if dateline else None
        return place.lastgroup[2:] if place else None

    def _counted(self, word: str) -> bool:
        """Whether a word is a figure or a noun the figures count ("11.000", "troops", "Nordkoreaner")."""
        found = self._any_noun.match(word)
        return word[:1].isdigit() or (found is not None and found.end() == len(word))

    # -- per figure ----------------------------------------------------------------------------

    def attribute(self, sentence: Sentence, position: int, *, attributes_only) -> Attribution | None:
        """The attribution of the figure at ``position`` in ``sentence``.

        ``attributes_only(sentence)`` says whether a sentence holds no figure of its own
        (then it may attribute the figure before it: "Das kündigte Schoigu an.").
        """
        own = self.links(sentence)
        nxt = self._neighbour(sentence, +1)
        refers_back = nxt is not None and (attributes_only(nxt) or self.cues.back_reference.match(self.text, nxt.start))
        if own:
            gapped = self._gapped_subject(sentence, position, own)
            if gapped is not None:
                return gapped
            found = self._found(own, position, "sentence")
            briefed = self._briefing_after(own, position, nxt) if refers_back else None
            if briefed is not None:
                return briefed
            refined = self._refined_after(found, nxt) if refers_back else None
            if refined is not None:
                return refined
            if not (refers_back and found.source == UNRESOLVED and found.source_start is not None and
                    _PLACEHOLDER.fullmatch(self.text, found.source_start, found.source_end) and self.links(nxt)):
                return found                       # else "Laut einer Analyse ... Das schrieb X": X
        if refers_back:
            links = self.links(nxt)
            if links:
                return self._found(links, nxt.start, "next")
        return self._from_before(sentence) or self._two_ahead(nxt, attributes_only) or self._speaker_turn(sentence)

    def _speaker_turn(self, sentence: Sentence) -> Attribution | None:
        """In a transcript everything said after a speaker's label up to the next label is theirs; a
        questioner's turn is no one's claim."""
        i = bisect.bisect_right(self._speaker_starts, sentence.start) - 1
        if i < 0 or sentence.start - self._speakers[i].start() > SPEAKER_TURN:
            return None
        label = self._speakers[i]
        name = label.span(1)
        if self.text[name[0]:name[1]].rstrip(".").upper() in _QUESTIONERS:
            return None
        placed = find_claimers(self.text, name[0], label.end(), known=self.known, known_groups=self.known_groups,
                               lex=self.lex, language=self.language)
        claimer = next((c for c in placed if c.source not in (None, UNRESOLVED)), None) or Claimer(*name, UNRESOLVED)
        return self._found([Link(name, claimer)], label.end(), "paragraph")

    def _from_before(self, sentence: Sentence) -> Attribution | None:
        """The attribution of the sentence before, carried on ("demnach", reported speech) through a chain."""
        carries = self._carries(sentence)
        back = self._neighbour(sentence, -1)
        first_of_paragraph = back is None
        if first_of_paragraph and carries:
            back = self._neighbour(sentence, -1, any_paragraph=True)
        scope = "previous"
        while back is not None:
            links = self.links(back)
            if links:
                return self._found(links, back.end, scope)
            speaker = self._speaker(back) if carries and scope == "previous" else None
            if speaker is not None:                # "Selenskyj wandte sich an die Nation. Nordkorea habe ... verloren"
                return self._found([Link((speaker.start, speaker.end), speaker)], back.end, scope)
            if not carries or not self._carries(back):
                return None                        # an unattributed sentence in the author's voice breaks the chain
            back, scope = self._neighbour(back, -1, any_paragraph=first_of_paragraph), "paragraph"
        return None

    def _two_ahead(self, nxt: Sentence | None, attributes_only) -> Attribution | None:
        """"47 Soldaten getötet ... Drei davon erlagen ... So stellte es die Brigade dar": a sentence that only
        attributes closes the run of unattributed sentences before it (two at most)."""
        if nxt is None or self.links(nxt):
            return None
        after = self._neighbour(nxt, +1)
        if after is None or not attributes_only(after):
            return None
        links = self.links(after)
        return self._found(links, after.start, "next") if links else None

    def _refined_after(self, found: Attribution, nxt: Sentence) -> Attribution | None:
        """"..., says Seoul. The number was given by South Korea's defence ministry", "South Korea now believes ...
        The updated count came from the NIS": a country named alone is refined by the body of that country the
        next sentence names when it points back."""
        if found.source_start is None or not self.lex.name_pattern.fullmatch(
                self.text, found.source_start, found.source_end):
            return None
        links = self.links(nxt)
        refined = self._found(links, nxt.start, "next") if links else None
        country = found.source.partition("_")[0]
        if refined is None or refined.source == found.source or not refined.source.startswith(country + "_"):
            return None
        return refined

    def _briefing_after(self, own: list[Link], position: int, nxt: Sentence) -> Attribution | None:
        """"..., a lawmaker said. Lee was speaking after being briefed by the NIS": a lawmaker (or someone
        unplaced) relays the briefing the next sentence names."""
        main = self._main(own, position)
        if main.claimer.body != "lawmakers" and main.claimer.source != UNRESOLVED:
            return None
        origins = [link for link in self.links(nxt) if link.origin]
        return self._found(origins, nxt.start, "next") if origins else None

    def _gapped_subject(self, sentence: Sentence, position: int, own: list[Link]) -> Attribution | None:
        """"Die Ukraine spricht von 11.000 Mann, Südkorea von mindestens 3.000": a clause with its verb left
        out (gapping) names its own subject right before the figure."""
        comma = self.text.rfind(",", sentence.start, position)
        if comma < 0 or not any(link.cue[1] <= comma for link in own):
            return None
        gap = _GAPPED.fullmatch(self.text, comma + 1, position)
        if gap is None:
            return None
        claimers = [c for c in self._sentence_claimers.get(sentence.index, ())
                    if c.start == gap.start(1) and c.end == gap.end(1)]
        resolved = self._resolve(claimers[0], sentence) if claimers else None
        if resolved is None or resolved.source is None:
            return None
        return self._found([Link((gap.end(1), position), resolved, False, (resolved.start, resolved.end))],
                           position, "sentence")

    def _carries(self, sentence: Sentence) -> bool:
        """Whether a sentence says it continues an earlier attribution ("demnach", reported speech)."""
        if sentence.index not in self._carrying:
            self._carrying[sentence.index] = bool(self.cues.carry.search(self.text, sentence.start, sentence.end))
        return self._carrying[sentence.index]

    def _neighbour(self, sentence, step: int, *, any_paragraph: bool = False):
        i = sentence.index + step
        if not 0 <= i < len(self.sentences):
            return None
        other = self.sentences[i]
        if other.paragraph == sentence.paragraph or (any_paragraph and abs(other.paragraph - sentence.paragraph) == 1):
            return other
        return None

    def _distance(self, link: Link, position: int) -> int:
        return link_distance(link, position, self._breaks, self._commas)

    def _pools(self, links: list[Link]) -> tuple[list[Link], list[Link], NearestLinks]:
        """The primary and media links of a sentence, and the pool a figure's claimer is taken from (once per list)."""
        cached = self._pool_cache.get(id(links))
        if cached is None or cached[0] is not links:
            primary = [link for link in links if link.claimer.source not in self.media]
            media = [link for link in links if link.claimer.source in self.media]
            origins = [link for link in primary if link.origin]
            cached = (links, primary, media, NearestLinks(origins or primary or media))
            self._pool_cache[id(links)] = cached
        return cached[1], cached[2], cached[3]

    def _main(self, links: list[Link], position: int) -> Link:
        """The link a figure's claimer is taken from: the claimer of the figure's own clause first; within it a
        placed claimer before an unresolved one, then the nearest."""
        # (a colon's subject, "Nordkorea schickt auch Arbeiter: ...", only where no cue names anyone else)
        return min(self._pools(links)[2].candidates(position), key=lambda link: (
            self.text[link.cue[0]:link.cue[1]] == ":", self._distance(link, position) // CLAUSE_BREAK,
            link.claimer.source == UNRESOLVED, self._distance(link, position)))

    def _found(self, links: list[Link], position: int, scope: str) -> Attribution:
        primary, media, _ = self._pools(links)
        main = self._main(links, position)
        via = next((m for m in media if m.claimer.source != main.claimer.source), None) if primary else None
        parts = [main] + ([via] if via else [])
        fragments = []
        for link in sorted(parts, key=lambda p: min(p.cue[0], p.span[0])):
            lo, hi = min(link.cue[0], link.span[0]), max(link.cue[1], link.span[1])
            fragments.append(self.raw[lo:hi] if hi - lo <= 2 * self.cues.window else self.raw[link.cue[0]:link.cue[1]])
        c = main.claimer
        relay = via.claimer.source if via else (self._relayed_by.get((c.start, c.end)) if primary else None)
        return Attribution(c.source, relay, " … ".join(fragments), c.start, c.end, scope)
