"""Who claims what: claimants, cues, hedging, and the quantities claims put forward."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from dataset.notebooks import figures
from dataset.notebooks.trace import with_sentences

UNATTRIBUTED = "(unattributed)"
PERCENT_UNITS = ("percent", "per cent", "%", "pct")


def claimant_labels(claims: pd.DataFrame, names: dict[str, str] | None = None) -> pd.Series:
    """One readable label per claimant, so "Biden", "Joe Biden" and a "he" resolved to him
    count together: the entity's canonical name from `names` (entity_key → name, see
    `entities.entity_names`), else the most frequent surface form of its key, the
    claimant as written when it is not an entity, or "(unattributed)"."""
    written = claims["claimant"].astype("object")
    key = claims["claimant_key"].astype("object")
    group = key.where(key.notna(), written.str.casefold())
    forms = pd.DataFrame({"group": group, "written": written}).dropna()
    best = (
        forms.groupby(["group", "written"], sort=True)
        .size()
        .reset_index(name="n")
        .sort_values(["group", "n", "written"], ascending=[True, False, True], kind="stable")
        .drop_duplicates("group")
        .set_index("group")["written"]
    )
    best.update(pd.Series(names or {}, dtype="object"))
    return group.map(best).fillna(UNATTRIBUTED).rename("claimant_label")


def by_claimant(claims: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """Claims per claimant, split into hedged and unhedged, most claims first."""
    frame = pd.DataFrame(
        {"claimant": claimant_labels(claims, names), "hedged": claims["hedged"].astype("bool")}
    )
    table = (
        frame.groupby("claimant", sort=True)["hedged"]
        .agg(claims="size", hedged="sum")
        .reset_index()
    )
    table["unhedged"] = table["claims"] - table["hedged"]
    table = table[["claimant", "claims", "unhedged", "hedged"]]
    return table.sort_values(["claims", "claimant"], ascending=[False, True], kind="stable")


def by_cue(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per reporting cue (lower-cased) and kind of attribution."""
    frame = pd.DataFrame(
        {
            "cue": claims["cue"].astype("object").str.casefold().fillna("(none)"),
            "kind": claims["kind"].astype("object"),
        }
    )
    table = frame.groupby(["cue", "kind"], sort=True).size().reset_index(name="claims")
    return table.sort_values(
        ["claims", "cue", "kind"], ascending=[False, True, True], kind="stable"
    )


def hedging_by_kind(claims: pd.DataFrame) -> pd.DataFrame:
    """Hedged and unhedged claims per kind of attribution."""
    table = pd.crosstab(
        claims["kind"].astype("object"),
        claims["hedged"].astype("bool").map({True: "hedged", False: "unhedged"}),
    )
    return table.reindex(columns=["unhedged", "hedged"], fill_value=0).sort_index()


def quantities(
    claims: pd.DataFrame, articles: pd.DataFrame, names: dict[str, str] | None = None
) -> pd.DataFrame:
    """One row per quantity stated in a claim, with its claimant, hedging and the sentence
    it comes from (article_id and offsets let anyone check it against the article)."""
    labels = claimant_labels(claims, names)
    rows = []
    for position, (_, claim) in enumerate(claims.iterrows()):
        for quantity in claim["quantities"] if claim["quantities"] is not None else []:
            rows.append(
                {
                    "unit": quantity["unit"] or "(count)",
                    "value": quantity["value"],
                    "quantity": quantity["text"],
                    "claimant": labels.iloc[position],
                    "hedged": bool(claim["hedged"]),
                    "cue": claim["cue"],
                    "claim_id": claim["claim_id"],
                    "article_id": claim["article_id"],
                    "start": int(quantity["start"]),
                    "end": int(quantity["end"]),
                }
            )
    columns = [
        "unit",
        "value",
        "quantity",
        "claimant",
        "hedged",
        "cue",
        "claim_id",
        "article_id",
        "start",
        "end",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    if frame.empty:
        return frame.assign(sentence_text=pd.Series(dtype="string"))
    frame = with_sentences(frame, articles).drop(columns=["sentence_start", "sentence_end"])
    frame["_units"] = frame.groupby("unit")["unit"].transform("size")
    frame = frame.sort_values(
        ["_units", "unit", "value", "claimant", "claim_id", "start"],
        ascending=[False, True, True, True, True, True],
        kind="stable",
    )
    return frame.drop(columns="_units").reset_index(drop=True)


def traced(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every claim with the sentence it was read from: the table to audit claims by."""
    columns = [
        "claim_id",
        "article_id",
        "start",
        "end",
        "claimant",
        "cue",
        "kind",
        "hedged",
        "text",
    ]
    out = with_sentences(claims[columns], articles)
    return out[
        [
            "article_id",
            "claim_id",
            "start",
            "end",
            "sentence_start",
            "sentence_end",
            "claimant",
            "cue",
            "kind",
            "hedged",
            "text",
            "sentence_text",
        ]
    ]


def plot_claimants(table: pd.DataFrame, top: int = 15) -> Figure:
    shown = table.head(top).iloc[::-1]
    fig, ax = figures.new(10, max(3.0, 0.45 * len(shown) + 1.5))
    if shown.empty:
        figures.no_data(ax, "No claims in this corpus")
    else:
        names = [figures.shorten(c) for c in shown["claimant"]]
        ax.barh(names, shown["unhedged"], color=figures.PALETTE[0], label="unhedged")
        ax.barh(
            names, shown["hedged"], left=shown["unhedged"], color=figures.PALETTE[3], label="hedged"
        )
        ax.set_xlabel("Claims")
        ax.set_ylabel("Claimant")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(frameon=False, loc="lower right")
    more = f" (top {top} of {len(table)})" if len(table) > top else ""
    ax.set_title(f"Claims by claimant, hedged and unhedged{more}")
    return fig


def plot_cues(table: pd.DataFrame, top: int = 15) -> Figure:
    cues = (
        table.groupby("cue", sort=True)["claims"].sum().sort_values(ascending=False, kind="stable")
    )
    cues = cues.head(top)
    kinds = sorted(table["kind"].unique()) if len(table) else []
    fig, ax = figures.new(10, max(3.0, 0.45 * len(cues) + 1.5))
    if cues.empty:
        figures.no_data(ax, "No claims in this corpus")
    else:
        order = list(cues.index[::-1])
        pivot = table.pivot_table(
            index="cue", columns="kind", values="claims", aggfunc="sum", fill_value=0
        ).reindex(index=order, columns=kinds, fill_value=0)
        left = pd.Series(0, index=order)
        for i, kind in enumerate(kinds):
            ax.barh(
                [figures.shorten(c, 30) for c in order],
                pivot[kind],
                left=left,
                label=kind.replace("_", " "),
                color=figures.PALETTE[i % len(figures.PALETTE)],
            )
            left = left + pivot[kind]
        ax.set_xlabel("Claims")
        ax.set_ylabel("Reporting cue")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(title="Kind", frameon=False, loc="lower right")
    ax.set_title("Claims by reporting cue and kind of attribution")
    return fig


def compact_number(value: float, _position: object = None) -> str:
    """Tick labels people read at a glance: 850, 12k, 1.5M, 20B."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def plot_quantities(table: pd.DataFrame, units: int = 4) -> Figure:
    """Values side by side per unit: one panel per unit (the most frequent units), one row
    per claimant; hollow markers are hedged claims. Values spanning more than two orders of
    magnitude get a logarithmic axis."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    figures.setup()
    top_units = list(dict.fromkeys(table["unit"]))[:units] if len(table) else []
    if not top_units:
        fig, ax = figures.new(9, 3)
        figures.no_data(ax, "No quantities in the claims of this corpus")
        ax.set_title("Quantities claimed, side by side")
        return fig
    heights = [0.5 * table[table["unit"] == u]["claimant"].nunique() + 1.3 for u in top_units]
    fig, axes = plt.subplots(
        len(top_units),
        1,
        figsize=(10, sum(heights) + 1.4),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    for ax, unit in zip(axes[:, 0], top_units, strict=True):
        rows = table[table["unit"] == unit]
        claimants = sorted(rows["claimant"].unique())
        ys = {c: i for i, c in enumerate(claimants)}
        for hedged in (False, True):
            part = rows[rows["hedged"] == hedged]
            if part.empty:
                continue
            colour = figures.PALETTE[3 if hedged else 0]
            ax.scatter(
                part["value"],
                [ys[c] for c in part["claimant"]],
                s=70,
                zorder=3,
                facecolors="white" if hedged else colour,
                edgecolors=colour,
                linewidths=1.8,
            )
        labels = rows.groupby(["claimant", "value"], sort=True)["quantity"].agg(
            lambda q: " / ".join(dict.fromkeys(figures.shorten(t, 25) for t in q))
        )
        for (claimant, value), label in labels.items():
            ax.annotate(
                label,
                (value, ys[claimant]),
                xytext=(0, 9),
                textcoords="offset points",
                fontsize=9,
                ha="center",
            )
        values = rows["value"].astype("float64")
        if values.min() > 0 and values.max() / values.min() >= 100:
            ax.set_xscale("log")
        ax.xaxis.set_major_formatter(FuncFormatter(compact_number))
        ax.margins(x=0.12, y=0.35)
        if unit.casefold() in PERCENT_UNITS:
            ax.set_xlim(0, 105)  # shares read against the whole
        elif ax.get_xscale() == "linear" and values.min() > 0:
            ax.set_xlim(0, float(values.max()) * 1.15)  # magnitudes read from zero
        ax.set_yticks(range(len(claimants)), [figures.shorten(c, 30) for c in claimants])
        ax.set_xlabel(f"Value ({unit}{', log scale' if ax.get_xscale() == 'log' else ''})")
        ax.set_ylabel("Claimant")
        ax.grid(axis="x", color="#dddddd", zorder=0)
        ax.set_title(
            f"{unit}: {len(rows)} quantit{'y' if len(rows) == 1 else 'ies'}",
            fontsize=11,
            loc="left",
        )
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            color=figures.PALETTE[0],
            label="unhedged claim",
        ),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            markerfacecolor="white",
            markeredgewidth=1.8,
            color=figures.PALETTE[3],
            label="hedged claim",
        ),
    ]
    fig.suptitle("Quantities claimed, side by side (by unit)", fontweight="bold", fontsize=13)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.legend(handles=handles, loc="lower center", ncol=2, frameon=False)
    return fig
