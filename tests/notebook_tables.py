"""Small schema-valid tables and a fake project root, for the views and charts tests.

Every views test builds its tables here (``make_claims``, ``make_mentions``,
``make_articles``); tests/charts/ imports the same builders.  ``write_project`` writes
a project root whose raw articles pass :mod:`analysis.corpus`'s validation and
checksums, and whose derived tables were built from them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import polars as pl
import yaml

from analysis import build, schema

D = dt.date

QUANTITIES = ["troops_deployed", "troops_planned", "casualties", "sappers",
              "construction_workers", "workers", "captured", "munitions", "other"]

CLAIM_DEFAULTS = {
    "publisher": "Example News", "published_precision": "day", "language": "de",
    "quote": "Quote.", "quote_start": 0, "quote_end": 6, "mention_spans": None,
    "is_approximate": False, "unit": None, "casualty_type": None, "counted_text": "Soldaten",
    "source": "unattributed", "source_name": "Unattributed", "source_type": "unattributed", "via": None,
    "attribution_text": None, "attribution_scope": None, "source_text": None,
    "source_text_start": None, "source_text_end": None, "reference_start": None, "reference_end": None,
    "reference_precision": None, "reference_text": None, "calculation": None, "claim_group": None,
    "is_first_report": True, "review_status": "auto", "review_note": None,
    "value_low": None, "value_best": None, "value_high": None,
}

SOURCE_INFO = {
    "kr_nis": ("South Korea's National Intelligence Service (NIS)", "intelligence_service"),
    "ua_hur": ("Ukraine's Defence Intelligence (HUR)", "intelligence_service"),
    "uk_intelligence": ("British Defence Intelligence (UK Ministry of Defence)", "intelligence_service"),
    "kp_government": ("Government of North Korea", "government"),
    "unattributed": ("Unattributed", "unattributed"),
}


def claim(article_id: str, char_start: int, number_text: str, published: dt.date, quantity: str = "troops_deployed",
          *, low=None, best=None, high=None, bound="exact", source="unattributed", **extra) -> dict:
    """One claims row; values follow UCDP (null = open bound)."""
    name, kind = SOURCE_INFO[source]
    row = {**CLAIM_DEFAULTS, "claim_id": f"{article_id}:{char_start}", "article_id": article_id,
           "published_date": published, "number_text": number_text, "char_start": char_start,
           "char_end": char_start + len(number_text), "quantity": quantity, "bound": bound,
           "value_low": low, "value_best": best, "value_high": high,
           "is_approximate": bound in ("approximate", "vague"),
           "source": source, "source_name": name, "source_type": kind, **extra}
    if row["claim_group"] is None:
        row["claim_group"] = row["claim_id"]
    return row


def make_claims(rows: list[dict] | None = None) -> pl.DataFrame:
    """A schema-valid claims table (default: a small corpus exercising every bound)."""
    if rows is None:
        rows = [
            claim("a-2024-10", 10, "bis zu 12.000", D(2024, 10, 18), high=12000, best=12000, bound="upper",
                  source="kr_nis"),
            claim("a-2024-10", 90, "11.000", D(2024, 10, 18), low=11000, best=11000, high=11000, source="ua_hur",
                  reference_start=D(2024, 11, 1), reference_end=D(2024, 11, 30), reference_precision="month",
                  reference_text="im November 2024"),
            claim("a-2024-10", 200, "Tausenden", D(2024, 10, 18), low=2000, high=9999, bound="vague"),
            claim("b-2025-04", 5, "nicht weniger als 14.000", D(2025, 4, 28), low=14000, bound="lower",
                  source="kp_government", publisher="Kettner Edelmetalle"),
            claim("b-2025-04", 70, "Etwa 4.000", D(2025, 4, 28), "casualties", low=4000, best=4000, high=4000,
                  bound="approximate", source="kr_nis", casualty_type="killed_or_wounded",
                  publisher="Kettner Edelmetalle", review_status="confirmed"),
            claim("c-2025-07", 40, "25.000 bis 30.000", D(2025, 7, 1), "troops_planned", low=25000, high=30000,
                  bound="range", source="ua_hur", via="cnn", published_precision="month", publisher="unknown"),
            claim("c-2025-07", 300, "11.000", D(2025, 7, 1), low=11000, best=11000, high=11000, source="ua_hur",
                  via="cnn", published_precision="month", publisher="unknown",
                  reference_start=D(2024, 11, 1), reference_end=D(2024, 11, 30), reference_precision="month",
                  reference_text="im November 2024", claim_group="a-2024-10:90", is_first_report=False),
            claim("c-2025-07", 400, "6.000", D(2025, 7, 1), "casualties", low=6000, best=6000, high=6000,
                  source="uk_intelligence", casualty_type="killed_or_wounded", published_precision="month",
                  publisher="unknown", review_status="corrected"),
            claim("d-2025-07", 50, "rund 4.000", D(2025, 7, 2), "casualties", low=4000, best=4000, high=4000,
                  bound="approximate", casualty_type="killed_or_wounded", publisher="Kettner Edelmetalle"),
            claim("d-2025-07", 120, "500 Milliarden Euro", D(2025, 7, 2), "other", low=5e11, best=5e11, high=5e11,
                  unit="EUR", publisher="Kettner Edelmetalle"),
            claim("d-2025-07", 160, "zwischen 23 und 27", D(2025, 7, 2), "other", low=23, high=27, bound="range",
                  unit="years", publisher="Kettner Edelmetalle"),
        ]
    return schema.validate_table(pl.DataFrame(rows, schema=schema.empty_table("claims").schema, orient="row")
                                 if rows else schema.empty_table("claims"), "claims")


def make_mentions(claims: pl.DataFrame) -> pl.DataFrame:
    """A mentions table: one per claim plus a repeat, an amount not taken, a date and a rejected one."""
    rows = []
    for r in claims.to_dicts():
        rows.append({"article_id": r["article_id"], "char_start": r["char_start"], "char_end": r["char_end"],
                     "number_text": r["number_text"], "kind": "quantity", "reason": None, "date_edtf": None,
                     "value_low": r["value_low"], "value_best": r["value_best"], "value_high": r["value_high"],
                     "is_approximate": r["is_approximate"], "bound": r["bound"], "unit": r["unit"],
                     "mention_status": "claim", "status_reason": f"{r['quantity']} claim", "claim_id": r["claim_id"]})
    base = {"reason": None, "date_edtf": None, "value_low": None, "value_best": None, "value_high": None,
            "is_approximate": None, "bound": None, "unit": None, "claim_id": None}
    rows += [
        {**base, "article_id": "a-2024-10", "char_start": 0, "char_end": 13, "number_text": "bis zu 12.000",
         "kind": "quantity", "value_best": 12000.0, "value_high": 12000.0, "bound": "upper",
         "mention_status": "repeat", "status_reason": "repeats the claim in the body", "claim_id": "a-2024-10:10"},
        {**base, "article_id": "a-2024-10", "char_start": 500, "char_end": 502, "number_text": "42",
         "kind": "quantity", "value_low": 42.0, "value_best": 42.0, "value_high": 42.0, "bound": "exact",
         "mention_status": "not_a_claim", "status_reason": "no counted noun"},
        {**base, "article_id": "a-2024-10", "char_start": 600, "char_end": 610, "number_text": "18.10.2024",
         "kind": "date", "reason": "dateline", "date_edtf": "2024-10-18",
         "mention_status": "not_a_claim", "status_reason": "a date"},
        {**base, "article_id": "b-2025-04", "char_start": 900, "char_end": 904, "number_text": "1000",
         "kind": "quantity", "value_low": 1000.0, "value_best": 1000.0, "value_high": 1000.0, "bound": "exact",
         "mention_status": "rejected", "status_reason": "rejected in review: a price"},
    ]
    df = pl.DataFrame(rows, schema=schema.empty_table("mentions").schema, orient="row")
    return schema.validate_table(df, "mentions")


def make_articles(claims: pl.DataFrame) -> pl.DataFrame:
    first = claims.sort("char_start").unique("article_id", keep="first", maintain_order=True).sort("article_id")
    df = first.select(
        "article_id", "publisher", "published_date", "published_precision",
        pl.col("published_date").cast(pl.String).alias("published_as_stated"), "language",
        pl.format("Title of {}", "article_id").alias("title"),
        pl.format("{}.txt", "article_id").alias("original_file_name"),
        pl.col("article_id").map_elements(hash_of, return_dtype=pl.String).alias("sha256"),
        pl.lit(1000, pl.Int64).alias("n_chars"), pl.lit(5, pl.Int64).alias("n_mentions"),
        pl.lit(3, pl.Int64).alias("n_claims"))
    return schema.validate_table(df, "articles")



def article_text(article_id: str) -> str:
    """The text of a fake raw article."""
    return f"text of {article_id}"


def hash_of(article_id: str) -> str:
    """The sha256 of :func:`article_text`: what the provenance record and articles.parquet hold."""
    return hashlib.sha256(article_text(article_id).encode()).hexdigest()


# -- a fake project root with raw articles and derived tables ---------------------------

def write_article(raw: Path, article_id: str, text: str, *, published: dt.date = dt.date(2025, 7, 1),
                  precision: str = "day", publisher: str = "Example News", language: str = "de") -> str:
    """A raw article and its valid provenance record in ``raw``; returns the text's sha256."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    stated = published.strftime("%Y-%m") if precision == "month" else published.isoformat()
    (raw / f"{article_id}.txt").write_text(text, encoding="utf-8")
    (raw / f"{article_id}.provenance.yaml").write_text(yaml.safe_dump({
        "article_id": article_id, "original_file_name": f"{article_id}.txt", "publisher": publisher,
        "published": stated, "published_precision": precision, "published_as_stated": stated,
        "language": language, "title": f"Title of {article_id}", "sha256": sha}, sort_keys=False), encoding="utf-8")
    return sha


def write_project(root: Path, claims: pl.DataFrame) -> Path:
    articles = make_articles(claims)
    raw = root / "data" / "raw" / "articles"
    raw.mkdir(parents=True)
    for row in articles.to_dicts():
        write_article(raw, row["article_id"], article_text(row["article_id"]), published=row["published_date"],
                      precision=row["published_precision"], publisher=row["publisher"], language=row["language"])
    tables = {"articles": articles, "mentions": make_mentions(claims), "claims": claims}
    (root / "data" / "raw" / "review.yaml").write_text("decisions: []\n", encoding="utf-8")
    build.write_tables(tables, root / "data" / "derived", build.build_inputs(root, review=True))
    return root
