"""Reading the corpus: article texts and the provenance record beside each.

Layout of ``data/raw/articles/``::

    <article_id>.txt              the article, byte for byte as collected (UTF-8)
    <article_id>.provenance.yaml  who published it, when, in which language, its sha256
    <article_id>.page.html        the web page it was extracted from, byte for byte (when it came
                                  from a page or a link; the record names it, its sha256 and the extractor)

The article id is the text file's stem.  Every record is validated on load
(:class:`Provenance`), and every text is checked against its checksum, so an
edited, truncated or swapped file is caught before any table is built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import paths
from .dates import PUBLISHED_FORMATS, implausible_publication, impossible_date, parse_published
from .errors import ChecksumError, CorpusError, ProvenanceError
from .schema import LANGUAGES
from .yamlfile import compose_yaml_text, load_yaml_file

ARTICLE_SUFFIX = ".txt"
PROVENANCE_SUFFIX = ".provenance.yaml"
PAGE_SUFFIX = ".page.html"
ARTICLE_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*[a-z0-9]$"


class Provenance(BaseModel):
    """The provenance record of one article (one YAML file beside the text)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    article_id: str = Field(pattern=ARTICLE_ID_PATTERN)
    original_file_name: str = Field(min_length=1)
    publisher: str = Field(min_length=1, description="as the text states it, or 'unknown'")
    published: str = Field(min_length=1)
    published_precision: Literal["minute", "day", "month"]
    published_as_stated: str = Field(min_length=1)
    language: Literal[LANGUAGES]  # type: ignore[valid-type]
    title: str = Field(min_length=1)
    url: str | None = None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    note: str = ""
    # When the text was extracted from a web page (a saved .html or a link):
    author: str | None = None
    page_file: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9-]*\.page\.html$")
    page_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    extractor: str | None = Field(default=None, description="library and version that extracted text and metadata")
    accessed: str | None = Field(default=None, description="when the page was read (YYYY-MM-DD)")
    published_confirmed: bool = Field(
        default=False, description="true: a publication date before 1900 or after today was checked and is right")

    @model_validator(mode="after")
    def _published_matches_precision(self) -> Provenance:
        fmt, example = PUBLISHED_FORMATS[self.published_precision]
        try:
            day = dt.datetime.strptime(self.published, fmt).date()
        except ValueError:
            wrong = impossible_date(self.published)
            raise ValueError(
                f"published {self.published!r}: {wrong}" if wrong else
                f"published {self.published!r} does not match precision "
                f"{self.published_precision!r}: write it as {example}"
            ) from None
        implausible = implausible_publication(day)
        if implausible and not self.published_confirmed:
            raise ValueError(f"published {self.published!r}: {implausible}")
        return self

    @property
    def published_date(self) -> dt.date:
        """The first day of the stated publication period."""
        return parse_published(self.published, self.published_precision)[0]


@dataclass(frozen=True)
class Article:
    """One article of the corpus: its text and its validated provenance."""

    article_id: str
    path: Path
    text: str
    provenance: Provenance

    @property
    def publisher(self) -> str:
        return self.provenance.publisher

    @property
    def language(self) -> str:
        return self.provenance.language


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _yaml_line_of(source: str, key: str) -> int | None:
    """1-based line of a top-level key in a YAML mapping, if it is there."""
    node = compose_yaml_text(source)
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, _ in node.value:
        if key_node.value == key:
            return key_node.start_mark.line + 1
    return None


PROVENANCE_FIX = ("correct the record (allowed: published_precision minute/day/month, "
                  f"language {'/'.join(LANGUAGES)}, sha256 = 64 lowercase hex digits)")
DATE_FIX = ("correct the date; if the article really is dated so, add the line 'published_confirmed: true' "
            "to the record (`python -m analysis add --allow-future` writes it)")


def read_provenance(path: Path) -> Provenance:
    """Load and validate one provenance record, with errors that name the file and line."""
    data, source = load_yaml_file(
        path, ProvenanceError, fix_unreadable="restore the record from git or rewrite it (see README, 'Add an article')")
    if not isinstance(data, dict):
        raise ProvenanceError(
            path, expected="a YAML mapping of provenance fields",
            found=type(data).__name__, fix="write one 'field: value' per line",
        )
    try:
        return Provenance.model_validate(data)
    except ValidationError as exc:
        problems = []
        first_line, fix = None, PROVENANCE_FIX
        for err in exc.errors():
            # The one check of the whole record is the publication date's: its line is the field's.
            field = ".".join(str(p) for p in err["loc"]) or "published"
            first_line = first_line or _yaml_line_of(source, field)
            if err["type"] == "missing":
                problems.append(f"field {field!r} is missing")
            elif err["type"] == "extra_forbidden":
                problems.append(f"unknown field {field!r}")
            elif not err["loc"]:
                problems.append(err["msg"].removeprefix("Value error, "))
                fix = DATE_FIX if "before 1900" in err["msg"] or "after today" in err["msg"] else fix
            else:
                got = err.get("input")
                problems.append(f"field {field!r} = {got!r}: {err['msg']}")
        where = f"{path}:{first_line}" if first_line else str(path)
        fields = ", ".join(Provenance.model_fields)
        raise ProvenanceError(
            where,
            expected=f"a complete provenance record with the fields {fields}",
            found="; ".join(problems),
            fix=fix,
        ) from None


MAX_ARTICLE_BYTES = 10_000_000  # a news article is tens of kilobytes; past this it is not one


def read_regular_file(path: Path, *, limit: int = MAX_ARTICLE_BYTES, follow_symlinks: bool = False) -> bytes:
    """The bytes of a regular file of the corpus: a symlink, FIFO, device or directory is refused
    with its path (a FIFO would hang the build, /dev/zero fill the memory), and so is a file over
    ``limit`` bytes.  ``follow_symlinks`` for a file given from outside the corpus (``add``)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | (0 if follow_symlinks else os.O_NOFOLLOW))
    except FileNotFoundError:
        raise CorpusError(path, expected="a file", found="no such file", fix="restore it from git") from None
    except OSError as exc:
        kind = "a symbolic link" if path.is_symlink() else (exc.strerror or str(exc))
        raise CorpusError(path, expected="a regular file inside the corpus directory", found=kind,
                          fix="replace it with a copy of the file itself") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "a FIFO or device"
            raise CorpusError(path, expected="a regular file", found=kind, fix="remove it from the corpus directory")
        if info.st_size > limit:
            raise CorpusError(path, expected=f"at most {limit:,} bytes (the article size limit)",
                              found=f"{info.st_size:,} bytes", fix="split the text, or check that it is one article")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit + 1)
    finally:
        os.close(fd)


def decode_article(path: Path, data: bytes) -> str:
    """The article's text, refusing empty, binary and non-UTF-8 files."""
    if not data.strip():
        raise CorpusError(
            path, expected="an article text", found="an empty file",
            fix="copy the article's text into the file, or remove it with its record",
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise CorpusError(
            f"{path}:byte {nul}", expected="a plain UTF-8 text file",
            found="a NUL byte (this looks like a binary file)",
            fix="save the article as plain text (.txt, UTF-8)",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"{path}:{line} (byte {exc.start})", expected="UTF-8 text",
            found=f"the byte {data[exc.start:exc.start + 1]!r}, not valid UTF-8",
            fix="re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        ) from None


def _article_ids(directory: Path) -> tuple[set[str], set[str]]:
    texts = {p.name[: -len(ARTICLE_SUFFIX)] for p in directory.glob(f"*{ARTICLE_SUFFIX}")}
    records = {p.name[: -len(PROVENANCE_SUFFIX)] for p in directory.glob(f"*{PROVENANCE_SUFFIX}")}
    return texts, records


def load_article(directory: Path, article_id: str) -> Article:
    """Read one article, validate its record and verify its checksum."""
    text_path = directory / f"{article_id}{ARTICLE_SUFFIX}"
    record_path = directory / f"{article_id}{PROVENANCE_SUFFIX}"
    read_regular_file(record_path, limit=1_000_000)   # a record is a regular file too
    record = read_provenance(record_path)
    if record.article_id != article_id:
        raise ProvenanceError(
            f"{record_path}:{_yaml_line_of(record_path.read_text('utf-8'), 'article_id')}",
            expected=f"article_id {article_id!r} (the text file's stem)",
            found=repr(record.article_id),
            fix="make article_id equal the file name without .txt",
        )
    data = read_regular_file(text_path)
    actual = sha256_of(data)
    if actual != record.sha256:
        raise ChecksumError(
            text_path,
            expected=f"sha256 {record.sha256} (from {record_path.name})",
            found=f"sha256 {actual}",
            fix="raw articles are never edited: restore the file with "
            f"`git checkout -- {text_path.name}`; if the text really changed, add it as a new article",
        )
    if record.page_file is not None:
        _verify_page(directory / record.page_file, record.page_sha256, record_path)
    return Article(article_id, text_path, decode_article(text_path, data), record)


def _verify_page(page_path: Path, expected: str | None, record_path: Path) -> None:
    """The saved page an article was extracted from is kept unchanged too."""
    actual = sha256_of(read_regular_file(page_path))
    if actual != expected:
        raise ChecksumError(
            page_path, expected=f"sha256 {expected} (from {record_path.name})", found=f"sha256 {actual}",
            fix=f"the saved page is never edited: restore it with `git checkout -- {page_path.name}`",
        )


def list_article_ids(directory: Path | None = None) -> list[str]:
    """Sorted article ids, after checking that every text has a record and vice versa."""
    directory = directory or paths.articles_dir()
    if not directory.is_dir():
        raise CorpusError(
            directory, expected="a directory of articles", found="no such directory",
            fix="run from the repository root, or set ANALYSIS_ROOT",
        )
    texts, records = _article_ids(directory)
    folders = sorted(path for i in texts | records
                     for path in (directory / f"{i}{ARTICLE_SUFFIX}", directory / f"{i}{PROVENANCE_SUFFIX}") if path.is_dir())
    if folders:
        raise CorpusError(folders[0], expected="an article text or provenance record (a regular file)",
                          found="a directory", fix="move the directory out of the articles directory, or rename it")
    if without_record := sorted(texts - records):
        raise CorpusError(
            directory / f"{without_record[0]}{ARTICLE_SUFFIX}",
            expected=f"a provenance record {without_record[0]}{PROVENANCE_SUFFIX} beside it",
            found=f"no record for {len(without_record)} article(s): {', '.join(without_record)}",
            fix="add articles with `python -m analysis add`, which writes the record",
        )
    if without_text := sorted(records - texts):
        raise CorpusError(
            directory / f"{without_text[0]}{PROVENANCE_SUFFIX}",
            expected=f"the article text {without_text[0]}{ARTICLE_SUFFIX} beside it",
            found=f"no text for {len(without_text)} record(s): {', '.join(without_text)}",
            fix="restore the text from git, or remove the orphaned record",
        )
    bad = sorted(i for i in texts if not re.match(ARTICLE_ID_PATTERN, i))
    if bad:
        raise CorpusError(
            directory / f"{bad[0]}{ARTICLE_SUFFIX}",
            expected="an article id of lowercase letters, digits and '-'",
            found=repr(bad[0]), fix="rename the file and its record to a readable slug",
        )
    return sorted(texts)


def iter_corpus(directory: Path | None = None) -> Iterator[Article]:
    """Articles one at a time, sorted by id, each verified (for streaming builds)."""
    directory = directory or paths.articles_dir()
    for article_id in list_article_ids(directory):
        yield load_article(directory, article_id)


def load_corpus(directory: Path | None = None) -> list[Article]:
    """Every article of the corpus, sorted by id, each validated and checksum-verified."""
    return list(iter_corpus(directory))
