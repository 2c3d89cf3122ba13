"""Property tests over find_mentions and extract_claims with arbitrary and hostile text.

The suite runs the "ci" size (500 generated texts, about 25 s); ``FUZZ_SIZE=long``
runs the probe's size (4,000 texts for each property).
"""

from __future__ import annotations

import os

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import extract_claims
from analysis.corpus import load_corpus
from analysis.extract.mentions import find_mentions

SEED_TEXTS = [a.text for a in load_corpus()]
ODD = ["\u00a0", "\u2009", "\u202f", "\u0301", "\u0308", "\u200f", "\u202e", "\u05d0", "\u0627", "\ufeff",
       "\u2028", "–", "—", "‑", "%", "€", "$", ".", ",", ":", "-", "+", "/", "\n"]

# Fragments of the seeds mixed with digits, separators and unusual unicode.
fragments = st.one_of(
    st.text(max_size=40),
    st.sampled_from(ODD),
    st.from_regex(r"[0-9]{1,3}([.,\u00a0\u2009\u202f][0-9]{3}){0,3}", fullmatch=True),
    st.builds(lambda t, i, n: t[i % max(1, len(t)):][:n], st.sampled_from(SEED_TEXTS), st.integers(0, 7000), st.integers(0, 300)),
)
texts = st.lists(fragments, max_size=30).map("".join)

# Generated texts per property: mentions, claims.
SIZES = {"ci": (300, 200), "long": (4000, 4000)}
MENTION_EXAMPLES, CLAIM_EXAMPLES = SIZES[os.environ.get("FUZZ_SIZE", "ci")]


def _check_values(df: pl.DataFrame) -> None:
    for row in df.iter_rows(named=True):
        low, best, high = row["value_low"], row["value_best"], row["value_high"]
        if low is not None and high is not None:
            assert low <= high, row
        if best is not None and low is not None:
            assert low <= best, row
        if best is not None and high is not None:
            assert best <= high, row


@settings(max_examples=MENTION_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["de", "en"]))
def test_find_mentions_never_raises_and_spans_are_valid(text, language):
    df = find_mentions(text, language)
    previous_end = 0
    for row in df.iter_rows(named=True):
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
        assert text[row["char_start"]:row["char_end"]] == row["number_text"]
        assert row["char_start"] >= previous_end
        previous_end = row["char_end"]
    _check_values(df)


@settings(max_examples=CLAIM_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["de", "en"]), st.dates().map(lambda d: d.isoformat()))
def test_extract_claims_never_raises_and_quotes_are_exact(text, language, published):
    claims = extract_claims(text, published=published, language=language)
    for row in claims.iter_rows(named=True):
        assert text[row["char_start"]:row["char_end"]] == row["number_text"]
        assert text[row["quote_start"]:row["quote_end"]] == row["quote"]
        assert row["source"] and row["quantity"]
    _check_values(claims)


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 40))
def test_long_inputs(repeat):
    text = ("\u202e" + SEED_TEXTS[repeat % len(SEED_TEXTS)] + "\u0301") * repeat
    df = find_mentions(text)
    assert (df["char_end"] <= len(text)).all()
