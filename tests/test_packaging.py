"""pyproject.toml and environment.yml name the same packages; the two commands exist."""

from __future__ import annotations

import re
import tomllib

import yaml

from analysis import paths

ROOT = paths.repo_root()
# PyPI name -> conda-forge name, where they differ.
CONDA_NAMES = {"pandera[polars]": "pandera-polars"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ ;]", requirement, maxsplit=1)[0].strip().lower()


def test_environment_yml_names_the_same_packages_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pypi = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        pypi |= {_name(r) for r in extra}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    assert {CONDA_NAMES.get(p, p) for p in pypi} == conda


def test_lower_bounds_on_every_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    assert all(">=" in r for r in requirements), [r for r in requirements if ">=" not in r]


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in readme and "make report" in readme
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^test:", makefile, re.M) and re.search(r"^report:", makefile, re.M)


def test_render_environment_has_no_slow_grammar_import():
    """rfc3987-syntax compiles a grammar on import (~1.1 s in every notebook run): keep it out."""
    import importlib.util

    assert importlib.util.find_spec("rfc3987_syntax") is None


def test_every_package_the_code_imports_is_declared():
    import ast
    import importlib.metadata
    import sys

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {_name(r).split("[")[0] for r in project["dependencies"]}
    declared |= {_name(r).split("[")[0] for r in project["optional-dependencies"]["dask"]}
    distributions = importlib.metadata.packages_distributions()
    undeclared = set()
    for path in (ROOT / "analysis").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top in ("analysis", "__future__", ""):
                    continue
                names = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
                if not names & {d.replace("_", "-") for d in declared}:
                    undeclared.add(f"{top} ({path.relative_to(ROOT)})")
    assert not undeclared, f"imported but not declared in pyproject.toml: {sorted(undeclared)}"


def _make_lab_dry_run(directory, *, lab_installed: bool) -> str:
    """What ``make -n lab`` would run in a copy of the Makefile whose venv is already installed."""
    import os
    import shutil
    import subprocess
    import time

    (directory / ".venv" / "bin").mkdir(parents=True)
    for name in ("Makefile", "pyproject.toml"):
        shutil.copyfile(ROOT / name, directory / name)
    later = time.time() + 10
    stamps = [".venv/.installed", ".venv/.lab-installed"] if lab_installed else [".venv/.installed"]
    for stamp in stamps:
        (directory / stamp).touch()
        os.utime(directory / stamp, (later, later))
    # under `make test` the outer make's MAKEFLAGS/MAKELEVEL would make this one print "Entering directory"
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    return subprocess.run(["make", "--no-print-directory", "-n", "lab"], cwd=directory, capture_output=True, text=True,
                          check=True, env=env).stdout


def test_make_lab_installs_once_binds_to_loopback_and_starts_as_root(tmp_path):
    import os

    first = _make_lab_dry_run(tmp_path / "fresh", lab_installed=False)
    assert 'pip install --quiet -e ".[test,lab]"' in first and "touch .venv/.lab-installed" in first
    again = _make_lab_dry_run(tmp_path / "installed", lab_installed=True)
    assert "pip" not in again                     # no package index needed on a second start
    command = again.strip().splitlines()[-1]
    assert command.startswith(".venv/bin/jupyter lab --ip=127.0.0.1 ") and command.endswith(" notebooks/")
    assert ("--allow-root" in command) == (os.getuid() == 0)
