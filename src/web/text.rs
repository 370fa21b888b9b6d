//! Record texts as pages show them: in the record's own language first, then in the interface
//! language when a translation exists, each marked with its language and direction.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::i18n::Lang;
use crate::domain::LanguageCode;

/// A text in a known language.
#[derive(Debug, Clone)]
pub struct Text {
    pub lang: String,
    pub dir: &'static str,
    pub text: String,
}

/// The direction of text in a language (ISO 639-1).
pub fn dir_of(code: &str) -> &'static str {
    match code {
        "ar" | "fa" | "he" | "ur" | "ps" | "dv" | "yi" | "ku" | "sd" | "ug" => "rtl",
        _ => "ltr",
    }
}

/// The texts to show of `texts`: the original, then the interface language's when it differs.
/// When the original is missing, the interface language's, else English, else any.
pub fn shown(
    texts: &BTreeMap<LanguageCode, String>,
    original: &LanguageCode,
    lang: Lang,
) -> Vec<Text> {
    let text = |code: &LanguageCode, t: &String| Text {
        lang: code.as_str().to_owned(),
        dir: dir_of(code.as_str()),
        text: t.clone(),
    };
    let mut out = Vec::new();
    if let Some(t) = texts.get(original) {
        out.push(text(original, t));
    }
    if let Some((code, t)) = texts.iter().find(|(c, _)| c.as_str() == lang.code()) {
        if code != original {
            out.push(text(code, t));
        }
    }
    if out.is_empty() {
        if let Some((code, t)) = texts
            .iter()
            .find(|(c, _)| c.as_str() == "en")
            .or_else(|| texts.iter().next())
        {
            out.push(text(code, t));
        }
    }
    out
}

/// The one text to use as a title: the interface language's, else the original, else any.
pub fn title(
    texts: &BTreeMap<LanguageCode, String>,
    original: &LanguageCode,
    lang: Lang,
) -> String {
    texts
        .iter()
        .find(|(c, _)| c.as_str() == lang.code())
        .map(|(_, t)| t)
        .or_else(|| texts.get(original))
        .or_else(|| texts.values().next())
        .cloned()
        .unwrap_or_default()
}

/// A date as pages show it: ISO 8601, which reads the same in every language.
pub fn date(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// An instant to the second, in UTC.
pub fn moment(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(c: &str) -> LanguageCode {
        LanguageCode::parse(c).unwrap()
    }

    #[test]
    fn the_original_comes_first_then_the_interface_language() {
        let texts: BTreeMap<_, _> = [
            (code("en"), "Ministry".to_owned()),
            (code("fr"), "Ministère".to_owned()),
        ]
        .into();
        let shown_fr = shown(&texts, &code("fr"), Lang::En);
        assert_eq!(
            shown_fr.iter().map(|t| t.lang.as_str()).collect::<Vec<_>>(),
            ["fr", "en"]
        );
        assert_eq!(shown(&texts, &code("fr"), Lang::Fr).len(), 1);
        assert_eq!(shown(&texts, &code("fr"), Lang::Zh).len(), 1);
        assert_eq!(shown(&texts, &code("ar"), Lang::Zh)[0].lang, "en");
        assert_eq!(title(&texts, &code("fr"), Lang::En), "Ministry");
        assert_eq!(dir_of("ar"), "rtl");
    }
}
