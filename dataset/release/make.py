"""`dataset release X.Y.Z`: verify the built tables, then write the release metadata.

Refuses unless the version follows the previous release, pyproject.toml carries it, the
work tree is clean, `dvc status` is clean and every released table passes its schema and
the cross-table checks. Then writes, from the sources of truth only: datapackage.json,
CITATION.cff, .zenodo.json, docs/data-dictionary.md, docs/datasheet.md and CHANGELOG.md.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow

from dataset.io import arrow_to_frame, iter_arrow_batches, table_files, validate, write_json
from dataset.release import changelog, citation, docs, gitrepo
from dataset.release.datapackage import contract_changed, datapackage, resource
from dataset.release.dvcstate import require_reproduced
from dataset.release.hashing import content_sha256, sha256_files
from dataset.release.project import RELEASE_PATHS, Project, read_project
from dataset.release.publish import released_spec
from dataset.release.semver import Version, check_bump
from dataset.tables import TableSpec

GENERATED_FILES = (
    "datapackage.json",
    "CITATION.cff",
    ".zenodo.json",
    "docs/data-dictionary.md",
    "docs/datasheet.md",
    "CHANGELOG.md",
)
VALIDATION_BATCH = 8_192  # rows per validated batch: bounded memory for long texts


class ReleaseRefused(RuntimeError):
    """A precondition of a release does not hold; the message says which and what to do."""


@dataclass
class Release:
    version: Version
    root: Path
    package: dict
    files: list[str] = field(default_factory=list)

    def publish_commands(self) -> list[str]:
        tag = self.version.tag
        return [
            f"git add {' '.join(self.files)}",
            f'git commit -m "Release {tag}"',
            f'git tag -a {tag} -m "Release {tag}"',
            "dvc push",
            "dvc push --run-cache",
            f"git push origin HEAD {tag}",
        ]


def table_stats(path: Path, table: TableSpec) -> dict:
    """Validate a table batch by batch and measure it: rows, file hash, content hash.

    The parts of a sharded table are each sorted by the table's key; merging them streams
    the rows in key order, as the content hash needs.
    """
    if not path.exists():
        raise ReleaseRefused(f"table {table.name} is not built: {path} does not exist")
    rows = 0
    withheld = 0
    files = table_files(path)

    def validated_rows(file: Path) -> Iterator[dict]:
        nonlocal rows, withheld
        for batch in iter_arrow_batches(file, batch_size=VALIDATION_BATCH):
            frame = arrow_to_frame(pyarrow.Table.from_batches([batch]), table)
            validate(frame, table)
            rows += len(frame)
            if table.name == "articles":
                withheld += int(frame["text"].isna().sum())
            yield from batch.to_pylist()

    streams = [validated_rows(file) for file in files]
    in_order = heapq.merge(*streams, key=lambda row: tuple(row[c] for c in table.sort_key))
    content = content_sha256(table.columns, in_order, table.sort_key)
    sha, size = sha256_files(files)
    stats = {"sha256": sha, "bytes": size, "rows": rows, "content_sha256": content}
    if path.is_dir():
        stats["parts"] = [file.name for file in files]
    if table.name == "articles":
        stats["withheld_text"] = withheld
    return stats


def _cross_check(root: Path) -> None:
    from dataset.check.crosscheck import check_tables

    report = check_tables(root / "data" / "tables")
    if not report["ok"]:
        raise ReleaseRefused(
            "the tables fail their cross-checks:\n  " + "\n  ".join(report["failures"])
        )


def _previous(root: Path, version: Version) -> tuple[Version | None, dict | None]:
    """The newest earlier release (a tag with a datapackage.json) and its package."""
    tags = gitrepo.release_tags(root)
    for tag in reversed([t for t in tags if Version.parse(t) < version]):
        text = gitrepo.show(root, tag, "datapackage.json")
        if text is not None:
            return Version.parse(tag), json.loads(text)
    return None, None


def check_preconditions(root: Path, version: Version, project: Project) -> None:
    """Cheap checks first, `dvc status` (which hashes the workspace) last."""
    if version.tag in gitrepo.release_tags(root):
        raise ReleaseRefused(f"{version.tag} is already released (the tag exists)")
    if project.version != str(version):
        raise ReleaseRefused(
            f"pyproject.toml has version {project.version}; set it to {version} and commit "
            "before releasing (pyproject.toml is the version's source of truth)"
        )
    dirty = gitrepo.dirty_paths(root)
    if dirty:
        raise ReleaseRefused(
            "the work tree is not clean; commit or remove these first:\n  " + "\n  ".join(dirty)
        )
    try:
        require_reproduced(root, list(RELEASE_PATHS.values()))
    except RuntimeError as error:
        raise ReleaseRefused(str(error)) from None


def build_release(root: Path, version_text: str) -> Release:
    """Check everything, then write the generated files; nothing is written on refusal."""
    root = gitrepo.toplevel(root)
    version = Version.parse(version_text)
    project = read_project(root)
    check_preconditions(root, version, project)
    previous_version, previous = _previous(root, version)
    resources = [
        resource(released_spec(name), path, table_stats(root / path, released_spec(name)))
        for name, path in RELEASE_PATHS.items()
    ]
    _cross_check(root)
    date = gitrepo.head_date(root)
    package = datapackage(project, str(version), date, resources)
    if previous is not None:
        check_bump(version, previous_version, contract_changed(previous, package))
    cff = citation.citation_cff(project, str(version), date, gitrepo.head_commit(root))
    write_json(root / "datapackage.json", package)
    write_json(root / ".zenodo.json", citation.zenodo(project, str(version), date))
    (root / "CITATION.cff").write_text(citation.dump_cff(cff), encoding="utf-8")
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs/data-dictionary.md").write_text(docs.data_dictionary(package), encoding="utf-8")
    (root / "docs/datasheet.md").write_text(docs.datasheet(project, package), encoding="utf-8")
    log_path = root / "CHANGELOG.md"
    old_log = log_path.read_text(encoding="utf-8") if log_path.exists() else None
    log_path.write_text(
        changelog.insert(old_log, str(version), changelog.entry(package, previous, date)),
        encoding="utf-8",
    )
    return Release(version, root, package, list(GENERATED_FILES))


def commit_and_tag(release: Release) -> None:
    """Commit the generated files and tag the commit (what the printed commands do)."""
    root, tag = release.root, release.version.tag
    gitrepo.git(root, "add", *release.files)
    gitrepo.git(root, "commit", "-q", "-m", f"Release {tag}")
    gitrepo.git(root, "tag", "-a", tag, "-m", f"Release {tag}")
