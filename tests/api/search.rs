//! The search index, built from the change log of a real database.

use cna::changes::Position;
use cna::search::engine::{self, Hit, SearchRequest};
use cna::search::{index::SearchIndex, indexer::catch_up, query};
use reqwest::Method;
use serde_json::json;

use crate::authority_writes::sample;
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_index_follows_the_change_log_in_every_language() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let index = std::sync::Arc::new(SearchIndex::open(dir.path()).unwrap());
    assert_eq!(index.position(), Position::default());
    let mut conn = app.db().await;
    let position = catch_up(&mut conn, &index).await.unwrap();
    assert!(position > Position::default());

    for (query, language) in [
        ("extradition", "en"),
        ("entraide judiciaire", "fr"),
        ("cooperacion juridica", "es"),
        ("blanqueo de capitales", "es"),
        ("تسليم المجرمين", "ar"),
        ("غسل الاموال", "ar"),
        ("引渡", "zh"),
        ("洗钱", "zh"),
        ("экстрадиция", "ru"),
        ("отмывание денег", "ru"),
    ] {
        // Found in text of that language: a record written in it, and the words marked.
        let hits = find(&index, query, None, None, 200).unwrap();
        assert!(
            hits.iter().any(|h| h.language == language),
            "{query}: {hits:?}"
        );
        assert!(hits[0].snippet.contains("<mark>"), "{query}: {hits:?}");
    }
    let kenya = find(
        &index,
        "mutual legal assistance",
        Some("authority"),
        Some("KEN"),
        50,
    )
    .unwrap();
    assert!(
        !kenya.is_empty()
            && kenya
                .iter()
                .all(|h| h.kind == "authority" && h.country == "KEN")
    );

    // A new record is searchable after the next catch-up; a retired one leaves the index.
    let fp = app.user("focal_point", Some("FRA")).await;
    let mut body = sample(None);
    body["names"] = json!({"fr": "Office zyxwvutien des saisies", "en": "Zyxwvut Seizure Office"});
    let response = app
        .send_json(Method::POST, "/v1/authorities", Some(&fp.token), &body)
        .await;
    let created: serde_json::Value = response.json().await.unwrap();
    assert!(find(&index, "zyxwvut", None, None, 5).unwrap().is_empty());
    // Transaction ids are server-wide: another test's open transaction may hold the log back briefly.
    let hits = eventually(&mut conn, &index, |index| {
        let hits = find(index, "Zyxwvut", None, None, 5).unwrap();
        (!hits.is_empty()).then_some(hits)
    })
    .await;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].id, created["id"].as_str().unwrap());
    let path = format!("/v1/authorities/{}", created["id"].as_str().unwrap());
    let response = app
        .request(Method::DELETE, &path, Some(&fp.token))
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    eventually(&mut conn, &index, |index| {
        find(index, "zyxwvut", None, None, 5)
            .unwrap()
            .is_empty()
            .then_some(())
    })
    .await;
    let position = index.position();

    // The index remembers where it stopped.
    drop(index);
    let reopened = SearchIndex::open(dir.path()).unwrap();
    assert_eq!(reopened.position(), position);
    assert!(!find(&reopened, "extradition", None, None, 5)
        .unwrap()
        .is_empty());

    // Odd input is searched as text, never an error.
    for odd in [
        "\"unbalanced",
        "((((",
        "AND OR NOT",
        "\u{0}\u{1}",
        "-",
        "*",
        "field:value",
        "🙂",
    ] {
        find(&reopened, odd, None, None, 5).unwrap();
    }
    assert!(query::parse(&"x".repeat(10_000)).is_err());
}

/// Catches up until `check` gives an answer, for at most ten seconds.
async fn eventually<T>(
    conn: &mut cna::db::Conn,
    index: &std::sync::Arc<SearchIndex>,
    check: impl Fn(&SearchIndex) -> Option<T>,
) -> T {
    for _ in 0..200 {
        catch_up(conn, index).await.unwrap();
        if let Some(answer) = check(index) {
            return answer;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the index never reached the expected state");
}

/// The hits of a search of `text`, optionally of one kind and one country.
fn find(
    index: &SearchIndex,
    text: &str,
    kind: Option<&str>,
    country: Option<&str>,
    limit: usize,
) -> anyhow::Result<Vec<Hit>> {
    let mut filters = Vec::new();
    if let Some(kind) = kind {
        filters.push(("type", vec![kind.to_owned()]));
    }
    if let Some(country) = country {
        filters.push(("country", vec![country.to_owned()]));
    }
    let request = SearchRequest {
        query: query::parse(text)?,
        filters,
        limit,
        ..SearchRequest::default()
    };
    Ok(engine::search(index, &request)?.hits)
}
