"""Run every notebook with every parameter set into ``reports/``.

``python -m analysis render`` reads the parameter-set file (``notebooks/params.yaml``; its shapes are
described in :mod:`analysis.render.runs`) and writes, for each run, ``reports/<notebook>/<name>.ipynb`` (executed by papermill),
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

Where each part lives: :mod:`.runs` (the parameter-set file -> validated runs),
:mod:`.execute` (one run in a worker: papermill, then its files written together),
:mod:`.export` (HTML page, PNG/SVG, index page) and :mod:`.pool` (all runs: the worker
pool, the progress bar, the error naming every failed run).
"""

from .execute import CELL_TIMEOUT_S, KERNEL_START_TIMEOUT_S, RunResult, describe_cell_error, execute_run
from .export import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    CHART_MIMETYPE_PATTERN,
    CHART_MIMETYPES,
    DISPLAY_PRIORITY,
    INDEX_TEMPLATE,
    PNG_SCALE,
    REPORT_TEMPLATE,
    TEMPLATES_DIR,
    chart_specs,
    chart_to_svg,
    clean_html_output,
    notebook_to_html,
    script_json,
    svg_to_png,
    vega_bundle,
    vegalite_version,
    write_index,
)
from .pool import default_jobs, render_error, render_from_cli, render_notebooks
from .runs import (
    NAME_PATTERN,
    ParameterFile,
    ParameterSet,
    Run,
    check_parameter,
    load_runs,
    notebook_parameters,
    read_parameter_file,
)

__all__ = [
    "ALLOWED_ATTRIBUTES", "ALLOWED_TAGS", "CELL_TIMEOUT_S", "CHART_MIMETYPES", "CHART_MIMETYPE_PATTERN",
    "DISPLAY_PRIORITY", "INDEX_TEMPLATE", "KERNEL_START_TIMEOUT_S", "NAME_PATTERN", "PNG_SCALE", "REPORT_TEMPLATE",
    "TEMPLATES_DIR", "ParameterFile", "ParameterSet", "Run", "RunResult", "chart_specs", "chart_to_svg",
    "check_parameter", "clean_html_output", "default_jobs", "describe_cell_error", "execute_run", "load_runs",
    "notebook_parameters", "notebook_to_html", "read_parameter_file", "render_error", "render_from_cli",
    "render_notebooks", "script_json", "svg_to_png", "vega_bundle", "vegalite_version", "write_index",
]
