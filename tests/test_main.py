"""The command line (analysis.__main__): the build's engine arguments."""

from __future__ import annotations

import argparse

import pytest

from analysis import paths
from analysis.__main__ import add_engine_arguments, build_from_cli
from analysis.errors import ParameterError


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-review", action="store_true")
    add_engine_arguments(parser)
    return parser.parse_args(argv)


def test_engine_arguments():
    args = _parse("--engine", "dask", "--scheduler", "tcp://10.0.0.5:8786", "--batch-size", "20")
    assert (args.engine, args.scheduler, args.batch_size) == ("dask", "tcp://10.0.0.5:8786", 20)
    assert (_parse().engine, _parse().scheduler, _parse().batch_size) == ("local", None, 500)
    for bad in (["--batch-size", "0"], ["--batch-size", "x"], ["--engine", "spark"]):
        with pytest.raises(SystemExit):
            _parse(*bad)
    with pytest.raises(ParameterError, match="--engine dask"):
        build_from_cli(_parse("--scheduler", "tcp://10.0.0.5:8786"))


def test_review_without_built_tables_says_to_build(tmp_path, monkeypatch, capsys):
    from analysis.__main__ import main

    monkeypatch.setenv("ANALYSIS_ROOT", str(tmp_path))
    assert main(["review"]) == 2
    assert "run `python -m analysis build`" in capsys.readouterr().err


def test_review_into_a_closed_pipe_ends_quietly(tmp_path):
    import shutil
    import subprocess
    import sys

    from analysis import paths

    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    env = {"ANALYSIS_ROOT": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "analysis", "-q", "build", "--no-review"], env=env, check=True)
    review = subprocess.Popen([sys.executable, "-m", "analysis", "review"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    review.stdout.readline()
    review.stdout.close()                      # what `| head -1` does
    assert review.wait(timeout=60) == 0
    assert b"Traceback" not in review.stderr.read()


# -- add, review, remove from the command line ---------------------------------------------------

def _run(monkeypatch, capsys, root, *argv: str) -> tuple[int, str, str]:
    from analysis.__main__ import main

    monkeypatch.setenv("ANALYSIS_ROOT", str(root))
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_debug_is_accepted_after_the_command(tmp_path, monkeypatch, capsys):
    from analysis.errors import DerivedDataError

    assert _run(monkeypatch, capsys, tmp_path, "review")[0] == 2          # without: one line, status 2
    with pytest.raises(DerivedDataError):                                 # with, anywhere: the traceback
        _run(monkeypatch, capsys, tmp_path, "review", "--debug")
    with pytest.raises(DerivedDataError):
        _run(monkeypatch, capsys, tmp_path, "--debug", "review")


@pytest.mark.parametrize(("argv", "example"), [
    pytest.param([], "python -m analysis add saved/page.html", id="main"),
    pytest.param(["add"], "python -m analysis add inbox/", id="add"),
    pytest.param(["review"], "python -m analysis review --source unresolved", id="review"),
    pytest.param(["remove"], "python -m analysis remove tagesblick-2025-02-03 --drop-decisions", id="remove"),
])
def test_help_shows_examples(argv, example, capsys):
    from analysis.__main__ import main

    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    assert example in capsys.readouterr().out


def test_add_many_prints_a_summary(project, tmp_path, monkeypatch, capsys):
    from tests.page_server import PAGES

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("news-article-de.html", "wire-story-en.html", "other-language-fr.html"):
        (inbox / name).write_bytes((PAGES / name).read_bytes())
    status, out, err = _run(monkeypatch, capsys, project, "-q", "add", str(inbox))
    assert status == 2
    assert f"Added {paths.articles_dir(project) / 'tagesblick-2025-02-03.txt'} with tagesblick-2025-02-03.provenance.yaml: " \
           "2 claim(s)" in out
    assert "global-wire-2025-02-06.txt" in out
    assert f"Failed: {inbox / 'other-language-fr.html'}: expected an article in German or English (de, en)" in err
    assert "\n2 added, 0 duplicate(s) skipped, 1 failed; 1 rebuild(s).\n" in out
    status, out, _ = _run(monkeypatch, capsys, project, "-q", "add", str(inbox / "wire-story-en.html"))
    assert status == 0
    assert out.startswith(f"Skipped {inbox / 'wire-story-en.html'}: the same text as global-wire-2025-02-06, already "
                          "in the corpus.\n\n0 added, 1 duplicate(s) skipped, 0 failed; 0 rebuild(s).")


def test_review_filters_and_pasted_entries_close_items(project, monkeypatch, capsys):
    from tests.page_server import PAGES

    _run(monkeypatch, capsys, project, "-q", "add", str(PAGES / "news-article-de.html"))
    status, out, _ = _run(monkeypatch, capsys, project, "review", "--article", "tagesblick-2025-02-03")
    assert status == 0 and "== tagesblick-2025-02-03" in out and "== kettner" not in out
    assert ">>zwischen 3.000 und 5.000<<" in out and ": 3,000–5,000 | troops_deployed" in out and "≥ 1,200" in out
    entries = [line for line in out.splitlines() if line.startswith("  - {article_id:")]   # pasted as printed
    assert len(entries) == 2 and "\n2 claim(s) and 0 amount(s) open.\n" in out
    status, out, _ = _run(monkeypatch, capsys, project, "review", "--article", "tagesblick-2025-02-03",
                          "--quantity", "casualties")
    assert "'Mindestens 1.200'" in out and "'zwischen 3.000 und 5.000'" not in out
    status, out, _ = _run(monkeypatch, capsys, project, "review", "--article", "tagesblick-2025-02-03",
                          "--source", "unresolved")
    assert out == "Nothing open for this filter.\n"
    review = paths.review_file(project)
    review.write_text(review.read_text(encoding="utf-8") + "".join(f"{e}\n" for e in entries), encoding="utf-8")
    _run(monkeypatch, capsys, project, "-q", "build")
    status, out, _ = _run(monkeypatch, capsys, project, "review", "--article", "tagesblick-2025-02-03")
    assert out == "Nothing open for this filter.\n"


def test_remove_from_the_command_line(project, monkeypatch, capsys):
    status, _, err = _run(monkeypatch, capsys, project, "remove", "kettner-edelmetalle-2025-04-28")
    assert status == 2 and "found 2 decision(s) about it. How to fix: add --drop-decisions" in err
    status, out, _ = _run(monkeypatch, capsys, project, "-q", "remove", "kettner-edelmetalle-2025-04-28", "--drop-decisions")
    assert status == 0 and out == ("Removed kettner-edelmetalle-2025-04-28: kettner-edelmetalle-2025-04-28.txt, "
                                   "kettner-edelmetalle-2025-04-28.provenance.yaml and 2 review decision(s); "
                                   "data/derived/ rebuilt.\n")
