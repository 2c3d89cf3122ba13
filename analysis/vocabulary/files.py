"""The analysts' vocabulary files: what is counted, who claims it, and the words that say so.

``quantities.yaml`` (quantities, counted nouns, cues, rules), ``sources.yaml``
(canonical sources and their aliases), ``attribution.yaml`` (attribution phrases
per language) and ``claimers.yaml`` (countries and kinds of body a claimer is
composed of), each as a strict pydantic model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..schema import CASUALTY_TYPES, SOURCE_TYPES
from .base import Strict, check_regex


class QuantityEntry(Strict):
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)


class QuantityRule(Strict):
    noun: list[str] = Field(min_length=1)
    cues: list[str] = []
    quantity: str
    casualty_type: str | None = None

    @field_validator("casualty_type")
    @classmethod
    def _casualty(cls, value):
        if value is not None and value not in CASUALTY_TYPES:
            raise ValueError(f"casualty_type must be one of {CASUALTY_TYPES}")
        return value


class Measure(Strict):
    """Words right before or after a number that make it a measure, not a count."""

    before: list[str] = []
    after: list[str] = []
    units: list[str] = []
    appositive: str | None = None   # words before a small number set off by commas ("Kim, 41, said"): case-sensitive

    @field_validator("before", "after")
    @classmethod
    def _regexes(cls, value):
        return [check_regex(v) for v in value]


class QuantitiesFile(Strict):
    quantities: dict[str, QuantityEntry]
    counted_nouns: dict[str, list[str]]
    context_cues: dict[str, list[str]]
    rules: list[QuantityRule]
    measures: dict[str, Measure] = {}
    part_markers: list[str] = []
    function_words: list[str] = []
    counter_words: list[str] = []
    topic: list[str] = []

    @field_validator("topic")
    @classmethod
    def _topic(cls, value):
        return [check_regex(v) for v in value]

    @field_validator("counted_nouns", "context_cues")
    @classmethod
    def _regexes(cls, value):
        return {name: [check_regex(pattern) for pattern in patterns] for name, patterns in value.items()}


class SourceEntry(Strict):
    name: str = Field(min_length=1)
    type: str
    aliases: list[str] = Field(min_length=1)
    # a national outlet's country (a code under claimers.yaml countries): a body it cites without naming a country
    # is that country's ("Yonhap, unter Berufung auf den Generalstab": South Korea's)
    country: str | None = None

    @field_validator("type")
    @classmethod
    def _type(cls, value):
        if value not in SOURCE_TYPES or value == "unattributed":
            raise ValueError(f"type must be one of {[t for t in SOURCE_TYPES if t != 'unattributed']}")
        return value

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, value):
        return [check_regex(v) for v in value]


class SourcesFile(Strict):
    sources: dict[str, SourceEntry]


class AttributionCues(Strict):
    before: list[str]
    after: list[str]
    either: list[str]
    relay: list[str] = []
    # stems of regular verbs of saying, read in every form the language's `verb_endings` give ("bericht" ->
    # "berichtet", "berichten", "berichtete"): a verb is listed once, not form by form
    verb_stems: list[str] = []

    @field_validator("before", "after", "either", "relay")
    @classmethod
    def _regexes(cls, value):
        return [check_regex(v) for v in value]


class LanguageAttribution(Strict):
    cues: AttributionCues
    verb_endings: str = ""            # a regex of the endings a regular verb's stem takes ("(?:e|e?st|e?t|en|n|e?te|e?ten)")
    carry: list[str] = []
    subject_after: Literal["anywhere", "after_break"]
    object_determiners: list[str] = []
    object_verbs: list[str] = []
    back_references: list[str] = []
    origin_words: list[str] = []

    @field_validator("carry", "object_verbs", "back_references", "origin_words")
    @classmethod
    def _regexes(cls, value):
        return [check_regex(v) for v in value]

    @field_validator("verb_endings")
    @classmethod
    def _endings(cls, value):
        return check_regex(value) if value else value

    @model_validator(mode="after")
    def _stems_need_endings(self):
        if self.cues.verb_stems and not self.verb_endings:
            raise ValueError("cues.verb_stems are listed, so verb_endings must say which endings a stem takes")
        return self


class AttributionFile(Strict):
    window: int = Field(gt=0)
    languages: dict[str, LanguageAttribution]


# -- claimers.yaml: who can claim, by composition ----------------------------------------------------

class CountryEntry(Strict):
    name: str = Field(min_length=1)
    names: list[str] = Field(min_length=1)
    adjectives: list[str] = []
    regions: list[str] = []           # places that give a claimer its country but are no metonym
    demonyms: list[str] = []          # its people as a noun ("Nordkoreaner", "Russians"): whose figure a count is
    compose: bool = True              # false: its bodies make no id of their own (unresolved, with their words)

    @field_validator("names", "adjectives", "regions", "demonyms")
    @classmethod
    def _regexes(cls, value):
        return [check_regex(v) for v in value]


class BodyEntry(Strict):
    label: str = Field(min_length=1)
    type: str
    fallback: str | None = None
    generic: bool = False
    modifier_decides: bool = False    # "Regierungskreise": the compound's first part names the kind
    compose: bool = True
    compound: list[str] = []
    words: list[str] = []

    @field_validator("type")
    @classmethod
    def _type(cls, value):
        allowed = [t for t in SOURCE_TYPES if t not in ("unattributed", "unresolved")]
        if value not in allowed:
            raise ValueError(f"type must be one of {allowed}")
        return value

    @field_validator("compound", "words")
    @classmethod
    def _regexes(cls, value):
        return [check_regex(v) for v in value]


class PersonEntry(Strict):
    """A named person: the country and the body they speak for (``Syrskyj``: ua, military)."""
    names: list[str] = Field(min_length=1)
    country: str
    body: str

    @field_validator("names")
    @classmethod
    def _regexes(cls, value):
        return [check_regex(v) for v in value]


class PhraseRules(Strict):
    modifier: str
    capitalised_modifiers: bool
    single_word_names: bool
    stop_words: list[str]

    @field_validator("modifier")
    @classmethod
    def _regex(cls, value):
        return check_regex(value)

    @field_validator("stop_words", mode="before")
    @classmethod
    def _words(cls, value):
        if isinstance(value, list) and not all(isinstance(w, str) for w in value):
            bad = [w for w in value if not isinstance(w, str)]
            raise ValueError(f"stop words must be strings; quote {bad} (YAML reads on/off/yes/no as booleans)")
        return value


class Pronouns(Strict):
    subject: list[str]
    demonstrative: list[str] = []   # subjects too, never before a capitalised noun ("dieser", not "dieser Bericht")
    object: list[str] = []
    possessive: list[str] = []


class ClaimersFile(Strict):
    countries: dict[str, CountryEntry]
    bodies: dict[str, BodyEntry]
    canonical: dict[str, dict[str, str]] = {}
    metonym_body: str
    metonym_bodies: dict[str, str] = {}   # a country whose name alone stands for another body (this topic's UK figures)
    briefing_country: str | None = None   # whose service an unplaced one briefing lawmakers is (this topic's NIS)
    place_prepositions: list[str]
    languages: dict[str, PhraseRules]
    pronouns: Pronouns
    person_heads: list[str]
    not_names: list[str] = []
    report_nouns: list[str] = []
    visit_words: list[str] = []
    people: dict[str, PersonEntry] = {}

    @model_validator(mode="after")
    def _references(self):
        for key, person in self.people.items():
            if person.country not in self.countries:
                raise ValueError(f"people.{key}.country {person.country!r} is not under countries")
            if person.body not in self.bodies:
                raise ValueError(f"people.{key}.body {person.body!r} is not under bodies")
        for code, pairs in self.canonical.items():
            if code not in self.countries:
                raise ValueError(f"canonical names country {code!r}, which is not under countries")
            for body in pairs:
                if body not in self.bodies:
                    raise ValueError(f"canonical.{code} names body {body!r}, which is not under bodies")
        for name, body in self.bodies.items():
            if body.fallback is not None and body.fallback not in self.bodies:
                raise ValueError(f"bodies.{name}.fallback names {body.fallback!r}, which is not a body")
        self._metonym_references()
        return self

    def _metonym_references(self) -> None:
        """The bodies a country's word alone stands for, and the briefing country, are listed."""
        if self.metonym_body not in self.bodies:
            raise ValueError(f"metonym_body {self.metonym_body!r} is not a body")
        for code, body in self.metonym_bodies.items():
            if code not in self.countries or body not in self.bodies:
                raise ValueError(f"metonym_bodies.{code}: {body!r} needs a country under countries and a body under bodies")
        if self.briefing_country is not None and self.briefing_country not in self.countries:
            raise ValueError(f"briefing_country {self.briefing_country!r} is not under countries")
