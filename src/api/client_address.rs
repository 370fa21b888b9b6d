//! The address of the client behind a request. Behind a reverse proxy the connection comes from
//! the proxy, so every user would share its address (and its rate limits and sign-in throttle);
//! the proxy names the client in a header. That header is believed only when the connection comes
//! from a proxy the operator trusts (`CNA_TRUSTED_PROXIES`, addresses or CIDR ranges), and only as
//! far back as the chain of trusted hops goes: the client is the last address, reading from the
//! right, that is not a trusted proxy. Anything a client writes into the header itself lies to the
//! left of that and is never read. Which header the proxies set is the operator's choice too
//! (`CNA_TRUSTED_PROXY_HEADER`: `x-forwarded-for`, the default, or `forwarded` of RFC 7239), since a
//! proxy passes the other one through untouched.

use std::net::IpAddr;
use std::str::FromStr;

use actix_web::http::header::HeaderMap;
use ipnet::IpNet;

/// Which header the trusted proxies write the client's address into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProxyHeader {
    #[value(name = "x-forwarded-for")]
    XForwardedFor,
    #[value(name = "forwarded")]
    Forwarded,
}

/// The proxies whose word on the client's address is taken.
#[derive(Debug, Clone)]
pub struct TrustedProxies {
    pub ranges: Vec<IpNet>,
    pub header: ProxyHeader,
}

impl Default for TrustedProxies {
    fn default() -> Self {
        TrustedProxies {
            ranges: Vec::new(),
            header: ProxyHeader::XForwardedFor,
        }
    }
}

/// Parses one trusted proxy: an address (`10.0.0.5`, `::1`) or a range (`10.0.0.0/8`).
pub fn parse_proxy(raw: &str) -> Result<IpNet, String> {
    let raw = raw.trim();
    IpNet::from_str(raw)
        .or_else(|_| IpAddr::from_str(raw).map(IpNet::from))
        .map_err(|_| format!("{raw:?} is neither an IP address nor a CIDR range"))
}

impl TrustedProxies {
    fn trusts(&self, ip: &IpAddr) -> bool {
        let ip = canonical(*ip);
        self.ranges.iter().any(|range| range.contains(&ip))
    }

    /// The client's address: the peer itself unless it is a trusted proxy; then the right-most
    /// address of the forwarding header that is not a trusted proxy (or the left-most hop when
    /// all are, or the last trusted one before an entry that is not an address).
    pub fn client(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        let peer = canonical(peer?);
        if !self.trusts(&peer) {
            return Some(peer);
        }
        let mut client = peer;
        for hop in self.chain(headers).iter().rev() {
            let Some(ip) = hop.map(canonical) else {
                break;
            };
            client = ip;
            if !self.trusts(&ip) {
                break;
            }
        }
        Some(client)
    }

    /// Every hop the header names, left to right; `None` for an entry that is not an address.
    fn chain(&self, headers: &HeaderMap) -> Vec<Option<IpAddr>> {
        let name = match self.header {
            ProxyHeader::XForwardedFor => "x-forwarded-for",
            ProxyHeader::Forwarded => "forwarded",
        };
        let mut hops = Vec::new();
        for value in headers.get_all(name) {
            let Ok(value) = value.to_str() else {
                hops.push(None);
                continue;
            };
            for element in value.split(',') {
                let node = match self.header {
                    ProxyHeader::XForwardedFor => Some(element.trim()),
                    ProxyHeader::Forwarded => element.split(';').find_map(|pair| {
                        let (name, value) = pair.trim().split_once('=')?;
                        name.trim()
                            .eq_ignore_ascii_case("for")
                            .then_some(value.trim())
                    }),
                };
                hops.push(node.and_then(parse_node));
            }
        }
        hops
    }
}

/// An address as a forwarding header writes it: `192.0.2.1`, `192.0.2.1:4711`, `"[2001:db8::1]:80"`,
/// `2001:db8::1`.
fn parse_node(raw: &str) -> Option<IpAddr> {
    let raw = raw.trim().trim_matches('"');
    if let Ok(ip) = IpAddr::from_str(raw) {
        return Some(ip);
    }
    if let Some(rest) = raw.strip_prefix('[') {
        return IpAddr::from_str(rest.split(']').next()?).ok();
    }
    let (host, port) = raw.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    IpAddr::from_str(host).ok().filter(IpAddr::is_ipv4)
}

/// An IPv4 address seen through an IPv6 socket (`::ffff:192.0.2.1`) is that IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// The client address of an actix request, by the trusted proxies configured for the app.
pub fn of(req: &actix_web::HttpRequest) -> Option<IpAddr> {
    let proxies = req.app_data::<actix_web::web::Data<TrustedProxies>>();
    let peer = req.peer_addr().map(|a| a.ip());
    match proxies {
        Some(proxies) => proxies.client(peer, req.headers()),
        None => peer.map(canonical),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_static(name),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    fn ip(raw: &str) -> IpAddr {
        raw.parse().unwrap()
    }

    fn proxies(ranges: &[&str], header: ProxyHeader) -> TrustedProxies {
        TrustedProxies {
            ranges: ranges.iter().map(|r| parse_proxy(r).unwrap()).collect(),
            header,
        }
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_writes() {
        let none = TrustedProxies::default();
        let spoofed = headers(&[
            ("x-forwarded-for", "198.51.100.7"),
            ("forwarded", "for=1.2.3.4"),
        ]);
        assert_eq!(
            none.client(Some(ip("203.0.113.9")), &spoofed),
            Some(ip("203.0.113.9"))
        );
        let some = proxies(&["10.0.0.0/8"], ProxyHeader::XForwardedFor);
        assert_eq!(
            some.client(Some(ip("203.0.113.9")), &spoofed),
            Some(ip("203.0.113.9"))
        );
    }

    #[test]
    fn behind_trusted_proxies_the_right_most_untrusted_hop_is_the_client() {
        let p = proxies(&["10.0.0.0/8", "127.0.0.1"], ProxyHeader::XForwardedFor);
        // The client wrote a first entry itself; the proxy appended the address it saw.
        let h = headers(&[("x-forwarded-for", "6.6.6.6, 198.51.100.7")]);
        assert_eq!(
            p.client(Some(ip("127.0.0.1")), &h),
            Some(ip("198.51.100.7"))
        );
        // Two proxies in a row, and the header split over two lines.
        let h = headers(&[
            ("x-forwarded-for", "6.6.6.6, 198.51.100.7"),
            ("x-forwarded-for", "10.1.1.1"),
        ]);
        assert_eq!(p.client(Some(ip("10.0.0.2")), &h), Some(ip("198.51.100.7")));
        // Without a header the proxy itself is all there is.
        assert_eq!(
            p.client(Some(ip("10.0.0.2")), &HeaderMap::new()),
            Some(ip("10.0.0.2"))
        );
        // Garbage stops the walk at the last trusted hop.
        let h = headers(&[("x-forwarded-for", "198.51.100.7, not-an-address")]);
        assert_eq!(p.client(Some(ip("10.0.0.2")), &h), Some(ip("10.0.0.2")));
        // An IPv4 peer seen through an IPv6 socket is trusted as the IPv4 address.
        let h = headers(&[("x-forwarded-for", "198.51.100.7")]);
        assert_eq!(
            p.client(Some(ip("::ffff:127.0.0.1")), &h),
            Some(ip("198.51.100.7"))
        );
        // The other header is not read.
        let h = headers(&[("forwarded", "for=198.51.100.7")]);
        assert_eq!(p.client(Some(ip("127.0.0.1")), &h), Some(ip("127.0.0.1")));
    }

    #[test]
    fn forwarded_elements_with_ports_quotes_and_brackets() {
        let p = proxies(&["127.0.0.1"], ProxyHeader::Forwarded);
        let h = headers(&[(
            "forwarded",
            "for=6.6.6.6, for=\"[2001:db8:cafe::17]:4711\";proto=https",
        )]);
        assert_eq!(
            p.client(Some(ip("127.0.0.1")), &h),
            Some(ip("2001:db8:cafe::17"))
        );
        let h = headers(&[("forwarded", "proto=http;For=192.0.2.60:8080")]);
        assert_eq!(p.client(Some(ip("127.0.0.1")), &h), Some(ip("192.0.2.60")));
        let h = headers(&[("x-forwarded-for", "198.51.100.7")]);
        assert_eq!(p.client(Some(ip("127.0.0.1")), &h), Some(ip("127.0.0.1")));
    }

    #[test]
    fn proxies_are_addresses_or_ranges() {
        assert!(parse_proxy("10.0.0.0/8").is_ok());
        assert!(parse_proxy(" ::1 ").is_ok());
        assert!(parse_proxy("fd00::/8").is_ok());
        assert!(parse_proxy("proxy.internal").is_err());
        assert!(parse_proxy("10.0.0.0/33").is_err());
    }
}
