"""The analysts' vocabularies: quantities, sources, attribution phrases, claimers and number words.

They live in YAML files in ``analysis/data/`` so that analysts extend them
without touching code.  This package is the one loader of all of them: each
is validated on load (pydantic, :mod:`.files` and :mod:`.words`); a duplicate or
malformed entry is a :class:`~analysis.errors.VocabularyError` naming the file,
the line and the entry.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..errors import VocabularyError
from ..prefilter import compile_prefiltered, top_level_alternatives
from ..prescan import prescanned, prescanned_if_long
from ..schema import LANGUAGES
from ..supersets import filtered
from .base import load_yaml, validated
from .files import AttributionFile, ClaimersFile, QuantitiesFile, QuantityEntry, QuantityRule, SourceEntry, SourcesFile
from .words import HALF, WORDS_FILE, LanguageWords, Qualifier, SharedWords, Words, load_words

__all__ = [
    "HALF", "WORDS_FILE", "LanguageWords", "Qualifier", "SharedWords", "Vocabulary", "Words", "default_vocabulary",
    "load_vocabulary", "load_words", "load_yaml",
]


# -- the analysts' vocabulary ---------------------------------------------------------------------

@dataclass(frozen=True)
class MeasurePatterns:
    """A measure (age, duration, distance, ...): the words before and after a number, and its units."""

    before: re.Pattern | None
    after: re.Pattern | None
    units: frozenset[str]
    appositive: re.Pattern | None = None


@dataclass(frozen=True)
class Vocabulary:
    """All four vocabularies, validated and cross-checked, with compiled patterns."""

    quantities: dict[str, QuantityEntry]
    noun_patterns: dict[str, re.Pattern]
    any_noun: re.Pattern           # every class of noun_patterns in one alternation, group n<i> for the i-th
    # any_noun without its compound alternatives ("\w*soldat\w*"), and one pattern of their literals
    # ("soldat"): where noun_cores finds none, those alternatives match nowhere and any_simple_noun finds
    # what any_noun finds (their backtracking over every word is most of any_noun's cost)
    any_simple_noun: re.Pattern
    simple_noun_patterns: dict[str, re.Pattern]   # each class of noun_patterns without its compound alternatives
    noun_cores: re.Pattern
    cue_patterns: dict[str, re.Pattern]
    context_cues: dict[str, list[str]]   # each cue's alternatives as written (cue_patterns compiles them)
    measures: dict[str, MeasurePatterns]
    topic_pattern: re.Pattern
    currency_units: frozenset[str]
    part_marker: re.Pattern
    function_words: frozenset[str]
    counter_words: frozenset[str]
    rules: list[QuantityRule]
    sources: dict[str, SourceEntry]
    source_pattern: re.Pattern
    alias_groups: dict[str, str]
    attribution: AttributionFile   # compiled by analysis.extract.attribution
    claimers: ClaimersFile         # compiled by analysis.extract.claimers
    words: Words


def _union(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    return compile_prefiltered("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", flags)


_COMPOUND = re.compile(r"\\w\*(?![?+*{])([^\\\[\](){}|?*+.^$]+)")   # "\w*" (greedy), then literal characters


def compound_core(alternative: str) -> str | None:
    """The literal a compound alternative ("\\w*soldat\\w*") holds wherever it matches, or None."""
    m = _COMPOUND.match(alternative)
    if m is None or len(top_level_alternatives(alternative)) > 1:
        return None
    core = m.group(1)
    if alternative[m.end():m.end() + 1] in ("?", "*", "{"):   # its last character may be left out
        core = core[:-1]
    return core or None


def _simple_nouns(counted_nouns: dict[str, list[str]]) -> tuple[dict[str, re.Pattern], re.Pattern, re.Pattern]:
    """Each class and any_noun without the compound alternatives, built the same way, and the pattern of their
    literals."""
    cores, simple = [], {}
    for name, alternatives in counted_nouns.items():
        kept = [a for a in alternatives if compound_core(a) is None]
        cores += [core for a in alternatives if (core := compound_core(a)) is not None]
        simple[name] = compile_prefiltered(r"(?<!\w)(?:" + ("|".join(kept) or r"(?!x)x") + ")", re.IGNORECASE)
    classes = [f"(?P<n{i}>{p.pattern})" for i, p in enumerate(simple.values())]
    return (simple, filtered(compile_prefiltered("|".join(classes), re.IGNORECASE)),
            filtered(prescanned(compile_prefiltered("|".join(map(re.escape, dict.fromkeys(cores))) or r"(?!x)x",
                                                    re.IGNORECASE), short=0)))


def _currency_units(words: Words) -> frozenset[str]:
    """The units of money (ISO codes) the number words know: EUR, USD, ..."""
    units = set(words.shared.currency_symbols.values())
    units |= {u for lang in words.languages.values() for u in lang.units.values() if re.fullmatch(r"[A-Z]{3}", str(u))}
    return frozenset(units)


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Load and validate ``quantities.yaml``, ``sources.yaml``, ``attribution.yaml``, ``claimers.yaml``
    and ``number_words.yaml``."""
    directory = directory or paths.VOCABULARY_DIR
    qfile: QuantitiesFile = validated(QuantitiesFile, directory / "quantities.yaml")
    words = load_words(directory / "number_words.yaml")
    sfile: SourcesFile = validated(SourcesFile, directory / "sources.yaml")
    afile: AttributionFile = validated(AttributionFile, directory / "attribution.yaml")
    cfile: ClaimersFile = validated(ClaimersFile, directory / "claimers.yaml")
    for name, languages in (("attribution.yaml", afile.languages), ("claimers.yaml", cfile.languages)):
        missing = [code for code in LANGUAGES if code not in languages]
        if missing:
            raise VocabularyError(directory / name, expected=f"a section under languages for each of {list(LANGUAGES)}",
                                  found=f"none for {missing}", fix="add the language's section (see the others)")

    if "other" not in qfile.quantities:
        raise VocabularyError(directory / "quantities.yaml", expected="a quantity 'other'",
                              found="none", fix="add 'other:' under quantities")
    classes = set(qfile.counted_nouns) | {"none", "bare"}
    for i, rule in enumerate(qfile.rules):
        bad = [n for n in rule.noun if n not in classes]
        bad_cues = [c for c in rule.cues if c not in qfile.context_cues]
        if rule.quantity not in qfile.quantities or bad or bad_cues:
            raise VocabularyError(
                f"{directory / 'quantities.yaml'}: rules[{i}]",
                expected="a quantity, noun classes and cues defined in the same file",
                found=f"quantity {rule.quantity!r}, unknown nouns {bad}, unknown cues {bad_cues}",
                fix="define them under quantities/counted_nouns/context_cues, or fix the spelling",
            )

    seen_alias: dict[str, str] = {}
    groups: dict[str, str] = {}
    alternatives = []
    for source_id, entry in sfile.sources.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", source_id):
            raise VocabularyError(directory / "sources.yaml", expected="source ids of lowercase letters, digits and _",
                                  found=repr(source_id), fix="rename the source id")
        if entry.country is not None and entry.country not in cfile.countries:
            raise VocabularyError(directory / "sources.yaml", expected="a country code listed under countries in claimers.yaml",
                                  found=f"sources.{source_id}.country {entry.country!r}",
                                  fix=f"use one of {sorted(cfile.countries)} or add the country to claimers.yaml")
        for j, alias in enumerate(entry.aliases):
            key = alias.lower()
            if key in seen_alias:
                raise VocabularyError(
                    directory / "sources.yaml", expected="each alias under one source",
                    found=f"alias {alias!r} under both {seen_alias[key]!r} and {source_id!r}",
                    fix="keep the alias under the source it names",
                )
            seen_alias[key] = source_id
            group = f"s_{source_id}_{j}"
            groups[group] = source_id
            if entry.type == "official_person" and alias.endswith("\\b"):
                alias = f"(?:{alias[:-2]})s?\\b"   # a person's German genitive: "Selenskyjs Büro", "Schoigus Angaben"
            alternatives.append(f"(?<!\\w)(?P<{group}>{alias})")   # the lookbehind in each: one alternation to regroup
    source_pattern = prescanned(compile_prefiltered("|".join(alternatives), re.IGNORECASE), short=0)

    noun_patterns = {k: compile_prefiltered(r"(?<!\w)(?:" + "|".join(v) + ")", re.IGNORECASE)
                     for k, v in qfile.counted_nouns.items()}
    simple_noun_patterns, any_simple_noun, noun_cores = _simple_nouns(qfile.counted_nouns)
    return Vocabulary(
        quantities=qfile.quantities,
        noun_patterns=noun_patterns,
        any_noun=compile_prefiltered("|".join(f"(?P<n{i}>{p.pattern})" for i, p in enumerate(noun_patterns.values())),
                                     re.IGNORECASE),
        any_simple_noun=any_simple_noun,
        simple_noun_patterns=simple_noun_patterns,
        noun_cores=noun_cores,
        # a cue starts a word ("erlegen" is no cue inside "verlegen"); it may end inside one ("getötet" in "getöteten")
        cue_patterns={k: filtered(prescanned_if_long(compile_prefiltered(r"(?<!\w)(?:" + "|".join(v) + ")", re.IGNORECASE)))
                      for k, v in qfile.context_cues.items()},
        context_cues=qfile.context_cues,
        measures={name: MeasurePatterns(_union(m.before) if m.before else None, _union(m.after) if m.after else None,
                                        frozenset(m.units), re.compile(m.appositive) if m.appositive else None)
                  for name, m in qfile.measures.items()},
        topic_pattern=filtered(_union(qfile.topic)),
        currency_units=_currency_units(words),
        function_words=frozenset(w.lower() for w in qfile.function_words),
        counter_words=frozenset(w.lower() for w in qfile.counter_words),
        part_marker=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in qfile.part_markers) + r")\b[^.;]*$"
                               if qfile.part_markers else r"(?!x)x", re.IGNORECASE),
        rules=qfile.rules,
        sources=sfile.sources,
        source_pattern=source_pattern,
        alias_groups=groups,
        attribution=afile,
        claimers=cfile,
        words=words,
    )


@functools.cache
def default_vocabulary() -> Vocabulary:
    """The package's vocabulary, loaded once per process."""
    return load_vocabulary()
