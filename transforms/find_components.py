"""FindComponents: candidate pairs of article ids to (article id, component) for every id in a
pair, as shuffles keyed by id (``stories.components``), so that no worker holds the graph.

Each id's neighbours are combined into a set before the shuffle, and its label is the smallest of
itself and them; one exchange between neighbours finds the label pairs that still meet on an
edge; only those reach a single
worker, merged with union-find (without defaults: an empty input gives no side input), and the
ids of a merged label are relabelled by a join on the label. A bucket's candidate pairs are a
star around its smallest id, so a component of near-duplicates (the same copies in most of its
buckets) is mostly settled by its first labels, and the merged pairs are few; the result is the
union-find map of the whole graph in every case. (Rounds of label propagation before the merge
settle more, but each costs two shuffles, about 0.4 s apiece on Beam 2.77's local runner: more
than the merge they save at news scale.)
"""

import apache_beam as beam

from transforms.stories.components import both_ways, final_label, merge_labels, unsettled_pairs

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


def _heard(keyed):
    """(id, ("own", label)) and (neighbour, ("heard", label)) for the settle check."""
    node, neighbours = keyed
    label = min(node, *neighbours)
    yield node, ("own", label)
    for neighbour in neighbours:
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
        # Every band of a bucket repeats its star: the neighbour sets are combined before the
        # shuffle (a lifted combine), so each id crosses it with its neighbours once.
        neighbours = (
            pairs
            | "BothWays" >> beam.FlatMap(both_ways).with_output_types(PAIR)
            | "Neighbours" >> beam.CombinePerKey(beam.combiners.ToSetCombineFn())
        )
        merged = (
            neighbours
            | "Heard" >> beam.FlatMap(_heard)
            | "ByNode" >> beam.GroupByKey()
            | "Unsettled" >> beam.FlatMap(_unsettled).with_output_types(PAIR)
            | "MergeLabels" >> beam.CombineGlobally(_MergeLabelsFn()).without_defaults()
            | "MergedItems" >> beam.FlatMap(lambda merged: merged.items()).with_output_types(PAIR)
        )
        labels = neighbours | "ByLabel" >> beam.MapTuple(
            lambda node, others: (min(node, *others), node)
        ).with_output_types(PAIR)
        return (
            {"node": labels, "merged": merged}
            | "JoinMerged" >> beam.CoGroupByKey()
            | "Relabel" >> beam.FlatMap(_relabel).with_output_types(PAIR)
        )
