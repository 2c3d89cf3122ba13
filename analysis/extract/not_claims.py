"""Why a number is not a claim: it measures something else, asks, counts the speakers, or counts something off the topic.

Each reason is a sentence for the ``mentions`` table ("not a count: age", "in a question: it asserts nothing",
"counts something else, in a sentence off the topic"), read before or after the number's quantity is decided
(:func:`analysis.extract.claims.draft_claims` calls them in order).  A part named after a total of its sentence
("14.000 Mann, darunter 3.000 Nachzügler") shares the total's topic (:func:`part_of_a_claim_before`).  Whether a
sentence or a figure belongs to the topic at all is asked of :mod:`analysis.extract.topic`.
"""

from __future__ import annotations

import itertools
import math
import re

from ..prefilter import compile_prefiltered
from ..supersets import filtered
from ..text import TICKER_TIME, SentenceIndex
from ..vocabulary import Vocabulary
from .attribution_rules import _DATELINE
from .cues import compiled
from .drafts import Draft
from .nationality import ADJECTIVE, country_of_noun
from .quantity import GATHERED, GENERIC_PEOPLE, NOUN_WINDOW, OF_ITS_NOUN, in_batches, is_off_topic, measure_of, other_noun
from .topic import (
    OWN_COUNTRY,
    among_the_topics_people,
    names_the_north,
    off_topic_here,
    opening_country,
    sentence_names_the_north,
    tied_to_the_topic,
    turns_to_another_matter,
)

# what usually holds, in the figure's own clause before it: "A battalion usually has several hundred soldiers", "Ein
# Bataillon umfasst in der Regel 500 Mann"
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|as a rule|in der regel|üblicherweise|normalerweise|gewöhnlich|"
                       r"je nach)\b[^,;:.!?]*$",
                       re.IGNORECASE)
HABITUAL_REACH = 60


def _label_or_general(text: str, row: dict, line_start: int, vocab: Vocabulary) -> str | None:
    """Why a number names a programme or a list item, or tells what usually holds, else None."""
    if _is_programme(text, row):
        return "designation: a programme or channel"   # "in der ZIB 2", "told BBC Radio 4"
    if _is_list_number(text, row):
        return "page furniture: the number of a list item"   # "Im Überblick: 1. Etwa 15.000 Soldaten ... 2. Rund 4.700"
    if _is_named_by_number(text, row, vocab):
        return "designation: a number that names a unit, a document or a code"   # "military unit 6102", "serials 0712"
    if _is_tally(text, row):
        return "not a count: a vote or a score"    # "passed the motion 178-0", "mit 12:3 Stimmen"
    if _HABITUAL.search(text, max(line_start, row["char_start"] - HABITUAL_REACH), row["char_start"]):
        return "a general fact, not a claim"     # "A battalion usually has several hundred soldiers"
    before = max(line_start, row["char_start"] - HABITUAL_REACH)
    if _SPOKE_WITH.search(text, before, row["char_start"]) or (
            _WITH_BEFORE.search(text, before, row["char_start"]) and _SPOKEN_AFTER.match(text, row["char_end"])):
        return "counts people interviewed, not a claim's people"   # "Die BBC hat mit sechs Nordkoreanern gesprochen"
    return None


# those a reporter spoke with: "spoke to six North Korean workers", "sprach mit drei Geflohenen", "hat mit sechs
# Nordkoreanern gesprochen" (never "sprach von 10.000": a figure given)
_SPOKE_WITH = compile_prefiltered(r"\b(?:spoke|spoken|talked|speaking|talking)\s+(?:to|with)\s+(?:(?:some|about|at least)\s+)?$|"
                                     r"\binterview(?:ed|ing)\s+(?:(?:some|about|at least)\s+)?$|"
                                     r"\b(?:befragte|befragten|interviewte|interviewten|sprach|sprachen)\s+(?:[\w-]+\s+){0,4}?mit\s+$",
                                     re.IGNORECASE)
# (the verb's own "mit" after its auxiliary, never a noun's: "von einer Welle mit 1.500 Soldaten gesprochen")
_WITH_BEFORE = compile_prefiltered(r"\b(?:hat|habe|haben|hatte|hatten|hätten|hätte)\s+(?:(?!von\b)[\w-]+\s+){0,3}?mit\s+$", re.IGNORECASE)
_SPOKEN_AFTER = re.compile(r"[^.;,\d]{0,60}?\b(?:gesprochen|geredet|interviewt|unterhalten)\b", re.IGNORECASE)


def not_a_count(text: str, row: dict, line_start: int, sentence_text: str, vocab: Vocabulary) -> str | None:
    """Why a number is no claim before its words are read (a measure, money off the topic), else None."""
    if row["kind"] == "fraction" and _PERIOD_PART.search(text, max(line_start, row["char_start"] - 20), row["char_start"]):
        return "not a count: part of a period"     # "in the first half of the year", "in der zweiten Hälfte"
    label = _label_or_general(text, row, line_start, vocab)
    if label is not None:
        return label
    measure = measure_of(text, row["char_start"], row["char_end"], row["unit"], line_start, vocab)
    if measure == "ratio" and not _a_ratios_size(row["value_best"]) and \
            _RATIO_TERM_BEFORE.search(text, max(line_start, row["char_start"] - 20), row["char_start"]):
        measure = None                             # "zwei von schätzungsweise 15.000 Männern": a part of a base
    if measure is not None:
        return f"not a count: {measure.replace('_', ' ')}"
    modifier = _COMPOUND_MODIFIER.match(text, row["char_end"])
    if (modifier and not _SIZE_WORD.fullmatch(modifier.group(1)) and not vocab.any_noun.fullmatch(modifier.group(1))) or \
            _COMPOUND_PAIR_BEFORE.search(text, max(line_start, row["char_start"] - 30), row["char_start"]) or \
            _COMPOUND_PAIR_AFTER.match(text, row["char_end"]):
        return "not a count: a measure in a compound modifier"   # "a 2,000-word speech", "ein 10-Punkte-Plan"
    if row["unit"] == "percent" and _share_of_a_thing(text, row["char_end"], vocab):
        return "percentage of something other than people"   # "roughly 80% of the value of its trade"
    if row["unit"] == "percent" and _CHANGE_BY.search(text, max(line_start, row["char_start"] - 20), row["char_start"]):
        return "percentage: a rate of change, not a count"   # "trade fell by about 12 percent", "um 30 Prozent gestiegen"
    if row["unit"] in vocab.currency_units:
        money = _money_not_a_claim(text, row, line_start, sentence_text, vocab)
        if money is not None:
            return money
    # "Die Zustimmung lag bei 58 Prozent": a share of nothing the topic names, unless it points back ("40 Prozent davon")
    if row["unit"] == "percent" and is_off_topic(sentence_text, vocab) and not _POINTS_BACK.search(sentence_text):
        return "percentage in a sentence off the topic"
    return None


def a_whole_army(text: str, draft: Draft) -> str | None:
    """A figure of a million soldiers and more (a whole army's strength, a war's: "die etwa 1,2 Millionen Mann, die
    Nordkorea unter Waffen hält"): no count of a deployment. Read after the reasons that say whose they are."""
    size = draft.values.get("value_best") or draft.values.get("value_low") or 0
    # (by the people right after it: "Rund 1,2 Millionen Männer und Frauen dienen in der Volksarmee", "some 1.28 million
    # strong", "mehrere Millionen Reservisten")
    # (or by a fact line's label: "Aktive Soldaten: etwa 1,28 Millionen")
    if size >= WHOLE_ARMY and (_MEN_AFTER.match(text, draft.mention["char_end"])
                               or _MEN_LABEL_BEFORE.search(text, max(0, draft.start - 40), draft.start)):
        return "not a count: army size (a million soldiers or more are a whole army, never a deployment)"
    return None


def its_own_people(text: str, draft: Draft, vocab: Vocabulary) -> str | None:
    """People a figure counts as "of its soldiers" of the country that opens its sentence as the subject, when that is
    not North Korea ("Ukraine got 1,200 of its soldiers back in a swap", "Die Ukraine bekam 1.200 ihrer Soldaten
    zurück"): that country's own. Read after the reasons that say whose they are."""
    if draft.sentence is None or _OF_ITS_PEOPLE.match(text, draft.mention["char_end"]) is None:
        return None
    dateline = _DATELINE.match(text, draft.sentence.start, draft.start)   # ("KYIV, Ukraine (AP) — Ukraine got ...")
    opening = _ARTICLE.match(text, dateline.end() if dateline else draft.sentence.start)
    names = compiled(vocab).lexicon.name_pattern
    named = names.match(text, opening.end(), draft.start)
    # (the subject right before its predicate: never a dateline's city, "SEOUL, Dec 9 (Reuters) -")
    country = named.lastgroup[2:] if named and _PREDICATE_NEXT.match(text, named.end()) else None
    if country is None:
        # (or the country whose count it is, right before: "where by Kyiv's count more than 8,000 of its soldiers are
        # prisoners")
        counted = _WHOSE_COUNT.search(text, max(draft.sentence.start, draft.start - COUNT_REACH), draft.start)
        named = names.match(text, counted.start(1), counted.end(1)) if counted else None
        country = named.lastgroup[2:] if named else None
    return None if country in (None, OWN_COUNTRY) else f"counts a country's own people (of another country: {country})"


# a country's count right before a figure: "by Kyiv's count", "according to Ukraine's tally"
_WHOSE_COUNT = re.compile(r"\b(?:by|according to|on)\s+((?-i:[A-Z])[\w-]+)['’]s?\s+(?:own\s+)?(?:count|tally|figures|reckoning|"
                          r"estimate)\b[^.;:\d]{0,25}$", re.IGNORECASE)
COUNT_REACH = 70


_ARTICLE = re.compile(r"\s*(?:(?:the|die|der)\s+)?", re.IGNORECASE)
_PREDICATE_NEXT = re.compile(r"\s+[a-zäöüß]")


# "1,200 of its soldiers", "1.200 ihrer eigenen Soldaten": the people of the country named before
_OF_ITS_PEOPLE = re.compile(r"\s+(?:of\s+(?:its|their)|seiner|ihrer)\s+(?:own\s+|eigenen\s+)?(?:soldiers|troops|servicemen|"
                            r"service members|fighters|prisoners|POWs|men|citizens|nationals|soldaten|kämpfer|kriegsgefangenen|"
                            r"gefangenen|bürger|staatsbürger|männer|landsleute)\b", re.IGNORECASE)


def _money_not_a_claim(text: str, row: dict, line_start: int, sentence_text: str, vocab: Vocabulary) -> str | None:
    """Why an amount of money is no claim: off the topic, for something else, the price of one piece or a wage."""
    if is_off_topic(sentence_text, vocab) and not _PER_SOLDIER_BEFORE.search(text, max(line_start, row["char_start"] - 60),
                                                                            row["char_start"]):
        return "amount of money in a sentence off the topic"   # (never pay per soldier: "zahlt Moskau pro Mann und
        # Monat etwa 2.000 Dollar" is the deployment's, whatever else its sentence names)
    if _contrasted_clause_off_topic(sentence_text, row["char_start"] - line_start, vocab):
        return "amount of money in a clause off the topic"   # "..., while Germany approved a €500 billion fund"
    before = max(line_start, row["char_start"] - 100)
    if _MONEY_FOR_A_THING.match(text, row["char_end"]) or _ECONOMY_BEFORE.search(text, before, row["char_start"]):
        return "amount of money for something else (a loan, aid, a budget, a project, an economy)"   # "a $1.3 billion rail link"
    if _UNIT_PRICE_BEFORE.search(text, max(line_start, row["char_start"] - 60), row["char_start"]):
        return "amount of money: the price of one piece"   # "Die Herstellung einer Granate koste ... weniger als 500 Dollar"
    if _MONEY_PER.match(text, row["char_end"]) and row["value_best"] is not None and \
            row["value_best"] < WAGE_CEILING and not _PER_SOLDIER_AFTER.match(text, row["char_end"]) and \
            not _PER_SOLDIER_BEFORE.search(text, max(line_start, row["char_start"] - 60), row["char_start"]):
        return "amount of money: a wage"           # "North Korean labourers are paid about $800 a month"
    return None


_RATIO_TERM_BEFORE = re.compile(r"\b(?:in|out of|of every|von)\s+(?:every\s+|jeweils\s+)?$", re.IGNORECASE)   # "zwei von |N"
WHOLE_ARMY = 1_000_000   # people a figure counts from which on it is an army's whole strength, a war's, never a deployment
_ARMY_PEOPLE = r"soldaten|soldiers|troops|personnel|reservisten|reservists|aktive"   # an army's people, after or before its size
_MEN_AFTER = re.compile(r"\s+(?:" + _ARMY_PEOPLE + r"|mann|men|kämpfer|fighters|servicemen|männer|strong|stark)\b", re.IGNORECASE)
_MEN_LABEL_BEFORE = re.compile(r"\b(?:" + _ARMY_PEOPLE + r"|truppen|streitkräfte|armed forces|army|armee|active duty)\s*:\s*"
                               r"(?:(?:rund|etwa|gut|knapp|über|mehr als|about|some|around|roughly|nearly|over|more than)\s+)?$",
                               re.IGNORECASE)
RATIO_MAX = 100   # the largest term of a ratio ("two in five", "one in 100"), but for powers of ten ("one in 1,000")


def _a_ratios_size(value: float | None) -> bool:
    """Whether a number can be a term of a ratio: up to RATIO_MAX, or a round power of ten."""
    return value is None or value <= RATIO_MAX or math.log10(value).is_integer()


# what an amount of money is for, right after it: "a €2 billion loan for Kyiv", "a $1.3 billion rail link", "ein
# Hilfspaket von 500 Millionen"
# an economy's size named before the amount: "Nordkoreas gesamte Wirtschaftsleistung liegt ... bei nur etwa 28 Milliarden
# Dollar", "North Korea's GDP is estimated at about $28 billion"
_ECONOMY_BEFORE = re.compile(r"\b(?:wirtschaftsleistung|bruttoinlandsprodukt|bip|gdp|gross domestic product|economic output|"
                             r"economy|exporte|exports|importe|imports|handelsvolumen|trade volume)\b[^.;:]{0,80}$", re.IGNORECASE)
_MONEY_FOR_A_THING = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:loans?|aid|package|fund|budget|credits?|grants?|projects?|link|bridges?|"
                                r"roads?|railways?|rail|investments?|kredit\w*|\w*hilfe\w*|\w*paket\w*|sondervermögen\w*|"
                                r"haushalt\w*|\w*projekt\w*|investition\w*|\w*bahn\w*|\w*brücke\w*)\b", re.IGNORECASE)
# a wage after an amount: "about $800 a month", "2,50 Dollar pro Stunde", "800 Dollar im Monat" (never what a state is paid
# per soldier, "rund 2.000 Dollar pro entsandtem Soldaten im Monat", "$2,000 per soldier each month", nor a sum in millions)
_MONEY_PER = re.compile(r"\s*(?:(?:per|pro|je|a|an|im|in the|every)\s+(?:hour|day|week|month|shift|stunde|tag|woche|monat|"
                        r"schicht)\b|(?:monthly|daily|weekly|monatlich|täglich|wöchentlich)\b)", re.IGNORECASE)
# the cost of one piece, named before the amount: "einer Granate koste", "each shell costs", "a round is priced at"
_UNIT_PRICE_BEFORE = re.compile(r"\b(?:einer|eines|ein|eine|each|a|an|one|pro|per|je)\s+(?:[\w-]+\s+)?(?:koste|kostet|kosten|costs?|"
                                r"is priced at|sells for|verkauft für)\s+(?:[^\W\d_][\w-]*\s+){0,4}$"
                                # (the subject after its verb: "kostet ein Kilogramm Reis inzwischen rund 7.000 Won")
                                r"|\b(?:koste|kostet|kosten|kostete)\s+(?:[\w-]+\s+){0,2}?(?:ein|eine|einen|einer|eines)\s+"
                                r"(?:[^\W\d_][\w-]*\s+){1,5}$", re.IGNORECASE)
WAGE_CEILING = 100_000   # a sum per month or hour above it is what a state or a firm earns, not a wage
_PER_SOLDIER_BEFORE = re.compile(r"\b(?:per|pro|je|for each|für jeden|each|every|jeder|jedem)\s+(?:(?:of|der|von)\s+(?:the|its|their|den)\s+)?"
                                 r"(?:[\w,.’'-]+\s+){0,3}?(?:soldat\w*|soldiers?|mann|men|männer\w*|"
                                 r"troops?|kämpfer\w*|fighters?)\b[^.;:]{0,30}$"
                                 # (or the North as its payee or earner: "Russia pays Pyongyang about $2,000 a month")
                                 r"|\b(?:pays?|paid|paying|zahl\w*|earns?|earned|verdien\w*|erhält|receives?|gets)\s+(?:[\w-]+\s+)?"
                                 r"(?:pyongyang|north korea|nordkorea|pjöngjang|kim)\b[^.;:]{0,30}$"
                                 r"|\b(?:pyongyang|north korea|nordkorea|pjöngjang|kim)\s+(?:[\w-]+\s+)?(?:earns?|earned|verdien\w*|"
                                 r"erhält|receives?|gets|bekommt)\b[^.;:]{0,30}$", re.IGNORECASE)
_PER_SOLDIER_AFTER = re.compile(r"[^.;:]{0,30}?\b(?:for|per|pro|für|je)\s+(?:each|every|jeden|jede|einen)\b|"
                                r"[^.;:]{0,30}?\b(?:per|pro|je)\s+(?:[\w-]+\s+)?(?:soldat\w*|soldiers?|mann)\b", re.IGNORECASE)
# (or a verb of change right before it: "the economy grew 3.7 percent", "stieg um 30 Prozent")
_CHANGE_BY = re.compile(r"\b(?:by|um|grew|rose|fell|dropped|shrank|increased|decreased|expanded|contracted|wuchs|stieg|sank|"
                        r"fiel)\s+(?:(?:by|um)\s+)?(?:(?:about|around|some|roughly|nearly|almost|more than|etwa|rund|fast|knapp|"
                        r"mehr als|gut)\s+)?$", re.IGNORECASE)


def _is_programme(text: str, row: dict) -> bool:
    """A small number right after a broadcaster's acronym or a word for a station, that no noun follows: the name of a
    programme or channel ("in der ZIB 2 von bis zu 12.000", "„ZIB 2“ des ORF", "BBC Radio 4", "dem Staatssender Rossija 24")."""
    written = text[row["char_start"]:row["char_end"]]
    return written.isdigit() and int(written) < 100 and \
        (_PROGRAMME_BEFORE.search(text, max(0, row["char_start"] - 12), row["char_start"]) is not None or
         _STATION_NAMED_BEFORE.search(text, max(0, row["char_start"] - 40), row["char_start"]) is not None) and \
        _PROGRAMME_AFTER.match(text, row["char_end"]) is not None


def _is_list_number(text: str, row: dict) -> bool:
    """A small whole number that opens a line, or follows a colon or a sentence's end, with a point or parenthesis and
    then a capitalised word or a figure: the number of a list item, not a count."""
    written = text[row["char_start"]:row["char_end"]]
    # a number word up to ten, then a colon: "Three things. One: ... Two: ..." (the mention's own value, no list of words)
    if written.isalpha() and 1 <= (row["value_best"] or 0) <= 10 and _ITEM_WORD_AFTER.match(text, row["char_end"]):
        return _ITEM_NUMBER_BEFORE.search(text, max(0, row["char_start"] - 4), row["char_start"]) is not None or \
            row["char_start"] == 0
    return written.isdigit() and int(written) < 100 and _ITEM_NUMBER_AFTER.match(text, row["char_end"]) is not None and \
        _ITEM_NUMBER_BEFORE.search(text, max(0, row["char_start"] - 4), row["char_start"]) is not None


def _is_named_by_number(text: str, row: dict, vocab: Vocabulary) -> bool:
    """Digits with no separator that name rather than count: a code with a leading zero ("ID serials starting 0712"), or
    a number right after a singular noun of a unit or a place in a series ("military unit 6102", "Einheit 11", "camp 5")
    that no noun of its own follows."""
    written = text[row["char_start"]:row["char_end"]]
    if not written.isdigit():
        return False
    if len(written) > 1 and written.startswith("0"):
        return True
    if _NAMING_NOUN_BEFORE.search(text, max(0, row["char_start"] - 30), row["char_start"]) is None:
        return False
    end = _NAMED_END.match(text, row["char_end"])
    return end is not None and not (end.group(1) and vocab.any_noun.fullmatch(end.group(1)))


def _is_tally(text: str, row: dict) -> bool:
    """Two whole numbers joined by a hyphen, a dash or a colon with no space, the second smaller (a range runs upwards):
    a vote or a score ("passed 178-0", "mit 12:3 Stimmen"), either number."""
    written = text[row["char_start"]:row["char_end"]]
    if not written.isdigit():
        return False
    after = _TALLY_AFTER.match(text, row["char_end"])
    if after is not None:
        return int(after.group(1)) < int(written)
    before = _TALLY_BEFORE.search(text, max(0, row["char_start"] - 8), row["char_start"])
    return before is not None and int(written) < int(before.group(1))


_TALLY_AFTER = re.compile(r"[-–:](\d{1,3})(?![\d'’-]|[.,:]\d|\s*(?:uhr|h\b|am\b|pm\b|gmt|utc|mez|cet))", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"(?<![\d.,:'’])(\d{1,3})[-–:]$")


# a singular noun that a number after it names ("unit 6102", "Militäreinheit 11", "Lager 5")
# (labels of sections, articles, resolutions and numbers, "Artikel 4", "Resolution 2231", "Nr. 5", are read as such by the
# mention reader: number_words.yaml section_labels)
_NAMING_NOUN_BEFORE = re.compile(r"(?:\b(?:unit|brigade|regiment|division|battalion|clause|serial|serials|code|camp|building|"
                                 r"block|route|highway|gate|platform|flight|number)|(?<![\w-])[\w-]*(?:einheit|brigade|"
                                 r"regiment|division|bataillon|korps|lager|gebäude|flug))\s+$", re.IGNORECASE)
# what follows the name: a break, or a lowercase word that is no noun ("unit 6102, the so-called Storm Corps", "in der
# Einheit 11 gedient")
_NAMED_END = re.compile(r"\s*(?:[,.;:)\]“”\"'»«—–]|$)|\s+((?-i:[a-zäöüß])[\w-]*)", re.IGNORECASE)


# a list item numbered in words, then a colon: "One: the Joint Chiefs said ..."
_ITEM_WORD_AFTER = re.compile(r"\s*:\s")


_ITEM_NUMBER_AFTER = re.compile(r"[.)]\s+(?=[A-ZÄÖÜ\d])")
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n|[:.!?]\s)[ \t]*\(?$")


_PROGRAMME_BEFORE = re.compile(r"(?:\b(?-i:[A-ZÄÖÜ]{2,5})|\b(?:radio|channel|kanal|tv))\s+$", re.IGNORECASE)
# a word for a broadcaster and the station's name before the number: "dem Staatssender Rossija 24", "the channel Russia 24"
_STATION_NAMED_BEFORE = re.compile(r"\b(?:\w*sender|channel|station|broadcaster|kanal)\s+(?-i:[A-ZÄÖÜ][\w-]+)\s+$", re.IGNORECASE)
_PROGRAMME_AFTER = re.compile(r"[“”\"'»«)]|\s+(?:des|der|of|on|von|vom|that|dass|about|über|am)\b|\s*[,.;:](?!\d)", re.IGNORECASE)
_PERIOD_PART = re.compile(r"\b(?:first|second|last|latter|former|erste[nrm]?|zweite[nrm]?|letzte[nrm]?)\s+$", re.IGNORECASE)
# a number joined to a word that, with it, describes the noun after ("a 2,000-word speech", "the 10-Punkte-Plan"),
# unless the word counts people or tells a force's size ("a 10,000-troop force", "a 3,000-strong contingent")
_COMPOUND_MODIFIER = re.compile(r"-([^\W\d_]+)(?:\s+|-)(?=[^\W\d_])")
_SIZE_WORD = re.compile(r"strong|odd|plus|man|men|members?|köpfig\w*|stark\w*|mann", re.IGNORECASE)
# the second number of a hyphenated pair: "the thousand-for-thousand exchange", "1,000-for-1,000", "Tausend-gegen-Tausend"
_COMPOUND_PAIR_BEFORE = re.compile(r"[\w,.]+-(?:for|to|für|gegen|zu)-$", re.IGNORECASE)
_COMPOUND_PAIR_AFTER = re.compile(r"-(?:for|to|für|gegen|zu)-\w", re.IGNORECASE)
def _share_of_a_thing(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a percentage is a share of something that is no people: "80% of the value of its trade", "40 Prozent
    des Handels"; never "of them", "der nordkoreanischen Soldaten", "of the 11,000"."""
    share = _SHARE_OF.match(text, end)
    if share is None or share.group(2):
        return False                               # (a figure follows: the base is counted)
    words = share.group(1).split()
    return not any(w.lower() in _POINTING or vocab.topic_pattern.fullmatch(w) or vocab.any_noun.fullmatch(w)
                   for w in words)


def _contrasted_clause_off_topic(sentence: str, at: int, vocab: Vocabulary) -> bool:
    """Whether a figure stands in a clause that a contrast sets apart from the rest of its sentence ("; separately,
    ...", ", while ...", "Während ..., plant ...") and that names nothing of the topic."""
    if not 0 <= at < len(sentence):
        return False
    bounds = [m.start(1) if m.group(1) is not None else m.start() for m in _CONTRAST.finditer(sentence)]
    if not bounds:
        return False
    start = max([b for b in bounds if b <= at], default=0)
    end = min([b for b in bounds if b > at], default=len(sentence))
    if start == 0 and end == len(sentence):
        return False
    return vocab.topic_pattern.search(sentence, start, end) is None


# where a contrasted clause opens: a semicolon, a contrasting adverb or conjunction, the comma after a fronted
# "Während/While ..." clause
_CONTRAST = re.compile(r"^(?:Während|While|Whereas)\b[^,;]*(,)|;|"
                       r"\b(?:while|whereas|separately|meanwhile|während|derweil|unterdessen|indes)\b", re.IGNORECASE)
# what a percentage is a share of: the words after "of"/"des"/"der" up to a figure or a break
_SHARE_OF = re.compile(r"\s+(?:of|des|der)\s+((?:[^\W\d_][\w'’-]*\s*){1,4})(\d)?", re.IGNORECASE)
_POINTING = frozenset({"them", "those", "these", "ihnen", "denen", "diesen", "jenen", "whom", "which"})
_POINTS_BACK = re.compile(r"\b(?:davon|von ihnen|unter ihnen|deren|dieser|diese[rn]?|of them|of those|among them|"
                          r"of these|these|those|their|ihre[rn]?)\b", re.IGNORECASE)


_QUESTION = re.compile(r"\?[\s\"'“”„»«)]*$")
# a clause that asks: a wh-word or an auxiliary first ("How many are there?", "Sind es 10.000?"), or a bare guess
_ASKING = re.compile(r"[\s\"'“„»«(]*(?:[A-ZÄÖÜ][\w'’.-]*,\s+)?(?:(?:how|what|which|who|are|is|do|does|did|can|could|will|would|were|was|wie|was|wer|"
                     r"welche\w*|sind|ist|gibt|könnten?|waren|hat|haben)\b|(?:\S+\s+){0,2}\S+\?)", re.IGNORECASE)
# a verb of asking, then "whether"/"ob" opening the question the figure stands in (within this reach before it)
QUESTION_REACH = 160
_INDIRECT_QUESTION = compile_prefiltered(r"\b(?:asked|asking|pressed|questioned|gefragt|fragte\w*|befragt)\b[^.;:!?]{0,30}?"
                                r"\b(?:whether|ob)\b[^.;:!?]*$", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"[–—:;]\s|\n")


def in_a_question(text: str, bounds: tuple[int, int], row: dict, asks: dict[int, bool], key: int) -> str | None:
    """"Q: ... how many are in Kursk already? Dozens? Hundreds?": a figure in a question asserts nothing (a
    rhetorical "Wusstet ihr, dass ... 6.000 ... bestätigt hat?" does: it opens with no question word).
    ``asks`` remembers per sentence whether it ends in a question mark."""
    s_start, s_end = bounds
    if _INDIRECT_QUESTION.search(text, max(s_start, row["char_start"] - QUESTION_REACH), row["char_start"]):
        return "in an indirect question: it asserts nothing"   # "Pressed on whether 'dozens or hundreds' had ..."
    if key not in asks:
        asks[key] = _QUESTION.search(text, s_start, s_end) is not None
    if not asks[key]:
        return None
    opening = max((m.end() for m in _CLAUSE_OPENING.finditer(text, s_start, row["char_start"])), default=s_start)
    return "in a question: it asserts nothing" if _ASKING.match(text, opening, s_end) else None


# a piece's words about its own earlier version or its mistake, before the figure it withdraws: "In einer früheren Fassung
# dieses Beitrags war von 1.400 Toten die Rede", "This story originally gave the number ... as 12,000", "war fälschlich von
# 6.000 die Rede" (never "falsely"/"wrongly", said of another's figure: that stays their claim)
_CORRECTED = re.compile(r"\b(?:(?:version|fassung) (?:dieses|des|unseres|of this|of the|of our) (?:artikels|beitrags|textes|"
                        r"berichts|article|story|report|piece)|(?:ursprünglichen|früheren|ersten|vorherigen) (?:version|fassung)|"
                        r"an? (?:earlier|previous|original) version|(?:this|the) (?:story|article|report|item|post) (?:originally|"
                        r"initially|first|previously)|fälschlich\w*|irrtümlich\w*|versehentlich|mistakenly|erroneously|"
                        r"incorrectly)\b", re.IGNORECASE)
# what a correction gives as right, after the withdrawn figure: "...; the correct figure is 1,400", "Richtig ist: ..."
_CORRECTED_BREAK = re.compile(r"[;:]|\b(?:but|correct\w*|actually|instead|sondern|korrekt\w*|richtig\w*|tatsächlich)\b",
                              re.IGNORECASE)


def a_withdrawn_figure(text: str, bounds: tuple[int, int], row: dict, corrections: dict[int, list[tuple[int, int]]],
                       key: int) -> str | None:
    """A figure the piece says it gave by mistake, in the clause that says so (a correction): no claim.
    ``corrections`` remembers per sentence where its words of a correction stand (read once per sentence)."""
    if key not in corrections:
        corrections[key] = [m.span() for m in _CORRECTED.finditer(text, *bounds)]
    wrong = next((span for span in corrections[key] if span[1] <= row["char_start"]), None)
    if wrong is None or _CORRECTED_BREAK.search(text, wrong[1], row["char_start"]):
        return None
    return "not a count: corrected (the piece withdrew this figure)"


# an age set off in the words of a figure: "Two North Korean soldiers, aged 20 and 26, were captured"
AGE_BEFORE = compile_prefiltered(r"\b(?:aged|ages|im alter von|alter)\s*:?\s*(?:\d{1,2}\s*(?:and|und|or|oder|bis|to|,)\s*)?$",
                         re.IGNORECASE)
AGE_REACH = 24
MEASURE_AFTER = re.compile(r"(?:\s+(?:und|and)\s+\d{1,2})?\s+(?:jahre|years)\s+(?:alt|old)\b|-?(?:tägig|stündig|wöchig|monatig|jährig|sekündig|minütig|day|hour|week|month|year|second|minute|"
                            r"nation|member|country|millimet|mm\b|kilomet|km\b)\w*", re.IGNORECASE)
# vehicles and aircraft right after the figure, by the head of the word ("Schützenpanzer", "armoured vehicles"): things
# lost, never people
# (or what carried them: "aboard at least 14 Air Koryo flights", "in 20 Zügen")
_THING_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:panzer|fahrzeuge?|lkw|hubschrauber|flugzeuge?|kampfjets?|tanks?|"
                         r"vehicles?|helicopters?|aircraft|jets?|trucks?|planes?|flights?|flüge[n]?|trains?|züge[n]?|"
                         r"convoys?|konvois?|sorties)\b", re.IGNORECASE)
# places and things after a number, past up to two words ("21 North Korean positions", "14 Kursk villages", "14 industrial
# sectors", "zwölf nordkoreanische Stellungen")
_SETTLEMENTS = r"villages?|settlements?|dörfer\w*|ortschaften|siedlungen"
_PLACES_OR_THINGS = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:positions?|" + _SETTLEMENTS + r"|sectors?|sites?|trenches|bunkers?|"
                               r"dugouts?|stellungen|sektoren|branchen|standorte\w*|schützengräben|unterstände\w*)\b",
                               re.IGNORECASE)
CIVILIANS = frozenset({"menschen", "people", "personen", "persons", "zivilisten", "civilians", "einwohner", "residents"})
_OF_A_UNIT = re.compile(r"\s+(?:des|der|von|vom|ihrer|seiner|of the|of its)\s+(?:[\w.-]+\s+){0,2}?(?:\w*regiment\w*|\w*einheit\w*|"
                        r"\w*brigade\w*|\w*bataillon\w*|\w*truppe\w*|\w*armee\w*|\w*kräfte\w*|\w*korps|\w*division\w*|"
                        r"units?|battalions?|corps|army|forces)\b", re.IGNORECASE)
_GATHERED_AFTER = re.compile(r"\s+(?:of\s+)?([\w-]+)(?:\s+([\w-]+))?", re.IGNORECASE)   # (an adjective may stand first)


# an event the people are counted at, right before the figure: "a rally of about 100,000", "a mass games show with some
# 100,000 performers", "eine Militärparade mit mehr als 10.000 Soldaten"
# (a mass event, never a ceremony, where the returning or the fallen are the topic's: "bei der Zeremonie mit rund 100
# Rückkehrern")
_EVENT_BEFORE = re.compile(r"\b(?:rally|rallies|parade|concert|festival|demonstration|protest|games|show|performance|"
                           r"\w*kundgebung|\w*parade|konzert|aufmarsch|massenspiele\w*|festspiele\w*)\s+(?:of|with|involving|featuring|attended by|drawing|mit|von)\s+"
                           r"(?:(?:about|some|around|roughly|more than|over|nearly|an estimated|rund|etwa|mehr als|über|gut|fast)\s+)*"
                           r"[^\s]+$", re.IGNORECASE)
EVENT_REACH = 80
# the relatives of the dead ("Angehörige" alone may be a unit's members: "neun Angehörige des 528. Pionierregiments")
_RELATIVES_OF_THE_DEAD = re.compile(r"\s+(?:\w*angehörige[n]?|relatives|family members)\s+(?:der|von|of|of the)\s+(?:[\w-]+\s+)?"
                                    r"(?:gefallenen|toten|getöteten|verstorbenen|opfer|fallen|dead|killed)\b", re.IGNORECASE)


def _gathered_or_members(text: str, end: int, noun: str | None, noun_class: str) -> str | None:
    """Why a figure with no soldiers' noun counts people gathered at an event or a body's members, else None."""
    if _RELATIVES_OF_THE_DEAD.match(text, end):
        return "counts people who gathered (an audience), not soldiers"   # "Rund 300 Angehörige der Gefallenen"
    # (right after the number, before a noun of the topic too: "met 300 families of fallen soldiers")
    gathered = _GATHERED_AFTER.match(text, end)
    word = next((i for i in ((1, 2) if noun is None else (1,)) if (gathered.group(i) or "").lower() in GATHERED),
                None) if gathered else None
    if word is not None and not _OF_A_UNIT.match(text, gathered.end(word)):
        # (never "neun Angehörige des 528. Pionierregiments": a unit's members)
        return "counts people who gathered (an audience), not soldiers"   # "drew thousands of relatives and officials"
    # (people with no noun of their own, or a generic one: "mit rund 100 Rückkehrern" counts returnees)
    if (noun_class in ("none", "bare") or (noun or "").lower() in GENERIC_PEOPLE) and \
            _EVENT_BEFORE.search(text, max(0, end - EVENT_REACH), end):
        return "counts people at an event, not soldiers"   # "a rally of about 100,000 people", "Parade mit 10.000 Teilnehmern"
    if noun_class in ("none", "bare") and _GROUP_MEMBERS.match(text, end):
        return "counts the members of a body, not soldiers"   # "one of 12 committee members present"
    return None


# the members of a body: "12 committee members", "zwölf Ausschussmitglieder", "members of the panel"
_GROUP_MEMBERS = re.compile(r"\s+(?:(?:committee|panel|board|council|commission|delegation|parliamentary|assembly|cabinet)\s+"
                            r"members?\b|members?\s+of\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+)?(?:committee|panel|board|council|"
                            r"commission|delegation|parliament|assembly|cabinet)\b|\w*(?:ausschuss|gremium|kommission|rats|"
                            r"delegations|kabinetts)mitglied(?:er|ern)?\b|mitglied(?:er|ern)?\s+(?:des|der)\s+(?:\w+\s+)?"
                            r"(?:\w*ausschuss\w*|gremium\w*|\w*kommission|\w*rat\w*|delegation|kabinett\w*|parlament\w*))",
                            re.IGNORECASE)


# the members of a body that no figure of the topic counts: states of an alliance, deputies of an assembly ("the
# alliance's 32 members", "die 27 Mitgliedstaaten", "the 687 deputies"); "members" alone only with the body owning them
_BODY_MEMBERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:member\s+(?:states|countries|nations|governments)|\w*mitglieds?(?:staaten|"
                                 r"länder|ländern|regierungen)|deputies|abgeordneten?|parlamentarier[n]?|senators|"
                                 r"lawmakers|legislators|MPs|volksvertreter[n]?|verbündete[n]?|allies|bündnispartner[n]?|"
                                 r"members\s+of\s+(?:the\s+)?(?:alliance|bloc|union|nato|eu|un|organi[sz]ation|"
                                 r"parliament|assembly|congress|senate)\b)", re.IGNORECASE)
_BODY_OWNS = re.compile(r"\b(?:alliance|bloc|union|nato|eu|un|organi[sz]ation|group|g7|g20|bündnis\w*|allianz)(?:['’]s|es|s)?\s+"
                        r"(?:(?:about|some|nearly|rund|etwa)\s+)?$", re.IGNORECASE)
_MEMBERS = re.compile(r"\s+(?:members|mitglieder[n]?)\b", re.IGNORECASE)
# a body named before "members" in the figure's clause, or a possessive that stands for it: "Der UN-Sicherheitsrat trat auf
# Antrag von 7 Mitgliedern zusammen", "the committee, according to two of its 12 members"
_BODY_BEFORE = re.compile(r"(?:\b(?:\w*rat(?:es|s)?|council|committee|\w*ausschuss\w*|assembly|parliament|\w*parlament\w*|"
                          r"congress|senate|kongress|senat|alliance|\w*bündnis\w*|nato|gremium\w*|\w*kommission|commission|"
                          r"board|panel|delegation)\b[^.;:!?]*|\b(?:its|their|seine[n]?|ihre[n]?|dessen|deren)\s+(?:\w+\s+)?)$",
                          re.IGNORECASE)
BODY_REACH = 80
_MEMBERS_ACTING = re.compile(r"\s+(?:condemning|backing|supporting|voting|votes|voted|condemned|backed|supported|calling|called|"
                             r"stimmten|verurteilten|unterstützten|forderten)\b", re.IGNORECASE)
# a court's sentence of the people counted: its verb right before them, or their prison term right after
_SENTENCED_BEFORE = re.compile(r"\b(?:verurteilte[n]?|jailed|sentenced|convicted)\s+(?:(?:weitere|another|more than|mehr als|"
                               r"some|about|rund|etwa)\s+)?$", re.IGNORECASE)
_SENTENCED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:zu\s+(?:[\w-]+\s+){0,2}?(?:jahren|monaten)\s+(?:haft|gefängnis|lager)|"
                              r"(?:to|for)\s+(?:[\w-]+\s+){0,2}?(?:years|months)\s+(?:in prison|in jail|behind bars))\b",
                              re.IGNORECASE)
BATCHES_AT_MOST = 20   # a figure this large after "in" is a count of what came, not of batches ("in 10,000 shipments")
# launches and tests are events: "29 North Korean missile launches", "drei Raketentests" (the head after the figure)
_EVENTS_AFTER = re.compile(r"\s+(?:(?-i:[\w-]+)\s+){0,3}?(?:launches|test-?firings?|firings|tests|\w*raketentests?|"
                           r"\w*raketenstarts?|teststarts?)\b", re.IGNORECASE)
# what a vessel, a camp or a plane can hold: a capacity, never people sent ("a vessel built for up to 400 troops", "ein
# Lager mit Platz für 2.000 Mann", "can carry 300 soldiers", "bis zu 400 Soldaten fassen kann")
_CAPACITY_BEFORE = re.compile(r"\b(?:(?:built|designed|made|meant|ausgelegt|gebaut|konzipiert|gedacht)\s+(?:for|für|to\s+(?:carry|"
                              r"hold|take|transport|accommodate))|(?:room|space|capacity|berths|seats|platz|kapazität|"
                              r"plätze)\s+(?:for|of|für)|(?:can|could|able to|capable of)\s+(?:carry|carrying|hold|holding|"
                              r"transport\w*|accommodat\w*|house|housing|take|taking)|fasst|fassen|bietet\s+platz\s+für)\s+"
                              r"(?:(?:up to|as many as|about|around|some|roughly|bis zu|rund|etwa|maximal|höchstens)\s+)?$",
                              re.IGNORECASE)
_CAPACITY_AFTER = re.compile(r"[^.;,:]{0,30}?\b(?:fassen|aufnehmen|unterbringen)\s+(?:kann|können|"
                             r"könnte|könnten)\b", re.IGNORECASE)
CAPACITY_REACH = 60


def _members_events_or_capacity(text: str, draft: Draft) -> str | None:
    """Why a figure counts a body's members, launches or tests, or a capacity, else None."""
    end = draft.mention["char_end"]
    # (the member noun right after the figure, whatever noun the clause names later: "687 deputies ... the troops")
    members = _MEMBERS.match(text, end)
    if _BODY_MEMBERS_AFTER.match(text, end) or (members and (
            _BODY_OWNS.search(text, max(0, draft.start - 30), draft.start)
            or (draft.quantity == "other" and not _OF_A_UNIT.match(text, members.end())
                and _BODY_BEFORE.search(text, max(draft.sentence.start if draft.sentence else 0, draft.start - BODY_REACH),
                                        draft.start))
            # (or with a verb of a body's members after them and no unit they belong to: "with 13 members condemning the
            # deployment"; never "nine members of the regiment had died")
            or (draft.quantity == "other" and _MEMBERS_ACTING.match(text, members.end())))):
        return "counts the members of a body, not soldiers"
    if draft.quantity in ("other", "munitions") and _EVENTS_AFTER.match(text, end):
        return "counts launches or tests (events), not arms sent"
    if draft.quantity in _PEOPLE_QUANTITIES and (_SENTENCED_BEFORE.search(text, max(0, draft.start - 40), draft.start)
                                                  or _SENTENCED_AFTER.match(text, end)):
        return "counts people a court sentenced, not soldiers sent"   # "Ein russisches Gericht verurteilte zwei Männer zu
        # 15 Jahren Haft", "a Russian court jailed 2 men for 15 years"
    if in_batches(text, draft.start, end) and (draft.values.get("value_best") or 0) < BATCHES_AT_MOST:
        return "counts the batches a sending came in, not what was sent"   # "sent some 15,000 troops in two rounds"
    if draft.quantity in _PEOPLE_QUANTITIES and (
            _CAPACITY_BEFORE.search(text, max(0, draft.start - CAPACITY_REACH), draft.start) or _CAPACITY_AFTER.match(text, end)):
        return "counts a capacity, not people"
    return None


def _swapped(text: str, index: SentenceIndex, draft: Draft, vocab: Vocabulary, names_north_korea: dict[int, bool],
             part_of: Draft | None) -> bool:
    """Whether a figure counts the people of a prisoner swap between Russia and Ukraine: captives right after a verb
    of swapping, not named as the North's ("Ukraine and Russia swapped 390 prisoners each"), or people in a sentence
    about a swap that does not name the North ("Ukraine brought home 185 soldiers and 20 civilians in a prisoner swap")."""
    if draft.quantity == "captured" and (_SWAP_BEFORE.search(text, max(0, draft.start - SWAP_REACH), draft.start)
                                         or _SWAP_AFTER.match(text, draft.mention["char_end"])
                                         or _PER_SIDE.match(text, draft.mention["char_end"])
                                         or _EACH_IN_A_SWAP.search(text, draft.sentence.start if draft.sentence else 0,
                                                                   draft.start)) and \
            not _NAMES_THE_NORTH.match(text, draft.mention["char_end"]):
        return True
    return draft.quantity in _PEOPLE_SWAPPED and part_of is None and draft.sentence is not None and \
        _SWAP_IN_SENTENCE.search(text, draft.sentence.start, draft.sentence.end) is not None and \
        off_topic_here(text, index, draft.sentence, vocab, names_north_korea)


def _another_sides_people(text: str, index: SentenceIndex, draft: Draft, noun_class: str, vocab: Vocabulary,
                          names_north_korea: dict[int, bool], part_of: Draft | None) -> str | None:
    """Why a figure counts the people of the warring sides, not the North's: a prisoner swap, or a call-up in a
    sentence that names no North Korean ("Die Ukraine will weitere 160.000 Männer einberufen"), else None."""
    if _swapped(text, index, draft, vocab, names_north_korea, part_of):
        return "counts a prisoner swap between the warring sides"
    if noun_class in ("troops", "people", "none") and draft.sentence is not None and (
            (_CALL_UP.search(text, draft.sentence.start, draft.sentence.end)
             and not sentence_names_the_north(text, draft.sentence, vocab, names_north_korea)) or _call_up_in_its_clause(text, draft, vocab)):
        return "counts a call-up of another side"
    if draft.quantity == "captured" and _HELD_BY_RUSSIA.match(text, draft.mention["char_end"]):
        return "counts prisoners Russia holds (another side's)"   # "noch mehr als 8.000 in russischer Hand", "more than
        # 8,000 prisoners remain in Russian hands": those Russia holds are never the North's
    return None


# held by Russia, in the figure's own clause: "8.000 in russischer Hand", "8,000 prisoners remain in Russian captivity"
_HELD_BY_RUSSIA = re.compile(r"[^.;:,]{0,40}?\b(?:in\s+russischer\s+(?:Hand|Gefangenschaft)|in\s+Russian\s+(?:hands|captivity|custody)|"
                             r"held\s+(?:captive\s+)?by\s+(?:Russia|Moscow|Russian\s+forces))\b", re.IGNORECASE)


def _call_up_in_its_clause(text: str, draft: Draft, vocab: Vocabulary) -> bool:
    """A call-up in the figure's own clause, which names no North Korean, before a clause that does ("Kyiv plans to call up
    160,000 more men ..., as the Pentagon reported that roughly 10,000 North Korean soldiers ...")."""
    lo = max(draft.sentence.start, text.rfind(";", draft.sentence.start, draft.start) + 1)
    joint = _NEXT_CLAUSE.search(text, draft.mention["char_end"], draft.sentence.end)
    hi = joint.start() if joint else draft.sentence.end
    return _CALL_UP.search(text, lo, draft.start) is not None and not names_the_north(text, lo, hi, vocab)


# a clause joined after the figure's own: "..., as the Pentagon reported", "; ...", ", while"
_NEXT_CLAUSE = re.compile(r";|,\s+(?:as|while|whereas|während|wobei|als)\b|\s[–—]\s", re.IGNORECASE)


# an attack by the Russian side: "nach russischem Drohnenangriff auf Charkiw", "in a Russian missile strike on Kyiv"
_RUSSIAN_ATTACK = re.compile(r"\b(?:russische[nmrs]?|russian|Russia['’]s)\s+(?:[\w-]+\s+)?(?:\w*angriff\w*|\w*attacke\w*|"
                             r"(?:drone |missile |air |glide-bomb )?(?:attacks?|strikes?|raids?)|\w*beschuss|shelling|"
                             r"bombardments?|barrages?)\b", re.IGNORECASE)


def _victims_of_an_attack(text: str, draft: Draft, vocab: Vocabulary, names_north_korea: dict[int, bool]) -> str | None:
    """Casualties of a Russian attack in a sentence that names no North Korean ("Zwei Tote nach russischem
    Drohnenangriff auf Charkiw") are the attacked side's, else None."""
    if draft.quantity != "casualties" or draft.sentence is None:
        return None
    s, e = draft.sentence.start, draft.sentence.end
    semicolon = text.rfind(";", s, draft.start), text.find(";", draft.start, e)
    if semicolon == (-1, -1):
        # (a clause joined by "as" or "while" is read on its own too: "At least 3 people were killed in a Russian strike on
        # Sumy, officials said, as 1,000 North Korean engineers arrived")
        joined = [m for m in _JOINED_CLAUSE.finditer(text, s, e)]
        lo = max([m.end() for m in joined if m.end() <= draft.start], default=s)
        hi = min([m.start() for m in joined if m.start() >= draft.mention["char_end"]], default=e)
        if (lo, hi) != (s, e):
            semicolon = (lo - 1, hi if hi < e else -1)
    if semicolon == (-1, -1):
        if not _RUSSIAN_ATTACK.search(text, s, e) or sentence_names_the_north(text, draft.sentence, vocab, names_north_korea):
            return None
        return "counts the victims of a Russian attack"
    # (a clause a semicolon closes is read on its own: "Bei dem russischen Angriff auf Kiew starben 23 Menschen; zugleich
    # meldete Seoul 3.000 weitere Nordkoreaner")
    lo, hi = semicolon[0] + 1, (e if semicolon[1] < 0 else semicolon[1])
    if not _RUSSIAN_ATTACK.search(text, lo, hi) or names_the_north(text, lo, hi, vocab):
        return None
    return "counts the victims of a Russian attack"


_JOINED_CLAUSE = re.compile(r",\s+(?:as|while|whereas|während|wohingegen)\s", re.IGNORECASE)
_APPROX_BEFORE = r"(?:(?:rund|etwa|knapp|mehr als|über|fast|fully|about|some|nearly|almost|more than|over|around|roughly)\s+)?$"
# a poll's sample before its size: "in einer Umfrage unter 1.002 Erwachsenen", "a survey of 1,000 adults"
# (the preposition may open the figure's own words: "unter 1.002" reads as an upper bound)
_SURVEYED = re.compile(r"\b(?:umfrage|befragung|erhebung|poll|survey)\w*\s+(?:[\w-]+\s+){0,2}?(?:(unter|of|among|von)\s+)?"
                       + _APPROX_BEFORE, re.IGNORECASE)
_SAMPLE_PREPOSITION = re.compile(r"(?:unter|of|among)\s", re.IGNORECASE)
# a place with its population: "a region of about 1.8 million people", "eine Stadt mit 300.000 Einwohnern"
# (or "home to": "Sumy, home to about 250,000 people", "Heimat von rund 250.000 Menschen")
_PLACE_OF = re.compile(r"(?:\b(?:regions?|city|cities|towns?|provinces?|oblasts?|country|countries|districts?|areas?|"
                       r"republics?|nations?|states?|villages?|islands?|capital|metropolis|"
                       r"stadt|provinz|land|bezirk|gebiet|kreis|republik|staat|dorf|insel|hauptstadt|metropole)\s+(?:of|mit|with|von)|\bhome\s+to|\bheimat\s+von)\s+"
                       + _APPROX_BEFORE, re.IGNORECASE)
_POPULATION_OF = re.compile(r"\b(?:population|bevölkerung|einwohnerzahl)\s+(?:of|von)\s+" + _APPROX_BEFORE, re.IGNORECASE)
_RESIDENTS_AFTER = re.compile(r"\s+(?:people|inhabitants|residents|einwohner\w*|menschen|bewohner\w*)\b", re.IGNORECASE)
# a whole army's strength by its verb: "North Korea's armed forces number about 1.2 million", "die Streitkräfte umfassen"
# (never "an army of 11,000": a force sent may be called so)
_WHOLE_ARMY = re.compile(r"\b(?:armed forces|army|streitkräfte|armee)\s+(?:numbers?|numbered|totals?|totalled|umfass\w*|"
                         r"zählen|zählt)\s+" + _APPROX_BEFORE, re.IGNORECASE)
SAMPLE_REACH = 50   # characters before a figure read for a poll, a place or an army it sizes
# a formation at home and the verb or noun of its size before the figure: "the 11th Corps, which numbers about",
# "an elite formation estimated to number between", "whose strength at home ... estimates at"
_WHOLE_FORMATION = re.compile(r"\b(?:corps|korps|formation|armeekorps)\b[^.;\d]{0,90}?\b(?:number|numbers|numbering|numbered|"
                              r"strength|stärke|umfasst|umfassen|zählt|zählen)\b[^.;\d]{0,60}$", re.IGNORECASE)
# (the German verb after the figure: "einem Elitekorps, das daheim an die 40'000 Mann zählt")
_FORMATION_BEFORE = re.compile(r"\b\w*(?:korps|corps|formation)\b[^.;\d]{0,90}$", re.IGNORECASE)
_SIZE_VERB_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:zählt|zählen|zählte|umfasst|umfassen|umfasste)\b", re.IGNORECASE)
_SENT_WORD = re.compile(r"\b(?:sent|deployed|dispatched|in russia|in kursk|entsandt\w*|geschickt\w*|verlegt\w*|in russland)\b",
                        re.IGNORECASE)


def _surveyed_residents_or_an_army(text: str, draft: Draft) -> str | None:
    """Why a figure sizes something that is no count of the topic's people: a poll's sample, a place's population, a
    whole army's strength; else None."""
    lo = max(draft.sentence.start if draft.sentence else 0, draft.start - SAMPLE_REACH)
    poll = _SURVEYED.search(text, lo, draft.start)
    if poll is not None and (poll.group(1) or _SAMPLE_PREPOSITION.match(text, draft.start)):
        return "counts those a poll surveyed"
    if _POPULATION_OF.search(text, lo, draft.start) or (
            _PLACE_OF.search(text, lo, draft.start) and _RESIDENTS_AFTER.match(text, draft.mention["char_end"])):
        return "counts a place's population"
    if _WHOLE_ARMY.search(text, lo, draft.start):
        return "counts a whole army's strength"
    formation = _WHOLE_FORMATION.search(text, draft.sentence.start if draft.sentence else lo, draft.start) or (
        _FORMATION_BEFORE.search(text, draft.sentence.start if draft.sentence else lo, draft.start)
        if _SIZE_VERB_AFTER.match(text, draft.mention["char_end"]) else None)
    if formation is not None and not _SENT_WORD.search(formation.group(0)):
        return "counts a whole formation's strength at home"   # "the Storm Corps, an elite formation estimated to
        # number between 40,000 and 45,000 men" (a part of it was sent; never "the corps troops sent number 11,000")
    return None


def _members_or_places(text: str, draft: Draft, noun: str | None) -> str | None:
    """Why a figure with a noun the vocabulary does not know counts a group's members or places, else None."""
    owned = OF_ITS_NOUN.match(text, draft.mention["char_end"]) if noun is not None else None
    if owned is not None and _BEFALLEN.match(text, owned.end()):
        owned = None                               # "adding that nine of its members had died": members a loss befell
    if owned is not None:                          # "relayed by two of its members", "more than 5,000 of the drones"
        return "counts the members of a group named before" if owned.group(1) else "counts some of the things named after it"
    circumstance = _CIRCUMSTANCE.search(text, max(0, draft.start - CIRCUMSTANCE_REACH), draft.start)
    # (whatever the sentence's cues say, when a place noun follows: "killed or wounded ... in three villages")
    if (circumstance and (draft.quantity == "other" or _PLACES_OR_THINGS.match(text, draft.mention["char_end"]))) \
            or _PLACE_BEFORE.search(text, max(0, draft.start - CIRCUMSTANCE_REACH), draft.start):
        return "counts places or things where it happens"   # "to work in 14 industrial sectors", "an fünf Standorten"
    if (draft.quantity == "other" and _PLACES_OR_THINGS.match(text, draft.mention["char_end"])) or \
            _ROOMS_RIGHT_AFTER.match(text, draft.mention["char_end"]):
        return "counts something else (places or things, not people)"   # "destroyed 21 North Korean positions"
        # (whatever the sentence's cues: "ein Museum mit 12 Ausstellungshallen für die gefallenen Soldaten")
    if draft.quantity == "other" and _LISTED.search(text, max(0, draft.start - LISTED_REACH), draft.start):
        return "counts something else (those a sanctions list names)"   # "the package, listing 48 individuals"
    return None


# rooms, buildings and places right after a figure, by the head of the word: "12 Ausstellungshallen", "three exhibition
# halls", "24 Ortschaften"
_ROOMS_RIGHT_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?[\w-]*(?:hallen|säle|räume|gebäude|etagen|stockwerke|zimmer|halls|rooms|"
                                r"floors|buildings|galleries|galerien|pavillons|pavilions|"
                                # (and places: "24 Ortschaften hat Russland zurückerobert", "retook 24 villages")
                                + _SETTLEMENTS + r")\b", re.IGNORECASE)


# a loss that befell the members just counted: "of its members | had died", "were killed", "sind gefallen"
_BEFALLEN = re.compile(r"\s+(?:(?:had|have|has|were|was|are|sind|seien|waren)\s+)?(?:been\s+)?(?:died|killed|wounded|dead|"
                       r"captured|gefallen|getötet|verwundet|gestorben|ums leben)\b", re.IGNORECASE)


def _vehicles_or_trips(text: str, draft: Draft) -> str | None:
    """Why a figure with no noun the vocabulary knows counts what carried people or things, else None ("flown back
    aboard at least 14 Air Koryo flights", "in 20 Zügen")."""
    end = draft.mention["char_end"]
    if draft.sentence is not None and _THING_NOUN.match(text, end, min(draft.sentence.end, end + NOUN_WINDOW)):
        return "counts vehicles or trips, not people"
    return None


def losses_of_another_army(draft: Draft) -> str | None:
    """Why a count of losses counts another army's: half a million dead or wounded or more is more than the North ever
    sent (:data:`LOSSES_AT_MOST`; "beziffert Kiew die Gesamtverluste auf 1,18 Millionen"), else None."""
    values = [v for v in (draft.values.get(k) for k in ("value_low", "value_best", "value_high")) if v is not None]
    if draft.quantity == "casualties" and max(values, default=0) >= LOSSES_AT_MOST:
        return "counts more losses than the topic's people (another army's)"
    return None


# the North's whole army is about 1.2 million and it sent some tens of thousands: losses of half a million or more are
# another army's
LOSSES_AT_MOST = 500_000


def in_another_country(text: str, draft: Draft, noun: str | None, vocab: Vocabulary) -> str | None:
    """Why people counted in a country outside the war are no claim ("an estimated 100,000 workers in China", "28.500
    US-Soldaten in Südkorea"): the country named right after their noun, when the clause names no country of the war."""
    if draft.quantity not in _PEOPLE_QUANTITIES or noun is None or draft.sentence is None:
        return None
    at = text.find(noun, draft.mention["char_end"], draft.mention["char_end"] + NOUN_WINDOW)
    place = _IN_A_COUNTRY.match(text, at + len(noun)) if at >= 0 else None
    lexicon = compiled(vocab).lexicon
    named = lexicon.name_pattern.fullmatch(place.group(1)) if place is not None else None
    if named is None or named.lastgroup[2:] in _THEATRE:
        return None
    clause_end = _CLAUSE_END_AFTER.search(text, place.end(), draft.sentence.end)
    rest = text[place.end():clause_end.start() if clause_end else draft.sentence.end]
    if any(m.lastgroup[2:] in _THEATRE for m in lexicon.country_pattern.finditer(rest)):
        return None                                # "workers in China and Russia": the war's country too
    return f"counts people in another country ({named.lastgroup[2:]})"


_THEATRE = frozenset({"ru", "ua", "kp"})           # the countries of the war and of those the topic counts
# a country's name right after the counted noun (two words may stand between): "workers in China", "Soldaten in Südkorea"
_IN_A_COUNTRY = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:in|im)\s+([\w-]+(?:\s+[\w-]+)?)\b", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"[.;:!?]|,\s+(?:according|said|says|sagte|sagt|teilte|hieß|heißt|laut)\b", re.IGNORECASE)


def of_a_force_named_before(text: str, draft: Draft, vocab: Vocabulary) -> str | None:
    """Why a figure that sizes the noun phrase before its comma counts another country's people ("Ukrainian soldiers
    held in Russia, who number more than 8,000", "Ukrainian forces in the salient, about 10,000 strong"): that phrase's
    nationality adjective names a country other than North Korea."""
    if draft.sentence is None:
        return None
    start, end = draft.start, draft.mention["char_end"]
    sized = _WHO_NUMBER.search(text, max(draft.sentence.start, start - 40), start)
    if sized is None and _STRONG_AFTER.match(text, end):
        sized = _APPOSED_SIZE.search(text, max(draft.sentence.start, start - 40), start)
    if sized is None:
        return None
    lexicon = compiled(vocab).lexicon
    phrase = _PHRASE_BEFORE_COMMA.search(text, max(draft.sentence.start, sized.start() - 80), sized.start())
    if phrase is None:
        return None
    named = [m for m in lexicon.country_pattern.finditer(text, phrase.start(), sized.start()) if ADJECTIVE.fullmatch(m.group(0))]
    country = named[0].lastgroup[2:] if named else None
    return None if country in (None, OWN_COUNTRY) else f"counts soldiers of another country ({country})"


# the figure of a relative clause that sizes its antecedent: ", who number more than", ", which totals about"
_WHO_NUMBER = re.compile(r",\s+(?:who|which|die|welche)\s+(?:number\w*|total\w*|zählen|umfass\w*)\s+(?:[\w-]+\s+){0,2}?$",
                         re.IGNORECASE)
_APPOSED_SIZE = re.compile(r",\s+(?:(?:about|some|around|roughly|nearly|more than|up to|etwa|rund|gut|knapp|mehr als)\s+)?$",
                           re.IGNORECASE)
_STRONG_AFTER = re.compile(r"(?:-|\s+)(?:strong|stark|mann stark)\b", re.IGNORECASE)
# the noun phrase before that comma, from the opening of its clause
_PHRASE_BEFORE_COMMA = re.compile(r"(?:^|(?<=[.;:,]\s)|(?<=\bfor\s)|(?<=\bwith\s)|(?<=\bmit\s)|(?<=\bfür\s))[^,.;:]{3,80}$")


def counts_something_else(text: str, index: SentenceIndex, draft: Draft, noun: tuple[str | None, str],
                           vocab: Vocabulary, names_north_korea: dict[int, bool], part_of: Draft | None) -> str | None:
    """Why a figure counts something other than the topic, else None (``part_of``: the claim it is a part of)."""
    noun, noun_class = noun
    # the word after the figure when the vocabulary knows no noun there ("killed at least 14 civilians")
    end = draft.mention["char_end"]
    word = noun or (other_noun(text, end, min(draft.sentence.end, end + NOUN_WINDOW)) if draft.sentence else None)
    civilians = (word or "").lower() in CIVILIANS     # never the topic's people, whoever they are among
    # (losses of things the vocabulary does not count: "verlor 14 Panzer", "lost 14 tanks")
    lost_things = draft.quantity == "casualties" and noun is None and noun_class == "none" and \
        _THING_NOUN.match(text, end, min(draft.sentence.end if draft.sentence else end, end + NOUN_WINDOW)) is not None
    # (hardware too: "Die russische Armee verlor 14 Panzer" in a sentence that names no North Korean)
    if (civilians or (draft.quantity == "other" and noun_class in ("none", "equipment")) or lost_things or
            (draft.quantity == "munitions" and draft.sentence is not None and turns_to_another_matter(text, draft.sentence)) or
            (noun is None and noun_class != "none" and _alone_in_an_item(text, draft))) and \
            part_of is None and \
            off_topic_here(text, index, draft.sentence, vocab, names_north_korea) and \
            (civilians or not among_the_topics_people(text, draft, vocab)):
        return "counts something else, in a sentence off the topic"   # "42 Drohnen über Belgorod", "zwei Menschen",
        # "— Shelling kills 4 in Kherson" (a list item of its own)
    arms = _arms_not_sent(text, draft, vocab, names_north_korea) if draft.quantity == "munitions" and part_of is None \
        and draft.sentence is not None else None
    if arms is not None:
        return arms
    group = _shortage_or_defectors(text, draft, vocab) or \
        _surveyed_residents_or_an_army(text, draft) or _gathered_or_members(text, end, noun, noun_class) or \
        _abroad_in_general(text, draft, noun_class) or \
        ("counts something else (those a list names)"
         if _ON_THE_LIST.search(text, max(0, draft.start - ON_THE_LIST_REACH), draft.start) else None) or \
        _members_events_or_capacity(text, draft) or \
        (_members_or_places(text, draft, noun) if noun_class == "none" and part_of is None else None) or \
        (_vehicles_or_trips(text, draft) if noun is None and noun_class == "none" and part_of is None else None)
    if group is not None:
        return group
    other_side = _another_sides_people(text, index, draft, noun_class, vocab, names_north_korea, part_of) or \
        _victims_of_an_attack(text, draft, vocab, names_north_korea) or \
        (_hardware_wrecked(text, draft) if noun_class == "equipment" else None)
    if other_side is not None:
        return other_side
    if (draft.values.get("value_best") or 0) < UNITS_AT_MOST and (
            (noun is not None and _UNIT_NOUN.search(noun)
             and text.find(noun, draft.mention["char_end"], draft.mention["char_end"] + NOUN_WINDOW) >= 0)
            or _UNITS_AFTER.match(text, draft.mention["char_end"])):   # ("two engineering battalions")
        return "counts units, not people"          # "the first two contingents numbered 14,000", "zwei Baubrigaden"
    sized = _paired_with_another_count(text, draft, noun_class, vocab)
    if sized is not None:
        return sized
    if _BOTH_SIDES.match(text, draft.mention["char_end"]):
        return "counts both sides of the war"     # "has killed tens of thousands on both sides"
    if noun_class == "foreign":
        return f"counts people of another country ({noun})"           # "18 Russen getötet"
    if _OWN_SIDE.match(text, draft.mention["char_end"]) and draft.sentence is not None and \
            not sentence_names_the_north(text, draft.sentence, vocab, names_north_korea):
        return "counts the speaker's own side"    # "Kiew meldete die Rückkehr von 1.200 eigenen Kriegsgefangenen"
    country = country_of_noun(text, draft.start, draft.mention["char_end"], noun,
                               "casualty" if draft.quantity == "casualties" and noun_class == "troops" else noun_class, vocab,
                               draft.sentence.start if draft.sentence else 0)
    if country is not None:
        return f"counts soldiers of another country ({country})"
    if draft.quantity == "other" and noun_class == "none" and part_of is None and draft.mention["unit"] is None and \
            not _PARTICIPLE_AFTER.match(text, end) and \
            not tied_to_the_topic(text, index, draft, vocab, names_north_korea):
        # "12 villages along a 40-mile stretch", "the 40 drone sorties flown against Sumy", "20 more tankers": a thing
        # the vocabulary does not count and nothing in its words ties to the topic's people ("200 calls from North
        # Korean soldiers", "100 Anfragen nordkoreanischer Soldaten" do)
        return "counts something else (no people of the topic in its words)"
    return None


def _shortage_or_defectors(text: str, draft: Draft, vocab: Vocabulary) -> str | None:
    """Why a figure counts people who are not sent to Russia at all: a shortage of labour there, defectors to the South."""
    end, sentence = draft.mention["char_end"], draft.sentence
    if sentence is None:
        return None
    lead = max(sentence.start, draft.start - SHORTAGE_REACH)
    labour = _LABOUR_AFTER.match(text, end)
    # (the North named in the shortage's own words makes it the North's people: "fehlen ... nordkoreanische Arbeiter")
    if _SHORTAGE_BEFORE.search(text, lead, draft.start) and labour is not None and \
            not names_the_north(text, lead, labour.end(), vocab):
        return "counts a shortage, not people sent"   # "Im ganzen Land fehlen rund 1,5 Millionen Arbeitskräfte"
    if _FLED_SOUTH.match(text, end, min(sentence.end, end + FLED_REACH)):
        return "counts defectors to the South, not people sent to Russia"   # "34.000 Menschen ... in den Süden geflohen"
    return None


# people who fled the North to the South, in the words after the figure ("rund 34.000 Menschen aus dem Norden in den Süden
# geflohen", "34,000 people have fled to the South", "defected to South Korea")
_FLED_SOUTH = re.compile(r"(?:(?![.;:!?,–—]|\d).)*?\b(?:(?:in den süden|nach südkorea|in die republik korea)\s+(?:ge)?(?:flohen|flüchtet\w*|"
                         r"geflüchtet|übergelaufen|übergesiedelt|gelangt|gekommen)|(?:fled|defected|escaped)\s+(?:[\w-]+\s+){0,3}?"
                         r"to\s+(?:the\s+South|South\s+Korea|Seoul)\b|(?:defectors?|überläufer\w*)\s+(?:[\w-]+\s+){0,2}?(?:reached|"
                         r"arrived\s+in|entered|made\s+it\s+to)\s+(?:the\s+South|South\s+Korea))", re.IGNORECASE)
FLED_REACH = 80
# a verb or noun of lacking in the figure's clause before it: "fehlen ... rund 1,5 Millionen Arbeitskräfte", "a shortage of
# some 1.5 million workers", "is short of"
_SHORTAGE_BEFORE = re.compile(r"\b(?:fehl(?:en|t|te|ten)|mangel(?:t)?|(?:labou?r\s+)?shortages?\s+of|(?:is|are|was|were|remains?|"
                              r"remained|runs?|ran|running)\s+short\s+of|(?-i:[a-z]+)s\s+short\s+of|lacks?|lacking)\b"
                              r"[^.;:!?,\d]*$", re.IGNORECASE)
SHORTAGE_REACH = 80   # (a plural noun short of labour too: "with factories short of some 2 million workers")
# (of labour only: "fehlen ... 4.000 Soldaten" may be losses)
_LABOUR_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:\w*arbeitskräfte\w*|\w*fachkräfte\w*|arbeiter\w*|beschäftigte\w*|workers|"
                           r"labou?rers|staff|employees)\b", re.IGNORECASE)


def _abroad_in_general(text: str, draft: Draft, noun_class: str) -> str | None:
    """The North's people abroad as a whole, in the figure's own clause with no word of Russia ("etwa 100.000 Nordkoreaner
    im Ausland", "About 100,000 North Koreans are believed to be working abroad"): not those sent to Russia."""
    # (never soldiers: the North calls its deployment "overseas operations", "101 soldiers killed abroad")
    if noun_class not in ("workers", "people") or draft.quantity not in ("workers", "troops_deployed", "other") or \
            draft.sentence is None:
        return None
    lo = max(draft.sentence.start, draft.start - ABROAD_REACH, text.rfind(",", 0, draft.start) + 1)
    comma = text.find(",", draft.mention["char_end"], draft.sentence.end)
    hi = min(draft.sentence.end, draft.mention["char_end"] + ABROAD_REACH, comma if comma >= 0 else draft.sentence.end)
    if _ABROAD.search(text, lo, hi) is None or _RUSSIA_NAMED.search(text, lo, hi) is not None:
        return None
    return "counts the North's people abroad as a whole, not those sent to Russia"


_ABROAD = re.compile(r"\b(?:im Ausland|abroad|overseas|weltweit|worldwide|around the world|in aller Welt)\b", re.IGNORECASE)
_RUSSIA_NAMED = re.compile(r"\b(?:russ\w*|moskau|moscow|kursk|sibirien|siberia|tatarstan|alabuga|fernen osten|far east)\b",
                           re.IGNORECASE)
ABROAD_REACH = 80


# a verb that wrecks or takes hardware: "die dabei 2 Schützenpanzer zerstörte", "destroyed 14 tanks", "erbeutete"
_WRECKED = re.compile(r"\b(?:zerstört\w*|vernichtet\w*|verlor\w*|erbeutet\w*|ausgeschaltet\w*|abgeschossen\w*|getroffen|"
                      r"destroy\w*|lost|los(?:e|es|ing)|captured|seized|knocked out|disabled|hit)\b", re.IGNORECASE)
WRECKED_REACH = 60


def _hardware_wrecked(text: str, draft: Draft) -> str | None:
    """Hardware a figure counts that its own clause says was destroyed, lost or taken: a battle's toll of things, not
    what the North sent ("die nach eigenen Angaben 2 Schützenpanzer zerstörte")."""
    if draft.sentence is None:
        return None
    lo = max(draft.sentence.start, draft.start - WRECKED_REACH, text.rfind(",", 0, draft.start) + 1)
    comma = text.find(",", draft.mention["char_end"], draft.sentence.end)
    hi = min(draft.sentence.end, draft.mention["char_end"] + WRECKED_REACH, comma if comma >= 0 else draft.sentence.end)
    return "counts hardware destroyed or lost, not sent" if _WRECKED.search(text, lo, hi) else None


def _arms_not_sent(text: str, draft: Draft, vocab: Vocabulary, names_north_korea: dict[int, bool]) -> str | None:
    """Arms a figure counts that were not sent from the North: another side's, or the North's own launches."""
    if _given_to_ukraine(text, draft, vocab):
        return "counts arms given to Ukraine"
    opening = opening_country(text, draft.sentence, vocab, names_north_korea)
    if (opening in WARRING_SIDES or _DOWNED.search(text, draft.sentence.start, draft.sentence.end)) and \
            not sentence_names_the_north(text, draft.sentence, vocab, names_north_korea):
        return "counts arms another side uses"    # "Russian forces launched three missiles overnight", "Die
        # Flugabwehr habe 62 Drohnen abgeschossen": what an air defence downs is an attacker's
    if _FIRED_AT_UKRAINE.match(text, draft.mention["char_end"]) and \
            not sentence_names_the_north(text, draft.sentence, vocab, names_north_korea) and \
            not _PART_OF_SENT.match(text, draft.mention["char_end"]) and \
            not _TRANSFER.search(text, draft.sentence.start, draft.sentence.end):
        # (never a part of arms sent: "Hwasong-11 wurden nach Russland verschifft; rund 100 davon ... abgefeuert")
        return "counts arms another side uses"    # "37 Drohnen und zwei ballistische Raketen auf die Ukraine abgefeuert"
    if _RATE_OF_USE.search(text, max(draft.sentence.start, draft.start - FIRED_REACH), draft.start) and \
            _PER_DAY.search(text, max(draft.sentence.start, draft.start - 40), min(draft.sentence.end, draft.mention["char_end"] + 20)):
        return "counts a rate of use, not arms sent"   # "bei einem Verbrauch von täglich rund 10.000 Schuss", "fires
        # about 10,000 shells a day"
    fired = _FIRED.search(text, max(draft.sentence.start, draft.start - FIRED_REACH), draft.start)
    if fired is None or _TRANSFER.search(text, fired.end(1), draft.start):
        return None                                # no firing before the figure, or one followed by a sending
    if compiled(vocab).lexicon.country_in(text, fired.start(1), draft.start) in WARRING_SIDES:
        return "counts arms another side uses"    # "Pro Tag verschieße die russische Armee etwa 10.000 Granaten"
    if _a_warring_side_fires(text, draft, fired.start(1), vocab):
        return "counts arms another side uses"    # "Russia launched 143 drones and four missiles overnight, some of
        # them North Korean" (never "Russia has fired more than 200 North Korean KN-23 missiles")
    # (the North named as the verb's subject, whoever's word opens the sentence: "The JCS said the North had fired four
    # missiles into the East Sea")
    subject_is_the_north = opening == OWN_COUNTRY or \
        names_the_north(text, max(draft.sentence.start, fired.start(1) - FIRER_REACH), fired.start(1), vocab)
    if subject_is_the_north and ("test" in fired.group(1).lower() or _SEA.search(text, draft.start, draft.sentence.end)
                                 or _IN_A_YEAR.match(text, draft.mention["char_end"])):
        # "Pjöngjang feuerte zwei Kurzstreckenraketen ins Meer" (never "North Korean troops fired 40 rockets" in Kursk)
        return "counts the North's own missile launches"
    return None


def _given_to_ukraine(text: str, draft: Draft, vocab: Vocabulary) -> bool:
    """Whether a figure counts arms its clause says were given to Ukraine (the recipient the object of a verb of giving,
    the North named nowhere between)."""
    end, lo = draft.mention["char_end"], max(draft.sentence.start, draft.start - GIVEN_REACH)
    after = _GIVEN_TO_UKRAINE_AFTER.match(text, end)
    if after is not None:
        return not names_the_north(text, end, after.end(), vocab)
    before = _GIVEN_TO_UKRAINE_BEFORE.search(text, lo, draft.start) or (
        _UKRAINE_RECEIVES_BEFORE.search(text, lo, draft.start) if _GEGEBEN_AFTER.match(text, end) else None)
    return before is not None and not names_the_north(text, before.start(), draft.start, vocab)


def _a_warring_side_fires(text: str, draft: Draft, verb: int, vocab: Vocabulary) -> bool:
    """Whether the subject right before a verb of firing is a warring side, not the North, the figure is the verb's
    object, and its own noun phrase (up to the next comma) names no North Korean make: Russia's or Ukraine's own drones
    and missiles."""
    lo = max(draft.sentence.start, verb - FIRER_REACH)
    if _PHRASE_STOP.search(text, verb, draft.start):
        return False                               # the figure is in a clause of its own: "what Russia fires, with
        # at least 5 million rounds delivered"
    if compiled(vocab).lexicon.country_in(text, lo, verb) not in WARRING_SIDES or names_the_north(text, lo, verb, vocab):
        return False
    end = draft.mention["char_end"]
    stop = _PHRASE_STOP.search(text, end, draft.sentence.end)
    return not names_the_north(text, end, stop.start() if stop else draft.sentence.end, vocab)


_PHRASE_STOP = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


# the figure before and its noun, then a word that pairs the two figures ("93 votes to 18", "mit 5 zu 2 Stimmen")
_SHARED_NOUN_BEFORE = re.compile(r"\d\s+([^\W\d_][\w-]*)\s+(?:to|against|versus|vs\.?|gegen|zu)\s+$", re.IGNORECASE)


# a participle right after the figure: no noun of its own follows ("with another 2,000 held in reserve"), so no thing
# the vocabulary does not know is counted
# (or a state of people: "leaving fewer than 9,000 fit for combat", "noch 8.000 einsatzfähig")
_PARTICIPLE_AFTER = re.compile(r"\s+(?-i:[a-z]{2,}ed|held|kept|sent|left|thought|known|seen|said|brought|flown|fit|able|"
                               r"ready|alive|remaining|still|einsatzfähig|kampffähig|einsatzbereit|übrig)\b")


def _paired_with_another_count(text: str, draft: Draft, noun_class: str, vocab: Vocabulary) -> str | None:
    """A figure paired with one before it that counts something the vocabulary does not know."""
    lead = max(0, draft.start - NOUN_WINDOW)
    shared = _SHARED_NOUN_BEFORE.search(text, lead, draft.start) \
        if noun_class == "bare" else None
    if shared is not None and vocab.any_noun.fullmatch(shared.group(1)) is None:
        return f"counts what the figure before it counts ({shared.group(1)})"   # "by 93 votes to 18"
    return None


def _alone_in_an_item(text: str, draft: Draft) -> bool:
    """A figure in a ticker line or list item of its own that neither adds to the item before ("another 1,000") nor is
    a fact box's labelled value ("• Gefallen: mindestens 600")."""
    sentence = draft.sentence
    return sentence is not None and _ITEM_OPENS.match(text, sentence.start) is not None and \
        ":" not in text[sentence.start + 8:draft.start] and \
        not _ADDS_TO.search(text, max(0, draft.start - 16), draft.mention["char_end"] + 8)


# a preposition of place right before a figure whose noun the vocabulary does not count: the figure names where
# something happens, not what the topic counts ("trained at five bases", "in 14 Wirtschaftszweigen")
# (never a verb's particle: "sent in 3,000 fresh ones", "brought in", "rotated in")
_CIRCUMSTANCE = re.compile(r"(?<!\bsent )(?<!\bsend )(?<!\bsends )(?<!\bbrought )(?<!\bbring )(?<!\brotated )(?<!\bmoved )"
                           r"(?<!\bpoured )(?<!\bshipped )(?<!\bflown )(?<!\bflew )(?<!\brushed )"
                           r"\b(?:in|at|across|into|within|on|im|an|bei)\s+$", re.IGNORECASE)
# a preposition of place only (never "at", which gives a value: "put losses at 4,000 killed and wounded"): whatever the
# sentence's cues say, the figure names where ("killed or wounded near three villages", "nahe drei Dörfern")
_PLACE_BEFORE = re.compile(r"\b(?:near|outside|across|nahe|außerhalb|in der nähe von)\s+$", re.IGNORECASE)
CIRCUMSTANCE_REACH = 10
# who a sanctions list names: "listing 48 individuals", "sanktioniert 20 Personen"
_LISTED = re.compile(r"\b(?:listing|listed|blacklist\w*|sanction(?:s|ed|ing)?|sanktion\w*|gelistet)\s+(?:(?:a further|another|"
                     r"more than|some|about|weitere|mehr als|rund|etwa)\s+)?$", re.IGNORECASE)
LISTED_REACH = 30
# those a list names, whoever they are: "Auf der Liste stehen auch zwei nordkoreanische Generäle", "On the list are two
# North Korean generals"
_ON_THE_LIST = re.compile(r"\b(?:auf der|on the|on its)\s+(?:[\w-]+\s+)?(?:liste|list|sanktionsliste|blacklist)\s+(?:(?:der|des|of the|of)\s+[\w-]+\s+)?(?:stehen|"
                          r"stand|standen|steht|finden sich|befinden sich|are|were|is|was)\s+(?:(?-i:[a-zäöü][\w-]*)\s+){0,2}$",
                          re.IGNORECASE)   # (adverbs between: "stehen zudem", "are now also")
ON_THE_LIST_REACH = 60
# a swap of prisoners before a figure of captives, and the North named in the figure's own words ("exchange the two
# North Korean prisoners" counts the North's)
_SWAP_BEFORE = re.compile(r"\b(?:swapped|exchanged|traded|swapping|exchanging|(?:to|will|would) (?:swap|exchange|trade)|"
                          # (or a side bringing its own captives home: "Ukraine had returned 1,200 prisoners of war")
                          r"returned|repatriated|brought home|bringing home|freed|released|heimgeholt|zurückgeholt|"
                          r"(?:swap|exchange|austausch) (?:of|von)|ausgetauscht|tausch(?:en|ten|te|t)|getauscht)\b[^.;:]*$",
                          re.IGNORECASE)
SWAP_REACH = 60
# the German verb of swapping at the end of the figure's clause: "haben je 390 Gefangene ausgetauscht"
_SWAP_AFTER = re.compile(r"[^.;:,]{0,60}?\b(?:ausgetauscht|getauscht|ausgetauscht werden|übergeben|zurückgeholt|heimgeholt|"
                         r"zurückgebracht|heimgebracht|heimgekehrt|zurückgekehrt|freigelassen|freigegeben)\b", re.IGNORECASE)
# captives counted for each side, in a sentence about an exchange: "Beim jüngsten Austausch kamen je 1.000 Gefangene frei"
_EACH_IN_A_SWAP = re.compile(r"\b(?:\w*austausch\w*|swap\w*|exchange\w*)\b[^.;:]{0,80}\b(?:je|jeweils|each)\s+$", re.IGNORECASE)
# captives counted for each side: "390 prisoners each", "1.000 Gefangene pro Seite", "je 307 auf jeder Seite"
_PER_SIDE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:pro|je)\s+Seite|auf\s+(?:jeder|beiden)\s+Seiten?|each|apiece|"
                       r"(?:on|from)\s+(?:each|both)\s+sides?|per\s+side)\b", re.IGNORECASE)
# a swap of prisoners anywhere in the sentence, and the kinds of people it returns
_SWAP_IN_SENTENCE = filtered(re.compile(r"\b(?:(?:prisoner|pow|body|bodies)\s+(?:swap|exchange)s?|swap(?:s|ped)?\s+(?:of\s+)?prisoners|"
                               r"exchange\s+of\s+(?:prisoners|pows|bodies)|\w*gefangenenaustausch\w*|austausch\s+von\s+"
                               r"(?:gefangenen|kriegsgefangenen|leichen)|"
                               # the bodies one side hands the other: "die Leichen von 6.057 gefallenen Soldaten übergeben",
                               # "handed over the bodies of 909 soldiers"
                               r"(?:leichen|leichname|bodies)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:übergeben|übergab|übergaben|zurückgegeben|"
                               r"überführt|handed over|returned|repatriated)|(?:handed over|returned|repatriated|übergab|"
                               r"übergaben)\s+(?:[\w-]+\s+){0,3}?(?:the\s+|die\s+)?(?:bodies|leichen|leichname))\b"
                               r"(?!\s+(?:office|headquarters|staff|centre|center|body|coordination))", re.IGNORECASE))   # (a
# body's name is no swap: "The prisoner exchange office said")
_PEOPLE_SWAPPED = frozenset({"captured", "troops_deployed", "troops_planned", "casualties", "other"})
_NAMES_THE_NORTH = re.compile(r"[^.;:,]{0,30}?\b(?:north korean|nordkoreani\w*|aus nordkorea|from north korea)", re.IGNORECASE)


# the figure's own words go on to both sides of the war ("tens of thousands on both sides", "Tausende Tote auf beiden
# Seiten"): a toll of the war, not of the North's soldiers
_BOTH_SIDES = re.compile(r"[^.;:,]{0,40}?\b(?:on both sides|on each side|auf beiden seiten|beider seiten|auf jeder seite)\b",
                         re.IGNORECASE)
_OWN_SIDE = re.compile(r"\s+(?:of (?:its|their|his|her|our) own|eigene[nr]?|own)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+((?:[\w.'’-]+\s+){0,2}[^\W\d_][\w-]*)")
# where a claimer stands: right after "according to", "citing", "laut", an attributing "wie"/"so"
# (or the German subject of a verb of saying after a comma, inverted: ", sagten zwei mit den Erkenntnissen vertraute
# Personen"; never English ", said two North Koreans were held", whose figure begins what was said)
_CLAIMER_SLOT = re.compile(r"\b(?:according to|citing|laut|wie|so)\s+$|,\s*(?:sagten|berichteten|erklärten|teilten|"
                           r"meldeten|bestätigten)\s+$", re.IGNORECASE)
SPEAKING_BODIES = ("lawmakers", "government", "expert", "sources", "media", "intelligence")
SPEAKERS_AT_MOST = 100   # a figure this large never counts the people who speak


def counts_claimers(text: str, span: tuple[int, int], vocab: Vocabulary, own_class: str) -> str | None:
    """"berichteten zwei Parlamentarier", "three officials said", "Two people familiar with", "according to two people
    who have seen": a figure counting those who speak."""
    start, end = span
    if _CLAIMER_SLOT.search(text, max(0, start - 20), start):
        return "counts who reports it (in the claimer's place)"   # "according to two people", "wie zwei ... Personen"
    if own_class not in ("none", "bare", "people"):
        return None
    lexicon = compiled(vocab).lexicon
    if own_class == "people":                    # people are counted, unless they are sources by what follows
        phrase = lexicon.body_words.match(text, end + 1)
        return "counts who reports it (sources)" if phrase is not None and phrase.lastgroup == "b_sources" else None
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return None
    # the phrase's head says who they are ("two U.S. military officials": officials), else its most specific word
    head = after.group(1).split()[-1]
    body = lexicon.body_in(head, 0, len(head)) or lexicon.body_in(text, after.start(1), after.end(1))
    return f"counts who reports it ({body})" if body in SPEAKING_BODIES else None


def part_of_a_claim_before(text: str, draft: Draft, drafts: list[Draft], vocab: Vocabulary, *,
                           counted: bool = False) -> Draft | None:
    """"Insgesamt etwa 14.000 Mann, darunter 3.000 Nachzügler": the claim of its sentence a part named after it
    belongs to (the part shares its topic, and with a noun the vocabulary does not know, what it counts); ``counted``:
    any figure before, a claim or not (a part of Russian losses that names North Koreans is theirs)."""
    if draft.sentence is None:
        return None
    marker = vocab.part_marker.search(text, max(draft.sentence.start, draft.start - PART_MARKER_REACH), draft.start)
    if marker is None:
        return None
    for before in itertools.islice(reversed(drafts), PART_LOOKBACK):   # the sentence's drafts, nearest first
        if before.sentence is not draft.sentence:
            break
        if (before.status == "claim" or counted) and before.start < marker.start():
            return before
    return None


def base_of_a_claim_before(text: str, draft: Draft, drafts: list[Draft]) -> Draft | None:
    """"about 500 North Korean soldiers had been killed ..., out of some 5,000 thrown into the assault": the claim of its
    sentence whose people a figure after "out of" is the whole of (the force they were taken from)."""
    if draft.sentence is None or _OUT_OF_BEFORE.search(text, max(draft.sentence.start, draft.start - 30), draft.start) is None:
        return None
    before = next((d for d in itertools.islice(reversed(drafts[:-1]), PART_LOOKBACK) if d.sentence is draft.sentence
                   and d.status == "claim"), None)
    return before if before is not None and before.quantity in _PEOPLE_QUANTITIES else None


# a base after its part: "out of some 5,000", "von insgesamt rund 11.000", "aus einem Kontingent von 11.000"
_OUT_OF_BEFORE = re.compile(r"(?:\bout of|\bfrom a (?:force|contingent|total) of|\bvon insgesamt|\baus (?:einem|dem) (?:kontingent|"
                            r"verband|truppenkontingent) von)\s+(?:(?:some|about|around|roughly|an estimated|the|its|"
                            r"rund|etwa|gut|knapp)\s+)*$", re.IGNORECASE)
PART_MARKER_REACH = 40   # characters before a part in which its marker ("darunter", "including") stands
PART_LOOKBACK = 4        # figures before a part among which its total stands ("14.000 Mann, darunter 3.000 ...")


# a unit's noun, compounds too ("Militärbaubrigaden"): a small figure of them counts units, not people
_UNIT_NOUN = compile_prefiltered(r"(?:brigaden?|bataillone?n?|regimentern?|regimente?|kontingenten?|einheiten|wellen|rotationen|divisionen|"
                        r"contingents?|brigades?|battalions?|regiments?|units|waves|rotations|divisions|korps|corps)$",
                        re.IGNORECASE)
# a unit word right after the number, past up to two modifiers ("two engineering battalions", "drei Pionierbrigaden" is
# one word)
_UNITS_AFTER = re.compile(r"\s+(?:(?!(?:of|the|des|der|von|from)\b)(?-i:[a-zäöü][\w-]*)\s+){0,2}?(?:brigades?|battalions?|regiments?|divisions|companies|"
                          r"brigaden|bataillone|regimenter|divisionen|kompanien)\b", re.IGNORECASE)
_PEOPLE_QUANTITIES = frozenset({"troops_deployed", "troops_planned", "casualties", "captured", "workers", "sappers",
                                "construction_workers"})
UNITS_AT_MOST = 50   # more of them than this are people ("3,000 Einheiten"? no: a unit count stays small)
# words that add to what was counted before ("another 1,000 could follow"): the item goes on with the one before (so
# does a labelled item of a fact box, "• Gefallen: mindestens 600")
_ADDS_TO = re.compile(r"\b(?:another|more|further|additional|weitere\w*|zusätzlich\w*)\b", re.IGNORECASE)
# a line that opens an item of its own: a list mark, or a ticker time with its dash
_ITEM_OPENS = re.compile(r"(?<=\n)\s*(?:[•·*\-–—]\s|" + TICKER_TIME + r"\s)")
# firing or testing missiles, the verb before the figure: what the North launches itself is no arms sent
_FIRED = re.compile(r"\b(fired|fires|launched|launches|dropped|drops|abgeworfen|warf|warfen|test-fired|tested|feuerte\w*|abgefeuert|testete\w*|getestet|startete\w*|"
                    r"verschieß\w*|verschoss\w*|feuert|uses|used|verbraucht\w*)\b"
                    r"[^.;:]*$", re.IGNORECASE)
# how much is used, and per what time: a rate of fire, never a delivery
_RATE_OF_USE = re.compile(r"\b(?:\w*verbrauch\w*|verschieß\w*|verschoss\w*|verfeuer\w*|feuer(?:[nt]\w*|e)|consum\w*|expend\w*|"
                          r"fir(?:e|es|ed|ing)|use|uses|using|burn(?:s|ing)? through)\b", re.IGNORECASE)
_PER_DAY = re.compile(r"\b(?:täglich\w*|tages(?:verbrauch|bedarf)\w*|pro tag|am tag|je tag|per day|a day|each day|daily|every day|pro woche|per week|"
                      r"a week|pro monat|per month|a month|pro minute|per minute|a minute|pro stunde|per hour|an hour)\b", re.IGNORECASE)
# a country calling up its own people ("einberufen", "mobilise", "conscript"): in a sentence that names no North Korean,
# another side's
_CALL_UP = filtered(re.compile(r"\b(?:einberuf\w*|einzuberufen|mobilisier\w*|rekrutier\w*|eingezogen|einzuziehen|"
                      r"angeworben|anwerb\w*|anzuwerben|angeheuert|anheuer\w*|mobili[sz](?:e|es|ed|ing|ation)|"
                      # (English verbs only: "conscripts", "recruits" and "drafts" may be nouns of the North's own)
                      r"conscript(?:ed|ing)|draft(?:ed|ing)|call(?:s|ed|ing)? up|recruit(?:ed|ing)|sign(?:s|ed|ing)? up|"
                      r"enlist(?:s|ed|ing))\b", re.IGNORECASE))
_DOWNED = re.compile(r"\b(?:abgeschossen|abgefangen\w*|shot down|downed|intercepted|destroyed in the air|unschädlich gemacht|"
                     r"neutralisiert|neutrali[sz]ed)\b", re.IGNORECASE)
# a tally of launches over a year, right after its noun: "fired 38 ballistic missiles in 2023", "feuerte 2022 ..."
_IN_A_YEAR = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:(?:in|im|during|over|throughout)\s+(?:(?:the|das)\s+)?(?:\d{4}|jahr\s+\d{4}|"
                        r"(?:last|this|past|vergangenen|letzten)\s+(?:year|jahr))|"
                        # (a year named without a preposition: "fired more than 20 ballistic missiles this year")
                        r"(?:last|this|so far this|dieses|letztes|vergangenes)\s+(?:year|jahr))\b", re.IGNORECASE)
_SEA = re.compile(r"\b(?:into the sea|sea of japan|east sea|yellow sea|ins (?:japanische |gelbe )?meer|meer vor)\b", re.IGNORECASE)
_TRANSFER = re.compile(r"\b(?:sent|shipped|delivered|supplied|sends|ships|supplies|geliefert|geschickt|lieferte\w*|"
                       r"schickte\w*|liefert|schickt|verschifft|verschiffte\w*)\b", re.IGNORECASE)
_PART_OF_SENT = re.compile(r"\s+(?:davon|von ihnen|of them|of which|of those)\b", re.IGNORECASE)
FIRED_REACH = 60
FIRER_REACH = 30   # characters before a verb of firing in which its subject is named
# fired at Ukraine, the German verb at the clause end: "zwei ballistische Raketen auf die Ukraine abgefeuert" (an attack on
# Ukraine is Russia's, whoever made the arms)
# (or "setzte ... gegen ukrainische Städte ein": the particle of "einsetzen" closing the clause)
_FIRED_AT_UKRAINE = re.compile(r"[^.;:!?]{0,80}?\b(?:auf|gegen)\s+(?:die\s+)?(?:Ukraine|ukrainische\w*|Kiew|Charkiw|Odessa|Dnipro|"
                               r"Sumy|Saporischschja)\b[^.;:!?,]{0,40}?\b(?:abgefeuert|abgeschossen|gefeuert|gestartet|"
                               r"geschossen|abgeworfen|losgeschickt|eingesetzt|ein(?=\s*[.;:!?,]))", re.IGNORECASE)
WARRING_SIDES = ("ru", "ua")   # whose own arms a figure may count in a sentence that names no North Korean
# arms given to Ukraine, its recipient the object of a verb of giving: "the roughly 3 million artillery rounds Washington has
# sent Kyiv", "promised Ukraine a million shells", "hatten der Ukraine ... eine Million Artilleriegranaten versprochen"
_GIVING = (r"(?:sent|sends|send|supplied|supplies|delivered|delivers|given|gave|gives|promised|promises|pledged|pledges|"
           r"provided|provides|shipped|handed|donated|transferred)")
_GIVEN_TO_UKRAINE_AFTER = re.compile(r"[^.;:!?,]{0,50}?\b" + _GIVING + r"\s+(?:to\s+)?(?:Ukraine|Kyiv|Kiev)\b", re.IGNORECASE)
_GIVEN_TO_UKRAINE_BEFORE = re.compile(r"\b" + _GIVING + r"\s+(?:to\s+)?(?:Ukraine|Kyiv|Kiev)\s+(?:[\w-]+\s+){0,3}$",
                                      re.IGNORECASE)
# (German: the recipient in the dative before the figure, the participle of giving after it)
# (a dative after a verb, never a genitive after a noun, "nach Angaben der Ukraine", nor a place, "aus Kiew")
_UKRAINE_RECEIVES_BEFORE = re.compile(r"(?:\b(?!(?:aus|von|vom|nach|in|im|gegen|auf|bei|über|für|mit)\s)(?-i:[a-zäöüß]+)\s+"
                                      r"(?:der\s+Ukraine|Kiew)|\ban\s+(?:die\s+Ukraine|Kiew))\b[^.;:!?,]{0,60}$", re.IGNORECASE)
_GEGEBEN_AFTER = re.compile(r"[^.;:!?,]{0,60}?\b(?:versprochen|zugesagt|geliefert|überlassen|übergeben|geschickt|bereitgestellt|"
                            r"geschenkt|zur\s+Verfügung\s+gestellt)\b", re.IGNORECASE)
GIVEN_REACH = 70


