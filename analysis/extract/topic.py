"""Whether a figure belongs to the topic, North Korea's soldiers sent to Russia: the sentence or the one before it
names the North, another side acts, the figure's words tie it to the topic's people (a preposition, a genitive, the
North named, a noun of people, the verb that sends them) or it stands among them ("Among the reinforcements were 200
drone pilots").  Read by :mod:`analysis.extract.not_claims` to say why a figure counts something else, and by
:mod:`analysis.extract.claims` for a mixed total.
"""

from __future__ import annotations

import re

from ..text import TICKER_TIME, Sentence, SentenceIndex
from ..vocabulary import Vocabulary
from .cues import compiled
from .drafts import Draft
from .quantity import noun_class_of

OWN_COUNTRY = "kp"   # the soldiers the topic counts


# (never another side's people: "7.500 Anrufe, vor allem von russischen Soldaten"; nor the figure's own things by a
# pronoun: "143 drones and four missiles, some of them North Korean")
_TIED_TO_PEOPLE = re.compile(r"[^.;:]{0,60}?\b(?:from|of|by|among|von|aus|unter|der|des)\s+(?!them\b|ihnen\b|which\b|denen\b)"
                             r"(?:(?!russisch\w*|ukrainisch\w*|russian|ukrainian)[\w'’-]+\s+){0,3}?"
                             # (the North's people by their noun; its adjective alone before a thing is not them: "64
                             # port calls by North Korean cargo ships")
                             r"(?:north koreans|nordkoreaner\w*|soldiers|troops|soldaten|truppen|kämpfer\w*|fighters)\b|"
                             # a German genitive right after the noun: "100 Anfragen nordkoreanischer Soldaten"
                             r"\s+[\w-]+\s+nordkoreanische[rn]\s", re.IGNORECASE)


def tied_to_the_topic(text: str, index: SentenceIndex, draft: Draft, vocab: Vocabulary, names_north_korea: dict) -> bool:
    """Whether a figure of a thing the vocabulary does not count is the topic's all the same: tied to its people by a
    preposition or a German genitive ("200 calls from North Korean soldiers", "Anfragen nordkoreanischer Soldaten"),
    named as the North's ("3,000 North Korean paratroopers", "nordkoreanische Söldner"), people by its noun's ending
    ("Studenten", "Deserteure"), or, in a sentence on the topic (it or the one before names the North), sent or
    recruited by the verb right before it or the German participle closing its clause ("Pyongyang sent roughly 300
    cadets"), or beside the topic's people ("Among the reinforcements were 200 drone pilots")."""
    end = draft.mention["char_end"]
    if _TIED_TO_PEOPLE.match(text, end) or NAMED_AS_THE_NORTHS.match(text, end) or _PERSON_NOUN.match(text, end) or \
            among_the_topics_people(text, draft, vocab):
        return True
    sentence = draft.sentence
    if sentence is None or off_topic_here(text, index, sentence, vocab, names_north_korea):
        return False
    return _SENT_BEFORE.search(text, max(sentence.start, draft.start - 40), draft.start) is not None or \
        _SENT_AFTER.match(text, end, sentence.end) is not None


# the classes of the vocabulary's nouns that count the topic's people ("people" is anyone's: "Menschen", "men")
TOPIC_PEOPLE = frozenset({"troops", "sappers", "construction_workers", "workers", "captured", "killed", "wounded",
                          "casualty"})


# a figure among the topic's people: "Among the reinforcements were about 200", "Unter den Entsandten seien etwa 200"
# (the group named first, then its verb and the figure's hedge), "... were among the reinforcements", "200 medics
# alongside the troops" (the group after the figure, in its clause)
_AMONG_BEFORE = re.compile(r"\b(?:among|unter|including|darunter)\s+(?:(?:the|those|its|their|den|der|seinen|ihren)\s+)?"
                           r"(?:[^\W\d_][\w-]*\s+)?$", re.IGNORECASE)


_AMONG_BETWEEN = re.compile(r"[^\d.;:]{0,30}$")


_AMONG_AFTER = re.compile(r"[^.;:]{0,50}?\b(?:among|alongside|along with|together with|unter|neben|zusammen mit|samt)\s+"
                          r"(?:(?:the|those|its|their|den|der|seinen|ihren)\s+)?(?:[^\W\d_][\w-]*\s+)?$", re.IGNORECASE)


AMONG_REACH = 90


# every link above holds one of these words within the reach (a cheap test before the nouns are searched)
_AMONG_WORD = re.compile(r"\b(?:among|including|darunter|alongside|along with|together with|unter|neben|zusammen mit|samt)\s",
                         re.IGNORECASE)


def among_the_topics_people(text: str, draft: Draft, vocab: Vocabulary) -> bool:
    """Whether a figure of people the vocabulary does not know stands among the topic's people, named by a noun the
    vocabulary counts and no other country's word qualifies: "Among the reinforcements were about 200 drone pilots",
    "1,500 paratroopers ... were among the reinforcements", "100 medics along with the troops"."""
    sentence = draft.sentence
    if sentence is None:
        return False
    lo, hi = max(sentence.start, draft.start - AMONG_REACH), min(sentence.end, draft.mention["char_end"] + AMONG_REACH)
    if _AMONG_WORD.search(text, lo, hi) is None:
        return False                               # no word that joins a figure to a group: no noun search needed
    lexicon = compiled(vocab).lexicon
    for m in vocab.any_noun.finditer(text, lo, hi):
        if noun_class_of(m, vocab) not in TOPIC_PEOPLE:
            continue
        if m.end() <= draft.start:
            linked = _AMONG_BEFORE.search(text, max(lo, m.start() - 40), m.start()) is not None and \
                _AMONG_BETWEEN.match(text, m.end(), draft.start) is not None
        else:
            linked = m.start() >= draft.mention["char_end"] and \
                _AMONG_AFTER.match(text, draft.mention["char_end"], m.start()) is not None
        words = _WORDS_BEFORE.findall(text, max(lo, m.start() - 30), m.start())[-2:]
        if linked and all(c.lastgroup[2:] == OWN_COUNTRY
                          for c in map(lexicon.country_pattern.fullmatch, words) if c is not None):
            return True
    return False


_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*")


# the verb that sends or recruits the figure's people: right before it, or a German participle closing its clause
_SENT_BEFORE = re.compile(r"\b(?:sent|sends?|sending|dispatch(?:ed|es|ing)?|deploy(?:ed|s|ing)?|transferred|recruit(?:ed|s|ing)?|"
                          r"schickt(?:e|en)?|entsendet|entsandte|verlegt(?:e|en)?|stellt(?:e|en)?)\s+"
                          r"(?:(?:an?|some|about|around|roughly|up to|at least|over|nearly|almost|another|more|further|"
                          r"additional|rund|etwa|gut|knapp|bis zu|mindestens|über|weitere|zusätzlich)\s+)*$", re.IGNORECASE)


_SENT_AFTER = re.compile(r"[^,.;:]{0,60}?\b(?:geschickt|entsandt|verlegt|angeworben|rekrutiert|abgestellt)\b", re.IGNORECASE)


# the North named in a figure's own words right after it: "3,000 North Korean paratroopers", "11,000 North Koreans"
NAMED_AS_THE_NORTHS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:north koreans?|nordkoreaner\w*|nordkoreanische\w*|"
                                 r"(?:from|aus)\s+(?:north korea|nordkorea|pyongyang|pjöngjang)\b)\b", re.IGNORECASE)


# a noun of people the vocabulary does not list, by its ending: "2.000 Studenten", "300 students", "Praktikanten"
_PERSON_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:[\w-]*(?:enten|anten|isten|ianer|innen|leute|ents|ants|ists|ians|ers|ees|ors|ives|men)\b|"
    # a German noun of people: a nominalised adjective or participle ("Vermisste", "Schwerverletzte", "Überlebende"),
    # an agent noun ("Rückkehrer", "Deserteure"), a "-ling" ("Flüchtlinge")
    r"(?-i:[A-ZÄÖÜ])[\w-]*(?:ende|enden|ierte|ierten|sste|ssten|tzte|tzten|tete|teten|dete|deten|ene|enen|eure|euren|"
    r"kehrer|kehrern|läufer|läufern|flüchtige|flüchtigen|ling|linge|lingen)\b)", re.IGNORECASE)


_OTHER_SIDE_OPENS = re.compile(r"(?-i:[A-ZÄÖÜ])[\w-]*(?:ian|ish|ese|an|isch\w*|e[rn]?)\s+(?-i:[a-zA-ZÄÖÜäöü])")


def off_topic_here(text: str, index: SentenceIndex, sentence: Sentence | None, vocab: Vocabulary,
                    seen: dict) -> bool:
    """Whether neither a sentence nor the one before it in its paragraph names North Korea (for counts of
    things the vocabulary does not know: "mindestens 24 Gleitbomben" in a paragraph on Ukrainian troops); a
    sentence that names another country and not North Korea is off the topic whatever came before.
    ``seen`` remembers each sentence's answer, so a sentence is read once however many figures it holds."""
    if sentence is None or sentence_names_the_north(text, sentence, vocab, seen):
        return False
    if _another_side_acts(text, sentence, vocab, seen):
        return True                                # "Ukrainian drone crews ... flown 120 sorties": another side's count
    before = index.sentences[sentence.index - 1] if sentence.index > 0 else None
    if before is None or not _together(text, before, sentence) or turns_to_another_matter(text, sentence):
        return True                                # ("Separately, Ukraine's General Staff reported ...": a new topic)
    if sentence_names_the_north(text, before, vocab, seen):
        return False
    # a list item goes on with its list: the items before it and the line that leads them ("Key figures: - 11,000 North
    # Korean troops - 300 killed - 2,700 wounded")
    if not _ITEM.match(text, sentence.start):
        return True
    i = sentence.index - 1
    while i > 0 and sentence.index - i < LIST_REACH and _ITEM.match(text, index.sentences[i].start) and \
            _together(text, index.sentences[i - 1], index.sentences[i]):
        i -= 1
        if sentence_names_the_north(text, index.sentences[i], vocab, seen):
            return False
    return True


_ITEM = re.compile(r"\s*[•·*\-–—]\s")   # a list item's mark


def _together(text: str, before: Sentence, sentence: Sentence) -> bool:
    """Whether a sentence goes on from the one before it: the same paragraph, or the next item of a list whose items
    stand on lines of their own ("• Nordkorea hat rund 11.000 Soldaten entsandt.\n• Kiew: Mehr als 3.000 von ihnen
    getötet")."""
    return before.paragraph == sentence.paragraph or (
        _ITEM.match(text, sentence.start) is not None and text.count("\n", before.end, sentence.start) == 1
        and _ITEM.match(text, before.start) is not None)
# a sentence that says it turns to another matter, or to a comparison, takes no topic from the one before it
_TOPIC_BREAK = re.compile(r"(?:separately|in (?:a )?separate (?:news|development|report)|elsewhere|in other news|unabhängig davon|"
                          r"in anderen nachrichten|an anderer stelle|"
                          # a comparison brings in another matter: "Zum Vergleich: Die EU hatte der Ukraine ... zugesagt"
                          r"zum vergleich|by comparison|for comparison|in comparison|im vergleich dazu)\b", re.IGNORECASE)
LIST_REACH = 12                         # items back to a list's lead line


def turns_to_another_matter(text: str, sentence: Sentence) -> bool:
    """Whether a sentence opens by saying it turns to another matter ("Separately, ...", "Unabhängig davon ...")."""
    return _TOPIC_BREAK.match(text, _BULLET.match(text, sentence.start, sentence.end).end(), sentence.end) is not None


def _another_side_acts(text: str, sentence: Sentence, vocab: Vocabulary, seen: dict) -> bool:
    """Whether a sentence opens with another side as its actor ("Ukrainian drone crews ...", "Russian strikes hit
    ..."); read once per sentence, however many figures it holds."""
    key = ("other country", sentence.index)
    if key not in seen:
        opens = _BULLET.match(text, sentence.start, sentence.end).end()   # "• Russia launched ..."
        seen[key] = _OTHER_SIDE_OPENS.match(text, opens, sentence.end) is not None and \
            opening_country(text, sentence, vocab, seen) is not None
    return seen[key]


# a ticker's time and its dash ("11:22 GMT — "), and a list item's mark or that time before a line's first word


_BULLET = re.compile(r"[\s•·*\-–—]*(?:" + TICKER_TIME + r"\s*)?")   # "• Russia launched ...", "11:22 GMT — Russian drones"


_ARTICLE = re.compile(r"(?:(?:der|die|das|the)\s+)?", re.IGNORECASE)


def opening_country(text: str, sentence: Sentence, vocab: Vocabulary, seen: dict) -> str | None:
    """The country whose word opens a sentence, after a list item's mark or a ticker's time (read once per sentence)."""
    key = ("opening country", sentence.index)
    if key not in seen:
        # (after an article too: "Die russische Rüstungsindustrie", "The Russian army")
        opening = _BULLET.match(text, sentence.start, sentence.end).end()
        m = compiled(vocab).lexicon.country_pattern.match(text, _ARTICLE.match(text, opening, sentence.end).end(),
                                                          sentence.end)
        seen[key] = m.lastgroup[2:] if m is not None else None
    return seen[key]


def sentence_names_the_north(text: str, sentence: Sentence, vocab: Vocabulary, seen: dict[int, bool]) -> bool:
    if sentence.index not in seen:
        seen[sentence.index] = names_the_north(text, sentence.start, sentence.end, vocab)
    return seen[sentence.index]


def names_the_north(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether the text between ``start`` and ``end`` names North Korea, its people or its leader."""
    return _NORTH_KOREANS.search(text, start, end) is not None or any(
        m.lastgroup[2:] == OWN_COUNTRY for m in compiled(vocab).lexicon.country_pattern.finditer(text, start, end))


_NORTH_KOREANS = re.compile(r"\b(?:nordkoreaner\w*|north koreans?|kim jong[- ]?un\w*)\b", re.IGNORECASE)
