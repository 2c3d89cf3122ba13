"""Numeric mentions: every construction, the seed articles' numbers, and properties."""

from __future__ import annotations

import re
import time

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.errors import ParameterError
from analysis.extract.mentions import MENTION_SCHEMA, find_mentions, mention_records

THIRD = 1 / 3
NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"
PROPERTY = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])


def _rows(text: str, language: str = "de") -> list[dict]:
    return find_mentions(text, language).to_dicts()


def _only(text: str, language: str = "de") -> dict:
    rows = _rows(text, language)
    assert len(rows) == 1, rows
    return rows[0]


def _check(text: str, language: str, number_text: str, expected: dict) -> None:
    matching = [r for r in _rows(text, language) if r["number_text"] == number_text]
    assert len(matching) == 1, _rows(text, language)
    row = matching[0]
    assert text[row["char_start"]:row["char_end"]] == number_text
    for key, value in expected.items():
        if isinstance(value, float):
            assert row[key] == pytest.approx(value), (key, row)
        else:
            assert row[key] == value, (key, row)


def _exact(value: float, **more) -> dict:
    return {"value_low": value, "value_best": value, "value_high": value, "bound": "exact",
            "is_approximate": False, **more}


def _approx(value: float, **more) -> dict:
    return {"value_low": value, "value_best": value, "value_high": value, "bound": "approximate",
            "is_approximate": True, **more}


def _upper(value: float, approximate: bool = False, **more) -> dict:
    return {"value_low": None, "value_best": value, "value_high": value, "bound": "upper",
            "is_approximate": approximate, **more}


def _lower(value: float, approximate: bool = False, **more) -> dict:
    return {"value_low": value, "value_best": value, "value_high": None, "bound": "lower",
            "is_approximate": approximate, **more}


def _range(low: float, high: float, approximate: bool = False, **more) -> dict:
    return {"value_low": low, "value_best": None, "value_high": high, "bound": "range",
            "is_approximate": approximate, **more}


def _vague(low: float, high: float, **more) -> dict:
    return {"value_low": low, "value_best": None, "value_high": high, "bound": "vague",
            "is_approximate": True, "kind": "quantity", **more}


def _not_quantity(kind: str, reason: str, edtf: str | None = None, **more) -> dict:
    return {"kind": kind, "reason": reason, "date_edtf": edtf, "bound": None, "is_approximate": None,
            "unit": None, **more}


# -- one test per construction -------------------------------------------------------------------

DIGITS = [
    pytest.param("Nordkorea soll 30.000 Soldaten in den Ukraine-Krieg schicken", "de", "30.000",
                 _exact(30_000, kind="quantity", unit=None, reason=None), id="de-grouping-seed"),
    pytest.param("Die Quote liegt bei 2,5 Punkten.", "de", "2,5", _exact(2.5), id="de-decimal"),
    pytest.param("Es kostet 1.234.567,89 Euro.", "de", "1.234.567,89 Euro", _exact(1_234_567.89, unit="EUR"),
                 id="de-grouping-and-decimal"),
    pytest.param("rund 2.5 Millionen", "de", "rund 2.5 Millionen", _approx(2_500_000), id="de-english-decimal-lenient"),
    pytest.param("some 12,000 troops", "en", "some 12,000", _approx(12_000), id="en-grouping"),
    pytest.param("a rate of 2.5 points", "en", "2.5", _exact(2.5), id="en-decimal"),
    pytest.param(f"12{NBSP}000 Soldaten", "de", f"12{NBSP}000", _exact(12_000), id="nbsp-group"),
    pytest.param(f"12{THIN}000 Soldaten", "de", f"12{THIN}000", _exact(12_000), id="thin-space-group"),
    pytest.param(f"12{NNBSP}000 troops", "en", f"12{NNBSP}000", _exact(12_000), id="narrow-nbsp-group"),
    pytest.param("Kostenlose Beratung\n+49 7930-2699\n150.000\nKunden", "de", "150.000", _exact(150_000),
                 id="seed-number-before-line-break"),
    pytest.param("١٢٣ Soldaten", "de", "١٢٣", _exact(123), id="arabic-indic-digits"),
]

SCALES = [
    pytest.param("Die 500 Milliarden Euro Sondervermögen, die unsere neue Regierung plant", "de",
                 "500 Milliarden Euro", _exact(5e11, unit="EUR"), id="seed-milliarden-euro"),
    pytest.param("Das kostet 1,2 Mio. im Jahr.", "de", "1,2 Mio.", _exact(1_200_000, unit=None), id="mio-abbreviation"),
    pytest.param("eine Million Menschen", "de", "eine Million", _exact(1_000_000), id="eine-million"),
    pytest.param("2 million people", "en", "2 million", _exact(2_000_000), id="en-million"),
    pytest.param("$5 billion in aid", "en", "$5 billion", _exact(5e9, unit="USD"), id="en-dollar-sign-billion"),
    pytest.param("€500 million", "en", "€500 million", _exact(5e8, unit="EUR"), id="euro-sign-prefix"),
    pytest.param("us$ 5 million", "en", "us$ 5 million", _exact(5e6, unit="USD"), id="currency-prefix-any-case"),
    pytest.param("a dozen soldiers", "en", "a dozen", _exact(12), id="en-a-dozen"),
    pytest.param("zwei bis drei Millionen Euro", "de", "zwei bis drei Millionen Euro",
                 _range(2e6, 3e6, unit="EUR"), id="range-shares-scale-and-unit"),
]

RANGES = [
    # the thousands written once for both ends of a compact range; a wider range keeps its low end
    pytest.param("an initial contingent of 10-12,000 troops", "en", "10-12,000", _range(10_000, 12_000),
                 id="en-shared-thousands"),
    pytest.param("Nordkorea hat 10–12.000 Soldaten geschickt", "de", "10–12.000", _range(10_000, 12_000),
                 id="de-shared-thousands"),
    pytest.param("between 100-1,000 soldiers", "en", "100-1,000", _range(100, 1_000), id="en-range-not-shared"),
    # ... with a word between, as spoken ("closer to 11 to 12,000")
    pytest.param("could be closer to 11 to 12,000 by now", "en", "11 to 12,000", _range(11_000, 12_000),
                 id="en-shared-thousands-in-words"),
    pytest.param("Es seien inzwischen 11 bis 12.000 Soldaten", "de", "11 bis 12.000", _range(11_000, 12_000),
                 id="de-shared-thousands-in-words"),
    # ... in number words, the scale said once at the end, after "or", "to" or a suspended hyphen
    pytest.param("maybe eight or nine thousand by now", "en", "eight or nine thousand", _range(8_000, 9_000),
                 id="en-words-or-shared-scale"),
    pytest.param("eight to nine thousand soldiers", "en", "eight to nine thousand", _range(8_000, 9_000),
                 id="en-words-to-shared-scale"),
    pytest.param("vielleicht zwölf-, dreizehntausend Mann", "de", "zwölf-, dreizehntausend", _range(12_000, 13_000),
                 id="de-suspended-hyphen-comma"),
    pytest.param("zehn- bis zwölftausend Soldaten", "de", "zehn- bis zwölftausend", _range(10_000, 12_000),
                 id="de-suspended-hyphen-bis"),
    # two numbers joined by "or" are a range said loosely; a wider span keeps both ends as written
    pytest.param("Maybe 400 or 500 on our sector", "en", "400 or 500", _range(400, 500), id="en-or-range"),
    pytest.param("zwei oder dreitausend", "de", "zwei oder dreitausend", _range(2_000, 3_000), id="de-oder-shared-scale"),
    # a German year-like number before an inflected adjective and a noun is a count ("2000 getöteten Soldaten")
    pytest.param("Die Agentur berichtet von 2000 getöteten Soldaten", "de", "2000", _exact(2000),
                 id="de-year-like-count-before-adjective"),
    # a space before a calibre glued to its unit separates two numbers ("50 240mm rocket launchers")
    pytest.param("50 240mm rocket launchers", "en", "50", _exact(50), id="en-count-before-a-calibre"),
    pytest.param("plant Nordkorea, in den kommenden Monaten zwischen 25.000 und 30.000 Soldaten an die Front zu schicken",
                 "de", "zwischen 25.000 und 30.000", _range(25_000, 30_000, unit=None), id="seed-zwischen-und"),
    pytest.param("will Nordkorea zusätzlich 25.000 bis 30.000 Soldaten entsenden", "de", "25.000 bis 30.000",
                 _range(25_000, 30_000), id="seed-bis-zusaetzlich-is-no-bound"),
    pytest.param("waren zwischen 10.000 und 12.000 nordkoreanische Soldaten in Kursk", "de",
                 "zwischen 10.000 und 12.000", _range(10_000, 12_000), id="seed-zwischen-10000-12000"),
    pytest.param("junge nordkoreanische Soldaten zwischen 23 und 27 Jahren", "de", "zwischen 23 und 27 Jahren",
                 _range(23, 27, unit="years", kind="quantity"), id="seed-ages-range"),
    pytest.param("10.000-12.000 Soldaten", "de", "10.000-12.000", _range(10_000, 12_000), id="hyphen"),
    pytest.param("10.000–12.000 Soldaten", "de", "10.000–12.000", _range(10_000, 12_000), id="en-dash"),
    pytest.param("between 11,000 and 12,000 soldiers", "en", "between 11,000 and 12,000",
                 _range(11_000, 12_000), id="en-between"),
    pytest.param("25,000 to 30,000 troops", "en", "25,000 to 30,000", _range(25_000, 30_000), id="en-to"),
    pytest.param("etwa 10.000 bis 12.000", "de", "etwa 10.000 bis 12.000", _range(10_000, 12_000, True),
                 id="approximate-range"),
    pytest.param("30 bis 40 Prozent", "de", "30 bis 40 Prozent", _range(30, 40, kind="percent", unit="percent"),
                 id="percent-range"),
]

BOUNDS = [
    pytest.param("Kim Jong Un soll ihm bis zu 30.000 Soldaten zur Verfügung stellen", "de", "bis zu 30.000",
                 _upper(30_000), id="seed-bis-zu"),
    pytest.param("eine massive Entsendung von bis zu 12.000 Soldaten", "de", "bis zu 12.000", _upper(12_000),
                 id="seed-bis-zu-12000"),
    pytest.param("höchstens 5 Soldaten", "de", "höchstens 5", _upper(5), id="hoechstens"),
    pytest.param("mindestens 5 Soldaten", "de", "mindestens 5", _lower(5), id="mindestens"),
    pytest.param("mehr als 5.000 Soldaten", "de", "mehr als 5.000", _lower(5_000), id="mehr-als"),
    pytest.param("Während die russische Armee nach über drei Jahren Krieg ausgeblutet ist", "de",
                 "über drei Jahren", _lower(3, unit="years"), id="seed-ueber-drei-jahren"),
    pytest.param("Kim Jong Un hat nicht weniger als 14.000 Soldaten entsandt", "de", "nicht weniger als 14.000",
                 _lower(14_000), id="seed-nicht-weniger-als"),
    pytest.param("knapp 5.000 Soldaten", "de", "knapp 5.000", _upper(5_000, approximate=True), id="knapp"),
    pytest.param("fast 30 Prozent", "de", "fast 30 Prozent", _upper(30, approximate=True, kind="percent"),
                 id="fast"),
    pytest.param("gegenüber 5 Soldaten", "de", "5", _exact(5), id="ueber-inside-a-word-is-no-bound"),
    pytest.param("up to 12,000 soldiers", "en", "up to 12,000", _upper(12_000), id="en-up-to"),
    pytest.param("at least 5 soldiers", "en", "at least 5", _lower(5), id="en-at-least"),
    pytest.param("more than 5,000 soldiers", "en", "more than 5,000", _lower(5_000), id="en-more-than"),
    pytest.param("over 3,000 soldiers", "en", "over 3,000", _lower(3_000), id="en-over"),
    pytest.param("ready to hand over 200 prisoners", "en", "200", _exact(200), id="en-a-verbs-particle-is-no-bound"),
    # "über" as the preposition of a word of reporting: about, not more than
    pytest.param("Meldungen über 400 Gefallene", "de", "400", _exact(400), id="de-meldungen-ueber-is-no-bound"),
    pytest.param("Er sprach über 400 Gefallene", "de", "400", _exact(400), id="de-sprach-ueber-is-no-bound"),
    pytest.param("nearly 4,000 soldiers", "en", "nearly 4,000", _upper(4_000, approximate=True), id="en-nearly"),
]

APPROXIMATIONS = [
    pytest.param("Bereits im November 2024 hatte Kim Jong Un etwa 11.000 seiner Soldaten geschickt", "de",
                 "etwa 11.000", _approx(11_000), id="seed-etwa"),
    pytest.param("Ein Drittel von ihnen – rund 4.000 Mann – seien getötet", "de", "rund 4.000", _approx(4_000),
                 id="seed-rund"),
    pytest.param("Etwa 4.000 Soldaten sollen bereits verwundet oder getötet worden sein", "de", "Etwa 4.000",
                 _approx(4_000), id="seed-etwa-capitalised"),
    pytest.param("ca. 5.000 Soldaten", "de", "ca. 5.000", _approx(5_000), id="ca"),
    pytest.param("schätzungsweise 3.000 Soldaten", "de", "schätzungsweise 3.000", _approx(3_000),
                 id="schaetzungsweise"),
    pytest.param("an die 5.000 Soldaten", "de", "an die 5.000", _approx(5_000), id="an-die"),
    pytest.param("an die Front", "de", None, {}, id="an-die-without-number"),
    pytest.param("about 4,000 troops", "en", "about 4,000", _approx(4_000), id="en-about"),
    pytest.param("around 4,000 troops", "en", "around 4,000", _approx(4_000), id="en-around"),
    pytest.param("roughly 4,000 troops", "en", "roughly 4,000", _approx(4_000), id="en-roughly"),
    pytest.param("some 11,000 troops", "en", "some 11,000", _approx(11_000), id="en-some"),
    pytest.param("an estimated 11,000 troops", "en", "an estimated 11,000", _approx(11_000), id="en-an-estimated"),
]

NUMBER_WORDS = [
    pytest.param("Zwei Autokraten, die sich gegenseitig stützen", "de", "Zwei", _exact(2), id="seed-zwei"),
    pytest.param("eine unheilige Allianz zweier Schurkenstaaten", "de", "zweier", _exact(2), id="seed-zweier"),
    pytest.param("mit dreien von ihnen", "de", "dreien", _exact(3), id="dreien"),
    pytest.param("drei Soldaten", "de", "drei", _exact(3), id="drei"),
    pytest.param("zwölf Soldaten", "de", "zwölf", _exact(12), id="zwoelf"),
    pytest.param("zwölftausend Soldaten", "de", "zwölftausend", _exact(12_000), id="zwoelftausend"),
    pytest.param("hundert Soldaten", "de", "hundert", _exact(100), id="hundert"),
    pytest.param("dreihundert Soldaten", "de", "dreihundert", _exact(300), id="dreihundert"),
    pytest.param("einundzwanzig Soldaten", "de", "einundzwanzig", _exact(21), id="einundzwanzig"),
    pytest.param("zweihundertfünfzigtausend", "de", "zweihundertfünfzigtausend", _exact(250_000), id="compound"),
    pytest.param("zweieinhalb Jahre", "de", "zweieinhalb Jahre", _exact(2.5, unit="years"), id="einhalb"),
    pytest.param("three soldiers", "en", "three", _exact(3), id="en-three"),
    pytest.param("twelve soldiers", "en", "twelve", _exact(12), id="en-twelve"),
    pytest.param("twenty-five soldiers", "en", "twenty-five", _exact(25), id="en-twenty-five"),
    pytest.param("two hundred thousand", "en", "two hundred thousand", _exact(200_000), id="en-compound"),
    pytest.param("one hundred and fifty", "en", "one hundred and fifty", _exact(150), id="en-one-hundred-and"),
]

NOT_NUMBER_WORDS = [
    pytest.param("Ein russisches Landungsschiff wurde beobachtet", "de", id="article-ein"),
    pytest.param("Die Verzweiflung im Kreml, ein Zweifel, ein Dreieck", "de", id="words-starting-like-numbers"),
    pytest.param("Nordkorea setzt seit Jahrzehnten auf den Export", "de", id="seed-seit-jahrzehnten"),
    pytest.param("Werde jetzt Teil vom #TeamGold", "de", id="seed-teamgold"),
    pytest.param("one of the soldiers", "en", id="en-one-pronoun"),
    pytest.param("a third time", "en", id="en-a-third-ordinal"),
    pytest.param("zwischen Moskau und Pjöngjang", "de", id="zwischen-without-numbers"),
    pytest.param("Der Juni war heiß.", "de", id="month-alone"),
]

VAGUE = [
    pytest.param("Russland im Krieg gegen die Ukraine mit Tausenden von Soldaten zu unterstützen", "de",
                 "Tausenden", _vague(2_000, 9_999), id="seed-tausenden"),
    pytest.param("So sollen neben Soldaten zehntausende weitere Nordkoreaner nach Russland kommen", "de",
                 "zehntausende", _vague(20_000, 99_999), id="seed-zehntausende"),
    pytest.param("Dutzende Tote", "de", "Dutzende", _vague(24, 99), id="dutzende"),
    pytest.param("Hunderte Soldaten", "de", "Hunderte", _vague(200, 999), id="hunderte"),
    pytest.param("Hunderttausende Menschen", "de", "Hunderttausende", _vague(200_000, 999_999), id="hunderttausende"),
    pytest.param("mehrere hundert Soldaten", "de", "mehrere hundert", _vague(200, 999), id="mehrere-hundert"),
    pytest.param("several hundred troops", "en", "several hundred", _vague(200, 999), id="en-several-hundred"),
    pytest.param("thousands of troops", "en", "thousands", _vague(2_000, 9_999), id="en-thousands"),
    pytest.param("tens of thousands of troops", "en", "tens of thousands", _vague(20_000, 99_999),
                 id="en-tens-of-thousands"),
    pytest.param("dozens of troops", "en", "dozens", _vague(24, 99), id="en-dozens"),
    pytest.param(f"tens  of{NBSP}thousands", "en", f"tens  of{NBSP}thousands", _vague(20_000, 99_999),
                 id="multi-word-with-odd-spaces"),
]

FRACTIONS_AND_PERCENT = [
    pytest.param("Ein Drittel von ihnen – rund 4.000 Mann – seien getötet", "de", "Ein Drittel",
                 _exact(THIRD, kind="fraction", unit="fraction"), id="seed-ein-drittel"),
    pytest.param("die Hälfte der Soldaten", "de", "die Hälfte", _exact(0.5, kind="fraction", unit="fraction"),
                 id="die-haelfte"),
    pytest.param("fast die Hälfte", "de", "fast die Hälfte", _upper(0.5, True, kind="fraction"), id="fast-die-haelfte"),
    pytest.param("zwei Drittel der Soldaten", "de", "zwei Drittel", _exact(2 / 3, kind="fraction"), id="zwei-drittel"),
    pytest.param("40 Prozent der Soldaten", "de", "40 Prozent", _exact(40, kind="percent", unit="percent"),
                 id="prozent"),
    pytest.param("40 % der Soldaten", "de", "40 %", _exact(40, kind="percent", unit="percent"), id="percent-sign"),
    pytest.param("a third of the troops", "en", "a third", _exact(THIRD, kind="fraction", unit="fraction"),
                 id="en-a-third"),
    pytest.param("two thirds of the troops", "en", "two thirds", _exact(2 / 3, kind="fraction"), id="en-two-thirds"),
    pytest.param("half of the troops", "en", "half", _exact(0.5, kind="fraction"), id="en-half-of"),
    pytest.param("1/3 der Soldaten", "de", "1/3", _exact(THIRD, kind="fraction"), id="digit-fraction"),
    pytest.param("40 percent of the troops", "en", "40 percent", _exact(40, kind="percent"), id="en-percent"),
]

NOT_QUANTITIES = [
    pytest.param("Kettner Edelmetalle\n02.07.2025\n14:01 Uhr\n", "de", "02.07.2025",
                 _not_quantity("date", "dateline date", "2025-07-02"), id="seed-dateline-date"),
    pytest.param("Kettner Edelmetalle\n02.07.2025\n14:01 Uhr\n", "de", "14:01 Uhr",
                 _not_quantity("time", "time of day"), id="seed-time-uhr"),
    pytest.param("Nordkoreas Soldaten\n\nOct 18, 2024 at 11:35 AM\n\nText", "de", "Oct 18, 2024 at 11:35 AM",
                 _not_quantity("datetime", "dateline date and time", "2024-10-18T11:35"), id="seed-datetime-en"),
    pytest.param("Titel\n\nJun 19, 2025\nNachrichten", "de", "Jun 19, 2025",
                 _not_quantity("date", "dateline date", "2025-06-19"), id="seed-jun-19"),
    pytest.param(" date 2025-07 Bereits jetzt kämpfen bereits Tausende Nordkoreaner", "de", "2025-07",
                 _not_quantity("date", "dateline date", "2025-07"), id="seed-iso-month-dateline"),
    pytest.param("Bereits im November 2024 hatte Kim Jong Un", "de", "im November 2024",
                 _not_quantity("date", "month and year", "2024-11"), id="seed-im-november-2024"),
    pytest.param("die bereits im November geschickt wurden", "de", "im November",
                 _not_quantity("date", "month", "XXXX-11"), id="seed-im-november"),
    pytest.param("Bereits im Juni unterzeichneten Moskau und Pjöngjang", "de", "im Juni",
                 _not_quantity("date", "month", "XXXX-06"), id="seed-im-juni"),
    pytest.param("dass Nordkorea im Juni 2025 offiziell bestätigt hat", "de", "im Juni 2025",
                 _not_quantity("date", "month and year", "2025-06"), id="seed-im-juni-2025"),
    pytest.param("wo schon die ersten Truppen im Herbst 2024 angekommen waren", "de", "im Herbst 2024",
                 _not_quantity("date", "season and year", "2024-23"), id="seed-im-herbst-2024"),
    pytest.param("durch einen im Sommer 2024 ratifizierten Vertrag", "de", "im Sommer 2024",
                 _not_quantity("date", "season and year", "2024-22"), id="seed-im-sommer-2024"),
    pytest.param("die ab dem 1. November in der Ukraine zum Einsatz kommen könnten", "de", "ab dem 1. November",
                 _not_quantity("date", "day of month", "XXXX-11-01"), id="seed-ab-dem-1-november"),
    pytest.param("Am 18. Juni 2025 kamen sie.", "de", "Am 18. Juni 2025",
                 _not_quantity("date", "calendar date", "2025-06-18"), id="day-month-year"),
    pytest.param("on October 18, 2024 they came", "en", "on October 18, 2024",
                 _not_quantity("date", "calendar date", "2024-10-18"), id="en-month-day-year"),
    pytest.param("Stand 02.07.2025, 14:01 Uhr", "de", "02.07.2025, 14:01 Uhr",
                 _not_quantity("datetime", "dateline date and time", "2025-07-02T14:01"), id="date-with-time"),
    pytest.param("im Jahr 2024 kamen sie", "de", "im Jahr 2024",
                 _not_quantity("year", "calendar year", "2024", value_best=2024.0), id="im-jahr"),
    pytest.param("seit 2022 liefert Nordkorea", "de", "seit 2022",
                 _not_quantity("year", "calendar year", "2022", value_best=2022.0), id="seit-year"),
    pytest.param("Das Jahr endete 2024.", "de", "2024", _not_quantity("year", "calendar year", "2024"), id="bare-year"),
    pytest.param("von 2022 bis 2024", "de", "2022 bis 2024",
                 _not_quantity("year", "range of years", "2022/2024", value_low=2022.0, value_high=2024.0),
                 id="year-range"),
    pytest.param("in den 1990er Jahren", "de", "1990er", _not_quantity("year", "decade", "199X"), id="decade"),
    pytest.param("am 31.02.2025", "de", "am 31.02.2025", _not_quantity("date", "impossible date"),
                 id="impossible-date-has-no-edtf"),
    pytest.param("am 29.02.2024", "de", "am 29.02.2024", _not_quantity("date", "calendar date", "2024-02-29"),
                 id="leap-day"),
    pytest.param("der 3. Platz", "de", "3.", _not_quantity("ordinal", "ordinal number", value_best=3.0), id="ordinal-de"),
    pytest.param("the 3rd division", "en", "3rd", _not_quantity("ordinal", "ordinal number", value_best=3.0),
                 id="ordinal-en"),
    pytest.param("Kostenlose Beratung\n+49 7930-2699\n150.000", "de", "+49 7930-2699",
                 _not_quantity("phone_number", "phone number"), id="seed-phone"),
    pytest.param("Transportmaschinen vom Typ IL-76 gesichtet", "de", "IL-76",
                 _not_quantity("designation", "aircraft designation"), id="seed-il-76"),
    pytest.param("Kampfjets vom Typ Su-27", "de", "Su-27", _not_quantity("designation", "aircraft designation"),
                 id="su-27"),
    pytest.param("Raketen vom Typ KN-23", "de", "KN-23", _not_quantity("designation", "missile designation"),
                 id="kn-23"),
    pytest.param("nach Artikel 4 des Vertrags", "de", "Artikel 4", _not_quantity("section_number", "article number"),
                 id="artikel"),
    pytest.param("gemäß § 5 des Gesetzes", "de", "§ 5", _not_quantity("section_number", "section number"),
                 id="paragraph-sign"),
    pytest.param("under Article 5", "en", "Article 5", _not_quantity("section_number", "article number"),
                 id="en-article"),
]

UNITS = [
    pytest.param("in den vergangenen drei Jahren", "de", "drei Jahren", _exact(3, unit="years"), id="years"),
    pytest.param("zwei Monate später", "de", "zwei Monate", _exact(2, unit="months"), id="months"),
    pytest.param("5 Tage lang", "de", "5 Tage", _exact(5, unit="days"), id="days"),
    pytest.param("100 Dollar", "de", "100 Dollar", _exact(100, unit="USD"), id="dollar"),
    pytest.param("100 €", "de", "100 €", _exact(100, unit="EUR"), id="euro-sign"),
    pytest.param("for 3 years", "en", "3 years", _exact(3, unit="years"), id="en-years"),
    pytest.param("40 per  cent", "en", "40 per  cent", _exact(40, kind="percent", unit="percent"),
                 id="multi-word-unit-with-odd-spaces"),
]


@pytest.mark.parametrize(("text", "language", "number_text", "expected"),
                         DIGITS + SCALES + RANGES + BOUNDS + APPROXIMATIONS + NUMBER_WORDS + VAGUE
                         + FRACTIONS_AND_PERCENT + NOT_QUANTITIES + UNITS)
def test_construction(text, language, number_text, expected):
    if number_text is None:
        assert _rows(text, language) == []
    else:
        _check(text, language, number_text, expected)


@pytest.mark.parametrize(("text", "language"), NOT_NUMBER_WORDS)
def test_not_a_number(text, language):
    assert _rows(text, language) == []


def test_fraction_and_quantity_side_by_side():
    """ "Ein Drittel von ihnen – rund 4.000 Mann": two mentions, a fraction and a quantity."""
    rows = _rows("Das Ergebnis? Ein Drittel von ihnen – rund 4.000 Mann – seien getötet.")
    assert [(r["number_text"], r["kind"]) for r in rows] == [("Ein Drittel", "fraction"), ("rund 4.000", "quantity")]


def test_two_numbers_joined_by_und_are_two_mentions():
    rows = _rows("dass auch 1.000 nordkoreanische Pioniere und 5.000 militärische Bauarbeiter entsandt werden")
    assert [(r["number_text"], r["value_best"]) for r in rows] == [("1.000", 1000.0), ("5.000", 5000.0)]


def test_year_or_count():
    """A bare 1900-2100 is a year unless a counted noun follows it (German capitalised, English plural)."""
    assert _only("2000 Soldaten")["kind"] == "quantity"
    assert _only("Im Jahr 2024 kamen sie")["kind"] == "year"
    assert _only("2000 soldiers", "en")["kind"] == "quantity"
    assert _only("2024 was a bad year", "en")["kind"] == "year"
    assert _only("2.000 Soldaten")["kind"] == "quantity"


def test_english_dates_in_german_text_and_german_months_in_english():
    assert _only("Oct 18, 2024", "de")["date_edtf"] == "2024-10-18"
    assert _only("am 3. März 2025", "en")["date_edtf"] == "2025-03-03"
    assert _only("07/02/2025", "en")["date_edtf"] == "2025-07-02"
    assert _only("07/02/2025", "de")["date_edtf"] == "2025-02-07"


def test_twelve_hour_clock_in_datetime():
    assert _only("Oct 18, 2024 at 1:05 PM", "en")["date_edtf"] == "2024-10-18T13:05"


# -- the seed articles ---------------------------------------------------------------------------

# (number_text, kind, value_low, value_best, value_high, is_approximate, bound, unit, date_edtf)
SEED_MENTIONS = {
    "kettner-edelmetalle-2025-04-28": [
        ("28.04.2025", "date", None, None, None, None, None, None, "2025-04-28"),
        ("05:37 Uhr", "time", None, None, None, None, None, None, None),
        ("14.000", "quantity", 14_000, 14_000, 14_000, False, "exact", None, None),
        ("nicht weniger als 14.000", "quantity", 14_000, 14_000, None, False, "lower", None, None),
        ("Etwa 4.000", "quantity", 4_000, 4_000, 4_000, True, "approximate", None, None),
    ],
    "kettner-edelmetalle-2025-07-02": [
        ("+49 7930-2699", "phone_number", None, None, None, None, None, None, None),
        ("150.000", "quantity", 150_000, 150_000, 150_000, False, "exact", None, None),
        ("02.07.2025", "date", None, None, None, None, None, None, "2025-07-02"),
        ("14:01 Uhr", "time", None, None, None, None, None, None, None),
        ("30.000", "quantity", 30_000, 30_000, 30_000, False, "exact", None, None),
        ("über drei Jahren", "quantity", 3, 3, None, False, "lower", "years", None),
        ("bis zu 30.000", "quantity", None, 30_000, 30_000, False, "upper", None, None),
        ("zweier", "quantity", 2, 2, 2, False, "exact", None, None),
        ("zwischen 25.000 und 30.000", "quantity", 25_000, None, 30_000, False, "range", None, None),
        ("im November 2024", "date", None, None, None, None, None, None, "2024-11"),
        ("etwa 11.000", "quantity", 11_000, 11_000, 11_000, True, "approximate", None, None),
        ("Ein Drittel", "fraction", THIRD, THIRD, THIRD, False, "exact", "fraction", None),
        ("rund 4.000", "quantity", 4_000, 4_000, 4_000, True, "approximate", None, None),
        ("IL-76", "designation", None, None, None, None, None, None, None),
        ("im Herbst 2024", "date", None, None, None, None, None, None, "2024-23"),
        ("1.000", "quantity", 1_000, 1_000, 1_000, False, "exact", None, None),
        ("5.000", "quantity", 5_000, 5_000, 5_000, False, "exact", None, None),
        ("zwischen 23 und 27 Jahren", "quantity", 23, None, 27, False, "range", "years", None),
        ("500 Milliarden Euro", "quantity", 5e11, 5e11, 5e11, False, "exact", "EUR", None),
        ("30.000", "quantity", 30_000, 30_000, 30_000, False, "exact", None, None),
    ],
    "nordkorea-bis-zu-30000-soldaten-2025-07": [
        ("2025-07", "date", None, None, None, None, None, None, "2025-07"),
        ("Tausende", "quantity", 2_000, None, 9_999, True, "vague", None, None),
        ("25.000 bis 30.000", "quantity", 25_000, None, 30_000, False, "range", None, None),
        ("11.000", "quantity", 11_000, 11_000, 11_000, False, "exact", None, None),
        ("im November", "date", None, None, None, None, None, None, "XXXX-11"),
        ("bis zu 30.000", "quantity", None, 30_000, 30_000, False, "upper", None, None),
        ("6.000", "quantity", 6_000, 6_000, 6_000, False, "exact", None, None),
        ("zehntausende", "quantity", 20_000, None, 99_999, True, "vague", None, None),
    ],
    "nordkorea-entsendet-tausende-2025-06-19": [
        ("Tausende", "quantity", 2_000, None, 9_999, True, "vague", None, None),
        ("Jun 19, 2025", "date", None, None, None, None, None, None, "2025-06-19"),
        ("Tausende", "quantity", 2_000, None, 9_999, True, "vague", None, None),
        ("Tausende", "quantity", 2_000, None, 9_999, True, "vague", None, None),
        ("im Juni 2025", "date", None, None, None, None, None, None, "2025-06"),
        ("6.000", "quantity", 6_000, 6_000, 6_000, False, "exact", None, None),
        ("1.000", "quantity", 1_000, 1_000, 1_000, False, "exact", None, None),
        ("5.000", "quantity", 5_000, 5_000, 5_000, False, "exact", None, None),
        ("im Herbst 2024", "date", None, None, None, None, None, None, "2024-23"),
        ("zwischen 10.000 und 12.000", "quantity", 10_000, None, 12_000, False, "range", None, None),
        ("Im Juni 2024", "date", None, None, None, None, None, None, "2024-06"),
        ("im Sommer 2024", "date", None, None, None, None, None, None, "2024-22"),
    ],
    "nordkoreas-soldaten-2024-10-18": [
        ("Oct 18, 2024 at 11:35 AM", "datetime", None, None, None, None, None, None, "2024-10-18T11:35"),
        ("Tausenden", "quantity", 2_000, None, 9_999, True, "vague", None, None),
        ("bis zu 12.000", "quantity", None, 12_000, 12_000, False, "upper", None, None),
        ("im Juni", "date", None, None, None, None, None, None, "XXXX-06"),
        ("Tausende", "quantity", 2_000, None, 9_999, True, "vague", None, None),
        ("bis zu 12.000", "quantity", None, 12_000, 12_000, False, "upper", None, None),
        ("11.000", "quantity", 11_000, 11_000, 11_000, False, "exact", None, None),
        ("ab dem 1. November", "date", None, None, None, None, None, None, "XXXX-11-01"),
        ("Zwei", "quantity", 2, 2, 2, False, "exact", None, None),
    ],
}
_SEED_COLUMNS = ("number_text", "kind", "value_low", "value_best", "value_high", "is_approximate", "bound",
                 "unit", "date_edtf")


def _seed_text(article_id: str) -> str:
    with open(paths.articles_dir() / f"{article_id}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def test_seed_table_names_every_article():
    assert sorted(p.stem for p in paths.articles_dir().glob("*.txt")) == sorted(SEED_MENTIONS)


@pytest.mark.parametrize("article_id", sorted(SEED_MENTIONS))
def test_seed_mentions(article_id):
    """Every number in the seed articles, as the claims module needs it: nothing missed or misread."""
    found = find_mentions(_seed_text(article_id)).select(_SEED_COLUMNS).rows()
    expected = [tuple(float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in row)
                for row in SEED_MENTIONS[article_id]]
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=False):
        assert got[:2] == want[:2]
        assert got[2:5] == pytest.approx(want[2:5]), got
        assert got[5:] == want[5:], got


@pytest.mark.parametrize("article_id", sorted(SEED_MENTIONS))
def test_every_seed_digit_lies_in_exactly_one_mention(article_id):
    text = _seed_text(article_id)
    covered = _assert_well_formed(text, find_mentions(text))
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    assert digits
    assert [covered[i] for i in digits] == [1] * len(digits)


# -- the output contract -------------------------------------------------------------------------

def test_columns_and_dtypes():
    df = find_mentions("bis zu 30.000 Soldaten im Juni 2025")
    assert df.schema == pl.Schema(MENTION_SCHEMA)
    assert list(df.columns) == ["char_start", "char_end", "number_text", "kind", "value_low", "value_best",
                                "value_high", "is_approximate", "bound", "unit", "reason", "date_edtf"]


@pytest.mark.parametrize("text", ["", "Keine Zahl hier.", " \n\t", "ein Mann"])
def test_text_without_numbers_gives_an_empty_table_with_the_schema(text):
    df = find_mentions(text)
    assert df.height == 0
    assert df.schema == pl.Schema(MENTION_SCHEMA)


@pytest.mark.parametrize("value", [None, b"12.000", 12000, ["12.000"]])
def test_text_must_be_a_str(value):
    with pytest.raises(TypeError, match="str"):
        find_mentions(value)


def test_unknown_language_is_a_parameter_error():
    with pytest.raises(ParameterError, match="language"):
        find_mentions("12.000", language="fr")


def test_word_at_the_very_start():
    assert _rows("Tausende kamen")[0]["char_start"] == 0


@pytest.mark.parametrize("text", ["vierzehn" * 40 + "x", "achtzehn" * 40 + "x", "1.000" * 20_000,
                                  "zwischen 1 und " * 3_000, "+49 " * 10_000, "1-" * 30_000])
def test_long_and_pathological_inputs_are_fast(text):
    """Patterns never backtrack exponentially (number-word compounds are read possessively)."""
    started = time.perf_counter()
    _assert_well_formed(text, find_mentions(text))
    assert time.perf_counter() - started < 5


# -- properties ----------------------------------------------------------------------------------

def _assert_well_formed(text: str, df: pl.DataFrame) -> list[int]:
    """Spans slice back to number_text, are sorted and disjoint, and every digit lies in exactly one.

    Returns how many mentions cover each character.
    """
    covered = [0] * len(text)
    previous_end = 0
    for start, end, number_text in df.select("char_start", "char_end", "number_text").iter_rows():
        assert text[start:end] == number_text
        assert previous_end <= start < end
        previous_end = end
        for i in range(start, end):
            covered[i] += 1
    for i, char in enumerate(text):
        if _DIGIT.match(char):
            assert covered[i] == 1, (i, char, text[max(0, i - 20):i + 20])
    return covered


_DIGIT = re.compile(r"\d")


def _grouped(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


@st.composite
def formatted_numbers(draw, language: str):
    """A number written the German or English way, with the value it stands for."""
    group, decimal = {"de": (".", ","), "en": (",", ".")}[language]
    whole = draw(st.integers(min_value=0, max_value=10**12))
    fraction = draw(st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=4)))
    separator = draw(st.sampled_from(["", group, NBSP, THIN, NNBSP]))
    written = _grouped(str(whole), separator) if separator else str(whole)
    if fraction:
        return f"{written}{decimal}{fraction}", float(f"{whole}.{fraction}")
    return written, float(whole)


@pytest.mark.parametrize("language", ["de", "en"])
@PROPERTY
@given(data=st.data())
def test_formatted_number_reads_back_its_value(language, data):
    written, value = data.draw(formatted_numbers(language))
    text = {"de": f"Es waren {written} Fahrzeuge.", "en": f"There were {written} vehicles."}[language]
    row = _only(text, language)
    assert row["number_text"] == written
    assert row["value_best"] == value


_NUMBERISH = st.sampled_from([
    "12.000", "2,5", "12,000", "2.5", "1.000.000", "30.000", "2024", "1990er", "1.", "18.", "1/3", "+49",
    "7930-2699", "02.07.2025", "14:01", "Uhr", "bis zu", "zwischen", "und", "bis", "to", "-", "–", "%",
    "Prozent", "Euro", "€", "$", "Milliarden", "Mio.", "Juni", "Oct", "November", "Herbst", "im", "ab dem",
    "etwa", "rund", "über", "mehr als", "Tausende", "zehntausende", "Dutzende", "drei", "zwölftausend",
    "Ein Drittel", "die Hälfte", "a third", "half of", "between", "and", "about", "thousands", "IL-76",
    "Artikel", "§", "٣", "١٢٣", "９", "𝟗", "tens", "of", "thousands", "per", "cent", "an estimated",
    "nicht weniger als", "31.02.2025", "13/14/2024", "Oct 18, 2024 at 11:35 AM", "ein", "a", "one",
])
_ODD = st.sampled_from([" ", "  ", NBSP, THIN, NNBSP, "\n", "\r\n", "\u0301", "\u0308", "\u200f", "\u202e",
                        "א", "ب", "ß", "İ", "ǅ", "\ufeff", "\x00", ".", ",", ":", "/", "(", ")"])
_MIXED = st.lists(st.one_of(_NUMBERISH, _ODD, st.text(max_size=4)), max_size=30).map("".join)
_SPACED = st.lists(st.one_of(_NUMBERISH, _ODD), max_size=30).map(" ".join)


@st.composite
def _phrases_with_odd_spaces(draw):
    """Multi-word expressions with any run of horizontal white space between their words."""
    phrase = draw(st.sampled_from([
        "tens of thousands of", "hundreds of thousands", "40 per cent", "bis zu 30.000", "nicht weniger als 5",
        "zwischen 25.000 und 30.000", "between 11,000 and 12,000", "ab dem 1. November", "im Jahr 2024",
        "mehrere hundert", "a couple of hundred", "in the summer of 2024", "Oct 18, 2024 at 11:35 AM",
        "an estimated 11,000", "zwei bis drei Millionen Euro", "die Hälfte", "a third of",
    ]))
    spaces = st.text(alphabet=[" ", "\t", NBSP, THIN, NNBSP], min_size=1, max_size=3)
    return "".join(word + draw(spaces) for word in phrase.split(" "))


@pytest.mark.parametrize("language", ["de", "en"])
@PROPERTY
@given(text=st.one_of(st.text(), _MIXED, _SPACED, _phrases_with_odd_spaces()))
def test_any_text_gives_well_formed_spans(language, text):
    """Arbitrary Unicode never raises; spans slice back, never overlap; every digit is in one mention."""
    _assert_well_formed(text, find_mentions(text, language))


@pytest.mark.parametrize("language", ["de", "en"])
@settings(deadline=None, max_examples=20)
@given(parts=st.lists(_NUMBERISH | _ODD, min_size=500, max_size=2000))
def test_long_mixed_inputs(language, parts):
    text = " ".join(parts)
    _assert_well_formed(text, find_mentions(text, language))


@PROPERTY
@given(whole=st.integers(min_value=1_000, max_value=10**9), space=st.sampled_from([NBSP, THIN, NNBSP]))
def test_space_grouped_number_inside_right_to_left_text(whole, space):
    written = _grouped(str(whole), space)
    text = f"\u05d7\u05d9\u05d9\u05dc\u05d9\u05dd {written} \u202eחיילים\u202c"
    row = _only(text)
    assert (row["number_text"], row["value_best"]) == (written, float(whole))


# -- every way news writes a number (issue 16) -----------------------------------------------------

ZWSP, SHY, BOM = "\u200b", "\u00ad", "\ufeff"
NEGATIVE = {"kind": "negative_number", "reason": "negative number (a change or a measure, not a count)"}

COMPOUND_WORDS = [
    pytest.param("three hundred and thirty one soldiers", "en", "three hundred and thirty one", _exact(331),
                 id="en-hundred-and-tens-units"),
    pytest.param("fifty two soldiers", "en", "fifty two", _exact(52), id="en-tens-space-units"),
    pytest.param("fifty-two soldiers", "en", "fifty-two", _exact(52), id="en-tens-hyphen-units"),
    pytest.param("Sixty five thousand troops", "en", "Sixty five thousand", _exact(65_000), id="en-capitalised-compound"),
    pytest.param("twelve hundred troops", "en", "twelve hundred", _exact(1_200), id="en-teens-hundred"),
    pytest.param("nine hundred and ninety nine thousand nine hundred and ninety nine", "en",
                 "nine hundred and ninety nine thousand nine hundred and ninety nine", _exact(999_999),
                 id="en-long-compound"),
    pytest.param("zero casualties", "en", "zero", _exact(0), id="en-zero"),
    pytest.param("zweiundfünfzig Soldaten", "de", "zweiundfünfzig", _exact(52), id="de-zweiundfuenfzig"),
    pytest.param("dreihundertdreißig Soldaten", "de", "dreihundertdreißig", _exact(330), id="de-dreihundertdreissig"),
    pytest.param("dreihunderteinunddreißig Soldaten", "de", "dreihunderteinunddreißig", _exact(331),
                 id="de-dreihunderteinunddreissig"),
    pytest.param("three hundred thirty-one troops", "en", "three hundred thirty-one", _exact(331),
                 id="en-hundred-tens-without-and"),
    pytest.param("Dreihundertdreißig Soldaten", "de", "Dreihundertdreißig", _exact(330), id="de-capitalised-compound"),
    pytest.param("two thousand five hundred troops", "en", "two thousand five hundred", _exact(2_500),
                 id="en-thousand-then-hundreds"),
    pytest.param("zweitausendfünfhundert Soldaten", "de", "zweitausendfünfhundert", _exact(2_500),
                 id="de-tausend-then-hundert"),
    pytest.param("ninety-nine thousand troops", "en", "ninety-nine thousand", _exact(99_000), id="en-hyphen-then-scale"),
    pytest.param("neunundneunzigtausend Soldaten", "de", "neunundneunzigtausend", _exact(99_000),
                 id="de-und-then-tausend"),
    pytest.param("thirteen hundred troops", "en", "thirteen hundred", _exact(1_300), id="en-thirteen-hundred"),
    pytest.param("dreizehnhundert Soldaten", "de", "dreizehnhundert", _exact(1_300), id="de-dreizehnhundert"),
]

FRACTIONS_IN_WORDS = [
    pytest.param("one and a half years", "en", "one and a half years", _exact(1.5, unit="years"), id="en-one-and-a-half"),
    pytest.param("five and a half million people", "en", "five and a half million", _exact(5_500_000),
                 id="en-and-a-half-million"),
    pytest.param("2 and a half thousand", "en", "2 and a half thousand", _exact(2_500), id="en-digits-and-a-half"),
    pytest.param("half a million refugees", "en", "half a million", _exact(500_000), id="en-half-a-million"),
    pytest.param("two thirds of them", "en", "two thirds", _exact(2 / 3, kind="fraction"), id="en-two-thirds-words"),
    pytest.param("three quarters of them", "en", "three quarters", _exact(0.75, kind="fraction"), id="en-three-quarters"),
    pytest.param("ein halbes Jahr lang", "de", "ein halbes Jahr", _exact(0.5, unit="years"), id="de-ein-halbes"),
    pytest.param("eine halbe Million Menschen", "de", "eine halbe Million", _exact(500_000), id="de-eine-halbe-million"),
    pytest.param("anderthalb Jahre", "de", "anderthalb Jahre", _exact(1.5, unit="years"), id="de-anderthalb"),
    pytest.param("zwei Drittel der Truppen", "de", "zwei Drittel", _exact(2 / 3, kind="fraction"), id="de-zwei-drittel"),
    pytest.param("drei Viertel der Truppen", "de", "drei Viertel", _exact(0.75, kind="fraction"), id="de-drei-viertel"),
    pytest.param("zweieinhalb Millionen Menschen", "de", "zweieinhalb Millionen", _exact(2_500_000),
                 id="de-zweieinhalb-millionen"),
    pytest.param("zwei und ein halb Jahre", "de", "zwei und ein halb Jahre", _exact(2.5, unit="years"),
                 id="de-und-ein-halb"),
    pytest.param("two and a half million people", "en", "two and a half million", _exact(2_500_000),
                 id="en-two-and-a-half-million"),
    pytest.param("eineinhalb Millionen Menschen", "de", "eineinhalb Millionen", _exact(1_500_000),
                 id="de-eineinhalb-millionen"),
    pytest.param("dreieinhalb Tausend Soldaten", "de", "dreieinhalb Tausend", _exact(3_500), id="de-einhalb-tausend"),
    pytest.param("zweieinhalbtausend Soldaten", "de", "zweieinhalbtausend", _exact(2_500), id="de-einhalb-in-one-word"),
    pytest.param("one third of the troops", "en", "one third", _exact(THIRD, kind="fraction", unit="fraction"),
                 id="en-one-third"),
    pytest.param("a quarter of the troops", "en", "a quarter", _exact(0.25, kind="fraction"), id="en-a-quarter"),
    pytest.param("ein Viertel der Truppen", "de", "ein Viertel", _exact(0.25, kind="fraction"), id="de-ein-viertel"),
]

DECIMALS_IN_WORDS = [
    pytest.param("two point five million", "en", "two point five million", _exact(2_500_000), id="en-point"),
    pytest.param("one point two five", "en", "one point two five", _exact(1.25), id="en-one-point-two-digits"),
    pytest.param("zwei Komma drei Prozent", "de", "zwei Komma drei Prozent", _exact(2.3, kind="percent"), id="de-komma"),
    pytest.param("fünf Komma fünf Millionen Euro", "de", "fünf Komma fünf Millionen Euro", _exact(5_500_000, unit="EUR"),
                 id="de-komma-millionen"),
]

MULTIPLIERS = [
    pytest.param("about 10k troops", "en", "about 10k", _approx(10_000), id="en-k"),
    pytest.param("a 1.2bn deal", "en", "1.2bn", _exact(1.2e9), id="en-bn"),
    pytest.param("a $800m deal", "en", "$800m", _exact(8e8, unit="USD"), id="en-dollar-m"),
    pytest.param("£10m in aid", "en", "£10m", _exact(1e7, unit="GBP"), id="en-pound-m"),
    pytest.param("a 10m wall", "en", "10", _exact(10), id="en-m-without-currency-is-not-million"),
    pytest.param("1.5 million people", "en", "1.5 million", _exact(1_500_000), id="en-decimal-million"),
    pytest.param("a hundred thousand people", "en", "a hundred thousand", _exact(100_000), id="en-two-scale-words"),
    pytest.param("2,5 Mio. Euro", "de", "2,5 Mio. Euro", _exact(2_500_000, unit="EUR"), id="de-mio"),
    pytest.param("3 Mrd. Dollar", "de", "3 Mrd. Dollar", _exact(3e9, unit="USD"), id="de-mrd"),
    pytest.param("a $1.2bn package", "en", "$1.2bn", _exact(1.2e9, unit="USD"), id="en-dollar-decimal-bn"),
    pytest.param("€2bn in aid", "en", "€2bn", _exact(2e9, unit="EUR"), id="en-euro-bn"),
    pytest.param("10K followers", "en", "10K", _exact(10_000), id="en-capital-k"),
    pytest.param("1,5 Millionen Menschen", "de", "1,5 Millionen", _exact(1_500_000), id="de-decimal-millionen"),
    pytest.param("2,5 Mrd. Euro", "de", "2,5 Mrd. Euro", _exact(2.5e9, unit="EUR"), id="de-decimal-mrd"),
    pytest.param("11.5 thousand troops", "en", "11.5 thousand", _exact(11_500), id="en-decimal-thousand"),
    pytest.param("11,5 Tausend Soldaten", "de", "11,5 Tausend", _exact(11_500), id="de-decimal-tausend"),
]

HYBRIDS = [
    pytest.param("four-thousand-100 troops", "en", "four-thousand-100", _exact(4_100), id="en-words-then-digits"),
    pytest.param("15-thousand troops", "en", "15-thousand", _exact(15_000), id="en-digits-hyphen-thousand"),
    pytest.param("78-hundred troops", "en", "78-hundred", _exact(7_800), id="en-digits-hyphen-hundred"),
    pytest.param("13 thousand troops", "en", "13 thousand", _exact(13_000), id="en-digits-thousand"),
    pytest.param("15-tausend Soldaten", "de", "15-tausend", _exact(15_000), id="de-digits-hyphen-tausend"),
    pytest.param("13 Tausend Soldaten", "de", "13 Tausend", _exact(13_000), id="de-digits-tausend"),
]

SEPARATORS = [
    pytest.param("10'000 Soldaten", "de", "10'000", _exact(10_000), id="de-apostrophe"),
    pytest.param("10’000 Soldaten", "de", "10’000", _exact(10_000), id="de-right-quote"),
    pytest.param("10'000 troops", "en", "10'000", _exact(10_000), id="en-apostrophe"),
    pytest.param("10 000 Soldaten", "de", "10 000", _exact(10_000), id="de-space"),
    pytest.param(f"10{NBSP}000 Soldaten", "de", f"10{NBSP}000", _exact(10_000), id="de-nbsp"),
    pytest.param(f"10{NNBSP}000 Soldaten", "de", f"10{NNBSP}000", _exact(10_000), id="de-narrow-nbsp"),
    pytest.param("10 000 troops", "en", "10 000", _exact(10_000), id="en-space"),
    pytest.param(f"10{NBSP}000 troops", "en", f"10{NBSP}000", _exact(10_000), id="en-nbsp"),
    pytest.param(f"10{NNBSP}000 troops", "en", f"10{NNBSP}000", _exact(10_000), id="en-narrow-nbsp"),
    pytest.param("1 234 567 Euro", "de", "1 234 567 Euro", _exact(1_234_567, unit="EUR"), id="de-space-millions"),
    pytest.param("10.000 Soldaten", "de", "10.000", _exact(10_000), id="de-dot-groups"),
    pytest.param("10,000 troops", "en", "10,000", _exact(10_000), id="en-comma-groups"),
    pytest.param("10,5 Prozent", "de", "10,5 Prozent", _exact(10.5, kind="percent"), id="de-decimal-comma"),
    pytest.param("10.5 percent", "en", "10.5 percent", _exact(10.5, kind="percent"), id="en-decimal-point"),
    pytest.param("10,000 Soldaten", "de", "10,000", _exact(10), id="de-comma-is-the-decimal-mark"),
    pytest.param("10.000 troops", "en", "10.000", _exact(10), id="en-dot-is-the-decimal-mark"),
    pytest.param("rund 10'000 Soldaten", "de", "rund 10'000", _approx(10_000), id="de-apostrophe-after-qualifier"),
    pytest.param(f"12{ZWSP}000 troops", "en", f"12{ZWSP}000", _exact(12_000), id="en-zero-width-space-inside"),
    pytest.param(f"12.{SHY}000 Soldaten", "de", f"12.{SHY}000", _exact(12_000), id="de-soft-hyphen-inside"),
    pytest.param(f"1{BOM}2.000 Soldaten", "de", f"1{BOM}2.000", _exact(12_000), id="de-bom-inside"),
    pytest.param(f"{BOM}rund 5.000 Soldaten", "de", "rund 5.000", _approx(5_000), id="de-bom-before"),
    pytest.param(f"zwei{SHY}hundert Soldaten", "de", f"zwei{SHY}hundert", _exact(200), id="de-soft-hyphen-in-word"),
]

MAGNITUDES = [
    pytest.param("dozens of troops", "en", "dozens", _vague(24, 99), id="en-dozens-magnitude"),
    pytest.param("half a dozen troops", "en", "half a dozen", _exact(6), id="en-half-a-dozen"),
    pytest.param("ein halbes Dutzend Soldaten", "de", "ein halbes Dutzend", _exact(6), id="de-halbes-dutzend"),
    pytest.param("Dutzende Soldaten", "de", "Dutzende", _vague(24, 99), id="de-dutzende"),
    pytest.param("mehrere Dutzend Soldaten", "de", "mehrere Dutzend", _vague(24, 99), id="de-mehrere-dutzend"),
    pytest.param("several million people", "en", "several million", _vague(2e6, 9_999_999), id="en-several-million"),
    pytest.param("mehrere Millionen Menschen", "de", "mehrere Millionen", _vague(2e6, 9_999_999), id="de-mehrere-millionen"),
    pytest.param("a few thousand troops", "en", "a few thousand", _vague(2_000, 9_999), id="en-a-few-thousand"),
    pytest.param("ein paar Tausend Soldaten", "de", "ein paar Tausend", _vague(2_000, 9_999), id="de-ein-paar-tausend"),
    pytest.param("several hundred thousand people", "en", "several hundred thousand", _vague(200_000, 999_999),
                 id="en-several-hundred-thousand"),
    pytest.param("hundreds of thousands of people", "en", "hundreds of thousands", _vague(200_000, 999_999),
                 id="en-hundreds-of-thousands"),
    pytest.param("tens of millions of dollars", "en", "tens of millions", _vague(2e7, 99_999_999),
                 id="en-tens-of-millions"),
    pytest.param("hundreds of troops", "en", "hundreds", _vague(200, 999), id="en-hundreds"),
    pytest.param("ein Dutzend Soldaten", "de", "ein Dutzend", _exact(12), id="de-ein-dutzend"),
    pytest.param("two dozen troops", "en", "two dozen", _exact(24), id="en-two-dozen"),
    pytest.param("zwei Dutzend Soldaten", "de", "zwei Dutzend", _exact(24), id="de-zwei-dutzend"),
]

SIGNS_AND_COMPARATIVES = [
    pytest.param("a change of -1 percent", "en", "-1 percent", _exact(-1, unit="percent", **NEGATIVE), id="en-minus-sign"),
    pytest.param("bei −5 Grad", "de", "−5", _exact(-5, **NEGATIVE), id="de-unicode-minus-sign"),
    pytest.param("minus fünf Grad", "de", "minus fünf", _exact(-5, **NEGATIVE), id="de-minus-word"),
    pytest.param("minus five degrees", "en", "minus five", _exact(-5, **NEGATIVE), id="en-minus-word"),
    pytest.param("the toll exceeds 3,000", "en", "exceeds 3,000", _lower(3_000), id="en-exceeds"),
    pytest.param("losses surpassed 3,000", "en", "surpassed 3,000", _lower(3_000), id="en-surpassed"),
    pytest.param("die Zahl übersteigt 3.000", "de", "übersteigt 3.000", _lower(3_000), id="de-uebersteigt"),
    pytest.param("nearly twelve times more", "en", "nearly twelve times", _upper(12, True, unit="times"),
                 id="en-nearly-twelve-times"),
    pytest.param("fast zwölf Mal so viele", "de", "fast zwölf Mal", _upper(12, True, unit="times"), id="de-fast-zwoelf-mal"),
    pytest.param("fewer than 20 soldiers", "en", "fewer than 20", _upper(20), id="en-fewer-than"),
    pytest.param("unter 20 Soldaten", "de", "unter 20", _upper(20), id="de-unter"),
    pytest.param("below 300 troops", "en", "below 300", _upper(300), id="en-below"),
    pytest.param("Die Preise sanken um -3 Prozent.", "de", "-3 Prozent", _exact(-3, unit="percent", **NEGATIVE),
                 id="de-minus-sign"),
    pytest.param("minus 3,5 Prozent", "de", "minus 3,5 Prozent", _exact(-3.5, unit="percent", **NEGATIVE),
                 id="de-minus-word-decimal"),
    pytest.param("weniger als 20 Soldaten", "de", "weniger als 20", _upper(20), id="de-weniger-als"),
    pytest.param("die Zahl übertraf 3.000", "de", "übertraf 3.000", _lower(3_000), id="de-uebertraf"),
    pytest.param("the death toll topped 1,000", "en", "topped 1,000", _lower(1_000), id="en-topped"),
]

WORD_RANGES = [
    pytest.param("between twenty and thirty troops", "en", "between twenty and thirty", _range(20, 30),
                 id="en-between-words"),
    pytest.param("zwischen zwanzig und dreißig Soldaten", "de", "zwischen zwanzig und dreißig", _range(20, 30),
                 id="de-zwischen-words"),
    pytest.param("more than 100 and less than 300 troops", "en", "more than 100 and less than 300", _range(100, 300),
                 id="en-lower-and-upper"),
    pytest.param("mehr als 100 und weniger als 300 Soldaten", "de", "mehr als 100 und weniger als 300",
                 _range(100, 300), id="de-lower-and-upper"),
    pytest.param("at least 10 but no more than 20", "en", "at least 10 but no more than 20", _range(10, 20),
                 id="en-lower-but-upper"),
    pytest.param("from 10,000 to 12,000 troops", "en", "from 10,000 to 12,000", _range(10_000, 12_000), id="en-from-to"),
    pytest.param("von 10.000 bis 12.000 Soldaten", "de", "von 10.000 bis 12.000", _range(10_000, 12_000), id="de-von-bis"),
    pytest.param("10.000 bis 12.000 Soldaten", "de", "10.000 bis 12.000", _range(10_000, 12_000), id="de-bis"),
    pytest.param("10,000-12,000 troops", "en", "10,000-12,000", _range(10_000, 12_000), id="en-hyphen-range"),
    pytest.param("10 to 12 thousand troops", "en", "10 to 12 thousand", _range(10_000, 12_000), id="en-to-shared-scale"),
    pytest.param("zehn bis zwölf Tausend Soldaten", "de", "zehn bis zwölf Tausend", _range(10_000, 12_000),
                 id="de-bis-shared-scale-words"),
    pytest.param("twenty to thirty troops", "en", "twenty to thirty", _range(20, 30), id="en-to-words"),
    pytest.param("10 000–12 000 Soldaten", "de", "10 000–12 000", _range(10_000, 12_000), id="de-space-grouped-range"),
    pytest.param("about 1,500 to 2,000 troops", "en", "about 1,500 to 2,000", _range(1_500, 2_000, True),
                 id="en-approximate-range"),
    pytest.param("from twenty to thirty troops", "en", "from twenty to thirty", _range(20, 30), id="en-from-words"),
    pytest.param("von zwanzig bis dreißig Soldaten", "de", "von zwanzig bis dreißig", _range(20, 30),
                 id="de-von-words"),
    pytest.param("10 bis 12 Tausend Soldaten", "de", "10 bis 12 Tausend", _range(10_000, 12_000),
                 id="de-bis-shared-scale-digits"),
    pytest.param("zwischen 20 und 30 Prozent", "de", "zwischen 20 und 30 Prozent",
                 _range(20, 30, kind="percent", unit="percent"), id="de-zwischen-percent"),
]

NOT_COUNTS = [
    pytest.param("Maschinen vom Typ Il-76 gesichtet", "de", "Il-76", _not_quantity("designation", "aircraft designation"),
                 id="de-il-76"),
    pytest.param("KN-23 missiles", "en", "KN-23", _not_quantity("designation", "missile designation"), id="en-kn-23"),
    pytest.param("update to version 2.1.3 now", "en", "2.1.3", _not_quantity("designation", "version number"),
                 id="en-version"),
    pytest.param("Version 3.14.159 installiert", "de", "3.14.159", _not_quantity("designation", "version number"),
                 id="de-version"),
    pytest.param("version 2.0 is out", "en", "2.0", _not_quantity("designation", "version number"), id="en-version-two-parts"),
    pytest.param("Firmware-Version 17 installiert", "de", "17", _not_quantity("designation", "version number"),
                 id="de-version-label-one-number"),
    pytest.param("the diversion 20 miles north", "en", "20", _exact(20), id="en-version-inside-a-word-is-no-label"),
    pytest.param("call 555-123-4567 today", "en", "555-123-4567", _not_quantity("phone_number", "phone number"),
                 id="en-us-phone"),
    pytest.param("call (555) 123-4567 today", "en", "(555) 123-4567", _not_quantity("phone_number", "phone number"),
                 id="en-us-phone-parentheses"),
    pytest.param("Tel. 030 1234567", "de", "030 1234567", _not_quantity("phone_number", "phone number"), id="de-phone"),
    pytest.param("at 3pm they left", "en", "3pm", _not_quantity("time", "time of day"), id="en-3pm"),
    pytest.param("um 14.30 Uhr", "de", "14.30 Uhr", _not_quantity("time", "time of day"), id="de-uhr"),
    pytest.param("in 2024 they came", "en", "in 2024", _not_quantity("year", "calendar year", "2024"), id="en-year"),
    pytest.param("Im Jahr 2024 300 Soldaten", "de", "300", _exact(300), id="de-year-then-count-not-grouped"),
    pytest.param("in 2023 100 troops died", "en", "100", _exact(100), id="en-year-then-count-not-grouped"),
    pytest.param("am 3. Mai 2024", "de", "am 3. Mai 2024", _not_quantity("date", "calendar date", "2024-05-03"),
                 id="de-date"),
    pytest.param("account 12345678901234567890 frozen", "en", "12345678901234567890",
                 _not_quantity("designation", "digit run too long to be a count (more than 15 digits)"),
                 id="en-too-long-digit-run"),
    pytest.param("Konto 1" + "0" * 400, "de", "1" + "0" * 400,
                 _not_quantity("designation", "digit run too long to be a count (more than 15 digits)"),
                 id="de-huge-digit-run-is-no-inf"),
    pytest.param("am Montag um 10 am Bahnhof", "de", "10", _exact(10), id="de-am-is-no-time-suffix"),
    pytest.param("IL-76 transport planes", "en", "IL-76", _not_quantity("designation", "aircraft designation"),
                 id="en-il-76"),
    pytest.param("F-16 jets", "en", "F-16", _not_quantity("designation", "aircraft designation"), id="en-f-16"),
    pytest.param("at 14:30 they left", "en", "14:30", _not_quantity("time", "time of day"), id="en-24-hour-time"),
    pytest.param("call +1 202 555 0143", "en", "+1 202 555 0143", _not_quantity("phone_number", "phone number"),
                 id="en-international-phone"),
    pytest.param("Tel. +49 30 1234567", "de", "+49 30 1234567", _not_quantity("phone_number", "phone number"),
                 id="de-international-phone"),
    pytest.param("on 18 June 2025", "en", "on 18 June 2025", _not_quantity("date", "calendar date", "2025-06-18"),
                 id="en-day-month-year"),
    pytest.param("the 1990s", "en", "1990s", _not_quantity("year", "decade", "199X", value_low=1990.0,
                 value_high=1999.0), id="en-decade"),
]


@pytest.mark.parametrize(("text", "language", "number_text", "expected"),
                         COMPOUND_WORDS + FRACTIONS_IN_WORDS + DECIMALS_IN_WORDS + MULTIPLIERS + HYBRIDS + SEPARATORS
                         + MAGNITUDES + SIGNS_AND_COMPARATIVES + WORD_RANGES + NOT_COUNTS)
def test_number_form(text, language, number_text, expected):
    """Each form read to its value and bound, its span slicing the raw text back."""
    _check(text, language, number_text, expected)
    _assert_well_formed(text, find_mentions(text, language))


@pytest.mark.parametrize(("text", "language"), [
    pytest.param("one of them said so", "en", id="en-one-pronoun-still"),
    pytest.param("half the time", "en", id="en-half-the-is-a-fraction-not-half-a"),
    pytest.param("Ein Zweifel, ein Dreieck", "de", id="de-words-starting-like-numbers"),
    pytest.param("minus nothing", "en", id="en-minus-without-number"),
    pytest.param("mehrere Soldaten", "de", id="de-mehrere-without-scale"),
])
def test_not_a_number_form(text, language):
    rows = _rows(text, language)
    assert all(r["kind"] == "fraction" for r in rows) if "half" in text else rows == []


@pytest.mark.parametrize("invisible", [ZWSP, SHY, BOM, "\u200c", "\u200d", "\u2060"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_invisible_character_never_splits_a_number(invisible, language):
    written = f"12{invisible}345"
    text = f"x {written} y"
    row = _only(text, language)
    assert (row["number_text"], row["value_best"]) == (written, 12_345.0)
    assert text[row["char_start"]:row["char_end"]] == written


@PROPERTY
@given(digits=st.text("0123456789", min_size=16, max_size=400).filter(lambda d: d[0] != "0"))
def test_long_digit_runs_are_never_values(digits):
    row = _only(f"Konto {digits} ist lang")
    assert row["kind"] == "designation" and row["value_best"] is None


@pytest.mark.parametrize(
    ("text", "language", "number", "kind"),
    [
        # a year after a month's or season's name is this era's: "Dezember 3000 Nordkoreaner" counts people
        pytest.param("Das ISW zählte Mitte Dezember 3000 Nordkoreaner in Kursk.", "de", "3000", "count", id="de-dezember-3000"),
        pytest.param("By late December 4500 North Koreans had been moved up.", "en", "4500", "count", id="en-december-4500"),
        pytest.param("Im Herbst 3000 weitere Soldaten.", "de", "3000", "count", id="de-herbst-3000"),
        pytest.param("Das ISW zählte im Dezember 2024 rund 3000 Nordkoreaner.", "de", "Dezember 2024", "date",
                     id="de-dezember-2024"),
        pytest.param("In March 1999 nobody counted.", "en", "March 1999", "date", id="en-march-1999"),
        # a number with its scale word after a month is no day of it
        pytest.param("Bis Ende Mai 3 Millionen Granaten geliefert.", "de", "3 Millionen", "count", id="de-mai-3-millionen"),
        pytest.param("Shipped by May 2 million shells in all.", "en", "2 million", "count", id="en-may-2-million"),
    ],
)
def test_a_year_after_a_month_is_of_this_era(text, language, number, kind):
    rows = [r for r in _rows(text, language) if r["number_text"].endswith(number)]
    assert len(rows) == 1 and (rows[0]["kind"] == "date") == (kind == "date"), rows


@pytest.mark.parametrize(
    ("text", "language", "number", "kind"),
    [
        # an ordinal after a German article and its adjectives names a unit
        pytest.param("Ein Offizier der ukrainischen 47. Mechanisierten Brigade berichtet.", "de", "47.", "ordinal",
                     id="de-der-ukrainischen-47"),
        # never a sentence's last figure before the next sentence's article
        pytest.param("Die Zahl stieg auf die gemeldeten 600. Die Ukraine sagt das.", "de", "600", "quantity",
                     id="de-die-gemeldeten-600"),
        # the second day of a date joined to it
        pytest.param("Killed on Dec. 14 and 15, it said.", "en", "15", "date", id="en-dec-14-and-15"),
        pytest.param("On Dec. 14 and 300 soldiers arrived.", "en", "300", "quantity", id="en-dec-14-and-300"),
    ],
)
def test_ordinals_and_joined_days(text, language, number, kind):
    rows = [r for r in _rows(text, language) if r["number_text"].strip() == number]
    assert len(rows) == 1 and rows[0]["kind"] == kind, _rows(text, language)


def test_an_age_in_parentheses_after_a_name_is_an_age():
    import datetime as dt

    from analysis.pipeline import ArticleInfo, process_text

    _, mentions = process_text("Kim Jong Un (41) äußerte sich nicht.", ArticleInfo(None, None, dt.date(2025, 3, 1), "day", "de"))
    assert next(m for m in mentions if m["number_text"] == "41")["status_reason"] == "not a count: age"


@pytest.mark.parametrize(
    ("text", "language", "number", "low", "high"),
    [
        # a number by its count of digits, or a part of a magnitude (conventions in number_words.yaml)
        pytest.param("Eine hohe dreistellige Zahl nordkoreanischer Soldaten sei gefangen.", "de", "hohe dreistellige Zahl",
                     500, 999, id="de-hohe-dreistellige-zahl"),
        pytest.param("Von einer vierstelligen Zahl Gefallener ist die Rede.", "de", "vierstelligen Zahl", 1000, 9999,
                     id="de-vierstelligen-zahl"),
        pytest.param("North Korean losses are in the low thousands, Seoul said.", "en", "low thousands", 1000, 3999,
                     id="en-low-thousands"),
    ],
)
def test_magnitudes_by_their_digits_are_vague_ranges(text, language, number, low, high):
    row = next(r for r in _rows(text, language) if r["number_text"] == number)
    assert (row["value_low"], row["value_best"], row["value_high"]) == (low, None, high), row


@pytest.mark.parametrize("language", ["de", "en"])
def test_mention_records_are_the_tables_rows(language):
    """The extraction's rows (dicts built straight from the reader's rows) are the table's, key order and value types
    included, on the seed articles and on text with invisible characters inside and before its numbers."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(paths.articles_dir().glob("*.txt"))]
    texts += ["Rund 10\u200b000 Soldaten, ca.\u00ad 2,5 Mio. Euro", "\u200bAbout 1\u00ad200 troops, 3 or 4 more", ""]
    for text in texts:
        records, table = mention_records(text, language), find_mentions(text, language).to_dicts()
        assert records == table
        assert [list(r) for r in records] == [list(MENTION_SCHEMA)] * len(records)
        assert [[type(v) for v in r.values()] for r in records] == [[type(v) for v in r.values()] for r in table]


def test_a_trunk_zero_set_off_by_a_space_opens_a_phone_number():
    """"the free line 0 800 50 80 90": one phone number, never a count of 800."""
    row = _only("via the free line 0 800 50 80 90.", "en")
    assert (row["number_text"], row["kind"]) == ("0 800 50 80 90", "phone_number")


@pytest.mark.parametrize(("text", "language", "number_text", "value"), [
    ("TWO North Korean POWs 'beg not to be sent home'", "en", "TWO", 2.0),
    ("ZWEI Nordkoreaner in Gefangenschaft", "de", "ZWEI", 2.0),
])
def test_number_words_in_a_headlines_capitals_are_read(text, language, number_text, value):
    row = _rows(text, language)[0]
    assert (row["number_text"], row["value_best"]) == (number_text, value)


def test_a_day_first_language_reads_no_day_after_a_month_name():
    """German writes the day first ("am 20. August"): "Anfang August 20 mit Flaggen bedeckte Särge" is the month, then a
    count; English keeps "August 20" as a day."""
    rows = _rows("Das Staatsfernsehen zeigte, wie Anfang August 20 mit Flaggen bedeckte Särge eintrafen.", "de")
    assert [(r["number_text"], r["kind"]) for r in rows] == [("Anfang August", "date"), ("20", "quantity")]
    rows = _rows("The caskets arrived on August 20 in Pyongyang.", "en")
    assert [(r["number_text"], r["kind"]) for r in rows] == [("on August 20", "date")]
