//! Problem documents for the errors the HTTP layer answers itself. A request that cannot be parsed
//! as HTTP (a request line with characters a URI may not hold, such as `cursor=<next_cursor>`
//! pasted as it stands, or headers larger than the server reads) never reaches a route: actix-http
//! answers it with a bare `400 Bad Request` or `431 Request Header Fields Too Large` and an empty
//! body, then closes the connection. [`ProblemIo`] wraps each connection and puts a problem
//! document into that answer, so that every error a client sees is one, as the contract says.
//!
//! Only those answers are touched: a response head at the start of a write, with status 400 or 431
//! and `content-length: 0`. No route answers that way (every error of theirs carries a problem
//! document, see `error::problems_everywhere`), so nothing else is rewritten.

use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use actix_web::http::StatusCode;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::error::ApiError;

/// A connection whose bare error answers become problem documents.
pub struct ProblemIo<T> {
    inner: T,
    /// Bytes of a rewritten answer still to be written.
    pending: Vec<u8>,
    written: usize,
}

impl<T> ProblemIo<T> {
    pub fn new(inner: T) -> Self {
        ProblemIo {
            inner,
            pending: Vec::new(),
            written: 0,
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The answer `buf` should have been, when it starts with a bare 400 or 431 head.
fn rewrite(buf: &[u8]) -> Option<Vec<u8>> {
    if buf.len() < 13 || !buf.starts_with(b"HTTP/1.") || buf[8] != b' ' {
        return None;
    }
    let status = match &buf[9..13] {
        b"400 " => StatusCode::BAD_REQUEST,
        b"431 " => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        _ => return None,
    };
    let end = find(buf, b"\r\n\r\n")?;
    let head = &buf[..end];
    let lower = head.to_ascii_lowercase();
    // Bare: the body is empty (this header ends the head, or another follows it).
    let bare = lower.ends_with(b"\r\ncontent-length: 0")
        || find(&lower, b"\r\ncontent-length: 0\r\n").is_some();
    if !bare {
        return None;
    }
    let detail = if status == StatusCode::BAD_REQUEST {
        "the request could not be read as HTTP: check the request line (a URI may not hold \
         spaces, quotes, < or >; percent-encode them) and the headers"
    } else {
        "the request headers are larger than the server reads"
    };
    let problem = ApiError::Http {
        status,
        detail: detail.into(),
    }
    .problem();
    let body = serde_json::to_vec(&problem).ok()?;
    let mut out = Vec::with_capacity(end + body.len() + 160);
    for (i, line) in head.split(|b| *b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if i > 0 && line.to_ascii_lowercase().starts_with(b"content-length:") {
            continue;
        }
        out.extend_from_slice(line);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"content-type: application/problem+json\r\n");
    out.extend_from_slice(b"x-content-type-options: nosniff\r\n");
    out.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&buf[end + 4..]);
    Some(out)
}

impl<T: AsyncWrite + Unpin> ProblemIo<T> {
    /// Writes what is pending; ready when nothing is.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.pending.len() {
            let n =
                ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        self.pending.clear();
        self.written = 0;
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for ProblemIo<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for ProblemIo<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        if let Some(replacement) = rewrite(buf) {
            // Taken whole; written out by this call and the next ones.
            this.pending = replacement;
            this.written = 0;
            if let Poll::Ready(Err(e)) = this.drain(cx) {
                return Poll::Ready(Err(e));
            }
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_errors_become_problems_and_nothing_else_changes() {
        let bare = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\ndate: x\r\n\r\n";
        let out = String::from_utf8(rewrite(bare).unwrap()).unwrap();
        let (head, body) = out.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{head}");
        assert!(
            head.contains("connection: close") && head.contains("date: x"),
            "{head}"
        );
        assert!(
            head.contains("content-type: application/problem+json"),
            "{head}"
        );
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{head}"
        );
        let problem: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(
            (problem["status"].as_u64(), problem["type"].as_str()),
            (Some(400), Some("urn:cna:problem:http"))
        );
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n";
        assert!(String::from_utf8(rewrite(bare).unwrap())
            .unwrap()
            .contains("\"status\":431"));
        for kept in [
            &b"HTTP/1.1 400 Bad Request\r\ncontent-length: 90\r\ncontent-type: application/problem+json\r\n\r\n{}"[..],
            b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n",
            b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n",
            b"{\"a\": 1}",
            b"",
        ] {
            assert!(rewrite(kept).is_none());
        }
    }
}
