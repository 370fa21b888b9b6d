#!/usr/bin/env python3
"""Consistency check for the reference files in seed-data/.

Usage: python3 seed-data/tools/check_reference.py [SEED_DATA_DIR]

Checks that every file parses, is formatted canonically (2-space indent,
UTF-8, trailing newline), has the expected codes and counts, carries labels in
all six UN languages, and that cross-references resolve: country regions to
regions.json, region parents, and competence legal bases to instruments and
articles in instruments.json, and that the codes of languages.json are
exactly the ISO_639_1 list in src/domain/iso639.rs. Exits non-zero on the
first list of problems. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LANGUAGES = ["ar", "zh", "en", "es", "fr", "ru"]

INSTRUMENTS = {
    "UNTOC": ("convention", 41),
    "TIP_PROTOCOL": ("protocol", 20),
    "SOM_PROTOCOL": ("protocol", 25),
    "FIREARMS_PROTOCOL": ("protocol", 21),
    "UNCAC": ("convention", 71),
    "DRUG_CONVENTION_1988": ("convention", 34),
    "BUDAPEST": ("convention", 48),
    "GA_RES_68_186": ("resolution", 0),
    "SC_RES_2322": ("resolution", 0),
}

# Articles whose presence and title are relied upon elsewhere.
REQUIRED_ARTICLES = {
    ("UNTOC", "16"): "Extradition",
    ("UNTOC", "17"): "Transfer of sentenced persons",
    ("UNTOC", "18"): "Mutual legal assistance",
    ("UNTOC", "21"): "Transfer of criminal proceedings",
    ("UNTOC", "31"): "Prevention",
    ("UNCAC", "6"): "Preventive anti-corruption body or bodies",
    ("UNCAC", "44"): "Extradition",
    ("UNCAC", "45"): "Transfer of sentenced persons",
    ("UNCAC", "46"): "Mutual legal assistance",
    ("UNCAC", "47"): "Transfer of criminal proceedings",
    ("DRUG_CONVENTION_1988", "6"): "Extradition",
    ("DRUG_CONVENTION_1988", "7"): "Mutual legal assistance",
    ("DRUG_CONVENTION_1988", "17"): "Illicit traffic by sea",
    ("SOM_PROTOCOL", "8"): "Measures against the smuggling of migrants by sea",
    ("FIREARMS_PROTOCOL", "13"): "Cooperation",
    ("BUDAPEST", "35"): "24/7 Network",
}

COMPETENCES = [
    ("MLA", [("UNTOC 18(13)", "UNTOC", "18", "13"),
             ("UNCAC 46(13)", "UNCAC", "46", "13"),
             ("1988 Convention 7(8)", "DRUG_CONVENTION_1988", "7", "8")]),
    ("EXTRADITION", [("UNTOC 16", "UNTOC", "16", None),
                     ("UNCAC 44", "UNCAC", "44", None),
                     ("1988 Convention 6", "DRUG_CONVENTION_1988", "6", None)]),
    ("TRANSFER_SENTENCED", [("UNTOC 17", "UNTOC", "17", None),
                            ("UNCAC 45", "UNCAC", "45", None)]),
    ("TRANSFER_PROCEEDINGS", [("UNTOC 21", "UNTOC", "21", None),
                              ("UNCAC 47", "UNCAC", "47", None)]),
    ("DRUGS_SEA", [("1988 Convention 17(7)", "DRUG_CONVENTION_1988", "17", "7")]),
    ("MIGRANTS_SEA", [("Smuggling of Migrants Protocol 8(6)", "SOM_PROTOCOL", "8", "6")]),
    ("FIREARMS", [("Firearms Protocol 13(2)", "FIREARMS_PROTOCOL", "13", "2")]),
    ("PREVENTION_TOC", [("UNTOC 31(6)", "UNTOC", "31", "6")]),
    ("CULTURAL_PROPERTY", [("GA resolution 68/186", "GA_RES_68_186", None, None)]),
    ("CORRUPTION_PREVENTION", [("UNCAC 6(3)", "UNCAC", "6", "3")]),
    ("ASSET_RECOVERY", [("UNCAC chapter V", "UNCAC", None, None)]),
    ("TERRORISM", [("SC resolution 2322 (2016)", "SC_RES_2322", None, None)]),
    ("CYBER_24_7", [("Budapest Convention 35", "BUDAPEST", "35", None)]),
]

CRIME_TYPES = {
    "CORRUPTION", "COUNTERFEITING", "CYBERCRIME", "DRUG_OFFENCES", "MONEY_LAUNDERING",
    "OBSTRUCTION_OF_JUSTICE", "ORGANIZED_CRIME_PARTICIPATION", "PIRACY",
    "SMUGGLING_OF_MIGRANTS", "FIREARMS_TRAFFICKING", "CULTURAL_PROPERTY_TRAFFICKING",
    "WILDLIFE_FOREST_CRIME", "TRAFFICKING_IN_PERSONS", "FALSIFIED_MEDICAL_PRODUCTS",
    "TERRORISM",
}

CROSS_CUTTING = {
    "INTERNATIONAL_COOPERATION", "ELECTRONIC_EVIDENCE", "JURISDICTION",
    "LIABILITY_OF_LEGAL_PERSONS", "CONFISCATION", "WITNESS_PROTECTION",
    "SPECIAL_INVESTIGATIVE_TECHNIQUES", "VICTIM_ASSISTANCE", "ASSET_RECOVERY",
    "PREVENTION",
}

M49_REGIONS = {"002", "009", "019", "142", "150"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ISO639_RS = Path(__file__).resolve().parent.parent.parent / "src" / "domain" / "iso639.rs"
ISO_639_1_CONST = re.compile(
    r"pub\s+const\s+ISO_639_1\s*:\s*&\[&str\]\s*=\s*&\[(?P<body>.*?)\];", re.S
)

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def load(base: Path, name: str):
    path = base / name
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    if raw != json.dumps(data, indent=2, ensure_ascii=False) + "\n":
        problem(f"{name}: not in canonical format (2-space indent, UTF-8, trailing newline)")
    if not isinstance(data, list):
        problem(f"{name}: top level is not an array")
    return data


def check_labels(where: str, labels) -> None:
    if not isinstance(labels, dict) or sorted(labels) != sorted(LANGUAGES):
        problem(f"{where}: labels must have exactly the keys {LANGUAGES}")
        return
    for lang in LANGUAGES:
        value = labels[lang]
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            problem(f"{where}: empty or untrimmed label for {lang!r}")


def check_countries_regions(base: Path) -> tuple[int, int, list[str]]:
    countries = load(base, "countries.json")
    regions = load(base, "regions.json")

    by_m49 = {}
    for r in regions:
        if r["m49"] in by_m49:
            problem(f"regions.json: duplicate {r['m49']}")
        by_m49[r["m49"]] = r
        check_labels(f"regions.json {r['m49']}", r.get("names"))
    if [r["m49"] for r in regions] != sorted(by_m49):
        problem("regions.json: not sorted by m49")
    for r in regions:
        level, parent = r["level"], r["parent"]
        if level == "region":
            if parent is not None or r["m49"] not in M49_REGIONS:
                problem(f"regions.json {r['m49']}: bad region entry")
        elif level == "subregion":
            if by_m49.get(parent, {}).get("level") != "region":
                problem(f"regions.json {r['m49']}: parent {parent} is not a region")
        elif level == "intermediate_region":
            if by_m49.get(parent, {}).get("level") != "subregion":
                problem(f"regions.json {r['m49']}: parent {parent} is not a subregion")
        else:
            problem(f"regions.json {r['m49']}: unknown level {level!r}")

    if len(countries) != 249:
        problem(f"countries.json: {len(countries)} entries, expected 249")
    if [c["iso3"] for c in countries] != sorted(c["iso3"] for c in countries):
        problem("countries.json: not sorted by iso3")
    for key in ("iso2", "iso3", "m49"):
        values = [c[key] for c in countries]
        if len(set(values)) != len(values):
            problem(f"countries.json: duplicate {key}")
    used = set()
    no_region = []
    for c in countries:
        where = f"countries.json {c.get('iso3')}"
        expected_keys = ["iso3", "iso2", "m49", "region", "subregion",
                         "intermediate_region", "names"]
        if list(c) != expected_keys:
            problem(f"{where}: keys {list(c)}")
        if not re.fullmatch(r"[A-Z]{3}", c["iso3"]) or not re.fullmatch(r"[A-Z]{2}", c["iso2"]):
            problem(f"{where}: malformed iso codes")
        if not re.fullmatch(r"\d{3}", c["m49"]):
            problem(f"{where}: malformed m49")
        check_labels(where, c.get("names"))
        region, sub, inter = c["region"], c["subregion"], c["intermediate_region"]
        if region is None:
            no_region.append(c["iso2"])
            if sub is not None or inter is not None:
                problem(f"{where}: subregion without region")
            continue
        used.update(x for x in (region, sub, inter) if x is not None)
        if by_m49.get(region, {}).get("level") != "region":
            problem(f"{where}: region {region} not a region")
        if by_m49.get(sub, {}).get("parent") != region:
            problem(f"{where}: subregion {sub} not in region {region}")
        if inter is not None and by_m49.get(inter, {}).get("parent") != sub:
            problem(f"{where}: intermediate region {inter} not in subregion {sub}")
        if inter is None and sub in {"202", "419"}:
            problem(f"{where}: subregion {sub} requires an intermediate region")
    if used != set(by_m49):
        problem(f"regions.json: entries not used by countries: {sorted(set(by_m49) - used)}; "
                f"missing: {sorted(used - set(by_m49))}")
    return len(countries), len(regions), no_region


def check_instruments(base: Path) -> dict[str, set[str]]:
    instruments = load(base, "instruments.json")
    codes = [i["code"] for i in instruments]
    if sorted(codes) != sorted(INSTRUMENTS) or len(set(codes)) != len(codes):
        problem(f"instruments.json: codes {codes}")
    articles: dict[str, set[str]] = {}
    for inst in instruments:
        code = inst["code"]
        where = f"instruments.json {code}"
        if list(inst) != ["code", "kind", "short_title", "title", "adopted_on", "url", "articles"]:
            problem(f"{where}: keys {list(inst)}")
        kind, total = INSTRUMENTS.get(code, (None, None))
        if inst["kind"] != kind:
            problem(f"{where}: kind {inst['kind']!r}, expected {kind!r}")
        if not DATE.match(inst["adopted_on"] or ""):
            problem(f"{where}: bad adopted_on")
        url = inst["url"]
        if url is not None and not re.match(
                r"^https://(www\.unodc\.org|docs\.un\.org|www\.un\.org|www\.coe\.int|rm\.coe\.int)/", url):
            problem(f"{where}: URL outside unodc.org / un.org / coe.int: {url}")
        numbers = [a["number"] for a in inst["articles"]]
        if len(set(numbers)) != len(numbers):
            problem(f"{where}: duplicate article numbers")
        if numbers != sorted(numbers, key=int):
            problem(f"{where}: articles not in numerical order")
        for a in inst["articles"]:
            if not a["title"] or a["title"] != a["title"].strip():
                problem(f"{where}: empty title for article {a['number']}")
            if not a["number"].isdigit() or (total and not 1 <= int(a["number"]) <= total):
                problem(f"{where}: article number {a['number']} out of range 1..{total}")
        if kind == "resolution" and numbers:
            problem(f"{where}: resolutions have no articles")
        articles[code] = {a["number"]: a["title"] for a in inst["articles"]}
    for (code, number), title in REQUIRED_ARTICLES.items():
        actual = articles.get(code, {}).get(number)
        if actual != title:
            problem(f"instruments.json {code} article {number}: {actual!r}, expected {title!r}")
    return articles


def check_competences(base: Path, articles) -> None:
    competences = load(base, "competences.json")
    if [c["code"] for c in competences] != [code for code, _ in COMPETENCES]:
        problem("competences.json: codes or order differ from the specification")
    expected = dict(COMPETENCES)
    for comp in competences:
        where = f"competences.json {comp['code']}"
        if list(comp) != ["code", "labels", "description", "legal_bases"]:
            problem(f"{where}: keys {list(comp)}")
        check_labels(where, comp.get("labels"))
        if not comp.get("description", "").strip():
            problem(f"{where}: empty description")
        got = [(b["citation"], b["instrument"], b["article"], b["paragraph"])
               for b in comp["legal_bases"]]
        if got != expected.get(comp["code"]):
            problem(f"{where}: legal_bases {got} differ from the specification")
        for _, instrument, article, _ in got:
            if instrument not in articles:
                problem(f"{where}: unknown instrument {instrument}")
            elif article is not None and article not in articles[instrument]:
                problem(f"{where}: {instrument} has no article {article}")


def check_taxonomy(base: Path, name: str, codes: set[str]) -> int:
    items = load(base, name)
    got = [i["code"] for i in items]
    if sorted(got) != sorted(codes) or len(set(got)) != len(got):
        problem(f"{name}: codes {got}")
    for item in items:
        if list(item) != ["code", "labels"]:
            problem(f"{name} {item.get('code')}: keys {list(item)}")
        check_labels(f"{name} {item['code']}", item.get("labels"))
    return len(items)


def iso_639_1() -> list[str]:
    """The ISO_639_1 list from src/domain/iso639.rs."""
    match = ISO_639_1_CONST.search(ISO639_RS.read_text(encoding="utf-8"))
    if match is None:
        problem(f"{ISO639_RS}: no ISO_639_1 list found")
        return []
    return re.findall(r'"([^"\\]*)"', match.group("body"))


def check_languages(base: Path) -> int:
    languages = load(base, "languages.json")
    expected = iso_639_1()
    got = [item["code"] for item in languages]
    if len(set(got)) != len(got):
        problem("languages.json: duplicate codes")
    if got != sorted(got):
        problem("languages.json: not sorted by code")
    if set(got) != set(expected):
        problem(f"languages.json: codes differ from ISO_639_1 in {ISO639_RS.name}: "
                f"missing {sorted(set(expected) - set(got))}, "
                f"unexpected {sorted(set(got) - set(expected))}")
    for item in languages:
        where = f"languages.json {item.get('code')}"
        if list(item) != ["code", "names"]:
            problem(f"{where}: keys {list(item)}")
        if not re.fullmatch(r"[a-z]{2}", item["code"]):
            problem(f"{where}: malformed code")
        check_labels(where, item.get("names"))
        if isinstance(item.get("names"), dict) and list(item["names"]) != LANGUAGES:
            problem(f"{where}: names not in the order {LANGUAGES}")
    return len(languages)


def main(argv) -> int:
    base = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    try:
        n_countries, n_regions, no_region = check_countries_regions(base)
        articles = check_instruments(base)
        check_competences(base, articles)
        n_crime = check_taxonomy(base, "crime-types.json", CRIME_TYPES)
        n_cross = check_taxonomy(base, "cross-cutting-issues.json", CROSS_CUTTING)
        n_languages = check_languages(base)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        problem(f"could not check files: {exc!r}")
    if problems:
        for p in problems:
            print(f"check_reference: {p}", file=sys.stderr)
        return 1
    print(f"countries: {n_countries}, regions: {n_regions}, without region: {', '.join(no_region)}")
    print("articles: " + ", ".join(f"{k} {len(v)}" for k, v in articles.items()))
    print(f"competences: {len(COMPETENCES)}, crime types: {n_crime}, cross-cutting issues: {n_cross}")
    print(f"languages: {n_languages}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
