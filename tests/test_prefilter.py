"""Prefiltered patterns find exactly what the plain patterns find, only faster."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import paths, vocabulary
from analysis.extract import cues, lexicon
from analysis.extract.attribution import compiled
from analysis.prefilter import (
    SPACES,
    alternation,
    compile_prefiltered,
    dispatched,
    guarded,
    inner_alternation,
    lookbehind_reach,
    prefix_of,
    top_level_alternatives,
)
from analysis.vocabulary import default_vocabulary, load_vocabulary

BENCHMARK_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _vocabulary_patterns(vocab) -> list[re.Pattern]:
    c = compiled(vocab)
    cues = [getattr(lang, name) for lang in c.cues.values() for name in ("relay", "before", "after", "either", "carry")]
    lex = c.lexicon
    return [vocab.source_pattern, *vocab.noun_patterns.values(), *vocab.cue_patterns.values(), vocab.topic_pattern,
            *cues, lex.country_pattern, lex.name_pattern, lex.body_words, lex.any_compound.pattern, lex.person_heads,
            *([lex.people] if lex.people is not None else [])]


def _plain_patterns():
    """The vocabulary's patterns compiled with re.compile only (no prefilter, no prescan, no superset filter): the attribution
    cues and the lexicon, compiled on first use, inside the patch too."""
    with pytest.MonkeyPatch.context() as mp:
        for module in (vocabulary, cues, lexicon):
            mp.setattr(module, "compile_prefiltered", re.compile)
            for name in ("prescanned", "prescanned_if_long", "filtered"):
                if hasattr(module, name):
                    mp.setattr(module, name, lambda pattern, **_: pattern)
        return _vocabulary_patterns(load_vocabulary())


PAIRS = list(zip(_vocabulary_patterns(default_vocabulary()), _plain_patterns(), strict=True))
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(paths.articles_dir().glob("*.txt"))] + [
    entry["text"] for name in ("dev_set.yaml", "dev_set_2.yaml")
    for entry in yaml.safe_load((BENCHMARK_DATA / name).read_text(encoding="utf-8"))["texts"]]


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_long_alternations_are_prefiltered():
    cues = compiled(default_vocabulary()).cues
    long = [default_vocabulary().source_pattern] + [getattr(lang, n) for lang in cues.values() for n in ("before", "either")]
    assert all(p.pattern.startswith(("(?=[", r"\b(?=[")) for p in long)


# the rules' own patterns whose recorded calls replayed faster prefiltered (benchmarks/results.md, round eleven)
RULE_PATTERNS = {
    "clause_scope": ["CLAUSE_END", "_OTHERS_LOSSES", "CAUSE_BEFORE", "PURPOSE_BEFORE"], "periods": ["_CLAUSE_BREAK"],
    "not_claims": ["_UNIT_NOUN", "_INDIRECT_QUESTION", "AGE_BEFORE"], "nationality": ["_LOST_BEFORE"],
    "quantity": ["_ROLE_AS", "_PHRASE_END", "_ROLE_TASK"], "sentence_claimers": ["_POSSESSIVE_END"],
    "attribution_rules": ["_CLAUSE_OPENER", "_NEGATED"], "naming": ["_APPOSITION_OPENS"],
    "attribution": ["_THAT_BEFORE"], "subjects": ["_ADDRESSEE"], "claimers": ["_PORTFOLIO"],
}


@pytest.mark.parametrize(("module", "name"), [(m, n) for m, names in RULE_PATTERNS.items() for n in names])
def test_the_rules_costliest_patterns_are_prefiltered(module, name):
    pattern = getattr(importlib.import_module(f"analysis.extract.{module}"), name)
    assert pattern.pattern.startswith(("(?=[", r"\b(?=[")), "compile it with compile_prefiltered"


@pytest.mark.parametrize("index", range(len(PAIRS)))
def test_same_matches_on_the_corpus_and_the_development_sets(index):
    pattern, plain = PAIRS[index]
    for text in TEXTS:
        assert _spans(pattern, text) == _spans(plain, text)


@pytest.mark.parametrize(
    ("source", "flags", "prefix"),
    [
        pytest.param(r"\blaut\b|\bgemäß\b", re.IGNORECASE, r"\b(?=[gl])", id="words-at-a-boundary"),
        pytest.param(r"(?:^|[,;:]\s*)so\b", re.IGNORECASE, r"(?=[,:;s])", id="an-anchor-is-empty"),
        pytest.param(r"(?<!\w)(?:a|b)", 0, r"\b(?=[ab])", id="no-word-before-a-word-character-is-a-boundary"),
        pytest.param(r"(?<!\w)-a", 0, r"(?=[\-])", id="no-word-before-a-dash-is-none"),
        pytest.param(r"(?<![^\w])a", 0, r"(?=[a])", id="negated-lookbehind-class"),
        pytest.param(r"(?<=x)a", 0, r"(?=[a])", id="lookbehind-is-zero-width"),
        pytest.param(r"x?y", 0, r"(?=[xy])", id="optional-first"),
        pytest.param(r"\w+soldat", 0, "", id="unbounded-class"),
        pytest.param(r".{0,3}x", 0, "", id="any-character"),
        pytest.param(r"a*", 0, "", id="matches-empty"),
        pytest.param(r"(?:\bx|y)", 0, r"(?=[xy])", id="boundary-on-one-path-only"),
    ],
)
def test_prefix(source, flags, prefix):
    assert prefix_of(source, flags) == prefix


@pytest.mark.parametrize(
    ("alternatives", "flags", "grouped"),
    [
        pytest.param([r"\bsag", "Sx", "b", "k", "c|d"], re.IGNORECASE,
                     r"(?=[Ss])(?:\bsag|Sx)|(?=[b])(?:b)|(?=[k])(?:k)|(?=[cd])(?:c|d)", id="case-joins-s-and-S"),
        pytest.param(["ab", "[bc]d", "e", "a"], 0, "(?=[a])(?:ab|a)|(?=[bc])(?:[bc]d)|(?=[e])(?:e)", id="by-first-character"),
        pytest.param(["ab", "[ab]d", "e", "a"], 0, "(?=[a])(?:ab|[ab]d|a)|(?=[b])(?:[ab]d)|(?=[e])(?:e)",
                     id="a-class-copied-into-each-group"),
        pytest.param(["ab", "([ab])d", "e", "a"], 0, "(?=[ab])(?:ab|([ab])d|a)|(?=[e])(?:e)",
                     id="a-capturing-class-joins-groups"),
        pytest.param(["s", "ſ", "k"], re.IGNORECASE, None, id="long-s-matches-s-in-either-group"),
        pytest.param([r"\bab", r"\bc", r"(?<!\w)d", "e"], 0, r"\b(?=[acd])(?:(?=[a])(?:\bab)|(?=[c])(?:\bc)|"
                     r"(?=[d])(?:(?<!\w)d))|(?=[e])(?:e)", id="word-starts-behind-one-boundary"),
        pytest.param(["a", r"(x)\1"], 0, None, id="numbered-back-reference"),
        pytest.param(["a", r"\w+"], 0, None, id="unbounded"),
        pytest.param(["a", "A"], re.IGNORECASE, None, id="one-group"),
    ],
)
def test_dispatched(alternatives, flags, grouped):
    assert dispatched(alternatives, flags) == grouped


def test_alternatives_that_cannot_be_regrouped_are_guarded_one_by_one():
    alternatives = [f"(?P<g{i}>(?<!\\w)(?:s{i}|t{i}))" for i in range(8)]
    assert dispatched(alternatives, 0) is None     # every group opens with s or t: one group
    assert alternation(alternatives, 0) == guarded(alternatives, 0)
    assert guarded(["ab", r"\w+", "cd"], 0) == r"(?=[a])(?:ab)|\w+|(?=[c])(?:cd)"
    text = "s1 t7 xs3 s9 t0"
    plain, fast = re.compile("|".join(alternatives)), re.compile(alternation(alternatives, 0))
    assert _spans(fast, text) == _spans(plain, text) == [((0, 2), "g1"), ((3, 5), "g7"), ((13, 15), "g0")]


def test_a_group_joined_from_many_alternatives_guards_each_one():
    # "(a|o)s" (a group: not copied) joins the groups of a and o: the eight alternatives share one group,
    # each behind its own letter
    alternatives = ["(a|o)s", *(f"{ch}{i}" for i, ch in enumerate("aoaoaoa")), "x"]
    grouped = dispatched(alternatives, 0)
    assert grouped.startswith("(?=[ao])(?:(?=[ao])(?:(a|o)s)|(?=[a])(?:a0)|(?=[o])(?:o1)|")
    text = "os a0 o1x a6 xo3 o5s"
    plain, fast = re.compile("|".join(alternatives)), re.compile(grouped)
    assert _spans(fast, text) == _spans(plain, text)
    assert dispatched(["ab", "ac", *(f"a{i}" for i in range(6)), "x"], 0).startswith("(?=[a])(?:ab|ac|a0")


def test_an_alternative_opening_with_several_characters_is_copied_into_each_group():
    # "(?:a|o)s" opens with a or o: in both groups, in its place, so each position tries its own letter's only
    alternatives = ["(?:a|o)s", *(f"{ch}{i}" for i, ch in enumerate("aoaoaoa")), "x"]
    grouped = dispatched(alternatives, 0)
    assert grouped == "(?=[a])(?:(?:a|o)s|a0|a2|a4|a6)|(?=[o])(?:(?:a|o)s|o1|o3|o5)|(?=[x])(?:x)"
    text = "os a0 o1x a6 xo3 o5s as"
    plain, fast = re.compile("|".join(alternatives)), re.compile(grouped)
    assert _spans(fast, text) == _spans(plain, text)
    # copies that would make the alternation more than MAX_COPIES times as long: one joined group
    wide = ["[a-z]" + "q" * 40, *(f"{ch}{i}" for i, ch in enumerate("aoaoaoa")), "9"]
    joined = dispatched(wide, 0)
    assert joined.count("q" * 40) == 1 and joined.endswith("|(?=[9])(?:9)")


CASE_TRICKS = "KkSsſKİıiIßẞΣσς -,;:"
WORDS = ["laut", "gemäß", "zufolge", "sagte", "said", "told", "soll(?:en|te)?", r"\w*soldat\w*", "kyiv", "seoul"]


@pytest.mark.parametrize(
    ("source", "regrouped"),
    [
        pytest.param(r"(?<!\w)(?:" + "|".join(WORDS) + ")", True, id="behind-a-boundary"),
        pytest.param(r"\b(?<![\w-])(?:" + "|".join(WORDS) + r")(?!\w)", True, id="boundary-and-lookahead-after"),
        pytest.param(r"(?<!\w)(?:a|b)", False, id="short"),
        pytest.param(r"(?<!\w)(?:" + "|".join(WORDS) + ")|x", True, id="an-alternative-after-the-group"),
        pytest.param(r"(?i:(?:" + "|".join(WORDS) + "))", False, id="inline-flags"),
        pytest.param(r"a(?:" + "|".join(WORDS) + ")", False, id="after-a-character"),
    ],
)
def test_inner_alternation(source, regrouped):
    assert (inner_alternation(source, re.IGNORECASE) != source) is regrouped


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*CASE_TRICKS, *WORDS[:5], "soldaten", "seoul"]),
                max_size=20).map("".join))
def test_inner_alternation_same_matches_on_any_text(text):
    for source in (r"(?<!\w)(?:" + "|".join(WORDS) + ")", r"(?<![\w-])(?:" + "|".join(WORDS) + r")(?!\w)"):
        pattern = compile_prefiltered(source, re.IGNORECASE)
        assert pattern.pattern != source
        assert _spans(pattern, text) == _spans(re.compile(source, re.IGNORECASE), text)


def test_spaces_are_every_character_whitespace_matches():
    every = "".join(map(chr, range(0x110000)))
    assert SPACES == set(re.findall(r"\s", every))
    assert set(re.findall(r"\s", every, re.ASCII)) <= SPACES


WHITESPACE_LED = r"\bzufolge\b|\bnach eigenen angaben\b|(?<=,)\s*wonach\b|\bgeh(?:t|en)\b[^;]{0,20}?\baus\b"


def test_an_alternative_opening_with_whitespace_is_bounded_by_every_space():
    pattern = compile_prefiltered(WHITESPACE_LED, re.IGNORECASE)
    assert pattern.pattern.startswith("(?=[") and "\u3000" in pattern.pattern.split("]")[0]
    text = "Das, wonach\u3000gefragt wurde,\u00a0wonach; Seoul zufolge geht man davon aus,\x85wonach ,wonach"
    assert _spans(pattern, text) == _spans(re.compile(WHITESPACE_LED, re.IGNORECASE), text)
    assert len(_spans(pattern, text)) == 6


@pytest.mark.parametrize(
    ("source", "reach"),
    [
        pytest.param("abc", 0, id="none"),
        pytest.param(r"\bab", 1, id="word-boundary"),
        pytest.param(r"(?<![\w-])x|(?<!abc)y", 3, id="widest-branch"),
        pytest.param(r"(?<=(?<!q)ab)c", 3, id="lookbehind-in-a-lookbehind"),
        pytest.param(r"a(?<!\bbe )b", 4, id="inside-after-a-character"),
        pytest.param(r"(?=(?<=xy)z)", 2, id="lookbehind-in-a-lookahead"),
        pytest.param(r"(a)\1", None, id="back-reference"),
    ],
)
def test_lookbehind_reach(source, reach):
    assert lookbehind_reach(re.compile(source)) == reach


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcxyz -")), max_size=20), st.text(alphabet=st.sampled_from(list("abcxyz -")),
                                                                                  max_size=12))
def test_nothing_before_the_reach_changes_a_search(before, rest):
    for source in (r"(?<![\w-])ab|(?<!abc)y", r"\bx\w*|(?<=(?<!q)ab)c", r"a(?<!\bbe )b"):
        pattern = re.compile(source)
        reach = lookbehind_reach(pattern)
        if len(before) <= reach:
            continue
        kept = before[len(before) - reach:]      # the text cut right before the reach: the same matches after it
        shift = len(before) - len(kept)
        assert [(a - shift, b - shift) for a, b in (m.span() for m in pattern.finditer(before + rest, len(before)))] == \
            [m.span() for m in pattern.finditer(kept + rest, len(kept))]


def test_top_level_alternatives_skip_groups_classes_and_escapes():
    assert top_level_alternatives(r"a|b(c|d)|[|]x|\|y|[]|]z|[^]|]w") == ["a", "b(c|d)", "[|]x", r"\|y", "[]|]z", "[^]|]w"]



@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(CASE_TRICKS + "laut gemäß zufolge sagte said Kyiv Seoul wonach\t\u3000\x85")),
               max_size=60))
def test_same_matches_on_any_text(text):
    tricky = "|".join(["laut", "gemäß", "kyiv", "seoul", "ſ", "k", "ß", "ẞ", "i", "ı", "σ", "Σ", "said"])
    grouped = "|".join(["laut", "gemäß", "kyiv", "seoul", "said", r"\bi", "sagte", "zufolge", "ß", "Σ"])
    assert compile_prefiltered(grouped, re.IGNORECASE).pattern.count("(?=[") > 3
    for source in (r"\blaut\b|\bgemäß\b|\bsagte\b", r"(?:^|[,;:]\s*)so\b", r"kyiv|seoul|ſ|k|ß", tricky, grouped,
                   WHITESPACE_LED, r"\s+(?:laut|said)|,\s*k"):
        pattern = compile_prefiltered(source, re.IGNORECASE)
        assert _spans(pattern, text) == _spans(re.compile(source, re.IGNORECASE), text)
