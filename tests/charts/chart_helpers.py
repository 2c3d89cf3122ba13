"""Helpers of the charts tests: take a chart apart (layers, encodings, data) and build large tables."""

from __future__ import annotations

import datetime as dt
import json

import altair as alt
import polars as pl
import vl_convert as vlc
from notebook_tables import QUANTITIES, SOURCE_INFO, claim, make_claims

from analysis import schema, views

D = dt.date


def select(claims: pl.DataFrame, quantity: str, **kwargs) -> pl.DataFrame:
    return views.select_claims(claims, quantity=quantity, valid=QUANTITIES, **kwargs)


def leaf_charts(chart) -> list:
    """Every single-mark chart inside a layer / vconcat chart, in order."""
    if isinstance(chart, alt.LayerChart):
        return [c for layer in chart.layer for c in leaf_charts(layer)]
    if isinstance(chart, alt.VConcatChart):
        return [c for panel in chart.vconcat for c in leaf_charts(panel)]
    return [chart]


def mark_of(chart) -> str:
    mark = chart.mark
    return mark if isinstance(mark, str) else mark.type


def enc(chart, channel: str):
    """One encoding channel of a chart as a plain dict (a list for tooltips)."""
    value = getattr(chart.encoding, channel)
    return [v.to_dict() for v in value] if isinstance(value, list) else value.to_dict()


def filters_of(chart) -> list[str]:
    out = []
    for t in chart.transform if chart.transform is not alt.Undefined else []:
        f = t.filter if hasattr(t, "filter") else t.to_dict().get("filter")
        out.append(f if isinstance(f, str) else json.dumps(f.to_dict() if hasattr(f, "to_dict") else f))
    return out


def compiles(chart) -> dict:
    """The chart's Vega-Lite spec, after checking that vl-convert compiles it to Vega."""
    spec = chart.to_dict()
    vlc.vegalite_to_vega(spec, vl_version="6.4")
    return spec


def main_panel(chart):
    """The first panel of a timeline (the chart itself when it has one panel)."""
    return chart.vconcat[0] if isinstance(chart, alt.VConcatChart) else chart


def panel_data(panel) -> pl.DataFrame:
    return panel.data if isinstance(panel.data, pl.DataFrame) else leaf_charts(panel)[0].data



def spec_rows(chart) -> int:
    """Rows of data embedded in a chart's spec, all datasets together (raises MaxRowsError like a notebook)."""
    return sum(len(rows) for rows in chart.to_dict().get("datasets", {}).values())


def layer_frames(chart) -> list[pl.DataFrame]:
    """The distinct data frames of a chart (its own, its panels' and its layers'), in order."""
    out: list[pl.DataFrame] = []

    def walk(c):
        if isinstance(getattr(c, "data", None), pl.DataFrame) and not any(c.data is f for f in out):
            out.append(c.data)
        for part in [*(getattr(c, "vconcat", None) or []), *(getattr(c, "layer", None) or [])]:
            walk(part)

    walk(chart)
    return out


def summary_rows(chart) -> pl.DataFrame:
    """Every summary row of a chart (the frames with ``y_median``), panel after panel."""
    return pl.concat([f for f in layer_frames(chart) if "y_median" in f.columns])


def weekly_claims() -> list[dict]:
    """Three sources, one figure a week from 6 January 2025 (26 weeks), plus a known group and vague magnitudes.

    kr_nis in March 2025: its five weekly figures (10,800 ... 11,200), a range 5,000-25,000, an upper
    bound of 30,000 and an echo of its 10 March figure (10,900), from 7 articles.
    """
    rows = []
    for s, source in enumerate(["kr_nis", "ua_hur", "unattributed"]):
        for w in range(26):
            value = 10_000 + 100 * w + 1000 * s
            rows.append(claim(f"w{w:02d}-{source}", 10, f"{value}", D(2025, 1, 6) + dt.timedelta(days=7 * w + s),
                              low=value, best=value, high=value, source=source))
    rows += [
        claim("m1", 20, "5.000 bis 25.000", D(2025, 3, 12), low=5000, high=25000, bound="range", source="kr_nis"),
        claim("m1", 50, "bis zu 30.000", D(2025, 3, 20), best=30000, high=30000, bound="upper", source="kr_nis"),
        claim("m2", 30, "10.900", D(2025, 3, 25), low=10900, best=10900, high=10900, source="kr_nis",
              claim_group="w09-kr_nis:10", is_first_report=False),
        claim("v1", 5, "Tausende", D(2025, 2, 3), bound="vague"),
        claim("v2", 5, "Tausende", D(2025, 2, 17), bound="vague"),
        claim("v3", 5, "Tausenden", D(2025, 2, 18), low=2000, high=9999, bound="vague", source="ua_hur"),
    ]
    return rows




def many_claims(n: int) -> pl.DataFrame:
    """``n`` schema-valid claims of troops_deployed, four per article, over two years, three sources."""
    base = make_claims([claim("syn", 0, "11.000", D(2024, 1, 1), low=11000, best=11000, high=11000)])
    sources = ["kr_nis", "ua_hur", "unattributed"]
    i = pl.col("i")
    df = base.join(pl.DataFrame({"i": range(n)}), how="cross").with_columns(
        pl.format("syn-{}", i // 4).alias("article_id"),
        (i % 4 * 100).alias("char_start"),
        (pl.lit(D(2024, 1, 1)) + pl.duration(days=i % 700)).alias("published_date"),
        pl.lit(None, pl.Float64).alias("value_low"),
        (1000.0 + (i * 37) % 20000).alias("value_best"),
        pl.lit(None, pl.Float64).alias("value_high"),
    ).with_columns(
        pl.format("{}:{}", "article_id", "char_start").alias("claim_id"),
        pl.col("value_best").alias("value_low"), pl.col("value_best").alias("value_high"),
        i.map_elements(lambda k: sources[k % 3], return_dtype=pl.String).alias("source"),
    ).with_columns(
        pl.col("claim_id").alias("claim_group"), (pl.col("char_start") + 6).alias("char_end"),
        pl.col("source").replace_strict({s: SOURCE_INFO[s][0] for s in sources}).alias("source_name"),
        pl.col("source").replace_strict({s: SOURCE_INFO[s][1] for s in sources}).alias("source_type"),
    )
    return schema.validate_table(df.select(base.columns), "claims")



def random_claims(seed: int, n: int = 240) -> pl.DataFrame:
    """Claims with every kind of bound, few distinct values (so intervals touch), echoes and reference periods."""
    import random

    rng = random.Random(seed)
    values = [100, 200, 300, 500, 1000, 2000]
    rows = []
    for k in range(n):
        quantity, extra = rng.choice([("troops_deployed", {}), ("casualties", {"casualty_type": "killed"}),
                                      ("casualties", {"casualty_type": "wounded"}), ("other", {"unit": "EUR"}),
                                      ("other", {"unit": "years"})])
        a, b = sorted(rng.sample(values, 2))
        bound, value = rng.choice([
            ("exact", {"low": a, "best": a, "high": a}), ("approximate", {"low": b, "best": b, "high": b}),
            ("upper", {"best": b, "high": b}), ("lower", {"low": a}), ("range", {"low": a, "high": b}),
            ("vague", {"low": a, "high": b}), ("vague", {})])
        if rng.random() < 0.3:
            month = D(2024, rng.randint(1, 12), 1)
            extra = {**extra, "reference_start": month, "reference_end": month + dt.timedelta(days=27),
                     "reference_precision": "month", "reference_text": "im Monat"}
        if rows and rng.random() < 0.2:  # an echo of an earlier claim
            extra = {**extra, "claim_group": rng.choice(rows)["claim_id"], "is_first_report": False}
        rows.append(claim(f"r{k // 3:03d}", k % 3 * 50, "x", D(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700)),
                          quantity, bound=bound, source=rng.choice(list(SOURCE_INFO)), **value, **extra))
    return make_claims(rows)


def listed_disagreements(claims: pl.DataFrame, period: str) -> pl.DataFrame:
    """The counts of disagreeing pairs the slow way: by listing them."""
    return (views.source_disagreements(claims, period).with_columns(views.measure_label().alias("measure"))
            .group_by("quantity", "measure", "period").agg(pl.len().cast(pl.Int64).alias("n_pairs"))
            .sort(["quantity", "measure", "period"]))



def review_audit(unreviewed: dict[str, int], other: dict[str, dict[str, int]] | None = None) -> pl.DataFrame:
    """An audit table (the columns the review chart reads): ``unreviewed`` numbers per article, plus ``other``."""
    rows = [{"article_id": a, "review": "unreviewed"} for a, n in unreviewed.items() for _ in range(n)]
    for article, reviews in (other or {}).items():
        rows += [{"article_id": article, "review": r} for r, n in reviews.items() for _ in range(n)]
    return pl.DataFrame(rows, schema={"article_id": pl.String, "review": pl.String})




def many_articles() -> pl.DataFrame:
    """240 articles, 1 March to 26 October 2025, three publishers in two languages, one dated by month only."""
    rows = [{"article_id": f"art-{k:03d}", "title": f"Title {k}", "publisher": ["Nordkurier", "Westpost", "CNN"][k % 3],
             "language": "en" if k % 3 == 2 else "de", "published_date": D(2025, 3, 1) + dt.timedelta(days=k),
             "published_precision": "day", "published_as_stated": "", "n_mentions": 4, "n_claims": k % 5}
            for k in range(240)]
    rows.append({**rows[0], "article_id": "month-only", "published_date": D(2025, 3, 1),
                 "published_precision": "month", "n_claims": 7})
    return pl.DataFrame(rows)


