//! Treaty participation: where one State stands with one instrument of international cooperation
//! (the Organized Crime Convention and its three Protocols, the Convention against Corruption, the
//! 1988 Convention, the Budapest Convention), with the declarations and notifications that change how
//! cooperation with it works. Public, like legislation; written by administrators only.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{text_enum, CountryCode, LanguageCode};

text_enum! {
    /// The instruments whose participation the directory records.
    Instrument {
        Untoc => "UNTOC",
        TipProtocol => "TIP_PROTOCOL",
        SomProtocol => "SOM_PROTOCOL",
        FirearmsProtocol => "FIREARMS_PROTOCOL",
        Uncac => "UNCAC",
        DrugConvention1988 => "DRUG_CONVENTION_1988",
        Budapest => "BUDAPEST",
    }
}

impl Instrument {
    /// How practitioners cite it.
    pub fn short_title(self) -> &'static str {
        match self {
            Instrument::Untoc => "UNTOC",
            Instrument::TipProtocol => "Trafficking in Persons Protocol",
            Instrument::SomProtocol => "Smuggling of Migrants Protocol",
            Instrument::FirearmsProtocol => "Firearms Protocol",
            Instrument::Uncac => "UNCAC",
            Instrument::DrugConvention1988 => "1988 Convention",
            Instrument::Budapest => "Budapest Convention",
        }
    }

    /// The declarations a State can make under this instrument that the record carries.
    pub fn declares(self, member: Declared) -> bool {
        use Declared::*;
        match self {
            Instrument::Untoc | Instrument::Uncac => {
                matches!(member, ExtraditionBasis | CentralAuthority | Languages)
            }
            Instrument::DrugConvention1988 => matches!(member, CentralAuthority | Languages),
            Instrument::Budapest => matches!(member, ExtraditionAuthority | ContactPoint),
            Instrument::TipProtocol | Instrument::SomProtocol | Instrument::FirearmsProtocol => {
                false
            }
        }
    }
}

text_enum! {
    /// Where the State stands with the instrument.
    TreatyStatus {
        /// Signed, not (yet) bound.
        Signatory => "signatory",
        /// Bound by it.
        Party => "party",
        /// Neither signed nor bound.
        None => "none",
    }
}

text_enum! {
    /// How the State expressed its consent to be bound.
    ConsentKind {
        Ratification => "ratification",
        Accession => "accession",
        Acceptance => "acceptance",
        Approval => "approval",
        Succession => "succession",
    }
}

/// The declaration members of a record, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declared {
    ExtraditionBasis,
    CentralAuthority,
    Languages,
    ExtraditionAuthority,
    ContactPoint,
}

impl Declared {
    pub const ALL: [Declared; 5] = [
        Declared::ExtraditionBasis,
        Declared::CentralAuthority,
        Declared::Languages,
        Declared::ExtraditionAuthority,
        Declared::ContactPoint,
    ];

    /// The member's name in the document.
    pub fn as_str(self) -> &'static str {
        match self {
            Declared::ExtraditionBasis => "extradition_basis",
            Declared::CentralAuthority => "central_authority",
            Declared::Languages => "languages",
            Declared::ExtraditionAuthority => "extradition_authority",
            Declared::ContactPoint => "contact_point",
        }
    }
}

/// UNTOC art. 16(5)(a) / UNCAC art. 44(6)(a): whether a State that makes extradition conditional on
/// a treaty takes the Convention as the legal basis for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraditionBasis {
    /// True: the Convention is a legal basis for extradition; false: the State requires a treaty.
    pub accepted: bool,
    /// The text of the declaration or notification.
    pub text: Option<String>,
}

/// An authority notified to the depositary: the central authority under UNTOC 18(13), UNCAC 46(13)
/// or the 1988 Convention 7(8); the Budapest Convention's 24(7) extradition authority or 35 point of
/// contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Notified {
    /// The authority's record in the directory, when it is there (of the same State).
    pub authority_id: Option<Uuid>,
    /// The name as notified.
    pub name: String,
    pub text: Option<String>,
}

/// The languages notified under UNTOC 18(14), UNCAC 46(14) or the 1988 Convention 7(9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotifiedLanguages {
    /// ISO 639-1 codes of the languages in which requests are accepted.
    pub languages: Vec<LanguageCode>,
    pub text: Option<String>,
}

/// The declarations and notifications that change how cooperation with the State works. Each
/// member applies to some instruments only.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Declarations {
    /// UNTOC 16(5)(a), UNCAC 44(6)(a).
    pub extradition_basis: Option<ExtraditionBasis>,
    /// UNTOC 18(13), UNCAC 46(13), 1988 Convention 7(8).
    pub central_authority: Option<Notified>,
    /// UNTOC 18(14), UNCAC 46(14), 1988 Convention 7(9).
    pub languages: Option<NotifiedLanguages>,
    /// Budapest Convention 24(7): the authority for extradition and provisional arrest in the
    /// absence of a treaty.
    pub extradition_authority: Option<Notified>,
    /// Budapest Convention 35: the point of contact available 24 hours a day, 7 days a week.
    pub contact_point: Option<Notified>,
}

impl Declarations {
    /// Whether the member is set.
    pub fn has(&self, member: Declared) -> bool {
        match member {
            Declared::ExtraditionBasis => self.extradition_basis.is_some(),
            Declared::CentralAuthority => self.central_authority.is_some(),
            Declared::Languages => self.languages.is_some(),
            Declared::ExtraditionAuthority => self.extradition_authority.is_some(),
            Declared::ContactPoint => self.contact_point.is_some(),
        }
    }

    /// The notified authorities, by member.
    pub fn notified(&self) -> [(Declared, Option<&Notified>); 3] {
        [
            (Declared::CentralAuthority, self.central_authority.as_ref()),
            (
                Declared::ExtraditionAuthority,
                self.extradition_authority.as_ref(),
            ),
            (Declared::ContactPoint, self.contact_point.as_ref()),
        ]
    }
}

/// One State's participation in one instrument, as stored and served.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TreatyParticipation {
    pub id: Uuid,
    /// ISO 3166-1 alpha-3 code of the State.
    pub country: CountryCode,
    pub instrument: Instrument,
    pub status: TreatyStatus,
    pub signed_on: Option<NaiveDate>,
    /// How the State consented to be bound (a party only).
    pub consent_kind: Option<ConsentKind>,
    pub consent_on: Option<NaiveDate>,
    /// When the instrument entered into force for the State.
    pub in_force_on: Option<NaiveDate>,
    pub declarations: Declarations,
    /// The depositary notification the entry rests on (for example `C.N.123.2004.TREATIES-XVIII.12`).
    pub source: String,
    /// When the entry was last checked against the depositary.
    pub checked_on: NaiveDate,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl TreatyParticipation {
    /// True when the State is bound by the instrument.
    pub fn is_party(&self) -> bool {
        self.status == TreatyStatus::Party
    }
}
