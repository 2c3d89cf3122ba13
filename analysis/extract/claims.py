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
import functools
import itertools
import re
from fractions import Fraction

import polars as pl

from ..schema import CLAIM_KINDS, DATE_KINDS, VALUE_FIELDS
from ..text import Sentence, SentenceIndex
from ..vocabulary import Vocabulary
from .attribution import Attributor, describe_source
from .claimers import UNRESOLVED
from .clause_scope import PART_OF_NEXT, TOTAL_REACHED, WEAK_PLANNED, scoped_cues, sentence_cues
from .counts_of_one import with_counts_of_one
from .cues import publisher_source
from .drafts import ArticleInfo, Draft, mention_values, value_key
from .ellipsis import PARTITIVE, lean_on_what_was_named, with_partitive
from .naming import name_sources
from .not_claims import (
    AGE_BEFORE,
    AGE_REACH,
    MEASURE_AFTER,
    SPEAKERS_AT_MOST,
    a_whole_army,
    a_withdrawn_figure,
    base_of_a_claim_before,
    counts_claimers,
    counts_something_else,
    in_a_question,
    in_another_country,
    its_own_people,
    losses_of_another_army,
    not_a_count,
    of_a_force_named_before,
    part_of_a_claim_before,
)
from .parts import attribute_parts_by_their_total, attribute_totals_by_their_parts, link_parts
from .periods import DURATION_UNITS, PeriodCache, find_reference
from .quantity import (
    NOUN_WINDOW,
    classify_quantity,
    counted_noun,
    in_batches,
    is_small_word_count,
    measure_of,
    noun_class_of,
    other_noun,
)
from .sides import place_facing_units
from .topic import NAMED_AS_THE_NORTHS, names_the_north

BASE_QUANTITIES = ("troops_deployed", "troops_planned", "casualties")  # what a fraction or percentage may be a share of
# between the labelled items of a fact line ("Troops deployed: 14,000 | Wounded: 3,500"; never a headline's parts:
# "Zwei Nordkoreaner wollen nicht heim · Die beiden Kriegsgefangenen ...")
_ITEM_SEPARATOR = re.compile(r"[ \t][|·•▪][ \t](?=[^|·•▪:.!?\n]{1,40}:)")
_NAMED_BASE = {"casualty": ("casualties",), "killed": ("casualties",), "wounded": ("casualties",),
               "troops": ("troops_deployed", "troops_planned")}   # the noun after a share: what it is a share of
# ("ein Drittel davon seien gefallen": a share of the casualties counted before)


def resolve_fractions(drafts: list[Draft], text: str, vocab: Vocabulary) -> None:
    """Work out every fraction and percentage claim, once all drafts stand (its base may stand after it)."""
    for draft in drafts:
        if draft.status == "claim" and draft.mention["kind"] in ("fraction", "percent"):
            resolve_fraction(text, draft, drafts, vocab)


def resolve_fraction(text: str, draft: Draft, drafts: list[Draft], vocab: Vocabulary) -> None:
    """A fraction or percentage of a stated base: base × share, with the arithmetic."""
    m = draft.mention
    if not (vocab.words.fraction_base.match(text[m["char_end"]:m["char_end"] + 12]) or _partitive_base_before(text, draft, drafts)
            or (m["kind"] == "fraction" and _SHARE_AS_SUBJECT.match(text, m["char_end"]))):
        return
    base = base_after(text, draft, drafts)
    # "about a third of the losses were fatalities": the base is the last figure of what the share is of
    named = _NAMED_BASE.get(counted_noun(text, m["char_end"], min(len(text), m["char_end"] + NOUN_WINDOW), vocab)[0])
    for other in reversed(drafts if base is None else ()):
        if other.start >= draft.start:
            continue
        if other.mention["kind"] != "quantity" or other.quantity not in (named or BASE_QUANTITIES):
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


# a fraction with no noun of its own, its verb right after it: a share of the figure before ("About 11,000 were sent.
# Nearly half had been killed", "Knapp die Hälfte ist gefallen")
_SHARE_AS_SUBJECT = re.compile(r"\s+(?:were|was|are|is|had|have|has|ist|sind|sei|seien|war|waren|wurde|wurden|habe|haben|hat|"
                               r"soll|sollen|dürfte|dürften)\b", re.IGNORECASE)
HISTORY_BEFORE = 1990   # a figure whose period ends before this year tells history (the Korean War, Vietnam), not the topic
RESTATE_GAP = 30  # characters between a fraction and the explicit figure that restates it
_RESTATING = re.compile(r"[,(–—]\s*(?:also|das heißt|d\.\s?h\.|sprich|that is,?|i\.\s?e\.,?|or)\s+(?:(?:about|some|around|roughly|"
                        r"more than|over|nearly|rund|etwa|über|mehr als|knapp|gut|fast)\s+)?$", re.IGNORECASE)
# the base a fraction is taken from, right after it: "a third of the 12,000", "ein Drittel der 11.000"
_BASE_AFTER = re.compile(r"[\"”“’»«]?\s+(?:of|von|der|des)\s+(?:(?:the|den|its|their|seinen|ihren|all|allen)\s+)?"
                         r"(?:(?:roughly|about|some|around|estimated|rund|etwa|gut)\s+)?", re.IGNORECASE)

# between a fraction and its base: "die Hälfte | seiner | rund 11.000", "a third | of the | 12,000"
_OF_THE_BASE = re.compile(r"\s+(?:of\s+|von\s+)?(?:the|its|their|his|seiner|ihrer|seines|ihres|der|des|den|dieser|these|those)?\s*",
                          re.IGNORECASE)
# a force's verb with its losses as the object: "... are suffering a significant amount of casualties", "haben schwere
# Verluste erlitten"
_SUFFERS_LOSSES = re.compile(r"[^.;:,\d]{0,80}?\b(?:suffer\w*|sustain\w*|taken|taking|took|erlitt\w*|erleiden|hingenommen)\s+"
                             r"(?:[\w-]+\s+){0,4}?(?:casualties|losses|verluste)\b|[^.;:,\d]{0,60}?\b(?:schwere|hohe|heavy)\s+"
                             r"(?:verluste|losses|casualties)\s+(?:erlitten|erleiden|hinnehmen|hingenommen)\b", re.IGNORECASE)
# the force a loss is among, right before its figure: "Verluste unter den (bislang rund)", "losses among the"
# (or the killed and wounded: "Tote und Verwundete unter den", "some 3,000 killed and wounded among roughly"; past the
# adverbs and hedges between, any words in small letters: "unter den ursprünglich rund")
_AMONG_BEFORE = re.compile(r"\b(?:verluste|ausfälle|opfer|losses|casualties|deaths|toll|killed|wounded|dead|"
                           r"tote|toten|verwundete|verwundeten|verletzte|verletzten|gefallene|gefallenen)\s+"
                           r"(?:unter\s+(?:den|seinen|ihren)|among(?:\s+(?:the|its|their|his))?|in\s+the\s+ranks\s+of\s+the)"
                           r"(?:\s+(?-i:[a-zäöüß]+)){0,3}\s+$", re.IGNORECASE)
AMONG_REACH = 50
_LOSS_CUES = frozenset({"killed", "wounded", "casualties", "captured"})
_HARM_CUES = _LOSS_CUES - {"captured"}   # killed or wounded, never taken alive


def _without_a_loss_not_its_own(text: str, row: dict, before: dict | None, cues: set[str], own_class: str,
                                stop: int) -> set[str]:
    """"mehr als die Hälfte seiner rund 11.000 Soldaten verloren", "a third of the 12,000 troops were killed": the loss
    is the fraction's; its base is the force it is a part of.  So is a force that suffers losses as its verb's object
    ("The roughly 12,000 soldiers who went to Kursk are suffering heavy casualties")."""
    if before is not None and before["kind"] in ("fraction", "percent") and \
            _OF_THE_BASE.fullmatch(text, before["char_end"], row["char_start"]):
        return cues - _LOSS_CUES
    if own_class in ("troops", "people") and _SUFFERS_LOSSES.match(text, row["char_end"], stop):
        return cues - _LOSS_CUES
    if own_class in ("troops", "people") and _AMONG_BEFORE.search(text, max(0, row["char_start"] - AMONG_REACH), row["char_start"]):
        return cues - _LOSS_CUES                   # "die Verluste unter den bislang rund 11.000 entsandten Soldaten": the
    return cues                                    # losses are among them, the figure counts the force


_OWN_VERB_CUES = frozenset({"deploying", "already", "planned"})   # cues a part's own verb would give it


def _a_part_of_losses(text: str, draft: Draft, drafts: list[Draft], cues: set[str], own_class: str,
                      vocab: Vocabulary) -> None:
    """"North Korea has lost about 4,000 troops, including 600 officers", "Russia has lost 50,000 troops, among them
    3,000 North Koreans": a part of people with no verb of its own counts what its total counts (the loss belongs to
    the total's number, the part is taken from it)."""
    if draft.quantity != "troops_deployed" or own_class not in ("troops", "people") or cues & _OWN_VERB_CUES:
        return
    total = part_of_a_claim_before(text, draft, drafts, vocab, counted=True)
    if total is not None and total.quantity in ("casualties", "captured"):
        draft.quantity, draft.casualty_type = total.quantity, total.casualty_type


# a relative clause right after a figure's noun: "zwei Männer, die in Kiew festgehalten werden", "two men who are held"
_OWN_RELATIVE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*(?:die|der|welche|who|which|that)\b([^,.;:!?]*)",
                           re.IGNORECASE)


# a German estimate of losses whose value comes after "auf", the losses its object ("Die Verluste des ... Korps von 11.000
# Mann schätzen die Militärs auf etwa 4.000", "beziffert die Ausfälle unter den ... 15.000 ... auf rund 4.700")
_LOSSES_OBJECT = re.compile(r"\b(?:die|ihre|seine|deren|dessen)\s+(?:[\w-]+\s+)?(?:gesamt)?(?:verluste|ausfälle|opferzahl|"
                            r"totenzahl|zahl der (?:toten|gefallenen|verwundeten|opfer))\b", re.IGNORECASE)
_ESTIMATED_AT = re.compile(r"\b(?:beziffer\w*|schätz\w*|veranschlag\w*|taxier\w*)\b(?:[^.;:]|(?<=\d)\.(?=\d))*\bauf\s+(?:(?:rund|etwa|gut|knapp|"
                           r"mehr als|über|fast|circa|ca\.|ungefähr|mindestens|bis zu)\s+)*$", re.IGNORECASE)
ESTIMATE_REACH = 200
_TO_CLAUSE_END = re.compile(r"[^,;.:!?–—]*")


def _losses_estimated_at(text: str, draft: Draft, own_class: str, vocab: Vocabulary) -> None:
    """A figure with no noun of its own after "auf", in a German clause that estimates losses named as its object before
    another figure, counts those losses, not the force the other figure sizes."""
    if draft.quantity == "casualties" or own_class not in ("none", "bare", "troops", "people") or draft.sentence is None:
        return
    tail = _TO_CLAUSE_END.match(text, draft.mention["char_end"]).group()
    if vocab.any_noun.search(tail):
        return                                     # "... auf 4.000 Soldaten": its own noun says what it counts
    lo = max(draft.sentence.start, draft.start - ESTIMATE_REACH)
    estimate = _ESTIMATED_AT.search(text, lo, draft.start)
    if estimate is not None and _LOSSES_OBJECT.search(text, lo, draft.start):
        draft.quantity, draft.casualty_type = "casualties", "killed_or_wounded"


def _held_by_its_own_clause(text: str, draft: Draft, own_class: str, stop: int, vocab: Vocabulary) -> None:
    """People whose own relative clause says they are held ("darunter zwei Männer, die in Kiew festgehalten würden")
    are captured, whatever losses the clause before them counts."""
    if draft.quantity != "casualties" or own_class not in ("troops", "people"):
        return
    own = _OWN_RELATIVE.match(text, draft.mention["char_end"], max(stop, draft.mention["char_end"]))
    if own is None:
        own = _OWN_RELATIVE.match(text, draft.mention["char_end"], draft.sentence.end if draft.sentence else len(text))
    if own is None:
        return
    clause = own.group(1)
    if vocab.cue_patterns["captured"].search(clause) and not any(vocab.cue_patterns[k].search(clause) for k in _HARM_CUES):
        draft.quantity, draft.casualty_type = "captured", None


def _named_in_a_clause_after(text: str, draft: Draft, vocab: Vocabulary) -> None:
    """Troops a clause right after their figure names by their role ("rund 1.000 davon seien bereits eingetroffen, es handle
    sich um Pioniere", "1,000 have arrived, all of them engineers") are of that role."""
    if draft.quantity not in ("troops_deployed", "troops_planned") or draft.sentence is None:
        return
    named = _ROLE_NAMED_AFTER.search(text, draft.mention["char_end"], draft.sentence.end)
    noun = vocab.any_noun.match(named.group(1)) if named is not None and not _DIGIT_IN.search(
        text, draft.mention["char_end"], named.start()) else None
    role = noun_class_of(noun, vocab) if noun is not None else None
    if role in ("sappers", "construction_workers", "workers"):
        draft.quantity, draft.casualty_type = role, None


def _trained_for_a_sending(text: str, draft: Draft) -> None:
    """Soldiers the figure's clause says are selected or trained for a sending still to come, or at home, are planned,
    whatever "derzeit" says of the training ("bis zu 5.000 Mann, die derzeit für einen Einsatz ausgebildet würden",
    "Bis zu 10.000 zusätzliche Rekruten würden derzeit im Osten des Landes ausgebildet")."""
    if draft.quantity != "troops_deployed" or draft.sentence is None:
        return
    lo = max(draft.sentence.start, text.rfind(",", draft.sentence.start, draft.start) + 1)
    clause = text[lo:min(draft.sentence.end, draft.mention["char_end"] + TRAINING_REACH)]
    if _TRAINED.search(clause) and _FOR_A_SENDING.search(clause):
        draft.quantity, draft.planned = "troops_planned", True


def _past_in_a_line_without_a_verb(text: str, draft: Draft, info: ArticleInfo, vocab: Vocabulary) -> None:
    """A fact box's line with no verb ("Soldaten: rund 11.000 ab Oktober 2024, Anfang 2025 weitere 3.000") tells what
    happened when its period began before the publication: "weitere" only adds."""
    if draft.quantity != "troops_planned" or draft.reference is None or draft.reference.start is None or \
            draft.reference.start >= info.published_date:
        return
    line_start = text.rfind("\n", 0, draft.start) + 1
    line_end = text.find("\n", draft.start)
    line = WEAK_PLANNED.sub(" ", text[line_start:line_end if line_end >= 0 else len(text)])
    if _DATA_LINE_LABEL.match(line) and not vocab.cue_patterns["planned"].search(line) and not _FINITE.search(line):
        draft.quantity, draft.planned = "troops_deployed", False


# a fact box's line: a label and its colon first ("- Soldaten: ...", "Troops sent: ...")
_DATA_LINE_LABEL = re.compile(r"\s*[-–•*]?\s*(?:[^\W\d_][\w-]*\s+){0,3}[^\W\d_][\w-]*\s*:\s")
_FINITE = re.compile(r"\b(?:soll|sollen|will|wollen|werden|wird|könnte|könnten|dürfte|dürften|could|would|may|might|"
                     r"plant|plans|planned|expected|erwartet)\b", re.IGNORECASE)


TRAINING_REACH = 100
_TRAINED = re.compile(r"\b(?:ausgebildet|ausgewählt|trainiert|geschult|trained|training|selected|drilled)\b", re.IGNORECASE)
# a sending still to come, or the training at home: "für einen (weiteren) Einsatz", "for deployment", "im Osten des Landes"
_FOR_A_SENDING = re.compile(r"\b(?:für\s+(?:einen|eine|den|die)\s+(?:(?:weiteren|neuen|möglichen|künftigen)\s+)?"
                            r"(?:einsatz|entsendung|verlegung)|ausgewählt|selected|for\s+(?:a\s+|another\s+|possible\s+|future\s+)?"
                            r"(?:deployment|dispatch)|(?:im|in)\s+(?:osten|norden|süden|westen)\s+des\s+landes|in\s+nordkorea|"
                            r"in\s+north\s+korea|at\s+home)\b", re.IGNORECASE)


# a clause that names what the figure before it is: "es handle sich um Pioniere", "all of them engineers", "they are builders"
_ROLE_NAMED_AFTER = re.compile(r"[,;–—]\s*(?:(?:es|dabei)\s+(?:handle|handelt|handele|handelte)\s+sich\s+(?:dabei\s+|demnach\s+)?"
                               r"um|all\s+of\s+them|(?:they|sie)\s+(?:are|were|seien|sind|waren))\s+"
                               r"(?:(?:military|militärische\w*|nordkoreanische\w*|north korean)\s+)?([^\W\d_][\w-]*)", re.IGNORECASE)
_DIGIT_IN = re.compile(r"\d")


# a sentence that only gives what the one before comes to: "Das entspräche gut 5.500 Mann", "That would be some 5,500"
_COMES_TO = re.compile(r"\s*(?:(?:das|dies)\s+(?:entspräche|entspricht|wären|wäre|sind|bedeutet|bedeute|bedeuten würde|"
                       r"macht|machte)|(?:that|this)\s+(?:would be|would mean|is|means|equals|amounts to|comes to|works out "
                       r"(?:at|to)))\b(?:\s+(?:also|rund|etwa|gut|knapp|mehr als|über|about|some|roughly|around|more than|"
                       r"nearly|almost|just over|rechnerisch))*\s*$", re.IGNORECASE)


def _restating_the_sentence_before(text: str, draft: Draft, index: SentenceIndex, own_class: str, vocab: Vocabulary) -> None:
    """"Etwa jeder zweite der rund 11.000 Soldaten sei tot oder verwundet. Das entspräche gut 5.500 Mann": a figure a
    sentence only says the one before comes to counts the losses that sentence names."""
    if draft.quantity != "troops_deployed" or own_class not in ("troops", "people", "bare") or draft.sentence is None or \
            not _COMES_TO.fullmatch(text, draft.sentence.start, draft.start):
        return
    before = index.previous(draft.sentence)
    if before is None:
        return
    said = {k for k in _HARM_CUES if vocab.cue_patterns[k].search(text, before.start, before.end)}
    if said:
        draft.quantity, draft.casualty_type = classify_quantity(said, "troops", vocab)


def _past_the_base(text: str, end: int, stop: int, sentence_end: int, after_next: int | None) -> int | None:
    """For a part whose base is the next figure ("about 4,000 of an estimated 11,000 men – have been killed"), where
    the words after the base end (``after_next``, the start of the figure after it, or the sentence end); else None."""
    if stop >= sentence_end or not PART_OF_NEXT.match(text, end, stop):
        return None
    return min(sentence_end, after_next) if after_next is not None else sentence_end


def fold_restated_fractions(drafts: list[Draft], text: str) -> None:
    """"Ein Drittel von ihnen – rund 4.000 Mann": the explicit figure is the claim, the fraction its calculation.

    A fraction or percentage followed in the same sentence, after a dash, comma, colon or
    parenthesis, by an explicit count restates it; counting both would count the figure twice
    (and a fraction of people is never a number of people).
    """
    for i, draft in enumerate(drafts):
        if draft.status != "claim" or draft.mention["kind"] not in ("fraction", "percent"):
            continue
        after = [d for d in drafts[i + 1:] if d.mention["kind"] == "quantity"][:2]
        gap_from = draft.mention["char_end"]
        if len(after) == 2 and _BASE_AFTER.fullmatch(text, gap_from, after[0].start):
            gap_from = after[0].mention["char_end"]   # "a third of the 12,000 soldiers – about 4,000 men": past its base
            after = after[1:]
        explicit = after[0] if after else None
        if explicit is None or explicit.status != "claim" or explicit.sentence != draft.sentence:
            continue
        gap = text[gap_from:explicit.start]
        # a comma restates only right after the fraction; a dash, colon or parenthesis after its noun phrase too
        # ("Nearly half of the North Koreans sent to Kursk — roughly 5,000 men —")
        # ("sei ausgefallen, also über 6.000 Mann", "that is, some 6,000": a restating word closes the gap)
        if not ((len(gap) <= RESTATE_GAP and re.search(r"[–—(,:]|\s-\s", gap)) or
                (len(gap) <= 2 * RESTATE_GAP and (re.search(r"[–—(:]\s*$|\s-\s*$", gap) or _RESTATING.search(gap)))):
            continue
        if draft.calculation and not _near_in_value(draft.values.get("value_best"), explicit.values.get("value_best")):
            continue                               # "fast die Hälfte ausgefallen, rund 1.000 seien gefallen": another count
        draft.status = "not_a_claim"
        draft.status_reason = f"restated by the explicit figure {explicit.mention['number_text']!r} at {explicit.start}"
        explicit.calculation = f"restates {draft.mention['number_text']!r}" + (
            f" ({draft.calculation})" if draft.calculation else "")
        if draft.quantity == "casualties" and explicit.quantity in ("troops_deployed", "troops_planned", "other"):
            # "have lost about a third of their strength, or roughly 4,000 men": what befell the share befell them
            explicit.quantity, explicit.casualty_type = draft.quantity, draft.casualty_type
            explicit.status_reason = f"{explicit.quantity} claim"


def base_after(text: str, draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The figure a fraction is taken of when it stands right after it: "a third of the 12,000", "über die Hälfte der rund
    11.000 Soldaten"."""
    following = next((d for d in drafts if d.start > draft.start), None)
    if following is None or following.mention["kind"] != "quantity" or following.mention["unit"] is not None or \
            following.sentence != draft.sentence or \
            not _OF_A_FIGURE.fullmatch(text, draft.mention["char_end"], following.start):
        return None
    return following


# between a share and the figure it is taken of: "of the roughly", "der entsandten", "of the estimated", "von insgesamt"
# (past a quote that closes the share: '"at least a third" of its 11,000-strong force')
_OF_A_FIGURE = re.compile(r"[\"”“’»«]?\s+(?:of|von|der|des)\s+(?:(?:the|den|its|their|seinen|ihren|all|allen|insgesamt)\s+)?"
                          r"(?:(?!(?:in|im|at|on|for|during|within|since|from|to|into|after|before|über|nach|seit|bei|mit|"
                          r"with|aus|zu|vor|binnen|innerhalb)\s)(?-i:[a-zäöüß])[\w-]*\s+){0,2}?",   # (no preposition)
                          re.IGNORECASE)


def drop_shares_that_count_nothing_new(drafts: list[Draft], text: str) -> None:
    """A share is a claim only as the count it works out to.  One whose base the text gives as no figure ("40% of the
    shells Russian gunners fire", "93 percent complete") counts nothing; one taken of the figure after it that follows
    a figure of its own sentence, or opens with a word pointing back, restates that figure as a share ("more than 6,000
    men – over half of the roughly 11,000 first sent", "Das sei mehr als die Hälfte der rund 11.000 Soldaten")."""
    for draft in drafts:
        if draft.status != "claim" or draft.mention["kind"] not in ("fraction", "percent"):
            continue
        if draft.calculation is None:
            draft.status = "not_a_claim"
            draft.status_reason = "a share of a base the text gives no figure for"
            continue
        if base_after(text, draft, drafts) is None or draft.sentence is None:
            continue
        earlier = any(d.status == "claim" and d.mention["kind"] == "quantity" and d.sentence == draft.sentence
                      and d.start < draft.start for d in drafts)
        if earlier or _POINTING_SUBJECT.match(text, draft.sentence.start, draft.start):
            draft.status = "not_a_claim"
            draft.status_reason = "a share restating the figure before it, of the base after it"


# a clause whose subject points back to figures already given: "That is nearly half of", "Das sei mehr als die Hälfte
# der", "The losses amounted to nearly 40% of", "Dies entspricht"
_POINTING_SUBJECT = re.compile(r"\W*(?:that|this|these|those|it|which|das|dies|diese[rs]?|damit|the (?:losses|casualties|toll|dead|"
                               r"deaths|figures?|numbers?)|die (?:verluste|zahlen?|opfer))\b[^.;:\d]*$", re.IGNORECASE)


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


def _an_appositive_age(text: str, row: dict, vocab: Vocabulary) -> bool:
    """An age set off after its people ("The two men, 21 and 27, are being held"): it bounds no figure's words."""
    written = text[row["char_start"]:row["char_end"]]
    return written.isdigit() and len(written) == 2 and \
        measure_of(text, row["char_start"], row["char_end"], row["unit"], text.rfind("\n", 0, row["char_start"]) + 1,
                   vocab) == "age"


def _within_its_item(separators: list[tuple[int, int]], row: dict, since: int, stop: int) -> tuple[int, int]:
    """The words before and after a figure, kept to its item of a fact line ("Troops deployed: 14,000 | Wounded: 3,500"):
    ``separators`` are the spans between the text's items, found once."""
    if not separators:
        return since, stop
    k = bisect.bisect_left(separators, (row["char_end"], 0))
    if k < len(separators):
        stop = min(stop, separators[k][0])
    if k > 0 and separators[k - 1][1] <= row["char_start"]:
        since = max(since, separators[k - 1][1])
    return since, stop


def draft_claims(text: str, mentions: pl.DataFrame | list[dict], info: ArticleInfo, vocab: Vocabulary) -> list[Draft]:
    """Classify every mention of one text automatically (before review).

    Mentions come sorted by position; the next mention after each is found by
    bisection, so the work grows linearly with the mentions of a text.
    """
    index = SentenceIndex(text)
    rows = mentions.to_dicts() if isinstance(mentions, pl.DataFrame) else mentions
    rows = with_counts_of_one(text, info.language, vocab, rows)   # ("one more died of his wounds": a count in words)
    # the numbers that bound each other's words; a measure does not ("Neun Soldaten seien während des
    # 120-tägigen Einsatzes ums Leben gekommen": the nine's words go on past the duration)
    figures = [r for r in rows if r["kind"] in CLAIM_KINDS and r["unit"] not in DURATION_UNITS
               and not MEASURE_AFTER.match(text, r["char_end"])
               and not AGE_BEFORE.search(text, max(0, r["char_start"] - AGE_REACH), r["char_start"])
               and not _an_appositive_age(text, r, vocab)]
    figure_starts = [r["char_start"] for r in figures]
    dates = [r for r in rows if r["kind"] in DATE_KINDS]
    durations = [r for r in rows if r["unit"] in DURATION_UNITS]
    attributor = Attributor(text, index.sentences, language=info.language, vocab=vocab,
                            figures=[(r["char_start"], r["char_end"]) for r in figures])
    # sentences with a figure of their own (a duration, "binnen 14 Tagen", is none: "Bekannt gegeben hat das
    # X nach seinem Treffen binnen 14 Tagen" attributes the figures before it)
    # (nor a number that shares the unit of the one joined after it: "Die beiden Soldaten, 20 und 26 Jahre alt, ...")
    with_figures = {sentence.index for r, nxt in itertools.pairwise([*rows, None])
                    if r["kind"] in CLAIM_KINDS and r["unit"] not in DURATION_UNITS and not _a_duration_with(text, r, nxt)
                    and (sentence := index.at(r["char_start"])) is not None}

    def attributes_only(sentence: Sentence) -> bool:
        return sentence.index not in with_figures

    drafts: list[Draft] = []
    cues_of_sentence: dict[int, set[str]] = {}    # each sentence's cues, found once
    asks: dict[int, bool] = {}                    # each sentence: whether it is a question
    corrections: dict[int, list[tuple[int, int]]] = {}   # each sentence: where it says the piece corrects a figure
    names_north_korea: dict[int, bool] = {}       # whether each sentence names North Korea, read once
    last_noun: tuple[str, Sentence | None] | None = None   # the last counted noun and its sentence
    # a period's clause is bounded by every number, measures too ("a 20-year-old ... joined the army in 2021")
    # (never the count of batches a sending came in: "sent some 15,000 troops in two waves since last October")
    periods = PeriodCache([r["char_start"] for r in rows if r["kind"] in CLAIM_KINDS
                           and not in_batches(text, r["char_start"], r["char_end"])])
    separators = [m.span() for m in _ITEM_SEPARATOR.finditer(text)]   # between a fact line's items, found once
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
        since, stop = _within_its_item(separators, row, since, stop)
        sentence_text = text[s_start:s_end]
        reason = not_a_count(text, row, s_start, sentence_text, vocab) or \
            in_a_question(text, (s_start, s_end), row, asks, sentence.index if sentence else -1) or \
            a_withdrawn_figure(text, (s_start, s_end), row, corrections, sentence.index if sentence else -1)
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
            cues = _without_a_loss_not_its_own(text, row, figures[preceding] if preceding >= 0 else None, cues, own_class, stop)
            draft.quantity, draft.casualty_type = classify_quantity(cues, noun_class, vocab)
            draft.planned = "planned" in cues and "already" not in cues
            lean_on_what_was_named(draft, drafts, text, since, (own_class, noun_class), cues, vocab)
            _a_part_of_losses(text, draft, drafts, cues, own_class, vocab)
            _losses_estimated_at(text, draft, own_class, vocab)
            _held_by_its_own_clause(text, draft, own_class, stop, vocab)
            _named_in_a_clause_after(text, draft, vocab)
            _trained_for_a_sending(text, draft)
            _restating_the_sentence_before(text, draft, index, own_class, vocab)
        part_of = _whole_or_part_of_a_claim_before(text, draft, drafts, vocab) if own_class == "none" else None
        # those who speak are a few ("zwei Parlamentarier"); a hundred or more of them are what is counted
        # ("rund 1000 Entminungsexperten")
        reason = (counts_claimers(text, (row["char_start"], row["char_end"]), vocab, own_class)
                  if (draft.values.get("value_best") or 0) < SPEAKERS_AT_MOST else None) or \
            _part_of_no_claim(text, draft, drafts, vocab) or _coordinated_with_no_claim(text, draft, drafts, noun_class, vocab) or \
            counts_something_else(text, index, draft, (noun, noun_class), vocab, names_north_korea, part_of) or \
            losses_of_another_army(draft) or in_another_country(text, draft, noun, vocab) or \
            of_a_force_named_before(text, draft, vocab) or \
            _coordinated_with_no_claim(text, draft, drafts, noun_class, vocab, arms_too=True) or \
            a_whole_army(text, draft) or its_own_people(text, draft, vocab)
        if reason is not None:
            draft.status_reason = reason
            continue
        draft.counted_text = noun or other_noun(text, row["char_end"], stop)
        if is_small_word_count(row, noun_class) and draft.quantity == "other":
            draft.status_reason = ("small spelled-out count with no counted noun and no cue from the vocabulary "
                                   "(rhetorical or enumerating named actors)")
            continue
        if sentence is not None:
            draft.attribution = attributor.attribute(sentence, draft.start, attributes_only=attributes_only)
            draft.reference = find_reference(text, sentence, draft, (dates, durations), info, vocab, cache=periods)
            _read_a_future_period(draft, text, sentence, info, vocab)
            _past_in_a_line_without_a_verb(text, draft, info, vocab)
            if draft.reference is not None and draft.reference.end is not None and draft.reference.end.year < HISTORY_BEFORE:
                # "Im Juni 1950 hatten etwa 135.000 nordkoreanische Soldaten die Grenze überschritten": another war's
                draft.status_reason = f"describes a time long before the topic ({draft.reference.text})"
                continue
        draft.status = "claim"
        draft.status_reason = f"{draft.quantity} claim"
    _parts_of_a_base_that_is_no_claim(drafts, text, vocab)
    resolve_fractions(drafts, text, vocab)
    fold_restated_fractions(drafts, text)
    drop_shares_that_count_nothing_new(drafts, text)
    place_facing_units(drafts, text, vocab)
    # (the text's speakers, read only when a claim's words may be renamed, and then once)
    name_sources(drafts, text, vocab, speakers=_Speakers(attributor, index.sentences))
    return drafts


class _Speakers:
    """(start, end, source, sentence) of every claimer a cue of the text links to (its speakers), once each; called
    with an offset, at least those of the sentences that start before it (every speaker ending before it is one of
    them).  The sentences' links are read in text order, each once, only as far as asked: a text's later sentences
    cost nothing when the claims to rename come before them."""

    def __init__(self, attributor: Attributor, sentences: list[Sentence]) -> None:
        self.attributor, self.sentences, self.read = attributor, sentences, 0
        self.found: dict[tuple[int, int], tuple[int, int, str, int]] = {}

    def __call__(self, before: int | None = None) -> list[tuple[int, int, str, int]]:
        sentences, found = self.sentences, self.found
        while self.read < len(sentences) and (before is None or sentences[self.read].start < before):
            sentence = sentences[self.read]
            for link in self.attributor.links(sentence):
                c = link.claimer
                if c.source not in (None, UNRESOLVED) and c.start >= sentence.start:
                    found.setdefault((c.start, c.end), (c.start, c.end, c.source, sentence.index))
            self.read += 1
        return list(found.values())


_OF_THE_NEXT = re.compile(r"\s+(?:of|out of|von|aus)\s+(?:(?:the|den|der)\s+)?$", re.IGNORECASE)


def _whole_or_part_of_a_claim_before(text: str, draft: Draft, drafts: list[Draft], vocab: Vocabulary) -> Draft | None:
    """The claim before in its sentence that a figure with no noun of its own is a part of ("darunter 3.000": it counts
    what that claim counts) or the whole of ("about 500 ... killed, out of some 5,000 thrown into the assault": the force
    its people came from)."""
    part_of = part_of_a_claim_before(text, draft, drafts, vocab)
    if part_of is not None and draft.quantity == "other":
        draft.quantity, draft.casualty_type = part_of.quantity, part_of.casualty_type
    elif part_of is None and draft.quantity == "other" and (base := base_of_a_claim_before(text, draft, drafts)) is not None:
        draft.quantity, draft.casualty_type, part_of = "troops_deployed", None, base
    return part_of


def _parts_of_a_base_that_is_no_claim(drafts: list[Draft], text: str, vocab: Vocabulary) -> None:
    """"shot down 56 of 90 Russian drones": a figure whose base follows it right after "of" counts what the base counts;
    when the base counts something else, so does the part (the part is read before its base, so here, after both)."""
    for draft, base in zip(drafts, drafts[1:], strict=False):
        if draft.status == "claim" and base.status != "claim" and base.status_reason.startswith("counts") and \
                base.sentence is draft.sentence and \
                (_OF_THE_NEXT.fullmatch(text, draft.mention["char_end"], base.start) is not None or (
                    draft.mention["kind"] in ("fraction", "percent") and base_after(text, draft, drafts) is base)):
            # (a share of the figure after too: "61 Prozent der 1.289 befragten Wahlberechtigten")
            draft.status, draft.status_reason = "not_a_claim", f"{base.status_reason} (a part of the figure after)"
    # "93 russische Drohnen in der Nacht +++ Davon habe die Flugabwehr 61 abgefangen": a part with no noun of its own,
    # pointed back to by the words that open its sentence, counts what the figure before it counts (when no claim stands
    # in that figure's sentence, which the words could point to instead)
    with_claims = {id(d.sentence) for d in drafts if d.status == "claim"}   # (once: the loop below stays linear)
    for before, draft in zip(drafts, drafts[1:], strict=False):
        word = _WORD_AFTER.match(text, draft.mention["char_end"])
        if draft.status == "claim" and (word is None or not vocab.any_noun.fullmatch(word.group(1))) and \
                before.status != "claim" and id(before.sentence) not in with_claims and \
                before.status_reason.startswith("counts") and before.sentence is not None and draft.sentence is not None \
                and before.sentence.paragraph == draft.sentence.paragraph and \
                _POINTED_BACK_TO.search(text, before.mention["char_end"], draft.start) is not None:
            draft.status, draft.status_reason = "not_a_claim", f"{before.status_reason} (a part of the figure before)"


def _a_duration_with(text: str, row: dict, after: dict | None) -> bool:
    """Whether a number shares the unit of a duration joined right after it ("20 und 26 Jahre alt")."""
    return after is not None and after["unit"] in DURATION_UNITS and \
        _SHARED_UNIT_JOIN.fullmatch(text, row["char_end"], after["char_start"]) is not None


_SHARED_UNIT_JOIN = re.compile(r"\s*(?:und|oder|and|or|bis|to|[–-])\s*", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")
# a sentence that opens by pointing back to the figure before, then the part: "Davon habe die Flugabwehr", "Of these, air
# defences downed"
_POINTED_BACK_TO = re.compile(r"(?:^|[.!?:;+]\s*)(?:davon|hiervon|von diesen|von ihnen|of (?:them|these|those)|among them|"
                              r"unter ihnen)\b[^.;:!?\d]*$", re.IGNORECASE)


# a figure of people who are there now, whatever they will do later ("The 11,000 currently being trained ... could be
# used from Nov. 1", "die 11.000, die derzeit ausgebildet werden, könnten ab dem 1. November eingesetzt werden")
_NOW = re.compile(r"\b(?:currently|now|at present|presently|derzeit|zurzeit|gegenwärtig|aktuell|momentan|inzwischen|"
                  r"bereits|schon|already)\b", re.IGNORECASE)


_IN_A_PHRASE_BEFORE = re.compile(r"\b(?:in|at|across|over|im|in den|bei)\s+$", re.IGNORECASE)
# (not the amount "bei" gives after a verb of standing: "Die Verluste lägen bei etwa 4.700 Mann, knapp 600 davon")
_AMOUNT_GIVEN = re.compile(r"\b(?:liegt|liegen|lag|lagen|läge|lägen|liege|steht|stehen|stand|standen|stehe|stünden)\s+"
                         r"(?:[\w-]+\s+){0,3}?bei\s+$|"
                         # (nor the amount "at" gives after a verb of putting: "Zelensky put them at about 4,000 ..., about
                         # 1,000 of them dead")
                         r"\b(?:put|puts|putting|estimated|estimates|estimate|estimating|placed|places|pegged|pegs|stood|"
                         r"stands|set|sets)\s+(?:[\w'’-]+\s+){0,4}?at\s+(?:(?:about|around|roughly|some|nearly|almost|"
                         r"more than|over|at least|up to)\s+)?$", re.IGNORECASE)


def _after_a_fronted_base(text: str, draft: Draft, drafts: list[Draft]) -> bool:
    """"Von 61 nächtlichen Drohnen hat die Flugabwehr 46 unschädlich gemacht", "Of the 120 drones, 95 were downed": the
    figure before in its sentence is a base fronted with "von"/"of", and this one, with no noun of its own, its part."""
    before = drafts[-2] if len(drafts) > 1 else None
    if before is None or before.sentence is None or draft.sentence is None or before.sentence.index != draft.sentence.index or \
            not _FRONTED_BASE.search(text, max(0, before.start - 12), before.start):
        return False
    return _NO_NOUN_AFTER.match(text, draft.mention["char_end"]) is not None


_FRONTED_BASE = re.compile(r"(?:^|[.:;!?]\s*|\n\s*)(?:von|of)\s+(?:(?:den|the|all|allen)\s+)?$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s+(?-i:[a-zäöü])|[.,;:!?]")   # a lowercase word (a verb) or a stop right after it
_PART_BEFORE = re.compile(r"\b(?:among them|among those|including|darunter|davon|unter ihnen|of which|of whom|von denen|wovon)"
                          r"\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
PART_BEFORE_REACH = 30
_PART_NOUN_AFTER = re.compile(r"[^.;,:!?()\d]{1,30}")   # a part's own noun phrase after it
WHOLE_FORMATION = "counts a whole formation's strength"
PART_NAMED_REACH = 60   # characters before a part in which the people it is taken from may be named
TOTAL_REACH = 80


def _part_of_no_claim(text: str, draft: Draft, drafts: list[Draft], vocab: Vocabulary) -> str | None:
    """"Russia launched 120 drones overnight; the air force shot down 95 of them": a part of the figure before in its
    sentence that counts something else counts it too."""
    # (whatever noun stands before it: "them" is the figure's; or a part marker before it: "listing 48 individuals, among
    # them three generals")
    # (or the total it brings its count to: "put Russian losses over the past day at 1,190, bringing its count since
    # February 2022 to about 860,000")
    total = TOTAL_REACHED.search(text, max(0, draft.start - TOTAL_REACH), draft.start) is not None
    if not total and not PARTITIVE.match(text, draft.mention["char_end"]) and \
            not _PART_BEFORE.search(text, max(0, draft.start - PART_BEFORE_REACH), draft.start) and \
            not _after_a_fronted_base(text, draft, drafts):
        return None
    # "them" is the nearest figure that can be one: not those who report it ("wie zwei Mitglieder ... berichteten,
    # wurden 4.700 von ihnen getötet") nor a figure in a phrase of circumstance ("in two rotations")
    before = next((d for d in reversed(drafts[:-1]) if d.mention["kind"] in CLAIM_KINDS and
                   not (d.status_reason or "").startswith("counts who reports it") and
                   (total or not _IN_A_PHRASE_BEFORE.search(text, max(0, d.start - 12), d.start)
                    or _AMOUNT_GIVEN.search(text, max(0, d.start - 40), d.start))), None)
    if before is None or before.sentence is None or draft.sentence is None or \
            before.sentence.paragraph != draft.sentence.paragraph or draft.sentence.index - before.sentence.index > 1 or \
            before.status == "claim" or not before.status_reason.startswith("counts") or \
            before.status_reason.startswith(WHOLE_FORMATION):
        return None                                # (a part of a formation at home is the part sent: "11,000 of them")
    if not total and names_the_north(text, max(before.mention["char_end"], draft.start - PART_NAMED_REACH), draft.start,
                                     vocab):
        return None                                # "... 1,176,420 troops. The figure does not include North Korean
        # soldiers, of whom around 6,000 have been killed": a part of the North's people named between, not of the figure
    noun = _PART_NOUN_AFTER.match(text, draft.mention["char_end"])
    if not total and noun is not None and before.status_reason.startswith("counts soldiers of another country") and \
            names_the_north(text, noun.start(), noun.end(), vocab):
        return None                                # "Russia has lost about 50,000 troops, including 3,000 North Koreans":
        # a part of another country's force that names the North's people counts them
    return f"{before.status_reason} ({'the total' if total else 'a part'} of the figure before)"


# a figure coordinated with the one before, one noun between: "sanctioned 12 companies and 7 individuals"
# (or its predicate, the next figure's left out: "61 were shot down and 34 lost to electronic jamming")
_COORDINATED_AFTER_NOUN = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,4}\s+(?:and|und|sowie|or|oder)\s+$", re.IGNORECASE)


def _coordinated_with_no_claim(text: str, draft: Draft, drafts: list[Draft], noun_class: str,
                               vocab: Vocabulary, *, arms_too: bool = False) -> str | None:
    """"The Treasury sanctioned 12 companies and 7 individuals": a figure joined by "and" to one right before it (its
    noun between) that counts something else, with no counted noun of the topic's own, counts the same kind of thing."""
    before = drafts[-2] if len(drafts) >= 2 else None
    # (``arms_too``, last of the reasons: arms after a count off the topic, "Mit 310 Drohnen und 9 Raketen hat Russland
    # ... angegriffen")
    arms = arms_too and noun_class in ("munitions", "equipment") and before is not None and \
        "off the topic" in (before.status_reason or "")
    if before is None or (noun_class not in ("none", "people") and not arms) or before.status == "claim" or \
            not (before.status_reason or "").startswith("counts") or before.sentence is not draft.sentence or \
            not _COORDINATED_AFTER_NOUN.fullmatch(text, before.mention["char_end"], draft.start):
        return None
    noun = _PART_NOUN_AFTER.match(text, draft.mention["char_end"])
    if noun is not None and names_the_north(text, noun.start(), noun.end(), vocab):
        return None                                # "lost 50,000 soldiers and 3,000 North Koreans": the North's own
    return f"{before.status_reason} (joined to the figure before)"


def _starts_then(words: str, forward: list[str] | tuple[str, ...]) -> bool:
    """Whether a period's words open with one of the language's forward prepositions ("ab", "from", "starting")."""
    first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    return first in _first_words(tuple(forward))


@functools.lru_cache(maxsize=8)
def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The first words of the language's forward prepositions, read once per language."""
    return frozenset(w.split()[0].lower() for w in phrases)


def _read_a_future_period(draft: Draft, text: str, sentence: Sentence, info: ArticleInfo, vocab: Vocabulary) -> None:
    """A period that starts after the article was published (by day): what the figure's verb does then is a plan
    ("2.600 Mann solle ab dem 1. November zum Einsatz kommen"), unless the figure's words before that period say
    they are there now ("the 11,000 currently being trained ... could be used from Nov. 1": now, and deployed)."""
    reference = draft.reference
    if reference is None or reference.start is None or info.published_date is None or \
            info.published_precision != "day" or reference.start <= info.published_date or \
            not _starts_then(reference.text, vocab.words.languages[info.language].reference_prepositions.forward):
        return                                     # (only a period that starts then: "ab dem 1. November", "from Nov. 1")
    said = text.find(reference.text, draft.start, sentence.end)
    if _NOW.search(text, draft.start, said if said >= 0 else sentence.end):
        draft.reference = None
    elif draft.quantity == "troops_deployed":
        draft.quantity = "troops_planned"


THINGS = ("munitions", "other")   # quantities whose counted noun tells two figures apart


# a word before a figure saying it adds another lot: "weitere 1.500", "another 1,500", "a further 1,500"
_ANOTHER_LOT = re.compile(r"\b(?:weitere[nr]?|zusätzliche[nr]?|another|a further|an additional|further)\s+(?:(?:rund|etwa|gut|"
                          r"knapp|about|some|around|roughly|nearly)\s+)?$", re.IGNORECASE)
ANOTHER_REACH = 30
_NEW_LOT = re.compile(r"\s+(?:fresh|new|neue[nr]?|frische[nr]?)\b", re.IGNORECASE)


def fold_repeats(drafts: list[Draft], text: str, lexicon=None) -> None:
    """Within one article, one claim per figure: repeats point to the primary mention.

    Mentions of the same quantity (and casualty type) with the same value are one
    claim.  The primary is the first attributed mention, else the first one in a
    full sentence (not a headline), else the first.  Two different named sources
    for the same figure stay two claims, except a country's word alone ("Kiew: Weitere
    3.000 ...") beside one body of that country ("nach Angaben der Hauptverwaltung
    Aufklärung ... rund 3.000"): the body is who the country's word stood for (with
    ``lexicon``, :class:`analysis.extract.lexicon.Lexicon`).
    """
    groups: dict[tuple, list[Draft]] = {}
    for d in drafts:
        if d.status == "claim":
            # things are told apart by what they are ("120 Geschütze ... 120 Mehrfachraketenwerfer"); people not
            thing = (d.counted_text or "").lower() if d.quantity in THINGS else None
            # (another lot of the same size in the same sentence is never a repeat: "Rund 1.500 Mann seien eingetroffen,
            # weitere 1.500 würden erwartet")
            # (nor one called new: "pulled back around 3,000 ... and sent in 3,000 fresh ones")
            another = d.start if (_ANOTHER_LOT.search(text, max(0, d.start - ANOTHER_REACH), d.start) or
                                  _NEW_LOT.match(text, d.mention["char_end"])) and any(
                o.status == "claim" and o.start < d.start and o.sentence is d.sentence and value_key(o.values) == value_key(d.values)
                for o in drafts) else None
            groups.setdefault((d.quantity, d.casualty_type, value_key(d.values), thing, another), []).append(d)
    for members in groups.values():
        by_source: dict[str, list[Draft]] = {}
        unattributed = []
        for d in members:
            if d.attribution is None:
                unattributed.append(d)
            else:
                by_source.setdefault(d.attribution.source, []).append(d)
        if lexicon is not None:
            _fold_country_into_body(by_source, text, lexicon)
        clusters = list(by_source.values()) or [[]]
        clusters[0].extend(unattributed)
        for cluster in clusters:
            if cluster:
                _fold_cluster(cluster, text)


def _fold_cluster(cluster: list[Draft], text: str) -> None:
    """One claim of the mentions of one figure from one source: the primary takes the others' spans (and the first
    period one of them names when it names none: "Kiew: Weitere 3.000 ... an der Front" over the body's)."""
    cluster.sort(key=lambda d: d.start)
    primary = next((d for d in cluster if d.attribution is not None), None)
    if primary is None:
        primary = next((d for d in cluster if d.sentence and text[d.sentence.end - 1] in ".!?\"“”"), cluster[0])
    if primary.reference is None:
        primary.reference = next((d.reference for d in cluster if d.reference is not None), None)
    primary.spans = sorted(span for d in cluster for span in d.spans)
    for d in cluster:
        if d is not primary:
            d.status = "repeat"
            d.status_reason = f"repeats the claim at {primary.start} ('{primary.mention['number_text']}')"
            d.claim_id = None
            d.spans = []
        d.primary = primary


def _fold_country_into_body(by_source: dict[str, list[Draft]], text: str, lexicon) -> None:
    """Moves the mentions attributed to a country's word alone (a capital or a country's name, not reviewed) into the
    cluster of the one body of that country that gives the same figure in the text."""
    for source in list(by_source):
        country = source.partition("_")[0]
        bodies = [other for other in by_source if other != source and other.startswith(country + "_")]
        if len(bodies) != 1 or source != lexicon.compose(country, None) or not all(
                d.review_status == "auto" and d.attribution.source_start is not None and
                lexicon.name_pattern.fullmatch(text, d.attribution.source_start, d.attribution.source_end)
                for d in by_source[source]):
            continue
        if any(d.review_status != "auto" for d in by_source[bodies[0]]):
            continue
        body = by_source[bodies[0]][0].attribution
        for d in by_source.pop(source):
            d.attribution = body
            by_source[bodies[0]].append(d)


def _mark_mixed_totals(claims: list[Draft], parts: dict[int, str], text: str, vocab: Vocabulary) -> None:
    """"Russia has massed some 50,000 troops near Kursk, among them roughly 11,000 North Koreans": a total of troops
    whose part alone is named as the North's counts a mixed force, not the North's soldiers (quantity ``other``)."""
    by_id = {d.claim_id: d for d in claims}
    for part in claims:
        total = by_id.get(parts.get(id(part)))
        if total is None or total.quantity not in ("troops_deployed", "troops_planned") or \
                not NAMED_AS_THE_NORTHS.match(text, part.mention["char_end"]):
            continue
        if not names_the_north(text, total.sentence.start if total.sentence else 0, part.start, vocab):
            total.quantity = "other"
    for total in claims:                           # the North's part named without a number: "50,000 troops,
        if total.quantity not in ("troops_deployed", "troops_planned") or id(total) in parts:   # including North
            continue                                                                          # Korean units"
        sentence_end = total.sentence.end if total.sentence else len(text)
        among = _AMONG_THEM.match(text, total.mention["char_end"], sentence_end)
        if among is not None and NAMED_AS_THE_NORTHS.match(text, among.end(), sentence_end) and \
                not names_the_north(text, total.sentence.start if total.sentence else 0, among.end(), vocab):
            total.quantity = "other"


# past a total's own words, what introduces a part of it: "50,000 troops, including", "50.000 Soldaten, darunter"
_AMONG_THEM = re.compile(r"[^\d.;:]{0,40}?(?:,\s*|\s+)(?:including|among them|darunter|unter ihnen|einschließlich|"
                         r"inklusive|include|includes|included|umfass\w*)(?=\s)", re.IGNORECASE)


def _mark_totals_of_kinds(claims: list[Draft], parts: dict[int, str]) -> None:
    """"6000 Militärangehörige für den Wiederaufbau: 1000 Munitionsräumer und 5000 Bauleute": a total whose parts are of
    different kinds counts troops (LABELS.md), whatever one kind its own words name; planned or sent by its tense."""
    kinds: dict[str, set[str]] = {}
    planned: set[str] = set()
    for part in claims:
        if id(part) in parts:
            kinds.setdefault(parts[id(part)], set()).add(part.quantity)
            if part.planned:
                planned.add(parts[id(part)])
    for total in claims:
        found = kinds.get(total.claim_id, set())
        # (a total whose own noun says nothing, "Nordkorea schickt 6000 Helfer nach Kursk" over "1000 Minenräumer und
        # 5000 Militärbauarbeiter", counts them too; a headline's present tells a plan its parts' words say is one;
        # troops sent and troops planned are one kind: "14.000 Soldaten – etwa 11.000 im Herbst und weitere 3.000")
        if len({_KIND_OF.get(k, k) for k in found & MIXABLE_KINDS}) >= 2 and total.quantity in MIXABLE_KINDS | {"other"}:
            total.quantity = "troops_planned" if total.planned or total.claim_id in planned else "troops_deployed"
            total.casualty_type = None


MIXABLE_KINDS = frozenset({"sappers", "construction_workers", "workers", "troops_deployed", "troops_planned"})
_KIND_OF = {"troops_deployed": "troops", "troops_planned": "troops"}   # what is counted, whatever the tense


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A claimer's words widened to whole words: a name found as the first part of a compound
    ("ukrainischen Regierung|sangaben") is quoted as the compound."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def claim_rows(drafts: list[Draft], text: str, info: ArticleInfo, vocab: Vocabulary) -> list[dict]:
    """One claims-table row per claim (claim groups not yet assigned)."""
    rows = []
    claims = [d for d in drafts if d.status == "claim"]
    parts = link_parts(claims, text, vocab)
    attribute_totals_by_their_parts(claims, parts)
    attribute_parts_by_their_total(claims, parts)
    _mark_mixed_totals(claims, parts, text, vocab)
    _mark_totals_of_kinds(claims, parts)
    own_outlet = publisher_source(info.publisher, vocab)
    for d in claims:
        a = d.attribution
        source = a.source if a else "unattributed"
        has_words = a is not None and a.source_start is not None
        w0, w1 = _whole_words(text, a.source_start, a.source_end) if has_words else (None, None)
        source_text = text[w0:w1] if has_words else None
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
            "source_text_start": w0,
            "source_text_end": w1,
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
