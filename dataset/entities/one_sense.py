"""One name, one referent: "Yukos shares fell … Yukos said it would appeal".

A news story uses a one-word name for one thing throughout. When the article's own
words show the name to be an organisation ("Yukos shares", "the airline Qantas"), its
other uses that only a name list, the model or a speaking verb took for a person are the
same organisation; "said" fits a company as well as a person. A name the article also
gives as a person's surname ("Henry Ford … Ford") is left as it is: there it may be both.
"""

from __future__ import annotations

from dataset.entities.classify import Mention

# Evidence that a one-word name is a body: a cue around it, a list, a known acronym.
_BODY_EVIDENCE = frozenset(["cue", "lexicon", "acronym", "trailer", "head"])
# Person calls such evidence overrules: guesses, and speaking or acting verbs.
_PERSON_GUESSES = frozenset(["name", "model", "fallback", "context"])


def _whole_unexplained(mention: Mention, text: str) -> bool:
    """A name nothing typed that stands alone: not a letter or two of a name joined by
    "&" ("M&S", "AT&T"), which the scan cut apart."""
    return (
        mention.label == ""
        and len(mention.words[0]) > 2
        and text[mention.start - 1 : mention.start] != "&"
        and text[mention.end : mention.end + 1] != "&"
    )


def bodies_named_once(mentions: list[Mention], first_names: frozenset[str], text: str) -> None:
    """Re-type as ORG the guessed persons, and the names nothing typed, whose one word the
    article shows is a body's."""
    bodies = {
        m.words[0]
        for m in mentions
        if m.label == "ORG" and len(m.words) == 1 and m.method in _BODY_EVIDENCE
    }
    if not bodies:
        return
    surnames = {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) > 1}
    for mention in mentions:
        word = mention.words[0]
        if (
            word in bodies
            and len(mention.words) == 1
            and (
                (mention.label == "PERSON" and mention.method in _PERSON_GUESSES)
                or _whole_unexplained(mention, text)  # "… see Novartis' Sandoz business"
            )
            and word not in surnames
            and word.lower() not in first_names
        ):
            mention.label, mention.canonical, mention.method = "ORG", word, "coref"
