//! The files pages load (style sheet, icon, the small script that enhances forms), compiled into
//! the binary. Each is served under a name carrying a digest of its content
//! (`/assets/app.1a2b3c4d5e6f.css`), so it may be cached for a year: a changed file has a new name.
//! Compression is the server's (`Content-Encoding: gzip` when asked for).

use std::sync::LazyLock;

use actix_web::{http::header, web, HttpResponse};
use sha2::{Digest, Sha256};

struct Asset {
    /// The name templates use (`app.css`).
    name: &'static str,
    /// The name it is served under (`app.1a2b3c4d5e6f.css`).
    served: String,
    content_type: &'static str,
    body: &'static [u8],
}

const FILES: [(&str, &str, &[u8]); 3] = [
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/app.css"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/app.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../../assets/favicon.svg"),
    ),
];

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(name, content_type, body)| {
            let digest = Sha256::digest(body);
            let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
            let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
            Asset {
                name,
                served: format!("{stem}.{hex}.{extension}"),
                content_type,
                body,
            }
        })
        .collect()
});

/// The URL of the asset templates call `name`.
pub fn url(name: &str) -> String {
    ASSETS
        .iter()
        .find(|a| a.name == name)
        .map(|a| format!("/assets/{}", a.served))
        .unwrap_or_else(|| format!("/assets/{name}"))
}

/// `GET /assets/{file}`: the asset under its fingerprinted name, cacheable for a year.
pub async fn serve(file: web::Path<String>) -> HttpResponse {
    match ASSETS.iter().find(|a| a.served == *file) {
        Some(asset) => HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, asset.content_type))
            .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
            .body(asset.body),
        None => HttpResponse::NotFound()
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .insert_header((header::CONTENT_TYPE, "text/plain; charset=utf-8"))
            .body("no such asset"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn served_names_carry_a_digest_of_the_content() {
        let css = url("app.css");
        assert!(
            css.starts_with("/assets/app.") && css.ends_with(".css"),
            "{css}"
        );
        assert_eq!(css.len(), "/assets/app..css".len() + 12);
        assert_ne!(url("app.js"), "/assets/app.js");
    }
}
