//! `cna import` and `cna bench-corpus`: a generated corpus goes through the write pipeline into a
//! running server's database and becomes searchable; running it again changes nothing; a bad line
//! stops the import with its line number.

use std::time::Duration;

use diesel::{sql_types::BigInt, QueryableByName};
use diesel_async::RunQueryDsl;
use serde_json::Value;

use cna::bulk::{corpus, import};
use cna::db::build_pool;

use crate::helpers::spawn_app;

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

async fn count(app: &crate::helpers::TestApp, sql: &str) -> i64 {
    let mut conn = app.db().await;
    diesel::sql_query(sql)
        .get_result::<Count>(&mut conn)
        .await
        .expect(sql)
        .n
}

const RECORDS: &str = "SELECT (SELECT count(*) FROM authorities) + (SELECT count(*) FROM laws) \
                       + (SELECT count(*) FROM cases) AS n";

#[tokio::test]
async fn a_generated_corpus_imports_through_the_write_pipeline_once() {
    let app = spawn_app().await;
    let mut file = Vec::new();
    corpus::write(60, 7, &mut file, |_| {}).unwrap();
    let lines: Vec<Value> = std::str::from_utf8(&file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 60);
    for kind in ["authority", "legislation", "case"] {
        assert!(
            lines.iter().any(|l| l["type"] == kind),
            "{kind} in the corpus"
        );
    }
    // The same seed gives the same corpus.
    let mut again = Vec::new();
    corpus::write(60, 7, &mut again, |_| {}).unwrap();
    assert_eq!(file, again);

    let before = count(&app, RECORDS).await;
    let changes_before = count(&app, "SELECT count(*) AS n FROM change_log").await;
    let pool = build_pool(&app.database_url, 4, Duration::from_secs(5)).unwrap();
    let mut seen = 0;
    let report = import::import(&pool, file.as_slice(), |n| seen += n)
        .await
        .unwrap();
    assert_eq!((report.created, report.skipped, seen), (60, 0, 60));
    assert_eq!(count(&app, RECORDS).await, before + 60);
    // Each record has its version, change-log row and audit entry, like an API write.
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM change_log").await,
        changes_before + 60
    );
    assert!(
        count(
            &app,
            "SELECT count(*) AS n FROM audit_log WHERE actor = 'import'"
        )
        .await
            >= 60
    );

    // Ids are kept, and the records reach the running server's search index.
    let case = lines.iter().find(|l| l["type"] == "case").unwrap();
    let id = case["record"]["id"].as_str().unwrap();
    let (status, body) = app.get_json(&format!("/v1/cases/{id}")).await;
    assert_eq!(status, 200, "{body}");
    let cases = count(&app, "SELECT count(*) AS n FROM cases").await as u64;
    let mut indexed = 0;
    for _ in 0..200 {
        let (_, all) = app.search("type=case&limit=1", None).await;
        indexed = all["total"].as_u64().unwrap_or(0);
        if indexed == cases {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        indexed, cases,
        "every imported case reaches the search index"
    );

    // Running it again skips every record.
    let report = import::import(&pool, file.as_slice(), |_| {})
        .await
        .unwrap();
    assert_eq!((report.created, report.skipped), (0, 60));
    assert_eq!(count(&app, RECORDS).await, before + 60);

    // A line that does not validate stops the import and names its line; its batch is not written.
    let mut bad = Vec::new();
    corpus::write(3, 99, &mut bad, |_| {}).unwrap();
    let mut text = String::from_utf8(bad).unwrap();
    text.push_str("{\"type\": \"case\", \"record\": {\"title\": {\"en\": \"no country\"}}}\n");
    let error = import::import(&pool, text.as_bytes(), |_| {})
        .await
        .unwrap_err()
        .to_string();
    assert!(error.starts_with("line 4:"), "{error}");
    assert_eq!(count(&app, RECORDS).await, before + 60);
}

/// Records that refer to each other in one file (a parent and its child, a case citing a provision
/// of a law just before it) are checked against each other as API writes in that order would be;
/// the same record twice is created once; a taken case reference is refused with its line.
#[tokio::test]
async fn records_that_refer_to_each_other_import_in_file_order() {
    use crate::authority_writes::sample;
    use crate::legislation::{sample_case, sample_law};
    use serde_json::json;

    let app = spawn_app().await;
    let (parent, child) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
    let (law, provision, case) = (
        uuid::Uuid::new_v4(),
        uuid::Uuid::new_v4(),
        uuid::Uuid::new_v4(),
    );
    let mut parent_record = sample(Some("FRA"));
    parent_record["id"] = json!(parent);
    let mut child_record = sample(Some("FRA"));
    child_record["id"] = json!(child);
    child_record["parent_id"] = json!(parent);
    let mut law_record = sample_law(Some("KEN"));
    law_record["id"] = json!(law);
    law_record["provisions"][1]["id"] = json!(provision);
    let provision_text = provision.to_string();
    let mut case_record = sample_case(Some("KEN"), Some(&provision_text), "IMPORT-1");
    case_record["id"] = json!(case);
    let line = |kind: &str, record: &Value| json!({"type": kind, "record": record}).to_string();
    let file = [
        line("authority", &parent_record),
        line("authority", &child_record),
        line("authority", &parent_record),
        line("legislation", &law_record),
        line("case", &case_record),
    ]
    .join("\n");

    let pool = build_pool(&app.database_url, 4, Duration::from_secs(5)).unwrap();
    let report = import::import(&pool, file.as_bytes(), |_| {})
        .await
        .unwrap();
    assert_eq!((report.created, report.skipped), (4, 1));
    let (status, body) = app.get_json(&format!("/v1/authorities/{child}")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["parent_id"], json!(parent));
    let (status, body) = app.get_json(&format!("/v1/cases/{case}")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["charges"][0]["provision_id"], json!(provision));

    // Two new cases with one reference: the second is refused, named by its line.
    let mut first = sample_case(Some("KEN"), None, "IMPORT-2");
    first["id"] = json!(uuid::Uuid::new_v4());
    let mut second = sample_case(Some("KEN"), None, "IMPORT-2");
    second["id"] = json!(uuid::Uuid::new_v4());
    let file = [line("case", &first), line("case", &second)].join("\n");
    let error = import::import(&pool, file.as_bytes(), |_| {})
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("line 2:") && error.contains("reference"),
        "{error}"
    );
}
