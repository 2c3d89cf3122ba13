"""What a figure counts: the counted noun after the number and the quantity it makes.

Counted nouns and the rules that map a noun class and cues to a quantity (and
casualty type) come from ``data/quantities.yaml``.  A casualty cue decides only for
the number it belongs to: it is read from the number's own noun phrase first, then
from the rest of its clause up to the next number, then from the words before it
back to the previous number ("Von den 11.000 entsandten Soldaten seien 1.000
gefallen": 11.000 are troops, 1.000 killed).  Numbers that measure something else
(ages, durations, distances, calibres, areas, page furniture) are found by
:func:`measure_of`, and money in a sentence off the topic by :func:`is_off_topic`.
"""

from __future__ import annotations

import re

from ..prefilter import compile_prefiltered
from ..vocabulary import Vocabulary, compound_core

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
    follower = _FOLLOWER.match(text, end, stop)
    strength = _STRENGTH.match(text, end, stop)
    if strength is not None and start is not None:
        # "The regiment, about 1,000 strong", "eine Truppe, die 11.000 Mann stark war": the size of the unit named before
        return _unit_kind_before(text, start, vocab) or "troops", strength.group(0).strip()
    # "At least 200 have died and the injured ...": a verb right after the number, so no noun after it is its own
    verb_after = follower.group(1) is not None and follower.group(1).lower() in _VERB_AFTER
    # "Two, according to officers of the SBU": a comma right after the number closes its noun phrase
    closed = follower.group(1) is None and text.startswith(",", follower.end())
    found = ("none", None) if verb_after or closed else _noun_after(text, end, stop, vocab)
    if found[1] is not None and _HEAD_BEFORE.match(text[end:end + max(0, text.find(found[1], end, stop) - end)]):
        return "none", None                        # "150 calls from prisoners": the unknown head before a preposition
    if found[0] == "none" and before_from is not None and start is not None and _no_noun_follows(text, follower, stop, nouns_capitalised, vocab):
        found = _noun_before(text, before_from, start, vocab)
        if found[0] == "none":
            found = _number_of_after(text, end, stop, vocab)
        if found[0] == "none":
            return "bare", None                    # no noun at all: "Die ersten 2.600 sollen ... verlegt werden"
    generic = found[0] in ("people", "none") and (follower.group(1) or "").lower() in _GENERIC_PEOPLE
    if generic and before_from is not None and start is not None:                     # "die Entsendung von Arbeitern ... auf rund 15.000 Personen": the
        named = _noun_before(text, before_from, start, vocab)   # kind named before in the clause
        if named[0] in ("workers", "sappers", "construction_workers", "captured"):
            return named
    if found[0] in ("troops", "people") and start is not None:
        lo = max(0, start - UNIT_REACH - 20)
        unit = _UNIT_OF.search(text, lo, start) if _UNIT_WORD_AT_END.search(text, lo, start) else None
        kinds = [k for k in UNIT_KINDS if vocab.noun_patterns[k].search(unit.group(1))] if unit else []
        if len(kinds) == 1:                        # "a sapper unit of several hundred men": the unit's kind
            return kinds[0], found[1]
    noun_at = text.find(found[1], end, stop) if found[0] in ("troops", "people") and found[1] else -1
    if noun_at >= 0:                               # "1.500 Nordkoreaner sollen als Bauarbeiter kommen": the role
        role = _role_after(text, noun_at + len(found[1]), stop, vocab)
        if role is not None:
            return role, found[1]
    return found


# the role people are sent in, after their noun in the same clause: "als Bauarbeiter", "to work as deminers"
_ROLE_AS = re.compile(r"(?<!\bwell )(?<!\bsuch )\b(?:als|as)\s+(?!well\b)((?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)(?=\s*(?:[^\w\s-]|$|\s(?:in|im|an|nach|für|to|for|at|on|und|and|zu|bei)\b))",
                      re.IGNORECASE)
UNIT_KINDS = ("construction_workers", "sappers")   # kinds a unit's name gives the people in it
ROLES = UNIT_KINDS + ("workers",)


def _role_after(text: str, noun_end: int, stop: int, vocab: Vocabulary) -> str | None:
    clause = _CLAUSE_END.search(text, noun_end, stop)
    role = _ROLE_AS.search(text, noun_end, clause.start() if clause else stop)
    if role is None:
        return None
    kinds = [k for k in ROLES if k in vocab.noun_patterns and vocab.noun_patterns[k].search(role.group(1))]
    return kinds[0] if kinds else None


# a unit of a kind right before the number: "a sapper unit of", "eine Pioniereinheit von", "Baubataillone mit"
_UNIT_WORD = (r"(?:units?|battalions?|brigades?|regiments?|teams?|crews?|contingents?|"
              r"einheit\w*|bataillon\w*|brigade\w*|regiment\w*|trupp\w*|kolonne\w*|kontingent\w*|verb[aä]nd\w*)")
_UNIT_TAIL = (r"\s+(?:of|von|mit|aus)\s+(?:(?:some|about|around|roughly|up to|more than|etwa|rund|gut|knapp|bis zu|"
              r"mehr als|über)\s+)*$")
_GENERIC_PEOPLE = frozenset({"personen", "menschen", "people", "persons", "individuals"})
_UNIT_PHRASE_SOURCE = r"(?:[\w-]+\s+){0,2}[\w-]*" + _UNIT_WORD   # a unit word and up to two words before it
_UNIT_OF = re.compile("(" + _UNIT_PHRASE_SOURCE + ")" + _UNIT_TAIL, re.IGNORECASE)
# every match of _UNIT_OF holds a unit word and the tail after it: where one scan for those (its first character
# dispatched) finds none, _UNIT_OF, which tries its words at every position, is not searched (85 -> 3 us a figure)
_UNIT_WORD_AT_END = compile_prefiltered(_UNIT_WORD + _UNIT_TAIL, re.IGNORECASE)

_STRENGTH = re.compile(r"\s+(?:(?:mann|men|soldaten|soldiers|troops)\s+)?(?:strong|stark)\b", re.IGNORECASE)
UNIT_KIND_REACH = 300   # characters back to the unit whose strength a number gives


def _unit_kind_before(text: str, start: int, vocab: Vocabulary) -> str | None:
    """The kind (sappers, construction workers) of the last unit named before a strength, if it has one."""
    units = list(_UNIT_PHRASE.finditer(text, max(0, start - UNIT_KIND_REACH), start))
    for unit in reversed(units):
        kinds = [k for k in UNIT_KINDS if vocab.noun_patterns[k].search(unit.group(0))]
        if kinds:
            return kinds[0]
    return None


_UNIT_PHRASE = re.compile(_UNIT_PHRASE_SOURCE, re.IGNORECASE)


# "Auf mindestens 11.000 schätzt das Pentagon die Zahl der nordkoreanischen Soldaten": the figure fronted, the
# noun it counts in "die Zahl der ..." later in its clause
_NUMBER_OF = re.compile(r"\b(?:die|the|its|their|seine|ihre)\s+(?:Gesamt)?(?:zahl|anzahl|number|total|count)\s+(?:der|an|von|of)\s+",
                        re.IGNORECASE)


def _number_of_after(text: str, end: int, stop: int, vocab: Vocabulary) -> tuple[str, str | None]:
    clause = _CLAUSE_END.search(text, end, stop)
    m = _NUMBER_OF.search(text, end, clause.start() if clause else stop)
    return _noun_after(text, m.end(), stop, vocab) if m else ("none", None)


_VERB_AFTER = frozenset({"have", "has", "had", "were", "are", "was", "is", "sind", "seien", "waren", "wurden", "haben",
                         "hätten", "hatten"})
_ATTRIBUTIVE = re.compile(r"(?<=e|n|r|s|m)\s+[A-ZÄÖÜ][a-zäöüß]")   # an inflected adjective right before a noun
_FOLLOWER = re.compile(r"[\s\u00a0]*([^\W\d_][\w'-]*)?")


def _no_noun_follows(text: str, follower: re.Match, stop: int, nouns_capitalised: bool, vocab: Vocabulary) -> bool:
    """Whether the number has no noun of its own after it (a verb, an adverb, a function word, a
    counter word, or nothing): only then does a noun before it say what it counts.  Where the
    language capitalises every noun (German), any lowercase word after the number is no noun.  ``follower``:
    :data:`_FOLLOWER` matched right after the number."""
    word = follower.group(1)
    if word is None:
        return True
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
    if not nouns_capitalised and word in _PARTICIPLES:
        after = _FOLLOWER.match(text, follower.end(), stop)
        return after.group(1) is None or after.group(1).lower() in vocab.function_words
    return word.islower() and (nouns_capitalised or word.lower() in vocab.function_words or word.endswith("ly"))


_PARTICIPLES = frozenset({"sent", "deployed", "dispatched", "stationed", "moved", "transferred", "shipped", "rotated",
                          "posted", "based", "left", "gone"})




def _noun_before(text: str, before_from: int, start: int, vocab: Vocabulary) -> tuple[str, str | None]:
    # from where the number's own clause opens ("1,000 dead ... - and that Russia is asking for 20,000 more")
    opens = clause_start(text, max(before_from, start - 2 * NOUN_WINDOW), start)
    window = text[opens:start]
    best: tuple[int, str, str] | None = None
    # no compound's literal in the window: each class without its compounds finds the same (see _noun_after)
    patterns = vocab.noun_patterns if vocab.noun_cores.search(window) else vocab.simple_noun_patterns
    for noun_class, pattern in patterns.items():
        for m in pattern.finditer(window):
            if best is None or m.start() > best[0]:
                word = _WORD.match(window[m.start():])
                best = (m.start(), noun_class, word.group(0) if word else m.group(0))
    if best is None:
        antecedent = _ANTECEDENT.search(text, max(before_from, opens - NOUN_WINDOW), start)
        noun = vocab.any_noun.fullmatch(antecedent.group(1)) if antecedent else None
        if noun is not None:                       # "a third of the contingent, which Kyiv puts at about 11,000": the
            return noun_class_of(noun, vocab), antecedent.group(1)   # relative clause's antecedent is counted
        return "none", None
    head = _GENITIVE_HEAD.search(text, max(before_from, opens + best[0] - NOUN_WINDOW), opens + best[0])
    if best[1] in PERSONNEL_CLASSES and head is not None:
        # "Den Blutzoll der Nordkoreaner veranschlagt ... auf 5.000": the people are the genitive of what is counted
        for noun_class, pattern in vocab.noun_patterns.items():
            if noun_class in (*STATE_PAIR, "casualty") and _whole(pattern, head.group(1)):
                return noun_class, head.group(1)
    if best[1] in STATE_PAIR:                      # "die Zahl der Toten und Verletzten auf 3.000": both
        joined = re.search(r"(\w+)" + _COORDINATION.pattern + r"$", window[:best[0]], re.IGNORECASE)
        if joined and any(other != best[1] and other in STATE_PAIR and _whole(pattern, joined.group(1))
                          for other, pattern in vocab.noun_patterns.items()):
            return "casualty", best[2]
    return best[1], best[2]


# the noun a relative clause opening the number's clause hangs on: "the contingent, which", "die Truppe, die"
_ANTECEDENT = re.compile(r"([^\W\d_][\w-]*)\s*,\s*(?:which|who|die|den|das|welche\w*)\s+[^,;.:\d]*$", re.IGNORECASE)
_GENITIVE_HEAD = re.compile(r"([^\W\d_][\w-]*)\s+(?:der|des|of|of the)\s+(?:[^\W\d_][\w-]*\s+)?$", re.IGNORECASE)


def _whole(pattern: re.Pattern, word: str) -> bool:
    m = pattern.match(word)
    return m is not None and m.end() == len(word)


def _noun_after(text: str, end: int, stop: int, vocab: Vocabulary) -> tuple[str, str | None]:
    """The first vocabulary noun in the window after a number; at one position the first class in
    the vocabulary's order (one search over every class: ``vocab.any_noun``)."""
    window = text[end:min(stop, end + NOUN_WINDOW)]
    subordinate = _SUBORDINATE.search(window)    # "bei rund 11.000, weil Pjöngjang seine Verluste ...": not its noun
    if subordinate is None:                      # "auf rund 600, die der Verwundeten auf ...": a new clause's
        subordinate = _NEW_CLAUSE_AFTER.match(window)   # noun, right after the number's comma
    if subordinate is None:                      # "The troops, who number about 12,000 according to Seoul, have
        subordinate = _PREDICATE_AFTER.search(window)   # suffered losses": the main clause's predicate goes on
    if subordinate is None:                      # "put the deployment at 15,000 and the casualties at 4,700": the
        subordinate = _GAPPED_NEXT.match(window)  # words after "and" are the next figure's
    if subordinate is not None:
        window = window[:subordinate.start()]
    # no compound's literal in the window ("soldat" of "\w*soldat\w*"): the alternation without compounds finds the same
    m = (vocab.any_noun if vocab.noun_cores.search(window) else vocab.any_simple_noun).search(window)
    if m is None:
        return "none", None
    best = _noun_found(m, window, vocab)
    if best[1] in STATE_PAIR:
        # "Zwei verletzte Soldaten ... in Gefangenschaft geraten", "2,000 dead soldiers": a state word right before a
        # noun of people is its adjective; the people are counted and the clause's verb says what befell them
        head = _ADJECTIVE_GAP.match(window, m.end())
        person = vocab.any_noun.match(window, head.end()) if head else None
        if person is not None and noun_class_of(person, vocab) in PERSONNEL_CLASSES:
            m = person
            best = _noun_found(m, window, vocab)
    if best[1] == "construction_workers" and _CIVILIAN.search(window, 0, m.start()):
        best = (best[0], "workers", best[2])       # "6.000 zivile Bauarbeiter": builders, but no soldiers
    # the whole noun for what follows it ("military engineers and builders", not "military")
    whole = (m.start(), best[1], m.group(0)) if len(m.group(0)) > len(best[2]) else best
    # the unit after the noun may run past the window ("soldiers from road-building and construction battalions")
    wide = text[end:min(stop, end + NOUN_WINDOW + UNIT_REACH)] if subordinate is None else window
    return _unit_class(wide, whole, vocab) or _coordinated_class(window, whole, vocab), best[2]


def _noun_found(m: re.Match, window: str, vocab: Vocabulary) -> tuple[int, str, str]:
    """Where a noun of ``vocab.any_noun`` starts in ``window``, its class and its word."""
    word = _WORD.match(window, m.start())
    return m.start(), noun_class_of(m, vocab), word.group(0) if word else m.group(0)


def noun_class_of(m: re.Match, vocab: Vocabulary) -> str:
    """The class of a match of ``vocab.any_noun`` (or ``any_simple_noun``): its groups are numbered in the
    vocabulary's order of classes."""
    return _per_vocabulary(vocab, _noun_classes)[int(m.lastgroup[1:])]


def _noun_classes(vocab: Vocabulary) -> tuple[str, ...]:
    return tuple(vocab.noun_patterns)


_CIVILIAN = re.compile(r"\b(?:zivil\w*|civilian)\s+$", re.IGNORECASE)
_NEW_CLAUSE_AFTER = re.compile(r"\s*[,;]\s*(?:die|der|das|den|dem|which|who|while|whereas|and|und)\s+(?:der|die|des|the)\b",
                               re.IGNORECASE)
# a gapped phrase for the next figure right after a number: "and the casualties at", "und die Verluste auf"
_GAPPED_NEXT = re.compile(r"\s+(?:and|und|sowie|while|whereas|während)\s+(?:the|die|der|das|its|their|seine|ihre)\s+"
                         r"[^\W\d_][\w-]*\s+(?:at|auf|bei|mit)\b", re.IGNORECASE)
_PREDICATE_AFTER = re.compile(r",\s*(?:have|has|had|are|were|is|was|will|would|could|can|may|might|must|should|"
                              r"haben|hat|hatten|hatte|sind|ist|waren|war|wird|werden|wurden|sollen|soll)\s", re.IGNORECASE)
_SUBORDINATE = re.compile(r",\s*(?:weil|da|dass|obwohl|nachdem|wenn|als|because|since|although|after|when|while)\b",
                          re.IGNORECASE)
# an unknown head before a preposition or a German genitive: "150 calls from prisoners", "100 Anfragen
# nordkoreanischer Soldaten" count calls and requests
_HEAD_BEFORE = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_]{3,}\s+(?:from|with|to|for|by|von|mit|für)\s"
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
MIXED_TOTAL = "troops"   # a total of two kinds ("6.000 Pioniere und Militärbauarbeiter") counts troops
CONSTITUENT_CLASSES = ("sappers", "construction_workers", "troops", "workers")


STATE_PAIR = ("killed", "wounded")   # "Tote und Verletzte", "dead and wounded": killed or wounded together
PERSONNEL_CLASSES = ("troops", "people", "sappers", "construction_workers")
_ADJECTIVE_GAP = re.compile(r"[ \t\u00a0]+(?=[^\W\d_])")   # a state word and the noun it qualifies, on one line


def _coordinated_class(window: str, best: tuple[int, str, str], vocab: Vocabulary) -> str:
    """"6.000 Pioniere und Militärbauarbeiter": two kinds of personnel coordinated count troops;
    "3.000 Tote und Verletzte": the killed and the wounded together are casualties."""
    start, noun_class, word = best
    kinds = CONSTITUENT_CLASSES if noun_class in CONSTITUENT_CLASSES else STATE_PAIR if noun_class in STATE_PAIR else ()
    m = _COORDINATION.match(window, start + len(word)) if kinds else None
    if m is None:
        return noun_class
    after = m.end() + (len(adverb.group(0)) if (adverb := _ADVERB.match(window, m.end())) else 0)   # "Tote und leicht Verletzte"
    for other_class, pattern in vocab.noun_patterns.items():
        if other_class != noun_class and other_class in kinds and pattern.match(window, after):
            return MIXED_TOTAL if kinds is CONSTITUENT_CLASSES else "casualty"
    return noun_class


def other_noun(text: str, end: int, stop: int) -> str | None:
    """The word right after a number, when no vocabulary noun follows it."""
    m = _NEXT_WORD.match(text[end:stop])
    return m.group(1) if m else None


SCOPED_CUES = ("killed", "wounded", "casualties", "captured", "mixed")  # read from the number's own words
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
        self._simple = compile_prefiltered(r"(?<!\w)(?:" + ("|".join(simple) or r"(?!x)x") + ")", re.IGNORECASE)
        self._compounds = compile_prefiltered(r"(?<!\w)(?:" + ("|".join(compounds) or r"(?!x)x") + ")", re.IGNORECASE)
        self._cores = re.compile("|".join(map(re.escape, dict.fromkeys(map(compound_core, compounds)))) or r"(?!x)x",
                                 re.IGNORECASE)

    def search(self, text: str) -> re.Match | None:
        return self._simple.search(text) or (self._compounds.search(text) if self._cores.search(text) else None)


def _any_measure(vocab: Vocabulary) -> tuple[frozenset, re.Pattern, re.Pattern]:
    """Every measure's units, and one pattern each of every measure's words before and after a number:
    where they find nothing, no measure's own pattern does (an alternation tries each of them in turn)."""
    def union(patterns: list[re.Pattern]) -> re.Pattern:
        flags = {p.flags for p in patterns}
        if len(flags) > 1:                         # one flag set per union, else a pattern that always finds
            return re.compile("")
        return compile_prefiltered("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!x)x", flags.pop() if flags else 0)
    measures = vocab.measures.values()
    return (frozenset(u for m in measures for u in m.units), union([m.before for m in measures if m.before]),
            union([m.after for m in measures if m.after]))


TENSE_CUES = ("already", "planned")  # read from the number's own segment first, else its sentence
# "..., and that ...", "... and the injured are approaching 1,000" (a new subject); a full stop after a digit inside a sentence is an ordinal's ("des 528. Pionierregiments")
_CLAUSE_END = re.compile(r"[,;:!?()\[\]]|(?<!\d)\.|\s[–—-]\s|\s(?=(?:and|und) (?:that|dass|the|die|der)\b)")
# a lowercase verb right before a number ("killed 50", "killed or wounded about 90": a mention starts at its
# qualifier, so "about" is the number's own): it governs it
_GOVERNING = re.compile(r"(?<![\w-])([a-zäöüß][\w'-]*(?:\s+(?:or|and|oder|und)\s+[a-zäöüß][\w'-]*)?)\s+$")
_RELATIVE = re.compile(r"\s*(?:die|der|das|denen|which|who|that)\b", re.IGNORECASE)
# a clause that opens with its own subject after a break: "and that they", "und jeder dritte von ihnen", "while the"
_NEW_SUBJECT = re.compile(r"\s*(?:(?:and|und|but|aber|while|während|whereas|wobei|so|denn|yet)\s+(?:(?:that|dass)\s+)?"
                          r"(?:(?:ungefähr|etwa|rund|fast|nearly|about|roughly|almost|some)\s+)?(?:they|he|she|it|we|sie|er|es|wir|the|die|der|das|jeder|jede)"
                          r"|(?:that|dass)\s+(?:they|he|she|it|we|sie|er|es|wir)|(?:they|he|she|we|sie|er|wir))\b",
                          re.IGNORECASE)    # (a bare ", die ..." is the number's relative clause: its own words)
_OPENER = re.compile(r"\s*(?:with|while|whereas|but|and|although|which|who|mit|während|aber|doch|wobei|und|jedoch|"
                     r"(?-i:[a-z]{3,}ing)|"           # a participle clause: ", putting the original force at 11,000"
                     # an apposition about a figure: "— a figure he expects to climb to 12,000", "– eine Zahl, die ..."
                     r"(?:a|an|eine?)\s+(?:[a-z]+\s+)?(?:figure|number|estimate|total|zahl|schätzung|größenordnung))\b",
                     re.IGNORECASE)


def clause_start(text: str, since: int, position: int) -> int:
    """Where the clause of the number at ``position`` opens: after the last clause break since ``since`` that
    a new clause follows (", and ...", ", with ..."), else ``since``."""
    return max((m.end() for m in _CLAUSE_END.finditer(text, since, position) if _OPENER.match(text, m.end(), position)),
               default=since)


def sentence_cues(sentence_text: str, vocab: Vocabulary) -> set[str]:
    """The cues of a sentence that are not read from a number's own words (found once per sentence)."""
    return {cue for cue, pattern in vocab.cue_patterns.items()
            if cue not in SCOPED_CUES and pattern.search(sentence_text)}


# "Von den rund 11.000 Soldaten ...", "of the 15,000 sent ...": the base a part is taken from (not "gehen von
# 2.000 aus", "spricht von 3.000": there "von" is the verb's)
_PARTITIVE_BASE = re.compile(r"(?:\b(?:[Aa]ny|[Nn]one|[Oo]ne|[Ee]ach|[Ee]inen|[Kk]einen) (?:of|der|von)\s+(?:[\w'’]+['’]s\s+|(?:the|its|their|den)\s+)"
                             r"|\b(?:[Vv]on|[Oo]f|[Oo]ut of|[Uu]nter|[Aa]mong)\s+(?:den|der|insgesamt|the|a total of|all|(?:a|an|the) (?:force|contingent|total|group|deployment) of"
                             # "out of an estimated 11,000 troops", "bei insgesamt etwa 11.000 Entsandten"
                             r"|an? (?:estimated|reported|approximate|initial))|\bbei\s+insgesamt|(?<![\w,] )\b(?:Von|Of)"
                             # "out of an estimated 11,000" (the qualifier is the mention's), "4,000 of 11,000"
                             r"|\b[Oo]ut of|(?<=\d )(?:of|von)"
                             # "out of a force the officials put at 12,000": the base, sized in a relative clause
                             r"|\b[Oo]ut of (?:a|an|the|its) (?:force|contingent|deployment|total)\b[^.;,\d]{0,50}?\b(?:at|of)"
                             r"|\b(?:Hälfte|Drittel|Viertel|Teil|Großteil|Gros|Mehrheit|Bruchteil)\s+(?:der|aller)(?:\s+\w+)?)"
                             r"(?:\s+(?:insgesamt|total|etwa|rund|about|some|around|roughly|knapp|über|more than|mehr als))*\s*$")


# where a number's noun phrase ends: a comma, a finite verb, a relative pronoun
_NOUN_PHRASE_END = re.compile(r",|\b(?:sind|seien|sei|wären|wäre|waren|wurden|werden|haben|hatten|hätten|hat|habe|ist|war|are|were|was|is|have|has|"
                              r"had|die|der|das|who|which|that|"
                              # a modal ("12.000 Entsandten sollen ... gefallen sein")
                              r"soll|sollen|sollten|könnten|dürften|müssen|may|might|could|would|should|must)\b")


# "about 4,000 of an estimated 11,000 men – has been killed": a part whose base is the next figure
PART_OF_NEXT = re.compile(r"\s+(?:of|out of|von|aus|der|aller)\s+(?:(?:an? )?(?:estimated|reported|total of|some|about|around|"
                          r"roughly|insgesamt|rund|etwa|gut|knapp|the|den|der|(?-i:[a-zäöüß]+)(?:en|ten))\s+){0,2}$",
                          re.IGNORECASE)      # "die Hälfte der entsandten 11.000 Soldaten": a genitive base too


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
    opens = clause_start(text, before_from, start)
    cut = _clause_cut(text, end, after_to) or _GAPPED_NEXT.match(text, end, after_to)
    # "destroyed 21 positions and killed 35 soldiers": the verb before the next number is that number's
    near = _NEXT_VERB.sub(" ", text[end:cut.start() if cut else after_to])
    # tense and modality from the number's own clause first ("had been sent ..., and warned that thousands
    # more could follow"), else from its segment, else from its sentence
    closed = cut
    if closed and _RELATIVE.match(text, closed.end()):   # "den rund 12.000, die bereits im Einsatz waren"
        closed = _CLAUSE_END.search(text, closed.end(), after_to)
    # (a semicolon opens a clause of its own tense: "werde weitere Soldaten schicken; bereits jetzt seien 11.000 in Russland")
    semicolon = text.rfind(";", opens, start)
    clause = text[max(opens, semicolon + 1):closed.start() if closed else after_to]
    # the sentence's own words (a figure alone in it): its tense cues were read with its other cues
    read = (text[sentence[0]:sentence[1]], {cue for cue in TENSE_CUES if cue in in_sentence}) if sentence else None
    tense, aside = _own_tense(text, start, end, (clause, segment), vocab, read)
    lead = text[opens:start]
    lead_from = max((m.end() for m in _CLAUSE_END.finditer(text, before_from, start)), default=opens)
    if tense == {"planned"} and "already" in in_sentence and _GAPPED_LEAD.fullmatch(text, lead_from, start) and \
            not vocab.cue_patterns["planned"].search(_WEAK_PLANNED.sub(" ", text[lead_from:cut.start() if cut else after_to])):
        # "Im Oktober seien 11.000 Mann gekommen, im Februar weitere 4.000": a clause without a verb of its own
        # goes on with the verb of the clause before it; "weitere"/"more" says only that it adds
        tense = {"already"}
    if tense == {"planned"} and "already" in in_sentence and _COORDINATED_NEXT.search(text, end, after_to) and \
            not vocab.cue_patterns["planned"].search(_WEAK_PLANNED.sub(" ", clause)):
        # "Rund 3.000 zusätzliche Soldaten sowie etwa 120 Raketenwerfer soll Nordkorea ... gebracht haben": objects in a
        # row share the verb after the last of them; "zusätzliche" says only that they add
        tense = {"already"}
    present = {cue for cue in in_sentence if cue not in TENSE_CUES or not (tense or aside)} | tense
    if opens == before_from and before_from > 0 and text[before_from - 1].isalnum():
        # right after another figure: its noun is its own, not this one's lead ("6,000 casualties in Russia
        # since sending 10,000 troops")
        bare = _PART_WORDS.sub("", lead.lstrip(), count=1)   # "gut ein Drittel davon Tote – ...": the noun after "davon"
        own = vocab.any_noun.match(bare)
        if own is not None:
            lead = bare[own.end():]
        joined = [m for m in _AND_BEFORE.finditer(lead)][-1:]
        if joined:                                 # "2,000 wounded repatriated and roughly 3,000 fresh troops": the
            lead = lead[joined[0].end():]          # words before "and" are the figure before's
    governing = _GOVERNING.search(lead)          # "killed 50 soldiers and wounded 47": the verb right before
    # "5,000 soldiers to replace its losses": losses in a purpose clause after the number are not its own
    near_own = _PURPOSE.sub(" ", near)
    # "The troops, who number about 12,000, have suffered losses": after its relative clause, the main clause's words
    rest_own = near_own if _in_relative_clause(text, opens, cut) else _rest_own(text, end, after_to, beyond)
    # past a clause break after the number, the rest of the sentence is another clause's ("..., 12 000 Soldaten zu
    # schicken, gibt es hohe Verluste"): the words before the number first
    wider = (lead, rest_own) if cut else (rest_own, lead)
    scopes = (_head_of(near_own, vocab),) + ((governing.group(1),) if governing else ()) + (near_own, *wider)
    base = _PARTITIVE_BASE.search(text, max(0, start - 40), start)
    if base:
        # "Von etwa 11.000 Mann sei die Hälfte gefallen": the base, by the words before it and its own noun
        # phrase ("the two captured men"), never the verb of the part taken from it; after another figure,
        # from the base's own words ("4,000 killed or wounded out of a force of 11,000")
        # ("Die Verluste seien hoch: Von 11.000 Soldaten seien 4.000 ausgefallen": not the words of the clause before)
        since = max((m.end() for m in _STRONG_BREAK.finditer(text, before_from, start)), default=before_from)
        before = text[base.start():start] if before_from > 0 and text[before_from - 1].isalnum() else text[since:start]
        # ("any of its 11,000 fighters alive": "alive" is what the part was taken, not what the base is)
        scopes = (before, _TAKEN_AS.sub(" ", _NOUN_PHRASE_END.split(near, maxsplit=1)[0]))
        # the base a part is taken from is there, whatever its parts will do (or the sentence after its clause)
        if "planned" not in tense or not vocab.cue_patterns["planned"].search(clause):
            present = present - {"planned"}
    any_scoped = _per_vocabulary(vocab, _any_scoped_cue)
    # "captured two wounded North Korean soldiers": the verb that took them says what befell them, whatever the
    # adjective after the number says
    taken = {"captured"} if governing and "captured" in vocab.cue_patterns and (
        vocab.cue_patterns["captured"].search(governing.group(1))
        # a separable verb of taking whose particle closes the number's clause: "nahmen zwei Nordkoreaner fest"
        or (_TAKING.fullmatch(governing.group(1)) and _PARTICLE_FEST.search(near))) else set()
    for scope in dict.fromkeys(scopes):          # a scope equal to one before finds nothing new
        if any_scoped.search(scope) is None:     # no scoped cue at all: one search instead of one per cue
            continue
        own = {cue for cue in SCOPED_CUES if cue in vocab.cue_patterns and vocab.cue_patterns[cue].search(scope)}
        if own:
            return present | own | taken
    return present | taken


# a comma inside a list of words that one conjunction closes: "getötet, verwundet oder vermisst", "killed, wounded or
# captured" (one or two words, then the conjunction)
_LIST_COMMA_REST = re.compile(r"\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s+(?:oder|und|or|and)\s", re.IGNORECASE)


def _clause_cut(text: str, end: int, after_to: int) -> re.Match | None:
    """The first clause break after a number, past the commas of a list of words."""
    cut = _CLAUSE_END.search(text, end, after_to)
    while cut is not None and cut.group() == "," and _LIST_COMMA_REST.match(text, cut.end(), after_to):
        cut = _CLAUSE_END.search(text, cut.end(), after_to)
    return cut


def _in_relative_clause(text: str, opens: int, cut: re.Match | None) -> bool:
    """Whether a number's clause is a relative clause set off by commas ("..., who number about 12,000, ...")."""
    return cut is not None and opens > 0 and text[opens - 1] == "," and _RELATIVE.match(text, opens) is not None


def _rest_own(text: str, end: int, after_to: int, beyond: int | None) -> str:
    """The words after a number that are its own: up to the next number or a subordinate clause ("bei rund 11.000,
    weil ... Verluste": not its words); for a part, past its base ("4,000 of 11,000 men – were killed")."""
    if beyond is not None:
        return _PURPOSE.sub(" ", text[end:beyond])
    subordinate = _SUBORDINATE.search(text, end, after_to)
    stop = subordinate.start() if subordinate else after_to
    semicolon = text.find(";", end, stop)          # "... 8000 von ihnen an der Front; verloren hätten sie ...": a clause
    stop = semicolon if semicolon >= 0 else stop   # of its own
    infinitive = _ZU_INFINITIVE_END.search(text, end, stop)   # "..., 12 000 Soldaten zu schicken, gibt es hohe
    stop = infinitive.end() - 1 if infinitive else stop        # Verluste": the main clause after it is not its
    # "... 11,000 soldiers in Kursk, and that they have taken casualties": a new clause with its own subject
    opening = next((m for m in _CLAUSE_END.finditer(text, end, stop) if _NEW_SUBJECT.match(text, m.end(), stop)), None)
    return _PURPOSE.sub(" ", text[end:opening.start() if opening else stop])


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


ASIDE_REACH = 120   # characters a parenthesis around a number may open before it or close after it
_TAKEN_AS = re.compile(r"\s+(?:alive|prisoner|captive)\b.*", re.IGNORECASE | re.DOTALL)
_GAPPED_LEAD = re.compile(r"\s*(?:[\w.]+\s+){0,3}?(?:weitere\w*|zusätzliche\w*|additional|another|more)\s+", re.IGNORECASE)
_ZU_INFINITIVE_END = re.compile(r"\bzu\s+(?-i:[a-zäöüß]+)\s*,", re.IGNORECASE)
_PART_WORDS = re.compile(r"^(?:davon|darunter|von ihnen|of them|of whom|of those)\s+", re.IGNORECASE)
_TAKING = re.compile(r"nahm|nahmen|nimmt|nehmen|setzte|setzten|setzt|setzen", re.IGNORECASE)
_PARTICLE_FEST = re.compile(r"\bfest\s*$")
_STRONG_BREAK = re.compile(r"[;:]|\s[–—]\s")
_AND_BEFORE = re.compile(r"\s(?:and|und|sowie|while|whereas|während)\s", re.IGNORECASE)
_COORDINATED_NEXT = re.compile(r"(?:\bsowie|\bund|\band|\bas well as|\bplus)\s+(?:(?:etwa|rund|gut|knapp|fast|über|"
                               r"mehr als|bis zu|some|about|around|roughly|nearly|up to|more than)\s+)?$", re.IGNORECASE)
_WEAK_PLANNED = re.compile(r"\b(?:weitere\w*|zusätzlich\w*|additional|another|more)\b", re.IGNORECASE)
_NEXT_VERB = re.compile(r"\s(?:and|und|sowie)\s+(?:[\w-]+\s+){1,2}$")
_PURPOSE = re.compile(r"\b(?:to (?:replace|make up for|compensate for|offset|backfill)|replacing|um\b[^,.;]{0,80}?"
                      r"(?:\bzu \w+|\w+zu\w+en)|als ersatz für|zum ausgleich|zur auffüllung)\b[^,.;]*", re.IGNORECASE)


_AND = re.compile(r"\s(?:and|und|sowie)\s", re.IGNORECASE)


def _head_of(near: str, vocab: Vocabulary) -> str:
    """The words after a number up to "and" ("1,200 killed and 2,600 wounded"), unless the "and" is
    inside one casualty phrase ("4,000 killed and wounded")."""
    joint = vocab.cue_patterns.get("casualties")
    inside = [(m.start(), m.end()) for m in joint.finditer(near)] if joint else []
    for m in _AND.finditer(near):
        if not any(a < m.start() < b for a, b in inside):
            return near[:m.start()]
    return near


def measure_of(text: str, start: int, end: int, unit: str | None, line_start: int, vocab: Vocabulary) -> str | None:
    """What a number measures when it does not count ("age", "duration", "distance", ...), else None."""
    before = text[max(line_start, start - 40):start]
    after = text[end:end + 80]
    paired = _PAIRED.match(text, end, end + 30)    # "20 und 26 Jahre alt": the unit of the second is the first's
    afters = (after, text[paired.end():paired.end() + 30]) if paired else (after,)
    small = text[start:end].isdigit() and 14 <= int(text[start:end]) <= 99
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


# "Ri, 27, and Paek, 22 —", "The men, 25 and 21, were": set off as an aside
_APPOSITIVE_END = re.compile(r"\s*(?:(?:and|und)\s*\d{1,2}\s*)?(?:[,)—–;]|\.(?!\d)|\s-\s|$)")   # "the other 26."
# "20 und 26 Jahre alt", "Einer sei 26, der andere 20 Jahre alt", "one is 24, the other 19 years old"
_PAIRED = re.compile(r"\s*(?:und|and|or|oder|,\s*(?:der|die|the)\s+(?:andere|other|zweite|second|jüngere|ältere|younger|older)"
                     r"(?:\s+(?:is|was|ist|war|sei))?)\s+\d+(?=\s)", re.IGNORECASE)


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
