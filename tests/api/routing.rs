//! `GET /v1/route`: a judged table of routing questions across regions and measures, each with the
//! first authority to address (and why), the legal bases, whether a translation is needed and the
//! warnings; what each caller may see of the authorities; and the questions refused.

use chrono::{TimeZone, Utc};
use serde_json::Value;

use crate::helpers::{assert_invalid_parameter, spawn_app, TestApp};

/// One judged question and its expected answer.
struct Case {
    query: &'static str,
    /// Part of the English name of the first authority, and the reason it is first.
    first: Option<(&'static str, &'static str)>,
    bases: &'static [&'static str],
    translation: Option<bool>,
    warnings: &'static [&'static str],
}

const fn case(
    query: &'static str,
    first: Option<(&'static str, &'static str)>,
    bases: &'static [&'static str],
    translation: Option<bool>,
    warnings: &'static [&'static str],
) -> Case {
    Case {
        query,
        first,
        bases,
        translation,
        warnings,
    }
}

const MLA_ALL: &[&str] = &["UNTOC art. 18", "UNCAC art. 46", "1988 Convention art. 7"];

/// The demo data as of 8 December 2026 (which records are stale depends on the day).
const CASES: &[Case] = &[
    // Mutual legal assistance between States party to the three UN conventions.
    case(
        "from=KEN&to=FRA&measure=MLA",
        Some(("Ministry of Justice", "central_authority")),
        MLA_ALL,
        Some(false),
        &[],
    ),
    // A language mismatch: Arabic is not among the languages France accepts.
    case(
        "from=EGY&to=FRA&measure=MLA",
        Some(("Ministry of Justice", "central_authority")),
        MLA_ALL,
        Some(true),
        &[],
    ),
    case(
        "from=CAN&to=FRA&measure=MLA",
        Some(("Ministry of Justice", "central_authority")),
        &[
            "UNTOC art. 18",
            "UNCAC art. 46",
            "1988 Convention art. 7",
            "Budapest Convention arts. 25 and 27",
        ],
        Some(false),
        &[],
    ),
    // A stale record.
    case(
        "from=MEX&to=ESP&measure=MLA",
        Some(("Sub-Directorate General", "central_authority")),
        MLA_ALL,
        Some(false),
        &["stale_record"],
    ),
    case(
        "from=RUS&to=CHN&measure=MLA",
        Some(("Ministry of Justice", "central_authority")),
        MLA_ALL,
        Some(true),
        &["stale_record"],
    ),
    case(
        "from=JPN&to=BRA&measure=MLA",
        Some(("Department of Asset Recovery", "central_authority")),
        &[
            "UNTOC art. 18",
            "UNCAC art. 46",
            "1988 Convention art. 7",
            "Budapest Convention arts. 25 and 27",
        ],
        Some(true),
        &[],
    ),
    // Samoa is not party to UNTOC: the other two conventions remain.
    case(
        "from=KEN&to=WSM&measure=MLA",
        Some(("Office of the Attorney General", "central_authority")),
        &["UNCAC art. 46", "1988 Convention art. 7"],
        Some(false),
        &[],
    ),
    // Fiji is not party to UNCAC: a corruption case rests on UNTOC alone.
    case(
        "from=AUS&to=FJI&measure=MLA&crime_type=CORRUPTION",
        Some(("Office of the Attorney-General", "central_authority")),
        &["UNTOC art. 18"],
        Some(false),
        &[],
    ),
    case(
        "from=PHL&to=IDN&measure=MLA&crime_type=TRAFFICKING_IN_PERSONS",
        Some(("Ministry of Law", "central_authority")),
        &["UNTOC art. 18"],
        Some(false),
        &[],
    ),
    // Vanuatu is party to nothing: reciprocity or a bilateral treaty.
    case(
        "from=KEN&to=VUT&measure=MLA",
        Some(("State Law Office", "central_authority")),
        &[],
        Some(false),
        &["no_common_instrument"],
    ),
    case(
        "from=PLW&to=VUT&measure=EXTRADITION",
        Some(("State Law Office", "central_authority")),
        &[],
        Some(false),
        &["no_common_instrument"],
    ),
    // Urgent electronic evidence: the 24/7 point of contact first.
    case(
        "from=FRA&to=DEU&measure=CYBER_24_7&urgent=true",
        Some(("Federal Criminal Police Office", "contact_point_24_7")),
        &["Budapest Convention arts. 29, 30 and 35"],
        Some(true),
        &["stale_record"],
    ),
    case(
        "from=KEN&to=DEU&measure=MLA&urgent=true&crime_type=CYBERCRIME",
        Some(("Federal Criminal Police Office", "contact_point_24_7")),
        &["UNTOC art. 18"],
        Some(true),
        &["stale_record"],
    ),
    case(
        "from=SEN&to=MAR&measure=CYBER_24_7&urgent=true",
        Some((
            "General Directorate for National Security",
            "contact_point_24_7",
        )),
        &["Budapest Convention arts. 29, 30 and 35"],
        Some(false),
        &[],
    ),
    case(
        "from=ARG&to=CHL&measure=CYBER_24_7",
        Some(("Investigations Police of Chile", "central_authority")),
        &["Budapest Convention arts. 29, 30 and 35"],
        Some(false),
        &[],
    ),
    // No 24/7 designation in Panama: the central authority notified to the depositary.
    case(
        "from=PER&to=PAN&measure=CYBER_24_7&urgent=true",
        Some((
            "Office of the Attorney General",
            "notified_central_authority",
        )),
        &["Budapest Convention arts. 29, 30 and 35"],
        Some(false),
        &["no_designation"],
    ),
    // A missing designation: Costa Rica holds no extradition competence in the directory.
    case(
        "from=DEU&to=CRI&measure=EXTRADITION",
        Some(("Public Prosecution Service", "notified_central_authority")),
        &[
            "UNTOC art. 16",
            "UNCAC art. 44",
            "1988 Convention art. 6",
            "Budapest Convention art. 24",
        ],
        Some(true),
        &["no_designation"],
    ),
    // No authority designated for cultural property in Kenya.
    case(
        "from=BRA&to=KEN&measure=CULTURAL_PROPERTY",
        Some((
            "Office of the Attorney General",
            "notified_central_authority",
        )),
        &["UNTOC art. 18"],
        Some(true),
        &["no_designation"],
    ),
    // Declarations refusing the Convention as the legal basis for extradition.
    case(
        "from=FRA&to=USA&measure=EXTRADITION",
        Some(("U.S. Department of Justice", "central_authority")),
        &["1988 Convention art. 6", "Budapest Convention art. 24"],
        Some(true),
        &[
            "treaty_required_for_extradition",
            "treaty_required_for_extradition",
        ],
    ),
    case(
        "from=USA&to=AUT&measure=EXTRADITION",
        Some(("Federal Ministry of Justice", "central_authority")),
        &["1988 Convention art. 6", "Budapest Convention art. 24"],
        Some(true),
        &[
            "treaty_required_for_extradition",
            "treaty_required_for_extradition",
        ],
    ),
    case(
        "from=KEN&to=CHN&measure=EXTRADITION&crime_type=CORRUPTION",
        Some(("Ministry of Foreign Affairs", "central_authority")),
        &[],
        Some(true),
        &[
            "treaty_required_for_extradition",
            "treaty_required_for_extradition",
        ],
    ),
    case(
        "from=IND&to=USA&measure=EXTRADITION&crime_type=DRUG_OFFENCES",
        Some(("U.S. Department of Justice", "central_authority")),
        &["1988 Convention art. 6"],
        Some(false),
        &["treaty_required_for_extradition"],
    ),
    case(
        "from=CHE&to=QAT&measure=EXTRADITION",
        Some(("Public Prosecution", "central_authority")),
        &["1988 Convention art. 6"],
        Some(true),
        &["treaty_required_for_extradition"],
    ),
    case(
        "from=BEL&to=NLD&measure=EXTRADITION",
        Some(("Ministry of Justice and Security", "central_authority")),
        &[
            "UNTOC art. 16",
            "UNCAC art. 44",
            "1988 Convention art. 6",
            "Budapest Convention art. 24",
        ],
        Some(false),
        &[],
    ),
    // Other measures.
    case(
        "from=NGA&to=GBR&measure=ASSET_RECOVERY&crime_type=CORRUPTION",
        Some(("National Crime Agency", "central_authority")),
        &["UNCAC arts. 54, 55 and 57", "UNTOC arts. 13 and 14"],
        Some(false),
        &[],
    ),
    case(
        "from=COL&to=ESP&measure=DRUGS_SEA",
        Some(("Civil Guard", "central_authority")),
        &["1988 Convention art. 17"],
        Some(false),
        &[],
    ),
    case(
        "from=ITA&to=TUN&measure=MIGRANTS_SEA",
        Some(("National Guard", "central_authority")),
        &["Smuggling of Migrants Protocol art. 8"],
        Some(true),
        &[],
    ),
    case(
        "from=KEN&to=UGA&measure=FIREARMS",
        Some(("Uganda Police Force", "central_authority")),
        &[],
        Some(false),
        &["no_common_instrument"],
    ),
    case(
        "from=FRA&to=ARE&measure=TRANSFER_PROCEEDINGS",
        Some(("Federal Public Prosecution", "central_authority")),
        &["UNTOC art. 21", "UNCAC art. 47", "1988 Convention art. 8"],
        Some(true),
        &[],
    ),
    case(
        "from=ZAF&to=GBR&measure=TRANSFER_SENTENCED",
        Some(("Ministry of Justice", "central_authority")),
        &["UNTOC art. 17", "UNCAC art. 45"],
        Some(false),
        &[],
    ),
    case(
        "from=GHA&to=NGA&measure=PREVENTION_TOC",
        Some((
            "Economic and Financial Crimes Commission",
            "central_authority",
        )),
        &["UNTOC art. 31"],
        Some(false),
        &[],
    ),
    case(
        "from=KAZ&to=UZB&measure=CORRUPTION_PREVENTION",
        Some(("Anti-Corruption Agency", "central_authority")),
        &["UNCAC art. 6"],
        Some(false),
        &[],
    ),
    // A State with no record at all: the answer says so.
    case(
        "from=FRA&to=ATA&measure=MLA",
        None,
        &[],
        None,
        &["no_records", "no_treaty_records", "no_common_instrument"],
    ),
];

/// The server's clock set to noon on 8 December 2026, the day the table was judged.
async fn judged_day() -> TestApp {
    let app = spawn_app().await;
    let day = Utc.with_ymd_and_hms(2026, 12, 8, 12, 0, 0).unwrap();
    app.clock.advance(day - Utc::now());
    app
}

fn english_name(authority: &Value) -> String {
    let names = &authority["names"];
    names["en"]
        .as_str()
        .or_else(|| names.as_object().and_then(|n| n.values().next()?.as_str()))
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn the_judged_routing_table_holds() {
    assert!(CASES.len() >= 30);
    let app = judged_day().await;
    let mut wrong = Vec::new();
    for case in CASES {
        let (status, answer) = app.get_json(&format!("/v1/route?{}", case.query)).await;
        assert_eq!(status, 200, "{}: {answer}", case.query);
        let first = answer["authorities"].as_array().unwrap().first().map(|a| {
            (
                english_name(&a["authority"]),
                a["reason"].as_str().unwrap().to_owned(),
            )
        });
        let first_ok = match (case.first, &first) {
            (None, None) => true,
            (Some((name, reason)), Some((got, why))) => got.contains(name) && why == reason,
            _ => false,
        };
        let bases: Vec<&str> = answer["legal_bases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["citation"].as_str().unwrap())
            .collect();
        let mut warnings: Vec<&str> = answer["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["code"].as_str().unwrap())
            .collect();
        warnings.sort();
        let mut expected = case.warnings.to_vec();
        expected.sort();
        let translation = answer["languages"]["translation_needed"].as_bool();
        let note = answer["legal_basis_note"].as_str();
        if !first_ok
            || bases != case.bases
            || translation != case.translation
            || warnings != expected
            || note.is_some() != case.bases.is_empty()
        {
            wrong.push(format!(
                "{}: first {first:?}, bases {bases:?}, translation {translation:?}, warnings {warnings:?}",
                case.query
            ));
        }
        // Every answer carries what the request must contain, each item with its source.
        let checklist = answer["checklist"].as_array().unwrap();
        assert!(checklist.len() >= 5, "{}", case.query);
        assert!(checklist
            .iter()
            .all(|i| !i["reference"].as_str().unwrap().is_empty()
                && !i["reason"].as_str().unwrap().is_empty()));
    }
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[tokio::test]
async fn the_answer_says_what_to_send_and_shows_contacts_by_tier() {
    let app = judged_day().await;
    let query = "/v1/route?from=KEN&to=FRA&measure=MLA";
    let (_, public) = app.get_json(query).await;
    // Mutual legal assistance: the six items of UNTOC 18(15), the form of 18(14), confidentiality.
    let codes: Vec<&str> = public["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap())
        .collect();
    for code in [
        "requesting_authority",
        "proceedings",
        "facts",
        "assistance_sought",
        "persons",
        "purpose",
        "form_and_language",
        "confidentiality",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    let first = &public["authorities"][0];
    assert_eq!(first["rank"], 1);
    assert!(first["designation"]["channels"].as_array().is_some());
    assert!(!first["explanation"].as_str().unwrap().is_empty());
    assert_eq!(
        public["languages"]["requesting_official"],
        serde_json::json!(["sw", "en"])
    );
    // The requested State's provisions implementing the cited articles.
    let provisions = public["requirements"]["provisions"].as_array().unwrap();
    assert!(!provisions.is_empty());
    for p in provisions {
        let (status, law) = app
            .get_json(&format!(
                "/v1/legislation/{}",
                p["law_id"].as_str().unwrap()
            ))
            .await;
        assert_eq!(status, 200);
        assert_eq!(law["country"], "FRA");
    }
    // Extradition: the items of extradition law.
    let (_, extradition) = app
        .get_json("/v1/route?from=KEN&to=FRA&measure=EXTRADITION")
        .await;
    let codes: Vec<&str> = extradition["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap())
        .collect();
    for code in ["warrant_or_judgment", "offences", "enactments", "person"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    // Anonymous callers see public fields only; a signed-in reader sees the restricted tier.
    for authority in public["authorities"].as_array().unwrap() {
        for hidden in ["phones", "emails", "contacts", "fax", "last_confirmed_by"] {
            assert!(authority["authority"].get(hidden).is_none(), "{hidden}");
        }
    }
    let reader = app.user("reader", None).await;
    let (_, signed_in) = app.get_as(query, &reader.token).await;
    assert!(signed_in["authorities"][0]["authority"]["emails"].is_array());
    let contacts = signed_in["authorities"][0]["authority"]["contacts"]
        .as_array()
        .unwrap();
    assert!(contacts.iter().all(|c| c["visibility"] == "restricted"));
}

#[tokio::test]
async fn unknown_codes_and_incomplete_questions_are_400_problems() {
    let app = spawn_app().await;
    for (query, field) in [
        ("from=XXZ&to=FRA&measure=MLA", "from"),
        ("from=KEN&to=XXZ&measure=MLA", "to"),
        ("from=KEN&to=FRA&measure=NOPE", "measure"),
        ("from=KEN&to=FRA&measure=MLA&crime_type=NOPE", "crime_type"),
        ("from=KEN&to=FRA&measure=MLA&urgent=maybe", "urgent"),
        ("to=FRA&measure=MLA", "from"),
        ("from=KEN&measure=MLA", "to"),
        ("from=KEN&to=FRA", "measure"),
        ("from=KEN&to=KEN&measure=MLA", "to"),
        ("from=KEN&to=FRA&measure=", "measure"),
    ] {
        assert_invalid_parameter(&app, &format!("/v1/route?{query}"), field).await;
    }
}

/// The text of a DOCX document: its body's runs, one paragraph a line.
fn docx_text(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a DOCX is a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    let mut text = String::new();
    for paragraph in xml.split("</w:p>") {
        for run in paragraph.split("<w:t").skip(1) {
            let content = run
                .split_once('>')
                .map(|(_, rest)| rest)
                .unwrap_or_default();
            let content = content.split("</w:t>").next().unwrap_or_default();
            text.push_str(
                &content
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"),
            );
        }
        text.push('\n');
    }
    text
}

#[tokio::test]
async fn a_draft_is_addressed_headed_sectioned_and_never_kept() {
    use crate::authority_writes::count;
    let app = judged_day().await;
    let kept = "SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM record_versions) \
                + (SELECT count(*) FROM idempotency_keys) + (SELECT count(*) FROM change_log) \
                + (SELECT count(*) FROM outbox)";
    let before = count(&app, kept).await;
    let body = serde_json::json!({
        "from": "KEN", "to": "FRA", "measure": "MLA",
        "reference": "DEMO-KE-2026-0042",
        "particulars": {
            "facts": "Transfers of the proceeds through an account <held> in Lyon & Paris.",
            "assistance_sought": "Bank records of account FR76 0000 0000 0000."
        }
    });
    // France accepts French first: the French template, as DOCX by default.
    let response = app
        .request(reqwest::Method::POST, "/v1/route/draft", None)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(
        headers["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["content-language"], "fr");
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("request-KEN-FRA-mla.docx"));
    let text = docx_text(&response.bytes().await.unwrap());
    for expected in [
        "Demande d'entraide judiciaire en matière pénale",
        "Destinataire: Ministère de la Justice",
        "Fondement juridique: UNTOC art. 18; UNCAC art. 46; 1988 Convention art. 7",
        "DEMO-KE-2026-0042",
        "Résumé des faits pertinents",
        "UNTOC art. 18(15)(c)",
        "Transfers of the proceeds through an account <held> in Lyon & Paris.",
        "Bank records of account FR76 0000 0000 0000.",
        "[à compléter]",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the DOCX:\n{text}"
        );
    }
    // As Markdown, in English where the authority accepts it and it is asked for.
    let mut markdown = body.clone();
    markdown["format"] = serde_json::json!("markdown");
    markdown["language"] = serde_json::json!("en");
    let response = app
        .request(reqwest::Method::POST, "/v1/route/draft", None)
        .json(&markdown)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/markdown; charset=utf-8"
    );
    let text = response.text().await.unwrap();
    assert!(text.starts_with("# Request for mutual legal assistance in a criminal matter"));
    assert!(text.contains("## 3. A summary of the relevant facts"));
    assert!(text.contains("[to be completed]"));
    // Spain's authority accepts Spanish: the Spanish template for an extradition.
    let response = app
        .request(reqwest::Method::POST, "/v1/route/draft", None)
        .json(&serde_json::json!({"from": "MEX", "to": "ESP", "measure": "EXTRADITION", "format": "markdown"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    assert!(text.starts_with("# Solicitud de extradición"), "{text}");
    assert!(text.contains("[por completar]"));
    // Nothing of a draft is kept.
    assert_eq!(count(&app, kept).await, before);

    // Problems are 422s naming the member, all at once.
    let response = app
        .request(reqwest::Method::POST, "/v1/route/draft", None)
        .json(&serde_json::json!({
            "from": "XXZ", "to": "FRA", "measure": "MLA", "language": "english",
            "particulars": {"warrant_or_judgment": "x"}
        }))
        .send()
        .await
        .unwrap();
    let problem = crate::helpers::assert_problem(response, 422, "validation").await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"from") && fields.contains(&"language"),
        "{problem}"
    );
    let response = app
        .request(reqwest::Method::POST, "/v1/route/draft", None)
        .json(&serde_json::json!({
            "from": "KEN", "to": "FRA", "measure": "MLA",
            "particulars": {"warrant_or_judgment": "x"}
        }))
        .send()
        .await
        .unwrap();
    let problem = crate::helpers::assert_problem(response, 422, "validation").await;
    assert_eq!(
        problem["errors"][0]["field"],
        "particulars.warrant_or_judgment"
    );
}
