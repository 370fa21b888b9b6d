//! Keeping records current. A reminder pass ([`run`]) decides, at the time of the one clock, who is
//! to be told what: each active focal point whose reminders are not paused gets one digest of the
//! records of their State that reached a new stage of the [`schedule`], each with a one-click
//! confirmation link ([`links`]) and a link to edit it; each administrator gets one summary a month
//! ([`digest`]). The messages are written to the outbox in the same transaction as that decision
//! (and the links they carry), and delivered afterwards by one server process ([`outbox`]), so a
//! decision is never taken without its message, nor a message sent twice for one decision.
//!
//! Passes run one at a time (a transaction-level advisory lock): the server's own schedule on every
//! process and `cna remind` may overlap without sending anything twice.

pub mod digest;
pub mod links;
pub mod outbox;
pub mod schedule;

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use uuid::Uuid;

use crate::clock::Clock;
use crate::config::ReminderSettings;
use crate::db::models::{self, outbox::NewMessage, reminder::Candidate};
use crate::db::{Conn, Pool};
use crate::error::ApiError;
use crate::i18n::Lang;
use digest::{DueRecord, StateLine, Summary};
use schedule::Schedule;

/// What a pass wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Digests written to focal points.
    pub digests: usize,
    /// Records they list.
    pub records: usize,
    /// Monthly summaries written to administrators.
    pub summaries: usize,
}

impl ReminderSettings {
    pub fn schedule(&self) -> Schedule {
        Schedule {
            before_days: self.before_days,
            every_days: self.every_days,
        }
    }
}

/// Makes one reminder pass at the time of `clock`, in one transaction.
pub async fn run(
    pool: &Pool,
    settings: &ReminderSettings,
    clock: &Clock,
) -> Result<Report, ApiError> {
    let mut conn = pool.get().await?;
    let settings = settings.clone();
    let clock = clock.clone();
    conn.transaction::<_, ApiError, _>(|conn| {
        async move {
            models::reminder::lock(conn).await?;
            let now = clock.write_time();
            let names = country_names(conn).await?;
            let (digests, records) = remind_focal_points(conn, &settings, now, &names).await?;
            let summaries = summarize(conn, &settings, now, &names).await?;
            Ok(Report {
                digests,
                records,
                summaries,
            })
        }
        .scope_boxed()
    })
    .await
}

/// Each country's names by language.
struct Names(HashMap<String, serde_json::Value>);

impl Names {
    fn of(&self, iso3: &str, lang: Lang) -> String {
        let names = self.0.get(iso3);
        [lang.code(), "en"]
            .iter()
            .find_map(|code| names.and_then(|n| n[code].as_str()))
            .unwrap_or(iso3)
            .to_owned()
    }
}

async fn country_names(conn: &mut Conn) -> Result<Names, ApiError> {
    Ok(Names(
        models::country::names(conn).await?.into_iter().collect(),
    ))
}

/// Writes each focal point's digest of the records that reached a new stage; how many digests and
/// records.
async fn remind_focal_points(
    conn: &mut Conn,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
    names: &Names,
) -> Result<(usize, usize), ApiError> {
    let schedule = settings.schedule();
    let candidates = models::reminder::candidates(conn, schedule.horizon(now)).await?;
    let mut due: Vec<(Candidate, i32)> = Vec::new();
    for candidate in candidates {
        if let Some(stage) = schedule.stage(candidate.confirmed_at, now) {
            if candidate.last_stage.is_none_or(|last| last < stage) {
                due.push((candidate, stage));
            }
        }
    }
    let mut digests = 0;
    let records = due.len();
    let mut rest = due.as_slice();
    while let Some((first, _)) = rest.first() {
        let user = first.user_id;
        let end = rest.iter().position(|(c, _)| c.user_id != user);
        let (mine, others) = rest.split_at(end.unwrap_or(rest.len()));
        write_digest(conn, settings, now, names, mine).await?;
        digests += 1;
        rest = others;
    }
    Ok((digests, records))
}

/// Writes one focal point's digest of `due` (all theirs), the links it carries, and what it
/// reminded of.
async fn write_digest(
    conn: &mut Conn,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
    names: &Names,
    due: &[(Candidate, i32)],
) -> Result<(), ApiError> {
    let Some((first, _)) = due.first() else {
        return Ok(());
    };
    let lang = Lang::parse(&first.language).unwrap_or(Lang::En);
    let base = settings.base_url();
    let mut records = Vec::with_capacity(due.len());
    for (c, _) in due {
        let token = links::issue(conn, c.user_id, c.authority_id, c.version, now).await?;
        let stale_at = schedule::stale_at(c.confirmed_at);
        records.push(DueRecord {
            name: c.name.clone(),
            acronym: c.acronym.clone(),
            confirmed_at: c.confirmed_at,
            stale_at,
            stale: now >= stale_at,
            confirm_url: format!("{base}/{}/confirm/{token}", lang.code()),
            edit_url: format!(
                "{base}/{}/console/authorities/{}/edit",
                lang.code(),
                c.authority_id
            ),
        });
    }
    let text = digest::digest(
        lang,
        &names.of(&first.country, lang),
        &records,
        now + Duration::days(links::VALID_DAYS),
        &format!("{base}/{}/console/settings", lang.code()),
    );
    let message = enqueue(
        conn,
        "reminder",
        Some(first.user_id),
        &first.email,
        lang,
        &text,
    )
    .await?;
    for (c, stage) in due {
        models::reminder::sent(
            conn,
            c.user_id,
            c.authority_id,
            c.confirmed_at,
            *stage,
            message,
        )
        .await?;
    }
    Ok(())
}

/// Writes a message to the outbox, due at once; its id.
async fn enqueue(
    conn: &mut Conn,
    kind: &str,
    user_id: Option<Uuid>,
    recipient: &str,
    lang: Lang,
    text: &digest::Text,
) -> Result<i64, ApiError> {
    // Delivery keeps to the system's clock, like sessions and tokens: moving the directory's
    // clock in a test must not hold back or hurry a message.
    let written = Utc::now();
    Ok(models::outbox::insert(
        conn,
        &NewMessage {
            kind,
            user_id,
            recipient,
            language: lang.code(),
            subject: &text.subject,
            body: &text.body,
            created_at: written,
            next_attempt_at: written,
        },
    )
    .await?)
}

/// The first day of the month of `at`.
fn month_of(at: DateTime<Utc>) -> NaiveDate {
    at.date_naive().with_day(1).unwrap_or(at.date_naive())
}

/// Writes the summary of the month before to every administrator who has not had it this month;
/// how many.
async fn summarize(
    conn: &mut Conn,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
    names: &Names,
) -> Result<usize, ApiError> {
    let month = month_of(now);
    let administrators = models::reminder::administrators_without_summary(conn, month).await?;
    if administrators.is_empty() {
        return Ok(0);
    }
    let previous = month_of(month.and_time(chrono::NaiveTime::MIN).and_utc() - Duration::days(1));
    let start = |d: NaiveDate| d.and_time(chrono::NaiveTime::MIN).and_utc();
    let activity = models::reminder::activity(conn, start(previous), start(month)).await?;
    let states = models::freshness::states(conn, now, None, None).await?;
    let waiting = models::outbox::waiting(conn).await?;
    let base = settings.base_url();
    for admin in &administrators {
        let lang = Lang::parse(&admin.language).unwrap_or(Lang::En);
        let line = |s: &crate::domain::freshness::StateFreshness| StateLine {
            name: names.of(&s.country, lang),
            stale: s.total.stale,
            active: s.total.active,
        };
        let mut stale_states: Vec<StateLine> = states
            .iter()
            .filter(|s| s.total.stale > 0)
            .map(line)
            .collect();
        stale_states.sort_by(|a, b| b.stale.cmp(&a.stale).then_with(|| a.name.cmp(&b.name)));
        let mut without_focal_point: Vec<StateLine> = states
            .iter()
            .filter(|s| s.total.active > 0 && !s.focal_point)
            .map(line)
            .collect();
        without_focal_point.sort_by(|a, b| a.name.cmp(&b.name));
        let summary = Summary {
            as_of: now,
            month: previous,
            active: states.iter().map(|s| s.total.active).sum(),
            current: states.iter().map(|s| s.total.confirmed).sum(),
            changed: activity.changed,
            confirmed: activity.confirmed,
            stale_states,
            without_focal_point,
            waiting,
            freshness_url: format!("{base}/{}/freshness", lang.code()),
            admin_url: format!("{base}/{}/console/outbox", lang.code()),
        };
        let text = digest::summary(lang, &summary);
        let message = enqueue(conn, "summary", Some(admin.id), &admin.email, lang, &text).await?;
        models::reminder::summary_sent(conn, admin.id, month, message).await?;
    }
    Ok(administrators.len())
}

/// Starts this process's reminder schedule: a pass every `interval_secs` (none when 0).
pub fn spawn(pool: Pool, settings: ReminderSettings, clock: Clock) {
    if settings.interval_secs == 0 {
        return;
    }
    tokio::spawn(async move {
        let mut ticks =
            tokio::time::interval(std::time::Duration::from_secs(settings.interval_secs));
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match run(&pool, &settings, &clock).await {
                Ok(report) if report != Report::default() => tracing::info!(
                    digests = report.digests,
                    records = report.records,
                    summaries = report.summaries,
                    "reminders written to the outbox"
                ),
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e.summary(), "reminder pass failed; retrying later")
                }
            }
        }
    });
}
