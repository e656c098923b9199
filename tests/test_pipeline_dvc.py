"""The DVC pipeline in a copy of the repository: repro, clean status, identical bytes."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str], cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_dvc_repro_twice_gives_identical_tables_and_clean_status(tmp_path: Path) -> None:
    scripts = str(Path(sys.executable).parent)
    if shutil.which("dvc", path=scripts) is None or shutil.which("dataset", path=scripts) is None:
        pytest.skip("dvc and the dataset command are not installed beside this Python")
    repo = tmp_path / "repo"
    files = _run(["git", "ls-files", "-z"], ROOT).split("\0")
    for name in filter(None, files):
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, target)
    (repo / "dvc.lock").unlink(missing_ok=True)
    _run(["git", "init", "-q"], repo)
    _run(["dvc", "repro", "--quiet"], repo)
    tables = sorted((repo / "data" / "tables").glob("*.parquet"))
    first = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tables}
    assert {"articles.parquet", "entities.parquet", "locations.parquet", "claims.parquet"} <= set(
        first
    )
    assert "up to date" in _run(["dvc", "status"], repo)
    # Python writes bytecode beside the stages' sources on a machine that allows it; its
    # bytes differ per machine, so it must not count as a changed dependency.
    bytecode = repo / "dataset" / "ingest" / "__pycache__" / "stage.cpython-311.pyc"
    bytecode.parent.mkdir()
    bytecode.write_bytes(b"machine-specific")
    assert "up to date" in _run(["dvc", "status"], repo)
    _run(["dvc", "repro", "--force", "--quiet"], repo)
    second = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tables}
    assert first == second


@pytest.mark.parametrize("stage", ["entities", "locations", "claims"])
def test_a_stage_deps_cover_every_file_its_extractor_reads(stage: str) -> None:
    """An edit DVC cannot see would leave `dvc repro` reporting stale tables as current."""
    import yaml

    from dataset.cache import code_files
    from dataset.params import load_params
    from dataset.stages import claims_step, entities_step, locations_step

    steps = {"entities": entities_step, "locations": locations_step, "claims": claims_step}
    extract = steps[stage](load_params(ROOT / "params.yaml")).extract
    module = sys.modules[extract.__module__]
    deps = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"][stage]["deps"]
    covered = [ROOT / dep for dep in deps]
    read = code_files(extract.__module__, module.__file__ or "")
    uncovered = [
        path.relative_to(ROOT).as_posix()
        for path in read
        if not any(path == dep or dep in path.parents for dep in covered)
    ]
    assert not uncovered, f"dvc.yaml stage {stage!r} lacks deps for {uncovered}"
