//! "Where do I send this request?": from the requesting State, the requested State and the measure,
//! the answer a practitioner needs in one document: whom to address and how, in which language, on
//! which legal basis, with what the request must contain, and what to watch out for. It reads the
//! directory, treaty participation and legislation; it writes nothing. The rules are in [`rules`]
//! and explained, with their sources, in `docs/ROUTING.md`.

pub mod draft;
pub mod rules;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::Caller;
use crate::db::{
    models::{self, authority::AuthorityFilter},
    Conn,
};
use crate::domain::treaty::{Instrument, TreatyParticipation, TreatyStatus};
use crate::domain::visibility::{authority_view, AuthorityView};
use crate::domain::{
    Authority, AuthorityStatus, CompetenceCode, CountryCode, Designation, LanguageCode, TermCode,
};
use crate::error::ApiError;

/// What the caller asks.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RouteQuestion {
    /// The requesting State.
    pub from: CountryCode,
    /// The requested State.
    pub to: CountryCode,
    /// The measure sought: a competence code.
    pub measure: CompetenceCode,
    pub urgent: bool,
    pub crime_type: Option<TermCode>,
}

/// Why an authority is in the answer, and in that place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Urgent and about electronic evidence: the point of contact available 24/7 comes first.
    #[serde(rename = "contact_point_24_7")]
    ContactPoint247,
    /// The central authority designated for the measure.
    CentralAuthority,
    /// Another authority designated for the measure.
    Designated,
    /// No authority holds the measure: the central authority notified to the depositary.
    NotifiedCentralAuthority,
    /// No authority holds the measure: the central authority for mutual legal assistance.
    MlaCentralAuthority,
}

/// One authority to address.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RoutedAuthority {
    /// 1 for the first to address.
    pub rank: usize,
    pub reason: Reason,
    /// The reason in a sentence.
    pub explanation: String,
    /// The designation the answer rests on (channels, means, languages, requirements), if any.
    pub designation: Option<Designation>,
    /// The authority as the caller may see it (contacts by tier).
    pub authority: AuthorityView,
}

/// The languages of the request.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Languages {
    /// Those the first authority accepts for the measure (or, without a designation, those the
    /// requested State notified to the depositary).
    pub accepted: Vec<LanguageCode>,
    /// Where `accepted` comes from: `designation`, `notification` or `none`.
    pub source: String,
    /// The requesting State's official languages.
    pub requesting_official: Vec<LanguageCode>,
    /// True when none of the requesting State's official languages is accepted; null when nothing
    /// is recorded to compare.
    pub translation_needed: Option<bool>,
}

/// An instrument both States are party to that is a legal basis for the measure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LegalBasis {
    #[schema(value_type = String)]
    pub instrument: Instrument,
    pub citation: String,
    /// The article's id, as `GET /v1/instruments` lists it.
    pub article: String,
    /// What limits its use.
    pub caveats: Vec<Caveat>,
}

/// A limit on the use of a legal basis.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Caveat {
    /// A stable code: `untoc_scope`, `uncac_scope`, `extradition_basis_accepted`, ...
    pub code: String,
    pub text: String,
}

fn caveat(code: &str, text: impl Into<String>) -> Caveat {
    Caveat {
        code: code.to_owned(),
        text: text.into(),
    }
}

/// What the requested State requires.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Requirements {
    pub legal_requirements: Option<String>,
    pub original_by_post_required: bool,
    pub urgent_procedure: Option<String>,
    /// The requested State's provisions implementing the cited articles.
    pub provisions: Vec<ProvisionLink>,
}

/// A provision of the requested State's law linked to a cited article.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProvisionLink {
    pub law_id: Uuid,
    pub law_title: String,
    pub provision_id: Uuid,
    pub number: String,
    pub article: String,
}

/// One item the request must contain.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChecklistItem {
    pub code: String,
    pub text: String,
    pub reference: String,
    pub reason: String,
    pub required: bool,
}

/// Something the caller must know.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Warning {
    /// `no_records`, `no_designation`, `stale_record`, `no_common_instrument`,
    /// `no_treaty_records`, `treaty_required_for_extradition`, `no_language_recorded` or
    /// `no_channel_recorded`.
    pub code: String,
    pub message: String,
    /// What the warning is about, when it is one thing: the authority's id (`stale_record`), the
    /// State's code (`no_treaty_records`), the instrument (`treaty_required_for_extradition`).
    pub about: Option<String>,
}

/// The whole answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Route {
    pub question: RouteQuestion,
    pub authorities: Vec<RoutedAuthority>,
    pub languages: Languages,
    pub legal_bases: Vec<LegalBasis>,
    /// Said plainly when no instrument both States are party to is a basis.
    pub legal_basis_note: Option<String>,
    pub requirements: Requirements,
    pub checklist: Vec<ChecklistItem>,
    pub warnings: Vec<Warning>,
}

fn warning(code: &str, message: impl Into<String>) -> Warning {
    Warning {
        code: code.to_owned(),
        message: message.into(),
        about: None,
    }
}

impl Warning {
    fn about(mut self, what: impl Into<String>) -> Warning {
        self.about = Some(what.into());
        self
    }
}

/// The designation of `authority` for `measure`.
fn designation<'a>(authority: &'a Authority, measure: &str) -> Option<&'a Designation> {
    authority
        .designations
        .iter()
        .find(|d| d.competence.as_str() == measure)
}

/// The requested State's active authorities in the order to address them, each with its reason,
/// and what the choice made necessary to say.
fn choose(
    authorities: &[Authority],
    treaties: &[TreatyParticipation],
    question: &RouteQuestion,
    warnings: &mut Vec<Warning>,
) -> Vec<(Reason, String, Option<Designation>, Authority)> {
    let measure = question.measure.as_str();
    let mut chosen: Vec<(Reason, String, Option<Designation>, Authority)> = Vec::new();
    let mut add = |reason: Reason, why: String, d: Option<&Designation>, a: &Authority| {
        if !chosen.iter().any(|(_, _, _, c)| c.id == a.id) {
            chosen.push((reason, why, d.cloned(), a.clone()));
        }
    };
    let electronic =
        rules::electronic_evidence(measure, question.crime_type.as_ref().map(|c| c.as_str()));
    if question.urgent && electronic {
        for a in authorities {
            if let Some(d) = designation(a, "CYBER_24_7") {
                add(
                    Reason::ContactPoint247,
                    "Urgent and about electronic evidence: the point of contact available 24 hours a \
                     day, 7 days a week (Budapest Convention art. 35) can preserve data at once."
                        .into(),
                    Some(d),
                    a,
                );
            }
        }
    }
    let mut holders: Vec<(&Authority, &Designation)> = authorities
        .iter()
        .filter_map(|a| designation(a, measure).map(|d| (a, d)))
        .collect();
    holders.sort_by_key(|(a, d)| (!d.is_central, a.display_name().to_owned()));
    for (a, d) in &holders {
        if d.is_central {
            add(
                Reason::CentralAuthority,
                format!(
                    "The central authority designated by {} for this measure.",
                    a.country
                ),
                Some(d),
                a,
            );
        } else {
            add(
                Reason::Designated,
                "Also designated for this measure: an alternative, or competent for part of it."
                    .into(),
                Some(d),
                a,
            );
        }
    }
    if holders.is_empty() && !authorities.is_empty() {
        // The central authority notified under UNTOC 18(13) / UNCAC 46(13), when in the directory;
        // otherwise the central authority for mutual legal assistance.
        let notified: Vec<Uuid> = treaties
            .iter()
            .filter(|t| t.country == question.to)
            .filter_map(|t| t.declarations.central_authority.as_ref()?.authority_id)
            .collect();
        let mut fallback = None;
        for a in authorities.iter().filter(|a| notified.contains(&a.id)) {
            fallback =
                Some("the central authority it notified to the depositary (UNTOC art. 18(13))");
            add(
                Reason::NotifiedCentralAuthority,
                "No authority is designated for this measure: the central authority notified \
                 under UNTOC art. 18(13) / UNCAC art. 46(13) receives requests for assistance."
                    .into(),
                designation(a, "MLA"),
                a,
            );
        }
        if fallback.is_none() {
            for a in authorities {
                if let Some(d) = designation(a, "MLA").filter(|d| d.is_central) {
                    fallback = Some("its central authority for mutual legal assistance");
                    add(
                        Reason::MlaCentralAuthority,
                        "No authority is designated for this measure: the central authority for \
                         mutual legal assistance can receive the request or say who can."
                            .into(),
                        Some(d),
                        a,
                    );
                }
            }
        }
        warnings.push(warning(
            "no_designation",
            match fallback {
                Some(to) => format!(
                    "No authority of {} is designated for {measure}; the answer falls back to {to}, \
                     which receives requests for assistance and can forward them.",
                    question.to
                ),
                None => format!(
                    "No authority of {} is designated for {measure}, and it has no central authority \
                     for mutual legal assistance in the directory: use the diplomatic channel.",
                    question.to
                ),
            },
        ));
    }
    chosen
}

/// The instruments both States are party to that are a basis for the measure, with their caveats.
fn legal_bases(
    treaties: &[TreatyParticipation],
    question: &RouteQuestion,
    warnings: &mut Vec<Warning>,
    designation: Option<&Designation>,
) -> (Vec<LegalBasis>, Option<String>) {
    let party = |country: &CountryCode, instrument: Instrument| {
        treaties
            .iter()
            .find(|t| &t.country == country && t.instrument == instrument)
            .filter(|t| t.status == TreatyStatus::Party)
    };
    let measure = question.measure.as_str();
    let crime = question.crime_type.as_ref().map(|c| c.as_str());
    let mut out = Vec::new();
    let mut common = false;
    for basis in rules::bases(measure) {
        let (Some(_), Some(requested)) = (
            party(&question.from, basis.instrument),
            party(&question.to, basis.instrument),
        ) else {
            continue;
        };
        common = true;
        if let Some(crime) = crime {
            if !basis.offences.is_empty() && !basis.offences.contains(&crime) {
                continue;
            }
        }
        let mut caveats = vec![caveat(basis.caveat.0, basis.caveat.1)];
        if measure == "EXTRADITION"
            && matches!(basis.instrument, Instrument::Untoc | Instrument::Uncac)
        {
            match &requested.declarations.extradition_basis {
                Some(b) if !b.accepted => {
                    warnings.push(
                        warning(
                            "treaty_required_for_extradition",
                            format!(
                            "{} makes extradition conditional on a treaty and does not take {} as \
                             the legal basis for it ({}): a bilateral treaty is needed.",
                            question.to,
                            basis.instrument.short_title(),
                            if basis.instrument == Instrument::Untoc {
                                "UNTOC art. 16(5)(a)"
                            } else {
                                "UNCAC art. 44(6)(a)"
                            }
                        ),
                        )
                        .about(basis.instrument.as_str()),
                    );
                    continue;
                }
                Some(_) => caveats.push(caveat(
                    "extradition_basis_accepted",
                    format!(
                        "{} takes the Convention as the legal basis for extradition.",
                        question.to
                    ),
                )),
                None => {
                    if designation.and_then(|d| d.untoc_as_legal_basis)
                        == Some(crate::domain::UntocBasis::No)
                    {
                        warnings.push(
                            warning(
                                "treaty_required_for_extradition",
                                format!(
                                    "{}'s designation says it does not take the Convention as the \
                                 legal basis for extradition: a bilateral treaty is needed.",
                                    question.to
                                ),
                            )
                            .about(basis.instrument.as_str()),
                        );
                        continue;
                    }
                    caveats.push(caveat(
                        "extradition_basis_unknown",
                        format!(
                            "No notification of {} under art. 16(5)(a) / 44(6)(a) is recorded: \
                             check whether it requires a treaty.",
                            question.to
                        ),
                    ));
                }
            }
        }
        out.push(LegalBasis {
            instrument: basis.instrument,
            citation: basis.citation.to_owned(),
            article: basis.article.to_owned(),
            caveats,
        });
    }
    let note = out.is_empty().then(|| {
        if !common {
            warnings.push(warning(
                "no_common_instrument",
                format!(
                    "{} and {} are not both party to any instrument recorded here that covers this \
                     measure.",
                    question.from, question.to
                ),
            ));
        }
        format!(
            "No instrument both States are party to is a legal basis here: the request rests on a \
             bilateral treaty between {} and {}, if there is one, or on reciprocity (a promise to \
             assist {} in a similar case), as the requested State's law allows.",
            question.from, question.to, question.to
        )
    });
    (out, note)
}

/// The answer to `question`, as `caller` may see it at `now`.
pub async fn route(
    conn: &mut Conn,
    caller: &Caller,
    question: RouteQuestion,
    now: DateTime<Utc>,
) -> Result<Route, ApiError> {
    let measure = question.measure.as_str().to_owned();
    let filter = AuthorityFilter {
        country: Some(question.to.clone()),
        status: Some(AuthorityStatus::Active),
        ..Default::default()
    };
    let authorities = models::authority::list(conn, &filter, now, None, 1000).await?;
    let treaties =
        models::treaty::of_countries(conn, &[question.from.as_str(), question.to.as_str()]).await?;
    let mut warnings = Vec::new();
    if authorities.is_empty() {
        warnings.push(warning(
            "no_records",
            format!(
                "The directory holds no authority of {}: send the request through the diplomatic \
                 channel to its ministry of foreign affairs.",
                question.to
            ),
        ));
    }
    let chosen = choose(&authorities, &treaties, &question, &mut warnings);
    for (_, _, _, a) in &chosen {
        if a.is_stale(now) {
            warnings.push(
                warning(
                    "stale_record",
                    format!(
                        "The record of {} was last confirmed over a year ago: check its details \
                     before sending.",
                        a.display_name()
                    ),
                )
                .about(a.id.to_string()),
            );
        }
    }
    let first = chosen
        .iter()
        .find(|(reason, ..)| *reason != Reason::ContactPoint247)
        .or(chosen.first());
    let first_designation = first.and_then(|(_, _, d, _)| d.as_ref());

    // Languages.
    let official = models::country::official_languages(conn, question.from.as_str()).await?;
    let requesting_official: Vec<LanguageCode> = official
        .iter()
        .filter_map(|l| LanguageCode::parse(l).ok())
        .collect();
    let notified: Vec<LanguageCode> = treaties
        .iter()
        .filter(|t| t.country == question.to)
        .filter_map(|t| t.declarations.languages.as_ref())
        .flat_map(|l| l.languages.iter().cloned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let (accepted, source) = match first_designation {
        Some(d) if !d.languages_accepted.is_empty() => {
            (d.languages_accepted.clone(), "designation")
        }
        _ if !notified.is_empty() => (notified, "notification"),
        _ => (Vec::new(), "none"),
    };
    if accepted.is_empty() && !chosen.is_empty() {
        warnings.push(warning(
            "no_language_recorded",
            "No language is recorded for this designation: ask the authority which languages it \
             accepts before translating.",
        ));
    }
    if first_designation.is_some_and(|d| d.channels.is_empty() && d.means.is_empty()) {
        warnings.push(warning(
            "no_channel_recorded",
            "No channel or means of transmission is recorded for this designation: the diplomatic \
             channel is always available.",
        ));
    }
    let translation_needed = (!accepted.is_empty() && !requesting_official.is_empty())
        .then(|| !requesting_official.iter().any(|l| accepted.contains(l)));
    let languages = Languages {
        accepted,
        source: source.to_owned(),
        requesting_official,
        translation_needed,
    };

    // Legal bases.
    let has_treaties = |c: &CountryCode| treaties.iter().any(|t| &t.country == c);
    for country in [&question.from, &question.to] {
        if !has_treaties(country) {
            warnings.push(warning(
                "no_treaty_records",
                format!(
                    "No treaty participation of {country} is recorded: the legal bases below may be \
                     incomplete."
                ),
            )
            .about(country.as_str()));
        }
    }
    let (legal_bases, legal_basis_note) =
        legal_bases(&treaties, &question, &mut warnings, first_designation);

    // Requirements and the requested State's provisions for the cited articles.
    let cited: Vec<String> = rules::bases(&measure)
        .iter()
        .map(|b| b.article.to_owned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut provisions = Vec::new();
    for (law_id, title, original, provision_id, number, article) in
        models::law::implementing(conn, question.to.as_str(), &cited).await?
    {
        let title: crate::domain::legislation::Texts = serde_json::from_value(title)
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("stored law title: {e}")))?;
        let original = LanguageCode::parse(&original)
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("stored law language: {e}")))?;
        provisions.push(ProvisionLink {
            law_id,
            law_title: crate::domain::legislation::display(&title, &original).to_owned(),
            provision_id,
            number,
            article,
        });
    }
    let requirements = Requirements {
        legal_requirements: first_designation.and_then(|d| d.legal_requirements.clone()),
        original_by_post_required: first_designation.is_some_and(|d| d.original_by_post_required),
        urgent_procedure: first_designation.and_then(|d| d.urgent_procedure.clone()),
        provisions,
    };
    let mut checklist: Vec<ChecklistItem> = rules::checklist(&measure)
        .iter()
        .map(|i| ChecklistItem {
            code: i.code.to_owned(),
            text: i.text.to_owned(),
            reference: i.reference.to_owned(),
            reason: i.reason.to_owned(),
            required: i.required,
        })
        .collect();
    if let Some(own) = &requirements.legal_requirements {
        checklist.push(ChecklistItem {
            code: "requested_state_requirements".into(),
            text: own.clone(),
            reference: format!("Designation of {}", question.to),
            reason: "The requested State's own requirements, as it recorded them.".into(),
            required: true,
        });
    }

    let authorities = chosen
        .into_iter()
        .enumerate()
        .map(
            |(i, (reason, explanation, designation, a))| RoutedAuthority {
                rank: i + 1,
                reason,
                explanation,
                designation,
                authority: authority_view(&a, caller.tier_for(&a.country), now),
            },
        )
        .collect();
    Ok(Route {
        question,
        authorities,
        languages,
        legal_bases,
        legal_basis_note,
        requirements,
        checklist,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cited_article_and_crime_type_is_in_the_reference_data() {
        let codes = crate::seed::code_lists().unwrap();
        for measure in &codes.competences {
            for basis in rules::bases(measure) {
                assert!(
                    codes.articles.iter().any(|a| a == basis.article),
                    "{measure}: {}",
                    basis.article
                );
                for crime in basis.offences {
                    assert!(codes.crime_types.iter().any(|c| c == crime), "{crime}");
                }
            }
            assert!(!rules::checklist(measure).is_empty());
        }
    }
}
