"""The sdist that Dataflow workers install (--setup_file) carries every data file the code reads."""

import pathlib
import subprocess
import sys
import tarfile

REPO = pathlib.Path(__file__).resolve().parent.parent
DATA_SUFFIXES = {
    ".json",
    ".jsonl",
    ".csv",
    ".tsv",
    ".yaml",
    ".txt",
    ".xml",
    ".html",
    ".opml",
    ".toml",
    ".gz",
}
# spaCy writes a model as a folder of files, most without an extension: all of them ship.
MODEL_DIRS = ("transforms/tagging/parsing/model",)


def package_data_files() -> set[str]:
    """Data files under the packages the code reads at run time."""
    files = set()
    for package in ("transforms", "seeds", "pipelines", "schemas"):
        for path in (REPO / package).rglob("*"):
            if path.is_file() and path.suffix in DATA_SUFFIXES and "__pycache__" not in path.parts:
                files.add(str(path.relative_to(REPO)))
    for model in MODEL_DIRS:
        files |= {
            str(path.relative_to(REPO)) for path in (REPO / model).rglob("*") if path.is_file()
        }
    return files


def test_sdist_contains_the_seed_and_every_package_data_file(tmp_path):
    subprocess.run(
        [sys.executable, "setup.py", "-q", "sdist", "--dist-dir", str(tmp_path)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (archive,) = tmp_path.glob("newsbeam-*.tar.gz")
    with tarfile.open(archive) as tar:
        members = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    expected = package_data_files()
    assert {"seeds/feed.xml", "seeds/article.html", "seeds/000_e98102ffc2b876f6.txt"} <= expected
    assert expected <= members, sorted(expected - members)
    assert "transforms/tagging/parsing/model/parser/model" in expected


def test_build_installs_every_model_file(tmp_path):
    # build_py is the step of any install (wheel or --setup_file) that copies package data.
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(tmp_path)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    built = {str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file()}
    model_files = {name for name in package_data_files() if name.startswith(MODEL_DIRS)}
    assert model_files, "no model files found"
    assert model_files <= built, sorted(model_files - built)
