//! Reminders: who gets which digest when, once per stage, in their language, with links that
//! confirm through the pipeline; monthly summaries to administrators; the outbox, delivered over a
//! real SMTP server by one process at a time, kept while the SMTP server is down and sent once it
//! is back; the administrators' view of it; `cna remind`.

use std::time::Duration as StdDuration;

use chrono::Duration;
use cna::config::{ReminderSettings, ServerSettings};
use cna::i18n::Lang;
use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::{count, sample, send};
use crate::helpers::{spawn_empty_app_with, TestApp, TestUser};
use crate::smtp::{Mail, SmtpServer};
use crate::web::Browser;

/// The base of the links in messages.
const PUBLIC: &str = "http://cna.test.example";

fn with_smtp(settings: &mut ServerSettings, url: Option<String>) {
    settings.reminders.public_url = PUBLIC.into();
    settings.reminders.smtp_from = url
        .is_some()
        .then(|| "Directory <directory@test.example>".to_owned());
    settings.reminders.smtp_url = url;
}

/// The settings a pass is made with: the server's.
fn settings() -> ReminderSettings {
    ReminderSettings {
        public_url: PUBLIC.into(),
        interval_secs: 0,
        ..Default::default()
    }
}

/// One reminder pass at the time of the server's clock.
async fn remind(app: &TestApp) -> cna::reminders::Report {
    let pool = cna::db::build_pool(&app.database_url, 2, StdDuration::from_secs(10)).unwrap();
    cna::reminders::run(&pool, &settings(), &app.clock)
        .await
        .unwrap()
}

async fn create_authority(app: &TestApp, user: &TestUser, country: &str, name: &str) -> String {
    let mut body = sample(Some(country));
    body["names"] = json!({"fr": name, "en": name});
    body["acronym"] = Value::Null;
    let response = send(
        app,
        Method::POST,
        "/v1/authorities",
        Some(user),
        Some(&body),
    )
    .await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let created: Value = response.json().await.unwrap();
    created["id"].as_str().unwrap().to_owned()
}

/// Changes an account directly: `change` is the `SET` clause.
async fn update(app: &TestApp, user: &TestUser, change: &str) {
    use diesel_async::RunQueryDsl;
    let mut conn = app.db().await;
    let sql = format!("UPDATE users SET {change} WHERE id = '{}'", user.id);
    diesel::sql_query(sql).execute(&mut conn).await.unwrap();
}

fn to<'a>(mails: &'a [Mail], email: &str) -> Vec<&'a Mail> {
    mails
        .iter()
        .filter(|m| m.to.iter().any(|t| t == email))
        .collect()
}

/// The confirmation link of the record named `name` in a digest.
fn link_of(mail: &Mail, name: &str) -> String {
    let body = mail.body();
    let block = body
        .split("\n\n")
        .find(|block| block.contains(name))
        .unwrap_or_else(|| panic!("{name} is not in {body}"));
    block
        .split_whitespace()
        .find(|w| w.contains("/confirm/"))
        .unwrap()
        .to_owned()
}

/// Opens a link of a message on the test server; its status.
async fn open(app: &TestApp, link: &str, post: bool) -> u16 {
    let path = link.strip_prefix(PUBLIC).unwrap();
    let url = format!("{}{path}", app.address);
    let client = reqwest::Client::new();
    let request = if post {
        client.post(url).form(&[("confirm", "")])
    } else {
        client.get(url)
    };
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn each_focal_point_gets_one_digest_per_stage_in_their_language() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let app = spawn_empty_app_with(|s| with_smtp(s, Some(url))).await;
    let admin = app.user("admin", None).await;
    // Two focal points of France (one reads French), one of Kenya; one French focal point has
    // paused their reminders, another was disabled: neither hears anything.
    let french = app.user("focal_point", Some("FRA")).await;
    let english = app.user("focal_point", Some("FRA")).await;
    let kenyan = app.user("focal_point", Some("KEN")).await;
    let paused = app.user("focal_point", Some("FRA")).await;
    let disabled = app.user("focal_point", Some("FRA")).await;
    update(&app, &french, "language = 'fr'").await;
    update(&app, &paused, "reminders_paused = true").await;
    update(&app, &disabled, "active = false").await;
    // Administrators are not reminded of records, and this one's summaries are not the subject.
    update(&app, &admin, "reminders_paused = true").await;

    let (a1, a2) = ("Office Alpha", "Office Beta");
    let id1 = create_authority(&app, &french, "FRA", a1).await;
    let id2 = create_authority(&app, &french, "FRA", a2).await;
    let k1 = create_authority(&app, &admin, "KEN", "Office Kilo").await;

    // Nothing is due before 30 days before a record becomes stale.
    app.clock.advance(Duration::days(334));
    assert_eq!(remind(&app).await.digests, 0);

    // Day 336: the first stage, one digest per focal point, each record once.
    app.clock.advance(Duration::days(2));
    let report = remind(&app).await;
    assert_eq!((report.digests, report.records), (3, 5), "{report:?}");
    assert_eq!(
        remind(&app).await.digests,
        0,
        "a second pass sends nothing again"
    );
    let mails = smtp.wait_for(3).await;
    assert_eq!(mails.len(), 3);
    assert!(to(&mails, &paused.email).is_empty() && to(&mails, &disabled.email).is_empty());

    let fr = to(&mails, &french.email)[0];
    assert_eq!(fr.from, "directory@test.example");
    assert_eq!(
        fr.header("Auto-Submitted").as_deref(),
        Some("auto-generated")
    );
    let body = fr.body();
    assert!(body.contains(&Lang::Fr.t("mail-digest-greeting")), "{body}");
    assert!(body.contains(&Lang::Fr.t("mail-digest-how")), "{body}");
    assert!(fr.subject().contains("France"), "{}", fr.subject());
    assert!(body.contains(a1) && body.contains(a2) && !body.contains("Kilo"));
    assert!(body.contains(&format!("{PUBLIC}/fr/console/authorities/{id1}/edit")));
    assert_eq!(fr.links(&format!("{PUBLIC}/fr/confirm/")).len(), 2);

    let en = to(&mails, &english.email)[0];
    let body = en.body();
    assert!(body.contains(&Lang::En.t("mail-digest-how")), "{body}");
    assert!(!body.contains(&Lang::Fr.t("mail-digest-how")));
    assert!(
        en.subject().starts_with("France: 2 records to confirm"),
        "{}",
        en.subject()
    );
    assert_eq!(en.links(&format!("{PUBLIC}/en/confirm/")).len(), 2);
    let ke = to(&mails, &kenyan.email)[0];
    assert!(ke.body().contains("Office Kilo") && !ke.body().contains(a1));
    assert!(ke
        .body()
        .contains(&format!("{PUBLIC}/en/console/authorities/{k1}/edit")));

    // The French focal point confirms Alpha from the message: opening the link changes nothing,
    // its button confirms, once.
    let link = link_of(fr, a1);
    assert_eq!(open(&app, &link, false).await, 200);
    assert_eq!(
        count(&app, &format!("SELECT count(*) FROM record_versions WHERE entity_id = '{id1}' AND action = 'confirm'")).await,
        0
    );
    assert_eq!(open(&app, &link, true).await, 200);
    assert_eq!(open(&app, &link, true).await, 410, "a link works once");
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT count(*) FROM audit_log WHERE entity_id = '{id1}' AND via = 'reminder'"
            )
        )
        .await,
        1
    );
    // The other focal point's link to Alpha names a version that is gone: it explains itself.
    let stale_link = link_of(en, a1);
    assert_eq!(open(&app, &stale_link, false).await, 410);
    assert_eq!(open(&app, &stale_link, true).await, 410);
    // Once sent, the outbox keeps no live token.
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL AND body LIKE '%cnar_%'"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL"
        )
        .await,
        3
    );
    // A link names its record: Beta's link confirms Beta and nothing else.
    let beta = link_of(en, a2);
    assert_eq!(open(&app, &beta, true).await, 200, "{beta} {}", en.body());
    let (_, alpha) = app.get_json(&format!("/v1/authorities/{id1}")).await;
    assert_eq!(alpha["version"], 2, "Alpha was confirmed once: {alpha}");
    let (_, beta) = app.get_json(&format!("/v1/authorities/{id2}")).await;
    assert_eq!(beta["version"], 2, "{beta}");

    // Day 366: Kenya's record is stale (stage 1); France's were confirmed 30 days ago.
    app.clock.advance(Duration::days(30));
    let report = remind(&app).await;
    assert_eq!((report.digests, report.records), (1, 1), "{report:?}");
    let mails = smtp.wait_for(4).await;
    let ke = to(&mails, &kenyan.email);
    assert_eq!(ke.len(), 2);
    assert!(
        ke[1].body().contains("not confirmed for more than a year"),
        "{}",
        ke[1].body()
    );

    // Then every 30 days while it stays stale, and not in between.
    app.clock.advance(Duration::days(28));
    assert_eq!(remind(&app).await.digests, 0);
    app.clock.advance(Duration::days(2));
    assert_eq!(remind(&app).await.records, 1);
    // Day 696, 360 days after the confirmations: both French focal points hear of both records
    // again, and Kenya's focal point of its record, stale for 11 months.
    app.clock.advance(Duration::days(300));
    let report = remind(&app).await;
    assert_eq!((report.digests, report.records), (3, 5), "{report:?}");
    assert_eq!(
        count(&app, "SELECT count(*) FROM reminders_sent").await,
        5 + 1 + 1 + 5
    );
    smtp.wait_for(8).await;
    tokio::time::sleep(StdDuration::from_secs(1)).await;
    assert_eq!(smtp.received().len(), 8, "each message once");
}

#[tokio::test]
async fn administrators_get_one_summary_a_month() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let app = spawn_empty_app_with(|s| with_smtp(s, Some(url))).await;
    let admin = app.user("admin", None).await;
    let french = app.user("admin", None).await;
    update(&app, &french, "language = 'fr'").await;
    let fp = app.user("focal_point", Some("FRA")).await;
    update(&app, &fp, "reminders_paused = true").await;
    create_authority(&app, &fp, "FRA", "Office Alpha").await;
    create_authority(&app, &admin, "KEN", "Office Kilo").await;

    let report = remind(&app).await;
    assert_eq!(report.summaries, 2);
    assert_eq!(remind(&app).await.summaries, 0, "once a month");
    let mails = smtp.wait_for(2).await;
    let summary = to(&mails, &admin.email)[0].body();
    // Kenya has records and no focal point; nothing is stale yet.
    assert!(
        summary.contains("One State with records has no active focal point:"),
        "{summary}"
    );
    assert!(summary.contains("Kenya"), "{summary}");
    assert!(summary.contains("No State has stale records"), "{summary}");
    assert!(
        summary.contains(&format!("{PUBLIC}/en/console/outbox")),
        "{summary}"
    );
    let french_summary = to(&mails, &french.email)[0];
    assert!(french_summary
        .body()
        .contains(&format!("{PUBLIC}/fr/freshness")));
    assert!(french_summary
        .body()
        .contains(&Lang::Fr.t("mail-signature")));

    // Next month (and a year on, when everything is stale): one more each.
    app.clock.advance(Duration::days(400));
    assert_eq!(remind(&app).await.summaries, 2);
    let mails = smtp.wait_for(4).await;
    let later = to(&mails, &admin.email)[1].body();
    assert!(later.contains("2 States have stale records"), "{later}");
    assert!(later.contains("France: 1 stale of 1"), "{later}");
}

#[tokio::test]
async fn without_smtp_messages_wait_and_administrators_see_them() {
    let app = spawn_empty_app_with(|s| with_smtp(s, None)).await;
    let admin = app.user("admin", None).await;
    let fp = app.user("focal_point", Some("FRA")).await;
    create_authority(&app, &fp, "FRA", "Office Alpha").await;
    create_authority(&app, &admin, "KEN", "Office Kilo").await;
    app.clock.advance(Duration::days(340));
    let report = remind(&app).await;
    assert_eq!((report.digests, report.summaries), (1, 1));

    let (status, page) = app.get_as("/v1/admin/outbox", &admin.token).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["smtp_configured"], false);
    assert_eq!(page["waiting"], 2);
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert!(items
        .iter()
        .all(|m| m["sent_at"].is_null() && m["attempts"] == 0));
    let reminder = items.iter().find(|m| m["kind"] == "reminder").unwrap();
    assert_eq!(reminder["recipient"], fp.email.as_str());
    let id = reminder["id"].as_i64().unwrap();
    let (status, message) = app
        .get_as(&format!("/v1/admin/outbox/{id}"), &admin.token)
        .await;
    assert_eq!(status, 200);
    let text = message["body"].as_str().unwrap();
    assert!(text.contains("Office Alpha"), "{text}");
    // A waiting message holds live links; administrators do not see their tokens.
    assert!(
        text.contains("/en/confirm/…") && !text.contains("cnar_"),
        "{text}"
    );
    assert_eq!(message["attempts_made"], json!([]));

    let (status, page) = app
        .get_as("/v1/admin/outbox?status=sent", &admin.token)
        .await;
    assert_eq!((status, page["items"].as_array().unwrap().len()), (200, 0));
    let (status, page) = app
        .get_as("/v1/admin/outbox?status=waiting&limit=1", &admin.token)
        .await;
    assert_eq!(status, 200);
    let next = page["next_cursor"].as_str().unwrap().to_owned();
    let (_, rest) = app
        .get_as(
            &format!("/v1/admin/outbox?status=waiting&limit=1&cursor={next}"),
            &admin.token,
        )
        .await;
    assert_ne!(rest["items"][0]["id"], page["items"][0]["id"]);
    assert_eq!(rest["next_cursor"], Value::Null);

    // Only administrators; bad input is a problem, not an error.
    assert_eq!(app.get_as("/v1/admin/outbox", &fp.token).await.0, 403);
    assert_eq!(app.get("/v1/admin/outbox").await.status(), 401);
    for (path, expected) in [
        ("/v1/admin/outbox?status=lost", 400),
        ("/v1/admin/outbox?cursor=nope", 400),
        ("/v1/admin/outbox/0", 400),
        ("/v1/admin/outbox/x", 400),
        ("/v1/admin/outbox/999999", 404),
    ] {
        let (status, problem) = app.get_as(path, &admin.token).await;
        assert_eq!(status, expected, "{path}: {problem}");
        assert_eq!(problem["status"], expected);
    }

    // The administrators' page says that messages wait, names Kenya (records, no focal point),
    // and lists the messages; a focal point may not see it.
    let mut browser = Browser::signed_in(&app, "root@test.example", "admin", None).await;
    let (status, html) = browser.page("/en/console/outbox").await;
    assert_eq!(status, 200);
    assert!(html.contains("No SMTP server is configured"), "{html}");
    assert!(
        html.contains("Kenya") && !html.contains(">France<"),
        "{html}"
    );
    assert!(html.contains(&fp.email));
    let (status, _) = browser.page("/fr/console/outbox").await;
    assert_eq!(status, 200);
    let mut focal = Browser::signed_in(&app, "fp2@test.example", "focal_point", Some("FRA")).await;
    assert_eq!(focal.page("/en/console/outbox").await.0, 403);
}

#[tokio::test]
async fn a_message_waits_while_smtp_is_down_and_is_sent_once_when_it_is_back() {
    let port = SmtpServer::free_port();
    let app =
        spawn_empty_app_with(|s| with_smtp(s, Some(format!("smtp://127.0.0.1:{port}")))).await;
    let admin = app.user("admin", None).await;
    assert_eq!(remind(&app).await.summaries, 1);

    // The deliverer tries, fails, logs it, and tries again later.
    let deadline = tokio::time::Instant::now() + StdDuration::from_secs(30);
    let failed = loop {
        let (_, page) = app.get_as("/v1/admin/outbox", &admin.token).await;
        let message = page["items"][0].clone();
        if message["attempts"].as_i64().unwrap() >= 2 {
            break message;
        }
        assert!(tokio::time::Instant::now() < deadline, "no attempt: {page}");
        tokio::time::sleep(StdDuration::from_millis(200)).await;
    };
    assert!(failed["sent_at"].is_null());
    assert!(!failed["last_error"].as_str().unwrap().is_empty());

    let smtp = SmtpServer::start_on(port).await;
    let mails = smtp.wait_for(1).await;
    assert_eq!(mails[0].to, vec![admin.email.clone()]);
    tokio::time::sleep(StdDuration::from_secs(3)).await;
    assert_eq!(smtp.received().len(), 1, "sent once");
    let id = failed["id"].as_i64().unwrap();
    let (_, message) = app
        .get_as(&format!("/v1/admin/outbox/{id}"), &admin.token)
        .await;
    assert!(!message["sent_at"].is_null(), "{message}");
    let attempts = message["attempts_made"].as_array().unwrap();
    assert!(attempts.len() >= 3, "{message}");
    assert!(attempts[..attempts.len() - 1]
        .iter()
        .all(|a| a["delivered"] == false));
    assert_eq!(attempts.last().unwrap()["delivered"], true);
    assert!(attempts.last().unwrap()["detail"]
        .as_str()
        .unwrap()
        .starts_with("250"));
}

#[tokio::test]
async fn two_server_processes_on_their_schedules_send_each_message_once() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let configure = |s: &mut ServerSettings| {
        with_smtp(s, Some(url.clone()));
        s.reminders.interval_secs = 1;
    };
    let app = spawn_empty_app_with(configure).await;
    let other = app.another_server_with(configure).await;
    // Six administrators appear while both processes make a pass every second and both would
    // deliver: each gets their summary once.
    let mut emails = Vec::new();
    for n in 0..6 {
        let email = format!("admin{n}@test.example");
        app.account(&email, "admin", None).await;
        emails.push(email);
    }
    let mails = smtp.wait_for(6).await;
    tokio::time::sleep(StdDuration::from_secs(4)).await;
    let mails = if smtp.received().len() > mails.len() {
        smtp.received()
    } else {
        mails
    };
    assert_eq!(
        mails.len(),
        6,
        "{:?}",
        mails.iter().map(|m| &m.to).collect::<Vec<_>>()
    );
    for email in &emails {
        assert_eq!(to(&mails, email).len(), 1, "{email}");
    }
    assert_eq!(
        count(&app, "SELECT count(*) FROM outbox_attempts WHERE delivered").await,
        6
    );
    drop(other);
}

#[tokio::test]
async fn cna_remind_writes_and_sends_what_is_due() {
    let smtp = SmtpServer::start().await;
    let app = spawn_empty_app_with(|s| with_smtp(s, None)).await;
    app.account("root@test.example", "admin", None).await;
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_cna"))
        .arg("remind")
        .env("DATABASE_URL", &app.database_url)
        .env("CNA_SMTP_URL", smtp.url())
        .env("CNA_SMTP_FROM", "directory@test.example")
        .env("CNA_PUBLIC_URL", PUBLIC)
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("1 monthly summary"), "{stdout}");
    assert!(stdout.contains("sent 1 message(s)"), "{stdout}");
    assert_eq!(
        smtp.wait_for(1).await[0].to,
        vec!["root@test.example".to_owned()]
    );
    // Bad settings are refused before anything is written.
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_cna"))
        .arg("remind")
        .env("DATABASE_URL", &app.database_url)
        .env("CNA_SMTP_URL", smtp.url())
        .env_remove("CNA_SMTP_FROM")
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("CNA_SMTP_FROM"));
}
