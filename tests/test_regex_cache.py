"""Patterns built from the kept code are the patterns re.compile builds; kept analyser answers are the analysers' own."""

from __future__ import annotations

import pickle
import re

import pytest

from analysis import prefilter, prescan, regex_cache, supersets

SOURCES = [
    (r"\b(?:Soldaten|troops)\b", re.IGNORECASE),
    (r"(?P<number>\d{1,3}(?:[.,]\d{3})*)\s+(?P<noun>\w+)", 0),
    (r"(?<![\w-])(?:rund|etwa|about)\s+$", re.IGNORECASE | re.MULTILINE),
    (r"(?x) a  b  # verbose", 0),
    ("ſoldiers|İstanbul|ΣΟΣ", re.IGNORECASE),
]
TEXTS = ["rund 12.000 Soldaten", "About 1,500 troops ", "SOLDIERS in İstanbul, σος", "ab", "", "x about"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module as a new process finds it, its file under ``tmp_path``."""
    def reset():
        monkeypatch.setattr(regex_cache, "_kept", None)
        monkeypatch.setattr(regex_cache, "_new", {})
        monkeypatch.setattr(regex_cache, "_used", set())
        monkeypatch.setattr(regex_cache, "_answers", {})
        monkeypatch.setattr(regex_cache, "_new_answers", {})
        monkeypatch.setattr(regex_cache, "_used_answers", set())
    monkeypatch.setattr(regex_cache, "PATH", tmp_path / "nk-claims" / "patterns.pickle")
    monkeypatch.setattr(regex_cache.atexit, "register", lambda _function: None)
    reset()
    return reset


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]
        assert [(m and m.span()) for m in (a.match(text), a.fullmatch(text))] == \
            [(m and m.span()) for m in (b.match(text), b.fullmatch(text))]


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_compiled_fresh_and_from_the_file_as_re_compiles(fresh, source, flags):
    first = regex_cache.compile(source, flags)
    _same(first, re.compile(source, flags))
    regex_cache.save()
    assert regex_cache.PATH.is_file()
    fresh()
    again = regex_cache.compile(source, flags)
    assert (source, int(flags)) in regex_cache._kept and not regex_cache._new
    _same(again, re.compile(source, flags))


@pytest.mark.usefixtures("fresh")
def test_a_bad_pattern_raises_as_re_compile_does():
    with pytest.raises(re.error, match="missing"):
        regex_cache.compile("(?:unclosed", 0)
    with pytest.raises(re.error, match="look-behind requires fixed-width pattern"):
        regex_cache.compile(r"(?<=a+)b", 0)


@pytest.mark.usefixtures("fresh")
def test_debug_and_byte_patterns_go_to_re():
    assert regex_cache.compile(b"ab").pattern == b"ab"
    assert not regex_cache._new


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps({"tag": "another python", "patterns": {1: 2}})])
def test_an_unreadable_or_foreign_file_is_ignored(fresh, content):
    regex_cache.PATH.parent.mkdir(parents=True)
    regex_cache.PATH.write_bytes(content)
    _same(regex_cache.compile(*SOURCES[0]), re.compile(*SOURCES[0]))
    regex_cache.save()
    fresh()
    regex_cache.compile(*SOURCES[0])
    assert not regex_cache._new                                      # the file was written again, whole


def test_a_file_grown_too_large_keeps_only_what_its_writer_used(fresh, monkeypatch):
    for source, flags in SOURCES:
        regex_cache.compile(source, flags)
    regex_cache.save()
    fresh()
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 0)
    regex_cache.compile(*SOURCES[0])
    regex_cache.compile(r"\bneu\b")                                 # something new: the file is written
    regex_cache.save()
    fresh()
    regex_cache._ensure_loaded()
    assert set(regex_cache._kept) == {(SOURCES[0][0], int(SOURCES[0][1])), (r"\bneu\b", 0)}


@pytest.mark.usefixtures("fresh")
def test_an_unwritable_place_compiles_as_before(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setattr(regex_cache, "PATH", tmp_path / "file" / "patterns.pickle")   # under a file: no directory
    _same(regex_cache.compile(*SOURCES[1]), re.compile(*SOURCES[1]))
    regex_cache.save()
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_answers_are_kept_under_the_analysers_hash(fresh, monkeypatch):
    source, flags = r"\b(?:laut|zufolge|sagte|according to)\b", re.IGNORECASE
    answer = prefilter.prefiltered_source(source, flags)
    assert regex_cache._new_answers
    regex_cache.save()
    fresh()
    assert prefilter.prefiltered_source(source, flags) == answer and not regex_cache._new_answers
    fresh()
    monkeypatch.setattr(regex_cache, "_analysers_hash", lambda: "another analyser")
    assert prefilter.prefiltered_source(source, flags) == answer and regex_cache._new_answers   # read afresh


def test_only_the_analysers_modules_are_kept():
    with pytest.raises(ValueError, match="only the answers of"):
        regex_cache.derived(lambda source, _flags: source)


def test_every_kept_pattern_and_answer_is_what_re_and_the_analysers_give_now():
    """What a real process read from the file or wrote (the vocabulary loaded and searched): each pattern's code as
    re's code generator writes it now, each answer as its analyser gives it (every third of each, in a fixed order:
    all of them take as long as the start the file spares)."""
    from analysis import extract_claims
    extract_claims("Nordkorea hat rund 12.000 Soldaten nach Russland geschickt, sagte der Geheimdienst.",
                   published="2024-11-01", language="de")
    regex_cache._ensure_loaded()
    patterns = {key: entry for key, entry in {**regex_cache._kept, **regex_cache._new}.items() if key in regex_cache._used}
    assert len(patterns) > 100
    for source, flags in sorted(patterns)[::3]:
        entry = patterns[source, flags]
        assert entry == regex_cache._entry(source, flags), source[:80]
    analysers = {"prefilter.prefiltered_source": prefilter.prefiltered_source.__wrapped__,
                 "prefilter._lookbehind_reach": prefilter._lookbehind_reach.__wrapped__,
                 "prescan.opening_scan_source": prescan.opening_scan_source.__wrapped__,
                 "supersets.superset_source": supersets.superset_source.__wrapped__}
    answers = {key: answer for key, answer in regex_cache._answers.items() if key in regex_cache._used_answers}
    assert answers
    for name, source, flags in sorted(answers)[::3]:
        answer = answers[name, source, flags]
        assert analysers[name.removeprefix("analysis.")](source, flags) == answer, (name, source[:80])


@pytest.mark.usefixtures("fresh")
def test_module_patterns_kept_routes_only_the_package_and_restores_re():
    plain = re.compile
    package = {"__name__": "analysis.extract.some_rules", "re": re}
    other = {"__name__": "analysis_elsewhere", "re": re}
    with regex_cache.module_patterns_kept("analysis"):
        for source, flags in SOURCES:
            _same(eval("re.compile(source, flags)", package, {"source": source, "flags": flags}), plain(source, flags))
        assert eval("re.compile('x+y', re.I)", other) is plain("x+y", re.I)   # re's own (and its cache)
    assert re.compile is plain
    assert {key for key in regex_cache._new} == {(source, int(flags)) for source, flags in SOURCES}
    with pytest.raises(re.error), regex_cache.module_patterns_kept("analysis"):
        eval("re.compile('(')", package)
    assert re.compile is plain
