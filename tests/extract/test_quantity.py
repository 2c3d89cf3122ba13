"""The counted noun after a number: one search over every noun class finds what a search per class finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from analysis import paths
from analysis.extract.quantity import NOUN_WINDOW, _noun_after
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
            assert (_noun_after(text, number.end(), len(text), vocab)[0] == "none") == (expected is None)
