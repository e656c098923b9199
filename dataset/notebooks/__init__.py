"""The analysis notebooks' library: pure summaries of the tables, their figures, the runner.

The notebooks in `notebooks/` stay thin (load, call, show) so the logic here is tested and
linted like the rest of the package; `dataset notebooks` executes them into `reports/`.
"""

NOTEBOOKS = ("corpus", "claims", "places", "entities", "quality")

__all__ = ["NOTEBOOKS"]
