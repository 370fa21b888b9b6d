//! One-click confirmation links. The token is random (32 bytes), shown once in the message that
//! carries it and stored only as its SHA-256 hash, bound to one authority at one version and to
//! one account. Opening the link (GET) changes nothing, so that mail scanners that follow links
//! confirm nothing; only the form it shows (POST) confirms.

use chrono::{DateTime, Duration, Utc};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use uuid::Uuid;

use crate::auth::{caller_of, token};
use crate::clock::Clock;
use crate::db::models::{self, confirmation_link::ConfirmationLink, version::Actor};
use crate::db::Conn;
use crate::directory::{self, Precondition, Record, WriteContext};
use crate::domain::{Authority, AuthorityStatus, RecordKind};
use crate::error::ApiError;

/// `text` with the token of every confirmation link in it replaced by `…`: what the outbox keeps of
/// a message once it is sent, and what administrators are shown of one, so that nobody but its
/// recipient ever holds a live link.
pub fn redact(text: &str) -> String {
    const MARK: &str = "/confirm/";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        let (before, after) = rest.split_at(at + MARK.len());
        out.push_str(before);
        let token_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(after.len());
        if token_len > 0 {
            out.push('…');
        }
        rest = &after[token_len..];
    }
    out.push_str(rest);
    out
}

/// How long a link is valid.
pub const VALID_DAYS: i64 = 45;

/// What a link can do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    /// It confirms its record.
    Open,
    /// It was used already.
    Used,
    /// It is past its expiry.
    Expired,
    /// Its record changed (or was retired) since the link was made.
    Superseded,
}

/// A link found by its token, with its record as it now stands.
#[derive(Debug, Clone)]
pub struct Opened {
    pub link: ConfirmationLink,
    pub state: LinkState,
    pub authority: Option<Authority>,
}

/// What a confirmation through a link did.
#[derive(Debug, Clone)]
pub enum Outcome {
    Confirmed(Box<Authority>),
    Refused(LinkState),
}

fn hash(token: &str) -> Vec<u8> {
    token::hash_refresh_token(token)
}

/// Makes a link for `user_id` to confirm the authority `id` at `version`, valid for
/// [`VALID_DAYS`] from `now`; its token.
pub async fn issue(
    conn: &mut Conn,
    user_id: Uuid,
    id: Uuid,
    version: i64,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let (token, token_hash) = token::new_refresh_token();
    models::confirmation_link::insert(
        conn,
        &ConfirmationLink {
            token_hash,
            user_id,
            entity: RecordKind::Authority.as_str().to_owned(),
            entity_id: id,
            version,
            created_at: now,
            expires_at: now + Duration::days(VALID_DAYS),
            used_at: None,
        },
    )
    .await?;
    Ok(token)
}

fn state_of(
    link: &ConfirmationLink,
    authority: Option<&Authority>,
    now: DateTime<Utc>,
) -> LinkState {
    if link.used_at.is_some() {
        LinkState::Used
    } else if now >= link.expires_at {
        LinkState::Expired
    } else if authority
        .is_none_or(|a| a.version != link.version || a.status != AuthorityStatus::Active)
    {
        LinkState::Superseded
    } else {
        LinkState::Open
    }
}

/// The link whose token is `token`, and what it can do at `now`; `None` for a token that names no
/// link, or whose account is no longer active.
pub async fn open(
    conn: &mut Conn,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Opened>, ApiError> {
    let Some(link) = models::confirmation_link::find(conn, &hash(token), false).await? else {
        return Ok(None);
    };
    let active = models::user::find(conn, link.user_id)
        .await?
        .is_some_and(|u| u.active);
    if !active {
        return Ok(None);
    }
    let authority = Authority::find_many(conn, &[link.entity_id]).await?.pop();
    let state = state_of(&link, authority.as_ref(), now);
    Ok(Some(Opened {
        link,
        state,
        authority,
    }))
}

/// Confirms the record of the link whose token is `token`, as its account, through the pipeline
/// (history, change log, audit marked `reminder`), and spends the link, in one transaction.
/// `None` for a token that names no usable link.
pub async fn confirm(
    conn: &mut Conn,
    token: &str,
    clock: &Clock,
    request_id: Option<String>,
) -> Result<Option<Outcome>, ApiError> {
    let token_hash = hash(token);
    let clock = clock.clone();
    conn.transaction::<_, ApiError, _>(|conn| {
        async move {
            let Some(link) = models::confirmation_link::find(conn, &token_hash, true).await? else {
                return Ok(None);
            };
            let Some(user) = models::user::find(conn, link.user_id)
                .await?
                .filter(|u| u.active)
            else {
                return Ok(None);
            };
            let now = clock.now();
            let authority = Authority::find_many(conn, &[link.entity_id]).await?.pop();
            let state = state_of(&link, authority.as_ref(), now);
            if state != LinkState::Open {
                return Ok(Some(Outcome::Refused(state)));
            }
            let caller = caller_of(user)?;
            let account = caller.require_account()?.clone();
            let ctx = WriteContext {
                actor: Actor {
                    id: Some(account.id),
                    name: account.email,
                },
                scope: caller.write_scope()?,
                request_id,
                reference: None,
                clock,
                via: Some("reminder"),
            };
            let precondition = Precondition::Versions(vec![link.version]);
            let confirmed: Authority =
                match directory::confirm(conn, &ctx, link.entity_id, Some(&precondition)).await {
                    Ok(confirmed) => confirmed,
                    Err(ApiError::PreconditionFailed) => {
                        return Ok(Some(Outcome::Refused(LinkState::Superseded)))
                    }
                    Err(e) => return Err(e),
                };
            if !models::confirmation_link::spend(conn, &token_hash, now).await? {
                return Err(ApiError::Conflict("the link was used meanwhile".into()));
            }
            Ok(Some(Outcome::Confirmed(Box::new(confirmed))))
        }
        .scope_boxed()
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn redaction_leaves_no_token() {
        let text = "Confirm: https://x.example/fr/confirm/cnar_Ab-9_z\nEdit: https://x.example/fr/console/a/edit\n\
                    https://x.example/en/confirm/cnar_Q";
        let redacted = redact(text);
        assert_eq!(
            redacted,
            "Confirm: https://x.example/fr/confirm/…\nEdit: https://x.example/fr/console/a/edit\n\
             https://x.example/en/confirm/…"
        );
        assert_eq!(redact("no link /confirm/"), "no link /confirm/");
    }
}
