//! The web application over HTTP: every page in every language, escaping, headers, sessions,
//! CSRF, and the console's writes (through the same pipeline as the API, refused on another
//! State's records whatever the form names).

use reqwest::{header, redirect, Response};
use serde_json::Value;

use crate::authority_writes::count;
use crate::helpers::{spawn_app, TestApp, PASSWORD};

const LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// A browser without JavaScript: follows no redirect by itself, keeps its cookies.
pub(crate) struct Browser {
    client: reqwest::Client,
    base: String,
    cookies: Vec<(String, String)>,
}

impl Browser {
    fn new(app: &TestApp) -> Self {
        Browser {
            client: reqwest::Client::builder()
                .redirect(redirect::Policy::none())
                .build()
                .unwrap(),
            base: app.address.clone(),
            cookies: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, response: &Response) {
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let (pair, _) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(k, _)| k != name);
            if !value.is_empty() {
                self.cookies.push((name.to_owned(), value.to_owned()));
            }
        }
    }

    async fn get(&mut self, path: &str) -> Response {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .header(header::COOKIE, self.cookie_header())
            .send()
            .await
            .unwrap();
        self.keep(&response);
        response
    }

    pub(crate) async fn page(&mut self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header(header::COOKIE, self.cookie_header())
            .form(fields)
            .send()
            .await
            .unwrap();
        self.keep(&response);
        response
    }

    /// A browser signed in through the form as a new account `email`.
    pub(crate) async fn signed_in(
        app: &TestApp,
        email: &str,
        role: &str,
        country: Option<&str>,
    ) -> Self {
        app.account(email, role, country).await;
        let mut browser = Browser::new(app);
        browser.sign_in(email).await;
        browser
    }

    /// Signs in through the form; the console's address.
    async fn sign_in(&mut self, email: &str) -> String {
        let (_, form) = self.page("/en/sign-in").await;
        let token = hidden(&form, "csrf");
        let response = self
            .post(
                "/en/sign-in",
                &[("csrf", &token), ("email", email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(response.status(), 303, "sign-in of {email}");
        location(&response)
    }
}

fn location(response: &Response) -> String {
    response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned()
}

/// The value of the first hidden field `name` of a page.
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {page}"))
        + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

async fn first_id(app: &TestApp, path: &str) -> String {
    let (_, page) = app.get_json(path).await;
    page["items"][0]["id"].as_str().unwrap().to_owned()
}

async fn authority(app: &TestApp, id: &str) -> Value {
    app.get_json(&format!("/v1/authorities/{id}")).await.1
}

#[tokio::test]
async fn every_page_answers_in_every_language_under_a_strict_policy() {
    let app = spawn_app().await;
    let authority = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let law = first_id(&app, "/v1/legislation?limit=1").await;
    let case = first_id(&app, "/v1/cases?limit=1").await;
    let mut browser = Browser::new(&app);
    let paths = [
        "/".to_owned(),
        "/search?q=ministry".to_owned(),
        "/search?type=authority&country=FRA".to_owned(),
        "/countries".to_owned(),
        "/countries/FRA".to_owned(),
        "/freshness".to_owned(),
        format!("/authorities/{authority}"),
        format!("/legislation/{law}"),
        format!("/cases/{case}"),
        "/find?country=France&measure=MLA".to_owned(),
        "/route?from=Kenya&to=France&measure=MLA".to_owned(),
        "/route?from=FRA&to=DEU&measure=CYBER_24_7&urgent=on".to_owned(),
        "/route?from=FRA&to=USA&measure=EXTRADITION".to_owned(),
        "/sign-in".to_owned(),
    ];
    let english_ids = message_ids(include_str!("../../locales/en/web.ftl"));
    for lang in LANGS {
        for path in &paths {
            let url = format!("/{lang}{path}");
            let response = browser.get(&url).await;
            assert_eq!(response.status(), 200, "{url}");
            let headers = response.headers().clone();
            assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
            let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
            assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
            assert!(csp.contains("script-src 'self'"), "{csp}");
            assert!(!csp.contains("unsafe-inline"), "{csp}");
            let body = response.text().await.unwrap();
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert!(
                body.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
                "{url}"
            );
            assert!(body.len() < 100_000, "{url} is {} bytes", body.len());
            // A message missing at run time shows as its id.
            for id in &english_ids {
                assert!(!body.contains(&format!(">{id}<")), "{url} shows {id}");
            }
            // No inline script or style for the policy to refuse.
            assert!(!body.contains("style=\""), "{url}");
            assert!(!body.contains("<script>"), "{url}");
        }
    }
}

fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_owned()))
        .collect()
}

#[tokio::test]
async fn the_root_sends_each_browser_to_its_language_and_unknown_pages_are_pages() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    for (accept, lang) in [("fr-CH, en;q=0.5", "fr"), ("zh-Hant", "zh"), ("de", "en")] {
        let response = browser
            .client
            .get(format!("{}/", app.address))
            .header(header::ACCEPT_LANGUAGE, accept)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303);
        assert_eq!(location(&response), format!("/{lang}/"));
        assert!(response.headers()[header::VARY]
            .to_str()
            .unwrap()
            .contains("Accept-Language"));
    }
    let response = browser.get("/fr").await;
    assert_eq!(response.status(), 308);
    assert_eq!(location(&response), "/fr/");
    for path in [
        "/ar/nowhere",
        "/fr/authorities/not-an-id",
        "/fr/authorities/00000000-0000-0000-0000-000000000000",
        "/fr/countries/XYZ",
        "/fr/legislation/00000000-0000-0000-0000-000000000000",
    ] {
        let (status, body) = browser.page(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(body.contains("<html lang=\""), "{path}: {body}");
    }
    let (status, body) = browser.page("/es/search?country=XYZ").await;
    assert_eq!(status, 400);
    assert!(body.contains("role=\"alert\""), "{body}");
    let (status, _) = browser.page("/es/search?q=%22unclosed").await;
    assert!(status == 200 || status == 400, "{status}");
    let (status, _) = browser.page("/es/search?q=x&page=99999999").await;
    assert_eq!(status, 400);
    // The API keeps answering problems.
    let response = browser.get("/v1/nowhere").await;
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
}

#[tokio::test]
async fn assets_are_fingerprinted_and_cached_for_a_year() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let (_, home) = browser.page("/en/").await;
    let start = home.find("/assets/app.").unwrap();
    let css = home[start..].split('"').next().unwrap().to_owned();
    assert!(css.ends_with(".css"), "{css}");
    let response = browser
        .client
        .get(format!("{}{css}", app.address))
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    assert_eq!(browser.get("/assets/app.css").await.status(), 404);
    // A whole page and its assets stay small for slow links.
    let page = browser.get("/ar/countries").await;
    let total = page.bytes().await.unwrap().len();
    assert!(total < 100_000, "{total}");
}

#[tokio::test]
async fn find_the_authority_takes_a_state_named_in_any_language() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let central = first_id(&app, "/v1/authorities?country=FRA&competence=MLA&limit=1").await;
    for typed in [
        "France",
        "FRA",
        "fra",
        "法国",
        "Франция",
        "فرنسا",
        "Francia",
    ] {
        let url = format!(
            "/en/find?country={}&measure=MLA",
            url::form_urlencoded::byte_serialize(typed.as_bytes()).collect::<String>()
        );
        let (status, body) = browser.page(&url).await;
        assert_eq!(status, 200, "{typed}");
        assert!(body.contains(&central), "{typed}");
    }
    let (status, body) = browser.page("/fr/find?country=Atlantide&measure=MLA").await;
    assert_eq!(status, 400);
    assert!(body.contains("aria-invalid=\"true\""), "{body}");
    let (status, _) = browser.page("/fr/find?country=France&measure=NOPE").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn stored_markup_is_shown_as_text_everywhere() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let body = serde_json::json!({
        "country": "KEN",
        "names": {"en": format!("Evil {evil}")},
        "original_language": "en",
        "kind": "other",
        "address": evil,
        "designations": [{
            "competence": "MLA",
            "legal_bases": ["UNTOC 18(13)"],
            "scope_note": evil,
            "is_central": false,
            "channels": ["direct"],
            "means": ["email"],
            "languages_accepted": ["en"],
            "original_by_post_required": false,
            "legal_requirements": evil
        }],
        "contacts": []
    });
    let response = app
        .send_json(
            reqwest::Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &body,
        )
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    let mut browser = Browser::new(&app);
    for path in [
        format!("/en/authorities/{id}"),
        format!("/ar/authorities/{id}"),
        "/en/countries/KEN".to_owned(),
        "/en/find?country=KEN&measure=MLA".to_owned(),
    ] {
        let (status, page) = browser.page(&path).await;
        assert_eq!(status, 200, "{path}");
        assert!(!page.contains("<script>alert"), "{path}");
        assert!(!page.contains("<img src=x"), "{path}");
        assert!(
            page.contains("&lt;script&gt;") || page.contains("&#60;script&#62;"),
            "{path}"
        );
    }
    // In search once the index catches up, and escaped in the snippet too.
    let mut found = String::new();
    for _ in 0..50 {
        let (_, page) = browser.page("/en/search?q=Evil&country=KEN").await;
        if page.contains(id) {
            found = page;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(found.contains(id), "the new authority is not found");
    assert!(!found.contains("<script>alert"));
    assert!(!found.contains("<img src=x"));
}

#[tokio::test]
async fn sign_in_sets_a_guarded_cookie_and_sign_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let email = "fp.web@test.example";
    app.account(email, "focal_point", Some("FRA")).await;
    let mut browser = Browser::new(&app);

    // Without the form's token (a cross-site post), nothing happens.
    let response = browser
        .post(
            "/en/sign-in",
            &[("csrf", "x"), ("email", email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert!(response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .all(|c| !c.to_str().unwrap().starts_with("cna_session=")));

    // A wrong password is a page that says so, in the language of the form.
    let (_, form) = browser.page("/fr/sign-in").await;
    let token = hidden(&form, "csrf");
    let response = browser
        .post(
            "/fr/sign-in",
            &[
                ("csrf", &token),
                ("email", email),
                ("password", "wrong password!"),
            ],
        )
        .await;
    assert_eq!(response.status(), 401);
    assert!(response.text().await.unwrap().contains("lang=\"fr\""));

    let (_, form) = browser.page("/en/sign-in").await;
    let token = hidden(&form, "csrf");
    let response = browser
        .post(
            "/en/sign-in",
            &[("csrf", &token), ("email", email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/en/console");
    let cookie = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("cna_session="))
        .unwrap();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain HTTP: {cookie}");
    let stolen = browser.cookie_header();

    let (status, console) = browser.page("/en/console").await;
    assert_eq!(status, 200);
    assert!(console.contains(email));
    let csrf = hidden(&console, "csrf");

    // Sign-out needs the session's token too.
    assert_eq!(
        browser
            .post("/en/sign-out", &[("csrf", "forged")])
            .await
            .status(),
        403
    );
    let response = browser.post("/en/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(response.status(), 303);

    // The old cookie, replayed, no longer opens the console.
    let response = browser
        .client
        .get(format!("{}/en/console", app.address))
        .header(header::COOKIE, stolen)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/en/sign-in");
}

#[tokio::test]
async fn the_cookie_is_secure_behind_https() {
    let app = spawn_app().await;
    let email = "fp.https@test.example";
    app.account(email, "focal_point", Some("FRA")).await;
    let client = reqwest::Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    let form = client
        .get(format!("{}/en/sign-in", app.address))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    let binding = form
        .headers()
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(binding.contains("Secure"), "{binding}");
    let pair = binding.split(';').next().unwrap().to_owned();
    let token = hidden(&form.text().await.unwrap(), "csrf");
    let response = client
        .post(format!("{}/en/sign-in", app.address))
        .header("x-forwarded-proto", "https")
        .header(header::COOKIE, pair)
        .form(&[
            ("csrf", token.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let session = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("cna_session="))
        .unwrap();
    assert!(session.contains("Secure"), "{session}");
}

#[tokio::test]
async fn a_focal_point_confirms_own_records_only_and_a_stale_form_is_a_conflict() {
    let app = spawn_app().await;
    let email = "fp.confirm@test.example";
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    let (_, console) = browser.page("/en/console").await;
    let csrf = hidden(&console, "csrf");
    let own = hidden(&console, "one");
    let (own_id, own_version) = own.split_once(':').unwrap();
    let other_id = first_id(&app, "/v1/authorities?country=KEN&limit=1").await;
    let other = authority(&app, &other_id).await;
    let other_target = format!("{other_id}:{}", other["version"]);

    // A forged token, another State's record (alone or among own ones): refused, nothing changes.
    let attempts: [Vec<(&str, &str)>; 4] = [
        vec![("csrf", "forged"), ("one", &own)],
        vec![("csrf", ""), ("one", &own)],
        vec![("csrf", &csrf), ("one", &other_target)],
        vec![("csrf", &csrf), ("id", &own), ("id", &other_target)],
    ];
    for fields in &attempts {
        let response = browser.post("/en/console/confirm", fields).await;
        assert_eq!(response.status(), 403, "{fields:?}");
    }
    assert_eq!(
        authority(&app, own_id).await["version"].to_string(),
        own_version
    );
    assert_eq!(
        authority(&app, &other_id).await["version"],
        other["version"]
    );

    // Confirmed through the pipeline: a new version, confirmed by the account, in the history.
    let response = browser
        .post("/en/console/confirm", &[("csrf", &csrf), ("one", &own)])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/en/console?confirmed=1");
    let after = authority(&app, own_id).await;
    assert_eq!(
        after["version"].as_i64().unwrap(),
        own_version.parse::<i64>().unwrap() + 1
    );
    assert_eq!(after["stale"], false);
    let admin = app.user("admin", None).await;
    let (_, history) = app
        .get_as(&format!("/v1/authorities/{own_id}/history"), &admin.token)
        .await;
    let last = history["items"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "confirm");
    assert_eq!(last["actor"], email);

    // The same form again names a version that is no longer current: a conflict, shown.
    let response = browser
        .post("/en/console/confirm", &[("csrf", &csrf), ("one", &own)])
        .await;
    assert_eq!(response.status(), 409);
    assert!(response.text().await.unwrap().contains("<h1>"));

    // The history page shows what changed.
    let (status, page) = browser
        .page(&format!("/en/console/authorities/{own_id}/history"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("last_confirmed_at"), "{page}");

    // A reader writes nothing.
    let reader = "reader.web@test.example";
    app.account(reader, "reader", None).await;
    let mut reading = Browser::new(&app);
    reading.sign_in(reader).await;
    let (_, console) = reading.page("/en/console").await;
    let csrf = hidden(&console, "csrf");
    let response = reading
        .post(
            "/en/console/confirm",
            &[("csrf", &csrf), ("one", &other_target)],
        )
        .await;
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn console_pages_send_anonymous_visitors_to_sign_in() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let response = browser.get("/fr/console").await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/fr/sign-in");
    let response = browser
        .post("/fr/console/confirm", &[("csrf", ""), ("one", "x:1")])
        .await;
    assert_eq!(response.status(), 303);
}

/// The fields a browser would send for the form whose action ends with `action`: text inputs,
/// hidden inputs, ticked boxes, chosen options and text areas (no button).
fn form_fields(page: &str, action: &str) -> Vec<(String, String)> {
    let document = scraper::Html::parse_document(page);
    let forms = scraper::Selector::parse("form").unwrap();
    let form = document
        .select(&forms)
        .find(|f| {
            f.value()
                .attr("action")
                .is_some_and(|a| a.ends_with(action))
        })
        .unwrap_or_else(|| panic!("no form posting to {action}"));
    let controls = scraper::Selector::parse("input, select, textarea").unwrap();
    let options = scraper::Selector::parse("option").unwrap();
    let mut fields = Vec::new();
    for control in form.select(&controls) {
        let element = control.value();
        let Some(name) = element.attr("name") else {
            continue;
        };
        match element.name() {
            "input" => {
                let kind = element.attr("type").unwrap_or("text");
                if (kind == "checkbox" || kind == "radio") && element.attr("checked").is_none() {
                    continue;
                }
                let default = if kind == "checkbox" { "on" } else { "" };
                fields.push((
                    name.to_owned(),
                    element.attr("value").unwrap_or(default).to_owned(),
                ));
            }
            "textarea" => fields.push((name.to_owned(), control.text().collect())),
            _ => {
                let all: Vec<_> = control.select(&options).collect();
                let chosen = all
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(all.first());
                if let Some(option) = chosen {
                    fields.push((
                        name.to_owned(),
                        option.value().attr("value").unwrap_or("").to_owned(),
                    ));
                }
            }
        }
    }
    fields
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(k, _)| k == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
}

fn value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no field {name}"))
}

async fn post_fields(browser: &mut Browser, path: &str, fields: &[(String, String)]) -> Response {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    browser.post(path, &pairs).await
}

/// An authority document without what every write changes.
fn settled(mut document: Value) -> Value {
    for member in ["version", "updated_at", "etag"] {
        document.as_object_mut().unwrap().remove(member);
    }
    document
}

#[tokio::test]
async fn a_focal_point_edits_a_record_through_its_form_and_sees_it_public_and_searchable() {
    let app = spawn_app().await;
    let email = "fp.edit@test.example";
    let id = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let edit = format!("/en/console/authorities/{id}/edit");
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;

    // Sent back unchanged, the form writes the same document.
    let before = authority(&app, &id).await;
    let (status, page) = browser.page(&edit).await;
    assert_eq!(status, 200);
    let fields = form_fields(&page, "/edit");
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    let after = authority(&app, &id).await;
    assert_eq!(
        after["version"].as_i64(),
        before["version"].as_i64().map(|v| v + 1)
    );
    assert_eq!(settled(after.clone()), settled(before.clone()));

    // A row added without JavaScript: the form comes back with one more name.
    let (_, page) = browser.page(&edit).await;
    let mut fields = form_fields(&page, "/edit");
    fields.push(("add".into(), "name".into()));
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    let mut fields = form_fields(&page, "/edit");
    let row = value(&fields, "names").parse::<usize>().unwrap() - 1;
    set(&mut fields, &format!("n{row}.lang"), "es");
    set(
        &mut fields,
        &format!("n{row}.text"),
        "Autoridad Zorblaxiana",
    );
    set(&mut fields, "d0.languages", "fr, en, es");
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), format!("/en/authorities/{id}"));
    let saved = authority(&app, &id).await;
    assert_eq!(saved["names"]["es"], "Autoridad Zorblaxiana");
    assert!(saved["designations"][0]["languages_accepted"]
        .as_array()
        .unwrap()
        .contains(&Value::from("es")));
    let (_, public) = Browser::new(&app)
        .page(&format!("/es/authorities/{id}"))
        .await;
    assert!(public.contains("Autoridad Zorblaxiana"));
    assert!(
        public.contains("español"),
        "the language accepted, named in Spanish"
    );
    // The index catches up in the background; how fast is measured in bench/, not here.
    let started = std::time::Instant::now();
    let mut found = false;
    while !found && started.elapsed() < std::time::Duration::from_secs(10) {
        let (_, results) = Browser::new(&app).page("/es/search?q=Zorblaxiana").await;
        found = results.contains(&id);
        if !found {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    assert!(found, "the edit reaches the search index");

    // The edit is in the change feed and the history, with the account as its actor.
    let admin = app.user("admin", None).await;
    let (_, history) = app
        .get_as(&format!("/v1/authorities/{id}/history"), &admin.token)
        .await;
    let last = history["items"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "update");
    assert_eq!(last["actor"], email);
}

#[tokio::test]
async fn form_problems_are_shown_by_their_fields_all_at_once_and_change_nothing() {
    let app = spawn_app().await;
    let email = "fp.invalid@test.example";
    let id = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let edit = format!("/fr/console/authorities/{id}/edit");
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    let before = authority(&app, &id).await;
    let (_, page) = browser.page(&edit).await;
    let mut fields = form_fields(&page, "/edit");
    set(&mut fields, "website", "not a web address");
    set(&mut fields, "d0.languages", "fr, zz9");
    set(&mut fields, "d0.competence", "");
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("lang=\"fr\""));
    let document = scraper::Html::parse_document(&page);
    for field in ["website", "d0.languages", "d0.competence"] {
        let selector =
            scraper::Selector::parse(&format!("div.field.invalid [id=\"{field}\"]")).unwrap();
        assert!(
            document.select(&selector).next().is_some(),
            "{field} is not marked invalid"
        );
    }
    // What was typed is kept.
    assert!(page.contains("not a web address"));
    assert_eq!(authority(&app, &id).await, before);
}

#[tokio::test]
async fn a_concurrent_edit_is_shown_and_the_typed_changes_are_kept() {
    let app = spawn_app().await;
    let email = "fp.conflict@test.example";
    let id = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let edit = format!("/en/console/authorities/{id}/edit");
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    let (_, page) = browser.page(&edit).await;
    let mut fields = form_fields(&page, "/edit");

    // Someone else changes the record meanwhile, through the API.
    let other = app.user("focal_point", Some("FRA")).await;
    let status = app
        .edit_as(&format!("/v1/authorities/{id}"), &other.token, |d| {
            d["office_hours"] = Value::from("Monday to Friday, 8:00-12:00")
        })
        .await;
    assert_eq!(status, 200);

    set(&mut fields, "acronym", "TYPED");
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 409);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Monday to Friday, 8:00-12:00"),
        "what changed meanwhile is shown"
    );
    let kept = form_fields(&page, "/edit");
    assert_eq!(value(&kept, "acronym"), "TYPED");
    assert_eq!(
        authority(&app, &id).await["office_hours"],
        "Monday to Friday, 8:00-12:00"
    );

    // Saving the kept form again is a deliberate choice, and goes through.
    let response = post_fields(&mut browser, &edit, &kept).await;
    assert_eq!(response.status(), 303);
    assert_eq!(authority(&app, &id).await["acronym"], "TYPED");
}

#[tokio::test]
async fn no_form_writes_another_states_record_whatever_it_names() {
    let app = spawn_app().await;
    let email = "fp.forger@test.example";
    app.account(email, "focal_point", Some("FRA")).await;
    let own = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let other = first_id(&app, "/v1/authorities?country=KEN&limit=1").await;
    let before = authority(&app, &other).await;
    let (_, kenya_count) = app.get_json("/v1/authorities?country=KEN&limit=100").await;
    let mut browser = Browser::new(&app);
    browser.sign_in(email).await;

    // Opening another State's record for editing or retiring is refused.
    for path in [
        format!("/en/console/authorities/{other}/edit"),
        format!("/en/console/authorities/{other}/remove"),
    ] {
        assert_eq!(browser.page(&path).await.0, 403, "{path}");
    }
    // Its own form, aimed at the other record, or naming the other State: refused.
    let (_, page) = browser
        .page(&format!("/en/console/authorities/{own}/edit"))
        .await;
    let mut fields = form_fields(&page, "/edit");
    set(&mut fields, "version", &before["version"].to_string());
    let response = post_fields(
        &mut browser,
        &format!("/en/console/authorities/{other}/edit"),
        &fields,
    )
    .await;
    assert_eq!(response.status(), 403);
    let retire = [
        ("csrf".to_owned(), value(&fields, "csrf").to_owned()),
        ("version".to_owned(), before["version"].to_string()),
    ];
    let response = post_fields(
        &mut browser,
        &format!("/en/console/authorities/{other}/remove"),
        &retire,
    )
    .await;
    assert_eq!(response.status(), 403);
    let (_, page) = browser
        .page("/en/console/authorities/new?country=KEN")
        .await;
    let mut fields = form_fields(&page, "/new");
    assert_eq!(
        value(&fields, "country"),
        "FRA",
        "a focal point's new record is their State's"
    );
    set(&mut fields, "country", "KEN");
    set(&mut fields, "n0.lang", "en");
    set(&mut fields, "n0.text", "Forged authority");
    set(&mut fields, "original_language", "en");
    set(&mut fields, "d0.competence", "MLA");
    set(&mut fields, "d0.channels", "direct");
    set(&mut fields, "d0.means", "email");
    set(&mut fields, "d0.languages", "en");
    let response = post_fields(&mut browser, "/en/console/authorities/new", &fields).await;
    assert_eq!(response.status(), 403);

    assert_eq!(authority(&app, &other).await, before);
    let (_, after) = app.get_json("/v1/authorities?country=KEN&limit=100").await;
    assert_eq!(
        after["items"].as_array().unwrap().len(),
        kenya_count["items"].as_array().unwrap().len()
    );

    // The same form for its own State creates the record.
    set(&mut fields, "country", "FRA");
    let response = post_fields(&mut browser, "/en/console/authorities/new", &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    let created = location(&response).rsplit('/').next().unwrap().to_owned();
    assert_eq!(authority(&app, &created).await["country"], "FRA");
}

#[tokio::test]
async fn retiring_asks_first_then_goes_through_the_pipeline() {
    let app = spawn_app().await;
    let email = "fp.retire@test.example";
    let id = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    let (status, page) = browser
        .page(&format!("/en/console/authorities/{id}/remove"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        authority(&app, &id).await["status"],
        "active",
        "asking changes nothing"
    );
    let fields = form_fields(&page, "/remove");
    let response = post_fields(
        &mut browser,
        &format!("/en/console/authorities/{id}/remove"),
        &fields,
    )
    .await;
    assert_eq!(response.status(), 303);
    assert_eq!(authority(&app, &id).await["status"], "retired");
    let (_, public) = browser.page(&format!("/en/authorities/{id}")).await;
    assert!(public.contains("banner retired"));
    // Removing a row removes it.
    let id = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let edit = format!("/en/console/authorities/{id}/edit");
    let (_, page) = browser.page(&edit).await;
    let mut fields = form_fields(&page, "/edit");
    fields.push(("add".into(), "designation".into()));
    let page = post_fields(&mut browser, &edit, &fields)
        .await
        .text()
        .await
        .unwrap();
    let mut fields = form_fields(&page, "/edit");
    let count: usize = value(&fields, "designations").parse().unwrap();
    set(&mut fields, &format!("d{}.remove", count - 1), "on");
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        authority(&app, &id).await["designations"]
            .as_array()
            .unwrap()
            .len(),
        count - 1
    );
}

#[tokio::test]
async fn administrators_manage_accounts_and_partners_and_only_they_do() {
    let app = spawn_app().await;
    let admin = "admin.web@test.example";
    app.account(admin, "admin", None).await;
    let focal = "fp.notadmin@test.example";
    app.account(focal, "focal_point", Some("FRA")).await;

    let mut other = Browser::new(&app);
    other.sign_in(focal).await;
    for path in [
        "/en/console/accounts",
        "/en/console/partners",
        "/en/console/outbox",
    ] {
        assert_eq!(other.page(path).await.0, 403, "{path}");
    }
    let (_, console) = other.page("/en/console").await;
    let csrf = hidden(&console, "csrf");
    let response = other
        .post(
            "/en/console/accounts",
            &[
                ("csrf", &csrf),
                ("email", "x@test.example"),
                ("role", "admin"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), 403);

    let mut browser = Browser::new(&app);
    browser.sign_in(admin).await;
    let (status, page) = browser.page("/en/console/accounts").await;
    assert_eq!(status, 200);
    let csrf = hidden(&page, "csrf");
    // Problems are shown; nothing is made.
    let response = browser
        .post(
            "/en/console/accounts",
            &[
                ("csrf", &csrf),
                ("email", "new.fp@test.example"),
                ("role", "focal_point"),
                ("country", ""),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let response = browser
        .post(
            "/en/console/accounts",
            &[
                ("csrf", &csrf),
                ("email", "new.fp@test.example"),
                ("role", "focal_point"),
                ("country", "kEn"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let response = app.login("new.fp@test.example", PASSWORD).await;
    assert_eq!(response.status(), 200, "the new account signs in");

    // Disabling an account ends its web session at once.
    let (_, page) = browser.page("/en/console/accounts").await;
    let document = scraper::Html::parse_document(&page);
    let selector = scraper::Selector::parse("form[action$=\"/disable\"]").unwrap();
    let target = document
        .select(&selector)
        .map(|f| f.value().attr("action").unwrap().to_owned())
        .find(|action| {
            page.find(focal)
                .is_some_and(|at| page[at..].contains(action.as_str()))
        })
        .unwrap();
    assert_eq!(other.page("/en/console").await.0, 200);
    let response = browser.post(&target, &[("csrf", &csrf)]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        other.get("/en/console").await.status(),
        303,
        "the disabled account's session ended"
    );

    // A partner client: its key is shown once, and works.
    let response = browser
        .post(
            "/en/console/partners",
            &[("csrf", &csrf), ("name", "Portal"), ("tier", "restricted")],
        )
        .await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    let page = response.text().await.unwrap();
    let marker = "<code dir=\"ltr\" class=\"key\">";
    let start = page.find(marker).unwrap() + marker.len();
    let key = page[start..].split('<').next().unwrap().to_owned();
    let (status, _) = app.get_as("/v1/authorities?limit=1", &key).await;
    assert_eq!(status, 200);
    let (_, listing) = browser.page("/en/console/partners").await;
    assert!(!listing.contains(&key), "the key is never shown again");
    let revoke = form_fields(&listing, "/revoke");
    let document = scraper::Html::parse_document(&listing);
    let selector = scraper::Selector::parse("form[action$=\"/revoke\"]").unwrap();
    let action = document
        .select(&selector)
        .next()
        .unwrap()
        .value()
        .attr("action")
        .unwrap()
        .to_owned();
    let response = post_fields(&mut browser, &action, &revoke).await;
    assert_eq!(response.status(), 303);
    let (status, _) = app.get_as("/v1/authorities?limit=1", &key).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn laws_and_cases_are_deleted_after_a_confirmation_and_only_the_states_own() {
    let app = spawn_app().await;
    let email = "fp.delete@test.example";
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    for kind in ["legislation", "cases"] {
        let own = first_id(&app, &format!("/v1/{kind}?country=FRA&limit=1")).await;
        let other = first_id(&app, &format!("/v1/{kind}?country=KEN&limit=1")).await;
        let (status, _) = browser
            .page(&format!("/en/console/{kind}/{other}/remove"))
            .await;
        assert_eq!(status, 403, "{kind}: another State's");
        let path = format!("/en/console/{kind}/{own}/remove");
        let (status, page) = browser.page(&path).await;
        assert_eq!(status, 200, "{kind}");
        assert_eq!(
            app.get(&format!("/v1/{kind}/{own}")).await.status(),
            200,
            "asking deletes nothing"
        );
        let mut fields = form_fields(&page, "/remove");
        // Aimed at another State's record, the form is refused and changes nothing.
        let response = post_fields(
            &mut browser,
            &format!("/en/console/{kind}/{other}/remove"),
            &fields,
        )
        .await;
        assert_eq!(response.status(), 403, "{kind}");
        assert_eq!(app.get(&format!("/v1/{kind}/{other}")).await.status(), 200);
        // A version that is not the current one is a conflict.
        let version = value(&fields, "version").parse::<i64>().unwrap();
        set(&mut fields, "version", &(version + 5).to_string());
        assert_eq!(
            post_fields(&mut browser, &path, &fields).await.status(),
            409,
            "{kind}"
        );
        set(&mut fields, "version", &version.to_string());
        let response = post_fields(&mut browser, &path, &fields).await;
        assert_eq!(response.status(), 303, "{kind}");
        assert_eq!(location(&response), "/en/console?country=FRA");
        assert_eq!(
            app.get(&format!("/v1/{kind}/{own}")).await.status(),
            404,
            "{kind} deleted"
        );
    }
}

/// Every console page, signed in as an administrator, in every language: drawn whole.
#[tokio::test]
async fn every_console_page_answers_in_every_language() {
    let app = spawn_app().await;
    let email = "admin.pages@test.example";
    let authority = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let law = first_id(&app, "/v1/legislation?country=FRA&limit=1").await;
    let case = first_id(&app, "/v1/cases?country=FRA&limit=1").await;
    let mut browser = Browser::signed_in(&app, email, "admin", None).await;
    // Messages in the outbox (the administrator's summary, a French focal point's reminders).
    app.account("fp.pages@test.example", "focal_point", Some("FRA"))
        .await;
    let pool =
        cna::db::build_pool(&app.database_url, 2, std::time::Duration::from_secs(10)).unwrap();
    let settings = cna::config::ReminderSettings::default();
    cna::reminders::run(&pool, &settings, &app.clock)
        .await
        .unwrap();
    let mut paths = vec![
        "/console?country=FRA".to_owned(),
        "/console/settings".to_owned(),
        "/console/accounts".to_owned(),
        "/console/partners".to_owned(),
        "/console/outbox".to_owned(),
    ];
    for (kind, id) in [
        ("authorities", &authority),
        ("legislation", &law),
        ("cases", &case),
    ] {
        paths.push(format!("/console/{kind}/new?country=FRA"));
        for page in ["edit", "history", "remove"] {
            paths.push(format!("/console/{kind}/{id}/{page}"));
        }
    }
    let english_ids = message_ids(include_str!("../../locales/en/web.ftl"));
    for lang in LANGS {
        for path in &paths {
            let url = format!("/{lang}{path}");
            let (status, body) = browser.page(&url).await;
            assert_eq!(status, 200, "{url}");
            for id in &english_ids {
                assert!(!body.contains(&format!(">{id}<")), "{url} shows {id}");
            }
            assert!(!body.contains("style=\""), "{url}");
        }
    }
}

/// Asks a form for one more row (`add`), as its button does, and returns the form drawn again.
async fn add_row(
    browser: &mut Browser,
    path: &str,
    fields: &[(String, String)],
    add: &str,
) -> Vec<(String, String)> {
    let mut asked = fields.to_vec();
    asked.push(("add".into(), add.into()));
    let response = post_fields(browser, path, &asked).await;
    assert_eq!(response.status(), 200, "add {add}");
    let page = response.text().await.unwrap();
    form_fields(&page, "/edit")
}

#[tokio::test]
async fn laws_and_cases_are_edited_through_their_forms_with_rows_added_without_javascript() {
    let app = spawn_app().await;
    let email = "fp.records@test.example";
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;

    for kind in ["legislation", "cases"] {
        let id = first_id(&app, &format!("/v1/{kind}?country=FRA&limit=1")).await;
        let record = format!("/v1/{kind}/{id}");
        let edit = format!("/en/console/{kind}/{id}/edit");
        // Sent back unchanged, the form writes the same document.
        let before = app.get_json(&record).await.1;
        let (status, page) = browser.page(&edit).await;
        assert_eq!(status, 200, "{kind}");
        let fields = form_fields(&page, "/edit");
        let response = post_fields(&mut browser, &edit, &fields).await;
        assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
        assert_eq!(location(&response), format!("/en/{kind}/{id}"));
        let after = app.get_json(&record).await.1;
        assert_eq!(
            after["version"].as_i64(),
            before["version"].as_i64().map(|v| v + 1),
            "{kind}"
        );
        assert_eq!(settled(after), settled(before.clone()), "{kind}");
    }

    // A law: one more provision, and one more language in the first.
    let id = first_id(&app, "/v1/legislation?country=FRA&limit=1").await;
    let edit = format!("/en/console/legislation/{id}/edit");
    let before = app.get_json(&format!("/v1/legislation/{id}")).await.1;
    let kept_ids: Vec<Value> = before["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].clone())
        .collect();
    let (_, page) = browser.page(&edit).await;
    let fields = add_row(
        &mut browser,
        &edit,
        &form_fields(&page, "/edit"),
        "provision",
    )
    .await;
    let mut fields = add_row(&mut browser, &edit, &fields, "p0.text").await;
    let new = value(&fields, "provisions").parse::<usize>().unwrap() - 1;
    let language = value(&fields, "p0.texts").parse::<usize>().unwrap() - 1;
    set(&mut fields, &format!("p0.t{language}.lang"), "es");
    set(
        &mut fields,
        &format!("p0.t{language}.text"),
        "Texto zorblaxiano",
    );
    set(&mut fields, &format!("p{new}.number"), "Art. 99");
    set(&mut fields, &format!("p{new}.t0.lang"), "fr");
    set(
        &mut fields,
        &format!("p{new}.t0.heading"),
        "Entraide zorblaxienne",
    );
    set(
        &mut fields,
        &format!("p{new}.t0.text"),
        "Le texte de l'article.",
    );
    set(
        &mut fields,
        &format!("p{new}.articles"),
        "UNTOC-18, uncac-46",
    );
    fields.push((format!("p{new}.crime_types"), "MONEY_LAUNDERING".into()));
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    let saved = app.get_json(&format!("/v1/legislation/{id}")).await.1;
    let provisions = saved["provisions"].as_array().unwrap();
    assert_eq!(provisions.len(), kept_ids.len() + 1);
    for (i, kept) in kept_ids.iter().enumerate() {
        assert_eq!(&provisions[i]["id"], kept, "a provision keeps its id");
    }
    assert_eq!(provisions[0]["text"]["es"], "Texto zorblaxiano");
    let added = &provisions[new];
    assert_eq!(added["number"], "Art. 99");
    assert_eq!(added["heading"]["fr"], "Entraide zorblaxienne");
    let mut articles: Vec<&str> = added["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    articles.sort_unstable();
    assert_eq!(articles, ["UNCAC-46", "UNTOC-18"]);
    assert_eq!(
        added["crime_types"],
        serde_json::json!(["MONEY_LAUNDERING"])
    );
    let (_, public) = Browser::new(&app)
        .page(&format!("/fr/legislation/{id}"))
        .await;
    assert!(public.contains("Entraide zorblaxienne"));

    // A case: a charge applying that provision, chosen from the State's provisions, and a group
    // of parties.
    let case = first_id(&app, "/v1/cases?country=FRA&limit=1").await;
    let edit = format!("/en/console/cases/{case}/edit");
    let (_, page) = browser.page(&edit).await;
    let fields = add_row(&mut browser, &edit, &form_fields(&page, "/edit"), "charge").await;
    let mut fields = add_row(&mut browser, &edit, &fields, "party").await;
    let charge = value(&fields, "charges").parse::<usize>().unwrap() - 1;
    let party = value(&fields, "parties").parse::<usize>().unwrap() - 1;
    let response = post_fields(&mut browser, &edit, &{
        let mut asked = fields.clone();
        asked.push(("add".into(), "text".into()));
        asked
    })
    .await;
    let page = response.text().await.unwrap();
    let offered = page.contains(&format!("value=\"{}\"", added["id"].as_str().unwrap()));
    assert!(offered, "the new provision is offered to a charge");
    set(
        &mut fields,
        &format!("charge{charge}.offence"),
        "Blanchiment zorblaxien",
    );
    set(
        &mut fields,
        &format!("charge{charge}.provision_id"),
        added["id"].as_str().unwrap(),
    );
    set(&mut fields, &format!("charge{charge}.verdict"), "guilty");
    set(&mut fields, &format!("party{party}.count"), "3");
    set(&mut fields, &format!("party{party}.nationality"), "ken");
    let response = post_fields(&mut browser, &edit, &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    let saved = app.get_json(&format!("/v1/cases/{case}")).await.1;
    let last_charge = saved["charges"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last_charge["offence"], "Blanchiment zorblaxien");
    assert_eq!(last_charge["provision_id"], added["id"]);
    assert_eq!(last_charge["verdict"], "guilty");
    let last_party = saved["parties"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last_party["count"], 3);
    assert_eq!(last_party["nationality"], "KEN");

    // Each write has its version, its change-log row and its audit entry with the account as the
    // actor, as an API write does; the history page shows the change.
    for (kind, id) in [("legislation", &id), ("cases", &case)] {
        let by_account = format!(
            "SELECT count(*) FROM audit_log WHERE entity_id = '{id}' AND actor = '{email}'"
        );
        assert_eq!(count(&app, &by_account).await, 2, "{kind}: two edits");
        for table in ["record_versions", "change_log"] {
            let sql = format!("SELECT count(*) FROM {table} WHERE entity_id = '{id}'");
            assert!(count(&app, &sql).await >= 2, "{kind}: {table}");
        }
        let (status, page) = browser
            .page(&format!("/en/console/{kind}/{id}/history"))
            .await;
        assert_eq!(status, 200);
        assert!(page.contains("zorblaxien"), "{kind}: the change is shown");
    }
}

#[tokio::test]
async fn law_and_case_form_problems_are_shown_by_their_fields_and_change_nothing() {
    let app = spawn_app().await;
    let email = "fp.records.invalid@test.example";
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    // Each typed value is wrong, and each field is marked so.
    let cases: [(&str, &[(&str, &str)]); 2] = [
        (
            "legislation",
            &[
                ("enacted_on", "2020-13-45"),
                ("p0.articles", "not an article"),
                ("official_url", "nowhere"),
            ],
        ),
        (
            "cases",
            &[
                ("reference", ""),
                ("decision_date", "yesterday"),
                ("counterparts", "XX1"),
            ],
        ),
    ];
    for (kind, changes) in cases {
        let id = first_id(&app, &format!("/v1/{kind}?country=FRA&limit=1")).await;
        let before = app.get_json(&format!("/v1/{kind}/{id}")).await.1;
        let edit = format!("/fr/console/{kind}/{id}/edit");
        let (_, page) = browser.page(&edit).await;
        let mut fields = form_fields(&page, "/edit");
        for (name, typed) in changes {
            set(&mut fields, name, typed);
        }
        let response = post_fields(&mut browser, &edit, &fields).await;
        assert_eq!(response.status(), 422, "{kind}");
        let page = response.text().await.unwrap();
        let document = scraper::Html::parse_document(&page);
        for (field, _) in changes {
            let selector =
                scraper::Selector::parse(&format!("div.field.invalid [id=\"{field}\"]")).unwrap();
            assert!(
                document.select(&selector).next().is_some(),
                "{kind}: {field} is not marked invalid"
            );
        }
        // In the interface language, not in the library's English.
        let listed = scraper::Selector::parse("#problems li").unwrap();
        let messages: Vec<String> = document
            .select(&listed)
            .map(|li| li.text().collect())
            .collect();
        assert!(messages.len() >= changes.len(), "{kind}: {messages:?}");
        for message in &messages {
            assert!(
                !message.contains("must ") && !message.contains("unknown "),
                "{kind}: {message}"
            );
        }
        assert_eq!(app.get_json(&format!("/v1/{kind}/{id}")).await.1, before);
    }
}

#[tokio::test]
async fn a_concurrent_edit_of_a_law_or_a_case_is_shown_and_the_typed_changes_are_kept() {
    let app = spawn_app().await;
    let email = "fp.records.conflict@test.example";
    let other = app.user("focal_point", Some("FRA")).await;
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    for (kind, member, typed_field) in [
        ("legislation", "official_url", "t0.text"),
        ("cases", "court", "reference"),
    ] {
        let id = first_id(&app, &format!("/v1/{kind}?country=FRA&limit=1")).await;
        let edit = format!("/en/console/{kind}/{id}/edit");
        let (_, page) = browser.page(&edit).await;
        let mut fields = form_fields(&page, "/edit");

        let meanwhile = if member == "court" {
            "Cour zorblaxienne"
        } else {
            "https://zorblax.example/loi"
        };
        let status = app
            .edit_as(&format!("/v1/{kind}/{id}"), &other.token, |d| {
                d[member] = Value::from(meanwhile)
            })
            .await;
        assert_eq!(status, 200, "{kind}");

        set(&mut fields, typed_field, "TYPED-ZORB");
        let response = post_fields(&mut browser, &edit, &fields).await;
        assert_eq!(response.status(), 409, "{kind}");
        let page = response.text().await.unwrap();
        assert!(page.contains(meanwhile), "{kind}: what changed meanwhile");
        let kept = form_fields(&page, "/edit");
        assert_eq!(value(&kept, typed_field), "TYPED-ZORB");
        assert_eq!(
            app.get_json(&format!("/v1/{kind}/{id}")).await.1[member],
            meanwhile
        );
        let response = post_fields(&mut browser, &edit, &kept).await;
        assert_eq!(response.status(), 303, "{kind}");
    }
}

#[tokio::test]
async fn no_law_or_case_form_writes_another_states_record_whatever_it_names() {
    let app = spawn_app().await;
    let email = "fp.records.forger@test.example";
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    for kind in ["legislation", "cases"] {
        let own = first_id(&app, &format!("/v1/{kind}?country=FRA&limit=1")).await;
        let other = first_id(&app, &format!("/v1/{kind}?country=KEN&limit=1")).await;
        let before = app.get_json(&format!("/v1/{kind}/{other}")).await.1;
        let (_, listed) = app
            .get_json(&format!("/v1/{kind}?country=KEN&limit=100"))
            .await;
        for page in ["edit", "history"] {
            let path = format!("/en/console/{kind}/{other}/{page}");
            let expected = if page == "edit" { 403 } else { 200 };
            assert_eq!(browser.page(&path).await.0, expected, "{path}");
        }
        // Its own record's form, aimed at the other record.
        let (_, page) = browser
            .page(&format!("/en/console/{kind}/{own}/edit"))
            .await;
        let mut fields = form_fields(&page, "/edit");
        set(&mut fields, "version", &before["version"].to_string());
        let target = format!("/en/console/{kind}/{other}/edit");
        assert_eq!(
            post_fields(&mut browser, &target, &fields).await.status(),
            403,
            "{kind}"
        );
        // A copy of its own record, as a new record naming the other State.
        let (_, page) = browser
            .page(&format!("/en/console/{kind}/new?country=KEN"))
            .await;
        let blank = form_fields(&page, "/new");
        assert_eq!(value(&blank, "country"), "FRA", "{kind}");
        let mut forged = fields.clone();
        forged.retain(|(k, _)| !k.ends_with(".id"));
        set(&mut forged, "country", "KEN");
        set(&mut forged, "version", "0");
        if kind == "cases" {
            set(&mut forged, "reference", "FORGED-ZORB-1");
        }
        let create = format!("/en/console/{kind}/new");
        assert_eq!(
            post_fields(&mut browser, &create, &forged).await.status(),
            403,
            "{kind}"
        );
        assert_eq!(app.get_json(&format!("/v1/{kind}/{other}")).await.1, before);
        let (_, after) = app
            .get_json(&format!("/v1/{kind}?country=KEN&limit=100"))
            .await;
        assert_eq!(after["items"], listed["items"], "{kind}");

        // The same form for its own State creates the record.
        set(&mut forged, "country", "FRA");
        let response = post_fields(&mut browser, &create, &forged).await;
        assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
        let created = location(&response).rsplit('/').next().unwrap().to_owned();
        let (status, record) = app.get_json(&format!("/v1/{kind}/{created}")).await;
        assert_eq!(status, 200);
        assert_eq!(record["country"], "FRA");
    }
}

#[tokio::test]
async fn the_freshness_page_draws_the_map_and_sorts_its_table_by_links() {
    let app = spawn_app().await;
    let (_, report) = app.get_json("/v1/freshness?country=FRA").await;
    let france = &report["states"][0];
    let mut browser = Browser::new(&app);
    let (status, page) = browser.page("/en/freshness").await;
    assert_eq!(status, 200);
    let document = scraper::Html::parse_document(&page);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let shapes = document.select(&select("svg.world path")).count();
    assert!(shapes > 150, "{shapes} shapes");
    // France's shape is coloured by its share and says it.
    let share = (france["total"]["share"].as_f64().unwrap() * 100.0).round();
    let france_shape = document
        .select(&select("svg.world path title"))
        .find(|t| t.text().collect::<String>().starts_with("France:"))
        .expect("France on the map");
    assert_eq!(
        france_shape.text().collect::<String>(),
        format!("France: {share:.0} %")
    );
    // The table lists the States with records, least current first, and sorts by a link.
    let rows: Vec<String> = document
        .select(&select("table.freshness tbody th"))
        .map(|th| th.text().collect())
        .collect();
    assert!(rows.contains(&"France".to_owned()), "{rows:?}");
    let (_, page) = browser.page("/en/freshness?sort=country").await;
    let document = scraper::Html::parse_document(&page);
    let sorted = document
        .select(&select("table.freshness th[aria-sort]"))
        .next()
        .unwrap();
    assert_eq!(sorted.value().attr("aria-sort"), Some("ascending"));
    assert!(sorted.text().collect::<String>().contains("State"));
    let names: Vec<String> = document
        .select(&select("table.freshness tbody th"))
        .map(|th| th.text().collect())
        .collect();
    let mut alphabetical = names.clone();
    alphabetical.sort_by_cached_key(|n| cna::web::labels::folded(n));
    assert_eq!(names, alphabetical);
    assert!(page.contains("href=\"/v1/freshness?format=csv\""));
}

#[tokio::test]
async fn a_focal_point_sets_the_language_of_its_messages_in_the_console() {
    let app = spawn_app().await;
    let email = "fp.settings@test.example";
    let mut browser = Browser::signed_in(&app, email, "focal_point", Some("FRA")).await;
    let (status, page) = browser.page("/es/console/settings").await;
    assert_eq!(status, 200);
    let mut fields = form_fields(&page, "/console/settings");
    assert_eq!(value(&fields, "language"), "en");
    set(&mut fields, "language", "ru");
    fields.push(("reminders_paused".into(), "on".into()));
    // Without the session's token, nothing changes.
    let mut forged = fields.clone();
    set(&mut forged, "csrf", "forged");
    let response = post_fields(&mut browser, "/es/console/settings", &forged).await;
    assert_eq!(response.status(), 403);
    let response = post_fields(&mut browser, "/es/console/settings", &fields).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/es/console/settings?saved");
    let (_, page) = browser.page("/es/console/settings?saved").await;
    let fields = form_fields(&page, "/console/settings");
    assert_eq!(value(&fields, "language"), "ru");
    assert_eq!(value(&fields, "reminders_paused"), "on");
    // A language that is not one of the six is refused in the interface's.
    let mut wrong = fields.clone();
    set(&mut wrong, "language", "de");
    let response = post_fields(&mut browser, "/es/console/settings", &wrong).await;
    assert_eq!(response.status(), 422);
    let (_, page) = browser.page("/es/console/settings").await;
    assert_eq!(
        value(&form_fields(&page, "/console/settings"), "language"),
        "ru"
    );
}

#[tokio::test]
async fn a_practitioner_asks_where_to_send_a_request_and_downloads_the_draft() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    // The question is on the home page, usable without JavaScript: a plain GET form.
    let (status, home) = browser.page("/en/").await;
    assert_eq!(status, 200);
    assert!(home.contains("action=\"/en/route\""));
    assert!(home.contains("name=\"urgent\""));

    // States typed in any language, the measure chosen.
    let (status, page) = browser
        .page("/en/route?from=Kenia&to=%D0%A4%D1%80%D0%B0%D0%BD%D1%86%D0%B8%D1%8F&measure=MLA&crime_type=MONEY_LAUNDERING")
        .await;
    assert_eq!(status, 200);
    for expected in [
        "Central authority for mutual legal assistance: from Kenya to France",
        "The central authority designated for this measure.",
        "UNTOC art. 18",
        "What the request must contain",
        "A summary of the relevant facts",
        "UNTOC art. 18(15)(c)",
        "A language of Kenya is accepted: no translation is needed.",
        "name=\"p.facts\"",
        "action=\"/en/route/draft\"",
    ] {
        assert!(page.contains(expected), "{expected:?} not on the page");
    }
    // A State's page says where it stands with each instrument.
    let (status, kenya) = browser.page("/en/countries/KEN").await;
    assert_eq!(status, 200);
    assert!(kenya.contains("Treaty participation"));
    assert!(kenya.contains("<th scope=\"row\" dir=\"ltr\">UNTOC</th><td>Party</td>"));
    assert!(kenya
        .contains("<th scope=\"row\" dir=\"ltr\">Budapest Convention</th><td>Not a party</td>"));

    // The same answer in Arabic, right to left, and in Chinese.
    let (status, arabic) = browser.page("/ar/route?from=KEN&to=FRA&measure=MLA").await;
    assert_eq!(status, 200);
    assert!(arabic.contains("dir=\"rtl\""));
    let (status, _) = browser.page("/zh/route?from=KEN&to=FRA&measure=MLA").await;
    assert_eq!(status, 200);

    // Mistakes are shown by their fields, with what was typed kept.
    let (status, page) = browser.page("/en/route?from=Kenya&to=Kenya&measure=").await;
    assert_eq!(status, 400);
    assert!(page.contains("The requested State must be another State"));
    assert!(page.contains("Choose the measure requested."));
    assert!(page.contains("aria-invalid=\"true\""));

    // The draft: the particulars typed, as a DOCX download; nothing kept.
    let kept = "SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM change_log)";
    let before = count(&app, kept).await;
    let response = browser
        .post(
            "/en/route/draft",
            &[
                ("from", "KEN"),
                ("to", "FRA"),
                ("measure", "MLA"),
                ("p.facts", "Proceeds moved through Lyon."),
                ("reference", "DEMO-42"),
                ("format", "markdown"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let draft = response.text().await.unwrap();
    assert!(draft.contains("Proceeds moved through Lyon."), "{draft}");
    assert!(draft.contains("DEMO-42"));
    let response = browser
        .post(
            "/fr/route/draft",
            &[("from", "KEN"), ("to", "FRA"), ("measure", "MLA")],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(count(&app, kept).await, before);
    let response = browser
        .post(
            "/en/route/draft",
            &[("from", "KEN"), ("to", "XXZ"), ("measure", "MLA")],
        )
        .await;
    assert_eq!(response.status(), 400);
}
