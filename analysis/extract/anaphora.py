"""Who an anaphor or a bare name means: the claimer named before that fits ("der Dienst", "laut dem
Kommando", "laut Rosstat", "he"), an office held by a person named before, lawmakers relaying a service
named in the paragraph.  A mixin of :class:`analysis.extract.attribution.Attributor`, which holds the
state it reads (the text, its sentences, the vocabulary compiled, the claimers of each sentence)."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from ..text import Sentence
from .attribution_rules import (
    _ACRONYM,
    _AFTER_LOWERCASE_WORD,
    _ARTICLES,
    _DATELINE,
    _DEFINITE_ANY_CASE,
    _DOCUMENT_HEAD,
    _EPITHET,
    _OF_THE_COUNTRY,
    _REJECTS,
    _THE_COUNTRYS,
    LOOKBACK,
    NEUTER,
    SENDING_COUNTRY,
)
from .claimers import UNRESOLVED, Claimer, find_claimers


@functools.lru_cache(maxsize=256)
def _owned_document(head: str) -> re.Pattern:
    """A document of the anaphor's head noun named by a possessive right after a claimer ("assessed in its update"),
    compiled once per head noun."""
    return re.compile(r"[^.;:!?]{0,40}?\b(?:its|their|his|her|sein\w*|ihr\w*)\s+(?:[\w-]+\s+)?" + re.escape(head) + r"\b",
                      re.IGNORECASE)


# a person's name, two or three capitalised words, apposed by a comma to the words after it: "Lee Jong-seok, director of"
_APPOSED_NAME = re.compile(r"(?<![\w'’-])((?-i:[A-ZÄÖÜ][\w'’]*(?:-[\w'’]+)?)(?:\s+(?-i:[A-ZÄÖÜ][\w'’]*(?:-[\w'’]+)?)){1,2}),\s+"
                           r"(?:(?:a|an|the|der|die|das|ein|eine)\s+)?$")
APPOSED_REACH = 50
# a briefing's giver right after: "briefed by the agency", "after a briefing from the service", "unterrichtet von der Behörde"
_BRIEFED_BY = re.compile(r"\b(?:briefed|briefing)\s+(?:by|from)\s+(?:the\s+)?$|\b(?:unterrichtet|informiert|gebrieft)\s+"
                         r"(?:von|durch)\s+(?:der|die|den|dem)\s+$|\b(?:Unterrichtung|Briefing)\s+(?:durch|von)\s+(?:die|den|der|dem)\s+$",
                         re.IGNORECASE)
BRIEFED_REACH = 40
# a place that leads its sentence before a colon ("Anders Kiew:", "Neue Zahlen aus Seoul:")
# a participle of what befell the counted ("killed in Russia", "getötet in Kursk"), never of saying ("said in Seoul")
_EVENT_PARTICIPLE = re.compile(r"(?!(?:said|stated|reported|added|noted|warned|claimed|announced)$)\w+ed|ge\w+t|\w+iert|sent|"
                               r"fallen|gefallen", re.IGNORECASE)
_AFTER_ITS_WORDS = re.compile(r",\s*(?:[^\W\d]+\s+){0,2}$")   # a pronoun after the words it speaks, its verb between
_DEFINITE_FIRST = re.compile(r"(?:der|die|das|dem|den|des|the)\s", re.IGNORECASE)
_LEAD_BEFORE_COLON = re.compile(r"\s*(?:[\w-]+\s+){0,3}")
# (the place's own clause may run on to the colon: "Kyiv's figure was higher still: ...")
_COLON_AFTER = re.compile(r"(?:['’]s)?(?:\s+[^\s:;,.!?]+){0,5}?\s*:")
# a place that owns the noun after it names a location there, no place of speaking ("a factory in Russia's Tatarstan")
_POSSESSIVE_END = re.compile(r"['’]s\b")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|im|nach|aus|to|into|from|von)\s+$", re.IGNORECASE)   # "in Russland": where
_REGIME = re.compile(r"(?:das|the|die)\s+(?:regime|führung|leadership)", re.IGNORECASE)   # a government by a generic word
PERSONAL = frozenset({"he", "she", "him", "her"})   # English pronouns that only a person is
_MASCULINE_DE = frozenset({"er", "ihn", "ihm"})      # German pronouns of a masculine noun or a man
# a German head noun that is neuter or feminine by its ending ("Präsidialamt", "Ministerium", "Regierung", "Behörde")
_NOT_MASCULINE_HEAD = re.compile(r"(?:amt|ministerium|büro|institut|zentrum|kommando|kabinett|parlament|regierung|behörde|"
                                 r"agentur|armee|führung|verwaltung|aufklärung|stelle|zentrale|denkfabrik|kommission|"
                                 r"organisation|botschaft)\s*$", re.IGNORECASE)
# where a German claimer's head noun ends: before its complement ("eines Beamten | im Seouler Vereinigungsministerium")
_COMPLEMENT_START = re.compile(r"\s+(?:im|in|vom|von|aus|bei|beim|des|der)\s", re.IGNORECASE)
_CLOSING_QUOTES = ("”", "“", '"', "»", "«")   # (German quotations close with “, English ones open with it)
_OPENING_QUOTES = ("“", "„", '"', "«", "»")
RELAY_REACH = 40                        # from a relay cue to the service it cites
# a claimer's verb of saying and the place it said it in: "told reporters in", "said on Monday in", "sagte in"
_SAID_IN = re.compile(r"\s+(?:told|said|says|tells|spoke|sagte|sagten|erklärte|erklärten)\b(?:\s+[^\W\d_][\w-]*){0,3}?"
                      r"\s+(?:in|im)\s+", re.IGNORECASE)
_DEFINITE = re.compile(r"(?:the|der|die|das|dem|den|des)\s", re.IGNORECASE)
_ONE_WORD_NAME = re.compile(r"(?-i:[A-ZÄÖÜ][a-zäöüß]+)")   # a name of one word: "Kim", "Budanow"
# a finite verb right after a sentence's opening country: it is the subject ("South Korea is ready", "Russia issued")
_SUBJECT_VERB = re.compile(r"\s+(?:(?:has|have|had|is|was|will|would|hat|hatte|ist|war|wird)\s+)?"
                           r"(?!(?:and|und|or|oder|in|im|to|nach|from|aus|with|mit|for|für|of|von|sowie|on|at|by)\b)"
                           r"(?-i:[a-zäöüß]{2,})\b")
# the head of an office held by one person: "the minister", "der Verteidigungsminister", "the president"
_OFFICE_WORD = re.compile(r"(?:minister|ministerin|präsident|präsidentin|president|premier|kanzler|chancellor|general)$")


# a definite possessor opening a claimer's words: "The embassy's defence attaché", "the ministry's spokesman"
_DEFINITE_POSSESSOR = re.compile(r"(?:the|The)\s+([\w-]+)['’]s\s")
# lawmakers and their committees, to whom a service reports
_LAWMAKERS = re.compile(r"\b(?:lawmakers?|legislators?|parliament\w*|intelligence committee|national assembly|abgeordnete\w*|"
                        r"parlament\w*|geheimdienstausschuss\w*|nationalversammlung)\b", re.IGNORECASE)
# a definite apposition after a body, to its comma or the sentence's end
_APPOSITION_AFTER = re.compile(r",\s+((?:the|der|die|das|des|dem)\s+[^,;.:()]{2,80})(?=[,;.])")
# a person's country after a body: "der Auslandsdienst seines Landes", "die Regierung ihres Heimatlandes"
_OWN_COUNTRY = re.compile(r"\s+(?:seines|ihres)\s+(?:Landes|Heimatlandes)\b")
_INDEFINITE = re.compile(r"(?:a|an|ein|eine|einer|einem|eines)\s", re.IGNORECASE)


# a place that opens its sentence, set off by a comma: where what follows is said
_FRONTED_PLACE = re.compile(r"[\s\"'“„»«(]*(?:in|aus|from)\s+(?:the\s+)?", re.IGNORECASE)
# ... and the claimer right after it (past a German verb in second place), not a later clause's
_PLACE_TO_CLAIMER = re.compile(r",\s*|\s+[^\W\d_]+\s+")

# the words of people a text leaves unnamed: a definite "the sources" points back to them
_UNNAMED_PEOPLE = re.compile(r"quelle|kreise|insider|informant|gewährs|sources?\b|officials?\b|beamte", re.IGNORECASE)

# a claimer that says it is the one named before: "(same)", "the same assessments", "nach Angaben derselben Stelle"
_SAME = re.compile(r"\b(?:same|ebenda|ibid|(?:der|die|das|des|dem|den)selben?)\b", re.IGNORECASE)

# where words came from: "hieß es aus Seoul", "Lagebericht aus London", "figures from Kyiv"
_FROM_PLACE = re.compile(r"\b(?:aus|from)\s+$", re.IGNORECASE)


class Anaphora:
    """Resolving claimers against those named before (methods of the Attributor)."""

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

    def _same_as_before(self, claimer: Claimer, sentence, earlier_here) -> Claimer | None:
        """"Killed: about 600 (same)", "according to the same assessments", "nach Einschätzung derselben Stelle": the
        last claimer placed before, in its sentence first."""
        if claimer.source not in (None, UNRESOLVED) or not _SAME.search(self.text, claimer.start, claimer.end):
            return None
        for earlier in itertools.chain(reversed(earlier_here), self._earlier_pointables(sentence)):
            if earlier.source not in (None, UNRESOLVED) and earlier.end <= claimer.start:
                return self._origin_for.get((earlier.start, earlier.end), earlier)
        return None

    def _briefing_of(self, named: Claimer | None, claimer: Claimer, sentence) -> Claimer | None:
        """A lawmaker named again ("..., so Lee" after "sagte der Abgeordnete Lee ... nach einer Sitzung des
        Geheimdienstausschusses") relays the service's briefing too; anyone else named again is themselves."""
        if named is None or named.body != "lawmakers" or not named.source.endswith("_lawmakers"):
            return named
        return self._intelligence_before(sentence) or self._intelligence_here(claimer, sentence) or named

    def _possessor_named_before(self, claimer: Claimer, sentence, earlier_here) -> Claimer | None:
        """"The embassy's defence attaché" after "Ukraine's embassy": a person of a body named before by a definite
        possessive speaks for that body."""
        owner = _DEFINITE_POSSESSOR.match(self.text, claimer.start, claimer.end)
        if claimer.source != UNRESOLVED or owner is None:
            return None
        named = self._head_named(Claimer(claimer.start, owner.end(1), UNRESOLVED), sentence, earlier_here)
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
        return self._named_before((claimer.start, claimer.end)) or self._person_seen_before(claimer, i)

    def _person_seen_before(self, claimer: Claimer, i: int) -> Claimer | None:
        """"Photos showed Kim Jong-un hugging engineers ... Kim said nine had died": a one-word name that is the family
        or last name of a person the vocabulary places, named earlier in the paragraph in any role, is that person."""
        word = self.text[claimer.start:claimer.end]
        if self.lex.people is None or not _ONE_WORD_NAME.fullmatch(word) or i < 0:
            return None
        sentence = self.sentences[i]
        for back in range(i, max(-1, i - 1 - LOOKBACK), -1):
            if self.sentences[back].paragraph != sentence.paragraph:
                break
            for c in reversed(self._claimers(self.sentences[back], [])):
                if c.end > claimer.start or c.source in (None, UNRESOLVED):
                    continue
                named = self.lex.people.search(self.text, c.start, c.end)
                words = named.group(0).replace("-", " ").split() if named else []
                if words and word.lower() in (words[0].lower(), words[-1].lower()):
                    return Claimer(claimer.start, claimer.end, c.source, c.body, c.country, known=c.known)
        return None

    def _named_before(self, span: tuple[int, int]) -> Claimer | None:
        """"betonte Blinken" after "US-Außenminister Antony Blinken": a name that ends a claimer named before."""
        last = self.text[span[0]:span[1]].split()[-1].lower()
        i = bisect.bisect_right(self._starts, span[0]) - 1
        if i < 0:
            return None
        acronym = last.upper() if _ACRONYM.fullmatch(self.text[span[0]:span[1]]) else None
        # (without initials to match, a claimer named before ends in the last word or holds it before a given name)
        for earlier in self._earlier_pointables(self.sentences[i], None if acronym else last):
            named = self.text[earlier.start:earlier.end]
            words = named.lower().split()
            # or its initials: "OSC" after "das britische Open Source Centre"
            initials = "".join(w[0] for w in named.split() if w[:1].isupper() and w.lower() not in _ARTICLES)
            # or a Korean family name before its given name, hyphenated or in two words that end the phrase: "Cho"
            # after "spy chief Cho Tae-yong", "Lee" after "Der Abgeordnete Lee Seong Kweun"
            family = any(w == last and ("-" in nxt or (k + 3 == len(words) and all(
                x[:1].isupper() for x in named.split()[k + 1:]))) for k, (w, nxt) in enumerate(itertools.pairwise(words)))
            if not acronym and earlier.source not in (None, UNRESOLVED) and self._apposed_name_holds(earlier.start, last):
                # "Lee Jong-seok, director of the National Intelligence Service, made the remarks ... Lee said": the
                # name the office stands in apposition to
                return Claimer(earlier.start, earlier.end, earlier.source, earlier.body, earlier.country, known=earlier.known)
            if words and (words[-1] == last or initials == acronym or family) and earlier.source not in (None, UNRESOLVED):
                # the words that named it in full ("sagte Austin" after "US-Verteidigungsminister Lloyd Austin")
                return Claimer(earlier.start, earlier.end, earlier.source, earlier.body, earlier.country, known=earlier.known)
        return None

    def _apposed_name_holds(self, start: int, last: str) -> bool:
        """Whether a person's name stands right before a claimer, apposed to it by a comma ("Lee Jong-seok, director
        of ..."), and ``last`` is its last word or its family name before a hyphenated given name."""
        apposed = _APPOSED_NAME.search(self.text, max(0, start - APPOSED_REACH), start)
        if apposed is None:
            return False
        words = apposed.group(1).lower().split()
        return words[-1] == last or (len(words) > 1 and words[0] == last and "-" in words[1])

    def _earlier_in_paragraph(self, sentence: Sentence):
        """The claimers a later phrase may mean (:meth:`_earlier_pointables`) in the paragraph of ``sentence``."""
        for earlier in self._earlier_pointables(sentence):
            if self.sentences[bisect.bisect_right(self._starts, earlier.start) - 1].paragraph != sentence.paragraph:
                return
            yield earlier

    def _earlier_pointables(self, sentence: Sentence, last_word: str | None = None):
        """The claimers of the sentences before ``sentence`` a later phrase may mean, last named first (with
        ``last_word``, at least those whose words may hold it: :meth:`_pointable_in`)."""
        for index in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK), -1):
            yield from self._pointable_in(index, last_word)

    def _resolve(self, claimer: Claimer, sentence, earlier_here: list[Claimer] = ()) -> Claimer | None:
        """An anaphor's antecedent: the last claimer named before that fits, in its sentence first."""
        if claimer.source == UNRESOLVED and _EPITHET.fullmatch(self.text, claimer.start, claimer.end):
            # "sagte der Niederländer", "der 64-Jährige", "the 74-year-old": the person named before
            claimer = Claimer(claimer.start, claimer.end, None, office=True)
        if claimer.body == "lawmakers" and (claimer.source in (None, UNRESOLVED) or claimer.source.endswith("_lawmakers")):
            briefing = self._intelligence_before(sentence) or self._intelligence_here(claimer, sentence) or \
                self._intelligence_cited_next(sentence)
            if briefing is not None:               # lawmakers after a service named in the paragraph relay its briefing
                return briefing
        if not claimer.is_anaphor:
            return (self._same_as_before(claimer, sentence, earlier_here)
                    or self._office_holder(claimer, sentence) or self._people_named_before(claimer, sentence)
                    or self._briefing_of(self._name_resolved_before(claimer), claimer, sentence)
                    or self._definite_named_before(claimer, sentence, earlier_here)
                    or self._possessor_named_before(claimer, sentence, earlier_here)
                    or self._generic_body_of_a_country(claimer, sentence) or self._outlet_named_before(claimer, sentence)
                    or self._experts_named_before(claimer, sentence) or claimer)
        generic = claimer.body is None or claimer.body in self.lex.generic_bodies
        antecedent = self._antecedent(claimer, sentence, earlier_here, generic)
        place = self._country_said_here(claimer, sentence) if claimer.body is not None and not generic else None
        if place is not None and (antecedent is None or antecedent.country != place):
            # "Anders Kiew: ..., heißt es aus der Präsidialkanzlei" after "der Kreml": the country its sentence names
            return Claimer(claimer.start, claimer.end, self.lex.compose(place, claimer.body), claimer.body, place)
        if antecedent is not None:
            # (an indefinite phrase with a claimer named in its own sentence relays that one: "X sees ..., a government
            # spokesman said")
            # (an outlet named again in a sentence whose own claimer comes first relays that one, not its earlier
            # origin: "Kyiv puts the contingent at ..., the news agency said")
            relays_here = claimer.body == "media" and any(
                c.start < claimer.start and c.source not in (None, UNRESOLVED) and c.source not in self.media
                and c.body != "media" for c in earlier_here)
            return (None if generic or antecedent in earlier_here else self._someone_new(claimer, antecedent)) or \
                (antecedent if relays_here else self._origin_for.get((antecedent.start, antecedent.end), antecedent))
        if claimer.pronoun or claimer.office:      # ("Man geht davon aus, dass ...": impersonal, no one)
            return None if self.text[claimer.start:claimer.end].lower() == "man" else \
                Claimer(claimer.start, claimer.end, UNRESOLVED)
        return self._unnamed_before(claimer, sentence, earlier_here, generic)

    def _generic_body_of_a_country(self, claimer: Claimer, sentence) -> Claimer | None:
        """"teilte die Behörde in Seoul mit", "the agency in Seoul said": a definite body of no kind, placed only by its
        country, is the body of that country the paragraph named before ("des südkoreanischen Nachrichtendienstes NIS")."""
        if claimer.body not in self.lex.generic_bodies or claimer.country is None or \
                not _DEFINITE_FIRST.match(self.text, claimer.start, claimer.end):
            return None
        for earlier in self._earlier_in_paragraph(sentence):
            # (a known body's country is its source's: "des Nachrichtendienstes NIS")
            if (earlier.country or self._source_country(earlier.source)) == claimer.country and earlier.body is not None and \
                    earlier.body not in self.lex.generic_bodies and earlier.source not in (None, UNRESOLVED):
                return Claimer(earlier.start, earlier.end, earlier.source, earlier.body, earlier.country, known=earlier.known)
        return None

    def _outlet_named_before(self, claimer: Claimer, sentence) -> Claimer | None:
        """"..., the news agency said" after "cited by Reuters": a definite outlet of no name is the outlet the paragraph
        named last."""
        if claimer.body != "media" or claimer.source != UNRESOLVED or \
                not _DEFINITE_FIRST.match(self.text, claimer.start, claimer.end) or \
                any(w[:1].isupper() for w in self.text[claimer.start:claimer.end].split()[1:]):
            return None
        earlier = next((c for c in self._earlier_in_paragraph(sentence) if c.source in self.media), None)
        return None if earlier is None else Claimer(claimer.start, claimer.end, earlier.source, earlier.body, earlier.country,
                                                    known=earlier.known)

    def _experts_named_before(self, claimer: Claimer, sentence) -> Claimer | None:
        """"..., the researchers found" after "an analysis by the Open Source Centre", "Die Denkfabrik stützt sich auf"
        after "das Institut für Kriegsstudien": a definite expert body of no name is the one the paragraph named last (in
        its own sentence first: "Die US-Denkfabrik ISW hält ... für möglich: ..., schreiben die Analysten"), in its words."""
        words = self.text[claimer.start:claimer.end].split()
        if claimer.body != "expert" or claimer.source != UNRESOLVED or \
                not _DEFINITE_FIRST.match(self.text, claimer.start, claimer.end) or \
                (len(words) > 2 and any(w[:1].isupper() for w in words[1:])):
            return None
        here = [c for c in reversed(getattr(self, "_claimers_here", ())) if sentence.start <= c.start and c.end <= claimer.start]
        earlier = next((c for c in itertools.chain(here, self._earlier_in_paragraph(sentence))
                        if c.source in self.experts or (c.source == UNRESOLVED and c.body == "expert"
                                                        and (c.start, c.end) != (claimer.start, claimer.end))), None)
        return None if earlier is None else Claimer(earlier.start, earlier.end, earlier.source, earlier.body, earlier.country,
                                                    known=earlier.known)

    def _unnamed_before(self, claimer: Claimer, sentence, earlier_here: list[Claimer], generic: bool) -> Claimer | None:
        """An anaphor with no antecedent: named in the next sentence, placed by its sentence, or unresolved."""
        regime = self._regime_of_a_country_before(claimer, sentence)
        if regime is not None:
            return regime
        ahead = self._named_next(claimer, sentence, generic) if claimer.body is not None else None
        if ahead is not None:                      # "The agency told a committee ... South Korea's NIS sees ...": named
            return ahead                           # in the next sentence, none before
        own = _OWN_COUNTRY.match(self.text, claimer.end) if claimer.body is not None and not generic else None
        if own is not None:                        # "Der Auslandsdienst seines Landes": the country of whom it means
            place = self._possessor_country(claimer, sentence)
            if place is not None:
                return Claimer(claimer.start, own.end(), self.lex.compose(place, claimer.body), claimer.body, place)
        if claimer.body is not None and not generic:
            # (an apposition that names the country first: "Defence Intelligence, the UK military's analysis service")
            place = self._apposition_country(claimer) or \
                self._place_country(sentence, claimer.start) or self._country_named(sentence, claimer) or \
                self._country_of_paragraph(sentence, earlier_here) or self._dateline_country(sentence) or \
                self._place_said_in(claimer, sentence) or self._briefing_place(claimer, sentence) or \
                self._opening_subject_country(sentence, claimer) or self._citing_outlet_country(claimer, sentence)
            if place is not None:                  # "sagte in Seoul, der Geheimdienst ...": Seoul's
                return Claimer(claimer.start, claimer.end, self.lex.compose(place, claimer.body), claimer.body, place)
            return Claimer(claimer.start, claimer.end, UNRESOLVED, claimer.body)
        if claimer.body is not None and len(self.text[claimer.start:claimer.end].split()) > 2:
            return Claimer(claimer.start, claimer.end, UNRESOLVED, claimer.body)   # "the prisoner exchange office"
        if (claimer.body is not None or self._has_words(claimer)) and \
                not _DOCUMENT_HEAD.search(self.text, claimer.start, claimer.end):
            # "..., the agency said", "Das Gremium kommt zu dem Schluss" with none named before: someone attributes
            # it, who cannot be placed
            return Claimer(claimer.start, claimer.end, UNRESOLVED, claimer.body)
        return None

    def _regime_of_a_country_before(self, claimer: Claimer, sentence) -> Claimer | None:
        """"Dass Nordkorea ... Soldaten verloren hat, räumt das Regime nun selbst ein": a government named by a generic
        word ("das Regime", "the regime", "die Führung") is that of the country its sentence names before it."""
        if claimer.body != "government" or not _REGIME.fullmatch(self.text, claimer.start, claimer.end):
            return None
        named = [m for m in self.lex.country_pattern.finditer(self.text, sentence.start, claimer.start)
                 if not _PLACE_PREPOSITION_BEFORE.search(self.text, max(sentence.start, m.start() - 6), m.start())][-1:]
        if not named:
            return None
        country = named[0].lastgroup[2:]
        return Claimer(claimer.start, claimer.end, self.lex.compose(country, "government"), "government", country)

    def _opening_subject_country(self, sentence, claimer: Claimer) -> str | None:
        """"South Korea is ready to accept the two prisoners ..., the foreign ministry said": a body named without its
        country after a sentence that opens with a country as its subject is that country's (never the sending
        country's: "North Korea sent 3,000 more, the ministry said" is no North Korean ministry's)."""
        m = self.lex.country_pattern.match(self.text, sentence.start, claimer.start)
        if m is None or not _SUBJECT_VERB.match(self.text, m.end()):
            return None
        country = m.lastgroup[2:]
        return None if country == SENDING_COUNTRY else country

    def _citing_outlet_country(self, claimer: Claimer, sentence) -> str | None:
        """The country of a national outlet that cites a leader or government right before it, no one named before
        ("..., zitierte das Parteiorgan Rodong Sinmun den Machthaber": the North's)."""
        if claimer.body not in ("head_of_state", "government"):
            return None
        outlet = next((c for c in reversed(self._sentence_claimers.get(sentence.index, ())) if c.end <= claimer.start
                       and c.source in self.media), None)
        if outlet is None or self.text[outlet.end:claimer.start].strip():
            return None                            # (whom it cites right after it: "zitierte KCNA den Machthaber")
        return self.outlet_countries.get(outlet.source) or self._source_country(outlet.source)

    def _briefing_place(self, claimer: Claimer, sentence) -> str | None:
        """An intelligence service no country places that briefs lawmakers in its paragraph ("lawmakers briefed by the
        spy agency") is the vocabulary's briefing country's (``briefing_country``)."""
        if self.lex.briefing_country is None or claimer.body not in ("intelligence", "military_intelligence"):
            return None
        first, last = self._paragraph_of(sentence)
        found = _LAWMAKERS.search(self.text, self.sentences[first].start, self.sentences[last].end)
        return self.lex.briefing_country if found else None

    def _paragraph_of(self, sentence) -> tuple[int, int]:
        """The indices of the first and the last sentence of ``sentence``'s paragraph, read from it outwards."""
        first = last = sentence.index
        while first > 0 and self.sentences[first - 1].paragraph == sentence.paragraph:
            first -= 1
        while last + 1 < len(self.sentences) and self.sentences[last + 1].paragraph == sentence.paragraph:
            last += 1
        return first, last

    def _apposition_country(self, claimer: Claimer) -> str | None:
        """The country an apposition right after a body gives it: ", the UK military's analysis service", ", der
        britische Militärgeheimdienst" (up to the apposition's closing comma)."""
        m = _APPOSITION_AFTER.match(self.text, claimer.end)
        if m is None:
            return None
        country = self.lex.country_in(self.text, *m.span(1))
        return country if country != SENDING_COUNTRY else None

    def _possessor_country(self, claimer: Claimer, sentence) -> str | None:
        """The country of the claimer named last before ``claimer`` in its paragraph, in any position (a person's
        "seines Landes" means whoever was named: "trat der Abgeordnete Lee Seong Kweun vor die Presse")."""
        for index in range(sentence.index, max(-1, sentence.index - 1 - LOOKBACK), -1):
            earlier = self.sentences[index]
            if earlier.paragraph != sentence.paragraph:
                break
            for c in reversed(self._claimers(earlier, [])):
                if c.end > claimer.start or c.source in (None, UNRESOLVED):
                    continue
                country = c.country or self._source_country(c.source)
                if country and country != SENDING_COUNTRY:
                    return country
        return None

    def _place_said_in(self, claimer: Claimer, sentence) -> str | None:
        """"a senior administration official told reporters in Washington": where the claimer said it, right after
        its verb (never a place after the figure: "counts about 9,000 troops in Russia")."""
        said = _SAID_IN.match(self.text, claimer.end, sentence.end)
        place = self.lex.name_pattern.match(self.text, said.end()) if said else None
        return place.lastgroup[2:] if place is not None else None

    def _named_next(self, claimer: Claimer, sentence, generic: bool) -> Claimer | None:
        """A definite phrase with no antecedent ("the agency", "die Behörde") that the next sentence of its paragraph
        names: the first claimer there, not a place, that fits it."""
        if not (_DEFINITE.match(self.text, claimer.start, claimer.end) or self._headline_label(claimer)):
            return None
        _, named = self._claimers_next(sentence)
        return next((c for c in named if c.source not in (None, UNRESOLVED) and not c.metonym
                     and c.source not in self.media and self._fits(claimer, c, generic)), None)

    def _claimers_next(self, sentence, needs: re.Pattern | None = None) -> tuple[Sentence | None, list[Claimer]]:
        """The next sentence of the paragraph of ``sentence`` and the claimers its words name (none when there is no such
        sentence, or ``needs`` finds nothing in it)."""
        if sentence.index + 1 >= len(self.sentences):
            return None, []
        following = self.sentences[sentence.index + 1]
        if following.paragraph != sentence.paragraph or \
                (needs is not None and not needs.search(self.text, following.start, following.end)):
            return None, []
        return following, find_claimers(self.text, following.start, following.end, known=self.known,
                                        known_groups=self.known_groups, lex=self.lex, language=self.language)

    def _headline_label(self, claimer: Claimer) -> bool:
        """"Spy agency: 1,500 North Korean special forces ...": a body without an article that opens its line before a
        colon is a headline's label, as definite as "the agency"."""
        line_start = self.text.rfind("\n", 0, claimer.start) + 1
        return self.text.startswith(":", claimer.end) and not self.text[line_start:claimer.start].strip(" +*•–—-")

    def _someone_new(self, claimer: Claimer, antecedent: Claimer) -> Claimer | None:
        """"Ein Sprecher des Präsidialamts sprach zudem von ...": an indefinite phrase with a body of its own is someone
        new of the country named before, in its own words (not the claimer it would otherwise point back to)."""
        country = antecedent.country or self._source_country(antecedent.source)
        if claimer.pronoun or claimer.body is None or country is None or not _INDEFINITE.match(self.text, claimer.start):
            return None
        return Claimer(claimer.start, claimer.end, self.lex.compose(country, claimer.body), claimer.body, country)

    def _country_said_here(self, claimer: Claimer, sentence) -> str | None:
        """The country a place standing for it names earlier in the anaphor's own sentence ("Anders Kiew:")."""
        words = self.text[claimer.start:claimer.end].split()[1:]
        if not _DEFINITE_FIRST.match(self.text, claimer.start) or sum(w[:1].isupper() for w in words) > 1 or \
                any(w[:1].isupper() for w in words[:-1]) and self.lex.languages[self.language].capitalised_modifiers:
            return None                            # "Estonia's defence ministry", "the head of Finland’s ...": a name
        # a place that stands for its country as the claimer: leading the sentence before a colon ("Anders Kiew:");
        # never a place after a preposition ("im Grenzgebiet zur Ukraine")
        here = [c for c in self._sentence_claimers.get(sentence.index, ())
                if c.metonym and c.end <= claimer.start and c.country and c.country != SENDING_COUNTRY
                and _LEAD_BEFORE_COLON.fullmatch(self.text, sentence.start, c.start)
                and _COLON_AFTER.match(self.text, c.end)]
        return here[-1].country if here else None

    def _intelligence_here(self, claimer: Claimer, sentence) -> Claimer | None:
        """"The NIS expects the North to send up to 6,000 more troops ..., lawmakers said": a service named before the
        lawmakers in their own sentence, as the subject the sentence opens with, is the briefing they relay."""
        c = next(iter(self._sentence_claimers.get(sentence.index, ())), None)
        if c is not None and c.start == sentence.start and c.end <= claimer.start and c.source not in (None, UNRESOLVED) \
                and (self.lex.body_types.get(c.body) == "intelligence_service" or c.source in self.services):
            return c
        return None

    def _intelligence_cited_next(self, sentence) -> Claimer | None:
        """"nach Angaben eines Abgeordneten ... Park Sun Won berief sich auf den Auslandsgeheimdienst NIS": a service the
        next sentence of the paragraph says the lawmakers cite is the briefing they relay."""
        following, named = self._claimers_next(sentence, needs=self.cues.relay)
        return next((c for c in named if c.source not in (None, UNRESOLVED) and
                     (self.lex.body_types.get(c.body) == "intelligence_service" or c.source in self.services) and
                     self.cues.relay.search(self.text, max(following.start, c.start - RELAY_REACH), c.start)), None)

    def _intelligence_before(self, sentence) -> Claimer | None:
        """The intelligence service last named as a claimer in the paragraph before ``sentence`` (LABELS.md:
        lawmakers relaying an intelligence briefing name the service as the source)."""
        for index in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK), -1):
            if self.sentences[index].paragraph != sentence.paragraph:
                break
            for earlier in self._pointable_in(index):
                if (self.lex.body_types.get(earlier.body) == "intelligence_service" or earlier.source in self.services) \
                        and earlier.source not in (None, UNRESOLVED):     # "Der NIS", a service by its name
                    return earlier
        return None

    def _antecedent(self, claimer: Claimer, sentence, earlier_here, generic: bool) -> Claimer | None:
        """The claimer named before that an anaphor means: one whose words hold its head noun ("a spokesperson
        for the office"), else the last that fits; an outlet that relayed a figure only when no one else was named."""
        named = None if claimer.pronoun else self._head_named(claimer, sentence, earlier_here)
        if named is not None:
            return named
        if claimer.pronoun:                        # (never one inside the quotation the pronoun speaks: "“... North
            # Korean forces have taken several hundred casualties,” she said")
            # (nor, after the words it speaks, the sending country named as their actor: "Pyongyang had sent about 15,000
            # troops to Russia in two rotations, it said" is the agency's word from the sentence before; "the 101
            # soldiers it says were killed" before its words may be Pyongyang's)
            # (", it said", and the verb first: ", meinte er", ", so hieß es")
            after_its_words = _AFTER_ITS_WORDS.search(self.text, max(sentence.start, claimer.start - 30),
                                                      claimer.start) is not None
            # (nor the sending country's leader named as the actor in those words: "Notfalls könne Kim Jong Un noch
            # einmal 30.000 Soldaten nachschieben, meinte er")
            # (never one before the words, in a clause of its own: "Kim würdigte das Regiment; neun Soldaten hätten ihr
            # Leben verloren, sagte er")
            words_start = max(sentence.start, *(self.text.rfind(mark, sentence.start, claimer.start) for mark in ";:"))
            earlier_here = [c for c in earlier_here if not self._quoted_before(c, claimer.start, sentence.start)
                            and not (after_its_words and (c.metonym or c.person) and c.start >= words_start and
                                     (c.country or self._source_country(c.source)) == SENDING_COUNTRY)]
        # (an outlet never for a body of another kind the anaphor names: "the country's spy agency" is no news agency)
        for media_too in (False, True) if claimer.body in (None, "media", *self.lex.generic_bodies) else (False,):
            for earlier in itertools.chain(reversed(earlier_here), self._earlier_pointables(sentence)):
                if (media_too or (earlier.source not in self.media and earlier.body != "media")) and \
                        self._fits(claimer, earlier, generic) and not self._in_dateline(earlier):
                    return earlier
        return None

    def _quoted_before(self, claimer: Claimer, at: int, sentence_start: int) -> bool:
        """Whether ``claimer`` stands inside the last quotation closed before ``at`` in its sentence."""
        close = max(self.text.rfind(q, sentence_start, at) for q in _CLOSING_QUOTES)
        if close < claimer.end:
            return False
        return max(self.text.rfind(q, sentence_start, claimer.start) for q in _OPENING_QUOTES) >= sentence_start

    def _head_named(self, claimer: Claimer, sentence, earlier_here) -> Claimer | None:
        """The last claimer named before whose words hold the anaphor's head noun ("the office")."""
        head = self.text[claimer.start:claimer.end].split()[-1].lower()
        stem = re.sub(r"(?:en|n|e|s|es)$", "", head) if len(head) > 5 else head   # "die Dienste": "Nachrichtendiensten"
        # the pointable claimers first, then any claimer of the sentence before in the paragraph: "The figures were
        # presented by the spy agency to lawmakers, according to a committee member. The agency estimated ..."
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None

        def named_before():                        # read after the pointables: they link the sentence before
            if before is not None and before.paragraph == sentence.paragraph:
                yield from self._sentence_claimers.get(before.index, ())[::-1]

        # (never the outlet of a dateline, who writes the text: "SEOUL, Oct. 29 (Yonhap) -- ... the agency said")
        candidates = [c for c in itertools.chain(reversed(earlier_here), self._earlier_pointables(sentence), named_before())
                      if not self._in_dateline(c)]
        if _BRIEFED_BY.search(self.text, max(0, claimer.start - BRIEFED_REACH), claimer.start):
            # who briefs lawmakers is a body of state, never an outlet: "a lawmaker briefed by the agency" after
            # "Yonhap news agency reported ..., citing the National Intelligence Service"
            candidates = [c for c in candidates if c.source not in self.media and c.body != "media"]
        owned = _owned_document(head) if len(head) > 3 else None
        for earlier in candidates:
            if owned is not None and earlier.source not in (None, UNRESOLVED) and owned.match(self.text, earlier.end):
                return earlier                     # "the update said" after "British Defence Intelligence assessed in its
                # update": the one whose document it is
            words = self.text[earlier.start:earlier.end].lower().split()
            # the head of a compound, inflected: "dem Kommando" after "des Aufklärungskommandos"
            # ("the sources", "die Gewährsleute": people left unnamed before, "Regierungskreise", "US officials")
            if head in words or (len(stem) >= 5 and any(
                    w.endswith(stem) or stem + "e" in w or w.find(stem) > 0 for w in words)) or (
                    claimer.body == "sources" and any(_UNNAMED_PEOPLE.search(w) for w in words)):
                if earlier.source is None and earlier.is_anaphor and earlier.body is not None:
                    earlier = self._resolve(earlier, before)   # "the spy agency" resolved where it stands
                if earlier is not None and earlier.source not in (None, UNRESOLVED):
                    return earlier
        # else the head of the listed name of a source named ("the agency" after "KCNA", the Korean Central News Agency)
        # (never an outlet for a body the anaphor names: "the spy agency" is no news agency)
        return next((c for c in candidates if head in self.name_words.get(c.source, ())
                     and not (c.source in self.media and claimer.body not in (None, "media", *self.lex.generic_bodies))), None)

    def _in_dateline(self, claimer: Claimer) -> bool:
        """Whether a claimer is the outlet credited in its sentence's dateline ("SEOUL, Oct. 29 (Yonhap) --")."""
        if claimer.source not in self.media:
            return False
        sentence = self.sentences[bisect.bisect_right(self._starts, claimer.start) - 1]
        dateline = _DATELINE.match(self.text, sentence.start, sentence.end)
        return dateline is not None and claimer.end <= dateline.end()

    def _has_words(self, claimer: Claimer) -> bool:
        """An unresolved claimer named by more than a pronoun or an office ("Western officials")."""
        return not claimer.pronoun and not claimer.office and len(self.text[claimer.start:claimer.end].split()) >= 2

    def _head_end(self, claimer: Claimer) -> int:
        """Where a claimer's head noun phrase ends: before a complement that opens after its first word."""
        complement = _COMPLEMENT_START.search(self.text, claimer.start + 1, claimer.end)
        return complement.start() if complement else claimer.end

    def _fits(self, anaphor: Claimer, earlier: Claimer, generic: bool) -> bool:
        if anaphor.pronoun and self.text[anaphor.start:anaphor.end].lower() in NEUTER and (
                earlier.person or earlier.source in self.persons):
            return False                           # "it said" is never a person
        if anaphor.pronoun and earlier.metonym and self.text[anaphor.start:anaphor.end].lower() in PERSONAL:
            return False                           # "He put the number at" after "estimates from Seoul": a person
        if anaphor.pronoun and self.text[anaphor.start:anaphor.end].lower() in _MASCULINE_DE and \
                _NOT_MASCULINE_HEAD.search(self.text, earlier.start, self._head_end(earlier)):
            return False                           # "bezifferte er" never means "das Präsidialamt", "die Regierung"
        if not anaphor.pronoun and earlier.end <= anaphor.start and _REJECTS.search(self.text, earlier.end, anaphor.start):
            return False                           # "X did not comment on the report, which said": not X's report
        head = self.text[anaphor.start:anaphor.end].split()[-1].lower()
        if not anaphor.pronoun and head in self.text[earlier.start:earlier.end].lower().split():
            return True                            # "the officials" after "two U.S. military officials"
        if earlier.person and not anaphor.pronoun and (self.lex.is_person_head(head) or _OFFICE_WORD.search(head)):
            return True                            # "the minister said" after "Kim Yong-hyun, the South's defence chief"
        if not anaphor.pronoun and anaphor.body in self.lex.generic_bodies and (
                earlier.source in self.persons or earlier.body == "lawmakers"
                or self.lex.body_types.get(earlier.body) == "official_person"):
            return False                           # "the agency", "the estimates": never a person or lawmakers relaying
        spy = ("intelligence", "military_intelligence")
        return generic or earlier.body == anaphor.body or {earlier.body, anaphor.body} <= set(spy) or (
            anaphor.body in spy and earlier.source in self.services) or (
            anaphor.body == "government" and earlier.body in ("defence_ministry", "head_of_state")) or (
            anaphor.body in ("government", "head_of_state") and earlier.source in self.persons) or (
            anaphor.body == "head_of_state" and earlier.person)   # "den Machthaber" after "Kim Jong Un"

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

    def _people_named_before(self, claimer: Claimer, sentence) -> Claimer | None:
        """"setzen die Briten ... an" after "nach einer Hochrechnung britischer Geheimdienstler": a country's people
        stand for the body of that country named last before them in the paragraph; so does a place the words came from
        ("hieß es aus Seoul" after "nach Einschätzung des südkoreanischen Generalstabs"; never a person named before:
        "hiess es aus Kiew" after Selenskyj is Kyiv's word), which takes that body's words."""
        if not claimer.metonym:
            return None
        place = self.lex.demonym_in(self.text, claimer.start, claimer.end) is None
        if place and not _FROM_PLACE.search(self.text, max(0, claimer.start - 6), claimer.start):
            return None
        for earlier in self._earlier_in_paragraph(sentence):
            # (a known body's country is its source's: "des Nachrichtendienstes NIS")
            if (earlier.country or self._source_country(earlier.source)) == claimer.country and earlier.body is not None and \
                    earlier.source not in (None, UNRESOLVED) and not (place and earlier.source in self.persons):
                start, end = (earlier.start, earlier.end) if place else (claimer.start, claimer.end)
                return Claimer(start, end, earlier.source, earlier.body, earlier.country, known=earlier.known)
        return None

    def _country_of_paragraph(self, sentence, earlier_here) -> str | None:
        """"Nach Erkenntnissen aus Seoul ... So hieß es aus dem Nachrichtendienst": a body named without its country
        belongs to the country of the claimer named last before it in the paragraph (never the sending country's)."""
        for earlier in itertools.chain(reversed(earlier_here), self._earlier_in_paragraph(sentence)):
            if earlier.source in (None, UNRESOLVED):
                continue
            # (a person the vocabulary lists has the country of their source: "Selenskyj ... des Generalstabs")
            country = earlier.country or (self._source_country(earlier.source) if earlier.source in self.persons else None)
            if country and country != SENDING_COUNTRY:
                return country
        return None

    def _dateline_country(self, sentence) -> str | None:
        """"SEOUL (dpa) – ... nach Einschätzung des Geheimdienstes": a body named without its country in a wire item's
        first sentence is the body of the country it was filed from (never the sending country's)."""
        dateline = _DATELINE.match(self.text, sentence.start, sentence.end)
        place = self.lex.name_pattern.search(self.text, sentence.start, dateline.end()) if dateline else None
        country = place.lastgroup[2:] if place else None
        return country if country != SENDING_COUNTRY else None

    def _has_name(self, claimer: Claimer) -> bool:
        capitalised = [w for w in re.findall(r"[^\W\d_][\w'-]*", self.text[claimer.start:claimer.end]) if w[0].isupper()]
        return len(capitalised) >= 3

    def _place_country(self, sentence, before_claimer: int) -> str | None:
        """The country of a place the sentence names before the claimer ("sagte in Seoul, der Geheimdienst",
        "Neue Zahlen aus Seoul: Laut dem Generalstab"), if one; "troops in Russia" after it is no such place."""
        for m in self.lex.name_pattern.finditer(self.text, sentence.start, before_claimer):
            if _LEAD_BEFORE_COLON.fullmatch(self.text, sentence.start, m.start()) and _COLON_AFTER.match(self.text, m.end()) \
                    and m.lastgroup[2:] != SENDING_COUNTRY:
                return m.lastgroup[2:]             # "Anders Kiew: ... heißt es aus der Präsidialkanzlei"
            if _FRONTED_PLACE.fullmatch(self.text, sentence.start, m.start()) and \
                    _PLACE_TO_CLAIMER.fullmatch(self.text, m.end(), before_claimer):
                return m.lastgroup[2:]             # "In Kyiv, military intelligence officials said", "In Kiew sagten Offiziere"
            before = re.search(r"(\S+)\s+([^\W\d_]+)\s+$", self.text[max(sentence.start, m.start() - 40):m.start()])
            visiting = self.lex.visit_words.search(self.text, max(sentence.start, m.start() - 40), m.start())
            if before and before.group(2).lower() in ("in", "aus", "from") and not visiting and \
                    not _POSSESSIVE_END.search(self.text, m.start(), min(m.end() + 2, sentence.end)) and \
                    not self._counted(before.group(1)) and before.group(1).lower() not in _ARTICLES and \
                    not _EVENT_PARTICIPLE.fullmatch(before.group(1)):   # "killed in Russia", "in Kursk stationiert"
                # not "bei einem Besuch in Warschau", "troops in Russia", "die Zahl der in Russland stationierten"
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
        # (a person the vocabulary names has the country of their source: "der Parlamentarier Lee Seong-kweun")
        # (a place after a verb or preposition is where, not whose: "soldiers sent to help Russia ..., the country's")
        named = [c.country or self._source_country(c.source) for c in self._sentence_claimers.get(sentence.index, ())
                 if c.end <= claimer.start and (c.country or self._source_country(c.source))
                 and not (c.metonym and _AFTER_LOWERCASE_WORD.search(self.text, max(sentence.start, c.start - 30), c.start))]
        if named:
            return named[-1]
        dateline = _DATELINE.match(self.text, sentence.start, sentence.end)
        place = self.lex.country_pattern.search(self.text, sentence.start, dateline.end()) if dateline else None
        return place.lastgroup[2:] if place else None

    def _source_country(self, source: str | None) -> str | None:
        country = (source or "").partition("_")[0]
        return country if country in self.lex.country_names else None

    def _counted(self, word: str) -> bool:
        """Whether a word is a figure or a noun the figures count ("11.000", "troops", "Nordkoreaner")."""
        found = self._any_noun.match(word)
        return word[:1].isdigit() or (found is not None and found.end() == len(word))
