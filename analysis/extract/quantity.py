"""What a figure counts: the counted noun after the number and the quantity it makes.

Counted nouns and the rules that map a noun class and cues to a quantity (and
casualty type) come from ``data/quantities.yaml``; which cues are a number's own is
:mod:`analysis.extract.clause_scope`'s job.  Numbers that measure something else
(ages, durations, distances, calibres, areas, page furniture) are found by
:func:`measure_of`, and money in a sentence off the topic by :func:`is_off_topic`.
"""

from __future__ import annotations

import re

from ..prefilter import compile_prefiltered
from ..supersets import filtered
from ..vocabulary import Vocabulary
from .clause_scope import _GAPPED_NEXT, _SUBORDINATE, CAUSE_BEFORE, CLAUSE_END, PURPOSE_BEFORE, _per_vocabulary, clause_start

NOUN_WINDOW = 48  # characters after a number in which its counted noun must start
SMALL_WORD_COUNT = 13  # spelled-out counts below this, with no counted noun, are not claims
_WORD = re.compile(r"[\w-]+")
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")


def counted_noun(text: str, end: int, stop: int, vocab: Vocabulary, *, before_from: int | None = None,
                 start: int | None = None, nouns_capitalised: bool = False) -> tuple[str, str | None]:
    """Noun class and words of what a number ending at ``end`` counts: the first vocabulary noun after it,
    else the last one before it in its own segment ("die Zahl der Soldaten ist auf 12.000 gestiegen",
    "Raketen, schätzungsweise 100 Stück").  ``none`` when a noun the vocabulary does not know follows
    it, ``bare`` when no noun stands near it at all."""
    found = _counted_noun(text, end, stop, vocab, before_from=before_from, start=start, nouns_capitalised=nouns_capitalised)
    if found[0] == "none" and not nouns_capitalised and before_from is not None and start is not None and \
            _NAME_THEN_VERB.match(text, end, stop):
        # "the roughly 11,000 Pyongyang sent": a name and its verb open a relative clause; the figure's noun is left out
        found = _noun_elsewhere(text, (before_from, start, end, stop), vocab)
    if found[0] == "none" and before_from is not None and start is not None and _ONES.match(text, end, stop):
        # "pulled back 3,000 battle-worn soldiers and sent in 3,000 fresh ones": "ones" stands for the noun named before
        found = _noun_elsewhere(text, (before_from, start, end, stop), vocab)
    if found[0] in ("none", "bare") and _HYPHEN_STRONG.match(text, end):
        return "troops", found[1]                  # "a 2,000-strong North Korean unit": the unit's people
    if found[0] == "bare" and (_THAN_A_FIGURE.match(text, end) or (
            start is not None and _INSTEAD_OF.search(text, max(0, start - 20), start))):
        # "Statt 600 gehe man nun von rund 2.000 Gefallenen aus": what the figure it gives way to counts (or the figure it
        # is preferred to: "eher 15.000 als 11.000 Soldaten")
        later = _NEXT_FIGURE.match(text, end)
        if later is not None:
            replaced = _noun_after(text, later.end(), min(len(text), later.end() + NOUN_WINDOW), vocab)
            if replaced[0] not in ("none", "bare"):
                return replaced
    return found


def in_batches(text: str, start: int, end: int) -> bool:
    """Whether a figure counts the batches a sending came in: "in two rounds", "in drei Tranchen" (never "3 million
    rounds": a count of shells)."""
    return _IN_BATCHES.match(text, end) is not None and _IN_BEFORE.search(text, max(0, start - 12), start) is not None


_IN_BATCHES = re.compile(r"\s+(?:(?:separate|einzelnen|getrennten)\s+)?(?:rounds|waves|batches|tranches|shipments|wellen|"
                         r"etappen|schüben|tranchen|runden|lieferungen)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|over|across|über|mit)\s+(?:only\s+|just\s+|nur\s+)?$", re.IGNORECASE)
_BATCHES_PHRASE = re.compile(r"\b(?:in|over|across|über|mit)\s+(?:only\s+|just\s+|nur\s+)?(?:\d{1,2}|two|three|four|five|six|"
                             r"several|multiple|zwei|drei|vier|fünf|sechs|mehreren)" + _IN_BATCHES.pattern, re.IGNORECASE)
BATCHES_LEAD = 24
# the losses named before a figure are among it: "losses among the roughly 11,000 sent", "Ausfälle unter den 11.000"
_AMONG_A_BASE = re.compile(r"\b(?:among|amongst|unter)\s+(?:(?:the|den|its|their|seinen|ihren|those)\s+)?(?:[\w-]+\s+)?"
                           r"(?:(?:some|about|around|roughly|nearly|more than|over|originally|initially|rund|etwa|knapp|gut|"
                           r"über|mehr als|ursprünglich|anfangs)\s+)*$", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+(?:or|oder)\s+(?:more|so|fewer|less|mehr|weniger)\b", re.IGNORECASE)
# a capitalised name and a verb right after a figure (English): the subject of a relative clause without "that"
_NAME_THEN_VERB = re.compile(r"\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2}\s+(?:has\s+|had\s+|have\s+)?"
                             r"(?:(?:first|initially|originally|reportedly|eventually)\s+)?"   # ("the roughly 11,000 Pyongyang
                             r"(?:sent|deployed|dispatched|committed|shipped|fielded|says|said|estimates|estimated|reported|"   # first committed")
                             r"reports|puts|put|counts|"
                             r"counted|claims|claimed|cited|cites|gave|gives|lost|acknowledged)\b")
_ONES = re.compile(r"\s+(?:[\w-]+\s+){0,2}?ones\b")
_INSTEAD_OF = re.compile(r"\b(?:statt|anstatt|anstelle von|instead of|rather than)\s+(?:(?:der|den|die|the|its|bisher|zuvor|previously)\s+)?$",
                         re.IGNORECASE)
_THAN_A_FIGURE = re.compile(r"\s+(?:als|than)\s+(?=\d)", re.IGNORECASE)   # "15.000 als | 11.000 Soldaten"
# the first or the second of two nouns named before: "of the former", "der letzteren"
_FORMER_OR_LATTER = re.compile(r"\s+(?:of\s+the\s+(former|latter)|(?:der|den|die)\s+(ersteren|letzteren|erstgenannten|"
                               r"letztgenannten))\b", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\s+(?:and|und|sowie)\s+", re.IGNORECASE)
FORMER_REACH = 160   # characters before a figure read for the pair it points to
_NEXT_FIGURE = re.compile(r"[^.;:!?\d]{0,80}?\d[\d.,’']*")   # the next figure in the clause, past the words between


def _a_thing_after_of(text: str, span: tuple[int, int, int], vocab: Vocabulary) -> bool:
    """A magnitude in words with an unknown plural after its "of" ("dozens of villages"; never a partitive of digits:
    "15,000 of their compatriots", nor an audience: "thousands of grieving relatives")."""
    start, end, stop = span
    if any(ch.isdigit() for ch in text[start:end]):
        return False
    thing = _OF_A_THING.match(text, end, stop)
    word = thing.group(1).lower() if thing is not None else None
    return word is not None and word not in vocab.function_words and word not in GATHERED and \
        vocab.any_noun.fullmatch(word) is None


def _batches_or_pointed(text: str, end: int, stop: int, start: int, vocab: Vocabulary) -> tuple[str, str | None] | None:
    """What a figure counts before its words are read: nothing for the batches a sending came in ("in two rounds"), the
    noun it points to with "of the former"/"of the latter"; else None."""
    if in_batches(text, start, end):
        return "none", None
    return _former_or_latter(text, end, stop, start, vocab)


def _former_or_latter(text: str, end: int, stop: int, start: int, vocab: Vocabulary) -> tuple[str, str] | None:
    """The noun a figure points to with "of the former"/"of the latter" ("der ersteren", "der letzteren"): the first or
    the second of the last two nouns joined by "and" before it, else None."""
    pointed = _FORMER_OR_LATTER.match(text, end, stop)
    if pointed is None:
        return None
    named = list(vocab.any_noun.finditer(text, max(0, start - FORMER_REACH), start))
    pair = next(((a, b) for a, b in reversed(list(zip(named, named[1:], strict=False)))
                 if _AND_BETWEEN.fullmatch(text, a.end(), b.start())), None)
    if pair is None:
        return None
    noun = pair[0] if (pointed.group(1) or pointed.group(2)).lower().startswith(("former", "erst")) else pair[1]
    return noun_class_of(noun, vocab), noun.group(0)


def _counted_noun(text: str, end: int, stop: int, vocab: Vocabulary, *, before_from: int | None = None,
                  start: int | None = None, nouns_capitalised: bool = False) -> tuple[str, str | None]:
    early = _batches_or_pointed(text, end, stop, start, vocab) if start is not None else None
    if early is not None:
        return early
    hedge = _OR_MORE.match(text, end, stop)
    end = hedge.end() if hedge else end            # "five or more sites", "20 oder mehr Drohnen": the noun after the hedge
    follower = _FOLLOWER.match(text, end, stop)
    sized = _all_of_a_kind(text, end, stop, vocab) or _strength_or_role(text, end, stop, start, vocab)
    if sized is not None:
        return sized
    # "At least 200 have died and the injured ...": a verb right after the number, so no noun after it is its own
    verb_after = follower.group(1) is not None and follower.group(1).lower() in _VERB_AFTER
    # "Two, according to officers of the SBU": a comma right after the number closes its noun phrase
    closed = follower.group(1) is None and text.startswith(",", follower.end())
    found = ("none", None) if verb_after or closed else _own_noun_after(text, end, stop, vocab)
    estimated = _object_estimated(text, follower, found, (before_from, start, end, stop), vocab)
    if estimated is not None:                      # "put the North Korean force in the region at roughly 11,000 and
        return estimated                           # blamed ... the losses": the object is what is counted
    owned = OF_ITS_NOUN.match(text, end, stop) if found[0] == "none" and found[1] is None else None
    if owned is not None and vocab.any_noun.fullmatch(owned.group(1) or owned.group(2)) is None:
        return "none", owned.group(1) or owned.group(2)   # "two of its members": what the group is made of, not the topic's
    if found[1] is not None and _HEAD_BEFORE.match(text[end:end + max(0, text.find(found[1], end, stop) - end)]) and \
            (follower.group(1) or "").lower() not in _PEOPLE_FOR_A_TASK:
        return "none", None                        # "150 calls from prisoners": the unknown head before a preposition
        # (people named by their skill take the task after it: "1.000 Fachleute für Minenräumung")
    if found[1] is None and start is not None and _a_thing_after_of(text, (start, end, stop), vocab):
        return "none", None                        # "dozens of villages", "hundreds of drones"
    if found[0] == "none" and before_from is not None and start is not None and _no_noun_follows(text, follower, stop, nouns_capitalised, vocab):
        found = _noun_elsewhere(text, (before_from, start, end, stop), vocab)
        if found[1] is None:                       # no noun's words anywhere: nothing below applies
            return found
    # (or the North's people by their nationality: "Neben Soldaten schickt Pjöngjang auch Arbeitskräfte nach Russland:
    # Rund 15.000 Nordkoreaner sind ... eingereist")
    nationals = follower.group(1) is not None and _THE_NORTHS_PEOPLE.match(text, follower.start(1)) is not None
    generic = found[0] in ("people", "none") and ((follower.group(1) or "").lower() in GENERIC_PEOPLE or nationals)
    if generic and before_from is not None and start is not None:                     # "die Entsendung von Arbeitern ... auf rund 15.000 Personen": the
        named = _noun_before(text, before_from, start, vocab)   # kind named before in the clause
        if named[0] in ("workers", "sappers", "construction_workers") + (() if nationals else ("captured",)):
            return named                           # (never "Koordinierungsstab für Kriegsgefangene ... 200 Nordkoreaner")
    kind = _unit_kind_of(text, start, end, found, vocab, before_from) if found[0] in ("troops", "people") and start is not None \
        else None
    if kind is not None:
        return kind, found[1]
    role = _role_of(text, found, (before_from, start, end, stop), vocab)
    return (role, found[1]) if role is not None else found


def _role_of(text: str, found: tuple[str, str | None], span: tuple[int | None, int | None, int, int],
             vocab: Vocabulary) -> str | None:
    """The role people are in, named after their noun ("1.500 Nordkoreaner sollen als Bauarbeiter kommen"), by the
    workplace they are at, or by a task fronted in their clause."""
    before_from, start, end, stop = span
    if found[0] == "construction_workers" and found[1] and _CIVIL_BUILDERS.fullmatch(found[1]) and \
            (_at_a_workplace(text, end, stop) or (before_from is not None and start is not None and
                                                 _SITES.search(text, clause_start(text, before_from, start), start))):
        return "workers"                           # "Russian building sites absorbed thousands of ... construction workers"
    noun_at = text.find(found[1], end, stop) if found[0] in ("troops", "people") and found[1] else -1
    if noun_at < 0 or _a_mixed_total(text, noun_at, stop, vocab):
        return None                                # ("6,000 military engineers and construction workers ... to help
    # rebuild it": a total of two kinds keeps them both, whatever task the clause gives)
    role = _role_after(text, noun_at + len(found[1]), stop, vocab) or \
        ("workers" if (found[0] == "people" or found[1].lower() in _PEOPLE_FOR_A_TASK)
         and _at_a_workplace(text, noun_at + len(found[1]), stop) else None)
    if role is None and found[1].lower() in _PEOPLE_FOR_A_TASK and before_from is not None and start is not None:
        role = _task_fronted(text, before_from, start, vocab)
    return role


def _a_mixed_total(text: str, noun_at: int, stop: int, vocab: Vocabulary) -> bool:
    """Whether the noun at ``noun_at`` is coordinated with a noun of another kind of personnel ("military engineers and
    construction workers", "Pioniere und Bausoldaten"): a total of both."""
    noun = vocab.any_noun.match(text, noun_at, stop)
    if noun is None:
        return False
    window = text[noun.start():min(stop, noun.start() + NOUN_WINDOW)]
    return _coordinated_class(window, (0, noun_class_of(noun, vocab), noun.group(0)), vocab) == MIXED_TOTAL and \
        noun_class_of(noun, vocab) != MIXED_TOTAL


# a workplace people are at or sent to: "12,000 North Koreans have arrived at the Alabuga plant", "in russische Fabriken"
_WORKPLACE = re.compile(r"\b(?:at|in|into|to|an|auf|nach|für)\s+(?:the|a|an|die|der|den|dem|das|ein|eine|einer|einem)?\s*"
                        r"(?:[\w'’-]+\s+){0,3}?(?:plants?|factory|factories|shipyards?|construction sites?|mines|"
                        r"\w*werke?n?|\w*fabrik\w*|\w*betrieb\w*|\w*baustelle\w*|werft\w*)\b"
                        # (or a permit to work: "mit Arbeitsvisa eingereist", "on work visas", "die mit Arbeitsvisa einreisten")
                        r"|\b(?:mit|auf|on|with|under)\s+(?:\w+\s+)?(?:arbeitsvisa|arbeitsvisum|arbeitsgenehmigung\w*|"
                        r"work(?:ing)?[- ]visas?|work permits?|labou?r visas?|studentenvisa|studentenvisum|student visas?)\b",
                        re.IGNORECASE)


# builders named as workers, no soldiers: at a building site or on a visa they are a labour force ("Bauarbeiter",
# "construction workers"; never "Bausoldaten", "military construction workers")
_CIVIL_BUILDERS = re.compile(r"bauarbeiter\w*|construction(?: workers?)?", re.IGNORECASE)
_SITES = re.compile(r"\b(?:building|construction) sites?\b|\bbaustelle\w*|\bworkplaces?\b", re.IGNORECASE)


def _at_a_workplace(text: str, noun_end: int, stop: int) -> bool:
    """Whether people a figure counts are at or sent to a workplace in their own clause (then they are workers)."""
    clause = CLAUSE_END.search(text, noun_end, stop)
    if clause is not None and _RELATIVE_OPENS.match(text, clause.start()):   # (their relative clause is their own:
        clause = CLAUSE_END.search(text, clause.end(), stop)                 # "8.000 Nordkoreaner, die mit Arbeitsvisa ...")
    return _WORKPLACE.search(text, noun_end, clause.start() if clause else stop) is not None


# a part's kind set off after it: "1,000 of whom, all combat engineers,", "davon 1.000, allesamt Pioniere,"
_ALL_OF_A_KIND = re.compile(r"\s+(?:(?:of\s+(?:whom|them)|davon|von ihnen)\s*)?,\s*(?:all|alle|allesamt|sämtlich)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s*[,–—)]",
                            re.IGNORECASE)


def _all_of_a_kind(text: str, end: int, stop: int, vocab: Vocabulary) -> tuple[str, str] | None:
    """A part's kind set off after it: "1,000 of whom, all combat engineers, have arrived", else None."""
    every = _ALL_OF_A_KIND.match(text, end, stop)
    kind = vocab.any_noun.search(every.group(1)) if every is not None else None
    if kind is not None and noun_class_of(kind, vocab) in PERSONNEL_CLASSES + ("workers",):
        return noun_class_of(kind, vocab), kind.group(0)
    return None


def _strength_or_role(text: str, end: int, stop: int, start: int | None, vocab: Vocabulary) -> tuple[str, str] | None:
    """A unit's strength or a role the copula gives, right after the number, else None."""
    strength = _STRENGTH.match(text, end, stop)
    if strength is not None and start is not None:
        # "The regiment, about 1,000 strong", "eine Truppe, die 11.000 Mann stark war": the size of the unit named before
        # (a unit named again by its definite noun right before: its people named before say which kind, "Neun Pioniere
        # ... Das Regiment, nach südkoreanischen Angaben etwa 1.000 Mann stark")
        again = _ITS_BEFORE.search(text, max(0, start - 50), start) is not None
        return _unit_kind_before(text, start, vocab, nouns_too=again) or "troops", strength.group(0).strip()
    # "of whom some 5,000 were builders", "davon seien 1.000 Minenräumer": the role the copula gives them
    role = _COPULA_ROLE.match(text, end, stop)
    kinds = [k for k in ROLES if vocab.noun_patterns[k].fullmatch(role.group(1))] if role else []
    if not kinds:
        # or the task it says they are doing: "of these, roughly 1,000 are now demining", "are clearing mines"
        role = _COPULA_DOING.match(text, end, stop)
        kinds = [k for k in ROLES if vocab.noun_patterns[k].match(role.group(1))] if role else []
    return (kinds[0], role.group(1)) if kinds else None


def _unit_kind_of(text: str, start: int, end: int, found: tuple[str, str | None], vocab: Vocabulary,
                  before_from: int | None = None) -> str | None:
    """The kind of unit whose people a figure counts: "a sapper unit of several hundred men", the people of a unit
    named before ("the 528th Engineer Regiment ... Nine of its roughly 1,000 soldiers", "Rund 1.000 Mann der Einheit"),
    and a unit whose strength its clause gives in men ("Nordkoreas Bautruppen stellen rund 5.000 Mann", "Die Bautruppe,
    die ..., ist auf etwa 5.000 Mann angewachsen")."""
    if found[1] is not None and found[1].lower() in _MEN and before_from is not None:
        # (or the subject after a fronted phrase, right before the figure: "Nach südkoreanischen Angaben soll das
        # Pionierregiment rund 1.000 Mann umfasst haben")
        subject = _SUBJECT_UNIT.match(text, before_from, start) or \
            _UNIT_RIGHT_BEFORE.search(text, max(before_from, start - UNIT_REACH - 20), start)
        kinds = [k for k in ROLES if vocab.noun_patterns[k].search(subject.group(1))] if subject else []
        if len(kinds) == 1:
            return kinds[0]
    lo = max(0, start - UNIT_REACH - 20)
    unit = _UNIT_OF.search(text, lo, start) if _UNIT_WORD_AT_END.search(text, lo, start) else None
    kinds = [k for k in ROLES if vocab.noun_patterns[k].search(unit.group(1))] if unit else []
    if len(kinds) == 1:
        return kinds[0]
    if found[0] == "troops" and found[1] and _of_the_unit(text, start, end, found[1]):
        return _unit_kind_before(text, start, vocab, nouns_too=True)
    return None


def _noun_elsewhere(text: str, span: tuple[int, int, int, int], vocab: Vocabulary) -> tuple[str, str | None]:
    """What a number with no noun after it counts: a noun before it in its clause, "die Zahl der ..." after it, the
    unit it gives the strength of ("his battalion of about 500": troops), else nothing ("bare")."""
    before_from, start, end, stop = span
    found = _noun_before(text, before_from, start, vocab)
    if found[0] == "none":
        found = _data_label(text, start, end, vocab) or _number_of_after(text, end, stop, vocab)
    if found[0] != "none" or found[1] is not None:   # (a fact box's label of something else: that thing)
        return found
    if _UNIT_WORD_AT_END.search(text, max(0, start - UNIT_REACH), start) is not None:
        return "troops", None
    return "bare", None                    # no noun at all: "Die ersten 2.600 sollen ... verlegt werden"


# a line of a fact box, its label, then a colon and the figure alone: "Einwohner: rund 26 Millionen", "Atomsprengköpfe
# (Schätzung Sipri): rund 50", "Troops sent (NIS): about 15,000"
_DATA_LINE = re.compile(r"(?:^|(?<=\n))[ \t•*-]*((?:[^\W\d_][\w-]*[ \t]+){0,3}[^\W\d_][\w-]*)[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*:[ \t]*"
                        r"(?:[^\W\d_]+\.?[ \t]+){0,3}$")
_DATA_VALUE_END = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*(?:\n|$)")


def _data_label(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[str, str | None] | None:
    """What a fact box's line counts: its label's noun, or the label itself when it names something else (never a label
    of what befell people, "Gefallen (NIS): etwa 600", whose cue says what is counted)."""
    line = text.rfind("\n", 0, start) + 1
    label = _DATA_LINE.match(text, line, start) if _DATA_VALUE_END.match(text, end) else None
    if label is None:
        return None
    words = label.group(1)
    nouns = list(vocab.any_noun.finditer(words))
    if nouns:
        return noun_class_of(nouns[-1], vocab), nouns[-1].group(0)
    if any(pattern.search(words) for pattern in vocab.cue_patterns.values()):
        return None
    return "none", words.split()[-1]


# the role people are sent in, after their noun in the same clause: "als Bauarbeiter", "to work as deminers"
_ROLE_AS = compile_prefiltered(r"(?<!\bwell )(?<!\bsuch )\b(?:als|as)\s+(?!well\b)((?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)(?=\s*(?:[^\w\s-]|$|\s(?:in|im|an|nach|für|to|for|at|on|und|and|zu|bei)\b))",
                      re.IGNORECASE)
# the task they are to help with: "1.000 Mann sollen bei der Minenräumung helfen", "to help with mine clearance"
_ROLE_TASK = compile_prefiltered(r"\b(?:bei der|beim|zur|zum|für die|für den|für|with|with the|in|for|assigned to|to)\s+"
                                 r"((?:[\w-]+\s+)?[\w-]*(?:räumung|entminung|aufbau|bauarbeiten|bauprojekt|bauvorhaben|clearance|"
                                 r"clearing|demining|reconstruction|rebuilding|construction)\w*(?:\s+(?:work|projects?))?)"
                                 # (or the purpose it names with an English verb: "servicemen ... this spring to repair
                                 # roads and bridges", "to clear mines")
                                 r"|\b(?:to|who|which|that)\s+(?:are\s+|were\s+|will\s+)?((?:re)?(?:build|repair|restore|clear)(?:ing)?\s+"
                                 r"(?:the\s+|damaged\s+|destroyed\s+)?"
                                 r"(?:roads?|bridges?|infrastructure|railways?|rail lines?|land ?mines|mines)\b)"
                                 # (rebuilding whatever it is: "6,000 people to help rebuild Kursk")
                                 r"|\bto\s+(?:help\s+(?:to\s+)?)?((?:rebuild|reconstruct)(?:ing)?)\b"
                                 # (or in a German relative clause: "einige Hundert Soldaten, die zerstörte Brücken wieder
                                 # aufbauen", "die Minen räumen")
                                 r"|\b(?:die|welche)\s+(?:[\w-]+\s+){0,3}?((?:brücken|straßen|strassen|gleise|schienen\w*|"
                                 r"eisenbahn\w*|infrastruktur)\s+(?:wieder\s+)?(?:aufbauen|instand setzen|reparieren|ausbessern)|"
                                 r"(?:land)?minen\s+(?:räumen|entschärfen|beseitigen))\b", re.IGNORECASE)
UNIT_KINDS = ("construction_workers", "sappers")   # kinds a unit's name gives the people in it
ROLES = UNIT_KINDS + ("workers",)


def _role_after(text: str, noun_end: int, stop: int, vocab: Vocabulary) -> str | None:
    clause = CLAUSE_END.search(text, noun_end, stop)
    if clause is not None and _RELATIVE_OPENS.match(text, clause.start()):
        clause = CLAUSE_END.search(text, clause.end(), stop)   # the relative clause right after the noun is its own
    role = _ROLE_AS.search(text, noun_end, clause.start() if clause else stop) or \
        _ROLE_TASK.search(text, noun_end, clause.start() if clause else stop)
    if role is None:
        # the purpose right after the noun, as the vocabulary names a kind by its task ("1.000 Soldaten für die
        # Minensuche", "zum Wiederaufbau")
        purpose = _PURPOSE_AFTER.match(text, noun_end, clause.start() if clause else stop)
        kinds = [k for k in ROLES if purpose and k in vocab.noun_patterns and
                 vocab.noun_patterns[k].match(text, purpose.end(), clause.start() if clause else stop)]
        return kinds[0] if kinds else None
    return _kind_of_task(role, vocab)


def _kind_of_task(role: re.Match, vocab: Vocabulary) -> str | None:
    """The kind of people a task names (the task with its preposition too: "zum Wiederaufbau" is how the vocabulary
    names those sent for it)."""
    task = role.group(role.lastindex) if role.lastindex else role.group(0)
    kinds = [k for k in ROLES if k in vocab.noun_patterns and (vocab.noun_patterns[k].search(task)
                                                               or vocab.noun_patterns[k].search(role.group(0)))]
    return kinds[0] if kinds else None


def _task_fronted(text: str, before_from: int, start: int, vocab: Vocabulary) -> str | None:
    """The task fronted in the clause of people named by their skill alone: "Für die Entminung in Kursk habe Nordkorea
    etwa 1.000 Spezialisten abgestellt"."""
    opens = clause_start(text, max(before_from, start - 2 * NOUN_WINDOW), start)
    role = _ROLE_TASK.search(text, opens, start)
    return _kind_of_task(role, vocab) if role is not None else None


_PURPOSE_AFTER = re.compile(r"\s+(?=(?:für|zur|zum|for|to)\s)", re.IGNORECASE)
_RELATIVE_OPENS = re.compile(r",\s*(?:die|welche|who|which|that)\b", re.IGNORECASE)


# a unit of a kind right before the number: "a sapper unit of", "eine Pioniereinheit von", "Baubataillone mit"
_UNIT_WORD = (r"(?:units?|battalions?|brigades?|regiments?|teams?|crews?|contingents?|"
              r"einheit\w*|bataillon\w*|brigade\w*|regiment\w*|trupp\w*|kolonne\w*|kontingent\w*|verb[aä]nd\w*)")
_UNIT_TAIL = (r"\s+(?:of|von|mit|aus|totall?ing|numbering|comprising)\s+(?:(?:some|about|around|roughly|up to|more than|etwa|rund|gut|knapp|bis zu|"
              r"mehr als|über|zusammen|insgesamt|together|in total|combined)\s+)*$")   # "zwei Baubrigaden mit zusammen 5.000 Mann"
GENERIC_PEOPLE = frozenset({"personen", "menschen", "leute", "leuten", "people", "persons", "individuals"})
_MEN = frozenset({"mann", "men", "personnel"})   # a unit's strength counted in men
# people named by their skill alone, whose task ("für Minenräumung", "for demining") says which kind they are
_PEOPLE_FOR_A_TASK = frozenset({"fachleute", "fachkräfte", "spezialisten", "experten", "helfer", "specialists", "experts",
                                "techniker", "technicians"})
# the unit a clause opens with, as its subject ("Nordkoreas Bautruppen", "Die Bautruppe, die ...", "The labour contingent")
_UNIT_DETERMINERS = "die|der|das|the|its|ihre|seine"
_UNIT_NOUN_PHRASE = r"((?:[\w-]+\s+)?[\w-]*" + _UNIT_WORD + ")"   # a unit word and one word before it
_SUBJECT_UNIT = re.compile(r"[\W\d]*(?:(?:" + _UNIT_DETERMINERS + r"|[A-ZÄÖÜ][\w-]*s)\s+)?" + _UNIT_NOUN_PHRASE + r"\b",
                           re.IGNORECASE)
# (or the subject after a fronted phrase, right before the figure: "soll das Pionierregiment rund 1.000 Mann umfasst haben")
_UNIT_RIGHT_BEFORE = re.compile(r"\b(?:" + _UNIT_DETERMINERS + r")\s+" + _UNIT_NOUN_PHRASE + r"\s+$", re.IGNORECASE)
_UNIT_PHRASE_SOURCE = r"(?:[\w-]+\s+){0,2}[\w-]*" + _UNIT_WORD   # a unit word and up to two words before it
_UNIT_OF = re.compile("(" + _UNIT_PHRASE_SOURCE + ")" + _UNIT_TAIL, re.IGNORECASE)
# every match of _UNIT_OF holds a unit word and the tail after it: where one scan for those (its first character
# dispatched) finds none, _UNIT_OF, which tries its words at every position, is not searched (85 -> 3 us a figure)
_UNIT_WORD_AT_END = compile_prefiltered(_UNIT_WORD + _UNIT_TAIL, re.IGNORECASE)

_STRENGTH = re.compile(r"\s+(?:(?:mann|men|soldaten|soldiers|troops)\s+)?(?:strong|stark(?:e[nmrs]?)?)\b", re.IGNORECASE)
# "a 2,000-strong North Korean unit": the strength of the unit named after it, people when no noun tells their kind
_HYPHEN_STRONG = re.compile(r"-(?:strong|starke[nrs]?)\b", re.IGNORECASE)
UNIT_KIND_REACH = 300   # characters back to the unit whose strength a number gives
PARAGRAPH_REACH = 800   # characters back, within its paragraph, to the people of a unit named again ("das Regiment")


def _unit_kind_before(text: str, start: int, vocab: Vocabulary, *, nouns_too: bool = False) -> str | None:
    """The kind (sappers, construction workers) of the last unit named before a strength, if it has one; with
    ``nouns_too``, of the last such unit or people in the paragraph ("nordkoreanische Pioniere ... Die Einheit umfasse
    gut 1.000 Mann", "Beim Empfang des 528. Pionierregiments ... Nach südkoreanischen Angaben soll das Regiment rund 1.000
    Mann umfasst haben")."""
    lo = max(0, start - UNIT_KIND_REACH) if not nouns_too else \
        max(0, start - PARAGRAPH_REACH, text.rfind("\n\n", 0, start) + 1)
    units = list(_UNIT_PHRASE.finditer(text, lo, start))
    for unit in reversed(units):
        kinds = [k for k in UNIT_KINDS if vocab.noun_patterns[k].search(unit.group(0))]
        if kinds:
            return kinds[0]
    if nouns_too:
        last = max(((m.start(), k) for k in UNIT_KINDS for m in vocab.noun_patterns[k].finditer(text, lo, start)), default=None)
        return last[1] if last else None
    return None


# the people of a unit named before: "Nine of its roughly 1,000 soldiers", "Die Einheit umfasse gut 1.000 Mann",
# "Rund 1.000 Mann der Einheit", "1,000 members of the regiment"
_ITS_BEFORE = re.compile(r"\b(?:its|seine[rnms]?|ihre[rnms]?)\s+(?:(?:roughly|about|some|around|nearly|rund|etwa|gut|knapp|fast)\s+)?$"
                         r"|\b(?:the|die|das|der)\s+(?:\d+(?:\.|st|nd|rd|th)?\s+)?(?:einheit|unit|regiment|bataillon|battalion|brigade|truppe|"
                         r"contingent|kontingent|detachment)\b"
                         r"[^.;:\d]{0,40}$",
                         re.IGNORECASE)
_OF_THE_UNIT_AFTER = re.compile(r"\s+(?:der|des|of the|of its|from the)\s+(?:einheit|regiments?|unit|battalion|bataillons|brigade|truppe)\b",
                                re.IGNORECASE)


def _of_the_unit(text: str, start: int, end: int, noun: str) -> bool:
    """Whether a figure counts the people of a unit named before it (see :data:`_ITS_BEFORE`)."""
    if _ITS_BEFORE.search(text, max(0, start - 50), start):
        return True
    noun_at = text.find(noun, end, end + 40)
    return noun_at >= 0 and _OF_THE_UNIT_AFTER.match(text, noun_at + len(noun)) is not None


_UNIT_PHRASE = re.compile(_UNIT_PHRASE_SOURCE, re.IGNORECASE)


# "Auf mindestens 11.000 schätzt das Pentagon die Zahl der nordkoreanischen Soldaten": the figure fronted, the
# noun it counts in "die Zahl der ..." later in its clause
_NUMBER_OF = re.compile(r"\b(?:die|the|its|their|seine|ihre)\s+(?:Gesamt)?(?:zahl|anzahl|number|total|count|stärke|größe|umfang|"
                        r"size|strength)\s+(?:der|des|an|von|of)\s+", re.IGNORECASE)   # "die Stärke des Kontingents"


def _number_of_after(text: str, end: int, stop: int, vocab: Vocabulary) -> tuple[str, str | None]:
    clause = CLAUSE_END.search(text, end, stop)
    m = _NUMBER_OF.search(text, end, clause.start() if clause else stop)
    return _noun_after(text, m.end(), stop, vocab) if m else ("none", None)


_VERB_AFTER = frozenset({"have", "has", "had", "were", "are", "was", "is", "sind", "seien", "waren", "wurden", "haben",
                         "hätten", "hatten"})
def _own_noun_after(text: str, end: int, stop: int, vocab: Vocabulary) -> tuple[str, str | None]:
    """The vocabulary noun after a number, unless a finite verb stands between ("drei weitere hätten die Ukrainer
    gefangen genommen": the noun is the clause's subject, not the number's)."""
    found = _noun_after(text, end, stop, vocab)
    if found[1] is not None and _FINITE_VERB.search(text, end, max(end, text.find(found[1], end, stop))):
        return "none", None
    at = text.find(found[1], end, stop) if found[1] is not None else -1
    if at > end and _HEADS_THE_NEXT.fullmatch(text, at + len(found[1]), stop):
        return "none", None                        # "at about 8,000 after losses of | some 4,000": the next figure's noun
    return found


def _object_estimated(text: str, follower: re.Match, found: tuple[str, str | None], span: tuple[int | None, int | None,
                      int, int], vocab: Vocabulary) -> tuple[str, str] | None:
    """The first vocabulary noun of the object a verb of estimating puts at the number ("put the force at", "beziffert
    die Verluste der Truppen auf"), when the object stands right before the number's "at"/"auf" and the noun found
    after the number is not right after it (its own noun would be: "put the number at 11,000 troops")."""
    since, start, end, stop = span
    if found[1] is None or start is None or follower.group(1) is None or text.find(found[1], end, stop) <= follower.start(1):
        return None
    m = _PUT_AT.search(text, max(since or 0, start - 2 * NOUN_WINDOW), start)
    if m is None:
        return None
    noun = vocab.any_noun.search(text, m.start(1), m.end(1))
    return None if noun is None else (noun_class_of(noun, vocab), noun.group(0))


# a figure's qualifier, when a pattern reads up to the number's digits ("about", "more than", "rund", "bis zu")
_QUALIFIER = (r"(?:(?:some|about|around|roughly|nearly|almost|over|more than|up to|at least|an estimated|etwa|rund|gut|knapp|"
              r"mehr als|über|bis zu|mindestens|fast)\s+)?")
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|pegged|pegs|estimated|estimates|estimating|"
                     r"beziffert\w*|bezifferte\w*|schätzt\w*|schätzte\w*)\s+((?:[\w'’-]+\s+){1,8}?)(?:at|auf)\s+"
                     + _QUALIFIER + "$", re.IGNORECASE)


# after a noun, "of" and the next figure's qualifier at most: the noun heads that figure ("losses of some 4,000")
_HEADS_THE_NEXT = re.compile(r"\s+(?:of|von)\s+" + _QUALIFIER, re.IGNORECASE)


# a finite verb between a number and a noun: the number's noun phrase has ended ("drei weitere | hätten die Ukrainer")
# (never a copula: "eintausend davon sind Pioniere", "1,000 of the latest arrivals are engineers" name the number's role)
_FINITE_VERB = re.compile(r"\b(?:have|has|had|wurden|wurde|haben|hat|habe|hätten|hatten|hatte|wird|werden|würden)\b",
                          re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"(?<=e|n|r|s|m)\s+[A-ZÄÖÜ][a-zäöüß]")   # an inflected adjective right before a noun
# a number of an institution's own members ("two of its members"; "nine of their comrades" may be the topic's people),
# or of things named after the article ("5,000 of the drones": a lowercase plural, never a possessive)
OF_ITS_NOUN = re.compile(r"\s+of\s+(?:its\s+([^\W\d_][\w-]*)|(?-i:the|these|those)\s+((?-i:[a-z])[\w-]*s)\b(?![’'\w-]))",
                         re.IGNORECASE)
_COPULA_ROLE = re.compile(r"\s+(?:were|are|sind|waren|seien)\s+([^\W\d_][\w-]*)\b", re.IGNORECASE)
_COPULA_DOING = re.compile(r"\s+(?:were|are|is|was)\s+(?:(?:now|currently|still|already|busy|mostly|mainly)\s+)?"
                           r"([a-z]+ing\b(?:\s+[\w-]+){0,3})", re.IGNORECASE)
# people who gather at an event: a ceremony's, a rally's or a hearing's, never a force
GATHERED = frozenset({"relatives", "mourners", "spectators", "onlookers", "guests", "attendees", "visitors", "participants",
                      "delegates", "trauergäste", "trauernde", "hinterbliebene", "zuschauer", "gäste", "besucher",
                      "teilnehmer", "delegierte",
                      # the families of the dead ("rund 300 Hinterbliebenen geladen"; never "Angehörige", whom a unit
                      # or a force may have as its members)
                      "hinterbliebenen", "families", "familien", "widows", "witwen"})
# a plural noun after "of", a lowercase adjective or two before it ("dozens of small villages"; never "of them")
_OF_A_THING = re.compile(r"\s+of\s+(?!(?:its|his|her|their|the|these|those|our|your|them)\b)(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
                         r"(?-i:([a-z][\w-]*s))\b(?!['’])")
# (never into the next line when that is a fact box's label: "rund 26 Millionen\nAktive Soldaten: ...")
# (past a rounding suffix: "2,400-odd Americans", "300-plus soldiers")
_FOLLOWER = re.compile(r"(?:-(?:odd|plus|some)\b)?(?:[^\S\n]|\n(?![^\n:]{1,80}:))*([^\W\d_][\w'-]*)?")


def _no_noun_follows(text: str, follower: re.Match, stop: int, nouns_capitalised: bool, vocab: Vocabulary) -> bool:
    """Whether the number has no noun of its own after it (a verb, an adverb, a function word, a
    counter word, or nothing): only then does a noun before it say what it counts.  Where the
    language capitalises every noun (German), any lowercase word after the number is no noun.  ``follower``:
    :data:`_FOLLOWER` matched right after the number."""
    word = follower.group(1)
    if word is None or word.lower() in _OPENS_A_PART:
        return True                                # ("put the figure at 4,000 including roughly 1,000 dead")
    if word.lower() == "more" and not nouns_capitalised:
        # "20 more shadow-fleet tankers": its noun after "more"; "3,000 more were sent", "2,500 more expected": none
        thing = _FOLLOWER.match(text, follower.end(), stop)
        after = (thing.group(1) or "").lower()
        return not after or after in vocab.function_words or after in _PARTICIPLES or after.endswith(("ly", "ed", "ing"))
    if word.lower() in vocab.counter_words:      # "Raketen, schätzungsweise 100 Stück", not "100 Stück Gerät"
        thing = _FOLLOWER.match(text, follower.end(), stop)
        word = thing.group(1)
        return word is None or (word.lower() in vocab.function_words and word.lower() not in ("of", "an")) or \
            (nouns_capitalised and word.islower() and not _ATTRIBUTIVE.match(text, thing.end(), stop))
    if nouns_capitalised and word.islower() and word not in vocab.function_words and \
            _ATTRIBUTIVE.match(text, follower.end(), stop):
        return False                               # "142 russischen Sturmangriffen": an adjective, then its noun
    # an adverb ("eventually", "so far") is no noun either, nor a participle that ends the phrase ("out of 11,000
    # sent", "3,000 killed and")
    if not nouns_capitalised and word in _FINITE_VERBS:
        return True                                # "roughly 15,000 went in two waves": a verb, the noun is elsewhere
    if not nouns_capitalised and word in _PARTICIPLES:
        after = _FOLLOWER.match(text, follower.end(), stop)
        return after.group(1) is None or after.group(1).lower() in vocab.function_words
    return word.islower() and (nouns_capitalised or word.lower() in vocab.function_words or word.endswith("ly"))


# English finite verbs that never stand before a noun as its adjective
_FINITE_VERBS = frozenset({"went", "came", "fell", "fought", "died", "arrived", "remain", "remained", "remains", "served",
                           "crossed", "reached", "joined", "returned", "lost", "suffered", "sustained", "took",
                           "participated"})
_OPENS_A_PART = frozenset({"including", "excluding", "among", "plus"})   # a part or an addition after the number
_PARTICIPLES = frozenset({"sent", "deployed", "dispatched", "stationed", "moved", "transferred", "shipped", "rotated",
                          "posted", "based", "left", "gone", "held", "kept", "positioned", "massed", "waiting",
                          "expected", "due", "scheduled", "slated", "set"})




def _noun_before(text: str, before_from: int, start: int, vocab: Vocabulary) -> tuple[str, str | None]:
    # from where the number's own clause opens ("1,000 dead ... - and that Russia is asking for 20,000 more")
    opens = clause_start(text, max(before_from, start - 2 * NOUN_WINDOW), start)
    if before_from > 0 and text[before_from - 1].isalnum():
        # right after another figure and joined to it: the words before "and" are that figure's ("Some 300 are dead and
        # about 2,700 are wounded")
        joined = _JOINED_NEXT.search(text, opens, start)
        opens = joined.end() if joined else opens
    # (never losses named as a cause or a purpose: "Trotz hoher Verluste schickt Pjöngjang weitere 3.000", "rotated
    # 3,000 to make up for its losses and is expected to dispatch a further 2,000")
    # (nor the batches a sending came in: "sent some 15,000 troops in two rounds, of which an estimated 4,700 ...")
    lead = max(0, opens - BATCHES_LEAD)             # (the phrase may open before the window: "in two| rounds, of which")
    window = _BATCHES_PHRASE.sub(_blank, text[lead:start])[opens - lead:]
    window = _SOURCE_PHRASE.sub(_blank, PURPOSE_BEFORE.sub(_blank, CAUSE_BEFORE.sub(_blank, window)))
    # no compound's literal in the window: each class without its compounds finds the same (see _noun_after)
    patterns = vocab.noun_patterns if vocab.noun_cores.search(window) else vocab.simple_noun_patterns
    found = [(m.start(), m.end(), noun_class) for noun_class, pattern in patterns.items() for m in pattern.finditer(window)]
    # the last noun (the first class in the vocabulary's order at one position), never one inside a longer noun that
    # starts before it: "the engineering contingent" are sappers
    outer = [f for f in found if not any(o[0] < f[0] and f[1] <= o[1] for o in found)]
    last = max(outer, key=lambda f: f[0], default=None)
    if last is not None and before_from > 0 and text[before_from - 1].isalnum() and \
            not text[before_from:opens + last[0]].strip() and text.find(";", opens + last[1], start) >= 0:
        # the noun right after the figure before is that figure's own, past a semicolon: "darunter 1.500
        # Gefallene; nur zwei seien lebend gefangen genommen worden"
        last = None
    best = None
    if last is not None:
        word = _WORD.match(window[last[0]:])
        best = (last[0], last[2], word.group(0) if word else window[last[0]:last[1]])
    among = _among_a_base(text, window, best, (before_from, opens), vocab) if best is not None else None
    if among is not None:
        return among
    if best is None:
        return _fronted_before_its_relative(text, start, vocab) or \
            _antecedent_noun(text, max(before_from, opens - NOUN_WINDOW), start, vocab)
    head = _GENITIVE_HEAD.search(text, max(before_from, opens + best[0] - NOUN_WINDOW), opens + best[0])
    if best[1] in PERSONNEL_CLASSES and head is not None:
        # "Den Blutzoll der Nordkoreaner veranschlagt ... auf 5.000": the people are the genitive of what is counted
        # (its head of one word or two: "Den Blutzoll der", "The casualty count among North Korean troops")
        heads = (head.group(2), f"{head.group(1)} {head.group(2)}") if head.group(1) else (head.group(2),)
        for words in heads:
            for noun_class, pattern in vocab.noun_patterns.items():
                if noun_class in (*STATE_PAIR, "casualty") and _whole(pattern, words):
                    return noun_class, words
    if _joined_to_the_other_state(window[:best[0]], best[1], vocab):   # "die Zahl der Toten und Verletzten auf 3.000": both
        return "casualty", best[2]
    return best[1], best[2]


def _joined_to_the_other_state(before: str, noun_class: str, vocab: Vocabulary) -> bool:
    """Whether a noun of the dead or the wounded follows a noun of the other state joined to it ("Toten und Verletzten"):
    both are counted."""
    if noun_class not in STATE_PAIR:
        return False
    joined = _STATE_JOINED_BEFORE.search(before)
    return joined is not None and any(other != noun_class and other in STATE_PAIR and _whole(pattern, joined.group(1))
                                      for other, pattern in vocab.noun_patterns.items())


# who says so, between a noun and its figure: never the counted noun ("Die Zahl der Granaten liegt nach Angaben der
# Fachleute bei rund 200.000", "the number of shells, according to experts, stands at")
_SOURCE_PHRASE = re.compile(r"\b(?:nach\s+(?:[\w-]+\s+)?(?:angaben|einschätzung|schätzung(?:en)?|erkenntnissen|informationen|"
                            r"worten|darstellung|ansicht)|laut|according\s+to|citing|unter\s+berufung\s+auf)\s+(?:(?:der|des|dem|den|"
                            r"die|the)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s*,|\s+(?:bei|auf|at|is|are|was|were|stands?|stood|"
                            r"liegt|liegen|lag|lagen)\b)", re.IGNORECASE)
_JOINED_NEXT = re.compile(r"\b(?:and|und|sowie|while|whereas|während|but|aber)\s+(?:(?:about|some|around|roughly|nearly|"
                          r"almost|more than|over|another|a further|rund|etwa|gut|knapp|fast|mehr als|über|weitere\w*)\s+)*$",
                          re.IGNORECASE)
# the noun a relative clause opening the number's clause hangs on: "the contingent, which", "die Truppe, die"
# (past a place after it: "its troops in Russia, which number about 11,000")
_ANTECEDENT = re.compile(r"([^\W\d_][\w-]*)(?:\s+(?:in|im|at|near|bei|aus|from|on)\s+(?:the\s+|der\s+|dem\s+)?[\w'’-]+)?"
                         # (or a restrictive one without its comma: "a contingent that numbered close to 14,000")
                         r"(?:\s*,\s*(?:which|who|die|den|das|welche\w*)|\s+(?:that|which))\s+[^,;.:\d]*$", re.IGNORECASE)
_GENITIVE_HEAD = re.compile(r"(?:([^\W\d_][\w-]*)\s+)?([^\W\d_][\w-]*)\s+(?:der|des|of|of the|among|unter den|bei den)\s+"
                           r"(?:[^\W\d_][\w-]*\s+){0,2}$", re.IGNORECASE)


# the head of losses and the base they are among, right before that base's figure: "casualty count among the roughly"
_HEAD_AMONG_A_FIGURE = re.compile(r"(?:([^\W\d_][\w-]*)\s+)?([^\W\d_][\w-]*)\s+(?:among|amongst|unter|bei)\s+"
                                  r"(?:(?:the|den|its|their|seinen|ihren)\s+)?(?:(?:some|about|around|roughly|nearly|more than|"
                                  r"over|rund|etwa|knapp|gut|über|mehr als|insgesamt|total|all)\s+)*[\d][\d.,’' ]*$",
                                  re.IGNORECASE)
BASE_HEAD_REACH = 80
_OWN_NOUN_PHRASE_GAP = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,3}")   # the figure's adjectives before its noun


def _among_a_base(text: str, window: str, best: tuple[int, str, str], span: tuple[int, int],
                  vocab: Vocabulary) -> tuple[str, str | None] | None:
    """Losses and the base they are among: the figure after losses named "among" a base counts the base ("their losses
    among the roughly 11,000 sent"); a figure after the base's own noun counts the losses named before it ("the overall
    casualty count among the roughly 11,000 North Koreans now stood at about 3,000"); else None."""
    before_from, opens = span
    if best[1] in (*STATE_PAIR, "casualty") and _AMONG_A_BASE.search(window, best[0]):
        return "troops", None
    if best[1] in PERSONNEL_CLASSES and before_from > 0 and text[before_from - 1].isalnum() and \
            _OWN_NOUN_PHRASE_GAP.fullmatch(text, before_from, opens + best[0]):
        return _losses_of_a_base_before(text, before_from, vocab)
    return None


def _losses_of_a_base_before(text: str, base_end: int, vocab: Vocabulary) -> tuple[str, str] | None:
    """The class of losses whose head noun stands right before "among" the base figure ending at ``base_end``."""
    head = _HEAD_AMONG_A_FIGURE.search(text, max(0, base_end - BASE_HEAD_REACH), base_end)
    if head is None:
        return None
    heads = (head.group(2), f"{head.group(1)} {head.group(2)}") if head.group(1) else (head.group(2),)
    for words in heads:
        for noun_class, pattern in vocab.noun_patterns.items():
            if noun_class in (*STATE_PAIR, "casualty") and _whole(pattern, words):
                # (the dead and the wounded together: "die Zahl der Toten und Verletzten unter den 15.000")
                both = _joined_to_the_other_state(text[max(0, head.start(2) - 40):head.start(2)], noun_class, vocab)
                return ("casualty" if both else noun_class), words
    return None




def _blank(m: re.Match) -> str:
    """A match's words as spaces: what a window holds keeps its offsets."""
    return " " * len(m.group())


def _fronted_before_its_relative(text: str, start: int, vocab: Vocabulary) -> tuple[str, str | None] | None:
    """"Die Menge an Artilleriegranaten, die Nordkorea geliefert hat, schätzt der Dienst auf rund zehn Millionen": the
    noun phrase that opens the sentence, before the relative clause that closes with its comma, is what is counted."""
    fronted = _FRONTED_HEAD.search(text, max(0, start - FRONTED_REACH), start)
    nouns = list(vocab.any_noun.finditer(fronted.group(1))) if fronted is not None else []
    return (noun_class_of(nouns[-1], vocab), nouns[-1].group(0)) if nouns else None


FRONTED_REACH = 240   # characters before a number in which its sentence may open with the noun phrase it counts
_FRONTED_HEAD = re.compile(r"(?:^|(?<=[.!?])\s+|\n)((?:[^\W\d_][\w-]*\s+){0,4}?[^\W\d_][\w-]*)\s*,\s*"
                           r"(?:die|der|das|den|dem|denen|deren|dessen|welche\w*)\s[^,;.:!?\d]*,[^,;.:!?\d]*$", re.IGNORECASE)


def _antecedent_noun(text: str, since: int, start: int, vocab: Vocabulary) -> tuple[str, str | None]:
    """"a third of the contingent, which Kyiv puts at about 11,000": the relative clause's antecedent is counted."""
    antecedent = _ANTECEDENT.search(text, since, start)
    noun = vocab.any_noun.fullmatch(antecedent.group(1)) if antecedent else None
    return (noun_class_of(noun, vocab), antecedent.group(1)) if noun is not None else ("none", None)


def _whole(pattern: re.Pattern, word: str) -> bool:
    m = pattern.match(word)
    return m is not None and m.end() == len(word)


def _noun_after(text: str, end: int, stop: int, vocab: Vocabulary) -> tuple[str, str | None]:
    """The first vocabulary noun in the window after a number; at one position the first class in
    the vocabulary's order (one search over every class: ``vocab.any_noun``)."""
    # a German extended attribute between the number and its noun ("die zwei | in der Ukraine festgehaltenen |
    # nordkoreanischen Kriegsgefangenen"): the window opens after it
    extended = _EXTENDED_ATTRIBUTE.match(text, end, stop)
    # (losses named as a cause count nothing of its own: "roughly 8,000 remained in Kursk after heavy losses")
    window = CAUSE_BEFORE.sub(_blank, text[end:min(stop, (extended.end() if extended else end) + NOUN_WINDOW)])
    # where the number's words end: a subordinate clause ("bei rund 11.000, weil Pjöngjang seine Verluste ..."), a new
    # clause right after its comma ("auf rund 600, die der Verwundeten auf ..."), the main clause's predicate going on
    # ("The troops, who number about 12,000 according to Seoul, have suffered losses"), the next figure's gapped phrase
    # ("put the deployment at 15,000 and the casualties at 4,700")
    subordinate = _SUBORDINATE.search(window) or _NEW_CLAUSE_AFTER.match(window) or \
        _PREDICATE_AFTER.search(window) or _GAPPED_NEXT.match(window)
    if subordinate is not None:
        window = window[:subordinate.start()]
    # a comma or semicolon after the number's own words ends them ("145 drones overnight, Ukraine's air force
    # said": the force is not what the 145 counts)
    closing = _PHRASE_END.search(window)
    if closing is not None and closing.start() > 0:
        window = window[:closing.start()]
    # no compound's literal in the window ("soldat" of "\w*soldat\w*"): the alternation without compounds finds the same
    m = (vocab.any_noun if vocab.noun_cores.search(window) else vocab.any_simple_noun).search(window)
    if m is None:
        return "none", None
    best = _noun_found(m, window, vocab)
    # "Zwei verletzte Soldaten ... in Gefangenschaft geraten", "2,000 dead soldiers": a state word right before a noun of
    # people is its adjective; the people are counted and the clause's verb says what befell them
    # (a German noun is capitalised: a lowercase word of people right before a capitalised noun of people is its
    # adjective too, "5.000 uniformierte Bauleute" are builders)
    person = _person_after_an_adjective(window, m.end(), vocab) if best[1] in STATE_PAIR else \
        _person_after_an_adjective(window, best[0] + len(best[2]), vocab, capitalised=True) \
        if best[1] in PERSONNEL_CLASSES and best[2][:1].islower() else None
    if person is not None:
        m = person
        best = _noun_found(m, window, vocab)
    if best[1] == "construction_workers" and _CIVILIAN.search(window, 0, m.start()):
        best = (best[0], "workers", best[2])       # "6.000 zivile Bauarbeiter": builders, but no soldiers
    # the whole noun for what follows it ("military engineers and builders", not "military")
    whole = (m.start(), best[1], m.group(0)) if len(m.group(0)) > len(best[2]) else best
    # the unit after the noun may run past the window ("soldiers from road-building and construction battalions")
    # (past a count of the units themselves: "5.000 Soldaten aus zwei Baubrigaden")
    reach = stop + UNIT_REACH if _UNITS_COUNTED_NEXT.search(text, end, stop) else stop
    wide = text[end:min(reach, end + NOUN_WINDOW + UNIT_REACH)] if subordinate is None else window
    # (so may the noun coordinated with it: "6.000 nordkoreanische Militärbauarbeiter und Minenräumer")
    return _unit_class(wide, whole, vocab) or _coordinated_class(wide, whole, vocab), best[2]


# "abgefangen" (intercepted), "aufgefangen", "eingefangen": other verbs than "gefangen (genommen)"
_OTHER_VERB_OF_FANGEN = re.compile(r"(?:ab|auf|ein)gefangen", re.IGNORECASE)
_THE_NORTHS_PEOPLE = re.compile(r"nordkoreaner\w*\b|north\s+koreans\b", re.IGNORECASE)
_UNITS_COUNTED_NEXT = re.compile(r"\s(?:aus|von|from|of)\s+$", re.IGNORECASE)
def _person_after_an_adjective(window: str, at: int, vocab: Vocabulary, *, capitalised: bool = False) -> re.Match | None:
    """The noun of people right after a word that stands before it as its adjective (``capitalised``: only a capitalised
    one, as every German noun is), else None."""
    head = _ADJECTIVE_GAP.match(window, at)
    if head is None or (capitalised and not window[head.end()].isupper()):
        return None
    person = vocab.any_noun.match(window, head.end())
    return person if person is not None and noun_class_of(person, vocab) in PERSONNEL_CLASSES else None


_EXTENDED_ATTRIBUTE = re.compile(r"\s+(?:in|im|an|am|auf|aus|bei|beim|von|vom|nach|mit|unter|über|seit|für|gegen)\s+"
                                 r"(?:(?:der|dem|den|des|die|das|einer|einem|einen)\s+)?(?:[a-zäöüß]+(?:en|e|er|es|em)\s+)*"
                                 r"[A-ZÄÖÜ][\w-]*\s+(?=(?:[a-zäöüß]+(?:en|e|er|es|em)\s+)+[A-ZÄÖÜ])")


def _noun_found(m: re.Match, window: str, vocab: Vocabulary) -> tuple[int, str, str]:
    """Where a noun of ``vocab.any_noun`` starts in ``window``, its class and its word."""
    word = _WORD.match(window, m.start())
    found = noun_class_of(m, vocab)
    if found in _THING_CLASSES and _THING_HEAD_AFTER.match(window, m.end()):
        found = "none"                             # "two ammunition depots", "three munitions factories": the head
    if word is not None and _OTHER_VERB_OF_FANGEN.match(word.group(0)):
        found = "none"                             # "46 abgefangene Drohnen": intercepted, never taken prisoner
    if word is not None and "-" in word.group(0) and m.end() < word.end():
        # a hyphenated compound is its last part's: "soldier-builders" are builders, "Minen-Entschärfer" sappers
        head = vocab.any_noun.fullmatch(word.group(0).rsplit("-", 1)[1])
        if head is not None and noun_class_of(head, vocab) in PERSONNEL_CLASSES:
            return m.start(), noun_class_of(head, vocab), word.group(0)
    return m.start(), _compound_head_class(word.group(0), found, vocab) if word else found, \
        word.group(0) if word else m.group(0)


def _compound_head_class(word: str, found: str, vocab: Vocabulary) -> str:
    """The class of a German compound by its head: a class's stem ("truppe" of "\\w*truppe\\w*") that only modifies
    another noun ("auf vier Truppenübungsplätzen", "ein Munitionslager", "der Gefangenenaustausch") counts that noun,
    unknown to the vocabulary (``none``) unless it is itself a class's noun; a unit, a number or a strength keeps the
    stem's class ("Pioniereinheiten", "Soldatenzahl", "Truppenstärke")."""
    cores = _per_vocabulary(vocab, _open_cores).get(found)
    if not cores:
        return found
    lower = word.lower()
    ends = [lower.rfind(core) + len(core) for core in cores if core in lower]
    if not ends:
        return found
    tail = lower[max(ends):]
    head = _LINKING.sub("", tail, count=1)
    if _INFLECTION.fullmatch(tail) or len(head) < 4 or _KEEPS_THE_STEM.match(tail) or _KEEPS_THE_STEM.match(head):
        return found
    other = vocab.any_noun.fullmatch(tail) or vocab.any_noun.fullmatch(head)
    if other is None:
        return "none"
    # (people for a head: the stem says which people, "Pioniersoldaten" are sappers)
    return found if noun_class_of(other, vocab) in PERSONNEL_CLASSES else noun_class_of(other, vocab)


def _open_cores(vocab: Vocabulary) -> dict[str, tuple[str, ...]]:
    """Each class's stems that a compound may go on after (alternatives "\\w*<stem>\\w*")."""
    cores: dict[str, tuple[str, ...]] = {}
    for name, pattern in vocab.noun_patterns.items():
        found = tuple(_OPEN_STEM.findall(pattern.pattern))
        if found:
            cores[name] = found
    return cores


# an English noun of things before the head it modifies: a place, a plant or a load of them
_THING_CLASSES = ("munitions", "equipment")
_THING_HEAD_AFTER = re.compile(r"\s+(?:depots?|dumps?|stores|storage|warehouses?|plants?|factor(?:y|ies)|facilit(?:y|ies)|"
                               r"sites?|production|lines?|belts?|crates?|trucks?|trains?|shipments?|deliveries|"
                               # (launches and tests are events: "two ballistic missile launches", "drei Raketentests")
                               r"launch(?:es)?|tests?|firings)\b", re.IGNORECASE)
_OPEN_STEM = re.compile(r"(?<=[|:])\\w\*([a-zäöüß]+)\\w\*(?=[|)])")
# what may follow a stem inside its own word: an inflection ("Soldaten", "Offizierinnen", "Kontingents")
_INFLECTION = re.compile(r"(?:e|en|n|s|es|er|ern|in|innen|nen)?")
_LINKING = re.compile(r"^(?:en|es|n|s|e)?-?")       # the joint before a head ("Truppen|übungsplatz", "Offiziers|schule")
# heads that keep the stem's class: units, groups, numbers and strengths of the stem's people or things
_KEEPS_THE_STEM = re.compile(r"(?:einheit|bataillon|regiment|brigade|division|kompanie|trupp|verb[aä]nd|teil|zahl|stärke|"
                             r"kontingent|gruppe|kolonne|korps|personal|kräfte|verlust|toten|opfer|angehörig|spezialist|"
                             r"experte|fachkr|fachleute|führer|kommandeur|nachschub|verstärkung|lieferung|sendung|ladung)")


def noun_class_of(m: re.Match, vocab: Vocabulary) -> str:
    """The class of a match of ``vocab.any_noun`` (or ``any_simple_noun``): its groups are numbered in the
    vocabulary's order of classes."""
    return _per_vocabulary(vocab, _noun_classes)[int(m.lastgroup[1:])]


def _noun_classes(vocab: Vocabulary) -> tuple[str, ...]:
    return tuple(vocab.noun_patterns)


_CIVILIAN = re.compile(r"\b(?:zivil\w*|civilian)\s+$", re.IGNORECASE)
_PHRASE_END = compile_prefiltered(r"(?<=\S)\s*[,;]|\s[–—]\s+(?=(?:ein|eine|einer|einen|der|die|das|a|an|the)\s)")   # (or a dashed apposition)
_NEW_CLAUSE_AFTER = re.compile(r"\s*[,;]\s*(?:die|der|das|den|dem|which|who|while|whereas|and|und)\s+(?:der|die|des|the)\b",
                               re.IGNORECASE)
_PREDICATE_AFTER = re.compile(r",\s*(?:have|has|had|are|were|is|was|will|would|could|can|may|might|must|should|"
                              r"haben|hat|hatten|hatte|sind|ist|waren|war|wird|werden|wurden|sollen|soll)\s", re.IGNORECASE)
# an unknown head before a preposition or a German genitive: "150 calls from prisoners", "100 Anfragen
# nordkoreanischer Soldaten" count calls and requests
_HEAD_BEFORE = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_]{3,}\s+(?:from|with|to|for|by|over|against|von|mit|für|wegen)\s"
                          r"|\s*(?-i:[A-ZÄÖÜ][a-zäöüß]{3,})\s+(?:der|des|(?-i:[a-zäöü]+er))\s"
                          # "20 buses carried the troops": an unknown plural, then its verb in the past
                          r"|\s*(?-i:[a-z]{3,}s)\s+(?-i:[a-z]{2,}ed)\s")
# "5.000 Soldaten aus Bautruppen", "soldiers from road-building and construction battalions": the unit decides
_FROM_UNIT = re.compile(r"\s+(?:(?:aus|von|from|of)\s+|(?=(?:der|des|eines|einer|seiner|ihrer|[a-zäöü]+er)\s))"   # or a genitive ("nordkoreanischer")
                        r"(?:(?:den|der|des|eines|einer|the|its|their|seinen|ihren|seiner|ihrer)\s+)?(?:[\w'’-]+\s+(?:and\s+|und\s+)?){0,3}",
                        re.IGNORECASE)


def _unit_class(window: str, best: tuple[int, str, str], vocab: Vocabulary) -> str | None:
    start, noun_class, word = best
    if noun_class not in ("troops", "people"):     # "2,000 North Koreans from road building units" too
        return None
    m = _FROM_UNIT.match(window, start + len(word))
    if m is None:
        return None
    units = [other_class for other_class in ("construction_workers", "sappers")
             if (found := vocab.noun_patterns[other_class].search(window, start + len(word), m.end() + 40)) is not None
             and found.start() <= m.end()]
    return units[0] if len(units) == 1 else None   # both ("von Pionier- und Baueinheiten"): a total, troops


UNIT_REACH = 40   # characters past the noun window a unit named after the noun may reach
_ADVERB = re.compile(r"(?:leicht|schwer|schwerst|lightly|seriously|badly|severely)\s+", re.IGNORECASE)
_COORDINATION = re.compile(r"\s*(?:und|sowie|oder|and|or|as well as|&)\s+", re.IGNORECASE)
# a noun and the coordination right before another: "Toten und", "dead and" (_COORDINATION's words)
_STATE_JOINED_BEFORE = re.compile(r"(\w+)" + _COORDINATION.pattern + r"$", re.IGNORECASE)
MIXED_TOTAL = "troops"   # a total of two kinds ("6.000 Pioniere und Militärbauarbeiter") counts troops
CONSTITUENT_CLASSES = ("sappers", "construction_workers", "troops", "workers")
_CIVILIAN_PAIR = {"construction_workers", "workers"}   # builders and workers together: a labour force, not troops


STATE_PAIR = ("killed", "wounded")   # "Tote und Verletzte", "dead and wounded": killed or wounded together
PERSONNEL_CLASSES = ("troops", "people", "sappers", "construction_workers")
_ADJECTIVE_GAP = re.compile(r"[ \t\u00a0]+(?=[^\W\d_])")   # a state word and the noun it qualifies, on one line


def _coordinated_class(window: str, best: tuple[int, str, str], vocab: Vocabulary) -> str:
    """"6.000 Pioniere und Militärbauarbeiter": two kinds of personnel coordinated count troops;
    "3.000 Tote und Verletzte": the killed and the wounded together are casualties."""
    start, noun_class, word = best
    kinds = CONSTITUENT_CLASSES if noun_class in CONSTITUENT_CLASSES else STATE_PAIR if noun_class in STATE_PAIR else ()
    if kinds is CONSTITUENT_CLASSES and _suspended_other_kind(window[:start], word, noun_class, vocab):
        return MIXED_TOTAL                         # "6.000 Bau- und Pioniersoldaten": builders and sappers
    m = _COORDINATION.match(window, start + len(word)) if kinds else None
    if m is None:
        return noun_class
    after = m.end() + (len(adverb.group(0)) if (adverb := _ADVERB.match(window, m.end())) else 0)   # "Tote und leicht Verletzte"
    for other_class, pattern in vocab.noun_patterns.items():
        if other_class != noun_class and other_class in kinds and pattern.match(window, after):
            if {noun_class, other_class} == _CIVILIAN_PAIR:   # "15.000 Bauarbeiter und Fachkräfte": no soldier among them
                return "workers"
            return MIXED_TOTAL if kinds is CONSTITUENT_CLASSES else "casualty"
    return noun_class


# the first part of a compound whose head is left to the next one: "Bau- und Pioniersoldaten"
_SUSPENDED_BEFORE = re.compile(r"([^\W\d_]+)-\s+(?:und|oder|sowie)\s+$")


def _suspended_other_kind(before: str, word: str, noun_class: str, vocab: Vocabulary) -> bool:
    """Whether a suspended first part before a noun ("Bau- und Pioniersoldaten") makes, with the noun's head, a noun of
    another kind of personnel than the noun's own."""
    m = _SUSPENDED_BEFORE.search(before)
    if m is None:
        return False
    for cut in range(len(word) - 3, 0, -1):        # the head: the shortest ending of the word that is a noun itself
        if vocab.any_noun.fullmatch(word[cut:].lower()) is not None:
            joined = vocab.any_noun.fullmatch(m.group(1).lower() + word[cut:].lower())
            other = noun_class_of(joined, vocab) if joined is not None else None
            return other != noun_class and other in CONSTITUENT_CLASSES
    return False


def other_noun(text: str, end: int, stop: int) -> str | None:
    """The word right after a number, when no vocabulary noun follows it."""
    m = _NEXT_WORD.match(text, end, stop)     # at the position: no copy of the rest of a long sentence
    return m.group(1) if m else None


def _any_measure(vocab: Vocabulary) -> tuple[frozenset, re.Pattern, re.Pattern]:
    """Every measure's units, and one pattern each of every measure's words before and after a number:
    where they find nothing, no measure's own pattern does (an alternation tries each of them in turn)."""
    def union(patterns: list[re.Pattern]) -> re.Pattern:
        flags = {p.flags for p in patterns}
        if len(flags) > 1:                         # one flag set per union, else a pattern that always finds
            return re.compile("")
        return filtered(compile_prefiltered("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!x)x", flags.pop() if flags else 0))
    measures = vocab.measures.values()
    return (frozenset(u for m in measures for u in m.units), union([m.before for m in measures if m.before]),
            union([m.after for m in measures if m.after]))


def measure_of(text: str, start: int, end: int, unit: str | None, line_start: int, vocab: Vocabulary) -> str | None:
    """What a number measures when it does not count ("age", "duration", "distance", ...), else None."""
    before = text[max(line_start, start - 40):start]
    line_end = text.find("\n", end, end + 80)     # a measure's words after it stand on its line ("rund 50\nEinwohner: ...")
    after = text[end:line_end if line_end >= 0 else end + 80]
    paired = _per_vocabulary(vocab, _paired).match(text, end, end + 30)   # "20 und 26 Jahre alt": the unit of the second
    # is the first's
    afters = (after, text[paired.end():paired.end() + 30]) if paired else (after,)
    age = _AGE_WRITTEN.fullmatch(text, start, end)     # "26", or an age bound: "Most are under 30"
    small = age is not None and 14 <= int(age.group(1)) <= 99
    units, any_before, any_after = _per_vocabulary(vocab, _any_measure)
    if unit not in units and any_before.search(before) is None and any_after.match(after) is None and \
            (paired is None or any_after.match(afters[1]) is None) and not (small and _APPOSITIVE_END.match(after)):
        return None                                # no measure's words at all: one search, not one per measure
    for name, measure in vocab.measures.items():
        if (unit is not None and unit in measure.units) or (measure.before and measure.before.search(before)) or \
                (measure.after and any(measure.after.match(a) for a in afters)) or (
                    measure.appositive and small and _APPOSITIVE_END.match(after) and measure.appositive.search(before)):
            return name
    return None


_AGE_WRITTEN = re.compile(r"(?:(?:under|over|unter|über)\s+)?(\d+)")
# "Ri, 27, and Paek, 22 —", "The men, 25 and 21, were": set off as an aside
# (or a clause going on with "and" and no number: "Henning ist 54 und hat lange in Seoul gelebt")
_APPOSITIVE_END = re.compile(r"\s*(?:(?:and|und)\s*\d{1,2}\s*)?(?:[,)—–;]|\.(?!\d)|\s-\s|$)|\s+(?:and|und)\s+(?!\d)")   # "the other 26."
# "20 und 26 Jahre alt", "Einer sei 26, der andere 20 Jahre alt", "one is 24, the other 19 years old"
def _paired(vocab: Vocabulary) -> re.Pattern:
    """A second number joined to a number, in digits or in the vocabulary's words for one to twelve ("10 and four
    years"), whose measure both share."""
    words = sorted({word for language in vocab.words.languages.values() for word, value in language.cardinals.items()
                    if 1 <= value <= 12}, key=len, reverse=True)
    # (or the end of a change from it: "von etwa 500 auf weniger als 200 Quadratkilometer", "from 500 to 200 square km")
    return re.compile(r"\s*(?:und|and|or|oder|,\s*(?:der|die|the)\s+(?:andere|other|zweite|second|jüngere|ältere|younger|"
                      r"older)(?:\s+(?:is|was|ist|war|sei))?|(?:auf|to)(?:\s+(?:weniger als|mehr als|less than|more than|"
                      r"rund|etwa|about|around|knapp|gut|über|unter|some|nearly|fast|just))?)\s+(?:\d+|(?:"
                      + "|".join(map(re.escape, words)) + r"))(?=\s)", re.IGNORECASE)


def is_off_topic(sentence_text: str, vocab: Vocabulary) -> bool:
    """A sentence that names nothing of the topic (North Korea, its soldiers)."""
    return vocab.topic_pattern.search(sentence_text) is None


def classify_quantity(cues: set[str], noun_class: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """Quantity and casualty type from the noun class and the cues that decide the number: the first
    rule (in the vocabulary's order) for the noun class whose cues are all present."""
    for needed, quantity, casualty_type in _per_vocabulary(vocab, _rules_by_noun).get(noun_class, ()):
        if needed <= cues:
            return quantity, casualty_type
    return "other", None


def _rules_by_noun(vocab: Vocabulary) -> dict[str, list[tuple[frozenset[str], str, str | None]]]:
    """The vocabulary's rules for each noun class, in order."""
    table: dict[str, list[tuple[frozenset[str], str, str | None]]] = {}
    for rule in vocab.rules:
        for noun in dict.fromkeys(rule.noun):
            table.setdefault(noun, []).append((frozenset(rule.cues), rule.quantity, rule.casualty_type))
    return table


def is_small_word_count(mention: dict, noun_class: str) -> bool:
    """A small spelled-out exact count with no counted noun ("drei Staaten"): not a claim."""
    is_word = not any(ch.isdigit() for ch in mention["number_text"])
    return (is_word and mention["bound"] == "exact" and (mention["value_best"] or 0) < SMALL_WORD_COUNT
            and mention["unit"] is None and noun_class in ("none", "bare"))
