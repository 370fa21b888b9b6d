//! `GET /v1/route`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::api::{
    connection,
    params::{boolean, Params, Parser},
};
use crate::auth::Caller;
use crate::clock::Clock;
use crate::db::{models::reference::Reference, Conn, Pool};
use crate::domain::{CodeError, CompetenceCode, CountryCode, TermCode};
use crate::error::ApiError;
use crate::routing::{self, Route, RouteQuestion};

/// Query parameters of `GET /v1/route`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RouteQuery {
    /// ISO 3166-1 alpha-3 code of the requesting State.
    pub from: Option<String>,
    /// ISO 3166-1 alpha-3 code of the requested State.
    pub to: Option<String>,
    /// The measure sought: a competence code (`MLA`, `EXTRADITION`, `CYBER_24_7`, ...).
    pub measure: Option<String>,
    /// True for an urgent request: for electronic evidence, the 24/7 point of contact comes first.
    pub urgent: Option<String>,
    /// Crime-type code of the offence: narrows the legal bases to the instruments covering it.
    pub crime_type: Option<String>,
}

/// A required parameter.
fn required<T>(
    parser: &mut Parser,
    name: &str,
    raw: Option<&str>,
    parse: impl FnOnce(&str) -> Result<T, CodeError>,
) -> Option<T> {
    if raw.is_none() {
        parser.reject(name, "is required");
        return None;
    }
    parser.optional(name, raw, parse)
}

/// Reads and checks the question: every problem at once, unknown codes included (400).
pub async fn question(
    conn: &mut Conn,
    from: Option<&str>,
    to: Option<&str>,
    measure: Option<&str>,
    urgent: Option<&str>,
    crime_type: Option<&str>,
) -> Result<RouteQuestion, ApiError> {
    let mut parser = Parser::default();
    let from = required(&mut parser, "from", from, CountryCode::parse);
    let to = required(&mut parser, "to", to, CountryCode::parse);
    let measure = required(&mut parser, "measure", measure, |m| {
        CompetenceCode::parse(&m.trim().to_ascii_uppercase())
    });
    let urgent = parser.optional("urgent", urgent, boolean).unwrap_or(false);
    let crime_type = parser.optional("crime_type", crime_type, |c| {
        TermCode::parse(&c.trim().to_ascii_uppercase())
    });
    parser
        .known(
            conn,
            &[
                (
                    "from",
                    Reference::Country,
                    from.as_ref().map(CountryCode::as_str),
                ),
                (
                    "to",
                    Reference::Country,
                    to.as_ref().map(CountryCode::as_str),
                ),
                (
                    "measure",
                    Reference::Competence,
                    measure.as_ref().map(CompetenceCode::as_str),
                ),
                (
                    "crime_type",
                    Reference::CrimeType,
                    crime_type.as_ref().map(TermCode::as_str),
                ),
            ],
        )
        .await?;
    if let (Some(from), Some(to)) = (&from, &to) {
        if from == to {
            parser.reject(
                "to",
                "the requested State is the requesting State: nothing to route",
            );
        }
    }
    parser.finish()?;
    match (from, to, measure) {
        (Some(from), Some(to), Some(measure)) => Ok(RouteQuestion {
            from,
            to,
            measure,
            urgent,
            crime_type,
        }),
        _ => Err(ApiError::Internal(anyhow::anyhow!(
            "a question without its parts"
        ))),
    }
}

/// Where to send a request for a measure from one State to another: whom to address (in order,
/// with the reason), the languages accepted and whether a translation is needed, the legal bases
/// both States share, the requested State's requirements, what the request must contain, and the
/// warnings (a stale record, no designation, no common instrument). Contacts appear at the
/// caller's tier. Unknown codes are 400 problems; a State with no record gets an answer that says so.
#[utoipa::path(
    get,
    path = "/v1/route",
    operation_id = "route",
    tag = "routing",
    security((), ("bearer" = [])),
    params(RouteQuery),
    responses(
        (status = 200, description = "The answer", body = Route),
    )
)]
pub async fn route(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    Params(query): Params<RouteQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = connection(&pool).await?;
    let question = question(
        &mut conn,
        query.from.as_deref(),
        query.to.as_deref(),
        query.measure.as_deref(),
        query.urgent.as_deref(),
        query.crime_type.as_deref(),
    )
    .await?;
    let answer = routing::route(&mut conn, &caller, question, Clock::of(&req).now()).await?;
    Ok(HttpResponse::Ok().json(answer))
}
