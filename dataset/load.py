"""Loading tables into pandas with the dtypes the schemas promise."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from dataset.io import read_frame, table_path
from dataset.tables import PUBLIC_TABLES, TABLES, spec

TABLES_DIR_ENV = "CONFLICT_NEWS_TABLES"


def default_tables_dir() -> Path:
    """Where built tables live: $CONFLICT_NEWS_TABLES, else data/tables of this checkout."""
    if os.environ.get(TABLES_DIR_ENV):
        return Path(os.environ[TABLES_DIR_ENV])
    return Path.cwd() / "data" / "tables"


def load(
    name: str,
    tables_dir: str | Path | None = None,
    *,
    version: str | None = None,
    repo: str | os.PathLike | None = None,
) -> pd.DataFrame:
    """Load one table (`articles`, `entities`, `locations`, `claims`, `rejects`).

    Without `version`, reads the locally built tables. With `version="v0.1.0"`, reads the
    table as released in that version through DVC (from `repo`, $CONFLICT_NEWS_REPO, this
    clone, or the package's repository) and refuses it unless its sha256 matches the
    release's datapackage.json.
    """
    if version is not None:
        from dataset.release.versions import load_version

        return load_version(name, version, repo)
    table = spec(name)
    directory = Path(tables_dir) if tables_dir else default_tables_dir()
    path = table_path(directory, table.name)
    if not path.exists():
        raise FileNotFoundError(
            f"table {name!r} is not built: {path} does not exist. Build the tables with "
            "`dvc repro` in the repository (or `dataset build data/raw --out data/tables`), "
            f"or point ${TABLES_DIR_ENV} at a directory of built tables."
        )
    return read_frame(path, table.name)


def tables() -> pd.DataFrame:
    """The tables with their descriptions, key and column count."""
    rows = [
        {
            "table": t.name,
            "description": t.description,
            "primary_key": ", ".join(t.primary_key),
            "columns": len(t.columns),
            "public": t.name in PUBLIC_TABLES,
        }
        for t in TABLES.values()
    ]
    return pd.DataFrame(rows)
