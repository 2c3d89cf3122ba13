"""What is still open for review, as the analyst reads it: in the terminal and in notebook 05.

An open item is a claim still ``auto`` or an amount not taken as a claim that no
analyst has looked at.  Each is shown with the words around the number (the window
centred on it, the number marked), its value in the notebooks' style
(:func:`analysis.views.display.format_value`), the claimer's words, the reference
period, and a decision ready to paste into ``data/raw/review.yaml``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path

import polars as pl
import yaml

from analysis.build import load_table

from .audit import AMOUNT_KINDS
from .display import format_reference, format_value
from .inputs import valid_quantities
from .parameters import check_bool, check_int, check_optional_choice

WINDOW = 70                 # characters shown on each side of the number
SOURCE_FILTERS = ("unresolved",)
SCOPE_WORDS = {"sentence": "in the same sentence", "next": "in the next sentence",
               "previous": "in the previous sentence", "paragraph": "earlier in the paragraph"}   # where the claimer's words stand (schema.ATTRIBUTION_SCOPES)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str | None) -> str:
    """Article words for a terminal: control characters (escape codes, bidi marks) shown escaped, never run."""
    if text is None:
        return ""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def select_open_items(claims: pl.DataFrame, mentions: pl.DataFrame, *, article_id: object = "", quantity: object = "",
                      source: object = "", include_reviewed: object = False,
                      names: Mapping[str, str] | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims still 'auto' (every claim with ``include_reviewed``) and amounts not taken as claims that no
    analyst has looked at, of one article / quantity (``""``: all).  ``source="unresolved"`` keeps the claims
    whose claimer the vocabularies cannot place (and no amounts).  ``names``: how the caller calls each filter."""
    names = {"article_id": "article_id", "quantity": "quantity", "source": "source", **(names or {})}
    known = sorted(set(claims["article_id"].to_list()) | set(mentions["article_id"].to_list()))
    article = check_optional_choice(names["article_id"], article_id, known)
    quantity = check_optional_choice(names["quantity"], quantity, valid_quantities())
    source = check_optional_choice(names["source"], source, SOURCE_FILTERS)
    if not check_bool("include_reviewed", include_reviewed):
        claims = claims.filter(pl.col("review_status") == "auto")
    amounts = mentions.filter(pl.col("kind").is_in(AMOUNT_KINDS) & (pl.col("mention_status") == "not_a_claim"))
    if article is not None:
        claims, amounts = claims.filter(pl.col("article_id") == article), amounts.filter(pl.col("article_id") == article)
    if quantity is not None:
        claims, amounts = claims.filter(pl.col("quantity") == quantity), amounts.clear()
    if source is not None:
        claims, amounts = claims.filter(pl.col("source") == source), amounts.clear()
    return claims.sort("article_id", "char_start"), amounts.sort("article_id", "char_start")


def unreviewed(root: Path | None = None, *, article: str | None = None, quantity: str | None = None,
               source: str | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """What ``python -m analysis review`` lists: :func:`select_open_items` of the built tables."""
    return select_open_items(load_table("claims", root), load_table("mentions", root), article_id=article or "",
                             quantity=quantity or "", source=source or "", names=CLI_NAMES)


CLI_NAMES = {"article_id": "--article", "quantity": "--quantity", "source": "--source"}


def quote_window(text: str, start: int, end: int, width: int = WINDOW) -> tuple[str, str, str]:
    """(before, number, after): up to ``width`` characters either side of ``text[start:end]``, cut at
    a word and on one line, with '…' where the text goes on."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    if start - width > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if end + width < len(text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    flat = lambda s: " ".join(s.split()) if s.strip() else s.strip()  # noqa: E731
    lead = " " if before[-1:].isspace() else ""
    trail = " " if after[:1].isspace() else ""
    return (flat(before) + lead if before.strip() else ""), text[start:end], (trail + flat(after) if after.strip() else "")


def value_of(row: Mapping) -> str:
    """The figure of a claim or amount in the notebooks' style ('≈ 4,000', '≤ 12,000', '3,000–5,000')."""
    return format_value(row.get("value_low"), row.get("value_best"), row.get("value_high"), row.get("bound"),
                        row.get("unit"))


def decision_entry(row: Mapping, action: str = "confirm") -> str:
    """One decision for data/raw/review.yaml, in the file's one-line style, ready to paste under ``decisions:``."""
    number = yaml.safe_dump(row["number_text"], allow_unicode=True, default_style='"', width=1000).strip()
    return (f"  - {{article_id: {row['article_id']}, char_start: {row['char_start']}, number_text: {number}, "
            f"action: {action}, note: \"\"}}")


def _source_words(row: Mapping) -> str:
    words = row.get("source_text")
    scope = f", {SCOPE_WORDS.get(row['attribution_scope'], row['attribution_scope'])}" if row.get("attribution_scope") else ""
    return f"{row['source']} ({printable(repr(words))}{scope})" if words else str(row.get("source") or "none")


def format_claim(row: Mapping, text: str) -> list[str]:
    """One open claim for the terminal: what was read, where, and the decision to paste."""
    before, number, after = quote_window(text, row["char_start"], row["char_end"])
    kind = row["quantity"] + (f"/{row['casualty_type']}" if row.get("casualty_type") else "")
    period = format_reference(row["reference_start"], row["reference_end"], row["reference_precision"],
                              row["reference_text"])
    via = f" via {row['via']}" if row.get("via") else ""
    return [
        f"  {row['char_start']:>6}  {printable(repr(row['number_text']))}: {value_of(row)} | {kind}",
        f"          source {_source_words(row)}{via} | period {printable(period)}",
        f"          \"{printable(before)}>>{printable(number)}<<{printable(after)}\"",
        decision_entry(row),                       # indented as in review.yaml: pastes as it is
    ]


def format_amount(row: Mapping, text: str) -> list[str]:
    """One amount not taken as a claim: why not, its words, and the decision to paste."""
    before, number, after = quote_window(text, row["char_start"], row["char_end"])
    return [
        f"  {row['char_start']:>6}  {printable(repr(row['number_text']))}: {row['mention_status']} — "
        f"{printable(row['status_reason'])}",
        f"          \"{printable(before)}>>{printable(number)}<<{printable(after)}\"",
        decision_entry(row, action="reject"),
    ]


def format_unresolved(claims: pl.DataFrame) -> list[str]:
    """The claimers the vocabularies could not place, with how often each is written."""
    unresolved = claims.filter(pl.col("source") == "unresolved")
    if unresolved.is_empty():
        return []
    counts = unresolved.group_by("source_text").agg(pl.len().alias("n"), pl.col("article_id").first()).sort(
        ["n", "source_text"], descending=[True, False])
    lines = [f"{unresolved.height} claim(s) name a claimer the vocabularies cannot place (source: unresolved):"]
    lines += [f"  {printable(repr(row['source_text']))}: {row['n']} claim(s), e.g. in {row['article_id']}"
              for row in counts.iter_rows(named=True)]
    lines.append("Add the name to analysis/data/sources.yaml (or its country and body words to claimers.yaml),\n"
                 "or set the source of each claim in data/raw/review.yaml (set: {source: ...}).")
    return lines


REVIEW_HOWTO = """\
To decide an item, paste its entry under `decisions:` in data/raw/review.yaml and set the action:
confirm (right as it is), correct (add set: {field: value}) or reject (not a claim; the note says why).
Then run `python -m analysis build` (or `make report`)."""


def format_review(claims: pl.DataFrame, amounts: pl.DataFrame, texts: Mapping[str, str]) -> list[str]:
    """Every open item, article by article, for the terminal."""
    lines: list[str] = []
    for article_id in sorted(set(claims["article_id"].to_list()) | set(amounts["article_id"].to_list())):
        text = texts[article_id]
        lines.append(f"\n== {article_id}")
        mine = claims.filter(pl.col("article_id") == article_id)
        if mine.height:
            lines.append(f"{mine.height} claim(s) not yet reviewed:")
            lines += [line for row in mine.iter_rows(named=True) for line in format_claim(row, text)]
        rest = amounts.filter(pl.col("article_id") == article_id)
        if rest.height:
            lines.append(f"{rest.height} amount(s) not taken as claims, not yet reviewed:")
            lines += [line for row in rest.iter_rows(named=True) for line in format_amount(row, text)]
    return lines


def review_items(claims: pl.DataFrame, amounts: pl.DataFrame, texts: Mapping[str, str], *,
                 context_chars: object = WINDOW) -> pl.DataFrame:
    """One row per item for notebook 05: the quote with the number marked (HTML), value, source, period, entry."""
    width = check_int("context_chars", context_chars, minimum=10, maximum=400)
    rows = []
    for item, table in (("claim", claims), ("amount", amounts)):
        for row in table.iter_rows(named=True):
            before, number, after = quote_window(texts[row["article_id"]], row["char_start"], row["char_end"], width)
            is_claim = item == "claim"
            rows.append({
                "article_id": row["article_id"], "char_start": row["char_start"], "item": item,
                "quote_html": f"{html.escape(before)}<mark>{html.escape(number)}</mark>{html.escape(after)}",
                "value": value_of(row) if is_claim else row["mention_status"],
                "quantity": row.get("quantity") or "", "source": _source_words(row) if is_claim else "",
                "period": format_reference(row["reference_start"], row["reference_end"], row["reference_precision"],
                                           row["reference_text"]) if is_claim else "",
                "status": row["review_status"] if is_claim else "auto",
                "why": (row.get("review_note") or "") if is_claim else row["status_reason"] or "",
                "entry": "" if is_claim and row["review_status"] != "auto" else
                decision_entry(row, action="confirm" if is_claim else "reject").strip(),
            })
    schema = {k: pl.Int64 if k == "char_start" else pl.String for k in
              ITEM_COLUMNS}
    return pl.DataFrame(rows, schema=schema).sort("article_id", "char_start")


ITEM_COLUMNS = ("article_id", "char_start", "item", "quote_html", "value", "quantity", "source", "period", "status", "why",
                "entry")
_HEADINGS = {"char_start": "at", "quote_html": "the number in its words", "why": "why / note",
             "entry": "paste into data/raw/review.yaml"}


def review_counts(items: pl.DataFrame) -> pl.DataFrame:
    """Per article: how many claims and amounts the list shows, still open and in all."""
    return (items.group_by("article_id").agg(
        (pl.col("item") == "claim").sum().cast(pl.Int64).alias("claims"),
        (pl.col("item") == "amount").sum().cast(pl.Int64).alias("amounts"),
        (pl.col("status") == "auto").sum().cast(pl.Int64).alias("open"))
        .sort("article_id"))


def show_review_items(items: pl.DataFrame):
    """The items as an HTML table for the notebook, the number marked in each quote (IPython HTML)."""
    from IPython.display import HTML

    if items.is_empty():
        return HTML("<p><strong>Nothing open.</strong> Every claim is confirmed or corrected, and every amount not "
                    "taken as a claim has been looked at.</p>")
    columns = list(ITEM_COLUMNS)
    head = "".join(f"<th>{html.escape(_HEADINGS.get(c, c))}</th>" for c in columns)
    body = []
    for row in items.iter_rows(named=True):
        cells = []
        for column in columns:
            value = row[column]
            if column == "quote_html":
                cells.append(f"<td style='text-align:left; min-width:28em'>{value}</td>")
            elif column == "entry":
                cells.append(f"<td style='text-align:left'><code>{html.escape(value)}</code></td>")
            else:
                cells.append(f"<td style='text-align:left'>{html.escape(str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return HTML(f"<table class='review-items'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
