//! What is wrong with a bank file, as trainers read it: a kind (turned into a localized
//! sentence), a severity and the byte span it points at.

use std::ops::Range;

pub mod kiosk;
mod message;
pub mod render;
mod serde_message;

pub use serde_message::{from_serde_message, suggest};

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

/// Every problem a bank, a catalogue or a kiosk config can have; its words come from
/// [`ProblemKind::message`], in the person's language.
#[derive(Debug, Clone, PartialEq)]
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
    /// The file is not UTF-8: saved as UTF-16, or (`guess`: the character in Windows-1252)
    /// in an older encoding.
    NotUtf8 {
        utf16: bool,
        guess: String,
    },
    /// `0,2`: a French decimal comma.
    DecimalComma {
        value: String,
        fixed: String,
    },
    /// `correct = vrai` (or `True`, `oui`): a yes/no value not written `true` or `false`.
    FrenchBoolean {
        word: String,
        key: String,
        value: bool,
    },
    /// “…” or «…» from a word processor instead of straight quotes.
    CurlyQuotes,
    /// An invisible character (escape, bell…) pasted into the file.
    ControlCharacter {
        code: String,
    },
    /// A closing quote forgotten after `text`, seen where the next value's quote closed it.
    MissingQuote {
        text: String,
    },
    MissingOpeningQuote,
    /// A negative number, or one too large for its field (serde's "invalid value").
    NumberRange {
        value: String,
        max: Option<String>,
    },
    /// A competence's label written where its id is wanted.
    CompetenceLabel {
        label: String,
        id: String,
    },
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
    NestingTooDeep,
    MoreSyntax {
        count: usize,
    },
    TooManyEntries {
        name: String,
        count: usize,
        max: usize,
    },
    // Warnings of the whole-bank lints (see `lint`)
    UnreachablePalier {
        id: String,
    },
    RuleUnreachablePaliers,
    RuleContradiction {
        competence: String,
    },
    RuleNotMeasured {
        competence: String,
    },
    RuleLevelTooHigh {
        competence: String,
        level: u32,
        max: u32,
    },
    RuleAfterStop {
        rule: String,
    },
    TrainingNeverRecommended {
        id: String,
    },
    DuplicatePrompt {
        other: String,
    },
    /// A control character written as a TOML escape (`\u001b`, `\e`) inside a text: it is
    /// removed when shown, so the text is not what its author sees in the file.
    EscapedControl {
        escape: String,
    },
    AcceptCollision {
        other: String,
    },
    WrongIsAccepted {
        accept: String,
    },
    SamePosition {
        count: usize,
        position: usize,
    },
    DurationShort {
        minutes: u32,
        questions: usize,
        seconds: usize,
    },
    DurationLong {
        minutes: u32,
        questions: usize,
    },
    /// `device` on a question of a bank that does not ask which device is used.
    DeviceWithoutAsk,
    /// `ask_device = true` with no question written for one device.
    AskDeviceUnused,
    /// The right answer of single-choice questions is too often the longest choice
    /// (`shortest`: the shortest one). `falc`: measured on the FALC wordings.
    LengthBiasSingle {
        shortest: bool,
        falc: bool,
        count: usize,
        total: usize,
        worst: String,
    },
    /// Right choices of multiple-choice questions are longer (or shorter) than wrong ones,
    /// on average, by more than a quarter. Percent: right length ÷ wrong length × 100.
    LengthBiasMultiple {
        falc: bool,
        percent: usize,
        worst: String,
    },
    /// `category = "…"`: the old ANCT list, read as this service.
    LegacyCategory {
        category: String,
        service: String,
    },
    /// A catalogue text still the example's "À ADAPTER": hidden from the person.
    Placeholder {
        field: String,
    },
    /// A training with neither `service` nor `category`.
    MissingService,
    /// A kiosk config problem: same rendering, its own wording.
    Kiosk(crate::problems::kiosk::KioskProblem),
}
