#!/usr/bin/env python3
"""Generate the offline basemap shipped with the web app: simplified country outlines as GeoJSON.

Analysts often work offline, so the map page may not load tiles from a server. This script is run
once by a developer (never at run time); its output, ``src/rasid/web/static/basemap.geojson``, is
committed. The source is Natural Earth's 1:110m "admin 0 countries" (public domain), as shipped
inside the ``geopandas`` 0.14 wheel on PyPI (``geopandas/datasets/naturalearth_lowres``). We read
the shapefile and its dBASE table with the standard library (no GIS dependencies), simplify every
ring with Douglas–Peucker and round coordinates, which keeps the asset small (~100 KB).

Usage::

    .venv/bin/pip download geopandas==0.14.4 --no-deps -d /tmp/gp      # once, any machine with PyPI
    .venv/bin/python scripts/gen_basemap.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl

The argument may also be a directory holding ``naturalearth_lowres.shp`` and ``.dbf``.
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "rasid" / "web" / "static" / "basemap.geojson"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"

Point = tuple[float, float]


def read_source(path: Path) -> tuple[bytes, bytes]:
    """The .shp and .dbf bytes from a geopandas wheel or a directory."""
    if path.is_dir():
        return (path / "naturalearth_lowres.shp").read_bytes(), (path / "naturalearth_lowres.dbf").read_bytes()
    with zipfile.ZipFile(path) as zf:
        return zf.read(MEMBER + ".shp"), zf.read(MEMBER + ".dbf")


def read_dbf(data: bytes) -> list[dict[str, str]]:
    """Records of a dBASE III table as strings (enough for names and ISO codes)."""
    n_records, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_records):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        off = 1  # deletion flag
        row = {}
        for name, length in fields:
            row[name] = rec[off:off + length].decode("utf-8", "replace").strip()
            off += length
        rows.append(row)
    return rows


def read_shp(data: bytes) -> list[list[list[Point]]]:
    """Polygon records of a shapefile as lists of rings of (lon, lat)."""
    shapes: list[list[list[Point]]] = []
    stream = io.BytesIO(data)
    stream.seek(100)
    while True:
        header = stream.read(8)
        if len(header) < 8:
            break
        _, length_words = struct.unpack(">ii", header)
        content = stream.read(length_words * 2)
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type != 5:  # null shape or not a polygon
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts]))
        base = 44 + 4 * n_parts
        pts = [struct.unpack("<dd", content[base + 16 * k: base + 16 * k + 16]) for k in range(n_points)]
        rings = []
        for j, start in enumerate(parts):
            end = parts[j + 1] if j + 1 < n_parts else n_points
            rings.append([(float(x), float(y)) for x, y in pts[start:end]])
        shapes.append(rings)
    return shapes


def _perp_dist(p: Point, a: Point, b: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker (iterative, so long coastlines do not hit the recursion limit)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp_dist(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tolerance:
            keep[idx] = True
            stack.extend([(i, idx), (idx, j)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring_area(ring: list[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def build(shp: bytes, dbf: bytes, tolerance: float, digits: int, min_area: float) -> dict:
    features = []
    for rec, rings in zip(read_dbf(dbf), read_shp(shp), strict=True):
        out_rings = []
        for ring in rings:
            if ring_area(ring) < min_area:
                continue
            simple = simplify(ring, tolerance)
            rounded = [[round(x, digits), round(y, digits)] for x, y in simple]
            dedup = [p for k, p in enumerate(rounded) if k == 0 or p != rounded[k - 1]]
            if len(dedup) >= 4:
                out_rings.append(dedup)
        if not out_rings:
            continue
        # shapefile rings are outer (clockwise) or holes; the map draws each as a closed outline,
        # so a MultiPolygon of single-ring polygons is enough and keeps the JS trivial
        features.append({
            "type": "Feature",
            "properties": {"name": rec.get("name", ""), "iso_a3": rec.get("iso_a3", ""),
                           "continent": rec.get("continent", "")},
            "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in out_rings]},
        })
    return {"type": "FeatureCollection",
            "attribution": "Made with Natural Earth (public domain), 1:110m admin 0 countries, simplified",
            "features": features}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="geopandas 0.14 wheel, or a directory with naturalearth_lowres.*")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tolerance", type=float, default=0.12, help="simplification tolerance in degrees")
    ap.add_argument("--digits", type=int, default=2, help="decimal places kept")
    ap.add_argument("--min-area", type=float, default=0.05, help="drop rings smaller than this (deg²)")
    args = ap.parse_args(argv)
    shp, dbf = read_source(args.source)
    gj = build(shp, dbf, args.tolerance, args.digits, args.min_area)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(gj, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(gj['features'])} countries → {args.out} ({args.out.stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
