#!/usr/bin/env python3
"""Build seed-data/directory.json: the demo directory of competent national
authorities for international cooperation in criminal matters.

Everything in the output is demo data. Institution names are the public names of
real bodies, but every address, phone number, e-mail address, website, person,
notification reference and procedural note is fictional.

The build is deterministic: identifiers are uuid5 values derived from a fixed
namespace and a stable key per authority ("ISO3/slug"), and every varied choice
is drawn from a random.Random seeded from a SHA-256 digest of a stable string.

Usage:  python3 seed-data/tools/build_directory.py   (Python 3.11, stdlib only)
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

OUTPUT = Path(__file__).resolve().parent.parent / "directory.json"
NAMESPACE = uuid.UUID("3c6f0e52-8d1b-5a7e-9f24-6b0d5c1e7a93")

# Reference "today" of the demo data set: the last confirmations fall in the
# year before this date, the stale ones before 2025-11-01.
REFERENCE_DATE = dt.date(2026, 11, 28)
RECENT_FROM = dt.date(2025, 12, 1)
RECENT_TO = dt.date(2026, 11, 25)
STALE_BEFORE = dt.date(2025, 11, 1)
CREATED_FROM = dt.date(2019, 1, 7)
CREATED_TO = dt.date(2025, 10, 31)

# --------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------

CITATIONS = {
    "MLA": ["UNTOC 18(13)", "UNCAC 46(13)", "1988 Convention 7(8)"],
    "EXTRADITION": ["UNTOC 16", "UNCAC 44", "1988 Convention 6"],
    "TRANSFER_SENTENCED": ["UNTOC 17", "UNCAC 45"],
    "TRANSFER_PROCEEDINGS": ["UNTOC 21", "UNCAC 47"],
    "DRUGS_SEA": ["1988 Convention 17(7)"],
    "MIGRANTS_SEA": ["Smuggling of Migrants Protocol 8(6)"],
    "FIREARMS": ["Firearms Protocol 13(2)"],
    "PREVENTION_TOC": ["UNTOC 31(6)"],
    "CULTURAL_PROPERTY": ["GA resolution 68/186"],
    "CORRUPTION_PREVENTION": ["UNCAC 6(3)"],
    "ASSET_RECOVERY": ["UNCAC chapter V"],
    "TERRORISM": ["SC resolution 2322 (2016)"],
    "CYBER_24_7": ["Budapest Convention 35"],
}
COMPETENCES = list(CITATIONS)
KINDS = {"ministry", "prosecution", "court", "police", "financial_intelligence_unit", "coast_guard", "other"}
CHANNELS = {"direct", "diplomatic", "interpol", "regional_network"}
MEANS = {"post", "email", "fax", "secure_platform", "oral_if_urgent"}
ROLES = {"head", "desk_officer", "duty_24_7", "other"}
VISIBILITIES = {"restricted", "confidential"}
UNTOC_VALUES = {"yes", "no", "with_conditions"}
# Competences for which the question "is UNTOC accepted as legal basis" has no object.
UNTOC_IRRELEVANT = {"DRUGS_SEA", "CORRUPTION_PREVENTION", "ASSET_RECOVERY", "TERRORISM", "CYBER_24_7"}

JUDICIAL = {"MLA", "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS", "ASSET_RECOVERY"}
MARITIME = {"DRUGS_SEA", "MIGRANTS_SEA"}
OPERATIONAL = {"TERRORISM", "CYBER_24_7", "FIREARMS"}
POLICY = {"PREVENTION_TOC", "CORRUPTION_PREVENTION", "CULTURAL_PROPERTY"}

LANG_NAMES = {
    "en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German",
    "it": "Italian", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "th": "Thai", "ms": "Malay", "id": "Indonesian",
    "pl": "Polish", "nl": "Dutch", "ro": "Romanian", "sv": "Swedish", "el": "Greek",
    "uz": "Uzbek", "kk": "Kazakh", "sw": "Swahili", "am": "Amharic", "hi": "Hindi",
    "ur": "Urdu", "da": "Danish", "no": "Norwegian", "sm": "Samoan", "to": "Tongan",
    "bi": "Bislama", "mi": "Māori",
}

# --------------------------------------------------------------------------
# States
# --------------------------------------------------------------------------


class State:
    def __init__(self, iso, name, region, cc, tz, city, langs, extra, people, hours, addr="en"):
        self.iso = iso
        self.name = name
        self.region = region
        self.cc = cc
        self.tz = tz
        self.city = city
        self.langs = langs          # languages in which requests are normally accepted
        self.extra = extra          # further languages some authorities also accept
        self.people = people        # key of the demo person-name pool
        self.hours = hours          # usual office hours
        self.addr = addr            # address style


MF = "Mon–Fri {}"
STATES = [
    # ---- Africa
    State("KEN", "Kenya", "Africa", "254", "Africa/Nairobi", "Nairobi", ["en"], ["sw"], "en_af", MF.format("08:00–17:00")),
    State("NGA", "Nigeria", "Africa", "234", "Africa/Lagos", "Abuja", ["en"], [], "en_af", MF.format("08:00–16:00")),
    State("ZAF", "South Africa", "Africa", "27", "Africa/Johannesburg", "Pretoria", ["en"], [], "en_af", MF.format("07:30–16:00")),
    State("EGY", "Egypt", "Africa", "20", "Africa/Cairo", "Cairo", ["ar"], ["en", "fr"], "ar", "Sun–Thu 09:00–15:00"),
    State("MAR", "Morocco", "Africa", "212", "Africa/Casablanca", "Rabat", ["ar", "fr"], ["en", "es"], "ar", MF.format("08:30–16:30"), "fr"),
    State("SEN", "Senegal", "Africa", "221", "Africa/Dakar", "Dakar", ["fr"], ["en"], "fr_af", MF.format("08:00–17:00"), "fr"),
    State("CIV", "Côte d'Ivoire", "Africa", "225", "Africa/Abidjan", "Abidjan", ["fr"], ["en"], "fr_af", MF.format("07:30–16:30"), "fr"),
    State("ETH", "Ethiopia", "Africa", "251", "Africa/Addis_Ababa", "Addis Ababa", ["am", "en"], [], "en_af", MF.format("08:30–17:30")),
    State("GHA", "Ghana", "Africa", "233", "Africa/Accra", "Accra", ["en"], ["fr"], "en_af", MF.format("08:00–17:00")),
    State("TUN", "Tunisia", "Africa", "216", "Africa/Tunis", "Tunis", ["ar", "fr"], ["en"], "ar", MF.format("08:00–17:00"), "fr"),
    State("DZA", "Algeria", "Africa", "213", "Africa/Algiers", "Algiers", ["ar", "fr"], ["en"], "ar", "Sun–Thu 08:00–16:30", "fr"),
    State("UGA", "Uganda", "Africa", "256", "Africa/Kampala", "Kampala", ["en"], ["sw"], "en_af", MF.format("08:00–17:00")),
    State("CMR", "Cameroon", "Africa", "237", "Africa/Douala", "Yaoundé", ["fr", "en"], [], "fr_af", MF.format("07:30–15:30"), "fr"),
    State("MUS", "Mauritius", "Africa", "230", "Indian/Mauritius", "Port Louis", ["en", "fr"], [], "en_af", MF.format("09:00–16:00")),
    State("BWA", "Botswana", "Africa", "267", "Africa/Gaborone", "Gaborone", ["en"], [], "en_af", MF.format("07:30–16:30")),
    # ---- Americas
    State("USA", "United States of America", "Americas", "1", "America/New_York", "Washington, DC", ["en"], ["es"], "en", MF.format("09:00–17:30")),
    State("CAN", "Canada", "Americas", "1", "America/Toronto", "Ottawa", ["en", "fr"], [], "en", MF.format("08:30–16:30")),
    State("MEX", "Mexico", "Americas", "52", "America/Mexico_City", "Ciudad de México", ["es"], ["en"], "es", MF.format("09:00–18:00"), "es"),
    State("BRA", "Brazil", "Americas", "55", "America/Sao_Paulo", "Brasília", ["pt"], ["es", "en"], "pt", MF.format("09:00–18:00"), "pt"),
    State("ARG", "Argentina", "Americas", "54", "America/Argentina/Buenos_Aires", "Buenos Aires", ["es"], ["en", "pt"], "es", MF.format("09:00–17:00"), "es"),
    State("COL", "Colombia", "Americas", "57", "America/Bogota", "Bogotá", ["es"], ["en"], "es", MF.format("08:00–17:00"), "es"),
    State("CHL", "Chile", "Americas", "56", "America/Santiago", "Santiago", ["es"], ["en"], "es", MF.format("08:30–17:30"), "es"),
    State("PER", "Peru", "Americas", "51", "America/Lima", "Lima", ["es"], ["en"], "es", MF.format("08:30–16:30"), "es"),
    State("CRI", "Costa Rica", "Americas", "506", "America/Costa_Rica", "San José", ["es"], ["en"], "es", MF.format("07:30–16:30"), "es"),
    State("PAN", "Panama", "Americas", "507", "America/Panama", "Panamá", ["es"], ["en"], "es", MF.format("08:00–16:00"), "es"),
    State("ECU", "Ecuador", "Americas", "593", "America/Guayaquil", "Quito", ["es"], ["en"], "es", MF.format("08:00–16:30"), "es"),
    State("URY", "Uruguay", "Americas", "598", "America/Montevideo", "Montevideo", ["es"], ["pt", "en"], "es", MF.format("09:30–17:30"), "es"),
    State("GTM", "Guatemala", "Americas", "502", "America/Guatemala", "Ciudad de Guatemala", ["es"], ["en"], "es", MF.format("08:00–16:00"), "es"),
    State("PRY", "Paraguay", "Americas", "595", "America/Asuncion", "Asunción", ["es"], ["pt"], "es", MF.format("07:00–15:00"), "es"),
    # ---- Asia
    State("CHN", "China", "Asia", "86", "Asia/Shanghai", "Beijing", ["zh"], ["en"], "zh", MF.format("08:30–17:30")),
    State("JPN", "Japan", "Asia", "81", "Asia/Tokyo", "Tokyo", ["ja"], ["en"], "ja", MF.format("09:30–18:15")),
    State("IND", "India", "Asia", "91", "Asia/Kolkata", "New Delhi", ["en", "hi"], [], "en_sa", MF.format("09:00–17:30")),
    State("IDN", "Indonesia", "Asia", "62", "Asia/Jakarta", "Jakarta", ["id"], ["en"], "id", MF.format("08:00–16:00")),
    State("SAU", "Saudi Arabia", "Asia", "966", "Asia/Riyadh", "Riyadh", ["ar"], ["en"], "ar", "Sun–Thu 08:00–15:00"),
    State("ARE", "United Arab Emirates", "Asia", "971", "Asia/Dubai", "Abu Dhabi", ["ar"], ["en"], "ar", "Mon–Thu 07:30–15:30, Fri 07:30–12:00"),
    State("JOR", "Jordan", "Asia", "962", "Asia/Amman", "Amman", ["ar"], ["en"], "ar", "Sun–Thu 08:30–15:30"),
    State("KAZ", "Kazakhstan", "Asia", "7", "Asia/Almaty", "Astana", ["kk", "ru"], ["en"], "ru", MF.format("09:00–18:30")),
    State("KOR", "Republic of Korea", "Asia", "82", "Asia/Seoul", "Gwacheon", ["ko"], ["en"], "ko", MF.format("09:00–18:00")),
    State("PHL", "Philippines", "Asia", "63", "Asia/Manila", "Manila", ["en"], [], "en_ph", MF.format("08:00–17:00")),
    State("THA", "Thailand", "Asia", "66", "Asia/Bangkok", "Bangkok", ["th"], ["en"], "th", MF.format("08:30–16:30")),
    State("MYS", "Malaysia", "Asia", "60", "Asia/Kuala_Lumpur", "Putrajaya", ["ms", "en"], [], "ms", MF.format("08:00–17:00")),
    State("SGP", "Singapore", "Asia", "65", "Asia/Singapore", "Singapore", ["en"], [], "en_sg", MF.format("08:30–18:00")),
    State("PAK", "Pakistan", "Asia", "92", "Asia/Karachi", "Islamabad", ["en", "ur"], [], "en_sa", MF.format("09:00–17:00")),
    State("QAT", "Qatar", "Asia", "974", "Asia/Qatar", "Doha", ["ar"], ["en"], "ar", "Sun–Thu 07:00–14:00"),
    State("UZB", "Uzbekistan", "Asia", "998", "Asia/Tashkent", "Tashkent", ["uz", "ru"], ["en"], "uz", MF.format("09:00–18:00")),
    # ---- Europe
    State("FRA", "France", "Europe", "33", "Europe/Paris", "Paris", ["fr"], ["en"], "fr", MF.format("09:00–17:30"), "fr"),
    State("DEU", "Germany", "Europe", "49", "Europe/Berlin", "Berlin", ["de"], ["en"], "de", MF.format("08:00–16:30"), "de"),
    State("ESP", "Spain", "Europe", "34", "Europe/Madrid", "Madrid", ["es"], ["en", "fr"], "es", MF.format("09:00–17:00"), "es"),
    State("ITA", "Italy", "Europe", "39", "Europe/Rome", "Roma", ["it"], ["en", "fr"], "it", MF.format("08:30–16:30"), "it"),
    State("RUS", "Russian Federation", "Europe", "7", "Europe/Moscow", "Moscow", ["ru"], ["en"], "ru", MF.format("09:00–18:00")),
    State("GBR", "United Kingdom", "Europe", "44", "Europe/London", "London", ["en"], [], "en", MF.format("09:00–17:00")),
    State("POL", "Poland", "Europe", "48", "Europe/Warsaw", "Warszawa", ["pl"], ["en"], "pl", MF.format("08:15–16:15"), "pl"),
    State("UKR", "Ukraine", "Europe", "380", "Europe/Kyiv", "Kyiv", ["uk"], ["en"], "uk", MF.format("09:00–18:00")),
    State("NLD", "Netherlands", "Europe", "31", "Europe/Amsterdam", "Den Haag", ["nl"], ["en", "de", "fr"], "nl", MF.format("08:30–17:00"), "nl"),
    State("PRT", "Portugal", "Europe", "351", "Europe/Lisbon", "Lisboa", ["pt"], ["en", "es", "fr"], "pt", MF.format("09:00–17:30"), "pt"),
    State("ROU", "Romania", "Europe", "40", "Europe/Bucharest", "București", ["ro"], ["en", "fr"], "ro", MF.format("08:00–16:30"), "ro"),
    State("SWE", "Sweden", "Europe", "46", "Europe/Stockholm", "Stockholm", ["sv"], ["en", "da", "no"], "sv", MF.format("08:00–16:30"), "sv"),
    State("AUT", "Austria", "Europe", "43", "Europe/Vienna", "Wien", ["de"], ["en"], "de", MF.format("08:00–15:30"), "de"),
    State("CHE", "Switzerland", "Europe", "41", "Europe/Zurich", "Bern", ["de", "fr", "it"], ["en"], "de", MF.format("08:00–17:00"), "de"),
    State("BEL", "Belgium", "Europe", "32", "Europe/Brussels", "Bruxelles", ["fr", "nl", "de"], ["en"], "nl", MF.format("08:30–16:30"), "fr"),
    State("GRC", "Greece", "Europe", "30", "Europe/Athens", "Athens", ["el"], ["en"], "el", MF.format("08:00–15:00")),
    # ---- Oceania
    State("AUS", "Australia", "Oceania", "61", "Australia/Sydney", "Canberra", ["en"], [], "en", MF.format("08:30–17:00")),
    State("NZL", "New Zealand", "Oceania", "64", "Pacific/Auckland", "Wellington", ["en"], ["mi"], "en_pa", MF.format("08:30–17:00")),
    State("FJI", "Fiji", "Oceania", "679", "Pacific/Fiji", "Suva", ["en"], [], "en_pa", MF.format("08:00–16:30")),
    State("PNG", "Papua New Guinea", "Oceania", "675", "Pacific/Port_Moresby", "Port Moresby", ["en"], [], "en_pa", MF.format("07:45–16:06")),
    State("WSM", "Samoa", "Oceania", "685", "Pacific/Apia", "Apia", ["en", "sm"], [], "en_pa", MF.format("09:00–17:00")),
    State("TON", "Tonga", "Oceania", "676", "Pacific/Tongatapu", "Nukuʻalofa", ["en", "to"], [], "en_pa", MF.format("08:30–16:30")),
    State("VUT", "Vanuatu", "Oceania", "678", "Pacific/Efate", "Port Vila", ["en", "fr", "bi"], [], "en_pa", MF.format("07:30–16:30")),
    State("SLB", "Solomon Islands", "Oceania", "677", "Pacific/Guadalcanal", "Honiara", ["en"], [], "en_pa", MF.format("08:00–16:30")),
    State("KIR", "Kiribati", "Oceania", "686", "Pacific/Tarawa", "South Tarawa", ["en"], [], "en_pa", MF.format("08:00–16:15")),
    State("PLW", "Palau", "Oceania", "680", "Pacific/Palau", "Ngerulmud", ["en"], [], "en_pa", MF.format("07:30–16:30")),
]
STATE_BY_ISO = {s.iso: s for s in STATES}

# --------------------------------------------------------------------------
# Authorities
# --------------------------------------------------------------------------


class A:
    """One authority definition.  comps: list of codes or (code, overrides)."""

    def __init__(self, slug, kind, names, acronym, comps, parent=None, status="active",
                 created_after=None, created_before=None, retired_note=None, city=None,
                 h247=None):
        self.slug = slug
        self.kind = kind
        self.names = names
        self.original_language = next(iter(names))
        self.acronym = acronym
        self.comps = [c if isinstance(c, tuple) else (c, {}) for c in comps]
        self.parent = parent
        self.status = status
        self.created_after = created_after
        self.created_before = created_before
        self.retired_note = retired_note
        self.city = city
        self.h247 = h247


def en(name):
    return {"en": name}


PRE_TRIAL = "Competent for requests relating to investigations and other proceedings before trial."
TRIAL = "Competent for requests relating to court proceedings and the enforcement of judgments."

AUTHORITIES = {
    # ======================= Africa =======================
    "KEN": [
        A("ag", "ministry", en("Office of the Attorney General and Department of Justice"), "OAG&DOJ",
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("eacc", "other", en("Ethics and Anti-Corruption Commission"), "EACC",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("dci", "police", en("National Police Service – Directorate of Criminal Investigations"), "DCI",
          ["TERRORISM", "FIREARMS"]),
        A("kcgs", "coast_guard", en("Kenya Coast Guard Service"), "KCGS", ["DRUGS_SEA", "MIGRANTS_SEA"],
          city="Mombasa"),
    ],
    "NGA": [
        A("justice", "ministry", en("Federal Ministry of Justice"), "FMOJ", ["EXTRADITION", "TRANSFER_SENTENCED"]),
        A("cau", "ministry", en("Federal Ministry of Justice – Central Authority Unit"), "CAU",
          [("MLA", {"scope": "Receives and transmits all requests for mutual legal assistance on behalf of the Attorney General of the Federation."})],
          parent="justice"),
        A("efcc", "other", en("Economic and Financial Crimes Commission"), "EFCC", ["ASSET_RECOVERY", "PREVENTION_TOC"]),
        A("icpc", "other", en("Independent Corrupt Practices and Other Related Offences Commission"), "ICPC",
          ["CORRUPTION_PREVENTION"]),
        A("nccc", "police", en("Nigeria Police Force – National Cybercrime Centre"), "NPF-NCCC", ["CYBER_24_7"],
          created_after="2022-10-01"),
    ],
    "ZAF": [
        A("doj", "ministry", en("Department of Justice and Constitutional Development"), "DOJ&CD",
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("npa", "prosecution", en("National Prosecuting Authority"), "NPA", ["TRANSFER_PROCEEDINGS", "ASSET_RECOVERY"]),
        A("dpci", "police", en("South African Police Service – Directorate for Priority Crime Investigation"), "DPCI",
          ["TERRORISM", "FIREARMS"]),
        A("fic", "financial_intelligence_unit", en("Financial Intelligence Centre"), "FIC",
          [("ASSET_RECOVERY", {"central": False, "scope": "Provides financial intelligence in support of tracing; formal requests go to the National Prosecuting Authority."})]),
    ],
    "EGY": [
        A("justice", "ministry", {"ar": "وزارة العدل", "en": "Ministry of Justice"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("pp", "prosecution", {"ar": "النيابة العامة", "en": "Public Prosecution"}, None,
          [("MLA", {"scope": PRE_TRIAL}), "TRANSFER_PROCEEDINGS"]),
        A("aca", "other", {"ar": "هيئة الرقابة الإدارية", "en": "Administrative Control Authority"}, "ACA",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("antiquities", "ministry", {"ar": "وزارة السياحة والآثار", "en": "Ministry of Tourism and Antiquities"}, None,
          ["CULTURAL_PROPERTY"]),
    ],
    "MAR": [
        A("justice", "ministry", {"ar": "وزارة العدل", "fr": "Ministère de la Justice", "en": "Ministry of Justice"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("pmp", "prosecution", {"ar": "رئاسة النيابة العامة", "fr": "Présidence du Ministère Public",
                                 "en": "Presidency of the Public Prosecution"}, None,
          [("MLA", {"scope": PRE_TRIAL}), "TRANSFER_PROCEEDINGS"]),
        A("utrf", "financial_intelligence_unit", {"fr": "Unité de Traitement du Renseignement Financier",
                                                  "en": "Financial Information Processing Unit"}, "UTRF",
          ["ASSET_RECOVERY"], status="retired", created_before="2020-06-30",
          retired_note="Functions transferred to the Autorité Nationale du Renseignement Financier in 2021; record kept for reference."),
        A("anrf", "financial_intelligence_unit", {"fr": "Autorité Nationale du Renseignement Financier",
                                                  "en": "National Financial Intelligence Authority"}, "ANRF",
          ["ASSET_RECOVERY"], created_after="2021-07-01"),
        A("inpplc", "other", {"fr": "Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption",
                              "ar": "الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها",
                              "en": "National Authority for Probity, Prevention and Fight against Corruption"}, "INPPLC",
          ["CORRUPTION_PREVENTION"]),
        A("dgsn", "police", {"fr": "Direction Générale de la Sûreté Nationale", "ar": "المديرية العامة للأمن الوطني",
                             "en": "General Directorate for National Security"}, "DGSN",
          ["CYBER_24_7", "TERRORISM"]),
    ],
    "SEN": [
        A("justice", "ministry", {"fr": "Ministère de la Justice", "en": "Ministry of Justice"}, None,
          ["TRANSFER_SENTENCED"]),
        A("dacg", "ministry", {"fr": "Ministère de la Justice – Direction des Affaires Criminelles et des Grâces",
                               "en": "Ministry of Justice – Directorate of Criminal Affairs and Pardons"}, "DACG",
          ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"], parent="justice"),
        A("centif", "financial_intelligence_unit", {"fr": "Cellule Nationale de Traitement des Informations Financières",
                                                    "en": "National Financial Intelligence Processing Unit"}, "CENTIF",
          ["ASSET_RECOVERY"]),
        A("ofnac", "other", {"fr": "Office National de Lutte contre la Fraude et la Corruption",
                             "en": "National Anti-Fraud and Anti-Corruption Office"}, "OFNAC",
          ["CORRUPTION_PREVENTION"]),
        A("dsc", "police", {"fr": "Police nationale – Division Spéciale de Cybersécurité",
                            "en": "National Police – Special Cybersecurity Division"}, "DSC", ["CYBER_24_7"]),
    ],
    "CIV": [
        A("justice", "ministry", {"fr": "Ministère de la Justice et des Droits de l'Homme",
                                  "en": "Ministry of Justice and Human Rights"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"]),
        A("habg", "other", {"fr": "Haute Autorité pour la Bonne Gouvernance", "en": "High Authority for Good Governance"},
          "HABG", ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("plcc", "police", {"fr": "Plateforme de Lutte Contre la Cybercriminalité",
                             "en": "Platform for Combating Cybercrime"}, "PLCC", ["TERRORISM"]),
    ],
    "ETH": [
        A("fag", "ministry", en("Federal Attorney General"), "FAG", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"],
          status="retired", created_before="2020-03-31",
          retired_note="Replaced by the Ministry of Justice in 2021; record kept for reference."),
        A("justice", "ministry", en("Ministry of Justice"), "MOJ", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"],
          created_after="2021-11-01"),
        A("feacc", "other", en("Federal Ethics and Anti-Corruption Commission"), "FEACC", ["CORRUPTION_PREVENTION"]),
        A("police", "police", en("Ethiopian Federal Police Commission"), "EFPC", ["TERRORISM", "FIREARMS"]),
    ],
    "GHA": [
        A("ag", "ministry", en("Office of the Attorney-General and Ministry of Justice"), None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("osp", "prosecution", en("Office of the Special Prosecutor"), "OSP", ["ASSET_RECOVERY", "CORRUPTION_PREVENTION"]),
        A("cyber", "police", en("Ghana Police Service – Cybercrime Unit"), None, ["CYBER_24_7"]),
        A("eoco", "other", en("Economic and Organised Crime Office"), "EOCO", ["PREVENTION_TOC"]),
    ],
    "TUN": [
        A("justice", "ministry", {"ar": "وزارة العدل", "fr": "Ministère de la Justice", "en": "Ministry of Justice"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("ctaf", "financial_intelligence_unit", {"fr": "Commission Tunisienne des Analyses Financières",
                                                  "ar": "اللجنة التونسية للتحاليل المالية",
                                                  "en": "Tunisian Financial Analysis Commission"}, "CTAF",
          ["ASSET_RECOVERY"]),
        A("gn", "police", {"ar": "الحرس الوطني", "fr": "Garde nationale", "en": "National Guard"}, None,
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "DZA": [
        A("justice", "ministry", {"ar": "وزارة العدل", "fr": "Ministère de la Justice", "en": "Ministry of Justice"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("ctrf", "financial_intelligence_unit", {"fr": "Cellule de Traitement du Renseignement Financier",
                                                  "en": "Financial Intelligence Processing Unit"}, "CTRF",
          ["ASSET_RECOVERY"]),
        A("dgsn", "police", {"ar": "المديرية العامة للأمن الوطني", "fr": "Direction Générale de la Sûreté Nationale",
                             "en": "Directorate General for National Security"}, "DGSN",
          ["TERRORISM", "FIREARMS"]),
        A("sngc", "coast_guard", {"fr": "Service National de Garde-Côtes", "en": "National Coast Guard Service"}, "SNGC",
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "UGA": [
        A("justice", "ministry", en("Ministry of Justice and Constitutional Affairs"), "MoJCA", ["MLA", "EXTRADITION"]),
        A("odpp", "prosecution", en("Office of the Director of Public Prosecutions"), "ODPP",
          ["TRANSFER_PROCEEDINGS", "ASSET_RECOVERY"]),
        A("igg", "other", en("Inspectorate of Government"), "IG", ["CORRUPTION_PREVENTION"]),
        A("police", "police", en("Uganda Police Force"), "UPF", ["TERRORISM", "FIREARMS"]),
    ],
    "CMR": [
        A("justice", "ministry", {"fr": "Ministère de la Justice", "en": "Ministry of Justice"}, "MINJUSTICE",
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("conac", "other", {"fr": "Commission Nationale Anti-Corruption", "en": "National Anti-Corruption Commission"},
          "CONAC", ["CORRUPTION_PREVENTION"]),
        A("anif", "financial_intelligence_unit", {"fr": "Agence Nationale d'Investigation Financière",
                                                  "en": "National Financial Investigation Agency"}, "ANIF",
          ["ASSET_RECOVERY"]),
    ],
    "MUS": [
        A("ago", "ministry", en("Attorney General's Office"), "AGO", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("icac", "other", en("Independent Commission Against Corruption"), "ICAC",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"], status="retired", created_before="2021-12-31",
          retired_note="Functions transferred to the Financial Crimes Commission in 2024; record kept for reference."),
        A("fcc", "other", en("Financial Crimes Commission"), "FCC", ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"],
          created_after="2024-04-01"),
        A("cyber", "police", en("Mauritius Police Force – Cybercrime Unit"), None, ["CYBER_24_7"]),
        A("ncg", "coast_guard", en("National Coast Guard"), "NCG", ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "BWA": [
        A("agc", "ministry", en("Attorney General's Chambers"), None, ["MLA", "EXTRADITION"]),
        A("dcec", "other", en("Directorate on Corruption and Economic Crime"), "DCEC",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("police", "police", en("Botswana Police Service"), "BPS", ["TERRORISM", "FIREARMS"]),
    ],
    # ======================= Americas =======================
    "USA": [
        A("doj", "ministry", en("U.S. Department of Justice"), "DOJ",
          [("TRANSFER_SENTENCED", {"scope": "Handled by the International Prisoner Transfer Unit of the Criminal Division."})]),
        A("oia", "ministry", en("U.S. Department of Justice – Criminal Division, Office of International Affairs"), "OIA",
          ["MLA", ("EXTRADITION", {"untoc": "no"})], parent="doj"),
        A("ccips", "ministry", en("U.S. Department of Justice – Computer Crime and Intellectual Property Section"), "CCIPS",
          ["CYBER_24_7"], parent="doj", h247=True),
        A("uscg", "coast_guard", en("United States Coast Guard"), "USCG", ["DRUGS_SEA", "MIGRANTS_SEA"]),
        A("oge", "other", en("U.S. Office of Government Ethics"), "OGE", ["CORRUPTION_PREVENTION"]),
    ],
    "CAN": [
        A("iag", "ministry", {"en": "Department of Justice Canada – International Assistance Group",
                              "fr": "Ministère de la Justice Canada – Groupe d'entraide internationale"}, "IAG",
          ["MLA", "EXTRADITION"], city="Ottawa"),
        A("csc", "other", {"en": "Correctional Service of Canada", "fr": "Service correctionnel du Canada"}, "CSC",
          ["TRANSFER_SENTENCED"]),
        A("rcmp", "police", {"en": "Royal Canadian Mounted Police", "fr": "Gendarmerie royale du Canada"}, "RCMP",
          ["CYBER_24_7", "TERRORISM"]),
    ],
    "MEX": [
        A("sre", "ministry", {"es": "Secretaría de Relaciones Exteriores", "en": "Ministry of Foreign Affairs"}, "SRE",
          ["EXTRADITION"]),
        A("fgr", "prosecution", {"es": "Fiscalía General de la República", "en": "Office of the Attorney General of the Republic"},
          "FGR", ["MLA", "TRANSFER_PROCEEDINGS", "TRANSFER_SENTENCED"]),
        A("uif", "financial_intelligence_unit", {"es": "Unidad de Inteligencia Financiera", "en": "Financial Intelligence Unit"},
          "UIF", ["ASSET_RECOVERY"]),
        A("semar", "coast_guard", {"es": "Secretaría de Marina", "en": "Ministry of the Navy"}, "SEMAR",
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
        A("sfp", "other", {"es": "Secretaría de la Función Pública", "en": "Ministry of Public Administration"}, "SFP",
          ["CORRUPTION_PREVENTION"], status="retired", created_before="2020-12-31",
          retired_note="Replaced by the Secretaría Anticorrupción y Buen Gobierno at the end of 2024; record kept for reference."),
        A("sabg", "other", {"es": "Secretaría Anticorrupción y Buen Gobierno", "en": "Ministry of Anti-Corruption and Good Governance"},
          "SABG", ["CORRUPTION_PREVENTION"], created_after="2025-01-06"),
        A("inah", "other", {"es": "Instituto Nacional de Antropología e Historia",
                            "en": "National Institute of Anthropology and History"}, "INAH", ["CULTURAL_PROPERTY"]),
    ],
    "BRA": [
        A("mjsp", "ministry", {"pt": "Ministério da Justiça e Segurança Pública", "en": "Ministry of Justice and Public Security"},
          "MJSP", ["EXTRADITION", "TRANSFER_SENTENCED"]),
        A("drci", "ministry", {"pt": "Departamento de Recuperação de Ativos e Cooperação Jurídica Internacional",
                               "en": "Department of Asset Recovery and International Legal Cooperation"}, "DRCI",
          ["MLA", "ASSET_RECOVERY"], parent="mjsp"),
        A("pf", "police", {"pt": "Polícia Federal", "en": "Federal Police"}, "PF", ["CYBER_24_7", "TERRORISM"],
          parent="mjsp", created_after="2023-12-01"),
        A("cgu", "other", {"pt": "Controladoria-Geral da União", "en": "Office of the Comptroller General"}, "CGU",
          ["CORRUPTION_PREVENTION"]),
        A("mpf", "prosecution", {"pt": "Ministério Público Federal – Secretaria de Cooperação Internacional",
                                 "en": "Federal Prosecution Service – Secretariat for International Cooperation"}, "SCI",
          [("MLA", {"central": True, "scope": "Acts as central authority only under certain bilateral treaties; other requests are channelled through the DRCI."})]),
    ],
    "ARG": [
        A("dajin", "ministry", {"es": "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto – Dirección de Asistencia Jurídica Internacional",
                                "en": "Ministry of Foreign Affairs, International Trade and Worship – Directorate of International Legal Assistance"},
          "DAJIN", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("pgn", "prosecution", {"es": "Procuración General de la Nación", "en": "Office of the Attorney General of the Nation"},
          "PGN", ["TRANSFER_PROCEEDINGS"]),
        A("ufeci", "prosecution", {"es": "Unidad Fiscal Especializada en Ciberdelincuencia",
                                   "en": "Specialised Prosecution Unit for Cybercrime"}, "UFECI", ["CYBER_24_7"],
          parent="pgn", h247=True),
        A("oa", "other", {"es": "Oficina Anticorrupción", "en": "Anti-Corruption Office"}, "OA", ["CORRUPTION_PREVENTION"]),
        A("pna", "coast_guard", {"es": "Prefectura Naval Argentina", "en": "Argentine Naval Prefecture"}, "PNA",
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "COL": [
        A("minjusticia", "ministry", {"es": "Ministerio de Justicia y del Derecho", "en": "Ministry of Justice and Law"}, None,
          ["EXTRADITION", "TRANSFER_SENTENCED"]),
        A("fgn", "prosecution", {"es": "Fiscalía General de la Nación", "en": "Office of the Attorney General of the Nation"},
          "FGN", ["MLA", "TRANSFER_PROCEEDINGS", "ASSET_RECOVERY"]),
        A("ccp", "police", {"es": "Policía Nacional de Colombia – Centro Cibernético Policial",
                            "en": "National Police of Colombia – Police Cyber Centre"}, "CCP", ["CYBER_24_7"],
          created_after="2020-04-01"),
        A("armada", "coast_guard", {"es": "Armada de Colombia", "en": "Colombian Navy"}, "ARC", ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "CHL": [
        A("uciex", "prosecution", {"es": "Fiscalía Nacional del Ministerio Público – Unidad de Cooperación Internacional y Extradiciones",
                                   "en": "National Prosecutor's Office – International Cooperation and Extradition Unit"},
          "UCIEX", ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"]),
        A("minjusticia", "ministry", {"es": "Ministerio de Justicia y Derechos Humanos", "en": "Ministry of Justice and Human Rights"},
          None, ["TRANSFER_SENTENCED"]),
        A("pdi", "police", {"es": "Policía de Investigaciones de Chile", "en": "Investigations Police of Chile"}, "PDI",
          ["CYBER_24_7", "TERRORISM"]),
        A("directemar", "coast_guard", {"es": "Dirección General del Territorio Marítimo y de Marina Mercante",
                                        "en": "Directorate General of Maritime Territory and Merchant Marine"}, "DIRECTEMAR",
          ["DRUGS_SEA", "MIGRANTS_SEA"], city="Valparaíso"),
    ],
    "PER": [
        A("ucjie", "prosecution", {"es": "Fiscalía de la Nación – Unidad de Cooperación Judicial Internacional y Extradiciones",
                                   "en": "Office of the Attorney General – International Judicial Cooperation and Extradition Unit"},
          "UCJIE", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("divindat", "police", {"es": "Policía Nacional del Perú – División de Investigación de Delitos de Alta Tecnología",
                                 "en": "National Police of Peru – High Technology Crime Investigation Division"}, "DIVINDAT",
          ["CYBER_24_7"]),
        A("sip", "other", {"es": "Secretaría de Integridad Pública de la Presidencia del Consejo de Ministros",
                           "en": "Public Integrity Secretariat of the Presidency of the Council of Ministers"}, "SIP",
          ["CORRUPTION_PREVENTION"]),
        A("dicapi", "coast_guard", {"es": "Dirección General de Capitanías y Guardacostas",
                                    "en": "Directorate General of Harbour Masters and Coast Guard"}, "DICAPI",
          ["DRUGS_SEA", "MIGRANTS_SEA"], city="Callao"),
        A("cultura", "ministry", {"es": "Ministerio de Cultura", "en": "Ministry of Culture"}, None, ["CULTURAL_PROPERTY"]),
    ],
    "CRI": [
        A("oatri", "prosecution", {"es": "Ministerio Público – Oficina de Asesoría Técnica y Relaciones Internacionales",
                                   "en": "Public Prosecution Service – Office of Technical Advice and International Relations"},
          "OATRI", ["MLA", "TRANSFER_PROCEEDINGS"]),
        A("pgr", "other", {"es": "Procuraduría General de la República", "en": "Office of the Attorney General of the Republic"},
          "PGR", ["CORRUPTION_PREVENTION"]),
        A("sng", "coast_guard", {"es": "Servicio Nacional de Guardacostas", "en": "National Coast Guard Service"}, "SNG",
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
        A("oij", "police", {"es": "Organismo de Investigación Judicial", "en": "Judicial Investigation Department"}, "OIJ",
          ["CYBER_24_7", "FIREARMS"]),
    ],
    "PAN": [
        A("mire", "ministry", {"es": "Ministerio de Relaciones Exteriores", "en": "Ministry of Foreign Affairs"}, "MIRE",
          ["EXTRADITION", "TRANSFER_SENTENCED"]),
        A("pgn", "prosecution", {"es": "Procuraduría General de la Nación", "en": "Office of the Attorney General of the Nation"},
          "PGN", ["MLA", "TRANSFER_PROCEEDINGS"]),
        A("senan", "coast_guard", {"es": "Servicio Nacional Aeronaval", "en": "National Air and Naval Service"}, "SENAN",
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
        A("uaf", "financial_intelligence_unit", {"es": "Unidad de Análisis Financiero para la Prevención del Blanqueo de Capitales y el Financiamiento del Terrorismo",
                                                 "en": "Financial Analysis Unit for the Prevention of Money Laundering and the Financing of Terrorism"},
          "UAF", ["ASSET_RECOVERY"]),
    ],
    "ECU": [
        A("fge", "prosecution", {"es": "Fiscalía General del Estado", "en": "Office of the Attorney General of the State"}, "FGE",
          ["MLA", "TRANSFER_PROCEEDINGS"]),
        A("cnj", "court", {"es": "Corte Nacional de Justicia", "en": "National Court of Justice"}, "CNJ",
          [("EXTRADITION", {"scope": "Decides on incoming extradition requests; requests are transmitted through the diplomatic channel."})]),
        A("uafe", "financial_intelligence_unit", {"es": "Unidad de Análisis Financiero y Económico",
                                                  "en": "Financial and Economic Analysis Unit"}, "UAFE", ["ASSET_RECOVERY"]),
        A("armada", "coast_guard", {"es": "Armada del Ecuador", "en": "Ecuadorian Navy"}, None, ["DRUGS_SEA", "MIGRANTS_SEA"],
          city="Guayaquil"),
    ],
    "URY": [
        A("accji", "ministry", {"es": "Ministerio de Educación y Cultura – Autoridad Central de Cooperación Jurídica Internacional",
                                "en": "Ministry of Education and Culture – Central Authority for International Legal Cooperation"},
          None, ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("fgn", "prosecution", {"es": "Fiscalía General de la Nación", "en": "Office of the Attorney General of the Nation"},
          "FGN", ["TRANSFER_PROCEEDINGS"]),
        A("jutep", "other", {"es": "Junta de Transparencia y Ética Pública", "en": "Board of Transparency and Public Ethics"},
          "JUTEP", ["CORRUPTION_PREVENTION"]),
        A("prena", "coast_guard", {"es": "Prefectura Nacional Naval", "en": "National Naval Prefecture"}, "PRENA", ["DRUGS_SEA"]),
    ],
    "GTM": [
        A("mp", "prosecution", {"es": "Ministerio Público", "en": "Public Prosecution Service"}, "MP",
          ["MLA", "TRANSFER_PROCEEDINGS"]),
        A("minex", "ministry", {"es": "Ministerio de Relaciones Exteriores", "en": "Ministry of Foreign Affairs"}, "MINEX",
          ["EXTRADITION"]),
        A("ive", "financial_intelligence_unit", {"es": "Intendencia de Verificación Especial", "en": "Special Verification Intendancy"},
          "IVE", ["ASSET_RECOVERY"]),
    ],
    "PRY": [
        A("mp", "prosecution", {"es": "Ministerio Público – Dirección de Asuntos Internacionales y Asistencia Jurídica Externa",
                                "en": "Public Prosecution Service – Directorate of International Affairs and External Legal Assistance"},
          None, ["MLA", "TRANSFER_PROCEEDINGS"]),
        A("csj", "court", {"es": "Corte Suprema de Justicia", "en": "Supreme Court of Justice"}, "CSJ",
          [("EXTRADITION", {"scope": "Competent for the judicial phase of extradition proceedings."})]),
        A("senac", "other", {"es": "Secretaría Nacional Anticorrupción", "en": "National Anti-Corruption Secretariat"}, "SENAC",
          ["CORRUPTION_PREVENTION"]),
    ],
    # ======================= Asia =======================
    "CHN": [
        A("moj", "ministry", {"zh": "中华人民共和国司法部", "en": "Ministry of Justice of the People's Republic of China"}, "MOJ",
          ["MLA", "TRANSFER_SENTENCED"]),
        A("mfa", "ministry", {"zh": "中华人民共和国外交部", "en": "Ministry of Foreign Affairs of the People's Republic of China"},
          "MFA", ["EXTRADITION"]),
        A("spp", "prosecution", {"zh": "最高人民检察院", "en": "Supreme People's Procuratorate"}, "SPP",
          [("MLA", {"scope": "Competent for requests concerning cases handled by the procuratorates."}), "TRANSFER_PROCEEDINGS"]),
        A("ncs", "other", {"zh": "国家监察委员会", "en": "National Supervisory Commission"}, "NSC",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("mps", "police", {"zh": "中华人民共和国公安部", "en": "Ministry of Public Security of the People's Republic of China"},
          "MPS", ["TERRORISM", "PREVENTION_TOC"]),
        A("ccg", "coast_guard", {"zh": "中国海警局", "en": "China Coast Guard"}, "CCG", ["DRUGS_SEA"]),
        A("ncha", "other", {"zh": "国家文物局", "en": "National Cultural Heritage Administration"}, "NCHA",
          ["CULTURAL_PROPERTY"]),
    ],
    "JPN": [
        A("moj", "ministry", {"ja": "法務省", "en": "Ministry of Justice"}, "MOJ", ["TRANSFER_SENTENCED"]),
        A("intl", "ministry", {"ja": "法務省刑事局国際課", "en": "Ministry of Justice – Criminal Affairs Bureau, International Affairs Division"},
          None, ["MLA", "EXTRADITION"], parent="moj"),
        A("npa", "police", {"ja": "警察庁", "en": "National Police Agency"}, "NPA", ["CYBER_24_7", "TERRORISM"]),
        A("jcg", "coast_guard", {"ja": "海上保安庁", "en": "Japan Coast Guard"}, "JCG", ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "IND": [
        A("mha", "ministry", {"en": "Ministry of Home Affairs", "hi": "गृह मंत्रालय"}, "MHA", ["MLA", "TRANSFER_SENTENCED"]),
        A("mea", "ministry", {"en": "Ministry of External Affairs", "hi": "विदेश मंत्रालय"}, "MEA", ["EXTRADITION"]),
        A("nia", "police", en("National Investigation Agency"), "NIA", ["TERRORISM"]),
        A("cvc", "other", {"en": "Central Vigilance Commission", "hi": "केंद्रीय सतर्कता आयोग"}, "CVC",
          ["CORRUPTION_PREVENTION"]),
        A("icg", "coast_guard", en("Indian Coast Guard"), "ICG", ["DRUGS_SEA"]),
    ],
    "IDN": [
        A("kemenkumham", "ministry", {"id": "Kementerian Hukum dan Hak Asasi Manusia", "en": "Ministry of Law and Human Rights"},
          "Kemenkumham", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"], status="retired", created_before="2021-06-30",
          retired_note="Functions transferred to the Ministry of Law (Kementerian Hukum) in October 2024; record kept for reference."),
        A("kemenkum", "ministry", {"id": "Kementerian Hukum", "en": "Ministry of Law"}, "Kemenkum",
          ["MLA", "EXTRADITION"], created_after="2024-11-01"),
        A("kejagung", "prosecution", {"id": "Kejaksaan Agung Republik Indonesia", "en": "Attorney General's Office of the Republic of Indonesia"},
          None, ["TRANSFER_PROCEEDINGS", "ASSET_RECOVERY"]),
        A("kpk", "other", {"id": "Komisi Pemberantasan Korupsi", "en": "Corruption Eradication Commission"}, "KPK",
          ["CORRUPTION_PREVENTION"]),
        A("bakamla", "coast_guard", {"id": "Badan Keamanan Laut Republik Indonesia", "en": "Maritime Security Agency of the Republic of Indonesia"},
          "Bakamla", ["DRUGS_SEA", "MIGRANTS_SEA"]),
        A("bnpt", "other", {"id": "Badan Nasional Penanggulangan Terorisme", "en": "National Counter Terrorism Agency"}, "BNPT",
          ["TERRORISM"]),
    ],
    "SAU": [
        A("moi", "ministry", {"ar": "وزارة الداخلية", "en": "Ministry of Interior"}, None, ["MLA", "EXTRADITION", "TERRORISM"]),
        A("pp", "prosecution", {"ar": "النيابة العامة", "en": "Public Prosecution"}, None,
          [("MLA", {"scope": PRE_TRIAL}), "TRANSFER_PROCEEDINGS"]),
        A("nazaha", "other", {"ar": "هيئة الرقابة ومكافحة الفساد", "en": "Oversight and Anti-Corruption Authority"}, "Nazaha",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("bg", "coast_guard", {"ar": "المديرية العامة لحرس الحدود", "en": "General Directorate of Border Guard"}, None,
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "ARE": [
        A("moj", "ministry", {"ar": "وزارة العدل", "en": "Ministry of Justice"}, "MOJ",
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("fpp", "prosecution", {"ar": "النيابة العامة الاتحادية", "en": "Federal Public Prosecution"}, None,
          ["TRANSFER_PROCEEDINGS"]),
        A("fiu", "financial_intelligence_unit", {"ar": "وحدة المعلومات المالية", "en": "Financial Intelligence Unit"}, "UAE FIU",
          ["ASSET_RECOVERY"]),
        A("moi", "ministry", {"ar": "وزارة الداخلية", "en": "Ministry of Interior"}, "MOI", ["TERRORISM", "PREVENTION_TOC"]),
    ],
    "JOR": [
        A("moj", "ministry", {"ar": "وزارة العدل", "en": "Ministry of Justice"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("jiacc", "other", {"ar": "هيئة النزاهة ومكافحة الفساد", "en": "Integrity and Anti-Corruption Commission"}, "JIACC",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("psd", "police", {"ar": "مديرية الأمن العام", "en": "Public Security Directorate"}, "PSD",
          ["TERRORISM", "PREVENTION_TOC"]),
        A("doa", "other", {"ar": "دائرة الآثار العامة", "en": "Department of Antiquities"}, "DoA", ["CULTURAL_PROPERTY"]),
    ],
    "KAZ": [
        A("gp", "prosecution", {"ru": "Генеральная прокуратура Республики Казахстан",
                                "kk": "Қазақстан Республикасының Бас прокуратурасы",
                                "en": "Prosecutor General's Office of the Republic of Kazakhstan"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"]),
        A("anticor", "other", {"ru": "Агентство Республики Казахстан по противодействию коррупции (Антикоррупционная служба)",
                               "en": "Anti-Corruption Agency of the Republic of Kazakhstan (Anti-Corruption Service)"}, None,
          ["CORRUPTION_PREVENTION"], created_after="2019-07-01"),
        A("afm", "financial_intelligence_unit", {"ru": "Агентство Республики Казахстан по финансовому мониторингу",
                                                 "en": "Financial Monitoring Agency of the Republic of Kazakhstan"}, "АФМ",
          ["ASSET_RECOVERY"], created_after="2021-02-01"),
        A("mvd", "police", {"ru": "Министерство внутренних дел Республики Казахстан",
                            "en": "Ministry of Internal Affairs of the Republic of Kazakhstan"}, "МВД",
          ["TERRORISM"]),
    ],
    "KOR": [
        A("moj", "ministry", {"ko": "법무부", "en": "Ministry of Justice"}, "MOJ", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("spo", "prosecution", {"ko": "대검찰청", "en": "Supreme Prosecutors' Office"}, "SPO",
          ["TRANSFER_PROCEEDINGS", "ASSET_RECOVERY"], city="Seoul"),
        A("acrc", "other", {"ko": "국민권익위원회", "en": "Anti-Corruption and Civil Rights Commission"}, "ACRC",
          ["CORRUPTION_PREVENTION"], city="Sejong"),
        A("kcg", "coast_guard", {"ko": "해양경찰청", "en": "Korea Coast Guard"}, "KCG", ["DRUGS_SEA", "MIGRANTS_SEA"],
          city="Incheon"),
    ],
    "PHL": [
        A("doj", "ministry", en("Department of Justice"), "DOJ", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("ooc", "ministry", en("Department of Justice – Office of Cybercrime"), "DOJ-OOC", ["CYBER_24_7"], parent="doj",
          h247=True),
        A("ombudsman", "other", en("Office of the Ombudsman"), None, ["CORRUPTION_PREVENTION"]),
        A("amlc", "financial_intelligence_unit", en("Anti-Money Laundering Council"), "AMLC", ["ASSET_RECOVERY"]),
        A("pcg", "coast_guard", en("Philippine Coast Guard"), "PCG", ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "THA": [
        A("oag", "prosecution", {"th": "สำนักงานอัยการสูงสุด", "en": "Office of the Attorney General"}, "OAG",
          ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"]),
        A("nacc", "other", {"th": "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
                            "en": "Office of the National Anti-Corruption Commission"}, "NACC",
          ["CORRUPTION_PREVENTION"]),
        A("amlo", "financial_intelligence_unit", {"th": "สำนักงานป้องกันและปราบปรามการฟอกเงิน", "en": "Anti-Money Laundering Office"},
          "AMLO", ["ASSET_RECOVERY"]),
        A("doc", "other", {"th": "กรมราชทัณฑ์", "en": "Department of Corrections"}, None, ["TRANSFER_SENTENCED"],
          city="Nonthaburi"),
    ],
    "MYS": [
        A("agc", "ministry", {"ms": "Jabatan Peguam Negara", "en": "Attorney General's Chambers"}, "AGC",
          ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"]),
        A("sprm", "other", {"ms": "Suruhanjaya Pencegahan Rasuah Malaysia", "en": "Malaysian Anti-Corruption Commission"}, "SPRM",
          ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("apmm", "coast_guard", {"ms": "Agensi Penguatkuasaan Maritim Malaysia", "en": "Malaysian Maritime Enforcement Agency"},
          "APMM", ["DRUGS_SEA", "MIGRANTS_SEA"]),
        A("pdrm", "police", {"ms": "Polis Diraja Malaysia", "en": "Royal Malaysia Police"}, "PDRM", ["TERRORISM"],
          city="Kuala Lumpur"),
    ],
    "SGP": [
        A("agc", "ministry", en("Attorney-General's Chambers"), "AGC", ["MLA", "EXTRADITION"]),
        A("cpib", "other", en("Corrupt Practices Investigation Bureau"), "CPIB", ["CORRUPTION_PREVENTION"]),
        A("spf", "police", en("Singapore Police Force"), "SPF", ["TERRORISM", "ASSET_RECOVERY"]),
        A("pcg", "coast_guard", en("Singapore Police Force – Police Coast Guard"), "PCG", ["DRUGS_SEA", "MIGRANTS_SEA"],
          parent="spf"),
    ],
    "PAK": [
        A("moi", "ministry", en("Ministry of Interior"), "MOI", ["MLA", "EXTRADITION"]),
        A("nacta", "other", en("National Counter Terrorism Authority"), "NACTA", ["TERRORISM"], parent="moi"),
        A("nab", "other", en("National Accountability Bureau"), "NAB", ["CORRUPTION_PREVENTION", "ASSET_RECOVERY"]),
        A("pmsa", "coast_guard", en("Pakistan Maritime Security Agency"), "PMSA", ["DRUGS_SEA", "MIGRANTS_SEA"],
          city="Karachi"),
    ],
    "QAT": [
        A("pp", "prosecution", {"ar": "النيابة العامة", "en": "Public Prosecution"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"]),
        A("acta", "other", {"ar": "هيئة الرقابة الإدارية والشفافية", "en": "Administrative Control and Transparency Authority"},
          "ACTA", ["CORRUPTION_PREVENTION"]),
        A("qfiu", "financial_intelligence_unit", {"ar": "وحدة المعلومات المالية", "en": "Qatar Financial Information Unit"},
          "QFIU", ["ASSET_RECOVERY"]),
    ],
    "UZB": [
        A("gp", "prosecution", {"uz": "Oʻzbekiston Respublikasi Bosh prokuraturasi",
                                "ru": "Генеральная прокуратура Республики Узбекистан",
                                "en": "Prosecutor General's Office of the Republic of Uzbekistan"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"]),
        A("aca", "other", {"uz": "Oʻzbekiston Respublikasi Korrupsiyaga qarshi kurashish agentligi",
                           "ru": "Агентство по противодействию коррупции Республики Узбекистан",
                           "en": "Anti-Corruption Agency of the Republic of Uzbekistan"}, None,
          ["CORRUPTION_PREVENTION"], created_after="2020-07-01"),
        A("iiv", "police", {"uz": "Oʻzbekiston Respublikasi Ichki ishlar vazirligi",
                            "ru": "Министерство внутренних дел Республики Узбекистан",
                            "en": "Ministry of Internal Affairs of the Republic of Uzbekistan"}, "IIV",
          ["TERRORISM", "PREVENTION_TOC"]),
    ],
    # ======================= Europe =======================
    "FRA": [
        A("justice", "ministry", {"fr": "Ministère de la Justice", "en": "Ministry of Justice"}, None, ["TRANSFER_SENTENCED"]),
        A("bepi", "ministry", {"fr": "Ministère de la Justice – Bureau de l'entraide pénale internationale",
                               "en": "Ministry of Justice – Office for International Mutual Assistance in Criminal Matters"},
          "BEPI", ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"], parent="justice"),
        A("ofac", "police", {"fr": "Office anti-cybercriminalité", "en": "Anti-Cybercrime Office"}, "OFAC", ["CYBER_24_7"],
          created_after="2023-10-01", city="Nanterre"),
        A("afa", "other", {"fr": "Agence française anticorruption", "en": "French Anti-Corruption Agency"}, "AFA",
          ["CORRUPTION_PREVENTION"]),
        A("ocbc", "police", {"fr": "Office central de lutte contre le trafic des biens culturels",
                             "en": "Central Office for Combating Trafficking in Cultural Goods"}, "OCBC",
          ["CULTURAL_PROPERTY"], h247=False),
        A("agrasc", "other", {"fr": "Agence de gestion et de recouvrement des avoirs saisis et confisqués",
                              "en": "Agency for the Management and Recovery of Seized and Confiscated Assets"}, "AGRASC",
          ["ASSET_RECOVERY"]),
    ],
    "DEU": [
        A("bmjv", "ministry", {"de": "Bundesministerium der Justiz und für Verbraucherschutz",
                               "en": "Federal Ministry of Justice and Consumer Protection"}, "BMJV", ["EXTRADITION"]),
        A("bfj", "other", {"de": "Bundesamt für Justiz", "en": "Federal Office of Justice"}, "BfJ",
          ["MLA", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"], parent="bmjv", city="Bonn"),
        A("bka", "police", {"de": "Bundeskriminalamt", "en": "Federal Criminal Police Office"}, "BKA",
          ["CYBER_24_7", "TERRORISM", "FIREARMS", "PREVENTION_TOC"], city="Wiesbaden"),
    ],
    "ESP": [
        A("mpjrc", "ministry", {"es": "Ministerio de la Presidencia, Justicia y Relaciones con las Cortes",
                                "en": "Ministry of the Presidency, Justice and Relations with the Cortes"}, None,
          ["TRANSFER_PROCEEDINGS"], created_after="2023-12-01"),
        A("sgcji", "ministry", {"es": "Subdirección General de Cooperación Jurídica Internacional",
                                "en": "Sub-Directorate General for International Legal Cooperation"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"], parent="mpjrc", created_after="2023-12-01"),
        A("citco", "police", {"es": "Centro de Inteligencia contra el Terrorismo y el Crimen Organizado",
                              "en": "Intelligence Centre for Counter-Terrorism and Organised Crime"}, "CITCO",
          ["TERRORISM", "PREVENTION_TOC"]),
        A("gc", "police", {"es": "Guardia Civil", "en": "Civil Guard"}, None, ["FIREARMS", "DRUGS_SEA", "MIGRANTS_SEA"]),
        A("cgpj", "police", {"es": "Policía Nacional – Comisaría General de Policía Judicial",
                             "en": "National Police – General Commissariat of Judicial Police"}, "CGPJ", ["CYBER_24_7"]),
    ],
    "ITA": [
        A("giustizia", "ministry", {"it": "Ministero della Giustizia", "en": "Ministry of Justice"}, None,
          ["TRANSFER_SENTENCED"]),
        A("dgaic", "ministry", {"it": "Ministero della Giustizia – Direzione generale degli affari internazionali e della cooperazione giudiziaria",
                                "en": "Ministry of Justice – Directorate General for International Affairs and Judicial Cooperation"},
          None, ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"], parent="giustizia"),
        A("tpc", "police", {"it": "Comando Carabinieri per la Tutela del Patrimonio Culturale",
                            "en": "Carabinieri Command for the Protection of Cultural Heritage"}, "TPC",
          ["CULTURAL_PROPERTY"], h247=False),
        A("postale", "police", {"it": "Polizia di Stato – Servizio Polizia Postale e per la Sicurezza Cibernetica",
                                "en": "State Police – Postal Police and Cybersecurity Service"}, None, ["CYBER_24_7"]),
        A("anac", "other", {"it": "Autorità Nazionale Anticorruzione", "en": "National Anti-Corruption Authority"}, "ANAC",
          ["CORRUPTION_PREVENTION"]),
        A("gdf", "police", {"it": "Guardia di Finanza", "en": "Financial Police"}, "GdF", ["DRUGS_SEA", "ASSET_RECOVERY"]),
    ],
    "RUS": [
        A("gp", "prosecution", {"ru": "Генеральная прокуратура Российской Федерации",
                                "en": "Prosecutor General's Office of the Russian Federation"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_PROCEEDINGS"]),
        A("minjust", "ministry", {"ru": "Министерство юстиции Российской Федерации",
                                  "en": "Ministry of Justice of the Russian Federation"}, "Минюст России",
          [("MLA", {"scope": "Competent for requests relating to court proceedings."}), "TRANSFER_SENTENCED"]),
        A("mvd", "police", {"ru": "Министерство внутренних дел Российской Федерации",
                            "en": "Ministry of Internal Affairs of the Russian Federation"}, "МВД России",
          ["TERRORISM", "PREVENTION_TOC"]),
        A("rfm", "financial_intelligence_unit", {"ru": "Федеральная служба по финансовому мониторингу",
                                                 "en": "Federal Financial Monitoring Service"}, "Росфинмониторинг",
          ["ASSET_RECOVERY"]),
        A("ps", "coast_guard", {"ru": "Пограничная служба Федеральной службы безопасности Российской Федерации",
                                "en": "Border Service of the Federal Security Service of the Russian Federation"}, None,
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "GBR": [
        A("ho", "ministry", en("Home Office"), None, ["EXTRADITION"]),
        A("ukca", "ministry", en("Home Office – UK Central Authority"), "UKCA",
          [("MLA", {"scope": "Central authority for England, Wales and Northern Ireland; requests concerning Scotland go to the Crown Office."})],
          parent="ho"),
        A("moj", "ministry", en("Ministry of Justice"), "MoJ", ["TRANSFER_SENTENCED"]),
        A("nca", "police", en("National Crime Agency"), "NCA", ["CYBER_24_7", "ASSET_RECOVERY", "PREVENTION_TOC"]),
        A("copfs", "prosecution", en("Crown Office and Procurator Fiscal Service – International Co-operation Unit"), "COPFS",
          [("MLA", {"central": True, "scope": "Central authority for requests to be executed in Scotland."})], city="Edinburgh"),
    ],
    "POL": [
        A("ms", "ministry", {"pl": "Ministerstwo Sprawiedliwości", "en": "Ministry of Justice"}, None,
          [("MLA", {"scope": TRIAL}), "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("pk", "prosecution", {"pl": "Prokuratura Krajowa", "en": "National Public Prosecutor's Office"}, None,
          [("MLA", {"central": True, "scope": PRE_TRIAL}), "TRANSFER_PROCEEDINGS"]),
        A("kgp", "police", {"pl": "Komenda Główna Policji", "en": "National Police Headquarters"}, "KGP",
          ["CYBER_24_7", "FIREARMS"]),
        A("cba", "other", {"pl": "Centralne Biuro Antykorupcyjne", "en": "Central Anti-Corruption Bureau"}, "CBA",
          ["CORRUPTION_PREVENTION"]),
    ],
    "UKR": [
        A("minjust", "ministry", {"uk": "Міністерство юстиції України", "en": "Ministry of Justice of Ukraine"}, None,
          [("MLA", {"scope": TRIAL}), ("EXTRADITION", {"scope": "Competent for extradition requests at the trial stage and after conviction."}),
           "TRANSFER_SENTENCED"]),
        A("ogp", "prosecution", {"uk": "Офіс Генерального прокурора", "en": "Office of the Prosecutor General"}, None,
          [("MLA", {"central": True, "scope": PRE_TRIAL}),
           ("EXTRADITION", {"central": True, "scope": "Competent for extradition requests during pre-trial investigation."}),
           "TRANSFER_PROCEEDINGS"]),
        A("cyberpolice", "police", {"uk": "Департамент кіберполіції Національної поліції України",
                                    "en": "Cyber Police Department of the National Police of Ukraine"}, None, ["CYBER_24_7"]),
        A("nazk", "other", {"uk": "Національне агентство з питань запобігання корупції",
                            "en": "National Agency on Corruption Prevention"}, "НАЗК", ["CORRUPTION_PREVENTION"]),
        A("arma", "other", {"uk": "Агентство з розшуку та менеджменту активів", "en": "Asset Recovery and Management Agency"},
          "АРМА", ["ASSET_RECOVERY"]),
    ],
    "NLD": [
        A("jenv", "ministry", {"nl": "Ministerie van Justitie en Veiligheid", "en": "Ministry of Justice and Security"}, "JenV",
          ["PREVENTION_TOC"]),
        A("airs", "ministry", {"nl": "Ministerie van Justitie en Veiligheid – Afdeling Internationale Rechtshulp in Strafzaken",
                               "en": "Ministry of Justice and Security – International Legal Assistance in Criminal Matters Department"},
          "AIRS", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"], parent="jenv"),
        A("le", "police", {"nl": "Politie – Landelijke Eenheid", "en": "National Police – National Unit"}, None,
          ["CYBER_24_7", "TERRORISM"], city="Driebergen"),
        A("om", "prosecution", {"nl": "Openbaar Ministerie", "en": "Public Prosecution Service"}, "OM", ["ASSET_RECOVERY"]),
    ],
    "PRT": [
        A("pgr", "prosecution", {"pt": "Procuradoria-Geral da República", "en": "Office of the Prosecutor General of the Republic"},
          "PGR", ["MLA", "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"]),
        A("pj", "police", {"pt": "Polícia Judiciária", "en": "Criminal Police"}, "PJ",
          ["CYBER_24_7", "TERRORISM", "ASSET_RECOVERY"]),
        A("menac", "other", {"pt": "Mecanismo Nacional Anticorrupção", "en": "National Anti-Corruption Mechanism"}, "MENAC",
          ["CORRUPTION_PREVENTION"], created_after="2022-07-01"),
        A("amn", "coast_guard", {"pt": "Autoridade Marítima Nacional", "en": "National Maritime Authority"}, "AMN",
          ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "ROU": [
        A("mj", "ministry", {"ro": "Ministerul Justiției", "en": "Ministry of Justice"}, None,
          [("MLA", {"scope": TRIAL}), "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("piccj", "prosecution", {"ro": "Parchetul de pe lângă Înalta Curte de Casație și Justiție",
                                   "en": "Prosecutor's Office attached to the High Court of Cassation and Justice"}, "PÎCCJ",
          [("MLA", {"central": True, "scope": PRE_TRIAL}), "TRANSFER_PROCEEDINGS"]),
        A("diicot", "prosecution", {"ro": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                                    "en": "Directorate for Investigating Organised Crime and Terrorism"}, "DIICOT",
          ["CYBER_24_7", "TERRORISM", "PREVENTION_TOC"], parent="piccj", h247=True),
        A("anabi", "other", {"ro": "Agenția Națională de Administrare a Bunurilor Indisponibilizate",
                             "en": "National Agency for the Management of Seized Assets"}, "ANABI", ["ASSET_RECOVERY"]),
    ],
    "SWE": [
        A("ju", "ministry", {"sv": "Justitiedepartementet", "en": "Ministry of Justice"}, None, ["MLA", "EXTRADITION"]),
        A("polisen", "police", {"sv": "Polismyndigheten", "en": "Swedish Police Authority"}, None,
          ["CYBER_24_7", "FIREARMS", "TERRORISM"]),
        A("kvv", "other", {"sv": "Kriminalvården", "en": "Swedish Prison and Probation Service"}, None,
          ["TRANSFER_SENTENCED"], city="Norrköping"),
        A("kbv", "coast_guard", {"sv": "Kustbevakningen", "en": "Swedish Coast Guard"}, "KBV", ["DRUGS_SEA", "MIGRANTS_SEA"],
          city="Karlskrona"),
    ],
    "AUT": [
        A("bmj", "ministry", {"de": "Bundesministerium für Justiz", "en": "Federal Ministry of Justice"}, "BMJ",
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"]),
        A("bmi", "ministry", {"de": "Bundesministerium für Inneres", "en": "Federal Ministry of the Interior"}, "BMI",
          ["PREVENTION_TOC", "TERRORISM"]),
        A("bk", "police", {"de": "Bundeskriminalamt", "en": "Criminal Intelligence Service Austria"}, "BK",
          ["CYBER_24_7", "FIREARMS", "ASSET_RECOVERY"], parent="bmi"),
        A("bak", "other", {"de": "Bundesamt zur Korruptionsprävention und Korruptionsbekämpfung",
                           "en": "Federal Bureau of Anti-Corruption"}, "BAK", ["CORRUPTION_PREVENTION"], parent="bmi"),
    ],
    "CHE": [
        A("bj", "other", {"de": "Bundesamt für Justiz", "fr": "Office fédéral de la justice", "it": "Ufficio federale di giustizia",
                          "en": "Federal Office of Justice"}, "BJ",
          [("MLA", {"scope": "Requests may also be addressed directly to the competent cantonal or federal executing authority."}),
           "EXTRADITION", "TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS", "ASSET_RECOVERY"]),
        A("fedpol", "police", {"de": "Bundesamt für Polizei", "fr": "Office fédéral de la police", "it": "Ufficio federale di polizia",
                               "en": "Federal Office of Police"}, "fedpol", ["CYBER_24_7", "TERRORISM", "FIREARMS"]),
        A("bak", "other", {"de": "Bundesamt für Kultur", "fr": "Office fédéral de la culture", "it": "Ufficio federale della cultura",
                           "en": "Federal Office of Culture"}, "BAK", ["CULTURAL_PROPERTY"]),
    ],
    "BEL": [
        A("spfj", "ministry", {"fr": "Service public fédéral Justice", "nl": "Federale Overheidsdienst Justitie",
                               "en": "Federal Public Service Justice"}, "SPF Justice",
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("polfed", "police", {"fr": "Police fédérale", "nl": "Federale Politie", "en": "Federal Police"}, None,
          ["CYBER_24_7", "TERRORISM"]),
        A("coiv", "other", {"nl": "Centraal Orgaan voor de Inbeslagneming en de Verbeurdverklaring",
                            "fr": "Organe Central pour la Saisie et la Confiscation",
                            "en": "Central Office for Seizure and Confiscation"}, "COIV", ["ASSET_RECOVERY"]),
    ],
    "GRC": [
        A("moj", "ministry", {"el": "Υπουργείο Δικαιοσύνης", "en": "Ministry of Justice"}, None,
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"]),
        A("cyber", "police", {"el": "Ελληνική Αστυνομία – Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος",
                              "en": "Hellenic Police – Cyber Crime Division"}, None, ["CYBER_24_7"]),
        A("hcg", "coast_guard", {"el": "Λιμενικό Σώμα – Ελληνική Ακτοφυλακή", "en": "Hellenic Coast Guard"}, None,
          ["DRUGS_SEA", "MIGRANTS_SEA"], city="Piraeus"),
        A("ead", "other", {"el": "Εθνική Αρχή Διαφάνειας", "en": "National Transparency Authority"}, "ΕΑΔ",
          ["CORRUPTION_PREVENTION"], created_after="2019-09-01"),
        A("culture", "ministry", {"el": "Υπουργείο Πολιτισμού", "en": "Ministry of Culture"}, None, ["CULTURAL_PROPERTY"]),
    ],
    # ======================= Oceania =======================
    "AUS": [
        A("agd", "ministry", en("Attorney-General's Department"), "AGD", ["PREVENTION_TOC"]),
        A("iccca", "ministry", en("Attorney-General's Department – International Crime Cooperation Central Authority"), "ICCCA",
          ["MLA", "EXTRADITION", "TRANSFER_SENTENCED"], parent="agd"),
        A("afp", "police", en("Australian Federal Police"), "AFP", ["CYBER_24_7", "TERRORISM", "ASSET_RECOVERY"]),
        A("nacc", "other", en("National Anti-Corruption Commission"), "NACC", ["CORRUPTION_PREVENTION"],
          created_after="2023-07-03"),
        A("abf", "coast_guard", en("Australian Border Force – Maritime Border Command"), "MBC", ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "NZL": [
        A("crownlaw", "ministry", en("Crown Law Office"), None, ["MLA", "EXTRADITION"]),
        A("police", "police", en("New Zealand Police"), None, ["TERRORISM", "ASSET_RECOVERY"]),
        A("sfo", "other", en("Serious Fraud Office"), "SFO", ["CORRUPTION_PREVENTION"]),
    ],
    "FJI": [
        A("ag", "ministry", en("Office of the Attorney-General"), None, ["MLA", "EXTRADITION"]),
        A("ficac", "other", en("Fiji Independent Commission Against Corruption"), "FICAC", ["CORRUPTION_PREVENTION"]),
        A("police", "police", en("Fiji Police Force"), None, ["TERRORISM", "FIREARMS"]),
        A("navy", "coast_guard", en("Republic of Fiji Navy"), "RFN", ["DRUGS_SEA", "MIGRANTS_SEA"]),
    ],
    "PNG": [
        A("djag", "ministry", en("Department of Justice and Attorney General"), "DJAG", ["MLA", "EXTRADITION"]),
        A("rpngc", "police", en("Royal Papua New Guinea Constabulary"), "RPNGC", ["TERRORISM", "FIREARMS"]),
        A("icac", "other", en("Independent Commission Against Corruption"), "ICAC", ["CORRUPTION_PREVENTION"],
          created_after="2023-03-01"),
    ],
    "WSM": [
        A("ag", "ministry", en("Office of the Attorney General"), None, ["MLA", "EXTRADITION"]),
        A("police", "police", en("Ministry of Police, Prisons and Corrections Services"), "MPPCS",
          ["TERRORISM", "TRANSFER_SENTENCED"]),
    ],
    "TON": [
        A("ag", "ministry", en("Attorney General's Office"), None, ["MLA", "EXTRADITION"]),
        A("police", "police", en("Tonga Police"), None, ["CYBER_24_7", "TERRORISM"]),
        A("maritime", "coast_guard", en("His Majesty's Armed Forces – Tonga Maritime Force"), None, ["DRUGS_SEA"]),
    ],
    "VUT": [
        A("sls", "ministry", en("State Law Office"), "SLO", ["MLA", "EXTRADITION"]),
        A("police", "police", en("Vanuatu Police Force"), "VPF", ["TERRORISM", "FIREARMS"]),
    ],
    "SLB": [
        A("mjla", "ministry", en("Ministry of Justice and Legal Affairs"), "MJLA", ["MLA", "EXTRADITION"]),
        A("rsipf", "police", en("Royal Solomon Islands Police Force"), "RSIPF", ["TERRORISM", "DRUGS_SEA"]),
        A("siicac", "other", en("Solomon Islands Independent Commission Against Corruption"), "SIICAC",
          ["CORRUPTION_PREVENTION"]),
    ],
    "KIR": [
        A("ag", "ministry", en("Office of the Attorney General"), None, ["MLA", "EXTRADITION"]),
        A("police", "police", en("Kiribati Police Service"), "KPS", ["TERRORISM", "DRUGS_SEA"]),
    ],
    "PLW": [
        A("moj", "ministry", en("Ministry of Justice"), "MOJ", ["TERRORISM"]),
        A("ag", "ministry", en("Ministry of Justice – Office of the Attorney General"), None, ["MLA", "EXTRADITION"],
          parent="moj"),
        A("dmle", "coast_guard", en("Ministry of Justice – Division of Marine Law Enforcement"), "DMLE",
          ["DRUGS_SEA", "MIGRANTS_SEA"], parent="moj"),
    ],
}

# --------------------------------------------------------------------------
# Text pools (all demo wording)
# --------------------------------------------------------------------------

REQUIREMENTS = {
    "MLA": [
        "Requests must describe the facts, the offence and its legal qualification, the applicable penalty and the specific assistance sought.",
        "The request should identify the investigating or prosecuting authority, summarise the relevant facts and explain how the evidence sought relates to the offence.",
        "Coercive measures such as searches or the freezing of bank accounts are carried out only where the conduct is also an offence under national law.",
        "Requests for banking information must identify the account holder and, where known, the bank and account number, and state the period concerned.",
        "Any particular procedure to be followed in execution, such as confidentiality or the presence of foreign officials, must be specified in the request.",
        "Requests for hearings by video-conference should be sent at least six weeks in advance and list the questions to be put to the witness or expert.",
        "A copy of the relevant legal provisions of the requesting State must be attached, together with any court order authorising the measures sought.",
        "Requests may be postponed where their execution would interfere with ongoing national proceedings; the requesting authority is consulted first.",
    ],
    "EXTRADITION": [
        "The request must be accompanied by the original or a certified copy of the arrest warrant or judgment, the text of the applicable legal provisions and information establishing the identity of the person sought.",
        "Extradition may be granted for offences punishable in both States by at least one year of imprisonment, or where at least four months of a sentence remain to be served.",
        "Where the person sought is a national, the request may be refused and the case submitted to the national authorities for prosecution.",
        "Requests for provisional arrest must be followed by the formal request within the period set by the applicable treaty or by national law.",
        "Assurances may be required where the offence carries a penalty that cannot be imposed under national law.",
        "Where the person was convicted in absentia, the request must state whether a retrial is guaranteed.",
        "The request must include a description of the person sought, with fingerprints or a recent photograph where available.",
    ],
    "TRANSFER_SENTENCED": [
        "Transfer requires the consent of the sentenced person, a final judgment and, as a rule, at least six months of the sentence remaining to be served.",
        "The request should include a copy of the judgment, a statement of the time already served and the sentenced person's written consent.",
        "The sentence is continued or converted in accordance with national law; information on the enforcement regime is provided on request.",
        "Requests are examined only where the sentenced person is a national or a permanent resident of the administering State.",
        "Transfer may be refused where fines, compensation or confiscation orders attached to the sentence remain unpaid.",
    ],
    "TRANSFER_PROCEEDINGS": [
        "The request should include the case file or certified copies of the main investigative acts, with a statement of the reasons for the transfer.",
        "Proceedings are accepted only where the conduct is an offence under national law and the suspect is present or resident in the territory.",
        "Evidence gathered abroad is assessed under national rules of procedure; original exhibits should be sent together with the request.",
        "The requesting State is informed of the steps taken and of the final decision in the proceedings.",
    ],
    "DRUGS_SEA": [
        "Requests to board or search a vessel must state its name, flag, registration number, position and course, and the grounds for suspicion.",
        "Authorisation to board is given case by case; the requesting State must indicate the measures it intends to take and the cargo suspected.",
        "The flag State may attach conditions to any authorisation, including on the use of force and on the disposal of the vessel, cargo and persons on board.",
        "A reply to a request for confirmation of registry is given as quickly as possible; the requesting State should indicate how it can be reached at all times.",
    ],
    "MIGRANTS_SEA": [
        "Requests for verification of registry or for authorisation to board must give the vessel's identification, position and the number of persons reported on board.",
        "Any boarding authorised must give priority to the safety and humane treatment of the persons on board.",
        "The authority confirms the nationality of the vessel and may attach conditions to any measure taken; the results must be reported promptly.",
        "Requests should state whether persons on board are in distress, so that search and rescue obligations can be coordinated first.",
    ],
    "FIREARMS": [
        "Tracing requests must include the make, model, calibre, serial number and other markings of the firearm, and the circumstances of its seizure.",
        "Tracing requests are answered from national registration and licensing records; import and export data can be provided on request.",
        "Requests should indicate whether the firearm has been reactivated, converted or assembled from parts, and attach photographs of the markings.",
        "Information provided may be used only for the purposes stated in the request unless prior consent is obtained.",
    ],
    "PREVENTION_TOC": [
        "The authority exchanges information on crime prevention policies and practices and can coordinate technical assistance projects.",
        "Information on national action plans against organized crime, including evaluations, is available on request.",
        "Requests for information on national prevention strategies should specify the type of crime and the sector concerned.",
        "Proposals for joint research or training should include a short description of the objectives and the expected timeline.",
    ],
    "CULTURAL_PROPERTY": [
        "Requests for the recovery of cultural objects should include photographs, a detailed description and evidence of ownership and of the theft or unlawful export.",
        "Stolen objects should be registered in the INTERPOL database of stolen works of art before a request is submitted.",
        "Requests for restitution are examined with the competent heritage services; provenance documentation must be attached.",
        "Requests should state whether criminal proceedings are pending in the requesting State and identify the current holder of the object where known.",
    ],
    "CORRUPTION_PREVENTION": [
        "The authority shares information on national anti-corruption policies, asset declaration systems and integrity programmes.",
        "Requests for technical assistance should identify the preventive measure concerned and the expected outcome.",
        "Information on the implementation of preventive measures is provided upon written request.",
        "Requests concerning codes of conduct, conflicts of interest or public procurement safeguards should specify the sector of interest.",
    ],
    "ASSET_RECOVERY": [
        "Requests for tracing, freezing or confiscation must identify the assets concerned and include a copy of the domestic order or explain why none is available.",
        "Non-conviction-based confiscation orders can be enforced where comparable measures exist under national law.",
        "Informal contact is encouraged before a formal request is sent, to confirm the location of assets and the evidence required.",
        "Requests for the return of assets must establish prior ownership or the damage suffered by the requesting State.",
    ],
    "TERRORISM": [
        "Information requests must specify the persons, organisations or events concerned and the purpose for which the information will be used.",
        "Operational information is exchanged through police channels; evidence for use in court must be requested through the central authority for mutual legal assistance.",
        "Information received may be subject to restrictions on further use, which are communicated with the reply.",
        "Requests concerning foreign terrorist fighters should include identification data, travel information and any available biometric data.",
    ],
    "CYBER_24_7": [
        "Preservation requests must identify the service provider, the data to be preserved and the relevant date, time and time zone.",
        "Preserved data are kept for at least 90 days pending a formal request for mutual legal assistance.",
        "Requests should state the offence under investigation with a brief summary of the facts, and indicate whether the account holder may be notified.",
        "Expedited disclosure of traffic data is available to trace the path of a communication; content data require a formal request for mutual legal assistance.",
    ],
}

GENERIC_FORMAL = [
    "Incomplete requests are returned with an indication of the information missing.",
    "All documents must be signed and bear the official stamp of the requesting authority.",
    "The requesting authority should name a contact person able to answer questions on the request.",
    "Requests marked as urgent must explain the reason for the urgency, such as a custody time limit or an imminent trial date.",
    "Requests received electronically are examined at once, but execution may await receipt of the signed original.",
    "Where a bilateral treaty applies, its provisions prevail over national law.",
    "The confidentiality of the request is maintained to the extent compatible with its execution.",
    "Costs of an extraordinary nature are discussed with the requesting State before execution.",
]
GENERIC_OPERATIONAL = [
    "Requests should give the name and direct contact details of the officer in charge of the case.",
    "Replies are sent to the requesting contact point only.",
    "Information is exchanged for intelligence purposes and may not be used as evidence without further authorisation.",
    "Requests are acknowledged within one working day.",
    "Requests should quote any reference number already given by INTERPOL or by another contact point.",
    "Personal data are processed in accordance with national data protection law and may be shared only for the stated purpose.",
    "A short operational summary in English speeds up the handling of the request.",
]
GENERIC_POLICY = [
    "Requests are answered within thirty days where possible.",
    "Exchanges of experience are welcome through regional networks.",
    "Study visits and peer exchanges can be arranged with at least two months' notice.",
    "Published reports and guidance are shared free of charge on request.",
    "Requests should indicate a contact person and the intended use of the information.",
]

SCOPE_CENTRAL = {
    "MLA": [
        "Central authority for requests from all States.",
        "Central authority for requests under the multilateral conventions and bilateral treaties, unless a treaty designates another authority.",
        "Receives and transmits requests on behalf of all judicial authorities of the State.",
    ],
    "EXTRADITION": [
        "Receives extradition requests and requests for provisional arrest.",
        "Competent for incoming and outgoing requests; the courts decide on the admissibility of extradition.",
    ],
    "TRANSFER_SENTENCED": [
        "Competent for incoming and outgoing transfers of sentenced persons.",
    ],
    "TRANSFER_PROCEEDINGS": [
        "Receives requests for the transfer of criminal proceedings and forwards them to the competent prosecutor.",
    ],
    "DRUGS_SEA": [
        "The maritime operations centre can confirm registry and authorise boarding at any time.",
        "Competent to receive and answer requests under article 17 of the 1988 Convention.",
    ],
    "MIGRANTS_SEA": [
        "Competent to receive and answer requests concerning vessels suspected of smuggling migrants.",
    ],
    "FIREARMS": [
        "National point of contact for the tracing of firearms, their parts and ammunition.",
    ],
    "PREVENTION_TOC": [
        "Coordinates national policies for the prevention of organized crime.",
    ],
    "CULTURAL_PROPERTY": [
        "Point of contact for the return of trafficked cultural property.",
    ],
    "CORRUPTION_PREVENTION": [
        "Authority responsible for the coordination of preventive anti-corruption policies.",
        "Can assist other States in developing and implementing measures for the prevention of corruption.",
    ],
    "ASSET_RECOVERY": [
        "Focal point for asset tracing, freezing and recovery.",
    ],
    "TERRORISM": [
        "Point of contact for operational cooperation on terrorist offences.",
    ],
    "CYBER_24_7": [
        "Operates around the clock and handles preservation requests from all States.",
        "Contact point for urgent assistance in investigations involving electronic evidence.",
    ],
}
SCOPE_SECONDARY = [
    "May receive requests directly in urgent cases; a copy should be sent to the central authority.",
    "Executes requests within its own field of competence.",
    "Competent for requests concerning cases under its direct responsibility.",
]

UNTOC_NOTES = [
    "Only where reciprocity is assured.",
    "Accepted in the absence of a bilateral treaty, provided that the requesting State gives an assurance of reciprocity.",
    "Accepted only for offences punishable under national law by deprivation of liberty of at least one year.",
    "Accepted subject to dual criminality and to the grounds for refusal laid down in national law.",
    "Accepted for requests from States with which no bilateral treaty is in force; otherwise the treaty applies.",
]

# (text, needs): needs is a set of means/channels that must be present.
URGENT_FORMAL = [
    ("Urgent requests may be sent by e-mail or through INTERPOL, with the original following by post.", {"email", "interpol", "post"}),
    ("In urgent cases an advance copy may be sent by e-mail; execution starts on receipt of the advance copy.", {"email"}),
    ("Urgent requests may be sent directly between judicial authorities, with a copy to the central authority.", {"direct", "judicial"}),
    ("Urgent requests should be announced by telephone to the desk officer and then sent in writing.", set()),
    ("Urgent requests submitted through the secure platform are dealt with as a priority.", {"secure_platform"}),
    ("In urgent cases a request sent by fax is accepted, provided that the original follows without delay.", {"fax", "post"}),
]
URGENT_EXTRADITION = [
    ("Requests for provisional arrest may be transmitted through INTERPOL in urgent cases.", {"interpol"}),
    ("Requests for provisional arrest may be sent by e-mail and are dealt with on the same day.", {"email"}),
]
URGENT_OPERATIONAL = [
    ("Urgent requests may be made by telephone to the duty officer and confirmed in writing as soon as possible.", {"oral_if_urgent"}),
    ("The contact point can be reached at any time; urgent preservation requests are executed on oral request.", {"oral_if_urgent", "247", "cyber"}),
    ("Where there is a risk to life, requests are handled immediately and may be made orally.", {"oral_if_urgent"}),
    ("Urgent messages should be flagged as such in the subject line and are read around the clock.", {"email", "247"}),
    ("Urgent messages should be flagged as such in the subject line and are dealt with on the day of receipt.", {"email"}),
]
URGENT_MARITIME = [
    ("Requests concerning vessels at sea are handled by the maritime operations centre, which can be reached at all times by telephone.", {"oral_if_urgent", "247"}),
    ("Urgent requests may be made by radio or telephone to the operations centre and confirmed by e-mail.", {"oral_if_urgent", "email"}),
]

EMAIL_PREFIX = {
    "MLA": "mla", "EXTRADITION": "extradition", "TRANSFER_SENTENCED": "transfers",
    "TRANSFER_PROCEEDINGS": "proceedings", "DRUGS_SEA": "maritime.ops", "MIGRANTS_SEA": "maritime.ops",
    "FIREARMS": "firearms.tracing", "PREVENTION_TOC": "prevention", "CULTURAL_PROPERTY": "cultural.property",
    "CORRUPTION_PREVENTION": "integrity", "ASSET_RECOVERY": "asset.recovery", "TERRORISM": "ct.liaison",
    "CYBER_24_7": "cyber247",
}
DESK_POSITION = {
    "MLA": "Legal Officer, Mutual Legal Assistance", "EXTRADITION": "Legal Officer, Extradition",
    "TRANSFER_SENTENCED": "Case Officer, Transfer of Sentenced Persons",
    "TRANSFER_PROCEEDINGS": "Legal Officer, Transfer of Proceedings", "DRUGS_SEA": "Maritime Operations Officer",
    "MIGRANTS_SEA": "Maritime Operations Officer", "FIREARMS": "Firearms Tracing Officer",
    "PREVENTION_TOC": "Policy Officer, Crime Prevention", "CULTURAL_PROPERTY": "Cultural Property Specialist",
    "CORRUPTION_PREVENTION": "Policy Officer, Corruption Prevention", "ASSET_RECOVERY": "Asset Recovery Officer",
    "TERRORISM": "Liaison Officer, Counter-Terrorism", "CYBER_24_7": "Cybercrime Investigator",
}
HEAD_POSITION = {
    "ministry": ["Director, International Cooperation", "Head of Office", "Head of Unit"],
    "prosecution": ["Chief Prosecutor, International Cooperation Unit", "Head of the International Department"],
    "court": ["Registrar", "Head of the International Section"],
    "police": ["Head of Unit", "Director, International Police Cooperation"],
    "financial_intelligence_unit": ["Director", "Head of International Relations"],
    "coast_guard": ["Head of Maritime Operations Centre", "Director of Operations"],
    "other": ["Director of International Relations", "Head of Office"],
}
OTHER_POSITION = ["International Liaison Officer", "Registry and Translation Officer", "Deputy Head of Office"]
TITLE = {
    "ministry": ["Officer", "Counsel"], "prosecution": ["Prosecutor"], "court": ["Registrar", "Officer"],
    "police": ["Inspector", "Officer"], "financial_intelligence_unit": ["Analyst"],
    "coast_guard": ["Commander", "Lieutenant"], "other": ["Officer", "Adviser"],
}
# Plainly fictional person names (the surnames mean "example"/"sample" in the local language).
PEOPLE = {
    "en": (["Alex", "Jordan", "Sam", "Morgan", "Taylor", "Casey", "Jamie", "Robin"],
           ["Sample", "Example", "Specimen", "Placeholder", "Testwell"]),
    "en_af": (["Amina", "Kwame", "Wanjiru", "Chinedu", "Thabo", "Nomvula", "Kofi", "Achieng"],
              ["Sample", "Example", "Specimen", "Placeholder"]),
    "en_sa": (["Priya", "Arjun", "Ayesha", "Imran", "Kavita", "Rahul"], ["Sample", "Example", "Specimen"]),
    "en_ph": (["Maria", "Jose", "Ligaya", "Ramon", "Teresa"], ["Halimbawa", "Sample", "Example"]),
    "en_sg": (["Wei Ling", "Arjun", "Nurul", "Daniel", "Mei"], ["Sample", "Example", "Specimen"]),
    "en_pa": (["Sione", "Mele", "Tevita", "Losana", "Iosefa", "Ana", "Taniela"], ["Sample", "Example", "Specimen"]),
    "fr": (["Claire", "Julien", "Amélie", "Mathieu", "Sophie", "Olivier", "Nadia"], ["Exemple", "Modèle", "Essai", "Fictif"]),
    "fr_af": (["Aïssatou", "Mamadou", "Fatou", "Kouadio", "Awa", "Ibrahima", "Adjoua"], ["Exemple", "Modèle", "Essai"]),
    "es": (["María", "Javier", "Lucía", "Andrés", "Camila", "Diego", "Valentina", "Santiago"],
           ["Ejemplo", "Muestra", "Ficticio", "Prueba"]),
    "pt": (["Ana", "João", "Mariana", "Pedro", "Beatriz", "Rafael"], ["Exemplo", "Modelo", "Amostra"]),
    "de": (["Anna", "Lukas", "Sabine", "Jonas", "Katrin", "Felix"], ["Muster", "Mustermann", "Beispiel"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara"], ["Esempio", "Modello", "Prova"]),
    "ru": (["Anna Primerova", "Dmitry Obraztsov", "Elena Testova", "Sergey Primerov", "Olga Obraztsova", "Ivan Testov"], None),
    "uk": (["Olena Prykladna", "Taras Zrazkov", "Iryna Zrazkova", "Andriy Prykladny"], None),
    "ar": (["Ahmed", "Fatima", "Omar", "Layla", "Youssef", "Mariam", "Khalid", "Huda"], ["Al-Mithali", "Al-Namudhaji", "Al-Tajribi"]),
    "zh": (["Li Shili", "Zhang Yangben", "Chen Shifan", "Wang Yangli"], None),
    "ja": (["Mihon Taro", "Rei Hanako", "Mihon Yuki", "Rei Kenji"], None),
    "ko": (["Kim Yesi", "Park Pyobon", "Lee Yesi", "Choi Pyobon"], None),
    "th": (["Somchai Tuayang", "Malee Tuayang", "Anan Tuayang"], None),
    "ms": (["Ahmad Contoh", "Siti Contoh", "Nurul Sampel", "Hafiz Contoh"], None),
    "id": (["Budi Contoh", "Dewi Sampel", "Agus Contoh", "Sri Sampel"], None),
    "pl": (["Anna Przykładowa", "Jan Przykładowy", "Katarzyna Wzorcowa", "Piotr Wzorcowy"], None),
    "nl": (["Jan", "Anne", "Pieter", "Sanne", "Daan"], ["Voorbeeld", "Proefman"]),
    "ro": (["Ion", "Maria", "Andrei", "Elena"], ["Exemplu", "Model"]),
    "sv": (["Anna", "Erik", "Karin", "Lars"], ["Exempel", "Exempelsson"]),
    "el": (["Maria Paradeigmatou", "Nikos Paradeigmatos", "Eleni Dokimou", "Giorgos Dokimos"], None),
    "uz": (["Aziz Namunaev", "Dilnoza Namunaeva", "Rustam Misolov", "Nodira Misolova"], None),
}

STREET = {
    "en": "{n} Example Street", "fr": "{n} rue de l'Exemple", "es": "Calle Ejemplo {n}", "pt": "Rua do Exemplo, {n}",
    "de": "Musterstraße {n}", "it": "Via dell'Esempio {n}", "nl": "Voorbeeldstraat {n}", "pl": "ul. Przykładowa {n}",
    "ro": "Strada Exemplului nr. {n}", "sv": "Exempelgatan {n}",
}

CONFIRMERS = ["Secretariat (demo)", "Secretariat (demo)", "National focal point (demo)", "Permanent Mission (demo)",
              "Authority itself (demo)"]

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def rng_for(*parts: str) -> random.Random:
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def digest_int(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def parse_date(value):
    return dt.date.fromisoformat(value) if value else None


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    if end < start:
        raise ValueError(f"empty date range {start}..{end}")
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def timestamp(rng: random.Random, day: dt.date) -> str:
    hour = rng.randint(7, 17)
    minute = rng.choice(range(0, 60, 5))
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00Z"


def join_or(items):
    names = [LANG_NAMES[i] for i in items]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


def pick_bases(rng, comp, kind):
    cites = CITATIONS[comp]
    if len(cites) == 1:
        return list(cites)
    if len(cites) == 2:
        return rng.choices([cites, cites[:1], cites[1:]], weights=[7, 2, 1])[0][:]
    options = [cites, cites[:2], cites[:1], cites[1:2], [cites[0], cites[2]]]
    weights = [5, 3, 1, 1, 1] if kind != "prosecution" else [3, 3, 1, 2, 1]
    return rng.choices(options, weights=weights)[0][:]


def mode_of(comp, kind):
    if comp in MARITIME:
        return "maritime"
    if comp in OPERATIONAL:
        return "operational"
    if comp in POLICY:
        return "policy"
    if comp == "ASSET_RECOVERY" and kind in ("police", "financial_intelligence_unit"):
        return "operational"
    return "formal"


def pick_channels(rng, comp, mode, region):
    if mode == "formal":
        if comp == "EXTRADITION":
            opts = [["diplomatic"], ["direct", "diplomatic"], ["diplomatic", "interpol"], ["direct", "diplomatic", "interpol"]]
        else:
            opts = [["direct", "diplomatic"], ["direct", "diplomatic"], ["diplomatic"], ["direct"],
                    ["direct", "diplomatic", "interpol"], ["direct", "diplomatic", "regional_network"],
                    ["direct", "regional_network"]]
    elif mode == "operational":
        if comp == "CYBER_24_7":
            opts = [["direct"], ["direct", "interpol"], ["direct", "regional_network"], ["direct", "interpol", "regional_network"]]
        else:
            opts = [["direct", "interpol"], ["interpol"], ["direct"], ["direct", "regional_network"],
                    ["direct", "interpol", "regional_network"]]
    elif mode == "maritime":
        opts = [["direct"], ["direct", "diplomatic"], ["direct", "regional_network"]]
    else:
        opts = [["direct"], ["direct", "diplomatic"], ["direct", "regional_network"]]
    return rng.choice(opts)[:]


def pick_means(rng, mode, comp):
    if mode == "formal":
        opts = [["post"], ["post", "email"], ["post", "email"], ["post", "email", "fax"], ["post", "secure_platform"],
                ["email", "secure_platform"], ["post", "fax"]]
    elif mode == "operational":
        opts = [["email", "oral_if_urgent"], ["email", "fax", "oral_if_urgent"],
                ["secure_platform", "email", "oral_if_urgent"], ["email", "secure_platform"]]
        if comp == "CYBER_24_7":
            opts = opts[:3]
    elif mode == "maritime":
        opts = [["email", "fax", "oral_if_urgent"], ["email", "oral_if_urgent"]]
    else:
        opts = [["email"], ["post", "email"], ["email", "secure_platform"]]
    return rng.choice(opts)[:]


def pick_urgent(rng, comp, mode, channels, means, available):
    present = set(channels) | set(means)
    if available:
        present.add("247")
    if comp == "CYBER_24_7":
        present.add("cyber")
    if comp in ("MLA", "TRANSFER_PROCEEDINGS", "EXTRADITION"):
        present.add("judicial")
    if mode == "formal":
        pool = URGENT_FORMAL + (URGENT_EXTRADITION if comp == "EXTRADITION" else [])
        if rng.random() < (0.7 if comp in ("TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS") else 0.25):
            return None
    elif mode == "operational":
        pool = URGENT_OPERATIONAL
        if comp != "CYBER_24_7" and rng.random() < 0.15:
            return None
    elif mode == "maritime":
        pool = URGENT_MARITIME
    else:
        return None
    fitting = [text for text, needs in pool if needs <= present]
    return rng.choice(fitting) if fitting else None


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def state_untoc_position(state):
    rng = rng_for("untoc", state.iso)
    value = rng.choices(["yes", "with_conditions", "no"], weights=[13, 5, 2])[0]
    note = rng.choice(UNTOC_NOTES) if value == "with_conditions" else None
    return value, note


def untoc_for(rng, comp, state_pos, override):
    if comp in UNTOC_IRRELEVANT:
        return None, None
    if "untoc" in override:
        value = override["untoc"]
        note = override.get("untoc_note")
        if value == "with_conditions" and note is None:
            note = UNTOC_NOTES[0]
        return value, note
    base, base_note = state_pos
    if comp == "EXTRADITION":
        return base, base_note
    if comp == "MLA":
        return ("with_conditions", base_note) if base == "with_conditions" else ("yes", None)
    if comp in ("TRANSFER_SENTENCED", "TRANSFER_PROCEEDINGS"):
        value = rng.choices(["yes", "with_conditions", "no"], weights=[7, 2, 1])[0]
        return value, (rng.choice(UNTOC_NOTES) if value == "with_conditions" else None)
    return "yes", None


def build_requirements(rng, comp, mode, langs, state, channels):
    sentences = [rng.choice(REQUIREMENTS[comp])]
    if mode == "formal":
        generic = GENERIC_FORMAL + [
            f"Execution is governed by the national legislation on international cooperation in criminal matters and by the treaties in force for {state.name}.",
        ]
        if "regional_network" in channels:
            generic.append("Requests may also be prepared with the help of the contact points of the regional judicial cooperation network.")
        if "diplomatic" in channels and "direct" not in channels:
            generic.append(f"Requests must reach the authority through the diplomatic channel, normally via the embassy of {state.name} in the requesting State or the requesting State's embassy in {state.city}.")
    elif mode in ("operational", "maritime"):
        generic = GENERIC_OPERATIONAL
    else:
        generic = GENERIC_POLICY
    roll = rng.random()
    if mode == "formal" and roll < 0.45:
        if len(langs) == 1:
            sentences.append(f"Requests must be written in {LANG_NAMES[langs[0]]} or accompanied by a translation into {LANG_NAMES[langs[0]]}.")
        else:
            sentences.append(f"Requests are accepted in {join_or(langs)}; documents in any other language must be accompanied by a translation.")
        if rng.random() < 0.4:
            sentences.append(rng.choice(generic))
    elif mode in ("operational", "maritime") and roll < 0.3:
        sentences.append(f"Requests may be sent in {join_or(langs)}.")
    elif roll < 0.92:
        sentences.append(rng.choice(generic))
        if mode == "formal" and rng.random() < 0.3:
            extra = rng.choice([r for r in REQUIREMENTS[comp] if r != sentences[0]])
            sentences.insert(1, extra)
    return " ".join(sentences[:3])


def build_languages(rng, state, mode):
    langs = list(state.langs)
    if mode in ("operational", "maritime"):
        if "en" not in langs:
            langs.append("en")
    elif mode == "policy":
        if "en" not in langs and rng.random() < 0.7:
            langs.append("en")
    else:
        if state.extra and rng.random() < 0.6:
            k = rng.randint(1, len(state.extra))
            langs += state.extra[:k]
    return langs


def build():
    authorities = []
    by_key = {}
    state_seq = Counter()
    notif_seq = Counter()

    # Deterministic choice of which active records are stale or never confirmed.
    active_keys = [f"{iso}/{a.slug}" for iso, lst in AUTHORITIES.items() for a in lst if a.status == "active"]
    ordered = sorted(active_keys, key=lambda k: hashlib.sha256(("confirm|" + k).encode()).hexdigest())
    never = set(ordered[:6])
    stale = set(ordered[6:34])
    # Deterministic choice of which records have no contacts (about a third).
    contactless = {k for k in active_keys if digest_int("contacts|" + k) % 3 == 0}

    for state in STATES:
        state_pos = state_untoc_position(state)
        central_taken = set()
        for spec in AUTHORITIES[state.iso]:
            key = f"{state.iso}/{spec.slug}"
            assert key not in by_key, f"duplicate key {key}"
            rng = rng_for("authority", key)
            state_seq[state.iso] += 1
            n = state_seq[state.iso]
            assert n <= 9, f"too many authorities for {state.iso}"
            domain = f"{spec.slug}.{state.iso.lower()}.example"
            comps = [c for c, _ in spec.comps]
            if spec.h247 is not None:
                available = spec.h247
            elif "CYBER_24_7" in comps or spec.kind == "coast_guard":
                available = True
            else:
                available = spec.kind == "police" and "TERRORISM" in comps and digest_int("h247|" + key) % 2 == 0
            if spec.status == "retired":
                available = False

            # ---- dates
            lower = max(CREATED_FROM, parse_date(spec.created_after) or CREATED_FROM)
            upper = min(CREATED_TO, parse_date(spec.created_before) or CREATED_TO)
            if spec.status == "retired":
                created = random_date(rng, lower, upper)
                if digest_int("retired-never|" + key) % 4 == 0:
                    confirmed = None
                else:
                    confirmed = random_date(rng, created + dt.timedelta(days=30), upper + dt.timedelta(days=120))
            elif key in never:
                created = random_date(rng, lower, upper)
                confirmed = None
            elif key in stale:
                created = random_date(rng, lower, min(upper, dt.date(2025, 6, 30)))
                confirmed = random_date(rng, created + dt.timedelta(days=14), STALE_BEFORE - dt.timedelta(days=1))
            else:
                created = random_date(rng, lower, upper)
                confirmed = random_date(rng, max(RECENT_FROM, created + dt.timedelta(days=1)), RECENT_TO)
            created_at = timestamp(rng, created)
            confirmed_at = timestamp(rng, confirmed) if confirmed else None
            if confirmed_at and confirmed_at < created_at:
                confirmed_at = f"{confirmed.isoformat()}T18:00:00Z"

            # ---- designations
            designations = []
            for comp, ov in spec.comps:
                drng = rng_for("designation", key, comp)
                mode = mode_of(comp, spec.kind)
                if "central" in ov:
                    central = ov["central"]
                elif spec.status == "retired":
                    central = True
                else:
                    central = comp not in central_taken
                if central and spec.status == "active":
                    central_taken.add(comp)
                if spec.status == "retired":
                    scope = spec.retired_note
                elif "scope" in ov:
                    scope = ov["scope"]
                elif not central:
                    scope = drng.choice(SCOPE_SECONDARY)
                elif drng.random() < 0.55:
                    scope = drng.choice(SCOPE_CENTRAL[comp])
                else:
                    scope = None
                channels = ov.get("channels") or pick_channels(drng, comp, mode, state.region)
                means = ov.get("means") or pick_means(drng, mode, comp)
                langs = build_languages(drng, state, mode)
                post_required = mode == "formal" and "post" in means and drng.random() < 0.75
                urgent = pick_urgent(drng, comp, mode, channels, means, available)
                untoc, untoc_note = untoc_for(drng, comp, state_pos, ov)
                if drng.random() < 0.75:
                    notif_seq[state.iso] += 1
                    first_year = parse_date(spec.created_after).year if spec.created_after else 2003
                    year = drng.randint(first_year, max(first_year, min(created.year, 2019)))
                    notif = f"DEMO/NOTIF/{state.iso}/{year}-{notif_seq[state.iso]:02d}"
                else:
                    notif = None
                designations.append({
                    "competence": comp,
                    "legal_bases": ov.get("bases") or pick_bases(drng, comp, spec.kind),
                    "is_central": central,
                    "scope_note": scope,
                    "channels": channels,
                    "means": means,
                    "languages_accepted": langs,
                    "original_by_post_required": post_required,
                    "urgent_procedure": urgent,
                    "untoc_as_legal_basis": untoc,
                    "untoc_legal_basis_note": untoc_note,
                    "legal_requirements": build_requirements(drng, comp, mode, langs, state, channels),
                    "notification_ref": notif,
                })

            # ---- contact details
            cc = state.cc
            phones = [f"+{cc} 0000 {n:02d}01"]
            if rng.random() < 0.35:
                phones.append(f"+{cc} 0000 {n:02d}02")
            fax = f"+{cc} 0000 {n:02d}99" if rng.random() < 0.55 else None
            emails = [f"{EMAIL_PREFIX[comps[0]]}@{domain}"]
            if rng.random() < 0.4:
                emails.append(rng.choice(["registry", "international", "info", "secretariat"]) + f"@{domain}")
            if available:
                hours = rng.choice(["24/7", "24 hours a day, 7 days a week", None])
            else:
                hours = state.hours if rng.random() < 0.85 else None
            city = spec.city or state.city
            street = STREET.get(state.addr, STREET["en"]).format(n=10 + 7 * n)
            if rng.random() < 0.3:
                address = f"Demo address\n{street}\n{city}\n{state.name}"
            else:
                address = f"Demo address: {street}, {city}, {state.name}"

            contacts = []
            if spec.status == "active" and ("CYBER_24_7" in comps or key not in contactless):
                contacts = make_contacts(rng, state, spec, comps, domain, n, available)

            record = {
                "id": str(uuid.uuid5(NAMESPACE, key)),
                "country": state.iso,
                "names": spec.names,
                "original_language": spec.original_language,
                "acronym": spec.acronym,
                "kind": spec.kind,
                "parent_id": by_key[f"{state.iso}/{spec.parent}"]["id"] if spec.parent else None,
                "address": address,
                "website": f"https://{domain}",
                "phones": phones,
                "fax": fax,
                "emails": emails,
                "office_hours": hours,
                "timezone": state.tz,
                "available_24_7": available,
                "designations": designations,
                "contacts": contacts,
                "status": spec.status,
                "created_at": created_at,
                "last_confirmed_at": confirmed_at,
                "last_confirmed_by": rng.choice(CONFIRMERS) if confirmed_at else None,
            }
            by_key[key] = record
            authorities.append(record)
    return authorities


def person_name(rng, state, spec, used):
    firsts, lasts = PEOPLE[state.people]
    for _ in range(50):
        if lasts is None:
            full = rng.choice(firsts)
        else:
            full = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if full not in used:
            used.add(full)
            return f"Demo {rng.choice(TITLE[spec.kind])} {full}"
    raise RuntimeError("name pool exhausted")


def make_contacts(rng, state, spec, comps, domain, n, available):
    count = rng.choice([1, 1, 2, 2, 2, 3])
    roles = []
    if available:
        roles.append("duty_24_7")
    roles.append("head" if rng.random() < 0.6 else "desk_officer")
    while len(roles) < count:
        roles.append(rng.choice(["desk_officer", "desk_officer", "other"] + ([] if "head" in roles else ["head"])))
    roles = roles[:count]
    contact_langs = list(dict.fromkeys(state.langs + ["en"]))
    used_names, used_emails, out = set(), set(), []
    for k, role in enumerate(roles, start=1):
        comp = comps[min(k - 1, len(comps) - 1)]
        if role == "duty_24_7":
            position = "Watch Officer, Maritime Operations Centre" if spec.kind == "coast_guard" else "Duty Officer, 24/7 Contact Point"
            local = "duty247" if spec.kind != "coast_guard" else "watch"
            visibility = "confidential"
        elif role == "head":
            position = rng.choice(HEAD_POSITION[spec.kind])
            local = "head.office"
            visibility = "restricted" if rng.random() < 0.75 else "confidential"
        elif role == "desk_officer":
            position = DESK_POSITION[comp]
            local = f"desk.{EMAIL_PREFIX[comp].split('.')[0]}"
            conf = 0.6 if spec.kind in ("police", "financial_intelligence_unit") else 0.25
            visibility = "confidential" if rng.random() < conf else "restricted"
        else:
            position = rng.choice(OTHER_POSITION)
            local = "liaison"
            visibility = "confidential" if rng.random() < 0.5 else "restricted"
        email = f"{local}@{domain}"
        if email in used_emails:
            email = f"{local}{k}@{domain}"
        used_emails.add(email)
        langs = contact_langs if rng.random() < 0.7 else list(state.langs)
        out.append({
            "name": person_name(rng, state, spec, used_names),
            "position": position,
            "phones": [f"+{state.cc} 0000 {n:02d}1{k}"],
            "email": email,
            "languages": langs,
            "role": role,
            "visibility": visibility,
        })
    return out


# --------------------------------------------------------------------------
# Validation and summary
# --------------------------------------------------------------------------

PHONE_RE = re.compile(r"^\+\d{1,3} 0000 \d{4}$")
EXAMPLE_HOST_RE = re.compile(r"^([a-z0-9-]+\.)*(example|example\.org|example\.com|example\.net)$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
ISO639_RE = re.compile(r"^[a-z]{2}$")

TOP_FIELDS = ["id", "country", "names", "original_language", "acronym", "kind", "parent_id", "address", "website",
              "phones", "fax", "emails", "office_hours", "timezone", "available_24_7", "designations", "contacts",
              "status", "created_at", "last_confirmed_at", "last_confirmed_by"]
DESIGNATION_FIELDS = ["competence", "legal_bases", "is_central", "scope_note", "channels", "means", "languages_accepted",
                      "original_by_post_required", "urgent_procedure", "untoc_as_legal_basis", "untoc_legal_basis_note",
                      "legal_requirements", "notification_ref"]
CONTACT_FIELDS = ["name", "position", "phones", "email", "languages", "role", "visibility"]


def host_ok(email_or_url: str) -> bool:
    host = email_or_url.split("@", 1)[1] if "@" in email_or_url else email_or_url.split("://", 1)[1].split("/", 1)[0]
    return bool(EXAMPLE_HOST_RE.match(host))


def validate(authorities):
    try:
        import zoneinfo
        zones = zoneinfo.available_timezones()
    except Exception:  # pragma: no cover - tz database missing
        zones = None
    seen = {}
    for a in authorities:
        where = f"{a['country']} {a['names']['en']}"
        assert list(a) == TOP_FIELDS, where
        assert a["id"] not in seen, f"duplicate id {where}"
        assert re.match(r"^[A-Z]{3}$", a["country"]) and a["country"] in STATE_BY_ISO, where
        assert "en" in a["names"] and a["original_language"] in a["names"], where
        assert all(ISO639_RE.match(k) and v.strip() for k, v in a["names"].items()), where
        assert a["kind"] in KINDS, where
        if a["parent_id"] is not None:
            parent = seen.get(a["parent_id"])
            assert parent is not None, f"parent missing or later: {where}"
            assert parent["country"] == a["country"], where
        assert a["address"].startswith("Demo address"), where
        assert host_ok(a["website"]) and a["website"].startswith("https://"), where
        assert 1 <= len(a["phones"]) <= 2 and all(PHONE_RE.match(p) for p in a["phones"]), where
        cc = STATE_BY_ISO[a["country"]].cc
        assert all(p.startswith(f"+{cc} ") for p in a["phones"]), where
        assert a["fax"] is None or (PHONE_RE.match(a["fax"]) and a["fax"].startswith(f"+{cc} ")), where
        assert 1 <= len(a["emails"]) <= 2 and all(host_ok(e) for e in a["emails"]), where
        if zones is not None:
            assert a["timezone"] in zones, f"bad timezone {where}"
        assert isinstance(a["available_24_7"], bool), where
        assert a["designations"], f"no designation: {where}"
        comps = [d["competence"] for d in a["designations"]]
        assert len(comps) == len(set(comps)), f"duplicate competence: {where}"
        for d in a["designations"]:
            assert list(d) == DESIGNATION_FIELDS, where
            c = d["competence"]
            assert c in CITATIONS, where
            assert d["legal_bases"] and set(d["legal_bases"]) <= set(CITATIONS[c]), f"bad citation {where} {c}"
            assert len(set(d["legal_bases"])) == len(d["legal_bases"]), where
            assert d["channels"] and set(d["channels"]) <= CHANNELS and len(set(d["channels"])) == len(d["channels"]), where
            assert d["means"] and set(d["means"]) <= MEANS and len(set(d["means"])) == len(d["means"]), where
            assert d["languages_accepted"] and all(ISO639_RE.match(x) for x in d["languages_accepted"]), where
            assert not d["original_by_post_required"] or "post" in d["means"], where
            u = d["untoc_as_legal_basis"]
            if c in UNTOC_IRRELEVANT:
                assert u is None, where
            else:
                assert u in UNTOC_VALUES, where
            assert (d["untoc_legal_basis_note"] is not None) == (u == "with_conditions"), where
            n_sent = len(re.findall(r"[.!?](?:\s|$)", d["legal_requirements"]))
            assert 1 <= n_sent <= 3, f"legal_requirements sentences {where}: {d['legal_requirements']}"
            assert d["notification_ref"] is None or d["notification_ref"].startswith("DEMO/NOTIF/"), where
        assert 0 <= len(a["contacts"]) <= 3, where
        for p in a["contacts"]:
            assert list(p) == CONTACT_FIELDS, where
            assert p["name"].startswith("Demo "), where
            assert p["role"] in ROLES and p["visibility"] in VISIBILITIES, where
            assert host_ok(p["email"]), where
            assert p["phones"] and all(PHONE_RE.match(x) for x in p["phones"]), where
            assert p["languages"] and all(ISO639_RE.match(x) for x in p["languages"]), where
        if a["available_24_7"] and a["contacts"]:
            assert any(p["role"] == "duty_24_7" for p in a["contacts"]), where
        assert a["status"] in ("active", "retired"), where
        assert TS_RE.match(a["created_at"]), where
        assert "2019-01-01" <= a["created_at"][:10] <= "2025-12-31", where
        if a["last_confirmed_at"] is None:
            assert a["last_confirmed_by"] is None, where
        else:
            assert TS_RE.match(a["last_confirmed_at"]) and a["last_confirmed_by"], where
            assert a["last_confirmed_at"] >= a["created_at"], where
            assert a["last_confirmed_at"][:10] <= REFERENCE_DATE.isoformat(), where
        seen[a["id"]] = a

    # ---- aggregate requirements
    regions = defaultdict(set)
    for a in authorities:
        regions[STATE_BY_ISO[a["country"]].region].add(a["country"])
    states = {a["country"] for a in authorities}
    assert len(states) >= 65, len(states)
    for region in ("Africa", "Americas", "Asia", "Europe", "Oceania"):
        assert len(regions[region]) >= 8, region
    assert len(authorities) >= 170, len(authorities)
    per_state = Counter(a["country"] for a in authorities)
    assert sum(1 for c in per_state.values() if 2 <= c <= 4) > len(per_state) / 2, "most States must have 2-4 authorities"
    per_comp = Counter(d["competence"] for a in authorities for d in a["designations"])
    for c in COMPETENCES:
        assert per_comp[c] >= 4, f"competence {c} held by too few authorities"
    assert sum(1 for a in authorities if len(a["designations"]) > 1) >= 40
    assert sum(1 for a in authorities if a["parent_id"]) >= 5
    orig = Counter(a["original_language"] for a in authorities)
    un = ["fr", "es", "ar", "ru", "zh"]
    assert sum(orig[x] for x in un) >= 30 and all(orig[x] >= 4 for x in un), orig
    assert len(set(orig) - set(un) - {"en"}) >= 4, orig
    untoc = Counter(d["untoc_as_legal_basis"] for a in authorities for d in a["designations"])
    assert all(untoc[v] > 0 for v in UNTOC_VALUES), untoc
    with_contacts = sum(1 for a in authorities if a["contacts"])
    assert 0.55 <= with_contacts / len(authorities) <= 0.8, with_contacts
    vis = Counter(p["visibility"] for a in authorities for p in a["contacts"])
    assert vis["confidential"] >= 20 and vis["restricted"] > 0, vis
    assert any(p["role"] == "duty_24_7" for a in authorities for p in a["contacts"])
    before = sum(1 for a in authorities if a["last_confirmed_at"] and a["last_confirmed_at"][:10] < STALE_BEFORE.isoformat())
    never = sum(1 for a in authorities if a["last_confirmed_at"] is None)
    recent = sum(1 for a in authorities if a["last_confirmed_at"] and a["last_confirmed_at"][:10] >= "2025-11-28")
    assert before >= 25 and never >= 5 and recent > len(authorities) / 2, (before, never, recent)
    retired = sum(1 for a in authorities if a["status"] == "retired")
    assert 3 <= retired <= 5, retired
    texts = [d["legal_requirements"] for a in authorities for d in a["designations"]]
    assert len(set(texts)) / len(texts) >= 0.6, "legal requirements not varied enough"
    for field in ("channels", "means"):
        assert len({tuple(d[field]) for a in authorities for d in a["designations"]}) >= 6, field
    flags = Counter(d["original_by_post_required"] for a in authorities for d in a["designations"])
    assert flags[True] and flags[False]
    assert sum(1 for a in authorities for d in a["designations"] if d["urgent_procedure"]) >= 50
    blob = json.dumps(authorities, ensure_ascii=False).lower()
    for word in ("generated", "script", "faker", "synthetic", "sherloc"):
        assert not re.search(rf"\b{word}\b", blob), f"forbidden word in data: {word}"


def summary(authorities):
    regions = defaultdict(lambda: [set(), 0])
    for a in authorities:
        r = regions[STATE_BY_ISO[a["country"]].region]
        r[0].add(a["country"])
        r[1] += 1
    lines = [f"directory.json: {len(authorities)} authorities in {len({a['country'] for a in authorities})} States"]
    for region in ("Africa", "Americas", "Asia", "Europe", "Oceania"):
        states, count = regions[region]
        lines.append(f"  {region:9s} {len(states):3d} States  {count:3d} authorities")
    per_state = Counter(a["country"] for a in authorities)
    lines.append("  authorities per State: " + ", ".join(f"{k}: {v}" for k, v in sorted(Counter(per_state.values()).items())))
    per_comp = Counter(d["competence"] for a in authorities for d in a["designations"])
    lines.append(f"designations: {sum(per_comp.values())}")
    for c in COMPETENCES:
        lines.append(f"  {c:22s} {per_comp[c]:3d}")
    orig = Counter(a["original_language"] for a in authorities)
    lines.append("original_language: " + ", ".join(f"{k} {v}" for k, v in orig.most_common()))
    lines.append("kind: " + ", ".join(f"{k} {v}" for k, v in Counter(a["kind"] for a in authorities).most_common()))
    lines.append("untoc_as_legal_basis: " + ", ".join(
        f"{k} {v}" for k, v in Counter(str(d["untoc_as_legal_basis"]) for a in authorities for d in a["designations"]).most_common()))
    lines.append(f"retired: {sum(1 for a in authorities if a['status'] == 'retired')}")
    lines.append(f"with parent: {sum(1 for a in authorities if a['parent_id'])}")
    lines.append(f"available 24/7: {sum(1 for a in authorities if a['available_24_7'])}")
    never = sum(1 for a in authorities if a["last_confirmed_at"] is None)
    before_1101 = sum(1 for a in authorities if a["last_confirmed_at"] and a["last_confirmed_at"][:10] < "2025-11-01")
    before_1128 = sum(1 for a in authorities if a["last_confirmed_at"] and a["last_confirmed_at"][:10] < "2025-11-28")
    lines.append(f"stale (confirmed before 2025-11-28 or never): {before_1128 + never} "
                 f"(never {never}, before 2025-11-01 {before_1101})")
    contacts = [p for a in authorities for p in a["contacts"]]
    vis = Counter(p["visibility"] for p in contacts)
    lines.append(f"contacts: {len(contacts)} on {sum(1 for a in authorities if a['contacts'])} authorities; "
                 f"confidential {vis['confidential']}, restricted {vis['restricted']}; "
                 f"duty_24_7 {sum(1 for p in contacts if p['role'] == 'duty_24_7')}")
    texts = [d["legal_requirements"] for a in authorities for d in a["designations"]]
    lines.append(f"distinct legal_requirements texts: {len(set(texts))} of {len(texts)}")
    return "\n".join(lines)


def main():
    authorities = build()
    validate(authorities)
    text = json.dumps({"authorities": authorities}, ensure_ascii=False, indent=2) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(summary(authorities))
    print(f"written {OUTPUT} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
