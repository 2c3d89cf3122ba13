"""The patterns and limits the attribution reads with (:mod:`analysis.extract.attribution`, its scope
across sentences in :mod:`analysis.extract.scope` and its anaphora in :mod:`analysis.extract.anaphora`):
one place for every regular expression of the grammar, compiled once at import."""

from __future__ import annotations

import re

from ..prefilter import compile_prefiltered
from ..text import TICKER_TIME
from ..vocabulary.base import sharp_s_or_ss

SCOPES = ("sentence", "next", "previous", "paragraph")
SENDING_COUNTRY = "kp"   # the country whose soldiers are counted: an actor of the figures, never their claimer by default
# the people a phrase ends in ("North Korean forces", "die nordkoreanischen Einheiten"): what is counted when they are
# the sending country's, never who speaks (its army speaks as "the army", "the Korean People's Army", or through KCNA)
TROOPS_HEAD = re.compile(r"(?:soldiers|troops|forces|fighters|units|contingent|soldaten|truppen|kämpfer|einheiten|"
                         r"streitkräfte|kontingent)", re.IGNORECASE)


def sending_troops(text: str, start: int, end: int, country: str | None) -> bool:
    """Whether the phrase ``text[start:end]`` names the sending country's troops (see :data:`TROOPS_HEAD`)."""
    words = text[start:end].split()
    return country == SENDING_COUNTRY and bool(words) and TROOPS_HEAD.fullmatch(words[-1]) is not None


# ";", ":", a dash, or a comma before a contrast: read over the whole text, so written to open with one
# case-sensitive class (the regex engine then skips to those characters in one step)
_CLAUSE_BREAK = re.compile(r"[;:–—,](?:(?<=,)\s*(?i:während|wohingegen|aber|doch|dagegen|while|whereas|but|although|obwohl)\b"
                           r"|(?<!,))")
_COMMA = re.compile(r",")
ADJACENT = 4
TAIL = 80            # characters before a cue read for what ends there (an aside, a passive, "and")
SUBJECT_TOKENS = 4   # an unlinked claimer this close to its sentence's start is its subject
LOOKBACK = 40        # sentences an anaphor may point back over
MAX_DEPTH = 100      # nested reading of earlier sentences (a chain of anaphors), bounded for the stack
# characters a sentence's claimers may reach past it: a country adjective joined before a phrase ("U.S. and South Korean
# officials", up to 40 characters before it, twice where a German dative outlet splits a phrase) and a closing bracket
# after an abbreviation ("(NIS)", a character, twice)
CLAIMER_SPILL = 100


NEUTER = frozenset({"it", "its"})
# an English passive before a verb of saying ("were reported", "cannot be independently verified")
# (past adverbs between: "is also believed", "was widely reported", "are not thought")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|was|were|are)\s+(?:(?:[a-z]+ly|also|still|now|even|not|further|already|long|"
                      r"often|thus|since)\s+){0,2}$")
# a gapped clause: a subject, a preposition and the figure ("..., Südkorea von mindestens 3.000")
_GAPPED = re.compile(r"\s*(?:und\s+|and\s+)?([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})\s+(?:von|of|auf|at)\s+"
                     r"(?:[^\W\d_]+\s+){0,2}[\"„“”»«‚‘']?")   # (a quoted figure: 'Washington von "mehreren Hundert"')
# where a clause opens, for a verb's subject: a comma, colon or semicolon, or a complementiser
# a contrast that opens a clause of another claimer: an outlet on one side relays nothing on the other ("Syrskyi said
# ... 4,000 casualties, while Western officials speaking to the BBC put the figure at 4,000")
CONTRAST_BETWEEN = re.compile(r",\s*(?:while|whereas|während|wohingegen)\b", re.IGNORECASE)
_CLAUSE_OPENER = compile_prefiltered(r"[,;:]\s*|\b(?:that|dass|and|und|but|aber|while|während)\s+", re.IGNORECASE)
# the end of an aside before a verb, an auxiliary aside ("The White House, by contrast, has spoken of")
_AFTER_ASIDE = re.compile(r",\s*(?:(?:has|have|had|is|was|were|are|will|would|hat|hatte|haben|hatten)\s+)?$")
# a headline or ticker line that opens with its source and a colon (up to eight words before it)
# (a transcript's speaker may carry a timestamp: "Sabrina Singh (15:23):")
_HEADLINE_COLON = re.compile(r"\s*(?:(?:[^\s:]|:(?=\S))+[^\S\n]+){0,7}[^\s:\d]+(?:[^\S\n]*\(\d{1,2}:\d{2}(?::\d{2})?\))?:(?=\s)")
# a ticker item's time stamp before its colon ("07:15 Uhr:", "10.05 GMT:"): when, not who
_TIME_LABEL = re.compile(r"\s*" + TICKER_TIME)
_TIMESTAMP = re.compile(r"\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\))?\s*")
# a negation in the verb's own clause ("have not officially confirmed"); not one in a clause before it ("who asked
# not to be named told")
# German V2: the negation closes the clause after the verb ("Zahlen nannte das Staatsfernsehen nicht.")
# (or "not on" what it is about: "äußerte sich nicht zu Berichten, wonach ...")
# English: nothing said, no figure given right after the verb ("Pyongyang has said nothing", "gave no casualty figures")
_NEGATED_AFTER = {
    "de": re.compile(r"[^,.;:!?\d]{0,50}?\b(?:nicht|nie|niemals)\s*(?:[.,;:!?]|$|(?:zu|zum|zur|über|dazu)\b)", re.IGNORECASE),
    "en": re.compile(r"\s+(?:nothing|no\s+(?:[\w-]+\s+){0,2}?(?:figures?|numbers?|estimates?|details?|count|tally|comment))\b",
                     re.IGNORECASE)}
_NEGATED = compile_prefiltered(r"\bwhatever\s+(?:[\w'’-]+\s+){0,3}$|"   # "Whatever the Kremlin says": no one's figure
                      # "The Pentagon declined to confirm a report that ...": a refusal is a denial
                      r"\b(?:declined|declines|decline|declining|refused|refuses|refuse|refusing)\s+to\s+$|"
                      r"\b(?:not|n't|never|neither|nor|nicht|nie|niemals|weder)\s+"
                      r"(?:(?!to\b|be\b|been\b|who\b|which\b|that\b|named\b|identified\b|der\b|die\b|dass\b)[\w-]+\s+){0,3}$",
                      re.IGNORECASE)
# auxiliaries and adverbs between a subject and its verb ("South Korean intelligence has been reporting")
_AUXILIARIES = re.compile(r"\s+(?:(?:has|have|had|been|is|was|were|are|will|would|also|now|recently|previously|earlier|"
                          r"reportedly|repeatedly|already|hat|hatte|haben|hatten|ist|war|wird|auch|bereits|zuvor|nun|"
                          r"jetzt|inzwischen)\s+){1,3}", re.IGNORECASE)
_EPITHET = re.compile(r"(?:der|die|the)\s+(?:\d+-[Jj]ährigen?|\d+-year-old|[A-ZÄÖÜ][a-zäöüß]+(?:länder|aner|äner))")
_REPORT_NOUN = re.compile(r"reports|claims|berichte|behauptungen", re.IGNORECASE)
# "By most accounts"; "In sozialen Netzwerken kursiert die Behauptung": accounts or a crowd no one is named for, whose
# words are the claimer
_UNNAMED_ACCOUNTS = re.compile(r"by \w+ (?:accounts|estimates|counts|reckonings)|(?:in|auf) (?:den )?(?:sozialen (?:netzwerken|medien)|"
                          r"telegram(?:-kanälen)?)", re.IGNORECASE)
_THAT = re.compile(r",?\s+(?:that|of|wonach|dass)\b", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\b(?:familiar with|briefed on|aware of|close to|vertraut mit)\s+$", re.IGNORECASE)
_POSSESSIVE_OWN = re.compile(r"\b(its|their|his|her)\s+own\s+$", re.IGNORECASE)
_GENERIC_SUBJECT = re.compile(
    r"(?:^|[,;:–—\"“”]\s*)((?:(?:media|news|press|local|some|several|other|unconfirmed|lokale|[A-ZÄÖÜ][\w-]+|[a-zäöü][a-zäöüß-]+)\s+){0,2}"
    r"(?i:reports|experts|analysts|sources|observers|insiders|estimates|figures|data|statistics|medienberichte|berichte|"
    r"experten|analysten|beobachter|quellen|insider|schätzungen|zahlen|statistiken))\s+"
    r"(?:have\s+|had\s+|has\s+|haben\s+|hatten\s+)?$")
_GENERIC_AFTER = re.compile(
    r"\s+((?:(?:media|news|press|local|some|several|other|western|unconfirmed|westliche|russische|lokale)\s+)?"
    r"(?:reports|experts|analysts|sources|observers|insiders|medienberichte|berichte|experten|analysten|beobachter|"
    r"quellen|insider))\b", re.IGNORECASE)
# a lowercase word (a verb or preposition, not "and") right before a place: "sent to help | Russia"
_AFTER_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])(?!(?:and|und|or|oder)\b)(?-i:[a-zäöüß]+)\s+$")
_THE_COUNTRYS = re.compile(r"\b(?:the (?:country|nation)['’]s|des landes|seines landes|ihres landes)\b", re.IGNORECASE)
_OF_THE_COUNTRY = re.compile(r"\s+(?:des landes|of the country|seines landes|ihres landes)\b", re.IGNORECASE)
# a meeting is where someone spoke, never who: "nach einer Besprechung des Geheimdienstausschusses"
_MEETING_HEAD = re.compile(r"(?:(?:nach|after|following|bei|in|at)\s+)?(?:(?:eine[rnms]?|die|der|den|dem|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:besprechung|sitzung|"
                           r"treffen|unterredung|anhörung|briefing|session|meeting|hearing)\b", re.IGNORECASE)
_MEETING = re.compile(r"treffen|gespräch|sitzung|unterredung|anhörung|session|meeting|hearing", re.IGNORECASE)
# an impersonal clause opened by a place: "In Südkorea wird ... geschätzt", "In Kiew heißt es", "In Seoul geht man
# von ... aus", "In Seoul, it is estimated": the place's government speaks
# a phrase that names a figure ("die Zahl der Granaten", "the number of troops"): what is counted, never a claimer
_FIGURE_NOUN = re.compile(r"(?:Gesamt)?(?:zahl|anzahl)|höhe|number|figure|total|toll|tally|count", re.IGNORECASE)
_FIGURE_HEAD = re.compile(r"(?:(?:die|der|the|this|that|diese)\s+)?(?:\w+\s+)?(?:(?:Gesamt)?(?:zahl|anzahl)|höhe|number|figure|"
                          r"total|toll|tally|count)\b", re.IGNORECASE)
# (the claimer grown over the genitive's article, or nouns between: "die Zahl | der Soldaten Pjöngjangs", "the number of
# North Korean troops"; never a verb: "Die Zahl der Gefallenen beziffern | die Briten")
_IN_FIGURE_PHRASE = re.compile(r"\b(?:die|der|the)\s+(?:Gesamt)?(?:zahl|anzahl|number)\s+"
                               r"(?:(?:der|des|an|von|of)\s+(?-i:[A-ZÄÖÜ][\w-]*\s+){0,2})?$", re.IGNORECASE)
# "rund 1000 Entminungsexperten", "some 500 military bloggers": what a figure of a hundred or more counts, not who
# speaks ("two US officials said" does speak)
# (or where the counted come from: "5.000 Soldaten aus Baubrigaden", "1,000 troops from special forces units")
_COUNTED_BY_FIGURE = re.compile(r"(?<![\d.,’'])\d{1,3}(?:[.,’' ]?\d{3})*\s+(?:(?-i:[a-zäöüß]+(?:e|en|er|es|em))\s+|"
                                r"[^\W\d_][\w-]*\s+(?:aus|von|from|of)\s+)?$")   # (its noun right before "aus", no verb)
# "die staatliche Nachrichtenagentur", "the agency": an outlet described, not named
_DEFINITE_OUTLET = re.compile(r"(?:die|der|das|dem|den|the)\s+(?:[a-zäöüß]\w*\s+)?\w+$", re.IGNORECASE)
_PLACE_OPENING = re.compile(r"\s*(?:in|im|aus)\s+", re.IGNORECASE)
# an origin the vocabulary cannot place, before an impersonal verb: "Aus dem Sicherheitsapparat in Seoul hieß es"
_DESCRIBED_ORIGIN = re.compile(r"((?:(?:dem|der|den)\s+)?[A-ZÄÖÜ][\w-]+(?:\s+(?:in|aus)\s+[A-ZÄÖÜ][\w-]+)?)\s*$")
# a German passive: its auxiliary, then a participle cue at the clause end ("wird in Moskau mit 1.000 beziffert"); the
# agent, if any, after "von"/"vom"/"durch"; a place after "in"
_PASSIVE_AUX = re.compile(r"\b(?:wird|werden|wurde|wurden)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:ge)?[a-zäöüß]+(?:iert|ert|t)|angegeben|genannt", re.IGNORECASE)
_AGENT = re.compile(r"\b(?:von|vom|durch)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_IN_PLACE = re.compile(r"\b(?:in|aus)\s+$", re.IGNORECASE)
_NOUN_BEFORE_PLACE = re.compile(r"(?<=\s)(?-i:[A-ZÄÖÜ])[\w-]*\s+(?:in|aus)\s+$", re.IGNORECASE)
_IMPERSONAL = re.compile(sharp_s_or_ss(r"\b(?:wird|werden|wurde|wurden|heißt es|hieß es|man|it is|it was|it has been)\b"),
                         re.IGNORECASE)
# "hieß es": "es" is the subject, so a claimer before it stands in a phrase of place or origin ("In Kiew hieß es",
# "Aus dem Pentagon hieß es"), never a noun phrase of its own ("seien auch mehrere Offiziere, hieß es")
_IMPERSONAL_CUE = re.compile(sharp_s_or_ss(r"(?:hieß|heißt)\s+es\b"), re.IGNORECASE)
_ORIGIN_BEFORE = re.compile(r"\b(?:in|im|aus|von|vom|bei|beim|seitens)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"\s+(?:(?:inzwischen|mittlerweile|nun|jetzt|weiterhin|derzeit|aktuell|auch|offenbar|"
                           r"demnach|bislang|bisher|mehr|schon|bereits|noch|sogar|ebenfalls|zumindest|jedenfalls|allerdings)\s+){0,3}",
                           re.IGNORECASE)
# a document before its owner, the inverted subject of a verb ("Davon geht eine Bewertung des ukrainischen Geheimdienstes
# aus"): the owner speaks through it
_DOCUMENT_BEFORE_OWNER = re.compile(r"(?:(?:eine?|einer|der|die|das)\s+)?(?:[\w-]+\s+)?(?:\w*bewertung|\w*einschätzung|analyse|"
                                    r"\w*bericht|\w*papier|studie|schätzung|prognose|dokument|auswertung|lagebild)\s+",
                                    re.IGNORECASE)
# a generic claimer that names a document, not a body ("the report", "die Einschätzung"): nothing without an antecedent
_DOCUMENT_HEAD = re.compile(r"(?:report|estimate|update|figures|assessment|einschätzung|initiative)$", re.IGNORECASE)
# a clause break between a cue and a claimer (a relative clause goes on: "so die Prognose, die der Dienst vorlegte")
_COMMA_OR_STOP = re.compile(r"[;:.!?]|,(?!\s*(?:die|der|das|den|dem|which|that|who|whom)\b)")
_RELAY_GAP = re.compile(r"[^\S\n]+(?:[\w’'\x22„“”»«-]+[^\S\n]+){0,3}"     # up to three words (a quoted name too: 'zitierte die
                        # "FAZ" einen Diplomaten') between a relay and its object,
                        # or those who pass it on: "quoting a person familiar with Kyiv’s intelligence"
                        r"|[^\S\n]+(?:[\w’'-]+[^\S\n]+){1,3}?(?:familiar with|briefed on|with knowledge of|close to|"
                        r"aware of)[^\S\n]+(?:the[^\S\n]+)?")
_FINITE_AFTER = re.compile(r"(?:\s+(?:of|in|from)\s+[^,.;:]{0,30}?)?\s+(?:had|has|have|was|were|is|are|would|will|could|may|"
                           r"might|lost|sent|suffered)\b")   # (", said his battalion of about 500 had spent")
# (or a past participle with its object: "The NIS assessment, presented to parliament's intelligence committee, puts")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|der|die|das|welcher|welche|(?-i:[a-z]+ing)|(?-i:[a-z]{3,}ed)\s+(?:to|by|on|at|in|for))\b"
                             r"[^,;:.]{1,80},\s*$")
# (or the document it issued: "The Pentagon briefing, delivered to ..., puts")
_PREPOSITIONAL_TAIL = re.compile(r"(?:\s*\([A-Za-z0-9-]{2,12}\))?"   # its acronym: "Das Institut für ... (INSS) in Seoul, das ..."
                                 r"(?:\s+(?:briefing|assessment|report|estimate|update|analysis|study|bericht|analyse|"
                                 r"einschätzung|lagebericht))?"
                                 r"(?:\s+(?:at|of|to|for|in|bei|in|für)\s+(?:the\s+|der\s+|den\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2})?\s*")
# what is relied on or relayed, never who: "relaying the briefing", "beruft sich auf abgefangenen Funkverkehr"
_DOCUMENT_OBJECT = re.compile(r"(?:briefing|report|assessment|figures?|information|data|findings|tally|estimate|"
                              r"unterrichtung|bericht|angaben|zahlen|einschätzung|funkverkehr|satellit\w*|aufnahmen|"
                              r"bilder[n]?|videos?|footage|imagery|intercepts?|dokument\w*|documents?|daten)\w*$",
                              re.IGNORECASE)
# a transcript's speaker label at a line's start: a name in capitals (a title before it, a role after a comma)
# (never a ticker's label: "LIVE:", "UPDATE:", "EILMELDUNG:")
# the titles a transcript puts before a speaker's name ("MR. PATEL:", "GEN. RYDER:")
SPEAKER_TITLES = r"MR|MS|MRS|DR|GEN|COL|ADM|SEN|REP"
_SPEAKER_LABEL = re.compile(r"^[^\S\n]*(?!(?:LIVE|UPDATE|UPDATED|BREAKING|EILMELDUNG|EIL|TICKER|LIVETICKER|LIVEBLOG|WATCH|"
                            r"ANALYSIS|ANALYSE|KOMMENTAR|OPINION|EXCLUSIVE|EXKLUSIV)\b)"
                            r"((?:(?:" + SPEAKER_TITLES + r")\.[^\S\n]+)?[A-ZÄÖÜ][A-ZÄÖÜ’'-]*"
                            r"(?:[^\S\n]+[A-ZÄÖÜ][A-ZÄÖÜ’'.-]+){0,3})(?:,[^\n:]{1,80})?"
                            # (a time stamp or an affiliation in parentheses: "DR MIRA LANGE (King's College London):")
                            r"(?:[^\S\n]*\((?:\d{1,2}:\d{2}(?::\d{2})?|[^()\n:]{1,80})\))?:[^\S\n]", re.MULTILINE)
# (or one inside a line, after a sentence's end, with its title: "... 1:14 p.m. – Matthew Miller. MR MILLER: We have seen")
_INLINE_SPEAKER_LABEL = re.compile(r"(?<=[.!?”\"])[^\S\n]+((?:" + SPEAKER_TITLES + r"|AMB)\.?[^\S\n]+[A-ZÄÖÜ][A-ZÄÖÜ’'-]+)"
                                   r":[^\S\n]")
# an interview's answer labelled with a name in ordinary case, on the line after a question ("Frage: Wie viele ...?\n
# Korea-Expertin Hanna Berger (Universität Tübingen): ..."): a speaker label as well
# (or on the question's line: "Frage: Herr Brandauer, wie viele ...? Brandauer: ...", "Q: ...? A (Kim Ji-won, a researcher
# at the Asan Institute): ...": one name or more, a role in parentheses)
_ANSWER_LABEL = re.compile(r"(?<=\?)[^\S\n]*\n?[^\S\n]*((?-i:[A-ZÄÖÜ])[\w.’'-]*(?:[^\S\n]+(?-i:[A-ZÄÖÜ])[\w.’'-]*){0,4})"
                           r"(?:[^\S\n]*\(([^)\n]{1,80})\))?:[^\S\n]")
# an answer's label that names no one ("A:", "Antwort:"): the interviewee the heading names speaks
ANSWERERS = frozenset({"A", "ANTWORT", "ANSWER"})
# the questions and a Q&A piece's own answers ("Q: How many? A: ...") are no one's claim
_QUESTIONERS = frozenset({"Q", "A", "F", "FRAGE", "ANTWORT", "INTERVIEWER", "INTERVIEWERIN", "REPORTER", "MODERATOR",
                          "MODERATORIN", "HOST", "ANCHOR", "QUESTION", "ANSWER"})
SPEAKER_TURN = 2000   # characters a speaker's turn may run before a label is no longer read as its speaker
# a report noun right before "zufolge" ("Berichten zufolge", "südkoreanischen Angaben zufolge"; a country's adjective
# capitalised at a sentence start: "Ukrainischen Schätzungen zufolge"; never a demonstrative: "Diesen Angaben zufolge"
# points back)
_GENERIC_BEFORE_AFTER_CUE = re.compile(r"((?:(?<![\w-])(?!(?:diesen|jenen|solchen|ihren|seinen|deren|dessen|den|dem|der|des|die)\s)(?:(?-i:[a-zäöüß])[\w-]*|(?-i:[A-ZÄÖÜ])[\w-]*(?:isch|lich))(?:en|er|em|es)\s+)?(?:[A-ZÄÖÜ][\w-]*)?(?:berichte[n]?|angaben|schätzungen|"
                                       r"informationen|meldungen|quellen|insidern|beobachtern|experten|analysten|"
                                       r"erkenntnissen|darstellungen)),?\s*$", re.IGNORECASE)
_MEDIA_REPORTS = re.compile(r"medien|berichten|meldungen|quellen|insidern", re.IGNORECASE)
CREDIT_REACH = 32    # characters at a line's end read for an agency credit
_CREDIT = re.compile(r"\(([A-Za-z][\w .-]{1,24})\)[^\S\n]*$")   # "(dpa)", "(AFP)" closing a line
_COMPLEMENTIZER = re.compile(r"(?:,\s*|\s)(?:dass|daß|that|wonach|ob)\b", re.IGNORECASE)
# a German clause opened by an adverbial, its finite verb, then the subject ("In seiner Ansprache ging der Präsident")
_V2_SUBJECT = re.compile(r"\s*[A-ZÄÖÜ][^\s,.;:]*(?:\s+[^\s,.;:]+){0,7}?\s+[a-zäöüß]+\s+")
_WE = re.compile(r"(?:^|[\s“\"„‘'])(?:we|wir|i|ich)\s+$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:unser(?:e|er|en|em|es)?|mein(?:e|er|en|em)?|our|my)\b", re.IGNORECASE)
# "Laut einer Analyse", "according to a report": a placeholder, when the next sentence names who wrote it
# (after its preposition and with its addressee: "In einem Bericht an das Parlament ist von ... die Rede")
_PLACEHOLDER = re.compile(r"(?:(?:in|im|laut|nach)\s+)?(?:einer?|einem|a|an)\s+(?:[\w-]+\s+){0,2}(?:analyse|studie|bericht|"
                          r"untersuchung|auswertung|unterrichtung|papier|dokument|mitteilung|schreiben|vorlage|"
                          r"report|analysis|study|assessment|paper|briefing|document|statement)\w*\b"
                          r"(?:\s+(?:an|für|to|for)\s+(?:das|den|die|the)\s+[\w-]+)?", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_PREFIX = re.compile(r"\b([A-Z]{2,6})-\w")
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "the", "ein", "eine", "einer", "a", "an"})
_DEFINITE = frozenset({"der", "die", "das", "the"})
_DEFINITE_ANY_CASE = frozenset({"der", "die", "das", "des", "dem", "den", "the"})
# A wire dateline opening a paragraph: "SEOUL, South Korea (AP) —", "Kiew (dpa) -", "Berlin/Seoul –".
# Its places say where the story was filed, never who claims; the agency in parentheses is an outlet.
_DATELINE = re.compile(r"\s*[A-ZÄÖÜ][\w.'-]*(?:[ /][A-ZÄÖÜ][\w.'-]*){0,2}(?:,[^\S\n]*[A-ZÄÖÜ][\w.'-]*(?: [A-ZÄÖÜ][\w.'-]*)?)?"
                       r"(?:,[^\S\n]*[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}|,[^\S\n]*\d{1,2}\.[^\S\n]*[A-ZÄÖÜ][a-zäöü]{2,8}\.?"   # ", Jan 9"
                       r"(?:[^\S\n]+\d{4})?)?"                     # ", 14. Januar (2025)"
                       r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+[–—-]{1,2}[^\S\n]")


# who does not comment on, denies or rejects something is not its author: "did not comment on the report, which said",
# "äußerte sich nicht zu dem Bericht", "wies den Bericht zurück"
_REJECTS = re.compile(sharp_s_or_ss(r"\b(?:(?:did|does|do|would|could|has|have)\s*(?:not|n't)\s+(?:immediately\s+|yet\s+)?(?:comment|respond|"
                      r"confirm|reply)\w*|(?:declined|refused)\s+to\s+(?:comment|confirm)|denied|dismissed|rejected|disputed|"
                      r"(?:äußerte|äußerten|äußert)\s+sich\s+(?:zunächst\s+|bislang\s+)?nicht|dementierte\w*|"
                      r"bestritt\w*|wies\b[^.;!?]{0,60}?\bzurück)\b"), re.IGNORECASE)
# a verb of saying in a relative clause about a document its main clause's subject rejects: "X did not comment on the
# report, which said ...", "Der Kreml wies den Bericht zurück, der ... bezifferte" (the document's, not X's)
_REJECTED_DOCUMENT = re.compile(r",\s*(?:which|that|der|die|das|welche[rs]?)\b(?:[^,;.!?]|(?<=\d)[.,](?=\d)){0,80}$", re.IGNORECASE)


# "eigene Aufklärung", "its own intelligence": the subject's own, never a claimer of its own
_OWN = re.compile(r"(?:(?:its|their|his|her|seine?[nrms]?|ihre?[nrms]?)\s+)?(?:own|eigene?[nrms]?)\b", re.IGNORECASE)
_OWN_BEFORE = re.compile(r"\b(?:own|eigene?[nrms]?)\s+$", re.IGNORECASE)


def is_own(text: str, claimer) -> bool:
    """Whether a claimer phrase is its subject's own ("eigene Aufklärung", "citing its own intelligence")."""
    return bool(_OWN.match(text, claimer.start, claimer.end) or
                _OWN_BEFORE.search(text, max(0, claimer.start - 12), claimer.start))
# a relative clause of heading after a name: the body headed
HEADS_BODY = re.compile(r",\s+(?:(?:der|die)\s+([^,;.]{3,120}?)\s+(?:leitet|leitete|führt|führte|anführt|anführte|vorsteht|"
                         r"vorstand)\b|who\s+(?:heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired|oversees|"
                         r"commands|commanded)\s+([^,;.]{3,120}))")
