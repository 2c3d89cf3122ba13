"""Accuracy of the claim extractor on the labelled evaluation sets (issues 14 and 15).

Runs ``analysis.extract_claims`` on every text of a set (``benchmarks/data/dev_set.yaml``,
``dev_set_2.yaml`` ... ``dev_set_14.yaml``, and the held-back sets ``heldback_set.yaml``,
``heldback_set_2.yaml``, ``heldback_set_3.yaml`` and ``heldback_set_4.yaml``) and compares the claims it finds with the labelled
ones.  The labelling rules are in ``benchmarks/data/LABELS.md``.

Matching: a predicted claim matches an expected claim when any of its spans (``char_start`` /
``char_end`` and every ``start-end`` in ``mention_spans``) overlaps the expected number's span
(the ``occurrence``-th occurrence of ``number`` in the text).  Each predicted claim matches at
most one expected claim by its own span, and each expected claim at most one predicted claim; an expected
claim left over is then matched by a predicted claim that lists its number among its repeats (a headline
figure the body repeats is one claim with two mentions, ``mention_spans``; from the ninth session on; the
eighth session's figures counted the repeat as not found).

Columns, per set and per language (percentages over expected claims):

* found           expected claims matched by a predicted claim
* values          value_low / value_best / value_high all equal
* quantity        quantity equal
* casualty type   casualty_type equal (over expected casualty claims only)
* source          source equal
* source_text     the predicted claimer's words overlap the labelled ones (predicted offsets
                  ``source_text_start``/``source_text_end`` when the table has them, else any
                  occurrence of the predicted ``source_text`` in the text); an expected null
                  wants a null.  Without a ``source_text`` column every claim counts as wrong.
* via             via equal (null = null)
* reference       reference_start and reference_end both equal (expected null wants null)
* non-claims taken  labelled non-claim numbers that a predicted claim overlaps
* extra           predicted claims that match neither a labelled claim nor a non-claim

A value missing from the prediction (an unmatched claim) counts as wrong in every column.

    python benchmarks/bench_accuracy.py                 # both sets, counts only
    python benchmarks/bench_accuracy.py --misses        # also every miss on the DEV set
    python benchmarks/bench_accuracy.py --json out.json # write the figures

The held-back set is never printed text by text: only its counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = Path(__file__).resolve().parent / "data"
DEV_SET = DATA / "dev_set.yaml"
DEV_SET_2 = DATA / "dev_set_2.yaml"      # a second development set in new wordings, written later
DEV_SET_3 = DATA / "dev_set_3.yaml"      # a third development set in wordings the first two do not use
DEV_SET_4 = DATA / "dev_set_4.yaml"      # a fourth development set in wordings the first three do not use
DEV_SET_5 = DATA / "dev_set_5.yaml"      # a fifth, written from real styles after tuning on four
DEV_SET_6 = DATA / "dev_set_6.yaml"      # a sixth, written after the fifth round of tuning
DEV_SET_7 = DATA / "dev_set_7.yaml"      # a seventh, written after the sixth round
DEV_SET_8 = DATA / "dev_set_8.yaml"      # an eighth, mostly ordinary reporting, after the seventh round
DEV_SET_9 = DATA / "dev_set_9.yaml"      # a ninth, tickers, Korean and Japanese papers in English, 2025 pieces
DEV_SET_10 = DATA / "dev_set_10.yaml"    # a tenth, statements, transcripts, explainers, analyses, 2025-26 follow-ups
DEV_SET_11 = DATA / "dev_set_11.yaml"    # an eleventh, German reporting above all (wire copy, tickers, regional papers)
DEV_SET_12 = DATA / "dev_set_12.yaml"    # a twelfth, German offices, relays, passives and impersonal attributions
DEV_SET_13 = DATA / "dev_set_13.yaml"    # a thirteenth, sampled broadly and scored untuned after the twelfth round
DEV_SET_14 = DATA / "dev_set_14.yaml"    # a fourteenth, German reporting of every kind above all, after the thirteenth
DEV_SET_15 = DATA / "dev_set_15.yaml"    # a fifteenth, German counted nouns, tense and mood above all, seventh session
DEV_SET_16 = DATA / "dev_set_16.yaml"    # a sixteenth, English claimers and English not-claims above all, eighth session
DEV_SET_17 = DATA / "dev_set_17.yaml"    # a seventeenth, English counted things and not-claims, German claimers, ninth session
DEV_SET_18 = DATA / "dev_set_18.yaml"    # an eighteenth, German counted things and found claims, English claimers, tenth session
DEV_SET_19 = DATA / "dev_set_19.yaml"    # a nineteenth, English counted things, claimers and not-claims, eleventh session
DEV_SET_20 = DATA / "dev_set_20.yaml"    # a twentieth, German claimers above all, late in the eleventh session
DEV_SET_21 = DATA / "dev_set_21.yaml"    # a twenty-first, German claimers and counted things, in the twelfth session
DEV_SET_22 = DATA / "dev_set_22.yaml"    # a twenty-second, what is counted and what is not a claim, both languages
DEV_SET_23 = DATA / "dev_set_23.yaml"    # a twenty-third, who claims it in both languages, in the thirteenth session
DEV_SET_24 = DATA / "dev_set_24.yaml"    # a twenty-fourth, what is counted and what is not a claim, English as hard as German
DEV_SET_25 = DATA / "dev_set_25.yaml"    # a twenty-fifth, who claims it with the German half the harder, in the fourteenth session
DEV_SET_26 = DATA / "dev_set_26.yaml"    # a twenty-sixth, who claims it and what is counted at once, in long excerpts
DEV_SET_27 = DATA / "dev_set_27.yaml"    # a twenty-seventh, ordinary reporting as held-back writers write it, German the harder
DEV_SET_28 = DATA / "dev_set_28.yaml"    # a twenty-eighth, what is counted and what is not a claim, English the harder for not-claims
DEV_SET_29 = DATA / "dev_set_29.yaml"    # a twenty-ninth, ordinary weekly reporting, German counted nouns, tense and modality
DEV_SET_30 = DATA / "dev_set_30.yaml"    # a thirtieth, ordinary weekly reporting, English claimers as hard as real copy
DEV_SET_31 = DATA / "dev_set_31.yaml"    # a thirty-first, not-claims beside claims and what is counted, in tickers and longer reports
DEV_SET_32 = DATA / "dev_set_32.yaml"    # a thirty-second, ordinary weekly reporting, German claimers and counted nouns the harder
DEV_SET_33 = DATA / "dev_set_33.yaml"    # a thirty-third, ordinary weekly reporting, who claims it with the German half the harder
DEV_SET_34 = DATA / "dev_set_34.yaml"    # a thirty-fourth, ordinary weekly reporting, English not-claims and claimers the harder
DEV_SET_35 = DATA / "dev_set_35.yaml"    # a thirty-fifth, ordinary weekly reporting, who says it as Korean, Ukrainian and Russian outlets and German relays write it
DEV_SET_36 = DATA / "dev_set_36.yaml"    # a thirty-sixth, what is counted and not-claims in longer pieces (explainers, fact boxes)
DEV_SET_37 = DATA / "dev_set_37.yaml"    # a thirty-seventh, German copy as a reader meets it: who says it and what is counted, in whole paragraphs
DEV_SET_39 = DATA / "dev_set_39.yaml"    # a thirty-ninth, who says it in German copy of every kind (APA, SDA, dpa relays, tickers, radio)
DEV_SET_40 = DATA / "dev_set_40.yaml"    # a fortieth, not-claims beside claims and what is counted in whole 2025-2026 paragraphs
DEV_SET_41 = DATA / "dev_set_41.yaml"    # a forty-first, who says it when the attribution is not in the figure's own clause (German and English copy equally)
DEV_SET_42 = DATA / "dev_set_42.yaml"    # a forty-second, live tickers and live blogs (German and English, 2025-2026)
DEV_SET_43 = DATA / "dev_set_43.yaml"    # a forty-third, explainers and background pieces (FAQ, timelines, fact-checks, analyses; German and English, 2025-2026)
DEV_SET_44 = DATA / "dev_set_44.yaml"    # a forty-fourth, not-claims beside claims and what is counted in ordinary 2025-2026 copy (German and English)
DEV_SET_45 = DATA / "dev_set_45.yaml"    # a forty-fifth, who says it as regional, Austrian, Swiss and South-Tyrolean papers and Korean, Ukrainian, Japanese and Baltic outlets in English rework agency copy
DEV_SET_46 = DATA / "dev_set_46.yaml"    # a forty-sixth, short forms: headlines with sub-heads, teasers, pushes, briefings, captions, video descriptions, social posts, fact boxes, corrections (German and English)
DEV_SET_47 = DATA / "dev_set_47.yaml"    # a forty-seventh, who says it when two or three sources give figures in one paragraph (German and English running copy)
DEV_SET_48 = DATA / "dev_set_48.yaml"    # a forty-eighth, what is counted and not-claims beyond the first wave (Kursk aftermath, tallies, prisoners, wounded, rotations, workers, engineers, munitions, memorials), German and English
DEV_SET_49 = DATA / "dev_set_49.yaml"    # a forty-ninth, who says it in German copy of 2025-2026 (wire services, broadcasters' tickers, regional papers), English ordinary relays
DEV_SET_50 = DATA / "dev_set_50.yaml"    # a fiftieth, numbers that are not claims beside ones that are, and what is counted (drones, losses, workers, money, designations, page furniture), German and English, twenty-second session
DEV_SET_51 = DATA / "dev_set_51.yaml"    # a fifty-first, what is counted and numbers that are not claims beside real ones (casualty synonyms, sappers, construction units, workers, captured, munitions, tense and modality, page furniture), German and English, twenty-third session
DEV_SET_52 = DATA / "dev_set_52.yaml"    # a fifty-second, ordinary reporting as a reader meets it with German copy the harder (claimers by office, relays, Konjunktiv chains; counted nouns; periods; not-claims), twenty-third session
DEV_SET_53 = DATA / "dev_set_53.yaml"    # a fifty-third, numbers that are not claims beside claims and what is counted, English copy above all, twenty-third session
DEV_SET_54 = DATA / "dev_set_54.yaml"    # a fifty-fourth, 2025-2026 German wire, ticker and radio copy and English reporting (who says it, what is counted, the period, not-claims), twenty-third session
DEV_SET_55 = DATA / "dev_set_55.yaml"    # a fifty-fifth, what is counted (plans vs deployments, casualty types, prisoners, deserters, workers vs soldiers, munitions, nouns elsewhere) in German and English, twenty-fourth session
DEV_SET_56 = DATA / "dev_set_56.yaml"    # a fifty-sixth, numbers that are not claims beside claims, German the harder, twenty-fourth session
DEV_SET_57 = DATA / "dev_set_57.yaml"    # a fifty-seventh, what is counted (German grammar of plans, hearsay, casualties, workers, munitions), German the harder, twenty-fourth session
DEV_SET_58 = DATA / "dev_set_58.yaml"    # a fifty-eighth, what is counted and numbers that are not claims in live blogs, tickers and briefings (German and English), twenty-fourth session
DEV_SET_59 = DATA / "dev_set_59.yaml"    # a fifty-ninth, German quantity in regional, Austrian and Swiss copy, twenty-fifth session
DEV_SET_60 = DATA / "dev_set_60.yaml"    # a sixtieth, numbers that are not claims beside claims in new genres (German and English), twenty-fifth session
DEV_SET_61 = DATA / "dev_set_61.yaml"    # a sixty-first, what is counted in English wire, broadcast and Asian outlets, twenty-fifth session
DEV_SET_62 = DATA / "dev_set_62.yaml"    # a sixty-second, what is counted in German agency copy and broadcasts, twenty-fifth session
DEV_SET_63 = DATA / "dev_set_63.yaml"    # a sixty-third, claims and not-claims in analyses, op-eds and think-tank pieces, twenty-fifth session
DEV_SET_64 = DATA / "dev_set_64.yaml"    # a sixty-fourth, what is counted in German interviews, transcripts and explainers, twenty-sixth session
DEV_SET_65 = DATA / "dev_set_65.yaml"    # a sixty-fifth, numbers that are not claims inside claim-dense copy, both languages, twenty-sixth session
DEV_SET_66 = DATA / "dev_set_66.yaml"    # a sixty-sixth, what is counted in English live blogs, briefings and Korean outlets, twenty-sixth session
DEV_SET_67 = DATA / "dev_set_67.yaml"    # a sixty-seventh, what is counted in later reporting (2025-2026): rotations, workers, munitions, memorials, both languages, twenty-sixth session
DEV_SET_68 = DATA / "dev_set_68.yaml"    # a sixty-eighth, what is counted in German popular and regional papers, with headlines and summaries, twenty-sixth session
DEV_SET_69 = DATA / "dev_set_69.yaml"    # a sixty-ninth, numbers that are not claims beside claims in German and English reporting, a second set, twenty-sixth session
DEV_SET_70 = DATA / "dev_set_70.yaml"    # a seventieth, what is counted in English quality papers and analyses with several figures per sentence, twenty-sixth session
DEV_SET_71 = DATA / "dev_set_71.yaml"    # number 71, German quantity in ordinary regional and Austrian/Swiss wire copy, German tickers, twenty-seventh session
DEV_SET_72 = DATA / "dev_set_72.yaml"    # number 72, English not-claims beside claims, a third set: live blogs, Korean outlets and briefings, twenty-seventh session
DEV_SET_73 = DATA / "dev_set_73.yaml"    # number 73, German sources and relays: who claims, via whom, twenty-seventh session
DEV_SET_74 = DATA / "dev_set_74.yaml"    # number 74, reference periods and dates in both languages: as of, since, until, by the end of, over the past months, twenty-seventh session
DEV_SET_75 = DATA / "dev_set_75.yaml"    # number 75, English not-claims: numbers about the topic's neighbours, a fourth set, twenty-eighth session
DEV_SET_76 = DATA / "dev_set_76.yaml"    # number 76, German not-claims beside claims in wire, broadcaster and regional copy, a fourth set, twenty-eighth session
DEV_SET_77 = DATA / "dev_set_77.yaml"    # number 77, English sources and relays: who claims, via whom, twenty-eighth session
DEV_SET_78 = DATA / "dev_set_78.yaml"    # number 78, What is counted: totals, parts, fractions, ranges and numbers in words in both languages, twenty-eighth session
DEV_SET_79 = DATA / "dev_set_79.yaml"    # number 79, German sources and relays: who claims it, as written and resolved, twenty-ninth session
DEV_SET_80 = DATA / "dev_set_80.yaml"    # number 80, English not-claims in live-blog and wire styles, twenty-ninth session
DEV_SET_81 = DATA / "dev_set_81.yaml"    # number 81, Reference periods: the period each figure describes, in both languages, twenty-ninth session
DEV_SET_82 = DATA / "dev_set_82.yaml"    # number 82, Deployed vs planned vs rotated, tense and modality, in both languages, twenty-ninth session
DEV_SET_83 = DATA / "dev_set_83.yaml"    # number 83, German not-claims and numbers in words, in regional, Austrian and Swiss copy, thirtieth session
DEV_SET_84 = DATA / "dev_set_84.yaml"    # number 84, Questions, negation, conditionals, denials and hedged ranges, in both languages, thirtieth session
DEV_SET_85 = DATA / "dev_set_85.yaml"    # number 85, English sources: many claimers per paragraph, officials, think tanks, anonymous sources, nested relays, thirtieth session
DEV_SET_86 = DATA / "dev_set_86.yaml"    # number 86, Not-claims beside claims: other armies, losses, prisoners, money, polls, weapons, distances, ages, in both languages, thirty-first session
DEV_SET_87 = DATA / "dev_set_87.yaml"    # number 87, reference periods in English live blogs and explainers and German tickers and backgrounders: as of, since, by the end of, seit, bis Ende, Stand, dates of saying, thirty-first session
DEV_SET_88 = DATA / "dev_set_88.yaml"    # number 88, German sources in long agency and newspaper paragraphs: offices and appositions, carried sources, Konjunktiv I, relays, anonymous sources, thirty-first session
DEV_SET_89 = DATA / "dev_set_89.yaml"    # number 89, small counts and counts in words, prisoners of war, single deaths, small units beside large estimates, number-like words that are not claims, thirty-second session
DEV_SET_90 = DATA / "dev_set_90.yaml"    # number 90, Deployed vs planned and what is counted: tense, mood and modality in relative and subordinate clauses, the counted noun far from its figure, in both languages, thirty-second session
DEV_SET_91 = DATA / "dev_set_91.yaml"    # number 91, English sources in transcripts, interviews and Q&A: briefings, hearings, speaker labels, carried sources, relays, anonymous officials, thirty-second session
DEV_SET_92 = DATA / "dev_set_92.yaml"    # number 92, General coverage, German-weighted mix, two-sided: 2025-2026 regional, Austrian and Swiss papers, public broadcasters and English wire copy, thirty-second session
DEV_SET_93 = DATA / "dev_set_93.yaml"    # number 93, General coverage, two-sided: wire copy, broadsheets, live blogs and analysis pieces from 2025 and 2026, every category mixed, thirty-second session
DEV_SET_94 = DATA / "dev_set_94.yaml"    # number 94, Claims beside not-claims, two-sided: other armies and wars, other countries' aid, Russia's economy and recruitment, distances, durations, designations, ages, dates and percentages next to real claims, thirty-third session
DEV_SET_95 = DATA / "dev_set_95.yaml"    # number 95, State media, denials and reference periods, two-sided: KCNA, Rodong Sinmun, TASS, RIA Novosti, the Kremlin and Pyongyang, their denials and admissions, relays, cumulative and per-period figures, thirty-third session
DEV_SET_96 = DATA / "dev_set_96.yaml"    # number 96, Live blogs, tickers and news digests, German-weighted: timestamped items, headlines and teasers, bullet boxes, captions, page furniture, short-form sources, telegraphic syntax, thirty-third session
DEV_SET_97 = DATA / "dev_set_97.yaml"    # number 97, Analysis and think-tank reporting, English-weighted: satellite imagery, containers and rail cars, fractions of a stated base, totals and parts, revisions, rates, hedged figures, experts vs governments, thirty-third session
DEV_SET_98 = DATA / "dev_set_98.yaml"    # number 98, Who says it, German-weighted sources, two-sided: German, Austrian and Swiss agency copy and broadcasters and English wire copy relaying Seoul, Kyiv, Washington, London, Moscow and Pyongyang, thirty-third session
DEV_SET_99 = DATA / "dev_set_99.yaml"    # number 99, Who says it in English wire and broadsheet copy, two-sided: end-of-sentence attributions, officials and people familiar, lawmakers relaying the NIS, named spokespeople, carried sources, contradicting claims, think tanks vs governments, thirty-third session
DEV_SET_38 = DATA / "dev_set_38.yaml"    # a thirty-eighth, what is counted and not-claims in 2025-2026 copy (later deployments, workers, munitions, prisoners)
HELDBACK_SET = DATA / "heldback_set.yaml"
HELDBACK_SET_2 = DATA / "heldback_set_2.yaml"   # a second held-back set, written from real styles before the fifth round
HELDBACK_SET_3 = DATA / "heldback_set_3.yaml"   # a third, written from sixteen searches before the ninth round
HELDBACK_SET_4 = DATA / "heldback_set_4.yaml"   # a fourth, from eighteen searches (twelve German) after the eleventh set
HELDBACK_SET_5 = DATA / "heldback_set_5.yaml"   # a fifth, from twenty-six searches (eighteen German) after the thirteenth
HELDBACK_SET_6 = DATA / "heldback_set_6.yaml"   # a sixth, from eighteen searches (eleven German) late in the sixth session
HELDBACK_SET_7 = DATA / "heldback_set_7.yaml"   # a seventh, from twenty-four searches (sixteen German), seventh session
HELDBACK_SET_8 = DATA / "heldback_set_8.yaml"   # an eighth, from twenty-seven searches (eighteen English), eighth session
HELDBACK_SET_9 = DATA / "heldback_set_9.yaml"   # a ninth, from twenty searches (thirteen English), ninth session
HELDBACK_SET_10 = DATA / "heldback_set_10.yaml"   # a tenth, from twenty-four searches (thirteen German), tenth session
HELDBACK_SET_11 = DATA / "heldback_set_11.yaml"   # an eleventh, from twenty searches (eleven German), eleventh session
HELDBACK_SET_12 = DATA / "heldback_set_12.yaml"   # a twelfth, from twenty searches (ten German), twelfth session
HELDBACK_SET_13 = DATA / "heldback_set_13.yaml"   # a thirteenth, from twenty searches (ten German), thirteenth session
HELDBACK_SET_14 = DATA / "heldback_set_14.yaml"   # a fourteenth, from twenty searches (ten German), fourteenth session
HELDBACK_SET_15 = DATA / "heldback_set_15.yaml"   # a fifteenth, from twenty-two searches (eleven German), later in the fourteenth session
HELDBACK_SET_16 = DATA / "heldback_set_16.yaml"   # a sixteenth, from twenty searches (ten German), fifteenth session
HELDBACK_SET_17 = DATA / "heldback_set_17.yaml"   # a seventeenth, from twenty searches (ten German), fifteenth session
HELDBACK_SET_18 = DATA / "heldback_set_18.yaml"   # an eighteenth, from twenty searches (ten German), sixteenth session
HELDBACK_SET_19 = DATA / "heldback_set_19.yaml"   # a nineteenth, from fourteen searches (seven German), sixteenth session, never tuned on
HELDBACK_SET_20 = DATA / "heldback_set_20.yaml"   # a twentieth, from twenty searches (ten German), seventeenth session, never tuned on
HELDBACK_SET_21 = DATA / "heldback_set_21.yaml"   # a twenty-first, from twenty searches (ten German), eighteenth session, never tuned on
HELDBACK_SET_22 = DATA / "heldback_set_22.yaml"   # a twenty-second, from twenty searches (ten German), nineteenth session, never tuned on
HELDBACK_SET_23 = DATA / "heldback_set_23.yaml"   # a twenty-third, from twenty-two searches (ten German), twentieth session, never tuned on
HELDBACK_SET_24 = DATA / "heldback_set_24.yaml"   # a twenty-fourth, from twenty searches (ten German), twentieth session, never tuned on
HELDBACK_SET_25 = DATA / "heldback_set_25.yaml"   # a twenty-fifth, from twenty searches (ten German), twenty-first session, never tuned on
HELDBACK_SET_26 = DATA / "heldback_set_26.yaml"   # a twenty-sixth, from twenty searches (ten German), twenty-second session, never tuned on
HELDBACK_SET_27 = DATA / "heldback_set_27.yaml"   # a twenty-seventh, from twenty-one searches (eleven German), twenty-third session, never tuned on
HELDBACK_SET_28 = DATA / "heldback_set_28.yaml"   # a twenty-eighth, from twenty searches (ten German), twenty-fourth session, never tuned on
HELDBACK_SET_29 = DATA / "heldback_set_29.yaml"   # a twenty-ninth, from twenty searches (ten German), twenty-fifth session, never tuned on
HELDBACK_SET_30 = DATA / "heldback_set_30.yaml"   # a thirtieth, from twenty searches (ten German), twenty-sixth session, never tuned on
HELDBACK_SET_31 = DATA / "heldback_set_31.yaml"   # a thirty-first, from twenty searches (ten German), twenty-seventh session, never tuned on
HELDBACK_SET_32 = DATA / "heldback_set_32.yaml"   # a thirty-second, from twenty searches (ten German), twenty-eighth session, never tuned on
HELDBACK_SET_33 = DATA / "heldback_set_33.yaml"   # a thirty-third, from twenty searches (ten German), twenty-ninth session, never tuned on
HELDBACK_SET_34 = DATA / "heldback_set_34.yaml"   # a thirty-fourth, from twenty searches (ten German), thirtieth session, never tuned on
HELDBACK_SET_35 = DATA / "heldback_set_35.yaml"   # a thirty-fifth, from twenty searches (ten German), thirty-first session, never tuned on
HELDBACK_SET_36 = DATA / "heldback_set_36.yaml"   # a thirty-sixth, from twenty searches (ten German), thirty-second session, never tuned on
HELDBACK_SET_37 = DATA / "heldback_set_37.yaml"   # a thirty-seventh, from twenty searches (ten German), thirty-third session, never tuned on

COLUMNS = ["found", "values", "quantity", "casualty_type", "source", "source_text", "via", "reference"]


# -- loading ------------------------------------------------------------------------------------

def load_set(path: Path | str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["texts"]


def find_span(text: str, number: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th occurrence of ``number`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(number, start + 1)
        if start < 0:
            raise ValueError(f"{number!r} does not occur {occurrence} time(s) in {text[:60]!r}...")
    return start, start + len(number)


def expected_spans(entry: dict) -> tuple[list[dict], list[dict]]:
    text = entry["text"]
    claims = []
    for claim in entry.get("claims") or []:
        span = find_span(text, str(claim["number"]), claim.get("occurrence", 1))
        st_span = None
        if claim.get("source_text"):
            st_span = find_span(text, claim["source_text"], claim.get("source_text_occurrence", 1))
        claims.append({**claim, "span": span, "source_text_span": st_span})
    nots = []
    for item in entry.get("not_claims") or []:
        nots.append({**item, "span": find_span(text, str(item["number"]), item.get("occurrence", 1))})
    return claims, nots


# -- comparing ----------------------------------------------------------------------------------

def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def predicted_spans(row: dict) -> list[tuple[int, int]]:
    spans = []
    if row.get("char_start") is not None and row.get("char_end") is not None:
        spans.append((int(row["char_start"]), int(row["char_end"])))
    for part in str(row.get("mention_spans") or "").split(";"):
        if "-" in part:
            start, _, end = part.strip().partition("-")
            try:
                spans.append((int(start), int(end)))
            except ValueError:
                continue
    return spans


def _number_equal(expected, predicted) -> bool:
    if expected is None or predicted is None:
        return expected is None and predicted is None
    try:
        return math.isclose(float(expected), float(predicted), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _date_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def _source_text_right(expected: dict, row: dict, text: str) -> bool:
    if "source_text" not in row:
        return False
    predicted = row.get("source_text")
    wanted = expected["source_text_span"]
    if wanted is None:
        return predicted in (None, "")
    if not predicted:
        return False
    start, end = row.get("source_text_start"), row.get("source_text_end")
    if start is not None and end is not None:
        return _overlaps((int(start), int(end)), wanted)
    i = text.find(predicted)
    while i >= 0:
        if _overlaps((i, i + len(predicted)), wanted):
            return True
        i = text.find(predicted, i + 1)
    return False


def compare(expected: dict, row: dict, text: str) -> dict:
    values = all(_number_equal(expected.get(k), row.get(k)) for k in ("value_low", "value_best", "value_high"))
    casualty = None
    if expected["quantity"] == "casualties":
        casualty = row.get("quantity") == "casualties" and row.get("casualty_type") == expected.get("casualty_type")
    return {
        "found": True,
        "values": values,
        "quantity": row.get("quantity") == expected["quantity"],
        "casualty_type": casualty,
        "source": row.get("source") == expected["source"],
        "source_text": _source_text_right(expected, row, text),
        "via": (row.get("via") or None) == (expected.get("via") or None),
        "reference": (_date_text(row.get("reference_start")) == _date_text(expected.get("reference_start"))
                      and _date_text(row.get("reference_end")) == _date_text(expected.get("reference_end"))),
    }


def match(expected: list[dict], rows: list[dict]) -> list[int | None]:
    """For each expected claim the index of its predicted row (or None); greedy, nearest start first.

    A row matches one expected claim by its own span; an expected claim that no row's own span takes may then be
    matched by a row that lists the claim's number among its repeats (``mention_spans`` beyond its own span: "a
    headline figure the body repeats" is one claim with two mentions, and each labelled mention is found in it)."""
    used: set[int] = set()
    result: list[int | None] = []
    for claim in expected:
        candidates = []
        for i, row in enumerate(rows):
            if i in used:
                continue
            spans = predicted_spans(row)
            if any(_overlaps(span, claim["span"]) for span in spans):
                distance = min(abs(span[0] - claim["span"][0]) for span in spans)
                candidates.append((distance, i))
        if candidates:
            _, best = min(candidates)
            used.add(best)
            result.append(best)
        else:
            result.append(None)
    for k, claim in enumerate(expected):
        if result[k] is None:
            repeats = [i for i, row in enumerate(rows) if any(
                _overlaps(span, claim["span"]) for span in predicted_spans(row)[1:])]
            result[k] = repeats[0] if repeats else None
    return result


def predict(entry: dict) -> list[dict]:
    import analysis

    frame = analysis.extract_claims(entry["text"], published=str(entry["published"]),
                                    language=entry["language"], publisher=entry.get("publisher"))
    return frame.to_dicts()


def score_entry(entry: dict) -> dict:
    claims, nots = expected_spans(entry)
    rows = predict(entry)
    matched = match(claims, rows)
    results = []
    for claim, index in zip(claims, matched, strict=True):
        row = rows[index] if index is not None else None
        if row is None:
            outcome = {c: False for c in COLUMNS}
            outcome["casualty_type"] = False if claim["quantity"] == "casualties" else None
        else:
            outcome = compare(claim, row, entry["text"])
        results.append({"expected": claim, "predicted": row, "outcome": outcome})
    used = {i for i in matched if i is not None}
    taken = []
    for item in nots:
        hits = [r for r in rows if any(_overlaps(s, item["span"]) for s in predicted_spans(r))]
        if hits:
            taken.append({"not_claim": item, "predicted": hits[0]})
    not_spans = [item["span"] for item in nots]
    extra = [r for i, r in enumerate(rows) if i not in used
             and not any(_overlaps(s, n) for s in predicted_spans(r) for n in not_spans)]
    return {"entry": entry, "claims": results, "not_claims": len(nots), "taken": taken, "extra": extra}


# -- figures ------------------------------------------------------------------------------------

def _empty() -> dict:
    return {"texts": 0, "claims": 0, "casualty_claims": 0, "not_claims": 0, "not_claims_taken": 0,
            "extra": 0, **{c: 0 for c in COLUMNS}}


def _add(totals: dict, scored: dict) -> None:
    totals["texts"] += 1
    totals["not_claims"] += scored["not_claims"]
    totals["not_claims_taken"] += len(scored["taken"])
    totals["extra"] += len(scored["extra"])
    for result in scored["claims"]:
        totals["claims"] += 1
        if result["expected"]["quantity"] == "casualties":
            totals["casualty_claims"] += 1
        for column in COLUMNS:
            if result["outcome"][column]:
                totals[column] += 1


def _percentages(totals: dict) -> dict:
    out = dict(totals)
    for column in COLUMNS:
        base = totals["casualty_claims"] if column == "casualty_type" else totals["claims"]
        out[f"{column}_pct"] = round(100 * totals[column] / base, 1) if base else None
    return out


def score_set(path: Path | str, *, keep_details: bool = False) -> dict:
    """Figures for one set: {'all': {...}, 'de': {...}, 'en': {...}} (counts and *_pct)."""
    by_language: dict[str, dict] = {"all": _empty()}
    details = []
    for entry in load_set(path):
        scored = score_entry(entry)
        _add(by_language["all"], scored)
        _add(by_language.setdefault(entry["language"], _empty()), scored)
        if keep_details:
            details.append(scored)
    figures = {language: _percentages(totals) for language, totals in by_language.items()}
    if keep_details:
        figures["_details"] = details
    return figures


# -- printing -----------------------------------------------------------------------------------

HEAD = ("set", "lang", "texts", "claims", "found", "values", "quantity", "cas.type", "source",
        "src_text", "via", "reference", "non-claims taken", "extra")


def _pct(figures: dict, column: str) -> str:
    value = figures[f"{column}_pct"]
    return "-" if value is None else f"{value:.1f}%"


def table_rows(name: str, figures: dict) -> list[tuple]:
    rows = []
    for language in ("de", "en", "all"):
        f = figures.get(language)
        if not f:
            continue

        cells = [_pct(f, column) for column in COLUMNS]
        rows.append((name, language, f["texts"], f["claims"], *cells,
                     f"{f['not_claims_taken']}/{f['not_claims']}", f["extra"]))
    return rows


def print_table(rows: list[tuple]) -> None:
    widths = [max(len(str(r[i])) for r in [HEAD, *rows]) for i in range(len(HEAD))]
    for row in [HEAD, *rows]:
        print("  ".join(str(cell).rjust(widths[i]) if i > 1 else str(cell).ljust(widths[i])
                        for i, cell in enumerate(row)))


def _short(row: dict | None) -> str:
    if row is None:
        return "(no claim)"
    keys = ("number_text", "value_low", "value_best", "value_high", "quantity", "casualty_type", "source",
            "source_text", "via", "reference_start", "reference_end")
    return ", ".join(f"{k}={_date_text(row.get(k)) if k.startswith('reference') else row.get(k)}"
                     for k in keys if k in row)


def print_misses(details: list[dict]) -> None:
    for scored in details:
        entry = scored["entry"]
        problems = []
        for result in scored["claims"]:
            wrong = [c for c in COLUMNS if result["outcome"][c] is False]
            if wrong:
                e = result["expected"]
                want = (f"number={e['number']}, value_low={e.get('value_low')}, value_best={e.get('value_best')}, "
                        f"value_high={e.get('value_high')}, quantity={e['quantity']}, casualty_type={e.get('casualty_type')}, "
                        f"source={e['source']}, source_text={e.get('source_text')}, via={e.get('via')}, "
                        f"reference_start={e.get('reference_start')}, reference_end={e.get('reference_end')}")
                problems.append(f"  wrong: {', '.join(wrong)}\n    expected:  {want}\n    predicted: {_short(result['predicted'])}")
        for taken in scored["taken"]:
            n = taken["not_claim"]
            problems.append(f"  non-claim taken: {n['number']!r} ({n['reason']})\n    predicted: {_short(taken['predicted'])}")
        for row in scored["extra"]:
            problems.append(f"  extra claim: {_short(row)}")
        if problems:
            print(f"\n[{entry['id']}] {entry['text']}")
            print("\n".join(problems))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="print every miss on the development set")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    parser.add_argument("--dev-only", action="store_true", help="score the development set only")
    args = parser.parse_args(argv)

    dev = score_set(DEV_SET, keep_details=args.misses)
    details = dev.pop("_details", None)
    results = {"dev": dev, "dev2": score_set(DEV_SET_2), "dev3": score_set(DEV_SET_3),
               "dev4": score_set(DEV_SET_4), "dev5": score_set(DEV_SET_5),
               "dev6": score_set(DEV_SET_6), "dev7": score_set(DEV_SET_7),
               "dev8": score_set(DEV_SET_8), "dev9": score_set(DEV_SET_9),
               "dev10": score_set(DEV_SET_10), "dev11": score_set(DEV_SET_11),
               "dev12": score_set(DEV_SET_12), "dev13": score_set(DEV_SET_13),
               "dev14": score_set(DEV_SET_14), "dev15": score_set(DEV_SET_15),
               "dev16": score_set(DEV_SET_16), "dev17": score_set(DEV_SET_17),
               "dev18": score_set(DEV_SET_18), "dev19": score_set(DEV_SET_19),
               "dev20": score_set(DEV_SET_20), "dev21": score_set(DEV_SET_21),
               "dev22": score_set(DEV_SET_22),
               "dev23": score_set(DEV_SET_23),
               "dev24": score_set(DEV_SET_24),
               "dev25": score_set(DEV_SET_25),
               "dev26": score_set(DEV_SET_26),
               "dev27": score_set(DEV_SET_27),
               "dev28": score_set(DEV_SET_28),
               "dev29": score_set(DEV_SET_29),
               "dev30": score_set(DEV_SET_30),
               "dev31": score_set(DEV_SET_31),
               "dev32": score_set(DEV_SET_32),
               "dev33": score_set(DEV_SET_33),
               "dev34": score_set(DEV_SET_34),
               "dev35": score_set(DEV_SET_35),
               "dev36": score_set(DEV_SET_36),
               "dev37": score_set(DEV_SET_37),
               "dev38": score_set(DEV_SET_38),
               "dev39": score_set(DEV_SET_39),
               "dev40": score_set(DEV_SET_40),
               "dev41": score_set(DEV_SET_41),
               "dev42": score_set(DEV_SET_42),
               "dev43": score_set(DEV_SET_43),
               "dev44": score_set(DEV_SET_44),
               "dev45": score_set(DEV_SET_45),
               "dev46": score_set(DEV_SET_46),
               "dev47": score_set(DEV_SET_47),
               "dev48": score_set(DEV_SET_48),
               "dev49": score_set(DEV_SET_49),
               "dev50": score_set(DEV_SET_50),
               "dev51": score_set(DEV_SET_51),
               "dev52": score_set(DEV_SET_52),
               "dev53": score_set(DEV_SET_53),
               "dev54": score_set(DEV_SET_54),
               "dev55": score_set(DEV_SET_55),
               "dev56": score_set(DEV_SET_56),
               "dev57": score_set(DEV_SET_57),
               "dev58": score_set(DEV_SET_58),
               "dev59": score_set(DEV_SET_59),
               "dev60": score_set(DEV_SET_60),
               "dev61": score_set(DEV_SET_61),
               "dev62": score_set(DEV_SET_62),
               "dev63": score_set(DEV_SET_63),
               "dev64": score_set(DEV_SET_64),
               "dev65": score_set(DEV_SET_65),
               "dev66": score_set(DEV_SET_66),
               "dev67": score_set(DEV_SET_67),
               "dev68": score_set(DEV_SET_68),
               "dev69": score_set(DEV_SET_69),
               "dev70": score_set(DEV_SET_70),
               "dev71": score_set(DEV_SET_71),
               "dev72": score_set(DEV_SET_72),
               "dev73": score_set(DEV_SET_73),
               "dev74": score_set(DEV_SET_74),
               "dev75": score_set(DEV_SET_75),
               "dev76": score_set(DEV_SET_76),
               "dev77": score_set(DEV_SET_77),
               "dev78": score_set(DEV_SET_78),
               "dev79": score_set(DEV_SET_79),
               "dev80": score_set(DEV_SET_80),
               "dev81": score_set(DEV_SET_81),
               "dev82": score_set(DEV_SET_82),
               "dev83": score_set(DEV_SET_83),
               "dev84": score_set(DEV_SET_84),
               "dev85": score_set(DEV_SET_85),
               "dev86": score_set(DEV_SET_86),
               "dev87": score_set(DEV_SET_87),
               "dev88": score_set(DEV_SET_88),
               "dev89": score_set(DEV_SET_89),
               "dev90": score_set(DEV_SET_90),
               "dev91": score_set(DEV_SET_91),
               "dev92": score_set(DEV_SET_92),
               "dev93": score_set(DEV_SET_93),
               "dev94": score_set(DEV_SET_94),
               "dev95": score_set(DEV_SET_95),
               "dev96": score_set(DEV_SET_96),
               "dev97": score_set(DEV_SET_97),
               "dev98": score_set(DEV_SET_98),
               "dev99": score_set(DEV_SET_99)}
    if not args.dev_only:
        results["heldback"] = score_set(HELDBACK_SET)
        results["heldback2"] = score_set(HELDBACK_SET_2)
        results["heldback3"] = score_set(HELDBACK_SET_3)
        results["heldback4"] = score_set(HELDBACK_SET_4)
        results["heldback5"] = score_set(HELDBACK_SET_5)
        results["heldback6"] = score_set(HELDBACK_SET_6)
        results["heldback7"] = score_set(HELDBACK_SET_7)
        results["heldback8"] = score_set(HELDBACK_SET_8)
        results["heldback9"] = score_set(HELDBACK_SET_9)
        results["heldback10"] = score_set(HELDBACK_SET_10)
        results["heldback11"] = score_set(HELDBACK_SET_11)
        results["heldback12"] = score_set(HELDBACK_SET_12)
        results["heldback13"] = score_set(HELDBACK_SET_13)
        results["heldback14"] = score_set(HELDBACK_SET_14)
        results["heldback15"] = score_set(HELDBACK_SET_15)
        results["heldback16"] = score_set(HELDBACK_SET_16)
        results["heldback17"] = score_set(HELDBACK_SET_17)
        results["heldback18"] = score_set(HELDBACK_SET_18)
        results["heldback19"] = score_set(HELDBACK_SET_19)
        results["heldback20"] = score_set(HELDBACK_SET_20)
        results["heldback21"] = score_set(HELDBACK_SET_21)
        results["heldback22"] = score_set(HELDBACK_SET_22)
        results["heldback23"] = score_set(HELDBACK_SET_23)
        results["heldback24"] = score_set(HELDBACK_SET_24)
        results["heldback25"] = score_set(HELDBACK_SET_25)
        results["heldback26"] = score_set(HELDBACK_SET_26)
        results["heldback27"] = score_set(HELDBACK_SET_27)
        results["heldback28"] = score_set(HELDBACK_SET_28)
        results["heldback29"] = score_set(HELDBACK_SET_29)
        results["heldback30"] = score_set(HELDBACK_SET_30)
        results["heldback31"] = score_set(HELDBACK_SET_31)
        results["heldback32"] = score_set(HELDBACK_SET_32)
        results["heldback33"] = score_set(HELDBACK_SET_33)
        results["heldback34"] = score_set(HELDBACK_SET_34)
        results["heldback35"] = score_set(HELDBACK_SET_35)
        results["heldback36"] = score_set(HELDBACK_SET_36)
        results["heldback37"] = score_set(HELDBACK_SET_37)
    rows = []
    for name, figures in results.items():
        rows += table_rows(name, figures)
    print_table(rows)
    if args.misses and details:
        print("\nMisses on the development set:")
        print_misses(details)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
