"""The build's claim-group pass, once over every batch's claims (the rules: :mod:`analysis.claim_groups`).

A group spans articles (and so batches): :func:`group_claim_parts` finds the first
report of every group in one streaming pass over all batches' claims, then adds
the groups to each batch's claims.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from .. import schema
from ..claim_groups import first_reports, with_claim_groups


def group_claim_parts(claim_parts: list[Path], grouped_parts: list[Path]) -> None:
    """The claim-group pass, once over every batch's claims: ``claim_parts[i]`` -> ``grouped_parts[i]``.

    The first reports are found in one streaming pass (one row per distinct group
    key is held, not the claims), then joined onto each batch's claims in turn;
    each batch's grouped, validated claims are written to its grouped part.
    """
    groups = first_reports(pl.scan_parquet(claim_parts)).collect(engine="streaming")
    for claims_path, grouped_path in zip(claim_parts, grouped_parts, strict=True):
        grouped = schema.validate_table(with_claim_groups(pl.read_parquet(claims_path), groups), "claims")
        grouped.write_parquet(grouped_path)
