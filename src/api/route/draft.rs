//! `POST /v1/route/draft`.

use std::collections::BTreeMap;

use actix_web::{http::header, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::get::question;
use crate::api::connection;
use crate::auth::Caller;
use crate::clock::Clock;
use crate::db::Pool;
use crate::directory::input::read;
use crate::domain::{contact_details, LanguageCode};
use crate::error::{ApiError, FieldError, Problem};
use crate::routing::{self, draft};

/// What the draft is written as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DraftFormat {
    #[default]
    Docx,
    Markdown,
}

/// The routing question, with the particulars of the case for the draft.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    /// ISO 3166-1 alpha-3 code of the requesting State.
    pub from: String,
    /// ISO 3166-1 alpha-3 code of the requested State.
    pub to: String,
    /// The measure sought: a competence code.
    pub measure: String,
    #[serde(default)]
    pub urgent: bool,
    pub crime_type: Option<String>,
    /// The template language wished for (`en`, `fr` or `es`), used when the requested authority
    /// accepts it or accepts none of the templates' languages.
    pub language: Option<String>,
    /// The requesting authority's reference of the case.
    pub reference: Option<String>,
    /// Text for each section, by checklist item code (`facts`, `assistance_sought`, ...); a section
    /// without text is marked to be completed.
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, String>)]
    pub particulars: BTreeMap<String, String>,
    /// `docx` (the default) or `markdown`.
    #[serde(default)]
    pub format: DraftFormat,
}

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// A request skeleton for the routing answer: addressed to the first authority, in a language it
/// accepts where a template exists (English, French, Spanish), headed by the legal basis, with one
/// section per item the request must contain, filled with the particulars given or marked to be
/// completed. As DOCX (the default) or Markdown. A draft is sensitive: it is not stored, and its
/// particulars are never logged.
#[utoipa::path(
    post,
    path = "/v1/route/draft",
    operation_id = "route_draft",
    tag = "routing",
    security((), ("bearer" = [])),
    request_body = DraftRequest,
    responses(
        (status = 200, description = "The draft, as an attachment", content(
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (String = "text/markdown"),
        ), headers(("Content-Disposition" = String))),
        (status = 422, description = "An unknown code, a particular for no section of this request, or a text too long", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn route_draft(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let (body, mut errors) = read::<DraftRequest>(payload.into_inner())?;
    let as_body = |e: ApiError| match e {
        ApiError::InvalidParameters(found) => ApiError::Validation(found),
        other => other,
    };
    let preferred = match body.language.as_deref().map(LanguageCode::parse) {
        Some(Err(e)) => {
            errors.push(FieldError::new("language", e.to_string()));
            None
        }
        Some(Ok(l)) => Some(l),
        None => None,
    };
    if let Some(reference) = &body.reference {
        if let Err(e) = contact_details::text(reference, 200) {
            errors.push(FieldError::new("reference", e.to_string()));
        }
    }
    let mut conn = connection(&pool).await?;
    let urgent = body.urgent.to_string();
    let asked = question(
        &mut conn,
        Some(&body.from),
        Some(&body.to),
        Some(&body.measure),
        Some(&urgent),
        body.crime_type.as_deref(),
    )
    .await;
    let asked = match asked {
        Ok(asked) => asked,
        Err(e) => {
            return Err(match as_body(e) {
                ApiError::Validation(mut found) => {
                    found.append(&mut errors);
                    ApiError::Validation(found)
                }
                other => other,
            })
        }
    };
    let sections = routing::rules::checklist(asked.measure.as_str());
    for (code, text) in &body.particulars {
        let path = format!("particulars.{code}");
        if code != "requested_state_requirements" && !sections.iter().any(|s| s.code == code) {
            errors.push(FieldError::new(
                path,
                format!(
                    "no section of this request has that code: {}",
                    sections
                        .iter()
                        .map(|s| s.code)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        } else if text.chars().count() > 20_000 {
            errors.push(FieldError::new(path, "at most 20000 characters"));
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let route = routing::route(&mut conn, &caller, asked, Clock::of(&req).now()).await?;
    drop(conn);
    attachment(
        &route,
        preferred.as_ref(),
        body.reference.as_deref(),
        &body.particulars,
        body.format,
    )
    .map_err(ApiError::Internal)
}

/// The draft of `route` as a download, in the template language [`draft::language`] picks:
/// DOCX or Markdown, never cached.
pub fn attachment(
    route: &routing::Route,
    preferred: Option<&LanguageCode>,
    reference: Option<&str>,
    particulars: &BTreeMap<String, String>,
    format: DraftFormat,
) -> anyhow::Result<HttpResponse> {
    let lang = draft::language(route, preferred);
    let composed = draft::compose(route, lang, reference, particulars);
    let name = format!(
        "request-{}-{}-{}",
        route.question.from.as_str(),
        route.question.to.as_str(),
        route.question.measure.as_str().to_ascii_lowercase()
    );
    let (content_type, bytes, file) = match format {
        DraftFormat::Docx => (DOCX, composed.docx()?, format!("{name}.docx")),
        DraftFormat::Markdown => (
            "text/markdown; charset=utf-8",
            composed.markdown().into_bytes(),
            format!("{name}.md"),
        ),
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file}\""),
        ))
        .insert_header((header::CONTENT_LANGUAGE, lang))
        .body(bytes))
}
