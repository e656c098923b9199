"""Git access for releases: the few questions a release asks of a repository.

Plain `git` subprocesses keep this independent of DVC's internals; `ls-remote` answers
the same question for a local path and for a URL.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from dataset.release.semver import Version, is_release_tag


class GitError(RuntimeError):
    """A git command failed; the message carries git's own explanation."""


def git(root: Path | str, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise GitError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def toplevel(path: Path | str) -> Path:
    """The root of the git work tree containing `path`."""
    return Path(git(path, "rev-parse", "--show-toplevel").strip())


def dirty_paths(root: Path) -> list[str]:
    """Modified, staged or untracked (not ignored) paths; empty when the tree is clean."""
    lines = git(root, "status", "--porcelain", "--untracked-files=all").splitlines()
    return [line[3:] for line in lines if line.strip()]


def head_date(root: Path) -> str:
    """The committer date of HEAD as YYYY-MM-DD: a release date that is not wall-clock."""
    return git(root, "log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d").strip()


def head_commit(root: Path) -> str:
    return git(root, "rev-parse", "HEAD").strip()


def release_tags(repo: str | Path) -> list[str]:
    """Tags `vX.Y.Z` of a repository (local path or URL), oldest version first."""
    out = git(".", "ls-remote", "--tags", "--refs", str(repo), "refs/tags/v*")
    names = [line.split("refs/tags/", 1)[1] for line in out.splitlines() if "refs/tags/" in line]
    return sorted((n for n in names if is_release_tag(n)), key=Version.parse)


def show(root: Path, rev: str, path: str) -> str | None:
    """A git-tracked file's text at a revision, or None when it does not exist there."""
    try:
        return git(root, "show", f"{rev}:{path}")
    except GitError:
        return None
