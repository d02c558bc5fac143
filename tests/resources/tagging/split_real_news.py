"""Split the real-news gold files into a development set and a held-out set, by document id.

Reads ``real_news_a.jsonl`` and ``real_news_b.jsonl`` (the annotators' files, guidelines in
docs/tagger.md) and writes ``real_dev.jsonl`` (3 in 5 documents) and ``real_holdout.jsonl`` (2 in
5), by a hash of each id, so the split does not depend on file order and no one chooses it. Rules
are tuned on the development set only; the held-out set is scored, never read for tuning.
Run from anywhere: ``python tests/resources/tagging/split_real_news.py [SOURCE_DIR]``.
"""

import hashlib
import pathlib
import sys

HERE = pathlib.Path(__file__).parent


def is_dev(doc_id: str) -> bool:
    """Whether a document belongs to the development set."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 5 < 3


def main(source: pathlib.Path) -> None:
    """Write the two split files next to this script."""
    import json

    dev, holdout = [], []
    for name in ("real_news_a.jsonl", "real_news_b.jsonl"):
        for line in (source / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                (dev if is_dev(json.loads(line)["id"]) else holdout).append(line)
    (HERE / "real_dev.jsonl").write_text("\n".join(dev) + "\n", encoding="utf-8")
    (HERE / "real_holdout.jsonl").write_text("\n".join(holdout) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
