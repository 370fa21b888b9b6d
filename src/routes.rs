//! THE one place where URLs are wired. Each path is one resource holding all of its methods, so a
//! known path with an unsupported method gets a 405 problem listing the allowed ones; any other
//! unmatched request gets a 404 problem (see `startup`).

use actix_web::{
    guard,
    web::{self, ServiceConfig},
    Handler, HttpRequest, HttpResponse, Resource, Responder, ResponseError,
};
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

use crate::api::{authorities, countries, health, taxonomies};
use crate::error::ApiError;
use crate::openapi::ApiDoc;

/// Registers every route. Called by `startup` for production and tests alike.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get("/healthz", health::get_healthz))
        .service(get("/readyz", health::get_readyz))
        .service(get("/v1/countries", countries::list::list_countries))
        .service(get("/v1/countries/{iso3}", countries::get::get_country))
        .service(get("/v1/regions", taxonomies::list_regions::list_regions))
        .service(get(
            "/v1/competences",
            taxonomies::list_competences::list_competences,
        ))
        .service(get(
            "/v1/instruments",
            taxonomies::list_instruments::list_instruments,
        ))
        .service(get(
            "/v1/crime-types",
            taxonomies::list_crime_types::list_crime_types,
        ))
        .service(get(
            "/v1/cross-cutting-issues",
            taxonomies::list_cross_cutting_issues::list_cross_cutting_issues,
        ))
        .service(get("/v1/authorities", authorities::list::list_authorities))
        .service(get("/v1/authorities/{id}", authorities::get::get_authority))
        // The interactive viewer (Swagger UI, vendored in the binary) at /docs/, and the document
        // it reads at /openapi.json.
        .service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", ApiDoc::openapi()))
        .service(get("/docs", redirect_to_docs));
}

/// A resource answering GET (and HEAD, which actix answers without the body) with `handler`.
fn get<F, Args>(path: &str, handler: F) -> Resource
where
    F: Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: Responder + 'static,
{
    web::resource(path)
        .route(
            web::route()
                .guard(guard::Any(guard::Get()).or(guard::Head()))
                .to(handler),
        )
        .default_service(web::to(|req: HttpRequest| async move {
            method_not_allowed(&req, "GET, HEAD")
        }))
}

fn method_not_allowed(req: &HttpRequest, allow: &str) -> HttpResponse {
    ApiError::MethodNotAllowed {
        method: req.method().to_string(),
        allow: allow.to_owned(),
    }
    .error_response()
}

/// The 404 problem for every request no route matches.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    ApiError::RouteNotFound(format!("{} {}", req.method(), req.path())).error_response()
}

async fn redirect_to_docs() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((actix_web::http::header::LOCATION, "/docs/"))
        .finish()
}
