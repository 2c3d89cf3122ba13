"""Who claims a figure: attribution cues linked to claimer phrases, with scope.

Cues come from ``data/attribution.yaml`` (per language, compiled in
:mod:`analysis.extract.cues`), claimers from :mod:`analysis.extract.claimers`
(``data/claimers.yaml`` and the names in ``data/sources.yaml``); which link is
nearest a figure is measured by :mod:`analysis.extract.nearest`; a verb's subject and unknown names are found by
:mod:`analysis.extract.subjects`, anaphors resolved by :mod:`analysis.extract.anaphora`, a figure's scope chosen by
:mod:`analysis.extract.scope`, a sentence's claimers filtered by :mod:`analysis.extract.sentence_claimers` (mixins of
the :class:`Attributor`).

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
import dataclasses
import itertools
import re

from ..prefilter import compile_prefiltered
from ..prescan import lowered
from ..text import Sentence, line_start_matches
from ..vocabulary import Vocabulary
from .anaphora import Anaphora
from .attribution_rules import (
    _ADVERBS_ONLY,
    _AGENT,
    _ANSWER_LABEL,
    _CLAUSE_BREAK,
    _CLAUSE_OPENER,
    _COMMA,
    _COMMA_OR_STOP,
    _COMPLEMENT,
    _DATELINE,
    _DEFINITE_OUTLET,
    _DESCRIBED_ORIGIN,
    _DOCUMENT_BEFORE_OWNER,
    _DOCUMENT_OBJECT,
    _FIRST_PERSON,
    _GENERIC_BEFORE_AFTER_CUE,
    _HEADLINE_COLON,
    _IMPERSONAL,
    _IMPERSONAL_CUE,
    _IN_PLACE,
    _INLINE_SPEAKER_LABEL,
    _MEDIA_REPORTS,
    _MEETING,
    _NEGATED,
    _NEGATED_AFTER,
    _NOUN_BEFORE_PLACE,
    _ORIGIN_BEFORE,
    _PARTICIPLE,
    _PASSIVE,
    _PASSIVE_AUX,
    _PLACE_OPENING,
    _RELAY_GAP,
    _REPORT_NOUN,
    _SPEAKER_LABEL,
    _THAT,
    _TIME_LABEL,
    _TIMESTAMP,
    _UNNAMED_ACCOUNTS,
    _V2_SUBJECT,
    ADJACENT,
    CLAIMER_SPILL,
    CONTRAST_BETWEEN,
    HEADS_BODY,
    MAX_DEPTH,
    NEUTER,
    SCOPES,
    SENDING_COUNTRY,
    SUBJECT_TOKENS,
    TAIL,
    is_own,
)
from .claimers import DIPLOMATS, UNRESOLVED, Claimer, find_claimers, normalise
from .cues import Link, compiled, describe_source, is_known_source
from .nearest import match_spans
from .phrases import determiner_phrase, noun_phrase_near, pronoun_at
from .scope import Scope
from .sentence_claimers import SentenceClaimers
from .subjects import Subjects

_WORDEN = re.compile(r"\s+worden\b")
_ADDING = re.compile(r"adding", re.IGNORECASE)
# a participle right after a document noun: "a DIA report released Tuesday", "the assessment published on Monday"
_DOCUMENT_PARTICIPLE = re.compile(r"\b(?:report|assessment|update|statement|document|paper|study|analysis|estimate|"
                                  r"figures|data|video|post|briefing)s?\s+(?-i:[a-z]+ed)$", re.IGNORECASE)
# a relative clause opening after a claimer
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|der|die|das)\b")
# a relative pronoun with a dative after it: "(ein Lagebild des HUR,) das dem »Spiegel« vorliegt" names the document and
# whom it lies with, no claimer
_RELATIVE_DATIVE = r"(?:das|die|der|welche[sr]?)\s+(?:dem|der|den)"
_RELATIVE_WITH_DATIVE = re.compile(_RELATIVE_DATIVE + r"\b")
_RELATIVE_PRONOUN = re.compile(r"(?:die|der|das|welche[rs]?|which|who)\s", re.IGNORECASE)
# the cue inside such a clause (not after its closing comma: "Das Institut ..., das dem Geheimdienst nahesteht, schätzt")
_HOLDER_CLAUSE = re.compile(r",\s*" + _RELATIVE_DATIVE + r"\s[^;:()]*[^,;:()\s]\s*$")
# (a "der" there is a dative only before a verb of lying with or reaching someone: "die der NIS schätzt", "die der
# Generalstab nennt" have the relative pronoun as the object and "der ..." as the subject that says it)
_HOLDER_DER = re.compile(r",\s*(?:das|die|der|welche[sr]?)\s+der\s", re.IGNORECASE)
_HOLDING_VERB = re.compile(r"(?:vorl|zug|bekannt|zukomm|zugäng|übermittel|überg|überlass|zugestellt|zugeleitet)", re.IGNORECASE)
HOLDER_REACH = 100
_POINTING_BACK_BEFORE = re.compile(r"(?<![\w-])(?:diesen|jenen|den|dessen|deren|seinen|ihren|seinem|ihrem)\s+([\w-]+)\s*$", re.IGNORECASE)
# a preposition that makes the phrase after it an adjunct of the figure, never the one an anaphor of the same sentence
# means ("The toll among North Korean forces ..., the agency said"); "according to", "citing", "laut" name claimers
_ADJUNCT_BEFORE = re.compile(r"\b(?:among|amongst|unter|in|im|bei|beim|against|gegen|with|mit|into|on|zu|zur|zum|(?<!according )to|across|"
                             r"within|innerhalb)\s+$", re.IGNORECASE)
# a title between a determiner and the cue word: "its Defense of Japan report", "the Annual Threat Assessment"
_NOUN_CUE = re.compile(r"(?:reports?|estimates?|assessments?|updates?|statements?|figures?|counts?|tally)", re.IGNORECASE)
_NAMED_NOUN_USE = re.compile(r"\b(?:its|their|his|her|our)\s+(?:\d{4}\s+)?"      # (a possessive: "the Institute estimate that" is a verb)
                             r"(?-i:[A-Z][\w-]*)(?:\s+(?:of|on|for|and|the|(?-i:[A-Z][\w-]*)))*\s+$")
# what may stand between "according to" and a cue word that is its noun: "according to (the latest Western) estimates"
_NOUN_AFTER_BEFORE = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
# what may stand between a verb of saying and a phrase that says how it was said: "said (on Monday) in a statement"
_SPACE = re.compile(r"\s+")
PRONOUN_LENGTH = 4                       # "er", "sie", "he", "she", "they": the longest subject pronoun's letters
_MANNER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|im)\s[^,;:.()]*", re.IGNORECASE)
_NOUN_USE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|these|those|our)\s+(?:(earlier|previous|new|latest|"
                       r"initial|own|official|first|last|higher|lower|revised|updated|current|rough)\s+)?$")
# a relayer's verb of saying between it and the relay cue: "Yonhap meldete unter Berufung auf den Generalstab"
_SAID_BEFORE_RELAY = re.compile(r"\s+(?:meldete|meldet|berichtete|berichtet|schrieb|reported|reports|said|says|wrote),?\s+",
                                re.IGNORECASE)
_GENITIVE_AFTER = re.compile(r"\s+(?:(?:posted|published|released|issued|compiled|prepared)\s+)?"   # "an assessment posted by"
                             r"(des|der|of|by|(?-i:in(?=\s+[Tt]he\s+[A-Z])))\s+", re.IGNORECASE)   # "a report in The ..."
OWNER_REACH = 80   # characters after a document in which its owner's phrase is read
_INDEFINITE_ARTICLE = re.compile(r"(?:an?|eine[mnrs]?|ein)\s", re.IGNORECASE)
_OWNER_AFTER = re.compile(r",?\s+(?:\d+\s+)?(?:des|der|of|by|from|von|vom|aus|in|that|which|den|die|das|dem)\s+",
                          re.IGNORECASE)   # "documents from X", "a report that the NIS presented"
# a quotation opening right after a colon: the words of the clause's subject before it ("zieht Bilanz: „Nach unseren ...")
_QUOTE_OPENS = re.compile(r"\s*[„“\"«»‚‘]")
_OWNER_PRONOUN = re.compile(r"\b(its|their|his|her|seine[nmrs]?|ihre[nmrs]?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_DEFINITE_REPORT = re.compile(r"(?:die|der|diese|dieser|the|this|that|these)\s+\S+", re.IGNORECASE)   # "die Schätzung"
_ELIDED_SUBJECT = re.compile(r"(?:,\s*|\s)(?:and|und)\s+$", re.IGNORECASE)   # "..., and said", "und sagte"
_OWNER_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")

__all__ = ["SCOPES", "Attributor", "compiled", "describe_source", "is_known_source"]

# bodies whose statements are their trade (a subject of these names the source even without a verb of saying)
_SPEAKING_BODY_TYPES = frozenset({"intelligence_service"})


# a complementizer before a claimer ("... that North Korea had suffered"), not a relative pronoun after a document
# ("a report that the NIS presented": the NIS wrote it)
_THAT_BEFORE = compile_prefiltered(r"(?<!report )(?<!reports )(?<!assessment )(?<!estimate )(?<!update )(?<!statement )"
                          r"(?<!briefing )(?<!analysis )(?<!study )(?<!figure )(?<!figures )\b(?:that|dass)\s+$",
                          re.IGNORECASE)


# a verb of saying right before a claimer: what follows is the clause said ("he said Pyongyang had shipped")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|stated|noted|believes|believed|thinks|sagte|sagt|erklärte)\s+$", re.IGNORECASE)


# a preposition that makes reports a topic ("On reports of combat, ...", "Zu Berichten über ...", "asked about reports")
_TOPIC_PREPOSITION = re.compile(r"\b(?:on|about|regarding|concerning|zu|über)\s+$", re.IGNORECASE)

# state media, their country not said: "state media", "Staatsmedien", "staatliche Medien", "state television"
_STATE_MEDIA = re.compile(r"\b(?:state(?:-run)? (?:media|television|tv|news agency|broadcaster)|staatsmedien|staatliche\w* "
                          r"(?:medien|nachrichtenagentur|fernsehen)|staatsfernseh\w*|staatspresse)\b", re.IGNORECASE)
_THE_NORTHS_LEADER = re.compile(r"\bKim Jong[- ]Un\b")

# by the subject's own account, in German: "nach eigenen Angaben", "nach eigener Darstellung"
_OWN_ACCOUNT = re.compile(r"nach\s+eigene[nr]?\s+", re.IGNORECASE)
# a clause's subject before its auxiliary: "Ukrainische Truppen haben", "Die ukrainische Armee hat"
_SUBJECT_BEFORE_AUXILIARY = re.compile(r"\W*((?:(?:die|der|das)\s+)?(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]+)\s+(?:haben|hat|hatten|hatte|"
                                       r"habe|sind|ist|seien|sei)\s+$", re.IGNORECASE)
# a force named as the subject: troops, forces, units
_FORCE_HEAD = re.compile(r"\b(?:truppen|streitkräfte|einheiten|soldaten|kräfte|verbände|forces|troops|units)\b", re.IGNORECASE)

_SEEN_BY = re.compile(r"\bseen by\s+(?:the\s+)?$", re.IGNORECASE)
# a preposition that brings in an outlet as the way words got out: "...; über Yonhap", "; via Reuters"
_THROUGH_AN_OUTLET = re.compile(r"\b(?:über|via|per|laut|according to|through|citing|zitiert von)\s+(?:(?:der|die|den|dem|the)\s+)?"
                                r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# between an outlet and the body it learned from: "Reuters | aus | Regierungskreisen", "the agency | from | officials"
# (or with the verb between: "Reuters learned from officials")
_FROM_AN_INFORMANT = re.compile(r"\s+(?:(?:has\s+|had\s+)?(?:learned|learnt|heard)\s+)?(?:aus|from|von|vom)\s+(?:(?:den|dem|der|the)\s+)?",
                                re.IGNORECASE)


# a relative clause of relying after a document: ", auf die sich | X | berufen", ", on which | X | relied"
_RELIED_ON = re.compile(r",\s*(?:auf\s+(?:die|den|das|dem|der)\s+sich|on\s+which)\s+")
_RELYING = re.compile(r"\s+(?:berufen|beruft|beriefen|berief|stützen|stützt|stützten|stützte|rely|relies|relied)\b")
# the finite verb right before a clause's subject ("setzte Russland", "hat Moskau"): not an article or preposition
_VERB_BEFORE = re.compile(r"[^,;:.!?]*?(?<![\w-])(?!(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|von|vom|in|im|aus|"
                          r"mit|bei|beim|für|zu|zur|zum|nach|auf|an|am|über|unter|gegen|durch|um|und|oder|sowie|dass|the|of|in|at|from|by|"
                          r"with|to|for|on|over|into|as|and|or|that|which|who|whom|whose)\b)"
                          r"[a-zäöüß]+\s+\Z")
_PLACE_BEFORE = re.compile(r"\b(?:in|im|aus|bei|nahe|near|at)\s+\Z")


BRIEFED_ON_REACH = 40   # characters from an unplaced person to the body its complement names


# a German verb of showing or broadcasting (attribution.yaml): its subject claims only as an outlet
_SHOWING = re.compile(r"zeig|gezeigt|ausgestrahlt|strahlte", re.IGNORECASE)

# a participle of quoting right before a claimer: "(statistics) quoted by | the Moscow Times"
_QUOTED_BY = re.compile(r"\s+(?:quoted|cited|carried|relayed)\s+by\s+$", re.IGNORECASE)   # (never "..., as cited by":
# an aside of the whole sentence)
QUOTED_BY_REACH = 30

class Attributor(Scope, Anaphora, Subjects, SentenceClaimers):
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
        self.media, self.persons, self.services, self.experts = c.media, c.persons, c.services, c.experts
        self.outlet_countries = c.outlet_countries
        self.name_words = c.name_words
        self.lex, self.cues = c.lexicon, c.cues[language]
        self.lang = self.cues
        self._links: dict[int, list[Link]] = {}
        self._pointable: dict[int, list[Claimer]] = {}  # per sentence: claimers a later anaphor may mean
        self._depth = 0                          # earlier sentences being read to resolve an anaphor
        self._after_semicolon = False            # the cue being linked stands in a clause after a semicolon
        self._last_subject: Claimer | None = None
        self._carrying: dict[int, bool] = {}
        self._no_figures: dict[int, re.Match | None] = {}   # where a sentence says no figure was given (scope.py)
        self._pool_cache: dict[int, tuple] = {}
        self._sentence_claimers: dict[int, list[Claimer]] = {}   # per sentence with cues, found once
        self._cueless: dict[int, list[Claimer]] = {}             # per sentence, its claimers read without cues
        self._relayed_by: dict[tuple[int, int], str] = {}        # claimer span -> the outlet that relayed it
        self._origin_for: dict[tuple[int, int], Claimer] = {}    # a relayer's span -> the origin it cited
        # clause breaks and commas of the whole text, found once: distances are measured by bisection
        self._breaks = match_spans(_CLAUSE_BREAK, self.text)
        self._commas = match_spans(_COMMA, self.text)
        # a transcript's speaker labels ("MS. SINGH:", "HELEN MARSH, senior fellow at ...:"), found once
        self._newlines: list[int] | None = None
        self._source_lines: list[tuple[int, Claimer]] | None = None   # lines naming a box's source (scope._source_line)
        answers = _ANSWER_LABEL.finditer(self.text) if "?" in self.text else ()   # (an answer follows a question)
        inline = _INLINE_SPEAKER_LABEL.finditer(self.text) if ": " in self.text else ()
        self._speakers = sorted(itertools.chain(line_start_matches(_SPEAKER_LABEL, self.text), answers, inline),
                                key=lambda m: m.start(1))
        self._host_found: list[Claimer | None] = []   # the transcript heading's body, read once (scope._host)
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
                if side == "either" and self.language == "en" and (
                        self._noun_use(s, cue)
                        or (_NOUN_CUE.fullmatch(self.text, *cue)
                            and _NAMED_NOUN_USE.search(self.text, max(s, cue[0] - 60), cue[0]))):
                    continue                       # "double an earlier estimate", "its Defense of Japan report": a noun
                if free(cue):
                    spans.append((*cue, side))
        # every match ends in a colon: a sentence without one is not tried (8 -> 1.3 us a German sentence)
        colon = _HEADLINE_COLON.match(self.text, s, e) if self.text.find(":", s, e) >= 0 else None
        if colon and _TIME_LABEL.fullmatch(self.text, s, colon.end()):
            colon = _HEADLINE_COLON.match(self.text, colon.end(), e)   # "14:32 Uhr: Selenskyj: ...": the source after the time
        if colon and free(colon) and not _TIME_LABEL.fullmatch(self.text, s, colon.end()):
            # "Geheimdienst in Seoul: Nordkorea schickt 3.000 Soldaten"
            spans.append((colon.end() - 1, colon.end(), "after"))
        spans.sort()
        # "Neither Moscow nor Pyongyang have confirmed", "Seoul hat die Zahl nicht bestätigt": a denial attributes nothing
        spans = [(a, b, "denied") if side == "either" and (_NEGATED.search(self.text, max(s, a - 40), a) or (
                     self.language in _NEGATED_AFTER and _NEGATED_AFTER[self.language].match(self.text, b, e))) \
            else (a, b, side)
                 for a, b, side in spans]
        # "reports said", "Berichte besagen": a cue word right before another verb is its subject, not a verb;
        # "said in a statement that", "sagte in einem Interview": a phrase right after a verb of saying tells how
        # that verb's subject said it, and names no claimer after it
        return [span for i, span in enumerate(spans)
                if not (i + 1 < len(spans) and span[2] == "either" and spans[i + 1][2] == "either"
                        and not self.text[span[1]:spans[i + 1][0]].strip())
                # (a headline's colon is no verb: "Was wir wissen: In zwei Wellen hat Nordkorea nach Erkenntnissen ...")
                and not (i and span[2] == "before" and spans[i - 1][2] in ("either", "after")
                         and self.text[spans[i - 1][0]:spans[i - 1][1]] != ":"
                         and _MANNER.fullmatch(self.text, spans[i - 1][1], span[1]))
                # "according to (Western) estimates": a cue word that can be a noun after "according to" is its noun
                and not (i and span[2] == "either" and spans[i - 1][2] == "before"
                         and _NOUN_CUE.fullmatch(self.text, span[0], span[1])
                         and _NOUN_AFTER_BEFORE.fullmatch(self.text, spans[i - 1][1], span[0]))]

    def _noun_use(self, s: int, cue: tuple[int, int]) -> bool:
        """Whether a cue word is a noun after its determiner ("double an earlier estimate"); after "the official"
        only a cue that can be a noun is one ("the official estimate", but "the official said")."""
        use = _NOUN_USE.search(self.text, max(s, cue[0] - 30), cue[0])
        return use is not None and (use.group(1) is None or use.group(1).lower() != "official"
                                    or _NOUN_CUE.fullmatch(self.text, *cue) is not None)

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
            if side == "after" and self.text[c0:c1].strip().lower() == "wonach" and \
                    any(d1 <= c0 and d_side == "denied" for _, d1, d_side in cues):
                continue    # "Der Kreml hat Berichte nicht bestätigt, wonach ...": the reports' figure, not the denier's
            holder = _HOLDER_CLAUSE.search(self.text, max(s, c0 - HOLDER_REACH), c0) if side == "either" else None
            if holder and (not _HOLDER_DER.match(self.text, holder.start()) or _HOLDING_VERB.match(self.text, c0, c1)):
                continue    # "ein Papier, das dem Rechercheverbund von NDR, WDR und SZ vorliegt": whom a document
                # lies with, told in its relative clause, says nothing
            # this sentence's state, set again for each cue: resolving an anaphor may read an earlier sentence
            self._claimer_starts, self._claimer_ends = bounds
            self._claimers_here = claimers
            self._last_subject = last_subject
            # (a semicolon closes a clause: "Zahlen nannte KCNA nicht; westliche Schätzungen gehen von ... aus")
            semicolon = self.text.rfind(";", body, c0)
            clause = body if semicolon < 0 else semicolon + 1
            while clause < c0 and self.text[clause].isspace():
                clause += 1
            self._after_semicolon = semicolon >= 0
            again = self._elided_subject(c0, c1, side, clause, claimers, links)
            links += again
            found = [] if again else [(self._relative_antecedent(self._seer_of_the_document(c, c0, claimers, clause), claimers), origin)
                     for c, origin in self._link(c0, c1, side, claimers, clause, e)
                     if not (c.source == UNRESOLVED and _RELATIVE_WITH_DATIVE.match(self.text, c.start, c.end))]
            last_subject = self._last_subject
            for claimer, origin in found:
                earlier_here = [c for c in claimers if c.end <= claimer.start and c.source not in (None, UNRESOLVED)
                                and not c.metonym and not _ADJUNCT_BEFORE.search(self.text, max(s, c.start - 12), c.start)
                                ] if claimer.is_anaphor else ()
                if claimer.pronoun and not earlier_here:
                    earlier_here = self._metonym_subject(claimers, claimer, body)
                resolved = self._resolve(claimer, sentence, earlier_here)
                if resolved is not None and resolved not in seen:
                    seen.add(resolved)
                    # (a name resolved before it was linked stands in an earlier sentence: here it is its cue)
                    words = (claimer.start, claimer.end) if claimer.start >= s else (c0, c1)
                    links.append(Link((c0, c1), resolved, origin, words))
        self._briefing_behind_lawmakers(links, claimers)
        self._apposition_heads(links)
        self._place_relayed_body(links)
        self._informant_of_an_outlet(links, claimers)
        self._quoted_by(links, claimers)
        self._state_media_of_the_north(links, sentence)
        linked = self._outlets(links, self._outlets_named_before(claimers, sentence), cues, body if dateline else None)
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

    def _seer_of_the_document(self, claimer: Claimer, c0: int, claimers: list[Claimer], clause: int) -> Claimer:
        """"Seoul's military said in a report to lawmakers seen by Reuters": the outlet that saw a document relays it;
        the subject of the saying before the cue claims (the outlet is then added as the relay, being near the cue)."""
        if claimer.source not in self.media or not _SEEN_BY.search(self.text, max(0, claimer.start - 12), claimer.start):
            return claimer
        subject = [c for c in claimers if clause <= c.start and c.end <= c0 and c.source not in (None, UNRESOLVED)
                   and c.source not in self.media and not self._is_object(c)][-1:]
        return subject[0] if subject else claimer

    def _relative_antecedent(self, claimer: Claimer, claimers: list[Claimer]) -> Claimer:
        """"Das meldete die Staatsagentur KCNA, die von einem 120 Tage dauernden Einsatz sprach": a phrase opened by a
        relative pronoun after a comma is the claimer named right before the comma."""
        if claimer.source != UNRESOLVED or not _RELATIVE_PRONOUN.match(self.text, claimer.start, claimer.end):
            return claimer
        comma = self.text.rfind(",", max(0, claimer.start - 3), claimer.start)
        return next((c for c in claimers if c.end == comma and c.source not in (None, UNRESOLVED)), claimer)

    def _briefing_behind_lawmakers(self, links: list[Link], claimers: list[Claimer]) -> None:
        """Lawmakers who speak in a sentence that names an intelligence service ("after Seoul's intelligence establishment
        briefed lawmakers", "nach einer Sitzung mit Vertretern des Geheimdienstes", "The spy agency's newest reckoning ...
        was passed to reporters by Rep. Park") relay its briefing: the service is the source (LABELS.md), placed in the
        lawmakers' country when it is named without one."""
        service = next((c for c in claimers if self.lex.body_types.get(c.body) == "intelligence_service"), None)
        if service is None:
            return
        for i, link in enumerate(links):
            lawmakers, briefer = link.claimer, service
            if lawmakers.body != "lawmakers" or link.origin:
                continue
            country = briefer.country or lawmakers.country or self._source_country(lawmakers.source)
            if briefer.source in (None, UNRESOLVED) and briefer.country is None and country not in (None, SENDING_COUNTRY):
                briefer = Claimer(briefer.start, briefer.end, self.lex.compose(country, briefer.body), briefer.body, country)
            if briefer.source not in (None, UNRESOLVED):
                links[i] = Link(link.cue, briefer, True, (briefer.start, briefer.end))

    def _apposition_heads(self, links: list[Link]) -> None:
        """"according to Defence Intelligence, the UK military's analysis service, which posted the estimate": the
        apposition and the relative clause after it speak of the head named before them, so a link to the apposition
        takes the head's claimer."""
        for i, link in enumerate(links):
            c = link.claimer
            if not _RELATIVE_AFTER.match(self.text, c.end):
                continue
            head = next((other.claimer for other in links if other.claimer.end < c.start
                         and self.text[other.claimer.end:c.start] == ", "
                         and other.claimer.source not in (None, UNRESOLVED)), None)
            if head is not None and head.source != c.source:
                links[i] = Link(link.cue, head, link.origin, link.words)

    def _outlets_named_before(self, claimers: list[Claimer], sentence) -> list[Claimer]:
        """The claimers, with an outlet named by a definite body word ("told the broadcaster", "der Sender") taken for
        the outlet named before it ("... told the BBC. South Korean officials told the broadcaster that ...")."""
        out = []
        for c in claimers:
            if c.source == UNRESOLVED and c.body == "media" and _DEFINITE_OUTLET.fullmatch(self.text, c.start, c.end):
                named = self._last_outlet_before(c, sentence)
                if named is not None:
                    c = Claimer(c.start, c.end, named.source, named.body, named.country, known=named.known)
            out.append(c)
        return out

    def _last_outlet_before(self, claimer: Claimer, sentence) -> Claimer | None:
        """The listed outlet named last before a claimer, in its sentence or the one before in the paragraph."""
        here = [c for c in self._sentence_claimers.get(sentence.index, ()) if c.end <= claimer.start]
        back = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        if back is not None and back.paragraph == sentence.paragraph:
            earlier = self._sentence_claimers.get(back.index)
            here = list(earlier if earlier is not None else self._claimers(back, [])) + here
        return next((c for c in reversed(here) if c.source in self.media), None)

    def _informant_of_an_outlet(self, links: list[Link], claimers: list[Claimer]) -> None:
        """"erfuhr die Nachrichtenagentur Reuters aus südkoreanischen Regierungskreisen", "Nach Informationen der dpa aus
        Sicherheitskreisen", "Reuters learned from South Korean government sources": the body an outlet learned it from,
        named right after the outlet, is the origin; the outlet relays it."""
        for link in list(links):
            if (link.claimer.source not in self.media and link.claimer.body != "media") or link.origin:
                continue
            informant = next((c for c in claimers if c.start > link.claimer.end and c.source not in (None, UNRESOLVED)
                              and c.source not in self.media
                              and _FROM_AN_INFORMANT.fullmatch(self.text, link.claimer.end, c.start)), None)
            if informant is not None and all(other.claimer != informant for other in links):
                links.append(Link(link.cue, informant, True, (informant.start, informant.end)))

    def _quoted_by(self, links: list[Link], claimers: list[Claimer]) -> None:
        """"Russian statistics quoted by the Moscow Times show about 13,000": a placed body right before "quoted by",
        "cited by", "carried by" is who the verb after speaks for; who quoted it only passes it on."""
        for i, link in list(enumerate(links)):     # (the outlets appended are not read again)
            c = link.claimer
            by = _QUOTED_BY.search(self.text, max(0, c.start - QUOTED_BY_REACH), c.start)
            quoted = next((q for q in claimers if q.end <= by.start() and not self.text[q.end:by.start()].strip(" ,")),
                          None) if by is not None else None
            # (one left unplaced too, when words name it: "Western officials quoted by the BBC estimate")
            if quoted is None or quoted.source is None or quoted.source in self.media or quoted.metonym or (
                    quoted.source == UNRESOLVED and (quoted.pronoun or not self._has_words(quoted))):
                continue
            links[i] = Link(link.cue, quoted, link.origin, (quoted.start, quoted.end))
            if c.source in self.media:            # the outlet relays
                links.append(Link(link.cue, c, False, (c.start, c.end)))

    def _place_relayed_body(self, links: list[Link]) -> None:
        """"..., the spy agency told a parliamentary committee, according to lawmaker Lee", "Citing intelligence reports,
        Ukrainian President Zelenskyy said": a body named without its country, linked in a sentence where lawmakers
        relay it or where it is the origin a speaker cites, is the country of those who relay it (LABELS.md: the
        service is the source)."""
        relayers = [(r, r.country or self._source_country(r.source)) for r in (link.claimer for link in links)
                    if r.source not in (None, UNRESOLVED) and r.source not in self.media]
        relayers = [(r, country) for r, country in relayers if country not in (None, SENDING_COUNTRY)]
        for i, link in enumerate(links):
            c = link.claimer
            if c.source != UNRESOLVED or c.body is None or c.country is not None or \
                    self.lex.body_types.get(c.body) != "intelligence_service":
                continue
            country = next((country for r, country in relayers if r.body == "lawmakers" or link.origin), None)
            if country is not None:
                placed = Claimer(c.start, c.end, self.lex.compose(country, c.body), c.body, country)
                links[i] = dataclasses.replace(link, claimer=placed)

    def _state_media_of_the_north(self, links: list[Link], sentence) -> None:
        """"Kim Jong Un honoured the fallen ... , state media said", "laut Staatsmedien": state media named without
        their country, in a paragraph about the North sending its soldiers (up to the end of their sentence: "zeigte das
        Staatsfernsehen bei der Trauerfeier in Pjöngjang"), are the North's (LABELS.md: KCNA and state television)."""
        for i, link in enumerate(links):
            c = link.claimer
            if c.source != UNRESOLVED or c.body != "media" or c.country is not None or \
                    not _STATE_MEDIA.search(self.text, c.start, c.end) or not self._paragraph_names_the_north(sentence, sentence.end):
                continue
            placed = self.lex.compose(SENDING_COUNTRY, "media")
            if placed not in (None, UNRESOLVED):
                links[i] = dataclasses.replace(link, claimer=Claimer(c.start, c.end, placed, c.body, SENDING_COUNTRY))

    def _paragraph_names_the_north(self, sentence, before: int) -> bool:
        """Whether the paragraph up to ``before`` names North Korea: its name or capital (as the countries vocabulary
        reads them) or its leader."""
        start = self.sentences[self._paragraph_of(sentence)[0]].start
        return any(m.lastgroup[2:] == SENDING_COUNTRY for m in self.lex.country_pattern.finditer(self.text, start, before)) \
            or _THE_NORTHS_LEADER.search(self.text, start, before) is not None

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
        relays = [link for link in links if link.claimer.source in self.media]
        for link in links:
            span = (link.claimer.start, link.claimer.end)
            if origins and not link.origin and link.claimer.source not in self.media:
                self._origin_for.setdefault(span, origins[0])   # "a lawmaker said, citing the NIS ... he added"
            # (never an outlet whose clause a semicolon closes before the link's: "state media said ...; Seoul
            # estimates 4,700"; one after it may tell how the words got out: "...; über Yonhap")
            # (nor across a contrast: "X said ... 4,000, while officials speaking to the BBC put it at 4,000")
            # (nor one that opens a clause of its own after a semicolon: "..., sagte Lee; Nordkoreas Staatsmedien
            # erwähnten die Verlegung mit keinem Wort")
            relay = next((r.claimer.source for r in relays
                          if (r.cue[1] > link.cue[0] or self.text.find(";", r.cue[1], link.cue[0]) < 0)
                          and not self._own_clause_after(link, r)
                          and not CONTRAST_BETWEEN.search(self.text, min(r.cue[1], link.cue[1]),
                                                           max(r.cue[0], link.cue[0]))), None)
            if relay is not None and link.claimer.source not in self.media and link.claimer.source != relay:
                self._relayed_by.setdefault(span, relay)        # "the official said" later: the same outlet relays
        return {(link.claimer.start, link.claimer.end) for link in links}

    def _own_clause_after(self, link: Link, relay: Link) -> bool:
        """Whether an outlet stands after a semicolon that follows a link, not brought in by a preposition ("...; über
        Yonhap" tells how the words got out): it opens a clause of its own."""
        gap = max(link.cue[1], link.claimer.end)
        if relay.claimer.start < gap or self.text.find(";", gap, relay.claimer.start) < 0:
            return False
        return not _THROUGH_AN_OUTLET.search(self.text, max(0, relay.claimer.start - 30), relay.claimer.start)

    def _metonym_subject(self, claimers: list[Claimer], pronoun: Claimer, s: int) -> list[Claimer]:
        """"Pyongyang held a ceremony for the 101 soldiers it says died": "it" is the country that opens its own
        sentence as the subject, named by its capital or name (never a person's "he", never a country named later)."""
        if self.text[pronoun.start:pronoun.end].lower() not in NEUTER:
            return []
        first = next((c for c in claimers if c.end <= pronoun.start), None)
        return [first] if first is not None and first.metonym and first.source not in (None, UNRESOLVED) and \
            self._is_subject(first, s) and not self._is_object(first) and not self._after_preposition(first, s) else []

    def _subjects(self, claimers: list[Claimer], s: int, linked: set[tuple[int, int]]) -> list[Claimer]:
        """Unlinked claimers in subject position ("Zelensky posted ... He said"): a later pronoun may mean them."""
        return [c for c in claimers if (c.start, c.end) not in linked and not c.metonym
                and c.source not in (None, UNRESOLVED) and c.source not in self.media and (self._is_subject(c, s) or (
                    # (German verb-second: the subject right after the verb that follows a fronted phrase, "Bereits zum
                    # zweiten Mal in diesem Frühjahr reiste Russlands Sicherheitsratschef Sergej Schoigu nach Pjöngjang")
                    self.language == "de" and not self._is_object(c) and _V2_SUBJECT.fullmatch(self.text, s, c.start)))]

    def _pointable_in(self, index: int, last_word: str | None = None) -> list[Claimer]:
        """The claimers of an earlier sentence a later anaphor may mean, last named first.  With ``last_word`` (lower
        case), only those whose words may end in it are asked for: a sentence whose subjects alone are pointable and
        whose words do not hold it gives none, without reading its claimers (they depend on its words only)."""
        sentence = self.sentences[index]
        if index not in self._links:
            self._depth += 1                       # a chain of anaphors reads back at most MAX_DEPTH sentences
            try:
                if self._depth <= MAX_DEPTH:
                    self.links(sentence)
            finally:
                self._depth -= 1
        if index not in self._pointable:           # a sentence without cues: its subjects only
            if last_word is not None and self._lacks(sentence, last_word):
                return []
            self._pointable[index] = self._subjects(self._claimers(sentence, []), sentence.start, set())
        return self._pointable[index][::-1]

    def _lacks(self, sentence: Sentence, word: str) -> bool:
        """Whether no claimer of ``sentence`` can hold ``word`` (lower case) in its lowercased words: the lowercase of
        the text around the sentence does not hold it (the text's lowercase keeps its offsets and, with no capital
        sigma near, lowers each character alone: a phrase's lowercase is the slice of it)."""
        low = lowered(self.text)
        a, b = max(0, sentence.start - CLAIMER_SPILL), sentence.end + CLAIMER_SPILL
        return low is not None and self.text.find("Σ", a, b) < 0 and low.find(word, a, b) < 0

    def _speaker(self, sentence: Sentence) -> Claimer | None:
        """A person or body placed in subject position of a sentence with no cue: reported speech right after it
        is theirs."""
        # (never the sending side: "Dem Bericht zufolge hatten die nordkoreanischen Streitkräfte ... Verluste zu
        # beklagen. Etwa ein Drittel davon seien gefallen" is not the North Korean army's word)
        for c in self._pointable_in(sentence.index)[::-1]:
            if not c.metonym and (c.person or c.known or c.body is not None) and c.country != SENDING_COUNTRY:
                return c
        if self.language == "de":                  # V2: "In seiner Videoansprache ging der ukrainische Präsident ..."
            for c in self._claimers(sentence, []):
                if c.source not in (None, UNRESOLVED) and not c.metonym and (c.person or c.known or c.body is not None) \
                        and not self._is_object(c) and _V2_SUBJECT.fullmatch(self.text[sentence.start:c.start]) \
                        and c.country != SENDING_COUNTRY:
                    return c
        return None

    def _is_subject(self, claimer: Claimer, s: int) -> bool:
        return len(self.text[s:min(claimer.start, s + TAIL)].split()) < SUBJECT_TOKENS

    def _link(self, c0: int, c1: int, side: str, claimers: list[Claimer], s: int, e: int) -> list[tuple[Claimer, bool]]:
        window = self.cues.window
        starts, ends = self._claimer_starts, self._claimer_ends
        after = claimers[bisect.bisect_left(starts, c1):bisect.bisect_right(starts, c1 + window)]
        before = claimers[bisect.bisect_left(ends, c0 - window):bisect.bisect_right(ends, c0)]
        if self._after_semicolon:                  # a clause after a semicolon: its own claimers only
            before = [c for c in before if c.start >= s]
        if side == "denied":
            return []                              # a denial attributes nothing (its subject stays pointable)
        if side == "either" and _DOCUMENT_PARTICIPLE.search(self.text, max(s, c0 - 30), c1):
            return []                              # "a DIA report released Tuesday": the document's participle, no verb
        reports = self._reports_claim(c0, c1, s) if side == "either" and _REPORT_NOUN.fullmatch(self.text, c0, c1) else None
        if reports is not None:
            return reports
        if side in ("before", "relay"):
            return self._link_forward(c0, c1, side, s, e, before, after)
        if side == "after" and self.text[c0:c1] == ":":
            # only the whole line before the colon names the source: "Seoul:", not "Putins Allianz:"
            line = [(c, False) for c in before[-1:] if _TIMESTAMP.fullmatch(self.text, c.end, c0)
                    and all(w.isupper() or w.lower() == "uhr" for w in re.findall(r"[^\W\d_]+", self.text[s:c.start]))]
            if line or not (self.cues.carry.search(self.text, c1, e) or _QUOTE_OPENS.match(self.text, c1, e)):
                return line
            # "Das Pentagon war konkreter: Rund 10.000 Soldaten habe Pjöngjang geschickt": reported speech after
            # the colon is the words of the subject of the clause before it
            # (never the sending country as the actor: "Neben Soldaten schickt Nordkorea auch Zivilisten: ...")
            return [(c, False) for c in before if self._is_subject(c, s) and not self._is_object(c)
                    and c.country != SENDING_COUNTRY][:1]
        if side == "after":
            return self._link_after(c0, c1, s, claimers, before, after)
        impersonal = self._impersonal_place(s, c0, c1, before, after)
        if impersonal is not None:
            return [(impersonal, False)]
        agentless = self._agentless_passive(s, c0, c1, before)
        if agentless is not None:
            return [(c, False) for c in agentless]
        if _PASSIVE.search(self.text, max(s, c0 - TAIL), c0) and not self.text[c0:c1].endswith("ing"):
            # "cannot be independently verified": no subject says it ("has been reporting" is no passive)
            return []
        return self._subjects_of(c0, c1, self._subject(c0, c1, s, e, before, after))

    def _subjects_of(self, c0: int, c1: int, subjects: list[Claimer]) -> list[tuple[Claimer, bool]]:
        """The links of a verb's subjects; who shows a figure gives it only as an outlet ("zeigte das Staatsfernsehen";
        never "zeigt ein Blick auf", "Bilder, die Kim Jong Un ... zeigen"), as its origin, not passing it on."""
        if _SHOWING.match(self.text, c0, c1):
            return [(c, True) for c in subjects if c.source in self.media or c.body == "media"]
        return [(c, False) for c in subjects]

    def _elided_subject(self, c0: int, c1: int, side: str, s: int, claimers: list[Claimer],
                        links: list[Link]) -> list[Link]:
        """"ISW analysts noted that South Korean intelligence has reported ..., and said Moscow may seek": a verb of
        saying joined by "and" with its subject left out says what the clause's first subject says (linked again); so does
        a participle of saying ("..., told Daily NK, adding that about 500 had come home wounded": whoever said the clause
        before, never the outlet told)."""
        said = [link for link in links if link.claimer.source not in self.media] if _ADDING.fullmatch(self.text, c0, c1) else []
        if said:
            return [Link((c0, c1), said[-1].claimer, said[-1].origin, said[-1].words)]
        if side != "either" or not _ELIDED_SUBJECT.search(self.text, max(s, c0 - 8), c0):
            return []
        first = next((c for c in claimers if c.end <= c0 and self._is_subject(c, s)), None)
        if first is None:
            return []
        linked = next((link for link in links if link.words == (first.start, first.end)), None)
        return [Link((c0, c1), linked.claimer, linked.origin, (c0, c1))] if linked is not None else []

    def _reports_claim(self, c0: int, c1: int, s: int) -> list[tuple[Claimer, bool]] | None:
        """"dismissed reports that 1,000 had died", "Russian claims that dozens had been taken": the reports claim; "On
        reports of combat, we can't corroborate those": reports after a preposition are a topic, no one's words."""
        if _TOPIC_PREPOSITION.search(self.text, max(s, c0 - 12), c0):
            return []
        if not _THAT.match(self.text, c1):
            return None
        country = self.lex.country_in(self.text, max(s, c0 - 12), c0)
        start = c0 - 12 + (self.text[c0 - 12:c0].find(" ") + 1) if country else c0
        return [(self._composed(max(s, start), c1, country) if country else Claimer(c0, c1, UNRESOLVED), False)]

    def _link_after(self, c0: int, c1: int, s: int, claimers: list[Claimer], before: list[Claimer],
                    after: list[Claimer]) -> list[tuple[Claimer, bool]]:
        """An ``after`` cue ("<X> zufolge", "hieß es aus Kiew"): the claimer before it (never whom a report went to: "In
        einem Bericht an das Parlament ist von ... die Rede")."""
        before = [c for c in before if not self._is_addressee(c)]
        generic = self._generic_before(c0, c1, s, before)
        if generic is not None:
            return [(generic, False)]
        pointing = _POINTING_BACK_BEFORE.search(self.text, max(s, c0 - 40), c0)
        if pointing is not None and not self.lex.is_country(pointing.group(1)):
            return []                              # "Diesen Angaben zufolge": the statements named before go on
        if _IMPERSONAL_CUE.match(self.text, c0, c1):
            before = [c for c in before if _ORIGIN_BEFORE.search(self.text, max(s, c.start - 40), c.start)]
        impersonal = self._impersonal_place(s, c0, c1, before, after)
        return [(c, False) for c in (([impersonal] if impersonal else []) or self._inverted_inside(c0, c1, claimers)
                                     or before[-1:] or self._pronoun_before(c0, s) or self._generic_subject(c0, s)
                                     or self._own_account_subject(c0, s)
                                     or self._unknown(c0, s, forward=False, names_only=True))]

    def _own_account_subject(self, c0: int, s: int) -> list[Claimer]:
        """"Ukrainische Truppen haben nach eigenen Angaben zwei Soldaten gefangen genommen": by its own account the
        clause's subject claims, a force of a country its military."""
        if not _OWN_ACCOUNT.match(self.text, c0):
            return []
        subject = _SUBJECT_BEFORE_AUXILIARY.match(self.text, s, c0)
        if subject is None:
            return []
        g0, g1 = subject.span(1)
        country = self.lex.country_in(self.text, g0, g1)
        if country is None:
            return []
        body = self.lex.body_in(self.text, g0, g1) or ("military" if _FORCE_HEAD.search(self.text, g0, g1) else None)
        return [Claimer(g0, g1, self.lex.compose(country, body) or UNRESOLVED, body, country)]

    def _generic_before(self, c0: int, c1: int, s: int, before: list[Claimer]) -> Claimer | None:
        """"Nordkorea hat Berichten zufolge 10.000 Soldaten geschickt": the reports before "zufolge"/"wonach" claim,
        never the actor before them; "Kiews Angaben zufolge": the country whose statements they are."""
        generic = _GENERIC_BEFORE_AFTER_CUE.search(self.text, max(s, c0 - TAIL), c0) \
            if self.text[c0:c1].strip().lower() in ("zufolge", "wonach") else None
        if generic is None or re.search(r"\b(?:den|diesen|jenen|seinen|ihren|deren|dessen|eigenen)\s+$",
                                        self.text[max(s, generic.start(1) - 10):generic.start(1)], re.IGNORECASE):
            return None                            # "Den Angaben zufolge": the statements named before carry on
        if before and before[-1].end >= generic.start(1):
            return None
        g0, g1 = generic.span(1)
        owner = _OWNER_BEFORE.search(self.text, max(s, g0 - 30), g0)
        if owner is not None and self.lex.is_country(owner.group(1)):
            g0 = owner.start()
        elif owner is not None and before and before[-1].end > owner.start():
            return None                            # "Selenskyjs Angaben zufolge": the claimer whose statements they are
        country = self.lex.country_in(self.text, g0, g1)
        media = _MEDIA_REPORTS.search(self.text, g0, g1)
        return self._composed(g0, g1, country) if country and not media else Claimer(g0, g1, UNRESOLVED)

    def _inverted_inside(self, c0: int, c1: int, claimers: list[Claimer]) -> list[Claimer]:
        """"Inzwischen geht die Regierung von 11.000 aus", "Mittlerweile rechnet das Pentagon mit": a cue that spans
        its verb and particle holds its subject right after the verb (adverbs between, never after a preposition)."""
        verb = re.match(r"\w+", self.text[c0:c1])
        if verb is None or verb.group(0).lower() in ("zufolge", "nach"):
            return []                              # "NIS zufolge bislang an Russland": no verb, no inversion
        verb_end = c0 + verb.end()
        inside = [c for c in claimers if verb_end < c.start and not self._is_object(c)
                  and (_ADVERBS_ONLY.fullmatch(self.text, verb_end, c.start) or self._document_of(verb_end, c.start))][:1]
        if inside:
            return inside
        # (or a pronoun: "Inzwischen geht er von etwa 2.000 Toten aus")
        after = _SPACE.match(self.text, verb_end)
        pronoun = pronoun_at(self.text, after.end(), after.end() + PRONOUN_LENGTH, self.lex) if after else None
        return [pronoun] if pronoun is not None else []

    def _document_of(self, verb_end: int, start: int) -> bool:
        """Whether only adverbs and a document stand between an inverted verb and a claimer ("Davon geht eine Bewertung
        des ukrainischen Geheimdienstes aus")."""
        adverbs = _ADVERBS_ONLY.match(self.text, verb_end, start)
        return adverbs is not None and _DOCUMENT_BEFORE_OWNER.fullmatch(self.text, adverbs.end(), start) is not None

    def _impersonal_place(self, s: int, c0: int, c1: int, before: list[Claimer], after: list[Claimer]) -> Claimer | None:
        """"In Südkorea wird die Zahl auf 15.000 geschätzt", "In Kiew heißt es": an impersonal clause opened by a
        country or capital is that country's word (a place where someone named spoke is not: the named one claims)."""
        opening = _PLACE_OPENING.match(self.text, s, c0)
        place = self.lex.name_pattern.match(self.text, opening.end(), c0) if opening else None
        if place is None and opening is not None:
            # "In Militärkreisen in Seoul wird die Zahl ... geschätzt": a circle or body opening it, that one's word
            circle = next((c for c in before if c.start == opening.end()), None)
            if circle is None and opening.group(0).strip().lower() == "aus":
                return self._described_origin(opening.end(), c0)
            # ("Im Kiewer Militärgeheimdienst erwartet man": the impersonal subject right after its verb)
            return circle if circle is not None and (_IMPERSONAL.search(self.text, circle.end, c1)
                                                     or _IMPERSONAL.match(self.text, c1 + 1, c1 + 12)) else None
        if place is None or not (_IMPERSONAL.search(self.text, place.end(), c1)
                                 or _IMPERSONAL.match(self.text, c1 + 1, c1 + 12)):
            return None
        if any(c.start >= place.end() for c in before) or any(c.start - c1 <= ADJACENT for c in after):
            return None                            # "In Seoul wird die Zahl vom Geheimdienst ... geschätzt"
        return Claimer(place.start(), place.end(), self.lex.compose(place.lastgroup[2:], None), None,
                       place.lastgroup[2:], metonym=True)

    def _described_origin(self, start: int, c0: int) -> Claimer | None:
        """"Aus dem Sicherheitsapparat in Seoul hieß es": where the words came from, though the vocabulary cannot place
        its body, composed from the country it names (unresolved without one)."""
        origin = _DESCRIBED_ORIGIN.match(self.text, start, c0)
        if origin is None:
            return None
        country = self.lex.country_in(self.text, *origin.span(1))
        return self._composed(*origin.span(1), country) if country else Claimer(*origin.span(1), UNRESOLVED)

    def _agentless_passive(self, s: int, c0: int, c1: int, before: list[Claimer]) -> list[Claimer] | None:
        """"Die Zahl der Minenentschärfer ... wird in Moskau mit 1.000 beziffert": a German passive names no subject
        (what it counts is none); a place in its clause is that country's word, an agent ("vom Militär") the
        subject as usual (None: not such a passive)."""
        if self.language != "de" or not _PARTICIPLE.fullmatch(self.text, c0, c1):
            return None
        opens = max((m.end() for m in _CLAUSE_OPENER.finditer(self.text, s, c0)), default=s)
        auxiliaries = list(_PASSIVE_AUX.finditer(self.text, opens, c0))
        aux = auxiliaries[-1] if auxiliaries else _WORDEN.match(self.text, c1)   # "sei ebenfalls beobachtet worden"
        since = aux.end() if aux is not None and aux.end() <= c0 else opens
        if aux is None or any(c.start >= since and _AGENT.search(self.text, max(s, c.start - 30), c.start)
                              for c in before):
            return None
        # (a place after a noun is that noun's: "die Stärke des Kontingents in Russland wird ... angegeben")
        places = [m for m in self.lex.name_pattern.finditer(self.text, since, c0)
                  if _IN_PLACE.search(self.text, max(s, m.start() - 5), m.start())
                  and not _NOUN_BEFORE_PLACE.search(self.text, max(s + 1, m.start() - 40), m.start())]
        if not places:
            return []
        place = places[-1]
        return [Claimer(place.start(), place.end(), self.lex.compose(place.lastgroup[2:], None), None,
                        place.lastgroup[2:], metonym=True)]

    def _relays_nothing(self, picked: Claimer) -> bool:
        """"relaying the briefing", "cited heavy casualties": what is relayed, not from whom; "das sich auf eigene
        Aufklärung beruft", "citing its own intelligence": the relayer's own, no one else's."""
        return (picked.source == UNRESOLVED and (
            _DOCUMENT_OBJECT.search(self.text, picked.start, picked.end) or (
                picked.body is None and self.text[picked.start:picked.start + 1].islower()))) or \
            is_own(self.text, picked)

    def _cue_of_its_own(self, c0: int, c1: int) -> list[tuple[Claimer, bool]] | None:
        """A cue that settles its claimer by itself: "Nach unserer Schätzung ..., sagt X" (the speaker, linked by "sagt":
        none here); "By most accounts", "In sozialen Netzwerken kursiert die Behauptung" (accounts or a crowd no one is named
        for: the words are the claimer)."""
        if _FIRST_PERSON.search(self.text, c0, c1):
            return []
        if _UNNAMED_ACCOUNTS.fullmatch(self.text, c0, c1):
            return [(Claimer(c0, c1, UNRESOLVED), False)]
        return None

    def _link_forward(self, c0: int, c1: int, side: str, s: int, e: int, before: list[Claimer],
                      after: list[Claimer]) -> list[tuple[Claimer, bool]]:
        """A cue before its claimer ("laut X", "according to X") or a relay ("citing X", "unter Berufung auf X")."""
        own = self._cue_of_its_own(c0, c1)
        if own is not None:
            return own
        # "in a report to lawmakers": whom it was told; "estimated in an update on X that North Korea had suffered":
        # the subject of the clause reported, not whose update it is
        # (nor the subject of a clause reported without "that": "In an interview with Bloomberg he said Pyongyang had
        # shipped ...")
        after = [c for c in after if not self._is_addressee(c) and not _THAT_BEFORE.search(self.text, max(0, c.start - 8), c.start)
                 and not _SAID_BEFORE.search(self.text, max(c1, c.start - 12), c.start)]
        inner = self._inside_cue(c0, c1)
        adjacent = [c for c in after if c.start - c1 <= ADJACENT]
        pronoun = pronoun_at(self.text, c1 + 1, e, self.lex, ("object", "subject"))
        # "nach seinen Worten", "by his count": the cue's own pronoun first
        # a relay's object follows it ("relaying the briefing, said ... along the Russia-Ukraine border": no one)
        # and a cue's claimer stands in its clause ("according to the first report of the X Team, an 11-nation body set
        # up after Moscow vetoed ...": not Moscow)
        near = [c for c in after if _RELAY_GAP.fullmatch(self.text, c1, c.start)] if side == "relay" else \
            [c for c in after if not _COMMA_OR_STOP.search(self.text, c1, c.start)]
        near = near if adjacent or inner or pronoun else self._headed_name(c1, near)
        # (a relay's own pronoun is the relayer's: "Die Zeitung beruft sich in ihrem Bericht auf X": X)
        near = self._past_own_document(c1, e, near) if side == "before" and not (adjacent or inner or pronoun) else near
        picked = ([c for c in inner if c.pronoun and side != "relay"] or adjacent[:1] or ([pronoun] if pronoun else []) or inner or near[:1]
                  or self._relied_on_by(c1, after) or self._unknown(c1, e, forward=True, names_only=False))
        picked = self._pointing_back_or_briefed_on(picked, after) if side == "before" else picked
        if picked and (picked[0].source == UNRESOLVED and picked[0].body is None or (
                picked[0].source is None and picked[0].body in self.lex.generic_bodies and _INDEFINITE_ARTICLE.match(
                    self.text, picked[0].start))):   # ("according to an assessment posted by the UK Ministry of Defence")
            owner = self._document_owner(picked[0], e)
            if owner is not None:                  # "so jedenfalls das Kalkül des Wiener Koreanisten Martin Haller"
                picked = [owner]
        if side == "before" and picked and not picked[0].pronoun and picked[0].body is None and \
                picked[0].source in (None, UNRESOLVED, SENDING_COUNTRY + "_government") and \
                self._counted(self.text[picked[0].start:picked[0].end].split()[-1]):
            # "lifting its estimate of the North Korean force to 14,000": what is estimated, not who; "its" estimates
            owner = _OWNER_PRONOUN.search(self.text, max(s, c0 - 20), c0)
            return [(Claimer(*owner.span(1), None, pronoun=True), False)] if owner else []
        if side == "relay" and picked and self._relays_nothing(picked[0]):
            return []
        # a briefing names the origin; so does "citing" after someone who is not an outlet ("a lawmaker
        # said, citing the NIS"), while an outlet's "citing" names its own sources
        relayer = before[-1] if before else None
        if side == "relay" and _MEETING.search(self.text, c0, c1) and (relayer is None or relayer.body != "lawmakers"):
            return []                          # only lawmakers relay whom they met ("nach einem Treffen mit Kim")
        # "Citing the spy agency, two lawmakers said": a relay opening the sentence names the origin of what
        # its subject says
        # (an outlet or person the vocabulary cannot place relays whom it quotes: "Kyiv Post reported, quoting the 80th
        # Brigade")
        origin = side == "relay" and (bool(self.cues.origin.search(self.text, c0, c1)) or (
            relayer is not None and relayer.source not in self.media)
            or (relayer is None and self.text[max(s, c0 - 3):c0].rstrip().endswith(","))   # "X reported, quoting Y"
            or not self.text[s:c0].strip(" \"'“„‘«"))
        cited = self._cited_after_outlet(picked, after, before, c0) if side == "relay" and self.language == "de" else None
        if cited is not None:                  # "zitiert die Zeitung „Dong-A Ilbo“ einen Beamten des ...": the outlet
            return [(cited, True)] + ([(picked[0], False)] if picked[0].source in self.media else [])   # relays
        # (a person the vocabulary names has their source's country: "Lawmaker Lee Seong-kweun, citing the spy agency")
        # (a national outlet has its country: "Yonhap, unter Berufung auf den Generalstab"; an international one none)
        relayer_country = (relayer.country or self._source_country(relayer.source)
                           or self.outlet_countries.get(relayer.source)) if relayer is not None else None
        if side == "relay" and picked and relayer_country and picked[0].source in (None, UNRESOLVED) and \
                picked[0].body is not None and picked[0].body not in self.lex.generic_bodies and picked[0].country is None and \
                self.lex.country_in(self.text, picked[0].start, picked[0].end) is None and \
                not DIPLOMATS.search(self.text, picked[0].start, picked[0].end) and \
                (relayer.source not in self.media or relayer.source in self.outlet_countries) and \
                (c0 - relayer.end <= ADJACENT or _SAID_BEFORE_RELAY.fullmatch(self.text, relayer.end, c0)) and \
                relayer_country != SENDING_COUNTRY:
            # "Seoul berief sich auf Erkenntnisse des Geheimdienstes": a body named without its country is the relayer's
            # (never one whose words place it, unresolved all the same: "Diplomaten in Russland und im Westen")
            c = picked[0]
            picked = [Claimer(c.start, c.end, self.lex.compose(relayer_country, c.body), c.body, relayer_country)]
        if side == "before" and picked and picked[0].source in self.media:
            speaker = [c for c in before if self._is_subject(c, s) and not self._is_object(c) and not c.metonym
                       and c.source not in (None, UNRESOLVED) and c.source not in self.media
                       and self.lex.body_types.get(c.body) in _SPEAKING_BODY_TYPES and c.country != SENDING_COUNTRY]
            if speaker:                        # "Der südkoreanische Dienst führt das laut Yonhap auf ... zurück": the
                return [(speaker[0], False), (picked[0], False)]   # subject says it, the outlet relays
        found = [(c, origin) for c in picked[:1]]
        if side == "relay":                   # "X zitiert Y", "CNN, citing Y": the outlet before relays
            found += [(c, False) for c in self._relaying_outlet(c0, before, after, picked)]
        return found

    def _pointing_back_or_briefed_on(self, picked: list[Claimer], after: list[Claimer]) -> list[Claimer]:
        """"Regierungsvertreter schätzen, dass ...; rund 2.000 seien gefallen, so die Schätzung": a definite report noun
        after a claimer named in its sentence points back to that one's estimate (no link here: the one named goes
        on); else :meth:`_briefed_on`."""
        if picked and picked[0].source in (None, UNRESOLVED) and \
                any(c.source not in (None, UNRESOLVED) and c.end <= picked[0].start for c in self._claimers_here) and \
                _DEFINITE_REPORT.fullmatch(self.text, picked[0].start, picked[0].end) and \
                self.lex.report_head.fullmatch(self.text[picked[0].start:picked[0].end].split()[-1]):
            return []
        return self._briefed_on(picked, after)

    def _briefed_on(self, picked: list[Claimer], after: list[Claimer]) -> list[Claimer]:
        """"according to a source briefed on South Korean intelligence": an unplaced person whose complement names a placed
        body relays it (LABELS.md), so the body is the claimer."""
        if not picked or picked[0].source not in (None, UNRESOLVED):
            return picked
        known = next((c for c in after if picked[0].end < c.start <= picked[0].end + BRIEFED_ON_REACH
                      and c.source not in (None, UNRESOLVED)
                      and _COMPLEMENT.search(self.text, max(picked[0].end, c.start - 20), c.start)), None)
        return [known] if known is not None else picked

    def _relaying_outlet(self, c0: int, before: list[Claimer], after: list[Claimer], picked: list[Claimer]) -> list[Claimer]:
        """The outlet that relays what a relay cue names: right before the cue ("CNN, citing ..."), or right after the
        quoted one's pronoun (", zitierte ihn die Staatsagentur KCNA")."""
        relays = [c for c in before if c0 - c.end <= ADJACENT + 2 and c.source in self.media]
        if not relays and picked and picked[0].pronoun:
            relays = [c for c in after if picked[0].end <= c.start <= picked[0].end + ADJACENT and c.source in self.media]
        return relays[-1:]

    def _relied_on_by(self, c1: int, after: list[Claimer]) -> list[Claimer]:
        """"Nach einer Zählung, auf die sich ukrainische Stellen berufen, ...": whoever relies on the document the cue
        names, in the relative clause right after it."""
        clause = _RELIED_ON.match(self.text, c1)
        if clause is None:
            return []
        return [c for c in after if c.start == clause.end() and _RELYING.match(self.text, c.end)][:1]

    def _headed_name(self, c1: int, near: list[Claimer]) -> list[Claimer]:
        """", so Andrij Kowalenko, der das Zentrum ... leitet", "according to Andriy Kovalenko, who heads the ...": the
        name before a relative clause of heading, with the body he heads, rather than that body."""
        if not near or near[0].start <= c1 + 1:
            return near
        headed = self._unknown(c1, near[0].start, forward=True, names_only=False)
        if headed and headed[0].source not in (None, UNRESOLVED) and HEADS_BODY.match(self.text, headed[0].end):
            return headed
        if headed and headed[0].source in (None, UNRESOLVED) and headed[0].start - c1 <= ADJACENT and \
                _VERB_BEFORE.fullmatch(self.text, headed[0].end, next(
                    (c.start for c in near if not _PLACE_BEFORE.search(self.text, headed[0].end, c.start)), c1)):
            # "Laut dem ISW setzte Russland ... ein": the name the cue governs, not the clause's subject after the verb
            return headed
        return near

    def _past_own_document(self, c1: int, e: int, near: list[Claimer]) -> list[Claimer]:
        """"Laut einem UN-Bericht lieferte Nordkorea", "according to a UN report, North Korea had supplied": a document
        named right after the cue is whose the figure is; a claimer after it (not its owner in the genitive) is the
        clause's subject."""
        own = noun_phrase_near(self.text, c1 + 1, e, self.lex, self.language, forward=True, names_only=False) if near else None
        if own is None or own[1] > near[0].start or not _DOCUMENT_OBJECT.search(self.text, *own) or \
                _OWNER_AFTER.match(self.text, own[1], e):
            return near
        return []

    def _document_owner(self, claimer: Claimer, e: int) -> Claimer | None:
        """"das Kalkül des Wiener Koreanisten Martin Haller", "the calculations of a Seoul think tank": a document
        or reckoning the vocabulary cannot place is its owner's, named in the genitive after it."""
        words = self.text[claimer.start:claimer.end].split()
        genitive = _GENITIVE_AFTER.match(self.text, claimer.end, e)
        if not words or genitive is None or not self.lex.report_nouns.fullmatch(words[-1]):
            return None
        # (a German genitive article opens the owner's phrase; after a preposition the phrase follows it)
        first = genitive.start(1) if genitive.group(1).lower() in ("des", "der") else genitive.end()
        # "posted by the UK Ministry of Defence": a body the vocabulary places, named right there
        named = [c for c in find_claimers(self.text, first, min(e, first + OWNER_REACH), known=self.known,
                                          known_groups=self.known_groups, lex=self.lex, language=self.language)
                 if c.start - first <= ADJACENT and c.source not in (None, UNRESOLVED)]
        if named:
            return named[0]
        span = determiner_phrase(self.text, first, e, self.lex, self.language, whole=False)
        if span is None:
            return None
        country = self.lex.country_in(self.text, *span)
        return self._composed(*span, country) if country else Claimer(*span, UNRESOLVED)

    def _cited_after_outlet(self, picked: list[Claimer], after: list[Claimer], before: list[Claimer],
                            c0: int) -> Claimer | None:
        """German inversion after "zitiert": the subject (an outlet) first, then whom it cites in the accusative; or whom
        it cites fronted, in the accusative before the verb ("Den südkoreanischen Geheimdienst zitierte die Agentur
        Yonhap mit der Schätzung ...")."""
        if not picked or not (picked[0].source in self.media or picked[0].body == "media"):
            return None
        cited = [c for c in after if c.start > picked[0].end and self._is_object(c)
                 and not _COMMA_OR_STOP.search(self.text, picked[0].end, c.start)]
        fronted = [c for c in before[-1:] if self._is_object(c) and c.source not in self.media
                   and not _COMMA_OR_STOP.search(self.text, c.end, c0)]
        return (cited or fronted or [None])[0]
