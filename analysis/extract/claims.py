"""Turning numeric mentions into quantitative claims.

For every mention that is a quantity, percentage or fraction, in the sentence
that carries it:

* **what is counted** (``quantity``): :mod:`analysis.extract.quantity`;
* **who claims it** (``source``, ``source_text``) and **via whom** (``via``):
  :mod:`analysis.extract.attribution` (its own clause and sentence first, then
  the next sentence that only attributes, then the previous ones it continues);
  ``unattributed`` when nothing in the text attributes it;
* **when** (``reference_*``): a date expression in the same sentence, with the
  year inferred from the publication date when the text omits it
  (:func:`analysis.dates.resolve_reference`);
* fractions and percentages of a stated base are resolved, with the arithmetic.

Then (in :mod:`analysis.pipeline`) the analysts' review decisions are applied,
and :func:`fold_repeats` folds repeats of a figure within one article into one
claim (all spans kept); :func:`claim_rows` and :func:`mention_rows` shape the rows.
"""

from __future__ import annotations

import bisect
import itertools
import re
from fractions import Fraction

import polars as pl

from ..schema import CLAIM_KINDS, DATE_KINDS, VALUE_FIELDS
from ..text import Sentence, SentenceIndex
from ..vocabulary import Vocabulary
from .attribution import Attributor, describe_source
from .cues import compiled, publisher_source
from .drafts import ArticleInfo, Draft, mention_values, value_key
from .ellipsis import lean_on_what_was_named, with_partitive
from .naming import name_sources
from .parts import link_parts
from .periods import DURATION_UNITS, PeriodCache, find_reference
from .quantity import (
    NOUN_WINDOW,
    PART_OF_NEXT,
    classify_quantity,
    counted_noun,
    is_off_topic,
    is_small_word_count,
    measure_of,
    other_noun,
    scoped_cues,
    sentence_cues,
)

BASE_QUANTITIES = ("troops_deployed", "troops_planned", "casualties")  # what a fraction or percentage may be a share of
# ("ein Drittel davon seien gefallen": a share of the casualties counted before)


def resolve_fraction(text: str, draft: Draft, drafts: list[Draft], vocab: Vocabulary) -> None:
    """A fraction or percentage of a stated base: base × share, with the arithmetic."""
    m = draft.mention
    if not (vocab.words.fraction_base.match(text[m["char_end"]:m["char_end"] + 12]) or _partitive_base_before(text, draft, drafts)):
        return
    base = None
    for other in reversed(drafts):
        if other.start >= draft.start:
            continue
        if other.mention["kind"] != "quantity" or other.quantity not in BASE_QUANTITIES:
            continue
        if other.sentence and draft.sentence and other.sentence.paragraph == draft.sentence.paragraph:
            base = other
        break
    if base is None or base.values.get("value_best") is None:
        return
    share = m["value_best"] / 100 if m["kind"] == "percent" else m["value_best"]
    value = float(round(share * base.values["value_best"]))   # people, never a fraction of one
    share_text = f"{m['value_best']:g} %" if m["kind"] == "percent" else fraction_text(share)
    draft.values = {
        "value_low": value, "value_best": value, "value_high": value,
        "is_approximate": True, "bound": "approximate", "unit": None,
    }
    draft.calculation = (
        f"{share_text} × {base.values['value_best']:,.0f} ('{base.mention['number_text']}' at "
        f"{base.start}) = {value:,.0f}"
    )


RESTATE_GAP = 30  # characters between a fraction and the explicit figure that restates it

def _past_the_base(text: str, end: int, stop: int, sentence_end: int, after_next: int | None) -> int | None:
    """For a part whose base is the next figure ("about 4,000 of an estimated 11,000 men – have been killed"), where
    the words after the base end (``after_next``, the start of the figure after it, or the sentence end); else None."""
    if stop >= sentence_end or not PART_OF_NEXT.match(text, end, stop):
        return None
    return min(sentence_end, after_next) if after_next is not None else sentence_end


def _not_a_count(text: str, row: dict, line_start: int, sentence_text: str, vocab: Vocabulary) -> str | None:
    """Why a number is no claim before its words are read (a measure, money off the topic), else None."""
    measure = measure_of(text, row["char_start"], row["char_end"], row["unit"], line_start, vocab)
    if measure is not None:
        return f"not a count: {measure.replace('_', ' ')}"
    if row["unit"] in vocab.currency_units and is_off_topic(sentence_text, vocab):
        return "amount of money in a sentence off the topic"
    # "Die Zustimmung lag bei 58 Prozent": a share of nothing the topic names, unless it points back ("40 Prozent davon")
    if row["unit"] == "percent" and is_off_topic(sentence_text, vocab) and not _POINTS_BACK.search(sentence_text):
        return "percentage in a sentence off the topic"
    return None


_POINTS_BACK = re.compile(r"\b(?:davon|von ihnen|unter ihnen|deren|dieser|diese[rn]?|of them|of those|among them|"
                          r"of these|these|those|their|ihre[rn]?)\b", re.IGNORECASE)


_QUESTION = re.compile(r"\?[\s\"'“”„»«)]*$")
# a clause that asks: a wh-word or an auxiliary first ("How many are there?", "Sind es 10.000?"), or a bare guess
_ASKING = re.compile(r"[\s\"'“„»«(]*(?:(?:how|what|which|who|are|is|do|does|did|can|could|will|would|were|was|wie|was|wer|"
                     r"welche\w*|sind|ist|gibt|könnten?|waren|hat|haben)\b|(?:\S+\s+){0,2}\S+\?)", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"[–—:;]\s|\n")


def _in_a_question(text: str, bounds: tuple[int, int], row: dict, asks: dict[int, bool], key: int) -> str | None:
    """"Q: ... how many are in Kursk already? Dozens? Hundreds?": a figure in a question asserts nothing (a
    rhetorical "Wusstet ihr, dass ... 6.000 ... bestätigt hat?" does: it opens with no question word).
    ``asks`` remembers per sentence whether it ends in a question mark."""
    s_start, s_end = bounds
    if key not in asks:
        asks[key] = _QUESTION.search(text, s_start, s_end) is not None
    if not asks[key]:
        return None
    opening = max((m.end() for m in _CLAUSE_OPENING.finditer(text, s_start, row["char_start"])), default=s_start)
    return "in a question: it asserts nothing" if _ASKING.match(text, opening, s_end) else None


# an age set off in the words of a figure: "Two North Korean soldiers, aged 20 and 26, were captured"
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|im alter von|alter)\s*:?\s*(?:\d{1,2}\s*(?:and|und|or|oder|bis|to|,)\s*)?$",
                         re.IGNORECASE)
AGE_REACH = 24
_MEASURE_AFTER = re.compile(r"(?:\s+(?:und|and)\s+\d{1,2})?\s+(?:jahre|years)\s+(?:alt|old)\b|-?(?:tägig|stündig|wöchig|monatig|jährig|sekündig|minütig|day|hour|week|month|year|second|minute|"
                            r"nation|member|country|millimet|mm\b|kilomet|km\b)\w*", re.IGNORECASE)
OWN_COUNTRY = "kp"   # the soldiers the topic counts
CIVILIANS = frozenset({"menschen", "people", "personen", "persons", "zivilisten", "civilians", "einwohner", "residents"})


def _counts_something_else(text: str, index: SentenceIndex, draft: Draft, noun: tuple[str | None, str],
                           vocab: Vocabulary, names_north_korea: dict[int, bool], part_of: Draft | None) -> str | None:
    """Why a figure counts something other than the topic, else None (``part_of``: the claim it is a part of)."""
    noun, noun_class = noun
    if ((draft.quantity == "other" and noun_class == "none") or (noun or "").lower() in CIVILIANS) and \
            part_of is None and \
            _off_topic_here(text, index, draft.sentence, vocab, names_north_korea):
        return "counts something else, in a sentence off the topic"   # "42 Drohnen über Belgorod", "zwei Menschen"
    if noun_class == "foreign":
        return f"counts people of another country ({noun})"           # "18 Russen getötet"
    if _OWN_SIDE.match(text, draft.mention["char_end"]) and draft.sentence is not None and \
            not _names_north_korea(text, draft.sentence, vocab, names_north_korea):
        return "counts the speaker's own side"    # "Kiew meldete die Rückkehr von 1.200 eigenen Kriegsgefangenen"
    country = _country_of_noun(text, draft.start, draft.mention["char_end"], noun,
                               "casualty" if draft.quantity == "casualties" and noun_class == "troops" else noun_class, vocab,
                               draft.sentence.start if draft.sentence else 0)
    return f"counts soldiers of another country ({country})" if country is not None else None


_OTHER_SIDE_OPENS = re.compile(r"(?-i:[A-ZÄÖÜ])[\w-]*(?:ian|ish|ese|an|isch\w*|e[rn]?)\s+(?-i:[a-zA-ZÄÖÜäöü])")
_OWN_SIDE = re.compile(r"\s+(?:of (?:its|their|his|her|our) own|eigene[nr]?|own)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+((?:[\w.'’-]+\s+)?[^\W\d_][\w-]*)")
SPEAKING_BODIES = ("lawmakers", "government", "expert", "sources", "media", "intelligence")
SPEAKERS_AT_MOST = 100   # a figure this large never counts the people who speak


def _counts_claimers(text: str, end: int, vocab: Vocabulary, own_class: str) -> str | None:
    """"berichteten zwei Parlamentarier", "three officials said", "Two people familiar with": a figure counting
    those who speak."""
    lexicon = compiled(vocab).lexicon
    if own_class == "people":                    # people are counted, unless they are sources by what follows
        phrase = lexicon.body_words.match(text, end + 1)
        return "counts who reports it (sources)" if phrase is not None and phrase.lastgroup == "b_sources" else None
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return None
    body = lexicon.body_in(text, after.start(1), after.end(1))
    return f"counts who reports it ({body})" if body in SPEAKING_BODIES else None


def _country_of_noun(text: str, start: int, end: int, noun: str | None, noun_class: str,
                     vocab: Vocabulary, sentence_start: int = 0) -> str | None:
    """The country of a counted noun when it is not North Korea's ("50.000 russische Soldaten", "1,400 Ukrainian
    troops"): those count something else.  None when no other country stands between the number and its noun."""
    lexicon = compiled(vocab).lexicon
    if noun_class == "none":                     # "142 russischen Sturmangriffen": a noun the vocabulary does not know
        first = _FIRST_WORD.match(text, end)
        own = lexicon.country_pattern.fullmatch(first.group(1)) if first else None
        country = own.lastgroup[2:] if own and _ADJECTIVE.fullmatch(first.group(1)) else None
        return country if country not in (None, OWN_COUNTRY) else None
    if noun is None or noun_class not in ("troops", "people", "killed", "wounded", "casualty", "captured"):
        return None
    at = text.find(noun, end, end + NOUN_WINDOW)
    lo = end
    demonym = lexicon.demonym_pattern.match(text, at) if at >= end else None
    if demonym:                                    # "Auf russischer Seite kämpfen 11.000 Nordkoreaner": the noun says
        return None if demonym.lastgroup[2:] == OWN_COUNTRY else demonym.lastgroup[2:]
    if at > end and any(m.lastgroup[2:] == OWN_COUNTRY for m in lexicon.country_pattern.finditer(text, end, at)):
        return None                                # "lost roughly 400 North Korean fighters": the noun's own country
    if at < end and _own_adjective_before_noun(text, noun, max(sentence_start, start - 2 * NOUN_WINDOW), start, lexicon):
        return None    # "die Zahl der nordkoreanischen Soldaten auf russischer Seite ... auf 10.000": the noun's own country
    side = [m for m in _ON_SIDE.finditer(text, max(sentence_start, start - 2 * NOUN_WINDOW), start)
            if not _DIGIT.search(text, m.end(), start)][-1:]
    if side:                                       # "Auf ukrainischer Seite fielen 300 Soldaten"
        return _country_adjective(text, side[0].start(1), side[0].end(1) + 1, lexicon)
    if at <= end or noun_class in ("killed", "wounded", "casualty"):
        # the people before the number: "Russian military casualties as high as 200,000 dead"
        # the nearest, with no number between; people whose own losses these are ("Russian casualties as high as",
        # "auf ukrainischer Seite", "die russische Armee verlor"), never those who inflicted them ("Ukrainian forces
        # killed 300 soldiers")
        before = [m for m in _PEOPLE_BEFORE.finditer(text, max(0, start - 2 * NOUN_WINDOW), start)
                  if not _DIGIT.search(text, m.end(), start) and (
                      _OWN_LOSS_WORD.fullmatch(m.group(0)) or _LOSING.search(text, m.end(), start))][-1:]
        if not before:
            return None if at <= end else _country_adjective(text, end, at, lexicon)
        lo, at = max(0, before[0].start() - 40), before[0].start()
    return _country_adjective(text, lo, at, lexicon)


_PEOPLE_BEFORE = re.compile(r"\b(?:casualties|losses|soldiers|troops|forces|army|military|prisoners|verluste\w*|"
                            r"soldaten|truppen|streitkräfte|armee|\w*gefangene\w*)\b", re.IGNORECASE)
_ON_SIDE = re.compile(r"\b(?:auf|on the)\s+([\w-]+)\s+(?:seite|side)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_OWN_LOSS_WORD = re.compile(r"casualties|losses|verluste\w*", re.IGNORECASE)
_LOSING = re.compile(r"\b(?:lost|lose|loses|losing|suffered|verlor\w*|erlitt\w*|eingebüßt|büßte\w*)\b", re.IGNORECASE)


def _own_adjective_before_noun(text: str, noun: str, lo: int, hi: int, lexicon) -> bool:
    """Whether the counted noun, standing before the number, carries North Korea's adjective ("der nordkoreanischen
    Soldaten"), so that a side or a country named after it is where they fight, not who they are."""
    at = text.rfind(noun, lo, hi)
    if at < 0:
        return False
    found = [m for m in lexicon.country_pattern.finditer(text, max(0, at - 40), at)][-1:]
    return bool(found) and found[0].lastgroup[2:] == OWN_COUNTRY and _ADJACENT_NOUN.fullmatch(text, found[0].end(), at) \
        is not None


def _country_adjective(text: str, lo: int, at: int, lexicon) -> str | None:
    """The country of a nationality adjective right before ``at`` (one word may stand between), if not North Korea."""
    found = list(lexicon.country_pattern.finditer(text, lo, at))
    countries = {m.lastgroup[2:] for m in found}
    # the adjective right before the noun, at most one word between ("russische Elite-Soldaten"); a name
    # further off ("two, Kyiv's headquarters for prisoners") is a claimer or a place, not the noun's country
    last = found[-1] if found else None
    if last is None or OWN_COUNTRY in countries or not _ADJACENT_NOUN.fullmatch(text, last.end(), at) or \
            not _ADJECTIVE.fullmatch(last.group(0)):
        return None
    return last.lastgroup[2:]


_ADJACENT_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?")
_FIRST_WORD = re.compile(r"\s+([\w-]+)\s")
# an adjective of nationality, not a name or a region ("russische", "Russian", "Ukrainian"; not "Kursk", "Kyiv")
_ADJECTIVE = re.compile(r"[a-zäöü][\w-]*|[A-Z][\w-]*(?:ian|ish|ese|an|ic)")


def part_of_a_claim_before(text: str, draft: Draft, drafts: list[Draft], vocab: Vocabulary) -> Draft | None:
    """"Insgesamt etwa 14.000 Mann, darunter 3.000 Nachzügler": the claim of its sentence a part named after it
    belongs to (the part shares its topic, and with a noun the vocabulary does not know, what it counts)."""
    if draft.sentence is None:
        return None
    marker = vocab.part_marker.search(text, max(draft.sentence.start, draft.start - PART_MARKER_REACH), draft.start)
    if marker is None:
        return None
    for before in itertools.islice(reversed(drafts), PART_LOOKBACK):   # the sentence's drafts, nearest first
        if before.sentence is not draft.sentence:
            break
        if before.status == "claim" and before.start < marker.start():
            return before
    return None


PART_MARKER_REACH = 40   # characters before a part in which its marker ("darunter", "including") stands
PART_LOOKBACK = 4        # figures before a part among which its total stands ("14.000 Mann, darunter 3.000 ...")


def _off_topic_here(text: str, index: SentenceIndex, sentence: Sentence | None, vocab: Vocabulary,
                    seen: dict) -> bool:
    """Whether neither a sentence nor the one before it in its paragraph names North Korea (for counts of
    things the vocabulary does not know: "mindestens 24 Gleitbomben" in a paragraph on Ukrainian troops); a
    sentence that names another country and not North Korea is off the topic whatever came before.
    ``seen`` remembers each sentence's answer, so a sentence is read once however many figures it holds."""
    if sentence is None or _names_north_korea(text, sentence, vocab, seen):
        return False
    key = ("other country", sentence.index)       # read once per sentence, however many figures it holds
    if key not in seen:
        # the sentence opens with another side as its actor ("Ukrainian drone crews ...", "Russian strikes hit ...")
        seen[key] = _OTHER_SIDE_OPENS.match(text, sentence.start, sentence.end) is not None and \
            compiled(vocab).lexicon.country_pattern.match(text, sentence.start, sentence.end) is not None
    if seen[key]:
        return True                                # "Ukrainian drone crews ... flown 120 sorties": another side's count
    before = index.sentences[sentence.index - 1] if sentence.index > 0 else None
    return before is None or before.paragraph != sentence.paragraph or not _names_north_korea(text, before, vocab, seen)


def _names_north_korea(text: str, sentence: Sentence, vocab: Vocabulary, seen: dict[int, bool]) -> bool:
    if sentence.index not in seen:
        start, end = sentence.start, sentence.end
        seen[sentence.index] = _NORTH_KOREANS.search(text, start, end) is not None or any(
            m.lastgroup[2:] == OWN_COUNTRY for m in compiled(vocab).lexicon.country_pattern.finditer(text, start, end))
    return seen[sentence.index]


_NORTH_KOREANS = re.compile(r"\b(?:nordkoreaner\w*|north koreans?|kim jong[- ]?un\w*)\b", re.IGNORECASE)


def fold_restated_fractions(drafts: list[Draft], text: str) -> None:
    """"Ein Drittel von ihnen – rund 4.000 Mann": the explicit figure is the claim, the fraction its calculation.

    A fraction or percentage followed in the same sentence, after a dash, comma, colon or
    parenthesis, by an explicit count restates it; counting both would count the figure twice
    (and a fraction of people is never a number of people).
    """
    for i, draft in enumerate(drafts):
        if draft.status != "claim" or draft.mention["kind"] not in ("fraction", "percent"):
            continue
        explicit = next((d for d in drafts[i + 1:] if d.mention["kind"] == "quantity"), None)
        if explicit is None or explicit.status != "claim" or explicit.sentence != draft.sentence:
            continue
        gap = text[draft.mention["char_end"]:explicit.start]
        # a comma restates only right after the fraction; a dash, colon or parenthesis after its noun phrase too
        # ("Nearly half of the North Koreans sent to Kursk — roughly 5,000 men —")
        if not ((len(gap) <= RESTATE_GAP and re.search(r"[–—(,:]|\s-\s", gap)) or
                (len(gap) <= 2 * RESTATE_GAP and re.search(r"[–—(:]\s*$|\s-\s*$", gap))):
            continue
        if draft.calculation and not _near_in_value(draft.values.get("value_best"), explicit.values.get("value_best")):
            continue                               # "fast die Hälfte ausgefallen, rund 1.000 seien gefallen": another count
        draft.status = "not_a_claim"
        draft.status_reason = f"restated by the explicit figure {explicit.mention['number_text']!r} at {explicit.start}"
        explicit.calculation = f"restates {draft.mention['number_text']!r}" + (
            f" ({draft.calculation})" if draft.calculation else "")


# "Von den etwa 11.000 Abkommandierten sei fast die Hälfte ausgefallen": the base opens the sentence
_BASE_OPENS = re.compile(r"\b(?:[Vv]on den|[Vv]on insgesamt|[Oo]f the|[Oo]ut of(?: the| an estimated)?)\s+$")


def _partitive_base_before(text: str, draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the figure before a fraction, in its sentence, is the base it is taken from ("Von den 11.000 ...")."""
    before = next((d for d in reversed(drafts) if d.start < draft.start), None)
    return before is not None and before.sentence == draft.sentence and before.mention["kind"] == "quantity" and \
        _BASE_OPENS.search(text, max(0, before.start - 20), before.start) is not None


RESTATE_RATIO = 1.5   # a fraction worked out from its base and the figure that restates it differ by less than this


def _near_in_value(share: float | None, explicit: float | None) -> bool:
    """Whether an explicit figure can restate a fraction worked out from its base."""
    if share is None or explicit is None or share <= 0 or explicit <= 0:
        return True
    return max(share, explicit) / min(share, explicit) < RESTATE_RATIO


def fraction_text(value: float) -> str:
    """A share as a readable fraction ("2/3")."""
    return str(Fraction(value).limit_denominator(12))


def draft_claims(text: str, mentions: pl.DataFrame | list[dict], info: ArticleInfo, vocab: Vocabulary) -> list[Draft]:
    """Classify every mention of one text automatically (before review).

    Mentions come sorted by position; the next mention after each is found by
    bisection, so the work grows linearly with the mentions of a text.
    """
    index = SentenceIndex(text)
    rows = mentions.to_dicts() if isinstance(mentions, pl.DataFrame) else mentions
    # the numbers that bound each other's words; a measure does not ("Neun Soldaten seien während des
    # 120-tägigen Einsatzes ums Leben gekommen": the nine's words go on past the duration)
    figures = [r for r in rows if r["kind"] in CLAIM_KINDS and r["unit"] not in DURATION_UNITS
               and not _MEASURE_AFTER.match(text, r["char_end"])
               and not _AGE_BEFORE.search(text, max(0, r["char_start"] - AGE_REACH), r["char_start"])]
    figure_starts = [r["char_start"] for r in figures]
    dates = [r for r in rows if r["kind"] in DATE_KINDS]
    durations = [r for r in rows if r["unit"] in DURATION_UNITS]
    attributor = Attributor(text, index.sentences, language=info.language, vocab=vocab,
                            figures=[(r["char_start"], r["char_end"]) for r in figures])
    # sentences with a figure of their own (a duration, "binnen 14 Tagen", is none: "Bekannt gegeben hat das
    # X nach seinem Treffen binnen 14 Tagen" attributes the figures before it)
    with_figures = {sentence.index for r in rows if r["kind"] in CLAIM_KINDS and r["unit"] not in DURATION_UNITS
                    and (sentence := index.at(r["char_start"])) is not None}

    def attributes_only(sentence: Sentence) -> bool:
        return sentence.index not in with_figures

    drafts: list[Draft] = []
    cues_of_sentence: dict[int, set[str]] = {}    # each sentence's cues, found once
    asks: dict[int, bool] = {}                    # each sentence: whether it is a question
    names_north_korea: dict[int, bool] = {}       # whether each sentence names North Korea, read once
    last_noun: tuple[str, Sentence | None] | None = None   # the last counted noun and its sentence
    # a period's clause is bounded by every number, measures too ("a 20-year-old ... joined the army in 2021")
    periods = PeriodCache([r["char_start"] for r in rows if r["kind"] in CLAIM_KINDS])
    for row in rows:
        sentence = index.at(row["char_start"])
        draft = Draft(row, sentence, spans=[(row["char_start"], row["char_end"])])
        drafts.append(draft)
        if row["kind"] not in CLAIM_KINDS:
            draft.status_reason = f"{row['kind'].replace('_', ' ')}: {row['reason'] or 'not a quantity'}"
            continue
        draft.values = mention_values(row)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(text))
        following = bisect.bisect_left(figure_starts, row["char_end"])
        stop = min(s_end, figure_starts[following] if following < len(figures) else s_end)
        preceding = bisect.bisect_left(figure_starts, row["char_start"]) - 1
        since = max(s_start, figures[preceding]["char_end"] if preceding >= 0 else s_start)
        sentence_text = text[s_start:s_end]
        reason = _not_a_count(text, row, s_start, sentence_text, vocab) or \
            _in_a_question(text, (s_start, s_end), row, asks, sentence.index if sentence else -1)
        if reason is not None:
            draft.status_reason = reason
            continue
        noun_class, noun = counted_noun(text, row["char_end"], stop, vocab, before_from=since, start=row["char_start"],
                                        nouns_capitalised=vocab.words.languages[info.language].nouns_capitalised)
        own_class = noun_class
        noun_class, last_noun = with_partitive(text, (since, row["char_start"], row["char_end"], stop), noun_class, last_noun,
                                                sentence, vocab) if row["unit"] is None else (noun_class, last_noun)
        if row["unit"] in (None, "fraction", "percent"):
            key = sentence.index if sentence else -1
            if key not in cues_of_sentence:
                cues_of_sentence[key] = sentence_cues(sentence_text, vocab)
            cues = scoped_cues(text, row["char_start"], row["char_end"], since, stop, cues_of_sentence[key], vocab,
                               beyond=_past_the_base(text, row["char_end"], stop, s_end,
                                                     figure_starts[following + 1] if following + 1 < len(figures) else None),
                               sentence=(s_start, s_end))
            draft.quantity, draft.casualty_type = classify_quantity(cues, noun_class, vocab)
            lean_on_what_was_named(draft, drafts, text, since, (own_class, noun_class), cues, vocab)
        part_of = part_of_a_claim_before(text, draft, drafts, vocab) if own_class == "none" else None
        if part_of is not None and draft.quantity == "other":
            draft.quantity, draft.casualty_type = part_of.quantity, part_of.casualty_type   # a part of what it names
        # those who speak are a few ("zwei Parlamentarier"); a hundred or more of them are what is counted
        # ("rund 1000 Entminungsexperten")
        reason = (_counts_claimers(text, row["char_end"], vocab, own_class) if own_class in ("none", "bare", "people")
                  and (draft.values.get("value_best") or 0) < SPEAKERS_AT_MOST else None) or \
            _counts_something_else(text, index, draft, (noun, noun_class), vocab, names_north_korea, part_of)
        if reason is not None:
            draft.status_reason = reason
            continue
        draft.counted_text = noun or other_noun(text, row["char_end"], stop)
        if is_small_word_count(row, noun_class) and draft.quantity == "other":
            draft.status_reason = ("small spelled-out count with no counted noun and no cue from the vocabulary "
                                   "(rhetorical or enumerating named actors)")
            continue
        if row["kind"] in ("fraction", "percent"):
            resolve_fraction(text, draft, drafts, vocab)
        if sentence is not None:
            draft.attribution = attributor.attribute(sentence, draft.start, attributes_only=attributes_only)
            draft.reference = find_reference(text, sentence, draft, (dates, durations), info, vocab, cache=periods)
        draft.status = "claim"
        draft.status_reason = f"{draft.quantity} claim"
    fold_restated_fractions(drafts, text)
    name_sources(drafts, text, vocab)
    return drafts


THINGS = ("munitions", "other")   # quantities whose counted noun tells two figures apart


def fold_repeats(drafts: list[Draft], text: str) -> None:
    """Within one article, one claim per figure: repeats point to the primary mention.

    Mentions of the same quantity (and casualty type) with the same value are one
    claim.  The primary is the first attributed mention, else the first one in a
    full sentence (not a headline), else the first.  Two different named sources
    for the same figure stay two claims.
    """
    groups: dict[tuple, list[Draft]] = {}
    for d in drafts:
        if d.status == "claim":
            # things are told apart by what they are ("120 Geschütze ... 120 Mehrfachraketenwerfer"); people not
            thing = (d.counted_text or "").lower() if d.quantity in THINGS else None
            groups.setdefault((d.quantity, d.casualty_type, value_key(d.values), thing), []).append(d)
    for members in groups.values():
        by_source: dict[str, list[Draft]] = {}
        unattributed = []
        for d in members:
            if d.attribution is None:
                unattributed.append(d)
            else:
                by_source.setdefault(d.attribution.source, []).append(d)
        clusters = list(by_source.values()) or [[]]
        clusters[0].extend(unattributed)
        for cluster in clusters:
            if not cluster:
                continue
            cluster.sort(key=lambda d: d.start)
            primary = next((d for d in cluster if d.attribution is not None), None)
            if primary is None:
                primary = next((d for d in cluster if d.sentence and text[d.sentence.end - 1] in ".!?\"“”"), cluster[0])
            primary.spans = sorted(span for d in cluster for span in d.spans)
            for d in cluster:
                if d is not primary:
                    d.status = "repeat"
                    d.status_reason = f"repeats the claim at {primary.start} ('{primary.mention['number_text']}')"
                    d.claim_id = None
                    d.spans = []
                    d.review_status = d.review_status
                d.primary = primary


def claim_rows(drafts: list[Draft], text: str, info: ArticleInfo, vocab: Vocabulary) -> list[dict]:
    """One claims-table row per claim (claim groups not yet assigned)."""
    rows = []
    claims = [d for d in drafts if d.status == "claim"]
    parts = link_parts(claims, text, vocab)
    own_outlet = publisher_source(info.publisher, vocab)
    for d in claims:
        a = d.attribution
        source = a.source if a else "unattributed"
        has_words = a is not None and a.source_start is not None
        source_text = text[a.source_start:a.source_end] if has_words else None
        source_name, source_type = describe_source(source, vocab, source_text)
        sentence = d.sentence
        q0, q1 = (sentence.start, sentence.end) if sentence else (d.start, d.mention["char_end"])
        r = d.reference
        rows.append({
            "claim_id": d.claim_id,
            "article_id": info.article_id,
            "publisher": info.publisher,
            "published_date": info.published_date,
            "published_precision": info.published_precision,
            "language": info.language,
            "number_text": d.mention["number_text"],
            "char_start": d.start,
            "char_end": d.mention["char_end"],
            "quote": text[q0:q1],
            "quote_start": q0,
            "quote_end": q1,
            "mention_spans": ";".join(f"{s}-{e}" for s, e in d.spans),
            **d.values,
            "quantity": d.quantity,
            "casualty_type": d.casualty_type,
            "counted_text": d.counted_text,
            "source": source,
            "source_text": source_text,
            "source_text_start": a.source_start if has_words else None,
            "source_text_end": a.source_end if has_words else None,
            "source_name": source_name,
            "source_type": source_type,
            "via": a.via if a and a.via != own_outlet else None,   # an outlet never relays to itself
            "attribution_text": a.text if a else None,
            "attribution_scope": a.scope if a else None,
            "reference_start": r.start if r else None,
            "reference_end": r.end if r else None,
            "reference_precision": r.precision if r else None,
            "reference_text": r.text if r else None,
            "calculation": d.calculation,
            "part_of": parts.get(id(d)),
            "claim_group": None,
            "is_first_report": None,
            "review_status": d.review_status,
            "review_note": d.review_note,
        })
    return rows


def mention_rows(drafts: list[Draft], article_id: str | None) -> list[dict]:
    """One mentions-table row per draft, with how it was classified."""
    rows = []
    for d in drafts:
        m = d.mention
        claim_id = d.claim_id if d.status == "claim" else (d.primary.claim_id if d.primary else None)
        rows.append({
            "article_id": article_id,
            **{k: m[k] for k in ("char_start", "char_end", "number_text", "kind", "reason", "date_edtf", *VALUE_FIELDS)},
            "mention_status": d.status,
            "status_reason": d.status_reason,
            "claim_id": claim_id if d.status in ("claim", "repeat") else None,
        })
    return rows
