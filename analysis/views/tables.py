"""Publication tables: a view's polars frame as a great_tables table a newsroom can print.

One rule per kind of column, read from its name (the views name their columns the same way
everywhere): counts right-aligned with thousands separators, other numbers rounded to whole
units, figures as read (``value_text``: '≈ 4,000', '≤ 12,000', '10,000–12,000', the same text
as the CLI's, :func:`analysis.views.format_value`) right-aligned, dates as ISO days, quotes
wrapped with the number as written highlighted (``<mark>``), empty cells blank rather than
``None``.  Headers are words (:data:`HEADERS`), the rest of a name with its underscores as
spaces.

great_tables gives every table a random HTML id unless it is told one; the id here is
``nk-<name>``, so the same frame renders to the same bytes (nbval compares them).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import polars as pl

from analysis.errors import ParameterError

if TYPE_CHECKING:
    from great_tables import GT

# Column headers in words; a column not listed shows its name with spaces for underscores.
HEADERS = {
    "published_text": "Published", "published_date": "Published", "publisher": "Publisher",
    "quantity": "What is counted", "measure": "Measure", "number_text": "As written",
    "value_text": "Figure", "source_name": "Source", "source": "Source id", "via": "Via",
    "via_text": "Via", "report": "Report", "review_status": "Review", "quote": "Quote",
    "claim_id": "Claim", "reference_text": "Period described", "reference_period": "Period described",
    "estimate": "Counted as", "n_estimates": "Estimates", "n_claims": "Claims", "n_first_reports": "First reports",
    "n_echoes": "Echoes", "n_articles": "Articles", "label": "Name", "item": "", "value": "",
    "change_text": "Change", "previous": "Previous figure", "change": "Change (number)",
    "estimate_no": "No.", "figure_a": "Figure A", "figure_b": "Figure B", "source_a": "Source A",
    "source_b": "Source B", "published_a": "Published A", "published_b": "Published B", "n_pairs": "Pairs",
    "source_type": "Kind of source", "via_name": "Via (name)", "n_mentions": "Numbers", "n_unreviewed": "Unreviewed",
    "mention_status": "Classified as", "quantities": "Quantities", "period": "Period",
    "casualty_type": "Casualty type", "unit": "Unit", "kind": "Kind", "review": "Review", "publishers": "Publishers", "status_reason": "Why", "is_claim": "Claim?", "first_published": "First published",
    "last_published": "Last published", "gap": "Gap", "context": "Context", "article_id": "Article",
}
# Columns whose text is a figure: right-aligned like numbers.
FIGURE_COLUMNS = ("value_text", "previous", "change_text", "figure_a", "figure_b")
# Columns of long text, wrapped at a readable width (the rest of the row stays on one line).
# Columns of long text, wrapped at a readable width; every other column keeps its cells on one line
# (a table wider than the page scrolls sideways in its own box instead of squeezing dates and figures).
WIDE_COLUMNS = {"quote": "26em", "context": "24em", "reason": "16em", "status_reason": "14em", "quantities": "14em",
                "publishers": "14em", "source_name": "12em", "label": "12em", "via": "10em", "via_name": "10em",
                "publisher": "9em", "reference_text": "10em", "source_a": "12em", "source_b": "12em"}
# Machine columns left out when the column a reader reads is there: column -> the readable one.
SHOWN_INSTEAD = {"source": "source_name", "change": "change_text", "via": "via_name"}
# The text a row quotes follows the number it holds (the columns after it scroll into view on a
# narrow page); the source follows the date.  (column, the column it is moved after)
READING_ORDER = (("source_name", "published_text"), ("quote", "number_text"), ("quote", "value_text"),
                 ("context", "number_text"))
TABLE_ID_PREFIX = "nk-"
HIGHLIGHT_TAG = "mark"


def highlight_number(quote: str | None, number_text: str | None) -> str:
    """The quote as HTML (escaped) with the first occurrence of the number as written in ``<mark>``."""
    if quote is None:
        return ""
    at = quote.find(number_text) if number_text else -1
    if at < 0:
        return html.escape(quote)
    end = at + len(number_text)
    return (f"{html.escape(quote[:at])}<{HIGHLIGHT_TAG}>{html.escape(quote[at:end])}</{HIGHLIGHT_TAG}>"
            f"{html.escape(quote[end:])}")


def reading_order(columns: list[str]) -> list[str]:
    """``columns`` with each of :data:`READING_ORDER` moved right after its anchor, when both are there."""
    order = list(columns)
    for column, anchor in READING_ORDER:
        if column in order and anchor in order:
            order.remove(column)
            order.insert(order.index(anchor) + 1, column)
    return order


def header_label(column: str) -> str:
    return HEADERS.get(column, column.replace("_", " "))


def publication_table(frame: pl.DataFrame, name: str, *, title: str | None = None,
                      subtitle: str | None = None, hide: tuple[str, ...] = ()) -> GT:
    """``frame`` as a great_tables table with the HTML id ``nk-<name>`` (deterministic output).

    ``hide`` names columns to leave out; a machine column is left out anyway when its readable
    counterpart is there (:data:`SHOWN_INSTEAD`: the source id beside the source's name).
    """
    from great_tables import GT

    if not name or not name.replace("-", "").replace("_", "").isalnum():
        raise ParameterError("name", expected="a short table name of letters, digits, '-' and '_'",
                             found=repr(name), fix="name the table after what it lists, e.g. 'claims'")
    from great_tables import loc, style

    quoted = "quote" in frame.columns and "number_text" in frame.columns
    if quoted:
        frame = frame.with_columns(pl.struct("quote", "number_text").map_elements(
            lambda r: highlight_number(r["quote"], r["number_text"]), return_dtype=pl.String).alias("quote"))
    frame = frame.select(reading_order(frame.columns))
    table = GT(frame, id=f"{TABLE_ID_PREFIX}{name}")
    if title or subtitle:
        table = table.tab_header(title=title or "", subtitle=subtitle)
    labels = {c: header_label(c) for c in frame.columns}
    table = table.cols_label(**labels)
    if not any(labels.values()):  # an item/value list: no header row
        table = table.tab_options(column_labels_hidden=True)
    integers = [c for c, t in frame.schema.items() if t.is_integer() and c not in ("char_start", "char_end")]
    floats = [c for c, t in frame.schema.items() if t.is_float()]
    if integers:
        table = table.fmt_integer(columns=integers)
    if floats:
        table = table.fmt_number(columns=floats, decimals=0)
    if quoted:
        table = table.fmt(lambda value: value, columns="quote")  # already escaped HTML: shown as such
    figures = [c for c in frame.columns if c in FIGURE_COLUMNS]
    if figures:
        table = table.cols_align("right", columns=figures)
    widths = {c: w for c, w in WIDE_COLUMNS.items() if c in frame.columns}
    if widths:
        table = table.cols_width(widths)
        for column, width in widths.items():  # wraps, but is never squeezed below its width
            table = table.tab_style(style.css(f"white-space: normal; min-width: {width}"), loc.body(columns=column))
    table = table.sub_missing(missing_text="").tab_options(
        table_font_size="13px", column_labels_font_weight="bold", data_row_padding="3px",
        table_margin_left="0", table_margin_right="auto")
    hidden = [c for c in hide if c in frame.columns]
    hidden += [c for c, instead in SHOWN_INSTEAD.items() if c in frame.columns and instead in frame.columns]
    if hidden:
        table = table.cols_hide(columns=hidden)
    return table
