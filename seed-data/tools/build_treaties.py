#!/usr/bin/env python3
"""Build seed-data/treaties.json: demo treaty participation of the States of the
demo directory in the seven instruments that carry designations of competent
authorities (UNTOC and its three Protocols, UNCAC, the 1988 Convention and the
Budapest Convention).

Everything in the output is demo data. The instruments are real, but no record
states the actual position of a State: signature, consent and entry-into-force
dates, the kind of consent, every declaration and every notification reference
are fictional. References start with "DEMO/" and say that they are not
depositary notifications; every declaration text starts with "Demo declaration: ".
The shape of the data follows the rules of the instruments: signatures fall in
the period during which the instrument was open for signature, accession comes
after that period closed, entry into force for a State follows the clause of
the instrument (UNTOC, Protocols, UNCAC: thirtieth day after deposit; 1988
Convention: ninetieth day after deposit, article 29(2); Budapest: first day of
the month after three months, article 36(4)), never before the instrument
itself entered into force, and a Protocol is joined only by a Party to UNTOC.
Central authorities and contact points link to active authorities of the same
State in directory.json.

One record per (State, instrument) for every State that has an authority in
directory.json; a State taking no action is recorded with status "none".

The build is deterministic: identifiers are uuid5 values derived from the fixed
namespace of build_directory.py and the key "treaty:ISO3:INSTRUMENT", and every
varied choice is drawn from a random.Random seeded from a SHA-256 digest of a
stable string. Nothing depends on PYTHONHASHSEED. The output is checked before
it is written; the script exits non-zero if a check fails.

Usage:  python3 seed-data/tools/build_treaties.py   (Python 3.11, stdlib only)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
import uuid
from collections import Counter, defaultdict
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent
DIRECTORY = SEED_DIR / "directory.json"
INSTRUMENTS_FILE = SEED_DIR / "instruments.json"
COUNTRIES_FILE = SEED_DIR / "countries.json"
LANGUAGES_FILE = SEED_DIR / "languages.json"
OUTPUT = SEED_DIR / "treaties.json"
NAMESPACE = uuid.UUID("3c6f0e52-8d1b-5a7e-9f24-6b0d5c1e7a93")  # same namespace as build_directory.py

CHECKED_ON = dt.date(2026, 10, 1)
# Latest consent (deposit) date drawn; every entry into force then falls before CHECKED_ON.
LAST_CONSENT = dt.date(2025, 6, 30)

# --------------------------------------------------------------------------
# Instruments
# --------------------------------------------------------------------------

INSTRUMENTS = ["UNTOC", "TIP_PROTOCOL", "SOM_PROTOCOL", "FIREARMS_PROTOCOL", "UNCAC", "DRUG_CONVENTION_1988", "BUDAPEST"]
PROTOCOLS = ["TIP_PROTOCOL", "SOM_PROTOCOL", "FIREARMS_PROTOCOL"]
UN_CORE = ["UNTOC", "UNCAC", "DRUG_CONVENTION_1988"]

D = dt.date.fromisoformat

# Entry into force of the instrument itself.
ENTRY_INTO_FORCE = {
    "UNTOC": D("2003-09-29"),
    "TIP_PROTOCOL": D("2003-12-25"),
    "SOM_PROTOCOL": D("2004-01-28"),
    "FIREARMS_PROTOCOL": D("2005-07-03"),
    "UNCAC": D("2005-12-14"),
    "DRUG_CONVENTION_1988": D("1990-11-11"),
    "BUDAPEST": D("2004-07-01"),
}

# Period during which the instrument was open for signature (Budapest: still open).
SIGNATURE_WINDOW = {
    "UNTOC": (D("2000-12-12"), D("2002-12-12")),
    "TIP_PROTOCOL": (D("2000-12-12"), D("2002-12-12")),
    "SOM_PROTOCOL": (D("2000-12-12"), D("2002-12-12")),
    "FIREARMS_PROTOCOL": (D("2001-05-31"), D("2002-12-12")),
    "UNCAC": (D("2003-12-09"), D("2005-12-09")),
    "DRUG_CONVENTION_1988": (D("1988-12-20"), D("1989-12-20")),
    "BUDAPEST": (D("2001-11-23"), None),
}

# Signing conferences: Palermo, Mérida, Vienna, Budapest.
CONFERENCE_DAYS = {
    "UNTOC": [D("2000-12-12"), D("2000-12-13"), D("2000-12-14"), D("2000-12-15")],
    "UNCAC": [D("2003-12-09"), D("2003-12-10"), D("2003-12-11")],
    "DRUG_CONVENTION_1988": [D("1988-12-20")],
    "BUDAPEST": [D("2001-11-23")],
}

# Days between deposit of the instrument of consent and entry into force for the State.
UN_DELAY_DAYS = {"UNTOC": 30, "TIP_PROTOCOL": 30, "SOM_PROTOCOL": 30, "FIREARMS_PROTOCOL": 30, "UNCAC": 30,
                 "DRUG_CONVENTION_1988": 90}

# Depositary references: United Nations Treaty Collection chapter and number.
UN_CHAPTER = {
    "UNTOC": "XVIII.12",
    "TIP_PROTOCOL": "XVIII.12.a",
    "SOM_PROTOCOL": "XVIII.12.b",
    "FIREARMS_PROTOCOL": "XVIII.12.c",
    "UNCAC": "XVIII.14",
    "DRUG_CONVENTION_1988": "VI.19",
}

# Articles named in the declaration texts.
MLA_ARTICLE = {
    "UNTOC": ("article 18, paragraph 13", "article 18, paragraph 14"),
    "UNCAC": ("article 46, paragraph 13", "article 46, paragraph 14"),
    "DRUG_CONVENTION_1988": ("article 7, paragraph 8", "article 7, paragraph 9"),
}
EXTRADITION_ARTICLE = {"UNTOC": "article 16, paragraph 5", "UNCAC": "article 44, paragraph 6"}

# Which declaration members an instrument may carry.
DECLARATION_KEYS = ["extradition_basis", "central_authority", "languages", "extradition_authority", "contact_point"]
ALLOWED_DECLARATIONS = {
    "UNTOC": {"extradition_basis", "central_authority", "languages"},
    "UNCAC": {"extradition_basis", "central_authority", "languages"},
    "DRUG_CONVENTION_1988": {"central_authority", "languages"},
    "BUDAPEST": {"extradition_authority", "contact_point"},
    "TIP_PROTOCOL": set(),
    "SOM_PROTOCOL": set(),
    "FIREARMS_PROTOCOL": set(),
}

RECORD_KEYS = ["id", "country", "instrument", "status", "signed_on", "consent_kind", "consent_on", "in_force_on",
               "declarations", "source", "checked_on"]
STATUSES = {"party", "signatory", "none"}
CONSENT_KINDS = {"ratification", "accession", "acceptance", "approval", "succession"}

# --------------------------------------------------------------------------
# Choices of the demo data set
# --------------------------------------------------------------------------

# Must be Parties to UNTOC, UNCAC and the 1988 Convention (FRA also to Budapest; KEN never to Budapest).
ANCHORS = ("KEN", "FRA")
# The State party to no instrument is never one of these.
NOT_PARTY_TO_NOTHING = {"KEN", "FRA", "USA", "DEU", "GBR", "BRA", "CHN", "RUS", "MEX", "ZAF", "NGA", "IND", "JPN",
                        "EGY", "ARG"}
# Small States from which the States outside UNTOC or UNCAC are drawn.
SMALL_STATES = ["FJI", "KIR", "PLW", "SLB", "TON", "VUT", "WSM", "MUS", "BWA"]
# States outside UNTOC or UNCAC besides the State party to nothing.
EXTRA_CORE_NONE = 3
# Signatories (not Parties) of UNTOC and of UNCAC.
UNTOC_SIGNATORIES = 1
UNCAC_SIGNATORIES = 2
# States that did not exist as such when the 1988 Convention was open for signature.
NOT_SIGNING_1988 = {"KAZ", "UZB", "PLW"}
# Budapest Convention: States that took part in its elaboration (sign, then ratify) and
# States invited to accede; every other State outside Europe takes no action.
BUDAPEST_ELABORATION = {"USA": "party", "CAN": "party", "JPN": "party", "ZAF": "signatory"}
BUDAPEST_INVITED = ["ARG", "AUS", "BRA", "CHL", "COL", "CRI", "DOM", "CPV", "GHA", "MAR", "MUS", "NGA", "PAN", "PER",
                    "PHL", "PRY", "SEN", "TON"]
# European States (M49 region 150) are Parties, except these.
BUDAPEST_EUROPE_EXCEPTIONS = {"RUS": "none"}
CYBER_CONTACT_FALLBACK = "National police cybercrime unit (24/7)"

# Articles for State names in running text.
THE_STATES = {"ARE", "GBR", "USA", "NLD", "PHL", "CAF", "COD", "DOM", "GMB", "BHS", "CZE", "MDV", "MHL", "NER", "SYC"}

# Conditions attached to acceptance of the Convention as a legal basis for extradition,
# keyed by the untoc_legal_basis_note of the State's central extradition designation.
CONDITION_CLAUSES = {
    "Accepted in the absence of a bilateral treaty, provided that the requesting State gives an assurance of reciprocity.":
        "in the absence of a bilateral treaty and subject to an assurance of reciprocity",
    "Accepted for requests from States with which no bilateral treaty is in force; otherwise the treaty applies.":
        "for requests from States with which it has no bilateral extradition treaty in force",
    "Accepted subject to dual criminality and to the grounds for refusal laid down in national law.":
        "subject to dual criminality and to the grounds for refusal laid down in its national law",
    "Accepted only for offences punishable under national law by deprivation of liberty of at least one year.":
        "for offences punishable under its national law by deprivation of liberty for at least one year",
    "Only where reciprocity is assured.": "on condition of reciprocity",
}
DEFAULT_CONDITION = "subject to the conditions laid down in its national law"

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


class CheckFailed(Exception):
    pass


def check(condition, message):
    """An assertion that also holds under python -O."""
    if not condition:
        raise CheckFailed(message)


def rng_for(*parts: str) -> random.Random:
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def digest_int(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A working day: a draw on a Saturday or Sunday moves to the Monday after (every
    upper bound used here is a working day or open-ended, so no window is left)."""
    if end < start:
        raise ValueError(f"empty date range {start}..{end}")
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def later_date(rng: random.Random, start: dt.date, spans=(400, 1500, 4000)) -> dt.date:
    """A date on or after start, mostly within a few years, never after LAST_CONSENT."""
    end = min(start + dt.timedelta(days=rng.choice(spans)), LAST_CONSENT)
    return random_date(rng, start, max(start, end))


def iso(day):
    return day.isoformat() if day else None


def parse(value):
    return dt.date.fromisoformat(value) if value else None


def in_force_for(code: str, consent: dt.date) -> dt.date:
    if code == "BUDAPEST":
        # First day of the month following three months after deposit (article 36(4)).
        month = consent.month + 4
        day = dt.date(consent.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    else:
        day = consent + dt.timedelta(days=UN_DELAY_DAYS[code])
    return max(day, ENTRY_INTO_FORCE[code])


def signed_in_window(code: str, day: dt.date) -> bool:
    start, end = SIGNATURE_WINDOW[code]
    return day >= start and (end is None or day <= end)


# --------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------


def load():
    authorities = json.loads(DIRECTORY.read_text(encoding="utf-8"))["authorities"]
    instruments = {i["code"]: i for i in json.loads(INSTRUMENTS_FILE.read_text(encoding="utf-8"))}
    countries = {c["iso3"]: c for c in json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))}
    languages = {l["code"]: l["names"]["en"] for l in json.loads(LANGUAGES_FILE.read_text(encoding="utf-8"))}
    for code in INSTRUMENTS:
        check(code in instruments, f"instrument {code} missing from instruments.json")
    return authorities, instruments, countries, languages


def english_name(authority) -> str:
    names = authority["names"]
    return names.get("en") or next(iter(names.values()))


def find_designated(by_state, iso3, competence, central=True):
    """First active authority of the State (directory order) holding the competence."""
    for a in by_state[iso3]:
        if a["status"] != "active":
            continue
        for d in a["designations"]:
            if d["competence"] == competence and (d["is_central"] or not central):
                return a, d
    return None, None


def state_label(iso3, countries) -> str:
    name = countries[iso3]["names"]["en"]
    return f"the {name}" if iso3 in THE_STATES else name


def the(name: str) -> str:
    """An authority name in running text: every name of the directory takes the article."""
    return name if name.lower().startswith("the ") else f"the {name}"


def join_or(codes, languages):
    names = [languages.get(c, c) for c in codes]
    if len(names) == 1:
        return names[0] + " only"
    return ", ".join(names[:-1]) + " or " + names[-1]


# --------------------------------------------------------------------------
# Plan: which State has which status
# --------------------------------------------------------------------------


def ranked(candidates, salt):
    return sorted(candidates, key=lambda s: (digest_int(f"treaty:{salt}:{s}"), s))


def plan_statuses(states, countries):
    """status[(iso3, code)] for the choices that are not left to the per-State draw."""
    small = [s for s in SMALL_STATES if s in states and s not in NOT_PARTY_TO_NOTHING]
    # The State party to nothing: a small State that has no 24/7 cybercrime designation
    # and is not invited to accede to Budapest.
    pool = [s for s in small if s not in BUDAPEST_INVITED]
    check(pool, "no candidate for the State party to no instrument")
    nothing = ranked(pool, "party-to-nothing")[0]
    forced = {(nothing, code): "none" for code in INSTRUMENTS}

    core_none = {}
    for i, s in enumerate(ranked([s for s in small if s != nothing], "core-none")[:EXTRA_CORE_NONE]):
        code = ("UNTOC", "UNCAC")[i % 2]
        core_none[s] = code
        forced[(s, code)] = "none"

    excluded = set(ANCHORS) | {nothing} | set(core_none)
    pool = [s for s in sorted(states) if s not in excluded]
    untoc_sig = ranked(pool, "untoc-signatory")[:UNTOC_SIGNATORIES]
    uncac_sig = [s for s in ranked(pool, "uncac-signatory") if s not in untoc_sig][:UNCAC_SIGNATORIES]
    for s in untoc_sig:
        forced[(s, "UNTOC")] = "signatory"
    for s in uncac_sig:
        forced[(s, "UNCAC")] = "signatory"
    for s in ANCHORS:
        for code in UN_CORE:
            forced[(s, code)] = "party"
    return forced, nothing


def budapest_status(iso3, countries, rng):
    if iso3 in BUDAPEST_EUROPE_EXCEPTIONS:
        return BUDAPEST_EUROPE_EXCEPTIONS[iso3], False
    if countries[iso3]["region"] == "150":
        return "party", True
    if iso3 in BUDAPEST_ELABORATION:
        return BUDAPEST_ELABORATION[iso3], True
    if iso3 in BUDAPEST_INVITED:
        return ("party" if rng.random() < 0.78 else "signatory"), False
    return "none", False


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def pick_kind(rng):
    return rng.choices(["ratification", "acceptance", "approval"], weights=[84, 6, 10])[0]


def signature(rng, code, conference_share=0.5, earliest=None):
    start, end = SIGNATURE_WINDOW[code]
    if earliest and earliest > start:
        start = earliest
    if end is None:
        end = dt.date(2005, 12, 31)
    days = [d for d in CONFERENCE_DAYS.get(code, []) if start <= d <= end]
    if days and rng.random() < conference_share:
        return rng.choice(days)
    return random_date(rng, start, end)


def accession_date(rng, code, earliest=None):
    start = SIGNATURE_WINDOW[code][1] + dt.timedelta(days=1)
    if code == "DRUG_CONVENTION_1988":
        start = max(start, dt.date(1990, 1, 1))
    if earliest and earliest > start:
        start = earliest
    return later_date(rng, start, spans=(700, 2500, 6000))


def core_record(rng, code, status, signs):
    """signed_on, consent_kind, consent_on for UNTOC, UNCAC and the 1988 Convention."""
    if status == "none":
        return None, None, None
    signed = signature(rng, code) if (signs or status == "signatory") else None
    if status == "signatory":
        return signed, None, None
    if signed:
        consent = later_date(rng, signed + dt.timedelta(days=120), spans=(500, 1500, 3500))
        return signed, pick_kind(rng), consent
    return None, "accession", accession_date(rng, code)


def protocol_record(rng, code, untoc, share_party):
    """The Protocols follow UNTOC: only a Party to the Convention becomes a Party to a Protocol."""
    u_status, u_signed, u_kind, u_consent = untoc
    if u_status == "none":
        return "none", None, None, None
    draw = rng.random()
    if u_status == "party" and draw < share_party:
        status = "party"
    elif draw < share_party + 0.08 and u_signed:
        status = "signatory"
    else:
        return "none", None, None, None
    signed = None
    if u_signed and (status == "signatory" or rng.random() < 0.85):
        if code != "FIREARMS_PROTOCOL" and rng.random() < 0.7:
            signed = u_signed
        else:
            signed = signature(rng, code, conference_share=0.0, earliest=u_signed)
    if status == "signatory":
        return status, signed, None, None
    if signed:
        kind = u_kind if u_kind in ("ratification", "acceptance", "approval") else "ratification"
        lo = max(u_consent, signed)
        consent = lo if rng.random() < 0.6 else later_date(rng, lo)
        return status, signed, kind, consent
    lo = max(u_consent, SIGNATURE_WINDOW[code][1] + dt.timedelta(days=1))
    consent = lo if (lo == u_consent and rng.random() < 0.6) else accession_date(rng, code, earliest=lo)
    return status, None, "accession", consent


def budapest_record(rng, iso3, countries):
    status, member = budapest_status(iso3, countries, rng)
    if status == "none":
        return status, None, None, None
    if member or status == "signatory":
        signed = D("2001-11-23") if (member and rng.random() < 0.7) else random_date(
            rng, D("2001-11-24") if member else D("2005-01-01"), D("2006-12-31") if member else D("2023-12-31"))
    else:
        signed = None
    if status == "signatory":
        return status, signed, None, None
    if signed:
        consent = later_date(rng, max(signed + dt.timedelta(days=365), D("2003-06-01")), spans=(1500, 3500, 6000))
        return status, signed, "ratification", consent
    return status, None, "accession", later_date(rng, D("2006-01-01"), spans=(4000, 6000))


class Builder:
    def __init__(self, authorities, instruments, countries, languages):
        self.instruments = instruments
        self.countries = countries
        self.languages = languages
        self.by_state = defaultdict(list)
        for a in authorities:
            self.by_state[a["country"]].append(a)
        self.states = sorted(self.by_state)
        for s in self.states:
            check(s in countries, f"{s}: not in countries.json")
        self.forced, self.nothing = plan_statuses(self.states, countries)
        self.cn_numbers = defaultdict(set)

    # ---- declarations

    def authority_decl(self, authority, text_for):
        if authority is None:
            return None
        name = english_name(authority)
        return {"authority_id": authority["id"], "name": name, "text": text_for(the(name))}

    def declarations(self, rng, iso3, code, status):
        decl = {k: None for k in DECLARATION_KEYS}
        if status != "party" or not ALLOWED_DECLARATIONS[code]:
            return decl
        state = state_label(iso3, self.countries)
        if code in ("UNTOC", "UNCAC"):
            decl["extradition_basis"] = self.extradition_basis(rng, iso3, code, state)
        if code in MLA_ARTICLE:
            mla, mla_designation = find_designated(self.by_state, iso3, "MLA")
            ca_article, lang_article = MLA_ARTICLE[code]
            anchor = iso3 in ANCHORS
            if rng.random() < 0.92 or anchor:
                if mla is None:
                    name = "Ministry of Justice"
                    decl["central_authority"] = {
                        "authority_id": None, "name": name,
                        "text": f"Demo declaration: the central authority designated under {ca_article} is {the(name)}."}
                else:
                    decl["central_authority"] = self.authority_decl(mla, lambda n: (
                        f"Demo declaration: requests for mutual legal assistance under {ca_article}, are to be "
                        f"addressed to the designated central authority, {n}."))
            if rng.random() < 0.85 or anchor:
                langs = list(mla_designation["languages_accepted"]) if mla_designation else []
                langs = langs or ["en"]
                decl["languages"] = {
                    "languages": langs,
                    "text": (f"Demo declaration: under {lang_article}, requests for mutual legal assistance and "
                             f"accompanying documents are accepted in {join_or(langs, self.languages)}."),
                }
        if code == "BUDAPEST":
            extradition, _ = find_designated(self.by_state, iso3, "EXTRADITION")
            decl["extradition_authority"] = self.authority_decl(extradition, lambda n: (
                f"Demo declaration: the authority responsible for making or receiving requests for extradition "
                f"or provisional arrest in the absence of a treaty (article 24, paragraph 7) is {n}."))
            cyber, _ = find_designated(self.by_state, iso3, "CYBER_24_7", central=False)
            contact_text = (lambda n: f"Demo declaration: the point of contact available on a twenty-four hour, "
                                      f"seven-day-a-week basis under article 35 is {n}.")
            if cyber is not None:
                decl["contact_point"] = self.authority_decl(cyber, contact_text)
            else:
                decl["contact_point"] = {"authority_id": None, "name": CYBER_CONTACT_FALLBACK,
                                         "text": contact_text(the(CYBER_CONTACT_FALLBACK[0].lower()
                                                                  + CYBER_CONTACT_FALLBACK[1:]))}
        return decl

    def extradition_basis(self, rng, iso3, code, state):
        _, designation = find_designated(self.by_state, iso3, "EXTRADITION")
        value = designation["untoc_as_legal_basis"] if designation else None
        note = designation["untoc_legal_basis_note"] if designation else None
        article = EXTRADITION_ARTICLE[code]
        if value == "no":
            return {"accepted": False, "text": (
                f"Demo declaration: {state} does not take this Convention as the legal basis for cooperation on "
                f"extradition and requires a treaty in force with the requesting State ({article}).")}
        if value == "with_conditions":
            clause = CONDITION_CLAUSES.get(note, DEFAULT_CONDITION)
            return {"accepted": True, "text": (
                f"Demo declaration: {state} takes this Convention as the legal basis for cooperation on extradition "
                f"with other States Parties {clause} ({article}).")}
        if rng.random() < 0.5:
            return {"accepted": True, "text": (
                f"Demo declaration: {state} takes this Convention as the legal basis for cooperation on extradition "
                f"with other States Parties ({article}).")}
        return None

    # ---- references

    def source(self, rng, iso3, code, status, signed, consent):
        if status == "none":
            return f"DEMO/STATUS/{iso3}/{code} (no signature or consent on record; not a depositary notification)"
        day = consent or signed
        used = self.cn_numbers[(code == "BUDAPEST", day.year)]
        n = rng.randint(40, 1400)
        while n in used:
            n += 1
        used.add(n)
        if code == "BUDAPEST":
            return f"DEMO/CoE/ETS-185/{day.year}/{n:04d} (not a depositary notification)"
        return f"DEMO/C.N.{n}.{day.year}.TREATIES-{UN_CHAPTER[code]} (not a depositary notification)"

    # ---- records

    def state_records(self, iso3):
        rows = {}
        for code in UN_CORE:
            rng = rng_for("treaty", iso3, code)
            status = self.forced.get((iso3, code), "party")
            share_signed = {"UNTOC": 0.75, "UNCAC": 0.7, "DRUG_CONVENTION_1988": 0.55}[code]
            signs = rng.random() < share_signed
            if code == "DRUG_CONVENTION_1988" and iso3 in NOT_SIGNING_1988:
                signs = False
            rows[code] = (rng, status) + core_record(rng, code, status, signs)
        untoc = rows["UNTOC"][1:]
        for code in PROTOCOLS:
            rng = rng_for("treaty", iso3, code)
            share = 0.72 if code == "FIREARMS_PROTOCOL" else 0.85
            if (iso3, code) in self.forced:
                rows[code] = (rng, "none", None, None, None)
            else:
                rows[code] = (rng,) + protocol_record(rng, code, untoc, share)
        rng = rng_for("treaty", iso3, "BUDAPEST")
        if (iso3, "BUDAPEST") in self.forced:
            rows["BUDAPEST"] = (rng, "none", None, None, None)
        else:
            rows["BUDAPEST"] = (rng,) + budapest_record(rng, iso3, self.countries)

        records = []
        for code in INSTRUMENTS:
            rng, status, signed, kind, consent = rows[code]
            records.append({
                "id": str(uuid.uuid5(NAMESPACE, f"treaty:{iso3}:{code}")),
                "country": iso3,
                "instrument": code,
                "status": status,
                "signed_on": iso(signed),
                "consent_kind": kind,
                "consent_on": iso(consent),
                "in_force_on": iso(in_force_for(code, consent)) if consent else None,
                "declarations": self.declarations(rng, iso3, code, status),
                "source": self.source(rng, iso3, code, status, signed, consent),
                "checked_on": CHECKED_ON.isoformat(),
            })
        return records

    def build(self):
        return [r for s in self.states for r in self.state_records(s)]


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def validate(records, authorities, instruments, countries, languages, nothing):
    by_id = {a["id"]: a for a in authorities}
    states = sorted({a["country"] for a in authorities})
    check(len(records) == len(states) * len(INSTRUMENTS), "one record per (State, instrument)")
    order = [(r["country"], INSTRUMENTS.index(r["instrument"])) for r in records]
    check(order == sorted(order) and len(set(order)) == len(order), "records sorted by country then instrument")
    check([r["country"] for r in records[::len(INSTRUMENTS)]] == states, "every State of the directory covered")
    index = {(r["country"], r["instrument"]): r for r in records}
    ids, sources = set(), set()
    for r in records:
        where = f"{r['country']} {r['instrument']}"
        code, status = r["instrument"], r["status"]
        check(list(r) == RECORD_KEYS, f"{where}: members")
        check(list(r["declarations"]) == DECLARATION_KEYS, f"{where}: declaration members")
        check(r["id"] == str(uuid.uuid5(NAMESPACE, f"treaty:{r['country']}:{code}")), f"{where}: id")
        check(r["id"] not in ids, f"{where}: duplicate id")
        ids.add(r["id"])
        check(status in STATUSES, f"{where}: status")
        check(r["checked_on"] == CHECKED_ON.isoformat(), f"{where}: checked_on")
        check(r["source"].startswith("DEMO/"), f"{where}: source")
        check(r["source"] not in sources, f"{where}: duplicate source")
        sources.add(r["source"])
        signed, consent, in_force = parse(r["signed_on"]), parse(r["consent_on"]), parse(r["in_force_on"])
        decl = r["declarations"]
        for day in (signed, consent, in_force):
            check(day is None or day <= CHECKED_ON, f"{where}: date after checked_on")
        for day in (signed, consent):
            check(day is None or day.weekday() < 5, f"{where}: signature or deposit on a weekend")
        if status == "none":
            check(signed is None and consent is None and in_force is None and r["consent_kind"] is None,
                  f"{where}: none with dates")
            check(all(v is None for v in decl.values()), f"{where}: none with declarations")
            continue
        adopted = D(instruments[code]["adopted_on"])
        start, end = SIGNATURE_WINDOW[code]
        if status == "signatory":
            check(signed is not None, f"{where}: signatory without signature")
            check(r["consent_kind"] is None and consent is None and in_force is None, f"{where}: signatory with consent")
        else:
            check(r["consent_kind"] in CONSENT_KINDS and consent is not None, f"{where}: party without consent")
            check(in_force is not None and in_force >= consent, f"{where}: in_force_on before consent_on")
            check(in_force == in_force_for(code, consent), f"{where}: in_force_on not per the instrument")
            check(in_force >= ENTRY_INTO_FORCE[code], f"{where}: in force before the instrument")
            if signed is None:
                check(r["consent_kind"] in ("accession", "succession"), f"{where}: no signature but {r['consent_kind']}")
            else:
                check(r["consent_kind"] != "accession", f"{where}: accession after signature")
                check(signed <= consent, f"{where}: signed after consent")
            if r["consent_kind"] == "accession":
                check(end is None or consent > end, f"{where}: accession before the signature period closed")
                check(code != "BUDAPEST" or consent >= ENTRY_INTO_FORCE[code], f"{where}: accession before entry into force")
        if signed is not None:
            check(signed >= adopted, f"{where}: signed before adoption")
            check(signed_in_window(code, signed), f"{where}: signed outside the signature period")
        # Protocols only for States taking part in UNTOC.
        if code in PROTOCOLS:
            untoc = index[(r["country"], "UNTOC")]
            if status == "party":
                check(untoc["status"] == "party" and consent >= parse(untoc["consent_on"]),
                      f"{where}: Protocol Party not Party to UNTOC first")
            else:
                check(untoc["status"] != "none", f"{where}: Protocol signatory outside UNTOC")
        # Declarations.
        for key, value in decl.items():
            if value is None:
                continue
            check(key in ALLOWED_DECLARATIONS[code], f"{where}: declaration {key} not allowed")
            check(isinstance(value.get("text"), str) and value["text"].startswith("Demo declaration: ")
                  and value["text"].endswith(".") and len(value["text"]) > 40, f"{where}: {key} text")
            if key == "extradition_basis":
                check(isinstance(value["accepted"], bool) and list(value) == ["accepted", "text"], f"{where}: {key}")
                check(("does not take" in value["text"]) == (not value["accepted"]), f"{where}: {key} text vs accepted")
            elif key == "languages":
                check(list(value) == ["languages", "text"] and value["languages"], f"{where}: languages")
                check(all(c in languages for c in value["languages"]), f"{where}: language codes")
                check(len(set(value["languages"])) == len(value["languages"]), f"{where}: repeated language")
            else:
                check(list(value) == ["authority_id", "name", "text"], f"{where}: {key} members")
                check(isinstance(value["name"], str) and value["name"].strip() == value["name"] and value["name"]
                      and "<" not in value["name"], f"{where}: {key} name")
                if value["authority_id"] is not None:
                    a = by_id.get(value["authority_id"])
                    check(a is not None and a["status"] == "active" and a["country"] == r["country"],
                          f"{where}: {key} links no active authority of the State")
                    check(value["name"] == english_name(a), f"{where}: {key} name differs from the directory")
                    check(value["name"] in value["text"], f"{where}: {key} text does not name the authority")
                    if key == "central_authority":
                        ok = any(d["competence"] == "MLA" and d["is_central"] for d in a["designations"])
                        check(ok, f"{where}: central authority without central MLA designation")
                    if key == "contact_point":
                        check(any(d["competence"] == "CYBER_24_7" for d in a["designations"]), f"{where}: contact point")
                    if key == "extradition_authority":
                        check(any(d["competence"] == "EXTRADITION" and d["is_central"] for d in a["designations"]),
                              f"{where}: extradition authority")
                elif key == "contact_point":
                    has_cyber = any(a["status"] == "active" and d["competence"] == "CYBER_24_7"
                                    for a in authorities if a["country"] == r["country"] for d in a["designations"])
                    check(not has_cyber, f"{where}: contact point not linked although the State has one")

    # Coverage.
    def st(iso3, code):
        return index[(iso3, code)]["status"]

    core_none = sorted({s for s in states for c in ("UNTOC", "UNCAC") if st(s, c) == "none"})
    check(len(core_none) >= 3, "at least 3 States outside UNTOC or UNCAC")
    basis = [index[k]["declarations"]["extradition_basis"] for k in index if k[1] in ("UNTOC", "UNCAC")]
    check(sum(1 for b in basis if b and not b["accepted"]) >= 5, "at least 5 extradition_basis accepted=false")
    check(sum(1 for b in basis if b and b["accepted"]) >= 10, "at least 10 extradition_basis accepted=true")
    check(sum(1 for s in states for c in ("UNTOC", "UNCAC") if st(s, c) == "signatory") >= 2,
          "at least 2 signatories of UNTOC or UNCAC")
    nothing_states = [s for s in states if all(st(s, c) == "none" for c in INSTRUMENTS)]
    check(nothing_states == [nothing], f"exactly the chosen State is party to nothing: {nothing_states}")
    check(nothing not in NOT_PARTY_TO_NOTHING, "the State party to nothing is one of the excluded States")
    for s in ANCHORS:
        for c in UN_CORE:
            check(st(s, c) == "party", f"{s} party to {c}")
    check(st("FRA", "BUDAPEST") == "party", "FRA party to Budapest")
    check(st("KEN", "BUDAPEST") == "none", "KEN outside Budapest")
    # Near-universal conventions, about 80% for the Protocols, Budapest mostly "none" outside Europe.
    for c in UN_CORE:
        check(sum(1 for s in states if st(s, c) == "party") >= 0.85 * len(states), f"{c}: near-universal")
    for c in PROTOCOLS:
        share = sum(1 for s in states if st(s, c) == "party") / len(states)
        check(0.6 <= share <= 0.92, f"{c}: share of Parties {share:.2f}")
    budapest = Counter(st(s, "BUDAPEST") for s in states)
    check(budapest["none"] >= 20 and budapest["signatory"] >= 2 and budapest["party"] >= 20, f"Budapest {budapest}")
    for s in states:
        if countries[s]["region"] == "150" and s not in BUDAPEST_EUROPE_EXCEPTIONS:
            check(st(s, "BUDAPEST") == "party", f"{s}: European State not party to Budapest")
    # Wording.
    blob = json.dumps(records, ensure_ascii=False).lower()
    for word in ("generated", "script", "faker", "synthetic", "sherloc", "lorem"):
        check(not re.search(rf"\b{word}\b", blob), f"forbidden word in data: {word}")


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def summary(records, nothing):
    index = {(r["country"], r["instrument"]): r for r in records}
    states = sorted({r["country"] for r in records})
    lines = [f"treaties.json: {len(records)} records, {len(states)} States x {len(INSTRUMENTS)} instruments"]
    for code in INSTRUMENTS:
        c = Counter(index[(s, code)]["status"] for s in states)
        kinds = Counter(index[(s, code)]["consent_kind"] for s in states if index[(s, code)]["consent_kind"])
        lines.append(f"  {code:21s} party {c['party']:2d}  signatory {c['signatory']:2d}  none {c['none']:2d}   "
                     + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    basis = [(r["country"], r["instrument"], r["declarations"]["extradition_basis"]["accepted"])
             for r in records if r["declarations"]["extradition_basis"]]
    lines.append(f"extradition_basis: accepted=true {sum(1 for b in basis if b[2])}, "
                 f"accepted=false {sum(1 for b in basis if not b[2])}")
    lines.append("  accepted=false: " + ", ".join(f"{s} {c}" for s, c, a in basis if not a))
    decl = Counter(k for r in records for k, v in r["declarations"].items() if v)
    lines.append("declarations: " + ", ".join(f"{k} {decl[k]}" for k in DECLARATION_KEYS))
    linked = Counter(k for r in records for k, v in r["declarations"].items()
                     if v and k not in ("extradition_basis", "languages") and v["authority_id"] is None)
    lines.append("declarations naming no directory authority: "
                 + (", ".join(f"{k} {v}" for k, v in sorted(linked.items())) or "none"))
    lines.append("signatory records (UNTOC, UNCAC): " + ", ".join(
        f"{r['country']} {r['instrument']} (signed {r['signed_on']})" for r in records
        if r["status"] == "signatory" and r["instrument"] in ("UNTOC", "UNCAC")))
    lines.append("signatory records (other): " + ", ".join(
        f"{r['country']} {r['instrument']}" for r in records
        if r["status"] == "signatory" and r["instrument"] not in ("UNTOC", "UNCAC")))
    lines.append("status none for UNTOC or UNCAC: " + ", ".join(
        f"{r['country']} {r['instrument']}" for r in records
        if r["status"] == "none" and r["instrument"] in ("UNTOC", "UNCAC")))
    lines.append(f"party to no instrument: {nothing}")
    return "\n".join(lines)


def main():
    try:
        authorities, instruments, countries, languages = load()
        builder = Builder(authorities, instruments, countries, languages)
        records = builder.build()
        validate(records, authorities, instruments, countries, languages, builder.nothing)
        again = Builder(authorities, instruments, countries, languages).build()
        check(again == records, "a second build differs from the first")
    except CheckFailed as exc:
        print(f"check failed: {exc}", file=sys.stderr)
        return 1
    text = json.dumps({"treaties": records}, ensure_ascii=False, indent=2) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(summary(records, builder.nothing))
    print(f"written {OUTPUT} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
