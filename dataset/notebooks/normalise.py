"""Making executed notebooks and their HTML byte-stable.

papermill and nbclient record start times, durations, the kernel's language version and a
fresh random id for the injected-parameters cell; none of that says anything about the
analysis, and all of it would make `reports/` differ on every run (and re-trigger DVC).
"""

from __future__ import annotations

import re

import nbformat

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
VOLATILE_NOTEBOOK_KEYS = ("papermill", "language_info", "widgets")
VOLATILE_CELL_KEYS = ("execution", "papermill", "collapsed", "scrolled")


def normalise_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip timing, run and kernel-version metadata; number cell ids by position."""
    for key in VOLATILE_NOTEBOOK_KEYS:
        nb.metadata.pop(key, None)
    nb.metadata["kernelspec"] = nbformat.NotebookNode(KERNELSPEC)
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index:02d}"
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        jupyter = cell.metadata.get("jupyter")
        if jupyter is not None and not jupyter:
            cell.metadata.pop("jupyter")
    return nb


def strip_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The form notebooks are kept in git: sources only."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return normalise_notebook(nb)


_MEMORY_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def unstable_text(nb: nbformat.NotebookNode) -> list[str]:
    """Outputs that would differ between runs (object reprs with memory addresses)."""
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            texts = [output.get("text", "")]
            texts += [v for k, v in output.get("data", {}).items() if k.startswith("text/")]
            found += [t for t in texts if isinstance(t, str) and _MEMORY_ADDRESS.search(t)]
    return found
