#!/usr/bin/env python3
"""Build seed-data/countries.json and seed-data/regions.json from Unicode CLDR.

Inputs (npm packages, version 48.2.0):
  cldr-core/supplemental/codeMappings.json          alpha-3 and numeric codes
  cldr-core/supplemental/territoryContainment.json  UN M49 region hierarchy
  cldr-localenames-full/main/{ar,zh,en,es,fr,ru}/territories.json  names

Cross-check (optional but on by default): Debian's iso-codes
  /usr/share/iso-codes/json/iso_3166-1.json

Usage:
  python3 seed-data/tools/build_reference.py [NODE_MODULES] [--iso-codes PATH]
                                             [--skip-iso-check] [--out DIR]

Only the Python standard library is used. Output is deterministic: arrays are
sorted, JSON is 2-space indented, UTF-8 (ensure_ascii=False), with a trailing
newline. Any inconsistency in the input data aborts the build with a non-zero
exit status.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

CLDR_VERSION = "48.2.0"
LANGUAGES = ("ar", "zh", "en", "es", "fr", "ru")
EXPECTED_COUNTRY_COUNT = 249
DEFAULT_NODE_MODULES = "/tmp/refdata/node_modules"
DEFAULT_ISO_CODES = "/usr/share/iso-codes/json/iso_3166-1.json"

WORLD = "001"
# UN M49 top-level regions.
M49_REGIONS = {"002", "009", "019", "142", "150"}
# UN M49 sub-regions that are further divided into intermediate regions, with
# the region they belong to and the intermediate regions they contain. CLDR
# lists these intermediate regions directly under the region and expresses the
# sub-region as a "grouping" container; the M49 hierarchy is restored here and
# checked against CLDR below.
M49_SUBREGIONS_WITH_INTERMEDIATE = {
    "202": ("002", {"011", "014", "017", "018"}),  # Sub-Saharan Africa
    "419": ("019", {"005", "013", "029"}),  # Latin America and the Caribbean
}

# ISO 3166-1 user-assigned alpha-2 ranges (never officially assigned).
USER_ASSIGNED = re.compile(r"^(AA|Q[M-Z]|X[A-Z]|ZZ)$")
ALPHA2 = re.compile(r"^[A-Z]{2}$")
NUMERIC3 = re.compile(r"^[0-9]{3}$")


class BuildError(Exception):
    pass


def fail(msg: str) -> None:
    raise BuildError(msg)


def load_json(path: Path):
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        fail(f"missing input file: {path}")
    except json.JSONDecodeError as exc:
        fail(f"invalid JSON in {path}: {exc}")


def check_package_version(node_modules: Path, package: str) -> None:
    meta = load_json(node_modules / package / "package.json")
    version = meta.get("version")
    if version != CLDR_VERSION:
        fail(f"{package} version is {version!r}, expected {CLDR_VERSION!r}")


def load_names(node_modules: Path) -> dict[str, dict[str, str]]:
    names: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        path = node_modules / "cldr-localenames-full" / "main" / lang / "territories.json"
        data = load_json(path)
        try:
            names[lang] = data["main"][lang]["localeDisplayNames"]["territories"]
        except KeyError:
            fail(f"unexpected structure in {path}")
    return names


def names_for(code: str, names: dict[str, dict[str, str]]) -> dict[str, str]:
    """Plain CLDR name (no -alt-short / -alt-variant) in each UN language."""
    out = {}
    for lang in LANGUAGES:
        value = names[lang].get(code)
        if not isinstance(value, str) or not value.strip():
            fail(f"no CLDR territory name for {code!r} in locale {lang!r}")
        out[lang] = value.strip()
    return out


def load_containment(node_modules: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Return (containers, groupings).

    containers: non-deprecated, non-grouping containment (the M49 tree)
    groupings:  grouping containers (EU, EZ, UN, 003, 202, 419, ...)
    Deprecated entries ("-status-deprecated") are ignored.
    """
    path = node_modules / "cldr-core" / "supplemental" / "territoryContainment.json"
    data = load_json(path)["supplemental"]["territoryContainment"]
    containers: dict[str, list[str]] = {}
    groupings: dict[str, list[str]] = {}
    for key, value in data.items():
        contains = value.get("_contains")
        if not isinstance(contains, list):
            fail(f"territoryContainment entry {key!r} has no _contains list")
        if "-status-" in key:
            base, status = key.split("-status-", 1)
            if status == "grouping":
                groupings.setdefault(base, []).extend(contains)
            continue
        if value.get("_grouping") == "true":
            groupings.setdefault(key, []).extend(contains)
        else:
            containers.setdefault(key, []).extend(contains)
    return containers, groupings


def derive_placements(containers, groupings):
    """Map each territory code to (region, subregion, intermediate_region)."""
    world = set(containers.get(WORLD, []))
    if world != M49_REGIONS:
        fail(f"CLDR {WORLD} contains {sorted(world)}, expected {sorted(M49_REGIONS)}")

    # Check the M49 sub-regions with intermediate regions against CLDR.
    for sub, (region, intermediates) in M49_SUBREGIONS_WITH_INTERMEDIATE.items():
        if set(groupings.get(sub, [])) != intermediates:
            fail(f"CLDR grouping {sub} contains {sorted(groupings.get(sub, []))}, "
                 f"expected {sorted(intermediates)}")
        if sub not in groupings.get(region, []):
            fail(f"CLDR does not list {sub} as a grouping of {region}")
        missing = intermediates - set(containers.get(region, []))
        if missing:
            fail(f"CLDR region {region} does not contain {sorted(missing)}")

    intermediate_parent = {
        inter: sub
        for sub, (_, inters) in M49_SUBREGIONS_WITH_INTERMEDIATE.items()
        for inter in inters
    }

    placements: dict[str, tuple[str | None, str | None, str | None]] = {}
    region_rows: dict[str, tuple[str, str | None]] = {}  # m49 -> (level, parent)

    def place(code, triple):
        if code in placements and placements[code] != triple:
            fail(f"{code} is placed twice: {placements[code]} and {triple}")
        placements[code] = triple

    for region in sorted(M49_REGIONS):
        region_rows[region] = ("region", None)
        for child in containers.get(region, []):
            if not NUMERIC3.match(child):
                # e.g. QO (Outlying Oceania): not an M49 area, handled below.
                continue
            if child in intermediate_parent:
                sub, inter = intermediate_parent[child], child
                region_rows[sub] = ("subregion", region)
                region_rows[inter] = ("intermediate_region", sub)
            else:
                sub, inter = child, None
                region_rows[sub] = ("subregion", region)
            members = containers.get(child)
            if not members:
                fail(f"CLDR area {child} (in {region}) has no members")
            for code in members:
                if not ALPHA2.match(code):
                    fail(f"unexpected nested area {code!r} inside {child}")
                place(code, (region, sub, inter))
    return placements, region_rows


def load_iso(path: Path):
    if not path.is_file():
        fail(f"iso-codes file not found: {path} (install the Debian package "
             "'iso-codes', pass --iso-codes PATH, or use --skip-iso-check)")
    data = load_json(path)
    entries = data.get("3166-1")
    if not isinstance(entries, list):
        fail(f"unexpected structure in {path}")
    return {e["alpha_2"]: (e["alpha_3"], e["numeric"]) for e in entries}


def build(node_modules: Path, iso_path: Path | None):
    for package in ("cldr-core", "cldr-localenames-full"):
        check_package_version(node_modules, package)

    code_mappings = load_json(
        node_modules / "cldr-core" / "supplemental" / "codeMappings.json"
    )["supplemental"]["codeMappings"]
    containers, groupings = load_containment(node_modules)
    names = load_names(node_modules)
    placements, region_rows = derive_placements(containers, groupings)

    # Every alpha-2 code that appears as a leaf of the (non-deprecated,
    # non-grouping) CLDR containment tree, has ISO alpha-3 and numeric codes in
    # CLDR, and is not in an ISO user-assigned range is an officially assigned
    # ISO 3166-1 code. Leaves without codes (AC, CP, DG, EA, IC, TA, CQ) are
    # CLDR-only territories; XK is user-assigned.
    leaves = set()
    for members in containers.values():
        leaves.update(m for m in members if ALPHA2.match(m))
    countries = {}
    for code in sorted(leaves):
        if USER_ASSIGNED.match(code):
            continue
        mapping = code_mappings.get(code, {})
        alpha3, numeric = mapping.get("_alpha3"), mapping.get("_numeric")
        if not alpha3 or not numeric:
            continue
        if not re.fullmatch(r"[A-Z]{3}", alpha3) or not NUMERIC3.match(numeric):
            fail(f"malformed codes for {code}: {alpha3!r} {numeric!r}")
        countries[code] = (alpha3, numeric)

    if len(countries) != EXPECTED_COUNTRY_COUNT:
        fail(f"derived {len(countries)} ISO 3166-1 codes from CLDR, "
             f"expected {EXPECTED_COUNTRY_COUNT}")

    if iso_path is not None:
        iso = load_iso(iso_path)
        if len(iso) != EXPECTED_COUNTRY_COUNT:
            fail(f"{iso_path} has {len(iso)} entries, expected {EXPECTED_COUNTRY_COUNT}")
        only_cldr = sorted(set(countries) - set(iso))
        only_iso = sorted(set(iso) - set(countries))
        if only_cldr or only_iso:
            fail(f"CLDR/ISO mismatch: only in CLDR {only_cldr}, only in ISO {only_iso}")
        diffs = [c for c in sorted(iso) if iso[c] != countries[c]]
        if diffs:
            fail("alpha-3/numeric mismatch between CLDR and iso-codes for "
                 + ", ".join(f"{c} {countries[c]} vs {iso[c]}" for c in diffs))

    rows = []
    seen_alpha3, seen_numeric = set(), set()
    for code, (alpha3, numeric) in countries.items():
        if alpha3 in seen_alpha3 or numeric in seen_numeric:
            fail(f"duplicate alpha-3 or numeric code for {code}")
        seen_alpha3.add(alpha3)
        seen_numeric.add(numeric)
        region, sub, inter = placements.get(code, (None, None, None))
        rows.append({
            "iso3": alpha3,
            "iso2": code,
            "m49": numeric,
            "region": region,
            "subregion": sub,
            "intermediate_region": inter,
            "names": names_for(code, names),
        })
    rows.sort(key=lambda r: r["iso3"])

    used = set()
    for r in rows:
        for key in ("region", "subregion", "intermediate_region"):
            if r[key] is not None:
                used.add(r[key])
    regions = []
    for m49 in sorted(used):
        level, parent = region_rows[m49]
        regions.append({
            "m49": m49,
            "level": level,
            "parent": parent,
            "names": names_for(m49, names),
        })
    return rows, regions


def dump(path: Path, data) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("node_modules", nargs="?", default=DEFAULT_NODE_MODULES,
                        help=f"node_modules directory (default {DEFAULT_NODE_MODULES})")
    parser.add_argument("--iso-codes", default=DEFAULT_ISO_CODES,
                        help=f"iso-codes iso_3166-1.json (default {DEFAULT_ISO_CODES})")
    parser.add_argument("--skip-iso-check", action="store_true",
                        help="do not cross-check against iso-codes")
    parser.add_argument("--out", default=str(here.parent),
                        help="output directory (default: seed-data/)")
    args = parser.parse_args(argv)

    iso_path = None if args.skip_iso_check else Path(args.iso_codes)
    try:
        countries, regions = build(Path(args.node_modules), iso_path)
    except BuildError as exc:
        print(f"build_reference: ERROR: {exc}", file=sys.stderr)
        return 1

    out = Path(args.out)
    dump(out / "countries.json", countries)
    dump(out / "regions.json", regions)

    no_region = [c["iso2"] for c in countries if c["region"] is None]
    print(f"countries.json: {len(countries)} countries and territories")
    print(f"regions.json: {len(regions)} regions")
    print(f"without region: {', '.join(no_region) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
