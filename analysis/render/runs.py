"""The runs: the parameter-set file (``notebooks/params.yaml``) -> a validated list of runs.

The file's shape is checked by pydantic models (:class:`ParameterSet`,
:class:`ParameterFile`); each parameter is then checked against the notebook's
cell tagged ``parameters`` (a known name, the type of its default).  Every error
names the file and line.  The YAML is read safely (plain data only) and a key given
twice is refused (:mod:`analysis.yamlfile`).  Accepted shapes::

    02-estimate-timeline:         # a notebook in notebooks/, without .ipynb
      - name: default             # the set's name: letters, digits, '-', '_'
        parameters: {}            # only what differs from the notebook's parameters cell
      - name: casualties
        parameters: {quantity: casualties, start_date: "2025-01-01"}
    04-coverage-audit:            # a mapping of name -> parameters is read too
      default: {}
"""

from __future__ import annotations

import ast
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, StringConstraints, ValidationError, field_validator, model_validator

from analysis import paths
from analysis.errors import ParameterError
from analysis.yamlfile import compose_yaml_text, load_yaml_file

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
PARAMS_FILE_FIX = "create it (see the docstring of analysis/render/runs.py) or pass --params"


@dataclass(frozen=True)
class Run:
    """One notebook with one parameter set."""

    notebook: str            # file name without .ipynb, e.g. "01-timeline"
    name: str                # the parameter set's name
    parameters: dict[str, Any] = field(hash=False)
    input_path: Path = field(hash=False)
    description: str = field(default="", hash=False, compare=False)  # the set in words, for the index page

    @property
    def label(self) -> str:
        return f"{self.notebook}/{self.name}"

    @property
    def parameters_text(self) -> str:
        """``(quantity='casualties', top_n=5)``, or ``(defaults)``."""
        return ("(" + ", ".join(f"{k}={v!r}" for k, v in self.parameters.items()) + ")" if self.parameters
                else "(defaults)")

    def output(self, out_dir: Path, suffix: str) -> Path:
        """``out_dir/<notebook>/<name><suffix>``, refusing anything that leaves ``out_dir``."""
        return paths.contained(out_dir, f"{self.notebook}/{self.name}{suffix}")


# -- the file's shape, checked by pydantic ----------------------------------------------------

SetName = Annotated[str, StringConstraints(pattern=NAME_PATTERN.pattern)]


class ParameterSet(BaseModel):
    """One parameter set: its name (a file name in reports/) and the parameters that differ from the defaults."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    name: SetName
    parameters: dict[str, Any] = Field(default_factory=dict)
    description: str = ""  # the set in words ("troop numbers published up to 2024"), shown on the index page

    @field_validator("parameters", mode="before")
    @classmethod
    def _none_is_no_parameters(cls, value: Any) -> Any:
        return {} if value is None else value


class ParameterFile(RootModel[dict[str, list[ParameterSet]]]):
    """notebook -> its parameter sets; a notebook's sets may also be written as a mapping name -> parameters."""

    root: dict[str, list[ParameterSet]] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _sets_as_lists(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        return {notebook: [{"name": name, "parameters": parameters} for name, parameters in entry.items()]
                if isinstance(entry, dict) else entry for notebook, entry in data.items()}


# What each part of the file should be, and how to fix it: (expected, fix).
_SHAPES = {
    "file": ("a mapping of notebook name -> list of parameter sets",
             "start each entry with the notebook's file name without .ipynb, e.g. '01-timeline:'"),
    "notebook": ("a list of parameter sets", "list the sets under the notebook, e.g. '- name: default' / 'parameters: {}'"),
    "set": ("a mapping with 'name', 'parameters' and optionally 'description'",
            "write it as '- name: <set name>' and 'parameters: {<name>: <value>, ...}'"),
    "name": ("a name of letters, digits, '-' and '_' (it becomes a file name in reports/)", "rename it, e.g. 'troops-2024'"),
    "parameters": ("a mapping of parameter -> value", "write e.g. 'parameters: {quantity: troops}'"),
}


def _shape_of(loc: tuple, error_type: str) -> str:
    """Which part of the file a pydantic error ``loc`` is about (a key of :data:`_SHAPES`)."""
    if len(loc) <= 1:
        return "file" if not loc else "notebook"
    if len(loc) == 2 or error_type in ("missing", "extra_forbidden") or loc[2] not in ("name", "parameters"):
        return "set"
    return str(loc[2])


def _found(error: dict) -> str:
    value = error.get("input")
    if value is None and error["loc"] == ():
        return "an empty file"
    if error["type"] in ("missing", "extra_forbidden"):
        return f"{error['msg'].lower()}: {error['loc'][-1]!r}" + (f" in {value!r}" if error["type"] == "missing" else "")
    return repr(value) if not isinstance(value, (dict, list)) or value else f"an empty {type(value).__name__}"


def line_of(text: str, loc: tuple) -> int | None:
    """1-based line of the part of the parameter file at ``loc`` (notebook, set index, field, parameter).

    A set written as ``name: parameters`` is the index-th pair of its notebook's mapping:
    its ``name`` is the key, its ``parameters`` the value.  The line of the deepest part found.
    """
    node: Any = compose_yaml_text(text)
    line = None
    for part in loc:
        if isinstance(node, tuple):  # (key, value) of a set written as 'name: parameters'
            node = node[0] if part == "name" else node[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        elif isinstance(node, yaml.MappingNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        elif isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
            continue
        else:
            break
        line = (node[0] if isinstance(node, tuple) else node).start_mark.line + 1
    return line


def _where(params_file: Path, text: str, loc: tuple) -> str:
    line = line_of(text, loc)
    return f"{params_file}:{line}" if line else str(params_file)


def read_parameter_file(params_file: Path) -> tuple[dict[str, list[ParameterSet]], str]:
    """The parameter-set file validated (:class:`ParameterFile`), and its text (for line numbers)."""
    data, text = load_yaml_file(params_file, ParameterError, fix_unreadable=PARAMS_FILE_FIX)
    try:
        return ParameterFile.model_validate(data).root, text
    except ValidationError as exc:
        errors = exc.errors()
        error = errors[0]
        loc = tuple(error["loc"])
        expected, fix = _SHAPES[_shape_of(loc, error["type"])]
        part = f": {loc[0]}" + (f", parameter set {loc[1] + 1}" if len(loc) > 1 else "") if loc else ""
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise ParameterError(f"{_where(params_file, text, loc)}{part}", expected=expected,
                             found=_found(error) + more, fix=fix) from None


# -- the runs ---------------------------------------------------------------------------------

def load_runs(params_file: Path | None = None, only: Iterable[str] | None = None,
              notebooks_dir: Path | None = None) -> list[Run]:
    """Every (notebook, parameter set) in ``params_file``, checked against the notebooks."""
    params_file = Path(params_file) if params_file else paths.notebooks_dir() / "params.yaml"
    notebooks_dir = Path(notebooks_dir) if notebooks_dir else params_file.parent
    data, text = read_parameter_file(params_file)
    where = str(params_file)
    wanted = {_notebook_stem(n) for n in only} if only else None
    if wanted is not None and (unknown := wanted - {_notebook_stem(str(n)) for n in data}):
        raise ParameterError(
            where, expected=f"--only to name notebooks listed there ({', '.join(sorted(map(str, data)))})",
            found=", ".join(sorted(unknown)), fix="check the spelling, or add the notebook to the file",
        )
    runs: list[Run] = []
    for key, sets in data.items():
        notebook = _notebook_stem(str(key))
        if wanted is None or notebook in wanted:
            runs += _notebook_runs(key, sets, notebooks_dir, lambda loc: _where(params_file, text, loc))
    if not runs:
        raise ParameterError(where, expected="at least one parameter set", found="none",
                             fix="add '- name: default' / 'parameters: {}' under a notebook")
    return runs


def _notebook_runs(key: str, sets: list[ParameterSet], notebooks_dir: Path, where) -> list[Run]:
    """The runs of one notebook's parameter sets; ``where(loc)`` is the file and line of a part of the file."""
    notebook = _notebook_stem(str(key))
    _check_name(notebook, f"{where((key,))}: notebook {key!r}")
    input_path = paths.contained(notebooks_dir, f"{notebook}.ipynb")
    if not input_path.is_file():
        raise ParameterError(
            f"{where((key,))}: notebook {key!r}", expected=f"a notebook {input_path}", found="no such file",
            fix=f"check the name against the notebooks in {notebooks_dir}",
        )
    defaults = notebook_parameters(input_path)
    names_seen: set[str] = set()
    runs = []
    for position, parameter_set in enumerate(sets):
        set_where = f"{where((key, position))}: {notebook}, parameter set {parameter_set.name!r}"
        if parameter_set.name in names_seen:
            raise ParameterError(set_where, expected="each set name once per notebook",
                                 found="it twice", fix="rename one of them")
        names_seen.add(parameter_set.name)
        for parameter, value in parameter_set.parameters.items():
            check_parameter(parameter, value, defaults,
                            f"{where((key, position, 'parameters', parameter))}: {notebook}, parameter set "
                            f"{parameter_set.name!r}, parameter {parameter!r}")
        runs.append(Run(notebook, parameter_set.name, dict(parameter_set.parameters), input_path,
                        parameter_set.description))
    return runs


def _notebook_stem(name: str) -> str:
    return name[: -len(".ipynb")] if name.endswith(".ipynb") else name


def _check_name(name: Any, where: str) -> None:
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        raise ParameterError(
            where, expected="a name of letters, digits, '-' and '_' (it becomes a file name in reports/)",
            found=repr(name), fix="rename it, e.g. 'troops-2024'",
        )


def notebook_parameters(notebook_path: Path) -> dict[str, Any]:
    """The defaults in the notebook's cell tagged ``parameters`` (literals only)."""
    nb = json.loads(notebook_path.read_text(encoding="utf-8"))
    cells = [c for c in nb.get("cells", []) if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        return {}
    source = "".join(cells[0]["source"]) if isinstance(cells[0]["source"], list) else cells[0]["source"]
    defaults: dict[str, Any] = {}
    for statement in ast.parse(source).body:
        target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
            else getattr(statement, "target", None)
        value = getattr(statement, "value", None)
        if not isinstance(target, ast.Name) or value is None:
            raise ParameterError(
                f"{notebook_path}, cell tagged 'parameters', line {statement.lineno}",
                expected="only 'name = literal' lines", found=ast.unparse(statement),
                fix="keep the parameters cell to plain assignments of literals",
            )
        try:
            defaults[target.id] = ast.literal_eval(value)
        except ValueError:
            raise ParameterError(
                f"{notebook_path}, cell tagged 'parameters', line {statement.lineno}",
                expected="a literal default (string, number, True/False, None, list, dict)",
                found=ast.unparse(value), fix="compute derived values in a later cell",
            ) from None
    return defaults


def _is_plain(value: Any) -> bool:
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_is_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_plain(v) for k, v in value.items())
    return False


def check_parameter(name: Any, value: Any, defaults: dict[str, Any], where: str) -> None:
    """Refuse an unknown parameter or a value whose type differs from the notebook's default."""
    if name not in defaults:
        known = ", ".join(sorted(defaults)) or "none (the notebook has no cell tagged 'parameters')"
        raise ParameterError(where, expected=f"one of the notebook's parameters: {known}",
                             found=repr(name), fix="use one of those names, or add it to the notebook's parameters cell")
    if not _is_plain(value):
        hint = " (YAML reads an unquoted date as a date)" if hasattr(value, "isoformat") else ""
        raise ParameterError(
            where, expected="a string, a finite number, true/false, null, or a list/mapping of those",
            found=f"{value!r} of type {type(value).__name__}{hint}", fix="quote the value to make it a string",
        )
    default = defaults[name]
    same = type(value) is type(default) or default is None or (type(default) is float and type(value) is int)
    if not same:
        raise ParameterError(
            where, expected=f"a {type(default).__name__} like the notebook's default {default!r}",
            found=f"{value!r} ({type(value).__name__})",
            fix="quote strings (\"...\"), write numbers without quotes, use true/false for flags",
        )


@dataclass
class RunResult:
    """What one run of a notebook with one parameter set produced."""

    run: Run
    ok: bool
    seconds: float
    outputs: list[Path] = field(default_factory=list)
    failure: str = ""                  # "cell 5 (In [4]: `x = ...`): ZeroDivisionError: ..."
    failed_notebook: Path | None = None
    export_seconds: float = 0.0        # of ``seconds``: HTML page, PNG and SVG files
    started_at: float = 0.0            # time.time() when the worker began the run
