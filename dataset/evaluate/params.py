"""Parameters of the `evaluate` stage (the `evaluate:` section of params.yaml)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EvaluateParams:
    """Thresholds of the quality metrics; changing one re-scores but rebuilds nothing."""

    # A resolved toponym is correct within this great-circle distance of the gold point
    # (161 km = 100 miles, the usual geoparsing threshold).
    distance_km: float = 161.0
    # A predicted claim matches a gold attribution when their content spans have at least
    # this Dice overlap (characters).
    min_dice: float = 0.5
