"""Instructions the locations resolver executes on BBC News (valgrind), load-independent.

    PYTHONPATH=$PWD python bench/locations_instructions.py [--every 4]

`bench/instructions.py` counts entities and claims; this counts the locations stage the
same way: runs itself under `valgrind --tool=cachegrind` twice, with the gazetteer
loaded only (as a build loads it before its workers fork) and with the resolver run on
every `--every`-th BBC article as well (the entity rows computed first, outside the
count), and prints both counts in millions with the digest of the rows, so a speed-up
that changes output shows. Per-process memos (name look-ups, ranked candidates) start
empty, as in a fresh build worker; the entity lexicons (read by the toponym filters)
are loaded in the set-up, as the entities stage of a build's worker has loaded them.
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


def _child(data_path: str, work: bool, digest_path: str) -> None:
    """Load the gazetteer, then (when `work`) resolve every article; runs under valgrind."""
    data = pickle.loads(Path(data_path).read_bytes())
    from dataset.entities import lexicon
    from dataset.locations import gazetteer
    from dataset.locations.params import LocationParams
    from dataset.locations.resolve import gazetteer_metadata, resolve_locations

    params = LocationParams()
    gazetteer_metadata()
    gazetteer.get()  # as the build's locations step prepares it before its workers fork
    lexicon.load()  # a build's worker has it from the entities stage
    gc.collect()
    gc.freeze()
    if not work:
        return
    made = [resolve_locations(i, text, params, rows) for i, text, rows in data]
    digest = hashlib.sha256(repr(made).encode()).hexdigest()[:16]
    Path(digest_path).write_text(digest)


def _count(data_path: str, work: bool, digest_path: str) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command += [sys.executable, __file__, "--child", data_path, str(int(work)), digest_path]
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(done.stderr[-2000:])
    return int(found.group(1).replace(",", ""))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3] == "1", sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=4, help="take every N-th article")
    args = parser.parse_args()
    from bench.corpora import corpora_dir
    from dataset.entities.extract import extract_entities
    from dataset.entities.params import EntityParams
    from dataset.evaluate.corpora import read_corpus

    records = read_corpus(corpora_dir() / "bbc_news" / "bbc_news.jsonl.gz")
    sample = [(f"a{n:05d}", r["text"]) for n, r in enumerate(records)][:: args.every]
    params = EntityParams()
    data = [(i, text, extract_entities(i, text, params)) for i, text in sample]
    with tempfile.TemporaryDirectory() as tmp:
        data_path, digest_path = Path(tmp) / "data.pickle", Path(tmp) / "digest"
        data_path.write_bytes(pickle.dumps(data))
        setup = _count(str(data_path), False, str(digest_path))
        total = _count(str(data_path), True, str(digest_path))
        digest = digest_path.read_text()
    print(
        json.dumps(
            {
                "stage": "locations",
                "articles": len(data),
                "words": sum(len(text.split()) for _i, text, _r in data),
                "setup_minstr": round(setup / 1e6),
                "work_minstr": round((total - setup) / 1e6),
                "digest": digest,
            }
        )
    )


if __name__ == "__main__":
    main()
