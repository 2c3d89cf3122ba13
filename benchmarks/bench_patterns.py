"""Where the extraction's pattern time goes: every compiled pattern it uses, timed where it is called.

The extraction's time is spread over a few hundred regular expressions (the rules' own patterns in
``analysis/extract/`` and the vocabularies compiled from ``analysis/data/``).  A new rule whose pattern
tries its words at every position of a window ("((?:[\\w-]+\\s+){0,2}[\\w-]*(?:units?|...))\\s+of\\s+...$"
searched over the 60 characters before every figure: 85 us a figure, a sixth of the build's extraction)
does not stand out in a profile of functions, but it does here: per pattern, the time spent in it per
text and per call, and its calls per text.

Two workloads, each read once as a warm-up and then timed (``--repeat`` passes, the least time of each counts): ``--articles`` synthetic articles (seed
articles varied, :mod:`analysis.synthetic`, as the build benchmark's corpus) through ``process_text``,
and the English paragraphs of ``benchmarks/data/dev_set.yaml`` through ``extract_claims`` (as
``bench_peers.py``).  Every pattern object in the extraction modules' globals and in what their caches hold
after the warm-up (patterns made once per vocabulary: ``clause_scope._MADE[_any_scoped_cue]``), in the vocabulary and
in its compiled attribution vocabulary is wrapped in a proxy that times ``search``, ``match``,
``fullmatch``, ``finditer`` (the whole iteration), ``sub``, ``split`` and ``findall``; the results are
checked equal to a run without proxies.  The proxies add their own cost (about 0.3 us a call), so read
the columns relative to each other.

    python benchmarks/bench_patterns.py [--articles 300] [--top 25] [--repeat 3]
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

import yaml  # noqa: E402

import analysis  # noqa: E402
import analysis.extract  # noqa: E402
from analysis.corpus import load_corpus  # noqa: E402
from analysis.extract.cues import compiled  # noqa: E402
from analysis.extract.drafts import ArticleInfo  # noqa: E402
from analysis.pipeline import parse_published_argument, process_text  # noqa: E402
from analysis.prescan import PrescannedPattern  # noqa: E402
from analysis.supersets import FilteredPattern  # noqa: E402
from analysis.synthetic import iter_variants  # noqa: E402
from analysis.vocabulary import default_vocabulary  # noqa: E402

PATTERN_TYPES = (re.Pattern, PrescannedPattern, FilteredPattern)
METHODS = ("search", "match", "fullmatch", "finditer", "sub", "split", "findall")
SPENT: dict[str, float] = collections.defaultdict(float)
CALLS: collections.Counter = collections.Counter()


class Timed:
    """A pattern whose calls are timed under its name."""

    __slots__ = ("_pattern", "_name")

    def __init__(self, pattern, name: str) -> None:
        self._pattern, self._name = pattern, name

    def __getattr__(self, attribute: str):
        return getattr(self._pattern, attribute)


def _timed_method(method: str):
    clock = time.perf_counter

    def call(self, *args, **kwargs):
        started = clock()
        try:
            found = getattr(self._pattern, method)(*args, **kwargs)
            return iter(list(found)) if method == "finditer" else found
        finally:
            SPENT[self._name] += clock() - started
            CALLS[self._name] += 1
    return call


for _method in METHODS:
    setattr(Timed, _method, _timed_method(_method))


def _wrap(value, name: str, seen: dict[int, Timed]):
    if isinstance(value, PATTERN_TYPES):
        return seen.setdefault(id(value), Timed(value, name))
    return value


def wrap_fields(owner, name: str, seen: dict[int, Timed], depth: int = 2) -> None:
    """Wrap the patterns among ``owner``'s fields (dataclasses and dicts inside it too, ``depth`` levels)."""
    fields = [f.name for f in dataclasses.fields(owner)] if dataclasses.is_dataclass(owner) else list(vars(owner))
    for field in fields:
        value = getattr(owner, field)
        if isinstance(value, PATTERN_TYPES):
            object.__setattr__(owner, field, _wrap(value, f"{name}.{field}", seen))
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, PATTERN_TYPES):
                    value[key] = _wrap(item, f"{name}.{field}[{key}]", seen)
                elif dataclasses.is_dataclass(item) and depth:
                    wrap_fields(item, f"{name}.{field}[{key}]", seen, depth - 1)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type) and depth:
            wrap_fields(value, f"{name}.{field}", seen, depth - 1)


def _wrapped(value, name: str, seen: dict[int, Timed], depth: int = 3):
    """``value`` with the patterns inside it wrapped: a pattern, or one in a tuple, list or dict, or an attribute of
    a plain object (what the modules make once per vocabulary and keep in a cache, e.g. one union of several cues)."""
    if isinstance(value, PATTERN_TYPES):
        return _wrap(value, name, seen)
    if depth == 0 or isinstance(value, (str, bytes, type)) or dataclasses.is_dataclass(value):
        return value
    if isinstance(value, (tuple, list)):
        return type(value)(_wrapped(item, name, seen, depth - 1) for item in value)
    if type(value) is dict:   # (a dict subclass is a word test called as dict.__getitem__: left as it is)
        return {key: _wrapped(item, f"{name}[{key}]", seen, depth - 1) for key, item in value.items()}
    if isinstance(value, dict):
        return value
    for attribute, item in list(getattr(value, "__dict__", {}).items()):
        setattr(value, attribute, _wrapped(item, f"{name}.{attribute.lstrip('_')}", seen, depth - 1))
    return value


def wrap_all(vocab) -> int:
    """Wrap every pattern of the extraction modules (their globals, and what their caches hold after a first read)
    and of ``vocab``; return how many."""
    seen: dict[int, Timed] = {}
    modules = [importlib.import_module(f"analysis.extract.{m.name}") for m in pkgutil.iter_modules(analysis.extract.__path__)]
    modules.append(importlib.import_module("analysis.text"))
    wrap_fields(vocab, "vocab", seen)
    wrap_fields(compiled(vocab), "compiled", seen)
    for module in modules:
        short = module.__name__.rpartition(".")[2]
        for attribute, value in list(vars(module).items()):
            if isinstance(value, PATTERN_TYPES):
                setattr(module, attribute, _wrap(value, f"{short}.{attribute}", seen))
            elif isinstance(value, dict) and attribute.startswith("_") and value:
                for key, item in list(value.items()):   # a cache: (id(vocab), what) -> (vocab, made) and the like
                    label = key[-1] if isinstance(key, tuple) else key
                    value[key] = _wrapped(item, f"{short}.{attribute}[{label}]", seen)
    return len(seen)


def workloads(n_articles: int) -> dict[str, tuple[int, object]]:
    """name -> (number of texts, a function that reads them all and returns what it found)."""
    seeds = load_corpus()
    articles = []
    for article_id, text, record in iter_variants(seeds, -(-n_articles // len(seeds))):
        published, precision = parse_published_argument(record["published"])
        articles.append((text, ArticleInfo(article_id, record["publisher"], published, precision, record["language"])))
    articles = articles[:n_articles]
    data = yaml.safe_load((HERE.parent / "data" / "dev_set.yaml").read_text(encoding="utf-8"))
    paragraphs = [(e["text"], str(e["published"])) for e in data["texts"] if e["language"] == "en"]
    return {
        "synthetic articles (process_text)": (len(articles), lambda: [process_text(t, info) for t, info in articles]),
        "English paragraphs (extract_claims)": (len(paragraphs), lambda: [
            analysis.extract_claims(t, published=p, language="en").rows() for t, p in paragraphs]),
    }


def markdown(name: str, count: int, cpu: float, spent: dict[str, float], calls: dict[str, int], top: int) -> str:
    lines = [f"{name}: {count} texts, {cpu / count * 1e3:.3f} ms a text with the proxies, "
             f"{sum(spent.values()) / count * 1e3:.3f} ms of it in patterns", "",
             "| pattern | us per text | calls per text | us per call |", "|---|---:|---:|---:|"]
    for pattern, seconds in sorted(spent.items(), key=lambda item: -item[1])[:top]:
        lines.append(f"| `{pattern}` | {seconds / count * 1e6:.1f} | {calls[pattern] / count:.2f} | "
                     f"{seconds / calls[pattern] * 1e6:.2f} |")
    return "\n".join(lines) + "\n"


def timed_passes(run, repeat: int) -> tuple[float, dict[str, float], dict[str, int]]:
    """The least CPU time of ``repeat`` passes, and each pattern's least time over them (other load on the
    machine only ever adds time), with its calls per pass."""
    cpu, spent = float("inf"), {}
    for _ in range(repeat):
        SPENT.clear()
        CALLS.clear()
        started = time.process_time()
        run()
        cpu = min(cpu, time.process_time() - started)
        spent = {name: min(seconds, spent.get(name, seconds)) for name, seconds in SPENT.items()}
    return cpu, spent, dict(CALLS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="synthetic articles read")
    parser.add_argument("--top", type=int, default=25, help="patterns listed per workload")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the least time counts")
    args = parser.parse_args(argv)
    vocab = default_vocabulary()
    loads = workloads(args.articles)
    expected = {name: run() for name, (_, run) in loads.items()}   # also the warm-up
    print(f"{wrap_all(vocab)} patterns timed\n")
    for name, (count, run) in loads.items():
        assert run() == expected[name], f"{name}: the proxies changed what was found"
        print(markdown(name, count, *timed_passes(run, args.repeat), args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
