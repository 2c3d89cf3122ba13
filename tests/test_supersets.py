"""Patterns filtered by an RE2 superset find exactly what the patterns themselves find: same matches, groups, spans."""

from __future__ import annotations

import copy as copy_module
import functools
import pickle
import re
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import prescan, supersets
from analysis import text as text_module
from analysis.extract import clause_scope, periods, quantity
from analysis.extract.attribution import compiled
from analysis.prescan import prescanned
from analysis.supersets import FilteredPattern, filtered, superset_source
from analysis.vocabulary import default_vocabulary

BENCHMARK_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"

CASE_TRICKS = "KkSsſKİıiIßẞΣσς -,;:'’"
WORDS = ["Seoul", "South Korea", "NIS", "Syrskyj", "sagte", "ХОЧУ", "will", "senden", "Nordkorea", "12", "٣"]


def _spans(pattern, text: str, pos: int = 0, endpos: int = 10**9) -> list:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text, pos, endpos)]


def _searched(pattern, text: str, pos: int = 0, endpos: int = 10**9):
    m = pattern.search(text, pos, endpos)
    return None if m is None else (m.span(), m.lastgroup, m.groups())


def _filtered_patterns() -> dict[str, FilteredPattern]:
    """Every filtered pattern the extraction uses (made once per vocabulary where the modules make it so)."""
    vocab = default_vocabulary()
    lex, cues = compiled(vocab).lexicon, compiled(vocab).cues
    found = {f"cue {name}": p for name, p in vocab.cue_patterns.items()}
    found |= {f"{lang} {name}": getattr(c, name) for lang, c in cues.items() for name in ("relay", "before", "after", "either", "carry")}
    found |= {"topic": vocab.topic_pattern, "noun cores": vocab.noun_cores, "simple nouns": vocab.any_simple_noun,
              "countries": lex.country_pattern, "demonyms": lex.demonym_pattern, "body words": lex.body_words,
              "people": lex.people, "partitive base": clause_scope._PARTITIVE_BASE,
              "scoped cues": clause_scope._per_vocabulary(vocab, clause_scope._any_scoped_cue)._simple,
              "line break": text_module._LINE_BREAK}
    _, before, after = clause_scope._per_vocabulary(vocab, quantity._any_measure)
    found |= {"measure before": before, "measure after": after}
    found |= {f"periods {w.code}": periods._relative_patterns(w)[0] for w in vocab.words.languages.values()}
    return found


FILTERED = _filtered_patterns()
# two development sets (tests/test_prefilter.py reads the vocabulary's patterns, filter in, over the corpus and two others)
TEXTS = [entry["text"] for name in ("dev_set_9.yaml", "dev_set_17.yaml")
         for entry in yaml.safe_load((BENCHMARK_DATA / name).read_text(encoding="utf-8"))["texts"]]


def test_the_costly_patterns_are_filtered():
    unfiltered = [name for name, pattern in FILTERED.items() if not isinstance(pattern, FilteredPattern)]
    assert unfiltered == []


@pytest.mark.parametrize("name", list(FILTERED))
def test_same_matches_on_the_development_sets(name):
    pattern = FILTERED[name]
    plain = pattern._pattern
    for text in TEXTS:
        assert _spans(pattern, text) == _spans(plain, text)
        assert _searched(pattern, text, 5, len(text) - 5) == _searched(plain, text, 5, len(text) - 5)


def test_the_pattern_is_searched_only_from_where_re2_finds_a_superset_match():
    calls = []

    class Spy:
        """A pattern that records each search it is asked for."""

        def __init__(self, pattern: re.Pattern) -> None:
            self.pattern, self.flags, self.groupindex, self.groups = pattern.pattern, pattern.flags, pattern.groupindex, pattern.groups
            self.match, self.fullmatch, self._inner = pattern.match, pattern.fullmatch, pattern

        def search(self, *args):
            calls.append(args)
            return self._inner.search(*args)

    fast = filtered(Spy(re.compile(r"(?<!\w)will\b.{0,80}?\b(?:send|deploy|senden)\b", re.IGNORECASE)))
    assert fast.search("Seoul said 3,000 troops were sent.") is None
    assert calls == []
    assert fast.search("Pyongyang WILL probably send more.").span() == (10, 28)
    assert calls == [("Pyongyang WILL probably send more.", 10, sys.maxsize)]   # from where RE2's match starts
    assert fast.search("Größere Truppen will Pjöngjang senden", 2).span() == (16, 37)
    assert calls[-1][1] == 16                      # a character offset, not UTF-8's byte offset
    calls.clear()
    assert fast.search("it will send", 0, 9) is None and calls == []   # the range ends before "send"


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        pytest.param(r"(?<!\w)(?:seoul|syrskyj|nis)(?!\w)", re.IGNORECASE, id="words-in-lookarounds"),
        pytest.param(r"\bwill\b.{0,80}?\b(?:senden|send)\b", re.IGNORECASE, id="a-gap"),
        pytest.param(r"\b(?:soll|will)\b[^.;]{0,40}?\s(?-i:[a-zäöüß]{3,}en)\b", re.IGNORECASE, id="scoped-case"),
        pytest.param(r"[A-Z][a-z]+ (?:Korea|KOREA)", 0, id="case-sensitive"),
        pytest.param(r"(?:ab){2,12}c|x{3,}", re.IGNORECASE, id="repeats"),
        pytest.param(r"\d+\s*(?:soldiers|Soldaten)|[^\W\d_]+ς", re.IGNORECASE, id="categories"),
        pytest.param(r"^\s*(?:Seoul|Kyiv)$", re.IGNORECASE | re.MULTILINE, id="anchors"),
        pytest.param(r"(?i:SEOUL)|kyiv", 0, id="scoped-ignore-case"),
        pytest.param(r"İSTANBUL|kIrby", re.IGNORECASE, id="capital-i-with-dot-in-the-pattern"),
        pytest.param(r"x*", 0, id="empty-match"),
        pytest.param(r"(?<!\w)wie\b(?=[^,.;]{0,12}\bsagte)|so\b|(?<![\w-])über(?![\w-])", re.IGNORECASE,
                     id="a-closing-lookahead-and-boundaries-beside-letters"),
        pytest.param(r"[—–-](?=\s*(?-i:[A-ZÄÖÜ])[^.!?:;,—–\d]{1,10}$)|(?:so|wie)\b.{0,3}\Z", re.IGNORECASE,
                     id="the-range-end-in-a-closing-lookahead"),
        pytest.param(r"über(?=[^;k]{0,5}ſ)|\bſo\b|i\b|\bk|s(?:[^;]{2,50}?x)", re.IGNORECASE, id="negated-classes-and-partners"),
        pytest.param(r"(?<![^\w])ber|o(?![^\w-])", re.IGNORECASE, id="negated-word-classes-want-a-word-character"),
    ],
)
def test_same_matches_on_case_tricks(source, flags):
    plain = re.compile(source, flags)
    fast = filtered(plain)
    assert isinstance(fast, FilteredPattern)
    texts = ["İstanbul said Seoul", "SEOUL ſeoul Kırby", "Soll ſchicken", "soll VERLEGEN werden", "NORTH KOREA",
             "North Korea", "ABABABC xxx", "3 Soldaten, ١٢ soldiers ΟΔΟΣ", "Seoul\n  kyiv\n", "seoul KYIV", "",
             "Die Armee will ſie ſenden", "will\u2028send", "ΣΕΟΥΛ will send", "istanbul, KIRBY, kırby", "Seoul \ud800 will send",
             "Wie Seoul sagte: so, soldaten, soü, ſo; über ſ, Überſicht", "Kyiv – Rund 3.000 Soldaten\n", "Kyiv – Nordkorea\n",
             "so\n", "über;ſ über  ſ überk ſ", "WIE sagte SO über-all ÜBER aber", "ıı ı K\u212a ſſ s;x s x sx ſ  x"]
    for text in texts:
        for pos, endpos in ((0, 10**9), (2, 9), (-3, 5), (4, -1), (6, 3)):
            assert _spans(fast, text, pos, endpos) == _spans(plain, text, pos, endpos), (text, pos, endpos)
            assert _searched(fast, text, pos, endpos) == _searched(plain, text, pos, endpos), (text, pos, endpos)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*CASE_TRICKS, *WORDS, "\n", "send", "en", "ſend"]), max_size=20).map("".join))
def test_same_matches_on_any_text(text):
    for flags in (re.IGNORECASE, 0):
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, WORDS)) + r"|\bwill\b.{0,10}?\bsend|[Σσ]\w*ς|\d+)(?!\w)",
                           flags)
        fast = filtered(plain)
        assert _spans(fast, text) == _spans(plain, text)
        assert _searched(fast, text, 1) == _searched(plain, text, 1)


def test_a_prescanned_pattern_is_filtered_too():
    plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, WORDS)) + ")", re.IGNORECASE)
    fast = filtered(prescanned(plain, short=0))
    text = "Laut Syrskyj sagte das NIS, der Geheimdienst in Seoul habe die Zahl genannt. " * 2
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(prescan, "SHORT", 0)
        assert _spans(fast, text) == _spans(plain, text) != []


@pytest.mark.parametrize("source", [r"(a)\1", r"(a)?(?(1)b|c)"], ids=["back-reference", "conditional"])
def test_a_pattern_re2_cannot_take_is_searched_as_it_is(source):
    plain = re.compile(source)
    with pytest.raises(supersets.Unsupported, match="no RE2 superset"):
        superset_source(plain.pattern, plain.flags)
    fast = filtered(plain)
    for text in ("aa", "ab", "c", "xaab"):
        assert _spans(fast, text) == _spans(plain, text)
        assert _searched(fast, text) == _searched(plain, text)
    assert fast._scan is supersets._always


def test_a_character_without_case_is_no_other_characters_lowercase_or_uppercase():
    """What ``supersets.caseless`` relies on, in this Python's Unicode data: a negated class of such characters is
    exact in the lowercased text."""
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        for other in (ch.lower(), ch.upper()):
            if len(other) == 1 and other != ch:
                assert not supersets.caseless(other), (hex(code), other)


def test_the_direct_call_answers_as_the_public_search():
    direct = supersets._compiled(r"(?<!\w)will\b.{0,80}?\b(?:send|senden)\b", re.IGNORECASE)
    assert not isinstance(direct, functools.partial)   # these bindings have the C++ call
    texts = ["", "will", "Seoul will send", "nächste Woche will Pjöngjang senden", "ſend will SEND"]
    regexp = supersets.re2.compile(superset_source(r"(?<!\w)will\b.{0,80}?\b(?:send|senden)\b", re.IGNORECASE).encode())
    for text in texts:
        data = text.lower().encode()
        assert direct(data) == supersets._start_of(regexp.search, data)


def test_without_re2_every_pattern_is_searched_as_it_is(monkeypatch):
    monkeypatch.setattr(supersets, "re2", None)
    plain = re.compile("seoul", re.IGNORECASE)
    assert filtered(plain) is plain


def test_a_filtered_pattern_copies_and_pickles():
    fast = FILTERED["cue planned"]
    text = "Pyongyang will send more troops, Seoul said; it plans to deploy them. " * 2
    for copy in (pickle.loads(pickle.dumps(fast)), copy_module.deepcopy(fast)):
        assert isinstance(copy, FilteredPattern)
        assert _spans(copy, text) == _spans(fast._pattern, text) != []
