//! The problems the library finds in a document, in the interface language. The library words
//! them in English for the API; each wording it uses is listed here with the message that says it
//! in every language (`problem-*` in `locales/`), the variable parts (codes, numbers, dates) carried
//! over as they are. A wording not listed is shown as the library wrote it.

use fluent_bundle::FluentValue;

use super::i18n::Lang;

/// Each wording of the library, with `{name}` where a variable part stands, and its message. A
/// more specific wording comes before one that would also match its text.
const CATALOGUE: &[(&str, &str)] = &[
    ("problem-required", "is required"),
    ("problem-blank", "must not be blank"),
    ("problem-unknown-member", "is not a member of this document"),
    ("problem-string", "must be a string"),
    ("problem-string-or-null", "must be a string or null"),
    ("problem-whole-number", "must be a whole number"),
    ("problem-whole-number-or-null", "must be a whole number or null"),
    ("problem-list", "must be a list"),
    ("problem-boolean", "must be true or false"),
    ("problem-object", "must be an object"),
    ("problem-uuid", "must be a UUID"),
    ("problem-date", "must be a date (YYYY-MM-DD)"),
    ("problem-date-exists", "must be a date that exists, as YYYY-MM-DD"),
    ("problem-time", "must be an RFC 3339 time"),
    ("problem-too-large", "is too large"),
    ("problem-future", "must not be in the future"),
    ("problem-before", "must not be before {date}"),
    ("problem-competence-code", "must be a competence code such as MLA or EXTRADITION"),
    ("problem-taxonomy-code", "must be a taxonomy code such as MONEY_LAUNDERING"),
    ("problem-region-code", "must be a three-digit UN M49 region code such as 002"),
    ("problem-email-length", "must be a valid e-mail address of at most 254 characters"),
    ("problem-email", "must be a valid e-mail address"),
    ("problem-timezone", "must be an IANA time zone such as Europe/Paris"),
    ("problem-country-code", "must be an ISO 3166-1 alpha-3 country code such as KEN"),
    ("problem-language-code", "must be an ISO 639-1 two-letter language code such as fr"),
    ("problem-url", "must be an absolute http or https address"),
    ("problem-article", "must be an article id such as UNTOC-18"),
    (
        "problem-phone",
        "must be an international number: +, country code and 4 to 15 digits in all, spaces allowed",
    ),
    ("problem-one-of", "must be one of: {values}"),
    ("problem-one-of-schema", "must be one of {values}"),
    ("problem-range", "must be from {min} to {max}"),
    ("problem-max-length", "must be at most {max} characters long"),
    ("problem-length", "must be {min} to {max} characters long"),
    ("problem-max-items", "at most {max} items"),
    ("problem-max-charges", "at most {max} charges"),
    ("problem-max-languages", "at most {max} languages"),
    ("problem-max-parties", "at most {max} groups of parties"),
    ("problem-max-contacts", "at most {max} contact persons"),
    ("problem-max-provisions", "at most {max} provisions"),
    ("problem-one-designation", "at most one designation per competence ({max})"),
    ("problem-own-ancestor", "a record cannot be its own ancestor"),
    (
        "problem-other-state",
        "a record cannot move to another State (it belongs to {country})",
    ),
    ("problem-a-competence", "an authority holds at least one competence"),
    ("problem-reference-taken", "another case has this reference"),
    (
        "problem-original-name",
        "at least the name in its original language is required",
    ),
    ("problem-some-text", "give the text in at least one language"),
    ("problem-other-law", "is a provision of another law"),
    ("problem-twice", "listed twice"),
    ("problem-a-channel", "name at least one channel"),
    ("problem-a-crime-type", "name at least one crime type"),
    ("problem-a-language", "name at least one language"),
    ("problem-a-means", "name at least one means of transmission"),
    ("problem-a-state", "name the State the record belongs to"),
    ("problem-parent-state", "the parent must belong to the same State"),
    (
        "problem-provision-state",
        "the provision belongs to the law of {country}, not of {other}",
    ),
    (
        "problem-legal-basis",
        "{basis} is not a legal basis of {competence}; known: {known}",
    ),
    (
        "problem-original-name-missing",
        "must include the name in the original language ({language})",
    ),
    (
        "problem-original-title",
        "must include the title in the original language ({language})",
    ),
    (
        "problem-original-summary",
        "must include the summary in the original language ({language})",
    ),
    ("problem-no-authority", "no authority has the id {id}"),
    ("problem-no-provision", "no provision has the id {id}"),
    ("problem-unknown-competence", "unknown competence code {code}"),
    ("problem-unknown-country", "unknown country code {code}"),
    ("problem-unknown-crime-type", "unknown crime type {code}"),
    ("problem-unknown-cross-cutting", "unknown cross-cutting issue {code}"),
    ("problem-unknown-article", "unknown instrument article {code}"),
    ("problem-country-twice", "{country} is listed twice"),
    (
        "problem-own-counterpart",
        "{country} is the State of the case itself, not a counterpart",
    ),
    ("problem-designated-twice", "{competence} is designated twice"),
    (
        "problem-email-ascii",
        "must be written in ASCII letters, digits and punctuation (an internationalized domain in its xn-- form)",
    ),
    (
        "problem-focal-point-state",
        "a focal point acts for one State: name its ISO 3166-1 alpha-3 code",
    ),
    ("problem-no-state", "only focal points are bound to a State"),
    ("problem-partner-name", "1 to 200 characters, without control characters"),
    ("problem-account-exists", "an account with the e-mail address {email} exists"),
];

/// A wording's literal parts and variables, in order.
enum Part<'a> {
    Text(&'a str),
    Variable(&'a str),
}

fn parts(wording: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut rest = wording;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            parts.push(Part::Text(&rest[..open]));
        }
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        parts.push(Part::Variable(&rest[open + 1..close]));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest));
    }
    parts
}

/// The variables of `message` when it is said by `wording`.
fn matching<'m>(wording: &str, message: &'m str) -> Option<Vec<(String, &'m str)>> {
    let parts = parts(wording);
    let mut found = Vec::new();
    let mut rest = message;
    let mut i = 0;
    while i < parts.len() {
        match parts[i] {
            Part::Text(text) => rest = rest.strip_prefix(text)?,
            Part::Variable(name) => {
                // The variable runs to the next literal part, or to the end.
                let (value, after) = match parts.get(i + 1) {
                    Some(Part::Text(next)) => {
                        let at = rest.find(next)?;
                        (&rest[..at], &rest[at..])
                    }
                    _ => (rest, ""),
                };
                if value.is_empty() {
                    return None;
                }
                found.push((name.to_owned(), value));
                rest = after;
            }
        }
        i += 1;
    }
    rest.is_empty().then_some(found)
}

/// `message`, a problem of the library, in `lang`.
pub fn translated(lang: Lang, message: &str) -> String {
    for (key, wording) in CATALOGUE {
        if let Some(variables) = matching(wording, message) {
            let args: Vec<(&str, FluentValue<'_>)> = variables
                .iter()
                .map(|(name, value)| (name.as_str(), FluentValue::try_number(value)))
                .collect();
            return lang.t_with(key, &args);
        }
    }
    message.to_owned()
}

/// Whether the catalogue knows the wording of `message`.
pub fn known(message: &str) -> bool {
    CATALOGUE
        .iter()
        .any(|(_, w)| matching(w, message).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordings_are_found_with_their_variables() {
        let found = matching(
            "must be {min} to {max} characters long",
            "must be 2 to 8 characters long",
        );
        assert_eq!(
            found,
            Some(vec![("min".to_owned(), "2"), ("max".to_owned(), "8")])
        );
        assert_eq!(matching("is required", "is required!"), None);
        assert_eq!(
            matching("{country} is listed twice", " is listed twice"),
            None
        );
        assert!(known("must be one of: active, retired"));
        assert!(!known("something the library never says"));
    }

    #[test]
    fn english_messages_say_what_the_library_says() {
        // The English message of each wording, with its variables, is the library's own text.
        for (key, wording) in CATALOGUE {
            let sample: String = parts(wording)
                .iter()
                .map(|p| match p {
                    Part::Text(t) => (*t).to_owned(),
                    Part::Variable(_) => "X1".to_owned(),
                })
                .collect();
            assert_eq!(translated(Lang::En, &sample), sample, "{key}");
        }
    }

    #[test]
    fn a_problem_is_said_in_the_interface_language() {
        let french = translated(Lang::Fr, "must be at most 1000 characters long");
        assert_ne!(french, "must be at most 1000 characters long");
        assert!(french.contains("1000"), "{french}");
        assert_eq!(translated(Lang::Ar, "unheard of"), "unheard of");
    }

    #[test]
    fn the_library_says_its_problems_in_known_words() {
        use crate::directory::input::{
            authority::AuthorityInput, case::CaseInput, law::LawInput, Input,
        };
        use crate::error::ApiError;
        type Reader = fn(serde_json::Value) -> Result<(), ApiError>;
        let documents: [(&str, Reader, serde_json::Value); 3] = [
            (
                "authority",
                |d| AuthorityInput::read(d).map(|r| refuse(r.errors)),
                serde_json::json!({
                    "country": "XX", "names": {"fr": " "}, "original_language": "zz9",
                    "kind": "nothing", "website": "nowhere", "emails": ["not mail"],
                    "phones": ["12"], "timezone": "Mars/Olympus", "available_24_7": "yes",
                    "designations": [{"competence": "mla", "legal_bases": [], "channels": [],
                        "means": [], "languages_accepted": ["zz9"]}],
                    "contacts": [{"name": "", "role": "x", "visibility": "y"}],
                    "surprise": 1
                }),
            ),
            (
                "law",
                |d| LawInput::read(d).map(|r| refuse(r.errors)),
                serde_json::json!({
                    "title": {"en": "A law"}, "original_language": "fr", "type": "act",
                    "enacted_on": "2020-13-45", "status": "in_force", "official_url": "x",
                    "provisions": [{"id": "not-a-uuid", "number": "", "text": {},
                        "articles": ["nonsense"], "crime_types": ["lower"]}]
                }),
            ),
            (
                "case",
                |d| CaseInput::read(d).map(|r| refuse(r.errors)),
                serde_json::json!({
                    "reference": "", "title": {"en": "A case"}, "original_language": "fr",
                    "court": "C", "decision_date": "2999-01-01", "decision_type": "other",
                    "crime_types": [], "summary": {"en": "S"},
                    "counterpart_countries": ["XX1"],
                    "parties": [{"role": "defendant", "entity_type": "natural_person",
                        "count": 0}],
                    "charges": [{"offence": "", "verdict": "guilty", "provision_id": "x"}]
                }),
            ),
        ];
        fn refuse(errors: Vec<crate::error::FieldError>) {
            for e in &errors {
                assert!(known(&e.message), "{}: {}", e.field, e.message);
            }
            assert!(!errors.is_empty());
        }
        for (kind, read, document) in documents {
            match read(document) {
                Ok(()) => {}
                Err(ApiError::Validation(errors)) | Err(ApiError::InvalidParameters(errors)) => {
                    refuse(errors)
                }
                Err(e) => panic!("{kind}: {e}"),
            }
        }
    }
}
