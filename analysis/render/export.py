"""Export: an executed notebook -> one offline HTML page and PNG/SVG files per chart; the index page.

The page has vega, vega-lite and vega-embed inlined once (built by vl-convert, cached
on disk), every chart interactive, no network request; HTML outputs are cleaned
(:func:`clean_html_output`) and chart specs embedded as safe JSON (:func:`script_json`).
PNG and SVG come from vl-convert, the PNG from the SVG without running vega again.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import re
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.storage import AtomicOutputs, write_atomic

if TYPE_CHECKING:
    from .runs import Run, RunResult

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
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

PNG_SCALE = 2


def stage_file(staged: AtomicOutputs, target: Path, data: str | bytes) -> None:
    """Stage ``data`` for ``target``, readable like any file this user creates (mkstemp makes 0600)."""
    mask = os.umask(0)
    os.umask(mask)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        tmp.chmod(0o666 & ~mask)

    staged.stage(target, write)



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


def prepare_vega_bundle() -> None:
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
    "mark", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
})
ALLOWED_ATTRIBUTES = {
    "*": ["class", "title", "align"],
    **{f"h{level}": ["id", "class"] for level in range(1, 7)},
    "a": ["href", "title", "class"],
    "td": ["colspan", "rowspan", "class", "style"],
    "th": ["colspan", "rowspan", "class", "scope", "style"],
    "table": ["class", "border"],
    # great_tables sets column widths, wrapping and its wrapper's scrolling inline; only these properties pass
    "col": ["style"],
    "div": ["class", "title", "align", "style"],
}
ALLOWED_CSS_PROPERTIES = frozenset({
    "width", "min-width", "max-width", "height", "overflow-x", "overflow-y", "text-align", "white-space",
    "font-weight", "font-style", "font-size", "color", "background-color", "vertical-align",
    "padding-left", "padding-right", "padding-top", "padding-bottom",
})
_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL)


def clean_html_output(html: str) -> str:
    """Keep tables and text markup; show any other tag (``<script>``, ``<img onerror>``) as text.

    DataFrame reprs already escape cell text (pandas ``to_html``, polars); this is the
    second line of defence for anything else that reaches a page.  ``<style>`` blocks of
    DataFrame reprs are dropped (the page styles tables itself); links keep only http(s),
    mailto and in-page targets, so a ``javascript:`` link loses its href.
    """
    import bleach
    from bleach.css_sanitizer import CSSSanitizer

    return bleach.clean(_STYLE_BLOCK.sub("", html), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        css_sanitizer=CSSSanitizer(allowed_css_properties=ALLOWED_CSS_PROPERTIES),
                        protocols=["http", "https", "mailto"], strip=False, strip_comments=True)


@cache
def _html_exporter() -> Any:
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    # A report page, not a notebook: the code stays in the notebook, the page shows what it produced.
    config = Config({"NbConvertBase": {"display_data_priority": DISPLAY_PRIORITY},
                     "TemplateExporter": {"exclude_input": True, "exclude_input_prompt": True,
                                          "exclude_output_prompt": True}})
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




ANSWERS_PATTERN = re.compile(r"\*\*This page answers:\*\*\s*(.+)")


def notebook_answers(notebook_path: Path) -> str:
    """The question a notebook's page answers: the line ``**This page answers:** ...`` of its first
    markdown cell ('' when it has none)."""
    nb = json.loads(notebook_path.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            match = ANSWERS_PATTERN.search(source)
            return match[1].strip() if match else ""
    return ""


def write_index(runs: list[Run], results: list[RunResult], out_dir: Path, params_file: Path) -> Path:
    """``out_dir/index.html``: every run of the parameter file, linked to its files on disk."""
    import jinja2

    by_run = {r.run: r for r in results}
    notebooks: dict[str, list[dict[str, Any]]] = {}
    answers: dict[str, str] = {}
    for run in runs:
        if run.notebook not in answers:
            answers[run.notebook] = notebook_answers(run.input_path) if run.input_path.is_file() else ""
        result = by_run.get(run)
        html, ipynb = run.output(out_dir, ".html"), run.output(out_dir, ".ipynb")
        charts = sorted(html.parent.glob(f"{glob.escape(run.name)}.chart-*.*"),
                        key=lambda p: (int(re.search(r"chart-(\d+)", p.name)[1]), p.suffix))
        notebooks.setdefault(run.notebook, []).append({
            "name": run.name,
            "description": run.description,
            "parameters": run.parameters_text,
            "thumbnail": next((_relative(p, out_dir) for p in charts if p.suffix == ".png"), None),
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
        notebooks=notebooks, answers=answers, params_file=params_file.name, rendered=time.strftime("%Y-%m-%d %H:%M"),
    )
    target = out_dir / "index.html"
    with AtomicOutputs() as staged:
        stage_file(staged, target, page)
    return target


def _relative(path: Path, base: Path) -> str:
    return path.resolve().relative_to(base.resolve()).as_posix()


