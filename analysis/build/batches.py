"""One batch of the build: a run of articles loaded, extracted, validated and written as parts.

:func:`write_batch` is the batch function every engine maps over the batches, in
this process or as one task per batch on Dask workers.  A batch reads its articles
(checksums verified by :func:`analysis.corpus.load_article`) and writes its tables
as Parquet parts into the build's temporary ``parts/`` directory; only the counts
travel back.  Batches are consecutive runs of the sorted article ids, so the parts
read in order are the tables in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from .. import schema
from ..corpus import Article, load_article
from ..pipeline import process_articles
from ..vocabulary import default_vocabulary

# The parts each batch writes (``<part>-000001.parquet`` ...); the claims part has no claim groups yet.
ARTICLES_PART, MENTIONS_PART, CLAIMS_PART = "articles", "mentions", "claims"
GROUPED_CLAIMS_PART = "grouped-claims"  # written by the claim-group pass (analysis.build.groups)


@dataclass(frozen=True)
class Batch:
    """What one batch needs, picklable for a Dask worker (paths are absolute on a cluster)."""

    number: int  # 1-based place among the batches
    article_ids: tuple[str, ...]
    articles_dir: Path
    parts_dir: Path
    decisions: dict  # the review decisions of these articles only


def split_batches(article_ids: list[str], size: int, articles_dir: Path, parts_dir: Path,
                  decisions: dict) -> list[Batch]:
    """The sorted ids cut into batches of ``size`` articles, each with its articles' decisions."""
    batches = []
    for number, start in enumerate(range(0, len(article_ids), size), start=1):
        ids = tuple(article_ids[start:start + size])
        batches.append(Batch(number, ids, articles_dir, parts_dir, {i: decisions[i] for i in ids if i in decisions}))
    return batches


def part_path(parts: Path, part: str, number: int) -> Path:
    """Where batch ``number`` (1-based) writes ``part`` in ``parts/``."""
    return parts / f"{part}-{number:06d}.parquet"


def articles_table(articles: list[Article]) -> pl.DataFrame:
    """One row per article with its provenance."""
    rows = []
    for article in articles:
        record = article.provenance
        rows.append({
            "article_id": article.article_id,
            "publisher": record.publisher,
            "published_date": record.published_date,
            "published_precision": record.published_precision,
            "published_as_stated": record.published_as_stated,
            "language": record.language,
            "title": record.title,
            "original_file_name": record.original_file_name,
            "sha256": record.sha256,
            "n_chars": len(article.text),
        })
    frame = pl.DataFrame(rows, schema_overrides={"published_date": pl.Date})
    if frame.is_empty():
        return schema.empty_table("articles")
    return frame


def with_counts(articles_df: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """The articles table with each article's numbers of mentions and claims."""
    counts = mentions.group_by("article_id").agg(
        pl.len().cast(pl.Int64).alias("n_mentions"),
        (pl.col("mention_status") == "claim").sum().cast(pl.Int64).alias("n_claims"),
    )
    return articles_df.join(counts, on="article_id", how="left").with_columns(
        pl.col("n_mentions", "n_claims").fill_null(0)
    )


def write_batch(batch: Batch) -> dict[str, int]:
    """Load, extract, validate and write one batch's parts; return its row counts."""
    articles = [load_article(batch.articles_dir, article_id) for article_id in batch.article_ids]
    claims, mentions = process_articles(articles, batch.decisions, default_vocabulary())
    parts, number = batch.parts_dir, batch.number
    schema.validate_table(mentions, "mentions").write_parquet(part_path(parts, MENTIONS_PART, number))
    arts = schema.validate_table(with_counts(articles_table(articles), mentions), "articles")
    arts.write_parquet(part_path(parts, ARTICLES_PART, number))
    schema.conform(claims, "claims").write_parquet(part_path(parts, CLAIMS_PART, number))
    return {"articles": len(articles), "mentions": mentions.height, "claims": claims.height}


def write_empty_batch(parts: Path) -> None:
    """The parts of a corpus without articles: one batch of empty, schema-typed tables."""
    schema.empty_table("articles").write_parquet(part_path(parts, ARTICLES_PART, 1))
    schema.empty_table("mentions").write_parquet(part_path(parts, MENTIONS_PART, 1))
    schema.empty_table("claims").write_parquet(part_path(parts, GROUPED_CLAIMS_PART, 1))
