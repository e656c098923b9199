"""pandera models of the four public tables (contract v1), one module per table.

The models validate exactly the frames that `dataset.load` returns, so a researcher
can re-validate a loaded table with ``ArticlesSchema.validate(df)``.
"""

from schemas.articles import ArticlesSchema
from schemas.claims import ClaimsSchema
from schemas.entities import ENTITY_LABELS, EntitiesSchema
from schemas.locations import RESOLUTIONS, LocationsSchema
from schemas.rejects import RejectsSchema

CONTRACT_VERSION = "1"

__all__ = [
    "CONTRACT_VERSION",
    "ENTITY_LABELS",
    "RESOLUTIONS",
    "ArticlesSchema",
    "ClaimsSchema",
    "EntitiesSchema",
    "LocationsSchema",
    "RejectsSchema",
]
