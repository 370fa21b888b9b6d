//! Adding and editing a law from the console: its titles, type, status and date, and its
//! provisions, each with its number, its heading and text in each language, its subjects and the
//! instrument articles it implements. A provision keeps its id (and so the cases applying it) across
//! edits; one added gets a new id. Deleting is `console::remove`.

use actix_web::HttpResponse;
use askama::Template;
use serde_json::{json, Map, Value};

use super::editor::{
    self, count, doc, kept, labelled, pairs, Editable, Editing, FormState, LangText, MAX_ROWS,
};
use crate::directory::input::law::LawInput;
use crate::domain::legislation::{Law, LawStatus, LawType};
use crate::web::form::Form;
use crate::web::page::{html, Page, PageError};

impl Editable for Law {
    type Input = LawInput;
    type Fields = Fields;
    const TITLES: [&'static str; 2] = ["law-form-new", "law-form-edit"];
}

/// A provision's heading and text in one language.
#[derive(Debug, Clone, Default)]
pub struct ProvisionText {
    pub lang: String,
    pub heading: String,
    pub text: String,
}

impl ProvisionText {
    fn is_blank(&self) -> bool {
        self.lang.is_empty() && self.heading.is_empty() && self.text.is_empty()
    }
}

#[derive(Debug, Clone, Default)]
pub struct ProvisionRow {
    /// Empty for a provision added in this form.
    pub id: String,
    pub number: String,
    pub texts: Vec<ProvisionText>,
    pub crime_types: Vec<String>,
    pub cross_cutting: Vec<String>,
    pub articles: String,
}

impl ProvisionRow {
    fn blank() -> Self {
        ProvisionRow {
            texts: vec![ProvisionText::default()],
            ..ProvisionRow::default()
        }
    }
}

/// What the form holds, as text.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pub country: String,
    pub titles: Vec<LangText>,
    pub original_language: String,
    pub law_type: String,
    pub enacted_on: String,
    pub status: String,
    pub official_url: String,
    pub provisions: Vec<ProvisionRow>,
}

fn texts_of(form: &Form, i: usize) -> Vec<ProvisionText> {
    let prefix = format!("p{i}.t");
    kept(form, &prefix, count(form, &format!("p{i}.texts")))
        .map(|j| {
            let f = |name: &str| form.get(&format!("p{i}.t{j}.{name}")).to_owned();
            ProvisionText {
                lang: f("lang").to_ascii_lowercase(),
                heading: f("heading"),
                text: f("text"),
            }
        })
        .collect()
}

impl editor::Fields<Law> for Fields {
    fn of(law: &Law) -> Self {
        Fields {
            country: law.country.as_str().to_owned(),
            titles: LangText::rows(&law.title),
            original_language: law.original_language.as_str().to_owned(),
            law_type: law.law_type.as_str().to_owned(),
            enacted_on: law.enacted_on.map(|d| d.to_string()).unwrap_or_default(),
            status: law.status.as_str().to_owned(),
            official_url: law.official_url.clone().unwrap_or_default(),
            provisions: law
                .provisions
                .iter()
                .map(|p| ProvisionRow {
                    id: p.id.to_string(),
                    number: p.number.clone(),
                    texts: p
                        .text
                        .keys()
                        .chain(p.heading.keys())
                        .collect::<std::collections::BTreeSet<_>>()
                        .into_iter()
                        .map(|l| ProvisionText {
                            lang: l.as_str().to_owned(),
                            heading: p.heading.get(l).cloned().unwrap_or_default(),
                            text: p.text.get(l).cloned().unwrap_or_default(),
                        })
                        .collect(),
                    crime_types: p
                        .crime_types
                        .iter()
                        .map(|c| c.as_str().to_owned())
                        .collect(),
                    cross_cutting: p
                        .cross_cutting_issues
                        .iter()
                        .map(|c| c.as_str().to_owned())
                        .collect(),
                    articles: doc::codes(&p.articles),
                })
                .collect(),
        }
    }

    fn blank(country: &str) -> Self {
        Fields {
            country: country.to_owned(),
            titles: vec![LangText::default()],
            law_type: LawType::Act.as_str().to_owned(),
            status: LawStatus::InForce.as_str().to_owned(),
            provisions: vec![ProvisionRow::blank()],
            ..Fields::default()
        }
    }

    fn read(form: &Form) -> Self {
        let provisions = kept(form, "p", count(form, "provisions"))
            .map(|i| {
                let f = |name: &str| form.get(&format!("p{i}.{name}")).to_owned();
                let all = |name: &str| {
                    form.all(&format!("p{i}.{name}"))
                        .into_iter()
                        .map(str::to_owned)
                        .collect()
                };
                ProvisionRow {
                    id: f("id"),
                    number: f("number"),
                    texts: texts_of(form, i),
                    crime_types: all("crime_types"),
                    cross_cutting: all("cross_cutting"),
                    articles: f("articles"),
                }
            })
            .collect();
        Fields {
            country: form.get("country").to_ascii_uppercase(),
            titles: LangText::read(form, "t", count(form, "titles")),
            original_language: form.get("original_language").to_ascii_lowercase(),
            law_type: form.get("type").to_owned(),
            enacted_on: form.get("enacted_on").to_owned(),
            status: form.get("status").to_owned(),
            official_url: form.get("official_url").to_owned(),
            provisions,
        }
    }

    fn add(&mut self, rows: &str) {
        let full = |n: usize| n >= MAX_ROWS;
        match rows {
            "title" if !full(self.titles.len()) => self.titles.push(LangText::default()),
            "provision" if !full(self.provisions.len()) => {
                self.provisions.push(ProvisionRow::blank())
            }
            // `p3.text`: one more language in provision 3.
            other => {
                let row = other
                    .strip_prefix('p')
                    .and_then(|r| r.strip_suffix(".text"))
                    .and_then(|i| i.parse::<usize>().ok());
                if let Some(p) = row.and_then(|i| self.provisions.get_mut(i)) {
                    if !full(p.texts.len()) {
                        p.texts.push(ProvisionText::default());
                    }
                }
            }
        }
    }

    fn country(&mut self) -> &mut String {
        &mut self.country
    }

    fn document(&self) -> Value {
        use doc::{per_code, text};
        let provisions: Vec<Value> = self
            .provisions
            .iter()
            .map(|p| {
                let (mut heading, mut body) = (Map::new(), Map::new());
                for t in p.texts.iter().filter(|t| !t.is_blank()) {
                    if !t.heading.trim().is_empty() {
                        heading.insert(t.lang.clone(), Value::String(t.heading.trim().into()));
                    }
                    body.insert(t.lang.clone(), Value::String(t.text.trim().into()));
                }
                json!({
                    "id": text(&p.id),
                    "number": p.number.trim(),
                    "heading": heading,
                    "text": body,
                    "crime_types": p.crime_types,
                    "cross_cutting_issues": p.cross_cutting,
                    "articles": per_code(&p.articles),
                })
            })
            .collect();
        json!({
            "country": text(&self.country),
            "title": LangText::document(&self.titles),
            "original_language": self.original_language,
            "type": self.law_type,
            "enacted_on": text(&self.enacted_on),
            "status": self.status,
            "official_url": text(&self.official_url),
            "provisions": provisions,
        })
    }

    fn field_of(path: &str) -> String {
        editor::field_of(
            path,
            &[("provisions", "p")],
            &[
                ("heading", "texts"),
                ("text", "texts"),
                ("cross_cutting_issues", "cross_cutting"),
            ],
        )
    }

    fn render(self, editing: Editing) -> Result<HttpResponse, PageError> {
        let Editing {
            page,
            lang,
            labels,
            status,
            state,
            ..
        } = editing;
        let template = LawFormTemplate {
            page,
            state,
            law_types: pairs(lang, "law-type", LawType::TEXTS),
            statuses: pairs(lang, "law-status", LawStatus::TEXTS),
            crime_types: labelled(&labels.crime_types, lang),
            cross_cutting: labelled(&labels.cross_cutting, lang),
            country_name: labels.country(&self.country, lang).to_owned(),
            f: self,
        };
        Ok(html(status, &template, lang))
    }
}

#[derive(Template)]
#[template(path = "law_form.html")]
struct LawFormTemplate {
    page: Page,
    state: FormState,
    f: Fields,
    law_types: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    crime_types: Vec<(String, String)>,
    cross_cutting: Vec<(String, String)>,
    country_name: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::console::editor::Fields as _;

    #[test]
    fn document_paths_find_their_fields() {
        assert_eq!(Fields::field_of("title.fr"), "title");
        assert_eq!(Fields::field_of("provisions[1].text.fr"), "p1.texts");
        assert_eq!(Fields::field_of("provisions[1].heading"), "p1.texts");
        assert_eq!(Fields::field_of("provisions[0].articles[2]"), "p0.articles");
        assert_eq!(
            Fields::field_of("provisions[0].cross_cutting_issues[0]"),
            "p0.cross_cutting"
        );
    }

    #[test]
    fn a_provision_gets_one_more_language_where_asked() {
        let mut f = <Fields as editor::Fields<Law>>::blank("FRA");
        f.add("provision");
        f.add("p1.text");
        f.add("p9.text");
        assert_eq!(f.provisions.len(), 2);
        assert_eq!(f.provisions[0].texts.len(), 1);
        assert_eq!(f.provisions[1].texts.len(), 2);
    }
}
