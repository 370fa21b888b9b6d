//! Checks for the free-form values of a record: phone numbers, web addresses, time zones and bounded
//! texts. Each returns the value as it will be stored, or what is wrong with it.

use super::CodeError;

/// An international phone number: `+`, the country code and digits, spaces allowed (`+33 1 23 45 67 89`).
pub fn phone(raw: &str) -> Result<String, CodeError> {
    let value = raw.trim();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let well_formed = value.starts_with('+')
        && value[1..].chars().all(|c| c.is_ascii_digit() || c == ' ')
        && value[1..].starts_with(|c: char| c.is_ascii_digit() && c != '0')
        && (4..=15).contains(&digits)
        && value.len() <= 25;
    if well_formed {
        Ok(value.to_owned())
    } else {
        Err(CodeError::new(
            "must be an international number: +, country code and 4 to 15 digits in all, spaces allowed",
        ))
    }
}

/// An absolute `http` or `https` address.
pub fn web_address(raw: &str) -> Result<String, CodeError> {
    let value = raw.trim();
    match url::Url::parse(value) {
        Ok(url)
            if matches!(url.scheme(), "http" | "https")
                && url.host().is_some()
                && value.len() <= 500 =>
        {
            Ok(value.to_owned())
        }
        _ => Err(CodeError::new("must be an absolute http or https address")),
    }
}

/// An e-mail address.
pub fn email(raw: &str) -> Result<String, CodeError> {
    super::Email::parse(raw).map(|e| e.as_str().to_owned())
}

/// An IANA time zone name such as `Europe/Paris`.
pub fn time_zone(raw: &str) -> Result<String, CodeError> {
    let value = raw.trim();
    value
        .parse::<chrono_tz::Tz>()
        .map(|_| value.to_owned())
        .map_err(|_| CodeError::new("must be an IANA time zone such as Europe/Paris"))
}

/// A text that is not blank and at most `max` characters long, trimmed.
pub fn text(raw: &str, max: usize) -> Result<String, CodeError> {
    let value = raw.trim();
    if value.is_empty() {
        Err(CodeError::new("must not be blank"))
    } else if value.chars().count() > max {
        Err(CodeError::new(format!(
            "must be at most {max} characters long"
        )))
    } else {
        Ok(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        assert_eq!(phone(" +33 1 23 45 67 89 ").unwrap(), "+33 1 23 45 67 89");
        for bad in [
            "0123456789",
            "+",
            "+0 123 456",
            "+33-1-23",
            "+1 2",
            "+1234567890123456",
        ] {
            assert!(phone(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn addresses_zones_and_texts() {
        assert!(web_address("https://justice.ken.example/mla").is_ok());
        for bad in [
            "justice.example",
            "ftp://x.example",
            "javascript:alert(1)",
            "https://",
        ] {
            assert!(web_address(bad).is_err(), "{bad:?}");
        }
        assert!(time_zone("Africa/Nairobi").is_ok());
        assert!(time_zone("Mars/Olympus").is_err());
        assert!(text("  ", 10).is_err());
        assert!(text("abcdef", 5).is_err());
        assert_eq!(text(" ok ", 5).unwrap(), "ok");
    }
}
