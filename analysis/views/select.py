"""Selections: the articles and claims a notebook's parameters pick, validated, never empty."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import polars as pl

from analysis import schema
from analysis.errors import ParameterError

from .inputs import UNATTRIBUTED, valid_quantities
from .parameters import (
    check_bool,
    check_date_range,
    check_members,
    check_optional_choice,
    check_quantity,
    check_sources,
    check_string_list,
)


def published_end() -> pl.Expr:
    """Last day of the publication period (the month for month-precision dates)."""
    return (pl.when(pl.col("published_precision") == "month")
            .then(pl.col("published_date").dt.month_end())
            .otherwise(pl.col("published_date")))


def filter_published(df: pl.DataFrame, start: dt.date | None, end: dt.date | None) -> pl.DataFrame:
    """Rows whose publication period overlaps ``start..end`` (either may be None)."""
    if start is not None:
        df = df.filter(published_end() >= start)
    if end is not None:
        df = df.filter(pl.col("published_date") <= end)
    return df


def select_articles(articles: pl.DataFrame, *, start_date: object = None, end_date: object = None) -> pl.DataFrame:
    """The articles published in ``start_date..end_date`` (validated), by date; never empty."""
    start, end = check_date_range(start_date, end_date)
    out = filter_published(articles, start, end).sort(["published_date", "article_id"])
    if out.is_empty():
        raise ParameterError(
            "parameters 'start_date' and 'end_date'", expected="a period with at least one article",
            found=f"no article published {start or '...'} to {end or '...'}",
            fix=f"the corpus was published {_span(articles)}; widen the dates",
        )
    return out


def _span(df: pl.DataFrame) -> str:
    if df.is_empty():
        return "none"
    return f"{df['published_date'].min()} to {df['published_date'].max()}"


def select_claims(
    claims: pl.DataFrame,
    *,
    quantity: object = None,
    quantities: object = None,
    start_date: object = None,
    end_date: object = None,
    sources: object = None,
    casualty_type: object = None,
    include_echoes: object = True,
    include_unattributed: object = True,
    include_unreviewed: object = True,
    valid: Iterable[str] | None = None,
) -> pl.DataFrame:
    """The claims a notebook's parameters select, validated, sorted; never empty.

    ``quantity`` (one id) or ``quantities`` (a list, ``[]`` = all) pick what is
    counted; dates restrict the publication period; ``sources`` (``[]`` = all)
    the sources; ``include_echoes=False`` keeps first reports only;
    ``include_unattributed=False`` drops claims nobody is named for;
    ``include_unreviewed=False`` keeps only claims an analyst confirmed or corrected.
    """
    valid = list(valid) if valid is not None else valid_quantities()
    start, end = check_date_range(start_date, end_date)
    picked = check_sources(sources, claims)
    echoes = check_bool("include_echoes", include_echoes)
    attributed_only = not check_bool("include_unattributed", include_unattributed)
    reviewed_only = not check_bool("include_unreviewed", include_unreviewed)
    ctype = check_optional_choice("casualty_type", casualty_type, schema.CASUALTY_TYPES)
    out = claims
    wanted: list[str]
    if quantity is not None:
        wanted = [check_quantity(quantity, valid)]
    else:
        wanted = check_members("quantities", quantities, valid, "quantity ids") or valid
    out = out.filter(pl.col("quantity").is_in(wanted))
    described = f"quantity {wanted[0]!r}" if quantity is not None else f"quantities {wanted}"
    of_quantity = out
    if ctype is not None:
        if quantity is not None and wanted != ["casualties"]:
            raise ParameterError("parameter 'casualty_type'", expected="None unless quantity is 'casualties'",
                                 found=repr(ctype), fix="set casualty_type = None, or quantity = 'casualties'")
        out = out.filter(pl.col("casualty_type") == ctype)
        described += f", casualty_type {ctype!r}"
    if picked:
        out = out.filter(pl.col("source").is_in(picked))
        described += f", sources {picked}"
    out = filter_published(out, start, end)
    if start or end:
        described += f", published {start or '...'} to {end or '...'}"
    if not echoes:
        out = out.filter(pl.col("is_first_report").fill_null(True))
        described += ", first reports only"
    if attributed_only:
        out = out.filter(pl.col("source") != UNATTRIBUTED)
        described += ", attributed only"
    if reviewed_only:
        out = out.filter(pl.col("review_status") != "auto")
        described += ", reviewed only"
    if out.is_empty():
        present = sorted(of_quantity["source"].unique().to_list())
        raise ParameterError(
            "the parameters", expected="a selection with at least one claim",
            found=f"no claims for {described}",
            fix=(f"claims of {'this quantity' if quantity is not None else 'these quantities'} were published "
                 f"{_span(of_quantity)} by the sources {', '.join(present) or '(none)'}; widen the dates, "
                 f"change the sources, or pick another quantity" if present else
                 "pick a quantity that has claims: " + ", ".join(sorted(claims['quantity'].unique().to_list()))),
        )
    return out.sort(["published_date", "source", "claim_id"])




def describe_filters(*, start_date: object = None, end_date: object = None, sources: object = None,
                     casualty_type: object = None, include_echoes: object = True, include_unattributed: object = True,
                     include_unreviewed: object = True) -> str:
    """The filters of a selection in words, for a chart title ('' when nothing is filtered)."""
    start, end = check_date_range(start_date, end_date)
    parts = []
    if start or end:
        parts.append(f"published {start or '...'} to {end or '...'}")
    picked = check_string_list("sources", sources)
    if picked:
        parts.append(f"sources {', '.join(picked)}")
    if casualty_type:
        parts.append(str(casualty_type).replace("_", " "))
    if not check_bool("include_echoes", include_echoes):
        parts.append("first reports only")
    if not check_bool("include_unattributed", include_unattributed):
        parts.append("attributed only")
    if not check_bool("include_unreviewed", include_unreviewed):
        parts.append("reviewed claims only")
    return "; ".join(parts)
