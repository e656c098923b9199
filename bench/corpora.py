"""Where the development corpora are: $CONFLICT_NEWS_CORPORA, else `shared/corpora` beside
the repository or beside a folder above it (git worktrees sit one level deeper). They are
licence-restricted and never shipped, so every benchmark skips what is absent."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpora_dir() -> Path:
    if os.environ.get("CONFLICT_NEWS_CORPORA"):
        return Path(os.environ["CONFLICT_NEWS_CORPORA"])
    for parent in ROOT.parents:
        candidate = parent / "shared" / "corpora"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "corpora"
