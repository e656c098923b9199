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


# Class contents for what \s matches among ASCII characters: re.ASCII's own \s lacks the
# separators \x1c-\x1f, which Unicode counts as whitespace.
ASCII_SPACES = r"\t-\r\x1c- "


class Twin:
    """A pattern compiled as written and, for ASCII text, with re.ASCII. On ASCII
    characters \\w, \\d, \\b and case folding mean the same under both, and with the
    flag the engine tests them in a table instead of the Unicode database: most of the
    cost of a scan that stops at every non-word character. `ascii_source` is `source`
    with each \\s spelled out with `ASCII_SPACES`. With `twin` False the pattern is
    compiled once and used for all text: for a large pattern run once per text, the
    second compile costs more than it saves."""

    def __init__(
        self, source: str, flags: int = 0, ascii_source: str | None = None, twin: bool = True
    ) -> None:
        ascii_source = source if ascii_source is None else ascii_source
        if re.search(r"\\[sS]", ascii_source):
            raise ValueError("under re.ASCII \\s lacks Unicode's \\x1c-\\x1f: spell it out")
        self.unicode = re.compile(source, flags)
        self.ascii = re.compile(ascii_source, flags | re.ASCII) if twin else self.unicode

    def on(self, text: str) -> re.Pattern[str]:
        """The pattern to run over `text` (str.isascii reads a flag of the string)."""
        return self.ascii if text.isascii() else self.unicode


# The non-ASCII letters that a case-insensitive i, k or s also matches.
_OTHER_CASES = "\u0130\u0131\u212a\u017f"


def opening_letters(words: list[str]) -> str:
    """A class of the characters `words` open with, in either case (and `_OTHER_CASES`):
    a lookahead of it lets the matcher pass over a word none of them opens like in one
    test, instead of trying each branch of a trie."""
    chars = {c for word in words for c in (word[0], word[0].lower(), word[0].upper())}
    return "[" + "".join(map(re.escape, sorted(chars))) + _OTHER_CASES + "]"


class WordScanner:
    """Finds what `plain` (`\\b(?:word|…)\\b`, a space matching any run of whitespace)
    finds, faster. Every word opens and closes with a word character. Case-insensitive
    ASCII words are matched through `either_case` classes, without the flag. `twin`: a
    second compile for ASCII text (see `Twin`), for scanners run many times per text.
    `guard`: test the character after each non-word character against the words' first
    letters (`opening_letters`) before the trie, which pays when they open with few
    letters (the hedges), not when with most (the cues)."""

    def __init__(
        self, words: list[str], flags: int = 0, twin: bool = False, guard: bool = False
    ) -> None:
        if not all(re.fullmatch(r"\w(?:.*\w)?", word, re.DOTALL) for word in words):
            raise ValueError("every word must open and close with a word character")
        if flags & re.IGNORECASE and all(word.isascii() for word in words):
            flags &= ~re.IGNORECASE
            body = trie_pattern(sorted({w.lower() for w in words}), either_case)
        else:
            body = trie_pattern(sorted(words))
        spaced, ascii_spaced = (
            body.replace(r"\ ", r"\s+"),
            body.replace(r"\ ", f"[{ASCII_SPACES}]+"),
        )
        self._at = Twin(r"\b(?:" + spaced + r")\b", flags, r"\b(?:" + ascii_spaced + r")\b", twin)
        first = f"(?={opening_letters(words)})" if guard else ""
        self._after_non_word = Twin(
            r"\W" + first + "(" + spaced + r")\b",
            flags,
            r"\W" + first + "(" + ascii_spaced + r")\b",
            twin,
        )

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Found | None:
        """The first match in text[pos:endpos], as `plain.search(text, pos, endpos)`."""
        found = self._at.on(text).match(text, pos, endpos)
        if found is not None:
            return found.start(), found.end(), found.group()
        found = self._after_non_word.on(text).search(text, pos, endpos)
        return None if found is None else (found.start(1), found.end(1), found.group(1))

    def finditer(self, text: str) -> Iterator[Found]:
        """Every match in text order, as `plain.finditer(text)`.

        A match ends in a word character, so the next one starts after a non-word
        character at or past its end: the scan resumes at the previous end."""
        first = self._at.on(text).match(text)
        pos = 0
        if first is not None:
            yield first.start(), first.end(), first.group()
            pos = first.end()
        for found in self._after_non_word.on(text).finditer(text, pos):
            yield found.start(1), found.end(1), found.group(1)
