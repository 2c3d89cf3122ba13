"""Which attribution a figure takes: its own sentence's (the nearest link, its own clause first), else the
next sentence's when that one only attributes or points back, else the previous sentences' it continues,
else a transcript speaker's turn; an agency credit closing the line relays it.  A mixin of
:class:`analysis.extract.attribution.Attributor`, which links each sentence's cues to claimers."""

from __future__ import annotations

import bisect
import re

from ..text import Sentence
from ..vocabulary.base import sharp_s_or_ss
from .attribution_rules import (
    _CREDIT,
    _DATELINE,
    _DEFINITE_OUTLET,
    _GAPPED,
    _IMPERSONAL_CUE,
    _PLACEHOLDER,
    _QUESTIONERS,
    ANSWERERS,
    CONTRAST_BETWEEN,
    CREDIT_REACH,
    SENDING_COUNTRY,
    SPEAKER_TITLES,
    SPEAKER_TURN,
)
from .claimers import UNRESOLVED, Claimer, find_claimers
from .cues import Link
from .drafts import Attribution
from .nearest import CLAUSE_BREAK, NearestLinks, link_distance
from .phrases import pronoun_at

# an adjective of nationality: "britischen", "südkoreanische", "British", "South Korean"
_NATIONALITY_ADJECTIVE = re.compile(r"\b(?:[a-zäöü]\w*isch(?:e[nmrs]?)?|(?:South |North )?(?-i:[A-Z])\w*(?:ish|ian|ese|an))\b")
# a sentence that tells the sending in the indicative perfect or pluperfect, the sending country its subject (or a German
# passive pluperfect): the author's background, not anyone's figure
_BACKGROUND = re.compile(
    r"\s*(?:(?:[\w,.’'-]+\s+){0,4}?(?:North Korea|Pyongyang|the North|The North)\s+(?:(?:has|had)\s+(?:\w+\s+)?"
    # (or the simple past, or an impersonal hedge: "North Korea sent an estimated 11,000", "North Korea is estimated to
    # have sent about 11,000", "Pyongyang is believed to have deployed")
    r"|(?:is|was)\s+(?:estimated|believed|thought|understood)\s+to\s+have\s+(?:\w+\s+)?|(?:\w+ly\s+)?"
    # (or a promise to send it made in the past: "Pyongyang had agreed in June to send 1,000 sappers")
    r"|(?:has|had)\s+(?:agreed|pledged|promised|decided|offered)\s+(?:(?:in|on|last)\s+\w+\s+)?to\s+)"
    r"(?:sent|deployed|dispatched|send|deploy|dispatch)\b"
    r"|(?:Nordkorea|Pjöngjang|Der Norden)\s+(?:hat|hatte)\b|(?:[\w.]+\s+){1,4}?(?:hat|hatte)\s+(?:Nordkorea|Pjöngjang|der Norden)\b"
    # ("Im vergangenen Herbst waren rund 11.000 Nordkoreaner in das Gebiet Kursk verlegt worden")
    r"|(?:[\w.]+\s+){0,4}?(?:waren|war)\s+(?:[\w.]+\s+){0,8}?(?:entsandt|geschickt|verlegt)\s+worden\b)")
# a sentence that says its claimer gave no figure: what follows is not that claimer's number ("Angaben zur Zahl machte die
# Staatsagentur KCNA nicht", "nannte keine Zahlen", "though it did not say how many", "gave no figure")
_NO_FIGURE_GIVEN = re.compile(sharp_s_or_ss(
    r"\b(?:(?:machte|machten|macht|nannte|nannten|nennt|gab|gaben|gibt)\s+(?:[\w-]+\s+){0,3}?keine\s+(?:genaue[n]?\s+|konkrete[n]?\s+)?"
    r"(?:Angaben|Zahl|Zahlen|Details|Größenordnung)|(?:Angaben|Zahl|Zahlen)\s+(?:[^.;!?]{0,40}?\s)?(?:machte|machten|nannte|"
    r"nannten)\s+"
    r"(?:[^.;!?]{0,40}?\s)?nicht|ohne\s+(?:eine\s+|genaue\s+|konkrete\s+)?(?:Zahl|Zahlen|Angaben)\s+zu\s+nennen"
    r"|(?:did|does|would)\s*(?:not|n't)\s+(?:say|specify|disclose|give|provide|reveal|offer)\s+(?:how\s+many|(?:a|any|an|the)\s+"
    r"(?:specific\s+|exact\s+|precise\s+)?(?:figure|number|estimate|count|toll))|(?:gave|gives|offered|provided)\s+no\s+"
    r"(?:specific\s+|exact\s+)?(?:figures?|numbers?|estimate|count|details)"
    r"|without\s+(?:giving|providing|offering|specifying)\s+(?:a\s+|any\s+)?(?:figures?|numbers?|estimate|details|how\s+many))\b"),
    re.IGNORECASE)
# a clause of contrast opening before a claimer: "Während der NIS ... sprach, nannte Selenskyj ...", "While Seoul ..., Kyiv"
_CONTRAST_OPENS = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=,\s)|\n)(?:während|wohingegen|whereas|while)\b", re.IGNORECASE)
CONTRAST_REACH = 120
# the source named before, spoken of again by a definite body word
_DEFINITE_BODY = re.compile(r"\b(?:die Behörde|der Dienst|das Ministerium|das Amt|der Geheimdienst|the agency|the ministry|"
                            r"the service)\b", re.IGNORECASE)
_ADDS = re.compile(sharp_s_or_ss(r"\b(?:zudem|außerdem|darüber hinaus|also|additionally|in addition)\b"), re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|aber|jedoch|doch)\b", re.IGNORECASE)
_ONLY_NOT_EXACT = re.compile(r"^(?:ohne|without)\b|\b(?:genaue\w*|konkrete\w*|exact|specific|precise)\b", re.IGNORECASE)
# a figure and a relative pronoun right before a claimer: "the 15,000 that Seoul says", "die 600, die Kiew nennt"
# a line of its own with no sentence end: a kicker or a heading ("Britischer Geheimdienst", "Latest ... update – 18 June")
# a line's claimer presenting figures in its first clause: "legt neue Zahlen vor", "released new figures"
_PRESENTS_FIGURES = re.compile(r"[^,;:–—\n]{0,60}?\b(?:legt|legte|legen|legten|nennt|nannte|veröffentlicht\w*|präsentiert\w*|"
                               r"released|releases|published|publishes|presented|presents|gave|gives|unveiled)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:zahlen|schätzung\w*|bilanz|figures|estimates?|numbers|tally)\b",
                               re.IGNORECASE)
# a line that names the source of the figures above it: "Quelle der Zahlen: NIS", "· Figures: National Intelligence Service"
_SOURCE_LINE = re.compile(r"(?:^|(?<=\n)|(?<=[·•|]\s))(?:quellen?|sources?|figures|zahlen|angaben|daten|data)"
                          r"(?:\s+(?:der|für die|for the|of the)\s+\w+)?[ \t]*:[ \t]*([^\n·•|]{2,80})", re.IGNORECASE)
_HONORIFIC = re.compile(r"(?:" + SPEAKER_TITLES + r"|AMB)\b\.?")   # a speaker's title before the name
_WHOLE_LINE = re.compile(r"[^\n.!?]{3,120}(?=\n|$)")
# a line of its own with no sentence end, not a list item, before the story under it: a headline
_HEADLINE = re.compile(r"(?![\s•·*–—-])[^\n.!?]{3,120}\n?")
KICKER_REACH = 3   # sentences back from a figure's to its piece's kicker
_KICKER_LEAD = re.compile(r"(?:[\w-]+\s+)?")   # at most one word before the body on its line ("Latest", "Der")
# a claimer that opens with a preposition names where, not who ("KIM-KRIEGER IN PUTINS DIENST")
_PREPOSITION_FIRST = re.compile(r"(?i:in|im|aus|bei|an|am|unter|zu|zum|zur|for|at|on|under)\s")
_CLAUSE_CLOSES_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)")   # a German relative clause's verb closes it ("die Kiew nennt,")
_OPENING_WORDS = re.compile(r"(?:(?:the|die|der|das)\s+)?[\w-]+(?=\s)", re.IGNORECASE)   # "Reuters", "The agency"
_FIGURE_RELATIVE = re.compile(r"(?<!\w)\d[\d.,’']*(?:\s+[^\W\d_][\w-]*){0,2},?\s+(?:that|which|die|den|welche)\s+$")
FIGURE_RELATIVE_REACH = 40
_FIRST_PERSON_OPENS = re.compile(r"(?:our|we|my|i|unser\w*|wir|mein\w*|ich)\b", re.IGNORECASE)
# a heading that names the interviewee: "Interview mit einem Sprecher ...", "Q&A with a Ukrainian drone battalion commander"
_INTERVIEW_WITH = re.compile(r"\b(?:interview|gespräch|q\s*&\s*a|fragen)\s+(?:mit|with|an)\s+", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.:!?](?:\s|$)")
# a transcript's heading: a briefing, a press conference, an interview, a hearing
_BRIEFING = re.compile(r"\b(?:briefing|press conference|news conference|interview|hearing|transcript|remarks|"
                       r"pressekonferenz|anhörung|wortlaut)\b", re.IGNORECASE)


# a heading that names a body's periodic report: "Latest Defence Intelligence update on ...", "Lagebild des ..."
_REPORT_HEADING = re.compile(r"\b(?:intelligence update|update on the situation|situation update|daily update|assessment on|"
                             r"lagebild|lagebericht|lageeinschätzung|lageupdate)\b", re.IGNORECASE)

class Scope:
    """A figure's attribution across sentences (methods of the Attributor)."""

    def attribute(self, sentence: Sentence, position: int, *, attributes_only) -> Attribution | None:
        """The attribution of the figure at ``position`` in ``sentence``.

        ``attributes_only(sentence)`` says whether a sentence holds no figure of its own
        (then it may attribute the figure before it: "Das kündigte Schoigu an.").
        """
        found = self._attribute(sentence, position, attributes_only)
        if found is not None and found.source_start is not None and found.source_start <= position < found.source_end:
            found = None                           # (pointed back to by a pronoun: "... He said he hoped ...")
        if found is not None and found.source == UNRESOLVED and found.source_start is not None and \
                _FIRST_PERSON_OPENS.match(self.text, found.source_start, found.source_end):
            found = self._speaker_turn(sentence) or found      # "MS. HARRIS: Our estimate is ...": the speaker's
        credit = self._line_credit(sentence)
        outlet = found.via if found is not None and found.via in self.media else (credit.source if credit else None)
        if outlet is not None and found is not None and found.source == UNRESOLVED and found.source_start is not None and \
                _DEFINITE_OUTLET.match(self.text, found.source_start, found.source_end) and \
                self.lex.body_in(self.text, found.source_start, found.source_end) == "media":
            # "Pjöngjang (KCNA) – ..., wie die staatliche Nachrichtenagentur meldete": the outlet credited is the one meant
            return Attribution(outlet, None, found.text, found.source_start, found.source_end, found.scope)
        if credit is None or (found is not None and (found.via is not None or found.source == credit.source)):
            return found
        if found is None:                          # "Nordkorea hat 150 Raketenwerfer geliefert. (dpa)": the outlet's
            return Attribution(credit.source, None, self.raw[credit.start:credit.end], credit.start, credit.end, "sentence")
        return Attribution(found.source, credit.source, found.text, found.source_start, found.source_end, found.scope)

    def _line_credit(self, sentence: Sentence) -> Claimer | None:
        """An agency credit closing the line of the sentence ("... geliefert. (dpa)"): the outlet relays the line."""
        if self._newlines is None:                 # line ends, found once: bisection, no scan per sentence
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        i = bisect.bisect_left(self._newlines, sentence.end)
        line_end = self._newlines[i] if i < len(self._newlines) else len(self.text)
        credit = _CREDIT.search(self.text, max(sentence.start, line_end - CREDIT_REACH), line_end)
        if credit is None:
            return None
        known = self.known.fullmatch(self.text, *credit.span(1))
        source = self.known_groups.get(known.lastgroup) if known else None
        return Claimer(*credit.span(1), source) if source in self.media else None

    def _attribute(self, sentence: Sentence, position: int, attributes_only) -> Attribution | None:
        own = self.links(sentence)
        if any(link.claimer.start <= position < link.claimer.end for link in own):
            # a figure in the words that name a claimer is not theirs to claim ("The older of the two North Korean
            # prisoners held in Kyiv ... told Chosun Ilbo that ...": the two)
            own = [link for link in own if not link.claimer.start <= position < link.claimer.end]
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
            # (or when it goes on in reported speech: "Pjöngjang will nach Moskauer Darstellung 6.000 schicken. Kim habe
            # entschieden, ..., sagte Schoigu")
            # (or a headline whose country's word the story under it names as a body: "Südkorea: Tausende ... \nNach
            # Einschätzung des Nationalen Nachrichtendienstes in Seoul arbeiten ...")
            # (never by a next sentence that adds a figure of its own: "... nach Einschätzung Kiews ... Der Vizechef des HUR
            # sprach zudem von rund 1.000 Soldaten")
            adds = nxt is not None and not attributes_only(nxt) and _ADDS.search(self.text, nxt.start, nxt.end) is not None
            refined = self._refined_after(found, nxt) if refers_back or (nxt is not None and (
                (self._carries(nxt) and not adds) or (self._neighbour(sentence, -1) is None and
                                                      _HEADLINE.fullmatch(self.text, sentence.start, sentence.end)))) else None
            if refined is not None:
                return refined
            relayed = self._relayed_after(found, nxt) if refers_back and found.via is None else None
            if relayed is not None:                # "... said Park, relaying the NIS. The remarks were first
                return relayed                     # published by Yonhap": Yonhap relays
            # (an outlet's own sources named next need no pointing back: "..., berichtet Reuters. Reuters beruft sich auf
            # zwei ukrainische Regierungsvertreter")
            sourced = self._sourced_after(found, nxt) if refers_back or self._outlet_goes_on(found, nxt) else None
            if sourced is not None:                # "..., berichtet KBS. Der Sender zitiert Quellen im Generalstab":
                return sourced                     # the sources, via KBS
            placeholder = found.source == UNRESOLVED and found.source_start is not None and \
                _PLACEHOLDER.fullmatch(self.text, found.source_start, found.source_end) is not None
            if not (refers_back and placeholder and self.links(nxt)):
                # ("Nach Einschätzung des Generalstabs ... Hinzu kämen 250 Raketen, hieß es in einem Bericht an das
                # Parlament": nobody's document goes on with the source the sentence before names)
                carried = self._from_before(sentence) if placeholder else None
                return carried if carried is not None and carried.source != UNRESOLVED else found
        if refers_back or self._presented_under(sentence, nxt):
            # (reported speech goes on with the sentence before when the next one only names someone and does not say
            # it points back: "Davon seien rund 4.700 gefallen. Pjöngjang hatte die Entsendung eingeräumt")
            carried = self._from_before(sentence) if self._carries(sentence) and \
                not self.cues.back_reference.match(self.text, nxt.start) else None
            if carried is not None:
                return carried
            links = self._links_pointing_back(nxt) if not self._gave_no_figure(nxt) else []
            if links:                              # (never one that says it gave no figure: "...; eine Zahl der Toten
                return self._found(links, nxt.start, "next")   # nannte sie nicht")
        # (the sending told in the indicative perfect, the author's background, carries no one's words: "Pyongyang has
        # sent some 11,000 troops to Russia since October", "Nordkorea hatte im Herbst 2024 rund 11.000 Soldaten geschickt")
        background = _BACKGROUND.match(self.text, sentence.start, sentence.end) is not None and not self._carries(sentence)
        return (None if background else self._from_before(sentence)) or self._two_ahead(nxt, attributes_only) or \
            self._speaker_turn(sentence) or self._kicker(sentence, attributes_only) or \
            self._source_line(position)

    def _source_line(self, position: int) -> Attribution | None:
        """A line that names the source of a box's figures, after them in the same block ("Quelle der Zahlen:
        Südkoreanischer Geheimdienst NIS", "· Figures: National Intelligence Service, Seoul"): the body it names."""
        if self._source_lines is None:             # found once per text
            self._source_lines = []
            for line in _SOURCE_LINE.finditer(self.text):
                named = [c for c in find_claimers(self.text, *line.span(1), known=self.known,
                                                  known_groups=self.known_groups, lex=self.lex, language=self.language)
                         if c.source not in (None, UNRESOLVED) and c.source not in self.media and not c.metonym]
                if named:
                    self._source_lines.append((line.start(), named[0]))
        for start, c in self._source_lines:
            if start > position and self.text.find("\n\n", position, start) < 0:
                return Attribution(c.source, None, self.raw[c.start:c.end], c.start, c.end, "paragraph")
        return None

    def _presented_under(self, sentence: Sentence, nxt: Sentence | None) -> bool:
        """A headline line with no claimer over a line whose claimer presents figures ("600 tot, über 4000 verletzt!
        \nSüdkoreas Geheimdienst NIS legt neue Zahlen vor – ..."): the figures are those."""
        return nxt is not None and (sentence.start == 0 or self.text[sentence.start - 1] == "\n") and \
            self.text.startswith("\n", sentence.end) and _PRESENTS_FIGURES.match(self.text, nxt.start, nxt.end) is not None

    def _kicker(self, sentence: Sentence, attributes_only) -> Attribution | None:
        """A line of its own, up to three sentences above an unattributed figure, that opens with a body and has no figure
        ("Britischer Geheimdienst" over a headline, "Latest Defence Intelligence update on the situation in Ukraine – 18 June
        2025"): the body the piece reports."""
        back = self._neighbour(sentence, -1, any_paragraph=True)
        for _ in range(KICKER_REACH):
            if back is None:
                return None
            line = _WHOLE_LINE.fullmatch(self.text, back.start, back.end) if back.start == 0 or \
                self.text[back.start - 1] == "\n" else None
            if line is not None and attributes_only(back):
                # (the body opens the line: "Britischer Geheimdienst", "Latest Defence Intelligence update ..."; never a
                # headline's noun phrase: "Nordkoreas Soldaten im Dienste Russlands: ...")
                named = [c for c in self._claimers(back, []) if c.source not in (None, UNRESOLVED) and not c.metonym
                         and not c.pronoun and c.country != SENDING_COUNTRY and c.source not in self.media
                         and _KICKER_LEAD.fullmatch(self.text, back.start, c.start)
                         and not _PREPOSITION_FIRST.match(self.text, c.start)] \
                    if ":" not in self.text[back.start:back.end] else []
                if named:
                    c = named[0]
                    return Attribution(c.source, None, self.raw[c.start:c.end], c.start, c.end, "paragraph")
            back = self._neighbour(back, -1, any_paragraph=True)
        return None

    def _speaker_turn(self, sentence: Sentence) -> Attribution | None:
        """In a transcript everything said after a speaker's label up to the next label is theirs; a
        questioner's turn is no one's claim."""
        i = bisect.bisect_right(self._speaker_starts, sentence.start) - 1
        if i < 0 or sentence.start - self._speakers[i].start() > SPEAKER_TURN:
            return None
        label = self._speakers[i]
        name = label.span(1)
        if self.text[name[0]:name[1]].rstrip(".").upper() in ANSWERERS:
            answerer = self._answerer(label)
            return self._found([Link(name, answerer)], label.end(), "paragraph") if answerer is not None else None
        if self.text[name[0]:name[1]].rstrip(".").upper() in _QUESTIONERS:
            return None
        placed = find_claimers(self.text, name[0], label.end(), known=self.known, known_groups=self.known_groups,
                               lex=self.lex, language=self.language)
        # (never a place alone in the label's affiliation: "DR MIRA LANGE (King's College London):" is no government)
        claimer = next((c for c in placed if c.source not in (None, UNRESOLVED) and not (c.metonym and c.start > name[1])),
                       None) or self._host(name)
        if claimer is None and len(self._speakers) == 1 and not self.text[:name[0]].strip() and \
                not _HONORIFIC.match(self.text, name[0]):
            return None                            # a lone label opening the text that names no one is its kind, not a
            # speaker ("WHAT TO KNOW: North Korea moved ...", "FACTBOX: ...")
        return self._found([Link(name, claimer or Claimer(*name, UNRESOLVED))], label.end(), "paragraph")

    def _answerer(self, label: re.Match) -> Claimer | None:
        """Who answers under a label that names no one: the person in its parentheses ("A (Kim Ji-won, a researcher at the
        Asan Institute):"), else the interviewee the heading names ("Interview mit einem Sprecher des britischen
        Verteidigungsministeriums", "Q&A with a Ukrainian drone battalion commander"), else no one (a Q&A piece's own
        answers)."""
        role = label.span(2) if label.re.groups >= 2 and label.group(2) else None
        spans = [role] if role else []
        partner = _INTERVIEW_WITH.search(self.text, 0, self._speakers[0].start())
        if partner is not None:
            line_end = self.text.find("\n", partner.end(), self._speakers[0].start())
            stop = _SENTENCE_STOP.search(self.text, partner.end(), line_end if line_end >= 0 else self._speakers[0].start())
            spans.append((partner.end(), stop.start() if stop else self._speakers[0].start()))
        for lo, hi in spans:
            placed = find_claimers(self.text, lo, hi, known=self.known, known_groups=self.known_groups, lex=self.lex,
                                   language=self.language)
            named = [c for c in placed if c.source is not None and not c.metonym and c.source not in self.media]
            if named:
                return named[0]
        return None

    def _host(self, name: tuple[int, int]) -> Claimer | None:
        """"State Department press briefing ... MR. PATEL:": a speaker the vocabulary does not place speaks for the
        body whose briefing the transcript's heading names (the lines before its first label)."""
        if not self._host_found:                   # the heading is read once per text, not once per figure
            first = self._speakers[0].start()
            heading = [c for c in find_claimers(self.text, 0, first, known=self.known, known_groups=self.known_groups,
                                                lex=self.lex, language=self.language)
                       if c.source not in (None, UNRESOLVED) and c.source not in self.media and not c.metonym] \
                if _BRIEFING.search(self.text, 0, first) else []
            self._host_found.append(heading[0] if heading else None)
        host = self._host_found[0]
        return Claimer(name[0], name[1], host.source, host.body, host.country) if host is not None else None

    def _from_before(self, sentence: Sentence) -> Attribution | None:
        """The attribution of the sentence before, carried on ("demnach", reported speech) through a chain."""
        no_figure = self._no_figure(sentence)
        if no_figure is not None and not _BUT.search(self.text, no_figure.end(), sentence.end):
            return None                            # "The ministry did not say how many of the estimated 12,000 ..."
            # (never "She would not say how many more might follow, but said a smaller group of a few thousand ...")
        if _DATELINE.match(self.text, sentence.start, sentence.end) and not self._carries(sentence):
            return None                            # "Moskau – ...": a dateline opens an item of its own
        carries = self._carries(sentence)
        back = self._neighbour(sentence, -1)
        first_of_paragraph = back is None
        if first_of_paragraph and carries:
            back = self._neighbour(sentence, -1, any_paragraph=True)
        scope = "previous"
        while back is not None:
            if self._no_figure(back) is not None:
                return None                        # "Angaben zur Zahl machte die Staatsagentur KCNA nicht. Bislang ..."
            links = self.links(back)
            if links:
                found = self._found(links, back.end, scope)
                return self._refined_before(found, back) or found
            heading = self._report_heading(back)
            if heading is not None:                # "Latest Defence Intelligence update – 15 June 2025. North Korean forces
                return self._found([Link((heading.start, heading.end), heading)], back.end, scope)   # have likely ..."
            # (through a chain of reported speech too: "X schlägt Alarm. Die Nordkoreaner hätten ... Sie könne ...")
            speaker = self._speaker(back) if carries else None
            if speaker is not None:                # "Selenskyj wandte sich an die Nation. Nordkorea habe ... verloren"
                return self._found([Link((speaker.start, speaker.end), speaker)], back.end, scope)
            if not carries or not (self._carries(back) or self._goes_on_with_the_source(back)
                                   or _IMPERSONAL_CUE.search(self.text, back.start, back.end)):
                return None                        # an unattributed sentence in the author's voice breaks the chain
                # (one said by no one it names goes on: "Sie bewachten die Grenze, hieß es nach der Sitzung")
            back, scope = self._neighbour(back, -1, any_paragraph=first_of_paragraph), "paragraph"
        return None

    def _report_heading(self, sentence: Sentence) -> Claimer | None:
        """The body whose update or assessment a text's heading names, when the heading opens the text ("Latest Defence
        Intelligence update on the situation in Ukraine – 15 June 2025"): the sentences after it are its words."""
        if sentence.start != 0 or not _REPORT_HEADING.search(self.text, sentence.start, sentence.end):
            return None
        named = [c for c in self._claimers(sentence, []) if c.source not in (None, UNRESOLVED) and not c.metonym
                 and c.source not in self.media and c.country != SENDING_COUNTRY]
        return named[0] if named else None

    def _two_ahead(self, nxt: Sentence | None, attributes_only) -> Attribution | None:
        """"47 Soldaten getötet ... Drei davon erlagen ... So stellte es die Brigade dar": a sentence that only
        attributes closes the run of unattributed sentences before it (two at most)."""
        if nxt is None or self.links(nxt):
            return None
        after = self._neighbour(nxt, +1)
        if after is None or not (attributes_only(after) or self.cues.back_reference.match(self.text, after.start)):
            return None                            # (one that says it points back may hold a figure of its own)
        links = self._links_pointing_back(after)
        return self._found(links, after.start, "next") if links else None

    def _links_pointing_back(self, nxt: Sentence) -> list[Link]:
        """The links of a sentence after a figure; a sentence that says it points back with no cue ("Erhoben hat die
        Daten das russische Innenministerium") links its subject."""
        links = self.links(nxt)
        if links or not self.cues.back_reference.match(self.text, nxt.start):
            return links
        named = [c for c in self._claimers(nxt, []) if c.source not in (None, UNRESOLVED) and not c.metonym
                 and not self._is_object(c) and c.country != SENDING_COUNTRY]
        return [Link((named[0].start, named[0].end), named[0])] if named else []

    def _relayed_after(self, found: Attribution, nxt: Sentence) -> Attribution | None:
        """The outlet that a sentence pointing back names alone relays the figures before."""
        if not self.cues.back_reference.match(self.text, nxt.start):
            return None                            # only a sentence that says it points back ("The remarks were ...")
        links = self.links(nxt)
        # (lawmakers named there are whom the briefing was for, or the briefing's service itself: "Das berichtete
        # Yonhap nach einer Unterrichtung von Abgeordneten")
        outlets = [link for link in links if link.claimer.source in self.media]
        if not outlets or any(link.claimer.source not in self.media and link.claimer.body != "lawmakers"
                              and link.claimer.source != found.source for link in links):
            return None
        outlet = outlets[0].claimer.source
        if outlet == found.source:
            return None
        return Attribution(found.source, outlet, found.text, found.source_start, found.source_end, found.scope)

    def _sourced_after(self, found: Attribution, nxt: Sentence) -> Attribution | None:
        """An outlet that the next sentence says relays someone ("Der Sender zitiert dabei Quellen im Generalstab",
        "The paper cited two US officials") passes on that someone's figure: the relayed source, via the outlet."""
        if found.source_start is None:
            return None
        # (an outlet the vocabulary does not know relays an unplaced source too: "des japanischen Fernsehsenders NHK
        # zufolge ... NHK berief sich auf nicht genannte Diplomaten aus Russland und dem Westen")
        unknown_outlet = found.source == UNRESOLVED and self._unknown_outlet(found)
        # (never evidence no one is named for over a source the sentence placed: "Er berief sich auf Auswertungen von
        # Satellitenbildern")
        origins = [link for link in self.links(nxt) if link.claimer.source is not None
                   and (link.claimer.source != found.source or unknown_outlet)
                   and not (link.claimer.source == UNRESOLVED and link.claimer.body is None and found.source != UNRESOLVED)
                   and link.claimer.source not in self.media and self.cues.relay.fullmatch(self.text, *link.cue)]
        if not origins:
            return None
        # the relayer is the outlet by its words or by how the next sentence names it ("KBS reported. The broadcaster
        # cited"), or whoever spoke, named again or by a pronoun ("Lee told reporters. He cited the NIS")
        relayer = (nxt.start, origins[0].cue[0])
        last_word = self.text[found.source_start:found.source_end].split()[-1]
        if not (found.source in self.media or "media" in (self.lex.body_in(self.text, found.source_start, found.source_end),
                                                          self.lex.body_in(self.text, *relayer))
                or self._only_a_pronoun(*relayer) or last_word in self.text[relayer[0]:relayer[1]]):
            return None
        relayed = self._found(origins, nxt.start, "next")
        via = found.source if found.source in self.media else None
        return Attribution(relayed.source, via, relayed.text, relayed.source_start, relayed.source_end, "next")

    def _outlet_goes_on(self, found: Attribution, nxt: Sentence | None) -> bool:
        """Whether the next sentence opens with the outlet that the figure's sentence names, again by its name or by an outlet
        noun the lexicon knows ("... zufolge. Reuters beruft sich auf ...", "..., berichtet Reuters. Die Nachrichtenagentur
        beruft sich auf ...")."""
        if nxt is None or found.source_start is None or not (found.source in self.media or self._unknown_outlet(found)):
            return False
        opening = _OPENING_WORDS.match(self.text, nxt.start, nxt.end)
        if opening is None:
            return False
        name = self.text[found.source_start:found.source_end].split()[-1]
        return name in opening.group(0).split() or self.lex.body_in(self.text, *opening.span()) == "media"

    def _unknown_outlet(self, found: Attribution) -> bool:
        """Whether a figure's claimer is an outlet the vocabulary does not know ("des japanischen Fernsehsenders NHK")."""
        return found.source == UNRESOLVED and found.source_start is not None and \
            self.lex.body_in(self.text, found.source_start, found.source_end) == "media"

    def _only_a_pronoun(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are one subject pronoun ("He cited", "Er berief sich auf")."""
        words = self.text[start:end]
        lead = len(words) - len(words.lstrip())
        pronoun = pronoun_at(self.text, start + lead, end, self.lex)
        return pronoun is not None and not self.text[pronoun.end:end].strip()

    def _refined_after(self, found: Attribution, nxt: Sentence) -> Attribution | None:
        """"..., says Seoul. The number was given by South Korea's defence ministry", "South Korea now believes ...
        The updated count came from the NIS": a country named alone is refined by the body of that country the
        next sentence names when it points back."""
        if found.source_start is None:
            return None
        # (or an unplaced claimer of a country's, "Die britischen Militäranalysten": the body of that country named next)
        country = self._adjective_country(found.source_start, found.source_end) \
            if found.source == UNRESOLVED else found.source.partition("_")[0]
        service = found.source in self.services    # ("nach ukrainischen Geheimdiensterkenntnissen ... teilte der
        # Militärgeheimdienst in Kiew mit": a country's intelligence, then which of its services)
        if country is None or not (found.source == UNRESOLVED or self._country_level(found) or service):
            return None
        links = self.links(nxt)
        refined = self._found(links, nxt.start, "next") if links else None
        if service and (refined is None or refined.source not in self.services):
            return None
        if refined is not None and found.source == UNRESOLVED and refined.source in self.media:
            return None                            # (an outlet names how it got out, not whose it is)
        # (the same source named by its body refines its country's word too: "nach britischer Einschätzung ... Der
        # Lagebericht des Verteidigungsministeriums in London", where the country's word already stands for that body)
        if refined is None or (refined.source == found.source and not self._country_level(found)) or \
                not refined.source.startswith(country + "_"):
            return None
        return refined

    def _adjective_country(self, start: int, end: int) -> str | None:
        """The country an adjective of nationality in the words names ("Die britischen Militäranalysten"), not a
        country they speak of ("das auf Nordkorea spezialisierte Portal")."""
        for m in _NATIONALITY_ADJECTIVE.finditer(self.text, start, end):
            country = self.lex.country_in(self.text, m.start(), m.end())
            if country is not None:
                return country
        return None

    def _refined_before(self, found: Attribution, back: Sentence) -> Attribution | None:
        """"Nach Einschätzung der britischen Militäraufklärer ... Das berichtete die APA unter Berufung auf die
        Einschätzung aus London. Im Einsatz stünden demnach ...": a country's word carried on is the word of the body
        of that country named just before it in the paragraph."""
        if found.source_start is None or not self._country_level(found):
            return None
        before = self._neighbour(back, -1)
        links = self.links(before) if before is not None else []
        country = found.source.partition("_")[0] + "_"
        specific = [link for link in links if link.claimer.source not in (None, UNRESOLVED, found.source)
                    and link.claimer.source.startswith(country)]
        return self._found(specific, before.end, "paragraph") if specific else None

    def _country_level(self, found: Attribution) -> bool:
        """"Seoul", "nach Moskauer Darstellung", "die jüngste Einschätzung aus London": a country's word, no body named."""
        if self.lex.name_pattern.fullmatch(self.text, found.source_start, found.source_end):
            return True
        if self.lex.people is not None and self.lex.people.search(self.text, found.source_start, found.source_end):
            return False                           # "Kim Jong Un": a person, no country's word
        country = found.source.partition("_")[0]
        body = self.lex.body_in(self.text, found.source_start, found.source_end)
        # (a generic word names no kind: "nach britischer Einschätzung")
        return found.source == self.lex.compose(country, None) and (body is None or body in self.lex.generic_bodies)

    def _briefing_after(self, own: list[Link], position: int, nxt: Sentence) -> Attribution | None:
        """"..., a lawmaker said. Lee was speaking after being briefed by the NIS": a lawmaker (or someone
        unplaced) relays the briefing the next sentence names."""
        main = self._main(own, position)
        if main.claimer.body != "lawmakers" and main.claimer.source != UNRESOLVED and \
                not (main.claimer.source or "").endswith("_lawmakers"):   # a lawmaker the vocabulary names
            return None
        links = self.links(nxt)
        origins = [link for link in links if link.origin]
        if not origins and self.cues.back_reference.match(self.text, nxt.start):
            origins = [link for link in links if link.claimer.source not in self.media]   # "The figure came from ..."
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
                    if gap.start(1) <= c.start and c.end == gap.end(1)]   # (an article before it: "das Pentagon")
        resolved = self._resolve(claimers[0], sentence) if claimers else None
        if resolved is None or resolved.source is None:
            return None
        return self._found([Link((gap.end(1), position), resolved, False, (resolved.start, resolved.end))],
                           position, "sentence")

    def _goes_on_with_the_source(self, sentence: Sentence) -> bool:
        """Whether a sentence with no cue of its own speaks of the source before it by a definite body word ("Bei der
        vorigen Schätzung im April hatte die Behörde mindestens 600 Tote angenommen"): a chain of reported speech goes
        on through it."""
        return _DEFINITE_BODY.search(self.text, sentence.start, sentence.end) is not None

    def _no_figure(self, sentence: Sentence) -> re.Match | None:
        """Where a sentence says its claimer gave no figure (:data:`_NO_FIGURE_GIVEN`), read once per sentence."""
        if sentence.index not in self._no_figures:
            self._no_figures[sentence.index] = _NO_FIGURE_GIVEN.search(self.text, sentence.start, sentence.end)
        return self._no_figures[sentence.index]

    def _gave_no_figure(self, sentence: Sentence) -> bool:
        """Whether a sentence says its claimer gave no figure at all ("eine Zahl der Toten nannte sie nicht"), not only
        no exact one ("Das sagte ein Beamter ..., ohne genaue Zahlen zu nennen": a vague figure is still theirs)."""
        found = self._no_figure(sentence)
        return found is not None and not _ONLY_NOT_EXACT.search(found.group(0))

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
            # (an origin outranks who relays it, never a claimer of another country the sentence names with its own
            # verb: "Während der NIS vor Abgeordneten von 300 Toten sprach, nannte Selenskyj ... eine höhere Zahl: ...")
            countries = {link.claimer.country or self._source_country(link.claimer.source) for link in origins}
            kept = [link for link in primary if link.origin or (
                link.claimer.source not in (None, UNRESOLVED) and not link.claimer.metonym
                and link.claimer.body != "lawmakers"
                and (link.claimer.country or self._source_country(link.claimer.source)) not in countries | {None}
                and all(self._contrasted(origin, link) for origin in origins))] if origins else []
            cached = (links, primary, media, NearestLinks(kept or primary or media))
            self._pool_cache[id(links)] = cached
        return cached[1], cached[2], cached[3]

    def _contrasted(self, first: Link, then: Link) -> bool:
        """Whether a link stands in a clause of contrast ("Während ..., ", "While ..., ") that a comma closes before the
        other link's cue."""
        lo = min(first.cue[0], first.span[0])
        opening = _CONTRAST_OPENS.search(self.text, max(0, lo - CONTRAST_REACH), lo + 1)
        return opening is not None and self.text.find(",", max(first.cue[1], first.span[1]), then.cue[0]) >= 0

    def _main(self, links: list[Link], position: int) -> Link:
        """The link a figure's claimer is taken from: the claimer of the figure's own clause first; within it a
        placed claimer before an unresolved one, then the nearest."""
        # (a colon's subject, "Nordkorea schickt auch Arbeiter: ...", only where no cue names anyone else)
        # (a claimer in a relative clause of another figure is that figure's alone: "well above the 15,000 that Seoul
        # says have gone")
        return min(self._pools(links)[2].candidates(position), key=lambda link: (
            self.text[link.cue[0]:link.cue[1]] == ":", self._of_another_figure(link, position),
            self._distance(link, position) // CLAUSE_BREAK, link.claimer.source == UNRESOLVED,
            self._distance(link, position)))

    def _of_another_figure(self, link: Link, position: int) -> bool:
        """Whether a link stands in a relative clause right after a figure other than the one at ``position``."""
        lo = min(link.cue[0], link.span[0])
        m = _FIGURE_RELATIVE.search(self.text, max(0, lo - FIGURE_RELATIVE_REACH), lo)
        if m is not None and self.language == "de" and link.cue[0] > link.span[0] and \
                not _CLAUSE_CLOSES_AFTER.match(self.text, link.cue[1]):
            return False                           # "12.000 aus, die Ukraine spricht von ...": an article, the verb second
        return m is not None and not m.start() <= position < lo

    def _found(self, links: list[Link], position: int, scope: str) -> Attribution:
        primary, media, _ = self._pools(links)
        main = self._main(links, position)
        # (an outlet whose clause a semicolon closes before the figure speaks in a clause of its own: "state media
        # said ...; Seoul estimates 4,700")
        via = next((m for m in media if m.claimer.source != main.claimer.source
                    and (m.cue[1] > position or self.text.find(";", m.cue[1], position) < 0)
                    and not CONTRAST_BETWEEN.search(self.text, min(m.cue[1], position), max(m.cue[0], position))),
                   None) if primary else None
        parts = [main] + ([via] if via else [])
        fragments = []
        for link in sorted(parts, key=lambda p: min(p.cue[0], p.span[0])):
            lo, hi = min(link.cue[0], link.span[0]), max(link.cue[1], link.span[1])
            fragments.append(self.raw[lo:hi] if hi - lo <= 2 * self.cues.window else self.raw[link.cue[0]:link.cue[1]])
        c = main.claimer
        relay = via.claimer.source if via else (self._relayed_by.get((c.start, c.end)) if primary else None)
        return Attribution(c.source, relay, " … ".join(fragments), c.start, c.end, scope)
