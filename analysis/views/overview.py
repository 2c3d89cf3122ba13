"""Notebook 01, claims overview: the tidy claims table, counts, and what the corpus covers."""

from __future__ import annotations

import polars as pl

from analysis.errors import ParameterError

from .display import format_published, with_display_columns

OVERVIEW_COLUMNS = ("published_text", "publisher", "quantity", "measure", "number_text", "value_text",
                    "source_name", "via", "report", "review_status", "quote", "claim_id")


def claims_overview(claims: pl.DataFrame) -> pl.DataFrame:
    """The tidy claims table, reduced to the columns a reader scans, in publication order."""
    return (with_display_columns(claims)
            .sort(["published_date", "article_id", "char_start"])
            .select(OVERVIEW_COLUMNS))


def count_claims(claims: pl.DataFrame, by: str) -> pl.DataFrame:
    """Claims per value of ``by`` (quantity, source, publisher, review_status, ...), largest first.

    Columns: ``by``, ``label`` (the source name for sources), ``n_claims``,
    ``n_first_reports``, ``n_echoes``, ``n_articles``.
    """
    if by not in claims.columns:
        raise ParameterError("by", expected=f"a column of the claims table ({', '.join(claims.columns)})",
                             found=repr(by), fix="count by quantity, source, publisher or review_status")
    label = pl.col("source_name").first() if by == "source" else pl.col(by).first().cast(pl.String)
    return (claims.group_by(by)
            .agg(label.fill_null("(none)").alias("label"),
                 pl.len().cast(pl.Int64).alias("n_claims"),
                 pl.col("is_first_report").fill_null(True).sum().cast(pl.Int64).alias("n_first_reports"),
                 pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"))
            .with_columns((pl.col("n_claims") - pl.col("n_first_reports")).alias("n_echoes"))
            .with_columns(pl.col(by).cast(pl.String).fill_null("(none)"))
            .sort(["n_claims", by], descending=[True, False])
            .select(by, "label", "n_claims", "n_first_reports", "n_echoes", "n_articles"))


def corpus_summary(articles: pl.DataFrame, claims: pl.DataFrame) -> pl.DataFrame:
    """What the corpus covers, as ``item, value`` rows: size, dates, languages, publishers."""
    def when(df: pl.DataFrame, pick) -> str:
        if df.is_empty():
            return "none"
        row = df.sort("published_date", descending=pick == "max").row(0, named=True)
        return format_published(row["published_date"], row["published_precision"])

    languages = articles.group_by("language").len().sort("language")
    precisions = articles.group_by("published_precision").len().sort("published_precision")
    publishers = articles["publisher"].unique().sort().to_list()
    items = [
        ("articles", str(articles.height)),
        ("first published", when(articles, "min")),
        ("last published", when(articles, "max")),
        ("languages", ", ".join(f"{r['language']} ({r['len']})" for r in languages.to_dicts()) or "none"),
        ("date precision", ", ".join(f"{r['published_precision']} ({r['len']})" for r in precisions.to_dicts()) or "none"),
        ("publishers", f"{len(publishers)}: {', '.join(publishers)}"),
        ("numeric mentions", str(int(articles["n_mentions"].sum() or 0))),
        ("claims", str(claims.height)),
        ("first reports", str(int(claims["is_first_report"].fill_null(True).sum() or 0))),
        ("echoes", str(int((~claims["is_first_report"].fill_null(True)).sum() or 0))),
        ("quantities", ", ".join(sorted(claims["quantity"].unique().to_list())) or "none"),
        ("reviewed claims", f"{claims.filter(pl.col('review_status') != 'auto').height} of {claims.height}"),
    ]
    return pl.DataFrame(items, schema={"item": pl.String, "value": pl.String}, orient="row")


