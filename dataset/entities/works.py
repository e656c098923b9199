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
# Calls a kind's example overrules: guesses, and names nothing typed.
_GUESSES = frozenset(["name", "model", "fallback", "context", "bare-gazetteer", "unknown"])


def _kind_before(text: str, start: int) -> str:
    """The noun before "like" or "such as" that ends right before `start`, or ""."""
    words = text[max(0, start - 40) : start].split()
    if len(words) >= 2 and words[-1] == "like":
        return words[-2]
    if len(words) >= 3 and words[-1] == "as" and words[-2] == "such":
        return words[-3]
    return ""


def works_by_kind(mentions: list[Mention], text: str) -> None:
    """Re-type as WORK_OF_ART or PRODUCT the guessed names given as a work's or a
    product's example, the guessed names listed after them ("cartoons such as
    Transformers, Thundercats and M.A.S.K."), and the article's other guesses of the same
    word (one name, one referent: "Angels is a great song")."""
    typed: dict[tuple[str, ...], str] = {}
    label = ""
    for index, mention in enumerate(mentions):
        if label and listed_together(mentions[index - 1], mention, text):
            if mention.method in _GUESSES:
                named_by_cue(mention, label)
                typed[tuple(mention.words)] = label
            continue
        label = ""
        head = text[max(0, mention.start - 5) : mention.start]  # a cheap test first
        if not (head == "like " or head.endswith(" as ")) or mention.method not in _GUESSES:
            continue
        kind = _kind_before(text, mention.start)
        label = (
            "WORK_OF_ART" if kind in _WORK_NOUNS else "PRODUCT" if kind in _PRODUCT_NOUNS else ""
        )
        if label:
            named_by_cue(mention, label)
            typed[tuple(mention.words)] = label
    if not typed:
        return
    for mention in mentions:
        label = typed.get(tuple(mention.words), "")
        if label and mention.method in _GUESSES:
            named_by_cue(mention, label)
