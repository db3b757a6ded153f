"""The offline basemap shipped with the app: land only, from Natural Earth (see resources/map/README.md).

`land.bin` (written by scripts/build_basemap.py): the magic bytes, the central meridian the rings were cut for
(float32), the ring count (uint32), then per ring its point count (uint32) and its points as int16 pairs of
longitude and latitude in hundredths of a degree. There are no national borders in it, by design.
"""

from __future__ import annotations

import functools
import struct
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.domain.geo import CENTRAL_MERIDIAN, LonLat, Point, project_ring
from iurc_desktop.package_files import resources_dir

MAGIC = b"IURCLND1"
SCALE = 100  # int16 units per degree


class BasemapDamaged(Exception):
    """The shipped land file is not what this version of the app expects (an installation problem)."""


def map_resources() -> Path:
    return resources_dir() / "map"


@dataclass(frozen=True)
class Basemap:
    rings: tuple[tuple[LonLat, ...], ...]  # degrees, longitudes already within the map's span

    @functools.cached_property
    def projected(self) -> tuple[tuple[Point, ...], ...]:
        """The land rings in map units (domain/geo.py), computed once per run."""
        return tuple(tuple(project_ring(ring)) for ring in self.rings)

    @property
    def point_count(self) -> int:
        return sum(len(ring) for ring in self.rings)


def read_basemap(path: Path) -> Basemap:
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise BasemapDamaged(f"{path} is not a land file")
    offset = len(MAGIC)
    meridian, count = struct.unpack_from("<fI", data, offset)
    if abs(meridian - CENTRAL_MERIDIAN) > 1e-3:
        raise BasemapDamaged(f"{path} was cut for the meridian {meridian}, the map centres on {CENTRAL_MERIDIAN}")
    offset += 8
    rings = []
    try:
        for _ in range(count):
            (points,) = struct.unpack_from("<I", data, offset)
            offset += 4
            values = struct.unpack_from(f"<{points * 2}h", data, offset)
            offset += points * 4
            rings.append(tuple((values[i] / SCALE, values[i + 1] / SCALE) for i in range(0, len(values), 2)))
    except struct.error as exc:
        raise BasemapDamaged(f"{path} is cut short") from exc
    return Basemap(tuple(rings))


@functools.cache
def shipped_basemap() -> Basemap:
    """The land the app ships, read once."""
    return read_basemap(map_resources() / "land.bin")
