"""FindComponents: candidate pairs of article ids to (article id, component) for every id in a
pair, as shuffles keyed by id (``stories.components``), so that no worker holds the graph.

Two rounds of smallest-label propagation (a join of the labels to the adjacency lists, then the
smallest label per id), then one more exchange finds the label pairs that still meet on an edge;
only those reach a single worker, merged with union-find (without defaults: an empty input gives
no side input), and the ids of a merged label are relabelled by a join on the label. Components
of near-duplicates settle in the two rounds, so the merged pairs are few or none; the result is
the union-find map of the whole graph in every case.
"""

import apache_beam as beam

from transforms.stories.components import (
    ROUNDS,
    both_ways,
    final_label,
    first_label,
    label_messages,
    merge_labels,
    unsettled_pairs,
)

PAIR = tuple[str, str]


class _MergeLabelsFn(beam.CombineFn):
    """Unsettled label pairs to {label: merged label} on one worker (they are few)."""

    def create_accumulator(self) -> list[PAIR]:
        return []

    def add_input(self, pairs: list[PAIR], pair: PAIR) -> list[PAIR]:
        pairs.append(pair)
        return pairs

    def merge_accumulators(self, accumulators) -> list[PAIR]:
        return [pair for pairs in accumulators for pair in pairs]

    def extract_output(self, pairs: list[PAIR]) -> dict[str, str]:
        return merge_labels(pairs)


def _send(joined):
    node, grouped = joined
    return label_messages(node, grouped["label"], grouped["adjacency"][0])


def _heard(joined):
    """(neighbour, "heard", label) and (id, "own", label) for the settle check."""
    node, grouped = joined
    label = min(grouped["label"])
    yield node, ("own", label)
    for neighbour in set(grouped["adjacency"][0]):
        yield neighbour, ("heard", label)


def _unsettled(grouped):
    node, tagged = grouped
    tagged = list(tagged)
    own = [label for kind, label in tagged if kind == "own"]
    heard = [label for kind, label in tagged if kind == "heard"]
    return unsettled_pairs(node, own, heard)


def _relabel(joined):
    label, grouped = joined
    return final_label(label, grouped["node"], grouped["merged"])


class FindComponents(beam.PTransform):
    """(article id, article id) candidate pairs -> (article id, component id)."""

    def expand(self, pairs):
        adjacency = (
            pairs
            | "BothWays" >> beam.FlatMap(both_ways).with_output_types(PAIR)
            | "Adjacency" >> beam.GroupByKey()
            | "AsLists" >> beam.MapTuple(lambda node, ids: (node, sorted(set(ids))))
        )
        labels = adjacency | "FirstLabels" >> beam.MapTuple(
            lambda node, ids: (node, first_label(node, ids))
        ).with_output_types(PAIR)
        for round_number in range(ROUNDS):
            labels = (
                {"label": labels, "adjacency": adjacency}
                | f"JoinLabels{round_number}" >> beam.CoGroupByKey()
                | f"SendLabels{round_number}" >> beam.FlatMap(_send).with_output_types(PAIR)
                | f"SmallestLabel{round_number}" >> beam.CombinePerKey(min)
            )
        merged = (
            {"label": labels, "adjacency": adjacency}
            | "JoinSettled" >> beam.CoGroupByKey()
            | "Heard" >> beam.FlatMap(_heard)
            | "ByNode" >> beam.GroupByKey()
            | "Unsettled" >> beam.FlatMap(_unsettled).with_output_types(PAIR)
            | "MergeLabels" >> beam.CombineGlobally(_MergeLabelsFn()).without_defaults()
            | "MergedItems" >> beam.FlatMap(lambda merged: merged.items()).with_output_types(PAIR)
        )
        return (
            {
                "node": labels | "ByLabel" >> beam.KvSwap().with_output_types(PAIR),
                "merged": merged,
            }
            | "JoinMerged" >> beam.CoGroupByKey()
            | "Relabel" >> beam.FlatMap(_relabel).with_output_types(PAIR)
        )
