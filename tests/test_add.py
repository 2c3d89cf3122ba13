"""Adding an article: German and English, review of what was extracted, refusals."""

from __future__ import annotations

import hashlib
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
    from analysis.views.review import printable

    assert printable("\x1b[31mrot\x1b[0m 12.000") == "\\x1b[31mrot\\x1b[0m 12.000"
    assert printable("a\u202eb") == "a\\u202eb"
    assert printable("Tausende Soldaten") == "Tausende Soldaten"


# -- saved pages, links, many at once ------------------------------------------------------------

from analysis.add import add_articles  # noqa: E402
from analysis.errors import AnalysisError  # noqa: E402
from tests.page_server import PAGES, closed_port, numbered_page, serve_pages  # noqa: E402


def _raw_digest(root: Path) -> dict[str, str]:
    raw = paths.raw_dir(root)
    return {p.relative_to(raw).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(raw.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def test_add_a_saved_page_keeps_it_byte_for_byte_and_names_the_extractor(project):
    from analysis.corpus import read_provenance
    from analysis.pages import EXTRACTOR

    added = add_article(PAGES / "news-article-de.html", root=project)
    assert added.article_id == "tagesblick-2025-02-03"
    page = paths.articles_dir(project) / "tagesblick-2025-02-03.page.html"
    assert page.read_bytes() == (PAGES / "news-article-de.html").read_bytes()
    record = read_provenance(added.record_path)
    assert (record.publisher, record.published, record.published_precision, record.title, record.author) == (
        "Tagesblick", "2025-02-03T09:15", "minute", "Nordkorea schickt weitere Soldaten nach Russland", "Anna Beispiel")
    assert (record.url, record.language, record.original_file_name) == (
        "https://www.tagesblick.example/politik/nordkorea-soldaten-100.html", "de", "news-article-de.html")
    assert (record.page_file, record.extractor) == ("tagesblick-2025-02-03.page.html", EXTRACTOR)
    assert record.page_sha256 == hashlib.sha256(page.read_bytes()).hexdigest()
    text = added.text_path.read_text(encoding="utf-8")
    assert text.startswith("Nordkorea schickt weitere Soldaten nach Russland\n\nLaut einer") and "Cookies" not in text
    assert {r["number_text"] for r in added.claims.iter_rows(named=True)} == {"zwischen 3.000 und 5.000", "Mindestens 1.200"}


def test_command_line_options_override_what_the_page_says(project):
    from analysis.corpus import read_provenance

    added = add_article(PAGES / "wire-story-en.html", publisher="Harbour Wire Service", published="2025-02-07",
                        title="Seoul: more troops", url="https://example.org/wire/1", root=project)
    record = read_provenance(added.record_path)
    assert added.article_id == "harbour-wire-service-2025-02-07"
    assert (record.publisher, record.published, record.published_precision, record.title, record.url) == (
        "Harbour Wire Service", "2025-02-07", "day", "Seoul: more troops", "https://example.org/wire/1")
    assert record.author == "Sam Placeholder"          # not given: the page's


def test_an_edited_saved_page_is_caught_on_load(project):
    from analysis.corpus import load_corpus
    from analysis.errors import ChecksumError

    add_article(PAGES / "news-article-de.html", root=project)
    page = paths.articles_dir(project) / "tagesblick-2025-02-03.page.html"
    page.write_bytes(page.read_bytes().replace(b"5.000", b"6.000"))
    with pytest.raises(ChecksumError, match=r"tagesblick-2025-02-03\.page\.html: expected sha256 [0-9a-f]{64} \(from "
                                            r"tagesblick-2025-02-03\.provenance\.yaml\); found sha256 [0-9a-f]{64}\. How "
                                            r"to fix: the saved page is never edited"):
        load_corpus(paths.articles_dir(project))


def test_add_from_a_link(project):
    with serve_pages() as base:
        added = add_article(f"{base}/pages/metadata-date-en.html", root=project)
    record = added.record_path.read_text(encoding="utf-8")
    assert added.article_id == "the-harbour-times-2025-01-13"
    assert "published_precision: day" in record and f"original_file_name: {base}/pages/metadata-date-en.html" in record
    assert "url: https://harbourtimes.example/world/asia/nk-casualties-rise" in record


@pytest.mark.parametrize(
    ("source", "kwargs", "message"),
    [
        pytest.param("{base}/pages/gone.html", {}, "{base}/pages/gone.html: expected an HTML page; found HTTP 404 Not Found.",
                     id="404"),
        pytest.param("{base}/slow.html", {"timeout": 0.3},
                     "{base}/slow.html: expected an answer within 0.3 s; found no answer (timeout).", id="timeout"),
        pytest.param("{base}/data.json", {}, "{base}/data.json: expected an HTML page; found a application/json response.",
                     id="not-html"),
        pytest.param("http://127.0.0.1:{closed}/a.html", {}, "http://127.0.0.1:{closed}/a.html: expected a server that "
                     "answers; found no connection (", id="offline"),
        pytest.param("{pages}/other-language-fr.html", {}, "expected an article in German or English (de, en); found a "
                     "page in French (fr, detected from its text; the page declares lang='fr').", id="other-language"),
        pytest.param("{tmp}/neu.txt", {"publisher": "Testblatt"}, "--published: expected --published for a text file (a "
                     "saved page or a link states it itself); found none for neu.txt.", id="txt-without-date"),
        pytest.param("{tmp}/undated.html", {}, "--published: expected the publication date; found none in "
                     "{tmp}/undated.html (neither in its metadata nor in its text).", id="page-without-date"),
        pytest.param("{pages}/wire-story-en.html", {"published": "2030-01-01"}, "--published: expected a publication "
                     "date between 1900 and today; found 2030-01-01 is after today", id="future-date"),
    ],
)
def test_sources_that_cannot_be_added_are_refused_and_nothing_is_written(project, tmp_path, source, kwargs, message):
    (tmp_path / "neu.txt").write_text(GERMAN, encoding="utf-8")
    undated = (PAGES / "news-article-de.html").read_text(encoding="utf-8")
    undated = undated.replace('<meta property="article:published_time" content="2025-02-03T09:15:00+01:00">', "")
    (tmp_path / "undated.html").write_text(undated.replace(", 03.02.2025, 09:15 Uhr", ""), encoding="utf-8")
    before = _raw_digest(project)
    with serve_pages() as base:
        names = {"base": base, "closed": closed_port(), "pages": PAGES, "tmp": tmp_path}
        with pytest.raises(AnalysisError) as caught:
            add_article(source.format(**names), root=project, **kwargs)
    assert message.format(**names) in str(caught.value)
    assert _raw_digest(project) == before


def test_fifty_pages_in_one_call_rebuild_once_skip_duplicates_and_report_failures(project, tmp_path, monkeypatch):
    import analysis.add

    add_article(PAGES / "wire-story-en.html", root=project)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(50):
        (inbox / f"meldung-{i:02d}.html").write_bytes(numbered_page(i))
    (inbox / "zz-copy-of-07.html").write_bytes(numbered_page(7))                       # a duplicate within the call
    (inbox / "zz-wire.html").write_bytes((PAGES / "wire-story-en.html").read_bytes())    # already in the corpus
    (inbox / "zz-broken.txt").write_bytes(b"Nordkorea \xff\xfe schickt Soldaten")        # cannot be read
    builds = []
    real_build = analysis.add.build_derived
    monkeypatch.setattr(analysis.add, "build_derived", lambda root: builds.append(root) or real_build(root))
    before = _raw_digest(project)

    summary = add_articles([inbox], root=project)

    assert len(builds) == 1 and summary.rebuilds == 1
    assert len(summary.added) == 50
    duplicates = {Path(source).name: existing for source, existing, _ in summary.duplicates}
    assert duplicates == {"zz-copy-of-07.html": "tagesblick-2025-02-08", "zz-wire.html": "global-wire-2025-02-06"}
    assert [(Path(source).name, str(error)) for source, error in summary.failures] == [(
        "zz-broken.txt", f"{inbox / 'zz-broken.txt'}:1 (byte 10): expected UTF-8 text; found the byte b'\\xff', not "
        "valid UTF-8. How to fix: re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)")]
    after = _raw_digest(project)
    assert {k: v for k, v in after.items() if k in before} == before            # nothing else touched
    new = sorted(set(after) - set(before))
    assert len(new) == 3 * 50 and all(n.startswith("articles/tagesblick-2025-02-") for n in new)
    derived = pl.read_parquet(paths.derived_dir(project) / "articles.parquet")
    assert {a.article_id for a in summary.added} <= set(derived["article_id"].to_list())


def test_sources_from_folders_and_files_of_links(tmp_path):
    from analysis.add import list_sources

    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    for name in ("b.html", "a.txt", "sub/c.htm", "notes.md"):
        (folder / name).write_text("x", encoding="utf-8")
    links = _write(tmp_path, "links.txt", "# this week's links\nhttps://example.org/a\n\nhttp://example.org/b?x=1\n")
    article = _write(tmp_path, "article.txt", GERMAN + "\nhttps://example.org/source\n")
    assert list_sources([folder, links, article, " https://example.org/c "]) == [
        str(folder / "a.txt"), str(folder / "b.html"), str(folder / "sub" / "c.htm"),
        "https://example.org/a", "http://example.org/b?x=1", str(article), "https://example.org/c"]


def test_missing_paths_empty_folders_and_pages_the_libraries_choke_on_are_failures(project, tmp_path, monkeypatch):
    import analysis.add

    (tmp_path / "empty").mkdir()
    page = tmp_path / "odd.html"
    page.write_bytes((PAGES / "news-article-de.html").read_bytes())
    monkeypatch.setattr(analysis.add, "read_page", lambda *_a, **_k: 1 / 0)
    summary = add_articles([tmp_path / "missing.txt", tmp_path / "empty", page], root=project)
    assert [str(error) for _, error in summary.failures] == [
        f"{tmp_path / 'missing.txt'}: expected a .txt or .html file, a folder holding some, or an http(s):// link; "
        "found no such file or folder. How to fix: check the path (links start with http:// or https://)",
        f"{tmp_path / 'empty'}: expected a .txt or .html file, a folder holding some, or an http(s):// link; "
        "found a folder with no .txt or .html file. How to fix: check the path (links start with http:// or https://)",
        f"{page}: expected a page the extractor can read; found ZeroDivisionError: division by zero. How to fix: save "
        "the article's text as .txt and add that (with --debug the traceback is shown)",
    ]
    assert summary.added == [] and summary.rebuilds == 0


def test_add_the_links_listed_in_a_file(project, tmp_path):
    with serve_pages() as base:
        links = _write(tmp_path, "links.txt", f"{base}/pages/wire-story-en.html\n{base}/pages/gone.html\n")
        summary = add_articles([links], root=project)
    assert [a.article_id for a in summary.added] == ["global-wire-2025-02-06"]
    assert [(source, error.found) for source, error in summary.failures] == [(f"{base}/pages/gone.html", "HTTP 404 Not Found")]
def test_add_allow_future_confirms_the_date_for_the_build(project, tmp_path):
    """The record says the date was confirmed, so the build (which refuses dates after today) reads it."""
    added = add_article(_write(tmp_path, "future.txt", ENGLISH), publisher="Reuters", published="2999-01-02",
                        root=project, allow_future=True)
    assert "published_confirmed: true" in added.record_path.read_text(encoding="utf-8")
    build_derived(project)
    plain = add_article(_write(tmp_path, "plain.txt", GERMAN), publisher="Yonhap", published="2025-01-02", root=project)
    assert "published_confirmed" not in plain.record_path.read_text(encoding="utf-8")
