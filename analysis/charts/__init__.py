"""Charts of the claims: functions that take polars tables and return altair charts.

No I/O here: the notebooks load tables with :mod:`analysis.views` and pass them
in.  Every chart is deterministic (sorted data, no random ids) and gives each
source one colour, fixed by source id in analysis/data/palette.yaml (:mod:`.palette`):
the same across charts, parameter sets, renders and corpora; a new source takes a
free colour without moving the others; unattributed claims are always grey.

How a figure was stated is drawn the same way in every chart (:data:`GLYPHS`):
a filled circle is an exact figure, a ring an approximate one, a downward
triangle an upper bound ('bis zu'), an upward one a lower bound ('mindestens'),
a vertical bar with end caps a range, a hollow diamond a vague magnitude.
Echoes of an earlier claim are faded; month-only dates are drawn as a bar over
the whole month.

A chart draws at most :data:`MAX_MARKS` rows of data (altair's own limit, and a
few MB of notebook output).  Given more claims or articles, the timeline, the
source comparison and the corpus coverage draw a summary instead, one mark per
source (or publisher) and period: a bar from the lowest to the highest figure,
a dot at the median, the counts in the tooltip; their subtitle says so.  Every
claim is counted in a summary, none is dropped.  The review chart shows the
articles with most numbers still to review and says how many it leaves out.

Where each lives: :mod:`.encoding` (palette, glyphs, time axis, the notebook
renderer), :mod:`.summaries` (the summaries above :data:`MAX_MARKS`), and one
module per notebook: :mod:`.overview` (01), :mod:`.timeline` (02), :mod:`.sources`
(03), :mod:`.audit` (04).
"""

from .audit import plot_mention_classification, plot_review_status
from .belief import plot_belief_over_time
from .encoding import (
    CREDIT,
    GLYPHS,
    LANGUAGE_COLORS,
    MAX_MARKS,
    MENTION_STATUS_COLORS,
    RENDERER_NAME,
    REPORT_OPACITY,
    REVIEW_COLORS,
    SOURCE_PALETTE,
    UNATTRIBUTED_COLOR,
    VEGALITE_MIMETYPE,
    WIDTH,
    enable_notebook_renderer,
    figure_data,
    glyph,
    notebook_renderer,
    source_colors,
    source_scale,
)
from .overview import plot_claim_counts, plot_corpus_coverage
from .sources import plot_attribution_paths, plot_source_comparison
from .timeline import plot_estimate_timeline

__all__ = [
    "CREDIT", "GLYPHS", "LANGUAGE_COLORS", "MAX_MARKS", "MENTION_STATUS_COLORS", "RENDERER_NAME", "REPORT_OPACITY",
    "REVIEW_COLORS", "SOURCE_PALETTE", "UNATTRIBUTED_COLOR", "VEGALITE_MIMETYPE", "WIDTH",
    "enable_notebook_renderer", "figure_data", "glyph", "plot_belief_over_time", "notebook_renderer", "plot_attribution_paths",
    "plot_claim_counts", "plot_corpus_coverage", "plot_estimate_timeline", "plot_mention_classification",
    "plot_review_status", "plot_source_comparison", "source_colors", "source_scale",
]
