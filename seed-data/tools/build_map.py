#!/usr/bin/env python3
"""Build seed-data/world-map.json, the country shapes of the freshness map.

Input (npm package world-atlas 2.0.2, a redistribution of Natural Earth
1:110m Admin 0 country boundaries 4.1.0):
  countries-110m.json  TopoJSON; objects.countries holds one Polygon or
                       MultiPolygon per country, with the ISO 3166-1 numeric
                       code as `id` and the English name in properties.name
  package.json         checked to be world-atlas 2.0.2

Usage:
  mkdir -p /tmp/wa && cd /tmp/wa && npm pack world-atlas@2.0.2 \\
      && tar xzf world-atlas-2.0.2.tgz
  python3 seed-data/tools/build_map.py [PACKAGE_DIR] [--out DIR]
                                       [--countries PATH] [--preview SVG]

PACKAGE_DIR is the unpacked package (default /tmp/wa/package). The output is
DIR/world-map.json (DIR defaults to seed-data/):

  {"source": "...", "projection": "Equal Earth", "width": 1000,
   "height": H, "countries": [{"m49": "404", "name": "Kenya", "d": "M..."}]}

The arcs are decoded (delta decoding, then the quantization transform) to
longitude and latitude, and projected with the Equal Earth projection
(Savric, Patterson and Jenny, 2018) onto a canvas 1000 units wide, x from 0
to 1000 and y downward with north up, at the scale of the whole projected
sphere; the height H ends 4 units below the lowest land drawn (Antarctica is
left out). `d` is an SVG path: one
subpath per ring, an absolute `M` then relative `l` moves and `z`. Points are
rounded to integers when the whole file then stays under 60 KB, else to one
decimal; consecutive points that round to the same position are skipped and
rings left with fewer than 3 points are dropped. Rings that cross the
antimeridian (in Russia and Fiji) are cut there into rings closed along the
edge of the map, each part on its own side. As a safeguard, any ring that
still jumps by more than half the width between consecutive points is split
there into open subpaths, so that no line is drawn across the map. Features
without an id, and Antarctica (010), are left out.

Every m49 code of the output is looked up in seed-data/countries.json: codes
that are missing there are listed in a warning, and the countries.json
entries without a shape are counted. Neither stops the build.

Only the Python standard library is used. Output is deterministic: countries
are sorted by m49, JSON is 2-space indented, UTF-8 (ensure_ascii=False), with
a trailing newline. Any inconsistency in the input data aborts the build with
a non-zero exit status.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

PACKAGE = "world-atlas"
PACKAGE_VERSION = "2.0.2"
DEFAULT_PACKAGE_DIR = "/tmp/wa/package"
SOURCE = "Natural Earth 1:110m Admin 0 countries 4.1.0, via world-atlas 2.0.2"
PROJECTION = "Equal Earth"
WIDTH = 1000
# Left out of the map: Antarctica.
EXCLUDED = {"010"}
# Integer coordinates are used when the file then stays under this size.
INTEGER_LIMIT = 60 * 1024
# The file must stay under this size whatever the precision.
SIZE_LIMIT = 150 * 1024

M49 = re.compile(r"^[0-9]{3}$")

# Equal Earth constants.
A1 = 1.340264
A2 = -0.081106
A3 = 0.000893
A4 = 0.003796
M = math.sqrt(3) / 2


class BuildError(Exception):
    pass


def fail(msg: str) -> None:
    raise BuildError(msg)


def warn(msg: str) -> None:
    print(f"build_map: WARNING: {msg}", file=sys.stderr)


def load_json(path: Path):
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        fail(f"missing input file: {path}")
    except json.JSONDecodeError as exc:
        fail(f"invalid JSON in {path}: {exc}")


def check_package(package_dir: Path) -> None:
    meta = load_json(package_dir / "package.json")
    if meta.get("name") != PACKAGE or meta.get("version") != PACKAGE_VERSION:
        fail(f"{package_dir} holds {meta.get('name')!r} {meta.get('version')!r}, "
             f"expected {PACKAGE!r} {PACKAGE_VERSION!r}")


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth projection of degrees; x and y in sphere units, y north."""
    lam = math.radians(lon)
    theta = math.asin(M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (2 * math.sqrt(3) * lam * math.cos(theta)
         / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1)))
    y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    return x, y


def canvas() -> tuple[float, float, float]:
    """Scale, half width and half height of the projected sphere."""
    half_w, _ = equal_earth(180.0, 0.0)
    _, half_h = equal_earth(0.0, 90.0)
    scale = WIDTH / (2 * half_w)
    return scale, half_w, half_h


def decode_arcs(topology) -> list[list[tuple[float, float]]]:
    """Arcs as lists of (longitude, latitude) in degrees."""
    transform = topology.get("transform")
    arcs = topology.get("arcs")
    if not isinstance(arcs, list) or not arcs:
        fail("topology has no arcs")
    if transform is None:
        fail("topology is not quantized (no transform); unexpected for world-atlas")
    try:
        (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
    except (KeyError, TypeError, ValueError):
        fail("malformed transform")
    decoded = []
    for i, arc in enumerate(arcs):
        if not isinstance(arc, list) or len(arc) < 2:
            fail(f"arc {i} has fewer than 2 points")
        qx = qy = 0
        points = []
        for position in arc:
            if (not isinstance(position, list) or len(position) < 2
                    or not all(isinstance(v, int) for v in position[:2])):
                fail(f"arc {i}: malformed position {position!r}")
            qx += position[0]
            qy += position[1]
            lon, lat = qx * kx + dx, qy * ky + dy
            if not (-180.0 - 1e-9 <= lon <= 180.0 + 1e-9
                    and -90.0 - 1e-9 <= lat <= 90.0 + 1e-9):
                fail(f"arc {i}: position out of range ({lon}, {lat})")
            points.append((lon, lat))
        decoded.append(points)
    return decoded


def ring_points(ring, arcs) -> list[tuple[float, float]]:
    """The positions of a ring given as arc indexes (~i is arc i reversed)."""
    if not isinstance(ring, list) or not ring:
        fail(f"malformed ring {ring!r}")
    points: list[tuple[float, float]] = []
    for index in ring:
        if not isinstance(index, int):
            fail(f"malformed arc index {index!r}")
        arc_no = index if index >= 0 else ~index
        if arc_no >= len(arcs):
            fail(f"arc index {index} out of range ({len(arcs)} arcs)")
        arc = arcs[arc_no] if index >= 0 else arcs[arc_no][::-1]
        if points:
            if points[-1] != arc[0]:
                fail(f"arcs of a ring do not join at {points[-1]} / {arc[0]}")
            points.extend(arc[1:])
        else:
            points.extend(arc)
    if points[0] != points[-1]:
        fail(f"ring is not closed: {points[0]} / {points[-1]}")
    return points


def clip_strip(ring, low: float, high: float) -> list[tuple[float, float]]:
    """Sutherland-Hodgman clip of a closed ring to low <= longitude <= high.

    Latitude is interpolated linearly in longitude. The result is closed (its
    last point repeats the first) or empty.
    """
    def clip(points, inside, edge):
        out = []
        for p, q in zip(points, points[1:] + points[:1]):
            if inside(q):
                if not inside(p):
                    out.append(crossing(p, q, edge))
                out.append(q)
            elif inside(p):
                out.append(crossing(p, q, edge))
        return out

    def crossing(p, q, lon):
        t = (lon - p[0]) / (q[0] - p[0])
        return (lon, p[1] + t * (q[1] - p[1]))

    points = ring[:-1]
    points = clip(points, lambda p: p[0] >= low, low)
    points = clip(points, lambda p: p[0] <= high, high) if points else []
    return points + points[:1]


def split_antimeridian(ring, where: str) -> list[list[tuple[float, float]]]:
    """A ring cut at the antimeridian into rings within [-180, 180].

    Longitudes are unwrapped along the ring (each step taken the short way
    round), so a polygon that crosses the antimeridian becomes one ring
    reaching past +-180; its parts beyond are clipped off, shifted by 360
    degrees and closed along the edge of the map. Points at exactly -180 or
    180 thus end up on the side of their neighbours.
    """
    lons = [lon for lon, _ in ring]
    if max(lons) - min(lons) <= 180:
        return [ring]
    unwrapped = [ring[0]]
    for lon, lat in ring[1:]:
        previous = unwrapped[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        unwrapped.append((lon, lat))
    if abs(unwrapped[-1][0] - unwrapped[0][0]) > 1e-9:
        # The ring goes round a pole (only Antarctica, which is left out).
        return [ring]
    low = min(lon for lon, _ in unwrapped)
    high = max(lon for lon, _ in unwrapped)
    pieces = []
    for k in (-1, 0, 1):
        shift = 360 * k
        if high <= -180 + shift or low >= 180 + shift:
            continue
        piece = clip_strip(unwrapped, -180 + shift, 180 + shift)
        if len(piece) >= 4:
            pieces.append([(lon - shift, lat) for lon, lat in piece])
    if not pieces:
        fail(f"{where}: ring vanished when cut at the antimeridian")
    return pieces


def polygons(geometry) -> list:
    kind = geometry.get("type")
    if kind == "Polygon":
        return [geometry.get("arcs")]
    if kind == "MultiPolygon":
        return geometry.get("arcs")
    fail(f"feature {geometry.get('id')!r}: unexpected geometry type {kind!r}")


def fmt(value: int, decimals: int) -> str:
    """A coordinate held in units of 10**-decimals, as text."""
    if decimals == 0:
        return str(value)
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(value), 10 ** decimals)
    text = f"{whole}.{frac:0{decimals}d}".rstrip("0").rstrip(".")
    return sign + text if text != "0" else "0"


def ring_path(points, project, decimals: int) -> str:
    """Subpaths for one ring, or "" if it collapses below 3 points."""
    factor = 10 ** decimals
    grid: list[tuple[int, int]] = []
    for lon, lat in points[:-1]:  # the last point repeats the first
        x, y = project(lon, lat)
        q = (round(x * factor), round(y * factor))
        if not grid or grid[-1] != q:
            grid.append(q)
    while len(grid) > 1 and grid[-1] == grid[0]:
        grid.pop()
    if len(grid) < 3:
        return ""
    # Jumps of more than half the width split the ring. The ring is rotated to
    # start after a jump so that each piece is one run of consecutive points.
    limit = WIDTH * factor / 2
    n = len(grid)
    jumps = [i for i in range(n) if abs(grid[(i + 1) % n][0] - grid[i][0]) > limit]
    if not jumps:
        pieces, closed = [grid], True
    else:
        start = jumps[0] + 1
        grid = grid[start:] + grid[:start]
        pieces, piece = [], [grid[0]]
        for a, b in zip(grid, grid[1:]):
            if abs(b[0] - a[0]) > limit:
                pieces.append(piece)
                piece = []
            piece.append(b)
        pieces.append(piece)
        closed = False
    out = []
    for piece in pieces:
        if len(piece) < 2:
            continue
        x0, y0 = piece[0]
        parts = [f"M{fmt(x0, decimals)} {fmt(y0, decimals)}l"]
        parts.append(" ".join(
            f"{fmt(bx - ax, decimals)} {fmt(by - ay, decimals)}"
            for (ax, ay), (bx, by) in zip(piece, piece[1:])))
        out.append("".join(parts) + ("z" if closed else ""))
    return "".join(out)


def compact_moves(path: str) -> str:
    """Drop spaces before negative numbers ("1 -2 -3 4" -> "1-2-3 4")."""
    return path.replace(" -", "-")


def load_features(package_dir: Path):
    topology = load_json(package_dir / "countries-110m.json")
    if topology.get("type") != "Topology":
        fail("countries-110m.json is not a TopoJSON Topology")
    collection = topology.get("objects", {}).get("countries")
    if not collection or collection.get("type") != "GeometryCollection":
        fail("countries-110m.json has no GeometryCollection objects.countries")
    arcs = decode_arcs(topology)
    features = []
    seen = set()
    no_id = []
    for geometry in collection.get("geometries", []):
        name = (geometry.get("properties") or {}).get("name")
        if not isinstance(name, str) or not name.strip():
            fail(f"feature {geometry.get('id')!r} has no name")
        code = geometry.get("id")
        if code is None:
            no_id.append(name)
            continue
        if not isinstance(code, str) or not M49.match(code):
            fail(f"feature {name!r}: malformed id {code!r}")
        if code in seen:
            fail(f"duplicate id {code}")
        seen.add(code)
        rings = []
        for polygon in polygons(geometry):
            if not isinstance(polygon, list) or not polygon:
                fail(f"feature {code}: malformed polygon")
            for ring in polygon:
                rings.extend(split_antimeridian(ring_points(ring, arcs), code))
        features.append((code, name.strip(), rings))
    if not features:
        fail("no features with an id")
    if no_id:
        warn(f"features without an id left out: {', '.join(sorted(no_id))}")
    return features


def build_countries(features, decimals: int):
    scale, half_w, half_h = canvas()

    def project(lon, lat):
        x, y = equal_earth(lon, lat)
        return (x + half_w) * scale, (half_h - y) * scale

    rows = []
    lowest = 0.0
    for code, name, rings in features:
        if code in EXCLUDED:
            continue
        for ring in rings:
            for lon, lat in ring:
                lowest = max(lowest, project(lon, lat)[1])
        d = "".join(ring_path(ring, project, decimals) for ring in rings)
        if not d:
            fail(f"feature {code} ({name}) has no ring left after rounding")
        rows.append({"m49": code, "name": name, "d": compact_moves(d)})
    rows.sort(key=lambda r: r["m49"])
    # The canvas ends just below the lowest land drawn: the projection's full height leaves room
    # for Antarctica, which is not drawn.
    return rows, min(2 * half_h * scale, math.ceil(lowest) + 4)


def render(rows, height: float) -> str:
    data = {
        "source": SOURCE,
        "projection": PROJECTION,
        "width": WIDTH,
        "height": round(height, 1),
        "countries": rows,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def check_countries(rows, countries_path: Path) -> None:
    countries = load_json(countries_path)
    if not isinstance(countries, list):
        fail(f"{countries_path} is not a JSON array")
    known = {c.get("m49"): c for c in countries if isinstance(c, dict)}
    shaped = {r["m49"] for r in rows}
    unknown = sorted(shaped - set(known))
    if unknown:
        names = {r["m49"]: r["name"] for r in rows}
        warn(f"{len(unknown)} m49 codes not in {countries_path.name}: "
             + ", ".join(f"{c} ({names[c]})" for c in unknown))
    missing = sorted((c for c in known if c not in shaped),
                     key=lambda c: known[c].get("iso3") or "")
    if missing:
        sample = ", ".join(f"{known[c].get('iso3')} {c}" for c in missing[:8])
        more = ", ..." if len(missing) > 8 else ""
        print(f"{len(missing)} of {len(known)} {countries_path.name} entries have "
              f"no shape (e.g. {sample}{more})")


def preview_svg(rows, height: float) -> str:
    lines = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
             f'{round(height, 1)}" width="{WIDTH}" height="{round(height)}">',
             f'<rect width="{WIDTH}" height="{round(height, 1)}" fill="#dfeaf5"/>',
             '<g fill="#999" stroke="#fff" stroke-width="0.5" stroke-linejoin="round">']
    for r in rows:
        lines.append(f'<path d="{r["d"]}"><title>{r["m49"]} {r["name"]}</title></path>')
    lines.append("</g></svg>")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", nargs="?", default=DEFAULT_PACKAGE_DIR,
                        help=f"unpacked world-atlas package (default {DEFAULT_PACKAGE_DIR})")
    parser.add_argument("--out", default=str(here.parent),
                        help="output directory (default: seed-data/)")
    parser.add_argument("--countries", default=str(here.parent / "countries.json"),
                        help="countries.json to check the codes against "
                             "(default: seed-data/countries.json)")
    parser.add_argument("--preview", metavar="SVG",
                        help="also write a preview SVG of the map to this file")
    args = parser.parse_args(argv)

    try:
        package_dir = Path(args.package)
        check_package(package_dir)
        features = load_features(package_dir)
        rows, height = build_countries(features, 0)
        text = render(rows, height)
        if len(text.encode("utf-8")) >= INTEGER_LIMIT:
            rows, height = build_countries(features, 1)
            text = render(rows, height)
        size = len(text.encode("utf-8"))
        if size >= SIZE_LIMIT:
            fail(f"world-map.json would be {size} bytes, over {SIZE_LIMIT}")
        check_countries(rows, Path(args.countries))
    except BuildError as exc:
        print(f"build_map: ERROR: {exc}", file=sys.stderr)
        return 1

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "world-map.json").write_text(text, encoding="utf-8")
    if args.preview:
        Path(args.preview).write_text(preview_svg(rows, height), encoding="utf-8")
    print(f"world-map.json: {len(rows)} countries, {size} bytes, "
          f"canvas {WIDTH} x {round(height, 1)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
