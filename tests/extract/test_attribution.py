"""Who claims a figure: claimers composed from what the text says, linked by grammar and scope."""

from __future__ import annotations

import polars as pl
import pytest

from analysis import extract_claims
from analysis.extract.attribution import compiled, describe_source, is_known_source
from analysis.extract.claimers import find_claimers, normalise
from analysis.vocabulary import default_vocabulary


def _claim(text: str, number: str, language: str) -> dict:
    claims = extract_claims(text, published="2025-03-10", language=language)
    rows = claims.filter(pl.col("number_text").str.contains(number, literal=True))
    assert rows.height == 1, claims.select("number_text", "source").to_dicts()
    return rows.row(0, named=True)


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # after "in"/"aus" a country's adjective is no head of the claimer; a name or a region is
        ("Drei Soldaten aus Nordkorea sind nach Angaben von Präsident Selenskyj in ukrainische Hand gefallen.", "de",
         "Präsident Selenskyj"),
        ("Laut dem Geheimdienst in Südkorea sind 3.000 Soldaten gefallen.", "de", "dem Geheimdienst in Südkorea"),
        ("Nach Angaben des Gouverneurs von Kursk sind 300 Soldaten eingetroffen.", "de", "des Gouverneurs von Kursk"),
    ],
)
def test_a_place_ends_a_claimer_phrase_an_adjective_does_not(text, language, words):
    vocab = default_vocabulary()
    c = compiled(vocab)
    text = normalise(text)
    found = find_claimers(text, 0, len(text), known=vocab.source_pattern, known_groups=vocab.alias_groups,
                          lex=c.lexicon, language=language)
    assert words in [text[x.start:x.end] for x in found]


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "words"),
    [
        # wordings the sources vocabulary does not list: country + body are composed
        pytest.param("Der südkoreanische Nachrichtendienst beziffert die Zahl der Gefallenen auf 900.", "900", "de",
                     "kr_nis", "Der südkoreanische Nachrichtendienst", id="de-adjective-body"),
        pytest.param("Seouls Auslandsgeheimdienst rechnet mit 2.500 weiteren Soldaten.", "2.500", "de",
                     "kr_nis", "Seouls Auslandsgeheimdienst", id="de-capital-genitive-compound"),
        pytest.param("The UK defence ministry said 7,000 had been killed or wounded.", "7,000", "en",
                     "uk_intelligence", "The UK defence ministry", id="en-acronym-body"),
        pytest.param("Japan’s defence ministry estimates that 8,000 soldiers are in Kursk.", "8,000", "en",
                     "jp_defence_ministry", "Japan’s defence ministry", id="en-typographic-apostrophe-composed"),
        pytest.param("Laut dem ukrainischen Generalstab wurden 300 Nordkoreaner verwundet.", "300", "de",
                     "ua_military", "dem ukrainischen Generalstab", id="de-composed-military"),
        # the sending country as subject is not the claimer; the cue decides
        pytest.param("Pjöngjang will nach Einschätzung des britischen Verteidigungsministeriums 4.000 Mann schicken.",
                     "4.000", "de", "uk_intelligence", "des britischen Verteidigungsministeriums", id="de-actor-subject"),
        pytest.param("Kyiv's military intelligence said North Korea had moved 1,200 more troops.", "1,200", "en",
                     "ua_hur", "Kyiv's military intelligence", id="en-reported-clause-subject"),
        # a place where someone spoke is not the claimer; it places the body
        pytest.param("Ein Abgeordneter sagte in Seoul, der Geheimdienst gehe von 1.600 Toten aus.", "1.600", "de",
                     "kr_nis", "der Geheimdienst", id="de-place-gives-country"),
        # a claimer the vocabularies cannot place keeps its words
        pytest.param("Nach Angaben des Senders TV Asahi sind 700 Soldaten verlegt worden.", "700", "de",
                     "unresolved", "des Senders TV Asahi", id="de-unknown-outlet"),
        pytest.param("The Institute for Korean Affairs estimated that 5,500 troops were deployed.", "5,500", "en",
                     "unresolved", "The Institute for Korean Affairs", id="en-unknown-institute"),
        # the subject across an aside; a weekday is never a claimer
        pytest.param("Japan's intelligence service, which briefed lawmakers on Monday, said 2,200 were wounded.",
                     "2,200", "en", "jp_intelligence", "Japan's intelligence service", id="en-subject-across-aside"),
        pytest.param("Wie der Sender RTL erfuhr, sind 1.300 weitere Soldaten eingetroffen.", "1.300", "de",
                     "unresolved", "der Sender RTL", id="de-erfuhr"),
        # an office with a name in apposition
        pytest.param("Ukraine's defence minister Oleh Petrenko told the BBC that 900 had been captured.", "900", "en",
                     "ua_defence_ministry", "Ukraine's defence minister Oleh Petrenko", id="en-office-name"),
        # an office with a country and no body speaks for the country's government; alone it is unresolved
        pytest.param("A Polish envoy told reporters that 1,700 more soldiers had crossed into Russia.", "1,700", "en",
                     "pl_government", "A Polish envoy", id="en-office-country"),
        pytest.param("Die japanische Sonderbeauftragte sprach von 2.300 Gefallenen.", "2.300", "de",
                     "jp_government", "Die japanische Sonderbeauftragte", id="de-office-compound"),
        pytest.param("A spokeswoman said 450 soldiers had been wounded.", "450", "en",
                     "unresolved", "A spokeswoman", id="en-office-alone"),
        # a person the vocabulary places, with a description around the name: the name decides
        pytest.param("Generalstabschef Olexander Syrskyj bezifferte die Verluste auf 3.100 Mann.", "3.100", "de",
                     "ua_military", "Generalstabschef Olexander Syrskyj", id="de-person-vocabulary"),
        pytest.param("Ukraine's spy chief Kyrylo Budanov said 700 had been captured.", "700", "en",
                     "ua_hur", "Ukraine's spy chief Kyrylo Budanov", id="en-name-beats-description"),
        # a region gives the country without being a metonym; "sources" take the kind of their first part
        pytest.param("The Belgorod governor's office said 40 soldiers had been evacuated.", "40", "en",
                     "ru_government", "The Belgorod governor's office", id="en-region-country"),
        pytest.param("Aus Regierungskreisen in Warschau hieß es, 2.900 Soldaten seien verlegt worden.", "2.900", "de",
                     "pl_government", "Regierungskreisen in Warschau", id="de-sources-compound"),
        # the subject of a verb of saying that the vocabularies cannot place keeps its words
        pytest.param("Der Lagestab für Gefangenenfragen teilte mit, 35 Soldaten seien in Gefangenschaft.", "35", "de",
                     "unresolved", "Der Lagestab für Gefangenenfragen", id="de-described-subject"),
        pytest.param("Zuletzt seien 35 Soldaten gefangen genommen worden, erklärte der Lagestab.", "35", "de",
                     "unresolved", "der Lagestab", id="de-described-subject-inverted"),
        pytest.param("The prisoner exchange office said 35 soldiers were being held.", "35", "en",
                     "unresolved", "The prisoner exchange office", id="en-described-subject"),
        # a compound of "sources" takes its kind from its first part
        pytest.param("Militärkreise in Tokio rechnen mit 1.200 weiteren Soldaten.", "1.200", "de",
                     "jp_military", "Militärkreise in Tokio", id="de-modifier-decides"),
        # a headline or ticker line that opens with its source and a colon
        pytest.param("+++ 14:05 Uhr – Warschau: 2.600 Nordkoreaner an der Front +++", "2.600", "de",
                     "pl_government", "Warschau", id="de-ticker-colon"),
        pytest.param("British MoD: 1,900 North Korean troops wounded since January", "1,900", "en",
                     "uk_intelligence", "British MoD", id="en-headline-colon"),
        # "nach eigener Darstellung": the subject of the clause
        pytest.param("Polnische Militärs haben nach eigener Darstellung 14 Raketenwerfer gezählt.", "14", "de",
                     "pl_military", "Polnische Militärs", id="de-own-account"),
        # a subject across an aside with an auxiliary; an anaphor composed from its own words
        pytest.param("The Pentagon, for its part, has spoken of roughly 600 dead.", "600", "en",
                     "us_government", "The Pentagon", id="en-aside-auxiliary"),
        pytest.param("Rutte spoke first, and the alliance believed that 400 had been wounded.", "400", "en",
                     "nato_government", "the alliance", id="en-described-subject-composed"),
        # abbreviations do not end a phrase or a sentence
        pytest.param("About 700 were wounded, two U.S. defense officials told reporters.", "700", "en",
                     "us_government", "U.S. defense officials", id="en-initialism"),
        # a separable verb with a long middle field ("gab ... bekannt", "liegt ... vor")
        pytest.param("Weitere 2.000 Soldaten sollen folgen. Dies gab der Chef des polnischen Generalstabs nach einer "
                     "Sitzung des Sicherheitsrats in Warschau am späten Abend bekannt.", "2.000", "de",
                     "pl_military", "der Chef des polnischen Generalstabs", id="de-separable-long"),
        pytest.param("Der militärische Nachrichtendienst Japans zählt 2.400 Gefallene.", "2.400", "de",
                     "jp_intelligence", "Der militärische Nachrichtendienst Japans", id="de-military-intelligence-words"),
        # a body without a country takes the place the figures come from
        pytest.param("Neue Zahlen aus Warschau: Laut dem Generalstab sind 500 Soldaten gefallen.", "500", "de",
                     "pl_military", "dem Generalstab", id="de-place-aus"),
        # a country's figures named by the noun after its adjective
        pytest.param("Polish estimates range from 1,000 to 2,000 soldiers.", "1,000", "en",
                     "pl_government", "Polish estimates", id="en-country-estimates"),
        # a subject the vocabulary cannot place, with digits in a name or a German extended attribute, as written
        pytest.param("The Carnegie Endowment’s 21 Century project estimates that 9,000 soldiers are in Kursk.", "9,000", "en",
                     "unresolved", "The Carnegie Endowment’s 21 Century project", id="en-digits-in-a-name"),
        pytest.param("Ein von drei Universitäten betriebenes Forschungsprojekt schätzt die Zahl der Toten auf 900.", "900",
                     "de", "unresolved", "Ein von drei Universitäten betriebenes Forschungsprojekt", id="de-extended-attribute-subject"),
        # a headline's label without an article is named by the next line's claimer of that kind
        pytest.param("Defence ministry: 900 North Korean troops wounded\nPoland's defence ministry said on Monday the figure "
                     "was rising.", "900", "en", "pl_defence_ministry", "Poland's defence ministry", id="en-headline-label-named-next"),
        # "wie X vorrechnete": a separable verb joined in a subordinate clause
        pytest.param("Rund 800 Nordkoreaner seien gefallen, wie Polens Verteidigungsminister vorrechnete.", "800", "de",
                     "pl_defence_ministry", "Polens Verteidigungsminister", id="de-wie-vorrechnete"),
        # a name of several capitalised words after a German preposition cue, in its quotes; Germany's foreign office
        pytest.param("Rund 700 Nordkoreaner sind nach Informationen der „Los Angeles Times“ gefallen.", "700", "de",
                     "unresolved", "der „Los Angeles Times“", id="de-several-capitalised-words-in-quotes"),
        pytest.param("Das Auswärtige Amt geht von 9.000 nordkoreanischen Soldaten aus.", "9.000", "de", "de_government",
                     "Das Auswärtige Amt", id="de-auswaertiges-amt"),
        # whom a claimer told is no part of it: a dative after a place, an outlet after a name
        pytest.param("Weitere 900 seien eingetroffen, teilte der Geheimdienst in Warschau den Abgeordneten mit.", "900", "de",
                     "pl_intelligence", "der Geheimdienst in Warschau", id="de-dative-after-a-place"),
        pytest.param("„Es sind etwa 900“, sagte Budanow der Zeitung „Kyiv Post“.", "900", "de", "ua_hur", "Budanow",
                     id="de-outlet-after-a-name-is-whom-he-told"),
        # a German article that opens no genitive after a noun starts the next phrase: the object is not the claimer's
        pytest.param("In einer Vorlage für den Ausschuss bezifferte das Gremium die Zahl der Toten auf 900.", "900", "de",
                     "unresolved", "das Gremium", id="de-object-after-the-subject"),
    ],
)
def test_claimer_is_composed_and_its_words_kept(text, number, language, source, words):
    row = _claim(text, number, language)
    assert row["source"] == source
    assert row["source_text"] == words
    assert text[row["source_text_start"]:row["source_text_end"]] == words


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "scope"),
    [
        pytest.param("Nordkorea schickt 2.000 Bauarbeiter. Das teilte der ukrainische Generalstab am Montag mit.",
                     "2.000", "de", "ua_military", "next", id="de-next-sentence"),
        pytest.param("Some 350 were killed and 2,100 wounded. Park was speaking after a briefing by Japan's spy agency.",
                     "350", "en", "jp_intelligence", "next", id="en-next-sentence-relay"),
        pytest.param("Der britische Geheimdienst legte neue Zahlen vor. Demnach seien 5.000 Nordkoreaner gefallen.",
                     "5.000", "de", "uk_intelligence", "previous", id="de-demnach"),
        pytest.param("Selenskyj äußerte sich am Abend. Nach seinen Worten sind 1.400 Nordkoreaner verwundet worden.",
                     "1.400", "de", "ua_zelensky", "sentence", id="de-possessive-pronoun"),
        pytest.param("Zelensky spoke after visiting the front. He said 60 North Korean soldiers had been captured.",
                     "60", "en", "ua_zelensky", "sentence", id="en-pronoun"),
    ],
)
def test_scope_of_the_attribution(text, number, language, source, scope):
    row = _claim(text, number, language)
    assert (row["source"], row["attribution_scope"]) == (source, scope)
    assert row["source_text"]


def test_an_authorial_sentence_breaks_the_reported_speech_chain():
    text = ("Der britische Geheimdienst meldete 6.000 Verluste. Die Lage an der Front bleibt angespannt. "
            "So sollen Tausende weitere Arbeiter kommen.")
    row = _claim(text, "Tausende", "de")
    assert row["source"] == "unattributed" and row["attribution_scope"] is None


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "via"),
    [
        pytest.param("US officials told Reuters that 3,000 more troops had arrived.", "3,000", "en",
                     "us_government", "reuters", id="en-told-outlet"),
        pytest.param("Wie CNN unter Berufung auf ukrainische Geheimdienstquellen berichtet, sind 900 gefallen.", "900",
                     "de", "ua_intelligence", "cnn", id="de-relay"),
        pytest.param("Citing Ukrainian military intelligence, the BBC reported that 2,000 were wounded.", "2,000", "en",
                     "ua_hur", "bbc", id="en-citing"),
        pytest.param("Rund 1.000 Soldaten seien gefallen, berichtet die Nachrichtenagentur Reuters.", "1.000", "de",
                     "reuters", None, id="de-outlet-alone-is-the-source"),
    ],
)
def test_outlets_relay_a_named_source(text, number, language, source, via):
    row = _claim(text, number, language)
    assert (row["source"], row["via"]) == (source, via)


def test_unattributed_means_nothing_attributes_it():
    row = _claim("Rund 12.000 nordkoreanische Soldaten sind in Russland.", "12.000", "de")
    assert (row["source"], row["source_text"], row["attribution_scope"]) == ("unattributed", None, None)


def test_typographic_apostrophes_match_and_offsets_stay_raw():
    text = "South Korea’s spy agency says 1,100 have been killed or wounded."
    row = _claim(text, "1,100", "en")
    assert row["source"] == "kr_nis"
    assert text[row["source_text_start"]:row["source_text_end"]] == "South Korea’s spy agency"
    assert normalise(text) != text and len(normalise(text)) == len(text)


def test_source_names_of_composed_unresolved_and_listed_ids():
    vocab = default_vocabulary()
    assert describe_source("kr_nis", vocab, None) == (vocab.sources["kr_nis"].name, "intelligence_service")
    assert describe_source("jp_defence_ministry", vocab, None) == ("Japan: defence ministry", "government")
    assert describe_source("unresolved", vocab, "TV Asahi") == ("TV Asahi", "unresolved")
    assert describe_source("unattributed", vocab, None) == ("Unattributed", "unattributed")
    assert is_known_source("pl_intelligence", vocab) and not is_known_source("xx_intelligence", vocab)


def test_places_are_never_claimers():
    vocab = default_vocabulary()
    text = normalise("Die Soldaten wurden in Pjöngjang verabschiedet und aus Wladiwostok weitergeleitet.")
    found = find_claimers(text, 0, len(text), known=vocab.source_pattern, known_groups=vocab.alias_groups,
                          lex=compiled(vocab).lexicon, language="de")
    assert found == []


def test_it_never_points_back_to_a_person():
    text = ("North Korean state media showed Kim Jong Un at a ceremony for 120 soldiers it said had died. "
            "Seoul's spy agency puts the toll at 900.")
    row = _claim(text, "120", "en")
    assert row["source"] == "kp_kcna" and row["source_text"] == "North Korean state media"


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "via"),
    [
        # a phrase in a prepositional or object case is not the subject of the verb after it
        pytest.param("Im Gespräch mit dem Sender CNN nannte der polnische Außenminister die Zahl von 4.400 Soldaten.",
                     "4.400", "de", "pl_government", "cnn", id="de-outlet-in-pp"),
        # "wie X aus Y erfuhr": the outlet learned it from Y
        pytest.param("Wie die Nachrichtenagentur dpa aus Militärkreisen in Kiew erfuhr, sind 800 Soldaten verletzt.",
                     "800", "de", "ua_military", "dpa", id="de-learned-from"),
    ],
)
def test_the_outlet_that_learned_or_hosted_relays(text, number, language, source, via):
    row = _claim(text, number, language)
    assert (row["source"], row["via"]) == (source, via)


def test_a_passive_verb_of_saying_names_no_subject():
    row = _claim("Pyongyang has lost 900 soldiers, a figure that could not be independently verified.", "900", "en")
    assert row["source"] == "unattributed"


def test_a_verb_before_an_article_ends_a_claimer_phrase():
    vocab = default_vocabulary()
    c = compiled(vocab)
    text = normalise("Abgeordnete der Regierungspartei werfen der Opposition in Tokio vor, 1.900 Tote zu verschweigen.")
    found = find_claimers(text, 0, len(text), known=vocab.source_pattern, known_groups=vocab.alias_groups,
                          lex=c.lexicon, language="de")
    assert [text[x.start:x.end] for x in found][0] == "Abgeordnete der Regierungspartei"


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "words"),
    [
        # an anaphor with the earlier claimer's head word points back to it, whatever its kind
        pytest.param("Two Japanese defence officials told reporters that 900 had died. Another 300 were wounded, "
                     "the officials said.", "300", "en", "jp_defence_ministry", "Two Japanese defence officials",
                     id="en-same-head"),
        # an unresolved claimer with words is still what a later pronoun means
        pytest.param("Western diplomats said 1,300 had been killed. They added that 2,000 were wounded.", "2,000", "en",
                     "unresolved", "Western diplomats", id="en-pronoun-to-unresolved"),
        # "the directorate", "die Einheit": a generic body, the claimer named before
        pytest.param("Ukraine's military intelligence directorate said 500 were in Kursk. Another 200 were training "
                     "near Vladivostok, according to the directorate.", "200", "en", "ua_hur",
                     "Ukraine's military intelligence directorate", id="en-directorate"),
        # "the spy service", "der Dienst": a service the vocabulary lists by name ("the NIS") is a service
        pytest.param("Ministers met the NIS on Monday. About 500 North Koreans have died, the spy service told them.",
                     "500", "en", "kr_nis", "NIS", id="en-spy-service-after-a-named-service"),
        pytest.param("Der NIS berichtete am Montag vor Abgeordneten über die Lage in Kursk. Rund 500 Nordkoreaner seien "
                     "tot, sagte ein Vertreter des Nachrichtendienstes.", "500", "de", "kr_nis", "NIS",
                     id="de-nachrichtendienst-after-a-named-service"),
        # a phrase after a preposition of the figure ("among", "unter") is whom it counts, not what "the agency" means
        pytest.param("Losses among North Korean forces in Kursk rose to 2,000, the agency said.", "2,000", "en",
                     "unresolved", "the agency", id="en-among-is-no-antecedent"),
        pytest.param("Die Verluste unter den nordkoreanischen Streitkräften stiegen auf 2.000, teilte die Behörde mit.", "2.000", "de",
                     "unresolved", "die Behörde", id="de-unter-is-no-antecedent"),
    ],
)
def test_anaphors_point_back_to_the_claimer_they_name(text, number, language, source, words):
    row = _claim(text, number, language)
    assert row["source"] == source
    assert words in row["source_text"]


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # a clause with its verb left out names its own subject
        pytest.param("Kiew spricht von 9.000 Mann, Tokio von mindestens 7.000.", "7.000", "de", "jp_government",
                     id="de-gapping"),
        pytest.param("Kyiv puts the toll at 4,000, Warsaw at about 3,500.", "3,500", "en", "pl_government",
                     id="en-gapping"),
        pytest.param("Kyiv puts the toll at 4,000, Warsaw at about 3,500.", "4,000", "en", "ua_government",
                     id="en-gapping-first"),
    ],
)
def test_a_gapped_clause_names_its_own_subject(text, number, language, source):
    row = _claim(text, number, language)
    assert row["source"] == source
    assert row["quantity"] in ("troops_deployed", "casualties")


def test_an_unknown_body_named_by_a_city_adjective_takes_its_country():
    row = _claim("Zwei Soldaten seien gefangen genommen worden, wie die Warschauer Meldestelle für Vermisste "
                 "mitteilte.", "Zwei", "de")
    assert row["source"] == "pl_government" and row["source_text"].startswith("die Warschauer")


def test_an_outlet_that_relayed_a_claimer_relays_its_later_figures_too():
    text = ("A senior Polish official told Reuters that 3,000 soldiers had crossed the border. "
            "Another 1,000 were waiting in Kursk, the official said.")
    row = _claim(text, "1,000", "en")
    assert (row["source"], row["via"]) == ("pl_government", "reuters")


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # the Swiss spelling: ss for ß in every cue and name
        pytest.param("Gemäss dem polnischen Generalstab stehen 4.100 Soldaten bei Kursk.", "4.100", "de", "pl_military",
                     id="de-swiss-ss"),
        # "von ... Seite", "kommt auf", "veranschlagt", "ist aus ... zu hören", "nach Auskunft"
        pytest.param("Von japanischer Seite wurde die Zahl mit 2.100 angegeben.", "2.100", "de", "jp_government",
                     id="de-von-seite"),
        pytest.param("Warschau kommt inzwischen auf knapp 2.300 Verwundete.", "2.300", "de", "pl_government",
                     id="de-kommt-auf"),
        pytest.param("Der polnische Militärgeheimdienst veranschlagt die Verluste auf 900 Mann.", "900", "de",
                     "pl_intelligence", id="de-veranschlagt"),
        pytest.param("Rund 700 Soldaten seien eingetroffen, ist aus der polnischen Armeeführung zu hören.", "700", "de",
                     "pl_military", id="de-zu-hoeren"),
        pytest.param("Nach Auskunft des japanischen Verteidigungsministeriums sind 650 Soldaten verletzt.", "650", "de",
                     "jp_defence_ministry", id="de-auskunft"),
        # an office named by a multi-word body after "for"; "envoy to" a capital is the envoy's own country's
        pytest.param("About 600 were killed, according to Jane Roe, a spokeswoman for the White House National "
                     "Security Council.", "600", "en", "us_government", id="en-office-for-multiword-body"),
        pytest.param("Warsaw's envoy to Tokyo, Jan Kowal, told reporters that 800 troops had arrived.", "800", "en",
                     "pl_government", id="en-envoy-to"),
        pytest.param("Poland's Ministry of National Defense judged that 1,300 soldiers had been wounded.", "1,300",
                     "en", "pl_defence_ministry", id="en-judged-national-defense"),
        pytest.param("Zuletzt seien 250 hinzugekommen, hiess es anschliessend aus Warschau.", "250", "de", "pl_government",
                     id="de-hiess-es-aus"),
        pytest.param("Zwei Soldaten werden nach Auskunft des polnischen Staatssicherheitsdienstes verhört.", "Zwei", "de",
                     "pl_intelligence", id="de-sicherheitsdienst"),
        pytest.param("Members of Japan's intelligence committee said the Japanese spy agency now counts 1,200 troops.", "1,200", "en",
                     "jp_intelligence", id="en-counts"),
        # a place after the claimer is no place it spoke from ("troops in Russia"): the lawmakers make the service the
        # briefing country's, never Russia's
        pytest.param("Lawmakers said the spy agency now counts about 9,000 troops in Russia.", "9,000", "en",
                     "kr_nis", id="en-place-after-the-claimer"),
        # "ließ ... verbreiten": the subject had it spread; "erwartet": a forecast is a claim too
        pytest.param("Das polnische Verteidigungsministerium ließ über eine Agentur verbreiten, 700 Nordkoreaner seien "
                     "gefallen.", "700", "de", "pl_defence_ministry", id="de-liess-verbreiten"),
        pytest.param("Polens Geheimdienst erwartet für dieses Jahr weitere 2.000 Soldaten aus Nordkorea.", "2.000", "de",
                     "pl_intelligence", id="de-erwartet"),
        # a body named without its country after a listed person is of that person's country
        pytest.param("Selenskyj nannte am Montag 900 Tote. Er stützte sich dabei auf Zahlen des Generalstabs.", "900", "de",
                     "ua_military", id="de-body-after-a-listed-person"),
        # a body the vocabulary knows by its own name, compounded into the cue
        pytest.param("Nach BND-Schätzungen sind 900 Nordkoreaner gefallen.", "900", "de", "de_intelligence",
                     id="de-bnd-compound-in-the-cue"),
        # a regular verb of saying in every form its stem takes: the plural present too ("behaupten", "melden")
        pytest.param("Rund 400 Nordkoreaner seien gefallen, behaupten polnische Militärblogger.", "400", "de", "unresolved",
                     id="de-behaupten-plural"),
        pytest.param("Etwa 400 Nordkoreaner seien verwundet, melden polnische Regierungskreise.", "400", "de", "pl_government",
                     id="de-melden-plural"),
        # "heißt es in <body>": the body after names who says it
        pytest.param("Rund 500 Nordkoreaner seien gefallen, hieß es im polnischen Verteidigungsministerium.", "500", "de",
                     "pl_defence_ministry", id="de-hiess-es-im-ministerium"),
        pytest.param("Das sagte Selenskyj. Weitere 500 seien unterwegs, heißt es in polnischen Regierungskreisen.", "500", "de",
                     "pl_government", id="de-heisst-es-in-kreisen"),
        # "defence chief": the minister, in Korean and British usage alike
        pytest.param("Poland's defence chief said 700 North Koreans had been wounded.", "700", "en", "pl_defence_ministry",
                     id="en-defence-chief"),
        # a country's adjective capitalised at a sentence start before "zufolge"; a demonstrative points back
        pytest.param("Das meldete die Agentur. Polnischen Schätzungen zufolge sind 400 Nordkoreaner gefallen.", "400", "de",
                     "pl_government", id="de-capitalised-adjective-zufolge"),
        pytest.param("Das sagte Polens Verteidigungsminister. Diesen Zahlen zufolge sind 400 Nordkoreaner gefallen.", "400",
                     "de", "pl_defence_ministry", id="de-diesen-zahlen-zufolge-points-back"),
        # "nach" with a participle is where the troops went, not whose data ("Soldaten" is no compound of "Daten")
        pytest.param("Von den 9.000 nach Weißrussland entsandten Soldaten seien 300 verwundet, hieß es aus Warschau.", "300", "de",
                     "pl_government", id="de-nach-a-place-then-soldaten"),
    ],
)
def test_more_ways_a_claimer_is_written(text, number, language, source):
    assert _claim(text, number, language)["source"] == source


def test_the_side_someone_fights_on_is_no_claimer():
    row = _claim("Seit Herbst kämpfen auch Tausende Nordkoreaner auf russischer Seite.", "Tausende", "de")
    assert row["source"] == "unattributed"


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "via"),
    [
        pytest.param("SEOUL, South Korea (AP) — South Korea’s spy chief has told lawmakers that about 2,000 more "
                     "North Korean soldiers have arrived in Russia.", "2,000", "en", "kr_nis", "ap", id="en-city-country"),
        # "the country's army": the dateline's country, never that of the soldiers counted
        pytest.param("KYIV (Reuters) - About 900 North Korean soldiers have been wounded, the country's army said.",
                     "900", "en", "ua_military", "reuters", id="en-the-countrys-after-a-dateline"),
        pytest.param("Berlin/Kiew (dpa) - Die Ukraine spricht von 3.000 getöteten Nordkoreanern.", "3.000", "de",
                     "ua_government", "dpa", id="de-two-cities"),
        pytest.param("WASHINGTON (AFP) – Mehr als 1.000 nordkoreanische Soldaten sind laut Pentagon gefallen.", "1.000",
                     "de", "us_government", "afp", id="de-capitals"),
    ],
)
def test_a_wire_dateline_names_no_claimer(text, number, language, source, via):
    """The places of a dateline say where the story was filed; its agency relays."""
    row = _claim(text, number, language)
    assert (row["source"], row["via"]) == (source, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "via"),
    [
        # the outlet told, in the dative before the verb: the subject before it claims
        pytest.param("Ukrainische Offiziere haben der BBC bestätigt, dass rund 400 Nordkoreaner gefallen sind.", "400",
                     "de", "ua_military", "bbc", id="de-dative-outlet"),
        pytest.param("Der britische Militärgeheimdienst hat dem Sender CNN mitgeteilt, 1.500 Soldaten seien neu "
                     "eingetroffen.", "1.500", "de", "uk_intelligence", "cnn", id="de-dative-outlet-with-noun"),
        # a place after a counted noun is where the troops are, never the claimer's country
        pytest.param("That takes the number of North Korean troops in Russia to 13,000, a lawmaker said.", "13,000",
                     "en", "unresolved", None, id="en-troops-in-russia"),
        pytest.param("Die Zahl der Nordkoreaner in Russland steige damit auf 13.000, sagte ein Abgeordneter.", "13.000",
                     "de", "unresolved", None, id="de-nordkoreaner-in-russland"),
    ],
)
def test_the_subject_claims_and_a_place_of_the_troops_is_no_country(text, number, language, source, via):
    row = _claim(text, number, language)
    assert (row["source"], row["via"]) == (source, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # the sentence after names who said it: a demonstrative object, or where the figures come from
        pytest.param("Pjöngjang wolle 4.000 weitere Soldaten schicken. Öffentlich gemacht hat das Südkoreas "
                     "Geheimdienst nach einer Sitzung binnen zwei Tagen.", "4.000", "de", "kr_nis", id="de-object-das"),
        pytest.param("About 900 North Korean soldiers have been killed. The figures came from Britain's defence "
                     "ministry.", "900", "en", "uk_intelligence", id="en-figures-came-from"),
        # reported speech after a colon is the words of the subject before it
        pytest.param("Die Ukraine wurde deutlicher: Mehr als 1.200 Nordkoreaner seien gefallen.", "1.200", "de",
                     "ua_government", id="de-colon-konjunktiv"),
        # composed from what the phrase says
        pytest.param("Der Nachrichtendienst des Südens schätzt die Zahl der Soldaten auf 12.000.", "12.000", "de",
                     "kr_nis", id="de-des-suedens"),
        pytest.param("Das Außenamt in Kiew spricht von 2.000 Soldaten.", "2.000", "de", "ua_government",
                     id="de-aussenamt"),
        pytest.param("Laut BND-Präsident Kahl fallen täglich Dutzende Nordkoreaner.", "Dutzende", "de", "de_intelligence",
                     id="de-bnd"),
        pytest.param("Der Nachrichtendienst des ukrainischen Verteidigungsministeriums meldet 500 Gefangene.", "500",
                     "de", "ua_hur", id="de-intelligence-of-the-defence-ministry"),
        # an acronym stands for the claimer whose initials it holds; a figure is never a claimer
        pytest.param("Laut dem Institute for the Study of War sind 4.000 Nordkoreaner in Kursk. Nach ISW-Zählung "
                     "seien zudem 900 verwundet.", "900", "de", "unresolved", id="de-acronym-unknown-body"),
        pytest.param("Das britische Open Source Centre zählte 14.000 Container. Nach OSC-Schätzung seien darin "
                     "zwei Millionen Granaten gewesen.", "zwei Millionen", "de", "osc", id="de-acronym-initials"),
        # where the figure comes from, in a report, in someone's telling
        pytest.param("Washington nennt 11.000 Soldaten. Aus Kiew kommen andere Zahlen: 13.000.", "13.000", "de",
                     "ua_government", id="de-aus-x-kommen"),
        pytest.param("Nordkorea soll 2.000 Bauarbeiter geschickt haben, heißt es in einem Lagebericht des "
                     "ukrainischen Militärgeheimdienstes.", "2.000", "de", "ua_hur", id="de-heisst-es-in-einem-bericht"),
        pytest.param("Budanov spoke to reporters on Monday. By his count, Pyongyang has shipped 200 howitzers.", "200",
                     "en", "ua_hur", id="en-by-his-count"),
        pytest.param("Auf 2.500 Tote taxiert der südkoreanische Geheimdienst die Verluste.", "2.500", "de", "kr_nis",
                     id="de-taxiert"),
        # "our estimate" in a quote is the speaker's; "an analysis" is a placeholder when the next sentence names it
        pytest.param("„Nach unseren Zahlen hat Pjöngjang 700 Soldaten verloren“, sagte ein Sprecher des Pentagons.",
                     "700", "de", "us_government", id="de-first-person-in-quote"),
        pytest.param("\"By our count, Pyongyang has lost 700 soldiers,\" a Pentagon spokesman said.", "700", "en",
                     "us_government", id="en-first-person-in-quote"),
        pytest.param("Laut einer Studie sind 2.500 Nordkoreaner gefallen. Das schrieb der ukrainische Militärgeheimdienst "
                     "am Montag.", "2.500", "de", "ua_hur", id="de-placeholder-then-next"),
        # a lawmaker who speaks after a briefing relays it; titles end no sentence; the country named before
        pytest.param("Rep. Kim Min-ho, who sits on the parliamentary intelligence committee, told reporters that about "
                     "2,000 had been killed. Kim was speaking after being briefed by NIS officials.", "2,000", "en",
                     "kr_nis", id="en-speaking-after-a-briefing"),
        pytest.param("Some 3,000 were wounded, a Ukrainian lawmaker said, citing the country's military intelligence.",
                     "3,000", "en", "ua_hur", id="en-the-countrys"),
        pytest.param("Ein südkoreanischer Abgeordneter sagte unter Berufung auf den Geheimdienst des Landes, 900 "
                     "Nordkoreaner seien gefallen.", "900", "de", "kr_nis", id="de-des-landes"),
        # a day is no claimer; reported speech after a sentence without a cue is its subject's
        pytest.param("Der NIS wertete Videos aus. Am Montag hieß es, 2.000 Soldaten würden ausgebildet.", "2.000", "de",
                     "kr_nis", id="de-a-day-is-no-claimer"),
        pytest.param("Selenskyj wandte sich am Abend an die Nation. Nordkorea habe 4.000 Soldaten verloren.", "4.000",
                     "de", "ua_zelensky", id="de-reported-speech-after-its-speaker"),
        # a sentence that only attributes closes a run of two unattributed sentences before it
        pytest.param("Bei Kämpfen nahe Sudscha starben 60 Nordkoreaner. Zwei weitere wurden gefangen genommen. So "
                     "schilderte es die 47. Brigade der Ukraine.", "60", "de", "ua_military", id="de-two-ahead"),
        # a generic subject ("reports", "experts") claims, never the actor named earlier in the sentence
        pytest.param("Pyongyang will send another 3,000 soldiers, media reports said on Friday.", "3,000", "en",
                     "unresolved", id="en-reports-said"),
        pytest.param("Nordkorea habe bereits 2.000 Mann verloren, meinen Beobachter.", "2.000", "de", "unresolved",
                     id="de-beobachter"),
        # in German every noun is capitalised: a country before a noun is no outlet's name
        pytest.param("Am Montag nannte Nordkorea Zahlen: 101 Soldaten seien gefallen.", "101", "de", "kp_government",
                     id="de-country-before-a-noun"),
        # an epithet stands for the person named before ("der Niederländer" after Rutte)
        pytest.param("Die Allianz schätzt die Zahl laut ihrem Generalsekretär Mark Rutte auf 12.000. Davon seien 8.000 "
                     "an der Front, ergänzte der Niederländer.", "8.000", "de", "nato_government", id="de-epithet"),
        # the singular noun cue: "(Angabe des Geheimdienstes)"
        pytest.param("Gefallen: 700 (Angabe des südkoreanischen Geheimdienstes).", "700", "de", "kr_nis",
                     id="de-angabe-des"),
        # a denial attributes nothing; auxiliaries between a subject and its verb; a progressive is no passive
        pytest.param("Moscow has not confirmed that 2,000 North Korean soldiers have arrived.", "2,000", "en",
                     "unattributed", id="en-denial"),
        pytest.param("Seoul hat die Zahl von 2.000 Soldaten bisher nicht bestätigt.", "2.000", "de", "unattributed",
                     id="de-denial"),
        pytest.param("Japan's defence ministry has also been reporting that 1,200 soldiers arrived in May.", "1,200", "en",
                     "jp_defence_ministry", id="en-has-been-reporting"),
        pytest.param("According to Ukraine's Main Intelligence Directorate, 900 soldiers were wounded.", "900", "en",
                     "ua_hur", id="en-main-intelligence-directorate"),
        # an anaphor's head noun names its antecedent; "its own" is whoever "its" means
        pytest.param("Japan's defence ministry would not comment on a tabloid's report of 40,000 more troops. Its own "
                     "figure is 13,000, a spokesman for the ministry said.", "13,000", "en", "jp_defence_ministry",
                     id="en-its-own-and-the-ministry"),
        # a place in the possessive before a known claimer; a report named by a cue outranks a colon's subject;
        # "Whatever X says" and a quoted "we" name no one but the speaker
        pytest.param("Zwölf Pioniere sind gefallen, meldete Pjöngjangs staatliche Agentur KCNA.", "Zwölf", "de",
                     "kp_kcna", id="de-possessive-place-before-a-known-claimer"),
        pytest.param("Nordkorea schickt auch Arbeiter: Rund 9.000 seien eingetroffen, heißt es in einem Bericht des "
                     "südkoreanischen Geheimdienstes.", "9.000", "de", "kr_nis", id="de-colon-subject-last"),
        pytest.param("Whatever Moscow says, some 12,000 were sent, Seoul's spy agency estimates.", "12,000", "en", "kr_nis",
                     id="en-whatever-x-says"),
        pytest.param("“We believe about 500 of them were killed,” said a Pentagon spokesman.", "500", "en",
                     "us_government", id="en-quoted-we"),
        # round on dev_set_7: noun and verb cues, relays by a relative clause, a dateline with a date, complements
        pytest.param("Nach der jüngsten Bilanz des ukrainischen Generalstabs sind 1.900 Nordkoreaner gefallen.", "1.900",
                     "de", "ua_military", id="de-nach-der-bilanz"),
        pytest.param("Nordkorea habe 2.000 Mann verlegt, meldet Yonhap, die sich auf Offiziere in Seoul stützt.", "2.000",
                     "de", "kr_jcs", id="de-stuetzt-sich-auf"),
        pytest.param("Laut dem Lagebericht des britischen Wehrministeriums stehen 10.000 Nordkoreaner in Kursk.", "10.000",
                     "de", "uk_intelligence", id="de-wehrministerium"),
        pytest.param("Insgesamt 700 Raketen habe Pjöngjang geliefert, bilanzierte der ukrainische Generalstabschef.",
                     "700", "de", "ua_military", id="de-bilanzierte"),
        pytest.param("Ukraine's military intelligence set the losses at 3,200 as of March.", "3,200", "en", "ua_hur",
                     id="en-set-at"),
        pytest.param("SEOUL, Mar 4 (Reuters) - About 2,000 more soldiers left for Russia, a South Korean military official "
                     "told reporters.", "2,000", "en", "kr_jcs", id="en-dateline-with-a-date"),
        pytest.param("Pyongyang plans to send 5,000 more troops, two US officials familiar with the intelligence said.",
                     "5,000", "en", "us_government", id="en-familiar-with"),
        pytest.param("This figure of 2,500 was given on Friday by Ukraine's defence ministry.", "2,500", "en",
                     "ua_defence_ministry", id="en-given-on-friday-by"),
        # object first in German ("Die Verluste schätzen die Dienste"): the subject after, an anaphor by its stem
        pytest.param("Laut britischen Nachrichtendiensten stehen 11.000 Nordkoreaner in Kursk. Die Verluste schätzen die "
                     "Dienste auf 4.000.", "4.000", "de", "uk_intelligence", id="de-object-first"),
        pytest.param("In einem Bericht des britischen Verteidigungsministeriums heißt es, 7.000 Nordkoreaner seien "
                     "ausgefallen.", "7.000", "de", "uk_intelligence", id="de-in-einem-bericht-des"),
        pytest.param("In a report from Japan's defence ministry, 13,000 North Korean soldiers are said to be in Kursk.",
                     "13,000", "en", "jp_defence_ministry", id="en-in-a-report-from"),
        pytest.param("Peskov dismissed reports that 800 North Koreans had died.", "800", "en", "unresolved",
                     id="en-reports-that"),
        pytest.param("Kyiv holds three North Korean prisoners, Ukraine's Coordination Headquarters for the Treatment of "
                     "POWs said, rejecting Russian claims that dozens had been taken.", "three", "en", "ua_government",
                     id="en-placed-claimer-with-a-long-complement"),
        pytest.param("Estimates suggest some 9,000 North Korean soldiers are fighting beside Russian forces.", "9,000",
                     "en", "unresolved", id="en-estimates-suggest"),
        # verbs of counting and admitting; a back-reference naming what was said ("The warning was issued by")
        pytest.param("Das ukrainische Militär registrierte bei Kursk mehr als 400 tote Nordkoreaner.", "400", "de",
                     "ua_military", id="de-registrierte"),
        pytest.param("Der ukrainische Generalstab verzeichnet inzwischen 1.200 verwundete Nordkoreaner.", "1.200", "de",
                     "ua_military", id="de-verzeichnet"),
        pytest.param("Pjöngjang hat bislang nur 20 Gefallene eingeräumt.", "20", "de", "kp_government",
                     id="de-eingeraeumt"),
        pytest.param("Ukraine's military has recorded about 500 North Korean dead.", "500", "en", "ua_military",
                     id="en-recorded"),
        pytest.param("As many as 8,000 more North Korean troops may follow. The warning was issued by Ukraine's "
                     "military intelligence.", "8,000", "en", "ua_hur", id="en-the-warning-was-issued-by"),
        # the subject before an aside speaks; an inverted subject ends its clause ("said Pyongyang had lost" is what
        # was said); a relay names only an object right after it
        pytest.param("Washington’s envoy at the UN, addressing the Security Council, said Pyongyang had lost more than "
                     "1,000 soldiers.", "1,000", "en", "us_government", id="en-subject-before-participle-aside"),
        pytest.param("Two European defence officials, briefing journalists in London, said North Korea had taken close "
                     "to 4,000 casualties.", "4,000", "en", "unresolved", id="en-verb-after-said-is-what-was-said"),
        pytest.param("Pyongyang will dispatch 1,000 deminers, Sergei Shoigu, who heads Russia’s Security Council, told "
                     "state media.", "1,000", "en", "ru_shoigu", id="en-name-before-relative-clause"),
        pytest.param("Lawmaker Park Sun-won, relaying the briefing, said roughly 10,000 North Korean soldiers were posted "
                     "along the Russia-Ukraine border.", "10,000", "en", "kr_lawmakers", id="en-relaying-the-briefing"),
        pytest.param("Of 15,000 soldiers sent, about 4,700 have become casualties. Lee gave the figures after a closed "
                     "session, naming the NIS as his source.", "4,700", "en", "kr_nis", id="en-naming-x-as-his-source"),
        pytest.param("Einbußen von rund 1.100 Mann hätten die Verbände hinnehmen müssen, teilte die südkoreanische "
                     "Truppenführung mit.", "1.100", "de", "kr_jcs", id="de-truppenfuehrung"),
        # a complement after a name in apposition joins the phrase; Whitehall is the UK; "tallies count"
        pytest.param("Some 14,000 troops have passed through Kursk, the Defense Intelligence Headquarters of Japan’s "
                     "defence ministry estimates.", "14,000", "en", "jp_intelligence", id="en-headquarters-of-ministry"),
        pytest.param("North Korea has probably suffered more than 6,000 casualties, Whitehall’s defence intelligence "
                     "staff judged.", "6,000", "en", "uk_intelligence", id="en-whitehall"),
        pytest.param("Pyongyang gave no toll; Seoul’s tallies count at least 600 dead.", "600", "en", "kr_government",
                     id="en-tallies-count"),
        # where the figures come from, named in the sentence after them, in German and English
        pytest.param("Rund 15.000 Soldaten seien nach Russland verlegt worden. Grundlage ist eine Bewertung, die Südkoreas "
                     "Nationaler Nachrichtendienst den Abgeordneten vorlegte.", "15.000", "de", "kr_nis",
                     id="de-grundlage-ist-eine-bewertung"),
        pytest.param("Mehr als 100 ballistische Raketen soll Nordkorea geliefert haben. Diese Aufstellung stammt vom "
                     "ukrainischen Militärgeheimdienst.", "100", "de", "ua_hur", id="de-stammt-vom"),
        pytest.param("Neben Soldaten schickt Nordkorea auch Zivilisten: Bis zu 15.000 Arbeiter sollen eingesetzt werden. "
                     "Die Zahlen stammen aus einem Papier der südkoreanischen Geheimdienstbehörde.", "15.000", "de",
                     "kr_nis", id="de-die-zahlen-stammen-aus"),
        pytest.param("Einem Bericht, den Südkoreas Verteidigungsministerium an die Nationalversammlung schickte, ist zu "
                     "entnehmen, dass knapp 3.000 Nordkoreaner außer Gefecht gesetzt wurden.", "3.000", "de",
                     "kr_defence_ministry", id="de-ist-zu-entnehmen"),
        pytest.param("Tausend Minenräumer will Nordkorea schicken. Kundgetan hat das Russlands Sicherheitsratssekretär "
                     "Sergej Schoigu.", "Tausend", "de", "ru_shoigu", id="de-kundgetan"),
        pytest.param("Moskau habe 11.000 Nordkoreaner nach Kursk gebracht, heißt es aus der Präsidialverwaltung in Kiew.",
                     "11.000", "de", "ua_government", id="de-heisst-es-aus"),
        pytest.param("About 15,000 North Korean soldiers have been dispatched to Russia. The figures were handed to "
                     "lawmakers on Wednesday by South Korea’s foreign intelligence body.", "15,000", "en", "kr_nis",
                     id="en-handed-to-lawmakers-by"),
        pytest.param("Ukraine’s special operations command said its units had killed 50 North Korean soldiers.", "50",
                     "en", "ua_military", id="en-special-operations-command"),
        pytest.param("Analysts at CSIS figure that 2,000 North Koreans have died.", "2,000", "en", "unresolved",
                     id="en-analysts-figure-that"),
        # "stated on national television by X": a few words between the verb and "by"
        pytest.param("In total, there are over 11,000 North Korean troops in the area. This was stated on national "
                     "television by the Chief of the General Staff of Ukraine's Armed Forces.", "11,000", "en",
                     "ua_military", id="en-stated-on-television-by"),
        # a statement named before ", wonach": its holder claims, never the actor after it
        pytest.param("Die südkoreanische Geheimdienstbehörde hat eine Einschätzung veröffentlicht, wonach etwa zweitausend "
                     "nordkoreanische Soldaten gefallen sind.", "zweitausend", "de", "kr_nis", id="de-wonach"),
        pytest.param("Berichte, wonach Pjöngjang weitere 6.000 Soldaten entsenden wolle, mochte das Ministerium nicht "
                     "bestätigen.", "6.000", "de", "unresolved", id="de-berichte-wonach"),
        # a dative phrase before "zufolge" is zufolge's own, not a genitive of the name before it
        pytest.param("Neun Soldaten seien ums Leben gekommen, sagte Machthaber Kim Jong Un der staatlichen "
                     "Nachrichtenagentur KCNA zufolge.", "Neun", "de", "kp_government", id="de-name-then-zufolge-phrase"),
        # Shoigu by his office, in either language
        pytest.param("Moscow’s security council secretary said 6,000 North Koreans would come.", "6,000", "en", "ru_shoigu",
                     id="en-security-council-secretary"),
        # the subject after the verb of a German V2 clause speaks the reported speech that follows
        pytest.param("In seiner Videoansprache ging der ukrainische Präsident auf die Lage ein. Bei den Kämpfen seien mehr "
                     "als 3.000 Soldaten aus Nordkorea getötet oder verwundet worden.", "3.000", "de", "ua_zelensky",
                     id="de-v2-speaker-then-konjunktiv"),
        # Konjunktiv I after "man"/"er"/"es" carries the attribution on ("Man stütze sich auf ...")
        pytest.param("1.100 Mann seien gefallen, teilte die südkoreanische Truppenführung mit. Man stütze sich auf "
                     "eigene Erkenntnisse. Rund 11.000 Nordkoreaner stünden derzeit in Kursk.", "11.000", "de", "kr_jcs",
                     id="de-konjunktiv-after-man"),
        # the actor of what was said ("dass Nordkorea ...") is never the subject; an unknown body is still someone
        pytest.param("Das Gremium kommt zu dem Schluss, dass Nordkorea 100 Raketen geliefert hat.", "100", "de",
                     "unresolved", id="de-actor-after-dass-is-not-the-claimer"),
        # a relay's object must name someone: "which cited heavy casualties as the reason" relays no one
        pytest.param("An estimated 11,000 North Koreans were deployed to Kursk, the NIS said. The New York Times cited "
                     "heavy casualties among North Koreans as the reason.", "11,000", "en", "kr_nis",
                     id="en-cited-a-reason-not-a-source"),
        # "expects the number to top": a claim, relayed by the outlet that reports it
        pytest.param("One South Korean official expects the number to top 50,000 this year, the BBC reports.", "50,000",
                     "en", "kr_government", id="en-expects-the-number-to-top"),
        # what is relied on is no claimer ("beruft sich auf abgefangenen Funkverkehr"); a German negation closing the
        # clause denies ("Zahlen nannte das Staatsfernsehen nicht"); where a figure circulates names who holds it
        pytest.param("Bis zu 6.000 weitere Soldaten könnten an die Front verlegt werden. Davon geht zumindest das "
                     "Hauptquartier der ukrainischen Streitkräfte aus, das sich auf abgefangenen Funkverkehr beruft.",
                     "6.000", "de", "ua_military", id="de-relied-on-intercepts"),
        pytest.param("Zahlen nannte das Staatsfernsehen nicht. In westlichen Diensten kursiert eine Zahl von rund 14.000 "
                     "Soldaten.", "14.000", "de", "western_intelligence", id="de-kursiert-in-westlichen-diensten"),
        # a report noun before "zufolge" is the claimer, never the actor before it; "Den Angaben zufolge" carries on
        pytest.param("Nordkorea hat Berichten zufolge 10.000 Soldaten geschickt.", "10.000", "de", "unresolved",
                     id="de-berichten-zufolge-after-the-actor"),
        pytest.param("Nordkorea hat südkoreanischen Angaben zufolge 10.000 Soldaten geschickt.", "10.000", "de",
                     "kr_government", id="de-country-angaben-zufolge"),
        pytest.param("Nach Einschätzung des Geheimdienstes NIS sind 3.000 Soldaten eingetroffen. Den Angaben zufolge sind "
                     "4.700 Nordkoreaner gefallen oder verwundet.", "4.700", "de", "kr_nis",
                     id="de-den-angaben-zufolge-carries"),
        # Ukraine's project for soldiers who surrender, by its name in either language
        pytest.param("Ukraine’s ‘I Want to Live’ project said it had received 200 calls from North Korean soldiers.",
                     "200", "en", "ua_government", id="en-i-want-to-live"),
        pytest.param("Das Projekt „Ich will leben“ meldet 100 Anfragen nordkoreanischer Soldaten.", "100", "de",
                     "ua_government", id="de-ich-will-leben"),
        # "will ... herausgefunden haben", then an unplaced "hieß es" carries it
        pytest.param("All das will der südkoreanische Geheimdienst NIS herausgefunden haben. Am Freitag hieß es, 1.500 "
                     "Soldaten würden in Russland ausgebildet.", "1.500", "de", "kr_nis", id="de-herausgefunden-hiess-es"),
        # German inversion after "zitiert": the outlet, then whom it cites; who denied stays pointable; a blogger
        pytest.param("Rund 6.000 Mann seien nachgerückt, zitiert die Zeitung „Dong-A Ilbo“ einen Beamten des Seouler "
                     "Verteidigungsministeriums.", "6.000", "de", "kr_defence_ministry", id="de-zitiert-outlet-then-cited"),
        pytest.param("Berichte über 6.000 weitere Soldaten mochte das Verteidigungsministerium in Seoul weder bestätigen "
                     "noch dementieren. Nach eigener Zählung des Ministeriums stehen 11.000 Nordkoreaner in Russland.",
                     "11.000", "de", "kr_defence_ministry", id="de-the-denier-stays-pointable"),
        pytest.param("Ein russischer Militärblogger schreibt, seit März seien über 150 Nordkoreaner gefallen.", "150", "de",
                     "unresolved", id="de-militaerblogger"),
        # "The report, by X," points back; "X are right that"; Swiss "hiess es"; "If" opens no claimer
        pytest.param("At least 500 North Korean personnel had been sent to Russia’s Far East, it was reported on Friday. "
                     "The report, by South Korea’s Yonhap news agency, did not identify its sources.", "500", "en",
                     "yonhap", id="en-the-report-by"),
        pytest.param("If Seoul’s spies are right that 11,000 were dispatched, Kim has lost many men.", "11,000", "en",
                     "kr_nis", id="en-are-right-that"),
        pytest.param("Allein in der vergangenen Woche seien 300 Nordkoreaner gefallen, hiess es anschliessend aus Kiew.",
                     "300", "de", "ua_government", id="de-swiss-hiess-es"),
        # an article opens its own phrase; "zufolge" has no verb to invert; a cue's claimer stands in its clause
        pytest.param("Rund zehn Millionen Granaten hat Nordkorea dem Nachrichtendienst NIS zufolge bislang an Russland "
                     "abgegeben.", "zehn Millionen", "de", "kr_nis", id="de-name-then-article-phrase"),
        pytest.param("North Korea shipped at least 100 missiles to Russia, according to the first report of the "
                     "Sanctions Monitoring Team, a body set up after Moscow vetoed the UN panel.", "100", "en",
                     "unresolved", id="en-according-to-an-unknown-team"),
        # a transcript: the speaker's label holds for the whole turn; a question or a Q&A answer is no one's
        pytest.param("INTERVIEWER: How big is this deployment now?\nHELEN MARSH, senior fellow at a think tank: The best "
                     "public number is about 14,000 in total. And Pyongyang could find 100,000 more if asked.", "100,000",
                     "en", "unresolved", id="en-transcript-turn"),
        pytest.param("MS. SINGH: Our assessment is that the DPRK has moved about 10,000 troops to eastern Russia.",
                     "10,000", "en", "us_government", id="en-transcript-title-and-surname"),
        pytest.param("Q: How many have gone?\nA: North Korea sent its first 1,500 soldiers in October 2024.", "1,500", "en",
                     "unattributed", id="en-qa-answer-is-the-authors"),
        # a transcript's speaker with a timestamp before the colon
        pytest.param("Sabrina Singh (15:23): We believe the DPRK has sent around 10,000 soldiers to eastern Russia.",
                     "10,000", "en", "us_government", id="en-transcript-speaker-with-timestamp"),
        # who gave the briefing a lawmaker speaks after is the origin
        pytest.param("About 3,000 North Korean troops are in Russia, lawmaker Park Sun-won said after South Korea's "
                     "spy agency gave a closed-door briefing.", "3,000", "en", "kr_nis", id="en-after-x-gave-a-briefing"),
        pytest.param("Rund 300 Nordkoreaner seien gefallen. Die Zahl nannte der Abgeordnete Lee, nachdem ihn der "
                     "südkoreanische Geheimdienst unterrichtet hatte.", "300", "de", "kr_nis",
                     id="de-nachdem-unterrichtet"),
        # claimers of different countries joined by "and" speak together: neither alone
        pytest.param("More than 10,000 North Korean troops have been deployed, according to U.S. and South Korean "
                     "officials.", "10,000", "en", "unresolved", id="en-us-and-south-korean-officials"),
        pytest.param("Ukraine and South Korea previously indicated that North Korea had sent around 10,000 troops.",
                     "10,000", "en", "unresolved", id="en-two-countries-indicated"),
        pytest.param("Kiew und Seoul schätzen die Zahl der Soldaten auf 11.000.", "11.000", "de", "unresolved",
                     id="de-kiew-und-seoul"),
        pytest.param("Some 11,000 were sent to Russia, and Ukrainian intelligence says 2,000 have died.", "2,000", "en",
                     "ua_intelligence", id="en-a-place-before-and-is-not-joined"),
        # a relay opening the sentence names the origin; "stated by"; a German compound ellipsis joins the phrase
        pytest.param("Citing South Korea’s spy agency, two lawmakers said some 15,000 soldiers had been sent.", "15,000",
                     "en", "kr_nis", id="en-citing-opens-the-sentence"),
        pytest.param("Citing the NIS, Yonhap reported that 15,000 soldiers had been sent.", "15,000", "en", "kr_nis",
                     id="en-citing-then-outlet"),
        pytest.param("About 1,000 North Korean soldiers have been wounded. This was stated by Ukraine's military "
                     "intelligence, Reuters reports.", "1,000", "en", "ua_hur", id="en-this-was-stated-by"),
        pytest.param("Nach Angaben des südkoreanischen Inlands- und Auslandsgeheimdienstes sind 5.000 Soldaten "
                     "eingetroffen.", "5.000", "de", "kr_nis", id="de-compound-ellipsis"),
        # an agency nobody named before is still someone: unresolved with its words, not unattributed
        pytest.param("The number of injured is approaching 1,000, the agency said.", "1,000", "en", "unresolved",
                     id="en-agency-without-antecedent"),
        # a country named alone is refined by the body of that country the next sentence names when it points back
        pytest.param("More than 10,000 North Koreans are now in Russia, says Seoul. The figure was given by a spokesman "
                     "for South Korea’s defence ministry.", "10,000", "en", "kr_defence_ministry",
                     id="en-metonym-refined-by-the-next-sentence"),
        pytest.param("South Korea now believes about 2,000 North Korean soldiers have died. The updated count came from "
                     "the National Intelligence Service.", "2,000", "en", "kr_nis", id="en-updated-count-came-from"),
        pytest.param("About 2,000 North Koreans have died, Seoul says. The figure was confirmed by Ukraine's military "
                     "intelligence.", "2,000", "en", "kr_government", id="en-another-country-does-not-refine"),
        # a named lawmaker after a service named in the paragraph relays it; "he"/"his" never means an outlet
        pytest.param("North Korea may send more troops, South Korea’s foreign-intelligence agency told members of the "
                     "National Assembly. Pyongyang had shipped out 11,000 soldiers in October, according to lawmaker "
                     "Lee Seong-kweun.", "11,000", "en", "kr_nis", id="en-named-lawmaker-relays"),
        pytest.param("Pyongyang could add 6,000 more men, Ukraine’s military intelligence chief Kyrylo Budanov said in an "
                     "interview with a Japanese broadcaster. In his words, around 1,000 would clear mines.", "1,000", "en",
                     "ua_hur", id="en-his-words-not-the-broadcaster"),
        # synonyms of bodies and verbs: composed with the country like the words already known
        pytest.param("Südkoreas Spähdienst: Rund 300 Nordkoreaner in Kursk gefallen", "300", "de", "kr_nis",
                     id="de-spaehdienst"),
        pytest.param("Nach Erkenntnissen der südkoreanischen Aufklärer sind 2.000 Nordkoreaner gefallen.", "2.000", "de",
                     "kr_nis", id="de-aufklaerer"),
        pytest.param("Wie aus ukrainischen Sicherheitskreisen zu hören ist, wurden 1.000 Soldaten verlegt.", "1.000", "de",
                     "ua_intelligence", id="de-sicherheitskreise"),
        pytest.param("Die Verluste hat das britische Verteidigungsministerium auf mehr als 4.000 hochgerechnet.", "4.000",
                     "de", "uk_intelligence", id="de-hochgerechnet"),
        pytest.param("Nach Kiewer Zählweise sind 4.000 Nordkoreaner gefallen.", "4.000", "de", "ua_government",
                     id="de-nach-kiewer-zaehlweise"),
        pytest.param("About 3,000 North Koreans have been wounded, Seoul’s spooks told lawmakers.", "3,000", "en", "kr_nis",
                     id="en-spooks"),
        pytest.param("Three North Korean soldiers were killed, Ukraine’s commando units said.", "Three", "en",
                     "ua_military", id="en-commando-units"),
        pytest.param("Some 600 have died, a lawmaker said, passing on the National Intelligence Service’s tally.", "600",
                     "en", "kr_nis", id="en-passing-on"),
        pytest.param("More than 10,000 North Koreans are now in Russia. The number was given by South Korea’s defence "
                     "ministry.", "10,000", "en", "kr_defence_ministry", id="en-the-number-was-given-by"),
        pytest.param("South Korea’s spy agency sees the overall figure reaching 10,000 by December.", "10,000", "en",
                     "kr_nis", id="en-sees-the-figure"),
        pytest.param("NK News reported, citing sources with access to South Korean intelligence, that 1,000 more troops "
                     "had arrived.", "1,000", "en", "kr_nis", id="en-sources-with-access-to"),
        # lawmakers after an intelligence service named in the paragraph relay its briefing (LABELS.md)
        pytest.param("Dem Geheimdienst des Südens zufolge hat Nordkorea 4.700 Mann verloren. Davon seien etwa 600 tot, "
                     "berichteten zwei Parlamentarier nach der Sitzung.", "600", "de", "kr_nis",
                     id="de-lawmakers-after-the-service"),
        pytest.param("South Korea's spy agency says 4,700 North Koreans have been killed or wounded. Of those, 600 "
                     "died, lawmakers said.", "600", "en", "kr_nis", id="en-lawmakers-after-the-service"),
        # a bare name right after a placed phrase before, and a definite noun heading one, are that claimer
        pytest.param("Nach Daten der russischen Statistikbehörde Rosstat kamen 13.000 Nordkoreaner als Arbeiter. "
                     "Hinzu kommen laut Rosstat 2.000 Studenten.", "2.000", "de", "ru_government",
                     id="de-name-after-a-placed-phrase"),
        pytest.param("Nach Einschätzung des Aufklärungskommandos der südkoreanischen Streitkräfte gingen 9.000 Container "
                     "nach Russland. Laut dem Kommando kamen 200 Haubitzen hinzu.", "200", "de", "kr_intelligence",
                     id="de-head-of-a-compound-before"),
        # "die ukrainische Seite", "the Russian side": the country's government
        pytest.param("Die ukrainische Seite geht von rund 11.000 Nordkoreanern in Kursk aus.", "11.000", "de",
                     "ua_government", id="de-die-ukrainische-seite"),
        pytest.param("The Russian side says only 900 North Koreans are in Kursk.", "900", "en", "ru_government",
                     id="en-the-russian-side"),
        # an impersonal clause opened by a country or capital is that country's word; a named claimer in it is not
        pytest.param("In Südkorea wird die Zahl der entsandten Soldaten auf rund 15.000 geschätzt.", "15.000", "de",
                     "kr_government", id="de-in-suedkorea-wird-geschaetzt"),
        pytest.param("In Kiew heißt es, 11.000 Nordkoreaner seien in Kursk.", "11.000", "de", "ua_government",
                     id="de-in-kiew-heisst-es"),
        pytest.param("In Seoul geht man von 11.000 Nordkoreanern aus.", "11.000", "de", "kr_government",
                     id="de-in-seoul-geht-man-aus"),
        pytest.param("In Seoul, it is estimated that 15,000 North Koreans have been sent.", "15,000", "en",
                     "kr_government", id="en-in-seoul-it-is-estimated"),
        pytest.param("In Seoul wird die Zahl vom südkoreanischen Geheimdienst auf 15.000 geschätzt.", "15.000", "de",
                     "kr_nis", id="de-in-seoul-named-claimer"),
        # a sentence about the document named before keeps its source for the reported speech after it
        pytest.param("Das Pentagon legte dem Kongress einen Bericht vor. Wie viele Soldaten gefallen sind, lässt das "
                     "Dokument offen. Weitere 2.000 Mann seien unterwegs, heißt es darin.", "2.000", "de",
                     "us_government", id="de-document-spoken-of-again"),
        # a country's people with a definite article speak for it, for the body of it named before if one was
        pytest.param("Die Amerikaner gehen inzwischen von 12.000 Nordkoreanern aus.", "12.000", "de", "us_government",
                     id="de-die-amerikaner"),
        pytest.param("Laut dem britischen Militärgeheimdienst sind 4.000 Nordkoreaner verwundet. Die Zahl der Gefallenen "
                     "beziffern die Briten auf 900.", "900", "de", "uk_intelligence", id="de-die-briten-after-the-service"),
        pytest.param("US intelligence believes about 1,000 North Koreans have died. The Americans put the wounded at "
                     "roughly 3,000.", "3,000", "en", "us_intelligence", id="en-the-americans-after-the-service"),
        # a service of the defence side is military intelligence, whatever the compound's first part
        pytest.param("Nach Angaben des ukrainischen Verteidigungsgeheimdienstes sind 200 Raketen eingetroffen.", "200", "de",
                     "ua_hur", id="de-verteidigungsgeheimdienst"),
        pytest.param("Der Armee-Nachrichtendienst der Ukraine zählt 300 Raketen.", "300", "de", "ua_hur",
                     id="de-armee-nachrichtendienst"),
        # verbs of presenting in the perfect, and a separable verb of relaying
        pytest.param("Die Abgeordnete gab wieder, was der Chef des Nachrichtendienstes in Seoul vorgetragen hatte: 400 "
                     "Nordkoreaner seien tot.", "400", "de", "kr_nis", id="de-vorgetragen-hatte-colon"),
        pytest.param("Wie der ukrainische Generalstab dargelegt hat, sind 900 Nordkoreaner verwundet.", "900", "de",
                     "ua_military", id="de-dargelegt-hat"),
        # a German passive with no agent: what it counts is no claimer; a place in its clause is that country's word
        pytest.param("Die Zahl der Entminer wird in Kiew mit 800 beziffert.", "800", "de", "ua_government",
                     id="de-passive-place"),
        pytest.param("Die Zahl der Entminer wird mit 800 beziffert. Das teilte das ukrainische Militär mit.", "800", "de",
                     "ua_military", id="de-passive-next-sentence"),
        pytest.param("Die Zahl der Entminer wird vom ukrainischen Militär mit 800 beziffert.", "800", "de", "ua_military",
                     id="de-passive-agent"),
        # "geht aus ... hervor" names the document and its author; holding it possible is a claim
        pytest.param("Auf 9.000 wird die Zahl der Arbeiter geschätzt. Das geht aus einem Papier des britischen "
                     "Verteidigungsministeriums hervor.", "9.000", "de", "uk_intelligence", id="de-geht-aus-hervor"),
        pytest.param("Der Außenminister in Seoul schließt nicht aus, dass weitere 5.000 Soldaten folgen.", "5.000", "de",
                     "kr_government", id="de-schliesst-nicht-aus"),
        # a claimer inside a phrase naming the figure is counted, not claiming
        pytest.param("Die Zahl der Soldaten Pjöngjangs in Kursk gibt das ukrainische Militär mit 9.000 an.", "9.000", "de",
                     "ua_military", id="de-claimer-inside-the-figure-phrase"),
        # an outlet described ("die staatliche Nachrichtenagentur") is the one the dateline credits
        pytest.param("Pjöngjang (KCNA) – Bei Kursk sind zwölf Pioniere gefallen, wie die staatliche Nachrichtenagentur "
                     "meldete.", "zwölf", "de", "kp_kcna", id="de-outlet-described-dateline-credit"),
        # a document named by a compound after words describing it; "heißt es weiter" goes on with it
        pytest.param("In einem 20 Seiten langen Lagebericht des britischen Verteidigungsministeriums ist von 11.000 "
                     "Nordkoreanern die Rede. Rund 4.000 seien verwundet, heißt es weiter.", "4.000", "de",
                     "uk_intelligence", id="de-frontbericht-heisst-es-weiter"),
        # a lone name closing the clause after a verb of saying; a region's genitive names its country
        pytest.param("Rund 700 Pioniere seien vor Ort, sagte Wolkow.", "700", "de", "unresolved", id="de-sagte-lone-name"),
        pytest.param("Belgorods Gouverneur Igor Petrow sagte, 300 Nordkoreaner seien eingetroffen.", "300", "de",
                     "ru_government", id="de-region-genitive-governor"),
        # a country's genitive before "Angaben zufolge"; a report noun compounded with a country's name
        pytest.param("Moskaus Angaben zufolge sind 40 Nordkoreaner gefallen.", "40", "de", "ru_government",
                     id="de-moskaus-angaben-zufolge"),
        pytest.param("Nach Kiew-Schätzungen sind 4.000 Nordkoreaner verwundet.", "4.000", "de", "ua_government",
                     id="de-kiew-schaetzungen"),
        pytest.param("Nach Kremlangaben sind 40 Nordkoreaner gefallen.", "40", "de", "ru_government",
                     id="de-kremlangaben"),
        # "of U.S. ..." after an office; "its estimate of the force": its owner claims, not the force; a participle
        # clause after "while" has the main clause's subject
        pytest.param("The commander of U.S. Indo-Pacific Command put the North Korean dead at 3,000.", "3,000", "en",
                     "us_government", id="en-office-of-u-s-command"),
        pytest.param("Seoul's spy agency said 2,000 more had arrived, raising its estimate of the North Korean force to "
                     "13,000.", "13,000", "en", "kr_nis", id="en-its-estimate-of-the-force"),
        pytest.param("The Pentagon put the dead at 1,000 in a briefing to reporters, while warning that 2,000 more "
                     "could follow.", "2,000", "en", "us_government", id="en-while-warning"),
        # a cue after a determiner is a noun ("double an earlier estimate"); a participle aside with its object
        pytest.param("Officials in Kyiv now believe Pyongyang has lost 3,000 men, twice an earlier estimate.", "3,000",
                     "en", "ua_government", id="en-an-earlier-estimate-is-a-noun"),
        pytest.param("The Pentagon briefing, delivered to the Senate armed services committee, puts the dead at 900.",
                     "900", "en", "us_government", id="en-participle-aside-with-object"),
        # "hat enthüllt", "hat Kenntnis von", a fronted "Von N ... sprach X", a paper's name in German quotes
        pytest.param("Der ukrainische Militärgeheimdienst hat enthüllt, dass 500 Nordkoreaner verwundet wurden.", "500",
                     "de", "ua_hur", id="de-hat-enthuellt"),
        pytest.param("Der NIS hat Kenntnis von 2.000 Arbeitern, die bald nach Russland gebracht werden sollen.", "2.000",
                     "de", "kr_nis", id="de-hat-kenntnis-von"),
        pytest.param("Von 3.000 Verwundeten sprach am Abend der ukrainische Präsident.", "3.000", "de", "ua_zelensky",
                     id="de-fronted-von-sprach"),
        # "wies darauf hin", "wie ... ausführte", "befürchtet"; a body named without its country after a relay is the
        # relayer's; "nannte eine Zahl von": what is named is no subject
        pytest.param("Kiews Generalstab wies darauf hin, dass 900 Nordkoreaner verwundet seien.", "900", "de",
                     "ua_military", id="de-wies-darauf-hin"),
        pytest.param("Wie der ukrainische Präsident am Abend ausführte, sind 300 weitere Nordkoreaner gefallen.", "300", "de",
                     "ua_zelensky", id="de-wie-ausfuehrte"),
        pytest.param("Die Regierung in Seoul befürchtet, dass Pjöngjang weitere 5.000 Soldaten schickt.", "5.000", "de",
                     "kr_government", id="de-befuerchtet"),
        pytest.param("Kiew berief sich auf Erkenntnisse des Militärgeheimdienstes und nannte eine Zahl von 700 Toten.",
                     "700", "de", "ua_hur", id="de-relayer-country-for-a-body"),
        # "sei ... beobachtet worden": a passive with no agent; people of a named source speak for it; doubting claims
        pytest.param("Laut Südkoreas Generalstab sind 2.000 weitere Soldaten eingetroffen. Dass Pjöngjang auch 100 "
                     "Geschütze liefere, sei ebenfalls beobachtet worden.", "100", "de", "kr_jcs",
                     id="de-sei-beobachtet-worden"),
        pytest.param("Zwei Nordkoreaner sind in ukrainischem Gewahrsam. Das gaben die Ermittler des SBU bekannt.", "Zwei",
                     "de", "ua_intelligence", id="de-people-of-a-named-source"),
        pytest.param("Kyrylo Budanow bezweifelte, dass alle neuen Soldaten Minen räumen. Es seien rund 12.000 in Kursk.",
                     "12.000", "de", "ua_hur", id="de-bezweifelte"),
        # the relayer lends its country to a body named without one only right before the relay, never the actor
        pytest.param("Japan's defence ministry believes North Korea will send 6,000 more troops, the Yomiuri Shimbun "
                     "reported, citing government sources.", "6,000", "en", "jp_defence_ministry",
                     id="en-relay-country-not-from-the-actor"),
        # a body named without its country belongs to the country of the claimer named before it in the paragraph;
        # a German complement ends at the first noun that is no body or place
        pytest.param("Nach Erkenntnissen aus Kiew sind 700 Nordkoreaner gefallen. So hieß es am Montag aus dem "
                     "Nachrichtendienst in einer Sitzung. Zuvor hatte der Dienst 11.000 Soldaten genannt.", "11.000", "de",
                     "ua_intelligence", id="de-body-takes-the-paragraphs-country"),
        # a headline that ends with its source; a country's acronym alone speaks for it (the UK's word for its defence
        # ministry's intelligence updates: claimers.yaml `metonym_bodies`)
        pytest.param("North Korea has lost 2,000 troops in Kursk: UK", "2,000", "en", "uk_intelligence",
                     id="en-headline-ends-with-source"),
        pytest.param("N. Korean troop deaths rise to 400 — Seoul lawmaker", "400", "en", "kr_lawmakers",
                     id="en-headline-dash-source"),
        pytest.param("Nordkorea hat 4.000 Soldaten verloren – Selenskyj", "4.000", "de", "ua_zelensky",
                     id="de-headline-dash-source"),
        pytest.param("About 900 North Koreans were killed in a week, US says", "900", "en", "us_government",
                     id="en-us-says"),
        # a person's genitive in German; the staff or office of a named person speaks for that person's government
        pytest.param("Nach Schoigus Worten schickt Nordkorea 6.000 Soldaten.", "6.000", "de", "ru_shoigu",
                     id="de-person-genitive"),
        pytest.param("Selenskyjs Büro zufolge wurden zwei Soldaten gefangen genommen.", "zwei", "de", "ua_government",
                     id="de-persons-office"),
        pytest.param("Zelensky's office said 3,000 North Koreans had been killed or wounded.", "3,000", "en",
                     "ua_government", id="en-persons-office"),
        # V2 inversion: the subject right after a verb whose particle ends the clause
        pytest.param("Inzwischen geht die ukrainische Regierung von 11.000 Nordkoreanern aus.", "11.000", "de",
                     "ua_government", id="de-inverted-geht-aus"),
        pytest.param("Mittlerweile rechnet das Pentagon mit 11.000 Nordkoreanern.", "11.000", "de", "us_government",
                     id="de-inverted-rechnet-mit"),
        # a generic subject that names a country is placed by it ("South Korean estimates", "Südkoreanische Zahlen")
        pytest.param("South Korean estimates put the number of North Korean dead at about 600.", "600", "en",
                     "kr_government", id="en-country-estimates-put"),
        pytest.param("Südkoreanische Schätzungen gehen inzwischen von 2.000 gefallenen Nordkoreanern aus.", "2.000",
                     "de", "kr_government", id="de-country-schaetzungen-gehen-aus"),
        pytest.param("Ukrainian figures suggest that 3,800 North Koreans have been wounded.", "3,800", "en",
                     "ua_government", id="en-country-figures-suggest"),
        pytest.param("About 1,000 have died, Kyiv says; Estonia's defence ministry offered a lower estimate of 700.",
                     "700", "en", "unresolved", id="en-offered-an-estimate"),
        # a figures own noun or side is never its claimer:
        # a hundred or more of them are what a figure counts, never who speaks; a few of them do speak
        pytest.param("Laut Kiewer Militärgeheimdienst arbeiten zudem rund 800 Minenexperten in der Region.", "800", "de",
                     "ua_hur", id="de-many-experts-are-counted"),
        pytest.param("Some 300 military bloggers were killed, Ukraine's defence intelligence said.", "300", "en",
                     "ua_hur", id="en-many-bloggers-are-counted"),
        pytest.param("Zwei Experten des Instituts schätzen, dass 12.000 Nordkoreaner in Kursk sind.", "12.000", "de",
                     "unresolved", id="de-two-experts-speak"),
        # a year before a genitive owner is not a figure counting it
        pytest.param("Laut dem Bericht 2025 des japanischen Verteidigungsministeriums sind 11.000 Soldaten in Russland.",
                     "11.000", "de", "jp_defence_ministry", id="de-year-before-the-owner"),
        # where they fight is never who speaks
        pytest.param("Die Zahl der nordkoreanischen Soldaten auf russischer Seite gab der Experte mit 11.000 an.",
                     "11.000", "de", "unresolved", id="de-a-side-is-no-claimer"),
        # a countrys word is refined by its body named nearby:
        # a country's word is refined by the body of that country named next to it, after or before
        pytest.param("Nach Kiewer Lesart sind 4.000 Nordkoreaner gefallen oder verwundet. Mitgeteilt hat das der "
                     "ukrainische Militärgeheimdienst.", "4.000", "de", "ua_hur", id="de-country-then-body-after"),
        pytest.param("Die Zahl der Toten liege nach Einschätzung des südkoreanischen Geheimdienstes bei 600. Das meldete "
                     "Yonhap unter Berufung auf Angaben aus Seoul. Verwundet seien demnach 2.000.", "2.000", "de", "kr_nis",
                     id="de-body-then-country-carried"),
        # a staff member the vocabulary names speaks as himself, not as his superior's government
        pytest.param("Bekannt gemacht hat die Zahl von 6.000 Pionieren Putins Sicherheitsberater Sergej Schoigu.", "6.000",
                     "de", "ru_shoigu", id="de-named-staff-member"),
        # a country owning a thing is not its claimer:
        # a country in the genitive owns what follows it; it speaks through its words, people or bodies
        pytest.param("Pyongyang's expeditionary force, put at 12,000 men, is its largest abroad in decades.", "12,000",
                     "en", "unattributed", id="en-owner-of-a-force"),
        pytest.param("Kyiv's latest estimate puts the North Korean force at 12,000.", "12,000", "en", "ua_government",
                     id="en-owner-of-an-estimate"),
        pytest.param("Nordkoreas Verluste im Raum Kursk werden auf 4.000 Mann geschätzt.", "4.000", "de", "unattributed",
                     id="de-owner-of-losses"),
        pytest.param("Nach Angaben Kiews sind 4.000 Nordkoreaner gefallen oder verwundet.", "4.000", "de",
                     "ua_government", id="de-genitive-after-its-noun"),
        # South Korea's official name
        pytest.param("Der Nachrichtendienst der Republik Korea zählt 11.000 nordkoreanische Soldaten in Russland.",
                     "11.000", "de", "kr_nis", id="de-republik-korea"),
        # a bare body belongs to the datelines country:
        # where the troops are is never where the claimer speaks; a wire item's dateline is
        pytest.param("KIEW (AFP) – Die Zahl der in Russland kämpfenden Nordkoreaner ist nach Erkenntnissen des "
                     "Militärgeheimdienstes auf rund 12.000 gestiegen.", "12.000", "de", "ua_hur",
                     id="de-dateline-not-troops-place"),
        pytest.param("SEOUL (Reuters) - About 1,000 North Korean troops have been killed, the intelligence service said.",
                     "1,000", "en", "kr_nis", id="en-dateline-body"),
        # attribution by label or talk:
        # a label in parentheses names the source after it
        pytest.param("Some 2,000 more troops crossed into Russia in March (source: Ukraine's military intelligence).",
                     "2,000", "en", "ua_hur", id="en-parenthesised-source-label"),
        pytest.param("Im März kamen rund 2.000 weitere Soldaten nach Russland (Quelle: ukrainischer Militärgeheimdienst).",
                     "2.000", "de", "ua_hur", id="de-parenthesised-quelle"),
        # "ist von ... die Rede": who talks of it stands before
        pytest.param("Im Pentagon ist inzwischen von rund 11.000 nordkoreanischen Soldaten die Rede.", "11.000", "de",
                     "us_government", id="de-ist-von-die-rede"),
        # a body takes the country its own sentence names:
        # a place leading its sentence before a colon gives a body named there without a country its country,
        # over a body of another country named in the sentence before
        pytest.param("Moskau schweigt zu den Verlusten, der Kreml gab keine Zahlen bekannt. Ganz anders Kiew: Rund 5.000 "
                     "Nordkoreaner seien gefallen oder verwundet, teilte das Ministerium mit.", "5.000", "de",
                     "ua_government", id="de-place-before-colon"),
        # (a name the vocabulary lacks keeps its own words)
        pytest.param("About 1,000 have died, Kyiv says; the head of Latvia's army put the figure at 700.", "700", "en",
                     "unresolved", id="en-unknown-country-keeps-its-name"),
        # attribution carried quoted or placed:
        # reported speech carries its speaker through a chain of sentences
        pytest.param("Der ukrainische Präsident Wolodymyr Selenskyj wandte sich am Abend an die Nation. Die Nordkoreaner "
                     "hätten schwere Verluste erlitten. Pjöngjang habe aber weitere Truppen vorbereitet. Diese könnten bis zu "
                     "6.000 Mann umfassen.", "6.000", "de", "ua_zelensky", id="de-reported-speech-chain"),
        # the subject of "was quoted as saying" said it
        pytest.param("About 600 North Korean soldiers have died, South Korea's spy agency was quoted as saying by "
                     "lawmakers.", "600", "en", "kr_nis", id="en-quoted-as-saying-by"),
        # "places ... at" like "puts ... at"; a participle clause's subject is the sentence's
        pytest.param("South Korea's spy agency places the number of dead at roughly 2,000.", "2,000", "en", "kr_nis",
                     id="en-places-the-number-at"),
        pytest.param("The Pentagon on Monday raised its estimate, putting the number of North Korean troops at about "
                     "10,000.", "10,000", "en", "us_government", id="en-putting-after-the-subject"),
        # a lawmakers name and the figures origin:
        # the name a description stands beside says it; where the figure happened is not who says it
        pytest.param("At least 500 North Korean soldiers were killed in Russia, Park Sun-won, a member of the intelligence "
                     "committee, told reporters.", "500", "en", "kr_lawmakers", id="en-name-beside-its-description"),
        # a lawmaker's figure whose source the next sentence names
        pytest.param("About 3,000 North Koreans have been wounded, Park Sun-won said. The figure came from the National "
                     "Intelligence Service.", "3,000", "en", "kr_nis", id="en-lawmaker-then-the-figure-came-from"),
        # a described known name after an inverted verb:
        # a described name the vocabulary knows, after an inverted verb, is that source
        pytest.param("Zwölf Pioniere seien bei der Minenräumung getötet worden, verbreitete die Agentur KCNA.", "Zwölf",
                     "de", "kp_kcna", id="de-described-known-name"),
        pytest.param("About 300 North Korean soldiers have died, reported the South Korean news agency Yonhap.", "300", "en",
                     "yonhap", id="en-described-known-name"),
        # a relay by participle; a figure in circulation among a circle; a reckoning verb; a tally; NATO's military
        pytest.param("Pjöngjang soll 6000 Mann geschickt haben, meldet Yonhap, gestützt auf Regierungskreise in Seoul.", "6000",
                     "de", "kr_government", id="de-gestuetzt-auf"),
        pytest.param("In Kiewer Armeekreisen ist die Zahl von 14.000 Soldaten im Umlauf.", "14.000", "de", "ua_military",
                     id="de-im-umlauf"),
        pytest.param("Kim könnte 30.000 Mann schicken, überschlug der Sprecher der ukrainischen Heeresleitung.", "30.000",
                     "de", "ua_military", id="de-ueberschlug"),
        pytest.param("Nach einer Aufstellung des Verteidigungsnachrichtendienstes in Seoul hat Nordkorea 12.000 Container "
                     "Munition geschickt.", "12.000", "de", "kr_intelligence", id="de-nach-einer-aufstellung"),
        pytest.param("A NATO military official estimated that several thousand soldiers were in Kursk.", "several thousand",
                     "en", "nato_government", id="en-nato-military-official"),
        # whom it was said to ("gegenüber der BBC") is no subject: the officials named before say it, the BBC relays
        pytest.param("Die Einheiten verloren viele Leute, so westliche Beamte. Gegenüber der BBC nannten die Beamten gut "
                     "4.000 Ausfälle.", "4.000", "de", "unresolved", id="de-gegenueber-is-no-subject"),
        # "the agency" never means a person or the lawmakers who relayed it; a projection; "Korea" in Seoul's institutions
        pytest.param("About 2,000 have died, according to an assessment by South Korea's National Intelligence Service that "
                     "lawmaker Lee Seong-kweun shared. In April, the agency had estimated the death toll at 600.", "600", "en",
                     "kr_nis", id="en-the-agency-is-no-lawmaker"),
        pytest.param("Analysts at the Center for Strategic and International Studies project that Pyongyang could send up "
                     "to 15,000 troops.", "15,000", "en", "unresolved", id="en-project-that"),
        pytest.param("North Korea has shipped 12 million shells, the Korea Defense Intelligence Agency said.", "12 million",
                     "en", "kr_intelligence", id="en-korea-in-an-institution"),
        pytest.param("Nordkorea habe 11.000 Soldaten geschickt, sagte der Korea-Kenner Daniel Pinkston.", "11.000", "de",
                     "unresolved", id="de-korea-kenner-is-no-country"),
        # an extended attribute keeps its article ("Die dem ... unterstellte Behörde" is the subject); officials;
        # whose figures they are, said after them; where something is held likely
        pytest.param("Die dem Kiewer Verteidigungsministerium unterstellte Aufklärungsbehörde schätzt die Ausfälle auf gut "
                     "4.000.", "4.000", "de", "ua_hur", id="de-extended-attribute-subject"),
        pytest.param("Fast 1.000 Soldaten sind getötet oder verwundet worden. Das will die Zeitung von amerikanischen und "
                     "ukrainischen Offiziellen erfahren haben.", "1.000", "de", "unresolved", id="de-offizielle"),
        pytest.param("Bis zu 12.000 Vertragsarbeiter könnten eingesetzt werden. Urheber der Angaben ist der ukrainische "
                     "Militärgeheimdienst HUR.", "12.000", "de", "ua_hur", id="de-urheber-der-angaben"),
        pytest.param("Up to 12,000 North Korean workers could be sent. The source of the figures is Ukraine's military "
                     "intelligence.", "12,000", "en", "ua_hur", id="en-source-of-the-figures"),
        pytest.param("Im Amt des Präsidenten in Seoul gilt eine weitere Entsendung als wahrscheinlich: Bis zu 10.000 "
                     "zusätzliche Kräfte könnten folgen.", "10.000", "de", "kr_government", id="de-gilt-als-wahrscheinlich"),
        # whom a report was made to is no claimer; "the agency" after an agency's listed name; a speech an outlet carried
        # is the speaker's, the outlet relays
        pytest.param("North Korea has shipped 12 million shells, the Korea Defense Intelligence Agency said in a report to "
                     "lawmakers – the equivalent of some 28,000 containers.", "28,000", "en", "kr_intelligence",
                     id="en-report-to-lawmakers"),
        pytest.param("Nine soldiers died, the leader said in a speech carried by KCNA. The regiment, about 1,000 strong, had "
                     "left in August, according to the agency.", "1,000", "en", "kp_kcna", id="en-the-agency-after-kcna"),
        # the subject of a clause reported after "that" is no cue's claimer; a document's "that" clause names its author
        pytest.param("Britain's Ministry of Defence estimated in an update on X that North Korea had suffered about 6,000 "
                     "casualties.", "6,000", "en", "uk_intelligence", id="en-that-clause-subject-is-no-source"),
        pytest.param("According to a report that the NIS presented, 3,000 troops were sent.", "3,000", "en", "kr_nis",
                     id="en-report-that-names-its-author"),
        # a service named without its country takes the country of those who relay it (lawmakers) or cite it
        pytest.param("At least 600 North Korean soldiers are estimated to have died, the spy agency told a parliamentary "
                     "committee, according to lawmaker Lee Seong-kweun.", "600", "en", "kr_nis",
                     id="en-spy-agency-relayed-by-a-lawmaker"),
        pytest.param("Citing intelligence reports, Ukrainian President Volodymyr Zelenskyy said roughly 3,000 North Korean "
                     "soldiers had been killed or wounded.", "3,000", "en", "ua_intelligence",
                     id="en-intelligence-cited-by-a-president"),
        # "Wie aus X hervorgeht": the document's author; an outlet in the dative after the verb is whom it was told
        pytest.param("Wie aus einem Papier des ukrainischen Verteidigungsministeriums hervorgeht, sind rund 1.200 "
                     "Nordkoreaner gefallen.", "1.200", "de", "ua_defence_ministry", id="de-wie-aus-hervorgeht"),
        pytest.param("Ein ranghoher Beamter sagte der Nachrichtenagentur Reuters, rund 1.000 Nordkoreaner seien gefallen.",
                     "1.000", "de", "unresolved", id="de-dative-outlet-after-the-verb"),
        # an impersonal passive opened by a circle: the circle's word
        pytest.param("In Militärkreisen in Seoul wird die Zahl der Toten mittlerweile auf über 2.000 geschätzt.", "2.000",
                     "de", "kr_jcs", id="de-impersonal-passive-in-a-circle"),
        pytest.param("Im Raum Kursk wird die Zahl der Nordkoreaner auf 11.000 geschätzt.", "11.000", "de", "unattributed",
                     id="de-impersonal-passive-in-a-region-names-no-one"),
        # a rank is an office; Austria and Switzerland are countries ("Bundes-" alone is not Germany's then), outside
        # those sources are labelled by (LABELS.md: unresolved); a website is media; a "Zentrum" is a body
        pytest.param("Oberst Markus Reisner vom österreichischen Bundesheer geht von rund 11.000 nordkoreanischen Soldaten "
                     "aus.", "11.000", "de", "unresolved", id="de-austrian-army"),
        # (the centre's name runs on through "für ..." and "in Kiew": a Kyiv state body, part of the security council)
        pytest.param("Das Zentrum für Desinformationsbekämpfung in Kiew sprach von 12.000 nordkoreanischen Soldaten.",
                     "12.000", "de", "ua_government", id="de-zentrum-is-a-body"),
        pytest.param("Laut der in Seoul ansässigen Website NK News wurden mindestens 1.000 Verwundete geflogen.", "1.000",
                     "de", "unresolved", id="de-website-is-media"),
        # finding something is saying it
        pytest.param("Der britische Militärgeheimdienst stellte in seinem Lagebericht fest, Nordkorea habe 4.000 Mann "
                     "verloren.", "4.000", "de", "uk_intelligence", id="de-stellte-fest"),
        # a national outlet's unnamed body is its country's; an international outlet's stays unresolved
        pytest.param("Wie die Nachrichtenagentur Yonhap unter Berufung auf den Generalstab meldet, sind rund 1.000 weitere "
                     "Nordkoreaner eingetroffen.", "rund 1.000", "de", "kr_jcs", id="de-national-outlet-relays-its-country"),
        pytest.param("CNN berichtet unter Berufung auf den Geheimdienst, dass 1.000 Nordkoreaner gefallen seien.", "1.000",
                     "de", "unresolved", id="de-international-outlet-has-no-country"),
        # "hieß es": "es" is the subject; a claimer before it stands in a phrase of place or origin
        pytest.param("Unter den Toten seien auch Offiziere, hieß es; insgesamt seien 1.200 Nordkoreaner gefallen.", "1.200",
                     "de", "unattributed", id="de-hiess-es-no-subject"),
        pytest.param("Aus dem Pentagon hieß es, rund 12.000 Nordkoreaner seien in Kursk.", "rund 12.000", "de",
                     "us_government", id="de-hiess-es-aus"),
        # a document right after the cue is whose the figure is; the clause's subject after it is not
        pytest.param("Laut einem UN-Bericht lieferte Nordkorea mindestens 9 Millionen Granaten an Russland.", "9 Millionen",
                     "de", "unresolved", id="de-document-before-the-subject"),
        pytest.param("According to a UN report, North Korea had supplied at least 9 million shells to Russia.", "9 million",
                     "en", "unresolved", id="en-document-before-the-subject"),
        pytest.param("Laut einem Bericht des südkoreanischen Geheimdienstes lieferte Nordkorea 9 Millionen Granaten.",
                     "9 Millionen", "de", "kr_nis", id="de-document-owner-then-subject"),
        pytest.param("According to documents from Ukraine's military intelligence, Kim is readying 30,000 men.", "30,000",
                     "en", "ua_hur", id="en-documents-from-owner"),
        pytest.param("Laut einem Bericht des Geheimdienstes lieferte Nordkorea 9 Millionen Granaten.", "9 Millionen", "de",
                     "unresolved", id="de-verb-before-a-name-is-no-modifier"),
        # lawmakers who speak where an intelligence service is named relay its briefing: the service is the source
        pytest.param("Die Verluste des Nordens liegen bei rund 1.100 Mann, sagten südkoreanische Abgeordnete nach einer Sitzung "
                     "mit Vertretern des Geheimdienstes.", "rund 1.100", "de", "kr_nis", id="de-lawmakers-after-a-session-with-the-service"),
        pytest.param("The spy agency’s latest count of the dead, about 600, was handed to reporters by Rep. Lee Seong-kweun after a "
                     "closed-door hearing of the intelligence committee.", "600", "en", "kr_nis",
                     id="en-lawmaker-passes-on-the-agencys-count"),
        pytest.param("“We now believe some 3,000 have arrived,” said Lee Seong-kweun, a member of the intelligence committee, "
                     "after Seoul’s spy service briefed lawmakers.", "3,000", "en", "kr_nis", id="en-said-after-the-service-briefed"),
        # "the country's" under a dateline is the dateline's country, not a place after a verb or preposition
        pytest.param("SEOUL (Reuters) - About 1,500 more North Korean soldiers have been sent to help Russia, the country's "
                     "spy agency said.", "1,500", "en", "kr_nis", id="en-the-countrys-under-a-dateline"),
        # whom someone sides with is not whose they are
        pytest.param("Pro-Kremlin war blogger Yuri Podolyaka claimed that only 300 North Koreans had died.", "300", "en",
                     "unresolved", id="en-pro-kremlin-is-no-claimer-country"),
        pytest.param("A pro-Russian Telegram channel said some 400 North Koreans had died.", "400", "en", "unresolved",
                     id="en-pro-russian-is-no-claimer-country"),
        # to whom an outlet attributes the figures is their origin
        pytest.param("Up to 8,000 more soldiers are being readied, the Financial Times reported, attributing the estimate to "
                     "South Korean intelligence officials.", "8,000", "en", "kr_nis", id="en-attributing-to"),
        # who came out with "this figure" is its claimer, in the same sentence or the next
        pytest.param("Etwa 900 Nordkoreaner sind gefallen – mit dieser Zahl trat das britische Verteidigungsministerium an die "
                     "Öffentlichkeit.", "900", "de", "uk_intelligence", id="de-mit-dieser-zahl-same-sentence"),
        pytest.param("Rund 2.000 Nordkoreaner sollen seit Januar gefallen sein. Mit dieser Angabe wandte sich der "
                     "Generalstab in Kiew an die Presse.", "2.000", "de", "ua_military", id="de-mit-dieser-angabe-next"),
        # the top of a body is the body's ("Militärspitze", "Geheimdienstspitze"); "Kommando" is the military's
        pytest.param("Die ukrainische Militärspitze spricht von 3.000 getöteten Nordkoreanern.", "3.000", "de", "ua_military",
                     id="de-militaerspitze"),
        pytest.param("Laut dem ukrainischen Kommando für Spezialoperationen sind 200 Nordkoreaner gefallen.", "200", "de",
                     "ua_military", id="de-kommando"),
        # offices and metonyms in composed English: the defence staff is the military's, the bloc is the EU, a chief spy
        # is the service's head
        pytest.param("Britain's chief of defence staff, Admiral Tony Radakin, put North Korean losses at more than 1,000.",
                     "1,000", "en", "uk_military", id="en-chief-of-defence-staff"),
        pytest.param("The bloc's foreign policy chief said about 14,000 North Koreans were now in Russia.", "14,000", "en",
                     "eu_government", id="en-the-blocs"),
        pytest.param("Seoul's top spy told a closed session that roughly 600 North Koreans had been killed.", "600", "en",
                     "kr_nis", id="en-top-spy"),
        # "heißt es in" a document named anew names its author; "in dem Bericht" points back
        pytest.param("Bis zu 30.000 weitere Soldaten könnten folgen, heißt es in einer Einschätzung des ukrainischen "
                     "Geheimdienstes, die CNN einsehen konnte.", "30.000", "de", "ua_intelligence", id="de-heisst-es-in-einer"),
        # a regional administration is its country's government
        pytest.param("Rund 1.000 nordkoreanische Minenräumer arbeiten laut der Gebietsverwaltung von Kursk bereits dort.",
                     "1.000", "de", "ru_government", id="de-gebietsverwaltung"),
        # an impersonal "man" right after the verb, the body opening the clause: that body's word
        pytest.param("Im ukrainischen Militärgeheimdienst erwartet man, dass Nordkorea weitere 5.000 Soldaten schickt.",
                     "5.000", "de", "ua_hur", id="de-im-body-erwartet-man"),
        # "wollen" with a perfect infinitive of a separable verb, or "von ... wissen", claims it
        pytest.param("Die ukrainische Drohnenstaffel will in drei Tagen 30 Nordkoreaner ausgeschaltet haben.", "30", "de",
                     "ua_military", id="de-will-ausgeschaltet-haben"),
        pytest.param("Der Telegram-Kanal Rybar will von rund 1.000 nordkoreanischen Minenräumern wissen.", "1.000", "de",
                     "unresolved", id="de-will-von-wissen"),
        # an indefinite document is new, not an anaphor: its owner after "posted by", "of", "by" claims it
        pytest.param("North Korean forces have sustained more than 4,000 casualties, according to an assessment posted by "
                     "the UK Ministry of Defence.", "4,000", "en", "uk_intelligence", id="en-an-assessment-posted-by"),
        pytest.param("Pyongyang has lost some 3,000 soldiers, according to a report by South Korea's spy agency.", "3,000",
                     "en", "kr_nis", id="en-a-report-by-the-owner"),
        # "nimmt an, dass": who assumes it
        pytest.param("Der Grazer Politologe Jan Hofer nimmt an, dass bislang etwa 3.000 Nordkoreaner gefallen sind.", "3.000",
                     "de", "unresolved", id="de-nimmt-an-dass"),
        # "Seinen Zahlen zufolge" points back, as "Diesen Angaben zufolge" does
        pytest.param("Der ukrainische Militärgeheimdienst erklärte, neue Entsendungen gebe es nicht. Seinen Zahlen zufolge sind "
                     "etwa 12.000 Nordkoreaner in Russland.", "12.000", "de", "ua_hur", id="de-seinen-zahlen-zufolge"),
        # the Bundeswehr is Germany's military; circles of a body are that body's
        pytest.param("Nach Informationen aus Kreisen der Bundeswehr sind rund 1.000 Nordkoreaner gefallen.", "1.000", "de",
                     "de_military", id="de-kreise-der-bundeswehr"),
        pytest.param("Ein Forscher der Universität der Bundeswehr vermutet, dass 2.000 Nordkoreaner gefallen sind.", "2.000",
                     "de", "unresolved", id="de-universitaet-der-bundeswehr-is-academics"),
        pytest.param("Heavy losses were reported last week. Pyongyang has sent about 12,000 soldiers in all, the Pentagon "
                     "spokeswoman reminded reporters.", "12,000", "en", "us_government", id="en-reminded-reporters"),
        # "im Umfeld von X": the circle is X's; an adviser ("-berater") is an office, placed by the paragraph
        pytest.param("Im Umfeld von Präsident Lee Jae Myung kursiert die Zahl von etwa 700 gefallenen Nordkoreanern.", "700", "de",
                     "kr_government", id="de-im-umfeld-von"),
        pytest.param("Aus dem Umfeld von Präsident Lee Jae Myung hieß es, 700 Nordkoreaner seien gefallen. Tausende weitere seien "
                     "verwundet, bestätigte ein Präsidentenberater.", "Tausende", "de", "kr_government",
                     id="de-praesidentenberater-placed-by-the-paragraph"),
        # a sentence that says it points back links its subject though no verb of saying stands there
        pytest.param("Mehr als 13.000 Nordkoreaner sind im Vorjahr nach Russland eingereist. Erhoben hat die Daten das "
                     "russische Innenministerium.", "13.000", "de", "ru_government", id="de-erhoben-hat-die-daten"),
    ],
)
def test_attribution_in_more_constructions(text, number, language, source):
    assert _claim(text, number, language)["source"] == source


def test_an_outlet_named_by_a_sentence_pointing_back_relays_the_figures_before():
    text = ("About 3,000 fresh troops have arrived, opposition MP Park said, relaying a closed-door presentation by the "
            "NIS. The remarks were first published by Yonhap.")
    row = extract_claims(text, published="2025-03-10", language="en").row(0, named=True)
    assert (row["source"], row["via"]) == ("kr_nis", "yonhap")
    text = ("Shoigu said Kim had agreed to send 1,000 deminers, TASS reported. North Korea’s official media confirmed "
            "the talks but made no mention of the figures.")
    assert extract_claims(text, published="2025-03-10", language="en")["via"].to_list() == [None]


def test_an_agency_credit_closing_a_line_relays_it():
    text = ("KURZ NOTIERT\nSeoul – Nordkorea hat nach Beobachtung südkoreanischer Militärs 150 Raketenwerfer an Russland "
            "geliefert. (dpa)\nMoskau – Nordkorea hat 300 Soldaten verloren. (Reuters)")
    claims = extract_claims(text, published="2025-03-10", language="de")
    rows = {r["number_text"]: (r["source"], r["via"]) for r in claims.to_dicts()}
    assert rows["150"] == ("kr_jcs", "dpa") and rows["300"] == ("reuters", None)


def test_the_outlet_that_published_the_text_is_not_its_via():
    text = "SEOUL (Yonhap) -- South Korea's spy agency said on Monday that 2,000 more soldiers had left for Russia."
    for publisher, via in (("Yonhap", None), ("Der Standard", "yonhap"), (None, "yonhap")):
        claims = extract_claims(text, published="2025-03-10", language="en", publisher=publisher)
        assert claims.select("source", "via").row(0) == ("kr_nis", via)


def test_resolving_an_anaphor_does_not_disturb_the_sentence_being_read():
    """A name resolved against an earlier sentence reads that sentence's links; the next cue of the
    sentence being read still links its own claimers (the White House, not the North Korean forces)."""
    text = ("North Korean units are taking heavy losses, according to the Pentagon's spokeswoman Jane Roe. "
            "Roe said North Korean forces were struggling, confirming the White House's tally of 900 dead and "
            "wounded soldiers.")
    row = _claim(text, "900", "en")
    assert (row["source"], row["source_text"]) == ("us_government", "the White House's")


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "via"),
    [
        # two known sources side by side are two claimers; an office in apposition joins the known name before it
        pytest.param("According to Yonhap, Kim Yong-hyun, South Korea's defence minister, said 3,000 more troops had "
                     "left.", "3,000", "en", "kr_defence_ministry", "yonhap", id="en-outlet-then-named-minister"),
        pytest.param("Laut Reuters sagte Sergej Schoigu, Sekretär des russischen Sicherheitsrats, 1.000 Pioniere "
                     "würden entsandt.", "1.000", "de", "ru_shoigu", "reuters", id="de-name-then-office"),
    ],
)
def test_appositions_join_and_separate_claimers(text, number, language, source, via):
    row = _claim(text, number, language)
    assert (row["source"], row["via"]) == (source, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "words"),
    [
        ("Die Zahl der Artilleriegranaten taxieren die Wiener Fachleute auf rund zwei Millionen.", "zwei Millionen", "de",
         "die Wiener Fachleute"),
        ("Die Gesamtzahl der Gefallenen schätzen ukrainische Offiziere auf 1.100.", "1.100", "de",
         "ukrainische Offiziere"),
    ],
)
def test_a_phrase_naming_the_figure_is_never_its_claimer(text, number, language, words):
    """"Die Zahl der Granaten taxieren die Analysten": the object first, the subject after the verb."""
    row = _claim(text, number, language)
    assert row["source_text"] == words


def test_a_name_said_again_carries_the_words_that_named_it_in_full():
    row = _claim("US-Verteidigungsminister Lloyd Austin sprach von 8.000 Soldaten in Kursk. Insgesamt seien 10.000 "
                 "ausgebildet worden, sagte Austin.", "10.000", "de")
    assert (row["source"], row["source_text"]) == ("us_government", "US-Verteidigungsminister Lloyd Austin")


def test_a_turn_pointing_back_names_the_source_of_the_figures_before():
    """A transcript: "That's the figure the Pentagon keeps giving out" names who the reporter's figures are from."""
    text = ("HOST: How many soldiers are there?\nREPORTER: Roughly 11,000 were sent. That's the figure the Pentagon "
            "keeps giving; it says about 1,000 have died.")
    row = _claim(text, "11,000", "en")
    assert (row["source"], row["source_text"]) == ("us_government", "the Pentagon")


def test_a_reckoning_is_its_owners():
    """"– so jedenfalls das Kalkül des Grazer Politologen Peter Berger": the owner in the genitive claims."""
    row = _claim("Moskau zahle für jeden Soldaten etwa 2.000 Dollar im Monat – so jedenfalls das Kalkül des Grazer "
                 "Politologen Peter Berger.", "2.000", "de")
    assert (row["source"], row["source_text"]) == ("unresolved", "des Grazer Politologen Peter Berger")


def test_a_paper_named_in_german_quotes_keeps_its_whole_name():
    row = _claim("Nach Informationen der „Washington Post“ sind 900 Nordkoreaner gefallen.", "900", "de")
    assert row["source_text"].endswith("Washington Post")


def test_an_acronym_before_a_place_names_an_outlet():
    """"RBC Ukraine" is an outlet's name, not Ukraine speaking."""
    row = _claim("Rund 500 Nordkoreaner seien getötet worden, meldete RBC Ukraine am Sonntag.", "500", "de")
    assert (row["source"], row["source_text"]) == ("unresolved", "RBC Ukraine")


def test_where_the_troops_are_does_not_extend_another_countrys_claimer():
    row = _claim("Rund 9.000 nordkoreanische Soldaten sind nach Einschätzung der USA in Kursk stationiert.", "9.000", "de")
    assert (row["source"], row["source_text"]) == ("us_government", "der USA")


def test_a_place_before_a_comma_does_not_stop_the_next_claimers_complement():
    row = _claim("About 9,000 soldiers are in Kursk, officials in Washington said.", "9,000", "en")
    assert (row["source"], row["source_text"]) == ("us_government", "officials in Washington")


def test_reported_speech_is_never_the_sending_armys_word():
    """The subject of a sentence without a cue speaks for the reported speech after it, unless it is the sending
    side, the actor of the figures."""
    row = _claim("Laut Kiew sind 4.000 Nordkoreaner ausgefallen. Im März hatten die nordkoreanischen Streitkräfte hohe "
                 "Verluste zu beklagen. Etwa 1.000 davon seien gefallen.", "1.000", "de")
    assert row["source"] != "kp_military"


def test_a_korean_family_name_points_back_to_the_full_name():
    """"Cho" after "spy chief Cho Tae-yong": the family name comes first, the given name is hyphenated."""
    row = _claim("South Korea's spy chief Cho Tae-yong briefed lawmakers. Park cited Cho as saying that 8,000 more "
                 "troops would be sent.", "8,000", "en")
    assert (row["source"], row["source_text"]) == ("kr_nis", "South Korea's spy chief Cho Tae-yong")


def test_a_transcripts_unplaced_speaker_speaks_for_the_briefings_host():
    text = ("Pentagon press briefing, Nov. 4, 2024\nQ: How many are in Kursk?\nMS. HARRIS: Our estimate is that about "
            "10,000 North Korean soldiers are now in the Kursk region.")
    row = _claim(text, "10,000", "en")
    assert (row["source"], row["source_text"]) == ("us_government", "MS. HARRIS")


def test_an_anaphor_means_the_body_whose_head_it_repeats_in_the_sentence_before():
    """"The figures were presented by the spy agency to lawmakers, according to a committee member. The agency
    estimated ...": the agency is the spy agency, not the committee member who relayed it."""
    text = ("North Korea has lost 3,000 soldiers: NIS\nThe numbers were handed to parliament by the spy agency, according "
            "to a committee member. The agency believes that about 12,000 troops had been sent.")
    assert _claim(text, "12,000", "en")["source"] == "kr_nis"


def test_an_office_anaphor_means_the_person_named_before():
    text = ("Kim Yong-hyun, the South's defence chief, said about 11,000 North Korean soldiers were in Russia. "
            "Up to 2,000 more could follow by spring, the minister added.")
    first, second = _claim(text, "11,000", "en"), _claim(text, "2,000", "en")
    assert second["source"] == first["source"] != "unresolved"


def test_his_countrys_service_is_the_country_of_the_person_the_vocabulary_names():
    text = ("Rund 300 Nordkoreaner seien gefallen, sagte der Abgeordnete Park Sun-won, nachdem ihn der "
            "Geheimdienst seines Landes informiert hatte.")
    assert _claim(text, "300", "de")["source"] == "kr_nis"


def test_a_spoken_answers_opening_word_is_no_claimer():
    row = _claim("Well, Ukraine's military intelligence now says roughly 12,000 are in Kursk.", "12,000", "en")
    assert row["source"] == "ua_hur"


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "via"),
    [
        # a service as the subject says it; an outlet named with "laut" relays it
        pytest.param("Der ukrainische Militärgeheimdienst beziffert laut Reuters die Verluste der Nordkoreaner auf 4.000.",
                     "4.000", "de", "ua_hur", "reuters", id="de-service-subject-laut-outlet"),
        pytest.param("Der südkoreanische Dienst rechnet laut Yonhap mit weiteren 3.000 Soldaten.", "3.000", "de", "kr_nis",
                     "yonhap", id="de-der-dienst-is-intelligence"),
        # an actor as the subject does not say it: the outlet does
        pytest.param("Die russische Armee hat laut Reuters 300 nordkoreanische Soldaten in Kursk eingesetzt.", "300", "de",
                     "reuters", None, id="de-actor-subject-laut-outlet"),
    ],
)
def test_a_services_subject_with_an_outlet_cue(text, number, language, source, via):
    row = _claim(text, number, language)
    assert (row["source"], row["via"]) == (source, via)


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a cue word after a possessive and a title is a noun: the subject who said it claims
        pytest.param("Japan's defense ministry said in its Defense of Japan report that North Korea had sent more than "
                     "10,000 troops to Russia.", "10,000", "jp_defence_ministry", id="en-its-titled-report-is-a-noun"),
        # (after "the" and a title it may be the verb of a plural subject)
        pytest.param("Researchers at the Korea Institute for Defense Analyses estimate that 11,000 North Koreans are in "
                     "Russia.", "11,000", "unresolved", id="en-the-institute-estimate-is-a-verb"),
    ],
)
def test_a_titled_report_is_a_noun(text, number, source):
    assert _claim(text, number, "en")["source"] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # "folgt man X", "glaubt man X": whom one follows says it
        pytest.param("Glaubt man dem ukrainischen Militärgeheimdienst, sind inzwischen 13.000 Nordkoreaner in Russland.",
                     "13.000", "ua_hur", id="de-glaubt-man"),
        # who judges a figure plausible gives it
        pytest.param("Der südkoreanische Geheimdienst hielt eine Zahl von 12.000 Soldaten für realistisch.", "12.000",
                     "kr_nis", id="de-haelt-fuer-realistisch"),
    ],
)
def test_german_following_and_judging(text, number, source):
    assert _claim(text, number, "de")["source"] == source


def test_a_lawmaker_the_vocabulary_names_relays_the_service_named_before():
    """A known lawmaker speaks with the body the vocabulary gives him, and relays the service named before in the
    paragraph, whether that service is named by its body or by its name ("Der NIS")."""
    text = "Der NIS geht von 600 Toten aus. Park Sun-won sagte zudem, 4.100 Nordkoreaner seien verwundet."
    assert _claim(text, "4.100", "de")["source"] == "kr_nis"


@pytest.mark.parametrize(
    ("text", "number", "source", "source_text"),
    [
        # German verb-second with the participle at the end: the phrase before the auxiliary is the subject
        pytest.param("Oberst Markus Reisner hat die Zahl der Gefallenen zuletzt auf rund 2.500 geschätzt.", "2.500",
                     "unresolved", "Oberst Markus Reisner", id="de-title-and-name-before-hat"),
        pytest.param("Der britische Militärgeheimdienst hat am Dienstag vor Abgeordneten von 5.000 Verlusten gesprochen.",
                     "5.000", "uk_intelligence", "Der britische Militärgeheimdienst", id="de-not-the-audience"),
        # an adverbial first: the subject follows the auxiliary
        pytest.param("Im Herbst hatte Seoul noch von 10.000 Soldaten gesprochen.", "10.000", "kr_government", "Seoul",
                     id="de-adverbial-first-subject-after"),
    ],
)
def test_german_perfect_frame_subject(text, number, source, source_text):
    row = _claim(text, number, "de")
    assert (row["source"], row["source_text"]) == (source, source_text)


def test_an_interviews_answer_labelled_in_ordinary_case_is_the_speakers():
    """"Frage: Wie viele ...?" then "Militärexperte Jan Weber (Universität Wien): ... etwa 12.000": the answer is the
    named speaker's, and the bare figure counts what the question asked for."""
    text = ("Frage: Wie viele nordkoreanische Soldaten sind noch in Kursk?\nMilitärexperte Jan Weber (Universität Wien): "
            "Nach meiner Einschätzung sind es noch etwa 12.000.")
    row = _claim(text, "12.000", "de")
    assert (row["source"], row["source_text"], row["quantity"]) == ("unresolved", "Militärexperte Jan Weber",
                                                                    "troops_deployed")


def test_an_outlet_after_a_genitive_is_told_not_owned():
    """"sagte ein Sprecher des ukrainischen Generalstabs der Nachrichtenagentur Reuters": the spokesman says it,
    Reuters relays it."""
    row = _claim("Rund 500 Nordkoreaner seien gefallen, sagte ein Sprecher des ukrainischen Generalstabs der "
                 "Nachrichtenagentur Reuters.", "500", "de")
    assert (row["source"], row["via"]) == ("ua_military", "reuters")


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # impersonal "man" names no one
        pytest.param("Man geht davon aus, dass etwa 11.000 nordkoreanische Soldaten in Kursk stationiert sind.", "11.000",
                     "unattributed", id="de-impersonal-man"),
        # a meeting is where someone spoke, never who
        pytest.param("Nach einer Sitzung des Ausschusses hieß es, rund 600 Nordkoreaner seien gefallen.", "600",
                     "unattributed", id="de-a-meeting-is-no-claimer"),
    ],
)
def test_no_one_is_named(text, number, source):
    assert _claim(text, number, "de")["source"] == source


def test_a_named_lawmaker_citing_a_bare_service_gives_it_his_country():
    row = _claim("Lawmaker Park Sun-won, citing the spy agency, told reporters that 2,000 North Koreans had been killed.",
                 "2,000", "en")
    assert row["source"] == "kr_nis"


@pytest.mark.parametrize(
    ("text", "language", "number", "source_text"),
    [
        # the most specific naming of the source anywhere in the text (LABELS.md), not the description that carries it
        pytest.param("Selenskyj äußerte sich am Abend. Der ukrainische Präsident sprach von 3.000 getöteten Nordkoreanern.",
                     "de", "3.000", "Selenskyj", id="de-name-before-the-description"),
        pytest.param("Nine soldiers were killed clearing mines, North Korean state media said. The report was carried by "
                     "KCNA on Saturday.", "en", "Nine", "KCNA", id="en-agency-named-after"),
        # an apposition that gives a person's office is the name's; "the source" takes the earlier source's words
        pytest.param("Petro Yatsenko, spokesman for Ukraine’s war-prisoner coordination office, said two North Koreans were "
                     "held by Kyiv.", "en", "two", "Petro Yatsenko", id="en-name-before-its-office"),
        pytest.param("A source in Pyongyang told NK News that about 3,000 injured soldiers had been flown home. Around 1,000 "
                     "more remain in Russian hospitals, the source said.", "en", "1,000", "A source in Pyongyang",
                     id="en-the-source-is-the-source-named-before"),
        # no person before the comma: the claimer keeps its words
        pytest.param("Russia has massed some 50,000 troops near Kursk, among them roughly 11,000 North Koreans, a US official "
                     "told reporters.", "en", "11,000", "a US official", id="en-demonym-before-the-comma"),
        # an indefinite phrase with a body of its own is someone new of the country named before, in its own words
        pytest.param("Die südkoreanische Regierung geht von bis zu 15.000 entsandten Soldaten aus. Ein Sprecher des "
                     "Präsidialamts sprach zudem von rund 3.000 Verletzten.", "de", "3.000", "Ein Sprecher des Präsidialamts",
                     id="de-indefinite-is-someone-new"),
        # a government-wide id stands for many speakers: their own words stay
        pytest.param("The Pentagon said 10,000 troops were in Kursk. Washington later put the number at 11,000.", "en",
                     "11,000", "Washington", id="en-shared-id-keeps-its-words"),
    ],
)
def test_source_text_is_the_most_specific_naming(text, language, number, source_text):
    assert _claim(text, number, language)["source_text"] == source_text


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text"),
    [
        # a phrase after a verb of saying says how it was said, and names no claimer after it
        pytest.param("South Korea's National Intelligence Service said in a statement that North Korea had sent about "
                     "1,500 special forces.", "1,500", "en", "kr_nis", "South Korea's National Intelligence Service",
                     id="en-said-in-a-statement-that"),
        # a name's abbreviation in parentheses is part of it
        pytest.param("Seoul's Joint Chiefs of Staff (JCS) said 3,000 more North Korean soldiers had been sent.", "3,000",
                     "en", "kr_jcs", "Seoul's Joint Chiefs of Staff (JCS)", id="en-abbreviation-in-parentheses"),
        # a place opening the sentence places the claimer right after it
        pytest.param("In Kyiv, military intelligence officials said 500 North Korean soldiers were killed in a strike.",
                     "500", "en", "ua_hur", "military intelligence officials", id="en-fronted-place"),
        pytest.param("In Kiew sagten Geheimdienstler, 500 nordkoreanische Soldaten seien getötet worden.", "500", "de",
                     "ua_intelligence", "Geheimdienstler", id="de-fronted-place-before-the-verb"),
        # ... but not the claimer of a later clause
        pytest.param("In Russia, North Korean troops number 11,000, intelligence officials said.", "11,000", "en",
                     "unresolved", "intelligence officials", id="en-fronted-place-of-the-troops"),
        # "the official" is a noun before a verb that cannot be one
        pytest.param("North Korea has deployed about 1,000 soldiers, the official said.", "1,000", "en", "unresolved",
                     "the official", id="en-the-official-said"),
        # a cue word after "according to" is its noun, not a verb whose subject is the sending country
        pytest.param("North Korea has sent around 11,000 troops, according to Western estimates.", "11,000", "en",
                     "unresolved", "Western estimates", id="en-according-to-estimates"),
        # a name in title case runs on through "for"/"of"/"für"
        pytest.param("The Institute for the Study of War said 3,000 more North Korean soldiers had been sent.", "3,000",
                     "en", "unresolved", "The Institute for the Study of War", id="en-title-case-name"),
        pytest.param("Das Institut für Kriegsstudien schätzt, dass rund 1.000 nordkoreanische Soldaten ums Leben kamen.",
                     "1.000", "de", "unresolved", "Das Institut für Kriegsstudien", id="de-name-with-fuer"),
        # "he" points back to a person, never to a place named as a metonym
        pytest.param("Tokyo has information suggesting North Korean casualties have passed 3,000, Japanese Defense Minister "
                     "Gen Nakatani said, echoing recent estimates from Seoul. He put the number of North Korean troops in "
                     "Russia at around 11,000.", "11,000", "en", "jp_defence_ministry",
                     "Japanese Defense Minister Gen Nakatani", id="en-he-is-no-place"),
        # a person in the possessive before an army's people owns them
        pytest.param("The National Intelligence Service now reckons that around 4,700 of Kim Jong Un's soldiers have been "
                     "killed or wounded.", "4,700", "en", "kr_nis", "The National Intelligence Service",
                     id="en-kims-soldiers"),
        # German verbs of reporting and assessing; "Stellen" as a word, never "Baustellen"
        pytest.param("Das britische Verteidigungsministerium stuft die Lage als desaströs ein: Mehr als 5.000 Nordkoreaner "
                     "seien getötet oder verwundet worden.", "5.000", "de", "uk_intelligence",
                     "Das britische Verteidigungsministerium", id="de-stuft-ein"),
        pytest.param("Laut NHK seien im Vorjahr 2.000 Nordkoreaner auf Baustellen in Russland eingetroffen.", "2.000", "de",
                     "unresolved", "NHK", id="de-baustellen-are-no-body"),
        # a name after its verb speaks for the body after "of"; an inverting adverb; "to" joins only a place
        pytest.param("\"About 11,000 troops are there,\" said Andriy Kovalenko of Ukraine's National Security Council.",
                     "11,000", "en", "ua_government", "Andriy Kovalenko of Ukraine's National Security Council",
                     id="en-name-of-a-body"),
        pytest.param("Around 4,000 North Korean troops have become casualties. So says the UK Ministry of Defence in its "
                     "latest update.", "4,000", "en", "uk_intelligence", "the UK Ministry of Defence", id="en-so-says"),
        pytest.param("North Korea is preparing to send 6,000 more troops. The figure was given by South Korea's spy agency "
                     "to lawmakers on Tuesday.", "6,000", "en", "kr_nis", "South Korea's spy agency", id="en-to-lawmakers"),
        # the office the text gives a person the vocabulary places decides (people change offices)
        pytest.param("Nach Einschätzung des Nationalen Sicherheitsberaters in Seoul, Shin Won-sik, könnten es bis zu "
                     "3.000 zusätzliche nordkoreanische Soldaten sein.", "3.000", "de", "kr_government",
                     "des Nationalen Sicherheitsberaters in Seoul, Shin Won-sik", id="de-office-of-a-known-person"),
        # a definite phrase with nothing named before is named by the next sentence of its paragraph
        pytest.param("The agency told a parliamentary committee on Wednesday that about 1,500 more North Korean soldiers "
                     "had reached Russia. South Korea's National Intelligence Service sees the figure reaching 10,000.",
                     "1,500", "en", "kr_nis", "South Korea's National Intelligence Service", id="en-cataphoric-agency"),
        # where the claimer said it, right after its verb, places it
        pytest.param("North Korea may have lost around 1,000 men in January alone, a senior administration official told "
                     "reporters in Washington.", "1,000", "en", "us_government", "a senior administration official",
                     id="en-told-reporters-in-washington"),
        # a shorter naming takes the longer one of the same source in the text
        pytest.param("Nach Angaben des russischen Sicherheitsratssekretärs Sergej Schoigu schickt Nordkorea 6.000 "
                     "Militärangehörige. Davon sollen 1.000 Minen räumen, so Schoigu.", "1.000", "de", "ru_shoigu",
                     "des russischen Sicherheitsratssekretärs Sergej Schoigu", id="de-fuller-naming"),
    ],
)
def test_claimers_found_in_the_eighth_sessions_constructions(text, number, language, source, source_text):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text"),
    [
        # an air force and a unit named by its arm are the military
        pytest.param("North Korean troops fired 40 rockets overnight, Ukraine's air force said.", "40", "en",
                     "ua_military", "Ukraine's air force", id="en-air-force"),
        pytest.param("Dozens of North Korean soldiers were killed near Plekhovo, a Ukrainian drone unit reported.",
                     "Dozens", "en", "ua_military", "a Ukrainian drone unit", id="en-drone-unit"),
        pytest.param("Die ukrainische Luftwaffe meldete, Nordkorea habe 20 Raketen geliefert.", "20", "de",
                     "ua_military", "Die ukrainische Luftwaffe", id="de-luftwaffe"),
        pytest.param("Eine ukrainische Drohneneinheit berichtete von Dutzenden getöteten Nordkoreanern.", "Dutzenden",
                     "de", "ua_military", "Eine ukrainische Drohneneinheit", id="de-drohneneinheit"),
        # "army chiefs" before "army"; a phrase after "said" that goes on to its own verb is what was said
        pytest.param("Key points\n- Zelensky: Pyongyang has sent 3,000 extra soldiers to Kursk\n- South Korea’s army "
                     "chiefs: another 1,000 could follow", "1,000", "en", "kr_jcs", "South Korea’s army chiefs",
                     id="en-army-chiefs-colon"),
        pytest.param("Ukraine’s SBU security service, which has been questioning a captured rifleman, said his battalion "
                     "of about 500 had trained near Vladivostok.", "500", "en", "ua_intelligence",
                     "Ukraine’s SBU security service", id="en-said-his-battalion-of-500-had"),
        # a place after a noun in a German passive is that noun's, not the passive's speaker
        pytest.param("Von amerikanischer Seite wird die Stärke des nordkoreanischen Kontingents in Russland mit 11.000 "
                     "Mann angegeben.", "11.000", "de", "us_government", "Von amerikanischer Seite",
                     id="de-passive-place-of-a-noun"),
        # a relay's own pronoun is the relayer's; words between "beruft sich" and "auf"
        pytest.param("Die Zeitung beruft sich in ihrem Bericht auf den südkoreanischen Geheimdienst: 1.000 Nordkoreaner "
                     "seien gefallen.", "1.000", "de", "kr_nis", "den südkoreanischen Geheimdienst",
                     id="de-beruft-sich-in-ihrem-bericht-auf"),
        # sources in a body are the body's ("im" is "in dem")
        pytest.param("Der Sender zitiert Quellen im südkoreanischen Generalstab: 5.000 Container seien verschifft worden.",
                     "5.000", "de", "kr_jcs", "Quellen im südkoreanischen Generalstab", id="de-quellen-im-generalstab"),
        # Ukraine's office for prisoners of war by its own name; an anaphor's sentence names a country only before a colon
        pytest.param("Der Koordinierungsstab für die Behandlung von Kriegsgefangenen meldete zwei gefangene Nordkoreaner.",
                     "zwei", "de", "ua_government", "Der Koordinierungsstab für die Behandlung von Kriegsgefangenen",
                     id="de-koordinierungsstab"),
        pytest.param("Russland hat nach Informationen des südkoreanischen Geheimdienstes 15.000 Arbeiter geholt. Moskau "
                     "wolle bis zu 50.000 weitere anwerben, so der Dienst.", "50.000", "de", "kr_nis",
                     "des südkoreanischen Geheimdienstes", id="de-so-der-dienst-moskau-subject"),
        # people the vocabulary names give their country and body
        pytest.param("Senator Roger Wicker said Russia had folded roughly 8,000 North Korean soldiers into its units.",
                     "8,000", "en", "us_lawmakers", "Senator Roger Wicker", id="en-senator-wicker"),
        pytest.param("National security adviser Wi Sung-lac said about 1,000 deminers were already in Kursk.", "1,000", "en",
                     "kr_government", "National security adviser Wi Sung-lac", id="en-wi-sung-lac"),
        # a body named by the country it deals with belongs to where it sits
        pytest.param("Das für Nordkorea zuständige Ministerium in Seoul geht von rund 15.000 entsandten Soldaten aus.",
                     "15.000", "de", "kr_government", "Das für Nordkorea zuständige Ministerium",
                     id="de-fuer-nordkorea-zustaendig"),
        # a hyphen between spaces is a dash, not a compound: the headline's source after it stands alone
        pytest.param("Pyongyang to send 6,000 more troops to Russia - Seoul lawmaker", "6,000", "en", "kr_lawmakers",
                     "Seoul lawmaker", id="en-headline-spaced-dash"),
        # "wollen" with a perfect infinitive: the subject claims it
        pytest.param("Die Ukraine will binnen 24 Stunden rund 200 nordkoreanische Soldaten getötet oder verwundet haben.",
                     "200", "de", "ua_government", "Die Ukraine", id="de-will-getoetet-haben"),
        # a definite "the sources" points back to the people left unnamed before
        pytest.param("In US-Regierungskreisen geht man von 11.000 nordkoreanischen Soldaten aus. Rund 3.700 seien getötet "
                     "worden, fügten die Gewährsleute hinzu.", "3.700", "de", "us_government", "die Gewährsleute",
                     id="de-die-gewaehrsleute"),
        pytest.param("Two US officials said 11,000 troops had been sent. About 3,700 have been killed, the sources added.",
                     "3,700", "en", "us_government", "the sources", id="en-the-sources-added"),
        # a relay to one's own is no one else's
        pytest.param("Das Verteidigungsministerium in Seoul, das sich auf eigene Aufklärung beruft, geht von 4.700 Toten "
                     "und Verwundeten aus.", "4.700", "de", "kr_defence_ministry", "Das Verteidigungsministerium in Seoul",
                     id="de-eigene-aufklaerung"),
        pytest.param("The South Korean ministry, citing its own intelligence, said 3,000 troops had arrived.", "3,000", "en",
                     "kr_government", "The South Korean ministry", id="en-its-own-intelligence"),
        # the directorate's German name without "für"
        pytest.param("Nach Angaben der Hauptverwaltung Aufklärung sind 3.000 Soldaten eingetroffen.", "3.000", "de",
                     "ua_hur", "der Hauptverwaltung Aufklärung", id="de-hauptverwaltung-aufklaerung"),
    ],
)
def test_claimers_found_in_the_ninth_sessions_constructions(text, number, language, source, source_text):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "language", "source", "via"),
    [
        pytest.param("Laut CNN sind 3.000 Nordkoreaner gefallen. Der Sender beruft sich auf ukrainische Geheimdienstkreise.",
                     "de", "ua_intelligence", "cnn", id="de-sender-beruft-sich"),
        pytest.param("North Korea has shipped 5,000 containers of munitions, KBS reported. The broadcaster cited sources in "
                     "the South Korean military.", "en", "kr_jcs", None, id="en-broadcaster-cited"),
        pytest.param("About 3,000 North Koreans have been killed, Lee told reporters. He cited the NIS.", "en", "kr_nis",
                     None, id="en-he-cited"),
        pytest.param("Rund 3.000 Nordkoreaner seien gefallen, sagte Lee. Er berief sich auf den Geheimdienst NIS.", "de",
                     "kr_nis", None, id="de-er-berief-sich"),
    ],
)
def test_whom_the_next_sentence_says_the_speaker_relays_is_the_source(text, language, source, via):
    row = extract_claims(text, published="2025-03-10", language=language).row(0, named=True)
    assert (row["source"], row["via"], row["attribution_scope"]) == (source, via, "next")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a denial before "wonach" leaves the figure to the reports it denies, not to the denier
        pytest.param("Der Kreml hat Berichte nicht bestätigt, wonach 12.000 Nordkoreaner für Russland kämpfen.",
                     "unattributed", id="nicht-bestaetigt-wonach"),
        # without a denial the statement named before "wonach" is the speaker's
        pytest.param("Der ukrainische Geheimdienst HUR hat eine Einschätzung veröffentlicht, wonach 12.000 Nordkoreaner "
                     "in Kursk kämpfen.", "ua_hur", id="einschaetzung-wonach"),
    ],
)
def test_wonach_after_a_denial_attributes_nothing_to_the_denier(text, source):
    assert _claim(text, "12.000", "de")["source"] == source


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # the subject of "was quoted by ... as saying" said it; the outlet that quoted it relays
        pytest.param("Kim has agreed to dispatch 1,000 deminers, Russian security chief Sergei Shoigu was quoted by the "
                     "state news agency TASS as saying.", "1,000", "en", "ru_shoigu", id="en-was-quoted-by-as-saying"),
        # "zitierte die Agentur X den Y": the agency (a German compound of "Agentur") quotes, whom it quotes said it
        pytest.param("5.000 Bausoldaten schicke Kim nach Kursk, zitierte die Agentur RIA Nowosti den Chef des russischen "
                     "Sicherheitsrats, Sergej Schoigu.", "5.000", "de", "ru_shoigu", id="de-zitierte-die-agentur"),
    ],
)
def test_who_is_quoted_is_the_source(text, number, language, source):
    assert _claim(text, number, language)["source"] == source


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # a formation of the army named in an apposition: the spokesman speaks for the military
        pytest.param("About 8,000 of them were still on the Kursk front, Dmytro Lykhovii, a spokesman for Ukraine’s "
                     "Khortytsia operational group, said.", "8,000", "en", "ua_military", id="en-operational-group"),
        pytest.param("France’s armed forces minister told French radio that 11,000 North Koreans were fighting.", "11,000",
                     "en", "fr_defence_ministry", id="en-armed-forces-minister"),
        # whom a document lies with, told in its relative clause, is no claimer; the agency named before stays pointable
        pytest.param("Laut einem Lagebild des ukrainischen Militärgeheimdienstes HUR, das dem »Spiegel« vorliegt, sind 120 "
                     "Haubitzen angekommen. Dazu kämen nach Schätzung der Behörde gut vier Millionen Granaten.",
                     "vier Millionen", "de", "ua_hur", id="de-das-dem-spiegel-vorliegt"),
    ],
)
def test_claimers_in_appositions_and_relative_clauses(text, number, language, source):
    assert _claim(text, number, language)["source"] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # those who pass it on: "a person familiar with X" after a relay names X
        pytest.param("Pyongyang could send as many as 30,000 fresh troops, Bloomberg reported, quoting a person familiar "
                     "with Kyiv’s intelligence.", "30,000", "ua_intelligence", id="quoting-a-person-familiar-with"),
        pytest.param("Losses have exceeded 200, an official at Ukraine’s National Security and Defense Council wrote.",
                     "200", "ua_government", id="national-security-and-defense-council"),
        pytest.param("Nine of its roughly 1,000 soldiers were killed, state broadcaster KRT reported.", "Nine", "kp_kcna",
                     id="state-broadcaster-krt"),
    ],
)
def test_english_claimers_in_new_shapes(text, number, source):
    assert _claim(text, number, "en")["source"] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a German extended attribute between the article and the head; the body sits where "in" says, after what it
        # deals with
        pytest.param("Zwei Nordkoreaner sind in Haft, bestätigte die für Kriegsgefangene zuständige Koordinierungsstelle in "
                     "Kiew.", "Zwei", "ua_government", id="de-fuer-kriegsgefangene-zustaendige-stelle"),
        pytest.param("Zwei Nordkoreaner sind in Haft, bestätigte die Koordinierungsstelle in Kiew.", "Zwei", "ua_government",
                     id="de-koordinierungsstelle"),
        # the country the attribute is about is not the body's: "sagte das für Nordkorea zuständige Ministerium in Seoul"
        pytest.param("Nordkorea hat 3.000 Soldaten geschickt, sagte das für Nordkorea zuständige Ministerium in Seoul.",
                     "3.000", "kr_government", id="de-sagte-das-fuer-nordkorea-zustaendige"),
    ],
)
def test_german_extended_attributes_before_a_claimer(text, number, source):
    assert _claim(text, number, "de")["source"] == source


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # an English complement without "that" opens at its subject: "said North Korea had shipped" is not North Korea's
        pytest.param("The sanctions monitoring team, made up of 11 member states, said North Korea had shipped about 9 "
                     "million artillery shells.", "9 million", "en", "unattributed", id="en-said-north-korea-had"),
        # speculation is someone's figure too
        pytest.param("Whether as many as 100,000 soldiers could be sent, as some media have speculated, is unclear. The "
                     "NIS considers such numbers unlikely.", "100,000", "en", "unresolved", id="en-as-media-speculated"),
        pytest.param("Ob tatsächlich 100.000 Soldaten entsandt werden könnten, wie einige Medien spekulieren, ist unklar. "
                     "Der NIS hält eine solche Größenordnung für unwahrscheinlich.", "100.000", "de", "unresolved",
                     id="de-wie-medien-spekulieren"),
    ],
)
def test_complements_and_speculation(text, number, language, source):
    assert _claim(text, number, language)["source"] == source


def test_a_page_s_updated_time_is_no_verb_of_revising():
    text = "Updated 3 hrs ago — North Korea has sent about 11,000 troops to Russia, Seoul says."
    assert _claim(text, "11,000", "en")["source"] == "kr_government"


def test_not_commenting_on_reports_attributes_nothing_to_who_did_not_comment():
    text = "Kim Jong Un (41) äußerte sich nicht zu Berichten, wonach 300 seiner Soldaten gestorben seien."
    assert _claim(text, "300", "de")["source"] == "unattributed"


def test_a_chancellor_speaks_for_the_government():
    text = "German Chancellor Olaf Scholz said 12,000 North Korean soldiers were a serious escalation."
    assert _claim(text, "12,000", "en")["source"] == "de_government"


@pytest.mark.parametrize(
    "text",
    [
        "Aus einem Bericht des britischen Verteidigungsministeriums geht hervor, dass rund 1.000 Nordkoreaner gefallen sind.",
        "Wie aus einem Bericht des britischen Verteidigungsministeriums hervorgeht, sind rund 1.000 Nordkoreaner gefallen.",
    ],
    ids=["geht-hervor", "wie-hervorgeht"],
)
def test_what_a_document_shows_is_its_owners(text):
    assert _claim(text, "1.000", "de")["source"] == "uk_intelligence"


def test_after_a_briefing_names_who_briefed():
    text = "Around 300 North Koreans were killed in action and 2,700 wounded, lawmakers said after an NIS briefing."
    assert _claim(text, "2,700", "en")["source"] == "kr_nis"


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # by its own account, with zufolge as with nach: the subject's
        pytest.param("Die ukrainische Armee hat eigenen Angaben zufolge rund 150 Nordkoreaner getötet.", "150", "de",
                     "ua_military", id="de-eigenen-angaben-zufolge"),
        # who does not comment on, dismisses or rejects a document is not its author
        pytest.param("Russia's defence ministry did not comment on the report, which said about 2,000 North Koreans had "
                     "been sent to Kursk.", "2,000", "en", "unattributed", id="en-did-not-comment-on-the-report-which-said"),
        pytest.param("The Kremlin dismissed the report, which put North Korean losses at 3,500.", "3,500", "en",
                     "unattributed", id="en-dismissed-the-report-which-put"),
        pytest.param("Der Kreml wies den Bericht zurück, der die nordkoreanischen Verluste auf 3.500 bezifferte.", "3.500",
                     "de", "unattributed", id="de-wies-den-bericht-zurueck-der"),
        pytest.param("Das Ministerium in Moskau äußerte sich nicht zu dem Bericht, der von 2.000 Nordkoreanern spricht.",
                     "2.000", "de", "unattributed", id="de-aeusserte-sich-nicht-zu-dem-bericht-der"),
        # who publishes it is its author
        pytest.param("Der NIS legte einen Bericht vor, der die nordkoreanischen Verluste auf 3.500 bezifferte.", "3.500",
                     "de", "kr_nis", id="de-legte-einen-bericht-vor-der"),
        pytest.param("The NIS released a report, which said about 2,000 North Koreans had been sent to Kursk.", "2,000",
                     "en", "kr_nis", id="en-released-a-report-which-said"),
        # a defence ministry's white paper speaks for the ministry; a military command is the military
        pytest.param("Tokyo’s new defence white paper estimates that some 11,000 North Korean soldiers are in Russia.",
                     "11,000", "en", "jp_defence_ministry", id="en-defence-white-paper"),
        pytest.param("Laut dem neuen Verteidigungsweißbuch Japans sind rund 11.000 Nordkoreaner in Russland.", "11.000", "de",
                     "jp_defence_ministry", id="de-verteidigungsweissbuch"),
        pytest.param("About 1,000 North Koreans have been wounded, the army command in Kyiv said.", "1,000", "en",
                     "ua_military", id="en-army-command-in-a-capital"),
        # a name the aside after it gives a body speaks for that body ("Wie X, ein Sprecher des ..., erklärte")
        pytest.param("Wie Serhij Kowal, ein Sprecher des ukrainischen Generalstabs, am Abend erklärte, sind rund 300 "
                     "Nordkoreaner gefallen.", "300", "de", "ua_military", id="de-wie-name-aside-with-body"),
        # where the counted come from is part of what is counted, not who speaks
        pytest.param("Wie Schoigu bei seinem Besuch erklärte, werden aus dem Norden bald 800 Minenräumer und 2.000 Soldaten "
                     "aus Baubrigaden in der Region Kursk erwartet.", "2.000", "de", "ru_shoigu",
                     id="de-soldaten-aus-brigaden-are-counted"),
        # admitting is saying (separable verbs with their particle at the end, and the fronted participle)
        pytest.param("Kim Jong Un gab bei der Feier zu, dass 14 Soldaten gefallen seien.", "14", "de", "kp_government",
                     id="de-gab-zu"),
        # a sentence pointing back with "So ... es" or a fronted participle and "das" names the figure's claimer, and a
        # country's word ("nach britischer Einschätzung") is refined by the body of that country it names
        pytest.param("Die Verluste der Nordkoreaner liegen nach britischer Einschätzung bei rund 5.000. So steht es im "
                     "Lagebericht des Londoner Verteidigungsministeriums.", "5.000", "de", "uk_intelligence",
                     id="de-so-steht-es-refines-a-countrys-word"),
        pytest.param("Rund 40 Nordkoreaner sind bei Minenräumarbeiten ums Leben gekommen. Eingestanden hat das Kim Jong Un "
                     "bei einer Gedenkfeier, wie KCNA meldete.", "40", "de", "kp_government", id="de-eingestanden-hat-das"),
        # a campaign or initiative is a body that can be named again
        pytest.param("Die ukrainische Kampagne „Zurück nach Hause“ wendet sich an Kriegsgefangene. Nach Angaben der "
                     "Initiative haben sich 45 Nordkoreaner gemeldet.", "45", "de", "ua_government",
                     id="de-kampagne-named-again-as-initiative"),
        # a military unit placed in no country that counts the North Koreans it killed or captured is the facing side's
        pytest.param("Die 47. Mechanisierte Brigade meldete, sie habe zwei nordkoreanische Soldaten gefangen genommen.",
                     "zwei", "de", "ua_military", id="de-unplaced-brigade-captured"),
        pytest.param("A commander of the 80th Air Assault Brigade said his men had killed about 60 North Koreans.", "60",
                     "en", "ua_military", id="en-unplaced-brigade-killed"),
        # an outlet whose clause a semicolon closes before the figure's relays nothing of it
        pytest.param("North Korean state media said the soldiers had fought bravely; Kyiv puts their losses at 3,800.",
                     "3,800", "en", "ua_government", id="en-outlet-before-a-semicolon-relays-nothing"),
        # a quoted outlet the vocabulary lacks between a relay verb and whom it cites
        pytest.param("Rund 9.000 seien noch kampffähig, zitierte der „Kurier“ einen Nato-Offizier.", "9.000", "de",
                     "nato_government", id="de-zitierte-quoted-outlet-object"),
        # a report in a paper is the paper's; an outlet the vocabulary lacks relays whom it quotes
        pytest.param("According to a report in The Washington Post, Pyongyang may send 20,000 more troops.", "20,000", "en",
                     "unresolved", id="en-report-in-the-paper"),
        pytest.param("Some 150 North Korean soldiers died in the assault, Ukrainska Pravda reported, quoting the 47th "
                     "Brigade.", "150", "en", "ua_military", id="en-unlisted-outlet-quoting-a-brigade"),
        # (only the noun right before "aus"/"from" is the counted's: a verb between names who gave it)
        pytest.param("The figure of 3,900 casualties came from Seoul's spy agency, which briefed lawmakers on Monday.",
                     "3,900", "en", "kr_nis", id="en-figure-came-from-a-claimer"),
        # a national outlet's country reaches whom it cites across its verb of saying; an English relative clause
        # needs its verb to size an army
        pytest.param("Die Agentur Yonhap berichtete unter Berufung auf das Militär, Pjöngjang habe 1.500 weitere Soldaten "
                     "geschickt.", "1.500", "de", "kr_jcs", id="de-national-outlet-verb-then-relay"),
        pytest.param("Yonhap reported, citing the military, that 1,500 more troops had been sent.", "1,500", "en", "kr_jcs",
                     id="en-national-outlet-citing-the-military-that"),
        # "puts the figure closer to / near / above": an estimate put at
        pytest.param("Kyiv counts 4,200 dead and wounded, while Seoul puts the number closer to 3,400.", "3,400", "en",
                     "kr_government", id="en-puts-the-number-closer-to"),
    ],
)
def test_claimers_in_the_twelfth_sessions_constructions(text, number, language, source):
    assert _claim(text, number, language)["source"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aus dem Sicherheitsapparat in Seoul hieß es, Pjöngjang habe rund 1.500 weitere Soldaten geschickt.",
         "kr_government"),
        ("Aus dem Lagezentrum in Kiew hieß es, Pjöngjang habe rund 1.500 weitere Soldaten geschickt.", "ua_government"),
        ("Aus dem Lagezentrum hieß es, Pjöngjang habe rund 1.500 weitere Soldaten geschickt.", "unresolved"),
    ],
    ids=["placed-by-seoul", "placed-by-kiew", "unplaced"],
)
def test_an_origin_before_an_impersonal_verb_claims_though_unlisted(text, source):
    assert _claim(text, "1.500", "de")["source"] == source


def test_an_outlet_before_a_semicolon_is_no_via_of_the_clause_after():
    text = "North Korean state media said the soldiers had fought bravely; Kyiv puts their losses at 3,800."
    assert _claim(text, "3,800", "en")["via"] is None


@pytest.mark.parametrize(
    ("text", "number", "language", "source"),
    [
        # the sending told in the indicative perfect or pluperfect, the sending country its subject, is the author's
        # background and inherits no one's words
        pytest.param("About 300 North Koreans have died, the NIS said. Pyongyang has sent some 12,000 troops since "
                     "October.", "12,000", "en", "unattributed", id="en-background-perfect"),
        pytest.param("Rund 300 Nordkoreaner seien gefallen, sagte Budanow. Nordkorea hatte im Herbst rund 12.000 Soldaten "
                     "geschickt.", "12.000", "de", "unattributed", id="de-background-pluperfect"),
        pytest.param("Rund 300 Nordkoreaner seien gefallen, sagte Budanow. Ursprünglich waren etwa 12.000 Soldaten "
                     "entsandt worden.", "12.000", "de", "unattributed", id="de-background-passive-pluperfect"),
        # reported speech in Konjunktiv carries the words on
        pytest.param("Rund 300 Nordkoreaner seien gefallen, sagte Budanow. Nordkorea habe im Herbst rund 12.000 Soldaten "
                     "geschickt.", "12.000", "de", "ua_hur", id="de-konjunktiv-still-carries"),
    ],
)
def test_background_in_the_authors_voice_inherits_no_attribution(text, number, language, source):
    assert _claim(text, number, language)["source"] == source


def test_a_report_in_a_paper_names_the_paper():
    row = _claim("According to a report in The Washington Post, Pyongyang may send 20,000 more troops.", "20,000", "en")
    assert row["source_text"] == "The Washington Post"


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text"),
    [
        # "it" after a country that opens its own sentence as the subject is that country (never a person's "he")
        pytest.param("Pyongyang held a funeral for the 101 soldiers it says were killed near Sudzha.", "101", "en",
                     "kp_government", "Pyongyang", id="en-it-says-the-subject-country"),
        pytest.param("Moscow insists it has lost no more than 300 men in the region.", "300", "en", "ru_government",
                     "Moscow", id="en-it-insists-moscow"),
        # a semicolon closes a clause: a claimer before it neither says nor denies what the next clause's subject says
        pytest.param("Zahlen nannte die Staatsagentur KCNA nicht; westliche Schätzungen gehen von 11.000 bis 15.000 Mann "
                     "aus.", "11.000", "de", "unresolved", "westliche Schätzungen", id="de-semicolon-generic-estimates"),
        pytest.param("The Kremlin gave no number; British estimates put the losses at about 4,000.", "4,000", "en",
                     "uk_intelligence", "British estimates", id="en-semicolon-british-estimates"),
        # who holds to a figure says it
        pytest.param("Pjöngjang beharrt darauf, dass in Kursk nur 101 nordkoreanische Soldaten gefallen seien.", "101", "de",
                     "kp_government", "Pjöngjang", id="de-beharrt-darauf"),
        # a relayer points to its source: "unter Verweis auf", "mit Bezug auf"
        pytest.param("Rund 5.000 Armeebauarbeiter sind im vergangenen Jahr eingetroffen. Das berichtete die Agentur Yonhap "
                     "unter Verweis auf Seouls Vereinigte Stabschefs.", "5.000", "de", "kr_jcs",
                     "Seouls Vereinigte Stabschefs", id="de-unter-verweis-auf"),
        # "wie X herausfand/recherchierte": who found it out says it; a country the outlet covers is not its own
        pytest.param("Wie das auf Nordkorea spezialisierte Portal NK News recherchierte, hatten zuletzt rund 1.000 "
                     "Minenräumer in der Region gearbeitet.", "1.000", "de", "unresolved",
                     "das auf Nordkorea spezialisierte Portal NK News", id="de-wie-recherchierte-portal"),
        pytest.param("The North Korea-focused website NK News reported that about 1,000 deminers had worked in the region.",
                     "1,000", "en", "unresolved", "The North Korea-focused website NK News", id="en-focused-website"),
        # a country's embassy speaks for its government
        pytest.param("Ukraine's embassy in Seoul said at least 11,000 North Korean soldiers were in the Kursk region.",
                     "11,000", "en", "ua_government", "Ukraine's embassy", id="en-embassy"),
        # an argument is a claim; a claimer in a relative clause of another figure is that figure's alone
        pytest.param("A RUSI fellow, Daniel Harwood, argues that Pyongyang could rotate as many as 25,000 soldiers through "
                     "Russia, well above the 15,000 that Seoul says have gone so far.", "25,000", "en", "unresolved",
                     "Daniel Harwood", id="en-argues-beside-another-figures-relative"),
        pytest.param("Die Forscherin Anna Berg geht von bis zu 20.000 Nordkoreanern aus, deutlich mehr als die 12.000, die "
                     "Seoul nennt.", "20.000", "de", "unresolved", "Die Forscherin Anna Berg",
                     id="de-beside-another-figures-relative"),
        # "verlautete aus X": the place after names who said it, never the subject of a relative clause before it
        pytest.param("Weitere rund 3.000 Soldaten, die Pjöngjang im Januar geschickt habe, seien in Kursk, verlautete aus "
                     "dem ukrainischen Generalstab.", "3.000", "de", "ua_military", "dem ukrainischen Generalstab",
                     id="de-verlautete-aus"),
        # a country outside the labelled list composes no id: Austria's Bundesheer, Swiss bodies
        pytest.param("Ursprünglich seien es rund 11.000 Nordkoreaner gewesen, so Oberst Markus Reisner vom Bundesheer.",
                     "11.000", "de", "unresolved", "Oberst Markus Reisner vom Bundesheer", id="de-bundesheer-unresolved"),
        pytest.param("Der Schweizer Nachrichtendienst schätzt die Zahl der Nordkoreaner in Russland auf 14.000.", "14.000",
                     "de", "unresolved", "Der Schweizer Nachrichtendienst", id="de-swiss-service-unresolved"),
        # a name before a relative clause of heading speaks for the body it heads
        pytest.param("Mehr als 200 Nordkoreaner seien getötet worden, so Andrij Kowalenko, der das Zentrum gegen "
                     "Desinformation beim ukrainischen Sicherheitsrat leitet.", "200", "de", "ua_government",
                     "Andrij Kowalenko", id="de-name-der-leitet"),
        pytest.param("More than 200 North Koreans have been killed, according to Andriy Kovalenko, who heads the Center for "
                     "Countering Disinformation at Ukraine's security council.", "200", "en", "ua_government",
                     "Andriy Kovalenko", id="en-name-who-heads"),
        # "seines Landes": the country of whom the paragraph named last, in any position
        pytest.param("Nach der Sitzung trat der Abgeordnete Lee Seong Kweun vor die Presse. Der Auslandsdienst seines Landes "
                     "gehe von 15.000 entsandten Nordkoreanern aus.", "15.000", "de", "kr_nis",
                     "Der Auslandsdienst seines Landes", id="de-seines-landes"),
        # a name its acronym closes, connectors and all; a blog is an outlet, "kremltreu" whom it sides with
        pytest.param("Die Stiftung Wissenschaft und Politik (SWP) geht davon aus, dass bis zu 15.000 Nordkoreaner im "
                     "Einsatz waren.", "15.000", "de", "unresolved", "Die Stiftung Wissenschaft und Politik",
                     id="de-stiftung-acronym"),
        pytest.param("Laut der Militäraufklärung in Kiew sind 4.000 Nordkoreaner gefallen. Der kremltreue Telegram-Blog "
                     "»Nordwind« behauptete, lediglich 1.500 Nordkoreaner seien beteiligt.",
                     "1.500", "de", "unresolved", "Der kremltreue Telegram-Blog »Nordwind", id="de-kremltreuer-blog"),
        # a body named without its country takes the country its apposition gives; the relative clause after the
        # apposition speaks of the head
        pytest.param("North Korea has likely taken over 6,000 casualties, according to Defence Intelligence, the UK "
                     "military's analysis service, which posted the estimate on X. That is over half of the roughly 11,000 "
                     "soldiers Pyongyang sent.", "11,000", "en", "uk_intelligence", "Defence Intelligence",
                     id="en-apposition-country-and-relative"),
        # a known outlet before an aside is the subject; a spy bureau is a spy agency; a research centre by its field
        pytest.param("CNN, drawing on its own review of shipping data, separately put the number of containers of munitions "
                     "sent at more than 13,000.", "13,000", "en", "cnn", "CNN", id="en-known-outlet-before-aside"),
        pytest.param("South Korea's spy bureau, which first disclosed the deployment, expects the total to reach 10,000.",
                     "10,000", "en", "kr_nis", "South Korea's spy bureau", id="en-spy-bureau-across-relative"),
        pytest.param("A tally compiled at the Center for Strategic and International Studies puts the shipments at more "
                     "than 9 million artillery rounds.", "9 million", "en", "unresolved", "the Center for Strategic",
                     id="en-research-centre"),
        # a name in the genitive before the head is its owner ("Putins ... Schoigu" is Schoigu)
        pytest.param("Das hat Putins Sicherheitsratschef Sergej Schoigu erklärt: 1.000 Minenräumer sollen kommen.", "1.000",
                     "de", "ru_shoigu", "Putins Sicherheitsratschef Sergej Schoigu", id="de-putins-schoigu"),
        # a special operations troop's spokesman speaks for the military
        pytest.param("Rund 1.000 Nordkoreaner seien getötet worden, sagte der Sprecher der ukrainischen "
                     "Sondereinsatztruppen, Oleh Tschornyj.", "1.000", "de", "ua_military",
                     "der Sprecher der ukrainischen Sondereinsatztruppen, Oleh Tschornyj", id="de-sondereinsatztruppen"),
        # "heißt es in einem Lagevortrag, den der NIS vorlegte": the document's author
        pytest.param("Nordkorea hat rund 5.000 Armeebauleute geschickt, heißt es in einem Lagevortrag, den der NIS dem "
                     "Ausschuss vorlegte.", "5.000", "de", "kr_nis", "der NIS", id="de-lagevortrag-den-der-nis-vorlegte"),
        # a figure cited, named before its citer ("the 100 deaths the spy agency cited last week")
        pytest.param("“About 1,100 have been killed or wounded,” an officer at the South's Joint Chiefs told reporters, an "
                     "estimate above the roughly 100 deaths the spy agency cited last week.", "roughly 100", "en", "kr_nis",
                     "the spy agency",
                     id="en-figure-the-agency-cited-last-week"),
        # a place leading its sentence names the country of the body its colon's clause names
        pytest.param("The Pentagon raised its count to roughly 10,000. Kyiv's figure was higher still: the presidential "
                     "administration said up to 12,000 could be in place by mid-November.", "12,000", "en", "ua_government",
                     "the presidential administration", id="en-place-leads-to-its-colon"),
        # where a figure came from names its claimer
        pytest.param("The figure — 12,000 troops — came from South Korea's intelligence agency.", "12,000", "en", "kr_nis",
                     "South Korea's intelligence agency", id="en-figure-came-from"),
        # "according to X" names a claimer an anaphor of the sentence may mean ("briefed by the agency")
        pytest.param("According to the NIS, some 600 North Koreans have died, two lawmakers briefed by the agency said.",
                     "600", "en", "kr_nis", "the NIS", id="en-according-to-then-the-agency"),
        # an unplaced service that briefs lawmakers is the briefing country's (claimers.yaml: briefing_country)
        pytest.param("At least 100 North Korean soldiers have been killed, lawmakers briefed by the spy agency said.", "100",
                     "en", "kr_nis", "the spy agency", id="en-lawmakers-briefed-by-the-spy-agency"),
        pytest.param("Rund 600 Nordkoreaner seien gefallen, sagten Abgeordnete nach einer Unterrichtung durch den "
                     "Geheimdienst.", "600", "de", "kr_nis", "den Geheimdienst", id="de-abgeordnete-unterrichtung-geheimdienst"),
        pytest.param("Putins Sondergesandter Sergej Schoigu hat eine Zusage verkündet: 6.000 Mann sollen geschickt werden.",
                     "6.000", "de", "ru_shoigu", "Putins Sondergesandter Sergej Schoigu", id="de-putins-sondergesandter"),
        # a participle right after a document noun is no verb of saying with a subject before it
        pytest.param("The agency estimates North Korea has provided Russia with more than 100 ballistic missiles, according "
                     "to a report released Tuesday.", "100", "en", "unresolved", "The agency",
                     id="en-report-released-tuesday"),
        # "geht ... aus" over a long adjunct; "Analyse von" before a figure names what it is of
        pytest.param("Das US-Institut für Kriegsstudien (ISW) geht in seiner jüngsten Analyse von rund 4.000 nordkoreanischen "
                     "Verlusten seit Beginn der Kämpfe aus.", "4.000", "de", "unresolved", "Das US-Institut für Kriegsstudien",
                     id="de-geht-in-seiner-analyse-von-aus"),
        # an office and the name set off after it by a comma are one naming
        pytest.param("France's chief of defence staff, Gen. Thierry Burkhard, told lawmakers that between 3,000 and 4,000 "
                     "North Koreans had been put out of action.", "3,000", "en", "fr_military",
                     "France's chief of defence staff, Gen. Thierry Burkhard", id="en-office-comma-name"),
        # a person's name right before "of"/"vom" and the body is the speaker the body's words describe
        pytest.param("Roughly 12,000 North Koreans are at Russia's disposal, Andriy Chernyak of the HUR military intelligence "
                     "agency said.", "12,000", "en", "ua_hur", "Andriy Chernyak of the HUR military intelligence agency",
                     id="en-name-of-the-body"),
        # a person of a body named before by a definite possessive speaks for that body
        pytest.param("Ukraine's embassy in Seoul said at least 11,000 North Korean soldiers were in Kursk. The embassy's "
                     "defence attaché told reporters that up to 3,000 more were being readied.", "3,000", "en",
                     "ua_government", "The embassy's defence attaché", id="en-the-embassys-attache"),
    ],
)
def test_claimers_in_the_fourteenth_sessions_constructions(text, number, language, source, source_text):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"]) == (source, source_text)


def test_an_unplaced_service_without_lawmakers_stays_unresolved():
    row = _claim("About 600 North Korean soldiers have been killed, the spy agency said.", "600", "en")
    assert (row["source"], row["source_text"]) == ("unresolved", "the spy agency")


def test_a_fact_box_list_goes_on_with_its_topic_and_its_line_labels_name_sources():
    text = "Key figures:\n- 11,000: North Korean troops in Kursk (South Korean estimate)\n- 300: killed (NIS)\n- 2,700: wounded (NIS)"
    rows = extract_claims(text, published="2025-01-13", language="en")
    got = {r["number_text"]: (r["quantity"], r["casualty_type"], r["source"]) for r in rows.iter_rows(named=True)}
    assert got == {"11,000": ("troops_deployed", None, "kr_government"), "300": ("casualties", "killed", "kr_nis"),
                   "2,700": ("casualties", "wounded", "kr_nis")}
    credit = extract_claims("Nordkorea hat 150 Raketenwerfer an Russland geliefert. (dpa)", published="2025-01-13",
                            language="de")
    assert (credit["source"].to_list(), credit["via"].to_list()) == (["dpa"], [None])


def test_a_tickers_label_is_no_speaker():
    rows = extract_claims("LIVE: 09:14 GMT – Several hundred North Korean troops killed or wounded", published="2024-12-18",
                          language="en")
    assert (rows["source"].to_list(), rows["source_text"].to_list()) == (["unattributed"], [None])


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text"),
    [
        # a compound takes its kind from its head: figures ("-angaben", "-schätzungen") of the body its first part names
        pytest.param("Nach ukrainischen Militärangaben wurden etwa 500 nordkoreanische Soldaten getötet.", "500", "de",
                     "ua_military", "Nach ukrainischen Militärangaben", id="de-body-before-a-report-head"),
        pytest.param("Südkoreanischen Militärschätzungen zufolge sind 300 Nordkoreaner gefallen.", "300", "de",
                     "kr_jcs", "Südkoreanischen Militärschätzungen", id="de-body-before-an-estimate-head"),
        # a claimer's words are whole words: a name found as the first part of a compound is quoted as the compound
        pytest.param("Nach ukrainischen Regierungsangaben wurden etwa 500 nordkoreanische Soldaten getötet.", "500", "de",
                     "ua_government", "ukrainischen Regierungsangaben", id="de-name-inside-a-compound"),
        # a place after "zur"/"zum" is where, not who: the figure carries its sentence's source
        pytest.param("Nordkorea hat laut dem südkoreanischen Geheimdienst rund 5.000 Bausoldaten verlegt. Weitere etwa "
                     "10.000 Nordkoreaner seien im Grenzgebiet zur Ukraine stationiert, hieß es nach der Sitzung in Seoul.",
                     "10.000", "de", "kr_nis", "dem südkoreanischen Geheimdienst", id="de-place-after-zur"),
        # a member of the intelligence committee passes on the estimate the sentence before gives to the service
        pytest.param("Südkoreas Geheimdienst hat seine Schätzung der Verluste erneut nach oben korrigiert. Inzwischen gehe "
                     "man von etwa 2.500 Toten aus, sagte ein Mitglied des Geheimdienstausschusses.", "2.500", "de",
                     "kr_nis", "Südkoreas Geheimdienst", id="de-committee-member-relays-the-service-before"),
        # an age before an office is part of the claimer's words, so the subject after the verb is found
        pytest.param("Die Verluste der Einheiten bezifferte der 39-jährige HUR-Chef Kyrylo Budanow auf etwa 4.000 Mann.",
                     "4.000", "de", "ua_hur", "der 39-jährige HUR-Chef Kyrylo Budanow", id="de-age-before-the-office"),
        # nobody's document ("hieß es in einem Bericht") goes on with the source the sentence before names
        pytest.param("Nordkorea hat Russland nach Einschätzung des südkoreanischen Generalstabs mehr als 12 Millionen "
                     "Granaten geliefert. Hinzu kämen rund 250 ballistische Raketen, hieß es in einem Bericht an das "
                     "Parlament.", "250", "de", "kr_jcs", "des südkoreanischen Generalstabs", id="de-nobodys-report-carries"),
        pytest.param("Hinzu kämen rund 250 ballistische Raketen, hieß es in einer 30-minütigen Unterrichtung.", "250", "de",
                     "unresolved", "einer 30-minütigen Unterrichtung", id="de-nobodys-briefing-alone"),
        # countries listed with commas before a body: none speaks alone
        pytest.param("North Korea is believed to have sent about 14,000 soldiers to Russia, according to South Korean, "
                     "Ukrainian and Western intelligence estimates.", "14,000", "en", "unresolved",
                     "South Korean, Ukrainian and Western intelligence", id="en-listed-countries"),
        # reports after a preposition are a topic, never a claimer: the speaker's words go on
        pytest.param("Q: Can you give us an updated figure?\nGEN. RYDER: Sure. We now assess that at least 10,000 DPRK "
                     "soldiers have moved into the Kursk oblast. On reports of combat, we can't corroborate those at this "
                     "point.", "10,000", "en", "us_government", "RYDER", id="en-reports-as-a-topic"),
        # a body the anaphor names is never the news agency of the dateline: the dateline's city places it
        pytest.param("SEOUL, Nov. 20 (Yonhap) -- North Korea has shipped howitzers to Russia, the spy agency said "
                     "Wednesday, adding that some 11,000 North Korean soldiers have been assigned to front-line units.",
                     "11,000", "en", "kr_nis", "the spy agency", id="en-spy-agency-under-an-agency-dateline"),
        # a relative clause's speaker is the claimer before its comma; "den Angaben zufolge" goes on with it
        pytest.param("Neun Angehörige eines nordkoreanischen Pionierregiments haben in Kursk ihr Leben gelassen. Das meldete "
                     "die Staatsagentur KCNA, die von einem 120 Tage dauernden Einsatz sprach. Insgesamt waren den Angaben "
                     "zufolge mehrere Hundert Pioniere im Einsatz.", "mehrere Hundert", "de", "kp_kcna",
                     "die Staatsagentur KCNA", id="de-relative-speaker-and-den-angaben"),
        pytest.param("Neun Angehörige eines nordkoreanischen Pionierregiments haben in Kursk ihr Leben gelassen. Das meldete "
                     "die Staatsagentur KCNA, die von einem 120 Tage dauernden Einsatz sprach.", "Neun", "de", "kp_kcna",
                     "die Staatsagentur KCNA", id="de-relative-speaker"),
        # state media named without their country, in a paragraph about the North, are the North's
        pytest.param("Kim Jong Un hat gefallene Soldaten geehrt. Auf einer Gedenkwand in Pjöngjang waren laut Staatsmedien "
                     "die Porträts von 101 Toten zu sehen.", "101", "de", "kp_kcna", "Staatsmedien",
                     id="de-staatsmedien-of-the-north"),
        pytest.param("Kim Jong Un honoured the fallen soldiers. Portraits of 101 dead hung on a memorial wall in Pyongyang, "
                     "state media said.", "101", "en", "kp_kcna", "state media", id="en-state-media-of-the-north"),
        pytest.param("Nine soldiers died in Kursk, state media reported.", "Nine", "en", "unresolved", "state media",
                     id="en-state-media-of-no-country"),
        # a unit by its ordinal and arm: the military of the country that owns it
        pytest.param("Ukraine’s 73rd Naval Special Operations Centre said it had killed 17 North Korean soldiers near "
                     "Plekhovo.", "17", "en", "ua_military", "Ukraine’s 73rd Naval Special Operations Centre",
                     id="en-special-operations-centre"),
        # by its own account the clause's subject claims; a force of a country is its military
        pytest.param("Ukrainische Truppen haben nach eigenen Angaben zwei nordkoreanische Soldaten gefangen genommen.", "zwei",
                     "de", "ua_military", "Ukrainische Truppen", id="de-own-account-of-a-force"),
        # the outlet that saw a document relays it; the subject of the saying claims
        pytest.param("About 3,000 more North Korean troops arrived in Russia in January and February, Seoul's military said "
                     "in a report to lawmakers seen by Reuters.", "3,000", "en", "kr_jcs", "Seoul's military",
                     id="en-report-seen-by-an-outlet"),
        # the NIS by its translated name
        pytest.param("Seit September sind nach Erkenntnissen des Nationalen Geheimdienstes rund 5.000 Bausoldaten in "
                     "Russland angekommen.", "5.000", "de", "kr_nis", "des Nationalen Geheimdienstes",
                     id="de-nationaler-geheimdienst"),
        # a military blogger or analyst is no military
        pytest.param("Russian military bloggers have claimed that fewer than 100 North Koreans died, a figure Ukraine "
                     "dismisses.", "100", "en", "unresolved", "Russian military bloggers", id="en-military-bloggers"),
        # "wie X mitteilte" past an apposition naming the speaker
        pytest.param("Wie der Sprecher des Vereinigten Generalstabs, Lee Sung-joon, mitteilte, seien etwa 4.000 Nordkoreaner "
                     "getötet oder verletzt worden.", "4.000", "de", "kr_jcs",
                     "der Sprecher des Vereinigten Generalstabs, Lee Sung-joon", id="de-wie-past-an-apposition"),
    ],
)
def test_claimers_in_the_fifteenth_sessions_constructions(text, number, language, source, source_text):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"]) == (source, source_text)


def test_an_outlet_pointing_back_relays_every_figure_before_whatever_the_order():
    """"Das berichtete Yonhap nach einer Unterrichtung von Abgeordneten": the lawmakers the briefing was for (their
    service, the figure's source) do not stop the outlet relaying, for the first figure as for the later ones."""
    text = ("Südkoreas Geheimdienst setzt die Ausfälle der Nordkoreaner im Raum Kursk jetzt mit rund 4.700 Mann an, darunter "
            "etwa 600 Tote. Das berichtete die Nachrichtenagentur Yonhap nach einer Unterrichtung von Abgeordneten.")
    rows = extract_claims(text, published="2025-04-30", language="de")
    assert rows["source"].to_list() == ["kr_nis", "kr_nis"] and rows["via"].to_list() == ["yonhap", "yonhap"]


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text"),
    [
        # a name the vocabulary knows completes a complement whatever its words ("im Weißen Haus" as "in Seoul")
        pytest.param("„Wir gehen von etwa 1.000 Toten aus“, sagte der Sprecher des Nationalen Sicherheitsrats im Weißen "
                     "Haus, John Kirby.", "1.000", "de", "us_government",
                     "der Sprecher des Nationalen Sicherheitsrats im Weißen Haus, John Kirby", id="de-known-name-in-complement"),
        # an office or a surname alone points back to the one person its source was named as before
        pytest.param("About 12,000 North Korean soldiers are in Kursk, Kyrylo Budanov, head of Ukraine's military "
                     "intelligence, told a US magazine. Their losses stand at around 4,000, the HUR chief added.", "4,000",
                     "en", "ua_hur", "Kyrylo Budanov, head of Ukraine's military intelligence", id="en-office-points-back"),
        pytest.param("Nach Worten von Präsident Wolodymyr Selenskyj wurden zahlreiche Offiziere getötet. Russland könne "
                     "weitere 20.000 Soldaten aus Nordkorea anfordern, warnte Selenskyj.", "20.000", "de", "ua_zelensky",
                     "Präsident Wolodymyr Selenskyj", id="de-surname-points-back"),
        # an indefinite description brings in someone new; a body's own words name the body
        pytest.param("NATO spokesperson Anna Berg said units had been deployed. Later a NATO military official estimated "
                     "that 10,000 were in Russia.", "10,000", "en", "nato_government", "a NATO military official",
                     id="en-indefinite-official-is-new"),
        pytest.param("Nach Erkenntnissen des ukrainischen Militärgeheimdienstes HUR sind 4.000 Nordkoreaner getötet oder "
                     "verwundet worden, sagte der Geheimdienstchef Kyrylo Budanow.", "4.000", "de", "ua_hur",
                     "des ukrainischen Militärgeheimdienstes HUR", id="de-body-words-stay"),
        # an acronym alone takes its source's name spelled out anywhere in the text; a description is no spelling out
        pytest.param("South Korea's Joint Chiefs of Staff told reporters that 3,000 more troops had arrived. The JCS also "
                     "estimated that 4,000 North Korean soldiers had been killed or wounded.", "4,000", "en", "kr_jcs",
                     "South Korea's Joint Chiefs of Staff", id="en-acronym-spelled-out"),
        pytest.param("NIS: 3,000 North Korean troops already in Russia. The South Korean spy agency told lawmakers the "
                     "soldiers were being trained.", "3,000", "en", "kr_nis", "NIS", id="en-acronym-beside-a-description"),
        # a ticker's items are paragraphs of their own: no attribution carried from the item before; a time stamp
        # before its colon is no speaker
        pytest.param("+++ 07:42 Uhr: Die Flugabwehr habe 62 Drohnen abgeschossen, teilte die ukrainische Luftwaffe mit. "
                     "+++ 07:15 Uhr: Im Gebiet Kursk sind nach Angaben von Präsident Selenskyj rund 11.000 nordkoreanische "
                     "Soldaten eingetroffen.", "11.000", "de", "ua_zelensky", "Präsident Selenskyj", id="de-ticker-items"),
        # countries listed with their articles, the list going on past its last claimer, speak together
        pytest.param("Nach Angaben aus Südkorea, der Ukraine und westlichen Staaten sind mehr als 6.000 Nordkoreaner "
                     "gefallen.", "6.000", "de", "unresolved", "Südkorea, der Ukraine", id="de-listed-countries-and-more"),
        # a prisoner speaking of his unit is a claimer of no body (unresolved); an office for prisoners is not one
        pytest.param("A North Korean prisoner of war held in Kyiv told a Seoul daily that roughly 100 soldiers in his "
                     "battalion had been killed.", "100", "en", "unresolved", "A North Korean prisoner of war",
                     id="en-prisoner-speaks"),
        pytest.param("Ein nordkoreanischer Kriegsgefangener sagte der Zeitung, etwa 100 Soldaten seiner Einheit seien "
                     "getötet worden.", "100", "de", "unresolved", "Ein nordkoreanischer Kriegsgefangener",
                     id="de-prisoner-speaks"),
        pytest.param("Ukraine's prisoner-of-war coordination centre says 13 North Koreans have contacted its hotline.", "13",
                     "en", "ua_government", "Ukraine's prisoner-of-war coordination centre", id="en-office-for-prisoners"),
        # a definite body of no kind placed only by its country is that country's body named before
        pytest.param("Zwei Soldaten sind nach Angaben des südkoreanischen Nachrichtendienstes NIS gefangen worden. Etwa 3.000 "
                     "Nordkoreaner seien gefallen, teilte die Behörde in Seoul mit.", "3.000", "de", "kr_nis",
                     "des südkoreanischen Nachrichtendienstes NIS", id="de-generic-body-in-a-capital"),
        pytest.param("Etwa 3.000 Nordkoreaner seien gefallen, teilte die Behörde in Seoul mit.", "3.000", "de",
                     "kr_government", "die Behörde in Seoul", id="de-generic-body-alone"),
        # lawmakers relay the service their sentence opens with
        pytest.param("The NIS expects the North to send up to 6,000 more troops to Russia as early as July, lawmakers said "
                     "after a briefing.", "6,000", "en", "kr_nis", "The NIS", id="en-lawmakers-relay-the-opening-service"),
        # a sentence that opens with whose view it is: "Für den Experten X ...", "For X, a ... expert, ..."; a town's
        # adjective after the article is the phrase's
        pytest.param("Für den Wiener Militärexperten Gerhard Mangott steht fest, dass Nordkorea mindestens 12.000 Soldaten "
                     "nach Russland geschickt hat.", "12.000", "de", "unresolved",
                     "den Wiener Militärexperten Gerhard Mangott", id="de-for-the-expert"),
        pytest.param("Für Kiew ist klar, dass Pjöngjang bis zum Sommer weitere 5.000 Soldaten entsenden wird.", "5.000",
                     "de", "ua_government", "Kiew", id="de-for-a-capital-with-a-judgement"),
        pytest.param("For Andrei Lankov, a North Korea expert at Kookmin University, the true toll is likely closer to 5,000 "
                     "killed and wounded.", "5,000", "en", "unresolved", "Andrei Lankov", id="en-for-the-expert"),
        pytest.param("For analysts at the Institute for the Study of War, the 3,000 fresh troops point to a spring "
                     "offensive.", "3,000", "en", "unresolved", "analysts at the Institute for the Study of War",
                     id="en-for-the-analysts"),
        # ("for" a country doing something is no view: the figure stays unattributed)
        pytest.param("Für Russland kämpfen inzwischen rund 12.000 nordkoreanische Soldaten.", "12.000", "de",
                     "unattributed", None, id="de-for-a-country-fighting"),
        pytest.param("For Russia, the 12,000 North Korean soldiers are a welcome reinforcement.", "12,000", "en",
                     "unattributed", None, id="en-for-a-country"),
        # a pronoun subject past auxiliaries and adverbs before its verb; "he" is the person named before, not the
        # outlet between
        pytest.param("Zelenskyy said Russia lost a battalion of North Korean infantry. A battalion usually has several "
                     "hundred soldiers, Reuters noted. He had earlier put North Korean dead and wounded at more than 3,000.",
                     "3,000", "en", "ua_zelensky", "Zelenskyy", id="en-pronoun-past-auxiliary-and-adverb"),
        # words that name the person already keep their words: a name before a comma is not theirs
        pytest.param("North Korea has sent about 11,000 troops, some of them fighting in the North's 11th Army Corps, NIS "
                     "Director Cho Tae-yong told the National Assembly.", "11,000", "en", "kr_nis",
                     "NIS Director Cho Tae-yong", id="en-title-and-name-after-a-comma"),
        # who talked with the speaker, or whom a report went to, is no claimer
        pytest.param("Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, rechnet mit weiteren Lieferungen. Im "
                     "Gespräch mit der «Japan Times» sprach er von 50 bis 100 Panzern aus Nordkorea.", "50 bis 100", "de",
                     "ua_hur", "Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow",
                     id="de-in-conversation-with-an-outlet"),
        pytest.param("Südkoreas Vereinigter Generalstab hat seine Zahlen korrigiert. In einem Bericht an das Parlament ist von "
                     "etwa 4.000 Toten und Verwundeten die Rede, erklärte der Generalstab.", "4.000", "de", "kr_jcs",
                     "Südkoreas Vereinigter Generalstab", id="de-a-report-to-parliament"),
        # a body of no kind placed by its country's adjective is the known body of that country named before
        pytest.param("Erste Einheiten aus Nordkorea sind nach Darstellung des Nachrichtendienstes NIS bereits in Russland "
                     "angekommen. Rund 1.500 Elitesoldaten seien per Schiff übergesetzt worden, teilte die südkoreanische "
                     "Behörde mit.", "1.500", "de", "kr_nis", "des Nachrichtendienstes NIS",
                     id="de-generic-body-by-adjective-after-a-known-body"),
    ],
)
def test_claimers_in_the_sixteenth_sessions_constructions(text, number, language, source, source_text):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"]) == (source, source_text)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "via"),
    [
        # an outlet named again by a description, after the sentence's own claimer, relays that claimer (not the origin
        # the outlet relayed before)
        pytest.param("North Korea has sent about 3,000 fresh troops to Russia, according to a Ukrainian intelligence "
                     "assessment cited by Reuters. Kyiv puts the contingent that remains at between 10,000 and 11,000, the "
                     "news agency said.", "10,000", "en", "ua_government", "reuters", id="en-the-news-agency-relays-kyiv"),
        # (alone, the description is the outlet named last)
        pytest.param("Yonhap reported the briefing first. Some 2,000 North Korean soldiers have died, the agency's "
                     "correspondent was told; 3,000 more are on their way, the news agency said.", "3,000", "en",
                     "yonhap", None, id="en-the-news-agency-alone"),
        # a wire story's credit line names no claimer
        pytest.param("About 11,000 North Korean troops are in Kursk. Reporting by the Kyiv bureau; editing by the Europe "
                     "desk.", "11,000", "en", "unattributed", None, id="en-credit-line"),
        # who paints the picture gives its figures
        pytest.param("Westliche Beamte zeichnen gegenüber der BBC ein düsteres Bild: Nordkorea habe in drei Monaten fast die "
                     "Hälfte seines Kontingents eingebüßt. Gerechnet wird mit 11.000 entsandten Soldaten.", "11.000", "de",
                     "unresolved", "bbc", id="de-paint-a-picture"),
        pytest.param("Western officials painted a grim picture to the BBC: North Korea had lost about 4,000 men in Kursk.",
                     "4,000", "en", "unresolved", "bbc", id="en-paint-a-picture"),
        # a body without its country after a sentence that opens with a country as its subject is that country's (never
        # the sending country's)
        pytest.param("South Korea is ready to accept the two North Korean prisoners of war held by Ukraine if they wish to "
                     "come, the foreign ministry said.", "two", "en", "kr_government", None,
                     id="en-body-of-the-opening-subject"),
        pytest.param("North Korea sent 3,000 more troops to Russia in January, the defence ministry said.", "3,000", "en",
                     "unresolved", None, id="en-never-the-sending-countrys-body"),
        # lawmakers relay the service the next sentence says they cite, however many words stand in the relay cue
        pytest.param("Nordkorea hat nach Angaben eines südkoreanischen Abgeordneten bereits rund 3.000 Soldaten nach Russland "
                     "verlegt. Park Sun Won von der Demokratischen Partei berief sich nach einer nichtöffentlichen Sitzung des "
                     "Geheimdienstausschusses auf den Auslandsgeheimdienst NIS.", "3.000", "de", "kr_nis", None,
                     id="de-lawmaker-cites-the-service-next"),
        # "By X's (own) reckoning": whose reckoning is named before it
        pytest.param("Kim's state media said nine soldiers died. By NK News’ own estimate, about 1,000 North Korean engineers "
                     "served in the region between August and December.", "1,000", "en", "unresolved", None,
                     id="en-by-an-outlets-own-estimate"),
        pytest.param("Ukraine's General Staff counts Russia's losses daily. By RUSI's reckoning, the roughly 12,000 North "
                     "Koreans sent to Kursk made up only a small share of the force.", "12,000", "en", "unresolved", None,
                     id="en-by-an-institutes-reckoning"),
        # a headline's colon is no verb of saying: the before cue after it stands
        pytest.param("Was wir über den Einsatz wissen: In zwei Wellen hat Nordkorea nach Erkenntnissen des Nationalen "
                     "Nachrichtendienstes in Seoul etwa 15.000 Mann nach Russland verlegt.", "15.000", "de", "kr_nis", None,
                     id="de-before-cue-after-a-lead-colon"),
        # reported speech goes on with the sentence before when the next only names someone, not pointing back
        pytest.param("In zwei Wellen hat Nordkorea nach Erkenntnissen des Nationalen Nachrichtendienstes in Seoul etwa 15.000 "
                     "Mann nach Russland verlegt. Davon seien rund 4.700 gefallen oder verwundet. Pjöngjang hatte die "
                     "Entsendung erst am Montag eingeräumt.", "4.700", "de", "kr_nis", None,
                     id="de-reported-speech-before-a-naming-sentence"),
        # a pronoun right after the verb of a cue that spans its particle is its subject
        pytest.param("Südkoreas Geheimdienst hat seine Schätzung zuletzt deutlich angehoben. Inzwischen geht er von etwa 2.000 "
                     "Toten aus; westliche Analysten halten auch das für zu niedrig.", "2.000", "de", "kr_nis", None,
                     id="de-inverted-pronoun-subject"),
        # an interior ministry is a government body: placed by the sentence's opening country
        pytest.param("Russia issued work permits to about 12,000 North Koreans in the first nine months of 2025, according to "
                     "Interior Ministry data reviewed by The Moscow Times.", "12,000", "en", "ru_government", None,
                     id="en-interior-ministry-of-the-opening-country"),
    ],
)
def test_claimers_and_relays_of_the_seventeenth_session(text, number, language, source, via):
    row = _claim(text, number, language)
    assert (row["source"], row["via"]) == (source, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text", "via"),
    [
        # the name a cue governs, not the clause's subject after the verb ("Laut dem ISW setzte Russland ... ein")
        pytest.param("Laut dem ISW setzte Russland im März etwa 3.000 nordkoreanische Soldaten ein.", "3.000", "de",
                     "unresolved", "dem ISW", None, id="de-laut-unknown-then-verb-and-subject"),
        pytest.param("Laut dem Institut für Kriegsstudien (ISW) mit Sitz in Washington hat Moskau bis zu 11.000 Nordkoreaner "
                     "eingesetzt.", "11.000", "de", "unresolved", "dem Institut für Kriegsstudien", None,
                     id="de-laut-unknown-with-its-seat-then-subject"),
        # a place the words came from stands for the body of its country named before in the paragraph, in that body's words
        pytest.param("Nach Einschätzung des südkoreanischen Generalstabs hat Nordkorea 3.000 Soldaten nachgeschickt. Insgesamt "
                     "seien damit gut 14.000 Nordkoreaner entsandt worden, hieß es aus Seoul.", "14.000", "de", "kr_jcs",
                     "des südkoreanischen Generalstabs", None, id="de-aus-seoul-after-the-body"),
        pytest.param("The UK defence ministry puts North Korean losses at about 6,000. Roughly 1,000 of them were killed, the "
                     "latest update from London said.", "1,000", "en", "uk_intelligence", "The UK defence ministry", None,
                     id="en-from-london-after-the-body"),
        # (never a person named before: "hieß es aus Kiew" after Selenskyj is Kyiv's word)
        pytest.param("Präsident Selenskyj nannte 3.000 Tote und Verletzte. Allein in dieser Woche seien 200 hinzugekommen, hieß es "
                     "später aus Kiew.", "200", "de", "ua_government", "Kiew", None, id="de-aus-kiew-after-a-person"),
        # a number joined to its noun modifies a described subject ("An 11-nation sanctions monitoring team said")
        pytest.param("An 11-nation sanctions monitoring team said on Thursday that North Korea sent about 11,000 troops to "
                     "Russia last year.", "11,000", "en", "unresolved", "An 11-nation sanctions monitoring team", None,
                     id="en-described-subject-with-a-counted-modifier"),
        # a definite expert body of no name is the one the paragraph named last, in its words
        pytest.param("North Korea has shipped 4 million shells, according to an analysis by the Open Source Centre. Close to "
                     "16,000 containers were moved, the researchers found.", "16,000", "en", "osc", "the Open Source Centre",
                     None, id="en-the-researchers-named-before"),
        pytest.param("Estimates range from 3,000 to 5,000, the Institute for the Study of War said. The think tank said "
                     "Pyongyang could send up to 10,000 more this year.", "10,000", "en", "unresolved",
                     "the Institute for the Study of War", None, id="en-the-think-tank-named-before"),
        # the agent of a participle ("held by Ukraine") is not the name an aside follows; the head before it is
        pytest.param("A North Korean prisoner held by Ukraine, who gave his age as 26, said about 100 men of his battalion had "
                     "died.", "100", "en", "unresolved", "A North Korean prisoner", None, id="en-agent-of-a-participle-before-aside"),
        # the outlet after the quoted one's pronoun relays: ", zitierte ihn die Staatsagentur KCNA"
        pytest.param("Neun Pioniere seien ums Leben gekommen, sagte Machthaber Kim Jong Un. Zwei weitere Soldaten seien verletzt "
                     "worden, zitierte ihn die Staatsagentur KCNA.", "Zwei", "de", "kp_government", "Machthaber Kim Jong Un",
                     "kp_kcna", id="de-zitierte-ihn-the-outlet"),
        # "Die Zahlen stammen vom ..." points back (the words "stammen", not only "stamm", end the back reference) and refines
        # a country's word by its body, also when the sentence goes on to name who passed them on
        pytest.param("Nach südkoreanischen Erkenntnissen sind rund 300 Nordkoreaner gefallen. Die Zahlen stammen vom Nationalen "
                     "Nachrichtendienst (NIS), der den Geheimdienstausschuss unterrichtete; zwei Ausschussmitglieder gaben sie "
                     "an die Presse weiter.", "300", "de", "kr_nis", "Nationalen Nachrichtendienst (NIS)", None,
                     id="de-die-zahlen-stammen-vom-refines"),
        # an outlet named again at the next sentence's start, with sources of its own there, relays them (its figure's
        # sentence need not point forward: the next sentence holds a number of its own)
        pytest.param("Nordkorea bereitet einem Bericht der Nachrichtenagentur Reuters zufolge die Entsendung von bis zu 6.000 "
                     "weiteren Soldaten vor. Reuters beruft sich auf zwei ukrainische Regierungsvertreter.", "6.000", "de",
                     "ua_government", "ukrainische Regierungsvertreter", "reuters", id="de-outlet-goes-on-with-its-sources"),
        pytest.param("North Korea is preparing to send up to 6,000 more troops, Reuters reported. Reuters cited two Ukrainian "
                     "government officials.", "6,000", "en", "ua_government", "Ukrainian government officials", "reuters",
                     id="en-outlet-goes-on-with-its-sources"),
        # a line of its own that opens with a body (a kicker over a headline, an update's heading) names the body the
        # piece reports; never a headline's noun phrase
        pytest.param("Britischer Geheimdienst\nMehr als 6.000 Nordkoreaner in Kursk getötet oder verwundet\nLesezeit: 2 Min.",
                     "6.000", "de", "uk_intelligence", "Britischer Geheimdienst", None, id="de-kicker-over-the-headline"),
        pytest.param("Defence Intelligence update on the situation in Ukraine – 18 June 2025\nNorth Korean forces in Kursk have "
                     "highly likely suffered around 6,000 casualties.", "6,000", "en", "uk_intelligence", "Defence Intelligence",
                     None, id="en-update-heading"),
        pytest.param("Soldaten im Dienste Russlands\nNordkorea unterstützt Russland mit Tausenden von Soldaten.", "Tausenden",
                     "de", "unattributed", None, None, id="de-headline-noun-phrase-is-no-kicker"),
        # a country's word refined by the body or person of that country the next sentence names when it goes on in
        # reported speech
        pytest.param("Pjöngjang will nach Moskauer Darstellung weitere 6.000 Armeeangehörige nach Kursk schicken. Kim Jong Un "
                     "habe entschieden, 1.000 Pioniere und 5.000 Militärbauer bereitzustellen, sagte der Sekretär des russischen "
                     "Sicherheitsrats, Sergej Schoigu.", "6.000", "de", "ru_shoigu",
                     "der Sekretär des russischen Sicherheitsrats, Sergej Schoigu", None, id="de-country-word-refined-in-reported-speech"),
        # a refusal to confirm is a denial: it attributes nothing to who declined (LABELS.md)
        pytest.param("The Pentagon declined to confirm that up to 30,000 more North Korean soldiers could be sent.",
                     "30,000", "en", "unattributed", None, None, id="en-declined-to-confirm"),
        pytest.param("Seoul refused to confirm that some 2,000 North Koreans had been killed.", "2,000", "en", "unattributed",
                     None, None, id="en-refused-to-confirm"),
        # "die" after a figure's comma opens a main clause when its verb comes second ("die Ukraine spricht von ..."), not a
        # relative clause ("die 600, die Kiew nennt,")
        pytest.param("Westliche Geheimdienste gehen von 11.000 bis 12.000 aus, die Ukraine spricht von bis zu 15.000.", "15.000",
                     "de", "ua_government", "Ukraine", None, id="de-die-opens-a-main-clause"),
        # "der Vereinigte Generalstab" is the German name of South Korea's JCS, with or without its country
        pytest.param("„Wir gehen von etwa 600 Toten aus\", sagte der Sprecher des Vereinigten Generalstabs, Lee Sung Jun.", "600",
                     "de", "kr_jcs", "der Sprecher des Vereinigten Generalstabs", None, id="de-vereinigter-generalstab"),
        # a subject across a relative aside with an acronym and a dative ("..., das dem Geheimdienst nahesteht, schätzt"):
        # the cue after the aside's closing comma is the subject's
        pytest.param("Das Institut für Nationale Sicherheitsstrategie (INSS) in Seoul, das dem Geheimdienst nahesteht, schätzt die "
                     "Zahl der nordkoreanischen Arbeiter in Russland auf rund 15.000.", "15.000", "de", "unresolved",
                     "Das Institut für Nationale Sicherheitsstrategie", None, id="de-subject-across-a-dative-aside"),
        # whoever relies on the document a cue names, in the relative clause right after it
        pytest.param("Nach einer Zählung, auf die sich ukrainische Stellen berufen, sind mehr als 6.000 Nordkoreaner ums Leben "
                     "gekommen.", "6.000", "de", "ua_government", "ukrainische Stellen", None, id="de-auf-die-sich-x-berufen"),
    ],
)
def test_claimers_and_relays_of_the_eighteenth_session(text, number, language, source, source_text, via):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"], row["via"]) == (source, source_text, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text", "via"),
    [
        # a total nobody claims, whose parts the next sentence attributes: the parts' claimer
        pytest.param("Nordkorea entsendet 3.000 weitere Kräfte nach Russland. Nach Angaben des ukrainischen "
                     "Militärgeheimdienstes sollen 2.000 davon Infanteristen und 1.000 Artilleristen sein.", "3.000", "de",
                     "ua_hur", "des ukrainischen Militärgeheimdienstes", None, id="de-total-claimed-by-its-parts"),
        pytest.param("Pyongyang is sending 3,000 more personnel to Russia. Around 2,000 infantry and 1,000 gunners "
                     "make up the new contingent, Ukraine's military intelligence said.", "3,000", "en",
                     "ua_hur", "Ukraine's military intelligence", None, id="en-total-claimed-by-its-parts"),
        # "made the remarks" says whose words they were; a surname later points back to the name the office was apposed to
        pytest.param("Kim Nam-woo, deputy director of the National Intelligence Service, made the comments at a "
                     "closed-door session. Kim said some 1,100 North Korean soldiers had been killed or wounded.", "1,100",
                     "en", "kr_nis", "Kim Nam-woo", None,
                     id="en-surname-of-a-name-apposed-to-its-office"),
        pytest.param("About 3,000 North Korean soldiers have been killed or wounded in Kursk. Ukrainian President Volodymyr "
                     "Zelensky made the remarks in his nightly video address.", "3,000", "en",
                     "ua_zelensky", "Ukrainian President Volodymyr Zelensky", None, id="en-made-the-remarks-next-sentence"),
        # the sending told in the simple past or with an impersonal hedge: the author's background, nobody's figure
        pytest.param("About 300 North Korean soldiers have died in Kursk, South Korea's spy agency said on Monday. "
                     "North Korea sent roughly 11,000 troops to Russia last autumn.", "11,000", "en",
                     "unattributed", None, None, id="en-background-simple-past"),
        pytest.param("Pyongyang's losses are mounting, a Pentagon spokesman said. Pyongyang is believed to have deployed "
                     "some 12,000 soldiers in all.", "12,000", "en", "unattributed", None, None,
                     id="en-background-impersonal-hedge"),
        # a claimer said to have given no figure is not carried to the figure after it
        pytest.param("Der Kreml bestätigte die Verlegung nordkoreanischer Truppen. Zahlen nannte Sprecher Dmitri Peskow "
                     "jedoch nicht. Nach Schätzungen sollen rund 12.000 Mann im Einsatz sein.", "12.000", "de",
                     "unattributed", None, None, id="de-claimer-gave-no-figure"),
        pytest.param("Pyongyang's state media confirmed the deployment but gave no figures. More than 14,000 North "
                     "Koreans are thought to be in Russia.", "14,000", "en", "unattributed", None, None,
                     id="en-claimer-gave-no-figure"),
        # a claimer placed by a country joined by "and" to another speaks for both: unresolved
        pytest.param("About 3,000 more North Korean troops arrived in January, according to diplomats from Russia and "
                     "the West.", "3,000", "en", "unresolved", "diplomats from Russia and the West", None,
                     id="en-officials-of-two-places"),
        pytest.param("Nach Angaben von Militärs aus Kiew und dem Westen sind rund 1.000 Nordkoreaner gefallen.", "1.000",
                     "de", "unresolved", "Militärs aus Kiew und dem Westen", None, id="de-military-of-two-places"),
        # an outlet the vocabulary does not know, whose sources the next sentence names: those sources
        pytest.param("Rund 2.000 weitere Nordkoreaner sollen nach Angaben des Senders NHK bald eintreffen. NHK berief sich "
                     "auf westliche Diplomaten und Analysten.", "2.000", "de", "unresolved", "westliche Diplomaten", None,
                     id="de-unknown-outlet-cites-its-sources-next"),
        # who briefs lawmakers is a body of state, never the news agency named before
        pytest.param("The Yonhap news agency, citing the National Intelligence Service, said more troops had left for "
                     "Russia. Some 2,000 were sent in March, a lawmaker briefed by the agency told Reuters.", "2,000", "en",
                     "kr_nis", "the National Intelligence Service", "reuters", id="en-briefed-by-the-agency-not-the-outlet"),
        # an anaphor that names a body of its own kind ("the country's spy agency") never means an outlet named before
        pytest.param("Some 3,000 more soldiers are headed to Russia, the Korea Times reported, citing the Yonhap news "
                     "agency. Yonhap in turn cited lawmakers briefed by the country's spy agency.", "3,000", "en",
                     "kr_nis", "the country's spy agency", "yonhap", id="en-spy-agency-is-no-news-agency"),
        # two claimers contrasted ("Während X ..., Y ..."): the briefing's origin does not outrank the main clause's own
        pytest.param("Während der Geheimdienst in Seoul den Abgeordneten in einer Sitzung von 1.100 Toten und Verletzten "
                     "berichtete, sprach Budanow von fast 4.000.", "4.000", "de", "ua_hur", "Budanow", None,
                     id="de-contrast-clause-two-claimers"),
        pytest.param("While South Korea's spy agency told lawmakers of about 300 dead, Zelensky gave a far higher figure: "
                     "more than 3,000 North Koreans had been killed or wounded.", "3,000", "en", "ua_zelensky", "Zelensky",
                     None, id="en-gave-a-far-higher-figure"),
        # a comma that closes the subject's apposition before the verb is no quote before an inverted subject
        pytest.param("Britain's defence ministry, the MoD, says North Korea now fields about 11,000 soldiers in Kursk.",
                     "11,000", "en", "uk_intelligence", "Britain's defence ministry", None,
                     id="en-apposition-closed-before-says"),
        # "gab ... weiter": who passes a figure on says it (a lawmaker passing on a briefing relays the service)
        pytest.param("Der Geheimdienst NIS rechnet mit weiteren Verlusten. Eine Abgeordnete gab die Zahl nach der Sitzung "
                     "weiter. Demnach sind rund 300 Nordkoreaner gefallen.", "300", "de", "kr_nis", "Der Geheimdienst NIS",
                     None, id="de-gab-die-zahl-weiter"),
        pytest.param("About 200 North Korean sappers are clearing mines in Kursk, the governor said on Monday. Pyongyang "
                     "had pledged in June to send 1,000 sappers.", "1,000", "en", "unattributed", None, None,
                     id="en-background-a-past-pledge-to-send"),
        # a headline's country word is the body of that country the story under it names
        pytest.param("Südkorea: Tausende Nordkoreaner in russischen Fabriken\nNach Einschätzung des Geheimdienstes in "
                     "Seoul arbeiten inzwischen rund 12.000 Nordkoreaner in Russland.", "Tausende", "de", "kr_nis",
                     "des Geheimdienstes in Seoul", None, id="de-headline-country-word-refined-by-the-body"),
        # the next sentence's claimer says it gave no figure: the figure before is not theirs (a vague one still is)
        pytest.param("Rund 12.000 Soldaten soll Pjöngjang entsandt haben. Das Außenministerium in Moskau bestätigte den "
                     "Einsatz; eine Zahl nannte es nicht.", "12.000", "de", "unattributed", None, None,
                     id="de-next-claimer-gave-no-figure"),
        pytest.param("North Korea has suffered several hundred casualties. That was according to a US official, who gave no "
                     "exact figure.", "several hundred", "en", "us_government", "a US official", None,
                     id="en-next-claimer-gave-no-exact-figure"),
        # a year between a possessive and its noun is the noun's modifier
        pytest.param("Japan's 2025 defence white paper says some 12,000 North Korean troops were sent to Russia.",
                     "12,000", "en", "jp_defence_ministry", "Japan's 2025 defence white paper", None,
                     id="en-year-inside-a-possessive-phrase"),
        # diplomats placed by where they are posted are of no country the place names (nor the relayer's)
        pytest.param("Rund 3.000 weitere Nordkoreaner sollen bald eintreffen. Das berichtete der japanische Sender NHK unter "
                     "Berufung auf Diplomaten in Moskau.", "3.000", "de", "unresolved", "Diplomaten in Moskau", None,
                     id="de-diplomats-posted-in-a-capital"),
        pytest.param("Der japanische Sender NHK berichtet unter Berufung auf Diplomaten, Nordkorea erwäge die Entsendung von "
                     "bis zu 10.000 Arbeitern.", "10.000", "de", "unresolved", "Diplomaten", None,
                     id="de-diplomats-cited-by-a-national-outlet"),
        # reported speech goes on through a sentence that speaks of the source by a definite body word
        pytest.param("Der Geheimdienst in Seoul hat seine Schätzung erhöht: Rund 3.000 Nordkoreaner seien gefallen, "
                     "berichteten Abgeordnete. Im Frühjahr hatte die Behörde erst 1.000 Tote auf der Liste. Pjöngjang wolle "
                     "zudem weitere 5.000 Soldaten schicken.", "5.000", "de", "kr_nis", "Der Geheimdienst in Seoul", None,
                     id="de-chain-through-the-body-named-again"),
        pytest.param("Der ukrainische Generalstab meldete neue Gefechte in Kursk. Nach Angaben des Gremiums fielen dabei "
                     "rund 150 Nordkoreaner.", "150", "de", "ua_military", "Der ukrainische Generalstab", None,
                     id="de-das-gremium-named-again"),
        # an indefinite document after its preposition and with its addressee is the source named before
        pytest.param("Der ukrainische Militärgeheimdienst hat seine Zahlen aktualisiert. In einem Bericht an das Parlament "
                     "ist von rund 3.000 getöteten Nordkoreanern die Rede.", "3.000", "de", "ua_hur",
                     "Der ukrainische Militärgeheimdienst", None, id="de-document-with-its-addressee"),
        # a figure in a sentence that says its claimer gave none is not carried from the sentence before
        pytest.param("Moscow says its troops have retaken the border district with North Korean help. The defence ministry "
                     "did not say how many of the roughly 12,000 North Koreans were killed.", "12,000", "en",
                     "unattributed", None, None, id="en-own-sentence-says-no-figure-given"),
        # "in the South" (capitalised) places a body in South Korea
        pytest.param("The spy agency in the South puts the number of North Korean dead at about 600.", "600", "en", "kr_nis",
                     "The spy agency in the South", None, id="en-body-in-the-south"),
        # an unplaced person after "according to" whose complement names a placed body relays that body
        pytest.param("About 2,000 North Korean workers reached Vladivostok in May, according to a source briefed on "
                     "Ukrainian military intelligence.", "2,000", "en", "ua_hur", "Ukrainian military intelligence", None,
                     id="en-person-briefed-on-a-body"),
    ],
)
def test_claimers_and_relays_of_the_nineteenth_session(text, number, language, source, source_text, via):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"], row["via"]) == (source, source_text, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text", "via"),
    [
        # a person's genitive before the report noun of "zufolge" is whose statements they are
        pytest.param("Selenskyjs Angaben zufolge wurden bislang 3.800 Nordkoreaner getötet oder verletzt.", "3.800", "de",
                     "ua_zelensky", "Selenskyjs", None, id="de-person-genitive-angaben-zufolge"),
        # a place after a semicolon opens its own clause: the preposition before the semicolon does not make it a place
        pytest.param("Der ukrainische Militärgeheimdienst geht von rund 12.000 Soldaten aus; Seoul nannte zuletzt 11.000.",
                     "11.000", "de", "kr_government", "Seoul", None, id="de-capital-after-semicolon"),
        # a pronoun that speaks a quotation never means a claimer inside it
        pytest.param("Pentagon spokeswoman Sabrina Singh took questions on Tuesday. “We believe North Korean forces have "
                     "suffered about 1,000 casualties,” she said.", "1,000", "en", "us_government",
                     "Pentagon spokeswoman Sabrina Singh", None, id="en-pronoun-not-inside-its-quote"),
        # "has given a figure of": the verb of giving in any form before the figure word
        pytest.param("Seoul's spy agency counts about 11,000 troops. Kyiv's defence intelligence has given a somewhat "
                     "higher figure of 12,500.", "12,500", "en", "ua_hur", "Kyiv's defence intelligence", None,
                     id="en-has-given-a-figure-of"),
        # an outlet across a contrast relays only its own clause
        pytest.param("Zelensky said about 3,000 North Koreans had been killed, while U.S. officials speaking to CNN put "
                     "the toll at about 1,000.", "3,000", "en", "ua_zelensky", "Zelensky", None,
                     id="en-no-relay-across-while"),
        # a verb of saying joined by "and" with its subject left out says what the clause's first subject says
        pytest.param("The NIS told lawmakers that Kyiv had reported about 1,000 North Korean deaths in Kursk, and said "
                     "Pyongyang may send up to 30,000 more troops.", "30,000", "en", "kr_nis", "The NIS", None,
                     id="en-and-said-with-its-subject-left-out"),
        # a figure word set off by a comma before "from" or "by" names its origin after it
        pytest.param("The most recent estimate, from South Korea's Joint Chiefs of Staff, is about 600 dead.", "600", "en",
                     "kr_jcs", "South Korea's Joint Chiefs of Staff", None, id="en-estimate-comma-from"),
        # a country in the genitive of a thing fronted before the verb that estimates it owns the thing; it says nothing
        pytest.param("Der ukrainische Militärgeheimdienst meldet neue Lieferungen. Die Raketenlieferungen des Nordens "
                     "beziffert der Dienst inzwischen auf rund 250 Stück.", "250", "de", "ua_hur",
                     "Der ukrainische Militärgeheimdienst", None, id="de-things-held-in-the-genitive"),
        # "By most accounts", "By some estimates": accounts no one is named for are their own claimer
        pytest.param("By most estimates, roughly 11,000 North Korean troops had reached Kursk by December.", "11,000", "en",
                     "unresolved", "By most estimates", None, id="en-by-most-estimates"),
        # "So groß ist ...": a degree, no "so X" attribution; the claimer named after it says it
        pytest.param("Rund 12.000 Mann: So stark ist nach ukrainischen Geheimdienstangaben die Truppe, die Nordkorea nach "
                     "Kursk geschickt hat.", "12.000", "de", "ua_intelligence", "ukrainischen Geheimdienstangaben", None,
                     id="de-so-a-degree"),
        # "posted" of people stationed somewhere is no posting of a message
        pytest.param("Pyongyang has about 8,000 troops posted along the border, most of them in reserve, the NIS said.",
                     "8,000", "en", "kr_nis", "the NIS", None, id="en-troops-posted-along"),
        # a head of state named by epithet ("den Machthaber", "the leader") means the person named before
        pytest.param("Kim Jong Un hat heimgekehrte Pioniere empfangen. Bei der Minenräumung in Kursk seien elf Soldaten "
                     "gestorben, zitierte die Nachrichtenagentur KCNA den Machthaber.", "elf", "de", "kp_government", "Kim Jong Un",
                     "kp_kcna", id="de-den-machthaber"),
        # a person named as the claimer is not refined into the body the next sentence names
        pytest.param("Kim Jong Un received the returning engineers in Pyongyang. Eleven of them died in Kursk, the leader "
                     "said in remarks carried by KCNA. The unit had some 1,000 men, according to the agency.", "Eleven", "en",
                     "kp_government", "Kim Jong Un", "kp_kcna", id="en-person-not-refined-by-next-body"),
        # a definite report noun after a claimer named in its sentence points back to that one's estimate
        pytest.param("Ukrainische Militärs schätzen, dass rund 12.000 Nordkoreaner in Kursk kämpfen; etwa 3.000 davon seien "
                     "verwundet, so die Schätzung.", "3.000", "de", "ua_military", "Ukrainische Militärs", None,
                     id="de-so-die-schaetzung-points-back"),
        # a demonstrative pronoun after the auxiliary of a verb frame is its subject ("hatte dieser ... angegeben"),
        # and reported speech after it goes on with it
        pytest.param("Rund 1.500 seien verwundet, sagte ein Abgeordneter nach einer Unterrichtung durch den Geheimdienst NIS. "
                     "Im Frühjahr hatte dieser die Zahl der Toten noch mit 400 angegeben. Pjöngjang wolle zudem weitere "
                     "4.000 Soldaten schicken.", "4.000", "de", "kr_nis", "den Geheimdienst NIS", None,
                     id="de-dieser-after-the-auxiliary"),
        # a statement's origin named after its verb of coming, past what it did not come from
        pytest.param("Nordkorea soll weitere 2.000 Bauarbeiter schicken. Die Zahl stammt nicht aus Pjöngjang, sondern vom "
                     "russischen Arbeitsministerium.", "2.000", "de", "ru_government", "russischen Arbeitsministerium", None,
                     id="de-zahl-stammt-sondern-von"),
        # a kicker opened by a preposition names where, not who; a headline line with no claimer takes the claimer of
        # the line under it that presents figures
        pytest.param("IM DIENST DES KREMLS\nRund 1.000 Tote, 3.500 Verwundete!\nDer ukrainische Militärgeheimdienst "
                     "veröffentlicht neue Zahlen – Pjöngjang soll weitere 2.000 Soldaten schicken", "1.000", "de", "ua_hur",
                     "Der ukrainische Militärgeheimdienst", None, id="de-headline-over-a-line-presenting-figures"),
        pytest.param("NORTH KOREA'S LOSSES\nAbout 4,000 killed or wounded\nBritain's defence ministry released new "
                     "figures on Sunday, putting the force sent at some 11,000", "4,000", "en", "uk_intelligence",
                     "Britain's defence ministry", None, id="en-headline-over-a-line-presenting-figures"),
        # a place that owns the noun after it names a location, no place of speaking
        pytest.param("Some 6,000 North Korean builders are due at a port in Russia's Far East this summer, Japan's Kyodo "
                     "news agency reported, citing diplomatic sources.", "6,000", "en", "unresolved", "diplomatic sources",
                     None, id="en-possessive-place-is-a-location"),
        # "das Regime", "the regime": the government of the country its sentence names before it (not a place)
        pytest.param("Dass Russland in Kursk viele Soldaten verloren hat, räumt das Regime inzwischen ein: rund 1.500 seien "
                     "getötet worden. Das ukrainische Außenministerium sprach von Propaganda.", "1.500", "de",
                     "ru_government", "das Regime", None, id="de-das-regime-of-the-country-before"),
        # a sentence adverb set off before the subject ("Overall, we ...") is no claimer: the speaker's turn says it
        pytest.param("Q: Anything new on North Korean losses?\nMAJ. GEN. PAT RYDER: Sure. Overall, we continue to assess "
                     "that there are roughly 11,000 North Korean troops in Russia.", "11,000", "en", "us_government",
                     "PAT RYDER", None, id="en-overall-is-no-claimer"),
        # a person the vocabulary names, in another German transliteration ("Chinstein" beside "Chinschtein")
        pytest.param("Rund 1.000 nordkoreanische Pioniere seien in Kursk eingetroffen, sagte Gouverneur Alexander Chinstein.",
                     "1.000", "de", "ru_government", "Gouverneur Alexander Chinstein", None, id="de-chinstein-transliteration"),
    ],
)
def test_claimers_and_relays_of_the_twentieth_session(text, number, language, source, source_text, via):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"], row["via"]) == (source, source_text, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text", "via"),
    [
        # an outlet and the body it learned the figure from: the body is the source, the outlet relays it
        pytest.param("Es seien bislang etwa 600 Leichen nach Nordkorea zurückgebracht worden, erfuhr die Nachrichtenagentur "
                     "Reuters aus südkoreanischen Regierungskreisen.", "600", "de", "kr_government",
                     "südkoreanischen Regierungskreisen", "reuters", id="de-erfuhr-outlet-aus-kreisen"),
        pytest.param("Nach Informationen der dpa aus südkoreanischen Regierungskreisen sind rund 600 nordkoreanische "
                     "Soldaten gefallen.", "600", "de", "kr_government", "südkoreanischen Regierungskreisen", "dpa",
                     id="de-informationen-der-dpa-aus-kreisen"),
        pytest.param("Nach Informationen des Senders KBS aus dem Geheimdienst in Seoul sind rund 600 nordkoreanische "
                     "Soldaten gefallen.", "600", "de", "kr_nis", "dem Geheimdienst in Seoul", None,
                     id="de-unlisted-outlet-aus-dem-geheimdienst"),
        pytest.param("About 600 bodies of North Korean soldiers have been returned so far, Reuters learned from South "
                     "Korean government sources.", "600", "en", "kr_government", "South Korean government sources",
                     "reuters", id="en-outlet-learned-from"),
        # a Korean family name alone after the full name written in three words, no hyphen
        pytest.param("Der Abgeordnete Kim Byung Kee äußerte sich nach der Sitzung. Pjöngjang bereite die Verlegung von "
                     "weiteren 6.000 Soldaten vor, so Kim.", "6.000", "de", "kr_lawmakers", "Der Abgeordnete Kim Byung Kee",
                     None, id="de-korean-family-name-three-words"),
        # "berief sich dabei auf": the next sentence names where the figure before came from
        pytest.param("Südkorea geht inzwischen von etwa 2.000 toten Nordkoreanern aus. Der Abgeordnete Park Sun-won stützte "
                     "sich dabei auf den Nationalen Geheimdienst, der im April noch 600 Tote gemeldet hatte.", "2.000", "de",
                     "kr_nis", "den Nationalen Geheimdienst", None, id="de-stuetzte-sich-dabei-auf"),
        # reported speech goes on through a sentence said by no one it names ("hieß es")
        pytest.param("Etwa 10.000 nordkoreanische Soldaten sind nach Erkenntnissen des britischen Militärgeheimdienstes "
                     "noch in Kursk. Sie bewachen dort vor allem die Grenze, hieß es nach der Veröffentlichung in London. "
                     "Hinzu kämen rund 2.000 Bauarbeiter.", "2.000", "de", "uk_intelligence",
                     "des britischen Militärgeheimdienstes", None, id="de-chain-through-hiess-es"),
        # an outlet that opens a clause of its own after a semicolon relays no one before it
        pytest.param("Der Abgeordnete Lee Seong-kweun sprach nach der Sitzung; Nordkoreas Staatsmedien erwähnten die "
                     "Verlegung mit keinem Wort. Nahe der Grenze seien außerdem etwa 10.000 nordkoreanische Soldaten "
                     "stationiert, sagte Lee.", "10.000", "de", "kr_lawmakers", "Der Abgeordnete Lee Seong-kweun", None,
                     id="de-outlet-after-semicolon-own-clause"),
        # "telling X that": the teller is the claimer; whom a paper was submitted to is no claimer
        pytest.param("Seoul says 12,000 will be sent in total. The HUR's deputy chief, Vadym Skibitskyi, gave a lower "
                     "total, telling a Ukrainian broadcaster that 10,000 North Korean soldiers were training in Russia.",
                     "10,000", "en", "ua_hur", "The HUR's deputy chief, Vadym Skibitskyi", None, id="en-telling-outlet-that"),
        pytest.param("Budanov says about 12 million shells have been delivered. Japan's defence ministry, in a paper "
                     "submitted to a parliamentary committee, put the number of containers shipped at more than 20,000.",
                     "20,000", "en", "jp_defence_ministry", "Japan's defence ministry", None, id="en-submitted-to-a-committee"),
        # the subject of a clause reported without "that" is no claimer of a cue before it
        pytest.param("Ukraine's spy chief Kyrylo Budanov says the North now supplies much of Russia's ammunition. In an "
                     "interview with Bloomberg he said Pyongyang had shipped some 5 million shells since 2023.", "5 million",
                     "en", "ua_hur", "Ukraine's spy chief Kyrylo Budanov", None, id="en-said-clause-subject-after-a-cue"),
        # an outlet named by its kind ("the broadcaster") is the listed outlet named just before
        pytest.param("Several who escaped spoke to the BBC about their shifts. South Korean officials told the broadcaster that "
                     "more than 12,000 North Korean workers entered Russia last year.", "12,000", "en", "kr_government",
                     "South Korean officials", "bbc", id="en-told-the-broadcaster"),
        # a one-word name of a person the vocabulary places, named before in any role (here an object)
        pytest.param("State media showed Kim Jong Un greeting engineers who had returned from Kursk. Kim said nine of the "
                     "unit's soldiers had died clearing mines, according to KCNA.", "nine", "en", "kp_government", "Kim Jong Un",
                     "kp_kcna", id="en-kim-named-before-as-an-object"),
        # a name resolved to an earlier sentence is measured from where it stands in this one
        pytest.param("Kim Jong Un said nine soldiers had died. Seoul puts the regiment's strength at about 1,000 deminers; "
                     "Kim said the task was finished in under three months.", "1,000", "en", "kr_government", "Seoul", None,
                     id="en-resolved-name-measured-here"),
        # an unplaced claimer of a country's, refined by the body of that country the next sentence names pointing back
        pytest.param("Die britischen Militärexperten gehen von mehr als 5.000 getöteten oder verwundeten Nordkoreanern aus. "
                     "Die Zahlen veröffentlichte das Verteidigungsministerium in London am Sonntag.", "5.000", "de",
                     "uk_intelligence", "das Verteidigungsministerium in London", None, id="de-unplaced-refined-next"),
        # never by an outlet named next, nor by a country the claimer only speaks of
        pytest.param("Wie das auf Nordkorea spezialisierte Portal NK News herausfand, arbeiteten rund 1.000 Minenräumer in "
                     "Kursk. Neun von ihnen seien gestorben, hatte die Staatsagentur KCNA gemeldet.", "1.000", "de",
                     "unresolved", "das auf Nordkorea spezialisierte Portal NK News", None,
                     id="de-portal-about-a-country-not-refined"),
        # South Korea's defence ministry by its own English name
        pytest.param("Around 9,000 North Korean soldiers remain in Russia, a senior official at the Ministry of National "
                     "Defense told reporters on Thursday.", "9,000", "en", "kr_defence_ministry",
                     "a senior official at the Ministry of National Defense", None, id="en-ministry-of-national-defense"),
        # evidence no one is named for, cited in the next sentence, is no source over the one the sentence placed
        pytest.param("Der Chef des südkoreanischen Nachrichtendienstes erklärte vor Abgeordneten, es seien bislang etwa "
                     "1.800 Nordkoreaner gefallen. Er berief sich auf Auswertungen von Satellitenbildern.", "1.800", "de",
                     "kr_nis", "Der Chef des südkoreanischen Nachrichtendienstes", None, id="de-cited-evidence-no-source"),
    ],
)
def test_claimers_and_relays_of_the_twenty_first_session(text, number, language, source, source_text, via):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"], row["via"]) == (source, source_text, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text", "via"),
    [
        # a regular verb of saying in its plural present, from the stem ("zählen", "ergänzen"), and the plural of "schreiben"
        pytest.param("Die Analysten der Defence Intelligence zählen inzwischen mehr als 6.000 Ausfälle unter den Nordkoreanern.",
                     "6.000", "de", "uk_intelligence", "Die Analysten der Defence Intelligence", None, id="de-plural-zaehlen"),
        pytest.param("Die Beamten des Nachrichtendienstes NIS ergänzen, rund 2.000 Soldaten seien gefallen.", "2.000", "de",
                     "kr_nis", "Die Beamten des Nachrichtendienstes NIS", None, id="de-plural-ergaenzen"),
        pytest.param("Bis zu 25.000 weitere Soldaten könnten folgen, schreiben die Fachleute des britischen Militärgeheimdienstes.",
                     "25.000", "de", "uk_intelligence", "die Fachleute des britischen Militärgeheimdienstes", None,
                     id="de-plural-schreiben"),
        # "zählen zu" is belonging, no saying: the figure stays its sentence's claimer's
        pytest.param("Die Einheiten zählen zu den besten der Armee; rund 11.000 Mann sind nach Angaben aus Kiew in Kursk.",
                     "11.000", "de", "ua_government", "Kiew", None, id="de-zaehlen-zu-no-cue"),
        # the analysts of an institute named earlier in the same sentence are that institute
        pytest.param("Das Londoner Institut RUSI hält eine zweite Welle für wahrscheinlich: Bis zu 20.000 Mann könnten im "
                     "Frühjahr folgen, schreiben die Forscher.", "20.000", "de", "unresolved", "Das Londoner Institut RUSI",
                     None, id="de-researchers-of-the-institute-here"),
        pytest.param("The Royal United Services Institute expects a second wave: as many as 20,000 men could follow in spring, "
                     "the researchers wrote.", "20,000", "en", "unresolved", "The Royal United Services Institute", None,
                     id="en-researchers-of-the-institute-here"),
        # Swiss spelling ("ss" for "ß") in the rules written in Python as in the vocabulary's
        pytest.param("Aus Südkorea hiess es am Dienstag, der Norden habe rund 15'000 Mann entsandt.", "15'000", "de",
                     "kr_government", "Südkorea", None, id="de-swiss-hiess-es"),
        pytest.param("Das Verteidigungsministerium in Moskau äusserte sich nicht zu dem Bericht. Nach Angaben aus Kiew sind "
                     "12'000 Nordkoreaner in Kursk.", "12'000", "de", "ua_government", "Kiew", None,
                     id="de-swiss-aeusserte-sich-nicht"),
        # a reckoning that opens its clause, its adjective saying whose
        pytest.param("By British count, some 6,000 North Koreans have been killed or wounded since October.", "6,000", "en",
                     "uk_intelligence", "British count", None, id="en-by-british-count"),
        pytest.param("By the Japanese tally, roughly 11,000 North Koreans were sent.", "11,000", "en", "jp_government",
                     "the Japanese tally", None, id="en-by-the-japanese-tally"),
        # one capitalised word after an outlet's kind is its name, in German too
        pytest.param("Wie die russische Agentur Interfax meldete, sollen 2.000 weitere Bauarbeiter nach Kursk kommen.", "2.000",
                     "de", "unresolved", "die russische Agentur Interfax", None, id="de-agentur-interfax"),
        pytest.param("Nach einer Zählung des Portals Mediazona sind mindestens 600 Nordkoreaner gefallen.", "600", "de",
                     "unresolved", "des Portals Mediazona", None, id="de-portals-mediazona"),
        # parts nobody claims take the claimer of the total they add up to, named in the next sentence
        pytest.param("Nordkorea soll 2.000 Pioniere und 4.000 Bausoldaten schicken. Insgesamt seien es 6.000 Mann, sagte der "
                     "russische Vizeaußenminister Andrej Rudenko.", "2.000", "de", "ru_government",
                     "der russische Vizeaußenminister Andrej Rudenko", None, id="de-parts-take-the-totals-claimer"),
        pytest.param("Pyongyang will send 2,000 deminers and 4,000 builders. That makes 6,000 personnel in all, Russia's deputy "
                     "foreign minister said.", "4,000", "en", "ru_government", "Russia's deputy foreign minister", None,
                     id="en-parts-take-the-totals-claimer"),
        # the ministry for relations with the North exists only in the South
        pytest.param("Nach Angaben des Vereinigungsministeriums arbeiten inzwischen rund 15.000 Nordkoreaner in Russland.",
                     "15.000", "de", "kr_government", "des Vereinigungsministeriums", None, id="de-vereinigungsministerium"),
        pytest.param("About 15,000 North Korean laborers entered Russia last year, the Unification Ministry estimates.", "15,000",
                     "en", "kr_government", "the Unification Ministry", None, id="en-unification-ministry"),
        # a monitoring body by its German compound
        pytest.param("Das Überwachungsgremium der elf Staaten erklärte, Pjöngjang habe mindestens 9 Millionen Granaten "
                     "geliefert.", "9 Millionen", "de", "unresolved", "Das Überwachungsgremium der elf Staaten", None,
                     id="de-ueberwachungsgremium"),
        # a gapped clause whose figure is quoted names its own subject
        pytest.param('Kiew spricht von 4.000 Toten und Verletzten, das Pentagon von "einigen Hundert".', "einigen Hundert", "de",
                     "us_government", "Pentagon", None, id="de-gapped-quoted-figure"),
    ],
)
def test_claimers_and_relays_of_the_twenty_second_session(text, number, language, source, source_text, via):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"], row["via"]) == (source, source_text, via)


@pytest.mark.parametrize(
    ("text", "number", "language", "source", "source_text", "via"),
    [
        # a next sentence that adds a figure of its own ("zudem", "also") does not refine the country's word before it
        pytest.param("Nach Einschätzung Seouls sind rund 2.000 Nordkoreaner gefallen. Der Direktor des Geheimdienstes NIS sprach "
                     "zudem von etwa 1.500 Bauarbeitern, die neu eingetroffen seien.", "2.000", "de", "kr_government", "Seouls",
                     None, id="de-next-sentence-adds-its-own-figure"),
        # who arrives at the figure gives it: "Zu dieser Zahl gelangt ..."
        pytest.param("Rund 600 Nordkoreaner sollen bei Kämpfen getötet worden sein. Zu dieser Zahl gelangte der britische "
                     "Militärgeheimdienst in seinem jüngsten Lagebericht.", "600", "de", "uk_intelligence",
                     "der britische Militärgeheimdienst", None, id="de-zu-dieser-zahl-gelangt"),
        # a document before its owner as the inverted subject: the owner speaks through it
        pytest.param("Nordkorea könnte bald weitere 8.000 Soldaten entsenden. Davon geht ein Lagebericht des britischen "
                     "Militärgeheimdienstes aus.", "8.000", "de", "uk_intelligence", "des britischen Militärgeheimdienstes", None,
                     id="de-davon-geht-ein-lagebericht-des-aus"),
        # the sending told in the pluperfect passive, a longer adverbial first, is the author's background
        pytest.param("Nach Angaben des NIS sind rund 2.000 Nordkoreaner gefallen. Im Herbst des Vorjahres waren nach und nach "
                     "etwa 11.000 Soldaten nach Russland verlegt worden.", "11.000", "de", "unattributed", None, None,
                     id="de-pluperfect-passive-background"),
        # a person's age set off by commas between the name and the verb ("Kim, 58, said")
        pytest.param("Lawmaker Kim Byung-kee briefed reporters after a closed session with the National Intelligence Service. "
                     "Roughly 500 more North Korean soldiers have been wounded, Kim, 58, said, and Pyongyang is now training "
                     "fresh troops.", "500", "en", "kr_nis", "the National Intelligence Service", None,
                     id="en-name-age-said-relays-the-briefing"),
        pytest.param("North Korea will send 2,000 more builders to Kursk, Sergei Shoigu, 70, said on Tuesday, and Kim Jong Un "
                     "confirmed the plan.", "2,000", "en", "ru_shoigu", "Sergei Shoigu", None, id="en-known-name-age-said"),
        # German "an" is a preposition, never an article of a claimer; a pointer opening the clause after a break puts the
        # subject after the verb, past adverbs
        pytest.param("Nordkorea könnte weitere 5.000 Mann an Russland abstellen – das erwartet zumindest der südkoreanische "
                     "Geheimdienst NIS.", "5.000", "de", "kr_nis", "der südkoreanische Geheimdienst NIS", None,
                     id="de-dash-das-erwartet-zumindest"),
        pytest.param("Weitere 3.000 Soldaten will Pjöngjang an Russland schicken, so schätzt jedenfalls der ukrainische "
                     "Militärgeheimdienst.", "3.000", "de", "ua_hur", "der ukrainische Militärgeheimdienst", None,
                     id="de-comma-so-schaetzt-jedenfalls"),
    ],
)
def test_claimers_and_relays_of_the_twenty_third_session(text, number, language, source, source_text, via):
    row = _claim(text, number, language)
    assert (row["source"], row["source_text"], row["via"]) == (source, source_text, via)
