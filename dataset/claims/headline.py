"""The headline: where it ends, and cues in a title-case one (`Bush Says …`)."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.at_cue import at_cue
from dataset.claims.draft import Draft
from dataset.claims.params import ClaimParams
from dataset.claims.reader import Reader


def headline_end(text: str, params: ClaimParams) -> int:
    """End of the headline (a first paragraph without sentence punctuation), else 0."""
    first = text.find("\n\n")
    if first <= 0:
        return 0
    head = text[:first].rstrip()
    if head.endswith((".", "!", "?")) or len(head.split()) > params.max_headline_words:
        return 0
    return first


# Punctuation that may close a headline after its last word.
_CLOSING = " \t.!?\"'”’"
# Words a title-case headline keeps in lower case: articles, conjunctions, prepositions.
_MINOR_WORDS = g.PREPOSITIONS | g.ARTICLES | frozenset("and or but nor as vs".split())


def title_case_headline(reader: Reader) -> list[Draft]:
    """`Bush Says He Will Run`: cue forms in a title-case first line, matched in lower
    case (the main pass only matches lower-case forms, so "Post" is not a cue). A line in
    title case only after a topic label or with minor words early (`Sudan: Dozens Killed
    in Attack, Activists Say`) has only a cue that ends it read: capitals hide which
    words are verbs, but a last word after its subject can only be the attribution."""
    text = reader.article.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end]
    lowered = line.lower()
    if len(lowered) != len(line):
        return []
    last = len(line.rstrip(_CLOSING))
    if g.TITLE_CASE.match(line):
        found = list(reader.lexicon.cues.finditer(lowered))
    elif _title_cased(line):
        found = [cue for cue in reader.lexicon.cues.finditer(lowered) if cue[1] == last]
    else:
        return []
    drafts = []
    for start, end, _lower in found:
        surface = line[start:end]
        if surface[0].isupper() and start > 0:
            draft = at_cue(reader, start, end, surface)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _title_cased(line: str) -> bool:
    """`Sudan: Dozens Killed in Attack, Activists Say`: after a topic label and its colon,
    three or more words, every one but the minor words capitalised (title case keeps
    "in", "of", "the" lower, so the first three words need not all be capitals)."""
    label = g.COLON.search(line)
    words = line[label.end() :].split() if label else line.split()
    return len(words) >= 3 and all(
        w.lower() in _MINOR_WORDS or not w.lstrip("\"'“‘")[:1].islower() for w in words
    )
