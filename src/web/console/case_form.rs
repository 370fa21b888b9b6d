//! Adding and editing a case from the console: its reference, court, date and decision, its title,
//! summary and commentary in each language, its subjects, the cooperation used and the States
//! involved, its groups of parties (counted, never named) and its charges, each charge linked to the
//! provision of the State's legislation it applies, chosen from a list. Deleting is
//! `console::remove`.

use actix_web::HttpResponse;
use askama::Template;
use serde_json::{json, Map, Value};

use super::editor::{
    self, count, doc, kept, labelled, pairs, Editable, Editing, FormState, MAX_ROWS,
};
use crate::db::models::{
    law::{self, LawFilter},
    subject::SubjectFilter,
};
use crate::db::Conn;
use crate::directory::input::case::CaseInput;
use crate::domain::case::{Case, Cooperation, DecisionType, EntityType, PartyRole, Verdict};
use crate::domain::CountryCode;
use crate::error::ApiError;
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::page::{html, Page, PageError};
use crate::web::text;

/// The provisions a charge may be linked to: at most this many laws of the State are read.
const MAX_LAWS: i64 = 500;

impl Editable for Case {
    type Input = CaseInput;
    type Fields = Fields;
    const TITLES: [&'static str; 2] = ["case-form-new", "case-form-edit"];
}

/// The case's texts in one language.
#[derive(Debug, Clone, Default)]
pub struct CaseText {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub commentary: String,
}

#[derive(Debug, Clone, Default)]
pub struct PartyRow {
    pub role: String,
    pub entity_type: String,
    pub count: String,
    pub nationality: String,
}

#[derive(Debug, Clone, Default)]
pub struct ChargeRow {
    pub offence: String,
    pub provision_id: String,
    pub statute: String,
    pub verdict: String,
    pub sentence: String,
}

/// What the form holds, as text.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pub country: String,
    pub reference: String,
    pub texts: Vec<CaseText>,
    pub original_language: String,
    pub court: String,
    pub decision_date: String,
    pub decision_type: String,
    pub crime_types: Vec<String>,
    pub cross_cutting: Vec<String>,
    pub articles: String,
    pub cooperation: Vec<String>,
    pub counterparts: String,
    pub parties: Vec<PartyRow>,
    pub charges: Vec<ChargeRow>,
}

fn strings<T: AsRef<str>>(items: &[T]) -> Vec<String> {
    items.iter().map(|i| i.as_ref().to_owned()).collect()
}

impl editor::Fields<Case> for Fields {
    fn of(case: &Case) -> Self {
        let languages: std::collections::BTreeSet<_> = case
            .title
            .keys()
            .chain(case.summary.keys())
            .chain(case.commentary.keys())
            .collect();
        let get = |texts: &crate::domain::legislation::Texts, l| {
            texts.get(l).cloned().unwrap_or_default()
        };
        Fields {
            country: case.country.as_str().to_owned(),
            reference: case.reference.clone(),
            texts: languages
                .into_iter()
                .map(|l| CaseText {
                    lang: l.as_str().to_owned(),
                    title: get(&case.title, l),
                    summary: get(&case.summary, l),
                    commentary: get(&case.commentary, l),
                })
                .collect(),
            original_language: case.original_language.as_str().to_owned(),
            court: case.court.clone(),
            decision_date: case.decision_date.to_string(),
            decision_type: case.decision_type.as_str().to_owned(),
            crime_types: strings(&case.crime_types),
            cross_cutting: strings(&case.cross_cutting_issues),
            articles: doc::codes(&case.articles),
            cooperation: case
                .cooperation_used
                .iter()
                .map(|c| c.as_str().to_owned())
                .collect(),
            counterparts: doc::codes(&case.counterpart_countries),
            parties: case
                .parties
                .iter()
                .map(|p| PartyRow {
                    role: p.role.as_str().to_owned(),
                    entity_type: p.entity_type.as_str().to_owned(),
                    count: p.count.to_string(),
                    nationality: p
                        .nationality
                        .as_ref()
                        .map(|c| c.as_str().to_owned())
                        .unwrap_or_default(),
                })
                .collect(),
            charges: case
                .charges
                .iter()
                .map(|c| ChargeRow {
                    offence: c.offence.clone(),
                    provision_id: c.provision_id.map(|p| p.to_string()).unwrap_or_default(),
                    statute: c.statute.clone().unwrap_or_default(),
                    verdict: c.verdict.as_str().to_owned(),
                    sentence: c.sentence.clone().unwrap_or_default(),
                })
                .collect(),
        }
    }

    fn blank(country: &str) -> Self {
        Fields {
            country: country.to_owned(),
            texts: vec![CaseText::default()],
            decision_type: DecisionType::Conviction.as_str().to_owned(),
            ..Fields::default()
        }
    }

    fn read(form: &Form) -> Self {
        let all =
            |name: &str| -> Vec<String> { form.all(name).into_iter().map(str::to_owned).collect() };
        let texts = kept(form, "text", count(form, "texts"))
            .map(|i| {
                let f = |name: &str| form.get(&format!("text{i}.{name}")).to_owned();
                CaseText {
                    lang: f("lang").to_ascii_lowercase(),
                    title: f("title"),
                    summary: f("summary"),
                    commentary: f("commentary"),
                }
            })
            .collect();
        let parties = kept(form, "party", count(form, "parties"))
            .map(|i| {
                let f = |name: &str| form.get(&format!("party{i}.{name}")).to_owned();
                PartyRow {
                    role: f("role"),
                    entity_type: f("entity_type"),
                    count: f("count"),
                    nationality: f("nationality").to_ascii_uppercase(),
                }
            })
            .collect();
        let charges = kept(form, "charge", count(form, "charges"))
            .map(|i| {
                let f = |name: &str| form.get(&format!("charge{i}.{name}")).to_owned();
                ChargeRow {
                    offence: f("offence"),
                    provision_id: f("provision_id"),
                    statute: f("statute"),
                    verdict: f("verdict"),
                    sentence: f("sentence"),
                }
            })
            .collect();
        Fields {
            country: form.get("country").to_ascii_uppercase(),
            reference: form.get("reference").to_owned(),
            texts,
            original_language: form.get("original_language").to_ascii_lowercase(),
            court: form.get("court").to_owned(),
            decision_date: form.get("decision_date").to_owned(),
            decision_type: form.get("decision_type").to_owned(),
            crime_types: all("crime_types"),
            cross_cutting: all("cross_cutting"),
            articles: form.get("articles").to_owned(),
            cooperation: all("cooperation"),
            counterparts: form.get("counterparts").to_ascii_uppercase(),
            parties,
            charges,
        }
    }

    fn add(&mut self, rows: &str) {
        let full = |n: usize| n >= MAX_ROWS;
        match rows {
            "text" if !full(self.texts.len()) => self.texts.push(CaseText::default()),
            "party" if !full(self.parties.len()) => self.parties.push(PartyRow {
                role: PartyRole::Defendant.as_str().to_owned(),
                entity_type: EntityType::NaturalPerson.as_str().to_owned(),
                count: "1".to_owned(),
                ..PartyRow::default()
            }),
            "charge" if !full(self.charges.len()) => self.charges.push(ChargeRow {
                verdict: Verdict::Pending.as_str().to_owned(),
                ..ChargeRow::default()
            }),
            _ => {}
        }
    }

    fn country(&mut self) -> &mut String {
        &mut self.country
    }

    fn document(&self) -> Value {
        use doc::{number, per_code, text};
        let (mut title, mut summary, mut commentary) = (Map::new(), Map::new(), Map::new());
        for t in &self.texts {
            for (map, value) in [
                (&mut title, &t.title),
                (&mut summary, &t.summary),
                (&mut commentary, &t.commentary),
            ] {
                if !value.trim().is_empty() {
                    map.insert(t.lang.clone(), Value::String(value.trim().to_owned()));
                }
            }
        }
        let parties: Vec<Value> = self
            .parties
            .iter()
            .map(|p| {
                json!({
                    "role": p.role,
                    "entity_type": p.entity_type,
                    "count": number(&p.count),
                    "nationality": text(&p.nationality),
                })
            })
            .collect();
        let charges: Vec<Value> = self
            .charges
            .iter()
            .map(|c| {
                json!({
                    "offence": c.offence.trim(),
                    "provision_id": text(&c.provision_id),
                    "statute": text(&c.statute),
                    "verdict": c.verdict,
                    "sentence": text(&c.sentence),
                })
            })
            .collect();
        json!({
            "country": text(&self.country),
            "reference": self.reference.trim(),
            "title": title,
            "original_language": self.original_language,
            "court": self.court.trim(),
            "decision_date": text(&self.decision_date),
            "decision_type": self.decision_type,
            "crime_types": self.crime_types,
            "cross_cutting_issues": self.cross_cutting,
            "articles": per_code(&self.articles),
            "summary": summary,
            "commentary": commentary,
            "cooperation_used": self.cooperation,
            "counterpart_countries": per_code(&self.counterparts),
            "parties": parties,
            "charges": charges,
        })
    }

    fn field_of(path: &str) -> String {
        editor::field_of(
            path,
            &[("parties", "party"), ("charges", "charge")],
            &[
                ("cross_cutting_issues", "cross_cutting"),
                ("cooperation_used", "cooperation"),
                ("counterpart_countries", "counterparts"),
            ],
        )
    }

    /// The provisions of the State's laws, by law and number.
    async fn linkable(
        conn: &mut Conn,
        country: &str,
        lang: Lang,
    ) -> Result<Vec<(String, String)>, ApiError> {
        let Ok(country) = CountryCode::parse(country) else {
            return Ok(Vec::new());
        };
        let filter = LawFilter {
            subject: SubjectFilter {
                country: Some(country),
                ..SubjectFilter::default()
            },
            ..LawFilter::default()
        };
        let laws = law::list(conn, &filter, None, MAX_LAWS).await?;
        Ok(laws
            .iter()
            .flat_map(|l| {
                let title = text::title(&l.title, &l.original_language, lang);
                l.provisions
                    .iter()
                    .map(move |p| (p.id.to_string(), format!("{title} · {}", p.number)))
            })
            .collect())
    }

    fn render(self, editing: Editing) -> Result<HttpResponse, PageError> {
        let Editing {
            page,
            lang,
            labels,
            status,
            state,
            linkable,
        } = editing;
        let template = CaseFormTemplate {
            page,
            state,
            decision_types: pairs(lang, "decision", DecisionType::TEXTS),
            cooperation_values: pairs(lang, "cooperation", Cooperation::TEXTS),
            roles: pairs(lang, "party", PartyRole::TEXTS),
            entity_types: pairs(lang, "entity", EntityType::TEXTS),
            verdicts: pairs(lang, "verdict", Verdict::TEXTS),
            crime_types: labelled(&labels.crime_types, lang),
            cross_cutting: labelled(&labels.cross_cutting, lang),
            provisions: linkable,
            country_name: labels.country(&self.country, lang).to_owned(),
            f: self,
        };
        Ok(html(status, &template, lang))
    }
}

#[derive(Template)]
#[template(path = "case_form.html")]
struct CaseFormTemplate {
    page: Page,
    state: FormState,
    f: Fields,
    decision_types: Vec<(String, String)>,
    cooperation_values: Vec<(String, String)>,
    roles: Vec<(String, String)>,
    entity_types: Vec<(String, String)>,
    verdicts: Vec<(String, String)>,
    crime_types: Vec<(String, String)>,
    cross_cutting: Vec<(String, String)>,
    /// The State's provisions a charge may apply: (id, law and number).
    provisions: Vec<(String, String)>,
    country_name: String,
}

impl CaseFormTemplate {
    /// Whether the list of provisions offers `id` (a charge may keep a link the list lacks).
    pub fn offers(&self, id: &str) -> bool {
        self.provisions.iter().any(|(v, _)| v == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::console::editor::Fields as _;

    #[test]
    fn document_paths_find_their_fields() {
        assert_eq!(Fields::field_of("summary.fr"), "summary");
        assert_eq!(Fields::field_of("parties[1].count"), "party1.count");
        assert_eq!(
            Fields::field_of("charges[0].provision_id"),
            "charge0.provision_id"
        );
        assert_eq!(Fields::field_of("counterpart_countries[2]"), "counterparts");
        assert_eq!(Fields::field_of("cooperation_used[0]"), "cooperation");
    }
}
