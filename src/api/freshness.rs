//! `GET /v1/freshness` and `GET /v1/freshness/{iso3}`: how current each State's records are, as
//! JSON or CSV (`format=csv`, or `Accept: text/csv`). Public: counts and dates, never who.

use actix_web::{http::header, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::api::connection;
use crate::api::params::{Params, Parser};
use crate::clock::Clock;
use crate::db::{models, models::reference::Reference, Pool};
use crate::domain::freshness::{
    Counts, FreshnessReport, StateFreshness, StateRecords, WINDOW_DAYS,
};
use crate::domain::{CodeError, CountryCode, RegionCode};
use crate::error::{ApiError, Problem};

/// How an answer is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
}

impl Format {
    fn parse(raw: &str) -> Result<Format, CodeError> {
        match raw {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(CodeError::new("must be one of: json, csv")),
        }
    }

    /// The format the query names, else the one `Accept` prefers (JSON unless it asks for CSV).
    fn of(req: &HttpRequest, named: Option<Format>) -> Format {
        named.unwrap_or_else(|| {
            let accept = req
                .headers()
                .get(header::ACCEPT)
                .and_then(|a| a.to_str().ok())
                .unwrap_or("");
            if accept.contains("text/csv") && !accept.contains("application/json") {
                Format::Csv
            } else {
                Format::Json
            }
        })
    }
}

/// Query parameters of `GET /v1/freshness`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FreshnessQuery {
    /// UN M49 code of a region, sub-region or intermediate region: its States only.
    pub region: Option<String>,
    /// ISO 3166-1 alpha-3 code: that State only.
    pub country: Option<String>,
    /// `json` (the default) or `csv`; without it, `Accept: text/csv` asks for CSV.
    pub format: Option<String>,
}

/// Query parameters of `GET /v1/freshness/{iso3}`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct StateFreshnessQuery {
    /// `json` (the default) or `csv`; without it, `Accept: text/csv` asks for CSV.
    pub format: Option<String>,
}

/// How current each State's records are: for every country and territory (or those of a region,
/// or one), its active authorities, laws and cases, how many were confirmed within the last 365
/// days (a law or a case: changed), the share and the stale rest, the oldest confirmation, the last
/// change and whether an active focal point acts for it; with the totals of each M49 region and
/// overall. CSV has one line per State.
#[utoipa::path(
    get,
    path = "/v1/freshness",
    operation_id = "list_freshness",
    tag = "freshness",
    params(FreshnessQuery),
    responses(
        (status = 200, description = "The figures", content(
            (FreshnessReport = "application/json"),
            (String = "text/csv"),
        )),
        (status = 400, description = "Invalid query parameter", body = Problem,
         content_type = "application/problem+json"),
    )
)]
pub async fn list_freshness(
    req: HttpRequest,
    clock: web::Data<Clock>,
    pool: web::Data<Pool>,
    Params(query): Params<FreshnessQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let region = parser.optional("region", query.region.as_deref(), RegionCode::parse);
    let country = parser.optional("country", query.country.as_deref(), CountryCode::parse);
    let format = parser.optional("format", query.format.as_deref(), Format::parse);
    let mut conn = connection(&pool).await?;
    parser
        .known(
            &mut conn,
            &[
                (
                    "region",
                    Reference::Region,
                    region.as_ref().map(RegionCode::as_str),
                ),
                (
                    "country",
                    Reference::Country,
                    country.as_ref().map(CountryCode::as_str),
                ),
            ],
        )
        .await?;
    parser.finish()?;
    let now = clock.now();
    let states = models::freshness::states(
        &mut conn,
        now,
        region.as_ref().map(RegionCode::as_str),
        country.as_ref().map(CountryCode::as_str),
    )
    .await?;
    let report = FreshnessReport::new(now, states);
    match Format::of(&req, format) {
        Format::Json => Ok(HttpResponse::Ok().json(report)),
        Format::Csv => csv_answer(states_csv(&report.states)?, "freshness.csv"),
    }
}

/// One State's figures and its active records, those confirmed longest ago first, each with its
/// last confirmation and whether it is stale. CSV has one line per record.
#[utoipa::path(
    get,
    path = "/v1/freshness/{iso3}",
    operation_id = "get_state_freshness",
    tag = "freshness",
    params(
        ("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code, any letter case", example = "fra"),
        StateFreshnessQuery,
    ),
    responses(
        (status = 200, description = "The State's figures and records", content(
            (StateRecords = "application/json"),
            (String = "text/csv"),
        )),
        (status = 400, description = "Not an alpha-3 code, or an invalid query parameter",
         body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such country or territory", body = Problem,
         content_type = "application/problem+json"),
    )
)]
pub async fn get_state_freshness(
    req: HttpRequest,
    clock: web::Data<Clock>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    Params(query): Params<StateFreshnessQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let code = parser.optional("iso3", Some(path.as_str()), CountryCode::parse);
    let format = parser.optional("format", query.format.as_deref(), Format::parse);
    parser.finish()?;
    let code = code.ok_or_else(|| ApiError::invalid_parameter("iso3", "is required"))?;
    let mut conn = connection(&pool).await?;
    let now = clock.now();
    let state = models::freshness::states(&mut conn, now, None, Some(code.as_str()))
        .await?
        .pop()
        .ok_or_else(|| {
            ApiError::NotFound(format!("no country or territory has the code {code}"))
        })?;
    let records = models::freshness::records(&mut conn, now, code.as_str()).await?;
    let answer = StateRecords {
        as_of: now,
        window_days: WINDOW_DAYS,
        state,
        records,
    };
    match Format::of(&req, format) {
        Format::Json => Ok(HttpResponse::Ok().json(answer)),
        Format::Csv => {
            let mut out = csv::Writer::from_writer(Vec::new());
            out.write_record(["kind", "id", "title", "confirmed_at", "updated_at", "stale"])
                .map_err(internal)?;
            for r in &answer.records {
                out.write_record([
                    r.kind.clone(),
                    r.id.to_string(),
                    r.title.clone(),
                    r.confirmed_at.to_rfc3339(),
                    r.updated_at.to_rfc3339(),
                    r.stale.to_string(),
                ])
                .map_err(internal)?;
            }
            let name = format!("freshness-{}.csv", code.as_str().to_ascii_lowercase());
            csv_answer(out.into_inner().map_err(internal)?, &name)
        }
    }
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(anyhow::anyhow!("writing CSV: {e}"))
}

/// The figures of each State, one line each.
fn states_csv(states: &[StateFreshness]) -> Result<Vec<u8>, ApiError> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut head = vec!["country".to_owned(), "region".to_owned()];
    for kind in ["authorities", "legislation", "cases", "total"] {
        for column in ["active", "confirmed", "stale", "share"] {
            head.push(format!("{kind}_{column}"));
        }
    }
    head.extend(["oldest_confirmation", "last_change", "focal_point"].map(String::from));
    out.write_record(&head).map_err(internal)?;
    let counts = |c: &Counts| {
        [
            c.active.to_string(),
            c.confirmed.to_string(),
            c.stale.to_string(),
            c.share.map(|s| format!("{s:.4}")).unwrap_or_default(),
        ]
    };
    let time =
        |t: &Option<chrono::DateTime<chrono::Utc>>| t.map(|t| t.to_rfc3339()).unwrap_or_default();
    for s in states {
        let mut line = vec![s.country.clone(), s.region.clone().unwrap_or_default()];
        for c in [&s.authorities, &s.legislation, &s.cases, &s.total] {
            line.extend(counts(c));
        }
        line.push(time(&s.oldest_confirmation));
        line.push(time(&s.last_change));
        line.push(s.focal_point.to_string());
        out.write_record(&line).map_err(internal)?;
    }
    out.into_inner().map_err(internal)
}

fn csv_answer(body: Vec<u8>, name: &str) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body))
}
