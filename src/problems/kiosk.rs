//! What can be wrong in a kiosk config beyond TOML syntax and types, worded like the bank
//! problems (`kiosk-…` Fluent ids) and rendered by the same `path:line:col` machinery.

use crate::i18n::{Arg, Tr};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KioskProblem {
    /// A number of seconds outside what makes sense for a public PC.
    OutOfRange {
        field: &'static str,
        value: i64,
        min: u64,
        max: u64,
    },
    /// `speech_rate` outside the speeds a voice can take (percent of its normal speed).
    SpeechRate {
        value: i64,
        min: u16,
        max: u16,
    },
    /// `admin_code` is not a hash: most likely the code itself, in clear.
    PlainCode,
    /// `admin_code` looks like a hash but cannot be read (cut while pasting).
    BadCode,
    NoBanks,
    BankNotFound {
        id: String,
        suggestion: Option<String>,
    },
    BankInvalid {
        id: String,
        path: String,
    },
}

impl KioskProblem {
    pub fn message(&self, tr: &Tr) -> String {
        let s = |v: &str| Arg::from(v.to_string());
        match self {
            KioskProblem::OutOfRange {
                field,
                value,
                min,
                max,
            } => tr.t_args(
                "kiosk-out-of-range",
                &[
                    ("field", s(field)),
                    ("value", Arg::from(*value)),
                    ("min", Arg::from(*min)),
                    ("max", Arg::from(*max)),
                ],
            ),
            KioskProblem::SpeechRate { value, min, max } => tr.t_args(
                "kiosk-speech-rate",
                &[
                    ("value", Arg::from(*value)),
                    ("min", Arg::from(*min)),
                    ("max", Arg::from(*max)),
                ],
            ),
            KioskProblem::PlainCode => tr.t("kiosk-plain-code"),
            KioskProblem::BadCode => tr.t("kiosk-bad-code"),
            KioskProblem::NoBanks => tr.t("kiosk-no-banks"),
            KioskProblem::BankNotFound { id, .. } => {
                tr.t_args("kiosk-bank-not-found", &[("id", s(id))])
            }
            KioskProblem::BankInvalid { id, path } => {
                tr.t_args("kiosk-bank-invalid", &[("id", s(id)), ("path", s(path))])
            }
        }
    }

    pub fn hint(&self, tr: &Tr) -> Option<String> {
        match self {
            KioskProblem::PlainCode | KioskProblem::BadCode => Some(tr.t("kiosk-hint-hash-code")),
            KioskProblem::BankNotFound { .. } => Some(tr.t("kiosk-hint-list")),
            _ => None,
        }
    }

    pub fn suggestion(&self) -> Option<&str> {
        match self {
            KioskProblem::BankNotFound { suggestion, .. } => suggestion.as_deref(),
            _ => None,
        }
    }
}
