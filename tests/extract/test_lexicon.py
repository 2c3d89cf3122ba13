"""The compiled claimers vocabulary: what a phrase names, remembered per phrase, is what its patterns find."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.cues import compiled
from analysis.extract.lexicon import MAX_PHRASES
from analysis.vocabulary import default_vocabulary

LEX = compiled(default_vocabulary()).lexicon
READERS = ("country_in", "body_in", "demonym_in", "joint_countries")
WORDS = ["Briten", "die", "Amerikaner", "Nordkoreaner", "US", "Pentagon", "Seoul", "intelligence", "Südkorea", "südkoreanische", "Nordkorea", "-Korea", "Korea", "South", "Korean", "US", "Ukraine", "ukrainischen",
         "Geheimdienst", "Militärgeheimdienstes", "intelligence", "ministry", "Verteidigungsministerium", "and", "und",
         "American", "Ukrainian", "officials", "the", "des", "Seoul", "Kyiv", "-", ",", " ", "  ", "'s"]


def _plain(reader: str, text: str, start: int, end: int):
    return getattr(LEX, "_" + reader)(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.data())
def test_remembered_readers_find_what_the_patterns_find(words, data):
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for reader in READERS:
        assert getattr(LEX, reader)(text, start, end) == _plain(reader, text, start, end)


@pytest.mark.parametrize(("reader", "phrase"), [
    pytest.param("country_in", "Seoul officials", id="country"),
    pytest.param("body_in", "intelligence officials", id="body"),
    pytest.param("joint_countries", "US and Ukrainian officials", id="joint"),
    pytest.param("demonym_in", "Briten", id="demonym"),
])
def test_the_characters_before_a_phrase_are_part_of_what_is_remembered(reader, phrase):
    # the same phrase after a word character, a hyphen or a space: the patterns' lookbehinds tell them apart
    texts = [f"Nord{phrase}", f"Süd-{phrase}", f"der {phrase}", phrase]
    assert len({_plain(reader, text, len(text) - len(phrase), len(text)) for text in texts}) > 1
    for _ in range(2):                            # the second round reads what the first remembered
        for text in texts:
            start = len(text) - len(phrase)
            assert getattr(LEX, reader)(text, start, len(text)) == _plain(reader, text, start, len(text))


def test_random_phrases_of_the_corpus_sentences_agree():
    rng = random.Random(7)
    text = ("Der südkoreanische Geheimdienst NIS und das ukrainische Verteidigungsministerium schätzen, dass American "
            "and Ukrainian officials von 11.000 Soldaten ausgehen; laut Seoul und Kyiv sind es mehr.")
    for _ in range(2000):
        start = rng.randrange(len(text))
        end = rng.randrange(start, len(text) + 1)
        for reader in READERS:
            assert getattr(LEX, reader)(text, start, end) == _plain(reader, text, start, end)
    assert 0 < len(LEX._found_in) <= MAX_PHRASES + 1
