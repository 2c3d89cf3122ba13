"""Review decisions: applied by the build, checked against the raw text, never written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import polars as pl
import pytest

from analysis import paths
from analysis.corpus import load_corpus
from analysis.errors import ReviewError
from analysis.pipeline import build_claims_and_mentions

ARTICLE = "kettner-edelmetalle-2025-04-28"


@pytest.fixture(scope="module")
def articles():
    return [a for a in load_corpus() if a.article_id == ARTICLE]


def _root_with_review(tmp_path: Path, body: str) -> Path:
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "review.yaml").write_text(body, encoding="utf-8")
    return tmp_path


def _corrected(tmp_path: Path, at: int, fix: str, note: str) -> Path:
    """A project whose review file corrects the seed's "Etwa 4.000" with ``set: fix``."""
    return _root_with_review(tmp_path, f"""
decisions:
  - article_id: {ARTICLE}
    char_start: {at}
    number_text: "Etwa 4.000"
    action: correct
    set: {fix}
    note: {note}
""")


def _offset(articles, needle: str) -> int:
    return articles[0].text.index(needle)


def test_correction_lands_and_sets_review_status(tmp_path, articles):
    at = _offset(articles, "Etwa 4.000")
    root = _corrected(tmp_path, at, "{casualty_type: killed, value_high: 4500}", "test correction")
    claims, _ = build_claims_and_mentions(articles, root=root)
    row = claims.filter(pl.col("char_start") == at).row(0, named=True)
    assert (row["casualty_type"], row["value_high"], row["review_status"]) == ("killed", 4500, "corrected")
    assert row["review_note"] == "test correction"


def test_reject_removes_the_claim_and_keeps_the_mention(tmp_path, articles):
    at = _offset(articles, "Etwa 4.000")
    root = _root_with_review(tmp_path, f"""
decisions:
  - {{article_id: {ARTICLE}, char_start: {at}, number_text: "Etwa 4.000", action: reject, note: not a claim}}
""")
    claims, mentions = build_claims_and_mentions(articles, root=root)
    assert claims.filter(pl.col("char_start") == at).is_empty()
    assert mentions.filter(pl.col("char_start") == at)["mention_status"].to_list() == ["rejected"]


def test_no_review_flag_ignores_the_file(tmp_path, articles):
    at = _offset(articles, "Etwa 4.000")
    root = _root_with_review(tmp_path, f"""
decisions:
  - {{article_id: {ARTICLE}, char_start: {at}, number_text: "Etwa 4.000", action: reject, note: x}}
""")
    claims, _ = build_claims_and_mentions(articles, root=root, review=False)
    assert set(claims["review_status"].to_list()) == {"auto"}


@pytest.mark.parametrize(
    ("decision", "pattern"),
    [
        pytest.param('{article_id: ARTICLE, char_start: 5, number_text: "Etwa 4.000", action: confirm}',
                     r"review\.yaml:3 \(kettner-edelmetalle-2025-04-28, offset 5\): expected 'Etwa 4.000' at offset 5; found .*it stands at offset", id="moved-offset"),
        pytest.param('{article_id: no-such-article, char_start: 5, number_text: "x", action: confirm}',
                     r"review\.yaml:3: expected an article id of the corpus; found 'no-such-article'", id="unknown-article"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {value_low: 5000, value_high: 4000}}',
                     r"value_low 5000 is above value_high 4000", id="low-above-high"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {value_best: -3}}',
                     r"set\.value_best: Input should be greater than or equal to 0", id="negative"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {quantity: tanks}}',
                     r"expected a quantity from quantities\.yaml", id="unknown-quantity"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: reject}',
                     r"action 'reject' needs a 'note:'", id="reject-without-note"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: maybe}',
                     r"action: Input should be 'confirm', 'correct' or 'reject'", id="unknown-action"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: confirm, action: reject}',
                     r"review\.yaml:3: expected each key once in a mapping; found 'action' again \(first on line 3\)",
                     id="key-twice"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: [confirm}',
                     r"review\.yaml:3: expected valid YAML", id="bad-syntax"),
        # sources that cannot be, and values that cannot be true (with the values the extractor read)
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {source: xx_spies}}',
                     r"composed of a country and a body.*'xx_spies'", id="unknown-source"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, '
                     'set: {source_text: "der Wetterdienst"}}', r"source_text.*does not occur", id="words-not-in-article"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {value_best: 4500}}',
                     r"review\.yaml:\d+ .*value_best 4500 > value_high 4000", id="best-above-high"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {value_high: .inf}}',
                     r"review\.yaml:\d+.*finite", id="infinite"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {value_best: true}}',
                     r"review\.yaml:\d+.*valid number", id="boolean"),
        pytest.param('{article_id: ARTICLE, char_start: AT, number_text: "Etwa 4.000", action: correct, set: {value_low: -5}}',
                     r"review\.yaml:\d+.*greater than or equal to 0", id="negative-low"),
    ],
)
def test_bad_decisions_name_file_line_and_fix(tmp_path, articles, decision, pattern):
    at = _offset(articles, "Etwa 4.000")
    body = "# review\ndecisions:\n  - " + decision.replace("ARTICLE", ARTICLE).replace("AT", str(at)) + "\n"
    root = _root_with_review(tmp_path, body)
    with pytest.raises(ReviewError, match=pattern):
        build_claims_and_mentions(articles, root=root)


def test_build_never_writes_the_review_file():
    path = paths.review_file()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    build_claims_and_mentions(load_corpus())
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_review_file_that_is_not_utf8_is_named(tmp_path, articles):
    root = _root_with_review(tmp_path, "")
    paths.review_file(root).write_bytes("decisions: [] # Stra\u00dfe".encode("latin-1"))
    with pytest.raises(ReviewError, match=r"review\.yaml: expected a readable UTF-8 YAML file.*restore"):
        build_claims_and_mentions(articles, root=root)


def test_review_sets_source_and_source_text(tmp_path, articles):
    at = _offset(articles, "Etwa 4.000")
    root = _corrected(tmp_path, at, '{source: kr_defence_ministry, source_text: "südkoreanischen Geheimdienstes"}',
                      "an analyst's reading")
    claims, _ = build_claims_and_mentions(articles, root=root)
    row = claims.filter(pl.col("char_start") == at).row(0, named=True)
    assert (row["source"], row["source_type"], row["review_status"]) == ("kr_defence_ministry", "government", "corrected")
    assert row["source_name"] == "South Korea: defence ministry"
    text = articles[0].text
    assert text[row["source_text_start"]:row["source_text_end"]] == row["source_text"] == "südkoreanischen Geheimdienstes"
