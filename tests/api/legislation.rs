//! Legislation and case law: reads, filters, cross-references and writes.

use std::collections::HashSet;

use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::{count, send};
use crate::helpers::{assert_invalid_parameter, assert_problem, spawn_app, TestApp, TestUser};

pub fn sample_law(country: Option<&str>) -> Value {
    let mut law = json!({
        "title": {"en": "Mutual Legal Assistance (Demo) Act", "sw": "Sheria ya Usaidizi wa Kisheria (Demo)"},
        "original_language": "en",
        "type": "act",
        "enacted_on": "2011-08-30",
        "status": "in_force",
        "official_url": "https://legislation.ken.example/mla-act",
        "provisions": [
            {"number": "5", "heading": {"en": "Central authority"},
             "text": {"en": "The Attorney-General is the central authority for requests for mutual legal assistance."},
             "crime_types": [], "cross_cutting_issues": ["INTERNATIONAL_COOPERATION"], "articles": ["UNTOC-18", "UNCAC-46"]},
            {"number": "12", "heading": {"en": "Extradition of nationals"},
             "text": {"en": "A national may be extradited where a treaty so provides."},
             "crime_types": ["MONEY_LAUNDERING"], "articles": ["UNTOC-16"]}
        ]
    });
    if let Some(c) = country {
        law["country"] = json!(c);
    }
    law
}

pub fn sample_case(country: Option<&str>, provision: Option<&str>, reference: &str) -> Value {
    let mut case = json!({
        "reference": reference,
        "title": {"en": "Republic v. A Company (demo)"},
        "original_language": "en",
        "court": "High Court",
        "decision_date": "2021-05-04",
        "decision_type": "conviction",
        "crime_types": ["MONEY_LAUNDERING"],
        "cross_cutting_issues": ["INTERNATIONAL_COOPERATION"],
        "articles": ["UNTOC-18"],
        "summary": {"en": "Assets were traced abroad through mutual legal assistance and confiscated."},
        "cooperation_used": ["MLA", "ASSET_RECOVERY"],
        "counterpart_countries": ["GBR"],
        "parties": [{"role": "defendant", "entity_type": "legal_person", "count": 1, "nationality": null}],
        "charges": [{"offence": "Money laundering", "provision_id": provision, "statute": "Demo Act, s. 12",
                     "verdict": "guilty", "sentence": "Fine and confiscation"}]
    });
    if let Some(c) = country {
        case["country"] = json!(c);
    }
    case
}

async fn create(app: &TestApp, user: &TestUser, path: &str, body: &Value) -> Value {
    let response = send(app, Method::POST, path, Some(user), Some(body)).await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    response.json().await.unwrap()
}

fn ids(items: &[Value]) -> HashSet<String> {
    items
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

fn tagged(values: &Value, wanted: &str) -> bool {
    values.as_array().unwrap().iter().any(|v| v == wanted)
}

#[tokio::test]
async fn the_demo_databases_are_rich_enough_to_use() {
    let app = spawn_app().await;
    let laws = app.collect("/v1/legislation", 200).await;
    let cases = app.collect("/v1/cases", 200).await;
    let provisions: usize = laws
        .iter()
        .map(|l| l["provisions"].as_array().unwrap().len())
        .sum();
    let law_states: HashSet<&str> = laws
        .iter()
        .map(|l| l["country"].as_str().unwrap())
        .collect();
    let case_states: HashSet<&str> = cases
        .iter()
        .map(|c| c["country"].as_str().unwrap())
        .collect();
    assert!(
        laws.len() >= 60 && provisions >= 250 && law_states.len() >= 40,
        "{} laws, {provisions} provisions, {} States",
        laws.len(),
        law_states.len()
    );
    assert!(
        cases.len() >= 120 && case_states.len() >= 35,
        "{} cases, {} States",
        cases.len(),
        case_states.len()
    );
    for lang in ["ar", "zh", "fr", "ru", "es"] {
        let records = laws
            .iter()
            .filter(|l| l["original_language"] == lang)
            .map(|l| l["provisions"].as_array().unwrap().len())
            .sum::<usize>()
            + cases
                .iter()
                .filter(|c| c["original_language"] == lang)
                .count();
        assert!(records >= 20, "{lang}: {records}");
    }
    let crimes: HashSet<&str> = cases
        .iter()
        .flat_map(|c| {
            c["crime_types"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap())
        })
        .collect();
    assert_eq!(crimes.len(), 15, "every crime type has cases");
    for case in &cases {
        assert!(case["parties"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p.get("name").is_none()));
    }
}

#[tokio::test]
async fn every_legislation_filter_selects_exactly_the_matching_laws() {
    let app = spawn_app().await;
    let all = app.collect("/v1/legislation", 200).await;
    let countries = app.collect("/v1/countries", 200).await;
    let in_region = |iso3: &Value, region: &str| {
        countries.iter().any(|c| {
            c["iso3"] == *iso3
                && (c["region"] == region
                    || c["subregion"] == region
                    || c["intermediate_region"] == region)
        })
    };
    let provisions = |l: &Value| l["provisions"].as_array().unwrap().clone();
    type Rule<'a> = Box<dyn Fn(&Value) -> bool + 'a>;
    let cases: Vec<(&str, Rule)> = vec![
        ("country=fra", Box::new(|l: &Value| l["country"] == "FRA")),
        (
            "region=002",
            Box::new(|l: &Value| in_region(&l["country"], "002")),
        ),
        (
            "crime_type=money_laundering",
            Box::new(|l: &Value| {
                provisions(l)
                    .iter()
                    .any(|p| tagged(&p["crime_types"], "MONEY_LAUNDERING"))
            }),
        ),
        (
            "cross_cutting=INTERNATIONAL_COOPERATION",
            Box::new(|l: &Value| {
                provisions(l)
                    .iter()
                    .any(|p| tagged(&p["cross_cutting_issues"], "INTERNATIONAL_COOPERATION"))
            }),
        ),
        (
            "article=untoc-18",
            Box::new(|l: &Value| {
                provisions(l)
                    .iter()
                    .any(|p| tagged(&p["articles"], "UNTOC-18"))
            }),
        ),
        (
            "language=ar",
            Box::new(|l: &Value| {
                l["title"].get("ar").is_some()
                    || provisions(l).iter().any(|p| p["text"].get("ar").is_some())
            }),
        ),
        (
            "enacted_from=2010-01-01",
            Box::new(|l: &Value| l["enacted_on"].as_str().is_some_and(|d| d >= "2010-01-01")),
        ),
        (
            "enacted_to=1999-12-31",
            Box::new(|l: &Value| l["enacted_on"].as_str().is_some_and(|d| d <= "1999-12-31")),
        ),
        (
            "status=amended",
            Box::new(|l: &Value| l["status"] == "amended"),
        ),
        (
            "region=150&crime_type=CORRUPTION",
            Box::new(|l: &Value| {
                in_region(&l["country"], "150")
                    && provisions(l)
                        .iter()
                        .any(|p| tagged(&p["crime_types"], "CORRUPTION"))
            }),
        ),
    ];
    for (query, rule) in cases {
        let expected: HashSet<String> = all
            .iter()
            .filter(|l| rule(l))
            .map(|l| l["id"].as_str().unwrap().to_owned())
            .collect();
        assert!(
            !expected.is_empty() && expected.len() < all.len(),
            "{query} selects {} of {}",
            expected.len(),
            all.len()
        );
        let got = app.collect(&format!("/v1/legislation?{query}"), 30).await;
        assert_eq!(ids(&got), expected, "{query}");
    }
    for (query, field) in [
        ("country=XXX", "country"),
        ("region=999", "region"),
        ("crime_type=1", "crime_type"),
        ("article=UNTOC", "article"),
        ("language=xx", "language"),
        ("enacted_from=2023-02-30", "enacted_from"),
        ("enacted_to=yesterday", "enacted_to"),
        ("status=dead", "status"),
        ("limit=0", "limit"),
        ("topic=x", "topic"),
    ] {
        assert_invalid_parameter(&app, &format!("/v1/legislation?{query}"), field).await;
    }
}

#[tokio::test]
async fn every_case_filter_selects_exactly_the_matching_cases() {
    let app = spawn_app().await;
    let all = app.collect("/v1/cases", 200).await;
    let countries = app.collect("/v1/countries", 200).await;
    let in_region = |iso3: &Value, region: &str| {
        countries.iter().any(|c| {
            c["iso3"] == *iso3
                && (c["region"] == region
                    || c["subregion"] == region
                    || c["intermediate_region"] == region)
        })
    };
    type Rule<'a> = Box<dyn Fn(&Value) -> bool + 'a>;
    let rules: Vec<(&str, Rule)> = vec![
        ("country=ESP", Box::new(|c: &Value| c["country"] == "ESP")),
        (
            "region=019",
            Box::new(|c: &Value| in_region(&c["country"], "019")),
        ),
        (
            "crime_type=TRAFFICKING_IN_PERSONS",
            Box::new(|c: &Value| tagged(&c["crime_types"], "TRAFFICKING_IN_PERSONS")),
        ),
        (
            "cross_cutting=electronic_evidence",
            Box::new(|c: &Value| tagged(&c["cross_cutting_issues"], "ELECTRONIC_EVIDENCE")),
        ),
        (
            "article=UNTOC-16",
            Box::new(|c: &Value| tagged(&c["articles"], "UNTOC-16")),
        ),
        (
            "language=zh",
            Box::new(|c: &Value| {
                c["title"].get("zh").is_some() || c["summary"].get("zh").is_some()
            }),
        ),
        (
            "decided_from=2020-01-01&decided_to=2021-12-31",
            Box::new(|c: &Value| {
                let d = c["decision_date"].as_str().unwrap();
                ("2020-01-01"..="2021-12-31").contains(&d)
            }),
        ),
        (
            "decision_type=extradition_decision",
            Box::new(|c: &Value| c["decision_type"] == "extradition_decision"),
        ),
        (
            "cooperation=jit",
            Box::new(|c: &Value| tagged(&c["cooperation_used"], "JIT")),
        ),
    ];
    for (query, rule) in rules {
        let expected: HashSet<String> = all
            .iter()
            .filter(|c| rule(c))
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect();
        assert!(
            !expected.is_empty() && expected.len() < all.len(),
            "{query} selects {} of {}",
            expected.len(),
            all.len()
        );
        let got = app.collect(&format!("/v1/cases?{query}"), 30).await;
        assert_eq!(ids(&got), expected, "{query}");
    }
    for (query, field) in [
        ("decision_type=verdict", "decision_type"),
        ("cooperation=telepathy", "cooperation"),
        ("decided_from=2021-13-01", "decided_from"),
    ] {
        assert_invalid_parameter(&app, &format!("/v1/cases?{query}"), field).await;
    }
}

#[tokio::test]
async fn cross_references_work_both_ways() {
    let app = spawn_app().await;
    // In the demo data: a case whose charge applies a provision, seen from both sides.
    let cases = app.collect("/v1/cases", 200).await;
    let linked = cases
        .iter()
        .filter(|c| !c["provisions_applied"].as_array().unwrap().is_empty())
        .count();
    assert!(linked >= 30, "{linked} cases link to provisions");
    let case = cases
        .iter()
        .find(|c| !c["provisions_applied"].as_array().unwrap().is_empty())
        .unwrap();
    let applied = &case["provisions_applied"][0];
    let (status, law) = app
        .get_json(&format!(
            "/v1/legislation/{}",
            applied["law_id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, 200);
    let provision = law["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == applied["provision_id"])
        .unwrap();
    assert!(provision["cases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == case["id"]));
    assert_eq!(provision["number"], applied["number"]);

    // From a focal point's own records to the authority that the law supports.
    let fp = app.user("focal_point", Some("KEN")).await;
    let law = create(&app, &fp, "/v1/legislation", &sample_law(None)).await;
    assert_eq!(law["country"], "KEN");
    let provision_id = law["provisions"][1]["id"].as_str().unwrap();
    let case = create(
        &app,
        &fp,
        "/v1/cases",
        &sample_case(None, Some(provision_id), "DEMO-TEST-1"),
    )
    .await;
    assert_eq!(case["provisions_applied"][0]["provision_id"], provision_id);
    assert_eq!(
        case["provisions_applied"][0]["law_title"],
        "Mutual Legal Assistance (Demo) Act"
    );
    let (_, law_now) = app
        .get_json(&format!("/v1/legislation/{}", law["id"].as_str().unwrap()))
        .await;
    assert_eq!(
        law_now["provisions"][1]["cases"][0]["reference"],
        "DEMO-TEST-1"
    );

    let kenya = app
        .collect("/v1/authorities?country=KEN&competence=MLA", 200)
        .await;
    let mla = kenya
        .iter()
        .find(|a| {
            a["designations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["competence"] == "MLA" && tagged(&d["legal_bases"], "UNTOC 18(13)"))
        })
        .expect("a Kenyan MLA authority citing UNTOC 18(13)");
    let (_, detail) = app
        .get_json(&format!("/v1/authorities/{}", mla["id"].as_str().unwrap()))
        .await;
    let links = detail["legislation"].as_array().unwrap();
    assert!(
        links
            .iter()
            .any(|l| l["provision_id"] == law["provisions"][0]["id"] && l["article"] == "UNTOC-18"),
        "{links:?}"
    );
}

#[tokio::test]
async fn writing_legislation_follows_the_directory_rules() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("KEN")).await;
    let law = create(&app, &fp, "/v1/legislation", &sample_law(None)).await;
    let id = law["id"].as_str().unwrap();
    let path = format!("/v1/legislation/{id}");
    let mut body = law.clone();
    body["status"] = json!("amended");
    assert_problem(
        send(&app, Method::PUT, &path, Some(&fp), Some(&body)).await,
        428,
        "precondition-required",
    )
    .await;
    let put = |tag: &str, body: &Value| {
        app.request(Method::PUT, &path, Some(&fp.token))
            .header("if-match", tag)
            .json(body)
            .send()
    };
    let response = put("\"1\"", &body).await.unwrap();
    assert_eq!(response.status(), 200);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(
        (updated["status"].as_str(), updated["version"].as_i64()),
        (Some("amended"), Some(2))
    );
    assert_eq!(
        updated["provisions"][0]["id"], law["provisions"][0]["id"],
        "provisions keep their ids"
    );
    assert_problem(
        put("\"1\"", &body).await.unwrap(),
        412,
        "precondition-failed",
    )
    .await;
    let mut moved = body.clone();
    moved["country"] = json!("UGA");
    assert_problem(put("\"2\"", &moved).await.unwrap(), 422, "validation").await;

    for (patch, field) in [
        (json!({"enacted_on": "2023-02-30"}), "enacted_on"),
        (json!({"type": "scroll"}), "type"),
        (json!({"title": {"fr": "Loi"}}), "title"),
        (json!({"official_url": "ftp://x"}), "official_url"),
    ] {
        let mut bad = sample_law(None);
        for (k, v) in patch.as_object().unwrap() {
            bad[k] = v.clone();
        }
        let problem = assert_problem(
            send(&app, Method::POST, "/v1/legislation", Some(&fp), Some(&bad)).await,
            422,
            "validation",
        )
        .await;
        assert_eq!(problem["errors"][0]["field"], field, "{patch}");
    }
    let mut bad = sample_law(None);
    bad["provisions"][0]["crime_types"] = json!(["TELEPATHY"]);
    bad["provisions"][1]["articles"] = json!(["UNTOC-999"]);
    let problem = assert_problem(
        send(&app, Method::POST, "/v1/legislation", Some(&fp), Some(&bad)).await,
        422,
        "validation",
    )
    .await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["provisions[0].crime_types[0]", "provisions[1].articles[0]"]
    );

    // A case applies one of its provisions; deleting the law keeps the case and drops the link.
    let provision = law["provisions"][1]["id"].as_str().unwrap();
    let case = create(
        &app,
        &fp,
        "/v1/cases",
        &sample_case(None, Some(provision), "DEMO-TEST-2"),
    )
    .await;
    let response = app
        .request(Method::DELETE, &path, Some(&fp.token))
        .header("if-match", "\"2\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_problem(app.get(&path).await, 404, "not-found").await;
    let (_, case_now) = app
        .get_json(&format!("/v1/cases/{}", case["id"].as_str().unwrap()))
        .await;
    assert!(case_now["charges"][0]["provision_id"].is_null());
    assert_eq!(case_now["charges"][0]["statute"], "Demo Act, s. 12");
    let q = format!(
        "SELECT count(*) FROM change_log WHERE entity = 'legislation' AND entity_id = '{id}'"
    );
    assert_eq!(count(&app, &q).await, 3, "create, update, delete");
    let q = format!(
        "SELECT count(*) FROM record_versions WHERE entity = 'legislation' AND entity_id = '{id}'"
    );
    assert_eq!(count(&app, &q).await, 3);
    let q = format!(
        "SELECT count(*) FROM audit_log WHERE entity = 'legislation' AND entity_id = '{id}'"
    );
    assert_eq!(count(&app, &q).await, 3);
}

#[tokio::test]
async fn writing_cases_checks_every_reference() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("KEN")).await;
    let other = app.user("focal_point", Some("FRA")).await;
    let french_law = create(&app, &other, "/v1/legislation", &sample_law(None)).await;
    let foreign_provision = french_law["provisions"][0]["id"].as_str().unwrap();
    let case = create(
        &app,
        &fp,
        "/v1/cases",
        &sample_case(None, None, "DEMO-TEST-3"),
    )
    .await;
    assert_eq!(
        (case["country"].as_str(), case["version"].as_i64()),
        (Some("KEN"), Some(1))
    );

    let mut bad = sample_case(None, Some(foreign_provision), "DEMO-TEST-4");
    bad["counterpart_countries"] = json!(["GBR", "XXX"]);
    bad["parties"][0]["count"] = json!(0);
    let problem = assert_problem(
        send(&app, Method::POST, "/v1/cases", Some(&fp), Some(&bad)).await,
        422,
        "validation",
    )
    .await;
    assert_eq!(
        problem["errors"][0]["field"], "parties[0].count",
        "{problem}"
    );
    bad["parties"][0]["count"] = json!(2);
    let problem = assert_problem(
        send(&app, Method::POST, "/v1/cases", Some(&fp), Some(&bad)).await,
        422,
        "validation",
    )
    .await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["counterpart_countries[1]", "charges[0].provision_id"],
        "{problem}"
    );

    let duplicate = sample_case(None, None, "DEMO-TEST-3");
    let problem = assert_problem(
        send(&app, Method::POST, "/v1/cases", Some(&fp), Some(&duplicate)).await,
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "reference");
    let mut future = sample_case(None, None, "DEMO-TEST-5");
    future["decision_date"] = json!("2999-01-01");
    let problem = assert_problem(
        send(&app, Method::POST, "/v1/cases", Some(&fp), Some(&future)).await,
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "decision_date");
    let mut named = sample_case(None, None, "DEMO-TEST-6");
    named["parties"][0]["name"] = json!("John Doe");
    let problem = assert_problem(
        send(&app, Method::POST, "/v1/cases", Some(&fp), Some(&named)).await,
        422,
        "validation",
    )
    .await;
    assert_eq!(
        problem["errors"][0]["field"], "parties[0].name",
        "natural persons are never named"
    );

    let path = format!("/v1/cases/{}", case["id"].as_str().unwrap());
    let mut body = case.clone();
    body["decision_type"] = json!("appeal_decision");
    let response = app
        .request(Method::PUT, &path, Some(&fp.token))
        .header("if-match", "\"1\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = app
        .request(Method::DELETE, &path, Some(&fp.token))
        .header("if-match", "\"1\"")
        .send()
        .await
        .unwrap();
    assert_problem(response, 412, "precondition-failed").await;
    let response = app
        .request(Method::DELETE, &path, Some(&fp.token))
        .header("if-match", "\"2\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_problem(app.get(&path).await, 404, "not-found").await;
    assert_invalid_parameter(&app, "/v1/cases/not-a-uuid", "id").await;
    assert_invalid_parameter(&app, "/v1/legislation/12", "id").await;
}

#[tokio::test]
async fn single_laws_and_cases_carry_strong_etags() {
    let app = spawn_app().await;
    let (_, laws) = app.get_json("/v1/legislation?limit=1").await;
    let (_, cases) = app.get_json("/v1/cases?limit=1").await;
    for path in [
        format!(
            "/v1/legislation/{}",
            laws["items"][0]["id"].as_str().unwrap()
        ),
        format!("/v1/cases/{}", cases["items"][0]["id"].as_str().unwrap()),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), 200);
        let etag = response.headers()["etag"].to_str().unwrap().to_owned();
        assert!(etag.starts_with("\"1-"), "{etag}");
        let again = app
            .client
            .get(format!("{}{path}", app.address))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
    }
    assert_problem(
        app.get("/v1/legislation/00000000-0000-0000-0000-000000000000")
            .await,
        404,
        "not-found",
    )
    .await;
    assert_problem(
        app.get("/v1/cases/00000000-0000-0000-0000-000000000000")
            .await,
        404,
        "not-found",
    )
    .await;
    let (_, doc) = app.get_json("/openapi.json").await;
    for (path, method) in [
        ("/v1/legislation", "get"),
        ("/v1/legislation", "post"),
        ("/v1/legislation/{id}", "put"),
        ("/v1/legislation/{id}", "delete"),
        ("/v1/cases", "get"),
        ("/v1/cases/{id}", "get"),
        ("/v1/cases/{id}", "delete"),
    ] {
        assert!(
            doc["paths"][path][method].is_object(),
            "{method} {path} is documented"
        );
    }
}
