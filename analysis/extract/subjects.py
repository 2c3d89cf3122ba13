"""Who a cue's verb has for its subject, and who a cue names when the vocabulary does not: the subject before
or after the verb (an object, a place, a cue's own phrase never), across asides, by pronoun, described ("Der
Koordinierungsstab sagte"), inside the cue ("nach ukrainischen Angaben"), and unknown names kept with their
words.  A mixin of :class:`analysis.extract.attribution.Attributor`, which holds the state it reads (the text,
the cues and vocabulary compiled, the claimers of the sentence being linked)."""

from __future__ import annotations

import re

from ..prefilter import compile_prefiltered
from .attribution_rules import (
    _ACRONYM,
    _ACRONYM_PREFIX,
    _ADVERBS_ONLY,
    _AFTER_ASIDE,
    _ARTICLES,
    _AUXILIARIES,
    _CLAUSE_OPENER,
    _COMPLEMENT,
    _COMPLEMENTIZER,
    _DEFINITE,
    _DOCUMENT_OBJECT,
    _FIGURE_HEAD,
    _FIGURE_NOUN,
    _FINITE_AFTER,
    _GENERIC_AFTER,
    _GENERIC_SUBJECT,
    _MEETING_HEAD,
    _POSSESSIVE_OWN,
    _PREPOSITIONAL_TAIL,
    _REJECTED_DOCUMENT,
    _REJECTS,
    _RELATIVE_ASIDE,
    _WE,
    ADJACENT,
    HEADS_BODY,
    TAIL,
    sending_troops,
)
from .claimers import UNRESOLVED, Claimer, find_claimers
from .phrases import AGE_APPOSITION, COUNTED_MODIFIER, determiner_phrase, noun_phrase_near, pronoun_at

_PARTICIPLE_CLAUSE = re.compile(r"(?:,\s*|\b)(?:while|whilst|after|before|when|as)\s+$", re.IGNORECASE)
_LONG_WORD = re.compile(r"[^\W\d_][\w-]{7,}")
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:(?:a|an|the|one|ein|eine|einer|der|die|das)\s+(?:[\w’'-]+\s+){0,3})?")
_CAPITAL = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")
_SUBORDINATOR = re.compile(r"(?:wie|als|nachdem|während|weil|obwohl|as|while|when|after)\s+(?=\S)", re.IGNORECASE)


# the subject and finite auxiliary that open a German clause whose participle ends it
_FRAME = re.compile(r"\s*[\"'„“»«]?((?-i:[A-ZÄÖÜ])[^\s,;:]*(?:\s+[^\s,;:]+){0,5}?)\s+(?:hat|hatte|haben|hatten|habe|hätte|ist|war|sind|waren|sei)\s")
_ADVERBIAL_OPENERS = frozenset({"im", "am", "seit", "anfang", "ende", "mitte", "zuvor", "inzwischen", "gestern", "heute",
                                "bislang", "bisher", "damals", "zunächst", "später", "danach", "vorher", "zuletzt"})
_CLAUSE_FINAL = re.compile(r"\s*(?:[.,;:!?)\"'“”»«]|$)")


_ARTICLE_BEFORE = re.compile(r"\b(?:die|der|das|den|dem|des)\s+$", re.IGNORECASE)
# whom it was said to: "Gegenüber der BBC nannten ...", "said in a report to lawmakers"
# (and who talked with them, or whom a report went to: "Im Gespräch mit der «Japan Times» sprach er", "in an interview
# with the BBC, he said", "In einem Bericht an das Parlament ist von ... die Rede")
_ADDRESSEE = compile_prefiltered(r"(?:\bgegenüber|\b(?:report|briefing|presentation|letter|testimony|statement|speech)s?\s+to|"
                                 r"\b(?:interview|gespräch|telefonat|conversation)\w*\s+(?:mit|with)|"
                                 # "in a report submitted to a lawmaker", "sent to parliament": whom a paper went to
                                 r"\b(?:submitted|sent|presented|handed|delivered|addressed|forwarded)\s+to|"
                                 r"\b(?:bericht|schreiben|brief|vortrag|vorlage)\w*\s+an)"
                                 r"\s+(?:(?:the|a|an|der|dem|den|das|einen|einem|eine)\s+)?$", re.IGNORECASE)
ADDRESSEE_REACH = 24
_SAID_TO = re.compile(r"\b(?:sagt|sagte|sagten|erklärt|erklärte|erklärten|bestätigt|bestätigte|bestätigten|schildert|"
                      r"schilderte|verriet|verrieten|nannte|nannten|berichtete|berichteten)\s+$", re.IGNORECASE)

# an adverb alone before the verb, at the sentence's start: the subject follows ("So says the ministry")
# a date set off by commas between a subject and its verb: no clause break ("Pat Ryder on Monday, Nov. 4, put ...",
# "Der Sprecher hat am Montag, 4. November, erklärt")
_DATE_ASIDE = re.compile(r",\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|"
                         r"\d{1,2}\.\s*(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-zä]*\.?(?:\s+\d{4})?)\s*,\s*$")
_INVERTING_ADVERB = re.compile(r"[\s\"'“„]*(?:so|thus|hence|also)\s+", re.IGNORECASE)

# a person's name, then the body they belong to: "Andriy Kovalenko of Ukraine's National Security Council"
_OF_BODY = re.compile(r"(?<=\w)\s+(?:of|from|at|vom|von der|von)\s+")

# how far back a pronoun subject may stand before its verb, past auxiliaries and adverbs ("He had earlier put", "She has
# since also said")
_PRONOUN_REACH = 4
_AUXILIARY_OR_ADVERB = re.compile(r"(?:had|has|have|would|will|could|also|earlier|previously|already|later|since|then|"
                                  r"once|hatte|hat|habe|hätte|hatten|bereits|zuvor|schon|auch|später|\w+ly)", re.IGNORECASE)

# a participle's agent: "held by", "taken by", "run by"
_AGENT_BY = re.compile(r"(?<![\w-])(?-i:[a-z]{3,})\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_PARTICIPLE_BY = re.compile(r"\s+(?-i:[a-z]{3,})\s+by\s+(?:the\s+)?")


_COMMA_ONLY = re.compile(r"\s*,\s*")
# a German relative clause whose pronoun is the object ("die rund 2.000 Toten, die | der Nachrichtendienst für den Einsatz
# annimmt"): the phrase right after the pronoun is the subject of the clause's final verb, however far the verb stands
_OBJECT_RELATIVE = re.compile(r",\s*(?:die|das|den|welche[ns]?)\s+$", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:.!?()–—]")   # (no clause break between the subject and its verb)
_SPACE_AFTER = re.compile(r"\s*")


# a German pointer back opening a clause after a break, right before its verb: "– das glaubt", ", so schätzt"
_POINTER_FIRST = re.compile(r"[,;:–—]\s*(?-i:das|dies|so|davon|damit|hiervon)\s+$")


_INDEFINITE_OPENS = re.compile(r"(?:eine[nm]?|ein|a|an)$", re.IGNORECASE)


class Subjects:
    """Finding a verb's subject and the claimer a cue names (methods of the Attributor)."""

    def _said_from(self, c1: int, e: int, adjacent_after: list[Claimer]) -> int:
        """Where what was said opens after a verb: at "dass"/"that", or, in English without "that", at the subject of
        its own verb ("said North Korea had shipped ...")."""
        complement = _COMPLEMENTIZER.search(self.text, c1, e)
        said_from = complement.start() if complement else e
        if self.language == "en" and adjacent_after and _FINITE_AFTER.match(self.text, adjacent_after[0].end):
            said_from = min(said_from, adjacent_after[0].start)
        return said_from

    def _subject_before_after_all(self, subject_after: list[Claimer], adjacent_before: list[Claimer],
                                  before: list[Claimer], c0: int) -> tuple[list[Claimer], list[Claimer]]:
        """The subject after a verb, or none when the one before it is the subject after all: "X sagte der
        Nachrichtenagentur Reuters" (X, via Reuters); "Ukraine's military intelligence agency, the HUR, says North Korea
        ..." (in English, the comma closes the subject's apposition, not a quote before an inverted subject)."""
        if subject_after[0].source in self.media and adjacent_before:
            return [], adjacent_before
        if self.language == "en" and before and _COMMA_ONLY.fullmatch(self.text, before[-1].end, c0) is not None:
            return [], before[-1:]
        return subject_after, adjacent_before

    def _break_before(self, c0: int, c1: int, s: int, adjacent_before: list[Claimer], adjacent_after: list[Claimer],
                      after: list[Claimer]) -> tuple[bool, list[Claimer], list[Claimer]]:
        """Whether a clause break (or a sentence start, or an inverting adverb) stands right before a verb, and the
        claimers then adjacent to it before and after."""
        after_break = (re.search(r"[,\"':]\s*$", self.text[max(s, c0 - TAIL):c0]) is not None
                       and _DATE_ASIDE.search(self.text, max(s, c0 - TAIL), c0) is None) or c0 == s or \
            _INVERTING_ADVERB.fullmatch(self.text, s, c0) is not None
        if _POINTER_FIRST.search(self.text, max(s, c0 - TAIL), c0):
            # "..., das glaubt jedenfalls Südkoreas Verteidigungsminister": the pointer holds the first place, the
            # subject follows the verb (nothing before the break is its subject), past adverbs
            after = [c for c in after if _ADVERBS_ONLY.fullmatch(self.text, c1, c.start)][:1]
            return True, [], after or adjacent_after
        return after_break, adjacent_before, adjacent_after

    def _presenter_of(self, picked: list[Claimer], before: list[Claimer]) -> list[Claimer]:
        """The placed subject before an unplaced document named by an indefinite article, the object of the verb
        ("hat ... eine neue Lageeinschätzung vorgelegt", "published a new assessment"): who presents it, not the
        document; else ``picked``."""
        if not picked or picked[0].source != UNRESOLVED or picked[0].body is not None:
            return picked
        words = self.text[picked[0].start:picked[0].end].split()
        if len(words) < 2 or not _INDEFINITE_OPENS.match(words[0]) or not self.lex.report_nouns.fullmatch(words[-1]):
            return picked
        presenter = next((c for c in reversed(before) if c.end <= picked[0].start and c.source not in (None, UNRESOLVED)
                          and not self._is_object(c) and not c.metonym), None)
        return [presenter] if presenter is not None else picked

    def _subject(self, c0: int, c1: int, s: int, e: int, before: list[Claimer], after: list[Claimer]) -> list[Claimer]:
        # "two US officials familiar with the intelligence said": an unplaced complement is not the subject ("people
        # familiar with South Korean intelligence" relay it: LABELS.md)
        before = [c for c in before if c.source not in (None, UNRESOLVED)
                  or not _COMPLEMENT.search(self.text, max(s, c.start - 20), c.start)]
        adjacent_after = [c for c in after if c.start - c1 <= ADJACENT and not self.text[c1:c.start].strip()]
        # "mit dem Sender CNN nannte Budanow": a phrase opened by an object article is never the subject
        adjacent_before = (self._frame_subject(c0, c1, s, e, before) or self._adjacent_subject(c0, s, before)
                           or self._relative_clause_subject(c0, before))
        if not adjacent_before and self._last_subject is not None and self._last_subject.start >= s and (re.search(
                r"\b(?:and|und|but|aber|sowie)\s+(?:\w+\s+)?$", self.text[max(s, c0 - TAIL):c0], re.IGNORECASE) or (
                self.text[c0:c1].endswith("ing") and _PARTICIPLE_CLAUSE.search(self.text, max(s, c0 - TAIL), c0))):
            # "X believes ... and estimates ...", "X pegged ... in remarks to senators, while warning that ...": the
            # same subject
            return [self._last_subject]
        object_verb = self.lang.object_verbs is not None and self.lang.object_verbs.fullmatch(self.text[c0:c1])
        # (or after an adverb that opens the sentence: "So says the UK Ministry of Defence", "Thus wrote ...")
        after_break, adjacent_before, adjacent_after = self._break_before(c0, c1, s, adjacent_before, adjacent_after, after)
        # the subject follows the verb after a clause break (", sagte X", ", said X"); in German also
        # when no subject stands right before it ("Das kündigte Schoigu an")
        inverted = after_break or (self.lang.subject_after == "anywhere" and not adjacent_before)
        # an inverted subject ends its clause (", said Ukraine's intelligence"); one followed by a verb is the subject
        # of what was said (", said Pyongyang had lost")
        subject_after = [c for c in adjacent_after if inverted and not object_verb and not self._is_object(c)
                         and not (self.language == "en" and _FINITE_AFTER.match(self.text, c.end))]
        if subject_after:
            subject_after, adjacent_before = self._subject_before_after_all(subject_after, adjacent_before, before, c0)
        pronoun_after = pronoun_at(self.text, c1 + 1, e, self.lex) if inverted and not object_verb else None
        own = _POSSESSIVE_OWN.search(self.text, max(s, c0 - 20), c0)
        if own and not adjacent_before:            # "Its own estimate stands at ...": whoever "its" means
            adjacent_before = [Claimer(own.start(1), own.end(1), None, pronoun=True)]
        if not adjacent_before:                    # ", reports said", "Estimates suggest": no one placed
            adjacent_before = self._generic_subject(c0, s)
        generic = _GENERIC_AFTER.match(self.text, c1, e) if inverted and not object_verb else None
        if generic and not subject_after:         # ", meinen Beobachter", ", say analysts"
            subject_after = [Claimer(generic.start(1), generic.end(1), UNRESOLVED)]
        # what follows "dass"/"that" is what was said: its actor ("..., dass Nordkorea ...") is never the subject
        said_from = self._said_from(c1, e, adjacent_after)
        picked = (subject_after[:1] or adjacent_before[-1:] or ([pronoun_after] if pronoun_after else [])
                  or self._pronoun_before(c0, s) or self._subject_across_aside(s, c0, before)
                  or self._unknown(c0, s, forward=False, names_only=True, claimers=before)
                  or (self._unknown(c1, said_from, forward=True, names_only=True) if inverted and not object_verb else [])
                  or self._subject_before_aside(s, c0)
                  or self._described_subject(c0, c1, s, said_from, inverted and not object_verb, before) or before[-1:]
                  or ([c for c in after if not self._is_object(c) and c.end <= said_from][:1]
                      if inverted and not object_verb else []))
        # "“We assess that 600 have died,” said Park": the speaker's; "X did not comment on the report, which said":
        # the report's
        if _WE.search(self.text, max(s, c0 - 12), c0) or (picked and self._rejected_document(picked[0], c0)):
            return []
        picked = self._presenter_of(picked, before)   # "Der Generalstab hat ... eine neue Lageeinschätzung vorgelegt"
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
        if picked and not outlets and len(picked) == 1:   # "sagte ein Sprecher des Generalstabs der Nachrichtenagentur
            outlets = [c for c in after if c.source in self.media        # Reuters": the outlet right after him
                       and 0 <= c.start - picked[0].end <= ADJACENT]
        if picked and outlets and picked[0].source not in self.media:
            picked = [picked[0], outlets[0]]
        if picked:
            self._last_subject = picked[0]
        return picked

    def _rejected_document(self, subject: Claimer, c0: int) -> bool:
        """A verb in a relative clause about a document (a report noun between the verb and the relative pronoun)
        that the subject before it does not comment on, denies or rejects: "X dismissed the report, which put ... at",
        "X wies den Bericht zurück, der ... bezifferte"."""
        if subject.end > c0:
            return False
        clause = _REJECTED_DOCUMENT.search(self.text, subject.end, c0)
        rejects = _REJECTS.search(self.text, subject.end, clause.start()) if clause is not None else None
        return rejects is not None and self.lex.report_nouns.search(self.text, rejects.start(), clause.start()) is not None

    def _frame_subject(self, c0: int, c1: int, s: int, e: int, before: list[Claimer]) -> list[Claimer]:
        """German verb-second with the participle at the clause's end ("Generalinspekteur Carsten Breuer hat die Zahl
        ... auf 10.000 beziffert", "Südkoreas Geheimdienst hat vor Abgeordneten von 600 Toten gesprochen"): the phrase
        before the finite auxiliary is the subject, not a phrase next to the participle."""
        if self.language != "de" or not _CLAUSE_FINAL.match(self.text, c1, e):
            return []
        opens = max((m.end() for m in _CLAUSE_OPENER.finditer(self.text, s, c0)), default=s)
        frame = _FRAME.match(self.text, opens, c0)
        if frame is None:
            return []
        f0, f1 = frame.span(1)
        inverted = [c for c in before if frame.end() <= c.start <= frame.end() + ADJACENT and not self._is_object(c)]
        if inverted:                               # "Anfang der Woche hatte Washington ... gesprochen": the subject
            return inverted[:1]                    # after the auxiliary, an adverbial before it
        pronoun = pronoun_at(self.text, _SPACE_AFTER.match(self.text, frame.end()).end(), c0, self.lex)
        if pronoun is not None:                    # "Im April hatte dieser die Zahl ... angegeben"
            return [pronoun]
        placed = [c for c in before if f0 <= c.start and c.end <= f1 and not self._is_object(c)
                  and not self._after_preposition(c, opens)]
        if placed:
            return placed[:1]
        span = noun_phrase_near(self.text, f0, f1, self.lex, self.language, forward=True, names_only=True)
        first = self.text[f0:f1].split()[0].lower()
        if span is None or span[0] != f0 or self.text[span[1]:f1].strip() or self._is_figure(span) or \
                _FIGURE_HEAD.match(self.text, *span) or first in self.lex.place_prepositions or first in _ADVERBIAL_OPENERS:
            return []
        return [Claimer(span[0], span[1], UNRESOLVED)]     # a title and a name the vocabulary does not know

    def _adjacent_subject(self, c0: int, s: int, before: list[Claimer]) -> list[Claimer]:
        """The claimers right before a verb that may be its subject (never an object, a place or a cue's own)."""
        # (past an age set off by commas: "Sergei Shoigu, 70, said")
        adjacent = [c for c in before if (c0 - c.end <= ADJACENT or _AUXILIARIES.fullmatch(self.text, c.end, c0)
                                          or AGE_APPOSITION.fullmatch(self.text, c.end, c0))
                    and not self._is_object(c) and not self._after_preposition(c, s) and not self._after_cue(c, s)]
        if adjacent and adjacent[-1].source is None:
            named = [c for c in before if c.end <= adjacent[-1].start and c.source not in (None, UNRESOLVED)
                     and _APPOSITION_GAP.fullmatch(self.text, c.end, adjacent[-1].start) and not c.metonym]
            if named:                              # "Lee Seong-kweun, a member of parliament's intelligence committee,
                return named[-1:]                  # told": the name the description stands beside
        aside = _RELATIVE_ASIDE.search(self.text, max(s, c0 - TAIL), c0)
        if aside is not None:                      # "Sergei Shoigu, who heads Russia's Security Council, told": the
            head = [c for c in before if c.end <= aside.start()     # name before the aside, not the body inside it
                    and _PREPOSITIONAL_TAIL.fullmatch(self.text, c.end, aside.start())]
            if head and _AGENT_BY.search(self.text, max(s, head[-1].start - 20), head[-1].start):
                # "A North Korean prisoner held by Ukraine, who gave his age as 26, said": the agent of a participle
                # is not the name the aside follows; the head before its participle is
                head = [c for c in before if c.end <= head[-1].start
                        and _PARTICIPLE_BY.fullmatch(self.text, c.end, head[-1].start)]
            if head:
                return head[-1:]
        return adjacent

    def _relative_clause_subject(self, c0: int, before: list[Claimer]) -> list[Claimer]:
        """"die 2.000 Toten, die der NIS für den gesamten Einsatz annimmt": in a German relative clause, the claimer
        right after an object pronoun is the subject of the verb that ends the clause (no clause break between)."""
        if self.language != "de":
            return []
        return [c for c in before if _OBJECT_RELATIVE.search(self.text, max(0, c.start - 12), c.start)
                and not _CLAUSE_MARK.search(self.text, c.end, c0) and not self._is_object(c)][-1:]

    def _described_subject(self, c0: int, c1: int, s: int, e: int, inverted: bool,
                           before: list[Claimer] = ()) -> list[Claimer]:
        """"Der Koordinierungsstab sagte", ", teilte der Koordinierungsstab mit": a subject the
        vocabulary cannot place still names the claimer, with its words."""
        clause = max((m.end() for m in _CLAUSE_OPENER.finditer(self.text, s, c0)), default=s)
        span = determiner_phrase(self.text, clause, c0, self.lex, self.language, whole=True)
        words = self.text[span[0]:span[1]].split() if span is not None else []
        head = words[1] if len(words) > 1 and words[0].lower() in _ARTICLES else (words[0] if words else "")
        if COUNTED_MODIFIER.fullmatch(head) and len(words) > 2:
            head = words[2]                        # "An 11-nation sanctions monitoring team": the number modifies
        if span is not None and (self._counted(head) or _FIGURE_NOUN.fullmatch(head)):
            # "Die Verluste schätzen die Dienste", "Die Zahl der Granaten taxieren die Analysten": the object first, the
            # subject after
            span = None
            inverted = True
        if span is None and inverted:
            after = c1 + len(self.text[c1:e]) - len(self.text[c1:e].lstrip())
            span = determiner_phrase(self.text, after, e, self.lex, self.language, whole=False)
        if span is None or _FIGURE_HEAD.match(self.text, span[0], span[1]):
            return []                              # "nannte eine Zahl von 1.100": what is named, not who
        placed = [c for c in before if c.start == span[0] and c.source not in (None, UNRESOLVED)]
        if placed:                                 # "Ukraine's Coordination Headquarters for the Treatment of POWs said"
            c = placed[0]
            return [Claimer(span[0], span[1], c.source, c.body, c.country, known=c.known, person=c.person)]
        known = self.known.search(self.text, *span)
        if known is not None and self.known_groups.get(known.lastgroup):
            # "Das gaben die Ermittler des SBU bekannt": people of a source the vocabulary names speak for it
            return [Claimer(span[0], span[1], self.known_groups[known.lastgroup], known=True)]
        country = self.lex.country_in(self.text, *span)  # "the alliance", "die Kiewer Stelle": still composed
        if sending_troops(self.text, *span, country):
            return []                              # "Die nordkoreanischen Einheiten kommen demnach auf ...": counted
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
        # "Die dem Kiewer Verteidigungsministerium unterstellte Aufklärungsbehörde": the article before an extended
        # attribute is the phrase's own
        article = _ARTICLE_BEFORE.search(self.text, max(0, claimer.start - 5), claimer.start)
        if article is not None:
            first = article
        # "Gegenüber der BBC nannten die Beamten ...": whom it was said to is no subject
        return bool(first) and first.group(0).lower() in self.lang.object_determiners or self._is_addressee(claimer)

    def _is_addressee(self, claimer: Claimer) -> bool:
        """Whom something was said to ("gegenüber der BBC", "in a report to lawmakers", "sagte der Nachrichtenagentur
        Reuters": a dative outlet right after the verb of saying): never who says it."""
        if _ADDRESSEE.search(self.text, max(0, claimer.start - ADDRESSEE_REACH), claimer.start) is not None:
            return True
        first = self.text[claimer.start:claimer.end].split(maxsplit=1)[0].lower()
        return (first == "dem" or (first == "der" and (claimer.source in self.media or claimer.body == "media"))) and \
            _SAID_TO.search(self.text, max(0, claimer.start - ADDRESSEE_REACH), claimer.start) is not None

    def _inside_cue(self, c0: int, c1: int) -> list[Claimer]:
        """"nach ukrainischen Angaben", "nach US-Angaben", "nach seinen Worten": the cue names the claimer."""
        for m in re.finditer(r"[\w']+", self.text[c0:c1]):
            p = pronoun_at(self.text, c0 + m.start(), c1, self.lex, ("possessive", "object"))
            if p is not None:
                return [p]
        known = self.known.search(self.text, c0, c1)   # "nach NIS-Angaben"
        if known is not None and known.lastgroup in self.known_groups:
            return [Claimer(known.start(), known.end(), self.known_groups[known.lastgroup])]
        named = self.lex.people.search(self.text, c0, c1) if self.lex.people is not None else None
        if named is not None:                      # "nach BND-Erkenntnissen": a body the vocabulary knows by its name
            country, body = self.lex.people_sources[named.lastgroup]
            return [Claimer(named.start(), named.end(), self.lex.compose(country, body), body, country, known=True)]
        country = self.lex.country_in(self.text, c0, c1) or self._compound_country(c0, c1)
        if country is not None:
            return [self._composed(c0, c1, country)]
        acronym = _ACRONYM_PREFIX.search(self.text, c0, c1)   # "nach OSC-Berechnung": the OSC named before
        if acronym is not None:
            span = acronym.span(1)
            return [self._named_before(span) or Claimer(*span, UNRESOLVED)]
        return []

    def _compound_country(self, c0: int, c1: int) -> str | None:
        """"Nach Kremlangaben", "laut Kiew-Schätzungen": a report noun compounded with a country's name."""
        for m in _LONG_WORD.finditer(self.text, c0, c1):
            word = m.group(0)
            for k in range(3, len(word) - 4):
                if self.lex.report_nouns.match(word[k:].lstrip("-").lower()) and self.lex.is_place(word[:k].rstrip("-")):
                    return self.lex.country_in(word[:k].rstrip("-"), 0, k)
        return None

    def _composed(self, start: int, end: int, country: str) -> Claimer:
        """A claimer phrase with a country: its source composed from the country and the body it names."""
        body = self.lex.body_in(self.text, start, end)
        last = self.text[start:end].split()[-1:] if body is None else []
        if last and _ACRONYM.fullmatch(last[0]) and not self.lex.is_place(last[0]):
            return Claimer(start, end, UNRESOLVED, None, country)   # "das Londoner IISS": an organisation's own name
            # (never a country's: "nach Einschätzung der USA")
        return Claimer(start, end, self.lex.compose(country, body) or UNRESOLVED, body, country)

    def _generic_subject(self, c0: int, s: int) -> list[Claimer]:
        """Reports, estimates or experts opening the clause before the verb ("Estimates suggest", "westliche
        Schätzungen gehen von ... aus"): composed from the country named ("South Korean estimates put ... at"), else
        no one placed."""
        lo = max(s, c0 - TAIL)
        generic = _GENERIC_SUBJECT.search(self.text[lo:c0])   # (a slice: "^" is the clause's start)
        if generic is None:
            return []
        g0, g1 = lo + generic.start(1), lo + generic.end(1)
        country = self.lex.country_in(self.text, g0, g1)
        return [self._composed(g0, g1, country) if country else Claimer(g0, g1, UNRESOLVED)]

    def _pronoun_before(self, c0: int, s: int) -> list[Claimer]:
        tail = max(s, c0 - TAIL)
        words = list(re.finditer(r"[\w']+", self.text[tail:c0]))
        for k, m in enumerate(reversed(words[-_PRONOUN_REACH:])):   # "he said", "It also said", "sie geht davon aus"
            p = pronoun_at(self.text, tail + m.start(), c0, self.lex)
            if p is not None:
                return [p]
            if k >= 1 and not _AUXILIARY_OR_ADVERB.fullmatch(m.group(0)):
                break                              # past two words only over auxiliaries and adverbs: "He had earlier put"
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
        """"Radio Free Asia, citing sources in Pyongyang, said": the name before the aside; "Wie Andrij Tschernjak, ein
        Vertreter der Kiewer Aufklärungsbehörde HUR, ausführte": a name the aside gives a body speaks for that body."""
        span = noun_phrase_near(self.text, s, c0, self.lex, self.language, forward=True, names_only=True)
        if span is None or not self.text[span[1]:c0].lstrip().startswith(","):
            return []
        opener = _SUBORDINATOR.match(self.text, span[0], span[1])   # the conjunction opening the clause is no name
        span = (opener.end(), span[1]) if opener is not None else span
        known = self.known.fullmatch(self.text, *span)
        if known is not None and self.known_groups.get(known.lastgroup):   # "CNN, drawing on its own review, put":
            return [Claimer(span[0], span[1], self.known_groups[known.lastgroup], known=True)]   # a name it knows
        return self._body_of_a_name(span) or [Claimer(span[0], span[1], UNRESOLVED)]

    def _body_of_a_name(self, span: tuple[int, int]) -> list[Claimer] | None:
        """The body a name after its verb speaks for: in an apposition ("Wadym Skibizkyj, Vizechef des
        Militärgeheimdienstes HUR") or after "of" ("Andriy Kovalenko of Ukraine's National Security Council")."""
        rest = self.text[span[1]:span[1] + 3]
        if rest.startswith(", ") and not _DOCUMENT_OBJECT.search(self.text, *span):   # (a document is no name)
            appos = find_claimers(self.text, span[1] + 2, min(len(self.text), span[1] + 2 + self.cues.window),
                                  known=self.known, known_groups=self.known_groups, lex=self.lex, language=self.language)
            first = appos[0] if appos else None
            if first and "," not in self.text[span[1] + 2:first.start] and first.start - span[1] <= 30 \
                    and len(self.text[span[1] + 2:first.start].split()) <= 2 \
                    and first.source not in (None, UNRESOLVED):
                return [Claimer(span[0], first.end, first.source, first.body, first.country, known=first.known)]
        heads = HEADS_BODY.match(self.text, span[1])
        if heads is not None:                      # "Andrij Kowalenko, der das Zentrum ... beim Sicherheitsrat leitet",
            # "..., who heads the ...": the body he heads, under his name
            body = [c for c in find_claimers(self.text, *heads.span(1 if heads.group(1) else 2), known=self.known,
                                             known_groups=self.known_groups, lex=self.lex, language=self.language)
                    if c.source not in (None, UNRESOLVED)]
            if body:
                return [Claimer(span[0], span[1], body[0].source, body[0].body, body[0].country, known=body[0].known)]
        of = _OF_BODY.search(self.text, span[0], span[1])
        if of is not None:
            body = [c for c in find_claimers(self.text, of.end(), span[1], known=self.known, known_groups=self.known_groups,
                                             lex=self.lex, language=self.language) if c.source not in (None, UNRESOLVED)]
            if body:
                return [Claimer(span[0], span[1], body[0].source, body[0].body, body[0].country, known=body[0].known)]
        return None

    def _unknown(self, pos: int, limit: int, *, forward: bool, names_only: bool,
                 claimers: list[Claimer] = ()) -> list[Claimer]:
        span = noun_phrase_near(self.text, pos, limit, self.lex, self.language, forward=forward, names_only=names_only)
        if span is None or self._is_figure(span) or _FIGURE_HEAD.match(self.text, span[0], span[1]) or \
                _MEETING_HEAD.match(self.text, *span):
            return []                              # "Die Zahl der Artilleriegranaten", "Nach einer Sitzung des ...": never who
        if not self.lex.languages[self.language].capitalised_modifiers and not _CAPITAL.search(self.text, *span):
            return []                              # "nach vorläufiger Zählung inzwischen": German names no one in lowercase
        known = self.known.search(self.text, *span)
        if known is not None and self.known_groups.get(known.lastgroup) and known.end() == span[1]:
            # "verbreitete die Agentur KCNA", "said the news agency Yonhap": a described name the vocabulary knows
            return [Claimer(span[0], span[1], self.known_groups[known.lastgroup], known=True)]
        if not forward:                            # "Die Sprecherin des Pentagons, Sabrina Singh, erklärte"
            head = [c for c in claimers if c.end <= span[0] and self.text[c.end:span[0]].strip() == ","
                    and c.source is not None]
            if head:
                return [Claimer(head[-1].start, span[1], head[-1].source, head[-1].body, head[-1].country)]
            placed = [c for c in claimers if c.start == span[0] and c.source not in (None, UNRESOLVED)]
            if placed:                             # "Ukraine's Coordination Headquarters for the Treatment of POWs said"
                c = placed[0]
                return [Claimer(span[0], span[1], c.source, c.body, c.country, known=c.known, person=c.person)]
        spoken_for = self._body_of_a_name(span) if forward else None
        if spoken_for:
            return spoken_for
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

    # -- per figure ----------------------------------------------------------------------------
