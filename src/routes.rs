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
    admin, auth, authorities, cases, changes, countries, export, freshness, health, legislation,
    route, search, taxonomies, treaties, webhook,
};
use crate::error::ApiError;
use crate::openapi::ApiDoc;
use crate::web::{assets, i18n::Lang, pages};

/// Registers every route. Called by `startup` for production and tests alike.
pub fn configure(cfg: &mut ServiceConfig) {
    for (path, methods) in table() {
        cfg.service(resource(path, methods));
    }
    // The interactive viewer (Swagger UI, vendored in the binary) at /docs/, and the document it
    // reads at /openapi.json.
    cfg.service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", ApiDoc::openapi()))
        .service(resource("/docs", vec![get(redirect_to_docs)]));
    // The web application: `/` picks a language, every page lives under its language.
    cfg.service(resource("/", vec![get(pages::root)]))
        .service(resource("/assets/{file}", vec![get(assets::serve)]));
    for lang in Lang::ALL {
        let prefix = format!("/{}", lang.code());
        let mut scope = web::scope(&prefix).service(resource("", vec![get(pages::with_slash)]));
        for (path, methods) in page_table() {
            scope = scope.service(resource(path, methods));
        }
        cfg.service(scope.default_service(web::to(pages::not_found)));
    }
}

/// Every page of the web application, under each language's prefix.
pub fn page_table() -> Vec<(&'static str, Vec<Method>)> {
    use crate::domain::{case::Case, legislation::Law, Authority};
    use crate::web::console::{admin, editor, history, outbox, records, remove, settings, sign_in};
    use pages::{
        authority, case, confirm_link, country, find, freshness, home, law, route, search,
    };
    vec![
        ("/", vec![get(home::home)]),
        ("/find", vec![get(find::find)]),
        ("/route", vec![get(route::route)]),
        ("/route/draft", vec![post(route::route_draft)]),
        ("/search", vec![get(search::search)]),
        ("/countries", vec![get(country::countries)]),
        ("/freshness", vec![get(freshness::freshness)]),
        ("/countries/{iso3}", vec![get(country::country)]),
        ("/authorities/{id}", vec![get(authority::authority)]),
        ("/legislation/{id}", vec![get(law::law)]),
        ("/cases/{id}", vec![get(case::case)]),
        (
            "/sign-in",
            vec![get(sign_in::sign_in_form), post(sign_in::sign_in)],
        ),
        ("/sign-out", vec![post(sign_in::sign_out)]),
        (
            "/confirm/{token}",
            vec![get(confirm_link::show), post(confirm_link::confirm)],
        ),
        ("/console", vec![get(records::console)]),
        ("/console/confirm", vec![post(records::confirm)]),
        (
            "/console/settings",
            vec![get(settings::settings), post(settings::save_settings)],
        ),
        (
            "/console/authorities/new",
            vec![
                get(editor::new_form::<Authority>),
                post(editor::create::<Authority>),
            ],
        ),
        (
            "/console/authorities/{id}/edit",
            vec![
                get(editor::edit_form::<Authority>),
                post(editor::update::<Authority>),
            ],
        ),
        (
            "/console/authorities/{id}/remove",
            vec![
                get(remove::confirm_page::<Authority>),
                post(remove::remove::<Authority>),
            ],
        ),
        (
            "/console/legislation/{id}/remove",
            vec![
                get(remove::confirm_page::<Law>),
                post(remove::remove::<Law>),
            ],
        ),
        (
            "/console/cases/{id}/remove",
            vec![
                get(remove::confirm_page::<Case>),
                post(remove::remove::<Case>),
            ],
        ),
        (
            "/console/authorities/{id}/history",
            vec![get(history::history::<Authority>)],
        ),
        (
            "/console/legislation/new",
            vec![get(editor::new_form::<Law>), post(editor::create::<Law>)],
        ),
        (
            "/console/legislation/{id}/edit",
            vec![get(editor::edit_form::<Law>), post(editor::update::<Law>)],
        ),
        (
            "/console/legislation/{id}/history",
            vec![get(history::history::<Law>)],
        ),
        (
            "/console/cases/new",
            vec![get(editor::new_form::<Case>), post(editor::create::<Case>)],
        ),
        (
            "/console/cases/{id}/edit",
            vec![get(editor::edit_form::<Case>), post(editor::update::<Case>)],
        ),
        (
            "/console/cases/{id}/history",
            vec![get(history::history::<Case>)],
        ),
        (
            "/console/accounts",
            vec![get(admin::accounts), post(admin::create_account)],
        ),
        (
            "/console/accounts/{id}/disable",
            vec![post(admin::disable_account)],
        ),
        (
            "/console/partners",
            vec![get(admin::partners), post(admin::create_partner)],
        ),
        (
            "/console/partners/{id}/revoke",
            vec![post(admin::revoke_partner)],
        ),
        ("/console/outbox", vec![get(outbox::outbox)]),
    ]
}

/// Every path of the API with its methods: what the OpenAPI document must describe (a test
/// checks that it does).
pub fn table() -> Vec<(&'static str, Vec<Method>)> {
    use admin::{outbox, partners, users};
    vec![
        ("/healthz", vec![get(health::get_healthz)]),
        ("/readyz", vec![get(health::get_readyz)]),
        ("/v1/countries", vec![get(countries::list::list_countries)]),
        ("/v1/freshness", vec![get(freshness::list_freshness)]),
        (
            "/v1/freshness/{iso3}",
            vec![get(freshness::get_state_freshness)],
        ),
        (
            "/v1/countries/{iso3}",
            vec![get(countries::get::get_country)],
        ),
        (
            "/v1/regions",
            vec![get(taxonomies::list_regions::list_regions)],
        ),
        (
            "/v1/competences",
            vec![get(taxonomies::list_competences::list_competences)],
        ),
        (
            "/v1/instruments",
            vec![get(taxonomies::list_instruments::list_instruments)],
        ),
        (
            "/v1/crime-types",
            vec![get(taxonomies::list_crime_types::list_crime_types)],
        ),
        (
            "/v1/cross-cutting-issues",
            vec![get(
                taxonomies::list_cross_cutting_issues::list_cross_cutting_issues,
            )],
        ),
        (
            "/v1/authorities",
            vec![
                get(authorities::list::list_authorities),
                post(authorities::record::create_authority),
            ],
        ),
        (
            "/v1/authorities/{id}",
            vec![
                get(authorities::record::get_authority),
                put(authorities::record::update_authority),
                delete(authorities::record::delete_authority),
            ],
        ),
        (
            "/v1/authorities/{id}/confirm",
            vec![post(authorities::record::confirm_authority)],
        ),
        (
            "/v1/authorities/{id}/history",
            vec![get(authorities::history::list_authority_history)],
        ),
        (
            "/v1/legislation",
            vec![
                get(legislation::list::list_legislation),
                post(legislation::record::create_legislation),
            ],
        ),
        (
            "/v1/legislation/{id}",
            vec![
                get(legislation::record::get_legislation),
                put(legislation::record::update_legislation),
                delete(legislation::record::delete_legislation),
            ],
        ),
        ("/v1/search", vec![get(search::get::search)]),
        ("/v1/route", vec![get(route::get::route)]),
        ("/v1/route/draft", vec![post(route::draft::route_draft)]),
        (
            "/v1/cases",
            vec![
                get(cases::list::list_cases),
                post(cases::record::create_case),
            ],
        ),
        (
            "/v1/cases/{id}",
            vec![
                get(cases::record::get_case),
                put(cases::record::update_case),
                delete(cases::record::delete_case),
            ],
        ),
        (
            "/v1/treaties",
            vec![
                get(treaties::list::list_treaties),
                post(treaties::record::create_treaty),
            ],
        ),
        (
            "/v1/treaties/{id}",
            vec![
                get(treaties::record::get_treaty),
                put(treaties::record::update_treaty),
                delete(treaties::record::delete_treaty),
            ],
        ),
        ("/v1/changes", vec![get(changes::list::list_changes)]),
        ("/v1/export", vec![get(export::get::export_records)]),
        (
            "/v1/webhook",
            vec![
                get(webhook::manage::get_webhook),
                put(webhook::manage::register_webhook),
                delete(webhook::manage::delete_webhook),
            ],
        ),
        ("/v1/auth/login", vec![post(auth::login::login)]),
        ("/v1/auth/refresh", vec![post(auth::refresh::refresh)]),
        ("/v1/auth/logout", vec![post(auth::logout::logout)]),
        ("/v1/me", vec![get(auth::me::get_me), put(auth::me::put_me)]),
        (
            "/v1/admin/users",
            vec![
                get(users::list::list_users),
                post(users::create::create_user),
            ],
        ),
        ("/v1/admin/users/{id}", vec![get(users::get::get_user)]),
        (
            "/v1/admin/users/{id}/disable",
            vec![post(users::disable::disable_user)],
        ),
        (
            "/v1/admin/users/{id}/reset-password",
            vec![post(users::reset_password::reset_user_password)],
        ),
        (
            "/v1/admin/partners",
            vec![
                get(partners::list::list_partners),
                post(partners::create::create_partner),
            ],
        ),
        (
            "/v1/admin/partners/{id}",
            vec![get(partners::get::get_partner)],
        ),
        (
            "/v1/admin/partners/{id}/revoke",
            vec![post(partners::revoke::revoke_partner)],
        ),
        (
            "/v1/admin/partners/{id}/deliveries",
            vec![get(webhook::manage::list_deliveries)],
        ),
        ("/v1/admin/outbox", vec![get(outbox::list::list_outbox)]),
        (
            "/v1/admin/outbox/{id}",
            vec![get(outbox::get::get_outbox_message)],
        ),
    ]
}

/// A method of a resource: the name(s) it adds to `Allow`, and the route.
pub type Method = (&'static str, Route);

/// GET, and HEAD answered by the same handler (actix drops the body).
pub fn get<F, Args>(handler: F) -> Method
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

pub fn post<F, Args>(handler: F) -> Method
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
pub fn resource(path: &str, methods: Vec<Method>) -> Resource {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_in_the_openapi_document() {
        let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let mut missing = Vec::new();
        let mut routes = 0;
        for (path, methods) in table() {
            for (names, _) in methods {
                // `GET, HEAD`: HEAD is GET without the body, which OpenAPI does not list apart.
                let method = names.split(',').next().unwrap().trim().to_ascii_lowercase();
                routes += 1;
                if document["paths"][path][&method].is_null() {
                    missing.push(format!("{method} {path}"));
                }
            }
        }
        assert!(missing.is_empty(), "not in the document: {missing:?}");
        let operations: usize = document["paths"]
            .as_object()
            .unwrap()
            .values()
            .map(|item| item.as_object().unwrap().len())
            .sum();
        assert_eq!(
            operations, routes,
            "the document describes a route that does not exist"
        );
    }
}
