"""Build ``data/countries-110m.json``: country outlines as SVG paths, for the report's map.

Reads Natural Earth's 1:110m admin-0 countries (public domain), as geopandas 0.14 ships them in
its wheel (``geopandas/datasets/naturalearth_lowres``; later releases dropped the file), with
pyshp. Projects them equirectangularly (``reports.charts.project``) and rounds to 0.1 unit of
the 720 x 360 map: 177 countries in about 100 KB. Run once, by hand:

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-0.14.4-py3-none-any.whl
    pip install pyshp
    python -m reports.build_outlines geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp
"""

import json
import pathlib
import sys

from reports.charts import project

OUTPUT = pathlib.Path(__file__).parent / "data" / "countries-110m.json"


def svg_path(parts: list[list[tuple[float, float]]]) -> str:
    """One SVG path (absolute moves and lines) for the rings of a shape."""
    rings = []
    for ring in parts:
        points = []
        for longitude, latitude in ring:
            x, y = project(latitude, longitude)
            point = f"{x:.1f} {y:.1f}"
            if not points or points[-1] != point:
                points.append(point)
        if len(points) > 2:
            rings.append("M" + "L".join(points) + "Z")
    return "".join(rings)


def main(argv: list[str]) -> int:
    """Write the outlines from the shapefile named on the command line."""
    import shapefile  # pyshp: needed by this script only, never at run time

    reader = shapefile.Reader(argv[0])
    countries = []
    for shape_record in reader.iterShapeRecords():
        record, shape = shape_record.record, shape_record.shape
        bounds = [*shape.parts, len(shape.points)]
        parts = [shape.points[start:end] for start, end in zip(bounds, bounds[1:], strict=False)]
        countries.append({"iso3": record["iso_a3"], "name": record["name"], "d": svg_path(parts)})
    document = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4",
        "projection": "equirectangular, x = (lon + 180) * 2, y = (90 - lat) * 2",
        "countries": countries,
    }
    OUTPUT.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(countries)} countries -> {OUTPUT} ({OUTPUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
