//! Language-aware text analysis for the search index. Each text is analysed with its own language's
//! analyzer, and queries in that language with the same one:
//!
//! - English, French, Spanish: words, lower-cased, accents folded (`cooperacion` finds
//!   `cooperación`), then stemmed. Folding comes before stemming so that a query typed without
//!   accents reaches the same stem as the accented text.
//! - Russian: words, lower-cased, `ё` read as `е`, stemmed.
//! - Arabic: words, diacritics and tatweel removed, alef and hamza forms, ta marbuta and alef maqsura
//!   normalised, then stemmed.
//! - Chinese: words segmented with jieba (its dictionary is compiled in), in search mode so that
//!   long words are also indexed by their parts.
//! - Every other language: the neutral analyzer, words lower-cased and accents folded.

use std::mem;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// The analyzers, by name, for `register`.
pub const NEUTRAL: &str = "cna_neutral";

/// The analyzer name for a language code: one of the six UN languages, or neutral.
pub fn analyzer_for(language: &str) -> &'static str {
    match language {
        "ar" => "cna_ar",
        "en" => "cna_en",
        "es" => "cna_es",
        "fr" => "cna_fr",
        "ru" => "cna_ru",
        "zh" => "cna_zh",
        _ => NEUTRAL,
    }
}

/// Longest token kept, in bytes; longer ones are noise (base64, URLs).
const MAX_TOKEN_BYTES: usize = 60;

fn latin(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(language))
        .build()
}

/// Every analyzer with its name.
pub fn analyzers() -> Vec<(&'static str, TextAnalyzer)> {
    vec![
        ("cna_en", latin(Language::English)),
        ("cna_fr", latin(Language::French)),
        ("cna_es", latin(Language::Spanish)),
        (
            "cna_ru",
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
                .filter(LowerCaser)
                .filter(CharMap(normalise_russian))
                .filter(Stemmer::new(Language::Russian))
                .build(),
        ),
        (
            "cna_ar",
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
                .filter(CharMap(normalise_arabic))
                .filter(Stemmer::new(Language::Arabic))
                .build(),
        ),
        (
            "cna_zh",
            TextAnalyzer::builder(ChineseTokenizer)
                .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        ),
        (
            NEUTRAL,
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        ),
    ]
}

/// Registers every analyzer on an index.
pub fn register(index: &tantivy::Index) {
    for (name, analyzer) in analyzers() {
        index.tokenizers().register(name, analyzer);
    }
}

/// Arabic orthographic normalisation: drops the short-vowel diacritics (tashkeel), the superscript
/// alef and the tatweel; writes every alef with hamza or madda as a bare alef, ta marbuta as ha and
/// alef maqsura as ya.
pub fn normalise_arabic(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' => out.push('ي'),
            'ؤ' => out.push('و'),
            'ئ' => out.push('ي'),
            other => out.push(other),
        }
    }
}

/// Russian: `ё` is written `е` in most texts.
pub fn normalise_russian(text: &str, out: &mut String) {
    for c in text.chars() {
        out.push(match c {
            'ё' => 'е',
            'Ё' => 'Е',
            other => other,
        });
    }
}

/// A token filter that rewrites each token's text with a function.
#[derive(Clone, Copy)]
pub struct CharMap(pub fn(&str, &mut String));

impl TokenFilter for CharMap {
    type Tokenizer<T: Tokenizer> = CharMapFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CharMapFilter<T> {
        CharMapFilter {
            tokenizer,
            map: self.0,
            buffer: String::new(),
        }
    }
}

#[derive(Clone)]
pub struct CharMapFilter<T> {
    tokenizer: T,
    map: fn(&str, &mut String),
    buffer: String,
}

impl<T: Tokenizer> Tokenizer for CharMapFilter<T> {
    type TokenStream<'a> = CharMapStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CharMapStream {
            tail: self.tokenizer.token_stream(text),
            map: self.map,
            buffer: &mut self.buffer,
        }
    }
}

pub struct CharMapStream<'a, T> {
    tail: T,
    map: fn(&str, &mut String),
    buffer: &'a mut String,
}

impl<T: TokenStream> TokenStream for CharMapStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.buffer.clear();
        (self.map)(&self.tail.token().text, self.buffer);
        mem::swap(&mut self.tail.token_mut().text, self.buffer);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

static JIEBA: std::sync::LazyLock<jieba_rs::Jieba> = std::sync::LazyLock::new(jieba_rs::Jieba::new);

/// Chinese word segmentation with jieba, keeping only tokens with a letter or digit.
#[derive(Clone, Copy, Default)]
pub struct ChineseTokenizer;

impl Tokenizer for ChineseTokenizer {
    type TokenStream<'a> = ChineseTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ChineseTokenStream {
        let mut tokens = Vec::new();
        for word in JIEBA.tokenize(text, jieba_rs::TokenizeMode::Search, true) {
            if !word.word.chars().any(char::is_alphanumeric) {
                continue;
            }
            let offset_from = word.word.as_ptr() as usize - text.as_ptr() as usize;
            tokens.push(Token {
                offset_from,
                offset_to: offset_from + word.word.len(),
                position: word.start,
                text: word.word.to_owned(),
                position_length: word.end - word.start,
            });
        }
        ChineseTokenStream {
            tokens,
            index: None,
        }
    }
}

pub struct ChineseTokenStream {
    tokens: Vec<Token>,
    index: Option<usize>,
}

impl TokenStream for ChineseTokenStream {
    fn advance(&mut self) -> bool {
        let next = self.index.map_or(0, |i| i + 1);
        self.index = Some(next);
        next < self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index.unwrap_or_default()]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index.unwrap_or_default()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(language: &str, text: &str) -> Vec<String> {
        let name = analyzer_for(language);
        let mut analyzer = analyzers()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| a)
            .unwrap();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn latin_scripts_ignore_accents_and_inflection() {
        assert_eq!(
            terms("es", "Cooperación jurídica"),
            terms("es", "cooperacion juridica")
        );
        assert_eq!(
            terms("fr", "Entraide judiciaire"),
            terms("fr", "entraide judiciaires")
        );
        assert_eq!(terms("fr", "Coopération"), terms("fr", "cooperation"));
        assert_eq!(terms("en", "Extraditions"), terms("en", "extradition"));
        assert_eq!(terms("de", "Rechtshilfe ÜBER"), ["rechtshilfe", "uber"]);
    }

    #[test]
    fn russian_is_stemmed() {
        assert_eq!(terms("ru", "экстрадиции"), terms("ru", "Экстрадиция"));
        assert_eq!(terms("ru", "ёлка"), terms("ru", "елка"));
    }

    #[test]
    fn arabic_spelling_variants_meet() {
        // Hamza forms, diacritics, tatweel and ta marbuta.
        assert_eq!(
            terms("ar", "تسليم المجرمين"),
            terms("ar", "تَسْلِيمُ المجـرمين")
        );
        assert_eq!(terms("ar", "إجراءات"), terms("ar", "اجراءات"));
        assert_eq!(terms("ar", "المساعدة"), terms("ar", "المساعده"));
        assert!(!terms("ar", "غسل الأموال").is_empty());
    }

    #[test]
    fn chinese_is_segmented_into_words() {
        let words = terms("zh", "中华人民共和国国际刑事司法协助法，引渡。");
        for expected in ["引渡", "司法", "协助", "刑事"] {
            assert!(
                words.iter().any(|w| w == expected),
                "{expected} not in {words:?}"
            );
        }
        assert!(words.iter().all(|w| w != "，" && w != "。"), "{words:?}");
        assert!(terms("zh", "").is_empty());
    }

    #[test]
    fn every_un_language_has_its_analyzer() {
        for lang in ["ar", "zh", "en", "es", "fr", "ru"] {
            assert_ne!(analyzer_for(lang), NEUTRAL, "{lang}");
        }
        assert_eq!(analyzer_for("sw"), NEUTRAL);
    }
}
