//! Rate limits. Every request counts against its client address (`CNA_ADDRESS_RATE_LIMIT` a
//! minute, whoever calls: anonymous, signed in or partner, so that a partner whose key is spent
//! cannot go on reading without it, and guessing keys from one address is bounded too); behind a
//! reverse proxy the address is the client's, as the trusted proxies name it
//! ([`crate::api::client_address`]). A request that presents a partner key also counts against its
//! key (`CNA_PARTNER_RATE_LIMIT` a minute). Liveness and readiness probes count nothing.
//! Windows are fixed minutes per key or address, counted in each server process. A request over
//! either limit gets a 429 problem with `Retry-After`; every answer carries `RateLimit` and
//! `RateLimit-Policy` headers (draft-ietf-httpapi-ratelimit-headers) for the tighter of its
//! limits. A 304 does not count: a conditional request that finds nothing new is given back.
//!
//! A key may also have only so many requests in progress at once (`CNA_PARTNER_CONCURRENCY`), so
//! that one partner reading in parallel cannot take the whole server from writers and other
//! readers. A request holds its place until its answer has been sent to the last byte (a streamed
//! export, a long poll); one more gets a 429 problem with `Retry-After: 1` and counts nothing.

use std::collections::HashMap;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use actix_web::{
    body::{BodySize, BoxBody, EitherBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    http::{header, header::HeaderValue, StatusCode},
    middleware::Next,
    web, Error, ResponseError,
};

use crate::auth::partner_key;
use crate::error::ApiError;

/// The length of a window.
const WINDOW: Duration = Duration::from_secs(60);

/// Windows kept before expired ones are swept.
const SWEEP_AT: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Counted {
    /// A key, by its hash (the key itself is not kept).
    Key(Vec<u8>),
    Address(IpAddr),
}

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    used: u32,
}

/// Where a request stands against one limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the window ends.
    pub reset: u64,
}

/// The limits, the windows counted so far and the requests in progress, shared by a process's
/// workers.
#[derive(Debug)]
pub struct RateLimits {
    per_key: u32,
    per_address: u32,
    at_once: u32,
    windows: Mutex<HashMap<Counted, Window>>,
    /// Requests in progress per key hash.
    in_progress: Mutex<HashMap<Vec<u8>, u32>>,
}

impl RateLimits {
    /// Requests a minute per key and per address, and requests at once per key; 0 turns a limit
    /// off.
    pub fn new(per_key: u32, per_address: u32, at_once: u32) -> Self {
        RateLimits {
            per_key,
            per_address,
            at_once,
            windows: Mutex::new(HashMap::new()),
            in_progress: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a place among the key's requests in progress, or `None` when they are all taken.
    fn enter(limits: &web::Data<RateLimits>, key: &[u8]) -> Option<InProgress> {
        if limits.at_once == 0 {
            return Some(InProgress(None));
        }
        let mut in_progress = limits.in_progress.lock().unwrap_or_else(|e| e.into_inner());
        let count = in_progress.entry(key.to_vec()).or_insert(0);
        if *count >= limits.at_once {
            return None;
        }
        *count += 1;
        Some(InProgress(Some((limits.clone(), key.to_vec()))))
    }

    /// Counts a request; `Err` with the standing when the limit is reached (the request is not
    /// counted then).
    fn take(&self, counted: &Counted, limit: u32, now: Instant) -> Result<Standing, Standing> {
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        if windows.len() >= SWEEP_AT {
            windows.retain(|_, w| now.duration_since(w.started) < WINDOW);
        }
        let window = windows.entry(counted.clone()).or_insert(Window {
            started: now,
            used: 0,
        });
        if now.duration_since(window.started) >= WINDOW {
            *window = Window {
                started: now,
                used: 0,
            };
        }
        let reset = (WINDOW - now.duration_since(window.started))
            .as_secs_f64()
            .ceil() as u64;
        if window.used >= limit {
            return Err(Standing {
                limit,
                remaining: 0,
                reset,
            });
        }
        window.used += 1;
        Ok(Standing {
            limit,
            remaining: limit - window.used,
            reset,
        })
    }

    /// Gives a counted request back (within the same window).
    fn give_back(&self, counted: &Counted, now: Instant) {
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(window) = windows.get_mut(counted) {
            if now.duration_since(window.started) < WINDOW {
                window.used = window.used.saturating_sub(1);
            }
        }
    }

    /// Counts a request against its address and its partner key, if any, the address first.
    fn admit(
        &self,
        key: Option<&[u8]>,
        address: Option<IpAddr>,
        now: Instant,
    ) -> Result<Admitted, Standing> {
        let mut limits = Vec::new();
        if let (Some(address), true) = (address, self.per_address > 0) {
            limits.push((Counted::Address(address), self.per_address));
        }
        if let (Some(key), true) = (key, self.per_key > 0) {
            limits.push((Counted::Key(key.to_vec()), self.per_key));
        }
        let mut counted: Vec<(Counted, Standing)> = Vec::new();
        for (what, limit) in limits {
            match self.take(&what, limit, now) {
                Ok(standing) => counted.push((what, standing)),
                Err(refused) => {
                    for (what, _) in &counted {
                        self.give_back(what, now);
                    }
                    return Err(refused);
                }
            }
        }
        // The tighter of the two is what the client is told.
        let tightest = counted.iter().map(|(_, s)| *s).min_by_key(|s| s.remaining);
        Ok(Admitted {
            counted: counted.into_iter().map(|(what, _)| what).collect(),
            tightest,
        })
    }
}

/// A request's place among its key's requests in progress, given back when dropped.
#[derive(Debug)]
struct InProgress(Option<(web::Data<RateLimits>, Vec<u8>)>);

impl Drop for InProgress {
    fn drop(&mut self) {
        let Some((limits, key)) = self.0.take() else {
            return;
        };
        let mut in_progress = limits.in_progress.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = in_progress.get_mut(&key) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                in_progress.remove(&key);
            }
        }
    }
}

/// An answer's body that holds its request's place until it has been sent (or dropped).
struct Holding<B> {
    body: Pin<Box<B>>,
    _place: InProgress,
}

impl<B: MessageBody> MessageBody for Holding<B> {
    type Error = B::Error;

    fn size(&self) -> BodySize {
        self.body.size()
    }

    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<actix_web::web::Bytes, Self::Error>>> {
        self.get_mut().body.as_mut().poll_next(cx)
    }
}

/// A request let through: what it was counted against, and the tighter standing.
#[derive(Debug)]
struct Admitted {
    counted: Vec<Counted>,
    tightest: Option<Standing>,
}

fn set_headers(headers: &mut header::HeaderMap, standing: Standing) {
    let policy = format!("{};w={}", standing.limit, WINDOW.as_secs());
    let current = format!(
        "limit={}, remaining={}, reset={}",
        standing.limit, standing.remaining, standing.reset
    );
    for (name, value) in [("ratelimit-policy", policy), ("ratelimit", current)] {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(header::HeaderName::from_static(name), value);
        }
    }
}

/// The partner key a request presents, if any.
fn presented_key(req: &ServiceRequest) -> Option<&str> {
    crate::auth::bearer_credential(req.headers())?
        .ok()
        .filter(|credential| partner_key::is_partner_key(credential))
}

/// Paths that count against no limit: the probes of load balancers and orchestrators.
fn exempt(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz")
}

/// The middleware; see the module documentation. A partner's answer is boxed with its place among
/// the key's requests in progress; every other answer passes through as it is.
pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody, BoxBody>>, Error> {
    let Some(limits) = req.app_data::<web::Data<RateLimits>>().cloned() else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    if exempt(req.path()) {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let key = presented_key(&req).map(partner_key::hash);
    let place = match &key {
        Some(key) => match RateLimits::enter(&limits, key) {
            Some(place) => Some(place),
            None => {
                let response = ApiError::TooManyAtOnce {
                    limit: limits.at_once,
                }
                .error_response();
                return Ok(req.into_response(response).map_into_right_body());
            }
        },
        None => None,
    };
    let address = crate::api::client_address::of(req.request());
    let now = Instant::now();
    let Admitted { counted, tightest } = match limits.admit(key.as_deref(), address, now) {
        Ok(admitted) => admitted,
        Err(refused) => {
            let mut response = ApiError::TooManyRequests {
                retry_after_secs: refused.reset.max(1),
            }
            .error_response();
            set_headers(response.headers_mut(), refused);
            return Ok(req.into_response(response).map_into_right_body());
        }
    };
    let mut response = next.call(req).await?;
    let mut tightest = tightest;
    if response.status() == StatusCode::NOT_MODIFIED {
        for what in &counted {
            limits.give_back(what, Instant::now());
        }
        tightest = tightest.map(|s| Standing {
            remaining: s.remaining + 1,
            ..s
        });
    }
    if let Some(standing) = tightest {
        set_headers(response.headers_mut(), standing);
    }
    Ok(match place {
        None => response.map_into_left_body(),
        Some(place) => response.map_body(|_, body| {
            EitherBody::right(BoxBody::new(Holding {
                body: Box::pin(body),
                _place: place,
            }))
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_counts_refuses_then_resets() {
        let limits = RateLimits::new(3, 0, 0);
        let start = Instant::now();
        let key = b"k".to_vec();
        for remaining in [2, 1, 0] {
            let admitted = limits.admit(Some(&key), None, start).unwrap();
            assert_eq!(admitted.tightest.unwrap().remaining, remaining);
        }
        let refused = limits.admit(Some(&key), None, start).unwrap_err();
        assert_eq!(
            (refused.limit, refused.remaining, refused.reset),
            (3, 0, 60)
        );
        // Another key has its own window.
        assert!(limits.admit(Some(b"other"), None, start).is_ok());
        // A request given back can be made again.
        limits.give_back(&Counted::Key(key.clone()), start);
        assert!(limits.admit(Some(&key), None, start).is_ok());
        // The next window starts afresh.
        let later = start + WINDOW;
        assert_eq!(
            limits
                .admit(Some(&key), None, later)
                .unwrap()
                .tightest
                .unwrap()
                .remaining,
            2
        );
    }

    #[test]
    fn the_address_limit_holds_across_keys_and_a_refusal_counts_nothing() {
        let limits = RateLimits::new(2, 3, 0);
        let now = Instant::now();
        let address: IpAddr = "192.0.2.1".parse().unwrap();
        assert!(limits.admit(Some(b"a"), Some(address), now).is_ok());
        assert!(limits.admit(Some(b"a"), Some(address), now).is_ok());
        // Key "a" is spent; its refusal does not use the address's third request.
        assert!(limits.admit(Some(b"a"), Some(address), now).is_err());
        assert!(limits.admit(Some(b"b"), Some(address), now).is_ok());
        // The address is spent, whichever key.
        let refused = limits.admit(Some(b"c"), Some(address), now).unwrap_err();
        assert_eq!(refused.limit, 3);
        // So is a request without a key.
        assert!(limits.admit(None, Some(address), now).is_err());
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        assert_eq!(
            limits
                .admit(None, Some(other), now)
                .unwrap()
                .tightest
                .unwrap()
                .remaining,
            2
        );
    }
}
