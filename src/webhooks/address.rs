//! Where a webhook may point. A partner chooses the URL, and the server calls it: unless told
//! otherwise (`CNA_WEBHOOK_PRIVATE_ADDRESSES`, for a portal inside the same network), the server
//! calls public addresses only, so that a URL cannot make it reach into its own network (loopback,
//! private and link-local ranges, among them the cloud metadata address 169.254.169.254).
//!
//! The rule holds at both ends: a URL naming a non-public address (or `localhost`) is refused when
//! it is registered, and at delivery a name is resolved by [`PublicOnly`], which keeps only public
//! addresses, so a name that resolves (or is later made to resolve) inside the network is not
//! called either. (Behind an outgoing proxy set with `HTTPS_PROXY`, names are resolved by the
//! proxy, and the proxy's own policy decides.)

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Whether `ip` is reachable on the public Internet: not loopback, private, link-local, shared
/// (carrier-grade NAT), multicast, reserved or for documentation.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space, RFC 6598
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d)
    // addresses lead to the IPv4 address inside them.
    let embedded = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    if s[..5] == [0; 5] && (s[5] == 0xffff || (s[5] == 0 && !(s[6] == 0 && s[7] <= 1))) {
        return is_public_v4(embedded);
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return is_public_v4(embedded);
    }
    // 6to4 (2002:a.b.c.d::/48) leads to the IPv4 address in its second and third groups.
    if s[0] == 0x2002 {
        let relay = Ipv4Addr::new((s[1] >> 8) as u8, s[1] as u8, (s[2] >> 8) as u8, s[2] as u8);
        return is_public_v4(relay);
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00 // unique local
        || (s[0] & 0xffc0) == 0xfe80 // link-local
        || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated, still routed inside some networks)
        || (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1) // local-use NAT64, RFC 8215
        || s[..4] == [0x100, 0, 0, 0] // discard-only, RFC 6666
        || (s[0] == 0x2001 && s[1] == 0) // Teredo: the IPv4 address inside is hidden
        || (s[0] == 0x2001 && s[1] == 2 && s[2] == 0) // benchmarking
        || (s[0] == 0x2001 && (s[1] & 0xfff0) == 0x10) // ORCHID
        || (s[0] == 0x2001 && s[1] == 0x0db8)) // documentation
}

/// Why the server will not call `url` (when it names a non-public address or `localhost`), or
/// `None`. A name is only checked when it is resolved, at delivery.
pub fn refused(url: &url::Url) -> Option<String> {
    let host = url.host()?;
    let ip = match host {
        url::Host::Ipv4(v4) => IpAddr::V4(v4),
        url::Host::Ipv6(v6) => IpAddr::V6(v6),
        url::Host::Domain(name) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            if name == "localhost" || name.ends_with(".localhost") {
                return Some(format!("{name} is this machine"));
            }
            return None;
        }
    };
    (!is_public(ip)).then(|| format!("{ip} is not a public address"))
}

/// Resolves names to their public addresses only; a name with none fails to resolve.
#[derive(Debug, Clone, Copy)]
pub struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let resolved: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<SocketAddr> =
                resolved.into_iter().filter(|a| is_public(a.ip())).collect();
            if public.is_empty() {
                return Err(format!("{host} has no public address").into());
            }
            Ok(Box::new(public.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn public(raw: &str) -> bool {
        is_public(raw.parse().unwrap())
    }

    #[test]
    fn only_public_addresses_are_public() {
        for inside in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2001:db8::1",
            "2002:7f00:1::",
            "2002:a00:1::1",
            "2002:c0a8:101::1",
            "64:ff9b:1::7f00:1",
            "64:ff9b:1::808:808",
            "fec0::1",
            "feff::1",
            "100::1",
            "2001::1",
            "2001:2::1",
            "2001:10::1",
        ] {
            assert!(!public(inside), "{inside}");
        }
        for outside in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "2606:4700:4700::1111",
            "::ffff:8.8.8.8",
            "2002:808:808::1",
            "64:ff9b::808:808",
            "2a00:1450:4001::1",
        ] {
            assert!(public(outside), "{outside}");
        }
    }

    #[test]
    fn urls_naming_this_machine_or_its_network_are_refused() {
        for url in [
            "http://127.0.0.1:8080/hook",
            "http://localhost/hook",
            "https://api.localhost./hook",
            "http://[::1]/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://2130706433/hook",
            "http://0x7f.1/hook",
            "http://10.0.0.1/hook",
            "http://[2002:7f00:1::]/",
            "http://[64:ff9b:1::7f00:1]/",
            "http://[fec0::1]/",
        ] {
            assert!(refused(&url::Url::parse(url).unwrap()).is_some(), "{url}");
        }
        for url in ["https://portal.example/hooks/cna", "https://8.8.8.8/hook"] {
            assert_eq!(refused(&url::Url::parse(url).unwrap()), None, "{url}");
        }
    }

    #[tokio::test]
    async fn a_name_that_resolves_inside_this_machine_does_not_resolve() {
        let name: Name = "localhost".parse().unwrap();
        let Err(e) = PublicOnly.resolve(name).await else {
            panic!("localhost resolved to a public address");
        };
        assert!(e.to_string().contains("no public address"), "{e}");
    }
}
