"""What is open for review (analysis.views.review): quote windows, values, entries ready to paste."""

from __future__ import annotations

import polars as pl
import pytest
import yaml

from analysis.errors import ParameterError
from analysis.review import Decision
from analysis.views.review import (
    decision_entry,
    format_amount,
    format_claim,
    quote_window,
    review_items,
    select_open_items,
    show_review_items,
    value_of,
)

TEXT = ("Nordkorea schickt Soldaten\n\nLaut dem südkoreanischen Geheimdienst hat Nordkorea\nzwischen 3.000 und 5.000 "
        "weitere Soldaten nach Russland entsandt, berichtet Yonhap am Morgen aus Seoul. Mehr dazu später.")
START = TEXT.index("zwischen")
END = START + len("zwischen 3.000 und 5.000")


def _claim(**changes) -> dict:
    row = {"article_id": "a-2025-02-03", "char_start": START, "char_end": END, "number_text": "zwischen 3.000 und 5.000",
           "value_low": 3000.0, "value_best": None, "value_high": 5000.0, "bound": "range", "unit": None,
           "is_approximate": False, "quantity": "troops_deployed", "casualty_type": None, "source": "kr_nis",
           "source_text": "dem südkoreanischen Geheimdienst", "attribution_scope": "sentence", "via": "yonhap",
           "reference_start": None, "reference_end": None, "reference_precision": None, "reference_text": None,
           "review_status": "auto", "review_note": None}
    return row | changes


def test_quote_window_is_centred_on_the_number_cut_at_words_and_on_one_line():
    before, number, after = quote_window(TEXT, START, END, width=40)
    assert number == "zwischen 3.000 und 5.000"
    assert before == "…Geheimdienst hat Nordkorea "          # 40 characters back end inside 'südkoreanischen'
    assert after == " weitere Soldaten nach Russland…"       # ... and forward inside "entsandt,"
    assert "\n" not in before + after


def test_quote_window_at_the_start_and_end_of_a_text_has_no_ellipsis():
    assert quote_window("12.000 Soldaten", 0, 6) == ("", "12.000", " Soldaten")
    assert quote_window("Es sind 12.000", 8, 14) == ("Es sind ", "12.000", "")


@pytest.mark.parametrize(("changes", "shown"), [
    pytest.param({}, "3,000–5,000", id="range"),
    pytest.param({"bound": "approximate", "value_low": None, "value_best": 4000.0, "value_high": None}, "≈ 4,000",
                 id="approximate"),
    pytest.param({"bound": "upper", "value_low": None, "value_best": 12000.0, "value_high": 12000.0}, "≤ 12,000",
                 id="upper"),
    pytest.param({"bound": "lower", "value_low": 1200.0, "value_best": 1200.0, "value_high": None}, "≥ 1,200",
                 id="lower"),
])
def test_values_are_written_as_in_the_notebooks(changes, shown):
    assert value_of(_claim(**changes)) == shown


def test_a_claim_shows_value_source_words_period_marked_quote_and_entry():
    lines = format_claim(_claim(reference_start=None), TEXT)
    assert lines[0] == f"  {START:>6}  'zwischen 3.000 und 5.000': 3,000–5,000 | troops_deployed"
    assert lines[1] == ("          source kr_nis ('dem südkoreanischen Geheimdienst', in the same sentence) "
                        "via yonhap | period not stated")
    assert ">>zwischen 3.000 und 5.000<<" in lines[2] and lines[2].count("…") == 2
    assert lines[3] == (f"  - {{article_id: a-2025-02-03, char_start: {START}, number_text: \"zwischen 3.000 und "
                        "5.000\", action: confirm, note: \"\"}")


def test_entries_paste_into_review_yaml_as_valid_decisions():
    tricky = _claim(number_text='"12.000" Mann', char_start=5)
    entry = decision_entry(tricky)
    decision = yaml.safe_load("decisions:\n" + entry)["decisions"][0]
    assert decision == {"article_id": "a-2025-02-03", "char_start": 5, "number_text": '"12.000" Mann',
                        "action": "confirm", "note": ""}
    Decision.model_validate(decision | {"note": "checked"})


def test_an_amount_not_taken_as_a_claim_is_offered_for_rejection():
    row = {"article_id": "a-2025-02-03", "char_start": START, "char_end": END, "number_text": "zwischen 3.000 und 5.000",
           "mention_status": "not_a_claim", "status_reason": "no counted noun"}
    lines = format_amount(row, TEXT)
    assert lines[0].endswith("'zwischen 3.000 und 5.000': not_a_claim — no counted noun")
    assert "action: reject" in lines[2]


def test_review_items_mark_the_number_in_escaped_html():
    claims = pl.DataFrame([_claim(source_text="<b>NIS</b>")])
    items = review_items(claims, _amounts(), {"a-2025-02-03": TEXT.replace("Yonhap", "<Yonhap>")})
    row = items.row(0, named=True)
    assert "<mark>zwischen 3.000 und 5.000</mark>" in row["quote_html"] and "&lt;Yonhap&gt;" in row["quote_html"]
    assert (row["item"], row["value"], row["period"]) == ("claim", "3,000–5,000", "not stated")
    assert row["entry"].startswith("- {article_id: a-2025-02-03")


def _amounts(*rows: dict) -> pl.DataFrame:
    schema = {"article_id": pl.String, "char_start": pl.Int64, "char_end": pl.Int64, "number_text": pl.String,
              "kind": pl.String, "mention_status": pl.String, "status_reason": pl.String}
    return pl.DataFrame(list(rows), schema=schema)


def test_select_open_items_filters_and_checks_its_parameters():
    claims = pl.DataFrame([_claim(), _claim(char_start=5, quantity="casualties", source="unresolved"),
                           _claim(char_start=9, review_status="confirmed"), _claim(article_id="b-2025", char_start=1)])
    mentions = _amounts({"article_id": "a-2025-02-03", "char_start": 70, "char_end": 75, "number_text": "5.000",
                         "kind": "quantity", "mention_status": "not_a_claim", "status_reason": "no counted noun"},
                        {"article_id": "a-2025-02-03", "char_start": 80, "char_end": 90, "number_text": "3. Februar",
                         "kind": "date", "mention_status": "not_a_claim", "status_reason": "date"})
    open_claims, amounts = select_open_items(claims, mentions)
    assert open_claims.height == 3 and amounts["number_text"].to_list() == ["5.000"]
    assert select_open_items(claims, mentions, include_reviewed=True)[0].height == 4
    assert select_open_items(claims, mentions, article_id="b-2025")[0]["char_start"].to_list() == [1]
    only, none = select_open_items(claims, mentions, quantity="casualties")
    assert only["char_start"].to_list() == [5] and none.is_empty()
    assert select_open_items(claims, mentions, source="unresolved")[0]["char_start"].to_list() == [5]
    with pytest.raises(ParameterError, match=r"parameter '--article': expected one of: a-2025-02-03, b-2025; found "
                                             r"'c-2025'"):
        select_open_items(claims, mentions, article_id="c-2025", names={"article_id": "--article"})
    with pytest.raises(ParameterError, match=r"parameter 'source': expected one of: unresolved; found 'kr_nis'"):
        select_open_items(claims, mentions, source="kr_nis")


def test_reviewed_claims_are_listed_with_their_note_and_no_entry():
    claims = pl.DataFrame([_claim(review_status="confirmed", review_note="checked in the source")])
    row = review_items(claims, _amounts(), {"a-2025-02-03": TEXT}).row(0, named=True)
    assert (row["status"], row["why"], row["entry"]) == ("confirmed", "checked in the source", "")


def test_show_review_items_marks_numbers_and_says_when_nothing_is_open():
    items = review_items(pl.DataFrame([_claim()]), _amounts(), {"a-2025-02-03": TEXT})
    shown = show_review_items(items).data
    assert shown.count("<tr>") == 2 and "<mark>zwischen 3.000 und 5.000</mark>" in shown
    assert "<code>- {article_id: a-2025-02-03, char_start: " in shown
    assert show_review_items(items.clear()).data.startswith("<p><strong>Nothing open.</strong>")
