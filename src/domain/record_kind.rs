//! The kinds of record.

/// The kinds of record the directory holds: what the change log, the history, the feed, the
/// export and the search index say a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Authority,
    Legislation,
    Case,
    Treaty,
}

impl RecordKind {
    /// Every kind of record, in the order they are listed and rebuilt.
    pub const ALL: [RecordKind; 4] = [
        RecordKind::Authority,
        RecordKind::Legislation,
        RecordKind::Case,
        RecordKind::Treaty,
    ];

    /// The kinds the search index holds (treaty participation is read through its own list and
    /// the routing answer, not searched).
    pub const SEARCHED: [RecordKind; 3] = [
        RecordKind::Authority,
        RecordKind::Legislation,
        RecordKind::Case,
    ];

    /// The kind named `name` (`authority`, `legislation`, `case` or `treaty`).
    pub fn parse(name: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|e| e.as_str() == name)
    }

    /// The kinds a comma-separated list names (`authority,case`), in the order of [`RecordKind::ALL`],
    /// each once.
    pub fn parse_list(raw: &str) -> Result<Vec<RecordKind>, super::CodeError> {
        let mut named = Vec::new();
        for name in raw.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            named.push(RecordKind::parse(name).ok_or_else(|| {
                super::CodeError::new(format!(
                    "{name:?} is not a kind of record: authority, legislation, case or treaty"
                ))
            })?);
        }
        Ok(RecordKind::ALL
            .into_iter()
            .filter(|e| named.contains(e))
            .collect())
    }

    /// The table holding records of this kind.
    pub fn table(self) -> &'static str {
        match self {
            RecordKind::Authority => "authorities",
            RecordKind::Legislation => "laws",
            RecordKind::Case => "cases",
            RecordKind::Treaty => "treaty_participations",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Authority => "authority",
            RecordKind::Legislation => "legislation",
            RecordKind::Case => "case",
            RecordKind::Treaty => "treaty",
        }
    }
}
