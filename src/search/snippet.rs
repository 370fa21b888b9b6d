//! Highlighted snippets: the passage of a hit's stored text where the query's words occur, HTML-escaped,
//! with each matching word wrapped in `<mark>`. Words are found with the analyzer of the text's
//! language, so a stemmed, accent-folded or fuzzy match is marked where it stands in the original text.

use tantivy::tokenizer::{TextAnalyzer, TokenStream};

/// Characters of context shown around the first match.
const LEAD: usize = 60;
/// Longest snippet, in characters of the original text.
const WIDTH: usize = 240;

/// A query term as analysed for one language, with the edits it tolerates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryTerm {
    pub text: String,
    pub distance: u8,
}

impl QueryTerm {
    fn matches(&self, token: &str) -> bool {
        token == self.text
            || (self.distance > 0 && within(&self.text, token, usize::from(self.distance)))
    }
}

/// Whether `a` and `b` are at most `max` edits apart (insertions, deletions, substitutions and
/// transpositions of neighbours), as tantivy's fuzzy query counts them.
pub fn within(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Optimal string alignment distance, three rows.
    let mut before = vec![0usize; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
        }
        if current.iter().min().is_some_and(|m| *m > max) {
            return false;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()] <= max
}

/// The byte ranges of `text` whose tokens match one of `terms`.
pub fn matches(
    analyzer: &mut TextAnalyzer,
    text: &str,
    terms: &[QueryTerm],
) -> Vec<(usize, usize)> {
    if terms.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let token = stream.token();
        if terms.iter().any(|t| t.matches(&token.text)) {
            found.push((token.offset_from, token.offset_to));
        }
    }
    found.sort_unstable();
    // Overlapping tokens (Chinese search-mode segmentation) become one mark.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (from, to) in found {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The snippet of `text` around its first match in `marks` (byte ranges, sorted, disjoint).
pub fn render(text: &str, marks: &[(usize, usize)]) -> String {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let chars = boundaries.len() - 1;
    let first = marks.first().map_or(0, |m| m.0);
    let first_char = boundaries.partition_point(|b| *b < first);
    let mut start_char = first_char.saturating_sub(LEAD);
    if !marks.is_empty() && chars.saturating_sub(start_char) < WIDTH {
        start_char = chars.saturating_sub(WIDTH);
    }
    // Start at a word boundary when one is near.
    if start_char > 0 {
        let window = &text[boundaries[start_char]..boundaries[first_char]];
        if let Some(space) = window.find(char::is_whitespace) {
            start_char = boundaries.partition_point(|b| *b <= boundaries[start_char] + space);
        }
    }
    let end_char = (start_char + WIDTH).min(chars);
    let (start, end) = (boundaries[start_char], boundaries[end_char]);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for &(from, to) in marks {
        if from < start || to > end {
            continue;
        }
        escape(&text[at..from], &mut out);
        out.push_str("<mark>");
        escape(&text[from..to], &mut out);
        out.push_str("</mark>");
        at = to;
    }
    escape(&text[at..end], &mut out);
    if end < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analysis::analyzers;

    fn analyzer(name: &str) -> TextAnalyzer {
        analyzers()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| a)
            .unwrap()
    }

    #[test]
    fn edit_distance_counts_transpositions_as_one() {
        assert!(within("extradition", "extradtion", 1));
        assert!(within("extradition", "exrtadition", 1));
        assert!(!within("kenya", "kanye", 1));
        assert!(within("kenya", "kanya", 1));
        assert!(!within("fraud", "frame", 1));
        assert!(within("", "ab", 2) && !within("", "abc", 2));
    }

    #[test]
    fn stemmed_and_folded_words_are_marked_in_the_original_text() {
        let mut en = analyzer("cna_en");
        let terms = vec![QueryTerm {
            text: "extradit".into(),
            distance: 1,
        }];
        let text = "Requests for <b>Extradition</b> & extraditing.";
        let marks = matches(&mut en, text, &terms);
        assert_eq!(
            render(text, &marks),
            "Requests for &lt;b&gt;<mark>Extradition</mark>&lt;/b&gt; &amp; <mark>extraditing</mark>."
        );
        let mut es = analyzer("cna_es");
        let terms = vec![QueryTerm {
            text: "cooperacion".into(),
            distance: 0,
        }];
        let text = "Cooperación jurídica internacional";
        assert_eq!(
            render(text, &matches(&mut es, text, &terms)),
            "<mark>Cooperación</mark> jurídica internacional"
        );
    }

    #[test]
    fn long_texts_are_cut_around_the_first_match() {
        let text = format!("{} needle {}", "word ".repeat(100), "tail ".repeat(100));
        let mut en = analyzer("cna_en");
        let terms = vec![QueryTerm {
            text: "needl".into(),
            distance: 0,
        }];
        let snippet = render(&text, &matches(&mut en, &text, &terms));
        assert!(snippet.starts_with('…') && snippet.ends_with('…'));
        assert!(snippet.contains("<mark>needle</mark>"));
        assert!(snippet.chars().count() <= WIDTH + 2 + "<mark></mark>".len());
        // Multi-byte text is cut at character boundaries.
        let arabic = "تسليم ".repeat(100);
        let plain = render(&arabic, &[]);
        assert!(plain.starts_with("تسليم") && plain.ends_with('…'));
    }
}
