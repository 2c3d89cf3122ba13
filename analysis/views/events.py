"""Events drawn on the timeline: analysts' notes from a data file, and the reports that moved the numbers.

Two kinds, one table (``date``, ``label``, ``kind``, ``quantity``, ``detail``):

* **notes** -- what an analyst writes into ``data/raw/events.yaml``::

      - date: "2025-04-28"                   # the day of the event, 'YYYY-MM-DD' (quoted)
        label: North Korea confirms its troops in Kursk   # at most 60 characters: it is printed on the chart
        quantities: [troops_deployed]        # optional: only on these quantities' timelines; none: on every one

  read by :func:`load_events`, which refuses anything else with the file, line, what was expected
  and how to fix it;
* **new highs** -- :func:`new_high_reports`: the first report of each claim group whose figure is
  above every figure reported for the quantity (and measure) before it, and above ``above``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import polars as pl

from analysis import paths
from analysis.errors import VocabularyError
from analysis.yamlfile import compose_yaml_text, load_yaml_file

from .display import central_value, format_value, measure_label
from .inputs import valid_quantities

EVENTS_FILE = "events.yaml"
MAX_LABEL_CHARS = 60
NOTE, NEW_HIGH = "note", "new high"
EVENT_SCHEMA = {"date": pl.Date, "label": pl.String, "kind": pl.String, "quantity": pl.String, "detail": pl.String}
_FIELDS = {"date", "label", "quantities"}


def events_file(root: Path | None = None) -> Path:
    """data/raw/events.yaml: analysts' input beside review.yaml (not a vocabulary file: editing a
    note changes no table, so it does not make the build stale)."""
    return paths.raw_dir(root) / EVENTS_FILE


def _line(text: str, index: int, key: str | None = None) -> int | None:
    """1-based line of item ``index`` (or of its ``key``) in the YAML list ``text``."""
    node = compose_yaml_text(text)
    if node is None or not hasattr(node, "value") or not isinstance(node.value, list) or index >= len(node.value):
        return None
    item = node.value[index]
    if key is not None and hasattr(item, "value") and isinstance(item.value, list):
        for key_node, value_node in item.value:
            if getattr(key_node, "value", None) == key:
                return value_node.start_mark.line + 1
    return item.start_mark.line + 1


def _check_note(item: Any, where: str, known: list[str]) -> list[tuple[dt.date, str, str | None]]:
    """One note as (date, label, quantity) rows: one per quantity it is limited to, else one with None."""
    if not isinstance(item, dict) or not {"date", "label"} <= set(item) or set(item) - _FIELDS:
        found = sorted(item) if isinstance(item, dict) else repr(item)
        raise VocabularyError(where, expected="a mapping with 'date', 'label' and optionally 'quantities'",
                              found=str(found), fix="write '- date: \"2025-04-28\"' / '  label: ...'")
    try:
        date = dt.date.fromisoformat(item["date"]) if isinstance(item["date"], str) else None
    except ValueError:
        date = None
    if date is None:
        raise VocabularyError(where, expected="a date 'YYYY-MM-DD' in quotes", found=repr(item["date"]),
                              fix="write the day of the event, e.g. date: \"2025-04-28\"")
    label = item["label"]
    if not isinstance(label, str) or not label.strip() or len(label) > MAX_LABEL_CHARS:
        raise VocabularyError(where, expected=f"a label of 1 to {MAX_LABEL_CHARS} characters (printed on the chart)",
                              found=repr(label), fix="shorten the label; details belong in a comment")
    quantities = item.get("quantities") or []
    if not isinstance(quantities, list) or any(q not in known for q in quantities):
        raise VocabularyError(where, expected=f"a list of quantity ids ({', '.join(known)})", found=repr(quantities),
                              fix="use ids from analysis/data/quantities.yaml, or leave 'quantities' out")
    return [(date, label.strip(), q) for q in quantities] or [(date, label.strip(), None)]


def load_events(path: Path | None = None) -> pl.DataFrame:
    """The analysts' notes of ``path`` (default data/raw/events.yaml) as an events table.

    Columns ``date``, ``label``, ``kind`` ('note'), ``quantity`` (null: every quantity), ``detail``
    (null); sorted by date.
    """
    path = path or events_file()
    data, text = load_yaml_file(path, VocabularyError, fix_unreadable="create it (see analysis/views/events.py)")
    if data is None:
        data = []
    if not isinstance(data, list):
        raise VocabularyError(path, expected="a list of events ('- date: ...')", found=type(data).__name__,
                              fix="start each event with '- date:'")
    known = valid_quantities()
    rows = []
    for index, item in enumerate(data):
        key = next((k for k in ("date", "label", "quantities") if isinstance(item, dict) and k in item), None)
        rows += _check_note(item, f"{path}:{_line(text, index, key) or '?'}", known)
    return (pl.DataFrame([(d, label, NOTE, q, None) for d, label, q in rows], schema=EVENT_SCHEMA, orient="row")
            .sort("date", "label"))


def new_high_reports(selection: pl.DataFrame, above: float = 0) -> pl.DataFrame:
    """The first report of each claim group whose figure tops every earlier one (and ``above``).

    Per quantity and measure, in publication order: first reports (echoes repeat a figure and move
    nothing) with a figure (vague words have none); a report is a new high when its figure
    (:func:`central_value`) is above ``above`` and above every figure published on an earlier day.
    The label is short ('new high: ≤ 12,000'); ``detail`` names the source.
    """
    df = (selection.filter(pl.col("is_first_report").fill_null(True) & (pl.col("bound") != "vague"))
          .with_columns(central_value().alias("figure"), measure_label().alias("measure"))
          .filter(pl.col("figure").is_not_null()))
    if df.is_empty():
        return pl.DataFrame(schema=EVENT_SCHEMA)
    keys = ["quantity", "measure"]
    daily = (df.sort([*keys, "published_date", "figure"], descending=[False, False, False, True])
             .group_by([*keys, "published_date"], maintain_order=True).first())
    earlier = pl.col("figure").cum_max().shift(1).over(keys).fill_null(float("-inf"))
    highs = daily.filter((pl.col("figure") > earlier) & (pl.col("figure") > above))
    labels = [f"{NEW_HIGH}: {format_value(r['value_low'], r['value_best'], r['value_high'], r['bound'], r['unit'])}"
              for r in highs.to_dicts()]
    return pl.DataFrame({"date": highs["published_date"], "label": labels, "kind": [NEW_HIGH] * highs.height,
                         "quantity": highs["quantity"], "detail": highs["source_name"]}, schema=EVENT_SCHEMA)


def timeline_events(selection: pl.DataFrame, notes: pl.DataFrame | None = None, *, above: float = 0) -> pl.DataFrame:
    """The events of a timeline of ``selection``: the notes for its quantities and its new highs, by date."""
    quantities = selection["quantity"].unique().implode()
    parts = [new_high_reports(selection, above)]
    if notes is not None and notes.height:
        parts.insert(0, notes.filter(pl.col("quantity").is_null() | pl.col("quantity").is_in(quantities)))
    return pl.concat(parts).unique(["date", "label"], maintain_order=True).sort("date", "kind", "label")
