//! `GET /v1/countries/{iso3}`.

use actix_web::{web, HttpRequest, HttpResponse};

use super::dto::CountryDto;
use crate::api::params::{NoQuery, Params};
use crate::api::{connection, etag::json_with_etag};
use crate::db::{models, Pool};
use crate::domain::CountryCode;
use crate::error::{ApiError, Problem};

/// One country or territory. The code is accepted in any letter case.
#[utoipa::path(
    get,
    path = "/v1/countries/{iso3}",
    operation_id = "get_country",
    tag = "reference data",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code, any letter case", example = "ken")),
    responses(
        (status = 200, description = "The country", body = CountryDto,
         headers(("ETag" = String, description = "Strong validator"))),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "Not an alpha-3 code", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such country", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_country(
    req: HttpRequest,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let code = CountryCode::parse(&path)
        .map_err(|e| ApiError::invalid_parameter("iso3", e.to_string()))?;
    let mut conn = connection(&pool).await?;
    let country = models::country::find(&mut conn, code.as_str())
        .await?
        .ok_or_else(|| {
            ApiError::NotFound(format!("no country or territory has the code {code}"))
        })?;
    json_with_etag(&req, 1, &CountryDto::try_from(country)?)
}
