"""Candidate names: runs of capitalised words, cut into the pieces that can be entities.

One compiled regex finds every run of capitalised words (joined by name particles such
as "of", "bin", "de"); plain Python then trims sentence-initial ordinary words, leading
determiners, titles, and splits runs at connectors that do not belong to a name. This
is the whole hot path of candidate generation: no tokeniser, no per-character loop.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dataset.entities import lexicon as lx
from dataset.text import datelines

# A capitalised word: "U.S."/"W.Va."/"U.S" (its last dot left off) or "Qala-i-Naw",
# "O'Brien", "St." (not "Russia's"), and "People's" before another name word, a
# possessive inside a name ("Korean People's Army", "New People's Party"). It starts
# with a plain character class (no look-behind) so the scan stays fast; the look-ahead
# before the plural possessive reads the word once and rejects one no apostrophe ends,
# which the possessive's own pattern would back through letter by letter.
_CAP_WORD = (
    r"[A-ZÀ-ÖØ-Þ](?:eople['’]s(?=[^\S\n]+[A-Z])"
    r"|(?=[a-z]*+['’])[a-z]*(?:er|or|yr)s['’](?=[^\S\n]+[A-Z])"
    r"|[a-z]?\.(?:[A-Z][a-z]?\.)+|\.(?:[A-Z]\.)*[A-Z](?![\w'’.-])"
    r"|[\w]*(?:[-'’](?![sS]\b)\w+)*\.?)"
)
# "al-Qaeda", "el-Sisi", "Deir ez-Zor": an Arabic article glued to the name belongs to
# it, in each form it takes before a "sun letter" (z, s, d, sh, r, n, t), and after the
# conjunction "wa" ("Jama'at Nusrat al-Islam wal-Muslimin": "and the Muslims").
ARTICLE_PREFIXES = tuple(
    "al- el- ad- as- ash- an- ar- at- az- ez- es- ed- ul- ud- wal- wa-l-".split()
)
# Characters that end a line: no name runs across them.
LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_CONNECTORS = (
    "of|the|de|da|do|dos|das|del|della|di|du|des|la|las|los|le|van|von|der|den|ten|ter|bin|ibn|"
    "bint|al|el|y|and|for|on|upon|&"
)
CONNECTOR_WORDS = frozenset(_CONNECTORS.split("|"))
# Inside a run a name word may carry the article ("Ayman al-Zawahiri", "Abdel Fattah
# el-Sisi"): the lower-case prefix does not end the name.
_PREFIX = "|".join(ARTICLE_PREFIXES)
_GAP = rf"[^\S{LINE_BREAKS}]"  # a space within one line
# "Nad ‘Ali", "Pul-e ‘Alam": inside a name a word may open with the mark of the Arabic
# letter ʿayn (a left single quote, an apostrophe or ʿ) before its capital; a quote closed
# within the line ("Trump As A ‘Disgusting Fraud.’") opens a quotation instead.
_AYN = r"(?:[‘ʿ'](?=[A-Z][a-z]+(?![a-z’']))(?![^‘’'\n]{0,80}['’](?!\w)))?"
# What can follow a space inside a run: a connector, an article prefix, an ʿayn mark or a
# capital. Checked first, it ends a run at the usual lower-case word in one test.
_NEXT_IN_RUN = (
    "(?=["
    + "".join(sorted({w[0] for w in CONNECTOR_WORDS | set(ARTICLE_PREFIXES)}))
    + "‘ʿ'A-ZÀ-ÖØ-Þ])"
)
RUN = re.compile(
    rf"{_CAP_WORD}(?:{_GAP}+{_NEXT_IN_RUN}(?:(?:{_CONNECTORS}){_GAP}+){{0,2}}(?:{_PREFIX})?"
    rf"{_AYN}{_CAP_WORD})*"
)
_TOKEN = re.compile(r"\S+")
_INITIAL = re.compile(r"^[A-Z]\.$")
_DOTTED = re.compile(r"^(?:[A-Z][a-z]?\.){2,}$")
# "Saint", "Mount", "Fort" in a capitalised dateline: part of the name, not a sentence end.
_CAPS_PLACE_ABBREVIATIONS = frozenset(["ST.", "MT.", "FT."])
# A word with a digit, or a contraction ("We've", "They’re": a pronoun with a verb): never
# part of a name.
_NOT_A_NAME_WORD = re.compile(r"\d|['’](?:ve|re|ll|d|m)$")
# "pro-Beijing", "anti-Hamas", "non-Microsoft": a lower-case stance prefix glued on.
_STANCE_PREFIX = re.compile(r"(?<![\w-])(?:pro|anti|non)-$")
# "US-led", "Taliban-controlled": a lower-case hyphen tail is not part of the name.
_LOWER_TAIL = re.compile(r"(?:-[a-z]+)+$")
# Persian / Pashto ezafe written with a hyphen before the next word of a place or party name.
_EZAFE_TAILS = frozenset(["-e", "-ye", "-i"])
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_NEXT_CAPITAL = re.compile(rf"{_GAP}[‘ʿ']?[A-Z]")

# Connectors kept inside a name only after these words ("University of Helsinki").
OF_KEEPERS = (
    lx.ORG_OF_HEADS
    | lx.POLITY_OF_HEADS
    | lx.EVENT_OF_HEADS
    | (lx.LAW_HEADS - {"Law", "Code"})  # "Convention of Peking"; not "Judy Law of Oxford"
    | lx.word_set(
        """Gulf Sea Bay Strait Straits Isle Isles Cape Horn Lake City Province District State
        Duke Duchess Earl Statue Tower Cathedral Palace Island Islands Hall Mount Knights
        Sisters Brothers Friends Daughters Sons Temple Bishop Archbishop Secretary Minister
        Sheikhdom Valley Line"""
    )
)


@dataclass(slots=True, init=False)
class Piece:
    """A candidate name: its words with their offsets, and where it stood."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    initial: bool  # the first word begins a sentence (capitalised for that reason alone)
    run_end: bool  # the piece ends where its capitalised run ends
    # Where the name starts and ends: read by most rules, so stored rather than derived
    # at each reading (a piece's offsets never change).
    start: int
    end: int

    def __init__(
        self, words: list[str], starts: list[int], ends: list[int], initial: bool, run_end: bool
    ) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends
        self.initial = initial
        self.run_end = run_end
        self.start = starts[0] if starts else 0
        self.end = ends[-1] if ends else 0

    @property
    def text(self) -> str:
        return " ".join(self.words)


_SKIPPED_BEFORE = " \t\"'“‘(«[*-–—"
_SENTENCE_ENDS = ".!?:;|•" + LINE_BREAKS


# A wire dateline at the start of a line, before its dash: "PORT-AU-PRINCE, Haiti (AP)",
# "KYIV, Ukraine, March 3 (Reuters)", "WASHINGTON", "(CNN)".
_DATELINE = re.compile(
    rf"(?:{datelines.PLACE}(?:{datelines.PLACE_QUALIFIER})*)?(?:{datelines.AGENCY})?[^\S\n]*"
)


def starts_sentence(text: str, start: int) -> bool:
    """Whether only quotes, brackets and spaces separate `start` from a sentence end, or
    from a wire dateline's dash: in "HAVANA (AP) — Gunmen killed …" the lead sentence
    starts after the dash, so its first word is capitalised for that reason alone.

    A no-break space is a space and a Unicode line or paragraph separator (U+2028, U+2029,
    which word processors and press-release pages emit) a line break, like "\n"."""
    i = start - 1
    dash = -1
    while i >= 0:
        char = text[i]
        if char not in _SKIPPED_BEFORE and (not char.isspace() or char in LINE_BREAKS):
            if char in _SENTENCE_ENDS:
                return True
            return dash >= 0 and _after_dateline(text, dash)
        if char in "-–—":
            dash = i
        i -= 1
    return True


@functools.lru_cache(maxsize=64)
def capitalised_inside_a_sentence(text: str, word: str) -> bool:
    """Whether the article writes `word` capitalised somewhere other than at a sentence's
    start: then it is a name there ("Australian brewer Fosters has …"), and its
    sentence-initial mentions are that name too. Asked once per article and word."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        whole = (start == 0 or not text[start - 1].isalnum()) and not (
            end < len(text) and text[end].isalnum()
        )
        if whole and not starts_sentence(text, start):
            return True
        start = text.find(word, end)
    return False


def _after_dateline(text: str, dash: int) -> bool:
    """Whether the line up to the dash at `dash` is a wire dateline."""
    line_start = max(text.rfind(c, 0, dash) for c in LINE_BREAKS) + 1
    return _DATELINE.fullmatch(text, line_start, dash) is not None


def _is_common(word: str, lexicons: lx.Lexicons, ratio: float, min_count: int) -> bool:
    counts = lexicons.word_case.get(word.lower())
    if counts is None:
        return False
    lower, capital = counts
    return lower >= min_count and lower >= ratio * (lower + capital)


# Markers between tokens: a sentence ended; a name ended (but not the sentence).
SENTENCE_END = (-1, -1, "")
BREAK = (-2, -2, "")


def _compound_of_names(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and all(
        p in lx.DEMONYMS or p in lx.GPE_ALIASES or p in lx.COUNTRY_NAMES or p in lx.ORG_NAME_SET
        for p in parts
    )


def _syllable_tail(word: str, tail: str, word_case: dict) -> bool:
    """'Cheuk-yan', 'Jong-un', 'Kwok-hung', 'Che-cheung': a short tail running text never
    writes as a word of its own is a syllable of a given name, not an English modifier
    ("-based", "-led", "-born"); a six-letter one ("-cheung", "-keung") holds one vowel
    group, as a romanised syllable does ("-themed", "-styled" hold two)."""
    counts = word_case.get(tail[1:])
    return (
        tail.count("-") == 1
        and (len(tail) <= 6 or (len(tail) == 7 and len(_VOWEL_GROUP.findall(tail)) == 1))
        and len(word) - len(tail) <= 5
        and (counts is None or counts[0] < 2)
    )


def _ezafe(text: str, tail: str, end: int) -> bool:
    """'Nahr-e Saraj', 'Sar-e Pul', 'Darah-ye Pech', 'Hezb-e Islami': the Persian and
    Pashto linking vowel ties a name word to the capitalised word right after it, so the
    two are one name; in English "-e" and "-ye" end no word."""
    return tail in _EZAFE_TAILS and _NEXT_CAPITAL.match(text, end) is not None


def _tokens(
    text: str, start: int, end: int, run: str, word_case: dict[str, tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Words of one run (`run` is its text) with their offsets, sentence-final dots and
    lower-case tails removed, and markers where a sentence or a name ends."""
    out: list[tuple[int, int, str]] = []
    if " " in run:
        parts = run.split(" ")
        if parts == run.split():  # words one space apart (most runs): offsets by length
            words = []
            offset = start
            for part in parts:
                words.append((offset, offset + len(part), part))
                offset += len(part) + 1
        else:
            words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    else:
        words = [(start, end, run)]
    for s, e, word in words:
        if (
            word[-1] == "."
            and word not in lx.ABBREVIATIONS
            and word not in _CAPS_PLACE_ABBREVIATIONS  # "ST. PAUL", "MT. VERNON"
            and not _INITIAL.match(word)
            and not _DOTTED.match(word)
        ):
            out.append((s, e - 1, word[:-1]))
            out.append(SENTENCE_END)
            continue
        if "-" not in word:
            out.append((s, e, word))
            continue
        if _compound_of_names(word):
            # "Russia-Turkey", "Egyptian-US": two names, not one.
            offset = s
            for part in word.split("-"):
                out.append((offset, offset + len(part), part))
                out.append(BREAK)
                offset += len(part) + 1
            continue
        tail = _LOWER_TAIL.search(word)
        if (
            tail
            and tail.start() > 0
            and not word[: tail.start()].islower()
            and not _syllable_tail(word, tail.group(0), word_case)
            and not _ezafe(text, tail.group(0), e)
        ):
            if tail.start() > 1:
                out.append((s, s + tail.start(), word[: tail.start()]))
            out.append(BREAK)
            continue
        out.append((s, e, word))
    return out


def _run_start(text: str, start: int) -> int | None:
    """Where a run really starts: None inside a word ("eBay") or after a stance prefix
    ("pro-Beijing lawmakers", "anti-Hamas protests": a modifier, not a mention), earlier
    for "al-Qaeda"."""
    if start == 0:
        return start
    before = text[start - 1]
    if before == "-":
        if _STANCE_PREFIX.search(text, max(0, start - 6), start) is not None:
            return None
        for prefix in ARTICLE_PREFIXES:
            begin = start - len(prefix)
            if text.startswith(prefix, begin) and (begin == 0 or not text[begin - 1].isalnum()):
                return begin
        return start
    if before.isalnum() or (before in "'’" and not _opening_quote(text, start - 1)):
        return None
    return start


def _opening_quote(text: str, quote: int) -> bool:
    """'Hey Frank, my name is John': an apostrophe after a space, a bracket or a line's
    start opens a quotation, so the name after it starts a run (in "O'Brien" a letter
    comes before it)."""
    return quote == 0 or not (text[quote - 1].isalnum() or text[quote - 1] in "'’.-")


def _caps_to_title(previous: str, word: str) -> bool:
    return (
        len(previous) > 3
        and previous.isupper()
        and "." not in previous  # "U.S. Department …" is one name, not a dateline
        and previous not in lx.ORG_NAME_SET
        and len(word) > 1
        and word[0].isupper()
        and word[1:].islower()
        and word not in lx.ORG_HEADS  # "LUISS University" is one name
    )


def pieces(text: str, lexicons: lx.Lexicons, ratio: float, min_count: int) -> list[Piece]:
    """Every candidate name in `text`, in order, non-overlapping."""
    found: list[Piece] = []
    never, not_a_name_word = lx.NEVER, _NOT_A_NAME_WORD.search
    for run in RUN.finditer(text):
        run_start, run_end = run.span()
        # After a space (most runs) the run starts where it matched.
        begin = run_start if text[run_start - 1 : run_start] == " " else _run_start(text, run_start)
        if begin is None:
            continue
        chunk = run.group()
        if begin == run_start and " " not in chunk and "-" not in chunk and chunk[-1] != ".":
            # One plain word (most runs): nothing for `_tokens` to cut, no dateline to split,
            # and (capitalised) no connector; `_emit` on it reduces to the noise test.
            if chunk not in never and (chunk.isalpha() or not_a_name_word(chunk) is None):
                initial = starts_sentence(text, begin)
                if _word_is_piece(chunk, initial, lexicons, ratio, min_count):
                    found.append(Piece([chunk], [begin], [run_end], initial, True))
            continue
        initial = starts_sentence(text, begin)
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        tokens = _tokens(text, run_start, run_end, chunk, lexicons.word_case)
        if begin != run_start:
            tokens[0] = (begin, tokens[0][1], text[begin : tokens[0][1]])
        for s, e, word in tokens:
            if words and words[-1].isupper() and _caps_to_title(words[-1], word):
                # "WASHINGTON Barack Obama": a dateline, then a name.
                _emit(found, words, starts, ends, initial, False, lexicons, ratio, min_count)
                words, starts, ends = [], [], []
                initial = False
            # (An alphabetic word has no digit nor apostrophe: no regex needed.)
            if s < 0 or word in never or (not word.isalpha() and not_a_name_word(word)):
                if words:
                    _emit(found, words, starts, ends, initial, False, lexicons, ratio, min_count)
                    words, starts, ends = [], [], []
                initial = s == -1  # after a sentence's end
                continue
            words.append(word)
            starts.append(s)
            ends.append(e)
        if words:
            _emit(found, words, starts, ends, initial, True, lexicons, ratio, min_count)
    return _possessive_place_names(found, text, lexicons.possessive_places)


def _possessive_spans(text: str, index: dict[str, list[tuple[str, str]]]) -> list[tuple[int, int]]:
    """Where the text names a place the gazetteer spells with a possessive inside
    (`Lexicons.possessive_places`): each possessive in the text is asked, not each name."""
    spans: list[tuple[int, int]] = []
    for apostrophe in lx.POSSESSIVES:
        at = text.find(apostrophe)
        while at >= 0:
            low = max(0, at - 24)
            space = max(text.rfind(" ", low, at), text.rfind("\n", low, at))
            for head, tail in index.get(text[space + 1 : at], ()):
                start, end = at - len(head), at + 3 + len(tail)
                if (
                    start >= 0
                    and text.startswith(head, start)
                    and text.startswith(tail, at + 3)
                    and not text[end : end + 1].isalnum()
                    and not text[start - 1 : start].isalnum()
                ):
                    spans.append((start, end))
            at = text.find(apostrophe, at + 3)
    return spans


def _possessive_place_names(
    found: list[Piece], text: str, index: dict[str, list[tuple[str, str]]]
) -> list[Piece]:
    """'Cox's Bazar', 'King's Lynn', 'Regent's Park': a possessive the gazetteer spells
    inside a place's name is part of it, so the pieces the scan made of the name's words
    become one (the scan ends a word at "'s", where a possessor's name ends, and may
    drop an ordinary word after it)."""
    spans = _possessive_spans(text, index)
    if not spans:
        return found
    out: list[Piece] = []
    done: set[tuple[int, int]] = set()
    for piece in found:
        span = next((s for s in spans if s[0] <= piece.start < s[1]), None)
        if span is None:
            out.append(piece)
        elif span not in done:
            done.add(span)
            words, starts, ends = [], [], []
            for word in re.finditer(r"\S+", text[span[0] : span[1]]):
                words.append(word.group())
                starts.append(span[0] + word.start())
                ends.append(span[0] + word.end())
            out.append(Piece(words, starts, ends, piece.initial and piece.start == span[0], True))
    return out


# Nouns that end a body's name a plural possessive may sit in ("Writers' Guild").
_POSSESSIVE_HEADS = lx.ORG_HEADS | lx.word_set("Hall Guild")


def _plural_possessives(piece: Piece) -> list[Piece]:
    """'Kurdistan Workers' Party', 'Workers' Party of Korea': a plural possessive
    ("Workers'") stays inside a body's name, one whose head is a body's noun; before
    anything else ("the Producers' Nathan Lane") it ends the name before it."""
    words = piece.words
    cut = next((k for k, w in enumerate(words[:-1]) if w[-1] in "'’"), None)
    if cut is None:
        return [piece]
    tail = words[cut + 1 :]
    head = tail[: tail.index("of")] if "of" in tail else tail
    if head and head[-1] in _POSSESSIVE_HEADS:
        return [piece]
    left = Piece(
        [*words[:cut], words[cut][:-1]],
        piece.starts[: cut + 1],
        [*piece.ends[:cut], piece.ends[cut] - 1],
        piece.initial,
        False,
    )
    return [left, *_plural_possessives(_sub(piece, cut + 1, len(words), False, piece.run_end))]


# The services whose chief's title is written "Chief of …" before the holder's name.
_CHIEF_SERVICES = frozenset(["Police", "Staff", "Defence", "Defense", "Army", "Intelligence"])


def _chief_of_service(words: list[str], i: int) -> bool:
    """'District Chief of Police Bacha Khan': "of" (at `i`) joins a chief to a service
    into one title, and the name after it is the holder's; not "Chief of Humanitarian
    Affairs", whose title runs on into words no title list knows."""
    return (
        0 < i < len(words) - 1
        and words[i] == "of"
        and words[i - 1] == "Chief"
        and words[i + 1] in _CHIEF_SERVICES
    )


def _chief_title_end(words: list[str]) -> int:
    """'Chief of Staff Valery Gerasimov', 'Chief of Defence Staff …': where a title of a
    chief and their service ends, so that trimming the sentence's ordinary first word
    trims the whole title, not "Chief" alone; 0 if the words open with no such title."""
    if not _chief_of_service(words, 1):
        return 0
    k = 3
    while k < len(words) - 1 and words[k] in _CHIEF_SERVICES:
        k += 1
    return k


# Words before a body's head that do not name it ("The Army of God" is "Army of God").
_ARTICLES = frozenset(["The", "the"])
# Heads of bodies a person leads, raises or rules through ("the Army of Khalifa Haftar"):
# asked only of a head that keeps its "of" (`OF_KEEPERS`), so all are `lx.ORG_OF_HEADS`.
_LED_HEADS = lx.word_set("Army Forces Movement Front Brigade Brigades Government Administration")
# A personal name's lower-case particles ("Abu Mohammed al-Julani" has none apart).
_NAME_JOINERS = frozenset(["bin", "ibn", "al", "el", "de", "van", "von"])
# Endings of English nouns and adjectives that no name list explains ("Chartered
# Surveyors", "Purchasing", "Engineers"): no personal name ends so unless it is listed.
_WORD_ENDINGS = (
    "ing", "ed", "s", "ment", "tion", "sion", "ity", "ness", "ogy", "ism", "ive", "ance",
    "ence", "ship", "ary", "ic", "ical",
)  # fmt: skip


def _name_word(word: str, lexicons: lx.Lexicons, ratio: float, min_count: int) -> bool:
    """Whether a word after "of" may be part of a person's name: a listed personal name,
    or a capitalised word no list calls a place, body's noun, nationality or ordinary
    word, without the ending of an English noun or adjective; an Arabic article joined
    by a hyphen is set aside ("al-Burhan")."""
    article, _, rest = word.partition("-")
    if rest and article in _NAME_JOINERS:
        word = rest
    if not (word[:1].isupper() and word[1:].replace("-", "").isalpha()):
        return False
    if lx.name_like(word, lexicons):
        return True
    return not (
        word in lexicons.places
        or word in lx.ORG_HEADS
        or word in lx.DEMONYMS
        or word.endswith(_WORD_ENDINGS)
        or _is_common(word, lexicons, ratio, min_count)
    )


def _person_after_of(
    words: list[str], begin: int, i: int, lexicons: lx.Lexicons, ratio: float, min_count: int
) -> bool:
    """'the Libyan National Army of Khalifa Haftar', 'the Rebel Army of Joseph Kony': a
    body a person leads, already named by a word and its head noun, then "of" (at `i`)
    and a person's full name (two to four name words, `_name_word`), is the body alone,
    "of" the person's leading it. A head alone keeps its complement ("Army of God"), as
    does a place ("Government of South Sudan")."""
    if words[i - 1] not in _LED_HEADS or all(w in _ARTICLES for w in words[begin : i - 1]):
        return False
    name = words[i + 1 :]
    if not 2 <= len(name) <= 4 or " ".join(name) in lexicons.places:
        return False
    return all(
        (word in _NAME_JOINERS and 0 < k < len(name) - 1)
        or _name_word(word, lexicons, ratio, min_count)
        for k, word in enumerate(name)
    )


# The words of "for the" before an aim's noun (`_purpose_phrase`).
_PURPOSE_LINKS = frozenset(["for", "the"])


def _purpose_phrase(words: list[str], i: int, lexicons: lx.Lexicons) -> bool:
    """Whether `words[i]` is the "for" or "the" of "for the" and an aim's noun, after a
    word no name list knows (a person is thanked "for the Liberation of …")."""
    if words[i] == "the" and words[i - 1] == "for":
        i -= 1
    elif words[i] != "for":
        return False
    return i > 0 and lx.aim_after(words, i) and not lx.name_like(words[i - 1], lexicons)


def _split_connectors(
    piece: Piece, lexicons: lx.Lexicons, ratio: float, min_count: int
) -> list[Piece]:
    """Cut at "of", "and", "for" … unless the word before takes them ("Bank of England"),
    or a person's name follows a body's ("Libyan National Army of Khalifa Haftar")."""
    words = piece.words
    if CONNECTOR_WORDS.isdisjoint(words):
        return [piece]  # nothing to cut (most names): no copy
    out: list[Piece] = []
    begin = 0
    i = 0
    purpose = False
    while i < len(words):
        word = words[i]
        if word in CONNECTOR_WORDS:
            keep = word in lx.NAME_PARTICLES or word == "&"
            purpose = purpose and word != "and"
            if word in _PURPOSE_LINKS and _purpose_phrase(words, i, lexicons):
                # "Volunteers for the Defence of the Homeland": whatever the head.
                keep = True
                purpose = purpose or word == "the"
            elif word in ("of", "the", "for", "on", "upon") and purpose:
                # "Front for the Liberation of the Enclave": a body's purpose phrase
                # runs to the end of the capitalised run.
                keep = word != "for"
            elif word in ("of", "the", "for", "on", "upon"):
                j = i
                while j > begin and words[j - 1] in CONNECTOR_WORDS:
                    j -= 1
                keep = (j > begin and words[j - 1] in OF_KEEPERS) or _chief_of_service(words, i)
                if keep and word == "of":
                    keep = not _person_after_of(words, begin, i, lexicons, ratio, min_count)
                if word == "the" and words[i - 1] != "of":
                    # "Bank of the West", never "Movement and the Army"; "Organisation
                    # for the Prohibition …" when a body's "for" comes first.
                    keep = keep and words[i - 1] == "for" and words[j - 1] in lx.ORG_OF_HEADS
                    purpose = keep
            elif word == "and":
                # "Department of Health and Human Services", "National Guard and
                # Reserve" are one body; "Syrian Democratic Forces and Russian Armed
                # Forces" are two.
                keep = words[-1] in lx.ORG_HEADS and (
                    words[i - 1] not in lx.ORG_HEADS or len(words) - i < 3
                )
            if not keep:
                if i > begin:
                    out.append(_sub(piece, begin, i, begin == 0, False))
                begin = i + 1
                purpose = False
        i += 1
    if begin < len(words):
        out.append(_sub(piece, begin, len(words), begin == 0, piece.run_end))
    return [trimmed for p in out if (trimmed := _trim_connectors(p)) is not None]


def _trim_connectors(piece: Piece) -> Piece | None:
    """'Litchfield Superior Court on' (before "April"), 'Police Department and' (before
    "the"): a connector kept for a name that did not come ends the piece, not the name."""
    n = len(piece.words)
    while n and piece.words[n - 1] in CONNECTOR_WORDS:
        n -= 1
    if n == len(piece.words):
        return piece
    return _sub(piece, 0, n, True, False) if n else None


def _sub(piece: Piece, i: int, j: int, keep_initial: bool, run_end: bool) -> Piece:
    return Piece(
        piece.words[i:j],
        piece.starts[i:j],
        piece.ends[i:j],
        piece.initial and keep_initial,
        run_end,
    )


# Endings of English adverbs and abstract or agent nouns that no name list needs to know:
# "Luckily", "Conservationists", "Literacy", "Happiness", "Payments".
_COMMON_ENDINGS = ("ly", "ists", "ism", "isms", "acy", "ness", "ments")


def _sentence_adverb(words: list[str], lexicons: lx.Lexicons) -> bool:
    """'Luckily', 'Conservationists' opening a sentence alone: a common word, not a name
    (the word-case counts skip sentence starts, so rarer words are missing there)."""
    word = words[0]
    lower = word.lower()
    return (
        len(words) == 1
        and len(word) > 5
        and lower.endswith(_COMMON_ENDINGS)
        and lower not in lexicons.first_names
        and lower not in lexicons.surnames
        and word not in lexicons.places
    )


def _is_acronym(word: str) -> bool:
    """Sentence-initial "US" is the country, never the pronoun (which would be "Us")."""
    return len(word) > 1 and word.isupper()


# Institutions named after a person or a place: "Brown University", "Rice University".
_FOUNDERS_HEADS = lx.word_set("University College Institute Academy Hospital Foundation")


def _named_institution(words: list[str], lexicons: lx.Lexicons) -> bool:
    """'Brown University agreed …': a sentence's first word that running text mostly
    writes lower-case ("brown") still opens the name when it is a surname and an
    institution's noun follows; without it the noun alone would pass for a name."""
    return len(words) == 2 and words[1] in _FOUNDERS_HEADS and words[0].lower() in lexicons.surnames


def _ordinary_opening(
    words: list[str], lexicons: lx.Lexicons, ratio: float, min_count: int
) -> bool:
    """A sentence's first word capitalised for that reason alone ("However", "Amid"):
    an ordinary word, unless the words make a known place or it is a people's name."""
    first = words[0]
    return (
        not _is_acronym(first)
        and (
            _is_common(first, lexicons, ratio, min_count)
            or first in lx.CONNECTIVES
            or _sentence_adverb(words, lexicons)
        )
        and " ".join(words) not in lexicons.places
        and first not in lx.DEMONYMS
        and not _named_institution(words, lexicons)
    )


def _leading_noise(
    words: list[str], initial: bool, lexicons: lx.Lexicons, ratio: float, min_count: int
) -> int:
    """How many words open a piece without belonging to the name: determiners, a
    sentence-initial ordinary word, and the connectors left after them."""
    k = 0
    if words[0] in lx.LEADING_NOISE or (
        initial and _ordinary_opening(words, lexicons, ratio, min_count)
    ):
        k = (_chief_title_end(words) or 1) if words[0] == "Chief" else 1
        while k < len(words) and words[k] in lx.LEADING_NOISE:
            k += 1
    while k < len(words) and words[k] in CONNECTOR_WORDS:
        k += 1
    return k


def _word_is_piece(
    word: str, initial: bool, lexicons: lx.Lexicons, ratio: float, min_count: int
) -> bool:
    """Whether one capitalised word (no connector) is a piece: yes unless it is leading
    noise (a determiner, an ordinary sentence opening) that no place or body list names."""
    if word not in lx.LEADING_NOISE and not initial:
        return True  # no noise (most words): no list to ask
    return (
        word in lexicons.places
        or word in lx.GPE_ALIASES
        or word in lx.ORG_NAME_SET
        or _leading_noise([word], initial, lexicons, ratio, min_count) == 0
    )


def _bare_institution(piece: Piece) -> bool:
    """'Local University students', 'Many College buildings': a capitalised institution
    noun left alone after trimming an ordinary opening word was named with that word;
    alone it names no institution and is never the town "University" or "College"."""
    return len(piece.words) == 1 and piece.words[0] in _FOUNDERS_HEADS


def _emit(
    found: list[Piece],
    words: list[str],
    starts: list[int],
    ends: list[int],
    initial: bool,
    run_end: bool,
    lexicons: lx.Lexicons,
    ratio: float,
    min_count: int,
) -> None:
    """Append to `found` the pieces one stretch of name words yields."""
    # Connectors never start or end a piece ("of" after a dropped word).
    k = 0
    while k < len(words) and words[k] in CONNECTOR_WORDS:
        k += 1
    if k == len(words):
        return
    if k:
        words, starts, ends, initial = words[k:], starts[k:], ends[k:], False
    if len(words) == 1:
        # One word has no possessive to cut at and is no connector: a piece unless noise.
        if _word_is_piece(words[0], initial, lexicons, ratio, min_count):
            found.append(Piece(words, starts, ends, initial, run_end))
        return
    joined = " ".join(words)
    if joined in lexicons.places or joined in lx.GPE_ALIASES or joined in lx.ORG_NAME_SET:
        found.append(Piece(words, starts, ends, initial, run_end))
        return
    whole = Piece(words, starts, ends, initial, run_end)
    # A plural possessive needs an apostrophe; most names have none.
    parts = _plural_possessives(whole) if "'" in joined or "’" in joined else [whole]
    split = [p for part in parts for p in _split_connectors(part, lexicons, ratio, min_count)]
    for piece in split:
        # Leading determiners, and a sentence-initial ordinary word ("However", "Amid").
        k = _leading_noise(piece.words, piece.initial, lexicons, ratio, min_count)
        if k == 0:
            found.append(piece)
        elif k < len(piece.words):
            trimmed = _sub(piece, k, len(piece.words), False, piece.run_end)
            if not _bare_institution(trimmed):
                found.append(trimmed)
