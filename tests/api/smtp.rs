//! A real SMTP server for the tests, on 127.0.0.1: the SMTP state machine of the `mailin` crate
//! driven over TCP, keeping every message it accepts. It can be stopped and started again on the
//! same port, to play an SMTP server that is down for a while.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// A message as the server received it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

impl Mail {
    fn split(&self) -> (&str, &str) {
        self.data
            .split_once("\r\n\r\n")
            .unwrap_or((self.data.as_str(), ""))
    }

    /// A header's value, unfolded and with its encoded words (RFC 2047) decoded.
    pub fn header(&self, name: &str) -> Option<String> {
        let (head, _) = self.split();
        let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
        unfolded.split("\r\n").find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name)
                .then(|| decode_words(value.trim()))
        })
    }

    pub fn subject(&self) -> String {
        self.header("Subject").unwrap_or_default()
    }

    /// The text of the body (base64 or 7-bit), with its lines ended by `\n`.
    pub fn body(&self) -> String {
        let (_, body) = self.split();
        let encoding = self
            .header("Content-Transfer-Encoding")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if encoding == "base64" {
            let compact: String = body.split_whitespace().collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(compact)
                .expect("a base64 body");
            String::from_utf8(bytes)
                .expect("a UTF-8 body")
                .replace("\r\n", "\n")
        } else {
            body.replace("\r\n", "\n")
        }
    }

    /// The links of the body that start with `prefix`.
    pub fn links(&self, prefix: &str) -> Vec<String> {
        self.body()
            .split_whitespace()
            .filter(|word| word.starts_with(prefix))
            .map(str::to_owned)
            .collect()
    }
}

/// Decodes the encoded words (`=?utf-8?b?...?=` and `=?utf-8?q?...?=`) of a header value.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut last_was_word = false;
    for token in value.split(' ') {
        let word = token
            .strip_prefix("=?")
            .and_then(|t| t.strip_suffix("?="))
            .and_then(|t| {
                let mut parts = t.splitn(3, '?');
                let _charset = parts.next()?;
                let encoding = parts.next()?;
                let text = parts.next()?;
                let bytes = match encoding {
                    "b" | "B" => base64::engine::general_purpose::STANDARD
                        .decode(text)
                        .ok()?,
                    "q" | "Q" => decode_q(text),
                    _ => return None,
                };
                String::from_utf8(bytes).ok()
            });
        match word {
            Some(text) => {
                out.push_str(&text);
                last_was_word = true;
            }
            None => {
                if !out.is_empty() || last_was_word {
                    out.push(' ');
                }
                out.push_str(token);
                last_was_word = false;
            }
        }
    }
    out
}

fn decode_q(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'_' => out.push(b' '),
            b'=' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("3F");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    out
}

#[derive(Clone, Default)]
struct Collect {
    inbox: Arc<Mutex<Vec<Mail>>>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

impl mailin::Handler for Collect {
    fn data_start(
        &mut self,
        _domain: &str,
        from: &str,
        _is8bit: bool,
        to: &[String],
    ) -> mailin::Response {
        self.from = from.to_owned();
        self.to = to.to_vec();
        self.data.clear();
        mailin::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin::Response {
        self.inbox.lock().unwrap().push(Mail {
            from: std::mem::take(&mut self.from),
            to: std::mem::take(&mut self.to),
            data: String::from_utf8_lossy(&std::mem::take(&mut self.data)).into_owned(),
        });
        mailin::response::OK
    }
}

/// An SMTP server listening on 127.0.0.1.
pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Mutex<Vec<Mail>>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl SmtpServer {
    /// A server on a free port.
    pub async fn start() -> SmtpServer {
        Self::start_on(0).await
    }

    /// A port on which nothing listens (yet).
    pub fn free_port() -> u16 {
        std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    }

    /// A server on `port` (0: a free one).
    pub async fn start_on(port: u16) -> SmtpServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let inbox: Arc<Mutex<Vec<Mail>>> = Arc::default();
        let handler = Collect {
            inbox: Arc::clone(&inbox),
            ..Collect::default()
        };
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let handler = handler.clone();
                tokio::spawn(async move {
                    let (read, mut write) = stream.into_split();
                    let mut session = mailin::SessionBuilder::new("smtp.test.example")
                        .build(IpAddr::V4(Ipv4Addr::LOCALHOST), handler);
                    let greeting = session.greeting().buffer().unwrap();
                    if write.write_all(&greeting).await.is_err() {
                        return;
                    }
                    let mut read = BufReader::new(read);
                    let mut line = Vec::new();
                    loop {
                        line.clear();
                        match read.read_until(b'\n', &mut line).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                        let response = session.process(&line);
                        match response.action {
                            mailin::Action::NoReply => {}
                            mailin::Action::Reply => {
                                let bytes = response.buffer().unwrap();
                                if write.write_all(&bytes).await.is_err() {
                                    return;
                                }
                            }
                            mailin::Action::Close | mailin::Action::UpgradeTls => {
                                let bytes = response.buffer().unwrap();
                                let _ = write.write_all(&bytes).await;
                                return;
                            }
                        }
                    }
                });
            }
        });
        SmtpServer {
            port,
            inbox,
            task: Some(task),
        }
    }

    /// The URL the service is configured with to send through this server.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// What it received so far.
    pub fn received(&self) -> Vec<Mail> {
        self.inbox.lock().unwrap().clone()
    }

    /// Waits until it has received at least `count` messages (at most 30 s); all of them.
    pub async fn wait_for(&self, count: usize) -> Vec<Mail> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{count} message(s) expected, {} received",
                received.len()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Stops listening (connections in progress end with it).
    pub fn stop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}
