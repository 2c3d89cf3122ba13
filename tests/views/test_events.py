"""analysis.views.events: analysts' notes (validated on load) and the reports that set a new high."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import polars as pl
import pytest
from notebook_tables import claim, make_claims

from analysis import charts, views
from analysis.errors import VocabularyError

D = dt.date


def casualty_claims() -> pl.DataFrame:
    return make_claims([
        claim("a", 1, "4.000", D(2025, 1, 10), "casualties", best=4000, bound="approximate", source="ua_hur"),
        claim("b", 1, "3.000", D(2025, 1, 20), "casualties", best=3000, source="kr_nis"),  # lower: no event
        claim("c", 1, "5.000", D(2025, 2, 1), "casualties", best=5000, source="ua_hur", is_first_report=False,
              claim_group="a:1"),  # an echo moves nothing
        claim("d", 1, "6.000", D(2025, 3, 1), "casualties", best=6000, source="ua_hur"),
        claim("e", 1, "9.000", D(2025, 3, 5), "casualties", best=9000),  # unattributed, still a new high
        claim("f", 1, "Zehntausende", D(2025, 3, 9), "casualties", low=20000, high=99999, bound="vague",
              source="kr_nis"),  # no figure
        claim("g", 1, "2.000 bis 12.000", D(2025, 4, 1), "casualties", low=2000, high=12000, bound="range",
              source="kp_government"),  # midpoint 7,000: below 9,000
    ])


def write(tmp_path, text: str):
    path = tmp_path / "events.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_new_highs_are_first_reports_above_every_earlier_figure():
    highs = views.new_high_reports(casualty_claims())
    assert highs["date"].to_list() == [D(2025, 1, 10), D(2025, 3, 1), D(2025, 3, 5)]
    assert highs["label"].to_list() == ["new high: ≈ 4,000", "new high: 6,000", "new high: 9,000"]
    assert highs["detail"].to_list() == ["Ukraine's Defence Intelligence (HUR)"] * 2 + ["Unattributed"]


def test_a_threshold_keeps_only_the_highs_above_it():
    assert views.new_high_reports(casualty_claims(), above=5000)["date"].to_list() == [D(2025, 3, 1), D(2025, 3, 5)]
    assert views.new_high_reports(casualty_claims(), above=10000).is_empty()


def test_notes_are_read_and_limited_to_their_quantities(tmp_path):
    path = write(tmp_path, """\
        - date: "2025-04-28"
          label: North Korea confirms its troops in Russia
        - date: "2024-10-18"
          label: NIS report
          quantities: [troops_deployed, casualties]
    """)
    notes = views.load_events(path)
    assert notes.select("date", "label", "kind", "quantity").rows() == [
        (D(2024, 10, 18), "NIS report", "note", "troops_deployed"),
        (D(2024, 10, 18), "NIS report", "note", "casualties"),
        (D(2025, 4, 28), "North Korea confirms its troops in Russia", "note", None),
    ]
    events = views.timeline_events(casualty_claims(), notes)
    assert events.filter(pl.col("kind") == "note")["date"].to_list() == [D(2024, 10, 18), D(2025, 4, 28)]
    workers = make_claims([claim("w", 1, "500", D(2025, 1, 1), "workers", best=500)])
    assert views.timeline_events(workers, notes).filter(pl.col("kind") == "note")["date"].to_list() == [D(2025, 4, 28)]


@pytest.mark.parametrize(("text", "line", "match"), [
    pytest.param('- date: "2025-02-30"\n  label: x\n', 1, "a date 'YYYY-MM-DD' in quotes", id="impossible-date"),
    pytest.param('- date: "2025-01-01"\n  label: x\n- date: 2025-01-02\n  label: y\n', 3,
                 "a date 'YYYY-MM-DD' in quotes", id="unquoted-date"),
    pytest.param('- date: "2025-01-01"\n  label: "' + "x" * 61 + '"\n', 1, "a label of 1 to 60", id="label-too-long"),
    pytest.param('- date: "2025-01-01"\n  label: x\n  quantities: [troops]\n', 1, "a list of quantity ids",
                 id="unknown-quantity"),
    pytest.param('- date: "2025-01-01"\n  text: x\n', 1, "a mapping with 'date', 'label'", id="unknown-key"),
    pytest.param('date: "2025-01-01"\n', None, "a list of events", id="not-a-list"),
])
def test_a_bad_note_names_the_file_and_line(tmp_path, text, line, match):
    path = write(tmp_path, text)
    with pytest.raises(VocabularyError, match=match) as caught:
        views.load_events(path)
    if line is not None:
        assert caught.value.where == f"{path}:{line}"


def test_the_project_s_notes_are_valid():
    notes = views.load_events()
    assert notes.height >= 1 and notes["label"].str.len_chars().max() <= 60


def test_the_timeline_draws_each_event_inside_its_time_axis():
    claims = casualty_claims()
    notes = pl.DataFrame({"date": [D(2025, 2, 14), D(2030, 1, 1)], "label": ["A note", "Far outside"],
                          "kind": ["note", "note"], "quantity": [None, None], "detail": [None, None]},
                         schema=views.EVENT_SCHEMA)
    spec = charts.plot_estimate_timeline(claims, events=views.timeline_events(claims, notes)).to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert "A note" in text and "new high: 9,000" in text
    assert "Far outside" not in text
    without = json.dumps(charts.plot_estimate_timeline(claims).to_dict(), ensure_ascii=False)
    assert "new high" not in without
