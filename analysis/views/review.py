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

WINDOW = 70                 # characters shown on each side of the number
SOURCE_FILTERS = ("unresolved",)
SCOPE_WORDS = {"sentence": "same sentence", "next": "next sentence", "previous": "previous sentence",
               "paragraph": "paragraph before"}   # where the claimer's words stand (schema.ATTRIBUTION_SCOPES)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str | None) -> str:
    """Article words for a terminal: control characters (escape codes, bidi marks) shown escaped, never run."""
    if text is None:
        return ""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def unreviewed(root: Path | None = None, *, article: str | None = None, quantity: str | None = None,
               source: str | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims still 'auto', and amounts not taken as claims that no analyst has looked at, filtered.

    ``source="unresolved"`` keeps the claims whose claimer the vocabularies cannot place (and no amounts).
    """
    claims = load_table("claims", root).filter(pl.col("review_status") == "auto")
    amounts = load_table("mentions", root).filter(
        pl.col("kind").is_in(AMOUNT_KINDS) & (pl.col("mention_status") == "not_a_claim"))
    if article is not None:
        claims, amounts = claims.filter(pl.col("article_id") == article), amounts.filter(pl.col("article_id") == article)
    if quantity is not None:
        claims, amounts = claims.filter(pl.col("quantity") == quantity), amounts.clear()
    if source is not None:
        claims, amounts = claims.filter(pl.col("source") == source), amounts.clear()
    return claims.sort("article_id", "char_start"), amounts.sort("article_id", "char_start")


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
    scope = f", in the {SCOPE_WORDS.get(row['attribution_scope'], row['attribution_scope'])}" if row.get("attribution_scope") else ""
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
        "        " + decision_entry(row),
    ]


def format_amount(row: Mapping, text: str) -> list[str]:
    """One amount not taken as a claim: why not, its words, and the decision to paste."""
    before, number, after = quote_window(text, row["char_start"], row["char_end"])
    return [
        f"  {row['char_start']:>6}  {printable(repr(row['number_text']))}: {row['mention_status']} — "
        f"{printable(row['status_reason'])}",
        f"          \"{printable(before)}>>{printable(number)}<<{printable(after)}\"",
        "        " + decision_entry(row, action="reject"),
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


def review_items(claims: pl.DataFrame, amounts: pl.DataFrame, texts: Mapping[str, str]) -> pl.DataFrame:
    """One row per open item for notebook 05: the quote with the number marked (HTML), value, source, period, entry."""
    rows = []
    for item, table in (("claim", claims), ("amount", amounts)):
        for row in table.iter_rows(named=True):
            before, number, after = quote_window(texts[row["article_id"]], row["char_start"], row["char_end"])
            is_claim = item == "claim"
            rows.append({
                "article_id": row["article_id"], "char_start": row["char_start"], "item": item,
                "quote_html": f"{html.escape(before)}<mark>{html.escape(number)}</mark>{html.escape(after)}",
                "value": value_of(row) if is_claim else row["mention_status"],
                "quantity": row.get("quantity") or "", "source": _source_words(row) if is_claim else "",
                "period": format_reference(row["reference_start"], row["reference_end"], row["reference_precision"],
                                           row["reference_text"]) if is_claim else "",
                "why": "" if is_claim else row["status_reason"] or "",
                "entry": decision_entry(row, action="confirm" if is_claim else "reject").strip(),
            })
    schema = {k: pl.Int64 if k == "char_start" else pl.String for k in
              ("article_id", "char_start", "item", "quote_html", "value", "quantity", "source", "period", "why", "entry")}
    return pl.DataFrame(rows, schema=schema).sort("article_id", "char_start")
