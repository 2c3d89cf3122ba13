"""Sentence and paragraph spans."""

from __future__ import annotations

import re

import pytest

from analysis.corpus import load_corpus
from analysis.text import SentenceIndex, line_start_matches, split_sentences
from analysis.vocabulary.base import sharp_s_or_ss


def _texts(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Eins ist gut. Zwei ist besser.", ["Eins ist gut.", "Zwei ist besser."], id="plain"),
        pytest.param("Rund 12.000 Soldaten. Mehr nicht.", ["Rund 12.000 Soldaten.", "Mehr nicht."], id="grouping-dot"),
        pytest.param("Ab dem 1. November kommen sie. Dann mehr.", ["Ab dem 1. November kommen sie.", "Dann mehr."], id="day-ordinal"),
        pytest.param("Es kostet ca. 5 Mio. Euro. Gut.", ["Es kostet ca. 5 Mio. Euro.", "Gut."], id="abbreviations"),
        pytest.param("Kurzstreckenraketen.Nun geht es weiter.", ["Kurzstreckenraketen.", "Nun geht es weiter."], id="lost-space"),
        pytest.param("Titel ohne Punkt\nErster Satz. Zweiter.", ["Titel ohne Punkt", "Erster Satz.", "Zweiter."], id="line-break"),
        pytest.param('Er sagte: "Nein." Dann ging er.', ['Er sagte: "Nein."', "Dann ging er."], id="quote"),
        pytest.param("Das Ergebnis? Ein Drittel.", ["Das Ergebnis?", "Ein Drittel."], id="question"),
        # a three-digit ordinal after an article ends no sentence; a figure ending one still does
        pytest.param("Neun Angehörige des 528. Pionierregiments fielen. Gut.", ["Neun Angehörige des 528. Pionierregiments "
                     "fielen.", "Gut."], id="regiment-ordinal"),
        pytest.param("Es waren 600. Die Zahl steigt.", ["Es waren 600.", "Die Zahl steigt."], id="figure-ends-sentence"),
        # a small number ends a sentence when a determiner, pronoun or possessive opens the next; a day ordinal does not
        pytest.param("One is 20, the other 26. Kyiv's estimate is 12,000.", ["One is 20, the other 26.",
                     "Kyiv's estimate is 12,000."], id="small-number-then-possessive"),
        pytest.param("Er war 26. Die Polizei kam.", ["Er war 26.", "Die Polizei kam."], id="small-number-then-article"),
        pytest.param("Die 11. Brigade meldete es.", ["Die 11. Brigade meldete es."], id="unit-ordinal"),
        # digits after letters and a hyphen are a designation, never an ordinal
        pytest.param("Geliefert wurden Raketen vom Typ Hwasong-11. Gezählt hat sie Kiew.",
                     ["Geliefert wurden Raketen vom Typ Hwasong-11.", "Gezählt hat sie Kiew."], id="designation-ends-sentence"),
        # an English function word after a small number opens a sentence: no day ordinal is followed by it
        pytest.param("Most were aged between 18 and 25. As of May, 600 had died.", ["Most were aged between 18 and 25.",
                     "As of May, 600 had died."], id="small-number-then-as"),
        # a day after its English month is no ordinal: the full stop after it ends the sentence
        pytest.param("The JCS said so on Dec. 23. Roughly 11,000 are in Russia.", ["The JCS said so on Dec. 23.",
                     "Roughly 11,000 are in Russia."], id="english-day-after-its-month"),
        pytest.param("Zelensky spoke on January 6. Roughly 3,800 had been hit.", ["Zelensky spoke on January 6.",
                     "Roughly 3,800 had been hit."], id="english-day-after-its-written-month"),
    ],
)
def test_split_sentences(text, expected):
    assert _texts(text) == expected


def test_paragraphs_and_previous_sentence():
    text = "Erster Satz. Zweiter Satz.\n\nNeuer Absatz."
    index = SentenceIndex(text)
    first, second, third = index.sentences
    assert (first.paragraph, second.paragraph, third.paragraph) == (0, 0, 1)
    assert index.previous(second) == first
    assert index.previous(third) is None
    assert index.at(text.index("Zweiter")) == second


def test_a_tickers_plus_signs_part_its_items():
    text = "+++ 10:15 Uhr: Kiew: 200 Nordkoreaner getötet +++ Das Militär meldet Verluste.\nNeue Zeile."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "10:15 Uhr: Kiew: 200 Nordkoreaner getötet", "Das Militär meldet Verluste.", "Neue Zeile."]


def test_matches_at_line_starts_are_the_patterns_own():
    """A pattern anchored at a line's start is tried only there: the same matches as its search of every character."""
    from analysis.extract.attribution_rules import _SPEAKER_LABEL

    texts = ["MS. SINGH: Thank you.\nQ: How many troops?\nMR. PATEL: About 3,000.\n",
             "", "\n", "No label here: none.\n  HELEN MARSH, senior fellow at CSIS: They are there.",
             "KIRBY (10:15): We see 10,000.\nKIRBY: Yes", "line\n\nGEN. SYRSKYJ: 200 killed"]
    texts += [article.text for article in load_corpus()]
    for text in texts:
        spans = [(m.span(), m.span(1)) for m in line_start_matches(_SPEAKER_LABEL, text)]
        assert spans == [(m.span(), m.span(1)) for m in _SPEAKER_LABEL.finditer(text)], text[:60]
    assert [m.span() for m in line_start_matches(_SPEAKER_LABEL, texts[0])] == [(0, 11), (22, 25), (42, 53)]


def test_a_tickers_time_stamps_open_items_of_their_own():
    """An item opened by its time stamp is a paragraph of its own inside the line; "+++" alone is no new item."""
    text = ("+++ 07:42 Uhr: Russland griff mit 96 Drohnen an. Die Luftwaffe meldete 62 Abschüsse. +++ 07:15 Uhr: Kiew "
            "nennt 11.000 Nordkoreaner. 06:50 GMT — Seoul agrees. +++ Die Zahl ist neu.")
    sentences = split_sentences(text)
    assert [(text[s.start:s.start + 5], s.paragraph) for s in sentences] == [
        ("07:42", 0), ("Die L", 0), ("07:15", 1), ("06:50", 2), ("Die Z", 2)]


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        pytest.param(r"\bhieß es\b", "Aus Seoul hiess es", True, id="swiss-ss"),
        pytest.param(r"\bhieß es\b", "Aus Seoul hieß es", True, id="german-sz"),
        pytest.param(r"\b[a-zß]+ß\b", "gross", True, id="a-class-is-left-as-it-is"),
        pytest.param(r"\b[ß]\b", "ss", False, id="sz-inside-a-class-stays-one-letter"),
        pytest.param(r"\\ß", "\\ss", True, id="after-an-escape"),
    ],
)
def test_swiss_spelling_reads_ss_for_sz(pattern, text, matches):
    # (the helper the vocabulary's patterns pass through, used by the Python rules that name German words too)
    assert bool(re.search(sharp_s_or_ss(pattern), text)) is matches


def test_a_middle_dot_bullet_opens_a_sentence_and_an_item():
    """"... in recent fighting. · Pyongyang is preparing ...": a bullet run into a line, as "•" is."""
    text = "Seoul estimates about 1,100 casualties in recent fighting. · Pyongyang is preparing to reinforce its contingent."
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "Seoul estimates about 1,100 casualties in recent fighting.", "· Pyongyang is preparing to reinforce its contingent."]
    assert sentences[0].paragraph != sentences[1].paragraph
