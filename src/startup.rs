//! Builds the HTTP server. `cna serve` and the tests call exactly this, so the tests exercise the
//! production wiring: middleware, extractor configuration, routes and fallbacks.

use std::net::TcpListener;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use actix_service::{map_config, IntoServiceFactory, ServiceFactoryExt};
use actix_web::{
    dev::{fn_service, AppConfig, Server},
    middleware, web, App,
};
use anyhow::Context;

use crate::api::browser::{self, CorsOrigins};
use crate::api::client_address::TrustedProxies;
use crate::api::rate_limit::{self, RateLimits};
use crate::api::wire_errors::ProblemIo;
use crate::auth::{throttle::ThrottlePolicy, AuthPolicy, Hasher, TokenKeys};
use crate::changes::Signal;
use crate::config::{AuthSettings, DatabaseSettings, ServerSettings};
use crate::db::{self, Pool};
use crate::error::ApiError;
use crate::routes;
use crate::search::{index::SearchIndex, indexer, SearchState};
use crate::telemetry::{self, BodyLimit};
use crate::webhooks::Destinations;

/// A bound, not yet running server.
pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    /// Binds the listener, opens this process's search index under the data directory and starts its
    /// indexer, and builds the server against the configured database. Does not migrate: `cna serve`
    /// migrates first, tests start from a migrated template.
    pub fn build(
        database: &DatabaseSettings,
        server: &ServerSettings,
        auth: &AuthSettings,
    ) -> anyhow::Result<Self> {
        server.reminders.check()?;
        let mailer = crate::reminders::outbox::Mailer::from_settings(&server.reminders)?;
        std::fs::create_dir_all(&server.data_dir).with_context(|| {
            format!("creating the data directory {}", server.data_dir.display())
        })?;
        let pool = db::build_pool(&database.url, database.pool_size, database.timeout())?;
        let streams = db::StreamPool::build(
            &database.url,
            database.stream_pool_size,
            std::time::Duration::from_secs(database.stream_send_timeout_secs),
        )?;
        let listener =
            TcpListener::bind(server.bind).with_context(|| format!("binding {}", server.bind))?;
        let index = SearchIndex::open(&crate::search::index_dir(&server.data_dir))?;
        let search = SearchState {
            index: Arc::new(index),
            ready: Arc::new(AtomicBool::new(false)),
            cache: Arc::new(crate::search::cache::ResultCache::new(server.search_cache)),
            places: Arc::new(tokio::sync::Semaphore::new(server.search_concurrency())),
        };
        let signal = Signal::default();
        crate::changes::listen(database.url.clone(), signal.clone());
        indexer::spawn(
            Arc::clone(&search.index),
            pool.clone(),
            Arc::clone(&search.ready),
            signal.clone(),
        );
        crate::webhooks::spawn(
            pool.clone(),
            database.url.clone(),
            signal.clone(),
            Destinations {
                private_addresses: server.webhook_private_addresses,
            },
        );
        crate::reminders::outbox::spawn(pool.clone(), database.url.clone(), mailer);
        crate::reminders::spawn(pool.clone(), server.reminders.clone(), server.clock.clone());
        Self::build_with(pool, streams, listener, server, auth, search, signal)
    }

    /// Builds the server on an existing pool and listener; `signal` is raised when the change log
    /// may have moved, for long-polling feed requests.
    pub fn build_with(
        pool: Pool,
        streams: db::StreamPool,
        listener: TcpListener,
        settings: &ServerSettings,
        auth: &AuthSettings,
        search: SearchState,
        signal: Signal,
    ) -> anyhow::Result<Self> {
        let local = listener.local_addr()?;
        let port = local.port();
        let clock = web::Data::new(settings.clock.clone());
        let reminders = web::Data::new(settings.reminders.clone());
        let pool = web::Data::new(pool);
        let streams = web::Data::new(streams);
        let search = web::Data::new(search);
        let signal = web::Data::new(signal);
        let keys = web::Data::new(TokenKeys::new(
            &auth.signing_secret()?,
            auth.access_ttl_secs,
        ));
        let hasher = web::Data::new(Hasher::new(auth.hash_concurrency, auth.hash_queue));
        let policy = web::Data::new(AuthPolicy {
            throttle: ThrottlePolicy {
                per_account: auth.login_max_failures,
                per_address: auth.login_max_failures_per_address,
                ..ThrottlePolicy::default()
            },
            refresh_ttl: chrono::Duration::days(auth.refresh_ttl_days),
            session_ttl: chrono::Duration::hours(auth.web_session_hours.max(1)),
        });
        let limit = settings.max_body_bytes;
        let rate_limits = web::Data::new(RateLimits::new(
            settings.partner_rate_limit,
            settings.address_rate_limit,
            settings.partner_concurrency,
        ));
        let proxies = web::Data::new(TrustedProxies {
            ranges: settings.trusted_proxies.clone(),
            header: settings.trusted_proxy_header,
        });
        let cors = web::Data::new(CorsOrigins::new(&settings.cors_origins));
        let destinations = web::Data::new(Destinations {
            private_addresses: settings.webhook_private_addresses,
        });
        let app = move || {
            App::new()
                .app_data(clock.clone())
                .app_data(reminders.clone())
                .app_data(pool.clone())
                .app_data(streams.clone())
                .app_data(proxies.clone())
                .app_data(cors.clone())
                .app_data(search.clone())
                .app_data(signal.clone())
                .app_data(keys.clone())
                .app_data(hasher.clone())
                .app_data(policy.clone())
                .app_data(rate_limits.clone())
                .app_data(destinations.clone())
                .app_data(web::Data::new(BodyLimit(limit)))
                .app_data(json_config(limit))
                .app_data(web::PayloadConfig::new(limit))
                .app_data(
                    web::QueryConfig::default().error_handler(|e, _| ApiError::from(e).into()),
                )
                .app_data(web::PathConfig::default().error_handler(|e, _| {
                    ApiError::BadRequest(format!("the path is not valid: {e}")).into()
                }))
                .wrap(middleware::from_fn(rate_limit::middleware))
                .wrap(middleware::from_fn(telemetry::middleware))
                .wrap(middleware::from_fn(crate::error::problems_everywhere))
                .wrap(middleware::from_fn(browser::middleware))
                .wrap(middleware::Compress::default())
                .configure(routes::configure)
                .default_service(web::to(routes::not_found))
        };
        // Each connection is wrapped so that the answers the HTTP layer makes itself (a request it
        // cannot parse) carry a problem document too; timeouts as actix-web's own server sets them.
        let mut builder = actix_server::Server::build();
        if let Some(workers) = settings.workers {
            builder = builder.workers(workers);
        }
        let server = builder
            .listen("cna", listener, move || {
                let http = actix_http::HttpService::build()
                    .keep_alive(actix_http::KeepAlive::Timeout(
                        std::time::Duration::from_secs(5),
                    ))
                    .client_request_timeout(std::time::Duration::from_secs(5))
                    .client_disconnect_timeout(std::time::Duration::from_secs(1))
                    .local_addr(local)
                    .h1(map_config(
                        app()
                            .into_factory()
                            .map_err(|e: actix_web::Error| e.error_response()),
                        |_| AppConfig::default(),
                    ));
                fn_service(|io: actix_web::rt::net::TcpStream| {
                    // An answer written in several parts (a compressed page, a stream) goes out
                    // at once, not held back by Nagle's algorithm until the client acknowledges
                    // the first part (as actix-web's own server does).
                    let _ = io.set_nodelay(true);
                    let peer = io.peer_addr().ok();
                    std::future::ready(Ok::<_, actix_http::error::DispatchError>((
                        ProblemIo::new(io),
                        peer,
                    )))
                })
                .and_then(http)
            })?
            .run();
        Ok(Application { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is asked to stop (SIGINT/SIGTERM), then drains in-flight requests.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// How JSON bodies are read: at most `limit` bytes, and every failure a problem document.
pub fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(limit)
        .error_handler(|e, _| ApiError::from(e).into())
}

#[cfg(test)]
mod tests {
    use actix_web::{test, web, App, HttpResponse};
    use serde_json::Value;

    use super::json_config;

    #[derive(serde::Deserialize)]
    struct Body {
        #[allow(dead_code)]
        name: String,
    }

    async fn echo(_: web::Json<Body>) -> HttpResponse {
        HttpResponse::NoContent().finish()
    }

    /// The JSON configuration that writes will use: malformed, mistyped, oversized and non-JSON bodies
    /// each become the right problem.
    #[actix_web::test]
    async fn json_body_failures_are_problems() {
        let app = test::init_service(
            App::new()
                .app_data(json_config(64))
                .route("/", web::post().to(echo)),
        )
        .await;
        let cases: [(&str, &str, u16, &str); 4] = [
            (
                "application/json",
                "{\"name\": ",
                400,
                "urn:cna:problem:malformed-request",
            ),
            (
                "application/json",
                "{\"name\": 5}",
                422,
                "urn:cna:problem:validation",
            ),
            (
                "application/json",
                &"x".repeat(100),
                413,
                "urn:cna:problem:payload-too-large",
            ),
            (
                "text/plain",
                "{\"name\": \"a\"}",
                415,
                "urn:cna:problem:unsupported-media-type",
            ),
        ];
        for (content_type, body, status, problem) in cases {
            let req = test::TestRequest::post()
                .uri("/")
                .insert_header(("content-type", content_type))
                .set_payload(body.to_owned())
                .to_request();
            let res = test::call_service(&app, req).await;
            assert_eq!(res.status().as_u16(), status, "{body}");
            assert_eq!(
                res.headers().get("content-type").unwrap(),
                "application/problem+json"
            );
            let json: Value = test::read_body_json(res).await;
            assert_eq!(json["type"], problem);
            assert_eq!(json["status"], status);
        }
    }
}
