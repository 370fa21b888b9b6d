//! Account values: e-mail addresses, passwords, roles and partner tiers.

use serde::{Deserialize, Serialize};

use super::{text_enum, CodeError};

text_enum! {
    /// What an account may do.
    Role {
        /// Secretariat administrator: manages accounts and may edit every record.
        Admin => "admin",
        /// State focal point: keeps their own State's records current.
        FocalPoint => "focal_point",
        /// Registered practitioner: reads the restricted tier.
        Reader => "reader",
    }
}

text_enum! {
    /// The language of what is sent to an account: one of the six of the interface.
    AccountLanguage {
        Ar => "ar",
        Zh => "zh",
        En => "en",
        Fr => "fr",
        Ru => "ru",
        Es => "es",
    }
}

text_enum! {
    /// The tier a partner client reads at.
    PartnerTier {
        /// What anyone may see.
        Public => "public",
        /// What a signed-in reader may see.
        Restricted => "restricted",
    }
}

/// An e-mail address, syntax-checked, kept as written; compared without regard to letter case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let trimmed = raw.trim();
        if trimmed.len() > 254 || !email_address::EmailAddress::is_valid(trimmed) {
            return Err(CodeError::new("must be a valid e-mail address"));
        }
        Ok(Email(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = CodeError;
    fn try_from(raw: String) -> Result<Self, CodeError> {
        Email::parse(&raw)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> String {
        email.0
    }
}

/// The address of an account: the one form under which it is stored, looked up, and throttled.
///
/// Compatibility forms are folded (NFKC: full-width `ｆｐ` is `fp`), then the address must be plain
/// ASCII, so that no two accounts (and no second throttle count) hide behind letters that look
/// alike: a Cyrillic `е` for a Latin `e`, a zero-width space, a dotted capital `İ` whose lower case
/// differs between Rust and the database. An internationalized domain is written in its `xn--`
/// form. Letters are then lower-cased: `Fp@Justice.KEN.example` and `fp@justice.ken.example` are one
/// account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AccountEmail(String);

impl AccountEmail {
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        use unicode_normalization::UnicodeNormalization;
        // Checked before any work, so that a huge input costs nothing.
        if raw.len() > 4 * 254 {
            return Err(CodeError::new(
                "must be a valid e-mail address of at most 254 characters",
            ));
        }
        let folded: String = raw.trim().nfkc().collect();
        if !folded.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(CodeError::new(
                "must be written in ASCII letters, digits and punctuation (an internationalized \
                 domain in its xn-- form)",
            ));
        }
        let folded = folded.to_ascii_lowercase();
        if folded.len() > 254 || !email_address::EmailAddress::is_valid(&folded) {
            return Err(CodeError::new(
                "must be a valid e-mail address of at most 254 characters",
            ));
        }
        Ok(AccountEmail(folded))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: long enough to resist guessing, short enough not to be a hashing burden. Never
/// printed.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 12;
    /// The longest password, in characters: a sign-in with a longer one is refused before any hash
    /// is computed.
    pub const MAX_CHARS: usize = 256;

    /// A new password: 12 to 256 characters.
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let chars = raw.chars().count();
        if !(Self::MIN_CHARS..=Self::MAX_CHARS).contains(&chars) {
            return Err(CodeError::new(format!(
                "must be {} to {} characters long",
                Self::MIN_CHARS,
                Self::MAX_CHARS
            )));
        }
        Ok(Password(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_passwords() {
        assert!(Email::parse("focal.point@justice.ken.example").is_ok());
        for bad in ["", "no-at-sign", "a@", "@b.example", "a b@c.example"] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Password::parse("short").is_err());

        // One account, whatever the case or compatibility form; look-alikes are refused.
        let key = |raw: &str| AccountEmail::parse(raw).map(|e| e.as_str().to_owned());
        assert_eq!(key(" Victim1@RT.Example ").unwrap(), "victim1@rt.example");
        assert_eq!(
            key("ｖｉｃｔｉｍ１＠ｒｔ．ｅｘａｍｐｌｅ").unwrap(),
            "victim1@rt.example"
        );
        for look_alike in [
            "VİCTİM1@RT.EXAMPLE",            // dotted capital I
            "fp@k\u{0435}n.example",         // Cyrillic е
            "fp\u{200b}@ken.example",        // zero-width space
            "fp@ken.example\u{0}",           // NUL
            "fp@ken.exampl\u{0065}\u{0301}", // combining accent
        ] {
            assert!(key(look_alike).is_err(), "{look_alike:?}");
        }
        assert!(key(&"a".repeat(900_000)).is_err());
        assert!(key(&format!("{}@b.example", "a".repeat(250))).is_err());
        assert!(Password::parse(&"x".repeat(2000)).is_err());
        assert!(Password::parse(&"x".repeat(257)).is_err());
        assert!(Password::parse(&"é".repeat(256)).is_ok());
        let password = Password::parse("correct horse battery").unwrap();
        assert!(!format!("{password:?}").contains("horse"));
        assert_eq!("focal_point".parse::<Role>().unwrap(), Role::FocalPoint);
    }
}
