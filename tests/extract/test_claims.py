"""The claims table: the seed articles against a hand-written expected table, and
attribution, reference-period and quantity rules on sentences written in reporting styles."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml

from analysis import extract_claims, paths
from analysis.build import TABLE_NAMES, build_derived, load_table
from analysis.corpus import load_corpus

EXPECTED = yaml.safe_load((Path(__file__).parent.parent / "data" / "expected_seed_claims.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory) -> dict[str, pl.DataFrame]:
    root = tmp_path_factory.mktemp("seed")
    shutil.copytree(paths.raw_dir(), paths.raw_dir(root))
    build_derived(root, batch_size=4)
    return {name: load_table(name, root) for name in TABLE_NAMES}


def _date(value):
    return None if value is None else dt.date.fromisoformat(str(value))


def _expected_rows():
    for article_id, claims in EXPECTED.items():
        for i, claim in enumerate(claims):
            yield pytest.param(article_id, claim, id=f"{article_id}-{i}-{claim['number']}")


def test_seed_claim_count_matches_the_expected_table(seed_tables):
    claims = seed_tables["claims"]
    for article_id, expected in EXPECTED.items():
        got = claims.filter(pl.col("article_id") == article_id)["number_text"].to_list()
        assert len(got) == len(expected), (article_id, got)


@pytest.mark.parametrize(("article_id", "expected"), list(_expected_rows()))
def test_seed_claims_column_by_column(seed_tables, article_id, expected):
    claims = seed_tables["claims"].filter(
        (pl.col("article_id") == article_id) & pl.col("number_text").str.ends_with(expected["number"])
        & (pl.col("quantity") == expected["quantity"])
    )
    assert claims.height == 1, claims.select("number_text", "quantity")
    row = claims.row(0, named=True)
    for field, column in (("low", "value_low"), ("best", "value_best"), ("high", "value_high")):
        if field in expected:
            if expected[field] is None:
                assert row[column] is None, column
            else:
                assert row[column] == pytest.approx(expected[field], rel=1e-3), column
    assert row["bound"] == expected["bound"]
    assert row["source"] == expected["source"]
    assert row["via"] == expected["via"]
    assert row["casualty_type"] == expected.get("casualty_type")
    if "unit" in expected:
        assert row["unit"] == expected["unit"]
    ref = expected["ref"] or [None, None, None]
    assert (row["reference_start"], row["reference_end"], row["reference_precision"]) == (
        _date(ref[0]), _date(ref[1]), ref[2])
    assert len(row["mention_spans"].split(";")) == 1 + expected.get("repeats", 0)
    assert row["review_status"] in ("confirmed", "corrected")


def test_every_quote_and_span_is_exact(seed_tables):
    texts = {a.article_id: a.text for a in load_corpus()}
    for row in seed_tables["claims"].iter_rows(named=True):
        text = texts[row["article_id"]]
        assert text[row["char_start"]:row["char_end"]] == row["number_text"]
        assert text[row["quote_start"]:row["quote_end"]] == row["quote"]
        assert row["quote_start"] <= row["char_start"] < row["char_end"] <= row["quote_end"]
        if row["attribution_text"] and row["attribution_scope"] == "sentence" and row["review_status"] == "auto":
            for fragment in row["attribution_text"].split(" … "):
                assert fragment in row["quote"]


def test_repeats_point_to_their_claim(seed_tables):
    mentions = seed_tables["mentions"]
    claims = set(seed_tables["claims"]["claim_id"].to_list())
    repeats = mentions.filter(pl.col("mention_status") == "repeat")
    assert repeats.height >= 5
    assert set(repeats["claim_id"].to_list()) <= claims


def test_echoes_share_a_claim_group_and_one_first_report(seed_tables):
    claims = seed_tables["claims"]
    groups = claims.group_by("claim_group").agg(pl.len(), pl.col("is_first_report").sum().alias("firsts"))
    assert (groups["firsts"] == 1).all()
    # a vague magnitude ("Tausende") is never an echo of another article's
    thousands = claims.filter((pl.col("bound") == "vague") & (pl.col("quantity") == "troops_deployed"))
    assert thousands.height == 3 and thousands["claim_group"].n_unique() == 3 and thousands["is_first_report"].all()
    # the same range from the same source across two articles is one group, first reported in April
    ranges = claims.filter(pl.col("source") == "ua_hur", pl.col("bound") == "range")
    assert ranges["claim_group"].n_unique() == 1 and ranges.height == 2
    # two unattributed figures echo each other only when written the same way
    up_to = claims.filter(pl.col("number_text") == "bis zu 30.000")
    assert up_to["claim_group"].n_unique() == 1 and up_to.height == 2


def test_parts_of_a_total_point_to_it(seed_tables):
    claims = seed_tables["claims"]
    total = claims.filter(pl.col("article_id") == "nordkorea-entsendet-tausende-2025-06-19", pl.col("number_text") == "6.000")
    parts = claims.filter(pl.col("part_of") == total["claim_id"][0])
    assert sorted(parts["number_text"].to_list()) == ["1.000", "5.000"]
    assert sorted(parts["quantity"].to_list()) == ["construction_workers", "sappers"]


def test_no_claim_from_dates_times_phones_or_designations(seed_tables):
    mentions = seed_tables["mentions"]
    non_quantities = mentions.filter(~pl.col("kind").is_in(["quantity", "percent", "fraction"]))
    assert (non_quantities["mention_status"] == "not_a_claim").all()
    assert {"phone_number", "designation", "time", "date"} <= set(non_quantities["kind"].to_list())


# -- sentences in reporting styles, beyond the seeds --------------------------------------------

def _claim_of(text: str, language: str, published: str, number: str, *, only: bool = True) -> dict:
    """The claim row whose words hold ``number`` (the one such row; with ``only=False`` the first of them: "1,000" stands
    in "11,000" too)."""
    claims = extract_claims(text, published=published, language=language)
    rows = claims.filter(pl.col("number_text").str.contains(number, literal=True))
    if only:
        assert rows.height == 1, claims.select("number_text", "quantity")
    return rows.row(0, named=True)


def _mention_of(text: str, language: str, number: str) -> tuple[dict, list[dict]]:
    """The mention row of ``number`` in ``text`` (its status and reason), and the text's claim rows."""
    from analysis.pipeline import ArticleInfo, process_text

    claims, mentions = process_text(text, ArticleInfo(None, None, dt.date(2025, 3, 10), "day", language))
    return next(m for m in mentions if m["number_text"].endswith(number) or m["number_text"] == number), claims


def _assert_no_claim(text: str, language: str, number: str, reason: str) -> None:
    """``number`` in ``text`` is a mention that is no claim, for ``reason`` (a part of its status reason)."""
    row, claims = _mention_of(text, language, number)
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"]
    assert not any(number in c["number_text"] for c in claims)


def _one(text: str, language: str = "de", published: str = "2025-03-10", **filters) -> dict:
    claims = extract_claims(text, published=published, language=language)
    for column, value in filters.items():
        claims = claims.filter(pl.col(column) == value)
    assert claims.height == 1, claims.select("number_text", "quantity", "source")
    return claims.row(0, named=True)


@pytest.mark.parametrize(
    ("text", "language", "source", "via"),
    [
        pytest.param("Nach Angaben des südkoreanischen Geheimdienstes sind rund 3.000 Soldaten eingetroffen.", "de", "kr_nis", None, id="nach-angaben"),
        pytest.param("Dem britischen Verteidigungsministerium zufolge sind 1.500 Soldaten gefallen.", "de", "uk_intelligence", None, id="zufolge"),
        pytest.param("Nach Informationen von Yonhap sind weitere 2.000 Soldaten unterwegs.", "de", "yonhap", None, id="nach-informationen-media"),
        pytest.param("Rund 3.000 Soldaten seien eingetroffen, so der südkoreanische Geheimdienst.", "de", "kr_nis", None, id="so-der"),
        pytest.param("Der ukrainische Militärgeheimdienst bestätigt, dass 12.000 Soldaten in Kursk sind.", "de", "ua_hur", None, id="bestaetigt"),
        pytest.param("Laut einer Einschätzung des südkoreanischen Geheimdienstes sind 11.000 Soldaten vor Ort, berichtet Reuters.", "de", "kr_nis", "reuters", id="laut-berichtet-via"),
        pytest.param("About 11,000 North Korean troops are in Kursk, according to South Korea's spy agency.", "en", "kr_nis", None, id="according-to"),
        pytest.param("South Korea's National Intelligence Service said 3,000 more troops had arrived.", "en", "kr_nis", None, id="said"),
        pytest.param("At least 4,000 soldiers have been killed or wounded, Ukrainian military intelligence told CNN.", "en", "ua_hur", "cnn", id="told-media"),
        pytest.param("North Korea has sent up to 12,000 troops, Reuters reported, citing the NIS.", "en", "kr_nis", "reuters", id="citing"),
        pytest.param("Nordkorea hat 11.000 Soldaten geschickt.", "de", "unattributed", None, id="unattributed"),
    ],
)
def test_attribution(text, language, source, via):
    row = _one(text, language)
    assert (row["source"], row["via"]) == (source, via)
    if source != "unattributed":
        assert row["attribution_text"]


def test_attribution_is_carried_from_the_previous_sentence_of_the_paragraph_only():
    text = ("Der südkoreanische Geheimdienst berichtet über neue Verluste. Etwa 1.200 Soldaten seien getötet worden.\n\n"
            "Weitere 800 Soldaten sind verwundet.")
    claims = extract_claims(text, published="2025-01-15")
    carried = claims.filter(pl.col("number_text") == "Etwa 1.200").row(0, named=True)
    assert carried["source"] == "kr_nis" and carried["attribution_scope"] == "previous"
    assert carried["source_text"] == "Der südkoreanische Geheimdienst"
    assert claims.filter(pl.col("number_text").str.contains("800"))["source"].to_list() == ["unattributed"]


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "precision"),
    [
        pytest.param("Im November 2024 waren 11.000 Soldaten in Kursk.", "2025-03-10", "2024-11-01", "2024-11-30", "month", id="month-year"),
        pytest.param("Im Juni kamen 1.000 Soldaten an.", "2024-10-18", "2024-06-01", "2024-06-30", "month", id="month-past-year"),
        pytest.param("Im Dezember kamen 1.000 Soldaten an.", "2025-03-10", "2024-12-01", "2024-12-31", "month", id="month-never-future"),
        pytest.param("Im Herbst 2024 waren 12.000 Soldaten im Einsatz.", "2025-06-19", "2024-09-01", "2024-11-30", "season", id="season"),
        pytest.param("Ab dem 1. November sollen 11.000 Soldaten kämpfen.", "2024-10-18", "2024-11-01", None, "day", id="from-day-forward"),
        pytest.param("In October 2024, 3,000 troops arrived.", "2025-01-02", "2024-10-01", "2024-10-31", "month", id="english-month"),
    ],
)
def test_reference_period(text, published, start, end, precision):
    language = "en" if text.startswith("In October") else "de"
    row = _one(text, language, published)
    assert str(row["reference_start"]) == start
    assert (str(row["reference_end"]) if row["reference_end"] else None) == end
    assert row["reference_precision"] == precision


def test_reference_period_is_never_the_publication_date_by_default():
    row = _one("Nordkorea hat 11.000 Soldaten geschickt.")
    assert row["reference_start"] is None and row["reference_precision"] is None


@pytest.mark.parametrize(
    ("text", "language", "quantity", "casualty_type"),
    [
        pytest.param("Nordkorea hat 11.000 Soldaten geschickt.", "de", "troops_deployed", None, id="deployed"),
        pytest.param("Nordkorea plant, weitere 20.000 Soldaten zu entsenden.", "de", "troops_planned", None, id="planned"),
        pytest.param("Etwa 300 Soldaten sind gefallen.", "de", "casualties", "killed", id="killed"),
        pytest.param("Rund 2.700 Soldaten wurden verwundet.", "de", "casualties", "wounded", id="wounded"),
        pytest.param("Rund 4.000 Mann wurden getötet oder verwundet.", "de", "casualties", "killed_or_wounded", id="killed-or-wounded"),
        pytest.param("Auch 1.000 Minenräumer sollen kommen.", "de", "sappers", None, id="sappers"),
        pytest.param("Dazu kommen 5.000 Bauarbeiter.", "de", "construction_workers", None, id="construction"),
        pytest.param("About 4,000 North Korean soldiers have been killed or wounded.", "en", "casualties", "killed_or_wounded", id="en-casualties"),
        pytest.param("Pyongyang plans to send 25,000 more troops.", "en", "troops_planned", None, id="en-planned"),
        pytest.param("Some 15,000 North Korean workers arrived in Russia.", "en", "workers", None, id="en-workers"),
        pytest.param("Russland zahlt Nordkorea für jeden Soldaten 2.000 Dollar im Monat.", "de", "other", None, id="money"),
        # compound heads and inflections; a cue starts a word ("erlegen" is no cue inside "verlegen")
        pytest.param("Nordkorea will 3.000 Einsatzkräfte an die Front verlegen.", "de", "troops_planned", None, id="kraefte-verlegen"),
        pytest.param("Zudem seien 700 Kampfmittelräumer eingetroffen.", "de", "sappers", None, id="compound-head-raeumer"),
        # the role people are sent in, after their noun in the same clause, says what they are
        pytest.param("Bis zu 1.500 Nordkoreaner sollen als Bauarbeiter nach Russland kommen.", "de", "construction_workers",
                     None, id="role-als"),
        pytest.param("Pyongyang sent 1,000 men to work as deminers in Kursk.", "en", "sappers", None, id="en-role-as"),
        pytest.param("Pyongyang sent 1,000 troops as well as engineers.", "en", "troops_deployed", None,
                     id="en-as-well-as-is-no-role"),
        # what befell them, named before them: "den Tod von"
        pytest.param("Der Dienst bestätigte erstmals den Tod von rund 100 nordkoreanischen Soldaten.", "de", "casualties",
                     "killed", id="tod-von"),
    ],
)
def test_quantity(text, language, quantity, casualty_type):
    row = _one(text, language)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


def test_fraction_of_a_stated_base_is_resolved_with_the_arithmetic():
    claims = extract_claims("Im Herbst kamen etwa 12.000 Soldaten. Die Hälfte von ihnen wurde getötet oder verwundet.",
                            published="2025-02-01")
    row = claims.filter(pl.col("number_text").str.contains("Hälfte")).row(0, named=True)
    assert row["value_best"] == pytest.approx(6000)
    assert "12,000" in row["calculation"] and "6,000" in row["calculation"]
    assert row["quantity"] == "casualties"


def test_two_things_with_the_same_count_are_two_claims():
    claims = extract_claims("Nordkorea habe Moskau 120 selbstfahrende Geschütze überlassen. Hinzu kämen 120 "
                            "Mehrfachraketenwerfer.", published="2025-04-01")
    assert claims.filter(pl.col("quantity") == "munitions").height == 2


def test_a_fraction_restated_after_its_noun_phrase_is_one_claim():
    claims = extract_claims("Nearly half of the North Koreans sent to Kursk — roughly 5,000 men — have been killed or "
                            "wounded.", published="2025-04-01", language="en")
    assert claims["number_text"].to_list() == ["roughly 5,000"] and "restates" in claims["calculation"][0]


def test_a_fraction_of_a_base_is_not_restated_by_a_figure_far_from_it():
    """"Von den etwa 11.000 Abkommandierten sei fast die Hälfte ausgefallen, rund 1.000 seien gefallen": half of
    11,000 and 1,000 are two figures (the base opens the sentence); a figure near the share restates it."""
    claims = extract_claims("Von den etwa 12.000 Abkommandierten sei inzwischen ein Drittel ausgefallen, rund 900 seien "
                            "gefallen.", published="2025-04-01")
    assert claims["number_text"].to_list() == ["etwa 12.000", "ein Drittel", "rund 900"]
    assert claims["value_best"].to_list()[1] == 4000 and claims["quantity"].to_list()[0] == "troops_deployed"
    claims = extract_claims("Von den etwa 12.000 Abkommandierten sei inzwischen ein Drittel ausgefallen, rund 4.100 "
                            "Mann.", published="2025-04-01")
    assert claims["number_text"].to_list() == ["etwa 12.000", "rund 4.100"]


def test_a_share_of_casualties_is_whole_people():
    """"Etwa ein Drittel davon seien gefallen" after 5,000 casualties: a share of the casualties, never a
    fraction of a person."""
    claims = extract_claims("Mehr als 5.000 Nordkoreaner sind gefallen oder verwundet. Etwa ein Drittel davon seien im "
                            "Einsatz gefallen.", published="2025-04-01")
    row = claims.filter(pl.col("number_text").str.contains("Drittel")).row(0, named=True)
    assert row["value_best"] == 1667 and "5,000" in row["calculation"]
    assert (row["quantity"], row["casualty_type"]) == ("casualties", "killed")


def test_extract_claims_leaves_article_columns_null():
    claims = extract_claims("Laut CNN sind 3.000 Soldaten angekommen.", published="2025-01-01", publisher="Test")
    row = claims.row(0, named=True)
    assert row["article_id"] is None and row["publisher"] == "Test"
    assert row["published_date"] == dt.date(2025, 1, 1)


def test_bad_published_argument_is_a_clear_error():
    from analysis.errors import ParameterError

    with pytest.raises(ParameterError, match=r"published: expected a date"):
        extract_claims("12.000 Soldaten", published="gestern")


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        pytest.param("In den 1990er Jahren kamen 5.000 Soldaten.", "1990-01-01", "1999-12-31", "year", id="decade"),
        pytest.param("Von 2022 bis 2024 kamen 5.000 Soldaten.", "2022-01-01", "2024-12-31", "year", id="year-interval"),
        pytest.param("Am 29. Februar kamen 5.000 Soldaten.", "2025-02-28", "2025-02-28", "day", id="leap-day-clamped"),
    ],
)
def test_reference_period_edtf_forms(text, start, end, precision):
    row = _one(text, "de", "2025-03-10")
    assert (str(row["reference_start"]), str(row["reference_end"]), row["reference_precision"]) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "language", "total", "parts"),
    [
        pytest.param("Nordkorea schickt 3.000 weitere Soldaten: 2.000 Infanteristen und 1.000 Pioniere.", "de",
                     "3.000", ["2.000", "1.000"], id="de-sum"),
        pytest.param("About 4,000 were killed or wounded, including some 1,500 dead.", "en", "4,000", ["1,500"],
                     id="en-including"),
        # the parts named first, the total after them (its tense from theirs)
        pytest.param("Kim has agreed to dispatch 1,000 deminers and a further 5,000 military builders to Kursk, Shoigu said. "
                     "That makes 6,000 personnel in all, on top of the combat troops already sent.", "en", "6,000",
                     ["1,000", "5,000"], id="en-total-after-its-parts"),
    ],
)
def test_parts_are_linked_to_their_total(text, language, total, parts):
    claims = extract_claims(text, published="2025-03-10", language=language)
    total_id = claims.filter(pl.col("number_text").str.contains(total, literal=True))["claim_id"][0]
    linked = claims.filter(pl.col("part_of") == total_id)["number_text"].to_list()
    assert [p for p in parts if any(p in n for n in linked)] == parts


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        pytest.param("Die beiden Männer im Alter von 21 und 24 Jahren wurden verhört.", "de", "21", "age", id="de-age"),
        pytest.param("A 23-year-old soldier was captured near Sudzha.", "en", "23", "age", id="en-age"),
        pytest.param("Russland hat inzwischen fast zwölf Mal so viele Soldaten in Kursk.", "de", "zwölf Mal", "ratio",
                     id="de-ratio"),
        pytest.param("Russia now fields nearly twelve times as many troops in Kursk.", "en", "twelve times", "ratio",
                     id="en-ratio"),
        pytest.param("Die Einheit kämpfte drei Wochen lang bei Kursk.", "de", "drei Wochen", "duration", id="de-duration"),
        pytest.param("The plant lies about 900 kilometres east of Moscow.", "en", "900", "distance", id="en-distance"),
        pytest.param("Geliefert wurden Haubitzen vom Kaliber 170 Millimeter.", "de", "170", "calibre", id="de-calibre"),
        pytest.param("Russia fires North Korean 122mm rockets.", "en", "122", "calibre", id="en-calibre"),
        pytest.param("Ukraine-Ticker | 5 Kommentare | Lesezeit 4 Min.", "de", "5", "page furniture", id="de-furniture"),
        pytest.param("Der Bundestag billigte 40 Milliarden Euro für Schulen.", "de", "40 Milliarden Euro",
                     "off the topic", id="de-off-topic-money"),
        # the first of two numbers shares the second's unit; an age set off by commas; a live blog's day
        pytest.param("Die beiden Gefangenen seien 19 und 24 Jahre alt.", "de", "19", "age", id="de-paired-ages"),
        pytest.param("Der 30 Seiten starke Bericht nennt 11.000 Soldaten.", "de", "30", "document length",
                     id="de-document-length"),
        pytest.param("Einer der Gefangenen sei 25, der andere 19 Jahre alt.", "de", "25", "age", id="de-der-andere-age"),
        pytest.param("One of the two men is 22, the other 27 years old.", "en", "22", "age", id="en-the-other-age"),
        pytest.param("The older prisoner, 31, said he had been promised money.", "en", "31", "age",
                     id="en-appositive-age"),
        pytest.param("Park, 58, told reporters that 2,000 soldiers had arrived.", "en", "58", "age",
                     id="en-appositive-age-after-name"),
        pytest.param("LIVE | Day 1,100 | Kyiv reports heavy fighting.", "en", "1,100", "page furniture",
                     id="en-live-blog-day"),
        pytest.param("The 60-page report lists the units.", "en", "60", "page furniture", id="en-page-count"),
        pytest.param("Die Nato-Staaten wollen 3,5 Prozent des BIP für Verteidigung ausgeben.", "de", "3,5 Prozent",
                     "share of economy", id="de-share-of-gdp"),
        # soldiers of another country, by the adjective of their noun
        pytest.param("Moskau zog dafür 45.000 russische Soldaten zusammen.", "de", "45.000", "another country",
                     id="de-russian-soldiers"),
        pytest.param("They fight beside tens of thousands of Russian soldiers.", "en",
                     "tens of thousands", "another country", id="en-russian-troops"),
        pytest.param("Bei dem Angriff seien auch 25 Russen getötet worden.", "de", "25", "another country",
                     id="de-russen"),
        pytest.param("The strike also killed 40 Ukrainians, officials said.", "en", "40", "another country",
                     id="en-ukrainians"),
        pytest.param("Neben den Nordkoreanern zählte der Generalstab 97 russische Angriffe.", "de", "97", "another country",
                     id="de-russian-unknown-noun"),
        pytest.param("Kriegstag 1100: Die Lage bleibt angespannt.", "de", "1100", "page furniture", id="de-kriegstag"),
        pytest.param("Teil 3 unserer Serie: Wie 12.000 Nordkoreaner nach Kursk kamen.", "de", "3", "page furniture",
                     id="de-teil-einer-serie"),
        pytest.param("Part 3 of our series: How 12,000 North Koreans ended up in Kursk.", "en", "3", "page furniture",
                     id="en-part-of-a-series"),
        # the speaker's own side is not the topic ("eigenen Kriegsgefangenen", "of its own soldiers")
        pytest.param("Rund 300 Nordkoreaner sind gefallen. Kiew holte zudem 800 eigene Gefangene zurück.", "de", "800",
                     "own side", id="de-eigene-gefangene"),
        pytest.param("About 300 North Koreans died. Kyiv also freed 250 of its own soldiers.", "en", "250", "own side",
                     id="en-of-its-own-soldiers"),
        # a sentence naming another side and not North Korea is off the topic, whatever the sentence before named
        pytest.param("Rund 300 Nordkoreaner sind gefallen. Ukrainische Drohnenteams flogen 90 Einsätze gegen ihre "
                     "Stellungen.", "de", "90", "off the topic", id="de-other-side-after-a-north-korean-sentence"),
        # (bombs are arms since the twenty-ninth session: another side's, whatever the sentence names)
        pytest.param("Die russische Luftwaffe warf nach Kiewer Angaben 30 Gleitbomben auf ukrainische Stellungen.",
                     "de", "30", "arms another side uses", id="de-no-north-korea-no-claim"),
        pytest.param("Western estimates put Russian military casualties as high as 150,000 dead.", "en", "150,000",
                     "another country", id="en-russian-casualties-before-the-number"),
        pytest.param("Tips can be sent to 1-800-555-0199.", "en", "1-800-555-0199", "phone", id="en-toll-free-phone"),
        pytest.param("14:10 Uhr\n\nRussische Raketen treffen Odessa; drei Menschen werden verletzt.", "de", "drei",
                     "off the topic", id="de-people-off-the-topic"),
        pytest.param("Auf ukrainischer Seite fielen nach Angaben Kiews etwa 200 Soldaten.", "de", "200", "another country",
                     id="de-auf-ukrainischer-seite"),
        # a figure counting those who speak
        pytest.param("Davon seien etwa 600 tot, berichteten zwei Parlamentarier.", "de", "zwei", "counts who reports it",
                     id="de-two-lawmakers"),
        pytest.param("Two senior officials told Reuters 3,000 troops had arrived.", "en", "Two", "counts who reports it",
                     id="en-two-officials"),
        pytest.param("Two people familiar with South Korean intelligence told CNN 3,000 troops had left.", "en", "Two",
                     "counts who reports it", id="en-two-people-familiar-with"),
        # a share in small number words is a ratio ("two in five", "zwei von fünf")
        pytest.param("Kim has lost more than two in five of his men in barely five months.", "en", "two", "ratio",
                     id="en-two-in-five"),
        pytest.param("Kim hat mehr als zwei von fünf seiner Soldaten verloren.", "de", "fünf", "ratio",
                     id="de-zwei-von-fuenf"),
        # the size of a whole army is no deployment; Chechen fighters are Russia's
        pytest.param("Rund 1,2 Millionen Männer und Frauen stehen in Nordkorea unter Waffen.", "de", "1,2 Millionen",
                     "army size", id="de-unter-waffen"),
        pytest.param("North Korea is thought to keep around 1.2 million people under arms.", "en", "1.2 million",
                     "army size", id="en-under-arms"),
        pytest.param("Bei einem Beschuss wurden acht tschetschenische Kämpfer getötet.", "de", "acht", "another country",
                     id="de-chechen-fighters"),
        # ages set off by dashes, and "one is 20, the other 26"
        pytest.param("Two prisoners held in Ukraine — Ri, 27, and Paek, 22 — have asked to go south.", "en", "22", "age",
                     id="en-age-before-a-dash"),
        pytest.param("The men — one is 20, the other 26 — were seized in Kursk.", "en", "20", "age", id="en-one-is-20"),
        # a figure in a question asserts nothing; a rhetorical question that states a figure does
        pytest.param("Q: Can you say how many are in Kursk already? Dozens? Hundreds?", "en", "Hundreds",
                     "in a question", id="en-question"),
        pytest.param("Wie viele es sind, weiß niemand: Sind es 10.000 Soldaten?", "de", "10.000", "in a question",
                     id="de-question"),
        # a second-long clip, an 11-nation body: measures, not counts
        pytest.param("The 52-second clip of North Korean soldiers could not be verified.", "en", "52", "duration",
                     id="en-seconds"),
        pytest.param("An 11-nation monitoring body says North Korea sent 100 missiles.", "en", "11", "membership",
                     id="en-11-nation-body"),
        # a count of something else in a sentence (and the one before) off the topic
        pytest.param("Kiew meldet den Abschuss von 35 Drohnen über Charkiw.", "de", "35", "off the topic",
                     id="de-off-topic-count"),
        # how many each group held is no count of those sent
        pytest.param("Die Nordkoreaner seien in Gruppen von 20 bis 30 Mann vorgerückt.", "de", "von 20 bis 30", "group size",
                     id="de-group-size"),
        pytest.param("North Korean troops attacked in groups of 20 to 30 soldiers.", "en", "20 to 30", "group size",
                     id="en-group-size"),
        # an age after "the other", closing its sentence
        pytest.param("One is 20 years old, the other 26. Kyiv's estimate is around 12,000.", "en", "26", "age",
                     id="en-age-before-a-full-stop"),
        # the whole army, not a deployment; serving in Russia's army stays a claim (a deployment)
        pytest.param("Some 1.2 million North Koreans serve in the country's armed forces.", "en", "1.2 million",
                     "army size", id="en-serve-in-the-countrys-armed-forces"),
        pytest.param("Die Armee des Nordens zählt insgesamt rund 1,1 Millionen aktive Soldaten.", "de", "1,1 Millionen",
                     "army size", id="de-armee-zaehlt-insgesamt"),
        pytest.param("Pyongyang's army numbers about 1.1 million soldiers.", "en", "1.1 million", "army size",
                     id="en-army-numbers"),
        # a share of nothing the topic names; one that points back stays a claim (test below)
        pytest.param("Die Zustimmung zu Präsident Lee lag in einer Umfrage bei 58 Prozent.", "de", "58 Prozent",
                     "percentage in a sentence off the topic", id="de-off-topic-percentage"),
        # a pair of ages sharing one unit, ages set off after plural people, decades, page numbers
        pytest.param("Die 19- und 23-jährigen Gefangenen sollen ausgetauscht werden.", "de", "19", "age",
                     id="de-suspended-hyphen-age"),
        pytest.param("Two North Korean soldiers were captured. The prisoners, 24 and 19, are held in Kyiv.", "en", "24", "age",
                     id="en-ages-after-plural-people"),
        pytest.param("Two North Korean soldiers were captured. The prisoners, 24 and 19, are held in Kyiv.", "en", "19", "age",
                     id="en-second-age-after-plural-people"),
        pytest.param("North Korea has not fought a war in seven decades, yet it sent 11,000 soldiers to Russia.", "en",
                     "seven", "duration", id="en-decades"),
        pytest.param("Print edition, p. 7\nNorth Korea sent 11,000 soldiers to Russia, Seoul says.", "en", "7",
                     "page furniture", id="en-page-number"),
        # the army that lost them, as the subject after its auxiliary or as the owner of the losses
        pytest.param("Nach Angaben des Generalstabs in Kiew hat Russland binnen 24 Stunden 1.480 Soldaten verloren.", "de",
                     "1.480", "another country (ru)", id="de-inverted-subject-lost-them"),
        pytest.param("The same update put Russia's own losses since February 2022 at about 1 million killed and wounded.",
                     "en", "1 million", "another country (ru)", id="en-owner-of-the-losses"),
        pytest.param("Kiew beziffert Russlands Verluste seit Kriegsbeginn auf rund 1 Million Soldaten.", "de", "1 Million",
                     "another country (ru)", id="de-owner-of-the-losses"),
        # a sentence that turns to another matter takes no topic from the one before
        pytest.param("Kyiv put North Korean deaths at around 200. Separately, Ukraine's General Staff reported Russian "
                     "losses over the past day, along with 13 tanks and 61 artillery systems.", "en", "61",
                     "in a sentence off the topic", id="en-separately-arms"),
        # the number of a list item, people who gathered at an event, the members of a body
        pytest.param("Die wichtigsten Zahlen im Überblick: 1. Etwa 15.000 Soldaten hat Nordkorea entsandt. 2. Rund 4.700 "
                     "von ihnen wurden verwundet.", "de", "2", "the number of a list item", id="de-run-in-list-number"),
        pytest.param("Key figures:\n3) Some 600 North Korean soldiers were killed.", "en", "3", "the number of a list item",
                     id="en-list-number-at-a-line-start"),
        pytest.param("Kim knelt before portraits of nine fallen sappers, KCNA reported. The ceremony drew thousands of "
                     "grieving relatives and officials.", "en", "thousands", "gathered", id="en-an-audience"),
        pytest.param("Zur Trauerfeier für die gefallenen Soldaten kamen in Pjöngjang mehrere Hundert Trauergäste.", "de",
                     "mehrere Hundert", "gathered", id="de-an-audience"),
        pytest.param("About 300 North Korean soldiers have died, the spy agency told lawmakers. The figures came out of a "
                     "closed-door session, said Rep. Lee Seong-kweun, one of 12 committee members present.", "en", "12",
                     "members of a body", id="en-committee-members"),
        pytest.param("Nach der Sitzung sagten zwei der zwölf Ausschussmitglieder, Nordkorea habe 600 Soldaten verloren.",
                     "de", "zwölf", "counts who reports it (lawmakers)", id="de-committee-members"),
        # a ticker's time with its zone, a German ordinal before a unit in the genitive
        pytest.param("10.05 GMT: Ukraine's special operations forces say they killed or wounded 21 North Korean soldiers.",
                     "en", "10.05 GMT", "time of day", id="en-ticker-time-with-zone"),
        pytest.param("Das sagte Kim Jong Un beim Empfang des heimgekehrten 528. Pionierregiments in Pjöngjang.", "de", "528.",
                     "ordinal", id="de-ordinal-before-a-genitive-unit"),
        # a country that says of itself that it lost soldiers counts its own
        pytest.param("Ukraine says it has lost 43,000 soldiers since 2022. It puts North Korean losses at about 4,000.",
                     "en", "43,000", "counts soldiers of another country (ua)", id="en-country-says-it-lost"),
        # another country's losses named by its adjective, past a span of time
        pytest.param("Der Generalstab beziffert die russischen Verluste der vergangenen 24 Stunden auf 1.230 Soldaten. In "
                     "Kursk kämpfen weiterhin etwa 8.000 Nordkoreaner.", "de", "1.230",
                     "counts soldiers of another country (ru)", id="de-adjective-owns-the-losses"),
        pytest.param("Ukraine's General Staff put Russian losses over the past 24 hours at 1,230 troops. About 8,000 North "
                     "Koreans are still fighting in Kursk.", "en", "1,230", "counts soldiers of another country (ru)",
                     id="en-adjective-owns-the-losses"),
        # the people of a prisoner swap, in a sentence that does not name the North
        pytest.param("Ukraine brought home 185 soldiers and 20 civilians in a prisoner swap with Russia on Thursday. The two "
                     "North Korean soldiers taken prisoner are still held in Kyiv.", "en", "185",
                     "counts a prisoner swap", id="en-people-of-a-swap"),
        pytest.param("Beim jüngsten Gefangenenaustausch kehrten 205 ukrainische Soldaten und 20 Zivilisten heim. Die zwei "
                     "nordkoreanischen Gefangenen blieben in Kiew.", "de", "205", "counts", id="de-people-of-a-swap"),
        # a page's counter in parentheses after its label
        pytest.param("About 11,000 North Korean soldiers are in Kursk, the BBC reported. Comments (5)", "en", "5",
                     "page furniture", id="en-comments-counter-in-parentheses"),
        # a part after its whole's number, "of which": it counts what the whole counts
        pytest.param("About 11,000 North Korean soldiers remain in Kursk. Russia launched 146 drones overnight, Ukraine's air "
                     "force said, 80 of which were shot down.", "en", "80", "counts", id="en-part-of-which-after-its-number"),
        # a person's age after "is", the clause going on with "and": a name with no article, or "the older"
        pytest.param("Der Koreanist Lars Henning hält die Zahlen für zu niedrig: 20.000 Nordkoreaner seien im Einsatz. "
                     "Henning ist 54 und hat lange in Seoul gelebt.", "de", "54", "age", id="de-name-is-an-age-and"),
        pytest.param("Der SBU hält zwei nordkoreanische Soldaten fest. Der ältere ist 26 und dient seit 2021 in der Armee.",
                     "de", "26", "age", id="de-the-older-is-an-age"),
        pytest.param("Two North Korean soldiers are held in Kyiv. The older is 26 and has served since 2021.", "en", "26",
                     "age", id="en-the-older-is-an-age"),
        # the total a figure that counts something else brings its count to counts it too
        pytest.param("Ukraine's General Staff put Russian losses over the past day at 1,190 troops, bringing its count since "
                     "February 2022 to about 860,000. Up to 3,000 North Korean reinforcements may have reached Kursk.", "en",
                     "860,000", "the total of the figure before", id="en-total-of-another-countrys-losses"),
        # a country's initials before the noun are its adjective
        pytest.param("North Korea has sent 14,000 troops to Russia. The deployment could threaten the more than 28,500 U.S. "
                     "troops stationed in South Korea.", "en", "28,500", "counts soldiers of another country (us)",
                     id="en-initials-as-the-nouns-country"),
        # a call-up in a sentence that names no North Korean is another side's
        pytest.param("Mehr als 10.000 nordkoreanische Soldaten sind im Osten Russlands. Die Ukraine will unterdessen weitere "
                     "160.000 Männer einberufen.", "de", "160.000", "counts a call-up of another side",
                     id="de-another-sides-call-up"),
        pytest.param("More than 10,000 North Korean soldiers are in Russia's east. Ukraine meanwhile plans to mobilise another "
                     "160,000 men.", "en", "160,000", "counts a call-up of another side", id="en-another-sides-call-up"),
        # what usually holds is a general fact, no claim
        pytest.param("Russia lost a battalion of North Korean infantry, Zelenskyy said. A battalion usually has several "
                     "hundred soldiers, Reuters noted.", "en", "several hundred", "a general fact",
                     id="en-what-usually-holds"),
        pytest.param("Nordkorea schickt ein weiteres Bataillon nach Kursk. Ein Bataillon umfasst in der Regel 500 Mann.", "de",
                     "500", "a general fact", id="de-what-usually-holds"),
        # both numbers of a hyphenated pair are a compound modifier
        pytest.param("North Korean soldiers held by Ukraine were left out of the thousand-for-thousand prisoner exchange.",
                     "en", "thousand", "compound modifier", id="en-pair-in-a-compound"),
        pytest.param("Im 1.000-für-1.000-Austausch fehlten die nordkoreanischen Gefangenen.", "de", "1.000",
                     "compound modifier", id="de-pair-in-a-compound"),
        # the bodies one side hands the other count a swap, like prisoners
        pytest.param("Russland hat der Ukraine nach Angaben aus Kiew die Leichen von 6.057 gefallenen Soldaten übergeben. "
                     "Die Zahl der toten Nordkoreaner schätzt London auf 1.000.", "de", "6.057", "counts a prisoner swap",
                     id="de-bodies-handed-over"),
        pytest.param("Russia handed over the bodies of 909 fallen soldiers to Ukraine on Friday. London puts North Korean "
                     "dead at 1,000.", "en", "909", "counts a prisoner swap", id="en-bodies-handed-over"),
        # a country's population, and the whole standing army, are no deployment
        pytest.param("North Korea's population is about 26 million, and its army, with some 1.2 million active personnel, "
                     "is one of the largest in the world.", "en", "26 million", "population", id="en-population-is"),
        pytest.param("North Korea's population is about 26 million, and its army, with some 1.2 million active personnel, "
                     "is one of the largest in the world.", "en", "1.2 million", "army size", id="en-army-with-active"),
        pytest.param("Nordkorea hat eine Bevölkerung von rund 26 Millionen Menschen.", "de", "26 Millionen", "population",
                     id="de-population-of"),
        # those a list names, whoever they are
        pytest.param("Die EU hat ihr 16. Sanktionspaket gegen Russland beschlossen. Auf der Liste stehen auch zwei "
                     "nordkoreanische Generäle, die Brüssel für die Entsendung von Truppen verantwortlich macht.", "de", "zwei",
                     "those a list names", id="de-on-the-list-stand"),
        pytest.param("The EU adopted its 16th sanctions package. On the list are two North Korean generals blamed for the "
                     "deployment.", "en", "two", "those a list names", id="en-on-the-list-are"),
        # the country that loses them, in a progressive or past an aside that names another
        pytest.param("At the height of its winter offensives Russia was losing more than 1,500 soldiers a day, Kyiv said. About "
                     "12,000 North Koreans were sent to Kursk.", "en", "1,500", "counts soldiers of another country (ru)",
                     id="en-was-losing"),
        pytest.param("Russia, by Ukrainian counts, has lost more than 950,000 soldiers killed or wounded since February 2022. "
                     "The roughly 12,000 North Koreans sent to Kursk were a small share.", "en", "950,000",
                     "counts soldiers of another country (ru)", id="en-lost-past-an-aside"),
        # the whole standing army by its active soldiers, the verb before its subject, or put "at" a figure
        pytest.param("Rund 11.000 Nordkoreaner kämpfen in Kursk. Insgesamt zählen Nordkoreas Streitkräfte rund 1,2 Millionen "
                     "aktive Soldaten.", "de", "1,2 Millionen", "army size", id="de-active-soldiers"),
        pytest.param("Some 15,000 troops were sent to Russia. The document also puts North Korea's total active forces at 1.28 "
                     "million.", "en", "1.28 million", "army size", id="en-active-forces-at"),
        # a comparison turns to another matter: its figures of other things are no claim
        pytest.param("Nordkorea hat Russland mehr als acht Millionen Granaten geliefert. Zum Vergleich: Die Europäische Union "
                     "hatte der Ukraine bis zum Frühjahr 2024 eine Million Schuss zugesagt.", "de", "eine Million",
                     "off the topic", id="de-for-comparison"),
        pytest.param("North Korea has sent Russia more than eight million shells. By comparison, the European Union had promised "
                     "Ukraine one million rounds by spring 2024.", "en", "one million", "off the topic",
                     id="en-by-comparison"),
        # a child's age however it is hedged; an economy's size in money
        pytest.param("About 5,000 troops were sent, the NIS said. It also noted that Kim's daughter, thought to be about 12, "
                     "had appeared at several events.", "en", "12", "age", id="en-a-childs-hedged-age"),
        pytest.param("Russland zahlt pro Soldat etwa 2.000 Dollar. Nordkoreas gesamte Wirtschaftsleistung liegt nach Schätzung "
                     "der Bank of Korea bei nur etwa 28 Milliarden Dollar.", "de", "28 Milliarden Dollar",
                     "amount of money for something else", id="de-an-economys-size"),
        # a compound's head decides what it counts: a stem of the topic's people or things that only modifies another
        # noun counts that noun
        pytest.param("Die Nordkoreaner würden derzeit auf vier Truppenübungsplätzen im Fernen Osten ausgebildet, sagte Budanow.",
                     "de", "vier", "counts something else", id="de-compound-head-training-grounds"),
        pytest.param("Ukrainische Drohnen zerstörten nach Angaben des Generalstabs drei Munitionslager der Nordkoreaner.",
                     "de", "drei", "no counted noun", id="de-compound-head-depots"),
        # prisoners the warring sides exchange, the German verb at the clause's end
        pytest.param("Russland und die Ukraine haben am Freitag je 390 Gefangene ausgetauscht.", "de", "390",
                     "a prisoner swap between the warring sides", id="de-prisoners-exchanged"),
        # the losing country with an adverb before its auxiliary
        pytest.param("Nordkorea hat rund 4.000 Mann verloren. Russland selbst habe seit Kriegsbeginn mehr als 850.000 Soldaten "
                     "verloren, heißt es in Kiew.", "de", "850.000", "another country (ru)", id="de-loser-selbst-habe"),
        pytest.param("A North Korean prisoner, who gave his age as 26, said about 100 men of his battalion had died.", "en", "26",
                     "age", id="en-gave-his-age-as"),
        # an English noun of things modifying its head counts the head: "two ammunition depots"
        pytest.param("Ukrainian units destroyed two North Korean ammunition depots near Kursk, the spokesman said.", "en", "two",
                     "no counted noun", id="en-ammunition-depots"),
        # a person's age set off by commas after a person noun; a day's number in the war
        pytest.param("The brigade said it had spotted 200 North Korean soldiers. The brigade's commander, 34, has led the unit "
                     "since 2023.", "en", "34", "age", id="en-commander-age-appositive"),
        pytest.param("On day 1,000 of the war, Ukraine's General Staff said North Korean units had lost about 4,000 men.", "en",
                     "1,000", "day of the war", id="en-day-of-the-war"),
        # the ages of several after "who are", the second of a pair too
        pytest.param("A video released by the SBU shows the two prisoners, who are 21 and 26, eating lunch.", "en", "26", "age",
                     id="en-who-are-21-and-26"),
        # captives counted for each side are a swap's; arms fired at Ukraine, or made by an industry a warring side's
        # word opens after an article, are that side's
        pytest.param("Moskau und Kiew wollen bis Montag 500 Gefangene pro Seite freilassen.", "de", "500",
                     "prisoner swap", id="de-captives-per-side"),
        pytest.param("Russia and Ukraine released 250 prisoners each on Tuesday.", "en", "250", "prisoner swap",
                     id="en-captives-each"),
        pytest.param("In der Nacht hatte Moskau 40 Drohnen und drei Raketen auf die Ukraine abgefeuert.", "de", "drei",
                     "arms another side", id="de-missiles-fired-at-ukraine-verb-final"),
        pytest.param("Die russische Industrie produziert nach Schätzungen etwa 3 Millionen Granaten im Jahr.", "de",
                     "3 Millionen", "arms another side", id="de-shells-made-by-the-russian-industry"),
        pytest.param("Cargo ships made 64 round trips between Rajin and Russia's Far East to carry North Korean shells.",
                     "en", "64", "counts", id="en-round-trips-not-rounds"),
        # a force of another country right before its strength
        pytest.param("Russia has massed troops in Kursk, alongside the North Koreans. Ukraine faces a Russian force of "
                     "about 50,000 there.", "en", "50,000", "another country (ru)", id="en-a-russian-force-of"),
        pytest.param("Neben 11.000 Nordkoreanern steht in Kursk eine russische Streitmacht von rund 50.000 Mann.", "de",
                     "50.000", "another country (ru)", id="de-eine-russische-streitmacht-von"),
        # "Angehörige" alone are relatives; members only of a force they are named with
        pytest.param("Kim Jong Un ehrte die in Russland gefallenen Soldaten. Zur Zeremonie in Pjöngjang kamen Hunderte "
                     "Angehörige und Parteifunktionäre.", "de", "Hunderte", "counts something else",
                     id="de-angehoerige-alone-are-relatives"),
        # casualties of a Russian attack, in a sentence that names no North Korean, are the attacked side's
        pytest.param("Drei Tote nach russischem Raketenangriff auf Saporischschja. Nordkorea schickt weitere Soldaten.",
                     "de", "Drei", "victims of a Russian attack", id="de-victims-of-a-russian-attack"),
        pytest.param("Four soldiers were killed in a Russian missile strike on Dnipro. North Korea is sending more troops.",
                     "en", "Four", "victims of a Russian attack", id="en-victims-of-a-russian-attack"),
        pytest.param("Kyiv has brought home 800 prisoners of war since March, Zelensky said. Two North Koreans remain in "
                     "Ukrainian custody.", "en", "800", "prisoner swap", id="en-own-captives-brought-home"),
        pytest.param("Kiew hat seit März 800 Kriegsgefangene heimgeholt, sagte Selenskyj. Zwei Nordkoreaner bleiben in "
                     "ukrainischem Gewahrsam.", "de", "800", "prisoner swap", id="de-own-captives-brought-home"),
        # a country that holds the soldiers counted (its name right before the verb of holding) counts its own
        pytest.param("The U.S. has about 28,500 troops stationed in South Korea.", "en", "28,500",
                     "counts soldiers of another country (us)", id="en-us-has-troops-in-korea"),
        pytest.param("Russland unterhält rund 50.000 Soldaten in der Region Kursk.", "de", "50.000",
                     "counts soldiers of another country (ru)", id="de-russia-maintains-troops"),
        # a bullet run into a paragraph opens an item of its own: the figure before does not tie it to the topic
        pytest.param("Seoul puts the North's dead at about 600. • Russia fired 80 drones and 12 missiles at Ukraine overnight, "
                     "the air force said; at least four civilians died in Kharkiv.", "en", "four",
                     "counts something else, in a sentence off the topic", id="en-inline-bullet-item"),
        # a country with an adverb before its verb of losing ("Russland selbst verliert") counts its own
        pytest.param("Mehr als 4.000 Nordkoreaner sind gefallen oder verwundet. Russland selbst verliert nach Kiewer Zählung "
                     "rund 1.200 Soldaten pro Tag.", "de", "1.200", "counts soldiers of another country (ru)",
                     id="de-russia-itself-loses"),
        # a poll's sample, a place's population and a whole army's strength size no count of the topic's people
        pytest.param("Nordkorea hat rund 11.000 Soldaten geschickt. In einer Umfrage unter 1.015 Südkoreanern lehnten 70 "
                     "Prozent Waffenhilfe ab.", "de", "1.015", "counts those a poll surveyed", id="de-poll-sample"),
        pytest.param("Some 5,000 North Korean workers are building apartments in Khabarovsk Krai, a region of roughly 1.3 "
                     "million people, officials said.", "en", "1.3 million", "counts a place's population", id="en-region-population"),
        pytest.param("About 11,000 North Korean soldiers went to Kursk; the North's armed forces number roughly 1.2 million.",
                     "en", "1.2 million", "counts a whole army's strength", id="en-whole-army-strength"),
        # signing up one's own recruits is a call-up of another side
        pytest.param("Russia signs up about 25,000 contract soldiers a month, the Kremlin said.", "en", "25,000",
                     "counts a call-up of another side", id="en-signs-up-recruits"),
        # a figure joined by "and" to one that counts something else counts the same kind of thing
        pytest.param("Seoul sanctioned 9 firms and 6 individuals for shipping North Korean shells to Russia.", "en", "6",
                     "those a sanctions list names", id="en-joined-to-a-sanctions-count"),
        # a series' number after a comma ("Der Tag, Folge 412"), a figure a correction rejects
        pytest.param("Der Morgen, Folge 388: Wie viele Nordkoreaner kämpfen noch in Kursk?", "de", "388", "page furniture",
                     id="de-episode-after-comma"),
        pytest.param("Korrektur: In einer früheren Fassung dieses Beitrags war von 1.400 Toten die Rede. Richtig ist: Seoul "
                     "spricht von rund 2.000 Gefallenen.", "de", "1.400", "corrected", id="de-correction-earlier-version"),
        pytest.param("Correction: Seoul's estimate of North Korean dead is 2,000, not 3,000.", "en", "3,000", "corrected",
                     id="en-correction-not-n"),
        # "N of the <things>": a part of things named after the number, not of the people counted before
        pytest.param("About 8,000 North Korean workers could go to the Alabuga plant; it produced more than 4,000 of the "
                     "drones last year, Kyiv says.", "en", "4,000", "things named after it", id="en-n-of-the-drones"),
        # drones downed, after a participle, and hardware its own clause says was destroyed
        pytest.param("Nordkoreanische Pioniere sollen zurückkehren. Die ukrainische Luftwaffe meldete am selben Tag 95 "
                     "abgeschossene russische Drohnen.", "de", "95", "another country", id="de-downed-russian-drones"),
        pytest.param("Rund 40 Nordkoreaner seien bei dem Angriff getötet worden, teilte die Brigade mit, die dabei nach "
                     "eigenen Angaben 3 Schützenpanzer zerstörte.", "de", "3", "hardware destroyed", id="de-hardware-destroyed"),
        # the families of the dead gathered at an event; a rate of use; another side's own recruiting
        pytest.param("Kim Jong Un empfing erneut die Familien gefallener Soldaten; zu dem Empfang waren rund 250 "
                     "Hinterbliebenen geladen.", "de", "250", "gathered", id="de-hinterbliebenen-geladen"),
        pytest.param("Nordkorea lieferte mehr als zwei Millionen Granaten – bei einem Verbrauch von täglich etwa 8.000 Schuss "
                     "reicht das nur Wochen.", "de", "8.000", "rate of use", id="de-verbrauch-taeglich"),
        pytest.param("North Korea has shipped millions of shells; Russian gunners fire about 10,000 rounds a day.", "en",
                     "10,000", "rate of use", id="en-rounds-a-day"),
        pytest.param("Russland hat laut dem Bericht seit Jahresbeginn mehr als 250.000 Vertragssoldaten angeworben.", "de",
                     "250.000", "call-up", id="de-angeworben-another-side"),
        # what carried them, not people
        pytest.param("About 1,500 of the wounded have been flown to North Korea aboard at least 12 Air Koryo flights.",
                     "en", "12", "vehicles or trips", id="en-air-koryo-flights"),
        # a formation's whole strength at home, a part of which was sent
        pytest.param("Most of them come from the Storm Corps, an elite formation thought to number some 40,000 men. About "
                     "12,000 of them were sent to Russia.", "en", "40,000", "formation's strength", id="en-corps-strength"),
        pytest.param("Die Soldaten stammen aus dem 11. Armeekorps, dessen Stärke Seoul auf 40.000 bis 45.000 Mann schätzt. "
                     "Rund 11.000 von ihnen wurden nach Russland geschickt.", "de", "40.000 bis 45.000", "formation's strength",
                     id="de-armeekorps-staerke"),
        pytest.param("Pyongyang has handed over more than 100 missiles, he said, against a Russian daily expenditure of "
                     "around 8,000 rounds.", "en", "8,000", "rate of use", id="en-daily-expenditure"),
        pytest.param("HUR said Ukrainian units had also destroyed 12 North Korean firing positions near Sudzha.", "en", "12",
                     "places or things", id="en-north-korean-firing-positions"),
    ],
)
def test_measures_and_off_topic_amounts_are_mentions_not_claims(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # the people counted say whose they are, whichever side they fight on
        pytest.param("Auf russischer Seite kämpfen 11.000 Nordkoreaner.", "de", "11.000", id="de-own-people-on-a-side"),
        pytest.param("On the Russian side, some 11,000 North Koreans are fighting.", "en", "11,000",
                     id="en-own-people-on-a-side"),
        # a side named in the sentence before is not the side of this figure
        pytest.param("Seit Oktober kämpfen Nordkoreaner auf russischer Seite. Das Pentagon kommt auf 11.000 bis 12.000 "
                     "Mann.", "de", "11.000 bis 12.000", id="de-side-in-the-sentence-before"),
        # the noun before the number carries its own country: a side after it is where they fight
        pytest.param("Die Zahl der nordkoreanischen Soldaten auf russischer Seite schätzt Kiew auf 12.000.", "de",
                     "12.000", id="de-own-adjective-before-a-side"),
    ],
)
def test_a_side_does_not_overrule_the_people_counted(text, language, number):
    from analysis.pipeline import ArticleInfo, process_text

    claims, _ = process_text(text, ArticleInfo(None, None, dt.date(2025, 3, 10), "day", language))
    found = [c for c in claims if number in c["number_text"]]
    assert found
    assert all(c["source"] != "ru_government" for c in found)    # a side is never the claimer


@pytest.mark.parametrize(
    ("text", "language", "published", "number", "period"),
    [
        pytest.param("In der vergangenen Woche sind 300 Nordkoreaner gefallen.", "de", "2025-01-10", "300",
                     ("2025-01-03", "2025-01-10"), id="de-past-week"),
        pytest.param("About 2,000 troops were killed or wounded last year, Seoul said.", "en", "2025-03-05", "2,000",
                     ("2024-01-01", "2024-12-31"), id="en-last-year"),
        pytest.param("Seit Jahresbeginn hat Nordkorea 1.500 weitere Soldaten geschickt.", "de", "2025-04-20", "1.500",
                     ("2025-01-01", None), id="de-since-year-start"),
        pytest.param("In den vergangenen zwei Monaten wurden 800 Nordkoreaner verwundet.", "de", "2025-05-15", "800",
                     ("2025-03-15", "2025-05-15"), id="de-past-duration"),
        pytest.param("Ende 2024 waren 11.000 Nordkoreaner in Kursk.", "de", "2025-03-01", "11.000",
                     ("2024-10-01", "2024-12-31"), id="de-late-year"),
        pytest.param("Pyongyang sent 2,500 more troops in March and April.", "en", "2025-05-20", "2,500",
                     ("2025-03-01", "2025-04-30"), id="en-coordinated-months"),
        pytest.param("Nordkorea will im Herbst weitere 4.000 Soldaten schicken.", "de", "2025-12-10", "4.000",
                     ("2026-09-01", "2026-11-30"), id="de-plan-takes-the-next-autumn"),
        pytest.param("The best public number is about 14,000 in total once you add the reinforcements that arrived in "
                     "January.", "en", "2025-03-04", "14,000", (None, None), id="en-date-of-a-temporal-clause"),
        pytest.param("Pyongyang also sent upwards of 11,000 troops in late 2024.", "en", "2025-05-29", "11,000",
                     ("2024-10-01", "2024-12-31"), id="en-in-late-year"),
        # months and seasons after more temporal prepositions; next year
        pytest.param("Another 3,000 were sent between January and March.", "en", "2025-05-29", "3,000",
                     ("2025-01-01", "2025-03-31"), id="en-between-months"),
        pytest.param("Zwischen Januar und März seien 2.000 Verwundete heimgebracht worden.", "de", "2025-05-29", "2.000",
                     ("2025-01-01", "2025-03-31"), id="de-zwischen-monaten"),
        pytest.param("As of December, 11,000 soldiers were in Kursk.", "en", "2025-03-01", "11,000",
                     ("2024-12-01", "2024-12-31"), id="en-as-of-month"),
        pytest.param("Some 14,000 troops have passed through Kursk since last autumn.", "en", "2025-03-12", "14,000",
                     ("2024-09-01", None), id="en-since-last-autumn"),
        pytest.param("About 120 guns were shipped since the autumn.", "en", "2025-08-15", "120", ("2024-09-01", None),
                     id="en-since-the-autumn"),
        pytest.param("Im kommenden Jahr könnten 30.000 weitere Soldaten folgen.", "de", "2025-10-15", "30.000",
                     ("2026-01-01", "2026-12-31"), id="de-im-kommenden-jahr"),
        pytest.param("Nordkorea unterstützt Russland seit Herbst 2024; 10.000 Soldaten sind im Einsatz.", "de",
                     "2025-03-01", "10.000", (None, None), id="de-date-of-another-clause"),
        pytest.param("Seoul says 9,000 troops have been sent since the spring of 2024.", "en", "2025-03-01", "9,000",
                     ("2024-03-01", None), id="en-since-the-season"),
        pytest.param("About 9,000 troops are there, including 6,000 infantrymen and 3,000 engineers who arrived "
                     "this year.", "en", "2025-05-01", "9,000", (None, None), id="en-period-of-a-later-figure"),
        pytest.param("About 9,000 troops are there, including 6,000 infantrymen and 3,000 engineers who arrived "
                     "this year.", "en", "2025-05-01", "3,000", ("2025-01-01", "2025-12-31"), id="en-its-own-period"),
        pytest.param("Seit 2024 hat Nordkorea rund 300 Raketen und 20 Haubitzen geliefert.", "de", "2025-05-01", "20",
                     ("2024-01-01", None), id="de-period-before-them-all"),
        # the date of the saying is not the figure's: before "that"/"dass", or in the phrase naming the interview
        pytest.param("The ministry told a briefing on May 2 that 2,000 soldiers had been sent.", "en", "2025-05-05",
                     "2,000", (None, None), id="en-date-of-the-briefing"),
        pytest.param("Syrskyj nannte in einem am 3. Mai veröffentlichten Interview 4000 Tote.", "de", "2025-05-05",
                     "4000", (None, None), id="de-date-of-the-interview"),
        # more ways to say the past week
        pytest.param("Die Spezialkräfte hätten in der zurückliegenden Woche 21 Nordkoreaner getötet.", "de", "2025-02-05",
                     "21", ("2025-01-29", "2025-02-05"), id="de-zurueckliegende-woche"),
        pytest.param("Ukrainian units killed 21 North Koreans during the previous week.", "en", "2025-02-05", "21",
                     ("2025-01-29", "2025-02-05"), id="en-during-the-previous-week"),
        # a wire story's dateline is no period
        pytest.param("SEOUL, May 2 (Reuters) - About 2,000 more soldiers have arrived in Kursk.", "en", "2025-05-02",
                     "2,000", (None, None), id="en-wire-dateline"),
        # a month "last year" is that month of the year before; a range's second month may be "mid-"; the first months
        # and the end of the year are quarters, a deadline ("by the end of the year") names none
        pytest.param("Since August last year, North Korea has shipped more than 12 million shells, Seoul says.", "en",
                     "2025-09-10", "12 million", ("2024-08-01", None), id="en-month-last-year"),
        pytest.param("Zwischen Dezember und Mitte Januar seien rund 300 gefallen, sagten Abgeordnete.", "de", "2025-01-20",
                     "300", ("2024-12-01", "2025-01-31"), id="de-zwischen-und-mitte"),
        pytest.param("Around 300 were killed between December and mid-January, according to lawmakers.", "en", "2025-01-20",
                     "300", ("2024-12-01", "2025-01-31"), id="en-between-and-mid"),
        pytest.param("In den ersten drei Monaten des Jahres wurden laut London rund 4.000 getötet oder verwundet.", "de",
                     "2025-04-10", "4.000", ("2025-01-01", "2025-03-31"), id="de-ersten-drei-monate"),
        pytest.param("Bis zu 12.000 Arbeiter könnten Ende des Jahres eingesetzt werden.", "de", "2025-06-01", "12.000",
                     ("2025-10-01", "2025-12-31"), id="de-ende-des-jahres"),
        pytest.param("By the end of the year, up to 30,000 more could be deployed, Kyiv said.", "en", "2025-03-01", "30,000",
                     (None, None), id="en-deadline-names-no-period"),
        # a state as of this month: the month of the publication
        pytest.param("About 4,000 had been killed or wounded as of this month, Seoul said.", "en", "2025-04-30", "4,000",
                     ("2025-04-01", "2025-04-30"), id="en-as-of-this-month"),
        pytest.param("Im laufenden Monat seien 500 Nordkoreaner gefallen, sagte Budanow.", "de", "2025-04-20", "500",
                     ("2025-04-01", "2025-04-30"), id="de-im-laufenden-monat"),
        # a date the sentence gives its figures as of holds for all of them, in whichever clause it stands
        pytest.param("Rund 1.900 Verletzte und 250 Tote zählt die Behörde inzwischen, Stand 10. Februar.", "de", "2025-02-12",
                     "1.900", ("2025-02-10", "2025-02-10"), id="de-stand-date-for-every-figure"),
        pytest.param("Some 1,900 were wounded and 250 killed, as of Feb. 10, the agency said.", "en", "2025-02-12", "1,900",
                     ("2025-02-10", "2025-02-10"), id="en-as-of-date-for-every-figure"),
        # "this summer", "in diesem Winter", "since the start of December": a season of the year, a month's start
        pytest.param("Around 1,500 North Korean workers have arrived in Russia this summer, Seoul said.", "en", "2025-09-02",
                     "1,500", ("2025-06-01", "2025-08-31"), id="en-this-summer"),
        pytest.param("In diesem Sommer sind laut Seoul rund 1.500 Arbeiter aus Nordkorea angekommen.", "de", "2025-09-02",
                     "1.500", ("2025-06-01", "2025-08-31"), id="de-in-diesem-sommer"),
        pytest.param("Some 250 North Koreans have died since the start of December, Kyiv says.", "en", "2025-01-10", "250",
                     ("2024-12-01", None), id="en-since-the-start-of-a-month"),
        # a kind of period inside another's words is that one's ("the start of the year" in "Since the start of the year")
        pytest.param("Since the start of the year, some 700 North Koreans have been killed, Kyiv says.", "en", "2025-04-02",
                     "700", ("2025-01-01", None), id="en-since-the-start-of-the-year-whole"),
        # a period closing a row of figures ("N X und M Y seit ...") is everyone's; one in a later figure's own words,
        # after a comma ("up from 600 in April") or in its relative clause, is that figure's
        pytest.param("Gezählt wurden rund 900 Tote und 2.400 Verwundete seit Jahresbeginn.", "de", "2025-03-02", "900",
                     ("2025-01-01", None), id="de-period-closing-a-row"),
        pytest.param("About 2,000 have died, up from 600 in April, Seoul says.", "en", "2025-09-02", "2,000", (None, None),
                     id="en-period-of-the-later-figure-after-a-comma"),
        # a part of a month joined by a hyphen ("since mid-December", "in early-March") is that month
        pytest.param("Some 450 North Koreans have been killed since mid-December, Kyiv says.", "en", "2025-01-20", "450",
                     ("2024-12-01", None), id="en-since-mid-month-hyphen"),
        # "last"/"vergangenen" read as part of the date's words looks back to the latest such season that has ended
        pytest.param("Seit dem vergangenen Herbst hat Nordkorea laut Seoul rund 14.000 Soldaten entsandt.", "de", "2025-09-10",
                     "14.000", ("2024-09-01", None), id="de-seit-dem-vergangenen-herbst"),
        # "erwartet würden": a plan, so a season ahead of the publication is the next one
        pytest.param("Der Gouverneur kündigte an, dass im Frühjahr rund 800 Minenräumer aus Nordkorea erwartet würden.", "de",
                     "2025-08-14", "800", ("2026-03-01", "2026-05-31"), id="de-erwartet-wuerden-next-spring"),
        # coming back is still to come: "will return in the spring" is next spring
        pytest.param("About 500 North Korean deminers will return to Kursk in the spring, the governor said.", "en", "2025-11-20",
                     "500", ("2026-03-01", "2026-05-31"), id="en-will-return-in-the-spring"),
        # a span "between" a month and a year or part of one runs to that year's (part's) end
        pytest.param("Between March 2024 and late 2025, North Korea supplied about 200 howitzers, Seoul said.", "en",
                     "2026-01-15", "200", ("2024-03-01", "2025-12-31"), id="en-between-month-and-late-year"),
        pytest.param("Zwischen Mai 2024 und Anfang 2025 lieferte Nordkorea laut Seoul rund 200 Haubitzen.", "de", "2025-06-01",
                     "200", ("2024-05-01", "2025-03-31"), id="de-zwischen-monat-und-anfang-jahr"),
        # "as early as July": a month after a phrase of earliness is a date
        pytest.param("Pyongyang could dispatch up to 4,000 more soldiers as early as September, Seoul warned.", "en",
                     "2025-07-10", "4,000", ("2025-09-01", "2025-09-30"), id="en-as-early-as-month"),
        # a span's second month with its own year ends in that year, and is no period of its own
        pytest.param("North Korea shipped some 12,000 containers between August 2023 and March 2025, Seoul said.", "en",
                     "2025-07-20", "12,000", ("2023-08-01", "2025-03-31"), id="en-between-months-of-two-years"),
        pytest.param("Nordkorea lieferte zwischen Oktober 2023 und Februar 2025 rund 9.000 Container.", "de",
                     "2025-07-20", "9.000", ("2023-10-01", "2025-02-28"), id="de-zwischen-months-of-two-years"),
        # a date inside the number's own attribute is its period, whatever follows
        pytest.param("Auf die im vergangenen Herbst entsandten 11.000 Soldaten folgten Anfang 2025 weitere 3.000.", "de",
                     "2025-03-12", "11.000", ("2024-09-01", "2024-11-30"), id="de-date-in-the-numbers-attribute"),
        # a plan's deadline names no period; a state reached by a date names it
        pytest.param("Polens Minister sagte, ihre Zahl könne bis zum Frühjahr auf 20.000 anwachsen.", "de", "2025-02-10",
                     "20.000", (None, None), id="de-plans-deadline-names-none"),
        pytest.param("Officials said the figure could rise to 12,000 by December.", "en", "2024-11-05", "12,000", (None, None),
                     id="en-plans-deadline-names-none"),
        pytest.param("By late December the contingent stood at about 11,000, officials said.", "en", "2025-02-10", "11,000",
                     ("2024-12-01", "2024-12-31"), id="en-state-by-a-date-names-it"),
        pytest.param("A North Korean demining contingent of several hundred men is likely to return in the spring.", "en",
                     "2025-11-10", "several hundred", ("2026-03-01", "2026-05-31"), id="en-likely-to-return-next-spring"),
        # a figure in a participial clause of its own: the period before it is the verb's before it
        pytest.param("Seoul said North Korea had sent around 3,000 more troops in January, bringing the total to about "
                     "14,000.", "en", "2025-03-10", "14,000", (None, None), id="en-bringing-the-total-to"),
        pytest.param("Seoul said North Korea had sent around 3,000 more troops in January, bringing the total to about "
                     "14,000.", "en", "2025-03-10", "3,000", ("2025-01-01", "2025-01-31"), id="en-the-verbs-own-period-stays"),
        # a date in a comparison after the figure is the other value's
        pytest.param("Die Zahl der getöteten Nordkoreaner ist nach Angaben des Geheimdienstes auf rund 2.000 gestiegen – "
                     "dreimal so viele wie im Frühjahr angenommen.", "de", "2025-09-01", "2.000", (None, None),
                     id="de-so-viele-wie-im-fruehjahr"),
        # a period opening a later clause that goes on to another figure is that figure's
        pytest.param("Der Dienst zähle inzwischen etwa 2.700 Verwundete – im Dezember war noch von 1.000 die Rede gewesen.",
                     "de", "2025-01-14", "2.700", (None, None), id="de-im-dezember-war-noch-von"),
        pytest.param("Pyongyang shipped more than 13,000 containers of munitions to Russia since August 2023, along with "
                     "roughly 200 artillery pieces.", "en", "2025-03-10", "200", ("2023-08-01", None),
                     id="en-since-shared-by-a-row"),
        # the last figure of a row ends in its own marks ("5,000"): no clause break, the row shares the period
        pytest.param("Around 1,000 North Korean deminers and 5,000 military builders arrived in Russia between September "
                     "and October, the NIS said.", "en", "2025-11-04", "1,000", ("2025-09-01", "2025-10-31"),
                     id="en-row-past-a-comma-in-a-figure"),
        # the first months of a year, its own or one named
        pytest.param("The JCS said the North sent roughly 3,000 more to Russia in the first two months of 2025.", "en",
                     "2025-03-27", "3,000", ("2025-01-01", "2025-02-28"), id="en-first-two-months-of-a-year"),
        pytest.param("Nordkorea hat in den ersten beiden Monaten des Jahres rund 3.000 Soldaten nachgeschickt, so der "
                     "Generalstab.", "de", "2025-03-27", "3.000", ("2025-01-01", "2025-02-28"),
                     id="de-ersten-beiden-monaten-des-jahres"),
        # an aim is a plan, so a deadline names no period
        pytest.param("Russia aims to bring in about 12,000 North Korean workers for plants in Tatarstan by the end of 2025, "
                     "the HUR said.", "en", "2025-09-01", "12,000", (None, None), id="en-aims-to-by-a-deadline"),
        # the day of the saying after the figure is not its period; a season it was reported in is
        pytest.param("Dabei seien 21 nordkoreanische Soldaten ums Leben gekommen, teilte die Einheit am 26. Januar mit.", "de",
                     "2025-01-27", "21", (None, None), id="de-teilte-am-day-of-saying"),
        pytest.param("South Korea now believes about 2,000 have died, a sharp revision from the 600 deaths it reported in "
                     "the spring.", "en", "2025-09-02", "600", ("2025-03-01", "2025-05-31"), id="en-reported-in-the-spring"),
        # a row's last figure past its qualifier ("up to 5,000"); a conjunction inside a noun phrase joins no row
        pytest.param("Britain's Ministry of Defence said North Korea had likely sent around 1,000 deminers and up to 5,000 "
                     "military builders to Russia since June.", "en", "2025-10-01", "1,000", ("2025-06-01", None),
                     id="en-row-past-a-qualified-figure"),
        pytest.param("North Korea has lost roughly 4,700 soldiers killed or wounded out of about 15,000 it has sent to Russia "
                     "since last autumn, the JCS said.", "en", "2025-04-10", "4,700", (None, None),
                     id="en-or-inside-a-noun-phrase-joins-no-row"),
        # a date told of another figure's noun (its relative clause, its participle, a base's participle) is that one's
        pytest.param("Von den rund 15.000 Soldaten, die Nordkorea seit Oktober 2024 nach Russland geschickt hat, sind etwa "
                     "4.700 getötet oder verwundet worden.", "de", "2025-04-10", "4.700", (None, None),
                     id="de-date-in-another-figures-relative-clause"),
        pytest.param("Von den rund 15.000 Soldaten, die Nordkorea seit Oktober 2024 nach Russland geschickt hat, sind etwa "
                     "4.700 getötet oder verwundet worden.", "de", "2025-04-10", "15.000", ("2024-10-01", None),
                     id="de-the-relative-clauses-own-figure"),
        pytest.param("Of the roughly 50 North Korean missiles fired at Ukraine since December 2023, about 20 landed on target.",
                     "en", "2025-04-10", "20", (None, None), id="en-date-in-another-figures-participle"),
        pytest.param("Seoul estimates that some 2,000 of the North Korean troops sent in 2024 have died.", "en", "2025-09-10",
                     "2,000", (None, None), id="en-date-in-a-bases-participle"),
        # the day of the saying, however many words name where it was said, and the sentence after it: no period
        pytest.param("About 3,800 North Korean soldiers have been killed or wounded, President Volodymyr Zelensky said in his "
                     "nightly video address on Jan. 6.", "en", "2025-01-07", "3,800", (None, None),
                     id="en-said-in-an-address-on-a-day"),
        pytest.param("More than 1,100 casualties, South Korea's Joint Chiefs of Staff said at a briefing on Dec. 23. Roughly "
                     "11,000 North Korean soldiers are now in Russia, a JCS official told reporters.", "en", "2024-12-24",
                     "11,000", (None, None), id="en-the-sentence-after-a-day-of-saying"),
        pytest.param("Das seien mehr als die Hälfte der rund 11.000 Mann, die Pjöngjang in die Region geschickt habe, hieß es "
                     "im Lagebericht des Verteidigungsministeriums in London vom 15. Juni.", "de", "2025-06-16", "11.000",
                     (None, None), id="de-a-reports-day"),
        # a date inside a clause opened by "since" starts the period and leaves it open
        pytest.param("Yusov said around 4,000 of them had been killed or wounded since the North Koreans first went into "
                     "combat in December.", "en", "2025-02-13", "4,000", ("2024-12-01", None), id="en-since-clause-month"),
        # "since" and a gerund opens the same clause; "next"/"für das" look ahead; "the first weeks of" a month is that month
        pytest.param("North Korean units have lost nearly 4,000 men since entering combat in December, Syrskyi said.", "en",
                     "2025-02-13", "4,000", ("2024-12-01", None), id="en-since-gerund-clause"),
        pytest.param("North Korea could send between 6,000 and 8,000 fresh troops next spring, Yusov said.", "en", "2025-11-20",
                     "6,000", ("2026-03-01", "2026-05-31"), id="en-next-spring"),
        pytest.param("Für das Frühjahr werde eine Rotation erwartet, die bis zu 3.000 Mann umfassen könnte, so der Geheimdienst.",
                     "de", "2025-11-20", "3.000", ("2026-03-01", "2026-05-31"), id="de-fuer-das-fruehjahr"),
        pytest.param("A prisoner said about 100 men of his battalion had died in the first weeks of January.", "en", "2025-03-20",
                     "100", ("2025-01-01", "2025-01-31"), id="en-first-weeks-of-a-month"),
        # a part of a year named relative to the publication: "late last year", "Ende vergangenen Jahres"
        pytest.param("About 11,000 North Korean soldiers were sent to Kursk late last year, according to Seoul.", "en",
                     "2025-06-18", "11,000", ("2024-10-01", "2024-12-31"), id="en-late-last-year"),
        pytest.param("Rund 11.000 nordkoreanische Soldaten wurden Ende vergangenen Jahres nach Kursk geschickt, so Seoul.", "de",
                     "2025-06-18", "11.000", ("2024-10-01", "2024-12-31"), id="de-ende-vergangenen-jahres"),
        # a timeline's date label before a colon is the period of its entry's figures, never of a plan announced there
        pytest.param("Zeitleiste\nNovember 2024: Seoul meldet rund 11.000 Nordkoreaner in Kursk.\nMärz 2025: Pjöngjang schickt "
                     "weitere 3.000 Soldaten.", "de", "2025-10-01", "11.000", ("2024-11-01", "2024-11-30"),
                     id="de-timeline-label"),
        pytest.param("Zeitleiste\nJuni 2025: Schoigu kündigt die Entsendung von 5.000 Militärbauarbeitern an.", "de",
                     "2025-10-01", "5.000", (None, None), id="de-timeline-label-not-for-a-plan"),
        # a day right after its verb of saying before the figure is the saying's, no period of the figure
        pytest.param("North Korean losses are rising, Ukraine's military intelligence said on Jan. 19, with about 400 more "
                     "soldiers killed in Kursk.", "en", "2025-01-20", "400", (None, None), id="en-said-on-a-day-before"),
        # a deadline of a later clause that looks ahead is no period of the figure before it
        pytest.param("The officials said 9,000 North Korean soldiers were being trained near Vladivostok and would be ready "
                     "for combat by Dec. 1.", "en", "2024-11-05", "9,000", (None, None), id="en-deadline-of-a-later-clause"),
        # a year of birth is no period of the figure
        pytest.param("Officers are questioning two North Korean soldiers captured near Kursk, the SBU said, adding that one "
                     "was born in 2004 and the other in 2000.", "en", "2025-01-12", "two", (None, None),
                     id="en-born-in-a-year"),
        pytest.param("Die zwei gefangenen Nordkoreaner, Jahrgang 2004 und 2000, werden in Kiew verhört.", "de",
                     "2025-01-12", "zwei", (None, None), id="de-jahrgang"),
        # "the end of December": a month's date in English as "Ende Dezember" is in German
        pytest.param("As of the end of December, roughly 10,000 North Korean troops remained in Russia, the JCS said.", "en",
                     "2026-01-20", "10,000", ("2025-12-01", "2025-12-31"), id="en-as-of-the-end-of-december"),
        # a plan's own deadline after it is its only date word: no month named for the figure before it
        pytest.param("About 1,000 sappers are due to arrive in August, with 4,000 military builders following by the end of the year, "
                     "Shoigu said.", "en", "2025-06-20", "4,000", (None, None), id="en-own-deadline-no-period"),
    ],
)
def test_reference_period_from_the_figures_own_clause(text, language, published, number, period):
    row = _claim_of(text, language, published, number)
    assert (_date(row["reference_start"]), _date(row["reference_end"])) == tuple(
        None if p is None else dt.date.fromisoformat(p) for p in period)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # a figure with no noun at all counts what the figure before it in the paragraph counted
        pytest.param("Rund 9.000 nordkoreanische Soldaten stehen in Kursk. Das Pentagon hatte zuvor von 8.000 gesprochen.",
                     "de", "8.000", "troops_deployed", id="de-ellipsis"),
        pytest.param("About 2,500 North Korean soldiers reached the front in May. Another 1,800 were on their way.",
                     "en", "1,800", "troops_deployed", id="en-ellipsis"),
        # the people counted, not their state: after a casualty figure the next bare figure counts troops
        pytest.param("At least 300 North Koreans were killed. Pyongyang is ready to send up to 9,000 more.",
                     "en", "9,000", "troops_planned", id="en-ellipsis-after-casualties"),
        # no figure before it in the paragraph: nothing to take
        pytest.param("Die Zahl stieg auf 8.000, hieß es.", "de", "8.000", "other", id="de-no-antecedent"),
    ],
)
def test_a_figure_without_a_noun_counts_what_the_figure_before_counted(text, language, number, quantity):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert row["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "number", "casualty_type"),
    [
        # the verb right before a number governs it, not the next number's verb
        pytest.param("Drone units said they had killed 70 North Korean soldiers and wounded 35 others.", "en", "70",
                     "killed", id="en-verb-before"),
        pytest.param("Drone units said they had killed 70 North Korean soldiers and wounded 35 others.", "en", "35",
                     "wounded", id="en-second-verb"),
        pytest.param("The brigade said it had killed or wounded about 90 North Korean soldiers.", "en", "90",
                     "killed_or_wounded", id="en-joint-verb-before"),
        # an aside goes on with the clause before; a part with "darunter" too
        pytest.param("North Korean losses, both dead and injured, are now put at 5,200.", "en", "5,200",
                     "killed_or_wounded", id="en-aside"),
        pytest.param("Bei dem Angriff wurden mehrere Offiziere getötet, darunter vier Ausbilder.", "de", "vier",
                     "killed", id="de-darunter"),
        # a new clause opens: its own words decide
        pytest.param("About 900 North Korean troops have died, with the whole deployment estimated at 12,000.", "en",
                     "12,000", None, id="en-new-clause"),
        pytest.param("Rund 70 Soldaten hätten Verletzungen erlitten, drei hätten sie nicht überlebt.", "de", "70",
                     "wounded", id="de-verletzungen-erlitten"),
        pytest.param("Rund 70 Soldaten hätten Verletzungen erlitten, drei hätten sie nicht überlebt.", "de", "drei",
                     "killed", id="de-nicht-ueberlebt"),
        # a compound of the wounded with the killed ("Tote und Schwerverletzte", "Kriegsversehrte"); "ihr Leben verloren"
        # in either order is killed
        pytest.param("Der Einsatz hat Nordkorea rund 6.000 Tote und Kriegsversehrte gekostet.", "de", "6.000",
                     "killed_or_wounded", id="de-tote-und-kriegsversehrte"),
        pytest.param("Bisher gab es etwa 900 Tote und Schwerverletzte.", "de", "900", "killed_or_wounded",
                     id="de-tote-und-schwerverletzte"),
        pytest.param("Neun Pioniere verloren bei der Minenräumung in Kursk ihr Leben.", "de", "Neun", "killed",
                     id="de-verloren-ihr-leben"),
    ],
)
def test_casualty_type_from_the_words_that_govern_the_number(text, language, number, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert row["casualty_type"] == casualty_type


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # tense and modality from the number's own clause, a relative clause after it included
        pytest.param("About 9,000 soldiers have been sent, and officials warned that thousands more could follow.",
                     "en", "thousands", "troops_planned", id="en-own-clause-modal"),
        pytest.param("Pjöngjang werde weitere 2.000 Soldaten schicken, zusätzlich zu den 9.000, die bereits dort "
                     "stationiert seien.", "de", "9.000", "troops_deployed", id="de-relative-clause"),
        pytest.param("Im Sommer könnten es nach Einschätzung der Behörde 20.000 Soldaten werden.", "de", "20.000",
                     "troops_planned", id="de-koennten-es-werden"),
        pytest.param("Nordkorea hat inzwischen weitere 300 Soldaten nachgeschickt.", "de", "300",
                     "troops_deployed", id="de-prefixed-participle"),
        pytest.param("Russia could receive as many as 15,000 more North Korean troops.", "en", "15,000",
                     "troops_planned", id="en-could-receive"),
        pytest.param("About 6,000 North Korean soldiers are in Kursk. Another 1,500 remain near Vladivostok.", "en",
                     "1,500", "troops_deployed", id="en-verb-after-number-is-no-noun"),
        pytest.param("Pyongyang may send up to 4,000 engineers and builders next spring.", "en", "4,000",
                     "troops_planned", id="en-engineers-and-builders-total"),
        pytest.param("Der Dienst geht davon aus, dass Pjöngjang noch 4.000 Soldaten entsenden will.", "de", "4.000",
                     "troops_planned", id="de-verb-final-modal"),
        pytest.param("Pjöngjang schickte im Winter weitere 1.600 Soldaten an die Front.", "de", "1.600",
                     "troops_deployed", id="de-preterite"),
        # a modal with a perfect infinitive reports what happened; "erwartet, dass" what will
        pytest.param("Seit Januar sollen rund 1.000 zusätzliche Nordkoreaner in Kursk eingetroffen sein.", "de",
                     "rund 1.000", "troops_deployed", id="de-modal-perfect-infinitive"),
        pytest.param("Weitere 2.000 Mann dürften inzwischen an die Front verlegt worden sein.", "de", "2.000",
                     "troops_deployed", id="de-modal-perfect-passive"),
        pytest.param("Es wird erwartet, dass Nordkorea 8.000 Soldaten nachschiebt.", "de", "8.000",
                     "troops_planned", id="de-erwartet-dass"),
        # a force of Russians and North Koreans together is not North Korea's deployment
        pytest.param("Ein gemischter Verband aus 30.000 russischen und nordkoreanischen Soldaten sammelt sich.", "de",
                     "30.000", "other", id="de-mixed-force"),
        pytest.param("Some 9,000 soldiers have been sent, the agency said, which expects the total to reach 14,000.",
                     "en", "14,000", "troops_planned", id="en-relative-clause-opens"),
        # being somewhere is having been sent, whatever a later clause expects; "and that" opens a clause
        pytest.param("Kyiv says some 12,000 are in the Kursk region, with 3,000 more expected within weeks.", "en",
                     "12,000", "troops_deployed", id="en-copula-and-place"),
        pytest.param("Officials said 3,000 soldiers were already in place and that the figure could rise to 12,000.",
                     "en", "12,000", "troops_planned", id="en-and-that-opens-a-clause"),
        # a clause with no verb of its own goes on with the verb of the clause before
        pytest.param("Im Oktober seien 11.000 Mann gekommen, im Februar weitere 4.000.", "de", "4.000",
                     "troops_deployed", id="de-gapped-clause"),
        pytest.param("Im Oktober seien 11.000 Mann gekommen, im Februar sollen weitere 4.000 folgen.", "de", "4.000",
                     "troops_planned", id="de-clause-with-its-own-modal"),
        # the base of a partitive is there; modals that add or grow are plans
        pytest.param("Von den 11.000 Nordkoreanern an der Front seien 1.000 gefallen, weitere 3.000 würden vermisst.",
                     "de", "11.000", "troops_deployed", id="de-partitive-base-is-there"),
        pytest.param("Pyongyang could soon add up to 6,000 more men, Budanov said.", "en", "6,000", "troops_planned",
                     id="en-could-add"),
        pytest.param("In den kommenden Wochen dürfte die Zahl der Soldaten auf 10.000 anwachsen.", "de", "10.000",
                     "troops_planned", id="de-duerfte-anwachsen"),
        pytest.param("The agency sees the overall figure of troops reaching 10,000 by December.", "en", "10,000",
                     "troops_planned", id="en-sees-reaching"),
        # German grammar, whatever the verb: a modal with an infinitive at the clause's end is what is to come; an
        # infinitive of being or having, or a participle, is what is or was
        pytest.param("Bis zum Sommer könne Pjöngjang noch einmal 4.000 Mann nachliefern, hieß es.", "de", "4.000",
                     "troops_planned", id="de-modal-any-infinitive"),
        pytest.param("Weitere 2.000 Soldaten will Kim im Herbst an die Front abkommandieren.", "de", "2.000",
                     "troops_planned", id="de-object-first-modal"),
        pytest.param("Derzeit soll es sich um rund 11.000 Soldaten handeln.", "de", "11.000", "troops_deployed",
                     id="de-modal-of-hearsay-with-handeln"),
        pytest.param("Die Zahl der nordkoreanischen Soldaten in Kursk könnte inzwischen bei 12.000 liegen.", "de",
                     "12.000", "troops_deployed", id="de-modal-with-liegen"),
        # pledged, lined up or warned of: still to come
        pytest.param("Insgesamt hatte Pjöngjang 6.000 Pioniere und Soldaten zugesagt.", "de", "6.000", "troops_planned",
                     id="de-zugesagt"),
        pytest.param("Kim has pledged another 4,000 soldiers to Moscow.", "en", "4,000", "troops_planned", id="en-pledged"),
        pytest.param("Pyongyang is lining up a further 20,000 troops for the spring.", "en", "20,000", "troops_planned",
                     id="en-lining-up"),
        pytest.param("So far there is no sign of the 15,000 more troops that Kyiv has warned of.", "en", "15,000",
                     "troops_planned", id="en-warned-of"),
        # the preterite of following or reaching: it happened, whatever "weitere" says
        pytest.param("Den ersten 11.000 Soldaten folgten im Januar weitere 3.000.", "de", "3.000", "troops_deployed",
                     id="de-folgten-weitere"),
        # a German modal's infinitive may close the clause far from it; "likely to" + a verb looks ahead
        pytest.param("Im Frühjahr will Pjöngjang nach Einschätzung japanischer Regierungsstellen ein neues Kontingent von bis "
                     "zu 5.000 Mann an die Front rotieren.", "de", "5.000", "troops_planned", id="de-long-modal-bracket"),
        pytest.param("Another 2,000 North Korean soldiers are likely to arrive before the winter, officials said.", "en",
                     "2,000", "troops_planned", id="en-likely-to-arrive"),
    ],
)
def test_deployed_or_planned_from_the_clause_of_the_number(text, language, number, quantity):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert row["quantity"] == quantity



@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        pytest.param("Von den 9.000 Soldaten sind etwa 700 nicht mehr am Leben.", "de", "700", "casualties", "killed",
                     id="de-nicht-mehr-am-leben"),
        pytest.param("Bis zu 1.400 Soldaten hätten Verletzungen davongetragen.", "de", "1.400", "casualties", "wounded",
                     id="de-verletzungen-davongetragen"),
        pytest.param("Kiew veranschlagt die Ausfälle auf 2.200 Mann.", "de", "2.200", "casualties", "killed_or_wounded",
                     id="de-ausfaelle"),
        pytest.param("Drone crews took out 35 North Korean fighters.", "en", "35", "casualties", "killed_or_wounded",
                     id="en-took-out"),
        pytest.param("Some 2,600 have fallen or been wounded.", "en", "2,600", "casualties", "killed_or_wounded",
                     id="en-fallen-or-been-wounded"),
        pytest.param("Ein weiteres Kontingent von 2.000 Soldaten sei bereits unterwegs.", "de", "2.000", "troops_deployed",
                     None, id="de-unterwegs"),
        pytest.param("A further 4,000 soldiers were being readied.", "en", "4,000", "troops_planned", None,
                     id="en-being-readied"),
        pytest.param("Some 600 were killed last month, and Moscow is asking Pyongyang for 9,000 more.", "en", "9,000",
                     "troops_planned", None, id="en-asking-for-new-clause"),
        pytest.param("A combined Russian–North Korean force of 40,000 troops is massing.", "en", "40,000", "other", None,
                     id="en-mixed-force-dash"),
        # compounds by their head; the killed and the wounded coordinated are casualties of both kinds
        pytest.param("Insgesamt habe die Truppe 1.800 Gesamtverluste erlitten.", "de", "1.800", "casualties",
                     "killed_or_wounded", id="de-compound-verluste"),
        pytest.param("Seoul setzt die Zahl der Gefallenen und Verwundeten mit 2.500 an.", "de", "2.500", "casualties",
                     "killed_or_wounded", id="de-zahl-der-toten-und-verwundeten"),
        pytest.param("Die Lage: 900 Tote und Verletzte in zwei Wochen.", "de", "900", "casualties", "killed_or_wounded",
                     id="de-tote-und-verletzte"),
        pytest.param("Officials counted 700 dead and injured after the assault.", "en", "700", "casualties",
                     "killed_or_wounded", id="en-dead-and-injured"),
        pytest.param("Pyongyang moved 1,200 special operation forces to the Far East.", "en", "1,200", "troops_deployed",
                     None, id="en-forces-head"),
        # "the figure" restates the figure before it: what that one counted
        pytest.param("Kyiv speaks of 2,000 North Korean soldiers killed or wounded. Seoul's spies put the figure at "
                     "1,600.", "en", "1,600", "casualties", "killed_or_wounded", id="en-put-the-figure-at"),
        pytest.param("Kiew nennt 2.000 getötete Nordkoreaner. Seoul beziffert diese Zahl deutlich niedriger, auf 900.",
                     "de", "900", "casualties", "killed", id="de-beziffert-diese-zahl-auf"),
        # the unit a figure comes from decides ("soldiers from construction units")
        pytest.param("Rund 2.000 Soldaten aus Baueinheiten sollen Brücken reparieren.", "de", "2.000",
                     "construction_workers", None, id="de-soldaten-aus-baueinheiten"),
        pytest.param("Some 4,000 soldiers from the army's construction brigades are due in May.", "en", "4,000",
                     "construction_workers", None, id="en-soldiers-from-construction-brigades"),
        pytest.param("Zwölf Pioniere haben den Einsatz nicht überlebt.", "de", "Zwölf", "casualties", "killed",
                     id="de-nicht-ueberlebt-sappers"),
        pytest.param("Weitere 800 Soldaten erlitten Verwundungen.", "de", "800", "casualties", "wounded",
                     id="de-verwundungen-erlitten"),
        pytest.param("Some 60 were killed and about 250 hurt.", "en", "250", "casualties", "wounded", id="en-hurt"),
        # an indefinite "figure" restates too; a figure that takes its noun from a total takes its own verb
        pytest.param("About 800 North Koreans have been killed, Kyiv says. Tallinn gives a lower figure of 500.", "en",
                     "500", "casualties", "killed", id="en-a-lower-figure-of"),
        pytest.param("Rund 3.000 Nordkoreaner sind gefallen. Aus Seoul kommt eine niedrigere Zahl: etwa 1.100.", "de",
                     "1.100", "casualties", "killed", id="de-eine-niedrigere-zahl"),
        pytest.param("About 3,500 casualties in all, of whom some 700 are believed to have died.", "en", "700",
                     "casualties", "killed", id="en-of-whom-died"),
        pytest.param("Of the three captured soldiers, one spoke to reporters.", "en", "three", "captured", None,
                     id="en-base-by-its-own-noun-phrase"),
        pytest.param("Pyongyang sent some 11,000 soldiers to Kursk, where Ukrainian forces had captured territory.",
                     "en", "11,000", "troops_deployed", None, id="en-captured-territory-is-no-prisoner"),
        pytest.param("Rund die Hälfte der einst 12.000 Soldaten aus Nordkorea ist tot oder verwundet.", "de", "12.000",
                     "troops_deployed", None, id="de-haelfte-der-base"),
        pytest.param("Zwölf Pioniere seien beim 90-tägigen Einsatz ums Leben gekommen.", "de", "Zwölf", "casualties",
                     "killed", id="de-a-measure-bounds-no-words"),
        pytest.param("Officials put the losses at 3,000 killed or wounded out of a force of 12,000.", "en", "12,000",
                     "troops_deployed", None, id="en-out-of-a-force-of"),
        pytest.param("Pyongyang sent 2,000 soldiers to replace its losses around Kursk.", "en", "2,000", "troops_deployed",
                     None, id="en-purpose-clause-losses"),
        pytest.param("Nordkorea hat 3.000 Soldaten geschickt, um die Verluste bei Kursk auszugleichen.", "de", "3.000",
                     "troops_deployed", None, id="de-um-zu-purpose-clause"),
        # the same verbs finite: the figure is their subject, the losses their object
        pytest.param("Analysts said the 10,000 North Korean soldiers would barely offset a fortnight of Russian losses.", "en", "10,000",
                     "troops_deployed", None, id="en-finite-offset-losses"),
        pytest.param("Die 3.000 Mann ersetzten die Verluste der ersten Welle.", "de", "3.000", "troops_deployed", None,
                     id="de-finite-ersetzten-verluste"),
        # a participle of saying opens a complement with its own subject: its losses are not the figure's
        pytest.param("About 9,000 soldiers are still deployed, the ministry said, noting that their casualties had doubled.",
                     "en", "9,000", "troops_deployed", None, id="en-noting-that-their-casualties"),
        # the verb right before the next figure is that figure's, also after a relative pronoun
        pytest.param("The original force of roughly 10,000, which suffered some 3,500 casualties, has been replaced.", "en",
                     "10,000", "troops_deployed", None, id="en-which-verb-governs-the-next-figure"),
        # losses in an adjunct of time or cause are not what the figure counts
        pytest.param("Some 7,000 North Korean soldiers are still in Kursk despite heavy casualties.", "en", "7,000",
                     "troops_deployed", None, id="en-despite-casualties"),
        pytest.param("Trotz hoher Verluste stehen noch rund 7.000 Nordkoreaner an der Front.", "de", "7.000",
                     "troops_deployed", None, id="de-trotz-verluste"),
        # the base of an English fraction; a German genitive base whose verb phrase is the part's
        pytest.param("Nearly half of Pyongyang's 12,000-strong force is now dead or wounded.", "en", "12,000",
                     "troops_deployed", None, id="en-half-of-a-base"),
        pytest.param("Die Armee hat 5.000 der etwa 12.000 verlegten Soldaten bei Kämpfen verloren.", "de", "12.000",
                     "troops_deployed", None, id="de-genitive-base-verb-phrase-after"),
        pytest.param("Die Armee hat 5.000 der etwa 12.000 verlegten Soldaten durch Tod oder Verletzung verloren.", "de",
                     "5.000", "casualties", "killed_or_wounded", id="de-tod-oder-verletzung-is-one-phrase"),
        pytest.param("About 9,000 boots on the ground remain in Kursk.", "en", "9,000", "troops_deployed", None,
                     id="en-boots-on-the-ground"),
        # "take ... prisoner" around the figure; hospitals after two words; "toll" as the figure's noun before it
        pytest.param("Paratroopers took three North Korean soldiers prisoner near Sudzha.", "en", "three", "captured", None,
                     id="en-took-prisoner"),
        pytest.param("About 800 North Koreans are in Russian field hospitals.", "en", "800", "casualties", "wounded",
                     id="en-in-two-words-hospitals"),
        pytest.param("About 800 North Koreans were wounded. Kyiv put the overall toll higher, at 2,000.", "en", "2,000",
                     "casualties", "killed_or_wounded", id="en-overall-toll-at"),
        # a participle of where they are ends the figure's phrase: it counts what the figure before counted, and "held in
        # reserve" is no capture
        pytest.param("Some 6,000 soldiers are fighting near Kursk, with another 1,500 kept in reserve.", "en", "1,500",
                     "troops_deployed", None, id="en-another-kept-in-reserve"),
        pytest.param("About 9,000 troops are at the front and 3,000 more are held in reserve.", "en", "3,000",
                     "troops_deployed", None, id="en-held-in-reserve-is-no-capture"),
        pytest.param("Moscow expects 4,000 North Korean soldiers, with the first 1,500 expected in March.", "en", "1,500",
                     "troops_planned", None, id="en-the-first-expected"),
        pytest.param("Seoul expects about 2,000 North Korean soldiers in the next rotation.", "en", "2,000", "troops_planned",
                     None, id="en-expects-a-figure"),
        # the task they are sent for names their kind; a total of two kinds counts troops whatever its task
        pytest.param("Pyongyang will send 4,000 soldiers assigned to reconstruction work near Kursk.", "en", "4,000",
                     "construction_workers", None, id="en-assigned-to-reconstruction-work"),
        pytest.param("Nordkorea will 3.000 Armeeangehörige für Bauarbeiten nach Kursk schicken.", "de", "3.000",
                     "construction_workers", None, id="de-fuer-bauarbeiten"),
        pytest.param("Für den Wiederaufbau sollen 4000 Militärangehörige kommen: 1000 Minenräumer und 3000 Bauleute.", "de",
                     "4000", "troops_planned", None, id="de-total-of-two-kinds-with-a-task"),
        # out of action in other words: casualties of either kind
        pytest.param("Some 2,500 North Koreans are no longer able to fight, Kyiv said.", "en", "2,500", "casualties",
                     "killed_or_wounded", id="en-no-longer-able-to-fight"),
        # a German extended attribute between the number and its noun
        pytest.param("Die zwei in der Westukraine festgehaltenen nordkoreanischen Kriegsgefangenen möchten nach Seoul.", "de", "zwei",
                     "captured", None, id="de-extended-attribute-before-the-noun"),
        # the people of a unit named before take its kind: "its ... soldiers", "Mann der Einheit", "Die Einheit umfasst"
        pytest.param("The 25th Engineer Brigade returned home. Twelve of its roughly 800 soldiers had died.", "en", "800",
                     "sappers", None, id="en-its-soldiers-of-an-engineer-unit"),
        pytest.param("Ein nordkoreanisches Baubataillon ist in Kursk eingetroffen. Etwa 600 Mann der Einheit sollen Straßen bauen.",
                     "de", "600", "construction_workers", None, id="de-mann-der-einheit"),
        pytest.param("Nordkoreanische Minenräumer sind in Kursk im Einsatz. Die Einheit umfasst etwa 700 Mann.", "de", "700",
                     "sappers", None, id="de-die-einheit-umfasst"),
        # a German main clause after a comma opens with an adverb and its finite verb: its own tense
        pytest.param("Rund 2.000 Soldaten sind bereits eingetroffen, später sollen es bis zu 9.000 werden.", "de", "9.000",
                     "troops_planned", None, id="de-adverb-then-finite-verb-opens-a-clause"),
        pytest.param("Die Verluste gehen in die Hunderte – Tote und leicht Verletzte eingerechnet.", "de", "Hunderte",
                     "casualties", "killed_or_wounded", id="de-tote-und-leicht-verletzte"),
        pytest.param("Kim Jong Un rotated in new units to make up for losses of about 2,500 men.", "en", "2,500", "casualties",
                     "killed_or_wounded", id="en-the-losses-themselves"),
        # whose losses: the noun's own country first; 'von südkoreanischer Seite' says who told, not whose
        pytest.param("The Russian army lost some 300 North Korean fighters in the assault.", "en", "300", "casualties",
                     "killed_or_wounded", id="en-the-nouns-own-country-first"),
        pytest.param("Von südkoreanischer Seite wurde die Zahl der Nordkoreaner mit etwa 11.000 angegeben.", "de", "11.000",
                     "troops_deployed", None, id="de-von-seite-is-a-source"),
        pytest.param("Drones destroyed 14 North Korean positions and killed 30 soldiers.", "en", "30", "casualties",
                     "killed", id="en-the-next-numbers-verb-is-its-own"),
        pytest.param("Kyiv announced the capture of three North Korean soldiers.", "en", "three", "captured", None,
                     id="en-the-capture-of"),
        # compounds and members of units, inflections of losses, verbs of losing, time words after a number
        pytest.param("Rund 3.000 Angehörige nordkoreanischer Baubataillone sind eingetroffen.", "de", "3.000",
                     "construction_workers", None, id="de-angehoerige-baubataillone"),
        pytest.param("Dazu kommen 800 Kampfmittelbeseitiger.", "de", "800", "sappers", None, id="de-beseitiger"),
        pytest.param("Der Verlust der Truppe belaufe sich auf 700 Mann.", "de", "700", "casualties", "killed_or_wounded",
                     id="de-der-verlust"),
        pytest.param("Die Nordkoreaner hätten 900 Mann eingebüßt.", "de", "900", "casualties", "killed_or_wounded",
                     id="de-eingebuesst"),
        pytest.param("Im Einsatz seien 400 Scharfschützen.", "de", "400", "troops_deployed", None, id="de-schuetzen"),
        pytest.param("Pyongyang was readying another 20,000 troops.", "en", "20,000", "troops_planned", None,
                     id="en-readying"),
        pytest.param("Pjöngjang hat im Frühjahr weitere 2.000 Mann an Russland überstellt.", "de", "2.000",
                     "troops_deployed", None, id="de-hat-ueberstellt"),
        pytest.param("Seoul now puts the death toll at 2,300, up from 700 in April.", "en", "700", "casualties",
                     "killed", id="en-up-from"),
        pytest.param("Both contingents numbered about 14,000 combined.", "en", "14,000", "troops_deployed", None,
                     id="en-combined-is-no-noun"),
        pytest.param("In Kursk stehen inzwischen rund 900 Artilleristen.", "de", "900", "troops_deployed", None,
                     id="de-artilleristen"),
        pytest.param("About 12,000 soldiers were sent in two waves, 9,000 last autumn and 3,000 since January.", "en",
                     "9,000", "troops_deployed", None, id="en-time-word-after-a-number"),
        pytest.param("Ukrainian troops killed 200 North Korean soldiers and captured five near Sudzha.", "en", "five",
                     "captured", None, id="en-preposition-after-a-number"),
        pytest.param("The prisoners' hotline received 150 calls from North Korean soldiers.", "en", "150", "other", None,
                     id="en-an-explicit-noun-is-no-prisoner"),
        pytest.param("Another 1,800 soldiers are planned to be deployed by December.", "en", "1,800", "troops_planned",
                     None, id="en-planned-to-be-deployed"),
        pytest.param("A second group of 3,000 soldiers should soon reach the front.", "en", "3,000", "troops_planned", None,
                     id="en-should-reach"),
        pytest.param("Pyongyang may soon have up to 15,000 soldiers in Russia.", "en", "15,000", "troops_planned", None,
                     id="en-may-soon-have"),
        pytest.param("Pyongyang has suffered 5,000 casualties since sending 11,000 troops last year.", "en", "11,000",
                     "troops_deployed", None, id="en-previous-figures-noun-is-its-own"),
        pytest.param("Around 2,000 soldiers have arrived. The ministry expects the number to reach 8,000 eventually.",
                     "en", "8,000", "troops_planned", None, id="en-adverb-is-no-noun"),
        pytest.param("Die Truppe verliert täglich 40 Mann.", "de", "40", "casualties", "killed_or_wounded",
                     id="de-verliert"),
        pytest.param("Since 2023 some 9,000 containers have gone north to Russia by rail.", "en", "9,000", "munitions",
                     None, id="en-containers"),
        pytest.param("About 3,000 North Korean soldiers have arrived. The agency expects the total to reach 12,000.",
                     "en", "12,000", "troops_planned", None, id="en-total-to-reach-is-no-restatement"),
        # a participle clause has its own noun; a subordinate clause after the number does not lend it words;
        # "it" after a putting verb is the figure before; "lost their lives" and "eliminated" are killed
        pytest.param("Roughly 5,000 men have been killed or wounded, Syrskyi estimated, putting the original force at "
                     "about 11,000.", "en", "11,000", "troops_deployed", None, id="en-putting-the-force-at"),
        pytest.param("Die Truppenstärke in Kursk liege wieder bei rund 11.000, weil Pjöngjang seine Verluste "
                     "ausgeglichen habe.", "de", "11.000", "troops_deployed", None, id="de-truppenstaerke-weil"),
        pytest.param("Nine sappers died clearing mines. But the true toll was far higher, citing US officials who put "
                     "it at several hundred.", "en", "several hundred", "casualties", "killed", id="en-put-it-at"),
        pytest.param("Nine sappers lost their lives during a mine-clearing mission.", "en", "Nine", "casualties", "killed",
                     id="en-lost-their-lives"),
        pytest.param("At least 1,000 servicemen of the DPRK army were eliminated or wounded.", "en", "1,000", "casualties",
                     "killed_or_wounded", id="en-eliminated-or-wounded"),
        pytest.param("Einbußen von rund 1.100 Mann hätten die Verbände hinnehmen müssen.", "de", "1.100", "casualties",
                     "killed_or_wounded", id="de-einbussen"),
        pytest.param("South Korea's spy agency raised its estimate of the dead to around 2,000, from a floor of 600.",
                     "en", "600", "casualties", "killed", id="en-from-a-floor-of"),
        # an unknown head before a German genitive counts itself ("100 Anfragen nordkoreanischer Soldaten")
        pytest.param("Das Projekt meldet 100 Anfragen nordkoreanischer Soldaten.", "de", "100", "other", None,
                     id="de-unknown-head-before-genitive"),
        # a deployment participle after a number is no noun ("out of roughly 11,000 sent"); a calibre compound after
        # a count does not end its words
        pytest.param("North Korea has lost some 4,000 men out of roughly 11,000 sent.", "en", "11,000", "troops_deployed",
                     None, id="en-out-of-11000-sent"),
        pytest.param("Nordkorea habe Moskau 120 selbstfahrende 170-Millimeter-Geschütze überlassen.", "de", "120",
                     "munitions", None, id="de-count-before-calibre-compound"),
        # the base a part is taken from counts those sent ("out of an estimated 11,000 troops", "bei insgesamt etwa
        # 11.000 Entsandten", "4,000 of an estimated 11,000 men")
        pytest.param("Losses stand at roughly 6,000 killed and wounded, the MoD said – out of an estimated 11,000 troops "
                     "committed.", "en", "11,000", "troops_deployed", None, id="en-out-of-an-estimated"),
        pytest.param("Nordkorea hat rund 6.000 Mann eingebüßt – bei insgesamt etwa 11.000 Entsandten.", "de", "11.000",
                     "troops_deployed", None, id="de-bei-insgesamt"),
        pytest.param("About 4,000 of an estimated 11,000 men have been killed or wounded.", "en", "11,000",
                     "troops_deployed", None, id="en-n-of-an-estimated-m"),
        # a unit named after the noun may run long; detained people are captured; "nämlich" restates a figure
        pytest.param("About 5,000 North Korean soldiers from road-building and construction battalions have begun "
                     "arriving.", "en", "5,000", "construction_workers", None, id="en-long-unit-after-noun"),
        pytest.param("Zwei in der Region Kursk festgesetzte Nordkoreaner werden in Kiew vernommen.", "de", "Zwei",
                     "captured", None, id="de-festgesetzte"),
        pytest.param("Kiew kommt auf knapp 4.000 getötete und verwundete Nordkoreaner. Das Pentagon hat eine niedrigere "
                     "Zahl genannt, nämlich etwa 1.200.", "de", "1.200", "casualties", "killed_or_wounded",
                     id="de-zahl-naemlich"),
        # captured, killed, sappers and workers in more words
        pytest.param("Ukrainian forces have taken two North Korean soldiers alive in Kursk.", "en", "two", "captured", None,
                     id="en-taken-alive"),
        pytest.param("Zwei nordkoreanische Soldaten sind in ukrainische Hand geraten.", "de", "Zwei", "captured", None,
                     id="de-in-ukrainische-hand-geraten"),
        pytest.param("He was the first taken alive since the 11,000-strong contingent arrived.", "en", "11,000",
                     "troops_deployed", None, id="en-alive-of-another-figure"),
        pytest.param("Bisher sind rund 2.000 Nordkoreaner im Einsatz für Moskau umgekommen.", "de", "2.000", "casualties",
                     "killed", id="de-umgekommen"),
        pytest.param("Nordkorea stellt 1.000 Entminer bereit.", "de", "1.000", "sappers", None, id="de-entminer"),
        pytest.param("Zu den 300 Todesfällen kommen 2.700 Verletzte, sagte Lee.", "de", "300", "casualties", "killed",
                     id="de-todesfaelle"),
        pytest.param("Around 10,000 North Korean hired hands were sent to Russia in 2024.", "en", "10,000", "workers", None,
                     id="en-hired-hands"),
        # a state word before a noun of people is its adjective: the clause's verb says what befell them
        pytest.param("Drei verletzte Soldaten aus Nordkorea sind in Gefangenschaft geraten.", "de", "Drei", "captured",
                     None, id="de-wounded-adjective-captured"),
        pytest.param("Rund 400 verletzte Soldaten wurden nach Pjöngjang zurückgeflogen.", "de", "400", "casualties",
                     "wounded", id="de-wounded-adjective-alone"),
        # the words nearest the number decide its casualty type, not the clause before ("..., mehr als 4.000 trugen
        # Verletzungen davon")
        pytest.param("Rund 700 Nordkoreaner seien gefallen, etwa 2.500 trugen Verletzungen davon.", "de", "2.500",
                     "casualties", "wounded", id="de-trugen-verletzungen-davon"),
        # a construction modifier before a unit word; civilian builders are workers, not soldiers
        pytest.param("Some 2,000 construction-engineering troops have left for Kursk.", "en", "2,000",
                     "construction_workers", None, id="en-construction-engineering-troops"),
        pytest.param("Another 1,000 road-building troops arrived in January.", "en", "1,000", "construction_workers", None,
                     id="en-road-building-troops"),
        pytest.param("Zudem seien 3.000 zivile Bauarbeiter in Russland eingetroffen.", "de", "3.000", "workers", None,
                     id="de-zivile-bauarbeiter"),
        # bodies are the dead; those in hospital are the wounded
        pytest.param("More than 200 North Korean bodies were recovered near Sudzha.", "en", "200", "casualties", "killed",
                     id="en-bodies"),
        pytest.param("Weitere 800 Nordkoreaner werden in russischen Lazaretten behandelt.", "de", "800", "casualties",
                     "wounded", id="de-in-lazaretten"),
        # the perfect in reported speech is a deployment, whatever "weitere" says
        pytest.param("Pjöngjang habe weitere 2.000 Mann in Marsch gesetzt, sagte der Minister.", "de", "2.000",
                     "troops_deployed", None, id="de-habe-in-marsch-gesetzt"),
        pytest.param("Nordkorea habe zusätzlich 1.500 Soldaten losgeschickt.", "de", "1.500", "troops_deployed", None,
                     id="de-habe-losgeschickt"),
        # "von ihnen" with no figure before it: the group named before
        pytest.param("In Kursk werden keine nordkoreanischen Soldaten mehr gesehen. Zuvor sollen dort 9.000 von ihnen "
                     "gekämpft haben.", "de", "9.000", "troops_deployed", None, id="de-von-ihnen-group-named-before"),
        pytest.param("No North Korean soldiers have been seen at the front for weeks. Some 9,000 of them were there in "
                     "January.", "en", "9,000", "troops_deployed", None, id="en-of-them-group-named-before"),
        # a part whose base is the next figure takes its verb from after the base
        pytest.param("Roughly 3,000 of some 11,000 soldiers sent to Kursk have been killed or wounded.", "en", "3,000",
                     "casualties", "killed_or_wounded", id="en-part-verb-after-base"),
        pytest.param("Etwa 1.000 von rund 12.000 Entsandten sollen inzwischen gefallen sein.", "de", "1.000",
                     "casualties", "killed", id="de-part-verb-after-base"),
        pytest.param("Etwa 1.000 von rund 12.000 Entsandten sollen inzwischen gefallen sein.", "de", "12.000",
                     "troops_deployed", None, id="de-base-before-a-modal"),
        # "already" with a verb of moving is a deployment under way
        pytest.param("More may follow, but about 2,000 soldiers are already heading to the front, he said.", "en",
                     "2,000", "troops_deployed", None, id="en-already-heading"),
        # what they are sent to do names them: clearing mines is sappers' work
        pytest.param("Pyongyang will send 3,000 men: 500 to clear mines and 2,500 to rebuild roads.", "en", "500",
                     "sappers", None, id="en-to-clear-mines"),
        pytest.param("Von den 3.000 Mann seien 800 zur Minenräumung vorgesehen.", "de", "800", "sappers", None,
                     id="de-zur-minenraeumung"),
        pytest.param("Pyongyang will send 3,000 men: 500 to clear mines and 2,500 to rebuild roads.", "en", "2,500",
                     "construction_workers", None, id="en-to-rebuild-roads"),
        pytest.param("Von den 4.000 seien rund 1.000 für den Wiederaufbau in Kursk vorgesehen.", "de", "1.000",
                     "construction_workers", None, id="de-fuer-den-wiederaufbau"),
        # a fronted figure counts the noun of "die Zahl der ..." later in its clause
        pytest.param("Auf mindestens 11.000 schätzt das Pentagon inzwischen die Zahl der nordkoreanischen Soldaten in "
                     "Russland.", "de", "11.000", "troops_deployed", None, id="de-fronted-die-zahl-der-soldaten"),
        # "in unserer Hand" is captured; death in captivity is a death; the blood toll of people counts casualties
        pytest.param("„Drei nordkoreanische Soldaten sind nun in unserer Hand“, schrieb Selenskyj.", "de", "Drei",
                     "captured", None, id="de-in-unserer-hand"),
        pytest.param("Zwei Nordkoreaner seien in Gefangenschaft ihren Verletzungen erlegen.", "de", "Zwei", "casualties",
                     "killed", id="de-died-in-captivity"),
        pytest.param("Den Blutzoll der Nordkoreaner beziffert das ukrainische Militär mittlerweile auf rund 4.000.", "de",
                     "4.000", "casualties", "killed_or_wounded", id="de-blutzoll-der-nordkoreaner"),
        # maimed and hospitalised are the wounded
        pytest.param("Some 300 were killed and close to 800 hospitalised, he said.", "en", "800", "casualties", "wounded",
                     id="en-hospitalised"),
        pytest.param("Of the 12,000 sent, about 5,000 were killed or maimed.", "en", "5,000", "casualties",
                     "killed_or_wounded", id="en-killed-or-maimed"),
        # "bringing the total to": the running total of what was counted before; "any of its N" is a base
        pytest.param("Dozens more North Koreans were killed or wounded this week, officials said, bringing the total to "
                     "about 1,500.", "en", "1,500", "casualties", "killed_or_wounded", id="en-bringing-the-total-to"),
        pytest.param("It was the first time Kyiv had taken any of Pyongyang’s some 12,000 soldiers alive.", "en", "12,000",
                     "troops_deployed", None, id="en-any-of-its-n-alive"),
        # a number in parentheses reads its tense from the parentheses alone
        pytest.param("Pjöngjangs Einheiten (nach US-Angaben derzeit rund 9.000 Mann) sollen bald an die Front verlegt "
                     "werden.", "de", "9.000", "troops_deployed", None, id="de-aside-in-parentheses"),
        pytest.param("The units (some 9,000 men, Washington says) could be sent into combat within weeks.", "en", "9,000",
                     "troops_deployed", None, id="en-aside-in-parentheses"),
        # the verb that took them decides over the adjective; held prisoner; taken alive
        pytest.param("Ukrainian troops captured three wounded North Korean soldiers near Sudzha.", "en", "three", "captured",
                     None, id="en-captured-wounded-soldiers"),
        pytest.param("The SBU says it is holding three North Koreans.", "en", "three", "captured", None,
                     id="en-is-holding"),
        pytest.param("In der Ukraine werden derzeit drei Nordkoreaner festgehalten.", "de", "drei", "captured", None,
                     id="de-festgehalten"),
        pytest.param("Three North Koreans taken alive near Kursk are being questioned.", "en", "Three", "captured", None,
                     id="en-koreans-taken-alive"),
        # the missing are casualties of either kind; "eliminiert" is killed
        pytest.param("Rund 2.000 Nordkoreaner seien verletzt oder vermisst.", "de", "2.000", "casualties",
                     "killed_or_wounded", id="de-verletzt-oder-vermisst"),
        pytest.param("Mehr als 40 nordkoreanische Soldaten wurden eliminiert, teilte die Brigade mit.", "de", "40",
                     "casualties", "killed", id="de-eliminiert"),
        # "the injured", "the wounded" are nouns of the wounded
        pytest.param("There have been at least 200 deaths and the injured are approaching 1,500, he said.", "en", "1,500", "casualties",
                     "wounded", id="en-the-injured-are-approaching"),
        # a verb right after the number: no noun after it is its own; "and the ..." opens a clause with a new subject
        pytest.param("At least 300 have died and the injured are approaching 2,000, officials said.", "en", "300",
                     "casualties", "killed", id="en-verb-after-the-number"),
        pytest.param("At least 300 have died and the injured are approaching 2,000, officials said.", "en", "2,000",
                     "casualties", "wounded", id="en-and-the-new-subject"),
        # recruits and conscripts are troops in both languages
        pytest.param("Pyongyang is preparing a further 3,000 fresh recruits for Kursk.", "en", "3,000", "troops_planned",
                     None, id="en-fresh-recruits"),
        pytest.param("Rund 2.500 junge Wehrpflichtige seien bereits an der Front angekommen.", "de", "2.500",
                     "troops_deployed", None, id="de-wehrpflichtige"),
        # a counter word with a noun after it counts that noun, not the people named before
        pytest.param("Neben 3.000 Soldaten werde Nordkorea auch 40 Stück schweres Gerät liefern.", "de", "40", "other",
                     None, id="de-counter-word-with-its-noun"),
        # a unit's kind names the people counted in it, before or after the number, whatever the unit is called
        pytest.param("Pjöngjang schicke zudem 2.000 Angehörige seiner Baukolonnen.", "de", "2.000",
                     "construction_workers", None, id="de-members-of-building-columns"),
        pytest.param("Eine Pioniereinheit von etwa 400 Mann sei bereits in Kursk.", "de", "400", "sappers", None,
                     id="de-unit-of-n-men"),
        pytest.param("A mine-clearing unit of about 400 men is already in Kursk.", "en", "400", "sappers", None,
                     id="en-unit-of-n-men"),
        pytest.param("Another 2,000 North Koreans from road building units will follow, the ministry said.", "en", "2,000",
                     "construction_workers", None, id="en-from-building-units"),
        # losses in any compound, and a blood toll, make "Mann" after the number the people lost
        pytest.param("Die Gesamtverluste der Nordkoreaner setzt das Institut auf etwa 3.500 Mann an.", "de", "3.500",
                     "casualties", "killed_or_wounded", id="de-compound-losses-then-mann"),
        pytest.param("Der Aderlass der nordkoreanischen Truppen betrage inzwischen 2.000 Mann.", "de", "2.000", "casualties",
                     "killed_or_wounded", id="de-aderlass"),
        # the killed, however said
        pytest.param("At least 400 North Korean soldiers perished in the counter-offensive, Kyiv said.", "en", "400",
                     "casualties", "killed", id="en-perished"),
        pytest.param("Some 1,200 North Koreans were hit, about 300 of them fatally.", "en", "300", "casualties", "killed",
                     id="en-fatally"),
        pytest.param("Rund 700 der nach Kursk verlegten Nordkoreaner haben dort den Tod gefunden.", "de", "700",
                     "casualties", "killed", id="de-den-tod-gefunden"),
        # in someone's hands is taken prisoner
        pytest.param("Drei Nordkoreaner sind laut dem Generalstab inzwischen in ukrainischer Hand.", "de", "Drei", "captured",
                     None, id="de-in-ukrainischer-hand"),
        # a new clause with its own subject after the number keeps its cues ("and that they have taken casualties")
        pytest.param("Officials believe there are about 12,000 North Korean troops in Kursk, and that they have suffered "
                     "heavy casualties.", "en", "12,000", "troops_deployed", None, id="en-and-that-they"),
        pytest.param("In Kursk stehen rund 11.000 nordkoreanische Soldaten, und etwa jeder vierte von ihnen ist "
                     "gefallen.", "de", "11.000", "troops_deployed", None, id="de-und-jeder-vierte"),
        # (a relative clause is the number's own)
        pytest.param("Kim ehrte 18 Soldaten, die in Kursk gefallen seien.", "de", "18", "casualties", "killed",
                     id="de-relative-clause-own"),
        # the preterite of coming is a deployment that happened, whatever "weitere" says
        pytest.param("Im Februar kamen rund 2.000 weitere Nordkoreaner in Kursk an.", "de", "2.000", "troops_deployed",
                     None, id="de-kamen-weitere"),
        # a pronoun or preposition after the number is no counted noun: the noun before counts
        pytest.param("Pyongyang has lost some 2,000 soldiers out of the 11,000 it has sent.", "en", "11,000",
                     "troops_deployed", None, id="en-out-of-n-it-has-sent"),
        pytest.param("Kyiv puts the number of North Korean troops at 11,000 and expects it to reach 15,000 within "
                     "months.", "en", "15,000", "troops_planned", None, id="en-within-months"),
        # an apposition about a figure opens its own clause
        pytest.param("About 8,000 North Korean soldiers are already in Kursk — a number officials expect to rise to "
                     "12,000.", "en", "12,000", "troops_planned", None, id="en-a-number-expected-to-rise"),
        # able or set to send is a plan
        pytest.param("Analysts consider Pyongyang capable of sending up to 20,000 more soldiers this year.", "en", "20,000",
                     "troops_planned", None, id="en-capable-of-sending"),
        # objects in a row share the verb after the last of them
        pytest.param("Rund 2.000 zusätzliche Soldaten sowie etwa 50 Haubitzen soll Nordkorea im Winter geliefert haben.",
                     "de", "2.000", "troops_deployed", None, id="de-objects-in-a-row-share-the-verb"),
        # the words before "and" after another figure are that figure's
        pytest.param("Moscow flew 1,500 injured men home and brought in roughly 2,000 fresh North Korean troops.", "en",
                     "2,000", "troops_deployed", None, id="en-and-after-another-figure"),
        # the head of a German compound decides what it counts
        pytest.param("Laut Kiew bedienen inzwischen rund 400 nordkoreanische Raketenmannschaften Werfer in Kursk.", "de",
                     "400", "troops_deployed", None, id="de-compound-head-decides-people"),
        pytest.param("Nordkorea habe zudem rund 200 Raketenwerfer nach Russland geliefert.", "de", "200", "munitions", None,
                     id="de-compound-head-decides-launchers"),
        # a comparison with the figure before counts what it counted
        pytest.param("Kiew spricht von 3.000 gefallenen Nordkoreanern. Washington nennt eine niedrigere Zahl: rund 1.000.",
                     "de", "1.000", "casualties", "killed", id="de-comparison-with-the-figure-before"),
        pytest.param("Kyiv says 3,000 North Koreans have been killed. Seoul's estimate is far lower, about 600.", "en",
                     "600", "casualties", "killed", id="en-comparison-with-the-figure-before"),
        # a vague figure in the dative is a figure ("von einigen Dutzend Opfern")
        pytest.param("Zuvor war aus Kiew nur von einigen Dutzend Opfern unter den Nordkoreanern die Rede.", "de",
                     "einigen Dutzend", "casualties", "killed_or_wounded", id="de-dative-vague-figure"),
        # a semicolon closes a figure's words
        pytest.param("Nach Kursk seien 12.000 Nordkoreaner geschickt worden. Rund 9.000 von ihnen stünden noch an der "
                     "Front; gefallen seien seit Oktober etwa 2.000.", "de",
                     "9.000", "troops_deployed", None, id="de-semicolon-closes-the-clause"),
        # the main clause after a zu-infinitive clause is not the figure's
        pytest.param("Seit Pjöngjang begann, rund 11.000 Soldaten nach Russland zu schicken, gibt es hohe Verluste.", "de",
                     "11.000", "troops_deployed", None, id="de-main-clause-after-zu-infinitive"),
        # ", so it's a very high toll": a new clause after "so"
        pytest.param("Kyiv puts the dead at about 2,000. That's out of maybe 12,000 who were sent, so it's a very high toll.",
                     "en", "12,000",
                     "troops_deployed", None, id="en-so-opens-a-clause"),
        # a relative clause's antecedent is what its figure counts
        pytest.param("Losses exceed 3,000 killed and wounded – a quarter of the force, which Kyiv puts at about "
                     "12,000.", "en", "12,000", "troops_deployed", None, id="en-relative-antecedent"),
        # generic people after the number count the kind the clause named before
        pytest.param("Seoul zufolge hat Nordkorea den Einsatz von Arbeitskräften in Russland auf etwa 20.000 Personen "
                     "erhöht.", "de", "20.000", "workers", None, id="de-generic-personen-after-a-kind"),
        # "in ihre Gewalt gebracht" is taken prisoner
        pytest.param("Ukrainische Einheiten haben drei Nordkoreaner in ihre Gewalt gebracht.", "de", "drei", "captured",
                     None, id="de-in-ihre-gewalt"),
        # a new clause right after the number's comma holds another figure's noun
        pytest.param("Die Zahl der Gefallenen schätzt Kiew auf rund 700, die der Verwundeten auf mehr als 2.500.", "de",
                     "700", "casualties", "killed", id="de-comma-then-another-figures-noun"),
        # a base of a fraction ends its noun phrase at a Konjunktiv "sei"
        pytest.param("Ein Drittel der 12.000 Soldaten sei inzwischen kampfunfähig, so der Geheimdienst.", "de", "12.000",
                     "troops_deployed", None, id="de-base-before-sei"),
        # a unit in an indefinite genitive names its people's kind
        pytest.param("Rund 800 Soldaten eines nordkoreanischen Pionierbataillons sollen im Sommer nach Kursk kommen.", "de",
                     "800", "sappers", None, id="de-indefinite-genitive-unit"),
        # a fraction of a genitive base takes its verb after the base
        pytest.param("Fast ein Drittel der entsandten 12.000 Soldaten soll inzwischen gefallen oder verletzt sein.", "de",
                     "Drittel", "casualties", "killed_or_wounded", id="de-fraction-of-a-genitive-base"),
        # brought for treatment, into hospitals: the wounded
        pytest.param("Rund 900 Nordkoreaner seien zur Behandlung nach Moskau geflogen worden.", "de", "900", "casualties",
                     "wounded", id="de-zur-behandlung"),
        # "their number" with no figure before points back to the people named
        pytest.param("Moskau bestätigte, dass nordkoreanische Soldaten in Kursk kämpfen. Kiew schätzt ihre Zahl auf "
                     "12.000.", "de", "12.000", "troops_deployed", None, id="de-ihre-zahl"),
        pytest.param("Pyongyang has admitted that its troops fought in Kursk. Seoul puts their number at 14,000.", "en",
                     "14,000", "troops_deployed", None, id="en-their-number"),
        # "sind es N" counts what was named before
        pytest.param("Der Kreml bestätigte die Anwesenheit nordkoreanischer Soldaten, nannte aber keine Zahl. Nach "
                     "Angaben aus Kiew sind es 11.000.", "de", "11.000", "troops_deployed", None, id="de-sind-es"),
        # captivity named before the number; a separable verb's particle after those it took
        pytest.param("In ukrainischer Kriegsgefangenschaft befinden sich inzwischen drei Nordkoreaner.", "de", "drei",
                     "captured", None, id="de-in-gefangenschaft"),
        pytest.param("Ukrainische Spezialkräfte nahmen zwei Nordkoreaner fest.", "de", "zwei", "captured", None,
                     id="de-nahmen-fest"),
        # a part with a noun the vocabulary does not know counts what its total counts
        pytest.param("Insgesamt etwa 14.000 Mann, darunter 3.000 Nachzügler, stehen inzwischen in Russland.", "de", "3.000",
                     "troops_deployed", None, id="de-part-with-an-unknown-noun"),
        # compounds and loan words: people of an army, in uniform, sappers; custody
        pytest.param("Das Kontingent umfasst rund 11'000 Armeeangehörige.", "de", "11'000", "troops_deployed", None,
                     id="de-armeeangehoerige"),
        pytest.param("Hinzu kommen 1.000 Sappeure, die das Grenzgebiet von Minen befreien sollen.", "de", "1.000", "sappers",
                     None, id="de-sappeure"),
        pytest.param("In ukrainischer Haft befinden sich weiterhin zwei Nordkoreaner.", "de", "zwei", "captured", None,
                     id="de-in-haft"),
        # a list of casualty words one conjunction closes is one phrase; a base after "unter den"/"among the"
        pytest.param("Rund 11.000 kämpfen, von denen knapp 4.000 getötet, verwundet oder vermisst seien.", "de", "4.000",
                     "casualties", "killed_or_wounded", id="de-list-of-casualty-words"),
        pytest.param("About 4,000 were killed, wounded or captured, officials said.", "en", "4,000", "casualties",
                     "killed_or_wounded", id="en-list-of-casualty-words"),
        pytest.param("Die Beamten nannten gut 4.000 Ausfälle unter den etwa 11.000 Entsandten.", "de", "11.000",
                     "troops_deployed", None, id="de-unter-den-base"),
        # an answer after a comma closes its noun phrase; "How many?" leaves out the noun named before it
        pytest.param("HOST: Ukraine says it now holds North Korean prisoners. How many?\nREPORTER: Two, according to officers "
                     "of the SBU.", "en", "Two", "captured", None, id="en-how-many-elided"),
        # a unit's strength counts the unit's kind; "davon" before a noun makes it the figure before's
        pytest.param("Kim welcomed home an army engineering regiment. The regiment, about 1,000 strong, had left in August.",
                     "en", "1,000", "sappers", None, id="en-strength-of-a-unit"),
        pytest.param("Es geht von 6.000 Ausfällen aus, gut ein Drittel davon Tote – bei einer Truppe, die anfangs 11.000 Mann "
                     "stark war.", "de", "11.000", "troops_deployed", None, id="de-mann-stark"),
        # a running total; being in Russia or Kursk with no noun; "Zusätzlich 2000" is no year
        pytest.param("Ukraine's general staff says its forces killed or wounded about 60 North Korean soldiers, bringing the "
                     "number it has counted since mid-December to more than 400.", "en", "400", "casualties",
                     "killed_or_wounded", id="en-bringing-the-number-to"),
        pytest.param("A NATO official estimated that several thousand of the roughly 10,000 in Russia were already in Kursk.",
                     "en", "10,000", "troops_deployed", None, id="en-bare-in-russia"),
        pytest.param("Pjöngjang soll 6000 Mann geschickt haben. Zusätzlich 2000 könnten im Herbst folgen.", "de", "2000",
                     "troops_planned", None, id="de-zusaetzlich-2000-is-no-year"),
        # a figure with no noun and no verb of its own, or one that only estimates, keeps the state the figure before
        # counted; one with its own verb counts the people ("up to 30,000 more could follow": troops)
        pytest.param("Kiew schätzt die Zahl der Toten auf 4.000, Warschau auf 3.500.", "de", "3.500", "casualties", "killed",
                     id="de-gapped-comparison-keeps-the-state"),
        pytest.param("Die Zahl der Gefallenen hat die Behörde auf rund 2.000 revidiert. Im April war sie noch von 600 "
                     "ausgegangen.", "de", "600", "casualties", "killed", id="de-estimate-verb-keeps-the-state"),
        pytest.param("Rund 200 Soldaten wurden getötet. Bis zu 30.000 weitere könnten folgen.", "de", "30.000",
                     "troops_planned", None, id="de-own-verb-counts-the-people"),
        # an age set off after the noun does not end the figure's words: the verb after it is the figure's
        pytest.param("Two North Korean soldiers, aged 20 and 26, were captured in Kursk, Zelenskyy wrote on X.", "en", "Two",
                     "captured", None, id="en-ages-set-off"),
        pytest.param("Zwei nordkoreanische Soldaten, 20 und 26 Jahre alt, wurden in Kursk gefangen genommen.", "de", "Zwei",
                     "captured", None, id="de-ages-set-off"),
        # "weitere" counts for the number it stands with, not for another noun of the clause
        pytest.param("Kremlsprecher Peskow nannte Berichte über 10.000 nordkoreanische Soldaten in Kursk „eine weitere "
                     "Falschmeldung“.", "de", "10.000", "troops_deployed", None, id="de-weitere-of-another-noun"),
        pytest.param("Nordkorea bereitet die Entsendung von bis zu 3.000 weiteren Soldaten vor.", "de", "3.000",
                     "troops_planned", None, id="de-number-then-weitere"),
        # returned in coffins: the dead
        pytest.param("Nach Recherchen des Senders KBS sollen mindestens 200 Soldaten in Särgen zurückgekehrt sein.", "de",
                     "200", "casualties", "killed", id="de-in-saergen"),
        # a semicolon opens a clause of its own tense
        pytest.param("Der Minister sagte, Nordkorea werde weitere Soldaten schicken; bereits jetzt seien 11.000 in Russland.",
                     "de", "11.000", "troops_deployed", None, id="de-semicolon-opens-its-own-tense"),
        # likely to receive is a plan
        pytest.param("The ISW assessed that Russia was likely to receive another 3,000 North Korean troops.", "en", "3,000",
                     "troops_planned", None, id="en-likely-to-receive"),
        # a share pointing back to the figure before is on the topic
        pytest.param("Rund 11.000 Nordkoreaner sind in Kursk. Etwa 40 Prozent davon wurden verwundet.", "de",
                     "40 Prozent", "casualties", "wounded", id="de-share-pointing-back"),
        # a base after a colon is read from its own clause, not the clause before it
        pytest.param("Die Verluste seien hoch, hieß es aus Kiew: Von 11.000 Soldaten seien 4.000 ausgefallen.", "de",
                     "11.000", "troops_deployed", None, id="de-base-after-colon"),
        # a state that began at a past time holds now: "seit"/"since" a month is a deployment, whatever "additional" says
        pytest.param("Geheimdienst: Rund 2.000 zusätzliche Nordkoreaner seit Februar im Grenzgebiet", "de", "2.000",
                     "troops_deployed", None, id="de-seit-month-holds"),
        pytest.param("Some 2,500 additional North Korean troops have been in the Kursk region since early March.", "en",
                     "2,500", "troops_deployed", None, id="en-since-month-holds"),
        # a modal of likelihood or the conditional with an infinitive at the clause's end is a plan; with "kämpfen" what is
        pytest.param("Laut Militärexperten dürfte Pjöngjang im Sommer bis zu 8.000 Soldaten an Russland abgeben.",
                     "de", "8.000", "troops_planned", None, id="de-duerfte-with-infinitive"),
        pytest.param("Ein Diplomat sagte, Nordkorea würde notfalls noch 5.000 Mann schicken.", "de", "5.000",
                     "troops_planned", None, id="de-wuerde-with-infinitive"),
        pytest.param("Nach Schätzungen dürften derzeit rund 12.000 Nordkoreaner in der Region kämpfen.", "de", "12.000",
                     "troops_deployed", None, id="de-duerfte-kaempfen-is-what-is"),
        # what a modal says a group will do or be: "could leave", "would comprise"; "for possible dispatch"
        pytest.param("An advance party of some 800 could depart from Wonsan as early as next month.", "en", "800",
                     "troops_planned", None, id="en-could-depart"),
        pytest.param("The next rotation would consist of roughly 3,000 infantrymen, the official said.", "en", "3,000",
                     "troops_planned", None, id="en-would-consist-of"),
        pytest.param("Seoul believes about 2,000 soldiers are being drilled for possible deployment to Kursk.", "en", "2,000",
                     "troops_planned", None, id="en-for-possible-deployment"),
        # a group still to come ("the next rotation of", "possibly arriving"), and a base set off after its part keeps
        # its own tense ("..., out of a planned deployment of 6,000")
        pytest.param("Officials described the next rotation of about 2,500 infantry as imminent.", "en", "2,500",
                     "troops_planned", None, id="en-next-rotation"),
        pytest.param("A contingent of 2,500 troops, probably arriving before the thaw, is being trained.", "en", "2,500",
                     "troops_planned", None, id="en-probably-arriving"),
        pytest.param("Some 800 sappers have already reached Kursk, out of a planned deployment of 5,000.", "en", "5,000",
                     "troops_planned", None, id="en-out-of-a-planned-base"),
        # the reportive "sollen es ... sein" says what is said to be, not what is to come
        pytest.param("Nach Erkenntnissen westlicher Dienste sollen es inzwischen rund 13.000 Soldaten sein.", "de", "13.000",
                     "troops_deployed", None, id="de-sollen-es-sein-reports-what-is"),
        # the base of a part ends its words at its noun before a finite verb of status ("gelten als tot")
        pytest.param("Gut 3.000 der etwa 11.000 nach Russland verlegten Nordkoreaner gelten inzwischen als tot oder "
                     "verwundet.", "de", "11.000", "troops_deployed", None, id="de-base-before-gelten-als"),
        # the reportive "sollen sich ... aufhalten" says where they are
        pytest.param("Über 120 nordkoreanische Offiziere und Generäle sollen sich in der Region Kursk aufhalten.", "de", "120",
                     "troops_deployed", None, id="de-sollen-sich-aufhalten"),
        # the act named as a noun before the figure ("die Tötung von", "the killing of")
        pytest.param("Der Generalstab meldete die Tötung von 70 nordkoreanischen Soldaten bei Sudscha.", "de", "70",
                     "casualties", "killed", id="de-toetung-von"),
        pytest.param("Kyiv announced the killing of 70 North Korean soldiers near Sudzha.", "en", "70", "casualties",
                     "killed", id="en-killing-of"),
        # whom someone expects to do something is a plan, whatever the verb; "erwartet werden/würden" too
        pytest.param("Kyiv expects the North to move a new group of roughly 2,000 into the Kursk region.", "en", "2,000",
                     "troops_planned", None, id="en-expects-someone-to-verb"),
        # a sending decided, agreed or approved is still to come; a headline's ", total to reach N" opens its own clause
        pytest.param("Pjöngjang hat laut Moskau die Verlegung von 4.000 weiteren Pionieren nach Kursk genehmigt.", "de", "4.000",
                     "sappers", None, id="de-verlegung-genehmigt-keeps-kind"),
        pytest.param("Kim has approved the dispatch of 4,000 more troops, Seoul says.", "en", "4,000", "troops_planned", None,
                     id="en-approved-the-dispatch"),
        pytest.param("Seoul: 2,000 North Korean troops already in Kursk, number to reach 8,000.", "en", "8,000",
                     "troops_planned", None, id="en-headline-number-to-reach"),
        pytest.param("Kim Jong Un hat die Entsendung von 3.000 Soldaten nach Kursk beschlossen, sagte Schoigu.", "de", "3.000",
                     "troops_planned", None, id="de-entsendung-beschlossen"),
        # North Korea as the owner keeps its losses
        pytest.param("North Korea’s casualties in the war stand at about 4,700, South Korean intelligence estimates show.",
                     "en", "4,700", "casualties", "killed_or_wounded", id="en-north-koreas-own-losses"),
        # a noun past a finite verb is the clause's subject or object, not the number's
        pytest.param("Rund 40 Nordkoreaner seien getötet oder verwundet worden, drei weitere hätten die Ukrainer gefangen "
                     "genommen.", "de", "drei", "captured", None, id="de-noun-past-the-verb"),
        pytest.param("About 40 North Koreans were killed and three others had been captured by Ukrainian troops.", "en",
                     "three", "captured", None, id="en-noun-past-the-verb"),
        # a modal of likelihood with "sein" is what is now, unless a time to come stands with it
        pytest.param("Das Pentagon geht von 10.000 Nordkoreanern in Kursk aus. In ganz Russland könnten es zwischen 11.000 "
                     "und 12.000 sein.", "de", "11.000", "troops_deployed", None, id="de-koennten-es-sein-now"),
        pytest.param("Der BND geht von 14.000 Nordkoreanern aus. Im Herbst könnten es dann schon 20.000 sein.", "de",
                     "20.000", "troops_planned", None, id="de-koennten-es-sein-to-come"),
        # a passive in reported speech, present: being trained now; "würden ... erwartet" is to come
        pytest.param("Rund 10.000 stehen in Kursk. Weitere rund 2.000 würden noch im Fernen Osten Russlands ausgebildet.",
                     "de", "2.000", "troops_deployed", None, id="de-wuerden-ausgebildet-now"),
        pytest.param("Rund 10.000 stehen in Kursk. Weitere 2.600 würden bis Monatsende erwartet.", "de", "2.600",
                     "troops_planned", None, id="de-wuerden-erwartet-to-come"),
        # a future or modal passive of being placed is a plan
        pytest.param("At least 1,500 North Korean soldiers will be stationed in the Kursk region, the minister said.", "en",
                     "1,500", "troops_planned", None, id="en-will-be-stationed"),
        # "the number sent": the participle says what is counted, whatever the figure before counted
        pytest.param("South Korea estimates that some 4,700 have been killed or wounded. The South's spy agency has put the "
                     "number sent at around 15,000.", "en", "15,000", "troops_deployed", None, id="en-the-number-sent"),
        # held, inflected; this topic's Koreans in custody
        pytest.param("Die zwei seit Januar in der Ukraine festgehaltenen Soldaten könnten in den Süden gebracht werden, sagte "
                     "ein Sprecher.", "de", "zwei", "captured", None, id="de-festgehaltenen"),
        pytest.param("Two Koreans, aged 20 and 24, remain in Ukrainian custody, officials said.", "en", "Two", "captured",
                     None, id="en-koreans-in-custody"),
        # a relative clause telling a force's present size is what is there, whatever the intention before it
        pytest.param("Washington had seen no sign that North Korea intends to reinforce its troops in Russia, which number "
                     "about 11,000, a spokesperson said.", "en", "11,000", "troops_deployed", None, id="en-which-number"),
        # death or injury, as "Tod oder Verwundung": either kind
        pytest.param("North Korea has sent about 15,000 troops to Russia and lost roughly 4,700 of them to death or injury, "
                     "including about 600 killed, lawmakers said.", "en", "4,700", "casualties", "killed_or_wounded",
                     id="en-death-or-injury"),
        # the fallen are the killed; soldiers fallen into the enemy's hands are captured; a number fallen to is neither
        pytest.param("Kim Jong Un knelt before portraits of nine fallen sappers, KCNA reported.", "en", "nine", "casualties",
                     "killed", id="en-fallen-sappers"),
        pytest.param("Two North Korean soldiers had fallen into Ukrainian hands, Kyiv said.", "en", "Two", "captured", None,
                     id="en-fallen-into-hands"),
        pytest.param("The number of North Korean troops in Kursk has fallen to 8,000, the Pentagon said.", "en", "8,000",
                     "troops_deployed", None, id="en-fallen-to-a-number"),
        # a total whose own noun says nothing counts its parts of two kinds, planned as their words say
        pytest.param("Nordkorea schickt 6000 Helfer nach Kursk\nKim Jong Un will 1000 Minenräumer und 5000 Militärbauarbeiter "
                     "in die russische Grenzregion entsenden. Das sagte Schoigu.", "de", "6000", "troops_planned", None,
                     id="de-headline-total-of-two-kinds"),
        # a figure under discussion is a plan
        pytest.param("Im Gespräch seien bis zu 30.000 Mann, heißt es in einem Bericht des US-Senders CNN.", "de", "30.000",
                     "troops_planned", None, id="de-im-gespraech"),
        # a modal passive of rotating or bringing in plans too
        pytest.param("South Korean officials said up to 15,000 North Korean troops could be rotated in.", "en", "15,000",
                     "troops_planned", None, id="en-could-be-rotated-in"),
        # a force of which the North's part is named without a number is a mixed force; the North's own force is not
        pytest.param("Russia has massed about 50,000 troops near Kursk, including North Korean units, US officials said.",
                     "en", "50,000", "other", None, id="en-force-including-the-norths-units"),
        pytest.param("Russlands Truppen bei Kursk, rund 50.000 Mann stark, umfassen auch nordkoreanische Soldaten.", "de",
                     "50.000", "other", None, id="de-force-comprising-the-norths-soldiers"),
        pytest.param("North Korea has sent about 12,000 troops, including special forces, US officials said.", "en",
                     "12,000", "troops_deployed", None, id="en-the-norths-force-including-special-forces"),
        # a noun followed by "of" and the next figure heads that figure; an estimated object is what is counted
        pytest.param("Syrskyi said North Korean units were still fighting in Kursk, putting their number at about 8,000 after "
                     "losses of some 4,000.", "en", "8,000", "troops_deployed", None, id="en-noun-of-the-next-figure"),
        pytest.param("The official put the North Korean force in the region at roughly 11,000 and blamed its inexperience "
                     "for the losses.", "en", "11,000", "troops_deployed", None, id="en-put-object-at-and-a-next-predicate"),
        pytest.param("The NIS estimated North Korean fatalities at 300 and injuries at 2,700.", "en", "300", "casualties",
                     "killed", id="en-estimated-object-before-at"),
        # troops sent and troops planned are one kind: a total over both keeps its own tense; a gapped clause after the
        # figure before's date goes on with the verb before it
        pytest.param("Der Generalstab geht von insgesamt rund 14.000 Soldaten aus, die in zwei Wellen verlegt wurden – etwa "
                     "11.000 im Herbst 2024 und weitere 3.000 zu Beginn dieses Jahres.", "de", "14.000", "troops_deployed",
                     None, id="de-total-of-sent-and-more"),
        pytest.param("Der Generalstab geht von insgesamt rund 14.000 Soldaten aus, die in zwei Wellen verlegt wurden – etwa "
                     "11.000 im Herbst 2024 und weitere 3.000 zu Beginn dieses Jahres.", "de", "3.000", "troops_deployed",
                     None, id="de-gapped-past-a-date"),
        # an English modal and its verb right before the figure plan it; a base promised is to come
        pytest.param("Around 1,500 North Korean troops had already been shipped to Russia's Far East, the first wave of a "
                     "deployment that could reach as many as 12,000.", "en", "12,000", "troops_planned", None,
                     id="en-modal-right-before-the-figure"),
        pytest.param("About 1,000 of the 6,000 North Korean military engineers and builders promised to Moscow have already "
                     "arrived in Kursk.", "en", "6,000", "troops_planned", None, id="en-base-promised"),
        pytest.param("Der kremlnahe Kanal will von rund 1.000 nordkoreanischen Minenräumern wissen, die seit Juli im Einsatz "
                     "seien.", "de", "1.000", "sappers", None, id="de-will-wissen-is-no-modal-plan"),
        # a unit's strength "totalling" its men; an appositive telling of the figure is not what befell it
        pytest.param("Military construction units totalling about 5,000 personnel have left North Korea for Russia, the "
                     "National Intelligence Service said.", "en", "5,000", "construction_workers", None,
                     id="en-units-totalling-men"),
        pytest.param("He said some 11,000 North Korean troops are currently in Russia, a level Pyongyang has held by replacing "
                     "its losses.", "en", "11,000", "troops_deployed", None, id="en-appositive-of-the-figure"),
        # a size that may come to be is a plan; one said to be is not
        pytest.param("Pjöngjang bereite eine zweite Welle vor. Sie könne bis zu 8.000 Soldaten umfassen.", "de", "8.000",
                     "troops_planned", None, id="de-may-come-to-comprise"),
        pytest.param("Die nordkoreanische Truppe in Kursk soll rund 11.000 Soldaten umfassen.", "de", "11.000",
                     "troops_deployed", None, id="de-said-to-comprise"),
        pytest.param("Kim has agreed to dispatch 1,000 deminers and a further 5,000 military builders to Kursk, Shoigu said. "
                     "That makes 6,000 personnel in all, on top of the combat troops already sent.", "en", "6,000",
                     "troops_planned", None, id="en-total-after-planned-parts"),
        # people who reached out, surrendered or deserted are counted for what they did (other); "reported" is no reaching out
        pytest.param("Über die Hotline „Ich will leben“ haben sich nach Angaben des Projekts mehr als 200 Nordkoreaner gemeldet.",
                     "de", "200", "other", None, id="de-reached-a-hotline"),
        pytest.param("Ukraine's prisoner-of-war centre says 13 more North Koreans have contacted its hotline since January.",
                     "en", "13", "other", None, id="en-contacted-a-hotline"),
        pytest.param("Die Zahl der verlegten nordkoreanischen Soldaten ist auf etwa 3.000 gestiegen, nachdem die Analysten in "
                     "der Vorwoche noch 1.500 gemeldet hatten.", "de", "1.500", "troops_deployed", None,
                     id="de-gemeldet-hatten-is-reported"),
        # a total a sending reached has happened, whatever "additional" says; a planned sending's total stays planned
        pytest.param("North Korea has dispatched about 1,500 additional troops to Russia, the JCS said, bringing the total to "
                     "roughly 12,500.", "en", "12,500", "troops_deployed", None, id="en-total-reached-by-a-sending"),
        pytest.param("North Korea plans to send 3,000 additional troops to Russia, the JCS said, bringing the total to roughly "
                     "15,000.", "en", "15,000", "troops_planned", None, id="en-total-of-a-planned-sending"),
        # a clause after a semicolon with a verb of its own is the figure's: the losses before it are not its words
        pytest.param("Nach Schätzungen aus Südkorea sind bisher rund 4.700 Nordkoreaner getötet oder verletzt worden; "
                     "Pjöngjang soll insgesamt etwa 14.000 Soldaten entsandt haben.", "de", "14.000", "troops_deployed", None,
                     id="de-own-clause-after-a-semicolon"),
        pytest.param("By the estimate of Seoul's Joint Chiefs of Staff, about 4,700 North Koreans have been killed or "
                     "wounded; the NIS says 15,000 were deployed in all.", "en", "15,000", "troops_deployed", None,
                     id="en-own-clause-after-a-semicolon"),
        # (one with no verb of the topic goes on with the clause before)
        pytest.param("Im Februar sind zwei weitere Nordkoreaner in Gefangenschaft geraten; insgesamt hält Kiew damit vier.",
                     "de", "vier", "captured", None, id="de-semicolon-clause-going-on"),
        # a main clause after a comma that opens with a phrase of time and a modal is the figure's own: what was already
        # there before it does not make it so
        pytest.param("Das Militär hatte erklärt, etwa 3.000 Nordkoreaner seien bereits im Fernen Osten eingetroffen, bis "
                     "Dezember könnten es 10.000 werden.", "de", "10.000", "troops_planned", None,
                     id="de-time-and-modal-open-a-clause"),
        # preparing a sending, the separable verb and its noun
        pytest.param("Der ukrainische Präsident hatte gewarnt, Pjöngjang bereite die Entsendung von bis zu 10.000 Soldaten "
                     "vor.", "de", "10.000", "troops_planned", None, id="de-prepares-a-sending"),
        pytest.param("Nordkorea trifft Vorbereitungen für die Verlegung weiterer 3.000 Mann, teilte Seoul mit.", "de", "3.000",
                     "troops_planned", None, id="de-preparations-for-a-transfer"),
        pytest.param("Die 11.000 Nordkoreaner bereiten sich in Kursk auf eine neue Offensive vor, sagte Kiew.", "de", "11.000",
                     "troops_deployed", None, id="de-preparing-themselves-is-no-plan"),
        # a modal of possibility with a time to come and "sein", whatever the subject
        pytest.param("Laut dem litauischen Militärgeheimdienst könnten bis Jahresende bis zu 30.000 nordkoreanische Soldaten "
                     "in Russland stationiert sein.", "de", "30.000", "troops_planned", None, id="de-could-be-by-year-end"),
        # a separable verb of holding whose particle closes the number's clause, words between
        pytest.param("Der ukrainische Sicherheitsdienst SBU hält nach eigenen Angaben zwei nordkoreanische Soldaten fest.",
                     "de", "zwei", "captured", None, id="de-holds-with-words-between"),
        # the simple past of shipping or ferrying troops: it happened, whatever "additional" says
        pytest.param("North Korea shipped about 3,000 additional troops to Russia in January and February, Ukraine's military "
                     "intelligence agency said.", "en", "3,000", "troops_deployed", None, id="en-shipped-additional"),
        # "the number killed ... at": its own words say what befell them, whatever the figure before counted
        pytest.param("The NIS director said about 10,000 North Korean troops are stationed in Russia's border areas. The spy "
                     "chief put the number killed so far at around 2,000.", "en", "2,000", "casualties", "killed",
                     id="en-the-number-killed-at"),
        # a prisoner-of-war camp, hyphenated, says they were captured
        pytest.param("Some 14,000 have been deployed, about 2,000 have died and two have ended up in a prisoner-of-war camp "
                     "near Kyiv, Seoul says.", "en", "two", "captured", None, id="en-prisoner-of-war-camp"),
        # a multiple of a figure counts what that figure counted
        pytest.param("North Korean deaths in Russia have climbed to about 2,000, Seoul's spy agency estimates – more than three "
                     "times the 600 it counted in April.", "en", "600", "casualties", "killed", id="en-times-the-figure"),
        # "davon" is a part of the amount "liegen bei" gives, not of a figure in a phrase before it
        pytest.param("Seoul zählt rund 15.000 Soldaten, verteilt auf zwei Kontingente. Die Verluste lägen bei etwa 4.700 Mann, "
                     "knapp 600 davon seien gefallen.", "de", "600", "casualties", "killed", id="de-davon-of-the-amount-liegen-bei"),
        # (a unit or people for a head keep the stem's kind: "Pioniereinheiten", "Pioniersoldaten")
        pytest.param("Nordkorea hat nach Angaben aus Seoul 1.000 Pioniersoldaten nach Kursk verlegt.", "de", "1.000", "sappers",
                     None, id="de-compound-people-head-keeps-the-stem"),
        pytest.param("Nordkorea hat nach Angaben aus Seoul zwei Pioniereinheiten mit 1.000 Mann nach Kursk verlegt.", "de", "1.000",
                     "sappers", None, id="de-compound-unit-head-keeps-the-stem"),
        # the governing verb's tense decides, not "zusätzlich"/"weitere": any participle of the perfect at the clause's end
        # (never one of announcing or promising) and a separable verb's preterite happened
        pytest.param("Im Januar hat Nordkorea nach Einschätzung des Generalstabs zusätzlich etwa 3.000 Kräfte nach Russland "
                     "beordert.", "de", "3.000", "troops_deployed", None, id="de-perfect-any-participle"),
        pytest.param("Laut ukrainischen Angaben setzte Russland im März etwa 3.000 zusätzliche nordkoreanische Soldaten ein.", "de",
                     "3.000", "troops_deployed", None, id="de-separable-preterite"),
        pytest.param("Kim hat Moskau nach Angaben aus Kiew zusätzlich 6.000 Soldaten zugesagt.", "de", "6.000", "troops_planned",
                     None, id="de-perfect-of-promising-is-a-plan"),
        # a modal over a verb of estimating is an opinion, not a plan; a size that may come to be with its modal after the
        # verb; preparations for a contingent; an English modal's verb with its particle ("could draw on")
        pytest.param("Seoul zählt 15.000 entsandte Soldaten. Ich würde eher von bis zu 20.000 Soldaten ausgehen, sagte die "
                     "Koreanistin.", "de", "20.000", "troops_deployed", None, id="de-modal-over-estimating"),
        pytest.param("Im Frühjahr werde eine Rotation erwartet, die bis zu 3.000 Mann umfassen könnte, so der Geheimdienst.", "de",
                     "3.000", "troops_planned", None, id="de-size-with-modal-after"),
        pytest.param("Der Abgeordnete berichtete von Vorbereitungen für ein weiteres Kontingent von 6.000 Mann.", "de", "6.000",
                     "troops_planned", None, id="de-preparations-for-a-contingent"),
        pytest.param("Estonian intelligence said Russia could draw on as many as 30,000 North Korean soldiers next year.", "en",
                     "30,000", "troops_planned", None, id="en-modal-verb-with-particle"),
        pytest.param("Auf etwa 2.000 ist nach neuen Zahlen aus Seoul die Totenzahl unter den nordkoreanischen Soldaten gestiegen.",
                     "de", "2.000", "casualties", "killed", id="de-totenzahl-after-the-figure"),
        # people counted by their entry into the country are immigration statistics; people employed or recruited for
        # production are workers
        pytest.param("Some 13,221 North Koreans entered Russia last year, according to Russian government statistics.", "en",
                     "13,221", "other", None, id="en-entered-russia"),
        pytest.param("Seoul believes thousands of North Koreans are now employed on construction sites across Russia.", "en",
                     "thousands", "workers", None, id="en-employed-on-construction-sites"),
        pytest.param("Für die Drohnenproduktion in Tatarstan sollen nach Angaben aus Kiew bald rund 12.000 Nordkoreaner angeworben "
                     "werden.", "de", "12.000", "workers", None, id="de-recruited-for-production"),
        # a force with the North Koreans only among it counts Russians too
        pytest.param("Russia has massed some 50,000 troops, North Korean soldiers among them, to retake Kursk, US officials said.",
                     "en", "50,000", "other", None, id="en-north-koreans-among-them"),
        pytest.param("Russland hat rund 50.000 Soldaten zusammengezogen, darunter auch Nordkoreaner, sagten US-Beamte.", "de",
                     "50.000", "other", None, id="de-darunter-auch-nordkoreaner"),
        # (a number of them is their own part: "including 11,000 North Koreans")
        pytest.param("Russia has massed 50,000 troops, including 11,000 North Koreans, US officials said.", "en", "11,000",
                     "troops_deployed", None, id="en-including-a-number-of-north-koreans"),
        # a clause with its own infinitive is not gapped from the clause before: "weitere" with "zu entsenden" stays a plan
        pytest.param("Seit Herbst seien 11.000 Soldaten eingetroffen. Zudem plane Pjöngjang, weitere 6.000 Soldaten zu entsenden, "
                     "von denen 1.000 Pioniere bereits eingetroffen seien.", "de", "6.000", "troops_planned", None,
                     id="de-weitere-with-its-own-infinitive"),
        # the purpose a verb names after the people ("to repair roads and bridges", "to clear mines") is their role
        pytest.param("Russia is preparing to bring another 2,000 North Korean servicemen to the Kursk region this spring to repair "
                     "roads and bridges, Ukrainian intelligence said.", "en", "2,000", "construction_workers", None,
                     id="en-purpose-verb-repair-roads"),
        pytest.param("Moscow wants 1,000 more North Korean soldiers in Kursk by the summer to clear mines, a Ukrainian official said.",
                     "en", "1,000", "sappers", None, id="en-purpose-verb-clear-mines"),
        # a part's kind set off after it
        pytest.param("Pyongyang plans to send another 6,000 troops, 1,000 of whom, all combat engineers, have already arrived.",
                     "en", "1,000", "sappers", None, id="en-of-whom-all-combat-engineers"),
        # a figure given way to counts what the figure after it counts ("Statt 600 ... rund 2.000 Gefallene")
        pytest.param("Statt 600 gehe man nun von rund 2.000 Gefallenen aus, teilten Abgeordnete mit.", "de", "600", "casualties",
                     "killed", id="de-statt-the-figure-after"),
        pytest.param("Instead of 600, the agency now counts some 2,000 North Korean dead.", "en", "600", "casualties", "killed",
                     id="en-instead-of-the-figure-after"),
        # no noun, the work they do: "estimating that 15,000 were now employed in Russia"
        pytest.param("Russia pays North Korean workers about $800 a month, a researcher said, estimating that 15,000 were now "
                     "employed in Russia.", "en", "15,000", "workers", None, id="en-bare-employed"),
        # "the number" with no figure before it to restate: what was named before it ("troops ... sent")
        pytest.param("South Korean officials say North Korean troops have been moved to Russia's Far East for training. "
                     "Seoul has put the number at about 3,000.", "en", "3,000", "troops_deployed", None,
                     id="en-the-number-of-those-named-before"),
        pytest.param("Nordkoreanische Soldaten sind nach Russland verlegt worden, um dort ausgebildet zu werden. Der "
                     "Geheimdienst in Seoul beziffert die Zahl auf etwa 3.000.", "de", "3.000", "troops_deployed", None,
                     id="de-die-zahl-of-those-named-before"),
        # a figure compared with one before ("well above the 600 it reported in April") counts what that one counted
        pytest.param("Seoul now puts the number of North Korean dead at 1,100, far above the 300 it gave in December.",
                     "en", "300", "casualties", "killed", id="en-compared-with-the-figure-before"),
        pytest.param("Der Geheimdienst beziffert die Zahl der getöteten Nordkoreaner nun auf 1.100 – deutlich über den "
                     "300, die er im Dezember genannt hatte.", "de", "300", "casualties", "killed",
                     id="de-compared-with-the-figure-before"),
        # a force's size after "against"/"gegenüber": its own noun phrase, not the toll the clause is about
        pytest.param("Kyiv put North Korean losses at 4,000, a toll it set against a force of about 12,000 men.", "en",
                     "12,000", "troops_deployed", None, id="en-toll-set-against-a-force"),
        # people at or sent to a workplace in their own clause are workers
        pytest.param("About 5,000 North Koreans have been sent to shipyards in Russia's Far East, Seoul said.", "en",
                     "5,000", "workers", None, id="en-people-at-a-workplace"),
        pytest.param("Rund 3.000 Nordkoreaner sind in einer Drohnenfabrik in Tatarstan eingetroffen.", "de", "3.000",
                     "workers", None, id="de-people-at-a-workplace"),
        # "raised that figure to": the figure before, restated
        pytest.param("Kyiv said 40 North Korean soldiers were killed on Monday. It later raised that figure to 55.", "en",
                     "55", "casualties", "killed", id="en-raised-that-figure-to"),
        # the people a part is taken from named between it and another side's figure; those fought beside are not the losers
        pytest.param("Russia has lost 950,000 soldiers since 2022, Kyiv said. The count leaves out North Korean troops, of "
                     "whom some 4,000 have been killed or wounded.", "en", "4,000", "casualties", "killed_or_wounded",
                     id="en-part-of-the-norths-people-named-between"),
        pytest.param("North Korean soldiers fighting alongside Russian troops have suffered about 3,000 casualties, Seoul "
                     "said.", "en", "3,000", "casualties", "killed_or_wounded", id="en-losses-of-those-fighting-alongside"),
        pytest.param("Die an der Seite russischer Truppen kämpfenden Nordkoreaner haben rund 3.000 Mann verloren, sagte "
                     "Seoul.", "de", "3.000", "casualties", "killed_or_wounded", id="de-losses-of-those-fighting-alongside"),
        # a name and its verb right after a figure open a relative clause without "that": the noun is left out
        pytest.param("About 1,000 North Korean soldiers have been killed, out of the 11,000 Pyongyang sent last autumn.",
                     "en", "11,000", "troops_deployed", None, id="en-the-figure-pyongyang-sent"),
        pytest.param("Rund 2.000 nordkoreanische Fachkräfte sollen in russische Drohnenwerke geschickt werden.",
                     "de", "2.000", "workers", None, id="de-skilled-people-sent-to-a-workplace"),
        # people counted by entry statistics are no deployment
        pytest.param("Laut russischen Einreisedaten kamen im ersten Quartal rund 4.000 Nordkoreaner ins Land.", "de",
                     "4.000", "other", None, id="de-entries-by-entry-data"),
        pytest.param("Russian entry statistics show that about 4,000 North Koreans arrived in the first quarter.", "en",
                     "4,000", "other", None, id="en-entries-by-entry-statistics"),
        # a part of people with no verb of its own counts what its total counts (the loss is the total's)
        pytest.param("North Korea has lost about 4,000 troops, including 600 officers.", "en", "600", "casualties",
                     "killed_or_wounded", id="en-part-of-losses-officers"),
        pytest.param("About 4,000 North Korean soldiers have been killed or wounded, including 300 officers.", "en", "300",
                     "casualties", "killed_or_wounded", id="en-part-of-killed-or-wounded"),
        # a part of another country's losses that names the North's people is theirs
        pytest.param("Russia has lost about 50,000 troops in Kursk, including 3,000 North Koreans, Kyiv says.", "en", "3,000",
                     "casualties", "killed_or_wounded", id="en-north-koreans-among-russian-losses"),
        # "including" after the number opens a part: the figure restates the one before
        pytest.param("Kyiv says North Korea has suffered about 2,300 casualties; Western officials put the figure at "
                     "2,000 including some 400 dead.", "en", "2,000", "casualties", "killed_or_wounded",
                     id="en-the-figure-including-a-part"),
        # "vorgesehen", "eingeplant": a figure earmarked is a plan; "remain", "verbleiben": they are there now
        pytest.param("Für die dritte Rotation seien rund 5.000 Soldaten vorgesehen, erfuhren Abgeordnete in Seoul.", "de",
                     "5.000", "troops_planned", None, id="de-earmarked-vorgesehen"),
        pytest.param("Pyongyang is expected to send 4,000 more troops in spring, an official said, adding that about 9,000 "
                     "North Korean soldiers remain in the Kursk region.", "en", "9,000", "troops_deployed", None,
                     id="en-remain-there"),
        # a bare figure only named by a claimer of its own counts what the figure of the sentence before counted
        pytest.param("Kiew bezifferte die Zahl der getöteten Nordkoreaner im Februar auf rund 800. Der britische "
                     "Militärgeheimdienst nannte wenig später etwa 1.000.", "de", "1.000", "casualties", "killed",
                     id="de-nannte-a-bare-figure"),
        # the dative plural of "Männer": the men of the force, the base of a part that fell
        pytest.param("Von den 11.000 bis 12.000 Männern seien inzwischen etwa 1.000 gefallen, berichtet die BBC.", "de",
                     "11.000 bis 12.000", "troops_deployed", None, id="de-maennern-dative"),
        # coffins hold the dead; the topic's country named nearer the figure than another's official owns the losses
        pytest.param("Seoul-based NK News said at least 1,500 coffins had been flown back to Pyongyang.", "en", "1,500",
                     "casualties", "killed", id="en-coffins-are-the-dead"),
        pytest.param("A senior U.S. military official said North Korean units had suffered \"several hundred\" casualties.",
                     "en", "several hundred", "casualties", "killed_or_wounded", id="en-us-official-north-korean-units"),
        # the strength of a force ("N Mann starken Kontingents"), the base of a fraction through a possessive genitive
        pytest.param("London zufolge hat Pjöngjang mehr als die Hälfte seines ursprünglich rund 11.000 Mann starken "
                     "Kontingents eingebüßt.", "de", "11.000", "troops_deployed", None, id="de-mann-starken-base-of-half"),
        # vehicles of war sent from the North are on the topic, counted as other
        pytest.param("Nordkorea will nach Angaben aus Kiew weitere 80 Militärfahrzeuge nach Russland verlegen.", "de", "80",
                     "other", None, id="de-militaerfahrzeuge-sent"),
        # the role a relative clause right after the noun gives: rebuilding, held captive; people trained for a job
        pytest.param("Moskau beziffert die Pioniereinheit auf etwa 1.000 Mann; hinzu kämen rund 300 nordkoreanische "
                     "Soldaten, die Straßen instand setzen.", "de", "300", "construction_workers", None,
                     id="de-relative-clause-instand-setzen"),
        pytest.param("Some 2,000 North Korean soldiers who are repairing bridges near Kursk have arrived, Moscow said.", "en",
                     "2,000", "construction_workers", None, id="en-who-are-repairing-bridges"),
        pytest.param("Rund 4.000 nordkoreanische Soldaten seien gefallen, verwundet oder gefangen genommen worden, darunter "
                     "drei Männer, die in Kiew festgehalten würden.", "de", "drei", "captured", None,
                     id="de-relative-clause-festgehalten"),
        pytest.param("Für die Drohnenfabrik spricht der HUR von Plänen, bis zu 8.000 Nordkoreaner anzulernen.", "de", "8.000",
                     "workers", None, id="de-anzulernen-workers"),
        # "the North" capitalised is the country; pieces of artillery are munitions
        pytest.param("The JCS said the North had shipped about 180 pieces of artillery to Russia.", "en", "180", "munitions",
                     None, id="en-the-north-pieces-of-artillery"),
        # troops who fought, in their own relative clause, were deployed whatever plan the clause before names
        pytest.param("Some 5,000 builders are expected in Kursk this summer, the ministry said, on top of the 12,000 combat "
                     "troops who fought there last winter.", "en", "12,000", "troops_deployed", None,
                     id="en-who-fought-there"),
        # a sentence that only says what the one before comes to counts the losses that sentence names
        pytest.param("Mehr als jeder dritte der etwa 12.000 nordkoreanischen Soldaten sei getötet oder verwundet worden, "
                     "heißt es in London. Das entspräche über 4.000 Mann.", "de", "4.000", "casualties", "killed_or_wounded",
                     id="de-das-entspraeche"),
        # the perfect in reported speech with the participle first (a subordinate clause): it happened
        pytest.param("Der «Spiegel» berichtet unter Berufung auf Sicherheitskreise, dass Nordkorea weitere 2.000 Soldaten "
                     "nach Russland verlegt habe.", "de", "2.000", "troops_deployed", None, id="de-verlegt-habe"),
        # a part of a formation's strength at home is the part sent, a claim
        pytest.param("Die Soldaten stammen aus dem 11. Armeekorps, dessen Stärke Seoul auf 40.000 bis 45.000 Mann schätzt. "
                     "Rund 11.000 von ihnen wurden nach Russland geschickt.", "de", "11.000", "troops_deployed", None,
                     id="de-part-of-a-formation-sent"),
        # "of them fatal": the part killed
        pytest.param("Budanov said the North Korean force has sustained losses of roughly 3,000, some 800 of them fatal.", "en",
                     "800", "casualties", "killed", id="en-of-them-fatal"),
        # a share in quotation marks still takes its base, and the explicit figure restating it is the claim
        pytest.param('Budanov estimated that the North had lost "at least a third" of its 12,000-strong force, or close to '
                     '4,000 men.', "en", "4,000", "casualties", "killed_or_wounded", id="en-quoted-share-restated"),
        # English "be to" with a verb of coming: an arrangement still to come
        pytest.param("Another 2,500 North Korean troops are to arrive in Russia in March, the NIS said.", "en", "2,500",
                     "troops_planned", None, id="en-are-to-arrive"),
    ],
)
def test_quantities_in_more_wordings(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a number joined by a hyphen to a word that describes the noun after it
        pytest.param("Kim's 2,000-word speech praised the North Korean soldiers, KCNA said.", "en", "2,000",
                     "compound modifier", id="en-2000-word-speech"),
        pytest.param("Seoul legte einen 10-Punkte-Plan vor, nachdem Nordkorea Soldaten geschickt hatte.", "de", "10",
                     "compound modifier", id="de-10-punkte-plan"),
        # soldiers lost by another country named as the clause's subject
        pytest.param("Russia had lost 1,500 soldiers a day in November, North Korea's ally admitted.", "en", "1,500",
                     "another country (ru)", id="en-russia-had-lost"),
        pytest.param("Russland verlor nach Angaben aus Kiew 2.000 Soldaten, auch Nordkoreaner fielen.", "de", "2.000",
                     "another country (ru)", id="de-russland-verlor"),
        # a name glued to a short number, an age after a year of birth, a share of a thing, an indirect question
        pytest.param("Matsegora told the Rossiya-1 channel that 1,000 North Korean deminers would come.", "en", "1",
                     "designation", id="en-channel-designation"),
        pytest.param("Two North Korean soldiers were captured. One, born in 2005, is 20; the other is 26.", "en", "20",
                     "age", id="en-age-after-birth-year"),
        pytest.param("North Korea earns $20 billion from troop deals – roughly 80% of the value of its trade.", "en",
                     "80%", "percentage of something other than people", id="en-share-of-trade"),
        pytest.param("Pressed on whether hundreds of North Korean soldiers had reached the front, the spokesman declined "
                     "to say.", "en", "hundreds", "indirect question", id="en-indirect-question"),
        # a day range after a month; the size of a whole army
        pytest.param("The first group of 1,500 soldiers arrived in Vladivostok on Oct. 8-13, the NIS said.", "en", "13",
                     "days of month", id="en-day-range"),
        pytest.param("North Korea's 1.2 million-strong army sent 11,000 soldiers to Russia.", "en", "1.2 million",
                     "army size", id="en-million-strong-army"),
        pytest.param("Ukrainische Truppen hätten in der vergangenen Woche bis zu 1.400 Soldaten im Raum Kursk verloren, "
                     "Nordkorea habe 11.000 geschickt.", "de", "1.400", "another country (ua)", id="de-verb-final-loss"),
        # money in a clause a contrast sets apart, naming nothing of the topic
        pytest.param("Moscow pays Pyongyang around $2,000 a month for each soldier, while Germany approved a €500 billion "
                     "infrastructure fund last week.", "en", "€500 billion", "money in a clause off the topic",
                     id="en-while-clause-money"),
        pytest.param("Während Nordkorea rund 11.000 Soldaten in Russland stationiert hat, plant die Bundesregierung ein "
                     "Sondervermögen von 100 Milliarden Euro.", "de", "100 Milliarden Euro",
                     "money in a clause off the topic", id="de-waehrend-clause-money"),
        # a small figure in the claimer's place counts who reports it
        pytest.param("North Korea has sent about 14,000 soldiers, according to two people who have seen an assessment.",
                     "en", "two", "counts who reports it", id="en-according-to-two-people"),
    ],
)
def test_numbers_the_eighth_session_reads_as_no_claim(text, language, number, reason):
    row = _mention_of(text, language, number)[0]
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # a number in a relative clause reads its own clause, not the main clause after it
        pytest.param("The North Korean troops, who number about 12,000 according to Seoul, have suffered heavy losses.",
                     "en", "12,000", "troops_deployed", id="en-relative-clause"),
        # the base of a part, sized in a relative clause, is there whatever is planned after its clause
        pytest.param("As many as 1,000 North Korean soldiers may have died, out of a force the officials put at 12,000, "
                     "and Pyongyang was weighing whether to send replacements.", "en", "12,000", "troops_deployed",
                     id="en-out-of-a-force"),
        # what they are sent to do; a plan for the coming days
        pytest.param("Nordkorea schickt 6.000 Militärangehörige. Davon sollen 1.000 Minen räumen, die übrigen 5.000 beim "
                     "Wiederaufbau anpacken.", "de", "5.000", "construction_workers", id="de-beim-wiederaufbau"),
        pytest.param("Nordkorea schickt 6.000 Militärangehörige. Davon sollen 1.000 Minen räumen.", "de", "1.000",
                     "sappers", id="de-minen-raeumen"),
        pytest.param("Bis zu 8.000 Nordkoreaner dürften in den kommenden Tagen in den Kampf ziehen.", "de", "8.000",
                     "troops_planned", id="de-kommende-tage"),
        # an adverb of time after a number is no noun: it leans on the figure before
        pytest.param("The spy agency's newest figure is about 2,000 North Korean dead. That's up from 600 back in April.",
                     "en", "600", "casualties", id="en-up-from-back-in-april"),
        # "their number" and "estimates range" count the topic's people named before, whatever word named them
        pytest.param("North Korean units were moved across more than 7,000 kilometres, Ukraine's military intelligence "
                     "said, putting their number at about 7,000.", "en", "about 7,000", "troops_deployed",
                     id="en-their-number-of-units"),
        pytest.param("Peskov acknowledged that North Korean soldiers had fought in Kursk but declined to say how many. "
                     "Ukrainian estimates range from 11,000 to 14,000.", "en", "11,000", "troops_deployed",
                     id="en-estimates-range"),
        # "the number currently in Kursk" counts who is there, not what the figure before counted
        pytest.param("North Korean units had lost close to 4,000 men, dead and wounded, Budanov said. He put the number "
                     "currently in Kursk at about 8,000.", "en", "8,000", "troops_deployed", id="en-the-number-in-kursk"),
        # a gapped phrase for the next figure ("and the casualties at") is not this figure's words
        pytest.param("Estimates by South Korea's Joint Chiefs of Staff put the deployment at around 15,000 and the "
                     "casualties at 4,700.", "en", "15,000", "troops_deployed", id="en-gapped-next-figure"),
        # a place before the auxiliary is no loser: the North Koreans lost them
        pytest.param("Allein in Kursk hätten die Nordkoreaner rund 1.500 Mann eingebüßt, sagte Budanow.", "de", "1.500",
                     "casualties", id="de-place-is-no-loser"),
        # a force's size in the present is there, whatever a clause after it expects
        pytest.param("The North Korean contingent now numbers no fewer than 12,000, with perhaps 2,500 more expected in "
                     "the spring.", "en", "12,000", "troops_deployed", id="en-contingent-numbers"),
        pytest.param("Bis zu 12.000 Nordkoreaner sollen als Beschäftigte in russischen Rüstungsbetrieben eingesetzt "
                     "werden.", "de", "12.000", "workers", id="de-beschaeftigte"),
    ],
)
def test_quantities_the_eighth_session_reads(text, language, number, quantity):
    assert _claim_of(text, language, "2025-03-10", number)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a ticker line whose first words after its time are another side's is off the topic
        pytest.param("11:40 GMT — Syrskyi says North Korean losses have topped 1,000.\n11:22 GMT — Russian drones hit an "
                     "energy facility in Odesa, 3 people injured.", "en", "3", "off the topic", id="en-ticker-line"),
        # the head of the words after a small figure says they are who reports it
        pytest.param("About 1,200 North Korean troops have been killed or wounded, two U.S. military officials told "
                     "Reuters.", "en", "two", "counts who reports it", id="en-two-us-military-officials"),
        # a part of a figure that counts something else counts it too
        pytest.param("14:20 GMT - Russia launched 120 drones overnight; Ukraine's air force shot down 95 of them.", "en",
                     "95", "a part of the figure before", id="en-95-of-them"),
        # an age after "turned"
        pytest.param("Kim Jong Un, who turned 41 in January, met returning soldiers at a ceremony in Pyongyang.", "en", "41",
                     "age", id="en-turned-41"),
        # a small figure of units counts units, not people; an age after "he was"
        pytest.param("The first two contingents of North Korean troops numbered about 14,000, officials said.", "en", "two",
                     "counts units", id="en-two-contingents"),
        pytest.param("Nordkorea stellt 1.000 Entminer sowie zwei Militärbaubrigaden mit zusammen 5.000 Mann.", "de", "zwei",
                     "counts units", id="de-zwei-baubrigaden"),
        pytest.param("Two North Korean soldiers were captured; the other said he was 20 and had served for four years.",
                     "en", "20", "age", id="en-he-was-20"),
        # a programme or channel: a small number after a broadcaster's acronym or "Radio"
        pytest.param("Oberst Reisner geht in der ZIB 2 von bis zu 12.000 Nordkoreanern an der Front aus.", "de", "2",
                     "programme or channel", id="de-zib-2"),
        pytest.param("The foreign secretary told BBC Radio 4 that 11,000 North Koreans were in Kursk.", "en", "4",
                     "programme or channel", id="en-radio-4"),
        # an age bracket: a number with a plural "s" after it, or "Anfang/Mitte/Ende" before it
        pytest.param("Ukraine captured two North Korean soldiers in January; both are in their 20s.", "en", "20", "age",
                     id="en-in-their-20s"),
        pytest.param("Die beiden gefangenen Nordkoreaner sind nach Angaben Kiews Mitte 20.", "de", "20", "age",
                     id="de-mitte-20"),
        # places or things a figure's preposition says where something happens
        pytest.param("About 15,000 North Korean labourers will work in 14 industrial sectors, the agency said.", "en",
                     "14", "places or things", id="en-in-14-sectors"),
        pytest.param("The North Korean soldiers were trained at five bases in Russia's far east, Budanov said.", "en",
                     "five", "places or things", id="en-at-five-bases"),
        # the size of a whole army in a relative clause
        pytest.param("The North's military, which numbers about 1.2 million, sent 11,000 soldiers to Russia.", "en",
                     "1.2 million", "army size", id="en-military-which-numbers"),
        # a toll of both sides of the war
        pytest.param("The war, which North Korean troops joined last autumn, has killed tens of thousands on both sides.",
                     "en", "tens of thousands", "both sides", id="en-both-sides"),
        pytest.param("Der Krieg, in dem auch Nordkoreaner kämpfen, hat Hunderttausende Tote auf beiden Seiten gefordert.",
                     "de", "Hunderttausende", "both sides", id="de-beiden-seiten"),
        # arms a warring side uses, in a sentence that names no North Korean
        pytest.param("Russian forces launched 145 drones and three missiles overnight, Ukraine's air force said.", "en",
                     "three", "arms another side uses", id="en-russian-missiles"),
        # a swap of prisoners between the warring sides, unless the North's are named in the figure's words
        pytest.param("Ukraine and Russia swapped 390 prisoners each on Friday; no North Koreans were among them.", "en",
                     "390", "prisoner swap", id="en-prisoner-swap"),
        pytest.param("Russland und die Ukraine tauschten je 390 Gefangene aus, Nordkoreaner waren nicht dabei.", "de",
                     "390", "prisoner swap", id="de-gefangenenaustausch"),
        # a thing the vocabulary does not count, nothing in its words tying it to the topic's people
        pytest.param("North Korean artillery crews have helped Russia retake 12 villages along the border.", "en", "12",
                     "counts something else", id="en-12-villages"),
        pytest.param("A convoy of 20 buses carried the North Korean troops to the front, a witness said.", "en", "20",
                     "counts something else", id="en-buses-carried-troops"),
        pytest.param("Nordkoreanische Soldaten hätten 30 Ortschaften zurückerobert, hieß es aus Moskau.", "de", "30",
                     "counts something else", id="de-30-ortschaften"),
        # an age by comparison; an identifier; the standing army by its possessive or "active-duty"
        pytest.param("Two North Korean soldiers were captured; neither man is older than 26, Kyiv said.", "en", "26",
                     "age", id="en-older-than"),
        pytest.param("Zwei Nordkoreaner wurden gefangen genommen; keiner ist älter als 26.", "de", "26", "age",
                     id="de-aelter-als"),
        pytest.param("Some 11,000 North Korean soldiers were sent to Russia. Transcript ID 1182.", "en", "1182",
                     "page furniture", id="en-transcript-id"),
        pytest.param("The 11,000 sent are a sliver of the Korean People's Army's 1.28 million active-duty personnel.", "en",
                     "1.28 million", "army size", id="en-armys-active-duty"),
        # "rounds of talks" are no munitions; a list item's mark before another side's arms
        pytest.param("After two rounds of talks in Istanbul, North Korean troops stayed in Kursk.", "en", "two",
                     "counts something else", id="en-rounds-of-talks"),
        pytest.param("Ukraine war briefing\n• Russia launched 539 drones and 11 missiles at Kyiv overnight, Ukraine's air "
                     "force said.", "en", "11", "arms another side uses", id="en-bullet-russia-missiles"),
        # "more" before a noun: the noun counts ("20 more tankers"), not the figure before
        pytest.param("- North Korea sends 3,000 extra soldiers to Kursk\n- UK sanctions 20 more shadow-fleet tankers", "en",
                     "20", "counts something else", id="en-20-more-tankers"),
        # a comma after the number's own words ends them: the air force is not what 145 counts
        pytest.param("Russia launched 145 drones overnight, Ukraine's air force said.", "en", "145",
                     "counts something else", id="en-drones-comma"),
        # a ticker's time with a colon before the attacking side; what an air defence downs; a part "of which" of such
        pytest.param("+++ 07:42 Uhr: Russland hat die Ukraine in der Nacht mit 96 Drohnen und zwei Raketen angegriffen. +++ "
                     "07:15 Uhr: In Kursk sind rund 11.000 nordkoreanische Soldaten.", "de", "zwei", "arms another side uses",
                     id="de-ticker-time-with-colon-before-the-attacker"),
        pytest.param("Die Flugabwehr habe 62 Drohnen abgeschossen, teilte die Luftwaffe mit. In Kursk sind rund 11.000 "
                     "nordkoreanische Soldaten.", "de", "62", "arms another side uses", id="de-downed-drones"),
        pytest.param("Separately, Russia launched 112 drones overnight, the air force said, of which 76 were shot down. About "
                     "11,000 North Korean troops remain in Kursk.", "en", "76", "a part of the figure before",
                     id="en-of-which-part-of-no-claim"),
    ],
)
def test_numbers_the_ninth_session_reads_as_no_claim(text, language, number, reason):
    row = _mention_of(text, language, number)[0]
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row


def test_a_swap_of_north_korean_prisoners_still_counts_them():
    row = _claim_of("Ukraine wants to exchange the two North Korean prisoners for Ukrainians held in Russia.", "en",
                    "2025-03-10", "two")
    assert row["quantity"] == "captured"


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # tied to the topic's people by a preposition or a German genitive, or people by their noun's ending, or hardware
        pytest.param("The hotline has received more than 200 calls from North Korean soldiers.", "en", "200",
                     id="en-calls-from-soldiers"),
        pytest.param("Das Projekt meldet 100 Anfragen nordkoreanischer Soldaten.", "de", "100", id="de-genitive"),
        pytest.param("Hinzu kommen laut Rosstat 2.000 nordkoreanische Studenten.", "de", "2.000", id="de-studenten"),
        pytest.param("North Korea could deploy 6,000 more soldiers along with 50 to 100 pieces of military hardware.", "en",
                     "50 to 100", id="en-military-hardware"),
    ],
)
def test_counts_of_things_tied_to_the_topic_stay_claims(text, language, number):
    row, claims = _mention_of(text, language, number)
    assert row["mention_status"] == "claim", row


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # a verb after the next figure, past a clause break, is that figure's clause's, not this one's
        pytest.param("Zelensky said as many as 3,000 North Korean soldiers were manning artillery positions inside Russia, "
                     "and another 6,000 are being readied.", "en", "3,000", "troops_deployed", id="en-verb-past-next-figure"),
        # with no break the two share the German verb at the end
        pytest.param("Nordkorea wolle insgesamt 12.000 Soldaten in vier Brigaden nach Russland schicken.", "de", "12.000",
                     "troops_planned", id="de-verb-bracket-over-next-figure"),
        # a unit of N; gunners; a casualty number
        pytest.param("The SBU said his North Korean battalion of about 500 had trained near Vladivostok.", "en", "500",
                     "troops_deployed", id="en-battalion-of"),
        pytest.param("The ISW puts the number of North Korean gunners now operating inside Russia at several hundred.",
                     "en", "several hundred", "troops_deployed", id="en-gunners"),
        pytest.param("North Korean troops have suffered badly. The casualty number Seoul gave parliament was around "
                     "4,700.", "en", "4,700", "casualties", id="en-casualty-number"),
        # "puts it at", "beziffert sie auf": "it" is the toll named before, its state too
        pytest.param("Estimates of the North Korean death toll vary widely. South Korean officials put it at roughly 2,000, "
                     "while Kyiv reckons it is nearly 5,000.", "en", "5,000", "casualties", id="en-reckons-it-is"),
        pytest.param("Die Zahl der nordkoreanischen Toten ist umstritten. Seoul beziffert sie auf etwa 2.000.", "de", "2.000",
                     "casualties", id="de-beziffert-sie-auf"),
        # "two others" are the people named before
        pytest.param("Of the North Korean soldiers captured so far, one died of his wounds, Ukrainian officials said, and "
                     "two others are being held in Kyiv.", "en", "two", "captured", id="en-two-others"),
        # "auf dem Weg" is "on their way": sent
        pytest.param("Weitere 3.000 nordkoreanische Soldaten seien auf dem Weg, sagte Selenskyj.", "de", "3.000",
                     "troops_deployed", id="de-auf-dem-weg"),
        # every form of "sterben" is a death
        pytest.param("Mindestens 100 Nordkoreaner starben im Dezember, teilte das Pentagon mit.", "de", "100",
                     "casualties", id="de-starben"),
        # losses in a purpose clause after the number are not its own
        pytest.param("North Korea had sent another 1,500 soldiers to replenish units that lost about 30 percent of their "
                     "men, HUR said.", "en", "1,500", "troops_deployed", id="en-to-replenish"),
        # the answer to "how big is ...?" is a force's strength
        pytest.param("Wie gross ist Kims Armee in Russland? In Kiewer Armeekreisen ist die Zahl von 14'000 im Umlauf.", "de",
                     "14'000", "troops_deployed", id="de-wie-gross-ist"),
        pytest.param("How big is Kim's force in Russia? Officials in Kyiv put the figure at 14,000.", "en", "14,000",
                     "troops_deployed", id="en-how-big-is"),
        # a unit with its strength after "mit zusammen"; what a quote's speaker spoke about, named after it
        pytest.param("Nordkorea stellt zwei Militärbaubrigaden mit zusammen 5.000 Mann bereit.", "de", "5.000",
                     "construction_workers", id="de-mit-zusammen"),
        pytest.param("„Es sind inzwischen etwa 11.000“, sagte Budanow über die Nordkoreaner im Gebiet Kursk.", "de",
                     "11.000", "troops_deployed", id="de-spoken-about"),
        # "die Stärke des ..." after a fronted figure names what it counts, as "die Zahl der ..." does
        pytest.param("Auf etwa 12.000 beziffert die ukrainische Aufklärung die Stärke des nordkoreanischen Kontingents.",
                     "de", "12.000", "troops_deployed", id="de-staerke-des-kontingents"),
    ],
)
def test_quantities_the_ninth_session_reads(text, language, number, quantity):
    assert _claim_of(text, language, "2025-03-10", number)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "quantity", "reference_start"),
    [
        # a period that starts after publication makes the deployment a plan
        pytest.param("Ein erstes Kontingent von 2.600 Mann solle ab dem 1. November im Gebiet Kursk zum Einsatz kommen.",
                     "de", "troops_planned", dt.date(2024, 11, 1), id="de-ab-dem-1-november"),
        # people there now, whatever they will do later: now, and deployed (issue 15's example)
        pytest.param("Die 11.000 Infanteristen, die derzeit in Russland ausgebildet werden, könnten ab dem 1. November "
                     "eingesetzt werden.", "de", "troops_deployed", None, id="de-derzeit-ausgebildet"),
        pytest.param("The 11,000 North Korean infantrymen currently being trained in Russia could be used in combat from "
                     "Nov. 1, Budanov said.", "en", "troops_deployed", None, id="en-currently-being-trained"),
    ],
)
def test_a_period_after_publication_makes_a_plan_unless_they_are_there_now(text, language, quantity, reference_start):
    row = extract_claims(text, published="2024-10-18", language=language).row(0, named=True)
    assert (row["quantity"], row["reference_start"]) == (quantity, reference_start)


def test_a_headline_country_folds_into_the_body_of_that_country_giving_the_same_figure():
    text = ("14:27 Uhr\nKiew: Weitere 3.000 Nordkoreaner an der Front\nNach Angaben der Hauptverwaltung Aufklärung (HUR) "
            "sind im Januar und Februar noch einmal rund 3.000 Soldaten aus Nordkorea im Gebiet Kursk eingetroffen.")
    claims = extract_claims(text, published="2025-03-05", language="de")
    assert claims.height == 1, claims.select("number_text", "source")
    row = claims.row(0, named=True)
    assert (row["source"], row["quantity"], row["reference_start"], row["mention_spans"].count(";")) == \
        ("ua_hur", "troops_deployed", dt.date(2025, 1, 1), 1)


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # a headline without its verb: where they are
        pytest.param("Weitere 3.000 Nordkoreaner an der Front", "troops_deployed", id="de-an-der-front"),
    ],
)
def test_german_headlines_without_a_verb(text, quantity):
    assert _claim_of(text, "de", "2025-03-05", "000")["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("Roughly a third of the 12,000 soldiers – about 4,000 men – have been put out of action, US officials "
                     "said.", "en", id="en-third-of-the-12000"),
        pytest.param("Rund ein Drittel der 12.000 Soldaten – etwa 4.000 Mann – sei ausgefallen, hieß es in Washington.", "de",
                     id="de-drittel-der-12000"),
        # a restating word after a comma closes a longer gap
        pytest.param("Ein Drittel der etwa 12.000 Soldaten sei inzwischen ausgefallen, also über 4.000 Mann, schätzt London.",
                     "de", id="de-also-ueber"),
    ],
)
def test_a_fraction_of_a_base_after_it_is_restated_by_the_explicit_figure(text, language):
    claims = extract_claims(text, published="2025-03-10", language=language)
    assert claims.get_column("value_best").to_list() == [12000, 4000]
    assert "restates" in claims.row(1, named=True)["calculation"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("About 11,000 soldiers were sent. Nearly half had been killed or wounded, officials said.", "en",
                     id="en-nearly-half-had"),
        pytest.param("Rund 11.000 Soldaten wurden entsandt. Knapp die Hälfte ist gefallen.", "de", id="de-knapp-die-haelfte-ist"),
    ],
)
def test_a_share_as_a_subject_is_a_share_of_the_figure_before(text, language):
    row = extract_claims(text, published="2025-06-01", language=language).row(1, named=True)
    assert (row["quantity"], row["value_best"]) == ("casualties", 5500)


def test_the_first_half_of_a_year_is_no_share():
    # (a part of a year is read as a date, the period the figure describes)
    row, claims = _mention_of("In the first half of the year, 3,000 North Korean soldiers arrived.", "en", "half")
    assert row["status_reason"] == "date: part of a year"
    assert claims[0]["calculation"] is None
    assert (str(claims[0]["reference_start"]), str(claims[0]["reference_end"])) == ("2025-01-01", "2025-06-30")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # an item that adds to the one before, or a labelled item of a fact box, goes on with the topic
        pytest.param("Key points\n- Zelensky: Pyongyang has sent 3,000 extra soldiers to Kursk\n- Seoul: another 1,000 could "
                     "follow", "1,000", id="en-another-in-an-item"),
        pytest.param("Was bekannt ist\n• Entsandt: 11.000 bis 12.000 Soldaten\n• Gefallen: mindestens 600", "600",
                     id="de-fact-box-label"),
    ],
)
def test_items_that_go_on_with_the_topic_stay_claims(text, number):
    row, claims = _mention_of(text, "de" if "Gefallen" in text else "en", number)
    assert row["mention_status"] == "claim", row


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # a total of troops whose part alone is named as the North's is a mixed force
        pytest.param("Russia has massed some 50,000 troops near Kursk, among them roughly 11,000 North Koreans, Zelensky "
                     "said.", "other", id="en-mixed-force"),
        pytest.param("Moscow has some 60,000 soldiers in the region, including about 12,000 from North Korea, Kyiv says.", "other",
                     id="en-mixed-force-from-north-korea"),
        # the North's own total with a part of it named again stays the North's
        pytest.param("North Korea sent about 11,000 troops, including some 500 North Korean officers.", "troops_deployed",
                     id="en-own-total"),
    ],
)
def test_a_total_whose_part_alone_is_the_norths_is_a_mixed_force(text, quantity):
    assert extract_claims(text, published="2025-03-10", language="en").row(0, named=True)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # a noun the vocabulary does not list, named as the North's, or sent by the North: the topic's people
        pytest.param("North Korea has sent about 3,000 paratroopers to Russia, Seoul's military said.", "en", "3,000",
                     id="en-sent-paratroopers"),
        pytest.param("Around 500 North Korean drone operators are being trained near Moscow.", "en", "500",
                     id="en-north-korean-drone-operators"),
        pytest.param("Russland hat nach Angaben des HUR rund 5.000 nordkoreanische Söldner angeworben.", "de", "5.000",
                     id="de-nordkoreanische-soeldner"),
        pytest.param("Nordkorea hat rund 3.000 Fallschirmjäger nach Russland geschickt.", "de", "3.000",
                     id="de-fallschirmjaeger-geschickt"),
    ],
)
def test_people_the_vocabulary_does_not_list_stay_claims(text, language, number):
    row, claims = _mention_of(text, language, number)
    assert row["mention_status"] == "claim", row


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # nouns of people the vocabulary does not list stay claims, by their ending
        pytest.param("Nach Angaben Kiews gibt es unter den Nordkoreanern etwa 500 Deserteure.", "de", "500", "other",
                     id="de-deserteure"),
        pytest.param("Kim welcomed about 100 returnees in Pyongyang, KCNA said.", "en", "100", "other", id="en-returnees"),
        pytest.param("Kim Jong Un ließ sich bei der Zeremonie mit rund 100 Rückkehrern fotografieren.", "de", "100", "other",
                     id="de-rueckkehrern"),
        # a German compound's head decides: "Schwerverletzte" are wounded
        pytest.param("Mehr als 2.000 Schwerverletzte seien nach Nordkorea zurückgeflogen worden, so der NIS.", "de", "2.000",
                     "casualties", id="de-schwerverletzte"),
    ],
)
def test_people_by_their_nouns_ending_stay_claims(text, language, number, quantity):
    assert _claim_of(text, language, "2025-03-10", number)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # vehicles lost are things, not casualties
        pytest.param("Die Brigade verlor bei den Kämpfen um Pokrowsk 11 Panzer.", "de", "11", "counts something else",
                     id="de-lost-tanks"),
        pytest.param("The brigade said it lost 9 armoured vehicles near Pokrovsk.", "en", "9", "counts something else",
                     id="en-lost-vehicles"),
        # an ordinal after a possessive ("ihr 16. Sanktionspaket")
        pytest.param("Die EU hat ihr 17. Sanktionspaket gegen Russland beschlossen.", "de", "17.", "ordinal",
                     id="de-ordinal-after-possessive"),
        # the North's own launches into the sea or tests are no arms sent
        pytest.param("Nordkorea feuerte am Morgen drei ballistische Raketen ins Japanische Meer.", "de", "drei",
                     "own missile launches", id="de-missiles-into-the-sea"),
        pytest.param("North Korea test-fired four cruise missiles on Sunday, Seoul's military said.", "en", "four",
                     "own missile launches", id="en-test-fired"),
        # the German inverted subject of a verb of saying counts who speak
        pytest.param("Zudem seien 150 Geschütze geliefert worden, bestätigten drei mit der Lage vertraute Beamte.", "de",
                     "drei", "counts who reports it", id="de-inverted-subject-of-saying"),
        # what a warring side fires, named after the verb, is its own use of arms
        pytest.param("Täglich verschießt die ukrainische Artillerie rund 6.000 Granaten, sagte ein Offizier.", "de", "6.000",
                     "counts arms another side uses", id="de-verschiesst-die-ukrainische-artillerie"),
        # units in the dative plural ("in zwei Kontingenten", "mit drei Bataillonen") are counted units, not people
        pytest.param("Geschickt habe Pjöngjang die Soldaten in drei Kontingenten, hieß es.", "de", "drei", "counts units",
                     id="de-units-dative-plural"),
        # the size of each group in a compound plural ("in Stoßgruppen zu je 20 Mann")
        pytest.param("Die Nordkoreaner greifen in Stoßgruppen zu je 20 bis 25 Mann an.", "de", "20 bis 25", "group size",
                     id="de-compound-groups-zu-je"),
    ],
)
def test_numbers_the_twelfth_session_reads_as_no_claim(text, language, number, reason):
    row = _mention_of(text, language, number)[0]
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # a span of time after "in" is no ratio ("two in five" is)
        pytest.param("North Korean units lost 400 in three days of fighting.", "en", "400", id="en-lost-n-in-three-days"),
        # firing in battle is no test
        pytest.param("North Korean troops fired 30 rockets at Ukrainian positions overnight, Kyiv said.", "en", "30",
                     id="en-fired-in-battle"),
        # North Korean missiles Russia fired are the North's arms sent
        pytest.param("Russland hat laut Kiew mehr als 60 nordkoreanische Raketen auf ukrainische Städte abgefeuert.", "de", "60",
                     id="de-north-korean-missiles-russia-fired"),
        # "of their comrades" may be the topic's own people (only "of its" is an institution's members)
        pytest.param("Kim honoured the sappers, seven of their comrades having died in Kursk.", "en", "seven",
                     id="en-of-their-comrades"),
        # the topic's own losses in a German perfect stay claims (a place before the auxiliary is no subject)
        pytest.param("Im Gebiet Kursk haben die Nordkoreaner rund 170 Mann verloren.", "de", "170",
                     id="de-perfect-place-is-no-loser"),
        pytest.param("Nordkorea hat in Kursk mehr als 4.000 Soldaten verloren.", "de", "4.000", id="de-perfect-north-lost"),
        # a count after "is" with an article before its noun stays a count
        pytest.param("Die Zahl der Toten ist 20. Nordkorea schweigt dazu.", "de", "20", id="de-the-count-is-not-an-age"),
        # the North's own call-up stays a claim
        pytest.param("Nordkorea will weitere 30.000 Mann mobilisieren.", "de", "30.000", id="de-the-norths-own-call-up"),
        # "recruits" and "conscripts" are nouns of the North's own people, no call-up of another side
        pytest.param("A source in North Hamgyong province told Daily NK that around 3,000 fresh recruits had left for Russia "
                     "by train last month, bringing the North’s total deployment to roughly 14,000.", "en", "3,000",
                     id="en-fresh-recruits-are-no-call-up"),
    ],
)
def test_numbers_the_twelfth_session_keeps_as_claims(text, language, number):
    assert _mention_of(text, language, number)[0]["mention_status"] == "claim"


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # a unit whose strength its clause gives in men: the unit's kind
        pytest.param("Nordkoreas Baubataillone umfassen inzwischen rund 5.000 Mann.", "de", "5.000", "construction_workers",
                     id="de-unit-subject-in-men"),
        pytest.param("Die Pioniereinheit, die im Sommer nach Kursk kam, ist auf etwa 1.000 Mann angewachsen.", "de", "1.000",
                     "sappers", id="de-unit-subject-with-relative-clause"),
        pytest.param("The road-building battalion now numbers some 2,000 men, Seoul says.", "en", "2,000", "construction_workers",
                     id="en-unit-subject-in-men"),
        pytest.param("Die Truppe ist auf 5.000 Mann angewachsen.", "de", "5.000", "troops_deployed",
                     id="de-unit-of-no-kind-stays-troops"),
        # the base of a fraction is the force the loss is a part of
        pytest.param("Nordkorea hat mehr als die Hälfte seiner rund 11.000 Soldaten verloren.", "de", "11.000",
                     "troops_deployed", id="de-base-of-a-fraction-lost"),
        pytest.param("Pyongyang has lost about a third of its 12,000 troops in Kursk.", "en", "12,000", "troops_deployed",
                     id="en-base-of-a-fraction-lost"),
        pytest.param("Ein Drittel der 4.000 Verwundeten ist inzwischen wieder an der Front.", "de", "4.000", "casualties",
                     id="de-base-counting-casualties-stays"),
        # the head of a noun phrase before the number decides, its complement only says whose
        pytest.param("The casualty count among North Korean troops has passed 6,000, London says.", "en", "6,000",
                     "casualties", id="en-casualty-count-among"),
        pytest.param("Die Verlustzahl unter den nordkoreanischen Soldaten ist auf 4.000 gestiegen.", "de", "4.000",
                     "casualties", id="de-verlustzahl-unter-den"),
        # nouns of workers and builders in new wordings; a unit of workers; the role a copula gives
        pytest.param("Some 4,000 army construction staff have been sent since the summer.", "en", "4,000",
                     "construction_workers", id="en-construction-staff"),
        pytest.param("Up to 20,000 North Korean factory hands could be sent to a drone plant.", "en", "20,000", "workers",
                     id="en-factory-hands"),
        pytest.param("Pyongyang is sending a labour contingent of about 12,000 to Russian building sites.", "en", "12,000",
                     "workers", id="en-labour-contingent-of"),
        pytest.param("About 10,000 North Koreans remained in Russia, of whom some 4,000 were builders.", "en", "4,000",
                     "construction_workers", id="en-of-whom-were-builders"),
        # a force that suffers losses as its verb's object is the force
        pytest.param("The roughly 12,000 soldiers who went to Kursk are suffering heavy casualties.", "en", "12,000",
                     "troops_deployed", id="en-force-suffering-casualties"),
        pytest.param("Die 11.000 nordkoreanischen Soldaten haben schwere Verluste erlitten.", "de", "11.000",
                     "troops_deployed", id="de-force-schwere-verluste-erlitten"),
        pytest.param("About 1,000 soldiers have suffered injuries.", "en", "1,000", "casualties",
                     id="en-suffered-injuries-are-the-wounded"),
        pytest.param("The North Korean force in Kursk has shrunk by about 1,000 since January.", "en", "1,000", "casualties",
                     id="en-shrunk-by"),
        # the value a figure had before ("nach zuvor", "up from") counts what the figure counts
        pytest.param("Der Geheimdienst schätzt die Zahl der getöteten oder verwundeten Nordkoreaner auf 4.700 – nach zuvor "
                     "3.000.", "de", "3.000", "casualties", id="de-nach-zuvor"),
        # "Fachleute" is no ratio ("-fach" only attached); people named by their skill take their task's kind
        pytest.param("Nordkorea schickt 1.000 Fachleute für Minenräumung nach Kursk.", "de", "1.000", "sappers",
                     id="de-fachleute-fuer-minenraeumung"),
        pytest.param("Pyongyang will send 800 specialists in demining.", "en", "800", "sappers", id="en-specialists-in-demining"),
        pytest.param("Nordkorea stellt 5.000 Bauhandwerker in Uniform ab.", "de", "5.000", "construction_workers",
                     id="de-bauhandwerker"),
        # a bare figure on its way or already there counts troops sent
        pytest.param("As many as 1,500 more are thought to be on their way, an intelligence official said.", "en", "1,500",
                     "troops_deployed", id="en-bare-on-their-way"),
        pytest.param("Bis zu 1.500 weitere sollen bereits unterwegs sein, sagte ein Geheimdienstvertreter.", "de", "1.500",
                     "troops_deployed", id="de-bare-bereits-unterwegs-over-weitere"),
    ],
)
def test_quantities_the_thirteenth_session_reads(text, language, number, quantity):
    assert _claim_of(text, language, "2025-03-10", number)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # an audience: who reads or watches, not who is counted
        pytest.param("Der Telegram-Kanal mit 1,3 Millionen Abonnenten behauptet, 200 Nordkoreaner seien gefallen.", "de",
                     "1,3 Millionen", "audience", id="de-abonnenten"),
        pytest.param("The blogger, whose channel has 2 million subscribers, says 300 North Koreans died.", "en", "2 million",
                     "audience", id="en-subscribers"),
        # a rank: "die Nummer zwei", "the number two"
        pytest.param("Wadym Skibizkyj, die Nummer zwei der ukrainischen Militäraufklärung, sagte, 11.000 Nordkoreaner seien "
                     "in Russland.", "de", "zwei", "rank", id="de-nummer-zwei"),
        pytest.param("The agency's number two said 12,000 North Koreans were in Russia.", "en", "two", "rank",
                     id="en-number-two"),
        # a group's own members: "two of its members"
        pytest.param("About 4,000 North Korean soldiers have been wounded, lawmakers said after the committee's session, as "
                     "relayed by two of its members.", "en", "two", "members of a group", id="en-two-of-its-members"),
        # a German perfect whose subject is another country, the participle after the number: that country's losses
        pytest.param("Die ukrainische Armee hat bei Kursk seit dem Sommer mehr als 2.000 Soldaten verloren.", "de",
                     "2.000", "another country", id="de-perfect-ukrainian-army-lost"),
        pytest.param("Zum Vergleich: Die Ukraine hat in Kursk rund 1.800 Soldaten verloren.", "de", "1.800",
                     "another country", id="de-perfect-ukraine-lost"),
    ],
)
def test_numbers_the_thirteenth_session_reads_as_no_claim(text, language, number, reason):
    row = _mention_of(text, language, number)[0]
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # the simple past of arriving tells what happened, whatever "additional" says
        pytest.param("An additional 3,000 troops reached Russia in January, the military said.", "en", "3,000",
                     "troops_deployed", id="en-additional-reached"),
        pytest.param("A further 2,000 North Korean soldiers crossed into Russia last month.", "en", "2,000",
                     "troops_deployed", id="en-further-crossed"),
        # a modal with a bare verb whose object is the figure plans it; "have gone" tells what happened
        pytest.param("Pyongyang could cycle as many as 25,000 soldiers through Russia by the end of the year.", "en",
                     "25,000", "troops_planned", id="en-could-cycle"),
        pytest.param("Pyongyang may rotate in another 3,000 troops this spring.", "en", "3,000", "troops_planned",
                     id="en-may-rotate-in"),
        pytest.param("The 15,000 North Koreans who have gone to Russia so far are mostly infantry.", "en", "15,000",
                     "troops_deployed", id="en-have-gone"),
        # what befell a part taken from a number after it is the part's ("von denen", "of whom")
        pytest.param("Dort stehen bereits mehr als 11.000 Nordkoreaner – von denen inzwischen ein Drittel verwundet oder tot "
                     "ist.", "de", "11.000", "troops_deployed", id="de-von-denen-after-the-base"),
        pytest.param("Some 12,000 North Koreans are in Kursk, of whom roughly a third have been killed or wounded.", "en",
                     "12,000", "troops_deployed", id="en-of-whom-after-the-base"),
        # losses a reinforcement did not make up for are not its own
        pytest.param("Die Truppenaufstockung um 3.000 Mann hat die Ausfälle aus den Winterkämpfen nicht wettgemacht.", "de",
                     "3.000", "troops_deployed", id="de-ausfaelle-nicht-wettgemacht"),
        # a force's size as an attribute is told by its noun phrase, never by what befell the force
        pytest.param("North Korea's 11,000-strong expeditionary corps has lost roughly a third of its men.", "en", "11,000",
                     "troops_deployed", id="en-strong-attribute"),
        pytest.param("Die 12.000 Mann starke Truppe hat inzwischen schwere Verluste erlitten.", "de", "12.000",
                     "troops_deployed", id="de-mann-starke-attribute"),
        # a construction unit by any unit word
        pytest.param("Moscow will receive a 5,000-man North Korean construction division.", "en", "5,000",
                     "construction_workers", id="en-construction-division"),
        # "in ukrainische Hände gefallen" is taken prisoner, not killed; "neutralisiert" is out of action
        pytest.param("Zwei nordkoreanische Soldaten sind lebend in ukrainische Hände gefallen, teilte Selenskyj mit.", "de",
                     "Zwei", "captured", id="de-in-haende-gefallen"),
        pytest.param("In zwei Wochen haben wir rund 1.000 nordkoreanische Soldaten neutralisiert, sagte ein Sprecher.", "de",
                     "1.000", "casualties", id="de-neutralisiert"),
        # a mine clearer by a compound of defusing
        pytest.param("Schoigu zufolge sollen 1.000 Minenentschärfungsexperten den Boden säubern.", "de", "1.000", "sappers",
                     id="de-minenentschaerfungsexperten"),
        # being in place by a modal is a plan
        pytest.param("Kyiv said up to 12,000 North Korean soldiers could be in place by mid-November.", "en", "12,000",
                     "troops_planned", id="en-could-be-in-place"),
        # a bare count by its fitness to fight counts troops
        pytest.param("Some 2,700 North Koreans have been killed or wounded, leaving fewer than 9,000 fit for combat.", "en",
                     "9,000", "troops_deployed", id="en-fit-for-combat"),
        # the base of "jeder zweite der N" is troops, the participle after its noun the part's
        pytest.param("Damit wäre mehr als jeder zweite der ungefähr 11.000 Soldaten ausgefallen, die Pjöngjang entsandt "
                     "habe.", "de", "11.000", "troops_deployed", id="de-jeder-zweite-der"),
        # "der Rest sei gefallen": what befell the rest is not the total's
        pytest.param("Ursprünglich seien es rund 11.000 Soldaten gewesen, der Rest sei gefallen oder verwundet worden.", "de",
                     "11.000", "troops_deployed", id="de-der-rest"),
        # "in Aussicht gestellt" promises: a plan, never a perfect of sending
        pytest.param("Kim Jong Un hat dem Kreml nach Erkenntnissen des HUR weitere 30.000 Soldaten in Aussicht gestellt.", "de",
                     "30.000", "troops_planned", id="de-in-aussicht-gestellt"),
        # a relative clause's antecedent past a place after it is counted ("its troops in Russia, which number")
        pytest.param("Seoul saw no sign of reinforcements for its troops in Russia, which number about 11,000.", "en",
                     "11,000", "troops_deployed", id="en-antecedent-past-a-place"),
        # a gapped figure after a coordinated noun phrase the comma closes counts what that phrase counts
        pytest.param("Kiew spricht von 4.000 Toten und Verletzten, Seoul von 3.000.", "de", "3.000", "casualties",
                     id="de-gapped-after-toten-und-verletzten"),
        # a total's parts between dashes: the clause goes on after the closing dash; a perfect of announcing never
        # spans a colon or a modal
        pytest.param("Schoigu hat nach Gesprächen eine Zusage verkündet: Insgesamt 6.000 Mann – 1.000 Minenräumer und 5.000 "
                     "Bauarbeiter – sollen in die Region Kursk geschickt werden.", "de", "6.000", "troops_planned",
                     id="de-total-parts-between-dashes"),
        # died of wounds is killed; a unit sized by the number after it is troops; "geschrumpft" is men lost
        pytest.param("Zwölf Nordkoreaner wurden gefangen genommen. Drei davon erlagen später ihren Verletzungen.", "de",
                     "Drei", "casualties", id="de-erlagen-verletzungen"),
        pytest.param("Die Verluste des im Vorjahr entsandten Korps von 11.000 Mann schätzen die Militärs auf etwa 4.000.",
                     "de", "11.000", "troops_deployed", id="de-korps-von-n-mann"),
        pytest.param("Seit Jahresbeginn dürften die nordkoreanischen Verbände um mehrere Hundert Mann geschrumpft sein.", "de",
                     "mehrere Hundert", "casualties", id="de-um-n-mann-geschrumpft"),
        # wounded men their clause says were taken are counted as taken
        pytest.param("Zwei verwundete Nordkoreaner, die 20 und 26 Jahre alt sind, befinden sich in ukrainischem Gewahrsam.", "de",
                     "Zwei",
                     "captured", id="de-verwundete-in-gewahrsam"),
        # a figure answering a question told in the sentence before counts what was asked, its state too
        pytest.param("Auf die Frage, wie viele Nordkoreaner getötet worden seien, wollte der Sprecher keine Zahl nennen. "
                     "Ukrainische Stellen gehen von etwa 1.000 aus.", "de", "1.000", "casualties", id="de-auf-die-frage-wie-viele"),
        pytest.param("Asked how many North Koreans had been killed, the spokesman declined to give a figure. Ukrainian "
                     "officials have put the number at about 1,000.", "en", "1,000", "casualties",
                     id="en-asked-how-many-then-the-number-at"),
        # an answer's bare figure counts what the question before asked for, by a pair of words too ("North Koreans")
        pytest.param("HOST: How many North Koreans are fighting in Kursk right now?\nGUEST: As far as we know, it's about "
                     "11,000.", "en", "11,000", "troops_deployed", id="en-answer-to-how-many-north-koreans"),
    ],
)
def test_quantities_the_fourteenth_session_reads(text, language, number, quantity):
    assert _claim_of(text, language, "2025-03-10", number)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "number", "low", "high"),
    [
        # verbs that pass or near a figure bound it
        pytest.param("North Korean losses top 3,000, says Kyiv.", "3,000", 3000.0, None, id="en-top"),
        pytest.param("Losses had passed 4,000 killed and wounded, Yermak wrote.", "4,000", 4000.0, None, id="en-passed"),
        pytest.param("The wounded were nearing 1,000, he said.", "1,000", None, 1000.0, id="en-nearing"),
        # a plus right after the number makes it a lower bound (a fact box's "6,000+")
        pytest.param("By the numbers\n4,000+: North Korean soldiers killed or wounded, per Kyiv", "4,000", 4000.0, None,
                     id="en-plus-after-the-number"),
        # "m" glued to digits before things counted in millions is a million, not metres
        pytest.param("Seoul says North Korea has shipped some 9m artillery shells to Russia since 2023.", "9m", 9.0e6, 9.0e6,
                     id="en-m-before-shells"),
    ],
)
def test_bounds_the_fourteenth_session_reads(text, number, low, high):
    row = _claim_of(text, "en", "2025-03-10", number)
    assert (row["value_low"], row["value_high"]) == (low, high)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a unit word right after the number past lowercase modifiers counts units ("two engineering battalions"), never
        # a unit named in a genitive after people ("Neun Angehörige des Regiments")
        pytest.param("North Korea has rotated two engineering battalions out of Kursk, the Joint Chiefs said.", "en", "two",
                     "counts units", id="en-two-engineering-battalions"),
        pytest.param("Pjöngjang hat drei nordkoreanische Brigaden nach Kursk verlegt, hieß es in Seoul.", "de", "drei",
                     "counts units", id="de-drei-nordkoreanische-brigaden"),
        # money for something else: a loan, a project
        pytest.param("The sanctions package, adopted alongside a €2 billion loan for Kyiv, targets North Korean officials.",
                     "en", "€2 billion", "money for something else", id="en-money-loan-for-kyiv"),
        pytest.param("Talks in Pyongyang also covered a $1.3 billion rail link, according to TASS.", "en", "$1.3 billion",
                     "money for something else", id="en-money-rail-link"),
        # calls tied to another side's soldiers count something else
        pytest.param("Bei der Hotline haben sich mehr als 40 Nordkoreaner gemeldet. Insgesamt zählte das Team rund 7.500 "
                     "Anrufe, vor allem von russischen Soldaten.", "de", "7.500", "counts something else",
                     id="de-anrufe-von-russischen-soldaten"),
        # places and things right after a number, past up to two words, are no people
        pytest.param("Its drones destroyed 21 North Korean positions and killed 35 soldiers over the past three days, the "
                     "regiment said.", "en", "21", "places or things", id="en-north-korean-positions"),
        pytest.param("Some 15,000 North Korean labourers are to be sent to Russia under agreements spanning 14 industrial "
                     "sectors, the NIS said.", "en", "14", "counts something else", id="en-industrial-sectors"),
        # those a sanctions list names, and a part of them after "among them", are no claim
        pytest.param("The EU adopted its 16th sanctions package, listing 48 individuals, among them three North Korean "
                     "generals.", "en", "48", "sanctions list", id="en-listing-48-individuals"),
        pytest.param("The EU adopted its 16th sanctions package, listing 48 individuals, among them three North Korean "
                     "generals.", "en", "three", "a part of the figure before", id="en-among-them-three-generals"),
        # a vote count, a share in digits, a rate of change
        pytest.param("The parliament voted 220 to 40 to approve the treaty. North Korea has sent 11,000 troops since.", "en",
                     "220", "vote", id="en-voted-220-to-40"),
        pytest.param("About 9 in 10 South Koreans oppose the deployment. Pyongyang has sent 11,000 troops.", "en", "About 9",
                     "ratio", id="en-9-in-10"),
        pytest.param("North Korea's economy grew 3.7 percent last year, helped by arms sales to Russia.", "en", "3.7 percent",
                     "rate of change", id="en-grew-3-7-percent"),
        # page furniture: a live blog's day after a comma, a gallery's counter
        pytest.param("Russia-Ukraine war: list of key events, day 1,072. North Korea has sent about 11,000 troops.", "en",
                     "1,072", "page furniture", id="en-key-events-day"),
        pytest.param("Photo 3 of 12. North Korean troops, estimated at 11,000, train in Russia.", "en", "12",
                     "page furniture", id="en-photo-3-of-12"),
        pytest.param("Bild 2 von 8: Nordkoreanische Soldaten, etwa 11.000, üben in Russland.", "de", "8", "page furniture",
                     id="de-bild-2-von-8"),
    ],
)
def test_numbers_the_fourteenth_session_reads_as_no_claim(text, language, number, reason):
    row = _mention_of(text, language, number)[0]
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row


def test_people_named_before_a_unit_in_the_genitive_stay_a_claim():
    row = _claim_of("Neun Angehörige des Regiments seien bei der Räumung von Minenfeldern getötet worden, meldete KCNA.",
                    "de", "2025-03-10", "Neun")
    assert row["quantity"] == "casualties"


def test_a_gapped_figure_takes_the_whole_coordinated_type_before_it():
    row = _claim_of("Kiew spricht von 4.000 Toten und Verletzten, Seoul von 3.000.", "de", "2025-03-10", "3.000")
    assert row["casualty_type"] == "killed_or_wounded"


def test_another_countrys_things_after_a_count_of_north_koreans_are_no_claim():
    text = ("Rund 1.000 nordkoreanische Soldaten seien getötet worden, sagte ein Sprecher. Für denselben Zeitraum meldete "
            "der Kiewer Lagebericht zudem 27 zerstörte russische Fahrzeuge.")
    row = _mention_of(text, "de", "27")[0]
    assert row["mention_status"] == "not_a_claim" and "another country (ru)" in row["status_reason"], row


@pytest.mark.parametrize(
    ("text", "language", "share"),
    [
        # a share of a base the text gives as no figure counts nothing
        pytest.param("Budanov said some 40% of the shells Russian gunners fire now come from Pyongyang.", "en", "40%",
                     id="en-share-of-an-unstated-base"),
        pytest.param("Work on the memorial museum in Pyongyang is 93 percent complete, state media said.", "en", "93 percent",
                     id="en-share-of-nothing-counted"),
        pytest.param("Nordkorea liefere inzwischen etwa die Hälfte der von Russland verschossenen Artilleriemunition, sagte "
                     "Budanow.", "de", "die Hälfte", id="de-share-of-an-unstated-base"),
        # a share after a figure of its own sentence, or after a subject pointing back, restates that figure
        pytest.param("Die Verluste liegen bei mehr als 6.000 Mann – das ist über die Hälfte der anfangs rund 11.000 "
                     "Soldaten.", "de", "Hälfte", id="de-share-restating-the-figure-before"),
        pytest.param("North Korean forces have suffered more than 5,000 casualties, the ministry said. That is nearly half "
                     "of the roughly 11,000 troops Pyongyang sent.", "en", "nearly half", id="en-share-pointing-back"),
    ],
)
def test_a_share_that_counts_nothing_new_is_no_claim(text, language, share):
    mention, claims = _mention_of(text, language, share)
    assert mention["mention_status"] == "not_a_claim", mention
    assert not any(share in c["number_text"] for c in claims)


@pytest.mark.parametrize(
    ("text", "language", "share", "value", "quantity"),
    [
        # the base stands after the share: it is taken of that figure, not of one before it
        pytest.param("Nearly half of the 11,000 troops sent have been killed or wounded, officials said.", "en",
                     "Nearly half", 5500, "casualties", id="en-base-after-the-share"),
        # the noun after the share names what it is a share of: the last figure of that kind
        pytest.param("North Korean forces have suffered more than 5,000 casualties. Pyongyang sent roughly 11,000 "
                     "troops; about a third of the losses were fatalities, the ministry said.", "en", "about a third",
                     1667, "casualties", id="en-share-of-the-losses"),
    ],
)
def test_a_share_is_taken_of_the_figure_it_names(text, language, share, value, quantity):
    row = _claim_of(text, language, "2025-03-10", share)
    assert (row["value_best"], row["quantity"]) == (value, quantity)


@pytest.mark.parametrize(
    ("text", "language", "number", "low", "high"),
    [
        # words after a count make it a lower bound; a sum does not
        pytest.param("Seoul now puts the North Korean death toll at 900 or more.", "en", "900", 900.0, None,
                     id="en-or-more"),
        pytest.param("Upward of 2,000 North Korean soldiers have been rotated out, the JCS said.", "en", "2,000", 2000.0,
                     None, id="en-upward-of"),
        pytest.param("Die Briten halten es für wahrscheinlich, dass die Verluste der Nordkoreaner inzwischen 5000 "
                     "übersteigen.", "de", "5000", 5000.0, None, id="de-uebersteigen-at-the-end"),
        pytest.param("Nach Angaben aus Kiew sind 300 oder mehr nordkoreanische Soldaten gefallen.", "de", "300", 300.0,
                     None, id="de-oder-mehr"),
        pytest.param("North Korea sent 1,000 troops in the first wave, plus 500 engineers later.", "en", "1,000", 1000.0,
                     1000.0, id="en-plus-a-second-figure-is-no-bound"),
    ],
)
def test_bounds_read_after_the_number(text, language, number, low, high):
    row = _claim_of(text, language, "2025-09-10", number)
    assert (row["value_low"], row["value_high"]) == (low, high)


@pytest.mark.parametrize(
    ("text", "language", "value", "claims"),
    [
        # another lot of the same size in the same sentence is a claim of its own, never a repeat
        pytest.param("Nach Einschätzung Kiews seien im Februar rund 1.200 Mann eingetroffen, weitere 1.200 würden erwartet.",
                     "de", 1200.0, 2, id="de-weitere-same-size"),
        pytest.param("About 1,200 North Korean troops arrived in February, and another 1,200 are expected, Kyiv said.", "en",
                     1200.0, 2, id="en-another-same-size"),
        # a headline's "Weitere 3.000" and the body's "rund 3.000" stay one claim (not the same sentence)
        pytest.param("Kiew: Weitere 3.000 Nordkoreaner an der Front\nNach Angaben des HUR sind rund 3.000 weitere "
                     "nordkoreanische Soldaten eingetroffen.", "de", 3000.0, 1, id="de-headline-and-body-one-claim"),
    ],
)
def test_another_lot_of_the_same_size_is_its_own_claim(text, language, value, claims):
    found = extract_claims(text, published="2025-03-05", language=language)
    assert found.filter(pl.col("value_best") == value).height == claims, found.select("number_text", "quantity")


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # the subject after its verb (German verb-second) owns the losses, not a place before the verb
        pytest.param("Im Kampf um Kursk verloren die Nordkoreaner nach Kiewer Zählung rund 4.000 Mann.", "de", "4.000",
                     "casualties", "killed_or_wounded", id="de-inverted-subject-owns-losses"),
        # ... while the North's own participle-noun stays a claim
        pytest.param("Das Verteidigungsministerium in Kiew meldete rund 950 getötete oder verwundete nordkoreanische Soldaten.",
                     "de", "950", "casualties", "killed_or_wounded", id="de-participle-then-own-adjective"),
        # the force losses are among is counted as the force, not as the losses
        pytest.param("Pjöngjang will damit die Ausfälle unter den insgesamt rund 14.000 entsandten Männern ersetzen.", "de",
                     "14.000", "troops_deployed", None, id="de-losses-among-the-force"),
        pytest.param("The new troops are meant to make up for losses among the roughly 14,000 soldiers sent last year.", "en",
                     "14,000", "troops_deployed", None, id="en-losses-among-the-force"),
        # ... while those among whom others are named keep their loss
        pytest.param("Among the 300 killed were two colonels.", "en", "300", "casualties", "killed", id="en-among-the-killed"),
        # military trades counted by their head noun
        pytest.param("Zudem seien rund 150 nordkoreanische Drohnenpiloten nach Kursk verlegt worden.", "de", "150",
                     "troops_deployed", None, id="de-drone-pilots"),
        pytest.param("About 150 North Korean radar operators and missile specialists have arrived, officials said.", "en", "150",
                     "troops_deployed", None, id="en-operators-and-specialists"),
        # a planning verb in reported speech
        pytest.param("Für den Herbst plane Pjöngjang weitere 4.000 Mann, hieß es in Seoul.", "de", "4.000", "troops_planned", None,
                     id="de-plane-konjunktiv"),
        # ... never the English noun
        pytest.param("Dozens of North Korean soldiers boarded a transport plane in Vladivostok; about 1,500 were sent.", "en",
                     "1,500", "troops_deployed", None, id="en-plane-is-a-noun"),
        # ... never when the clause names the war's country too
        pytest.param("Rund 50.000 Arbeiter in China und Russland verdienen Devisen für das Regime.", "de", "50.000", "workers", None,
                     id="de-workers-in-china-and-russia"),
        # ... the North's own phrase stays a claim
        pytest.param("The North Korean contingent in Kursk, about 11,000 strong, arrived in October.", "en", "11,000",
                     "troops_deployed", None, id="en-own-contingent-n-strong"),
        # a mixed force by a compound adjective, or with words between "gemischte" and its noun
        pytest.param("Die ukrainischen Einheiten treffen auf eine russisch-nordkoreanische Streitmacht von etwa 45.000 Mann.",
                     "de", "45.000", "other", None, id="de-russisch-nordkoreanische"),
        pytest.param("Facing them is a combined Russian-led grouping of about 45,000 troops that includes North Koreans.", "en",
                     "45,000", "other", None, id="en-combined-words-between"),
        # who reached out, by the reflexive in any tense or by a purpose of surrendering
        pytest.param("Rund 200 Nordkoreaner sollen sich bereits über die Hotline gemeldet haben.", "de", "200", "other", None,
                     id="de-sich-gemeldet-haben"),
        # "them" after an amount that "put ... at" gives is that amount, not a figure further back
        pytest.param("Kyiv says Russia has lost more than 900,000 soldiers. Zelensky put them at about 4,700 killed and wounded, "
                     "about 600 of them dead.", "en", "600", "casualties", "killed", id="en-put-at-amount-is-them"),
        # members a loss befell are the dead, not a group's members counted
        pytest.param("The sapper regiment has returned home, state media said, adding that 11 of its members had died.", "en",
                     "11", "casualties", "killed", id="en-of-its-members-had-died"),
        # taken alive after an auxiliary
        pytest.param("Only three North Korean soldiers have been taken alive so far, Kyiv says.", "en", "three", "captured", None,
                     id="en-soldiers-have-been-taken-alive"),
        # a German main clause after a comma or a dash is the figure's own, not the loss before it
        pytest.param("Rund 600 Nordkoreaner sind gefallen, Pjöngjang schickt nun weitere 2.000 Pioniere.", "de", "2.000", "sappers",
                     None, id="de-main-clause-after-comma"),
        pytest.param("Seoul: 600 Nordkoreaner gefallen – Pjöngjang schickt weitere 2.000 Bausoldaten", "de", "2.000",
                     "construction_workers", None, id="de-main-clause-after-dash"),
        pytest.param("About 600 North Koreans have died, Pyongyang is now sending another 2,000 engineers.", "en", "2,000",
                     "sappers", None, id="en-main-clause-after-comma"),
        # a subordinate clause of contrast before the figure, closed by its comma, is another figure's
        pytest.param("Während rund 1.500 Nordkoreaner getötet worden seien, stünden noch etwa 9.000 an der Front.", "de", "9.000",
                     "troops_deployed", None, id="de-waehrend-clause-before"),
        pytest.param("While about 1,500 have been killed, roughly 9,000 are still deployed, officials said.", "en", "9,000",
                     "troops_deployed", None, id="en-while-clause-before"),
    ],
)
def test_quantities_of_the_twenty_second_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # ... and another country's subject there owns them too
        pytest.param("Im Kampf um Kursk verloren die Russen nach Kiewer Zählung rund 4.000 Mann.", "de", "4.000",
                     "another country (ru)", id="de-inverted-subject-another-country"),
        # a participle standing for the noun, then the head noun's own country
        pytest.param("Das Verteidigungsministerium in Kiew meldete rund 950 getötete oder verwundete russische Soldaten.", "de",
                     "950", "another country (ru)", id="de-participle-then-country-adjective"),
        # the force a figure is among places it, after or before it
        pytest.param("Nach Angaben eines Bloggers waren etwa 25 Drohnenpiloten unter den russischen Einheiten.", "de", "25",
                     "another country (ru)", id="de-pilots-among-russian-units"),
        pytest.param("Among the Ukrainian troops were some 25 drone pilots trained in Britain.", "en", "25",
                     "another country (ua)", id="en-among-ukrainian-troops-before"),
        # the sides of a vote's tally
        pytest.param("The National Assembly voted 241-0 to condemn the deployment of North Korean troops.", "en", "0",
                     "vote", id="en-second-side-of-a-tally"),
        pytest.param("Der Antrag wurde mit 241:0 Stimmen angenommen; Seoul spricht von 11.000 Soldaten.", "de", "241",
                     "vote", id="de-first-side-of-a-tally"),
        # people counted in a country outside the war
        pytest.param("Pjöngjang beschäftigt nach Schätzungen rund 50.000 Arbeiter in China, vor allem in Textilfabriken.", "de",
                     "50.000", "another country (cn)", id="de-workers-in-china"),
        pytest.param("An estimated 40,000 North Korean laborers work in China, a think tank in Seoul says.", "en", "40,000",
                     "another country (cn)", id="en-laborers-in-china"),
        # a figure that sizes the phrase before its comma takes that phrase's country
        pytest.param("Seoul wants them swapped for Ukrainian prisoners held in Russia, who number about 6,500 by Kyiv's count.",
                     "en", "6,500", "another country (ua)", id="en-who-number"),
        pytest.param("Russian marines in the region, some 8,000 strong, are backed by North Korean artillery.", "en", "8,000",
                     "another country (ru)", id="en-n-strong-apposed"),
        # losses of half a million or more are another army's, never the deployment's
        pytest.param("Seit Kriegsbeginn beziffert Kiew die Ausfälle auf mehr als 1,1 Millionen Mann.", "de", "1,1 Millionen",
                     "more losses than the topic", id="de-a-million-losses-are-another-armys"),
        pytest.param("Since the invasion began, Kyiv says, the toll has passed 950,000 killed or wounded.", "en", "950,000",
                     "more losses than the topic", id="en-950000-losses-are-another-armys"),
    ],
)
def test_not_claims_of_the_twenty_second_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "published", "number", "period"),
    [
        # the quarters and halves of a year are periods, as seasons are
        pytest.param("Im zweiten Quartal 2025 kamen nach Angaben aus Seoul rund 2.000 Bauarbeiter hinzu.", "de", "2025-08-01",
                     "2.000", ("2025-04-01", "2025-06-30"), id="de-zweites-quartal"),
        pytest.param("Im ersten Halbjahr seien etwa 4.000 Arbeiter eingereist, teilte das Ministerium mit.", "de", "2025-09-10",
                     "4.000", ("2025-01-01", "2025-06-30"), id="de-erstes-halbjahr"),
        pytest.param("About 1,500 more troops arrived in the fourth quarter of 2024, Seoul said.", "en", "2025-02-01", "1,500",
                     ("2024-10-01", "2024-12-31"), id="en-fourth-quarter"),
        pytest.param("Another 5,000 builders are expected in the second half of the year, officials said.", "en", "2025-05-01",
                     "5,000", ("2025-07-01", "2025-12-31"), id="en-second-half-ahead"),
        # a date inside a clause that "seit"/"since" opens starts a period open to now
        pytest.param("Seit Beginn der Kämpfe im Winter 2024 sollen rund 3.000 Nordkoreaner gefallen sein, hieß es in Seoul.", "de",
                     "2025-06-01", "3.000", ("2024-12-01", None), id="de-seit-beginn-der-kaempfe-im-winter"),
        pytest.param("Some 5,000 have been wounded since the troops first saw combat late last year, the agency said.", "en",
                     "2025-06-01", "5,000", ("2024-10-01", None), id="en-since-they-saw-combat-late-last-year"),
        # a date inside a participial aside of the subject is the aside's, not the figure's after it
        pytest.param("The Storm Corps, sent to Kursk in the autumn of 2024, now counts roughly 8,000 men, Kyiv says.", "en",
                     "2025-06-01", "8,000", (None, None), id="en-date-in-a-closed-participial-aside"),
    ],
)
def test_reference_periods_of_the_twenty_second_session(text, language, published, number, period):
    row = _claim_of(text, language, published, number)
    assert (_date(row["reference_start"]), _date(row["reference_end"])) == tuple(
        None if p is None else dt.date.fromisoformat(p) for p in period)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # a plan by grammar, not by one word: the Konjunktiv of "vorbereiten", a sending still to come, what one does
        # not rule out, the future perfect
        pytest.param("Nach Angaben eines Abgeordneten bereite der Norden rund 4.000 Soldaten für den Einsatz in Russland vor.",
                     "de", "4.000", "troops_planned", None, id="de-bereite-vor-konjunktiv"),
        pytest.param("In Lagern im Norden würden zudem etwa 2.500 Soldaten auf eine weitere Entsendung vorbereitet, hieß es.",
                     "de", "2.500", "troops_planned", None, id="de-auf-eine-weitere-entsendung"),
        pytest.param("About 4,000 soldiers are training in the North for a third rotation, the NIS said.", "en", "4,000",
                     "troops_planned", None, id="en-for-a-third-rotation"),
        pytest.param("Die Militärexpertin schließt nicht aus, dass Kim im Sommer noch einmal 10.000 Mann nach Russland schickt.",
                     "de", "10.000", "troops_planned", None, id="de-schliesst-nicht-aus"),
        pytest.param("The NIS did not rule out that the North sends around 10,000 troops in the summer.", "en", "10,000",
                     "troops_planned", None, id="en-did-not-rule-out"),
        pytest.param("By the end of the year, Pyongyang will have sent some 20,000 soldiers, a Ukrainian official estimated.",
                     "en", "20,000", "troops_planned", None, id="en-will-have-sent"),
        # ... and preparing themselves stays no plan
        pytest.param("Die 11.000 Nordkoreaner bereiten sich in Kursk auf einen neuen Angriff vor, sagte Kiew.", "de", "11.000",
                     "troops_deployed", None, id="de-bereiten-sich-vor-is-no-plan"),
        # people seized are captured; a task of rebuilding, whatever is rebuilt, makes builders; who did not survive died;
        # who hold jobs are workers
        pytest.param("Ukrainian paratroopers seized two North Korean soldiers near Kursk, Zelensky said.", "en", "two",
                     "captured", None, id="en-seized-soldiers"),
        pytest.param("Moscow says Pyongyang has sent 6,000 people to help rebuild Kursk.", "en", "6,000",
                     "construction_workers", None, id="en-to-help-rebuild-a-place"),
        pytest.param("Zwölf Pioniere überlebten die Minenräumung nicht, meldete KCNA.", "de", "Zwölf", "casualties", "killed",
                     id="de-ueberlebten-nicht-verb-second"),
        pytest.param("Some 20,000 North Koreans now hold jobs across Russia, Kyiv says.", "en", "20,000", "workers", None,
                     id="en-hold-jobs"),
        # losses a sending makes up for are not the figure's, unless their own figure follows them
        pytest.param("Als Ersatz für Verluste hat Pjöngjang laut Seoul rund 2.000 Soldaten nachgeschickt.", "de", "2.000",
                     "troops_deployed", None, id="de-ersatz-fuer-verluste"),
        pytest.param("To make up for losses, the North has rotated in about 2,000 fresh soldiers, officials said.", "en",
                     "2,000", "troops_deployed", None, id="en-to-make-up-for-losses"),
        pytest.param("Kim rotated in new units to make up for losses of about 2,500 men, officials said.", "en", "2,500",
                     "casualties", "killed_or_wounded", id="en-make-up-for-losses-of-n"),
        # a partitive after a fronted verb opens the part's clause: what befell the part is not the base's
        pytest.param("Laut Kiew umfasste das Kontingent anfangs 12.000 Mann, getötet wurden davon bislang rund 3.000.", "de",
                     "12.000", "troops_deployed", None, id="de-getoetet-wurden-davon"),
        pytest.param("Nach britischer Schätzung wurden mindestens 12.000 Mann entsandt, hiervon ein gutes Viertel tot oder "
                     "verwundet.", "de", "12.000", "troops_deployed", None, id="de-hiervon-ein-gutes-viertel"),
        pytest.param("Pyongyang sent about 12,000 soldiers, killed among them were some 3,000, officials said.", "en", "12,000",
                     "troops_deployed", None, id="en-killed-among-them-were"),
        pytest.param("Die Briten gehen von etwa 11.000 Entsandten aus, hiervon gut ein Drittel tot oder verwundet.", "de",
                     "11.000", "troops_deployed", None, id="de-hiervon-gut-ein-drittel"),
        # ... but a force with the North Koreans among it stays mixed
        pytest.param("Moscow has gathered about 60,000 troops, North Korean units among them, near Kursk, officials said.", "en",
                     "60,000", "other", None, id="en-units-among-them-still-mixed"),
        # a figure added in a clause with no verb or noun of its own counts the claim before it, its state too
        pytest.param("Rund 900 verwundete Soldaten aus Nordkorea seien mit Lazarettzügen nach Rostow gebracht worden, weitere 250 "
                     "mit 18 Transportflügen.", "de", "250", "casualties", "wounded", id="de-weitere-gapped-wounded"),
        pytest.param("Some 1,200 wounded North Koreans were taken to field hospitals, and another 300 to clinics in Moscow.", "en",
                     "300", "casualties", "wounded", id="en-another-gapped-wounded"),
        pytest.param("About 600 North Koreans have been killed, and another 2,000 troops are now heading to the front.", "en",
                     "2,000", "troops_deployed", None, id="en-another-with-its-own-noun-and-verb"),
        # a sending sized by the figure is a force, whatever befell a part named before it
        pytest.param("Officials put the toll at about 4,000, of whom some 700 are dead, from a deployment of roughly 12,000 "
                     "soldiers.", "en", "12,000", "troops_deployed", None, id="en-from-a-deployment-of"),
        # a hyphenated compound is its last part's
        pytest.param("Pyongyang is sending some 3,000 soldier-builders, officials said.", "en", "3,000", "construction_workers",
                     None, id="en-soldier-builders"),
        # assembling things or being on a payroll is work
        pytest.param("Rund 5.000 Nordkoreaner sollen künftig Kampfdrohnen zusammenbauen.", "de", "5.000", "workers", None,
                     id="de-drohnen-zusammenbauen"),
        pytest.param("An estimated 9,000 North Koreans are already on Russian payrolls, the NIS says.", "en", "9,000", "workers",
                     None, id="en-on-russian-payrolls"),
        # where they are is where they were sent, "weitere" or not; a past verb of sending in "-ed"
        pytest.param("Weitere 2.000 Soldaten befinden sich nach Angaben Kiews in Lagern bei Wladiwostok.", "de", "2.000",
                     "troops_deployed", None, id="de-weitere-befinden-sich"),
        pytest.param("North Korea rushed about 2,000 additional troops to Russia in March, Seoul said.", "en", "2,000",
                     "troops_deployed", None, id="en-rushed-additional-troops"),
        # the longer noun before the figure, not a noun inside it
        pytest.param("Kyiv put the engineering contingent at roughly 1,500.", "en", "1,500", "sappers", None,
                     id="en-engineering-contingent"),
        # a figure of a wave one spoke of stays a claim
        pytest.param("Seoul hatte zuvor von einer ersten Welle mit 1.500 Soldaten gesprochen.", "de", "1.500", "troops_deployed",
                     None, id="de-von-einer-welle-mit-gesprochen"),
        # a gapped phrase for the next figure with two nouns joined is the next figure's
        pytest.param("Kiew beziffert die Nordkoreaner im Gebiet auf etwa 12.000 und ihre Toten und Verletzten auf rund 3.000.",
                     "de", "12.000", "troops_deployed", None, id="de-gapped-next-two-nouns"),
        # a task of building as a compound ("Aufbauarbeiten", "Bauprojekte") makes builders
        pytest.param("Moskau zufolge werde Pjöngjang weitere 3.000 Mann für Aufbauarbeiten in die Region schicken.", "de", "3.000",
                     "construction_workers", None, id="de-fuer-aufbauarbeiten"),
        pytest.param("Bis zum Herbst wolle der Norden etwa 4.000 Militärangehörige für Bauprojekte an der Grenze abstellen.", "de",
                     "4.000", "construction_workers", None, id="de-fuer-bauprojekte"),
        # those who went in were sent
        pytest.param("Of the roughly 12,000 who went in last year, several thousand are now out of action, officials said.", "en",
                     "12,000", "troops_deployed", None, id="en-who-went-in"),
        # a modal of the figure's own clause keeps it a plan, whatever a part after "davon" has done
        pytest.param("Eilmeldung: Weitere 4000 Nordkoreaner sollen an die Front, davon sind 800 Bausoldaten bereits eingetroffen.",
                     "de", "4000", "troops_planned", None, id="de-weitere-sollen-an-die-front-davon-bereits"),
        # ... but guns "firing" shells are guns sent
        pytest.param("Pyongyang has also shipped around 120 self-propelled guns firing 170mm shells, a Ukrainian official said.",
                     "en", "120", "munitions", None, id="en-guns-firing-shells-stay-munitions"),
        # what the number is to come to ("sollten es ... werden"), what one holds possible, what one expects by a time to come
        pytest.param("Bis zum Sommer sollten es nach Angaben aus Kiew insgesamt rund 20.000 werden.", "de", "20.000",
                     "troops_planned", None, id="de-sollten-es-werden"),
        pytest.param("Ich halte es für realistisch, dass Pjöngjang 4.000 Mann schickt, sagte der Analyst.", "de", "4.000",
                     "troops_planned", None, id="de-halte-es-fuer-realistisch"),
        pytest.param("Die ukrainische Armeeführung rechnet bis Ende Mai mit rund 5.000 Soldaten aus Nordkorea.", "de", "5.000",
                     "troops_planned", None, id="de-rechnet-bis-ende-mai-mit"),
        # a number with no noun where the war is counts the troops there (after the work they do)
        pytest.param("That is still our assessment, roughly 11,000 to 12,000 in Kursk.", "en", "11,000", "troops_deployed", None,
                     id="en-bare-range-in-kursk"),
        pytest.param("Of the 11,000 or so now in the Kursk region, most have yet to see combat, he added.", "en", "11,000",
                     "troops_deployed", None, id="en-bare-of-the-11000-in-the-kursk-region"),
        pytest.param("Nach US-Angaben stehen rund 11.000 in Kursk, weitere Tausend seien unterwegs.", "de", "11.000",
                     "troops_deployed", None, id="de-bare-stehen-in-kursk"),
    ],
)
def test_quantities_of_the_twenty_third_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a phone number with a two-digit area code
        pytest.param("Rückfragen beantwortet die Pressestelle unter 02-555-1234; Seoul spricht von 11.000 Soldaten.", "de",
                     "02-555-1234", "phone number", id="de-phone-two-digit-area-code"),
        # the elder of two, the verb gapped after the first one's age
        pytest.param("Der jüngere Gefangene ist nach Angaben des SBU 20 Jahre alt, der ältere 27.", "de", "27", "age",
                     id="de-der-aeltere-gapped"),
        # the terms of an exchange are no count
        pytest.param("Der jüngste Austausch lief nach dem Muster 500 gegen 500; Nordkoreaner waren nicht dabei.", "de", "500",
                     "exchange ratio", id="de-500-gegen-500"),
        pytest.param("Seoul wants the two captives included when Kyiv and Moscow agree the next swap of 500 for 500.", "en", "500",
                     "swap", id="en-swap-of-500-for-500"),
        # a separable "einbüßen" with another country as its subject
        pytest.param("Russland büßt nach britischer Schätzung derzeit täglich rund 1.100 Mann ein.", "de", "1.100",
                     "another country (ru)", id="de-russland-buesst-ein"),
        # counted governments or states make up a body, they are no claim
        pytest.param("The sanctions panel, formed by 11 governments, tracks North Korean arms shipments to Russia.", "en", "11",
                     "membership", id="en-formed-by-11-governments"),
        pytest.param("Ein von elf Regierungen getragenes Gremium zählt die Lieferungen Nordkoreas an Russland.", "de", "elf",
                     "membership", id="de-von-elf-regierungen"),
        # arms joined to a count off the topic are off the topic too
        pytest.param("Mit 480 Drohnen und 7 Raketen hat Russland in der Nacht ukrainische Städte angegriffen.", "de", "7",
                     "joined to the figure before", id="de-raketen-joined-to-drones-off-topic"),
        # captives each side freed in an exchange, "je" before them
        pytest.param("Beim Austausch am Freitag kamen auf beiden Seiten je 390 Gefangene frei; Nordkoreaner waren nicht dabei.",
                     "de", "390", "prisoner swap", id="de-je-390-gefangene-im-austausch"),
        # how long a document is, "-odd" too
        pytest.param("The 30-odd pages of the report also list shipping routes.", "en", "30", "document length",
                     id="en-30-odd-pages"),
        # those a reporter spoke with
        pytest.param("Ein Reporterteam hat mit vier Nordkoreanern gesprochen, die aus einem Werk in Tatarstan geflohen sind.", "de",
                     "vier", "interviewed", id="de-hat-mit-vier-gesprochen"),
        pytest.param("Reporters spoke to five North Korean laborers who had fled building sites near Moscow.", "en", "five",
                     "interviewed", id="en-spoke-to-five"),
        # people gathered right after the figure, before a noun of the topic ("families of fallen soldiers"); people at a
        # mass event named before the figure
        pytest.param("Kim visited the 11th Army Corps and met 300 families of fallen soldiers, KCNA said.", "en", "300",
                     "gathered", id="en-300-families-of-fallen-soldiers"),
        pytest.param("At a rally of about 100,000 people in Pyongyang, Kim praised the soldiers sent to Kursk.", "en", "100,000",
                     "event", id="en-rally-of-100000-people"),
        pytest.param("The NIS said the North was also planning a mass games show with some 80,000 performers for October.", "en",
                     "80,000", "event", id="en-mass-games-with-performers"),
        pytest.param("Zum Parteijubiläum plane Pjöngjang zudem Massenspiele mit rund 80.000 Mitwirkenden, hieß es in Seoul.", "de",
                     "80.000", "event", id="de-massenspiele-mit-mitwirkenden"),
        # the victims of a Russian attack in a clause a semicolon closes, whatever the next clause says of the North
        pytest.param("Bei dem russischen Angriff auf Kiew starben 23 Menschen, teilte der Bürgermeister mit; zugleich meldete "
                     "Seoul 3.000 weitere Nordkoreaner in Kursk.", "de", "23", "Russian attack",
                     id="de-attack-victims-in-a-clause-of-their-own"),
        # the relatives of the dead gathered
        pytest.param("Rund 300 Angehörige der Gefallenen nahmen an der Zeremonie teil, berichtete KCNA.", "de", "300", "gathered",
                     id="de-angehoerige-der-gefallenen"),
        pytest.param("About 400 relatives of the fallen attended the ceremony in Pyongyang, state media said.", "en", "400",
                     "gathered", id="en-relatives-of-the-fallen"),
        # launches and tests of arms are events, not arms sent
        pytest.param("Seoul's military also recorded three ballistic missile launches by the North this month, while some 2,000 "
                     "more troops reached Russia.", "en", "three", "launches", id="en-missile-launches"),
    ],
)
def test_not_claims_of_the_twenty_third_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # a German estimate "beziffert/schätzt ... auf N" whose object is the losses counts losses, whatever figure sizes
        # the force between them
        pytest.param("Die Verluste der rund 12.000 Mann starken Truppe beziffert das ukrainische Militär inzwischen auf etwa "
                     "3.500.", "de", "3.500", "casualties", "killed_or_wounded", id="de-verluste-beziffert-auf"),
        pytest.param("Ihre Ausfälle unter den insgesamt 14.000 entsandten Nordkoreanern schätzen westliche Dienste auf gut "
                     "5.000.", "de", "5.000", "casualties", "killed_or_wounded", id="de-ausfaelle-schaetzen-auf"),
        # its limits: a noun of its own after the figure decides; an estimate of something else; the force's own figure
        pytest.param("Die Verluste des 11.000 Mann starken Korps beziffert das Militär auf 4.000 Soldaten, die verwundet "
                     "wurden.", "de", "4.000", "casualties", "wounded", id="de-verluste-auf-n-with-own-noun"),
        pytest.param("Die Stärke der Truppe in Kursk schätzt Seoul inzwischen auf rund 11.000.", "de", "11.000",
                     "troops_deployed", None, id="de-staerke-geschaetzt-auf"),
        pytest.param("Das Militär schätzt die Verluste auf 2.000, die Truppe zählte anfangs 11.000 Mann.", "de", "11.000",
                     "troops_deployed", None, id="de-force-after-the-losses-estimate"),
        # an estimate that puts what it names at the next figure, in a clause of its own, is that figure's
        pytest.param("Pyongyang has moved some 2,500 fresh troops to Kursk, Kyiv said on Friday, putting the North's losses "
                     "so far at about 5,000.", "en", "2,500", "troops_deployed", None, id="en-sent-then-losses-put-at"),
        pytest.param("Rund 2.500 weitere Soldaten hat Nordkorea nach Kursk verlegt, wie Kiew mitteilte, die Verluste "
                     "bezifferte der Generalstab auf etwa 5.000.", "de", "2.500", "troops_deployed", None,
                     id="de-verlegt-then-verluste-beziffert-auf"),
        # a figure set against the one before counts what it counted
        pytest.param("Seoul now puts the number of North Korean dead at some 2,100, against 1,800 in the spring.", "en",
                     "1,800", "casualties", "killed", id="en-against-the-figure-before"),
        # a force a country keeps there has been sent, whatever the next clause plans
        pytest.param("Pyongyang keeps roughly 11,000 troops in Kursk and may send more before the winter, Seoul said.", "en",
                     "11,000", "troops_deployed", None, id="en-keeps-troops-there"),
        # a German noun is capitalised: a lowercase word of people before a capitalised one is its adjective
        pytest.param("Nach Moskauer Angaben kommen 4.000 uniformierte Bauleute aus Nordkorea.", "de", "4.000",
                     "construction_workers", None, id="de-uniformierte-bauarbeiter"),
        # the task a copula says they are doing
        pytest.param("Of the 11,000 still in Russia, some 2,000 are now clearing mines near Sudzha.", "en", "2,000", "sappers",
                     None, id="en-are-now-clearing-mines"),
        pytest.param("Of the 12,000 still in Russia, some 3,000 are rebuilding roads in the Kursk region.", "en", "3,000",
                     "construction_workers", None, id="en-are-rebuilding-roads"),
        # the contingent sized after its kind was named
        pytest.param("Moscow confirmed that North Korean sappers were working in Kursk. Seoul puts the contingent at about "
                     "1,500.", "en", "1,500", "sappers", None, id="en-the-contingent-of-sappers-named-before"),
        # a unit named by its number after its kind was named: "Das 528. Regiment habe ... umfasst"
        pytest.param("Kim ehrte die Heimkehrer eines Pionierregiments. Das 528. Regiment habe gut 1.200 Mann gezählt, "
                     "meldete KCNA.", "de", "1.200", "sappers", None, id="de-das-528-regiment-of-sappers"),
        # the purpose right after the noun names the kind
        pytest.param("Außerdem sollen 800 Soldaten für die Minensuche nach Kursk kommen.", "de", "800", "sappers", None,
                     id="de-soldaten-fuer-die-minensuche"),
        # past a count of the units themselves
        pytest.param("Pyongyang will send 4,000 soldiers from three construction brigades, Shoigu said.", "en", "4,000",
                     "construction_workers", None, id="en-soldiers-from-three-construction-brigades"),
        # the list of what a count includes, whose commas broke the clause, does not say what the figure counts
        pytest.param("Kyiv puts the North's losses, including deserters and the captured, at roughly 5,000.", "en", "5,000",
                     "casualties", "killed_or_wounded", id="en-losses-including-the-captured-at"),
        pytest.param("London puts North Korean casualties – including the wounded, the missing and the captured – at "
                     "about 6,000.", "en", "6,000", "casualties", "killed_or_wounded", id="en-casualties-dash-including-at"),
        # "their number" and "es seien" point back to people named with what befell them
        pytest.param("Pyongyang has opened a cemetery for soldiers killed in the Kursk fighting. Their number has climbed to "
                     "about 2,300, lawmakers said.", "en", "2,300", "casualties", "killed", id="en-their-number-of-the-killed"),
        pytest.param("Kiew hat die Zahl der in Kursk getöteten Nordkoreaner neu geschätzt. Demnach seien es inzwischen rund "
                     "2.500.", "de", "2.500", "casualties", "killed", id="de-es-seien-of-the-killed"),
        # a part's kind set off after "davon"
        pytest.param("Pjöngjang wolle weitere 5.000 Mann schicken. Gut 800 davon, allesamt Minenräumer, seien schon in "
                     "Kursk.", "de", "800", "sappers", None, id="de-davon-allesamt-minenraeumer"),
        # a base fronted with "Von den" and a participle attribute: the part's verb is not the base's
        pytest.param("Von den seit Herbst nach Kursk verlegten rund 12.000 Nordkoreanern fielen nach Kiewer Angaben etwa "
                     "3.000.", "de", "12.000", "troops_deployed", None, id="de-von-den-verlegten-base"),
        # a finite verb right after a number: its noun is elsewhere ("went in" is a sending)
        pytest.param("Pyongyang has admitted sending troops to Kursk. Seoul believes some 14,000 went in over two waves.", "en",
                     "14,000", "troops_deployed", None, id="en-14000-went-in"),
        # troops that fell in battle are dead; made ready for a sending is a plan; a separable "hält ... fest" with a long
        # claimer between holds prisoners
        pytest.param("Seoul estimates that some 2,300 North Korean soldiers fell in combat last year.", "en", "2,300",
                     "casualties", "killed", id="en-fell-in-combat"),
        pytest.param("North Korea is getting about 4,000 troops ready for Russia, Seoul's spy agency said.", "en", "4,000",
                     "troops_planned", None, id="en-getting-troops-ready"),
        pytest.param("Seit dem Frühjahr hält die Ukraine nach Angaben des Menschenrechtsbeauftragten im Parlament in Kiew "
                     "drei Nordkoreaner fest.", "de", "drei", "captured", None, id="de-haelt-long-claimer-fest"),
        # the North's people by nationality, or a bare figure, after a kind of people named with no figure
        pytest.param("Nicht nur Soldaten, auch Bauarbeiter schickt Pjöngjang: Etwa 8.000 Nordkoreaner sollen seit dem Frühjahr "
                     "eingereist sein.", "de", "8.000", "construction_workers", None, id="de-nordkoreaner-after-bauarbeiter"),
        pytest.param("Besides soldiers, Pyongyang also sends laborers to Russia. Some 12,000 arrived last year, Seoul says.",
                     "en", "12,000", "workers", None, id="en-bare-after-laborers"),
        pytest.param("Über die Hotline des Koordinierungsstabs für Kriegsgefangene haben sich 150 Nordkoreaner gemeldet.", "de",
                     "150", "other", None, id="de-nordkoreaner-never-the-captured-of-a-name"),
        # a quantifier with its verb opens a clause of its own: what befell "some" is not the figure's
        pytest.param("Officials said about 12,000 North Koreans were now in Russia, with some 9,000 of them near the front, "
                     "and that many had been wounded.", "en", "9,000", "troops_deployed", None,
                     id="en-and-that-many-had-been-wounded"),
        # a figure with no noun that adds to a kind named just before counts that kind
        pytest.param("Gut 9.000 Nordkoreaner reisten 2024 nach Russland ein, offiziell zum Studium, tatsächlich als Arbeiter "
                     "für Baustellen. Heuer kamen bislang weitere 2.500 hinzu.", "de", "2.500", "workers", None,
                     id="de-weitere-added-to-workers"),
        pytest.param("Some 6,000 North Koreans came to Russia last year, nominally to study but in fact as laborers on "
                     "building sites. Another 2,000 arrived this spring.", "en", "2,000", "workers", None,
                     id="en-another-added-to-workers"),
    ],
)
def test_quantities_of_the_twenty_fourth_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # an army's adjective with its army noun as the subject of losing, in the Konjunktiv too
        pytest.param("Die ukrainische Armee verliere nach russischer Darstellung täglich rund 900 Mann.", "de", "900",
                     "another country (ua)", id="de-die-ukrainische-armee-verliere"),
        pytest.param("The Russian army loses about 1,100 soldiers a day, London estimates.", "en", "1,100",
                     "another country (ru)", id="en-the-russian-army-loses"),
        # the North named as the subject of firing, after another's word opens the sentence
        pytest.param("Tokyo said the North had launched two ballistic missiles into the sea off its east coast.", "en", "two",
                     "own missile launches", id="en-the-north-had-launched-into-the-sea"),
        # launches and tests as the head after the figure, a nationality before it
        pytest.param("Seoul counted 14 North Korean missile launches in 2025.", "en", "14", "launches",
                     id="en-14-north-korean-missile-launches"),
        # the members of an alliance or the deputies of an assembly
        pytest.param("Defence ministers of the bloc's 27 members discussed the North Korean troops in Kursk.", "en", "27",
                     "members of a body", id="en-the-blocs-27-members"),
        pytest.param("None of the 687 deputies was told of the troops sent to Kursk.", "en",
                     "687", "member", id="en-687-deputies"),
        pytest.param("Die 32 Mitgliedstaaten der Nato berieten über die nordkoreanischen Soldaten in Russland.", "de", "32",
                     "member", id="de-32-mitgliedstaaten"),
        # a capacity: what a ship, a camp or a plane can hold
        pytest.param("Satellite images show a Russian ferry, a ship designed to carry up to 500 troops, docked near Rason.",
                     "en", "500", "capacity", id="en-designed-to-carry-up-to-500-troops"),
        pytest.param("Das Lager bei Wladiwostok bietet Platz für 3.000 Soldaten, berichtet ein Fachdienst.", "de", "3.000",
                     "capacity", id="de-bietet-platz-fuer"),
        pytest.param("Gesichtet wurde ein Frachter, der bis zu 600 Soldaten aufnehmen kann.", "de", "600", "capacity",
                     id="de-aufnehmen-kann"),
        # those a list names, adverbs between its verb and the figure
        pytest.param("Auf der Sanktionsliste der EU stehen nun zudem vier nordkoreanische Generäle.", "de", "vier", "list",
                     id="de-auf-der-liste-stehen-nun-zudem"),
        # "abgefangen" is intercepted, never taken prisoner; what an air defence made harmless is an attacker's
        pytest.param("+++ 06:10 Flugabwehr meldet 52 abgefangene Drohnen +++", "de", "52", "something else",
                     id="de-abgefangene-drohnen"),
        pytest.param("Die Flugabwehr habe in der Nacht nach eigenen Angaben 58 Raketen neutralisiert.", "de", "58",
                     "another side", id="de-flugabwehr-neutralisiert"),
        # a part of a base fronted with "von"/"of" that is no claim
        pytest.param("Von 90 nächtlichen Drohnen hat die Flugabwehr 71 abgewehrt.", "de", "71", "a part of the figure before",
                     id="de-von-90-drohnen-71"),
        # a question in a transcript with a vocative before its asking word
        pytest.param("MS. SINGH: We see about 11,000 of them in Kursk.\nQ: Sabrina, could that double to 22,000?", "en",
                     "22,000", "question", id="en-vocative-could-that-double"),
    ],
)
def test_not_claims_of_the_twenty_fourth_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # a compound's head "-leute" names people ("Ersatzleute"); builders and skilled workers together are no troops
        pytest.param("Später seien noch einmal rund 3.000 Ersatzleute nach Kursk nachgeführt worden.", "de", "3.000",
                     "troops_deployed", None, id="de-ersatzleute"),
        pytest.param("Rund 15.000 Bauarbeiter und Fachkräfte aus Nordkorea sind 2024 nach Russland eingereist.", "de",
                     "15.000", "workers", None, id="de-bauarbeiter-und-fachkraefte"),
        pytest.param("Rund 6.000 Pioniere und Bausoldaten sollen nach Kursk kommen.", "de", "6.000", "troops_planned", None,
                     id="de-pioniere-und-bausoldaten-still-troops"),
        # a German separable verb of rebuilding written as one word is the builders' task
        pytest.param("1.000 davon sollen Minen räumen, die übrigen 5.000 zerstörte Straßen und Brücken wiederaufbauen.", "de",
                     "5.000", "construction_workers", None, id="de-bruecken-wiederaufbauen"),
        # what was netted against a count after its clause ("Ausfälle verrechnet", "net of losses") is not what it counts
        pytest.param("Ihre Zahl wird vom NIS auf rund 11.000 geschätzt – Nachschub und Ausfälle gegeneinander verrechnet.",
                     "de", "11.000", "other", None, id="de-ausfaelle-verrechnet"),
        pytest.param("Die Zahl der Nordkoreaner in Kursk schätzt der NIS auf rund 11.000, Verluste bereits eingerechnet.",
                     "de", "11.000", "troops_deployed", None, id="de-verluste-eingerechnet"),
        pytest.param("Seoul puts the North Korean force in Kursk at about 11,000, net of losses.", "en", "11,000",
                     "troops_deployed", None, id="en-net-of-losses"),
        pytest.param("Seoul puts North Korean casualties at about 4,000, the wounded included.", "en", "4,000",
                     "casualties", "killed_or_wounded", id="en-wounded-included-still-casualties"),
        # "dass es N sein könnten": a count of what was named before, as "es seien N"
        pytest.param("Offiziell bestätigt hat Kiew nur 2 Gefangene. Eine Menschenrechtsorganisation in Seoul vermutet dagegen, "
                     "dass es bis zu 10 sein könnten.", "de", "bis zu 10", "captured", None, id="de-dass-es-bis-zu-10"),
        # an absolute "with" of another part opens a clause of its own: its "held" is not this figure's
        pytest.param("Fewer than 500 North Korean soldiers are deployed inside Ukraine, with the bulk of Pyongyang's forces "
                     "held in Russia's Kursk region.", "en", "500", "troops_deployed", None, id="en-with-the-bulk-held"),
        # a military summary's KIA and WIA; "in der Obhut" of a state is captivity; instructors are soldiers
        pytest.param("The brigade listed 31 North Korean soldiers as KIA and 44 as WIA after two days of assaults.", "en", "31",
                     "casualties", "killed", id="en-kia"),
        pytest.param("The brigade listed 31 North Korean soldiers as KIA and 44 as WIA after two days of assaults.", "en", "44",
                     "casualties", "wounded", id="en-wia"),
        pytest.param("Zwei nordkoreanische Soldaten befinden sich laut dem Koordinierungsstab weiterhin in der Obhut der "
                     "Ukraine.", "de", "Zwei", "captured", None, id="de-in-der-obhut"),
        pytest.param("About 1,500 North Korean instructors are already stationed in occupied Donetsk, Kyiv said.", "en",
                     "1,500", "troops_deployed", None, id="en-instructors"),
        # losses named as a cause or a purpose before a figure with no noun are not what it counts
        pytest.param("The North has rotated roughly 3,000 fresh troops into Kursk to make up for its losses and is expected "
                     "to dispatch a further 2,000 to 3,000 before winter.", "en", "2,000 to 3,000", "troops_planned", None,
                     id="en-make-up-for-its-losses-then-a-further"),
        pytest.param("Pyongyang has rotated in fresh units to make up for losses of about 3,800 men, commanders said.", "en",
                     "3,800", "casualties", "killed_or_wounded", id="en-losses-of-n-still-casualties"),
        # what cost them their lives; the fallen by a relative clause; an announcement with its particle at the clause end
        pytest.param("Rund 2.000 Nordkoreaner hat der Einsatz nach der Schätzung des Geheimdienstes das Leben gekostet.", "de",
                     "2.000", "casualties", "killed", id="de-das-leben-gekostet"),
        pytest.param("Die Zeitung hält fest: Rund 2.000 Nordkoreaner hat der Einsatz das Leben gekostet.", "de", "2.000",
                     "casualties", "killed", id="de-haelt-fest-colon-is-no-capture"),
        pytest.param("Kim Jong Un honoured 101 soldiers who fell in Russia at the ceremony, according to KCNA.", "en", "101",
                     "casualties", "killed", id="en-who-fell-in-russia"),
        pytest.param("Im Juni kündigte Schoigu 6.000 Helfer für den Raum Kursk an, 1.000 davon Minenräumer.", "de", "6.000",
                     "troops_planned", None, id="de-kuendigte-helfer-an"),
        # an estimate "at a minimum of" the next figure is that figure's words; "N sind es" points back
        pytest.param("It can easily spare the 11,000 troops sent to Russia, the ministry says in its report, which puts North "
                     "Korean deaths at a minimum of 500.", "en", "11,000", "troops_deployed", None,
                     id="en-deaths-at-a-minimum-of-next"),
        pytest.param("Nun schickt Kim junge Männer an eine Front, die weit entfernt liegt. Mindestens 11.000 sind es nach der "
                     "Rechnung des Geheimdienstes.", "de", "11.000", "troops_deployed", None, id="de-n-sind-es"),
        # a question of how many asks for a state: the bare answer counts it
        pytest.param("How many North Korean soldiers have died?\nRoughly 2,000, Seoul's intelligence agency told lawmakers.",
                     "en", "2,000", "casualties", "killed", id="en-how-many-have-died"),
        # ages set off after their people bound no figure's words
        pytest.param("The two men, 21 and 27, are being held near Kyiv, Ukraine's SBU security service said.", "en", "two",
                     "captured", None, id="en-two-men-ages-being-held"),
        # put together or standing ready for a sending to come; standing ready in a place is being there
        pytest.param("The agency said a further contingent of 6,000, made up of builders and deminers, is being assembled, and "
                     "that about 1,000 engineers have already reached Russia.", "en", "6,000", "troops_planned", None,
                     id="en-being-assembled"),
        pytest.param("Das Blatt fügt hinzu: „Tausende weitere Nordkoreaner stehen schon bereit.“", "de", "Tausende",
                     "troops_planned", None, id="de-stehen-schon-bereit"),
        pytest.param("Laut HUR stehen inzwischen rund 11.000 Nordkoreaner im Gebiet Kursk bereit.", "de", "11.000",
                     "troops_deployed", None, id="de-stehen-im-gebiet-bereit"),
        # knocked out of the fight; technicians are soldiers, at a plant workers
        pytest.param("Of an estimated 11,000 troops sent by Pyongyang, 4,000 had been knocked out of the fight, they said.", "en",
                     "4,000", "casualties", "killed_or_wounded", id="en-knocked-out-of-the-fight"),
        pytest.param("Hinzu kämen nach Angaben aus Kiew Hunderte nordkoreanische Techniker an der Front in Kursk.", "de",
                     "Hunderte", "troops_deployed", None, id="de-hunderte-techniker"),
        pytest.param("North Korea aims to post thousands of its technicians to Russian weapons plants, Kyiv's intelligence said.",
                     "en", "thousands", "workers", None, id="en-technicians-to-plants"),
        # an estimate of how many, told in the sentence before a bare figure
        pytest.param("Seoul's spy agency has raised its estimate of how many North Korean soldiers have died fighting for "
                     "Russia. The figure now stands at around 2,000.", "en", "2,000", "casualties", "killed",
                     id="en-estimate-of-how-many-have-died"),
        # finite "töten", a separable "umkommen", hospitals reached, no longer fit for combat, migrant workers, a fronted task
        pytest.param("Die ukrainischen Spezialkräfte töteten demnach 21 nordkoreanische Soldaten und nahmen drei gefangen.",
                     "de", "21", "casualties", "killed", id="de-toeteten"),
        pytest.param("Rund 30 Nordkoreaner kamen bei dem Drohnenangriff um, teilte Kiew mit.", "de", "30", "casualties",
                     "killed", id="de-kamen-um"),
        pytest.param("Some 1,500 North Koreans were evacuated to field hospitals, according to Kyiv.", "en", "1,500",
                     "casualties", "wounded", id="en-evacuated-to-hospitals"),
        pytest.param("About 600 North Koreans are no longer fit for combat, the NIS estimates.", "en", "600", "casualties",
                     "killed_or_wounded", id="en-no-longer-fit-for-combat"),
        pytest.param("Bis zu 20.000 Arbeitsmigranten aus Nordkorea sollen bis Jahresende in russischen Fabriken arbeiten.",
                     "de", "20.000", "workers", None, id="de-arbeitsmigranten"),
        pytest.param("Für die Entminung in Kursk habe Nordkorea bislang etwa 1.000 Spezialisten abgestellt.", "de", "1.000",
                     "sappers", None, id="de-fronted-task-spezialisten"),
        pytest.param("Die Verluste der nordkoreanischen Truppen lagen nach Angaben aus Kiew bei 1.300 Mann.", "de", "1.300",
                     "casualties", "killed_or_wounded", id="de-verluste-der-nordkoreanischen-truppen"),
        # a German aside of who says so goes on with the figure's clause
        pytest.param("Rund 3.000 Nordkoreaner, so der Sprecher, seien verwundet worden.", "de", "3.000", "casualties", "wounded",
                     id="de-so-der-sprecher-aside"),
        # people entered on work visas are workers; the figure before named again after its verb ("liegt sie bei")
        pytest.param("Mehr als 15.000 Nordkoreaner sind im vergangenen Jahr mit Arbeitsvisa nach Russland eingereist.", "de",
                     "15.000", "workers", None, id="de-mit-arbeitsvisa"),
        pytest.param("Das Innenministerium registrierte gut 8.000 Nordkoreaner, die mit Arbeitsvisa einreisten.", "de", "8.000",
                     "workers", None, id="de-die-mit-arbeitsvisa"),
        pytest.param("Some 13,000 North Koreans entered Russia on work visas last year.", "en", "13,000", "workers", None,
                     id="en-on-work-visas"),
        pytest.param("Die Zahl der Gefallenen dürfte bis Jahresende auf 3.000 steigen; derzeit, so der Generalstab, liegt sie "
                     "bei etwa 600.", "de", "600", "casualties", "killed", id="de-liegt-sie-bei"),
        # a part of a base is no ratio; wiped out; never made it home; signed off on sending; a hypothetical sending
        pytest.param("Die Ukraine hat zwei Gefangene – zwei von schätzungsweise 15.000 Männern, die Pjöngjang entsandt hat.",
                     "de", "15.000", "troops_deployed", None, id="de-zwei-von-15000-no-ratio"),
        pytest.param("Ukraine's Special Operations Forces said they had wiped out 21 North Korean soldiers.", "en", "21",
                     "casualties", "killed", id="en-wiped-out"),
        pytest.param("On the tally of Ukraine's military intelligence, around 2,000 of them never made it home.", "en",
                     "2,000", "casualties", "killed", id="en-never-made-it-home"),
        pytest.param("Kim Jong Un has signed off on sending another 6,000 personnel to Russia's Kursk region, Shoigu said.", "en",
                     "6,000", "troops_planned", None, id="en-signed-off-on-sending"),
        pytest.param("If Pyongyang were to rotate in another 10,000 soldiers this year, the IISS says, it would barely notice.",
                     "en", "10,000", "troops_planned", None, id="en-if-were-to"),
        # a sending confirmed; an expectation to "eventually reach"; a German "hält" right before its people (never "hält ...
        # für")
        pytest.param("Seoul's intelligence service confirmed the transfer of about 1,500 troops to Vladivostok, the opening "
                     "stage of a deployment it expects to eventually reach 12,000.", "en", "1,500", "troops_deployed", None,
                     id="en-confirmed-the-transfer-of"),
        pytest.param("Seoul's intelligence service confirmed the transfer of about 1,500 troops to Vladivostok, the opening "
                     "stage of a deployment it expects to eventually reach 12,000.", "en", "12,000", "troops_planned", None,
                     id="en-expects-to-eventually-reach"),
        pytest.param("Das Ungleichgewicht ist groß: Die Ukraine hält zwei Nordkoreaner, Russland mehr als 8.000 Ukrainer.", "de",
                     "zwei", "captured", None, id="de-haelt-zwei-nordkoreaner"),
        pytest.param("Seoul hält 11.000 Soldaten für eine realistische Zahl.", "de", "11.000", "troops_deployed", None,
                     id="de-haelt-fuer-is-no-capture"),
        # builders named as workers at building sites or on visas are a labour force; military builders stay builders
        pytest.param("Russian building sites absorbed thousands of North Korean construction workers in 2024, the NIS said.",
                     "en", "thousands", "workers", None, id="en-building-sites-construction-workers"),
        pytest.param("Der Nachrichtendienst geht davon aus, dass darunter Tausende Bauarbeiter waren, die mit Studentenvisa "
                     "getarnt würden.", "de", "Tausende", "workers", None, id="de-bauarbeiter-mit-studentenvisa"),
        pytest.param("Rund 5.000 Bauarbeiter sollen zerstörte Brücken in Kursk wieder aufbauen.", "de", "5.000",
                     "construction_workers", None, id="de-bauarbeiter-bruecken-still-builders"),
        # asked for and not yet sent; trained for a possible deployment; never "requested anonymity"
        pytest.param("Russia is seeking another 25,000 North Korean soldiers, according to Ukraine's intelligence.", "en",
                     "25,000", "troops_planned", None, id="en-seeking-another"),
        pytest.param("Intelligence suggests the North is training 20,000 soldiers for a possible deployment.", "en", "20,000",
                     "troops_planned", None, id="en-for-a-possible-deployment"),
        pytest.param("North Korea has rotated about 3,000 fresh soldiers into Kursk. The official, who requested anonymity, "
                     "said this brought the force back to around 11,000.", "en", "11,000", "troops_deployed", None,
                     id="en-requested-anonymity-is-no-request"),
        # what the North is paid per soldier is the topic's, whatever the rate ("a month")
        pytest.param("Russia pays Pyongyang about $2,000 a month for each soldier it sends, a think tank estimates.", "en",
                     "2,000", "other", None, id="en-paid-per-soldier-a-month"),
        pytest.param("Russland zahlt Nordkorea pro entsandtem Soldaten rund 2.000 Dollar im Monat.", "de", "2.000", "other",
                     None, id="de-pro-soldat-im-monat"),
    ],
)
def test_quantities_of_the_twenty_fifth_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # the number of a document or of a part of one: a parliamentary paper, a question, a margin number, resolutions
        pytest.param("In ihrer Antwort auf eine Kleine Anfrage (Drucksache 20/14712) nennt die Regierung 11.000 Soldaten.",
                     "de", "14712", "document reference", id="de-drucksache"),
        pytest.param("In der Antwort zu Frage 7 verweist sie auf 1.000 gefallene Nordkoreaner.", "de", "7",
                     "document reference", id="de-frage-7"),
        pytest.param("Plenarprotokoll 21/14: Auf die Frage (Randnummer 12) nannte sie rund 1.000 Pioniere.", "de", "12",
                     "document reference", id="de-randnummer"),
        pytest.param("The envoy said 1,000 North Korean soldiers had been killed, in breach of resolutions 1718 and 2270.", "en",
                     "2270", "document reference", id="en-resolutions-list"),
        pytest.param("Written question UIN 18532: the minister said more than 4,000 had been killed or wounded.", "en", "18532",
                     "document reference", id="en-uin"),
        pytest.param("Jahresrückblick, Teil 9 von 12: Im Juni kündigte Schoigu 6.000 Helfer an.", "de", "12", "page furniture",
                     id="de-teil-9-von-12"),
        # a fact box's label says what its figure counts; a measure's words never reach into the next line
        pytest.param("Nordkorea in Zahlen\nAtomsprengköpfe (Schätzung Sipri): rund 50\nEinwohner: rund 26 Millionen\n"
                     "Nach Russland entsandt (NIS): rund 15.000 Soldaten", "de", "50", "counts something else",
                     id="de-fact-box-label"),
        pytest.param("Nordkorea in Zahlen\nAtomsprengköpfe (Schätzung Sipri): rund 50\nEinwohner: rund 26 Millionen\n"
                     "Nach Russland entsandt (NIS): rund 15.000 Soldaten", "de", "26 Millionen", "counts something else",
                     id="de-fact-box-einwohner"),
        # a wage, never what the North is paid per soldier (below)
        pytest.param("North Korean labourers on Russian building sites are paid about $800 a month, a defector said.", "en",
                     "800", "a wage", id="en-800-a-month"),
        pytest.param("Nordkoreanische Arbeiter bekommen etwa 800 Dollar im Monat, berichtet der Sender über die Baustellen.",
                     "de", "800 Dollar", "a wage", id="de-800-dollar-im-monat"),
        # arms Russia fires at Ukraine, with the particle of "einsetzen"; the North's launches over a year; a country's people
        pytest.param("In der Nacht setzte Russland 112 Drohnen und sieben Raketen gegen ukrainische Städte ein. In Kursk kämpfen "
                     "6.000 Nordkoreaner.", "de", "sieben", "another side", id="de-setzte-gegen-staedte-ein"),
        pytest.param("North Korea, a country of 26 million, fired 38 ballistic missiles in 2023 and sent 11,000 troops to "
                     "Russia.", "en", "38", "the North's own missile launches", id="en-fired-in-2023"),
        pytest.param("North Korea, a country of 26 million, fired 38 ballistic missiles in 2023 and sent 11,000 troops to "
                     "Russia.", "en", "26 million", "population", id="en-a-country-of"),
        pytest.param("Umfrage: 62 Prozent sehen eine Gefahr (Realmeter, 10. bis 12. Dezember). Das Oberkommando zählt etwa "
                     "8.000 Nordkoreaner in Russland.", "de", "10", "day of a range", id="de-10-bis-12-dezember"),
        # list items numbered in words; an episode; an army of a million; another country's people past "-odd"; a past
        # state; a younger man's age; "fallen auf" is no death
        pytest.param("Three things from Seoul this week. One: the JCS said the North shipped 200 guns. Two: it put the number "
                     "of missiles sent at around 250.", "en", "Two", "list item", id="en-two-colon-list-item"),
        pytest.param("In episode 214 of the podcast, the editor said 1,000 North Koreans had arrived.", "en", "214",
                     "page furniture", id="en-in-episode"),
        pytest.param("Damals waren es rund 11.000 Soldaten – gemessen an den etwa 1,2 Millionen Mann, die Nordkorea unter Waffen "
                     "hält.", "de", "1,2 Millionen", "army size", id="de-millionen-mann"),
        pytest.param("North Korea has lost about 4,800 men, compared with 2,400-odd Americans in Afghanistan.", "en", "2,400",
                     "another country", id="en-odd-americans"),
        pytest.param("Die Sowjetunion verlor in zehn Jahren Afghanistan rund 15.000 Soldaten; Nordkorea verlor 5.000.", "de",
                     "15.000", "another country", id="de-sowjetunion"),
        pytest.param("Ukraine took two North Korean soldiers captive. The younger man is 20, the other 26.", "en", "20", "age",
                     id="en-younger-man-is"),
        pytest.param("Moderatorin: Zwei Dinge fallen auf, wenn man auf die 11.000 Nordkoreaner in Kursk schaut.", "de", "Zwei",
                     "counts something else", id="de-dinge-fallen-auf"),
        # another army's own losses past a source and a time; a rate of fire; the price of one shell; a shortfall
        pytest.param("Die russische Armee selbst verliert nach britischen Schätzungen an manchen Tagen über 1.000 Mann, in Kursk "
                     "kämpfen 11.000 Nordkoreaner.", "de", "über 1.000", "another country", id="de-armee-verliert-nach-schaetzungen"),
        # men counted as another country's losses
        pytest.param("Russia's losses that day came to 1,300 men, while North Korea lost 200.", "en", "1,300",
                     "another country", id="en-russias-losses-men"),
        pytest.param("Ein Geschütz der Nordkoreaner feuere bis zu 4 Schuss pro Minute.", "de", "4", "a rate of use",
                     id="de-schuss-pro-minute"),
        pytest.param("Die Herstellung einer Granate koste in Nordkorea weniger als 500 Dollar, heißt es in Kiew.", "de",
                     "500 Dollar", "the price of one piece", id="de-einer-granate-koste"),
        pytest.param("Novosibirsk is short of 4,500 to 5,000 construction hands and plans to fill part of the gap with 2,000 "
                     "North Koreans.", "en", "4,500 to 5,000", "shortfall", id="en-short-of"),
    ],
)
def test_not_claims_of_the_twenty_fifth_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # a non-governmental body that documents is a claimer of its own words, never the state of its city
        pytest.param("A Seoul-based human rights group believes there could be up to 10 North Korean prisoners.", "en",
                     "up to 10", "unresolved", "A Seoul-based human rights group", id="en-human-rights-group"),
        pytest.param("Eine Menschenrechtsorganisation in Seoul vermutet, dass bis zu 10 Nordkoreaner gefangen seien.", "de",
                     "bis zu 10", "unresolved", "Eine Menschenrechtsorganisation in Seoul", id="de-menschenrechtsorganisation"),
        # whose tally it is, named after "on the tally of"
        pytest.param("On the tally of Ukraine's military intelligence, around 2,000 of them never made it home.", "en", "2,000",
                     "ua_hur", "Ukraine's military intelligence", id="en-on-the-tally-of"),
    ],
)
def test_sources_of_the_twenty_fifth_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # a figure restated as "a figure that ... rose to" counts what the figure before counted
        pytest.param("An estimated 600 North Koreans have been killed in Kursk, a figure that South Korean lawmakers said "
                     "rose to 2,000 by April.", "en", "2,000", "casualties", "killed", id="en-a-figure-that-rose-to"),
        pytest.param("Rund 600 Nordkoreaner sollen in Kursk getötet worden sein – eine Zahl, die Seoul inzwischen auf 2.000 "
                     "korrigiert hat.", "de", "2.000", "casualties", "killed", id="de-eine-zahl-die-auf"),
        # the base "out of a force that ...": the losses before it are not its own
        pytest.param("About 2,000 were killed out of a contingent that peaked near 14,000, the NIS said.", "en", "14,000",
                     "troops_deployed", None, id="en-out-of-a-contingent-that-peaked"),
        pytest.param("Pyongyang lost roughly 2,000 troops killed in action out of a force that numbered close to 14,000.", "en",
                     "14,000", "troops_deployed", None, id="en-out-of-a-force-that-numbered"),
        # losses named as a cause after a bare figure are not what it counts
        pytest.param("As of February, roughly 8,000 remained in Kursk after heavy losses, Ukraine's GUR estimated.", "en",
                     "8,000", "troops_deployed", None, id="en-remained-after-heavy-losses"),
        pytest.param("Nach Angaben aus Kiew seien rund 8.000 nach schweren Verlusten noch in Kursk.", "de", "8.000",
                     "troops_deployed", None, id="de-nach-schweren-verlusten-noch"),
        # (the topic's own people as that subject keep their losses)
        pytest.param("Die Nordkoreaner verloren dort rund 1.200 Mann.", "de", "1.200", "casualties", "killed_or_wounded",
                     id="de-die-nordkoreaner-verloren"),
        # a total whose part, set off by a partitive, is named as the North's is a mixed force
        pytest.param("ISW assesses that Russia has massed roughly 50,000 troops for the Kursk counteroffensive, about 11,000 "
                     "of them North Korean.", "en", "50,000", "other", None, id="en-mixed-force-of-them-north-korean"),
        # a force said to be still there has been sent, whatever the plan the sentence tells beside it
        pytest.param("North Korea may send 25,000 additional troops, on top of the roughly 11,000 still there.", "en", "11,000",
                     "troops_deployed", None, id="en-on-top-of-the-still-there"),
        pytest.param("Nordkorea könnte weitere 25.000 Soldaten schicken – zusätzlich zu den rund 11.000, die noch vor Ort "
                     "sind.", "de", "11.000", "troops_deployed", None, id="de-die-noch-vor-ort-sind"),
        # "ones" stands for the noun named before; "sent in" is a verb's particle, no place
        pytest.param("Pyongyang has pulled back around 2,500 battle-worn soldiers and sent in 3,000 fresh ones, an official "
                     "said.", "en", "3,000", "troops_deployed", None, id="en-fresh-ones"),
        # the words before "and" are the figure before's: "are dead" is not what the next figure counts
        pytest.param("Of that figure, some 300 are dead and about 2,700 are injured, according to the agency.", "en", "2,700",
                     "casualties", "wounded", id="en-are-dead-and-are-injured"),
        pytest.param("Demnach sind rund 300 tot und etwa 2.700 verletzt.", "de", "2.700", "casualties", "wounded",
                     id="de-tot-und-verletzt"),
        # losses a sending makes good are not what it counts; a rotation said to be likely is a plan
        pytest.param("Russia has moved roughly 2,000 fresh North Korean troops into Kursk Oblast over the past two months to "
                     "make good its losses, HUR said.", "en", "2,000", "troops_deployed", None, id="en-to-make-good-its-losses"),
        pytest.param("A further rotation of 2,000 to 3,000 troops is likely in the summer, UK Defence Intelligence said.", "en",
                     "2,000", "troops_planned", None, id="en-rotation-is-likely"),
        # a second reported statement after ", and that" is not the figure's own words
        pytest.param("UK Defence Intelligence said North Korea had deployed 18,000 military personnel to Russia, including "
                     "about 6,000 engineers and builders, and that casualties over the period had reached roughly 6,500.", "en",
                     "6,000", "troops_deployed", None, id="en-and-that-casualties"),
        # "die Zählung" restates the figure before, as "die Zahl" does
        pytest.param("Der britische Militärgeheimdienst geht von über 6.000 getöteten oder verwundeten Nordkoreanern aus. Stand "
                     "Ende März hatte die Zählung aus London noch bei rund 5.000 gelegen.", "de", "5.000", "casualties",
                     "killed_or_wounded", id="de-die-zaehlung-bei"),
        # (never the North's, nor a unit's "its" after a dateline's city)
        pytest.param("North Korea has lost 1,000 of its soldiers in Kursk, Seoul says.", "en", "1,000", "casualties",
                     "killed_or_wounded", id="en-north-korea-lost-1000-of-its"),
        pytest.param("SEOUL, Dec 9 (Reuters) - Kim Jong Un told a ceremony for a returning engineer unit that nine of its "
                     "soldiers had died while clearing mines.", "en", "nine", "casualties", "killed", id="en-dateline-its-unit"),
        # a compound of losses and its tally counts losses
        pytest.param("Die Verlustbilanz der nordkoreanischen Truppen in Kursk beläuft sich nach Erkenntnissen des NIS "
                     "inzwischen auf etwa 3.000 Mann.", "de", "3.000", "casualties", "killed_or_wounded", id="de-verlustbilanz"),
        # a pace that holds takes nobody prisoner
        pytest.param("ISW assessed that North Korea could have as many as 30,000 troops in Russia by the end of the year if "
                     "the pace of the past three months holds.", "en", "30,000", "troops_planned", None, id="en-if-the-pace-holds"),
        # the base of a share named by its sender and verb ("Pyongyang first committed") counts troops; "up from" leans on
        # the figure before it, never on that base
        pytest.param("The North Korean contingent has lost in excess of 6,000 men killed or wounded, more than half of the "
                     "roughly 11,000 Pyongyang first committed, Britain's Defence Intelligence said, up from about 5,000 at "
                     "the end of March.", "en", "11,000", "troops_deployed", None, id="en-the-11000-pyongyang-first-committed"),
        pytest.param("The North Korean contingent has lost in excess of 6,000 men killed or wounded, more than half of the "
                     "roughly 11,000 Pyongyang first committed, Britain's Defence Intelligence said, up from about 5,000 at "
                     "the end of March.", "en", "5,000", "casualties", "killed_or_wounded", id="en-up-from-past-a-base"),
        # a clause gapped after a comma is its own: the relative clause before it is the figure before's
        pytest.param("Die ukrainische Seite beziffert das Kontingent auf bis zu 14.000 Soldaten, von denen 4.000 nicht mehr "
                     "einsatzfähig seien, Südkorea auf rund 15.000.", "de", "15.000", "troops_deployed", None,
                     id="de-gapped-after-a-relative-clause"),
        pytest.param("Kyiv puts the contingent at up to 14,000 soldiers, of whom 4,000 are out of action, Seoul at about "
                     "15,000.", "en", "15,000", "troops_deployed", None, id="en-gapped-after-a-relative-clause"),
        # an adverbial participle of the subject is not the figure's ("– while losing perhaps 6,000"); a figure set
        # "against" the one before counts what it counted
        pytest.param("Pyongyang has sent twice the number of troops it first committed – about 22,000 against an initial 11,000 "
                     "– while losing perhaps 6,000 to death and injury.", "en", "11,000", "troops_deployed", None,
                     id="en-while-losing-after-a-dash"),
        # a tabloid's verbs of loss and of killing
        pytest.param("Hundreds of Kim's troops obliterated in failed human-wave assault, a Pentagon spokesman said.", "en",
                     "Hundreds", "casualties", "killed_or_wounded", id="en-obliterated"),
        pytest.param("Around 200 North Korean soldiers were mown down in a single assault near Sudzha, Kyiv said.", "en", "200",
                     "casualties", "killed", id="en-mown-down"),
        # those trying to get away are counted for what they try, not as a force sent
        pytest.param("A Ukrainian brigade commander said that up to 20 of Kim's soldiers a week are trying to slip away from "
                     "their units.", "en", "20", "other", None, id="en-trying-to-slip-away"),
        pytest.param("Jede Woche versuchen nach Angaben eines ukrainischen Offiziers bis zu 20 Nordkoreaner überzulaufen.", "de",
                     "20", "other", None, id="de-versuchen-ueberzulaufen"),
        # those no longer alive are dead
        pytest.param("Pjöngjang hat rund 14.000 Soldaten nach Russland geschickt, von denen etwa 600 nicht mehr leben.", "de",
                     "600", "casualties", "killed", id="de-nicht-mehr-leben"),
        # a clause right after a figure that names what its people are ("es handle sich um Pioniere", "all of them
        # engineers"); never "most of them"
        pytest.param("Pjöngjang wolle nun weitere 6.000 Mann schicken; rund 1.000 davon seien bereits eingetroffen, es handle "
                     "sich um Pioniere.", "de", "1.000", "sappers", None, id="de-es-handle-sich-um-pioniere"),
        pytest.param("Pyongyang plans to send 6,000 more, and about 1,000 have already arrived, all of them engineers, the "
                     "lawmaker said.", "en", "1,000", "sappers", None, id="en-all-of-them-engineers"),
        pytest.param("Pyongyang could soon add up to 6,000 more men, most of them engineers, Budanov said.", "en", "6,000",
                     "troops_planned", None, id="en-most-of-them-engineers"),
        # a force's size owned by it ("its roughly 11,000-strong contingent") is there, whatever is planned for it
        pytest.param("Pyongyang is preparing to rotate or reinforce its roughly 11,000-strong contingent, the Joint Chiefs said.",
                     "en", "11,000", "troops_deployed", None, id="en-its-11000-strong-contingent"),
        # ", as" opens a clause of its own: the killing before it is not the engineers'
        pytest.param("At least 3 people were killed in a Russian strike on Sumy, officials said, as 1,000 North Korean engineers "
                     "arrived in the neighbouring Kursk region.", "en", "1,000", "sappers", None, id="en-as-opens-a-clause"),
        # wounded men picked up or overpowered were taken
        pytest.param("Die zwei Männer wurden nach Angaben des SBU verwundet im Gebiet Kursk aufgegriffen und nach Kiew gebracht.",
                     "de", "zwei", "captured", None, id="de-verwundet-aufgegriffen"),
        pytest.param("Fallschirmjäger sollen im Gebiet Kursk zwei verwundete Soldaten aus dem Norden Koreas überwältigt haben, "
                     "teilt Kiew mit.", "de", "zwei", "captured", None, id="de-verwundete-ueberwaeltigt"),
        # a question of how many are held asks for the captured
        pytest.param("Insgesamt setzt Russland rund 12.000 Nordkoreaner ein. Wie viele sind in Gefangenschaft? Bestätigt sind "
                     "zwei.", "de", "zwei", "captured", None, id="de-wie-viele-in-gefangenschaft"),
        pytest.param("Russia uses about 12,000 North Koreans. How many has Ukraine captured? Two, the SBU says.", "en", "Two",
                     "captured", None, id="en-how-many-captured"),
        # the noun right after the figure before a semicolon is that figure's own
        pytest.param("Nach seinen Worten sind rund 4.000 von ihnen getötet oder verwundet worden, darunter 1.500 Gefallene; nur "
                     "zwei seien lebend gefangen genommen worden.", "de", "zwei", "captured", None,
                     id="de-gefallene-semicolon-zwei-gefangen"),
        # (a counter word past the semicolon still counts the noun named before: "Raketen ...; mindestens 60 Stück")
        pytest.param("Russland hat auch nordkoreanische Raketen vom Typ KN-23 eingesetzt; mindestens 60 Stück sollen geliefert "
                     "worden sein.", "de", "60", "munitions", None, id="de-raketen-semicolon-60-stueck"),
        # soldiers selected or trained for a sending still to come, or at home, are planned, whatever "derzeit" says
        pytest.param("Vor Journalisten sprach er von bis zu 5.000 Mann, die derzeit für einen Einsatz ausgebildet würden.", "de",
                     "5.000", "troops_planned", None, id="de-fuer-einen-einsatz-ausgebildet"),
        pytest.param("Bis zu 10.000 zusätzliche Rekruten würden derzeit im Osten des Landes ausgebildet, sagt der Koreanist.",
                     "de", "10.000", "troops_planned", None, id="de-im-osten-des-landes-ausgebildet"),
        pytest.param("Up to 3,000 soldiers are being selected and trained for another deployment, lawmakers said.", "en",
                     "3,000", "troops_planned", None, id="en-selected-and-trained"),
        # (never those trained in Russia before they moved on)
        pytest.param("About 11,000 troops were trained in Russia's Far East before moving to Kursk, the NIS said.", "en",
                     "11,000", "troops_deployed", None, id="en-trained-in-the-far-east"),
        # "den Umfang ... auf" restates the size of what was named before
        pytest.param("Nordkorea schickt weitere Soldaten nach Russland. Die Abgeordneten bezifferten den Umfang nach der "
                     "Unterrichtung auf mehrere Tausend.", "de", "mehrere Tausend", "troops_deployed", None,
                     id="de-den-umfang-auf"),
    ],
)
def test_quantities_of_the_twenty_sixth_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # the subject of a passive verb of belief is not its claimer, past an adverb ("is also believed")
        pytest.param("The North is also believed to have shipped more than 200 howitzers, one official said.", "en",
                     "200", "unresolved", "official", id="en-is-also-believed"),
        # an interview's answer under a label that names no one: the person in its parentheses, else the interviewee the
        # heading names; a surname labelling an answer on the question's line
        pytest.param("n-tv, Interview mit einem Sprecher des britischen Verteidigungsministeriums. Frage: Wie hoch sind die "
                     "Verluste der Nordkoreaner? Antwort: Wir gehen davon aus, dass knapp unter 4.000 getötet oder verwundet "
                     "wurden.", "de", "4.000", "uk_intelligence", "einem Sprecher des britischen Verteidigungsministeriums",
                     id="de-interview-mit-antwort"),
        pytest.param("Q&A with a Ukrainian drone battalion commander. Q: Who were you up against? A: Mostly riflemen, hundreds "
                     "of them in a single assault.", "en", "hundreds", "ua_military", "a Ukrainian drone battalion commander",
                     id="en-q-and-a-with"),
        pytest.param("Q: How many North Koreans are fighting now? A (Ukrainian MP Olena Savchuk): In the region of 8,000 are "
                     "still at the front.", "en", "8,000", "ua_lawmakers", "Ukrainian MP Olena Savchuk",
                     id="en-a-with-parentheses"),
        pytest.param("Frage: Herr Brandauer, wie viele Nordkoreaner kämpfen im Moment an der Seite der Russen? Brandauer: Nach "
                     "allem, was wir wissen, sind das so um die elftausend Mann.", "de", "elftausend", "unresolved", "Brandauer",
                     id="de-surname-answers-inline"),
    ],
)
def test_sources_of_the_twenty_sixth_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a feared or rumoured figure the text sets aside for another
        pytest.param("Statt der befürchteten 30.000 würden eher 6.000 weitere Nordkoreaner kommen, sagte Budanow.", "de",
                     "30.000", "corrected", id="de-statt-der-befuerchteten"),
        pytest.param("Rather than the rumoured 30,000, some 6,000 more North Koreans are expected, Budanov said.", "en",
                     "30,000", "corrected", id="en-rather-than-the-rumoured"),
        # the people by their demonym as the subject of losing: their own losses
        pytest.param("Die Russen verloren am selben Frontabschnitt demnach rund 1.200 Mann.", "de", "1.200",
                     "another country", id="de-die-russen-verloren"),
        pytest.param("The Russians lost about 1,200 men in the same sector, Kyiv said.", "en", "1,200", "another country",
                     id="en-the-russians-lost"),
        # a speed is a measure
        pytest.param("The drones, which killed 40 North Korean soldiers, fly at up to 150 kph.", "en", "150", "speed",
                     id="en-kph"),
        # "both (men) are 21": the age of the two named before
        pytest.param("The two North Korean soldiers have written a letter. Both men are now 21.", "en", "21", "age",
                     id="en-both-men-are-now-21"),
        pytest.param("Die beiden Gefangenen seien gesund, sagte der SBU. Beide sind erst 19.", "de", "19", "age",
                     id="de-beide-sind-erst-19"),
        # "of its soldiers" of the country that opens the sentence as its subject (past a dateline) is that country's own
        pytest.param("KYIV, Ukraine (AP) — Ukraine got 1,200 of its soldiers back in a swap with Russia on Friday.", "en",
                     "1,200", "own people", id="en-1200-of-its-soldiers-back"),
        pytest.param("Die Ukraine bekam 1.200 ihrer Soldaten zurück, die beiden Nordkoreaner aber nicht.", "de", "1.200",
                     "own people", id="de-1200-ihrer-soldaten"),
        # a number to dial: a short code after its label, a free line with its trunk "0" set off
        pytest.param("Erreichbar ist das Projekt „Ich will leben“ auch unter der Kurznummer 688, sagte ein Sprecher.", "de",
                     "688", "short code", id="de-kurznummer"),
        # the size of a committee: "13-köpfig"
        pytest.param("Zwei Mitglieder des 13-köpfigen Geheimdienstausschusses gaben die Zahl von 2.000 Toten weiter.", "de", "13",
                     "membership", id="de-13-koepfig"),
        # a place "home to" its people: a population
        pytest.param("The Koksan can hit Ukrainian cities such as Sumy, home to about 250,000 people before the war, from Russian "
                     "soil, where some 11,000 North Korean troops are based.", "en", "250,000", "population",
                     id="en-home-to-people"),
        # a figure whose period ends long before the topic tells history (the Korean War)
        pytest.param("Im Juni 1950 hatten etwa 135.000 nordkoreanische Soldaten die Grenze überschritten. Heute sind es rund "
                     "11.000.", "de", "135.000", "long before the topic", id="de-juni-1950"),
        pytest.param("Damals, von 1950 bis 1953, standen ihnen rund 300.000 UN-Soldaten gegenüber.", "de", "300.000",
                     "long before the topic", id="de-1950-bis-1953"),
        # the price of one piece with its subject after the verb
        pytest.param("Auf den Märkten von Pjöngjang kostet ein Kilogramm Reis inzwischen rund 7.000 Won. Rund 12.000 Soldaten "
                     "dienen in Russland.", "de", "7.000 Won", "price of one piece", id="de-kostet-ein-kilogramm"),
        # a figure coordinated with one that counts something else, its predicate left out, counts the same
        pytest.param("Russia fired 97 drones and an Iskander-M missile at Ukraine overnight, the air force said, adding that 61 "
                     "were shot down and 34 lost to electronic jamming. Separately, Ukraine's special forces say they killed 35 "
                     "North Korean infantrymen.", "en", "34", "arms another side uses", id="en-61-shot-down-and-34-lost"),
        # a daily use of shells in one compound ("Tagesverbrauch"): a rate of use, not arms sent
        pytest.param("Bei einem Tagesverbrauch von rund 10.000 Schuss wären das 4.000 nordkoreanische Granaten täglich, sagt der "
                     "südkoreanische Generalstab.", "de", "10.000", "rate of use", id="de-tagesverbrauch"),
        # victims of a Russian attack in a clause of their own, past ", as" and a clause that names the North's people
        pytest.param("At least 3 people were killed in a Russian strike on Sumy, officials said, as 1,000 North Korean engineers "
                     "arrived in the neighbouring Kursk region.", "en", "3", "victims of a Russian attack",
                     id="en-victims-as-clause"),
    ],
)
def test_not_claims_of_the_twenty_sixth_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


def test_a_new_lot_of_the_same_size_is_its_own_claim():
    """"pulled back around 3,000 ... and sent in 3,000 fresh ones": two lots of one size, two claims (never a repeat)."""
    for text, language in (("Pyongyang has pulled back around 3,000 battle-worn soldiers and sent in 3,000 fresh ones, an "
                            "official said.", "en"),
                           ("Pjöngjang habe rund 3.000 erschöpfte Soldaten abgezogen und 3.000 frische Kräfte geschickt, "
                            "hieß es aus Kiew.", "de")):
        claims = extract_claims(text, published="2025-06-01", language=language)
        assert claims.height == 2, text


@pytest.mark.parametrize(("text", "number", "quantity"), [
    ("HINTERGRUND\n- Soldaten: rund 11.000 ab Oktober 2024, Anfang 2025 weitere 3.000 (Schätzung Südkoreas)", "3.000",
     "troops_deployed"),
    ("FACTBOX\n- Troops: about 11,000 from October 2024, another 3,000 in early 2025 (South Korean estimate)", "11,000",
     "troops_deployed"),
    # (a period still to come keeps the plan)
    ("FACTBOX\n- Troops: another 6,000 from September 2025 (Shoigu)", "6,000", "troops_planned"),
])
def test_a_fact_box_line_without_a_verb_tells_the_past_by_its_dates(text, number, quantity):
    """A fact box's line has no verb: a period begun before the publication happened; "weitere"/"another" only adds."""
    row = _claim_of(text, "de" if "Soldaten" in text else "en", "2025-05-10", number, only=False)
    assert row["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # an age told of the elder or younger of several named after it, or of most of a group by its bound
        pytest.param("Der Jüngere der beiden Gefangenen ist 21, der Ältere 26; gefasst wurden sie im Januar in Kursk.", "de",
                     "21", "age", id="de-der-juengere-der-beiden"),
        pytest.param("Seoul puts the number of North Koreans sent to Russia at roughly 11,000. Most are under 30.", "en",
                     "30", "age", id="en-most-are-under"),
        pytest.param("Rund 11.000 Nordkoreaner sollen in Kursk kämpfen. Die meisten von ihnen sind unter 25, heißt es.", "de",
                     "25", "age", id="de-die-meisten-sind-unter"),
        # a page's counter ("page 2 of 7") and a thread's ("(2/2)") are page furniture
        pytest.param("Pentagon Press Secretary Holds a Press Briefing, Nov. 4, 2024 — page 2 of 7. RYDER: By our estimate there "
                     "are now about 10,000 North Korean troops in eastern Russia.", "en", "7", "page furniture",
                     id="en-page-2-of-7"),
        pytest.param("North Korean forces in Kursk have likely suffered over 6,000 casualties since deploying last autumn. (2/2) "
                     "The high rate reflects Russia's use of attritional assaults.", "en", "2", "page furniture",
                     id="en-thread-counter"),
        # a station's name after a word for a broadcaster, its number with it
        pytest.param("Im Gebiet Kursk werden etwa 250 verletzte Nordkoreaner behandelt. Das sagte Gouverneur Chinstein dem "
                     "Staatssender Rossija 24.", "de", "24", "designation", id="de-staatssender-rossija-24"),
        # "N of its soldiers" after the country whose count it is: that country's own people
        pytest.param("Zelensky offered to swap the two North Koreans for Ukrainians held in Russia, where by Kyiv's count more "
                     "than 8,000 of its soldiers are prisoners.", "en", "8,000", "counts a country's own people",
                     id="en-by-kyivs-count-its-soldiers"),
    ],
)
def test_not_claims_of_the_twenty_seventh_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # the force the killed and wounded are among, past any adverbs and hedges: it counts the force
        pytest.param("Die Ausfälle unter den ursprünglich rund 11.000 entsandten Soldaten belaufen sich laut London auf über "
                     "6.000 Tote und Verwundete.", "de", "11.000", "troops_deployed", None, id="de-ausfaelle-unter-den-urspruenglich"),
        pytest.param("The agency puts the losses at some 3,000 killed and wounded among roughly 11,000 men sent to the Kursk "
                     "front.", "en", "11,000", "troops_deployed", None, id="en-killed-and-wounded-among"),
        # a clause after a semicolon with a subject and a verb of its own: the losses before it are not its words
        pytest.param("Roughly 200 North Korean soldiers have been killed or wounded since Monday, Kyiv said; the North's force in "
                     "the oblast is about 11,000 strong.", "en", "11,000", "troops_deployed", None,
                     id="en-semicolon-own-subject"),
        # an adverbial participle governing the next figure is that figure's: "after losing roughly 4,000"
        pytest.param("About 8,000 North Korean soldiers remain in Kursk after losing roughly 4,000 men, Budanov said.", "en",
                     "8,000", "troops_deployed", None, id="en-remain-after-losing"),
        pytest.param("About 8,000 North Korean soldiers remain in Kursk after losing roughly 4,000 men, Budanov said.", "en",
                     "4,000", "casualties", "killed_or_wounded", id="en-after-losing-its-own"),
        # who surrendered are prisoners, in any tense; wanting to surrender is reaching out
        pytest.param("Bis zu 30 Nordkoreaner sollen sich nach Angaben eines ukrainischen Brigadekommandeurs bei Gefechten im "
                     "Gebiet Kursk ergeben haben.", "de", "30", "captured", None, id="de-sollen-sich-ergeben-haben"),
        pytest.param("At least 30 North Koreans have surrendered since January, a Ukrainian commander said.", "en", "30",
                     "captured", None, id="en-have-surrendered"),
        pytest.param("Rund 200 hätten sich nach Angaben des Dienstes ergeben wollen.", "de", "200", "other", None,
                     id="de-ergeben-wollen-stays-other"),
        # a coming in a condition is still to come, the German condition opened by its conjunction or its verb
        pytest.param("Der Generalstab geht von rund 11.000 Nordkoreanern aus. Wenn weitere 3.000 hinzukommen, wäre das "
                     "Kontingent so groß wie nie.", "de", "3.000", "troops_planned", None, id="de-wenn-hinzukommen"),
        pytest.param("Der Generalstab geht von rund 11.000 Nordkoreanern aus. Kommen die 3.000 Soldaten hinzu, wäre das "
                     "Kontingent so groß wie nie.", "de", "3.000", "troops_planned", None, id="de-kommen-hinzu-waere"),
        pytest.param("Seoul says 11,000 North Korean troops are in Kursk. If the 3,000 soldiers arrive, the contingent would "
                     "be the largest yet.", "en", "3,000", "troops_planned", None, id="en-if-they-arrive"),
        # a total of two kinds of personnel keeps them both, whatever task its clause gives; a single kind takes the task
        pytest.param("North Korea will send 6,000 military engineers and construction workers to Russia's Kursk region to help "
                     "rebuild it, a Russian official said.", "en", "6,000", "troops_planned", None,
                     id="en-engineers-and-builders-to-rebuild"),
        pytest.param("North Korea will send 6,000 soldiers to Russia's Kursk region to help rebuild it, a Russian official said.",
                     "en", "6,000", "construction_workers", None, id="en-soldiers-to-rebuild"),
        # "head" after a modal is a verb of going only with its direction: "the head of ..." is a noun
        pytest.param("About 11,000 North Korean soldiers are being trained in eastern Russia and will be ready for combat by "
                     "Nov. 1, the head of Ukraine's military intelligence said.", "en", "11,000", "troops_deployed", None,
                     id="en-the-head-of-is-a-noun"),
        pytest.param("Some 3,000 more North Korean troops will head to Kursk next month, Seoul said.", "en", "3,000",
                     "troops_planned", None, id="en-will-head-to"),
        # the plural verb of working in the past counts workers; a claimer's own singular "arbeitet" does not
        pytest.param("Bereits jetzt arbeiteten dort etwa 1.000 Nordkoreaner, berichtete der ukrainische Militärgeheimdienst.",
                     "de", "1.000", "workers", None, id="de-arbeiteten-dort"),
        pytest.param("Die Koreaforscherin Maren Oskarsson, die seit 15 Jahren zu Nordkorea arbeitet, geht davon aus, dass etwa "
                     "14.000 Nordkoreaner in Russland stationiert sind.", "de", "14.000", "troops_deployed", None,
                     id="de-claimer-arbeitet"),
        # wishing or hoping to surrender is reaching out, like wanting to
        pytest.param("The headquarters has received 27 requests via its hotline from North Koreans wishing to surrender.", "en",
                     "27", "other", None, id="en-wishing-to-surrender"),
        # "already" with any verb of sending or supplying: "it has already committed"
        pytest.param("The North appeared to be preparing to send up to 1,000 additional troops, on top of the roughly 11,000 it "
                     "has already committed.", "en", "11,000", "troops_deployed", None, id="en-already-committed"),
        # the fallen by a relative clause without its pronoun, past who says so
        pytest.param("State television aired footage of Kim honouring 101 soldiers it says fell 'liberating' Kursk.", "en", "101",
                     "casualties", "killed", id="en-soldiers-it-says-fell"),
        # "sie" put at a figure of men, past the words between: the losses named before
        pytest.param("Nordkoreas Verluste in Kursk könnten höher liegen als angenommen. Analysten der Denkfabrik CSIS "
                     "veranschlagen sie in einer neuen Studie auf 5.000 bis 6.000 Mann.", "de", "5.000", "casualties",
                     "killed_or_wounded", id="de-veranschlagen-sie-auf-mann"),
        pytest.param("Die nordkoreanische Truppe ist groß. Der Dienst beziffert sie auf 11.000 Mann.", "de", "11.000",
                     "troops_deployed", None, id="de-beziffert-sie-truppe"),
        # the German "will" before a qualifier claims; it plans nothing
        pytest.param("Der ukrainische Militärgeheimdienst HUR will rund 12.000 nordkoreanische Soldaten in Russland ausgemacht "
                     "haben.", "de", "12.000", "troops_deployed", None, id="de-will-ausgemacht-haben"),
        # a month to come before a modal of likelihood with "sein": what the number will come to
        pytest.param("Nordkorea hat inzwischen rund 3.000 Soldaten in den Osten Russlands gebracht, bis Dezember dürften es "
                     "etwa 10.000 sein, sagen Abgeordnete.", "de", "10.000", "troops_planned", None,
                     id="de-bis-dezember-duerften-es-sein"),
        # a figure another claimer sets against the one before counts what that one counts
        pytest.param("Ukraine's General Staff counts roughly 4,000 North Korean dead and wounded, but South Korea's intelligence "
                     "service, briefing lawmakers the same day, stuck to about 3,000.", "en", "3,000", "casualties",
                     "killed_or_wounded", id="en-but-stuck-to"),
        pytest.param("Während Kiew inzwischen 3.800 tote und verwundete Nordkoreaner zählt, bleibt der NIS mit etwa 3.000 deutlich "
                     "darunter – ein Abstand, den Beobachter mit unterschiedlichen Zählweisen erklären.", "de", "3.000",
                     "casualties", "killed_or_wounded", id="de-waehrend-bleibt-darunter"),
        pytest.param("While Kyiv counts 3,800 North Korean dead and wounded, Seoul says some 11,000 North Korean troops remain in "
                     "Kursk.", "en", "11,000", "troops_deployed", None, id="en-while-own-noun"),
        # a suspended first part of a compound of another kind: "Bau- und Pioniersoldaten" are a total of both
        pytest.param("Derzeit stünden etwa 12.000 nordkoreanische Militärangehörige in Russland, darunter 6.000 Bau- und "
                     "Pioniersoldaten.", "de", "6.000", "troops_deployed", None, id="de-bau-und-pioniersoldaten"),
        pytest.param("Nordkorea hat 3.000 Minen- und Kampfmittelräumer nach Kursk geschickt.", "de", "3.000", "sappers", None,
                     id="de-minen-und-kampfmittelraeumer"),
        # a figure added to restates what the figure before counted: "on top of the several hundred"
        pytest.param("We assess they've taken roughly 1,000 casualties, killed and wounded, in the past week alone. That's on top "
                     "of the several hundred we talked about earlier this month.", "en", "several hundred", "casualties",
                     "killed_or_wounded", id="en-on-top-of-the"),
        # a time gone by in a figure's own words tells what was, whatever the sentence plans
        pytest.param("British intelligence believes North Korea could have 25,000 soldiers in Russia by the end of the year, "
                     "against roughly 11,000 on the Kursk front last winter.", "en", "11,000", "troops_deployed", None,
                     id="en-against-last-winter"),
        pytest.param("Bis Jahresende könnten es 25.000 Soldaten werden, nach rund 11.000 im vergangenen Winter.", "de", "11.000",
                     "troops_deployed", None, id="de-im-vergangenen-winter"),
        # a few people by their article, named in the sentence before as held, are the prisoners
        pytest.param("Both North Korean soldiers held by Ukraine since January want to start new lives in South Korea. Jang "
                     "Se-yul said the two men, aged 21 and 25, made the plea while being filmed.", "en", "two", "captured",
                     None, id="en-the-two-men-held-before"),
        pytest.param("Seoul says North Korea has sent more soldiers to Russia. Officials said the two generals had arrived in "
                     "Moscow on Monday.", "en", "two", "troops_deployed", None, id="en-the-two-no-prisoners-before"),
        # the perfect passive never reads across a colon or past a modal
        pytest.param("Die Einschätzung aus Seoul ist deutlich: Bis zu 30.000 weitere Nordkoreaner könnten in den kommenden "
                     "Monaten nach Russland verlegt werden.", "de", "30.000", "troops_planned", None,
                     id="de-ist-colon-koennten-verlegt"),
        # being somewhere by a time to come, under a modal of likelihood
        pytest.param("Bis Jahresende dürften nach Einschätzung des Pentagons rund 10.000 nordkoreanische Soldaten im Raum Kursk "
                     "stehen.", "de", "10.000", "troops_planned", None, id="de-bis-jahresende-duerften-stehen"),
        # the count up to now, or at a time gone by, in a figure's own words
        pytest.param("The CSIS team expects the total number of North Koreans who have served in Russia could reach 30,000 by the "
                     "end of the year, against some 15,000 so far.", "en", "15,000", "troops_deployed", None,
                     id="en-against-so-far"),
        pytest.param("North Korea has moved about 3,000 soldiers into Russia, double the 1,500 it flagged last week, and expects "
                     "the total to swell to 10,000 by December.", "en", "1,500", "troops_deployed", None,
                     id="en-flagged-last-week"),
        # another count of the figure before ("had a lower count in March – about 4,000") counts what it counted
        pytest.param("North Korea has lost about 6,000 killed and wounded, British intelligence says. South Korea's joint chiefs "
                     "had a lower count in March – about 4,000 – and reported that 3,000 reinforcements had arrived.", "en",
                     "4,000", "casualties", "killed_or_wounded", id="en-had-a-lower-count"),
        # the participle "killing" governs the figure after it; the force before it is the force
        pytest.param("The brigade says it beat back an assault near Sudzha by around 200 North Korean infantry, killing 47 of "
                     "them.", "en", "47", "casualties", "killed", id="en-killing-47-of-them"),
        pytest.param("The brigade says it beat back an assault near Sudzha by around 200 North Korean infantry, killing 47 of "
                     "them.", "en", "200", "troops_deployed", None, id="en-killing-not-the-force"),
        # the wounded taken prisoner are prisoners
        pytest.param("Die Truppen Kim Jong Uns haben rund 3.000 Tote und Verwundete zu beklagen. Zwei Verwundete aus ihren Reihen "
                     "befinden sich nach Angaben Kiews in ukrainischer Gefangenschaft.", "de", "Zwei", "captured", None,
                     id="de-zwei-verwundete-in-gefangenschaft"),
        # who did not come back alive are dead
        pytest.param("Von der Minenräumung in Kursk kehrten neun Soldaten nicht lebend heim, räumte Kim Jong Un ein.", "de",
                     "neun", "casualties", "killed", id="de-nicht-lebend-heim"),
        pytest.param("Nine members of the regiment did not return alive, KCNA admitted.", "en", "Nine", "casualties", "killed",
                     id="en-did-not-return-alive"),
        # a German genitive by its possessive takes a part of a base: "rund 300 ihrer etwa 3.000 Soldaten verloren"
        pytest.param("Die Einheit des Mannes hat binnen weniger Tage rund 300 ihrer etwa 3.000 Soldaten verloren.", "de", "300",
                     "casualties", "killed_or_wounded", id="de-300-ihrer-3000-part"),
        pytest.param("Die Einheit des Mannes hat binnen weniger Tage rund 300 ihrer etwa 3.000 Soldaten verloren.", "de",
                     "3.000", "troops_deployed", None, id="de-300-ihrer-3000-base"),
        pytest.param("Damit habe Nordkorea mehr als die Hälfte seines ursprünglich etwa 11.000 Mann starken Kontingents "
                     "verloren.", "de", "11.000", "troops_deployed", None, id="de-haelfte-seines-kontingents-verloren"),
        # a unit as the subject after a fronted phrase, right before its strength in men
        pytest.param("Nach südkoreanischen Angaben soll das Pionierregiment rund 1.000 Mann umfasst haben.", "de", "1.000",
                     "sappers", None, id="de-soll-das-pionierregiment-mann"),
        pytest.param("Nach südkoreanischen Angaben soll die Baubrigade rund 5.000 Mann umfassen.", "de", "5.000",
                     "construction_workers", None, id="de-soll-die-baubrigade-mann"),
        # a force the two countries have fielded together is mixed; a pact they have signed is no force
        pytest.param("Russia and North Korea have deployed some 50,000 troops to Kursk, including about 11,000 North Koreans, "
                     "a US official said.", "en", "50,000", "other", None, id="en-russia-and-north-korea-have-deployed"),
        pytest.param("Russia and North Korea have signed a pact under which Pyongyang sent about 11,000 troops.", "en",
                     "11,000", "troops_deployed", None, id="en-russia-and-north-korea-have-signed"),
        # "insgesamt seien es damit vier": the running total of what was counted before
        pytest.param("Die Ukraine hat nach eigenen Angaben im Raum Kursk zwei weitere nordkoreanische Soldaten gefangen genommen; "
                     "insgesamt seien es damit vier.", "de", "vier", "captured", None, id="de-insgesamt-seien-es-damit"),
    ],
)
def test_quantities_of_the_twenty_seventh_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # who sticks to a figure gives it: "stuck to", "bleibt ... darunter"
        pytest.param("Ukraine's General Staff counts roughly 4,000 North Korean dead and wounded, but South Korea's intelligence "
                     "service stuck to about 3,000.", "en", "3,000", "kr_nis", "South Korea's intelligence service",
                     id="en-stuck-to"),
        pytest.param("Während Kiew inzwischen 3.800 tote und verwundete Nordkoreaner zählt, bleibt der NIS mit etwa 3.000 deutlich "
                     "darunter.", "de", "3.000", "kr_nis", "der NIS", id="de-bleibt-darunter"),
        # a transcript's speaker label inside a line, after a sentence's end, with its title: the heading's person
        pytest.param("Department Press Briefing, December 16, 2024, 1:14 p.m. – Matthew Miller, Spokesperson. MR MILLER: We "
                     "have seen the DPRK suffer several hundred casualties in Kursk over the past week.", "en",
                     "several hundred", "us_government", "MR MILLER", id="en-inline-speaker-label"),
        # a text's heading that names a body's periodic update: the sentences after it are its words
        pytest.param("Latest Defence Intelligence update on the situation in Ukraine – 15 June 2025. North Korean forces in "
                     "Kursk have likely suffered over 6,000 casualties since deploying last autumn.", "en", "6,000",
                     "uk_intelligence", "Latest Defence Intelligence", id="en-intelligence-update-heading"),
        # "So lautet die Zählung des ...": the count told before is named after it, two sentences back too, whatever
        # figure of its own the naming sentence holds
        pytest.param("Rund 5.000 nordkoreanische Militärbauer sind seit September nach Russland gekommen. Rund 10.000 weitere "
                     "Soldaten sicherten derzeit den Grenzraum. So lautet die aktuelle Zählung des südkoreanischen "
                     "Geheimdienstes, die zwei Abgeordnete am Dienstag weitergaben.", "de", "5.000", "kr_nis",
                     "des südkoreanischen Geheimdienstes", id="de-so-lautet-two-back"),
        # a country's intelligence named without its service is refined by the service the next sentence names
        pytest.param("Nordkorea will nach ukrainischen Geheimdiensterkenntnissen bis zu 12.000 Arbeitskräfte nach Tatarstan "
                     "schicken. Sie sollen dort Kampfdrohnen montieren, teilte der Militärgeheimdienst in Kiew mit.", "de",
                     "12.000", "ua_hur", "der Militärgeheimdienst in Kiew", id="de-geheimdienst-then-hur"),
        # a ticker item's time, then its source and a colon
        pytest.param("+++ 14:32 Uhr: Selenskyj: Bereits 3.000 Nordkoreaner getötet oder verletzt +++", "de", "3.000",
                     "ua_zelensky", "Selenskyj", id="de-ticker-time-then-source"),
    ],
)
def test_sources_of_the_twenty_seventh_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


def test_a_period_since_a_season_has_begun_whatever_the_plan():
    """"sollen seit dem Sommer Minen räumen": a period opened by "seit"/"since" has begun before the publication, even in a
    clause that reads as a plan; one opened by "ab"/"from" may still lie ahead."""
    since = extract_claims("Rund 1.000 nordkoreanische Pioniere sollen seit dem Sommer Minen in der Region Kursk räumen.",
                           published="2025-11-01", language="de").row(0, named=True)
    ahead = extract_claims("Rund 1.000 nordkoreanische Pioniere sollen ab dem Frühjahr Minen in der Region Kursk räumen.",
                           published="2025-11-01", language="de").row(0, named=True)
    assert (str(since["reference_start"])[:10], since["reference_end"]) == ("2025-06-01", None)
    assert str(ahead["reference_start"])[:10] == "2026-03-01"


def test_a_german_masculine_pronoun_never_means_a_neuter_or_feminine_body():
    """"bezifferte er auf 12.000" after "nach Informationen aus dem Kiewer Präsidialamt": "er" is the man who spoke, never
    the office (neuter) named in his words."""
    claims = extract_claims("Der CDU-Außenpolitiker Roderich Kiesewetter sagte bei ntv, nach Informationen aus dem Kiewer "
                            "Präsidialamt seien bereits 4.000 Nordkoreaner getötet oder verwundet worden. Die Zahl der in "
                            "Kursk eingesetzten Soldaten bezifferte er auf 12.000.", published="2025-01-20", language="de")
    row = claims.filter(pl.col("number_text") == "12.000").row(0, named=True)
    assert row["source_text"] == "Der CDU-Außenpolitiker Roderich Kiesewetter"


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a warring side as the subject of a verb of firing, the figure its object naming no North Korean make: that
        # side's own arms; a pronoun after "of" ties the things to nothing ("some of them North Korean")
        pytest.param("Ukraine's air force said Russia launched 143 drones and four missiles overnight, some of them North "
                     "Korean KN-23s.", "en", "four", "counts arms another side uses", id="en-russia-launched-some-of-them"),
        pytest.param("Ukraine's air force said Russia launched 143 drones and four missiles overnight, some of them North "
                     "Korean KN-23s.", "en", "143", "counts something else", id="en-drones-some-of-them"),
        # the North's launches in a year named without a preposition
        pytest.param("Pyongyang has fired more than 20 ballistic missiles this year, the JCS said, as it keeps sending shells "
                     "to Russia.", "en", "20", "counts the North's own missile launches", id="en-fired-missiles-this-year"),
        # a country other than the North as the subject of a verb of recruiting: its own army's people
        pytest.param("The Kremlin has recruited about 30,000 people a month through contract bonuses, analysts say; North "
                     "Korea's contingent of 11,000 is small by comparison.", "en", "30,000",
                     "counts a call-up of another side", id="en-kremlin-has-recruited"),
        pytest.param("Russia recruits about 30,000 new soldiers each month, analysts say, far more than the 11,000 North "
                     "Koreans sent so far.", "en", "30,000", "counts soldiers of another country (ru)", id="en-russia-recruits"),
        # a nationality adjective of two words before the counted noun ("South Korean troops"): that country's people
        pytest.param("South Korea marked the anniversary of the Korean War, in which some 138,000 South Korean troops were "
                     "killed; North Korea has lost 600 soldiers in Russia.", "en", "138,000",
                     "counts soldiers of another country (kr)", id="en-south-korean-troops-killed"),
        # an army whose size a verb gives, owned by a country other than the North
        pytest.param("Russia's army as a whole numbers around 1.5 million; of the 50,000 troops in Kursk, 10,000 are North "
                     "Korean.", "en", "1.5 million", "counts soldiers of another country (ru)", id="en-russias-army-numbers"),
        pytest.param("Die russische Armee umfasst inzwischen rund 1,5 Millionen Soldaten, darunter etwa 11.000 Nordkoreaner.",
                     "de", "1,5 Millionen", "counts soldiers of another country (ru)", id="de-russische-armee-umfasst"),
        # a hedge after the figure ("or more") stands between it and its noun
        pytest.param("Most appear to come from the 11th Corps, and they trained at five or more sites in the Russian Far "
                     "East, where 10,000 North Koreans are.", "en", "five", "counts places or things", id="en-five-or-more-sites"),
        # captives released by each warring side; prisoners Russia holds are never the North's
        pytest.param("11:32 Uhr – Russland und die Ukraine haben am Vormittag jeweils 307 Kriegsgefangene freigelassen. Die "
                     "zwei in Kiew festgehaltenen Nordkoreaner waren nicht darunter.", "de", "307",
                     "counts a prisoner swap", id="de-jeweils-kriegsgefangene-freigelassen"),
        pytest.param("Russia released 150 prisoners on Friday; the two North Koreans held in Kyiv were not among them.", "en",
                     "150", "counts a prisoner swap", id="en-russia-released-prisoners"),
        pytest.param("Selenskyj bot an, sie gegen ukrainische Kriegsgefangene auszutauschen, von denen nach Kiewer Angaben noch "
                     "mehr als 8.000 in russischer Hand sind.", "de", "8.000", "counts prisoners Russia holds",
                     id="de-in-russischer-hand"),
        pytest.param("Zelensky offered to swap the two North Koreans for Ukrainians; Kyiv says more than 8,000 prisoners remain "
                     "in Russian hands.", "en", "8,000", "counts prisoners Russia holds", id="en-in-russian-hands"),
        # the North's people abroad as a whole, no word of Russia in the figure's clause
        pytest.param("About 100,000 North Koreans are believed to be working abroad to earn hard currency for the regime, most "
                     "of them in China, Seoul's Unification Ministry said.", "en", "100,000",
                     "the North's people abroad as a whole", id="en-north-koreans-working-abroad"),
        pytest.param("Weltweit schuften nach Schätzung des Vereinigungsministeriums in Seoul etwa 100.000 Nordkoreaner im "
                     "Ausland für das Regime, die meisten in China.", "de", "100.000", "the North's people abroad as a whole",
                     id="de-nordkoreaner-im-ausland"),
        # lawmakers counted are members of a body, whatever their number
        pytest.param("The motion, backed by 192 lawmakers in the 300-seat National Assembly, cited the estimate that North "
                     "Korea has sent about 15,000 troops to Russia.", "en", "192", "counts the members of a body",
                     id="en-backed-by-192-lawmakers"),
        # the batches a sending came in ("in two rounds", "in sechs Lieferungen") count nothing sent
        pytest.param("SEOUL, April 30 (Yonhap) -- North Korea has sent some 15,000 troops to Russia in two rounds, of which an "
                     "estimated 4,700 have been killed or wounded, the NIS said.", "en", "two", "counts the batches",
                     id="en-in-two-rounds"),
        pytest.param("Nordkorea hat nach Angaben aus Seoul rund drei Millionen Granaten in sechs Lieferungen nach Russland "
                     "gebracht.", "de", "sechs", "counts the batches", id="de-in-sechs-lieferungen"),
        # a place noun after a figure in a circumstance ("in three villages") counts places, whatever the sentence's cues
        pytest.param("Ukraine's military intelligence directorate said at least 30 North Korean soldiers were killed or wounded "
                     "over the weekend in three villages of the Kursk region.", "en", "three", "counts places or things",
                     id="en-in-three-villages"),
        # a country right before "fields" holds the soldiers counted
        pytest.param("Russia fields roughly 700,000 soldiers in Ukraine, Putin said in June, while some 11,000 North Koreans "
                     "fought in Kursk.", "en", "700,000", "counts soldiers of another country (ru)", id="en-russia-fields"),
        # people who were at a briefing are unnamed sources
        pytest.param("Budanov's directorate has told allies that 25,000 more North Koreans could be mobilised, two people who "
                     "attended the briefing told CNN.", "en", "two", "counts who reports it", id="en-two-people-who-attended"),
        # a call-up in the figure's own clause, which names no North Korean, before a clause that does
        pytest.param("Kyiv plans to call up 160,000 more men over the next three months, the secretary of its security council "
                     "said, as the Pentagon reported that roughly 10,000 North Korean soldiers have been sent to train in "
                     "eastern Russia.", "en", "160,000", "counts a call-up of another side", id="en-call-up-then-as-clause"),
        # allies counted are members of an alliance
        pytest.param("Nordkorea habe inzwischen mehr als 11.000 Soldaten nach Russland entsandt, sagte NATO-Generalsekretär Mark "
                     "Rutte. Die 32 Verbündeten seien darüber unterrichtet.", "de", "32", "counts the members of a body",
                     id="de-die-32-verbuendeten"),
        # the North's special forces sized by a verb of size are its standing army, not a deployment
        pytest.param("Wie hoch sind die Verluste? Rund 4.700 Tote und Verwundete, schätzt der NIS. Zum Vergleich: Nordkoreas "
                     "Spezialkräfte umfassen etwa 200.000 Mann.", "de", "200.000", "army size", id="de-spezialkraefte-umfassen"),
        # "a mix of the two": the kinds named before, no count; an army's name between "-strong" and "Army"
        pytest.param("South Korea's defence minister said about 6,700 containers had left North Korea for Russia, enough for "
                     "some 3 million 152mm rounds or 500,000 of the smaller 122mm type – or a mix of the two.", "en", "two",
                     "mix of kinds", id="en-a-mix-of-the-two"),
        pytest.param("Western officials put the force in Russia at 12,000, a sliver of the 1.2 million-strong Korean People's "
                     "Army.", "en", "1.2 million", "army size", id="en-million-strong-korean-peoples-army"),
        # the North's adjective before a thing ties the thing to no people of the topic
        pytest.param("Russia has shipped oil to North Korea since March 2024, according to the Open Source Centre, which also "
                     "counted at least 64 port calls by North Korean cargo ships at Russian terminals.", "en", "64",
                     "counts something else", id="en-port-calls-by-north-korean-ships"),
        # a teaser for another story after "READ MORE:" or "Lesen Sie auch:" is page furniture
        pytest.param("Around 1,500 arrived in the first wave, according to Seoul. Image 4 of 9 · READ MORE: Putin's army loses "
                     "1,700 men in a single day", "en", "1,700", "page furniture", id="en-read-more-teaser"),
        pytest.param("Rund 1.500 Nordkoreaner sind laut Seoul bereits in Russland. Lesen Sie auch: Russland verliert 1.700 "
                     "Soldaten an einem Tag", "de", "1.700", "page furniture", id="de-lesen-sie-auch-teaser"),
        # members with a verb of a body's members after them count the body's members
        pytest.param("The UN Security Council met for the 3rd time this month, with 13 members condemning the deployment of "
                     "roughly 11,000 North Korean troops.", "en", "13", "counts the members of a body",
                     id="en-13-members-condemning"),
        # people a court sentenced: its verb right before them, or their prison term right after
        pytest.param("Ein russisches Gericht verurteilte zwei Männer zu 15 Jahren Haft, während laut Tass rund 1.000 "
                     "nordkoreanische Pioniere in Kursk eintrafen.", "de", "zwei", "counts people a court sentenced",
                     id="de-verurteilte-zwei-maenner"),
        pytest.param("A Russian court jailed 2 men for 15 years for spying, while some 1,000 North Korean sappers arrived in "
                     "Kursk, TASS said.", "en", "2", "counts people a court sentenced", id="en-court-jailed-2-men"),
    ],
)
def test_not_claims_of_the_twenty_eighth_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # what a warring side fires, named as the North's make in the figure's own words, is the North's arms
        pytest.param("Russia has fired more than 200 North Korean KN-23 missiles at Ukraine, Kyiv says.", "en",
                     "200", "munitions", None, id="en-russia-fired-north-korean-missiles"),
        pytest.param("HUR says the dead number about 200 since the first clashes, with a further 2,600 or so wounded.", "en",
                     "2,600", "casualties", "wounded", id="en-2600-or-so-wounded"),
        # workers abroad in Russia, and soldiers killed "abroad" (the North's word for its deployment), are the topic's
        pytest.param("Some 15,000 North Korean workers are now abroad in Russia's Far East, the ministry said.", "en",
                     "15,000", "workers", None, id="en-workers-abroad-in-russia"),
        pytest.param("Kim Jong Un pinned medals beside the portraits of 101 soldiers killed abroad, KCNA said.", "en", "101",
                     "casualties", "killed", id="en-soldiers-killed-abroad"),
        # "of which" after the batches phrase means what was sent, never the batches' noun ("rounds")
        pytest.param("North Korea has sent some 15,000 troops to Russia in two rounds, of which an estimated 4,700 have been "
                     "killed or wounded, the NIS said.", "en", "4,700", "casualties", "killed_or_wounded",
                     id="en-in-two-rounds-of-which"),
        pytest.param("North Korea has shipped some 3 million rounds to Russia in six shipments since August.", "en",
                     "3 million", "munitions", None, id="en-3-million-rounds-in-six-shipments"),
        # a noun with "of" right before the next figure is that figure's, in a clause of its own after a break
        pytest.param("North Korea has sent roughly 3,000 additional soldiers to Russia since January, South Korea's Joint Chiefs "
                     "of Staff said on Thursday, a reinforcement it tied to losses of some 4,000 killed or wounded among the "
                     "first contingent.", "en", "3,000", "troops_deployed", None, id="en-tied-to-losses-of-some"),
        # losses named before a figure "among" it are the figure's force's, not the figure's own noun
        pytest.param("A U.S. military official said Tuesday that several hundred North Korean troops have been killed or "
                     "wounded in Kursk, the first U.S. estimate of their losses among the roughly 11,000 sent.", "en", "11,000",
                     "troops_deployed", None, id="en-losses-among-the-roughly"),
        # a force sized by its figure, then its verb of losing: what befell the force is not its size
        pytest.param("Over roughly six months in Kursk, the North Korean contingent of about 12,000 lost some 6,000 men killed "
                     "or wounded, according to estimates by RUSI.", "en", "12,000", "troops_deployed", None,
                     id="en-contingent-of-about-lost-some"),
        pytest.param("Das nordkoreanische Kontingent von rund 12.000 verlor nach RUSI-Schätzung etwa 6.000 Mann durch Tod oder "
                     "Verwundung.", "de", "12.000", "troops_deployed", None, id="de-kontingent-von-verlor"),
        # taking part is being deployed; a finite verb after the figure sends its noun back
        pytest.param("Japan's defence ministry estimates that between 600 and 1,000 of them died in the campaign; some 11,000 "
                     "took part, its annual white paper says.", "en", "11,000", "troops_deployed", None, id="en-some-took-part"),
        pytest.param("Some 2,000 wounded North Korean soldiers have been flown home since February, while fresh units numbering "
                     "north of 3,000 took their place, a South Korean military official said.", "en", "3,000",
                     "troops_deployed", None, id="en-north-of-took-their-place"),
        # a part of the base figure after it never leans on what was counted sentences before
        pytest.param("The two prisoners were captured on Jan. 9 and are being questioned in Kyiv, Ukraine's Security Service "
                     "said. Kyiv estimates that about 4,000 of the roughly 11,000 North Koreans in Kursk have been killed or "
                     "wounded.", "en", "4,000", "casualties", "killed_or_wounded", id="en-part-of-the-base-after-prisoners"),
        # a claimer's own earlier estimate of a figure restates what the figure before counts
        pytest.param("South Korea's intelligence service now believes some 2,000 North Korean soldiers have died fighting for "
                     "Russia, more than three times its April estimate of 600.", "en", "600", "casualties", "killed",
                     id="en-times-its-april-estimate-of"),
        # women are people; the work they are expected at says which
        pytest.param("Around 1,000 North Korean women are expected at the Alabuga drone plant in Tatarstan, Ukrainian "
                     "intelligence officials told NK News. About 400 are already there, working 12-hour shifts.", "en", "1,000",
                     "workers", None, id="en-north-korean-women-drone-plant"),
        pytest.param("Rund 1.000 nordkoreanische Frauen sollen in der Drohnenfabrik in Alabuga arbeiten.", "de", "1.000",
                     "workers", None, id="de-nordkoreanische-frauen-drohnenfabrik"),
        pytest.param("Pyongyang has called up 3,000 more soldiers for Russia, as Kyiv reported.", "en", "3,000",
                     "troops_deployed", None, id="en-pyongyang-called-up"),
        # a clause joined by "as" with a name and its verb is not the figure's words
        pytest.param("Pyongyang has called up 3,000 more soldiers for Russia, as Kyiv reported fresh losses.", "en", "3,000",
                     "troops_deployed", None, id="en-as-kyiv-reported-fresh-losses"),
        pytest.param("Russland setzte nach Darstellung der ukrainischen Spezialeinsatzkräfte etwa 1.200 Nordkoreaner bei "
                     "Sturmangriffen ein. Deren Verluste geben die Spezialkräfte mit rund 350 Mann an.", "de", "350",
                     "casualties", "killed_or_wounded", id="de-geben-die-spezialkraefte-mit-an"),
        pytest.param("Ukraine and Russia each freed 390 prisoners on Friday, but neither of the two North Korean soldiers "
                     "captured in January was among them, Lubinets said.", "en", "two", "captured", None,
                     id="en-neither-of-the-two-captured"),
        pytest.param("The hotline has received some 200 calls from North Korean soldiers since October, Kyiv says.", "en",
                     "200", "other", None, id="en-calls-from-north-korean-soldiers"),
        # the reportive "sollen" with a deadline of a season or the year's end opening its clause is a plan
        pytest.param("Ein Vorauskommando von etwa 8.000 Mann wurde Anfang November verlegt. Bis Jahresende sollen es 11.000 "
                     "sein.", "de", "11.000", "troops_planned", None, id="de-bis-jahresende-sollen-es-sein"),
        pytest.param("Rund 8.000 nordkoreanische Soldaten kamen im Oktober nach Russland. Inzwischen sollen es rund 11.000 "
                     "sein.", "de", "11.000", "troops_deployed", None, id="de-inzwischen-sollen-es-sein"),
        # sending after the first ("nachgeschickt"), its auxiliary after it in a relative clause: it happened
        pytest.param("Der Generalstab bezifferte die Verluste auf rund 4.000 Tote und Verwundete. Das Verteidigungsministerium "
                     "sprach von zusätzlich 3.000 Soldaten, die Pjöngjang im Januar und Februar nachgeschickt habe.", "de",
                     "3.000", "troops_deployed", None, id="de-nachgeschickt-habe"),
        # "bereits ... im Land" says they are there already
        pytest.param("Nach Einschätzung des Nationalen Sicherheitsrats könnten es bis zu 3.000 weitere Soldaten sein. Südkoreas "
                     "Regierung geht davon aus, dass bereits rund 11.000 im Land sind.", "de", "11.000", "troops_deployed", None,
                     id="de-bereits-rund-im-land"),
        pytest.param("Pjöngjang könnte weitere 25.000 Soldaten entsenden, zusätzlich zu den 11.000 bereits eingesetzten.", "de",
                     "11.000", "troops_deployed", None, id="de-zu-den-bereits-eingesetzten"),
        # a force's starting strength, past an adverb of before, is the force, not what befell it
        pytest.param("Unterm Strich ergeben die Zahlen knapp 5.000 Ausfälle auf nordkoreanischer Seite – bei einer Truppe von "
                     "einst 11.000 Mann.", "de", "11.000", "troops_deployed", None, id="de-bei-einer-truppe-von-einst"),
        pytest.param("Mehr als 5.000 Ausfälle haben die nordkoreanischen Verbände erlitten – bei einer Ausgangsstärke von etwa "
                     "11.000 Mann.", "de", "11.000", "troops_deployed", None, id="de-bei-einer-ausgangsstaerke-von"),
        # what might befall the whole of a force ("the entire force of some 12,000 ... could be killed or wounded") leaves
        # the figure the force's
        pytest.param("The Institute for the Study of War assessed that, if losses continue at the current pace, the entire "
                     "force of some 12,000 North Koreans in Kursk could be killed or wounded by mid-April.", "en", "12,000",
                     "troops_deployed", None, id="en-the-entire-force-could-be-killed"),
        pytest.param("Das ISW rechnet vor: Sollten die Verluste im bisherigen Tempo weitergehen, wären alle rund 12.000 "
                     "Nordkoreaner in Kursk bis Mitte April tot oder verwundet.", "de", "12.000", "troops_deployed", None,
                     id="de-waeren-alle-tot-oder-verwundet"),
        pytest.param("All 300 North Korean soldiers in the unit were killed, Kyiv says.", "en", "300", "casualties", "killed",
                     id="en-all-300-were-killed"),
        # a unit named again by its definite noun ("das Regiment", "der Truppe"): the kind of the people or unit named
        # before it in the paragraph
        pytest.param("+++ 07:40 Kim ehrt heimgekehrte Minenräumer +++ Beim Empfang des 528. Pionierregiments in Pjöngjang hat "
                     "Machthaber Kim Jong Un erstmals Tote des Einsatzes in Kursk beziffert: Neun Angehörige der Einheit seien ums "
                     "Leben gekommen, meldet die Staatsagentur KCNA. Die Truppe war Anfang August ausgerückt und hatte nach Kims "
                     "Worten in weniger als drei Monaten ein weites Gebiet entmint. Nach südkoreanischen Angaben soll das Regiment "
                     "rund 1.000 Mann umfasst haben.", "de", "1.000", "sappers", None, id="de-das-regiment-far-back"),
        pytest.param("Neun Pioniere seien bei der Räumung von Minenfeldern in Kursk ums Leben gekommen, erklärte Kim Jong Un. Das "
                     "Regiment, nach südkoreanischen Angaben etwa 1.000 Mann stark, war nach 120 Tagen zurückgekehrt.", "de",
                     "1.000", "sappers", None, id="de-das-regiment-mann-stark"),
        pytest.param("Kim Jong Un hat dem 528. Pionierregiment einen Orden verliehen. Neun Pioniere seien ums Leben gekommen. "
                     "Entsandt worden waren nach südkoreanischen Angaben gut 1.000 Mann der Truppe.", "de", "1.000", "sappers",
                     None, id="de-mann-der-truppe"),
        pytest.param("Rund 11.000 nordkoreanische Soldaten kämpfen in Kursk. Das Regiment, etwa 3.000 Mann stark, kam im "
                     "Oktober.", "de", "3.000", "troops_deployed", None, id="de-das-regiment-of-soldiers"),
        # standing on the line ("am Band", "on the assembly line") is working
        pytest.param("Allein in der Drohnenfabrik Alabuga in Tatarstan stünden inzwischen gut 1.000 Nordkoreaner am Band.", "de",
                     "1.000", "workers", None, id="de-am-band"),
        pytest.param("Some 1,000 North Koreans now work on the assembly lines in Yelabuga, Kyiv says.", "en", "1,000", "workers",
                     None, id="en-on-the-assembly-lines"),
        # gone from their post ("went absent without leave", "slipped away from their unit") is what they did
        pytest.param("At least 18 North Korean soldiers went absent without leave from their post near the Kursk-Bryansk border, "
                     "Ukraine's National Guard said.", "en", "18", "other", None, id="en-went-absent-without-leave"),
        pytest.param("A Ukrainian military official said 18 North Korean soldiers had slipped away from their unit near the "
                     "border.", "en", "18", "other", None, id="en-slipped-away-from-their-unit"),
        pytest.param("KCNA said nine members of the 528th engineer regiment had died clearing mines in Kursk.", "en", "nine",
                     "casualties", "killed", id="en-nine-members-of-the-regiment-died"),
    ],
)
def test_quantities_of_the_twenty_eighth_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


def test_two_months_with_one_year_share_it_and_never_crash():
    """"im Januar und Februar 2025" in a plan published in March 2025: the year written after the second month is the
    first month's too (the plan's rule of the next January made the period start after its end, and the claims table's
    check refused the whole text)."""
    row = extract_claims("Das Verteidigungsministerium sprach von 3.000 Soldaten, die Pjöngjang im Januar und Februar 2025 "
                         "schicken wolle.", published="2025-03-27", language="de").row(0, named=True)
    assert (str(row["reference_start"]), str(row["reference_end"])) == ("2025-01-01", "2025-02-28")
    row = extract_claims("Pyongyang will send another 3,000 troops in December and January 2026, the ministry said.",
                         published="2025-03-27", language="en").row(0, named=True)
    assert (str(row["reference_start"]), str(row["reference_end"])) == ("2025-12-01", "2026-01-31")


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # whom an outlet cites, fronted in the accusative before "zitierte": the source; the outlet relays
        pytest.param("Den südkoreanischen Geheimdienst zitierte die Agentur Yonhap mit der Schätzung, dass bislang etwa 300 "
                     "Nordkoreaner getötet worden seien.", "de", "300", "kr_nis", "Den südkoreanischen Geheimdienst",
                     id="de-fronted-accusative-zitierte"),
        # "the same source" names the source named before again
        pytest.param("Nach Zählung des NIS sind 15.000 Soldaten entsandt worden. Laut derselben Quelle sind etwa 4.700 Mann "
                     "ausgefallen.", "de", "4.700", "kr_nis", "des NIS", id="de-laut-derselben-quelle"),
        pytest.param("The NIS counts 15,000 troops sent. According to the same source, some 4,700 have been killed or "
                     "wounded.", "en", "4,700", "kr_nis", "The NIS", id="en-according-to-the-same-source"),
        # a German subject after the verb that follows a long fronted phrase is one a later pronoun may mean
        pytest.param("Bereits zum zweiten Mal in diesem Frühjahr reiste Russlands Sicherheitsratschef Sergej Schoigu nach "
                     "Pjöngjang. Anschließend verkündete er, Kim Jong Un werde 1.000 Minenräumer in das Gebiet Kursk "
                     "schicken.", "de", "1.000", "ru_shoigu", "Russlands Sicherheitsratschef Sergej Schoigu",
                     id="de-v2-subject-then-er"),
        # a body of no kind a lawmaker quotes ("the agency") is the one named before, not a body of the lawmaker's country
        pytest.param("The NIS briefed lawmakers on Tuesday. About 15,000 North Korean labourers have gone to Russia, ruling "
                     "party Rep. Lee Seong-kweun quoted the agency as telling the committee.", "en", "15,000", "kr_nis",
                     "The NIS", id="en-lawmaker-quoted-the-agency"),
        # a document named again ("the update said") is the one whose possessive named it before ("in its update")
        pytest.param("British Defence Intelligence assessed in its update on Sunday that North Korean forces have sustained "
                     "more than 6,000 casualties in Kursk, the Dong-A Ilbo reported. That is more than half of the roughly "
                     "11,000 troops Pyongyang first sent there, the update said.", "en", "11,000", "uk_intelligence",
                     "British Defence Intelligence", id="en-the-update-said-its-update"),
        # a quotation opening right after a colon is the words of the subject of the clause before it
        pytest.param("The analyst Anna Weber sums up the deployment: \"By our count, some 12,000 North Koreans fought in "
                     "Kursk.\"", "en", "12,000", "unresolved", "The analyst Anna Weber", id="en-colon-then-quotation"),
        # a pronoun of saying after a clause whose actor is the sending country means the speaker named before
        pytest.param("South Korea's spy agency says about 600 North Korean troops have been killed. Pyongyang had sent about "
                     "15,000 troops to Russia in two rotations, it said.", "en", "15,000", "kr_nis", "South Korea's spy agency",
                     id="en-pyongyang-had-sent-it-said"),
    ],
)
def test_sources_of_the_twenty_eighth_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


def test_a_date_between_the_subject_and_its_verb_of_saying_is_the_sayings():
    """"Pat Ryder on Monday, Nov. 4, put ... at north of 10,000": the date set off by commas is no clause break before
    the verb (the subject stays Ryder) and no period of the figure (it dates the saying); a date opening the sentence
    is an as-of date all the same ("Ende Dezember bezifferte das Pentagon ...")."""
    row = extract_claims("Pentagon press secretary Pat Ryder on Monday, Nov. 4, put the North Korean presence in Kursk at "
                         "north of 10,000.", published="2024-11-05", language="en").row(0, named=True)
    assert (row["source"], row["source_text"], row["reference_start"]) == (
        "us_government", "Pentagon press secretary Pat Ryder", None)
    row = extract_claims("Ende Dezember bezifferte das Pentagon die Zahl der toten und verwundeten Nordkoreaner auf mehrere "
                         "Hundert.", published="2025-01-09", language="de").row(0, named=True)
    assert str(row["reference_start"]) == "2024-12-01"


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # the eldest or youngest of a group, with a copula or a hedge, is given an age
        pytest.param("Kiew hält zwei Nordkoreaner fest, die rund 12.000 Landsleute in Kursk zurückließen; der jüngere von "
                     "ihnen ist 21.", "de", "21", "age", id="de-der-juengere-von-ihnen-ist-21"),
        pytest.param("Seoul puts the dead at around 600, the youngest of them thought to be barely 19, out of roughly 15,000 "
                     "soldiers sent.", "en", "19", "age", id="en-youngest-thought-to-be-barely-19"),
        # a number that names: after a singular noun of a unit or document with no noun of its own, or with a leading zero
        pytest.param("Papers on the dead place them in military unit 6102, the so-called Storm Corps, and about 300 of its men "
                     "were killed, Kyiv said.", "en", "6102", "designation", id="en-military-unit-6102"),
        pytest.param("Die Gefallenen gehörten laut Kiew zur Einheit 11; rund 300 von ihnen seien getötet worden.", "de", "11",
                     "designation", id="de-zur-einheit-11"),
        pytest.param("Their Russian ID cards carry serials starting 0712, and some 11,000 of them were sent, Kyiv said.", "en",
                     "0712", "designation", id="en-serials-starting-0712"),
        # two whole numbers joined with no space, the second smaller: a vote or a score (a range runs upwards)
        pytest.param("The National Assembly passed a motion condemning the deployment of 11,000 North Koreans 178-0.", "en",
                     "178", "a vote or a score", id="en-motion-passed-178-0"),
        # a part pointed back to by the words that open its sentence counts what the figure before it counts
        pytest.param("+++ 21:14 Luftwaffe: 93 russische Drohnen in der Nacht +++ Davon habe die Flugabwehr 61 abgefangen. In "
                     "Kursk kämpfen laut HUR rund 11.000 Nordkoreaner.", "de", "61", "a part of the figure before",
                     id="de-davon-61-abgefangen"),
        # a share of a figure after it that counts something else counts it too
        pytest.param("Im Politbarometer halten 61 Prozent der 1.289 befragten Wahlberechtigten den Einsatz von 11.000 "
                     "nordkoreanischen Soldaten für eine Gefahr.", "de", "61 Prozent", "a part of the figure after",
                     id="de-61-prozent-der-befragten"),
        # bombs are arms: another side's, dropped or falling, are no claim
        pytest.param("Russland hat in der Nacht 112 Drohnen gestartet, tagsüber fielen mehr als 40 Gleitbomben. In Kursk "
                     "setzt Moskau etwa 8.000 nordkoreanische Soldaten ein.", "de", "40", "arms another side uses",
                     id="de-fielen-40-gleitbomben"),
        pytest.param("Russian jets dropped more than 40 glide bombs on Sumy overnight, while some 11,000 North Korean troops "
                     "fought in Kursk.", "en", "40", "arms another side uses", id="en-jets-dropped-40-glide-bombs"),
        # members with a body named before them in their clause, or a possessive standing for it, are the body's
        pytest.param("Der UN-Sicherheitsrat trat auf Antrag von 7 Mitgliedern zusammen; Nordkorea hat rund 11.000 Soldaten "
                     "nach Russland geschickt.", "de", "7", "members of a body", id="de-sicherheitsrat-7-mitgliedern"),
        pytest.param("About 5,000 North Korean builders have gone to Russia, the spy agency told the intelligence committee, according to "
                     "two of its 12 members.", "en", "12", "members of a body", id="en-two-of-its-12-members"),
        # an unknown head before "over" is the figure's noun, not the topic's word after it
        pytest.param("The U.S. Treasury blacklisted 14 entities and two individuals over the deployment. Moscow has received "
                     "roughly 11,000 soldiers.", "en", "two", "joined to the figure before", id="en-two-individuals-over"),
        # people who fled to the South are defectors, however the sentence names the North ("aus dem Norden")
        pytest.param("Die zwei Gefangenen könnten in den Süden gebracht werden. Seit 1998 sind rund 34.000 Menschen aus dem "
                     "Norden in den Süden geflohen.", "de", "34.000", "defectors", id="de-34000-in-den-sueden-geflohen"),
        pytest.param("Pyongyang sent 11,000 soldiers, while some 34,000 people have fled to the South since 1998.", "en",
                     "34,000", "defectors", id="en-34000-fled-to-the-south"),
        # rooms and buildings right after a figure are things, whatever the sentence's cues
        pytest.param("Kim ließ in Pjöngjang ein Museum mit 12 Ausstellungshallen für die in Russland gefallenen Soldaten "
                     "errichten; Seoul geht von 2.000 Toten aus.", "de", "12", "places or things",
                     id="de-12-ausstellungshallen"),
        # a shortage of labour in Russia counts no one sent
        pytest.param("Rund 15.000 nordkoreanische Arbeiter kamen 2025 nach Russland. Im ganzen Land fehlen laut dem russischen "
                     "Arbeitsministerium rund 1,5 Millionen Arbeitskräfte.", "de", "1,5 Millionen", "shortage",
                     id="de-fehlen-1-5-millionen-arbeitskraefte"),
        # defectors who reached the South
        pytest.param("Some 13,000 North Korean laborers arrived in Russia last year. Only 236 defectors reached the South in "
                     "2024.", "en", "236", "defectors", id="en-236-defectors-reached-the-south"),
        # a corps sized by a verb after the figure ("das daheim an die 40'000 Mann zählt") is a formation at home
        pytest.param("Rund 12'000 Soldaten wurden nach Russland geschickt. Die Truppen stammen aus einem Elitekorps, das "
                     "daheim an die 40'000 Mann zählt.", "de", "40'000", "formation's strength", id="de-korps-das-40000-zaehlt"),
        # places right after a figure, and the start of a change that shares the end's unit
        pytest.param("Der Brückenkopf ist binnen einer Woche von etwa 500 auf weniger als 200 Quadratkilometer geschrumpft; 24 "
                     "Ortschaften hat Russland zurückerobert, mit rund 3.000 nordkoreanischen Soldaten.", "de", "24",
                     "places or things", id="de-24-ortschaften"),
        pytest.param("Der Brückenkopf ist binnen einer Woche von etwa 500 auf weniger als 200 Quadratkilometer geschrumpft, "
                     "sagte Kiew; beteiligt waren rund 3.000 nordkoreanische Soldaten.", "de", "500", "area",
                     id="de-von-500-auf-200-quadratkilometer"),
    ],
)
def test_not_claims_of_the_twenty_ninth_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # a unit noun followed by a number and a noun of its own counts ("a brigade 300 soldiers strong")
        pytest.param("Pyongyang sent a brigade 3000 soldiers strong to Kursk, Kyiv said.", "en", "3000", "troops_deployed", None,
                     id="en-brigade-3000-soldiers-strong"),
        # a part pointed back to by "Of those" keeps its own noun and the claim before it ("Of those, 13,000 laborers")
        pytest.param("About 100,000 North Koreans work abroad, Seoul said. Of those, some 13,000 laborers arrived in Russia "
                     "last year.", "en", "13,000", "workers", None, id="en-of-those-13000-laborers"),
        # an aside of saying set off by commas inside the figure's clause hides nothing of it ("6,000 of them, she added,
        # have been killed"); one closing the clause lets nothing after it in (", it said, adding that most of the dead")
        pytest.param("Pyongyang had sent more than 14,000 soldiers to Russia since last autumn; around 6,000 of them, she "
                     "added, have been killed or wounded.", "en", "6,000", "casualties", "killed_or_wounded",
                     id="en-6000-of-them-she-added-killed-or-wounded"),
        pytest.param("Around 1,000 North Korean soldiers had been killed in Kursk and some 2,500 others wounded, it said, "
                     "adding that most of the dead were young.", "en", "2,500", "casualties", "wounded",
                     id="en-2500-others-wounded-it-said-adding"),
        # "ihre Zahl" after the fallen were named, with none of the topic's people named after them: the fallen
        pytest.param("Zum Jahrestag ließ Kim Jong Un der in Kursk Gefallenen gedenken. Der südkoreanische Geheimdienst setzt "
                     "ihre Zahl bei rund 600 an.", "de", "600", "casualties", "killed", id="de-gefallenen-ihre-zahl-600"),
        pytest.param("Russia's casualties passed 889,000, Kyiv said. North Korean units were still fighting in Kursk, its "
                     "commander said, putting their number at about 8,000.", "en", "8,000", "troops_deployed", None,
                     id="en-units-after-casualties-their-number"),
        # "aus dem Norden" names the North (never "im Norden der Ukraine"): arms it sent to Russia are no other side's
        pytest.param("Moskau habe seit August 2023 mehr als 28.000 Container mit Munition aus dem Norden erhalten, erklärte "
                     "das Ministerium.", "de", "28.000", "munitions", None, id="de-container-aus-dem-norden"),
        # "fehlen" before soldiers is no shortage of labour: losses may be meant
        pytest.param("Von den 11.000 Soldaten fehlen inzwischen rund 4.000 Mann, sagte Kiew.", "de", "4.000",
                     "troops_deployed", None, id="de-fehlen-4000-mann-no-shortage"),
        # "not far short of half" is no shortage
        pytest.param("Britain judges the contingent had taken in excess of 5,000 casualties, not far short of half of the "
                     "11,000 it believes were deployed.", "en", "11,000", "troops_deployed", None,
                     id="en-not-far-short-of-half"),
    ],
)
def test_quantities_of_the_twenty_ninth_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # an assessment named after "nach" ("nach einer Bewertung des ...", "nach Beurteilung der ...") names its author
        pytest.param("Von den 11.000 Soldaten sind nach einer Bewertung des britischen Verteidigungsministeriums inzwischen "
                     "mehr als 5.000 getötet oder verwundet worden.", "de", "5.000", "uk_intelligence",
                     "des britischen Verteidigungsministeriums", id="de-nach-einer-bewertung-des"),
        pytest.param("Nach Beurteilung der ukrainischen Militäraufklärung sind rund 12.000 Nordkoreaner in Kursk im Einsatz.",
                     "de", "12.000", "ua_hur", "der ukrainischen Militäraufklärung", id="de-nach-beurteilung-der"),
        # a German relative clause whose pronoun is the object: the phrase after the pronoun is the subject of the final
        # verb, however far it stands; a "der" after the pronoun is that subject unless the verb is one of lying with
        pytest.param("Das ist weit weniger als die rund 2.000 Toten, die der südkoreanische Nachrichtendienst für den "
                     "gesamten Einsatz annimmt.", "de", "2.000", "kr_nis", "der südkoreanische Nachrichtendienst",
                     id="de-object-relative-clause-annimmt"),
        pytest.param("Es gibt nach wie vor rund 2.000 Tote, die der NIS schätzt.", "de", "2.000", "kr_nis", "der NIS",
                     id="de-die-der-nis-schaetzt"),
        # a subject whose verb of saying follows it in a relative clause without "that", past the figure's own noun
        pytest.param("Zelensky put the losses above 3,000. His figure nearly tripled the 1,000 casualties South Korea's Joint "
                     "Chiefs of Staff had reported three weeks before.", "en", "1,000", "kr_jcs",
                     "South Korea's Joint Chiefs of Staff", id="en-casualties-jcs-had-reported"),
        # told by someone in the passive: who told is the source
        pytest.param("Members had been told by the NIS a week earlier that 1,100 of the roughly 11,000 North Koreans in Russia "
                     "have been killed or wounded.", "en", "1,100", "kr_nis", "the NIS", id="en-had-been-told-by-the-nis"),
        # a sentence that opens "So äußerte sich X" points back: X said what the reported speech before it says
        pytest.param("Noch immer stünden rund 8.000 nordkoreanische Soldaten im Gebiet Kursk, Berichte über einen Abzug seien "
                     "falsch. So äußerte sich der 39-jährige Kyrylo Budanow, Leiter des Militärgeheimdienstes HUR, gegenüber "
                     "einem US-Portal.", "de", "8.000", "ua_hur", "der 39-jährige Kyrylo Budanow, Leiter des "
                     "Militärgeheimdienstes HUR", id="de-so-aeusserte-sich-budanow"),
        # "adding that" says it too: its subject is whoever said the clause before it (never the outlet told, nor the
        # actor of the reported clause)
        pytest.param("A Ukrainian military spokesman told Daily NK that most are young, adding that about 500 North Korean "
                     "soldiers had come home wounded.", "en", "500", "ua_military", "A Ukrainian military spokesman",
                     id="en-told-daily-nk-adding-that"),
        pytest.param("In an interview Budanov said Pyongyang had shipped some 6.5 million shells since 2023, adding that "
                     "roughly half had to be repaired.", "en", "6.5 million", "ua_hur", "Budanov",
                     id="en-said-pyongyang-had-adding-that"),
        # a scholar of a region is an expert; a place's adjective before an institute keeps the person's complement
        pytest.param("Der Koreanist Ralf Hartung vom Berliner Ostasien-Institut hält es für denkbar, dass Nordkorea bis zu "
                     "20.000 weitere Soldaten entsenden könnte.", "de", "20.000", "unresolved",
                     "Der Koreanist Ralf Hartung vom Berliner Ostasien-Institut", id="de-koreanist-vom-berliner-institut"),
        # a German "er" may mean a man named with his ministry after him ("eines Beamten | im ... Vereinigungsministerium")
        pytest.param("Allein im vergangenen Jahr reisten nach Schätzung eines Beamten im Seouler Vereinigungsministerium mehr "
                     "als 13.000 Nordkoreaner zum Arbeiten ein. In diesem Jahr könnten es 50.000 werden, sagte er.", "de",
                     "50.000", "kr_government", "eines Beamten im Seouler Vereinigungsministerium",
                     id="de-er-means-beamten-im-ministerium"),
    ],
)
def test_sources_of_the_twenty_ninth_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        # a span's first month after "von" or "Zeitraum", its second after "bis"
        pytest.param("Russland meldete für den Zeitraum Januar bis September 9.600 Einreisen nordkoreanischer Arbeiter.",
                     "2025-12-30", ("2025-01-01", "2025-09-30"), id="de-zeitraum-januar-bis-september"),
        pytest.param("Von Januar bis September seien 9.600 nordkoreanische Arbeiter eingereist.", "2025-10-15",
                     ("2025-01-01", "2025-09-30"), id="de-von-januar-bis-september"),
        # the second month's year named relative to the publication holds for the first too
        pytest.param("Südkoreas Geheimdienst schätzt, dass von Januar bis Juni dieses Jahres weitere 15.000 Arbeiter aus dem "
                     "Norden eingereist sind.", "2025-12-15", ("2025-01-01", "2025-06-30"), id="de-bis-juni-dieses-jahres"),
        # a season to a month
        pytest.param("Vom Herbst 2024 bis März 2025 wurden rund 6.000 Nordkoreaner getötet oder verwundet.", "2025-04-28",
                     ("2024-09-01", "2025-03-31"), id="de-vom-herbst-bis-maerz"),
        # a period gone through, in the genitive
        pytest.param("Im Verlauf des Januars sind etwa 1.000 nordkoreanische Soldaten gefallen.", "2025-02-04",
                     ("2025-01-01", "2025-01-31"), id="de-im-verlauf-des-januars"),
        pytest.param("Im Laufe des Sommers sind mehrere Tausend nordkoreanische Arbeiter in Russland eingetroffen.",
                     "2025-10-02", ("2025-06-01", "2025-08-31"), id="de-im-laufe-des-sommers"),
        # the year now ending is the publication's
        pytest.param("Im zu Ende gehenden Jahr sind rund 15.000 nordkoreanische Arbeiter nach Russland gekommen.",
                     "2025-12-30", ("2025-01-01", "2025-12-31"), id="de-im-zu-ende-gehenden-jahr"),
        # a document's own date is no period of its figures; nor is a title-case wire dateline's
        pytest.param("Mehr als jeder zweite der rund 11.000 Soldaten sei ausgefallen, schreibt die Behörde in ihrem "
                     "Lagebericht vom 15. Juni.", "2025-06-16", ("None", "None"), id="de-lagebericht-vom-15-juni"),
        pytest.param("Seoul, 25. Oktober (dpa) – Die rund 3.000 Soldaten, die Nordkorea bereits nach Russland geschickt haben "
                     "soll, sind nach Einschätzung des NIS nur die Vorhut.", "2024-10-25", ("None", "None"),
                     id="de-title-case-dateline"),
    ],
)
def test_periods_of_the_twenty_ninth_session(text, published, period):
    row = extract_claims(text, published=published, language="de").row(0, named=True)
    assert (str(row["reference_start"]), str(row["reference_end"])) == period


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        # a document's own date is no period of its figures
        pytest.param("Britain's Defence Ministry reckons North Korea has taken upwards of 6,000 casualties in Kursk, Bloomberg "
                     "reported, citing the ministry's intelligence update of June 15.", "2025-06-16", ("None", "None"),
                     id="en-intelligence-update-of-june-15"),
        # the date of a saying after its object and a weekday: the saying's
        pytest.param("Roughly 10,000 North Korean soldiers are now drilling at bases in eastern Russia, Pentagon deputy press "
                     "secretary Sabrina Singh told reporters on Monday, Oct. 28.", "2024-10-29", ("None", "None"),
                     id="en-told-reporters-on-monday-oct-28"),
        # a span from a season to a season ("between last autumn and the spring")
        pytest.param("British defence intelligence believes more than 6,000 North Korean troops were killed or wounded "
                     "between last autumn and the spring.", "2025-06-17", ("2024-09-01", "2025-05-31"),
                     id="en-between-last-autumn-and-the-spring"),
        # a calibre inside the first figure's noun does not break a row of figures a period after them closes
        pytest.param("Pyongyang delivered roughly 120 Koksan 170mm self-propelled guns and about 240 multiple rocket "
                     "launchers to Russia between November and March.", "2025-04-15", ("2024-11-01", "2025-03-31"),
                     id="en-row-past-a-calibre"),
    ],
)
def test_english_periods_of_the_twenty_ninth_session(text, published, period):
    row = extract_claims(text, published=published, language="en").row(0, named=True)
    assert (str(row["reference_start"]), str(row["reference_end"])) == period


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a house number after a street's name or before one is a designation
        pytest.param("Die Ausstellung in der Lindenstraße 12 zeigt Fotos der rund 11.000 nordkoreanischen Soldaten in Kursk.",
                     "de", "12", "house number", id="de-lindenstrasse-12"),
        pytest.param("Activists rallied outside 10 Downing Street as Seoul said some 11,000 North Korean troops were in Russia.",
                     "en", "10", "house number", id="en-10-downing-street"),
        # troops under arms are a whole army, whatever noun stands between
        pytest.param("Japan, which keeps about 250,000 troops under arms, condemned the dispatch of 11,000 North Koreans.", "en",
                     "250,000", "army size", id="en-250000-troops-under-arms"),
        # a kind of unit's strength, said in a generic sentence ("je nach", "as a rule")
        pytest.param("Kiew meldet den Verlust eines nordkoreanischen Regiments. Ein solches zählt je nach Gliederung 1.500 bis "
                     "2.000 Soldaten; insgesamt sind rund 11.000 Nordkoreaner in Kursk.", "de", "1.500 bis 2.000",
                     "general fact", id="de-solches-zaehlt-je-nach"),
        pytest.param("A North Korean battalion as a rule has 400 to 600 men, and some 11,000 troops were sent in all.", "en",
                     "400 to 600", "general fact", id="en-as-a-rule-battalion-has"),
        # a figure the piece says it gave by mistake, or in its first version, is withdrawn
        pytest.param("Korrektur: In der ursprünglichen Fassung hieß es, 16.000 Nordkoreaner seien gefallen. Nach Angaben des "
                     "NIS sind es rund 600.", "de", "16.000", "corrected", id="de-korrektur-urspruengliche-fassung"),
        pytest.param("Correction: An earlier version of this story said 40,000 North Korean workers had arrived in Russia this "
                     "year. Seoul puts the number at about 15,000.", "en", "40,000", "corrected",
                     id="en-earlier-version-of-this-story"),
        # a magnitude in words with an unknown plural after its "of" counts that thing
        pytest.param("Russian troops have retaken dozens of settlements since the summer, while some 11,000 North Koreans "
                     "fought in Kursk.", "en", "dozens", "something else", id="en-dozens-of-settlements"),
        # the alternative a figure is preferred to is no claim; the preferred figure counts its noun
        pytest.param("Ein Offizier sagte, es seien eher 14.000 als 12.000 Soldaten nach Russland gegangen.", "de", "12.000",
                     "corrected", id="de-eher-14000-als-12000"),
        pytest.param("A Western official said the true toll was closer to 3,000 than 1,000 dead.", "en", "1,000", "corrected",
                     id="en-closer-to-3000-than-1000"),
    ],
)
def test_not_claims_of_the_thirtieth_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # the figure a correction gives as right stays a claim, in the same sentence too
        pytest.param("An earlier version of this article said 14,000 soldiers had been killed; the correct figure is about "
                     "1,400 killed.", "en", "1,400", "casualties", "killed", id="en-correction-the-correct-figure"),
        # a generic sentence about units says nothing about a unit sent with its strength
        pytest.param("The regiment has 3,000 soldiers in Kursk, Kyiv said.", "en", "3,000", "troops_deployed", None,
                     id="en-regiment-has-3000-in-kursk"),
        # expecting people, the figure after the verb, is a plan; a date after it is not
        pytest.param("Bis zum Sommer erwartet Moskau weitere 4.000 nordkoreanische Soldaten.", "de", "4.000", "troops_planned",
                     None, id="de-erwartet-moskau-weitere-soldaten"),
        pytest.param("Rund 11.000 Nordkoreaner stehen in Kursk; die nächste Offensive wird für den 3. Mai erwartet.", "de",
                     "11.000", "troops_deployed", None, id="de-offensive-fuer-den-3-mai-erwartet"),

        # harmed: the separable "zu Schaden kommen"
        pytest.param("Bei den Kämpfen im Grenzgebiet sind nach Kiewer Angaben rund 300 Nordkoreaner zu Schaden gekommen.",
                     "de", "300", "casualties", "killed_or_wounded", id="de-zu-schaden-gekommen"),
        # (never a partitive of digits, nor "of" with a possessive: people the vocabulary does not name)
        pytest.param("The spy agency estimates that some 15,000 of their compatriots have been deployed in all.", "en",
                     "15,000", "troops_deployed", None, id="en-15000-of-their-compatriots"),
        pytest.param("Ein Offizier sagte, es seien eher 14.000 als 12.000 Soldaten nach Russland gegangen.", "de", "14.000",
                     "troops_deployed", None, id="de-eher-14000-als-12000-soldaten"),
        # the labelled items of a fact line on one line are read one by one; a headline's parts are not items
        pytest.param("BY THE NUMBERS | Troops deployed: 14,000 | Wounded: 3,500 | Dead: around 2,000", "en", "14,000",
                     "troops_deployed", None, id="en-fact-line-items-one-by-one"),
        pytest.param("Zahlen · Entsandt: 14.000 · Verwundet: 3.500 · Tot: rund 2.000", "de", "3.500", "casualties", "wounded",
                     id="de-fact-line-items-one-by-one"),
        # a relative clause of the figure before, up to the main verb's modal, is that figure's: its tense is not the next
        # figure's
        pytest.param("The 12,000 soldiers who crossed into Russia last autumn could be joined by another 5,000, Seoul "
                     "believes.", "en", "5,000", "troops_planned", None, id="en-who-crossed-could-be-joined"),
        pytest.param("The 12,000 soldiers who crossed into Russia last autumn could be joined by another 5,000, Seoul "
                     "believes.", "en", "12,000", "troops_deployed", None, id="en-who-crossed-keeps-its-own-tense"),
        # "of the former", "der letzteren": the first or the second of two nouns named before
        pytest.param("Moskau erwartet 6.000 Minenräumer und Militärbauarbeiter aus Nordkorea, davon 1.000 der ersteren und "
                     "5.000 der letzteren.", "de", "5.000", "construction_workers", None, id="de-5000-der-letzteren"),
        pytest.param("Pyongyang pledged 6,000 deminers and military builders: 1,000 of the former, 5,000 of the latter.", "en",
                     "1,000", "sappers", None, id="en-1000-of-the-former"),
    ],
)
def test_quantities_of_the_thirtieth_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # a line that names the source of the figures above it in the same block
        pytest.param("Faktenbox: Pjöngjangs Beitrag\n• Entsandt: rund 14.000 Soldaten, in drei Wellen\n• Gefallen: etwa 2.000\n"
                     "Quelle der Angaben: Südkoreas Geheimdienst NIS\n\nIn Pjöngjang wurde ein Denkmal eingeweiht.", "de",
                     "14.000", "kr_nis", "Südkoreas Geheimdienst NIS", id="de-quelle-line-closes-the-box"),
        pytest.param("BY THE NUMBERS | Troops deployed: 14,000 | Dead: around 2,000 | Data: Ukraine's military intelligence "
                     "agency", "en", "14,000", "ua_hur", "Ukraine's military intelligence agency",
                     id="en-data-line-after-bars"),
        # a source line under another block names nothing of this one
        pytest.param("Pjöngjang soll 2.000 weitere Soldaten vorbereiten.\n\nZahlen im Überblick\nArbeiter: 15.000\nQuelle: NIS",
                     "de", "2.000", "unattributed", None, id="de-quelle-line-of-another-block"),
        # a parenthesis right before a line's colon names the source of the figure after it; a speaker's affiliation
        # before a sentence does not
        pytest.param("Entsandt (HUR, Stand März): rund 14.000 Soldaten\nGefallen (HUR): etwa 2.000", "de", "2.000", "ua_hur",
                     "HUR", id="de-label-parenthesis-before-colon"),
        pytest.param("Frage: Wie viele sind noch dort?\nKorea-Forscher Jan Weber (Universität Berlin): Nach allem, was wir "
                     "hören, sind es etwa 9.000.", "de", "9.000", "unresolved", "Korea-Forscher Jan Weber (Universität Berlin)",
                     id="de-speaker-affiliation-before-colon"),
        # a figure in the words that name a claimer is not theirs to claim, nor a pronoun's that points back to them
        pytest.param("The elder of the three North Korean prisoners in Kyiv, a 27-year-old sniper, told a Japanese broadcaster "
                     "that about 40 men of his platoon had died. He said he wanted to go to Seoul.", "en", "three",
                     "unattributed", None, id="en-elder-of-the-three-prisoners-told"),
        pytest.param("Der ältere der zwei gefangenen Nordkoreaner sagte der Zeitung, etwa 40 Kameraden seien gefallen.", "de",
                     "zwei", "unattributed", None, id="de-der-aeltere-der-zwei-gefangenen-sagte"),
        # a capitalised figure after a body is no part of its name
        pytest.param("Nordkorea hat nach Erkenntnissen des südkoreanischen Nachrichtendienstes Hunderte Arbeiter nach Russland "
                     "geschickt.", "de", "Hunderte", "kr_nis", "des südkoreanischen Nachrichtendienstes",
                     id="de-nachrichtendienstes-hunderte-arbeiter"),
        # the participle as the figure's adverb ("die geschätzt 11.000") names no one: the claimer of the clause does
        pytest.param("Von den geschätzt 12.000 Soldaten, die Kim Jong Un nach Russland geschickt hat, sind nach Einschätzung "
                     "britischer Beamter rund 5.000 verwundet.", "de", "12.000", "uk_government", "britischer Beamter",
                     id="de-geschaetzt-as-the-figures-adverb"),
        # a placed body right before "quoted by"/"cited by" speaks in the verb after; who quoted it passes it on
        pytest.param("Ukrainian intelligence figures cited by Reuters put the number of North Koreans in Kursk at about "
                     "12,000.", "en", "12,000", "ua_intelligence", "Ukrainian intelligence", id="en-figures-cited-by-reuters"),
        pytest.param("Russian border statistics quoted by a Seoul daily show some 13,000 North Koreans entering Russia in "
                     "2024.", "en", "13,000", "ru_government", "Russian border statistics",
                     id="en-statistics-quoted-by-a-daily"),
        # whom a figure goes back to, said in the next sentence
        pytest.param("Faktencheck: Kämpfen 50.000 Nordkoreaner in der Ukraine? Nein. Die Zahl geht auf einen prorussischen "
                     "Telegram-Kanal zurück.", "de", "50.000", "unresolved", "einen prorussischen Telegram-Kanal",
                     id="de-die-zahl-geht-auf-zurueck"),
        # an interview's answer labelled with who gives it
        pytest.param("Frage: Wie viele sind noch an der Front? Antwort des Potsdamer Militärhistorikers Paul Brandt: Ich "
                     "schätze, etwa 7.000 Mann.", "de", "7.000", "unresolved", "Potsdamer Militärhistorikers Paul Brandt",
                     id="de-antwort-des-militaerhistorikers"),
        # "figures" as a verb before the subject of the clause it takes
        pytest.param("HOST: How many are left? GUEST: Well, Ukraine's military intelligence figures there are still about "
                     "8,000 of them in Kursk.", "en", "8,000", "ua_hur", "Ukraine's military intelligence",
                     id="en-intelligence-figures-there-are"),
        # a lone label opening the text that names no one is its kind, not a speaker; a source line after the figures on
        # the same line names their source
        pytest.param("EXPLAINER: Pyongyang has sent some 14,000 soldiers to Russia since October 2024.", "en", "14,000",
                     "unattributed", None, id="en-lone-kind-label-no-speaker"),
        pytest.param("KEY FIGURES · Troops sent: 14,000 · Dead: about 2,000 · Figures: Ukraine's military intelligence agency",
                     "en", "14,000", "ua_hur", "Ukraine's military intelligence agency", id="en-source-line-on-the-same-line"),
        # (a transcript's labels stay speakers)
        pytest.param("MODERATOR: How many are there?\nCOLONEL HARTMANN: We count about 11,000 in Kursk.", "en", "11,000",
                     "unresolved", "COLONEL HARTMANN", id="en-transcript-label-stays-a-speaker"),
    ],
)
def test_sources_of_the_thirtieth_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "published", "language", "period"),
    [
        # "since" before a clause of beginning with its month: open from that month
        pytest.param("Britain says some 3,000 North Korean soldiers have been wounded since the fighting started in "
                     "December.", "2025-02-10", "en", ("2024-12-01", "None"), id="en-since-the-fighting-started-in-december"),
        pytest.param("Kyiv estimates that about 1,200 North Koreans have died since combat began in December.", "2025-02-10",
                     "en", ("2024-12-01", "None"), id="en-since-combat-began-in-december"),
    ],
)
def test_periods_of_the_thirtieth_session(text, published, language, period):
    row = extract_claims(text, published=published, language=language).row(0, named=True)
    assert (str(row["reference_start"]), str(row["reference_end"])) == period


@pytest.mark.parametrize(
    ("text", "language", "number", "values"),
    [
        # "keine N", "nicht einmal N", "not even N": fewer than N
        pytest.param("Keine 1.000 Minenräumer, sondern nur einige Hundert hat Nordkorea bisher nach Kursk geschickt.", "de",
                     "1.000", (None, 1000.0, 1000.0), id="de-keine-1000-minenraeumer"),
        pytest.param("Nicht einmal 500 nordkoreanische Soldaten stehen nach Kiewer Angaben noch in Kursk.", "de", "500",
                     (None, 500.0, 500.0), id="de-nicht-einmal-500"),
        pytest.param("Not even 500 North Korean soldiers remain in Kursk, Kyiv said.", "en", "500", (None, 500.0, 500.0),
                     id="en-not-even-500"),
    ],
)
def test_bounds_of_the_thirtieth_session(text, language, number, values):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["value_low"], row["value_best"], row["value_high"]) == values


# -- thirty-first session ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # an addition to what the sentence before counted goes on in its voice ("Hinzu kommen", "zudem")
        pytest.param("Der NIS legte den Abgeordneten einen Bericht vor. Demnach arbeiten rund 15.000 Arbeitskräfte aus "
                     "Nordkorea in Russland. Hinzu kommen etwa 1.000 Militärbauer, die in Kursk Straßen instand setzen.",
                     "de", "1.000", "kr_nis", "Der NIS", id="de-hinzu-kommen-goes-on"),
        pytest.param("Nach Angaben des NIS sind rund 5.000 Bausoldaten in Russland. Hinzu kämen 1.000 Pioniere für die "
                     "Minensuche. Knapp 10.000 Soldaten hielten sich zudem an der Grenze auf.", "de", "10.000", "kr_nis",
                     "des NIS", id="de-zudem-goes-on"),
        # (an unattributed sentence before breaks the chain as ever)
        pytest.param("Nordkorea ist isoliert. Knapp 10.000 Soldaten hielten sich zudem an der Grenze auf.", "de", "10.000",
                     "unattributed", None, id="de-zudem-after-nothing-attributed"),
        # an acronym before a figure noun names whose figure it is
        pytest.param("The NIS figure of 300 dead and 2,700 wounded is the one most analysts trust.", "en", "2,700", "kr_nis",
                     "The NIS", id="en-the-nis-figure-of"),
        pytest.param("The HUR tally for January puts the dead at 1,000 North Koreans.", "en", "1,000", "ua_hur", "The HUR",
                     id="en-the-hur-tally-for"),
        # (a lowercase noun before it names nothing: "the casualty figure of")
        pytest.param("The casualty figure of 3,000 North Koreans has not been confirmed.", "en", "3,000", "unattributed",
                     None, id="en-the-casualty-figure-of"),
        # the estimates or report just named, as the subject of what it says, go on in their source's voice
        pytest.param("Casualties stand at about 4,700, South Korean intelligence estimates cited by lawmakers show. Pyongyang "
                     "has deployed some 15,000 soldiers in two waves, the estimates indicate.", "en", "15,000", "kr_nis",
                     "South Korean intelligence", id="en-the-estimates-indicate"),
        # the sending country's troops are what is counted, never who speaks nor whom "it" or "the ministry" means
        pytest.param("Britain's Defence Intelligence assessed in its daily update that Russia suffered heavy losses in "
                     "January. North Korean forces, it said, have lost about 1,000 killed since December.", "en", "1,000",
                     "uk_intelligence", "Britain's Defence Intelligence", id="en-north-korean-forces-it-said"),
        pytest.param("North Korean forces have lost about 1,000 killed since December, according to Ukraine's military.",
                     "en", "1,000", "ua_military", "Ukraine's military", id="en-north-korean-forces-according-to"),
        pytest.param("Nach Angaben des ukrainischen Generalstabs hat Russland 62.400 Mann verloren. Die nordkoreanischen "
                     "Einheiten kommen demnach auf mehr als 4.500 Tote und Verwundete.", "de", "4.500", "ua_military",
                     "des ukrainischen Generalstabs", id="de-die-nordkoreanischen-einheiten-kommen-demnach-auf"),
        # (North Korea's army or state media still speak)
        pytest.param("North Korea's army said 1,000 soldiers had been honoured.", "en", "1,000", "kp_military",
                     "North Korea's army", id="en-north-koreas-army-said"),
    ],
)
def test_sources_of_the_thirty_first_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a million people and more, with people, reservists or "strong" right after them, are a whole army
        pytest.param("An Soldaten mangelt es Kim Jong Un nicht: Rund 1,2 Millionen Männer und Frauen dienen in der "
                     "Volksarmee. Nach Russland gingen etwa 11.000.", "de", "1,2 Millionen", "army size",
                     id="de-millionen-maenner-und-frauen"),
        pytest.param("Kim Jong Un hat rund 1,2 Millionen Soldaten, dazu kommen mehrere Millionen Reservisten. Nach Russland "
                     "gingen etwa 11.000 Soldaten.", "de",
                     "mehrere Millionen", "army size", id="de-mehrere-millionen-reservisten"),
        pytest.param("North Korea has one of the world's largest armies, some 1.28 million strong; it sent about 11,000 "
                     "troops to Russia.", "en", "1.28 million", "army size", id="en-million-strong"),
        # a fact line's label of soldiers before a million and more: a whole army
        pytest.param("Nordkorea in Zahlen\nEinwohner: rund 26 Millionen\nAktive Soldaten: etwa 1,28 Millionen\n"
                     "Nach Russland entsandt (NIS): rund 15.000 Soldaten", "de", "1,28 Millionen", "army size",
                     id="de-aktive-soldaten-label"),
        # a country that suffered the losses other than the North: its own
        pytest.param("Britain's Defence Intelligence said Russia suffered around 1,300 casualties a day in January, while "
                     "North Korean forces lost about 1,000 killed.", "en", "1,300", "another country (ru)",
                     id="en-russia-suffered-casualties"),
    ],
)
def test_not_claims_of_the_thirty_first_session(text, language, number, reason):
    _assert_no_claim(text, language, number, reason)


@pytest.mark.parametrize(
    ("text", "published", "language", "number", "period"),
    [
        # the count of batches a sending came in does not part the figure from its period
        pytest.param("The spy agency told lawmakers that North Korea has dispatched some 15,000 troops to Russia in two waves "
                     "since last October, of whom about 4,700 have become casualties.", "2025-04-30", "en", "15,000",
                     ("2024-10-01", "None"), id="en-in-two-waves-since-last-october"),
        # an as-of date of another clause gives way to the figure's own period
        pytest.param("Ukrainian officials put the contingent at 12,000 as of mid-April, and Kyiv says about 6,000 of them "
                     "were killed or wounded over the winter.", "2025-05-02", "en", "6,000", ("2024-12-01", "2025-02-28"),
                     id="en-as-of-gives-way-to-over-the-winter"),
        # "über den Winter": a season gone through
        pytest.param("Kiew zufolge wurden über den Winter etwa 6.000 Nordkoreaner getötet oder verwundet.", "2025-05-02",
                     "de", "6.000", ("2024-12-01", "2025-02-28"), id="de-ueber-den-winter"),
    ],
)
def test_periods_of_the_thirty_first_session(text, published, language, number, period):
    row = _claim_of(text, language, published, number, only=False)
    assert (str(row["reference_start"]), str(row["reference_end"])) == period


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # English: a lowercase word between a head noun and a country's name is a verb, not a modifier of the country
        pytest.param("Estonia’s Foreign Intelligence Service expects North Korea to go on supplying shells, the agency said. "
                     "It says Pyongyang could send another 10,000 troops this year.", "10,000", "unresolved",
                     id="en-service-expects-north-korea"),
        # (a modifier before its head still joins: "the embattled North Korean leader")
        pytest.param("South Korea's spy agency said 10,000 troops were sent.", "10,000", "kr_nis", id="en-spy-agency-said"),
    ],
)
def test_a_verb_after_a_head_is_no_modifier(text, number, source):
    row = _claim_of(text, "en", "2025-06-01", number, only=False)
    assert row["source"] == source


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # lives lost: the verb before the figure, the life after it
        pytest.param("The mission cost nine lives, state broadcaster KCTV said.", "en", "nine", "casualties", "killed",
                     id="en-cost-nine-lives"),
        pytest.param("The fighting has claimed some 1,000 North Korean lives, Kyiv said.", "en", "1,000", "casualties",
                     "killed", id="en-claimed-north-korean-lives"),
        pytest.param("Die Kämpfe kosteten nach Kiewer Angaben rund 1.000 Nordkoreaner das Leben.", "de", "1.000",
                     "casualties", "killed", id="de-kosteten-das-leben"),
        # (never a place lived in)
        pytest.param("Some 15,000 North Korean workers now live in Russia, and one of them lives in Kursk, Seoul said.",
                     "en", "15,000", "workers", None, id="en-lives-in-kursk"),
    ],
)
def test_quantities_of_the_thirty_first_session(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


def test_kctv_is_north_korean_state_media():
    claims = extract_claims("The mission cost nine lives, state broadcaster KCTV said.", published="2025-12-12",
                            language="en")
    assert claims.row(0, named=True)["source"] == "kp_kcna"


@pytest.mark.parametrize(
    ("text", "number", "source", "source_text"),
    [
        # a claim circulating online with no one named: the crowd's words are the claimer
        pytest.param("In sozialen Netzwerken kursiert die Behauptung, in Kursk seien bereits 30.000 Nordkoreaner gefallen. "
                     "Belege dafür gibt es nicht.", "30.000", "unresolved", "In sozialen Netzwerken",
                     id="de-in-sozialen-netzwerken-kursiert"),
        # (someone posting there is the claimer)
        pytest.param("Selenskyj schrieb in sozialen Netzwerken, rund 3.000 Nordkoreaner seien getötet oder verwundet "
                     "worden.", "3.000", "ua_zelensky", "Selenskyj", id="de-selenskyj-schrieb-in-sozialen-netzwerken"),
    ],
)
def test_a_claim_circulating_online(text, number, source, source_text):
    row = _claim_of(text, "de", "2025-02-05", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "language", "number", "source"),
    [
        # the document named before, named again with "same": its source's words
        pytest.param("Ukraine's General Staff says Russia lost 1,150 troops over the past day. The same update says North "
                     "Korean units in Kursk have lost roughly 4,000 men killed or wounded since December.", "en", "4,000",
                     "ua_military", id="en-the-same-update-says"),
        pytest.param("Russia's losses have passed 800,000, according to Ukraine's General Staff. The same daily bulletin said "
                     "North Korean units had lost 41 men in Kursk.", "en", "41", "ua_military", id="en-the-same-daily-bulletin"),
        pytest.param("Der ukrainische Generalstab meldet 1.150 russische Verluste. Derselbe Lagebericht beziffert die "
                     "nordkoreanischen Verluste auf rund 4.000 Mann.", "de", "4.000", "ua_military",
                     id="de-derselbe-lagebericht"),
    ],
)
def test_the_same_document_named_again(text, language, number, source):
    row = _claim_of(text, language, "2025-02-14", number, only=False)
    assert row["source"] == source


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # who says so between a noun and its figure is never the counted noun
        pytest.param("Die Zahl der gelieferten Granaten liegt nach Angaben der Fachleute bei rund 200.000.", "de", "200.000",
                     "munitions", id="de-zahl-der-granaten-nach-angaben-der-fachleute"),
        pytest.param("Die Zahl der Artilleriegranaten liegt laut Fachleuten bei rund 200.000.", "de", "200.000", "munitions",
                     id="de-zahl-der-granaten-laut-fachleuten"),
        # (the North's own losses stay a claim)
        pytest.param("North Korea suffered around 4,000 casualties in Kursk, Kyiv said.", "en", "4,000", "casualties",
                     id="en-north-korea-suffered"),
    ],
)
def test_counted_nouns_of_the_thirty_first_session(text, language, number, quantity):
    row = _claim_of(text, language, "2025-06-01", number, only=False)
    assert row["quantity"] == quantity


# -- the thirty-second session ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # a pronoun after the words it speaks ("meinte er": its verb between) never means the sending country's leader
        # named as the actor in those words
        pytest.param("Präsident Wolodymyr Selenskyj bezifferte die nordkoreanischen Verluste auf rund 3.800. Notfalls könne "
                     "Kim Jong Un noch einmal 30.000 bis 40.000 Soldaten nachschieben, meinte er.", "de", "30.000",
                     "ua_zelensky", "Präsident Wolodymyr Selenskyj", id="de-kim-in-the-words-meinte-er"),
        pytest.param("Zelensky put North Korean losses at about 3,800. Kim could send another 30,000 troops if needed, he "
                     "said.", "en", "30,000", "ua_zelensky", "Zelensky", id="en-kim-in-the-words-he-said"),
        # (the leader who speaks in a clause of his own before the words stays their speaker)
        pytest.param("Machthaber Kim Jong Un würdigte nach Angaben der Staatsagentur KCNA das Regiment; neun Soldaten "
                     "hätten dabei ihr Leben verloren, sagte er.", "de", "neun", "kp_government", "Machthaber Kim Jong Un",
                     id="de-kim-before-the-words-sagte-er"),
        # a claimer who said nothing, gave no figure, is none: the figure before stays unattributed
        pytest.param("Roughly 11,000 North Korean troops are thought to be fighting for Russia. Washington and Seoul have "
                     "called the deployment an escalation, and Pyongyang has said nothing.", "en", "11,000", "unattributed",
                     None, id="en-pyongyang-has-said-nothing"),
        pytest.param("About 11,000 North Korean troops are in Kursk. Moscow gave no figures of its own.", "en", "11,000",
                     "unattributed", None, id="en-gave-no-figures"),
        # "added" with a figure as its object is an increase, not a saying
        pytest.param("Britain's defence ministry said 6,000 North Koreans had become casualties. Around 11,000 troops were "
                     "sent at first, and Pyongyang has since added about 3,000 reinforcements, the ministry said.", "en",
                     "3,000", "uk_intelligence", "Britain's defence ministry", id="en-pyongyang-has-since-added-3000"),
    ],
)
def test_sources_of_the_thirty_second_session(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-01-09", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # the people themselves as the subject of a small number that ends its clause: their age
        pytest.param("Two North Korean soldiers were captured in Kursk. The men are 20 and 26.", "en", "26", "age",
                     id="en-the-men-are-20-and-26"),
        pytest.param("Zwei nordkoreanische Soldaten wurden gefangen genommen. Die Gefangenen sind 21 und 26.", "de", "21",
                     "age", id="de-die-gefangenen-sind-21-und-26"),
        pytest.param("North Korean troops in Kursk are mostly young, while the average Ukrainian infantryman is over 45, a "
                     "Ukrainian commander told reporters.", "en", "over 45", "age", id="en-the-average-infantryman-is-over-45"),
        # a factor is a ratio
        pytest.param("Estimates of North Korea's losses differ by a factor of three. Zelensky has spoken of nearly 4,000 "
                     "killed or wounded.", "en", "three", "ratio", id="en-by-a-factor-of-three"),
        # an age set off by commas after "einer der beiden"
        pytest.param("Die zwei nordkoreanischen Soldaten sitzen in Kiew in Haft. Einer der beiden, 26, will nach Südkorea.",
                     "de", "26", "age", id="de-einer-der-beiden-26"),
        # a month in capitals before its day (a transcript's heading): a date
        pytest.param("PENTAGON PRESS BRIEFING, OCT. 28, 2024\nMAJ. GEN. RYDER: We assess that around 10,000 DPRK soldiers "
                     "have been sent to eastern Russia.", "en", "OCT. 28, 2024", "date", id="en-oct-28-in-capitals"),
    ],
)
def test_not_claims_of_the_thirty_second_session(text, language, number, reason):
    row, claims = _mention_of(text, language, number)
    assert row["mention_status"] == "not_a_claim" and reason in (row["status_reason"] + row["kind"])
    assert not any(c["number_text"] == number for c in claims)


def test_a_month_in_capitals_is_one_only_before_its_day():
    from analysis.extract.mentions import find_mentions

    assert find_mentions("KIM MAY SEND 3,000 MORE TROOPS", "en")["number_text"].to_list() == ["3,000"]
    assert find_mentions("PJÖNGJANG, 28. OKTOBER 2024", "de")["kind"].to_list() == ["date"]


def test_few_thousand_is_vague():
    row = _mention_of("Im Dienst stehen davon jeweils nur wenige Tausend.", "de", "wenige Tausend")[0]
    assert (row["value_low"], row["value_high"], row["bound"]) == (2000, 9999, "vague")


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type", "bound"),
    [
        # a count of one in words: "one"/"ein" as the subject or object of a capture or a death
        pytest.param("Kyiv says it has taken just two North Koreans alive; one more died of his wounds shortly after "
                     "capture, according to the SBU.", "en", "one", "casualties", "killed", "exact", id="en-one-more-died"),
        pytest.param("Ukraine's special forces said they had killed 17 North Korean soldiers and taken one prisoner.", "en",
                     "one", "captured", None, "exact", id="en-taken-one-prisoner"),
        pytest.param("The commander said at least one was heard shouting before he blew himself up.", "en", "at least one",
                     "casualties", "killed", "lower", id="en-at-least-one-blew-himself-up"),
        pytest.param("Erstmals ist nach Angaben des Geheimdienstes ein nordkoreanischer Soldat in ukrainische "
                     "Gefangenschaft geraten.", "de", "ein", "captured", None, "exact", id="de-ein-soldat-in-gefangenschaft"),
        pytest.param("Im Gebiet Kursk ist nach ukrainischen Angaben ein weiterer Nordkoreaner in Gefangenschaft geraten.",
                     "de", "ein", "captured", None, "exact", id="de-ein-weiterer-nordkoreaner"),
        # a prisoner's death is a death
        pytest.param("Just two have been captured alive, while one more prisoner died of his wounds, the staff added.",
                     "en", "one", "casualties", "killed", "exact", id="en-one-more-prisoner-died"),
        # the wounded who died are dead: the wound says who they were, the verb what befell them
        pytest.param("Ukrainian special forces said one wounded fighter blew himself up as they approached.", "en", "one",
                     "casualties", "killed", "exact", id="en-one-wounded-fighter-blew-himself-up"),
        pytest.param("Two wounded North Korean soldiers died in hospital, the SBU said.", "en", "Two", "casualties", "killed",
                     "exact", id="en-two-wounded-soldiers-died"),
        pytest.param("Zwei verwundete nordkoreanische Soldaten starben im Lazarett, teilte der SBU mit.", "de", "Zwei",
                     "casualties", "killed", "exact", id="de-zwei-verwundete-starben"),
        pytest.param("Ukrainische Spezialkräfte berichteten, ein Verwundeter habe sich mit einer Handgranate in die Luft "
                     "gesprengt.", "de", "ein", "casualties", "killed", "exact", id="de-ein-verwundeter-sprengte-sich"),
        # (a list of both kinds, in either order, is both)
        pytest.param("Zahlen kommen nur aus Seoul, wo der Generalstab von rund 14.000 Entsandten ausgeht, darunter etwa 4.700 "
                     "Verletzte und Gefallene, sowie aus Kiew.", "de", "4.700", "casualties", "killed_or_wounded",
                     "approximate", id="de-verletzte-und-gefallene"),
        pytest.param("North Korea has suffered about 4,700 wounded and dead, Seoul said.", "en", "4,700", "casualties",
                     "killed_or_wounded", "approximate", id="en-wounded-and-dead"),
    ],
)
def test_counts_of_one_and_the_wounded_who_died(text, language, number, quantity, casualty_type, bound):
    row = _claim_of(text, language, "2025-01-20", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)
    assert _mention_of(text, language, number)[0]["bound"] == bound


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "one"/"ein" as a pronoun or an article is no count
        pytest.param("One of the soldiers said he wanted to stay in Ukraine. One day later he was moved.", "en",
                     id="en-one-of-one-day"),
        pytest.param("It is a claim impossible to verify, and one that, if true, would amount to a sixth of all the deaths.",
                     "en", id="en-one-that"),
        pytest.param("In einem Verhörvideo schildert ein gefangener Nordkoreaner seine Reise an die Front.", "de",
                     id="de-ein-gefangener-nordkoreaner-schildert"),
        pytest.param("Laut SBU ist einer der Gefangenen 20 Jahre alt, der andere 26.", "de", id="de-einer-der-gefangenen"),
        pytest.param("Ein Sprecher sagte, die Soldaten seien gefallen.", "de", id="de-ein-sprecher"),
    ],
)
def test_one_as_a_pronoun_or_an_article_is_no_count(text, language):
    claims = extract_claims(text, published="2025-01-20", language=language)
    assert not any(t.lower().startswith(("one", "ein")) for t in claims["number_text"].to_list())


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity"),
    [
        # a German relative clause of the figure before, closed by its comma, is that figure's: the part's own modal decides
        pytest.param("Von den rund 11.000 Nordkoreanern, die bereits im Gebiet Kursk stationiert seien, könnten bis zu 8.000 "
                     "schon in wenigen Tagen in Gefechte geschickt werden, sagte Umjerow.", "de", "8.000", "troops_planned",
                     id="de-relative-of-the-base-then-koennten"),
        pytest.param("Von den rund 11.000 Nordkoreanern, die bereits im Gebiet Kursk stationiert seien, könnten bis zu 8.000 "
                     "schon in wenigen Tagen in Gefechte geschickt werden, sagte Umjerow.", "de", "11.000",
                     "troops_deployed", id="de-the-base-stays-deployed"),
        # a decision governing a zu-infinitive of sending: still to come
        pytest.param("Nordkorea hat nach Erkenntnissen des Geheimdienstes beschlossen, insgesamt rund 12.000 Soldaten in den "
                     "Krieg gegen die Ukraine zu schicken.", "de", "12.000", "troops_planned", id="de-beschlossen-zu-schicken"),
        # the noun phrase that opens the sentence, before its relative clause, is what is counted
        pytest.param("Die Menge an Artilleriegranaten, die Nordkorea bisher an Russland geliefert hat, schätzt der "
                     "Nachrichtendienst inzwischen auf rund zehn Millionen.", "de", "zehn Millionen", "munitions",
                     id="de-menge-an-granaten-die-relative-schaetzt-auf"),
    ],
)
def test_tense_and_counted_nouns_across_german_relative_clauses(text, language, number, quantity):
    assert _claim_of(text, language, "2025-01-20", number, only=False)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "number", "quantity"),
    [
        # a time gone by in the figure's own words: what was ("3,000 or so early this year" after "It would be the third")
        pytest.param("It would be the North's third dispatch, after some 11,000 combat troops last year and 3,000 or so early "
                     "this year, the agency said.", "3,000", "troops_deployed", id="en-early-this-year"),
        # a force's size in the past is a force that was there
        pytest.param("The official did not say how many replacements might be sent, but noted that the original contingent "
                     "had numbered about 11,000.", "11,000", "troops_deployed", id="en-had-numbered"),
        # a definite force's size attribute: the force there is, whatever may befall it
        pytest.param("Its analysts also judge that Moscow may commit a larger share of the 11,000-strong contingent once it "
                     "has absorbed the early losses.", "11,000", "troops_deployed", id="en-share-of-the-11000-strong"),
        # (a force to come stays to come)
        pytest.param("Pyongyang could send a 30,000-strong force next year, Kyiv warned.", "30,000", "troops_planned",
                     id="en-could-send-a-30000-strong-force"),
    ],
)
def test_what_was_and_what_is_to_come_of_the_thirty_second_session(text, number, quantity):
    assert _claim_of(text, "en", "2025-06-26", number, only=False)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "source_text"),
    [
        # a dateline with a German date ("Seoul, 14. Januar –") names where it was filed, never who says it
        pytest.param("Seoul, 14. Januar – Südkoreas Geheimdienst hat seine Angaben nach oben korrigiert: Rund 300 Soldaten "
                     "seien gefallen.", "de", "300", "kr_nis", "Südkoreas Geheimdienst", id="de-dateline-14-januar"),
        # who offers, gives or draws a picture or a balance gives its figures
        pytest.param("Britain's defence intelligence staff offered a bleaker picture in a post on X on Tuesday. Of the "
                     "estimated 11,000 North Koreans deployed, more than 4,000 have probably become casualties.", "en",
                     "4,000", "uk_intelligence", "Britain's defence intelligence", id="en-offered-a-bleaker-picture"),
        pytest.param("Die Politologin Anna Weber zieht Bilanz des Einsatzes: „Nach unseren Auswertungen waren rund 12.000 "
                     "Nordkoreaner in Kursk im Einsatz.“", "de", "12.000", "unresolved", "Die Politologin Anna Weber",
                     id="de-zieht-bilanz-colon-quote"),
        pytest.param("Zum Jahrestag zog Kiews Militärgeheimdienst Bilanz: Nordkorea habe mehr als 4 Millionen Granaten "
                     "geliefert.", "de", "4 Millionen", "ua_hur", "Kiews Militärgeheimdienst", id="de-zog-bilanz"),
    ],
)
def test_claimers_who_draw_the_picture(text, language, number, source, source_text):
    row = _claim_of(text, language, "2025-01-28", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "number", "quantity", "casualty_type"),
    [
        # a figure after "out of" whose part before it counts the topic's people is the force they came from
        pytest.param("A senior Ukrainian military official told Reuters that about 500 North Korean soldiers had been killed "
                     "in the past week near Sudzha, out of some 5,000 thrown into the assault.", "5,000", "troops_deployed",
                     None, id="en-out-of-some-5000-thrown-into-the-assault"),
        # the sending country's people after the figure are whose figure it is, whatever country a clause before names;
        # "but that" opens a clause of its own
        pytest.param("Sabrina Singh said she had nothing to offer on Ukraine's own losses but that the department still "
                     "assessed about 11,000 North Koreans in Kursk.", "11,000", "troops_deployed", None,
                     id="en-ukraines-losses-but-that-11000-north-koreans"),
        # taken alive is taken prisoner; eliminating is killing
        pytest.param("Around 4,000 of the 12,000 North Korean troops have been killed or wounded, and only two have been "
                     "taken alive, the HUR said.", "two", "captured", None, id="en-only-two-taken-alive"),
        pytest.param("One day later, the unit reported eliminating 17 more.", "17", "casualties", "killed",
                     id="en-eliminating-17-more"),
        # (the first to be taken alive is no count of the force named after it)
        pytest.param("He was the first to be taken alive since the roughly 11,000-strong contingent arrived in Kursk, the "
                     "agency said.", "11,000", "troops_deployed", None, id="en-first-to-be-taken-alive-since"),
    ],
)
def test_bases_captives_and_the_killed_of_the_thirty_second_session(text, number, quantity, casualty_type):
    row = _claim_of(text, "en", "2025-01-21", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


@pytest.mark.parametrize(
    ("text", "number", "source", "source_text"),
    [
        # a transcript's speaker label with an affiliation in parentheses: the speaker, never a place in the affiliation
        pytest.param("DR MIRA LANGE (King's College London): I'd be careful. My own estimate is around 2,000 dead by the "
                     "summer.", "2,000", "unresolved", "DR MIRA LANGE", id="en-speaker-label-with-affiliation"),
        # "the one from X" stands for X's figure
        pytest.param("DR MIRA LANGE (King's College London): The figure I trust is the one from Seoul's intelligence "
                     "service, around 2,000 dead by the summer.", "2,000", "kr_nis", "Seoul's intelligence service",
                     id="en-the-one-from-seouls-intelligence-service"),
        # the Pentagon's spokesman of 2025 under a bare speaker label
        pytest.param("MR. PARNELL: What I can tell you is that we assess there are still roughly 10,000 North Korean "
                     "personnel in Russia.", "10,000", "us_government", "PARNELL", id="en-mr-parnell"),
    ],
)
def test_speakers_of_the_thirty_second_session(text, number, source, source_text):
    row = _claim_of(text, "en", "2025-09-10", number, only=False)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # those who did not come back are dead
        pytest.param("Neun Männer kehrten nicht zurück – sie seien beim Räumen gefallen, meldete die Staatsagentur KCNA.",
                     "de", "Neun", "casualties", "killed", id="de-kehrten-nicht-zurueck"),
        pytest.param("About 1,000 engineers went to Kursk, and nine of them never came home, KCNA said.", "en", "nine",
                     "casualties", "killed", id="en-never-came-home"),
    ],
)
def test_those_who_did_not_come_back(text, language, number, quantity, casualty_type):
    row = _claim_of(text, language, "2025-12-14", number, only=False)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type)


def test_an_unknown_acronym_with_a_city_adjective_is_no_government():
    row = _claim_of("Bis zu 8.000 weitere Soldaten könnten 2026 folgen, schätzt das Londoner IISS.", "de", "2025-12-01",
                    "8.000")
    assert (row["source"], row["source_text"]) == ("unresolved", "das Londoner IISS")
    # (a country's name in capitals stays its government)
    row = _claim_of("Rund 11.000 Nordkoreaner sind in Kursk, schätzen die USA.", "de", "2025-12-01", "11.000")
    assert row["source"] == "us_government"


@pytest.mark.parametrize(
    ("text", "number", "status"),
    [
        # pay per soldier is the deployment's, whatever else its sentence names
        pytest.param("Was bekommt Kim für seine Soldaten? Nach Angaben des südkoreanischen Geheimdienstes zahlt Moskau pro "
                     "Mann und Monat etwa 2.000 Dollar.", "etwa 2.000 Dollar", "claim", id="de-pro-mann-und-monat"),
        # a country's exports are its economy's, no claim
        pytest.param("Zum Vergleich: Nordkoreas offizielle Exporte lagen 2023 bei rund 300 Millionen Dollar.",
                     "rund 300 Millionen Dollar", "not_a_claim", id="de-exporte"),
    ],
)
def test_money_of_the_thirty_second_session(text, number, status):
    row, _ = _mention_of(text, "de", number)
    assert row["mention_status"] == status


@pytest.mark.parametrize(
    ("text", "language", "number", "source"),
    [
        # "the same" points back to the claimer placed last
        pytest.param("Seoul's spy agency counts about 15,000 troops sent (NIS). Killed: about 600 (same).", "en", "600",
                     "kr_nis", id="en-parenthesis-same"),
        pytest.param("Der ukrainische Generalstab meldet neue Zahlen. Im Gebiet Kursk kämpfen nach Einschätzung derselben "
                     "Stelle noch etwa 6.000 Nordkoreaner.", "de", "6.000", "ua_military", id="de-derselben-stelle"),
        # a figure whose apposition names where it was drawn from
        pytest.param("Pyongyang sent an estimated 14,000 troops, a figure drawn from South Korean intelligence.", "en",
                     "14,000", "kr_nis", id="en-figure-drawn-from"),
        pytest.param("About 600 of them were killed, an estimate attributed to the NIS.", "en", "600", "kr_nis",
                     id="en-estimate-attributed-to"),
    ],
)
def test_the_same_source_of_the_thirty_third_session(text, language, number, source):
    assert _claim_of(text, language, "2025-05-01", number)["source"] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a date in the clause of a verb of saying that ends at a comma dates the saying, not the words it reports
        pytest.param("Im Juni hatte Russlands Sicherheitsratschef Sergej Schoigu angekündigt, Pjöngjang werde 1.000 "
                     "Minenräumer nach Kursk schicken.", "1.000", id="de-im-juni-angekuendigt"),
        pytest.param("Im Oktober erklärte das Ministerium, rund 3.000 Nordkoreaner seien bereits in Russland.", "3.000",
                     id="de-im-oktober-erklaerte"),
        # a plan told with a perfect after its date: when it was told, no period
        pytest.param("Im Sommer hatte der japanische Sender NHK noch von 25.000 Arbeitskräften berichtet, die Pjöngjang "
                     "schicken wolle.", "25.000", id="de-im-sommer-hatte-berichtet"),
    ],
)
def test_the_date_of_a_saying_of_the_thirty_third_session(text, number):
    row = _claim_of(text, "de", "2025-11-14", number)
    assert (row["reference_start"], row["reference_end"]) == (None, None)


def test_a_date_before_a_parenthetical_saying_is_the_figures():
    # ("Since June, he said, ...": the verb set off by commas of its own leaves the date to the words it reports)
    row = _claim_of("Since June, he said, about 1,000 army deminers had arrived in Kursk.", "en", "2025-09-02", "1,000")
    assert str(row["reference_start"]) == "2025-06-01"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # who arrives at a count gives it
        pytest.param("Südkoreas Geheimdienst war zuletzt auf 300 Tote und 2.700 Verwundete gekommen.", "2.700", "kr_nis",
                     id="de-auf-gekommen"),
        pytest.param("Die Ukraine kommt auf rund 3.000 getötete Nordkoreaner.", "3.000", "ua_government",
                     id="de-kommt-auf"),
        # a study is a document that names its author
        pytest.param("Monatlich erreichen Russland nach einer Studie des britischen Open Source Centre etwa 750 Container "
                     "mit Munition aus Nordkorea.", "750", "osc", id="de-nach-einer-studie"),
    ],
)
def test_german_counts_and_studies_of_the_thirty_third_session(text, number, source):
    assert _claim_of(text, "de", "2025-04-23", number)["source"] == source


def test_a_list_item_on_its_own_line_goes_on_from_the_item_before():
    text = ("Das Wichtigste in Kürze\n• Nordkorea hat rund 11.000 Soldaten in die russische Region Kursk entsandt.\n"
            "• Kiew: Mehr als 3.000 von ihnen getötet oder verwundet.")
    row = _claim_of(text, "de", "2025-01-07", "3.000")
    assert (row["quantity"], row["casualty_type"]) == ("casualties", "killed_or_wounded")
    # (a line that is no item after it stays a paragraph of its own: "42 Drohnen über Belgorod")
    _assert_no_claim("• Nordkorea hat rund 11.000 Soldaten entsandt.\n\n• Russland meldet 42 Drohnen über Belgorod.", "de",
                     "42", "something else")


def test_an_unplaced_group_quoted_by_an_outlet_speaks_and_the_outlet_relays():
    row = _claim_of("Western officials quoted by the BBC estimate that about 1,000 North Korean soldiers have been killed.",
                    "en", "2024-12-29", "1,000")
    assert (row["source"], row["source_text"], row["via"]) == ("unresolved", "Western officials", "bbc")


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # a year range whose second year keeps its last two digits
        pytest.param("It is the North's first large-scale combat abroad since the 1950-53 Korean War.", "en", "53",
                     "range of years", id="en-1950-53"),
        # social counters of a page
        pytest.param("12,000 North Korean troops on the Kursk front, Kyiv says\nShare 127 · Comments 48", "en", "127",
                     "page furniture", id="en-share-counter"),
        pytest.param("Daily NK: up to 3,000 more North Korean troops being readied. Views: 15.2K", "en", "15.2K",
                     "page furniture", id="en-views-counter"),
        # a republic's population; a shortage of labour named by a plural noun short of it
        pytest.param("The captured North Korean's Russian ID was issued in Tuva, a Siberian republic of about 340,000 "
                     "people.", "en", "about 340,000", "population", id="en-republic-of-people"),
        pytest.param("With factories short of some 2 million workers, Russian firms have turned to North Korea.", "en",
                     "some 2 million", "shortage", id="en-factories-short-of"),
    ],
)
def test_not_claims_of_the_thirty_third_session(text, language, number, reason):
    row, claims = _mention_of(text, language, number)
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row
    assert not any(c["number_text"].endswith(number) for c in claims)


def test_a_season_across_two_years_is_one_date():
    row, _ = _mention_of("Im Winter 2024/25 wurden rund 2.700 Nordkoreaner verwundet.", "de", "Im Winter 2024/25")
    assert (row["kind"], row["date_edtf"]) == ("date", "2024-24")


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # arms given to Ukraine, its recipient the object of a verb of giving
        pytest.param("North Korea has shipped more than 20,000 containers of munitions to Russia, a flow officials set "
                     "beside the roughly 3 million artillery rounds Washington has sent Kyiv.", "en", "roughly 3 million",
                     "arms given to Ukraine", id="en-rounds-sent-kyiv"),
        pytest.param("Die Europäer hatten der Ukraine bis Ende 2024 eine Million Artilleriegranaten versprochen, während "
                     "Nordkorea Russland Millionen Granaten lieferte.", "de", "eine Million", "arms given to Ukraine",
                     id="de-der-ukraine-versprochen"),
        # the nationality adjective of a counted noun before the figure
        pytest.param("Im Februar hatte Selenskyj die Zahl der seit 2022 gefallenen ukrainischen Soldaten mit mehr als "
                     "46.000 angegeben.", "de", "mehr als 46.000", "another country (ua)", id="de-zahl-der-ukrainischen"),
        pytest.param("Zelensky put the number of Ukrainian soldiers killed since 2022 at more than 46,000.", "en",
                     "more than 46,000", "another country (ua)", id="en-number-of-ukrainian"),
        pytest.param("Zwei Nordkoreaner sind in Kiew in Haft. Russische Kriegsgefangene hält die Ukraine mehr als 6.000.",
                     "de", "mehr als 6.000", "another country (ru)", id="de-fronted-russische-kriegsgefangene"),
    ],
)
def test_other_sides_of_the_thirty_third_session(text, language, number, reason):
    row, claims = _mention_of(text, language, number)
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row
    assert not any(c["number_text"].endswith(number) for c in claims)


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # (arms the North sent, whatever else its sentence names)
        pytest.param("Nordkorea soll nach Angaben aus Kiew bislang mehrere Millionen Artilleriegranaten an Russland "
                     "geliefert haben.", "de", "mehrere Millionen", id="de-aus-kiew"),
        pytest.param("Nordkorea hat nach Angaben der Ukraine rund drei Millionen Granaten geliefert.", "de",
                     "rund drei Millionen", id="de-angaben-der-ukraine"),
        # (the North's own people by their adjective; people who estimate are no counted noun)
        pytest.param("Das Pentagon schätzt die Zahl der nordkoreanischen Soldaten auf russischer Seite auf 10.000.", "de",
                     "10.000", id="de-zahl-der-nordkoreanischen"),
        pytest.param("Die Gesamtzahl der gefallenen Nordkoreaner schätzen ukrainische Offiziere auf 1.100.", "de", "1.100",
                     id="de-gesamtzahl-offiziere"),
        pytest.param("Wie viele Soldaten beteiligt waren, ließ die Agentur offen – südkoreanische Fachleute schätzen gut "
                     "1.000 Nordkoreaner.", "de", "gut 1.000", id="de-fachleute-schaetzen"),
    ],
)
def test_the_norths_own_of_the_thirty_third_session(text, language, number):
    row, _ = _mention_of(text, language, number)
    assert row["mention_status"] == "claim", row


@pytest.mark.parametrize(
    ("text", "language", "number", "source", "via"),
    [
        # pictures are documents that name their author
        pytest.param("Auf einer Gedenkwand hängen nach Bildern des nordkoreanischen Staatsfernsehens die Porträts von 101 "
                     "Gefallenen.", "de", "101", "kp_kcna", None, id="de-nach-bildern-des"),
        # the party's newspaper is state media
        pytest.param("The faces of 101 soldiers killed in Kursk hang on a wall, according to photographs printed by Rodong "
                     "Sinmun.", "en", "101", "kp_kcna", None, id="en-printed-by-rodong"),
        # a leader a national outlet cites, no one named before: its country's
        pytest.param("Während des Einsatzes seien neun Angehörige des Pionierregiments ums Leben gekommen, zitierte das "
                     "Parteiorgan Rodong Sinmun den Machthaber.", "de", "neun", "kp_government", "kp_kcna",
                     id="de-zitierte-rodong-den-machthaber"),
    ],
)
def test_state_media_of_the_thirty_third_session(text, language, number, source, via):
    row = _claim_of(text, language, "2025-09-03", number)
    assert (row["source"], row["via"]) == (source, via)


def test_a_reckoning_verb_with_its_subject_inverted_before_its_particle():
    row = _claim_of("Auf Telegram rechnete Kursks Gouverneur Alexander Chinschtein vor, was rund 1.000 Pioniere aus der "
                    "befreundeten Republik geleistet hätten.", "de", "2025-12-15", "1.000")
    assert (row["source"], row["source_text"]) == ("ru_government", "Kursks Gouverneur Alexander Chinschtein")


@pytest.mark.parametrize(
    ("text", "language", "number", "source_text"),
    [
        # a British country's word stands for the defence ministry's intelligence updates (LABELS.md)
        pytest.param("That is more than half of the roughly 11,000 men Pyongyang first sent there, the British said.", "en",
                     "11,000", "the British", id="en-the-british"),
        pytest.param("Dazu kamen laut London rund 200 Raketenwerfer und Haubitzen aus Nordkorea.", "de", "200", "London",
                     id="de-laut-london"),
        # and the body named in the sentence after it, pointing back, gives its words
        pytest.param("Nordkoreas Truppen in Kursk haben nach britischer Einschätzung mehr als 6.000 Soldaten durch Tod oder "
                     "Verwundung eingebüßt. Der tägliche Lagebericht des Verteidigungsministeriums in London geht zudem "
                     "davon aus, dass Pjöngjang weitere Einheiten in Reserve hält.", "de", "6.000",
                     "des Verteidigungsministeriums in London", id="de-refined-by-the-ministry"),
    ],
)
def test_the_uk_by_its_countrys_word_of_the_thirty_third_session(text, language, number, source_text):
    row = _claim_of(text, language, "2025-06-16", number)
    assert (row["source"], row["source_text"]) == ("uk_intelligence", source_text)


def test_a_named_minister_of_the_uk_keeps_his_own_body():
    row = _claim_of("Der britische Premierminister Keir Starmer sprach von 11.000 Nordkoreanern.", "de", "2025-06-16",
                    "11.000")
    assert row["source"] == "uk_government"


def test_who_presents_a_document_named_as_the_object_is_its_claimer():
    text = ("Der Vereinigte Generalstab in Seoul hat am Donnerstag eine neue Lageeinschätzung vorgelegt. Demnach hat "
            "Nordkorea im Januar und Februar rund 3.000 zusätzliche Soldaten nach Russland verlegt.")
    row = _claim_of(text, "de", "2025-03-27", "3.000")
    assert (row["source"], row["source_text"]) == ("kr_jcs", "Der Vereinigte Generalstab in Seoul")


def test_a_lawmaker_named_again_relays_the_services_briefing():
    text = ("Von den rund 15.000 Soldaten sind nach Einschätzung des südkoreanischen Geheimdienstes etwa 600 gefallen, sagte "
            "der Abgeordnete Lee Seong Kweun nach einer Sitzung des Geheimdienstausschusses. Zudem habe Pjöngjang im "
            "vergangenen Jahr gut 15.000 Arbeitskräfte nach Russland entsandt, so Lee.")
    row = _claim_of(text, "de", "2025-04-30", "gut 15.000")
    assert row["source"] == "kr_nis"


def test_the_agency_never_means_the_outlet_of_the_dateline():
    text = ("SEOUL, April 30 (Yonhap) -- The toll among North Korean troops stands near 600 dead, South Korea's National "
            "Intelligence Service told lawmakers on Wednesday. The agency put the North's total dispatch at 15,000.")
    assert _claim_of(text, "en", "2025-04-30", "15,000")["source"] == "kr_nis"


@pytest.mark.parametrize(
    ("text", "language", "base", "losses"),
    [
        ("The officials said the overall casualty count among the roughly 11,000 North Koreans now stood at about 3,000.",
         "en", "11,000", "3,000"),
        ("The officials said the casualty toll among the 11,000 North Korean troops had risen to about 3,000.", "en",
         "11,000", "3,000"),
        ("Die Zahl der Toten und Verletzten unter den insgesamt 15.000 entsandten Soldaten liege bei 4.700.", "de", "15.000",
         "4.700"),
    ],
)
def test_losses_among_a_base_figure_count_the_losses(text, language, base, losses):
    # (the noun right after the base's figure is the base's own; the head before "among" says what the figure counts)
    row = _claim_of(text, language, "2024-12-28", losses)
    assert (row["quantity"], row["casualty_type"]) == ("casualties", "killed_or_wounded")
    assert _claim_of(text, language, "2024-12-28", base)["quantity"] == "troops_deployed"


@pytest.mark.parametrize(
    ("text", "language", "published", "number", "period"),
    [
        # "im vergangenen Monat" is the calendar month before the publication, as "last month"
        pytest.param("Im vergangenen Monat seien rund 1.000 Nordkoreaner getötet oder verwundet worden.", "de",
                     "2025-02-10", "1.000", ("2025-01-01", "2025-01-31"), id="de-im-vergangenen-monat"),
        # days joined into one period, whichever of them stands next to the figure
        pytest.param("At least 30 North Korean soldiers were killed or wounded in fighting on Dec. 14-15 in Kursk.", "en",
                     "2024-12-20", "30", ("2024-12-14", "2024-12-15"), id="en-dec-14-15"),
        pytest.param("Photographs showed some 300 containers being loaded at Rajin on Sept. 7 and 8.", "en", "2023-10-14",
                     "300", ("2023-09-07", "2023-09-08"), id="en-sept-7-and-8"),
        pytest.param("Some 1,500 special forces were ferried to Vladivostok between Oct. 8 and Oct. 13.", "en",
                     "2024-10-25", "1,500", ("2024-10-08", "2024-10-13"), id="en-between-oct-8-and-oct-13"),
        pytest.param("Am 14. und 15. Dezember seien mindestens 30 Nordkoreaner getötet worden.", "de", "2024-12-20", "30",
                     ("2024-12-14", "2024-12-15"), id="de-am-14-und-15-dezember"),
    ],
)
def test_periods_of_the_thirty_third_session(text, language, published, number, period):
    row = _claim_of(text, language, published, number)
    assert (str(row["reference_start"]), str(row["reference_end"])) == period


def test_a_main_clause_that_opens_with_its_figure_and_its_verb_has_its_own_tense():
    text = "Der HUR zählt derzeit etwa 11.000 Nordkoreaner an der Front, weitere 3.000 sollen im Frühjahr folgen."
    assert _claim_of(text, "de", "2025-02-20", "3.000")["quantity"] == "troops_planned"
    assert _claim_of(text, "de", "2025-02-20", "11.000")["quantity"] == "troops_deployed"


def test_a_contact_relative_clause_after_the_figure_gives_its_tense():
    text = ("South Korea's NIS says 1,500 special forces troops have already been shipped to Vladivostok, the first of some "
            "12,000 the North plans to send.")
    assert _claim_of(text, "en", "2024-10-21", "12,000")["quantity"] == "troops_planned"
    assert _claim_of(text, "en", "2024-10-21", "1,500")["quantity"] == "troops_deployed"


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # losses told by their degree after the figure: the figure counts those who suffered them
        pytest.param("Die rund 11.000 Mann, die Pjöngjang bereits geschickt habe, hätten schwere Verluste erlitten.", "de",
                     "11.000", id="de-schwere-verluste-erlitten"),
        pytest.param("Ukrainian military intelligence says around 1,500 fresh North Korean troops arrived in Kursk over the "
                     "past week to plug gaps left by heavy losses.", "en", "1,500", id="en-gaps-left-by-heavy-losses"),
        # a participle of saying opens the clause of what it says
        pytest.param("Some 11,000 North Korean troops are now in Russia's Kursk region, Zelenskiy said, adding that "
                     "Ukrainian forces had already inflicted losses on them.", "en", "11,000", id="en-adding-that"),
    ],
)
def test_a_force_beside_losses_of_the_thirty_third_session(text, language, number):
    assert _claim_of(text, language, "2025-02-14", number)["quantity"] == "troops_deployed"


def test_losses_of_a_degree_with_their_own_figure_stay_losses():
    row = _claim_of("Nordkorea hat schwere Verluste erlitten: rund 4.000 Soldaten seien getötet oder verwundet worden.",
                    "de", "2025-02-14", "4.000")
    assert (row["quantity"], row["casualty_type"]) == ("casualties", "killed_or_wounded")


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        pytest.param("Die Verluste der nordkoreanischen Einheiten beziffert das britische Verteidigungsministerium auf rund "
                     "1.000 Mann. Seit Dezember summierten sie sich damit auf etwa 4.000.", "de", "4.000",
                     id="de-summierten-sie-sich-auf"),
        pytest.param("British intelligence put North Korean losses last month at about 1,000 killed or wounded. Since "
                     "December they add up to roughly 4,000.", "en", "4,000", id="en-they-add-up-to"),
    ],
)
def test_a_pronoun_that_totals_restates_what_the_figure_before_counted(text, language, number):
    row = _claim_of(text, language, "2025-02-10", number)
    assert (row["quantity"], row["casualty_type"]) == ("casualties", "killed_or_wounded")


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # who shows a figure gives it as an outlet
        pytest.param("Porträts von 101 Gefallenen zeigte das Staatsfernsehen bei der Trauerfeier in Pjöngjang.", "101",
                     "kp_kcna", id="de-zeigte-das-staatsfernsehen"),
        pytest.param("Nordkoreas Staatsfernsehen hat Bilder von einer Ehrung für 101 in Kursk gefallene Soldaten gezeigt.",
                     "101", "kp_kcna", id="de-staatsfernsehen-gezeigt"),
        # (never a look or pictures showing someone)
        pytest.param("Wie abhängig Russland ist, zeigt ein Blick auf die Artillerie: Mehr als 20.000 Container mit Munition "
                     "sind seit 2023 verschifft worden.", "20.000", "unattributed", id="de-zeigt-ein-blick"),
    ],
)
def test_showing_of_the_thirty_third_session(text, number, source):
    assert _claim_of(text, "de", "2025-08-22", number)["source"] == source


def test_ages_joined_to_a_unit_after_them_leave_a_sentence_that_only_attributes():
    text = ("Kiew hält zwei Nordkoreaner fest. Die beiden Soldaten, 20 und 26 Jahre alt, seien am 9. Januar in "
            "Gefangenschaft geraten, schrieb Präsident Selenskyj am Samstag auf X.")
    assert _claim_of(text, "de", "2025-01-12", "zwei")["source"] == "ua_zelensky"


def test_a_platforms_one_letter_name_ends_its_sentence():
    from analysis.text import split_sentences

    text = "Zelensky wrote on X. Kyiv says about 12,000 of them are in Kursk. Then J. Kirby spoke."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Zelensky wrote on X.", "Kyiv says about 12,000 of them are in Kursk.", "Then J. Kirby spoke."]
    row = _claim_of("The North Koreans lost more than 3,000 men killed or wounded, Zelensky wrote on X. Kyiv says about "
                    "12,000 of them are in Kursk.", "en", "2024-12-24", "12,000")
    assert (row["quantity"], row["source"]) == ("troops_deployed", "ua_government")


def test_by_someones_account():
    row = _claim_of("By Zelensky's account, around 4,000 North Koreans have been killed or wounded so far.", "en",
                    "2025-01-12", "4,000")
    assert row["source"] == "ua_zelensky"
