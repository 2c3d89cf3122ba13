"""Adding an article: German and English, review of what was extracted, refusals."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import polars as pl
import pytest

from analysis import paths
from analysis.add import add_article, detect_language, slugify
from analysis.build import build_derived
from analysis.errors import CorpusError, ParameterError

GERMAN = """Nordkorea schickt weitere Soldaten

Laut einer Einschätzung des südkoreanischen Geheimdienstes hat Nordkorea zwischen 3.000 und 5.000 weitere Soldaten nach Russland entsandt, berichtet Yonhap. Mindestens 1.200 nordkoreanische Soldaten seien bereits getötet oder verwundet worden.
"""

ENGLISH = """North Korea sends more troops

North Korea has sent up to 3,000 more troops to Russia in January, South Korea's spy agency told Reuters on Thursday. At least 1,500 North Korean soldiers have been killed or wounded since they arrived, the agency said.
"""


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    build_derived(tmp_path)
    return tmp_path


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_add_german_article_extracts_range_bound_casualties_and_via(project, tmp_path):
    added = add_article(_write(tmp_path, "neu.txt", GERMAN), publisher="Testblatt",
                        published="2025-02-03T09:15", root=project)
    assert added.article_id == "testblatt-2025-02-03"
    assert added.text_path.read_bytes() == GERMAN.encode("utf-8")
    claims = {r["number_text"]: r for r in added.claims.iter_rows(named=True)}
    rng = claims["zwischen 3.000 und 5.000"]
    assert (rng["quantity"], rng["bound"], rng["value_low"], rng["value_high"]) == ("troops_deployed", "range", 3000, 5000)
    assert (rng["source"], rng["via"]) == ("kr_nis", "yonhap")
    cas = claims["Mindestens 1.200"]
    assert (cas["quantity"], cas["casualty_type"], cas["bound"], cas["value_low"], cas["value_high"]) == (
        "casualties", "killed_or_wounded", "lower", 1200, None)
    assert cas["source"] == "kr_nis" and cas["attribution_scope"] == "previous"
    # the corpus tables include the new article with no other step
    derived = pl.read_parquet(paths.derived_dir(project) / "articles.parquet")
    assert added.article_id in derived["article_id"].to_list()


def test_add_english_article_detects_language(project, tmp_path):
    added = add_article(_write(tmp_path, "new.txt", ENGLISH), publisher="unknown",
                        published="2025-02-06", root=project)
    record = added.record_path.read_text(encoding="utf-8")
    assert "language: en" in record and "published_precision: day" in record
    claims = {r["number_text"]: r for r in added.claims.iter_rows(named=True)}
    up = claims["up to 3,000"]
    assert (up["quantity"], up["bound"], up["value_high"], up["source"], up["via"]) == (
        "troops_deployed", "upper", 3000, "kr_nis", "reuters")
    assert str(up["reference_start"]) == "2025-01-01"
    cas = claims["At least 1,500"]
    assert (cas["quantity"], cas["casualty_type"], cas["bound"], cas["source"]) == (
        "casualties", "killed_or_wounded", "lower", "kr_nis")


def test_correction_through_the_review_file_lands(project, tmp_path):
    added = add_article(_write(tmp_path, "neu.txt", GERMAN), publisher="Testblatt",
                        published="2025-02-03", root=project)
    row = added.claims.filter(pl.col("number_text") == "Mindestens 1.200").row(0, named=True)
    review = paths.review_file(project)
    review.write_text(review.read_text(encoding="utf-8") + f"""
  - article_id: {added.article_id}
    char_start: {row['char_start']}
    number_text: "Mindestens 1.200"
    action: correct
    set: {{casualty_type: killed}}
    note: the source says killed only
""", encoding="utf-8")
    claims = build_derived(project).tables["claims"]
    fixed = claims.filter(pl.col("claim_id") == row["claim_id"]).row(0, named=True)
    assert (fixed["casualty_type"], fixed["review_status"]) == ("killed", "corrected")


@pytest.mark.parametrize(
    ("content", "kwargs", "error", "pattern"),
    [
        pytest.param(None, {}, CorpusError, r"expected an article not yet in the corpus; found the same text as kettner-edelmetalle-2025-04-28", id="duplicate"),
        pytest.param(b"\xff\xfe\x00N\x00o", {}, CorpusError, r"NUL byte", id="unreadable"),
        pytest.param(GERMAN.encode(), {"published": "03.02.2025"}, ParameterError, r"--published: expected YYYY-MM-DD.*found '03\.02\.2025'", id="bad-date"),
        pytest.param(GERMAN.encode(), {"language": "fr"}, ParameterError, r"--language: expected de or en", id="bad-language"),
    ],
)
def test_refusals_leave_the_corpus_unchanged(project, tmp_path, content, kwargs, error, pattern):
    if content is None:
        content = (paths.articles_dir(project) / "kettner-edelmetalle-2025-04-28.txt").read_bytes()
    source = tmp_path / "input.txt"
    source.write_bytes(content)
    before = _digest(paths.articles_dir(project))
    args = {"publisher": "Testblatt", "published": "2025-02-03", **kwargs}
    with pytest.raises(error, match=pattern):
        add_article(source, root=project, **args)
    assert _digest(paths.articles_dir(project)) == before


def test_slug_and_language_detection():
    assert slugify("Kettner Edelmetalle") == "kettner-edelmetalle"
    assert slugify("Südtirol News: Über Größe") == "suedtirol-news-ueber-groesse"
    assert detect_language(GERMAN) == "de" and detect_language(ENGLISH) == "en"


def test_review_lists_claimers_the_vocabularies_cannot_place(project, tmp_path, monkeypatch, capsys):
    from analysis.__main__ import main

    text = "Nordkorea schickt Truppen\n\nNach Angaben des Senders TV Asahi sind 700 weitere Soldaten in Kursk eingetroffen.\n"
    add_article(_write(tmp_path, "asahi.txt", text), publisher="unknown", published="2025-02-06", root=project)
    monkeypatch.setenv("ANALYSIS_ROOT", str(project))
    assert main(["review"]) == 0
    out = capsys.readouterr().out
    assert "claimer the vocabularies cannot place (source: unresolved)" in out
    assert "'des Senders TV Asahi': 1 claim(s)" in out


def test_two_adds_at_once_keep_both_articles(project, tmp_path):
    """The id is chosen and the files written under the add lock: both articles exist afterwards."""
    import concurrent.futures

    texts = [_write(tmp_path, f"n{i}.txt", f"Meldung {i}\n\nNordkorea hat {i + 2}.000 Soldaten geschickt.\n")
             for i in range(2)]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        added = list(pool.map(lambda p: add_article(p, publisher="Tagesblick", published="2025-02-06", root=project),
                              texts))
    ids = {a.article_id for a in added}
    assert ids == {"tagesblick-2025-02-06", "tagesblick-2025-02-06-2"}
    assert all(a.text_path.is_file() and a.record_path.is_file() for a in added)
    assert {p.read_text(encoding="utf-8") for p in (a.text_path for a in added)} == {
        t.read_text(encoding="utf-8") for t in texts}


def test_terminal_output_escapes_control_characters():
    from analysis.add import printable

    assert printable("\x1b[31mrot\x1b[0m 12.000") == "\\x1b[31mrot\\x1b[0m 12.000"
    assert printable("a\u202eb") == "a\\u202eb"
    assert printable("Tausende Soldaten") == "Tausende Soldaten"


def test_cli_claim_lines_write_figures_as_the_reports_do():
    from notebook_tables import make_claims

    from analysis.add import format_claims

    lines = format_claims(make_claims())
    for figure in ("≤ 12,000", "≥ 14,000", "≈ 4,000", "25,000–30,000", "vague, read as 2,000–9,999", "23–27"):
        assert any(f": {figure} " in line for line in lines), figure
    assert not any(": ~" in line for line in lines)
