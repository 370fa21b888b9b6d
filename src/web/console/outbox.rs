//! The administrators' page of reminders: whether messages can be sent, the States with records and
//! no active focal point (whom no reminder reaches), and the outbox with every attempt to send.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use fluent_bundle::FluentValue;

use super::admin::admin;
use crate::api::connection;
use crate::clock::Clock;
use crate::config::ReminderSettings;
use crate::db::{models, Pool};
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text::moment;

/// At most this many messages are shown (the API pages through all of them).
const SHOWN: i64 = 200;

pub struct StateLine {
    pub code: String,
    pub name: String,
    pub active: i64,
    pub stale: i64,
}

pub struct MessageLine {
    pub created: String,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub status: String,
    pub attempts: Vec<String>,
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxTemplate {
    page: Page,
    smtp: bool,
    waiting: i64,
    states: Vec<StateLine>,
    messages: Vec<MessageLine>,
}

/// `GET /{lang}/console/outbox`.
pub async fn outbox(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    settings: web::Data<ReminderSettings>,
) -> Result<HttpResponse, PageError> {
    let user = admin(lang, user)?;
    let labels = labels::get(&pool).await.or_page(lang)?;
    let mut conn = connection(&pool).await.or_page(lang)?;
    let now = Clock::of(&req).now();
    let states = models::freshness::states(&mut conn, now, None, None)
        .await
        .or_page(lang)?
        .into_iter()
        .filter(|s| s.total.active > 0 && !s.focal_point)
        .map(|s| StateLine {
            name: labels.country(&s.country, lang).to_owned(),
            code: s.country,
            active: s.total.active,
            stale: s.total.stale,
        })
        .collect();
    let rows = models::outbox::list(&mut conn, None, None, SHOWN)
        .await
        .or_page(lang)?;
    let ids: Vec<i64> = rows.iter().map(|m| m.id).collect();
    let attempts = models::outbox::attempts(&mut conn, &ids)
        .await
        .or_page(lang)?;
    let waiting = models::outbox::waiting(&mut conn).await.or_page(lang)?;
    let messages = rows
        .into_iter()
        .map(|m| {
            let status = match &m.sent_at {
                Some(at) => lang.t_with("outbox-status-sent", &[("date", moment(at).into())]),
                None => lang.t_with(
                    "outbox-status-waiting",
                    &[("date", moment(&m.next_attempt_at).into())],
                ),
            };
            MessageLine {
                created: moment(&m.created_at),
                kind: lang.t(&format!("outbox-kind-{}", m.kind)),
                recipient: m.recipient,
                subject: m.subject,
                status,
                attempts: attempts
                    .iter()
                    .filter(|a| a.message_id == m.id)
                    .map(|a| {
                        let key = if a.delivered {
                            "outbox-attempt-delivered"
                        } else {
                            "outbox-attempt-failed"
                        };
                        lang.t_with(
                            key,
                            &[
                                ("date", FluentValue::from(moment(&a.attempted_at))),
                                ("name", FluentValue::from(a.detail.as_str())),
                            ],
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let template = OutboxTemplate {
        page: Page::new(&req, lang.t("console-outbox"), Some(user)),
        smtp: settings.smtp_url.is_some(),
        waiting,
        states,
        messages,
    };
    Ok(html(actix_web::http::StatusCode::OK, &template, lang))
}
