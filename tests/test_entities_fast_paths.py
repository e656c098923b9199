"""The entity extractor's fast paths give what the plain code they replace gave."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest

from dataset.entities import candidates as cand
from dataset.entities import classify as cls
from dataset.entities import context as cx
from dataset.entities import extract as ex
from dataset.entities import person_forms as pf
from dataset.entities.classify import Mention, after_one_space, space_then
from dataset.entities.params import EntityParams

TEXTS = [
    'He sang "Her Father Didn\'t Like Me Anyway" and "Paris In The Spring" on tour.\n'
    'Then "Knuck If You Buck", "Over Here", "London Calling Now" again.',
    'A song, "We Are The World," and "Rome Is Where We Are!" were played.\n"Lost Tom Lee"',
    "The Power of Now and A New Earth sold well; so did a A A Madrid and An Ode To Rome.",
    "sales of A\u00a0New Earth\nA Paris trip, then A\nLondon and x A \nBerlin.",
    "The origin of the word Hispania, the name Apulia, the term Dacia; the name of Parker.",
    'The word "Spain" and the name \u201cGaul\u201d, then a name\nRome and the term\tLatium.',
    'She sang "Far Away"Lost In You Now" and "Run To Me!"Paris Is Now" then "Tom Of Mine"',
    'Then \u201cBack To Her Rome\u201d "Lee\u2019s Way-Of Me" and (\u201cSam Is Not Here\u201d).',
]


def _capital_words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[A-Z][\w'’-]*", text)]


def _mentions(text: str) -> list[Mention]:
    """A guessed person at every capitalised word and every pair of them."""
    spans = _capital_words(text)
    pairs = [(a[0], b[1]) for a, b in itertools.pairwise(spans)]
    return [
        Mention(s, e, text[s:e].split(), label, text[s:e], method)
        for s, e in spans + pairs
        for label, method in (("PERSON", "name"), ("GPE", "lexicon"))
    ]


# The title-case quotation pattern before it was made possessive and atomic.
_PLAIN_TITLE_CASE_QUOTE = re.compile(
    r"[\"“]((?:[^\W\d_][\w'’-]*[,!?]?[^\S\n]+){2,}[^\W\d_][\w'’-]*)[!?]?[\"”]"
)


def _plain_in_title_case_quote(mention: Mention, text: str) -> bool:
    if mention.method not in ex._TITLE_GUESSES or mention.label not in ("PERSON", "ORG"):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    for quote in _PLAIN_TITLE_CASE_QUOTE.finditer(text, line_start, mention.end + 3):
        if quote.start(1) <= mention.start and mention.end <= quote.end(1):
            words = quote.group(1).split()
            return any(w.strip(",!?") in ex._TITLE_FUNCTION_WORDS for w in words[1:])
    return False


def _plain_mentioned_not_used(mention: Mention, text: str) -> bool:
    return (
        ex._quoted_place(mention, text)
        or ex._TITLE_ARTICLE.search(text, max(0, mention.start - 60), mention.start) is not None
        or (
            len(mention.words) == 1
            and ex._MENTION_NOUN.search(text, max(0, mention.start - 12), mention.start) is not None
        )
    )


@pytest.mark.parametrize("text", TEXTS)
def test_title_case_quotes_scanned_once_match_the_per_line_scan(text: str) -> None:
    found = [ex._in_title_case_quote(m, text) for m in _mentions(text)]
    assert found == [_plain_in_title_case_quote(m, text) for m in _mentions(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_use_cues_scanned_once_match_the_look_behind_searches(text: str) -> None:
    found = [ex._mentioned_not_used(m, text) for m in _mentions(text)]
    assert found == [_plain_mentioned_not_used(m, text) for m in _mentions(text)]


def test_the_texts_hold_both_answers() -> None:
    for rule in (ex._in_title_case_quote, ex._mentioned_not_used):
        answers = {rule(m, text) for text in TEXTS for m in _mentions(text)}
        assert answers == {True, False}


RUN_TEXTS = [
    "The Workers' Party and the Writers' Guild met Korean People's Army men in St. Louis.",
    "Bank of the West, Front for the Liberation of the Enclave, and Ayman al-Zawahiri said",
    "Pul-e \u2018Alam and Nad \u2018Ali; Trump As A \u2018Disgusting Fraud.\u2019 U.S. W.Va.",
    "Abdel Fattah el-Sisi, Leonardo da Vinci, Juan de la Cruz y Garc\u00eda and Smith & Co",
    "Ludwig van Beethoven\u00a0Jr of Bonn upon Tyne; O'Brien's men, the Farmers' Union of",
]


@pytest.mark.parametrize("text", RUN_TEXTS)
def test_run_look_aheads_change_no_run(text: str) -> None:
    plain = cand.RUN.pattern.replace(cand._NEXT_IN_RUN, "").replace("(?=[a-z]*+['’])", "")
    assert plain != cand.RUN.pattern
    expected = [m.span() for m in re.finditer(plain, text)]
    assert [m.span() for m in cand.RUN.finditer(text)] == expected
    assert any(" " in text[s:e] for s, e in expected)


def _plain_never_a_name(words: list[str]) -> bool:
    name = " ".join(words)
    if name in ex.lx.ORG_NAME_SET or name in ex.lx.GPE_ALIASES or name in ex.lx.ORG_ALIASES:
        return False
    if len(words) == 1 and (ex._PLURAL_ACRONYM.match(name) or ex._ROMAN.match(name)):
        return True
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    core = ex.title_word(words[-1])[1] or ex.title_word(last)[1]
    return bool(core and all(ex._is_title(w) for w in words))


@pytest.mark.parametrize(
    "name",
    [
        "Emperor",
        "Emperors",
        "the Emperor",
        "Lieutenant-General",
        "Lieutenant-Generals",
        "Vice-President",
        "Deputy Prime Minister",
        "Prime Ministers",
        "Labor Party",
        "Royal Navy",
        "ATMs",
        "XIV",
        "IV",
        "VIs",
        "Xs",
        "Vienna",
        "Smith",
        "Jean-Paul",
        "President Obama",
        "Secretary of State",
    ],
)
def test_never_a_name_skips_only_names_without_a_core_title(name: str) -> None:
    assert bool(ex._never_a_name(name.split())) == _plain_never_a_name(name.split())


def _plain_starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (
        text[i] in " \t\"'“‘(«[*-–—" or (text[i].isspace() and text[i] not in cand.LINE_BREAKS)
    ):
        i -= 1
    return i < 0 or text[i] in ".!?:;|•" or text[i] in cand.LINE_BREAKS


@pytest.mark.parametrize(
    "text", [*TEXTS, *RUN_TEXTS, ' "(Yes)\u2029 \u2014 \u00a0In;\t\u201cNo\u2028x']
)
def test_starts_sentence_equals_the_plain_loop(text: str) -> None:
    for start in range(len(text) + 1):
        assert cand.starts_sentence(text, start) == _plain_starts_sentence(text, start)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They crossed the Rhine at dawn.", "Rhine"),
        ("her 1981 album Wild West sold well", "Wild West"),
        ("two Sudeten German farmers", "Sudeten"),
        ("the Spanish Inquisition began", "Inquisition"),
        ("Militants ambushed a convoy.", "Militants"),
    ],
)
def test_only_a_guess_is_overruled(text: str, name: str) -> None:
    """The rules `_overruled_guess` gates each overrule a guess alone."""
    lexicons = dataclasses.replace(cand.lx.load(), first_names=frozenset())
    params = EntityParams()
    start = text.index(name)
    for label in ("PERSON", "ORG"):
        for method in ("name", "model", "title", "lexicon", "head", "context", "cue"):
            mention = Mention(start, start + len(name), name.split(), label, name, method)
            rules = [
                ex._determined_guess(mention, text, set()),
                ex._work_title(mention, text, set(), frozenset()),
                ex._before_demonym(mention, text, frozenset()),
                ex._after_demonym(mention, text, frozenset()),
                method == "model"
                and ex._plural_kind_opening(mention, text, lexicons, set(), params),
            ]
            assert ex._overruled_guess(mention, text, set(), lexicons, params) == any(rules)
            if method not in ex._TITLE_GUESSES:
                assert not any(rules)
    guess = Mention(start, start + len(name), name.split(), "PERSON", name, "model")
    assert ex._overruled_guess(guess, text, set(), lexicons, params)


def _plain_trailer(text: str, end: int) -> str | None:
    """The kind of the first of the three separate trailer patterns that matches."""
    for kind, nouns in (
        ("FAC", [re.escape(t) for t in ex.lx.FAC_TRAILERS]),
        ("ORG", sorted(ex.lx.ORG_TRAILERS)),
        ("GPE", sorted(ex.lx.GPE_TRAILERS)),
    ):
        if re.compile(r"[^\S\n]+(?:" + "|".join(nouns) + r")\b").match(text, end):
            return kind
    return None


@pytest.mark.parametrize(
    "after",
    [
        " air base",
        " air based",
        " airbase.",
        "\u00a0border crossing",
        " base camp",
        " dynasty",
        " dynasties'",
        " city",
        " cityscape",
        "\ncity",
        " state-run",
        " provinces",
        "",
    ],
)
def test_one_trailer_match_types_as_the_three_did(after: str) -> None:
    text = "Bagram" + after
    trailer = ex._TRAILER.match(text, 6)
    assert (trailer.lastgroup if trailer else None) == _plain_trailer(text, 6)


@pytest.mark.parametrize(
    "run",
    [
        "Ludwig van Beethoven",
        "Ludwig\tvan Beethoven",
        "Ludwig\t van",
        "Ludwig  van Beethoven",
        "Ludwig\u00a0van Beethoven",
        "Ludwig van\u2009Beethoven",
        "Kabul",
    ],
)
def test_run_words_split_by_length_match_the_token_scan(run: str) -> None:
    text = f"in {run} now"
    start = text.index(run)
    words = cand._tokens(text, start, start + len(run), run, {})
    if " " in run:
        expected = [
            (m.start(), m.end(), m.group())
            for m in cand._TOKEN.finditer(text, start, start + len(run))
        ]
    else:
        expected = [(start, start + len(run), run)]
    assert words == expected


SUFFIX_TEXTS = [
    "Martin Luther King, Jr. spoke; Smith Sr came; Lee,\u00a0Jr. and Kim\tSr. too.",
    "CCNG, Inc. and Acme,\tLtd. bought Foo, Co., Ltd. from Bar, plc and Baz , Inc.",
    "Henry I and Mojmír I ruled; Louis\u00a0I too, then Tom I'm here, Ann Ir and Bob I-5.",
    "Jones Jr, Brown Sr-Smith, Jr\nSr and ,Jr at the end: Kim,",
]


def _plain_absorb_suffixes(mentions: list[Mention], text: str) -> list[Mention]:
    """`_absorb_suffixes` before its patterns were guarded by their opening character."""
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue
        form = ex._LEGAL_FORM.match(text, mention.end) if mention.label else None
        if form is not None:
            while form is not None:
                mention.end = form.end()
                form = ex._LEGAL_FORM.match(text, mention.end)
            mention.canonical = text[mention.start : mention.end]
            mention.label, mention.method = "ORG", "head"
        if mention.label == "PERSON":
            suffix = ex._NAME_SUFFIX.match(text, mention.end)
            if suffix is not None:
                mention.end = suffix.end()
        if mention.label in ("PERSON", ex.UNKNOWN) and len(mention.words) == 1:
            regnal = ex._FIRST_OF_NAME.match(text, mention.end)
            if regnal is not None:
                mention.end = regnal.end()
                mention.words = [*mention.words, "I"]
                mention.canonical = text[mention.start : mention.end]
        out.append(mention)
    return out


@pytest.mark.parametrize("text", SUFFIX_TEXTS)
@pytest.mark.parametrize("label", ["PERSON", "ORG", ""])
def test_guarded_suffixes_absorb_as_the_plain_matches(text: str, label: str) -> None:
    def made() -> list[Mention]:
        return [
            Mention(s, e, text[s:e].split(), label, text[s:e], "name")
            for s, e in _capital_words(text)
        ]

    plain = [(m.start, m.end, m.words, m.label) for m in _plain_absorb_suffixes(made(), text)]
    fast = [(m.start, m.end, m.words, m.label) for m in ex._absorb_suffixes(made(), text)]
    assert fast == plain


def test_the_suffix_texts_absorb_each_kind() -> None:
    text = " ".join(SUFFIX_TEXTS)
    ends = dict(_capital_words(text))
    absorbed = set()
    for label in ("PERSON", "ORG"):
        made = [
            Mention(s, e, text[s:e].split(), label, text[s:e], "name")
            for s, e in _capital_words(text)
        ]
        absorbed |= {text[ends[m.start] : m.end] for m in ex._absorb_suffixes(made, text)}
    assert {", Jr.", " Sr", ", Inc.", " I"} <= absorbed


@pytest.mark.parametrize(
    "text",
    [
        "his record label The Rocket Record Company, wrote in The\u00a0Onion and The  Times",
        "The Guardian said; then the The BBC, a The\nSun and (The Economist) in The",
    ],
)
def test_named_article_guard_moves_as_the_search(text: str) -> None:
    for start in range(len(text) + 1):
        match = ex._NAMED_ARTICLE.search(text, max(0, start - 40), start)
        assert ex._named_article(start, text) == (match.start(1) if match else start)


@pytest.mark.parametrize(
    "word",
    ["However", "The", "Many", "Paris", "Blair", "University", "Amid", "US", "Luckily", "Most"],
)
@pytest.mark.parametrize("initial", [True, False])
def test_one_word_piece_test_equals_emit(word: str, initial: bool) -> None:
    lexicons = cand.lx.load()
    found: list[cand.Piece] = []
    cand._emit(found, [word], [0], [len(word)], initial, True, lexicons, 0.5, 3)
    assert cand._word_is_piece(word, initial, lexicons, 0.5, 3) == bool(found)


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"[^\S\n]+the[^\S\n]+[A-Z]", ("", "t")),
        (r",?[^\S\n]+which\b", ("", "w")),
    ],
)
def test_one_space_test_passes_every_match(pattern: str, first: tuple[str, ...]) -> None:
    text = "Louis the German, Acme which, Bob\u00a0the Great, Al  which\nthe Tim\tthe X ,which"
    for end in range(len(text) + 1):
        if re.compile(pattern).match(text, end):
            assert after_one_space(text, end) in first


@pytest.mark.parametrize(
    ("pattern", "initials"),
    [
        (cx._BAND_AFTER, cx._BAND_INITIALS),
        (cx._ONE_BODY_AFTER, cx._ONE_BODY_INITIALS),
        (pf._NICKNAME, pf._QUOTES),
    ],
)
def test_space_then_passes_every_match(pattern: re.Pattern, initials: frozenset[str]) -> None:
    text = (
        'Kovac  fighters, Azov\u00a0brigade, Jo "Ace" Bo, Al \t"Bo" Cy, X\nrebels, Y \nmilitia,'
        " Z  \u201cDon\u201d Ray, W rebels,militia brigades"
    )
    for end in range(len(text) + 1):
        if pattern.match(text, end):
            assert space_then(text, end, initials)


CUE_TEXTS = [
    "her 1981 album Wild West, the film, Looper, the film The Five Year Plan and the films “Up",
    "the British ship Endurance; an e-book Smith, the EPs Tom and the tanker  \u201cStena Impero",
    "a cat named Biscuit, published as Undersea, known\tas Cher, nicknamed 'Ace and called Bo",
    "the word Hispania, the term  Dacia, the phrase 'Go, the name Maria Lopez; a filmThe Kid",
    "the startup Acme, the start-up, Zeta, her company Orbis, the band Sigur, a firm\u00a0Bolt",
    "the Spanish Inquisition, the ancient Maya, the Israeli Knesset, the Blue Jays, The Medieval",
]


def _plain_work_title(mention: Mention, text: str, first_names: frozenset[str]) -> bool:
    """`_work_title`'s window patterns searched for at every name, as before the guard."""
    start = mention.start
    return (
        ex._WORK_NOUN.search(text, max(0, start - 20), start) is not None
        or ex._YEAR_AFTER.match(text, mention.end) is not None
        or ex._PUBLISHED_AFTER.match(text, mention.end) is not None
        or bool(len(mention.words) == 1 and ex._NAMING_VERB.search(text, max(0, start - 16), start))
        or (
            ex._WORD_NOUN.search(text, max(0, start - 12), start) is not None
            and (len(mention.words) == 1 or mention.words[0].lower() not in first_names)
        )
    )


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_cue_words_rule_out_only_what_the_searches_do(text: str) -> None:
    first_names = frozenset(["maria"])
    found = []
    for mention in _mentions(text):
        if mention.label != "PERSON":
            continue
        plain = _plain_work_title(mention, text, first_names)
        assert ex._work_title(mention, text, set(), first_names) == plain
        found.append(plain)
        start = mention.start
        searched = ex._DEMONYM_BEFORE.search(text, max(0, start - 24), start)
        plain_demonym = (
            len(mention.words) == 1
            and searched is not None
            and (searched.group(2) is not None or searched.group(1) in ex.lx.DEMONYMS)
        )
        assert ex._after_demonym(mention, text, frozenset()) == plain_demonym
    assert any(found) or text in CUE_TEXTS[4:]  # the last two hold no work's cue


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_org_before_word_rules_out_only_what_the_search_does(text: str) -> None:
    for start in range(len(text) + 1):
        plain = cls._ORG_BEFORE.search(text, max(0, start - 24), start) is not None
        assert cls.org_before(text, start) == plain


WORD_BEFORE_TEXTS = [
    *CUE_TEXTS,
    "starring LaBeouf, co-starring  Ray, directed by Smaragdis, the widow of Okafor, poet",
    "the writer, Grass, cleric Muqtada, the river Nestus, the band “Sigur, invaded Moravia",
    "a start-up 'Acme, the village\tHaris, the tycoon\u00a0Musk and the king Offa of Mercia",
]


@pytest.mark.parametrize("text", WORD_BEFORE_TEXTS)
def test_word_before_sets_rule_out_only_what_the_searches_do(text: str) -> None:
    for start in range(len(text) + 1):
        person = cls._PERSON_BEFORE.search(text, max(0, start - 24), start) is not None
        assert cls.person_before(text, start) == person
        kind = cx._NOUN_BEFORE.search(text, max(0, start - 14), start)
        found = cx._kind_before(text, start)
        assert (found and found.span()) == (kind and kind.span())


def _plain_is_person_name(words: list[str], lexicons: cand.lx.Lexicons) -> bool:
    """`_is_person_name` before its initials' patterns waited for a dot."""
    if len(words) < 2 or len(words) > 5:
        return False
    if not cls._DIVISION_OR_INSTITUTION.isdisjoint(words[1:]):
        return False
    first = cls.fold(words[0]).lower()
    if first in lexicons.first_names and words[0] not in cls.lx.GPE_ALIASES:
        place = lexicons.places.get(words[0])
        if place is None or place.kind == "city" or cls._given_name_then_surname(words, lexicons):
            return True
    if any(cls._INITIAL.match(w) for w in words[:-1]) or cls.given_initials(words[:1]):
        return True
    return not cls.lx.NAME_PARTICLES.isdisjoint(words[1:-1])


@pytest.mark.parametrize(
    "name",
    [
        "J. R. Smith",
        "B.B. King",
        "W.E.B. Du Bois",
        "U.S. Army",
        "Xq Zork",
        "Xq Z. Zork",
        "Xq Zork J.",
        "Ludwig van Beethoven",
        "Tony Blair",
        "Walker County Fair",
        "A. B. C. D. E. F.",
        "Mr. Zork",
    ],
)
def test_initials_wait_for_a_dot(name: str) -> None:
    lexicons = cand.lx.load()
    words = name.split()
    assert cls._is_person_name(words, lexicons) == _plain_is_person_name(words, lexicons)


def _plain_title_split(words: list[str]) -> tuple[int, int] | None:
    """`_title_split` asking `title_word` of every word, as before its set test."""
    for i, word in enumerate(words):
        if not cls.title_word(word)[0]:
            continue
        j = i
        core = False
        while j < len(words):
            title, is_core = cls.title_word(words[j])
            if not title and words[j] not in ("of", "for"):
                break
            core = core or is_core
            j += 1
        if core:
            return i, j
    return None


@pytest.mark.parametrize(
    "name",
    [
        "Prime Minister Tony Blair",
        "Lieutenant-General Smith",
        "Jean-Paul Sartre",
        "Tony Blair",
        "Secretary of State Rice",
        "Vice-President Zork",
        "Former Deputy Zork",
        "Zork Under-Secretary-General",
        "Royal Navy",
    ],
)
def test_title_split_set_test_changes_no_split(name: str) -> None:
    assert cls._title_split(name.split()) == _plain_title_split(name.split())


@pytest.mark.parametrize("word", ["NATO", "AT&T", "US", "USs", "ÉU", "A&", "Blair", "Us", "X"])
def test_acronym_second_letter_test_passes_every_acronym(word: str) -> None:
    if cls._ACRONYM.match(word):
        assert word[1:2].isupper() or word[1:2] == "&"
