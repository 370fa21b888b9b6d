//! Webhooks: a partner registers a URL and is sent signed notices after changes, retried with
//! backoff when its endpoint fails, each attempt logged for administrators; the signature checks
//! with an HMAC written here from SHA-256 alone; a hanging endpoint never holds a write up.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::{engine::general_purpose::STANDARD, Engine};
use reqwest::Method;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::authority_writes::sample;
use crate::helpers::{assert_problem, spawn_app, spawn_app_with};
use crate::partners::create_partner;

/// A request the endpoint received.
#[derive(Debug, Clone)]
struct Received {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }
}

/// A partner's endpoint: answers each request with the next status of `answers` (the last one
/// thereafter), or never answers when it is 0.
async fn endpoint(answers: Vec<u16>) -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks/cna", listener.local_addr().unwrap());
    let received = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&received);
    tokio::spawn(async move {
        let mut n = 0;
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            let status = answers[n.min(answers.len() - 1)];
            n += 1;
            let log = Arc::clone(&log);
            tokio::spawn(async move {
                let mut raw = Vec::new();
                let mut buffer = [0u8; 4096];
                let (head_end, length) = loop {
                    let read = socket.read(&mut buffer).await.unwrap_or(0);
                    if read == 0 {
                        return;
                    }
                    raw.extend_from_slice(&buffer[..read]);
                    if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&raw[..end]).to_string();
                        let length = head
                            .lines()
                            .find_map(|l| {
                                let (name, value) = l.split_once(':')?;
                                name.eq_ignore_ascii_case("content-length")
                                    .then(|| value.trim().parse::<usize>().ok())?
                            })
                            .unwrap_or(0);
                        break (end + 4, length);
                    }
                };
                while raw.len() < head_end + length {
                    let read = socket.read(&mut buffer).await.unwrap_or(0);
                    if read == 0 {
                        break;
                    }
                    raw.extend_from_slice(&buffer[..read]);
                }
                let head = String::from_utf8_lossy(&raw[..head_end]).to_string();
                let headers = head
                    .lines()
                    .skip(1)
                    .filter_map(|l| l.split_once(':'))
                    .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
                    .collect();
                log.lock().unwrap().push(Received {
                    headers,
                    body: raw[head_end..].to_vec(),
                });
                if status == 0 {
                    tokio::time::sleep(Duration::from_secs(60)).await;
                    return;
                }
                let answer = format!(
                    "HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                );
                let _ = socket.write_all(answer.as_bytes()).await;
            });
        }
    });
    (url, received)
}

/// HMAC-SHA256 (RFC 2104) from SHA-256 alone: the receiver's side, independent of the server's
/// implementation.
fn hmac_sha256(key: &[u8], message: &[u8]) -> Vec<u8> {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let inner: Vec<u8> = block.iter().map(|b| b ^ 0x36).collect();
    let outer: Vec<u8> = block.iter().map(|b| b ^ 0x5c).collect();
    let inner_hash = Sha256::digest([inner.as_slice(), message].concat());
    Sha256::digest([outer.as_slice(), inner_hash.as_slice()].concat()).to_vec()
}

/// Checks a notice the way a Standard Webhooks receiver does.
fn verify(secret: &str, notice: &Received) {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap())
        .unwrap();
    let id = notice.header("webhook-id");
    let timestamp = notice.header("webhook-timestamp");
    assert!(!id.is_empty() && !timestamp.is_empty(), "{notice:?}");
    let age = chrono::Utc::now().timestamp() - timestamp.parse::<i64>().unwrap();
    assert!((0..300).contains(&age), "a fresh timestamp: {age}");
    let signed = [
        id.as_bytes(),
        b".",
        timestamp.as_bytes(),
        b".",
        &notice.body,
    ]
    .concat();
    let expected = format!("v1,{}", STANDARD.encode(hmac_sha256(&key, &signed)));
    let signatures: Vec<&str> = notice.header("webhook-signature").split(' ').collect();
    assert!(signatures.contains(&expected.as_str()), "{notice:?}");
}

async fn wait_for(received: &Arc<Mutex<Vec<Received>>>, count: usize, within: Duration) {
    let started = Instant::now();
    while received.lock().unwrap().len() < count {
        assert!(
            started.elapsed() < within,
            "{count} notices within {within:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_partner_is_notified_signed_retried_and_logged() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Hooked", "public").await;
    let key = partner["api_key"].as_str().unwrap();
    let (url, received) = endpoint(vec![500, 204]).await;

    let response = app
        .send_json(Method::PUT, "/v1/webhook", Some(key), &json!({"url": url}))
        .await;
    assert_eq!(response.status(), 200);
    let registered: Value = response.json().await.unwrap();
    let secret = registered["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"));

    // The first notice fails (500) and is sent again, with the same id, about a second later.
    wait_for(&received, 2, Duration::from_secs(20)).await;
    let notices = received.lock().unwrap().clone();
    for notice in &notices {
        verify(&secret, notice);
        let body: Value = serde_json::from_slice(&notice.body).unwrap();
        assert_eq!(body["type"], "changes.available");
        assert!(body["data"]["cursor"].is_string());
    }
    assert_eq!(
        notices[0].header("webhook-id"),
        notices[1].header("webhook-id")
    );
    // A tampered body fails the check.
    let mut tampered = notices[1].clone();
    tampered.body.push(b' ');
    assert!(std::panic::catch_unwind(|| verify(&secret, &tampered)).is_err());

    // A change: a new notice, whose cursor the feed reaches.
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    assert_eq!(response.status(), 201);
    wait_for(&received, 3, Duration::from_secs(20)).await;
    let third = received.lock().unwrap()[2].clone();
    verify(&secret, &third);
    assert_ne!(third.header("webhook-id"), notices[1].header("webhook-id"));
    let cursor = serde_json::from_slice::<Value>(&third.body).unwrap()["data"]["cursor"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, state) = app.get_as("/v1/webhook", key).await;
    for _ in 0..100 {
        let (_, now) = app.get_as("/v1/webhook", key).await;
        if now["notified"] == cursor.as_str() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(state.get("secret").is_none(), "{state}");

    // A burst of writes is announced together: at most one notice a second.
    let before = received.lock().unwrap().len();
    let started = std::time::Instant::now();
    for _ in 0..15 {
        let response = app
            .send_json(
                Method::POST,
                "/v1/authorities",
                Some(&admin.token),
                &sample(Some("FRA")),
            )
            .await;
        assert_eq!(response.status(), 201);
    }
    wait_for(&received, before + 1, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let burst = received.lock().unwrap().len() - before;
    let seconds = started.elapsed().as_secs_f64().ceil() as usize;
    assert!(
        burst <= seconds + 1,
        "{burst} notices for 15 writes in {seconds} s"
    );

    // Administrators see every attempt.
    let (status, log) = app
        .get_as(
            &format!(
                "/v1/admin/partners/{}/deliveries",
                partner["id"].as_str().unwrap()
            ),
            &admin.token,
        )
        .await;
    assert_eq!(status, 200);
    let attempts: Vec<(i64, i64)> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|d| {
            (
                d["attempt"].as_i64().unwrap(),
                d["status"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(&attempts[..3], &[(1, 500), (2, 204), (1, 204)], "{log}");

    // Removed: no more notices.
    let response = app.send(Method::DELETE, "/v1/webhook", Some(key)).await;
    assert_eq!(response.status(), 204);
    let response = app.send(Method::GET, "/v1/webhook", Some(key)).await;
    assert_problem(response, 404, "not-found").await;
}

#[tokio::test]
async fn a_hanging_endpoint_never_holds_a_write_up_and_bad_registrations_are_refused() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Slow", "public").await;
    let key = partner["api_key"].as_str().unwrap();
    let (url, received) = endpoint(vec![0]).await;
    let response = app
        .send_json(Method::PUT, "/v1/webhook", Some(key), &json!({"url": url}))
        .await;
    assert_eq!(response.status(), 200);
    wait_for(&received, 1, Duration::from_secs(20)).await;
    // The endpoint now holds a delivery open; writes go on regardless.
    for _ in 0..3 {
        let started = Instant::now();
        let response = app
            .send_json(
                Method::POST,
                "/v1/authorities",
                Some(&admin.token),
                &sample(Some("FRA")),
            )
            .await;
        assert_eq!(response.status(), 201);
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
    }

    for bad in [
        "",
        "ftp://example.org/hook",
        "/relative",
        "https://user:pw@example.org/",
        "not a url",
        // Within 2000 bytes as sent, over 2000 characters once percent-encoded.
        format!("https://example.org/{}", "é".repeat(700)).as_str(),
    ] {
        let response = app
            .send_json(Method::PUT, "/v1/webhook", Some(key), &json!({"url": bad}))
            .await;
        assert_problem(response, 422, "validation").await;
    }
    let response = app
        .send_json(
            Method::PUT,
            "/v1/webhook",
            Some(&admin.token),
            &json!({"url": "https://example.org/hook"}),
        )
        .await;
    assert_problem(response, 403, "forbidden").await;
    let response = app
        .send_json(
            Method::PUT,
            "/v1/webhook",
            None,
            &json!({"url": "https://example.org/hook"}),
        )
        .await;
    assert_problem(response, 401, "unauthorized").await;
}

#[tokio::test]
async fn webhooks_call_public_addresses_only_unless_told_otherwise() {
    let app = spawn_app_with(|s| s.webhook_private_addresses = false).await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Inside", "public").await;
    let key = partner["api_key"].as_str().unwrap();
    let (url, received) = endpoint(vec![204]).await;

    for inside in [
        url.as_str(),
        "http://localhost:8080/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://10.0.0.7/hook",
        "http://2130706433/hook",
        "http://[2002:7f00:1::]/",
        "http://[64:ff9b:1::7f00:1]/",
        "http://[fec0::1]/",
    ] {
        let response = app
            .send_json(
                Method::PUT,
                "/v1/webhook",
                Some(key),
                &json!({"url": inside}),
            )
            .await;
        let problem = assert_problem(response, 422, "validation").await;
        assert_eq!(problem["errors"][0]["field"], "url", "{problem}");
    }
    assert_eq!(
        app.get_as("/v1/webhook", key).await.0,
        404,
        "nothing registered"
    );

    // A URL stored while the rule was off (an earlier configuration) is not called either: the
    // attempt is logged as not sent.
    {
        let mut conn = app.db().await;
        let id = partner["id"].as_str().unwrap().parse().unwrap();
        cna::db::models::webhook::register(&mut conn, id, &url, &cna::webhooks::new_secret())
            .await
            .unwrap();
    }
    let deliveries = format!(
        "/v1/admin/partners/{}/deliveries",
        partner["id"].as_str().unwrap()
    );
    let mut log = Value::Null;
    for _ in 0..200 {
        log = app.get_as(&deliveries, &admin.token).await.1;
        if !log["items"].as_array().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let attempt = &log["items"][0];
    assert!(attempt["status"].is_null(), "{log}");
    assert!(
        attempt["error"]
            .as_str()
            .unwrap()
            .contains("127.0.0.1 is not a public address"),
        "{log}"
    );
    assert!(received.lock().unwrap().is_empty());
}
