"""analysis.views.derived: loading data/derived/ and its freshness check (articles read through analysis.corpus)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml
from notebook_tables import (
    article_text,
    make_articles,
    make_claims,
    make_mentions,
    write_article,
)

from analysis import build, corpus, paths, views
from analysis.errors import ChecksumError, CorpusError, DerivedDataError, ParameterError, ProvenanceError

D = dt.date


class TestLoadDerived:
    def test_loads_a_fresh_table(self, project: Path, claims: pl.DataFrame):
        loaded = views.load_derived("claims", project)
        assert loaded.equals(claims)

    @pytest.mark.parametrize("name", ["claims", "mentions", "articles"])
    def test_missing_directory_says_how_to_build(self, tmp_path: Path, name: str):
        with pytest.raises(DerivedDataError, match=r"python -m analysis build") as info:
            views.load_derived(name, tmp_path)
        assert "no data/derived/ directory" in info.value.found

    def test_missing_file_says_how_to_build(self, project: Path):
        (project / "data" / "derived" / "mentions.parquet").unlink()
        with pytest.raises(DerivedDataError, match=r"no mentions\.parquet.*python -m analysis build"):
            views.load_derived("mentions", project)

    def test_new_raw_article_makes_it_stale(self, project: Path):
        write_article(project / "data" / "raw" / "articles", "z-new", "a new article")
        with pytest.raises(DerivedDataError, match=r"stale build.*not yet built: z-new.*python -m analysis build"):
            views.load_derived("claims", project)

    def test_changed_checksum_makes_it_stale(self, project: Path):
        write_article(project / "data" / "raw" / "articles", "a-2024-10", "a new version of the text",
                      published=D(2024, 10, 18))
        with pytest.raises(DerivedDataError, match=r"changed: a-2024-10"):
            views.load_derived("claims", project)

    def test_removed_raw_article_makes_it_stale(self, project: Path):
        (project / "data" / "raw" / "articles" / "d-2025-07.provenance.yaml").unlink()
        (project / "data" / "raw" / "articles" / "d-2025-07.txt").unlink()
        with pytest.raises(DerivedDataError, match=r"removed from data/raw: d-2025-07"):
            views.load_derived("articles", project)

    def test_articles_are_read_as_the_build_reads_them(self, project: Path):
        """Through analysis.corpus: a text edited behind its record, a record without its text, a bad record."""
        raw = project / "data" / "raw" / "articles"
        (raw / "a-2024-10.txt").write_text("edited in place", encoding="utf-8")
        with pytest.raises(ChecksumError, match=r"a-2024-10\.txt.*sha256"):
            views.load_derived("claims", project)
        write_article(raw, "a-2024-10", article_text("a-2024-10"), published=D(2024, 10, 18))
        (raw / "d-2025-07.txt").unlink()
        with pytest.raises(CorpusError, match=r"no text for 1 record\(s\): d-2025-07"):
            views.load_derived("claims", project)
        write_article(raw, "d-2025-07", article_text("d-2025-07"))
        (raw / "c-2025-07.provenance.yaml").write_text(yaml.safe_dump({"sha256": "0" * 64}), encoding="utf-8")
        with pytest.raises(ProvenanceError, match=r"c-2025-07\.provenance\.yaml.*field 'article_id' is missing"):
            views.load_derived("claims", project)

    def test_records_are_read_again_only_when_one_changed(self, project: Path, monkeypatch):
        reads: list[str] = []
        real = corpus.load_article

        def counting(directory, article_id, *args, **kwargs):
            reads.append(article_id)
            return real(directory, article_id, *args, **kwargs)

        monkeypatch.setattr(corpus, "load_article", counting)
        first = views.provenance_checksums(project)
        n_records = len(reads)
        assert n_records == len(first) > 0
        assert views.provenance_checksums(project) == first and len(reads) == n_records, "unchanged: not read again"
        sha = write_article(project / "data" / "raw" / "articles", "a-2024-10", "rewritten", published=D(2024, 10, 18))
        assert views.provenance_checksums(project)["a-2024-10"] == sha
        assert len(reads) == 2 * n_records

    def test_raw_files_newer_than_parquet_are_not_stale(self, project: Path):
        # A git checkout writes files in any order: file times must not matter.
        for path in (project / "data" / "raw" / "articles").iterdir():
            os.utime(path, (4_000_000_000, 4_000_000_000))
        assert views.load_derived("claims", project).height == make_claims().height

    def test_edited_review_file_makes_it_stale(self, project: Path):
        review = project / "data" / "raw" / "review.yaml"
        review.write_text(review.read_text(encoding="utf-8") + "# reviewed again\n", encoding="utf-8")
        with pytest.raises(DerivedDataError, match=r"a build from before data/raw/review\.yaml changed.*python -m analysis build"):
            views.load_derived("claims", project)

    def test_edited_vocabulary_makes_it_stale(self, project: Path, tmp_path: Path, monkeypatch):
        vocabulary = tmp_path / "vocabulary-edited"
        shutil.copytree(paths.VOCABULARY_DIR, vocabulary)
        with (vocabulary / "sources.yaml").open("a", encoding="utf-8") as f:
            f.write("\n# an alias added\n")
        monkeypatch.setattr(paths, "VOCABULARY_DIR", vocabulary)
        with pytest.raises(DerivedDataError, match=r"before a vocabulary file in analysis/data/ changed"):
            views.load_derived("claims", project)

    def test_a_no_review_build_ignores_review_edits(self, project: Path, claims: pl.DataFrame):
        tables = {"articles": make_articles(claims), "mentions": make_mentions(claims), "claims": claims}
        build.write_tables(tables, project / "data" / "derived", build.build_inputs(project, review=False))
        (project / "data" / "raw" / "review.yaml").write_text("decisions: []\n# edited\n", encoding="utf-8")
        assert views.load_derived("claims", project).height == claims.height

    def test_a_build_without_recorded_inputs_says_rebuild(self, project: Path, claims: pl.DataFrame):
        tables = {"articles": make_articles(claims), "mentions": make_mentions(claims), "claims": claims}
        build.write_tables(tables, project / "data" / "derived")
        with pytest.raises(DerivedDataError, match=r"'build_inputs'.*older version"):
            views.load_derived("claims", project)

    def test_table_with_other_columns_says_rebuild(self, project: Path, claims: pl.DataFrame):
        claims.drop("review_note").write_parquet(project / "data" / "derived" / "claims.parquet")
        with pytest.raises(DerivedDataError, match=r"different builds"):   # not the file the build wrote
            views.load_derived("claims", project)
        package = project / "data" / "derived" / "datapackage.json"
        descriptor = json.loads(package.read_text(encoding="utf-8"))
        descriptor.pop("build_files", None)          # a build from before the files were recorded
        package.write_text(json.dumps(descriptor), encoding="utf-8")
        with pytest.raises(DerivedDataError, match=r"missing review_note.*another version"):
            views.load_derived("claims", project)

    def test_unreadable_parquet_says_rebuild(self, project: Path):
        (project / "data" / "derived" / "claims.parquet").write_bytes(b"not parquet")
        with pytest.raises(DerivedDataError, match=r"readable Parquet"):
            views.load_derived("claims", project)

    def test_unknown_table_is_a_parameter_error(self, project: Path):
        with pytest.raises(ParameterError, match=r"one of articles, mentions, claims"):
            views.load_derived("claim", project)
