"""Entities: names coordinated before one capitalised plural head share its kind."""

from __future__ import annotations

from entity_labels import labelled


def test_a_peoples_adjective_sharing_a_seas_head_is_a_sea() -> None:
    found = labelled("Quotas for hake fell in the Irish and Celtic Seas.")
    assert found.get("Irish") == {"LOC"}
    assert found.get("Celtic Seas") == {"LOC"}
