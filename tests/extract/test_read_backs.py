"""Reading earlier sentences back for a name: the pre-test that spares a sentence's claimers (``Attributor._lacks``)."""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.extract.attribution import Attributor
from analysis.text import split_sentences
from analysis.vocabulary import default_vocabulary

SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


def _attributor(text: str, language: str) -> Attributor:
    return Attributor(text, split_sentences(text), language=language, vocab=default_vocabulary())


def test_a_sentence_said_to_lack_a_word_has_no_claimer_holding_it():
    """The pre-test is a necessary condition: every claimer of a sentence (read without cues, as its subjects are)
    holds each of its lowercased words where the pre-test looks (every third of the first set's German and English
    texts: 69, a third of a second)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # (the C loader where built: 0.06 s, not 0.5)
    texts = yaml.load((SETS / "dev_set.yaml").read_text(encoding="utf-8"), Loader=loader)["texts"][::3]  # noqa: S506
    checked = 0
    for entry in texts:
        attributor = _attributor(entry["text"], entry["language"])
        for sentence in attributor.sentences:
            for claimer in attributor._claimers(sentence, []):
                for word in attributor.text[claimer.start:claimer.end].lower().split():
                    assert not attributor._lacks(sentence, word), (entry["text"], word)
                    checked += 1
    assert checked > 100


def test_a_sentence_lacks_a_word_only_where_its_lowercase_does_not_hold_it():
    text = "Der Geheimdienst NIS bestätigte das. Später sprach Budanow. Dann 3.000 Soldaten."
    attributor = _attributor(text, "de")
    first, second, _ = attributor.sentences
    assert not attributor._lacks(first, "nis")
    assert attributor._lacks(first, "selenskyj")
    assert not attributor._lacks(second, "budanow")


def test_a_capital_sigma_near_turns_the_pre_test_off():
    """Lowercasing a capital sigma depends on its neighbours: a slice's lowercase may differ from the text's."""
    text = "ΟΔΥΣΣΕΑΣ sagte das. Dann kamen 3.000 Soldaten."
    attributor = _attributor(text, "de")
    assert not attributor._lacks(attributor.sentences[0], "selenskyj")
