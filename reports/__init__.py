"""``newsbeam report``: an output folder's events as one self-contained, offline HTML page.

Modules: ``queries`` (DuckDB over the Parquet tables), ``charts`` (static SVG), ``page`` (the
HTML, its filters' script), ``build_outlines`` (run once: the map's Natural Earth outlines).
Knows nothing of Beam's pipelines; reads remote folders through Beam's filesystems.
"""
