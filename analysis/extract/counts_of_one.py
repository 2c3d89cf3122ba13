"""A count of one written as a word: "one more died of his wounds", "taken one prisoner", "ein weiterer Nordkoreaner
ist in Gefangenschaft geraten".

The scanner (:mod:`analysis.extract.mentions`) reads "one"/"ein" as a number only before a scale or a fraction ("one
thousand", "ein Drittel"): alone the word is most often an article or a pronoun ("one of the soldiers said", "ein
Sprecher sagte").  It counts someone where a soldier is taken prisoner or dies: "one" (German "ein" before a noun of
the topic's people) as the subject of a clause whose verb is a capture or a death, the cues of ``captured`` and
``killed`` in the vocabulary, with only its own noun phrase between and no other figure; or "one" as the object of such
a verb ("had taken one prisoner", "killed one").  Those become mentions like any number; what they count is decided by
the extraction as for any other.
"""

from __future__ import annotations

import re

from ..vocabulary import Vocabulary
from .patterns import compile_patterns
from .word_mentions import bounded

CUES = ("captured", "killed")
PEOPLE = ("troops", "captured", "killed", "wounded", "casualty", "people")   # noun classes of the topic's people
SUBJECT_REACH = 90   # characters from the word to its verb's cue: its noun phrase and the verb group
OBJECT_REACH = 25    # characters from a verb's cue to its object ("captured one", "killed one more")

_ONE = {
    # (never "no one", "the one", "one of", "one another", "one day", "one-year"; "one by one")
    "en": re.compile(r"(?<![\w'’-])(?<!\bno )(?<!\bthe )(?<!\bevery )(?<!\bany )(?<!\bthis )(?<!\beach )"
                     r"(?<!\bwhich )(?:one|One|ONE)(?![\w'’-])(?!\s+(?:of|another|by|day|days|week|month|year|time|hour|"
                     r"night|morning|point|way|side|thing|or two|that|which|who|whose)\b)"),
    # "ein"/"eine"/"einer" before a noun of people, its adjectives between ("ein weiterer nordkoreanischer Soldat"); "ein
    # einziger" belongs to the word
    "de": re.compile(r"(?<![\w-])(?:[Ee]in|[Ee]ine|[Ee]iner|EIN)(?:\s+einzige[rn]?)?(?![\w-])"
                     r"(?=(?:\s+(?!(?:der|die|das|den|dem|des)\b)[a-zäöüß][\w-]*(?:e|er|en|es))*\s+(?P<noun>[A-ZÄÖÜ][\w-]+))"),
}
_CLAUSE_END = re.compile(r"[.;:!?\n]|\s[-–—]\s")
_FIGURE = re.compile(r"\d")


def with_counts_of_one(text: str, language: str, vocab: Vocabulary, mentions: list[dict]) -> list[dict]:
    """``mentions`` (sorted by position) with the text's counts of one among them."""
    ones = counts_of_one(text, language, vocab, mentions)
    return sorted(mentions + ones, key=lambda m: m["char_start"]) if ones else mentions


def counts_of_one(text: str, language: str, vocab: Vocabulary, mentions: list[dict]) -> list[dict]:
    """The mention rows of the counts of one in ``text`` that no mention in ``mentions`` covers."""
    one = _ONE.get(language)
    if one is None:
        return []
    taken = [(m["char_start"], m["char_end"]) for m in mentions]
    found = []
    for m in one.finditer(text):
        start, end = m.span()
        if any(a < end and start < b for a, b in taken):
            continue                               # ("one thousand" is read already)
        if m.groupdict().get("noun") is not None and not _names_people(m.group("noun"), vocab):
            continue                               # ("ein Sprecher", "eine Woche")
        # (its cue after its noun phrase: never the noun's own "ein gefangener Nordkoreaner sagt")
        after = m.end("noun") if m.groupdict().get("noun") is not None else end
        if _subject_of_a_cue(text, after, vocab) or _object_of_a_cue(text, start, end, vocab):
            found.append(_row(text, start, end, language, max((b for _, b in taken if b <= start), default=0)))
    return found


def _row(text: str, start: int, end: int, language: str, lo: int) -> dict:
    """The mention row of a count of one, with the qualifier before it ("at least one": a lower bound)."""
    patterns = compile_patterns(language)
    qualifier = patterns.qualifiers.find(text, max(lo, start - 30), start)
    bound, approximate = "exact", False
    if qualifier is not None:
        start = qualifier[0]
        entry = patterns.words.qualifiers[qualifier[1]]
        bound, approximate = entry.bound, entry.approximate
    low, best, high = bounded(1.0, bound)
    return {"char_start": start, "char_end": end, "number_text": text[start:end], "kind": "quantity", "value_low": low,
            "value_best": best, "value_high": high, "is_approximate": approximate, "bound": bound, "unit": None,
            "reason": None, "date_edtf": None}


def _names_people(noun: str, vocab: Vocabulary) -> bool:
    return any(vocab.noun_patterns[c].fullmatch(noun) for c in PEOPLE if c in vocab.noun_patterns)


def _clause_end(text: str, at: int, reach: int) -> int:
    stop = _CLAUSE_END.search(text, at, at + reach)
    return stop.start() if stop else min(len(text), at + reach)


def _subject_of_a_cue(text: str, end: int, vocab: Vocabulary) -> bool:
    """A capture's or a death's cue in the clause after the word, no other figure before it ("one more died")."""
    stop = _clause_end(text, end, SUBJECT_REACH)
    for cue in CUES:
        hit = vocab.cue_patterns[cue].search(text, end, stop)
        if hit is not None and _FIGURE.search(text, end, hit.start()) is None:
            return True
    return False


def _object_of_a_cue(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """A capture's or a death's cue around the word ("taken one prisoner") or right before it ("killed one")."""
    left = max(0, start - OBJECT_REACH)
    stop = _clause_end(text, end, OBJECT_REACH)
    for cue in CUES:
        for hit in vocab.cue_patterns[cue].finditer(text, left, stop):
            if hit.start() < start and (hit.end() > end or not text[hit.end():start].strip(" ")):
                return True
    return False
