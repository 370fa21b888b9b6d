//! THE one place where URLs are wired. Each path is one resource holding all of its methods, so a
//! known path with an unsupported method gets a 405 problem listing the allowed ones; any other
//! unmatched request gets a 404 problem (see `startup`).

use actix_web::{
    guard,
    web::{self, ServiceConfig},
    Handler, HttpRequest, HttpResponse, Resource, Responder, ResponseError, Route,
};
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

use crate::api::{
    admin, auth, authorities, cases, changes, countries, export, health, legislation, search,
    taxonomies, webhook,
};
use crate::error::ApiError;
use crate::openapi::ApiDoc;

/// Registers every route. Called by `startup` for production and tests alike.
pub fn configure(cfg: &mut ServiceConfig) {
    use admin::{partners, users};
    cfg.service(resource("/healthz", [get(health::get_healthz)]))
        .service(resource("/readyz", [get(health::get_readyz)]))
        .service(resource(
            "/v1/countries",
            [get(countries::list::list_countries)],
        ))
        .service(resource(
            "/v1/countries/{iso3}",
            [get(countries::get::get_country)],
        ))
        .service(resource(
            "/v1/regions",
            [get(taxonomies::list_regions::list_regions)],
        ))
        .service(resource(
            "/v1/competences",
            [get(taxonomies::list_competences::list_competences)],
        ))
        .service(resource(
            "/v1/instruments",
            [get(taxonomies::list_instruments::list_instruments)],
        ))
        .service(resource(
            "/v1/crime-types",
            [get(taxonomies::list_crime_types::list_crime_types)],
        ))
        .service(resource(
            "/v1/cross-cutting-issues",
            [get(
                taxonomies::list_cross_cutting_issues::list_cross_cutting_issues,
            )],
        ))
        .service(resource(
            "/v1/authorities",
            [
                get(authorities::list::list_authorities),
                post(authorities::record::create_authority),
            ],
        ))
        .service(resource(
            "/v1/authorities/{id}",
            [
                get(authorities::record::get_authority),
                put(authorities::record::update_authority),
                delete(authorities::record::delete_authority),
            ],
        ))
        .service(resource(
            "/v1/authorities/{id}/confirm",
            [post(authorities::record::confirm_authority)],
        ))
        .service(resource(
            "/v1/authorities/{id}/history",
            [get(authorities::history::list_authority_history)],
        ))
        .service(resource(
            "/v1/legislation",
            [
                get(legislation::list::list_legislation),
                post(legislation::record::create_legislation),
            ],
        ))
        .service(resource(
            "/v1/legislation/{id}",
            [
                get(legislation::record::get_legislation),
                put(legislation::record::update_legislation),
                delete(legislation::record::delete_legislation),
            ],
        ))
        .service(resource("/v1/search", [get(search::get::search)]))
        .service(resource(
            "/v1/cases",
            [
                get(cases::list::list_cases),
                post(cases::record::create_case),
            ],
        ))
        .service(resource(
            "/v1/cases/{id}",
            [
                get(cases::record::get_case),
                put(cases::record::update_case),
                delete(cases::record::delete_case),
            ],
        ))
        .service(resource("/v1/changes", [get(changes::list::list_changes)]))
        .service(resource("/v1/export", [get(export::get::export_records)]))
        .service(resource(
            "/v1/webhook",
            [
                get(webhook::manage::get_webhook),
                put(webhook::manage::register_webhook),
                delete(webhook::manage::delete_webhook),
            ],
        ))
        .service(resource("/v1/auth/login", [post(auth::login::login)]))
        .service(resource("/v1/auth/refresh", [post(auth::refresh::refresh)]))
        .service(resource("/v1/auth/logout", [post(auth::logout::logout)]))
        .service(resource("/v1/me", [get(auth::me::get_me)]))
        .service(resource(
            "/v1/admin/users",
            [
                get(users::list::list_users),
                post(users::create::create_user),
            ],
        ))
        .service(resource(
            "/v1/admin/users/{id}",
            [get(users::get::get_user)],
        ))
        .service(resource(
            "/v1/admin/users/{id}/disable",
            [post(users::disable::disable_user)],
        ))
        .service(resource(
            "/v1/admin/users/{id}/reset-password",
            [post(users::reset_password::reset_user_password)],
        ))
        .service(resource(
            "/v1/admin/partners",
            [
                get(partners::list::list_partners),
                post(partners::create::create_partner),
            ],
        ))
        .service(resource(
            "/v1/admin/partners/{id}",
            [get(partners::get::get_partner)],
        ))
        .service(resource(
            "/v1/admin/partners/{id}/revoke",
            [post(partners::revoke::revoke_partner)],
        ))
        .service(resource(
            "/v1/admin/partners/{id}/deliveries",
            [get(webhook::manage::list_deliveries)],
        ))
        // The interactive viewer (Swagger UI, vendored in the binary) at /docs/, and the document
        // it reads at /openapi.json.
        .service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", ApiDoc::openapi()))
        .service(resource("/docs", [get(redirect_to_docs)]));
}

/// A method of a resource: the name(s) it adds to `Allow`, and the route.
type Method = (&'static str, Route);

/// GET, and HEAD answered by the same handler (actix drops the body).
fn get<F, Args>(handler: F) -> Method
where
    F: Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: Responder + 'static,
{
    (
        "GET, HEAD",
        web::route()
            .guard(guard::Any(guard::Get()).or(guard::Head()))
            .to(handler),
    )
}

fn post<F, Args>(handler: F) -> Method
where
    F: Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: Responder + 'static,
{
    ("POST", web::post().to(handler))
}

fn put<F, Args>(handler: F) -> Method
where
    F: Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: Responder + 'static,
{
    ("PUT", web::put().to(handler))
}

fn delete<F, Args>(handler: F) -> Method
where
    F: Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: Responder + 'static,
{
    ("DELETE", web::delete().to(handler))
}

/// A path with its methods; any other method gets a 405 problem with `Allow`.
fn resource<const N: usize>(path: &str, methods: [Method; N]) -> Resource {
    let allow: Vec<&str> = methods.iter().map(|(name, _)| *name).collect();
    let allow = allow.join(", ");
    let mut resource = web::resource(path);
    for (_, route) in methods {
        resource = resource.route(route);
    }
    resource.default_service(web::to(move |req: HttpRequest| {
        let allow = allow.clone();
        async move { method_not_allowed(&req, &allow) }
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
