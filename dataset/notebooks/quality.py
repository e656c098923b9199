"""Extraction quality: the evaluate stage's scores and the check stage's verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from dataset.notebooks import figures

TASKS = ("entities", "locations", "claims")
SCORES = {
    "precision": "precision",
    "p": "precision",
    "recall": "recall",
    "r": "recall",
    "f1": "f1",
    "f": "f1",
    "f1_score": "f1",
    "f_score": "f1",
    "fscore": "f1",
    "tp": "tp",
    "fp": "fp",
    "fn": "fn",
}
COLUMNS = ["task", "group", "precision", "recall", "f1", "tp", "fp", "fn"]


def read_metrics(metrics_dir: str | Path, tasks: tuple[str, ...] = TASKS) -> dict[str, dict | None]:
    """`metrics/<task>.json` for each task, or None when the task was not evaluated."""
    out: dict[str, dict | None] = {}
    for task in tasks:
        path = Path(metrics_dir) / f"{task}.json"
        out[task] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    return out


def scores(payload: dict) -> pd.DataFrame:
    """Every precision/recall/F1 (and tp/fp/fn count) in a metrics file, whatever its
    nesting, as rows of (group, score, value); `group` is the path to the numbers
    ("overall" at the top)."""
    rows = []

    def walk(node: object, path: tuple[str, ...]) -> None:
        if not isinstance(node, dict):
            return
        for key in sorted(node, key=str):
            value = node[key]
            name = SCORES.get(str(key).lower())
            if name and isinstance(value, int | float) and not isinstance(value, bool):
                rows.append(
                    {"group": "/".join(path) or "overall", "score": name, "value": float(value)}
                )
            else:
                walk(value, (*path, str(key)))

    walk(payload, ())
    table = pd.DataFrame(rows, columns=["group", "score", "value"])
    return table.drop_duplicates(["group", "score"], keep="first").reset_index(drop=True)


def score_table(metrics: dict[str, dict | None]) -> pd.DataFrame:
    """All tasks' scores as one wide table: task, group, precision, recall, f1, tp, fp, fn
    (counts are empty when a metrics file does not give them)."""
    frames = []
    for task, payload in metrics.items():
        if payload is None:
            continue
        wide = scores(payload).pivot(index="group", columns="score", values="value")
        wide = wide.reindex(columns=COLUMNS[2:])
        frames.append(wide.reset_index().assign(task=task))
    if not frames:
        return pd.DataFrame(columns=COLUMNS)
    table = pd.concat(frames, ignore_index=True)
    # summaries before breakdowns: "overall", then top-level groups, then nested ones
    table["_overall"] = table["group"] != "overall"
    table["_depth"] = table["group"].str.count("/")
    table = table.sort_values(["task", "_overall", "_depth", "group"], kind="stable")
    return table[COLUMNS].reset_index(drop=True)


def read_check(metrics_dir: str | Path) -> dict | None:
    path = Path(metrics_dir) / "check.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def group_label(row: pd.Series) -> str:
    """The group's name, with how many gold items it was scored on when known."""
    name = figures.shorten(row["group"], 35)
    if pd.notna(row.get("tp")) and pd.notna(row.get("fn")):
        return f"{name} (gold n={int(row['tp'] + row['fn'])})"
    return name


def plot_scores(table: pd.DataFrame, tasks: tuple[str, ...] = TASKS, groups: int = 10) -> Figure:
    """One panel per task; horizontal bars of precision, recall and F1 per group."""
    figures.setup()
    import matplotlib.pyplot as plt

    shown = {t: table[table["task"] == t].head(groups) for t in tasks}
    heights = [max(1.6, 0.55 * len(rows) + 1.0) for rows in shown.values()]
    fig, axes = plt.subplots(
        len(tasks),
        1,
        figsize=(10, sum(heights) + 1.0),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    bar = 0.26
    for ax, task in zip(axes[:, 0], tasks, strict=True):
        rows = shown[task].iloc[::-1]
        ax.set_title(task, loc="left", fontsize=12)
        if rows.empty:
            figures.no_data(ax, f"Not evaluated: metrics/{task}.json is missing")
            continue
        ys = range(len(rows))
        for i, score in enumerate(("precision", "recall", "f1")):
            values = rows[score].astype("float64").fillna(0.0)
            offset = (1 - i) * bar
            ax.barh(
                [y + offset for y in ys], values, height=bar, label=score, color=figures.PALETTE[i]
            )
            for y, value, raw in zip(ys, values, rows[score], strict=True):
                text = "n/a" if pd.isna(raw) else f"{value:.2f}"
                ax.text(value + 0.01, y + offset, text, va="center", fontsize=8)
        ax.set_yticks(list(ys), [group_label(row) for _, row in rows.iterrows()])
        ax.set_xlim(0, 1.1)
        ax.set_xlabel("Score (0–1)")
        ax.set_ylabel("Scored on")
        ax.legend(frameon=False, fontsize=9, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.suptitle("Extraction quality against gold annotations", fontweight="bold", fontsize=13)
    fig.tight_layout()
    return fig
