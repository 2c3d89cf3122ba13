"""The claimers a sentence names, as the attribution reads them: every claimer phrase, less those that are part of what
is counted ("Die Zahl der Soldaten Pjöngjangs"), own a thing ("North Korea's troop contribution", "Kim Jong Un's
soldiers") or head a meeting; an outlet in the dative after a genitive ("sagte ein Beamter des US-Militärs der
Nachrichtenagentur Reuters") splits off as the relay, and a person's staff ("Selenskyjs Stabschef") is read as that
person's.  A mixin of :class:`analysis.extract.attribution.Attributor`, which holds the text, the lexicon and the
sentence caches.
"""

from __future__ import annotations

import itertools
import re

from ..prefilter import compile_prefiltered
from ..text import Sentence
from .attribution_rules import _COUNTED_BY_FIGURE, _DATELINE, _IN_FIGURE_PHRASE, _MEETING_HEAD, is_own, sending_troops
from .claimers import Claimer, find_claimers

# a person's genitive before an office or body ("Selenskyjs Stabschef", "Putins Sicherheitsberater", "Zelensky's office")
_GENITIVE_OWNER = re.compile(r"[^\W\d_][\w-]*(?:'s|s)\s+(?:[\w-]+\s+){0,2}?(?-i:[\w-]*?)(?i:büro|stab\w*|sprecher\w*|berater\w*|"
                             r"office|chief of staff|staff|spokes\w+|aides?|adviser\w*|advisor\w*|präsidialamt)\b")
_DATIVE_OUTLET = re.compile(r"\s(der|dem)\s+(?:[\w-]+\s+)?(?:nachrichtenagentur|agentur|zeitung|tageszeitung|sender|"
                            r"fernsehsender|radiosender|rundfunk|magazin|zeitschrift|blatt)\b", re.IGNORECASE)
_GENITIVE_IN = re.compile(r"\b(?:des|der)\s", re.IGNORECASE)
_POSSESSIVE_END = compile_prefiltered(r"(?:['’]s|(?<=[a-zäöü])s)$")
# an army's people right after a possessive ("Kim's soldiers", "Kims Truppen"), one adjective between at most
_TROOPS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|fighters|men|army|soldaten|truppen|kämpfer|"
                           r"streitkräfte|armee)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:des|der|the)\s+$", re.IGNORECASE)
# a thing a country holds, named before it in the genitive: "die Munitionslieferungen des Nordens"
_HELD_BY_GENITIVE = re.compile(r"(?-i:\b([A-ZÄÖÜ][\w-]*|[a-z][\w-]*s))\s+(?:des|der|of)\s+$")
# the verb that estimates a fronted object right after it: "Die Munitionslieferungen des Nordens | beziffert der Dienst"
_ESTIMATED_AFTER = re.compile(r"\s+(?:beziffert|beziffern|bezifferte|bezifferten|schätzt|schätzen|schätzte|schätzten|"
                              r"veranschlagt|veranschlagte|taxiert|taxierte)\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,2}")
# a verb of saying right after a claimer, past its auxiliary: the claimer is its subject
# an auxiliary (and an adverb) between a claimer and the verb of saying after it: "South Korea's JCS | had | reported"
_AUXILIARY_GAP = re.compile(r"\s+(?:(?:had|has|have|hatte|hat|haben|hatten)\s+)?(?:(?-i:[a-z]+ly)\s+)?", re.IGNORECASE)
_ARTICLE_FIRST = re.compile(r"(?:des|der|die|das|dem|den|the|a|an|ein\w*)\b", re.IGNORECASE)


class SentenceClaimers:
    """The claimers of a sentence that may make a claim (see the module)."""

    def _claimers(self, sentence: Sentence, cues: list[tuple[int, int, str]]) -> list[Claimer]:
        if cues:                                   # once per sentence: links() reads a sentence's cues once
            return self._claimers_of(sentence, cues)
        found = self._cueless.get(sentence.index)  # a sentence's subjects and speakers are asked for per figure
        if found is None:
            found = self._cueless[sentence.index] = self._claimers_of(sentence, cues)
        return found

    def _claimers_of(self, sentence: Sentence, cues: list[tuple[int, int, str]]) -> list[Claimer]:
        said = [c0 for c0, _, side in cues if side == "either"]   # where the sentence's verbs of saying start
        claimers = find_claimers(self.text, sentence.start, sentence.end, known=self.known,
                                 known_groups=self.known_groups, lex=self.lex, language=self.language,
                                 cues=[(c0, c1) for c0, c1, _ in cues])
        # "Die Zahl der Soldaten Pjöngjangs in Russland gibt das Ministerium ... an": a claimer inside a phrase
        # naming the figure is part of what is counted
        claimers = [self._persons_staff(c) for c in itertools.chain.from_iterable(map(self._dative_outlet, claimers))
                    if not _IN_FIGURE_PHRASE.search(self.text, max(sentence.start, c.start - 60), c.start)
                    and not self._counted_by_figure(c, sentence.start, said) and not self._owner_of_a_thing(c)
                    and not _MEETING_HEAD.match(self.text, c.start, c.end) and not is_own(self.text, c)
                    and not sending_troops(self.text, c.start, c.end, c.country)]
        dateline = _DATELINE.match(self.text, sentence.start, sentence.end)
        if dateline is None:
            return claimers
        return [c for c in claimers if c.start >= dateline.end() or c.source in self.media]

    def _dative_outlet(self, claimer: Claimer) -> list[Claimer]:
        """"sagte ein ranghoher Beamter des US-Militärs der Nachrichtenagentur Reuters": after a genitive, "der"/"dem"
        and an outlet is whom it was told to (a dative), not a second genitive; two claimers, the outlet relaying."""
        if self.language != "de":
            return [claimer]
        told = _DATIVE_OUTLET.search(self.text, claimer.start, claimer.end)
        if told is None or not _GENITIVE_IN.search(self.text, claimer.start, told.start()):
            return [claimer]
        found = [find_claimers(self.text, a, b, known=self.known, known_groups=self.known_groups, lex=self.lex,
                               language=self.language) for a, b in ((claimer.start, told.start()), (told.start(1), claimer.end))]
        return found[0] + found[1] if found[0] and found[1] else [claimer]

    def _owner_of_a_thing(self, claimer: Claimer) -> bool:
        """"North Korea’s troop contribution, estimated at ...", "Nordkoreas Truppen": a country in the genitive owns what
        follows it; it speaks only through its words, people or bodies ("Kyiv's estimate", "Russlands Präsident")."""
        if claimer.body is None and claimer.country is not None and self._held_in_the_genitive(claimer):
            return True                            # "Die Munitionslieferungen des Nordens beziffert der Geheimdienst"
        if not claimer.metonym:                    # "Kim Jong Un's soldiers", "Putins Truppen": whose the soldiers are
            return _POSSESSIVE_END.search(self.text, claimer.start, claimer.end) is not None and \
                _TROOPS_AFTER.match(self.text, claimer.end) is not None
        end = _POSSESSIVE_END.search(self.text, claimer.start, claimer.end)
        if end is None or (end.group(0) == "s" and not self.lex.is_place(self.text[claimer.start:end.start()])):
            return False                           # "Vilnius": a name ending in s, no genitive
        words = _NEXT_WORDS.match(self.text, claimer.end)
        if words is None or _ARTICLE_BEFORE.search(self.text, max(0, claimer.start - 5), claimer.start) or (
                end.group(0) == "s" and not words.group(0).split()[0][0].isupper()):
            return False                           # "des Pentagons", "nach Angaben Kiews etwa": a genitive after its noun
        return not any(self.lex.report_nouns.fullmatch(w) or self.lex.is_body_word(w) or self.lex.is_person_head(w)
                       for w in words.group(0).split())

    def _held_in_the_genitive(self, claimer: Claimer) -> bool:
        """Whether a country stands in the genitive after a thing it holds, in an object fronted before the verb that
        estimates it ("Die Munitionslieferungen des Nordens beziffert der Geheimdienst"), not after its statements, a
        body or a person ("Angaben des Nordens")."""
        held = _HELD_BY_GENITIVE.search(self.text, max(0, claimer.start - 40), claimer.start)
        return held is not None and _ESTIMATED_AFTER.match(self.text, claimer.end) is not None and not (
            self.lex.report_nouns.fullmatch(held.group(1)) or self.lex.is_body_word(held.group(1))
            or self.lex.is_person_head(held.group(1)))

    def _counted_by_figure(self, claimer: Claimer, s: int, said: list[int]) -> bool:
        figure = _COUNTED_BY_FIGURE.search(self.text, max(s, claimer.start - 40), claimer.start)
        # (a counted noun has no article: "im Weißbuch 2025 des Ministeriums" is the ministry's)
        # (nor a subject whose verb of saying follows it in a relative clause without "that", past the figure's own noun:
        # "the 1,000 casualties South Korea's Joint Chiefs of Staff had reported")
        return figure is not None and int(re.sub(r"\D", "", figure.group(0))) >= 100 and \
            _ARTICLE_FIRST.match(self.text, claimer.start) is None and not (
                re.search(r"\d\s+[^\W\d_]", figure.group(0))
                and any(_AUXILIARY_GAP.fullmatch(self.text, claimer.end, c0) for c0 in said if c0 >= claimer.end))

    def _persons_staff(self, claimer: Claimer) -> Claimer:
        """"Selenskyjs Stabschef Andrij Jermak", "Zelensky's office": the staff or office of a person the vocabulary
        names speaks for that person's government, not as the person."""
        owner = _GENITIVE_OWNER.match(self.text, claimer.start, claimer.end) if claimer.source is not None else None
        if owner is None:
            return claimer
        named = self.known.search(self.text, owner.end(), claimer.end)
        if named is not None and self.known_groups.get(named.lastgroup) in self.persons:
            # "Putins Sicherheitsberater Sergej Schoigu": the staff member the vocabulary names speaks as himself
            return Claimer(claimer.start, claimer.end, self.known_groups[named.lastgroup], claimer.body, claimer.country,
                           known=True, person=True)
        if claimer.source not in self.persons:
            return claimer
        country = self._source_country(claimer.source)
        if country is None:
            return claimer
        return Claimer(claimer.start, claimer.end, self.lex.compose(country, "government"), "government", country)

