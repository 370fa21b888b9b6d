#!/usr/bin/env python3
"""Build seed-data/official-languages.json from Unicode CLDR.

Inputs:
  cldr-core/supplemental/territoryInfo.json  (npm package, version 48.2.0)
  seed-data/countries.json                   the States (iso3, iso2)
  src/domain/iso639.rs                       ISO_639_1, the accepted codes

Usage:
  python3 seed-data/tools/build_official_languages.py [NODE_MODULES]
      [--iso639 PATH] [--countries PATH] [--out DIR]

The output is a JSON object keyed by the ISO 3166-1 alpha-3 code of every
entry of countries.json; each value is the list of the State's official
languages as ISO 639-1 codes. CLDR's territoryInfo gives, per territory
(alpha-2 code), the languages spoken there with their _populationPercent and,
for some, an _officialStatus.

Rules:
- A State's official languages are the languages whose _officialStatus is
  "official" or "de_facto_official" ("official_regional" and
  "official_minority" are left out).
- Each language is reduced to its base language subtag ("zh_Hant" -> "zh",
  "sr_Latn" -> "sr") and kept only when that base is a two-letter code in
  ISO_639_1. Duplicates are merged, keeping the highest _populationPercent.
- The codes are ordered by descending _populationPercent, ties by code.
- A State with no such language gets instead its most spoken language in CLDR
  (by _populationPercent, ties by code) whose base subtag is in ISO_639_1,
  with a warning.
- A State with no usable language at all gets an empty list, with a warning.

Only the Python standard library is used. Output is deterministic: keys are
sorted, JSON is 2-space indented, UTF-8 (ensure_ascii=False), with a trailing
newline. Any inconsistency in the input data, or a failed sanity check on the
result (KEN, FRA, CHN, CAN, CHE; every code in ISO_639_1), aborts the build
with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

CLDR_VERSION = "48.2.0"
DEFAULT_NODE_MODULES = "/tmp/refdata/node_modules"
OFFICIAL_STATUSES = ("official", "de_facto_official")
KNOWN_STATUSES = ("official", "de_facto_official", "official_regional",
                  "official_minority")

ALPHA2 = re.compile(r"^[a-z]{2}$")
ISO2 = re.compile(r"^[A-Z]{2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")
# CLDR language key: a language subtag, optionally followed by script/region
# subtags separated by "_" (for example "zh_Hant", "sr_Latn").
LANGUAGE_KEY = re.compile(r"^(?P<base>[a-z]{2,3})(?:_[A-Za-z0-9]+)*$")
ISO_639_1_CONST = re.compile(
    r"pub\s+const\s+ISO_639_1\s*:\s*&\[&str\]\s*=\s*&\[(?P<body>.*?)\];", re.S
)
STRING_LITERAL = re.compile(r'"([^"\\]*)"')

# Sanity checks on the result: ISO3 -> (codes that must be present, exact list
# or None).
EXPECTED = {
    "KEN": ({"en", "sw"}, None),
    "FRA": ({"fr"}, ["fr"]),
    "CHN": ({"zh"}, None),
    "CAN": ({"en", "fr"}, None),
    "CHE": ({"de", "fr", "it"}, None),
}


class BuildError(Exception):
    pass


def fail(msg: str) -> None:
    raise BuildError(msg)


def warn(msg: str) -> None:
    print(f"build_official_languages: WARNING: {msg}", file=sys.stderr)


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


def load_codes(path: Path) -> list[str]:
    """The ISO_639_1 list from src/domain/iso639.rs, checked to be sorted codes."""
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        fail(f"missing input file: {path}")
    match = ISO_639_1_CONST.search(source)
    if match is None:
        fail(f"no `pub const ISO_639_1: &[&str] = &[...];` in {path}")
    body = match.group("body")
    codes = STRING_LITERAL.findall(body)
    # Nothing but string literals, commas and whitespace between the brackets.
    rest = STRING_LITERAL.sub("", body)
    if re.sub(r"[\s,]", "", rest):
        fail(f"unexpected content in ISO_639_1 in {path}: {rest.strip()[:60]!r}")
    if not codes:
        fail(f"ISO_639_1 in {path} is empty")
    bad = [c for c in codes if not ALPHA2.match(c)]
    if bad:
        fail(f"malformed codes in ISO_639_1: {bad}")
    if codes != sorted(set(codes)):
        fail("ISO_639_1 is not sorted or has duplicates")
    return codes


def load_countries(path: Path) -> list[tuple[str, str]]:
    """(iso3, iso2) of every entry of countries.json, sorted by iso3."""
    data = load_json(path)
    if not isinstance(data, list) or not data:
        fail(f"{path} is not a non-empty JSON array")
    pairs = []
    for entry in data:
        iso3 = entry.get("iso3") if isinstance(entry, dict) else None
        iso2 = entry.get("iso2") if isinstance(entry, dict) else None
        if not isinstance(iso3, str) or not ISO3.match(iso3):
            fail(f"bad iso3 in {path}: {entry!r:.80}")
        if not isinstance(iso2, str) or not ISO2.match(iso2):
            fail(f"bad iso2 for {iso3} in {path}: {iso2!r}")
        pairs.append((iso3, iso2))
    if len({p[0] for p in pairs}) != len(pairs):
        fail(f"duplicate iso3 in {path}")
    if len({p[1] for p in pairs}) != len(pairs):
        fail(f"duplicate iso2 in {path}")
    pairs.sort()
    return pairs


def load_territory_info(node_modules: Path) -> dict:
    path = node_modules / "cldr-core" / "supplemental" / "territoryInfo.json"
    try:
        data = load_json(path)["supplemental"]["territoryInfo"]
    except (KeyError, TypeError):
        fail(f"unexpected structure in {path}")
    if not isinstance(data, dict) or not data:
        fail(f"empty territoryInfo in {path}")
    return data


def percent(territory: str, lang: str, value) -> Decimal:
    raw = value.get("_populationPercent")
    if raw is None:
        fail(f"{territory}/{lang}: no _populationPercent")
    try:
        pct = Decimal(str(raw))
    except InvalidOperation:
        fail(f"{territory}/{lang}: bad _populationPercent {raw!r}")
    if not pct.is_finite() or pct < 0:
        fail(f"{territory}/{lang}: bad _populationPercent {raw!r}")
    return pct


def ranked(candidates: dict[str, Decimal]) -> list[str]:
    """Codes by descending population percentage, ties by code."""
    return [code for code, _ in sorted(candidates.items(), key=lambda kv: (-kv[1], kv[0]))]


def languages_of(iso2: str, info: dict, accepted: set[str]):
    """(official codes, most spoken accepted code or None) for a territory."""
    population = info.get("languagePopulation", {})
    if not isinstance(population, dict):
        fail(f"{iso2}: languagePopulation is not an object")
    official: dict[str, Decimal] = {}
    spoken: dict[str, Decimal] = {}
    for lang, value in population.items():
        if not isinstance(value, dict):
            fail(f"{iso2}/{lang}: entry is not an object")
        match = LANGUAGE_KEY.match(lang)
        if match is None:
            fail(f"{iso2}: malformed language key {lang!r}")
        status = value.get("_officialStatus")
        if status is not None and status not in KNOWN_STATUSES:
            fail(f"{iso2}/{lang}: unknown _officialStatus {status!r}")
        pct = percent(iso2, lang, value)
        base = match.group("base")
        if base not in accepted:
            continue
        spoken[base] = max(pct, spoken.get(base, pct))
        if status in OFFICIAL_STATUSES:
            official[base] = max(pct, official.get(base, pct))
    most_spoken = ranked(spoken)[0] if spoken else None
    return ranked(official), most_spoken


def build(node_modules: Path, iso639: Path, countries_path: Path):
    check_package_version(node_modules, "cldr-core")
    codes = load_codes(iso639)
    accepted = set(codes)
    countries = load_countries(countries_path)
    territories = load_territory_info(node_modules)

    result: dict[str, list[str]] = {}
    for iso3, iso2 in countries:
        info = territories.get(iso2)
        if info is None:
            warn(f"{iso3} ({iso2}): not in CLDR territoryInfo; empty list")
            result[iso3] = []
            continue
        if not isinstance(info, dict):
            fail(f"{iso2}: territoryInfo entry is not an object")
        official, most_spoken = languages_of(iso2, info, accepted)
        if official:
            result[iso3] = official
        elif most_spoken is not None:
            warn(f"{iso3} ({iso2}): no official ISO 639-1 language in CLDR; "
                 f"most spoken used: {most_spoken}")
            result[iso3] = [most_spoken]
        else:
            warn(f"{iso3} ({iso2}): no ISO 639-1 language in CLDR; empty list")
            result[iso3] = []

    check(result, countries, accepted)
    return result


def check(result: dict[str, list[str]], countries, accepted: set[str]) -> None:
    if sorted(result) != [iso3 for iso3, _ in countries]:
        fail("output keys differ from the iso3 codes of countries.json")
    for iso3, langs in result.items():
        bad = [c for c in langs if c not in accepted]
        if bad:
            fail(f"{iso3}: codes not in ISO_639_1: {bad}")
        if len(set(langs)) != len(langs):
            fail(f"{iso3}: duplicate codes: {langs}")
    for iso3, (required, exact) in EXPECTED.items():
        langs = result.get(iso3)
        if langs is None:
            fail(f"{iso3} missing from the output")
        missing = sorted(required - set(langs))
        if missing:
            fail(f"{iso3} is {langs}, lacks {missing}")
        if exact is not None and langs != exact:
            fail(f"{iso3} is {langs}, expected {exact}")


def dump(path: Path, data) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    here = Path(__file__).resolve().parent
    default_iso639 = here.parent.parent / "src" / "domain" / "iso639.rs"
    default_countries = here.parent / "countries.json"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("node_modules", nargs="?", default=DEFAULT_NODE_MODULES,
                        help=f"node_modules directory (default {DEFAULT_NODE_MODULES})")
    parser.add_argument("--iso639", default=str(default_iso639),
                        help="Rust source with the ISO_639_1 list "
                             "(default: src/domain/iso639.rs)")
    parser.add_argument("--countries", default=str(default_countries),
                        help="countries file (default: seed-data/countries.json)")
    parser.add_argument("--out", default=str(here.parent),
                        help="output directory (default: seed-data/)")
    args = parser.parse_args(argv)

    try:
        result = build(Path(args.node_modules), Path(args.iso639),
                       Path(args.countries))
    except BuildError as exc:
        print(f"build_official_languages: ERROR: {exc}", file=sys.stderr)
        return 1

    dump(Path(args.out) / "official-languages.json", result)
    counts: dict[int, int] = {}
    for langs in result.values():
        counts[len(langs)] = counts.get(len(langs), 0) + 1
    summary = ", ".join(f"{counts[n]} with {n}" for n in sorted(counts))
    print(f"official-languages.json: {len(result)} States ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
