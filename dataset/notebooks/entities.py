"""Who and what the news is about: mention counts and a co-occurrence network."""

from __future__ import annotations

import itertools

import networkx as nx
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from dataset.notebooks import figures
from schemas import ENTITY_LABELS

LAYOUT_SEED = 7


def top_level(entities: pd.DataFrame) -> pd.DataFrame:
    """Mentions as a reader counts them: a place nested in a name ("Athens" in "Athens
    Police Department") is not a second mention beside the name, nor its co-occurrence."""
    if "parent_mention_id" not in entities.columns:
        return entities
    return entities[entities["parent_mention_id"].isna()]


def entity_names(entities: pd.DataFrame) -> dict[str, str]:
    """entity_key → the entity's most frequent canonical name (ties: alphabetical)."""
    if entities.empty:
        return {}
    names = (
        entities.groupby(["entity_key", "canonical"], sort=True)
        .size()
        .reset_index(name="n")
        .sort_values(["entity_key", "n", "canonical"], ascending=[True, False, True], kind="stable")
        .drop_duplicates("entity_key")
    )
    return dict(zip(names["entity_key"], names["canonical"], strict=True))


def top_entities(entities: pd.DataFrame, top: int = 25) -> pd.DataFrame:
    """The most mentioned entities (by entity_key), with their name, type and reach."""
    columns = ["entity_key", "name", "label", "mentions", "articles"]
    entities = top_level(entities)
    if entities.empty:
        return pd.DataFrame(columns=columns)
    frame = entities.assign(label=entities["label"].astype("object"))
    names = entity_names(entities)
    table = (
        frame.groupby("entity_key", sort=True)
        .agg(
            label=("label", "first"),
            mentions=("mention_id", "size"),
            articles=("article_id", "nunique"),
        )
        .reset_index()
    )
    table["name"] = table["entity_key"].map(names)
    table = table[columns].sort_values(
        ["mentions", "entity_key"], ascending=[False, True], kind="stable"
    )
    return table.head(top).reset_index(drop=True)


def cooccurrence(entities: pd.DataFrame, top: int = 30) -> nx.Graph:
    """Entities (the `top` most mentioned) linked when they appear in the same sentence;
    edge `weight` counts such sentences across the corpus. Built in sorted order so the
    graph, and its layout, do not depend on hash order."""
    graph = nx.Graph()
    entities = top_level(entities)
    nodes = top_entities(entities, top)
    keep = set(nodes["entity_key"])
    for row in nodes.sort_values("entity_key").itertuples(index=False):
        graph.add_node(row.entity_key, name=row.name, label=row.label, mentions=row.mentions)
    if entities.empty:
        return graph
    kept = entities[entities["entity_key"].isin(keep)]
    weights: dict[tuple[str, str], int] = {}
    for _, group in kept.groupby(["article_id", "sentence"], sort=True):
        for a, b in itertools.combinations(sorted(set(group["entity_key"])), 2):
            weights[(a, b)] = weights.get((a, b), 0) + 1
    for (a, b), weight in sorted(weights.items()):
        graph.add_edge(a, b, weight=weight)
    return graph


def edges(graph: nx.Graph) -> pd.DataFrame:
    """The network's edges as a table, strongest first."""
    rows = [
        {"entity": graph.nodes[a]["name"], "with": graph.nodes[b]["name"], "sentences": w}
        for a, b, w in graph.edges(data="weight")
    ]
    table = pd.DataFrame(rows, columns=["entity", "with", "sentences"])
    return table.sort_values(
        ["sentences", "entity", "with"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


def label_colours(labels: list[str]) -> dict[str, str]:
    """A fixed colour per entity type, the same in every figure and corpus."""
    order = {label: i for i, label in enumerate(ENTITY_LABELS)}
    return {
        label: figures.PALETTE[order.get(label, len(order)) % len(figures.PALETTE)]
        for label in sorted(set(labels))
    }


def plot_top(table: pd.DataFrame, top: int = 20) -> Figure:
    shown = table.head(top).iloc[::-1]
    fig, ax = figures.new(10, max(3.0, 0.4 * len(shown) + 1.5))
    if shown.empty:
        figures.no_data(ax, "No entity mentions in this corpus")
    else:
        colours = label_colours(list(table["label"]))
        ax.barh(
            [figures.shorten(n) for n in shown["name"]],
            shown["mentions"],
            color=[colours[label] for label in shown["label"]],
        )
        handles = [Patch(color=colour, label=label) for label, colour in colours.items()]
        ax.legend(handles=handles, title="Type", frameon=False, loc="lower right")
        ax.set_xlabel("Mentions")
        ax.set_ylabel("Entity")
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(f"Most mentioned entities (top {min(top, len(table))})")
    return fig


def plot_network(graph: nx.Graph) -> Figure:
    """Spring layout with a fixed seed; node area ∝ mentions, edge width ∝ shared sentences."""
    fig, ax = figures.new(11, 8)
    ax.set_title("Entities mentioned in the same sentence")
    if graph.number_of_nodes() == 0:
        figures.no_data(ax, "No entity mentions in this corpus")
        return fig
    positions = nx.spring_layout(
        graph, seed=LAYOUT_SEED, weight="weight", k=1.5 / max(graph.number_of_nodes(), 1) ** 0.5
    )
    nodes = sorted(graph.nodes)
    mentions = [graph.nodes[n]["mentions"] for n in nodes]
    largest = max(mentions)
    colours = label_colours([graph.nodes[n]["label"] for n in nodes])
    edge_list = sorted(graph.edges(data="weight"))
    if edge_list:
        heaviest = max(w for _, _, w in edge_list)
        nx.draw_networkx_edges(
            graph,
            positions,
            edgelist=[(a, b) for a, b, _ in edge_list],
            width=[0.6 + 4 * w / heaviest for _, _, w in edge_list],
            edge_color="#999999",
            alpha=0.7,
            ax=ax,
        )
    nx.draw_networkx_nodes(
        graph,
        positions,
        nodelist=nodes,
        node_size=[120 + 1200 * m / largest for m in mentions],
        node_color=[colours[graph.nodes[n]["label"]] for n in nodes],
        edgecolors="black",
        linewidths=0.6,
        alpha=0.9,
        ax=ax,
    )
    nx.draw_networkx_labels(
        graph,
        positions,
        labels={n: figures.shorten(graph.nodes[n]["name"], 22) for n in nodes},
        font_size=9,
        ax=ax,
        bbox={"facecolor": "white", "alpha": 0.6, "edgecolor": "none", "pad": 0.5},
    )
    for label, colour in colours.items():
        ax.scatter([], [], color=colour, label=label, s=80)
    ax.legend(title="Type", frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_axis_off()
    ax.margins(0.12)
    ax.set_title(
        f"Entities mentioned in the same sentence ({graph.number_of_nodes()} "
        f"entities, {graph.number_of_edges()} links; width ∝ shared sentences)"
    )
    return fig
