//! The query language of `GET /v1/search`, kept small on purpose: words, `"quoted phrases"` and
//! `-exclusions` (of a word or a phrase). Anything else is text: operators of other engines (`AND`,
//! `field:value`, `*`, brackets) are read as the words they contain. Control characters count as
//! spaces and an unclosed quote runs to the end. The only queries refused are those too long or with
//! too many parts to be a search someone typed.

use std::fmt;

/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;

/// The most words, phrases and exclusions a query may hold.
pub const MAX_CLAUSES: usize = 32;

/// One part of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// Text between spaces; it may still analyse to several words (`e-mail`, Chinese without
    /// spaces), which must then all occur.
    Word(String),
    /// Quoted text whose words must occur next to each other, in order.
    Phrase(String),
}

impl Clause {
    pub fn text(&self) -> &str {
        match self {
            Clause::Word(text) | Clause::Phrase(text) => text,
        }
    }
}

/// A parsed query: what must match and what must not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserQuery {
    pub include: Vec<Clause>,
    pub exclude: Vec<Clause>,
}

impl UserQuery {
    /// True when the query has nothing to search for or against: the request browses.
    pub fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }
}

/// Why a query is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    TooLong,
    TooManyClauses,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::TooLong => write!(f, "must be at most {MAX_QUERY_CHARS} characters"),
            QueryError::TooManyClauses => write!(
                f,
                "must hold at most {MAX_CLAUSES} words, phrases and exclusions"
            ),
        }
    }
}

impl std::error::Error for QueryError {}

/// Parses what a user typed.
pub fn parse(text: &str) -> Result<UserQuery, QueryError> {
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong);
    }
    let chars: Vec<char> = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut query = UserQuery::default();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let negated = chars[i] == '-' && chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
        if negated {
            i += 1;
        }
        let clause = if chars[i] == '"' {
            let start = i + 1;
            let end = chars[start..]
                .iter()
                .position(|c| *c == '"')
                .map_or(chars.len(), |p| start + p);
            i = end + 1;
            Clause::Phrase(chars[start..end].iter().collect())
        } else {
            let start = i;
            while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '"' {
                i += 1;
            }
            Clause::Word(chars[start..i].iter().collect())
        };
        if clause.text().trim().is_empty() {
            continue;
        }
        if negated {
            query.exclude.push(clause);
        } else {
            query.include.push(clause);
        }
        if query.include.len() + query.exclude.len() > MAX_CLAUSES {
            return Err(QueryError::TooManyClauses);
        }
    }
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(s: &str) -> Clause {
        Clause::Word(s.into())
    }

    fn phrase(s: &str) -> Clause {
        Clause::Phrase(s.into())
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let q = parse(r#"extradition "mutual legal assistance" -fraud -"money laundering" e-mail"#)
            .unwrap();
        assert_eq!(
            q.include,
            vec![
                word("extradition"),
                phrase("mutual legal assistance"),
                word("e-mail")
            ]
        );
        assert_eq!(q.exclude, vec![word("fraud"), phrase("money laundering")]);
    }

    #[test]
    fn odd_input_is_text() {
        assert_eq!(
            parse("\"unclosed phrase").unwrap().include,
            vec![phrase("unclosed phrase")]
        );
        assert_eq!(
            parse("a\u{0}b\tc").unwrap().include,
            vec![word("a"), word("b"), word("c")]
        );
        assert_eq!(parse(" - -- \"\" ").unwrap().include, vec![word("-")]);
        assert!(parse("").unwrap().is_empty());
        assert_eq!(
            parse("title:(x OR y*)").unwrap().include,
            vec![word("title:(x"), word("OR"), word("y*)")]
        );
    }

    #[test]
    fn oversized_queries_are_refused() {
        assert_eq!(
            parse(&"a".repeat(MAX_QUERY_CHARS + 1)),
            Err(QueryError::TooLong)
        );
        assert!(parse(&"é".repeat(MAX_QUERY_CHARS)).is_ok());
        let many = vec!["w"; MAX_CLAUSES + 1].join(" ");
        assert_eq!(parse(&many), Err(QueryError::TooManyClauses));
    }
}
