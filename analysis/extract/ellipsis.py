"""What a figure with no noun of its own counts: the noun the text left out.

"Kyiv puts the toll at 4,000, Warsaw at about 3,500", "8.000 von ihnen", "Wie viele Nordkoreaner ...? – Etwa 11.000",
"Nach Angaben aus Kiew sind es 11.000": a figure whose noun phrase names nothing counts what the figure before it
counted, the group a partitive points back to, what a question asked for, or the people named before.  The people
only, not their state, when the figure has a verb of its own ("200 killed ... up to 30,000 more could follow" are
troops); their state too when its clause has no verb of its own or one that only estimates.
"""

from __future__ import annotations

import collections
import itertools
import re

from ..text import Sentence
from ..vocabulary import Vocabulary
from .clause_scope import CLAUSE_END, CONTRAST_CLAUSE
from .drafts import Draft
from .quantity import ROLES, classify_quantity, noun_class_of

# "The NIS put the figure at 3,000", "Kiew beziffert die Zahl auf 4.000": a figure that restates the one before
THE_FIGURE = re.compile(r"\b(?:(?:the|that|this|its|their|die|diese|seine|ihre|den|dessen|deren)\s+(?:own\s+|eigene[nr]?\s+)?"
                        # ("bezifferten den Umfang nach der Unterrichtung auf mehrere Tausend")
                        r"(?:figure|number|toll|tally|count|estimate|size|scale|Zahl|Angabe|Schätzung|Zählung|Bilanz|Umfang|"
                        r"Größenordnung)\W+"
                        # ("has now raised that figure to 27")
                        r"(?:\w+\W+){0,3}(?:at|auf|bei|to|zwischen|between)\s+(?:\w+\s+){0,2}"
                        # "Südkoreanische Stellen nennen deutlich weniger, etwa 300", "Seoul gives a lower one: 600": a
                        # comparison with the figure before counts what it counted
                        r"|\b(?:deutlich|viel|weit|etwas|far|much|somewhat|a)?\s*(?:weniger|fewer|niedrigere?|höhere?|"
                        r"lower|higher|kleinere?|größere?|smaller|larger)(?:\s+(?:one|figure|number|estimate|Zahl|Schätzung))?"
                        r"\s*[,:–—]\s*(?:\w+\s+){0,2}"
                        # "insgesamt seien es damit vier": the running total of what was counted before
                        r"|\b(?:insgesamt|damit|somit)\b(?:\s+\w+){0,2}?\s+(?:sind|seien|waren|wären)\s+es\s+(?:\w+\s+){0,2}"
                        # "had a lower count in March – about 4,000", "nannte eine neue Zahl: 600": another count of it
                        r"|\b(?:a|an|eine)\s+(?:lower|higher|smaller|larger|different|earlier|later|new|revised|updated|"
                        r"niedrigere|höhere|neue|andere|frühere)\s+(?:count|figure|estimate|tally|number|Zahl|Schätzung)\b"
                        r"[^.;\d]{0,40}?[–—:(]\s*(?:\w+\s+){0,2}"
                        # "..., a figure Seoul puts at about 1,100", "— a figure he expects to climb to 12,000"
                        r"|(?:a|an)\s+(?:figure|number|toll|tally|count|estimate)\s+(?:\w+\s+){1,7}(?:at|to)\s+(?:\w+\s+){0,2}"
                        # "..., eine Zahl, die Seoul inzwischen auf 2.000 korrigiert hat"
                        r"|\b(?:eine|einer)\s+(?:Zahl|Angabe|Schätzung|Bilanz),?\s+(?:die|welche)\s+(?:[\w-]+\s+){0,6}?"
                        r"(?:auf|bei)\s+(?:\w+\s+){0,2}"
                        # "..., bringing the total to roughly 1,000": the running total of what was counted before
                        r"|\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|pushed)\s+"
                        # ("bringing the number it has counted since mid-December to more than 400")
                        r"(?:the|its|their)\s+(?:\w+\s+)?(?:total|toll|tally|count|number)\s+(?:[\w-]+\s+){0,5}?to\s+(?:\w+\s+){0,2}"
                        r"|\b(?:womit|damit)\s+(?:\w+\s+){0,3}(?:Gesamtzahl|Zahl|Bilanz)\s+(?:\w+\s+){0,3}auf\s+(?:\w+\s+){0,2}"
                        # the figure named before as the subject after its verb: "derzeit liegt sie bei etwa 600"
                        r"|\b(?:liegt|lag|liege|beträgt|betrug|betrage|beläuft|belief)\s+(?:sie|er)\s+(?:sich\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:bei|auf)\s+(?:\w+\s+){0,2}"
                        # "a higher figure of 1,500", "eine weit höhere Zahl: mehr als 3.000"
                        # (or its own earlier one: "more than three times its April estimate of 600", "seiner Schätzung
                        # vom April von 600")
                        r"|(?:a|an|eine|einer|its|their|seine[nmrs]?|ihre[nmrs]?)\s+(?:\w+\s+){0,2}(?:figure|number|estimate|"
                        r"count|Zahl|Schätzung|Angabe)(?:\s+of|\s+von|\s*:)\s+(?:\w+\s+){0,2}"
                        # "roughly 2,000, up from 600", "to around 2,000, from a floor of 600": the same count before
                        r"|\b(?:up|down)\s+from\s+(?:\w+\s+){0,2}"
                        # "to about 2,300, against 2,000 in September": the figure it is set against
                        # (or right after it with no comma: "about 22,000 against an initial 11,000")
                        r"|(?:,|(?<=\d))\s+(?:against|versus|vs\.?|gegenüber)\s+(?:\w+\s+){0,2}"
                        r"|,\s+from\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:floor|low|high|previous|earlier|peak)\s+of\s+)?"
                        r"(?:\w+\s+)?"
                        # "the true toll ... officials who put it at several hundred": "it" is the figure named before
                        r"|\b(?:put|puts|putting|placed|placing|pegged|pegging)\s+(?:it|them)\s+at\s+(?:\w+\s+){0,2}"
                        r"|\b(?:beziffer|schätz)\w*\s+(?:sie|ihn|es)\s+auf\s+(?:\w+\s+){0,2}"
                        # "eine deutlich niedrigere Zahl genannt, nämlich etwa 1.200", "a lower figure, namely 900"
                        r"|\b(?:Zahl|Angabe|Schätzung|figure|number|estimate|count)\b[^.;]{0,40}?,\s*"
                        r"(?:nämlich|namely|und zwar)\s+(?:\w+\s+){0,2})\W*$", re.IGNORECASE)
# a clause with no verb of its own after a figure: ", Warschau auf 3.500", ", Warsaw at about 3,500", "und Seoul bei 600"
_GAPPED = re.compile(r"[\s,;–—-]*(?:(?:und|and|while|während|whereas|aber|but)\s+)?(?:[A-ZÄÖÜ][\w'’.-]*\s+){0,3}"
                     r"(?:(?:auf|at|bei|mit|on|von|etwa|rund|about|around|some|roughly|gut|knapp|nur|only|just|sogar|even|"
                     r"nearly|fast|mehr als|more than|über|under|unter)\s+)*")
# a verb that only estimates the figure ("ausgegangen von", "put at"): it says no more than the figure before's
_ESTIMATE_VERB = re.compile(r"\b(?:ausgegangen|ausgehen|ging\w*\s+\w+\s+aus|geschätzt|schätz\w*|beziffer\w*|veranschlag\w*|"
                            r"estimated|estimates?|put|puts|placed|pegged)\b", re.IGNORECASE)
_NAMING_VERB = re.compile(r"\b(?:nannte|nannten|nennt|nennen|named|cited)\b", re.IGNORECASE)
# between a figure and the value it had before: "4.700 – nach zuvor 3.000", "4,700, up from 3,000"
_PREVIOUS_VALUE = re.compile(r"[\s,;–—(-]*(?:nach(?:\s+(?:zuvor|bisher|vorher|früher))?|(?:up|down) from|gegenüber|compared with)\s+"
                             r"(?:(?:etwa|rund|about|around|some|roughly|gut|knapp)\s+)*", re.IGNORECASE)
# a multiple of a figure of the same thing: "more than three times the 600 it counted in April", "dreimal so viele wie die
# 600 im Frühjahr"
_TIMES_THE = re.compile(r"\b(?:times|mal so viele wie|mal so hoch wie)\s+(?:the|die|der)\s+$"
                        # or a comparison with it: "well above the 600 it reported in April", "deutlich über den 600"
                        # (or an addition to it: "That's on top of the several hundred we talked about", "zusätzlich zu den")
                        r"|\b(?:above|below|beyond|exceeding|than|compared with|compared to|gegenüber|über|unter|als|"
                        r"on top of|in addition to|zusätzlich zu|additional to)\s+"
                        r"(?:the|die|den|der)\s+$", re.IGNORECASE)
# the base a share is taken of, right before it: "more than half of the roughly", "ein Drittel der"
_BASE_OF_A_SHARE = re.compile(r"\b(?:half|third|quarter|fifth|share|part|fraction|percent|per cent|Hälfte|Drittel|Viertel|Fünftel|"
                              r"Teil|Prozent)\s+(?:of|der|des|von)\s+(?:(?:the|its|their|den|seiner|ihrer)\s+)?"
                              r"(?:(?:roughly|about|some|around|nearly|estimated|rund|etwa|gut|knapp)\s+)?$", re.IGNORECASE)
TIMES_REACH = 30                        # (the multiplier is a figure of its own: "three times" ends the words before)
PARTITIVE = re.compile(r"\s+(?:von ihnen|davon|unter ihnen|of them|of those|of whom|of which|among them)\b", re.IGNORECASE)


# a base figure right after a part: "4,000 of the roughly 11,000", "4.000 von den rund 11.000"
_OF_A_BASE_NEXT = re.compile(r"\s+(?:of|out of|von|aus)\s+(?:(?:the|its|their|den|seinen|ihren|insgesamt)\s+)?"
                             r"(?:(?:some|about|around|roughly|nearly|more than|over|an estimated|rund|etwa|knapp|gut|über|"
                             r"mehr als|ursprünglich|originally)\s+)*\d", re.IGNORECASE)
ELLIPSIS_SENTENCES = 2  # how many sentences back a figure with no noun at all takes its noun from
STATE_CLASSES = ("killed", "wounded", "casualty")  # nouns of what happened to people, not who they are


GROUP_REACH = 250   # characters before "von ihnen" in which the group it means is named


def _group_named_before(text: str, end: int, vocab: Vocabulary, *, with_state: bool = False) -> str | None:
    """The class of the last counted noun named before a partitive with no figure before it to lean on (``with_state``:
    what befell them too, for "their number" and "es seien": "soldiers killed in Russia. Their number has reached")."""
    found = collections.deque(vocab.any_noun.finditer(text, max(0, end - GROUP_REACH), end), maxlen=1)
    if not found:
        # "North Korean units were moved ..., putting their number at about 7,000": the topic's people, in units
        return "troops" if vocab.topic_pattern.search(text, max(0, end - GROUP_REACH), end) else None
    noun_class = noun_class_of(found[0], vocab)
    if with_state and noun_class in STATE_CLASSES and not vocab.topic_pattern.search(text, found[0].end(), end):
        # "der in Kursk Gefallenen gedenken. ... setzt ihre Zahl bei rund 600 an" (never past the topic's people named
        # after them: "Russian casualties ... North Korean units were still fighting, putting their number at")
        return noun_class
    if with_state and noun_class in ("troops", "people"):
        state = _STATE_AFTER_NOUN.match(text, found[0].end()) or \
            _STATE_BEFORE_NOUN.search(text, max(0, found[0].start() - 40), found[0].start())
        if state is not None:
            return "wounded" if state.group(1).lower().startswith(("wound", "verwund", "verletz")) else "killed"
    return _people(noun_class)


# what befell the people a noun names, after it ("soldiers killed in Russia") or before it ("der gefallenen Nordkoreaner")
_STATE_AFTER_NOUN = re.compile(r"\s+(?:who\s+(?:were|have been|had been|died)\s+)?(killed|wounded|dead)\b", re.IGNORECASE)
_STATE_BEFORE_NOUN = re.compile(r"\b(gefallenen|getöteten|toten|verwundeten|verletzten|killed|dead|wounded)\s+"
                                r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def _group_spoken_about(text: str, draft: Draft, vocab: Vocabulary) -> str | None:
    """""Es sind inzwischen etwa 11.000", sagte Budanow ... über die Nordkoreaner im Gebiet Kursk": what the speaker
    spoke about, named after the quote in the same sentence."""
    if draft.sentence is None:
        return None
    about = _SPOKEN_ABOUT.search(text, draft.mention["char_end"], draft.sentence.end)
    noun = vocab.any_noun.search(text, about.end(), min(draft.sentence.end, about.end() + 40)) if about else None
    return _people(noun_class_of(noun, vocab)) if noun is not None else None


_SPOKEN_ABOUT = re.compile(r"[“”\"»«]\s*,?\s*(?:sagte|said|erklärte|so)\b[^.;:]{0,80}?\b(?:über|about|of)\s+(?:die|den|the)\s",
                           re.IGNORECASE)


def _people(noun_class: str) -> str:
    """The people a noun class counts, not their state ("200 killed ... up to 30,000 more" are troops)."""
    return "troops" if noun_class in STATE_CLASSES else noun_class



# a pronoun that totals: "summierten sie sich damit auf", "belaufen sie sich auf", "sie summieren sich auf", "they add up to"
_THEY_ADD_UP = re.compile(r"(?:\b(?:summier|belauf|beläuf|addier)\w*\s+(?:sie|diese)\s+sich|\b(?:sie|diese)\s+(?:summier|belauf|"
                          r"addier)\w*\s+sich)\b[^.;:]{0,40}?\bauf\s+(?:[\w-]+\s+){0,2}$|"
                          r"\bthey\s+(?:now\s+|have\s+|had\s+)?(?:total(?:led|ed)?|add(?:ed)? up to|amount(?:ed)? to|come to|"
                          r"came to)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "their number", "ihre Zahl": of the people named before, with no figure of theirs to lean on
_THEIR_NUMBER = re.compile(r"\b(?:ihre|deren|their)\s+(?:Gesamt)?(?:zahl|anzahl|number|total|strength|stärke|Truppenstärke)\b",
                           re.IGNORECASE)
# "Nach Angaben aus Kiew sind es 11.000", "es seien inzwischen 12.000": a count of what was named before
# (or a subordinate clause with its verb at the end: "vermutet, dass es bis zu 10 sein könnten")
_IT_IS = re.compile(r"\b(?:(?:sind|seien|waren|wären|werden)\s+es|es\s+(?:sind|seien|waren|wären)|(?:dass|daß|ob)\s+es)\s+"
                    r"(?:[\w-]+\s+){0,2}$",
                    re.IGNORECASE)
# the same with the figure fronted: "Mindestens 11.000 sind es nach der Rechnung ...", "11,000, it is"
_IT_IS_AFTER = re.compile(r"\s+(?:sind|seien|waren|wären|werden|dürften|könnten|sollen)\s+es\b", re.IGNORECASE)
# "puts it at", "reckons it is", "beziffert sie auf": a figure of what "it" names, a noun before it
_IT_PUT_AT = re.compile(r"\b(?:(?:put|puts|putting|estimates?|estimated|reckons?|reckoned|places?|placed|pegs?|pegged|"
                        r"sees?|saw)\s+it\s+(?:at|is|was|to be)?|it\s+(?:is|was|stands|stood)(?:\s+at)?|"
                        r"(?:beziffert|bezifferte|bezifferten|beziffern|schätzt|schätzte|schätzten|schätzen|taxiert|taxieren|"
                        r"veranschlagt|veranschlagen|veranschlagte|veranschlagten)\s+(?:sie|ihn|es)\s+"
                        r"(?:(?:[\w-]+\s+){0,5}?auf)?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# men as the unit of a figure "it" or "them" is put at: "veranschlagen sie auf 5.000 bis 6.000 Mann" (the losses named before)
_MEN_AFTER = re.compile(r"(?:\s+(?:bis|to|und|and)\s+[\d.,]+)?\s+(?:Mann|men)\b")
# "the number currently in Kursk", "die Zahl der derzeit in Russland", "the number sent": the number of those who are
# somewhere
_NUMBER_THERE = re.compile(r"\b(?:the|die)\s+(?:number|Zahl)\s+(?:(?:currently|now|still|there|derzeit|noch|jetzt)\s+)?"
                           # (never "put the number at about 1,000": the estimate's "at" has no place after it)
                           r"(?:(?:in|im|an der)\s+|at\s+(?=[^\W\d_])|"
                           # (or of those a participle says were sent there: "has put the number sent at around 15,000")
                           r"(?:sent|deployed|dispatched|stationed|fighting|serving|entsandten|geschickten|stationierten|"
                           r"eingesetzten)\b)[^.;:\d]{0,60}$", re.IGNORECASE)
# "Ukrainian estimates range from 11,000 to 14,000", "Die Schätzungen reichen von ...": estimates of what was named
_ESTIMATES_RANGE = re.compile(r"\b(?:estimates?|figures?|Schätzungen|Angaben)\s+(?:range|ranged|vary|varied|reichen|"
                              r"reichten|schwanken|schwankten)\b[^.;:\d]{0,20}$", re.IGNORECASE)
_HOW_BIG = re.compile(r"\b(?:wie (?:groß|gross|stark)|how (?:big|large|strong))\s+(?:ist|sind|war|is|are|was)\b[^?]{0,80}\?",
                      re.IGNORECASE)
_HOW_MANY = re.compile(r"\b(?:wie\s*viele|how many)(?:\s+((?:[\w-]+\s+){0,2}[\w-]+)[^?]*|\s*)\?", re.IGNORECASE)


def _asked_noun(text: str, sentence: Sentence, vocab: Vocabulary) -> str | None:
    """The class of what the question just before a bare figure asked for ("Wie viele Nordkoreaner ...?", "How
    many troops ...?"): an interview's answer leaves it out."""
    opening = text.rfind("?", max(0, sentence.start - QUESTION_REACH), sentence.start + 1)
    if opening < 0 or text[opening + 1:sentence.start].strip() and not _LABEL_ONLY.fullmatch(text, opening + 1,
                                                                                             sentence.start):
        return _indirectly_asked(text, sentence, vocab)
    if _HOW_BIG.search(text, max(0, opening - QUESTION_REACH), opening + 1):
        return "troops"                            # "Wie groß ist Kims Armee in Russland?": the force's strength
    asked = next(iter(collections.deque(_HOW_MANY.finditer(text, max(0, opening - QUESTION_REACH), opening + 1), maxlen=1)),
                 None)
    held = _asked_held(text[asked.start():opening + 1], vocab) if asked is not None else None
    if held is not None:                           # "Wie viele sind in Gefangenschaft? Bestätigt sind zwei."
        return held
    if asked is not None and asked.group(1) is None:
        # "Ukraine says it now holds North Korean prisoners. How many?": the noun the question leaves out, named before
        before = collections.deque(vocab.any_noun.finditer(text, max(0, asked.start() - QUESTION_REACH), asked.start()),
                                   maxlen=1)
        return _people(noun_class_of(before[0], vocab)) if before else None
    if asked is not None:                          # what befell them, asked for: "How many have died?": the killed
        state = _asked_state(asked.group(0), vocab)
        if state is not None:
            return state
    words = asked.group(1).split() if asked else []
    # the first of its words, or of its pairs of words ("North Koreans"), that names what is counted
    return _people_asked(words + [" ".join(p) for p in itertools.pairwise(words)], vocab)


def _people_asked(candidates: list[str], vocab: Vocabulary) -> str | None:
    """The people the first of a question's words that names what is counted stands for, else None."""
    noun = next((m for m in (vocab.any_noun.fullmatch(w) for w in candidates) if m), None)
    return _people(noun_class_of(noun, vocab)) if noun is not None else None


QUESTION_REACH = 200
# a question told, in the sentence before the figure's: "Asked how many North Koreans had been killed, the spokesman
# declined ...", "Auf die Frage, wie viele Nordkoreaner getötet worden seien, ...", "Wie viele ... gefallen sind, ist unklar"
# (or an estimate of how many: "has again raised its estimate of how many North Korean soldiers have died")
_INDIRECT_HOW_MANY = re.compile(r"(?:^|\basked\b|\bfrage\b|\bwondering\b|\b(?:estimates?|count|tally|figures?|schätzung\w*|angaben|"
                                r"zählung)\s+(?:of|for|on|darüber|dazu)?)[\s,]*(?:how many|wie\s*viele)\s+([^,.;?]{1,80})",
                                re.IGNORECASE)


def _indirectly_asked(text: str, sentence: Sentence, vocab: Vocabulary) -> str | None:
    """What a question told in the sentence before asked for, its state too ("how many ... had been killed": the
    killed); the figure answers it."""
    lo = max(0, sentence.start - QUESTION_REACH)   # the sentence before: from the stop before its own stop
    own_stop = lo + len(text[lo:sentence.start].rstrip()) - 1
    before = text.rfind(".", lo, max(lo, own_stop)) + 1
    asked = _INDIRECT_HOW_MANY.search(text[before:sentence.start].strip())
    if asked is None:
        return None
    words = asked.group(1)
    return _asked_state(words, vocab) or _people_asked(words.split(), vocab)


def _asked_held(question: str, vocab: Vocabulary) -> str | None:
    """"captured" when a question of how many asks for those held ("Wie viele sind in Gefangenschaft?", "How many has
    Ukraine captured?"), and for nothing that befell them besides, else None."""
    if "captured" in vocab.cue_patterns and vocab.cue_patterns["captured"].search(question) and \
            _asked_state(question, vocab) is None:
        return "captured"
    return None


def _asked_state(words: str, vocab: Vocabulary) -> str | None:
    """The state a question of how many asks for ("how many ... had been killed": the killed), else None."""
    states = {cue for cue in ("killed", "wounded", "casualties") if vocab.cue_patterns[cue].search(words)}
    if states:
        return "casualty" if "casualties" in states or states == {"killed", "wounded"} else next(iter(states))
    return None
_LABEL_ONLY = re.compile(r"\s*(?:[^\n:]{1,80}:\s*)?")


def _within_ellipsis(earlier: Sentence | None, sentence: Sentence | None) -> bool:
    """Whether a figure in ``sentence`` may leave out what a figure in ``earlier`` named: same paragraph,
    at most ELLIPSIS_SENTENCES sentences back."""
    return earlier is not None and sentence is not None and earlier.paragraph == sentence.paragraph and \
        sentence.index - earlier.index <= ELLIPSIS_SENTENCES


def with_partitive(text: str, span: tuple[int, int, int, int], noun_class: str, last: tuple[str, Sentence | None] | None,
                    sentence: Sentence | None, vocab: Vocabulary) -> tuple[str, tuple[str, Sentence | None] | None]:
    """"8.000 von ihnen": a figure of a group named before counts what the figure before counted; so
    does a figure with no noun at all in the same paragraph ("Another 2,000 were on their way",
    "Die USA hatten von 10.000 gesprochen").  ``span``: where the words before the number start, the number's start and
    end, and where its words end.  Returns the noun class and what to remember."""
    since, start, end, stop = span
    if noun_class in ("bare", "none") and PARTITIVE.match(text, end):
        if last:
            return last[0], last
        group = _group_named_before(text, end, vocab)   # "keine nordkoreanischen Soldaten mehr ... 11.000 von ihnen"
        if group is not None:
            return group, last
    asked = _asked_noun(text, sentence, vocab) if noun_class == "bare" and sentence is not None else None
    if asked is not None:                          # "Wie viele Nordkoreaner kämpfen noch? ... sind es etwa 11.000"
        return asked, last
    if noun_class == "bare" and _OF_A_BASE_NEXT.match(text, end):
        return noun_class, last                    # "about 4,000 of the roughly 11,000 North Koreans": a part of the
        # base after it, whatever was counted before
    if noun_class == "bare" and last and _within_ellipsis(last[1], sentence):
        if _GAPPED.fullmatch(text, since, start) or (_ESTIMATE_VERB.search(text, since, stop) and
                                                     not vocab.cue_patterns["deploying"].search(text, since, stop)):
            # the same predicate, with no verb of its own or one that only estimates: the state too ("Kiew schätzt die
            # Zahl der Toten auf 4.000, Warschau auf 3.500", "im April war sie noch von 600 ausgegangen")
            return last[0], last
        # the people counted before, not their state: "200 killed ... up to 30,000 more" are troops
        return _people(last[0]), last
    if noun_class == "bare" and not last:
        # no figure before to lean on: a kind of people named just before with no figure ("Neben Soldaten schickt
        # Nordkorea auch zivile Arbeitskräfte nach Russland. Rund 15.000 seien ... eingereist")
        group = _group_named_before(text, start, vocab)
        if group in ROLES:
            return group, last
    return noun_class, ((noun_class, sentence) if noun_class not in ("bare", "none") else last)



def lean_on_what_was_named(draft: Draft, drafts: list[Draft], text: str, since: int, classes: tuple[str, str],
                            cues: set[str], vocab: Vocabulary) -> None:
    """A figure with nothing of its own counts what the figure before counted ("Kyiv puts the toll at 4,000, Warsaw
    at about 3,500"), or, with no figure to lean on, the people "their number" points back to ("... nannte keine
    Zahlen. Südkorea schätzt ihre Zahl auf 15.000")."""
    own_class, noun_class = classes
    start = draft.mention["char_start"]
    if own_class == "bare" and _NUMBER_THERE.search(text, since, start):
        # "He put the number currently in Kursk at about 8,000": how many are there, whatever was counted before
        draft.quantity, draft.casualty_type = classify_quantity(cues, "troops", vocab)
        return
    restates = own_class == "bare" and (THE_FIGURE.search(text, since, start) is not None or (
        # only named by a claimer of its own, after a figure in the sentence before: "Südkoreas Generalstab nannte
        # kurz darauf etwa 1100"
        not cues and _NAMING_VERB.search(text, since, start) is not None))
    # (or a figure that another claimer sets against the one before, with no noun of its own after it: "Kyiv counts 4,000
    # dead and wounded, but Seoul stuck to about 3,000", "Während Kiew 3.800 Tote zählt, bleibt der NIS mit etwa 3.000
    # darunter", its people named only before it)
    restates = restates or (own_class in ("bare", "people") and not cues
                            and _set_against_the_figure_before(text, draft, since, start)
                            and not _own_noun_right_after(text, draft.mention["char_end"], vocab))
    # (or a total that a pronoun for what the figure before counted adds up to: "Die Verluste ... beziffert London auf rund
    # 1.000 Mann. Seit Dezember summierten sie sich damit auf etwa 4.000", "they now add up to some 4,000")
    restates = restates or (own_class == "bare" and _THEY_ADD_UP.search(text, max(since, start - 60), start) is not None)
    if (noun_class == "bare" and draft.quantity == "other") or restates or (
            own_class == "bare" and _PREVIOUS_VALUE.fullmatch(text, since, start)) or (
            own_class in ("bare", "none") and _TIMES_THE.search(text, max(0, start - TIMES_REACH), start)):
        _as_the_figure_before(draft, drafts, text)   # ("auf rund 4.700 – nach zuvor 3.000": the same figure's value before)
    pointed = _THEIR_NUMBER.search(text, since, start) or _IT_IS.search(text, max(since, start - 40), start) or \
        _IT_IS_AFTER.match(text, draft.mention["char_end"])
    if own_class == "bare" and ((draft.quantity == "other" and (pointed or _ESTIMATES_RANGE.search(text, since, start)))
                                or (pointed and draft.quantity in ("troops_deployed", "troops_planned"))):
        # ("Their number has reached about 2,000": "reached" says nothing of what befell those named before)
        group = _group_named_before(text, start, vocab, with_state=pointed is not None) or \
            _group_spoken_about(text, draft, vocab)
        if group is not None:
            draft.quantity, draft.casualty_type = classify_quantity(cues, group, vocab)
    put_at = _IT_PUT_AT.search(text, max(since, start - 80), start)
    if (draft.quantity == "other" and own_class == "bare" and (restates or put_at)) or (
            own_class == "troops" and put_at and _MEN_AFTER.match(text, draft.mention["char_end"])):
        # "Estimates of the death toll vary. Seoul puts it at 2,000, Kyiv reckons it is nearly 5,000": "it" is what was
        # named before, its state too (a toll of the dead); so is "the number" with no figure before it to restate
        # ("North Korean troops had been sent ... Seoul has put the number at more than 10,000")
        named = collections.deque(vocab.any_noun.finditer(text, max(0, start - GROUP_REACH), start), maxlen=1)
        if named:
            draft.quantity, draft.casualty_type = classify_quantity(cues, noun_class_of(named[0], vocab), vocab)
    if own_class in ("people", "troops") and draft.quantity in ("troops_deployed", "troops_planned") and not cues and \
            _the_few_held_before(text, draft, vocab):
        draft.quantity, draft.casualty_type = "captured", None
    if own_class in ("bare", "people", "troops") and draft.quantity != "casualties":
        _added_with_the_state_before(draft, drafts, text, since, vocab)   # (a noun only before it is the figure before's)
    if own_class == "bare" and draft.quantity in ("troops_deployed", "troops_planned", "other") and \
            (_ADDED_BEFORE.search(text, max(since, start - 30), start) or _MORE_AFTER.match(text, draft.mention["char_end"])):
        _added_to_a_kind_before(draft, drafts)


_CONTRAST_AFTER = re.compile(r"[,;]\s*(?:but|while|whereas|yet|aber|doch|jedoch|während|wohingegen)\b", re.IGNORECASE)
NOUN_REACH = 40   # characters after a figure in which its own noun would stand


def _own_noun_right_after(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a noun of the vocabulary stands after a figure before its clause ends."""
    stop = min(len(text), end + NOUN_REACH)
    cut = CLAUSE_END.search(text, end, stop)
    return vocab.any_noun.search(text, end, cut.start() if cut else stop) is not None


def _set_against_the_figure_before(text: str, draft: Draft, since: int, start: int) -> bool:
    """Whether the clause of a figure is set against the clause of the figure before it in its sentence: a contrasting
    conjunction after the comma between them, or a clause of contrast around the other figure, closed before this one
    (:data:`~analysis.extract.clause_scope.CONTRAST_CLAUSE`)."""
    if draft.sentence is None or since <= draft.sentence.start:
        return False
    contrast = CONTRAST_CLAUSE.search(text, draft.sentence.start, start)
    return _CONTRAST_AFTER.search(text, since, start) is not None or (
        contrast is not None and contrast.start() < since <= contrast.end() <= start)


# "the two men", "die beiden Soldaten": a few people with their article, the ones named before
_THE_FEW = re.compile(r"\b(?:the|die|den|der)\s+$", re.IGNORECASE)
HELD_REACH = 300   # characters before a figure's sentence in which the people held are named
FEW = 12


def _the_few_held_before(text: str, draft: Draft, vocab: Vocabulary) -> bool:
    """"Both North Korean soldiers held by Ukraine ... Jang said the two men, aged 21 and 25, ...": a few people by their
    article, named before as held, are the prisoners (the sentence before tells what befell them)."""
    start = draft.mention["char_start"]
    if draft.sentence is None or (draft.mention["value_best"] or 0) > FEW or "captured" not in vocab.cue_patterns or \
            _THE_FEW.search(text, max(0, start - 6), start) is None:
        return False
    before = text[max(0, draft.sentence.start - HELD_REACH):draft.sentence.start]
    return vocab.cue_patterns["captured"].search(before) is not None


# a figure with no noun that adds to the one before: "weitere 4.000", "another 2,000", "2,000 more"
# (a qualifier, "weitere rund 4.000", is the mention's own: it starts there)
_ADDED_BEFORE = re.compile(r"\b(?:weitere\w*|another|a further|zusätzlich\w*)\s+$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)


def _added_to_a_kind_before(draft: Draft, drafts: list[Draft]) -> None:
    """"Mehr als 13.000 ... als Arbeiter für Baustellen. Im laufenden Jahr kamen weitere 4.000 hinzu": a figure with no
    noun that adds to a claim of a kind just before it counts that kind."""
    before = next((d for d in reversed(drafts) if d is not draft and d.status == "claim"), None)
    if before is not None and before.quantity in ROLES and _within_ellipsis(before.sentence, draft.sentence):
        draft.quantity, draft.casualty_type = before.quantity, None


# a figure added in a clause gapped after a comma: "..., weitere 400 mit 25 Flügen", "..., and another 400 by air"
_ADDED_GAPPED = re.compile(r"[,;]\s*(?:(?:und|and|sowie|plus)\s+)?(?:weitere\w*|another|a further|zusätzlich\w*)\s+"
                           r"(?:(?:rund|etwa|gut|knapp|fast|about|some|around|roughly|nearly|almost)\s+)?$", re.IGNORECASE)
_GAPPED_TAIL = re.compile(r"[^,;.:!?–—]*")


def _added_with_the_state_before(draft: Draft, drafts: list[Draft], text: str, since: int, vocab: Vocabulary) -> None:
    """"Rund 1.500 verwundete Nordkoreaner seien per Zug abtransportiert worden, weitere 400 mit 25 Flügen": a figure
    added in a clause with no verb of its own counts what the claim before it in the sentence counted, its state too."""
    start, end = draft.mention["char_start"], draft.mention["char_end"]
    if _ADDED_GAPPED.search(text, since, start) is None:
        return
    tail = _GAPPED_TAIL.match(text, end).group()
    if vocab.any_noun.search(tail) or any(pattern.search(tail) for pattern in vocab.cue_patterns.values()):
        return                                     # "..., weitere 400 seien gefallen": its own noun or verb says
    before = next((d for d in reversed(drafts) if d is not draft and d.status == "claim"), None)
    if before is not None and before.sentence is draft.sentence and before.quantity == "casualties":
        draft.quantity, draft.casualty_type = before.quantity, before.casualty_type


def _as_the_figure_before(draft: Draft, drafts: list[Draft], text: str) -> None:
    """"Kyiv puts the toll at 4,000, Warsaw at about 3,500", "Die USA hatten von 10.000 gesprochen": a
    figure with nothing of its own counts what the claim just before it in the paragraph counted (never the base of a share
    told in between: "lost 6,000, more than half of the roughly 11,000 first committed, ..., up from about 5,000")."""
    before = next((d for d in reversed(drafts) if d is not draft and d.status == "claim"
                   and d.mention["kind"] not in ("fraction", "percent")   # "eine Zahl" restates a count
                   and not _BASE_OF_A_SHARE.search(text, max(0, d.start - 40), d.start)), None)
    if before is not None and before.quantity != "other" and _within_ellipsis(before.sentence, draft.sentence):
        if {before.quantity, draft.quantity} == {"troops_deployed", "troops_planned"}:
            return                                 # the same people, by its own tense ("a figure expected to climb to")
        if draft.quantity == "casualties" and before.quantity != "casualties":
            return                                 # its own words say what befell them: "put the number killed at 2,000"
        draft.quantity, draft.casualty_type = before.quantity, before.casualty_type
