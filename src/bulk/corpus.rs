//! `cna bench-corpus`: writes a realistic multilingual corpus in the import format, of any size, the
//! same for the same seed. Records are variations of the demo data: a demo record of the kind is
//! taken as a template, moved to another State, renamed after it, and its texts rewritten from
//! sentences of the demo texts in the same language, so the corpus has the demo data's languages,
//! vocabulary and tags, and every record passes the write validation. The mix is 15% authorities,
//! 35% laws (one to three provisions each) and 50% cases.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::seed::{CASES, COUNTRIES, DIRECTORY, LEGISLATION};

/// A small, fast, seedable generator (SplitMix64): the corpus must not depend on a platform RNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn uuid(&mut self) -> Uuid {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

/// The demo data, split into what variations are made of.
struct Material {
    authorities: Vec<Value>,
    laws: Vec<Value>,
    cases: Vec<Value>,
    /// ISO3 and names by language.
    countries: Vec<(String, BTreeMap<String, String>)>,
    /// Sentences of the demo texts by language.
    sentences: BTreeMap<String, Vec<String>>,
}

fn records(json: &str, key: &str) -> anyhow::Result<Vec<Value>> {
    let value: Value = serde_json::from_str(json)?;
    Ok(match value {
        Value::Array(items) => items,
        Value::Object(mut map) => match map.remove(key) {
            Some(Value::Array(items)) => items,
            _ => anyhow::bail!("the demo data has no {key}"),
        },
        _ => anyhow::bail!("the demo data for {key} is not a list"),
    })
}

/// Splits a text into sentences, keeping their final punctuation.
fn split_sentences(text: &str, out: &mut Vec<String>) {
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '。' | '؛' | '!' | '?' | '；') {
            let end = i + c.len_utf8();
            let next_is_space = text[end..].chars().next().is_none_or(char::is_whitespace);
            if next_is_space || matches!(c, '。' | '；') {
                let sentence = text[start..end].trim();
                if sentence.chars().count() > 20 {
                    out.push(sentence.to_owned());
                }
                start = end;
            }
        }
    }
    let rest = text[start..].trim();
    if rest.chars().count() > 20 {
        out.push(rest.to_owned());
    }
}

fn texts(value: &Value) -> impl Iterator<Item = (&String, &str)> {
    value
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(l, t)| t.as_str().map(|t| (l, t)))
}

impl Material {
    fn load() -> anyhow::Result<Self> {
        let authorities: Vec<Value> = records(DIRECTORY, "authorities")?
            .into_iter()
            .filter(|a| a["status"] == "active" && a["parent_id"].is_null())
            .collect();
        let laws = records(LEGISLATION, "laws")?;
        let cases = records(CASES, "cases")?;
        let countries = records(COUNTRIES, "countries")?
            .into_iter()
            .filter_map(|c| {
                let iso3 = c["iso3"].as_str()?.to_owned();
                let names = serde_json::from_value(c["names"].clone()).ok()?;
                Some((iso3, names))
            })
            .collect();
        let mut sentences: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for law in &laws {
            for p in law["provisions"].as_array().into_iter().flatten() {
                for (l, t) in texts(&p["text"]) {
                    split_sentences(t, sentences.entry(l.clone()).or_default());
                }
            }
        }
        for case in &cases {
            for field in ["summary", "commentary"] {
                for (l, t) in texts(&case[field]) {
                    split_sentences(t, sentences.entry(l.clone()).or_default());
                }
            }
        }
        for authority in &authorities {
            for d in authority["designations"].as_array().into_iter().flatten() {
                if let Some(t) = d["legal_requirements"].as_str() {
                    split_sentences(t, sentences.entry("en".into()).or_default());
                }
            }
        }
        for pool in sentences.values_mut() {
            pool.sort();
            pool.dedup();
        }
        Ok(Material {
            authorities,
            laws,
            cases,
            countries,
            sentences,
        })
    }

    /// A new text in `language`: two to four sentences of the demo texts in that language.
    fn paragraph(&self, rng: &mut Rng, language: &str) -> Option<String> {
        let pool = self.sentences.get(language).filter(|p| !p.is_empty())?;
        let n = 2 + rng.below(3);
        let joiner = if language == "zh" { "" } else { " " };
        Some(
            (0..n)
                .map(|_| rng.pick(pool).as_str())
                .collect::<Vec<_>>()
                .join(joiner),
        )
    }

    /// Rewrites every text of a `{language: text}` map.
    fn rewrite(&self, rng: &mut Rng, texts: &Value) -> Value {
        let mut out = Map::new();
        for (language, text) in texts.as_object().into_iter().flatten() {
            let new = self
                .paragraph(rng, language)
                .map(Value::String)
                .unwrap_or_else(|| text.clone());
            out.insert(language.clone(), new);
        }
        Value::Object(out)
    }
}

/// Appends the country's name, in each text's language, to every text of a map.
fn located(texts: &Value, names: &BTreeMap<String, String>, serial: u64) -> Value {
    let mut out = Map::new();
    for (language, text) in texts.as_object().into_iter().flatten() {
        let place = names
            .get(language)
            .or_else(|| names.get("en"))
            .map_or("", String::as_str);
        let text = text.as_str().unwrap_or_default();
        out.insert(
            language.clone(),
            Value::String(format!("{text} ({place}, {serial})")),
        );
    }
    Value::Object(out)
}

fn without(mut value: Value, keys: &[&str]) -> Value {
    if let Some(object) = value.as_object_mut() {
        for key in keys {
            object.remove(*key);
        }
    }
    value
}

/// The `serial`th record of the corpus.
fn record(material: &Material, rng: &mut Rng, serial: u64) -> Value {
    let (iso3, names) = rng.pick(&material.countries).clone();
    let id = rng.uuid();
    match serial % 20 {
        0..=2 => {
            let template = rng.pick(&material.authorities).clone();
            let mut a = without(
                template,
                &[
                    "status",
                    "created_at",
                    "last_confirmed_at",
                    "last_confirmed_by",
                ],
            );
            a["id"] = json!(id);
            a["country"] = json!(iso3);
            a["names"] = located(&a["names"], &names, serial);
            a["parent_id"] = Value::Null;
            for d in a["designations"].as_array_mut().into_iter().flatten() {
                if d["legal_requirements"].is_string() {
                    d["legal_requirements"] = json!(material.paragraph(rng, "en"));
                }
            }
            json!({"type": "authority", "record": a})
        }
        3..=9 => {
            let template = rng.pick(&material.laws).clone();
            let mut law = template;
            law["id"] = json!(id);
            law["country"] = json!(iso3);
            law["title"] = located(&law["title"], &names, serial);
            let provisions: Vec<Value> = law["provisions"].as_array().cloned().unwrap_or_default();
            let count = 1 + rng.below(3);
            let chosen: Vec<Value> = (0..count)
                .map(|n| {
                    let mut p = without(rng.pick(&provisions).clone(), &["id"]);
                    p["number"] = json!((n + 1).to_string());
                    p["text"] = material.rewrite(rng, &p["text"]);
                    p
                })
                .collect();
            law["provisions"] = json!(chosen);
            json!({"type": "legislation", "record": law})
        }
        _ => {
            let template = rng.pick(&material.cases).clone();
            let mut case = template;
            case["id"] = json!(id);
            case["reference"] = json!(format!("CORPUS-{iso3}-{serial}"));
            case["country"] = json!(iso3);
            case["title"] = located(&case["title"], &names, serial);
            case["summary"] = material.rewrite(rng, &case["summary"]);
            case["commentary"] = material.rewrite(rng, &case["commentary"]);
            let counterparts: Vec<Value> = case["counterpart_countries"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|c| c.as_str() != Some(iso3.as_str()))
                .cloned()
                .collect();
            case["counterpart_countries"] = json!(counterparts);
            for charge in case["charges"].as_array_mut().into_iter().flatten() {
                charge["provision_id"] = Value::Null;
            }
            json!({"type": "case", "record": case})
        }
    }
}

/// Writes `count` records generated from `seed` to `out`, one per line; `progress` is told of every
/// thousand written.
pub fn write(
    count: u64,
    seed: u64,
    out: &mut impl Write,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<()> {
    let material = Material::load()?;
    let mut rng = Rng(seed);
    for serial in 0..count {
        let line = record(&material, &mut rng, serial);
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
        if serial % 1000 == 999 {
            progress(1000);
        }
    }
    progress(count % 1000);
    out.flush()?;
    Ok(())
}
