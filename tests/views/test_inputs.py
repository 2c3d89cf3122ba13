"""analysis.views.inputs: article texts through analysis.corpus, labels and names through analysis.vocabulary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from notebook_tables import (
    QUANTITIES,
    write_article,
)

from analysis import views
from analysis.errors import ChecksumError, VocabularyError

D = dt.date


class TestVocabulary:
    def test_valid_quantities_in_file_order(self, vocabulary_dir: Path):
        assert views.valid_quantities(vocabulary_dir) == QUANTITIES

    def test_labels(self, vocabulary_dir: Path):
        assert views.quantity_labels(vocabulary_dir)["troops_planned"] == "Troops planned"

    def test_missing_file(self, tmp_path: Path):
        with pytest.raises(VocabularyError, match=r"quantities\.yaml.*restore"):
            views.valid_quantities(tmp_path)

    def test_file_without_quantities_key(self, tmp_path: Path):
        (tmp_path / "quantities.yaml").write_text("rules: []\n", encoding="utf-8")
        # the message is analysis.vocabulary's (one reader for the vocabulary files): the file and the missing entry
        with pytest.raises(VocabularyError, match=r"quantities\.yaml.*quantities"):
            views.valid_quantities(tmp_path)

    def test_source_names_include_unattributed(self, vocabulary_dir: Path):
        assert views.source_names(vocabulary_dir) == {"cnn": "CNN", "kr_nis": "NIS", "unattributed": "Unattributed"}


class TestArticleTexts:
    def test_article_texts(self, project: Path):
        texts = views.load_article_texts(project)
        assert texts["a-2024-10"] == "text of a-2024-10"
        assert sorted(texts) == sorted(p.stem for p in (project / "data" / "raw" / "articles").glob("*.txt"))
        assert texts.get("no-such-article") is None

    def test_article_texts_are_read_when_asked_for(self, project: Path):
        texts = views.load_article_texts(project)
        write_article(project / "data" / "raw" / "articles", "a-2024-10", "rewritten", published=D(2024, 10, 18))
        assert texts["a-2024-10"] == "rewritten", "nothing is read (or held) before it is asked for"


    def test_a_text_edited_behind_its_record_is_refused(self, project: Path):
        texts = views.load_article_texts(project)
        (project / "data" / "raw" / "articles" / "a-2024-10.txt").write_text("edited in place", encoding="utf-8")
        with pytest.raises(ChecksumError, match=r"a-2024-10\.txt.*git checkout"):
            texts["a-2024-10"]
