//! The authority document: the aggregate root of the directory. One document, one version, one ETag.
//! This is the full, unfiltered record; what a caller may see of it is decided in
//! [`super::visibility`].

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{text_enum, CompetenceCode, CountryCode, LanguageCode};

/// An authority not confirmed (or, if never confirmed, not created) for this many days is stale.
pub const STALE_AFTER_DAYS: i64 = 365;

text_enum! {
    /// What sort of body the authority is.
    AuthorityKind {
        Ministry => "ministry",
        Prosecution => "prosecution",
        Court => "court",
        Police => "police",
        FinancialIntelligenceUnit => "financial_intelligence_unit",
        CoastGuard => "coast_guard",
        Other => "other",
    }
}

text_enum! {
    /// Whether the record is current. Retired records stay in history but leave default listings.
    AuthorityStatus {
        Active => "active",
        Retired => "retired",
    }
}

text_enum! {
    /// The channel through which requests reach the authority.
    Channel {
        Direct => "direct",
        Diplomatic => "diplomatic",
        Interpol => "interpol",
        RegionalNetwork => "regional_network",
    }
}

text_enum! {
    /// The means by which a request may be transmitted.
    Means {
        Post => "post",
        Email => "email",
        Fax => "fax",
        SecurePlatform => "secure_platform",
        OralIfUrgent => "oral_if_urgent",
    }
}

text_enum! {
    /// Whether the State accepts the Organized Crime Convention (UNTOC) as the legal basis.
    UntocBasis {
        Yes => "yes",
        No => "no",
        WithConditions => "with_conditions",
    }
}

text_enum! {
    /// The part a named contact person plays.
    ContactRole {
        Head => "head",
        DeskOfficer => "desk_officer",
        Duty247 => "duty_24_7",
        Other => "other",
    }
}

text_enum! {
    /// Who may see a contact person: signed-in readers (restricted) or only the focal points of the
    /// authority's State and administrators (confidential). Contact persons are never public.
    ContactVisibility {
        Restricted => "restricted",
        Confidential => "confidential",
    }
}

/// A competence the authority holds, and how requests under it are sent. Public in full.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Designation {
    /// Competence-type code, see `GET /v1/competences`.
    pub competence: CompetenceCode,
    /// Citations of the legal bases under which the designation was made, e.g. `UNTOC 18(13)`.
    pub legal_bases: Vec<String>,
    /// True for the central authority of the State for this competence.
    pub is_central: bool,
    pub scope_note: Option<String>,
    pub channels: Vec<Channel>,
    pub means: Vec<Means>,
    /// ISO 639-1 codes of the languages in which requests are accepted.
    pub languages_accepted: Vec<LanguageCode>,
    /// True when the original of a request must follow by post.
    pub original_by_post_required: bool,
    pub urgent_procedure: Option<String>,
    /// Whether the State accepts UNTOC as the legal basis for this cooperation.
    pub untoc_as_legal_basis: Option<UntocBasis>,
    pub untoc_legal_basis_note: Option<String>,
    pub legal_requirements: Option<String>,
    /// Reference of the notification to the depositary.
    pub notification_ref: Option<String>,
}

/// A named contact person at the authority (never public).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub position: Option<String>,
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub languages: Vec<LanguageCode>,
    pub role: ContactRole,
    pub visibility: ContactVisibility,
}

/// The whole authority document as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub id: Uuid,
    pub country: CountryCode,
    pub names: BTreeMap<LanguageCode, String>,
    pub original_language: LanguageCode,
    pub acronym: Option<String>,
    pub kind: AuthorityKind,
    pub parent_id: Option<Uuid>,
    pub address: Option<String>,
    pub website: Option<String>,
    pub phones: Vec<String>,
    pub fax: Option<String>,
    pub emails: Vec<String>,
    pub office_hours: Option<String>,
    pub timezone: Option<String>,
    pub available_24_7: bool,
    pub designations: Vec<Designation>,
    pub contacts: Vec<Contact>,
    pub status: AuthorityStatus,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub last_confirmed_at: Option<DateTime<Utc>>,
    pub last_confirmed_by: Option<String>,
}

impl Authority {
    /// The name used for sorting and as a display title: English if given, else the original.
    pub fn display_name(&self) -> &str {
        let english = LanguageCode::parse("en").ok();
        english
            .as_ref()
            .and_then(|en| self.names.get(en))
            .or_else(|| self.names.get(&self.original_language))
            .or_else(|| self.names.values().next())
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// True when the record was last confirmed (or, never confirmed, created) over a year ago.
    pub fn is_stale(&self, now: DateTime<Utc>) -> bool {
        self.last_confirmed_at.unwrap_or(self.created_at) < stale_cutoff(now)
    }
}

/// Records last confirmed before this instant are stale.
pub fn stale_cutoff(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(STALE_AFTER_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_through_text() {
        for kind in AuthorityKind::ALL {
            assert_eq!(kind.as_str().parse::<AuthorityKind>().unwrap(), *kind);
        }
        assert_eq!(
            serde_json::to_string(&ContactRole::Duty247).unwrap(),
            "\"duty_24_7\""
        );
        let err = "telegraph".parse::<Channel>().unwrap_err();
        assert!(err.to_string().contains("regional_network"), "{err}");
    }
}
