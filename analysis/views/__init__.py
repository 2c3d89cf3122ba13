"""Tables for the notebooks: loading, parameter checks, selections, counts, audits.

The notebooks in ``notebooks/`` call these helpers one per cell
(``analysis.views.load_derived``, ``analysis.views.select_claims``, ...); nothing
here draws (see :mod:`analysis.charts`).  Where each lives:

* :mod:`.derived` -- :func:`load_derived` and the freshness check of ``data/derived/``.
* :mod:`.inputs` -- article texts, quantity labels and source names, read through
  :mod:`analysis.corpus` and :mod:`analysis.vocabulary`.
* :mod:`.parameters` -- ``check_*``: a notebook parameter validated and normalised, or
  a :class:`~analysis.errors.ParameterError` naming it, what was expected, what was found and the fix.
* :mod:`.select` -- :func:`select_claims`, :func:`select_articles`: never an empty selection.
* :mod:`.display` -- figures and dates as a reader reads them.
* :mod:`.tables` -- :func:`publication_table`: a view's frame as a great_tables table.
* :mod:`.caveats` -- :func:`caveats`: corpus size, unnamed publishers, unreviewed share.
* :mod:`.events` -- :func:`load_events` (data/raw/events.yaml), :func:`timeline_events` (notes and new highs).
* one module per notebook: :mod:`.overview` (01), :mod:`.timeline` (02), :mod:`.sources` (03),
  :mod:`.audit` (04), :mod:`.review` (05, and ``python -m analysis review``).
"""

from .audit import AMOUNT_KINDS, REVIEW_ORDER, audit_counts, coverage_audit, filter_audit
from .belief import belief_band, belief_steps, independent_estimates, latest_estimates
from .caveats import Caveats, caveats
from .derived import BUILD_COMMAND, check_derived_fresh, check_inputs_fresh, load_derived, provenance_checksums
from .display import (
    DESCRIBED,
    PUBLISHED,
    REVIEWED,
    STATED_AS,
    UNREVIEWED,
    central_value,
    enable_notebook_display,
    format_number,
    format_published,
    format_reference,
    format_value,
    measure_label,
    time_placement,
    with_display_columns,
)
from .events import EVENT_SCHEMA, NEW_HIGH, NOTE, load_events, new_high_reports, timeline_events
from .inputs import UNATTRIBUTED, ArticleTexts, load_article_texts, quantity_labels, source_names, valid_quantities
from .overview import OVERVIEW_COLUMNS, claims_overview, corpus_summary, count_claims
from .parameters import (
    PERIODS,
    check_bool,
    check_choice,
    check_date,
    check_date_range,
    check_int,
    check_members,
    check_optional_choice,
    check_quantity,
    check_sources,
    check_string_list,
)
from .review import review_counts, review_items, select_open_items, show_review_items
from .select import describe_filters, filter_published, published_end, select_articles, select_claims
from .sources import (
    COMPARED,
    as_of_date,
    attribution_paths,
    comparable_figures,
    disagreement_counts,
    period_label,
    source_disagreements,
    source_summary,
    with_periods,
)
from .tables import HEADERS, highlight_number, publication_table
from .timeline import successive_estimates

__all__ = [
    "AMOUNT_KINDS", "BUILD_COMMAND", "EVENT_SCHEMA", "NEW_HIGH", "NOTE", "load_events", "new_high_reports", "timeline_events", "HEADERS", "Caveats", "caveats", "highlight_number", "publication_table", "COMPARED", "DESCRIBED", "PUBLISHED", "OVERVIEW_COLUMNS", "PERIODS", "REVIEWED", "REVIEW_ORDER", "STATED_AS", "UNREVIEWED",
    "UNATTRIBUTED", "ArticleTexts", "as_of_date", "attribution_paths", "audit_counts", "belief_band", "belief_steps", "central_value",
    "check_bool", "check_choice", "check_date", "check_date_range", "check_derived_fresh", "check_inputs_fresh",
    "check_int", "check_members", "check_optional_choice", "check_quantity", "check_sources", "check_string_list",
    "claims_overview", "comparable_figures", "corpus_summary", "count_claims", "coverage_audit", "describe_filters",
    "disagreement_counts", "enable_notebook_display", "filter_audit", "filter_published", "format_number",
    "format_published", "format_reference", "format_value", "independent_estimates", "latest_estimates", "load_article_texts", "load_derived",
    "measure_label", "period_label", "provenance_checksums", "published_end", "quantity_labels",
    "review_counts", "review_items", "select_articles", "select_open_items", "show_review_items", "select_claims", "source_disagreements", "source_names", "source_summary",
    "successive_estimates", "time_placement", "valid_quantities", "with_display_columns", "with_periods",
]
