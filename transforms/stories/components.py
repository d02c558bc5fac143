"""Connected components of the candidate graph by labels: the plain steps that
``transforms.find_components`` runs as shuffles, so that no worker holds the whole graph.

Consumes candidate pairs of article ids (the stars ``grouping.bucket_pairs`` draws in each LSH
bucket); produces, for every id in a pair, the smallest id of its component: the same map
``grouping.UnionFind`` gives, by another road. Each id is labelled with the smallest id among
itself and its neighbours; what is still unsettled is a set of label pairs (two labels that meet
on an edge), far smaller than the graph for near-duplicates, merged exactly with union-find.
"""

from collections.abc import Iterable, Iterator

from transforms.stories.grouping import UnionFind


def both_ways(pair: tuple[str, str]) -> list[tuple[str, str]]:
    """An undirected candidate pair as two directed edges."""
    first, second = pair
    return [(first, second), (second, first)]


def unsettled_pairs(node: str, own: Iterable[str], heard: Iterable[str]) -> Iterator:
    """Pairs of labels that still meet at an id: its own and each other label its neighbours
    hold (an empty iterator once the component has one label)."""
    label = min(own)
    for other in set(heard):
        if other != label:
            yield min(label, other), max(label, other)


def merge_labels(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Unsettled label pairs merged: each label that met another, to its component's smallest."""
    sets = UnionFind()
    for first, second in pairs:
        sets.union(first, second)
    return sets.components()


def final_label(label: str, nodes: Iterable[str], merged: Iterable[str]) -> Iterator:
    """(id, component) for the ids holding ``label``: the merged label if it was unsettled."""
    root = min(merged, default=label)
    for node in nodes:
        yield node, root
