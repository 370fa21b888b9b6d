#!/usr/bin/env python3
"""Build seed-data/legislation.json and seed-data/cases.json: demo national
legislation and demo case law for the directory.

Law titles, enactment dates and article numbers follow the public legislation
of the States concerned. Every provision text is a short summary written for
this data set, never the wording of the statute, and may leave out conditions
and exceptions. Every case is fictional: references start with "DEMO-", no
person is named (defendants are "X", "N.N.", "Х.", "س.", "甲某") and parties are
only counted. Court names are the names of real courts.

The build is deterministic: identifiers are uuid5 values derived from a fixed
namespace and a stable key ("law/ISO3/slug", "provision/ISO3/slug/number",
"case/REFERENCE"), and every varied choice is drawn from a random.Random seeded
from a SHA-256 digest of a stable string. Nothing depends on PYTHONHASHSEED.

Usage:  python3 seed-data/tools/build_legislation.py   (Python 3.11, stdlib only)
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
REPO = SEED_DIR.parent
LEGISLATION_OUT = SEED_DIR / "legislation.json"
CASES_OUT = SEED_DIR / "cases.json"
NAMESPACE = uuid.UUID("3c6f0e52-8d1b-5a7e-9f24-6b0d5c1e7a93")  # same namespace as build_directory.py
MAX_BYTES = 1_500_000

# --------------------------------------------------------------------------
# Reference data (read only)
# --------------------------------------------------------------------------


def _load(name):
    return json.loads((SEED_DIR / name).read_text(encoding="utf-8"))


COUNTRIES = {c["iso3"]: c for c in _load("countries.json")}
CRIME_TYPES = [c["code"] for c in _load("crime-types.json")]
CROSS_CUTTING = [c["code"] for c in _load("cross-cutting-issues.json")]
ARTICLE_IDS = {f"{i['code']}-{a['number']}" for i in _load("instruments.json") for a in i["articles"]}
ISO_639_1 = set(re.findall(r'"([a-z]{2})"', (REPO / "src" / "domain" / "iso639.rs").read_text(encoding="utf-8")))
REGION_NAMES = {"002": "Africa", "019": "Americas", "142": "Asia", "150": "Europe", "009": "Oceania"}
REGIONS = list(REGION_NAMES.values())


def region_of(iso3):
    return REGION_NAMES[COUNTRIES[iso3]["region"]]


# Short aliases used in the tables below.
CT = {
    "COR": "CORRUPTION", "CNT": "COUNTERFEITING", "CYB": "CYBERCRIME", "DRG": "DRUG_OFFENCES",
    "ML": "MONEY_LAUNDERING", "OBS": "OBSTRUCTION_OF_JUSTICE", "OCG": "ORGANIZED_CRIME_PARTICIPATION",
    "PIR": "PIRACY", "SOM": "SMUGGLING_OF_MIGRANTS", "FIR": "FIREARMS_TRAFFICKING",
    "CUL": "CULTURAL_PROPERTY_TRAFFICKING", "WLF": "WILDLIFE_FOREST_CRIME", "TIP": "TRAFFICKING_IN_PERSONS",
    "FMP": "FALSIFIED_MEDICAL_PRODUCTS", "TER": "TERRORISM",
}
CC = {
    "IC": "INTERNATIONAL_COOPERATION", "EE": "ELECTRONIC_EVIDENCE", "JUR": "JURISDICTION",
    "LLP": "LIABILITY_OF_LEGAL_PERSONS", "CONF": "CONFISCATION", "WP": "WITNESS_PROTECTION",
    "SIT": "SPECIAL_INVESTIGATIVE_TECHNIQUES", "VA": "VICTIM_ASSISTANCE", "AR": "ASSET_RECOVERY",
    "PREV": "PREVENTION",
}
INSTRUMENT_ALIAS = {"DRUG": "DRUG_CONVENTION_1988", "BUD": "BUDAPEST", "TIPP": "TIP_PROTOCOL",
                    "SOMP": "SOM_PROTOCOL", "FAP": "FIREARMS_PROTOCOL"}

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def rng_for(*parts: str) -> random.Random:
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def uid(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, key))


def parse_tags(tags: str):
    """'ML CONF UNTOC-6 DRUG-3' -> (crime types, cross-cutting issues, article ids)."""
    cts, ccs, arts = [], [], []
    for tok in tags.split():
        if tok in CT:
            cts.append(CT[tok])
        elif tok in CC:
            ccs.append(CC[tok])
        elif "-" in tok:
            prefix, number = tok.rsplit("-", 1)
            arts.append(f"{INSTRUMENT_ALIAS.get(prefix, prefix)}-{number}")
        else:
            raise ValueError(f"unknown tag {tok!r}")
    return cts, ccs, arts


CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """Chinese numeral for 1..999, as used in article numbers (第一百九十一条)."""
    assert 0 < n < 1000
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    out = ""
    if h:
        out += CN_DIGITS[h] + "百"
        if t == 0 and u:
            return out + "零" + CN_DIGITS[u]
    if t:
        out += ("" if (t == 1 and not h) else CN_DIGITS[t]) + "十"
    if u:
        out += CN_DIGITS[u]
    return out


def fr_typo(text: str) -> str:
    """French typography: typographic apostrophe, no-break space before : ; ? ! and inside « »."""
    text = text.replace("'", "\u2019")
    text = re.sub(r" ([:;?!»])", "\u00a0\\1", text)
    text = text.replace("« ", "«\u00a0").replace("n° ", "n°\u00a0")
    return text


def typo(lang: str, text: str) -> str:
    return fr_typo(text) if lang == "fr" else text


def typo_map(texts: dict) -> dict:
    return {k: typo(k, v) for k, v in texts.items()}


class P:
    """One provision: number, heading by language, text by language, tags."""

    def __init__(self, number, heading, text, tags=""):
        self.number = number
        self.heading = heading
        self.text = text
        self.crime_types, self.cross_cutting, self.articles = parse_tags(tags)


class L:
    """One law.  cite: how a decision cites one of its provisions ({n} = number)."""

    def __init__(self, iso, slug, title, lang, kind, enacted, provisions, status="in_force", url=True, cite=None):
        self.iso = iso
        self.slug = slug
        self.title = title
        self.lang = lang
        self.kind = kind
        self.enacted = enacted
        self.provisions = provisions
        self.status = status
        self.url = url
        self.cite = cite


def default_cite(law: L) -> str:
    title = law.title[law.lang]
    return {
        "en": title + ", s. {n}",
        "fr": title + ", art. {n}",
        "es": title + ", art. {n}",
        "pt": title + ", art. {n}",
        "it": title + ", art. {n}",
        "nl": title + ", art. {n}",
        "pl": title + ", art. {n}",
        "de": title + ", § {n}",
        "ru": title + ", ст. {n}",
        "uk": title + ", ст. {n}",
        "ar": title + "، المادة {n}",
        "zh": "《" + title + "》第{cn}条",
        "ja": title + "第{ja}",
        "ko": title + " 제{n}조",
        "id": title + ", Pasal {n}",
    }[law.lang]


def cite(law: L, number: str) -> str:
    fmt = law.cite or default_cite(law)
    ja = number
    if "の" in number:
        a, b = number.split("の", 1)
        ja = f"{a}条の{b}"
    else:
        ja = f"{number}条"
    cn = cn_number(int(number)) if "{cn}" in fmt and number.isdigit() else number
    return fmt.format(n=number, cn=cn, ja=ja)


# --------------------------------------------------------------------------
# Legislation.  Titles, dates and numbering follow the public texts; every
# provision text is a short summary written for this data set.
# --------------------------------------------------------------------------

LAWS_FR = [
    L("FRA", "code-penal", {"fr": "Code pénal", "en": "Criminal Code"}, "fr", "code", "1992-07-22", [
        P("121-2", {"fr": "Responsabilité pénale des personnes morales", "en": "Criminal liability of legal persons"},
          {"fr": "Une personne morale, à l'exception de l'État, répond pénalement des infractions commises pour son compte par ses organes ou représentants. Engager la responsabilité de l'entité n'empêche pas de poursuivre les dirigeants ou salariés qui ont pris part aux faits.",
           "en": "A legal person, other than the State, is criminally liable for offences committed on its behalf by its organs or representatives. Holding the entity liable does not prevent the prosecution of the managers or employees who took part in the offence."},
          "LLP UNTOC-10 UNCAC-26"),
        P("131-21", {"fr": "Peine de confiscation", "en": "Confiscation penalty"},
          {"fr": "La confiscation peut porter sur les biens ayant servi à commettre l'infraction, sur son produit direct ou indirect et, pour les infractions les plus graves, sur tout ou partie du patrimoine du condamné. Lorsque le bien ne peut être saisi, la confiscation peut être ordonnée en valeur.",
           "en": "Confiscation may extend to property used to commit the offence, to its direct or indirect proceeds and, for the most serious offences, to all or part of the offender's assets. Where the property itself cannot be seized, a value-based confiscation order may be made."},
          "CONF AR UNTOC-12 UNCAC-31"),
        P("225-4-1", {"fr": "Traite des êtres humains", "en": "Trafficking in human beings"},
          {"fr": "Le recrutement, le transport, le transfert, l'hébergement ou l'accueil d'une personne en vue de son exploitation constituent la traite des êtres humains lorsqu'ils sont obtenus par la menace, la contrainte, la tromperie ou l'abus d'une situation de vulnérabilité. Ces moyens n'ont pas à être établis lorsque la victime est mineure.",
           "en": "Recruiting, transporting, transferring, harbouring or receiving a person for the purpose of exploitation amounts to trafficking in human beings where it is achieved through threats, coercion, deception or abuse of a position of vulnerability. Those means need not be proven where the victim is a minor."},
          "TIP VA TIPP-5 TIPP-3"),
        P("322-3-2", {"fr": "Trafic de biens culturels provenant de territoires contrôlés par un groupement terroriste", "en": "Trafficking in cultural property from territories controlled by a terrorist group"},
          {"fr": "Est puni le fait d'importer, de faire transiter, de détenir, de vendre ou d'acquérir un bien culturel dont on sait qu'il a été soustrait d'un territoire contrôlé par un groupement terroriste. Le détenteur qui ne peut justifier l'origine licite du bien encourt les mêmes peines.",
           "en": "It is an offence to import, move in transit, hold, sell or acquire a cultural object knowing that it was removed from a territory under the control of a terrorist group. A holder who cannot show the lawful origin of the object faces the same penalties."},
          "CUL TER"),
        P("323-1", {"fr": "Accès frauduleux à un système de traitement automatisé de données", "en": "Unauthorised access to an automated data processing system"},
          {"fr": "Accéder ou se maintenir frauduleusement dans tout ou partie d'un système de traitement automatisé de données constitue un délit. La peine est aggravée lorsque des données ont été supprimées ou modifiées, ou lorsque le système visé est mis en œuvre par l'État.",
           "en": "Fraudulently accessing or remaining in all or part of an automated data processing system is an offence. The penalty is increased where data have been deleted or altered, or where the system is operated by the State."},
          "CYB BUD-2 BUD-4"),
        P("324-1", {"fr": "Blanchiment", "en": "Money laundering"},
          {"fr": "Commet un blanchiment celui qui aide à donner une origine apparemment licite aux biens ou revenus tirés d'un crime ou d'un délit, ou qui prête son concours au placement, à la dissimulation ou à la conversion de ce produit. L'infraction est punie de cinq ans d'emprisonnement et de 375\u00a0000 euros d'amende.",
           "en": "Money laundering means helping to give an apparently lawful origin to property or income derived from a felony or misdemeanour, or assisting in the investment, concealment or conversion of such proceeds. It carries five years' imprisonment and a fine of EUR 375,000."},
          "ML CONF UNTOC-6 UNCAC-23"),
        P("435-3", {"fr": "Corruption active d'agent public étranger", "en": "Active bribery of a foreign public official"},
          {"fr": "Est réprimé le fait de proposer ou d'octroyer, directement ou par personne interposée, un avantage indu à un agent public d'un État étranger ou d'une organisation internationale publique afin qu'il accomplisse ou s'abstienne d'accomplir un acte de sa fonction. Les juridictions françaises sont compétentes lorsque les faits sont commis à l'étranger par un Français ou par une personne résidant habituellement en France.",
           "en": "It is an offence to offer or grant, directly or through an intermediary, an undue advantage to a public official of a foreign State or of a public international organisation so that the official acts or refrains from acting in the exercise of his or her functions. French courts have jurisdiction where the conduct takes place abroad and is committed by a French national or a person habitually resident in France."},
          "COR JUR UNCAC-16 UNCAC-42"),
        P("450-1", {"fr": "Association de malfaiteurs", "en": "Criminal association"},
          {"fr": "Constitue une association de malfaiteurs tout groupement formé ou toute entente établie en vue de préparer, par des faits matériels, un crime ou un délit puni d'au moins cinq ans d'emprisonnement. La participation à un tel groupement est punissable indépendamment de la commission de l'infraction projetée.",
           "en": "A criminal association is any group formed or agreement made to prepare, through material acts, a felony or a misdemeanour punishable by at least five years' imprisonment. Taking part in such a group is punishable whether or not the planned offence is committed."},
          "OCG UNTOC-5"),
    ]),
    L("FRA", "code-de-procedure-penale", {"fr": "Code de procédure pénale", "en": "Code of Criminal Procedure"}, "fr", "code", "1957-12-31", [
        P("694", {"fr": "Transmission des demandes d'entraide", "en": "Transmission of requests for mutual assistance"},
          {"fr": "Les demandes d'entraide judiciaire émanant d'autorités étrangères sont reçues par la voie diplomatique ou, si une convention le permet, directement par l'autorité judiciaire compétente. En cas d'urgence, une copie peut être adressée sans délai au procureur de la République ou au juge d'instruction du lieu d'exécution.",
           "en": "Requests for mutual legal assistance from foreign authorities are received through diplomatic channels or, where a treaty so allows, directly by the competent judicial authority. In urgent cases a copy may be sent straight away to the public prosecutor or investigating judge of the place of execution."},
          "IC UNTOC-18 UNCAC-46"),
        P("694-3", {"fr": "Formalités demandées par l'État requérant", "en": "Formalities requested by the requesting State"},
          {"fr": "La demande d'entraide est exécutée selon les règles de procédure françaises, y compris lorsqu'elle porte sur le recueil de preuves électroniques. Les formalités expressément indiquées par l'autorité étrangère sont toutefois respectées, à condition de ne pas restreindre les droits des parties ni les garanties procédurales prévues par la loi française.",
           "en": "A request for assistance is executed in accordance with French procedural rules, including where it concerns the gathering of electronic evidence. Formalities expressly indicated by the foreign authority are nevertheless followed, provided they do not curtail the rights of the parties or the procedural safeguards of French law."},
          "IC EE UNTOC-18 BUD-27"),
        P("695-2", {"fr": "Équipes communes d'enquête", "en": "Joint investigation teams"},
          {"fr": "Avec l'accord du ministre de la justice et le consentement des autres États concernés, une équipe commune d'enquête peut être créée lorsqu'une enquête sur des infractions graves exige des actions coordonnées dans plusieurs pays. Les agents étrangers détachés auprès de l'équipe peuvent participer aux actes d'enquête sous la direction de l'autorité judiciaire française.",
           "en": "With the approval of the Minister of Justice and the consent of the other States concerned, a joint investigation team may be set up where an investigation into serious offences requires coordinated action in several countries. Foreign officers seconded to the team may take part in investigative measures under the direction of the French judicial authority."},
          "IC SIT UNTOC-19 UNCAC-49"),
        P("696-4", {"fr": "Motifs de refus de l'extradition", "en": "Grounds for refusing extradition"},
          {"fr": "L'extradition n'est pas accordée lorsque la personne réclamée avait la nationalité française au moment des faits, lorsque l'infraction revêt un caractère politique ou lorsque la demande est présentée dans un but de persécution. Elle est également refusée lorsque l'action publique ou la peine est prescrite selon la loi française.",
           "en": "Extradition is not granted where the person sought was a French national at the time of the offence, where the offence is political in nature or where the request is made for the purpose of persecution. It is also refused where prosecution or enforcement of the sentence is time-barred under French law."},
          "IC JUR UNTOC-16 UNCAC-44"),
        P("706-73", {"fr": "Criminalité et délinquance organisées", "en": "Organised crime procedure"},
          {"fr": "Ce texte dresse la liste des crimes et délits relevant de la criminalité organisée, parmi lesquels la traite des êtres humains, le trafic de stupéfiants, l'aide à l'entrée et au séjour irréguliers en bande organisée et certains faits de blanchiment. Ces infractions ouvrent droit à des techniques spéciales d'enquête telles que la surveillance, l'infiltration, la sonorisation et la captation de données informatiques.",
           "en": "This article lists the felonies and misdemeanours that fall within organised crime, among them trafficking in human beings, drug trafficking, aiding illegal entry and residence by an organised gang and certain forms of money laundering. These offences open the way to special investigative techniques such as surveillance, infiltration, bugging and remote capture of computer data."},
          "OCG TIP DRG SIT UNTOC-20"),
    ]),
    L("FRA", "code-des-douanes", {"fr": "Code des douanes", "en": "Customs Code"}, "fr", "code", "1948-12-08", [
        P("38", {"fr": "Marchandises prohibées", "en": "Prohibited goods"},
          {"fr": "Sont considérées comme prohibées, au sens de la législation douanière, les marchandises dont l'importation ou l'exportation est interdite ou soumise à des restrictions, notamment les produits revêtus d'une marque contrefaisante et les médicaments falsifiés. Leur introduction sur le territoire expose à la saisie et aux sanctions de la contrebande.",
           "en": "For customs purposes, goods whose import or export is banned or restricted, including goods bearing a counterfeit trademark and falsified medicines, are treated as prohibited. Bringing them into the territory exposes them to seizure and the offender to the penalties for smuggling."},
          "CNT FMP CONF"),
        P("414", {"fr": "Contrebande de marchandises prohibées", "en": "Smuggling of prohibited goods"},
          {"fr": "La contrebande de marchandises prohibées ou fortement taxées est punie d'emprisonnement, de la confiscation de l'objet de fraude et des moyens de transport, et d'une amende proportionnelle à la valeur des marchandises. Les peines sont aggravées lorsque les faits portent sur des stupéfiants, des armes, des biens culturels ou des espèces protégées, ou sont commis en bande organisée.",
           "en": "Smuggling prohibited or heavily taxed goods is punishable by imprisonment, confiscation of the goods and the means of transport, and a fine proportionate to the value of the goods. Penalties are increased where the offence involves narcotics, weapons, cultural property or protected species, or is committed by an organised gang."},
          "DRG FIR CUL CONF DRUG-3 FAP-5"),
        P("415", {"fr": "Blanchiment douanier", "en": "Customs money laundering"},
          {"fr": "Est puni le fait de réaliser ou de tenter de réaliser, par une opération financière entre la France et l'étranger, le transfert de fonds que l'on sait provenir d'un délit douanier ou d'une infraction à la législation sur les stupéfiants. Les fonds en cause peuvent être confisqués.",
           "en": "It is an offence to carry out or attempt, through a financial transaction between France and another country, the transfer of funds known to derive from a customs offence or a narcotics offence. The funds involved may be confiscated."},
          "ML DRG CONF UNTOC-6 DRUG-3"),
    ]),
    L("BEL", "code-penal", {"fr": "Code pénal", "nl": "Strafwetboek", "de": "Strafgesetzbuch", "en": "Criminal Code"}, "fr", "code", "1867-06-08", [
        P("505", {"fr": "Recel et blanchiment", "en": "Handling and laundering of criminal proceeds"},
          {"fr": "L'article réprime le recel ainsi que l'acquisition, la détention, la conversion ou le transfert de choses tirées d'une infraction, lorsque l'auteur en connaissait ou devait en connaître l'origine. Les avantages patrimoniaux blanchis peuvent être confisqués même s'ils n'appartiennent pas au condamné.",
           "en": "The article penalises handling, as well as acquiring, holding, converting or transferring property derived from an offence, where the offender knew or ought to have known its origin. Laundered assets may be confiscated even if they do not belong to the convicted person."},
          "ML CONF UNTOC-6"),
        P("433quinquies", {"fr": "Traite des êtres humains", "en": "Trafficking in human beings"},
          {"fr": "Constitue l'infraction de traite des êtres humains le fait de recruter, transporter, transférer, héberger ou accueillir une personne, ou d'en prendre ou transférer le contrôle, à des fins d'exploitation sexuelle, de travail forcé, de mendicité ou de prélèvement d'organes. Le consentement de la victime à l'exploitation envisagée est sans effet sur l'infraction.",
           "en": "Trafficking in human beings consists in recruiting, transporting, transferring, harbouring or receiving a person, or taking or transferring control over that person, for the purpose of sexual exploitation, forced labour, begging or organ removal. The victim's consent to the intended exploitation has no bearing on the offence."},
          "TIP VA TIPP-5"),
        P("324bis", {"fr": "Organisation criminelle", "en": "Criminal organisation"},
          {"fr": "Une organisation criminelle est une association structurée de plus de deux personnes, établie dans le temps, en vue de commettre de façon concertée des crimes et délits punissables d'au moins trois ans d'emprisonnement pour obtenir des avantages patrimoniaux. La simple participation volontaire à ses activités est punissable.",
           "en": "A criminal organisation is a structured association of more than two persons, established over time, to commit in concert felonies and misdemeanours punishable by at least three years' imprisonment in order to obtain financial advantages. Mere voluntary participation in its activities is punishable."},
          "OCG UNTOC-5 UNTOC-2"),
    ]),
    L("SEN", "loi-2018-03", {"fr": "Loi n° 2018-03 du 23 février 2018 relative à la lutte contre le blanchiment de capitaux et le financement du terrorisme",
                             "en": "Act No. 2018-03 of 23 February 2018 on combating money laundering and the financing of terrorism"},
      "fr", "act", "2018-02-23", [
        P("7", {"fr": "Blanchiment de capitaux", "en": "Money laundering"},
          {"fr": "Constituent un blanchiment de capitaux la conversion ou le transfert de biens provenant d'une activité criminelle dans le but d'en dissimuler l'origine, ainsi que l'acquisition, la détention ou l'utilisation de tels biens en connaissance de cause. L'infraction est constituée même lorsque l'infraction d'origine a été commise sur le territoire d'un autre État.",
           "en": "Money laundering consists in converting or transferring property derived from criminal activity in order to conceal its origin, and in knowingly acquiring, holding or using such property. The offence is made out even where the predicate offence was committed in another State."},
          "ML JUR UNTOC-6 UNCAC-23"),
        P("141", {"fr": "Objet des demandes d'entraide judiciaire", "en": "Scope of requests for mutual legal assistance"},
          {"fr": "À la demande d'un État étranger, l'entraide judiciaire peut porter notamment sur le recueil de témoignages, la remise de documents bancaires, les perquisitions et les saisies, ainsi que l'identification et le gel des produits du crime. Le secret bancaire ne peut être invoqué pour refuser l'exécution d'une demande.",
           "en": "At the request of a foreign State, mutual legal assistance may cover in particular the taking of testimony, the production of bank records, searches and seizures, and the identification and freezing of the proceeds of crime. Bank secrecy may not be invoked to refuse execution of a request."},
          "ML IC CONF UNTOC-18 UNCAC-46 UNCAC-40"),
        P("151", {"fr": "Infractions donnant lieu à extradition", "en": "Extraditable offences"},
          {"fr": "Le blanchiment de capitaux et le financement du terrorisme donnent lieu à extradition, y compris lorsque la personne réclamée a agi pour le compte d'une organisation établie à l'étranger. L'extradition est accordée selon les conditions prévues par les conventions applicables ou, à défaut, par la loi nationale.",
           "en": "Money laundering and the financing of terrorism are extraditable offences, including where the person sought acted on behalf of an organisation based abroad. Extradition is granted under the conditions of the applicable treaties or, failing that, of national law."},
          "ML TER IC UNTOC-16"),
    ]),
    L("SEN", "loi-2005-06", {"fr": "Loi n° 2005-06 du 10 mai 2005 relative à la lutte contre la traite des personnes et pratiques assimilées et à la protection des victimes",
                             "en": "Act No. 2005-06 of 10 May 2005 on combating trafficking in persons and similar practices and on the protection of victims"},
      "fr", "act", "2005-05-10", [
        P("1", {"fr": "Traite des personnes", "en": "Trafficking in persons"},
          {"fr": "Le recrutement, le transport, le transfert ou l'hébergement de personnes par la violence, la ruse, l'abus d'autorité ou tout autre moyen de contrainte, aux fins de les exploiter, est puni de cinq à dix ans d'emprisonnement et d'une amende. Les peines sont aggravées lorsque la victime est un enfant.",
           "en": "Recruiting, transporting, transferring or harbouring persons through violence, trickery, abuse of authority or any other means of coercion, in order to exploit them, is punishable by five to ten years' imprisonment and a fine. Penalties are increased where the victim is a child."},
          "TIP TIPP-5"),
        P("4", {"fr": "Migration clandestine organisée", "en": "Organised clandestine migration"},
          {"fr": "Le fait d'organiser l'émigration clandestine d'une personne, notamment par la voie maritime, en vue d'en tirer directement ou indirectement un profit est puni d'emprisonnement et d'une amende. La tentative est punie des mêmes peines.",
           "en": "Organising the clandestine emigration of a person, in particular by sea, in order to obtain a direct or indirect profit is punishable by imprisonment and a fine. Attempts are punishable in the same way."},
          "SOM SOMP-6"),
        P("12", {"fr": "Protection et assistance des victimes", "en": "Protection of and assistance to victims"},
          {"fr": "Les victimes de la traite bénéficient d'une assistance et d'une protection, y compris d'un hébergement temporaire et d'une aide au retour dans leur pays d'origine. Elles ne peuvent être poursuivies pour les infractions directement liées à leur situation de victime.",
           "en": "Victims of trafficking receive assistance and protection, including temporary shelter and help to return to their country of origin. They may not be prosecuted for offences directly linked to their situation as victims."},
          "TIP VA TIPP-6 TIPP-8"),
    ]),
    L("CIV", "loi-2016-1111", {"fr": "Loi n° 2016-1111 du 8 décembre 2016 relative à la lutte contre la traite des personnes",
                               "en": "Act No. 2016-1111 of 8 December 2016 on combating trafficking in persons"},
      "fr", "act", "2016-12-08", [
        P("4", {"fr": "Définition de la traite des personnes", "en": "Definition of trafficking in persons"},
          {"fr": "La traite des personnes s'entend du recrutement, du transport, du transfert, de l'hébergement ou de l'accueil d'une personne par la menace, la force, l'enlèvement, la fraude ou l'abus d'une situation de vulnérabilité, aux fins d'exploitation. L'exploitation comprend notamment le travail ou les services forcés, la mendicité forcée et l'exploitation sexuelle.",
           "en": "Trafficking in persons means the recruitment, transport, transfer, harbouring or receipt of a person by threat, force, abduction, fraud or abuse of a position of vulnerability, for the purpose of exploitation. Exploitation includes forced labour or services, forced begging and sexual exploitation."},
          "TIP TIPP-3 TIPP-5"),
        P("5", {"fr": "Peines applicables", "en": "Penalties"},
          {"fr": "L'auteur de la traite encourt une peine d'emprisonnement et une amende, portées au double lorsque l'infraction est commise à l'égard d'un enfant ou par un groupe criminel organisé. Les biens ayant servi à commettre l'infraction sont confisqués.",
           "en": "A trafficker faces imprisonment and a fine, which are doubled where the offence is committed against a child or by an organised criminal group. Property used to commit the offence is confiscated."},
          "TIP OCG CONF UNTOC-11"),
        P("34", {"fr": "Coopération internationale", "en": "International cooperation"},
          {"fr": "Les autorités ivoiriennes accordent l'entraide judiciaire la plus large possible aux États étrangers pour les enquêtes et poursuites relatives à la traite des personnes. Elles peuvent échanger des informations avec leurs homologues afin d'identifier les victimes et de démanteler les réseaux.",
           "en": "The Ivorian authorities afford foreign States the widest possible mutual legal assistance in investigations and prosecutions relating to trafficking in persons. They may exchange information with their counterparts to identify victims and dismantle networks."},
          "TIP IC TIPP-10 UNTOC-18"),
    ]),
    L("CMR", "code-penal-2016", {"fr": "Loi n° 2016/007 du 12 juillet 2016 portant Code pénal", "en": "Law No. 2016/007 of 12 July 2016 relating to the Penal Code"},
      "fr", "code", "2016-07-12", [
        P("134", {"fr": "Corruption", "en": "Corruption"},
          {"fr": "Est puni tout fonctionnaire ou agent public qui sollicite, agrée ou reçoit des offres, dons ou avantages pour accomplir ou s'abstenir d'accomplir un acte de sa fonction. Les mêmes peines s'appliquent à celui qui propose ou accorde de tels avantages.",
           "en": "Any civil servant or public official who solicits, accepts or receives offers, gifts or advantages for doing or refraining from doing an act of office is punishable. The same penalties apply to anyone who offers or grants such advantages."},
          "COR UNCAC-15"),
        P("184", {"fr": "Détournement de biens publics", "en": "Misappropriation of public property"},
          {"fr": "Le détournement de biens publics par toute personne qui en a la charge est réprimé par des peines qui varient selon la valeur des biens soustraits et peuvent aller jusqu'à l'emprisonnement à vie. La restitution intégrale des sommes détournées peut entraîner une atténuation de la peine.",
           "en": "Misappropriation of public property by any person entrusted with it is punished according to the value of the property taken, up to life imprisonment. Full restitution of the misappropriated sums may lead to a reduced sentence."},
          "COR AR UNCAC-17"),
        P("342-1", {"fr": "Traite et trafic des personnes", "en": "Trafficking in persons and smuggling of persons"},
          {"fr": "Est puni celui qui recrute, transporte, transfère, héberge ou accueille une personne en vue de son exploitation, ainsi que celui qui organise, pour en tirer profit, l'entrée ou la sortie illégale d'une personne du territoire national. Les peines sont aggravées lorsque la victime est mineure.",
           "en": "Anyone who recruits, transports, transfers, harbours or receives a person for the purpose of exploitation is punishable, as is anyone who organises, for profit, the illegal entry or exit of a person into or out of the national territory. Penalties are increased where the victim is a minor."},
          "TIP SOM TIPP-5 SOMP-6"),
    ]),
]

LAWS_ES = [
    L("ESP", "codigo-penal", {"es": "Ley Orgánica 10/1995, de 23 de noviembre, del Código Penal", "en": "Organic Law 10/1995 of 23 November on the Criminal Code"},
      "es", "code", "1995-11-23", [
        P("31 bis", {"es": "Responsabilidad penal de las personas jurídicas", "en": "Criminal liability of legal persons"},
          {"es": "Las personas jurídicas responden penalmente de los delitos cometidos en su nombre y en su beneficio por sus representantes legales o administradores, y de los cometidos por empleados cuando se han incumplido gravemente los deberes de supervisión. La adopción previa de un modelo eficaz de organización y gestión puede eximir de responsabilidad.",
           "en": "Legal persons are criminally liable for offences committed on their behalf and for their benefit by their legal representatives or directors, and for offences committed by employees where the duty of supervision was seriously breached. Prior adoption of an effective compliance model may exempt them from liability."},
          "LLP UNTOC-10 UNCAC-26"),
        P("127", {"es": "Decomiso", "en": "Confiscation"},
          {"es": "Toda pena por delito doloso lleva consigo el decomiso de los efectos, instrumentos y ganancias procedentes del delito. Si no es posible decomisar esos bienes, el juez puede acordar el decomiso de otros por un valor equivalente.",
           "en": "Every sentence for an intentional offence entails confiscation of the goods, instrumentalities and profits derived from the offence. Where those assets cannot be confiscated, the court may order confiscation of other property of equivalent value."},
          "CONF UNTOC-12 UNCAC-31"),
        P("177 bis", {"es": "Trata de seres humanos", "en": "Trafficking in human beings"},
          {"es": "Comete delito de trata quien, en territorio español o desde España, capta, transporta, traslada, acoge o recibe a una persona empleando violencia, intimidación, engaño o abusando de una situación de vulnerabilidad, con fines de explotación laboral, sexual, delictiva o de extracción de órganos. El consentimiento de la víctima es irrelevante cuando se ha empleado alguno de esos medios.",
           "en": "The offence of trafficking is committed by anyone who, in or from Spain, recruits, transports, transfers, harbours or receives a person by violence, intimidation, deception or abuse of a position of vulnerability, for labour, sexual or criminal exploitation or organ removal. The victim's consent is irrelevant where any of those means has been used."},
          "TIP VA TIPP-5"),
        P("197 bis", {"es": "Acceso ilícito a sistemas de información", "en": "Illegal access to information systems"},
          {"es": "Se castiga a quien, vulnerando las medidas de seguridad, accede sin autorización a un sistema de información o se mantiene en él contra la voluntad de su titular. También es punible interceptar transmisiones no públicas de datos informáticos mediante artificios técnicos.",
           "en": "Anyone who, by breaching security measures, accesses an information system without authorisation or remains in it against the will of its owner is punishable. Intercepting non-public transmissions of computer data by technical means is also an offence."},
          "CYB BUD-2 BUD-3"),
        P("301", {"es": "Blanqueo de capitales", "en": "Money laundering"},
          {"es": "Comete blanqueo de capitales quien adquiere, posee, utiliza, convierte o transmite bienes sabiendo que tienen su origen en una actividad delictiva, o realiza cualquier acto para ocultar ese origen o ayudar al autor a eludir las consecuencias de sus actos. La pena se agrava cuando los bienes proceden del tráfico de drogas o de delitos de corrupción.",
           "en": "Money laundering is committed by anyone who acquires, possesses, uses, converts or transfers property knowing that it originates in criminal activity, or does anything to conceal that origin or to help the offender evade the consequences of his or her acts. The penalty is higher where the property derives from drug trafficking or corruption offences."},
          "ML CONF UNTOC-6 UNCAC-23"),
        P("318 bis", {"es": "Delitos contra los derechos de los ciudadanos extranjeros", "en": "Offences against the rights of foreign nationals (smuggling of migrants)"},
          {"es": "Se castiga a quien ayuda intencionadamente a una persona que no es nacional de un Estado miembro de la Unión Europea a entrar o transitar por territorio español vulnerando la legislación de extranjería. La pena se agrava cuando el autor actúa con ánimo de lucro, en el seno de una organización o poniendo en peligro la vida de los migrantes. No es punible la conducta cuyo único fin es prestar ayuda humanitaria.",
           "en": "Anyone who intentionally helps a person who is not a national of a European Union Member State to enter or transit through Spain in breach of immigration law is punishable. The penalty is higher where the offender acts for profit, within an organisation or endangers the migrants' lives. Conduct whose sole aim is humanitarian assistance is not punishable."},
          "SOM SOMP-6"),
        P("570 bis", {"es": "Organizaciones criminales", "en": "Criminal organisations"},
          {"es": "Se castiga a quienes promueven, constituyen, organizan, coordinan o dirigen una organización criminal, así como a quienes participan activamente en ella o cooperan económicamente con la misma. Se entiende por organización criminal la agrupación estable de más de dos personas que se reparten diversas tareas de forma concertada para cometer delitos.",
           "en": "Those who promote, set up, organise, coordinate or lead a criminal organisation are punishable, as are those who actively take part in it or support it financially. A criminal organisation is a stable group of more than two persons who share out tasks in a concerted manner in order to commit offences."},
          "OCG UNTOC-5 UNTOC-2"),
    ]),
    L("ESP", "ley-de-enjuiciamiento-criminal", {"es": "Real Decreto de 14 de septiembre de 1882 por el que se aprueba la Ley de Enjuiciamiento Criminal", "en": "Royal Decree of 14 September 1882 approving the Criminal Procedure Act"},
      "es", "code", "1882-09-14", [
        P("263 bis", {"es": "Circulación o entrega vigilada", "en": "Controlled delivery"},
          {"es": "El juez o el Ministerio Fiscal pueden autorizar que remesas ilícitas de drogas, armas, bienes culturales u otros efectos circulen dentro del territorio español o salgan de él sin ser interceptadas, con el fin de identificar a las personas implicadas. La medida puede acordarse a petición de autoridades extranjeras en el marco de la cooperación internacional.",
           "en": "The court or the Public Prosecution Service may authorise illicit consignments of drugs, weapons, cultural property or other goods to move within or out of Spain without being intercepted, in order to identify those involved. The measure may be ordered at the request of foreign authorities as part of international cooperation."},
          "DRG FIR SIT DRUG-11 UNTOC-20"),
        P("282 bis", {"es": "Agente encubierto", "en": "Undercover agent"},
          {"es": "En investigaciones sobre delincuencia organizada, el juez o el fiscal pueden autorizar a agentes de la Policía Judicial a actuar bajo identidad supuesta. Con autorización judicial específica, el agente encubierto puede intervenir en canales cerrados de comunicación e intercambiar archivos ilícitos para obtener pruebas.",
           "en": "In investigations into organised crime, the court or the prosecutor may authorise judicial police officers to act under an assumed identity. With specific judicial authorisation, the undercover agent may take part in closed communication channels and exchange illicit files to obtain evidence."},
          "OCG SIT UNTOC-20"),
        P("588 octies", {"es": "Orden de conservación de datos", "en": "Data preservation order"},
          {"es": "El Ministerio Fiscal o la Policía Judicial pueden requerir a cualquier persona física o jurídica la conservación y protección de datos informáticos concretos que puedan servir como pruebas electrónicas, hasta que se obtenga la autorización judicial para su cesión. Los datos se conservan durante un plazo máximo de noventa días, prorrogable una sola vez hasta los ciento ochenta días.",
           "en": "The Public Prosecution Service or the judicial police may require any natural or legal person to preserve and protect specified computer data that may serve as electronic evidence, until judicial authorisation for their disclosure is obtained. The data are kept for up to ninety days, which may be extended once to one hundred and eighty days."},
          "CYB EE BUD-16"),
    ]),
    L("ESP", "ley-4-1985-extradicion-pasiva", {"es": "Ley 4/1985, de 21 de marzo, de Extradición Pasiva", "en": "Act 4/1985 of 21 March on Passive Extradition"},
      "es", "act", "1985-03-21", [
        P("2", {"es": "Hechos que dan lugar a la extradición", "en": "Extraditable conduct"},
          {"es": "Puede concederse la extradición por hechos que, según las leyes españolas y las del Estado requirente, tengan señalada una pena privativa de libertad cuyo máximo no sea inferior a un año, o para ejecutar una condena de al menos cuatro meses. La extradición está sujeta a la condición de reciprocidad.",
           "en": "Extradition may be granted for conduct that carries, under Spanish law and the law of the requesting State, a maximum custodial penalty of at least one year, or to enforce a sentence of at least four months. Extradition is subject to reciprocity."},
          "IC UNTOC-16"),
        P("4", {"es": "Causas de denegación", "en": "Grounds for refusal"},
          {"es": "No se concede la extradición de españoles, ni por delitos de carácter político, ni cuando el Estado requirente no garantice que no impondrá la pena de muerte. Tampoco procede cuando la persona reclamada deba ser juzgada por un tribunal de excepción o cuando la responsabilidad penal se haya extinguido.",
           "en": "Spanish nationals are not extradited, nor is extradition granted for political offences or where the requesting State does not guarantee that the death penalty will not be imposed. It is also refused where the person sought would be tried by an extraordinary court or where criminal liability has been extinguished."},
          "IC UNTOC-16 UNCAC-44"),
    ]),
    L("MEX", "codigo-nacional-de-procedimientos-penales", {"es": "Código Nacional de Procedimientos Penales", "en": "National Code of Criminal Procedure"},
      "es", "code", "2014-03-05", [
        P("252", {"es": "Actos de investigación que requieren autorización previa del Juez de control", "en": "Investigative acts requiring prior authorisation by the supervisory judge"},
          {"es": "Requieren autorización previa del Juez de control los actos de investigación que afectan derechos fundamentales, como la exhumación de cadáveres, las órdenes de cateo y la intervención de comunicaciones privadas. El Ministerio Público debe justificar la necesidad y proporcionalidad de cada medida.",
           "en": "Investigative acts that affect fundamental rights, such as exhumations, search warrants and the interception of private communications, require prior authorisation by the supervisory judge. The Public Prosecution Service must justify the necessity and proportionality of each measure."},
          "SIT EE"),
        P("291", {"es": "Intervención de las comunicaciones privadas", "en": "Interception of private communications"},
          {"es": "El Fiscal General de la República o los fiscales de las entidades federativas pueden solicitar al Juez federal de control la intervención de comunicaciones privadas, incluidos los datos almacenados en dispositivos y los registros de tráfico. La solicitud debe precisar la persona, el medio de comunicación y la duración de la medida.",
           "en": "The Attorney General of the Republic or the prosecutors of the federal entities may ask the federal supervisory judge to authorise the interception of private communications, including data stored on devices and traffic records. The application must specify the person, the means of communication and the duration of the measure."},
          "EE SIT BUD-21"),
        P("433", {"es": "Asistencia jurídica internacional", "en": "International legal assistance"},
          {"es": "La asistencia jurídica internacional en materia penal se rige por los tratados en que el Estado mexicano sea parte y, a falta de ellos, por el principio de reciprocidad. La solicitud puede comprender notificaciones, obtención de pruebas, cateos, aseguramiento de bienes y traslado voluntario de personas para testificar.",
           "en": "International legal assistance in criminal matters is governed by the treaties to which Mexico is a party and, in their absence, by reciprocity. A request may cover service of documents, taking of evidence, searches, securing of assets and the voluntary transfer of persons to testify."},
          "IC CONF UNTOC-18"),
    ]),
    L("MEX", "codigo-penal-federal", {"es": "Código Penal Federal", "en": "Federal Criminal Code"}, "es", "code", "1931-08-14", [
        P("400 Bis", {"es": "Operaciones con recursos de procedencia ilícita", "en": "Transactions with proceeds of illicit origin"},
          {"es": "Se impone prisión a quien, por sí o por interpósita persona, adquiere, transfiere, administra, custodia, invierte o transporta recursos, derechos o bienes de cualquier naturaleza, dentro del territorio nacional o hacia el extranjero, con conocimiento de que proceden de una actividad ilícita. La conducta abarca también la ocultación de su origen, localización o propiedad.",
           "en": "Anyone who, directly or through another person, acquires, transfers, manages, holds, invests or transports funds, rights or property of any kind, in Mexico or abroad, knowing that they derive from unlawful activity, is liable to imprisonment. The offence also covers concealing their origin, location or ownership."},
          "ML UNTOC-6 UNCAC-23"),
        P("222 bis", {"es": "Cohecho a servidores públicos extranjeros", "en": "Bribery of foreign public officials"},
          {"es": "Comete cohecho a servidores públicos extranjeros quien, con el propósito de obtener o retener un beneficio en transacciones comerciales internacionales, ofrece, promete o entrega dinero o cualquier otra dádiva a un servidor público extranjero. Las personas morales involucradas pueden ser sancionadas con multa y suspensión.",
           "en": "Bribery of foreign public officials is committed by anyone who, to obtain or retain a benefit in international business transactions, offers, promises or gives money or any other gift to a foreign public official. Legal persons involved may be fined and suspended."},
          "COR LLP UNCAC-16"),
        P("211 bis 1", {"es": "Acceso ilícito a sistemas y equipos de informática", "en": "Illegal access to computer systems and equipment"},
          {"es": "Se castiga a quien, sin autorización, modifica, destruye o provoca la pérdida de información contenida en sistemas o equipos de informática protegidos por algún mecanismo de seguridad. También es punible conocer o copiar dicha información sin permiso.",
           "en": "Anyone who, without authorisation, alters, destroys or causes the loss of information held in computer systems or equipment protected by a security mechanism is punishable. Viewing or copying such information without permission is also an offence."},
          "CYB BUD-2 BUD-4"),
        P("420", {"es": "Delitos contra la biodiversidad", "en": "Offences against biodiversity"},
          {"es": "Se sanciona a quien ilícitamente captura, daña, priva de la vida, transporta o comercia con ejemplares de especies de flora o fauna silvestre, terrestre o acuática, consideradas endémicas, amenazadas o sujetas a protección especial. La pena se agrava cuando las conductas se realizan con fines comerciales.",
           "en": "Anyone who unlawfully captures, harms, kills, transports or trades in specimens of wild terrestrial or aquatic plant or animal species that are endemic, threatened or under special protection is punishable. The penalty is higher where the conduct is carried out for commercial purposes."},
          "WLF"),
    ]),
    L("MEX", "ley-general-trata-de-personas", {"es": "Ley General para Prevenir, Sancionar y Erradicar los Delitos en Materia de Trata de Personas y para la Protección y Asistencia a las Víctimas de estos Delitos",
                                               "en": "General Act to Prevent, Punish and Eradicate Offences of Trafficking in Persons and to Protect and Assist the Victims of such Offences"},
      "es", "act", "2012-06-14", [
        P("10", {"es": "Delito de trata de personas", "en": "Offence of trafficking in persons"},
          {"es": "Comete el delito de trata de personas quien, mediante una acción u omisión dolosa, capta, engancha, transporta, transfiere, retiene, entrega, recibe o aloja a una o varias personas con fines de explotación. La ley enumera como formas de explotación, entre otras, la esclavitud, el trabajo forzado, la explotación sexual y la extracción de órganos.",
           "en": "The offence of trafficking in persons is committed by anyone who, by an intentional act or omission, recruits, lures, transports, transfers, holds, hands over, receives or accommodates one or more persons for the purpose of exploitation. The Act lists forms of exploitation including slavery, forced labour, sexual exploitation and organ removal."},
          "TIP TIPP-5"),
        P("62", {"es": "Derechos de las víctimas", "en": "Rights of victims"},
          {"es": "Las víctimas de trata tienen derecho a atención médica y psicológica, alojamiento seguro, asesoría jurídica y protección de su identidad durante el procedimiento penal. Las víctimas extranjeras no son objeto de procedimientos migratorios sancionadores por su situación.",
           "en": "Trafficking victims are entitled to medical and psychological care, safe accommodation, legal advice and protection of their identity during criminal proceedings. Foreign victims are not subjected to punitive immigration proceedings because of their situation."},
          "TIP VA TIPP-6 TIPP-7"),
    ]),
    L("MEX", "ley-federal-de-armas-de-fuego-y-explosivos", {"es": "Ley Federal de Armas de Fuego y Explosivos", "en": "Federal Firearms and Explosives Act"},
      "es", "act", "1972-01-11", [
        P("84", {"es": "Introducción clandestina de armas", "en": "Clandestine importation of weapons"},
          {"es": "Se sanciona a quien participe en la introducción clandestina al territorio nacional de armas, municiones, cartuchos o explosivos de uso exclusivo del Ejército, Armada y Fuerza Aérea. La pena se agrava para los servidores públicos que intervengan en estos hechos.",
           "en": "Anyone who takes part in smuggling into Mexico weapons, ammunition, cartridges or explosives reserved for the exclusive use of the armed forces is punishable. The penalty is higher for public officials involved in such conduct."},
          "FIR FAP-5"),
        P("84 Bis", {"es": "Introducción clandestina de armas de uso civil", "en": "Clandestine importation of civilian firearms"},
          {"es": "También es punible introducir clandestinamente al país armas de fuego que no estén reservadas al uso exclusivo de las fuerzas armadas. Se entiende por introducción clandestina el paso de armas por las fronteras eludiendo los controles aduaneros o sin los permisos correspondientes.",
           "en": "Smuggling into Mexico firearms that are not reserved for the armed forces is also punishable. Clandestine importation means moving weapons across the border by evading customs controls or without the required permits."},
          "FIR FAP-5 FAP-10"),
    ]),
    L("ARG", "codigo-penal", {"es": "Código Penal de la Nación Argentina", "en": "Criminal Code of the Argentine Nation"}, "es", "code", "1921-10-29", [
        P("303", {"es": "Lavado de activos", "en": "Money laundering"},
          {"es": "Comete lavado de activos quien convierte, transfiere, administra, vende, grava, disimula o de cualquier otro modo pone en circulación en el mercado bienes provenientes de un ilícito penal, con la consecuencia posible de que su origen adquiera apariencia lícita, siempre que su valor supere el monto fijado por la ley. La pena se agrava cuando el autor actúa con habitualidad o como miembro de una asociación o banda.",
           "en": "Money laundering is committed by anyone who converts, transfers, manages, sells, encumbers, disguises or otherwise puts into circulation property derived from a criminal offence, with the possible result that its origin appears lawful, where its value exceeds the statutory threshold. The penalty is higher where the offender acts habitually or as a member of an association or gang."},
          "ML UNTOC-6"),
        P("145 bis", {"es": "Trata de personas", "en": "Trafficking in persons"},
          {"es": "Se reprime a quien ofrece, capta, traslada, recibe o acoge personas con fines de explotación, ya sea dentro del territorio nacional o desde o hacia otros países, aunque medie el consentimiento de la víctima.",
           "en": "Anyone who offers, recruits, transfers, receives or harbours persons for the purpose of exploitation, within Argentina or from or to other countries, is punishable even where the victim consents."},
          "TIP TIPP-5"),
        P("210", {"es": "Asociación ilícita", "en": "Unlawful association"},
          {"es": "Se castiga a quien toma parte en una asociación o banda de tres o más personas destinada a cometer delitos, por el solo hecho de ser miembro de ella. Los jefes u organizadores de la asociación reciben una pena mínima agravada.",
           "en": "Anyone who takes part in an association or gang of three or more persons intended to commit offences is punishable merely for being a member. The leaders or organisers of the association face a higher minimum penalty."},
          "OCG UNTOC-5"),
        P("258 bis", {"es": "Soborno transnacional", "en": "Transnational bribery"},
          {"es": "Se reprime a quien, directa o indirectamente, ofrece, promete u otorga a un funcionario público de otro Estado o de una organización pública internacional dinero o cualquier beneficio indebido para que realice u omita un acto relacionado con sus funciones, en el marco de una transacción económica, financiera o comercial.",
           "en": "Anyone who, directly or indirectly, offers, promises or gives a public official of another State or of a public international organisation money or any undue benefit to act or refrain from acting in connection with his or her duties, in the context of an economic, financial or commercial transaction, is punishable."},
          "COR UNCAC-16"),
    ]),
    L("ARG", "ley-24767-cooperacion-internacional-en-materia-penal", {"es": "Ley 24.767 de Cooperación Internacional en Materia Penal", "en": "Act 24.767 on International Cooperation in Criminal Matters"},
      "es", "act", "1996-12-18", [
        P("3", {"es": "Reciprocidad y aplicación de los tratados", "en": "Reciprocity and application of treaties"},
          {"es": "La ayuda en materia penal se presta a cualquier Estado que la solicite, aun sin tratado, cuando se ofrezca reciprocidad. Si existe un tratado, sus disposiciones prevalecen y la ley sirve para interpretar su texto y para todo lo no previsto en él.",
           "en": "Assistance in criminal matters is given to any State that requests it, even without a treaty, where reciprocity is offered. Where a treaty exists, its provisions prevail and the Act is used to interpret it and for any matter it does not cover."},
          "IC UNTOC-18 UNTOC-16"),
        P("12", {"es": "Extradición de nacionales", "en": "Extradition of nationals"},
          {"es": "Si la persona reclamada es nacional argentina, puede optar por ser juzgada por los tribunales argentinos, salvo que un tratado obligue a extraditarla. Si ejerce esa opción, la extradición se deniega y el caso se juzga en el país sobre la base de la prueba aportada por el Estado requirente.",
           "en": "A person sought who is an Argentine national may opt to be tried by the Argentine courts, unless a treaty requires extradition of nationals. If that option is exercised, extradition is refused and the case is tried in Argentina on the basis of the evidence supplied by the requesting State."},
          "IC JUR UNTOC-16 UNTOC-15"),
        P("67", {"es": "Formas de asistencia", "en": "Forms of assistance"},
          {"es": "La asistencia puede consistir en la localización e identificación de personas, notificaciones, obtención de pruebas, registros, secuestro de bienes y embargo de activos, entre otras medidas. Cuando la medida solicitada implique coerción, se exige que el hecho sea punible también en la Argentina.",
           "en": "Assistance may consist of locating and identifying persons, serving documents, taking evidence, searches, seizure of property and freezing of assets, among other measures. Where the measure requested is coercive, the conduct must also be punishable in Argentina."},
          "IC CONF UNTOC-18"),
    ]),
    L("COL", "ley-599-de-2000-codigo-penal", {"es": "Ley 599 de 2000, por la cual se expide el Código Penal", "en": "Law 599 of 2000 enacting the Criminal Code"},
      "es", "code", "2000-07-24", [
        P("188", {"es": "Tráfico de migrantes", "en": "Smuggling of migrants"},
          {"es": "Comete tráfico de migrantes quien promueve, induce, constriñe, facilita, financia, colabora o de cualquier otra forma participa en la entrada o salida de personas del país sin el cumplimiento de los requisitos legales, con el ánimo de lucrarse o de obtener cualquier otro provecho.",
           "en": "Smuggling of migrants is committed by anyone who promotes, induces, compels, facilitates, finances, assists or otherwise takes part in the entry or exit of persons into or out of the country without complying with legal requirements, for profit or any other benefit."},
          "SOM SOMP-6"),
        P("188A", {"es": "Trata de personas", "en": "Trafficking in persons"},
          {"es": "Incurre en trata de personas quien capta, traslada, acoge o recibe a una persona, dentro del territorio nacional o hacia el exterior, con fines de explotación. El consentimiento de la víctima no constituye causal de exoneración de la responsabilidad penal.",
           "en": "Trafficking in persons is committed by anyone who recruits, transfers, harbours or receives a person, within Colombia or abroad, for the purpose of exploitation. The victim's consent does not exempt the offender from criminal liability."},
          "TIP TIPP-5"),
        P("323", {"es": "Lavado de activos", "en": "Money laundering"},
          {"es": "Comete lavado de activos quien adquiere, resguarda, invierte, transporta, transforma, almacena, conserva, custodia o administra bienes que tengan su origen mediato o inmediato en actividades delictivas como el tráfico de drogas, el secuestro extorsivo o los delitos contra la administración pública, o les da apariencia de legalidad. La conducta es punible aunque las actividades de origen se hayan realizado total o parcialmente en el extranjero.",
           "en": "Money laundering is committed by anyone who acquires, safeguards, invests, transports, transforms, stores, keeps, holds or manages property whose origin lies directly or indirectly in criminal activities such as drug trafficking, kidnapping for ransom or offences against public administration, or gives it an appearance of legality. The conduct is punishable even if the predicate activities took place wholly or partly abroad."},
          "ML JUR UNTOC-6"),
        P("340", {"es": "Concierto para delinquir", "en": "Conspiracy to commit offences"},
          {"es": "Cuando varias personas se conciertan con el fin de cometer delitos, cada una de ellas es sancionada por esa sola conducta. La pena se incrementa cuando el concierto tiene por objeto delitos como el narcotráfico, la trata de personas o el lavado de activos.",
           "en": "Where several persons agree to commit offences, each of them is punishable for that conduct alone. The penalty is higher where the agreement concerns offences such as drug trafficking, trafficking in persons or money laundering."},
          "OCG UNTOC-5"),
        P("376", {"es": "Tráfico, fabricación o porte de estupefacientes", "en": "Trafficking, manufacture or carrying of narcotic drugs"},
          {"es": "Se sanciona a quien, sin permiso de autoridad competente, introduce al país, saca de él, transporta, lleva consigo, almacena, elabora, vende, ofrece o financia sustancias estupefacientes, sicotrópicas o drogas sintéticas. La pena varía según la cantidad de sustancia.",
           "en": "Anyone who, without authorisation, brings into or takes out of the country, transports, carries, stores, manufactures, sells, offers or finances narcotic or psychotropic substances or synthetic drugs is punishable. The penalty depends on the quantity involved."},
          "DRG DRUG-3"),
        P("328", {"es": "Aprovechamiento ilícito de los recursos naturales renovables", "en": "Unlawful exploitation of renewable natural resources"},
          {"es": "Se castiga a quien, con incumplimiento de la normatividad, se apropia, introduce, explota, transporta, mantiene, trafica, comercia o aprovecha especies, productos o partes de los recursos fáunicos, forestales, florísticos o hidrobiológicos. La pena se agrava cuando las especies se encuentran amenazadas o en veda.",
           "en": "Anyone who, in breach of regulations, appropriates, introduces, exploits, transports, keeps, trafficks, trades in or uses species, products or parts of wildlife, forest, plant or aquatic resources is punishable. The penalty is higher where the species are threatened or protected by a closed season."},
          "WLF"),
        P("433", {"es": "Soborno transnacional", "en": "Transnational bribery"},
          {"es": "Comete soborno transnacional quien da, promete u ofrece a un servidor público extranjero, en provecho de este o de un tercero, dinero, bienes o cualquier beneficio, a cambio de que realice, omita o retarde un acto relacionado con una transacción económica o comercial.",
           "en": "Transnational bribery is committed by anyone who gives, promises or offers a foreign public official, for that official or a third party, money, goods or any benefit in exchange for doing, omitting or delaying an act connected with an economic or commercial transaction."},
          "COR UNCAC-16"),
    ]),
    L("COL", "ley-906-de-2004-codigo-de-procedimiento-penal", {"es": "Ley 906 de 2004, por la cual se expide el Código de Procedimiento Penal", "en": "Law 906 of 2004 enacting the Code of Criminal Procedure"},
      "es", "code", "2004-08-31", [
        P("484", {"es": "Principio general de colaboración", "en": "General principle of cooperation"},
          {"es": "Las autoridades judiciales y la Fiscalía deben brindar la máxima colaboración posible a los requerimientos de autoridades extranjeras que adelanten investigaciones penales, de conformidad con los tratados y la Constitución. La cooperación puede comprender la práctica de pruebas, notificaciones y la aplicación de medidas sobre bienes.",
           "en": "Judicial authorities and the Office of the Attorney General must give the fullest possible cooperation to requests from foreign authorities conducting criminal investigations, in accordance with treaties and the Constitution. Cooperation may include taking evidence, serving documents and applying measures to property."},
          "IC UNTOC-18"),
        P("490", {"es": "La extradición", "en": "Extradition"},
          {"es": "La extradición se solicita, concede u ofrece de acuerdo con los tratados públicos y, en su defecto, con la ley. Está prohibida la extradición de colombianos por nacimiento por delitos políticos y por hechos cometidos con anterioridad a la promulgación del Acto Legislativo 01 de 1997.",
           "en": "Extradition is requested, granted or offered in accordance with treaties and, failing them, with the law. Extradition of Colombian nationals by birth is prohibited for political offences and for conduct committed before Legislative Act 01 of 1997 was promulgated."},
          "IC UNTOC-16"),
        P("491", {"es": "Concesión u ofrecimiento de la extradición", "en": "Granting or offering extradition"},
          {"es": "El Gobierno, por medio del Ministerio de Justicia y del Derecho, puede conceder u ofrecer la extradición previo concepto favorable de la Sala de Casación Penal de la Corte Suprema de Justicia. Si el concepto de la Corte es desfavorable, el Gobierno no puede conceder la extradición.",
           "en": "The Government, through the Ministry of Justice and Law, may grant or offer extradition after a favourable opinion of the Criminal Cassation Chamber of the Supreme Court of Justice. If the Court's opinion is unfavourable, the Government may not grant extradition."},
          "IC UNTOC-16"),
    ]),
    L("CHL", "codigo-penal", {"es": "Código Penal", "en": "Criminal Code"}, "es", "code", "1874-11-12", [
        P("411 bis", {"es": "Tráfico de migrantes", "en": "Smuggling of migrants"},
          {"es": "Se castiga a quien, con ánimo de lucro, facilita o promueve la entrada ilegal al país de una persona que no sea nacional o residente. La pena se aumenta si se pone en peligro la integridad física o la vida del afectado o si este es menor de edad.",
           "en": "Anyone who, for profit, facilitates or promotes the illegal entry into Chile of a person who is neither a national nor a resident is punishable. The penalty is higher where the person's physical integrity or life is endangered or the person is a minor."},
          "SOM SOMP-6"),
        P("411 quáter", {"es": "Trata de personas", "en": "Trafficking in persons"},
          {"es": "Se castiga a quien, mediante violencia, intimidación, coacción, engaño o abuso de una situación de vulnerabilidad o dependencia, capta, traslada, acoge o recibe personas para que sean objeto de explotación sexual, trabajos forzados, servidumbre o extracción de órganos. Si la víctima es menor de edad, no se requiere acreditar el uso de esos medios.",
           "en": "Anyone who, by violence, intimidation, coercion, deception or abuse of vulnerability or dependence, recruits, transfers, harbours or receives persons for sexual exploitation, forced labour, servitude or organ removal is punishable. Where the victim is a minor, the use of those means need not be proven."},
          "TIP TIPP-5"),
        P("251 bis", {"es": "Cohecho a funcionario público extranjero", "en": "Bribery of a foreign public official"},
          {"es": "Se sanciona a quien ofrece, promete o da a un funcionario público extranjero un beneficio económico o de otra naturaleza, para que realice u omita un acto que le permita obtener o mantener un negocio o una ventaja indebida en una transacción internacional.",
           "en": "Anyone who offers, promises or gives a foreign public official an economic or other benefit so that the official does or omits an act enabling the offender to obtain or keep business or an undue advantage in an international transaction is punishable."},
          "COR UNCAC-16"),
    ]),
    L("PER", "codigo-penal", {"es": "Código Penal (Decreto Legislativo 635)", "en": "Criminal Code (Legislative Decree 635)"}, "es", "code", "1991-04-03", [
        P("153", {"es": "Trata de personas", "en": "Trafficking in persons"},
          {"es": "Comete delito de trata de personas quien, mediante violencia, amenaza u otras formas de coacción, fraude, engaño o abuso de poder, capta, transporta, traslada, acoge, recibe o retiene a otro, en el territorio de la República o para su salida o entrada del país, con fines de explotación. La captación de niños con esos fines se considera trata aun sin emplear ninguno de esos medios.",
           "en": "Trafficking in persons is committed by anyone who, by violence, threats or other coercion, fraud, deception or abuse of power, recruits, transports, transfers, harbours, receives or holds another person, within Peru or for the purpose of leaving or entering the country, for exploitation. Recruiting children for those purposes is trafficking even if none of those means is used."},
          "TIP TIPP-5"),
        P("303-A", {"es": "Tráfico ilícito de migrantes", "en": "Smuggling of migrants"},
          {"es": "Comete tráfico ilícito de migrantes quien promueve, favorece, financia o facilita la entrada o salida ilegal del país de otra persona, con el fin de obtener directa o indirectamente un lucro o cualquier otro beneficio.",
           "en": "Smuggling of migrants is committed by anyone who promotes, assists, finances or facilitates the illegal entry into or exit from Peru of another person in order to obtain, directly or indirectly, a profit or any other benefit."},
          "SOM SOMP-6"),
        P("317", {"es": "Organización criminal", "en": "Criminal organisation"},
          {"es": "Se sanciona a quien promueve, organiza, constituye o integra una organización criminal de tres o más personas con carácter estable o permanente que, de manera concertada o coordinada, se reparten tareas para cometer delitos graves. La pena se agrava para los líderes y financistas de la organización.",
           "en": "Anyone who promotes, organises, sets up or belongs to a stable or permanent criminal organisation of three or more persons who share out tasks in a concerted or coordinated way to commit serious offences is punishable. The penalty is higher for the organisation's leaders and financiers."},
          "OCG UNTOC-5"),
        P("296", {"es": "Promoción o favorecimiento al tráfico ilícito de drogas", "en": "Promoting or facilitating illicit drug trafficking"},
          {"es": "Se reprime a quien promueve, favorece o facilita el consumo ilegal de drogas tóxicas, estupefacientes o sustancias psicotrópicas mediante actos de fabricación o tráfico, o las posee con fines de tráfico. También se castiga a quien toma parte en una conspiración de dos o más personas para cometer estos delitos.",
           "en": "Anyone who promotes, assists or facilitates the illegal consumption of toxic drugs, narcotics or psychotropic substances by manufacturing or trafficking, or who possesses them for trafficking, is punishable. Taking part in a conspiracy of two or more persons to commit these offences is also punishable."},
          "DRG DRUG-3"),
        P("308", {"es": "Tráfico ilegal de especies de flora y fauna silvestre", "en": "Illegal trade in wild flora and fauna"},
          {"es": "Se reprime a quien adquiere, vende, transporta, almacena, importa, exporta o reexporta productos o especímenes de especies de flora o fauna silvestre protegidas por la legislación nacional sin el permiso correspondiente. La pena se agrava cuando los especímenes proceden de áreas naturales protegidas.",
           "en": "Anyone who acquires, sells, transports, stores, imports, exports or re-exports products or specimens of wild plant or animal species protected by national law without the required permit is punishable. The penalty is higher where the specimens come from protected natural areas."},
          "WLF"),
        P("397-A", {"es": "Cohecho activo transnacional", "en": "Transnational active bribery"},
          {"es": "Se castiga a quien, bajo cualquier modalidad, ofrece, otorga o promete a un funcionario o servidor público de otro Estado o de un organismo internacional un donativo, ventaja o beneficio indebido para obtener o retener un negocio u otra ventaja en la realización de actividades económicas o comerciales internacionales.",
           "en": "Anyone who, in any form, offers, grants or promises an official or public servant of another State or of an international organisation an undue gift, advantage or benefit in order to obtain or retain business or another advantage in international economic or commercial activities is punishable."},
          "COR UNCAC-16"),
    ]),
    L("PER", "codigo-procesal-penal", {"es": "Código Procesal Penal (Decreto Legislativo 957)", "en": "Code of Criminal Procedure (Legislative Decree 957)"}, "es", "code", "2004-07-22", [
        P("508", {"es": "Normas aplicables a la cooperación judicial internacional", "en": "Rules applicable to international judicial cooperation"},
          {"es": "Las relaciones de las autoridades peruanas con las extranjeras y con la Corte Penal Internacional en materia de cooperación judicial se rigen por los tratados celebrados por el Perú y, en su defecto, por el principio de reciprocidad en un marco de respeto de los derechos humanos.",
           "en": "Relations between the Peruvian authorities and foreign authorities or the International Criminal Court in matters of judicial cooperation are governed by the treaties concluded by Peru and, failing them, by reciprocity, with respect for human rights."},
          "IC UNTOC-18"),
        P("511", {"es": "Actos de cooperación judicial internacional", "en": "Acts of international judicial cooperation"},
          {"es": "Los actos de cooperación judicial internacional comprenden, entre otros, la extradición, la notificación de resoluciones, la práctica de diligencias probatorias, las medidas de incautación y embargo de bienes delictivos, el traslado de condenados y la constitución de equipos conjuntos de investigación.",
           "en": "Acts of international judicial cooperation include, among others, extradition, service of decisions, taking of evidence, seizure and attachment of criminal assets, transfer of sentenced persons and the setting up of joint investigation teams."},
          "IC CONF UNTOC-19 UNTOC-17"),
        P("517", {"es": "Improcedencia de la extradición", "en": "Cases in which extradition is not granted"},
          {"es": "No procede la extradición cuando el Estado requirente no tiene competencia para juzgar el delito, cuando la persona reclamada ya fue absuelta o condenada por los mismos hechos o cuando la acción penal ha prescrito. Tampoco procede si el delito es exclusivamente militar o político, o si la solicitud responde a motivos discriminatorios.",
           "en": "Extradition is not granted where the requesting State lacks jurisdiction over the offence, where the person sought has already been acquitted or convicted for the same acts or where prosecution is time-barred. Nor is it granted for purely military or political offences or where the request is made on discriminatory grounds."},
          "IC UNTOC-16"),
    ]),
    L("ECU", "codigo-organico-integral-penal", {"es": "Código Orgánico Integral Penal", "en": "Comprehensive Organic Criminal Code"}, "es", "code", "2014-02-10", [
        P("91", {"es": "Trata de personas", "en": "Trafficking in persons"},
          {"es": "Comete trata de personas quien capta, transporta, traslada, entrega, acoge o recibe a una o más personas, dentro del país o desde o hacia otros países, con fines de explotación. Constituye explotación, entre otras, la extracción de órganos, la explotación laboral, la mendicidad, el matrimonio servil y la explotación sexual.",
           "en": "Trafficking in persons is committed by anyone who recruits, transports, transfers, hands over, harbours or receives one or more persons, within Ecuador or from or to other countries, for the purpose of exploitation. Exploitation includes organ removal, labour exploitation, begging, servile marriage and sexual exploitation."},
          "TIP TIPP-5"),
        P("213", {"es": "Tráfico ilícito de migrantes", "en": "Smuggling of migrants"},
          {"es": "Comete tráfico ilícito de migrantes quien, para obtener directa o indirectamente un beneficio económico u otro de orden material, facilita, organiza o promueve la migración ilícita de personas nacionales o extranjeras desde el Ecuador hacia otros países o viceversa. La pena se agrava si se pone en peligro la vida de los migrantes o si estos son niñas, niños o adolescentes.",
           "en": "Smuggling of migrants is committed by anyone who, to obtain directly or indirectly a financial or other material benefit, facilitates, organises or promotes the illegal migration of nationals or foreigners from Ecuador to other countries or vice versa. The penalty is higher where the migrants' lives are endangered or they are children or adolescents."},
          "SOM SOMP-6"),
        P("220", {"es": "Tráfico ilícito de sustancias catalogadas sujetas a fiscalización", "en": "Illicit trafficking in controlled substances"},
          {"es": "Se sanciona a quien, directa o indirectamente, trafique, oferte, almacene, intermedie, distribuya, compre, venda, transporte, importe o exporte sustancias estupefacientes o psicotrópicas sujetas a fiscalización. La pena se gradúa según la cantidad de la sustancia, clasificada en mínima, mediana, alta y gran escala.",
           "en": "Anyone who directly or indirectly trafficks, offers, stores, brokers, distributes, buys, sells, transports, imports or exports controlled narcotic or psychotropic substances is punishable. The penalty is graded according to the quantity, classified as minimum, medium, high or large scale."},
          "DRG DRUG-3"),
        P("247", {"es": "Delitos contra la flora y fauna silvestres", "en": "Offences against wild flora and fauna"},
          {"es": "Se sanciona a quien caza, pesca, captura, recolecta, extrae, tenga, transporte, trafique o comercialice especímenes o sus partes de flora o fauna silvestre, terrestre, marina o acuática, de especies amenazadas, en peligro de extinción o migratorias. La pena se agrava cuando la conducta se realiza en un área protegida.",
           "en": "Anyone who hunts, fishes, captures, collects, extracts, holds, transports, trafficks or trades in specimens or parts of wild terrestrial, marine or aquatic flora or fauna of threatened, endangered or migratory species is punishable. The penalty is higher where the conduct takes place in a protected area."},
          "WLF"),
        P("317", {"es": "Lavado de activos", "en": "Money laundering"},
          {"es": "Comete lavado de activos quien, directa o indirectamente, tenga, adquiera, transfiera, convierta o administre activos de origen ilícito, o los oculte o disimule, o preste su nombre o el de la sociedad de que sea socio para tales fines. El delito es autónomo de otros cometidos dentro o fuera del país.",
           "en": "Money laundering is committed by anyone who directly or indirectly holds, acquires, transfers, converts or manages assets of unlawful origin, conceals or disguises them, or lends his or her name or that of a company in which he or she is a partner for those purposes. The offence is autonomous from other offences committed in Ecuador or abroad."},
          "ML UNTOC-6"),
        P("369", {"es": "Delincuencia organizada", "en": "Organised crime"},
          {"es": "Se sanciona a quien financie, ejerza el mando o dirección, o planifique las actividades de un grupo estructurado de tres o más personas que, de forma permanente o reiterada, actúe con el propósito de cometer delitos graves para obtener beneficios económicos u otros de orden material. También son sancionados los demás colaboradores del grupo.",
           "en": "Anyone who finances, commands or directs, or plans the activities of a structured group of three or more persons acting permanently or repeatedly to commit serious offences for financial or other material benefit is punishable. The group's other collaborators are also punishable."},
          "OCG UNTOC-5"),
    ]),
    L("GTM", "ley-contra-la-delincuencia-organizada", {"es": "Ley contra la Delincuencia Organizada (Decreto 21-2006)", "en": "Act against Organized Crime (Decree 21-2006)"},
      "es", "act", "2006-07-19", [
        P("2", {"es": "Grupo delictivo organizado", "en": "Organised criminal group"},
          {"es": "Se considera grupo delictivo organizado cualquier grupo estructurado de tres o más personas que exista durante cierto tiempo y actúe concertadamente con el propósito de cometer uno o más delitos graves, entre ellos el narcotráfico, el lavado de dinero, la trata de personas y el tráfico de migrantes, con miras a obtener un beneficio económico.",
           "en": "An organised criminal group is any structured group of three or more persons existing for a period of time and acting in concert to commit one or more serious offences, including drug trafficking, money laundering, trafficking in persons and smuggling of migrants, in order to obtain a financial benefit."},
          "OCG UNTOC-2 UNTOC-5"),
        P("48", {"es": "Operaciones encubiertas", "en": "Undercover operations"},
          {"es": "El Ministerio Público puede autorizar operaciones encubiertas en las que agentes policiales especialmente designados adoptan identidades supuestas para infiltrarse en grupos delictivos organizados. Los agentes quedan exentos de responsabilidad penal por los actos necesarios para la operación, siempre que no excedan los límites autorizados.",
           "en": "The Public Prosecution Service may authorise undercover operations in which specially designated police officers assume false identities to infiltrate organised criminal groups. The officers are exempt from criminal liability for acts necessary for the operation, provided they stay within the authorised limits."},
          "OCG SIT UNTOC-20"),
        P("90", {"es": "Colaboración eficaz", "en": "Effective cooperation by offenders"},
          {"es": "La persona que haya participado en un hecho delictivo y preste colaboración eficaz para la investigación y persecución de miembros de grupos delictivos organizados puede obtener beneficios como la reducción de la pena. El acuerdo de colaboración debe ser aprobado por un juez.",
           "en": "A person who took part in an offence and provides effective cooperation in the investigation and prosecution of members of organised criminal groups may obtain benefits such as a reduced sentence. The cooperation agreement must be approved by a judge."},
          "OCG OBS WP UNTOC-26"),
    ]),
]

LAWS_RU = [
    L("RUS", "ugolovnyj-kodeks", {"ru": "Уголовный кодекс Российской Федерации", "en": "Criminal Code of the Russian Federation"}, "ru", "code", "1996-06-13", [
        P("127.1", {"ru": "Торговля людьми", "en": "Trafficking in persons"},
          {"ru": "Наказуемы купля-продажа человека, а также его вербовка, перевозка, передача, укрывательство или получение в целях эксплуатации. Наказание усиливается, если деяние совершено в отношении несовершеннолетнего, группой лиц по предварительному сговору или с перемещением потерпевшего через Государственную границу Российской Федерации.",
           "en": "The purchase or sale of a human being, and the recruitment, transportation, transfer, harbouring or receipt of a person for the purpose of exploitation, are punishable. Penalties are increased where the victim is a minor, where the offence is committed by a group acting in concert or where the victim is moved across the State border of the Russian Federation."},
          "TIP TIPP-5"),
        P("174.1", {"ru": "Легализация (отмывание) денежных средств или иного имущества, приобретённых лицом в результате совершения им преступления", "en": "Laundering of money or other property acquired by a person through an offence committed by that person"},
          {"ru": "Статья устанавливает ответственность за финансовые операции и другие сделки с денежными средствами или иным имуществом, приобретёнными в результате собственного преступления, совершённые в целях придания видимости законности владению, пользованию и распоряжению ими. Квалифицирующими признаками являются крупный размер, совершение деяния организованной группой и использование служебного положения.",
           "en": "The article penalises financial transactions and other dealings in money or property acquired through one's own offence, carried out to give an appearance of legality to their possession, use and disposal. Aggravating circumstances include large amounts, commission by an organised group and abuse of official position."},
          "ML CONF UNTOC-6 UNCAC-23"),
        P("210", {"ru": "Организация преступного сообщества (преступной организации) или участие в нём (ней)", "en": "Organising or participating in a criminal community (criminal organisation)"},
          {"ru": "Наказуемы создание преступного сообщества в целях совершения тяжких или особо тяжких преступлений, руководство им, а также участие в нём. Лицо, занимающее высшее положение в преступной иерархии, несёт повышенную ответственность по отдельной статье 210.1.",
           "en": "Creating or leading a criminal community for the purpose of committing grave or especially grave crimes, and participating in such a community, are punishable. A person who holds the highest position in the criminal hierarchy bears increased liability under a separate article, 210.1."},
          "OCG UNTOC-5"),
        P("226.1", {"ru": "Контрабанда огнестрельного оружия, культурных ценностей, особо ценных диких животных и иных предметов", "en": "Smuggling of firearms, cultural property, especially valuable wild animals and other items"},
          {"ru": "Незаконное перемещение через таможенную границу Евразийского экономического союза или Государственную границу Российской Федерации огнестрельного оружия, боеприпасов, культурных ценностей, а также особо ценных диких животных и водных биологических ресурсов образует самостоятельный состав контрабанды. Наказание усиливается при совершении деяния организованной группой или с применением насилия к лицу, осуществляющему таможенный или пограничный контроль.",
           "en": "Unlawfully moving firearms, ammunition, cultural property, or especially valuable wild animals and aquatic biological resources across the customs border of the Eurasian Economic Union or the State border of the Russian Federation is a separate smuggling offence. Penalties are increased where the offence is committed by an organised group or with violence against a customs or border officer."},
          "FIR CUL WLF FAP-5"),
        P("227", {"ru": "Пиратство", "en": "Piracy"},
          {"ru": "Пиратством признаётся нападение на морское или речное судно в целях завладения чужим имуществом, совершённое с применением насилия либо с угрозой его применения. Наказание усиливается, если деяние совершено с применением оружия, организованной группой или повлекло смерть человека.",
           "en": "Piracy is an attack on a sea or river vessel for the purpose of seizing another's property, committed with violence or the threat of violence. Penalties are increased where weapons are used, where the offence is committed by an organised group or where it results in death."},
          "PIR JUR"),
        P("272", {"ru": "Неправомерный доступ к компьютерной информации", "en": "Unlawful access to computer information"},
          {"ru": "Наказуем неправомерный доступ к охраняемой законом компьютерной информации, если он повлёк её уничтожение, блокирование, модификацию либо копирование. Наказание усиливается при причинении крупного ущерба, совершении деяния из корыстной заинтересованности или организованной группой.",
           "en": "Unlawful access to legally protected computer information is punishable where it results in the destruction, blocking, modification or copying of that information. Penalties are increased where major damage is caused or where the offence is committed for gain or by an organised group."},
          "CYB BUD-2"),
        P("291", {"ru": "Дача взятки", "en": "Giving a bribe"},
          {"ru": "Наказуема дача взятки должностному лицу, иностранному должностному лицу либо должностному лицу публичной международной организации лично или через посредника. Лицо освобождается от уголовной ответственности, если оно активно способствовало раскрытию преступления и добровольно сообщило о даче взятки.",
           "en": "Giving a bribe to an official, a foreign public official or an official of a public international organisation, in person or through an intermediary, is punishable. A person is exempt from criminal liability if he or she actively assisted in uncovering the offence and voluntarily reported the bribe."},
          "COR UNCAC-15 UNCAC-16"),
        P("322.1", {"ru": "Организация незаконной миграции", "en": "Organising illegal migration"},
          {"ru": "Наказуема организация незаконного въезда в Российскую Федерацию иностранных граждан или лиц без гражданства, их незаконного пребывания или незаконного транзитного проезда через территорию страны. Наказание усиливается, если деяние совершено организованной группой или в целях совершения преступления на территории Российской Федерации.",
           "en": "Organising the illegal entry of foreign nationals or stateless persons into the Russian Federation, their illegal stay or their illegal transit through its territory is punishable. Penalties are increased where the offence is committed by an organised group or for the purpose of committing an offence in the Russian Federation."},
          "SOM SOMP-6"),
    ]),
    L("RUS", "ugolovno-processualnyj-kodeks", {"ru": "Уголовно-процессуальный кодекс Российской Федерации", "en": "Code of Criminal Procedure of the Russian Federation"}, "ru", "code", "2001-12-18", [
        P("453", {"ru": "Направление запроса о правовой помощи", "en": "Sending a request for legal assistance"},
          {"ru": "При необходимости производства на территории иностранного государства допроса, осмотра, выемки, обыска, судебной экспертизы или иных процессуальных действий суд, прокурор или следователь вносит запрос о их производстве компетентным органом иностранного государства. Запрос направляется через Верховный Суд, Министерство юстиции, Генеральную прокуратуру или иной центральный орган Российской Федерации в зависимости от стадии производства.",
           "en": "Where questioning, inspection, seizure, search, expert examination or other procedural steps must be carried out in a foreign State, the court, prosecutor or investigator submits a request for their execution by the competent authority of that State. The request is transmitted through the Supreme Court, the Ministry of Justice, the Prosecutor General's Office or another central authority, depending on the stage of proceedings."},
          "IC UNTOC-18 UNCAC-46"),
        P("455", {"ru": "Юридическая сила доказательств, полученных на территории иностранного государства", "en": "Legal force of evidence obtained in a foreign State"},
          {"ru": "Доказательства, полученные на территории иностранного государства его должностными лицами при исполнении запроса о правовой помощи, заверенные и переданные в установленном порядке, пользуются такой же юридической силой, как если бы они были получены на территории Российской Федерации.",
           "en": "Evidence obtained in a foreign State by its officials in executing a request for legal assistance, certified and transmitted in the prescribed manner, has the same legal force as if it had been obtained in the Russian Federation."},
          "IC EE UNTOC-18"),
        P("457", {"ru": "Исполнение в Российской Федерации запроса о правовой помощи", "en": "Execution in the Russian Federation of a request for legal assistance"},
          {"ru": "Запрос иностранного государства о производстве процессуальных действий исполняется по общим правилам российского уголовно-процессуального законодательства. По просьбе запрашивающей стороны могут применяться процессуальные нормы иностранного государства, если это не противоречит законодательству и международным обязательствам Российской Федерации.",
           "en": "A foreign State's request for procedural steps is executed under the general rules of Russian criminal procedure. At the requesting party's request, the procedural rules of the foreign State may be applied if this does not conflict with Russian law and the international obligations of the Russian Federation."},
          "IC UNTOC-18"),
        P("462", {"ru": "Исполнение запроса о выдаче лица, находящегося на территории Российской Федерации", "en": "Execution of a request for the extradition of a person in the Russian Federation"},
          {"ru": "Российская Федерация может выдать иностранному государству иностранного гражданина или лицо без гражданства для уголовного преследования или исполнения приговора за деяния, уголовно наказуемые по законам обеих сторон. Решение о выдаче принимает Генеральный прокурор Российской Федерации или его заместитель, и оно может быть обжаловано в суд.",
           "en": "The Russian Federation may extradite a foreign national or stateless person to a foreign State for prosecution or enforcement of a sentence for conduct punishable under the law of both parties. The decision is taken by the Prosecutor General or a deputy and may be challenged in court."},
          "IC UNTOC-16"),
        P("464", {"ru": "Отказ в выдаче лица", "en": "Refusal of extradition"},
          {"ru": "Выдача не допускается, если лицо является гражданином Российской Федерации или ему предоставлено убежище в связи с возможностью преследований. Выдача также не допускается, если деяние не является преступлением по российскому законодательству или истёк срок давности.",
           "en": "Extradition is not allowed where the person is a national of the Russian Federation or has been granted asylum because of a risk of persecution. It is also not allowed where the conduct is not an offence under Russian law or the limitation period has expired."},
          "IC JUR UNTOC-16"),
    ]),
    L("RUS", "federalnyj-zakon-115-fz", {"ru": "Федеральный закон от 7 августа 2001 г. № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путем, и финансированию терроризма»",
                                         "en": "Federal Law No. 115-FZ of 7 August 2001 on Combating the Legalisation (Laundering) of Criminally Obtained Income and the Financing of Terrorism"},
      "ru", "act", "2001-08-07", [
        P("7", {"ru": "Права и обязанности организаций, осуществляющих операции с денежными средствами или иным имуществом", "en": "Rights and obligations of organisations carrying out transactions with money or other property"},
          {"ru": "Банки и иные организации, осуществляющие операции с денежными средствами, обязаны идентифицировать клиентов и бенефициарных владельцев, хранить сведения об операциях и сообщать в уполномоченный орган об операциях, подлежащих обязательному контролю, и о подозрительных операциях. Раскрытие клиенту факта передачи такой информации запрещено.",
           "en": "Banks and other organisations carrying out transactions with money must identify customers and beneficial owners, keep transaction records and report to the designated authority transactions subject to mandatory control and suspicious transactions. Disclosing to the customer that such information has been reported is prohibited."},
          "ML PREV UNCAC-14 UNTOC-7"),
        P("10", {"ru": "Международное сотрудничество", "en": "International cooperation"},
          {"ru": "Уполномоченный орган обменивается информацией с компетентными органами иностранных государств о подозрительных операциях и лицах, причастных к легализации преступных доходов, на основе международных договоров или принципа взаимности. Полученная информация может использоваться только в целях, указанных в запросе, и не подлежит передаче третьим лицам без согласия предоставившей её стороны.",
           "en": "The designated authority exchanges information with the competent authorities of foreign States on suspicious transactions and persons involved in laundering criminal proceeds, under international treaties or on the basis of reciprocity. Information received may be used only for the purposes stated in the request and may not be passed on to third parties without the consent of the party that supplied it."},
          "ML IC UNCAC-58 UNTOC-7"),
    ]),
    L("KAZ", "ugolovnyj-kodeks", {"ru": "Уголовный кодекс Республики Казахстан", "kk": "Қазақстан Республикасының Қылмыстық кодексі", "en": "Criminal Code of the Republic of Kazakhstan"},
      "ru", "code", "2014-07-03", [
        P("128", {"ru": "Торговля людьми", "en": "Trafficking in persons"},
          {"ru": "Наказуемы купля-продажа человека или иные сделки в отношении него, а также его вербовка, перевозка, передача, укрывательство или получение в целях эксплуатации. Наказание усиливается при вывозе потерпевшего за пределы Республики Казахстан или совершении деяния преступной группой.",
           "en": "The purchase or sale of a human being or other transactions concerning that person, and the person's recruitment, transportation, transfer, harbouring or receipt for the purpose of exploitation, are punishable. Penalties are increased where the victim is taken out of Kazakhstan or the offence is committed by a criminal group."},
          "TIP TIPP-5"),
        P("205", {"ru": "Неправомерный доступ к информации, в информационную систему или сеть телекоммуникаций", "en": "Unlawful access to information, an information system or a telecommunications network"},
          {"ru": "Наказуем неправомерный доступ к охраняемой законом информации, в информационную систему или сеть телекоммуникаций, повлёкший существенное нарушение прав и законных интересов граждан или организаций. Более строгое наказание предусмотрено для деяний, совершённых преступной группой.",
           "en": "Unlawful access to legally protected information, an information system or a telecommunications network that substantially infringes the rights and lawful interests of individuals or organisations is punishable. Heavier penalties apply where the offence is committed by a criminal group."},
          "CYB BUD-2"),
        P("218", {"ru": "Легализация (отмывание) денег и (или) иного имущества, полученных преступным путём", "en": "Legalisation (laundering) of money and/or other property obtained through crime"},
          {"ru": "Наказуемо вовлечение в законный оборот денег или иного имущества, полученных преступным путём, посредством сделок по их конвертации или переводу, а также сокрытие их подлинного происхождения, места нахождения или принадлежности. Наказание усиливается при совершении деяния преступной группой или в особо крупном размере.",
           "en": "Introducing money or other property obtained through crime into lawful circulation by converting or transferring it, and concealing its true origin, location or ownership, are punishable. Penalties are increased where the offence is committed by a criminal group or involves especially large amounts."},
          "ML UNTOC-6"),
        P("262", {"ru": "Создание и руководство организованной группой или преступной организацией, а равно участие в них", "en": "Creating and leading an organised group or criminal organisation, and participating in them"},
          {"ru": "Наказуемы создание и руководство организованной группой или преступной организацией в целях совершения уголовных правонарушений, а также участие в их деятельности. Лицо, добровольно прекратившее участие и сообщившее о преступной группе, может быть освобождено от уголовной ответственности.",
           "en": "Creating and leading an organised group or criminal organisation for the purpose of committing criminal offences, and taking part in their activities, are punishable. A person who voluntarily stops participating and reports the criminal group may be exempted from criminal liability."},
          "OCG UNTOC-5 UNTOC-26"),
        P("366", {"ru": "Получение взятки", "en": "Accepting a bribe"},
          {"ru": "Наказуемо получение должностным лицом или лицом, занимающим ответственную государственную должность, лично или через посредника взятки за действия в пользу взяткодателя. Наказание дифференцируется в зависимости от размера взятки и совершения деяния группой лиц.",
           "en": "Accepting a bribe, in person or through an intermediary, by an official or a holder of a responsible public office in return for acting in favour of the bribe-giver is punishable. Penalties vary with the size of the bribe and whether the offence is committed by a group."},
          "COR UNCAC-15"),
    ]),
    L("KAZ", "ugolovno-processualnyj-kodeks", {"ru": "Уголовно-процессуальный кодекс Республики Казахстан", "kk": "Қазақстан Республикасының Қылмыстық-процестік кодексі", "en": "Code of Criminal Procedure of the Republic of Kazakhstan"},
      "ru", "code", "2014-07-04", [
        P("571", {"ru": "Направление запроса о правовой помощи", "en": "Sending a request for legal assistance"},
          {"ru": "Запрос о производстве процессуальных действий на территории иностранного государства направляется через центральный орган Республики Казахстан: на досудебной стадии — через Генеральную прокуратуру, на стадии судебного разбирательства — через Верховный Суд. Запрос составляется в письменной форме и сопровождается переводом на язык запрашиваемой стороны. Он может касаться, в частности, допроса свидетелей, истребования банковских документов и получения электронных доказательств.",
           "en": "A request for procedural steps in a foreign State is sent through the central authority of Kazakhstan: the Prosecutor General's Office at the pre-trial stage and the Supreme Court at the trial stage. The request is made in writing and accompanied by a translation into the language of the requested party. It may concern, in particular, the questioning of witnesses, the production of bank records and the obtaining of electronic evidence."},
          "IC UNTOC-18"),
        P("582", {"ru": "Отказ в выдаче", "en": "Refusal of extradition"},
          {"ru": "Выдача лица не допускается, если оно является гражданином Республики Казахстан, если ему предоставлено убежище или если деяние не признаётся преступлением по законодательству Республики Казахстан. Выдача также не допускается, если имеются основания полагать, что лицо подвергнется пыткам или преследованию по дискриминационным мотивам.",
           "en": "Extradition is not allowed where the person is a national of Kazakhstan, has been granted asylum or where the conduct is not an offence under the law of Kazakhstan. It is also not allowed where there are grounds to believe that the person would be tortured or persecuted on discriminatory grounds."},
          "IC UNTOC-16"),
    ]),
    L("BLR", "ugolovnyj-kodeks", {"ru": "Уголовный кодекс Республики Беларусь", "en": "Criminal Code of the Republic of Belarus"}, "ru", "code", "1999-07-09", [
        P("181", {"ru": "Торговля людьми", "en": "Trafficking in persons"},
          {"ru": "Наказуемы вербовка, перевозка, передача, укрывательство или получение человека в целях эксплуатации, совершённые путём обмана, злоупотребления доверием, применения насилия или угрозы его применения. Согласие потерпевшего на эксплуатацию не исключает уголовной ответственности.",
           "en": "The recruitment, transportation, transfer, harbouring or receipt of a person for the purpose of exploitation by deception, abuse of trust, violence or the threat of violence are punishable. The victim's consent to exploitation does not exclude criminal liability."},
          "TIP TIPP-5"),
        P("235", {"ru": "Легализация («отмывание») средств, полученных преступным путём", "en": "Legalisation (laundering) of criminally obtained funds"},
          {"ru": "Наказуемы финансовые операции со средствами, полученными заведомо преступным путём, и иные действия по сокрытию их происхождения, а также использование таких средств для предпринимательской или иной хозяйственной деятельности. Наказание усиливается при совершении деяния повторно, группой лиц по предварительному сговору или в особо крупном размере.",
           "en": "Financial transactions with funds known to have been obtained through crime, other acts concealing their origin and the use of such funds in business or other economic activity are punishable. Penalties are increased for repeat offences, offences committed by a group acting in concert or especially large amounts."},
          "ML UNTOC-6"),
        P("349", {"ru": "Несанкционированный доступ к компьютерной информации", "en": "Unauthorised access to computer information"},
          {"ru": "Наказуем несанкционированный доступ к информации, хранящейся в компьютерной системе, сети или на машинных носителях, сопровождающийся нарушением системы защиты и повлёкший существенный вред. Ответственность усиливается, если доступ совершён из корыстной заинтересованности или повлёк тяжкие последствия.",
           "en": "Unauthorised access to information stored in a computer system, network or storage medium that involves breaching a protection system and causes substantial harm is punishable. Liability is increased where access is gained for gain or causes grave consequences."},
          "CYB BUD-2"),
    ]),
    L("UKR", "kryminalnyj-kodeks", {"uk": "Кримінальний кодекс України", "en": "Criminal Code of Ukraine"}, "uk", "code", "2001-04-05", [
        P("149", {"uk": "Торгівля людьми", "en": "Trafficking in human beings"},
          {"uk": "Карається торгівля людьми, тобто вербування, переміщення, переховування, передача або одержання людини з метою експлуатації, зокрема з використанням обману, шантажу чи уразливого стану особи. Покарання посилюється, якщо злочин вчинено щодо неповнолітнього або організованою групою.",
           "en": "Trafficking in human beings, meaning the recruitment, movement, concealment, transfer or receipt of a person for the purpose of exploitation, in particular through deception, blackmail or abuse of the person's vulnerability, is punishable. Penalties are increased where the offence is committed against a minor or by an organised group."},
          "TIP TIPP-5"),
        P("209", {"uk": "Легалізація (відмивання) майна, одержаного злочинним шляхом", "en": "Legalisation (laundering) of property obtained through crime"},
          {"uk": "Карається вчинення фінансових операцій і правочинів з майном, одержаним злочинним шляхом, а також дії, спрямовані на приховування чи маскування його незаконного походження. Покарання посилюється, якщо злочин вчинено повторно, за попередньою змовою групою осіб або в особливо великому розмірі.",
           "en": "Carrying out financial transactions and dealings with property obtained through crime, and acts aimed at concealing or disguising its unlawful origin, are punishable. Penalties are increased for repeat offences, offences committed by a group acting in concert or especially large amounts."},
          "ML UNTOC-6"),
    ]),
]

LAWS_ZH = [
    L("CHN", "xingfa", {"zh": "中华人民共和国刑法", "en": "Criminal Law of the People's Republic of China"}, "zh", "code", "1979-07-01", [
        P("120", {"zh": "组织、领导、参加恐怖组织罪", "en": "Organising, leading or participating in a terrorist organisation"},
          {"zh": "本条规定，组织、领导恐怖活动组织的，处十年以上有期徒刑或者无期徒刑，并处没收财产。积极参加者和其他参加者按参与程度分别承担较轻的刑事责任，并可以并处罚金。",
           "en": "Organising or leading a terrorist organisation is punishable by ten years' to life imprisonment and confiscation of property. Active participants and other members face lighter penalties according to their role, and fines may be imposed."},
          "TER"),
        P("151", {"zh": "走私武器、弹药罪；走私文物罪；走私珍贵动物、珍贵动物制品罪", "en": "Smuggling of weapons and ammunition; smuggling of cultural relics; smuggling of rare animals and their products"},
          {"zh": "本条惩治走私枪支等武器、弹药、核材料或者伪造的货币的行为，以及走私国家禁止出口的文物、黄金、白银和其他贵重金属或者国家禁止进出口的珍贵动物及其制品的行为。情节特别严重的，可以判处无期徒刑，并处没收财产。",
           "en": "The article punishes smuggling of firearms and other weapons, ammunition, nuclear material or counterfeit currency, and smuggling of cultural relics, gold, silver or other precious metals whose export is prohibited, or of rare animals and their products whose import or export is prohibited. In especially serious cases, life imprisonment and confiscation of property may be imposed."},
          "FIR CUL WLF FAP-5"),
        P("164", {"zh": "对外国公职人员、国际公共组织官员行贿罪", "en": "Bribery of foreign public officials and officials of public international organisations"},
          {"zh": "为谋取不正当商业利益，给予外国公职人员或者国际公共组织官员以财物的，依照本条追究刑事责任。单位犯本罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员予以处罚。",
           "en": "Giving money or property to a foreign public official or an official of a public international organisation in order to obtain an improper commercial advantage is an offence under this article. Where an entity commits the offence, it is fined and the managers and other persons directly responsible are also punished."},
          "COR LLP UNCAC-16 UNCAC-26"),
        P("191", {"zh": "洗钱罪", "en": "Money laundering"},
          {"zh": "本条规定，为掩饰、隐瞒毒品犯罪、黑社会性质的组织犯罪、恐怖活动犯罪、走私犯罪、贪污贿赂犯罪、破坏金融管理秩序犯罪、金融诈骗犯罪所得及其收益的来源和性质，通过提供资金账户、转账、跨境转移资产等方式进行处理的，构成洗钱罪。《刑法修正案（十一）》施行后，上游犯罪行为人本人实施的“自洗钱”行为也一并处罚。",
           "en": "The article makes it an offence to dispose of the proceeds of drug offences, mafia-style organised crime, terrorism, smuggling, embezzlement and bribery, offences against financial order or financial fraud, by providing accounts, making transfers, moving assets across borders or by other means, in order to conceal or disguise their source and nature. Since Amendment XI to the Criminal Law, the offender in the predicate offence can also be punished for laundering his or her own proceeds."},
          "ML CONF UNTOC-6 UNCAC-23"),
        P("240", {"zh": "拐卖妇女、儿童罪", "en": "Trafficking in women and children"},
          {"zh": "以出卖为目的，拐骗、绑架、收买、贩卖、接送、中转妇女、儿童的，构成拐卖妇女、儿童罪。将妇女、儿童卖往境外，或者造成被害人重伤、死亡等严重后果的，属于法定加重情节。",
           "en": "Abducting, kidnapping, buying, selling, transporting or transferring women or children for the purpose of sale constitutes the offence of trafficking in women and children. Selling victims abroad or causing serious injury or death are statutory aggravating circumstances."},
          "TIP TIPP-5"),
        P("285", {"zh": "非法侵入计算机信息系统罪；非法获取计算机信息系统数据、非法控制计算机信息系统罪", "en": "Intrusion into computer information systems; illegally obtaining data from or controlling computer information systems"},
          {"zh": "违反国家规定，侵入国家事务、国防建设、尖端科学技术领域的计算机信息系统的，构成犯罪。侵入其他计算机信息系统获取其中存储、处理或者传输的数据，或者对该系统实施非法控制，情节严重的，同样追究刑事责任。",
           "en": "Intruding, in breach of State regulations, into computer information systems in the fields of State affairs, national defence or cutting-edge science and technology is an offence. Intruding into other computer systems to obtain stored, processed or transmitted data, or unlawfully controlling such systems, is also punishable where the circumstances are serious."},
          "CYB BUD-2"),
        P("318", {"zh": "组织他人偷越国（边）境罪", "en": "Organising illegal border crossings"},
          {"zh": "本条惩治组织他人偷越国（边）境的行为，并处罚金。组织集团的首要分子、多次组织或者组织人数众多，以及造成被组织人重伤、死亡的，从重处罚。",
           "en": "The article punishes organising others to cross the national border illegally, together with a fine. Heavier penalties apply to ringleaders of smuggling groups, to repeated or large-scale smuggling and where smuggled persons are seriously injured or killed."},
          "SOM SOMP-6"),
        P("347", {"zh": "走私、贩卖、运输、制造毒品罪", "en": "Smuggling, selling, transporting or manufacturing narcotic drugs"},
          {"zh": "本条确立了对走私、贩卖、运输、制造毒品行为不论数量多少一律追究刑事责任的原则。涉案毒品数量大，如海洛因或者甲基苯丙胺五十克以上的，可以判处十五年有期徒刑、无期徒刑或者死刑。",
           "en": "The article establishes that smuggling, selling, transporting or manufacturing narcotic drugs is punishable regardless of quantity. Where large quantities are involved, such as 50 grams or more of heroin or methamphetamine, the penalty may be fifteen years' imprisonment, life imprisonment or death."},
          "DRG DRUG-3"),
    ], status="amended"),
    L("CHN", "xingshi-susong-fa", {"zh": "中华人民共和国刑事诉讼法", "en": "Criminal Procedure Law of the People's Republic of China"}, "zh", "code", "1979-07-01", [
        P("18", {"zh": "刑事司法协助", "en": "Judicial assistance in criminal matters"},
          {"zh": "本条确立了刑事司法协助的法律依据：司法机关可以依据我国缔结或者参加的国际条约，或者在互惠基础上，与外国司法机关相互提出和执行协助请求。",
           "en": "The article sets the legal basis for mutual legal assistance: judicial authorities may make and execute requests with foreign judicial authorities under treaties concluded or acceded to by China, or on the basis of reciprocity."},
          "IC UNTOC-18 UNCAC-46"),
        P("150", {"zh": "技术侦查措施", "en": "Technical investigative measures"},
          {"zh": "本条允许公安机关在立案后，针对恐怖活动犯罪、黑社会性质的组织犯罪、重大毒品犯罪等严重犯罪，经严格审批采取技术侦查措施。对于重大贪污贿赂犯罪，人民检察院也可以决定采取此类措施，交有关机关执行。",
           "en": "The article allows public security organs, after a case is opened, to use technical investigative measures, subject to strict approval, against serious crimes such as terrorism, mafia-style organised crime and major drug offences. For major embezzlement and bribery cases, the people's procuratorate may also decide on such measures, to be carried out by the competent organs."},
          "TER OCG DRG SIT UNTOC-20 UNCAC-50"),
        P("291", {"zh": "缺席审判程序", "en": "Trial in absentia"},
          {"zh": "犯罪嫌疑人、被告人在境外的贪污贿赂犯罪案件，以及经最高人民检察院核准的严重危害国家安全犯罪、恐怖活动犯罪案件，可以适用缺席审判程序。人民法院应当通过司法协助等途径向被告人送达起诉书副本。",
           "en": "Trial in absentia is available where the suspect or defendant is abroad in cases of embezzlement and bribery and, with the approval of the Supreme People's Procuratorate, in cases of serious crimes against national security and terrorism. The court must serve a copy of the indictment on the defendant, including through judicial assistance channels."},
          "COR TER IC JUR UNCAC-44"),
        P("298", {"zh": "犯罪嫌疑人、被告人逃匿、死亡案件违法所得的没收程序", "en": "Confiscation of illicit gains where the suspect or defendant has absconded or died"},
          {"zh": "对于贪污贿赂犯罪、恐怖活动犯罪等重大犯罪案件，犯罪嫌疑人、被告人逃匿，在通缉一年后不能到案，或者死亡的，人民检察院可以向人民法院提出没收违法所得的申请。该程序不以定罪为前提，位于境外的涉案财产可以通过国际合作予以追回。",
           "en": "In major cases such as embezzlement and bribery or terrorism, where the suspect or defendant has absconded and cannot be brought to court within one year of a wanted notice, or has died, the procuratorate may apply to the court for confiscation of the illicit gains. The procedure does not require a conviction, and assets located abroad may be recovered through international cooperation."},
          "COR CONF AR UNCAC-54 UNCAC-31"),
    ], status="amended"),
    L("CHN", "yindu-fa", {"zh": "中华人民共和国引渡法", "en": "Extradition Law of the People's Republic of China"}, "zh", "act", "2000-12-28", [
        P("7", {"zh": "准予引渡的条件", "en": "Conditions for granting extradition"},
          {"zh": "外国提出的引渡请求须符合双重犯罪条件，即请求所指的行为依照中国法律和请求国法律均构成犯罪。为提起刑事诉讼而请求引渡的，该犯罪依照双方法律均须可判处一年以上有期徒刑或者其他更重的刑罚。",
           "en": "An extradition request from a foreign State must meet the dual criminality requirement: the conduct must be an offence under both Chinese law and the law of the requesting State. Where extradition is sought for prosecution, the offence must be punishable under both laws by at least one year's imprisonment or a heavier penalty."},
          "IC UNTOC-16"),
        P("8", {"zh": "应当拒绝引渡的情形", "en": "Mandatory grounds for refusing extradition"},
          {"zh": "被请求引渡人具有中华人民共和国国籍、请求所涉犯罪属于政治犯罪，或者有理由认为请求系出于种族、宗教、国籍、性别、政治见解等原因对其进行追诉的，应当拒绝引渡。被请求引渡人在请求国曾经遭受或者可能遭受酷刑的，亦应拒绝。",
           "en": "Extradition must be refused where the person sought is a Chinese national, where the offence is political, or where there are grounds to believe that the request aims to prosecute the person on account of race, religion, nationality, sex or political opinion. It must also be refused where the person has been or may be subjected to torture in the requesting State."},
          "IC UNTOC-16 UNCAC-44"),
        P("50", {"zh": "引渡附加条件的承诺", "en": "Assurances on conditions attached to extradition"},
          {"zh": "被请求国就准予引渡附加条件的，对于不损害中华人民共和国主权、国家利益和公共利益的，可以由外交部代表中国政府作出承诺。限制追诉的承诺由最高人民检察院决定，量刑的承诺由最高人民法院决定。",
           "en": "Where the requested State attaches conditions to extradition, the Ministry of Foreign Affairs may give assurances on behalf of the Chinese Government provided they do not harm China's sovereignty, national interests or public interest. Assurances limiting prosecution are decided by the Supreme People's Procuratorate and assurances on sentencing by the Supreme People's Court."},
          "IC UNTOC-16"),
    ]),
    L("CHN", "guoji-xingshi-sifa-xiezhu-fa", {"zh": "中华人民共和国国际刑事司法协助法", "en": "International Criminal Judicial Assistance Law of the People's Republic of China"}, "zh", "act", "2018-10-26", [
        P("2", {"zh": "调整范围", "en": "Scope"},
          {"zh": "本法调整中国与外国在刑事案件调查、侦查、起诉、审判和执行各阶段的相互协助，内容涵盖送达文书、调查取证、安排证人作证、查封扣押冻结涉案财物、没收和返还违法所得以及移管被判刑人。",
           "en": "The Law governs assistance between China and foreign States at every stage of criminal cases, from inquiry and investigation to prosecution, trial and enforcement, covering service of documents, taking of evidence, arranging for witnesses to testify, sealing, seizing and freezing property, confiscation and return of illicit gains, and transfer of sentenced persons."},
          "IC CONF UNTOC-18 UNCAC-46"),
        P("4", {"zh": "基本原则", "en": "Basic principles"},
          {"zh": "开展国际刑事司法协助应当遵循平等互惠原则，不得损害中国的主权、安全和社会公共利益。未经中国主管机关同意，外国机构、组织和个人不得在中国境内进行本法规定的刑事诉讼活动，境内的机构、组织和个人也不得向外国提供证据材料和协助。",
           "en": "International judicial assistance is based on equality and reciprocity and must not harm China's sovereignty, security or public interest. Without the consent of the competent Chinese authorities, foreign bodies, organisations and individuals may not conduct criminal proceedings covered by the Law in China, and institutions, organisations and individuals in China may not provide evidence or assistance to foreign States."},
          "IC EE UNTOC-4 UNTOC-18"),
        P("25", {"zh": "向外国请求调查取证", "en": "Requests to foreign States for the taking of evidence"},
          {"zh": "办案机关需要外国协助查找、辨认有关人员，查询、核实涉案财物和金融账户信息，获取证人证言、书证、物证、电子数据，或者进行勘验、检查、鉴定的，可以制作请求书并附相关材料，经主管机关审核后由对外联系机关向外国提出请求。",
           "en": "Where the case-handling authority needs foreign assistance to locate or identify persons, trace property and financial account information, obtain witness statements, documentary or physical evidence and electronic data, or carry out inspections and expert examinations, it may draw up a request with supporting materials, which is sent to the foreign State by the liaison authority after review by the competent authority."},
          "IC EE UNTOC-18 BUD-31"),
        P("47", {"zh": "请求外国查封、扣押、冻结涉案财物", "en": "Requests to foreign States to seal, seize or freeze property"},
          {"zh": "办案机关需要外国协助查封、扣押、冻结涉案财物的，应当制作请求书并附相关法律文书，说明财物与案件的关系以及需要采取措施的理由。外国执行后，应当按照双方约定处理相关财物。",
           "en": "Where the case-handling authority needs a foreign State to seal, seize or freeze property involved in a case, it must draw up a request with the relevant legal documents, explaining the link between the property and the case and the reasons for the measures. Once the foreign State has acted, the property is dealt with as agreed between the two sides."},
          "CONF AR UNTOC-13 UNCAC-54"),
    ]),
    L("CHN", "fan-xiqian-fa", {"zh": "中华人民共和国反洗钱法", "en": "Anti-Money Laundering Law of the People's Republic of China"}, "zh", "act", "2006-10-31", [
        P("2", {"zh": "反洗钱的含义", "en": "Meaning of anti-money laundering"},
          {"zh": "本法将反洗钱界定为金融机构和特定非金融机构依法采取客户尽职调查、保存交易记录、报告大额和可疑交易等措施，以预防掩饰、隐瞒犯罪所得来源和性质的活动。",
           "en": "The Law defines anti-money laundering as the measures that financial institutions and designated non-financial businesses take under the law, such as customer due diligence, record-keeping and reporting of large and suspicious transactions, to prevent the concealment or disguise of the source and nature of criminal proceeds."},
          "ML PREV UNTOC-7 UNCAC-14"),
        P("27", {"zh": "反洗钱国际合作", "en": "International cooperation against money laundering"},
          {"zh": "中国依据缔结或者参加的国际条约，或者按照平等互惠原则，开展反洗钱国际合作。国务院反洗钱行政主管部门可以与境外反洗钱机构交换与反洗钱有关的信息和资料，涉及追究洗钱犯罪的司法协助由司法机关依法办理。",
           "en": "China engages in international cooperation against money laundering under the treaties it has concluded or acceded to, or on the basis of equality and reciprocity. The anti-money laundering authority of the State Council may exchange information with foreign counterparts, while judicial assistance in prosecuting money laundering is handled by the judicial authorities."},
          "ML IC UNCAC-58"),
    ], status="amended"),
    L("CHN", "fan-dianxin-wangluo-zhapian-fa", {"zh": "中华人民共和国反电信网络诈骗法", "en": "Anti-Telecommunications and Online Fraud Law of the People's Republic of China"}, "zh", "act", "2022-09-02", [
        P("3", {"zh": "适用范围", "en": "Scope of application"},
          {"zh": "本法适用于在中国境内实施的电信网络诈骗活动，以及中国公民在境外实施的电信网络诈骗活动。境外的组织、个人针对境内实施电信网络诈骗，或者为其提供产品、服务等帮助的，依照本法有关规定处理和追究责任。",
           "en": "The Law applies to telecommunications and online fraud committed in China and to such fraud committed abroad by Chinese citizens. Foreign organisations and individuals that commit such fraud against targets in China, or provide products, services or other help for it, are dealt with and held liable under the Law."},
          "CYB JUR"),
        P("37", {"zh": "国际合作", "en": "International cooperation"},
          {"zh": "国务院公安部门会同外交等部门，与有关国家、地区和国际组织建立执法司法合作机制。合作内容包括信息交流、调查取证和调取电子证据、抓捕和遣返犯罪嫌疑人以及追缴涉案资金，以打击跨境电信网络诈骗。",
           "en": "The public security department of the State Council, together with the foreign affairs and other departments, sets up law enforcement and judicial cooperation mechanisms with other countries, regions and international organisations. Cooperation covers information exchange, taking of evidence including electronic evidence, arrest and repatriation of suspects and recovery of funds, in order to combat cross-border telecommunications and online fraud."},
          "CYB IC AR BUD-23"),
    ]),
    L("CHN", "yesheng-dongwu-baohu-fa", {"zh": "中华人民共和国野生动物保护法", "en": "Wildlife Protection Law of the People's Republic of China"}, "zh", "act", "1988-11-08", [
        P("28", {"zh": "禁止出售、购买、利用国家重点保护野生动物", "en": "Ban on the sale, purchase and use of wildlife under special State protection"},
          {"zh": "原则上禁止出售、购买和利用国家重点保护野生动物及其制品。因科学研究、人工繁育、公众展示或者文物保护等特殊需要确需出售、利用的，须经省级以上主管部门批准并使用专用标识。",
           "en": "The sale, purchase and use of wildlife under special State protection and products made from it are prohibited in principle. Where sale or use is genuinely needed for scientific research, captive breeding, public display or the protection of cultural relics, approval from an authority at provincial level or above and a special label are required."},
          "WLF"),
        P("37", {"zh": "野生动物及其制品的进出口管理", "en": "Import and export of wildlife and wildlife products"},
          {"zh": "进出口列入《濒危野生动植物种国际贸易公约》附录的野生动物或者其制品，须经国家濒危物种进出口管理机构批准并取得允许进出口证明书。海关凭证明书办理通关手续。",
           "en": "Importing or exporting wildlife or wildlife products listed in the appendices to the Convention on International Trade in Endangered Species of Wild Fauna and Flora requires approval from the national endangered species import and export authority and a permit. Customs clears the goods on presentation of the permit."},
          "WLF"),
    ], status="amended"),
    L("CHN", "yaopin-guanli-fa", {"zh": "中华人民共和国药品管理法", "en": "Drug Administration Law of the People's Republic of China"}, "zh", "act", "1984-09-20", [
        P("98", {"zh": "禁止生产、销售、使用假药和劣药", "en": "Ban on producing, selling or using falsified and substandard medicines"},
          {"zh": "禁止生产、进口、销售、使用假药和劣药。本条列举了假药的情形，包括药品所含成分与国家药品标准规定的成分不符、以非药品冒充药品或者以他种药品冒充此种药品、变质的药品等。",
           "en": "Producing, importing, selling and using falsified and substandard medicines is prohibited. The article lists what counts as a falsified medicine, including a product whose ingredients do not match the national standard, a non-medicine passed off as a medicine or one medicine passed off as another, and a deteriorated product."},
          "FMP"),
        P("116", {"zh": "生产、销售假药的法律责任", "en": "Liability for producing or selling falsified medicines"},
          {"zh": "生产、销售假药的，没收违法生产、销售的药品和违法所得，责令停产停业整顿，吊销药品批准证明文件，并处以高额罚款。构成犯罪的，依法追究刑事责任。",
           "en": "Where falsified medicines are produced or sold, the products and the illegal gains are confiscated, production and business are suspended, the marketing authorisation is revoked and a heavy fine is imposed. Where the conduct amounts to a crime, criminal liability is pursued."},
          "FMP CONF LLP"),
    ], status="amended"),
    L("CHN", "fan-youzuzhi-fanzui-fa", {"zh": "中华人民共和国反有组织犯罪法", "en": "Anti-Organized Crime Law of the People's Republic of China"}, "zh", "act", "2021-12-24", [
        P("2", {"zh": "有组织犯罪的含义", "en": "Meaning of organised crime"},
          {"zh": "本法所称有组织犯罪，是指刑法规定的组织、领导、参加黑社会性质组织罪以及黑社会性质组织、恶势力组织实施的犯罪。境外的黑社会组织到境内发展组织成员、实施犯罪，以及在境外对中国国家或者公民犯罪的，也适用本法。",
           "en": "Organised crime under the Law means the offences of organising, leading or participating in a mafia-style organisation defined in the Criminal Law, and crimes committed by mafia-style and criminal gangs. The Law also applies to foreign mafia-style organisations that recruit members or commit crimes in China, or commit crimes abroad against the Chinese State or its citizens."},
          "OCG JUR UNTOC-2 UNTOC-5"),
        P("53", {"zh": "国际合作", "en": "International cooperation"},
          {"zh": "中国根据缔结或者参加的国际条约，或者按照平等互惠原则，与其他国家、地区、国际组织开展反有组织犯罪合作，包括刑事司法协助、引渡、被判刑人移管以及涉案财产的追缴和返还。",
           "en": "China cooperates with other countries, regions and international organisations against organised crime under the treaties it has concluded or acceded to, or on the basis of equality and reciprocity, including through mutual legal assistance, extradition, transfer of sentenced persons and the recovery and return of property involved in crime."},
          "OCG IC UNTOC-16 UNTOC-18"),
    ]),
]

LAWS_JA_KO = [
    L("JPN", "soshikiteki-hanzai-shobatsu-ho", {"ja": "組織的な犯罪の処罰及び犯罪収益の規制等に関する法律", "en": "Act on Punishment of Organized Crimes and Control of Proceeds of Crime"},
      "ja", "act", "1999-08-18", [
        P("6の2", {"ja": "テロリズム集団その他の組織的犯罪集団による実行準備行為を伴う重大犯罪遂行の計画", "en": "Planning of serious crimes by terrorist and other organised criminal groups accompanied by preparatory acts"},
          {"ja": "テロリズム集団その他の組織的犯罪集団の活動として重大な犯罪の遂行を二人以上で計画した者は、計画に基づき資金の手配や関係場所の下見などの準備行為が行われたときに処罰される。本条は、国際組織犯罪防止条約の締結に向けて2017年に新設された。",
           "en": "Two or more persons who plan the commission of a serious crime as an activity of a terrorist or other organised criminal group are punishable once preparatory acts, such as arranging funds or reconnoitring locations, are carried out under the plan. The provision was added in 2017 to enable Japan to conclude the United Nations Convention against Transnational Organized Crime."},
          "OCG TER UNTOC-5"),
        P("10", {"ja": "犯罪収益等隠匿", "en": "Concealment of criminal proceeds"},
          {"ja": "本条は、犯罪収益等の取得や処分に関する事実を偽り、又は犯罪収益等を隠す行為を処罰する。犯罪収益等の発生原因について事実を偽る行為も対象となる。",
           "en": "The article punishes disguising facts concerning the acquisition or disposal of criminal proceeds, or concealing such proceeds. Disguising facts about how the proceeds arose is also covered."},
          "ML UNTOC-6"),
        P("13", {"ja": "犯罪収益等の没収等", "en": "Confiscation of criminal proceeds"},
          {"ja": "裁判所は、犯罪収益やそれに由来する財産などを没収することができる。没収が困難な場合には、その価額を追徴することができる。",
           "en": "The court may confiscate criminal proceeds and property derived from them. Where confiscation is not possible, an equivalent sum may be collected instead."},
          "ML CONF UNTOC-12"),
    ]),
    L("JPN", "kokusai-sosa-kyojo-ho", {"ja": "国際捜査共助等に関する法律", "en": "Act on International Assistance in Investigation and Other Related Matters"}, "ja", "act", "1980-05-29", [
        P("2", {"ja": "共助の制限", "en": "Limits on assistance"},
          {"ja": "要請に係る犯罪が政治犯罪である場合や、要請に係る行為が日本国内で行われたとすれば日本の法令上罪に当たらない場合には、原則として共助をすることができない。ただし、条約に別段の定めがある場合は、この限りでない。",
           "en": "In principle, assistance may not be given where the offence concerned is political or where the conduct would not be an offence under Japanese law had it been committed in Japan. This does not apply where a treaty provides otherwise."},
          "IC UNTOC-18"),
        P("8", {"ja": "証拠の収集", "en": "Collection of evidence"},
          {"ja": "共助の要請を受けた検察官又は司法警察員は、関係人の取調べ、書類等の提出要求、実況見分のほか、裁判官の令状を得て差押え、捜索又は検証を行うことができる。",
           "en": "A public prosecutor or judicial police officer dealing with a request for assistance may question the persons concerned, require the production of documents and carry out on-site inspections, and, with a judge's warrant, conduct seizures, searches and examinations."},
          "IC EE UNTOC-18"),
    ]),
    L("JPN", "tobo-hanzainin-hikiwatashi-ho", {"ja": "逃亡犯罪人引渡法", "en": "Act of Extradition"}, "ja", "act", "1953-07-21", [
        P("2", {"ja": "引渡しに関する制限", "en": "Restrictions on extradition"},
          {"ja": "引渡犯罪が政治犯罪である場合、日本国の法令により長期三年以上の刑に当たらない場合、逃亡犯罪人が日本国民である場合などには、条約に別段の定めがある場合を除き、逃亡犯罪人を引き渡してはならない。",
           "en": "Unless a treaty provides otherwise, a fugitive may not be surrendered where the offence is political, where it is not punishable under Japanese law by a maximum of three years' imprisonment or more, or where the fugitive is a Japanese national, among other cases."},
          "IC UNTOC-16"),
        P("3", {"ja": "法務大臣への送付", "en": "Transmission to the Minister of Justice"},
          {"ja": "外務大臣は、外国から逃亡犯罪人の引渡しの請求を受けたときは、請求が条約に基づかない場合には相互主義の保証があることを確認したうえで、関係書類を法務大臣に送付する。",
           "en": "When the Minister for Foreign Affairs receives a foreign request for the surrender of a fugitive, the Minister forwards the documents to the Minister of Justice, after confirming, where the request is not based on a treaty, that reciprocity is guaranteed."},
          "IC UNTOC-16"),
    ]),
    L("KOR", "beomjoein-indobeop", {"ko": "범죄인 인도법", "en": "Extradition Act"}, "ko", "act", "1988-08-05", [
        P("7", {"ko": "절대적 인도거절 사유", "en": "Mandatory grounds for refusal"},
          {"ko": "대한민국 또는 청구국의 법률에 따라 인도범죄에 관한 공소시효나 형의 시효가 완성된 경우, 인도범죄에 관하여 대한민국 법원에서 재판이 계속 중이거나 확정된 경우 등에는 범죄인을 인도해서는 아니 된다. 범죄인이 인종, 종교, 국적, 성별, 정치적 신념 등을 이유로 처벌받을 우려가 있는 경우에도 같다.",
           "en": "A person may not be extradited where the limitation period for prosecution or punishment has expired under Korean law or the law of the requesting State, or where a trial for the offence is pending or concluded in a Korean court, among other cases. The same applies where there is a risk that the person would be punished on account of race, religion, nationality, sex or political opinion."},
          "IC UNTOC-16"),
        P("9", {"ko": "임의적 인도거절 사유", "en": "Optional grounds for refusal"},
          {"ko": "범죄인이 대한민국 국민인 경우, 인도범죄의 전부 또는 일부가 대한민국 영역에서 범한 것인 경우 등에는 범죄인을 인도하지 아니할 수 있다.",
           "en": "Extradition may be refused where the person sought is a Korean national or where the offence was committed wholly or partly in Korean territory, among other cases."},
          "IC JUR UNTOC-16"),
    ]),
    L("KOR", "gukje-hyeongsa-sabeop-gongjobeop", {"ko": "국제형사사법 공조법", "en": "Act on International Judicial Mutual Assistance in Criminal Matters"}, "ko", "act", "1991-03-08", [
        P("4", {"ko": "상호주의", "en": "Reciprocity"},
          {"ko": "공조조약이 체결되어 있지 아니한 경우에도 요청국이 같은 종류 또는 유사한 사항에 관하여 대한민국의 공조요청에 따른다는 사실을 보증하는 경우에는 이 법에 따라 공조할 수 있다.",
           "en": "Even where no mutual assistance treaty is in force, assistance may be given under the Act where the requesting State guarantees that it will comply with a Korean request on the same or similar matters."},
          "IC UNTOC-18"),
        P("6", {"ko": "공조의 제한", "en": "Limits on assistance"},
          {"ko": "대한민국의 주권, 국가안전보장, 안녕질서 또는 미풍양속을 해칠 우려가 있는 경우, 정치적 성격을 지닌 범죄인 경우, 요청에 관련된 행위가 대한민국 법률에 따르면 범죄를 구성하지 아니하는 경우 등에는 공조하지 아니할 수 있다.",
           "en": "Assistance may be refused where it could harm Korea's sovereignty, national security, public order or good morals, where the offence is political in nature or where the conduct concerned would not be an offence under Korean law, among other cases."},
          "IC UNTOC-18"),
    ]),
]

LAWS_AR = [
    L("EGY", "qanun-al-uqubat", {"ar": "قانون العقوبات", "en": "Penal Code"}, "ar", "code", "1937-07-31", [
        P("103", {"ar": "الرشوة", "en": "Bribery"},
          {"ar": "تجرّم هذه المادة قيام الموظف العام بطلب أو قبول أو أخذ وعد أو عطية، لنفسه أو لغيره، مقابل أداء عمل من أعمال وظيفته. وتصل العقوبة إلى السجن المؤبد مع غرامة تُقدَّر بحسب قيمة ما طُلب أو أُعطي.",
           "en": "This article criminalises a public official requesting, accepting or taking a promise or gift, for himself or another, in return for performing an act of his office. The penalty may reach life imprisonment, with a fine calculated according to the value of what was requested or given."},
          "COR UNCAC-15"),
        P("86 مكررًا", {"ar": "إنشاء الجماعات الإرهابية والانضمام إليها", "en": "Establishing and joining terrorist groups"},
          {"ar": "تعاقب هذه المادة كل من أنشأ أو أسس أو نظّم أو أدار جماعة أو منظمة يكون الغرض منها تعطيل أحكام الدستور أو الاعتداء على الحرية الشخصية للمواطنين، متى كان الإرهاب من الوسائل المستخدمة في تحقيق أغراضها. كما تعاقب من انضم إلى هذه الجماعات أو شارك فيها مع علمه بأغراضها، أو أمدّها بمعونات مادية أو مالية.",
           "en": "This article punishes anyone who establishes, organises or manages a group or organisation whose purpose is to obstruct the Constitution or attack citizens' personal freedom, where terrorism is among the means used to achieve its aims. It also punishes anyone who joins or takes part in such a group knowing its aims, or provides it with material or financial support."},
          "TER"),
    ]),
    L("EGY", "qanun-mukafahat-ghasl-al-amwal-80-2002", {"ar": "قانون مكافحة غسل الأموال الصادر بالقانون رقم 80 لسنة 2002", "en": "Anti-Money Laundering Law promulgated by Law No. 80 of 2002"},
      "ar", "act", "2002-05-22", [
        P("2", {"ar": "تجريم غسل الأموال", "en": "Criminalisation of money laundering"},
          {"ar": "يُحظر غسل الأموال المتحصلة من أي جناية أو جنحة، سواء ارتُكبت الجريمة الأصلية داخل البلاد أو خارجها متى كان معاقبًا عليها في الدولتين. ويشمل ذلك تحويل الأموال أو نقلها أو إخفاء مصدرها أو طبيعتها أو حيازتها مع العلم بأنها متحصلة من جريمة.",
           "en": "Laundering the proceeds of any felony or misdemeanour is prohibited, whether the predicate offence was committed in Egypt or abroad, provided it is punishable in both States. This covers converting or transferring funds, concealing their source or nature, or possessing them with knowledge that they derive from crime."},
          "ML JUR UNTOC-6 UNCAC-23"),
        P("14", {"ar": "عقوبة غسل الأموال", "en": "Penalty for money laundering"},
          {"ar": "يُعاقب مرتكب جريمة غسل الأموال بالسجن مدة لا تجاوز سبع سنوات وبغرامة تعادل مثلي الأموال محل الجريمة. ويُحكم في جميع الأحوال بمصادرة الأموال المضبوطة، أو بغرامة إضافية تعادل قيمتها إذا تعذّر ضبطها.",
           "en": "The offence of money laundering is punishable by up to seven years' imprisonment and a fine equal to twice the amount laundered. In all cases the court orders confiscation of the seized funds or, where they cannot be seized, an additional fine equal to their value."},
          "ML CONF UNTOC-12 UNCAC-31"),
        P("18", {"ar": "التعاون القضائي الدولي", "en": "International judicial cooperation"},
          {"ar": "تتبادل الجهات القضائية المصرية مع نظيراتها الأجنبية التعاون في مجال جرائم غسل الأموال، بما في ذلك المساعدة القانونية المتبادلة والإنابات القضائية وتسليم المتهمين والمحكوم عليهم، وفقًا للاتفاقيات الثنائية أو متعددة الأطراف أو لمبدأ المعاملة بالمثل. ويجوز لها أن تأمر بتعقّب الأموال المتحصلة من جرائم غسل الأموال أو تجميدها أو الحجز عليها بناءً على طلب جهة قضائية أجنبية.",
           "en": "Egyptian judicial authorities cooperate with their foreign counterparts in money-laundering matters, including mutual legal assistance, letters rogatory and the extradition of accused and convicted persons, under bilateral or multilateral agreements or on the basis of reciprocity. They may order the tracing, freezing or seizure of laundered funds at the request of a foreign judicial authority."},
          "ML IC CONF UNTOC-18 UNTOC-13 UNTOC-16"),
    ]),
    L("EGY", "qanun-mukafahat-al-ittijar-bil-bashar-64-2010", {"ar": "القانون رقم 64 لسنة 2010 بشأن مكافحة الاتجار بالبشر", "en": "Law No. 64 of 2010 on Combating Human Trafficking"},
      "ar", "act", "2010-05-09", [
        P("2", {"ar": "جريمة الاتجار بالبشر", "en": "The offence of human trafficking"},
          {"ar": "تُعرّف هذه المادة الاتجار بالبشر بأنه التعامل في شخص طبيعي بالبيع أو الشراء أو النقل أو الإيواء أو الاستقبال، داخل البلاد أو عبر حدودها، باستخدام القوة أو التهديد أو الخداع أو استغلال حالة الضعف، وذلك بقصد استغلاله. ومن صور الاستغلال الاستغلال الجنسي والسخرة والتسول ونزع الأعضاء.",
           "en": "This article defines human trafficking as dealing in a natural person by sale, purchase, transport, harbouring or receipt, within Egypt or across its borders, through force, threats, deception or abuse of vulnerability, for the purpose of exploitation. Forms of exploitation include sexual exploitation, forced labour, begging and organ removal."},
          "TIP TIPP-5 TIPP-3"),
        P("21", {"ar": "عدم مساءلة المجني عليهم وحمايتهم", "en": "Non-punishment and protection of victims"},
          {"ar": "لا يُسأل المجني عليه جنائيًا ولا مدنيًا عن أي جريمة من جرائم الاتجار بالبشر متى نشأت أو ارتبطت مباشرة بكونه مجنيًا عليه. وتكفل الدولة حمايته وتيسير عودته إلى وطنه بصورة آمنة.",
           "en": "A victim bears no criminal or civil liability for any trafficking offence that arose from or was directly linked to his or her status as a victim. The State ensures the victim's protection and facilitates his or her safe return home."},
          "TIP VA TIPP-6 TIPP-8"),
    ]),
    L("EGY", "qanun-mukafahat-jaraim-taqniyat-al-maalumat-175-2018", {"ar": "القانون رقم 175 لسنة 2018 في شأن مكافحة جرائم تقنية المعلومات", "en": "Law No. 175 of 2018 on Combating Information Technology Crimes"},
      "ar", "act", "2018-08-14", [
        P("4", {"ar": "التعاون الدولي", "en": "International cooperation"},
          {"ar": "تعمل الجهات المختصة على تيسير التعاون مع نظيراتها في الدول الأجنبية في إطار الاتفاقيات الدولية أو مبدأ المعاملة بالمثل، بتبادل المعلومات بما يسهم في منع جرائم تقنية المعلومات والتحقيق فيها وتعقّب مرتكبيها. ويشمل ذلك حفظ البيانات والأدلة الإلكترونية والإفصاح عنها عند الطلب.",
           "en": "The competent authorities facilitate cooperation with their foreign counterparts, under international agreements or on the basis of reciprocity, by exchanging information that helps to prevent and investigate information technology crimes and trace offenders. This includes preserving and disclosing data and electronic evidence on request."},
          "CYB IC EE BUD-23 BUD-29"),
        P("14", {"ar": "الدخول غير المشروع", "en": "Unlawful access"},
          {"ar": "يُعاقب كل من دخل عمدًا، أو بخطأ غير عمدي وبقي بدون وجه حق، على موقع أو حساب خاص أو نظام معلوماتي محظور الدخول عليه. وتُشدّد العقوبة إذا ترتب على الدخول إتلاف البيانات أو محوها أو تغييرها أو نسخها.",
           "en": "Anyone who intentionally accesses, or accidentally accesses and remains without right in, a website, private account or information system to which access is restricted is punishable. The penalty is increased where the access results in data being damaged, erased, altered or copied."},
          "CYB BUD-2"),
    ]),
    L("SAU", "nizam-mukafahat-ghasl-al-amwal", {"ar": "نظام مكافحة غسل الأموال", "en": "Anti-Money Laundering Law"}, "ar", "act", "2017-10-25", [
        P("2", {"ar": "جريمة غسل الأموال", "en": "The offence of money laundering"},
          {"ar": "يُعد مرتكبًا جريمة غسل الأموال كل من قام بتحويل أموال أو نقلها مع علمه بأنها من متحصلات جريمة، لإخفاء مصدرها غير المشروع أو تمويهه، أو اكتسبها أو حازها أو استخدمها مع علمه بذلك. وتُعد الجريمة مستقلة عن الجريمة الأصلية، ولا يلزم صدور حكم بالإدانة في الجريمة الأصلية لإثبات المصدر غير المشروع.",
           "en": "Money laundering is committed by anyone who converts or transfers funds knowing that they are the proceeds of crime, in order to conceal or disguise their illicit origin, or who acquires, possesses or uses them with that knowledge. The offence is autonomous, and a conviction for the predicate offence is not required to prove the illicit origin."},
          "ML UNTOC-6 UNCAC-23"),
        P("26", {"ar": "العقوبة", "en": "Penalty"},
          {"ar": "يُعاقب مرتكب جريمة غسل الأموال بالسجن وبالغرامة أو بإحداهما. وتُشدّد العقوبة إذا ارتُكبت الجريمة من خلال جماعة إجرامية منظمة أو باستغلال السلطة أو النفوذ.",
           "en": "The offence of money laundering is punishable by imprisonment and a fine, or either of them. The penalty is increased where the offence is committed through an organised criminal group or by abuse of authority or influence."},
          "ML OCG UNTOC-11"),
        P("53", {"ar": "المساعدة القانونية المتبادلة وتنفيذ أحكام المصادرة", "en": "Mutual legal assistance and enforcement of confiscation orders"},
          {"ar": "يجوز للسلطات المختصة تقديم المساعدة القانونية المتبادلة للدول الأجنبية بناءً على اتفاقية سارية أو على أساس المعاملة بالمثل. ويشمل ذلك تنفيذ أحكام المصادرة الأجنبية واقتسام الأموال المصادرة مع الدولة الطالبة.",
           "en": "The competent authorities may provide mutual legal assistance to foreign States under an agreement in force or on the basis of reciprocity. This includes enforcing foreign confiscation orders and sharing confiscated assets with the requesting State."},
          "ML IC CONF UNTOC-18 UNTOC-14"),
    ]),
    L("SAU", "nizam-mukafahat-jaraim-al-ittijar-bil-ashkhas", {"ar": "نظام مكافحة جرائم الاتجار بالأشخاص", "en": "Anti-Trafficking in Persons Law"}, "ar", "act", "2009-07-14", [
        P("2", {"ar": "حظر الاتجار بالأشخاص", "en": "Prohibition of trafficking in persons"},
          {"ar": "يحظر النظام الاتجار بأي شخص بأي صورة، سواء بالإكراه أو التهديد أو الخداع أو الخطف أو استغلال النفوذ أو حالة الضعف. ويشمل الغرض المحظور الاعتداء الجنسي والعمل قسرًا والتسول والاسترقاق ونزع الأعضاء.",
           "en": "The Law prohibits trafficking in any person in any form, whether by coercion, threats, deception, abduction, abuse of influence or exploitation of vulnerability. The prohibited purposes include sexual abuse, forced labour, begging, slavery and organ removal."},
          "TIP TIPP-5"),
        P("3", {"ar": "عقوبة الاتجار بالأشخاص", "en": "Penalty for trafficking in persons"},
          {"ar": "يُعاقب مرتكب جريمة الاتجار بالأشخاص بالسجن وبالغرامة أو بإحداهما. وتُشدّد العقوبة إذا كان المجني عليه طفلًا أو من ذوي الإعاقة، أو إذا ارتُكبت الجريمة من جماعة إجرامية منظمة أو كانت عابرة للحدود الوطنية.",
           "en": "Trafficking in persons is punishable by imprisonment and a fine, or either of them. The penalty is increased where the victim is a child or a person with a disability, or where the offence is committed by an organised criminal group or is transnational."},
          "TIP OCG UNTOC-11"),
    ]),
    L("ARE", "marsoum-bi-qanun-ittihadi-20-2018", {"ar": "مرسوم بقانون اتحادي رقم (20) لسنة 2018 في شأن مواجهة جرائم غسل الأموال ومكافحة تمويل الإرهاب وتمويل التنظيمات غير المشروعة",
                                                "en": "Federal Decree-Law No. 20 of 2018 on Anti-Money Laundering and Combating the Financing of Terrorism and Illegal Organisations"},
      "ar", "decree", "2018-09-23", [
        P("2", {"ar": "جريمة غسل الأموال", "en": "The offence of money laundering"},
          {"ar": "تجرّم هذه المادة تحويل المتحصلات الناتجة عن جناية أو جنحة أو نقلها أو إخفاء حقيقتها أو مصدرها أو اكتسابها أو حيازتها، متى كان الفاعل عالمًا بمصدرها غير المشروع. وتُعد جريمة غسل الأموال جريمة مستقلة، ولا تحول معاقبة مرتكب الجريمة الأصلية دون معاقبته على جريمة الغسل.",
           "en": "This article criminalises converting, transferring, concealing the true nature or source of, acquiring or possessing the proceeds of a felony or misdemeanour where the offender knows their illicit origin. Money laundering is an autonomous offence, and punishment for the predicate offence does not prevent punishment for laundering."},
          "ML UNTOC-6 UNCAC-23"),
        P("4", {"ar": "مسؤولية الشخص الاعتباري", "en": "Liability of legal persons"},
          {"ar": "يُسأل الشخص الاعتباري جنائيًا عن جريمة غسل الأموال إذا ارتُكبت باسمه أو لحسابه عمدًا، ويُعاقب بالغرامة. ولا يخل ذلك بمسؤولية ممثليه أو مديريه أو وكلائه الذين ارتكبوا الجريمة.",
           "en": "A legal person is criminally liable for money laundering committed intentionally in its name or on its behalf and is punishable by a fine. This is without prejudice to the liability of its representatives, directors or agents who committed the offence."},
          "ML LLP UNTOC-10"),
        P("18", {"ar": "التعاون الدولي", "en": "International cooperation"},
          {"ar": "يجوز للسلطة القضائية المختصة، بناءً على طلب من جهة قضائية في دولة أخرى تربطها بالدولة اتفاقية نافذة أو بشرط المعاملة بالمثل، أن تأمر بتعقّب الأموال أو تجميدها أو حجزها أو مصادرتها. ويجوز الاعتراف بالأحكام الأجنبية المتعلقة بمصادرة المتحصلات وتنفيذها.",
           "en": "At the request of a judicial authority of another State bound to the UAE by an agreement in force, or subject to reciprocity, the competent judicial authority may order funds to be traced, frozen, seized or confiscated. Foreign judgments on the confiscation of proceeds may be recognised and enforced."},
          "ML IC CONF UNTOC-13"),
    ], status="amended"),
    L("ARE", "qanun-ittihadi-39-2006", {"ar": "القانون الاتحادي رقم (39) لسنة 2006 في شأن التعاون القضائي الدولي في المسائل الجنائية", "en": "Federal Law No. 39 of 2006 on International Judicial Cooperation in Criminal Matters"},
      "ar", "act", "2006-10-31", [
        P("7", {"ar": "الجرائم التي يجوز فيها التسليم", "en": "Extraditable offences"},
          {"ar": "يجوز تسليم الأشخاص إذا كان الفعل المطلوب من أجله التسليم معاقبًا عليه في قانوني الدولتين بعقوبة سالبة للحرية لا تقل مدتها عن سنة، أو إذا كان المطلوب محكومًا عليه بعقوبة لا تقل عن ستة أشهر.",
           "en": "A person may be extradited where the conduct for which extradition is sought is punishable under the law of both States by deprivation of liberty for at least one year, or where the person has been sentenced to at least six months."},
          "IC UNTOC-16"),
        P("9", {"ar": "حالات رفض التسليم", "en": "Grounds for refusing extradition"},
          {"ar": "يُرفض التسليم إذا كان الشخص المطلوب من مواطني الدولة، أو كانت الجريمة سياسية أو مرتبطة بجريمة سياسية، أو كانت هناك أسباب جدية للاعتقاد بأن الطلب يستهدف ملاحقته بسبب عرقه أو دينه أو جنسيته أو آرائه السياسية.",
           "en": "Extradition is refused where the person sought is a UAE national, where the offence is political or connected with a political offence, or where there are serious grounds to believe that the request aims to prosecute the person on account of race, religion, nationality or political opinion."},
          "IC UNTOC-16"),
        P("51", {"ar": "الإنابة القضائية", "en": "Letters rogatory"},
          {"ar": "يجوز للسلطات القضائية الأجنبية أن تطلب من السلطات القضائية في الدولة اتخاذ إجراءات تحقيق أو جمع أدلة، كسماع الشهود والخبراء وإجراء التفتيش والضبط، عن طريق الإنابة القضائية. ويجري التنفيذ وفقًا للإجراءات المقررة في القانون الوطني.",
           "en": "Foreign judicial authorities may ask the UAE judicial authorities, by letter rogatory, to carry out investigative measures or gather evidence, such as hearing witnesses and experts and conducting searches and seizures. Execution follows the procedures of national law."},
          "IC UNTOC-18"),
    ]),
    L("ARE", "qanun-ittihadi-4-2002", {"ar": "القانون الاتحادي رقم (4) لسنة 2002 في شأن تجريم غسل الأموال", "en": "Federal Law No. 4 of 2002 on the Criminalisation of Money Laundering"},
      "ar", "act", "2002-01-22", [
        P("2", {"ar": "جريمة غسل الأموال", "en": "The offence of money laundering"},
          {"ar": "كانت هذه المادة تعدّ مرتكبًا لجريمة غسل الأموال كل من أتى عمدًا أحد أفعال التحويل أو النقل أو الإيداع أو الإخفاء في أموال متحصلة من جرائم محددة، من بينها المخدرات والخطف والإرهاب والرشوة والاختلاس. وقد أُلغي هذا القانون بصدور المرسوم بقانون اتحادي رقم (20) لسنة 2018.",
           "en": "This article made it an offence to intentionally convert, transfer, deposit or conceal funds derived from specified crimes, including drug offences, kidnapping, terrorism, bribery and embezzlement. The Law was repealed by Federal Decree-Law No. 20 of 2018."},
          "ML UNTOC-6"),
        P("4", {"ar": "المصادرة", "en": "Confiscation"},
          {"ar": "كانت هذه المادة توجب الحكم بمصادرة الأموال المتحصلة من الجريمة أو ما يعادل قيمتها إذا تعذّر ضبطها، مع عدم الإخلال بحقوق الغير حسن النية.",
           "en": "This article required the court to order confiscation of the proceeds of the offence, or of their equivalent value where they could not be seized, without prejudice to the rights of bona fide third parties."},
          "ML CONF UNTOC-12"),
    ], status="repealed", url=False),
    L("MAR", "majmouat-al-qanun-al-jinai", {"ar": "مجموعة القانون الجنائي", "fr": "Code pénal", "en": "Criminal Code"}, "ar", "code", "1962-11-26", [
        P("574-1", {"ar": "غسل الأموال", "fr": "Blanchiment de capitaux", "en": "Money laundering"},
          {"ar": "تُعد غسلًا للأموال أفعالُ اكتساب الأموال المتحصلة من إحدى الجرائم المنصوص عليها في القانون أو حيازتها أو استعمالها أو استبدالها أو تحويلها، بقصد إخفاء مصدرها الحقيقي أو تمويهه، أو لمساعدة أي شخص متورط في ارتكاب الجريمة على الإفلات من العقوبة.",
           "fr": "Constituent le blanchiment de capitaux l'acquisition, la détention, l'utilisation, la conversion ou le transfert de biens provenant de l'une des infractions visées par la loi, dans le but de dissimuler ou de déguiser leur origine, ou d'aider une personne impliquée à échapper aux conséquences juridiques de ses actes.",
           "en": "Money laundering consists in acquiring, holding, using, exchanging or transferring property derived from one of the offences listed by law, in order to conceal or disguise its true origin or to help a person involved in the offence to escape punishment."},
          "ML UNTOC-6"),
        P("448-1", {"ar": "الاتجار بالبشر", "fr": "Traite des êtres humains", "en": "Trafficking in human beings"},
          {"ar": "يعرّف هذا الفصل الاتجار بالبشر بأنه تجنيد شخص أو نقله أو إيواؤه أو استقباله أو الوساطة في ذلك، باستعمال القوة أو التهديد أو الخداع أو استغلال حالة الضعف، بغرض استغلاله في العمل القسري أو الاستغلال الجنسي أو نزع الأعضاء. ولا يُشترط إثبات هذه الوسائل إذا كان الضحية طفلًا.",
           "fr": "Ce chapitre définit la traite des êtres humains comme le recrutement, le transport, l'hébergement ou l'accueil d'une personne, ou l'intermédiation à ces fins, par la force, la menace, la tromperie ou l'abus d'une situation de vulnérabilité, en vue de l'exploiter par le travail forcé, l'exploitation sexuelle ou le prélèvement d'organes. Ces moyens n'ont pas à être prouvés lorsque la victime est un enfant.",
           "en": "This chapter defines trafficking in human beings as recruiting, transporting, harbouring or receiving a person, or acting as an intermediary for that purpose, by force, threats, deception or abuse of vulnerability, in order to exploit the person through forced labour, sexual exploitation or organ removal. Those means need not be proven where the victim is a child."},
          "TIP TIPP-5"),
        P("248", {"ar": "الرشوة", "en": "Bribery"},
          {"ar": "يُعاقب بجريمة الرشوة كل من طلب أو قبل عرضًا أو وعدًا أو تسلّم هبة أو هدية أو أي فائدة أخرى، من أجل القيام بعمل من أعمال وظيفته أو الامتناع عنه، سواء كان قاضيًا أو موظفًا عموميًا أو متوليًا مركزًا نيابيًا.",
           "en": "Anyone who requests or accepts an offer or promise, or receives a gift or any other benefit, in order to perform or refrain from performing an act of his or her office, whether a judge, a public official or an elected representative, is guilty of bribery."},
          "COR UNCAC-15"),
        P("218-1", {"ar": "الجرائم الإرهابية", "fr": "Infractions terroristes", "en": "Terrorist offences"},
          {"ar": "يحدد هذا الفصل الأفعال التي تُعد جرائم إرهابية إذا كانت لها علاقة عمدًا بمشروع فردي أو جماعي يهدف إلى المس الخطير بالنظام العام بواسطة التخويف أو الترهيب أو العنف، ومن بينها الاعتداء على حياة الأشخاص وتزوير الوثائق وصنع الأسلحة النارية والمتفجرات أو حيازتها أو نقلها بصورة غير مشروعة.",
           "fr": "Ce chapitre énumère les actes qui constituent des infractions terroristes lorsqu'ils sont intentionnellement en relation avec une entreprise individuelle ou collective visant à porter gravement atteinte à l'ordre public par l'intimidation, la terreur ou la violence, notamment l'atteinte à la vie des personnes, la falsification de documents et la fabrication, la détention ou le transport illicites d'armes et d'explosifs.",
           "en": "This chapter lists the acts that constitute terrorist offences where they are intentionally connected with an individual or collective undertaking aimed at seriously disturbing public order through intimidation, terror or violence, including attacks on life, forgery of documents and the unlawful manufacture, possession or transport of weapons and explosives."},
          "TER FIR"),
    ], cite="مجموعة القانون الجنائي، الفصل {n}"),
    L("MAR", "qanun-al-mistara-al-jinaiya", {"ar": "قانون المسطرة الجنائية", "fr": "Code de procédure pénale", "en": "Code of Criminal Procedure"}, "ar", "code", "2002-10-03", [
        P("713", {"ar": "أولوية الاتفاقيات الدولية", "fr": "Primauté des conventions internationales", "en": "Primacy of international agreements"},
          {"ar": "تكون الأولوية للاتفاقيات الدولية على القوانين الوطنية فيما يخص التعاون القضائي مع الدول الأجنبية. ولا تُطبَّق مقتضيات هذا القسم إلا في حالة عدم وجود اتفاقيات أو إذا كانت تلك الاتفاقيات لا تتضمن الأحكام الواردة به.",
           "fr": "Les conventions internationales priment sur la loi nationale en matière de coopération judiciaire avec les États étrangers. Les dispositions du code ne s'appliquent qu'à défaut de convention ou lorsque celle-ci ne règle pas la question.",
           "en": "International agreements take precedence over national law in judicial cooperation with foreign States. The provisions of the Code apply only where there is no agreement or where the agreement does not cover the matter."},
          "IC UNTOC-18 UNTOC-16"),
        P("714", {"ar": "الإنابات القضائية الدولية", "fr": "Commissions rogatoires internationales", "en": "International letters rogatory"},
          {"ar": "تُوجَّه الإنابات القضائية الصادرة عن السلطات القضائية الأجنبية بالطريق الدبلوماسي، ويجوز في حالة الاستعجال توجيهها مباشرة إلى السلطات القضائية المغربية المختصة. وتُنفَّذ وفقًا للقانون المغربي.",
           "fr": "Les commissions rogatoires émanant d'autorités judiciaires étrangères sont transmises par la voie diplomatique et peuvent, en cas d'urgence, être adressées directement aux autorités judiciaires marocaines compétentes. Elles sont exécutées conformément à la loi marocaine.",
           "en": "Letters rogatory from foreign judicial authorities are transmitted through diplomatic channels and may, in urgent cases, be sent directly to the competent Moroccan judicial authorities. They are executed in accordance with Moroccan law."},
          "IC UNTOC-18"),
        P("721", {"ar": "حالات رفض التسليم", "fr": "Refus de l'extradition", "en": "Grounds for refusing extradition"},
          {"ar": "لا يُوافق على التسليم إذا كان الشخص المطلوب مواطنًا مغربيًا وقت ارتكاب الأفعال، أو إذا كانت الجريمة ذات طابع سياسي، أو إذا كان الطلب يرمي إلى متابعة الشخص بسبب عرقه أو دينه أو جنسيته أو آرائه السياسية. ويُرفض التسليم أيضًا إذا انقضت الدعوى العمومية بالتقادم.",
           "fr": "L'extradition n'est pas accordée lorsque la personne réclamée avait la nationalité marocaine au moment des faits, lorsque l'infraction revêt un caractère politique ou lorsque la demande vise à poursuivre la personne en raison de sa race, de sa religion, de sa nationalité ou de ses opinions politiques. Elle est également refusée lorsque l'action publique est prescrite.",
           "en": "Extradition is not granted where the person sought was a Moroccan national at the time of the offence, where the offence is political or where the request aims to prosecute the person on account of race, religion, nationality or political opinion. It is also refused where prosecution is time-barred."},
          "IC UNTOC-16"),
    ]),
    L("JOR", "qanun-mukafahat-ghasl-al-amwal-wa-tamwil-al-irhab-20-2021", {"ar": "قانون مكافحة غسل الأموال وتمويل الإرهاب رقم (20) لسنة 2021", "en": "Anti-Money Laundering and Counter-Terrorist Financing Law No. 20 of 2021"},
      "ar", "act", "2021-05-16", [
        P("3", {"ar": "جريمة غسل الأموال", "en": "The offence of money laundering"},
          {"ar": "يُعد مرتكبًا لجريمة غسل الأموال كل من أجرى أو شرع في إجراء عملية تحويل أو نقل أو إخفاء لأموال مع علمه بأنها متحصلة من جريمة أصلية، بقصد إخفاء مصدرها غير المشروع أو مساعدة مرتكب الجريمة الأصلية على الإفلات من العقاب. ولا يحول عدم إدانة مرتكب الجريمة الأصلية دون ملاحقة جريمة الغسل.",
           "en": "Money laundering is committed by anyone who carries out or attempts to carry out a conversion, transfer or concealment of funds knowing that they derive from a predicate offence, in order to hide their illicit origin or help the perpetrator of the predicate offence escape punishment. The absence of a conviction for the predicate offence does not prevent prosecution for laundering."},
          "ML UNTOC-6"),
        P("24", {"ar": "التعاون الدولي", "en": "International cooperation"},
          {"ar": "تتعاون الجهات القضائية الأردنية مع الجهات القضائية الأجنبية في مجال مكافحة غسل الأموال وتمويل الإرهاب، بما يشمل المساعدة القانونية المتبادلة وتسليم المجرمين، وفقًا للاتفاقيات الدولية النافذة أو مبدأ المعاملة بالمثل. ويجوز تنفيذ طلبات تجميد الأموال وحجزها ومصادرتها الصادرة عن جهات أجنبية مختصة.",
           "en": "Jordanian judicial authorities cooperate with foreign judicial authorities against money laundering and terrorist financing, including through mutual legal assistance and extradition, under international agreements in force or on the basis of reciprocity. Requests from competent foreign authorities to freeze, seize and confiscate funds may be executed."},
          "ML IC CONF UNTOC-18 UNTOC-13"),
    ]),
    L("JOR", "qanun-man-al-ittijar-bil-bashar-9-2009", {"ar": "قانون منع الاتجار بالبشر رقم (9) لسنة 2009", "en": "Prevention of Human Trafficking Law No. 9 of 2009"}, "ar", "act", "2009-03-01", [
        P("3", {"ar": "تعريف جرائم الاتجار بالبشر", "en": "Definition of human trafficking offences"},
          {"ar": "تعني جرائم الاتجار بالبشر استقطاب أشخاص أو نقلهم أو إيواءهم أو استقبالهم بغرض استغلالهم، عن طريق التهديد بالقوة أو استعمالها أو الاختطاف أو الاحتيال أو استغلال السلطة أو حالة الضعف. ويشمل الاستغلال العمل بالسخرة والاسترقاق ونزع الأعضاء والاستغلال الجنسي.",
           "en": "Human trafficking offences mean recruiting, transporting, harbouring or receiving persons for the purpose of exploiting them, by the threat or use of force, abduction, fraud or abuse of power or of vulnerability. Exploitation includes forced labour, slavery, organ removal and sexual exploitation."},
          "TIP TIPP-5"),
        P("9", {"ar": "العقوبات", "en": "Penalties"},
          {"ar": "يُعاقب مرتكب جريمة الاتجار بالبشر بالأشغال المؤقتة وبغرامة مالية. وتُشدّد العقوبة إذا ارتُكبت الجريمة من جماعة إجرامية منظمة أو كانت ذات طابع عبر وطني أو وقعت على طفل.",
           "en": "Human trafficking is punishable by temporary hard labour and a fine. The penalty is increased where the offence is committed by an organised criminal group, is transnational in nature or is committed against a child."},
          "TIP OCG UNTOC-11"),
    ], status="amended"),
    L("QAT", "qanun-20-2019", {"ar": "قانون رقم (20) لسنة 2019 بإصدار قانون مكافحة غسل الأموال وتمويل الإرهاب", "en": "Law No. 20 of 2019 promulgating the Anti-Money Laundering and Terrorism Financing Law"},
      "ar", "act", "2019-09-10", [
        P("2", {"ar": "جريمة غسل الأموال", "en": "The offence of money laundering"},
          {"ar": "يُعد مرتكبًا لجريمة غسل الأموال كل من حوّل أو نقل أموالًا مع علمه بأنها من متحصلات جريمة بقصد إخفاء مصدرها غير المشروع أو تمويهه، أو أخفى طبيعتها الحقيقية أو مكانها أو ملكيتها، أو اكتسبها أو حازها أو استخدمها مع علمه بذلك.",
           "en": "Money laundering is committed by anyone who converts or transfers funds knowing that they are the proceeds of crime in order to conceal or disguise their illicit origin, who conceals their true nature, location or ownership, or who acquires, possesses or uses them with that knowledge."},
          "ML UNTOC-6 UNCAC-23"),
        P("71", {"ar": "المساعدة القانونية المتبادلة", "en": "Mutual legal assistance"},
          {"ar": "تقدّم السلطات المختصة أوسع نطاق ممكن من المساعدة القانونية المتبادلة في التحقيقات والملاحقات والإجراءات المتعلقة بغسل الأموال والجرائم الأصلية المرتبطة بها، ولا يجوز رفض الطلب استنادًا إلى السرية المصرفية وحدها. ويجوز تقديم المساعدة دون اشتراط ازدواجية التجريم متى لم تتضمن إجراءات قسرية.",
           "en": "The competent authorities provide the widest possible mutual legal assistance in investigations, prosecutions and proceedings relating to money laundering and associated predicate offences, and a request may not be refused on the sole ground of bank secrecy. Assistance that does not involve coercive measures may be given without requiring dual criminality."},
          "ML IC UNTOC-18 UNCAC-46 UNCAC-40"),
    ]),
    L("TUN", "qanun-asasi-26-2015", {"ar": "القانون الأساسي عدد 26 لسنة 2015 المؤرخ في 7 أوت 2015 المتعلق بمكافحة الإرهاب ومنع غسل الأموال",
                                    "fr": "Loi organique n° 2015-26 du 7 août 2015 relative à la lutte contre le terrorisme et à la répression du blanchiment d'argent",
                                    "en": "Organic Law No. 26 of 7 August 2015 on combating terrorism and preventing money laundering"},
      "ar", "act", "2015-08-07", [
        P("13", {"ar": "الجريمة الإرهابية", "fr": "Infraction terroriste", "en": "Terrorist offence"},
          {"ar": "تعرّف هذه المادة الجريمة الإرهابية بأنها كل فعل من الأفعال المحددة في القانون يُرتكب عمدًا، تنفيذًا لمشروع فردي أو جماعي، بهدف بث الرعب بين السكان أو إجبار دولة أو منظمة دولية على القيام بعمل أو الامتناع عنه.",
           "fr": "Cet article définit l'infraction terroriste comme tout acte visé par la loi commis intentionnellement, en exécution d'une entreprise individuelle ou collective, dans le but de semer la terreur parmi la population ou de contraindre un État ou une organisation internationale à faire ou à s'abstenir de faire quelque chose.",
           "en": "This article defines a terrorist offence as any act listed in the Law committed intentionally, as part of an individual or collective undertaking, with the aim of spreading terror among the population or compelling a State or international organisation to do or refrain from doing something."},
          "TER"),
        P("92", {"ar": "غسل الأموال", "fr": "Blanchiment d'argent", "en": "Money laundering"},
          {"ar": "تعدّ هذه المادة غسلًا للأموال كل فعل مقصود يرمي إلى إضفاء مصدر مشروع زائف على أموال أو مداخيل متأتية من جناية أو جنحة، أو المساهمة في توظيفها أو إخفائها أو تحويلها. ويُعاقب على الغسل ولو ارتُكبت الجريمة الأصلية خارج التراب التونسي.",
           "fr": "Cet article qualifie de blanchiment tout acte intentionnel visant à donner une fausse justification à l'origine de biens ou de revenus provenant d'un crime ou d'un délit, ou à concourir à leur placement, à leur dissimulation ou à leur conversion. Le blanchiment est punissable même lorsque l'infraction d'origine a été commise hors du territoire tunisien.",
           "en": "This article treats as money laundering any intentional act aimed at giving a false lawful origin to property or income derived from a felony or misdemeanour, or at assisting in its investment, concealment or conversion. Laundering is punishable even where the predicate offence was committed outside Tunisia."},
          "ML JUR UNTOC-6"),
    ], status="amended"),
    L("TUN", "qanun-asasi-61-2016", {"ar": "القانون الأساسي عدد 61 لسنة 2016 المؤرخ في 3 أوت 2016 المتعلق بمنع الاتجار بالأشخاص ومكافحته",
                                    "fr": "Loi organique n° 2016-61 du 3 août 2016 relative à la prévention et à la lutte contre la traite des personnes",
                                    "en": "Organic Law No. 61 of 3 August 2016 on preventing and combating trafficking in persons"},
      "ar", "act", "2016-08-03", [
        P("2", {"ar": "تعريف الاتجار بالأشخاص", "en": "Definition of trafficking in persons"},
          {"ar": "يُقصد بالاتجار بالأشخاص استقطاب أشخاص أو تجنيدهم أو نقلهم أو تحويل وجهتهم أو إيواؤهم أو استقبالهم، باستعمال القوة أو التهديد أو غيرهما من أشكال الإكراه أو الاختطاف أو الحيلة أو استغلال حالة استضعاف، وذلك بقصد الاستغلال أيًا كانت صوره.",
           "en": "Trafficking in persons means attracting, recruiting, transporting, diverting, harbouring or receiving persons by force, threats or other forms of coercion, abduction, trickery or abuse of vulnerability, for the purpose of exploitation in any form."},
          "TIP TIPP-5 TIPP-3"),
        P("66", {"ar": "مساعدة الضحايا وحمايتهم", "en": "Assistance to and protection of victims"},
          {"ar": "تتولى الهيئة الوطنية لمكافحة الاتجار بالأشخاص تنسيق المساعدة الطبية والنفسية والقانونية المقدَّمة للضحايا وإيواءهم. ولا تُتبع الضحية من أجل دخولها التراب التونسي أو إقامتها فيه بصورة غير شرعية متى كان ذلك نتيجة مباشرة للاتجار.",
           "en": "The National Authority for Combating Trafficking in Persons coordinates medical, psychological and legal assistance and shelter for victims. A victim is not prosecuted for illegal entry into or stay in Tunisia where this was a direct result of trafficking."},
          "TIP VA TIPP-6"),
    ]),
    L("DZA", "qanun-05-01", {"ar": "القانون رقم 05-01 المؤرخ في 6 فبراير 2005 المتعلق بالوقاية من تبييض الأموال وتمويل الإرهاب ومكافحتهما",
                            "fr": "Loi n° 05-01 du 6 février 2005 relative à la prévention et à la lutte contre le blanchiment d'argent et le financement du terrorisme",
                            "en": "Law No. 05-01 of 6 February 2005 on the prevention of and fight against money laundering and the financing of terrorism"},
      "ar", "act", "2005-02-06", [
        P("2", {"ar": "تعريف تبييض الأموال", "fr": "Définition du blanchiment d'argent", "en": "Definition of money laundering"},
          {"ar": "يُعتبر تبييضًا للأموال تحويل الممتلكات أو نقلها مع العلم بأنها عائدات إجرامية بغرض إخفاء مصدرها غير المشروع أو تمويهه، وكذلك إخفاء الطبيعة الحقيقية للممتلكات أو مصدرها أو مكانها أو ملكيتها، واكتسابها أو حيازتها أو استخدامها مع العلم بأنها عائدات إجرامية.",
           "fr": "Est considéré comme blanchiment d'argent la conversion ou le transfert de biens dont l'auteur sait qu'ils constituent le produit d'un crime, dans le but de dissimuler ou de déguiser leur origine illicite, ainsi que leur dissimulation, leur acquisition, leur détention ou leur utilisation en connaissance de cause.",
           "en": "Money laundering means converting or transferring property known to be criminal proceeds in order to conceal or disguise its illicit origin, as well as concealing the true nature, source, location or ownership of such property, or knowingly acquiring, possessing or using it."},
          "ML UNTOC-6"),
        P("25", {"ar": "التعاون القضائي الدولي", "en": "International judicial cooperation"},
          {"ar": "يتم التعاون القضائي بين الهيئات القضائية الجزائرية والهيئات القضائية الأجنبية في مجالات التحقيق والمتابعات والإجراءات القضائية المتعلقة بتبييض الأموال وتمويل الإرهاب، مع مراعاة مبدأ المعاملة بالمثل. ويمكن أن يشمل طلبات التحقيق والإنابات القضائية وتسليم الأشخاص المطلوبين وحجز الأموال ومصادرتها.",
           "en": "Algerian and foreign judicial authorities cooperate in investigations, prosecutions and judicial proceedings relating to money laundering and terrorist financing, subject to reciprocity. Cooperation may include requests for investigation, letters rogatory, extradition of wanted persons and seizure and confiscation of funds."},
          "ML IC CONF UNTOC-18"),
    ], status="amended"),
    L("DZA", "qanun-06-01", {"ar": "القانون رقم 06-01 المؤرخ في 20 فبراير 2006 المتعلق بالوقاية من الفساد ومكافحته",
                            "fr": "Loi n° 06-01 du 20 février 2006 relative à la prévention et à la lutte contre la corruption",
                            "en": "Law No. 06-01 of 20 February 2006 on the prevention of and fight against corruption"},
      "ar", "act", "2006-02-20", [
        P("25", {"ar": "رشوة الموظفين العموميين", "fr": "Corruption d'agents publics", "en": "Bribery of public officials"},
          {"ar": "يُعاقب كل من وعد موظفًا عموميًا بمزية غير مستحقة أو عرضها عليه أو منحه إياها، بشكل مباشر أو غير مباشر، لكي يقوم بأداء عمل أو الامتناع عن أداء عمل من واجباته. ويُعاقب بالعقوبة نفسها الموظف العمومي الذي يطلب أو يقبل مثل هذه المزية.",
           "fr": "Est puni quiconque promet, offre ou accorde à un agent public, directement ou indirectement, un avantage indu afin qu'il accomplisse ou s'abstienne d'accomplir un acte de ses fonctions. La même peine s'applique à l'agent public qui sollicite ou accepte un tel avantage.",
           "en": "Anyone who promises, offers or gives a public official, directly or indirectly, an undue advantage so that the official performs or refrains from performing an act of his or her duties is punishable. The same penalty applies to a public official who solicits or accepts such an advantage."},
          "COR UNCAC-15"),
        P("28", {"ar": "رشوة الموظفين العموميين الأجانب وموظفي المنظمات الدولية العمومية", "en": "Bribery of foreign public officials and officials of public international organisations"},
          {"ar": "يُعاقب كل من وعد موظفًا عموميًا أجنبيًا أو موظفًا في منظمة دولية عمومية بمزية غير مستحقة أو عرضها عليه أو منحه إياها، للحصول على صفقة أو أي امتياز غير مستحق ذي صلة بالتجارة الدولية أو بغيرها أو الاحتفاظ به.",
           "en": "Anyone who promises, offers or gives a foreign public official or an official of a public international organisation an undue advantage in order to obtain or retain business or any other undue advantage in international trade or otherwise is punishable."},
          "COR UNCAC-16"),
        P("63", {"ar": "التعاون في مجال استرداد الموجودات", "en": "Cooperation in asset recovery"},
          {"ar": "تُتخذ التدابير اللازمة لتمكين الدول الأطراف في الاتفاقية من رفع دعاوى مدنية أمام الجهات القضائية الجزائرية لاسترداد الممتلكات المتحصل عليها من جرائم الفساد. ويجوز للجهات القضائية أن تأمر بتجميد هذه الممتلكات أو حجزها ومصادرتها تنفيذًا لطلبات دولة أجنبية.",
           "en": "States parties to the Convention may bring civil actions before the Algerian courts to recover property obtained through corruption offences. The courts may order such property to be frozen, seized and confiscated in execution of requests from a foreign State."},
          "COR AR CONF UNCAC-53 UNCAC-55"),
    ]),
]

LAWS_OTHER = [
    L("DEU", "strafgesetzbuch", {"de": "Strafgesetzbuch", "en": "Criminal Code"}, "de", "code", "1871-05-15", [
        P("73", {"de": "Einziehung von Taterträgen bei Tätern und Teilnehmern", "en": "Confiscation of proceeds from offenders and participants"},
          {"de": "Das Gericht ordnet die Einziehung dessen an, was der Täter oder Teilnehmer durch die Tat oder für sie erlangt hat. Erfasst werden auch gezogene Nutzungen und Ersatzgegenstände; ist die Einziehung des Gegenstands nicht möglich, wird ein entsprechender Geldbetrag eingezogen.",
           "en": "The court orders confiscation of whatever the offender or participant obtained through or for the offence. This extends to benefits derived and to substitute assets; where the object itself cannot be confiscated, an equivalent sum of money is confiscated instead."},
          "CONF UNTOC-12 UNCAC-31"),
        P("129", {"de": "Bildung krimineller Vereinigungen", "en": "Forming criminal organisations"},
          {"de": "Strafbar ist, wer eine Vereinigung gründet oder sich an ihr als Mitglied beteiligt, deren Zweck auf die Begehung von Straftaten gerichtet ist, die im Höchstmaß mit mindestens zwei Jahren Freiheitsstrafe bedroht sind. Als Vereinigung gilt ein auf Dauer angelegter, organisierter Zusammenschluss von mehr als zwei Personen, die ein übergeordnetes gemeinsames Interesse verfolgen; eine förmliche Rollenverteilung ist nicht erforderlich.",
           "en": "It is an offence to form, or take part as a member in, an association whose purpose is the commission of offences punishable by a maximum of at least two years' imprisonment. An association is a lasting, organised grouping of more than two persons pursuing an overriding common interest; a formal allocation of roles is not required."},
          "OCG UNTOC-5 UNTOC-2"),
        P("202a", {"de": "Ausspähen von Daten", "en": "Data espionage"},
          {"de": "Strafbar macht sich, wer unter Überwindung einer Zugangssicherung unbefugt auf besonders geschützte Daten zugreift, die nicht für ihn bestimmt sind, oder einem Dritten diesen Zugriff verschafft. Die Tat wird mit Freiheitsstrafe bis zu drei Jahren oder mit Geldstrafe geahndet.",
           "en": "It is an offence to gain unauthorised access, by circumventing an access protection, to specially protected data not intended for oneself, or to give a third party such access. The offence carries up to three years' imprisonment or a fine."},
          "CYB BUD-2"),
        P("232", {"de": "Menschenhandel", "en": "Trafficking in human beings"},
          {"de": "Die Vorschrift erfasst das Anwerben, Befördern, Weitergeben, Beherbergen oder Aufnehmen einer Person unter Ausnutzung ihrer Zwangslage oder auslandsspezifischen Hilflosigkeit, wenn sie ausgebeutet werden soll, etwa durch Prostitution, Zwangsarbeit, Bettelei oder die rechtswidrige Entnahme von Organen. Ist das Opfer unter 21 Jahre alt, kommt es auf eine Zwangslage nicht an.",
           "en": "The provision covers recruiting, transporting, passing on, harbouring or receiving a person by exploiting their predicament or the helplessness linked to being in a foreign country, where the person is to be exploited, for example through prostitution, forced labour, begging or unlawful organ removal. Where the victim is under 21, no predicament need be shown."},
          "TIP TIPP-5"),
        P("261", {"de": "Geldwäsche", "en": "Money laundering"},
          {"de": "Strafbar ist, wer einen Gegenstand, der aus einer rechtswidrigen Tat herrührt, verbirgt, umtauscht, überträgt oder verbringt, dessen Herkunft verschleiert oder ihn sich oder einem Dritten verschafft. Seit der Reform von 2021 kommt jede rechtswidrige Tat als Vortat in Betracht.",
           "en": "It is an offence to hide, exchange, transfer or move an object derived from an unlawful act, to disguise its origin or to procure it for oneself or a third party. Since the 2021 reform, any unlawful act can be a predicate offence."},
          "ML UNTOC-6 UNCAC-23"),
        P("335a", {"de": "Ausländische und internationale Bedienstete", "en": "Foreign and international officials"},
          {"de": "Für die Anwendung der Bestechungsdelikte werden Bedienstete ausländischer Staaten und internationaler Organisationen sowie Richter ausländischer und internationaler Gerichte den entsprechenden inländischen Amtsträgern und Richtern gleichgestellt.",
           "en": "For the purposes of the bribery offences, officials of foreign States and international organisations, and judges of foreign and international courts, are treated in the same way as domestic public officials and judges."},
          "COR UNCAC-16"),
    ]),
    L("DEU", "gesetz-ueber-die-internationale-rechtshilfe-in-strafsachen", {"de": "Gesetz über die internationale Rechtshilfe in Strafsachen", "en": "Act on International Cooperation in Criminal Matters"},
      "de", "act", "1982-12-23", [
        P("2", {"de": "Grundsatz", "en": "Principle"},
          {"de": "Ausländer können an einen anderen Staat ausgeliefert werden, der sie wegen einer dort strafbaren Tat verfolgt oder verurteilt hat, wenn eine zuständige Stelle darum ersucht. Deutsche Staatsangehörige dürfen nach dem Grundgesetz nur an Mitgliedstaaten der Europäischen Union oder an internationale Gerichte ausgeliefert werden.",
           "en": "Foreign nationals may be extradited to another State that is prosecuting them or has convicted them for an offence punishable there, at the request of a competent authority. Under the Basic Law, German nationals may only be extradited to Member States of the European Union or to international courts."},
          "IC UNTOC-16"),
        P("3", {"de": "Auslieferung zur Verfolgung oder zur Vollstreckung", "en": "Extradition for prosecution or enforcement"},
          {"de": "Die Auslieferung ist nur zulässig, wenn die Tat auch nach deutschem Recht eine rechtswidrige Tat ist, die den Tatbestand eines Strafgesetzes verwirklicht. Zur Verfolgung muss die Tat im Höchstmaß mit mindestens einem Jahr Freiheitsstrafe bedroht sein.",
           "en": "Extradition is only permissible where the conduct is also an unlawful act under German law that fulfils the elements of a criminal offence. For prosecution, the offence must carry a maximum of at least one year's imprisonment."},
          "IC UNTOC-16"),
        P("59", {"de": "Zulässigkeit der Unterstützung", "en": "Admissibility of assistance"},
          {"de": "Einem ausländischen Staat kann auf Ersuchen einer zuständigen Stelle in einer strafrechtlichen Angelegenheit sonstige Rechtshilfe geleistet werden, etwa durch Vernehmungen, Durchsuchungen, Beschlagnahmen oder die Übermittlung von Unterlagen. Sie ist nur zulässig, wenn deutsche Stellen einander in entsprechenden Fällen Rechtshilfe leisten könnten.",
           "en": "At the request of a competent authority, other legal assistance may be provided to a foreign State in a criminal matter, for example through questioning, searches, seizures or the transmission of documents. It is only admissible where German authorities could assist one another in corresponding cases."},
          "IC UNTOC-18"),
        P("93", {"de": "Gemeinsame Ermittlungsgruppen", "en": "Joint investigation teams"},
          {"de": "Deutsche Ermittlungsbehörden können mit Behörden anderer Mitgliedstaaten der Europäischen Union gemeinsame Ermittlungsgruppen bilden, um Ermittlungen in einem bestimmten Zusammenhang zu führen. Entsandte Mitglieder aus dem Ausland dürfen unter der Leitung des deutschen Gruppenleiters Ermittlungsmaßnahmen in Deutschland vornehmen.",
           "en": "German investigating authorities may set up joint investigation teams with the authorities of other Member States of the European Union to conduct investigations in a specific context. Seconded members from abroad may carry out investigative measures in Germany under the direction of the German team leader."},
          "IC SIT UNTOC-19"),
    ]),
    L("AUT", "strafgesetzbuch", {"de": "Strafgesetzbuch", "en": "Criminal Code"}, "de", "code", "1974-01-23", [
        P("104a", {"de": "Menschenhandel", "en": "Trafficking in human beings"},
          {"de": "Bestraft wird, wer eine volljährige Person unter Einsatz unlauterer Mittel wie Gewalt, Täuschung oder Ausnützung einer Zwangslage anwirbt, beherbergt, befördert oder einem anderen anbietet oder weitergibt, um sie sexuell, durch Organentnahme oder in ihrer Arbeitskraft auszubeuten. Bei Minderjährigen ist der Einsatz unlauterer Mittel nicht erforderlich.",
           "en": "Anyone who recruits, harbours, transports, offers or passes on an adult by unfair means such as violence, deception or exploitation of a predicament, in order to exploit the person sexually, through organ removal or through labour, is punishable. For minors, the use of unfair means is not required."},
          "TIP TIPP-5"),
        P("165", {"de": "Geldwäscherei", "en": "Money laundering"},
          {"de": "Strafbar ist, wer Vermögensbestandteile, die aus einer kriminellen Tätigkeit herrühren, umwandelt oder überträgt, um ihre illegale Herkunft zu verheimlichen, oder ihre wahre Beschaffenheit, Herkunft oder die Eigentumsverhältnisse verschleiert. Die Strafe erhöht sich, wenn die Tat einen 50\u00a0000 Euro übersteigenden Wert betrifft oder als Mitglied einer kriminellen Vereinigung begangen wird.",
           "en": "Anyone who converts or transfers assets derived from criminal activity in order to conceal their illicit origin, or disguises their true nature, origin or ownership, is punishable. The penalty is higher where the value exceeds EUR 50,000 or the offence is committed as a member of a criminal association."},
          "ML UNTOC-6"),
        P("278a", {"de": "Kriminelle Organisation", "en": "Criminal organisation"},
          {"de": "Strafbar ist, wer eine auf längere Zeit angelegte unternehmensähnliche Verbindung einer größeren Zahl von Personen gründet oder sich an ihr beteiligt, die auf die wiederkehrende Begehung schwerwiegender strafbarer Handlungen ausgerichtet ist, dadurch eine Bereicherung in großem Umfang oder erheblichen Einfluss anstrebt und sich gegen Strafverfolgung abzuschirmen sucht.",
           "en": "Anyone who founds or takes part in a long-term, business-like association of a larger number of persons that is geared to the repeated commission of serious offences, seeks large-scale enrichment or considerable influence through them and tries to shield itself from prosecution is punishable."},
          "OCG UNTOC-5"),
    ]),
    L("CHE", "schweizerisches-strafgesetzbuch", {"de": "Schweizerisches Strafgesetzbuch", "fr": "Code pénal suisse", "it": "Codice penale svizzero", "en": "Swiss Criminal Code"},
      "de", "code", "1937-12-21", [
        P("102", {"de": "Strafbarkeit des Unternehmens", "fr": "Punissabilité de l'entreprise", "en": "Liability of the undertaking"},
          {"de": "Kann eine Straftat wegen mangelhafter Organisation keiner bestimmten natürlichen Person zugerechnet werden, wird sie dem Unternehmen zugerechnet. Bei Delikten wie Geldwäscherei, Bestechung und Terrorismusfinanzierung haftet das Unternehmen zudem unabhängig von natürlichen Personen, wenn es nicht alle erforderlichen organisatorischen Vorkehrungen getroffen hat.",
           "fr": "Lorsqu'une infraction ne peut être imputée à aucune personne physique déterminée en raison du manque d'organisation de l'entreprise, elle est imputée à l'entreprise. Pour certaines infractions comme le blanchiment d'argent, la corruption et le financement du terrorisme, l'entreprise est punie indépendamment des personnes physiques si elle n'a pas pris toutes les mesures d'organisation nécessaires.",
           "en": "Where an offence cannot be attributed to any specific natural person because of deficient organisation, it is attributed to the undertaking. For offences such as money laundering, bribery and terrorist financing, the undertaking is also liable regardless of natural persons if it failed to take all necessary organisational measures."},
          "ML COR LLP UNTOC-10 UNCAC-26"),
        P("182", {"de": "Menschenhandel", "fr": "Traite d'êtres humains", "en": "Trafficking in human beings"},
          {"de": "Die Bestimmung bestraft jeden, der als Anbieter, Vermittler oder Abnehmer am Handel mit Menschen mitwirkt, um sie sexuell oder als Arbeitskraft auszubeuten oder ihnen Organe zu entnehmen. Auch die blosse Anwerbung zu diesen Zwecken ist strafbar.",
           "fr": "La disposition punit quiconque participe à la traite d'êtres humains comme offreur, intermédiaire ou acquéreur, en vue de leur exploitation sexuelle, de l'exploitation de leur travail ou du prélèvement d'organes. Le simple recrutement à ces fins est également punissable.",
           "en": "The provision punishes anyone who takes part in trafficking in human beings as supplier, intermediary or acquirer for the purpose of sexual exploitation, labour exploitation or organ removal. Merely recruiting a person for those purposes is also punishable."},
          "TIP TIPP-5"),
        P("260ter", {"de": "Kriminelle und terroristische Organisationen", "fr": "Organisations criminelles et terroristes", "en": "Criminal and terrorist organisations"},
          {"de": "Strafbar ist, wer sich an einer Organisation beteiligt oder sie unterstützt, die den Zweck verfolgt, Gewaltverbrechen zu begehen oder sich mit verbrecherischen Mitteln zu bereichern, oder die Bevölkerung einzuschüchtern. Für Personen mit bestimmendem Einfluss in der Organisation ist eine höhere Strafe vorgesehen.",
           "fr": "Est punissable quiconque participe à une organisation ou la soutient lorsqu'elle poursuit le but de commettre des crimes de violence ou de se procurer des revenus par des moyens criminels, ou d'intimider la population. Une peine plus lourde est prévue pour les personnes qui exercent une influence déterminante au sein de l'organisation.",
           "en": "Anyone who takes part in or supports an organisation whose aim is to commit violent crimes or to obtain income by criminal means, or to intimidate the population, is punishable. A heavier penalty applies to persons with a decisive influence within the organisation."},
          "OCG TER UNTOC-5"),
        P("305bis", {"de": "Geldwäscherei", "fr": "Blanchiment d'argent", "en": "Money laundering"},
          {"de": "Geldwäscherei begeht, wer durch sein Handeln verhindert oder erschwert, dass die Herkunft von Vermögenswerten ermittelt oder diese aufgefunden oder eingezogen werden, obwohl er weiss oder annehmen muss, dass sie aus einem Verbrechen oder einem qualifizierten Steuervergehen stammen. Auch eine im Ausland begangene Vortat genügt, sofern sie dort ebenfalls strafbar ist.",
           "fr": "Commet un blanchiment d'argent celui qui entrave l'identification de l'origine, la découverte ou la confiscation de valeurs patrimoniales dont il sait ou doit présumer qu'elles proviennent d'un crime ou d'un délit fiscal qualifié. Une infraction préalable commise à l'étranger suffit si elle y est également punissable.",
           "en": "Money laundering is committed by anyone who obstructs the identification of the origin, the tracing or the confiscation of assets that he or she knows or must assume derive from a felony or an aggravated tax misdemeanour. A predicate offence committed abroad suffices if it is also punishable there."},
          "ML JUR UNTOC-6"),
    ], cite="StGB, Art. {n}"),
    L("CHE", "rechtshilfegesetz", {"de": "Bundesgesetz über internationale Rechtshilfe in Strafsachen", "fr": "Loi fédérale sur l'entraide internationale en matière pénale", "it": "Legge federale sull'assistenza internazionale in materia penale", "en": "Federal Act on International Mutual Assistance in Criminal Matters"},
      "de", "act", "1981-03-20", [
        P("63", {"de": "Grundsatz", "fr": "Principe", "en": "Principle"},
          {"de": "Die Rechtshilfe umfasst Mitteilungen, Verfahrenshandlungen und andere Amtshandlungen, die für ein ausländisches Strafverfahren erforderlich erscheinen oder der Beschaffung der Beute dienen, insbesondere Zeugeneinvernahmen, Durchsuchungen, Beschlagnahmen und die Herausgabe von Akten und Schriftstücken.",
           "fr": "L'entraide comprend la communication de renseignements ainsi que les actes de procédure et autres actes officiels qui paraissent nécessaires pour une procédure pénale étrangère ou qui servent à récupérer le produit de l'infraction, notamment l'audition de témoins, les perquisitions, les saisies et la remise de dossiers et de documents.",
           "en": "Mutual assistance covers communications, procedural steps and other official acts that appear necessary for foreign criminal proceedings or serve to recover the proceeds of the offence, in particular the hearing of witnesses, searches, seizures and the handing over of files and documents."},
          "IC UNTOC-18"),
        P("67a", {"de": "Unaufgeforderte Übermittlung von Beweismitteln und Informationen", "fr": "Transmission spontanée de moyens de preuve et d'informations", "en": "Spontaneous transmission of evidence and information"},
          {"de": "Die Strafverfolgungsbehörden können Beweismittel und Informationen, die sie im Rahmen ihrer eigenen Ermittlungen erhoben haben, unaufgefordert einer ausländischen Strafverfolgungsbehörde übermitteln, wenn dies deren Strafverfahren dienen kann. Beweismittel aus dem Geheimbereich dürfen auf diesem Weg nicht übermittelt werden; zulässig ist nur eine Information, die ein Rechtshilfeersuchen ermöglicht.",
           "fr": "Les autorités de poursuite pénale peuvent transmettre spontanément à une autorité étrangère des moyens de preuve et des informations recueillis au cours de leur propre enquête, lorsque cette transmission est de nature à servir une procédure pénale étrangère. Les moyens de preuve touchant au domaine secret ne peuvent être communiqués que sous forme d'informations permettant de présenter une demande d'entraide.",
           "en": "Prosecuting authorities may spontaneously pass evidence and information gathered in their own investigations to a foreign prosecuting authority where this may assist its criminal proceedings. Evidence from the secret sphere may not be passed on in this way; only information enabling a request for assistance to be made is allowed."},
          "IC UNTOC-18 UNCAC-46"),
        P("74a", {"de": "Herausgabe zur Einziehung oder Rückerstattung", "fr": "Remise en vue de confiscation ou de restitution", "en": "Handing over for confiscation or restitution"},
          {"de": "Auf Ersuchen der zuständigen ausländischen Behörde können beschlagnahmte Gegenstände oder Vermögenswerte am Ende des Rechtshilfeverfahrens zur Einziehung oder zur Rückerstattung an die berechtigte Person herausgegeben werden. Die Herausgabe erfolgt in der Regel gestützt auf einen rechtskräftigen und vollstreckbaren Entscheid des ersuchenden Staates.",
           "fr": "À la demande de l'autorité étrangère compétente, les objets ou valeurs saisis à titre conservatoire peuvent lui être remis, au terme de la procédure d'entraide, en vue de confiscation ou de restitution à l'ayant droit. La remise intervient en principe sur la base d'une décision définitive et exécutoire de l'État requérant.",
           "en": "At the request of the competent foreign authority, seized objects or assets may be handed over at the end of the assistance proceedings for confiscation or restitution to the person entitled. As a rule, they are handed over on the basis of a final and enforceable decision of the requesting State."},
          "CONF AR UNCAC-57 UNTOC-13"),
    ], cite="IRSG, Art. {n}"),
    L("ITA", "codice-penale", {"it": "Codice penale", "en": "Criminal Code"}, "it", "code", "1930-10-19", [
        P("416-bis", {"it": "Associazioni di tipo mafioso anche straniere", "en": "Mafia-type associations, including foreign ones"},
          {"it": "La norma punisce la partecipazione a un'associazione di tipo mafioso composta da tre o più persone, caratterizzata dall'uso della forza intimidatrice del vincolo associativo e dal conseguente clima di assoggettamento e omertà, finalizzata a commettere delitti o a controllare attività economiche, appalti e servizi pubblici. Le stesse disposizioni si applicano alla camorra, alla 'ndrangheta e alle associazioni straniere con caratteristiche analoghe.",
           "en": "The provision punishes membership of a mafia-type association of three or more persons that uses the intimidating power of the bond between its members, and the resulting subjugation and code of silence, to commit offences or to control economic activities, public contracts and public services. The same rules apply to the Camorra, the 'Ndrangheta and foreign associations with similar characteristics."},
          "OCG UNTOC-5"),
        P("601", {"it": "Tratta di persone", "en": "Trafficking in persons"},
          {"it": "È punito chi recluta, introduce nel territorio dello Stato, trasferisce anche al di fuori di esso, trasporta, cede l'autorità sulla persona o ospita una o più persone, mediante inganno, violenza, minaccia o abuso di una situazione di vulnerabilità, al fine di indurle o costringerle a prestazioni lavorative o sessuali, all'accattonaggio o al prelievo di organi.",
           "en": "Anyone who recruits, brings into Italy, transfers within or outside it, transports, hands over authority over or harbours one or more persons, by deception, violence, threats or abuse of vulnerability, in order to induce or force them to perform labour or sexual services, to beg or to undergo organ removal, is punishable."},
          "TIP TIPP-5"),
        P("648-bis", {"it": "Riciclaggio", "en": "Money laundering"},
          {"it": "Commette riciclaggio chi sostituisce o trasferisce denaro, beni o altre utilità provenienti da delitto, ovvero compie altre operazioni in modo da ostacolare l'identificazione della loro provenienza delittuosa. Dal 2021 costituiscono reato presupposto anche le contravvenzioni punite con l'arresto superiore nel massimo a un anno.",
           "en": "Money laundering is committed by anyone who substitutes or transfers money, goods or other benefits derived from an offence, or carries out other operations so as to obstruct identification of their criminal origin. Since 2021, minor offences punishable by detention of more than one year have also counted as predicate offences."},
          "ML UNTOC-6"),
        P("322-bis", {"it": "Estensione dei reati contro la pubblica amministrazione ai funzionari internazionali e degli Stati esteri", "en": "Extension of offences against public administration to international and foreign officials"},
          {"it": "Le disposizioni su peculato, concussione e corruzione si applicano anche ai membri e ai funzionari delle istituzioni dell'Unione europea e delle organizzazioni pubbliche internazionali. La corruzione attiva è punibile anche quando il denaro o l'utilità sono offerti a pubblici ufficiali di Stati esteri per ottenere un indebito vantaggio in operazioni economiche internazionali.",
           "en": "The rules on embezzlement, extortion by public officials and bribery also apply to members and officials of European Union institutions and of public international organisations. Active bribery is also punishable where money or benefits are offered to public officials of foreign States to obtain an undue advantage in international business operations."},
          "COR UNCAC-16"),
        P("518-sexies", {"it": "Riciclaggio di beni culturali", "en": "Laundering of cultural property"},
          {"it": "È punito chi sostituisce o trasferisce beni culturali provenienti da delitto, ovvero compie altre operazioni in modo da ostacolarne l'identificazione della provenienza delittuosa. La norma, introdotta nel 2022 con la riforma dei reati contro il patrimonio culturale, prevede pene più severe rispetto al riciclaggio ordinario.",
           "en": "Anyone who substitutes or transfers cultural property derived from an offence, or carries out other operations so as to obstruct identification of its criminal origin, is punishable. The provision, introduced in 2022 by the reform of offences against cultural heritage, carries heavier penalties than ordinary money laundering."},
          "CUL ML UNTOC-6"),
    ]),
    L("ITA", "codice-di-procedura-penale", {"it": "Codice di procedura penale", "en": "Code of Criminal Procedure"}, "it", "code", "1988-09-22", [
        P("696", {"it": "Prevalenza del diritto dell'Unione europea, delle convenzioni e del diritto internazionale generale", "en": "Precedence of European Union law, treaties and general international law"},
          {"it": "I rapporti con le autorità straniere in materia di estradizione, rogatorie e altri istituti di cooperazione sono disciplinati anzitutto dal diritto dell'Unione europea, dalle convenzioni internazionali in vigore e dal diritto internazionale generale. Le norme del codice si applicano soltanto in mancanza o in via sussidiaria.",
           "en": "Relations with foreign authorities on extradition, letters rogatory and other forms of cooperation are governed first by European Union law, the international treaties in force and general international law. The Code's rules apply only where those sources are silent or on a subsidiary basis."},
          "IC UNTOC-16 UNTOC-18"),
        P("705", {"it": "Condizioni per la decisione", "en": "Conditions for the decision"},
          {"it": "La corte d'appello si pronuncia a favore dell'estradizione se sussistono gravi indizi di colpevolezza o una sentenza irrevocabile di condanna e se non ostano motivi di rifiuto. L'estradizione è esclusa quando vi è motivo di ritenere che l'estradando sarà sottoposto alla pena di morte, a trattamenti crudeli o a un processo che non garantisca i diritti fondamentali.",
           "en": "The court of appeal rules in favour of extradition where there is serious evidence of guilt or a final conviction and no ground for refusal applies. Extradition is excluded where there is reason to believe that the person would face the death penalty, cruel treatment or a trial that does not respect fundamental rights."},
          "IC UNTOC-16"),
        P("727", {"it": "Trasmissione delle richieste di assistenza giudiziaria", "en": "Transmission of requests for judicial assistance"},
          {"it": "Le richieste di assistenza giudiziaria dei giudici e dei pubblici ministeri sono trasmesse al Ministro della giustizia, che provvede all'inoltro all'autorità estera; quando una convenzione lo consente, possono essere trasmesse direttamente. Il Ministro può non dare corso alla richiesta se ritiene che possano essere compromessi la sicurezza o altri interessi essenziali dello Stato.",
           "en": "Requests for judicial assistance from judges and prosecutors are sent to the Minister of Justice, who forwards them to the foreign authority; where a treaty allows, they may be sent directly. The Minister may decline to forward a request that could compromise the security or other essential interests of the State."},
          "IC UNTOC-18"),
    ]),
    L("BRA", "codigo-penal", {"pt": "Código Penal (Decreto-Lei nº 2.848, de 7 de dezembro de 1940)", "en": "Criminal Code (Decree-Law No. 2,848 of 7 December 1940)"},
      "pt", "code", "1940-12-07", [
        P("149-A", {"pt": "Tráfico de pessoas", "en": "Trafficking in persons"},
          {"pt": "Comete o crime quem agencia, alicia, recruta, transporta, transfere, compra, aloja ou acolhe pessoa, mediante grave ameaça, violência, coação, fraude ou abuso, com a finalidade de remover-lhe órgãos, submetê-la a trabalho em condições análogas à de escravo, a qualquer tipo de servidão, a adoção ilegal ou a exploração sexual. A pena é aumentada se a vítima for retirada do território nacional.",
           "en": "The offence is committed by anyone who brokers, entices, recruits, transports, transfers, buys, lodges or receives a person, by serious threat, violence, coercion, fraud or abuse, in order to remove the person's organs or subject the person to conditions akin to slavery, servitude, illegal adoption or sexual exploitation. The penalty is increased where the victim is taken out of Brazil."},
          "TIP TIPP-5"),
        P("154-A", {"pt": "Invasão de dispositivo informático", "en": "Intrusion into a computer device"},
          {"pt": "Constitui crime invadir dispositivo informático de uso alheio, conectado ou não à rede, com o fim de obter, adulterar ou destruir dados ou informações sem autorização do titular, ou de instalar vulnerabilidades para obter vantagem ilícita. A pena é aumentada se da invasão resultar prejuízo econômico.",
           "en": "It is an offence to intrude into another person's computer device, whether or not connected to a network, in order to obtain, alter or destroy data without the owner's authorisation, or to install vulnerabilities to obtain an unlawful advantage. The penalty is increased where the intrusion causes financial loss."},
          "CYB BUD-2"),
        P("232-A", {"pt": "Promoção de migração ilegal", "en": "Promoting illegal migration"},
          {"pt": "Comete o crime quem promove, por qualquer meio, com o fim de obter vantagem econômica, a entrada ilegal de estrangeiro em território nacional ou de brasileiro em país estrangeiro. A pena é aumentada se o crime for cometido com violência ou se a vítima for submetida a condição desumana ou degradante.",
           "en": "The offence is committed by anyone who, by any means and for financial gain, promotes the illegal entry of a foreign national into Brazil or of a Brazilian into a foreign country. The penalty is increased where the offence involves violence or the victim is subjected to inhuman or degrading conditions."},
          "SOM SOMP-6"),
        P("337-B", {"pt": "Corrupção ativa em transação comercial internacional", "en": "Active bribery in international business transactions"},
          {"pt": "Constitui crime prometer, oferecer ou dar, direta ou indiretamente, vantagem indevida a funcionário público estrangeiro, ou a terceira pessoa, para determiná-lo a praticar, omitir ou retardar ato de ofício relacionado à transação comercial internacional.",
           "en": "It is an offence to promise, offer or give, directly or indirectly, an undue advantage to a foreign public official or a third party in order to induce the official to perform, omit or delay an official act connected with an international business transaction."},
          "COR UNCAC-16"),
    ]),
    L("BRA", "lei-9613-1998", {"pt": "Lei nº 9.613, de 3 de março de 1998 (Lei de Lavagem de Dinheiro)", "en": "Act No. 9,613 of 3 March 1998 (Money Laundering Act)"},
      "pt", "act", "1998-03-03", [
        P("1º", {"pt": "Crime de lavagem de dinheiro", "en": "Offence of money laundering"},
          {"pt": "Constitui crime ocultar ou dissimular a natureza, origem, localização, disposição, movimentação ou propriedade de bens, direitos ou valores provenientes, direta ou indiretamente, de infração penal. Desde a reforma de 2012, qualquer infração penal pode ser antecedente da lavagem de dinheiro.",
           "en": "It is an offence to conceal or disguise the nature, origin, location, disposal, movement or ownership of property, rights or assets derived directly or indirectly from a criminal offence. Since the 2012 reform, any criminal offence can be a predicate offence for money laundering."},
          "ML UNTOC-6"),
        P("8º", {"pt": "Cooperação internacional", "en": "International cooperation"},
          {"pt": "O juiz pode determinar, mediante solicitação de autoridade estrangeira competente e com base em tratado ou promessa de reciprocidade, medidas assecuratórias sobre bens, direitos ou valores oriundos de crimes praticados no estrangeiro. Na falta de tratado, os bens são repartidos em partes iguais entre o Estado requerente e o Brasil, ressalvado o direito do lesado.",
           "en": "At the request of a competent foreign authority and on the basis of a treaty or a promise of reciprocity, the court may order provisional measures over property, rights or assets derived from offences committed abroad. In the absence of a treaty, the assets are shared equally between the requesting State and Brazil, without prejudice to the rights of the injured party."},
          "ML CONF AR UNTOC-13 UNTOC-14"),
    ]),
    L("PRT", "lei-144-99", {"pt": "Lei n.º 144/99, de 31 de agosto — Lei da Cooperação Judiciária Internacional em Matéria Penal", "en": "Act No. 144/99 of 31 August on International Judicial Cooperation in Criminal Matters"},
      "pt", "act", "1999-08-31", [
        P("6.º", {"pt": "Requisitos gerais negativos da cooperação internacional", "en": "General grounds for refusing international cooperation"},
          {"pt": "O pedido de cooperação é recusado quando o processo não respeita as exigências da Convenção Europeia dos Direitos Humanos, quando há fundadas razões para crer que a cooperação é pedida para perseguir a pessoa por motivos discriminatórios, ou quando o crime é punível com pena de morte ou prisão perpétua. A recusa pode ser afastada se o Estado requerente der garantias suficientes.",
           "en": "A request for cooperation is refused where the proceedings do not meet the requirements of the European Convention on Human Rights, where there are well-founded reasons to believe that cooperation is sought to persecute the person on discriminatory grounds, or where the offence carries the death penalty or life imprisonment. The refusal may be lifted if the requesting State gives sufficient guarantees."},
          "IC UNTOC-16 UNTOC-18"),
        P("32.º", {"pt": "Inadmissibilidade da extradição", "en": "Cases in which extradition is inadmissible"},
          {"pt": "A extradição é excluída quando a pessoa reclamada é de nacionalidade portuguesa, salvo quando um tratado o preveja e se trate de crimes de terrorismo ou de criminalidade internacional organizada, havendo reciprocidade. Também é excluída quando o crime for punível com pena de morte ou de prisão perpétua no Estado requerente.",
           "en": "Extradition is excluded where the person sought is a Portuguese national, unless a treaty provides for it in cases of terrorism or international organised crime, subject to reciprocity. It is also excluded where the offence carries the death penalty or life imprisonment in the requesting State."},
          "IC UNTOC-16"),
        P("145.º", {"pt": "Princípio e âmbito do auxílio judiciário mútuo", "en": "Principle and scope of mutual legal assistance"},
          {"pt": "O auxílio judiciário mútuo abrange a comunicação de informações, de atos processuais e de outros atos públicos admitidos pelo direito português, quando necessários às finalidades do processo, bem como os atos necessários à apreensão ou recuperação de instrumentos, objetos ou produtos da infração. Inclui, nomeadamente, a notificação de documentos, a obtenção de provas, as buscas e as apreensões.",
           "en": "Mutual legal assistance covers the communication of information, procedural acts and other public acts allowed by Portuguese law where needed for the purposes of the proceedings, as well as acts needed to seize or recover instrumentalities, objects or proceeds of the offence. It includes in particular service of documents, taking of evidence, searches and seizures."},
          "IC CONF UNTOC-18"),
    ]),
    L("NLD", "wetboek-van-strafrecht", {"nl": "Wetboek van Strafrecht", "en": "Criminal Code"}, "nl", "code", "1881-03-03", [
        P("140", {"nl": "Deelneming aan een criminele organisatie", "en": "Participation in a criminal organisation"},
          {"nl": "Strafbaar is deelneming aan een organisatie die tot oogmerk heeft het plegen van misdrijven. Oprichters, leiders en bestuurders van de organisatie kunnen een hogere straf krijgen.",
           "en": "Participation in an organisation whose aim is to commit serious offences is punishable. Founders, leaders and managers of the organisation face a higher penalty."},
          "OCG UNTOC-5"),
        P("197a", {"nl": "Mensensmokkel", "en": "Smuggling of migrants"},
          {"nl": "Strafbaar is degene die een ander behulpzaam is bij het verkrijgen van toegang tot of doorreis door Nederland of een andere lidstaat van de Europese Unie, terwijl hij weet of ernstige redenen heeft te vermoeden dat die toegang of doorreis wederrechtelijk is. Winstbejag, beroeps- of gewoontematig handelen en levensgevaar voor de gesmokkelde persoon werken strafverzwarend.",
           "en": "Anyone who helps another person to gain entry into or transit through the Netherlands or another Member State of the European Union, knowing or having serious reason to suspect that the entry or transit is unlawful, is punishable. Acting for profit, acting professionally or habitually, and endangering the life of the smuggled person are aggravating factors."},
          "SOM SOMP-6"),
        P("273f", {"nl": "Mensenhandel", "en": "Trafficking in human beings"},
          {"nl": "Het artikel stelt strafbaar het werven, vervoeren, overbrengen, huisvesten of opnemen van een persoon door middel van dwang, geweld, misleiding of misbruik van een kwetsbare positie, met het oogmerk van uitbuiting. Uitbuiting omvat ten minste seksuele uitbuiting, gedwongen arbeid of diensten, slavernij en het verwijderen van organen.",
           "en": "The article penalises recruiting, transporting, transferring, harbouring or receiving a person by coercion, violence, deception or abuse of a vulnerable position, for the purpose of exploitation. Exploitation includes at least sexual exploitation, forced labour or services, slavery and organ removal."},
          "TIP TIPP-5"),
        P("420bis", {"nl": "Witwassen", "en": "Money laundering"},
          {"nl": "Schuldig aan witwassen is degene die de werkelijke aard, herkomst, vindplaats of vervreemding van een voorwerp verbergt of verhult, of een voorwerp verwerft, voorhanden heeft, overdraagt of gebruikt, terwijl hij weet dat het afkomstig is uit enig misdrijf. Voor eenvoudig witwassen, zonder verhullingshandelingen, geldt een lagere strafbedreiging.",
           "en": "Money laundering is committed by anyone who hides or disguises the true nature, origin, location or disposal of an object, or acquires, holds, transfers or uses an object, knowing that it derives from a serious offence. Simple laundering, without acts of concealment, carries a lower maximum penalty."},
          "ML UNTOC-6"),
    ]),
    L("POL", "kodeks-karny", {"pl": "Kodeks karny", "en": "Criminal Code"}, "pl", "code", "1997-06-06", [
        P("189a", {"pl": "Handel ludźmi", "en": "Trafficking in human beings"},
          {"pl": "Przestępstwo handlu ludźmi popełnia, kto werbuje, transportuje, przekazuje, przechowuje lub przyjmuje osobę z użyciem przemocy, groźby, podstępu lub wykorzystania krytycznego położenia, w celu jej wykorzystania, nawet za jej zgodą. Kara pozbawienia wolności wynosi nie mniej niż trzy lata.",
           "en": "Trafficking in human beings is committed by anyone who recruits, transports, transfers, harbours or receives a person by violence, threats, deceit or exploitation of a critical situation, for the purpose of exploitation, even with the person's consent. The penalty is imprisonment of not less than three years."},
          "TIP TIPP-5"),
        P("258", {"pl": "Udział w zorganizowanej grupie przestępczej", "en": "Participation in an organised criminal group"},
          {"pl": "Karze podlega ten, kto bierze udział w zorganizowanej grupie albo związku mających na celu popełnienie przestępstwa lub przestępstwa skarbowego. Surowsza kara grozi temu, kto taką grupę zakłada lub nią kieruje.",
           "en": "Anyone who takes part in an organised group or association whose aim is to commit an offence or a fiscal offence is punishable. A heavier penalty applies to anyone who sets up or leads such a group."},
          "OCG UNTOC-5"),
        P("299", {"pl": "Pranie pieniędzy", "en": "Money laundering"},
          {"pl": "Karze podlega ten, kto przyjmuje, przenosi lub wywozi za granicę, ukrywa, przekształca lub podejmuje inne czynności mogące udaremnić albo znacznie utrudnić stwierdzenie przestępczego pochodzenia środków płatniczych lub innych korzyści majątkowych. Sąd orzeka przepadek przedmiotów pochodzących z przestępstwa, nawet jeżeli nie stanowią one własności sprawcy.",
           "en": "Anyone who receives, transfers or takes abroad, conceals, converts or takes other steps that may prevent or seriously hinder the detection of the criminal origin of means of payment or other financial benefits is punishable. The court orders forfeiture of items derived from the offence even if they are not the offender's property."},
          "ML CONF UNTOC-6"),
    ]),
    L("IDN", "uu-8-2010", {"id": "Undang-Undang Nomor 8 Tahun 2010 tentang Pencegahan dan Pemberantasan Tindak Pidana Pencucian Uang", "en": "Law No. 8 of 2010 on the Prevention and Eradication of the Crime of Money Laundering"},
      "id", "act", "2010-10-22", [
        P("3", {"id": "Tindak pidana pencucian uang", "en": "Offence of money laundering"},
          {"id": "Pasal ini memidana setiap orang yang menempatkan, mentransfer, membawa ke luar negeri, mengubah bentuk, atau menukarkan harta kekayaan yang diketahui atau patut diduga berasal dari tindak pidana, untuk menyembunyikan atau menyamarkan asal usulnya. Ancaman pidananya berupa penjara paling lama dua puluh tahun dan denda.",
           "en": "The article punishes anyone who places, transfers, takes abroad, changes the form of or exchanges assets known or reasonably suspected to derive from crime, in order to hide or disguise their origin. The penalty is up to twenty years' imprisonment and a fine."},
          "ML UNTOC-6"),
        P("6", {"id": "Pertanggungjawaban korporasi", "en": "Corporate liability"},
          {"id": "Apabila tindak pidana pencucian uang dilakukan oleh korporasi, pidana dijatuhkan terhadap korporasi dan/atau personel pengendali korporasi. Korporasi dipidana jika tindak pidana dilakukan atau diperintahkan oleh personel pengendali dan dilakukan untuk memberikan manfaat bagi korporasi.",
           "en": "Where money laundering is committed by a corporation, penalties are imposed on the corporation and/or its controlling personnel. The corporation is punished where the offence is committed or ordered by controlling personnel and is carried out for the corporation's benefit."},
          "ML LLP UNTOC-10"),
    ]),
    L("IDN", "uu-1-2006", {"id": "Undang-Undang Nomor 1 Tahun 2006 tentang Bantuan Timbal Balik dalam Masalah Pidana", "en": "Law No. 1 of 2006 on Mutual Legal Assistance in Criminal Matters"},
      "id", "act", "2006-03-03", [
        P("5", {"id": "Dasar pemberian bantuan", "en": "Basis for assistance"},
          {"id": "Bantuan timbal balik dalam masalah pidana dapat dilakukan berdasarkan perjanjian atau, jika belum ada perjanjian, atas dasar hubungan baik berdasarkan prinsip resiprositas. Menteri yang membidangi hukum bertindak sebagai otoritas pusat.",
           "en": "Mutual legal assistance in criminal matters may be given under a treaty or, where there is no treaty, on the basis of good relations and reciprocity. The minister responsible for legal affairs acts as the central authority."},
          "IC UNTOC-18"),
        P("6", {"id": "Penolakan permintaan bantuan", "en": "Refusal of requests for assistance"},
          {"id": "Permintaan bantuan ditolak jika berkaitan dengan penuntutan atas dasar suku, agama, ras, kebangsaan, atau pandangan politik, jika berkaitan dengan tindak pidana politik, atau jika pemberian bantuan akan merugikan kedaulatan, keamanan, atau kepentingan nasional.",
           "en": "A request is refused where it concerns prosecution on grounds of ethnicity, religion, race, nationality or political opinion, where it concerns a political offence, or where granting it would harm national sovereignty, security or interests."},
          "IC UNTOC-18"),
    ]),
]


def E(number, heading, text, tags=""):
    """A provision of an English-language law."""
    return P(number, {"en": heading}, {"en": text}, tags)


LAWS_EN = [
    L("GBR", "proceeds-of-crime-act-2002", {"en": "Proceeds of Crime Act 2002"}, "en", "act", "2002-07-24", [
        E("6", "Making of order", "Where a defendant convicted in the Crown Court has a criminal lifestyle or has benefited from particular criminal conduct, the court must determine the recoverable amount and make a confiscation order. The order is enforced as a debt, with a default term of imprisonment if it is not paid.", "ML CONF UNTOC-12 UNCAC-31"),
        E("327", "Concealing etc.", "A person commits an offence if he or she conceals, disguises, converts or transfers criminal property, or removes it from England and Wales, Scotland or Northern Ireland. A defence is available where an authorised disclosure was made to the National Crime Agency.", "ML UNTOC-6 UNCAC-23"),
        E("328", "Arrangements", "It is an offence to enter into or become concerned in an arrangement which the person knows or suspects facilitates the acquisition, retention, use or control of criminal property by or on behalf of another person.", "ML UNTOC-6"),
        E("329", "Acquisition, use and possession", "It is an offence to acquire, use or have possession of criminal property, unless adequate consideration was given for it or an authorised disclosure was made.", "ML UNTOC-6 UNCAC-23"),
    ]),
    L("GBR", "modern-slavery-act-2015", {"en": "Modern Slavery Act 2015"}, "en", "act", "2015-03-26", [
        E("2", "Human trafficking", "A person commits an offence by arranging or facilitating the travel of another person with a view to that person being exploited. The victim's consent to the travel is irrelevant, and the offence applies to conduct anywhere in the world by a UK national.", "TIP JUR TIPP-5"),
        E("45", "Defence for slavery or trafficking victims who commit an offence", "Victims of slavery or trafficking have a defence to many offences committed as a direct consequence of their exploitation, where a reasonable person in the same situation would have had no realistic alternative. The defence does not apply to the most serious violent and sexual offences.", "TIP VA TIPP-6"),
        E("54", "Transparency in supply chains etc.", "Commercial organisations above a turnover threshold that carry on business in the United Kingdom must publish an annual statement on the steps taken to ensure that slavery and human trafficking are not taking place in their supply chains or their own business.", "TIP PREV LLP TIPP-9"),
    ]),
    L("GBR", "bribery-act-2010", {"en": "Bribery Act 2010"}, "en", "act", "2010-04-08", [
        E("1", "Offences of bribing another person", "It is an offence to offer, promise or give a financial or other advantage intending to induce or reward the improper performance of a relevant function or activity. The offence covers both the public and the private sector.", "COR UNCAC-15 UNCAC-21"),
        E("6", "Bribery of foreign public officials", "A person who offers, promises or gives an advantage to a foreign public official, intending to influence the official in that capacity and to obtain or retain business or a business advantage, commits an offence.", "COR UNCAC-16"),
        E("7", "Failure of commercial organisations to prevent bribery", "A relevant commercial organisation is guilty of an offence if a person associated with it bribes another person intending to obtain or retain business for the organisation. It is a defence for the organisation to prove that it had adequate procedures in place to prevent such conduct.", "COR LLP PREV UNCAC-26"),
    ]),
    L("GBR", "computer-misuse-act-1990", {"en": "Computer Misuse Act 1990"}, "en", "act", "1990-06-29", [
        E("1", "Unauthorised access to computer material", "It is an offence to cause a computer to perform any function with intent to secure access to any program or data held in a computer, knowing that the access intended is unauthorised.", "CYB BUD-2"),
        E("4", "Territorial scope of offences", "An offence under the Act may be prosecuted where at least one significant link with the home country exists, for example where the accused or the targeted computer was in the United Kingdom at the relevant time.", "CYB JUR BUD-22"),
    ]),
    L("GBR", "crime-international-co-operation-act-2003", {"en": "Crime (International Co-operation) Act 2003"}, "en", "act", "2003-07-30", [
        E("7", "Requests for assistance in obtaining evidence abroad", "A judge, or a designated prosecuting authority, may request assistance in obtaining evidence located outside the United Kingdom for use in proceedings or an investigation. The request may be sent to a court or authority abroad or through the Secretary of State.", "IC UNTOC-18"),
        E("13", "Requests for assistance from overseas authorities", "Where a request for assistance in obtaining evidence is received from an overseas authority, it may be referred to a court to receive the evidence or to a prosecuting or investigating authority. Evidence may only be obtained if the conduct is an offence or the request relates to criminal proceedings abroad.", "IC UNTOC-18 UNCAC-46"),
    ]),
    L("GBR", "extradition-act-2003", {"en": "Extradition Act 2003"}, "en", "act", "2003-11-20", [
        E("79", "Bars to extradition", "At the extradition hearing the judge must decide whether extradition is barred by reason of the rule against double jeopardy, extraneous considerations, the passage of time, hostage-taking considerations or forum. If any bar applies, the person must be discharged.", "IC UNTOC-16"),
        E("87", "Human rights", "The judge must decide whether the person's extradition would be compatible with the Convention rights within the meaning of the Human Rights Act 1998. If it would not be compatible, the person must be discharged.", "IC UNTOC-16"),
    ]),
    L("USA", "title-18-united-states-code", {"en": "Title 18, United States Code — Crimes and Criminal Procedure"}, "en", "code", "1948-06-25", [
        E("981", "Civil forfeiture", "Property involved in money laundering, or derived from the proceeds of specified unlawful activity, including certain offences against a foreign nation, is subject to civil forfeiture to the United States. Forfeited property may be shared with a foreign country that participated in the seizure or forfeiture.", "ML CONF AR UNTOC-12 UNCAC-57"),
        E("1030", "Fraud and related activity in connection with computers", "The section penalises intentionally accessing a computer without authorisation, or exceeding authorised access, to obtain information, commit fraud or cause damage. Protected computers include those used in or affecting interstate or foreign commerce, including computers located outside the United States.", "CYB JUR BUD-2 BUD-4"),
        E("1591", "Sex trafficking of children or by force, fraud, or coercion", "It is an offence to recruit, entice, harbour, transport, provide, obtain, advertise, maintain, patronise or solicit a person, knowing that force, fraud or coercion will be used to cause the person to engage in a commercial sex act, or that the person is under 18. A mandatory minimum term of imprisonment applies.", "TIP TIPP-5"),
        E("1651", "Piracy under law of nations", "Whoever, on the high seas, commits the crime of piracy as defined by the law of nations, and is afterwards brought into or found in the United States, is punishable by imprisonment for life.", "PIR JUR"),
        E("1956", "Laundering of monetary instruments", "The section penalises conducting or attempting a financial transaction involving the proceeds of specified unlawful activity, knowing that the property is criminally derived, with intent to promote that activity or to conceal the nature, source, ownership or control of the proceeds. It also covers moving funds into or out of the United States for those purposes.", "ML UNTOC-6 UNCAC-23"),
        E("1962", "Prohibited activities (racketeering)", "It is unlawful to acquire or maintain an interest in, or to conduct or participate in the affairs of, an enterprise through a pattern of racketeering activity, or to conspire to do so. Predicate acts include bribery, drug trafficking, money laundering and trafficking in persons.", "OCG UNTOC-5"),
        E("3184", "Fugitives from foreign country to United States", "Where an extradition treaty exists, a judge or magistrate judge may, upon complaint, issue a warrant for a person charged with an extraditable offence in a foreign country. If the evidence is sufficient to sustain the charge under the treaty, the judge certifies the case to the Secretary of State, who decides on surrender.", "IC UNTOC-16"),
        E("3512", "Foreign requests for assistance in criminal investigations and prosecutions", "Upon application by an attorney for the Government, a federal judge may issue the orders needed to execute a request from a foreign authority, including search warrants and orders for the production of evidence or testimony. A person appointed as commissioner may take the testimony and collect the evidence.", "IC EE UNTOC-18"),
    ], cite="18 U.S.C. § {n}"),
    L("USA", "foreign-corrupt-practices-act-of-1977", {"en": "Foreign Corrupt Practices Act of 1977"}, "en", "act", "1977-12-19", [
        E("78dd-1", "Prohibited foreign trade practices by issuers", "Issuers of securities registered in the United States may not corruptly offer, pay, promise or authorise the payment of money or anything of value to a foreign official to influence an official act or secure an improper advantage in obtaining or retaining business.", "COR LLP UNCAC-16"),
        E("78dd-2", "Prohibited foreign trade practices by domestic concerns", "The same prohibition applies to domestic concerns, including US citizens, residents and businesses organised under US law, and to their officers, directors, employees and agents.", "COR UNCAC-16"),
    ], cite="15 U.S.C. § {n}"),
    L("USA", "lacey-act-amendments-of-1981", {"en": "Lacey Act Amendments of 1981"}, "en", "act", "1981-11-16", [
        E("3372", "Prohibited acts", "It is unlawful to import, export, transport, sell, receive, acquire or purchase any fish, wildlife or plant taken, possessed, transported or sold in violation of any law of the United States, of a State or of a foreign country. Falsely labelling such wildlife or plants is also prohibited.", "WLF JUR"),
        E("3373", "Penalties and sanctions", "Knowing violations involving the sale or purchase of wildlife or plants with a market value above the statutory threshold are felonies. Wildlife, plants and the vessels or vehicles used in the violation are subject to forfeiture.", "WLF CONF"),
    ], cite="16 U.S.C. § {n}"),
    L("CAN", "criminal-code", {"en": "Criminal Code (R.S.C., 1985, c. C-46)", "fr": "Code criminel (L.R.C. (1985), ch. C-46)"}, "en", "code", "1892-07-09", [
        P("99", {"en": "Weapons trafficking", "fr": "Trafic d'armes"},
          {"en": "Every person commits an offence who manufactures, transfers or offers to transfer a firearm, prohibited weapon, restricted weapon or ammunition knowing that they are not authorised to do so. A mandatory minimum sentence applies where firearms are involved.",
           "fr": "Commet une infraction quiconque fabrique, cède ou offre de céder une arme à feu, une arme prohibée, une arme à autorisation restreinte ou des munitions en sachant qu'il n'y est pas autorisé. Une peine minimale obligatoire s'applique lorsqu'il s'agit d'armes à feu."},
          "FIR FAP-5"),
        P("279.01", {"en": "Trafficking in persons", "fr": "Traite des personnes"},
          {"en": "It is an offence to recruit, transport, transfer, receive, hold, conceal or harbour a person, or exercise control, direction or influence over the person's movements, for the purpose of exploiting them. Consent of the victim is not a valid defence.",
           "fr": "Commet une infraction quiconque recrute, transporte, transfère, reçoit, détient, cache ou héberge une personne, ou exerce un contrôle, une direction ou une influence sur ses mouvements, en vue de l'exploiter. Le consentement de la victime ne constitue pas un moyen de défense valable."},
          "TIP TIPP-5"),
        E("342.1", "Unauthorized use of computer", "Every person who fraudulently and without colour of right obtains a computer service, intercepts a function of a computer system, or uses a computer system with intent to commit such an offence, is guilty of an offence.", "CYB BUD-2 BUD-3"),
        P("462.31", {"en": "Laundering proceeds of crime", "fr": "Recyclage des produits de la criminalité"},
          {"en": "It is an offence to use, transfer, send, deliver, transport, alter, dispose of or otherwise deal with property or its proceeds with intent to conceal or convert it, knowing or believing, or being reckless as to whether, it was derived from a designated offence.",
           "fr": "Commet une infraction quiconque utilise, transfère, envoie, livre, transporte, modifie ou aliène des biens ou leurs produits, ou en effectue toute autre opération, dans l'intention de les cacher ou de les convertir, sachant ou croyant qu'ils proviennent d'une infraction désignée, ou ne se souciant pas de savoir si tel est le cas."},
          "ML UNTOC-6"),
        E("467.11", "Participation in activities of criminal organization", "It is an offence to knowingly participate in or contribute to any activity of a criminal organisation for the purpose of enhancing its ability to facilitate or commit an indictable offence. The prosecution need not prove that the accused knew the identity of any member of the organisation.", "OCG UNTOC-5"),
    ], status="amended", cite="Criminal Code, s. {n}"),
    L("CAN", "mutual-legal-assistance-in-criminal-matters-act", {"en": "Mutual Legal Assistance in Criminal Matters Act (R.S.C., 1985, c. 30 (4th Supp.))", "fr": "Loi sur l'entraide juridique en matière criminelle (L.R.C. (1985), ch. 30 (4e suppl.))"},
      "en", "act", "1988-07-28", [
        E("11", "Search warrant on a foreign request", "When the Minister of Justice approves a request from a foreign State to have a search carried out in Canada, a competent authority applies to a judge for a search warrant. The judge may issue the warrant if satisfied that an offence has been committed under foreign law and that evidence will be found.", "IC UNTOC-18"),
        P("18", {"en": "Evidence-gathering order", "fr": "Ordonnance d'obtention d'éléments de preuve"},
          {"en": "On an ex parte application, a judge may order a person to attend to give evidence, or to produce documents or things, for transmission to the requesting State. The order may provide for the evidence to be taken by video link.",
           "fr": "Sur demande présentée ex parte, un juge peut ordonner à une personne de déposer ou de produire des documents ou des objets, en vue de leur transmission à l'État requérant. L'ordonnance peut prévoir que la déposition soit recueillie par liaison vidéo."},
          "IC EE UNTOC-18"),
    ], cite="Mutual Legal Assistance in Criminal Matters Act, s. {n}"),
    L("CAN", "extradition-act", {"en": "Extradition Act (S.C. 1999, c. 18)", "fr": "Loi sur l'extradition (L.C. 1999, ch. 18)"}, "en", "act", "1999-06-17", [
        E("3", "General principle", "A person may be extradited to an extradition partner for prosecution or for the imposition or enforcement of a sentence if the conduct would be punishable in Canada by at least two years' imprisonment and meets the partner's punishment threshold. The conduct, not its legal name, determines whether the dual criminality condition is met.", "IC UNTOC-16"),
        P("44", {"en": "Reasons for refusal", "fr": "Motifs de refus"},
          {"en": "The Minister must refuse surrender if it would be unjust or oppressive having regard to all the relevant circumstances, or if the request is made to prosecute or punish the person because of race, religion, nationality, sex, political opinion or similar grounds.",
           "fr": "Le ministre refuse l'extradition s'il est convaincu qu'elle serait injuste ou tyrannique compte tenu de toutes les circonstances, ou que la demande vise à poursuivre ou à punir l'intéressé pour des motifs fondés sur la race, la religion, la nationalité, le sexe ou les opinions politiques."},
          "IC UNTOC-16"),
    ], cite="Extradition Act, s. {n}"),
    L("JAM", "proceeds-of-crime-act-2007", {"en": "Proceeds of Crime Act, 2007"}, "en", "act", "2007-05-30", [
        E("5", "Forfeiture orders and pecuniary penalty orders", "Where a defendant is convicted, the court must consider whether the defendant has benefited from criminal conduct and may make a forfeiture order for property used in or derived from the offence, or a pecuniary penalty order for the value of the benefit.", "ML CONF UNTOC-12"),
        E("92", "Concealing, disguising or transferring criminal property", "It is an offence to engage in a transaction involving criminal property, or to conceal, disguise, convert, transfer or remove criminal property from Jamaica, knowing or having reasonable grounds to believe that it is criminal property.", "ML UNTOC-6"),
    ]),
    L("KEN", "proceeds-of-crime-and-anti-money-laundering-act-2009", {"en": "Proceeds of Crime and Anti-Money Laundering Act, 2009"}, "en", "act", "2009-12-31", [
        E("3", "Money laundering", "A person who knows or ought reasonably to have known that property is the proceeds of crime, and enters into an agreement or transaction in connection with it that has the effect of concealing its nature, source or location, or of enabling any person to avoid prosecution, commits an offence.", "ML UNTOC-6"),
        E("4", "Acquisition, possession or use of proceeds of crime", "It is an offence to acquire, use or possess property knowing or having reason to know that it is, or forms part of, the proceeds of crime of another person.", "ML UNTOC-6 UNCAC-23"),
        E("61", "Criminal forfeiture orders", "Where a person is convicted of an offence and the court finds that he or she has benefited from it, the court may, on application by the prosecution, order the forfeiture of property representing that benefit.", "ML CONF UNTOC-12"),
    ]),
    L("KEN", "mutual-legal-assistance-act-2011", {"en": "Mutual Legal Assistance Act, 2011"}, "en", "act", "2011-10-14", [
        E("5", "Central authority", "The Attorney-General is the central authority for making and receiving requests for legal assistance in criminal matters. Requests may be made on the basis of a treaty or, in its absence, on the basis of reciprocity.", "IC UNTOC-18 UNCAC-46"),
        E("11", "Refusal of requests", "A request may be refused where it relates to a political offence, where there are substantial grounds to believe that it was made to punish a person on discriminatory grounds, or where granting it would prejudice the sovereignty, security or public order of Kenya. Bank secrecy is not a ground for refusal.", "IC UNTOC-18 UNCAC-40"),
    ]),
    L("KEN", "counter-trafficking-in-persons-act-2010", {"en": "Counter-Trafficking in Persons Act, 2010"}, "en", "act", "2010-10-14", [
        E("3", "Trafficking in persons", "A person commits an offence if he or she recruits, transports, transfers, harbours or receives another person for the purpose of exploitation by means of threat, force, deception, abuse of power or of a position of vulnerability, or by giving payments to a person having control over the victim. The consent of the victim is immaterial.", "TIP TIPP-5"),
        E("15", "Assistance to victims", "Trafficking victims are to be given return, resettlement and reintegration support, appropriate shelter and medical and psychological services, and foreign victims may be granted permission to remain in Kenya.", "TIP VA TIPP-6 TIPP-7"),
    ]),
    L("KEN", "wildlife-conservation-and-management-act-2013", {"en": "Wildlife Conservation and Management Act, 2013"}, "en", "act", "2013-12-24", [
        E("92", "Offences relating to endangered and threatened species", "Any person who commits an offence in respect of an endangered or threatened species, or in respect of any trophy of such species, is liable to a heavy fine or to life imprisonment, or both.", "WLF"),
        E("95", "Offences relating to trophies and trophy dealing", "Any person who keeps, deals in or is found in possession of a wildlife trophy without a permit, or who fails to account for a trophy in his or her possession, commits an offence. Trophies and conveyances used in the offence may be forfeited to the State.", "WLF CONF"),
    ]),
    L("KEN", "merchant-shipping-act-2009", {"en": "Merchant Shipping Act, 2009"}, "en", "act", "2009-10-13", [
        E("369", "Interpretation of piracy and armed robbery against ships", "The Act defines piracy by reference to any illegal act of violence, detention or depredation committed for private ends by the crew or passengers of a private ship against another ship or persons on board, on the high seas or anywhere outside the jurisdiction of any State.", "PIR JUR"),
        E("371", "Offence of piracy", "Any person who commits an act of piracy is liable on conviction to life imprisonment. Kenyan courts may try such an offence whether it was committed in Kenya or elsewhere, and whether or not the ship or the accused is Kenyan.", "PIR JUR"),
    ]),
    L("NGA", "money-laundering-prevention-and-prohibition-act-2022", {"en": "Money Laundering (Prevention and Prohibition) Act, 2022"}, "en", "act", "2022-05-12", [
        E("18", "Money laundering offences", "A person commits the offence of money laundering if he or she conceals, disguises, converts, transfers, removes from Nigeria or acquires or uses funds or property, knowing or reasonably suspecting that they are the proceeds of unlawful activity. The offence can be established even where the predicate offence was committed outside Nigeria.", "ML JUR UNTOC-6"),
        E("22", "Liability of body corporate", "Where a body corporate is convicted of money laundering, it is liable to a fine and the court may order its winding up, with its assets forfeited to the Federal Government. Directors and officers who consented to the offence are also personally liable.", "ML LLP UNTOC-10"),
    ]),
    L("NGA", "money-laundering-prohibition-act-2011", {"en": "Money Laundering (Prohibition) Act, 2011"}, "en", "act", "2011-06-03", [
        E("1", "Limitation to make or accept cash payment", "The section prohibited cash payments or transfers above a fixed threshold other than through a financial institution. It was repealed together with the rest of the Act by the Money Laundering (Prevention and Prohibition) Act, 2022.", "ML PREV UNTOC-7"),
        E("15", "Money laundering offence", "The section made it an offence to conceal, remove, convert or transfer the proceeds of an illegal act, including offences under the drugs, corruption and advance fee fraud legislation.", "ML UNTOC-6"),
    ], status="repealed", url=False),
    L("NGA", "trafficking-in-persons-prohibition-enforcement-and-administration-act-2015", {"en": "Trafficking in Persons (Prohibition) Enforcement and Administration Act, 2015"}, "en", "act", "2015-03-26", [
        E("13", "Trafficking in persons", "Any person who recruits, transports, transfers, harbours or receives another person, by means of threat, force, fraud, deception or abuse of power, for the purpose of exploitation commits an offence punishable by a minimum term of imprisonment and a fine.", "TIP TIPP-5"),
        E("61", "Rights of trafficked persons", "Trafficked persons are entitled to protection and assistance, including shelter and medical and psychological care, and are not to be detained or prosecuted for offences related to their status as victims. The National Agency for the Prohibition of Trafficking in Persons coordinates this assistance.", "TIP VA TIPP-6"),
    ]),
    L("ZAF", "prevention-of-organised-crime-act-1998", {"en": "Prevention of Organised Crime Act 121 of 1998"}, "en", "act", "1998-12-09", [
        E("2", "Offences relating to racketeering activities", "Any person who receives, uses or invests property derived from a pattern of racketeering activity in an enterprise, or who manages or participates in the conduct of an enterprise through such a pattern, commits an offence punishable by a fine or life imprisonment.", "OCG UNTOC-5"),
        E("4", "Money laundering", "A person who knows or ought reasonably to have known that property is or forms part of the proceeds of unlawful activities commits an offence if he or she enters into any agreement or transaction in connection with it which has the effect of concealing its nature, source or location, or of enabling any person to avoid prosecution.", "ML UNTOC-6"),
        E("18", "Confiscation orders", "Whenever a defendant is convicted, the court may, on application by the public prosecutor, inquire into any benefit derived from the offence or related criminal activity and make a confiscation order for the amount it considers appropriate.", "ML CONF UNTOC-12"),
    ]),
    L("ZAF", "international-co-operation-in-criminal-matters-act-1996", {"en": "International Co-operation in Criminal Matters Act 75 of 1996"}, "en", "act", "1996-11-20", [
        E("2", "Issuing of letters of request", "A court or, during an investigation, the prosecuting authority may issue a letter of request seeking information or evidence from a foreign State for use in criminal proceedings in South Africa.", "IC UNTOC-18"),
        E("7", "Examination of witnesses", "On receipt of a request approved by the Minister, a magistrate may summon a witness to give evidence for use in a foreign State. The evidence is recorded and transmitted to the requesting State.", "IC UNTOC-18 UNCAC-46"),
    ]),
    L("ZAF", "prevention-and-combating-of-corrupt-activities-act-2004", {"en": "Prevention and Combating of Corrupt Activities Act 12 of 2004"}, "en", "act", "2004-04-27", [
        E("3", "General offence of corruption", "Any person who gives or accepts, or agrees or offers to give or accept, any gratification in order to act, or to influence another to act, in an illegal, dishonest, unauthorised or biased manner commits the general offence of corruption.", "COR UNCAC-15 UNCAC-21"),
        E("5", "Offences in respect of corrupt activities relating to foreign public officials", "It is an offence to give or offer any gratification to a foreign public official to induce the official to act or omit to act in relation to his or her functions, in order to obtain or retain business or an improper advantage.", "COR UNCAC-16"),
    ]),
    L("GHA", "mutual-legal-assistance-act-2010", {"en": "Mutual Legal Assistance Act, 2010 (Act 807)"}, "en", "act", "2010-07-19", [
        E("2", "Scope of assistance", "Ghana may provide and request assistance in criminal matters, including the taking of evidence, the service of documents, searches and seizures, the location of persons and the identification, tracing, freezing and confiscation of the proceeds of crime.", "IC CONF UNTOC-18 UNCAC-46"),
        E("7", "Refusal of request", "A request may be refused where it concerns a political offence, where it would prejudice the sovereignty or security of Ghana, or where the conduct would not be an offence under Ghanaian law. The absence of a treaty does not prevent assistance on the basis of reciprocity.", "IC UNTOC-18"),
    ]),
    L("UGA", "uganda-wildlife-act-2019", {"en": "Uganda Wildlife Act, 2019"}, "en", "act", "2019-05-13", [
        E("71", "Offences relating to protected species", "A person who hunts, takes, kills, possesses or deals in a protected species without authorisation commits an offence. Higher penalties apply where the species is listed as endangered or extremely endangered.", "WLF"),
        E("75", "Import, export and re-export of specimens", "The import, export, re-export or transit of wildlife specimens without a permit issued under the Act is prohibited, and the specimens and conveyances involved may be forfeited.", "WLF CONF"),
    ]),
    L("MUS", "piracy-and-maritime-violence-act-2011", {"en": "Piracy and Maritime Violence Act 2011"}, "en", "act", "2011-06-09", [
        E("3", "Piracy", "Any person who commits an act of piracy, as defined by reference to the United Nations Convention on the Law of the Sea, commits an offence and is liable on conviction to a long term of penal servitude.", "PIR"),
        E("5", "Jurisdiction of the courts of Mauritius", "The courts of Mauritius have jurisdiction over piracy committed on the high seas by any person, whatever his or her nationality and wherever the ship is registered, including suspects transferred to Mauritius by foreign naval forces.", "PIR JUR"),
    ]),
    L("IND", "prevention-of-money-laundering-act-2002", {"en": "Prevention of Money-laundering Act, 2002"}, "en", "act", "2003-01-17", [
        E("3", "Offence of money-laundering", "A person commits money-laundering by taking part, directly or indirectly, in any process or activity connected with the proceeds of crime, such as concealing, possessing, acquiring or using them, or presenting them as untainted property. The offence continues for as long as the person enjoys the proceeds.", "ML UNTOC-6"),
        E("5", "Attachment of property involved in money-laundering", "An authorised officer who has reason to believe that a person is in possession of proceeds of crime likely to be concealed or transferred may provisionally attach that property for up to 180 days, subject to confirmation by the Adjudicating Authority.", "ML CONF UNTOC-12"),
        E("57", "Letter of request to a contracting State", "Where an investigation requires evidence or property located in a contracting State, a Special Court may, on application, issue a letter of request to a court or authority in that State, transmitted through the Central Government.", "ML IC UNTOC-18"),
    ]),
    L("IND", "indian-penal-code-1860", {"en": "Indian Penal Code, 1860"}, "en", "code", "1860-10-06", [
        E("120B", "Punishment of criminal conspiracy", "The section punished parties to a criminal conspiracy to commit an offence, with penalties linked to those of the offence agreed upon. It was repealed with the rest of the Code when the Bharatiya Nyaya Sanhita, 2023 took effect on 1 July 2024.", "OCG"),
        E("370", "Trafficking of person", "The section defined trafficking as recruiting, transporting, harbouring, transferring or receiving a person by threats, force, coercion, abduction, fraud, abuse of power or inducement, for the purpose of exploitation, and provided for rigorous imprisonment. Its substance is carried forward in section 143 of the Bharatiya Nyaya Sanhita, 2023.", "TIP TIPP-5"),
    ], status="repealed", url=False),
    L("IND", "bharatiya-nyaya-sanhita-2023", {"en": "Bharatiya Nyaya Sanhita, 2023"}, "en", "code", "2023-12-25", [
        E("111", "Organised crime", "The section introduces a general offence of organised crime, covering continuing unlawful activity such as kidnapping, extortion, contract killing, economic offences, cybercrime and trafficking in persons, drugs or weapons, committed by a group or syndicate through violence, intimidation or other unlawful means for material benefit.", "OCG UNTOC-5 UNTOC-2"),
        E("113", "Terrorist act", "The section defines a terrorist act as conduct intended to threaten the unity, integrity, sovereignty, security or economic security of India, or to strike terror among the people, including by the use of explosives, firearms or hazardous substances.", "TER FIR"),
        E("143", "Trafficking of person", "Recruiting, transporting, harbouring, transferring or receiving a person for the purpose of exploitation, by means of threats, force, coercion, abduction, fraud, deception, abuse of power or inducement, is punishable with rigorous imprisonment. Higher minimum sentences apply where more than one person or a child is trafficked.", "TIP TIPP-5"),
    ]),
    L("PAK", "prevention-of-electronic-crimes-act-2016", {"en": "Prevention of Electronic Crimes Act, 2016"}, "en", "act", "2016-08-22", [
        E("3", "Unauthorized access to information system or data", "Whoever, with dishonest intention, gains unauthorised access to any information system or data is liable to imprisonment, a fine, or both.", "CYB BUD-2"),
        E("42", "International cooperation", "The Federal Government may, on receipt of a request, extend cooperation to a foreign government, a 24 x 7 network or a foreign agency for investigations or proceedings concerning offences related to information systems or data, and for the collection of electronic evidence. It may also forward information spontaneously where it would assist a foreign investigation.", "CYB IC EE BUD-26"),
    ]),
    L("PHL", "republic-act-9160", {"en": "Anti-Money Laundering Act of 2001 (Republic Act No. 9160)"}, "en", "act", "2001-09-29", [
        E("4", "Money laundering offense", "Money laundering is committed by any person who, knowing that a monetary instrument or property represents the proceeds of an unlawful activity, transacts or attempts to transact it, converts, transfers, disposes of or conceals it, or facilitates such acts. Covered persons who knowingly fail to report covered or suspicious transactions may also be liable.", "ML UNTOC-6"),
        E("13", "Mutual assistance among States", "Where a foreign State requests assistance in investigating or prosecuting money laundering, the Anti-Money Laundering Council may obtain information and apply to the court for freezing, forfeiture or production orders. Requests are executed in accordance with Philippine procedure.", "ML IC CONF UNTOC-18"),
    ], cite="Republic Act No. 9160, sec. {n}"),
    L("PHL", "republic-act-10175", {"en": "Cybercrime Prevention Act of 2012 (Republic Act No. 10175)"}, "en", "act", "2012-09-12", [
        E("4", "Cybercrime offenses", "The section lists offences against the confidentiality, integrity and availability of computer data and systems, such as illegal access, illegal interception, data and system interference and misuse of devices, as well as computer-related forgery, fraud and identity theft, and content-related offences.", "CYB BUD-2 BUD-3 BUD-8"),
        E("13", "Preservation of computer data", "Service providers must preserve traffic data and subscriber information for at least six months from the date of the transaction, and content data for six months from receipt of an order from law enforcement. The period may be extended once upon a further order.", "CYB EE BUD-16"),
        E("22", "General principles relating to international cooperation", "Relevant international instruments, arrangements based on reciprocal legislation and domestic laws are to be given full force and effect, to the widest extent possible, for investigations or proceedings concerning offences related to computer systems and data, and for the collection of electronic evidence.", "CYB IC EE BUD-23"),
    ], cite="Republic Act No. 10175, sec. {n}"),
    L("SGP", "corruption-drug-trafficking-and-other-serious-crimes-act", {"en": "Corruption, Drug Trafficking and Other Serious Crimes (Confiscation of Benefits) Act 1992"}, "en", "act", "1992-11-30", [
        E("51", "Assisting another to retain benefits from criminal conduct", "It is an offence to enter into or be concerned in an arrangement knowing or having reasonable grounds to believe that it facilitates another person's retention or control of benefits of criminal conduct, or that the funds are used to secure property or make investments for that person.", "ML UNTOC-6"),
        E("54", "Concealing, converting or transferring benefits of criminal conduct", "A person who conceals, disguises, converts, transfers or removes from the jurisdiction property that represents, in whole or in part, his or her own or another person's benefits from criminal conduct commits an offence. Offences committed by non-individuals attract higher fines.", "ML LLP UNTOC-6 UNCAC-23"),
    ]),
    L("SGP", "prevention-of-corruption-act-1960", {"en": "Prevention of Corruption Act 1960"}, "en", "act", "1960-06-17", [
        E("6", "Punishment for corrupt transactions with agents", "It is an offence for an agent to corruptly accept or obtain any gratification as an inducement or reward for doing or forbearing to do any act in relation to the principal's affairs, and for any person to corruptly give or offer such gratification to an agent.", "COR UNCAC-21"),
        E("37", "Liability of citizens of Singapore for offences committed outside Singapore", "A citizen of Singapore who commits an offence under the Act outside Singapore may be dealt with as if the offence had been committed within Singapore.", "COR JUR UNCAC-42"),
    ]),
    L("MYS", "anti-trafficking-in-persons-and-anti-smuggling-of-migrants-act-2007", {"en": "Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 (Act 670)"}, "en", "act", "2007-07-26", [
        E("12", "Offence of trafficking in persons", "Any person who traffics in a person, not being a child, for the purpose of exploitation commits an offence punishable by imprisonment and a fine. Higher penalties apply where the trafficking is carried out by threat, force, abduction, fraud, deception or abuse of power.", "TIP TIPP-5"),
        E("26A", "Smuggling of migrants", "Any person who smuggles a migrant commits an offence. Aggravated forms, including where the migrant is subjected to inhuman treatment or where death results, attract heavier punishment.", "SOM SOMP-6"),
    ]),
    L("AUS", "criminal-code-act-1995", {"en": "Criminal Code Act 1995"}, "en", "act", "1995-03-15", [
        E("70.2", "Bribing a foreign public official", "A person commits an offence by providing, offering or promising a benefit not legitimately due to another person, with the intention of improperly influencing a foreign public official in order to obtain or retain business or a business or personal advantage.", "COR UNCAC-16"),
        E("73.1", "Offence of people smuggling", "A person commits an offence by organising or facilitating the bringing or coming to Australia, or the entry or proposed entry into Australia, of another person who is not a citizen and has no lawful right to come to Australia.", "SOM SOMP-6"),
        E("271.2", "Offence of trafficking in persons", "It is an offence to organise or facilitate the entry, proposed entry, receipt or exit of a person into or out of Australia by using coercion, threat or deception. It is also an offence where the organiser is reckless as to whether the person will be exploited.", "TIP TIPP-5"),
        E("400.3", "Dealing in proceeds of crime—money or property worth $1,000,000 or more", "A person commits an offence by dealing with money or property worth one million dollars or more that is, and that the person believes to be, proceeds of crime, or that the person intends to become an instrument of crime. Lower value thresholds and lesser fault elements are covered by the following sections.", "ML UNTOC-6"),
        E("477.1", "Unauthorised access, modification or impairment with intent to commit a serious offence", "It is an offence to cause unauthorised access to, modification of or impairment of data held in a computer, by means of a telecommunications service, intending to commit or facilitate a serious offence.", "CYB BUD-2"),
    ], cite="Criminal Code (Cth), s. {n}"),
    L("AUS", "mutual-assistance-in-criminal-matters-act-1987", {"en": "Mutual Assistance in Criminal Matters Act 1987"}, "en", "act", "1987-06-05", [
        E("8", "Refusal of assistance", "A request by a foreign country must be refused in specified cases, for example where it relates to a political offence, where there are substantial grounds for believing that it was made to prosecute a person on discriminatory grounds, or where the person could face the death penalty unless special circumstances exist. Other requests may be refused at the Attorney-General's discretion.", "IC UNTOC-18"),
        E("13", "Requests by foreign countries for evidence and documents", "Where a foreign country requests that evidence be taken or documents produced in Australia, the Attorney-General may authorise a magistrate to take the evidence or receive the documents and send them to the foreign country.", "IC UNTOC-18"),
    ]),
    L("AUS", "proceeds-of-crime-act-2002", {"en": "Proceeds of Crime Act 2002"}, "en", "act", "2002-10-11", [
        E("48", "Forfeiture orders—conviction based", "A court must make an order forfeiting specified property to the Commonwealth if a person has been convicted of an indictable offence and the court is satisfied that the property is proceeds or an instrument of that offence.", "CONF UNTOC-12"),
        E("49", "Forfeiture orders—civil", "Property may also be forfeited without a conviction where the court is satisfied that it is proceeds of certain indictable offences, foreign indictable offences or Commonwealth offences, or an instrument of a serious offence.", "CONF AR UNCAC-54"),
    ]),
    L("NZL", "crimes-act-1961", {"en": "Crimes Act 1961"}, "en", "act", "1961-11-01", [
        E("92", "Piracy", "Everyone who commits piracy is liable to imprisonment for a term not exceeding 14 years. New Zealand courts may exercise jurisdiction over piracy wherever committed.", "PIR JUR"),
        E("98D", "Trafficking in persons", "It is an offence to arrange, organise or procure the entry or exit of a person into or out of New Zealand, or the reception, recruitment, transport, transfer, concealment or harbouring of a person in New Zealand or elsewhere, for the purpose of exploitation or by means of coercion or deception.", "TIP TIPP-5"),
        E("243", "Money laundering", "Everyone is liable who, in respect of property that is the proceeds of an offence, engages in a money laundering transaction knowing or believing that it is such proceeds, or being reckless as to that fact. Possessing such property with intent to engage in such a transaction is a separate offence.", "ML UNTOC-6"),
        E("249", "Accessing computer system for dishonest purpose", "It is an offence to access any computer system, directly or indirectly, and thereby dishonestly or by deception and without claim of right obtain any property, benefit or advantage, or cause loss to another person.", "CYB BUD-2 BUD-8"),
    ]),
    L("NZL", "mutual-assistance-in-criminal-matters-act-1992", {"en": "Mutual Assistance in Criminal Matters Act 1992"}, "en", "act", "1992-04-02", [
        E("25", "Requests by foreign countries", "A foreign country may request the Attorney-General to assist in a criminal matter, including obtaining evidence, locating persons, arranging the attendance of witnesses, carrying out searches and enforcing foreign forfeiture orders.", "IC CONF UNTOC-18"),
        E("27", "Refusal of assistance", "The Attorney-General must refuse a request in specified circumstances, such as where it relates to a political offence or would prejudice the sovereignty, security or national interests of New Zealand, and may refuse it in others, such as where dual criminality is not met.", "IC UNTOC-18"),
    ]),
    L("FJI", "crimes-act-2009", {"en": "Crimes Act 2009"}, "en", "act", "2009-11-05", [
        E("111", "Trafficking in persons", "A person commits an offence if he or she organises or facilitates the entry or proposed entry, or the receipt, of another person into Fiji using force, threats or deception, or intending or being reckless as to whether the person will be exploited.", "TIP TIPP-5"),
        E("120", "People smuggling", "A person commits an offence by organising or facilitating the entry or proposed entry into Fiji or another country of a person who is not a citizen or permanent resident of that country, in breach of its immigration laws.", "SOM SOMP-6"),
    ]),
    L("PNG", "criminal-code-act-1974", {"en": "Criminal Code Act 1974"}, "en", "act", "1974-08-12", [
        E("208C", "Trafficking in persons", "A person who recruits, transports, transfers, conceals or harbours, or receives another person for the purpose of exploitation, by threat, force, deception, abuse of power or of a position of vulnerability, commits a crime. The consent of the victim is irrelevant.", "TIP TIPP-5"),
        E("508B", "Money laundering", "A person who engages in a transaction involving property that is proceeds of crime, or receives, possesses, conceals or disposes of such property, knowing or being reckless as to whether it is proceeds of crime, commits a crime.", "ML UNTOC-6"),
    ], status="amended"),
    L("WSM", "crimes-act-2013", {"en": "Crimes Act 2013"}, "en", "act", "2013-05-02", [
        E("154", "Trafficking in people", "A person who arranges, organises or procures the entry of another person into Samoa, or that person's reception, concealment or harbouring, by coercion or deception or for the purpose of exploitation, commits a crime.", "TIP TIPP-5"),
        E("156", "Smuggling of migrants", "A person who, for material benefit, arranges the unauthorised entry into Samoa or any other State of a person who is not a citizen or permanent resident of that State commits a crime.", "SOM SOMP-6"),
    ]),
    L("TON", "money-laundering-and-proceeds-of-crime-act-2000", {"en": "Money Laundering and Proceeds of Crime Act 2000"}, "en", "act", "2000-10-16", [
        E("17", "Offence of money laundering", "A person who engages in a transaction involving money or property that is proceeds of crime, or who receives, possesses, conceals or disposes of such proceeds, knowing or having reasonable grounds to believe that they derive from a serious offence, commits an offence.", "ML UNTOC-6"),
        E("30", "Forfeiture orders", "Where a person is convicted of a serious offence, the court may order the forfeiture of tainted property, including property located abroad, and may give effect to foreign forfeiture orders at the request of another State.", "ML CONF IC UNTOC-12 UNTOC-13"),
    ]),
]

LAWS = LAWS_FR + LAWS_ES + LAWS_RU + LAWS_ZH + LAWS_JA_KO + LAWS_AR + LAWS_OTHER + LAWS_EN

REPEALED_ON = {
    ("IND", "indian-penal-code-1860"): "2024-07-01",
    ("NGA", "money-laundering-prohibition-act-2011"): "2022-05-12",
    ("ARE", "qanun-ittihadi-4-2002"): "2018-10-30",
}

# --------------------------------------------------------------------------
# Case law vocabularies (all demo wording)
# --------------------------------------------------------------------------

# Counterpart States: English (with article where usage needs one), French nominative and
# "de" form, Spanish nominative and "de" form, Russian nominative and genitive.
_PARTNERS = """
DEU|Germany|Allemagne|de l'Allemagne|Alemania|de Alemania|Германия|Германии
ESP|Spain|Espagne|de l'Espagne|España|de España|Испания|Испании
FRA|France|France|de la France|Francia|de Francia|Франция|Франции
ITA|Italy|Italie|de l'Italie|Italia|de Italia|Италия|Италии
NLD|the Netherlands|Pays-Bas|des Pays-Bas|Países Bajos|de los Países Bajos|Нидерланды|Нидерландов
BEL|Belgium|Belgique|de la Belgique|Bélgica|de Bélgica|Бельгия|Бельгии
GBR|the United Kingdom|Royaume-Uni|du Royaume-Uni|Reino Unido|del Reino Unido|Соединённое Королевство|Соединённого Королевства
CHE|Switzerland|Suisse|de la Suisse|Suiza|de Suiza|Швейцария|Швейцарии
PRT|Portugal|Portugal|du Portugal|Portugal|de Portugal|Португалия|Португалии
POL|Poland|Pologne|de la Pologne|Polonia|de Polonia|Польша|Польши
ROU|Romania|Roumanie|de la Roumanie|Rumania|de Rumania|Румыния|Румынии
UKR|Ukraine|Ukraine|de l'Ukraine|Ucrania|de Ucrania|Украина|Украины
RUS|the Russian Federation|Fédération de Russie|de la Fédération de Russie|Federación de Rusia|de la Federación de Rusia|Российская Федерация|Российской Федерации
TUR|Türkiye|Türkiye|de la Türkiye|Türkiye|de Türkiye|Турция|Турции
GRC|Greece|Grèce|de la Grèce|Grecia|de Grecia|Греция|Греции
FIN|Finland|Finlande|de la Finlande|Finlandia|de Finlandia|Финляндия|Финляндии
LTU|Lithuania|Lituanie|de la Lituanie|Lituania|de Lituania|Литва|Литвы
LVA|Latvia|Lettonie|de la Lettonie|Letonia|de Letonia|Латвия|Латвии
USA|the United States|États-Unis|des États-Unis|Estados Unidos|de los Estados Unidos|Соединённые Штаты Америки|Соединённых Штатов Америки
CAN|Canada|Canada|du Canada|Canadá|del Canadá|Канада|Канады
MEX|Mexico|Mexique|du Mexique|México|de México|Мексика|Мексики
GTM|Guatemala|Guatemala|du Guatemala|Guatemala|de Guatemala|Гватемала|Гватемалы
HND|Honduras|Honduras|du Honduras|Honduras|de Honduras|Гондурас|Гондураса
SLV|El Salvador|El Salvador|d'El Salvador|El Salvador|de El Salvador|Сальвадор|Сальвадора
PAN|Panama|Panama|du Panama|Panamá|de Panamá|Панама|Панамы
COL|Colombia|Colombie|de la Colombie|Colombia|de Colombia|Колумбия|Колумбии
ECU|Ecuador|Équateur|de l'Équateur|Ecuador|del Ecuador|Эквадор|Эквадора
PER|Peru|Pérou|du Pérou|Perú|del Perú|Перу|Перу
BRA|Brazil|Brésil|du Brésil|Brasil|del Brasil|Бразилия|Бразилии
ARG|Argentina|Argentine|de l'Argentine|Argentina|de la Argentina|Аргентина|Аргентины
CHL|Chile|Chili|du Chili|Chile|de Chile|Чили|Чили
BOL|the Plurinational State of Bolivia|État plurinational de Bolivie|de l'État plurinational de Bolivie|Estado Plurinacional de Bolivia|del Estado Plurinacional de Bolivia|Многонациональное Государство Боливия|Многонационального Государства Боливия
PRY|Paraguay|Paraguay|du Paraguay|Paraguay|del Paraguay|Парагвай|Парагвая
CHN|China|Chine|de la Chine|China|de China|Китай|Китая
IND|India|Inde|de l'Inde|India|de la India|Индия|Индии
PAK|Pakistan|Pakistan|du Pakistan|Pakistán|del Pakistán|Пакистан|Пакистана
AFG|Afghanistan|Afghanistan|de l'Afghanistan|Afganistán|del Afganistán|Афганистан|Афганистана
NPL|Nepal|Népal|du Népal|Nepal|de Nepal|Непал|Непала
THA|Thailand|Thaïlande|de la Thaïlande|Tailandia|de Tailandia|Таиланд|Таиланда
VNM|Viet Nam|Viet Nam|du Viet Nam|Viet Nam|de Viet Nam|Вьетнам|Вьетнама
MYS|Malaysia|Malaisie|de la Malaisie|Malasia|de Malasia|Малайзия|Малайзии
SGP|Singapore|Singapour|de Singapour|Singapur|de Singapur|Сингапур|Сингапура
IDN|Indonesia|Indonésie|de l'Indonésie|Indonesia|de Indonesia|Индонезия|Индонезии
PHL|the Philippines|Philippines|des Philippines|Filipinas|de Filipinas|Филиппины|Филиппин
JPN|Japan|Japon|du Japon|Japón|del Japón|Япония|Японии
MMR|Myanmar|Myanmar|du Myanmar|Myanmar|de Myanmar|Мьянма|Мьянмы
LAO|the Lao People's Democratic Republic|République démocratique populaire lao|de la République démocratique populaire lao|República Democrática Popular Lao|de la República Democrática Popular Lao|Лаосская Народно-Демократическая Республика|Лаосской Народно-Демократической Республики
KHM|Cambodia|Cambodge|du Cambodge|Camboya|de Camboya|Камбоджа|Камбоджи
KAZ|Kazakhstan|Kazakhstan|du Kazakhstan|Kazajstán|de Kazajstán|Казахстан|Казахстана
UZB|Uzbekistan|Ouzbékistan|de l'Ouzbékistan|Uzbekistán|de Uzbekistán|Узбекистан|Узбекистана
KGZ|Kyrgyzstan|Kirghizistan|du Kirghizistan|Kirguistán|de Kirguistán|Кыргызстан|Кыргызстана
BLR|Belarus|Bélarus|du Bélarus|Belarús|de Belarús|Беларусь|Беларуси
ARE|the United Arab Emirates|Émirats arabes unis|des Émirats arabes unis|Emiratos Árabes Unidos|de los Emiratos Árabes Unidos|Объединённые Арабские Эмираты|Объединённых Арабских Эмиратов
SAU|Saudi Arabia|Arabie saoudite|de l'Arabie saoudite|Arabia Saudita|de Arabia Saudita|Саудовская Аравия|Саудовской Аравии
QAT|Qatar|Qatar|du Qatar|Qatar|de Qatar|Катар|Катара
JOR|Jordan|Jordanie|de la Jordanie|Jordania|de Jordania|Иордания|Иордании
LBN|Lebanon|Liban|du Liban|Líbano|del Líbano|Ливан|Ливана
SYR|the Syrian Arab Republic|République arabe syrienne|de la République arabe syrienne|República Árabe Siria|de la República Árabe Siria|Сирийская Арабская Республика|Сирийской Арабской Республики
IRQ|Iraq|Iraq|de l'Iraq|Iraq|del Iraq|Ирак|Ирака
EGY|Egypt|Égypte|de l'Égypte|Egipto|de Egipto|Египет|Египта
LBY|Libya|Libye|de la Libye|Libia|de Libia|Ливия|Ливии
SDN|the Sudan|Soudan|du Soudan|Sudán|del Sudán|Судан|Судана
TUN|Tunisia|Tunisie|de la Tunisie|Túnez|de Túnez|Тунис|Туниса
DZA|Algeria|Algérie|de l'Algérie|Argelia|de Argelia|Алжир|Алжира
MAR|Morocco|Maroc|du Maroc|Marruecos|de Marruecos|Марокко|Марокко
NGA|Nigeria|Nigéria|du Nigéria|Nigeria|de Nigeria|Нигерия|Нигерии
GHA|Ghana|Ghana|du Ghana|Ghana|de Ghana|Гана|Ганы
SEN|Senegal|Sénégal|du Sénégal|Senegal|del Senegal|Сенегал|Сенегала
CIV|Côte d'Ivoire|Côte d'Ivoire|de la Côte d'Ivoire|Côte d'Ivoire|de Côte d'Ivoire|Кот-д'Ивуар|Кот-д'Ивуара
MLI|Mali|Mali|du Mali|Malí|de Malí|Мали|Мали
GMB|the Gambia|Gambie|de la Gambie|Gambia|de Gambia|Гамбия|Гамбии
BFA|Burkina Faso|Burkina Faso|du Burkina Faso|Burkina Faso|de Burkina Faso|Буркина-Фасо|Буркина-Фасо
NER|the Niger|Niger|du Niger|Níger|del Níger|Нигер|Нигера
TCD|Chad|Tchad|du Tchad|Chad|del Chad|Чад|Чада
GAB|Gabon|Gabon|du Gabon|Gabón|del Gabón|Габон|Габона
KEN|Kenya|Kenya|du Kenya|Kenya|de Kenya|Кения|Кении
UGA|Uganda|Ouganda|de l'Ouganda|Uganda|de Uganda|Уганда|Уганды
TZA|the United Republic of Tanzania|République-Unie de Tanzanie|de la République-Unie de Tanzanie|República Unida de Tanzanía|de la República Unida de Tanzanía|Объединённая Республика Танзания|Объединённой Республики Танзания
SOM|Somalia|Somalie|de la Somalie|Somalia|de Somalia|Сомали|Сомали
ZAF|South Africa|Afrique du Sud|de l'Afrique du Sud|Sudáfrica|de Sudáfrica|Южная Африка|Южной Африки
MOZ|Mozambique|Mozambique|du Mozambique|Mozambique|de Mozambique|Мозамбик|Мозамбика
SYC|Seychelles|Seychelles|des Seychelles|Seychelles|de Seychelles|Сейшельские Острова|Сейшельских Островов
AUS|Australia|Australie|de l'Australie|Australia|de Australia|Австралия|Австралии
NZL|New Zealand|Nouvelle-Zélande|de la Nouvelle-Zélande|Nueva Zelandia|de Nueva Zelandia|Новая Зеландия|Новой Зеландии
FJI|Fiji|Fidji|des Fidji|Fiji|de Fiji|Фиджи|Фиджи
PNG|Papua New Guinea|Papouasie-Nouvelle-Guinée|de la Papouasie-Nouvelle-Guinée|Papua Nueva Guinea|de Papua Nueva Guinea|Папуа — Новая Гвинея|Папуа — Новой Гвинеи
"""
AR_NAME_OVERRIDES = {"CIV": "كوت ديفوار", "MMR": "ميانمار"}
PARTNER = {}
for _line in _PARTNERS.strip().splitlines():
    _iso, _en, _frn, _frde, _esn, _esde, _run, _rug = _line.split("|")
    _names = COUNTRIES[_iso]["names"]
    PARTNER[_iso] = {
        "en": _en, "fr": fr_typo(_frn), "fr_de": fr_typo(_frde), "es": _esn.replace("'", "\u2019"),
        "es_de": _esde.replace("'", "\u2019"), "ru": _run.replace("'", "\u2019"), "ru_gen": _rug.replace("'", "\u2019"),
        "ar": AR_NAME_OVERRIDES.get(_iso, _names["ar"]), "zh": _names["zh"],
    }


def join_names(lang: str, isos) -> str:
    key = {"fr": "fr_de", "es": "es_de", "ru": "ru_gen"}.get(lang, lang)
    names = [PARTNER[i][key] for i in isos]
    if len(names) == 1:
        return names[0]
    if lang == "ar":
        return names[0] + "".join(" و" + n for n in names[1:])
    if lang == "zh":
        return "、".join(names[:-1]) + "和" + names[-1]
    conj = {"en": " and ", "fr": " et ", "es": " y ", "ru": " и "}[lang]
    return ", ".join(names[:-1]) + conj + names[-1]


# States that appear in the case law, with their usual partners, courts and case-title style.
# courts: (trial courts, appellate courts, courts deciding on extradition and assistance requests)
class CaseState:
    def __init__(self, iso, lang, partners, trial, appeal, coop=None, pros=None, pros_en=None):
        self.iso = iso
        self.lang = lang
        self.partners = partners.split()
        self.trial = trial
        self.appeal = appeal
        self.coop = coop or appeal
        self.pros = pros
        self.pros_en = pros_en


CS = [
    # ---- English
    CaseState("GBR", "en", "FRA NLD ESP POL ROU NGA IND PAK USA ARE",
              ["Crown Court at Southwark", "Crown Court at Birmingham", "Central Criminal Court", "Crown Court at Liverpool"],
              ["Court of Appeal (Criminal Division)"], ["Westminster Magistrates' Court", "High Court of Justice (Administrative Court)"], pros="R v X and others"),
    CaseState("USA", "en", "MEX COL CAN GBR CHN IND NGA BRA ARE DEU",
              ["United States District Court for the Southern District of New York", "United States District Court for the Southern District of Florida",
               "United States District Court for the District of Columbia", "United States District Court for the Eastern District of Virginia"],
              ["United States Court of Appeals for the Second Circuit", "United States Court of Appeals for the Eleventh Circuit"],
              ["United States District Court for the Southern District of Texas", "United States District Court for the Central District of California"],
              pros="United States v. X et al."),
    CaseState("CAN", "en", "USA GBR CHN IND MEX FRA", ["Ontario Superior Court of Justice", "Supreme Court of British Columbia"],
              ["Court of Appeal for Ontario", "Court of Appeal for British Columbia"], ["Superior Court of Quebec", "Ontario Superior Court of Justice"], pros="R. v. X et al."),
    CaseState("JAM", "en", "USA GBR CAN COL", ["Supreme Court of Judicature of Jamaica"], ["Court of Appeal of Jamaica"], pros="R v X and others"),
    CaseState("KEN", "en", "UGA TZA SOM ZAF CHN ARE GBR IND", ["High Court of Kenya at Nairobi", "High Court of Kenya at Mombasa", "Chief Magistrate's Court at Mombasa"],
              ["Court of Appeal of Kenya"], ["High Court of Kenya at Nairobi"], pros="Republic v X and others"),
    CaseState("NGA", "en", "GHA GBR USA ZAF ITA ARE", ["Federal High Court, Lagos Judicial Division", "Federal High Court, Abuja Judicial Division"],
              ["Court of Appeal, Lagos Division"], ["Federal High Court, Abuja Judicial Division"], pros="Federal Republic of Nigeria v X and others"),
    CaseState("ZAF", "en", "MOZ NGA CHN VNM GBR ARE KEN", ["High Court of South Africa, Gauteng Division, Pretoria", "Western Cape Division of the High Court, Cape Town", "Regional Court, Durban"],
              ["Supreme Court of Appeal of South Africa"], ["Magistrate's Court, Johannesburg"], pros="S v X and others"),
    CaseState("GHA", "en", "NGA CIV GBR USA CHN", ["High Court of Justice (Financial and Economic Crimes Division), Accra"], ["Court of Appeal of Ghana"], pros="The Republic v X and others"),
    CaseState("UGA", "en", "KEN TZA ARE CHN ZAF", ["Standards, Utilities and Wildlife Court, Kampala", "High Court of Uganda (International Crimes Division)"],
              ["Court of Appeal of Uganda"], pros="Uganda v X and others"),
    CaseState("MUS", "en", "SOM SYC FRA IND ZAF KEN", ["Intermediate Court of Mauritius", "Supreme Court of Mauritius"], ["Court of Criminal Appeal of Mauritius"], pros="The State v X and others"),
    CaseState("IND", "en", "ARE GBR USA SGP NPL MYS THA", ["Special Court (PMLA), Mumbai", "Court of the Additional Sessions Judge, Patiala House, New Delhi"],
              ["High Court of Delhi", "High Court of Bombay"], ["Court of the Chief Metropolitan Magistrate, Patiala House, New Delhi"], pros="State v X and others"),
    CaseState("PAK", "en", "ARE SAU GBR AFG TUR", ["Anti-Terrorism Court, Islamabad", "Court of the Special Judge (Central), Karachi"], ["Islamabad High Court", "Sindh High Court"], pros="The State v X and others"),
    CaseState("PHL", "en", "MYS SGP USA AUS CHN JPN", ["Regional Trial Court of Manila", "Regional Trial Court of Pasay City"], ["Court of Appeals of the Philippines"], pros="People of the Philippines v. X et al."),
    CaseState("SGP", "en", "MYS IDN CHN IND AUS GBR CHE", ["State Courts of Singapore", "General Division of the High Court of Singapore"], ["Court of Appeal of the Republic of Singapore"], pros="Public Prosecutor v X and others"),
    CaseState("MYS", "en", "IDN THA SGP MMR CHN VNM", ["Sessions Court, Kuala Lumpur", "High Court of Malaya at Kuala Lumpur"], ["Court of Appeal of Malaysia"], pros="Public Prosecutor v X and others"),
    CaseState("AUS", "en", "IDN NZL MYS CHN VNM GBR USA", ["Supreme Court of New South Wales", "County Court of Victoria", "District Court of Western Australia"],
              ["Court of Criminal Appeal of New South Wales", "Court of Appeal of the Supreme Court of Victoria"], ["Federal Court of Australia"], pros="R v X and others"),
    CaseState("NZL", "en", "AUS USA CHN FJI GBR", ["High Court of New Zealand, Auckland", "District Court at Auckland"], ["Court of Appeal of New Zealand"], pros="R v X and others"),
    CaseState("FJI", "en", "AUS NZL CHN PNG", ["High Court of Fiji at Suva"], ["Court of Appeal of Fiji"], pros="State v X and others"),
    CaseState("PNG", "en", "AUS IDN CHN FJI", ["National Court of Justice of Papua New Guinea"], ["Supreme Court of Justice of Papua New Guinea"], pros="The State v X and others"),
    CaseState("WSM", "en", "NZL AUS USA FJI", ["Supreme Court of Samoa"], ["Court of Appeal of Samoa"], pros="Police v X and others"),
    CaseState("TON", "en", "NZL AUS USA FJI", ["Supreme Court of Tonga"], ["Court of Appeal of Tonga"], pros="R v X and others"),
    # ---- French
    CaseState("FRA", "fr", "ESP BEL DEU ITA NLD MAR SEN CIV GBR CHE",
              ["Tribunal correctionnel de Paris", "Tribunal correctionnel de Marseille", "Tribunal correctionnel de Lille", "Tribunal correctionnel de Lyon"],
              ["Cour d'appel de Paris", "Cour d'appel d'Aix-en-Provence", "Cour de cassation, chambre criminelle"],
              ["Chambre de l'instruction de la cour d'appel de Paris", "Chambre de l'instruction de la cour d'appel de Lyon"]),
    CaseState("BEL", "fr", "NLD FRA DEU MAR ROU", ["Tribunal correctionnel de Bruxelles", "Tribunal correctionnel de Liège", "Tribunal correctionnel de Charleroi"],
              ["Cour d'appel de Bruxelles", "Cour d'appel de Liège"], ["Chambre du conseil du tribunal de première instance de Bruxelles"]),
    CaseState("SEN", "fr", "FRA GMB MLI ESP MAR CIV", ["Tribunal de grande instance hors classe de Dakar"], ["Cour d'appel de Dakar"], ["Chambre d'accusation de la Cour d'appel de Dakar"]),
    CaseState("CIV", "fr", "BFA GHA NGA FRA SEN", ["Tribunal de première instance d'Abidjan-Plateau"], ["Cour d'appel d'Abidjan"], ["Chambre de l'instruction de la Cour d'appel d'Abidjan"]),
    CaseState("CMR", "fr", "NGA TCD GAB CHN FRA", ["Tribunal criminel spécial", "Tribunal de grande instance du Mfoundi"], ["Cour d'appel du Centre", "Cour suprême du Cameroun"]),
    # ---- Spanish
    CaseState("ESP", "es", "MAR COL FRA PRT ITA NLD ARG MEX ROU",
              ["Audiencia Nacional, Sala de lo Penal", "Audiencia Provincial de Barcelona", "Audiencia Provincial de Cádiz", "Audiencia Provincial de Málaga"],
              ["Tribunal Supremo, Sala de lo Penal", "Audiencia Nacional, Sala de Apelación"], ["Audiencia Nacional, Sala de lo Penal"],
              pros="Ministerio Fiscal", pros_en="Public Prosecution Service"),
    CaseState("MEX", "es", "USA COL GTM ESP CAN",
              ["Tribunal de Enjuiciamiento del Centro de Justicia Penal Federal en la Ciudad de México", "Juzgado de Distrito Especializado en el Sistema Penal Acusatorio en el Estado de Jalisco"],
              ["Tribunal Colegiado de Apelación del Primer Circuito", "Suprema Corte de Justicia de la Nación"],
              ["Juzgado Segundo de Distrito de Procesos Penales Federales en la Ciudad de México"],
              pros="Fiscalía General de la República", pros_en="Office of the Attorney General of the Republic"),
    CaseState("ARG", "es", "PRY BOL BRA ESP CHL", ["Tribunal Oral en lo Criminal Federal de Salta", "Tribunal Oral en lo Criminal Federal N.º 2 de San Martín"],
              ["Cámara Federal de Casación Penal"], ["Juzgado Nacional en lo Criminal y Correccional Federal N.º 3", "Corte Suprema de Justicia de la Nación"],
              pros="Ministerio Público Fiscal", pros_en="Public Prosecution Service"),
    CaseState("COL", "es", "USA ESP MEX ECU PAN NLD", ["Juzgado Penal del Circuito Especializado de Bogotá", "Juzgado Penal del Circuito Especializado de Cali"],
              ["Tribunal Superior del Distrito Judicial de Bogotá, Sala Penal"], ["Corte Suprema de Justicia, Sala de Casación Penal"],
              pros="Fiscalía General de la Nación", pros_en="Office of the Attorney General of the Nation"),
    CaseState("CHL", "es", "PER BOL ARG COL", ["Tribunal de Juicio Oral en lo Penal de Arica", "Tribunal de Juicio Oral en lo Penal de Iquique"],
              ["Corte de Apelaciones de Santiago"], ["Corte Suprema"], pros="Ministerio Público", pros_en="Public Prosecution Service"),
    CaseState("PER", "es", "BOL COL ECU BRA CHL ESP", ["Juzgado Penal Colegiado Supraprovincial de Loreto", "Juzgado Penal Colegiado Nacional"],
              ["Corte Suprema de Justicia de la República, Sala Penal Permanente"], pros="Ministerio Público", pros_en="Public Prosecution Service"),
    CaseState("ECU", "es", "COL PER ESP USA CHN", ["Tribunal de Garantías Penales con sede en el cantón Guayaquil", "Tribunal de Garantías Penales de Galápagos"],
              ["Corte Provincial de Justicia del Guayas"], ["Corte Nacional de Justicia"], pros="Fiscalía General del Estado", pros_en="Office of the Attorney General of the State"),
    CaseState("GTM", "es", "MEX HND SLV USA", ["Tribunal Primero de Sentencia Penal, Narcoactividad y Delitos contra el Ambiente de Guatemala", "Tribunal de Sentencia Penal de Mayor Riesgo A"],
              ["Sala Primera de la Corte de Apelaciones del Ramo Penal"], ["Corte Suprema de Justicia, Cámara Penal"], pros="Ministerio Público", pros_en="Public Prosecution Service"),
    # ---- Arabic
    CaseState("EGY", "ar", "LBY SDN ITA GRC ARE SAU FRA GBR", ["محكمة جنايات القاهرة", "محكمة جنايات الإسكندرية", "محكمة جنايات الجيزة"], ["محكمة النقض"], ["محكمة استئناف القاهرة"]),
    CaseState("MAR", "ar", "ESP FRA BEL NLD MLI SEN", ["غرفة الجنايات الابتدائية بمحكمة الاستئناف بالرباط", "غرفة الجنايات الابتدائية بمحكمة الاستئناف بطنجة", "المحكمة الابتدائية الزجرية بالدار البيضاء"],
              ["غرفة الجنايات الاستئنافية بمحكمة الاستئناف بالرباط", "محكمة النقض"], ["الغرفة الجنائية بمحكمة النقض"]),
    CaseState("TUN", "ar", "ITA FRA LBY DZA", ["المحكمة الابتدائية بتونس"], ["محكمة الاستئناف بتونس", "محكمة التعقيب"], ["دائرة الاتهام بمحكمة الاستئناف بتونس"]),
    CaseState("DZA", "ar", "FRA ESP TUN MAR NER", ["القطب الجزائي الاقتصادي والمالي بمحكمة سيدي امحمد", "محكمة الجنايات الابتدائية بمجلس قضاء الجزائر"],
              ["مجلس قضاء الجزائر", "المحكمة العليا"], ["المحكمة العليا"]),
    CaseState("SAU", "ar", "JOR LBN SYR ARE EGY", ["المحكمة الجزائية المتخصصة", "المحكمة الجزائية بالرياض", "المحكمة الجزائية بجدة"], ["محكمة الاستئناف الجزائية المتخصصة", "المحكمة العليا"]),
    CaseState("ARE", "ar", "IND PAK GBR RUS CHN NGA", ["محكمة دبي الابتدائية", "محكمة أبوظبي الابتدائية"], ["محكمة استئناف دبي", "المحكمة الاتحادية العليا"]),
    CaseState("JOR", "ar", "SYR IRQ SAU EGY LBN", ["محكمة الجنايات الكبرى", "محكمة بداية جزاء عمان"], ["محكمة التمييز", "محكمة استئناف عمان"]),
    CaseState("QAT", "ar", "GBR FRA CHE TUR", ["المحكمة الابتدائية"], ["محكمة الاستئناف", "محكمة التمييز"]),
    # ---- Russian
    CaseState("RUS", "ru", "KAZ BLR CHN DEU UZB KGZ TUR", ["Московский городской суд", "Санкт-Петербургский городской суд", "Приморский краевой суд", "Тверской районный суд города Москвы"],
              ["Первый апелляционный суд общей юрисдикции", "Судебная коллегия по уголовным делам Верховного Суда Российской Федерации"], ["Московский городской суд"]),
    CaseState("KAZ", "ru", "RUS KGZ UZB CHN TUR", ["Специализированный межрайонный суд по уголовным делам города Астаны", "Специализированный межрайонный суд по уголовным делам города Алматы"],
              ["Алматинский городской суд", "Верховный Суд Республики Казахстан"]),
    CaseState("BLR", "ru", "RUS POL LTU LVA UKR DEU", ["Минский городской суд", "Брестский областной суд"], ["Верховный Суд Республики Беларусь"]),
    # ---- Chinese
    CaseState("CHN", "zh", "MMR LAO VNM KHM PHL THA USA CAN AUS",
              ["北京市第二中级人民法院", "上海市第一中级人民法院", "广东省广州市中级人民法院", "云南省昆明市中级人民法院", "浙江省温州市中级人民法院"],
              ["广东省高级人民法院", "云南省高级人民法院", "北京市高级人民法院"], ["北京市高级人民法院", "上海市高级人民法院"]),
]
CASE_STATES = {c.iso: c for c in CS}
TRIAL_OVERRIDES = {("FRA", "PIRACY"): "Cour d'assises spécialement composée de Paris",
                   ("FRA", "TERRORISM"): "Cour d'assises spécialement composée de Paris",
                   ("ESP", "PIRACY"): "Audiencia Nacional, Sala de lo Penal",
                   ("ESP", "TERRORISM"): "Audiencia Nacional, Sala de lo Penal"}

# Which crimes each State's case law covers: "PRIMARY+SECONDARY" per case.
CASE_PLAN = {
    "GBR": "ML+OCG COR TIP CYB FMP CUL OBS", "USA": "COR CYB+ML DRG+ML WLF PIR FIR", "CAN": "ML+DRG TIP FIR CYB",
    "JAM": "FIR+OCG ML", "KEN": "PIR WLF+OCG ML TIP TER", "NGA": "CYB+ML TIP COR", "ZAF": "WLF+OCG COR+ML TIP CNT",
    "GHA": "CYB ML", "UGA": "WLF TIP", "MUS": "PIR DRG", "IND": "ML CYB WLF CNT", "PAK": "SOM TER", "PHL": "TIP+CYB ML",
    "SGP": "COR+ML ML CNT", "MYS": "SOM+TIP WLF", "AUS": "SOM DRG+OCG COR CYB", "NZL": "ML+DRG TIP", "FJI": "DRG ML",
    "PNG": "COR+ML WLF", "WSM": "ML", "TON": "DRG",
    "FRA": "ML+OCG TIP SOM CYB PIR CUL CNT TER FMP", "BEL": "SOM TIP ML FIR", "SEN": "TIP SOM ML FMP", "CIV": "TIP FMP WLF",
    "CMR": "COR WLF",
    "ESP": "DRG+OCG SOM TIP PIR ML CYB CUL", "MEX": "FIR+OCG DRG TIP ML OBS+OCG", "ARG": "TIP ML DRG", "COL": "DRG+ML OCG+OBS TIP COR",
    "CHL": "SOM TIP", "PER": "WLF TIP COR", "ECU": "DRG WLF", "GTM": "OCG SOM OBS",
    "EGY": "ML TIP SOM CUL", "MAR": "DRG SOM TIP", "TUN": "TER SOM", "DZA": "COR+ML DRG", "SAU": "ML TER DRG",
    "ARE": "ML CYB CNT PIR WLF", "JOR": "TIP CUL", "QAT": "COR+ML",
    "RUS": "CYB DRG+OCG ML CUL WLF OBS+OCG", "KAZ": "DRG TIP ML", "BLR": "CYB SOM",
    "CHN": "CYB+ML WLF TIP DRG COR CUL CNT FMP SOM PIR+DRG",
}

DECISION_TYPES = ["conviction", "acquittal", "appeal_decision", "extradition_decision", "mla_decision", "confiscation_order", "other"]
DECISION_WEIGHTS = {"conviction": 38, "appeal_decision": 14, "extradition_decision": 13, "mla_decision": 10,
                    "confiscation_order": 11, "acquittal": 8, "other": 6}
COOPERATION = ["MLA", "EXTRADITION", "JIT", "ASSET_RECOVERY", "TRANSFER_PROCEEDINGS", "TRANSFER_SENTENCED",
               "POLICE_COOPERATION", "ELECTRONIC_EVIDENCE"]

TOPIC = {
    "MONEY_LAUNDERING": {"en": "money laundering", "fr": "blanchiment de capitaux", "es": "lavado de activos", "ar": "غسل الأموال", "ru": "легализация преступных доходов", "zh": "洗钱"},
    "CORRUPTION": {"en": "bribery of public officials", "fr": "corruption d'agents publics", "es": "cohecho", "ar": "الرشوة", "ru": "дача и получение взятки", "zh": "行贿、受贿"},
    "COUNTERFEITING": {"en": "counterfeit goods", "fr": "contrefaçon de marques", "es": "falsificación de marcas", "ar": "تزييف العلامات التجارية", "ru": "оборот контрафактной продукции", "zh": "销售假冒注册商标的商品"},
    "CYBERCRIME": {"en": "cybercrime and online fraud", "fr": "cybercriminalité et escroquerie en ligne", "es": "ciberdelincuencia y fraude en línea", "ar": "الجرائم السيبرانية والاحتيال الإلكتروني", "ru": "киберпреступность и мошенничество в сети", "zh": "电信网络诈骗"},
    "DRUG_OFFENCES": {"en": "drug trafficking", "fr": "trafic de stupéfiants", "es": "tráfico de estupefacientes", "ar": "الاتجار بالمخدرات", "ru": "незаконный оборот наркотиков", "zh": "走私、贩卖毒品"},
    "OBSTRUCTION_OF_JUSTICE": {"en": "witness intimidation", "fr": "subornation de témoins", "es": "obstrucción de la justicia", "ar": "عرقلة سير العدالة", "ru": "воспрепятствование правосудию", "zh": "妨害作证"},
    "ORGANIZED_CRIME_PARTICIPATION": {"en": "participation in an organised criminal group", "fr": "association de malfaiteurs", "es": "organización criminal", "ar": "المشاركة في جماعة إجرامية منظمة", "ru": "участие в преступном сообществе", "zh": "组织、领导、参加黑社会性质组织"},
    "PIRACY": {"en": "piracy", "fr": "piraterie maritime", "es": "piratería", "ar": "القرصنة البحرية", "ru": "пиратство", "zh": "海盗"},
    "SMUGGLING_OF_MIGRANTS": {"en": "smuggling of migrants", "fr": "trafic illicite de migrants", "es": "tráfico ilícito de migrantes", "ar": "تهريب المهاجرين", "ru": "организация незаконной миграции", "zh": "组织他人偷越国（边）境"},
    "FIREARMS_TRAFFICKING": {"en": "firearms trafficking", "fr": "trafic d'armes à feu", "es": "tráfico de armas de fuego", "ar": "الاتجار غير المشروع بالأسلحة النارية", "ru": "незаконный оборот огнестрельного оружия", "zh": "走私武器、弹药"},
    "CULTURAL_PROPERTY_TRAFFICKING": {"en": "trafficking in cultural property", "fr": "trafic de biens culturels", "es": "tráfico de bienes culturales", "ar": "الاتجار بالممتلكات الثقافية", "ru": "контрабанда культурных ценностей", "zh": "走私文物"},
    "WILDLIFE_FOREST_CRIME": {"en": "wildlife trafficking", "fr": "trafic d'espèces sauvages", "es": "tráfico de vida silvestre", "ar": "الاتجار بالأحياء البرية", "ru": "незаконный оборот особо ценных диких животных", "zh": "走私珍贵动物制品"},
    "TRAFFICKING_IN_PERSONS": {"en": "trafficking in persons", "fr": "traite des personnes", "es": "trata de personas", "ar": "الاتجار بالأشخاص", "ru": "торговля людьми", "zh": "拐卖妇女、儿童"},
    "FALSIFIED_MEDICAL_PRODUCTS": {"en": "falsified medicines", "fr": "médicaments falsifiés", "es": "medicamentos falsificados", "ar": "الأدوية المزيفة", "ru": "фальсифицированные лекарственные средства", "zh": "生产、销售假药"},
    "TERRORISM": {"en": "terrorist financing and support", "fr": "association de malfaiteurs terroriste", "es": "financiación del terrorismo", "ar": "تمويل الإرهاب ودعمه", "ru": "финансирование терроризма", "zh": "帮助恐怖活动"},
}

OFFENCE_EN = {
    "MONEY_LAUNDERING": "Money laundering", "CORRUPTION": "Bribery of a public official",
    "COUNTERFEITING": "Trafficking in counterfeit goods", "CYBERCRIME": "Computer-related fraud",
    "DRUG_OFFENCES": "Drug trafficking", "OBSTRUCTION_OF_JUSTICE": "Obstruction of justice",
    "ORGANIZED_CRIME_PARTICIPATION": "Participation in an organised criminal group", "PIRACY": "Piracy",
    "SMUGGLING_OF_MIGRANTS": "Smuggling of migrants", "FIREARMS_TRAFFICKING": "Illicit trafficking in firearms",
    "CULTURAL_PROPERTY_TRAFFICKING": "Trafficking in cultural property", "WILDLIFE_FOREST_CRIME": "Illegal trade in protected wildlife",
    "TRAFFICKING_IN_PERSONS": "Trafficking in persons", "FALSIFIED_MEDICAL_PRODUCTS": "Distribution of falsified medicines",
    "TERRORISM": "Financing of terrorism",
}

# Facts: three variants per crime type, each in en, fr, es, ar, ru, zh.
FACTS = {
    "MONEY_LAUNDERING": [
        {"en": "An organised network laundered the proceeds of drug trafficking through shell companies, real-estate purchases and cash couriers moving funds across borders.",
         "fr": "Un réseau organisé a blanchi le produit d'un trafic de stupéfiants au moyen de sociétés écrans, d'acquisitions immobilières et de convoyeurs de fonds franchissant les frontières.",
         "es": "Una red organizada se dedicó al lavado de activos procedentes del narcotráfico mediante sociedades pantalla, compras de inmuebles y correos de efectivo que trasladaban fondos a través de las fronteras.",
         "ar": "قامت شبكة منظمة بغسل الأموال المتحصلة من الاتجار بالمخدرات عن طريق شركات وهمية وشراء عقارات واستخدام ناقلي أموال نقدية عبر الحدود.",
         "ru": "Организованная группа легализовала доходы от незаконного оборота наркотиков через подставные компании, сделки с недвижимостью и курьеров, перевозивших наличные через границу.",
         "zh": "某犯罪团伙通过空壳公司、购置房产以及雇用现金携带人跨境运送资金等方式，为毒品犯罪所得洗钱。"},
        {"en": "The defendants used trade-based money laundering, over-invoicing imports to move the proceeds of fraud and corruption to accounts abroad.",
         "fr": "Les prévenus ont eu recours au blanchiment par le commerce, en surfacturant des importations pour transférer vers des comptes à l'étranger le produit d'escroqueries et de faits de corruption.",
         "es": "Los acusados recurrieron al lavado de activos basado en el comercio, sobrefacturando importaciones para trasladar a cuentas en el extranjero el producto de fraudes y actos de corrupción.",
         "ar": "لجأ المتهمون إلى غسل الأموال القائم على التجارة، من خلال المبالغة في قيمة فواتير الواردات لتحويل متحصلات الاحتيال والفساد إلى حسابات في الخارج.",
         "ru": "Обвиняемые использовали схемы отмывания денег через внешнеторговые операции, завышая стоимость импорта для вывода доходов от мошенничества и коррупции на зарубежные счета.",
         "zh": "被告人利用贸易洗钱手法，通过虚高进口货物价格，将诈骗和腐败犯罪所得转移至境外账户。"},
        {"en": "A professional money-laundering service converted cash from several criminal groups into cryptocurrency and returned the value through informal transfer systems.",
         "fr": "Un service professionnel de blanchiment convertissait en cryptoactifs les espèces de plusieurs groupes criminels et en restituait la valeur par des systèmes informels de transfert de fonds.",
         "es": "Un servicio profesional de lavado de activos convertía en criptomonedas el efectivo de varios grupos delictivos y devolvía su valor mediante sistemas informales de transferencia de fondos.",
         "ar": "كانت جهة محترفة في غسل الأموال تحوّل النقود العائدة إلى عدة جماعات إجرامية إلى عملات مشفرة، ثم تعيد قيمتها عبر أنظمة غير رسمية لتحويل الأموال.",
         "ru": "Профессиональная структура по отмыванию денег конвертировала наличные средства нескольких преступных групп в криптовалюту и возвращала их стоимость через неформальные системы перевода денег.",
         "zh": "一个职业洗钱团伙将多个犯罪集团的现金兑换为虚拟货币，再通过地下钱庄等非正规渠道返还相应价值。"},
    ],
    "CORRUPTION": [
        {"en": "Company executives paid bribes to public officials through consultants and offshore accounts in order to win public procurement contracts.",
         "fr": "Des dirigeants d'entreprise ont versé des pots-de-vin à des agents publics, par l'intermédiaire de consultants et de comptes extraterritoriaux, afin d'obtenir des marchés publics.",
         "es": "Directivos de una empresa pagaron sobornos a funcionarios públicos a través de consultores y cuentas en el extranjero para obtener contratos públicos.",
         "ar": "دفع مسؤولون تنفيذيون في شركة رشاوى لموظفين عموميين عن طريق مستشارين وحسابات خارجية للفوز بعقود مشتريات عامة.",
         "ru": "Руководители компании через консультантов и офшорные счета передавали взятки должностным лицам, чтобы получить государственные контракты.",
         "zh": "某公司高管通过咨询顾问和境外账户向公职人员行贿，以谋取政府采购合同。"},
        {"en": "A senior official received kickbacks on infrastructure projects and concealed the money through relatives and nominee companies abroad.",
         "fr": "Un haut fonctionnaire a perçu des rétrocommissions sur des projets d'infrastructure et dissimulé les fonds par l'intermédiaire de proches et de sociétés prête-noms à l'étranger.",
         "es": "Un alto funcionario recibió comisiones ilícitas por proyectos de infraestructura y ocultó el dinero a través de familiares y sociedades interpuestas en el extranjero.",
         "ar": "تلقى مسؤول رفيع المستوى عمولات غير مشروعة عن مشاريع للبنية التحتية، وأخفى الأموال عن طريق أقاربه وشركات صورية في الخارج.",
         "ru": "Высокопоставленный чиновник получал «откаты» по инфраструктурным проектам и скрывал деньги через родственников и номинальные компании за рубежом.",
         "zh": "一名高级官员在基础设施项目中收受回扣，并通过亲属和境外代持公司隐匿资金。"},
        {"en": "An exporter bribed foreign customs and licensing officials to obtain permits, making the payments through an intermediary based in a third country.",
         "fr": "Un exportateur a corrompu des agents étrangers des douanes et des services de licences pour obtenir des autorisations, en payant par l'entremise d'un intermédiaire établi dans un pays tiers.",
         "es": "Un exportador sobornó a funcionarios extranjeros de aduanas y de concesión de licencias para obtener permisos, canalizando los pagos a través de un intermediario establecido en un tercer país.",
         "ar": "قدّم أحد المصدّرين رشاوى لموظفين عموميين أجانب في الجمارك وإدارات التراخيص للحصول على تصاريح، ودفع المبالغ عن طريق وسيط مقيم في بلد ثالث.",
         "ru": "Экспортёр подкупал иностранных таможенных чиновников и сотрудников лицензирующих органов для получения разрешений, передавая деньги через посредника в третьей стране.",
         "zh": "某出口商通过设在第三国的中间人，向外国海关和许可审批官员行贿以获取许可证。"},
    ],
    "COUNTERFEITING": [
        {"en": "A network imported counterfeit branded clothing and electronics in falsely declared containers and sold them through online marketplaces.",
         "fr": "Un réseau importait des vêtements et des appareils électroniques contrefaisants dans des conteneurs faussement déclarés et les revendait sur des places de marché en ligne.",
         "es": "Una red importaba ropa y aparatos electrónicos con marcas falsificadas en contenedores con declaraciones falsas y los vendía a través de plataformas en línea.",
         "ar": "كانت شبكة تستورد ملابس وأجهزة إلكترونية تحمل علامات تجارية مزيفة في حاويات مصرّح عنها بصورة كاذبة، وتبيعها عبر منصات التجارة الإلكترونية.",
         "ru": "Группа ввозила контрафактную одежду и электронику в контейнерах с ложным декларированием и сбывала их через интернет-площадки.",
         "zh": "某团伙以虚假申报的集装箱进口假冒名牌服装和电子产品，并通过网络交易平台销售。"},
        {"en": "Counterfeit spare parts for vehicles, bearing well-known trademarks, were manufactured in clandestine workshops and distributed to garages in several countries.",
         "fr": "Des pièces détachées automobiles contrefaisantes, revêtues de marques connues, étaient fabriquées dans des ateliers clandestins et distribuées à des garages dans plusieurs pays.",
         "es": "Se fabricaban en talleres clandestinos repuestos de vehículos falsificados con marcas conocidas, que luego se distribuían a talleres mecánicos de varios países.",
         "ar": "كانت قطع غيار سيارات مزيفة تحمل علامات تجارية معروفة تُصنع في ورش سرية وتوزَّع على ورش إصلاح في عدة بلدان.",
         "ru": "Контрафактные автозапчасти с известными товарными знаками изготавливались в подпольных цехах и поставлялись в автосервисы нескольких стран.",
         "zh": "带有知名商标的假冒汽车零部件在地下作坊生产，并销往多个国家的汽修厂。"},
        {"en": "The defendants ran a warehouse that relabelled counterfeit cosmetics and tobacco products and shipped them using forged certificates of origin.",
         "fr": "Les prévenus exploitaient un entrepôt où des cosmétiques et des produits du tabac contrefaisants étaient réétiquetés puis expédiés sous couvert de faux certificats d'origine.",
         "es": "Los acusados gestionaban un almacén donde se reetiquetaban cosméticos y productos de tabaco falsificados que luego se enviaban con certificados de origen falsos.",
         "ar": "أدار المتهمون مستودعًا لإعادة وسم مستحضرات تجميل ومنتجات تبغ مزيفة وشحنها بشهادات منشأ مزورة.",
         "ru": "Обвиняемые содержали склад, где переклеивали этикетки на контрафактной косметике и табачных изделиях, а затем отправляли их с поддельными сертификатами происхождения.",
         "zh": "被告人经营一处仓库，对假冒化妆品和烟草制品重新贴标，并凭伪造的原产地证书发运。"},
    ],
    "CYBERCRIME": [
        {"en": "A group operating from abroad used ransomware to encrypt the systems of hospitals and municipalities and demanded payment in cryptocurrency.",
         "fr": "Un groupe opérant depuis l'étranger a utilisé un rançongiciel pour chiffrer les systèmes d'hôpitaux et de collectivités locales, puis exigé un paiement en cryptoactifs.",
         "es": "Un grupo que operaba desde el extranjero utilizó programas de secuestro de datos para cifrar los sistemas de hospitales y municipios y exigió el pago de rescates en criptomonedas.",
         "ar": "استخدمت جماعة تعمل من الخارج برمجيات الفدية لتشفير أنظمة مستشفيات وبلديات، وطالبت بدفع فدية بالعملات المشفرة.",
         "ru": "Группа, действовавшая из-за рубежа, с помощью программы-вымогателя зашифровала информационные системы больниц и муниципалитетов и требовала выкуп в криптовалюте.",
         "zh": "某境外团伙利用勒索软件加密医院和地方政府的信息系统，并索要虚拟货币赎金。"},
        {"en": "Call centres staffed by recruited workers ran investment and romance scams against victims in several countries and moved the proceeds through money-mule accounts.",
         "fr": "Des centres d'appels employant des travailleurs recrutés menaient des escroqueries à l'investissement et aux sentiments visant des victimes de plusieurs pays, le produit transitant par des comptes de mules financières.",
         "es": "Centros de llamadas atendidos por trabajadores reclutados cometían estafas de inversión y sentimentales contra víctimas de varios países y movían las ganancias a través de cuentas de mulas financieras.",
         "ar": "أدارت مراكز اتصال يعمل فيها أشخاص جرى تجنيدهم عمليات احتيال استثماري وعاطفي استهدفت ضحايا في عدة بلدان، وجرى تحريك العائدات عبر حسابات وسطاء.",
         "ru": "Колл-центры с завербованными работниками проводили инвестиционные и «романтические» мошеннические схемы против жертв в нескольких странах, а похищенные средства выводились через счета дропов.",
         "zh": "多个电信诈骗窝点招募人员，对多国被害人实施投资理财和网络交友诈骗，并通过“跑分”账户转移赃款。"},
        {"en": "The defendants gained unauthorised access to the e-mail accounts of several companies and diverted supplier payments to accounts under their control.",
         "fr": "Les prévenus ont accédé frauduleusement aux messageries électroniques de plusieurs entreprises et détourné des paiements destinés à des fournisseurs vers des comptes qu'ils contrôlaient.",
         "es": "Los acusados accedieron sin autorización a las cuentas de correo electrónico de varias empresas y desviaron pagos a proveedores hacia cuentas bajo su control.",
         "ar": "تمكن المتهمون من الدخول غير المشروع إلى حسابات البريد الإلكتروني لعدد من الشركات، وحوّلوا مدفوعات الموردين إلى حسابات يسيطرون عليها.",
         "ru": "Обвиняемые получили неправомерный доступ к корпоративной электронной почте ряда компаний и перенаправляли платежи поставщикам на подконтрольные им счета.",
         "zh": "被告人非法侵入多家企业的电子邮箱系统，将应付给供应商的货款转入其控制的账户。"},
    ],
    "DRUG_OFFENCES": [
        {"en": "Cocaine was concealed in containers of fruit shipped through a major seaport, with port workers recruited to remove the loads before customs checks.",
         "fr": "De la cocaïne était dissimulée dans des conteneurs de fruits transitant par un grand port maritime, des dockers ayant été recrutés pour extraire les cargaisons avant les contrôles douaniers.",
         "es": "Se ocultaba cocaína en contenedores de fruta que pasaban por un gran puerto marítimo, y se reclutaba a trabajadores portuarios para retirar la carga antes de los controles aduaneros.",
         "ar": "كان الكوكايين يُخبّأ في حاويات فواكه تمر عبر ميناء بحري رئيسي، وجرى تجنيد عمال في الميناء لإخراج الشحنات قبل عمليات التفتيش الجمركي.",
         "ru": "Кокаин прятали в контейнерах с фруктами, проходивших через крупный морской порт, а завербованные портовые рабочие извлекали груз до таможенного досмотра.",
         "zh": "犯罪团伙将可卡因藏匿于经大型海港转运的水果集装箱中，并收买码头工人在海关查验前将毒品取出。"},
        {"en": "Synthetic drug precursors were diverted from legitimate chemical trade and used in clandestine laboratories producing methamphetamine for export.",
         "fr": "Des précurseurs de drogues de synthèse ont été détournés du commerce licite de produits chimiques et utilisés dans des laboratoires clandestins produisant de la méthamphétamine destinée à l'exportation.",
         "es": "Se desviaron precursores de drogas sintéticas del comercio lícito de sustancias químicas para su uso en laboratorios clandestinos que producían metanfetamina destinada a la exportación.",
         "ar": "جرى تسريب سلائف المخدرات الاصطناعية من التجارة المشروعة في المواد الكيميائية واستخدامها في مختبرات سرية لإنتاج الميثامفيتامين بغرض تصديره.",
         "ru": "Прекурсоры синтетических наркотиков изымались из законного оборота химических веществ и использовались в подпольных лабораториях, производивших метамфетамин на экспорт.",
         "zh": "犯罪团伙从合法化工贸易渠道中截留合成毒品前体，用于地下制毒工厂生产供出口的甲基苯丙胺。"},
        {"en": "Couriers recruited online carried heroin and cannabis resin in luggage and postal parcels, while the organisers coordinated deliveries through encrypted messaging.",
         "fr": "Des passeurs recrutés en ligne transportaient de l'héroïne et de la résine de cannabis dans leurs bagages et dans des colis postaux, tandis que les organisateurs coordonnaient les livraisons par messagerie chiffrée.",
         "es": "Correos reclutados por internet transportaban heroína y resina de cannabis en su equipaje y en paquetes postales, mientras los organizadores coordinaban las entregas mediante mensajería cifrada.",
         "ar": "كان ناقلون جرى تجنيدهم عبر الإنترنت يهرّبون الهيروين وراتنج القنب في الأمتعة والطرود البريدية، بينما ينسق المنظمون عمليات التسليم عبر تطبيقات مراسلة مشفرة.",
         "ru": "Курьеры, завербованные через интернет, перевозили героин и гашиш в багаже и почтовых отправлениях, а организаторы координировали поставки через зашифрованные мессенджеры.",
         "zh": "通过网络招募的运毒人员利用行李和邮包运输海洛因和大麻脂，组织者则通过加密通讯软件协调交付。"},
    ],
    "OBSTRUCTION_OF_JUSTICE": [
        {"en": "Members of a criminal group threatened witnesses and offered them money to withdraw their statements in a trafficking trial.",
         "fr": "Des membres d'un groupe criminel ont menacé des témoins et leur ont offert de l'argent pour qu'ils reviennent sur leurs déclarations dans un procès pour traite.",
         "es": "Miembros de un grupo delictivo amenazaron a testigos y les ofrecieron dinero para que se retractaran de sus declaraciones en un juicio por trata.",
         "ar": "هدّد أفراد جماعة إجرامية شهودًا وعرضوا عليهم مبالغ مالية لحملهم على العدول عن إفاداتهم في قضية اتجار بالأشخاص.",
         "ru": "Участники преступной группы угрожали свидетелям и предлагали им деньги, чтобы те отказались от своих показаний по делу о торговле людьми.",
         "zh": "某犯罪集团成员威胁证人并许以钱财，迫使其在一起拐卖人口案件中推翻证言。"},
        {"en": "A court clerk and a lawyer were paid to reveal the identity of a protected witness and to tamper with evidence held by the court.",
         "fr": "Un greffier et un avocat ont été rémunérés pour divulguer l'identité d'un témoin protégé et altérer des pièces à conviction détenues par la juridiction.",
         "es": "Un secretario judicial y un abogado recibieron pagos por revelar la identidad de un testigo protegido y manipular pruebas custodiadas por el tribunal.",
         "ar": "تقاضى موظف في قلم المحكمة ومحامٍ أموالًا مقابل كشف هوية شاهد محمي والعبث بأدلة في حوزة المحكمة.",
         "ru": "Секретарь суда и адвокат получили деньги за раскрытие личности защищённого свидетеля и подмену вещественных доказательств, хранившихся в суде.",
         "zh": "一名法院书记员和一名律师收受钱财，泄露受保护证人的身份并篡改法院保管的证据。"},
        {"en": "After the arrest of its leaders, a network used violence against an investigating officer and bribed a prison officer to pass instructions to members still at large.",
         "fr": "Après l'arrestation de ses dirigeants, un réseau a usé de violences envers un enquêteur et corrompu un surveillant pénitentiaire pour transmettre des consignes aux membres encore en fuite.",
         "es": "Tras la detención de sus cabecillas, una red ejerció violencia contra un agente investigador y sobornó a un funcionario de prisiones para transmitir instrucciones a los miembros prófugos.",
         "ar": "بعد القبض على قادتها، لجأت شبكة إجرامية إلى العنف ضد أحد المحققين ورشت حارسًا في السجن لنقل تعليمات إلى أفرادها الفارين.",
         "ru": "После ареста лидеров участники сети применили насилие к следователю и подкупили сотрудника исправительного учреждения, чтобы передавать указания скрывающимся соучастникам.",
         "zh": "在首要分子被捕后，该犯罪网络对一名侦查人员施以暴力，并贿赂监管人员向在逃成员传递指令。"},
    ],
    "ORGANIZED_CRIME_PARTICIPATION": [
        {"en": "A hierarchical criminal organisation controlled extortion, illegal gambling and drug distribution in several cities and invested the profits in legitimate businesses.",
         "fr": "Une organisation criminelle hiérarchisée contrôlait l'extorsion, les jeux clandestins et la distribution de stupéfiants dans plusieurs villes et investissait les profits dans des entreprises légales.",
         "es": "Una organización criminal jerarquizada controlaba la extorsión, el juego ilegal y la distribución de drogas en varias ciudades e invertía las ganancias en negocios lícitos.",
         "ar": "كانت منظمة إجرامية ذات هيكل هرمي تسيطر على الابتزاز والقمار غير المشروع وتوزيع المخدرات في عدة مدن، وتستثمر أرباحها في أنشطة تجارية مشروعة.",
         "ru": "Иерархически организованное преступное сообщество контролировало вымогательство, незаконные азартные игры и сбыт наркотиков в нескольких городах и вкладывало доходы в легальный бизнес.",
         "zh": "某层级分明的犯罪组织在多个城市把持敲诈勒索、非法赌博和毒品分销，并将违法所得投资于合法企业。"},
        {"en": "A loosely structured transnational group, whose members each had a distinct role, organised cargo thefts and fuel smuggling and shared the profits through a common accountant.",
         "fr": "Un groupe transnational peu structuré, dont chaque membre avait un rôle spécialisé, organisait des vols de fret et la contrebande de carburant et partageait les profits par l'intermédiaire d'un comptable commun.",
         "es": "Un grupo transnacional poco estructurado, cuyos miembros tenían funciones especializadas, organizaba robos de carga y contrabando de combustible y repartía las ganancias a través de un contador común.",
         "ar": "كانت مجموعة عابرة للحدود الوطنية، مرنة البنية ولكل فرد فيها دور محدد، تنظّم سرقة البضائع المنقولة وتهريب الوقود وتتقاسم الأرباح عن طريق محاسب مشترك.",
         "ru": "Транснациональная группа с гибкой структурой, в которой каждый участник выполнял определённую роль, организовывала хищения грузов и контрабанду топлива, распределяя доходы через общего бухгалтера.",
         "zh": "一个结构松散的跨国犯罪团伙成员分工明确，组织实施货物盗窃和燃油走私，并通过同一名会计分配赃款。"},
        {"en": "The leaders of a gang used violence and the corruption of local officials to control public works contracts and waste-collection services.",
         "fr": "Les chefs d'une bande ont eu recours à la violence et à la corruption d'élus locaux pour contrôler des marchés de travaux publics et des services de collecte des déchets.",
         "es": "Los líderes de una banda recurrieron a la violencia y a la corrupción de funcionarios locales para controlar contratos de obras públicas y servicios de recolección de residuos.",
         "ar": "لجأ زعماء عصابة إلى العنف ورشوة مسؤولين محليين للسيطرة على عقود الأشغال العامة وخدمات جمع النفايات.",
         "ru": "Лидеры банды, применяя насилие и подкупая местных чиновников, установили контроль над контрактами на общественные работы и услугами по вывозу отходов.",
         "zh": "某黑社会性质组织的首要分子以暴力手段并拉拢腐蚀地方官员，操控公共工程合同和垃圾清运业务。"},
    ],
    "PIRACY": [
        {"en": "Armed men in skiffs launched from a mother ship attacked a merchant vessel on the high seas and held the crew for ransom.",
         "fr": "Des hommes armés, à bord d'embarcations rapides mises à l'eau depuis un bateau-mère, ont attaqué un navire marchand en haute mer et retenu l'équipage contre rançon.",
         "es": "Hombres armados a bordo de lanchas lanzadas desde un buque nodriza atacaron un buque mercante en alta mar y retuvieron a la tripulación para exigir un rescate.",
         "ar": "هاجم مسلحون على متن زوارق سريعة انطلقت من سفينة أم سفينةً تجارية في أعالي البحار، واحتجزوا طاقمها طلبًا للفدية.",
         "ru": "Вооружённые люди на скоростных лодках, спущенных с судна-базы, атаковали торговое судно в открытом море и удерживали экипаж с целью получения выкупа.",
         "zh": "一伙武装人员乘坐从母船放出的快艇，在公海袭击一艘商船并扣押船员索要赎金。"},
        {"en": "Suspected pirates captured by a naval patrol after an attack on a fishing vessel were transferred for prosecution under a regional arrangement.",
         "fr": "Des pirates présumés, appréhendés par une patrouille navale après l'attaque d'un navire de pêche, ont été remis aux fins de poursuites dans le cadre d'un arrangement régional.",
         "es": "Presuntos piratas capturados por una patrulla naval tras el ataque a un buque pesquero fueron entregados para su enjuiciamiento en virtud de un acuerdo regional.",
         "ar": "نُقل قراصنة مشتبه بهم، ألقت دورية بحرية القبض عليهم بعد هجوم على سفينة صيد، لمحاكمتهم بموجب ترتيب إقليمي.",
         "ru": "Подозреваемые в пиратстве, задержанные военно-морским патрулём после нападения на рыболовное судно, были переданы для уголовного преследования в рамках регионального соглашения.",
         "zh": "一批涉嫌海盗的人员在袭击一艘渔船后被海军巡逻队抓获，并依据区域合作安排移交起诉。"},
        {"en": "The defendants financed and directed hijackings of tankers from ashore, negotiating ransoms and laundering the payments through money-service businesses.",
         "fr": "Les accusés finançaient et dirigeaient depuis la terre ferme des détournements de pétroliers, négociaient les rançons et blanchissaient les paiements par l'intermédiaire de sociétés de transfert de fonds.",
         "es": "Los acusados financiaban y dirigían desde tierra el secuestro de buques petroleros, negociaban los rescates y lavaban los pagos mediante empresas de envío de dinero.",
         "ar": "كان المتهمون يموّلون من البر عمليات اختطاف ناقلات النفط ويديرونها، ويتفاوضون على الفدية ويغسلون المدفوعات عبر شركات تحويل الأموال.",
         "ru": "Обвиняемые с берега финансировали и направляли захваты танкеров, вели переговоры о выкупе и отмывали полученные средства через компании по переводу денег.",
         "zh": "被告人在陆上出资并指挥劫持油轮，负责谈判赎金，并通过汇款公司清洗赎金。"},
    ],
    "SMUGGLING_OF_MIGRANTS": [
        {"en": "A smuggling network charged migrants large sums to cross the sea in overcrowded and unseaworthy boats, putting their lives at risk.",
         "fr": "Un réseau de passeurs faisait payer des sommes importantes à des migrants pour traverser la mer à bord d'embarcations surchargées et en mauvais état, mettant leur vie en danger.",
         "es": "Una red de tráfico ilícito de migrantes cobraba grandes sumas a los migrantes por cruzar el mar en embarcaciones sobrecargadas y en mal estado, poniendo en peligro sus vidas.",
         "ar": "كانت شبكة لتهريب المهاجرين تتقاضى مبالغ كبيرة من المهاجرين لعبور البحر على متن قوارب مكتظة وغير صالحة للإبحار، مما عرّض حياتهم للخطر.",
         "ru": "Сеть по незаконному ввозу мигрантов брала с них крупные суммы за переправу по морю на перегруженных и непригодных для плавания лодках, подвергая опасности их жизнь.",
         "zh": "某偷渡团伙向移民收取高额费用，用超载且不适航的船只组织其偷渡出海，危及移民生命安全。"},
        {"en": "Migrants were moved overland in sealed lorries across several borders, with forged travel documents supplied by corrupt intermediaries.",
         "fr": "Des migrants étaient acheminés par voie terrestre dans des camions fermés à travers plusieurs frontières, munis de faux documents de voyage fournis par des intermédiaires corrompus.",
         "es": "Los migrantes eran trasladados por tierra en camiones cerrados a través de varias fronteras, con documentos de viaje falsos proporcionados por intermediarios corruptos.",
         "ar": "كان المهاجرون يُنقلون برًا في شاحنات مغلقة عبر عدة حدود، مع وثائق سفر مزورة يوفرها وسطاء فاسدون.",
         "ru": "Мигрантов перевозили по суше в закрытых грузовиках через несколько границ, снабжая их поддельными проездными документами, полученными через коррумпированных посредников.",
         "zh": "偷渡者被藏匿于封闭货车中经陆路跨越多国边境，并持有由腐败中间人提供的伪造旅行证件。"},
        {"en": "The organisers arranged sham marriages and fraudulent visa applications to bring migrants in, charging fees paid through informal money transfers.",
         "fr": "Les organisateurs arrangeaient des mariages blancs et des demandes de visa frauduleuses pour faire entrer des migrants, moyennant des sommes versées par des circuits informels de transfert d'argent.",
         "es": "Los organizadores concertaban matrimonios simulados y solicitudes fraudulentas de visado para introducir migrantes, a cambio de pagos efectuados mediante transferencias informales.",
         "ar": "كان المنظمون يرتبون زيجات صورية وطلبات تأشيرة احتيالية لإدخال المهاجرين، مقابل رسوم تُدفع عبر قنوات غير رسمية لتحويل الأموال.",
         "ru": "Организаторы устраивали фиктивные браки и подавали подложные визовые заявления для въезда мигрантов, получая оплату через неформальные системы перевода денег.",
         "zh": "组织者通过安排虚假婚姻和骗取签证等方式组织他人非法入境，并经地下钱庄收取费用。"},
    ],
    "FIREARMS_TRAFFICKING": [
        {"en": "Firearms bought legally in one country were smuggled in hidden vehicle compartments and sold to criminal groups after their serial numbers had been erased.",
         "fr": "Des armes à feu achetées légalement dans un pays étaient dissimulées dans des caches aménagées de véhicules, puis revendues à des groupes criminels après effacement de leurs numéros de série.",
         "es": "Armas de fuego adquiridas legalmente en un país se ocultaban en compartimentos de vehículos y se vendían a grupos delictivos tras borrarles el número de serie.",
         "ar": "كانت أسلحة نارية تُشترى بصورة قانونية في بلد ما، ثم تُهرّب في مخابئ داخل المركبات وتُباع لجماعات إجرامية بعد طمس أرقامها التسلسلية.",
         "ru": "Огнестрельное оружие, законно приобретённое в одной стране, провозилось в тайниках автомобилей и продавалось преступным группам после уничтожения серийных номеров.",
         "zh": "在某国合法购买的枪支被藏匿于车辆夹层走私入境，磨去序列号后出售给犯罪团伙。"},
        {"en": "The defendants converted deactivated and blank-firing weapons into functional firearms and shipped them with ammunition by express courier.",
         "fr": "Les prévenus remettaient en état de tir des armes neutralisées et des armes d'alarme, puis les expédiaient avec des munitions par messagerie express.",
         "es": "Los acusados reactivaban armas inutilizadas y de fogueo para convertirlas en armas de fuego funcionales y las enviaban con munición por mensajería urgente.",
         "ar": "كان المتهمون يعيدون تأهيل أسلحة معطلة وأسلحة صوتية لتصبح أسلحة نارية صالحة للاستعمال، ويرسلونها مع الذخيرة عبر شركات البريد السريع.",
         "ru": "Обвиняемые переделывали охолощённое и сигнальное оружие в боевое и пересылали его вместе с боеприпасами через службы экспресс-доставки.",
         "zh": "被告人将已作无害化处理的枪支和发令枪改制为具有杀伤力的枪支，并连同弹药通过快递寄出。"},
        {"en": "A broker arranged the diversion of military rifles and ammunition from official stocks to armed groups, using falsified end-user certificates.",
         "fr": "Un courtier a organisé le détournement de fusils militaires et de munitions provenant de stocks officiels au profit de groupes armés, au moyen de certificats d'utilisateur final falsifiés.",
         "es": "Un intermediario organizó el desvío de fusiles militares y munición de arsenales oficiales hacia grupos armados, utilizando certificados de usuario final falsificados.",
         "ar": "رتّب وسيط تسريب بنادق عسكرية وذخائر من المخزونات الرسمية إلى جماعات مسلحة باستخدام شهادات مستخدم نهائي مزورة.",
         "ru": "Посредник организовал перенаправление армейских винтовок и боеприпасов из государственных запасов вооружённым группам, используя поддельные сертификаты конечного пользователя.",
         "zh": "一名中间商利用伪造的最终用户证书，将官方库存的军用步枪和弹药转卖给武装团体。"},
    ],
    "CULTURAL_PROPERTY_TRAFFICKING": [
        {"en": "Antiquities looted from archaeological sites were smuggled out with false export documents and offered for sale through auction houses and online platforms.",
         "fr": "Des antiquités pillées sur des sites archéologiques ont été exportées clandestinement sous couvert de faux documents et proposées à la vente par des maisons de ventes et des plateformes en ligne.",
         "es": "Antigüedades saqueadas de yacimientos arqueológicos se sacaron del país con documentos de exportación falsos y se ofrecieron en venta a través de casas de subastas y plataformas en línea.",
         "ar": "هُرّبت قطع أثرية نُهبت من مواقع أثرية بوثائق تصدير مزورة، وعُرضت للبيع عبر دور المزادات والمنصات الإلكترونية.",
         "ru": "Древности, похищенные с археологических памятников, вывозились с поддельными экспортными документами и выставлялись на продажу через аукционные дома и интернет-площадки.",
         "zh": "从考古遗址盗掘的文物凭伪造的出口单证被走私出境，并通过拍卖行和网络平台出售。"},
        {"en": "Religious artefacts stolen from places of worship and museums were passed through dealers who fabricated provenance records before resale abroad.",
         "fr": "Des objets d'art religieux volés dans des lieux de culte et des musées transitaient par des marchands qui fabriquaient de faux historiques de provenance avant leur revente à l'étranger.",
         "es": "Objetos de arte sacro robados de lugares de culto y museos pasaban por comerciantes que fabricaban historiales de procedencia falsos antes de revenderlos en el extranjero.",
         "ar": "كانت قطع فنية دينية مسروقة من دور العبادة والمتاحف تمر عبر تجار يزوّرون سجلات مصدرها قبل إعادة بيعها في الخارج.",
         "ru": "Предметы религиозного искусства, похищенные из культовых сооружений и музеев, проходили через дилеров, которые фабриковали сведения о происхождении перед перепродажей за рубежом.",
         "zh": "从宗教场所和博物馆盗窃的宗教文物经古董商伪造来源记录后，被转卖至境外。"},
        {"en": "Coins and manuscripts excavated illegally in a conflict zone were moved through several transit countries, and part of the proceeds financed an armed group.",
         "fr": "Des monnaies et des manuscrits issus de fouilles illégales dans une zone de conflit ont transité par plusieurs pays, une partie du produit de leur vente finançant un groupe armé.",
         "es": "Monedas y manuscritos procedentes de excavaciones ilegales en una zona de conflicto pasaron por varios países de tránsito, y parte de las ganancias financió a un grupo armado.",
         "ar": "نُقلت عملات ومخطوطات جرى التنقيب عنها بصورة غير مشروعة في منطقة نزاع عبر عدة بلدان عبور، وموّل جزء من عائداتها جماعة مسلحة.",
         "ru": "Монеты и рукописи, незаконно добытые в зоне конфликта, перемещались через несколько стран транзита, а часть выручки шла на финансирование вооружённой группировки.",
         "zh": "在冲突地区非法发掘的古钱币和手稿经多个过境国辗转运输，部分销售所得被用于资助武装团体。"},
    ],
    "WILDLIFE_FOREST_CRIME": [
        {"en": "Ivory and rhinoceros horn were concealed in shipments of timber and exported through a seaport with the help of a corrupt clearing agent.",
         "fr": "De l'ivoire et des cornes de rhinocéros étaient dissimulés dans des cargaisons de bois et exportés par un port maritime avec la complicité d'un transitaire corrompu.",
         "es": "Se ocultaban marfil y cuernos de rinoceronte en cargamentos de madera que se exportaban por un puerto marítimo con la ayuda de un agente de aduanas corrupto.",
         "ar": "كان العاج وقرون وحيد القرن يُخبّأ في شحنات من الأخشاب ويُصدَّر عبر ميناء بحري بمساعدة مخلّص جمركي فاسد.",
         "ru": "Слоновую кость и рога носорога прятали в партиях древесины и вывозили через морской порт при содействии коррумпированного таможенного брокера.",
         "zh": "犯罪团伙将象牙和犀牛角藏匿于木材货柜中，在一名腐败报关代理人的协助下经海港出口。"},
        {"en": "Pangolin scales, shark fins and live reptiles were sent as air cargo declared as dried fish and handicrafts.",
         "fr": "Des écailles de pangolin, des ailerons de requin et des reptiles vivants étaient expédiés par fret aérien sous la déclaration de poisson séché et d'objets d'artisanat.",
         "es": "Se enviaban escamas de pangolín, aletas de tiburón y reptiles vivos como carga aérea declarada como pescado seco y artesanías.",
         "ar": "كانت حراشف آكل النمل الحرشفي وزعانف أسماك القرش وزواحف حية تُشحن جوًا على أنها أسماك مجففة ومشغولات يدوية.",
         "ru": "Чешую панголинов, акульи плавники и живых рептилий отправляли авиагрузом под видом сушёной рыбы и сувенирной продукции.",
         "zh": "穿山甲鳞片、鱼翅和活体爬行动物被伪报为鱼干和手工艺品，通过航空货运寄出。"},
        {"en": "Timber from protected forests was logged without permits, passed off as legal with forged harvesting documents and exported together with birds of protected species.",
         "fr": "Du bois provenant de forêts protégées était abattu sans autorisation, présenté comme licite au moyen de faux documents d'exploitation et exporté avec des oiseaux d'espèces protégées.",
         "es": "Se talaba sin permiso madera de bosques protegidos, que se hacía pasar por legal con documentos de aprovechamiento falsos y se exportaba junto con aves de especies protegidas.",
         "ar": "كانت أخشاب الغابات المحمية تُقطع دون تصاريح، ويُضفى عليها طابع مشروع بوثائق استغلال مزورة، ثم تُصدَّر مع طيور من أنواع محمية.",
         "ru": "Лес из охраняемых лесных массивов вырубался без разрешений, выдавался за законный с помощью поддельных документов о заготовке и вывозился вместе с птицами охраняемых видов.",
         "zh": "犯罪团伙在保护林区无证采伐木材，以伪造的采伐许可文件“洗白”后出口，并一同走私受保护鸟类。"},
    ],
    "TRAFFICKING_IN_PERSONS": [
        {"en": "Women recruited with false offers of work abroad had their passports confiscated and were forced into prostitution to repay fabricated debts.",
         "fr": "Des femmes recrutées au moyen de fausses offres d'emploi à l'étranger se sont vu confisquer leur passeport et ont été contraintes à la prostitution pour rembourser des dettes fictives.",
         "es": "Mujeres captadas con falsas ofertas de empleo en el extranjero fueron despojadas de sus pasaportes y obligadas a prostituirse para saldar deudas ficticias.",
         "ar": "جرى تجنيد نساء بعروض عمل وهمية في الخارج، وصودرت جوازات سفرهن وأُرغمن على ممارسة الدعارة لسداد ديون مختلقة.",
         "ru": "Женщин, завербованных ложными предложениями о работе за рубежом, лишали паспортов и принуждали к занятию проституцией в счёт выдуманных долгов.",
         "zh": "犯罪团伙以境外高薪工作为诱饵招募妇女，扣押其护照，并以虚构债务为由强迫其卖淫。"},
        {"en": "Men recruited for agriculture and construction were subjected to forced labour, working long hours without pay under threat of being reported to the immigration authorities.",
         "fr": "Des hommes recrutés pour des travaux agricoles et de construction ont été soumis au travail forcé, sans rémunération et sous la menace d'être dénoncés aux services de l'immigration.",
         "es": "Hombres captados para trabajos agrícolas y de construcción fueron sometidos a trabajo forzoso, con largas jornadas sin salario y bajo la amenaza de ser denunciados a las autoridades migratorias.",
         "ar": "أُخضع رجال جرى تجنيدهم للعمل في الزراعة والبناء للعمل القسري لساعات طويلة دون أجر، تحت التهديد بالإبلاغ عنهم لسلطات الهجرة.",
         "ru": "Мужчин, завербованных для работы в сельском хозяйстве и на стройках, принуждали к труду без оплаты, угрожая сообщить о них миграционным органам.",
         "zh": "被招募从事农业和建筑工作的男子遭受强迫劳动，长时间无偿工作，并被威胁举报给移民管理部门。"},
        {"en": "Children from poor rural families were trafficked across the border for forced begging and domestic servitude.",
         "fr": "Des enfants issus de familles rurales pauvres ont été victimes de traite à travers la frontière à des fins de mendicité forcée et de servitude domestique.",
         "es": "Niños de familias rurales pobres fueron objeto de trata a través de la frontera con fines de mendicidad forzada y servidumbre doméstica.",
         "ar": "تعرّض أطفال من أسر ريفية فقيرة للاتجار بهم عبر الحدود لغرض التسول القسري والعمل المنزلي الجبري.",
         "ru": "Детей из бедных сельских семей вывозили через границу для принудительного попрошайничества и домашнего подневольного труда.",
         "zh": "犯罪团伙从贫困农村家庭拐骗儿童，跨境贩卖用于强迫乞讨和家庭奴役。"},
    ],
    "FALSIFIED_MEDICAL_PRODUCTS": [
        {"en": "Falsified antimalarial and antibiotic medicines containing no active ingredient were produced abroad and distributed through unlicensed pharmacies.",
         "fr": "Des antipaludiques et des antibiotiques falsifiés, dépourvus de principe actif, étaient fabriqués à l'étranger et distribués par des pharmacies non agréées.",
         "es": "Se fabricaban en el extranjero antipalúdicos y antibióticos falsificados sin principio activo, que se distribuían a través de farmacias sin licencia.",
         "ar": "كانت أدوية مزيفة مضادة للملاريا ومضادات حيوية خالية من المادة الفعالة تُصنع في الخارج وتوزَّع عبر صيدليات غير مرخصة.",
         "ru": "Фальсифицированные противомалярийные препараты и антибиотики, не содержавшие действующего вещества, производились за рубежом и распространялись через нелицензированные аптеки.",
         "zh": "不含有效成分的假冒抗疟药和抗生素在境外生产，并通过无证药店销售。"},
        {"en": "An online pharmacy network sold falsified cancer medicines and weight-loss products, shipping them in small parcels to evade customs controls.",
         "fr": "Un réseau de pharmacies en ligne vendait des anticancéreux falsifiés et des produits amaigrissants, expédiés en petits colis pour échapper aux contrôles douaniers.",
         "es": "Una red de farmacias en línea vendía medicamentos oncológicos falsificados y productos para adelgazar, que enviaba en pequeños paquetes para eludir los controles aduaneros.",
         "ar": "كانت شبكة صيدليات إلكترونية تبيع أدوية مزيفة لعلاج السرطان ومنتجات لإنقاص الوزن، وتشحنها في طرود صغيرة للتهرب من الرقابة الجمركية.",
         "ru": "Сеть интернет-аптек продавала фальсифицированные онкологические препараты и средства для похудения, пересылая их небольшими посылками, чтобы избежать таможенного контроля.",
         "zh": "某网络药店团伙销售假冒抗癌药和减肥产品，以小包裹寄递方式逃避海关监管。"},
        {"en": "Expired vaccines and medical devices were relabelled with new dates and batch numbers and sold to clinics and hospitals.",
         "fr": "Des vaccins et des dispositifs médicaux périmés étaient réétiquetés avec de nouvelles dates et de nouveaux numéros de lot, puis vendus à des cliniques et à des hôpitaux.",
         "es": "Vacunas y dispositivos médicos caducados se reetiquetaban con nuevas fechas y números de lote y se vendían a clínicas y hospitales.",
         "ar": "كانت لقاحات وأجهزة طبية منتهية الصلاحية يُعاد وسمها بتواريخ وأرقام تشغيلات جديدة ثم تُباع للعيادات والمستشفيات.",
         "ru": "На просроченные вакцины и медицинские изделия наклеивали этикетки с новыми датами и номерами серий и продавали их клиникам и больницам.",
         "zh": "犯罪团伙将过期疫苗和医疗器械重新标注生产日期和批号后，销售给诊所和医院。"},
    ],
    "TERRORISM": [
        {"en": "The defendants raised funds through charities and small businesses and transferred them through intermediaries to a terrorist group operating abroad.",
         "fr": "Les prévenus collectaient des fonds par l'intermédiaire d'associations caritatives et de petits commerces et les transféraient, via des intermédiaires, à un groupe terroriste opérant à l'étranger.",
         "es": "Los acusados recaudaban fondos a través de organizaciones benéficas y pequeños comercios y los transferían por medio de intermediarios a un grupo terrorista que operaba en el extranjero.",
         "ar": "جمع المتهمون أموالًا عن طريق جمعيات خيرية ومحلات تجارية صغيرة، وحوّلوها عبر وسطاء إلى جماعة إرهابية تنشط في الخارج.",
         "ru": "Обвиняемые собирали деньги через благотворительные организации и малые предприятия и через посредников переводили их террористической группировке, действовавшей за рубежом.",
         "zh": "被告人借助慈善机构和小商铺筹集资金，并通过中间人转给境外一个恐怖组织。"},
        {"en": "A cell recruited fighters online and facilitated their travel to a conflict zone, supplying forged documents and money for the journey.",
         "fr": "Une cellule recrutait des combattants en ligne et facilitait leur départ vers une zone de conflit en leur fournissant de faux documents et de l'argent pour le voyage.",
         "es": "Una célula reclutaba combatientes por internet y facilitaba su viaje a una zona de conflicto, proporcionándoles documentos falsos y dinero para el trayecto.",
         "ar": "كانت خلية تجنّد مقاتلين عبر الإنترنت وتسهّل سفرهم إلى منطقة نزاع، وتزوّدهم بوثائق مزورة وأموال للرحلة.",
         "ru": "Ячейка вербовала боевиков через интернет и содействовала их выезду в зону конфликта, снабжая их поддельными документами и деньгами на дорогу.",
         "zh": "某团伙通过网络招募人员，并为其提供伪造证件和路费，协助其前往冲突地区参加恐怖活动。"},
        {"en": "The accused purchased weapons and explosive precursors for a planned attack, coordinating with a handler abroad through encrypted applications.",
         "fr": "Les accusés avaient acquis des armes et des précurseurs d'explosifs en vue d'un attentat, en coordination avec un commanditaire à l'étranger joint par des applications chiffrées.",
         "es": "Los acusados adquirieron armas y precursores de explosivos para un atentado planificado, en coordinación con un enlace en el extranjero a través de aplicaciones cifradas.",
         "ar": "اشترى المتهمون أسلحة وسلائف متفجرات للتحضير لهجوم، بالتنسيق مع مشغّل في الخارج عبر تطبيقات مشفرة.",
         "ru": "Обвиняемые приобрели оружие и прекурсоры взрывчатых веществ для подготовки теракта, координируя действия с куратором за рубежом через зашифрованные приложения.",
         "zh": "被告人为策划袭击购买武器和爆炸物前体，并通过加密软件与境外指挥人员联络。"},
    ],
}

# Opening sentence of decisions on a foreign request ({cp} = requesting State).
LEAD = {
    "extradition_decision": {
        "en": "The request for extradition was submitted by {cp} for the purposes of prosecution.",
        "fr": "La demande d'extradition a été présentée par les autorités {cp} aux fins de poursuites.",
        "es": "La solicitud de extradición fue presentada por las autoridades {cp} con fines de enjuiciamiento.",
        "ar": "قدّمت السلطات المختصة في {cp} طلب تسليم المجرمين لغرض الملاحقة القضائية.",
        "ru": "Запрос о выдаче в целях уголовного преследования направлен компетентными органами {cp}.",
        "zh": "{cp}向我国提出引渡请求，要求引渡一名被请求人以便进行刑事追诉。"},
    "mla_decision": {
        "en": "The request for mutual legal assistance was submitted by {cp} in the course of a criminal investigation.",
        "fr": "La demande d'entraide judiciaire a été adressée par les autorités {cp} dans le cadre d'une enquête pénale.",
        "es": "La solicitud de asistencia judicial recíproca fue remitida por las autoridades {cp} en el marco de una investigación penal.",
        "ar": "ورد طلب المساعدة القانونية المتبادلة من السلطات المختصة في {cp} في إطار تحقيق جنائي.",
        "ru": "Запрос о взаимной правовой помощи направлен компетентными органами {cp} в рамках уголовного расследования.",
        "zh": "{cp}在刑事侦查过程中向我国提出刑事司法协助请求。"},
}

COOP_SENTENCE = {
    "MLA": {"en": "Bank records and witness statements were obtained from {cp} through mutual legal assistance.",
            "fr": "Des relevés bancaires et des dépositions de témoins ont été obtenus auprès des autorités {cp} par la voie de l'entraide judiciaire.",
            "es": "Se obtuvieron registros bancarios y declaraciones de testigos de las autoridades {cp} mediante asistencia judicial recíproca.",
            "ar": "وجرى الحصول على سجلات مصرفية وإفادات شهود من السلطات المختصة في {cp} عن طريق المساعدة القانونية المتبادلة.",
            "ru": "Банковские документы и показания свидетелей получены от компетентных органов {cp} в порядке взаимной правовой помощи.",
            "zh": "办案机关通过刑事司法协助从{cp}调取了银行记录和证人证言。"},
    "EXTRADITION": {"en": "A key suspect was surrendered by {cp} following an extradition request.",
                    "fr": "Un suspect clé a été remis par les autorités {cp} à la suite d'une demande d'extradition.",
                    "es": "Uno de los principales sospechosos fue entregado por las autoridades {cp} en virtud de una solicitud de extradición.",
                    "ar": "وسلّمت السلطات المختصة في {cp} أحد المشتبه بهم الرئيسيين تنفيذًا لطلب تسليم المجرمين.",
                    "ru": "Один из ключевых подозреваемых был выдан компетентными органами {cp} по запросу об экстрадиции.",
                    "zh": "一名主要犯罪嫌疑人经引渡程序由{cp}移交我国。"},
    "JIT": {"en": "A joint investigation team set up with {cp} coordinated surveillance, arrests and searches.",
            "fr": "Une équipe commune d'enquête constituée avec les autorités {cp} a coordonné les surveillances, les interpellations et les perquisitions.",
            "es": "Un equipo conjunto de investigación constituido con las autoridades {cp} coordinó las vigilancias, las detenciones y los registros.",
            "ar": "ونسّق فريق تحقيق مشترك أُنشئ مع السلطات المختصة في {cp} عمليات المراقبة والقبض والتفتيش.",
            "ru": "Совместная следственная группа, созданная с компетентными органами {cp}, координировала наблюдение, задержания и обыски.",
            "zh": "我国与{cp}组建联合侦查组，协调开展监控、抓捕和搜查行动。"},
    "ASSET_RECOVERY": {"en": "Assets located in {cp} were frozen and later returned under asset recovery arrangements.",
                       "fr": "Des avoirs localisés sur le territoire {cp} ont été gelés puis restitués dans le cadre du recouvrement d'avoirs.",
                       "es": "Los activos localizados en el territorio {cp} fueron congelados y posteriormente restituidos en el marco de la recuperación de activos.",
                       "ar": "وجرى تجميد أموال موجودة في {cp} ثم إعادتها في إطار ترتيبات استرداد الموجودات.",
                       "ru": "Активы, обнаруженные на территории {cp}, были заморожены и впоследствии возвращены в порядке возвращения активов.",
                       "zh": "位于{cp}的涉案资产被冻结，随后通过追回资产合作机制予以返还。"},
    "TRANSFER_PROCEEDINGS": {"en": "Proceedings opened in {cp} were transferred so that the case could be tried in a single forum.",
                             "fr": "Les poursuites engagées par les autorités {cp} ont été transférées afin que l'affaire soit jugée devant une seule juridiction.",
                             "es": "Las actuaciones iniciadas por las autoridades {cp} fueron remitidas para que el caso se juzgara en un solo foro.",
                             "ar": "ونُقلت الإجراءات التي بدأتها السلطات المختصة في {cp} لكي تُنظر القضية أمام جهة قضائية واحدة.",
                             "ru": "Уголовное преследование, начатое компетентными органами {cp}, было передано, с тем чтобы дело рассматривалось в одном суде.",
                             "zh": "{cp}启动的刑事诉讼被移交我国，以便在同一法院合并审理。"},
    "TRANSFER_SENTENCED": {"en": "Arrangements were made with {cp} for the transfer of sentenced persons.",
                           "fr": "Des dispositions ont été prises avec les autorités {cp} en vue du transfèrement des personnes condamnées.",
                           "es": "Se acordó con las autoridades {cp} el traslado de las personas condenadas.",
                           "ar": "واتُّفق مع السلطات المختصة في {cp} على ترتيبات نقل المحكوم عليهم.",
                           "ru": "С компетентными органами {cp} достигнута договорённость о передаче осуждённых.",
                           "zh": "我国与{cp}就被判刑人移管事宜作出了安排。"},
    "POLICE_COOPERATION": {"en": "Police-to-police cooperation with {cp}, including through INTERPOL channels, helped identify the members of the network.",
                           "fr": "La coopération policière avec les autorités {cp}, notamment par les canaux d'INTERPOL, a permis d'identifier les membres du réseau.",
                           "es": "La cooperación policial con las autoridades {cp}, incluso a través de los canales de INTERPOL, permitió identificar a los miembros de la red.",
                           "ar": "وأسهم التعاون الشرطي مع السلطات المختصة في {cp}، بما في ذلك عبر قنوات الإنتربول، في تحديد هوية أفراد الشبكة.",
                           "ru": "Полицейское сотрудничество с компетентными органами {cp}, в том числе по каналам Интерпола, позволило установить участников сети.",
                           "zh": "通过与{cp}警方的合作，包括借助国际刑警组织渠道，查明了犯罪网络成员的身份。"},
    "ELECTRONIC_EVIDENCE": {"en": "Subscriber data and stored communications were preserved and obtained as electronic evidence from service providers in {cp}.",
                            "fr": "Des données relatives aux abonnés et des communications stockées ont été conservées puis obtenues, à titre de preuves électroniques, auprès de fournisseurs de services établis sur le territoire {cp}.",
                            "es": "Se conservaron y obtuvieron como pruebas electrónicas datos de abonados y comunicaciones almacenadas de proveedores de servicios establecidos en el territorio {cp}.",
                            "ar": "وجرى حفظ بيانات المشتركين والاتصالات المخزنة والحصول عليها بوصفها أدلة إلكترونية من مقدمي خدمات في {cp}.",
                            "ru": "Данные об абонентах и хранимые сообщения были сохранены и получены в качестве электронных доказательств у поставщиков услуг, находящихся на территории {cp}.",
                            "zh": "办案机关从位于{cp}的网络服务提供者处保全并调取了用户信息和存储的通信内容等电子证据。"},
}

# Outcomes: two variants per decision type.  {years}: longest prison term (5 to 10).
OUTCOME = {
    "conviction": [
        {"en": "The court convicted the defendants and imposed prison terms of up to {years} years, together with confiscation of the assets traced to the offences.",
         "fr": "La juridiction a déclaré les prévenus coupables et prononcé des peines allant jusqu'à {years} ans d'emprisonnement, assorties de la confiscation des avoirs identifiés.",
         "es": "El tribunal condenó a los acusados a penas de hasta {years} años de prisión y ordenó el decomiso de los bienes vinculados a los delitos.",
         "ar": "وقضت المحكمة بإدانة المتهمين ومعاقبتهم بالسجن مددًا تصل إلى {years} سنوات، مع مصادرة الأموال المتحصلة من الجرائم.",
         "ru": "Суд признал подсудимых виновными и назначил им наказание в виде лишения свободы на срок до {years} лет с конфискацией имущества, полученного преступным путём.",
         "zh": "法院以相关罪名判处各被告人有期徒刑，最高刑期为{years}年，并没收违法所得。"},
        {"en": "The defendants were found guilty on the principal counts; the longest sentence imposed was {years} years' imprisonment.",
         "fr": "Les prévenus ont été reconnus coupables des principaux chefs de prévention ; la peine la plus lourde prononcée est de {years} ans d'emprisonnement.",
         "es": "Los acusados fueron declarados culpables de los cargos principales y la pena más alta impuesta fue de {years} años de prisión.",
         "ar": "وأدانت المحكمة المتهمين بالتهم الرئيسية المنسوبة إليهم، وبلغت أشد العقوبات المحكوم بها السجن {years} سنوات.",
         "ru": "Подсудимые признаны виновными по основным пунктам обвинения; самое строгое назначенное наказание составило {years} лет лишения свободы.",
         "zh": "各被告人被认定犯有主要指控罪行，其中最重的刑罚为有期徒刑{years}年。"},
    ],
    "acquittal": [
        {"en": "The court acquitted the defendants, holding that the evidence did not establish their participation in the offences beyond reasonable doubt.",
         "fr": "La juridiction a relaxé les prévenus, estimant que leur participation aux faits n'était pas établie avec certitude.",
         "es": "El tribunal absolvió a los acusados al considerar que la prueba no acreditaba su participación en los hechos más allá de toda duda razonable.",
         "ar": "وقضت المحكمة ببراءة المتهمين لعدم كفاية الأدلة على مشاركتهم في الجرائم المنسوبة إليهم.",
         "ru": "Суд оправдал подсудимых, указав, что представленные доказательства не подтверждают их причастность к преступлениям.",
         "zh": "法院认为现有证据不足以证明各被告人参与实施了被指控的犯罪，依法宣告无罪。"},
        {"en": "The defendants were acquitted after the court excluded evidence obtained abroad, holding that the conditions set by the requested State for its use had not been respected.",
         "fr": "Les prévenus ont été relaxés après que la juridiction a écarté des preuves obtenues à l'étranger, faute de respect des conditions d'utilisation posées par l'État requis.",
         "es": "Los acusados fueron absueltos después de que el tribunal excluyera pruebas obtenidas en el extranjero, por no haberse respetado las condiciones de uso fijadas por el Estado requerido.",
         "ar": "وقضت المحكمة ببراءة المتهمين بعد استبعاد أدلة جرى الحصول عليها من الخارج، لعدم احترام الشروط التي وضعتها الدولة متلقية الطلب لاستخدامها.",
         "ru": "Подсудимые оправданы после того, как суд исключил доказательства, полученные за рубежом, поскольку не были соблюдены условия их использования, установленные запрашиваемым государством.",
         "zh": "法院以境外取得的证据未遵守被请求国所设定的使用条件为由予以排除，各被告人因此被宣告无罪。"},
    ],
    "appeal_decision": [
        {"en": "On appeal, the court upheld the convictions but reduced the sentences, confirming that evidence obtained through mutual legal assistance was admissible.",
         "fr": "En appel, la cour a confirmé les déclarations de culpabilité tout en réduisant les peines, et a jugé recevables les preuves obtenues par la voie de l'entraide judiciaire.",
         "es": "En apelación, el tribunal confirmó las condenas, redujo las penas y declaró admisibles las pruebas obtenidas mediante asistencia judicial recíproca.",
         "ar": "وفي مرحلة الاستئناف، أيدت المحكمة أحكام الإدانة مع تخفيف العقوبات، وأقرّت بقبول الأدلة التي جرى الحصول عليها عن طريق المساعدة القانونية المتبادلة.",
         "ru": "Апелляционная инстанция оставила приговор в силе в части осуждения, смягчила наказание и признала допустимыми доказательства, полученные в порядке взаимной правовой помощи.",
         "zh": "二审法院维持原判定罪部分，依法减轻了刑罚，并确认通过刑事司法协助取得的证据可以采信。"},
        {"en": "The appellate court dismissed the appeals, rejecting the argument that the trial court lacked jurisdiction over conduct partly committed abroad.",
         "fr": "La cour d'appel a rejeté les recours et écarté le moyen tiré de l'incompétence des juridictions nationales pour des faits commis en partie à l'étranger.",
         "es": "El tribunal de apelación desestimó los recursos y rechazó el argumento de que los tribunales nacionales carecían de jurisdicción sobre hechos cometidos en parte en el extranjero.",
         "ar": "ورفضت محكمة الاستئناف الطعون، ولم تأخذ بالدفع بعدم اختصاص المحاكم الوطنية بنظر أفعال ارتُكب جزء منها في الخارج.",
         "ru": "Апелляционный суд отклонил жалобы, отвергнув довод об отсутствии у национальных судов юрисдикции в отношении деяний, частично совершённых за рубежом.",
         "zh": "上诉法院驳回上诉，认定我国法院对部分犯罪行为发生在境外的案件依法享有管辖权。"},
    ],
    "extradition_decision": [
        {"en": "The court declared the extradition admissible, holding that the dual criminality requirement was met and that the assurances given by the requesting State were sufficient.",
         "fr": "La chambre a émis un avis favorable à l'extradition, estimant que la condition de double incrimination était remplie et que les garanties fournies par l'État requérant étaient suffisantes.",
         "es": "El tribunal declaró procedente la extradición, al considerar cumplido el requisito de doble incriminación y suficientes las garantías ofrecidas por el Estado requirente.",
         "ar": "وقررت المحكمة جواز التسليم، بعد أن تحققت من توافر شرط ازدواجية التجريم وكفاية الضمانات التي قدمتها الدولة الطالبة.",
         "ru": "Суд признал выдачу допустимой, установив соблюдение требования двойной криминальности и достаточность гарантий, предоставленных запрашивающим государством.",
         "zh": "法院经审查认为，该请求符合双重犯罪条件，请求国提供的保证充分，裁定符合引渡条件。"},
        {"en": "The court refused extradition, finding a real risk that the person sought would not receive a fair trial in the requesting State, and referred the case to the domestic prosecutor.",
         "fr": "La juridiction a refusé l'extradition en raison d'un risque réel de procès inéquitable dans l'État requérant et a transmis le dossier au parquet national aux fins de poursuites.",
         "es": "El tribunal denegó la extradición por existir un riesgo real de juicio injusto en el Estado requirente y remitió el caso a la fiscalía nacional para su enjuiciamiento.",
         "ar": "ورفضت المحكمة التسليم لوجود خطر حقيقي من عدم حصول الشخص المطلوب على محاكمة عادلة في الدولة الطالبة، وأحالت الملف إلى النيابة العامة الوطنية للنظر في ملاحقته.",
         "ru": "Суд отказал в выдаче ввиду реального риска несправедливого судебного разбирательства в запрашивающем государстве и передал материалы национальной прокуратуре для решения вопроса об уголовном преследовании.",
         "zh": "法院认为被请求引渡人在请求国存在得不到公正审判的现实风险，裁定不引渡，并将案件移送国内检察机关依法处理。"},
    ],
    "mla_decision": [
        {"en": "The court authorised execution of the request, ordering the production of bank records and the freezing of accounts, subject to the speciality rule.",
         "fr": "La juridiction a autorisé l'exécution de la demande et ordonné la remise de relevés bancaires ainsi que le gel de comptes, sous réserve du principe de spécialité.",
         "es": "El tribunal autorizó la ejecución de la solicitud y ordenó la entrega de registros bancarios y el congelamiento de cuentas, con sujeción al principio de especialidad.",
         "ar": "وأذنت المحكمة بتنفيذ الطلب وأمرت بتقديم السجلات المصرفية وتجميد الحسابات، مع مراعاة قاعدة التخصيص.",
         "ru": "Суд разрешил исполнение запроса, обязав банки представить выписки по счетам и наложив арест на денежные средства, с соблюдением принципа специализации.",
         "zh": "法院准予执行该请求，责令提供银行记录并冻结相关账户，同时明确所获材料须遵守特定性原则。"},
        {"en": "The court set aside part of the execution measures, holding that the transmission of seized data must be limited to what the requesting State had specifically described.",
         "fr": "La juridiction a annulé une partie des mesures d'exécution, jugeant que la transmission des données saisies devait se limiter à ce que l'État requérant avait précisément décrit.",
         "es": "El tribunal dejó sin efecto parte de las medidas de ejecución, al estimar que la transmisión de los datos incautados debía limitarse a lo descrito con precisión por el Estado requirente.",
         "ar": "وألغت المحكمة جانبًا من إجراءات التنفيذ، معتبرةً أن إحالة البيانات المضبوطة يجب أن تقتصر على ما حددته الدولة الطالبة بدقة.",
         "ru": "Суд отменил часть мер по исполнению запроса, указав, что передаче подлежат только те изъятые данные, которые были конкретно описаны запрашивающим государством.",
         "zh": "法院撤销了部分执行措施，认为向请求国移交的扣押数据应当限于请求书中明确描述的范围。"},
    ],
    "confiscation_order": [
        {"en": "The court ordered the confiscation of real estate, vehicles and bank balances representing the proceeds of the offences, and approved the sharing of part of the assets with the cooperating State.",
         "fr": "La juridiction a ordonné la confiscation de biens immobiliers, de véhicules et de soldes bancaires représentant le produit des infractions, et a approuvé le partage d'une partie des avoirs avec l'État coopérant.",
         "es": "El tribunal ordenó el decomiso de inmuebles, vehículos y saldos bancarios que constituían el producto de los delitos y aprobó la repartición de parte de los bienes con el Estado cooperante.",
         "ar": "وأمرت المحكمة بمصادرة العقارات والمركبات والأرصدة المصرفية المتحصلة من الجرائم، ووافقت على تقاسم جزء من الأموال المصادرة مع الدولة المتعاونة.",
         "ru": "Суд постановил конфисковать недвижимость, транспортные средства и остатки на банковских счетах, составляющие доходы от преступлений, и одобрил передачу части имущества сотрудничающему государству.",
         "zh": "法院裁定没收作为犯罪所得的房产、车辆和银行存款，并同意与开展合作的国家分享部分被没收资产。"},
        {"en": "In non-conviction-based proceedings against defendants who had fled abroad, the court ordered the forfeiture of assets held through nominee companies, finding that they derived from crime.",
         "fr": "Dans une procédure de confiscation sans condamnation visant des prévenus en fuite à l'étranger, la juridiction a ordonné la confiscation d'avoirs détenus par des sociétés écrans, jugeant établie leur origine criminelle.",
         "es": "En un proceso de decomiso sin condena contra acusados prófugos en el extranjero, el tribunal ordenó el decomiso de bienes en poder de sociedades pantalla, al considerar acreditado su origen ilícito.",
         "ar": "وفي إطار إجراءات مصادرة لا تستند إلى إدانة جنائية بحق متهمين فارين إلى الخارج، أمرت المحكمة بمصادرة أموال مملوكة عبر شركات واجهة، بعد أن ثبت لديها مصدرها الإجرامي.",
         "ru": "В рамках производства о конфискации без вынесения обвинительного приговора в отношении скрывшихся за рубежом обвиняемых суд обратил в доход государства активы, оформленные на подставные компании, признав доказанным их преступное происхождение.",
         "zh": "对于潜逃境外的被告人，法院适用违法所得没收程序，裁定没收其通过空壳公司持有的资产，认定其系犯罪所得。"},
    ],
    "other": [
        {"en": "The court approved the transfer of the sentenced persons to their State of nationality to serve the remainder of their sentences.",
         "fr": "La juridiction a autorisé le transfèrement des personnes condamnées vers leur État de nationalité afin qu'elles y exécutent le reliquat de leur peine.",
         "es": "El tribunal autorizó el traslado de las personas condenadas a su Estado de nacionalidad para que cumplan allí el resto de sus penas.",
         "ar": "ووافقت المحكمة على نقل المحكوم عليهم إلى دولة جنسيتهم لقضاء ما تبقى من مدة العقوبة.",
         "ru": "Суд дал согласие на передачу осуждённых в государство их гражданства для дальнейшего отбывания наказания.",
         "zh": "法院同意将被判刑人移管至其国籍国继续服刑。"},
        {"en": "The court ruled on a preliminary question of jurisdiction, holding that national courts could try the case because part of the conduct and its effects occurred on national territory.",
         "fr": "La juridiction s'est prononcée sur une question préalable de compétence, jugeant que les tribunaux nationaux pouvaient connaître de l'affaire dès lors qu'une partie des faits et de leurs effets s'était produite sur le territoire national.",
         "es": "El tribunal resolvió una cuestión previa de jurisdicción y declaró que los tribunales nacionales podían conocer del caso, ya que parte de los hechos y de sus efectos se produjo en territorio nacional.",
         "ar": "وفصلت المحكمة في دفع أولي يتعلق بالاختصاص، فقضت بأن المحاكم الوطنية مختصة بنظر القضية لوقوع جزء من الأفعال وآثارها على الإقليم الوطني.",
         "ru": "Суд рассмотрел предварительный вопрос о юрисдикции и признал, что национальные суды вправе рассматривать дело, поскольку часть деяний и их последствия имели место на территории страны.",
         "zh": "法院就管辖权这一先决问题作出裁定，认为部分犯罪行为及其结果发生在我国境内，我国法院依法享有管辖权。"},
    ],
}

# Commentary notes: (language, text, condition on the case).
COMMENTARY = [
    ("en", "Often cited for its reading of dual criminality: the court looked at the underlying conduct rather than the legal label of the offence.", lambda c: c["decision_type"] == "extradition_decision"),
    ("en", "A useful illustration of how evidence gathered by a joint investigation team can be used in the courts of each participating State.", lambda c: "JIT" in c["cooperation_used"]),
    ("en", "The decision confirms that bank secrecy cannot be relied on to refuse a request for mutual legal assistance.", lambda c: c["decision_type"] == "mla_decision"),
    ("en", "Practitioners note the court's approach to the speciality rule where information obtained abroad is used for additional charges.", lambda c: "MLA" in c["cooperation_used"]),
    ("en", "The case shows the value of spontaneous information exchanged between financial intelligence units before any formal request was made.", lambda c: "MONEY_LAUNDERING" in c["crime_types"]),
    ("en", "The court accepted electronic evidence obtained directly from a foreign service provider, a point on which practice still differs between States.", lambda c: "ELECTRONIC_EVIDENCE" in c["cooperation_used"]),
    ("en", "An example of value-based confiscation where the proceeds had been moved through several jurisdictions.", lambda c: c["decision_type"] == "confiscation_order"),
    ("en", "The judgment discusses the non-punishment of trafficking victims who were compelled to commit offences.", lambda c: "TRAFFICKING_IN_PERSONS" in c["crime_types"]),
    ("en", "Illustrates the use of the Convention as a legal basis for cooperation in the absence of a bilateral treaty.", lambda c: True),
    ("en", "The decision addresses the liability of a legal person whose compliance procedures were found to be inadequate.", lambda c: "LIABILITY_OF_LEGAL_PERSONS" in c["cross_cutting_issues"]),
    ("en", "One of the first decisions in the jurisdiction to apply the offence introduced to implement the Protocol.", lambda c: c["articles"] and c["articles"][0].split("-")[0] in ("TIP_PROTOCOL", "SOM_PROTOCOL", "FIREARMS_PROTOCOL")),
    ("en", "The court gave weight to assurances on detention conditions provided by the requesting State.", lambda c: c["decision_type"] == "extradition_decision"),
    ("en", "Relevant for its treatment of universal jurisdiction over piracy and the transfer of suspects captured at sea.", lambda c: "PIRACY" in c["crime_types"]),
    ("en", "The case shows how customs, police and wildlife authorities shared intelligence along the trafficking route.", lambda c: "WILDLIFE_FOREST_CRIME" in c["crime_types"]),
    ("en", "A reminder that protecting witnesses and their families is a condition for successful prosecutions of organised crime.", lambda c: "OBSTRUCTION_OF_JUSTICE" in c["crime_types"]),
    ("en", "The decision clarifies the standard of knowledge required for laundering offences committed by professional intermediaries.", lambda c: "MONEY_LAUNDERING" in c["crime_types"]),
    ("fr", "Décision souvent citée pour son interprétation de la condition de double incrimination.", lambda c: c["decision_type"] == "extradition_decision"),
    ("fr", "L'arrêt précise les conditions d'utilisation des preuves recueillies par une équipe commune d'enquête.", lambda c: "JIT" in c["cooperation_used"]),
    ("fr", "La décision illustre la coopération entre cellules de renseignement financier avant toute demande d'entraide.", lambda c: True),
    ("es", "La resolución es relevante por su interpretación del principio de especialidad.", lambda c: "MLA" in c["cooperation_used"]),
    ("es", "El fallo ilustra el uso de la Convención como base jurídica de la cooperación a falta de tratado bilateral.", lambda c: True),
    ("ar", "يُستشهد بهذا الحكم لتفسيره شرط ازدواجية التجريم.", lambda c: c["decision_type"] == "extradition_decision"),
    ("ar", "يوضح الحكم أهمية التعاون الدولي في تعقّب المتحصلات الإجرامية واستردادها.", lambda c: True),
    ("ru", "Решение примечательно толкованием принципа двойной криминальности.", lambda c: c["decision_type"] == "extradition_decision"),
    ("ru", "Дело иллюстрирует значение международного сотрудничества при отслеживании и возвращении преступных доходов.", lambda c: True),
    ("zh", "该案对双重犯罪原则的理解具有参考价值。", lambda c: c["decision_type"] == "extradition_decision"),
    ("zh", "该案体现了国际合作在追查和追回犯罪所得方面的重要作用。", lambda c: True),
]

COOP_POOL = {
    "MONEY_LAUNDERING": ["MLA", "ASSET_RECOVERY", "POLICE_COOPERATION", "TRANSFER_PROCEEDINGS"],
    "CORRUPTION": ["MLA", "ASSET_RECOVERY", "EXTRADITION"],
    "COUNTERFEITING": ["POLICE_COOPERATION", "MLA"],
    "CYBERCRIME": ["ELECTRONIC_EVIDENCE", "MLA", "POLICE_COOPERATION", "EXTRADITION"],
    "DRUG_OFFENCES": ["POLICE_COOPERATION", "JIT", "MLA", "EXTRADITION", "TRANSFER_SENTENCED"],
    "OBSTRUCTION_OF_JUSTICE": ["MLA", "POLICE_COOPERATION"],
    "ORGANIZED_CRIME_PARTICIPATION": ["JIT", "POLICE_COOPERATION", "MLA", "EXTRADITION"],
    "PIRACY": ["TRANSFER_PROCEEDINGS", "POLICE_COOPERATION", "EXTRADITION", "TRANSFER_SENTENCED"],
    "SMUGGLING_OF_MIGRANTS": ["JIT", "POLICE_COOPERATION", "MLA", "EXTRADITION"],
    "FIREARMS_TRAFFICKING": ["POLICE_COOPERATION", "MLA", "EXTRADITION"],
    "CULTURAL_PROPERTY_TRAFFICKING": ["MLA", "POLICE_COOPERATION", "ASSET_RECOVERY"],
    "WILDLIFE_FOREST_CRIME": ["POLICE_COOPERATION", "MLA", "JIT"],
    "TRAFFICKING_IN_PERSONS": ["JIT", "POLICE_COOPERATION", "MLA", "TRANSFER_PROCEEDINGS"],
    "FALSIFIED_MEDICAL_PRODUCTS": ["POLICE_COOPERATION", "MLA", "ELECTRONIC_EVIDENCE"],
    "TERRORISM": ["POLICE_COOPERATION", "MLA", "ELECTRONIC_EVIDENCE", "EXTRADITION"],
}
CRIME_ARTICLES = {
    "MONEY_LAUNDERING": ["UNTOC-6", "UNCAC-23"], "CORRUPTION": ["UNCAC-15", "UNCAC-16"], "CYBERCRIME": ["BUDAPEST-2", "BUDAPEST-8"],
    "DRUG_OFFENCES": ["DRUG_CONVENTION_1988-3"], "ORGANIZED_CRIME_PARTICIPATION": ["UNTOC-5"], "OBSTRUCTION_OF_JUSTICE": ["UNTOC-23"],
    "TRAFFICKING_IN_PERSONS": ["TIP_PROTOCOL-5"], "SMUGGLING_OF_MIGRANTS": ["SOM_PROTOCOL-6"], "FIREARMS_TRAFFICKING": ["FIREARMS_PROTOCOL-5"],
}
COOP_ARTICLES = {  # cooperation form -> {crime type or "*": article}
    "MLA": {"*": "UNTOC-18", "CORRUPTION": "UNCAC-46", "DRUG_OFFENCES": "DRUG_CONVENTION_1988-7", "CYBERCRIME": "BUDAPEST-27"},
    "EXTRADITION": {"*": "UNTOC-16", "CORRUPTION": "UNCAC-44", "DRUG_OFFENCES": "DRUG_CONVENTION_1988-6", "CYBERCRIME": "BUDAPEST-24"},
    "JIT": {"*": "UNTOC-19", "CORRUPTION": "UNCAC-49"},
    "ASSET_RECOVERY": {"*": "UNTOC-14", "CORRUPTION": "UNCAC-57"},
    "TRANSFER_PROCEEDINGS": {"*": "UNTOC-21", "CORRUPTION": "UNCAC-47", "DRUG_OFFENCES": "DRUG_CONVENTION_1988-8"},
    "TRANSFER_SENTENCED": {"*": "UNTOC-17", "CORRUPTION": "UNCAC-45"},
    "POLICE_COOPERATION": {"*": "UNTOC-27", "CORRUPTION": "UNCAC-48", "DRUG_OFFENCES": "DRUG_CONVENTION_1988-9"},
    "ELECTRONIC_EVIDENCE": {"*": "BUDAPEST-29", "CYBERCRIME": "BUDAPEST-31"},
}
CASE_DATE_FROM = dt.date(2012, 3, 1)
CASE_DATE_TO = dt.date(2025, 10, 31)
EN_TITLE_FOR = {"fr": "Public Prosecutor v. X and others", "ar": "Public Prosecution v. X and others",
                "ru": "Criminal case against X and others", "zh": "Case against X and others"}
CRIMINAL_TITLE = {"fr": "Ministère public c. X et autres", "ar": "النيابة العامة ضد س. وآخرين",
                  "ru": "Уголовное дело в отношении Х. и других"}
LOCAL_TERMS = {  # wording that differs between States writing the same language
    "ESP": [("lavado de activos", "blanqueo de capitales"), ("lavaban", "blanqueaban")],
    "DZA": [("غسل الأموال", "تبييض الأموال")],
}


def localise(iso: str, text: str) -> str:
    for old, new in LOCAL_TERMS.get(iso, []):
        text = text.replace(old, new)
    return text


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def digest_int(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def law_url(law: L):
    if not law.url or law.status == "repealed" or digest_int("url|" + law.iso + "/" + law.slug) % 10 == 0:
        return None
    return f"https://legislation.{law.iso.lower()}.example/{law.slug}"


def provision_id(law: L, p: P) -> str:
    return uid(f"provision/{law.iso}/{law.slug}/{p.number}")


def build_laws():
    out = []
    for law in sorted(LAWS, key=lambda l: (l.iso, l.slug)):
        out.append({
            "id": uid(f"law/{law.iso}/{law.slug}"),
            "country": law.iso,
            "title": typo_map(law.title),
            "original_language": law.lang,
            "type": law.kind,
            "enacted_on": law.enacted,
            "status": law.status,
            "official_url": law_url(law),
            "provisions": [{
                "id": provision_id(law, p),
                "number": p.number,
                "heading": typo_map(p.heading),
                "text": typo_map(p.text),
                "crime_types": p.crime_types,
                "cross_cutting_issues": p.cross_cutting,
                "articles": p.articles,
            } for p in law.provisions],
        })
    return out


def allocate(weights: dict, total: int) -> dict:
    """Largest-remainder split of total over the weights (every key gets at least one)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    counts = {k: max(1, int(v)) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), k)):
        if sum(counts.values()) >= total:
            break
        counts[k] += 1
    while sum(counts.values()) > total:
        k = max(counts, key=lambda k: (counts[k], k))
        counts[k] -= 1
    return counts


# Provisions that are not offences (definitions, scope, penalties, orders, corporate liability):
# never the provision a charge is brought under.
NOT_CHARGEABLE = {
    "GBR/proceeds-of-crime-act-2002/6", "GBR/computer-misuse-act-1990/4", "KEN/proceeds-of-crime-and-anti-money-laundering-act-2009/61",
    "KEN/merchant-shipping-act-2009/369", "JAM/proceeds-of-crime-act-2007/5", "ZAF/prevention-of-organised-crime-act-1998/18",
    "IND/prevention-of-money-laundering-act-2002/5", "USA/title-18-united-states-code/981", "USA/lacey-act-amendments-of-1981/3373",
    "MUS/piracy-and-maritime-violence-act-2011/5", "NGA/money-laundering-prevention-and-prohibition-act-2022/22",
    "IDN/uu-8-2010/6", "CHE/schweizerisches-strafgesetzbuch/102", "ARE/marsoum-bi-qanun-ittihadi-20-2018/4",
    "ARE/qanun-ittihadi-4-2002/4", "EGY/qanun-mukafahat-ghasl-al-amwal-80-2002/14", "SAU/nizam-mukafahat-ghasl-al-amwal/26",
    "SAU/nizam-mukafahat-jaraim-al-ittijar-bil-ashkhas/3", "JOR/qanun-man-al-ittijar-bil-bashar-9-2009/9",
    "CIV/loi-2016-1111/5", "FRA/code-des-douanes/38", "CHN/fan-xiqian-fa/2", "CHN/yaopin-guanli-fa/98",
    "CHN/yaopin-guanli-fa/116", "CHN/yesheng-dongwu-baohu-fa/28", "CHN/yesheng-dongwu-baohu-fa/37",
    "CHN/fan-dianxin-wangluo-zhapian-fa/3", "CHN/fan-youzuzhi-fanzui-fa/2",
    "GTM/ley-contra-la-delincuencia-organizada/2", "TON/money-laundering-and-proceeds-of-crime-act-2000/30",
}
NON_OFFENCE_ISSUES = {"INTERNATIONAL_COOPERATION", "PREVENTION", "VICTIM_ASSISTANCE", "SPECIAL_INVESTIGATIVE_TECHNIQUES",
                      "ASSET_RECOVERY", "ELECTRONIC_EVIDENCE", "WITNESS_PROTECTION"}
WEAK_HEADING = re.compile(r"etc\.|Definition|Meaning|Penalt|Interpretation|Scope|Arrangements|Making of order|Prohibited acts|"
                          r"Prohibited activities|Acquisition, use|Principle|General|Forfeiture|Liability|Extension of")


def chargeable(law: L, p: P) -> bool:
    return bool(p.crime_types) and f"{law.iso}/{law.slug}/{p.number}" not in NOT_CHARGEABLE \
        and not NON_OFFENCE_ISSUES & set(p.cross_cutting)


def offence_label(p: P, crime: str) -> str:
    """The charge as the decision names it: the provision's English heading when it names the offence."""
    heading = p.heading.get("en", "").split(";")[0].strip()
    heading = re.sub(r"^(The offence of|Offence of) ", "", heading)
    heading = heading[:1].upper() + heading[1:]
    if len(p.crime_types) != 1 or not heading or len(heading) > 80 or WEAK_HEADING.search(heading):
        return OFFENCE_EN[crime]
    return heading


def pick_provision(rng, iso, crime, day):
    found = []
    for law in LAWS:
        if law.iso != iso or law.enacted > day:
            continue
        repealed = REPEALED_ON.get((law.iso, law.slug))
        if law.status == "repealed" and (repealed is None or day >= repealed):
            continue
        for p in law.provisions:
            if crime in p.crime_types and chargeable(law, p):
                found.append((p.crime_types[0] != crime, law.slug, p.number, law, p))
    if not found:
        return None
    found.sort(key=lambda t: t[:3])
    best = [t for t in found if t[0] == found[0][0]]
    _, _, _, law, p = rng.choice(best)
    return law, p


def choose_cooperation(rng, primary, decision, variant):
    forced = []
    if decision == "extradition_decision":
        forced = ["EXTRADITION"]
    elif decision == "mla_decision":
        forced = ["MLA"] + (["ELECTRONIC_EVIDENCE"] if primary == "CYBERCRIME" else [])
    elif decision == "confiscation_order":
        forced = ["ASSET_RECOVERY", "MLA"]
    elif decision == "other" and variant == 0:
        forced = ["TRANSFER_SENTENCED"]
    elif (decision == "appeal_decision" and variant == 0) or (decision == "acquittal" and variant == 1):
        forced = ["MLA"]
    pool = [c for c in COOP_POOL[primary] if c not in forced]
    if decision in ("acquittal", "extradition_decision", "mla_decision") or (decision in ("other", "confiscation_order") and variant == 1):
        pool = [c for c in pool if c != "TRANSFER_SENTENCED"]  # nobody has been sentenced (yet)
    if decision == "acquittal":
        pool = [c for c in pool if c != "ASSET_RECOVERY"]
    if decision in ("extradition_decision", "mla_decision"):
        pool = [c for c in pool if c not in ("EXTRADITION", "TRANSFER_PROCEEDINGS", "TRANSFER_SENTENCED")]
    total = max(len(forced), rng.choice([1, 2, 2, 3]))
    extra = rng.sample(pool, min(len(pool), total - len(forced)))
    return (forced + extra)[:4]


def build_parties(rng, state, decision, crimes, cps, transfer=False):
    iso = state.iso
    parties = []

    def add(role, entity, count, nationality):
        parties.append({"role": role, "entity_type": entity, "count": count, "nationality": nationality})

    if decision == "extradition_decision":
        # never a national of the requested State, which most laws in this set bar from extradition
        add("defendant", "natural_person", 1, rng.choice([cps[0], cps[0], rng.choice(state.partners)]))
        return parties, 1
    if decision == "mla_decision":
        n = rng.randint(1, 4)
        add("defendant", "natural_person", n, cps[0])
        add("other", "legal_person", rng.randint(1, 3), iso)
        return parties, n
    n = rng.randint(3 if state.lang == "ar" else 2, 9)
    if transfer:  # sentenced persons going home to serve their sentences
        add("defendant", "natural_person", n, cps[0])
    elif n >= 3 and rng.random() < 0.5:
        own = rng.randint(1, n - 1)
        add("defendant", "natural_person", own, iso)
        add("defendant", "natural_person", n - own, cps[0])
    else:
        add("defendant", "natural_person", n, iso if rng.random() < 0.85 else None)
    if crimes[0] in ("CORRUPTION", "MONEY_LAUNDERING", "COUNTERFEITING", "FALSIFIED_MEDICAL_PRODUCTS") and rng.random() < 0.45:
        add("defendant", "legal_person", rng.randint(1, 2), rng.choice([iso, iso, None]))
    if "TRAFFICKING_IN_PERSONS" in crimes:
        add("victim", "natural_person", rng.randint(3, 30), rng.choice([cps[0], cps[-1], iso]))
    if "SMUGGLING_OF_MIGRANTS" in crimes:
        add("other", "natural_person", rng.randint(8, 60), None)
    if "PIRACY" in crimes:
        add("victim", "natural_person", rng.randint(12, 24), None)
    if "CYBERCRIME" in crimes:
        add("victim", rng.choice(["legal_person", "natural_person"]), rng.randint(2, 150), None)
    if "OBSTRUCTION_OF_JUSTICE" in crimes or rng.random() < 0.2:
        add("witness", "natural_person", rng.randint(1, 4), iso)
    return parties, n


def case_titles(state, decision, primary, cps, langs, n_defendants):
    iso = state.iso
    cp = PARTNER[cps[0]]
    titles = {}
    for lang in langs + ([] if "en" in langs else ["en"]):
        topic = localise(iso, TOPIC[primary][lang])
        if decision == "extradition_decision":
            t = {"en": f"Extradition request by {cp['en']} ({topic})",
                 "fr": f"Demande d'extradition — État requérant : {cp['fr']} ({topic})",
                 "es": f"Solicitud de extradición — Estado requirente: {cp['es']} ({topic})",
                 "ar": f"طلب تسليم مقدَّم من {cp['ar']} ({topic})",
                 "ru": f"Запрос о выдаче — запрашивающее государство: {cp['ru']} ({topic})",
                 "zh": f"{cp['zh']}请求引渡案（{topic}）"}[lang]
        elif decision == "mla_decision":
            t = {"en": f"Request for mutual legal assistance by {cp['en']} ({topic})",
                 "fr": f"Demande d'entraide judiciaire — État requérant : {cp['fr']} ({topic})",
                 "es": f"Solicitud de asistencia judicial recíproca — Estado requirente: {cp['es']} ({topic})",
                 "ar": f"طلب مساعدة قانونية متبادلة مقدَّم من {cp['ar']} ({topic})",
                 "ru": f"Запрос о правовой помощи — запрашивающее государство: {cp['ru']} ({topic})",
                 "zh": f"{cp['zh']}请求刑事司法协助案（{topic}）"}[lang]
        elif lang == "en":
            if state.lang == "en":
                t = f"{state.pros} ({topic})"
            elif state.lang == "es":
                t = f"{state.pros_en} v. N.N. and others ({topic})"
            else:
                t = f"{EN_TITLE_FOR[state.lang]} ({topic})"
        elif lang == "es":
            t = f"{state.pros} c. N.N. y otros ({topic})"
        elif lang == "fr" and iso == "CAN":
            t = f"R. c. X et autres ({topic})"
        elif lang == "zh":
            t = f"甲某等{cn_number(n_defendants)}人{topic}案"
        else:
            t = f"{CRIMINAL_TITLE[lang]} ({topic})"
        titles[lang] = typo(lang, t)
    return titles


SINGLE_COUNTERPART = {"EXTRADITION", "TRANSFER_PROCEEDINGS"}  # one suspect surrendered, one set of proceedings


def case_summary(lang, iso, decision, primary, facts_variant, coop, cps, variant, years):
    parts = []
    if decision in LEAD:
        parts.append(LEAD[decision][lang].format(cp=join_names(lang, cps[:1])))
    parts.append(FACTS[primary][facts_variant][lang])
    if decision in LEAD:  # a foreign request: only operational cooperation is told from this State's side
        told = [c for c in coop if c in ("POLICE_COOPERATION", "JIT")]
    else:
        told = coop
    for c in told[:2]:
        named = cps[:1] if c in SINGLE_COUNTERPART else cps
        parts.append(COOP_SENTENCE[c][lang].format(cp=join_names(lang, named)))
    parts.append(OUTCOME[decision][variant][lang].format(years=years))
    text = ("" if lang == "zh" else " ").join(parts)
    return typo(lang, localise(iso, text)), len(parts)


def build_cases():
    plan = [(iso, i, item) for iso, items in CASE_PLAN.items() for i, item in enumerate(items.split())]
    counts = allocate(DECISION_WEIGHTS, len(plan))
    decisions = [d for d in DECISION_TYPES for _ in range(counts[d])]
    rng_for("decision-types").shuffle(decisions)
    cases, references = [], set()
    for (iso, i, item), decision in zip(plan, decisions):
        state = CASE_STATES[iso]
        lang = state.lang
        rng = rng_for("case", iso, str(i), item)
        crimes = [CT[x] for x in item.split("+")]
        primary = crimes[0]
        variant = rng.randrange(2)
        facts_variant = rng.randrange(3)
        if decision in LEAD:  # one person sought or one request: not a story about "the defendants"
            facts_variant = rng.choice([v for v in range(3) if not re.match(r"The (defendants|accused)", FACTS[primary][v]["en"])])
        years = rng.randint(5, 10)
        n_cp = 1 if decision in ("extradition_decision", "mla_decision") else rng.choice([1, 1, 2, 2, 3])
        cps = rng.sample(state.partners, n_cp)
        coop = choose_cooperation(rng, primary, decision, variant)
        day = random_date(rng, CASE_DATE_FROM, CASE_DATE_TO)
        while True:
            reference = f"DEMO-{iso}-{day.year}-{rng.randint(1, 2400):04d}"
            if reference not in references:
                references.add(reference)
                break
        if decision == "appeal_decision":
            court = rng.choice(state.appeal)
        elif decision in ("extradition_decision", "mla_decision"):
            court = rng.choice(state.coop)
        else:
            court = TRIAL_OVERRIDES.get((iso, primary)) or rng.choice(state.trial)
        parties, n_def = build_parties(rng, state, decision, crimes, cps, transfer=(decision == "other" and variant == 0))

        # languages of the summary (the original one first) and of the title (always English too)
        langs = [lang]
        if iso in ("MAR", "DZA", "TUN") and rng.random() < 0.4:
            langs.append("fr")
        if iso == "CAN" and rng.random() < 0.3:
            langs.append("fr")
        if lang != "en" and (iso == "CMR" or rng.random() < 0.85):
            langs.append("en")
        summary, n_sentences = {}, set()
        for lg in langs:
            summary[lg], n = case_summary(lg, iso, decision, primary, facts_variant, coop, cps, variant, years)
            n_sentences.add(n)
        assert len(n_sentences) == 1 and 2 <= n_sentences.pop() <= 5

        # charges
        charges = []
        for k, crime in enumerate(crimes):
            hit = pick_provision(rng, iso, crime, day.isoformat())
            if hit:
                law, p = hit
                offence = offence_label(p, crime)
                pid, statute = provision_id(law, p), typo(law.lang, cite(law, p.number))
            else:
                offence, pid, statute = OFFENCE_EN[crime], None, None
            if decision == "conviction":
                if k == 0:
                    verdict, sentence = "guilty", f"{years} years' imprisonment" + (" and confiscation of proceeds" if crime == "MONEY_LAUNDERING" else "")
                else:
                    verdict = rng.choices(["guilty", "not_guilty", "dismissed"], [65, 20, 15])[0]
                    sentence = f"{max(2, years - rng.randint(1, 3))} years' imprisonment, concurrent" if verdict == "guilty" else None
            elif decision == "acquittal":
                verdict, sentence = ("not_guilty" if k == 0 else "dismissed"), None
            elif decision == "appeal_decision":
                verdict = "guilty"
                sentence = f"{years if k == 0 else max(2, years - 2)} years' imprisonment ({'reduced' if variant == 0 else 'upheld'} on appeal)"
            elif decision == "confiscation_order" and variant == 0:
                verdict, sentence = "guilty", (f"{years} years' imprisonment and confiscation order" if k == 0 else f"{max(2, years - 2)} years' imprisonment, concurrent")
            elif decision == "other" and variant == 0:
                verdict, sentence = "guilty", f"{years if k == 0 else max(2, years - 2)} years' imprisonment, to be served in the State of nationality"
            else:
                verdict, sentence = "pending", None
            charges.append({"offence": offence, "provision_id": pid, "statute": statute, "verdict": verdict, "sentence": sentence})

        # cross-cutting issues and instrument articles
        legal_person = any(p["entity_type"] == "legal_person" and p["role"] == "defendant" for p in parties)
        specific = []
        if "ELECTRONIC_EVIDENCE" in coop or primary == "CYBERCRIME":
            specific.append("ELECTRONIC_EVIDENCE")
        if "ASSET_RECOVERY" in coop:
            specific.append("ASSET_RECOVERY")
        if decision == "confiscation_order" or ("MONEY_LAUNDERING" in crimes and decision in ("conviction", "appeal_decision")):
            specific.append("CONFISCATION")
        if "TRAFFICKING_IN_PERSONS" in crimes:
            specific.append("VICTIM_ASSISTANCE")
        if "OBSTRUCTION_OF_JUSTICE" in crimes:
            specific.append("WITNESS_PROTECTION")
        if legal_person:
            specific.append("LIABILITY_OF_LEGAL_PERSONS")
        if "PIRACY" in crimes or (decision in ("other", "appeal_decision") and variant == 1):
            specific.append("JURISDICTION")
        if "JIT" in coop or ("POLICE_COOPERATION" in coop and primary in ("DRUG_OFFENCES", "ORGANIZED_CRIME_PARTICIPATION", "FIREARMS_TRAFFICKING")):
            specific.append("SPECIAL_INVESTIGATIVE_TECHNIQUES")
        cross = (["INTERNATIONAL_COOPERATION"] if len(specific) < 2 or rng.random() < 0.5 else []) + specific
        cross = cross[:3]
        articles = []
        for a in CRIME_ARTICLES.get(primary, [])[:1] + [COOP_ARTICLES[c].get(primary, COOP_ARTICLES[c]["*"]) for c in coop]:
            if a not in articles:
                articles.append(a)
        articles = articles[:3]

        case = {
            "id": uid(f"case/{reference}"),
            "reference": reference,
            "title": case_titles(state, decision, primary, cps, langs, n_def),
            "original_language": lang,
            "country": iso,
            "court": typo(lang, court),
            "decision_date": day.isoformat(),
            "decision_type": decision,
            "crime_types": crimes,
            "cross_cutting_issues": cross,
            "articles": articles,
            "summary": summary,
            "commentary": {},
            "cooperation_used": coop,
            "counterpart_countries": cps,
            "parties": parties,
            "charges": charges,
        }
        commentary = {}
        if rng.random() < 0.5:
            commentary["en"] = rng.choice([t for lg, t, ok in COMMENTARY if lg == "en" and ok(case)])
        if lang != "en" and rng.random() < 0.3:
            options = [t for lg, t, ok in COMMENTARY if lg == lang and ok(case)]
            if options:
                commentary[lang] = typo(lang, rng.choice(options))
        case["commentary"] = commentary
        cases.append(case)
    cases.sort(key=lambda c: c["reference"])
    return cases


# --------------------------------------------------------------------------
# Validation and summary
# --------------------------------------------------------------------------

LAW_FIELDS = ["id", "country", "title", "original_language", "type", "enacted_on", "status", "official_url", "provisions"]
PROVISION_FIELDS = ["id", "number", "heading", "text", "crime_types", "cross_cutting_issues", "articles"]
CASE_FIELDS = ["id", "reference", "title", "original_language", "country", "court", "decision_date", "decision_type",
               "crime_types", "cross_cutting_issues", "articles", "summary", "commentary", "cooperation_used",
               "counterpart_countries", "parties", "charges"]
PARTY_FIELDS = ["role", "entity_type", "count", "nationality"]
CHARGE_FIELDS = ["offence", "provision_id", "statute", "verdict", "sentence"]
LAW_TYPES = {"code", "act", "decree", "regulation", "constitution", "other"}
LAW_STATUSES = {"in_force", "amended", "repealed"}
URL_RE = re.compile(r"^https://([a-z0-9-]+\.)+example/[a-z0-9-]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REF_RE = re.compile(r"^DEMO-[A-Z]{3}-\d{4}-\d{4}$")
UN_LANGS = ["ar", "zh", "fr", "ru", "es"]
SEARCH_TERMS = {
    "en": ["extradition", "mutual legal assistance", "money laundering", "trafficking in persons", "smuggling of migrants",
           "cybercrime", "electronic evidence", "confiscation", "corruption", "bribery", "firearms", "wildlife",
           "cultural property", "piracy", "joint investigation team"],
    "fr": ["extradition", "entraide judiciaire", "blanchiment", "traite des", "trafic illicite de migrants", "cybercriminalité",
           "preuves électroniques", "confiscation", "corruption", "armes à feu", "espèces", "biens culturels", "piraterie",
           "équipe commune d’enquête"],
    "es": ["extradición", "asistencia judicial recíproca", "blanqueo de capitales", "lavado de activos", "trata de personas",
           "tráfico ilícito de migrantes", "ciberdelincuencia", "pruebas electrónicas", "decomiso", "cohecho", "soborno",
           "armas de fuego", "silvestre", "bienes culturales", "piratería", "equipo conjunto de investigación"],
    "ar": ["تسليم المجرمين", "المساعدة القانونية المتبادلة", "غسل الأموال", "الاتجار بالأشخاص", "تهريب المهاجرين",
           "الجرائم السيبرانية", "الأدلة الإلكترونية", "مصادرة", "الفساد", "الرشوة", "الأسلحة النارية", "الأحياء البرية",
           "الممتلكات الثقافية", "القرصنة", "فريق تحقيق مشترك"],
    "ru": ["выдач", "экстрадиц", "взаимной правовой помощи", "отмыван", "торговля людьми", "незаконной миграции",
           "киберпреступност", "электронных доказательств", "конфиск", "коррупци", "взятк", "огнестрельного оружия",
           "культурных ценностей", "диких животных", "пиратств", "совместная следственная группа"],
    "zh": ["引渡", "刑事司法协助", "洗钱", "拐卖", "偷越国（边）境", "电子证据", "没收", "腐败", "行贿", "枪支", "野生动物",
           "文物", "海盗", "联合侦查", "网络"],
}
FORBIDDEN_WORDS = ("generated", "generator", "script", "synthetic data", "fake data", "faker", "sherloc", "lorem", "placeholder", "dummy")


def count_sentences(text: str, lang: str) -> int:
    if lang in ("zh", "ja"):
        return len(re.findall(r"[。！？]", text))
    return len(re.findall(r"(?<!No)[.!?؟](?=\s|$)", text))


def check_texts(texts: dict, where: str, allow_empty=False):
    assert isinstance(texts, dict) and (allow_empty or texts), f"empty texts: {where}"
    for lang, value in texts.items():
        assert lang in ISO_639_1, f"bad language {lang}: {where}"
        assert isinstance(value, str) and value.strip() == value and value, f"bad text {where} {lang}"
        assert "  " not in value and "\n" not in value, f"spacing {where} {lang}"
        if lang == "fr":
            assert "'" not in value and not re.search(r" [:;?!»]", value) and "« " not in value, f"French typography {where}: {value}"
        if lang == "zh":
            assert not re.search(r"[,;:()?!]", value), f"Chinese punctuation {where}: {value}"
        if lang == "ar":
            assert not re.search(r"[,;?]", value), f"Arabic punctuation {where}: {value}"
        if lang in ("ru", "uk", "zh", "ar", "fr", "es", "de"):
            assert '"' not in value, f"straight quotes {where}: {value}"


def validate(laws, cases):
    law_ids, prov_country, prov_ids = set(), {}, set()
    ml_law = 0
    for law in laws:
        where = f"law {law['country']} {law['title'].get('en')}"
        assert list(law) == LAW_FIELDS, where
        assert law["id"] not in law_ids, f"duplicate id {where}"
        law_ids.add(law["id"])
        assert law["country"] in COUNTRIES, where
        assert law["original_language"] in ISO_639_1, where
        check_texts(law["title"], where)
        assert "en" in law["title"] and law["original_language"] in law["title"], where
        assert law["type"] in LAW_TYPES and law["status"] in LAW_STATUSES, where
        assert DATE_RE.match(law["enacted_on"]) and dt.date.fromisoformat(law["enacted_on"]) <= dt.date(2025, 12, 31), where
        assert law["official_url"] is None or URL_RE.match(law["official_url"]), where
        assert 2 <= len(law["provisions"]) <= 8, f"provision count {where}"
        numbers = [p["number"] for p in law["provisions"]]
        assert len(set(numbers)) == len(numbers), where
        for p in law["provisions"]:
            pw = f"{where} provision {p['number']}"
            assert list(p) == PROVISION_FIELDS, pw
            assert p["id"] not in prov_ids and p["id"] not in law_ids, f"duplicate id {pw}"
            prov_ids.add(p["id"])
            prov_country[p["id"]] = law["country"]
            assert p["number"].strip() == p["number"] and p["number"], pw
            check_texts(p["heading"], pw, allow_empty=True)
            check_texts(p["text"], pw)
            assert law["original_language"] in p["text"], f"original language missing {pw}"
            for lang, text in p["text"].items():
                assert 1 <= count_sentences(text, lang) <= 4, f"sentences {pw} {lang}: {count_sentences(text, lang)}"
            for field, valid in (("crime_types", CRIME_TYPES), ("cross_cutting_issues", CROSS_CUTTING), ("articles", ARTICLE_IDS)):
                values = p[field]
                assert len(values) <= 3 and len(set(values)) == len(values) and all(v in valid for v in values), f"{field} {pw}: {values}"
            ml_law += "MONEY_LAUNDERING" in p["crime_types"]
    chargeable_ids = {provision_id(law, p) for law in LAWS for p in law.provisions if chargeable(law, p)}
    assert all(any(k == f"{l.iso}/{l.slug}/{q.number}" for l in LAWS for q in l.provisions) for k in NOT_CHARGEABLE)
    refs = set()
    for c in cases:
        where = f"case {c['reference']}"
        assert list(c) == CASE_FIELDS, where
        assert c["id"] not in law_ids and c["id"] not in prov_ids, f"id clash {where}"
        assert REF_RE.match(c["reference"]) and c["reference"] not in refs, where
        assert c["reference"].split("-")[1] == c["country"] and c["reference"].split("-")[2] == c["decision_date"][:4], where
        refs.add(c["reference"])
        law_ids.add(c["id"])
        assert c["country"] in COUNTRIES and c["original_language"] in ISO_639_1, where
        check_texts(c["title"], where)
        assert "en" in c["title"] and c["original_language"] in c["title"], where
        check_texts(c["summary"], where)
        assert c["original_language"] in c["summary"], where
        for lang, text in c["summary"].items():
            assert 2 <= count_sentences(text, lang) <= 5, f"summary sentences {where} {lang}: {text}"
        check_texts(c["commentary"], where, allow_empty=True)
        assert c["court"] and c["court"].strip() == c["court"], where
        assert DATE_RE.match(c["decision_date"]) and CASE_DATE_FROM.isoformat() <= c["decision_date"] <= CASE_DATE_TO.isoformat(), where
        assert c["decision_type"] in DECISION_TYPES, where
        assert 1 <= len(c["crime_types"]) <= 3 and all(x in CRIME_TYPES for x in c["crime_types"]), where
        assert len(set(c["crime_types"])) == len(c["crime_types"]), where
        assert len(c["cross_cutting_issues"]) <= 3 and all(x in CROSS_CUTTING for x in c["cross_cutting_issues"]), where
        assert len(c["articles"]) <= 3 and all(a in ARTICLE_IDS for a in c["articles"]), where
        assert len(c["cooperation_used"]) <= 4 and all(x in COOPERATION for x in c["cooperation_used"]), where
        assert len(set(c["cooperation_used"])) == len(c["cooperation_used"]), where
        cps = c["counterpart_countries"]
        assert all(x in COUNTRIES and x != c["country"] for x in cps) and len(set(cps)) == len(cps), where
        assert c["parties"] and c["charges"], where
        for p in c["parties"]:
            assert list(p) == PARTY_FIELDS, where
            assert p["role"] in ("defendant", "victim", "witness", "other") and p["entity_type"] in ("natural_person", "legal_person"), where
            assert isinstance(p["count"], int) and p["count"] >= 1, where
            assert p["nationality"] is None or p["nationality"] in COUNTRIES, where
        for ch in c["charges"]:
            assert list(ch) == CHARGE_FIELDS, where
            assert ch["offence"] and ch["verdict"] in ("guilty", "not_guilty", "dismissed", "pending"), where
            if ch["provision_id"] is not None:
                assert prov_country.get(ch["provision_id"]) == c["country"], f"provision of another State {where}"
                assert ch["provision_id"] in chargeable_ids, f"charge under a non-offence provision {where}"
                assert ch["statute"], where
            assert (ch["sentence"] is None) or ch["verdict"] == "guilty", where
        if c["decision_type"] == "extradition_decision":
            assert "EXTRADITION" in c["cooperation_used"] and cps, where
            assert all(p["nationality"] != c["country"] for p in c["parties"] if p["role"] == "defendant"), where
        if c["decision_type"] == "mla_decision":
            assert "MLA" in c["cooperation_used"] and cps, where

    # ---- aggregate requirements
    by_region = defaultdict(set)
    for law in laws:
        by_region[region_of(law["country"])].add(law["country"])
    n_prov = sum(len(l["provisions"]) for l in laws)
    assert len(laws) >= 70 and n_prov >= 280, (len(laws), n_prov)
    assert len({l["country"] for l in laws}) >= 45
    assert all(by_region[r] for r in REGIONS), by_region
    assert len(cases) >= 130 and len({c["country"] for c in cases}) >= 40
    per_crime = Counter(x for c in cases for x in c["crime_types"])
    assert all(per_crime[x] >= 4 for x in CRIME_TYPES), per_crime
    per_decision = Counter(c["decision_type"] for c in cases)
    assert all(per_decision[d] for d in DECISION_TYPES), per_decision
    assert set(COOPERATION) <= {x for c in cases for x in c["cooperation_used"]}
    assert {"guilty", "not_guilty", "dismissed", "pending"} <= {ch["verdict"] for c in cases for ch in c["charges"]}
    linked = sum(1 for c in cases if any(ch["provision_id"] for ch in c["charges"]))
    assert linked >= 60, linked
    records = record_languages(laws, cases)
    for lang in UN_LANGS:
        total, with_en = records[lang]
        assert total >= 25 and with_en / total >= 0.7, (lang, total, with_en)
    english_only = sum(1 for l in laws for p in l["provisions"] if set(p["text"]) == {"en"}) + \
        sum(1 for c in cases if set(c["summary"]) == {"en"})
    assert english_only >= 100, english_only
    corpus = defaultdict(list)
    for l in laws:
        for k, v in l["title"].items():
            corpus[k].append(v)
        for p in l["provisions"]:
            for d in (p["heading"], p["text"]):
                for k, v in d.items():
                    corpus[k].append(v)
    for c in cases:
        for d in (c["title"], c["summary"], c["commentary"]):
            for k, v in d.items():
                corpus[k].append(v)
    for lang, terms in SEARCH_TERMS.items():
        blob = " ".join(corpus[lang]).lower()
        missing = [t for t in terms if t.lower() not in blob]
        assert not missing, f"{lang} corpus lacks {missing}"
    blob = json.dumps([laws, cases], ensure_ascii=False).lower()
    for word in FORBIDDEN_WORDS:
        assert not re.search(rf"\b{word}\b", blob), f"forbidden word in data: {word}"


def record_languages(laws, cases):
    """original language -> (records, records that also carry English)."""
    out = defaultdict(lambda: [0, 0])
    for l in laws:
        for p in l["provisions"]:
            out[l["original_language"]][0] += 1
            out[l["original_language"]][1] += "en" in p["text"]
    for c in cases:
        out[c["original_language"]][0] += 1
        out[c["original_language"]][1] += "en" in c["summary"]
    return {k: tuple(v) for k, v in out.items()}


def summary(laws, cases, sizes):
    lines = [f"legislation.json: {len(laws)} laws, {sum(len(l['provisions']) for l in laws)} provisions, "
             f"{len({l['country'] for l in laws})} States ({sizes[0]} bytes)"]
    reg = defaultdict(lambda: [set(), 0, 0])
    for l in laws:
        r = reg[region_of(l["country"])]
        r[0].add(l["country"])
        r[1] += 1
        r[2] += len(l["provisions"])
    for region in REGIONS:
        states, n_laws, n_prov = reg[region]
        lines.append(f"  {region:9s} {len(states):3d} States  {n_laws:3d} laws  {n_prov:3d} provisions")
    lines.append("  status: " + ", ".join(f"{k} {v}" for k, v in Counter(l["status"] for l in laws).most_common())
                 + "; type: " + ", ".join(f"{k} {v}" for k, v in Counter(l["type"] for l in laws).most_common())
                 + f"; without URL: {sum(1 for l in laws if l['official_url'] is None)}")
    lines.append(f"cases.json: {len(cases)} cases from {len({c['country'] for c in cases})} States ({sizes[1]} bytes)")
    creg = Counter(region_of(c["country"]) for c in cases)
    lines.append("  by region: " + ", ".join(f"{r} {creg[r]}" for r in REGIONS))
    lines.append("  per crime type:")
    per_crime = Counter(x for c in cases for x in c["crime_types"])
    for x in CRIME_TYPES:
        lines.append(f"    {x:31s} {per_crime[x]:3d}")
    lines.append("  per decision type: " + ", ".join(f"{d} {n}" for d, n in Counter(c["decision_type"] for c in cases).most_common()))
    lines.append("  cooperation used: " + ", ".join(f"{d} {n}" for d, n in Counter(x for c in cases for x in c["cooperation_used"]).most_common()))
    charges = [ch for c in cases for ch in c["charges"]]
    linked_ch = sum(1 for ch in charges if ch["provision_id"])
    linked_cases = sum(1 for c in cases if any(ch["provision_id"] for ch in c["charges"]))
    cited = {ch["provision_id"] for ch in charges if ch["provision_id"]}
    lines.append(f"  charges: {len(charges)}, linked to a provision: {linked_ch} (in {linked_cases} cases; {len(cited)} distinct provisions)")
    lines.append("  verdicts: " + ", ".join(f"{d} {n}" for d, n in Counter(ch["verdict"] for ch in charges).most_common()))
    lines.append(f"  with commentary: {sum(1 for c in cases if c['commentary'])}")
    lines.append("records per original language (provisions + cases; with English):")
    records = record_languages(laws, cases)
    prov_lang = Counter(l["original_language"] for l in laws for _ in l["provisions"])
    case_lang = Counter(c["original_language"] for c in cases)
    for lang, (total, with_en) in sorted(records.items(), key=lambda kv: (-kv[1][0], kv[0])):
        lines.append(f"  {lang}: {total:3d} ({prov_lang[lang]} provisions + {case_lang[lang]} cases), {with_en} with English")
    english_only = sum(1 for l in laws for p in l["provisions"] if set(p["text"]) == {"en"}) + sum(1 for c in cases if set(c["summary"]) == {"en"})
    lines.append(f"English-only records: {english_only}")
    return "\n".join(lines)


def dump(key, records):
    return json.dumps({key: records}, ensure_ascii=False, indent=2) + "\n"


def main():
    laws = build_laws()
    cases = build_cases()
    validate(laws, cases)
    texts = (dump("laws", laws), dump("cases", cases))
    sizes = tuple(len(t.encode("utf-8")) for t in texts)
    assert all(s < MAX_BYTES for s in sizes), sizes
    LEGISLATION_OUT.write_text(texts[0], encoding="utf-8")
    CASES_OUT.write_text(texts[1], encoding="utf-8")
    print(summary(laws, cases, sizes))
    print(f"written {LEGISLATION_OUT} and {CASES_OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
