//! What a problem says: its localized sentence, its hint and its stable code.

use super::ProblemKind;
use crate::i18n::{Arg, Tr};

impl ProblemKind {
    /// The localized sentence, with the Fluent id `bank-<kind>`.
    pub fn message(&self, tr: &Tr) -> String {
        if let ProblemKind::Kiosk(k) = self {
            return k.message(tr);
        }
        let (id, args) = self.id_args(tr);
        tr.t_args(id, &args)
    }

    /// A stable name of the kind, for `check --format json`: the Fluent id without its prefix.
    pub fn code(&self) -> &'static str {
        let (id, _) = self.id_args(&Tr::default());
        id.trim_start_matches("bank-").trim_start_matches("warn-")
    }

    fn id_args(&self, tr: &Tr) -> (&'static str, Vec<(&'static str, Arg)>) {
        use ProblemKind as K;
        let s = |v: &String| Arg::from(v.clone());
        let n = |v: usize| Arg::from(v);
        let u = |v: u32| Arg::from(v as usize);
        match self {
            // Worded by the kiosk's own messages (see `message`).
            K::Kiosk(_) => ("kiosk-config", vec![]),
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
            K::NotUtf8 { utf16: true, .. } => ("bank-utf16", vec![]),
            K::NotUtf8 { guess, .. } => ("bank-not-utf8", vec![("char", s(guess))]),
            K::DecimalComma { value, .. } => ("bank-decimal-comma", vec![("value", s(value))]),
            K::FrenchBoolean { word, .. } => ("bank-french-boolean", vec![("word", s(word))]),
            K::CurlyQuotes => ("bank-curly-quotes", vec![]),
            K::ControlCharacter { code } => ("bank-control-character", vec![("code", s(code))]),
            K::MissingQuote { text } => ("bank-missing-quote", vec![("text", s(text))]),
            K::MissingOpeningQuote => ("bank-missing-opening-quote", vec![]),
            K::NumberRange { value, max: None } => ("bank-negative", vec![("value", s(value))]),
            K::NumberRange {
                value,
                max: Some(max),
            } => ("bank-too-big", vec![("value", s(value)), ("max", s(max))]),
            K::CompetenceLabel { label, id } => (
                "bank-competence-label",
                vec![("label", s(label)), ("id", s(id))],
            ),
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
            K::NestingTooDeep => ("bank-nesting", vec![]),
            K::MoreSyntax { count } => ("bank-more-syntax", vec![("count", n(*count))]),
            K::TooManyEntries { name, count, max } => (
                "bank-too-many",
                vec![("name", s(name)), ("count", n(*count)), ("max", n(*max))],
            ),
            K::UnreachablePalier { id } => ("bank-warn-unreachable-palier", vec![("id", s(id))]),
            K::RuleUnreachablePaliers => ("bank-warn-rule-paliers", vec![]),
            K::RuleContradiction { competence } => (
                "bank-warn-rule-contradiction",
                vec![("competence", s(competence))],
            ),
            K::RuleNotMeasured { competence } => (
                "bank-warn-rule-not-measured",
                vec![("competence", s(competence))],
            ),
            K::RuleLevelTooHigh {
                competence,
                level,
                max,
            } => (
                "bank-warn-rule-level",
                vec![
                    ("competence", s(competence)),
                    ("level", u(*level)),
                    ("max", u(*max)),
                ],
            ),
            K::RuleAfterStop { rule } => ("bank-warn-rule-after-stop", vec![("rule", s(rule))]),
            K::TrainingNeverRecommended { id } => {
                ("bank-warn-training-unused", vec![("id", s(id))])
            }
            K::DuplicatePrompt { other } => {
                ("bank-warn-duplicate-prompt", vec![("other", s(other))])
            }
            K::EscapedControl { escape } => {
                ("bank-warn-escaped-control", vec![("escape", s(escape))])
            }
            K::AcceptCollision { other } => {
                ("bank-warn-accept-collision", vec![("other", s(other))])
            }
            K::WrongIsAccepted { accept } => {
                ("bank-warn-wrong-accepted", vec![("accept", s(accept))])
            }
            K::SamePosition { count, position } => (
                "bank-warn-same-position",
                vec![("count", n(*count)), ("position", n(*position))],
            ),
            K::DurationShort {
                minutes,
                questions,
                seconds,
            } => (
                "bank-warn-duration-short",
                vec![
                    ("minutes", u(*minutes)),
                    ("questions", n(*questions)),
                    ("seconds", n(*seconds)),
                ],
            ),
            K::DurationLong { minutes, questions } => (
                "bank-warn-duration-long",
                vec![("minutes", u(*minutes)), ("questions", n(*questions))],
            ),
            K::DeviceWithoutAsk => ("bank-warn-device-without-ask", vec![]),
            K::AskDeviceUnused => ("bank-warn-ask-device-unused", vec![]),
            K::LegacyCategory { category, service } => (
                "bank-warn-legacy-category",
                vec![("category", s(category)), ("service", s(service))],
            ),
            K::Placeholder { field } => ("bank-warn-placeholder", vec![("field", s(field))]),
            K::MissingService => ("bank-missing-service", vec![]),
            K::LengthBiasSingle {
                shortest,
                falc,
                count,
                total,
                worst,
            } => (
                if *shortest {
                    "bank-warn-length-shortest"
                } else {
                    "bank-warn-length-longest"
                },
                vec![
                    ("count", n(*count)),
                    ("total", n(*total)),
                    ("worst", s(worst)),
                    ("falc", Arg::from(if *falc { "yes" } else { "no" })),
                ],
            ),
            K::LengthBiasMultiple {
                falc,
                percent,
                worst,
            } => (
                "bank-warn-length-multiple",
                vec![
                    ("percent", n(*percent)),
                    ("worst", s(worst)),
                    ("falc", Arg::from(if *falc { "yes" } else { "no" })),
                ],
            ),
        }
    }

    /// A hint shown under the problem: "did you mean", or how to fix a syntax error.
    pub fn hint(&self, tr: &Tr) -> Option<String> {
        if let Some(hint) = self.trainer_hint(tr) {
            return Some(hint);
        }
        if let Some(s) = self.suggestion() {
            return Some(tr.t_args(
                "check-did-you-mean",
                &[("suggestion", Arg::from(s.to_string()))],
            ));
        }
        if let ProblemKind::Kiosk(k) = self {
            return k.hint(tr);
        }
        if *self == ProblemKind::NestingTooDeep {
            return Some(tr.t("hint-nesting"));
        }
        let ProblemKind::Syntax { detail } = self else {
            return None;
        };
        let key = if detail.contains("unclosed") {
            "hint-syntax-unclosed"
        } else if detail.contains("string") {
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

    /// How to fix the mistakes trainers make most, in their words.
    fn trainer_hint(&self, tr: &Tr) -> Option<String> {
        use ProblemKind as K;
        let a = |v: &String| Arg::from(v.clone());
        Some(match self {
            K::NotUtf8 { .. } => tr.t("hint-save-utf8"),
            K::DecimalComma { fixed, .. } => {
                tr.t_args("hint-decimal-comma", &[("fixed", a(fixed))])
            }
            K::FrenchBoolean { key, value, .. } => tr.t_args(
                "hint-french-boolean",
                &[
                    ("key", a(key)),
                    ("value", Arg::from(if *value { "true" } else { "false" })),
                ],
            ),
            K::CurlyQuotes => tr.t("hint-curly-quotes"),
            K::ControlCharacter { .. } => tr.t("hint-control-character"),
            K::EscapedControl { escape } => {
                tr.t_args("hint-escaped-control", &[("escape", a(escape))])
            }
            K::MissingQuote { text } => tr.t_args("hint-missing-quote", &[("text", a(text))]),
            K::MissingOpeningQuote => tr.t("hint-missing-opening-quote"),
            K::NotAnArray { name } => tr.t_args("hint-not-an-array", &[("name", a(name))]),
            K::NumberRange { max: None, .. } => tr.t("hint-number-range"),
            K::NumberRange { .. } => tr.t("hint-number-too-big"),
            K::CompetenceLabel { id, .. } => tr.t_args("hint-competence-label", &[("id", a(id))]),
            K::WrongType { found, expected } => {
                let quoted_number = found.starts_with("string")
                    && found
                        .trim_start_matches("string")
                        .trim()
                        .trim_matches('"')
                        .parse::<f64>()
                        .is_ok();
                if expected.contains("bool") {
                    tr.t("hint-bool")
                } else if quoted_number {
                    tr.t("hint-unquote-number")
                } else {
                    return None;
                }
            }
            _ => return None,
        })
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
            K::CompetenceLabel { id, .. } => Some(id),
            _ => None,
        }
    }
}

/// serde's type words ("u8", "a sequence", `string "un"`) in the reader's language.
fn type_words(tr: &Tr, raw: &str) -> String {
    // "a boolean", "a sequence": the article goes before the type is read.
    let bare = raw
        .strip_prefix("a ")
        .or_else(|| raw.strip_prefix("an "))
        .unwrap_or(raw);
    let (kind, value) = bare
        .split_once([' ', '`'])
        .map_or((bare, ""), |(k, v)| (k, v));
    let key = match kind {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn serde_type_words_are_translated_with_or_without_article() {
        let tr = Tr::new(Lang::Fr);
        assert_eq!(type_words(&tr, "a boolean"), "true ou false");
        assert_eq!(type_words(&tr, "a sequence"), "une liste [ … ]");
        assert_eq!(type_words(&tr, "string \"un\""), "un texte \"un\"");
        assert_eq!(type_words(&tr, "u8"), "un nombre entier");
    }
}
