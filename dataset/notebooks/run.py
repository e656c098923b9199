"""Executing the notebooks with papermill into `reports/`: notebook, HTML and figures.

The notebooks run in a fresh kernel with the working directory of the caller, so the
paths passed as parameters (relative in `dvc.yaml`) are what the reports record, and the
reports do not depend on where the repository is checked out.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import nbformat

from dataset.io import atomic_path
from dataset.notebooks import NOTEBOOKS
from dataset.notebooks.normalise import normalise_notebook, unstable_text

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
# The kernel inherits these: a headless backend, a fixed hash seed, UTC.
KERNEL_ENV = {"MPLBACKEND": "Agg", "PYTHONHASHSEED": "0", "TZ": "UTC"}


CELL_TIMEOUT = 600  # seconds; a cell that takes longer is stuck, not slow


class NotebookError(RuntimeError):
    """A notebook failed; the message names it and the cell's error."""


@dataclass(frozen=True)
class NotebookReport:
    name: str
    notebook: Path
    html: Path
    figures: tuple[Path, ...]


@contextmanager
def kernel_environment() -> Iterator[None]:
    """Let the kernel import this checkout's `dataset` package and run deterministically."""
    saved = {key: os.environ.get(key) for key in (*KERNEL_ENV, "PYTHONPATH")}
    paths = [str(PACKAGE_ROOT), *filter(None, (saved["PYTHONPATH"] or "").split(os.pathsep))]
    os.environ.update(KERNEL_ENV)
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def execute(source: Path, parameters: dict[str, str], cwd: Path) -> nbformat.NotebookNode:
    """Run one notebook headless; return it executed and normalised."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        nb = papermill.execute_notebook(
            str(source),
            None,
            parameters=parameters,
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            request_save_on_cell_execute=False,
            cwd=str(cwd),
            execution_timeout=CELL_TIMEOUT,
        )
    except PapermillExecutionError as error:
        raise NotebookError(
            f"notebook {source.name} failed in cell {error.exec_count}: "
            f"{error.ename}: {error.evalue}"
        ) from None
    return normalise_notebook(nb)


def to_html(nb: nbformat.NotebookNode, title: str) -> str:
    """Static HTML of an executed notebook (images embedded, no widgets)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def write_text(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
        tmp.chmod(0o644)  # reports are for reading, not private like mkstemp's default


def figures_of(figures_dir: Path, name: str) -> tuple[Path, ...]:
    return tuple(sorted(figures_dir.glob(f"{name}-*.png")))


def run_notebooks(
    notebooks_dir: Path,
    tables_dir: Path,
    metrics_dir: Path,
    out_dir: Path,
    names: tuple[str, ...] = NOTEBOOKS,
    workers: int = 0,
) -> list[NotebookReport]:
    """Execute each notebook into `out_dir/<name>.ipynb` and `.html`, figures into
    `out_dir/figures/<name>-*.png`.

    Notebooks run `workers` at a time (0: one per CPU core), each in its own kernel; they
    share nothing but the figures folder, where every file name starts with the notebook's
    name, so the order they finish in changes no byte. Stale figures of a notebook are
    removed first, so the folder holds exactly what this run produced."""
    notebooks_dir, out_dir = Path(notebooks_dir), Path(out_dir)
    figures_dir = out_dir / "figures"
    figures_dir.mkdir(parents=True, exist_ok=True)
    parameters = {
        "tables_dir": str(tables_dir),
        "metrics_dir": str(metrics_dir),
        "figures_dir": str(figures_dir),
    }
    sources = [notebooks_dir / f"{name}.ipynb" for name in names]
    for name, source in zip(names, sources, strict=True):
        if not source.exists():
            raise FileNotFoundError(f"no notebook {source}")
        for stale in figures_of(figures_dir, name):
            stale.unlink()
    pool_size = max(1, min(workers or os.cpu_count() or 1, len(names)))
    with kernel_environment(), ThreadPoolExecutor(pool_size) as pool:
        executed = list(pool.map(lambda source: execute(source, parameters, Path.cwd()), sources))
    reports = []
    for name, nb in zip(names, executed, strict=True):
        unstable = unstable_text(nb)
        if unstable:
            raise NotebookError(f"notebook {name} prints run-dependent text: {unstable[0]!r}")
        notebook_path, html_path = out_dir / f"{name}.ipynb", out_dir / f"{name}.html"
        write_text(notebook_path, nbformat.writes(nb))
        write_text(html_path, to_html(nb, name))
        reports.append(
            NotebookReport(name, notebook_path, html_path, figures_of(figures_dir, name))
        )
    return reports
