"""Literal gates refuse only ranges where the pattern cannot match: same answers as the pattern, on every gated pattern."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import gates
from analysis.gates import GatedPattern, canonical_lower, gated, required_strings

BENCHMARK_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
CASE_TRICKS = "KkSsſKİıiIßẞΣσς -,;:'’"


def _answers(pattern, text: str, pos: int, endpos: int) -> tuple:
    def span(m):
        return None if m is None else (m.span(), m.groups())
    return (span(pattern.search(text, pos, endpos)), span(pattern.match(text, pos, endpos)),
            span(pattern.fullmatch(text, pos, endpos)), [span(m) for m in pattern.finditer(text, pos, endpos)])


def _gated_patterns() -> dict[str, GatedPattern]:
    """Every gated pattern of the package's modules."""
    import analysis.extract  # noqa: F401 - loads the rule modules
    found = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("analysis."):
            found |= {f"{name}.{k}": v for k, v in vars(module).items() if isinstance(v, GatedPattern)}
    return found


@pytest.mark.parametrize(("source", "flags", "expected"), [
    pytest.param(r"\b(?:among them|including)\s+\d", 0, {"among them", "including"}, id="alternation"),
    pytest.param(r"[^.;]{0,80}?\b(?:Suffer\w*|took)\b", re.IGNORECASE, {"suffer", "took"}, id="lowered"),
    pytest.param(r"verlust(?:e|es)?", 0, {"verlust"}, id="implied-longer-dropped"),
    pytest.param(r"\d+", 0, None, id="no-literal"),
    pytest.param(r"(?:a|b)\d", 0, None, id="too-short"),
    pytest.param(r"(?:a|bc)x", 0, {"ax", "bcx"}, id="joined"),
    pytest.param(r"(?:zug|)\s+haus", 0, {"haus"}, id="optional-alternative"),
    pytest.param(r"(?<=seit )\d+ tage", 0, {" tage"}, id="lookbehind-not-required"),
    pytest.param(r"(?i:soldiers)", 0, {"soldiers"}, id="partner-letters-canonical"),
])
def test_required_strings(source, flags, expected):
    found = required_strings(source, flags)
    assert found == (None if expected is None else frozenset(expected))


def test_canonical_lower_folds_case_partners():
    assert canonical_lower("SOLDIERS ſoldıers") == "soldiers soldiers"
    assert canonical_lower("ΟΔΟΣ οδοσ") == canonical_lower("οδος οδος")
    assert canonical_lower("İstanbul") is None


@pytest.mark.parametrize("text", ["Sie haben ſchwere Verluſte erlitten", "SOLDIERS TOOK heavy losses", "İ took losses",
                                  "they took", "ΣΟΛΔ took x"])
def test_gated_answers_as_the_pattern_on_case_tricks(text):
    pattern = re.compile(r"[^.;]{0,80}?\b(?:suffer\w*|took|erlitt\w*|verluste)\b", re.IGNORECASE)
    gate = gated(pattern)
    assert isinstance(gate, GatedPattern)
    for pos in range(len(text) + 1):
        for endpos in (pos, len(text), len(text) + 5, -1):
            assert _answers(gate, text, pos, endpos) == _answers(pattern, text, pos, endpos)


def _texts() -> list[str]:
    texts = []
    for path in sorted(BENCHMARK_DATA.glob("dev_set*.yaml"))[:6]:
        texts += [entry["text"] for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["texts"]]
    return texts


def test_every_gated_pattern_answers_as_its_pattern_on_the_development_texts():
    patterns = _gated_patterns()
    assert len(patterns) >= 10
    texts = _texts()
    for name, gate in patterns.items():
        plain = gate._pattern
        for text in texts:
            for pos, endpos in ((0, len(text)), (len(text) // 3, len(text)), (0, 2 * len(text) // 3), (5, 45)):
                assert _answers(gate, text, pos, endpos) == _answers(plain, text, pos, endpos), (name, text, pos)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["took", "Took", "TOOK", "tooK", "to", "ok", "verluste", "VERLUſTE", "Verlus", "te",
                                 "suffered", "ſuffered", "İ", "ı", "Σ", "ς", " ", ",", ".", "12", "zu", "Zu"]),
                max_size=12),
       st.integers(0, 60), st.integers(0, 80))
def test_gated_answers_as_the_pattern_on_random_text(words, pos, endpos):
    text = "".join(words)
    for source, flags in ((r"[^.;]{0,80}?\b(?:suffer\w*|took|erlitt\w*|verluste)\b", re.IGNORECASE),
                          (r"\bzu\s+(?-i:[a-zäöüß]+)\s*,", re.IGNORECASE), (r"(?:Took|VERLUSTE)\b", 0)):
        pattern = re.compile(source, flags)
        assert _answers(gated(pattern), text, pos, endpos) == _answers(pattern, text, pos, endpos)


def test_short_and_long_ranges_read_the_same(monkeypatch):
    pattern = re.compile(r"\b(?:among them|including)\s+\d", re.IGNORECASE)
    text = ("x" * 300) + " Including 5 " + ("y" * 300)
    for short in (0, 10_000):
        monkeypatch.setattr(gates, "SHORT_RANGE", short)
        gate = gated(pattern)
        for pos, endpos in ((0, len(text)), (290, 320), (305, len(text)), (0, 305)):
            assert _answers(gate, text, pos, endpos) == _answers(pattern, text, pos, endpos)
