"""The `release:` section of params.yaml."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class ReleaseParams:
    """What a release publishes and under which terms."""

    # Publish `articles.text` only for redistributable articles; the others keep
    # `text_sha256` and every offset, and `dataset rehydrate` restores their text.
    withhold_text: bool = True
    # Licence of the released tables (SPDX id); article texts keep their own licences.
    license: str = "CC-BY-4.0"
    title: str = "Conflict News: attributed claims, places and numbers in news about armed conflict"
