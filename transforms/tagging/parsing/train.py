"""Train the tagger's dependency parser from UD English-EWT, evaluate it, and write the model.

Consumes the treebank's CoNLL-U splits under ``<shared>/corpora/ud-english-ewt/``; produces a
spaCy pipeline (tok2vec, tagger, parser) in ``--out`` with its README (command, version, time,
test-set scores) and the treebank's licence. Intermediate files go to ``--work``; nothing else
is kept. Run: ``python -m transforms.tagging.parsing.train --shared ../shared --out <dir>``.
"""

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.util import load_config

from transforms.tagging.parsing.syntax import HALVED, halve

SPLITS = ("train", "dev", "test")
SEED = 0
# The learning rate warms up over 250 steps, then decays linearly to zero at step 2,400; the
# parser-notes' two extra low-rate runs were worth ~2 LAS, so a falling rate gets some of that.
# Training stops at step 1,200: on two cores shared with other work, the first 800 steps took
# 10 minutes, so 2,400 would have taken well over this project's budget of ~15 minutes of wall
# time; --max-steps 2400 runs the whole schedule on a quieter machine.
SCHEDULE_STEPS = 2400
MAX_STEPS = 1200
WARMUP_STEPS = 250
EVAL_FREQUENCY = 400
# Batches grow from 100 words by this factor a step (spaCy's default is 1.001), to ~600 by 1,200.
BATCH_COMPOUND = 1.0015
REPORTED_LABELS = (
    "nsubj",
    "nsubj:pass",
    "obj",
    "obl",
    "obl:agent",
    "nmod:poss",
    "acl:relcl",
    "conj",
    "ccomp",
    "xcomp",
)
# Everything in spaCy's model-last is read when loading; only stray bytecode is left out.
TRAINING_ONLY = ("*.pyc", "__pycache__")
# The README's hand-written part (speed, memory, known errors) follows this line; retraining
# regenerates what is above it and keeps what is below.
KEPT_MARK = "<!-- Hand-written below this line; train.py keeps it when it rewrites the README. -->"


def run(command: list[str]) -> None:
    """Run a command with this interpreter's spaCy, failing loudly."""
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def convert_corpus(treebank: Path, work: Path) -> dict[str, Path]:
    """Unpack each CoNLL-U split and convert it to spaCy's binary format (10 sentences a doc)."""
    (work / "conllu").mkdir(parents=True, exist_ok=True)
    (work / "corpus").mkdir(parents=True, exist_ok=True)
    converted = {}
    for split in SPLITS:
        conllu = work / "conllu" / f"en_ewt-ud-{split}.conllu"
        with gzip.open(treebank / f"en_ewt-ud-{split}.conllu.gz", "rb") as source:
            conllu.write_bytes(source.read())
        spacy_cli = [sys.executable, "-m", "spacy", "convert", str(conllu), str(work / "corpus")]
        run([*spacy_cli, "--converter", "conllu", "-n", "10", "--file-type", "spacy"])
        converted[split] = work / "corpus" / f"en_ewt-ud-{split}.spacy"
    return converted


def write_config(work: Path, corpus: dict[str, Path], max_steps: int) -> Path:
    """Write a tagger + parser config (efficiency preset) with a fixed seed and schedule."""
    base = work / "base.cfg"
    run(
        [sys.executable, "-m", "spacy", "init", "config", str(base), "--force", "--lang", "en"]
        + ["--pipeline", "tagger,parser", "--optimize", "efficiency"]
    )
    config = load_config(base)
    config["paths"]["train"] = str(corpus["train"])
    config["paths"]["dev"] = str(corpus["dev"])
    config["system"]["seed"] = SEED
    training = config["training"]
    training["max_steps"] = max_steps
    training["eval_frequency"] = EVAL_FREQUENCY
    training["patience"] = 0
    training["batcher"]["size"]["compound"] = BATCH_COMPOUND
    training["optimizer"]["learn_rate"] = {
        "@schedules": "warmup_linear.v1",
        "warmup_steps": WARMUP_STEPS,
        "total_steps": SCHEDULE_STEPS,
        "initial_rate": 0.001,
    }
    path = work / "config.cfg"
    config.to_disk(path)
    return path


def train(config: Path, work: Path) -> float:
    """Train the pipeline into ``work/output``; return the wall time in seconds."""
    started = time.monotonic()
    run([sys.executable, "-m", "spacy", "train", str(config), "--output", str(work / "output")])
    return time.monotonic() - started


def evaluate(model: Path, test: Path, work: Path, *, gold_tokens: bool) -> dict:
    """Score the model on the test split, from raw text or from gold tokens and sentences."""
    name = "gold" if gold_tokens else "raw"
    output = work / f"test-{name}.json"
    command = [sys.executable, "-m", "spacy", "evaluate", str(model), str(test)]
    run([*command, "--output", str(output)] + (["--gold-preproc"] if gold_tokens else []))
    return json.loads(output.read_text(encoding="utf-8"))


def ship(trained: Path, out: Path, treebank: Path) -> str:
    """Copy the trained pipeline to ``out`` with the licence; return the README's kept part."""
    readme = out / "README.md"
    kept = readme.read_text(encoding="utf-8").partition(KEPT_MARK)[2] if readme.exists() else ""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(trained, out, ignore=shutil.ignore_patterns(*TRAINING_ONLY))
    shutil.copyfile(treebank / "LICENSE.txt", out / "LICENSE")
    if (out / HALVED).with_suffix("").exists():
        halve((out / HALVED).with_suffix(""))  # under 5 MiB a file, see syntax.HALVED
    return kept


def directory_size(path: Path) -> int:
    """Total size in bytes of the files under ``path``."""
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())


def score_table(raw: dict, gold: dict) -> str:
    """Markdown tables of overall and per-label scores for both tokenisations."""
    rows = ["| tokens | UAS | LAS | tag (PTB) | sentence F |", "|---|---|---|---|---|"]
    for name, scores in (("spaCy's own", raw), ("gold", gold)):
        cells = [scores["dep_uas"], scores["dep_las"], scores["tag_acc"], scores["sents_f"]]
        rows.append(f"| {name} | " + " | ".join(f"{100 * cell:.1f}" for cell in cells) + " |")
    rows += ["", "| label | LAS F (spaCy's tokens) | LAS F (gold tokens) |", "|---|---|---|"]
    for label in REPORTED_LABELS:
        cells = [scores["dep_las_per_type"].get(label, {}).get("f", 0.0) for scores in (raw, gold)]
        rows.append(f"| {label} | " + " | ".join(f"{100 * cell:.1f}" for cell in cells) + " |")
    return "\n".join(rows)


def write_readme(
    out: Path,
    command: str,
    training: tuple[int, float],
    scores: tuple[dict, dict],
    commit: str,
    kept: str,
) -> None:
    """Write the model's README: provenance, licence, command, time, scores, kept notes."""
    (max_steps, seconds), (raw, gold) = training, scores
    text = f"""# Dependency parser for the event tagger

A spaCy {spacy.__version__} pipeline (tok2vec, tagger, parser; efficiency preset) trained here
from UD English-EWT, commit `{commit}`.

Licence: CC BY-SA 4.0 (see `LICENSE`), as a work derived from the Universal Dependencies
English Web Treebank (https://github.com/UniversalDependencies/UD_English-EWT), annotations
© 2013-2021 The Board of Trustees of The Leland Stanford Junior University.

## How it was made
```
{command}
```
Seed {SEED}; {max_steps} steps of a schedule with linear warm-up over {WARMUP_STEPS} steps and
linear decay to zero at {SCHEDULE_STEPS}; batches of 100 words growing by {BATCH_COMPOUND}x a step.
Training took {seconds / 60:.1f} min of wall time on 2 cores shared with other work.
Tags are the treebank's XPOS (Penn Treebank) tags; the model has no morphologizer, so no UPOS.

## Test set (en_ewt-ud-test)
"Gold" tokens also means gold sentences: the tagger hands the parser one sentence at a time.

{score_table(raw, gold)}

Size on disk: {directory_size(out) / 1e6:.1f} MB.

{KEPT_MARK}"""
    (out / "README.md").write_text(text + kept, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Convert, configure, train, evaluate and ship the parser."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, required=True, help="The shared/ folder.")
    parser.add_argument("--out", type=Path, required=True, help="Where to write the model.")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "newsbeam-parser-train",
        help="Folder for the converted corpus, config and training output.",
    )
    parser.add_argument(
        "--max-steps", type=int, default=MAX_STEPS, help="Training steps (2400 ends the schedule)."
    )
    parser.add_argument(
        "--evaluate-only",
        action="store_true",
        help="Skip conversion and training; evaluate and ship what --work already holds.",
    )
    args = parser.parse_args(argv)
    treebank = args.shared / "corpora" / "ud-english-ewt"
    given = [arg for arg in (argv or sys.argv[1:]) if arg != "--evaluate-only"]
    command = "python -m transforms.tagging.parsing.train " + " ".join(given)
    corpus = {split: args.work / "corpus" / f"en_ewt-ud-{split}.spacy" for split in SPLITS}
    seconds_path = args.work / "train-seconds.txt"
    if not args.evaluate_only:
        args.work.mkdir(parents=True, exist_ok=True)
        corpus = convert_corpus(treebank, args.work)
        seconds = train(write_config(args.work, corpus, args.max_steps), args.work)
        seconds_path.write_text(f"{seconds:.0f}\n", encoding="utf-8")
    seconds = float(seconds_path.read_text(encoding="utf-8"))
    trained = args.work / "output" / "model-last"
    raw = evaluate(trained, corpus["test"], args.work, gold_tokens=False)
    gold = evaluate(trained, corpus["test"], args.work, gold_tokens=True)
    kept = ship(trained, args.out, treebank)
    commit = (treebank / "COMMIT").read_text(encoding="utf-8").strip()
    write_readme(args.out, command, (args.max_steps, seconds), (raw, gold), commit, kept)
    print(f"wrote {args.out} ({directory_size(args.out) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
