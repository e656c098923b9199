"""Places in war news: what armies do to a name says it is a town.

News of armed conflict names many towns no gazetteer spells as the article does
("Kobani", "Avdiivka"). A person is arrested, killed or met; a town is shelled,
besieged, retaken, fled or evacuated, forces are pushed "out of" it or withdraw "from"
it, and there is a "siege of" or a "battle for" it; it is controlled, or control of it
is taken. An unexplained name in such a phrase is a place; after "left" or "entered",
which take bodies as often ("left Arsenal"), only a gazetteer town is, or what an armed
subject enters ("Azerbaijani forces entered Khankendi"). A word a name
list knows stays what it was ("troops stormed Johnson") unless the gazetteer knows the
town and the phrase takes no person ("Israel struck Tyre"; after a verb of taking back
the candidate pass types it: `retaken`). A possessor stays too ("stormed Hussein's
compound"): the cue only types what nothing typed, or what only a name list or the
model guessed a person. A list after the verb is its object, every member of it ("jets
hit Khiam, Bint Jbeil and Marjayoun"), so the cue before the list's first member is
asked for each."""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.candidates import Piece
from dataset.entities.classify import (
    HEBREW_PLACE_NOUNS,
    KINSHIP_PLACE_NOUNS,
    PLACE_NOUN_WORDS,
    POSSESSIVE_AFTER,
    UNKNOWN,
    Mention,
    arabic_place_noun,
    ending_words,
    ends_with,
    is_common,
    place_by_cue,
    word_ending,
)
from dataset.entities.params import EntityParams

# Verbs of military action whose object is a place, in the forms news writes before it;
# not those a captive is the object of as often ("captured Saddam", "held Navalny"). A
# village is torched or razed; no person is.
_SIEGE_VERBS = (
    "retook|retaken|retaking|retake|shelled|shelling|shell|besieged|besieging|besiege"
    "|bombed|bombing|bombarded|bombarding|stormed|storming|liberated|liberating|liberate"
    "|overran|overrun|overrunning|encircled|encircling|fled|fleeing|flee|evacuated"
    "|evacuating|evacuate|occupied|occupying|invaded|invading|controlled|controlling"
    "|torched|torching|razed|razing"
)
# Verbs whose object is a place or a body as often ("left Raqqa", "left Arsenal"): they
# confirm a gazetteer place only.
_MOTION_VERBS = "left|leaving|leave|entered|entering|enter"
# Verbs of retreat whose "from" phrase is a place ("withdrew from Avdiivka", "pushed
# back from Kupiansk").
_RETREAT_VERBS = (
    "withdrew|withdrawn|withdrawing|retreated|retreating|expelled|ousted|driven|pushed"
    "|evicted|routed"
)
# Verbs of expulsion with "out of" after their object ("pushed Islamic State out of
# Kobani"); "come out of Balco", "a kick out of Martial Arts" name no place.
_EXPEL_VERBS = (
    "pushed|pushing|push|drove|driven|driving|drive|forced|forcing|force|chased|chasing"
    "|kicked|ousted|routed|expelled"
)
# Nouns of military action whose "of" (or "for") phrase is the place acted on: "the
# siege of Kobani", "the battle for Avdiivka". Not "capture" or "fall" ("the capture of
# Saddam", "the fall of Assad" are a man's).
_SIEGE_NOUNS = (
    "siege|sieges|battle|battles|shelling|bombardment|bombing|liberation|encirclement"
    "|evacuation|blockade|recapture"
)
# "took control of Kunduz", "seized full control of Spin Boldak": control taken is of a
# place; "sold control of" a firm is not taken, so the verb is asked for.
_CONTROL_TAKEN = (
    r"(?:took|taken|taking|take|seized|seizing|seize|gained|gaining|regained|wrested)"
    + r"[^\S\n]+(?:(?:full|military|complete|effective|total)[^\S\n]+)?control[^\S\n]+of"
)
# Verbs of military action whose object is a town or a person as often ("held Douma",
# "held Navalny"; "attacked Spin Boldak", "attacked Biden"; "rocked Kabul", "the defeat
# shook Biden"; "forces entered Khankendi", "the player entered Wimbledon"; "burned
# Quissanga", "burned Kasparov" in a game; "forces had taken Babanusa", "took Smith to
# hospital"): they type a
# name on
# evidence, a gazetteer town or an armed subject (`_ARMED_SUBJECT`).
# "took Navalny away", "taken Smith to hospital", "took him hostage": the forms of
# "take" whose object may be a person carried off rather than a town captured.
_TAKE_VERBS = "took|taken|taking"
_CONTESTED_VERBS = (
    "attacked|attacking|attack|seized|seizing|seize|hit|hitting|held|holding|hold"
    "|captured|capturing|capture|raided|raiding|struck|striking|targeted|targeting"
    "|pounded|pounding|surrounded|surrounding|recaptured|recapturing|defended|defending"
    "|rocked|rocking|shook|shaking|entered|entering|burned|burnt|burning|" + _TAKE_VERBS
)
# The subjects that do those things to towns: armed bodies, and fire and what carries it
# ("Syrian rebels held Douma", "Shelling hit Makiivka", "strikes pounded Rafah", "a
# blast rocked Makiivka", "the gang attacked Pont-Sonde").
_ARMED_NOUNS = (
    "rebels|troops|forces|militants|fighters|insurgents|militia|militias|militiamen"
    "|jihadists|soldiers|army|gunmen|gangs?|guerrillas|paratroopers|marines|shelling|strikes"
    "|airstrikes|missiles|rockets|drones|shells|artillery|bombers|warplanes|jets"
    "|bandits|mercenaries|separatists|terrorists|extremists|pirates|raiders|attackers"
    "|assailants|settlers|paramilitaries|commandos"
    "|explosions?|blasts?"
)
# Nouns of military action whose "on" phrase is the place acted on: "the offensive on
# Kharkiv", "a raid on Jenin", "airstrikes on Dahiyeh". Not "attack" or "strike", which
# are on people as often ("an attack on Rushdie", "the strike on Soleimani").
_ASSAULT_NOUNS = "offensive|offensives|assault|assaults|raid|raids|airstrike|airstrikes"
# Nouns of the posts armies hold, whose "in" or "near" phrase is where the post stands:
# "a base in Bulo Burde", "the camp near Bentiu". A post is in a place, never in a person.
_POST_NOUNS = (
    "base|bases|airbase|airbases|camp|camps|outpost|outposts|checkpoint|checkpoints"
    "|garrison|garrisons|barracks"
)
_SPACE = r"[^\S\n]+"
# Each phrase opens at a word no hyphen joins to the one before ("the far-left Militant").
_OPEN = r"(?<![\w-])"
_EXPELLED_OUT = (
    r"(?:" + _EXPEL_VERBS + r")(?:" + _SPACE + r"[\w'’.-]+){0,4}?" + _SPACE + "out" + _SPACE + "of"
)
_OBJECT_PLACE = re.compile(
    _OPEN + r"(?:(?:" + _SIEGE_VERBS + r")"
    r"|(?:" + _RETREAT_VERBS + r")" + _SPACE + r"(?:back" + _SPACE + r")?from"
    r"|(?:" + _SIEGE_NOUNS + r")" + _SPACE + r"(?:of|for)"
    r"|(?:" + _ASSAULT_NOUNS + r")" + _SPACE + "on"
    r"|(?:" + _POST_NOUNS + r")" + _SPACE + "(?:in|near)"
    r"|" + _CONTROL_TAKEN + r"|" + _EXPELLED_OUT + r")" + _SPACE + "$"
)
# "the attack on Malam Fatori", "a strike on Dahiyeh": "attack" and "strike" are on people
# as often, but on a name no name list knows (a person's is a listed given name or
# surname) only a town's.
# (A lone word after "attack on" is a firm's or a party's as often, attacked in words:
# "a politically motivated attack on Yukos"; a strike on one is an armed one: group 1.)
_ATTACK_ON = re.compile(_OPEN + r"(?:attacks?|(strikes?))" + _SPACE + "on" + _SPACE + "$")
# Deaths and wounds told in the sentence of an "attack on" make it an armed one, whose
# lone unlisted object is a town ("dozens were killed in the attack on Barsalogho").
_DEATHS = re.compile(r"\b(?:killed|killing|kills|died|dead|deadly|wounded|injured)\b")
_SENTENCE_ENDS = ".!?\n"


def _deadly_sentence(start: int, end: int, text: str) -> bool:
    """Whether the sentence holding `start`..`end` (within 160 characters each side)
    tells of deaths or wounds (`_DEATHS`)."""
    low = max(0, start - 160)
    opening = max(text.rfind(mark, low, start) for mark in _SENTENCE_ENDS) + 1
    closing = [k for mark in _SENTENCE_ENDS if (k := text.find(mark, end, end + 160)) != -1]
    return _DEATHS.search(text, max(opening, low), min(closing, default=end + 160)) is not None


# Where people flee and troops are sent, and a move toward a point of the compass, ends
# at a place: "thousands fled to Cucuta", "sent troops to Catatumbo", "the army deployed
# to Khiam", "move south to Mawasi" (no one flees to a person; one flees to their side).
_REFUGE_WORDS = (
    "fled|flee|flees|fleeing|troops|forces|soldiers|reinforcements|deployed|redeployed"
    "|north|south|east|west|northward|southward|eastward|westward"
)
_REFUGE_TO = re.compile(_OPEN + r"(?:" + _REFUGE_WORDS + r")" + _SPACE + "to" + _SPACE + "$")
_REFUGE_ENDS = tuple(f"{word} to" for word in _REFUGE_WORDS.split("|"))
# A distance at sea, or a vessel's fate, "off" a name puts the name on a coast: "50
# nautical miles off Mokha", "the ship sank off Ras Isa". Not "hit off" or "fought off",
# which a bowler or a rival follows as often.
_OFF_COAST_WORDS = (
    "miles|kilometres|kilometers|km|sank|sunk|capsized|anchored|moored|aground|docked"
)
_OFF_COAST = re.compile(_OPEN + r"(?:" + _OFF_COAST_WORDS + r")" + _SPACE + "off" + _SPACE + "$")
_OFF_COAST_ENDS = tuple(f"{word} off" for word in _OFF_COAST_WORDS.split("|"))
_MOTION_BEFORE = re.compile(_OPEN + r"(?:" + _MOTION_VERBS + r")" + _SPACE + "$")
_CONTESTED_BEFORE = re.compile(_OPEN + r"(?:" + _CONTESTED_VERBS + r")" + _SPACE + "$")
# At most an auxiliary or an adverb, then one of the verbs, after a subject.
_SUBJECTS_VERB = (
    r"(?:" + _SPACE + r"(?:had|have|has|also|later|then|again|briefly|reportedly|quickly"
    r"|once|still|[a-z]+ly))?" + _SPACE + r"(?:" + _CONTESTED_VERBS + r")" + _SPACE + "$"
)
# An armed subject and the verb; the subject may be modified by whom it follows or serves
# ("gangs led by Jimmy Cherizier attacked", "troops loyal to the junta held").
_ARMED_SUBJECT = re.compile(
    r"(?<![\w-])(?i:"
    + _ARMED_NOUNS
    + r")(?:"
    + _SPACE
    + r"(?:led|backed|loyal|allied|aligned|linked)"
    + _SPACE
    + r"(?:by|to|with)(?:"
    + _SPACE
    + r"[\w'’.-]+){1,4}?)?"
    + _SUBJECTS_VERB
)
# The armed subject of an earlier verb in the sentence, its predicate conjoined to the
# verb's ("fighters overran a base in Bulo Burde and briefly held Mahas"): a verb after
# "and" with no subject of its own shares the subject before it.
_ARMED_CONJOINED = re.compile(
    r"(?<![\w-])(?i:"
    + _ARMED_NOUNS
    + r")"
    + _SPACE
    + r"[a-z][^.;:!?\n]*"
    + _SPACE
    + "and"
    + _SUBJECTS_VERB
)
# A country's name as the subject ("Israel struck Nabatieh", "Russia attacked Kharkiv"):
# a state that strikes, attacks or holds a name acts on a place, as its forces do.
_NAMED_SUBJECT = re.compile(
    r"(?<![\w-])([A-Z][\w'’-]*(?:" + _SPACE + r"[A-Z][\w'’-]*)?)" + _SUBJECTS_VERB
)
_CONTESTED_ENDS = tuple(_CONTESTED_VERBS.split("|"))
# The last words of the phrases, asked before a pattern is searched.
_SIEGE_ENDS = tuple(_SIEGE_VERBS.split("|"))
# (A post's phrase by its two words: a name after "in" alone is too common to search.)
_POST_ENDS = tuple(
    f"{noun} {p}"
    for noun in _POST_NOUNS.split("|")
    if not noun.startswith("air")  # "airbase in" ends with "base in"
    for p in ("in", "near")
)
_OBJECT_PLACE_ENDS = (*_SIEGE_ENDS, " of", " from", " for", " on", *_POST_ENDS)
_MOTION_ENDS = tuple(_MOTION_VERBS.split("|"))
# "Kobani was liberated", "Marawi had been retaken": a town as the passive's subject.
_PASSIVE_AFTER = re.compile(
    r"[^\S\n]+(?:was|were|is|are|has[^\S\n]+been|had[^\S\n]+been|is[^\S\n]+being)"
    r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:shelled|besieged|bombed|bombarded|liberated|retaken"
    r"|overrun|encircled|stormed)\b"
)
# The last word of every phrase before the name the cues ask for: most names follow none,
# and a set look-up of the word before them passes them by.
_CUE_WORDS = ending_words(
    (*_OBJECT_PLACE_ENDS, *_MOTION_ENDS, *_CONTESTED_ENDS, *_REFUGE_ENDS, *_OFF_COAST_ENDS)
)
# Calls the cue overrules: nothing, or the model's guess alone; and a name list's guess,
# a lone given name too ("Insurgents attacked Palma": no surname says whose it is), if
# the gazetteer knows the town.
_GUESSES = frozenset(["unknown", "model", "fallback", "name"])


def _armed_subject(start: int, text: str, lexicons: lx.Lexicons) -> bool:
    """Whether an armed subject, or a country's name, and a verb of `_CONTESTED_VERBS`
    end the text before `start`, or such a verb after "and" shares the armed subject of
    the verb before it ("fighters overran a base … and briefly held"). The pattern takes
    the leftmost capitalised pair, which may open with a word before the subject ("On
    Sunday Israel struck", "Then Israel struck"): a pair that is no country's name has
    its last word asked, unless a given name opens it ("Michael Jordan hit")."""
    if _ARMED_SUBJECT.search(text, max(0, start - 80), start) is not None:
        return True
    if _ARMED_CONJOINED.search(text, max(0, start - 160), start) is not None:
        return True
    named = _NAMED_SUBJECT.search(text, max(0, start - 48), start)
    if named is None:
        return False
    subject = named.group(1)
    if lx.is_country(subject, lexicons):
        return True
    first, *rest = subject.split()
    return (
        bool(rest)
        and lx.is_country(rest[-1], lexicons)
        and (first in lx.NEVER or first.lower() not in lexicons.first_names)
    )


def _attack_on(start: int, text: str) -> re.Match[str] | None:
    """The "attack on" or "strike on" (`_ATTACK_ON`) that ends the text before `start`."""
    if not text.endswith(" on ", 0, start):
        return None
    return _ATTACK_ON.search(text, max(0, start - 12), start)


_TAKE_WORDS = frozenset(_TAKE_VERBS.split("|"))
# What follows the object of "take" when it is a person carried off, not a town captured.
_CARRIED_OFF_AFTER = re.compile(
    r"[^\S\n]+(?:to|away|into|prisoner|hostage|captive|back|aside|off|out|with|from"
    r"|aboard|under)\b"
)


def _carried_off(start: int, end: int, text: str) -> bool:
    """Whether the name between `start` and `end` is the object of "take" carried off
    somewhere (`_CARRIED_OFF_AFTER`): a person's fate, not a town's."""
    return (
        word_ending(text, start, 12) in _TAKE_WORDS
        and _CARRIED_OFF_AFTER.match(text, end) is not None
    )


def _contested(start: int, end: int, text: str, listed_town: bool, lexicons: lx.Lexicons) -> bool:
    """Whether a verb that takes towns and people alike ends the text before `start`,
    with evidence that its object is a town: a gazetteer town, or an armed subject; not
    a name "taken" somewhere (`_carried_off`)."""
    if not ends_with(text, start, 12, _CONTESTED_BEFORE, _CONTESTED_ENDS):
        return False
    if _carried_off(start, end, text):
        return False
    return listed_town or _armed_subject(start, text, lexicons)


def besieged_places(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'Russian forces shelled Avdiivka', 'troops retook Marawi', 'pushed Islamic State out
    of Kobani': one word that only the model called a person or a body, or nothing
    typed, right after a verb of military action is the town acted on (its gazetteer
    entry if any). Every mention is passed: the calls asked are `_GUESSES`.
    A word a name list knows must be a gazetteer town acted on as only a town is, in a
    phrase that takes no person or by an armed subject ("Israel struck Tyre"; "Biden
    attacked Warren" has neither); the candidate pass types a listed name after a verb
    of taking back (`retaken`)."""
    for mention in mentions:
        if (
            mention.method not in _GUESSES
            or len(mention.words) != 1
            or mention.label not in (UNKNOWN, "PERSON", "ORG")
            or (mention.label == "ORG" and mention.method != "model")
        ):
            continue
        start = list_opening(text, mention.start, mention.end)  # "hit A, B and C"
        if (
            word_ending(text, start, 16) not in _CUE_WORDS
            and _PASSIVE_AFTER.match(text, mention.end) is None
        ):
            continue
        place = lexicons.places.get(mention.words[0])
        listed = mention.method == "name" or lx.name_like(mention.words[0], lexicons)
        if (listed and place is None) or POSSESSIVE_AFTER.match(text, mention.end) is not None:
            continue
        if not (
            ends_with(text, start, 60, _OBJECT_PLACE, _OBJECT_PLACE_ENDS)
            or (
                not listed
                and (attack := _attack_on(start, text)) is not None
                and (
                    attack.group(1) is not None
                    or _deadly_sentence(mention.start, mention.end, text)
                )
            )
            or ends_with(text, start, 30, _REFUGE_TO, _REFUGE_ENDS)
            or (not listed and ends_with(text, start, 24, _OFF_COAST, _OFF_COAST_ENDS))
            or _PASSIVE_AFTER.match(text, mention.end) is not None
            or (
                not listed
                and place is not None
                and ends_with(text, start, 12, _MOTION_BEFORE, _MOTION_ENDS)
            )
            or _contested(start, mention.end, text, place is not None and not listed, lexicons)
        ):
            continue
        if place is not None:
            mention.label, mention.canonical = place.label, place.canonical
        else:
            mention.label, mention.canonical = "GPE", mention.words[0]
        mention.method = "cue"


# A member of a list before a name: up to three capitalised words, then the list's
# comma, "and" or both ("hit Khiam, Bint Jbeil and Marjayoun").
_JOINER = r"(?:,[^\S\n]+and|,|[^\S\n]+and)[^\S\n]+"
_EARLIER_MEMBER = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2}" + _JOINER + "$"
)
# What follows a member that a later member follows: a comma or "and", then a capital.
_LATER_MEMBER = re.compile(_JOINER + "[A-Z]")
_LIST_JOINS = (", ", " and ")


def list_opening(text: str, start: int, end: int) -> int:
    """Where the list holding the name at `start`..`end` opens: a verb's object may be a
    list of towns ("jets hit Khiam, Bint Jbeil and Marjayoun"), and the verb before the
    first says what each is. A comma alone may set off an apposition ("Khiam, Lebanon"),
    so a comma joins only a list that "and" closes or that goes on after the name."""
    opening = start
    joined_by_and = False
    for _ in range(4):
        if not text.endswith(_LIST_JOINS, 0, opening):
            break
        match = _EARLIER_MEMBER.search(text, max(0, opening - 48), opening)
        if match is None:
            break
        joined_by_and = joined_by_and or text.endswith(" and ", 0, opening)
        opening = match.start()
    if opening == start or joined_by_and or _LATER_MEMBER.match(text, end) is not None:
        return opening
    return start


# What follows a woman's byname, not a town's name, after a verb of attack ("attacked
# Umm Nour and her daughters", "seized Umm Samir at a checkpoint", "Umm Rami, a mother").
_WOMANS_AFTER = re.compile(
    r"(?:[^\S\n]+and[^\S\n]+her|[^\S\n]+as[^\S\n]+she|,[^\S\n]+a|[^\S\n]+at[^\S\n]+a)\b"
)


def besieged_run(
    piece: Piece, text: str, lexicons: lx.Lexicons, params: EntityParams
) -> Mention | None:
    """'the militants stormed Spin Boldak', 'the raid on Malam Fatori': a run of
    capitalised words no rule typed, right after a verb or a noun of military action
    (`_OBJECT_PLACE`, `_ATTACK_ON`), is the town acted on when none of its words is
    a listed name ("stormed Abdul Ghani's house" is a man's) and its last word is a name,
    no ordinary word, letter or numeral ("left Measure B trailing", "entered WW II")."""
    if len(piece.words) < 2 or POSSESSIVE_AFTER.match(text, piece.end) is not None:
        return None
    start = list_opening(text, piece.start, piece.end)  # "hit Khiam, Bint Jbeil and …"
    if word_ending(text, start, 16) not in _CUE_WORDS:
        return None
    last = piece.words[-1]
    if len(last) < 3 or not last.replace("-", "").isalpha() or last.isupper():
        return None
    if is_common(last, lexicons, params):
        return None
    # An Arabic or Hebrew noun of place, no one's name itself, opens a place's name
    # whatever name follows it ("stormed Jebel Moya"); a kinship noun too, though a list
    # knows it as a surname ("stormed Um Zarqa"): the cue is the one it asks for.
    noun = arabic_place_noun(piece.words[0])
    if (
        noun is not None
        and lx.name_like(piece.words[0], lexicons)
        and piece.words[0] not in KINSHIP_PLACE_NOUNS
    ):
        noun = None
    if piece.words[0] in KINSHIP_PLACE_NOUNS and _WOMANS_AFTER.match(text, piece.end) is not None:
        return None
    if noun is None and any(lx.name_like(w, lexicons) for w in piece.words):
        return None
    siege = (
        ends_with(text, start, 60, _OBJECT_PLACE, _OBJECT_PLACE_ENDS)
        or _attack_on(start, text) is not None
        or ends_with(text, start, 30, _REFUGE_TO, _REFUGE_ENDS)
    )
    known = " ".join(piece.words) in lexicons.places
    if not siege and not _contested(start, piece.end, text, known, lexicons):
        return None
    return place_by_cue(piece, lexicons) if noun is None else place_by_cue(piece, lexicons, noun)


# "Um Zarqa fell to the RSF": a town, not a person, falls to a force.
_FELL_TO = re.compile(r"[^\S\n]+fell[^\S\n]+to\b")
# Words before a name that say it is where something is or moves to or from.
_PLACED_BEFORE = lx.PLACE_PREPOSITIONS | frozenset(["from", "to"])
# Nouns of place that open a place's name before a given name after a preposition of
# place; not "Khan", a surname as well ("Imran Khan"; `arabic_noun_place` refuses "Ras").
_PLACED_OPENERS = PLACE_NOUN_WORDS - {"Khan"}


def arabic_noun_place(
    piece: Piece, lexicons: lx.Lexicons, params: EntityParams, placed: bool = False
) -> Mention | None:
    """'Tell Abyad', 'Kafr Nabl', 'Khan Sheikhoun', 'Kiryat Shmona': an Arabic or Hebrew
    noun of place (hill, village, caravanserai, town) before one name no list knows is a
    place, without the article too. The name must be no ordinary word, and no listed
    personal name after an Arabic noun ("Tell Mary"; a Hebrew one opens no one's name, so
    "Givat Shaul" is a place) unless a preposition of place stands before the noun
    (`placed`: "withdrew from Ain Issa", the spring of Issa); the noun no ordinary word
    capitalised to open a sentence ("Tell Mama …") and not "Ras", which is a title and a
    given name as well ("Ras Tafari", "Ras Baraka"). A kinship noun ("Umm Qasr", "Bint
    Jbeil") opens a woman's byname as often as a town ("Umm Rami said"), whatever list
    misses the name after it, so it names a town only after a preposition of place."""
    if len(piece.words) != 2 or piece.words[0] == "Ras":
        return None
    if piece.words[0] in KINSHIP_PLACE_NOUNS and not placed:
        return None
    label = arabic_place_noun(piece.words[0])
    name = piece.words[1]
    if label is None or len(name) < 3 or not name.replace("-", "").isalpha():
        return None
    if not name[1:].replace("-", "").islower():
        return None
    if not placed and lx.name_like(name, lexicons) and piece.words[0] not in HEBREW_PLACE_NOUNS:
        return None
    if is_common(name, lexicons, params) or name in lx.ORG_HEADS:
        return None
    if piece.initial and is_common(piece.words[0], lexicons, params):
        return None
    return place_by_cue(piece, lexicons, label)


def placed_arabic_noun_place(
    piece: Piece, text: str, lexicons: lx.Lexicons, params: EntityParams
) -> Mention | None:
    """'withdrew from Ain Issa': an Arabic noun of place (`_PLACED_OPENERS`) and a given
    name after a preposition of place are one place, not a place and a person. A kinship
    noun's name is a town as well when the town's lot follows ("Umm Rawaba was shelled",
    "Um Zarqa fell to the RSF"): a woman is not shelled so, nor falls to a force."""
    if piece.words[0] not in _PLACED_OPENERS:
        return None
    before = word_ending(text, piece.start, 12).lower()
    if piece.words[0] in KINSHIP_PLACE_NOUNS:
        # "spoke to Umm Rami", "a message from Umm Fadi": one speaks to, hears from and
        # hands things to a woman, so "to" and "from" place no kinship noun's name.
        placed = before in lx.PLACE_PREPOSITIONS or _towns_lot(text, piece.end)
    else:
        placed = before in _PLACED_BEFORE
    if not placed:
        return None
    return arabic_noun_place(piece, lexicons, params, placed=True)


def _towns_lot(text: str, end: int) -> bool:
    """Whether what follows the name ending at `end` befalls a town, not a woman: "was
    shelled", "fell to the RSF"."""
    return _PASSIVE_AFTER.match(text, end) is not None or _FELL_TO.match(text, end) is not None
