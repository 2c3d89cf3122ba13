"""The evaluation sets (benchmarks/data/*.yaml): their structure, and accuracy floors on the
development sets.  The held-back set is only checked for structure here: its accuracy is read with
``python benchmarks/bench_accuracy.py`` at the end, never asserted while tuning."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_accuracy  # noqa: E402

SETS = {"dev": bench_accuracy.DEV_SET, "dev2": bench_accuracy.DEV_SET_2, "dev3": bench_accuracy.DEV_SET_3,
        "dev4": bench_accuracy.DEV_SET_4, "dev5": bench_accuracy.DEV_SET_5,
        "dev6": bench_accuracy.DEV_SET_6, "dev7": bench_accuracy.DEV_SET_7,
        "dev8": bench_accuracy.DEV_SET_8,
        "dev9": bench_accuracy.DEV_SET_9,
        "dev10": bench_accuracy.DEV_SET_10,
        "dev11": bench_accuracy.DEV_SET_11,
        "dev12": bench_accuracy.DEV_SET_12,
        "dev13": bench_accuracy.DEV_SET_13,
        "dev14": bench_accuracy.DEV_SET_14,
        "dev15": bench_accuracy.DEV_SET_15,
        "dev16": bench_accuracy.DEV_SET_16,
        "dev17": bench_accuracy.DEV_SET_17,
        "dev18": bench_accuracy.DEV_SET_18,
        "dev19": bench_accuracy.DEV_SET_19,
        "dev20": bench_accuracy.DEV_SET_20,
        "dev21": bench_accuracy.DEV_SET_21,
        "dev22": bench_accuracy.DEV_SET_22,
        "dev23": bench_accuracy.DEV_SET_23,
        "dev24": bench_accuracy.DEV_SET_24,
        "dev25": bench_accuracy.DEV_SET_25,
        "dev26": bench_accuracy.DEV_SET_26,
        "dev27": bench_accuracy.DEV_SET_27,
        "dev28": bench_accuracy.DEV_SET_28,
        "dev29": bench_accuracy.DEV_SET_29,
        "dev30": bench_accuracy.DEV_SET_30,
        "dev31": bench_accuracy.DEV_SET_31,
        "dev32": bench_accuracy.DEV_SET_32,
        "dev33": bench_accuracy.DEV_SET_33,
        "dev34": bench_accuracy.DEV_SET_34,
        "dev35": bench_accuracy.DEV_SET_35,
        "dev36": bench_accuracy.DEV_SET_36,
        "dev37": bench_accuracy.DEV_SET_37,
        "dev38": bench_accuracy.DEV_SET_38,
        "dev39": bench_accuracy.DEV_SET_39,
        "dev40": bench_accuracy.DEV_SET_40,
        "dev41": bench_accuracy.DEV_SET_41,
        "dev42": bench_accuracy.DEV_SET_42,
        "dev43": bench_accuracy.DEV_SET_43,
        "dev44": bench_accuracy.DEV_SET_44,
        "dev45": bench_accuracy.DEV_SET_45,
        "dev46": bench_accuracy.DEV_SET_46,
        "dev47": bench_accuracy.DEV_SET_47,
        "dev48": bench_accuracy.DEV_SET_48,
        "dev49": bench_accuracy.DEV_SET_49,
        "dev50": bench_accuracy.DEV_SET_50,
        "dev51": bench_accuracy.DEV_SET_51,
        "dev52": bench_accuracy.DEV_SET_52,
        "dev53": bench_accuracy.DEV_SET_53,
        "dev54": bench_accuracy.DEV_SET_54,
        "dev55": bench_accuracy.DEV_SET_55,
        "dev56": bench_accuracy.DEV_SET_56,
        "dev57": bench_accuracy.DEV_SET_57,
        "dev58": bench_accuracy.DEV_SET_58,
        "dev59": bench_accuracy.DEV_SET_59,
        "dev60": bench_accuracy.DEV_SET_60,
        "dev61": bench_accuracy.DEV_SET_61,
        "dev62": bench_accuracy.DEV_SET_62,
        "dev63": bench_accuracy.DEV_SET_63,
        "dev64": bench_accuracy.DEV_SET_64,
        "dev65": bench_accuracy.DEV_SET_65,
        "dev66": bench_accuracy.DEV_SET_66,
        "dev67": bench_accuracy.DEV_SET_67,
        "dev68": bench_accuracy.DEV_SET_68,
        "dev69": bench_accuracy.DEV_SET_69,
        "dev70": bench_accuracy.DEV_SET_70,
        "dev71": bench_accuracy.DEV_SET_71,
        "dev72": bench_accuracy.DEV_SET_72,
        "dev73": bench_accuracy.DEV_SET_73,
        "dev74": bench_accuracy.DEV_SET_74,
        "dev75": bench_accuracy.DEV_SET_75,
        "dev76": bench_accuracy.DEV_SET_76,
        "dev77": bench_accuracy.DEV_SET_77,
        "dev78": bench_accuracy.DEV_SET_78,
        "dev79": bench_accuracy.DEV_SET_79,
        "dev80": bench_accuracy.DEV_SET_80,
        "dev81": bench_accuracy.DEV_SET_81,
        "dev82": bench_accuracy.DEV_SET_82,
        "dev83": bench_accuracy.DEV_SET_83,
        "dev84": bench_accuracy.DEV_SET_84,
        "dev85": bench_accuracy.DEV_SET_85,
        "dev86": bench_accuracy.DEV_SET_86,
        "dev87": bench_accuracy.DEV_SET_87,
        "dev88": bench_accuracy.DEV_SET_88,
        "dev89": bench_accuracy.DEV_SET_89,
        "dev90": bench_accuracy.DEV_SET_90,
        "dev91": bench_accuracy.DEV_SET_91,
        "dev92": bench_accuracy.DEV_SET_92,
        "dev93": bench_accuracy.DEV_SET_93,
        "dev94": bench_accuracy.DEV_SET_94,
        "dev95": bench_accuracy.DEV_SET_95,
        "dev96": bench_accuracy.DEV_SET_96,
        "dev97": bench_accuracy.DEV_SET_97,
        "dev98": bench_accuracy.DEV_SET_98,
        "dev99": bench_accuracy.DEV_SET_99,
        "heldback": bench_accuracy.HELDBACK_SET, "heldback2": bench_accuracy.HELDBACK_SET_2,
        "heldback3": bench_accuracy.HELDBACK_SET_3, "heldback4": bench_accuracy.HELDBACK_SET_4,
        "heldback5": bench_accuracy.HELDBACK_SET_5, "heldback6": bench_accuracy.HELDBACK_SET_6,
        "heldback7": bench_accuracy.HELDBACK_SET_7, "heldback8": bench_accuracy.HELDBACK_SET_8,
        "heldback9": bench_accuracy.HELDBACK_SET_9,
        "heldback10": bench_accuracy.HELDBACK_SET_10,
        "heldback11": bench_accuracy.HELDBACK_SET_11,
        "heldback12": bench_accuracy.HELDBACK_SET_12,
        "heldback13": bench_accuracy.HELDBACK_SET_13,
        "heldback14": bench_accuracy.HELDBACK_SET_14,
        "heldback15": bench_accuracy.HELDBACK_SET_15,
        "heldback16": bench_accuracy.HELDBACK_SET_16,
        "heldback17": bench_accuracy.HELDBACK_SET_17,
        "heldback18": bench_accuracy.HELDBACK_SET_18,
        "heldback19": bench_accuracy.HELDBACK_SET_19,
        "heldback20": bench_accuracy.HELDBACK_SET_20,
        "heldback21": bench_accuracy.HELDBACK_SET_21,
        "heldback22": bench_accuracy.HELDBACK_SET_22,
        "heldback23": bench_accuracy.HELDBACK_SET_23,
        "heldback24": bench_accuracy.HELDBACK_SET_24,
        "heldback25": bench_accuracy.HELDBACK_SET_25,
        "heldback26": bench_accuracy.HELDBACK_SET_26,
        "heldback27": bench_accuracy.HELDBACK_SET_27,
        "heldback28": bench_accuracy.HELDBACK_SET_28,
        "heldback29": bench_accuracy.HELDBACK_SET_29,
        "heldback30": bench_accuracy.HELDBACK_SET_30,
        "heldback31": bench_accuracy.HELDBACK_SET_31,
        "heldback32": bench_accuracy.HELDBACK_SET_32,
        "heldback33": bench_accuracy.HELDBACK_SET_33,
        "heldback34": bench_accuracy.HELDBACK_SET_34,
        "heldback35": bench_accuracy.HELDBACK_SET_35,
        "heldback36": bench_accuracy.HELDBACK_SET_36,
        "heldback37": bench_accuracy.HELDBACK_SET_37}
MINIMUM = {  # texts, claims, not-claims (issues 14 and 15, and the brief for the sets)
    "dev": (130, 270, 50),
    "dev2": (110, 220, 40),
    "dev3": (60, 140, 35),  # new wordings: first scored untuned, floors after tuning below
    "dev4": (45, 100, 25),  # likewise, written after tuning on three sets
    "dev5": (45, 90, 25),   # likewise, written from real styles after tuning on four
    "dev6": (44, 85, 25),   # likewise, after the fifth round
    "dev7": (40, 80, 25),   # likewise, after the sixth round
    "dev8": (40, 80, 25),   # mostly ordinary reporting, after the seventh round
    "dev9": (50, 90, 30),   # tickers, Korean and Japanese papers in English, 2025 pieces, after the eighth round
    "dev10": (45, 90, 40),  # statements, transcripts, explainers, analyses, 2025-26 follow-ups, after the ninth
    "dev11": (44, 90, 25),  # German reporting above all, after the tenth round
    "dev12": (44, 90, 25),  # German offices, relays, passives, impersonal attributions, after the eleventh
    "dev13": (44, 90, 25),  # sampled broadly, scored untuned after the twelfth round (tuned on from the sixth session)
    "dev14": (44, 90, 25),  # German reporting of every kind above all, after the thirteenth
    "dev15": (44, 90, 25),  # German counted nouns, tense and mood above all, after the fourteenth
    "dev16": (44, 90, 25),  # English claimers and English not-claims above all, after the fifteenth
    "dev17": (44, 90, 40),  # English counted things and not-claims, German claimers, after the sixteenth
    "dev18": (44, 90, 55),  # German counted things and found claims, English claimers, after the seventeenth
    "dev19": (44, 90, 40),  # English counted things, claimers and not-claims, German claimers, after the eighteenth
    "dev20": (30, 55, 20),  # German claimers above all, a short set late in the eleventh session
    "dev21": (44, 90, 25),  # German claimers and counted things, then English claimers, in the twelfth session
    "dev22": (44, 90, 40),  # what is counted and what is not a claim, both languages equally
    "dev23": (44, 88, 30),  # who claims it in both languages equally, in the thirteenth session
    "dev24": (44, 90, 40),  # what is counted and what is not a claim, English as hard as German, fourteenth session
    "dev25": (44, 88, 30),  # who claims it, the German half the harder, in the fourteenth session
    "dev26": (34, 100, 50),  # who claims it and what is counted at once, long excerpts, fourteenth session
    "dev27": (44, 90, 35),  # ordinary reporting as held-back writers write it, German the harder, fifteenth session
    "dev28": (44, 84, 50),
    "dev29": (44, 90, 40),  # ordinary weekly reporting, German counted nouns, tense and modality, fifteenth session
    "dev30": (44, 90, 35),  # ordinary weekly reporting, English claimers as hard as real copy, sixteenth session
    "dev31": (44, 90, 35),  # not-claims beside claims and what is counted, in tickers and longer reports, sixteenth session
    "dev32": (44, 80, 30),  # ordinary weekly reporting, German claimers and counted nouns the harder, sixteenth session
    "dev33": (44, 90, 35),  # ordinary weekly reporting, who claims it with the German half the harder, seventeenth session
    "dev34": (44, 90, 35),  # ordinary weekly reporting, English not-claims and claimers the harder, seventeenth session
    "dev35": (40, 80, 30),  # ordinary weekly reporting, who says it as Korean, Ukrainian and Russian outlets and German relays write it, seventeenth session
    "dev36": (40, 80, 35),  # what is counted and not-claims in longer pieces (explainers, fact boxes), seventeenth session
    "dev37": (44, 90, 35),  # German copy as a reader meets it: who says it, what is counted, in whole paragraphs, eighteenth session
    "dev38": (44, 95, 35),  # what is counted and not-claims in 2025-2026 copy, eighteenth session
    "dev39": (40, 85, 30),  # who says it in German copy of every kind, eighteenth session
    "dev40": (40, 85, 60),  # not-claims beside claims and what is counted in whole 2025-2026 paragraphs, nineteenth session
    "dev41": (40, 85, 30),  # who says it when the attribution is outside the figure's clause, German and English equally, nineteenth session
    "dev42": (40, 85, 30),  # live tickers and live blogs, German and English, 2025-2026, nineteenth session
    "dev43": (40, 85, 30),  # explainers and background pieces (FAQ, timelines, fact-checks, analyses), German and English, 2025-2026, twentieth session
    "dev44": (40, 85, 30),  # not-claims beside claims and what is counted in ordinary 2025-2026 copy, German and English, twentieth session
    "dev45": (40, 85, 30),  # who says it in regional, Austrian, Swiss and South-Tyrolean copy and Korean, Ukrainian, Japanese and Baltic outlets in English, twentieth session
    "dev46": (40, 84, 30),  # short forms (headlines, teasers, pushes, briefings, captions, video descriptions, social posts, fact boxes, corrections), German and English, twentieth session
    "dev47": (40, 80, 30),  # who says it when two or three sources give figures in one paragraph, German and English running copy, twenty-first session
    "dev48": (40, 85, 30),  # what is counted and not-claims beyond the first wave (Kursk aftermath, tallies, prisoners, wounded, rotations, workers, engineers, munitions, memorials), German and English, twenty-first session
    "dev49": (40, 84, 30),  # who says it in German copy of 2025-2026 (wire services, tickers, regional papers), English ordinary relays, twenty-second session
    "dev50": (40, 80, 30),  # numbers that are not claims beside ones that are, and what is counted, German and English, twenty-second session
    "dev51": (40, 80, 35),  # what is counted and numbers that are not claims beside real ones, German and English, twenty-third session
    "dev52": (40, 80, 35),  # ordinary reporting as a reader meets it, German copy the harder in every column (who says it, what is counted, periods, not-claims), twenty-third session
    "dev53": (40, 80, 35),  # numbers that are not claims beside claims and what is counted, English copy above all, twenty-third session
    "dev54": (40, 80, 35),  # 2025-2026 German wire, ticker and radio copy and English reporting (who says it, what is counted, the period, not-claims), twenty-third session
    "dev55": (40, 80, 35),  # what is counted (plans vs deployments, casualty types, prisoners, deserters, workers vs soldiers, munitions, nouns elsewhere) in German and English, twenty-fourth session
    "dev56": (40, 60, 55),  # numbers that are not claims beside claims in the same sentences, German the harder, twenty-fourth session
    "dev57": (40, 80, 35),  # what is counted (German grammar of plans, hearsay, casualties, workers, munitions), German the harder, twenty-fourth session
    "dev58": (40, 80, 35),  # what is counted and numbers that are not claims in live blogs, tickers and briefings, twenty-fourth session
    "dev59": (40, 80, 35),  # German quantity in regional, Austrian and Swiss copy, twenty-fifth session
    "dev60": (40, 80, 35),  # numbers that are not claims beside claims in new genres (German and English), twenty-fifth session
    "dev61": (40, 80, 35),  # what is counted in English wire, broadcast and Asian outlets, twenty-fifth session
    "dev62": (40, 80, 35),  # what is counted in German agency copy and broadcasts, twenty-fifth session
    "dev63": (40, 80, 35),  # claims and not-claims in analyses, op-eds and think-tank pieces, twenty-fifth session
    "dev64": (40, 80, 35),  # what is counted in German interviews, transcripts and explainers, twenty-sixth session
    "dev65": (40, 80, 35),  # numbers that are not claims inside claim-dense copy, both languages, twenty-sixth session
    "dev66": (40, 80, 35),  # what is counted in English live blogs, briefings and Korean outlets, twenty-sixth session
    "dev67": (40, 80, 35),  # what is counted in later reporting (2025-2026): rotations, workers, munitions, memorials, both languages, twenty-sixth session
    "dev68": (40, 80, 35),  # what is counted in German popular and regional papers, with headlines and summaries, twenty-sixth session
    "dev69": (40, 80, 35),  # numbers that are not claims beside claims in German and English reporting, a second set, twenty-sixth session
    "dev70": (40, 80, 35),  # what is counted in English quality papers and analyses with several figures per sentence, twenty-sixth session
    "dev71": (40, 80, 35),  # German quantity in ordinary regional and Austrian/Swiss wire copy, German tickers, twenty-seventh session
    "dev72": (40, 80, 35),  # English not-claims beside claims, a third set: live blogs, Korean outlets and briefings, twenty-seventh session
    "dev73": (40, 80, 35),  # German sources and relays: who claims, via whom, twenty-seventh session
    "dev74": (40, 80, 35),  # reference periods and dates in both languages: as of, since, until, by the end of, over the past months, twenty-seventh session
    "dev75": (40, 80, 35),  # English not-claims: numbers about the topic's neighbours, a fourth set, twenty-eighth session
    "dev76": (40, 80, 35),  # German not-claims beside claims in wire, broadcaster and regional copy, a fourth set, twenty-eighth session
    "dev77": (40, 80, 35),  # English sources and relays: who claims, via whom, twenty-eighth session
    "dev78": (40, 80, 35),  # What is counted: totals, parts, fractions, ranges and numbers in words in both languages, twenty-eighth session
    "dev79": (40, 80, 35),  # German sources and relays: who claims it, as written and resolved, twenty-ninth session
    "dev80": (40, 80, 35),  # English not-claims in live-blog and wire styles, twenty-ninth session
    "dev81": (40, 80, 35),  # Reference periods: the period each figure describes, in both languages, twenty-ninth session
    "dev82": (40, 80, 35),  # Deployed vs planned vs rotated, tense and modality, in both languages, twenty-ninth session
    "dev83": (40, 80, 35),  # German not-claims and numbers in words, in regional, Austrian and Swiss copy, thirtieth session
    "dev84": (40, 80, 35),  # Questions, negation, conditionals, denials and hedged ranges, in both languages, thirtieth session
    "dev85": (40, 80, 35),  # English sources: many claimers per paragraph, officials, think tanks, anonymous sources, nested relays, thirtieth session
    "dev86": (40, 80, 35),  # Not-claims beside claims: other armies, losses, prisoners, money, polls, weapons, distances, ages, in both languages, thirty-first session
    "dev87": (40, 80, 35),  # reference periods in English live blogs and explainers and German tickers and backgrounders, thirty-first session
    "dev88": (40, 80, 35),  # German sources in long agency and newspaper paragraphs: offices, appositions, carried sources, relays, anonymous sources, thirty-first session
    "dev89": (40, 80, 35),  # small counts and counts in words, prisoners of war, single deaths, small units, number-like words that are not claims, thirty-second session
    "dev90": (40, 80, 35),  # Deployed vs planned and what is counted: tense, mood and modality in relative and subordinate clauses, the counted noun far from its figure, in both languages, thirty-second session
    "dev91": (40, 80, 35),  # English sources in transcripts, interviews and Q&A: briefings, hearings, speaker labels, carried sources, relays, anonymous officials, thirty-second session
    "dev92": (40, 80, 35),  # General coverage, German-weighted mix, two-sided: 2025-2026 regional, Austrian and Swiss papers, public broadcasters and English wire copy, thirty-second session
    "dev93": (40, 80, 35),  # General coverage, two-sided: wire copy, broadsheets, live blogs and analysis pieces from 2025 and 2026, every category mixed, thirty-second session
    "dev94": (40, 80, 35),  # Claims beside not-claims, two-sided: other armies and wars, other countries' aid, Russia's economy and recruitment, distances, durations, designations, ages, dates and percentages next to real claims, thirty-third session
    "dev95": (40, 80, 35),  # State media, denials and reference periods, two-sided: KCNA, Rodong Sinmun, TASS, RIA Novosti, the Kremlin and Pyongyang, their denials and admissions, relays, cumulative and per-period figures, thirty-third session
    "dev96": (40, 80, 35),  # Live blogs, tickers and news digests, German-weighted: timestamped items, headlines and teasers, bullet boxes, captions, page furniture, short-form sources, telegraphic syntax, thirty-third session
    "dev97": (40, 80, 35),  # Analysis and think-tank reporting, English-weighted: imagery, containers, fractions, totals and parts, revisions, rates, hedged figures, experts vs governments, thirty-third session
    "dev98": (40, 80, 35),  # Who says it, German-weighted sources, two-sided: agency copy and broadcasters relaying Seoul, Kyiv, Washington, London, Moscow and Pyongyang, officials by title, carried sources, contradicting sources, experts, lawmakers relaying briefings, thirty-third session
    "dev99": (40, 80, 35),  # Who says it in English wire and broadsheet copy, two-sided: end-of-sentence attributions, officials, people familiar, lawmakers relaying the NIS, named spokespeople, carried sources, contradicting claims, think tanks vs governments, thirty-third session
    "heldback": (45, 80, 20),
    "heldback2": (40, 70, 20),
    "heldback3": (40, 70, 20),
    "heldback4": (45, 90, 30),
    "heldback5": (40, 80, 25),
    "heldback6": (40, 80, 25),
    "heldback7": (40, 80, 25),
    "heldback8": (40, 80, 25),
    "heldback9": (45, 85, 40),
    "heldback10": (42, 80, 40),
    "heldback11": (40, 80, 35),
    "heldback12": (40, 85, 35),
    "heldback13": (42, 85, 35),
    "heldback14": (42, 85, 35),
    "heldback15": (42, 85, 35),
    "heldback16": (42, 85, 35),
    "heldback17": (42, 85, 35),
    "heldback18": (42, 85, 35),
    "heldback19": (44, 85, 40),
    "heldback20": (42, 85, 35),
    "heldback21": (42, 85, 35),
    "heldback22": (42, 85, 35),
    "heldback23": (42, 85, 35),
    "heldback24": (42, 85, 35),
    "heldback25": (42, 85, 35),
    "heldback26": (42, 85, 35),
    "heldback27": (42, 85, 35),
    "heldback28": (42, 85, 35),
    "heldback29": (42, 85, 35),
    "heldback30": (42, 85, 35),
    "heldback31": (42, 85, 35),
    "heldback32": (42, 85, 35),
    "heldback33": (42, 85, 35),
    "heldback34": (42, 85, 35),
    "heldback35": (42, 85, 35),
    "heldback36": (42, 85, 35),
    "heldback37": (42, 85, 35),
}
QUANTITIES = {"troops_deployed", "troops_planned", "casualties", "sappers", "construction_workers",
              "workers", "captured", "munitions", "other"}
CASUALTY_TYPES = {"killed", "wounded", "killed_or_wounded"}
REASONS = {"age", "duration", "distance", "calibre", "date", "year", "designation", "phone",
           "page_furniture", "money_unrelated", "other"}
TAGS = {"attr_unknown_wording", "attr_unknown_claimer", "attr_wrong_entity", "attr_next_sentence",
        "attr_previous_sentence", "attr_verb", "attr_carried", "attr_typography", "attr_via",
        "attr_unattributed", "qty_cue_other_number", "qty_counted_noun", "qty_construction_units",
        "qty_tense_modality", "qty_noun_elsewhere", "qty_totals_parts", "qty_fraction", "qty_captured",
        "qty_munitions", "qty_workers", "not_claims", "off_topic", "reference_period"}
COUNTRIES = "kr kp ua ru uk us de jp cn pl fr nato eu".split()
BODIES = "intelligence military defence_ministry government lawmakers".split()
COMPOSED = re.compile(rf"^(?:{'|'.join(COUNTRIES)})_(?:{'|'.join(BODIES)})$")
MEDIA = {"cnn", "reuters", "ap", "afp", "dpa", "yonhap", "bbc", "kp_kcna"}


def known_sources() -> set[str]:
    with open(ROOT / "analysis" / "data" / "sources.yaml", encoding="utf-8") as handle:
        return set(yaml.safe_load(handle)["sources"])


def load(name: str) -> list[dict]:
    return bench_accuracy.load_set(SETS[name])


# -- structure ----------------------------------------------------------------------------------

# Sets written one-sided on purpose by their brief (twenty-fifth session): the language of the two thirds.
ONE_SIDED = {"dev61": "en", "dev79": "de", "dev80": "en", "dev85": "en", "dev88": "de", "dev91": "en", "dev96": "de",
             "dev97": "en"}


@pytest.mark.parametrize("name", SETS)
def test_sizes_and_language_balance(name):
    texts = load(name)
    claims = sum(len(t["claims"]) for t in texts)
    nots = sum(len(t["not_claims"]) for t in texts)
    min_texts, min_claims, min_nots = MINIMUM[name]
    assert len(texts) >= min_texts and claims >= min_claims and nots >= min_nots
    by_language = {lang: [t for t in texts if t["language"] == lang] for lang in ("de", "en")}
    assert {t["language"] for t in texts} == {"de", "en"}
    if name in ONE_SIDED:  # two thirds in one language on purpose, the other third for balance
        minor = "de" if ONE_SIDED[name] == "en" else "en"
        assert len(texts) / 4 <= len(by_language[minor]) <= len(texts) / 2
        claims_minor = sum(len(t["claims"]) for t in by_language[minor])
        assert 0.25 <= claims_minor / claims <= 0.45
        return
    assert abs(len(by_language["de"]) - len(by_language["en"])) <= 1
    claims_de = sum(len(t["claims"]) for t in by_language["de"])
    assert 0.4 <= claims_de / claims <= 0.6


@pytest.mark.parametrize("name", [name for name in SETS if name != "dev2"])  # dev2 tags its texts in its own words
def test_every_category_is_covered(name):
    counts: dict[str, int] = {}
    for text in load(name):
        assert text["tags"] and set(text["tags"]) <= TAGS, (text["id"], text["tags"])
        for tag in text["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    need = 3 if name == "dev" else 1  # the later sets and the held-back ones: every category at least once
    assert {tag for tag in TAGS if counts.get(tag, 0) < need} == set()


def test_ids_unique_and_sets_disjoint():
    sets = {name: load(name) for name in SETS}
    ids = [t["id"] for texts in sets.values() for t in texts]
    assert len(ids) == len(set(ids))
    seen: set[str] = set()
    for name, texts in sets.items():            # no text in two sets
        own = {t["text"] for t in texts}
        assert not own & seen, name
        seen |= own


@pytest.mark.parametrize("name", SETS)
def test_entries_are_well_formed(name):
    sources = known_sources()
    for text in load(name):
        where = text["id"]
        assert text["language"] in ("de", "en"), where
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", str(text["published"])), where
        assert text.get("publisher") is None or isinstance(text["publisher"], str), where
        numbers = {str(c["number"]) for c in text["claims"]}
        claims, nots = bench_accuracy.expected_spans(text)  # raises when an occurrence is missing
        for claim in claims:
            assert text["text"].count(str(claim["number"])) >= claim.get("occurrence", 1), where
            assert claim["quantity"] in QUANTITIES, where
            if claim["quantity"] == "casualties":
                assert claim["casualty_type"] in CASUALTY_TYPES, where
            else:
                assert claim["casualty_type"] is None, where
            low, best, high = claim["value_low"], claim["value_best"], claim["value_high"]
            assert best is not None or (low is not None and high is not None), where
            present = [v for v in (low, best, high) if v is not None]
            assert present == sorted(present) and all(v >= 0 for v in present), where
            source = claim["source"]
            assert source in sources | {"unresolved", "unattributed"} or COMPOSED.match(source), (where, source)
            if source == "unattributed":
                assert claim["source_text"] is None, where
            else:
                assert claim["source_text"] and claim["source_text"] in text["text"], where
            assert claim["via"] is None or claim["via"] in MEDIA, where
            start, end = claim["reference_start"], claim["reference_end"]
            if start is not None:
                start = dt.date.fromisoformat(str(start))
            if end is not None:
                end = dt.date.fromisoformat(str(end))
                assert start is not None and start <= end, where
            if claim.get("part_of") is not None:
                assert str(claim["part_of"]) in numbers, where
        for item in nots:
            assert item["reason"] in REASONS, where
            assert not any(bench_accuracy._overlaps(item["span"], c["span"]) for c in claims), where
        spans = [c["span"] for c in claims]
        assert len(spans) == len(set(spans)), where
        for item in claims + nots:                 # (an occurrence counts substrings: "1,000" occurs in "11,000")
            assert not _inside_a_larger_number(text["text"], *item["span"]), (where, item["number"], "occurrence")


def _inside_a_larger_number(text: str, start: int, end: int) -> bool:
    """Whether a span's digits go on into a larger number on either side ("1,000" inside "11,000" or "1,0001")."""
    before = text[max(0, start - 2):start]
    return (before[-1:].isdigit() and text[start:start + 1].isdigit()) or \
        (len(before) == 2 and before[1] in ".,’'" and before[0].isdigit() and text[start:start + 1].isdigit()) or \
        (text[end - 1:end].isdigit() and text[end:end + 1].isdigit())


def test_span_helpers():
    assert bench_accuracy.find_span("7,000 km and 7,000 troops", "7,000", 2) == (13, 18)
    assert bench_accuracy.predicted_spans({"char_start": 3, "char_end": 8, "mention_spans": "3-8;40-45"}) == [
        (3, 8), (3, 8), (40, 45)]
    with pytest.raises(ValueError):
        bench_accuracy.find_span("one number: 12", "12", 2)


def test_source_text_scoring():
    text = "Laut NIS sind 3.000 Soldaten dort, sagte der NIS-Direktor."
    expected = {"source_text_span": bench_accuracy.find_span(text, "NIS")}
    assert not bench_accuracy._source_text_right(expected, {"source": "kr_nis"}, text)  # no column yet
    assert bench_accuracy._source_text_right(expected, {"source_text": "Laut NIS"}, text)
    assert not bench_accuracy._source_text_right(expected, {"source_text": "NIS-Direktor", "source_text_start": 45,
                                                            "source_text_end": 57}, text)
    assert bench_accuracy._source_text_right({"source_text_span": None}, {"source_text": None}, text)


# -- accuracy floors (development set only) ------------------------------------------------------
#
# Measured on the dev set (206 texts, 287 claims, 81 non-claims) when the sets were added, and
# after the claimer work of issue 14 (claimers composed of country and body, attribution by grammar
# and scope):
#
#   lang  found  values  quantity  cas.type  source       source_text  via          reference  non-claims taken
#   de    96.6   95.3    52.3      55.8      29.5 -> 91.3  0 -> 92.6    89.3 -> 96.0  79.2       23/40
#   en    96.4   94.2    63.0      64.0      34.1 -> 92.0  0 -> 96.4    91.3 -> 96.4  79.0       22/41
#   all   96.5   94.8    57.5      59.8      31.7 -> 91.6  0 -> 94.4    90.2 -> 96.2  79.1       45/81
#
# The floors sit a few points below what is measured; raise them as the package improves.

# Raised 2026-11-26 (fourth session) to a few points below the figures measured then: all 100 / 99.3 /
# 96.2 / 98.0 / 96.9 / 98.6 / 99.7 / 95.8, non-claims taken 2/81.
FLOORS = {
    "all": {"found": 98, "values": 97, "quantity": 94, "casualty_type": 96,
            "source": 94, "source_text": 96, "via": 97, "reference": 93},
    "de": {"found": 98, "values": 96, "quantity": 95, "casualty_type": 96,
            "source": 94, "source_text": 95, "via": 97, "reference": 93},
    "en": {"found": 98, "values": 98, "quantity": 92, "casualty_type": 96,
            "source": 95, "source_text": 98, "via": 98, "reference": 94},
}
MAX_NON_CLAIMS_TAKEN = {"all": 4, "de": 2, "en": 4}


@pytest.fixture(scope="module")
def dev_figures():
    return bench_accuracy.score_set(SETS["dev"])


@pytest.mark.parametrize("language", FLOORS)
def test_dev_accuracy_floors(dev_figures, language):
    figures = dev_figures[language]
    low = {column: figures[f"{column}_pct"] for column, floor in FLOORS[language].items()
           if figures[f"{column}_pct"] < floor}
    assert low == {}, f"below the floors {FLOORS[language]}"
    assert figures["not_claims_taken"] <= MAX_NON_CLAIMS_TAKEN[language]


# The later development sets (each in new wordings, scored once before tuning on it; see
# benchmarks/results.md), floors a few points below the figures at the end of the fifth session (2026-11-26):
# quantity / source all: dev2 96.5 / 99.1, dev3 95.9 / 95.2, dev4 95.1 / 89.3, dev5 95.6 / 97.8, dev6 96.6 / 95.5,
# dev7 100.0 / 95.1, dev8 95.1 / 97.5, dev9 94.6 / 94.6, dev10 93.5 / 97.8, dev11 97.8 / 95.6, dev12 100.0 / 93.6,
# and dev13 78.3 / 76.1 (untuned then). At the end of the sixth session (tuned on dev13 and dev14): dev13 98.9 / 95.7
# (untuned 78.3 / 76.1), dev14 96.7 / 94.5 (untuned at 1339ec1 83.5 / 65.9). At the end of the seventh session (tuned on
# dev15): dev15 90.4 / 90.4 (untuned at f3288f1 77.7 / 68.1). At the end of the eighth session (tuned on dev16):
# dev16 94.6 / 95.7 (untuned at 4f7f9e8 87.0 / 87.0). In the ninth session (tuned on dev17; repeats found in a claim's
# mention_spans from then on): dev17 94.6 / 88.2 (untuned on main at b03c035 83.9 / 72.0). In the tenth session (tuned on
# dev18): dev18 92.4 / 91.3 (untuned at d3a6176 79.3 / 69.6). In the eleventh session (tuned on dev19): dev19 96.8 /
# 89.5 (untuned at cf301bb 85.3 / 82.1, with its NATO label corrected); dev20, tuned on briefly: 96.5 / 89.5 (untuned
# 93.0 / 84.2). In the twelfth session (tuned on dev21): dev21 97.8 / 98.9 (untuned at a0e5c3c 92.3 / 83.5).
LATER_FLOORS = {
    "dev2": {"all": {"found": 97, "values": 96, "quantity": 92, "source": 95},
             "de": {"found": 97, "values": 97, "quantity": 91, "source": 94},
             "en": {"found": 97, "values": 96, "quantity": 93, "source": 96}},
    "dev3": {"all": {"found": 95, "values": 94, "quantity": 91, "source": 91},
             "de": {"found": 94, "values": 92, "quantity": 91, "source": 89},
             "en": {"found": 95, "values": 95, "quantity": 91, "source": 93}},
    "dev4": {"all": {"found": 97, "values": 97, "quantity": 91, "source": 85},
             "de": {"found": 97, "values": 97, "quantity": 90, "source": 86},
             "en": {"found": 97, "values": 97, "quantity": 91, "source": 83}},
    "dev5": {"all": {"found": 97, "values": 97, "quantity": 91, "source": 93},
             "de": {"found": 97, "values": 97, "quantity": 93, "source": 93},
             "en": {"found": 97, "values": 97, "quantity": 89, "source": 93}},
    "dev6": {"all": {"found": 97, "values": 97, "quantity": 92, "source": 91},
             "de": {"found": 97, "values": 97, "quantity": 93, "source": 91},
             "en": {"found": 97, "values": 97, "quantity": 91, "source": 91}},
    "dev7": {"all": {"found": 97, "values": 97, "quantity": 96, "source": 91},
             "de": {"found": 97, "values": 97, "quantity": 96, "source": 93},
             "en": {"found": 97, "values": 97, "quantity": 96, "source": 88}},
    "dev8": {"all": {"found": 97, "values": 97, "quantity": 91, "source": 93},
             "de": {"found": 97, "values": 97, "quantity": 93, "source": 93},
             "en": {"found": 97, "values": 97, "quantity": 88, "source": 93}},
    "dev9": {"all": {"found": 97, "values": 94, "quantity": 90, "source": 90},
             "de": {"found": 97, "values": 97, "quantity": 85, "source": 89},
             "en": {"found": 97, "values": 92, "quantity": 96, "source": 91}},
    "dev10": {"all": {"found": 97, "values": 94, "quantity": 89, "source": 93},
             "de": {"found": 97, "values": 97, "quantity": 87, "source": 91},
             "en": {"found": 97, "values": 92, "quantity": 91, "source": 96}},
    "dev11": {"all": {"found": 95, "values": 95, "quantity": 93, "source": 91},
             "de": {"found": 97, "values": 97, "quantity": 96, "source": 96},
             "en": {"found": 94, "values": 94, "quantity": 91, "source": 87}},
    "dev12": {"all": {"found": 97, "values": 95, "quantity": 96, "source": 89},
             "de": {"found": 97, "values": 97, "quantity": 96, "source": 85},
             "en": {"found": 97, "values": 94, "quantity": 96, "source": 93}},
    "dev13": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 92},
             "de": {"found": 97, "values": 97, "quantity": 96, "source": 87},
             "en": {"found": 97, "values": 97, "quantity": 91, "source": 95}},
    "dev14": {"all": {"found": 96, "values": 96, "quantity": 93, "source": 91},
             "de": {"found": 95, "values": 95, "quantity": 90, "source": 90},
             "en": {"found": 97, "values": 97, "quantity": 96, "source": 91}},
    "dev15": {"all": {"found": 95, "values": 93, "quantity": 87, "source": 87},
             "de": {"found": 95, "values": 95, "quantity": 85, "source": 86},
             "en": {"found": 95, "values": 91, "quantity": 91, "source": 88}},
    "dev16": {"all": {"found": 96, "values": 94, "quantity": 91, "source": 92},
             "de": {"found": 95, "values": 95, "quantity": 86, "source": 92},
             "en": {"found": 97, "values": 93, "quantity": 97, "source": 92}},
    "dev17": {"all": {"found": 96, "values": 92, "quantity": 91, "source": 85},
             "de": {"found": 97, "values": 95, "quantity": 92, "source": 77},
             "en": {"found": 95, "values": 90, "quantity": 90, "source": 92}},
    "dev18": {"all": {"found": 96, "values": 95, "quantity": 89, "source": 88},
             "de": {"found": 96, "values": 96, "quantity": 91, "source": 89},
             "en": {"found": 97, "values": 95, "quantity": 87, "source": 87}},
    "dev19": {"all": {"found": 95, "values": 94, "quantity": 93, "source": 86},
             "de": {"found": 95, "values": 95, "quantity": 94, "source": 84},
             "en": {"found": 95, "values": 93, "quantity": 92, "source": 88}},
    "dev20": {"all": {"found": 97, "values": 97, "quantity": 93, "source": 86},
             "de": {"found": 97, "values": 97, "quantity": 93, "source": 89},
             "en": {"found": 97, "values": 97, "quantity": 92, "source": 82}},
    "dev21": {"all": {"found": 97, "values": 96, "quantity": 94, "source": 95},
             "de": {"found": 97, "values": 97, "quantity": 93, "source": 96},
             "en": {"found": 97, "values": 95, "quantity": 96, "source": 94}},
    # tuned on in the thirteenth session (untuned: dev22 quantity 76.7, source 80.0; dev23 quantity 94.6, source 69.6)
    "dev22": {"all": {"found": 95, "values": 95, "quantity": 87, "source": 86},
             "de": {"found": 92, "values": 92, "quantity": 76, "source": 80},
             "en": {"found": 97, "values": 97, "quantity": 97, "source": 91}},
    "dev23": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 85},
             "de": {"found": 97, "values": 97, "quantity": 97, "source": 78},
             "en": {"found": 96, "values": 96, "quantity": 92, "source": 91}},
    # tuned on in the fourteenth session (untuned: dev24 quantity 85.7, source 92.3; dev25 quantity 93.4, source 65.9;
    # dev26 quantity 89.2, source 80.2)
    "dev24": {"all": {"found": 96, "values": 95, "quantity": 91, "source": 93},
             "de": {"found": 95, "values": 93, "quantity": 91, "source": 89},
             "en": {"found": 97, "values": 97, "quantity": 91, "source": 97}},
    "dev25": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 86},
             "de": {"found": 97, "values": 97, "quantity": 93, "source": 91},
             "en": {"found": 97, "values": 97, "quantity": 97, "source": 82}},
    "dev26": {"all": {"found": 97, "values": 96, "quantity": 90, "source": 86},
             "de": {"found": 97, "values": 97, "quantity": 92, "source": 84},
             "en": {"found": 97, "values": 96, "quantity": 88, "source": 88}},
    "dev27": {"all": {"found": 97, "values": 97, "quantity": 96, "source": 97},
              "de": {"found": 97, "values": 97, "quantity": 97, "source": 97},
              "en": {"found": 97, "values": 97, "quantity": 95, "source": 97}},
    "dev28": {"all": {"found": 96, "values": 96, "quantity": 95, "source": 89},
              "de": {"found": 97, "values": 97, "quantity": 97, "source": 86},
              "en": {"found": 95, "values": 95, "quantity": 92, "source": 92}},
    "dev29": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 93},
              "de": {"found": 97, "values": 97, "quantity": 93, "source": 91},
              "en": {"found": 97, "values": 97, "quantity": 97, "source": 95}},
    "dev30": {"all": {"found": 97, "values": 96, "quantity": 94, "source": 91},
              "de": {"found": 96, "values": 96, "quantity": 90, "source": 87},
              "en": {"found": 97, "values": 96, "quantity": 97, "source": 93}},
    "dev31": {"all": {"found": 97, "values": 97, "quantity": 96, "source": 92},
              "de": {"found": 96, "values": 96, "quantity": 95, "source": 85},
              "en": {"found": 97, "values": 97, "quantity": 95, "source": 97}},
    "dev32": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 93},
              "de": {"found": 97, "values": 97, "quantity": 92, "source": 91},
              "en": {"found": 97, "values": 97, "quantity": 97, "source": 95}},
    "dev33": {"all": {"found": 97, "values": 97, "quantity": 97, "source": 93},
              "de": {"found": 97, "values": 97, "quantity": 97, "source": 91},
              "en": {"found": 97, "values": 97, "quantity": 97, "source": 95}},
    "dev34": {"all": {"found": 97, "values": 97, "quantity": 93, "source": 95},
              "de": {"found": 97, "values": 97, "quantity": 91, "source": 93},
              "en": {"found": 97, "values": 97, "quantity": 96, "source": 97}},
    "dev35": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 93},
              "de": {"found": 97, "values": 97, "quantity": 97, "source": 93},
              "en": {"found": 97, "values": 97, "quantity": 93, "source": 93}},
    "dev36": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 93},
              "de": {"found": 97, "values": 97, "quantity": 96, "source": 94},
              "en": {"found": 97, "values": 97, "quantity": 94, "source": 92}},
    # the eighteenth session's sets, tuned on (their untuned figures are in LABELS.md)
    "dev37": {"all": {"found": 97, "values": 97, "quantity": 96, "source": 91},
              "de": {"found": 97, "values": 97, "quantity": 97, "source": 87},
              "en": {"found": 97, "values": 97, "quantity": 95, "source": 95}},
    "dev38": {"all": {"found": 97, "values": 97, "quantity": 95, "source": 92},
              "de": {"found": 97, "values": 97, "quantity": 95, "source": 89},
              "en": {"found": 97, "values": 97, "quantity": 95, "source": 95}},
    "dev39": {"all": {"found": 96, "values": 96, "quantity": 90, "source": 94},
              "de": {"found": 97, "values": 97, "quantity": 88, "source": 95},
              "en": {"found": 95, "values": 95, "quantity": 93, "source": 93}},
    # the nineteenth session's sets, tuned on (their untuned figures are in LABELS.md)
    "dev40": {"all": {"found": 96, "values": 95, "quantity": 94, "source": 86},
              "de": {"found": 95, "values": 95, "quantity": 93, "source": 86},
              "en": {"found": 95, "values": 93, "quantity": 95, "source": 87}},
    "dev41": {"all": {"found": 97, "values": 96, "quantity": 96, "source": 94},
              "de": {"found": 97, "values": 97, "quantity": 95, "source": 93},
              "en": {"found": 97, "values": 95, "quantity": 97, "source": 95}},
    "dev42": {"all": {"found": 97, "values": 95, "quantity": 96, "source": 96},
              "de": {"found": 97, "values": 97, "quantity": 97, "source": 95},
              "en": {"found": 97, "values": 93, "quantity": 95, "source": 97}},
    "dev43": {"all": {"found": 96, "values": 96, "quantity": 93, "source": 84},
              "de": {"found": 97, "values": 97, "quantity": 94, "source": 82},
              "en": {"found": 96, "values": 96, "quantity": 92, "source": 86}},
    "dev44": {"all": {"found": 97, "values": 97, "quantity": 94, "source": 91},
              "de": {"found": 99, "values": 99, "quantity": 94, "source": 94},
              "en": {"found": 96, "values": 96, "quantity": 94, "source": 88}},
    "dev45": {"all": {"found": 97, "values": 97, "quantity": 93, "source": 95},
              "de": {"found": 96, "values": 96, "quantity": 94, "source": 96},
              "en": {"found": 99, "values": 99, "quantity": 92, "source": 94}},
    "dev46": {"all": {"found": 96, "values": 96, "quantity": 94, "source": 93},
              "de": {"found": 94, "values": 94, "quantity": 92, "source": 94},
              "en": {"found": 99, "values": 99, "quantity": 96, "source": 91}},
    "dev47": {"all": {"found": 98, "values": 98, "quantity": 97, "source": 97},
              "de": {"found": 98, "values": 98, "quantity": 98, "source": 96},
              "en": {"found": 98, "values": 98, "quantity": 96, "source": 98}},
    "dev48": {"all": {"found": 98, "values": 98, "quantity": 96, "source": 93},
              "de": {"found": 98, "values": 98, "quantity": 97, "source": 91},
              "en": {"found": 98, "values": 98, "quantity": 95, "source": 95}},
    "dev49": {"all": {"found": 98, "values": 98, "quantity": 94, "source": 96},
              "de": {"found": 98, "values": 98, "quantity": 90, "source": 95},
              "en": {"found": 98, "values": 98, "quantity": 97, "source": 97}},
    "dev50": {"all": {"found": 98, "values": 98, "quantity": 95, "source": 94},
              "de": {"found": 98, "values": 98, "quantity": 95, "source": 95},
              "en": {"found": 98, "values": 98, "quantity": 95, "source": 93}},
    "dev51": {"all": {"found": 97, "values": 96, "quantity": 94, "source": 96},
              "de": {"found": 99, "values": 99, "quantity": 92, "source": 96},
              "en": {"found": 96, "values": 94, "quantity": 96, "source": 96}},
    "dev52": {"all": {"found": 96, "values": 96, "quantity": 93, "source": 90},
              "de": {"found": 99, "values": 99, "quantity": 92, "source": 90},
              "en": {"found": 94, "values": 94, "quantity": 94, "source": 90}},
    "dev53": {"all": {"found": 97, "values": 96, "quantity": 95, "source": 89},
              "de": {"found": 99, "values": 99, "quantity": 96, "source": 92},
              "en": {"found": 96, "values": 94, "quantity": 94, "source": 85}},
    "dev54": {"all": {"found": 99, "values": 97, "quantity": 93, "source": 83},
              "de": {"found": 99, "values": 96, "quantity": 90, "source": 83},
              "en": {"found": 99, "values": 99, "quantity": 96, "source": 84}},
    "dev55": {"all": {"found": 99, "values": 99, "quantity": 94, "source": 89},
              "de": {"found": 99, "values": 99, "quantity": 96, "source": 84},
              "en": {"found": 99, "values": 99, "quantity": 92, "source": 94}},
    "dev56": {"all": {"found": 96, "values": 96, "quantity": 94, "source": 79},
              "de": {"found": 99, "values": 99, "quantity": 96, "source": 90},
              "en": {"found": 93, "values": 93, "quantity": 93, "source": 66}},
    "dev57": {"all": {"found": 99, "values": 97, "quantity": 93, "source": 91},
              "de": {"found": 99, "values": 97, "quantity": 94, "source": 90},
              "en": {"found": 99, "values": 99, "quantity": 92, "source": 92}},
    "dev58": {"all": {"found": 99, "values": 99, "quantity": 99, "source": 84},
              "de": {"found": 99, "values": 99, "quantity": 99, "source": 79},
              "en": {"found": 99, "values": 99, "quantity": 99, "source": 90}},
    # the twenty-fifth session's sets, after its tuning (one point below the figures measured then)
    "dev59": {"all": {"found": 98, "values": 98, "quantity": 95, "source": 88},
              "de": {"found": 99, "values": 99, "quantity": 95, "source": 90},
              "en": {"found": 96, "values": 96, "quantity": 96, "source": 86}},
    "dev60": {"all": {"found": 96, "values": 95, "quantity": 96, "source": 76},
              "de": {"found": 99, "values": 99, "quantity": 99, "source": 73},
              "en": {"found": 94, "values": 92, "quantity": 94, "source": 79}},
    "dev61": {"all": {"found": 97, "values": 96, "quantity": 96, "source": 91},
              "de": {"found": 99, "values": 99, "quantity": 99, "source": 95},
              "en": {"found": 97, "values": 95, "quantity": 95, "source": 89}},
    "dev62": {"all": {"found": 99, "values": 99, "quantity": 96, "source": 92},
              "de": {"found": 99, "values": 99, "quantity": 96, "source": 94},
              "en": {"found": 99, "values": 99, "quantity": 96, "source": 90}},
    "dev63": {"all": {"found": 92, "values": 92, "quantity": 84, "source": 61},
              "de": {"found": 92, "values": 92, "quantity": 81, "source": 56},
              "en": {"found": 92, "values": 92, "quantity": 88, "source": 65}},
    # twenty-sixth session (tuned on dev64-dev70), floors two points below the figures at its end (quantity / source all):
    # dev64 91.9 / 80.8, dev65 96.6 / 96.6, dev66 95.4 / 94.5, dev67 86.4 / 83.5, dev68 93.8 / 83.2, dev69 90.6 / 82.4, dev70 96.3 / 80.7
    "dev64": {"all": {"found": 95, "values": 90, "quantity": 89, "source": 78},
              "de": {"found": 95, "values": 93, "quantity": 91, "source": 82},
              "en": {"found": 94, "values": 88, "quantity": 88, "source": 75}},
    "dev65": {"all": {"found": 98, "values": 98, "quantity": 94, "source": 94},
              "de": {"found": 98, "values": 98, "quantity": 95, "source": 93},
              "en": {"found": 98, "values": 98, "quantity": 93, "source": 95}},
    "dev66": {"all": {"found": 98, "values": 93, "quantity": 93, "source": 92},
              "de": {"found": 98, "values": 96, "quantity": 94, "source": 96},
              "en": {"found": 98, "values": 91, "quantity": 92, "source": 89}},
    "dev67": {"all": {"found": 95, "values": 95, "quantity": 84, "source": 81},
              "de": {"found": 94, "values": 94, "quantity": 80, "source": 82},
              "en": {"found": 96, "values": 96, "quantity": 88, "source": 80}},
    "dev68": {"all": {"found": 97, "values": 94, "quantity": 91, "source": 81},
              "de": {"found": 96, "values": 92, "quantity": 92, "source": 84},
              "en": {"found": 98, "values": 96, "quantity": 90, "source": 78}},
    "dev69": {"all": {"found": 98, "values": 98, "quantity": 88, "source": 80},
              "de": {"found": 98, "values": 98, "quantity": 88, "source": 81},
              "en": {"found": 98, "values": 98, "quantity": 88, "source": 79}},
    "dev70": {"all": {"found": 97, "values": 96, "quantity": 94, "source": 78},
              "de": {"found": 96, "values": 96, "quantity": 96, "source": 77},
              "en": {"found": 98, "values": 96, "quantity": 92, "source": 80}},
    # twenty-seventh session (tuned on dev71-dev74), floors two points below the figures at its end (quantity / source all):
    # dev71 91.5 / 92.6, dev72 97.9 / 88.3, dev73 94.4 / 88.9, dev74 99.1 / 95.5
    "dev71": {"all": {"found": 95, "values": 94, "quantity": 89, "source": 90},
              "de": {"found": 93, "values": 91, "quantity": 89, "source": 86},
              "en": {"found": 98, "values": 98, "quantity": 89, "source": 93}},
    "dev72": {"all": {"found": 98, "values": 98, "quantity": 95, "source": 86},
              "de": {"found": 98, "values": 98, "quantity": 98, "source": 91},
              "en": {"found": 98, "values": 98, "quantity": 93, "source": 80}},
    "dev73": {"all": {"found": 96, "values": 95, "quantity": 92, "source": 86},
              "de": {"found": 98, "values": 98, "quantity": 91, "source": 89},
              "en": {"found": 95, "values": 93, "quantity": 93, "source": 84}},
    "dev74": {"all": {"found": 98, "values": 97, "quantity": 97, "source": 93},
              "de": {"found": 98, "values": 98, "quantity": 96, "source": 89},
              "en": {"found": 98, "values": 96, "quantity": 98, "source": 98}},
    # twenty-eighth session (tuned on dev75-dev78), floors two points below the figures at its end (quantity / source all):
    # dev75 100.0 / 95.6, dev76 98.9 / 87.8, dev77 95.7 / 91.3, dev78 97.5 / 86.4
    "dev75": {"all": {"found": 98, "values": 98, "quantity": 98, "source": 93},
              "de": {"found": 98, "values": 98, "quantity": 98, "source": 89},
              "en": {"found": 98, "values": 98, "quantity": 98, "source": 98}},
    "dev76": {"all": {"found": 96, "values": 96, "quantity": 96, "source": 85},
              "de": {"found": 95, "values": 95, "quantity": 95, "source": 82},
              "en": {"found": 98, "values": 98, "quantity": 98, "source": 89}},
    "dev77": {"all": {"found": 98, "values": 98, "quantity": 93, "source": 89},
              "de": {"found": 98, "values": 98, "quantity": 93, "source": 87},
              "en": {"found": 98, "values": 98, "quantity": 93, "source": 91}},
    "dev78": {"all": {"found": 97, "values": 95, "quantity": 95, "source": 84},
              "de": {"found": 98, "values": 96, "quantity": 94, "source": 79},
              "en": {"found": 96, "values": 94, "quantity": 96, "source": 90}},
    # twenty-ninth session (tuned on dev79-dev82), floors two points below the figures at its end (quantity / source all):
    # dev79 95.4 / 97.7, dev80 98.9 / 92.2, dev81 94.6 / 93.5, dev82 92.5 / 92.5
    "dev79": {"all": {"found": 98, "values": 98, "quantity": 93, "source": 95},
              "de": {"found": 98, "values": 98, "quantity": 92, "source": 96},
              "en": {"found": 98, "values": 98, "quantity": 94, "source": 94}},
    "dev80": {"all": {"found": 98, "values": 98, "quantity": 96, "source": 90},
              "de": {"found": 98, "values": 98, "quantity": 98, "source": 94},
              "en": {"found": 98, "values": 98, "quantity": 96, "source": 87}},
    "dev81": {"all": {"found": 95, "values": 95, "quantity": 92, "source": 91},
              "de": {"found": 95, "values": 95, "quantity": 88, "source": 88},
              "en": {"found": 95, "values": 95, "quantity": 95, "source": 93}},
    "dev82": {"all": {"found": 95, "values": 95, "quantity": 90, "source": 90},
              "de": {"found": 98, "values": 98, "quantity": 95, "source": 89},
              "en": {"found": 93, "values": 93, "quantity": 85, "source": 91}},
    "dev83": {"all": {"found": 98, "values": 98, "quantity": 94, "source": 93},
              "de": {"found": 98, "values": 98, "quantity": 95, "source": 91},
              "en": {"found": 98, "values": 98, "quantity": 93, "source": 95}},
    "dev84": {"all": {"found": 89, "values": 89, "quantity": 83, "source": 76},
              "de": {"found": 93, "values": 93, "quantity": 85, "source": 77},
              "en": {"found": 84, "values": 84, "quantity": 80, "source": 75}},
    "dev85": {"all": {"found": 97, "values": 94, "quantity": 91, "source": 85},
              "de": {"found": 98, "values": 98, "quantity": 91, "source": 80},
              "en": {"found": 96, "values": 93, "quantity": 92, "source": 87}},
    "dev86": {"all": {"found": 95, "values": 95, "quantity": 94, "source": 90},
              "de": {"found": 93, "values": 93, "quantity": 93, "source": 87},
              "en": {"found": 98, "values": 98, "quantity": 95, "source": 93}},
    "dev87": {"all": {"found": 96, "values": 96, "quantity": 95, "source": 94},
              "de": {"found": 98, "values": 98, "quantity": 98, "source": 95},
              "en": {"found": 95, "values": 95, "quantity": 93, "source": 93}},
    "dev88": {"all": {"found": 98, "values": 98, "quantity": 90, "source": 89},
              "de": {"found": 98, "values": 98, "quantity": 85, "source": 87},
              "en": {"found": 98, "values": 98, "quantity": 98, "source": 92}},
    "dev89": {"all": {"found": 95, "values": 95, "quantity": 91, "source": 82},
              "de": {"found": 95, "values": 95, "quantity": 88, "source": 83},
              "en": {"found": 95, "values": 95, "quantity": 93, "source": 81}},
    "dev90": {"all": {"found": 98, "values": 98, "quantity": 94, "source": 93},
              "de": {"found": 98, "values": 98, "quantity": 93, "source": 91},
              "en": {"found": 98, "values": 98, "quantity": 95, "source": 95}},
    "dev91": {"all": {"found": 95, "values": 95, "quantity": 92, "source": 82},
              "de": {"found": 98, "values": 98, "quantity": 91, "source": 74},
              "en": {"found": 94, "values": 94, "quantity": 93, "source": 86}},
    "dev92": {"all": {"found": 96, "values": 96, "quantity": 92, "source": 87},
              "de": {"found": 95, "values": 95, "quantity": 91, "source": 84},
              "en": {"found": 98, "values": 98, "quantity": 93, "source": 91}},
    "dev93": {"all": {"found": 96, "values": 96, "quantity": 94, "source": 87},
              "de": {"found": 96, "values": 96, "quantity": 92, "source": 90},
              "en": {"found": 96, "values": 96, "quantity": 96, "source": 83}},
    # the thirty-third session's sets, two points below their figures after its tuning
    "dev94": {"all": {"found": 95, "values": 94, "quantity": 95, "source": 89},
              "de": {"found": 95, "values": 95, "quantity": 95, "source": 95},
              "en": {"found": 95, "values": 93, "quantity": 95, "source": 84}},
    "dev95": {"all": {"found": 96, "values": 96, "quantity": 90, "source": 86},
              "de": {"found": 98, "values": 98, "quantity": 93, "source": 86},
              "en": {"found": 95, "values": 95, "quantity": 86, "source": 86}},
    "dev96": {"all": {"found": 96, "values": 96, "quantity": 94, "source": 88},
              "de": {"found": 96, "values": 96, "quantity": 93, "source": 84},
              "en": {"found": 98, "values": 98, "quantity": 98, "source": 94}},
    "dev97": {"all": {"found": 93, "values": 92, "quantity": 90, "source": 84},
              "de": {"found": 91, "values": 91, "quantity": 91, "source": 84},
              "en": {"found": 94, "values": 93, "quantity": 89, "source": 84}},
    "dev98": {"all": {"found": 98, "values": 98, "quantity": 95, "source": 90},
              "de": {"found": 98, "values": 98, "quantity": 93, "source": 89},
              "en": {"found": 98, "values": 98, "quantity": 96, "source": 92}},
    "dev99": {"all": {"found": 98, "values": 98, "quantity": 91, "source": 87},
              "de": {"found": 98, "values": 98, "quantity": 91, "source": 78},
              "en": {"found": 98, "values": 98, "quantity": 91, "source": 95}},
}

_LATER: dict = {}


@pytest.mark.parametrize(("name", "language"), [(n, lang) for n, by_language in LATER_FLOORS.items()
                                                for lang in by_language])
def test_later_development_sets_accuracy_floors(name, language):
    if name not in _LATER:
        _LATER[name] = bench_accuracy.score_set(SETS[name])
    figures = _LATER[name][language]
    floors = LATER_FLOORS[name][language]
    low = {c: figures[f"{c}_pct"] for c, floor in floors.items() if figures[f"{c}_pct"] < floor}
    assert low == {}, f"{name}: below the floors {floors}"
