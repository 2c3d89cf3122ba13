"""The words that name a claim's source: the most specific naming of that source anywhere in the text.

A claim is often attributed through a description or an anaphor ("der ukrainische Präsident", "die staatliche
Nachrichtenagentur", "Seoul's military") while the text names the same source elsewhere by its name ("Selenskyj",
"KCNA", "the JCS").  ``source_text`` is the claimer's most specific words (LABELS.md), so a claim whose words hold
none of its source's names takes the longest naming of that source the text has: an alias from ``sources.yaml``
or another claim's words that hold one.  Only sources that are one body or one person are renamed: a
government-wide id ("us_government") stands for many speakers, whose words stay their own, and words that already
hold a person's name ("ein Sprecher der Behörde, Andrij Jussow") are never replaced.  Beyond the other claims' words, the
text's speakers name a source too: an office or a surname alone that points back ("the HUR chief added") takes the one
person its source's earlier speaker was named as, and an acronym alone ("The JCS") the source's name spelled out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..prefilter import compile_prefiltered
from ..vocabulary import Vocabulary
from .claimers import normalise
from .cues import compiled
from .drafts import Attribution, Draft
from .lexicon import UNRESOLVED

# two capitalised words in a row, not the head of a genitive ("Andrij Jussow", not "Chef des"): a person's name
_NAME = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][a-zäöüß'’-]+\s+[A-ZÄÖÜ][a-zäöüß'’-]+\b(?!\s+(?:des|der|von|of)\b)")
_SHARED = "government"   # a source type whose id many speakers share


def name_sources(drafts: list[Draft], text: str, vocab: Vocabulary,
                 speakers: Callable[..., list[tuple[int, int, str, int]]] | None = None) -> None:
    """Give each claim whose words hold no name of its source the most specific naming of it in ``text``;
    ``speakers`` gives (start, end, source, sentence index) of every claimer the text's cues link to; called with an
    offset, at least every one that ends before it."""
    claims = [d for d in drafts if d.status == "claim" and d.attribution is not None
              and d.attribution.source_start is not None]
    if not claims:
        return
    plain = normalise(text)
    lex = compiled(vocab).lexicon
    for d in claims:
        _name_before_apposition(d, plain, lex)
        _name_before_of(d, plain, lex)
        _name_after_office(d, plain, lex)
    _antecedent_words(claims, plain)
    _fuller_naming(claims, plain)
    if speakers is not None:
        _person_naming(claims, plain, speakers, vocab, lex)
        _spelled_out(claims, plain, speakers, lex)
    # words that hold a name of their source already (searched in the words only) need no scan of the whole text
    weak = [d for d in claims if _renamable(d, vocab) and not _names_itself(d, plain, vocab, lex)]
    if not weak:
        return
    aliases: dict[str, list[tuple[int, int]]] = {}
    for m in vocab.source_pattern.finditer(plain):
        aliases.setdefault(vocab.alias_groups[m.lastgroup], []).append(m.span())
    for d in weak:
        a = d.attribution
        own = aliases.get(a.source, [])
        spans = own + [(o.attribution.source_start, o.attribution.source_end) for o in claims
                       if o.attribution.source == a.source
                       and any(o.attribution.source_start <= s and e <= o.attribution.source_end for s, e in own)]
        if spans:
            start, end = max(spans, key=lambda span: (span[1] - span[0], -span[0]))   # the longest, the first
            d.attribution = dataclasses.replace(a, source_start=start, source_end=end)


def _name_before_apposition(d: Draft, text: str, lex) -> None:
    """"Andrii Chernyak, a representative of Ukraine's military intelligence agency (HUR), said": words inside an
    apposition that gives a person's office ("a representative", "Sprecher des", "deputy head") are the name's."""
    a = d.attribution
    if text[a.source_start:a.source_start + 1].isupper() and _ENDS_IN_A_NAME.search(text, a.source_start, a.source_end) and \
            _person_name(text, a.source_start, a.source_end, lex, trailing=True) is not None:
        return                                     # "..., NIS Director Cho Tae-yong told": the words name him already
    before = _APPOSITION_OPENS.search(text, max(0, a.source_start - APPOSITION_REACH), a.source_start)
    if before is None or lex.country_in(text, *before.span(1)) is not None or \
            lex.demonym_in(text, *before.span(1)) is not None:
        return                                     # "roughly 11,000 North Koreans, a US official": no person
    office = (text[before.end(1):a.source_start] + text[a.source_start:a.source_end]).split()[1:4]   # after the comma
    if any(lex.is_person_head(w.strip("(),")) for w in office[:3] if w.lower() not in ("a", "an", "the", "ein", "eine",
                                                                                     "der", "die", "das")):
        d.attribution = dataclasses.replace(a, source_start=before.start(1), source_end=before.end(1))


def _name_before_of(d: Draft, text: str, lex) -> None:
    """"Andriy Chernyak of the HUR military intelligence agency said", "Oberst Gerald Pichlmayr vom Institut ...": a
    person's name right before "of"/"von" and the body is the speaker the body's words describe."""
    a = d.attribution
    name = _NAME_BEFORE_OF.search(text, max(0, a.source_start - NAME_OF_REACH), a.source_start)
    if name is not None and lex.country_in(text, *name.span(1)) is None and not lex.is_body_word(name.group(1).split()[-1]) \
            and name.group(1).split()[0].lower() not in _PREPOSITIONS:   # (a German noun after one: "Nach Angaben von")
        d.attribution = dataclasses.replace(a, source_start=name.start(1))


def _name_after_office(d: Draft, text: str, lex) -> None:
    """"France's chief of defence staff, Gen. Thierry Burkhard, told": an office's words and the name set off after them
    by a comma are one naming, the name its most specific part."""
    a = d.attribution
    if _has_name(text, a.source_start, a.source_end, lex) or not lex.person_heads.search(text, a.source_start, a.source_end):
        return
    name = _NAME_AFTER_OFFICE.match(text, a.source_end)
    if name is not None and lex.country_in(text, *name.span(1)) is None and \
            not lex.is_body_word(name.group(1).split()[-1]):
        d.attribution = dataclasses.replace(a, source_end=name.end(1))


# a comma, a person's name (titles abbreviated before it), and a comma or a lowercase verb after it
_NAME_AFTER_OFFICE = re.compile(r",\s+((?:(?-i:[A-Z][a-z]{0,3})\.\s+)*(?-i:[A-ZÄÖÜ][a-zäöüß'’-]+(?:[\s-]+[A-ZÄÖÜ][a-zäöüß'’-]+)+))"
                                r"(?=\s*[,;.]|\s+(?-i:[a-zäöüß]))")


# two or more capitalised words (a person's name) and "of"/"von" right before a claimer's words
_NAME_BEFORE_OF = re.compile(r"(?<![\w'’-])((?-i:[A-ZÄÖÜ][a-zäöüß'’-]+(?:\s+[A-ZÄÖÜ][a-zäöüß'’-]+)+))\s+"
                             r"(?:of|from|at|vom|von der|von)\s+(?:the\s+|der\s+|dem\s+)?$")
NAME_OF_REACH = 60
_PREPOSITIONS = frozenset({"nach", "laut", "gemäß", "gemäss", "aus", "bei", "unter", "mit", "von", "vor", "seit", "zu", "auf", "in", "im",
                           "according", "per"})


# a person's name, a comma, and the apposition up to the claimer's words (no clause break between)
_APPOSITION_OPENS = compile_prefiltered(r"(?<![\w'’-])((?-i:[A-ZÄÖÜ][a-zäöüß'’-]+(?:\s+[A-ZÄÖÜ][a-zäöüß'’-]+)+)),\s+"
                               r"[^,.;:!?]*$")
APPOSITION_REACH = 120


def _antecedent_words(claims: list[Draft], text: str) -> None:
    """"A source in Pyongyang told NK News ... , the source said": an unresolved claim named by a definite head noun
    takes the words of the earlier unresolved claimer that hold the same head."""
    for i, d in enumerate(claims):
        a = d.attribution
        if a.source != UNRESOLVED:
            continue
        head = _DEFINITE_HEAD.fullmatch(text, a.source_start, a.source_end)
        if head is None:
            continue
        word = head.group(1).lower()
        for earlier in claims[:i]:
            e = earlier.attribution
            if e.source == UNRESOLVED and e.source_end <= a.source_start and e.source_start < a.source_start and \
                    word in text[e.source_start:e.source_end].lower().split() and \
                    not _DEFINITE_HEAD.fullmatch(text, e.source_start, e.source_end):
                d.attribution = dataclasses.replace(a, source_start=e.source_start, source_end=e.source_end)
                break


def _fuller_naming(claims: list[Draft], text: str) -> None:
    """"so Schoigu laut Tass" after "nach Angaben des russischen Sicherheitsratssekretärs Sergej Schoigu": words that
    another claim of the same source holds within longer words take those longer words (the most specific naming)."""
    by_source: dict[str, dict[str, Attribution]] = {}
    for d in claims:                               # each source's distinct namings, once
        a = d.attribution
        by_source.setdefault(a.source, {}).setdefault(text[a.source_start:a.source_end], a)
    for d in claims:
        a = d.attribution
        namings = by_source[a.source]
        if len(namings) < 2:
            continue
        words = text[a.source_start:a.source_end]
        fuller = [o for w, o in namings.items() if len(w) > len(words) and _holds(w, words)]
        if fuller:
            best = max(fuller, key=lambda f: (f.source_end - f.source_start, -f.source_start))
            d.attribution = dataclasses.replace(a, source_start=best.source_start, source_end=best.source_end)


def _holds(longer: str, words: str) -> bool:
    """Whether ``words`` stand in ``longer`` as whole words."""
    at = longer.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not longer[at - 1].isalnum()) and (end == len(longer) or not longer[end].isalnum()):
            return True
        at = longer.find(words, at + 1)
    return False


_DEFINITE_HEAD = re.compile(r"(?:the|der|die|das|den|dem|des)\s+(?:[\w'’-]+\s+)?([\w'’-]+)", re.IGNORECASE)


def _names_itself(d: Draft, text: str, vocab: Vocabulary, lex) -> bool:
    a = d.attribution
    return any(vocab.alias_groups.get(m.lastgroup) == a.source
               for m in vocab.source_pattern.finditer(text, a.source_start, a.source_end)) or \
        _has_name(text, a.source_start, a.source_end, lex)


def _has_name(text: str, start: int, end: int, lex) -> bool:
    """Whether the words hold a person's name: two capitalised words that are no country ("North Korean state media")."""
    return any(lex.country_in(text, m.start(), m.end()) is None for m in _NAME.finditer(text, start, end))


def _renamable(d: Draft, vocab: Vocabulary) -> bool:
    source = d.attribution.source
    return source in vocab.sources and vocab.sources[source].type != _SHARED


def _person_naming(claims: list[Draft], text: str, speakers, vocab: Vocabulary, lex) -> None:
    """"Kyrylo Budanov, chief of Ukraine's military intelligence, told The War Zone ... , the HUR chief added": a claim
    named by an office ("the HUR chief", "The deputy head of ...") or by a surname alone ("Selenskyj") points back to
    the one person an earlier speaker of its source was named as; those words are the most specific naming.  A
    description with an indefinite article ("a NATO military official") brings in someone new, and a body's own words
    ("the Pentagon") name the body, which spoke; neither is renamed."""
    pending = [d for d in claims if _points_back(text, d.attribution, lex)]
    if not pending:
        return
    people: dict[str, list[tuple[int, int, int, str]]] = {}
    for start, end, source, sentence in speakers(max(d.attribution.source_start for d in pending)):
        name = _person_name(text, start, end, lex)
        if name is not None:
            people.setdefault(source, []).append((start, end, sentence, name))
    for d in pending:
        a = d.attribution
        found = [f for f in people.get(a.source, []) if f[1] <= a.source_start]
        if a.source not in vocab.sources or vocab.sources[a.source].type == _SHARED:
            # a shared id stands for many speakers: only one next to the claim, and of no other named place or body
            # ("the White House's tally" is not "the Pentagon's spokeswoman Jane Roe")
            here = d.sentence.index if d.sentence is not None else -9
            own = _places(text, a.source_start, a.source_end, lex)
            found = [f for f in found if abs(f[2] - here) <= 1 and not (_places(text, f[0], f[1], lex) - own)]
        if len({f[3] for f in found}) != 1:
            continue
        words = text[a.source_start:a.source_end]
        if not lex.person_heads.search(words) and not _holds(found[0][3], words.strip()):
            continue                               # a surname alone is renamed only by the name that holds it
        start, end, _, _ = max(found, key=lambda f: (f[1] - f[0], -f[0]))
        d.attribution = dataclasses.replace(a, source_start=start, source_end=end)


def _spelled_out(claims: list[Draft], text: str, speakers, lex) -> None:
    """"South Korea's Joint Chiefs of Staff told reporters ... The JCS estimated": a claim named by an acronym alone
    takes the longest naming the text gives its source in words (spelled out: a name of two capitalised words that
    are no country's, "The South Korean spy agency" is a description), said anywhere in the text."""
    pending = [d for d in claims if _ACRONYM.fullmatch(text, d.attribution.source_start, d.attribution.source_end)]
    if not pending:
        return
    spelled: dict[str, list[tuple[int, int]]] = {}
    for start, end, source, _ in speakers():
        if not _ACRONYM.fullmatch(text, start, end) and any(lex.country_in(text, *m.span()) is None
                                                            for m in _SPELLED.finditer(text, start, end)):
            spelled.setdefault(source, []).append((start, end))
    for d in pending:
        found = spelled.get(d.attribution.source)
        if found:
            start, end = max(found, key=lambda f: (f[1] - f[0], -f[0]))
            d.attribution = dataclasses.replace(d.attribution, source_start=start, source_end=end)


_ACRONYM = re.compile(r"(?:(?:the|der|die|das|des|dem|den)\s+)?(?-i:[A-Z]{2,6})", re.IGNORECASE)
_SPELLED = re.compile(r"(?!(?:The|Der|Die|Das|Dem|Den|Des)\b)(?-i:[A-ZÄÖÜ][a-zäöüß]{2,})\s+(?:(?:of|for|des|der|für)\s+)?"
                      r"(?-i:[A-ZÄÖÜ][a-zäöüß]{2,})")


def _points_back(text: str, a: Attribution, lex) -> bool:
    """Whether a claim's words may point back to a person: definite, no person's name in them, an office or one word."""
    words = text[a.source_start:a.source_end]
    if _INDEFINITE.match(words) or _person_name(text, a.source_start, a.source_end, lex) is not None:
        return False
    return bool(lex.person_heads.search(words)) or _ONE_NAME.fullmatch(words) is not None


def _person_name(text: str, start: int, end: int, lex, *, trailing: bool = False) -> str | None:
    """A person's name in the words: two or more capitalised words, none of them an article, a country, a body or an
    office ("Kyrylo Budanov", not "Der Generalstab" or "The South Korean"); ``trailing``: the last words of a run after
    any word that is none ("NIS Director | Cho Tae-yong")."""
    for m in _CAPITALISED_RUN.finditer(text, start, end):
        words = m.group(0).split()
        while words and (words[0].lower() in _ARTICLES or lex.is_body_word(words[0]) or lex.is_person_head(words[0])
                         or lex.is_country(words[0]) or words[0].endswith((".", "'s", "’s"))
                         or (trailing and any(lex.is_body_word(w) or lex.is_person_head(w) for w in words[1:]))):
            words.pop(0)                           # "Präsident | Wolodymyr Selenskyj", "Maj. Gen. | Pat Ryder"
        if len(words) >= 2 and not any(lex.is_body_word(w) or lex.is_person_head(w) or lex.is_country(w)
                                       for w in words):
            return " ".join(words)
    return None


# capitalised words in a row (abbreviated titles with their dot among them)
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])(?-i:[A-ZÄÖÜ][\w'’.-]*)(?:\s+(?-i:[A-ZÄÖÜ][\w'’.-]*))+")
_INDEFINITE = re.compile(r"(?:a|an|one|ein|eine|einer|eines|einem|einen)\s", re.IGNORECASE)
_ONE_NAME = re.compile(r"(?-i:[A-ZÄÖÜ][a-zäöüß'’-]+)")
_ARTICLES = frozenset({"the", "der", "die", "das", "des", "dem", "den", "a", "an", "ein", "eine"})
# words that end in two capitalised words, a person's name perhaps ("NIS Director Cho Tae-yong")
_ENDS_IN_A_NAME = re.compile(r"(?-i:[A-ZÄÖÜ][\w'’-]*)\s+(?-i:[A-ZÄÖÜ][\w'’-]*)$")


def _places(text: str, start: int, end: int, lex) -> set[str]:
    """The names of countries, capitals and seats of power in the words ("Pentagon", "White House", "Seoul")."""
    return {m.group(0).lower().removesuffix("'s").removesuffix("’s") for m in lex.name_pattern.finditer(text, start, end)}
