//! The legal rules behind a routing answer, as data: which articles of which instruments are a legal
//! basis for each measure (and for which offences), and what a request for each measure must
//! contain. `docs/ROUTING.md` explains each with its source.

use crate::domain::treaty::Instrument;

/// An article of an instrument that is a legal basis for a measure.
#[derive(Debug, Clone, Copy)]
pub struct Basis {
    pub instrument: Instrument,
    /// As practitioners cite it, e.g. `UNTOC art. 18`.
    pub citation: &'static str,
    /// The article's id in the reference data (`UNTOC-18`).
    pub article: &'static str,
    /// The crime types the instrument covers; empty: any offence within its scope.
    pub offences: &'static [&'static str],
    /// What limits its use, in one sentence, and its code (the web application translates by it).
    pub caveat: (&'static str, &'static str),
}

const UNTOC_SCOPE: (&str, &str) = (
    "untoc_scope",
    "Applies to offences established under the Convention and serious crime \
(punishable by at least four years) that are transnational in nature and involve an organized \
criminal group (art. 3).",
);
const UNCAC_SCOPE: (&str, &str) = (
    "uncac_scope",
    "Applies to the offences established under the Convention (arts. 15-25): corruption, bribery, \
embezzlement, laundering of proceeds of corruption and related offences.",
);
const DRUGS_SCOPE: (&str, &str) = (
    "drugs_scope",
    "Applies to the drug trafficking offences established under art. 3(1) and the laundering of \
their proceeds.",
);
const BUDAPEST_SCOPE: (&str, &str) = (
    "budapest_scope",
    "Applies to the offences of arts. 2-11 and to the collection of evidence in electronic form of \
any criminal offence (art. 14(2)).",
);

/// The crime types the 1988 Convention covers.
const DRUG_OFFENCES: &[&str] = &["DRUG_OFFENCES", "MONEY_LAUNDERING"];
/// The crime types UNCAC covers.
const CORRUPTION: &[&str] = &["CORRUPTION", "MONEY_LAUNDERING", "OBSTRUCTION_OF_JUSTICE"];

const fn basis(
    instrument: Instrument,
    citation: &'static str,
    article: &'static str,
    offences: &'static [&'static str],
    caveat: (&'static str, &'static str),
) -> Basis {
    Basis {
        instrument,
        citation,
        article,
        offences,
        caveat,
    }
}

const MLA: &[Basis] = &[
    basis(
        Instrument::Untoc,
        "UNTOC art. 18",
        "UNTOC-18",
        &[],
        UNTOC_SCOPE,
    ),
    basis(
        Instrument::Uncac,
        "UNCAC art. 46",
        "UNCAC-46",
        CORRUPTION,
        UNCAC_SCOPE,
    ),
    basis(
        Instrument::DrugConvention1988,
        "1988 Convention art. 7",
        "DRUG_CONVENTION_1988-7",
        DRUG_OFFENCES,
        DRUGS_SCOPE,
    ),
    basis(
        Instrument::Budapest,
        "Budapest Convention arts. 25 and 27",
        "BUDAPEST-25",
        &[],
        BUDAPEST_SCOPE,
    ),
];

const EXTRADITION: &[Basis] = &[
    basis(
        Instrument::Untoc,
        "UNTOC art. 16",
        "UNTOC-16",
        &[],
        ("untoc_16", "Applies to offences covered by the Convention where the person is in the requested State \
and the offence is punishable under the law of both States (art. 16(1))."),
    ),
    basis(
        Instrument::Uncac,
        "UNCAC art. 44",
        "UNCAC-44",
        CORRUPTION,
        UNCAC_SCOPE,
    ),
    basis(
        Instrument::DrugConvention1988,
        "1988 Convention art. 6",
        "DRUG_CONVENTION_1988-6",
        DRUG_OFFENCES,
        DRUGS_SCOPE,
    ),
    basis(
        Instrument::Budapest,
        "Budapest Convention art. 24",
        "BUDAPEST-24",
        &["CYBERCRIME"],
        ("budapest_24", "Applies to the offences of arts. 2-11 punishable by at least one year in both States (art. \
24(1))."),
    ),
];

const TRANSFER_SENTENCED: &[Basis] = &[
    basis(
        Instrument::Untoc,
        "UNTOC art. 17",
        "UNTOC-17",
        &[],
        (
            "untoc_17",
            "Art. 17 invites States to conclude agreements: the transfer itself rests on such an \
agreement or on national law.",
        ),
    ),
    basis(
        Instrument::Uncac,
        "UNCAC art. 45",
        "UNCAC-45",
        CORRUPTION,
        (
            "uncac_45",
            "Art. 45 invites States to conclude agreements: the transfer itself rests on such an \
agreement or on national law.",
        ),
    ),
];

const TRANSFER_PROCEEDINGS: &[Basis] = &[
    basis(
        Instrument::Untoc,
        "UNTOC art. 21",
        "UNTOC-21",
        &[],
        ("untoc_21", "Art. 21 asks States to consider transfers where it serves the proper administration of \
justice, in particular where several jurisdictions are involved."),
    ),
    basis(
        Instrument::Uncac,
        "UNCAC art. 47",
        "UNCAC-47",
        CORRUPTION,
        UNCAC_SCOPE,
    ),
    basis(
        Instrument::DrugConvention1988,
        "1988 Convention art. 8",
        "DRUG_CONVENTION_1988-8",
        DRUG_OFFENCES,
        DRUGS_SCOPE,
    ),
];

const ASSET_RECOVERY: &[Basis] = &[
    basis(
        Instrument::Uncac,
        "UNCAC arts. 54, 55 and 57",
        "UNCAC-55",
        CORRUPTION,
        (
            "uncac_55",
            "Confiscation and return of the proceeds of offences established under the Convention.",
        ),
    ),
    basis(
        Instrument::Untoc,
        "UNTOC arts. 13 and 14",
        "UNTOC-13",
        &[],
        UNTOC_SCOPE,
    ),
    basis(
        Instrument::DrugConvention1988,
        "1988 Convention art. 5",
        "DRUG_CONVENTION_1988-5",
        DRUG_OFFENCES,
        DRUGS_SCOPE,
    ),
];

const CYBER_24_7: &[Basis] = &[basis(
    Instrument::Budapest,
    "Budapest Convention arts. 29, 30 and 35",
    "BUDAPEST-35",
    &[],
    (
        "cyber_24_7",
        "Expedited preservation and partial disclosure of stored computer data through the 24/7 \
network, pending a request for mutual assistance (art. 29(2)(f)).",
    ),
)];

const DRUGS_SEA: &[Basis] = &[basis(
    Instrument::DrugConvention1988,
    "1988 Convention art. 17",
    "DRUG_CONVENTION_1988-17",
    &[],
    ("drugs_sea", "Boarding and search of a vessel of the requested State suspected of illicit traffic at sea."),
)];

const MIGRANTS_SEA: &[Basis] = &[basis(
    Instrument::SomProtocol,
    "Smuggling of Migrants Protocol art. 8",
    "SOM_PROTOCOL-8",
    &[],
    ("migrants_sea", "Boarding and search of a vessel of the requested State suspected of smuggling migrants by sea."),
)];

const FIREARMS: &[Basis] = &[basis(
    Instrument::FirearmsProtocol,
    "Firearms Protocol arts. 12 and 13",
    "FIREARMS_PROTOCOL-13",
    &[],
    (
        "firearms",
        "Information exchange and cooperation on firearms, their parts and ammunition.",
    ),
)];

const PREVENTION_TOC: &[Basis] = &[basis(
    Instrument::Untoc,
    "UNTOC art. 31",
    "UNTOC-31",
    &[],
    (
        "untoc_31",
        "Cooperation in preventing transnational organized crime, not a request in a case.",
    ),
)];

const CORRUPTION_PREVENTION: &[Basis] = &[basis(
    Instrument::Uncac,
    "UNCAC art. 6",
    "UNCAC-6",
    &[],
    ("uncac_6", "Assistance in developing measures to prevent corruption (art. 6(3)), not a request in a case."),
)];

/// Measures for which mutual legal assistance under UNTOC art. 18 is the instrument-based route.
const THROUGH_MLA: &[Basis] = &[basis(
    Instrument::Untoc,
    "UNTOC art. 18",
    "UNTOC-18",
    &[],
    (
        "through_mla",
        "No instrument recorded here creates this measure; where the conduct falls within UNTOC, \
assistance under art. 18 is available (art. 3).",
    ),
)];

/// The legal bases of a measure (a competence code), most specific first.
pub fn bases(measure: &str) -> &'static [Basis] {
    match measure {
        "MLA" => MLA,
        "EXTRADITION" => EXTRADITION,
        "TRANSFER_SENTENCED" => TRANSFER_SENTENCED,
        "TRANSFER_PROCEEDINGS" => TRANSFER_PROCEEDINGS,
        "ASSET_RECOVERY" => ASSET_RECOVERY,
        "CYBER_24_7" => CYBER_24_7,
        "DRUGS_SEA" => DRUGS_SEA,
        "MIGRANTS_SEA" => MIGRANTS_SEA,
        "FIREARMS" => FIREARMS,
        "PREVENTION_TOC" => PREVENTION_TOC,
        "CORRUPTION_PREVENTION" => CORRUPTION_PREVENTION,
        // Cultural property and terrorism: the instruments of their designations (a General
        // Assembly and a Security Council resolution) bind no one; UNTOC art. 18 may carry the request.
        _ => THROUGH_MLA,
    }
}

/// True for a request concerning electronic evidence: the 24/7 network's measure, or any request
/// about a cybercrime.
pub fn electronic_evidence(measure: &str, crime_type: Option<&str>) -> bool {
    measure == "CYBER_24_7" || crime_type == Some("CYBERCRIME")
}

/// One item a request must contain.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// A stable code (the web application translates by it).
    pub code: &'static str,
    pub text: &'static str,
    /// Where the obligation comes from.
    pub reference: &'static str,
    /// Why it matters, in one line.
    pub reason: &'static str,
    /// False for an item needed only in some cases.
    pub required: bool,
}

const fn item(
    code: &'static str,
    text: &'static str,
    reference: &'static str,
    reason: &'static str,
    required: bool,
) -> Item {
    Item {
        code,
        text,
        reference,
        reason,
        required,
    }
}

const MLA_ITEMS: &[Item] = &[
    item(
        "requesting_authority",
        "The identity of the authority making the request",
        "UNTOC art. 18(15)(a); UNCAC art. 46(15)(a)",
        "The requested State answers and asks questions to an identified authority.",
        true,
    ),
    item(
        "proceedings",
        "The subject matter and nature of the investigation, prosecution or judicial proceeding, \
and the name and functions of the authority conducting it",
        "UNTOC art. 18(15)(b); UNCAC art. 46(15)(b)",
        "It shows that the request concerns criminal proceedings within the instrument's scope.",
        true,
    ),
    item(
        "facts",
        "A summary of the relevant facts",
        "UNTOC art. 18(15)(c); UNCAC art. 46(15)(c)",
        "The requested State checks dual criminality, where it applies, and relevance from them.",
        true,
    ),
    item(
        "assistance_sought",
        "A description of the assistance sought and details of any particular procedure to be \
followed",
        "UNTOC art. 18(15)(d), 18(17); UNCAC art. 46(15)(d), 46(17)",
        "A procedure is followed only when asked for and not contrary to the requested State's law.",
        true,
    ),
    item(
        "persons",
        "Where possible, the identity, location and nationality of any person concerned",
        "UNTOC art. 18(15)(e); UNCAC art. 46(15)(e)",
        "Without them, evidence cannot be taken from or about the person.",
        true,
    ),
    item(
        "purpose",
        "The purpose for which the evidence, information or action is sought",
        "UNTOC art. 18(15)(f); UNCAC art. 46(15)(f)",
        "Information is used only for the purpose stated unless the requested State agrees \
(art. 18(19)).",
        true,
    ),
    item(
        "form_and_language",
        "In writing, or by any means producing a written record, in a language acceptable to the \
requested State; orally in urgent cases, confirmed in writing forthwith",
        "UNTOC art. 18(14); UNCAC art. 46(14)",
        "A request in a language the requested authority does not accept waits for translation.",
        true,
    ),
    item(
        "confidentiality",
        "Where the request must stay confidential, say so: the requested State keeps it \
confidential except as needed to execute it",
        "UNTOC art. 18(20); UNCAC art. 46(20)",
        "The requested State informs at once if it cannot comply with confidentiality.",
        false,
    ),
];

const EXTRADITION_ITEMS: &[Item] = &[
    item(
        "warrant_or_judgment",
        "The arrest warrant, or the enforceable judgment and sentence, in original or certified copy",
        "Model Treaty on Extradition art. 5(2)(a)",
        "Extradition is granted for a person sought for prosecution or to serve a sentence.",
        true,
    ),
    item(
        "offences",
        "Each offence, with the time and place of its commission and its legal description",
        "Model Treaty on Extradition art. 5(2)(b); UNTOC art. 16(1)",
        "The requested State checks dual criminality and the time limits from it.",
        true,
    ),
    item(
        "enactments",
        "The text of the enactments creating each offence and setting its penalty",
        "Model Treaty on Extradition art. 5(2)(b)",
        "The penalty decides whether the offence is extraditable (UNTOC art. 16(1) and (3)).",
        true,
    ),
    item(
        "person",
        "As accurate a description as possible of the person sought, with any information that \
helps establish identity, nationality and location",
        "Model Treaty on Extradition art. 5(2)(a)",
        "The person arrested must be the person sought.",
        true,
    ),
    item(
        "assurances",
        "Where the requested State requires them, assurances (no death penalty, speciality, retrial \
after a judgment in absentia)",
        "UNTOC art. 16(8), 16(14); Model Treaty on Extradition arts. 4 and 14",
        "Without them some States refuse or delay extradition.",
        false,
    ),
];

const TRANSFER_PROCEEDINGS_ITEMS: &[Item] = &[
    item(
        "requesting_authority",
        "The identity of the authority asking for the transfer",
        "UNTOC art. 21; UNCAC art. 47",
        "The requested State deals with an identified prosecuting authority.",
        true,
    ),
    item(
        "facts_and_offences",
        "The facts, the offences with their legal description and the applicable enactments",
        "UNTOC art. 21; Model Treaty on the Transfer of Proceedings art. 2",
        "The requested State must be able to prosecute the conduct under its own law.",
        true,
    ),
    item(
        "justice_reasons",
        "Why the transfer serves the proper administration of justice, and the jurisdictions \
involved",
        "UNTOC art. 21; UNCAC art. 47",
        "Art. 21 supports transfers where they concentrate a prosecution in the best place.",
        true,
    ),
    item(
        "file",
        "The case file: evidence gathered, with certified copies",
        "Model Treaty on the Transfer of Proceedings art. 3",
        "Proceedings continue on the evidence already gathered.",
        true,
    ),
    item(
        "person",
        "The identity, nationality and location of the suspect",
        "Model Treaty on the Transfer of Proceedings art. 3",
        "The requested State needs a link to the person to take over the case.",
        true,
    ),
];

const PRESERVATION_ITEMS: &[Item] = &[
    item(
        "requesting_authority",
        "The authority seeking the preservation",
        "Budapest Convention art. 29(2)(a)",
        "The 24/7 point of contact acts for an identified authority.",
        true,
    ),
    item(
        "offence_and_facts",
        "The offence under investigation and a brief summary of the related facts",
        "Budapest Convention art. 29(2)(b)",
        "Preservation is for a specific criminal investigation.",
        true,
    ),
    item(
        "data",
        "The stored computer data to be preserved and its relationship to the offence",
        "Budapest Convention art. 29(2)(c)",
        "The provider can only preserve what is identified.",
        true,
    ),
    item(
        "custodian",
        "Any available information identifying the custodian of the data or the location of the \
computer system",
        "Budapest Convention art. 29(2)(d)",
        "The requested State must know whom to order.",
        true,
    ),
    item(
        "necessity",
        "Why the preservation is necessary",
        "Budapest Convention art. 29(2)(e)",
        "Data may be deleted before a request for assistance arrives.",
        true,
    ),
    item(
        "follow_up",
        "That a request for mutual assistance for the search, seizure or disclosure of the data \
will follow",
        "Budapest Convention art. 29(2)(f), 29(7)",
        "Data is preserved for at least 60 days pending that request.",
        true,
    ),
];

/// The mandatory contents of a request for `measure`.
pub fn checklist(measure: &str) -> &'static [Item] {
    match measure {
        "EXTRADITION" => EXTRADITION_ITEMS,
        "TRANSFER_PROCEEDINGS" => TRANSFER_PROCEEDINGS_ITEMS,
        "CYBER_24_7" => PRESERVATION_ITEMS,
        _ => MLA_ITEMS,
    }
}
