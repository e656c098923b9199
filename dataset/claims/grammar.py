"""Closed word classes and token patterns the claim rules read (English news prose)."""

from __future__ import annotations

import re

from dataset.claims.number_words import SCALE_WORDS, UNITS_WORDS, VAGUE
from dataset.text import datelines as dl


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Numbers ("1,100"), dotted abbreviations ("U.S."), words (with inner apostrophes/hyphens)
# or one symbol. A short capitalised word keeps its period when a name or a comma follows
# inside the sentence: a title or initial ("Mrs. Clinton", "James B. Comey", "Sen. Rubio")
# or a place abbreviation ("Allentown, Pa., said"), whose period ends no clause.
# Every alternative opens with a one-character class ("\d\d*", not "\d+"), which the
# regex engine tests before it enters the alternative: most tokens are words, and the
# number and the abbreviation alternatives are skipped at their first character.
TOKEN = re.compile(
    r"\d\d*(?:[.,]\d+)+|[A-Za-z]\.(?:[A-Za-z]\.)+|[A-Z][a-z]{0,4}\.(?=,|[ \t]+[A-Z])"
    r"|\w+(?:['’\-]\w+)*|[^\w\s]"
)
# A concessive after a comma or dash: ", though", " - even though", `," although`.
CONCESSIVE = r"[,—–-][\s\"“”]*(?:even\s+)?(?:though|although)"
# An adverb of time or sequence between a conjunction and the next report ("claimed the
# attack but later denied it", "and then officials said").
_SEQUENCE_ADVERB = (
    r"(?:\s+(?:later|then|also|subsequently|quickly|swiftly|immediately|again|since))?"
)
# A joining word left at the end of content cut before the next report.
TRAILING_CONJUNCTION = re.compile(
    r"(?:[\s,;]+(?:(?:and|but|or|while|whereas|as|because)"
    + _SEQUENCE_ADVERB
    + r")?|\s*"
    + CONCESSIVE
    + r")[\s,;]*$"
)
# Content that is only a joining word, perhaps with its adverb ("but also").
ONLY_JOINING = re.compile(r"\s*(?:and|but|or)" + _SEQUENCE_ADVERB + r"\s*")
# Text ending where a coordinated clause starts: a later report there is a sibling of the
# content ("A said X, and B said Y"), not part of it ("X said Y before Z announced W").
# A concessive clause after a comma or dash is one too ("X said A, though B said C").
COORDINATION = re.compile(
    r"(?:[,;:—–()]|\s-|\b(?:and|but|or|while|whereas|as)|" + CONCESSIVE + r")[\s\"“”]*$"
)
# The same, with an adverb of sequence after the conjunction ("but later denied"): a
# sibling only before a finite report ("and later urge them to …" may be an infinitive's).
SEQUENCED_COORDINATION = re.compile(r"\b(?:and|but|or)" + _SEQUENCE_ADVERB + r"\s*$")
# Punctuation that ends an object phrase after a nominal cue ("backing Bush, the former …").
PHRASE_BREAKS = frozenset([",", ";", "—", "–", "(", "-"])
# Participles of effect: "…, officials said, raising fears of a wider war" says what the
# reported event brings about, the writer's comment on it; and "…, she said,
# referencing …" names the speaker's own act.
EFFECT_PARTICIPLES = _words(
    "raising prompting sparking fuelling fueling triggering stoking deepening heightening "
    "escalating underscoring highlighting marking dealing casting dashing reviving renewing "
    "dampening easing resulting referencing referring echoing"
)
# Nouns in "-s" that are no plural head, but modify one ("state news agency").
SINGULAR_IN_S = _words("news series species")
ORDINALS = _words("first second third fourth fifth last other latter former")
# After a comma, words that open examples of the object before it ("…, including X").
ELABORATORS = _words("including like especially particularly notably")
# Words that open an adjunct after an object phrase ("thanked supporters at a rally",
# "endorsed Clinton during a call", "discuss the race before …"): the object ends there.
PHRASE_ADJUNCTS = _words(
    "at during before after when while since though although because until unless whereas "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight"
)
# Of those, the prepositions that attach to a verb inside the object once it has one
# ("defended his decision to withdraw from Afghanistan after 20 years of war").
INNER_ADJUNCTS = _words("at during before after since until")
# A dateline before a dash: "WASHINGTON (AP)", "MACAU (Reuters)", "PHILADELPHIA, July 29 (UPI)".
DATELINE = re.compile(rf"{dl.PLACE}(?:{dl.PLACE_QUALIFIER})?(?:{dl.AGENCY})?[^\S\n]*")
# The dateline with its dash and the space after it, before the story's first words.
DATELINE_LEAD = re.compile(rf"{dl.PLACE}{dl.AFTER_PLACE}\s*")
DATELINE_DASHES = frozenset(["—", "–", "-", "--"])
DATELINE_MARKS = frozenset([",", ".", "(", ")"])
# "Estimates have put the toll at …": a figure's source noun, spaces, maybe an auxiliary
# and spaces, then the verb that places the figure and a space. Read from the verb back
# (`figures.estimate_puts`): the verb is rarer than the letters a source can open with.
PUT_FORMS = _words("put puts placed places place")
ESTIMATE_VERB = re.compile("(?:" + "|".join(sorted(PUT_FORMS, key=len, reverse=True)) + r")\s")
# People who put a figure at a value ("Medical sources put the toll at 35"); they need a
# figure as the object (`PUT_FIGURES`).
PEOPLE_SOURCES = ("sources", "officials", "authorities", "medics")
ESTIMATE_SOURCES = (
    "estimate estimates figure figures count counts tally tallies projection projections "
    "calculation calculations poll polls"
).split() + list(PEOPLE_SOURCES)
SOURCE_NOUNS = tuple(ESTIMATE_SOURCES + [noun.capitalize() for noun in ESTIMATE_SOURCES])
# A place named after a figure's source ("Medical sources in Gaza put the toll at …"),
# ending where the verb's whitespace starts.
SOURCE_PLACE = re.compile(r"\s(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")
# What people "put at" a value when they state a figure ("officials put the toll at 35"),
# not "put pressure on X at …": the object's head, after its determiner and modifiers.
PUT_FIGURES = frozenset(
    "toll tally number figure count total casualties dead losses cost damage worth value".split()
)
# Anyone who puts a figure at a value states it ("Israel put the number at 253", "The
# ministry has put the death toll at 35"): after the verb (`ESTIMATE_VERB`), a figure
# noun among the first three words of its object.
FIGURE_OBJECT = re.compile(r"\s*(?:\S+\s+){0,2}?(?:" + "|".join(sorted(PUT_FIGURES)) + r")\b")
# Substrings every estimate's verb holds: most articles have neither, and skip the scan.
ESTIMATE_PUT_WORDS = ("put", "place")
# "Asked whether …, X said": a question put to the claimant, reported without a subject.
# (No leading \b: a pattern that opens with a literal is scanned for in C; the
# callers check the word boundary.)
ASKED = re.compile(r"[Aa]sked\b")
ASKED_WORDS = ("asked", "Asked")
# Words that open the question after "asked" (possibly after an adjunct or a by-agent).
QUESTION_OPENERS = _words("if whether what who whom why how where when which about")
# "In a CNN poll released Monday, CONTENT": the poll is the source, the clause its finding.
# "The FBI is reportedly …": an adverb that cites unnamed reports for its clause.
REPORT_ADVERB = re.compile(r"[Rr]eportedly\b")
REPORT_ADVERB_WORDS = ("reportedly", "Reportedly")
POLL_WORD = re.compile(r"(?:poll|survey)s?\b")
POLL_WORDS = ("poll", "survey")
IN_POLL = re.compile(
    r"\b(?P<cue>In|in)\s+(?P<source>(?:[^\s,.;:!?]+\s+){0,8}?"
    r"(?:polls?|surveys?)\b[^,.;:!?\n]{0,60}?),\s+(?=\S)"
)
# Two words in a row: text before a quotation that is more than a lead-in mark.
WORD_PAIR = re.compile(r"\w+\W+\w+")
# A quotation mark written as two apostrophes; group 1 is set when a word follows (opening).
TWO_APOSTROPHES = re.compile(r"''(?=(\w)?)")

DOUBLE_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"'})
OPEN_QUOTES = "‘«"
CLOSE_QUOTES = "’»"
QUOTE_CHARS = "\"'“”‘’«»"
QUOTES = ('"', "'", "“", "”", "‘", "’", "«", "»")
QUOTE_SET = frozenset(QUOTES)
# The words that join a list's last item ("crime, terrorism and immigration").
LIST_LINKS = frozenset(["and", "or"])
PAIRS = {"’": "‘", "»": "«"}  # closing → opening
PAIRS_OPEN = {"‘": "’", "«": "»"}  # opening → closing
TRAILING = ".,;:!?" + QUOTE_CHARS + "—–-"

TERMINAL_PUNCT = (",", ".", "!", "?", ";", ")", "(", "—", "–")
HARD_PUNCT = (".", "!", "?", ";", ":")
HARD_OR_COMMA = (*HARD_PUNCT, ",")
# Punctuation that closes (and opens) an aside between a claimant and its cue.
PAREN_CLOSERS = frozenset([",", "-", "—", "–", ")"])
PAREN_OPENERS = frozenset([",", "-", "—", "–", "("])
# Words that open an aside after a claimant: "Hedge, who …,", "Cecil, the group's …,".
ASIDE_OPENERS = _words("who whose which a an the his her its their our one another including")
BOUNDARY_PUNCT = frozenset([",", ";", ":", "(", ")", "[", "]", "—", "–", "-", *QUOTES])

AUXILIARIES = _words(
    "has have had also will would could should may might must can cannot did does do is was "
    "were are be been being not n't never once still often again already even just then later "
    "earlier previously repeatedly first long reportedly who's he's she's they've i've we've"
)
# A subject pronoun fused with its auxiliary: the claimant of the cue after it.
PRONOUN_CONTRACTIONS = _words("he's she's they've i've we've you've")
# Words whose "'s" is "is", "has" or "us", never a possessive: "It's easy", "let's go".
S_CONTRACTIONS = _words("he's she's it's that's there's here's what's who's where's let's")
# Words that end the clause before a claimant: "…, but he said", "because officials say".
CLAUSE_WORDS = _words(
    "that and but while because as when if although though since after before where so "
    "whom whose then or yet nor until unless whether whereas than"
)
# A cue right after one of these is a noun: "the report", "his claims", "a call"; or a
# gerund that reports nothing: "without saying where".
NOUN_MARKERS = _words(
    "the a an this these those his her its their our my your such no any every each "
    "another other of in for"
)
# Quantifiers before a modifier and a report noun: "no immediate claim".
SINGULAR_QUANTIFIERS = _words("no any No Any")
NOT_MODIFIERS = _words("one longer more less")
# What follows a report noun, not a verb: "no immediate claim of responsibility".
NOUN_FOLLOWERS = frozenset([*"of on for about".split(), ".", ",", ";", ")"])
# Words that open a clause as a verb's object: "would not confirm whether …"; the
# question's openers but "whom" and "about", which open no clause alone, and "that".
CLAUSE_OPENERS = (QUESTION_OPENERS - {"whom", "about"}) | {"that"}
DETERMINERS = _words(
    "the a an this these those his her its their our some many most several few all both "
    "other two three four five"
)
# Words that deny the verb they go with, and the ending of a contracted negative
# auxiliary ("didn't", "won’t"), for `verb_forms.negated`.
NEGATIONS = _words("not never cannot")
NOT_ENDS = ("n't", "n’t")
# The endings of a possessive word ("Trump's", "Kyiv’s"), for `str.endswith`.
POSSESSIVE_ENDS = ("'s", "’s")
# After a cue, these open an adjunct, not content: "…, he said on Friday."
AFTER_CUE_ADJUNCTS = _words(
    "on in at during after before while when last this earlier later yesterday today tonight "
    "recently monday tuesday wednesday thursday friday saturday sunday of about from to "
    "with via through afterward afterwards"
)
# How a statement reached the reporter: "said by phone", "told AP by email".
MEANS_OF_COMMUNICATION = _words(
    "phone telephone cellphone email e-mail text videolink video letter fax radio satellite"
)
PREPOSITIONS = _words(
    "on in at during after before from to with via through by of about for into over under "
    "against among between"
)
# Less common prepositions ("the firm behind the scheme", "Despite the ban"), which open no
# name and make a determined noun phrase after them their object.
MORE_PREPOSITIONS = _words(
    "behind opposite near across beside inside outside around within without beyond toward "
    "towards along amid despite like unlike per than besides regarding following given "
    "contrary"
)
ARTICLES = _words("a an the")
POSSESSIVE_DETERMINERS = _words("his her its their our")
# Listeners after "told"/"asked"/"warned" before the content.
LISTENERS = _words(
    "me him her us them you reporters journalists supporters voters lawmakers colleagues "
    "the a an his her their audience crowd interviewer reporter"
)
# Head nouns of a listener phrase after "told" ("his closest advisers", "a Senate panel").
AUDIENCES = _words(
    "advisers advisors aides allies supporters donors delegates members senators lawmakers "
    "students workers voters reporters journalists audience audiences crowd crowds panel "
    "committee court jury congregation staff staffers friends colleagues"
)
PRONOUNS = _words("i he she we they it you")
# Before a bare form that is as often a noun, these make it a verb ("they want", "who
# support", "can support", "did know"); not "you" ("you know," is a filler).
BARE_VERB_MARKERS = _words("i we they who will would can could should may might must do did")
# Relative pronouns that open a clause, never its speaker: "China - which a spokesman praised".
RELATIVES = _words("which who whom whose")
RELATIVES_OR_THAT = RELATIVES | {"that"}
# Words that tie a time word to the phrase before it ("… on Friday", "… last week").
TIME_LINKS = _words("on at in by last next this early late")
# Words after "to" that show it is a preposition ("to the rally"), not an infinitive.
NOT_INFINITIVES = DETERMINERS | NOUN_MARKERS | PRONOUNS
REFLEXIVES = _words("myself yourself himself herself itself ourselves yourselves themselves")
# Pronouns that stand as a verb's object ("counter-accused her").
OBJECT_PRONOUNS = _words("me him her us them it you") | REFLEXIVES
# Before a participle these make it a modifier: "all reported cases", "no proposed cuts".
QUANTIFIERS = _words("all no only any every")
# Bare cue forms that head compound nouns ("talk show", "conference call", "tax plan").
COMPOUND_NOUN_CUES = _words("show call post ruling order reporting plan question")
# Forms of "show" that "show up" / "show off" makes a phrasal verb.
PHRASAL_SHOW = _words("show shows showed showing")
# Plural nouns without a final "s" that subject a bare present verb ("data show").
PLURAL_NOUNS = _words("data media people men women children")
# "it is believed that …", "was reported": a passive cue without a claimant.
PASSIVE_MARKERS = _words("is was are were been be being")
# Auxiliaries that make a clause finite ("… said he could …").
FINITE_AUXILIARIES = _words("is was are were has have had will would can could should may might")
# Report verbs whose passive subject is the one addressed or talked about, not a source:
# "X was asked whether …", "Y is known as …", "Z was accused of …".
ADDRESSEE_PASSIVES = _words(
    "ask tell inform accuse criticize criticise describe announce declare report identify "
    "mention question reveal request call show know"
)
# Report verbs whose complement may be an "of" phrase ("accused X of Y", "warned X of
# Y"): in a passive, "by X of Y" ends the agent X before the "of".
OF_COMPLEMENT_LEMMAS = _words("accuse suspect warn remind inform convince assure notify")
# Verbs of blame, praise and warning, whose complement may give the reason after "for"
# ("criticised by X for its lack of funding"); other verbs take only a gerund there.
REASON_LEMMAS = _words(
    "blame condemn criticize praise mock blast slam assail lambaste denounce hail applaud "
    "thank decry warn"
)
# Participles with no past-tense homograph: "known", "shown" ("told" is `IRREGULAR_PAST`).
PARTICIPLE_ONLY = _words("known shown")
HAVE_FORMS = _words("have has had having")
# Adverbs between a passive auxiliary and its participle ("was repeatedly asked").
# Predicates of a small clause after a passive report verb ("200 people are feared dead",
# "he was reported missing"): the subject is what is reported on, never the reporter.
STATE_PREDICATES = _words(
    "dead killed missing injured wounded alive safe captured kidnapped abducted drowned "
    "trapped lost"
)
ADVERBS_IN_PASSIVE = _words(
    "not never also often repeatedly widely publicly first later initially previously originally"
)
NOT_NOUNS = _words(
    "is was are were has have had will would could should may might must can did does do "
    "not also who which that and but or to in on at by for with from"
)
REPORT_NOUNS = _words(
    "report reports study survey poll polls assessment statement document documents "
    "analysis review investigation findings data figures memo letter media"
)
# What a speaker issues their own words in: "X said Y, according to a statement" names
# how X spoke, not a second source (a report or study is someone else's; "statement" and
# "letter" are also `REPORT_NOUNS`, documents that report, when no speaker is inside).
OWN_CHANNELS = _words(
    "statement statements post posts video videos message messages tweet tweets "
    "communique communiqué letter recording interview announcement release"
)
# Nouns that name a claim in an appositive comment on it ("…, a claim Kyiv rejected"),
# a figure among them ("…, a figure that could not be independently verified").
CLAIM_NOUNS = _words(
    "claim claims charge charges allegation allegations assertion accusation accusations "
    "contention version account figure toll tally estimate"
)
CLAIM_OR_REPORT_NOUNS = CLAIM_NOUNS | REPORT_NOUNS
# Plural claim nouns that open such a comment bare ("…, allegations the junta denies");
# not "claims" or "charges", which are also verbs ("…, claims the army").
PLURAL_CLAIM_NOUNS = _words("allegations accusations assertions")
# What follows such a noun in its comment: the subject's determiner or a relative.
DETERMINERS_OR_RELATIVE = DETERMINERS | _words("that which")
# Participles of telling after "without": how a report was made ("…, without giving
# details"), not an adjunct of the content's verb ("…, without raising taxes").
UNSUPPORTED = _words(
    "giving providing offering citing naming specifying elaborating explaining identifying "
    "presenting producing saying"
)
# "but gave no details", "and did not say when": the speaker's own next predicate, of
# not telling (a verb without object, or one whose object is "no"/"any"/"details" …),
# after the content; it says how the report was made, not what was said.
_UNTOLD = "say elaborate comment specify explain detail disclose"
_TELLING = "give provide offer cite name identify present produce reveal"
_WITHHELD_OBJECTS = "no any a an details further more evidence specifics proof information"
WITHHELD = re.compile(
    r"(?:and|but)\s+(?:(?:did|does|would|could|will)(?:\s+not|n['’]t)\s+(?:(?:"
    + "|".join(_UNTOLD.split())
    + r")|(?:"
    + "|".join(_TELLING.split())
    + r")\s+(?:"
    + "|".join(_WITHHELD_OBJECTS.split())
    + r"))|(?:gave|gives|offered|offers|provided|provides|cited|cites|presented|presents|"
    r"produced|produces)\s+no)\b"
)
# Verbs of telling that, negated before a question word, say nothing ("did not say how
# many were killed").
UNTOLD_LEMMAS = _words(_UNTOLD + " reveal tell")
# Nouns that "warning" modifies in a compound ("fired warning shots", "warning signs").
WARNING_HEADS = _words("shot shots sign signs light lights label labels siren sirens")
# A claimant never contains a form of "say"/"tell": such a left context is a clause.
SPEECH_FORMS = _words("say says said saying tell tells told telling")
# Cues that put their claimant after them after a quotation or comma ("…," said X).
INVERTING_CUES = _words("say ask write add explain note")
# After "to", words that make it a preposition ("told to reporters"), not an infinitive.
NOT_INFINITIVE = DETERMINERS | LISTENERS | PRONOUNS | _words("be what whom which")
# A short clause they open before a claimant is introductory ("When reached, X said").
SUBORDINATORS = _words(
    "when while because although though if as after before since until unless whether whereas"
)
SUBJECT_PRONOUNS = PRONOUNS - {"it", "you"}
# Subordinators before a participle clause that opens a sentence ("After saying …, X",
# "While insisting …, X", "In declaring …, X"): its subject is the main clause's.
PARTICIPLE_SUBORDINATORS = _words("after while in by since before when upon")
# "said about half …", "said nearly 40 percent …", "between 20 and 30": an approximated
# figure opens content.
APPROXIMATORS = _words("about around nearly almost roughly over some between")
# Words that open a count of people or things ("Ten people died", "Dozens were hurt"):
# the number words from two up (a bare "one" is a determiner), scales, vague plurals.
COUNT_WORDS = frozenset(
    [word for word, value in UNITS_WORDS.items() if value >= 2]
    + [*SCALE_WORDS, *VAGUE]
    + "several many nobody none".split()
)
FRACTIONS = _words("half twice one two three four five six seven eight nine ten")
# Quantifiers that stand alone as a subject ("Some said", "Both condemned", "three in five
# said"), and what follows a verb but never an attributive participle.
PRONOUN_QUANTIFIERS = _words("some many most several few all both two three four five")
VERB_OBJECTS = _words("that the a an this these those his her its their our my they he she we i it")
FLOATING_QUANTIFIERS = _words("both all each")
# A cue's topic without a clause: "warned of the risk", "asked about the speeches"; the
# object phrase is the content.
TOPIC_PREPOSITIONS = _words("about of against")
# Before "to" and a cue, words of leave to speak: "on condition of anonymity to discuss",
# "not authorised to speak": why or whether one speaks, not what was said.
LEAVE_TO_SPEAK = _words("anonymity authorized authorised")
# "asked not to be named", "requested anonymity": a source's request not to be named,
# which says nothing about what was said.
ANONYMITY_REQUESTS = _words(
    "ask asks asked asking request requests requested requesting decline declines declined "
    "declining"
)
ANONYMITY_LEMMAS = _words("ask request identify decline")
UNNAMED = _words("named identified quoted anonymity")
# Verbs of saying, and the prepositions of the medium they were said in: "said in a
# statement", "wrote on Telegram".
SAYING_LEMMAS = _words("say write add tweet post announce")
MEDIUM_PREPOSITIONS = _words("in on")
# Verbs that answer a claim made before: their object "it" stands for that claim
# ("…, but the army denied it").
ANSWERING_LEMMAS = _words("deny confirm dispute admit acknowledge concede")
# Answering verbs whose object is someone else's claim (not the subject's own concession,
# "admit"): the report they answer stays that someone's claim.
OTHERS_CLAIM_LEMMAS = _words("deny confirm dispute reject")
# Verbs of checking a claim: negated ("could not verify"), they state nothing.
VERIFYING_LEMMAS = _words("verify confirm")
# Verbs that reject a claim "as" something: "a claim Hamas rejected as lies".
REJECTING_LEMMAS = _words("deny reject dismiss dispute")
# Forms of the verbs that answer a claim with no object after them: "…, which Kyiv denied".
ANSWER_FORMS = _words(
    "deny denies denied confirm confirms confirmed dispute disputes disputed reject rejects "
    "rejected verify verified"
)
# Words after a comma that open the writer's comment on the report before: "…, which
# Kyiv denied", "…, though this could not be verified", "…, but Kyiv denied it".
COMMENT_OPENERS = _words("which though although but")
# The claim nouns as one group of a pattern.
CLAIM_NOUN_GROUP = "(?:" + "|".join(sorted(CLAIM_NOUNS)) + ")"
# Nouns of checking a claim: "…, but there was no independent confirmation".
CHECK_NOUNS = _words("confirmation verification")
CHECK_NOUN_GROUP = "(?:" + "|".join(sorted(CHECK_NOUNS)) + ")"
# A comma and an indefinite claim noun, "without" and a participle of telling, a comment
# opener with a form of answering a claim a few words after, or a contrast and "there was
# no (independent) confirmation": where the writer's
# comment on the report before may open (`content_bounds.opens_comment` decides; any
# comma it accepts matches here). Words between end at whitespace; a dotted
# abbreviation ("which U.S. officials denied") is one of them.
CLAIM_APPOSITION = re.compile(
    r",\s+(?:an?\s+"
    + CLAIM_NOUN_GROUP
    + r"|(?:"
    + "|".join(sorted(PLURAL_CLAIM_NOUNS))
    + r")\s|"
    + CLAIM_NOUN_GROUP
    + r"s?\s+(?:that|which)\s|without\s+(?:"
    + "|".join(sorted(UNSUPPORTED))
    + r")|(?:"
    + "|".join(sorted(COMMENT_OPENERS))
    + r")\s+(?:\w\S*\s+){0,7}?(?:"
    + "|".join(sorted(ANSWER_FORMS))
    + r")\b|(?:but|though|although)\s+there\s+(?:was|is|were|has\s+been)\s+no\s+(?:\w+\s+)?"
    + CHECK_NOUN_GROUP
    + r"\b)",
    re.I,
)
# A comma and a relative pronoun: where a relative clause with its own report may open
# (`content_bounds.reporting_relative` decides).
COMMA_RELATIVE = re.compile(r",\s+(?:which|who|whom)\s", re.I)
# Pronouns that stand for a claim as a verb's object: "did not confirm this".
CLAIM_PRONOUNS = _words("this it that so")
# Punctuation that sets a quotation apart from the words before it in its sentence.
QUOTE_LEADS = ":,—–-"
# Conjunctions that open a sentence before its subject ("But Tom Fitton, the …, said").
SENTENCE_CONJUNCTIONS = _words("and but yet so")
CONTRASTS = _words("and but while whereas though although")
# Cheap pre-checks (C-speed searches) before the token walks that need them.
_CONTRAST = "|".join(sorted(CONTRASTS))
_SUBJECT = "|".join(sorted(SUBJECT_PRONOUNS))
COORDINATED_CLAUSE = re.compile(rf",\s+(?:{_CONTRAST})\s+(?:{_SUBJECT})\b", re.IGNORECASE)
# "and" or "but" between words: where a second predicate may be coordinated.
AND_OR_BUT = re.compile(r"\s(?:and|but)\s")
QUOTED_PARAGRAPH = re.compile(r"\n\s*\"")
CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+\b")
ING_NOUNS = _words("nothing something anything everything king")
# Nouns ending in "-ly" that end a claimant ("attorneys for the family said"), not adverbs.
LY_NOUNS = _words("family ally rally assembly supply reply monopoly tally anomaly homily")
# Sentence adverbs that may open a clause before its subject ("Then he …", "Now, many …").
SENTENCE_ADVERBS = _words(
    "then now still meanwhile instead however even also earlier later just shortly once "
    "afterward afterwards nonetheless nevertheless moreover indeed"
)
# Words that open (or, second, close) an introductory phrase: "Last year,", "Hours later,",
# "Absent a defence,", "Despite …".
OPENER_WORDS = _words("last later earlier ago despite absent amid following")
# After "…, X said," these open the writer's background, not the rest of the content:
# a phrase ("amid fighting") or a clause with a subject of its own ("as Israel widened").
BACKGROUND_PHRASE_OPENERS = _words("amid following despite")
BACKGROUND_CLAUSE_OPENERS = _words("as after before")
# Conjunctions of concession: after a report set off by commas they open the writer's
# own clause, granted against the report ("…, the army said, although …").
CONCESSIVES = _words("although though whereas")
# A headline in title case: three or more capitalised words (or numbers: "UN Says 1.5
# Million …") at the start.
TITLE_CASE = re.compile(r"(?:[\"'“‘]?[A-Z0-9][\w’'.-]*[ \t]+){2}[\"'“‘]?[A-Z0-9]")
COLON = re.compile(r":[ \t]+(?=\S)")
# A speaker before a colon that opens a line: one to five capitalised words (or initials).
SPEAKER = re.compile(r"[A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|the|and|on|to|at|in)){0,5}")
SPEAKER_LINK = re.compile(r"[ \t]+(?:to|at|in|on)[ \t]")
# Line labels that are not speakers.
NOT_SPEAKERS = _words(
    "note update updated photo photos video watch read related source sources editor's "
    "correction clarification warning caption image map graphic live see also contributing "
    "byline email twitter facebook breaking revealed"
) | frozenset(["the latest", "editor's note", "editor’s note", "paid notice"])
# A line label that starts with one of these is an instruction, not a speaker
# ("Follow X on Twitter: @x").
LABEL_VERBS = _words("follow contact reach email")
# Time adverbs right after a cue, before its content: "said Thursday (that) …".
TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning afternoon evening night earlier later again recently"
)
# Participles that open an aside on a source ("the report, seen by Reuters,").
IRREGULAR_PARTICIPLES = _words("seen written given taken shown known drawn sent")
IRREGULAR_PAST = _words("said told wrote thought knew felt saw found took gave made")
# More irregular past forms, for telling whether a clause has a finite verb of its own
# ("the investigators went undercover and discovered …").
MORE_IRREGULAR_PAST = _words(
    "went became came began got held kept left lost met sent spent stood fell rose grew "
    "drew threw broke spoke chose drove ran won led fled fought caught taught sought built "
    "meant brought bought paid sold struck hung understood"
)
# Past forms that name people by what befell them ("the 12 wounded", "3 million
# unemployed", "the dead and wounded"): a noun, not a verb.
NOUN_PARTICIPLES = _words(
    "wounded injured killed displaced detained arrested disappeared unemployed affected "
    "abducted kidnapped missing dead trapped"
)
PERIODS = _words("week month year weekend")
# "has said for weeks …", "for two years": a duration adjunct between a cue and content.
DURATIONS = _words("days weeks months years decades")
DURATION_COUNTS = _words("several many two three four five six ten some")

# Unions the rules test membership in, built once (not per token).
HARD_OR_QUOTE = frozenset(HARD_PUNCT + QUOTES)
TERMINAL_OR_QUOTE = frozenset(TERMINAL_PUNCT + QUOTES)
COMMA_OR_QUOTE = frozenset((",", *QUOTES))
COMMA_COLON_OR_QUOTE = COMMA_OR_QUOTE | {":"}
# Words before a participle that make it an adjective ("all reported", "the pledged"),
# not the agent's "by".
ATTRIBUTIVE_MARKERS = QUANTIFIERS | DETERMINERS | (PREPOSITIONS - {"by"})
PREPOSITIONS_OR_CLAUSE_WORDS = PREPOSITIONS | CLAUSE_WORDS
DETERMINERS_OR_OF = DETERMINERS | {"of"}
NOT_NOUNS_OR_PREPOSITIONS = NOT_NOUNS | PREPOSITIONS
NOT_COMPOUND_HEADS = AUXILIARIES | PRONOUNS | CLAUSE_WORDS | PLURAL_NOUNS
PASSIVE_OR_AUXILIARY = PASSIVE_MARKERS | AUXILIARIES

# Cues that report only inside an "as" clause: "as X put it, …" words someone's claim,
# while "X put it on the table" reports nothing.
AS_CLAUSE_ONLY = frozenset({"put it"})
