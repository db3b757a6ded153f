"""Benchmark: the map's first draw and its zoom/pan frames, against drawing the bare basemap in the same run.

    QT_QPA_PLATFORM=offscreen python bench/map.py [--frames 120] [--places 1000] [--arcs 500]

Prints (a) the first draw of the world with every place of the shipped catalogue: model, scene and the first
painted frame of a 1280×800 view (after the idle preload the app does; also without it, and drawn again);
(b) the p50/p95 of a zoom or pan frame with --places synthetic places and --arcs synthetic pairings, and the
same for the bare basemap, with their ratio; (c) the size of the map resource. Targets: first draw <= 100 ms,
frame p95 <= 16 ms, resource <= 1 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from iurc_desktop.domain.geo import great_circle, split_at_seam  # noqa: E402
from iurc_desktop.domain.lang import Lang  # noqa: E402
from iurc_desktop.services import basemap  # noqa: E402
from iurc_desktop.services.map_model import MapArc, MapMarker, MapModel, region_of  # noqa: E402
from iurc_desktop.ui.map_scene import MapScene, land_path  # noqa: E402
from iurc_desktop.ui.map_view import MapCanvas, MapView  # noqa: E402


def first_draw(app: QApplication, data_dir: Path) -> tuple[float, float, float, int]:
    """Seconds to the world map's first painted frame: asked after the window went idle once (as in the app: the
    map preloads after start-up and the delegate opens Map later), attached and asked at once (basemap read and
    places decoded inside the timing), and drawn again (a language switch, a filter)."""
    from iurc_desktop.services.context import AppContext

    ctx = AppContext.open(data_dir)
    times = []
    for preload in (True, False):
        basemap.shipped_basemap.cache_clear()
        view = MapView()
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        start = time.perf_counter()
        view.attach(ctx.catalogue)
        if preload:
            app.processEvents()  # idle: the map preloads
            start = time.perf_counter()
        view.show_world()
        view.canvas.viewport().repaint()
        times.append(time.perf_counter() - start)
        app.processEvents()
    start = time.perf_counter()
    view.show_world()
    view.canvas.viewport().repaint()
    times.append(time.perf_counter() - start)
    markers = len(view.canvas.map_scene.markers) if view.canvas.map_scene else 0
    view.close()
    ctx.close()
    return times[0], times[1], times[2], markers


def synthetic(places: int, arcs: int, seed: int = 7) -> MapModel:
    rng = random.Random(seed)
    markers = []
    for n in range(places):
        in_china = n % 2 == 1
        lon = rng.uniform(100, 122) if in_china else rng.uniform(-9, 30)
        lat = rng.uniform(22, 42) if in_china else rng.uniform(36, 60)
        country = "CN" if in_china else "IT"
        markers.append(MapMarker(f"p{n}", f"Place number {n}", lon, lat, country, region_of(country)))
    arc_list = []
    for n in range(arcs):
        a, b = markers[(2 * n) % places], markers[(2 * n + 1) % places]
        lines = tuple(tuple(piece) for piece in split_at_seam(great_circle(a.lonlat, b.lonlat)))
        arc_list.append(MapArc(f"a{n}", f"Pairing {n}", a.id, b.id, lines))
    return MapModel(Lang.EN, tuple(markers), tuple(arc_list))


def frame_times(app: QApplication, model: MapModel, frames: int) -> list[float]:
    """Each frame: one zoom step (alternately in and out, around Europe–China) or one pan, then a paint."""
    canvas = MapCanvas()
    canvas.resize(1280, 800)
    canvas.show()
    scene = MapScene(model, land_path())
    canvas.set_scene_model(scene, scene.sceneRect())
    app.processEvents()
    canvas.set_zoom(canvas.scale_factor() * 3)
    times = []
    for n in range(frames):
        start = time.perf_counter()
        if n % 3 == 0:
            canvas.set_zoom(canvas.scale_factor() * (1.1 if (n // 3) % 2 == 0 else 1 / 1.1))
        else:
            canvas.translate_view(15 if (n // 10) % 2 == 0 else -15, 6)
        canvas.viewport().repaint()
        times.append(time.perf_counter() - start)
    canvas.close()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--places", type=int, default=1000)
    parser.add_argument("--arcs", type=int, default=500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        from iurc_desktop.services.context import AppContext

        AppContext.open(Path(tmp) / "data").close()  # install the shipped catalogue outside the timing
        first, cold, again, count = first_draw(app, Path(tmp) / "data")
    print(f"first draw of the world, {count} places: {first * 1000:.1f} ms (target <= 100 ms)")
    print(f"  attached and drawn at once {cold * 1000:.1f} ms; drawn again {again * 1000:.1f} ms")
    frame_times(app, synthetic(10, 0), 10)  # warm up fonts and caches
    bare = frame_times(app, MapModel(Lang.EN, ()), args.frames)
    full = frame_times(app, synthetic(args.places, args.arcs), args.frames)
    print(f"bare basemap frame: p50 {statistics.median(bare) * 1000:.2f} ms, p95 {p95(bare) * 1000:.2f} ms (floor)")
    print(
        f"{args.places} places + {args.arcs} arcs frame: p50 {statistics.median(full) * 1000:.2f} ms, "
        f"p95 {p95(full) * 1000:.2f} ms (target <= 16 ms); ratio p95 {p95(full) / p95(bare):.2f}x the floor"
    )
    size = (basemap.map_resources() / "land.bin").stat().st_size
    print(f"map resource: {size / 1024:.1f} KB (target <= 1024 KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
