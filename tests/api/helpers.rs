//! The test harness: every test gets its own database, cloned from a template that is migrated and
//! seeded once per set of migrations and seed data, and its own server, built by the same
//! `Application::build` that `cna serve` runs, reached over real HTTP.
//!
//! Needs `DATABASE_URL` naming a Postgres server where the role may create databases (the test
//! script provides one). Test databases are named `cna_test_<pid>_<n>`; databases left by a crashed
//! run (whose process is gone) are dropped when the next run starts.

use std::{
    net::TcpListener,
    path::Path,
    sync::atomic::{AtomicUsize, Ordering},
    time::Duration,
};

use cna::{
    auth::{accounts, accounts::NewUser, password},
    config::{AuthSettings, DatabaseSettings, ServerSettings},
    db::{self, Conn},
    startup::Application,
};
use diesel::{sql_types::Text, QueryableByName};
use diesel_async::{AsyncConnection, RunQueryDsl};
use reqwest::{Method, Response};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio::sync::OnceCell;

static TEMPLATE: OnceCell<String> = OnceCell::const_new();
static PASSWORD_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The secret test servers sign tokens with.
pub const TEST_SECRET: &str = "test-signing-secret-0123456789-abcdefghij";
/// The password of every account made by [`TestApp::user`].
pub const PASSWORD: &str = "correct horse battery staple";

/// An account made for a test, signed in.
#[derive(Debug, Clone)]
pub struct TestUser {
    pub id: String,
    pub email: String,
    pub token: String,
    pub refresh_token: String,
}
static NEXT_DB: AtomicUsize = AtomicUsize::new(0);

/// A running server on its own database.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub database_url: String,
    /// The server's clock, which a test may move forward.
    pub clock: cna::clock::Clock,
    database_name: String,
    _data_dir: tempfile::TempDir,
}

/// The server named by `DATABASE_URL`, with the path replaced by `database`.
pub fn database_url(database: &str) -> String {
    let base = std::env::var("DATABASE_URL")
        .expect("DATABASE_URL must name a Postgres server (scripts/test sets it up)");
    let (url, query) = match base.split_once('?') {
        Some((url, query)) => (url.to_owned(), format!("?{query}")),
        None => (base.clone(), String::new()),
    };
    let authority_start = url.find("://").map_or(0, |i| i + 3);
    let server = match url[authority_start..].find('/') {
        Some(slash) => &url[..authority_start + slash],
        None => &url[..],
    };
    format!("{server}/{database}{query}")
}

/// A connection to the maintenance database of the server (the one `DATABASE_URL` names).
async fn admin_connection() -> Conn {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    Conn::establish(&url)
        .await
        .expect("connect to DATABASE_URL")
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    datname: String,
}

async fn database_names(conn: &mut Conn, pattern: &str) -> Vec<String> {
    diesel::sql_query("SELECT datname FROM pg_database WHERE datname LIKE $1")
        .bind::<Text, _>(pattern)
        .load::<Name>(conn)
        .await
        .expect("list databases")
        .into_iter()
        .map(|n| n.datname)
        .collect()
}

async fn execute(conn: &mut Conn, sql: &str) -> Result<usize, diesel::result::Error> {
    diesel::sql_query(sql).execute(conn).await
}

/// The fingerprint of what a template holds: the migrations and the seed data.
fn fingerprint() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["migrations", "seed-data"] {
        collect_files(&root.join(dir), &mut files);
    }
    files.sort();
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.to_string_lossy().as_bytes());
        hasher.update(std::fs::read(&file).expect("read fixture file"));
    }
    hasher.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn collect_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "sql" || e == "json") {
            out.push(path);
        }
    }
}

/// Builds the template once per fingerprint (shared by concurrent test processes through an advisory
/// lock) and sweeps what crashed runs left behind.
async fn template() -> &'static str {
    TEMPLATE
        .get_or_init(|| async {
            let name = format!("cna_tpl_{}", fingerprint());
            let mut conn = admin_connection().await;
            execute(&mut conn, "SELECT pg_advisory_lock(4242424242)")
                .await
                .expect("lock");
            sweep(&mut conn, &name).await;
            if database_names(&mut conn, &name).await.is_empty() {
                let building = format!("{name}_build");
                execute(
                    &mut conn,
                    &format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"),
                )
                .await
                .expect("drop stale build");
                execute(&mut conn, &format!("CREATE DATABASE {building}"))
                    .await
                    .expect("create template");
                let url = database_url(&building);
                db::run_migrations(&url).await.expect("migrate template");
                {
                    let pool = db::build_pool(&url, 2, std::time::Duration::from_secs(30))
                        .expect("template pool");
                    cna::seed::run(&pool, true).await.expect("seed template");
                }
                execute(
                    &mut conn,
                    &format!("ALTER DATABASE {building} RENAME TO {name}"),
                )
                .await
                .expect("publish template");
            }
            execute(&mut conn, "SELECT pg_advisory_unlock(4242424242)")
                .await
                .expect("unlock");
            name
        })
        .await
}

/// Drops test databases whose process is gone and templates of other fingerprints not in use.
async fn sweep(conn: &mut Conn, current_template: &str) {
    for name in database_names(conn, "cna\\_test\\_%").await {
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        let alive = pid.is_some_and(|pid| Path::new(&format!("/proc/{pid}")).exists());
        if !alive {
            let _ = execute(
                conn,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            )
            .await;
        }
    }
    for name in database_names(conn, "cna\\_tpl\\_%").await {
        if name != current_template && !name.ends_with("_build") {
            // Fails harmlessly while another run still clones from it.
            let _ = execute(conn, &format!("DROP DATABASE IF EXISTS {name}")).await;
        }
    }
}

/// A fresh database cloned from the template.
pub async fn fresh_database() -> (String, String) {
    let template = template().await;
    let name = format!(
        "cna_test_{}_{}",
        std::process::id(),
        NEXT_DB.fetch_add(1, Ordering::SeqCst)
    );
    let mut conn = admin_connection().await;
    let mut attempt = 0;
    loop {
        match execute(
            &mut conn,
            &format!("CREATE DATABASE {name} TEMPLATE {template}"),
        )
        .await
        {
            Ok(_) => break,
            // Another clone of the same template can hold it for a moment.
            Err(e) if attempt < 50 && e.to_string().contains("being accessed") => {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!("create test database: {e}"),
        }
    }
    let url = database_url(&name);
    (name, url)
}

fn server_settings(data_dir: &Path) -> ServerSettings {
    ServerSettings {
        bind: "127.0.0.1:0".parse().expect("address"),
        data_dir: data_dir.to_path_buf(),
        max_body_bytes: 64 * 1024,
        workers: Some(1),
        search_cache: 1024,
        search_concurrency: None,
        trusted_proxies: Vec::new(),
        trusted_proxy_header: cna::api::client_address::ProxyHeader::XForwardedFor,
        cors_origins: Vec::new(),
        // Tests that read every record as a partner would hit the production defaults; the
        // rate-limit test sets its own.
        partner_rate_limit: 100_000,
        address_rate_limit: 0,
        partner_concurrency: 0,
        // The tests' webhook endpoints listen on 127.0.0.1; one test turns this off again.
        webhook_private_addresses: true,
        clock: cna::clock::Clock::default(),
        // Reminder passes are made by the tests that need them (`cna::reminders::run`), or by a
        // server they start with an interval.
        reminders: cna::config::ReminderSettings {
            interval_secs: 0,
            retry_secs: 1,
            ..Default::default()
        },
    }
}

/// Starts a server on a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts a server on a fresh database, with its settings changed by `change`.
pub async fn spawn_app_with(change: impl FnOnce(&mut ServerSettings)) -> TestApp {
    let (database_name, database_url) = fresh_database().await;
    let settings = DatabaseSettings {
        url: database_url.clone(),
        pool_size: 4,
        timeout_ms: 5000,
        stream_pool_size: 4,
        stream_send_timeout_secs: 30,
    };
    spawn_with(settings, database_name, change).await
}

/// Starts a server on a fresh database with its database, server and account settings changed by
/// `change`.
pub async fn spawn_app_tuned(
    change: impl FnOnce(&mut DatabaseSettings, &mut ServerSettings, &mut AuthSettings),
) -> TestApp {
    let (database_name, database_url) = fresh_database().await;
    let mut database = DatabaseSettings {
        url: database_url,
        pool_size: 4,
        timeout_ms: 5000,
        stream_pool_size: 4,
        stream_send_timeout_secs: 30,
    };
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut server = server_settings(data_dir.path());
    let mut auth = AuthSettings::with_secret(TEST_SECRET);
    change(&mut database, &mut server, &mut auth);
    start(database, database_name, data_dir, server, auth).await
}

/// Starts a server on what `cna migrate && cna seed` makes of an empty database: the reference
/// data and no records (no demo data, no history), an instance to import into.
pub async fn spawn_empty_app() -> TestApp {
    spawn_empty_app_with(|_| {}).await
}

/// [`spawn_empty_app`], with the server's settings changed by `change`.
pub async fn spawn_empty_app_with(change: impl FnOnce(&mut ServerSettings)) -> TestApp {
    let (database_name, database_url) = fresh_database().await;
    db::revert_all_migrations(&database_url)
        .await
        .expect("empty the database");
    db::run_migrations(&database_url).await.expect("migrate");
    {
        let pool =
            db::build_pool(&database_url, 2, std::time::Duration::from_secs(30)).expect("pool");
        cna::seed::run(&pool, false).await.expect("seed");
    }
    let settings = DatabaseSettings {
        url: database_url,
        pool_size: 4,
        timeout_ms: 5000,
        stream_pool_size: 4,
        stream_send_timeout_secs: 30,
    };
    spawn_with(settings, database_name, change).await
}

/// Starts a server whose database cannot be reached.
pub async fn spawn_app_without_database() -> TestApp {
    let closed_port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    // The listener is dropped: nothing listens on that port any more.
    let settings = DatabaseSettings {
        url: format!("postgres://nobody@127.0.0.1:{closed_port}/none"),
        pool_size: 2,
        timeout_ms: 500,
        stream_pool_size: 4,
        stream_send_timeout_secs: 30,
    };
    spawn_with(settings, String::new(), |_| {}).await
}

async fn spawn_with(
    database: DatabaseSettings,
    database_name: String,
    change: impl FnOnce(&mut ServerSettings),
) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut server = server_settings(data_dir.path());
    change(&mut server);
    start(
        database,
        database_name,
        data_dir,
        server,
        AuthSettings::with_secret(TEST_SECRET),
    )
    .await
}

async fn start(
    database: DatabaseSettings,
    database_name: String,
    data_dir: tempfile::TempDir,
    server: ServerSettings,
    auth: AuthSettings,
) -> TestApp {
    let clock = server.clock.clone();
    let app = Application::build(&database, &server, &auth).expect("build app");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let app = TestApp {
        address,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // The server closes connections idle for 5 s; reusing one just as it does so fails
            // the request. Idle connections are dropped before that.
            .pool_idle_timeout(Duration::from_secs(2))
            .build()
            .expect("client"),
        database_url: database.url,
        clock,
        database_name,
        _data_dir: data_dir,
    };
    app.wait_until_ready().await;
    app
}

impl TestApp {
    /// Another server process on the same database, with a data directory (and search index) of its
    /// own. The database stays with `self`.
    pub async fn another_server(&self) -> TestApp {
        self.another_server_with(|_| {}).await
    }

    /// [`TestApp::another_server`], with its settings changed by `change`.
    pub async fn another_server_with(&self, change: impl FnOnce(&mut ServerSettings)) -> TestApp {
        let settings = DatabaseSettings {
            url: self.database_url.clone(),
            pool_size: 4,
            timeout_ms: 5000,
            stream_pool_size: 4,
            stream_send_timeout_secs: 30,
        };
        let app = spawn_with(settings, String::new(), change).await;
        app.poll_ready().await;
        app
    }

    /// `GET /v1/search?{query}` as `token` (anonymous when `None`).
    pub async fn search(&self, query: &str, token: Option<&str>) -> (u16, Value) {
        let response = self
            .request(Method::GET, &format!("/v1/search?{query}"), token)
            .send()
            .await
            .expect("search");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }

    /// GET a path and return its status and JSON body.
    pub async fn get_json(&self, path: &str) -> (u16, Value) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        let body = response.json().await.expect("JSON body");
        (status, body)
    }

    /// Walks a list to its end with the given page size and returns every item.
    pub async fn collect(&self, path: &str, limit: usize) -> Vec<Value> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..10_000 {
            let url = match &cursor {
                Some(c) => format!("{path}{separator}limit={limit}&cursor={c}"),
                None => format!("{path}{separator}limit={limit}"),
            };
            let (status, body) = self.get_json(&url).await;
            assert_eq!(status, 200, "{url}: {body}");
            let page = body["items"].as_array().expect("items").clone();
            assert!(page.len() <= limit, "page larger than limit");
            items.extend(page);
            match body["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return items,
            }
        }
        panic!("{path} did not end");
    }

    /// Waits until the server's search index has caught up (`/readyz` answers 200), or 30 seconds
    /// for a server whose database is unreachable on purpose.
    pub async fn wait_until_ready(&self) {
        if self.database_name.is_empty() {
            return;
        }
        self.poll_ready().await;
    }

    async fn poll_ready(&self) {
        for _ in 0..600 {
            if self.get("/readyz").await.status() == 200 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server did not become ready");
    }

    /// A request with an optional bearer token.
    pub fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
    ) -> reqwest::RequestBuilder {
        let builder = self
            .client
            .request(method, format!("{}{path}", self.address));
        match token {
            Some(token) => builder.bearer_auth(token),
            None => builder,
        }
    }

    /// Sends a request without a body, with an optional bearer token.
    pub async fn send(&self, method: reqwest::Method, path: &str, token: Option<&str>) -> Response {
        self.request(method, path, token)
            .send()
            .await
            .expect("request")
    }

    /// Sends `body` as JSON, with an optional bearer token.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: &impl serde::Serialize,
    ) -> Response {
        self.request(method, path, token)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// GET with a token; status and JSON body.
    pub async fn get_as(&self, path: &str, token: &str) -> (u16, Value) {
        let response = self
            .request(reqwest::Method::GET, path, Some(token))
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.expect("JSON body"))
    }

    /// Changes a record as another writer would, meanwhile: reads it with its `ETag`, applies
    /// `edit` and writes it back under `If-Match`, as `token`; the status of the write.
    pub async fn edit_as(&self, path: &str, token: &str, edit: impl FnOnce(&mut Value)) -> u16 {
        let current = self.get(path).await;
        let etag = current.headers()["etag"].to_str().unwrap().to_owned();
        let mut document: Value = current.json().await.expect("JSON body");
        edit(&mut document);
        self.request(reqwest::Method::PUT, path, Some(token))
            .header("if-match", etag)
            .json(&document)
            .send()
            .await
            .expect("request")
            .status()
            .as_u16()
    }

    /// Signs in; the whole response.
    pub async fn login(&self, email: &str, password: &str) -> Response {
        self.client
            .post(format!("{}/v1/auth/login", self.address))
            .json(&serde_json::json!({"email": email, "password": password}))
            .send()
            .await
            .expect("request")
    }

    /// Makes an account with the e-mail address `email` and the password [`PASSWORD`], without
    /// signing it in; its id.
    pub async fn account(&self, email: &str, role: &str, country: Option<&str>) -> String {
        let new = NewUser::parse(email, role, country, PASSWORD, None).expect("valid account");
        let hash = PASSWORD_HASH
            .get_or_init(|| password::hash_blocking(PASSWORD).expect("hash"))
            .clone();
        let mut conn = self.db().await;
        let user = accounts::create(&mut conn, &new, hash)
            .await
            .expect("create account");
        user.id.to_string()
    }

    /// Makes an account (`role`, `country` for focal points) and signs it in.
    pub async fn user(&self, role: &str, country: Option<&str>) -> TestUser {
        let email = format!(
            "{role}.{}@test.example",
            NEXT_DB.fetch_add(1, Ordering::SeqCst)
        );
        let id = self.account(&email, role, country).await;
        let response = self.login(&email, PASSWORD).await;
        assert_eq!(response.status(), 200, "sign-in of a fresh account");
        let body: Value = response.json().await.expect("token body");
        TestUser {
            id,
            email,
            token: body["access_token"]
                .as_str()
                .expect("access token")
                .to_owned(),
            refresh_token: body["refresh_token"]
                .as_str()
                .expect("refresh token")
                .to_owned(),
        }
    }

    /// A direct connection to this test's database, for arranging and inspecting state.
    pub async fn db(&self) -> Conn {
        Conn::establish(&self.database_url)
            .await
            .expect("connect test database")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if self.database_name.is_empty() {
            return;
        }
        let name = self.database_name.clone();
        // Drop runs inside the test's runtime, so the cleanup gets a runtime of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async {
                let mut conn = admin_connection().await;
                let _ = execute(
                    &mut conn,
                    &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                )
                .await;
            });
            Ok::<(), std::io::Error>(())
        })
        .join();
    }
}

/// Asserts that a response is a problem document with this status and type, and returns it.
pub async fn assert_problem(response: Response, status: u16, problem_type: &str) -> Value {
    assert_eq!(
        response.status().as_u16(),
        status,
        "status of {}",
        response.url()
    );
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.expect("problem body");
    assert_eq!(body["status"], status, "{body}");
    assert_eq!(
        body["type"],
        format!("urn:cna:problem:{problem_type}"),
        "{body}"
    );
    assert!(
        body["title"].is_string() && body["detail"].is_string(),
        "{body}"
    );
    body
}

/// Asserts a 400 problem naming exactly `field` among its errors.
pub async fn assert_invalid_parameter(app: &TestApp, path: &str, field: &str) {
    let body = assert_problem(app.get(path).await, 400, "invalid-parameter").await;
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert!(fields.contains(&field), "{path}: {body}");
}
