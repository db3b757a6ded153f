"""Build resources/map/land.bin, the offline basemap, from Natural Earth's 1:110m countries (public domain).

Natural Earth's shapefile comes from the geopandas 0.14.4 wheel (it is not a project dependency):

    pip download geopandas==0.14.4 --no-deps -d /tmp/gp
    (cd /tmp/gp && unzip -o geopandas-*.whl 'geopandas/datasets/*')
    pip install pyshp
    python scripts/build_basemap.py /tmp/gp/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Countries are dissolved into land: every edge two countries share is dropped, so no national border — several
are disputed where this programme works — survives into the file. Only coastlines (outer edges of land, and
lakes or seas inside it such as the Caspian) remain. Rings are cut at the map's seam (domain/geo.py) and
simplified a little; the file is the format `services/basemap.py` reads.
"""

from __future__ import annotations

import argparse
import itertools
import math
import struct
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from iurc_desktop.domain.geo import CENTRAL_MERIDIAN, clip_ring_at_seam  # noqa: E402
from iurc_desktop.services.basemap import MAGIC, SCALE  # noqa: E402

Vertex = tuple[int, int]  # degrees x 1e6, so shared vertices of neighbouring countries compare exactly


def read_rings(path: Path) -> list[list[Vertex]]:
    import shapefile  # pyshp: a build-time tool only

    rings: list[list[Vertex]] = []
    with shapefile.Reader(str(path)) as reader:
        for shape in reader.iterShapes():
            parts = [*shape.parts, len(shape.points)]
            for start, end in itertools.pairwise(parts):
                ring = [(round(x * 1e6), round(y * 1e6)) for x, y in shape.points[start:end]]
                if ring and ring[0] == ring[-1]:
                    ring.pop()
                rings.append(ring)
    return rings


def dissolve(rings: list[list[Vertex]]) -> list[list[Vertex]]:
    """Land outlines: the union of all countries by cancelling every edge that two rings run in opposite ways."""
    edges: dict[tuple[Vertex, Vertex], int] = defaultdict(int)
    for ring in rings:
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
            if a != b:
                edges[(a, b)] += 1
    outline: dict[Vertex, list[Vertex]] = defaultdict(list)
    for (a, b), count in edges.items():
        surplus = count - edges.get((b, a), 0)
        for _ in range(max(0, surplus)):
            outline[a].append(b)
    return _chain(outline)


def _chain(outline: dict[Vertex, list[Vertex]]) -> list[list[Vertex]]:
    out: list[list[Vertex]] = []
    while outline:
        start = next(iter(outline))
        ring, point = [start], start
        while True:
            following = outline[point]
            nxt = following.pop()
            if not following:
                del outline[point]
            if nxt == start:
                break
            ring.append(nxt)
            point = nxt
            if point not in outline:
                break  # an open chain (a sliver): closing it is harmless for a fill
        if len(ring) >= 3:
            out.append(ring)
    return out


def simplify(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker on a closed ring (keeps the first point and the one farthest from it)."""
    if len(ring) < 8:
        return ring
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
    first, second = _dp(ring[: far + 1], tolerance), _dp([*ring[far:], ring[0]], tolerance)
    return first[:-1] + second[:-1]


def _dp(line: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        lo, hi = stack.pop()
        (ax, ay), (bx, by) = line[lo], line[hi]
        length = math.hypot(bx - ax, by - ay) or 1e-12
        best, best_index = 0.0, -1
        for i in range(lo + 1, hi):
            px, py = line[i]
            distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if distance > best:
                best, best_index = distance, i
        if best > tolerance and best_index > 0:
            keep[best_index] = True
            stack += [(lo, best_index), (best_index, hi)]
    return [p for p, k in zip(line, keep, strict=True) if k]


def write(rings: list[list[tuple[float, float]]], target: Path) -> None:
    chunks = [MAGIC, struct.pack("<fI", CENTRAL_MERIDIAN, len(rings))]
    for ring in rings:
        values = [v for lon, lat in ring for v in (round(lon * SCALE), round(lat * SCALE))]
        chunks.append(struct.pack(f"<I{len(values)}h", len(ring), *values))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"".join(chunks))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapefile", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "resources" / "map" / "land.bin")
    parser.add_argument("--tolerance", type=float, default=0.03, help="simplification, degrees")
    args = parser.parse_args()
    countries = read_rings(args.shapefile)
    land = dissolve(countries)
    out: list[list[tuple[float, float]]] = []
    for ring in land:
        degrees = simplify([(x / 1e6, y / 1e6) for x, y in ring], args.tolerance)
        out += clip_ring_at_seam(degrees)  # after simplifying, which would drop the points along the seam
    write(out, args.output)
    points = sum(len(r) for r in out)
    print(f"{len(countries)} country rings -> {len(land)} land rings -> {len(out)} rings, {points} points")
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
