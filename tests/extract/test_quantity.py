"""The counted noun after a number: one search over every noun class finds what a search per class finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from analysis import paths
from analysis.extract.clause_scope import _SUBORDINATE, SCOPED_CUES, _any_scoped_cue, scoped_cues, sentence_cues
from analysis.extract.quantity import (
    _NEW_CLAUSE_AFTER,
    _PHRASE_END,
    _UNIT_OF,
    _UNIT_WORD_AT_END,
    NOUN_WINDOW,
    UNIT_REACH,
    _noun_after,
)
from analysis.vocabulary import default_vocabulary

BENCHMARK_DATA = Path(__file__).resolve().parent.parent.parent / "benchmarks" / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(paths.articles_dir().glob("*.txt"))] + [
    entry["text"] for name in ("dev_set.yaml", "dev_set_2.yaml")
    for entry in yaml.safe_load((BENCHMARK_DATA / name).read_text(encoding="utf-8"))["texts"]]


def _first_noun_per_class(window: str) -> tuple[int, str, str] | None:
    """The earliest match over the classes searched one by one (the first class wins a tie)."""
    best = None
    for noun_class, pattern in default_vocabulary().noun_patterns.items():
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), noun_class, m.group(0))
    return best


@pytest.mark.parametrize("index", range(0, len(TEXTS), 25))
def test_one_search_finds_the_noun_each_class_search_finds(index):
    vocab = default_vocabulary()
    for text in TEXTS[index:index + 25]:
        for number in re.finditer(r"\d+", text):
            window = text[number.end():number.end() + NOUN_WINDOW]
            m = vocab.any_noun.search(window)
            expected = _first_noun_per_class(window)
            found = None if m is None else (m.start(), list(vocab.noun_patterns)[int(m.lastgroup[1:])], m.group(0))
            assert found == expected, window
            # (a clause after the number's comma or a subordinate clause holds no noun of its own: cut there first;
            # a comma or semicolon after the number's own words ends them)
            cut = _NEW_CLAUSE_AFTER.match(window) or _SUBORDINATE.search(window)
            own_words = window[:cut.start()] if cut else window
            closing = _PHRASE_END.search(own_words)
            own = _first_noun_per_class(own_words[:closing.start()] if closing and closing.start() > 0 else own_words)
            assert (_noun_after(text, number.end(), len(text), vocab)[0] == "none") == (own is None)


SENTENCES = [
    "Nordkorea hat bereits rund 11.000 Soldaten nach Russland geschickt.",
    "Pjöngjang könnte bis zu 25.000 weitere Soldaten entsenden, sagte ein Beamter.",
    "South Korea's spy agency said 3,000 more troops were expected to be deployed.",
    "About 1,500 North Korean soldiers have already arrived in Vladivostok.",
    "Bis Jahresende sollen weitere 2.000 Mann folgen, die bereits ausgebildet seien.",
    "Of the 11,000 sent, some 4,000 have been killed or wounded, officials said.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_figures_cues_read_from_its_sentence_are_the_cues_read_from_its_words(sentence):
    # a figure alone in its sentence: its segment is the sentence, whose tense cues sentence_cues has read
    vocab = default_vocabulary()
    figures = [m.span() for m in re.finditer(r"\d[\d.,]*\d|\d", sentence)]
    in_sentence = sentence_cues(sentence, vocab)
    for i, (start, end) in enumerate(figures):
        since = figures[i - 1][1] if i else 0
        stop = figures[i + 1][0] if i + 1 < len(figures) else len(sentence)
        assert scoped_cues(sentence, start, end, since, stop, in_sentence, vocab, sentence=(0, len(sentence))) == \
            scoped_cues(sentence, start, end, since, stop, in_sentence, vocab)


UNIT_PHRASES = [
    "a sapper unit of 300 men", "eine Pioniereinheit von rund 500 Mann", "Baubataillone mit 1.000 Mann",
    "two engineering battalions of some 2,000", "a brigade of about 3,000", "Bautrupps von etwa 400", "crews of 30",
    "ein Kontingent von mehr als 1.000", "Bauverbände mit bis zu 6.000", "construction teams of up to 1,000",
    "Baukolonnen aus 300", "the regiments of roughly 500", "a contingent of more than 1,500", "Brigaden mit gut 800",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=t[:30]) for t in TEXTS[::5]] + UNIT_PHRASES)
def test_the_unit_word_scan_finds_something_wherever_the_unit_pattern_does(text):
    # counted_noun searches _UNIT_OF only where _UNIT_WORD_AT_END finds a unit word and its tail: that must never
    # skip a match
    found = 0
    for number in re.finditer(r"\d+", text):
        lo = max(0, number.start() - UNIT_REACH - 20)
        if _UNIT_OF.search(text, lo, number.start()):
            found += 1
            assert _UNIT_WORD_AT_END.search(text, lo, number.start()), text[lo:number.start()]
    assert found or text not in UNIT_PHRASES


COMPOUND_LOSSES = ["Die Gefechtsverluste lagen bei 4.000", "mit Kriegsverlusten von rund 3.000", "des Verlustes von 1.000",
                   "GESAMTVERLUSTE: 2.000", "no losses among the 3,000", "verlustreich, aber nur 200"]


@pytest.mark.parametrize("index", range(0, len(TEXTS), 40))
def test_one_search_for_any_scoped_cue_finds_what_the_cues_find(index):
    # the compound alternatives ("\\w*verluste\\w*") searched only where their literal stands: the same answer as
    # one union of the scoped cues' patterns, in the windows after and before every number
    vocab = default_vocabulary()
    union = re.compile("|".join(f"(?:{vocab.cue_patterns[cue].pattern})" for cue in SCOPED_CUES), re.IGNORECASE)
    any_cue = _any_scoped_cue(vocab)
    found = 0
    for text in TEXTS[index:index + 40] + (COMPOUND_LOSSES if index == 0 else []):
        for m in re.finditer(r"\d+", text):
            for window in (text[m.end():m.end() + 80], text[max(0, m.start() - 60):m.start()]):
                expected = union.search(window) is not None
                assert (any_cue.search(window) is not None) == expected, window
                found += expected and "verlust" in window.lower()
    assert found or index
