"""A throwaway project repository with git, a DVC pipeline and a local DVC remote.

The pipeline has two stages, `tables` (tiny tables from tests/release_helpers.py) and
the real `publish` stage, so releases run through exactly the commands a user runs.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from dvc.repo import Repo
from release_helpers import record, write_corpus

WORKTREE = Path(__file__).resolve().parents[1]

PYPROJECT = """\
[project]
name = "conflict-news"
version = "{version}"
description = "Test corpus for releases."
authors = [{{ name = "Conflict News developers" }}]
keywords = ["news", "test"]
license = {{ text = "MIT" }}

[project.urls]
Repository = "https://example.org/conflict-news"
"""

PARAMS = """\
run:
  workers: 1
release:
  withhold_text: true
  license: CC-BY-4.0
"""

MAKE_TABLES = """\
import json
import sys
from pathlib import Path

from release_helpers import build_tables

counts = build_tables(Path("data/raw"), Path("data/tables"))
articles = sum(1 for line in Path("data/raw/articles.jsonl").read_text().splitlines() if line)
Path("metrics").mkdir(exist_ok=True)
Path("metrics/quality.json").write_text(
    json.dumps({"claims": {"f1": round(0.5 + 0.1 * articles, 3)}, "articles": articles})
)
"""

DVC_YAML = """\
stages:
  tables:
    cmd: {python} make_tables.py
    deps:
      - data/raw
      - make_tables.py
    outs:
      - data/tables/articles.parquet:
          push: false
      - data/tables/rejects.parquet
      - data/tables/entities.parquet
      - data/tables/locations.parquet
      - data/tables/claims.parquet
    metrics:
      - metrics/quality.json:
          cache: false
  publish:
    cmd: {python} -m dataset publish --tables data/tables --out data/release
    deps:
      - data/tables/articles.parquet
    params:
      - release.withhold_text
    outs:
      - data/release/articles.parquet
"""


def environment() -> dict[str, str]:
    """Child processes import this worktree's `dataset` and the test helpers."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(WORKTREE), str(WORKTREE / "tests")])
    env.update(
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.org",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.org",
        GIT_AUTHOR_DATE="2026-01-15T12:00:00+00:00",
        GIT_COMMITTER_DATE="2026-01-15T12:00:00+00:00",
    )
    return env


def run(root: Path, *args: str) -> str:
    result = subprocess.run(
        list(args), cwd=root, env=environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def dataset_cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`dataset <args>` run in-process in `root` (the same code as the console script)."""
    from dataset.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def create(root: Path, remote: Path) -> Path:
    """A committed project with two articles (one CC-BY, one unlicensed) and a remote."""
    root.mkdir(parents=True)
    run(root, "git", "init", "-q", "-b", "main")
    (root / "pyproject.toml").write_text(PYPROJECT.format(version="0.1.0"))
    (root / "params.yaml").write_text(PARAMS)
    (root / "make_tables.py").write_text(MAKE_TABLES)
    (root / "dvc.yaml").write_text(DVC_YAML.format(python=sys.executable))
    write_corpus(root / "data/raw", [record(1, "Kabul", "CC-BY-4.0"), record(2, "Herat", None)])
    Repo.init(str(root)).close()
    (root / ".dvc" / "config").write_text(
        f"[core]\n    analytics = false\n    remote = storage\n"
        f"['remote \"storage\"']\n    url = {remote}\n"
    )
    commit(root, "Project")
    return root


def commit(root: Path, message: str) -> None:
    run(root, "git", "add", "-A")
    run(root, "git", "commit", "-q", "-m", message)


def reproduce(root: Path, message: str) -> None:
    """`dvc repro`; the stage commands run as subprocesses, as under the dvc CLI."""
    env = environment()
    with contextlib.chdir(root), _environ(env), Repo(str(root)) as repo:
        repo.reproduce()
    commit(root, message)


@contextlib.contextmanager
def _environ(values: dict[str, str]):
    saved = dict(os.environ)
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def set_version(root: Path, version: str) -> None:
    (root / "pyproject.toml").write_text(PYPROJECT.format(version=version))


def release(root: Path, version: str) -> subprocess.CompletedProcess:
    """`dataset release X.Y.Z --commit`, then push the data and the run-cache."""
    with _environ(environment()):
        result = dataset_cli(root, "release", version, "--commit")
    if result.returncode == 0:
        with Repo(str(root)) as repo:
            repo.push(run_cache=True)  # `dvc push --run-cache`: the tables and run-cache
    return result


def package_at(root: Path, tag: str) -> dict:
    return json.loads(run(root, "git", "show", f"{tag}:datapackage.json"))
