"""The claimers vocabulary compiled (``data/claimers.yaml``): countries, kinds of body, the ids that answer
for a country and a body, people, and per-language phrase rules, as patterns and lookups that
:mod:`analysis.extract.claimers` reads phrases with.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..prefilter import alternation, compile_prefiltered, lookbehind_reach
from ..prescan import prescanned
from ..supersets import filtered
from ..vocabulary.base import sharp_s_or_ss

UNRESOLVED = "unresolved"
WORD = re.compile(r"\d+-[^\W\d_][\w'-]*|[^\W\d_][\w'-]*|\d+(?:[.,]\d+)*(?:\.|st|nd|rd|th)?")   # ("der 39-jährige" is one word)


class WordTest(dict):
    """A test of a word, remembered per word: the same words come back in every sentence.

    A dict of the words asked, called as ``dict.__getitem__``: a word asked before is answered in C, without a
    Python frame (the claimers ask a few of these per token); a new word goes to ``__missing__``, which asks ``test``
    (any result, read as true or false).  Hashed and compared by identity, as an object."""

    MAX_WORDS = 1 << 16                    # then start again: memory stays flat over any corpus

    __slots__ = ("_test",)
    __call__ = dict.__getitem__
    __hash__ = object.__hash__
    __eq__ = object.__eq__
    __ne__ = object.__ne__

    def __init__(self, test) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, word: str) -> bool:
        if len(self) >= self.MAX_WORDS:
            self.clear()
        found = self[word] = bool(self._test(word))
        return found


class WordSearch(WordTest):
    """Whether a pattern occurs in a word (``whole``: is the whole word), remembered per word.  (Not an ``lru_cache``
    keyed by the pattern: hashing a compiled pattern hashes its code.)"""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern, *, whole: bool = False) -> None:
        super().__init__(pattern.fullmatch if whole else pattern.search)   # a match or None
        self.pattern = pattern


def _union(patterns, flags: int = re.IGNORECASE) -> str:
    """One alternation of the patterns, whole words (for a pattern compiled with ``flags``)."""
    return "(?:" + alternation([f"(?:{sharp_s_or_ss(p)})" for p in patterns], flags) + ")(?![\\w])"


@dataclass(frozen=True)
class LanguageRules:
    modifier: re.Pattern
    capitalised_modifiers: bool
    single_word_names: bool
    stop_words: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """The compiled claimers vocabulary (see ``data/claimers.yaml``)."""

    country_pattern: re.Pattern           # named groups c_<code>: names and adjectives
    name_pattern: re.Pattern              # country and capital names only (the metonyms)
    demonym_pattern: re.Pattern           # named groups c_<code>: a country's people as a noun ("Nordkoreaner")
    country_names: dict[str, str]
    body_order: tuple[str, ...]
    body_words: re.Pattern                # named groups b_<body>, matched at a word start
    body_compounds: tuple[tuple[str, WordSearch], ...]
    any_compound: WordSearch              # every body's compound stems in one pattern
    body_labels: dict[str, str]
    body_types: dict[str, str]
    body_fallback: dict[str, str]
    uncomposed: frozenset[str]            # bodies that never make an id of their own (media, experts)
    uncomposed_countries: frozenset[str]  # countries whose bodies make no id of their own (Austria, Switzerland)
    generic_bodies: frozenset[str]
    modifier_bodies: frozenset[str]       # "Regierungskreise", "Militärkreise": the first part decides
    canonical: dict[str, dict[str, str]]
    metonym_body: str
    metonym_bodies: dict[str, str]        # a country whose name alone stands for another body than the government
    briefing_country: str | None          # whose service an unplaced one briefing lawmakers is
    place_prepositions: frozenset[str]
    pronouns: dict[str, frozenset[str]]   # subject / demonstrative / object / possessive
    person_heads: re.Pattern
    languages: dict[str, LanguageRules]
    not_names: frozenset[str]
    report_nouns: re.Pattern              # "Schätzungen", "estimates": a country's figures
    report_head: re.Pattern               # the same nouns as the head of a compound ("Militär|angaben")
    visit_words: re.Pattern               # "bei einem Besuch in Warschau": a place visited, not the claimer's
    people: re.Pattern | None             # named groups p_<n>: people the vocabulary places
    is_country: WordSearch                # a word is a country's name or adjective (country_pattern, whole)
    is_place: WordSearch                  # a word is a country's or region's name, no adjective (whole)
    is_person_head: WordSearch            # a word is an office (person_heads, whole)
    ends_in_office: WordSearch            # a word ends in an office (office_tail)
    people_sources: dict[str, str]        # group name -> composed source id
    office_tail: re.Pattern               # a German compound ending in an office ("Sonderbeauftragte")
    # what country_in, body_in, demonym_in and joint_countries found in a phrase, by the phrase and the few
    # characters before it that the patterns can read (_remembered): the same phrases come back in every article
    _found_in: dict = field(default_factory=dict, compare=False, repr=False)
    media_sources: frozenset[str] = frozenset()   # the listed outlets' source ids (sources.yaml type media)

    @classmethod
    def from_data(cls, data: dict) -> Lexicon:
        """Compile the claimers vocabulary (``ClaimersFile.model_dump()``)."""
        countries, bodies = data["countries"], data["bodies"]

        def country_alternation(keys):
            return compile_prefiltered("|".join(f"(?P<c_{code}>(?<![\\w-]){_union(sum((entry.get(k) or [] for k in keys), []))})"
                                               for code, entry in countries.items()
                                               if any(entry.get(k) for k in keys)), re.IGNORECASE)

        body_words = compile_prefiltered(
            "|".join(f"(?P<b_{name}>(?<![\\w-]){_union(entry['words'])})"
                     for name, entry in bodies.items() if entry.get("words")), re.IGNORECASE)
        languages = {
            code: LanguageRules(re.compile(rules["modifier"] + "$"), rules["capitalised_modifiers"],
                                rules["single_word_names"], frozenset(w.lower() for w in rules["stop_words"]))
            for code, rules in data["languages"].items()}
        country_pattern = country_alternation(("names", "adjectives", "regions"))
        person_heads = compile_prefiltered(r"(?<![\w-])" + _union(data["person_heads"]), re.IGNORECASE)
        office_tail = compile_prefiltered(_union(data["person_heads"]) + r"\Z", re.IGNORECASE)
        return cls(
            country_pattern=filtered(prescanned(country_pattern)),
            name_pattern=prescanned(country_alternation(("names",))),
            demonym_pattern=filtered(country_alternation(("demonyms",))),
            country_names={code: entry["name"] for code, entry in countries.items()},
            body_order=tuple(bodies),
            body_words=filtered(prescanned(body_words, short=0)),
            body_compounds=tuple((name, WordSearch(compile_prefiltered(_union(entry["compound"]), re.IGNORECASE)))
                                 for name, entry in bodies.items() if entry.get("compound")),
            any_compound=WordSearch(compile_prefiltered(_union([p for entry in bodies.values() for p in entry.get("compound") or []]),
                                    re.IGNORECASE)),
            body_labels={name: entry["label"] for name, entry in bodies.items()},
            body_types={name: entry["type"] for name, entry in bodies.items()},
            body_fallback={name: entry["fallback"] for name, entry in bodies.items() if entry.get("fallback")},
            uncomposed=frozenset(name for name, entry in bodies.items() if entry.get("compose") is False),
            uncomposed_countries=frozenset(code for code, entry in countries.items() if entry.get("compose") is False),
            generic_bodies=frozenset(name for name, entry in bodies.items() if entry.get("generic")),
            modifier_bodies=frozenset(name for name, entry in bodies.items() if entry.get("modifier_decides")),
            canonical={code: dict(pairs) for code, pairs in data.get("canonical", {}).items()},
            metonym_body=data["metonym_body"],
            metonym_bodies=dict(data.get("metonym_bodies", {})),
            briefing_country=data.get("briefing_country"),
            place_prepositions=frozenset(w.lower() for w in data["place_prepositions"]),
            pronouns={kind: frozenset(w.lower() for w in words) for kind, words in data["pronouns"].items()},
            person_heads=person_heads,
            office_tail=office_tail,
            is_country=WordSearch(country_pattern, whole=True),
            is_place=WordSearch(country_alternation(("names", "regions")), whole=True),
            is_person_head=WordSearch(person_heads, whole=True),
            ends_in_office=WordSearch(office_tail),
            languages=languages,
            not_names=frozenset(w.lower() for w in data.get("not_names", [])),
            visit_words=compile_prefiltered(r"(?<![\w-])" + _union(data.get("visit_words") or ["(?!x)x"]), re.IGNORECASE),
            report_nouns=compile_prefiltered(r"(?<![\w-])" + _union(data.get("report_nouns") or ["(?!x)x"]), re.IGNORECASE),
            report_head=re.compile(_union(data.get("report_nouns") or ["(?!x)x"]), re.IGNORECASE),
            **_people(data.get("people") or {}),
        )

    # -- composing a source --------------------------------------------------------------------

    def compose(self, country: str | None, body: str | None) -> str | None:
        """Source id of a country and a body; None for a body with no country yet (an anaphor)."""
        if body in self.uncomposed:
            pairs = self.canonical.get(country, {}) if country else {}
            return pairs.get(body, UNRESOLVED)
        if country is None:
            return None if body else UNRESOLVED
        if country in self.uncomposed_countries:
            return UNRESOLVED                      # "ein Offizier des österreichischen Bundesheeres": no listed country
        body = self.metonym_bodies.get(country, self.metonym_body) if body is None or body in self.generic_bodies else body
        pairs = self.canonical.get(country, {})
        if body in pairs:
            return pairs[body]
        fallback = self.body_fallback.get(body)
        if fallback and fallback in pairs:
            return pairs[fallback]
        return f"{country}_{fallback or body}"

    def composed_name(self, source: str) -> tuple[str, str] | None:
        """Readable name and source type of a composed id such as ``kr_defence_ministry``."""
        country, _, body = source.partition("_")
        if country not in self.country_names or body not in self.body_labels:
            return None
        return f"{self.country_names[country]}: {self.body_labels[body]}", self.body_types[body]

    # -- reading a phrase ----------------------------------------------------------------------

    def _remembered(self, read, text: str, start: int, end: int):
        """``read(text, start, end)``, remembered by the phrase and what its patterns can read before it."""
        reach = self._found_in.get("reach")
        if reach is None:
            reach = self._found_in["reach"] = _reach_of(self.country_pattern, self.body_words, self.demonym_pattern)
        if reach < 0:
            return read(text, start, end)
        key = (read.__name__, text[start - reach:end] if start > reach else (start, text[:end]))
        found = self._found_in.get(key, _NOT_READ)
        if found is _NOT_READ:
            if len(self._found_in) >= MAX_PHRASES:
                self._found_in.clear()
                self._found_in["reach"] = reach
            found = self._found_in[key] = read(text, start, end)
        return found

    def country_in(self, text: str, start: int, end: int) -> str | None:
        return self._remembered(self._country_in, text, start, end)

    def _country_in(self, text: str, start: int, end: int) -> str | None:
        m = self.country_pattern.search(text, start, end)
        return m.lastgroup[2:] if m else None

    def demonym_in(self, text: str, start: int, end: int) -> str | None:
        """The country whose people the phrase names ("die Briten"), if one."""
        return self._remembered(self._demonym_in, text, start, end)

    def _demonym_in(self, text: str, start: int, end: int) -> str | None:
        m = self.demonym_pattern.search(text, start, end)
        return m.lastgroup[2:] if m else None

    def joint_countries(self, text: str, start: int, end: int) -> bool:
        """"American and Ukrainian officials", "South Korean, Ukrainian and Western intelligence estimates": countries
        joined in one phrase, so none speaks alone."""
        return self._remembered(self._joint_countries, text, start, end)

    def _joint_countries(self, text: str, start: int, end: int) -> bool:
        found = [(m.lastgroup, m.start(), m.end()) for m in self.country_pattern.finditer(text, start, end)]
        return any(a[0] != b[0] and re.fullmatch(r"\s*(?:,\s*(?:and\s+|und\s+)?|and|und|sowie|&|/)\s*", text[a[2]:b[1]])
                   for a, b in itertools.pairwise(found))

    def body_in(self, text: str, start: int, end: int) -> str | None:
        """The most specific body named between start and end."""
        return self._remembered(self._body_in, text, start, end)

    def _body_in(self, text: str, start: int, end: int) -> str | None:
        found = {m.lastgroup[2:] for m in self.body_words.finditer(text, start, end)}
        for w in WORD.finditer(text, start, end):
            if not self.any_compound(w.group(0)):
                modifier = self._report_modifier(w.group(0))
                if modifier is not None:   # "Militärangaben", "Militärschätzungen": the body whose figures they are
                    found.update(name for name, has in self.body_compounds if has(modifier))
                continue
            for name, contains in self.body_compounds:
                if name in found or not contains(w.group(0)):
                    continue
                found.add(name)
                m = contains.pattern.search(w.group(0)) if name in self.modifier_bodies else None
                if m is not None and m.start() > 0:
                    first = w.group(0)[:m.start()].rstrip("-")
                    found.update(other for other, has in self.body_compounds if other != name and has(first))
        if "intelligence" in found and found & {"defence_ministry", "military"}:
            found.add("military_intelligence")     # "der Geheimdienst des Verteidigungsministeriums"
        if len(found) < 2:                     # none, or the one found: no order to consult
            return next(iter(found), None)
        return next((b for b in self.body_order if b in found), None)

    def _report_modifier(self, word: str) -> str | None:
        """The first part of a compound whose head is a report noun and whose first part names a body
        ("Militär|angaben", "Armee|schätzungen"): a German compound takes its kind from its head, so a body named
        by its first part speaks through the figures it names.  None for any other word."""
        if len(word) < 9 or not word[0].isupper():
            return None
        for k in range(4, len(word) - 4):
            if self.report_head.fullmatch(word, k) is not None:
                first = word[:k].rstrip("-")
                if self.any_compound(first):
                    return first
        return None

    def is_body_word(self, word: str) -> bool:
        return bool(self.body_words.fullmatch(word)) or self.any_compound(word)


MAX_PHRASES = 1 << 16                     # phrases remembered; then start again: memory stays flat over any corpus
_NOT_READ = object()


def _reach_of(*patterns) -> int:
    """The characters before a phrase that the phrase readers' patterns can read (WORD reads none), or -1
    when a pattern's reach cannot be bounded (then nothing is remembered)."""
    reaches = [lookbehind_reach(getattr(p, "_pattern", p)) for p in patterns]
    return -1 if None in reaches else max(reaches)


def _people(people: dict) -> dict:
    """The people section compiled: one alternation, each person's source composed once."""
    if not people:
        return {"people": None, "people_sources": {}}
    groups = {f"p_{i}": entry for i, entry in enumerate(people.values())}
    pattern = compile_prefiltered("|".join(f"(?P<{g}>(?<![\\w-]){_union(entry['names'])})" for g, entry in groups.items()),
                                  re.IGNORECASE)
    return {"people": filtered(prescanned(pattern, short=0)), "people_sources": {g: (entry["country"], entry["body"]) for g, entry in groups.items()}}
