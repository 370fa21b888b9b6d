//! What a caller may see of an authority. Spec section 2 defines three tiers; this module is the one
//! place that applies them, and every route that returns authority data (reads, history, search, the
//! change feed, the export) goes through [`authority_view`]. A field the caller may not see is absent
//! from the answer, not null.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{
    Authority, AuthorityKind, AuthorityStatus, Contact, ContactVisibility, CountryCode,
    Designation, LanguageCode,
};

/// How much of a record a caller may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// Which authority handles what, and how: names, designations, postal address, website.
    Public,
    /// Adds office phones, fax, e-mails and restricted contact persons.
    Restricted,
    /// Adds confidential contact persons: the State's own focal points and administrators.
    Confidential,
}

/// An authority as one caller may see it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct AuthorityView {
    pub id: Uuid,
    /// ISO 3166-1 alpha-3 code of the designating State.
    pub country: CountryCode,
    /// The authority's name by ISO 639-1 language: the designated name in its original language and
    /// translations.
    pub names: BTreeMap<LanguageCode, String>,
    /// The language of the designated name.
    pub original_language: LanguageCode,
    pub acronym: Option<String>,
    pub kind: AuthorityKind,
    /// The authority this one is part of, if any.
    pub parent_id: Option<Uuid>,
    /// Postal address.
    pub address: Option<String>,
    pub website: Option<String>,
    /// Office phone numbers (restricted tier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<String>>,
    /// Office fax (restricted tier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fax: Option<String>,
    /// Office e-mail addresses (restricted tier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
    pub office_hours: Option<String>,
    /// IANA time zone of the office.
    pub timezone: Option<String>,
    pub available_24_7: bool,
    pub designations: Vec<Designation>,
    /// Named contact persons the caller may see (restricted tier and above).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<Contact>>,
    pub status: AuthorityStatus,
    /// Increases by one with every committed change.
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub last_confirmed_at: Option<DateTime<Utc>>,
    /// Who last confirmed the record (restricted tier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_confirmed_by: Option<String>,
    /// True when the record has not been confirmed for 365 days.
    pub stale: bool,
}

/// The one function from (record, tier) to what a caller of that tier sees.
pub fn authority_view(authority: &Authority, tier: Tier, now: DateTime<Utc>) -> AuthorityView {
    let restricted = tier >= Tier::Restricted;
    let contacts = restricted.then(|| {
        authority
            .contacts
            .iter()
            .filter(|c| match c.visibility {
                ContactVisibility::Restricted => true,
                ContactVisibility::Confidential => tier >= Tier::Confidential,
            })
            .cloned()
            .collect()
    });
    AuthorityView {
        id: authority.id,
        country: authority.country.clone(),
        names: authority.names.clone(),
        original_language: authority.original_language.clone(),
        acronym: authority.acronym.clone(),
        kind: authority.kind,
        parent_id: authority.parent_id,
        address: authority.address.clone(),
        website: authority.website.clone(),
        phones: restricted.then(|| authority.phones.clone()),
        fax: if restricted {
            authority.fax.clone()
        } else {
            None
        },
        emails: restricted.then(|| authority.emails.clone()),
        office_hours: authority.office_hours.clone(),
        timezone: authority.timezone.clone(),
        available_24_7: authority.available_24_7,
        designations: authority.designations.clone(),
        contacts,
        status: authority.status,
        version: authority.version,
        created_at: authority.created_at,
        updated_at: authority.updated_at,
        last_confirmed_at: authority.last_confirmed_at,
        last_confirmed_by: if restricted {
            authority.last_confirmed_by.clone()
        } else {
            None
        },
        stale: authority.is_stale(now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Caller;
    use crate::domain::{Channel, CompetenceCode, ContactRole, Means, UntocBasis};

    fn sample() -> Authority {
        let lang = |c: &str| LanguageCode::parse(c).unwrap();
        let contact = |name: &str, visibility| Contact {
            name: name.into(),
            position: None,
            phones: vec!["+254 0000 0001".into()],
            email: Some("desk@justice.ken.example".into()),
            languages: vec![lang("en")],
            role: ContactRole::DeskOfficer,
            visibility,
        };
        let now = Utc::now();
        Authority {
            id: Uuid::nil(),
            country: CountryCode::parse("KEN").unwrap(),
            names: [(lang("en"), "Office of the Attorney General".into())].into(),
            original_language: lang("en"),
            acronym: None,
            kind: AuthorityKind::Ministry,
            parent_id: None,
            address: Some("Demo address".into()),
            website: None,
            phones: vec!["+254 0000 0000".into()],
            fax: Some("+254 0000 0009".into()),
            emails: vec!["mla@justice.ken.example".into()],
            office_hours: None,
            timezone: Some("Africa/Nairobi".into()),
            available_24_7: false,
            designations: vec![Designation {
                competence: CompetenceCode::parse("MLA").unwrap(),
                legal_bases: vec!["UNTOC 18(13)".into()],
                is_central: true,
                scope_note: None,
                channels: vec![Channel::Direct],
                means: vec![Means::Email],
                languages_accepted: vec![lang("en")],
                original_by_post_required: false,
                urgent_procedure: None,
                untoc_as_legal_basis: Some(UntocBasis::Yes),
                untoc_legal_basis_note: None,
                legal_requirements: None,
                notification_ref: None,
            }],
            contacts: vec![
                contact("Demo Restricted", ContactVisibility::Restricted),
                contact("Demo Confidential", ContactVisibility::Confidential),
            ],
            status: AuthorityStatus::Active,
            version: 3,
            created_at: now,
            updated_at: now,
            last_confirmed_at: Some(now),
            last_confirmed_by: Some("Secretariat".into()),
        }
    }

    fn contact_names(view: &AuthorityView) -> Option<Vec<&str>> {
        view.contacts
            .as_ref()
            .map(|cs| cs.iter().map(|c| c.name.as_str()).collect())
    }

    #[test]
    fn anonymous_callers_see_the_public_tier_only() {
        let view = authority_view(&sample(), Tier::Public, Utc::now());
        let json = serde_json::to_value(&view).unwrap();
        for absent in ["phones", "fax", "emails", "contacts", "last_confirmed_by"] {
            assert!(json.get(absent).is_none(), "{absent} leaked: {json}");
        }
        assert_eq!(json["designations"][0]["competence"], "MLA");
        assert!(!json.to_string().contains("0000 000"), "a phone leaked");
    }

    #[test]
    fn each_role_sees_its_tier() {
        let a = sample();
        let now = Utc::now();
        let account = crate::auth::Account {
            id: Uuid::nil(),
            email: "fp@example.org".into(),
        };
        let own = Caller::FocalPoint(account.clone(), CountryCode::parse("KEN").unwrap());
        let other = Caller::FocalPoint(account.clone(), CountryCode::parse("FRA").unwrap());
        let reader = Caller::Reader(account.clone());
        let admin = Caller::Admin(account);
        let both = Some(vec!["Demo Restricted", "Demo Confidential"]);
        let restricted_only = Some(vec!["Demo Restricted"]);
        assert_eq!(
            contact_names(&authority_view(&a, own.tier_for(&a.country), now)),
            both
        );
        assert_eq!(
            contact_names(&authority_view(&a, admin.tier_for(&a.country), now)),
            both
        );
        assert_eq!(
            contact_names(&authority_view(&a, other.tier_for(&a.country), now)),
            restricted_only
        );
        assert_eq!(
            contact_names(&authority_view(&a, reader.tier_for(&a.country), now)),
            restricted_only
        );
        let partner = Caller::Partner {
            id: uuid::Uuid::nil(),
            restricted: false,
        };
        assert_eq!(
            contact_names(&authority_view(&a, partner.tier_for(&a.country), now)),
            None
        );
        let view = authority_view(&a, reader.tier_for(&a.country), now);
        assert_eq!(view.fax.as_deref(), Some("+254 0000 0009"));
        assert_eq!(view.emails.as_ref().map(Vec::len), Some(1));
    }

    #[test]
    fn stale_after_a_year_without_confirmation() {
        let mut a = sample();
        let now = Utc::now();
        a.last_confirmed_at = Some(now - chrono::Duration::days(366));
        assert!(authority_view(&a, Tier::Public, now).stale);
        a.last_confirmed_at = Some(now - chrono::Duration::days(364));
        assert!(!authority_view(&a, Tier::Public, now).stale);
        a.last_confirmed_at = None;
        a.created_at = now - chrono::Duration::days(400);
        assert!(authority_view(&a, Tier::Public, now).stale);
    }
}
