"""Where the news is: resolved places on a map, and the toponyms that need a human look."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from dataset.notebooks import figures, world

FEATURE_LEVELS = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLIX": "country",
    "PCLS": "country",
    "PCLF": "country",
    "PCL": "country",
    "ADM1": "province",
}


def level(feature_code: object) -> str:
    """Country, province or settlement/other, from the GeoNames feature code."""
    if not isinstance(feature_code, str):
        return "other"
    return FEATURE_LEVELS.get(
        feature_code, "settlement" if feature_code.startswith("PPL") else "other"
    )


def resolved_places(locations: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved place: mentions, articles and surface forms, most mentioned first."""
    resolved = locations[locations["geonameid"].notna()]
    columns = [
        "geonameid",
        "name",
        "country_code",
        "feature_code",
        "level",
        "latitude",
        "longitude",
        "mentions",
        "articles",
        "written_as",
    ]
    if resolved.empty:
        return pd.DataFrame(columns=columns)
    table = (
        resolved.groupby("geonameid", sort=True)
        .agg(
            name=("name", "first"),
            country_code=("country_code", "first"),
            feature_code=("feature_code", "first"),
            latitude=("latitude", "first"),
            longitude=("longitude", "first"),
            mentions=("mention_id", "size"),
            articles=("article_id", "nunique"),
            written_as=("text", lambda s: ", ".join(sorted(set(s)))),
        )
        .reset_index()
    )
    table["level"] = table["feature_code"].map(level)
    table = table[columns]
    return table.sort_values(
        ["mentions", "name", "geonameid"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


def needs_review(locations: pd.DataFrame) -> pd.DataFrame:
    """Toponyms a researcher should check, grouped by how they are written:
    unresolved ones, ones the gazetteer offered several candidates for, and ones the
    corpus resolved to more than one place."""
    columns = [
        "toponym",
        "status",
        "mentions",
        "articles",
        "candidates",
        "resolved_to",
        "min_confidence",
        "example",
    ]
    if locations.empty:
        return pd.DataFrame(columns=columns)
    frame = locations.assign(toponym=locations["text"].astype("object").str.strip())
    rows = []
    for toponym, group in frame.groupby("toponym", sort=True):
        resolved = group[group["geonameid"].notna()]
        places = sorted(
            {
                f"{n} ({c})"
                for n, c in zip(
                    resolved["name"].fillna("?"), resolved["country_code"].fillna("?"), strict=True
                )
            }
        )
        candidates = int(group["candidates"].max())
        if resolved.empty:
            status = "unresolved"
        elif resolved["geonameid"].nunique() > 1:
            status = "resolved to several places"
        elif len(resolved) < len(group):
            status = "partly unresolved"
        elif candidates > 1:
            status = "ambiguous"
        else:
            continue
        first = group.iloc[0]
        rows.append(
            {
                "toponym": toponym,
                "status": status,
                "mentions": len(group),
                "articles": group["article_id"].nunique(),
                "candidates": candidates,
                "resolved_to": "; ".join(places),
                "min_confidence": float(group["confidence"].min()),
                "example": f"{first['article_id']} [{first['start']}:{first['end']}]",
            }
        )
    order = {
        "unresolved": 0,
        "partly unresolved": 1,
        "resolved to several places": 2,
        "ambiguous": 3,
    }
    table = pd.DataFrame(rows, columns=columns)
    if table.empty:
        return table
    table["_order"] = table["status"].map(order)
    table = table.sort_values(
        ["_order", "mentions", "toponym"], ascending=[True, False, True], kind="stable"
    )
    return table.drop(columns="_order").reset_index(drop=True)


# Where a label may sit relative to its point, in points: right, left, above, below.
LABEL_OFFSETS = ((7, 4, "left"), (-7, 4, "right"), (0, 11, "center"), (0, -17, "center"))


def label_places(ax, places: pd.DataFrame, bounds: tuple[float, float, float, float]) -> None:
    """Name the most mentioned places without overlapping labels: each label takes the
    first position around its point that collides with no earlier label, or is left out
    (every place is in the table anyway). Sizes are estimated from the font, so the result
    depends only on the data."""
    ax.apply_aspect()
    west, east, south, north = bounds
    scale = ax.figure.dpi / 72
    taken: list[tuple[float, float, float, float]] = []
    for _, row in places.iterrows():
        lon, lat = float(row["longitude"]), float(row["latitude"])
        if not (west <= lon <= east and south <= lat <= north):
            continue
        text = f"{row['name']} ({row['mentions']})"
        width, height = 5.6 * len(text) * scale, 12 * scale
        x, y = ax.transData.transform((lon, lat))
        for dx, dy, align in LABEL_OFFSETS:
            left = x + dx * scale - {"left": 0, "right": width, "center": width / 2}[align]
            bottom = y + dy * scale
            box = (left, bottom, left + width, bottom + height)
            if all(
                box[2] < other[0] or other[2] < box[0] or box[3] < other[1] or other[3] < box[1]
                for other in taken
            ):
                taken.append(box)
                ax.annotate(
                    text,
                    (lon, lat),
                    xytext=(dx, dy),
                    textcoords="offset points",
                    ha=align,
                    fontsize=9,
                    zorder=4,
                    bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 1},
                )
                break


def plot_map(places: pd.DataFrame, labels: int = 12) -> Figure:
    """Resolved places over country outlines; area proportional to mentions."""
    fig, ax = figures.new(11, 7)
    lons = places["longitude"].astype("float64").tolist()
    lats = places["latitude"].astype("float64").tolist()
    bounds = world.extent(lons, lats)
    world.draw_countries(ax, bounds)
    if places.empty:
        ax.text(
            0.5,
            0.5,
            "No resolved places in this corpus",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=13,
            color="#444444",
            bbox={"facecolor": "white", "edgecolor": "#999999"},
        )
    else:
        mentions = places["mentions"].astype("float64").to_numpy()
        sizes = 40 + 460 * np.sqrt(mentions / mentions.max())
        levels = ["country", "province", "settlement", "other"]
        for i, lvl in enumerate(levels):
            mask = (places["level"] == lvl).to_numpy()
            if not mask.any():
                continue
            ax.scatter(
                np.array(lons)[mask],
                np.array(lats)[mask],
                s=sizes[mask],
                color=figures.PALETTE[[1, 3, 0, 4][i]],
                alpha=0.75,
                edgecolor="black",
                linewidth=0.6,
                zorder=3,
                label=lvl,
            )
        label_places(ax, places.head(labels), bounds)
        legend = ax.legend(
            title="Place level", loc="lower left", frameon=True, fontsize=9, markerscale=0.5
        )
        legend.get_frame().set_alpha(0.85)
    total = int(places["mentions"].sum()) if len(places) else 0
    ax.set_title(
        f"Resolved places: {len(places)} places, {total} mentions (marker area ∝ mentions)"
    )
    ax.text(
        1.0,
        -0.09,
        "Outlines: Natural Earth 1:110m (public domain)",
        fontsize=8,
        color="#666666",
        ha="right",
        transform=ax.transAxes,
    )
    return fig


def plot_countries(places: pd.DataFrame, top: int = 15) -> Figure:
    """Place mentions per country code."""
    counts = (
        places.groupby(places["country_code"].astype("object").fillna("?"), sort=True)["mentions"]
        .sum()
        .sort_values(ascending=False, kind="stable")
        .head(top)
    )
    fig, ax = figures.new(9, max(3.0, 0.4 * len(counts) + 1.5))
    if counts.empty:
        figures.no_data(ax, "No resolved places in this corpus")
    else:
        shown = counts.iloc[::-1]
        ax.barh(list(shown.index), shown.to_numpy(), color=figures.PALETTE[2])
        ax.set_xlabel("Place mentions")
        ax.set_ylabel("Country (ISO 3166-1)")
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Resolved place mentions by country")
    return fig
