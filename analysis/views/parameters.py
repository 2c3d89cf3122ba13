"""Notebook parameters: each ``check_*`` validates one and returns it normalised.

A wrong value raises :class:`~analysis.errors.ParameterError` naming the
parameter, what was expected, what was found and the fix (papermill itself
checks nothing: an unknown name only warns, a string for a number passes).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence

import polars as pl

from analysis.errors import ParameterError

from .inputs import valid_quantities

PERIODS = ("month", "quarter", "year")


def _type_name(value: object) -> str:
    return f"{type(value).__name__} {value!r}"


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """``value`` if it is one of ``choices``, else a ParameterError listing them."""
    choices = list(choices)
    if not isinstance(value, str):
        raise ParameterError(f"parameter {name!r}", expected=f"a string, one of: {', '.join(choices)}",
                             found=_type_name(value), fix=f"set {name} = {choices[0]!r} (or another listed value)")
    if value not in choices:
        close = difflib.get_close_matches(value, choices, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ParameterError(f"parameter {name!r}", expected=f"one of: {', '.join(choices)}",
                             found=repr(value), fix=f"set {name} to a listed value{hint}")
    return value


def check_quantity(quantity: object, valid: Iterable[str] | None = None) -> str:
    """A quantity id from the vocabulary (analysis/data/quantities.yaml)."""
    return check_choice("quantity", quantity, list(valid) if valid is not None else valid_quantities())


def check_optional_choice(name: str, value: object, choices: Sequence[str]) -> str | None:
    """``None`` (or ``""``) for "no restriction", else one of ``choices``."""
    if value is None or value == "":
        return None
    return check_choice(name, value, choices)


def check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ParameterError(f"parameter {name!r}", expected="True or False", found=_type_name(value),
                             fix=f"set {name} = True or {name} = False (no quotes)")
    return value


def check_int(name: str, value: object, *, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(f"parameter {name!r}", expected=f"a whole number from {minimum} to {maximum}",
                             found=_type_name(value), fix=f"set {name} to a whole number, e.g. {name} = {minimum}")
    if not minimum <= value <= maximum:
        raise ParameterError(f"parameter {name!r}", expected=f"a whole number from {minimum} to {maximum}",
                             found=str(value), fix=f"set {name} within {minimum}..{maximum}")
    return value


def check_date(name: str, value: object, *, end_of_period: bool = False) -> dt.date | None:
    """A date parameter: None/"" (no limit), a date, or text ``YYYY-MM-DD`` / ``YYYY-MM``.

    ``YYYY-MM`` means the first day of the month, or its last day when
    ``end_of_period`` (so ``end_date = "2025-07"`` includes all of July).
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    expected = "a date as text 'YYYY-MM-DD' or 'YYYY-MM', or None for no limit"
    if not isinstance(value, str):
        raise ParameterError(f"parameter {name!r}", expected=expected, found=_type_name(value),
                             fix=f"write the date in quotes, e.g. {name} = '2025-07-01'")
    try:
        parsed = _parse_date_text(value.strip(), end_of_period=end_of_period)
    except ValueError as exc:
        raise ParameterError(f"parameter {name!r}", expected=expected, found=f"{value!r} ({exc})",
                             fix=f"give a real calendar date, e.g. {name} = '2025-07-01'") from None
    if parsed is not None:
        return parsed
    raise ParameterError(f"parameter {name!r}", expected=expected, found=repr(value),
                         fix=f"write it as year-month-day, e.g. {name} = '2025-07-01'")


def _parse_date_text(text: str, *, end_of_period: bool) -> dt.date | None:
    """``YYYY-MM-DD``, or ``YYYY-MM`` as its first day (its last day when ``end_of_period``);
    None if the text has neither shape, ValueError if it is no calendar date.

    The one place this module parses a date and finds the end of a month (for analysis.dates).
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        first = dt.date.fromisoformat(text + "-01")
        if not end_of_period:
            return first
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return None


def check_date_range(start_date: object, end_date: object) -> tuple[dt.date | None, dt.date | None]:
    start = check_date("start_date", start_date)
    end = check_date("end_date", end_date, end_of_period=True)
    if start and end and start > end:
        raise ParameterError("parameters 'start_date' and 'end_date'", expected="start_date on or before end_date",
                             found=f"start_date {start} after end_date {end}", fix="swap the two dates")
    return start, end


def check_string_list(name: str, value: object) -> list[str]:
    """A list of strings; ``None`` or ``[]`` is an empty list, a single string a list of one."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ParameterError(f"parameter {name!r}", expected="a list of strings, e.g. ['ua_hur', 'kr_nis'], or []",
                             found=_type_name(value), fix=f"write {name} as a list of quoted ids")
    return list(dict.fromkeys(value))


def check_members(name: str, values: object, allowed: Iterable[str], what: str) -> list[str]:
    """A list parameter whose every element is in ``allowed`` (``what`` names them)."""
    items = check_string_list(name, values)
    allowed = sorted(set(allowed))
    unknown = [v for v in items if v not in allowed]
    if unknown:
        hints = [f"{u!r} -> {m[0]!r}" for u in unknown if (m := difflib.get_close_matches(u, allowed, n=1))]
        raise ParameterError(
            f"parameter {name!r}", expected=f"{what}: {', '.join(allowed)}",
            found=f"unknown {', '.join(repr(u) for u in unknown)}",
            fix="use listed ids" + (f" (did you mean {'; '.join(hints)}?)" if hints else ""),
        )
    return items


def check_sources(sources: object, claims: pl.DataFrame) -> list[str]:
    """Source ids present in the claims table (``[]`` means every source)."""
    return check_members("sources", sources, claims["source"].unique().to_list(),
                         "source ids that have claims in data/derived/claims")


