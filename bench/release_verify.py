"""How fast `dataset release` verifies a table: schema validation + content hash + sha256.

    PYTHONPATH=$PWD python bench/release_verify.py [articles]

Writes a synthetic articles table (3,000-character texts) and an entities table (20
mentions per article) to a temporary directory, then times `table_stats` on each and
reports rows/s and peak resident memory.
"""

from __future__ import annotations

import hashlib
import resource
import sys
import tempfile
import time
from pathlib import Path

from dataset.io import write_table
from dataset.release.make import table_stats
from dataset.release.publish import released_spec

WORDS = ["officials", "said", "the", "district", "fell", "after", "fighting", "near", "the"]


def synthetic(n: int) -> tuple[list[dict], list[dict]]:
    articles, entities = [], []
    for i in range(n):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(430))[:3000]
        article_id = hashlib.sha256(str(i).encode()).hexdigest()[:16]
        articles.append(
            {
                "article_id": article_id,
                "text": text,
                "language": "en",
                "word_count": len(text.split()),
                "source": f"bench.jsonl#{i + 1}",
                "raw_sha256": hashlib.sha256(text.encode() + b"raw").hexdigest(),
                "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                "redistributable": i % 2 == 0,
            }
        )
        for m in range(20):
            start = text.index("district") if m == 0 else text.index("the", m * 100)
            word = text[start : text.index(" ", start)]
            entities.append(
                {
                    "article_id": article_id,
                    "mention_id": f"{article_id}-e{m}",
                    "start": start,
                    "end": start + len(word),
                    "text": word,
                    "label": "GPE",
                    "entity_key": f"GPE:{word}",
                    "canonical": word,
                    "sentence": 0,
                    "method": "bench",
                    "confidence": 0.5,
                }
            )
    articles.sort(key=lambda r: r["article_id"])
    entities.sort(key=lambda r: (r["article_id"], r["start"], r["end"]))
    return articles, entities


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    articles, entities = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        for name, rows in (("articles", articles), ("entities", entities)):
            path = Path(tmp) / f"{name}.parquet"
            write_table(path, name, rows)
            started = time.perf_counter()
            stats = table_stats(path, released_spec(name))
            elapsed = time.perf_counter() - started
            print(
                f"{name}: {stats['rows']} rows, {stats['bytes'] / 1e6:.1f} MB in {elapsed:.2f} s "
                f"({stats['rows'] / elapsed:,.0f} rows/s)"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB (includes the synthetic rows held to write them)")


if __name__ == "__main__":
    main()
