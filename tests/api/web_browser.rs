//! The web application in a real browser (Debian's headless Chromium through chromedriver): what a
//! practitioner and a focal point do, end to end, and axe-core's accessibility checks on every
//! page in English and Arabic. With `CNA_SCREENSHOTS=<dir>` (scripts/screenshots) the main pages
//! are also saved as PNG files there.

use std::time::Duration;

use serde_json::{json, Value};

use crate::helpers::{spawn_app, spawn_empty_app_with, TestApp, PASSWORD};
use crate::smtp::SmtpServer;
use crate::webdriver::{Driver, Session};

async fn first_id(app: &TestApp, path: &str) -> String {
    let (_, page) = app.get_json(path).await;
    page["items"][0]["id"].as_str().unwrap().to_owned()
}

/// axe-core's serious and critical violations of the WCAG 2.1 A and AA rules on the page shown.
async fn violations(session: &Session) -> Vec<Value> {
    let axe = std::fs::read_to_string(
        std::env::var("CNA_AXE").expect("CNA_AXE names axe.min.js (scripts/test installs it)"),
    )
    .unwrap();
    let script = format!(
        "{axe}\n;var done = arguments[arguments.length - 1];\
         axe.run(document, {{runOnly: {{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}}})\
         .then(function (r) {{ done(r.violations.filter(function (v) {{ return v.impact === 'serious' || v.impact === 'critical'; }})\
         .map(function (v) {{ return {{id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) {{ return n.html; }}).slice(0, 3)}}; }})); }})\
         .catch(function (e) {{ done([{{id: 'axe-failed', impact: String(e)}}]); }});"
    );
    let answer = session.execute_async(&script).await;
    answer
        .as_array()
        .cloned()
        .unwrap_or_else(|| panic!("axe did not run: {answer}"))
}

async fn save_screenshot(session: &Session, name: &str) {
    if let Ok(dir) = std::env::var("CNA_SCREENSHOTS") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(format!("{dir}/{name}.png"), session.screenshot().await).unwrap();
    }
}

async fn wait_for(session: &Session, what: &str, mut holds: impl FnMut(&str) -> bool) -> String {
    for _ in 0..50 {
        let source = session.source().await;
        if holds(&source) {
            return source;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what}: not seen within 5 seconds");
}

#[tokio::test]
async fn a_practitioner_searches_in_french_arabic_and_chinese_and_opens_an_authority() {
    let app = spawn_app().await;
    let driver = Driver::start().await;
    let session = driver.session(1280).await;
    for (lang, query) in [("fr", "entraide"), ("ar", "المساعدة"), ("zh", "司法协助")] {
        session.goto(&format!("{}/{lang}/", app.address)).await;
        let search = session.find("#q").await;
        session.fill(&search, query).await;
        session
            .click(&session.find("form.search button[type=submit]").await)
            .await;
        let results = wait_for(&session, "results", |s| s.contains("class=\"hits\"")).await;
        assert!(results.contains("<mark>"), "{lang}: no hit for {query}");
        assert!(
            session.url().await.contains("/search?q="),
            "the URL is the state"
        );
        if lang == "ar" {
            assert!(results.contains("dir=\"rtl\""));
        }
        session
            .click(&session.find("ol.hits a[href*='/authorities/']").await)
            .await;
        let page = wait_for(&session, "authority page", |s| {
            s.contains("id=\"designations\"")
        })
        .await;
        assert!(page.contains(&format!("lang=\"{lang}\"")));
    }
    session.close().await;
}

#[tokio::test]
async fn a_focal_point_edits_confirms_meets_a_conflict_is_refused_and_signs_out() {
    let app = spawn_app().await;
    let email = "fp.browser@test.example";
    app.account(email, "focal_point", Some("FRA")).await;
    let other_state = first_id(&app, "/v1/authorities?country=KEN&limit=1").await;
    let (_, before) = app
        .get_json(&format!("/v1/authorities/{other_state}"))
        .await;
    let driver = Driver::start().await;
    let session = driver.session(1280).await;
    let base = &app.address;

    // Sign in with the form.
    session.goto(&format!("{base}/en/sign-in")).await;
    session.fill(&session.find("#email").await, email).await;
    session
        .fill(&session.find("#password").await, PASSWORD)
        .await;
    session
        .click(&session.find("form.sign-in button").await)
        .await;
    wait_for(&session, "console", |s| s.contains(email)).await;
    save_screenshot(&session, "console").await;

    // Edit a designation: add a language it accepts.
    session.click(&session.find("a[href$='/edit']").await).await;
    wait_for(&session, "edit form", |s| s.contains("d0.languages")).await;
    save_screenshot(&session, "edit-form").await;
    let edited = session.url().await;
    let id = edited
        .trim_end_matches("/edit")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let languages = session.find("[id='d0.languages']").await;
    session.fill(&languages, "fr, en, ru").await;
    let name = session.find("[id='n0.text']").await;
    session.fill(&name, "Quokkaville Central Office").await;
    session
        .click(&session.find("p.actions button[type=submit]").await)
        .await;
    let public = wait_for(&session, "public page", |s| {
        s.contains("id=\"designations\"")
    })
    .await;
    assert!(
        public.contains("Russian"),
        "the language accepted is on the public page"
    );
    // In search once the index catches up (how fast is measured in bench/, not here).
    let started = std::time::Instant::now();
    session
        .goto(&format!("{base}/en/search?q=Quokkaville"))
        .await;
    let mut found = session.source().await.contains(&id);
    while !found && started.elapsed() < Duration::from_secs(10) {
        session
            .goto(&format!("{base}/en/search?q=Quokkaville"))
            .await;
        found = session.source().await.contains(&id);
    }
    assert!(found, "the edit reaches the search index");

    // Confirm a stale record.
    session.goto(&format!("{base}/en/console")).await;
    session
        .click(&session.find("tr.stale button[name=one]").await)
        .await;
    wait_for(&session, "confirmed", |s| s.contains("banner ok")).await;

    // A concurrent edit: the form is opened, someone changes the record, the save is shown as a
    // conflict with the typed change kept.
    session
        .goto(&format!("{base}/en/console/authorities/{id}/edit"))
        .await;
    let other = app.user("focal_point", Some("FRA")).await;
    let status = app
        .edit_as(&format!("/v1/authorities/{id}"), &other.token, |d| {
            d["office_hours"] = json!("09:00-13:00 meanwhile")
        })
        .await;
    assert_eq!(status, 200);
    session.fill(&session.find("#acronym").await, "KEPT").await;
    session
        .click(&session.find("p.actions button[type=submit]").await)
        .await;
    let conflict = wait_for(&session, "conflict", |s| {
        s.contains("09:00-13:00 meanwhile")
    })
    .await;
    assert!(conflict.contains("role=\"alert\""));
    let kept = session
        .execute(
            "return document.getElementById('acronym').value;",
            json!([]),
        )
        .await;
    assert_eq!(kept, "KEPT");

    // Another State's record: refused when opened, and when the form's target is forged.
    session
        .goto(&format!("{base}/en/console/authorities/{other_state}/edit"))
        .await;
    assert!(session
        .source()
        .await
        .contains("<h1>You may not do this</h1>"));
    session
        .goto(&format!("{base}/en/console/authorities/{id}/edit"))
        .await;
    session
        .execute(
            "document.querySelector('form.record').action = arguments[0];",
            json!([format!("/en/console/authorities/{other_state}/edit")]),
        )
        .await;
    session
        .click(&session.find("p.actions button[type=submit]").await)
        .await;
    wait_for(&session, "refusal", |s| {
        s.contains("<h1>You may not do this</h1>")
    })
    .await;
    let (_, untouched) = app
        .get_json(&format!("/v1/authorities/{other_state}"))
        .await;
    assert_eq!(untouched, before);

    // Sign out: the old session cookie no longer opens the console.
    let cookie = session.cookie("cna_session").await.expect("session cookie");
    session.goto(&format!("{base}/en/console")).await;
    session
        .click(&session.find("form[action$='/sign-out'] button").await)
        .await;
    wait_for(&session, "signed out", |s| s.contains("/en/sign-in")).await;
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{base}/en/console"))
        .header("cookie", format!("cna_session={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 303);
    session.close().await;
}

#[tokio::test]
async fn axe_finds_no_serious_violation_on_any_page_in_english_or_arabic() {
    let app = spawn_app().await;
    let admin = "admin.axe@test.example";
    app.account(admin, "admin", None).await;
    // A reminder's link, which opening does not spend.
    let link = {
        let focal_point = app
            .account("fp.axe@test.example", "focal_point", Some("FRA"))
            .await;
        let (_, page) = app.get_json("/v1/authorities?country=FRA&limit=1").await;
        let record = &page["items"][0];
        let mut conn = app.db().await;
        cna::reminders::links::issue(
            &mut conn,
            focal_point.parse().unwrap(),
            record["id"].as_str().unwrap().parse().unwrap(),
            record["version"].as_i64().unwrap(),
            app.clock.now(),
        )
        .await
        .unwrap()
    };
    // Reminders and a summary in the outbox, for the administrators' page.
    {
        let pool = cna::db::build_pool(&app.database_url, 2, Duration::from_secs(10)).unwrap();
        let settings = cna::config::ReminderSettings::default();
        cna::reminders::run(&pool, &settings, &app.clock)
            .await
            .unwrap();
    }
    let authority = first_id(&app, "/v1/authorities?country=FRA&limit=1").await;
    let law = first_id(&app, "/v1/legislation?limit=1").await;
    let case = first_id(&app, "/v1/cases?limit=1").await;
    let driver = Driver::start().await;
    let session = driver.session(1280).await;
    let base = &app.address;
    session.goto(&format!("{base}/en/sign-in")).await;
    session.fill(&session.find("#email").await, admin).await;
    session
        .fill(&session.find("#password").await, PASSWORD)
        .await;
    session
        .click(&session.find("form.sign-in button").await)
        .await;
    wait_for(&session, "console", |s| s.contains(admin)).await;
    let pages = [
        ("home", "/".to_owned()),
        ("results", "/search?q=ministry".to_owned()),
        ("countries", "/countries".to_owned()),
        ("state", "/countries/FRA".to_owned()),
        ("freshness", "/freshness".to_owned()),
        ("confirm-link", format!("/confirm/{link}")),
        ("authority", format!("/authorities/{authority}")),
        ("law", format!("/legislation/{law}")),
        ("case", format!("/cases/{case}")),
        ("find", "/find?country=France&measure=MLA".to_owned()),
        ("route", "/route?from=KEN&to=FRA&measure=MLA".to_owned()),
        (
            "route-urgent",
            "/route?from=FRA&to=DEU&measure=CYBER_24_7&urgent=on".to_owned(),
        ),
        ("console", "/console?country=FRA".to_owned()),
        (
            "edit-form",
            format!("/console/authorities/{authority}/edit"),
        ),
        (
            "new-form",
            "/console/authorities/new?country=FRA".to_owned(),
        ),
        (
            "history",
            format!("/console/authorities/{authority}/history"),
        ),
        ("retire", format!("/console/authorities/{authority}/remove")),
        ("delete", format!("/console/legislation/{law}/remove")),
        ("law-form", format!("/console/legislation/{law}/edit")),
        (
            "new-law-form",
            "/console/legislation/new?country=FRA".to_owned(),
        ),
        ("law-history", format!("/console/legislation/{law}/history")),
        ("case-form", format!("/console/cases/{case}/edit")),
        ("new-case-form", "/console/cases/new?country=FRA".to_owned()),
        ("accounts", "/console/accounts".to_owned()),
        ("partners", "/console/partners".to_owned()),
        ("outbox", "/console/outbox".to_owned()),
    ];
    // The checker finds what it should: an image without a text alternative, added to a page.
    session.goto(&format!("{base}/en/")).await;
    session
        .execute(
            "var i = document.createElement('img'); i.src = '/assets/none.png'; document.getElementById('main').appendChild(i);",
            json!([]),
        )
        .await;
    let planted = violations(&session).await;
    assert!(
        planted.iter().any(|v| v["id"] == "image-alt"),
        "axe missed a planted violation: {planted:?}"
    );
    let mut found = Vec::new();
    for lang in ["en", "ar"] {
        for (name, path) in &pages {
            session.goto(&format!("{base}/{lang}{path}")).await;
            for violation in violations(&session).await {
                found.push(format!("/{lang}{path}: {violation}"));
            }
            if matches!(*name, "home" | "results" | "authority" | "freshness") {
                save_screenshot(&session, &format!("{name}-{lang}")).await;
            }
        }
    }
    session.close().await;
    // The sign-in page, signed out.
    let session = driver.session(1280).await;
    for lang in ["en", "ar"] {
        session.goto(&format!("{base}/{lang}/sign-in")).await;
        for violation in violations(&session).await {
            found.push(format!("/{lang}/sign-in: {violation}"));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    // A phone's width: nothing wider than the screen.
    let phone = driver.session(360).await;
    for path in [
        "/en/",
        &format!("/ar/authorities/{authority}"),
        "/en/search?q=ministry",
    ] {
        phone.goto(&format!("{base}{path}")).await;
        let overflow = phone
            .execute(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;",
                json!([]),
            )
            .await;
        let wide = phone
            .execute(
                "return Array.from(document.querySelectorAll('body *')).filter(function (e) { return e.getBoundingClientRect().right > window.innerWidth + 1; }).slice(0, 5).map(function (e) { return e.outerHTML.slice(0, 120); });",
                json!([]),
            )
            .await;
        assert_eq!(overflow, false, "{path} is wider than a phone: {wide}");
    }
}

/// A focal point's reminder, received by a real SMTP server, read and followed in the browser: the
/// link shows the record and changes nothing; its button confirms the record, once.
#[tokio::test]
async fn a_focal_point_confirms_a_record_from_the_reminder_in_the_browser() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let app = spawn_empty_app_with(|s| {
        s.reminders.smtp_url = Some(url);
        s.reminders.smtp_from = Some("directory@test.example".into());
        s.reminders.public_url = "http://cna.test.example".into();
    })
    .await;
    let admin = app.user("admin", None).await;
    let email = "fp.reminded@test.example";
    let focal_point = app.account(email, "focal_point", Some("FRA")).await;
    let mut body = crate::authority_writes::sample(Some("FRA"));
    body["names"] = json!({"fr": "Bureau de l'entraide", "en": "Mutual Assistance Office"});
    let created = crate::authority_writes::send(
        &app,
        reqwest::Method::POST,
        "/v1/authorities",
        Some(&admin),
        Some(&body),
    )
    .await;
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.clock.advance(chrono::Duration::days(340));
    let pool = cna::db::build_pool(&app.database_url, 2, Duration::from_secs(10)).unwrap();
    let settings = cna::config::ReminderSettings {
        public_url: "http://cna.test.example".into(),
        ..Default::default()
    };
    let report = cna::reminders::run(&pool, &settings, &app.clock)
        .await
        .unwrap();
    assert_eq!(report.digests, 1);
    let mail = smtp
        .wait_for(2)
        .await
        .into_iter()
        .find(|m| m.to == vec![email.to_owned()])
        .unwrap();
    let links = mail.links("http://cna.test.example/en/confirm/");
    assert_eq!(links.len(), 1, "{}", mail.body());
    let link = links[0].replace("http://cna.test.example", &app.address);

    let driver = Driver::start().await;
    let session = driver.session(1280).await;
    session.goto(&link).await;
    let page = session.source().await;
    assert!(
        page.contains("Mutual Assistance Office") || page.contains("Bureau de l"),
        "{link}: {page}"
    );
    assert!(page.contains("type=\"submit\""), "{page}");
    let (_, unchanged) = app.get_json(&format!("/v1/authorities/{id}")).await;
    assert_eq!(unchanged["version"], 1, "opening the link changes nothing");
    session
        .click(&session.find("form[method=post] button[type=submit]").await)
        .await;
    wait_for(&session, "the thanks", |s| {
        s.contains("the record is confirmed")
    })
    .await;
    let (_, confirmed) = app.get_json(&format!("/v1/authorities/{id}")).await;
    assert_eq!(confirmed["version"], 2, "{confirmed}");
    assert_eq!(confirmed["stale"], false);
    assert_eq!(
        crate::authority_writes::count(
            &app,
            &format!("SELECT count(*) FROM audit_log WHERE entity_id = '{id}' AND via = 'reminder' AND actor_id = '{focal_point}'"),
        )
        .await,
        1
    );
    // Followed again, it says it was used.
    session.goto(&link).await;
    wait_for(&session, "used", |s| {
        s.contains("This link was used already")
    })
    .await;
    session.close().await;
}
