"""Which entity a claimant is: the entity it names, or what its pronoun refers to.

Entities are optional: without them every key is None and nothing else changes.
A pronoun ("he", "they", "who") refers to the most recent compatible entity before it,
preferring entities that were themselves claimants (the subject of an earlier report),
within a few sentences' reach.
"""

from __future__ import annotations

import bisect
import re

PERSON = frozenset(["PERSON"])
GROUP = frozenset(["ORG", "NORP", "GPE", "PERSON"])
BODY = frozenset(["ORG", "GPE", "NORP"])
COMPATIBLE = {
    "he": PERSON,
    "she": PERSON,
    "him": PERSON,
    "her": PERSON,
    "they": GROUP,
    "them": GROUP,
    "we": GROUP,
    "it": BODY,
    "who": GROUP,
    "which": BODY,
}
RELATIVES = frozenset(["who", "which"])
# An indefinite noun phrase ending where the text ends ("a local official", "All three"):
# someone the article has not named.
_INDEFINITE_PHRASE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]ll|[Ss]ome|[Tt]wo|[Tt]hree)(?:\s+[\w'’-]+){0,3}\s*$"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|at|from|near)\s+(?:the\s+)?$")
# A comment on the clause before it, up to its pronoun: ", charges ", ", a claim ".
_COMMENT_BEFORE = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?:claims?|charges?|allegations?|accusations?|assertions?)\s+$"
)
CLAIMANT_LABELS = frozenset(["PERSON", "ORG", "NORP", "GPE", "FAC", "WORK_OF_ART"])
REACH_CHARS = 1200  # how far back a pronoun looks for its antecedent


# Words by which an organisation speaks: "Taliban officials", "BBC video footage".
VOICES = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople militants fighters
    leader leaders commander commanders source sources representative representatives
    authorities government ministry video footage report reports statement analysis""".split()
)
ARTICLES = ("the ", "a ", "an ")
# Where an aside after a claimant's head opens: a comma, bracket or dash.
ASIDE_OPENING = re.compile(r"\s*(?:,|\(|—|–|\s-\s)")
ASIDE_CLOSINGS = ",)—–-"


def head_end(text: str, start: int, end: int) -> int:
    """`The Taliban, who seized power in August,`: a claimant with an aside closed at its
    end names its entity before the aside (a list, "Russia, Iran and Turkey", is kept)."""
    if text[end - 1] not in ASIDE_CLOSINGS:
        return end  # a claimant span ends at a token, never at a space
    opening = ASIDE_OPENING.search(text, start, end - 1)
    return opening.start() if opening and opening.start() > start else end


def _end_before_spaces(text: str, at: int) -> int:
    """len(text[:at].rstrip())."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


# A place after these says where the phrase's head is or who stands behind it: "The
# Health Ministry in Gaza", "M23 rebels backed by Rwanda" (up to three lower-case words
# between the body and the preposition).
_PLACE_PREPOSITIONS = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:in|of|at|from|by)\s+(?:the\s+)?")


def _located_body(text: str, inside: list[dict]) -> dict | None:
    """`The Health Ministry in Gaza`, `M23 rebels backed by Rwanda`: the body or person a
    phrase ending in a place after a preposition is about (the place only says where it
    is, or who backs it)."""
    if len(inside) < 2 or inside[-1]["label"] != "GPE":
        return None
    before, place = inside[-2], inside[-1]
    if before["label"] in ("ORG", "PERSON") and _PLACE_PREPOSITIONS.fullmatch(
        text, int(before["end"]), int(place["start"])
    ):
        return before
    return None


# What joins the last two names of a list ("Mali, Burkina Faso and Niger", "Russia or
# Iran"), with the last name's title ("Mr Afzal and Mr Kazi").
_LIST_JOIN = re.compile(
    r"(?:,?\s+(?:and|or|&)\s+(?:the\s+)?|,\s+)(?:(?:Mr|Mrs|Ms|Dr|Gen|Col)\.?\s+)?"
)


def _coordinated(text: str, inside: list[dict]) -> bool:
    """`Russia, Iran and Turkey`, `the juntas of Mali and Niger`: a claimant that ends in
    a list of names speaks for all of them, so no one entity is its key."""
    if len(inside) < 2:
        return False
    return _LIST_JOIN.fullmatch(text, int(inside[-2]["end"]), int(inside[-1]["start"])) is not None


# Heads by which a place itself acts: "the City of Seattle", "the people of Gaza".
_PLACE_BODIES = frozenset("city town state province county republic kingdom people".split())
# A place phrase closing a claimant: a preposition, then perhaps an article.
_PLACE_PHRASE = re.compile(r"\s+(?:in|of|at|from|near|to)\s+(?:the\s+)?$")


def _placed_person(text: str, start: int, place: dict) -> bool:
    """`A doctor at a hospital in Bahir Dar`, `a resident of Lashio`: a place after a
    preposition, with no named body before it, says where the speaker is; it speaks for
    the place only through an official voice ("officials in Kabul") or as the place's
    own body ("the City of Seattle")."""
    if place["label"] not in ("GPE", "LOC", "FAC"):
        return False
    found = _PLACE_PHRASE.search(text, start, int(place["start"]))
    if found is None:
        return False
    words = text[start : found.start()].lower().split()
    return bool(words) and not any(word in VOICES or word in _PLACE_BODIES for word in words)


# A free relative's subject pronoun after "what" ("in what it called …").
_WHAT_PRONOUNS = tuple(
    f"{what} {pronoun}"
    for what in ("what", "What")
    for pronoun in ("it", "he", "she", "they", "It", "He", "She", "They")
)
# Their last letters: a cheap test before looking for one.
_PRONOUN_ENDS = frozenset(pronoun[-1] for pronoun in _WHAT_PRONOUNS)
_ARTICLES = frozenset(article.strip() for article in ARTICLES)
# Words that open a subordinate or relative clause, whose subject is not the sentence's.
_SUBORDINATE_OPENERS = frozenset(
    "which who whom whose that if when because while although though where since unless".split()
)


class ClaimantResolver:
    """Maps claimant spans to entity keys for one article."""

    def __init__(self, text: str, entities: list[dict], claimants: list[tuple[int, int]]) -> None:
        self.text = text
        usable = [
            e
            for e in entities
            if e.get("entity_key")
            and e.get("label") in CLAIMANT_LABELS
            and not e.get("parent_mention_id")  # "Texas" in "University of Texas" is no claimant
        ]
        self.mentions = sorted(usable, key=lambda e: (int(e["start"]), int(e["end"])))
        self.starts = [int(e["start"]) for e in self.mentions]
        self.claimants = sorted(claimants)
        self._person_ends: list[tuple[str, int]] | None = None
        # Each claimant span is named twice (here, then for its row) and a title phrase
        # ("the president") recurs: both answers are kept, not recomputed.
        self._named_keys: dict[tuple[int, int], str | None] = {}
        self._titled_keys: dict[str, str | None] = {}
        # Claimants that name their entity, in text order: what later pronouns refer to.
        self.named: list[tuple[int, str]] = []
        for span in self.claimants:
            key = self._named(span)
            if key is not None:
                self.named.append((span[0], key))

    def _inside(self, start: int, end: int) -> list[dict]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if int(m["end"]) <= end]

    def _named(self, span: tuple[int, int]) -> str | None:
        """The entity the claimant phrase is: its head, the organisation whose voice it is,
        or the person the article introduces with the same title ("US President")."""
        if span not in self._named_keys:
            self._named_keys[span] = self._name(span)
        return self._named_keys[span]

    def _name(self, span: tuple[int, int]) -> str | None:
        start, end = span
        if self.text[end - 1] in ASIDE_CLOSINGS:
            aside_at = head_end(self.text, start, end)
            named = self._apposed_name(aside_at, end)
            if named is not None:
                return named
            end = aside_at
        inside = self._inside(start, end)
        if inside:
            head = inside[-1]
            tail = self.text[int(head["end"]) : end].lower().removeprefix("'s").split()
            if not tail:
                if _coordinated(self.text, inside):
                    return None
                body = _located_body(self.text, inside)
                if body is None and _placed_person(self.text, start, head):
                    return None
                return str((body or head)["entity_key"])
            if head["label"] == "ORG" and all(word in VOICES for word in tail):
                return str(head["entity_key"])
        return self._titled(start, end)

    def _apposed_name(self, aside_at: int, end: int) -> str | None:
        """`The regional governor of Kharkiv, Oleh Syniehubov,`, `the RSF's commander,
        Gen. Mohamed Hamdan Dagalo,`: an aside that is a person's name alone, after at
        most a short capitalised title, names the claimant the phrase before it
        describes; so does an organisation's name alone (`Sudan's paramilitary group, the
        Rapid Support Forces,`)."""
        inside = self._inside(aside_at, end)
        if len(inside) != 1 or inside[0]["label"] not in ("PERSON", "ORG"):
            return None
        name_start, name_end = int(inside[0]["start"]), int(inside[0]["end"])
        title = self.text[aside_at:name_start].strip(" (" + ASIDE_CLOSINGS).split()
        if inside[0]["label"] == "ORG":
            # "Myanmar's shadow government, the National Unity Government,": its name
            titled = title in ([], ["the"], ["The"])
        else:
            titled = len(title) <= 3 and all(word[0].isupper() for word in title)
        if not titled or self.text[name_end:end].strip(" (" + ASIDE_CLOSINGS):
            return None
        return str(inside[0]["entity_key"])

    def _titled(self, start: int, end: int) -> str | None:
        phrase = self.text[start:end]
        for article in ARTICLES:
            phrase = phrase.removeprefix(article).removeprefix(article.capitalize())
        if len(phrase) < 4 or phrase.lower() in COMPATIBLE or not phrase[0].isupper():
            return None
        if phrase not in self._titled_keys:
            keys = {key for key, before in self._people() if self.text.endswith(phrase, 0, before)}
            self._titled_keys[phrase] = keys.pop() if len(keys) == 1 else None
        return self._titled_keys[phrase]

    def _people(self) -> list[tuple[str, int]]:
        """Each person mention's key and where the text before it ends, spaces dropped
        (what a title must end at): computed once, not a prefix copy per claimant."""
        if self._person_ends is None:
            self._person_ends = [
                (str(m["entity_key"]), _end_before_spaces(self.text, int(m["start"])))
                for m in self.mentions
                if m["label"] == "PERSON"
            ]
        return self._person_ends

    def _was_claimant(self, mention: dict) -> bool:
        at = bisect.bisect_right(self.claimants, (int(mention["start"]), 1 << 62)) - 1
        return at >= 0 and self.claimants[at][1] >= int(mention["end"])

    def _antecedent(self, start: int, labels: frozenset[str]) -> str | None:
        """The latest earlier claimant of a compatible kind, else the latest entity."""
        for named_start, key in reversed(self.named):
            if named_start >= start:
                continue
            if named_start < start - REACH_CHARS:
                break
            if key.split(":", 1)[0] in labels:
                return key
        hi = bisect.bisect_left(self.starts, start)
        fallback = None
        for mention in reversed(self.mentions[:hi]):
            if int(mention["start"]) < start - REACH_CHARS:
                break
            if mention["label"] not in labels:
                continue
            if self._was_claimant(mention):
                return str(mention["entity_key"])
            fallback = fallback or str(mention["entity_key"])
        return fallback

    def _relative_antecedent(self, start: int, labels: frozenset[str]) -> str | None:
        """`Paul Connolly, who said …`, `according to a local official, who said …`: a
        relative pronoun stands for the phrase right before its comma: the entity that
        phrase ends with (or speaks through: "Taliban officials, who"), none for an
        indefinite phrase (someone not named), and otherwise, as for a pronoun, the
        latest compatible claimant ("The company, which"); a place after a preposition
        ("on sale in China, which") only says where the phrase's head is."""
        at = _end_before_spaces(self.text, start)
        if at and self.text[at - 1] == ",":
            at = _end_before_spaces(self.text, at - 1)
        hi = bisect.bisect_left(self.starts, at)
        for mention in reversed(self.mentions[:hi]):
            if int(mention["end"]) > at:
                continue
            tail = self.text[int(mention["end"]) : at].lower().removeprefix("'s").split()
            voiced = mention["label"] == "ORG" and all(word in VOICES for word in tail)
            placed = mention["label"] == "GPE" and _AFTER_PREPOSITION.search(
                self.text, max(0, int(mention["start"]) - 12), int(mention["start"])
            )
            if mention["label"] in labels and (not tail or voiced) and not placed:
                return str(mention["entity_key"])
            break
        if _INDEFINITE_PHRASE.search(self.text, max(0, at - 80), at):
            return None
        return self._antecedent(start, labels)

    def _commented_subject(self, start: int, labels: frozenset[str]) -> str | None:
        """`The RSF was accused of killings in West Darfur, charges it denies`: a pronoun
        in a comment on the clause before it (a claim noun after its comma) stands for
        that clause's subject, the first compatible name of the sentence that no
        preposition governs, not the latest name (a place inside the charge)."""
        comment = _COMMENT_BEFORE.search(self.text, max(0, start - 40), start)
        subject = None if comment is None else self._sentence_subject(comment.start(), labels)
        return None if subject is None else str(subject["entity_key"])

    def _sentence_subject(self, before: int, labels: frozenset[str]) -> dict | None:
        """The first compatible name of the sentence up to `before` that no preposition
        governs."""
        begin = max(self.text.rfind(". ", 0, before), self.text.rfind("\n", 0, before))
        lo = bisect.bisect_left(self.starts, begin + 1)
        hi = bisect.bisect_left(self.starts, before)
        for mention in self.mentions[lo:hi]:
            at = int(mention["start"])
            if mention["label"] in labels and not _AFTER_PREPOSITION.search(
                self.text, max(0, at - 12), at
            ):
                return mention
        return None

    def _namer(self, start: int, labels: frozenset[str], fallback: bool) -> str | None:
        """`Israel struck Beirut in what it called a response`: the pronoun of a free
        relative ("what it called") says how its own clause's subject names a thing, so
        it stands for the sentence's subject; a name right after a lower-case word other
        than an article is an object ("struck Kharkiv"), and then the subject is unnamed,
        as it is when a subordinate clause opens between the name and the relative. A
        sentence with no compatible name leaves the pronoun to an earlier name, as any
        pronoun, when `fallback`: a claimant that is the pronoun alone, or a longer one
        ending in a singular pronoun ("the company has added what it calls …"); a longer
        one ending in "they" ("They are fearful of … what they see as …") names a group
        its sentence leaves unnamed."""
        subject = self._sentence_subject(start, labels)
        if subject is None:
            return self._antecedent(start, labels) if fallback else None
        at = int(subject["start"])
        words = self.text[max(0, at - 16) : at].split()
        if words and words[-1].isalpha() and words[-1].islower() and words[-1] not in _ARTICLES:
            return None
        between = self.text[int(subject["end"]) : start].lower().split()
        if not _SUBORDINATE_OPENERS.isdisjoint(between):
            return None  # "California has laws which protect … if what they write …"
        return str(subject["entity_key"])

    def key(self, span: tuple[int, int]) -> str | None:
        word = self.text[span[0] : span[1]].lower()
        labels = COMPATIBLE.get(word)
        if labels is None:
            named = self._named(span)
            if named is None and self.text[span[1] - 1] in _PRONOUN_ENDS:
                pronoun = self._free_pronoun(span[1])  # "Hamas condemned what it"
                if pronoun is not None:
                    word = self.text[pronoun : span[1]].lower()
                    return self._namer(pronoun, COMPATIBLE[word], word != "they")
            return named
        if word in RELATIVES:
            return self._relative_antecedent(span[0], labels)
        pronoun = self._free_pronoun(span[1])  # "in what it called": the pronoun alone
        if pronoun is not None:
            return self._namer(pronoun, labels, True)
        return self._commented_subject(span[0], labels) or self._antecedent(span[0], labels)

    def _free_pronoun(self, end: int) -> int | None:
        """Where the pronoun that ends at `end` right after "what" starts (a free
        relative's subject, see `_namer`), else None ("that he", "somewhat it")."""
        if not self.text.endswith(_WHAT_PRONOUNS, end - 10 if end > 10 else 0, end):
            return None
        space = self.text.rfind(" ", 0, end)  # "what" is the four letters before it
        if space > 4 and self.text[space - 5].isalnum():
            return None
        return space + 1
