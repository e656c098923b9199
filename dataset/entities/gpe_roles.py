"""Whether a country or city name stands for the place or acts as an organisation.

"Russia announced a suspension", "Beijing believes its intervention is necessary", "the
Hong Kong government", "Australia's position": the name stands for a state's government,
army or team, not for its territory. ACE calls this the ORG role of a geo-political
entity, and UNER's guideline, after NorNE's GPE_ORG, types such a name ORG. The mention
keeps its GPE label, because the places table resolves every mention of a place; its
`gpe_role` says which reading the sentence takes, so a researcher can tell who acts from
where things happen.

The cues are local and conservative, since a wrong ORG hides nothing but a right one
needs the grammar of the sentence: the name is the subject of a verb a state does (say,
announce, expel, cede, invade), of a verb with "itself", holds something only a state
has ("Russia's actions", "China's foreign ministry"), or names the state whose
government or team a noun is ("the Hong Kong government"). A name after a preposition
("police in Kabul said") is never the subject, and a passive ("was conquered") makes the
place what is acted on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dataset.entities import lexicon as lx
from dataset.entities.classify import Mention


def _inflected(stems: str) -> frozenset[str]:
    """Each stem with its third-person and past forms ("announce" → announces, announced;
    "deny" → denies, denied)."""
    forms: set[str] = set()
    for stem in stems.split():
        if stem.endswith("y") and stem[-2] not in "aeiou":
            forms |= {stem, stem[:-1] + "ies", stem[:-1] + "ied"}
        elif stem.endswith("e"):
            forms |= {stem, stem + "s", stem + "d"}
        elif stem.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms |= {stem, stem + "es", stem + "ed"}
        else:
            forms |= {stem, stem + "s", stem + "ed"}
    return frozenset(forms)


# What a state, its government, army or team does: speak, decide, act on other states.
STATE_VERBS = _inflected(
    """announce claim deny insist warn accuse demand urge vow pledge promise threaten
    refuse reject agree decide declare recognise recognize condemn criticise criticize
    protest respond retaliate believe consider want hope fear intend propose offer request
    sign ratify approve impose lift suspend annex invade attack launch deploy cede
    establish negotiate support back oppose boycott sanction vote defeat free integrate
    welcome allow order summon adopt acknowledge admit confirm accept argue dispute
    occupy retake recapture bomb shell blockade mobilise mobilize pass enact legislate"""
) | frozenset(
    """say says said send sends sent seek seeks sought withdraw withdraws withdrew
    expel expels expelled ban bans banned plan plans planned veto vetoes vetoed win wins
    won beat beats""".split()
)
# Words that may stand between the subject and its verb without making it passive.
_AUXILIARIES = frozenset(
    """has have had will would shall should can could may might must did does do not
    also already now then later still again reportedly repeatedly officially formally
    finally quickly swiftly to hasn't haven't hadn't won't wouldn't didn't doesn't don't
    can't cannot""".split()
)
# Words after which the name is no subject: prepositions ("police in Kabul said"),
# determiners of a noun it modifies ("its US launch"), and the nouns of place it may
# stand in apposition to ("police in the capital Delhi say").
_BEFORE_NO_SUBJECT = frozenset(
    """in of from at to into across near around inside outside on for with within
    throughout via through than like over under between among about against towards
    toward by during upon its his her their our my your a an this these those""".split()
) | frozenset(lx.PLACE_OF)
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
_BE = frozenset("is was are were be been being".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')(?=\s)")
_JOINED = frozenset({" and ", ", ", ", and "})


def _words_after(text: str, end: int, count: int) -> list[str]:
    """The next `count` words after `end` within the sentence (a stop or a line ends it)."""
    window = text[end : end + 80]
    stop = min((i for i in (window.find(". "), window.find("\n")) if i >= 0), default=80)
    return _WORD.findall(window[:stop])[:count]


def _word_before(text: str, start: int) -> str:
    """The lower-case word right before `start`, past one "the" ("" after a mark)."""
    head = text[max(0, start - 30) : start].rstrip(" ")
    for _ in range(2):
        match = re.search(r"([A-Za-z]+)$", head)
        if match is None:
            return ""
        word = match.group(1).lower()
        if word != "the":
            return word
        head = head[: match.start()].rstrip(" ")
    return ""


def _holds_state_thing(text: str, end: int) -> bool:
    """'Russia's actions', 'China's foreign ministry': a possessive of what a state has."""
    if not _POSSESSIVE.match(text, end):
        return False
    following = _words_after(text, end + 2, 2)
    return any(word in STATE_HOLDINGS for word in following)


def _names_a_body(text: str, end: int) -> bool:
    """'the Hong Kong government': the name modifies a noun for the state's body."""
    following = _words_after(text, end, 1)
    return text.startswith(" ", end) and bool(following) and following[0] in STATE_BODIES


def _state_subject(text: str, start: int, end: int) -> bool:
    """The name is the subject of a state's verb: 'Russia announced', 'Spain had expelled',
    'the USA would have to withdraw', 'Sparta established itself'. `start` is where the
    subject opens (the first of joined names: "officials from Russia and China said")."""
    if not text.startswith(" ", end) or _word_before(text, start) in _BEFORE_NO_SUBJECT:
        return False
    words = _words_after(text, end, 6)
    i = 0
    while i < len(words) and words[i].lower() in _AUXILIARIES:
        i += 1
    if i == len(words):
        return False
    verb = words[i]
    if verb in STATE_VERBS:
        return i + 1 == len(words) or words[i + 1] != "by"  # "Russia backed by China"
    return i + 1 < len(words) and words[i + 1] == "itself" and verb not in _BE


def gpe_roles(text: str, mentions: Sequence[Mention]) -> list[str | None]:
    """Per mention (in text order): "ORG" for a GPE acting as an organisation, "LOC" for
    a GPE naming the place, None for other labels. Names joined by "and" or commas share
    the role of the last one's verb ("Russia and China said")."""
    roles: list[str | None] = [None if m.label != "GPE" else "LOC" for m in mentions]
    opens = [m.start for m in mentions]  # where each name's run of joined names opens
    for i in range(1, len(mentions)):
        if _joined(text, mentions[i - 1], mentions[i]):
            opens[i] = opens[i - 1]
    for i in range(len(mentions) - 1, -1, -1):
        mention = mentions[i]
        if roles[i] is None:
            continue
        if (
            _holds_state_thing(text, mention.end)
            or _names_a_body(text, mention.end)
            or _state_subject(text, opens[i], mention.end)
            or (
                i + 1 < len(mentions)
                and roles[i + 1] == "ORG"
                and _joined(text, mention, mentions[i + 1])
                and _state_subject(text, opens[i], mentions[i + 1].end)
            )
        ):
            roles[i] = "ORG"
    return roles


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """Two GPEs joined by "and" or a comma ("Russia and China", "Iran, Iraq")."""
    return first.label == second.label == "GPE" and text[first.end : second.start] in _JOINED
