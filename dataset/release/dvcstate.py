"""DVC checks for a release: the workspace tables are exactly what `dvc.lock` records.

This is `dvc status` through DVC's Python API: any changed dependency, parameter or
output of any stage blocks the release, as does a released file no stage produces.
"""

from __future__ import annotations

from pathlib import Path

import yaml


class NotReproducedError(RuntimeError):
    """The tables do not match dvc.lock; the message says what differs and how to fix it."""


def locked_outputs(root: Path) -> dict[str, str]:
    """Every output path recorded in dvc.lock → its md5."""
    lock = root / "dvc.lock"
    if not lock.exists():
        raise NotReproducedError(
            "dvc.lock does not exist: run `dvc repro` and commit dvc.lock before releasing"
        )
    stages = (yaml.safe_load(lock.read_text(encoding="utf-8")) or {}).get("stages", {})
    return {
        out["path"]: out.get("md5", "")
        for stage in stages.values()
        for out in stage.get("outs", [])
    }


def pipeline_status(root: Path) -> dict:
    """`dvc status` of the repository at `root`: {} when everything is up to date."""
    from dvc.repo import Repo

    with Repo(str(root)) as repo:
        return repo.status()


def _describe(status: dict) -> list[str]:
    lines = []
    for stage, changes in sorted(status.items()):
        details = []
        for change in changes:
            if isinstance(change, dict):
                for kind, items in change.items():
                    shown = (
                        items
                        if isinstance(items, str)
                        else ", ".join(f"{path} ({state})" for path, state in dict(items).items())
                    )
                    details.append(f"{kind}: {shown}")
            else:
                details.append(str(change))
        lines.append(f"  {stage}: {'; '.join(details)}")
    return lines


def require_reproduced(root: Path, released: list[str]) -> None:
    """Refuse unless every released file is a locked output and `dvc status` is clean."""
    outputs = locked_outputs(root)
    missing = [path for path in released if path not in outputs]
    if missing:
        raise NotReproducedError(
            "no stage in dvc.lock produces " + ", ".join(missing) + "; add the stage to "
            "dvc.yaml and run `dvc repro`"
        )
    status = pipeline_status(root)
    if status:
        raise NotReproducedError(
            "the workspace does not match dvc.lock (`dvc status`):\n"
            + "\n".join(_describe(status))
            + "\nrun `dvc repro` (or `dvc checkout`) and commit dvc.lock, then release"
        )
