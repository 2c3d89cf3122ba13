"""Whose people a figure counts: the country of its noun or of the force it is part of, when that is not North Korea
("50.000 russische Soldaten", "1,400 Ukrainian troops", "Russia had lost 1,500 soldiers", "Bei den Kämpfen um Kursk
verloren die Nordkoreaner ..." is the North's).  Read by :mod:`analysis.extract.not_claims`."""

from __future__ import annotations

import re

from ..prefilter import compile_prefiltered
from ..vocabulary import Vocabulary
from ..vocabulary.base import sharp_s_or_ss
from .cues import compiled
from .quantity import NOUN_WINDOW
from .topic import OWN_COUNTRY


def _names_its_own_people(text: str, end: int, noun: str, lexicon) -> bool:
    """Whether the noun right after a figure is the sending country's people ("11,000 North Koreans", "2.000
    Nordkoreaner"): whoever else the sentence names, those are whose figure it is."""
    at = text.find(noun, end, end + NOUN_WINDOW)
    demonym = lexicon.demonym_pattern.match(text, at) if at >= end else None
    return demonym is not None and demonym.lastgroup[2:] == OWN_COUNTRY and _DIGIT.search(text, end, at) is None


def country_of_noun(text: str, start: int, end: int, noun: str | None, noun_class: str,
                     vocab: Vocabulary, sentence_start: int = 0) -> str | None:
    """The country of a counted noun when it is not North Korea's ("50.000 russische Soldaten", "1,400 Ukrainian
    troops"): those count something else.  None when no other country stands between the number and its noun."""
    lexicon = compiled(vocab).lexicon
    # (never when the noun is the sending country's people: "... on Ukraine's own losses but that the department still
    # assessed about 11,000 North Koreans")
    owner = (_owner_of_the_losses(text, start, sentence_start, lexicon) or _force_country(text, start, sentence_start, lexicon)) \
        if noun_class in ("none", "bare", "killed", "wounded", "casualty", "troops", "people") and \
        not (noun is not None and _names_its_own_people(text, end, noun, lexicon)) else None
    if owner is not None:
        return owner
    if noun_class in ("none", "bare", "equipment") or noun is None:   # "142 russischen Sturmangriffen": a noun the vocabulary does not
        # know, or none of its own ("27 zerstörte russische Fahrzeuge" after a count of North Koreans)
        first = _FIRST_WORD.match(text, end)
        own = lexicon.country_pattern.fullmatch(first.group(1)) if first else None
        country = own.lastgroup[2:] if own and ADJECTIVE.fullmatch(first.group(1)) else None
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
    own = lexicon.demonym_pattern.fullmatch(noun) if at < end else None
    if own is not None and own.lastgroup[2:] == OWN_COUNTRY:
        return None    # "Die Zahl der auf russischer Seite getöteten Nordkoreaner liege bei etwa 2.000": the noun says
    adjective = _adjective_before_noun(text, noun, max(sentence_start, start - 2 * NOUN_WINDOW), start, lexicon) \
        if at < end else None
    if adjective is not None:
        # "die Zahl der nordkoreanischen Soldaten auf russischer Seite ... auf 10.000": the noun's own country; "die Zahl
        # der seit 2022 gefallenen ukrainischen Soldaten mit mehr als 46.000 angegeben": another's
        return None if adjective == OWN_COUNTRY else adjective
    side = [m for m in _ON_SIDE.finditer(text, max(sentence_start, start - 2 * NOUN_WINDOW), start)
            if not _DIGIT.search(text, m.end(), start)][-1:]
    if side:                                       # "Auf ukrainischer Seite fielen 300 Soldaten"
        return _country_adjective(text, side[0].start(1), side[0].end(1) + 1, lexicon)
    placed = _placed_after_the_noun(text, at, end, noun, lexicon) or \
        _placed_by_a_force_before(text, max(sentence_start, start - 2 * NOUN_WINDOW), start, lexicon)
    if placed is not None:
        return None if placed == OWN_COUNTRY else placed
    owner = _loser_or_holder(text, (max(sentence_start, start - 2 * NOUN_WINDOW), start, end), noun_class, lexicon) \
        if at > end else None
    if owner is not None:
        return owner
    if at <= end or noun_class in ("killed", "wounded", "casualty"):
        return _losers_before(text, start, end, at, lexicon)
    return _country_adjective(text, lo, at, lexicon)


def _placed_after_the_noun(text: str, at: int, end: int, noun: str, lexicon) -> str | None:
    """The country (North Korea too) of a nationality adjective right after a counted noun that places it: the head noun
    after a participle ("1.100 getötete oder verwundete |russische| Soldaten") or the force it is among ("About 40 drone
    pilots were among the |Russian| troops"), else None."""
    if at < end:
        return None
    after = (_ADJECTIVE_AFTER.match(text, at + len(noun)) if at > end and noun[:1].islower() else None) or \
        _AMONG_A_FORCE.match(text, at + len(noun))
    named = lexicon.country_pattern.fullmatch(after.group(1)) if after is not None else None
    return named.lastgroup[2:] if named is not None and ADJECTIVE.fullmatch(after.group(1)) else None


def _placed_by_a_force_before(text: str, lo: int, start: int, lexicon) -> str | None:
    """The country of the force a figure is among when it stands before it: "Unter den |ukrainischen| Soldaten seien etwa
    30 Drohnenpiloten", "Among the |Russian| troops were some 40 pilots"."""
    among = _AMONG_A_FORCE_BEFORE.search(text, lo, start)
    named = lexicon.country_pattern.fullmatch(among.group(1)) if among is not None else None
    return named.lastgroup[2:] if named is not None and ADJECTIVE.fullmatch(among.group(1)) else None


def _losers_before(text: str, start: int, end: int, at: int, lexicon) -> str | None:
    """The country of the people named before a figure whose losses it counts ("Russian military casualties as high as
    200,000 dead"), else the country of the noun after it (``at``), else None."""
    # the nearest, with no number between; people whose own losses these are ("Russian casualties as high as",
    # "auf ukrainischer Seite", "die russische Armee verlor"), never those who inflicted them ("Ukrainian forces
    # killed 300 soldiers")
    before = [m for m in _PEOPLE_BEFORE.finditer(text, max(0, start - 2 * NOUN_WINDOW), start)
              if not _DIGIT.search(text, m.end(), start)
              # (never those the losers fight beside: "North Korean troops fighting alongside Russian forces ...
              # have suffered several hundred casualties")
              and not _ALONGSIDE.search(text, max(0, m.start() - ALONGSIDE_REACH), m.start()) and (
                  _OWN_LOSS_WORD.fullmatch(m.group(0)) or _LOSING.search(text, m.end(), start)
                  or _LOST_AT_THE_END.match(text, end))][-1:]   # ("Truppen hätten ... 1.400 Soldaten verloren")
    if not before:
        return None if at <= end else _country_adjective(text, end, at, lexicon)
    if any(m.lastgroup[2:] == OWN_COUNTRY for m in lexicon.country_pattern.finditer(text, before[0].end(), start)):
        return None    # "A senior U.S. military official said North Korean units had suffered several hundred
        # casualties": the topic's country named nearer the figure owns the losses
    return _country_adjective(text, max(0, before[0].start() - 40), before[0].start(), lexicon)


# those fought beside, right before their people word: "alongside Russian forces", "an der Seite russischer Truppen"
_ALONGSIDE = re.compile(r"\b(?:alongside|beside|together with|next to|neben|an der seite|zusammen mit|gemeinsam mit)\s+"
                        r"(?:(?:the|den|der|die)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
ALONGSIDE_REACH = 40
# a force right before its strength: "a Russian force of about 50,000", "eine russische Streitmacht von rund 50.000"
_FORCE_OF = re.compile(r"\b(force|forces|army|grouping|group|contingent|troops|truppe|truppen|streitmacht|streitkräfte|armee|"
                       r"kontingent|gruppierung|verband)\s+(?:of|von|mit)\s+(?:(?:about|some|around|roughly|up to|more than|"
                       r"nearly|at least|etwa|rund|gut|knapp|bis zu|mehr als|mindestens|über)\s+)*$", re.IGNORECASE)


def _force_country(text: str, start: int, sentence_start: int, lexicon) -> str | None:
    """The country, other than North Korea, of a force right before its strength: "up against a Russian force of about
    50,000", "eine russische Streitmacht von rund 50.000"."""
    force = _FORCE_OF.search(text, max(sentence_start, start - NOUN_WINDOW), start)
    return _country_adjective(text, max(sentence_start, force.start() - 40), force.start(), lexicon) if force else None


def _owner_of_the_losses(text: str, start: int, sentence_start: int, lexicon) -> str | None:
    """The country, other than North Korea, whose name owns the losses a figure puts a number on: "put Russia's own
    losses since February 2022 at about 1 million", "beziffert Russlands Verluste auf", or the army whose size it
    gives: "Russia's army as a whole numbers around 1.5 million"."""
    losses = [m for m in _OWN_LOSS_BEFORE.finditer(text, max(sentence_start, start - 2 * NOUN_WINDOW), start)
              if not _DIGIT.search(_SPAN_OF_TIME.sub(" ", text[m.end():start]))][-1:]   # (a span of time between is
    if not losses:                                                                   # no figure: "der vergangenen 24
        return None                                                                  # Stunden auf 1.230")
    at = losses[0].start()
    owner = [m for m in lexicon.name_pattern.finditer(text, max(sentence_start, at - 40), at)
             if (own := _OWNS.fullmatch(text, m.end(), at))
             and (own.group(1) or m.group(0)[-2:] in ("'s", "’s") or m.group(0).endswith("lands"))][-1:]
    # (or its adjective right before them: "beziffert die russischen Verluste ... auf 1.230 Soldaten", "Russian losses")
    owner = owner or [m for m in lexicon.country_pattern.finditer(text, max(sentence_start, at - 30), at)
                      if ADJECTIVE.fullmatch(m.group(0)) and (own := _OWNS.fullmatch(text, m.end(), at)) and
                      not own.group(1)][-1:]
    return owner[0].lastgroup[2:] if owner and owner[0].lastgroup[2:] != OWN_COUNTRY else None


_SPAN_OF_TIME = re.compile(r"\b\d+\s+(?:stunden|tage[n]?|wochen|monate[n]?|hours|days|weeks|months)\b", re.IGNORECASE)
# (or an army whose size a verb gives: "Russia's army as a whole numbers around 1.5 million", "Die russische Armee
# umfasst inzwischen rund 1,5 Millionen")
_OWN_LOSS_BEFORE = re.compile(r"\b(?:casualties|losses|verluste\w*|(?:army|armed forces|military|armee|streitkräfte)"
                              r"(?:\s+as a whole|\s+insgesamt)?\s+(?:now\s+|inzwischen\s+|derzeit\s+)?(?:numbers|totals|"
                              r"stands at|umfass\w+)(?=\s))", re.IGNORECASE)


_PEOPLE_BEFORE = re.compile(r"\b(?:casualties|losses|soldiers|troops|forces|army|military|prisoners|verluste\w*|"
                            r"soldaten|truppen|streitkräfte|armee|\w*gefangene\w*)\b", re.IGNORECASE)
_ON_SIDE = re.compile(r"\b(?:auf|on the)\s+([\w-]+)\s+(?:seite|side)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")   # a figure between, not a year ("losses since February 2022 at")
_OWN_LOSS_WORD = re.compile(r"casualties|losses|verluste\w*", re.IGNORECASE)
# a German verb of losing at the end of the number's clause
_LOST_AT_THE_END = re.compile(r"[^.;,:\d]{0,60}?\b(?:verloren|eingebüßt)\b", re.IGNORECASE)
_LOSING = re.compile(r"\b(?:lost|lose|loses|losing|suffered|verlor\w*|erlitt\w*|eingebüßt|büßte\w*)\b", re.IGNORECASE)


def _losing_country(text: str, lo: int, start: int, lexicon, end: int | None = None) -> str | None:
    """The country, other than North Korea, that a clause names as the one losing the soldiers it counts: "Russia had
    lost 1,500 soldiers", "Ukraine has lost 43,000 soldiers", "Russland verlor 2.000 Soldaten", and in a German perfect
    with the participle after the number ("Die ukrainische Armee hat in Kursk 1.500 Soldaten verloren")."""
    verb = _LOST_BEFORE.search(text, lo, start)
    if verb is None:
        return _perfect_loser(text, lo, start, lexicon) if end is not None and _LOST_AT_THE_END.match(text, end) else None
    inverted = _INVERTED_SUBJECT.match(text, verb.start() + len(verb.group(1)))
    country = (lexicon.country_pattern.match(text, inverted.end()) or lexicon.demonym_pattern.match(text, inverted.end())) \
        if inverted is not None else None
    if country is not None:                        # "Bei den Kämpfen um Kursk verloren die Nordkoreaner ... 5.000 Mann": the
        country = country.lastgroup[2:]            # subject after its verb (German verb-second) loses them
        return None if country == OWN_COUNTRY else country
    # (the subject before an aside that names another: "Russia, by Ukrainian counts, has lost")
    named = [m for m in lexicon.country_pattern.finditer(text, lo, verb.start())
             if _SUBJECT_GAP.fullmatch(text, m.end(), verb.start()) or _SAYS_IT_LOST.fullmatch(text, m.end(), verb.start())
             # (an adjective with its army as the subject: "Die russische Armee verliere an manchen Tagen 1.500 Mann")
             or _ARMY_SUBJECT_GAP.fullmatch(text, m.end(), verb.start())][-1:]
    # (or its people by their demonym: "Die Russen verloren am selben Frontabschnitt rund 1.200 Mann")
    people = [m for m in lexicon.demonym_pattern.finditer(text, lo, verb.start())
              if _SUBJECT_GAP.fullmatch(text, m.end(), verb.start())][-1:]
    if people and (not named or people[0].start() > named[0].start()):
        country = people[0].lastgroup[2:]
        return None if country == OWN_COUNTRY else country
    if not named or (ADJECTIVE.fullmatch(named[0].group(0)) and
                     not _ARMY_SUBJECT_GAP.fullmatch(text, named[0].end(), verb.start())):
        return None                                # ("Ukrainian forces killed": an adjective is the noun's, read above)
    before = _WORD_BEFORE.search(text, max(lo, named[0].start() - 12), named[0].start())
    if before is not None and before.group(1).lower() in lexicon.place_prepositions:
        return None                                # "the North Korean troops in Kursk had lost 1,000": a place
    country = named[0].lastgroup[2:]
    return None if country == OWN_COUNTRY else country


def _loser_or_holder(text: str, span: tuple[int, int, int], noun_class: str, lexicon) -> str | None:
    """The country whose own soldiers a clause counts by its verb: the one losing them ("Russia had lost 1,500
    soldiers a day") or holding them ("The U.S. has about 28,500 troops in South Korea")."""
    lo, start, end = span
    loser = _losing_country(text, lo, start, lexicon, end) if noun_class in ("troops", "people", "casualty") else None
    if loser is not None or noun_class not in ("troops", "people") or _PART_FOLLOWS.match(text, end):
        return loser                               # (a force with a part named after it may be a mixed one: claims.py)
    return _holding_country(text, lo, start, lexicon)


_PART_FOLLOWS = re.compile(r"[^.;:]{0,60}?\b(?:including|among them|darunter|unter ihnen|einschließlich)\b", re.IGNORECASE)


# a verb of holding right before the number (an approximation between): "has about 28,500 troops", "unterhält rund"
# (never a German auxiliary: "Russland hat rund 50.000 Soldaten zusammengezogen" is a perfect)
# (or of recruiting, its own army's: "The Kremlin has recruited about 30,000 people a month", "Russland rekrutiert")
_HOLDS_BEFORE = re.compile(r"\s(?:has|have|had|keeps|kept|maintains|maintained|stations|fields|fielded|unterhält|"
                           r"unterhielt|stationiert|(?:(?:has|have|had)\s+)?(?:recruit(?:s|ed)|mobili[sz](?:es|ed)|"
                           r"enlist(?:s|ed))|rekrutiert\w*|mobilisiert\w*|(?:wirbt|warb)\s+(?:\w+\s+)?)\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|rund|"
                           r"etwa|knapp|mehr als|über|circa)\s+)?$", re.IGNORECASE)


def _holding_country(text: str, lo: int, start: int, lexicon) -> str | None:
    """The country, other than North Korea, that holds the soldiers a clause counts: "The U.S. has about 28,500 troops
    stationed in South Korea", "Russland unterhält rund 50.000 Soldaten in der Region": its name (not an adjective)
    right before the verb of holding."""
    verb = _HOLDS_BEFORE.search(text, lo, start)
    if verb is None:
        return None
    named = [m for m in lexicon.country_pattern.finditer(text, lo, verb.end()) if m.end() == verb.start()][-1:]
    if not named or named[0].group(0)[0].islower() or lexicon.demonym_pattern.fullmatch(named[0].group(0)):
        return None                                # ("Russian", "russische": an adjective, the noun's; read above)
    country = named[0].lastgroup[2:]
    return None if country == OWN_COUNTRY else country


def _perfect_loser(text: str, lo: int, start: int, lexicon) -> str | None:
    """The subject of "hat ... verloren": a country's name or its adjective with its army, right before the auxiliary."""
    named = [m for m in lexicon.country_pattern.finditer(text, lo, start)
             if (_ARMY_AUXILIARY.match(text, m.end()) and _SUBJECT_OPENS.search(text, max(0, m.start() - 12), m.start()))
             # (the subject after its auxiliary when the clause opens with something else: "Nach Angaben aus Kiew hat
             # Russland binnen 24 Stunden 1.480 Soldaten verloren", "hat die ukrainische Armee ... verloren")
             or (_AUXILIARY_BEFORE.search(text, max(0, m.start() - 16), m.start())
                 and (not ADJECTIVE.fullmatch(m.group(0)) or _ARMY_NOUN.match(text, m.end())))][-1:]
    if not named:
        return None
    country = named[0].lastgroup[2:]
    return None if country == OWN_COUNTRY else country


# a German subject's auxiliary after its country, with the army noun an adjective takes: "Die Ukraine | hat",
# "Die ukrainische | Armee hat" (and an adverb between: "Russland selbst habe ... verloren")
_ARMY_AUXILIARY = re.compile(r"(?:\s+(?:armee|streitkräfte|truppen|seite|militär))?(?:\s+(?:selbst|seinerseits|ihrerseits|"
                             r"bereits|inzwischen|bislang|nun|insgesamt))?\s+(?:hat|haben|hatte|hatten|habe)\b",
                             re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:hat|haben|hatte|hatten|habe)\s+(?:die\s+|der\s+)?$", re.IGNORECASE)
_ARMY_NOUN = re.compile(r"\s+(?:armee|streitkräfte|truppen|seite|militär)\b", re.IGNORECASE)
_SUBJECT_OPENS = re.compile(r"(?:(?:^|[.:;!?–—\n])\s*|\b(?:die|der|das)\s+)$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# a verb of losing right before the number (past what qualifies it): "had lost (more than) 1,500", "verlor rund 2.000"
# (a separable "einbüßen" too: "Russland selbst büße im Schnitt täglich 1.200 Soldaten ein")
_LOST_BEFORE = compile_prefiltered(sharp_s_or_ss(r"\b(lost|loses|losing|suffered|suffers|suffering|verlor|verloren|verliert|verliere|verlieren|"
                                                 r"verlöre|büß(?:t|e|te|ten|en)|erlitt|erlitten|erleidet)\s+"
                                                 r"(?:[\w-]+\s+){0,7}$"), re.IGNORECASE)   # (past "nach britischen Schätzungen an manchen Tagen")
# a definite subject right after its verb: "verloren die (nordkoreanischen) Nordkoreaner"
_INVERTED_SUBJECT = re.compile(r"\s+(?:die|der|das|den)\s+", re.IGNORECASE)
# between a country that is a clause's subject and its verb: an auxiliary, an adverb ("has now", "had reportedly")
# (or a progressive's "was", and an aside set off by commas: "Russia, by Ukrainian counts, has lost", "Russia was losing")
_SUBJECT_GAP = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:(?:has|have|had|hat|habe|haben|hatte|hätten|already|now|reportedly|bereits|"
                          r"inzwischen|nun|täglich|so far|bislang|was|were|is|are|itself|selbst|also|auch|still|noch|"
                          r"currently|derzeit|weiterhin)\s+){0,3}", re.IGNORECASE)
# an army noun after a country's adjective, then what may stand before its verb: "russische| Armee |verliere"
_ARMY_SUBJECT_GAP = re.compile(r"\s+(?:armee|streitkräfte|truppen|militär|army|forces|military)" + _SUBJECT_GAP.pattern,
                               re.IGNORECASE)
# the country says of itself that it lost them: "Ukraine says it has lost 43,000 soldiers", "Moskau räumte ein, es verlor"
_SAYS_IT_LOST = re.compile(r"\s+(?:says|said|admits|admitted|acknowledges|acknowledged|concedes|conceded|sagt|sagte|"
                           r"räumt\w*\s+ein|gibt\s+an|gab\s+an)(?:\s+that)?,?\s+(?:it|es|sie)\b" + _SUBJECT_GAP.pattern,
                           re.IGNORECASE)


def _own_adjective_before_noun(text: str, noun: str, lo: int, hi: int, lexicon) -> bool:
    """Whether the counted noun, standing before the number, carries North Korea's adjective ("der nordkoreanischen
    Soldaten"), so that a side or a country named after it is where they fight, not who they are."""
    return _adjective_before_noun(text, noun, lo, hi, lexicon) == OWN_COUNTRY


def _adjective_before_noun(text: str, noun: str, lo: int, hi: int, lexicon) -> str | None:
    """The country of the nationality adjective right before the counted noun that stands before the number ("die Zahl
    der gefallenen ukrainischen Soldaten ... mit mehr als 46.000"), else None."""
    at = text.rfind(noun, lo, hi)
    if at < 0:
        return None
    found = [m for m in lexicon.country_pattern.finditer(text, max(0, at - 40), at)][-1:]
    if not found or _ADJACENT_NOUN.fullmatch(text, found[0].end(), at) is None:
        return None
    # (another country's only inside "the number of": the noun the figure counts, never who estimates it, "Die Gesamtzahl
    # der Gefallenen schätzen ukrainische Offiziere auf 1.100")
    own = found[0].lastgroup[2:] == OWN_COUNTRY
    # (or a noun phrase fronted before its verb: "Russische Kriegsgefangene hält die Ukraine mehr als 6.000")
    return found[0].lastgroup[2:] if own or (ADJECTIVE.fullmatch(found[0].group(0)) and (_NUMBER_OF.search(
        text, max(0, found[0].start() - NUMBER_OF_REACH), found[0].start()) or _OPENS_ITS_SENTENCE.search(
        text, max(0, found[0].start() - 4), found[0].start()))) else None


# the head of "the number of ...", before the noun it counts ("die Zahl der seit 2022 gefallenen ukrainischen Soldaten")
# (no noun between, no capitalised word: "Die Gesamtzahl der Gefallenen schätzen ukrainische Offiziere" is not theirs)
_NUMBER_OF = re.compile(r"\b(?:zahl|gesamtzahl|anzahl|number|total|toll)\s+(?:der|des|of)\s+(?:the\s+)?(?-i:[^,;.:!?A-ZÄÖÜ]*)$",
                        re.IGNORECASE)
NUMBER_OF_REACH = 50
_OPENS_ITS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def _country_adjective(text: str, lo: int, at: int, lexicon) -> str | None:
    """The country of a nationality adjective right before ``at`` (one word may stand between), if not North Korea."""
    found = list(lexicon.country_pattern.finditer(text, lo, at))
    countries = {m.lastgroup[2:] for m in found}
    # the adjective right before the noun, at most one word between ("russische Elite-Soldaten"); a name
    # further off ("two, Kyiv's headquarters for prisoners") is a claimer or a place, not the noun's country
    last = found[-1] if found else None
    if last is None or OWN_COUNTRY in countries or not _ADJACENT_NOUN.fullmatch(text, last.end(), at) or \
            not ADJECTIVE.fullmatch(last.group(0)):
        return None
    return last.lastgroup[2:]


# between a country's name and the noun it owns: "Russia|'s own |losses", "Russland|s |Verluste"
_OWNS = re.compile(r"(['’]s|s)?\s+(?:own\s+|eigene\w*\s+)?")
_ADJACENT_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?")
# the force a counted noun is among, right after it: "pilots were among the Russian troops", "waren unter den russischen"
_AMONG_A_FORCE = re.compile(r"\s+(?:were|are|was|is|waren|sind|seien|wären)?\s*(?:among|unter)\s+(?:the|den)\s+([\w-]+)\s",
                            re.IGNORECASE)
_AMONG_A_FORCE_BEFORE = re.compile(r"\b(?:among|unter)\s+(?:the|den)\s+([\w-]+)\s+[\w-]+\s+(?:were|are|was|is|waren|sind|seien|"
                                   r"wären)\s+(?:(?:about|some|around|roughly|nearly|more than|etwa|rund|gut|knapp|mehr als|"
                                   r"über)\s+)?$", re.IGNORECASE)
# the word after a participle that stands for the counted noun, before a capitalised head: "verwundete |russische| Soldaten"
_ADJECTIVE_AFTER = re.compile(r"\s+([\w-]+)\s+(?-i:[A-ZÄÖÜ])")
# the first word after a number, past one lowercase adjective ("27 zerstörte russische Fahrzeuge", "14 destroyed Russian
# tanks")
_FIRST_WORD = re.compile(r"\s+(?:(?-i:[a-zäöü][\w-]*(?:te|ten|ed|ene|enen))\s+)?([\w-]+)\s")
# an adjective of nationality, not a name or a region ("russische", "Russian", "Ukrainian"; not "Kursk", "Kyiv")
# (a country's initials stand before a noun as its adjective: "28,500 U.S. troops", "UK forces"; a compass word before
# it too: "138,000 South Korean troops")
ADJECTIVE = re.compile(r"[a-zäöü][\w-]*|(?:(?:South|North|East|West)\s)?[A-Z][\w-]*(?:ian|ish|ese|an|ic)|[A-ZÄÖÜ][\w-]*isch(?:e[nmrs]?)?|"   # ("Ukrainische"
                        r"[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,3}")                                                 # opening a sentence)
