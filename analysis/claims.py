"""Turning numeric mentions into quantitative claims.

For every mention that is a quantity, percentage or fraction, in the sentence
that carries it:

* **what is counted** (``quantity``): the counted noun after the number and
  context cues in the sentence, mapped by the rules in ``data/quantities.yaml``;
* **who claims it** (``source``) and **via whom** (``via``): a source alias from
  ``data/sources.yaml`` tied to an attribution phrase from
  ``data/attribution.yaml``; without one in the sentence, the attribution of the
  previous sentence of the same paragraph is carried; otherwise ``unattributed``;
* **when** (``reference_*``): a date expression in the same sentence, with the
  year inferred from the publication date when the text omits it;
* fractions and percentages of a stated base are resolved, with the arithmetic.

Then the analysts' review decisions are applied (:mod:`analysis.review`),
repeats of a figure within one article are folded into one claim (all spans
kept), and claims of the same figure, source and period across articles share
a ``claim_group`` whose earliest report is marked ``is_first_report``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from . import schema
from .corpus import Article, parse_published, precision_of
from .mentions import find_mentions
from .text import Sentence, SentenceIndex
from .vocabulary import Vocabulary, default_vocabulary

CLAIM_KINDS = ("quantity", "percent", "fraction")
DATE_KINDS = ("date", "year")
SMALL_WORD_COUNT = 13  # spelled-out counts below this, with no counted noun, are not claims
NOUN_WINDOW = 48  # characters after a number in which its counted noun must start
FORWARD_PREPOSITIONS = re.compile(r"(?:\bab(?: dem| der)?|\bfrom|\bstarting(?: on| in)?|\bbeginning)\s*$", re.IGNORECASE)
OPEN_END_PREPOSITIONS = re.compile(r"(?:\bab(?: dem| der)?|\bseit(?: dem| der)?|\bfrom|\bsince|\bstarting(?: on| in)?)\s*$", re.IGNORECASE)
FRACTION_BASE = re.compile(r"^\s*(?:von ihnen|davon|der|des|von|of them|of)\b", re.IGNORECASE)


@dataclass
class ArticleInfo:
    """What the claims need to know about the article a text comes from."""

    article_id: str | None
    publisher: str | None
    published_date: dt.date
    published_precision: str
    language: str

    @property
    def published_end(self) -> dt.date:
        """Last day of the publication period (the month's end for month precision)."""
        if self.published_precision == "month":
            return _month_end(self.published_date.year, self.published_date.month)
        return self.published_date


@dataclass
class Attribution:
    source: str
    via: str | None
    text: str
    carried: bool = False


@dataclass
class Reference:
    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str


@dataclass
class Draft:
    """One mention on its way to becoming a claim (or not)."""

    mention: dict
    sentence: Sentence | None
    status: str = "not_a_claim"
    status_reason: str = ""
    values: dict = field(default_factory=dict)
    quantity: str = "other"
    casualty_type: str | None = None
    counted_text: str | None = None
    attribution: Attribution | None = None
    reference: Reference | None = None
    calculation: str | None = None
    review_status: str = "auto"
    review_note: str | None = None
    claim_id: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.mention["char_start"]


# -- dates ------------------------------------------------------------------------------------

def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


_SEASONS = {21: ((3, 1), (5, 31)), 22: ((6, 1), (8, 31)), 23: ((9, 1), (11, 30)), 24: ((12, 1), (2, 28))}


def _edtf_bounds(part: str, year: int, *, end: bool) -> tuple[dt.date, str]:
    """First (or last) day of one EDTF date; 'XXXX' takes ``year``, '199X' is a decade."""
    fields = part.split("T")[0].split("-")
    y_text = fields[0].upper()
    if y_text == "XXXX":
        y, precision = year, None
    elif "X" in y_text:
        y, precision = int(y_text.replace("X", "9" if end else "0")), "year"
    else:
        y, precision = int(y_text), None
    if len(fields) == 1:
        return (dt.date(y, 12, 31) if end else dt.date(y, 1, 1)), precision or "year"
    m = int(fields[1])
    if m in _SEASONS:
        (sm, sd), (em, ed) = _SEASONS[m]
        if end:
            return (_month_end(y + 1, 2) if m == 24 else dt.date(y, em, ed)), "season"
        return dt.date(y, sm, sd), "season"
    if len(fields) == 2:
        return (_month_end(y, m) if end else dt.date(y, m, 1)), "month"
    day = min(int(fields[2]), _month_end(y, m).day)  # 29 February in a common year
    return dt.date(y, m, day), "day"


def edtf_period(edtf: str, year: int) -> tuple[dt.date, dt.date, str]:
    """Start, end and precision of an EDTF date or interval (``XXXX`` replaced by ``year``)."""
    first, _, last = edtf.partition("/")
    start, precision = _edtf_bounds(first, year, end=False)
    end, end_precision = _edtf_bounds(last or first, year, end=True)
    if last:
        precision = precision if precision == end_precision else "year"
    return start, end, precision


def resolve_reference(edtf: str, text_before: str, info: ArticleInfo) -> tuple[dt.date, dt.date | None, str]:
    """The reference period of a date expression in an article.

    A year the text omits is inferred from the publication date: the latest such
    period that does not start after the publication (never in its future), except
    after forward-looking prepositions ("ab dem 1. November", "from"), which take the
    next one.  "ab"/"seit"/"from"/"since" leave the period open-ended (end null).
    """
    published = info.published_end
    if edtf.upper().startswith("XXXX"):
        forward = bool(FORWARD_PREPOSITIONS.search(text_before))
        start, end, precision = edtf_period(edtf, published.year)
        if forward and start < info.published_date:
            start, end, precision = edtf_period(edtf, published.year + 1)
        elif not forward and start > published:
            start, end, precision = edtf_period(edtf, published.year - 1)
    else:
        start, end, precision = edtf_period(edtf, published.year)
    if OPEN_END_PREPOSITIONS.search(text_before):
        end = None
    return start, end, precision


# -- the steps ---------------------------------------------------------------------------------

def _counted_noun(text: str, draft: Draft, stop: int, vocab: Vocabulary) -> tuple[str, str | None]:
    """Noun class and words of what a number counts: the first vocabulary noun right after it."""
    end = draft.mention["char_end"]
    window = text[end:min(stop, end + NOUN_WINDOW)]
    best: tuple[int, str, str] | None = None
    for noun_class, pattern in vocab.noun_patterns.items():
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0]):
            word = re.match(r"[\w-]+", window[m.start():])
            best = (m.start(), noun_class, word.group(0) if word else m.group(0))
    if best is None:
        return "none", None
    return best[1], best[2]


def _other_noun(text: str, draft: Draft, stop: int) -> str | None:
    m = re.match(r"\s*([^\W\d_][\w-]*)", text[draft.mention["char_end"]:stop])
    return m.group(1) if m else None


def classify_quantity(sentence_text: str, noun_class: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """Quantity and casualty type from the noun class and the cues in the sentence."""
    present = {cue for cue, pattern in vocab.cue_patterns.items() if pattern.search(sentence_text)}
    for rule in vocab.rules:
        if noun_class in rule.noun and all(c in present for c in rule.cues):
            return rule.quantity, rule.casualty_type
    return "other", None


def _source_matches(text: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    found = []
    for m in vocab.source_pattern.finditer(text, start, end):
        found.append((m.start(), m.end(), vocab.alias_groups[m.lastgroup]))
    return found


def find_attribution(text: str, sentence: Sentence, vocab: Vocabulary) -> Attribution | None:
    """Source (and via) attributed in one sentence by an attribution phrase, if any."""
    s, e = sentence.start, sentence.end
    aliases = _source_matches(text, s, e, vocab)
    if not aliases:
        return None
    window = vocab.attribution_window
    chosen: list[tuple[tuple[int, int], tuple[int, int, str]]] = []
    cues = [(m, "before") for m in vocab.attribution_before.finditer(text, s, e)]
    cues += [(m, "after") for m in vocab.attribution_after.finditer(text, s, e)]
    cues += [(m, "either") for m in vocab.attribution_either.finditer(text, s, e)]
    for cue, side in sorted(cues, key=lambda c: c[0].start()):
        c0, c1 = cue.span()
        after = [a for a in aliases if c1 <= a[0] <= c1 + window]
        before = [a for a in aliases if c0 - window <= a[1] <= c0]
        if side == "before":
            pick = after[:1]
        elif side == "after":
            pick = before[-1:]
        else:
            adjacent = [a for a in after if a[0] - c1 <= 3]
            pick = adjacent[:1] or before[-1:] or after[:1]
        if pick:
            chosen.append(((c0, c1), pick[0]))
        # "told CNN", "berichtet CNN": a media outlet right after any cue is a channel.
        chosen += [((c0, c1), a) for a in after if a[0] - c1 <= 3 and a not in pick
                   and vocab.sources[a[2]].type == "media"]
    if not chosen:
        return None
    # The first non-media source is who claims it; a media source beside it is the channel.
    media = [c for c in chosen if vocab.sources[c[1][2]].type == "media"]
    primary = [c for c in chosen if vocab.sources[c[1][2]].type != "media"]
    main = primary[0] if primary else media[0]
    via = next((m for m in media if m[1][2] != main[1][2]), None)
    parts = [main] + ([via] if via else [])
    fragments = []
    for (c0, c1), (a0, a1, _) in sorted(parts, key=lambda p: min(p[0][0], p[1][0])):
        fragments.append(text[min(c0, a0):max(c1, a1)])
    return Attribution(main[1][2], via[1][2] if via else None, " … ".join(fragments))


def find_reference(text: str, sentence: Sentence, draft: Draft, dates: list[dict], info: ArticleInfo) -> Reference | None:
    """The period a figure refers to: the nearest date expression in its sentence."""
    candidates = [d for d in dates if sentence.start <= d["char_start"] and d["char_end"] <= sentence.end
                  and d["date_edtf"] and "dateline" not in (d["reason"] or "")]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: abs(d["char_start"] - draft.start))
    before = text[max(sentence.start, nearest["char_start"] - 12):nearest["char_start"]] + " "
    span_text = nearest["number_text"]
    lead = re.match(r"\s*((?:ab|seit|from|since)(?: dem| der)?)\s", span_text, re.IGNORECASE)
    context = (before.strip() + " " + (lead.group(1) if lead else "")).strip()
    try:
        start, end, precision = resolve_reference(nearest["date_edtf"], context, info)
    except ValueError:  # an EDTF form this module does not read: no period rather than a wrong one
        return None
    return Reference(start, end, precision, span_text)


def _resolve_fraction(text: str, draft: Draft, drafts: list[Draft], index: SentenceIndex) -> None:
    """A fraction or percentage of a stated base: base × share, with the arithmetic."""
    m = draft.mention
    if not FRACTION_BASE.match(text[m["char_end"]:m["char_end"] + 12]):
        return
    base = None
    for other in reversed(drafts):
        if other.start >= draft.start:
            continue
        if other.mention["kind"] != "quantity" or other.quantity not in ("troops_deployed", "troops_planned"):
            continue
        if other.sentence and draft.sentence and other.sentence.paragraph == draft.sentence.paragraph:
            base = other
        break
    if base is None or base.values.get("value_best") is None:
        return
    share = m["value_best"] / 100 if m["kind"] == "percent" else m["value_best"]
    value = share * base.values["value_best"]
    share_text = f"{m['value_best']:g} %" if m["kind"] == "percent" else _fraction_text(share)
    draft.values = {
        "value_low": value, "value_best": value, "value_high": value,
        "is_approximate": True, "bound": "approximate", "unit": None,
    }
    draft.calculation = (
        f"{share_text} × {base.values['value_best']:,.0f} ('{base.mention['number_text']}' at "
        f"{base.start}) = {value:,.0f}"
    )


def _fraction_text(value: float) -> str:
    from fractions import Fraction

    return str(Fraction(value).limit_denominator(12))


def draft_claims(text: str, mentions: pl.DataFrame, info: ArticleInfo, vocab: Vocabulary) -> list[Draft]:
    """Classify every mention of one text automatically (before review)."""
    index = SentenceIndex(text)
    rows = mentions.to_dicts()
    dates = [r for r in rows if r["kind"] in DATE_KINDS]
    attributions: dict[int, Attribution | None] = {}

    def attribution_of(sentence: Sentence) -> Attribution | None:
        if sentence.index not in attributions:
            attributions[sentence.index] = find_attribution(text, sentence, vocab)
        return attributions[sentence.index]

    drafts: list[Draft] = []
    for row in rows:
        sentence = index.at(row["char_start"])
        draft = Draft(row, sentence, spans=[(row["char_start"], row["char_end"])])
        drafts.append(draft)
        if row["kind"] not in CLAIM_KINDS:
            draft.status_reason = f"{row['kind'].replace('_', ' ')}: {row['reason'] or 'not a quantity'}"
            continue
        draft.values = {k: row[k] for k in ("value_low", "value_best", "value_high", "is_approximate", "bound", "unit")}
        stop = sentence.end if sentence else len(text)
        next_mention = next((r["char_start"] for r in rows if r["char_start"] >= row["char_end"]), stop)
        stop = min(stop, next_mention)
        sentence_text = sentence.text(text) if sentence else text
        noun_class, noun = _counted_noun(text, draft, stop, vocab)
        if row["unit"] in (None, "fraction", "percent"):
            draft.quantity, draft.casualty_type = classify_quantity(sentence_text, noun_class, vocab)
        draft.counted_text = noun or _other_noun(text, draft, stop)
        is_word = not any(ch.isdigit() for ch in row["number_text"])
        if (is_word and row["bound"] == "exact" and (row["value_best"] or 0) < SMALL_WORD_COUNT
                and row["unit"] is None and noun_class == "none"):
            draft.status_reason = "small spelled-out count with no counted noun from the vocabulary (rhetorical or enumerating named actors)"
            continue
        if row["kind"] in ("fraction", "percent"):
            _resolve_fraction(text, draft, drafts, index)
        if sentence is not None:
            attribution = attribution_of(sentence)
            if attribution is None:
                previous = index.previous(sentence)
                carried = attribution_of(previous) if previous else None
                if carried is not None:
                    attribution = Attribution(carried.source, carried.via, carried.text, carried=True)
            draft.attribution = attribution
            draft.reference = find_reference(text, sentence, draft, dates, info)
        draft.status = "claim"
        draft.status_reason = f"{draft.quantity} claim"
    return drafts


def _value_key(values: dict) -> tuple:
    if values.get("value_best") is not None:
        return ("best", values["value_best"])
    return ("span", values.get("value_low"), values.get("value_high"))


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
            groups.setdefault((d.quantity, d.casualty_type, _value_key(d.values)), []).append(d)
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
                d.primary = primary  # type: ignore[attr-defined]


def claim_rows(drafts: list[Draft], text: str, info: ArticleInfo, vocab: Vocabulary) -> list[dict]:
    rows = []
    for d in drafts:
        if d.status != "claim":
            continue
        a = d.attribution
        source = a.source if a else "unattributed"
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
            "source_name": vocab.sources[source].name if a else "Unattributed",
            "source_type": vocab.sources[source].type if a else "unattributed",
            "via": a.via if a else None,
            "attribution_text": a.text if a else None,
            "attribution_carried": a.carried if a else None,
            "reference_start": r.start if r else None,
            "reference_end": r.end if r else None,
            "reference_precision": r.precision if r else None,
            "reference_text": r.text if r else None,
            "calculation": d.calculation,
            "claim_group": None,
            "is_first_report": None,
            "review_status": d.review_status,
            "review_note": d.review_note,
        })
    return rows


def mention_rows(drafts: list[Draft], article_id: str | None) -> list[dict]:
    rows = []
    for d in drafts:
        m = d.mention
        claim_id = d.claim_id if d.status == "claim" else getattr(getattr(d, "primary", None), "claim_id", None)
        rows.append({
            "article_id": article_id,
            **{k: m[k] for k in ("char_start", "char_end", "number_text", "kind", "reason", "date_edtf",
                                 "value_low", "value_best", "value_high", "is_approximate", "bound", "unit")},
            "mention_status": d.status,
            "status_reason": d.status_reason,
            "claim_id": claim_id if d.status in ("claim", "repeat") else None,
        })
    return rows


def process_text(text: str, info: ArticleInfo, *, decisions=None, vocab: Vocabulary | None = None) -> tuple[list[dict], list[dict]]:
    """Claims and mention rows of one text; ``decisions`` are review decisions for it."""
    vocab = vocab or default_vocabulary()
    mentions = find_mentions(text, info.language)
    drafts = draft_claims(text, mentions, info, vocab)
    if decisions:
        from .review import apply_decisions

        apply_decisions(drafts, decisions, text, info, vocab)
    prefix = info.article_id or "text"
    for d in drafts:
        if d.status == "claim":
            d.claim_id = f"{prefix}:{d.start}"
    fold_repeats(drafts, text)
    return claim_rows(drafts, text, info, vocab), mention_rows(drafts, info.article_id)


# Claims with the same values of these columns form one claim_group.
CLAIM_GROUP_KEY = ("quantity", "casualty_type", "source", "value_low", "value_best", "value_high",
                   "reference_start", "reference_end")


def first_reports(claims: pl.LazyFrame) -> pl.LazyFrame:
    """Per claim-group key, the claim_id of the group's earliest published claim (the group's id).

    A month-precision publication date counts as the month's last day for this
    ordering: it cannot be shown to be earlier.  One row per distinct key, so a
    corpus's claims can be streamed through it (``collect(engine="streaming")``).
    """
    order_date = (
        pl.when(pl.col("published_precision") == "month")
        .then(pl.col("published_date").dt.month_end())
        .otherwise(pl.col("published_date"))
    )
    first = pl.col("claim_id").sort_by(order_date, "article_id", "char_start").first()
    return claims.group_by(CLAIM_GROUP_KEY).agg(first.alias("claim_group"))


def with_claim_groups(claims: pl.DataFrame, first: pl.DataFrame) -> pl.DataFrame:
    """``claims`` with claim_group and is_first_report from a :func:`first_reports` table."""
    return (
        claims.drop("claim_group", "is_first_report")
        .join(first, on=list(CLAIM_GROUP_KEY), how="left", nulls_equal=True)
        .with_columns((pl.col("claim_group") == pl.col("claim_id")).alias("is_first_report"))
        .select(claims.columns)
        .sort(["article_id", "char_start"])
    )


def assign_claim_groups(claims: pl.DataFrame) -> pl.DataFrame:
    """Same figure, quantity, source and period across articles -> one claim_group.

    The group id is the claim_id of its earliest published claim, which is the
    group's first report; the others are echoes.
    """
    if claims.is_empty():
        return claims
    return with_claim_groups(claims, first_reports(claims.lazy()).collect())


def article_info(article: Article) -> ArticleInfo:
    p = article.provenance
    return ArticleInfo(article.article_id, p.publisher, p.published_date, p.published_precision, p.language)


def claims_for_articles(articles: Iterable[Article], decisions: dict, vocab: Vocabulary) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims (claim groups not yet assigned) and mentions of a batch of articles."""
    claim_list: list[dict] = []
    mention_list: list[dict] = []
    for article in articles:
        claims, mentions = process_text(article.text, article_info(article),
                                        decisions=decisions.get(article.article_id), vocab=vocab)
        claim_list += claims
        mention_list += mentions
    return _frame(claim_list, "claims"), _frame(mention_list, "mentions")


def build_claims_and_mentions(
    articles: Iterable[Article], *, review: bool = True, root: Path | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The claims and mentions tables of a corpus (review decisions applied unless ``review=False``)."""
    from .review import load_decisions

    vocab = default_vocabulary()
    articles = list(articles)
    decisions = load_decisions(root, {a.article_id: a.text for a in articles}, vocab) if review else {}
    claims, mentions = claims_for_articles(articles, decisions, vocab)
    return assign_claim_groups(claims), mentions


def _frame(rows: list[dict], table: str) -> pl.DataFrame:
    spec = schema.TABLES[table]
    return pl.DataFrame(rows, schema={n: schema.FIELDS[n].dtype for n in spec.fields}, orient="row") if rows else schema.empty_table(table)


def parse_published_argument(published: dt.date | str) -> tuple[dt.date, str]:
    """A publication date given as a date or ISO text, with its precision."""
    from .errors import ParameterError

    if isinstance(published, dt.datetime):
        return published.date(), "minute"
    if isinstance(published, dt.date):
        return published, "day"
    precision = precision_of(str(published))
    if precision is not None:
        return parse_published(str(published), precision)[0], precision
    raise ParameterError(
        "published", expected="a date: YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM",
        found=repr(published), fix="pass the article's publication date, e.g. published='2025-07-02'",
    )


def extract_claims(text: str, *, published: dt.date | str, language: str = "de", publisher: str | None = None) -> pl.DataFrame:
    """The claims table for any text (article columns null), to try ad-hoc text.

    ``published`` is a date or an ISO string (``2025-07-02``, ``2025-07``); it is
    used to infer years the text omits.
    """
    published_date, precision = parse_published_argument(published)
    info = ArticleInfo(None, publisher, published_date, precision, language)
    claims, _ = process_text(text, info)
    return schema.validate_table(assign_claim_groups(_frame(claims, "claims")), "claims")
