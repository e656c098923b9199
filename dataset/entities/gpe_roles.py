"""Whether a country or city name stands for the place or acts as an organisation.

"Russia announced a suspension", "Beijing believes its intervention is necessary", "the
Hong Kong government", "Australia's position": the name stands for a state's government,
army or team, not for its territory. ACE calls this the ORG role of a geo-political
entity, and UNER's guideline, after NorNE's GPE_ORG, types such a name ORG. The mention
keeps its GPE label, because the places table resolves every mention of a place; its
`gpe_role` says which reading the sentence takes, so a researcher can tell who acts from
where things happen.

The cues are local words, not a parse, so they are kept to what plainly marks an acting
state: the name is the subject of a verb a state does (say, announce, expel, cede,
invade) or of a verb with "itself", holds something only a state has ("Russia's
actions", "China's foreign ministry"), or names the state whose government or team a
noun is ("the Hong Kong government"). A name that opens its clause also acts as the
subject of any active verb group an auxiliary makes finite ("the US has spent", "China
will be presenting"), unless the verb describes the place or what it undergoes ("has
been hit", "could see snow"), and a singular name with a plural verb is a team or state
("England say", "South Africa are"); so is the subject of a passive of dealings ("China
was defeated", "Russia has been accused"). A sentence adverb between commas does not end
the subject ("Russia, meanwhile, said"). The party to dealings between states is one too
("sanctions against Russia", "talks with Turkey"), and so is the agent of a passive
("the Britons held by the US"), and the subject of an infinitive after "for" ("a chance
for Beijing to demonstrate"), and the opponent one beats or stands against ("the match
against England", "a win over Italy"). A name after a preposition ("police in Kabul
said") is never the subject, and a passive ("was conquered") leaves it the place acted
on: no verb of the list follows "was". Without a cue the role is LOC, which is mostly
the place but also an acting state the cues miss ("Israel on Monday said").
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from dataset.entities import lexicon as lx
from dataset.entities.classify import POSSESSIVE_AFTER, Mention

# Stems whose last consonant doubles before "-ed" and "-ing" ("banned", "admitting").
_DOUBLING_STEMS = frozenset("admit ban plan expel win".split())


def _inflected(stems: str) -> frozenset[str]:
    """Each stem with its third-person and past forms ("announce" → announces, announced;
    "deny" → denies, denied; "ban" → bans, banned)."""
    forms: set[str] = set()
    for stem in stems.split():
        if stem in _DOUBLING_STEMS:
            forms |= {stem, stem + "s", stem + stem[-1] + "ed"}
        elif stem.endswith("y") and stem[-2] not in "aeiou":
            forms |= {stem, stem[:-1] + "ies", stem[:-1] + "ied"}
        elif stem.endswith("e"):
            forms |= {stem, stem + "s", stem + "d"}
        elif stem.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms |= {stem, stem + "es", stem + "ed"}
        else:
            forms |= {stem, stem + "s", stem + "ed"}
    return frozenset(forms)


# What a state, its government, army or team does: speak, decide, act on other states.
_STATE_STEMS = """announce claim deny insist warn accuse demand urge vow pledge promise threaten
    refuse reject agree decide declare recognise recognize condemn criticise criticize
    protest respond retaliate believe consider want hope fear intend propose offer request
    sign ratify approve impose lift suspend annex invade attack launch deploy cede
    establish negotiate support back oppose boycott sanction vote defeat free integrate
    welcome allow order summon adopt acknowledge admit confirm accept argue dispute
    occupy retake recapture bomb shell blockade mobilise mobilize pass enact legislate
    veto expel ban plan"""
_IRREGULAR_STEMS = "say send seek withdraw win"
STATE_VERBS = _inflected(_STATE_STEMS) | frozenset(
    """says said sends sent seeks sought withdraws withdrew wins won beat beats""".split()
    + _IRREGULAR_STEMS.split()
)
# A bare stem right after a name is a noun the name modifies ("US support for", "UK
# plan"), or the name is an object ("taking Britain back"): a singular subject takes
# "-s" or a past form, or an auxiliary first.
_BARE_STEMS = frozenset(_STATE_STEMS.split() + _IRREGULAR_STEMS.split())


def _participle(stem: str) -> str:
    """'announce' → announcing, 'agree' → agreeing, 'ban' → banning."""
    if stem in _DOUBLING_STEMS:
        return stem + stem[-1] + "ing"
    return (stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem) + "ing"


# The "-ing" forms, for a progressive ("Russia is sending troops").
STATE_PARTICIPLES = frozenset(map(_participle, _BARE_STEMS))
# A "-s" form followed by one of these is a plural noun ("UK plans for", "US bans on").
_NOUN_FOLLOWERS = frozenset("for on of against over".split())
# The auxiliaries proper, which make a verb group finite ("has spent", "will be presenting").
_VERB_AUXILIARIES = frozenset(
    """has have had will would shall should can could may might must did does do
    hasn't haven't hadn't won't wouldn't didn't doesn't don't can't cannot""".split()
)
# Words that may stand between the subject and its verb without making it passive: the
# auxiliaries, "not" and adverbs of time or manner.
_AUXILIARIES = _VERB_AUXILIARIES | frozenset(
    """not also already now then later still again reportedly repeatedly officially
    formally finally quickly swiftly earlier yesterday today overnight recently
    previously""".split()
)
_PROGRESSIVE = frozenset("is are was were".split())
# Verbs whose subject undergoes or is described, not acts: "Britain could see snow",
# "Kenya has become a hub"; in every form, the "-ing" ones too for a progressive ("has
# been suffering"), but those of seeing, looking, feeling and getting, which a body does
# ("researchers from Southampton have been looking at", "the qualities England have been
# seeing").
_SEEMING_STEMS = "become remain seem appear look feel get see"
_UNDERGOING_STEMS = "experience suffer face undergo enjoy"
_UNDERGOING = (
    _inflected(_SEEMING_STEMS + " " + _UNDERGOING_STEMS)
    | frozenset(map(_participle, _UNDERGOING_STEMS.split()))
    | frozenset(
        """be been being becoming remaining seeming appearing became got gotten saw seen
        undergone underwent felt""".split()
    )
)
# The weather or change a land goes through ("Greece has burned for a week", "Spain will
# swelter", "Texas has frozen solid"): verbs a state does to something too ("Britain has
# frozen the assets", "Iran has grown its stockpile"), so they describe the place only
# when intransitive (see _intransitive).
_CHANGING_STEMS = """burn warm cool grow freeze flood change bake swelter bask shiver sizzle
    boil heat dry thaw sink shrink melt shake tremble drown roast wilt"""
_CHANGING = (
    _inflected(_CHANGING_STEMS)
    | frozenset(map(_participle, _CHANGING_STEMS.split()))
    | frozenset("burnt froze frozen grew grown shrank shrunk sank sunk shook shaken".split())
)
# Words that open an adjunct after an intransitive verb of change ("burned for a week",
# "will swelter on Sunday", "frozen solid", "could flood by 2050").
_ADJUNCT_OPENERS = frozenset(
    """in on at by for from since during through throughout under over across after
    before until till amid into again overnight solid once twice""".split()
)
# Prepositions after "warm" or "cool" that name what a body's attitude changes towards
# ("warmed to the idea", "cooled on the proposal"): that body acts.
_ATTITUDE_PREPOSITIONS = frozenset("to on towards toward".split())
# Words after an auxiliary that are no verb: its object or a preposition ("has a", "had
# no", "has to").
_NO_VERB = frozenset(
    """a an the no any some its their his her this that these those to for of in on at
    by with as more less much many all both""".split()
)
# Past participles without "-ed" or "-en" ("the US has spent").
_IRREGULAR_PARTICIPLES = frozenset(
    """spent sent built lent kept left lost meant dealt paid said told sold held led fought
    sought bought brought taught thought made won hit put set cut shut struck stood
    understood begun run done gone shown drawn known thrown grown flown""".split()
)
# Participles of dealings with a person, a body, a state or a team, never a territory.
_DEALT_PARTICIPLES = frozenset(
    """accused urged asked invited told warned criticised criticized condemned praised
    denied granted allowed ordered forced pressed pressured defeated beaten sanctioned
    blamed fined suspended expelled barred banned excluded admitted awarded offered
    promised obliged persuaded""".split()
)
# Words after which a name opens a clause: a conjunction or a subordinator.
_CLAUSE_OPENERS = frozenset(
    """and but so yet that when if as because while since after before although though
    unless until whether where once""".split()
)
# Two-word time phrases between the subject and its verb ("Israel on Monday said").
_TIME_PHRASE_OPENERS = {
    "on": frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    "last": frozenset("week month year weekend night".split()),
    "this": frozenset("week month year weekend".split()),
}
# Words after which the name is no subject: prepositions and the words of place
# ("police in eastern Ukraine said"), determiners of a noun it modifies ("its US
# launch", "other UK hopes"), the nouns of place it may stand in apposition to
# ("police in the capital Delhi say"), and verbs whose object is a place ("refugees
# fleeing Sudan said").
_BEFORE_NO_SUBJECT = (
    frozenset(
        """of from to on for with within via than like over under between among about
        against by during upon its his her their our my your a an this these those
        other another fellow some many several most each every any no
        fleeing fled leaving left entering entered crossing crossed reaching reached
        visiting visited controlling controls""".split()
    )
    | lx.PLACE_PREPOSITIONS
    | frozenset(lx.PLACE_OF)
)
# What only a state has or is: after its possessive ("Russia's actions", "China's
# foreign ministry"), the name is the state acting.
STATE_HOLDINGS = frozenset(
    """government administration regime authorities leadership leaders officials
    ministry parliament army military forces troops navy police court courts embassy
    diplomats delegation team side squad position stance policy policies decision
    decisions actions action response demands claims intervention invasion offensive
    campaign withdrawal annexation ambitions preparation preparations strategy refusal
    veto sanctions""".split()
)
# Nouns a state's name modifies when it names that state's body ("the Hong Kong
# government", "the Australia side").
STATE_BODIES = frozenset("government administration regime side team squad".split())
_PLACE_LABELS = frozenset("GPE LOC FAC".split())
# What `POSSESSIVE_AFTER` opens with.
_APOSTROPHES = ("'", "’")
# Nouns for dealings between states, with the prepositions before the party dealt with:
# sanctions and war are against or with a state, pressure on it, a treaty or talks with
# it; not a war "in" a country, nor an invasion "of" one (its territory).
_AGAINST_WITH = ("against", "with")
_RELATION_PREPOSITIONS = {
    **dict.fromkeys("sanctions embargo war wars hostilities".split(), _AGAINST_WITH),
    **dict.fromkeys(
        "talks negotiations treaty treaties alliance relations ties dialogue".split(), ("with",)
    ),
    **dict.fromkeys("pressure demands".split(), ("on",)),
    "recognition": ("of",),
}
# Words before "for" that make its object a destination ("bound for Cyprus").
_BOUND_FOR = frozenset("bound headed heading destined sailed sailing".split())
# Words whose object is an opponent, a state or a team ("against Russia", "beat
# England"), and the words before a preposition that make it one ("lost to France",
# "drew with Italy", "a win over Wales": `_OPPONENT_AFTER`).
_OPPOSING = frozenset(
    """against beat beats beating defeat defeats defeated defeating thrashed thrashing
    trounced face faces faced""".split()
)
# Nouns of military attack before "against", whose object is the town struck ("an
# offensive against Kharkiv") or the state attacked ("airstrikes against Iran"), and
# verbs of physical contact or of a backdrop, whose object is the surface struck or seen,
# a place, not an opponent ("waves crashed against Malta", "set against Paris").
_ATTACK_BEFORE_AGAINST = frozenset(
    """offensive offensives counteroffensive counter-offensive assault assaults strike
    strikes airstrike airstrikes raid raids bombardment bombardments onslaught push""".split()
)
_CONTACT_BEFORE_AGAINST = frozenset(
    """crashed crashing crash crashes pushed pushing pressed pressing leaned leaning lapped
    set silhouetted backdrop""".split()
)
# "Stood out against Dubai": a thing seen against a backdrop.
_STAND = frozenset("stand stands stood standing".split())
_OPPONENT_AFTER = {
    "to": frozenset("lost lose loses losing defeat".split()),
    "with": frozenset("drew draw draws drawing".split()),
    "over": frozenset("win wins won victory victories triumph".split()),
}
# A participle and "by" (and "the") before the name; the endings match nouns too ("a
# statement by"), whose "by" names the agent as well.
_AGENT_BEFORE = re.compile(r"\b([a-z]+(?:ed|en|wn|ld|ght|nt))[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?$")
# Participles whose "by" names a place beside or around ("enclosed by South Africa") or
# a rank before or above ("surpassed by Delhi"), no agent.
_NOT_AGENTS = frozenset(
    """bordered surrounded flanked bounded separated divided crossed followed led
    dominated overtaken overshadowed outnumbered sold bought enclosed encircled
    sandwiched ringed hemmed surpassed eclipsed outpaced dwarfed""".split()
)
# Lower-case words that may follow a noun phrase's last word, because they open what
# comes after the phrase, never extend it: conjunctions, prepositions, relatives,
# auxiliaries and adverbs of time ("talks with Turkey about", "ties with Israel that").
_PHRASE_ENDERS = frozenset(
    """and or but nor as for in on over about to from at by with within without into
    during through under amid despite since after before until when while if because
    following including regarding concerning last next this yesterday today tonight
    earlier later again too also
    than which that who whose was were is are has have had will would could should may
    might""".split()
)
_HAVE = frozenset("have has had".split())
_BE = frozenset("is was are were be been being".split())
# A sentence adverb between commas ("Russia, meanwhile, said"); the match ends before
# the space after the second comma.
_ADVERB_ASIDE = re.compile(r",[^\S\n]+([a-z]+),(?=[^\S\n][a-z])")
# Connectives set off by commas, which leave the clause and its subject as they were
# (an aside, not a new clause).
_CONNECTIVES = frozenset(
    "meanwhile however though too also instead therefore nevertheless moreover".split()
)
# Plural verbs that follow no singular noun ("England say", "South Africa are").
_PLURAL_VERBS = frozenset("are were say".split())
# Words after which "were" is a subjunctive, singular too ("if Venice were", "as though").
_SUBJUNCTIVE_OPENERS = frozenset("if though unless".split())
_CLOSING_MARKS = ".,;:!?\"”’')"
_JOINED = frozenset({" and ", ", ", ", and "})


def _words_after(text: str, at: int, count: int) -> list[str]:
    """Up to `count` words after the space at `at`, ending at the first mark or line
    break (string methods: this runs after every country and city of every article)."""
    if not text.startswith(" ", at):
        return []
    words: list[str] = []
    for raw in text[at + 1 : at + 80].split(" ", count)[:count]:
        line = raw.split("\n", 1)[0]
        word = line.rstrip(_CLOSING_MARKS)
        if not word or not word[0].isalnum():
            break
        words.append(word)
        if word != raw:
            break
    return words


def _manner_adverb(word: str) -> bool:
    """'-ly' adverbs may stand inside a verb group ("has quietly spent"); 'only', 'early'
    and the like are too short to be such."""
    return len(word) > 5 and word.islower() and word.endswith("ly")


def _words_before(text: str, start: int, count: int) -> list[str]:
    """Up to `count` words right before `start`, past one "the", split on any white space
    (marks stay on their words): the nouns and verbs a preposition before a name follows
    ("sanctions against the", "lost to")."""
    window = max(0, start - 60)
    words = text[window:start].split()
    if window and words:
        words = words[1:]  # the window may cut the first word
    if words and words[-1] == "the":
        words.pop()
    return words[-count:]


def _word_before(text: str, start: int) -> str:
    """The word right before `start`, past one "the" ("" after a mark)."""
    head = text[max(0, start - 30) : start].rstrip(" ")
    for _ in range(2):
        body = head.rstrip(string.ascii_letters)
        word = head[len(body) :]
        if word.lower() != "the":
            return word
        head = body.rstrip(" ")
    return ""


def _ends_noun_phrase(text: str, end: int) -> bool:
    """Whether the name ending at `end` is the last word of its noun phrase: a mark, or
    a function word or a verb in the past or of the state's list after it ("talks with
    Laos resumed"); not a noun or a name it modifies ("US bank Wells Fargo", "UK
    Chancellor Gordon Brown", "UK-based")."""
    if text.startswith(("-", "–"), end) or (
        text.startswith(" ", end) and text[end + 1 : end + 2].isupper()
    ):
        return False
    after = _words_after(text, end, 1)
    if not after or not after[0].islower():
        return True
    word = after[0]
    return word in _PHRASE_ENDERS or word.endswith("ed") or word in STATE_VERBS


def _related_state(text: str, start: int, end: int) -> bool:
    """'sanctions against Russia', 'war with Great Britain', 'recognition of Albania',
    'pressure on Hungary': the complement of a noun for dealings between states is a
    state, the party dealt with, not a territory; not a name modifying the noun after it
    ("talks with US bank Wells Fargo", where the bank is the party). The words before
    are looked at first: most names follow no such noun."""
    words = _words_before(text, start, 2)
    if len(words) != 2 or words[1] not in _RELATION_PREPOSITIONS.get(words[0].lower(), ()):
        return False
    # "pressure on London's hospitals": the hospitals are the party
    return POSSESSIVE_AFTER.match(text, end) is None and _ends_noun_phrase(text, end)


def _agent(text: str, start: int, end: int) -> bool:
    """'the army enlisted by Venice', 'a move welcomed by Britain': the agent of a passive
    acts; not a place bordering or ranked ("bordered by China", "followed by Germany"),
    nor a name modifying the agent after it ("tipped by UK bookmakers", "owned by
    Japan's Suzuki")."""
    if not (
        (start >= 3 and text.startswith("by ", start - 3))
        or (start >= 7 and text.startswith("by the ", start - 7))
    ):
        return False
    if POSSESSIVE_AFTER.match(text, end) is not None:
        return False
    if not _ends_noun_phrase(text, end):
        return False
    match = _AGENT_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match[1].lower() not in _NOT_AGENTS


def _infinitive_subject(text: str, start: int, end: int) -> bool:
    """'an opportunity for Beijing to demonstrate', 'the chance for England to win': the
    name between "for" and an infinitive is its subject, acting unless the verb describes
    the place ("for Norway to be", "for Kenya to see")."""
    if start < 4 or not text.startswith("for ", start - 4):
        return False
    if _word_before(text, start - 4).lower() in _BOUND_FOR:
        return False  # "bound for Cyprus to unload aid": a destination, then a purpose
    words = _words_after(text, end, 3)
    return (
        len(words) >= 2
        and words[0] == "to"
        and words[1].isalpha()
        and not _undergone(words[1], [word.lower() for word in words[2:3]])
    )


def _opponent(text: str, start: int, end: int, before: str, country: bool) -> bool:
    """'the match against England', 'beating England', 'a win over Italy', 'lost to
    France': a state or a team is what one beats, faces or stands against; a territory is
    not. Not "play", whose object is a venue as often ("play Hampden"), nor "facing",
    whose subject is a problem as often ("the choices facing Britain"), nor a possessor
    ("beat Sweden's Thomas Enqvist": the player is beaten), nor a place struck or seen
    (`_target_against`; the name a `country` or not). `before` is the lower-cased word
    before `start`."""
    if before in _OPPONENT_AFTER:
        pair = _words_before(text, start, 2)
        if len(pair) < 2 or pair[0].lower() not in _OPPONENT_AFTER[before]:
            return False
    elif before not in _OPPOSING or (before == "against" and _target_against(text, start, country)):
        return False
    return POSSESSIVE_AFTER.match(text, end) is None and _ends_noun_phrase(text, end)


def _target_against(text: str, start: int, country: bool) -> bool:
    """'an offensive against Kharkiv', 'waves crashed against Malta', 'stood out against
    Dubai': "against" after a noun of attack or a verb of contact or backdrop names the
    place struck or seen, not an opponent; after a noun of attack a `country` is the
    state fought ("a counteroffensive against Russia")."""
    words = [word.lower() for word in _words_before(text, start, 3)]
    if len(words) < 2:
        return False
    if words[-2] == "out" and len(words) == 3:
        return words[0] in _STAND
    if words[-2] in _ATTACK_BEFORE_AGAINST:
        return not country
    return words[-2] in _CONTACT_BEFORE_AGAINST


def _holds_state_thing(text: str, end: int, mentions: Sequence[Mention]) -> bool:
    """'Russia's actions', 'China's foreign ministry': a possessive of what a state has.
    A place named after the possessive ("London's Earls Court", one of `mentions` with a
    place's label) is inside the name's territory, whatever its last word. Most names
    have no apostrophe after them, so that is looked at first."""
    if not text.startswith(_APOSTROPHES, end):
        return False
    match = POSSESSIVE_AFTER.match(text, end)
    if match is None:
        return False
    after = match.end()
    return any(word.lower() in STATE_HOLDINGS for word in _words_after(text, after, 2)) and not any(
        m.start == after + 1 and m.label in _PLACE_LABELS for m in mentions
    )


def _undergone(verb: str, after: list[str]) -> bool:
    """Whether `verb`, followed by `after` (its next word, if any, lower case), tells what
    its subject undergoes rather than does: a verb of seeming or suffering always, one of
    change when intransitive ("has frozen solid", "has been burning for weeks"), not with
    an object ("has frozen the assets", "has been shaking up its command")."""
    if verb in _UNDERGOING:
        return True
    return verb in _CHANGING and _intransitive(verb, after)


def _intransitive(verb: str, after: list[str]) -> bool:
    """The verb ends its clause or an adjunct follows it: a mark or nothing, an adverb or
    a preposition of time or place. "Warm" and "cool" before "to" or "on" tell a change of
    mind ("warmed to the idea"), which is a body's."""
    if not after:
        return True
    if verb.startswith(("warm", "cool")) and after[0] in _ATTITUDE_PREPOSITIONS:
        return False
    return after[0] in _ADJUNCT_OPENERS or _manner_adverb(after[0])


def _verb_group(words: list[str], i: int) -> bool:
    """Whether `words[:i]`, which hold an auxiliary, open an active verb group whose verb
    is `words[i]`: a state plans and acts in its tenses ("the US has spent", "China will be
    presenting", "France doesn't have"). A copula or a passive ("has been hit", "will be
    ready") leaves the place described, a verb of undergoing ("could see snow", "has
    become") the place, and a bare "has" before its object is no group."""
    if not any(word.lower() in _VERB_AUXILIARIES for word in words[:i]):
        return False
    verb, rest = words[i].lower(), [word.lower() for word in words[i + 1 : i + 2]]
    if verb in _BE:
        after = [word.lower() for word in words[i + 2 : i + 3]]
        return bool(rest) and rest[0].endswith("ing") and not _undergone(rest[0], after)
    if _undergone(verb, rest) or verb in _NO_VERB or not verb.isalpha():
        return False
    if words[i - 1].lower() in _HAVE:
        return verb.endswith(("ed", "en")) or verb in _IRREGULAR_PARTICIPLES
    return True


def _dealt_with(words: list[str], i: int) -> bool:
    """'China was defeated', 'Russia has been accused', 'Wales were awarded a penalty':
    the subject of a passive of dealings is a state or a team dealt with, as a person or
    a body is; a territory is hit, shelled or conquered."""
    if words[i].lower() not in _BE:
        return False
    rest = [w for w in words[i + 1 : i + 3] if not (w in _AUXILIARIES or _manner_adverb(w))]
    return bool(rest) and rest[0] in _DEALT_PARTICIPLES


def _opens_clause(text: str, start: int, before: str) -> bool:
    """The name at `start` opens a clause: after a mark, a conjunction, a subordinator or
    a sentence adverb ("Naturally China will"). "Such as" introduces examples of a noun
    before it, which is the subject ("nations such as Lesotho could lose")."""
    if before == "as":
        return not text[max(0, start - 12) : start].rstrip().lower().endswith("such as")
    return before == "" or before in _CLAUSE_OPENERS or _manner_adverb(before)


def _state_subject(words: list[str], text: str, start: int, plural: bool, before: str) -> bool:
    """The name before `words` is the subject of a state's verb: 'Russia announced',
    'Spain had expelled', 'the USA would have to withdraw', 'Sparta established itself'.
    `start` is where the subject opens (the first of joined names: "officials from Russia
    and China said"); a `plural` subject, names joined, takes a bare stem ("Russia and
    China say"). `before` is the lower-cased word before `start`."""
    i = 0
    while i < len(words):
        if (
            words[i].lower() in _AUXILIARIES
            or _manner_adverb(words[i])
            or (words[i] == "to" and i > 0 and words[i - 1].lower() in _HAVE)
        ):
            i += 1  # "the USA would have to withdraw"
        elif words[i + 1 : i + 2] and words[i + 1] in _TIME_PHRASE_OPENERS.get(words[i], ()):
            i += 2  # "Israel on Monday said"
        else:
            break
    if i == len(words):
        return False
    verb, rest = words[i], words[i + 1 : i + 2]
    if verb in _PROGRESSIVE and rest and rest[0] in STATE_PARTICIPLES:
        verb, rest = rest[0], words[i + 2 : i + 3]  # "Russia is sending": not a passive
        acting = True
    elif verb in STATE_VERBS:
        acting = rest != ["by"]  # "Russia backed by China" is no subject
    else:
        acting = rest == ["itself"] and verb not in _BE  # "Sparta established itself"
    if not acting:
        # Any active verb group, or a passive of dealings, for a name opening its clause.
        return (_verb_group(words, i) or _dealt_with(words, i)) and _opens_clause(
            text, start, before
        )
    # "Should the United Kingdom approve": an auxiliary before the subject takes the stem.
    bare = verb in _BARE_STEMS and not plural and before not in _AUXILIARIES
    if i == 0 and (bare or (verb.endswith("s") and rest and rest[0] in _NOUN_FOLLOWERS)):
        return False
    return before not in _BEFORE_NO_SUBJECT


def _aside_end(text: str, end: int, start: int, before: str) -> int:
    """Where the words after a name ending at `end` go on: past a sentence adverb set off
    by commas when the name opens its clause ("Russia, meanwhile, said"), so the verb
    after the aside is read as the name's. `before` is the lower-cased word before
    `start`."""
    if not text.startswith(",", end):
        return end  # most names: no comma, so no aside
    aside = _ADVERB_ASIDE.match(text, end)
    if aside is None or not (_manner_adverb(aside[1]) or aside[1] in _CONNECTIVES):
        return end
    return aside.end() if _opens_clause(text, start, before) else end


def _plural_agreement(words: list[str], mention: Mention, text: str, before: str) -> bool:
    """'England say', 'South Africa are': a singular place name with a plural verb is a
    team or a state, its people as one body (British agreement). A name ending in "s" may
    be plural itself ("the Philippines are"), and "were" after "if" is a subjunctive
    ("if Venice were a museum"). `before` is the lower-cased word before the name."""
    return (
        bool(words)
        and words[0] in _PLURAL_VERBS
        and text[mention.end - 1] != "s"
        and not (words[0] == "were" and words[1:2] != ["to"] and before in _SUBJUNCTIVE_OPENERS)
        and _opens_clause(text, mention.start, before)
    )


def gpe_roles(text: str, mentions: Sequence[Mention]) -> list[str | None]:
    """Per mention (in text order): "ORG" for a GPE a cue shows acting as an
    organisation, "LOC" for any other GPE (mostly the place), None for other labels.
    Names joined by "and", or by commas in a list "and" closes, share the subject's role
    of the last one ("Russia and China said", "China, Russia and Iran have condemned")."""
    roles: list[str | None] = [None] * len(mentions)
    places = [i for i, mention in enumerate(mentions) if mention.label == "GPE"]
    # The GPEs joined to the next mention, itself a GPE ("Russia and China").
    joined = {
        i
        for i in places
        if i + 1 < len(mentions)
        and mentions[i + 1].label == "GPE"
        and text[mentions[i].end : mentions[i + 1].start] in _JOINED
    }
    # "In Syria, Turkey launched": a comma after a place phrase opening the sentence joins
    # only inside a list that "and" closes ("in Badminton, Gloucestershire" is one place).
    for i in sorted(joined, reverse=True):
        if (
            text[mentions[i].end : mentions[i + 1].start] == ", "
            and i + 1 not in joined
            and _word_before(text, mentions[i].start)[:1].isupper()
        ):
            joined.discard(i)
    opens = {i: mentions[i].start for i in places}  # where a run of joined names opens
    for i in places:
        if i - 1 in joined:
            opens[i] = opens[i - 1]
        elif i in joined and _word_before(text, mentions[i].start).lower() in STATE_VERBS:
            joined.discard(i)  # "Russia shelled Kherson and Ukraine said": an object
    subjects: set[int] = set()
    closes: dict[int, int] = {}  # where a run of joined names ends
    lexicons = lx.load()
    for i in reversed(places):
        end = mentions[i].end
        closes[i] = closes.get(i + 1, end) if i in joined else end
        # The word before the run's first name, which most cues ask for: found once.
        before = _word_before(text, opens[i]).lower()
        # A verb or a body noun is a lower-case word after one space; most names are
        # followed by a mark or another name.
        after = _aside_end(text, end, opens[i], before)
        words = _words_after(text, after, 6) if text[after + 1 : after + 2].islower() else []
        plural = opens[i] != mentions[i].start
        if (
            (i in joined and i + 1 in subjects)
            or (words and _state_subject(words, text, opens[i], plural, before))
            or (
                words
                and not plural
                and i not in joined
                and _plural_agreement(words, mentions[i], text, before)
            )
        ):
            subjects.add(i)
        acting = (
            i in subjects
            or (words and words[0] in STATE_BODIES)
            or _related_state(text, opens[i], closes[i])
            or _agent(text, opens[i], closes[i])
            or _infinitive_subject(text, opens[i], end)
            or _opponent(
                text, opens[i], closes[i], before, lx.is_country(mentions[i].canonical, lexicons)
            )
        )
        roles[i] = "ORG" if acting or _holds_state_thing(text, end, mentions) else "LOC"
    return roles
