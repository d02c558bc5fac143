"""Static SVG charts for the report: events per day, the dyad network, the world map.

Consumes the aggregates ``reports.queries`` returns; produces SVG markup as strings. Every mark
carries ``data-day`` and ``data-modality`` (or a ``data-counts`` list of them), so the page's
filters can hide, restack and resize marks without drawing anything again.
"""

import datetime
import functools
import html
import json
import math
import pathlib
from collections.abc import Iterable

MAP_WIDTH, MAP_HEIGHT = 720, 360
NODE_RADIUS = 16
# A map dot's radius runs from MIN_DOT (one event) to MAX_DOT (the busiest place), its area
# growing with the events; the page's script uses the same formula after filtering.
MIN_DOT, MAX_DOT = 1.5, 9.0
OUTLINES = pathlib.Path(__file__).parent / "data" / "countries-110m.json"
# CAMEO quad classes, in PLOVER's reading: verbal and material cooperation and conflict.
QUAD_CLASSES = {
    1: ("verbal cooperation", "#4e79a7"),
    2: ("material cooperation", "#59a14f"),
    3: ("verbal conflict", "#f28e2b"),
    4: ("material conflict", "#e15759"),
}


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Equirectangular projection onto the 720 x 360 map."""
    return (longitude + 180.0) * MAP_WIDTH / 360.0, (90.0 - latitude) * MAP_HEIGHT / 180.0


@functools.lru_cache(maxsize=1)
def country_outlines() -> tuple[tuple[str, str, str], ...]:
    """(alpha-3, name, SVG path) of every country, from the shipped Natural Earth file."""
    document = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return tuple((c["iso3"], c["name"], c["d"]) for c in document["countries"])


def _attr(value: object) -> str:
    """An attribute value, escaped."""
    return html.escape(str(value), quote=True)


def empty_svg(chart_id: str, message: str) -> str:
    """A chart with nothing to show, saying so."""
    return (
        f'<svg class="chart" id="{chart_id}" viewBox="0 0 600 40">'
        f'<text x="10" y="25">{_attr(message)}</text></svg>'
    )


def calendar_days(days: set[str]) -> list[str]:
    """Every day from the first to the last of ``days`` (YYYY-MM-DD), so that the time axis is
    proportional: a day without events is a gap, not a missing bar."""
    if not days:
        return []
    first, last = (datetime.date.fromisoformat(day) for day in (min(days), max(days)))
    return [
        (first + datetime.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)
    ]


def timeline_svg(
    rows: Iterable[tuple[str, int, str, int]], width: int = 900, height: int = 260
) -> str:
    """Stacked bars of events per day by quad class, one rect per (day, quad class, modality);
    the page restacks the visible ones. ``rows``: (day, quad class, modality, events)."""
    rows = sorted(rows)
    days = calendar_days({day for day, _, _, _ in rows})
    if not days:
        return empty_svg("timeline", "no events")
    totals: dict[str, int] = {}
    for day, _, _, count in rows:
        totals[day] = totals.get(day, 0) + count
    top, left, bottom = 20, 40, 40
    slot = (width - left - 10) / len(days)
    scale = (height - top - bottom) / max(totals.values())
    parts = [
        f'<svg class="chart" id="timeline" viewBox="0 0 {width} {height}" '
        f'data-base="{height - bottom}" data-plot="{height - top - bottom}">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" '
        'stroke="#555"/>',
        f'<text class="ymax" x="4" y="{top + 4}" font-size="11">{max(totals.values())}</text>',
    ]
    position = {day: index for index, day in enumerate(days)}
    stacked: dict[str, float] = {}
    for day, quad, modality, count in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        index = position[day]
        bar = count * scale
        y = height - bottom - stacked.get(day, 0.0) - bar
        stacked[day] = stacked.get(day, 0.0) + bar
        label, colour = QUAD_CLASSES.get(quad, ("other", "#999"))
        parts.append(
            f'<rect class="mark" x="{left + index * slot + 1:.2f}" y="{y:.1f}" '
            f'width="{max(slot * 0.8, 1.5):.2f}" height="{bar:.1f}" fill="{colour}" '
            f'data-day="{_attr(day)}" data-modality="{_attr(modality)}" data-count="{count}">'
            f"<title>{_attr(day)}: {count} {_attr(label)} ({_attr(modality)})</title></rect>"
        )
    for index in sorted({0, len(days) // 2, len(days) - 1}):
        x = left + index * slot + slot / 2
        anchor = "end" if index == len(days) - 1 and index else "middle"
        parts.append(
            f'<text x="{x:.1f}" y="{height - bottom + 16}" font-size="11" '
            f'text-anchor="{anchor}">{_attr(days[index])}</text>'
        )
    legend = [
        f'<rect x="{left + 170 * i}" y="{height - 14}" width="10" height="10" fill="{c}"/>'
        f'<text x="{left + 170 * i + 14}" y="{height - 5}" font-size="11">{_attr(n)}</text>'
        for i, (n, c) in enumerate(QUAD_CLASSES.values())
    ]
    return "".join(parts + legend) + "</svg>"


def clusters_svg(rows: Iterable[tuple[str, int]], width: int = 900, height: int = 160) -> str:
    """Bars of event clusters (stories) per day. ``rows``: (day, clusters)."""
    by_day = dict(rows)
    if not by_day:
        return ""
    days = calendar_days(set(by_day))
    top, left, bottom = 20, 40, 30
    slot = (width - left - 10) / len(days)
    scale = (height - top - bottom) / max(by_day.values())
    parts = [f'<svg class="chart" id="clusters" viewBox="0 0 {width} {height}">']
    for index, day in enumerate(days):
        if day not in by_day:
            continue
        count = by_day[day]
        bar = count * scale
        parts.append(
            f'<rect class="mark" x="{left + index * slot + 1:.2f}" '
            f'y="{height - bottom - bar:.1f}" width="{max(slot * 0.8, 1.5):.2f}" '
            f'height="{bar:.1f}" fill="#76b7b2" data-day="{_attr(day)}" data-modality="*" '
            f'data-count="{count}"><title>{_attr(day)}: {count} clusters</title></rect>'
        )
    parts.append(f'<text x="4" y="{top + 4}" font-size="11">{max(by_day.values())}</text>')
    return "".join(parts) + "</svg>"


def network_svg(edges: list[tuple[str, str, list[tuple[str, str, int]]]], size: int = 520) -> str:
    """The top dyads as a directed network: actors on a circle, an arrow from source to target
    as wide as its events. ``edges``: (source, target, [(day, modality, events), ...])."""
    actors = sorted({actor for source, target, _ in edges for actor in (source, target)})
    if not actors:
        return empty_svg("network", "no dyads")
    centre, radius = size / 2, size / 2 - 60
    position = {
        actor: (
            centre + radius * math.cos(2 * math.pi * i / len(actors) - math.pi / 2),
            centre + radius * math.sin(2 * math.pi * i / len(actors) - math.pi / 2),
        )
        for i, actor in enumerate(actors)
    }
    heaviest = max(sum(c for _, _, c in counts) for _, _, counts in edges)
    parts = [
        f'<svg class="chart" id="network" viewBox="0 0 {size} {size}" data-max="{heaviest}">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="14" '
        'markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
        '<path d="M0 0L10 5L0 10z" fill="#666"/>'
        "</marker></defs>",
    ]
    for source, target, counts in edges:
        (x1, y1), (x2, y2) = position[source], position[target]
        # Bend each arrow to its right, so that A->B and B->A do not overlap, and end it at
        # the target's circle, where its head shows.
        mx, my = (x1 + x2) / 2 + (y2 - y1) * 0.15, (y1 + y2) / 2 - (x2 - x1) * 0.15
        reach = math.hypot(x2 - mx, y2 - my) or 1.0
        x2, y2 = x2 - (x2 - mx) * NODE_RADIUS / reach, y2 - (y2 - my) * NODE_RADIUS / reach
        total = sum(c for _, _, c in counts)
        parts.append(
            f'<path class="edge" d="M{x1:.1f} {y1:.1f}Q{mx:.1f} {my:.1f} {x2:.1f} {y2:.1f}" '
            f'fill="none" stroke="#666" stroke-opacity="0.7" marker-end="url(#arrow)" '
            f'stroke-width="{1 + 5 * total / heaviest:.1f}" '
            f'data-counts="{_attr(json.dumps(counts))}">'
            f"<title>{_attr(source)} → {_attr(target)}: {total} events</title></path>"
        )
    for actor, (x, y) in position.items():
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{NODE_RADIUS}" fill="#eef" stroke="#336"/>'
            f'<text x="{x:.1f}" y="{y + 4:.1f}" font-size="11" text-anchor="middle">'
            f"{_attr(actor)}</text>"
        )
    return "".join(parts) + "</svg>"


def map_svg(points: Iterable[tuple[float, float, str, list[tuple[str, str, int]]]]) -> str:
    """Country outlines and a dot per geocoded place, its area by its events; the page resizes
    it to the filtered days and modalities. ``points``: (latitude, longitude, place name,
    [(day, modality, events), ...])."""
    parts = [
        f'<svg class="chart" id="map" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}">',
        f'<rect width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#eaf2f8"/>',
    ]
    parts += [
        f'<path class="country" d="{d}" fill="#f7f7f2" stroke="#999" stroke-width="0.3">'
        f"<title>{_attr(name)}</title></path>"
        for _, name, d in country_outlines()
    ]
    points = list(points)
    busiest = max((sum(c for _, _, c in counts) for *_, counts in points), default=1)
    parts[0] = parts[0].replace(">", f' data-max="{busiest}">', 1)
    for latitude, longitude, name, counts in points:
        x, y = project(latitude, longitude)
        total = sum(count for _, _, count in counts)
        parts.append(
            f'<circle class="place" cx="{x:.1f}" cy="{y:.1f}" r="{dot_radius(total, busiest):.1f}" '
            f'fill="#e15759" fill-opacity="0.6" stroke="#800" stroke-width="0.3" '
            f'data-counts="{_attr(json.dumps(counts))}">'
            f"<title>{_attr(name)}: {total} events</title></circle>"
        )
    return "".join(parts) + "</svg>"


def dot_radius(events: int, busiest: int) -> float:
    """A map dot's radius: its area grows with its events, up to the busiest place's."""
    return MIN_DOT + (MAX_DOT - MIN_DOT) * math.sqrt(events / max(busiest, 1))
