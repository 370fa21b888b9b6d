//! The judged relevance set (`relevance.json`): queries over the demo data in the six UN languages,
//! each with the records a practitioner would take as the right first answer. The mean reciprocal
//! rank of the first right answer in the top ten must stay at or above 0.9.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::helpers::spawn_app;

#[derive(Debug, Deserialize)]
struct Judged {
    query: String,
    language: String,
    kind: Vec<String>,
    note: String,
    relevant: Vec<Value>,
}

/// Whether `hit` is one of the `relevant` records (by id, or any provision of a law by `law_id`).
fn is_relevant(hit: &Value, relevant: &[Value]) -> bool {
    relevant.iter().any(|r| {
        r["type"] == hit["type"]
            && match (r.get("id"), r.get("law_id")) {
                (Some(id), _) => *id == hit["id"],
                (None, Some(law)) => *law == hit["law_id"],
                (None, None) => false,
            }
    })
}

#[tokio::test]
async fn judged_queries_find_the_right_answer_first() {
    let judged: Vec<Judged> =
        serde_json::from_str(include_str!("relevance.json")).expect("relevance.json");
    let mut per_language: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for j in &judged {
        assert!(!j.relevant.is_empty() && !j.kind.is_empty(), "{j:?}");
    }
    let app = spawn_app().await;
    let mut report = Vec::new();
    for j in &judged {
        let (status, body) = app.search(&format!("{}&limit=10", j.query), None).await;
        assert_eq!(status, 200, "{}: {body}", j.query);
        let rank = body["items"]
            .as_array()
            .unwrap()
            .iter()
            .position(|hit| is_relevant(hit, &j.relevant))
            .map(|p| p + 1);
        let reciprocal = rank.map_or(0.0, |r| 1.0 / r as f64);
        if rank != Some(1) {
            report.push(format!(
                "  rank {:>6}  [{}] {}  ({})",
                rank.map_or("absent".to_owned(), |r| r.to_string()),
                j.language,
                j.query,
                j.note
            ));
        }
        per_language
            .entry(j.language.as_str())
            .or_default()
            .push(reciprocal);
    }
    let all: Vec<f64> = per_language.values().flatten().copied().collect();
    let mrr = all.iter().sum::<f64>() / all.len() as f64;
    println!("mean reciprocal rank {mrr:.3} over {} queries", all.len());
    for (language, ranks) in &per_language {
        println!(
            "  {language}: {:.3} over {}",
            ranks.iter().sum::<f64>() / ranks.len() as f64,
            ranks.len()
        );
    }
    for line in &report {
        println!("{line}");
    }
    for language in ["ar", "zh", "en", "es", "fr", "ru"] {
        assert!(
            per_language.get(language).is_some_and(|r| r.len() >= 5),
            "at least five judged queries in {language}"
        );
    }
    assert!(all.len() >= 40, "at least forty judged queries");
    assert!(mrr >= 0.9, "mean reciprocal rank {mrr:.3} is below 0.9");
}
