"""The fast paths give exactly what the plain code they replace gave."""

from __future__ import annotations

import itertools
import random
import re
import string
import sys

import pyarrow
import pytest

from dataset import cache
from dataset.claims import figures, quantities, tokens
from dataset.claims import grammar as g
from dataset.claims.hedges import hedge_scanner
from dataset.claims.lexicon import load_lexicon
from dataset.claims.params import ClaimParams
from dataset.claims.scan import ASCII_SPACES, Twin, WordScanner, either_case, trie_pattern
from dataset.claims.tokens import tokenise
from dataset.entities import lexicon as lx
from dataset.text import sentences
from dataset.text.sentences import sentence_spans

TEXTS = [
    "",
    "   ",
    "Kabul, Aug. 15 -- The U.S. said 1,200.5 troops (about 3%) left. “Yes,” he said.\n\nNext",
    "Mr. Smith's O'Brien-led team won't go; it’s 9:30 a.m.!  Done?\tYes _under_score",
    "İstanbul ŞEHİR\u00a0Café — naïve co-operation…\u2028line\x85two",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokenise_equals_token_regex(text: str) -> None:
    for start, end in [(0, len(text)), *[(i, len(text) - i) for i in range(1, 6)]]:
        expected = [(m.start(), m.end(), m.group()) for m in g.TOKEN.finditer(text, start, end)]
        assert tokenise(text, start, end) == expected


def test_token_pattern_matches_as_first_written() -> None:
    # Before its alternatives opened with one character class each.
    old = re.compile(
        r"\d+(?:[.,]\d+)+|(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,4}\.(?=,|[ \t]+[A-Z])"
        r"|\w+(?:['’\-]\w+)*|[^\w\s]"
    )
    texts = [*TEXTS, *_fuzz_texts(3000, 40), "U.S. 1,200.5 1.2.3 a.b A.b.C. Pa., Sen. Rubio 9."]
    for text in texts:
        assert g.TOKEN.findall(text) == old.findall(text)


def test_sentence_boundary_pattern_matches_the_plain_one() -> None:
    plain = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
    from dataset.text.sentences import _BOUNDARY

    for text in [*TEXTS, "Wait... What?! \"Go.\" (Yes.) 'No.' 3 ok.. A"]:
        assert [m.span() for m in _BOUNDARY.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_sentence_spans_cached_result_is_not_shared() -> None:
    text = "One sentence here. Another one there."
    first = sentence_spans(text)
    first.append((99, 100))
    assert sentence_spans(text) == [(0, 18), (19, 37)]


def test_lexicon_columns_reject_a_short_row(tmp_path, monkeypatch) -> None:
    (tmp_path / "bad.tsv").write_text("a\tb\tc\nx\ty\tz\nshort\trow\n", encoding="utf-8")
    monkeypatch.setattr(lx, "DATA", tmp_path)
    with pytest.raises(ValueError, match="3 tab-separated fields"):
        lx._columns("bad.tsv", 3)


def test_lexicon_columns_read_like_splitlines(tmp_path, monkeypatch) -> None:
    # A later duplicate wins; "\r\n" files take the line-by-line path and read the same.
    rows = "surface\tlabel\nKabul\tGPE\nKabul\tLOC\nHerat\tGPE\n"
    (tmp_path / "lf.tsv").write_text(rows, encoding="utf-8")
    (tmp_path / "crlf.tsv").write_bytes(rows.replace("\n", "\r\n").encode())
    monkeypatch.setattr(lx, "DATA", tmp_path)
    expected = [("Kabul", "Kabul", "Herat"), ("GPE", "LOC", "GPE")]
    assert [tuple(c) for c in lx._columns("lf.tsv", 2)] == expected
    assert [tuple(c) for c in lx._columns("crlf.tsv", 2)] == expected


def test_places_are_named_tuples_with_the_old_fields() -> None:
    place = lx.load().places["Kabul"]
    assert place == lx.Place(place.label, place.canonical, place.population, place.kind)
    assert isinstance(place.population, int) and place.kind


def test_row_digests_ignore_memory_layout() -> None:
    table = pyarrow.table(
        {
            "article_id": ["a", "a", "b", "c"],
            "text": ["x", None, "yz", ""],
            "start": [1, 2, None, 4],
            "score": [0.5, None, 1.5, 2.0],
            "flag": [True, None, False, True],
        }
    )
    chunked = pyarrow.concat_tables([table.slice(0, 1), table.slice(1, 2), table.slice(3)])
    ids = ["a", "b", "c", "d"]
    digests = cache.rows_digests(table, ids)
    assert digests == cache.rows_digests(chunked, ids)
    assert len(set(digests)) == 4
    changed = table.set_column(1, "text", pyarrow.array(["x", None, "yZ", ""]))
    assert cache.rows_digests(changed, ids)[1] != digests[1]
    assert cache.rows_digests(changed, ids)[0] == digests[0]


# Texts over an alphabet that makes word boundaries, case folds (ſ, K, İ) and hyphens
# collide: the fast searches must give exactly the plain patterns' matches.
FUZZ_ALPHABET = "aAsSyid tThHfFoOuUrRkKſİ-.$£5,'’_é\n"


def _fuzz_texts(count: int, length: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(FUZZ_ALPHABET) for _ in range(length)) for _ in range(count)]


@pytest.mark.parametrize("guard", [False, True])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_word_scanner_finds_what_the_plain_pattern_finds(flags: int, guard: bool) -> None:
    words = ["a", "as", "say", "says", "said", "is", "st", "point out", "hi", "kit"]
    scanner = WordScanner(words, flags, guard=guard)
    # The flag itself, not the either-case classes that stand in for it.
    old = re.compile(r"\b(?:" + trie_pattern(sorted(words)).replace(r"\ ", r"\s+") + r")\b", flags)
    texts = [*_fuzz_texts(3000, 40), "point  out said", "said", "xsaid said", " a_a a-a"]
    texts += ["SAİD Sayſ ıs \u212aIT kıt POINT\tOUT Hİ"]
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in old.finditer(text)]
        assert list(scanner.finditer(text)) == expected
        for pos, endpos in [(0, len(text)), (1, len(text) - 1), (3, 20), (7, 8)]:
            plain = old.search(text, pos, endpos)
            expected_one = (plain.start(), plain.end(), plain.group()) if plain else None
            assert scanner.search(text, pos, endpos) == expected_one


def test_either_case_matches_what_the_ignorecase_flag_matches() -> None:
    # A character matching an ASCII letter under the flag matches [a-z] under it: the
    # code points that do are the only ones to compare.
    letters = re.compile("[a-z]", re.IGNORECASE)
    folding = [chr(c) for c in range(sys.maxunicode + 1) if letters.fullmatch(chr(c))]
    assert len(folding) == 52 + 4
    for char in string.ascii_letters + " -'.$":
        flagged, classed = re.compile(re.escape(char), re.IGNORECASE), re.compile(either_case(char))
        for other in [*folding, *string.punctuation, " "]:
            assert bool(classed.fullmatch(other)) == bool(flagged.fullmatch(other))


def _twins() -> list[Twin]:
    hedges = hedge_scanner(tuple(ClaimParams().hedges))
    twins = [quantities._START, quantities._START_SCAN, tokens._SPACE_TOKEN]
    twins += [hedges._at, hedges._after_non_word]
    twins += [WordScanner(["point out", "according to", "said"], twin=True)._after_non_word]
    return twins


def test_twins_match_alike_in_ascii_text() -> None:
    # Unicode counts \x1c-\x1f as spaces, re.ASCII's \s does not: they are in the fuzz.
    rng = random.Random(11)
    alphabet = "aAsSyid tThHfFoOuUrRkK-.$5,'_\n\t\x0b\x0c\r\x1c\x1f\x1b"
    texts = ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(1500)]
    texts += ["said\x1cthat, pointed\x1fout; according\x1eto two\x1dthirds\x0bof 5"]
    texts += [f"{word} x" for word in ("according to", "pointed  out", "may", "twenty-one")]
    for twin in _twins():
        for text in texts:
            for pos, end in [(0, len(text)), (3, len(text) - 2)]:
                found = [(m.span(), m.groups()) for m in twin.ascii.finditer(text, pos, end)]
                assert found == [
                    (m.span(), m.groups()) for m in twin.unicode.finditer(text, pos, end)
                ]


def test_twin_wants_spaces_spelt_out() -> None:
    with pytest.raises(ValueError, match="spell it out"):
        Twin(r"a\s+b")
    assert Twin(r"a\s+b", 0, f"a[{ASCII_SPACES}]+b").on("a\x1c b") is not None


def test_word_scanner_rejects_words_it_cannot_scan_for() -> None:
    with pytest.raises(ValueError, match="word character"):
        WordScanner(["said", "-ish"])


def test_cue_scanner_matches_the_old_cue_pattern() -> None:
    lexicon = load_lexicon(ClaimParams().cue_lexicon)
    body = trie_pattern(sorted(lexicon.forms)).replace(r"\ ", r"\s+")
    old = re.compile(r"\b(?:[Aa]ccording\s+to|" + body + r")\b")
    texts = [
        "According to officials, he said. Accordingly, according  to\nher, they pointed out x",
        "saidsaid said; claimed—told reporters it's 'said' (says) unsaid calls for",
        *TEXTS,
    ]
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in old.finditer(text)]
        assert list(lexicon.cues.finditer(text)) == expected


def test_quantity_start_equals_the_start_pattern() -> None:
    texts = [
        *_fuzz_texts(3000, 40),
        "$5m, US$3 and £4bn; two-thirds of 1,200 people, tens of thousands. A dozen hundreds",
        "Rs. 40 lakh, ₹9, a half of -five, x.5 and 5.5%",
    ]
    texts += ["ſIX Hundred ıs uſ A$ hK$ TWO-THİRDS", "\u212a, Half, TENS, hundreds"]
    # As first written: the currency words, then a trie of the number words, all under
    # the case-insensitive flag.
    words = [*quantities._UNITS_WORDS, *quantities._SCALE_WORDS, "dozen", "a"]
    words += [*quantities._VAGUE, *quantities._FRACTIONS]
    flagged = re.compile(
        quantities._START_CHAR
        + r"|(?<![\w-])(?:US|A|C|HK|Rs|"
        + trie_pattern(sorted(words))
        + r")\b",
        re.IGNORECASE,
    )
    for text in texts:
        for pos, end in [(0, len(text)), (1, len(text)), (2, len(text) - 3), (5, 9)]:
            plain = flagged.search(text, pos, end)
            assert quantities._start(text, pos, end) == (plain.span() if plain else None)


def test_estimate_puts_are_the_old_patterns_matches() -> None:
    # The pattern as first written (with a capitalised source opening a sentence), scanned
    # for from the source noun on.
    old = re.compile(
        r"(?:[Ee]stimates?|[Ff]igures?|[Cc]ounts?|[Tt]all(?:y|ies)|[Pp]rojections?"
        r"|[Cc]alculations?|[Pp]olls?)"
        r"\s+(?P<cue>(?:(?:have|has|had)\s+)?(?:put|puts|placed|places|place))\s"
    )
    rng = random.Random(5)
    pieces = ["estimates", "estimate", "tallies", "tally", "polls", "recounts", "calculations"]
    pieces += ["have", "has", "had", "behave", "put", "puts", "placed", "places", "place"]
    pieces += [" ", " ", "  ", "\n", "\u00a0", "x", "s", ",", "output"]
    texts = ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(4000)]
    texts += ["Estimates put it. Figures have  put the toll, counts had\nplaced it, tally puts x"]
    for text in texts:
        expected = [(m.start(), m.start("cue"), m.end("cue")) for m in old.finditer(text)]
        verbs = list(g.ESTIMATE_VERB.finditer(text))
        assert list(figures.estimate_puts(text, verbs)) == expected


def _plain_sentence_spans(text: str) -> list[tuple[int, int]]:
    """The splitter as first written: a character loop per dot and stripped copies."""
    cuts = [0, *(m.start() for m in sentences._PARAGRAPH.finditer(text))]
    line_ends = []
    for i, char in enumerate(text):
        rest = text[i + 1 :].removeprefix(" ")
        rest = rest[1:] if rest[:1] in "\"'“‘([" else rest
        before = text[:i].rstrip(" \t\r")[-1:]
        capital = rest[:1] in set(string.ascii_uppercase + string.digits)
        unpunctuated = before.strip() != "" and before not in ",;:-–—([{/&.!?"
        linking = text[:i].split()[-1:] in [[w] for w in sentences._LINKING_WORDS]
        if char == "\n" and capital and unpunctuated and not linking:
            line_ends.append(i)
    wrapped = any(
        char == "\n"
        and text[:i].rstrip(" \t\r")[-1:] in set(string.ascii_lowercase + ",") - {""}
        and text[i + 1 :].lstrip(" \t")[:1] in set(string.ascii_lowercase)
        for i, char in enumerate(text)
    )
    cuts += [] if wrapped else line_ends
    for match in sentences._BOUNDARY.finditer(text):
        dot = match.start()
        if text[dot] == ".":
            begin = dot
            while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
                begin -= 1
            written = text[begin:dot].rstrip(".")
            word = written.lower()
            initials = len(written) > 1 and all(
                c in string.ascii_uppercase if i % 2 == 0 else c == "."
                for i, c in enumerate(written)
            )
            place = written in sentences.STATES
            if begin < dot and match.end() - dot == 1:
                contraction = (  # "don't.", not "as 'J. Smith'"
                    begin > 1 and text[begin - 1] in "'’" and text[begin - 2].isalnum()
                )
                if word in sentences.ABBREVIATIONS or (
                    len(word) == 1 and word.isalpha() and not contraction
                ):
                    continue
                if initials and len(written) % 2 == 1 and not place:
                    continue
            bracketed = (
                text[dot + 1 : match.end()] == ")" or text[match.end() :].lstrip()[:1] == "("
            )
            if begin < dot and (place or word in sentences.ABBREVIATIONS) and bracketed:
                continue
        cuts.append(match.end())
    cuts.append(len(text))
    spans = []
    for start, end in itertools.pairwise(sorted(set(cuts))):
        segment = text[start:end]
        stripped = segment.lstrip()
        if stripped:
            lead = start + len(segment) - len(stripped)
            spans.append((lead, lead + len(stripped.rstrip())))
    return spans


def test_sentence_spans_equal_the_plain_splitter() -> None:
    rng = random.Random(11)
    alphabet = "aBxU. \n\t\u00a0\u2028!?\"'”“)(_1İ"
    texts = [*TEXTS, "Mr. Smith met Dr. J. Doe at 5 p.m. Then U.S. troops left.. Etc. Ok"]
    texts += ["Sens. A and G.K. B met in Reno, Nev. (AP) and Pa. (Sen.) C. Pa. D.C. E"]
    texts += [
        "".join(rng.choice(["B.", "U.", "Pa", ". ", " (", ")", "x", "Mr", "X"]) for _ in range(30))
        for _ in range(3000)
    ]
    texts += ["".join(rng.choice(alphabet) for _ in range(80)) for _ in range(3000)]
    for text in texts:
        assert sentence_spans(text) == _plain_sentence_spans(text)


def test_straightened_quotes_split_alike_only_when_they_do() -> None:
    rng = random.Random(13)
    alphabet = "aB. \n!?\"'”“„’‘)(x1"
    texts = ["".join(rng.choice(alphabet) for _ in range(30)) for _ in range(5000)]
    alike = 0
    for text in texts:
        if sentences.straightened_splits_alike(text):
            alike += 1
            assert sentence_spans(text) == sentence_spans(text.translate(g.DOUBLE_QUOTES))
    assert alike > 100  # the check is not vacuous
    # “ closing after a full stop, ” opening after a space: the splits differ.
    for text in ["He left.“ Then A", "He left. ”Then A", "He left. „Then A"]:
        assert not sentences.straightened_splits_alike(text)
        assert sentence_spans(text) != sentence_spans(text.translate(g.DOUBLE_QUOTES))
    assert sentences.straightened_splits_alike("“Yes,” he said. “No.”")


def test_a_names_remembered_candidates_are_those_worked_out_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Candidates and priors are remembered per (name, level word) for one gazetteer and
    one set of parameters: the level word and the parameters change the answer, and the
    memory is bounded."""
    from dataclasses import replace

    from dataset.locations import gazetteer
    from dataset.locations import resolve as r
    from dataset.locations.params import LocationParams

    g, p = gazetteer.get(), LocationParams()
    monkeypatch.setattr(r, "CANDIDATES_CACHE_SIZE", 5)
    names = ["Georgia", "Kandahar", "Washington", "Paris", "La.", "EU", "Helmand province"]
    for _ in range(2):
        for surface in names:
            for hint in (None, r.LEVEL_ADMIN1, r.LEVEL_CITY):
                fresh = r._ranked_candidates(g, surface, hint, p)
                assert r._candidates(g, surface, hint, p) == fresh
                assert len(r._CANDIDATES) <= 5
    # "Georgia province" ranks the country below the divisions "Georgia" alone puts it over.
    assert r._candidates(g, "Georgia", None, p) != r._candidates(g, "Georgia", r.LEVEL_ADMIN1, p)
    narrow = replace(p, max_candidates=1)
    assert len(r._candidates(g, "Paris", None, narrow)[1]) == 1
    assert len(r._candidates(g, "Paris", None, p)[1]) > 1


def test_surnames_are_found_as_whole_words_as_a_pattern_would() -> None:
    from dataset.entities.initial_surnames import _whole_words

    text = "Browne met Brown. McBrown, Brown_x, Brown2 and Brown's aide; Browne left"
    names = {"Brown": None, "Browne": None}
    pattern = re.compile(r"\b(?:Brown|Browne)\b")
    assert _whole_words(text, names) == [m.span() for m in pattern.finditer(text)]
