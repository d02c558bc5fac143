"""The training script's config and shipping steps (training itself is too slow for a test)."""

from pathlib import Path

from spacy.util import load_config

from transforms.tagging.parsing import train


def test_config_is_seeded_tagger_and_parser(tmp_path):
    corpus = {split: tmp_path / f"{split}.spacy" for split in train.SPLITS}
    config = load_config(train.write_config(tmp_path, corpus, max_steps=1200))
    assert config["nlp"]["pipeline"] == ["tok2vec", "tagger", "parser"]
    assert config["system"]["seed"] == train.SEED
    assert config["training"]["max_steps"] == 1200
    assert config["training"]["optimizer"]["learn_rate"]["total_steps"] == train.SCHEDULE_STEPS
    assert config["paths"]["train"] == str(corpus["train"])


def test_shipping_keeps_the_hand_written_notes_and_adds_the_licence(tmp_path):
    trained, out, treebank = tmp_path / "trained", tmp_path / "model", tmp_path / "treebank"
    (trained / "parser").mkdir(parents=True)
    (trained / "parser" / "model").write_bytes(b"weights")
    treebank.mkdir()
    (treebank / "LICENSE.txt").write_text("CC BY-SA 4.0", encoding="utf-8")
    out.mkdir()
    (out / "README.md").write_text(f"old scores\n{train.KEPT_MARK}\nnotes\n", encoding="utf-8")
    (out / "stale").write_text("from an older model", encoding="utf-8")

    kept = train.ship(trained, out, treebank)
    scores = {"dep_uas": 0.8, "dep_las": 0.75, "tag_acc": 0.9, "sents_f": 0.7}
    scores["dep_las_per_type"] = {"nsubj": {"p": 0.8, "r": 0.8, "f": 0.8}}
    train.write_readme(out, "python -m ...", (1200, 600.0), (scores, scores), "abc", kept)

    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "old scores" not in readme and readme.endswith(f"{train.KEPT_MARK}\nnotes\n")
    assert "| nsubj | 80.0 | 80.0 |" in readme and "| obl:agent | 0.0 | 0.0 |" in readme
    assert (out / "LICENSE").read_text(encoding="utf-8") == "CC BY-SA 4.0"
    assert (out / "parser" / "model").read_bytes() == b"weights"
    assert not (out / "stale").exists()


def test_shipped_readme_has_the_scores_and_attribution():
    readme = (Path(train.__file__).parent / "model" / "README.md").read_text(encoding="utf-8")
    for label in train.REPORTED_LABELS:
        assert f"| {label} |" in readme
    assert "UD English-EWT" in readme and "CC BY-SA 4.0" in readme and train.KEPT_MARK in readme


def test_shipping_halves_the_tok2vec_weights_and_loading_widens_them(tmp_path):
    """The tok2vec weights ship as float16 (the model's largest file stays under 5 MiB)."""
    import numpy
    import srsly

    from transforms.tagging.parsing.syntax import _cast, halve

    weights = {"params": [{"E": numpy.ones((4, 3), dtype="float32") / 3}], "dims": [4]}
    model = tmp_path / "tok2vec" / "model"
    model.parent.mkdir()
    model.write_bytes(srsly.msgpack_dumps(weights))
    halve(model)
    assert not model.exists()
    halved = srsly.msgpack_loads(model.with_suffix(".f16").read_bytes())
    assert halved["params"][0]["E"].dtype == numpy.float16 and halved["dims"] == [4]
    widened = srsly.msgpack_loads(_cast(model.with_suffix(".f16").read_bytes(), numpy.float32))
    assert widened["params"][0]["E"].dtype == numpy.float32
    assert numpy.allclose(widened["params"][0]["E"], 1 / 3, atol=1e-3)
