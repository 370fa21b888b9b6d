//! What the console's record forms share, whatever the kind of record: a form is the record's
//! fields as text; rows (names, designations, provisions, charges) are added with a button that
//! sends the form back to be drawn with one more row, and removed with a tick, so that nothing needs
//! JavaScript. A saved form becomes the API's document and goes through the same reading (every
//! problem at once, by path) and the same pipeline as the API's writes; problems are shown next to
//! their fields. A save over a version someone else replaced meanwhile keeps what was typed and
//! shows what the other edit changed.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::history::{differences, Change};
use super::remove::Removable;
use super::{refused, require, see_other, writable, writer};
use crate::api::connection;
use crate::auth::Caller;
use crate::clock::Clock;
use crate::db::{models, Conn, Pool};
use crate::directory::{self, input::Input, Precondition};
use crate::domain::LanguageCode;
use crate::error::{ApiError, FieldError};
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::labels::{self, Labelled, Labels};
use crate::web::page::{OrPage, Page, PageError};
use crate::web::pages::term;
use crate::web::problems;
use crate::web::session::SignedIn;

/// Rows of one list a form may hold, as the API allows.
pub const MAX_ROWS: usize = 20;

/// A kind of record the console edits with a form.
pub trait Editable: Removable + DeserializeOwned {
    /// The API's document for it.
    type Input: Input<Draft = Self::Draft>;
    /// Its form.
    type Fields: Fields<Self>;
    /// The message keys of the form's title when it adds a record, and when it edits one.
    const TITLES: [&'static str; 2];

    /// The record as `caller` may see it: what the history and a conflict compare. Legislation
    /// and case law are public whole.
    fn visible(&self, _caller: &Caller, _now: DateTime<Utc>) -> Result<Value, serde_json::Error> {
        serde_json::to_value(self)
    }
}

/// What the form of a record of kind `R` holds, as text, whether read from a record or from a
/// submitted form.
pub trait Fields<R>: Sized {
    fn of(record: &R) -> Self;
    /// A new record of `country`, with the rows a new record needs.
    fn blank(country: &str) -> Self;
    /// The fields of a submitted form; rows ticked for removal are left out.
    fn read(form: &Form) -> Self;
    /// One more of the rows the form's `add` button names, within [`MAX_ROWS`].
    fn add(&mut self, rows: &str);
    /// The State of the record.
    fn country(&mut self) -> &mut String;
    /// The API's document for these fields: empty texts are absent members.
    fn document(&self) -> Value;
    /// Where a problem of the document shows in the form (see [`field_of`]).
    fn field_of(path: &str) -> String;
    fn render(self, editing: Editing) -> Result<HttpResponse, PageError>;

    /// What the form offers to link to among the records of `country` (the provisions a charge
    /// applies), as (value, label), read before the form is drawn.
    fn linkable(
        _conn: &mut Conn,
        _country: &str,
        _lang: Lang,
    ) -> impl Future<Output = Result<Vec<(String, String)>, ApiError>> {
        async { Ok(Vec::new()) }
    }
}

/// Everything a form page shows besides its fields.
pub struct Editing {
    pub page: Page,
    pub lang: Lang,
    pub labels: Arc<Labels>,
    pub status: StatusCode,
    pub state: FormState,
    /// What [`Fields::linkable`] found.
    pub linkable: Vec<(String, String)>,
}

/// What a form page knows of the record being edited.
pub struct FormState {
    /// `None` for a new record.
    pub id: Option<String>,
    /// The version the form was opened on (0 for a new record).
    pub version: i64,
    pub problems: Problems,
    /// What someone else changed since the version this form was opened on.
    pub conflict: Option<Vec<Change>>,
}

impl FormState {
    pub fn is_new(&self) -> bool {
        self.id.is_none()
    }
}

/// An option of a list or a box of a group, with whether it is chosen.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub chosen: bool,
}

/// The choices among `values`, labelled by `label`, those in `chosen` marked.
pub fn choices(values: &[&str], chosen: &[String], label: impl Fn(&str) -> String) -> Vec<Choice> {
    values
        .iter()
        .map(|v| Choice {
            value: (*v).to_owned(),
            label: label(v),
            chosen: chosen.iter().any(|c| c == v),
        })
        .collect()
}

/// Each value of an enumeration with its label of `family` in the interface language.
pub fn pairs(lang: Lang, family: &str, values: &[&str]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| ((*v).to_owned(), term(lang, family, v)))
        .collect()
}

/// Reference data (competences, crime types) as options, labelled in the interface language.
pub fn labelled(items: &[Labelled], lang: Lang) -> Vec<(String, String)> {
    items
        .iter()
        .map(|c| (c.code.clone(), c.name(lang).to_owned()))
        .collect()
}

/// Whether `value` is among those ticked (for templates' boxes).
pub fn ticked(list: &[String], value: &str) -> bool {
    list.iter().any(|v| v == value)
}

/// A problem as the form shows it.
pub struct Problem {
    pub field: String,
    pub message: String,
}

/// The problems of a submitted form, by the field they belong to.
#[derive(Default)]
pub struct Problems(Vec<Problem>);

impl Problems {
    /// The problems the pipeline found in a document, each at the field `field_of` names, said
    /// in `lang`.
    pub fn found(errors: Vec<FieldError>, field_of: impl Fn(&str) -> String, lang: Lang) -> Self {
        Problems(
            errors
                .into_iter()
                .map(|FieldError { field, message }| Problem {
                    field: field_of(&field),
                    message: problems::translated(lang, &message),
                })
                .collect(),
        )
    }

    /// The problems of one field.
    pub fn of(&self, field: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|p| p.field == field)
            .map(|p| p.message.as_str())
            .collect()
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|p| p.field == field)
    }

    /// The problems of member `member` of row `index` of the rows named `prefix` (`d`, `p`); of
    /// the row itself when `member` is empty.
    pub fn row(&self, prefix: &str, index: &usize, member: &str) -> Vec<&str> {
        self.of(&row_key(prefix, *index, member))
    }

    pub fn row_has(&self, prefix: &str, index: &usize, member: &str) -> bool {
        self.has(&row_key(prefix, *index, member))
    }

    pub fn all(&self) -> &[Problem] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn row_key(prefix: &str, index: usize, member: &str) -> String {
    if member.is_empty() {
        format!("{prefix}{index}")
    } else {
        format!("{prefix}{index}.{member}")
    }
}

/// Where a problem of a document shows in its form: the key of the field (`d0.languages`) for the
/// document's path (`designations[0].languages_accepted[1]`). `rows` names the lists drawn as rows,
/// with the prefix of their fields' keys (`("designations", "d")`); `renamed` the members whose
/// field is named otherwise. A member of a map of texts (`names.fr`) shows at the map.
pub fn field_of(path: &str, rows: &[(&str, &str)], renamed: &[(&str, &str)]) -> String {
    let rename = |member: &str| -> String {
        renamed
            .iter()
            .find(|(from, _)| *from == member)
            .map_or(member, |(_, to)| *to)
            .to_owned()
    };
    let (head, rest) = match path.find(['.', '[']) {
        Some(i) => (&path[..i], &path[i..]),
        None => (path, ""),
    };
    let Some(prefix) = rows.iter().find(|(list, _)| *list == head).map(|r| r.1) else {
        return rename(head);
    };
    let Some(rest) = rest.strip_prefix('[') else {
        return head.to_owned();
    };
    let (index, member) = rest.split_once(']').unwrap_or((rest, ""));
    let member = member.trim_start_matches('.');
    let member = member.split(['.', '[']).next().unwrap_or("");
    match index.parse::<usize>() {
        Ok(index) => row_key(prefix, index, &rename(member)),
        Err(_) => head.to_owned(),
    }
}

/// How many rows of `name` a submitted form says it holds, within [`MAX_ROWS`].
pub fn count(form: &Form, name: &str) -> usize {
    form.get(name).parse::<usize>().unwrap_or(0).min(MAX_ROWS)
}

/// The indexes of the rows of `prefix` a submitted form holds, without those ticked for removal.
pub fn kept<'a>(form: &'a Form, prefix: &str, rows: usize) -> impl Iterator<Item = usize> + 'a {
    let prefix = prefix.to_owned();
    (0..rows).filter(move |i| !form.has(&format!("{prefix}{i}.remove")))
}

/// One text of a record in one language (a name, a title, a heading).
#[derive(Debug, Clone, Default)]
pub struct LangText {
    pub lang: String,
    pub text: String,
}

impl LangText {
    /// The texts of a record, one row per language.
    pub fn rows(texts: &BTreeMap<LanguageCode, String>) -> Vec<LangText> {
        texts
            .iter()
            .map(|(l, t)| LangText {
                lang: l.as_str().to_owned(),
                text: t.clone(),
            })
            .collect()
    }

    /// The rows `{prefix}{i}.lang` and `{prefix}{i}.text` of a submitted form (blank ones too,
    /// so that a row just added stays when the form is drawn again).
    pub fn read(form: &Form, prefix: &str, rows: usize) -> Vec<LangText> {
        kept(form, prefix, rows)
            .map(|i| LangText {
                lang: form.get(&format!("{prefix}{i}.lang")).to_ascii_lowercase(),
                text: form.get(&format!("{prefix}{i}.text")).to_owned(),
            })
            .collect()
    }

    /// The document's map of texts by language; blank rows are left out.
    pub fn document(rows: &[LangText]) -> Value {
        let mut map = Map::new();
        for row in rows
            .iter()
            .filter(|r| !(r.lang.is_empty() && r.text.is_empty()))
        {
            map.insert(row.lang.clone(), Value::String(row.text.trim().to_owned()));
        }
        Value::Object(map)
    }
}

/// The document's members, from the text of fields.
pub mod doc {
    use serde_json::Value;

    /// A text member: absent when empty.
    pub fn text(s: &str) -> Value {
        let s = s.trim();
        if s.is_empty() {
            Value::Null
        } else {
            Value::String(s.to_owned())
        }
    }

    /// A list typed one item per line.
    pub fn per_line(s: &str) -> Value {
        Value::Array(
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| Value::String(l.to_owned()))
                .collect(),
        )
    }

    /// A list of codes typed with commas, spaces or lines between them, as typed.
    pub fn per_code(s: &str) -> Value {
        Value::Array(
            s.split([',', ' ', ';', '\n'])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(|c| Value::String(c.to_owned()))
                .collect(),
        )
    }

    /// A list of language codes, which are lower case.
    pub fn per_language(s: &str) -> Value {
        Value::Array(
            s.split([',', ' ', ';', '\n'])
                .map(|c| c.trim().to_ascii_lowercase())
                .filter(|c| !c.is_empty())
                .map(Value::String)
                .collect(),
        )
    }

    /// A list as a field shows it, one item per line.
    pub fn lines(items: &[String]) -> String {
        items.join("\n")
    }

    /// Codes as a field shows them, with commas between them.
    pub fn codes<T: AsRef<str>>(items: &[T]) -> String {
        items
            .iter()
            .map(|c| c.as_ref().to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What a number member was typed as: a number when it is one, else the text (which the
    /// reading of the document refuses by its path).
    pub fn number(s: &str) -> Value {
        let s = s.trim();
        match s.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) if s.is_empty() => Value::Null,
            Err(_) => Value::String(s.to_owned()),
        }
    }
}

/// How a form is drawn: its status, and what it knows of the record.
struct Draw {
    status: StatusCode,
    id: Option<Uuid>,
    version: i64,
    problems: Problems,
    conflict: Option<Vec<Change>>,
}

impl Draw {
    fn fresh(id: Option<Uuid>, version: i64) -> Self {
        Draw {
            status: StatusCode::OK,
            id,
            version,
            problems: Problems::default(),
            conflict: None,
        }
    }
}

/// Draws the form of `fields`.
async fn render<R: Editable>(
    req: &HttpRequest,
    lang: Lang,
    user: SignedIn,
    pool: &Pool,
    mut fields: R::Fields,
    draw: Draw,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(pool).await.or_page(lang)?;
    let linkable = {
        let mut conn = connection(pool).await.or_page(lang)?;
        R::Fields::linkable(&mut conn, fields.country(), lang)
            .await
            .or_page(lang)?
    };
    fields.render(Editing {
        linkable,
        page: Page::new(
            req,
            lang.t(R::TITLES[usize::from(draw.id.is_some())]),
            Some(user),
        ),
        lang,
        labels,
        status: draw.status,
        state: FormState {
            id: draw.id.map(|i| i.to_string()),
            version: draw.version,
            problems: draw.problems,
            conflict: draw.conflict,
        },
    })
}

/// `GET /{lang}/console/{kind}/{id}/edit`.
pub async fn edit_form<R: Editable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let record: R = writable(&pool, lang, &user, &path).await?;
    let fields = R::Fields::of(&record);
    let draw = Draw::fresh(Some(record.id()), record.version());
    render::<R>(&req, lang, user, &pool, fields, draw).await
}

/// `GET /{lang}/console/{kind}/new?country=ISO3`: a focal point's records are of their own State.
pub async fn new_form<R: Editable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let scope = user.caller.write_scope().or_page(lang)?;
    let query: Vec<(String, String)> =
        serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let named = query
        .iter()
        .find(|(k, _)| k == "country")
        .map(|(_, v)| v.to_ascii_uppercase())
        .unwrap_or_default();
    let country = scope
        .country()
        .map(|c| c.as_str().to_owned())
        .unwrap_or(named);
    let fields = R::Fields::blank(&country);
    render::<R>(&req, lang, user, &pool, fields, Draw::fresh(None, 0)).await
}

/// `POST /{lang}/console/{kind}/new`.
pub async fn create<R: Editable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    submit::<R>(req, lang, user, pool, None, body).await
}

/// `POST /{lang}/console/{kind}/{id}/edit`.
pub async fn update<R: Editable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let id = Uuid::parse_str(&path).map_err(|_| PageError::not_found(lang))?;
    submit::<R>(req, lang, user, pool, Some(id), body).await
}

/// A posted form: one more row, or the record saved through the pipeline.
async fn submit<R: Editable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    id: Option<Uuid>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let form = Form::parse(&body);
    let ctx = writer(&req, lang, &user, form.get("csrf"))?;
    let mut fields = R::Fields::read(&form);
    let version: i64 = form.get("version").parse().unwrap_or(0);
    if let Some(id) = id {
        // The record's State is the record's, whatever the form says.
        let record: R = writable(&pool, lang, &user, &id.to_string()).await?;
        *fields.country() = record.country().as_str().to_owned();
    }
    if form.has("add") {
        fields.add(form.get("add"));
        let draw = Draw::fresh(id, version);
        return render::<R>(&req, lang, user, &pool, fields, draw).await;
    }
    let saved = match R::Input::read(fields.document()) {
        Err(e) => Err(e),
        Ok(drafted) => {
            let mut conn = connection(&pool).await.or_page(lang)?;
            let ctx = ctx.clone();
            conn.transaction::<_, ApiError, _>(|conn| {
                async move {
                    match id {
                        Some(id) => {
                            let precondition = Precondition::Versions(vec![version]);
                            directory::replace::<R>(conn, &ctx, id, &precondition, drafted).await
                        }
                        None => directory::create::<R>(conn, &ctx, Uuid::new_v4(), drafted).await,
                    }
                }
                .scope_boxed()
            })
            .await
        }
    };
    match saved {
        Ok(record) => Ok(see_other(format!(
            "/{}/{}/{}",
            lang.code(),
            R::SEGMENT,
            record.id()
        ))),
        Err(ApiError::Validation(errors)) | Err(ApiError::InvalidParameters(errors)) => {
            let draw = Draw {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                problems: Problems::found(errors, R::Fields::field_of, lang),
                ..Draw::fresh(id, version)
            };
            render::<R>(&req, lang, user, &pool, fields, draw).await
        }
        Err(ApiError::PreconditionFailed) => {
            let Some(id) = id else {
                return Err(PageError::internal(lang, "a create cannot conflict"));
            };
            let now = Clock::of(&req).now();
            let (current, changes) = meanwhile::<R>(&pool, lang, &user, id, version, now).await?;
            let draw = Draw {
                status: StatusCode::CONFLICT,
                conflict: Some(changes),
                ..Draw::fresh(Some(id), current)
            };
            render::<R>(&req, lang, user, &pool, fields, draw).await
        }
        Err(e) => Err(refused(lang, e)),
    }
}

/// The current version of a record and what changed in it since `seen`, as `user` may see it.
async fn meanwhile<R: Editable>(
    pool: &Pool,
    lang: Lang,
    user: &SignedIn,
    id: Uuid,
    seen: i64,
    now: DateTime<Utc>,
) -> Result<(i64, Vec<Change>), PageError> {
    let mut conn = connection(pool).await.or_page(lang)?;
    let versions = models::version::list(&mut conn, R::KIND, id, None, 1000)
        .await
        .or_page(lang)?;
    let view = |document: &Value| -> Result<Value, PageError> {
        let record: R =
            serde_json::from_value(document.clone()).map_err(|e| PageError::internal(lang, e))?;
        record
            .visible(&user.caller, now)
            .map_err(|e| PageError::internal(lang, e))
    };
    let before = versions
        .iter()
        .find(|v| v.version == seen)
        .map(|v| view(&v.document))
        .transpose()?
        .unwrap_or(Value::Null);
    let last = versions.last().ok_or_else(|| PageError::not_found(lang))?;
    Ok((last.version, differences(&before, &view(&last.document)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_paths_find_their_fields() {
        let rows = [("designations", "d"), ("contacts", "c")];
        let renamed = [("languages_accepted", "languages")];
        let at = |path: &str| field_of(path, &rows, &renamed);
        assert_eq!(at("names"), "names");
        assert_eq!(at("names.fr"), "names");
        assert_eq!(at("website"), "website");
        assert_eq!(at("designations[2].languages_accepted[1]"), "d2.languages");
        assert_eq!(at("designations[0].competence"), "d0.competence");
        assert_eq!(at("designations"), "designations");
        assert_eq!(at("contacts[1].email"), "c1.email");
        assert_eq!(at("contacts[1]"), "c1");
        assert_eq!(at("contacts[x].email"), "contacts");
    }

    #[test]
    fn typed_numbers_stay_what_was_typed() {
        assert_eq!(doc::number(" 3 "), Value::from(3));
        assert_eq!(doc::number(""), Value::Null);
        assert_eq!(doc::number("three"), Value::from("three"));
    }
}
