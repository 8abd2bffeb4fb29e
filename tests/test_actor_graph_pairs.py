"""The actor network's edges, one per (source, target) pair, match what a pandas group per pair gives:
counts, the mean Goldstein value, quad-class counts and the most frequent CAMEO codes (ties by code)."""

from __future__ import annotations

import pandas as pd

from communique.plots.timeline import actor_graph


def _events() -> pd.DataFrame:
    rows = [  # source, target, quad class, Goldstein, CAMEO, speculative
        ("FRA", "DEU", 1, 3.4, "042", False), ("FRA", "DEU", 4, -10.0, "190", False),
        ("FRA", "DEU", 1, 1.9, "036", False), ("FRA", "DEU", 2, 6.0, "042", False),
        ("FRA", "DEU", 1, 1.9, "036", False), ("DEU", "FRA", 3, -2.0, "111", False),
        ("BRA", "IND", 1, 0.1, "010", False), ("BRA", "IND", 1, 0.2, "010", False),
        ("BRA", "IND", 1, 0.7, "010", False), ("BRA", "IND", 1, 0.1, "020", True),
        ("BRA", "BRA", 1, 1.0, "010", False), ("", "IND", 1, 1.0, "010", False),
        *[("IND", "BRA", 1 + n % 4, 0.1 * n, f"0{n % 3}1", False) for n in range(11)],
    ]
    table = pd.DataFrame(rows, columns=["source", "target", "quad_class", "goldstein", "cameo", "speculative"])
    table["source_name"] = table["source"].map({"FRA": "France", "DEU": "Germany"})
    table["target_name"] = table["target"]
    return table


def _grouped(table: pd.DataFrame) -> dict:
    """The edges as a groupby over the kept rows makes them."""
    kept = table[(table["source"] != "") & (table["target"] != "") & (table["source"] != table["target"])
                 & ~table["speculative"]]
    edges = {}
    for (a, b), group in kept.groupby(["source", "target"], sort=True):
        mean = float(group["goldstein"].mean())
        codes = group["cameo"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
        edges[(a, b)] = {"count": len(group), "goldstein": round(mean, 3),
                         "cooperation": int((group["quad_class"] <= 2).sum()),
                         "conflict": int((group["quad_class"] >= 3).sum()),
                         "kind": "conflict" if mean < 0 else "cooperation", "weight": len(group),
                         "cameo": " ".join(codes.index[:3])}
    return edges


def test_edges_match_a_group_per_pair():
    table = _events()
    graph = actor_graph(table)
    import networkx as nx

    expected = nx.DiGraph()
    expected.add_edges_from((a, b) for a, b in _grouped(table))  # added in sorted pair order
    assert list(graph.edges) == list(expected.edges) and list(graph.nodes) == list(expected.nodes)
    assert {(a, b): d for a, b, d in graph.edges(data=True)} == _grouped(table)
    assert graph.edges["FRA", "DEU"]["cameo"] == "036 042 190"  # two each, then one; ties by code
    assert graph.nodes["FRA"]["label"] == "France" and graph.nodes["FRA"]["events"] == 6


def test_a_missing_actor_or_goldstein_value():
    table = _events()
    table.loc[0, "goldstein"] = float("nan")  # skipped in the mean, as pandas does
    table.loc[1, "target"] = None  # no pair at all, as a groupby drops it
    graph = actor_graph(table)
    assert graph.edges["FRA", "DEU"]["count"] == 4  # the NaN row counts; the None row does not
    assert graph.edges["FRA", "DEU"]["goldstein"] == round((1.9 + 6.0 + 1.9) / 3, 3)
