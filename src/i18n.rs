//! The interface languages and their messages: those of the pages (`web.ftl`) and of the e-mails
//! the service sends (`mail.ftl`). Messages are Fluent files, one folder per language under
//! `locales/`, compiled into the binary; English is the reference, and a test fails when a
//! message of English is missing in another language or a language has one English does not.

use std::sync::LazyLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};

/// An interface language: the six official languages of the United Nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the order the United Nations lists them.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, for the language switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// The writing direction, for `dir`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(2)
    }

    /// The message `key`; the key itself when it is missing (a test keeps every key present).
    pub fn t(self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with its variables.
    pub fn t_with(self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.format(key, Some(&fluent))
    }

    fn format(self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = &BUNDLES[self.index()];
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(key, lang = self.code(), "missing interface message");
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                key,
                lang = self.code(),
                ?errors,
                "interface message did not format"
            );
        }
        text.into_owned()
    }

    /// The best of the six for an `Accept-Language` header (RFC 9110 12.5.4): the supported
    /// language with the highest weight, by primary subtag; English when none is acceptable.
    pub fn negotiate(accept_language: Option<&str>) -> Lang {
        let mut best: Option<(Lang, f32)> = None;
        for item in accept_language.unwrap_or_default().split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag
                .split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            if let Some(lang) = Lang::parse(&primary) {
                if weight > 0.0 && best.is_none_or(|(_, w)| weight > w) {
                    best = Some((lang, weight));
                }
            }
        }
        best.map(|(lang, _)| lang).unwrap_or(Lang::En)
    }
}

/// The message files, in the order of [`Lang::ALL`].
pub const SOURCES: [(&str, &str); 6] = [
    (
        "ar",
        concat!(
            include_str!("../locales/ar/web.ftl"),
            "\n",
            include_str!("../locales/ar/mail.ftl")
        ),
    ),
    (
        "zh",
        concat!(
            include_str!("../locales/zh/web.ftl"),
            "\n",
            include_str!("../locales/zh/mail.ftl")
        ),
    ),
    (
        "en",
        concat!(
            include_str!("../locales/en/web.ftl"),
            "\n",
            include_str!("../locales/en/mail.ftl")
        ),
    ),
    (
        "fr",
        concat!(
            include_str!("../locales/fr/web.ftl"),
            "\n",
            include_str!("../locales/fr/mail.ftl")
        ),
    ),
    (
        "ru",
        concat!(
            include_str!("../locales/ru/web.ftl"),
            "\n",
            include_str!("../locales/ru/mail.ftl")
        ),
    ),
    (
        "es",
        concat!(
            include_str!("../locales/es/web.ftl"),
            "\n",
            include_str!("../locales/es/mail.ftl")
        ),
    ),
];

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(code, source)| {
            let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Directional isolation marks are left out: pages mark direction with `dir` and `bdi`.
            bundle.set_use_isolating(false);
            let resource =
                FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, e)| {
                    tracing::error!(lang = code, ?e, "interface messages have syntax errors");
                    r
                });
            if let Err(e) = bundle.add_resource(resource) {
                tracing::error!(lang = code, ?e, "interface messages are defined twice");
            }
            bundle
        })
        .collect()
});

/// The message ids a Fluent source defines.
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_language_has_exactly_the_messages_of_english() {
        let english: BTreeSet<String> = message_ids(SOURCES[2].1).unwrap().into_iter().collect();
        assert!(english.len() > 50, "{english:?}");
        for (code, source) in SOURCES {
            let ids = message_ids(source).unwrap_or_else(|e| panic!("{code}: {e}"));
            let set: BTreeSet<String> = ids.iter().cloned().collect();
            assert_eq!(set.len(), ids.len(), "{code} defines a message twice");
            let missing: Vec<_> = english.difference(&set).collect();
            let extra: Vec<_> = set.difference(&english).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{code} has messages English does not: {extra:?}"
            );
        }
    }

    #[test]
    fn every_message_formats_in_every_language() {
        let english = message_ids(SOURCES[2].1).unwrap();
        for lang in Lang::ALL {
            for key in &english {
                let text = lang.t_with(
                    key,
                    &[
                        ("count", FluentValue::from(3)),
                        ("name", FluentValue::from("X")),
                        ("date", FluentValue::from("2026-01-01")),
                        ("from", FluentValue::from(1)),
                        ("to", FluentValue::from(2)),
                        ("total", FluentValue::from(3)),
                        ("confirmed", FluentValue::from(2)),
                        ("until", FluentValue::from("2027-01-01")),
                        ("month", FluentValue::from("2026-12")),
                        ("link", FluentValue::from("https://cna.example.org/en/x")),
                    ],
                );
                assert!(!text.is_empty() && text != *key, "{}: {key}", lang.code());
            }
        }
    }

    #[test]
    fn accept_language_picks_the_heaviest_supported_language() {
        assert_eq!(Lang::negotiate(None), Lang::En);
        assert_eq!(Lang::negotiate(Some("de-DE, fr;q=0.8, ar;q=0.9")), Lang::Ar);
        assert_eq!(Lang::negotiate(Some("zh-Hant-TW")), Lang::Zh);
        assert_eq!(Lang::negotiate(Some("ES-mx;q=0.5, ru;q=0")), Lang::Es);
        assert_eq!(Lang::negotiate(Some("*")), Lang::En);
        assert_eq!(Lang::negotiate(Some(";;,q=,fr;q=x")), Lang::Fr);
    }
}
