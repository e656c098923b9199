"""Names given as examples of a kind of work or product: "a cheesy ditty like Angels",
"open source software like Linux", "cartoons such as Transformers".

"Like" and "such as" after a noun introduce instances of the kind the noun names. When
that noun is a kind of work (a song, a show, a film) or of product (software, a
console), the name is that work's or product's title, not a person, a place or a body,
whatever a name list, the model or a word after it ("Linux, which …") guessed. OntoNotes
types a title WORK_OF_ART and a product PRODUCT; neither is read as a person, a body or
a place by the passes after this one.
"""

from __future__ import annotations

from dataset.entities.classify import Mention, named_by_cue
from dataset.entities.company_cues import GUESSES
from dataset.entities.context import listed_together

# Not nouns that are verbs before "like" as often ("plays like Messi", "hit like Tyson").
_WORK_NOUNS = frozenset(
    """song songs ditty ditties album albums film films movie movies show shows programme
    programmes series cartoon cartoons sitcom sitcoms novel novels musical musicals""".split()
)
_PRODUCT_NOUNS = frozenset(
    """software browser browsers console consoles phone phones handset handsets""".split()
)
_KIND_LABELS = {
    **dict.fromkeys(_WORK_NOUNS, "WORK_OF_ART"),
    **dict.fromkeys(_PRODUCT_NOUNS, "PRODUCT"),
}


def _example_starts(text: str) -> dict[int, str]:
    """Where a name given as an example of a kind of work or product would start, with
    the label the kind gives it: after "like " or "such as " that follows a kind noun
    ("a cheesy ditty like ", "cartoons such as "). Found by string searches once per
    article, so that each mention is asked by a look-up only when there are any."""
    starts: dict[int, str] = {}
    for joint in ("like ", "such as "):
        at = text.find(joint)
        while at >= 0:
            words = text[max(0, at - 16) : at].split()
            label = _KIND_LABELS.get(words[-1], "") if words else ""
            if label:
                starts[at + len(joint)] = label
            at = text.find(joint, at + 1)
    return starts


def _whole_title(text: str, end: int) -> bool:
    """Whether the name ends the title: no possessive, contraction or mark joined to it
    ("What's My Name?", "Sky+"), no number after it ("Channel 4's gameshow", "Windows
    95"), where the scan cut a longer title or a name the name belongs to."""
    after = text[end : end + 2]
    return after[:1] not in ("'", "’", "+") and not (after[:1] == " " and after[1:].isdigit())


def works_by_kind(mentions: list[Mention], text: str) -> None:
    """Re-type as WORK_OF_ART or PRODUCT the guessed names given as a work's or a
    product's example, the guessed names listed after them ("cartoons such as
    Transformers, Thundercats and M.A.S.K."), and the article's other guesses of the same
    word (one name, one referent: "Angels is a great song")."""
    starts = _example_starts(text)
    if not starts:
        return
    typed: dict[tuple[str, ...], str] = {}
    label = ""
    for index, mention in enumerate(mentions):
        if label and listed_together(mentions[index - 1], mention, text):
            if mention.method in GUESSES:
                typed[tuple(mention.words)] = label
            continue
        label = starts.get(mention.start, "") if mention.method in GUESSES else ""
        if label and not _whole_title(text, mention.end):
            label = ""
        if label:
            typed[tuple(mention.words)] = label
    for mention in mentions:
        label = typed.get(tuple(mention.words), "")
        if label and mention.method in GUESSES:
            named_by_cue(mention, label)
