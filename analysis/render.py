"""Run every notebook with every parameter set into ``reports/``.

``python -m analysis render`` reads the parameter-set file (``notebooks/params.yaml``)::

    02-estimate-timeline:         # a notebook in notebooks/, without .ipynb
      - name: default             # the set's name: letters, digits, '-', '_'
        parameters: {}            # only what differs from the notebook's parameters cell
      - name: casualties
        parameters: {quantity: casualties, start_date: "2025-01-01"}
    04-coverage-audit:            # a mapping of name -> parameters is read too
      default: {}

and writes, for each run, ``reports/<notebook>/<name>.ipynb`` (executed by papermill),
``<name>.html`` (one offline page: vega, vega-lite and vega-embed inlined once, every
chart interactive, no network request) and ``<name>.chart-<n>.png`` / ``.svg`` for every
chart, then ``reports/index.html`` linking them all.

Runs go to a pool of worker processes (one per core).  Each worker imports papermill,
nbconvert and vl-convert once and runs papermill in-process, so a run costs one kernel
start plus the notebook's own work; the HTML page and the PNG/SVG files are made in the
same worker from the executed notebook, without re-running anything (the PNG from the
SVG, the vega bundle built once and cached).  The kernel is stopped as soon as the last
cell is done and the notebook is written once, at the end.  Workers' and kernels' own
output goes to ``reports/.render.log``; the terminal shows a progress bar and one line
per run.  (As with any multiprocessing code, a script calling :func:`render_notebooks`
needs the ``if __name__ == "__main__":`` guard.)

Every run's files are staged and renamed into place together only when all of them were
written (:class:`analysis.storage.AtomicOutputs`): a failed or interrupted run leaves the
previous finished report untouched.  A failed run's executed notebook goes to
``<name>.failed.ipynb`` instead, the other runs still finish, and :class:`RenderError`
names the notebook, the parameter set and the failing cell with its error.

Parameters are checked against the notebook's ``parameters`` cell before anything runs
(known name, same type as the default); they are injected by papermill as literals and
never evaluated.  The YAML file is read safely (plain data only) and a key given twice is refused.
"""

from __future__ import annotations

import ast
import contextlib
import glob
import json
import logging
import math
import os
import re
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import paths
from .errors import ParameterError, RenderError
from .storage import AtomicOutputs, exclusive
from .yamlfile import load_yaml_file

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
REPORT_TEMPLATE = TEMPLATES_DIR / "report.html.j2"
INDEX_TEMPLATE = TEMPLATES_DIR / "index.html.j2"

# The chart output the notebooks emit (analysis.charts.enable_notebook_renderer).  JupyterLab 4
# draws it natively; nbformat accepts it (altair 6's own "...v6.json" is rejected).
CHART_MIMETYPE_PATTERN = re.compile(r"^application/vnd\.vegalite\.v\d+\+json$")
CHART_MIMETYPES = ("application/vnd.vegalite.v5+json", "application/vnd.vegalite.v6+json")
# What the HTML page shows for an output, best first.  JavaScript and widget outputs are
# not in the list: they are shown as their text/plain form, never run.
DISPLAY_PRIORITY = [*CHART_MIMETYPES, "text/html", "text/markdown", "image/svg+xml",
                    "image/png", "image/jpeg", "text/plain"]

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
PNG_SCALE = 2
KERNEL_START_TIMEOUT_S = 120
CELL_TIMEOUT_S = 1800


# ---------------------------------------------------------------------------------------
# The runs: parameter-set file -> validated list of runs
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One notebook with one parameter set."""

    notebook: str            # file name without .ipynb, e.g. "01-timeline"
    name: str                # the parameter set's name
    parameters: dict[str, Any] = field(hash=False)
    input_path: Path = field(hash=False)

    @property
    def label(self) -> str:
        return f"{self.notebook}/{self.name}"

    def output(self, out_dir: Path, suffix: str) -> Path:
        """``out_dir/<notebook>/<name><suffix>``, refusing anything that leaves ``out_dir``."""
        return paths.contained(out_dir, f"{self.notebook}/{self.name}{suffix}")


def read_parameter_file(params_file: Path) -> dict[str, Any]:
    """The parameter-set file as a mapping (safe YAML: plain data only, no tags)."""
    data, _ = load_yaml_file(params_file, ParameterError,
                             fix_unreadable="create it (see the docstring of analysis/render.py) or pass --params")
    if not isinstance(data, dict) or not data:
        raise ParameterError(
            params_file, expected="a mapping of notebook name -> list of parameter sets",
            found=type(data).__name__ if data is not None else "an empty file",
            fix="start each entry with the notebook's file name without .ipynb, e.g. '01-timeline:'",
        )
    return data


def _parameter_sets(notebook: str, entry: Any, where: str) -> list[tuple[str, Any]]:
    """``[(name, parameters)]`` from either accepted shape of a notebook's entry."""
    if isinstance(entry, dict):
        return list(entry.items())
    if isinstance(entry, list):
        sets = []
        for position, item in enumerate(entry, 1):
            if not isinstance(item, dict) or "name" not in item or set(item) - {"name", "parameters"}:
                raise ParameterError(
                    f"{where}: {notebook}, parameter set {position}",
                    expected="a mapping with 'name' and 'parameters'", found=repr(item),
                    fix="write it as '- name: <set name>' and 'parameters: {<name>: <value>, ...}'",
                )
            sets.append((item["name"], item.get("parameters") or {}))
        return sets
    raise ParameterError(
        f"{where}: {notebook}", expected="a list of parameter sets", found=repr(entry),
        fix="list the sets under the notebook, e.g. '- name: default' / 'parameters: {}'",
    )


def load_runs(params_file: Path | None = None, only: Iterable[str] | None = None,
              notebooks_dir: Path | None = None) -> list[Run]:
    """Every (notebook, parameter set) in ``params_file``, checked against the notebooks."""
    params_file = Path(params_file) if params_file else paths.notebooks_dir() / "params.yaml"
    notebooks_dir = Path(notebooks_dir) if notebooks_dir else params_file.parent
    data = read_parameter_file(params_file)
    where = str(params_file)
    wanted = {_notebook_stem(n) for n in only} if only else None
    if wanted is not None and (unknown := wanted - {_notebook_stem(str(n)) for n in data}):
        raise ParameterError(
            where, expected=f"--only to name notebooks listed there ({', '.join(sorted(map(str, data)))})",
            found=", ".join(sorted(unknown)), fix="check the spelling, or add the notebook to the file",
        )
    runs: list[Run] = []
    for key, entry in data.items():
        notebook = _notebook_stem(str(key))
        if wanted is not None and notebook not in wanted:
            continue
        _check_name(notebook, f"{where}: notebook {key!r}")
        input_path = paths.contained(notebooks_dir, f"{notebook}.ipynb")
        if not input_path.is_file():
            raise ParameterError(
                f"{where}: notebook {key!r}", expected=f"a notebook {input_path}", found="no such file",
                fix=f"check the name against the notebooks in {notebooks_dir}",
            )
        defaults = notebook_parameters(input_path)
        names_seen: set[str] = set()
        for name, parameters in _parameter_sets(notebook, entry, where):
            set_where = f"{where}: {notebook}, parameter set {name!r}"
            _check_name(name, set_where)
            if name in names_seen:
                raise ParameterError(set_where, expected="each set name once per notebook",
                                     found="it twice", fix="rename one of them")
            names_seen.add(name)
            if not isinstance(parameters, dict):
                raise ParameterError(set_where, expected="a mapping of parameter -> value",
                                     found=repr(parameters), fix="write e.g. 'parameters: {quantity: troops}'")
            for parameter, value in parameters.items():
                check_parameter(parameter, value, defaults, f"{set_where}, parameter {parameter!r}")
            runs.append(Run(notebook, str(name), dict(parameters), input_path))
    if not runs:
        raise ParameterError(where, expected="at least one parameter set", found="none",
                             fix="add '- name: default' / 'parameters: {}' under a notebook")
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


# ---------------------------------------------------------------------------------------
# One run, in a worker process
# ---------------------------------------------------------------------------------------


@dataclass
class RunResult:
    run: Run
    ok: bool
    seconds: float
    outputs: list[Path] = field(default_factory=list)
    failure: str = ""                  # "cell 5 (In [4]: `x = ...`): ZeroDivisionError: ..."
    failed_notebook: Path | None = None
    export_seconds: float = 0.0        # of ``seconds``: HTML page, PNG and SVG files
    started_at: float = 0.0            # time.time() when the worker began the run


_ANSI = re.compile("\x1b\\[(K|.*?m)")


def execute_run(run: Run, out_dir: Path) -> RunResult:
    """Execute one run with papermill (in this process) and write its report files atomically."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started, started_at = time.monotonic(), time.time()
    with tempfile.TemporaryDirectory(prefix="nk-render-") as tmp:
        executed = Path(tmp) / "executed.ipynb"
        try:
            nb = papermill.execute_notebook(
                str(run.input_path), str(executed), parameters=run.parameters or None,
                cwd=str(run.input_path.parent), progress_bar=False, log_output=False,
                kernel_manager_class=_ipc_kernel_manager(Path(tmp) / "kernel"),
                start_timeout=KERNEL_START_TIMEOUT_S, execution_timeout=CELL_TIMEOUT_S,
                # Every output has arrived when the last cell is done: stop the kernel at once
                # instead of waiting ~0.4 s for it to shut itself down.
                shutdown_kernel="immediate",
                # Write the notebook once at the end, not after every cell (~0.2 s of CPU a run).
                request_save_on_cell_execute=False,
            )
        except PapermillExecutionError as exc:
            failed = nbformat.read(executed, as_version=4) if executed.exists() else None
            return _failed(run, out_dir, started, _describe_cell_error(run, exc), failed)
        except Exception as exc:  # kernel did not start, died, timed out, ...
            message = _ANSI.sub("", str(exc)).strip().splitlines()
            return _failed(run, out_dir, started, f"{type(exc).__name__}: {message[-1] if message else ''}", None)

    executed_at = time.monotonic()
    nb.metadata.setdefault("papermill", {})["output_path"] = f"{run.notebook}/{run.name}.ipynb"
    nb.metadata["papermill"]["input_path"] = f"notebooks/{run.input_path.name}"
    staged = AtomicOutputs()
    try:
        _stage(staged, run.output(out_dir, ".ipynb"), nbformat.writes(nb))
        _stage(staged, run.output(out_dir, ".html"), notebook_to_html(nb, title=f"{run.notebook} — {run.name}"))
        for number, spec in enumerate(chart_specs(nb), 1):
            svg = chart_to_svg(spec)
            _stage(staged, run.output(out_dir, f".chart-{number}.svg"), svg)
            _stage(staged, run.output(out_dir, f".chart-{number}.png"), svg_to_png(svg))
    except BaseException as exc:
        staged.discard()
        if not isinstance(exc, Exception):
            raise
        return _failed(run, out_dir, started, f"exporting the report failed: {type(exc).__name__}: {exc}", nb)
    outputs = staged.commit()
    _remove_stale(run, out_dir, keep=set(outputs))
    finished = time.monotonic()
    return RunResult(run, ok=True, seconds=finished - started, outputs=outputs,
                     export_seconds=finished - executed_at, started_at=started_at)


def _ipc_kernel_manager(socket_prefix: Path) -> type:
    """A kernel manager whose kernel talks over Unix sockets named ``socket_prefix-<n>``.

    With TCP, jupyter_client picks free ports, releases them and the kernel binds them a
    moment later; with many kernels starting at once (parallel runs, other test sessions)
    another process can take a port in between and the kernel dies.  Socket files in the
    run's private temporary directory cannot collide.
    """
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.transport = "ipc"
            self.ip = str(socket_prefix)

    return IPCKernelManager


def _stage(staged: AtomicOutputs, target: Path, data: str | bytes) -> None:
    """Stage ``data`` for ``target``, readable like any file this user creates (mkstemp makes 0600)."""
    mask = os.umask(0)
    os.umask(mask)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        tmp.chmod(0o666 & ~mask)

    staged.stage(target, write)


def _failed(run: Run, out_dir: Path, started: float, failure: str, nb: Any) -> RunResult:
    """Keep the failed run's notebook beside (never in place of) the finished report."""
    failed_path = None
    if nb is not None:
        import nbformat

        failed_path = run.output(out_dir, ".failed.ipynb")
        with AtomicOutputs() as staged:
            _stage(staged, failed_path, nbformat.writes(nb))
    return RunResult(run, ok=False, seconds=time.monotonic() - started, failure=failure, failed_notebook=failed_path)


def _remove_stale(run: Run, out_dir: Path, keep: set[Path]) -> None:
    """Drop chart files of an earlier render with more charts, and an old ``.failed.ipynb``."""
    folder = run.output(out_dir, "").parent
    for path in folder.glob(f"{glob.escape(run.name)}.chart-*.*"):
        if path.resolve() not in keep and re.fullmatch(r"chart-\d+\.(png|svg)", path.name[len(run.name) + 1:]):
            path.unlink(missing_ok=True)
    run.output(out_dir, ".failed.ipynb").unlink(missing_ok=True)


def _describe_cell_error(run: Run, exc: Any) -> str:
    """``cell 5 (In [4]: `first line`): Ename: evalue`` with the cell counted in the source notebook."""
    source_lines = [line for line in (exc.source or "").splitlines() if line.strip()]
    first = source_lines[0].strip() if source_lines else ""
    if len(first) > 80:
        first = first[:77] + "..."
    position = _source_cell_number(run, exc.source)
    where = f"cell {position}" if position else f"cell {exc.cell_index + 1} of the executed notebook"
    evalue = _ANSI.sub("", str(exc.evalue or "")).strip()
    return f"{where} (In [{exc.exec_count}]: `{first}`): {exc.ename}: {evalue}"


def _source_cell_number(run: Run, source: str) -> int | None:
    """1-based position of the cell with this source in the input notebook (before injection)."""
    nb = json.loads(run.input_path.read_text(encoding="utf-8"))
    for number, cell in enumerate(nb.get("cells", []), 1):
        text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if text == source:
            return number
    return None


def chart_specs(nb: Any) -> list[dict]:
    """Every chart spec in the notebook's outputs, in order."""
    specs = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            for mimetype, data in output.get("data", {}).items():
                if CHART_MIMETYPE_PATTERN.match(mimetype):
                    specs.append(data)
                    break
    return specs


# ---------------------------------------------------------------------------------------
# Export: PNG/SVG with vl-convert, one offline HTML page with nbconvert
# ---------------------------------------------------------------------------------------


def vegalite_version(spec: dict) -> str | None:
    """vl-convert's name ("6.4") for the Vega-Lite version in the spec's ``$schema``.

    The nearest earlier minor version of the same major one if vl-convert lacks that one;
    None (vl-convert's default) if the spec names no version.
    """
    import vl_convert

    match = re.search(r"/v(\d+)\.(\d+)(?:\.\d+)?\.json$", str(spec.get("$schema", "")))
    if not match:
        return None
    major, minor = int(match[1]), int(match[2])
    available = [tuple(map(int, v.replace("_", ".").split("."))) for v in vl_convert.get_vegalite_versions()]
    candidates = [v for v in available if v[0] == major and v[1] <= minor] or [v for v in available if v[0] == major]
    return "{}.{}".format(*max(candidates)) if candidates else None


def chart_to_svg(spec: dict) -> str:
    import vl_convert

    return vl_convert.vegalite_to_svg(spec, vl_version=vegalite_version(spec))


def svg_to_png(svg: str) -> bytes:
    """The chart's PNG from its SVG: the same pixels as ``vegalite_to_png``, without running vega again."""
    import vl_convert

    return vl_convert.svg_to_png(svg, scale=PNG_SCALE)


@cache
def vega_bundle(vl_version: str | None) -> str:
    """vega + vega-lite + vega-embed as one script (globals ``vegaEmbed``, ``vega``, ``vegaLite``).

    Building it takes vl-convert about 1.2 s of CPU, so it is cached on disk per vl-convert
    and Vega-Lite version (``$XDG_CACHE_HOME/nk-claims/``; one worker builds it while the
    others wait for it) and in memory per process.
    """
    import vl_convert
    from filelock import FileLock, Timeout

    from .storage import write_atomic

    def build() -> str:
        bundle = vl_convert.javascript_bundle(vl_version=vl_version) if vl_version else vl_convert.javascript_bundle()
        # A "</script" inside would end the page's <script> early (vega has none today).
        return re.sub(r"</(script)", r"<\\/\1", bundle, flags=re.IGNORECASE)

    version = getattr(vl_convert, "__version__", "unknown")
    cache_root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nk-claims"
    cache_file = cache_root / f"vega-bundle-vlc{version}-vl{vl_version or 'default'}.js"
    with contextlib.suppress(OSError):
        return cache_file.read_text(encoding="utf-8")
    try:
        cache_root.mkdir(parents=True, exist_ok=True)
        with FileLock(f"{cache_file}.lock", timeout=120):
            with contextlib.suppress(OSError):
                return cache_file.read_text(encoding="utf-8")  # another worker built it meanwhile
            bundle = build()
            write_atomic(cache_file, bundle.encode("utf-8"))
            return bundle
    except (OSError, Timeout):  # no writable cache: build it here
        return build()


def _prepare_vega_bundle() -> None:
    """Build the bundle for vl-convert's newest Vega-Lite (what altair emits) unless it is cached.

    The first task of the pool: one worker builds it (~1.2 s, once per vl-convert version)
    while the others start their first runs.  A run needing another version builds its own.
    """
    try:
        import vl_convert

        newest = max(tuple(map(int, v.replace("_", ".").split("."))) for v in vl_convert.get_vegalite_versions())
        vega_bundle("{}.{}".format(*newest))
    except Exception as exc:  # noqa: BLE001 - only an optimisation; the workers build it if needed
        log.debug("could not prepare the vega bundle in advance: %s", exc)


def script_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left raw."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "kbd", "li", "ol", "p", "pre",
    "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
})
ALLOWED_ATTRIBUTES = {
    "*": ["class", "title", "align"],
    **{f"h{level}": ["id", "class"] for level in range(1, 7)},
    "a": ["href", "title", "class"],
    "td": ["colspan", "rowspan", "class"],
    "th": ["colspan", "rowspan", "class", "scope"],
    "table": ["class", "border"],
}
_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL)


def clean_html_output(html: str) -> str:
    """Keep tables and text markup; show any other tag (``<script>``, ``<img onerror>``) as text.

    DataFrame reprs already escape cell text (pandas ``to_html``, polars); this is the
    second line of defence for anything else that reaches a page.  ``<style>`` blocks of
    DataFrame reprs are dropped (the page styles tables itself); links keep only http(s),
    mailto and in-page targets, so a ``javascript:`` link loses its href.
    """
    import bleach

    return bleach.clean(_STYLE_BLOCK.sub("", html), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        protocols=["http", "https", "mailto"], strip=False, strip_comments=True)


@cache
def _html_exporter() -> Any:
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config({"NbConvertBase": {"display_data_priority": DISPLAY_PRIORITY}})
    exporter = HTMLExporter(config=config, template_file=str(REPORT_TEMPLATE))
    exporter.register_filter("script_json", script_json)
    exporter.register_filter("clean_html_output", clean_html_output)
    return exporter


def notebook_to_html(nb: Any, title: str) -> str:
    """One self-contained page: the executed notebook with interactive charts, no network."""
    specs = chart_specs(nb)
    resources = {"metadata": {"name": title}, "chart_mimetypes": CHART_MIMETYPES,
                 "vega_bundle": vega_bundle(vegalite_version(specs[0])) if specs else ""}
    body, _ = _html_exporter().from_notebook_node(nb, resources=resources)
    return body


# ---------------------------------------------------------------------------------------
# All runs: the pool, the progress bar, the index page, the error
# ---------------------------------------------------------------------------------------


def _start_worker(log_file: Path) -> None:
    """Send this worker's (and its kernels') stdout/stderr to ``log_file``; import papermill.

    Kernels print start-up and shut-down chatter on stderr; keeping it out of the terminal
    keeps the progress bar readable.  A failing cell is reported from the notebook itself.
    """
    fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    import papermill  # noqa: F401


def _as_completed_or_cancel(pool: Any, futures: dict) -> Iterable:
    """``as_completed``, cancelling the runs not yet started if the user interrupts."""
    from concurrent.futures import as_completed

    try:
        yield from as_completed(futures)
    except KeyboardInterrupt:
        pool.shutdown(wait=True, cancel_futures=True)
        raise


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def render_notebooks(params_file: Path | None = None, out_dir: Path | None = None,
                     only: Sequence[str] | None = None, jobs: int | None = None,
                     progress: bool | None = None, check: bool = True) -> list[RunResult]:
    """Render every run into ``out_dir`` (default ``reports/``) and write its index page.

    With ``check`` (the default), raises :class:`RenderError` naming every failed run once
    all runs have finished; without it, returns the results, failed ones included.
    ``progress=None`` shows the progress bar only on a terminal.
    """
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    params_file = Path(params_file) if params_file else paths.notebooks_dir() / "params.yaml"
    out_dir = Path(out_dir) if out_dir else paths.reports_dir()
    runs = load_runs(params_file, only=only)
    everything = runs if not only else load_runs(params_file)
    if jobs is not None and jobs < 1:
        raise ParameterError("--jobs", expected="1 or more", found=str(jobs), fix="omit it to use every core")
    workers = min(jobs or default_jobs(), len(runs))
    out_dir.mkdir(parents=True, exist_ok=True)
    started, wall_started = time.monotonic(), time.time()
    results: list[RunResult] = []
    log_file = out_dir / ".render.log"   # the workers' and kernels' own output
    with exclusive(out_dir, ".render.lock"), logging_redirect_tqdm(), \
            tqdm(total=len(runs), unit="run", desc="render", disable=None if progress is None else not progress,
                 dynamic_ncols=True) as bar:
        log_file.write_text("", encoding="utf-8")
        log.info("rendering %d run(s) of %d notebook(s) with %d worker(s) into %s",
                 len(runs), len({r.notebook for r in runs}), workers, out_dir)
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("forkserver"),
                                 initializer=_start_worker, initargs=(log_file,)) as pool:
            pool.submit(_prepare_vega_bundle)  # first, so no run waits for it
            futures = {pool.submit(execute_run, run, out_dir): run for run in runs}
            for future in _as_completed_or_cancel(pool, futures):
                run = futures[future]
                try:
                    result = future.result()
                except Exception as exc:  # the worker process died, or could not start
                    result = RunResult(run, ok=False, seconds=0.0, failure=(
                        f"the worker process running it failed ({type(exc).__name__}: {exc}); "
                        f"its output and traceback are in {log_file} or above"))
                results.append(result)
                bar.update(1)
                if result.ok:
                    log.info("  done   %-40s %5.1f s (export %.1f s)", run.label, result.seconds,
                             result.export_seconds)
                    log.debug("         %s started %.2f s after the render", run.label,
                              result.started_at - wall_started)
                else:
                    log.error("  FAILED %-40s %s", run.label, result.failure)
        results.sort(key=lambda r: runs.index(r.run))
        write_index(everything, results, out_dir, params_file)
    failures = [r for r in results if not r.ok]
    log.info("%d of %d run(s) rendered in %.1f s; index: %s", len(results) - len(failures), len(results),
             time.monotonic() - started, out_dir / "index.html")
    if failures and check:
        raise render_error(failures, len(results), params_file, out_dir)
    return results


def render_error(failures: list[RunResult], total: int, params_file: Path, out_dir: Path) -> RenderError:
    """One message naming, for each failed run, the notebook, the parameter set and the cell."""
    described = []
    for result in failures:
        run = result.run
        kept = f" (the executed notebook is in {result.failed_notebook})" if result.failed_notebook else ""
        described.append((f"notebook {run.input_path.name} with parameter set {run.name!r} "
                          f"{_parameters_text(run.parameters)}", f"{result.failure}{kept}"))
    finished = total - len(failures)
    others = (f"the {finished} other run(s) finished and are linked from {out_dir / 'index.html'}"
              if finished else "no run finished")
    only = " ".join(f"--only {name}" for name in dict.fromkeys(r.run.notebook for r in failures))
    fix = (f"correct the failing cell or the parameter set in {params_file}, then run "
           f"`python -m analysis render {only}`; {others}; "
           f"no earlier finished report was overwritten")
    if len(described) == 1:
        where, found = described[0]
        return RenderError(where, expected="every cell to run without error", found=found, fix=fix)
    found = "".join(f"\n  {n}. {where}: {what}" for n, (where, what) in enumerate(described, 1))
    return RenderError(f"{len(failures)} of {total} runs", expected="every cell of every run to run without error",
                       found=found, fix="\n" + fix)


def _parameters_text(parameters: dict[str, Any]) -> str:
    return "(" + ", ".join(f"{k}={v!r}" for k, v in parameters.items()) + ")" if parameters else "(defaults)"


def write_index(runs: list[Run], results: list[RunResult], out_dir: Path, params_file: Path) -> Path:
    """``out_dir/index.html``: every run of the parameter file, linked to its files on disk."""
    import jinja2

    by_run = {r.run: r for r in results}
    notebooks: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        result = by_run.get(run)
        html, ipynb = run.output(out_dir, ".html"), run.output(out_dir, ".ipynb")
        charts = sorted(html.parent.glob(f"{glob.escape(run.name)}.chart-*.*"),
                        key=lambda p: (int(re.search(r"chart-(\d+)", p.name)[1]), p.suffix))
        notebooks.setdefault(run.notebook, []).append({
            "name": run.name,
            "parameters": _parameters_text(run.parameters),
            "html": _relative(html, out_dir) if html.exists() else None,
            "ipynb": _relative(ipynb, out_dir) if ipynb.exists() else None,
            "charts": [(p.name.split(".", 1)[1], _relative(p, out_dir)) for p in charts],
            "status": "not rendered this time" if result is None else ("ok" if result.ok else "failed"),
            "failure": result.failure if result is not None and not result.ok else "",
            "failed_ipynb": _relative(result.failed_notebook, out_dir)
            if result is not None and result.failed_notebook else None,
        })
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True)
    page = environment.get_template(INDEX_TEMPLATE.name).render(
        notebooks=notebooks, params_file=params_file.name, rendered=time.strftime("%Y-%m-%d %H:%M"),
    )
    target = out_dir / "index.html"
    with AtomicOutputs() as staged:
        _stage(staged, target, page)
    return target


def _relative(path: Path, base: Path) -> str:
    return path.resolve().relative_to(base.resolve()).as_posix()


def render_from_cli(args: Any) -> int:
    """``python -m analysis render [--jobs N] [--only NOTEBOOK] [--params FILE] [--out DIR]``."""
    render_notebooks(params_file=args.params, out_dir=args.out, only=args.only, jobs=args.jobs)
    return 0
