"""The development corpora's common form: gzipped JSON Lines, one document per line.

Training, lexicon building, the benchmarks and the tests all read them through here.
"""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path


def read_corpus(path: Path, limit: int | None = None) -> list[dict]:
    """The first `limit` documents of a corpus file (all of them without a limit)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in islice(handle, limit)]
