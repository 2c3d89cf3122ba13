"""The attribution vocabulary compiled: each language's cues (``data/attribution.yaml``), the claimers
lexicon (``data/claimers.yaml``), which sources are outlets and persons, and how a source id reads.

A :class:`Link` joins a cue to the claimer it names; :mod:`analysis.extract.attribution` makes them.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..prefilter import compile_prefiltered
from ..prescan import prescanned_if_long
from ..supersets import filtered
from ..vocabulary import Vocabulary
from ..vocabulary.base import sharp_s_or_ss
from .claimers import Claimer
from .lexicon import UNRESOLVED, Lexicon


def _union(patterns) -> re.Pattern:
    return filtered(prescanned_if_long(compile_prefiltered("|".join(f"(?:{sharp_s_or_ss(p)})" for p in patterns), re.IGNORECASE)))


@dataclass(frozen=True)
class Cues:
    """One language's attribution cues (``data/attribution.yaml``), compiled."""

    before: re.Pattern
    after: re.Pattern
    either: re.Pattern
    relay: re.Pattern
    carry: re.Pattern
    window: int
    subject_after: str                 # "anywhere" | "after_break": where a verb's subject may follow it
    object_determiners: frozenset[str]
    object_verbs: re.Pattern | None
    back_reference: re.Pattern         # a sentence opening that points back ("Das", "That is")
    origin: re.Pattern                 # relay cues that name where a figure comes from ("briefed by")

    @classmethod
    def from_data(cls, data: dict) -> dict[str, Cues]:
        """The cues of every language in the attribution file."""
        compiled = {}
        for code, rules in data["languages"].items():
            cues = rules["cues"]
            # (lowercase only: a German noun of the same letters is capitalised, "Berichten zufolge")
            either = cues["either"] + ([r"(?-i:\b(?:" + "|".join(cues["verb_stems"]) + ")" + rules["verb_endings"] + r"\b)"]
                                       if cues.get("verb_stems") else [])
            compiled[code] = cls(
                _union(cues["before"]), _union(cues["after"]), _union(either), _union(cues["relay"]),
                _union(rules["carry"]), data["window"], rules["subject_after"],
                frozenset(rules.get("object_determiners", [])),
                _union(rules["object_verbs"]) if rules.get("object_verbs") else None,
                re.compile(r"(?:" + "|".join(rules.get("back_references") or ["(?!x)x"]) + r")\b", re.IGNORECASE),
                _union(rules.get("origin_words") or ["(?!x)x"]))
        return compiled


@dataclass(frozen=True)
class Link:
    cue: tuple[int, int]
    claimer: Claimer                   # resolved: an anaphor's antecedent
    origin: bool = False               # named by a relay cue: where the figure comes from
    words: tuple[int, int] | None = None  # the claimer's words in this sentence ("er", "the agency")

    @property
    def span(self) -> tuple[int, int]:
        return self.words or (self.claimer.start, self.claimer.end)


@dataclass(frozen=True)
class Compiled:
    """A vocabulary's claimers and cues, compiled once."""

    lexicon: Lexicon
    cues: dict[str, Cues]
    media: frozenset[str]
    persons: frozenset[str]
    services: frozenset[str]           # intelligence services listed by name ("NIS"): "the spy service" may mean one
    outlet_countries: dict[str, str]   # a national outlet's country: a body it cites unnamed is that country's
    name_words: dict[str, frozenset[str]]   # the words of each listed source's name ("agency" for KCNA's)
    experts: frozenset[str] = frozenset()   # think tanks and researchers listed by name ("the researchers" may mean one)


_COMPILED: dict[int, tuple[Vocabulary, Compiled]] = {}


def compiled(vocab: Vocabulary) -> Compiled:
    """The compiled claimers and cues of ``vocab`` (cached per vocabulary)."""
    hit = _COMPILED.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    media = frozenset(k for k, s in vocab.sources.items() if s.type == "media")
    result = Compiled(
        dataclasses.replace(Lexicon.from_data(vocab.claimers.model_dump()), media_sources=media),
        Cues.from_data(vocab.attribution.model_dump()), media,
        frozenset(k for k, s in vocab.sources.items() if s.type == "official_person"),
        frozenset(k for k, s in vocab.sources.items() if s.type == "intelligence_service"),
        {k: s.country for k, s in vocab.sources.items() if s.type == "media" and s.country},
        {k: frozenset(re.findall(r"\w+", s.name.lower())) for k, s in vocab.sources.items()},
        frozenset(k for k, s in vocab.sources.items() if s.type == "expert"))
    _COMPILED[id(vocab)] = (vocab, result)
    return result


def describe_source(source: str, vocab: Vocabulary, source_text: str | None) -> tuple[str, str]:
    """Readable name and type of a source id: listed, composed, unresolved or unattributed."""
    if source in vocab.sources:
        return vocab.sources[source].name, vocab.sources[source].type
    if source == "unattributed":
        return "Unattributed", "unattributed"
    composed = compiled(vocab).lexicon.composed_name(source)
    if source != UNRESOLVED and composed is not None:
        return composed
    return (source_text or "Unresolved claimer"), "unresolved"


def publisher_source(publisher: str | None, vocab: Vocabulary) -> str | None:
    """The source id an outlet's name stands for ("Yonhap" -> yonhap), if the vocabulary lists it."""
    if not publisher:
        return None
    m = vocab.source_pattern.fullmatch(publisher.strip())
    return vocab.alias_groups.get(m.lastgroup) if m and m.lastgroup else None


def is_known_source(source: str, vocab: Vocabulary) -> bool:
    """Whether a source id is valid: listed, composed of a country and a body, or unresolved."""
    return (source in vocab.sources or source in ("unresolved", "unattributed")
            or compiled(vocab).lexicon.composed_name(source) is not None)
