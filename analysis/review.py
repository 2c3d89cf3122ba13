"""Human review: an analyst's decisions per mention, in ``data/raw/review.yaml``.

Each decision names a mention by article id, offset and the number as written,
and either confirms the automatic claim, corrects named fields, or rejects it
as not a claim (a note says why).  The build applies the decisions, checks that
``number_text`` still stands at the recorded offset, and never writes the file.

Format (see README, "Review")::

    decisions:
      - article_id: kettner-edelmetalle-2025-07-02
        char_start: 1027
        number_text: zwischen 25.000 und 30.000
        action: correct          # confirm | correct | reject
        set: {source: ua_hur}
        note: the service is named in the sentence
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import paths
from .errors import ReviewError
from .extract.attribution import is_known_source
from .extract.drafts import Attribution, Draft, Reference, mention_values
from .schema import BOUNDS, CASUALTY_TYPES, CLAIM_KINDS, PRECISIONS, VALUE_FIELDS
from .vocabulary import Vocabulary
from .yamlfile import compose_yaml_text, load_yaml_file


class Corrections(BaseModel):
    """Fields an analyst may set on a claim."""

    model_config = ConfigDict(extra="forbid")

    # finite, non-negative numbers; a YAML true/false or .inf is refused, never read as 1.0 or inf
    value_low: float | None = Field(default=None, ge=0, allow_inf_nan=False, strict=True)
    value_best: float | None = Field(default=None, ge=0, allow_inf_nan=False, strict=True)
    value_high: float | None = Field(default=None, ge=0, allow_inf_nan=False, strict=True)
    is_approximate: bool | None = None
    bound: Literal[BOUNDS] | None = None  # type: ignore[valid-type]
    unit: str | None = None
    quantity: str | None = None
    casualty_type: Literal[CASUALTY_TYPES] | None = None  # type: ignore[valid-type]
    counted_text: str | None = None
    source: str | None = None
    source_text: str | None = None
    via: str | None = None
    attribution_text: str | None = None
    reference_start: dt.date | None = None
    reference_end: dt.date | None = None
    reference_precision: Literal[PRECISIONS] | None = None  # type: ignore[valid-type]
    reference_text: str | None = None
    calculation: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Corrections:
        low, best, high = self.value_low, self.value_best, self.value_high
        if low is not None and high is not None and low > high:
            raise ValueError(f"value_low {low:g} is above value_high {high:g}")
        if best is not None and ((low is not None and best < low) or (high is not None and best > high)):
            raise ValueError(f"value_best {best:g} lies outside value_low..value_high")
        if self.reference_start and self.reference_end and self.reference_start > self.reference_end:
            raise ValueError("reference_start is after reference_end")
        return self


class Decision(BaseModel):
    """One analyst decision about one mention."""

    model_config = ConfigDict(extra="forbid")

    article_id: str
    char_start: int = Field(ge=0)
    number_text: str = Field(min_length=1)
    action: Literal["confirm", "correct", "reject"]
    set: Corrections | None = None
    note: str | None = None
    line: int = 0  # where the decision stands in the review file (filled in on load)

    @model_validator(mode="after")
    def _shape(self) -> Decision:
        if self.action == "correct" and not (self.set and self.set.model_fields_set):
            raise ValueError("action 'correct' needs 'set:' with at least one field")
        if self.action != "correct" and self.set is not None:
            raise ValueError(f"action {self.action!r} takes no 'set:' (use action: correct)")
        if self.action == "reject" and not self.note:
            raise ValueError("action 'reject' needs a 'note:' saying why it is not a claim")
        return self


def _items_with_lines(path: Path) -> list[tuple[int, object]]:
    """(line, item) of every decision in the review file."""
    data, source = load_yaml_file(path, ReviewError, fix_unreadable="restore data/raw/review.yaml from git")
    node = compose_yaml_text(source)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("decisions", []), list):
        raise ReviewError(path, expected="a mapping with a list 'decisions:'", found=type(data).__name__,
                          fix="start the file with 'decisions:' followed by '- article_id: ...' items")
    seq = next((v for k, v in node.value if k.value == "decisions"), None) if isinstance(node, yaml.MappingNode) else None
    lines = [item.start_mark.line + 1 for item in seq.value] if seq is not None and hasattr(seq, "value") and isinstance(seq.value, list) else []
    return list(zip(lines, data.get("decisions") or [], strict=False))


def load_decisions(root: Path | None, texts: dict[str, str], vocab: Vocabulary) -> dict[str, list[Decision]]:
    """Validated decisions per article id; every one is checked against the raw text."""
    path = paths.review_file(root)
    if not path.exists():
        return {}
    items = _items_with_lines(path)
    decisions: dict[str, list[Decision]] = {}
    seen: dict[tuple[str, int], int] = {}
    for line, item in items:
        where = f"{path}:{line}"
        try:
            decision = Decision.model_validate({**item, "line": line} if isinstance(item, dict) else item)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "decision"
            raise ReviewError(where, expected="a decision with article_id, char_start, number_text, action",
                              found=f"{field}: {err['msg']} (value: {err.get('input')!r})",
                              fix="correct the decision; see README, 'Review'") from None
        check_decision(decision, where, texts, vocab)
        key = (decision.article_id, decision.char_start)
        if key in seen:
            raise ReviewError(where, expected="one decision per mention",
                              found=f"a second decision for {decision.article_id} at {decision.char_start} (first on line {seen[key]})",
                              fix="merge the two decisions")
        seen[key] = line
        decisions.setdefault(decision.article_id, []).append(decision)
    return decisions


def check_decision(decision: Decision, where: str, texts: dict[str, str], vocab: Vocabulary) -> None:
    """The decision's article exists, its number stands at its offset, its values are known."""
    text = texts.get(decision.article_id)
    if text is None:
        raise ReviewError(where, expected="an article id of the corpus", found=repr(decision.article_id),
                          fix=f"use one of: {', '.join(sorted(texts))}")
    end = decision.char_start + len(decision.number_text)
    actual = text[decision.char_start:end]
    if actual != decision.number_text:
        elsewhere = _occurrences(text, decision.number_text)[:5]
        hint = f"it stands at offset(s) {elsewhere}" if elsewhere else "it does not occur in the article"
        raise ReviewError(
            f"{where} ({decision.article_id}, offset {decision.char_start})",
            expected=f"{decision.number_text!r} at offset {decision.char_start}",
            found=repr(actual), fix=f"{hint}; update char_start (see `python -m analysis review`)",
        )
    fix = decision.set
    if fix is None:
        return
    if fix.quantity is not None and fix.quantity not in vocab.quantities:
        raise ReviewError(where, expected=f"a quantity from quantities.yaml ({', '.join(vocab.quantities)})",
                          found=repr(fix.quantity), fix="use a listed quantity or add it to analysis/data/quantities.yaml")
    for name in ("source", "via"):
        value = getattr(fix, name)
        if value is not None and not is_known_source(value, vocab):
            raise ReviewError(where, expected=f"a {name} id: listed in sources.yaml, composed of a country and a body "
                              "from claimers.yaml (e.g. kr_defence_ministry), 'unresolved' or 'unattributed'",
                              found=repr(value),
                              fix="use such an id, or add the source to analysis/data/sources.yaml")
    if fix.source_text is not None and fix.source_text not in text:
        raise ReviewError(where, expected="source_text: the claimer's words exactly as the article writes them",
                          found=f"{fix.source_text!r}, which does not occur in {decision.article_id}",
                          fix="copy the words from the article (data/raw/articles/)")


def apply_decisions(drafts: list[Draft], decisions: list[Decision], text: str) -> None:
    """Apply one article's decisions to its drafts (from :func:`analysis.extract.claims.draft_claims`)."""
    by_start = {d.start: d for d in drafts}
    for decision in decisions:
        draft = by_start.get(decision.char_start)
        if draft is None or draft.mention["char_end"] != decision.char_start + len(decision.number_text):
            found = f"a mention {draft.mention['number_text']!r}" if draft else "no mention starting there"
            raise ReviewError(
                f"review.yaml:{decision.line} ({decision.article_id}, offset {decision.char_start})",
                expected=f"a mention {decision.number_text!r} found by the extractor",
                found=found, fix="write number_text exactly as the mention table has it (data/derived/mentions.csv)",
            )
        draft.review_note = decision.note
        if decision.action == "reject":
            draft.status = "rejected"
            draft.status_reason = f"rejected in review: {decision.note}"
            draft.review_status = "confirmed"
            continue
        if decision.action == "confirm":
            if draft.status != "claim":
                raise ReviewError(
                    f"review.yaml:{decision.line}", expected="confirm only for a mention taken as a claim",
                    found=f"{decision.number_text!r} is classified {draft.status!r} ({draft.status_reason})",
                    fix="use action: correct with set: {quantity: ...} to make it a claim",
                )
            draft.review_status = "confirmed"
            continue
        _correct(draft, decision.set, text, f"review.yaml:{decision.line} ({decision.article_id}, offset {decision.char_start})")


def _occurrences(text: str, words: str) -> list[int]:
    """Every offset where ``words`` stand in ``text`` (overlapping ones too)."""
    found, i = [], text.find(words)
    while i >= 0:
        found.append(i)
        i = text.find(words, i + 1)
    return found


def _words_near(text: str, words: str, position: int) -> tuple[int | None, int | None]:
    """Offsets of the occurrence of ``words`` nearest to ``position`` (check_decision made sure there is one)."""
    starts = _occurrences(text, words)
    if not starts:
        return None, None
    start = min(starts, key=lambda i: abs(i - position))
    return start, start + len(words)


def _corrected_attribution(draft: Draft, fix: Corrections, changed: set[str], text: str) -> Attribution | None:
    old = draft.attribution
    source = fix.source if "source" in changed else (old.source if old else "unattributed")
    if source == "unattributed":
        return None
    if "source_text" in changed and fix.source_text is not None:
        start, end = _words_near(text, fix.source_text, draft.start)
    elif old is not None:
        start, end = old.source_start, old.source_end  # the same words, resolved by the analyst
    else:
        start, end = None, None
    return Attribution(
        source,
        fix.via if "via" in changed else (old.via if old else None),
        fix.attribution_text if "attribution_text" in changed else (old.text if old else ""),
        start, end, old.scope if old else "sentence",
    )


def _correct(draft: Draft, fix: Corrections, text: str, where: str) -> None:
    changed = fix.model_fields_set
    if draft.status != "claim":
        if draft.mention["kind"] not in CLAIM_KINDS:
            raise ReviewError("review.yaml", expected="a quantity, percent or fraction mention",
                              found=f"a {draft.mention['kind']} mention", fix="only numbers that are amounts can be claims")
        draft.status = "claim"
        draft.values = mention_values(draft.mention)
    for name in VALUE_FIELDS:
        if name in changed:
            draft.values[name] = getattr(fix, name)
    for name in ("quantity", "casualty_type", "counted_text", "calculation"):
        if name in changed:
            setattr(draft, name, getattr(fix, name))
    if {"source", "source_text", "via", "attribution_text"} & changed:
        draft.attribution = _corrected_attribution(draft, fix, changed, text)
    if changed & {"reference_start", "reference_end", "reference_precision", "reference_text"}:
        old = draft.reference
        draft.reference = Reference(
            fix.reference_start if "reference_start" in changed else (old.start if old else None),
            fix.reference_end if "reference_end" in changed else (old.end if old else None),
            fix.reference_precision if "reference_precision" in changed else (old.precision if old else None),
            fix.reference_text if "reference_text" in changed else (old.text if old else None),
        )
    low, best, high = (draft.values.get(k) for k in ("value_low", "value_best", "value_high"))
    wrong = [f"{a} {x:g} > {b} {y:g}" for (a, x), (b, y) in
             ((("value_low", low), ("value_high", high)), (("value_low", low), ("value_best", best)),
              (("value_best", best), ("value_high", high)))
             if x is not None and y is not None and x > y]
    if wrong:
        raise ReviewError(where, expected="value_low <= value_best <= value_high after the correction (with the "
                          "values the extractor read for the fields not set)",
                          found="; ".join(wrong), fix="set the other bounds too, or correct the value")
    draft.status_reason = f"{draft.quantity} claim"
    draft.review_status = "corrected"
