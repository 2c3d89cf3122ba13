"""Compiled patterns kept between processes: a process starts without ``re`` parsing the vocabulary's patterns again.

A process that extracts compiles some 1,500 patterns of the vocabulary (each entry checked, the long unions with the
prefilter's tests in front, the mention patterns, the opening scans): about a third of its 2.7 s start is ``re``'s
parser and code generator (``benchmarks/results.md``, fifteenth speed round).  The code ``re`` writes for a pattern
depends only on the pattern's source, its flags and the Python version, so :func:`compile` keeps it, with the
pattern's groups, in the user's cache (``$XDG_CACHE_HOME/nk-claims/patterns.<python tag>-<sre magic>.pickle``, where
the rendering keeps its Vega bundle), and a later process builds the pattern from it with ``_sre.compile``, the call
with which ``re._compiler.compile`` ends after its parse: the same pattern, without the parse and the code generation.
Entries are never stale (a source's code is a function of the source); a file grown past :data:`MAX_BYTES` (patterns
edited many times over) is written again with only what the writing process used.  The file is read once, at the
first compile, and written at exit when the process compiled something new (whole, through a temporary file: a
reader never sees half a file; of two processes writing at once the last one's file stands, complete).

The pattern analysers (the prefilter's tests in front of a pattern, the opening scan's trie, RE2's superset, the
reach of lookbehinds) read a pattern's syntax tree again at every start, another fifth of it; their answers depend only
on the pattern's source and flags, the Python version and the analysers' own code.  :func:`derived` keeps them in the
same file, under the hash of the analysers' modules: an edit to any of them, or to this one, starts their answers
afresh.

Where this Python's ``re`` is not the one this was written for (no ``_sre.compile`` of that form, another code size)
or the file cannot be read or written, every pattern is compiled by ``re.compile`` as before.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import os
import pickle
import re
import sys
import tempfile
from array import array
from pathlib import Path
from re import (
    _compiler,  # noqa: PLC2701 - the code generator behind re.compile
    _parser,  # noqa: PLC2701
)

try:
    import _sre
    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _USABLE = _sre.CODESIZE == array("I").itemsize and hasattr(_compiler, "_code")
except (ImportError, AttributeError):      # pragma: no cover - another implementation of re
    _TAG, _USABLE = "", False

PATH = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nk-claims" / f"patterns.{_TAG}.pickle"
MAX_BYTES = 64 * 2**20     # code kept, at most: beyond it the file keeps only what its writer used
_PLAIN = ~(re.DEBUG | getattr(re, "TEMPLATE", 0))   # (re.TEMPLATE is gone from Python 3.13)
_RE_COMPILE = re.compile   # re's own, whatever :func:`module_patterns_kept` puts in its place for a while
ANALYSERS = ("prefilter.py", "prescan.py", "supersets.py", "regex_cache.py")   # the modules whose answers are kept

# (source, flags) -> (flags of the compiled pattern, code as bytes, groups, group index, index group)
_kept: dict[tuple[str, int], tuple] | None = None
_new: dict[tuple[str, int], tuple] = {}
_used: set[tuple[str, int]] = set()
# (analyser, source, flags) -> its answer, kept under the analysers' hash
_answers: dict[tuple[str, str, int], object] = {}
_new_answers: dict[tuple[str, str, int], object] = {}
_used_answers: set[tuple[str, str, int]] = set()


@functools.cache
def _analysers_hash() -> str:
    here = Path(__file__).resolve().parent
    return hashlib.sha256(b"".join((here / name).read_bytes() for name in ANALYSERS)).hexdigest()


def _load() -> dict:
    """The kept patterns (and, into ``_answers``, the analysers' answers when their code is the one that wrote them)."""
    try:
        with PATH.open("rb") as file:
            data = pickle.load(file)
        if data.get("tag") != _TAG:
            return {}
        if data.get("analysers") == _analysers_hash():
            _answers.update(data["answers"])
        return data["patterns"]
    except Exception:  # noqa: BLE001 - no file, a half-written one from an older version, any unreadable file
        return {}


def _ensure_loaded() -> None:
    global _kept
    if _kept is None:
        _kept = _load()
        atexit.register(save)


def _entry(source: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for a source (its steps, in its order)."""
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)  # noqa: SLF001
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | tree.state.flags, array("I", code).tobytes(), tree.state.groups - 1, groupindex, tuple(indexgroup))


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name and signature
    """``re.compile(source, flags)``, from the code kept by an earlier process where there is one (see the module)."""
    flags = int(flags)
    if not _USABLE or not isinstance(source, str) or flags & ~_PLAIN:
        return _RE_COMPILE(source, flags)
    _ensure_loaded()
    key = (source, flags)
    entry = _kept.get(key) or _new.get(key)
    if entry is None:
        entry = _new[key] = _entry(source, flags)      # raises re.error for a bad pattern, as re.compile does
    _used.add(key)
    pattern_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(source, pattern_flags, array("I", code).tolist(), groups, groupindex, indexgroup)


@contextlib.contextmanager
def module_patterns_kept(package: str):
    """Within the block, ``re.compile`` called from a module of ``package`` is :func:`compile`: the patterns the
    package's modules compile at import (some 350 in the rule modules, 0.09 s of re's parser at every start) are
    built from the kept code, without those modules naming this one.  Every other caller gets ``re.compile``."""
    def routed(source, flags=0):
        caller = sys._getframe(1).f_globals.get("__name__", "")   # noqa: SLF001
        if caller.startswith(package) and caller[len(package):len(package) + 1] in ("", "."):
            return compile(source, flags)
        return _RE_COMPILE(source, flags)

    re.compile = routed
    try:
        yield
    finally:
        re.compile = _RE_COMPILE


def derived(analyser):
    """``analyser(source, flags)`` (an answer of str, int, bool or None), its answers kept between processes (see the
    module; an exception is raised and not kept); an analyser outside :data:`ANALYSERS` cannot be kept."""
    name = f"{analyser.__module__}.{analyser.__qualname__}"
    if name.rsplit(".", 2)[-2] + ".py" not in ANALYSERS:
        raise ValueError(f"{name}: only the answers of {', '.join(ANALYSERS)} are kept under their hash")

    @functools.wraps(analyser)
    def kept(source: str, flags: int = 0):
        if not _USABLE:
            return analyser(source, flags)
        _ensure_loaded()
        key = (name, source, int(flags))
        _used_answers.add(key)
        try:
            return _answers[key]
        except KeyError:
            answer = _answers[key] = _new_answers[key] = analyser(source, flags)
            return answer
    return kept


def save() -> None:
    """Write the kept patterns and answers with this process's new ones (nothing when there are none, or the file
    cannot be written: a read-only install compiles at every start, as before)."""
    global _kept
    if not _new and not _new_answers:
        return
    patterns, answers = {**(_kept or {}), **_new}, _answers
    if sum(len(entry[1]) for entry in patterns.values()) > MAX_BYTES:
        patterns = {key: entry for key, entry in patterns.items() if key in _used}
        answers = {key: answer for key, answer in answers.items() if key in _used_answers}
    try:
        PATH.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=PATH.parent, prefix=PATH.name, suffix=".tmp", delete=False) as file:
            pickle.dump({"tag": _TAG, "patterns": patterns, "analysers": _analysers_hash(), "answers": answers}, file,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(file.name, PATH)
    except OSError:
        try:
            os.unlink(file.name)
        except (OSError, NameError):
            pass
    _kept = patterns
    _new.clear()
    _new_answers.clear()
