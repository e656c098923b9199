"""Released versions, read through DVC at their git tag and verified before use.

`load_version` opens the table with `dvc.api.open` at the release's tag, so the bytes come
from the DVC cache or remote that the tagged commit names; it hashes them while copying to
a temporary file and refuses them unless the sha256 equals the one in that release's own
`datapackage.json`. A stale cache, a wrong revision or a tampered remote cannot pass.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import tomllib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from dataset.io import arrow_to_frame
from dataset.release import citation, gitrepo
from dataset.release.publish import released_spec
from dataset.release.semver import Version

REPO_ENV = "CONFLICT_NEWS_REPO"
DISTRIBUTION = "conflict-news"
_CHUNK = 1 << 20


class ReleaseIntegrityError(RuntimeError):
    """A released file's bytes differ from the sha256 its release recorded."""


class ReleaseNotFoundError(LookupError):
    """The repository has no such release (tag with a datapackage.json)."""


def _checkout_root() -> Path:
    return Path(__file__).resolve().parents[2]


def _package_repository() -> str | None:
    """The Repository URL of the installed distribution, else of this source tree."""
    try:
        for entry in metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() in ("repository", "homepage", "source"):
                return url.strip()
    except metadata.PackageNotFoundError:
        pass
    pyproject = _checkout_root() / "pyproject.toml"
    if pyproject.exists():
        urls = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"].get("urls", {})
        return urls.get("Repository")
    return None


def resolve_repo(repo: str | os.PathLike | None = None) -> str:
    """Where releases are read from: the argument, $CONFLICT_NEWS_REPO, the git clone this
    package runs from, or the repository URL in the package's metadata."""
    if repo:
        return str(repo)
    if os.environ.get(REPO_ENV):
        return os.environ[REPO_ENV]
    checkout = _checkout_root()
    if (checkout / ".git").exists() and (checkout / ".dvc").is_dir():
        return str(checkout)
    url = _package_repository()
    if url:
        return url
    raise ReleaseNotFoundError(
        f"no repository to read releases from: pass repo=..., or set ${REPO_ENV}"
    )


def _tag(version: str) -> str:
    return Version.parse(version).tag


def read_release_file(path: str, version: str, repo: str | None = None) -> str:
    """A git-tracked file (datapackage.json, CITATION.cff) as it is at the release's tag."""
    import dvc.api

    source = resolve_repo(repo)
    try:
        return dvc.api.read(path, repo=source, rev=_tag(version), mode="r", encoding="utf-8")
    except Exception as error:  # DVC raises several unrelated types for a missing rev/path
        raise ReleaseNotFoundError(
            f"{_tag(version)} of {source} has no {path} (is it a release?): {error}"
        ) from None


@lru_cache(maxsize=32)
def _package(version: str, repo: str) -> str:
    return read_release_file("datapackage.json", version, repo)


def release_package(version: str, repo: str | None = None) -> dict:
    return json.loads(_package(_tag(version), resolve_repo(repo)))


def versions(repo: str | os.PathLike | None = None) -> list[str]:
    """Releases of the repository: tags `vX.Y.Z` that carry a datapackage.json, oldest first."""
    source = resolve_repo(repo)
    found = []
    for tag in gitrepo.release_tags(source):
        try:
            _package(tag, source)
        except ReleaseNotFoundError:
            continue
        found.append(tag)
    return found


def _resource(package: dict, name: str) -> dict:
    for res in package["resources"]:
        if res["name"] == name:
            return res
    names = ", ".join(r["name"] for r in package["resources"])
    raise KeyError(f"release {package['version']} has no table {name!r}; it has {names}")


def load_version(
    name: str, version: str, repo: str | os.PathLike | None = None, columns: list[str] | None = None
) -> pd.DataFrame:
    """Table `name` exactly as released in `version`, verified against its sha256."""
    import dvc.api

    source = resolve_repo(repo)
    tag = _tag(version)
    res = _resource(release_package(tag, source), name)
    algorithm, _, expected = res["hash"].partition(":")
    if algorithm != "sha256":
        raise ReleaseIntegrityError(f"{tag}: unsupported hash {res['hash']!r} for {name}")
    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory(prefix="conflict-news-") as tmp:
        # A sharded table was released as a directory of parts, hashed one after another.
        paths = (
            [f"{res['path']}/{part}" for part in res["parts"]] if "parts" in res else [res["path"]]
        )
        local = [Path(tmp) / f"{number:05d}.parquet" for number in range(len(paths))]
        for path, file in zip(paths, local, strict=True):
            with (
                dvc.api.open(path, repo=source, rev=tag, mode="rb") as remote,
                open(file, "wb") as out,
            ):
                while chunk := remote.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
        if digest.hexdigest() != expected:
            raise ReleaseIntegrityError(
                f"refusing {name} of {tag} from {source}: its sha256 is {digest.hexdigest()} but "
                f"the release's datapackage.json records {expected}. The DVC cache or remote "
                "holds different bytes than were released; do not use them. Clear the local "
                "DVC cache entry (`dvc gc` or delete it) and retry, or report the remote."
            )
        tables = [pq.read_table(file, columns=columns) for file in local]
        arrow = tables[0] if len(tables) == 1 else pyarrow.concat_tables(tables)
    return arrow_to_frame(arrow, released_spec(name))


def cite(
    version: str | None = None, style: str = "bibtex", repo: str | os.PathLike | None = None
) -> str:
    """The citation of a release (the latest when `version` is None): bibtex, apa or cff."""
    if style not in citation.CITE_STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {citation.CITE_STYLES}")
    source = resolve_repo(repo)
    if version is None:
        released = versions(source)
        if not released:
            raise ReleaseNotFoundError(f"{source} has no releases yet")
        version = released[-1]
    return citation.render(read_release_file("CITATION.cff", version, source), style)
