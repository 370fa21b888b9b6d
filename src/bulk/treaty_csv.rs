//! `cna import-treaties FILE.csv`: treaty participation from a spreadsheet, one row per State and
//! instrument, in the column layout of `docs/ROUTING.md`, turned into import lines and loaded by
//! [`super::import`] through the one pipeline. A row's id is derived from its State and instrument
//! (UUIDv5), so loading the same sheet again skips the rows already loaded.

use std::io::Read;

use anyhow::Context;
use serde::Deserialize;
use serde_json::{json, Value};
use uuid::Uuid;

/// The namespace of the ids of treaty participation records (`treaty:<ISO3>:<INSTRUMENT>`), the
/// demo data's too.
pub const NAMESPACE: Uuid = Uuid::from_u128(0x3c6f0e52_8d1b_5a7e_9f24_6b0d5c1e7a93);

/// The id of a State's record for an instrument.
pub fn id(country: &str, instrument: &str) -> Uuid {
    Uuid::new_v5(
        &NAMESPACE,
        format!(
            "treaty:{}:{}",
            country.trim().to_ascii_uppercase(),
            instrument.trim().to_ascii_uppercase()
        )
        .as_bytes(),
    )
}

/// One row, every column as text (blank for none).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    country: String,
    instrument: String,
    status: String,
    #[serde(default)]
    signed_on: String,
    #[serde(default)]
    consent_kind: String,
    #[serde(default)]
    consent_on: String,
    #[serde(default)]
    in_force_on: String,
    #[serde(default)]
    extradition_basis: String,
    #[serde(default)]
    extradition_basis_text: String,
    #[serde(default)]
    central_authority_name: String,
    #[serde(default)]
    central_authority_id: String,
    #[serde(default)]
    central_authority_text: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    languages_text: String,
    #[serde(default)]
    extradition_authority_name: String,
    #[serde(default)]
    extradition_authority_id: String,
    #[serde(default)]
    extradition_authority_text: String,
    #[serde(default)]
    contact_point_name: String,
    #[serde(default)]
    contact_point_id: String,
    #[serde(default)]
    contact_point_text: String,
    source: String,
    checked_on: String,
}

/// A blank cell as null, any other as its trimmed text.
fn cell(text: &str) -> Value {
    match text.trim() {
        "" => Value::Null,
        t => Value::String(t.to_owned()),
    }
}

/// A notified authority from its three columns; null when all are blank.
fn notified(name: &str, id: &str, text: &str) -> Value {
    if [name, id, text].iter().all(|c| c.trim().is_empty()) {
        return Value::Null;
    }
    json!({"name": name.trim(), "authority_id": cell(id), "text": cell(text)})
}

/// The record a row describes, as `POST /v1/treaties` takes it (with its derived id).
fn record(row: Row) -> anyhow::Result<Value> {
    let extradition_basis = match row.extradition_basis.trim() {
        "" => Value::Null,
        "accepted" => json!({"accepted": true, "text": cell(&row.extradition_basis_text)}),
        "treaty_required" => json!({"accepted": false, "text": cell(&row.extradition_basis_text)}),
        other => anyhow::bail!(
            "extradition_basis: {other:?} is not one of accepted, treaty_required or blank"
        ),
    };
    let languages: Vec<&str> = row
        .languages
        .split([' ', ',', ';'])
        .filter(|l| !l.is_empty())
        .collect();
    let languages = if languages.is_empty() && row.languages_text.trim().is_empty() {
        Value::Null
    } else {
        json!({"languages": languages, "text": cell(&row.languages_text)})
    };
    Ok(json!({
        "id": id(&row.country, &row.instrument),
        "country": row.country.trim().to_ascii_uppercase(),
        "instrument": row.instrument.trim().to_ascii_uppercase(),
        "status": row.status.trim(),
        "signed_on": cell(&row.signed_on),
        "consent_kind": cell(&row.consent_kind),
        "consent_on": cell(&row.consent_on),
        "in_force_on": cell(&row.in_force_on),
        "declarations": {
            "extradition_basis": extradition_basis,
            "central_authority": notified(&row.central_authority_name, &row.central_authority_id, &row.central_authority_text),
            "languages": languages,
            "extradition_authority": notified(&row.extradition_authority_name, &row.extradition_authority_id, &row.extradition_authority_text),
            "contact_point": notified(&row.contact_point_name, &row.contact_point_id, &row.contact_point_text),
        },
        "source": row.source.trim(),
        "checked_on": row.checked_on.trim(),
    }))
}

/// The import lines of a CSV sheet (UTF-8, a header row naming the columns), one per row in
/// order: the import's line `n` is the sheet's row `n` after the header.
pub fn to_lines(input: impl Read) -> anyhow::Result<String> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::Headers)
        .from_reader(input);
    let mut out = String::new();
    for (n, row) in reader.deserialize::<Row>().enumerate() {
        let row = row.with_context(|| format!("row {}", n + 1))?;
        let line = json!({"type": "treaty", "record": record(row).with_context(|| format!("row {}", n + 1))?});
        out.push_str(&serde_json::to_string(&line)?);
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_those_of_the_demo_data() {
        // seed-data/treaties.json: treaty:KEN:UNTOC.
        let demo: Value = serde_json::from_str(crate::seed::TREATIES).unwrap();
        let kenya = demo["treaties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["country"] == "KEN" && t["instrument"] == "UNTOC")
            .unwrap();
        assert_eq!(kenya["id"], id("ken", "untoc").to_string());
    }

    #[test]
    fn a_row_becomes_a_record_and_a_bad_cell_names_its_row() {
        let sheet = "country,instrument,status,signed_on,consent_kind,consent_on,in_force_on,\
extradition_basis,extradition_basis_text,languages,source,checked_on\n\
KEN,UNTOC,party,2000-12-13,ratification,2004-06-16,2004-07-16,accepted,,en sw,C.N.1.2004,2026-10-01\n";
        let lines = to_lines(sheet.as_bytes()).unwrap();
        let line: Value = serde_json::from_str(lines.trim()).unwrap();
        let record = &line["record"];
        assert_eq!(line["type"], "treaty");
        assert_eq!(
            record["declarations"]["extradition_basis"]["accepted"],
            true
        );
        assert_eq!(
            record["declarations"]["languages"]["languages"],
            json!(["en", "sw"])
        );
        assert!(record["declarations"]["central_authority"].is_null());
        let bad = sheet.replace("accepted,", "perhaps,");
        let error = format!("{:#}", to_lines(bad.as_bytes()).unwrap_err());
        assert!(
            error.contains("row 1") && error.contains("extradition_basis"),
            "{error}"
        );
    }
}
