"""The analysts' vocabulary files: valid as shipped, clear errors when broken."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from analysis import paths
from analysis.errors import VocabularyError
from analysis.vocabulary import compound_core, default_vocabulary, load_vocabulary

BENCHMARK_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


@pytest.fixture
def vocab_dir(tmp_path: Path) -> Path:
    target = tmp_path / "vocab"
    shutil.copytree(paths.VOCABULARY_DIR, target)
    return target


def test_shipped_vocabulary_loads():
    vocab = load_vocabulary()
    assert {"troops_deployed", "troops_planned", "casualties", "sappers",
            "construction_workers", "workers", "other"} <= set(vocab.quantities)
    assert vocab.sources["kr_nis"].type == "intelligence_service"


@pytest.mark.parametrize(
    "alias",
    ["NIS", "South Korea's spy agency", "Südkoreas Geheimdienst", "südkoreanischen Geheimdienstes",
     "der südkoreanische Geheimdienst", "South Korean intelligence"],
)
def test_source_aliases_in_both_languages_name_one_source(alias):
    vocab = load_vocabulary()
    match = vocab.source_pattern.search(alias)
    assert match and vocab.alias_groups[match.lastgroup] == "kr_nis"


def test_duplicate_entry_names_file_and_both_lines(vocab_dir: Path):
    path = vocab_dir / "sources.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  cnn:\n    name: CNN again\n    type: media\n    aliases: ['cnn2']\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"sources\.yaml:\d+: expected each key once in a mapping; found 'cnn' again \(first on line \d+\)"):
        load_vocabulary(vocab_dir)


def test_alias_under_two_sources_is_refused(vocab_dir: Path):
    path = vocab_dir / "sources.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  other_cnn:\n    name: X\n    type: media\n    aliases: [\"CNN\\\\b\"]\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"alias 'CNN\\\\b' under both 'cnn' and 'other_cnn'"):
        load_vocabulary(vocab_dir)


def test_an_outlets_country_must_be_a_listed_country(vocab_dir: Path):
    path = vocab_dir / "sources.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  tass:\n    name: TASS\n    type: media\n    country: rus\n"
                    "    aliases: ['TASS\\b']\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"sources\.yaml: expected a country code listed under countries in "
                                                r"claimers\.yaml; found sources\.tass\.country 'rus'"):
        load_vocabulary(vocab_dir)


@pytest.mark.parametrize(
    ("file", "old", "new", "pattern"),
    [
        pytest.param("sources.yaml", "    type: intelligence_service", "    type: spy", r"type must be one of", id="bad-source-type"),
        pytest.param("quantities.yaml", '    - "mann\\\\b"', '    - "ma(nn"', r"not a valid regular expression", id="bad-regex"),
        pytest.param("quantities.yaml", "quantity: sappers}", "quantity: sapperz}", r"rules\[\d+\].*'sapperz'", id="unknown-quantity-in-rule"),
        pytest.param("attribution.yaml", "window: 160", "window: -1", r"window", id="bad-window"),
        pytest.param("claimers.yaml", "briefing_country: kr", "briefing_country: korea", r"briefing_country 'korea' is not under",
                     id="briefing-country-not-listed"),
        pytest.param("claimers.yaml", "metonym_bodies: {uk: defence_ministry}", "metonym_bodies: {uk: war_office}",
                     r"metonym_bodies\.uk: 'war_office' needs a country under countries and a body under bodies",
                     id="metonym-body-not-listed"),
        pytest.param("attribution.yaml", '    verb_endings: "(?:e|e?st|e?t|en|n|e?te|e?ten)"\n', "", r"verb_endings must say",
                     id="verb-stems-without-endings"),
    ],
)
def test_malformed_entries_are_named(vocab_dir: Path, file, old, new, pattern):
    path = vocab_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(VocabularyError, match=pattern):
        load_vocabulary(vocab_dir)


@pytest.mark.parametrize(
    ("file", "old", "new", "pattern"),
    [
        pytest.param("number_words.yaml", "    zwei: 2\n", "    zwei: zwo\n", r"number_words\.yaml:\d+: expected a valid entry at de\.cardinals\.zwei",
                     id="number-word-value"),
        pytest.param("number_words.yaml", "  range_separators: [bis, oder]", "  range_separator: [bis, oder]", r"number_words\.yaml:\d+: .*range_separator",
                     id="number-words-unknown-key"),
        pytest.param("languages/en.yaml", "slash_date_order: month_first", "slash_date_order: middle",
                     r"en\.yaml:\d+: expected a valid entry at slash_date_order", id="language-rule"),
    ],
)
def test_number_words_and_language_rules_errors_name_file_and_line(vocab_dir: Path, file, old, new, pattern):
    path = vocab_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(VocabularyError, match=pattern):
        load_vocabulary(vocab_dir)


def test_language_rules_are_complete_for_every_language():
    from analysis.schema import LANGUAGES
    from analysis.vocabulary import load_words

    words = load_words()
    assert set(words.languages) == set(LANGUAGES)
    assert words.reference_open_end.search("seit") and words.reference_open_end.search("since")
    assert words.fraction_base.match(" davon") and words.fraction_base.match(" of them")


@pytest.mark.parametrize(
    ("alternative", "core"),
    [
        pytest.param(r"\w*soldat\w*", "soldat", id="compound"),
        pytest.param(r"\w*militärbauer(?:n)?\b", "militärbauer", id="literal-before-a-group"),
        pytest.param(r"\w*opfer?x", "opfe", id="optional-last-character"),
        pytest.param(r"\w*a{2}b", None, id="repeated-single-character"),
        pytest.param(r"\w*(?:räum|minen)spezialist", None, id="group-first"),
        pytest.param(r"\w*?soldat", None, id="lazy"),
        pytest.param(r"\w*soldat\w*|men", None, id="two-alternatives"),
        pytest.param(r"soldiers?\b", None, id="no-compound"),
    ],
)
def test_compound_core(alternative, core):
    assert compound_core(alternative) == core


def test_the_simple_nouns_find_what_every_noun_finds_where_no_compound_literal_stands():
    vocab = default_vocabulary()
    texts = [entry["text"] for name in ("dev_set.yaml", "dev_set_2.yaml", "dev_set_4.yaml")
             for entry in yaml.safe_load((BENCHMARK_DATA / name).read_text(encoding="utf-8"))["texts"]]
    texts += ["3.000 Panzersoldaten", "500 ſoldaten und 20 Opfern", "12 Raketenwerfer", "70 MILITÄRBAUER"]
    windows = [text[m.end():m.end() + 48] for text in texts for m in re.finditer(r"\d+", text)]
    windows += [text[max(0, m.start() - 96):m.start()] for text in texts for m in re.finditer(r"\d+", text)]
    simple = 0
    for window in windows:
        found = vocab.any_noun.search(window)
        if vocab.noun_cores.search(window) is None:
            simple += 1
            plain = vocab.any_simple_noun.search(window)
            assert (found and (found.span(), found.lastgroup)) == (plain and (plain.span(), plain.lastgroup)), window
            for name, pattern in vocab.noun_patterns.items():
                assert [m.span() for m in pattern.finditer(window)] == \
                    [m.span() for m in vocab.simple_noun_patterns[name].finditer(window)], (name, window)
        else:
            assert found is not None or vocab.any_simple_noun.search(window) is None
    assert 0 < simple < len(windows)
    assert vocab.noun_cores.search(" ſoldaten") and vocab.noun_cores.search("MILITÄRBAUER")
