"""Semantic versions of releases: parsing, ordering and what a bump may change.

major = the table contract changes, minor = new articles or better extractors,
patch = fixes. Tags are `v<major>.<minor>.<patch>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        """`1.2.3` or `v1.2.3`; anything else (pre-releases included) is refused."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a release version; expected X.Y.Z, e.g. 0.1.0")
        return cls(*(int(part) for part in match.groups()))

    @property
    def tag(self) -> str:
        return f"v{self}"

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def is_release_tag(name: str) -> bool:
    return name.startswith("v") and _PATTERN.match(name) is not None


def check_bump(new: Version, previous: Version | None, contract_changed: bool) -> None:
    """Refuse a version that does not follow the previous release or hides a contract change.

    Before 1.0.0 a contract change needs at least a minor bump (semver's 0.y rule); from
    1.0.0 on it needs a major bump.
    """
    if previous is None:
        return
    if new <= previous:
        raise ValueError(f"version {new} is not newer than the latest release {previous}")
    if not contract_changed:
        return
    if previous.major >= 1 and new.major == previous.major:
        raise ValueError(
            f"the table contract changed since {previous.tag} (columns removed, renamed or "
            f"retyped); that needs a major release ({previous.major + 1}.0.0), not {new}"
        )
    if previous.major == 0 and (new.major, new.minor) == (0, previous.minor):
        raise ValueError(
            f"the table contract changed since {previous.tag}; before 1.0.0 that needs at "
            f"least a minor release (0.{previous.minor + 1}.0), not {new}"
        )
