"""Whole-word searches that let the regex engine skip ahead instead of trying every character.

A pattern that opens with `\\b` (or a look-behind) is tried at every character of the text;
one that opens with a character class is scanned for in C, entering the matcher only at
characters of that class. `WordScanner` searches `\\b(?:words)\\b` as `\\W(words)\\b`: the
non-word character before a word is the class, so the matcher starts once per word
instead of once per character. A word at the very position a search starts from has no
character before it inside the searched range, so that one position is tried with the
plain pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

Found = tuple[int, int, str]  # start, end, matched text

# Under re.IGNORECASE these ASCII letters also match non-ASCII ones that Python's re folds
# to them or with them (the dotted capital and the dotless small i, the Kelvin sign, the
# long s).
_FOLDING = frozenset("iks")


def either_case(char: str) -> str:
    """What `char` matches under re.IGNORECASE, for an ASCII character: a class of its two
    cases for a letter, which the engine checks in one look-up before it enters a branch,
    where a case-insensitive letter costs a lower-casing per try. The few letters with
    non-ASCII folds keep the flag: a class holding those compiles slowly."""
    if not (char.isascii() and char.isalpha()):
        return re.escape(char)
    lower = char.lower()
    return f"(?i:{lower})" if lower in _FOLDING else f"[{lower}{lower.upper()}]"


def trie_pattern(words: list[str], char: Callable[[str], str] = re.escape) -> str:
    """A regex alternation factored as a trie: tries one branch per character, not per word.

    Of the words that match at a position it tries the longest first. `char` renders one
    character (`either_case` for a case-insensitive trie of ASCII words)."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [char(c) + render(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(tree)


class WordScanner:
    """Finds what `plain` (`\\b(?:word|…)\\b`, a space matching any run of whitespace)
    finds, faster. Every word opens and closes with a word character. Case-insensitive
    ASCII words are matched through `either_case` classes, without the flag."""

    def __init__(self, words: list[str], flags: int = 0) -> None:
        if not all(re.fullmatch(r"\w(?:.*\w)?", word, re.DOTALL) for word in words):
            raise ValueError("every word must open and close with a word character")
        if flags & re.IGNORECASE and all(word.isascii() for word in words):
            flags &= ~re.IGNORECASE
            body = trie_pattern(sorted({w.lower() for w in words}), either_case)
        else:
            body = trie_pattern(sorted(words))
        body = body.replace(r"\ ", r"\s+")
        self.plain = re.compile(r"\b(?:" + body + r")\b", flags)
        self._after_non_word = re.compile(r"\W(" + body + r")\b", flags)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Found | None:
        """The first match in text[pos:endpos], as `plain.search(text, pos, endpos)`."""
        found = self.plain.match(text, pos, endpos)
        if found is not None:
            return found.start(), found.end(), found.group()
        found = self._after_non_word.search(text, pos, endpos)
        return None if found is None else (found.start(1), found.end(1), found.group(1))

    def finditer(self, text: str) -> Iterator[Found]:
        """Every match in text order, as `plain.finditer(text)`.

        A match ends in a word character, so the next one starts after a non-word
        character at or past its end: the scan resumes at the previous end."""
        first = self.plain.match(text)
        pos = 0
        if first is not None:
            yield first.start(), first.end(), first.group()
            pos = first.end()
        for found in self._after_non_word.finditer(text, pos):
            yield found.start(1), found.end(1), found.group(1)
