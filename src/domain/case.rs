//! Case law: a court decision with its aggregate parties and its charges. Public, like legislation.
//! Parties are counted, never named.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::legislation::Texts;
use super::{text_enum, ArticleId, CountryCode, LanguageCode, TermCode};

text_enum! {
    /// What the court decided.
    DecisionType {
        Conviction => "conviction",
        Acquittal => "acquittal",
        AppealDecision => "appeal_decision",
        ExtraditionDecision => "extradition_decision",
        MlaDecision => "mla_decision",
        ConfiscationOrder => "confiscation_order",
        Other => "other",
    }
}

text_enum! {
    /// A form of international cooperation used in the case.
    Cooperation {
        Mla => "MLA",
        Extradition => "EXTRADITION",
        Jit => "JIT",
        AssetRecovery => "ASSET_RECOVERY",
        TransferProceedings => "TRANSFER_PROCEEDINGS",
        TransferSentenced => "TRANSFER_SENTENCED",
        PoliceCooperation => "POLICE_COOPERATION",
        ElectronicEvidence => "ELECTRONIC_EVIDENCE",
    }
}

text_enum! {
    /// A party's part in the case.
    PartyRole {
        Defendant => "defendant",
        Victim => "victim",
        Witness => "witness",
        Other => "other",
    }
}

text_enum! {
    /// Natural or legal person.
    EntityType {
        NaturalPerson => "natural_person",
        LegalPerson => "legal_person",
    }
}

text_enum! {
    /// The outcome of a charge.
    Verdict {
        Guilty => "guilty",
        NotGuilty => "not_guilty",
        Dismissed => "dismissed",
        Pending => "pending",
    }
}

/// A group of parties of one role, type and nationality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub role: PartyRole,
    pub entity_type: EntityType,
    pub count: i32,
    pub nationality: Option<CountryCode>,
}

/// A charge and its outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Charge {
    pub offence: String,
    /// The provision applied, when it is in the legislation database.
    pub provision_id: Option<Uuid>,
    /// The provision as the decision cites it.
    pub statute: Option<String>,
    pub verdict: Verdict,
    pub sentence: Option<String>,
}

/// A decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: Uuid,
    pub reference: String,
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub title: Texts,
    pub original_language: LanguageCode,
    pub country: CountryCode,
    pub court: String,
    pub decision_date: NaiveDate,
    pub decision_type: DecisionType,
    pub crime_types: Vec<TermCode>,
    pub cross_cutting_issues: Vec<TermCode>,
    pub articles: Vec<ArticleId>,
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub summary: Texts,
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub commentary: Texts,
    pub cooperation_used: Vec<Cooperation>,
    pub counterpart_countries: Vec<CountryCode>,
    pub parties: Vec<Party>,
    pub charges: Vec<Charge>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Case {
    /// Its tag, article and counterpart sets in their one order, so that the document kept in the
    /// history and sent to partners is the one a read returns.
    pub fn normalize(mut self) -> Self {
        use super::legislation::normalize_set;
        normalize_set(&mut self.crime_types);
        normalize_set(&mut self.cross_cutting_issues);
        normalize_set(&mut self.articles);
        normalize_set(&mut self.counterpart_countries);
        self
    }
}
