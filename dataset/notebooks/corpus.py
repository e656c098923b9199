"""Corpus overview: who published how much, when, how long, and what was rejected."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from dataset.notebooks import figures

UNKNOWN = "(unknown)"
TOP_PUBLISHERS = 8


def by_publisher(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles and words per publisher, most articles first."""
    frame = pd.DataFrame(
        {
            "publisher": articles["publisher"].astype("object").fillna(UNKNOWN),
            "words": articles["word_count"].astype("int64"),
        }
    )
    table = (
        frame.groupby("publisher", sort=True)
        .agg(articles=("words", "size"), words=("words", "sum"))
        .reset_index()
    )
    return table.sort_values(["articles", "publisher"], ascending=[False, True], kind="stable")


def date_frequency(dates: pd.Series) -> tuple[str, str]:
    """Bin by day for a few weeks of news, by month up to a few years, else by year."""
    if dates.empty:
        return "D", "%Y-%m-%d"
    span = (dates.max() - dates.min()).days
    if span <= 62:
        return "D", "%Y-%m-%d"
    if span <= 3 * 366:
        return "MS", "%Y-%m"
    return "YS", "%Y"


def by_date(articles: pd.DataFrame, top: int = TOP_PUBLISHERS) -> pd.DataFrame:
    """Articles per period (rows) and publisher (columns); undated articles are left out.

    Publishers beyond the `top` most frequent are pooled as "other" so the legend stays
    readable on large corpora.
    """
    dated = articles[articles["published_at"].notna()]
    if dated.empty:
        return pd.DataFrame()
    dates = dated["published_at"].dt.tz_convert("UTC").dt.tz_localize(None)
    freq, fmt = date_frequency(dates)
    periods = dates.dt.to_period(freq.rstrip("S")).dt.start_time
    publishers = dated["publisher"].astype("object").fillna(UNKNOWN)
    keep = by_publisher(articles).head(top)["publisher"].tolist()
    publishers = publishers.where(publishers.isin(keep), "other")
    table = pd.crosstab(periods, publishers)
    full = pd.date_range(table.index.min(), table.index.max(), freq=freq)
    table = table.reindex(full, fill_value=0)
    table.index = table.index.strftime(fmt)
    table.index.name = "period"
    order = [p for p in [*keep, "other"] if p in table.columns]
    return table[order]


def lengths(articles: pd.DataFrame) -> pd.DataFrame:
    """Summary statistics of article length in words."""
    words = articles["word_count"].astype("float64")
    return words.describe().to_frame("words").T.round(1)


_REASON_DETAIL = re.compile(r"\s+of\s+|\s*[:(]")


def reason_kind(reason: str) -> str:
    """The kind of a rejection without its record-specific detail:
    'duplicate of corpus.jsonl#1 (…)' → 'duplicate', 'not UTF-8: … at byte 7' → 'not UTF-8'."""
    return _REASON_DETAIL.split(reason, maxsplit=1)[0].strip() or reason


def rejects_by_reason(rejects: pd.DataFrame) -> pd.DataFrame:
    """Rejected records per kind of reason, most frequent first."""
    if rejects.empty:
        return pd.DataFrame({"reason": [], "records": []})
    reasons = rejects["reason"].astype("object").map(reason_kind)
    table = reasons.value_counts().rename_axis("reason").reset_index(name="records")
    return table.sort_values(["records", "reason"], ascending=[False, True], kind="stable")


def plot_publishers(table: pd.DataFrame, top: int = 20) -> Figure:
    shown = table.head(top).iloc[::-1]
    fig, ax = figures.new(9, max(3.0, 0.4 * len(shown) + 1.5))
    if shown.empty:
        figures.no_data(ax, "No articles in this corpus")
    else:
        ax.barh(
            [figures.shorten(p) for p in shown["publisher"]],
            shown["articles"],
            color=figures.PALETTE[0],
        )
        for y, value in enumerate(shown["articles"]):
            ax.text(value, y, f" {value}", va="center", fontsize=10)
        ax.set_xlabel("Articles")
        ax.set_ylabel("Publisher")
        ax.xaxis.get_major_locator().set_params(integer=True)
    more = f" (top {top} of {len(table)})" if len(table) > top else ""
    ax.set_title(f"Articles by publisher{more}")
    return fig


def plot_dates(table: pd.DataFrame, undated: int) -> Figure:
    fig, ax = figures.new(10, 5)
    if table.empty:
        figures.no_data(ax, "No article has a publication date")
    else:
        bottom = pd.Series(0, index=table.index)
        for i, publisher in enumerate(table.columns):
            ax.bar(
                range(len(table)),
                table[publisher],
                bottom=bottom,
                label=figures.shorten(publisher, 30),
                color=figures.PALETTE[i % len(figures.PALETTE)],
            )
            bottom = bottom + table[publisher]
        step = max(1, len(table) // 15)
        ticks = list(range(0, len(table), step))
        ax.set_xticks(ticks, [table.index[t] for t in ticks], rotation=45, ha="right")
        ax.set_xlabel(f"Publication date ({table.index.name} start, UTC)")
        ax.set_ylabel("Articles")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(0, float(bottom.max()) * 1.1)
        ax.legend(title="Publisher", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    note = f"; {undated} undated article(s) not shown" if undated else ""
    ax.set_title(f"Articles by publication date{note}")
    return fig


def plot_lengths(articles: pd.DataFrame) -> Figure:
    fig, ax = figures.new(9, 4.5)
    words = articles["word_count"].astype("int64")
    if words.empty:
        figures.no_data(ax, "No articles in this corpus")
    else:
        count = min(30, max(5, len(words)))
        low, high = max(int(words.min()), 1), max(int(words.max()), 1)
        skewed = high / low >= 50  # a few very long articles: log-spaced bins show both ends
        bins = np.geomspace(low, high, count + 1) if skewed else count
        ax.hist(
            words.clip(lower=1) if skewed else words,
            bins=bins,
            color=figures.PALETTE[0],
            edgecolor="white",
        )
        if skewed:
            ax.set_xscale("log")
        ax.axvline(
            float(words.median()),
            color=figures.PALETTE[1],
            linestyle="--",
            label=f"median {int(words.median())} words",
        )
        ax.legend(frameon=False)
        ax.yaxis.get_major_locator().set_params(integer=True)
    log_note = ", log scale" if ax.get_xscale() == "log" else ""
    ax.set_xlabel(f"Article length (words{log_note})")
    ax.set_ylabel("Articles")
    ax.set_title(f"Article lengths ({len(words)} articles)")
    return fig


def plot_rejects(table: pd.DataFrame) -> Figure:
    shown = table.head(15).iloc[::-1]
    fig, ax = figures.new(9, max(3.0, 0.4 * len(shown) + 1.5))
    if shown.empty:
        figures.no_data(ax, "No raw record was rejected")
    else:
        ax.barh(
            [figures.shorten(r, 50) for r in shown["reason"]],
            shown["records"],
            color=figures.PALETTE[1],
        )
        ax.set_xlabel("Rejected records")
        ax.set_ylabel("Reason")
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(f"Rejected raw records ({int(table['records'].sum()) if len(table) else 0})")
    return fig
