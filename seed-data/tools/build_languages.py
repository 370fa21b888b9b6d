#!/usr/bin/env python3
"""Build seed-data/languages.json from Unicode CLDR.

Inputs (npm packages, version 48.2.0):
  cldr-localenames-full/main/{ar,zh,en,es,fr,ru}/languages.json  names
  cldr-core/supplemental/aliases.json  language aliases (only with --aliases)

The list of codes is ISO_639_1 in src/domain/iso639.rs, the ISO 639-1 codes
the product accepts. The output has exactly one entry per code in that list.

Usage:
  python3 seed-data/tools/build_languages.py [NODE_MODULES] [--aliases]
                                             [--iso639 PATH] [--out DIR]

For each code the plain CLDR name is used, not the -alt-short, -alt-long,
-alt-menu or -alt-variant forms. A code with an English name but no name in
one of the other five locales gets the English name in that locale, with a
warning. A code with no English name aborts the build, unless --aliases is
given: then a code that CLDR lists as a language alias is named after its
replacement (CLDR 48.2 lacks "bh", which it replaces by "bho"), with a warning.

Only the Python standard library is used. Output is deterministic: the array
is sorted by code, JSON is 2-space indented, UTF-8 (ensure_ascii=False), with
a trailing newline. Any inconsistency in the input data aborts the build with
a non-zero exit status.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

CLDR_VERSION = "48.2.0"
LANGUAGES = ("ar", "zh", "en", "es", "fr", "ru")
REFERENCE = "en"
DEFAULT_NODE_MODULES = "/tmp/refdata/node_modules"

ALPHA2 = re.compile(r"^[a-z]{2}$")
# Plain language subtag (2 or 3 letters), as used for keys of languages.json.
LANGUAGE_SUBTAG = re.compile(r"^[a-z]{2,3}$")
ISO_639_1_CONST = re.compile(
    r"pub\s+const\s+ISO_639_1\s*:\s*&\[&str\]\s*=\s*&\[(?P<body>.*?)\];", re.S
)
STRING_LITERAL = re.compile(r'"([^"\\]*)"')


class BuildError(Exception):
    pass


def fail(msg: str) -> None:
    raise BuildError(msg)


def warn(msg: str) -> None:
    print(f"build_languages: WARNING: {msg}", file=sys.stderr)


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


def load_names(node_modules: Path) -> dict[str, dict[str, str]]:
    names: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        path = node_modules / "cldr-localenames-full" / "main" / lang / "languages.json"
        data = load_json(path)
        try:
            names[lang] = data["main"][lang]["localeDisplayNames"]["languages"]
        except KeyError:
            fail(f"unexpected structure in {path}")
    return names


def load_aliases(node_modules: Path) -> dict[str, str]:
    """CLDR language aliases whose replacement is a plain language subtag."""
    path = node_modules / "cldr-core" / "supplemental" / "aliases.json"
    try:
        data = load_json(path)["supplemental"]["metadata"]["alias"]["languageAlias"]
    except KeyError:
        fail(f"unexpected structure in {path}")
    aliases = {}
    for code, value in data.items():
        replacement = value.get("_replacement") if isinstance(value, dict) else None
        if isinstance(replacement, str) and LANGUAGE_SUBTAG.match(replacement):
            aliases[code] = replacement
    return aliases


def name(names: dict[str, dict[str, str]], lang: str, key: str) -> str | None:
    value = names[lang].get(key)
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()


def build(node_modules: Path, iso639: Path, use_aliases: bool):
    check_package_version(node_modules, "cldr-localenames-full")
    codes = load_codes(iso639)
    names = load_names(node_modules)
    aliases = {}
    if use_aliases:
        check_package_version(node_modules, "cldr-core")
        aliases = load_aliases(node_modules)

    # The CLDR key whose names are used for each code: the code itself, or,
    # with --aliases, its CLDR replacement when CLDR has no English name for it.
    keys: dict[str, str] = {}
    aliased: list[str] = []
    no_english: list[str] = []
    for code in codes:
        if name(names, REFERENCE, code) is not None:
            keys[code] = code
        elif code in aliases and name(names, REFERENCE, aliases[code]) is not None:
            keys[code] = aliases[code]
            aliased.append(f"{code} -> {aliases[code]}")
        else:
            no_english.append(code)
    if no_english:
        hint = "" if use_aliases else " (see --aliases)"
        fail(f"no CLDR English name for {', '.join(no_english)}{hint}")
    if aliased:
        warn("no CLDR name for these codes; named after their CLDR alias "
             "replacement: " + ", ".join(aliased))

    rows = []
    fallback: dict[str, list[str]] = {}
    for code in codes:
        key = keys[code]
        out = {}
        for lang in LANGUAGES:
            value = name(names, lang, key)
            if value is None:
                value = name(names, REFERENCE, key)
                fallback.setdefault(lang, []).append(code)
            out[lang] = value
        rows.append({"code": code, "names": out})
    for lang in LANGUAGES:
        if lang in fallback:
            warn(f"no CLDR name in {lang!r}, English name used: "
                 + ", ".join(fallback[lang]))
    rows.sort(key=lambda r: r["code"])
    return rows


def dump(path: Path, data) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    here = Path(__file__).resolve().parent
    default_iso639 = here.parent.parent / "src" / "domain" / "iso639.rs"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("node_modules", nargs="?", default=DEFAULT_NODE_MODULES,
                        help=f"node_modules directory (default {DEFAULT_NODE_MODULES})")
    parser.add_argument("--aliases", action="store_true",
                        help="name codes without a CLDR English name after their "
                             "CLDR language alias replacement")
    parser.add_argument("--iso639", default=str(default_iso639),
                        help="Rust source with the ISO_639_1 list "
                             "(default: src/domain/iso639.rs)")
    parser.add_argument("--out", default=str(here.parent),
                        help="output directory (default: seed-data/)")
    args = parser.parse_args(argv)

    try:
        languages = build(Path(args.node_modules), Path(args.iso639), args.aliases)
    except BuildError as exc:
        print(f"build_languages: ERROR: {exc}", file=sys.stderr)
        return 1

    dump(Path(args.out) / "languages.json", languages)
    print(f"languages.json: {len(languages)} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
