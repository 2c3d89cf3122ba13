"""The raw corpus and its provenance: byte-identical seeds, validation, clear errors."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
import yaml

from analysis import paths
from analysis.corpus import load_corpus, read_provenance
from analysis.errors import ChecksumError, CorpusError, ProvenanceError

SEEDS = paths.repo_root().parent / "shared" / "seeds"
ARTICLES = paths.articles_dir()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the raw articles."""
    target = tmp_path / "articles"
    shutil.copytree(ARTICLES, target)
    return target


def _record(directory: Path, article_id: str) -> Path:
    return directory / f"{article_id}.provenance.yaml"


def test_five_seed_articles_load_with_verified_checksums():
    articles = load_corpus()
    assert len(articles) == 5
    assert {a.provenance.language for a in articles} == {"de"}
    precisions = {a.article_id: a.provenance.published_precision for a in articles}
    assert precisions["nordkorea-bis-zu-30000-soldaten-2025-07"] == "month"
    assert sorted(precisions.values()).count("minute") == 3


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not beside the checkout")
def test_raw_files_are_byte_identical_to_the_seeds():
    seeds = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in SEEDS.glob("*.txt")}
    for article in load_corpus():
        digest = hashlib.sha256(article.path.read_bytes()).hexdigest()
        assert seeds.get(digest) == article.provenance.original_file_name


def test_publisher_is_unknown_where_the_text_does_not_say():
    publishers = {a.article_id: a.publisher for a in load_corpus()}
    assert publishers["kettner-edelmetalle-2025-07-02"] == "Kettner Edelmetalle"
    assert publishers["nordkoreas-soldaten-2024-10-18"] == "unknown"
    assert sum(p == "unknown" for p in publishers.values()) == 3


def test_published_date_is_the_first_day_of_a_month_precision_period():
    article = {a.article_id: a for a in load_corpus()}["nordkorea-bis-zu-30000-soldaten-2025-07"]
    assert str(article.provenance.published_date) == "2025-07-01"


def test_corrupted_article_names_file_and_both_checksums(corpus: Path):
    path = corpus / "kettner-edelmetalle-2025-04-28.txt"
    expected = read_provenance(_record(corpus, path.stem)).sha256
    path.write_bytes(path.read_bytes().replace(b"14.000", b"15.000"))
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ChecksumError) as info:
        load_corpus(corpus)
    message = str(info.value)
    assert str(path) in message and expected in message and actual in message
    assert "git checkout" in message


def test_missing_provenance_field_is_named_with_the_file(corpus: Path):
    record = _record(corpus, "kettner-edelmetalle-2025-04-28")
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    del data["language"]
    record.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ProvenanceError, match=r"provenance\.yaml.*field 'language' is missing"):
        load_corpus(corpus)


def test_malformed_date_names_file_line_and_format(corpus: Path):
    record = _record(corpus, "nordkoreas-soldaten-2024-10-18")
    text = record.read_text(encoding="utf-8").replace('published: "2024-10-18T11:35"', 'published: "18.10.2024"')
    record.write_text(text, encoding="utf-8")
    line = next(i for i, l in enumerate(text.splitlines(), 1) if l.startswith("published:"))
    with pytest.raises(ProvenanceError) as info:
        load_corpus(corpus)
    message = str(info.value)
    assert "provenance.yaml:" in message and "'18.10.2024'" in message
    assert "YYYY-MM-DDTHH:MM" in message
    assert line > 0


@pytest.mark.parametrize(
    ("field", "value", "pattern"),
    [
        pytest.param("published_precision", "week", r"published_precision", id="bad-precision"),
        pytest.param("language", "fr", r"field 'language' = 'fr'", id="unknown-language"),
        pytest.param("sha256", "abc", r"field 'sha256'", id="short-checksum"),
        pytest.param("article_id", "other-id", r"expected article_id 'kettner-edelmetalle-2025-04-28'", id="id-mismatch"),
    ],
)
def test_malformed_fields_are_refused(corpus: Path, field: str, value: str, pattern: str):
    record = _record(corpus, "kettner-edelmetalle-2025-04-28")
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    data[field] = value
    record.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ProvenanceError, match=pattern):
        load_corpus(corpus)


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        pytest.param(b"", r"found an empty file", id="empty"),
        pytest.param(b"Nordkorea \xe4rger 12.000", r"not valid UTF-8.*iconv", id="latin1"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", r"NUL byte", id="binary"),
    ],
)
def test_unreadable_article_files_are_refused(corpus: Path, content: bytes, pattern: str):
    path = corpus / "kettner-edelmetalle-2025-04-28.txt"
    path.write_bytes(content)
    record = _record(corpus, path.stem)
    text = record.read_text(encoding="utf-8")
    old = read_provenance(record).sha256
    record.write_text(text.replace(old, hashlib.sha256(content).hexdigest()), encoding="utf-8")
    with pytest.raises(CorpusError, match=pattern):
        load_corpus(corpus)


def test_article_without_record_and_record_without_article(corpus: Path):
    (corpus / "new-article-2025-01-01.txt").write_text("Text", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no record for 1 article\(s\): new-article-2025-01-01"):
        load_corpus(corpus)
    (corpus / "new-article-2025-01-01.txt").unlink()
    (corpus / "kettner-edelmetalle-2025-04-28.txt").unlink()
    with pytest.raises(CorpusError, match=r"no text for 1 record\(s\): kettner-edelmetalle-2025-04-28"):
        load_corpus(corpus)


def test_a_field_given_twice_is_refused_not_overwritten(corpus: Path):
    record = _record(corpus, "kettner-edelmetalle-2025-04-28")
    record.write_text(record.read_text(encoding="utf-8") + "publisher: someone-else\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match=r"provenance\.yaml:\d+: expected each key once in a mapping; "
                                              r"found 'publisher' again \(first on line \d+\)"):
        load_corpus(corpus)


def test_invalid_yaml_names_the_line(corpus: Path):
    record = _record(corpus, "kettner-edelmetalle-2025-04-28")
    record.write_text(record.read_text(encoding="utf-8") + "title: [unclosed\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match=r"provenance\.yaml:\d+: expected valid YAML"):
        load_corpus(corpus)


def _corpus_with(tmp_path, name: str, make) -> Path:
    import shutil

    from analysis import paths as _paths

    directory = tmp_path / "articles"
    shutil.copytree(_paths.articles_dir(), directory)
    target = directory / name
    target.unlink()
    make(target)
    return directory


@pytest.mark.parametrize(
    ("make", "found"),
    [
        pytest.param(lambda p: p.symlink_to("/etc/hostname"), "a symbolic link", id="symlink-out"),
        pytest.param(lambda p: os.mkfifo(p), "a FIFO or device", id="fifo"),
        pytest.param(lambda p: p.symlink_to("/dev/zero"), "a symbolic link", id="device-link"),
    ],
)
def test_only_regular_files_are_read_as_articles(tmp_path, make, found):
    from analysis.corpus import load_corpus
    from analysis.errors import CorpusError

    directory = _corpus_with(tmp_path, "kettner-edelmetalle-2025-04-28.txt", make)
    with pytest.raises(CorpusError, match=found):
        load_corpus(directory)


def test_an_article_over_the_size_limit_is_refused(tmp_path):
    from analysis.corpus import read_regular_file
    from analysis.errors import CorpusError

    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(CorpusError, match=r"at most 1,000 bytes.*2,000 bytes"):
        read_regular_file(big, limit=1000)
    assert read_regular_file(big, limit=5000) == b"a" * 2000


@pytest.mark.parametrize("published", [
    pytest.param("2999-01-02T10:00", id="after-today"),
    pytest.param("1899-12-31T10:00", id="before-1900"),
    pytest.param("0001-01-01T00:00", id="year-one"),
])
def test_a_publication_date_before_1900_or_after_today_is_refused_unless_confirmed(corpus: Path, published: str):
    record = _record(corpus, "kettner-edelmetalle-2025-07-02")
    text = record.read_text(encoding="utf-8")
    line = next(n for n, ln in enumerate(text.splitlines(), 1) if ln.startswith("published:"))
    record.write_text(text.replace('published: "2025-07-02T14:01"', f'published: "{published}"'), encoding="utf-8")
    with pytest.raises(ProvenanceError, match=rf"provenance\.yaml:{line}: .*found published '{published}': "
                       rf"{published[:10]} is (after today \(\d{{4}}-\d\d-\d\d\)|before 1900)\. How to fix: correct the date; .*"
                       r"add the line 'published_confirmed: true' to the record") as info:
        load_corpus(corpus)
    assert "sha256" not in info.value.found, "the message names the date, not the whole record"
    record.write_text(record.read_text(encoding="utf-8") + "published_confirmed: true\n", encoding="utf-8")
    assert {a.provenance.published for a in load_corpus(corpus)} >= {published}
