"""Figures of people the vocabulary does not list, read by where they stand (the tenth session's rules): among
the topic's people, or sent in a paragraph on the topic, they are claims; beside the topic's people but counting
things, they are not."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.pipeline import ArticleInfo, process_text


def _mention(text: str, language: str, number: str) -> dict:
    _, mentions = process_text(text, ArticleInfo(None, None, dt.date(2025, 3, 10), "day", language))
    return next(m for m in mentions if m["number_text"].endswith(number))


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # the group named first, a partitive before it: "among", "unter", "including"
        pytest.param("Among those sent were about 200 drone pilots, an intelligence official said.", "en", "200",
                     id="en-among-those-sent"),
        pytest.param("Unter den Entsandten seien etwa 200 Drohnenpiloten, sagte ein Sprecher des Geheimdienstes.", "de",
                     "200", id="de-unter-den-entsandten"),
        # the group after the figure, in its clause
        pytest.param("About 1,500 paratroopers and 300 snipers were among the reinforcements, Kyiv said.", "en", "1,500",
                     id="en-were-among-the-reinforcements"),
        pytest.param("Some 150 cooks arrived alongside the troops, a witness said.", "en", "150",
                     id="en-alongside-the-troops"),
    ],
)
def test_a_figure_among_the_topics_people_is_a_claim(text, language, number):
    assert _mention(text, language, number)["mention_status"] == "claim"


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # another country's people are no company: the figure stays off the topic
        pytest.param("About 40 drone pilots were among the Russian troops, a blogger said.", "en", "40",
                     id="en-among-russian-troops"),
        pytest.param("Unter den ukrainischen Soldaten seien etwa 30 Drohnenpiloten, sagte ein Sprecher.", "de", "30",
                     id="de-unter-ukrainischen-soldaten"),
        # things beside the topic's people stay things: no partitive joins them
        pytest.param("North Korean artillery crews have helped Russia retake 12 villages along the border.", "en", "12",
                     id="en-villages-beside-crews"),
    ],
)
def test_a_figure_beside_but_not_among_the_topics_people_is_no_claim(text, language, number):
    assert _mention(text, language, number)["mention_status"] == "not_a_claim"


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # the North named in the sentence before, in the same paragraph: the verb right before the figure sends them
        pytest.param("North Korea has expanded its support for Moscow. The regime sent 10,000 youths to Russia last "
                     "year, a lawmaker said.", "en", "10,000", id="en-regime-sent-youths"),
        pytest.param("Nordkorea weitet seine Hilfe für Moskau aus. Das Regime schickte rund 800 Techniker nach Kursk, "
                     "hieß es.", "de", "800", id="de-regime-schickte-techniker"),
    ],
)
def test_a_figure_sent_in_a_paragraph_on_the_topic_is_a_claim(text, language, number):
    assert _mention(text, language, number)["mention_status"] == "claim"


def test_a_figure_sent_after_a_paragraph_break_needs_its_own_sentence_on_the_topic():
    text = "North Korea has expanded its support for Moscow.\n\nThe regime sent 10,000 youths to the coast last year."
    assert _mention(text, "en", "10,000")["mention_status"] == "not_a_claim"


@pytest.mark.parametrize(
    ("text", "language", "number", "reason"),
    [
        # civilians named by a word the vocabulary does not list as a noun, in a sentence off the topic
        pytest.param("The attack killed at least 14 civilians in Sumy, the regional governor said.", "en", "14",
                     "off the topic", id="en-civilians-killed"),
        # a price of money, an abbreviated duration
        pytest.param("The exchange rate of the won fell to 1,450 per dollar.", "en", "1,450", "exchange rate",
                     id="en-won-per-dollar"),
        pytest.param("Der Kurs fiel auf 1.450 Won je Dollar.", "de", "1.450 Won", "exchange rate", id="de-won-je-dollar"),
        pytest.param("Watch: 2 min 30 sec video of a captured North Korean soldier", "en", "30", "duration",
                     id="en-abbreviated-duration"),
        # the size of each group; a figure paired with one before it that counts something else
        pytest.param("North Korean units attacked in waves, often in squads of 15 to 20 men.", "en", "15 to 20",
                     "group size", id="en-squads-of"),
        pytest.param("Die Nordkoreaner griffen in Trupps mit jeweils 30 Mann an.", "de", "30", "group size",
                     id="de-trupps-mit-jeweils"),
        pytest.param("The Security Council vote on the North Korean deployment failed by 9 votes to 4.", "en", "4",
                     "figure before it counts (votes)", id="en-votes-to"),
        # a person's age in a relative clause
        pytest.param("Two North Koreans were captured; the older soldier, who is 26, was unhurt.", "en", "26", "age",
                     id="en-who-is-an-age"),
        # a name written with digits, an area, a rate of change, a phone number with an area code in parentheses
        pytest.param("Budanow sagte dem Sender 2+2, es seien 12.000 Nordkoreaner im Einsatz.", "de", "2+2",
                     "name written with digits", id="de-channel-2-plus-2"),
        pytest.param("Nordkoreanische Pioniere räumten rund 2 Millionen Quadratmeter Land.", "de", "2 Millionen",
                     "area", id="de-quadratmeter"),
        pytest.param("North Korean exports to Russia rose by some 40 percent in 2024.", "en", "40 percent",
                     "rate of change", id="en-rose-by-percent"),
        pytest.param("North Korean soldiers can call +380 (44) 123 45 67 to surrender.", "en", "+380 (44) 123 45 67",
                     "phone number", id="en-phone-area-code-in-parentheses"),
    ],
)
def test_numbers_of_other_things_in_new_shapes_are_no_claims(text, language, number, reason):
    row = _mention(text, language, number)
    assert row["mention_status"] == "not_a_claim" and reason in row["status_reason"], row


def _claim(text: str, language: str, number: str):
    claims, _ = process_text(text, ArticleInfo(None, None, dt.date(2025, 3, 10), "day", language))
    rows = [r for r in claims if r["number_text"].endswith(number)]
    assert len(rows) == 1, [(r["number_text"], r["quantity"]) for r in claims]
    return rows[0]


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # "of them" is the nearest figure that can be one: not those who report it, not a figure of circumstance
        pytest.param("Pjöngjang hat bis zu 15.000 Kämpfer verlegt. Wie zwei Abgeordnete in Seoul berichteten, wurden rund "
                     "4.700 von ihnen getötet oder verletzt.", "de", "4.700", "casualties", "killed_or_wounded",
                     id="de-von-ihnen-not-the-speakers"),
        pytest.param("Seoul believes some 15,000 have gone over in two rotations. It says roughly 600 of them have been "
                     "killed.", "en", "600", "casualties", "killed", id="en-of-them-not-the-rotations"),
        # the noun before the figure is the North's people although another side is named: theirs
        pytest.param("Die Zahl der auf russischer Seite getöteten Nordkoreaner liege bei etwa 2.000.", "de", "2.000",
                     "casualties", "killed", id="de-nordkoreaner-auf-russischer-seite"),
        # "tödlich" says killed, nearest the number
        pytest.param("Rund 4.700 Nordkoreaner wurden getötet oder verletzt, davon etwa 600 tödlich.", "de", "600",
                     "casualties", "killed", id="de-davon-toedlich"),
        # tense and modality: a number that will climb or hit, a passive infinitive after a modal of likelihood, a
        # perfect infinitive of shipping
        pytest.param("The minister warned the number of North Korean troops could climb to 20,000 by spring.", "en",
                     "20,000", "troops_planned", None, id="en-could-climb-to"),
        pytest.param("Seoul expects the number of North Korean soldiers to hit 10,000 by December.", "en", "10,000",
                     "troops_planned", None, id="en-expects-to-hit"),
        pytest.param("Nach britischer Einschätzung dürften bis zum Sommer noch einmal bis zu 5.000 Nordkoreaner an die "
                     "Front geschickt werden.", "de", "5.000", "troops_planned", None, id="de-duerften-geschickt-werden"),
        pytest.param("North Korea appears to have shipped upwards of 1,000 additional troops to Russia in January.", "en",
                     "1,000", "troops_deployed", None, id="en-to-have-shipped-additional"),
    ],
)
def test_what_a_figure_counts_by_its_own_words(text, language, number, quantity, casualty_type):
    row = _claim(text, language, number)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type), row


def test_a_figure_with_a_participle_after_it_counts_no_unknown_thing():
    text = ("North Korea has about 8,000 troops on the Kursk front, Kyiv said, with another 2,000 held in reserve near "
            "Belgorod.")
    assert _mention(text, "en", "2,000")["mention_status"] == "claim"


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # a possessive base of a partitive: the part takes the verb, the base its noun
        pytest.param("Nine of its roughly 1,000 soldiers were killed, KCNA said.", "en", "Nine", "casualties", "killed",
                     id="en-nine-of-its"),
        pytest.param("Nine of its roughly 1,000 soldiers were killed, KCNA said.", "en", "1,000", "troops_deployed", None,
                     id="en-base-of-its"),
        # the German of combat engineers
        pytest.param("Nach Einschätzung des NIS sind rund 1.000 Kampfingenieure aus Nordkorea in Russland.", "de", "1.000",
                     "sappers", None, id="de-kampfingenieure"),
    ],
)
def test_partitive_bases_and_engineers(text, language, number, quantity, casualty_type):
    row = _claim(text, language, number)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type), row


def test_a_number_paired_with_a_measured_number_word_shares_its_unit():
    text = "The two prisoners said they had served 10 and four years before being shipped to Kursk."
    assert "duration" in _mention(text, "en", "10")["status_reason"]


@pytest.mark.parametrize(
    ("text", "language", "number", "quantity", "casualty_type"),
    [
        # the task they are to help with gives their kind
        pytest.param("Etwa 1.000 Mann sollen im Frühjahr erneut bei der Minenräumung helfen.", "de", "1.000", "sappers", None,
                     id="de-bei-der-minenraeumung"),
        # the dead named before them: "die Leichname von 17 Nordkoreanern"
        pytest.param("Sie hätten zudem die Leichname von 17 Nordkoreanern geborgen, teilte die Einheit mit.", "de", "17",
                     "casualties", "killed", id="de-leichname-von"),
        # fighting now, whatever the next clause warns
        pytest.param("Lecornu said 10,000 North Koreans were now fighting for Moscow, and warned the number could climb "
                     "to 20,000 by spring.", "en", "10,000", "troops_deployed", None, id="en-were-now-fighting"),
    ],
)
def test_kinds_and_tenses_from_the_figures_own_clause(text, language, number, quantity, casualty_type):
    row = _claim(text, language, number)
    assert (row["quantity"], row["casualty_type"]) == (quantity, casualty_type), row


def test_a_plan_of_sappers_looks_ahead_for_its_period():
    text = "Kursks Gouverneur kündigt an: Etwa 1.000 Mann sollen im Frühjahr erneut bei der Minenräumung helfen."
    claims, _ = process_text(text, ArticleInfo(None, None, dt.date(2025, 12, 15), "day", "de"))
    row = next(r for r in claims if r["number_text"].endswith("1.000"))
    assert (row["quantity"], str(row["reference_start"])) == ("sappers", "2026-03-01"), row


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # a ratio in German
        pytest.param("Zeitweise sei man eins zu sieben unterlegen gewesen, sagte der Offizier über die Nordkoreaner.", "de",
                     "sieben", id="de-eins-zu-sieben"),
        # places where it happened, whatever the sentence's casualty cue says
        pytest.param("At least 30 North Korean troops were killed or wounded near three villages in Kursk, HUR said.", "en",
                     "three", id="en-near-three-villages"),
    ],
)
def test_ratios_and_places_are_no_claims(text, language, number):
    assert _mention(text, language, number)["mention_status"] == "not_a_claim"


def test_at_before_a_figure_gives_its_value_not_a_place():
    text = "Seoul’s estimate is lower, at roughly 3,000 killed and wounded among the North Korean troops."
    assert _mention(text, "en", "3,000")["mention_status"] == "claim"


def test_a_coordinated_kind_past_the_noun_window_still_makes_a_total():
    text = "Moskau will laut Schoigu 6.000 nordkoreanische Militärbauarbeiter und Minenräumer in die Region Kursk holen."
    assert _claim(text, "de", "6.000")["quantity"] == "troops_planned"


def test_a_part_of_a_base_after_it_that_counts_something_else_is_no_claim():
    text = "Ukraine said it shot down 56 of 90 Russian drones overnight, as the North Korean deployment went on."
    assert "a part of the figure after" in _mention(text, "en", "56")["status_reason"]
    text = "About 1,000 of 11,000 North Korean troops have died, Seoul said."
    assert _mention(text, "en", "1,000")["mention_status"] == "claim"


def test_a_part_before_its_base_takes_its_state_from_its_verb_not_the_bases_noun():
    row = _claim("About 2,000 of the roughly 4,700 casualties were seriously injured, the NIS said.", "en", "2,000")
    assert (row["quantity"], row["casualty_type"]) == ("casualties", "wounded")


def test_set_to_arrive_is_a_plan():
    text = "Another 3,000 North Korean troops are set to arrive in Russia next month, Seoul's spy agency said."
    assert _claim(text, "en", "3,000")["quantity"] == "troops_planned"


def test_a_german_plan_in_the_participle_or_preterite():
    text = ("Pjöngjang hatte ursprünglich geplant, bis Jahresende 10.000 Soldaten zu schicken; angekommen seien bislang "
            "6.000, so der NIS.")
    assert (_claim(text, "de", "10.000")["quantity"], _claim(text, "de", "6.000")["quantity"]) == \
        ("troops_planned", "troops_deployed")


def test_a_hyphenated_strength_counts_the_units_people():
    assert _claim("A 2,000-strong North Korean unit was spotted near Sudzha, the HUR said.", "en", "2,000")["quantity"] == \
        "troops_deployed"


def test_an_explicit_figure_restating_a_share_takes_what_befell_the_share():
    text = "North Korean units have lost about a third of their strength, or roughly 4,000 men, British intelligence said."
    row = _claim(text, "en", "4,000")
    assert (row["quantity"], row["casualty_type"]) == ("casualties", "killed_or_wounded")


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        pytest.param("Russian shelling hit Kharkiv overnight. Among the dead were 12 civilians, the governor said.", "en", "12",
                     id="en-among-the-dead-civilians"),
        pytest.param("Unter den Toten seien auch 12 Zivilisten, sagte der Gouverneur von Charkiw.", "de", "12",
                     id="de-unter-den-toten-zivilisten"),
    ],
)
def test_civilians_among_the_dead_are_never_the_topics_people(text, language, number):
    assert _mention(text, language, number)["mention_status"] == "not_a_claim"
