"""Claimer phrases: the per-word tests remembered by WordSearch answer as their patterns do."""

from __future__ import annotations

import re

import pytest

from analysis.extract.lexicon import WordSearch

WORDS = ["Militärgeheimdienstes", "Geheimdienst", "geheim", "Sprecher", "Regierungssprecher", "spokesman", "", "x"]


@pytest.mark.parametrize("whole", [False, True], ids=["search", "fullmatch"])
def test_remembered_answers_are_the_patterns(whole):
    pattern = re.compile(r"geheimdienst\w*|sprecher", re.IGNORECASE)
    test = WordSearch(pattern, whole=whole)
    for word in WORDS * 2:                         # the second round is answered from memory
        expected = (pattern.fullmatch(word) if whole else pattern.search(word)) is not None
        assert test(word) is expected


def test_memory_stays_bounded(monkeypatch):
    monkeypatch.setattr(WordSearch, "MAX_WORDS", 3)
    test = WordSearch(re.compile("a"))
    assert [test(w) for w in ("a", "b", "ca", "d", "a")] == [True, False, True, False, True]
    assert len(test) <= 3                       # (a WordSearch is the dict of the words it remembers)
