"""Map geometry without Qt: the projection, great-circle arcs, the seam cut and label placement.

The screen (QGraphicsView), the command line (PNG/SVG/PDF) and briefing packs (ReportLab) all draw from these
functions, so a place sits on the same spot of the same coastline everywhere.

The projection is Robinson with its central meridian at 60°E, half-way between Lisbon and Shanghai, so Europe
and China are both near the middle and neither is cut. Projected coordinates are in "map units": x in
[-WIDTH/2, WIDTH/2], y in [-HEIGHT/2, HEIGHT/2], north up (y grows northward; renderers flip as they need).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CENTRAL_MERIDIAN = 60.0
SEAM = CENTRAL_MERIDIAN - 180.0  # -120°: where the map is cut (the eastern Pacific / western North America)

# Robinson's table (Snyder, Map Projections — A Working Manual, p. 222): every 5° of latitude, the parallel's
# length (X) and its distance from the equator (Y).
_ROBINSON_X = (
    1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
    0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322,
)  # fmt: skip
_ROBINSON_Y = (
    0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
    0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000,
)  # fmt: skip
_X_SCALE = 0.8487
_Y_SCALE = 1.3523
RADIUS = 100.0  # map units per Earth radius: keeps numbers readable in scenes and PDFs
WIDTH = 2 * math.pi * _X_SCALE * RADIUS
HEIGHT = 2 * _Y_SCALE * _ROBINSON_Y[-1] * RADIUS


LonLat = tuple[float, float]
Point = tuple[float, float]


def wrap_longitude(lon: float) -> float:
    """A longitude moved into [SEAM, SEAM + 360], the span the map shows from left to right."""
    if SEAM <= lon <= SEAM + 360.0:
        return lon  # both edges stay where they are: a ring cut at the seam keeps its cut edge on its side
    return (lon - SEAM) % 360.0 + SEAM


def project(lon: float, lat: float) -> Point:
    """Robinson projection of a point (degrees) into map units."""
    lat = max(-90.0, min(90.0, lat))
    position = abs(lat) / 5.0
    index = min(int(position), 17)
    frac = position - index
    x_factor = _ROBINSON_X[index] + (_ROBINSON_X[index + 1] - _ROBINSON_X[index]) * frac
    y_factor = _ROBINSON_Y[index] + (_ROBINSON_Y[index + 1] - _ROBINSON_Y[index]) * frac
    dlon = math.radians(wrap_longitude(lon) - CENTRAL_MERIDIAN)
    x = _X_SCALE * RADIUS * x_factor * dlon
    y = _Y_SCALE * RADIUS * y_factor
    return x, (y if lat >= 0 else -y)


def project_ring(ring: Iterable[LonLat]) -> list[Point]:
    return [project(lon, lat) for lon, lat in ring]


def great_circle(start: LonLat, end: LonLat, steps: int = 48) -> list[LonLat]:
    """Points along the shorter great circle from `start` to `end` (spherical linear interpolation)."""
    a, b = _unit(start), _unit(end)
    dot = max(-1.0, min(1.0, sum(p * q for p, q in zip(a, b, strict=True))))
    angle = math.acos(dot)
    if angle < 1e-9:
        return [start, end]
    sin_angle = math.sin(angle)
    out = []
    for step in range(steps + 1):
        t = step / steps
        wa, wb = math.sin((1 - t) * angle) / sin_angle, math.sin(t * angle) / sin_angle
        x, y, z = (wa * p + wb * q for p, q in zip(a, b, strict=True))
        out.append((math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y)))))
    return out


def _unit(point: LonLat) -> tuple[float, float, float]:
    lon, lat = math.radians(point[0]), math.radians(point[1])
    return math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)


def split_at_seam(points: Sequence[LonLat]) -> list[list[LonLat]]:
    """A line (not a ring) cut where it crosses the map's seam, so no segment runs across the whole map."""
    pieces: list[list[LonLat]] = [[]]
    previous: float | None = None
    for lon, lat in points:
        wrapped = wrap_longitude(lon)
        if previous is not None and abs(wrapped - previous) > 180.0:
            pieces.append([])
        pieces[-1].append((wrapped, lat))
        previous = wrapped
    return [piece for piece in pieces if len(piece) > 1]


def clip_ring_at_seam(ring: Sequence[LonLat]) -> list[list[LonLat]]:
    """A polygon ring (longitudes in [-180, 180]) as the one or two rings that lie on each side of the seam.

    Sutherland–Hodgman against the seam meridian: the western part keeps its longitudes, the part beyond the
    seam is shifted by 360° so it is drawn at the map's eastern edge. Fills stay right; the cut edge lies on the
    map's border, where it is not seen.
    """
    west = _along_seam(_clip(ring, keep_east=True))
    east = [(lon + 360.0, lat) for lon, lat in _along_seam(_clip(ring, keep_east=False))]
    return [part for part in (west, east) if len(part) >= 3]


def _along_seam(ring: list[LonLat], step: float = 2.0) -> list[LonLat]:
    """Points every `step` degrees along edges that run on the seam: a meridian is curved in Robinson."""
    out: list[LonLat] = []
    for index, current in enumerate(ring):
        before = ring[index - 1]
        if before[0] == current[0] == SEAM and abs(current[1] - before[1]) > step:
            count = int(abs(current[1] - before[1]) / step)
            out += [(SEAM, before[1] + (current[1] - before[1]) * k / (count + 1)) for k in range(1, count + 1)]
        out.append(current)
    return out


def outline(step: float = 2.0) -> list[LonLat]:
    """The edge of the whole map (the seam's two sides and the poles), as a ring to fill with sea."""
    east, west = SEAM + 360.0, SEAM
    lats = [-90.0 + step * k for k in range(int(180 / step) + 1)]
    return [(west, lat) for lat in lats] + [(east, lat) for lat in reversed(lats)]


def _clip(ring: Sequence[LonLat], keep_east: bool) -> list[LonLat]:
    def inside(point: LonLat) -> bool:
        return point[0] >= SEAM if keep_east else point[0] <= SEAM

    out: list[LonLat] = []
    for index, current in enumerate(ring):
        before = ring[index - 1]
        if inside(current):
            if not inside(before):
                out.append(_cross(before, current))
            out.append(current)
        elif inside(before):
            out.append(_cross(before, current))
    return out


def _cross(a: LonLat, b: LonLat) -> LonLat:
    t = (SEAM - a[0]) / (b[0] - a[0])
    return SEAM, a[1] + (b[1] - a[1]) * t


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        return not (
            other.left >= self.right or other.right <= self.left or other.top >= self.bottom or other.bottom <= self.top
        )


def place_labels(candidates: Sequence[tuple[Box, ...]], obstacles: Sequence[Box] = ()) -> list[int | None]:
    """Which position (index into each candidate's boxes), if any, each label takes so no two labels overlap.

    `candidates` come in priority order (the first is placed first); each offers its boxes in the order it
    prefers them (right of the marker, then left, above, below). Screen units, y down. Greedy, with a uniform
    grid so a thousand labels place in a few milliseconds.
    """
    cell = 64.0
    grid: dict[tuple[int, int], list[Box]] = {}
    for box in obstacles:
        _add(grid, box, cell)
    chosen: list[int | None] = []
    for boxes in candidates:
        pick = None
        for index, box in enumerate(boxes):
            if not any(box.overlaps(other) for other in _near(grid, box, cell)):
                pick = index
                _add(grid, box, cell)
                break
        chosen.append(pick)
    return chosen


def _cells(box: Box, cell: float) -> Iterable[tuple[int, int]]:
    for gx in range(math.floor(box.left / cell), math.floor(box.right / cell) + 1):
        for gy in range(math.floor(box.top / cell), math.floor(box.bottom / cell) + 1):
            yield gx, gy


def _add(grid: dict[tuple[int, int], list[Box]], box: Box, cell: float) -> None:
    for key in _cells(box, cell):
        grid.setdefault(key, []).append(box)


def _near(grid: dict[tuple[int, int], list[Box]], box: Box, cell: float) -> Iterable[Box]:
    for key in _cells(box, cell):
        yield from grid.get(key, ())


def label_boxes(x: float, y: float, width: float, height: float, gap: float) -> tuple[Box, ...]:
    """The four places a label may take around a marker at (x, y), screen units: right, left, above, below."""
    half = height / 2
    return (
        Box(x + gap, y - half, x + gap + width, y + half),
        Box(x - gap - width, y - half, x - gap, y + half),
        Box(x - width / 2, y - gap - height, x + width / 2, y - gap),
        Box(x - width / 2, y + gap, x + width / 2, y + gap + height),
    )
