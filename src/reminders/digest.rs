//! The texts of the messages: a focal point's digest of the records due, and the administrators'
//! monthly summary, each in the language its account prefers (plain text, from the Fluent messages
//! `mail-*` of `locales/<lang>/mail.ftl`).

use chrono::{DateTime, NaiveDate, Utc};
use fluent_bundle::FluentValue;

use crate::i18n::Lang;

/// A record due, as a digest lists it.
#[derive(Debug, Clone)]
pub struct DueRecord {
    pub name: String,
    pub acronym: Option<String>,
    pub confirmed_at: DateTime<Utc>,
    pub stale_at: DateTime<Utc>,
    pub stale: bool,
    /// The one-click confirmation link.
    pub confirm_url: String,
    /// The record's form in the console.
    pub edit_url: String,
}

/// A message's subject and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub subject: String,
    pub body: String,
}

fn day(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// The digest for a focal point of `state` (its name in `lang`).
pub fn digest(
    lang: Lang,
    state: &str,
    records: &[DueRecord],
    links_expire: DateTime<Utc>,
    settings_url: &str,
) -> Text {
    let count = FluentValue::from(records.len());
    let name = FluentValue::from(state);
    let subject = lang.t_with(
        "mail-digest-subject",
        &[("count", count.clone()), ("name", name.clone())],
    );
    let mut body = vec![
        lang.t("mail-digest-greeting"),
        String::new(),
        lang.t_with("mail-digest-lead", &[("count", count), ("name", name)]),
        lang.t("mail-digest-how"),
        String::new(),
    ];
    for (n, record) in records.iter().enumerate() {
        let title = match &record.acronym {
            Some(acronym) if !acronym.is_empty() => format!("{} ({acronym})", record.name),
            _ => record.name.clone(),
        };
        body.push(format!("{}. {title}", n + 1));
        let date = FluentValue::from(day(record.confirmed_at));
        let when = if record.stale {
            lang.t_with("mail-digest-stale", &[("date", date)])
        } else {
            let until = FluentValue::from(day(record.stale_at));
            lang.t_with("mail-digest-due-soon", &[("date", date), ("until", until)])
        };
        body.push(format!("   {when}"));
        let confirm = FluentValue::from(record.confirm_url.as_str());
        body.push(format!(
            "   {}",
            lang.t_with("mail-digest-confirm", &[("link", confirm)])
        ));
        let edit = FluentValue::from(record.edit_url.as_str());
        body.push(format!(
            "   {}",
            lang.t_with("mail-digest-edit", &[("link", edit)])
        ));
        body.push(String::new());
    }
    body.push(lang.t_with(
        "mail-digest-links",
        &[("date", FluentValue::from(day(links_expire)))],
    ));
    body.push(lang.t_with(
        "mail-digest-pause",
        &[("link", FluentValue::from(settings_url))],
    ));
    body.push(String::new());
    body.push(format!("-- \n{}", lang.t("mail-signature")));
    Text {
        subject,
        body: body.join("\n") + "\n",
    }
}

/// A State in the summary, with its figures.
#[derive(Debug, Clone)]
pub struct StateLine {
    pub name: String,
    pub stale: i64,
    pub active: i64,
}

/// What the monthly summary reports.
#[derive(Debug, Clone)]
pub struct Summary {
    pub as_of: DateTime<Utc>,
    /// The month reported on.
    pub month: NaiveDate,
    pub active: i64,
    pub current: i64,
    pub changed: i64,
    pub confirmed: i64,
    /// States with stale records, the most stale first.
    pub stale_states: Vec<StateLine>,
    /// States with records and no active focal point.
    pub without_focal_point: Vec<StateLine>,
    pub waiting: i64,
    pub freshness_url: String,
    pub admin_url: String,
}

/// At most this many States are named in each list of a summary.
const LISTED: usize = 20;

fn state_lines(lang: Lang, states: &[StateLine], body: &mut Vec<String>) {
    for state in states.iter().take(LISTED) {
        body.push(format!(
            "- {}",
            lang.t_with(
                "mail-summary-stale-line",
                &[
                    ("name", FluentValue::from(state.name.as_str())),
                    ("count", FluentValue::from(state.stale)),
                    ("total", FluentValue::from(state.active)),
                ],
            )
        ));
    }
    if states.len() > LISTED {
        body.push(format!(
            "- {}",
            lang.t_with(
                "mail-summary-more",
                &[("count", FluentValue::from(states.len() - LISTED))],
            )
        ));
    }
}

/// The monthly summary for an administrator.
pub fn summary(lang: Lang, s: &Summary) -> Text {
    let month = FluentValue::from(s.month.format("%Y-%m").to_string());
    let subject = lang.t_with("mail-summary-subject", &[("month", month.clone())]);
    let mut body = vec![
        lang.t_with(
            "mail-summary-lead",
            &[("date", FluentValue::from(day(s.as_of)))],
        ),
        String::new(),
        lang.t_with(
            "mail-summary-figures",
            &[
                ("count", FluentValue::from(s.current)),
                ("total", FluentValue::from(s.active)),
            ],
        ),
        lang.t_with(
            "mail-summary-changed",
            &[
                ("count", FluentValue::from(s.changed)),
                ("confirmed", FluentValue::from(s.confirmed)),
                ("month", month),
            ],
        ),
        String::new(),
        lang.t_with(
            "mail-summary-stale-states",
            &[("count", FluentValue::from(s.stale_states.len()))],
        ),
    ];
    state_lines(lang, &s.stale_states, &mut body);
    body.push(String::new());
    body.push(lang.t_with(
        "mail-summary-no-focal-point",
        &[("count", FluentValue::from(s.without_focal_point.len()))],
    ));
    state_lines(lang, &s.without_focal_point, &mut body);
    body.push(String::new());
    body.push(lang.t_with(
        "mail-summary-outbox",
        &[("count", FluentValue::from(s.waiting))],
    ));
    body.push(lang.t_with(
        "mail-summary-links",
        &[("link", FluentValue::from(s.freshness_url.as_str()))],
    ));
    body.push(lang.t_with(
        "mail-summary-admin",
        &[("link", FluentValue::from(s.admin_url.as_str()))],
    ));
    body.push(String::new());
    body.push(format!("-- \n{}", lang.t("mail-signature")));
    Text {
        subject,
        body: body.join("\n") + "\n",
    }
}
