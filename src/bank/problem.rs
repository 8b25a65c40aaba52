//! What is wrong with a bank file, as trainers read it: a kind (turned into a localized
//! sentence), a severity and the byte span it points at.

use std::ops::Range;

use crate::i18n::{Arg, Tr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub span: Option<Range<usize>>,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn error(span: Option<Range<usize>>, kind: ProblemKind) -> Self {
        Self {
            severity: Severity::Error,
            span,
            kind,
        }
    }
    pub fn warning(span: Option<Range<usize>>, kind: ProblemKind) -> Self {
        Self {
            severity: Severity::Warning,
            span,
            kind,
        }
    }
}

/// Every problem a bank can have. The `Display` text is the French message (the default
/// language); localized text comes from [`ProblemKind::message`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(&Tr::default()))]
pub enum ProblemKind {
    TooLarge {
        bytes: usize,
    },
    Syntax {
        detail: String,
    },
    UnknownField {
        field: String,
        suggestion: Option<String>,
    },
    MissingField {
        field: String,
    },
    UnknownValue {
        value: String,
        expected: String,
        suggestion: Option<String>,
    },
    WrongType {
        found: String,
        expected: String,
    },
    Schema {
        detail: String,
    },
    MissingSchema {
        expected: String,
    },
    BadSchema {
        found: String,
        expected: String,
    },
    UnknownSection {
        name: String,
        suggestion: Option<String>,
    },
    MissingSection {
        name: String,
    },
    NotAnArray {
        name: String,
    },
    DuplicateId {
        id: String,
    },
    BadId {
        id: String,
    },
    EmptyText {
        field: String,
    },
    UnknownCompetence {
        id: String,
        suggestion: Option<String>,
    },
    UnknownTraining {
        id: String,
        suggestion: Option<String>,
    },
    UnknownPalier {
        id: String,
        suggestion: Option<String>,
    },
    UnknownCrcn {
        code: String,
    },
    NoDomain,
    CompetenceBothForms,
    CompetenceMissing,
    LevelRange {
        level: u32,
    },
    SingleNeedsOneCorrect {
        count: usize,
    },
    MultipleNeedsCorrect,
    OrderItems {
        count: usize,
    },
    TooFewChoices {
        count: usize,
    },
    FieldNotForType {
        field: String,
        kind: String,
    },
    MissingFieldForType {
        field: String,
        kind: String,
    },
    TypoRatio {
        value: String,
    },
    NoPaliers,
    FirstPalierNotZero {
        min: u32,
    },
    PaliersOrder {
        min: u32,
        previous: u32,
    },
    PercentRange {
        value: u32,
    },
    ConditionComparators {
        count: usize,
    },
    EmptyRecommend,
    NoQuestions,
    NoCompetences,
    CatalogNotFound {
        id: String,
    },
    CatalogInvalid {
        id: String,
        path: String,
    },
    AptiCLevel {
        level: u32,
    },
    ZeroDuration,
    NotABank,
    MaxQuestionsZero,
    UnknownKey {
        key: String,
        names: String,
        suggestion: Option<String>,
    },
    KeyEscape,
    KeyModifier {
        key: String,
    },
    AttemptsRange {
        value: u32,
    },
    TargetTooLong {
        count: usize,
        max: usize,
    },
    // Warnings
    FieldOnlyForMode {
        field: String,
        mode: String,
    },
    NoTube,
    MissingLevel {
        id: String,
        level: u32,
    },
    CompetenceWithoutQuestion {
        id: String,
    },
    NoExplanation,
    NoFalc,
    /// A kiosk config problem: same rendering, its own wording.
    Kiosk(crate::kiosk::problem::KioskProblem),
}

impl ProblemKind {
    /// The localized sentence, with the Fluent id `bank-<kind>`.
    pub fn message(&self, tr: &Tr) -> String {
        use ProblemKind as K;
        let s = |v: &String| Arg::from(v.clone());
        let n = |v: usize| Arg::from(v);
        let (id, args): (&str, Vec<(&str, Arg)>) = match self {
            K::Kiosk(k) => return k.message(tr),
            K::TooLarge { bytes } => ("bank-too-large", vec![("kib", n(bytes / 1024))]),
            K::Syntax { detail } => ("bank-syntax", vec![("detail", s(detail))]),
            K::UnknownField { field, .. } => ("bank-unknown-field", vec![("field", s(field))]),
            K::MissingField { field } => ("bank-missing-field", vec![("field", s(field))]),
            K::UnknownValue {
                value, expected, ..
            } => (
                "bank-unknown-value",
                vec![("value", s(value)), ("expected", s(expected))],
            ),
            K::WrongType { found, expected } => (
                "bank-wrong-type",
                vec![
                    ("found", Arg::from(type_words(tr, found))),
                    ("expected", Arg::from(type_words(tr, expected))),
                ],
            ),
            K::Schema { detail } => ("bank-schema", vec![("detail", s(detail))]),
            K::MissingSchema { expected } => {
                ("bank-missing-schema", vec![("expected", s(expected))])
            }
            K::BadSchema { found, expected } => (
                "bank-bad-schema",
                vec![("found", s(found)), ("expected", s(expected))],
            ),
            K::UnknownSection { name, .. } => ("bank-unknown-section", vec![("name", s(name))]),
            K::MissingSection { name } => ("bank-missing-section", vec![("name", s(name))]),
            K::NotAnArray { name } => ("bank-not-an-array", vec![("name", s(name))]),
            K::DuplicateId { id } => ("bank-duplicate-id", vec![("id", s(id))]),
            K::BadId { id } => ("bank-bad-id", vec![("id", s(id))]),
            K::EmptyText { field } => ("bank-empty-text", vec![("field", s(field))]),
            K::UnknownCompetence { id, .. } => ("bank-unknown-competence", vec![("id", s(id))]),
            K::UnknownTraining { id, .. } => ("bank-unknown-training", vec![("id", s(id))]),
            K::UnknownPalier { id, .. } => ("bank-unknown-palier", vec![("id", s(id))]),
            K::UnknownCrcn { code } => ("bank-unknown-crcn", vec![("code", s(code))]),
            K::NoDomain => ("bank-no-domain", vec![]),
            K::CompetenceBothForms => ("bank-competence-both", vec![]),
            K::CompetenceMissing => ("bank-competence-missing", vec![]),
            K::LevelRange { level } => ("bank-level-range", vec![("level", n(*level as usize))]),
            K::SingleNeedsOneCorrect { count } => {
                ("bank-single-correct", vec![("count", n(*count))])
            }
            K::MultipleNeedsCorrect => ("bank-multiple-correct", vec![]),
            K::TooFewChoices { count } => ("bank-too-few-choices", vec![("count", n(*count))]),
            K::FieldNotForType { field, kind } => (
                "bank-field-not-for-type",
                vec![("field", s(field)), ("kind", s(kind))],
            ),
            K::MissingFieldForType { field, kind } => (
                "bank-missing-field-for-type",
                vec![("field", s(field)), ("kind", s(kind))],
            ),
            K::TypoRatio { value } => ("bank-typo-ratio", vec![("value", s(value))]),
            K::NoPaliers => ("bank-no-paliers", vec![]),
            K::FirstPalierNotZero { min } => ("bank-first-palier", vec![("min", n(*min as usize))]),
            K::PaliersOrder { min, previous } => (
                "bank-paliers-order",
                vec![
                    ("min", n(*min as usize)),
                    ("previous", n(*previous as usize)),
                ],
            ),
            K::PercentRange { value } => {
                ("bank-percent-range", vec![("value", n(*value as usize))])
            }
            K::ConditionComparators { count } => ("bank-condition", vec![("count", n(*count))]),
            K::EmptyRecommend => ("bank-empty-recommend", vec![]),
            K::NoQuestions => ("bank-no-questions", vec![]),
            K::NoCompetences => ("bank-no-competences", vec![]),
            K::CatalogNotFound { id } => ("bank-catalog-not-found", vec![("id", s(id))]),
            K::CatalogInvalid { id, path } => (
                "bank-catalog-invalid",
                vec![("id", s(id)), ("path", s(path))],
            ),
            K::AptiCLevel { level } => ("bank-aptic-level", vec![("level", n(*level as usize))]),
            K::ZeroDuration => ("bank-zero-duration", vec![]),
            K::NotABank => ("bank-not-a-bank", vec![]),
            K::CompetenceWithoutQuestion { id } => ("bank-warn-no-question", vec![("id", s(id))]),
            K::MissingLevel { id, level } => (
                "bank-warn-missing-level",
                vec![("id", s(id)), ("level", n(*level as usize))],
            ),
            K::NoExplanation => ("bank-warn-no-explanation", vec![]),
            K::OrderItems { count } => ("bank-order-items", vec![("count", n(*count))]),
            K::NoFalc => ("bank-warn-no-falc", vec![]),
            K::MaxQuestionsZero => ("bank-max-questions-zero", vec![]),
            K::FieldOnlyForMode { field, mode } => (
                "bank-warn-only-for-mode",
                vec![("field", s(field)), ("mode", s(mode))],
            ),
            K::NoTube => ("bank-warn-no-tube", vec![]),
            K::UnknownKey { key, names, .. } => (
                "bank-unknown-key",
                vec![("key", s(key)), ("names", s(names))],
            ),
            K::KeyEscape => ("bank-key-escape", vec![]),
            K::KeyModifier { key } => ("bank-key-modifier", vec![("key", s(key))]),
            K::AttemptsRange { value } => {
                ("bank-attempts-range", vec![("value", n(*value as usize))])
            }
            K::TargetTooLong { count, max } => (
                "bank-target-too-long",
                vec![("count", n(*count)), ("max", n(*max))],
            ),
        };
        tr.t_args(id, &args)
    }

    /// A hint shown under the problem: "did you mean", or how to fix a syntax error.
    pub fn hint(&self, tr: &Tr) -> Option<String> {
        if let Some(s) = self.suggestion() {
            return Some(tr.t_args(
                "check-did-you-mean",
                &[("suggestion", Arg::from(s.to_string()))],
            ));
        }
        if let ProblemKind::Kiosk(k) = self {
            return k.hint(tr);
        }
        let ProblemKind::Syntax { detail } = self else {
            return None;
        };
        let key = if detail.contains("string") {
            "hint-syntax-string"
        } else if detail.contains("duplicate") {
            "hint-syntax-duplicate"
        } else if detail.contains('[') || detail.contains(']') || detail.contains("array") {
            "hint-syntax-array"
        } else {
            "hint-syntax-line"
        };
        Some(tr.t(key))
    }

    /// A "did you mean" suggestion, when one was found.
    pub fn suggestion(&self) -> Option<&str> {
        use ProblemKind as K;
        match self {
            K::UnknownField { suggestion, .. }
            | K::UnknownValue { suggestion, .. }
            | K::UnknownSection { suggestion, .. }
            | K::UnknownCompetence { suggestion, .. }
            | K::UnknownTraining { suggestion, .. }
            | K::UnknownPalier { suggestion, .. }
            | K::UnknownKey { suggestion, .. } => suggestion.as_deref(),
            K::Kiosk(k) => k.suggestion(),
            _ => None,
        }
    }
}

/// serde's type words ("u8", "a sequence", `string "un"`) in the reader's language.
fn type_words(tr: &Tr, raw: &str) -> String {
    let (kind, value) = raw
        .split_once([' ', '`'])
        .map_or((raw, ""), |(k, v)| (k, v));
    let key = match kind.trim_start_matches("a ").trim_start_matches("an ") {
        "u8" | "u16" | "u32" | "u64" | "i64" | "integer" => "type-integer",
        "f64" | "float" | "floating" => "type-number",
        "string" | "str" | "char" => "type-text",
        "sequence" => "type-list",
        "boolean" | "bool" => "type-bool",
        "map" | "struct" | "table" => "type-table",
        _ => return raw.to_string(),
    };
    let value = value
        .trim()
        .trim_start_matches("point")
        .trim()
        .trim_matches('`');
    if value.is_empty()
        || raw.starts_with("a ")
        || raw.starts_with("an ")
        || raw.starts_with("struct")
    {
        tr.t(key)
    } else {
        format!("{} {value}", tr.t(key))
    }
}

/// The closest candidate to a misspelt word, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_string())
}

/// Turns serde's English schema messages (relayed by toml) into problems we can translate.
pub fn from_serde_message(msg: &str) -> ProblemKind {
    let ticked = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let msg = msg.trim();
    if msg.starts_with("unknown field") {
        let words = ticked(msg);
        let field = words.first().cloned().unwrap_or_default();
        let suggestion = suggest(&field, words.iter().skip(1).map(String::as_str));
        ProblemKind::UnknownField { field, suggestion }
    } else if msg.starts_with("missing field") {
        ProblemKind::MissingField {
            field: ticked(msg).into_iter().next().unwrap_or_default(),
        }
    } else if msg.starts_with("unknown variant") {
        let words = ticked(msg);
        let value = words.first().cloned().unwrap_or_default();
        let suggestion = suggest(&value, words.iter().skip(1).map(String::as_str));
        let expected = words
            .iter()
            .skip(1)
            .map(|w| format!("« {w} »"))
            .collect::<Vec<_>>();
        ProblemKind::UnknownValue {
            value,
            expected: expected.join(", "),
            suggestion,
        }
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        ProblemKind::WrongType {
            found: found.to_string(),
            expected: expected.to_string(),
        }
    } else {
        ProblemKind::Schema {
            detail: msg.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_classified() {
        assert_eq!(
            from_serde_message("unknown field `promt`, expected one of `id`, `prompt`, `level`"),
            ProblemKind::UnknownField {
                field: "promt".into(),
                suggestion: Some("prompt".into())
            }
        );
        assert_eq!(
            from_serde_message("missing field `level`"),
            ProblemKind::MissingField {
                field: "level".into()
            }
        );
        assert!(matches!(
            from_serde_message("unknown variant `singel`, expected one of `single`, `multiple`, `text`"),
            ProblemKind::UnknownValue { suggestion: Some(s), .. } if s == "single"
        ));
    }

    #[test]
    fn suggestion_needs_a_close_word() {
        assert_eq!(
            suggest("mesagerie", ["messagerie", "securite"]),
            Some("messagerie".into())
        );
        assert_eq!(suggest("zzz", ["messagerie", "securite"]), None);
    }
}
