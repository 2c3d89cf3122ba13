"""Taking an article out of the corpus: its text, its saved page and its record, then one rebuild.

Review decisions in ``data/raw/review.yaml`` that name the article would no longer
fit any text, so :func:`remove_article` refuses while there are any, unless told to
drop them too (``--drop-decisions``): then exactly their lines are cut from the file,
comments and every other decision kept as they were.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import paths
from .build import build_derived
from .corpus import ARTICLE_SUFFIX, PROVENANCE_SUFFIX, list_article_ids, read_provenance
from .errors import CorpusError, ReviewError
from .storage import AtomicOutputs, exclusive
from .yamlfile import compose_yaml_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Removed:
    article_id: str
    files: list[Path]
    dropped_decisions: int


def decision_lines(source: str, article_id: str) -> list[tuple[int, int]]:
    """(first, last) 0-based line of every decision in review.yaml text that names ``article_id``."""
    node = compose_yaml_text(source)
    if not isinstance(node, yaml.MappingNode):
        return []
    spans = []
    for key, value in node.value:
        if key.value != "decisions" or not isinstance(value, yaml.SequenceNode):
            continue
        for item in value.value:
            fields = {k.value: v for k, v in item.value} if isinstance(item, yaml.MappingNode) else {}
            named = fields.get("article_id")
            if isinstance(named, yaml.ScalarNode) and named.value == article_id:
                spans.append((item.start_mark.line, _last_line(item)))
    return spans


def _last_line(node: yaml.Node) -> int:
    """The 0-based line a node's own text ends on (a block node's end mark runs on to the next item)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1])
    return node.end_mark.line - (1 if node.end_mark.column == 0 else 0)


def _without_lines(source: str, spans: list[tuple[int, int]]) -> str:
    cut = {line for first, last in spans for line in range(first, last + 1)}
    return "".join(line for i, line in enumerate(source.splitlines(keepends=True)) if i not in cut)


def remove_article(article_id: str, *, root: Path | None = None, drop_decisions: bool = False) -> Removed:
    """Remove one article (text, page, record), and with ``drop_decisions`` its review decisions; rebuild."""
    directory = paths.articles_dir(root)
    with exclusive(paths.raw_dir(root), ".add.lock"):
        known = list_article_ids(directory)
        if article_id not in known:
            close = [i for i in known if article_id[:8] in i][:5]
            raise CorpusError(directory / f"{article_id}{ARTICLE_SUFFIX}", expected="the id of an article in the corpus",
                              found=f"no article {article_id!r}" + (f" (similar: {', '.join(close)})" if close else ""),
                              fix="copy the id from `python -m analysis review` or data/derived/articles.csv")
        record_path = paths.contained(directory, f"{article_id}{PROVENANCE_SUFFIX}")
        record = read_provenance(record_path)
        review_path = paths.review_file(root)
        review_text = review_path.read_text(encoding="utf-8") if review_path.exists() else ""
        spans = decision_lines(review_text, article_id)
        if spans and not drop_decisions:
            raise ReviewError(f"{review_path}:{spans[0][0] + 1}", expected=f"no review decision about {article_id}",
                              found=f"{len(spans)} decision(s) about it",
                              fix="add --drop-decisions to remove them with the article, or remove them by hand")
        files = [paths.contained(directory, f"{article_id}{ARTICLE_SUFFIX}"), record_path]
        if record.page_file:
            files.append(paths.contained(directory, record.page_file))
        kept = {path: path.read_bytes() for path in files}
        if spans:
            kept[review_path] = review_text.encode("utf-8")
            with AtomicOutputs() as out:
                out.stage_text(review_path, _without_lines(review_text, spans))
        for path in files:
            path.unlink()
        log.info("removed %s (%d file(s), %d review decision(s))", article_id, len(files), len(spans))
        try:
            build_derived(root)
        except BaseException:
            with AtomicOutputs() as out:             # put everything back: the corpus is as it was
                for path, data in kept.items():
                    out.stage_bytes(path, data)
            log.error("the rebuild failed; %s was restored", article_id)
            raise
    return Removed(article_id, files, len(spans))
