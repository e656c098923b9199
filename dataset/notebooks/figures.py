"""One figure style and a byte-stable PNG writer, shared by every notebook.

Agg renders the same pixels for the same figure; dropping the PNG `Software` text chunk
and fixing the SVG hash salt leaves nothing in a figure file that varies between runs.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

DPI = 110
STYLE = {
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "font.family": "DejaVu Sans",
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "svg.hashsalt": "conflict-news",
    "path.simplify": True,
}
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)


def setup() -> None:
    """Apply the shared style; call once at the top of a notebook."""
    matplotlib.use("Agg")
    plt.rcParams.update(STYLE)


def new(width: float = 9.0, height: float = 5.0, **kwargs) -> tuple[Figure, Axes]:
    """A figure with one axes, in the shared style."""
    setup()
    return plt.subplots(figsize=(width, height), **kwargs)


def no_data(ax: Axes, message: str) -> None:
    """Say on the axes why there is nothing to plot, instead of an empty frame."""
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=12,
        color="#555555",
        transform=ax.transAxes,
        wrap=True,
    )


def shorten(label: object, limit: int = 40) -> str:
    """Axis labels stay legible: long names are cut with an ellipsis."""
    text = str(label)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def save(fig: Figure, figures_dir: str | Path, name: str) -> Path:
    """Write `<figures_dir>/<name>.png` without variable metadata and close the figure."""
    directory = Path(figures_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.png"
    fig.savefig(
        path, format="png", metadata={"Software": None}, bbox_inches="tight", facecolor="white"
    )
    plt.close(fig)
    return path


def show(path: Path):
    """The saved PNG as a notebook output: the notebook embeds exactly the file's bytes."""
    from IPython.display import Image

    return Image(filename=str(path))
