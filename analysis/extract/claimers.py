"""Who can make a claim: claimer phrases in a sentence, and the source they resolve to.

The words come from ``data/claimers.yaml`` (countries, kinds of body, the ids that
answer for a country and a body, per-language phrase rules) and the known names
of ``data/sources.yaml``.

A claimer phrase is found by its head, in this order of trust:

* a name the sources vocabulary knows ("Budanow", "NIS", "CNN");
* a kind of body from ``data/claimers.yaml`` ("Nachrichtendienst", "spy agency",
  "Verteidigungsministerium", "general staff", "officials"), German compounds
  included ("Militärgeheimdienstes" has the head "geheimdienst");
* a country or capital standing alone for its government ("Seoul schätzt"),
  never when it names a place ("sagte in Seoul").

The phrase grows to the left over articles, adjectives, possessives and (in
English) capitalised modifiers ("des südkoreanischen", "South Korea's 80th Air
Assault"), and to the right over genitive, ``of`` and ``in`` complements and a
name in apposition ("ein Sprecher des südkoreanischen Vereinigten Generalstabs",
"Regierung in Seoul", "defence minister Shin Won-sik", "der Sekretär des
russischen Sicherheitsrats, Sergej Schoigu").  The source is then composed: a
known name wins; else country + body through the ``canonical`` table, else
``<country>_<body>``; a body without a country is an anaphor ("the agency")
resolved against the claimers named before; what cannot be placed is
``unresolved`` and keeps its words.

Matching runs on text whose typographic apostrophes and quotes are replaced one
for one (:func:`normalise`), so every offset still points into the raw text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..prefilter import compile_prefiltered
from .attribution_rules import _FIGURE_NOUN, SENDING_COUNTRY
from .lexicon import UNRESOLVED, WORD, LanguageRules, Lexicon, WordTest

__all__ = ["UNRESOLVED", "Claimer", "Lexicon", "find_claimers", "joined", "normalise", "tokens"]

TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "„": '"', "“": '"', "”": '"',
                            "«": '"', "»": '"', "‹": "'", "›": "'"})

_WORD = WORD
_DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen the a an its their his her seine seines seiner ihre "
    "ihres ihrem ihren dessen deren".split())
_AND = frozenset({"and", "und", "sowie"})
# a capital letter ("U" of "U.S.") or a short capitalised title ("Maj", "Gen", "Lt", "Col", "Dr"): a full stop
# after it abbreviates, it does not end the phrase
_ABBREVIATION = re.compile(r"[A-Z]|[A-Z][a-z]{1,2}")
_VAGUE_NUMBER = re.compile(r"(?:zehn|hundert)?(?:tausend|hundert)(?:e|en)?|dutzend\w*|thousands|hundreds|dozens")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w'.-]*$")
_NAME_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|ig|lich|al|iert|ert|t)(?:e|en|er|es|em)$")  # "Vereinigten"
# a town's adjective, which never inflects, right after an article: "des Grazer Politologen", "den Wiener Experten"
_TOWN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}er$")
_ORDINAL = re.compile(r"\d+(?:\.|st|nd|rd|th)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_GENITIVE = frozenset({"des", "der", "of"})
_NOT_GENITIVE = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})   # German articles no genitive has
_ACRONYM_COMPOUND = re.compile(r"\b[A-ZÄÖÜ]{2,}-\w")
_TITLE_LINKS = frozenset({"for", "of", "the", "and", "on", "für", "und"})   # the small words inside a name in title case
_COMPLEMENT = frozenset({"in", "im", "aus", "at", "from", "for", "für", "von", "vom", "bei", "beim", "to", "within",
                         "inside"})     # "envoy to Pyongyang", "Quellen im Generalstab"
_GENITIVE_OR_COMPLEMENT = _GENITIVE | _COMPLEMENT
_LEARNED_FROM = frozenset({"aus", "from", "von", "vom"})   # whom an outlet learned it from: "Reuters aus Regierungskreisen"
MAX_LEFT = 6
MAX_RIGHT = 6


_ATTRIBUTE_PREPOSITIONS = frozenset({"für", "von", "mit", "über", "gegen", "bei", "zu", "an", "auf", "aus", "nach", "in"})


def normalise(text: str) -> str:
    """The text with typographic apostrophes and quotes made plain, same length, same offsets.

    One ``str.replace`` per character that occurs (each a C scan) instead of ``str.translate``, which
    looks every character up in the table: the same result, many times faster on an article."""
    for code, plain in TYPOGRAPHY.items():
        char = chr(code)
        if char in text:
            text = text.replace(char, plain)
    return text


@dataclass(frozen=True)
class Claimer:
    """A claimer phrase: where it is, and what it resolves to."""

    start: int
    end: int
    source: str | None          # canonical id, "unresolved", or None for an anaphor still to resolve
    body: str | None = None
    country: str | None = None
    known: bool = False         # named by the sources vocabulary
    metonym: bool = False       # a country or capital alone ("Seoul schätzt")
    pronoun: bool = False
    person: bool = False        # a person the vocabulary names ("Syrskyj"): never "it"
    office: bool = False        # only an office ("the spokesman"): the claimer named before, else unresolved

    @property
    def is_anaphor(self) -> bool:
        return self.source is None


# -- tokens ----------------------------------------------------------------------------------------

class Token(NamedTuple):      # a tuple: made for every word of every sentence read, so made cheaply
    start: int
    end: int
    text: str


_new_tuple = tuple.__new__    # a Token made without the NamedTuple's own __new__ (a Python call per word)


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [_new_tuple(Token, (m.start(), m.end(), m.group())) for m in _WORD.finditer(text, start, end)]


_DATIVE = frozenset({"der", "dem", "den"})   # articles a "zufolge" phrase opens with


def joined(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens stand in one phrase: only spaces, a hyphen or a quote between them, or the
    full stop of an abbreviation ("U.S. officials", "Maj. Gen. Pat Ryder")."""
    gap = text[left.end:right.start]
    if gap.startswith(".") and _ABBREVIATION.fullmatch(left.text):
        gap = gap[1:]
    # (a hyphen between spaces is a dash: "to Russia - Seoul lawmaker" are two phrases)
    return len(gap) <= 3 and gap.strip(" -\u00a0\"'") == "" and not ("-" in gap and " " in gap)


# -- building phrases ------------------------------------------------------------------------------

@dataclass
class _Span:
    start: int               # token indices, inclusive
    end: int
    source: str | None       # a known source named inside
    metonym: bool
    named: bool              # a proper name the vocabulary does not know
    by_name: bool = False    # the known source comes from a name, not a description


class _Builder:
    """Grows heads into phrases over the tokens of one sentence."""

    def __init__(self, text: str, toks: list[Token], lex: Lexicon, rules: LanguageRules, blocked: set[int]):
        self.text, self.toks, self.lex, self.rules, self.blocked = text, toks, lex, rules, blocked
        self.known: dict[int, int] = {}            # first token -> last token of each name the vocabulary knows
        self.outlets: set[int] = set()             # the last token of each outlet the vocabulary knows

    def _modifier(self, i: int) -> bool:
        word = self.toks[i].text
        low = word.lower()
        if i in self.blocked or low in self.rules.stop_words or _FIGURE_NOUN.fullmatch(word):
            return False                           # "the figure | the Pentagon keeps giving out"
        if low in _DETERMINERS or low.endswith("'s") or self.lex.is_country(word):
            return True
        if _ORDINAL.match(word) or (word.isupper() and len(word) <= 5) or (_YEAR.fullmatch(word) and i > 0 and (
                self.toks[i - 1].text.lower().endswith(("'s", "’s")) or self.toks[i - 1].text.lower() in _DETERMINERS)):
            return True                            # (a year after a possessive: "South Korea's 2025 defence white paper")
        if _CAPITALISED.match(word):
            return self.rules.capitalised_modifiers or bool(_NAME_ADJECTIVE.match(word)) or \
                (bool(_TOWN_ADJECTIVE.match(word)) and i > 0 and self.toks[i - 1].text.lower() in _DETERMINERS)
        return bool(self.rules.modifier.match(word))

    def grow_left(self, i: int) -> int:
        if self.toks[i].text.lower() in _DETERMINERS:
            return i                               # a head with its own article ("the report") opens its phrase
        j = i
        while True:
            while j > 0 and i - j < MAX_LEFT and joined(self.text, self.toks[j - 1], self.toks[j]) and self._modifier(j - 1) \
                    and not self._object_of_attribute(j - 1) and not self._verb_before_name(j):
                j -= 1
                if self.toks[j].text.lower() in _DETERMINERS:
                    break                          # an article opens its phrase: "Nordkorea | dem Nachrichtendienst"
            if j > 1 and self.toks[j - 1].text.lower() in _AND and j - 1 not in self.blocked and \
                    self.toks[j - 2].text.endswith("-") and self.toks[j - 2].text[:1].isupper():
                j -= 2                             # "des südkoreanischen Inlands- und Auslandsgeheimdienstes"
                continue
            break
        if j > 1 and self.toks[j - 1].text.lower() in _AND and self.lex.is_country(self.toks[j - 2].text) \
                and self.lex.is_country(self.toks[j].text) and j - 1 not in self.blocked \
                and joined(self.text, self.toks[j - 2], self.toks[j - 1]):
            j -= 2                                 # "American and Ukrainian officials"
        j = self._listed_countries(j)
        j = self._extended_attribute(j, i)
        while j < i and self.toks[j].text.lower() not in _DETERMINERS and not self._anchors(j):
            j += 1                                 # never start on a bare lowercase word: "while Seoul"
        if j < i and self.toks[j].text.lower() in _DETERMINERS and self.lex.name_pattern.fullmatch(self.toks[j + 1].text) \
                and self.toks[j + 1].text.endswith("s") and self.toks[j + 1].text[:1].isupper():
            j += 1                                 # "eine Bewertung, die | Südkoreas Nachrichtendienst": no article before a genitive name
        if j + 1 == i and self.toks[j].text.lower() in _DETERMINERS and self.lex.name_pattern.fullmatch(self.toks[i].text) \
                and self.text.rfind(",", self.toks[j].start - 3, self.toks[j].start) >= 0:
            j += 1                                 # "die 12.000, die | Seoul nennt": a relative pronoun, no article
        return j

    def _listed_countries(self, j: int) -> int:
        """"South Korean, Ukrainian and Western intelligence estimates": country adjectives listed with commas before
        a phrase that opens with one are the phrase's."""
        while j > 0 and self.lex.is_country(self.toks[j].text) and not self.lex.is_place(self.toks[j].text):
            gap = self.text[self.toks[j - 1].end:self.toks[j].start]
            if not re.fullmatch(r",\s+", gap) or (j - 1) in self.blocked or self.lex.is_place(self.toks[j - 1].text):
                break                              # (adjectives only: "Russia, Seoul says" lists nothing)
            k = j - 1                                  # the listed country's words: "South Korean" is two
            while k > 0 and joined(self.text, self.toks[k - 1], self.toks[k]) and self.toks[k - 1].text[:1].isupper() and \
                    self.lex.country_in(self.text, self.toks[k - 1].start, self.toks[j - 1].end) is not None and \
                    not self.lex.is_country(self.toks[k].text):
                k -= 1
            if self.lex.country_in(self.text, self.toks[k].start, self.toks[j - 1].end) is None:
                break
            j = k
        return j

    def _verb_before_name(self, j: int) -> bool:
        """German: a lowercase word right before a country's name is a verb ("lieferte Nordkorea"); an adjective there
        has its article after it ("das abgeschottete Nordkorea"), so it is no modifier unless one stands before it.
        English: only right after a head noun (below)."""
        toks = self.toks
        if not (toks[j - 1].text[:1].islower() and toks[j - 1].text.lower() not in _DETERMINERS
                and _CAPITALISED.match(toks[j].text) and self._country_at(j)):
            return False
        if self.rules.capitalised_modifiers:
            # English: a lowercase word between a head noun and a country's name is a verb ("Estonia's intelligence
            # service | expects | North Korea to ..."): a modifier never follows the head of its own phrase
            word = toks[j - 1].text
            return j > 1 and not self.lex.is_body_word(word) and not self.lex.is_person_head(word) and (
                self.lex.is_body_word(toks[j - 2].text) or self.lex.is_person_head(toks[j - 2].text))
        return self.lex.is_country(toks[j].text) and not (j > 1 and toks[j - 2].text.lower() in _DETERMINERS)

    def _object_of_attribute(self, k: int) -> bool:
        """German: a capitalised word after a preposition, before a lowercase participle or adjective ("für | Nordkorea |
        zuständige"), is what the attribute is about, not a modifier of the head."""
        toks = self.toks
        return not self.rules.capitalised_modifiers and k >= 1 and k + 1 < len(toks) and \
            toks[k - 1].text.lower() in _ATTRIBUTE_PREPOSITIONS and bool(_CAPITALISED.match(toks[k].text)) and \
            bool(self.rules.modifier.match(toks[k + 1].text))

    def _extended_attribute(self, j: int, i: int) -> int:
        """German: an article, a prepositional phrase and the participle or adjective it hangs on before the head ("die
        | für Kriegsgefangene | zuständige Koordinierungsstelle"): the phrase opens at the article."""
        toks = self.toks
        if self.rules.capitalised_modifiers or j < 3 or j > i or not self.rules.modifier.match(toks[j].text) or \
                toks[j - 2].text.lower() not in _ATTRIBUTE_PREPOSITIONS or toks[j - 3].text.lower() not in _DETERMINERS or \
                not _CAPITALISED.match(toks[j - 1].text) or any(k in self.blocked for k in (j - 3, j - 2, j - 1)) or \
                not all(joined(self.text, toks[k - 1], toks[k]) for k in (j - 2, j - 1, j)):
            return j
        return j - 3

    def _anchors(self, j: int) -> bool:
        word = self.toks[j].text
        return (bool(self.lex.is_country(word)) or word.lower().endswith("'s")
                or bool(_CAPITALISED.match(word)) or bool(_ORDINAL.match(word)) or self.lex.is_body_word(word)
                or bool(self.rules.modifier.match(word) and not self.rules.capitalised_modifiers))

    def complement_end(self, i: int) -> int:
        """The last token of the genitive / of / in complements after token i (i when none)."""
        toks = self.toks
        while i + 2 < len(toks) + 1 and i + 1 < len(toks):
            lead = toks[i + 1]
            if not joined(self.text, toks[i], lead) or lead.text.lower() not in _GENITIVE_OR_COMPLEMENT \
                    or i + 1 in self.blocked:          # "dpa aus Regierungskreisen erfuhr": the cue parts them
                return i
            k, last_head = i + 2, None
            genitive = lead.text.lower() in _GENITIVE
            while k < min(len(toks), i + 2 + MAX_RIGHT) and joined(self.text, toks[k - 1], toks[k]):
                if k in self.known and k not in self.blocked and toks[k].text.lower() not in self.rules.stop_words:
                    last_head = k = self.known[k]  # a name the vocabulary knows is a head whatever its words:
                    k += 1                         # "der Sprecher des Sicherheitsrats im | Weißen Haus"
                    continue
                step = self._complement_word(k, i, genitive)
                if step == "stop":
                    break
                if step == "head":
                    last_head = k
                k += 1
            if last_head is None and k > i + 2 and (self.lex.body_words.search(self.text, toks[i + 2].start, toks[k - 1].end)
                                                    or self.lex.name_pattern.search(self.text, toks[i + 2].start,
                                                                                    toks[k - 1].end)):
                last_head = k - 1                  # a head of several words: "for the White House National Security Council"
            if last_head is None:
                last_head = self._title_end(i)     # "the Institute for the Study of War": a name in title case
            if last_head is None:
                return i
            end = self.apposition_end(last_head)
            if end + 1 < len(toks) and toks[end + 1].text.lower() == "zufolge" and lead.text.lower() in _DATIVE:
                return i                           # "sagte Kim | der Nachrichtenagentur KCNA zufolge": zufolge's own
            if self._another_party(i, lead.text.lower(), end):
                return i
            i = end
        return i

    def _another_party(self, i: int, lead: str, end: int) -> bool:
        """Whether the complement from token ``i + 2`` to ``end`` (after ``lead``) names another party than the phrase's:
        whom a name spoke to ("sagte Budanow | der Zeitung ...": a name takes no genitive) or whom an outlet learned it
        from ("erfuhr Reuters | aus Regierungskreisen")."""
        return (lead in _DATIVE and self._name_then_outlet(i, i + 2, end)) or \
            (lead in _LEARNED_FROM and self._outlet_then_body(i, i + 2, end))

    def _name_then_outlet(self, i: int, start: int, end: int) -> bool:
        """A name (no body, no office) at token ``i`` and an outlet from ``start`` to ``end``: a name takes no genitive,
        so the outlet is whom it spoke to ("sagte Budanow der Zeitung", "sagte Kim der Agentur")."""
        word = self.toks[i].text
        return bool(_CAPITALISED.match(word)) and not self.lex.is_body_word(word) and not self.lex.is_person_head(word) \
            and self.lex.body_in(self.text, self.toks[start].start, self.toks[end].end) == "media"

    def _outlet_then_body(self, i: int, start: int, end: int) -> bool:
        """An outlet ending at token ``i`` ("Reuters", "des Senders KBS") and a body (not a place, not another outlet) from ``start`` to ``end``: an outlet is
        not part of a body, so "Reuters aus Regierungskreisen" is the outlet and the informant it learned from."""
        body = self.lex.body_in(self.text, self.toks[start].start, self.toks[end].end)
        return body is not None and body != "media" and (
            i in self.outlets or self.lex.body_in(self.text, self.toks[max(0, i - 1)].start, self.toks[i].end) == "media")

    def _title_end(self, i: int) -> int | None:
        """The last word of a name that goes on in title case after a capitalised head at token ``i`` ("Institute
        for the Study of War", "Center for Strategic and International Studies", "Institut für Kriegsstudien"), else None."""
        toks = self.toks
        if not _CAPITALISED.match(toks[i].text) or toks[i + 1].text.lower() not in _TITLE_LINKS:
            return None
        last, k = None, i + 2
        while k < min(len(toks), i + 2 + MAX_RIGHT) and joined(self.text, toks[k - 1], toks[k]) and k not in self.blocked:
            if _CAPITALISED.match(toks[k].text) and toks[k].text.lower() not in _DETERMINERS:
                last = k
            elif toks[k].text.lower() not in _TITLE_LINKS:
                break
            k += 1
        return last

    def _complement_word(self, k: int, i: int, genitive: bool) -> str:
        """What token ``k`` of a complement after token ``i`` is: "head", "stop" or "go" (a word of its phrase)."""
        toks, word = self.toks, self.toks[k].text
        if k in self.blocked or word.lower() in self.rules.stop_words:
            return "stop"
        if k > i + 2 and word.lower() in _NOT_GENITIVE and not self.rules.capitalised_modifiers and \
                _CAPITALISED.match(toks[k - 1].text):
            return "stop"                          # German: "der Geheimdienst in Seoul | den Abgeordneten": the next phrase
        if toks[i + 1].text.lower() == "in" and self.lex.is_place(word) and self._other_country(i, word):
            return "stop"                          # "nach Einschätzung der USA | in Kursk stationiert": where the troops are
        if toks[i + 1].text.lower() == "to" and not self.lex.is_place(word) and not _CAPITALISED.match(word):
            return "stop"                          # "envoy to Pyongyang", never "the spy agency | to lawmakers"
        # after "in"/"aus"/"from" a country's adjective alone is no head ("nach Worten von Präsident Selenskyj
        # | in ukrainische Gefangenschaft"): its name or a body is ("Geheimdienst in Südkorea")
        if (self._country_at(k) if genitive else self.lex.is_place(word)) or \
                self.lex.is_body_word(word) or self.lex.name_pattern.match(word):
            return "head"
        if word.islower() and k + 1 < len(toks) and toks[k + 1].text.lower() in _DETERMINERS:
            return "stop"                          # "werfen der Regierung": a verb before an article, no adjective
        if not genitive and not self.rules.capitalised_modifiers and _CAPITALISED.match(word) and \
                word.lower() not in _DETERMINERS and not (word.endswith("er") and self.lex.is_place(word[:-2])):
            return "stop"                          # German: "aus dem Nachrichtendienst | in einer Sitzung des Parlaments"
            # (never a place's adjective before the head: "vom Berliner Ostasien-Institut")
        if not (word.lower() in _DETERMINERS or self.rules.modifier.match(word) or _CAPITALISED.match(word)
                or _ORDINAL.match(word)):
            return "stop"
        return "go"

    def _other_country(self, i: int, place: str) -> bool:
        """Whether the words ending at token ``i`` (its own and the two before) name a country other than the place's."""
        first = i
        while first > max(0, i - 2) and joined(self.text, self.toks[first - 1], self.toks[first]):
            first -= 1                             # the head's own words, not across a comma
        named = self.lex.country_in(self.text, self.toks[first].start, self.toks[i].end)
        return named is not None and named != self.lex.country_in(place, 0, len(place))

    def _country_at(self, k: int) -> bool:
        """Whether a country's name or adjective starts at token ``k`` and covers it ("U.S.", "South Korean")."""
        m = self.lex.country_pattern.match(self.text, self.toks[k].start)
        return m is not None and m.end() >= self.toks[k].end

    def office_end(self, i: int) -> int:
        """An office after a body or country: "White House spokesman", "EU foreign policy chief"."""
        for k in range(i + 1, min(len(self.toks), i + 5)):
            if k in self.blocked or not joined(self.text, self.toks[k - 1], self.toks[k]):
                break
            if self.lex.is_person_head(self.toks[k].text):
                return k
            if self.toks[k].text.lower() in self.rules.stop_words or not self.toks[k].text.islower():
                break
        return i

    def apposition_end(self, i: int) -> int:
        """A name right after a head ("Verteidigungsminister Shin Won-sik", "Nachrichtendienst NIS")."""
        named = self._name_before_acronym(i)
        if named is not None:                      # "die Stiftung Wissenschaft und Politik (SWP)": a name its acronym
            return named                           # closes, connectors and all
        run = []
        for k in range(i + 1, min(len(self.toks), i + 4)):
            tok = self.toks[k]
            low = tok.text.lower()
            if k in self.blocked or not joined(self.text, self.toks[k - 1], tok) or not _CAPITALISED.match(tok.text) \
                    or low in self.rules.stop_words or low in _DETERMINERS or _VAGUE_NUMBER.fullmatch(low):
                break                              # (never a figure's words: "des Geheimdienstes | Tausende Arbeiter")
            run.append(k)
        if not run:
            return i
        if self.rules.single_word_names or len(run) >= 2 or any(
                self.toks[k].text.isupper() or "-" in self.toks[k].text or self.lex.is_country(self.toks[k].text)
                for k in run) or self._named_kind(i, run[0]):
            return run[-1]
        return i                                   # German: one capitalised word after a noun is another noun

    def _named_kind(self, i: int, k: int) -> bool:
        """German: one capitalised word after the kind of an outlet is its name ("der Plattform Oryx",
        "des Portals Mediazona", "die Agentur Interfax") when punctuation or a lower-case word follows it (a noun, an
        object, would stand in a phrase of its own: "meldete die Agentur Truppenbewegungen an der Grenze" is rarer than
        a name; a body word or a country is never a name)."""
        head, word = self.toks[i].text, self.toks[k].text
        if self.lex.is_body_word(word) or not any(name in _NAMED_KINDS and search(head) for name, search in self.lex.body_compounds):
            return False
        after = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return after is None or not joined(self.text, self.toks[k], after) or after.text[:1].islower()

    def _name_before_acronym(self, i: int) -> int | None:
        for k in range(i + 1, min(len(self.toks), i + 7)):
            tok = self.toks[k]
            if k in self.blocked or not joined(self.text, self.toks[k - 1], tok) or not (
                    _CAPITALISED.match(tok.text) or tok.text.lower() in _NAME_CONNECTORS):
                return None
            if _CAPITALISED.match(tok.text) and _ACRONYM_AFTER.match(self.text, tok.end):
                return k
        return None


_NAMED_KINDS = frozenset({"media"})   # bodies a single German word after their kind names ("Universität Wien" is a place)
_NAME_CONNECTORS = frozenset({"und", "für", "and", "for", "of", "der", "des", "the", "on"})
_ACRONYM_AFTER = re.compile(r"\s*\((?-i:[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9})\)")


def _heads(text: str, start: int, end: int, toks: list[Token], known: re.Pattern | None, known_groups: dict[str, str],
           lex: Lexicon, compounds: bool) -> list[tuple[int, int, str | None, bool, bool]]:
    """(start, end, known source or None, is_metonym, known by name) of every head in the span;
    ``compounds``: an office may end a compound ("Sonderbeauftragte")."""
    heads: list[tuple[int, int, str | None, bool, bool]] = []
    if known is not None:
        for m in known.finditer(text, start, end):
            if lex.name_pattern.fullmatch(text, m.start(), m.end()) or lex.name_pattern.fullmatch(m.group(0) + "s") or \
                    _LEANING_PREFIX.search(text, max(0, m.start() - 5), m.start()):
                continue                           # "Seoul" is a metonym head, composed like the others; "Pro-Kremlin":
                # whom someone sides with, not who speaks
            # a known name ("Budanov", "NIS") says more than a known description ("Ukraine's intelligence")
            is_name = lex.country_in(text, m.start(), m.end()) is None and \
                lex.body_in(text, m.start(), m.end()) is None
            heads.append((m.start(), m.end(), known_groups.get(m.lastgroup), False, is_name))
    if lex.people is not None:
        for m in lex.people.finditer(text, start, end):
            country, body = lex.people_sources[m.lastgroup]
            heads.append((m.start(), m.end(), lex.compose(country, body), False, True))
    heads += [(m.start(), m.end(), None, False, False) for m in lex.body_words.finditer(text, start, end)]
    head_word = _head_words(lex, compounds)      # a body's compound, an office ("envoy", "Sonderbeauftragte")
    heads += [(tok.start, tok.end, None, False, False) for tok in toks if head_word(tok.text)]
    for m in lex.name_pattern.finditer(text, start, end):
        if text[m.start()].isupper() and not _LEANING_PREFIX.search(text, max(0, m.start() - 5), m.start()):
            heads.append((m.start(), m.end(), None, True, False))
    return heads + _people_heads(text, start, end, lex) + _acronym_heads(toks, lex)


_HEAD_WORDS: dict[tuple[int, bool], tuple[Lexicon, WordTest]] = {}   # by the lexicon's id (each entry holds its lexicon)


def _head_words(lex: Lexicon, compounds: bool) -> WordTest:
    """Whether a word is a head by itself: a body's compound stem in it, an office, or (``compounds``, German) a
    capitalised word ending in an office; remembered per word (one lookup a token instead of three word tests)."""
    found = _HEAD_WORDS.get((id(lex), compounds))
    if found is None or found[0] is not lex:
        if len(_HEAD_WORDS) >= 8:                  # (a test builds lexicons of its own: a few kept at most)
            _HEAD_WORDS.clear()
        found = _HEAD_WORDS[(id(lex), compounds)] = (lex, WordTest(
            lambda word: lex.any_compound(word) or lex.is_person_head(word)
            or (compounds and word[0].isupper() and lex.ends_in_office(word))))
    return found[1]


def _acronym_heads(toks: list[Token], lex: Lexicon) -> list[tuple[int, int, str | None, bool, bool]]:
    """"..., US says", "UK:": a country's acronym alone speaks for it as its name does."""
    return [(t.start, t.end, None, True, False) for t in toks
            if 2 <= len(t.text) <= 3 and t.text.isupper() and lex.is_country(t.text) and not lex.is_place(t.text)]


def _people_heads(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, str | None, bool, bool]]:
    """"setzen die Briten ... an", "the Americans believe": a country's people with a definite article speak for it
    (never the soldiers sent: "die Nordkoreaner" are counted, not claimers)."""
    return [(m.start(), m.end(), None, True, False) for m in lex.demonym_pattern.finditer(text, start, end)
            if m.lastgroup[2:] != SENDING_COUNTRY and _DEFINITE_BEFORE.search(text, max(start, m.start() - 5), m.start())]


_DEFINITE_BEFORE = re.compile(r"\b(?:die|den|der|the)\s+$", re.IGNORECASE)


def _token_at(ends: list[int], offset: int) -> int:
    """The first token ending after ``offset`` (``ends``: the tokens' ends, sorted), else the last."""
    return min(bisect.bisect_right(ends, offset), len(ends) - 1)


def _blocked(toks: list[Token], ends: list[int], cues: list[tuple[int, int]]) -> set[int]:
    """The tokens that overlap a cue: for each cue the run of tokens ending after its start and starting before its
    end, found by bisection (tokens are in text order and never overlap: their starts and ends both increase)."""
    if not cues:
        return set()
    starts = [t.start for t in toks]
    blocked: set[int] = set()
    for cue_start, cue_end in cues:
        blocked.update(range(bisect.bisect_right(ends, cue_start), bisect.bisect_left(starts, cue_end)))
    return blocked


def find_claimers(text: str, start: int, end: int, *, known: re.Pattern | None, known_groups: dict[str, str],
                  lex: Lexicon, language: str, cues: list[tuple[int, int]] = ()) -> list[Claimer]:
    """Every claimer phrase between start and end of ``text`` (normalised), in text order.

    ``cues`` are the spans of attribution words: a phrase never grows over them.
    """
    toks = tokens(text, start, end)
    if not toks:
        return []
    ends = [t.end for t in toks]
    blocked = _blocked(toks, ends, cues)
    builder = _Builder(text, toks, lex, lex.languages[language], blocked)
    spans: list[_Span] = []
    compounds = not lex.languages[language].capitalised_modifiers     # German: offices end compounds
    heads = _heads(text, start, end, toks, known, known_groups, lex, compounds)
    builder.known = {i: k for i, k, source, metonym in ((_token_at(ends, h0), _token_at(ends, h1 - 1), source, metonym)
                                                       for h0, h1, source, metonym, _ in heads)
                     if source is not None or (metonym and k > i)}   # (a one-word place is the walk's own question)
    builder.outlets = {_token_at(ends, h1 - 1) for _, h1, source, _, _ in heads if source in lex.media_sources}
    for h0, h1, source, metonym, by_name in heads:
        i, k = _token_at(ends, h0), _token_at(ends, h1 - 1)
        if i in blocked and k in blocked:
            continue                               # "nach Einschätzung": the cue, not a claimer
        named = False
        # in German every noun is capitalised: "veröffentlichte Nordkorea Namen" is no name, "des Kyiv Independent" is
        article = lex.languages[language].capitalised_modifiers or (i > 0 and toks[i - 1].text.lower() in _DETERMINERS)
        if metonym and article and k + 1 < len(toks) and joined(text, toks[k], toks[k + 1]) and \
                _CAPITALISED.match(toks[k + 1].text) and not lex.is_body_word(toks[k + 1].text) and \
                not lex.is_country(toks[k + 1].text) and toks[k + 1].text.lower() not in _DETERMINERS \
                and not lex.person_heads.match(toks[k + 1].text):
            named, metonym = True, False           # "Kyiv Independent", "Washington Post": a name, not a place
            k = builder.apposition_end(k + 1)      # (German: the word after the place is the name's, whatever follows)
        elif metonym and i > 0 and joined(text, toks[i - 1], toks[i]) and toks[i - 1].text.isupper() and \
                len(toks[i - 1].text) >= 2 and not lex.is_country(toks[i - 1].text) and i - 1 not in builder.blocked:
            named, metonym, i = True, False, i - 1  # "RBC Ukraine", "TV Kyiv": an acronym before the place names an outlet
        i = builder.grow_left(i)
        walked = builder.complement_end(k)
        k = builder.apposition_end(builder.office_end(walked))
        if k != walked:                            # (a walk from where the last one stopped stops there again)
            k = builder.complement_end(k)          # "the Defense Intelligence Headquarters | of Japan's defence ministry"
        spans.append(_Span(i, k, source, metonym, named, by_name and source is not None))
    found = [c for c in (_resolve(text, span, toks, lex, blocked) for span in _merge(text, toks, spans)) if c]
    cue_spans = [(toks[i].start, toks[i].end) for i in blocked]
    return _placed_with_another(text, _coordinated_countries(text, _possessors_joined(text, found, cue_spans), cue_spans,
                                                             lex), lex)


_COORDINATION = re.compile(r"(?:\s*,\s*(?:(?:and|und|sowie)\s+)?|\s+(?:and|und|sowie|&)\s+)(?:(?:der|die|dem|den|the)\s+)?")
# a list of countries that goes on past its last claimer: "aus Südkorea, der Ukraine | und westlichen Staaten"
_AND_MORE = re.compile(r"\s+(?:and|und|sowie)\s+(?:(?:der|die|den|dem|the|other|andere[nr]?)\s+)?(?-i:[a-zäöüß]+\w*\s+)?"
                       r"(?:staaten|ländern|länder|partnern|partner|verbündeten|countries|states|allies|partners)\b",
                       re.IGNORECASE)


# a place that ends a claimer, joined by "and" to another: "Diplomaten aus Russland und dem Westen", "officials in Seoul
# and Washington"
_AND_ANOTHER_PLACE = re.compile(r"\s+(?:and|und|sowie|or|oder)\s+(?:(?:der|die|dem|den|the)\s+)?", re.IGNORECASE)
_PLACE_WORD = re.compile(r"(?:(?:[A-Z]\.){2,}|[\w-]+)")


# diplomats speak for the countries that post them: never for the place they are posted in ("Diplomaten in Russland"),
# nor for the country of whoever cites them (attribution.py)
_DIPLOMAT_WORDS = r"\b(?:diplomat\w*|botschafter\w*|ambassadors?|envoys?|gesandte\w*)"
DIPLOMATS = re.compile(_DIPLOMAT_WORDS + r"\b", re.IGNORECASE)
_STATIONED_IN = re.compile(_DIPLOMAT_WORDS + r"\s+(?:[\w-]+\s+)?(?:in|im|at|based in|stationed in)\s", re.IGNORECASE)


def _placed_with_another(text: str, claimers: list[Claimer], lex: Lexicon) -> list[Claimer]:
    """A claimer placed by the country that ends its words, joined by "and" to another country, speaks for both: one
    unresolved claimer ("nicht genannte Diplomaten aus Russland und dem Westen")."""
    out: list[Claimer] = []
    for c in claimers:
        if out and c.start < out[-1].end:
            continue                               # the other place, now inside the joint claimer
        if c.country is not None and _STATIONED_IN.search(text, c.start, c.end):
            c = Claimer(c.start, c.end, UNRESOLVED, c.body, None)   # "Diplomaten in Russland": stationed there, of
            out.append(c)                                           # other countries
            continue
        joined_place = _AND_ANOTHER_PLACE.match(text, c.end) if c.country is not None and not c.person else None
        if joined_place is not None and lex.country_in(text, text.rfind(" ", c.start, c.end) + 1 or c.start, c.end) == c.country:
            word = _PLACE_WORD.match(text, joined_place.end())
            # (the place's first word, or its first two: "the West", "South Korea")
            second = _PLACE_WORD.match(text, word.end() + 1) if word and text[word.end():word.end() + 1] == " " else None
            for end in [w.end() for w in (word, second) if w is not None]:
                other = lex.country_in(text, c.end, end)
                if other is not None and other != c.country:
                    c = Claimer(c.start, end, UNRESOLVED, c.body, None)
                    break
        out.append(c)
    return out


_AND_BEFORE = re.compile(r"(?<!,)\s\b(?:and|und|sowie)\s+$|\s*&\s*$")


def _joined_adjective(text: str, c: Claimer, lex: Lexicon) -> Claimer:
    """"U.S. and South Korean officials": a country adjective joined before the phrase makes it a joint claimer."""
    if c.country is None or c.metonym or c.person:
        return c
    conj = _AND_BEFORE.search(text, max(0, c.start - 10), c.start)
    if conj is None:
        return c
    before = [m for m in lex.country_pattern.finditer(text, max(0, conj.start() - 30), conj.start())
              if text[m.end():conj.start()].strip(" .") == ""]
    if not before or before[-1].lastgroup[2:] == c.country:
        return c
    return Claimer(before[-1].start(), c.end, UNRESOLVED, c.body, None)


def _coordinated_countries(text: str, claimers: list[Claimer], blocked: list[tuple[int, int]],
                           lex: Lexicon) -> list[Claimer]:
    """"Ukraine and South Korea indicated", "the US, Ukraine, and South Korea", "U.S. and South Korean officials":
    claimers of different countries joined by "and" speak together, so neither alone: one unresolved claimer."""
    out: list[Claimer] = []
    run: list[Claimer] = []

    def close():
        conjoined = len(run) > 1 and (re.search(r"\b(?:and|und|sowie)\b|&", text[run[-2].end:run[-1].start]) or
                                      _AND_MORE.match(text, run[-1].end))
        if conjoined and len({c.country for c in run}) == len(run):
            out.append(Claimer(run[0].start, run[-1].end, UNRESOLVED, run[-1].body, None))
        else:
            out.extend(run)
        run.clear()

    for c in map(lambda c: _joined_adjective(text, c, lex), claimers):
        last = run[-1] if run else None
        if last is not None and c.country is not None and last.country is not None and not c.person and \
                not last.person and (last.metonym or last.body == c.body) and \
                _COORDINATION.fullmatch(text, last.end, c.start) and \
                not any(last.end <= a and b <= c.start for a, b in blocked):
            run.append(c)
            continue
        close()
        run.append(c)
    close()
    return out


_POSSESSIVE_GAP = re.compile(r"\s+(?:[^\W\d_][\w-]*\s+){0,3}")


_ABBREVIATION_GAP = re.compile(r"\s*\(")


def _possessors_joined(text: str, claimers: list[Claimer], blocked: list[tuple[int, int]]) -> list[Claimer]:
    """"Pjöngjangs amtliche Agentur KCNA", "Pyongyang's official KCNA": a place in the possessive before a known
    claimer is that claimer's, one phrase with its source; a name's abbreviation in parentheses after it is part
    of it."""
    out: list[Claimer] = []
    for c in claimers:
        last = out[-1] if out else None
        if last is not None and last.metonym and c.known and re.search(r"(?:s|['’]s)$", text[last.start:last.end]) \
                and _POSSESSIVE_GAP.fullmatch(text, last.end, c.start) \
                and not any(last.end <= a and b <= c.start for a, b in blocked):
            out[-1] = Claimer(last.start, c.end, c.source, c.body, c.country or last.country, known=True,
                              person=c.person)
            continue
        if last is not None and _ABBREVIATION_GAP.fullmatch(text, last.end, c.start) and text.startswith(")", c.end) \
                and (c.source == last.source or (c.source == UNRESOLVED and text[c.start:c.end].isupper())):
            out[-1] = replace(last, end=c.end + 1)   # "the National Intelligence Service (NIS)": one name
            continue
        out.append(c)
    return out


def _merge(text: str, toks: list[Token], spans: list[_Span]) -> list[_Span]:
    """Overlapping phrases become one; a known name in apposition after a comma joins the phrase before."""
    spans.sort(key=lambda sp: (sp.start, sp.end))
    merged: list[_Span] = []
    for span in spans:
        gap = text[toks[merged[-1].end].end:toks[span.start].start] if merged and span.start > merged[-1].end else ""
        if merged and (span.start <= merged[-1].end or
                       (span.start == merged[-1].end + 1 and gap.strip(" \u00a0") == "" and len(gap) <= 2
                        and toks[span.start].text.lower() not in _DETERMINERS) or   # "Nordkorea | dem Dienst"
                       # (never two different known sources: "According to Reuters, Sergei Shoigu, ...")
                       (span.start == merged[-1].end + 1 and gap.strip() == "," and
                        # "killed in Russia, Lee ...": a place after a verb, then a name ("Beraters in Seoul, Shin
                        # Won-sik" joins: the place completes an office)
                        not (merged[-1].metonym and merged[-1].start > 1 and
                             toks[merged[-1].start - 1].text.lower() in _PLACE_BEFORE and
                             toks[merged[-1].start - 2].text[:1].islower()) and
                        ((span.source and merged[-1].source in (None, span.source)) or
                         # "Sergei Shoigu, secretary of Russia's Security Council,": an office after a known name
                         (span.source is None and merged[-1].by_name)) and
                        re.match(r"\s*(?:[,.;)]|$)", text[toks[span.end].end:toks[span.end].end + 3]))):
            last = merged[-1]
            last.end = max(last.end, span.end)
            # (a name in the genitive before the head is its owner: "Putins Sicherheitsratschef Sergej Schoigu" is
            # Schoigu; a government-wide id stays the owner's to compose with the office: "Selenskyjs Stabschef Andrij
            # Jermak")
            owner = last.by_name and span.start > last.start and toks[last.start].text.endswith(("s", "'s", "’s")) \
                and span.source is not None and not span.source.endswith("_government")
            if span.by_name and (not last.by_name or owner):
                last.source, last.by_name = span.source, True
            last.source = last.source or span.source
            last.metonym = last.metonym and span.metonym
            last.named = last.named or span.named
        else:
            merged.append(_Span(span.start, span.end, span.source, span.metonym, span.named, span.by_name))
    return merged


def _owner_country(text: str, s: int, e: int, lex: Lexicon) -> str | None:
    """The country a claimer phrase belongs to; not the one a body deals with ("das für Nordkorea zuständige Ministerium
    in Seoul": where it sits)."""
    leaning = _LEANING.search(text, s, e)
    if leaning is not None:                        # "a pro-Russian blogger": whom they side with, not whose they are
        return _owner_country(text, s, leaning.start(), lex) or _owner_country(text, leaning.end(), e, lex)
    country = lex.country_in(text, s, e) or lex.demonym_in(text, s, e)
    portfolio = _PORTFOLIO.search(text, max(0, s - 6), e) if country is not None else None
    if portfolio is None:
        return country
    # where it sits: in its own words after what it deals with, or right after them
    place = _PLACE_AFTER.search(text, portfolio.end(), e) or _PLACE_AFTER.match(text, e)
    return lex.country_in(text, place.start(1), place.end(1)) if place else None


# a body named by what it deals with: "das für Nordkorea zuständige Ministerium", "the ministry responsible for North Korea"
# (or by what it covers: "das auf Nordkorea spezialisierte Portal", "a website specialising in North Korea", "the
# North Korea-focused site")
_PORTFOLIO = compile_prefiltered(r"\b(?:für|for)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:zuständige\w*|verantwortliche\w*|affairs)\b|"
                        r"\b(?:responsible for|in charge of|zuständig für)\b|"
                        r"\bauf\s+[\w-]+(?:\s+[\w-]+)?\s+spezialisierte\w*|"
                        r"\b(?:speciali[sz]ing|speciali[sz]ed|focused|focusing)\s+(?:in|on)\b|-(?:focused|watching)\b",
                        re.IGNORECASE)
# whom someone sides with: "pro-Kremlin", "pro-Russian", "anti-Western"
_LEANING_PREFIX = re.compile(r"(?<![\w-])(?:pro|anti)-$", re.IGNORECASE)
_LEANING = re.compile(r"(?<![\w-])(?:pro|anti)-[\w]+", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|im)\s+([A-ZÄÖÜ][\w-]+)")
_PLACE_BEFORE = frozenset({"in", "im", "nach", "to", "into", "from", "aus", "near", "bei"})
_SIDE = frozenset({"seite", "side"})
_ON_A_SIDE = re.compile(r"\b(?:auf|on\s+the|on\s+their|on\s+its)\s+$", re.IGNORECASE)


def _resolve(text: str, span: _Span, toks: list[Token], lex: Lexicon, blocked: set[int]) -> Claimer | None:
    s, e = toks[span.start].start, toks[span.end].end
    country = _owner_country(text, s, e, lex)
    body = lex.body_in(text, s, e)
    if lex.joint_countries(text, s, e):          # ("South Korean, Ukrainian and Western intelligence": a known alias too)
        return Claimer(s, e, UNRESOLVED, body, None)
    if span.source is not None:
        named = lex.people.search(text, s, e) if lex.people is not None else None
        person = named is not None
        if body is None and person:                # "sagte Lee Seong-kweun": the body the vocabulary gives the person
            kind = span.source.partition("_")[2]
            body = kind if kind in lex.body_types else None
        elif person and lex.compose(*lex.people_sources[named.lastgroup]) == span.source and \
                not _ACRONYM_COMPOUND.search(text, s, e) and not lex.person_heads.search(text, s, e):
            # "des Nationalen Sicherheitsberaters in Seoul, Shin Won-sik": the office the text gives a person the
            # vocabulary places decides (people change offices); a person with an id of their own keeps it (not
            # "BND-Präsident Kahl": the acronym is the body; nor "the directorate's spokesman Andriy Yusov": a
            # spokesperson speaks for the person's own body)
            office = lex.compose(country or span.source.partition("_")[0], body)
            if office not in (None, UNRESOLVED):
                return Claimer(s, e, office, body, country, known=True, person=person)
        return Claimer(s, e, span.source, body, country, known=True, person=person)
    if body is None and not span.named:
        before = span.start - 1
        if before >= 0 and toks[before].text.lower() in lex.place_prepositions and before not in blocked and \
                joined(text, toks[before], toks[span.start]):
            return None                            # "in Seoul": a place, not a claimer (not "geht ... aus; Seoul")
    if toks[span.end].text.lower() in _SIDE and _ON_A_SIDE.search(text, 0, s):
        return None                                # "auf russischer Seite", "on the Ukrainian side": where, not who
    if span.named and (body is None or body in lex.uncomposed or country is None):
        return Claimer(s, e, UNRESOLVED, body, country)
    if span.metonym and body is None:
        return Claimer(s, e, lex.compose(country, None), None, country, metonym=True)
    if body is None and country is None:       # "der Sprecher", "a spokesman": an office alone
        return Claimer(s, e, None, None, None, office=True)
    return Claimer(s, e, lex.compose(country, body), body, country)
