"""Tests for analysis.views: loading data/derived/, parameter checks, the notebook tables.

The derived tables do not have to exist: every test builds small schema-valid
tables (``make_claims``, ``make_mentions``, ``make_articles``); tests/test_charts.py
imports these builders too.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml

from analysis import build, paths, schema, views
from analysis.errors import DerivedDataError, ParameterError, VocabularyError

D = dt.date

QUANTITIES = ["troops_deployed", "troops_planned", "casualties", "sappers",
              "construction_workers", "workers", "other"]

CLAIM_DEFAULTS = {
    "publisher": "Example News", "published_precision": "day", "language": "de",
    "quote": "Quote.", "quote_start": 0, "quote_end": 6, "mention_spans": None,
    "is_approximate": False, "unit": None, "casualty_type": None, "counted_text": "Soldaten",
    "source": "unattributed", "source_name": "Unattributed", "source_type": "unattributed", "via": None,
    "attribution_text": None, "attribution_carried": None, "reference_start": None, "reference_end": None,
    "reference_precision": None, "reference_text": None, "calculation": None, "claim_group": None,
    "is_first_report": True, "review_status": "auto", "review_note": None,
    "value_low": None, "value_best": None, "value_high": None,
}

SOURCE_INFO = {
    "kr_nis": ("South Korea's National Intelligence Service (NIS)", "intelligence_service"),
    "ua_hur": ("Ukraine's Defence Intelligence (HUR)", "intelligence_service"),
    "uk_intelligence": ("British Defence Intelligence (UK Ministry of Defence)", "intelligence_service"),
    "kp_government": ("Government of North Korea", "government"),
    "unattributed": ("Unattributed", "unattributed"),
}


def claim(article_id: str, char_start: int, number_text: str, published: dt.date, quantity: str = "troops_deployed",
          *, low=None, best=None, high=None, bound="exact", source="unattributed", **extra) -> dict:
    """One claims row; values follow UCDP (null = open bound)."""
    name, kind = SOURCE_INFO[source]
    row = {**CLAIM_DEFAULTS, "claim_id": f"{article_id}:{char_start}", "article_id": article_id,
           "published_date": published, "number_text": number_text, "char_start": char_start,
           "char_end": char_start + len(number_text), "quantity": quantity, "bound": bound,
           "value_low": low, "value_best": best, "value_high": high,
           "is_approximate": bound in ("approximate", "vague"),
           "source": source, "source_name": name, "source_type": kind, **extra}
    if row["claim_group"] is None:
        row["claim_group"] = row["claim_id"]
    return row


def make_claims(rows: list[dict] | None = None) -> pl.DataFrame:
    """A schema-valid claims table (default: a small corpus exercising every bound)."""
    if rows is None:
        rows = [
            claim("a-2024-10", 10, "bis zu 12.000", D(2024, 10, 18), high=12000, best=12000, bound="upper",
                  source="kr_nis"),
            claim("a-2024-10", 90, "11.000", D(2024, 10, 18), low=11000, best=11000, high=11000, source="ua_hur",
                  reference_start=D(2024, 11, 1), reference_end=D(2024, 11, 30), reference_precision="month",
                  reference_text="im November 2024"),
            claim("a-2024-10", 200, "Tausenden", D(2024, 10, 18), low=2000, high=9999, bound="vague"),
            claim("b-2025-04", 5, "nicht weniger als 14.000", D(2025, 4, 28), low=14000, bound="lower",
                  source="kp_government", publisher="Kettner Edelmetalle"),
            claim("b-2025-04", 70, "Etwa 4.000", D(2025, 4, 28), "casualties", low=4000, best=4000, high=4000,
                  bound="approximate", source="kr_nis", casualty_type="killed_or_wounded",
                  publisher="Kettner Edelmetalle", review_status="confirmed"),
            claim("c-2025-07", 40, "25.000 bis 30.000", D(2025, 7, 1), "troops_planned", low=25000, high=30000,
                  bound="range", source="ua_hur", via="cnn", published_precision="month", publisher="unknown"),
            claim("c-2025-07", 300, "11.000", D(2025, 7, 1), low=11000, best=11000, high=11000, source="ua_hur",
                  via="cnn", published_precision="month", publisher="unknown",
                  reference_start=D(2024, 11, 1), reference_end=D(2024, 11, 30), reference_precision="month",
                  reference_text="im November 2024", claim_group="a-2024-10:90", is_first_report=False),
            claim("c-2025-07", 400, "6.000", D(2025, 7, 1), "casualties", low=6000, best=6000, high=6000,
                  source="uk_intelligence", casualty_type="killed_or_wounded", published_precision="month",
                  publisher="unknown", review_status="corrected"),
            claim("d-2025-07", 50, "rund 4.000", D(2025, 7, 2), "casualties", low=4000, best=4000, high=4000,
                  bound="approximate", casualty_type="killed_or_wounded", publisher="Kettner Edelmetalle"),
            claim("d-2025-07", 120, "500 Milliarden Euro", D(2025, 7, 2), "other", low=5e11, best=5e11, high=5e11,
                  unit="EUR", publisher="Kettner Edelmetalle"),
            claim("d-2025-07", 160, "zwischen 23 und 27", D(2025, 7, 2), "other", low=23, high=27, bound="range",
                  unit="years", publisher="Kettner Edelmetalle"),
        ]
    return schema.validate_table(pl.DataFrame(rows, schema=schema.empty_table("claims").schema, orient="row")
                                 if rows else schema.empty_table("claims"), "claims")


def make_mentions(claims: pl.DataFrame) -> pl.DataFrame:
    """A mentions table: one per claim plus a repeat, an amount not taken, a date and a rejected one."""
    rows = []
    for r in claims.to_dicts():
        rows.append({"article_id": r["article_id"], "char_start": r["char_start"], "char_end": r["char_end"],
                     "number_text": r["number_text"], "kind": "quantity", "reason": None, "date_edtf": None,
                     "value_low": r["value_low"], "value_best": r["value_best"], "value_high": r["value_high"],
                     "is_approximate": r["is_approximate"], "bound": r["bound"], "unit": r["unit"],
                     "mention_status": "claim", "status_reason": f"{r['quantity']} claim", "claim_id": r["claim_id"]})
    base = {"reason": None, "date_edtf": None, "value_low": None, "value_best": None, "value_high": None,
            "is_approximate": None, "bound": None, "unit": None, "claim_id": None}
    rows += [
        {**base, "article_id": "a-2024-10", "char_start": 0, "char_end": 13, "number_text": "bis zu 12.000",
         "kind": "quantity", "value_best": 12000.0, "value_high": 12000.0, "bound": "upper",
         "mention_status": "repeat", "status_reason": "repeats the claim in the body", "claim_id": "a-2024-10:10"},
        {**base, "article_id": "a-2024-10", "char_start": 500, "char_end": 502, "number_text": "42",
         "kind": "quantity", "value_low": 42.0, "value_best": 42.0, "value_high": 42.0, "bound": "exact",
         "mention_status": "not_a_claim", "status_reason": "no counted noun"},
        {**base, "article_id": "a-2024-10", "char_start": 600, "char_end": 610, "number_text": "18.10.2024",
         "kind": "date", "reason": "dateline", "date_edtf": "2024-10-18",
         "mention_status": "not_a_claim", "status_reason": "a date"},
        {**base, "article_id": "b-2025-04", "char_start": 900, "char_end": 904, "number_text": "1000",
         "kind": "quantity", "value_low": 1000.0, "value_best": 1000.0, "value_high": 1000.0, "bound": "exact",
         "mention_status": "rejected", "status_reason": "rejected in review: a price"},
    ]
    df = pl.DataFrame(rows, schema=schema.empty_table("mentions").schema, orient="row")
    return schema.validate_table(df, "mentions")


def make_articles(claims: pl.DataFrame) -> pl.DataFrame:
    first = claims.sort("char_start").unique("article_id", keep="first", maintain_order=True).sort("article_id")
    df = first.select(
        "article_id", "publisher", "published_date", "published_precision",
        pl.col("published_date").cast(pl.String).alias("published_as_stated"), "language",
        pl.format("Title of {}", "article_id").alias("title"),
        pl.format("{}.txt", "article_id").alias("original_file_name"),
        pl.col("article_id").map_elements(hash_of, return_dtype=pl.String).alias("sha256"),
        pl.lit(1000, pl.Int64).alias("n_chars"), pl.lit(5, pl.Int64).alias("n_mentions"),
        pl.lit(3, pl.Int64).alias("n_claims"))
    return schema.validate_table(df, "articles")


def hash_of(article_id: str) -> str:
    import hashlib

    return hashlib.sha256(article_id.encode()).hexdigest()


@pytest.fixture
def claims() -> pl.DataFrame:
    return make_claims()


@pytest.fixture
def vocabulary_dir(tmp_path: Path) -> Path:
    """A private copy of the quantity vocabulary (tests never depend on the package's file)."""
    directory = tmp_path / "vocabulary"
    directory.mkdir()
    quantities = {q: {"label": q.replace("_", " ").capitalize(), "description": "test"} for q in QUANTITIES}
    (directory / "quantities.yaml").write_text(yaml.safe_dump({"quantities": quantities}, sort_keys=False), encoding="utf-8")
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": {
        "cnn": {"name": "CNN", "type": "media", "aliases": ["CNN"]},
        "kr_nis": {"name": "NIS", "type": "intelligence_service", "aliases": ["NIS"]}}}), encoding="utf-8")
    return directory


# -- a fake project root with raw provenance and derived tables ---------------------------

def write_project(root: Path, claims: pl.DataFrame) -> Path:
    articles = make_articles(claims)
    raw = root / "data" / "raw" / "articles"
    raw.mkdir(parents=True)
    for row in articles.to_dicts():
        (raw / f"{row['article_id']}.txt").write_text(f"text of {row['article_id']}", encoding="utf-8")
        (raw / f"{row['article_id']}.provenance.yaml").write_text(
            yaml.safe_dump({"article_id": row["article_id"], "sha256": row["sha256"]}), encoding="utf-8")
    tables = {"articles": articles, "mentions": make_mentions(claims), "claims": claims}
    (root / "data" / "raw" / "review.yaml").write_text("decisions: []\n", encoding="utf-8")
    build.write_tables(tables, root / "data" / "derived", build.build_inputs(root, review=True))
    return root


@pytest.fixture
def project(tmp_path: Path, claims: pl.DataFrame) -> Path:
    return write_project(tmp_path / "project", claims)


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
        raw = project / "data" / "raw" / "articles"
        (raw / "z-new.provenance.yaml").write_text(yaml.safe_dump({"sha256": "0" * 64}), encoding="utf-8")
        with pytest.raises(DerivedDataError, match=r"stale build.*not yet built: z-new.*python -m analysis build"):
            views.load_derived("claims", project)

    def test_changed_checksum_makes_it_stale(self, project: Path):
        record = project / "data" / "raw" / "articles" / "a-2024-10.provenance.yaml"
        record.write_text(yaml.safe_dump({"sha256": "f" * 64}), encoding="utf-8")
        with pytest.raises(DerivedDataError, match=r"changed: a-2024-10"):
            views.load_derived("claims", project)

    def test_removed_raw_article_makes_it_stale(self, project: Path):
        (project / "data" / "raw" / "articles" / "d-2025-07.provenance.yaml").unlink()
        with pytest.raises(DerivedDataError, match=r"removed from data/raw: d-2025-07"):
            views.load_derived("articles", project)

    def test_records_are_read_again_only_when_one_changed(self, project: Path, monkeypatch):
        reads: list[Path] = []
        real = views.load_yaml_file

        def counting(path, *args, **kwargs):
            reads.append(path)
            return real(path, *args, **kwargs)

        monkeypatch.setattr(views, "load_yaml_file", counting)
        first = views.provenance_checksums(project)
        n_records = len(reads)
        assert n_records == len(first) > 0
        assert views.provenance_checksums(project) == first and len(reads) == n_records, "unchanged: not read again"
        record = project / "data" / "raw" / "articles" / "a-2024-10.provenance.yaml"
        record.write_text(yaml.safe_dump({"sha256": "e" * 64}), encoding="utf-8")
        assert views.provenance_checksums(project)["a-2024-10"] == "e" * 64
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
        with pytest.raises(DerivedDataError, match=r"missing review_note.*another version"):
            views.load_derived("claims", project)

    def test_unreadable_parquet_says_rebuild(self, project: Path):
        (project / "data" / "derived" / "claims.parquet").write_bytes(b"not parquet")
        with pytest.raises(DerivedDataError, match=r"readable Parquet"):
            views.load_derived("claims", project)

    def test_unknown_table_is_a_parameter_error(self, project: Path):
        with pytest.raises(ParameterError, match=r"one of articles, mentions, claims"):
            views.load_derived("claim", project)

    def test_article_texts(self, project: Path):
        texts = views.load_article_texts(project)
        assert texts["a-2024-10"] == "text of a-2024-10"
        assert sorted(texts) == sorted(p.stem for p in (project / "data" / "raw" / "articles").glob("*.txt"))
        assert texts.get("no-such-article") is None

    def test_article_texts_are_read_when_asked_for(self, project: Path):
        texts = views.load_article_texts(project)
        (project / "data" / "raw" / "articles" / "a-2024-10.txt").write_text("rewritten", encoding="utf-8")
        assert texts["a-2024-10"] == "rewritten", "nothing is read (or held) before it is asked for"


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
        with pytest.raises(VocabularyError, match=r"'quantities:'"):
            views.valid_quantities(tmp_path)

    def test_source_names_include_unattributed(self, vocabulary_dir: Path):
        assert views.source_names(vocabulary_dir) == {"cnn": "CNN", "kr_nis": "NIS", "unattributed": "Unattributed"}


class TestParameters:
    def test_unknown_quantity_lists_the_valid_ones(self):
        with pytest.raises(ParameterError, match=r"quantity.*troops_deployed, troops_planned.*did you mean 'troops_planned'") as info:
            views.check_quantity("troops_plan", QUANTITIES)
        assert info.value.where == "parameter 'quantity'"
        assert info.value.found == "'troops_plan'"

    def test_quantity_of_wrong_type(self):
        with pytest.raises(ParameterError, match=r"expected a string.*found int 3"):
            views.check_quantity(3, QUANTITIES)

    @pytest.mark.parametrize("value, expected", [
        pytest.param(None, None, id="none"),
        pytest.param("", None, id="empty"),
        pytest.param("2025-07-02", D(2025, 7, 2), id="day"),
        pytest.param("2025-07", D(2025, 7, 1), id="month"),
        pytest.param(D(2025, 1, 5), D(2025, 1, 5), id="date"),
        pytest.param(dt.datetime(2025, 1, 5, 12), D(2025, 1, 5), id="datetime"),
    ])
    def test_dates(self, value, expected):
        assert views.check_date("start_date", value) == expected

    def test_month_end_date_covers_the_month(self):
        assert views.check_date("end_date", "2024-02", end_of_period=True) == D(2024, 2, 29)
        assert views.check_date("end_date", "2024-12", end_of_period=True) == D(2024, 12, 31)

    @pytest.mark.parametrize("value, match", [
        pytest.param("2025-13-01", r"'2025-13-01' \(month must be in 1\..12\).*real calendar date", id="month-13"),
        pytest.param("2025-02-30", r"day is out of range", id="feb-30"),
        pytest.param("02.07.2025", r"found '02\.07\.2025'.*year-month-day", id="german-format"),
        pytest.param(20250702, r"found int 20250702.*in quotes", id="int"),
        pytest.param(True, r"found bool True", id="bool"),
    ])
    def test_bad_dates(self, value, match):
        with pytest.raises(ParameterError, match=match) as info:
            views.check_date("start_date", value)
        assert info.value.where == "parameter 'start_date'"

    def test_start_after_end(self):
        with pytest.raises(ParameterError, match=r"start_date 2025-08-01 after end_date 2025-07-31.*swap"):
            views.check_date_range("2025-08-01", "2025-07")

    @pytest.mark.parametrize("value", [pytest.param("yes", id="str"), pytest.param(1, id="int"),
                                       pytest.param(None, id="none")])
    def test_bool(self, value):
        with pytest.raises(ParameterError, match=r"True or False"):
            views.check_bool("include_echoes", value)

    @pytest.mark.parametrize("value, match", [
        pytest.param(-1, r"from 0 to 400.*found -1", id="below"),
        pytest.param(401, r"found 401.*within 0\.\.400", id="above"),
        pytest.param(40.0, r"found float 40\.0", id="float"),
        pytest.param(True, r"found bool True", id="bool"),
        pytest.param("40", r"found str '40'", id="str"),
    ])
    def test_int_range_and_type(self, value, match):
        with pytest.raises(ParameterError, match=match):
            views.check_int("context_chars", value, minimum=0, maximum=400)

    def test_string_list(self):
        assert views.check_string_list("sources", None) == []
        assert views.check_string_list("sources", "ua_hur") == ["ua_hur"]
        assert views.check_string_list("sources", ["a", "b", "a"]) == ["a", "b"]
        with pytest.raises(ParameterError, match=r"list of strings.*found dict"):
            views.check_string_list("sources", {"a": 1})
        with pytest.raises(ParameterError, match=r"found list \[1, 2\]"):
            views.check_string_list("sources", [1, 2])

    def test_unknown_source_lists_those_with_claims(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"kp_government, kr_nis, ua_hur.*unknown 'ua_hr'.*'ua_hr' -> 'ua_hur'"):
            views.check_sources(["ua_hr"], claims)

    def test_choice(self):
        assert views.check_choice("period", "year", views.PERIODS) == "year"
        with pytest.raises(ParameterError, match=r"one of: month, quarter, year.*did you mean 'month'"):
            views.check_choice("period", "months", views.PERIODS)


class TestSelectClaims:
    def test_one_quantity_sorted_by_date(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantity="troops_deployed", valid=QUANTITIES)
        assert set(out["quantity"]) == {"troops_deployed"}
        assert out["published_date"].is_sorted()
        assert out.height == 5

    def test_dates_overlap_month_precision(self, claims: pl.DataFrame):
        # c-2025-07 is dated July 2025 (month only): a window from 15 July still includes it.
        out = views.select_claims(claims, quantity="troops_deployed", start_date="2025-07-15", valid=QUANTITIES)
        assert out["claim_id"].to_list() == ["c-2025-07:300"]

    def test_sources_and_echoes(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantity="troops_deployed", sources=["ua_hur"], valid=QUANTITIES)
        assert out["claim_id"].to_list() == ["a-2024-10:90", "c-2025-07:300"]
        firsts = views.select_claims(claims, quantity="troops_deployed", sources=["ua_hur"], include_echoes=False,
                                     valid=QUANTITIES)
        assert firsts["claim_id"].to_list() == ["a-2024-10:90"]

    def test_empty_selection_says_what_exists(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"no claims for quantity 'troops_planned', sources \['kr_nis'\]"
                                                 r".*published 2025-07-01 to 2025-07-01 by the sources ua_hur"):
            views.select_claims(claims, quantity="troops_planned", sources=["kr_nis"], valid=QUANTITIES)

    def test_quantity_without_claims(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"no claims for quantity 'sappers'.*pick a quantity that has claims"):
            views.select_claims(claims, quantity="sappers", valid=QUANTITIES)

    def test_casualty_type_only_for_casualties(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"casualty_type.*None unless quantity is 'casualties'"):
            views.select_claims(claims, quantity="troops_deployed", casualty_type="killed", valid=QUANTITIES)
        out = views.select_claims(claims, quantity="casualties", casualty_type="killed_or_wounded", valid=QUANTITIES)
        assert out.height == 3

    def test_unattributed_can_be_left_out(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantities=[], include_unattributed=False, valid=QUANTITIES)
        assert "unattributed" not in out["source"].to_list()
        assert out.height == claims.filter(pl.col("source") != "unattributed").height

    def test_select_articles(self, claims: pl.DataFrame):
        articles = make_articles(claims)
        assert views.select_articles(articles, start_date="2025-07-10")["article_id"].to_list() == ["c-2025-07"]
        with pytest.raises(ParameterError, match=r"no article published 2026-01-01 to \.\.\..*2024-10-18 to 2025-07-02"):
            views.select_articles(articles, start_date="2026-01-01")

    def test_several_quantities(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantities=["casualties", "troops_planned"], valid=QUANTITIES)
        assert set(out["quantity"]) == {"casualties", "troops_planned"}
        assert views.select_claims(claims, quantities=[], valid=QUANTITIES).height == claims.height

    def test_uses_the_vocabulary_by_default(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"troops_deployed"):
            views.select_claims(claims, quantity="soldiers")


class TestFormatting:
    @pytest.mark.parametrize("args, text", [
        pytest.param((None, 12000.0, 12000.0, "upper", None), "≤ 12,000", id="upper"),
        pytest.param((14000.0, None, None, "lower", None), "≥ 14,000", id="lower"),
        pytest.param((25000.0, None, 30000.0, "range", None), "25,000–30,000", id="range"),
        pytest.param((4000.0, 4000.0, 4000.0, "approximate", None), "≈ 4,000", id="approximate"),
        pytest.param((None, 3666.67, None, "approximate", None), "≈ 3,666.67", id="fraction"),
        pytest.param((None, None, None, "vague", None), "vague (no figure)", id="vague"),
        pytest.param((2000.0, None, 9999.0, "vague", None), "vague, read as 2,000–9,999", id="vague-read"),
        pytest.param((23.0, None, 27.0, "range", "years"), "23–27 years", id="unit"),
        pytest.param((5.0, 5.0, 5.0, "exact", "percent"), "5 %", id="percent"),
    ])
    def test_format_value(self, args, text):
        assert views.format_value(*args) == text

    def test_display_columns(self, claims: pl.DataFrame):
        out = views.with_display_columns(claims).filter(pl.col("claim_id") == "c-2025-07:300").row(0, named=True)
        assert out["published_text"] == "2025-07 (month only)"
        assert out["reference_period"] == "im November 2024 (2024-11-01 to 2024-11-30, month)"
        assert out["report"] == "echo"
        assert out["via_text"] == "cnn"
        assert out["measure"] == "people"


class TestOverview:
    def test_claims_overview_columns_and_order(self, claims: pl.DataFrame):
        out = views.claims_overview(claims)
        assert out.columns == list(views.OVERVIEW_COLUMNS)
        assert out["claim_id"][0] == "a-2024-10:10"

    @pytest.mark.parametrize("by", ["quantity", "source", "publisher", "review_status"])
    def test_counts_add_up(self, claims: pl.DataFrame, by: str):
        out = views.count_claims(claims, by)
        assert out["n_claims"].sum() == claims.height
        assert out["n_claims"].is_sorted(descending=True)
        assert (out["n_first_reports"] + out["n_echoes"]).to_list() == out["n_claims"].to_list()

    def test_source_counts_carry_names(self, claims: pl.DataFrame):
        out = views.count_claims(claims, "source")
        assert out.filter(pl.col("source") == "ua_hur").row(0, named=True) == {
            "source": "ua_hur", "label": "Ukraine's Defence Intelligence (HUR)", "n_claims": 3,
            "n_first_reports": 2, "n_echoes": 1, "n_articles": 2}

    def test_count_by_unknown_column(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"column of the claims table"):
            views.count_claims(claims, "colour")

    def test_corpus_summary(self, claims: pl.DataFrame):
        out = dict(views.corpus_summary(make_articles(claims), claims).iter_rows())
        assert out["articles"] == "4"
        assert out["first published"] == "2024-10-18"
        assert out["last published"] == "2025-07-02"
        assert out["languages"] == "de (4)"
        assert out["echoes"] == "1"
        assert out["reviewed claims"] == "2 of 11"


class TestSuccessiveEstimates:
    def test_changes_within_each_source(self, claims: pl.DataFrame):
        selection = views.select_claims(claims, quantity="troops_deployed", valid=QUANTITIES)
        out = views.successive_estimates(selection)
        hur = out.filter(pl.col("source") == "ua_hur")
        assert hur["estimate_no"].to_list() == [1, 2]
        assert hur["change_text"].to_list() == ["first estimate", "no change"]
        assert hur["report"].to_list() == ["first report", "echo"]

    def test_change_against_range_uses_midpoint(self):
        rows = [claim("x", 1, "bis zu 30.000", D(2025, 6, 1), "troops_planned", best=30000, high=30000,
                      bound="upper", source="ua_hur"),
                claim("y", 1, "25.000 bis 30.000", D(2025, 7, 1), "troops_planned", low=25000, high=30000,
                      bound="range", source="ua_hur"),
                claim("z", 1, "Tausende", D(2025, 8, 1), "troops_planned", bound="vague", source="ua_hur"),
                claim("w", 1, "35.000", D(2025, 9, 1), "troops_planned", low=35000, best=35000, high=35000,
                      source="ua_hur")]
        out = views.successive_estimates(make_claims(rows))
        assert out["change"].to_list() == [None, -2500.0, None, 7500.0]
        assert out["change_text"].to_list() == ["first estimate", "−2,500 (midpoint)", "vague: not comparable",
                                                "+7,500 (midpoint)"]
        assert out["previous"].to_list() == [None, "≤ 30,000", "25,000–30,000", "vague (no figure)"]

    def test_casualty_types_are_separate_series(self):
        rows = [claim("x", 1, "100", D(2025, 1, 1), "casualties", low=100, best=100, high=100,
                      casualty_type="killed", source="kr_nis"),
                claim("y", 1, "300", D(2025, 2, 1), "casualties", low=300, best=300, high=300,
                      casualty_type="wounded", source="kr_nis")]
        out = views.successive_estimates(make_claims(rows))
        assert out["change_text"].to_list() == ["first estimate", "first estimate"]
        assert out["measure"].to_list() == ["killed", "wounded"]


class TestSourceComparison:
    def test_attribution_paths(self, claims: pl.DataFrame):
        out = views.attribution_paths(claims, names={"cnn": "CNN"})
        row = out.filter(pl.col("via") == "cnn").sort("n_claims").row(-1, named=True)
        assert row["source"] == "ua_hur" and row["via_name"] == "CNN" and row["publisher"] == "unknown"
        assert out["n_claims"].sum() == claims.height
        assert "(none named)" in out["via"].to_list()

    def test_source_summary(self, claims: pl.DataFrame):
        out = views.source_summary(claims)
        assert out["n_claims"].sum() == claims.height
        hur = out.filter(pl.col("source") == "ua_hur").row(0, named=True)
        assert hur["via"] == "cnn" and hur["quantities"] == "troops_deployed, troops_planned"

    @pytest.mark.parametrize("period, label", [("month", "2025-07"), ("quarter", "2025-Q3"), ("year", "2025")])
    def test_periods_use_the_date_a_figure_is_about(self, claims: pl.DataFrame, period: str, label: str):
        out = views.with_periods(claims, period)
        assert out.filter(pl.col("claim_id") == "c-2025-07:400")["period"].item() == label
        # the echo published in July 2025 is about November 2024
        assert out.filter(pl.col("claim_id") == "c-2025-07:300")["as_of"].item() == D(2024, 11, 30)

    def test_disagreement_of_point_values(self, claims: pl.DataFrame):
        out = views.source_disagreements(claims.filter(pl.col("quantity") == "casualties"), "year")
        assert out.select("source_a", "figure_a", "source_b", "figure_b", "gap").to_dicts() == [
            {"source_a": "South Korea's National Intelligence Service (NIS)", "figure_a": "≈ 4,000",
             "source_b": "British Defence Intelligence (UK Ministry of Defence)", "figure_b": "6,000", "gap": 2000.0},
            {"source_a": "British Defence Intelligence (UK Ministry of Defence)", "figure_a": "6,000",
             "source_b": "Unattributed", "figure_b": "≈ 4,000", "gap": 2000.0},
        ]
        # by quarter the NIS figure (Q2) and the UK one (Q3) are not at the same time
        assert views.source_disagreements(claims.filter(pl.col("quantity") == "casualties"), "quarter").height == 1

    def test_open_bounds_and_ranges(self):
        rows = [claim("x", 1, "bis zu 12.000", D(2025, 1, 1), best=12000, high=12000, bound="upper", source="kr_nis"),
                claim("y", 1, "mindestens 14.000", D(2025, 1, 2), low=14000, bound="lower", source="kp_government"),
                claim("z", 1, "10.000 bis 13.000", D(2025, 1, 3), low=10000, high=13000, bound="range",
                      source="ua_hur"),
                claim("v", 1, "Tausende", D(2025, 1, 4), bound="vague")]
        out = views.source_disagreements(make_claims(rows), "month")
        pairs = {(r["claim_a"], r["claim_b"]) for r in out.to_dicts()}
        # <=12,000 vs >=14,000 disagree; 10-13k vs >=14,000 disagree; <=12,000 vs 10-13k overlap; vague ignored
        assert pairs == {("y:1", "x:1"), ("y:1", "z:1")}

    def test_echoes_do_not_count_twice(self, claims: pl.DataFrame):
        doubled = pl.concat([claims, claims.with_columns(
            pl.col("claim_id") + "b", pl.lit(False).alias("is_first_report"))])
        assert views.source_disagreements(doubled, "year").height == views.source_disagreements(claims, "year").height

    def test_bad_period(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"parameter 'period'.*month, quarter, year"):
            views.source_disagreements(claims, "week")

    @staticmethod
    def many_figures() -> pl.DataFrame:
        """Three sources, 30 figures each, in one month: 2,670 disagreeing pairs."""
        rows = []
        for i in range(30):
            rows.append(claim(f"n-{i:02d}", 1, f"{1000 + i}", D(2025, 3, 1 + i % 28), best=1000 + i, source="kr_nis"))
            rows.append(claim(f"u-{i:02d}", 1, f"{5000 + 10 * i}", D(2025, 3, 1 + i % 28), best=5000 + 10 * i,
                              source="ua_hur"))
            rows.append(claim(f"k-{i:02d}", 1, f"{1000 + i}", D(2025, 3, 1 + i % 28), best=1000 + i,
                              source="kp_government"))
        return make_claims(rows)

    def test_counts_equal_the_listed_pairs(self):
        figures = self.many_figures()
        listed = views.source_disagreements(figures, "month")
        counts = views.disagreement_counts(figures, "month")
        assert counts["n_pairs"].to_list() == [listed.height]
        # ua_hur against each of the others: 30 x 30 pairs twice; kr_nis against kp_government: every
        # two different points (the same figure agrees), 30 x 29
        assert listed.height == 2 * 30 * 30 + 30 * 29

    def test_most_lists_the_widest_gaps_between_every_two_sources(self):
        figures = self.many_figures()
        every = views.source_disagreements(figures, "month")
        widest = views.source_disagreements(figures, "month", most=5)
        assert widest.height == 3, "one widest gap per pair of disagreeing sources, at most 5"
        assert widest["gap"].to_list() == [4290.0, 4290.0, 29.0]
        assert widest["gap"].to_list()[:2] == sorted(every["gap"].to_list(), reverse=True)[:2]
        assert set(zip(widest["source_a"], widest["source_b"])) == set(zip(every["source_a"], every["source_b"]))
        assert views.source_disagreements(figures, "month", most=1).height == 1
        # no more pairs than ``most``: the full listing, unchanged
        assert views.source_disagreements(figures, "month", most=10_000).equals(every)


class TestCoverageAudit:
    def test_unreviewed_first(self, claims: pl.DataFrame):
        audit = views.coverage_audit(make_mentions(claims), claims)
        order = [views.REVIEW_ORDER[r] for r in audit["review"].to_list()]
        assert order == sorted(order)
        assert audit["review"][0] == "unreviewed"
        assert audit.height == make_mentions(claims).height

    def test_classification_and_review(self, claims: pl.DataFrame):
        audit = views.coverage_audit(make_mentions(claims), claims)
        by_key = {(r["article_id"], r["char_start"]): r for r in audit.to_dicts()}
        assert by_key[("a-2024-10", 500)]["review"] == "unreviewed"  # an amount not taken as a claim
        assert by_key[("a-2024-10", 600)]["review"] == "unreviewed (not an amount)"
        assert by_key[("b-2025-04", 900)]["review"] == "rejected in review"
        assert by_key[("b-2025-04", 70)]["review"] == "confirmed"
        assert by_key[("c-2025-07", 400)]["review"] == "corrected"
        assert by_key[("a-2024-10", 0)]["is_claim"] == "claim (repeated)"
        assert by_key[("a-2024-10", 0)]["source"] == "kr_nis"

    def test_context(self, claims: pl.DataFrame):
        mentions = make_mentions(claims).filter(pl.col("char_start") == 500)
        text = "x" * 480 + "Es waren\n damals 42 Leute dort." + "y" * 100
        mentions = mentions.with_columns(pl.lit(text.index("42"), pl.Int64).alias("char_start"),
                                         pl.lit(text.index("42") + 2, pl.Int64).alias("char_end"))
        audit = views.coverage_audit(mentions, claims, texts={"a-2024-10": text}, context_chars=10)
        assert audit["context"].item() == "…n damals [42] Leute dor…"

    def test_each_article_text_is_read_once_and_contexts_keep_the_row_order(self, claims: pl.DataFrame):
        mentions = make_mentions(claims)
        texts = {a: f"{a} " + "0123456789 " * 80 for a in mentions["article_id"].unique().to_list()}
        reads: list[str] = []

        class Counting(dict):
            def get(self, key, default=None):
                reads.append(key)
                return super().get(key, default)

        audit = views.coverage_audit(mentions, claims, texts=Counting(texts), context_chars=3)
        assert sorted(reads) == sorted(set(reads)) == sorted(texts)
        ends = {(r["article_id"], r["char_start"]): r["char_end"] for r in mentions.to_dicts()}
        for row in audit.to_dicts():
            key = (row["article_id"], row["char_start"])
            assert row["context"] == views._context(texts[key[0]], key[1], ends[key], 3)
        assert audit.height == mentions.height

    def test_context_chars_validated(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"context_chars"):
            views.coverage_audit(make_mentions(claims), claims, context_chars=-5)

    def test_filter_and_counts(self, claims: pl.DataFrame):
        audit = views.coverage_audit(make_mentions(claims), claims)
        one = views.filter_audit(audit, article_id="a-2024-10", statuses=["not_a_claim"])
        assert one["number_text"].to_list() == ["42", "18.10.2024"]
        with pytest.raises(ParameterError, match=r"article_id.*did you mean 'a-2024-10'"):
            views.filter_audit(audit, article_id="a-2024-1")
        with pytest.raises(ParameterError, match=r"statuses.*unknown 'claims'"):
            views.filter_audit(audit, statuses=["claims"])
        with pytest.raises(ParameterError, match=r"at least one mention"):
            views.filter_audit(audit, article_id="d-2025-07", statuses=["rejected"])
        counts = views.audit_counts(audit)
        assert counts["n_mentions"].sum() == audit.height
        assert counts.filter(pl.col("kind") == "date")["n_unreviewed"].item() == 1


def test_enable_notebook_display():
    views.enable_notebook_display(rows=123)
    try:
        assert pl.Config.state()["POLARS_FMT_MAX_ROWS"] == "123"
    finally:
        pl.Config.restore_defaults()

