//! `cna mirror`: the reference partner client. It takes the export, then follows the change feed
//! and keeps a local NDJSON file current: the file is an export (header with the cursor it is
//! current to, one line per record, end line), rewritten atomically after each page of changes.
//! Run again, it resumes from the file's cursor; a cursor the server no longer serves (410) starts
//! again from a fresh export.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use serde_json::{json, Value};

/// Records by `(type, id)`: their version and document.
type Records = BTreeMap<(String, String), (i64, Value)>;

/// The mirror's state: where it is in the feed and what it holds.
#[derive(Debug, Default)]
pub struct Mirror {
    pub cursor: String,
    pub records: Records,
}

impl Mirror {
    /// Reads a mirror (or export) file; `None` when it does not exist.
    pub fn load(path: &Path) -> anyhow::Result<Option<Mirror>> {
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
        };
        Mirror::read(std::io::BufReader::new(file))
            .with_context(|| format!("reading {}", path.display()))
            .map(Some)
    }

    /// Reads an export; fails on one without its header or its end line.
    pub fn read(input: impl BufRead) -> anyhow::Result<Mirror> {
        let mut mirror = Mirror::default();
        let mut complete = false;
        for (n, line) in input.lines().enumerate() {
            let line: Value = serde_json::from_str(&line?)
                .with_context(|| format!("line {}: not JSON", n + 1))?;
            match line["type"].as_str() {
                Some("export") => {
                    mirror.cursor = line["cursor"].as_str().unwrap_or_default().to_owned();
                }
                Some("end") => complete = true,
                Some(kind) => {
                    let record = &line["record"];
                    let id = record["id"].as_str().unwrap_or_default().to_owned();
                    let version = record["version"].as_i64().unwrap_or_default();
                    mirror
                        .records
                        .insert((kind.to_owned(), id), (version, record.clone()));
                }
                None => anyhow::bail!("line {}: no type", n + 1),
            }
        }
        anyhow::ensure!(complete, "the export was cut short (no end line)");
        Ok(mirror)
    }

    /// Applies one change: a version not newer than the one held is skipped (an export's feed may
    /// repeat what the export holds).
    pub fn apply(&mut self, change: &Value) {
        let key = (
            change["type"].as_str().unwrap_or_default().to_owned(),
            change["id"].as_str().unwrap_or_default().to_owned(),
        );
        let version = change["version"].as_i64().unwrap_or_default();
        if self
            .records
            .get(&key)
            .is_some_and(|(held, _)| *held >= version)
        {
            return;
        }
        if change["operation"] == "delete" {
            self.records.remove(&key);
        } else {
            self.records
                .insert(key, (version, change["record"].clone()));
        }
    }

    /// Writes the mirror as an export file, atomically (a temporary file renamed over it).
    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let partial = path.with_extension("partial");
        {
            let mut out = std::io::BufWriter::new(
                std::fs::File::create(&partial)
                    .with_context(|| format!("creating {}", partial.display()))?,
            );
            let types = crate::domain::RecordKind::ALL.map(crate::domain::RecordKind::as_str);
            writeln!(
                out,
                "{}",
                json!({"type": "export", "cursor": self.cursor, "types": types})
            )?;
            for ((kind, _), (_, record)) in &self.records {
                writeln!(out, "{}", json!({"type": kind, "record": record}))?;
            }
            writeln!(
                out,
                "{}",
                json!({"type": "end", "records": self.records.len()})
            )?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        }
        std::fs::rename(&partial, path).with_context(|| format!("replacing {}", path.display()))?;
        Ok(())
    }
}

/// A client of one server, with a partner key.
pub struct Client {
    http: reqwest::Client,
    base: String,
    key: String,
}

impl Client {
    pub fn new(base: &str, key: &str) -> anyhow::Result<Client> {
        Ok(Client {
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(120))
                // Servers close idle connections (cna after 5 s); one reused just then fails.
                .pool_idle_timeout(Duration::from_secs(2))
                .build()?,
            base: base.trim_end_matches('/').to_owned(),
            key: key.to_owned(),
        })
    }

    /// GETs `path`, waiting out rate limits; `Ok(None)` for 410.
    async fn get(&self, path: &str) -> anyhow::Result<Option<reqwest::Response>> {
        loop {
            let response = self
                .http
                .get(format!("{}{path}", self.base))
                .bearer_auth(&self.key)
                .send()
                .await
                .with_context(|| format!("GET {path}"))?;
            match response.status().as_u16() {
                200 => return Ok(Some(response)),
                410 => return Ok(None),
                429 => {
                    let wait = response
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.parse::<u64>().ok())
                        .unwrap_or(1);
                    tokio::time::sleep(Duration::from_secs(wait)).await;
                }
                status => {
                    let body = response.text().await.unwrap_or_default();
                    anyhow::bail!("GET {path}: {status} {body}");
                }
            }
        }
    }

    /// The whole export.
    pub async fn export(&self) -> anyhow::Result<Mirror> {
        let response = self
            .get("/v1/export")
            .await?
            .context("the export answered 410")?;
        let bytes = response.bytes().await?;
        Mirror::read(bytes.as_ref())
    }

    /// One page of the feed after `cursor`, waiting up to `wait` seconds; `None` for 410.
    pub async fn changes(&self, cursor: &str, wait: u64) -> anyhow::Result<Option<Value>> {
        let path = format!("/v1/changes?cursor={cursor}&limit=1000&wait={wait}");
        match self.get(&path).await? {
            Some(response) => Ok(Some(response.json().await?)),
            None => Ok(None),
        }
    }
}

/// Brings the mirror file at `out` up to date: from its cursor, or from a fresh export when it does
/// not exist or its cursor is no longer served. With `follow`, keeps it current until stopped;
/// otherwise returns once caught up. Returns the mirror's state.
pub async fn run(client: &Client, out: &Path, follow: bool) -> anyhow::Result<Mirror> {
    let mut mirror = match Mirror::load(out)? {
        Some(mirror) => mirror,
        None => {
            let mirror = client.export().await?;
            mirror.save(out)?;
            mirror
        }
    };
    loop {
        let wait = if follow { 30 } else { 0 };
        let Some(page) = client.changes(&mirror.cursor, wait).await? else {
            tracing::warn!(
                "the mirror's cursor is no longer served: starting again from the export"
            );
            mirror = client.export().await?;
            mirror.save(out)?;
            continue;
        };
        let items = page["items"].as_array().map_or(&[][..], Vec::as_slice);
        for change in items {
            mirror.apply(change);
        }
        mirror.cursor = page["next_cursor"].as_str().unwrap_or_default().to_owned();
        if !items.is_empty() {
            mirror.save(out)?;
        } else if !follow {
            return Ok(mirror);
        }
    }
}
