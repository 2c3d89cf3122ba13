"""The one YAML reader: duplicate keys, aliases, impossible dates and oversized files refused with file and line."""

from __future__ import annotations

import pytest

from analysis.errors import ReviewError
from analysis.yamlfile import MAX_YAML_CHARS, load_yaml_text

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(BOMB, r"review\.yaml:2: expected plain YAML without anchors and aliases", id="alias-bomb"),
        pytest.param("published: 2025-02-30\n", r"review\.yaml:1: expected a real calendar date", id="impossible-date"),
        pytest.param("a: 1\na: 2\n", r"review\.yaml:2: expected each key once", id="duplicate-key"),
    ],
)
def test_refused_with_file_and_line(text, message):
    with pytest.raises(ReviewError, match=message):
        load_yaml_text(text, "review.yaml", ReviewError)


def test_oversized_document_is_refused_before_parsing():
    with pytest.raises(ReviewError, match="at most"):
        load_yaml_text("#" * (MAX_YAML_CHARS + 1), "review.yaml", ReviewError)


def test_plain_data_still_loads():
    assert load_yaml_text("note: 'five * three & more'\nn: 3\n", "x.yaml", ReviewError) == {
        "note": "five * three & more", "n": 3}
