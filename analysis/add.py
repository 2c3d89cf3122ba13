"""Adding articles to the corpus: text files, saved web pages and links, one or many at a time.

:func:`add_articles` reads every source first (a ``.txt`` as it is; a saved ``.html``
page or an ``http(s)://`` link through :mod:`analysis.pages`), then, under the add
lock, skips what the corpus already holds, writes each new article under a readable
id with its provenance record (and the page byte for byte), and rebuilds once.  A
source that cannot be read is reported and the others are added; if the rebuild
fails, every file written is removed again: the corpus is unchanged.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import polars as pl
import yaml

from . import dates, pages, paths
from .build import build_derived
from .corpus import (
    ARTICLE_SUFFIX,
    PAGE_SUFFIX,
    PROVENANCE_SUFFIX,
    Provenance,
    decode_article,
    load_corpus,
    read_regular_file,
    sha256_of,
)
from .dates import parse_published_text
from .errors import AnalysisError, CorpusError, PageError, ParameterError
from .pages import DEFAULT_TIMEOUT, EXTRACTOR, PAGE_SUFFIXES, Page, fetch_page, is_url, read_page, refuse_other_language
from .schema import LANGUAGES
from .storage import AtomicOutputs, exclusive

log = logging.getLogger(__name__)

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
TEXT_SUFFIXES = (ARTICLE_SUFFIX,)


def slugify(text: str, max_words: int = 5) -> str:
    """A readable ascii slug: 'Kettner Edelmetalle' -> 'kettner-edelmetalle'."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    text = text.encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words])


def parse_published(value: str, *, allow_future: bool = False, parameter: str = "--published") -> tuple[str, str]:
    """``YYYY-MM-DD[THH:MM]`` or ``YYYY-MM`` -> (value, precision), else ParameterError (also for a date
    after today or before 1900, unless ``allow_future``)."""
    _, precision = parse_published_text(
        value, parameter=parameter, expected="YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM (e.g. 2025-07-02T14:01)",
        fix="give the publication date as the article states it, in ISO form", allow_future=allow_future,
    )
    return value, precision


def detect_language(text: str) -> str:
    """'de' or 'en' (py3langid, restricted to the languages the extractor reads)."""
    return pages.detect_language(text, LANGUAGES)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if len(line.strip()) > 15), "untitled")


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Given:
    """What the analyst states on the command line; it overrides what a page says about itself."""

    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    allow_future: bool = False
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class Prepared:
    """One source read and checked, ready to be written."""

    source: str
    data: bytes                     # the article text (.txt), byte for byte
    text: str
    record: dict                    # provenance fields but the id
    page: bytes | None = None       # the web page it came from


@dataclass(frozen=True)
class Added:
    article_id: str
    text_path: Path
    record_path: Path
    claims: pl.DataFrame
    not_claims: pl.DataFrame


@dataclass
class Summary:
    """What one ``add`` did: articles added, duplicates skipped (with the article already there), failures."""

    added: list[Added] = field(default_factory=list)
    duplicates: list[tuple[str, str, AnalysisError]] = field(default_factory=list)   # source, existing id, error
    failures: list[tuple[str, AnalysisError]] = field(default_factory=list)          # source, error
    rebuilds: int = 0


# -- reading the sources -----------------------------------------------------------------------

def list_sources(items: Iterable[str | Path]) -> list[str]:
    """Paths, folders (their .txt and .html files, sorted), links, and files that list links (one per line)."""
    sources: list[str] = []
    for item in map(str, items):
        path = Path(item)
        if is_url(item):
            sources.append(item.strip())
        elif path.is_dir():
            found = sorted(str(p) for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in (*TEXT_SUFFIXES, *PAGE_SUFFIXES))
            sources += found or [item]          # an empty folder is reported by prepare()
        elif path.is_file() and (links := _listed_links(path)):
            sources += links
        else:
            sources.append(item)
    return sources


def _listed_links(path: Path) -> list[str] | None:
    """The links of a file whose every line (blank lines and # comments aside) is an http(s) link."""
    if path.suffix.lower() in PAGE_SUFFIXES or path.stat().st_size > 1_000_000:
        return None
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    except (UnicodeDecodeError, OSError):
        return None
    lines = [line for line in lines if line and not line.startswith("#")]
    return lines if lines and all(is_url(line) for line in lines) else None


def prepare(source: str, given: Given) -> Prepared:
    """Read one source (a .txt, a saved page or a link) into text and provenance fields; nothing is written."""
    if given.language is not None and given.language not in LANGUAGES:
        raise ParameterError("--language", expected=" or ".join(LANGUAGES), found=repr(given.language),
                             fix="omit --language to detect it, or give de or en")
    if given.publisher is not None and not given.publisher.strip():
        raise ParameterError("--publisher", expected="the publisher's name as the article states it, or 'unknown'",
                             found="an empty name", fix="give --publisher NAME (or --publisher unknown)")
    if is_url(source):
        page = read_page(fetch_page(source, timeout=given.timeout), source, link=source)
        return _from_page(page, given, original_file_name=source)
    path = Path(source)
    if path.is_dir() or not path.exists():
        raise CorpusError(path, expected="a .txt or .html file, a folder holding some, or an http(s):// link",
                          found="a folder with no .txt or .html file" if path.is_dir() else "no such file or folder",
                          fix="check the path (links start with http:// or https://)")
    data = read_regular_file(path, follow_symlinks=True)   # never a FIFO, a device or a huge file
    if path.suffix.lower() in PAGE_SUFFIXES:
        return _from_page(read_page(data, source), given, original_file_name=path.name)
    return _from_text(path, data, given)


def _from_text(path: Path, data: bytes, given: Given) -> Prepared:
    text = decode_article(path, data)
    for option, value in (("--publisher", given.publisher), ("--published", given.published)):
        if value is None:
            raise ParameterError(option, expected=f"{option} for a text file (a saved page or a link states it itself)",
                                 found=f"none for {path.name}", fix=f"give {option} (see python -m analysis add --help)")
    published, precision = parse_published(given.published, allow_future=given.allow_future)
    record = {
        "original_file_name": path.name, "publisher": given.publisher, "published": published,
        "published_precision": precision, "published_as_stated": given.published,
        "language": given.language or detect_language(text), "title": given.title or _first_line(text),
        "url": given.url,
    }
    return Prepared(str(path), data, text, record)


def _from_page(page: Page, given: Given, *, original_file_name: str) -> Prepared:
    if given.language is None:
        refuse_other_language(page)
    publisher = given.publisher or page.site_name or (urlsplit(page.url).hostname if page.url else None)
    if not publisher:
        raise ParameterError("--publisher", expected="the publisher's name", found=f"none in {page.where}",
                             fix="give --publisher NAME (or --publisher unknown)")
    stated = given.published or page.published
    if stated is None:
        raise ParameterError("--published", expected="the publication date",
                             found=f"none in {page.where} (neither in its metadata nor in its text)",
                             fix="give --published YYYY-MM-DD as the article states it")
    published, precision = parse_published(stated, allow_future=given.allow_future,
                                           parameter="--published" if given.published else f"{page.where}: the page's date")
    record = {
        "original_file_name": original_file_name, "publisher": publisher, "published": published,
        "published_precision": precision, "published_as_stated": stated,
        "language": given.language or page.language, "title": given.title or page.title or _first_line(page.text),
        "url": given.url or page.url, "author": page.author, "extractor": EXTRACTOR,
        "accessed": dt.date.today().isoformat(),
    }
    return Prepared(page.where, page.text.encode("utf-8"), page.text, record, page=page.data)


# -- adding ------------------------------------------------------------------------------------

def add_articles(items: Iterable[str | Path], given: Given = Given(), *, root: Path | None = None,
                 progress: bool = False) -> Summary:
    """Add every source that can be read and is not yet in the corpus, then rebuild once."""
    from tqdm import tqdm

    summary = Summary()
    prepared: list[Prepared] = []
    sources = list_sources(items)
    for source in tqdm(sources, desc="reading", unit="article", disable=None if progress else True):
        try:
            prepared.append(prepare(source, given))
        except AnalysisError as exc:
            log.debug("cannot add %s: %s", source, exc)
            summary.failures.append((source, exc))
        except Exception as exc:   # noqa: BLE001 -- one page the libraries choke on must not sink the other 49
            log.debug("cannot add %s", source, exc_info=True)
            summary.failures.append((source, PageError(
                source, expected="a page the extractor can read", found=f"{type(exc).__name__}: {exc}",
                fix="save the article's text as .txt and add that (with --debug the traceback is shown)")))
    # The corpus is read, the ids chosen and the files written under one lock: two adds at once
    # get two ids (or the second is refused as a duplicate), never one article overwriting another.
    with exclusive(paths.raw_dir(root), ".add.lock"):
        written = _write_new(prepared, summary, root)
        if written:
            _rebuild(written, summary, root)
    return summary


def _write_new(prepared: list[Prepared], summary: Summary, root: Path | None) -> list[tuple[str, list[Path]]]:
    directory = paths.articles_dir(root)
    known = [(a.article_id, a.provenance.sha256, _normalised(a.text), a.provenance.page_sha256)
             for a in load_corpus(directory)]
    written: list[tuple[str, list[Path]]] = []
    with AtomicOutputs() as out:
        for item in prepared:
            digest, page_digest, normalised = sha256_of(item.data), item.page and sha256_of(item.page), _normalised(item.text)
            same = next((k for k in known if digest == k[1] or normalised == k[2] or (page_digest and page_digest == k[3])),
                        None)
            if same is not None:
                summary.duplicates.append((item.source, same[0], CorpusError(
                    item.source, expected="an article not yet in the corpus",
                    found=f"the same text as {same[0]} ({directory / (same[0] + ARTICLE_SUFFIX)})",
                    fix="nothing to add; to correct its provenance, edit that record")))
                continue
            article_id = _free_id({k[0] for k in known}, item.record["publisher"], item.record["title"],
                                  item.record["published"])
            files = _stage(out, directory, article_id, item, digest, page_digest)
            known.append((article_id, digest, normalised, page_digest))
            written.append((article_id, files))
            log.info("added %s (%s, %s, %s)", article_id, item.record["publisher"], item.record["published"],
                     item.record["language"])
    return written


def _stage(out: AtomicOutputs, directory: Path, article_id: str, item: Prepared, digest: str,
           page_digest: str | None) -> list[Path]:
    text_path = paths.contained(directory, f"{article_id}{ARTICLE_SUFFIX}")
    record_path = paths.contained(directory, f"{article_id}{PROVENANCE_SUFFIX}")
    fields = {"article_id": article_id, **item.record, "sha256": digest,
              "note": f"Added with `python -m analysis add` on {dt.date.today().isoformat()}."}
    files = [text_path, record_path]
    if item.page is not None:
        page_path = paths.contained(directory, f"{article_id}{PAGE_SUFFIX}")
        fields |= {"page_file": page_path.name, "page_sha256": page_digest}
        out.stage_bytes(page_path, item.page)
        files.append(page_path)
    # a date outside 1900..today got here only with --allow-future: the record says it was checked
    fields["published_confirmed"] = dates.implausible_publication(
        dates.parse_published(item.record["published"], item.record["published_precision"])[0]) is not None
    record = Provenance.model_validate(fields).model_dump()
    record = {k: v for k, v in record.items() if (v is not None or k == "url")
              and (k != "published_confirmed" or v)}
    header = f"# Provenance of {text_path.name} (never edit the .txt; checksum verified on load).\n"
    out.stage_bytes(text_path, item.data)
    out.stage_text(record_path, header + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100))
    return files


def _rebuild(written: list[tuple[str, list[Path]]], summary: Summary, root: Path | None) -> None:
    try:
        result = build_derived(root)
    except BaseException:
        for _, files in written:
            for path in files:
                path.unlink(missing_ok=True)
        log.error("the rebuild failed; the %d article(s) were removed again, the corpus is unchanged", len(written))
        raise
    summary.rebuilds += 1
    claims, mentions = result.tables["claims"], result.tables["mentions"]
    for article_id, files in written:
        mine = mentions.filter((pl.col("article_id") == article_id) & (pl.col("mention_status") != "claim"))
        summary.added.append(Added(article_id, files[0], files[1], claims.filter(pl.col("article_id") == article_id), mine))


def add_article(source: str | Path, *, publisher: str | None = None, published: str | None = None,
                url: str | None = None, title: str | None = None, language: str | None = None,
                root: Path | None = None, allow_future: bool = False, timeout: float = DEFAULT_TIMEOUT) -> Added:
    """Add one article (a .txt, a saved page or a link), rebuild, and return its extraction; refusals raise."""
    given = Given(publisher=publisher, published=published, url=url, title=title, language=language,
                  allow_future=allow_future, timeout=timeout)
    summary = add_articles([source], given, root=root)
    if summary.failures:
        raise summary.failures[0][1]
    if summary.duplicates:
        raise summary.duplicates[0][2]
    return summary.added[0]


def _free_id(taken: set[str], publisher: str, title: str, published_value: str) -> str:
    """``<publisher or title slug>-<date>``, with -2, -3, ... when taken."""
    base = slugify(publisher if publisher.lower() != "unknown" else title)
    article_id = f"{base or 'article'}-{published_value[:10].replace('T', '-')}"
    candidate, suffix = article_id, 2
    while candidate in taken:
        candidate, suffix = f"{article_id}-{suffix}", suffix + 1
    return candidate
