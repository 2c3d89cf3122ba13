"""Adding an article to the corpus, and listing what still needs review.

``add_article`` copies a text into ``data/raw/articles/`` under a readable slug
with its provenance record (checksum, detected language), refuses duplicates,
rebuilds, and returns what was extracted so the analyst can review it.  If
anything fails, the two new files are removed again: the corpus is unchanged.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import yaml

from . import paths
from .build import build_derived, load_table
from .corpus import (
    ARTICLE_SUFFIX,
    PROVENANCE_SUFFIX,
    Provenance,
    decode_article,
    load_corpus,
    read_regular_file,
    sha256_of,
)
from .dates import parse_published_text
from .errors import CorpusError, ParameterError
from .storage import AtomicOutputs, exclusive
from .views.display import format_value  # one value style: the reports' and the CLI's

log = logging.getLogger(__name__)

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def slugify(text: str, max_words: int = 5) -> str:
    """A readable ascii slug: 'Kettner Edelmetalle' -> 'kettner-edelmetalle'."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    text = text.encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words])


def parse_published(value: str, *, allow_future: bool = False) -> tuple[str, str]:
    """``YYYY-MM-DD[THH:MM]`` or ``YYYY-MM`` -> (value, precision), else ParameterError (also for a date
    after today or before 1900, unless ``allow_future``)."""
    _, precision = parse_published_text(
        value, parameter="--published", expected="YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM (e.g. 2025-07-02T14:01)",
        fix="give the publication date as the article states it, in ISO form", allow_future=allow_future,
    )
    return value, precision


def detect_language(text: str) -> str:
    """'de' or 'en' (py3langid, restricted to the two languages the extractor reads)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["de", "en"])
    language, _ = identifier.classify(text[:20000])
    return language


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if len(line.strip()) > 15), "untitled")


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Added:
    article_id: str
    text_path: Path
    record_path: Path
    claims: pl.DataFrame
    not_claims: pl.DataFrame


def add_article(
    source: Path, *, publisher: str, published: str, url: str | None = None,
    title: str | None = None, language: str | None = None, root: Path | None = None, allow_future: bool = False,
) -> Added:
    """Copy ``source`` into the corpus with its provenance, rebuild, and return its extraction."""
    source = Path(source)
    if not publisher.strip():
        raise ParameterError("--publisher", expected="the publisher's name as the article states it, or 'unknown'",
                             found="an empty name", fix="give --publisher NAME (or --publisher unknown)")
    data = read_regular_file(source, follow_symlinks=True)   # never a FIFO, a device or a huge file
    text = decode_article(source, data)
    published_value, precision = parse_published(published, allow_future=allow_future)
    if language is not None and language not in ("de", "en"):
        raise ParameterError("--language", expected="de or en", found=repr(language),
                             fix="omit --language to detect it, or give de or en")
    directory = paths.articles_dir(root)
    digest = sha256_of(data)
    language = language or detect_language(text)
    title = title or _first_line(text)
    # The corpus is read, the id chosen and the files written under one lock: two adds at once
    # get two ids (or the second is refused as a duplicate), never one article overwriting another.
    with exclusive(paths.raw_dir(root), ".add.lock"):
        existing = load_corpus(directory)
        _refuse_duplicate(source, existing, digest, text)
        article_id = _free_id(existing, publisher, title, published_value)
        record = Provenance(
            article_id=article_id, original_file_name=source.name, publisher=publisher,
            published=published_value, published_precision=precision, published_as_stated=published,
            language=language, title=title, url=url, sha256=digest,
            note=f"Added with `python -m analysis add` on {dt.date.today().isoformat()}.",
        )
        text_path = paths.contained(directory, f"{article_id}{ARTICLE_SUFFIX}")
        record_path = paths.contained(directory, f"{article_id}{PROVENANCE_SUFFIX}")
        header = f"# Provenance of {text_path.name} (never edit the .txt; checksum verified on load).\n"
        body = yaml.safe_dump(record.model_dump(), allow_unicode=True, sort_keys=False, width=100)
        with AtomicOutputs() as out:
            out.stage_bytes(text_path, data)
            out.stage_text(record_path, header + body)
        log.info("added %s (%s, %s, %s)", text_path.name, publisher, published_value, language)
        try:
            result = build_derived(root)
        except BaseException:
            text_path.unlink(missing_ok=True)
            record_path.unlink(missing_ok=True)
            log.error("the rebuild failed; %s was removed again, the corpus is unchanged", article_id)
            raise
    claims = result.tables["claims"].filter(pl.col("article_id") == article_id)
    mentions = result.tables["mentions"].filter(
        (pl.col("article_id") == article_id) & (pl.col("mention_status") != "claim")
    )
    return Added(article_id, text_path, record_path, claims, mentions)


def _refuse_duplicate(source: Path, existing: list, digest: str, text: str) -> None:
    for article in existing:
        if article.provenance.sha256 == digest or _normalised(article.text) == _normalised(text):
            raise CorpusError(
                source, expected="an article not yet in the corpus",
                found=f"the same text as {article.article_id} ({article.path})",
                fix="nothing to add; to correct its provenance, edit that record",
            )


def _free_id(existing: list, publisher: str, title: str, published_value: str) -> str:
    """``<publisher or title slug>-<date>``, with -2, -3, ... when taken."""
    base = slugify(publisher if publisher.lower() != "unknown" else title)
    article_id = f"{base or 'article'}-{published_value[:10].replace('T', '-')}"
    taken = {a.article_id for a in existing}
    candidate, suffix = article_id, 2
    while candidate in taken:
        candidate, suffix = f"{article_id}-{suffix}", suffix + 1
    return candidate


def _value_text(row: dict) -> str:
    """The figure as the reports write it ('≈ 4,000', '≤ 12,000', '10,000–12,000'); the unit follows."""
    return format_value(row["value_low"], row["value_best"], row["value_high"], row["bound"])


def format_claims(claims: pl.DataFrame) -> list[str]:
    lines = []
    for row in claims.iter_rows(named=True):
        period = ""
        if row["reference_start"]:
            period = f"{row['reference_start']}..{row['reference_end'] or ''} ({row['reference_precision']})"
        lines.append(
            f"  {row['char_start']:>6}  {printable(repr(row['number_text']))}: {_value_text(row)} {row['unit'] or ''}"
            f"| {row['quantity']}{'/' + row['casualty_type'] if row['casualty_type'] else ''}"
            f" | source {row['source']}{_source_words(row)}{' via ' + row['via'] if row['via'] else ''}"
            f" | period {period or 'none'} | {row['review_status']}\n"
            f"          \"{printable(row['quote'][:160])}\""
        )
    return lines


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str | None) -> str:
    """Article words for a terminal: control characters (escape codes, bidi marks) shown escaped, never run."""
    if text is None:
        return ""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def _source_words(row: dict) -> str:
    words = row.get("source_text")
    return f" ({printable(repr(words))}, {row['attribution_scope']} sentence)" if words else ""


def format_unresolved(claims: pl.DataFrame) -> list[str]:
    """The claimers the vocabularies could not place, with how often each is written."""
    unresolved = claims.filter(pl.col("source") == "unresolved")
    if unresolved.is_empty():
        return []
    counts = unresolved.group_by("source_text").agg(pl.len().alias("n"), pl.col("article_id").first()).sort(
        ["n", "source_text"], descending=[True, False])
    lines = [f"{unresolved.height} claim(s) name a claimer the vocabularies cannot place (source: unresolved):"]
    lines += [f"  {printable(repr(row['source_text']))}: {row['n']} claim(s), e.g. in {row['article_id']}"
              for row in counts.iter_rows(named=True)]
    lines.append("Add the name to analysis/data/sources.yaml (or its country and body words to claimers.yaml),\n"
                 "or set the source of each claim in data/raw/review.yaml (set: {source: ...}).")
    return lines


def format_not_claims(mentions: pl.DataFrame) -> list[str]:
    return [
        f"  {row['char_start']:>6}  {printable(repr(row['number_text']))}: {row['mention_status']} — "
        f"{printable(row['status_reason'])}"
        for row in mentions.iter_rows(named=True)
    ]


REVIEW_HOWTO = """\
To confirm, correct or reject an item, add a decision to data/raw/review.yaml:

  decisions:
    - article_id: {article_id}
      char_start: {char_start}
      number_text: {number_text!r}
      action: confirm            # or: correct (with set: {{field: value}}) or: reject (with note:)
      note: why

then run `python -m analysis build` (or `make report`)."""


def unreviewed(root: Path | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims still 'auto', and amounts not taken as claims that no analyst has looked at."""
    claims = load_table("claims", root).filter(pl.col("review_status") == "auto")
    mentions = load_table("mentions", root).filter(
        pl.col("kind").is_in(["quantity", "percent", "fraction"]) & (pl.col("mention_status") == "not_a_claim")
    )
    return claims, mentions
