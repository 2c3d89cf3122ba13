"""Removing an article (analysis.remove): files, review decisions, rebuild, refusals."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from analysis import paths
from analysis.add import add_article
from analysis.errors import CorpusError, ReviewError
from analysis.remove import decision_lines, remove_article
from tests.page_server import PAGES

SEEDED = "kettner-edelmetalle-2025-04-28"


def _derived_ids(root: Path) -> set[str]:
    return set(pl.read_parquet(paths.derived_dir(root) / "articles.parquet")["article_id"].to_list())


def test_remove_takes_out_text_page_and_record_and_rebuilds(project):
    added = add_article(PAGES / "news-article-de.html", root=project)
    assert added.article_id in _derived_ids(project)
    removed = remove_article(added.article_id, root=project)
    assert sorted(p.name for p in removed.files) == [
        "tagesblick-2025-02-03.page.html", "tagesblick-2025-02-03.provenance.yaml", "tagesblick-2025-02-03.txt"]
    assert not list(paths.articles_dir(project).glob("tagesblick-*"))
    assert added.article_id not in _derived_ids(project) and removed.dropped_decisions == 0


def test_remove_refuses_while_review_decisions_name_the_article(project):
    review = paths.review_file(project)
    before = review.read_bytes()
    with pytest.raises(ReviewError) as caught:
        remove_article(SEEDED, root=project)
    first = decision_lines(before.decode(), SEEDED)[0][0] + 1
    assert str(caught.value) == (
        f"{review}:{first}: expected no review decision about {SEEDED}; found 2 decision(s) about it. "
        "How to fix: add --drop-decisions to remove them with the article, or remove them by hand")
    assert review.read_bytes() == before and (paths.articles_dir(project) / f"{SEEDED}.txt").is_file()


def test_drop_decisions_cuts_exactly_their_lines(project):
    review = paths.review_file(project)
    before = review.read_text(encoding="utf-8")
    removed = remove_article(SEEDED, root=project, drop_decisions=True)
    after = review.read_text(encoding="utf-8")
    assert removed.dropped_decisions == 2 and SEEDED not in after.replace(f"# -- {SEEDED}", "")
    kept = [line for line in before.splitlines() if SEEDED not in line or line.lstrip().startswith("#")]
    kept = [line for line in kept if not line.lstrip().startswith(("set: {source: kp_government", "note: \"North Korea's",
                                                                     "note: \"Attribution carried"))]
    assert after.splitlines() == kept
    assert SEEDED not in _derived_ids(project) and len(_derived_ids(project)) == 4


def test_remove_an_unknown_article_names_similar_ids(project):
    with pytest.raises(CorpusError, match=r"expected the id of an article in the corpus; found no article "
                                          r"'kettner-edelmetalle-2025' \(similar: kettner-edelmetalle-2025-04-28, "
                                          r"kettner-edelmetalle-2025-07-02\)\. How to fix: copy the id from"):
        remove_article("kettner-edelmetalle-2025", root=project)


def test_decision_lines_of_block_and_flow_items():
    text = ("decisions:\n"
            "  - {article_id: a, char_start: 1, number_text: '1', action: confirm}\n"
            "  - article_id: b\n    char_start: 2\n    number_text: '2'\n    action: confirm\n"
            "  # a comment\n"
            "  - {article_id: a, char_start: 3,\n     number_text: '3', action: confirm}\n")
    assert decision_lines(text, "a") == [(1, 1), (7, 8)]
    assert decision_lines(text, "b") == [(2, 5)]
