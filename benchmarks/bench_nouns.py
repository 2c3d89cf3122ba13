"""Compound splitting and lemmatising libraries measured on the counted nouns of the development sets.

Issue 15 asks for the head of German compounds and the lemma of inflected nouns "through a well-kept
library rather than longer lists", measured before choosing. The vocabulary
(``analysis/data/quantities.yaml``) reads a compound by its head with a suffix pattern
(``\\w*soldat\\w*`` takes "Kampfsoldaten"). This script takes the counted noun of every labelled
claim in the four development sets (the first word after the number that the vocabulary classifies;
in German else the first capitalised word) and asks, per library, whether classifying the word the
library's way keeps the class the vocabulary gives the whole word:

* simplemma (lemmatiser, de and en): the class of the lemma;
* CharSplit (``compound-split`` on PyPI, German): the class of the lemma of the head it splits off.

It also times each per token. The libraries are never dependencies of the package; install them
into a directory of their own and name it::

    pip install --target .nouns simplemma compound-split
    python benchmarks/bench_nouns.py --libs .nouns
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))
import bench_accuracy  # noqa: E402

QUANTITIES = HERE.parent.parent / "analysis" / "data" / "quantities.yaml"
SETS = [bench_accuracy.DEV_SET, bench_accuracy.DEV_SET_2, bench_accuracy.DEV_SET_3, bench_accuracy.DEV_SET_4]


def noun_classes() -> dict[str, list[re.Pattern]]:
    nouns = yaml.safe_load(QUANTITIES.read_text(encoding="utf-8"))["counted_nouns"]
    return {kind: [re.compile(pattern, re.IGNORECASE) for pattern in patterns] for kind, patterns in nouns.items()}


def classify(word: str, classes: dict[str, list[re.Pattern]]) -> str | None:
    for kind, patterns in classes.items():
        if any((found := pattern.match(word)) and found.end() == len(word) for pattern in patterns):
            return kind
    return None


def counted_nouns(classes) -> collections.Counter:
    """(language, word) -> occurrences: the counted noun after each labelled claim's number."""
    tokens: collections.Counter = collections.Counter()
    for path in SETS:
        for entry in bench_accuracy.load_set(path):
            claims, _ = bench_accuracy.expected_spans(entry)
            for claim in claims:
                after = entry["text"][claim["span"][1]:claim["span"][1] + 60]
                for word in re.findall(r"[^\W\d_][\w-]*", after)[:3]:
                    if classify(word, classes) or (entry["language"] == "de" and word[0].isupper()):
                        tokens[(entry["language"], word)] += 1
                        break
    return tokens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--libs", type=Path, help="directory the libraries were installed into with pip --target")
    args = parser.parse_args()
    if args.libs:
        sys.path.insert(0, str(args.libs.resolve()))
    try:
        import simplemma
        from compound_split import char_split
    except ImportError:
        print("simplemma and compound-split are not importable; install them apart from the package:\n"
              "    pip install --target .nouns simplemma compound-split\n"
              "    python benchmarks/bench_nouns.py --libs .nouns", file=sys.stderr)
        return 2
    classes = noun_classes()
    tokens = counted_nouns(classes)
    known = {key: n for key, n in tokens.items() if classify(key[1], classes)}

    def lemma(language, word):
        return simplemma.lemmatize(word, lang=language)

    def head_lemma(language, word):
        if language != "de":
            return lemma(language, word)
        splits = char_split.split_compound(word)
        head = splits[0][2] if splits and splits[0][0] > 0 else word
        return lemma(language, head.capitalize())

    print(f"{len(tokens)} distinct counted nouns ({sum(tokens.values())} occurrences); "
          f"the vocabulary classifies {len(known)} ({sum(known.values())} occurrences)")
    print(f"{'way':34} {'language':>8} {'occurrences':>11} {'class kept':>10} {'us/token':>8}  lost, e.g.")
    for name, way in (("simplemma lemma", lemma), ("CharSplit head + simplemma lemma", head_lemma),
                      ("vocabulary suffix patterns", None)):
        for language in ("de", "en"):
            words = {w: n for (lang, w), n in known.items() if lang == language}
            if name.startswith("CharSplit") and language == "en":
                continue
            for word in words:   # warm-up: the libraries load their language data on first use
                way(language, word) if way else classify(word, classes)
            started = time.perf_counter()
            for _ in range(20):
                for word in words:
                    way(language, word) if way else classify(word, classes)
            per_token = (time.perf_counter() - started) / (20 * len(words)) * 1e6
            lost = {w: way(language, w) for w in words if way and classify(way(language, w), classes) != classify(w, classes)}
            kept = sum(n for w, n in words.items() if w not in lost)
            examples = ", ".join(f"{w} -> {v}" for w, v in sorted(lost.items(), key=lambda item: -words[item[0]])[:5])
            print(f"{name:34} {language:>8} {sum(words.values()):>11} {100 * kept / sum(words.values()):>9.1f}% "
                  f"{per_token:>8.1f}  {examples}")
    unknown = sorted(w for (lang, w) in tokens if lang == "de" and not classify(w, classes))
    gained = {w: head_lemma("de", w) for w in unknown if classify(head_lemma("de", w), classes)}
    print(f"German words after a claim the vocabulary does not classify: {len(unknown)}; classified through "
          f"CharSplit's head: {len(gained)} ({', '.join(f'{w} -> {v}' for w, v in gained.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
