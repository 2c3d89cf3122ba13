"""The one module that writes ``data/derived/``.

``build_derived`` loads the corpus, finds every numeric mention, turns mentions
into claims, applies the analysts' review decisions, validates each table
against :mod:`analysis.schema` and writes CSV + Parquet, ``datapackage.json``
and ``README.md`` atomically under a lock.  Same inputs, same bytes.
"""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from . import paths, schema
from .corpus import Article, load_corpus
from .storage import AtomicOutputs, exclusive

log = logging.getLogger(__name__)

TABLE_NAMES = ("articles", "mentions", "claims")


@dataclass(frozen=True)
class BuildResult:
    tables: dict[str, pl.DataFrame]
    written: list[Path]


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


def build_tables(articles: list[Article], *, review: bool = True, root: Path | None = None) -> dict[str, pl.DataFrame]:
    """All derived tables for a list of articles, validated, without writing anything."""
    from .claims import build_claims_and_mentions

    claims, mentions = build_claims_and_mentions(articles, review=review, root=root)
    counts = (
        mentions.group_by("article_id").agg(
            pl.len().cast(pl.Int64).alias("n_mentions"),
            (pl.col("mention_status") == "claim").sum().cast(pl.Int64).alias("n_claims"),
        )
    )
    articles_df = (
        articles_table(articles)
        .join(counts, on="article_id", how="left")
        .with_columns(pl.col("n_mentions", "n_claims").fill_null(0))
    )
    tables = {"articles": articles_df, "mentions": mentions, "claims": claims}
    return {name: schema.validate_table(tables[name], name) for name in TABLE_NAMES}


def csv_bytes(df: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    df.write_csv(buffer, line_terminator="\n", float_precision=None)
    return buffer.getvalue()


def parquet_bytes(df: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    df.write_parquet(buffer, compression="zstd", statistics=True)
    return buffer.getvalue()


def write_tables(tables: dict[str, pl.DataFrame], out_dir: Path) -> list[Path]:
    """Write every table (CSV + Parquet) plus datapackage.json and README.md, atomically."""
    out = AtomicOutputs()
    try:
        for name, df in tables.items():
            out.stage_bytes(paths.contained(out_dir, f"{name}.csv"), csv_bytes(df))
            out.stage_bytes(paths.contained(out_dir, f"{name}.parquet"), parquet_bytes(df))
        descriptor = schema.datapackage_descriptor(list(tables))
        out.stage_text(out_dir / "datapackage.json", json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
        out.stage_text(out_dir / "README.md", schema.schema_markdown())
    except BaseException:
        out.discard()
        raise
    return out.commit()


def build_derived(root: Path | None = None, *, review: bool = True) -> BuildResult:
    """Rebuild everything in ``data/derived/`` from ``data/raw/``."""
    out_dir = paths.derived_dir(root)
    with exclusive(out_dir):
        articles = load_corpus(paths.articles_dir(root))
        log.info("loaded %d articles from %s (checksums verified)", len(articles), paths.articles_dir(root))
        tables = build_tables(articles, review=review, root=root)
        for name, df in tables.items():
            log.info("%-8s %6d rows (validated)", name, df.height)
        written = write_tables(tables, out_dir)
    log.info("wrote %d files to %s", len(written), out_dir)
    return BuildResult(tables, written)


def load_table(name: str, root: Path | None = None) -> pl.DataFrame:
    """Read a derived table (Parquet) for notebooks and reports."""
    return pl.read_parquet(paths.derived_dir(root) / f"{name}.parquet")
