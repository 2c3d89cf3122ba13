"""A synthetic corpus for benchmarks and scale tests, made from the seed articles.

Each generated article is a seed article with its numbers, publication date,
named sources and outlets varied, deterministic from a seed.  Numbers keep
their written form (German grouping stays German grouping), so the extractor
meets the same constructions at any size.  ``scale`` is a multiple of the seed
corpus: scale 1000 writes 1000 variants of every seed article.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from .corpus import ARTICLE_SUFFIX, PROVENANCE_SUFFIX, Article, load_corpus, sha256_of

# Interchangeable attributions (German, as the seeds are German): each is replaced by another.
SOURCE_PHRASES = (
    "des südkoreanischen Geheimdienstes",
    "des ukrainischen Militärgeheimdienstes",
    "westlicher Geheimdienste",
    "des britischen Geheimdienstes",
)
OUTLETS = ("CNN", "Reuters", "Yonhap", "BBC", "AFP", "dpa")
PUBLISHERS = ("Kettner Edelmetalle", "unknown", "Nordkurier", "Tagesblick", "Westpost", "Alpenrundschau")
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])")  # German "12.000"


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        value = int(m.group(1) + m.group(2))
        new = max(1000, int(value * rng.uniform(0.5, 1.5)) // 100 * 100)
        return f"{new:,}".replace(",", ".")

    return _GROUPED.sub(repl, text)


def _vary_sources(text: str, rng: random.Random) -> str:
    for phrase in SOURCE_PHRASES:
        if phrase in text:
            text = text.replace(phrase, rng.choice(SOURCE_PHRASES))
    for outlet in OUTLETS:
        text = re.sub(rf"\b{outlet}\b", rng.choice(OUTLETS), text)
    return text


def variant(article: Article, index: int, seed: int) -> tuple[str, str, dict]:
    """Article id, text and provenance record of one variant of a seed article."""
    rng = random.Random(f"{seed}:{article.article_id}:{index}")
    text = _vary_sources(_vary_numbers(article.text, rng), rng)
    published = article.provenance.published_date + dt.timedelta(days=rng.randint(-400, 400))
    article_id = f"syn-{index:06d}-{article.article_id}"[:120].rstrip("-")
    record = {
        "article_id": article_id,
        "original_file_name": article.provenance.original_file_name,
        "publisher": rng.choice(PUBLISHERS),
        "published": published.isoformat(),
        "published_precision": "day",
        "published_as_stated": published.isoformat(),
        "language": article.provenance.language,
        "title": article.provenance.title,
        "url": None,
        "sha256": sha256_of(text.encode("utf-8")),
        "note": f"Synthetic variant {index} of {article.article_id} (seed {seed}); for benchmarks only.",
    }
    return article_id, text, record


def iter_variants(seeds: list[Article], scale: int, seed: int = 0) -> Iterator[tuple[str, str, dict]]:
    for index in range(scale):
        for article in seeds:
            yield variant(article, index, seed)


def generate_corpus(target: Path, scale: int, *, seed: int = 0, seeds_dir: Path | None = None) -> int:
    """Write ``scale`` variants of every seed article into ``target``; return the count."""
    seeds = load_corpus(seeds_dir)
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for article_id, text, record in iter_variants(seeds, scale, seed):
        (target / f"{article_id}{ARTICLE_SUFFIX}").write_bytes(text.encode("utf-8"))
        (target / f"{article_id}{PROVENANCE_SUFFIX}").write_text(
            yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
        count += 1
    return count
