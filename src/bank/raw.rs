//! The bank file as written by a trainer: serde types that mirror the TOML one to one.
//! Every table denies unknown fields so that a typo is an error, never a silent default.
//! Values that semantic checks point at are `Spanned`, so a problem can name its line.

use serde::Deserialize;
use toml::Spanned;

pub type S<T> = Spanned<T>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBankMeta {
    pub id: S<String>,
    pub title: S<String>,
    pub version: String,
    pub lang: String,
    #[serde(default)]
    pub description: String,
    pub estimated_minutes: S<u32>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub license: String,
    pub catalog: Option<S<String>>,
    pub shuffle_questions: Option<S<bool>>,
    pub shuffle_choices: Option<S<bool>>,
    /// The levels the bank claims to cover for every competence.
    pub levels: Option<S<Vec<u8>>>,
    pub mode: Option<S<RawMode>>,
    pub max_questions: Option<S<u32>>,
    /// Ask first which device the person uses (computer, phone only, both, none).
    pub ask_device: Option<S<bool>>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum RawMode {
    #[default]
    Linear,
    Adaptive,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompetence {
    pub id: S<String>,
    pub label: S<String>,
    pub crcn: Option<S<String>>,
    pub domain: Option<S<String>>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPalier {
    pub id: S<String>,
    pub title: S<String>,
    pub min_percent: S<u32>,
    pub learner: S<String>,
    pub mediator: S<String>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RawType {
    Single,
    Multiple,
    Order,
    Text,
    Task,
    Observation,
    #[serde(rename = "self")]
    SelfAssessment,
}

impl RawType {
    /// The name written in a bank (`type = "…"`).
    pub fn name(self) -> &'static str {
        match self {
            RawType::Single => "single",
            RawType::Multiple => "multiple",
            RawType::Order => "order",
            RawType::Text => "text",
            RawType::Task => "task",
            RawType::Observation => "observation",
            RawType::SelfAssessment => "self",
        }
    }
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RawTaskKind {
    Key,
    Type,
    Click,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum RawScoring {
    #[default]
    AllOrNothing,
    Partial,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub text: S<String>,
    pub text_falc: Option<S<String>>,
    #[serde(default)]
    pub correct: bool,
    pub feedback: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWrong {
    pub answer: S<String>,
    pub feedback: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawTolerance {
    pub case: Option<bool>,
    pub accents: Option<bool>,
    pub punctuation: Option<bool>,
    pub typo_ratio: Option<S<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: S<String>,
    #[serde(rename = "type")]
    pub kind: S<RawType>,
    pub competence: Option<S<String>>,
    pub competences: Option<S<Vec<S<String>>>>,
    pub tube: Option<String>,
    pub level: S<u8>,
    pub prompt: S<String>,
    pub prompt_falc: Option<S<String>>,
    pub explanation: Option<String>,
    pub device: Option<S<crate::bank::Device>>,
    pub shuffle: Option<S<bool>>,
    pub choices: Option<S<Vec<RawChoice>>>,
    pub scoring: Option<S<RawScoring>>,
    pub accept: Option<S<Vec<S<String>>>>,
    pub items: Option<S<Vec<S<String>>>>,
    pub wrong: Option<Vec<RawWrong>>,
    pub tolerance: Option<S<RawTolerance>>,
    /// `type = "task"`: which task, and its fields.
    pub task: Option<S<RawTaskKind>>,
    pub key: Option<S<String>>,
    pub text: Option<S<String>>,
    pub target: Option<S<String>>,
    pub double_click: Option<S<bool>>,
    pub attempts: Option<S<u8>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    pub competence: S<String>,
    pub below_percent: Option<S<u32>>,
    pub at_least_percent: Option<S<u32>>,
    pub below_level: Option<S<u8>>,
    pub at_least_level: Option<S<u8>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: Option<S<String>>,
    #[serde(default)]
    pub paliers: Vec<S<String>>,
    #[serde(default)]
    pub when: Vec<S<RawCondition>>,
    pub recommend: S<Vec<S<String>>>,
    pub message: Option<String>,
    #[serde(default)]
    pub stop: bool,
}

/// The old 15 ANCT service categories (schema v0.1 of the lieux de médiation numérique),
/// still read in catalogues written before the 9 services replaced them
/// (`category = "…"`): each is read as one service, with a warning.
#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    PrendreEnMainOrdinateur,
    PrendreEnMainSmartphone,
    NumeriqueAuQuotidien,
    CultureNumerique,
    InsertionProfessionnelle,
    DemarchesAutonomie,
    DemarchesAccompagnement,
    DemarchesSante,
    Entreprise,
    CitoyenneteNumerique,
    CreerAvecLeNumerique,
    Parentalite,
    AccesConnexion,
    AccesMateriel,
    Equipement,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTraining {
    pub id: S<String>,
    pub title: S<String>,
    #[serde(default)]
    pub description: String,
    pub sessions: Option<S<u32>>,
    pub duration_minutes: S<u32>,
    pub aptic_level: S<u8>,
    pub cheques: u32,
    /// One of the 9 services; `category` is the old name of the field, with the old list.
    pub service: Option<S<crate::bank::Service>>,
    pub category: Option<S<Category>>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub contact: String,
    pub device: Option<crate::bank::Device>,
}

#[derive(Debug, Deserialize, serde::Serialize, Default, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RawLieu {
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub hours: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogMeta {
    pub id: S<String>,
    pub title: S<String>,
    pub version: String,
    pub lieu: Option<RawLieu>,
}
