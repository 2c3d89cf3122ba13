"""Prescanned patterns find exactly what the patterns themselves find: same matches, groups and spans."""

from __future__ import annotations

import copy as copy_module
import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import prescan
from analysis.extract.attribution import compiled
from analysis.prescan import PrescannedPattern, opening_scan, prescanned
from analysis.supersets import FilteredPattern
from analysis.vocabulary import default_vocabulary

CASE_TRICKS = "KkSsſKİıiIßẞΣσς -,;:'’"
WORDS = ["Seoul", "South Korea", "NIS", "Syrskyj", "Kirby", "Pentagon", "Nordkorea", "said", "sagte", "ХОЧУ"]


def _spans(pattern, text: str, pos: int = 0, endpos: int = 10**9) -> list:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text, pos, endpos)]


def _searched(pattern, text: str, pos: int = 0, endpos: int = 10**9):
    m = pattern.search(text, pos, endpos)
    return None if m is None else (m.span(), m.lastgroup, m.groups())


def _unfiltered(pattern):
    """The pattern inside a superset filter (``analysis.supersets``), which some vocabulary patterns have."""
    return pattern._pattern if isinstance(pattern, FilteredPattern) else pattern


def _head_patterns():
    vocab = default_vocabulary()
    lex = compiled(vocab).lexicon
    return {"sources": vocab.source_pattern, "people": _unfiltered(lex.people), "body words": _unfiltered(lex.body_words),
            "country names": lex.name_pattern}


def test_the_claimer_heads_are_prescanned():
    for name, pattern in _head_patterns().items():
        assert isinstance(pattern, PrescannedPattern), name


@pytest.mark.parametrize("name", list(_head_patterns()))
def test_same_matches_inside_a_span_of_the_text(name):
    pattern = _head_patterns()[name]
    plain = pattern._pattern
    text = ("Nach Angaben des südkoreanischen Geheimdienstes NIS und laut Syrskyj, sagte das Pentagon; "
            "South Korea's spy agency said, and Kirby told reporters in Seoul that the NIS, Kyiv and "
            "Moskau knew.  US-Regierungskreise, the Ukrainian military intelligence (HUR), Budanow.")
    for pos in range(0, len(text), 7):
        for endpos in (pos + 15, pos + 40, len(text)):
            assert _spans(pattern, text, pos, endpos) == _spans(plain, text, pos, endpos)
            assert _searched(pattern, text, pos, endpos) == _searched(plain, text, pos, endpos)


def _word_pattern(flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, WORDS)) + r"|Ki?l?n|(?:ab){2,}c)(?!\w)", flags)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*CASE_TRICKS, *WORDS, "kn", "kiln", "abab", "abc", "aid", "eoul", "хочу"]), max_size=20).map("".join))
def test_same_matches_on_any_text(text):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(prescan, "SHORT", 0)            # short texts too through the scan
        _same_matches(text)


def _same_matches(text: str) -> None:
    for flags in (re.IGNORECASE, 0):
        plain = _word_pattern(flags)
        fast = prescanned(plain)
        assert isinstance(fast, PrescannedPattern)
        assert _spans(fast, text) == _spans(plain, text)
        assert _searched(fast, text, 1) == _searched(plain, text, 1)


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(r"\w+soldat", id="unbounded-class"),
        pytest.param(r".{0,3}x", id="any-character"),
        pytest.param(r"a*", id="matches-empty"),
        pytest.param(r"[^a]bc", id="negated-class-first"),
        pytest.param(r"\s*wonach", id="spaces-of-any-length-first"),
        pytest.param(r"(?<=ab)\s*wonach", id="spaces-after-a-longer-lookbehind"),
    ],
)
def test_patterns_that_cannot_be_prescanned_stay_as_they_are(source):
    pattern = re.compile(source, re.IGNORECASE)
    assert opening_scan(pattern) is None
    assert prescanned(pattern) is pattern


@pytest.mark.parametrize(
    ("source", "scan"),
    [
        pytest.param(r"(?<!\w)(?:seoul|syrskyj|nis)", r"n(?<!\w.)(?=i[sſ]|ı[sſ])|s(?<!\w.)(?=eoul|yr(?:sk|ſk))|ſ(?<!\w.)(?=eoul|yr(?:sk|ſk))",
                     id="word-starts-by-five-with-case-partners"),
        pytest.param(r"-(?:ab|cd)", r"\-(?=ab|cd)", id="no-word-start-no-lookbehind"),
        pytest.param(r"Xy|z", r"x(?=y)|z", id="lowercased-and-short"),
        pytest.param(r"\b(?:kab|kac|ka)", r"k(?<!\w.)(?=a)", id="a-shorter-match-takes-the-shorter-opening"),
        # no width bounds every opening: each is cut where its rest cannot be named (a repeat of any character,
        # a word of any length, a run of spaces of any length)
        pytest.param(r"(?<!\w)(?:ja\s+\w+|bereits)", r"b(?<!\w.)(?=ere[iı])|j(?<!\w.)(?=a)", id="cut-after-a-short-word"),
        pytest.param(r"ab(?:c|.)d|xyzzy", r"a(?=b)|x(?=yzzy)", id="cut-before-any-character"),
        pytest.param(r"(ab.)cd|xyzzy", r"a(?=b)|x(?=yzzy)", id="a-cut-opening-is-not-extended"),
        pytest.param(r"[-–]\s*\w+", r"\-|–", id="cut-after-the-first-character"),
        pytest.param(r"(x)\1", r"x", id="cut-before-a-back-reference"),
        # spaces of any length first: the character a lookbehind requires before them names the position
        pytest.param(r"(?<=\()\s*(?:quelle|zahlen)\s*:|\blaut\b", r"l(?=aut)|(?<=[\(])", id="after-a-lookbehind-character"),
        pytest.param(r"(?<=[,;])\s*wonach", r"(?<=[,;])", id="after-a-lookbehind-class"),
    ],
)
def test_the_opening_scan(source, scan):
    assert opening_scan(re.compile(source, re.IGNORECASE)).pattern == scan


def _cut_pattern(flags=re.IGNORECASE) -> re.Pattern:
    """Openings that no width bounds: a word then anything, a dash then spaces, a word then a word of any length."""
    return re.compile(r"(?<![\w-])(?:said\b.{0,12}?\bnis|[-–]\s*(?:ab|kn)|ki\s+\w+c|(zu.)ng|seoul|ХОЧУ)(?!\w)", flags)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*CASE_TRICKS, *WORDS, "kn", "ki", "abc", "aid", "-", "–", "  ", "хочу", "zuang", "zu ng"]),
                max_size=20).map("".join))
def test_same_matches_where_openings_are_cut(text):
    _same_in_ranges(_cut_pattern, text)


def _behind_pattern(flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(r"(?<=\()\s*(?:quelle|zahlen)\s*:|(?<=[,;])\s*wonach\b|(?<=s)\s*ki|\blaut\b", flags)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", ",", ";", " ", "  ", "quelle", "QUELLE", "Zahlen", ":", "wonach", "laut",
                                 "x", "S", "ſ", "ki", "KI"]), max_size=20).map("".join))
def test_same_matches_after_a_lookbehind_character(text):
    _same_in_ranges(_behind_pattern, text)


def _same_in_ranges(make, text: str) -> None:
    """``make(flags)``'s pattern and its prescanned form find the same, case-free or not, in ranges of ``text``."""
    for flags in (re.IGNORECASE, 0):
        plain = make(flags)
        fast = prescanned(plain, short=0)
        assert isinstance(fast, PrescannedPattern)
        for pos, endpos in ((0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))):
            assert _spans(fast, text, pos, endpos) == _spans(plain, text, pos, endpos)
            assert _searched(fast, text, pos, endpos) == _searched(plain, text, pos, endpos)


def test_case_partners_are_looked_for_too():
    # "s" matches long "ſ" ignoring case, whose lowercase stays "ſ"; Cyrillic "о" matches "ᲂ"
    scan = opening_scan(re.compile(r"sai|хоч", re.IGNORECASE))
    assert [m.start() for m in scan.finditer("ſaid SAID ХᲂЧУ".lower())] == [0, 5, 10]


def test_lowercasing_keeps_word_characters():
    # the scan's "no word character before" is read in the lowercase: it must say what the text says
    word = re.compile(r"\w")
    changed = [ch for ch in map(chr, range(0x110000))
               if len(ch.lower()) == 1 and bool(word.match(ch)) != bool(word.match(ch.lower()))]
    assert changed == []


@pytest.mark.parametrize("text", ["İstanbul said", "Seoul ſaid in Seoul", "Kırby and Seoul", "SEOUL, ſeoul"])
def test_case_tricks(text):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(prescan, "SHORT", 0)
        _same_matches(text)


def test_only_long_alternations_are_prescanned():
    vocab = default_vocabulary()
    cues = compiled(vocab).cues["en"]
    cue_patterns = {name: _unfiltered(pattern) for name, pattern in vocab.cue_patterns.items()}
    assert isinstance(cue_patterns["planned"], PrescannedPattern)
    assert isinstance(_unfiltered(cues.before), PrescannedPattern)
    assert not isinstance(cue_patterns["mixed"], PrescannedPattern)   # short: its own scan is as quick
    assert not isinstance(_unfiltered(cues.after), PrescannedPattern)
    for name, pattern in cue_patterns.items():    # the rule, for every cue as the vocabulary now has it: long and with
        # an opening scan ("\w*verluste\w*" among the casualty cues leaves that alternation none: it is searched as it is)
        plain = pattern.pattern if isinstance(pattern, PrescannedPattern) else pattern
        expected = len(pattern.pattern) >= prescan.LONG and prescan.opening_scan(
            plain if isinstance(plain, re.Pattern) else re.compile(plain, re.IGNORECASE)) is not None
        assert isinstance(pattern, PrescannedPattern) == expected, name


def test_a_prescanned_pattern_copies_and_pickles():
    fast = _head_patterns()["people"]
    text = "Syrskyj said, and later Budanow; " * 3
    for copy in (pickle.loads(pickle.dumps(fast)), copy_module.deepcopy(fast)):
        assert isinstance(copy, PrescannedPattern)
        assert _spans(copy, text) == _spans(fast._pattern, text)


def test_no_word_start_test_under_ascii_rules():
    # under re.ASCII "é" is no word character, so "éseoul" holds "seoul" at a word start; the trie's \w is Unicode's
    plain = re.compile(r"(?<!\w)(?:seoul|syrskyj|nis)", re.IGNORECASE | re.ASCII)
    text = "éseoul " * 12
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(prescan, "SHORT", 0)
        assert _spans(prescanned(plain), text) == _spans(plain, text) != []


def test_the_largest_alternations_scan_short_ranges_too():
    # the known sources, people and body words: even a short phrase is searched through the opening scan
    vocab, lex = default_vocabulary(), compiled(default_vocabulary()).lexicon
    text = "Laut Syrskyj sagte das NIS, der Geheimdienst in Seoul habe die Zahl genannt."
    for fast in (vocab.source_pattern, _unfiltered(lex.people), _unfiltered(lex.body_words)):
        assert isinstance(fast, PrescannedPattern) and fast._short == 0
        for start in range(0, len(text), 3):
            for end in range(start, min(len(text), start + prescan.SHORT) + 1, 4):
                assert _spans_in(fast, text, start, end) == _spans_in(fast._pattern, text, start, end)
        assert pickle.loads(pickle.dumps(fast))._short == 0


def _spans_in(pattern, text: str, start: int, end: int) -> list:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, start, end)] + [
        pattern.search(text, start, end) and pattern.search(text, start, end).span()]


def test_lowered_keeps_a_long_text_while_short_ones_come_and_go():
    article = "Nordkorea hat nach Angaben aus Seoul Soldaten geschickt. " * 30      # an article (LONG_TEXT and more)
    low = prescan.lowered(article)
    assert low == article.lower()
    for i in range(prescan.REMEMBERED + 2):                                     # its sentences' parts, lowered between
        assert prescan.lowered(f"Teil {i} eines Satzes") == f"teil {i} eines satzes"
    assert prescan.lowered(article) is low                                      # not lowered again
    assert prescan.lowered("İstanbul " * 200) is None                           # a lowercase of another length: none
