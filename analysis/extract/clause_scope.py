"""Which words are a number's own: where its clause opens and ends, and the cues that decide its quantity.

A casualty cue decides only for the number it belongs to: it is read from the number's own noun phrase first, then
from the rest of its clause up to the next number, then from the words before it back to the previous number ("Von
den 11.000 entsandten Soldaten seien 1.000 gefallen": 11.000 are troops, 1.000 killed).  Tense and modality
("already" / "planned") come from the number's own clause first, else its segment, else its sentence.  Used by
:mod:`analysis.extract.quantity` (what the number counts) and :mod:`analysis.extract.claims`.
"""

from __future__ import annotations

import re

from ..prefilter import compile_prefiltered
from ..supersets import filtered
from ..vocabulary import Vocabulary, compound_core

SCOPED_CUES = ("killed", "wounded", "casualties", "captured", "mixed", "reached_out")  # read from the number's own words
_MADE: dict[tuple[int, str], tuple[Vocabulary, object]] = {}


def _per_vocabulary(vocab: Vocabulary, make):
    """``make(vocab)``, made once per vocabulary."""
    hit = _MADE.get((id(vocab), make.__name__))
    if hit is None or hit[0] is not vocab:
        hit = _MADE[(id(vocab), make.__name__)] = (vocab, make(vocab))
    return hit[1]


def _any_scoped_cue(vocab: Vocabulary) -> _AnyCue:
    """Every scoped cue's words at once: where they find nothing, no scoped cue does (one search instead of one
    per cue)."""
    return _AnyCue([a for cue in SCOPED_CUES for a in vocab.context_cues.get(cue, ())])


class _AnyCue:
    """Whether any of some cue alternatives occurs in a text (``search``: a match, or None when none does).  The
    alternatives that hold a compound's literal wherever they match ("\\w*verluste\\w*", in any German compound) try
    every split of every word; they are searched only where one of their literals stands (11 -> 4 us a scope)."""

    def __init__(self, alternatives: list[str]) -> None:
        compounds = [a for a in alternatives if compound_core(a) is not None]
        simple = [a for a in alternatives if compound_core(a) is None]
        self._simple = filtered(compile_prefiltered(r"(?<!\w)(?:" + ("|".join(simple) or r"(?!x)x") + ")", re.IGNORECASE))
        self._compounds = compile_prefiltered(r"(?<!\w)(?:" + ("|".join(compounds) or r"(?!x)x") + ")", re.IGNORECASE)
        self._cores = re.compile("|".join(map(re.escape, dict.fromkeys(map(compound_core, compounds)))) or r"(?!x)x",
                                 re.IGNORECASE)

    def search(self, text: str) -> re.Match | None:
        return self._simple.search(text) or (self._compounds.search(text) if self._cores.search(text) else None)


# a subordinate clause after a number: "bei rund 11.000, weil ...": not its words
# (or a participle of saying and what it says: "..., Zelenskiy said, adding that Ukrainian forces had inflicted losses")
_SUBORDINATE = re.compile(r",\s*(?:weil|da|dass|obwohl|nachdem|wenn|als|because|since|although|after|when|while|"
                          r"(?:adding|saying|noting|stressing|explaining|warning|claiming)\s+that)\b", re.IGNORECASE)
# a number that gives a force's size as an attribute: "11,000-strong", "a 5,000-man division", "12.000 Mann starke"
_SIZE_ATTRIBUTE = re.compile(r"(?:-(?:strong|man|member|köpfig\w*)\b|\s+(?:Mann\s+)?(?:starke[nrsm]?|umfassende[nrsm]?)\b)")
# a force's owner right before its size: "its roughly 11,000-strong contingent", "seine rund 11.000 Mann starke Truppe"
# (or a definite one: "a larger share of the 11,000-strong contingent", "der rund 11.000 Mann starken Truppe")
_OWNED_SIZE = re.compile(r"\b(?:its|their|his|the|der|des|den|dem|seine[nmrs]?|ihre[nmrs]?|(?-i:[A-Z])[\w’'-]*[’']s)\s+(?:(?:roughly|about|some|around|"
                         r"nearly|estimated|rund|etwa|gut|knapp|geschätzt\w*)\s+)*$", re.IGNORECASE)
# the whole of a force right before its figure, and a loss its clause says might befall it
_ALL_OF_A_FORCE = re.compile(r"\b(?:the entire|the whole|all|alle|die gesamte[n]?|der gesamte[n]?|das gesamte)\s+(?:(?:force|contingent|"
                             r"truppe|kontingent)\s+(?:of|von)\s+)?(?:(?:some|about|around|roughly|rund|etwa|gut)\s+)?$",
                             re.IGNORECASE)
_BEFALL = re.compile(r"[^.;:]{0,80}?\b(?:killed|wounded|dead|lost|tot|verwundet|gefallen|verloren|kampfunfähig)\b", re.IGNORECASE)
_MIGHT = re.compile(r"\b(?:could|would|might|may|könnten|würden|wären|wäre|dürften)\b", re.IGNORECASE)
MIGHT_REACH = 60
# a unit sized by the number after it: "des Korps von 11.000 Mann", "a contingent of some 12,000"
# (or a sending sized by it: "casualties ... from a deployment of some 15,000 troops", "bei einer Entsendung von 15.000")
# (a force's starting strength too, past an adverb of before: "bei einer Truppe von einst 11.000 Mann", "bei einer
# Ausgangsstärke von etwa 11.000 Mann", "an initial strength of some 11,000")
_SIZED_UNIT_BEFORE = re.compile(r"\b(?:korps|kontingent\w*|verband\w*|truppe|corps|contingent|force|army|armee|deployment|"
                                r"dispatch|entsendung|verlegung|\w*stärke|strength)\s+(?:von|of|mit)\s+"
                                r"(?:(?:rund|etwa|gut|knapp|über|mehr als|about|some|around|roughly|more than|nearly|an estimated|"
                                r"einst|ursprünglich|anfangs|zunächst|originally|initially|once)\s+)*$",
                                re.IGNORECASE)
# where the unit's own noun phrase opens: after a genitive's article or a preposition ("die Verluste des ... Korps von 11.000
# Mann", "a toll it put against a force of roughly 11,000 men")
_GENITIVE_OF = re.compile(r"\b(?:des|der|of the|of|against|gegen|gegenüber|compared with|compared to|from|aus|bei)\s", re.IGNORECASE)
# a part taken from a number after it: "11.000 – von denen ...", "11,000, of whom ...", "of which", "davon"
# (the partitive may stand after a fronted verb: ", gefallen seien davon etwa 5.000", ", hiervon ein Drittel tot"; never
# after a noun: "troops, North Koreans among them" names who is in the force)
_PARTITIVE_AFTER = re.compile(r"(?:,|\s[–—-])\s*(?:(?-i:[a-zäöüß][\w-]*)\s+){0,3}?(?:von denen|of whom|of which|of those|davon|hiervon|"
                              r"darunter|among them|der rest|die übrigen|the rest|the remainder|the others)\b", re.IGNORECASE)
# a gapped phrase for the next figure right after a number: "and the casualties at", "und die Verluste auf"
# (two nouns joined too: "und ihre Toten und Verwundeten auf ein paar Hundert")
_GAPPED_NEXT = re.compile(r"\s+(?:and|und|sowie|while|whereas|während)\s+(?:the|die|der|das|its|their|seine|ihre)\s+"
                         r"[^\W\d_][\w-]*(?:\s+(?:und|and|oder|or)\s+[^\W\d_][\w-]*)?\s+(?:at|auf|bei|mit)\b", re.IGNORECASE)


TENSE_CUES = ("already", "planned")  # read from the number's own segment first, else its sentence
# "..., and that ...", "... and the injured are approaching 1,000" (a new subject); a full stop after a digit inside a sentence is an ordinal's ("des 528. Pionierregiments")
CONTRAST_CLAUSE = compile_prefiltered(r"\b(?:while|whereas|although|though|während|obwohl|obgleich|wenngleich|wohingegen)\b"
                                       r"(?:[^,;:!?]|(?<=\d)[.,](?=\d))*,", re.IGNORECASE)
CONTRAST_REACH = 200
CLAUSE_END = compile_prefiltered(r"[,;:!?()\[\]]|(?<!\d)\.|\s[–—-]\s|\s(?=(?:and|und|but|aber|sondern) (?:that|dass|the|die|der)\b)")
# a lowercase verb right before a number ("killed 50", "killed or wounded about 90": a mention starts at its
# qualifier, so "about" is the number's own): it governs it
# (past the figure's hedge: "lost some 6,000", "verlor rund 6.000")
_GOVERNING = re.compile(r"(?<![\w-])(?!(?:some|about|around|roughly|nearly|almost|over|up|to|an|estimated|more|than|rund|etwa|"
                        r"knapp|gut|über|mehr|als|bis|zu|schätzungsweise|fast|mindestens|at|least)\s)"
                        r"([a-zäöüß][\w'-]*(?:\s+(?:or|and|oder|und)\s+[a-zäöüß][\w'-]*)?)\s+"
                        r"(?:(?:some|about|around|roughly|nearly|almost|over|up to|an estimated|more than|at least|rund|etwa|"
                        r"knapp|gut|über|mehr als|bis zu|schätzungsweise|fast|mindestens)\s+)*$")
_RELATIVE = re.compile(r"\s*(?:die|der|das|denen|which|who|that)\b", re.IGNORECASE)
# a clause that opens with its own subject after a break: "and that they", "und jeder dritte von ihnen", "while the"
# (never a German aside of who says so: "Rund 3.000 Nordkoreaner, so der Sprecher, seien verwundet worden")
# the verbs of an aside of saying (", she added,"): never a new clause, and transparent to a figure's words
_SAYING_WORDS = r"added|said|says|noted|stressed|wrote|estimated|believes"
_NEW_SUBJECT = re.compile(r"\s*(?!so\s+(?:der|die|das|ein|eine|sein|ihr)\b[^,.;:]{0,60},)"
                          r"(?!(?:he|she|they|it)\s+(?:" + _SAYING_WORDS + r")\s*,)"
                          r"(?:(?:and|und|but|aber|while|während|whereas|wobei|so|denn|yet)\s+(?:(?:that|dass)\s+)?"
                          r"(?:(?:ungefähr|etwa|rund|fast|nearly|about|roughly|almost|some)\s+)?(?:they|he|she|it|we|sie|er|es|wir|the|die|der|das|jeder|jede|"
                          # (a quantifier standing for people, with its verb: "and that some had been killed")
                          r"(?:some|many|several|most|others|einige|viele|manche)(?=\s+(?:had|have|has|were|was|are|"
                          r"hätten|hatten|seien|sind|waren)\b))"
                          r"|(?:that|dass)\s+(?:they|he|she|it|we|sie|er|es|wir)|(?:they|he|she|we|sie|er|wir)"
                          # a conjunction, a name and its verb: ", as Kyiv reported fresh losses", "while Seoul says"
                          r"|(?:as|while|whereas)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2}\s+"
                          r"(?-i:[a-z]+(?:ed|s))\b"
                          # an adverbial participle of the subject: "– while losing perhaps 6,000 to death and injury"
                          r"|(?:while|whilst|after|before|despite)\s+(?-i:[a-z]{3,}ing)\b"
                          # a second reported statement: ", and that casualties over the period had reached"
                          # (never a demonstrative "that" with its verb: "several hundred, and that runs from killed in
                          # action to wounded")
                          r"|(?:and|but)\s+that\s+(?!(?:is|was|runs|ran|includes?|included|covers?|covered|means|meant|"
                          r"counts?|counted|would|will|could|may|might|has|had|figure|number|estimate|toll|count)\b)(?=[^\W\d])"
                          r"|(?:und|aber)\s+dass\s+(?=[^\W\d])"
                          # an absolute "with" of another part: ", with the bulk of Pyongyang's forces held in Kursk"
                          r"|with\s+(?:the\s+(?:bulk|rest|remainder|majority|balance)|most|many|others)\s+(?:of\s+)?"
                          r"(?:the|its|their|his|(?-i:[A-Z])[\w’'-]*[’']s)\s"
                          # a participle of saying and its complement: ", adding that their losses had reached"
                          r"|(?-i:[a-z]{3,}ing)\s+(?:that|dass)\s+(?:the|their|its|his|her|die|der|das|ihre|seine)"
                          # an appositive that tells of the figure ("..., a level Pyongyang has held by replacing its losses")
                          r"|an?\s+(?:level|figure|number|total|tally|count|strength)(?=\s+(?:that|which|the|it|he|she|they|"
                          r"(?-i:[A-Z])))|ein(?:e|en)?\s+(?:zahl|niveau|stand|wert)(?=\s))\b",
                          re.IGNORECASE)    # (a bare ", die ..." is the number's relative clause: its own words)
# an English relative clause without "that" right after a figure: its subject (an article or a capitalised name) and verb
_CONTACT_RELATIVE = re.compile(r"\s+(?:(?:the|its|his|her|their)\s+(?-i:[A-Z])[\w'’-]*|(?-i:[A-Z])[\w'’-]+)\s+"
                               r"(?:(?-i:[a-z]+)\s+){0,3}?(?-i:[a-z]+s|had|has|have|will|would|could|might|may)\b[^,;.:]*")
# the words of a figure's own noun phrase before it after a comma ("weitere", "another", "rund"), and its finite verb
# right after it or its noun
_FIGURE_LEAD = re.compile(r"\s*(?:(?-i:[a-zäöüß]+)\s+){0,2}")
_FIGURES_OWN_VERB = re.compile(r"\s+(?:(?-i:[A-ZÄÖÜa-zäöüß][\w-]*)\s+)?(?:soll|sollen|solle|sollten|seien|sei|sind|werden|werde|"
                               r"könnten|könne|dürften|würden|are|were|will|would|could|may|might)\s", re.IGNORECASE)
_OPENER = re.compile(r"\s*(?:with|while|whereas|but|and|although|which|who|mit|während|aber|doch|wobei|und|jedoch|"
                     # (a clause of time or cause: ", as 1,000 North Korean engineers arrived"; never "as many as")
                     r"as(?!\s+(?:many|much|well|far|long|of|to|for|a result|part|such|high|low|few|little)\b)(?=\s)|"
                     r"out of|"       # a base set off after the part: ", out of a planned third deployment of 6,000"
                     r"(?-i:[a-z]+)\s+to\s+(?:reach|rise|grow|climb|top|hit|exceed)|"   # a headline's ", total to reach 10,000"
                     # a German main clause: an adverb, then its finite verb (", insgesamt sollen es bis zu 12.000 werden")
                     # (or a phrase of time: ", bis Dezember könnten es 10.000 werden")
                     r"(?-i:[a-zäöüß]{3,})\s+(?:soll|sollen|solle|seien|sei|sind|ist|wird|werden|werde|könnte|könnten|"
                     r"dürfte|dürften|habe|haben|hat|hatte|hatten|waren|war|würde|würden)|"
                     r"(?-i:bis|ab|im|zum|zur|am|gegen)\s+[\wäöüÄÖÜß]+(?:\s+[\wäöüÄÖÜß]+)?\s+"
                     r"(?:soll|sollen|solle|wird|werden|werde|könnte|könnten|dürfte|dürften|würde|würden)\b|"
                     r"(?-i:[a-z]{3,}ing)|"           # a participle clause: ", putting the original force at 11,000"
                     # a German main clause after a comma: its subject's name, then its finite verb (", Pjöngjang schickt
                     # weitere 5.000 Bausoldaten"; never a participle: ", Nordkoreaner gefallen")
                     r"(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?-i:(?!ge)[a-zäöüß]{3,}(?:t|te|ten))\s|"
                     # and an English one: ", Pyongyang is now sending 2,000 builders", "- Pyongyang sends 2,000 more"
                     r"(?-i:[A-Z][a-z]+)\s+(?:is|are|was|were|has|have|had|will|would|could|(?-i:[a-z]{3,}(?:[^s]s|ed)))\s|"
                     # an apposition about a figure: "— a figure he expects to climb to 12,000", "– eine Zahl, die ..."
                     r"(?:a|an|eine?)\s+(?:[a-z]+\s+)?(?:figure|number|estimate|total|zahl|schätzung|größenordnung))\b",
                     re.IGNORECASE)


def clause_start(text: str, since: int, position: int) -> int:
    """Where the clause of the number at ``position`` opens: after the last clause break since ``since`` that
    a new clause follows (", and ...", ", with ..."), else ``since``."""
    return max((m.end() for m in CLAUSE_END.finditer(text, since, position) if _OPENER.match(text, m.end(), position)),
               default=since)


def sentence_cues(sentence_text: str, vocab: Vocabulary) -> set[str]:
    """The cues of a sentence that are not read from a number's own words (found once per sentence)."""
    return {cue for cue, pattern in vocab.cue_patterns.items()
            if cue not in SCOPED_CUES and pattern.search(sentence_text)}


# "Von den rund 11.000 Soldaten ...", "of the 15,000 sent ...": the base a part is taken from (not "gehen von
# 2.000 aus", "spricht von 3.000": there "von" is the verb's)
BASE_REACH = 80   # characters before a figure in which the words that make it a base stand
_PARTITIVE_BASE = filtered(re.compile(r"(?:\b(?:[Aa]ny|[Nn]one|[Oo]ne|[Ee]ach|[Ee]inen|[Kk]einen) (?:of|der|von)\s+(?:[\w'’]+['’]s\s+|(?:the|its|their|den)\s+)"
                             r"|\b(?:[Vv]on|[Oo]f|[Oo]ut of|[Uu]nter|[Aa]mong)\s+(?:den|der|insgesamt|the|its|their|seinen|ihren|a total of|all|(?:a|an|the) (?:force|contingent|total|group|deployment) of"
                             # "out of an estimated 11,000 troops", "bei insgesamt etwa 11.000 Entsandten"
                             r"|an? (?:estimated|reported|approximate|initial))|\bbei\s+insgesamt|(?<![\w,] )\b(?:Von|Of)"
                             # "out of an estimated 11,000" (the qualifier is the mention's), "4,000 of 11,000"
                             r"|\b[Oo]ut of|(?<=\d )(?:of|von|der|ihrer|seiner)"   # ("300 ihrer etwa 3.000 Soldaten")
                             # a German participle attribute between: "Von den im Vorjahr nach Russland entsandten"
                             r"|\b[Vv]on (?:den|allen)\s+(?:[\w-]+\s+){0,5}?(?-i:[a-zäöü][\w-]*(?:ten|enen))"
                             # "more than half of North Korea's 11,000-strong force": the base a fraction is taken from
                             r"|\b(?:half|(?:a|one|two) (?:third|quarter|fifth)s?|the (?:majority|bulk)|most|a (?:large |small )?(?:part|share|fraction)) of\s+(?:(?:[A-Z]\w*\s+)?[\w'’]+['’]s\s+|(?:the|its|their)\s+)?"
                             # "out of a force the officials put at 12,000", "out of a contingent that peaked near
                             # 14,000": the base, sized in a relative clause
                             r"|\b[Oo]ut of (?:a|an|the|its|their) (?:[\w-]+ )?(?:force|contingent|deployment|total|group)\b[^.;,\d]{0,50}?"
                             r"|\b(?:Hälfte|Drittel|Viertel|Teil|Großteil|Gros|Mehrheit|Bruchteil)\s+(?:der|aller|des|seiner|seines|ihrer|ihres)(?:\s+\w+)?"
                             # "mehr als jeder zweite der ungefähr 11.000 Soldaten", "every second one of the"
                             r"|\b(?:jede[rs]?|every|one in)\s+(?:zweite[nr]?|dritte[nr]?|vierte[nr]?|fünfte[nr]?|second|third|"
                             r"fourth|fifth|two|three|four|five)(?:\s+one)?\s+(?:der|von den|of the|of)(?:\s+\w+)?)"
                             r"(?:\s+(?:insgesamt|total|etwa|rund|about|some|around|roughly|knapp|über|more than|mehr als))*\s*$"))


# a clause gapped after a comma, its verb left out: "Südkorea auf rund", "Seoul at about", "and Warsaw at"
_GAPPED_AFTER_COMMA = re.compile(r"\s*(?:(?:und|and|while|während|whereas)\s+)?(?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3}"
                                 r"(?:auf|at|bei|on|mit)\s+(?:(?:rund|etwa|gut|knapp|über|mehr als|bis zu|about|some|around|"
                                 r"roughly|nearly|more than|up to|only|nur)\s+)*")
# where a number's noun phrase ends: a comma, a finite verb, a relative pronoun
_NOUN_PHRASE_END = re.compile(r",|\b(?:sind|seien|sei|wären|wäre|waren|wurden|werden|haben|hatten|hätten|hat|habe|ist|war|are|were|was|is|have|has|"
                              r"gelten|gilt|galten|gelte|starben|fielen|blieben|"   # "... Nordkoreaner gelten als tot"
                              # a verb of losing: the force's predicate ("the contingent of about 12,000 lost some 6,000")
                              r"lost|suffered|sustained|verlor|verloren|erlitt|erlitten|"
                              r"had|die|der|das|who|which|that|"
                              # a modal ("12.000 Entsandten sollen ... gefallen sein")
                              r"soll|sollen|sollten|könnten|dürften|müssen|may|might|could|would|should|must)\b")


# "about 4,000 of an estimated 11,000 men – has been killed": a part whose base is the next figure
# (or a German genitive by its possessive: "rund 300 ihrer etwa 3.000 Soldaten verloren")
PART_OF_NEXT = re.compile(r"\s+(?:of|out of|von|aus|der|aller|ihrer|seiner|deren|dessen)\s+(?:(?:an? )?(?:estimated|reported|total of|some|about|around|"
                          r"roughly|insgesamt|rund|etwa|gut|knapp|the|den|der|its|their|seinen|ihren|seiner|ihrer|"
                          r"(?-i:[a-zäöüß]+)(?:en|ten))\s+){0,2}$",   # "Nine of its roughly 1,000 soldiers"
                          re.IGNORECASE)      # "die Hälfte der entsandten 11.000 Soldaten": a genitive base too


def _clause_opening(text: str, breaks: list[int], span: tuple[int, int, int]) -> int:
    """Where a figure's own clause opens: after the last break that an opener follows (``clause_start``'s), or after a
    comma whose main clause opens with the figure and the figure's finite verb (", weitere 3.000 sollen im Frühjahr
    folgen", ", another 3,000 are expected to follow")."""
    before_from, start, end = span
    opens = max((b for b in breaks if _OPENER.match(text, b, start)), default=before_from)
    if breaks and breaks[-1] > opens and text[breaks[-1] - 1] == "," and _FIGURE_LEAD.fullmatch(text, breaks[-1], start) \
            and _FIGURES_OWN_VERB.match(text, end):
        return breaks[-1]
    return opens


def scoped_cues(text: str, start: int, end: int, before_from: int, after_to: int, in_sentence: set[str],
                vocab: Vocabulary, beyond: int | None = None, sentence: tuple[int, int] | None = None) -> set[str]:
    """The cues that decide a number: casualty cues from its own words, the others from its sentence.

    ``before_from`` is where the words before the number start (the previous number's end, or the
    sentence start); ``after_to`` where its words after it end (the next number, or the sentence end);
    ``in_sentence`` the sentence's other cues (:func:`sentence_cues`); ``beyond``, for a part whose base is the
    next figure (:data:`PART_OF_NEXT`), where the words after the base end: the part's verb stands there;
    ``sentence`` the span whose words ``in_sentence`` was read from.
    """
    segment = text[before_from:after_to]
    # the words before it from where a new clause opens ("..., with the deployment estimated at 13,000");
    # an aside or a part goes on with the clause before ("Total casualties, both dead and injured, are put at")
    breaks = [m.end() for m in CLAUSE_END.finditer(text, before_from, start)]   # read once for the two below
    opens = _clause_opening(text, breaks, (before_from, start, end))
    # (a subordinate clause of contrast before it, closed by its comma, is another figure's: "While 2,000 have been
    # killed, some 13,000 remain at the front", "Während 2.000 gefallen seien, hätten 13.000 weiter gekämpft")
    contrast = CONTRAST_CLAUSE.search(text, sentence[0] if sentence else max(0, before_from - CONTRAST_REACH), start)
    if contrast is not None and contrast.start() < before_from <= contrast.end() <= start:
        opens = max(opens, contrast.end())
    cut = _clause_cut(text, end, after_to) or _GAPPED_NEXT.match(text, end, after_to)
    # "destroyed 21 positions and killed 35 soldiers": the verb before the next number is that number's
    near_end = cut.start() if cut else after_to
    predicate = _COORDINATED_PREDICATE.search(text, end, near_end)   # "at roughly 11,000 and blamed its inexperience
    near = _NEXT_VERB.sub(" ", text[end:predicate.start() if predicate else near_end])   # for the losses": not its words
    # tense and modality from the number's own clause first ("had been sent ..., and warned that thousands
    # more could follow"), else from its segment, else from its sentence
    closed = cut
    if closed and _RELATIVE.match(text, closed.end()):   # "den rund 12.000, die bereits im Einsatz waren"
        closed = CLAUSE_END.search(text, closed.end(), after_to)
    # (a semicolon opens a clause of its own tense: "werde weitere Soldaten schicken; bereits jetzt seien 11.000 in Russland")
    semicolon = text.rfind(";", opens, start)
    clause_from = max(opens, semicolon + 1)
    # (a relative clause of the figure before, up to the modal of the main verb, is that figure's: "The 11,000 infantrymen
    # who arrived in the autumn could be joined by up to 6,000 more")
    others = _OTHERS_RELATIVE.match(text, clause_from, start) if clause_from == before_from else None
    clause = text[others.end() if others else clause_from:closed.start() if closed else after_to]
    segment = text[others.end():after_to] if others else segment
    # the sentence's own words (a figure alone in it): its tense cues were read with its other cues
    read = (text[sentence[0]:sentence[1]], {cue for cue in TENSE_CUES if cue in in_sentence}) if sentence else None
    # (a contact relative clause right after the figure first: "the first of some 12,000 the North plans to send")
    own_relative = _CONTACT_RELATIVE.match(text, end, closed.start() if closed else after_to)
    tense, aside = _own_tense(text, start, end, ((own_relative.group(0),) if own_relative else ()) + (clause, segment),
                              vocab, read)
    # (and its words before the figure, when its own clause has a verb of the topic: "4.700 getötet oder verletzt worden;
    # Pjöngjang soll insgesamt 14.000 Soldaten entsandt haben" is not killed; "...; insgesamt hält Kiew damit vier" goes on
    # with the clause before)
    # (or when it opens with a subject of its own and that subject's verb: "...; the North's force in the oblast is about
    # 11,000 strong")
    own_clause = semicolon >= opens and (any(p.search(clause) for p in vocab.cue_patterns.values())
                                         or _SUBJECT_AND_VERB.match(text, semicolon + 1, start) is not None)
    lead = text[semicolon + 1 if own_clause else opens:start]
    lead_from = breaks[-1] if breaks else opens   # after the last clause break
    if tense == {"planned"} and "already" in in_sentence and _GAPPED_LEAD.fullmatch(text, lead_from, start) and \
            not vocab.cue_patterns["planned"].search(WEAK_PLANNED.sub(" ", text[lead_from:cut.start() if cut else after_to])) \
            and not _OWN_INFINITIVE.search(text, end, cut.start() if cut else after_to) and not _OWN_MODAL.match(text, end):
        # "Im Oktober seien 11.000 Mann gekommen, im Februar weitere 4.000": a clause without a verb of its own
        # goes on with the verb of the clause before it; "weitere"/"more" says only that it adds
        tense = {"already"}
    if tense == {"planned"} and "already" in in_sentence and _COORDINATED_NEXT.search(text, end, after_to) and \
            not vocab.cue_patterns["planned"].search(WEAK_PLANNED.sub(" ", clause)):
        # "Rund 3.000 zusätzliche Soldaten sowie etwa 120 Raketenwerfer soll Nordkorea ... gebracht haben": objects in a
        # row share the verb after the last of them; "zusätzliche" says only that they add
        tense = {"already"}
    tense = tense or _past_dashed_aside(text, cut, sentence, aside, vocab)   # "6.000 Mann – 1.000 ... – sollen ..."
    if _MODAL_GOVERNS.search(text, max(before_from, start - 40), start):
        tense = {"planned"}                        # "a deployment that could reach as many as 12,000": the modal and
        # its verb right before the figure decide, whatever an earlier clause of the sentence says had happened
    present = _total_reached({cue for cue in in_sentence if cue not in TENSE_CUES} | (
        tense if tense or aside else _sentence_tense(text, (end, after_to), cut is not None, in_sentence, vocab, sentence)),
        text, (sentence[0] if sentence else before_from, start), vocab)
    if "planned" in present and _TIME_GONE_BY.search(near) and not vocab.cue_patterns["planned"].search(near):
        # "could have 25,000 by the end of the year, against roughly 11,000 on the Kursk front last winter": a time gone
        # by in the figure's own words tells what was
        present = (present - {"planned"}) | {"already"}
    if opens == before_from and before_from > 0 and text[before_from - 1].isalnum() and not own_clause:
        lead = _lead_past_a_figure(lead, vocab)
    governing = _GOVERNING.search(lead)          # "killed 50 soldiers and wounded 47": the verb right before
    # "5,000 soldiers to replace its losses": losses in a purpose clause after the number are not its own
    near_own = _OTHERS_LOSSES.sub(" ", near)
    # "The troops, who number about 12,000, have suffered losses": after its relative clause, the main clause's words
    rest_own = near_own if _in_relative_clause(text, opens, cut) else _rest_own(text, end, after_to, beyond)
    # past a clause break after the number, the rest of the sentence is another clause's ("..., 12 000 Soldaten zu
    # schicken, gibt es hohe Verluste"): the words before the number first
    # (a purpose clause or an adjunct of cause before it neither: "Trotz hoher Verluste stehen noch 7.000 ...")
    lead_own = _before_an_including_list(text, before_from, start) or \
        PURPOSE_BEFORE.sub(" ", CAUSE_BEFORE.sub(" ", lead))
    wider = (lead_own, rest_own) if cut else (rest_own, lead_own)
    scopes = (_head_of(near_own, vocab),) + ((governing.group(1),) if governing else ()) + (near_own, *wider)
    if _SIZE_ATTRIBUTE.match(text, end) or _SIZED_UNIT_BEFORE.search(text, max(0, start - 40), start):
        # "North Korea's 11,000-strong expeditionary corps ... has lost a third of its men", "eine 12.000 Mann starke
        # Truppe": a force's size, told by its own noun phrase, never by what befell the force
        # (and the unit's own words before it, "a combined Russian-North Korean force of 40,000", never those of a noun
        # it is the genitive of: "die Verluste des ... Korps von 11.000 Mann")
        unit = _SIZED_UNIT_BEFORE.search(lead_own)
        genitive = [m.end() for m in _GENITIVE_OF.finditer(lead_own, 0, unit.start() if unit else len(lead_own))]
        scopes = (_NOUN_PHRASE_END.split(near, maxsplit=1)[0], lead_own[genitive[-1]:] if genitive else lead_own)
        if _OWNED_SIZE.search(text, max(0, start - 40), start) and _SIZE_ATTRIBUTE.match(text, end) and \
                not vocab.cue_patterns["planned"].search(_NOUN_PHRASE_END.split(near, maxsplit=1)[0]):
            # "preparing to rotate or reinforce its roughly 11,000-strong contingent": the force it has is there
            present = (present - {"planned"}) | {"already"}
    base = _PARTITIVE_BASE.search(text, max(0, start - BASE_REACH), start)
    if base:
        # "Von etwa 11.000 Mann sei die Hälfte gefallen": the base, by the words before it and its own noun
        # phrase ("the two captured men"), never the verb of the part taken from it; after another figure,
        # from the base's own words ("4,000 killed or wounded out of a force of 11,000")
        # ("Die Verluste seien hoch: Von 11.000 Soldaten seien 4.000 ausgefallen": not the words of the clause before)
        since = max((m.end() for m in _STRONG_BREAK.finditer(text, before_from, start)), default=before_from)
        before = text[base.start():start] if before_from > 0 and text[before_from - 1].isalnum() else text[since:start]
        # ("any of its 11,000 fighters alive": "alive" is what the part was taken, not what the base is)
        # (a German noun phrase ends at its noun, the verb phrase after it is the part's: "der rund 11.000 entsandten
        # Soldaten | durch Tod oder Verwundung eingebüßt"; an English participle after it is the base's own: "the 4,000
        # North Koreans already killed")
        phrase = _NOUN_PHRASE_END.split(near, maxsplit=1)[0]
        noun = next((m for m in vocab.any_noun.finditer(phrase) if _VERB_PHRASE_AFTER.match(phrase, m.end())), None)
        phrase = phrase[:noun.end()] if noun is not None else phrase
        scopes = (before, _TAKEN_AS.sub(" ", phrase))
        present = _tense_of_a_base(present, tense, (phrase, clause), vocab)
    if _ALL_OF_A_FORCE.search(lead_own) and _BEFALL.match(near) and \
            (_MIGHT.search(lead_own[-MIGHT_REACH:]) or _MIGHT.search(near[:MIGHT_REACH])):
        # "the entire force of some 12,000 North Koreans in Kursk could be killed or wounded by mid-April", "wären alle
        # rund 12.000 Nordkoreaner ... tot oder verwundet": what might befall the whole force, which is there now
        return (present - {"planned"}) | {"already"}
    any_scoped = _per_vocabulary(vocab, _any_scoped_cue)
    # "captured two wounded North Korean soldiers": the verb that took them says what befell them, whatever the
    # adjective after the number says
    taken = {"captured"} if "captured" in vocab.cue_patterns and (
        (governing and vocab.cue_patterns["captured"].search(governing.group(1)))
        # a separable verb of taking or holding whose particle closes the number's clause: "nahmen zwei Nordkoreaner
        # fest", "hält nach eigenen Angaben zwei nordkoreanische Soldaten fest"
        or (_TAKING_BEFORE.search(lead_own) and _PARTICLE_FEST.search(near))
        # a German "hält" right before the figure, its people after it and no "für" ("Die Ukraine hält zwei Nordkoreaner";
        # never "hält 11.000 für realistisch")
        or (_HOLDS_RIGHT_BEFORE.search(lead_own) and _people_held(near, vocab) and not _FOR_AFTER.search(near))) else set()
    return present | _taken_wounded(_first_scoped(scopes, any_scoped, vocab, part_of_next=beyond is not None),
                                    (near_own, rest_own), vocab) | taken


def _lead_past_a_figure(lead: str, vocab: Vocabulary) -> str:
    """The words before a figure that follows another figure, less what belongs to that figure: its noun ("6,000
    casualties in Russia since sending 10,000 troops"), the words before "and" or before a gapped clause's comma."""
    bare = _PART_WORDS.sub("", lead.lstrip(), count=1)   # "gut ein Drittel davon Tote – ...": the noun after "davon"
    own = vocab.any_noun.match(bare)
    if own is not None:
        lead = bare[own.end():]
    joined = [m for m in _AND_BEFORE.finditer(lead)][-1:]
    comma = lead.rfind(",")
    if joined and comma > joined[0].end():     # "4.000 Toten und Verletzten, Seoul von 3.000": the "and" is inside
        return lead[comma + 1:]                # the figure before's noun phrase, which the comma closes
    if joined:                                 # "2,000 wounded repatriated and roughly 3,000 fresh troops": the
        return lead[joined[0].end():]          # words before "and" are the figure before's
    if comma >= 0 and _GAPPED_AFTER_COMMA.fullmatch(lead, comma + 1):
        # "... 14.000 Soldaten, von denen 4.000 nicht mehr einsatzfähig seien, Südkorea auf rund 15.000": a gapped
        # clause of its own after the comma; the words before it are the figure before's
        return lead[comma + 1:]
    return lead


def _total_reached(present: set[str], text: str, span: tuple[int, int], vocab: Vocabulary) -> set[str]:
    """"has dispatched about 1,000 additional troops ..., bringing the total to roughly 12,500": a total the sending
    reached has happened when nothing but a word of adding ("additional", "weitere") makes its sentence a plan."""
    lo, start = span
    if "planned" not in present or not TOTAL_REACHED.search(text, max(lo, start - 80), start) or \
            vocab.cue_patterns["planned"].search(WEAK_PLANNED.sub(" ", text[lo:start])):
        return present
    return (present - {"planned"}) | {"already"}


TOTAL_REACHED = re.compile(r",\s+(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
                            r"(?:total|number|tally|count|contingent|strength|presence)\s+(?:\w+\s+){0,3}?to\s+"
                            r"(?:(?:some|about|around|roughly|nearly|almost|over|more than|at least)\s+)?$", re.IGNORECASE)


def _tense_of_a_base(present: set[str], tense: set[str], words: tuple[str, str], vocab: Vocabulary) -> set[str]:
    """The base a part is taken from is there, whatever its parts will do (or the sentence after its clause), unless its
    own noun phrase says it is to come ("About 1,000 of the 6,000 engineers promised to Moscow have arrived")."""
    phrase, clause = words
    if vocab.cue_patterns["planned"].search(phrase):
        return (present - {"already"}) | {"planned"}
    if "planned" not in tense or not vocab.cue_patterns["planned"].search(clause):
        return present - {"planned"}
    return present


def _taken_wounded(scoped: set[str], words: tuple[str, str], vocab: Vocabulary) -> set[str]:
    """"Zwei verwundete Nordkoreaner ... befinden sich in ukrainischem Gewahrsam": wounded men the rest of their clause
    (``words``: the number's own words and the rest of its clause) says were taken are counted as taken; "one wounded
    fighter blew himself up", "ein Verwundeter habe sich in die Luft gesprengt": wounded men their own clause's verb
    says died are counted as killed (the wound tells who they were, the verb what befell them)."""
    if "wounded" not in scoped or not scoped <= {"killed", "wounded"}:   # (read only then: most figures are no wounded)
        return scoped
    phrase = _WOUNDED_PHRASE.match(words[0])
    if phrase is not None and vocab.cue_patterns["killed"].search(words[0], phrase.end()) is not None:
        return {"killed"}
    if scoped != {"wounded"}:
        return scoped
    return {"captured"} if any(_IN_CAPTIVITY.search(w) for w in words) else scoped


# the wounded as the noun phrase right after the number, its noun after the adjective ("wounded soldiers"), never a
# list of kinds ("wounded and killed", "Verwundete oder Tote")
_WOUNDED_PHRASE = re.compile(r"\s*(?:(?:more|other|further|weitere[rn]?|andere[rn]?)\s+)?(?:(?:badly\s+|seriously\s+)?"
                             r"(?:wounded|injured)\s+(?!(?:and|or)\b)(?:[\w-]+\s+){0,2}?[\w-]+|"
                             r"\w*(?:verwundete|verletzte)[nrs]?(?:\s+(?!(?:und|oder|and|or)\b)[\w-]+){0,2}?)(?![\s,]+(?:and|or|und|oder)\b)",
                             re.IGNORECASE)


_IN_CAPTIVITY = re.compile(r"\b(?:gewahrsam|\w*gefangenschaft|captivity|custody|gefangen genommen|gefangengenommen|"
                           r"taken prisoner|captured)\b", re.IGNORECASE)


def _past_dashed_aside(text: str, cut: re.Match | None, sentence: tuple[int, int] | None, aside: bool,
                       vocab: Vocabulary) -> set[str]:
    """A number whose clause a dash breaks goes on after the aside's closing dash ("Insgesamt 6.000 Mann – 1.000
    Minenräumer und 5.000 Bauarbeiter – sollen ... geschickt werden"): the tense of the words after it, to their clause's
    end (never for a number in parentheses: ``aside``)."""
    if aside or cut is None or sentence is None or not _DASH.fullmatch(cut.group()):
        return set()
    sentence_end = sentence[1]
    closing = _DASH_IN.search(text, cut.end(), sentence_end)
    if closing is None:
        return set()
    rest_end = CLAUSE_END.search(text, closing.end(), sentence_end)
    rest = text[closing.end():rest_end.start() if rest_end else sentence_end]
    return {cue for cue in TENSE_CUES if cue in vocab.cue_patterns and vocab.cue_patterns[cue].search(rest)}


# an English modal and its bare verb right before a figure ("could reach", "may send up to"); never being or having
_MODAL_GOVERNS = re.compile(r"\b(?:could|may|might|would)\s+(?:(?:also|soon|eventually|still|even)\s+)?"
                            r"(?!(?:be|have|been)\b)(?-i:[a-z]{3,})\s+(?:(?:in|out|up|over|to)\s+)?$", re.IGNORECASE)
_DASH = re.compile(r"\s[–—-]\s")
_DASH_IN = re.compile(r"\s[–—]\s")


def _first_scoped(scopes: tuple[str, ...], any_scoped: re.Pattern, vocab: Vocabulary, *, part_of_next: bool) -> set[str]:
    """The scoped cues of the first scope that holds any, nearest first."""
    for scope in dict.fromkeys(scopes):          # a scope equal to one before finds nothing new
        if any_scoped.search(scope) is None:     # no scoped cue at all: one search instead of one per cue
            continue
        own = {cue for cue in SCOPED_CUES if cue in vocab.cue_patterns and vocab.cue_patterns[cue].search(scope)}
        # ("durch Tod oder Verwundung", "killed or wounded": one joint phrase, not the part's own verb)
        if part_of_next and own & {"killed", "wounded"} and _outside_joint(scope, own, vocab) & {"killed", "wounded"}:
            own -= {"casualties"}   # "About 2,000 of the 4,700 casualties were injured": the base's noun, the part's verb
        if own:
            return own
    return set()


def _outside_joint(scope: str, own: set[str], vocab: Vocabulary) -> set[str]:
    """The killed and wounded cues of a scope that stand outside its casualty phrases ("killed or wounded", "Tod oder
    Verwundung" hold both and say one thing: casualties of either kind)."""
    joint = [(m.start(), m.end()) for m in vocab.cue_patterns["casualties"].finditer(scope)]
    return {cue for cue in own if cue not in ("killed", "wounded") or any(
        not any(a <= m.start() and m.end() <= b for a, b in joint) for m in vocab.cue_patterns[cue].finditer(scope))}


# a comma inside a list of words that one conjunction closes: "getötet, verwundet oder vermisst", "killed, wounded or
# captured" (one or two words, then the conjunction)
_LIST_COMMA_REST = re.compile(r"\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s+(?:oder|und|or|and)\s", re.IGNORECASE)


def _clause_cut(text: str, end: int, after_to: int) -> re.Match | None:
    """The first clause break after a number, past the commas of a list of words and past an aside set off by a pair of
    commas or dashes that says who says it or restates the figure as a share ("around 6,000 of them, she added, have been
    killed", "About 6,000 — more than half — of the 11,000 ... have been killed")."""
    cut = CLAUSE_END.search(text, end, after_to)
    while cut is not None:
        aside = _transparent_aside(text, cut, after_to)
        if aside is None and not (cut.group() == "," and _LIST_COMMA_REST.match(text, cut.end(), after_to)):
            return cut
        cut = CLAUSE_END.search(text, aside.end() if aside is not None else cut.end(), after_to)
    return cut


def _transparent_aside(text: str, cut: re.Match, after_to: int) -> re.Match | None:
    """The aside a break opens, to its closing break of the same kind, when it only says who says it or restates the
    figure as a share, else None."""
    aside = ASIDE_OF_SAYING.match(text, cut.end(), after_to)
    if aside is None or (cut.group() == ",") != (aside.group("close") == ","):
        return None
    return aside


# an aside that says who says it or restates a figure as a share, up to its closing comma or dash: ", she added,", ", so
# der Sprecher,", " – more than half – "
ASIDE_OF_SAYING = re.compile(r"\s*(?:(?:he|she|they|it|er|sie)\s+(?:" + _SAYING_WORDS + r"|"
                             r"fügte\s+(?:er|sie)\s+hinzu|sagte|sagt)|so\s+(?:der|die|das|ein|eine|sein|ihr)\s[^,.;:]{0,60}?|"
                             r"(?:(?:well|just|nearly|almost|about|roughly|some|more|less|fewer|over|under)\s+(?:than\s+)?)*"
                             r"(?:half|a third|a quarter|two-thirds|die hälfte|ein drittel|ein viertel|zwei drittel)"
                             r"(?:\s+(?:of them|of the force|davon))?)\s*(?P<close>,|\s[–—]\s?)"
                             # (and the clause goes on after it: a finite verb or the base of a part; never ", it said, adding")
                             r"(?=\s*(?:have|has|had|were|was|are|is|will|would|could|may|might|must|seien|sei|sind|waren|"
                             r"wurden|würden|haben|hätten|habe|hatten|ist|wird|werden|of|von|der|des)\b)", re.IGNORECASE)


def _in_relative_clause(text: str, opens: int, cut: re.Match | None) -> bool:
    """Whether a number's clause is a relative clause set off by commas ("..., who number about 12,000, ...")."""
    return cut is not None and opens > 0 and text[opens - 1] == "," and _RELATIVE.match(text, opens) is not None


def _rest_own(text: str, end: int, after_to: int, beyond: int | None) -> str:
    """The words after a number that are its own: up to the next number or a subordinate clause ("bei rund 11.000,
    weil ... Verluste": not its words); for a part, past its base ("4,000 of 11,000 men – were killed")."""
    if beyond is not None:
        return _OTHERS_LOSSES.sub(" ", text[end:beyond])
    subordinate = _SUBORDINATE.search(text, end, after_to) or _PARTITIVE_AFTER.search(text, end, after_to)
    stop = subordinate.start() if subordinate else after_to   # ("mehr als 11.000 – von denen ein Drittel verwundet ist":
    # what befell a part taken from the number is the part's)
    semicolon = text.find(";", end, stop)          # "... 8000 von ihnen an der Front; verloren hätten sie ...": a clause
    stop = semicolon if semicolon >= 0 else stop   # of its own
    gapped = _GAPPED_NEXT.match(text, end, stop)   # "auf rund 11.000 und ihre Toten und Verwundeten auf ...": the next's
    stop = gapped.start() if gapped else stop
    predicate = _COORDINATED_PREDICATE.search(text, end, stop)   # "put the force at 11,000 and blamed its inexperience
    stop = predicate.start() if predicate else stop                # for the losses": the subject's next predicate
    infinitive = _ZU_INFINITIVE_END.search(text, end, stop)   # "..., 12 000 Soldaten zu schicken, gibt es hohe
    stop = infinitive.end() - 1 if infinitive else stop        # Verluste": the main clause after it is not its
    # "... 11,000 soldiers in Kursk, and that they have taken casualties": a new clause with its own subject
    opening = next((m for m in CLAUSE_END.finditer(text, end, stop) if _NEW_SUBJECT.match(text, m.end(), stop)), None)
    # "auf rund 11.000 geschätzt – Nachschub und Ausfälle gegeneinander verrechnet", "at 11,000, net of losses": what
    # was netted against the count is not what it counts
    netted = _NETTED_AFTER.search(text, end, opening.start() if opening else stop)
    opening = netted or opening
    rest = text[end:opening.start() if opening else stop]
    if opening is None and stop == after_to and after_to < len(text) and text[after_to].isalnum():
        # the verb right before the next figure governs it: "the force of about 11,000, which lost some 4,000 men"
        # an estimate that puts what it names "at" the next figure, in a clause of its own: what it names is the next
        # figure's ("sent roughly 3,000 troops, the JCS said, estimating the North's casualties at around 4,000")
        estimate = _ESTIMATE_AT_NEXT.search(rest)
        breaks = [m.start() for m in CLAUSE_END.finditer(rest, 0, estimate.start())] if estimate else []
        governing = _GOVERNING.search(rest)
        rest = rest[:breaks[-1]] if breaks else rest[:governing.start()] if governing else rest
    return _OTHERS_LOSSES.sub(" ", rest)


def _before_an_including_list(text: str, before_from: int, start: int) -> str | None:
    """The words before the list of what a count includes, when the list's commas broke the figure's clause and the
    figure follows it: "put total casualties – including wounded, missing and captured – at about 4,000"."""
    aside = _INCLUDING_BEFORE.search(text, max(before_from, start - INCLUDING_REACH), start)
    if aside is None:
        return None
    head_from = max((m.end() for m in CLAUSE_END.finditer(text, before_from, aside.start())), default=before_from)
    return text[head_from:aside.start()]


# what a count includes, set off between dashes, brackets or commas after its noun, right before the figure's "at"
_INCLUDING_BEFORE = re.compile(r"(?:[–—(]|,)\s*(?:including|einschließlich|inklusive)\b[^.;:]*?[–—),]\s*"
                               r"(?:(?:at|auf|to)\s+)?$", re.IGNORECASE)
INCLUDING_REACH = 120
# (or a noun of the next figure's own, "of" before it: "a reinforcement it tied to losses of some 4,000")
_ESTIMATE_AT_NEXT = re.compile(r"\b(?:at|auf|to)\s+(?:(?:a\s+)?(?:minimum|maximum|total)\s+of\s+|least\s+|most\s+|"
                               r"mindestens\s+|höchstens\s+)?$|"
                               r"\b(?:of|von)\s+(?:(?:some|about|around|roughly|nearly|almost|more than|over|up to|an estimated|"
                               r"rund|etwa|knapp|gut|über|mehr als|bis zu|schätzungsweise)\s+)?$", re.IGNORECASE)
# an aside after a figure's clause naming what was netted against it or left in it: an absolute participle of accounting
# ("Ausfälle eingerechnet", "Verwundete nicht mitgezählt") or an English "net of"/"after"/"minus" phrase
_NETTED_AFTER = re.compile(r"(?:,|\s[–—-])\s*(?:(?:net of|after deducting|minus|not counting|less)\s"
                           r"|(?:[^\W\d_][\w-]*\s+){1,5}?(?:nicht\s+|bereits\s+|schon\s+)?(?:\w*rechnet|mitgezählt|"
                           r"abgezogen|berücksichtigt|inbegriffen|deducted|subtracted|netted out|factored in)(?=\s*[.;,)–—]|\s*$))",
                           re.IGNORECASE)


def _sentence_tense(text: str, span: tuple[int, int], broken: bool, in_sentence: set[str], vocab: Vocabulary,
                    sentence: tuple[int, int] | None) -> set[str]:
    """The sentence's tense cues for a number whose own clause has none; when a clause break (``broken``) parts it
    from the next figure, read up to that figure: a verb after it is that figure's clause's ("3,000 soldiers were
    manning positions, and another 6,000 are being readied"); with no break the two share one verb ("12.000 Soldaten
    in vier Brigaden ... schicken", "3.000 Soldaten sowie etwa 120 Raketenwerfer soll ... gebracht haben")."""
    end, after_to = span
    found = {cue for cue in TENSE_CUES if cue in in_sentence}
    if not found or not broken or sentence is None or after_to >= sentence[1] or \
            _COORDINATED_NEXT.search(text, end, after_to):
        return found
    return {cue for cue in found if vocab.cue_patterns[cue].search(text, sentence[0], after_to)}


def _own_tense(text: str, start: int, end: int, scopes: tuple[str, str], vocab: Vocabulary,
               read: tuple[str, set[str]] | None = None) -> tuple[set[str], bool]:
    """The tense and modality cues of a number's own clause, else its segment; a number in parentheses reads only
    the parentheses ("Die Truppen (laut Pentagon inzwischen 10.000 Mann) sollen ... geschickt werden": the aside says
    how many there are now).  Returns the cues and whether the number stands in such an aside.  ``read``: words
    whose tense cues are known (the sentence's), and those cues."""
    opened = text.rfind("(", max(0, start - ASIDE_REACH), start)
    closes = text.find(")", end, end + ASIDE_REACH) if opened >= 0 and ")" not in text[opened:start] else -1
    if closes >= 0 and "(" not in text[end:closes]:
        scopes = (text[opened + 1:closes],)
    for scope in dict.fromkeys(scopes):          # the segment is often the clause: read once
        tense = set(read[1]) if read is not None and scope == read[0] else \
            {cue for cue in TENSE_CUES if cue in vocab.cue_patterns and vocab.cue_patterns[cue].search(scope)}
        if tense:
            return tense, closes >= 0
    return set(), closes >= 0


_OTHERS_RELATIVE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:who|that|which)\s+[^,;:]*?\s(?=(?:could|may|might|would|will|"
                              r"should|can|must)\s)|"
                              # (German, the relative clause closed by its comma: "Von den rund 11.000 Nordkoreanern, die
                              # bereits in Kursk stationiert seien, könnten bis zu 8.000 ... geschickt werden")
                              r"\s*(?:[\w-]+\s+){0,2}?[\w-]+,\s*(?:die|der|das|denen|den|dem|deren|welche\w*)\s+[^,;:]*?,\s*"
                              r"(?=(?:könnte|könnten|könne|dürfte|dürften|sollen|soll|solle|sollten|werden|wird|werde|würden|würde|"
                              r"müssten|kann|können)\s)", re.IGNORECASE)
ASIDE_REACH = 120   # characters a parenthesis around a number may open before it or close after it
_TAKEN_AS = re.compile(r"\s+(?:alive|prisoner|captive)\b.*", re.IGNORECASE | re.DOTALL)
_GAPPED_LEAD = re.compile(r"\s*(?:(?:im|in|am|an|zu|bis|seit)\s+(?:[\w.]+\s+){0,2}?(?:\d{4}\s+)?)?"   # (past the figure
                          r"(?:[\w.]+\s+){0,3}?(?:weitere\w*|zusätzliche\w*|additional|another|more)\s+",   # before's
                          re.IGNORECASE)                                        # date: "11.000 im Herbst 2024 und weitere")
_ZU_INFINITIVE_END = re.compile(r"\bzu\s+(?-i:[a-zäöüß]+)\s*,", re.IGNORECASE)
# (or a German participle right after the noun: "jeder zweite der 11.000 Soldaten | ausgefallen")
_VERB_PHRASE_AFTER = re.compile(r"\s+(?:(?:durch|bei|beim|in|im|an|am|auf|nach|vor|seit|während|wegen|trotz|mit|bis|ohne|unter)\s"
                                r"|(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ent|er|ver|zer)[a-zäöüß]{2,}(?:t|en))\b)", re.IGNORECASE)
_PART_WORDS = re.compile(r"^(?:davon|darunter|von ihnen|of them|of whom|of those)\s+", re.IGNORECASE)
# (the verb of the number's clause, with no other verb or break between: "hält nach eigenen Angaben | zwei")
_TAKING_BEFORE = re.compile(r"\b(?:nahm|nahmen|nimmt|nehmen|setzte|setzten|setzt|setzen|hält|halten|hielt|hielten|take|takes|took|"
                            r"taken|taking|holds?|held|holding)\b(?:\s+(?!(?:und|and|sagte|said)\b)[\w-]+){0,10}\s*$",
                            re.IGNORECASE)
_HOLDS_RIGHT_BEFORE = re.compile(r"\bh(?:ält|alten|ielt|ielten)\s+(?:(?:derzeit|noch|nur|inzwischen|bislang|weiterhin|"
                                 r"mindestens|jetzt|nun)\s+)*$", re.IGNORECASE)
# what stands right after the figure: an optional lowercase adjective, then its noun
_ADJECTIVE_BEFORE_NOUN = re.compile(r"\s+(?:(?-i:[a-zäöüß]+)\s+)?", re.IGNORECASE)


def _people_held(near: str, vocab: Vocabulary) -> bool:
    """Whether the figure's own words start with a noun of the topic's people ("zwei Nordkoreaner", "zwei
    nordkoreanische Soldaten"), by the vocabulary's classes of people."""
    at = _ADJECTIVE_BEFORE_NOUN.match(near).end()
    return any(vocab.noun_patterns[kind].match(near, at) for kind in ("troops", "people") if kind in vocab.noun_patterns)
_FOR_AFTER = re.compile(r"\bfür\b", re.IGNORECASE)
_PARTICLE_FEST = re.compile(r"\bfest\s*$|\b(?:prisoner|captive)s?\b")   # "nahmen zwei ... fest", "have taken two ... prisoner"
# a clause's own subject, a noun phrase opened by its determiner, then its finite verb before the figure
_SUBJECT_AND_VERB = re.compile(r"\s*(?:the|its|their|this|that|die|der|das|diese[rs]?|(?-i:[A-Z])[\w’'-]*[’']s)\s+"
                               r"(?:[\w’'-]+\s+){0,5}?(?:is|are|was|were|has|have|had|stands|stood|numbers|ist|sind|war|waren|"
                               r"sei|seien|zählt|umfasst|liegt)\b", re.IGNORECASE)
# a time gone by, in a figure's own words: "last winter", "im Vorjahr" (or the count up to now: "against some 15,000 so
# far", "compared with roughly 11,000 at the height of the Kursk fighting")
_TIME_GONE_BY = re.compile(r"\blast (?:winter|summer|autumn|fall|spring|year|month|week)\b|\ba year (?:ago|earlier)\b|"
                           r"\b(?:im|in)\s+(?:vergangenen|vorigen|letzten)\s+(?:winter|sommer|herbst|frühjahr|jahr|monat)\b|"
                           r"\bim vorjahr\b|\bvor einem jahr\b|\b(?:so far|to date|thus far|until now)\b|"
                           r"\bat (?:the|its) (?:height|peak)\b|\bauf dem höhepunkt\b|"
                           # ("after some 11,000 combat troops last year and 3,000 or so early this year")
                           r"\b(?:earlier|early) this (?:year|month)\b|\bearlier in the (?:year|month)\b|"
                           r"\b(?:anfang|früher in) diese[sm] (?:jahres|monats|jahr|monat)\b", re.IGNORECASE)
_STRONG_BREAK = re.compile(r"[;:]|\s[–—]\s")
_AND_BEFORE = re.compile(r"\s(?:and|und|sowie|while|whereas|während)\s", re.IGNORECASE)
_COORDINATED_NEXT = re.compile(r"(?:\bsowie|\bund|\band|\bas well as|\bplus)\s+(?:(?:etwa|rund|gut|knapp|fast|über|"
                               r"mehr als|bis zu|some|about|around|roughly|nearly|up to|more than)\s+)?$", re.IGNORECASE)
# a clause with a verb of its own, in the infinitive: "(plane Pjöngjang,) weitere 6.000 Soldaten zu entsenden", "another
# 3,000 to be sent" (never verbless, gapped from the clause before)
_OWN_INFINITIVE = re.compile(r"\bzu\s+(?-i:[a-zäöüß]{3,}(?:en|ern|eln))\b|\bto\s+(?:be\s+)?(?-i:[a-z]{3,})\b", re.IGNORECASE)
# a modal right after the figure's noun: its clause's own verb ("Weitere 6000 Nordkoreaner sollen nach Russland, davon
# sind ... bereits vor Ort")
_OWN_MODAL = re.compile(r"\s+(?:[\w-]+\s+)?(?:soll|sollen|solle|sollten|will|wollen|wolle|werden|werde|könnten|dürften)\b",
                        re.IGNORECASE)
WEAK_PLANNED = re.compile(r"\b(?:weitere\w*|zusätzlich\w*|additional|another|more)\b", re.IGNORECASE)
# "and" and a past tense with its object: the subject's next predicate (never a state word: "killed and wounded")
_COORDINATED_PREDICATE = re.compile(r"\s(?:and|but)\s+(?!(?:killed|wounded|injured|captured|maimed|missing)\b)"
                                    r"(?-i:[a-z]+ed)\s+(?:its|their|his|her|the|a|an)\b")
# (or an adverbial participle that governs the next figure: "remain in Kursk after losing roughly 4,000 men")
_NEXT_VERB = re.compile(r"\s(?:and|und|sowie)\s+(?:[\w-]+\s+){1,2}$|"
                        r"\s(?:after|before|while|whilst|despite|since|by|without)\s+(?-i:[a-z]{3,}ing)\s+(?:[\w-]+\s+)?$")
# losses in an adjunct of time or cause: "remain at the front after weeks of heavy losses", "trotz hoher Verluste", "nach
# schweren Verlusten" (before the figure, never its own noun: "after losses of 2,000 men")
_CAUSE = (r"\b(?:after|despite|amid|following|because of|due to|trotz|wegen|angesichts|aufgrund|infolge|nach)"
          r"\s+(?:[\w-]+\s+){0,3}?(?:losses|casualties|verluste[n]?|ausfälle[n]?)\b")
# losses a figure's words hold that are not what it counts: a purpose clause after it ("to replace its losses"), the
# same verbs finite, an adjunct of time or cause (:data:`_CAUSE`)
_OTHERS_LOSSES = compile_prefiltered(r"\b(?:to (?:replace|make up for|make good|compensate for|offset|backfill|replenish|reinforce|bolster|top up|"
                      r"restore)|replacing|replenishing|reinforcing|um\b[^,.;]{0,80}?"
                      r"(?:\bzu \w+|\w+zu\w+en)|als ersatz für|zum ausgleich|zur auffüllung"
                      # the same verbs finite: the figure is their subject and the losses their object ("the 12,000
                      # would only offset ten days of Russian losses", "sollen die Verluste ausgleichen")
                      r"|(?:offset(?:s|ting)?|replac(?:e|es|ed|ing)|compensat(?:e|es|ed|ing) for|(?:make|makes|made|making) up for"
                      r"|replenish(?:es|ed|ing)?|backfill(?:s|ed|ing)?|ersetz(?:en|t|te|ten)|ausgleichen|ausgeglichen|auffüllen|aufgefüllt)"
                      r"(?=[^,.;]*\b(?:losses|casualties|verluste\w*|ausfälle\w*)))\b[^,.;]*|"
                      # German, the verb after its object: "hat die Ausfälle aus den Winterkämpfen nicht wettgemacht"
                      r"\b(?:verluste\w*|ausfälle\w*)\b[^,.;]{0,60}?\b(?:wettgemacht|wettmachen|wettzumachen|ausgeglichen|"
                      r"ausgleichen|auszugleichen|ersetzt|ersetzen|aufgefüllt|auffüllen|kompensiert|kompensieren)\b|"
                      # losses told by their degree after the figure, which counts those who suffered them ("Die rund
                      # 11.000 Mann ... hätten schwere Verluste erlitten", "troops arrived to plug gaps left by heavy
                      # losses"): a figure would need no degree
                      r"\b(?:heavy|heavier|high|higher|severe|significant|considerable|massive|huge|serious|staggering|"
                      r"schwere\w*|hohe\w*|höhere\w*|große\w*|massive\w*|erhebliche\w*|beträchtliche\w*|herbe\w*|"
                      r"empfindliche\w*)\s+(?:losses|casualties|verluste\w*|ausfälle\w*)\b|" + _CAUSE,
                      re.IGNORECASE)
CAUSE_BEFORE = compile_prefiltered(_CAUSE + r"(?!\s+(?:of|von)\s*$)", re.IGNORECASE)
# a purpose before the figure, to its losses noun: "rotated 3,000 troops to make up for its losses and is expected to
# dispatch a further 2,000": the losses are what the figure before replaces
PURPOSE_BEFORE = compile_prefiltered(r"\b(?:to (?:replace|make up for|make good|compensate for|offset|backfill|replenish)|replacing|"
                                      r"replenishing|um\b[^,.;]{0,80}?|als ersatz für|zum ausgleich|zur auffüllung)"
                                      r"[^,.;]{0,60}?\b(?:losses|casualties|verluste\w*|ausfälle\w*)\b(?!\s+(?:of|von)\s*$)",
                                      re.IGNORECASE)


_AND = re.compile(r"\s(?:and|und|sowie)\s", re.IGNORECASE)


def _head_of(near: str, vocab: Vocabulary) -> str:
    """The words after a number up to "and" ("1,200 killed and 2,600 wounded"), unless the "and" is
    inside one casualty phrase ("4,000 killed and wounded")."""
    inside = None                                 # the casualty phrases, read at the first "and" (most have none)
    for m in _AND.finditer(near):
        if inside is None:
            joint = vocab.cue_patterns.get("casualties")
            inside = [(j.start(), j.end()) for j in joint.finditer(near)] if joint else []
        if not any(a < m.start() < b for a, b in inside):
            return near[:m.start()]
    return near
