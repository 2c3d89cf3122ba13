"""The synthetic corpus: deterministic from its seed, any size, valid checksums, varied numbers."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from analysis import paths
from analysis.build import build_derived, load_table
from analysis.corpus import ARTICLE_ID_PATTERN, list_article_ids, load_corpus
from analysis.synthetic import OUTLETS, PUBLISHERS, generate_corpus, iter_variants, variant

SEEDS = load_corpus(paths.articles_dir())
GROUPED = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")  # German "12.000"


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


@pytest.mark.parametrize("scale", [pytest.param(1, id="1x"), pytest.param(3, id="3x"), pytest.param(12, id="12x")])
def test_scale_times_the_seed_articles_are_written(tmp_path: Path, scale: int):
    count = generate_corpus(tmp_path / "articles", scale)
    assert count == scale * len(SEEDS)
    assert len(list_article_ids(tmp_path / "articles")) == count
    assert len(list((tmp_path / "articles").iterdir())) == 2 * count  # a text and a record each


def test_same_seed_gives_identical_bytes(tmp_path: Path):
    generate_corpus(tmp_path / "a", 4, seed=7)
    generate_corpus(tmp_path / "b", 4, seed=7)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")


def test_another_seed_gives_another_corpus(tmp_path: Path):
    generate_corpus(tmp_path / "a", 2, seed=1)
    generate_corpus(tmp_path / "b", 2, seed=2)
    first, second = _digest(tmp_path / "a"), _digest(tmp_path / "b")
    assert first.keys() == second.keys()  # ids depend on index and seed article only
    assert sum(first[name] != second[name] for name in first if name.endswith(".txt")) >= len(SEEDS)


def test_a_larger_corpus_extends_a_smaller_one(tmp_path: Path):
    """Variant i of an article does not depend on the scale, so 1x is a prefix of 10x."""
    generate_corpus(tmp_path / "small", 1)
    generate_corpus(tmp_path / "large", 10)
    small, large = _digest(tmp_path / "small"), _digest(tmp_path / "large")
    assert small.items() <= large.items()


def test_load_corpus_accepts_the_generated_corpus(tmp_path: Path):
    """Every text matches the sha256 in its record, and every record validates."""
    generate_corpus(tmp_path / "articles", 5)
    articles = load_corpus(tmp_path / "articles")
    assert len(articles) == 5 * len(SEEDS)
    assert all(re.match(ARTICLE_ID_PATTERN, a.article_id) for a in articles)
    assert {a.provenance.language for a in articles} == {s.provenance.language for s in SEEDS}


def test_numbers_are_varied_and_keep_their_written_form():
    variants = list(iter_variants(SEEDS, 20, seed=0))
    by_id = {s.article_id: s for s in SEEDS}
    changed = 0
    for article_id, text, record in variants:
        seed = by_id[article_id.split("-", 2)[2]]  # syn-<index>-<seed id>
        original, varied = GROUPED.findall(seed.text), GROUPED.findall(text)
        assert len(varied) == len(original), f"{article_id}: German-grouped numbers appeared or vanished"
        for number in varied:
            value = int(number.replace(".", ""))
            assert value >= 1000 and value % 100 == 0, number
        changed += varied != original
        assert record["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert changed >= 0.9 * sum(bool(GROUPED.findall(s.text)) for s in SEEDS) * 20


def test_dates_publishers_and_outlets_are_varied():
    variants = list(iter_variants(SEEDS, 30, seed=0))
    dates = {dt.date.fromisoformat(record["published"]) for _, _, record in variants}
    assert len(dates) > 50
    by_id = {s.article_id: s for s in SEEDS}
    for article_id, _, record in variants:
        seed = by_id[article_id.split("-", 2)[2]]
        assert abs((dt.date.fromisoformat(record["published"]) - seed.provenance.published_date).days) <= 400
        assert record["publisher"] in PUBLISHERS
    assert {record["publisher"] for _, _, record in variants} == set(PUBLISHERS)
    outlets_seen = {o for _, text, _ in variants for o in OUTLETS if re.search(rf"\b{o}\b", text)}
    assert len(outlets_seen) >= 3


def test_ids_stay_valid_and_distinct_at_10000x():
    """The largest benchmark scale: index 9,999 (and beyond) still gives valid, distinct ids."""
    ids = {variant(seed, index, 0)[0] for seed in SEEDS for index in (0, 9_999, 10_000, 999_999)}
    assert len(ids) == 4 * len(SEEDS)
    assert all(re.match(ARTICLE_ID_PATTERN, i) and len(i) <= 120 for i in ids)


def test_the_extractor_finds_the_varied_claims(tmp_path: Path):
    """Claims of the variants carry the varied values, not the seed's."""
    variants, seeds = tmp_path / "variants", tmp_path / "seeds"
    generate_corpus(paths.articles_dir(variants), 3)
    shutil.copytree(paths.articles_dir(), paths.articles_dir(seeds))
    for root in (variants, seeds):
        build_derived(root, review=False, batch_size=4)
    claims, seed_claims = load_table("claims", variants), load_table("claims", seeds)
    assert claims.height >= 2 * seed_claims.height
    assert set(claims["value_best"].drop_nulls()) - set(seed_claims["value_best"].drop_nulls())
    assert claims["claim_id"].n_unique() == claims.height
