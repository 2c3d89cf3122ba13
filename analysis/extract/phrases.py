"""Phrases read near an attribution cue when no claimer phrase stands there: a pronoun ("sagte er", "according to
him"), a phrase opened by a determiner ("die Behörde", "the spy agency") and an unknown name ("said Han Ji-soo").

Built on the tokens of :mod:`analysis.extract.claimers`; used by the attribution (:mod:`analysis.extract.attribution`,
:mod:`analysis.extract.subjects`).
"""

from __future__ import annotations

import re

from .claimers import _CAPITALISED, _DETERMINERS, _NOT_GENITIVE, Claimer, Token, joined, tokens
from .lexicon import WORD, LanguageRules, Lexicon

__all__ = ["COUNTED_MODIFIER", "determiner_phrase", "noun_phrase_near", "pronoun_at"]

_WORD = WORD


def pronoun_at(text: str, start: int, end: int, lex: Lexicon, kinds: tuple[str, ...] = ("subject",)) -> Claimer | None:
    """A pronoun standing for a claimer named before: a subject ("sagte er", "he said", a demonstrative "dieser"), an
    object ("laut ihm", "according to him") or a possessive ("nach seinen Worten")."""
    m = _WORD.match(text, start)
    if m is None or m.end() > end:
        return None
    word = m.group(0).lower()
    if any(word in lex.pronouns[kind] for kind in kinds) or (
            "subject" in kinds and word in lex.pronouns.get("demonstrative", ())
            and not _CAPITALISED_NEXT.match(text, m.end())):   # ("dieser Bericht": a determiner before its noun)
        return Claimer(m.start(), m.end(), None, pronoun=True)
    return None


_CAPITALISED_NEXT = re.compile(r"\s+[„\"]?[A-ZÄÖÜ]")


_CONNECTORS = frozenset({"of", "for", "and", "the"})
_QUOTE = '"'   # the attributor reads normalised text (claimers.normalise): every double quote is this one


def _phrase_tokens(text: str, pos: int, toks: list[Token], rules: LanguageRules, *, forward: bool,
                   names_only: bool) -> list[Token]:
    """The tokens of a phrase starting right at ``pos`` (walking forward or backward)."""
    picked: list[Token] = []
    for tok in toks:
        if not picked:
            gap = text[pos:tok.start] if forward else text[tok.end:pos]
            if len(gap) > 4 or gap.strip(" \"'") not in (("",) if forward else ("", ",")):
                break                              # after a verb, a comma opens the reported clause
        elif not (joined(text, picked[-1], tok) if forward else joined(text, tok, picked[-1])):
            break
        low = tok.text.lower()
        if low in rules.stop_words and not (picked and low in _CONNECTORS):
            break
        if forward and picked and low in _NOT_GENITIVE and not rules.capitalised_modifiers and \
                _CAPITALISED.match(picked[-1].text):
            break                                  # German: "das Gremium | die Zahl" (a genitive goes on: "der Regierung")
        capitalised = bool(_CAPITALISED.match(tok.text))
        if not (capitalised or low in _DETERMINERS or (picked and low in _CONNECTORS)
                or (not names_only and rules.modifier.match(tok.text))):
            break
        if forward and not names_only and not rules.capitalised_modifiers and picked and \
                _CAPITALISED.match(picked[-1].text) and picked[-1].text.lower() not in _DETERMINERS and not capitalised:
            break                                  # German: the noun ends the phrase after a preposition cue
        picked.append(tok)                         # (a name of several capitalised words goes on: "des „Wall Street
    return picked if forward else picked[::-1]     # Journal“", "der Regierung Südkoreas")


def _trimmed(picked: list[Token]) -> list[Token]:
    while picked and picked[-1].text.lower() in _DETERMINERS | _CONNECTORS:
        picked = picked[:-1]
    while picked and picked[0].text.lower() in _CONNECTORS - {"the"}:
        picked = picked[1:]
    return picked


def _german_noun_not_name(text: str, picked: list[Token], content: list[Token], rules: LanguageRules) -> bool:
    """German capitalises every noun: a lone capitalised word, or a run after an article, is no name."""
    if len(content) == 1 and not content[0].text.isupper():
        return True
    previous = re.findall(r"[^\W\d_]+", text[max(0, picked[0].start - 40):picked[0].start])[-2:]
    return bool(previous) and (previous[-1].lower() in _DETERMINERS or (
        len(previous) == 2 and previous[0].lower() in _DETERMINERS and bool(rules.modifier.match(previous[-1]))))


_CLAUSE_CLOSES = re.compile(r"\s*(?:[.,;!?)]|$)")
COUNTED_MODIFIER = re.compile(r"\d+-(?-i:[a-z]+)")   # a number joined to its noun as a modifier: "11-nation"
_PHRASE_LINKS = frozenset("für von vom zur zum der des of for on at".split())


def determiner_phrase(text: str, start: int, end: int, lex: Lexicon, language: str, *, whole: bool) -> tuple[int, int] | None:
    """A short noun phrase opened by an article at ``start`` ("Der Koordinierungsstab für
    Kriegsgefangene", "the coordination headquarters"): the subject of a verb of saying whose
    head the vocabulary does not know.  ``whole``: the phrase must fill start..end."""
    rules = lex.languages[language]
    toks = tokens(text, start, end)
    if not toks or toks[0].text.lower() not in _DETERMINERS or text[start:toks[0].start].strip(" \"'"):
        return None
    last = 0
    for i in range(1, min(len(toks), 8)):
        tok, low = toks[i], toks[i].text.lower()
        # (digits in a name: "the Stimson Center's 38 North project")
        name_digits = tok.text.isdigit() and i + 1 < len(toks) and bool(_CAPITALISED.match(toks[i + 1].text))
        # (and a number joined to its noun as a modifier: "An 11-nation sanctions monitoring team")
        counted_modifier = bool(COUNTED_MODIFIER.fullmatch(tok.text))
        if not joined(text, toks[i - 1], tok) or low in rules.stop_words or (
                tok.text[0].isdigit() and not name_digits and not counted_modifier):
            break
        if counted_modifier:
            continue
        if low in _NOT_GENITIVE and not rules.capitalised_modifiers and _CAPITALISED.match(toks[i - 1].text):
            break                                  # German: "das Gremium | die Zahl der ...": the next noun phrase
        # (German: an adjective or participle, and any word of a complement after a link: "Ein von elf Staaten
        # getragenes Überwachungsgremium")
        if not (low in _DETERMINERS or low in _PHRASE_LINKS or _CAPITALISED.match(tok.text) or name_digits
                or (rules.capitalised_modifiers and tok.text.islower()) or rules.modifier.match(tok.text)
                or toks[i - 1].text.lower() in _PHRASE_LINKS):
            break
        if low not in _DETERMINERS and low not in _PHRASE_LINKS:
            last = i
    if last == 0 or (not rules.capitalised_modifiers and not _CAPITALISED.match(toks[last].text)):
        return None
    if whole and text[toks[last].end:end].strip(" \"'"):
        return None
    return toks[0].start, toks[last].end


_CONTRACTIONS = frozenset({"am", "im", "vom", "zum", "zur", "beim", "ins"})


AGE_APPOSITION = re.compile(r",\s*\d{1,2},\s*$")   # "Lee, 62, said": a person's age between the name and the verb


def noun_phrase_near(text: str, pos: int, limit: int, lex: Lexicon, language: str, *, forward: bool,
                     names_only: bool) -> tuple[int, int] | None:
    """The words right after (or before) ``pos`` that name a claimer the vocabulary does not know:
    a run of capitalised words ("NHK", "Radio Free Asia", "Beobachtern") or, after a preposition
    cue (``names_only=False``), any short noun phrase ("observers")."""
    rules = lex.languages[language]
    if not forward:                                # (past an age set off by commas: "..., Lee, 62, said")
        age = AGE_APPOSITION.search(text, limit, pos)
        pos = age.start() if age is not None else pos
    toks = tokens(text, pos, limit) if forward else tokens(text, limit, pos)[::-1]
    picked = _trimmed(_phrase_tokens(text, pos, toks, rules, forward=forward, names_only=names_only))
    content = [t for t in picked if t.text.lower() not in _DETERMINERS]
    if not content or (names_only and all(t.text.lower() in lex.not_names or t.text.lower() in lex.place_prepositions
                                          or t.text.lower() in _CONTRACTIONS for t in content)):
        return None                                # "Am Freitag hieß es": a day, not a claimer
    if names_only and not rules.single_word_names and _german_noun_not_name(text, picked, content, rules) and not (
            forward and len(picked) == 1 and _CLAUSE_CLOSES.match(text, picked[-1].end)):
        return None                                # (", sagte Chinstein.": a lone word closing the clause is a name)
    preceding = re.search(r"([^\W\d_]+)\W*$", text[max(0, picked[0].start - 20):picked[0].start])
    if names_only and preceding and preceding.group(1).lower() in lex.place_prepositions:
        return None                                # "in Pyongyang": a place
    end = picked[-1].end
    if text.startswith(_QUOTE, end) and _QUOTE in text[picked[0].start:end]:
        end += 1                                   # the name's quotes whole: "des „Wall Street Journal“"
    return picked[0].start, end
