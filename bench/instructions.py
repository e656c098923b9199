"""Instructions an extractor executes (valgrind), a machine-load-independent cost measure.

    PYTHONPATH=$PWD python bench/instructions.py STAGE [--every 11]

STAGE is one of entities, claims, both, locations, lexicons.

CPU seconds on a shared 2-core VM vary by ±20 % from run to run; instruction counts do
not. Runs this script under `valgrind --tool=cachegrind` twice, with the extractor's
set-up only and with set-up plus extraction of every `--every`-th BBC article (entities
rows computed first, outside the count), and prints both counts in millions. `both`
runs entities then claims on batches of 64, as a build's worker does (claims reuses the
sentence splits). `locations` runs the resolver, its set-up being what a build's worker
has before its first article (the gazetteer loaded before the fork, the entity lexicons
from the entities stage; the per-process memos of names start empty), and also prints a
digest of its rows, so a speed-up that changes output shows. `lexicons` counts loading
the entity lexicons and model alone.
Needs valgrind; PYTHONHASHSEED is fixed so dict and set layouts repeat.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BATCH = 64


def _child(stage: str, data_path: str, work: bool) -> None:
    """Set up `stage`, then (when `work`) extract; runs under valgrind."""
    data = pickle.loads(Path(data_path).read_bytes())  # in both runs: not counted
    from dataset.claims.extract import extract_claims
    from dataset.claims.extract import preload as claims_preload
    from dataset.claims.params import ClaimParams
    from dataset.entities import lexicon, model
    from dataset.entities.extract import extract_entities
    from dataset.entities.extract import preload as entities_preload
    from dataset.entities.params import EntityParams

    entity_params, claim_params = EntityParams(), ClaimParams()
    if stage == "lexicons":
        if work:
            lexicon.load()
            model.load()
        return
    if stage == "locations":
        _locations(data, work, Path(data_path + ".digest"))
        return
    if stage in ("entities", "both"):
        entities_preload(entity_params)
    if stage in ("claims", "both"):
        claims_preload(claim_params)
    # As a build does before its workers fork: the loaded lexicons leave the collector's
    # reach, so collections during extraction do not walk them.
    gc.collect()
    gc.freeze()
    if not work:
        return
    for low in range(0, len(data), BATCH):
        batch = data[low : low + BATCH]
        if stage in ("entities", "both"):
            for article_id, text, _rows in batch:
                extract_entities(article_id, text, entity_params)
        if stage in ("claims", "both"):
            for article_id, text, rows in batch:
                extract_claims(article_id, text, claim_params, rows)


def _locations(data: list, work: bool, digest_path: Path) -> None:
    """The locations stage as a build's worker runs it; the rows' digest to `digest_path`."""
    from dataset.entities import lexicon
    from dataset.locations.params import LocationParams
    from dataset.locations.resolve import gazetteer_metadata, preload, resolve_locations

    params = LocationParams()
    gazetteer_metadata()
    preload(params)
    lexicon.load()
    gc.collect()
    gc.freeze()
    if not work:
        return
    made = [resolve_locations(i, text, params, rows) for i, text, rows in data]
    digest_path.write_text(hashlib.sha256(repr(made).encode()).hexdigest()[:16])


def _count(stage: str, data_path: str, work: bool) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command += [sys.executable, __file__, "--child", stage, data_path, str(int(work))]
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(done.stderr[-2000:])
    return int(found.group(1).replace(",", ""))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3], sys.argv[4] == "1")
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=("entities", "claims", "both", "locations", "lexicons"))
    parser.add_argument("--every", type=int, default=11, help="take every N-th article")
    args = parser.parse_args()
    from bench.corpora import corpora_dir
    from dataset.entities.extract import extract_entities
    from dataset.entities.params import EntityParams
    from dataset.evaluate.corpora import read_corpus

    records = read_corpus(corpora_dir() / "bbc_news" / "bbc_news.jsonl.gz")
    sample = [(f"a{n:05d}", r["text"]) for n, r in enumerate(records)][:: args.every]
    params = EntityParams()
    data = [(i, text, extract_entities(i, text, params)) for i, text in sample]
    with tempfile.NamedTemporaryFile(suffix=".pickle") as handle:
        handle.write(pickle.dumps(data))
        handle.flush()
        setup = _count(args.stage, handle.name, False)
        total = _count(args.stage, handle.name, True)
        digest = Path(handle.name + ".digest")
        rows_digest = digest.read_text() if digest.exists() else None
        digest.unlink(missing_ok=True)
    counts = {
        "stage": args.stage,
        "articles": len(data),
        "words": sum(len(text.split()) for _i, text, _r in data),
        "setup_minstr": round(setup / 1e6),
        "work_minstr": round((total - setup) / 1e6),
    }
    if rows_digest is not None:
        counts["digest"] = rows_digest
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
