//! The kiosk config: a short flat TOML file the lieu's admin writes by hand. Every key is
//! optional (no file at all gives a working kiosk); every mistake is reported with its line
//! and column, like `diagnum check` does for banks, and the kiosk does not start on one.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;

use super::code::CodeHash;
use super::idle::IdleRule;
use crate::bank::Loaded;
use crate::bank::parse::{document, value};
use crate::i18n::Lang;
use crate::problems::kiosk::KioskProblem;
use crate::problems::{Problem, ProblemKind, suggest};
use crate::speech::Rate;

const KEYS: &[&str] = &[
    "banks",
    "lang",
    "idle_seconds",
    "countdown_seconds",
    "admin_code",
    "print",
    "printer",
    "speak",
    "speech_rate",
    "commune",
];

/// A bank named in the config (id or path), and where, to point at it if it is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct BankRef {
    pub name: String,
    pub span: Option<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KioskConfig {
    /// Banks offered to visitors; with several, they choose on a list.
    pub banks: Vec<BankRef>,
    /// The welcome screen's language, which it returns to after each visitor (`None`: the
    /// language of the command line or of the system).
    pub lang: Option<Lang>,
    pub idle: IdleRule,
    /// Without one, the kiosk cannot be closed from its keyboard at all.
    pub admin_code: Option<CodeHash>,
    /// Offer to print the fiche at the end.
    pub print: bool,
    /// `lp -d NAME`; `None`: the default printer.
    pub printer: Option<String>,
    /// Read each new question aloud, without waiting for the L key.
    pub speak: bool,
    /// The voice's speed; `None`: the command line's, or the default.
    pub speech_rate: Option<Rate>,
    /// The lieu's own commune (or postal code): the lieux de médiation numérique near it
    /// are shown to each visitor with the results, from the imported national file.
    pub commune: Option<String>,
}

impl Default for KioskConfig {
    fn default() -> Self {
        KioskConfig {
            banks: vec![BankRef {
                name: crate::bank::source::DEFAULT_BANK.to_string(),
                span: None,
            }],
            lang: None,
            idle: IdleRule {
                after: Duration::from_secs(120),
                countdown: Duration::from_secs(30),
            },
            admin_code: None,
            print: false,
            printer: None,
            speak: false,
            speech_rate: None,
            commune: None,
        }
    }
}

pub fn parse(src: &str) -> Loaded<KioskConfig> {
    let mut problems = Vec::new();
    let Some(root) = document(src, &mut problems) else {
        return Loaded {
            value: None,
            problems,
        };
    };
    let mut c = KioskConfig::default();
    for (k, v) in &root {
        let key = k.get_ref().as_ref();
        let kiosk = |p: KioskProblem| Problem::error(Some(v.span()), ProblemKind::Kiosk(p));
        match key {
            "banks" => {
                let Some(list) = value::<Vec<Spanned<String>>>(v, &mut problems) else {
                    continue;
                };
                if list.is_empty() {
                    problems.push(kiosk(KioskProblem::NoBanks));
                    continue;
                }
                c.banks = list
                    .into_iter()
                    .map(|s| BankRef {
                        span: Some(s.span()),
                        name: s.into_inner(),
                    })
                    .collect();
            }
            "lang" => {
                let Some(text) = value::<String>(v, &mut problems) else {
                    continue;
                };
                match Lang::parse(&text) {
                    Some(l) => c.lang = Some(l),
                    None => problems.push(Problem::error(
                        Some(v.span()),
                        ProblemKind::UnknownValue {
                            value: text,
                            expected: "« fr », « en »".into(),
                            suggestion: None,
                        },
                    )),
                }
            }
            "idle_seconds" => {
                if let Some(d) = seconds(v, "idle_seconds", (10, 3600), &mut problems) {
                    c.idle.after = d;
                }
            }
            "countdown_seconds" => {
                if let Some(d) = seconds(v, "countdown_seconds", (5, 300), &mut problems) {
                    c.idle.countdown = d;
                }
            }
            "admin_code" => {
                let Some(text) = value::<String>(v, &mut problems) else {
                    continue;
                };
                match CodeHash::parse(&text) {
                    Some(h) => c.admin_code = Some(h),
                    None if CodeHash::looks_hashed(&text) => {
                        problems.push(kiosk(KioskProblem::BadCode));
                    }
                    None => problems.push(kiosk(KioskProblem::PlainCode)),
                }
            }
            "print" => {
                if let Some(b) = value::<bool>(v, &mut problems) {
                    c.print = b;
                }
            }
            "speak" => {
                if let Some(b) = value::<bool>(v, &mut problems) {
                    c.speak = b;
                }
            }
            "speech_rate" => {
                let Some(n) = value::<i64>(v, &mut problems) else {
                    continue;
                };
                match u16::try_from(n).ok().and_then(Rate::new) {
                    Some(r) => c.speech_rate = Some(r),
                    None => problems.push(kiosk(KioskProblem::SpeechRate {
                        value: n,
                        min: Rate::MIN,
                        max: Rate::MAX,
                    })),
                }
            }
            "commune" => {
                let Some(name) = value::<String>(v, &mut problems) else {
                    continue;
                };
                if name.trim().is_empty() {
                    problems.push(Problem::error(
                        Some(v.span()),
                        ProblemKind::EmptyText {
                            field: "commune".into(),
                        },
                    ));
                } else {
                    c.commune = Some(name.trim().to_string());
                }
            }
            "printer" => {
                let Some(name) = value::<String>(v, &mut problems) else {
                    continue;
                };
                if name.trim().is_empty() {
                    problems.push(Problem::error(
                        Some(v.span()),
                        ProblemKind::EmptyText {
                            field: "printer".into(),
                        },
                    ));
                } else {
                    c.printer = Some(name.trim().to_string());
                }
            }
            _ => problems.push(Problem::error(
                Some(k.span()),
                ProblemKind::UnknownField {
                    field: key.to_string(),
                    suggestion: suggest(key, KEYS.iter().copied()),
                },
            )),
        }
    }
    problems.sort_by_key(|p| p.span.as_ref().map_or(0, |s| s.start));
    Loaded {
        value: problems.is_empty().then_some(c),
        problems,
    }
}

/// A whole number of seconds within `(min, max)`.
fn seconds(
    v: &Spanned<toml::de::DeValue<'_>>,
    field: &'static str,
    (min, max): (u64, u64),
    problems: &mut Vec<Problem>,
) -> Option<Duration> {
    let n = value::<i64>(v, problems)?;
    match u64::try_from(n) {
        Ok(secs) if (min..=max).contains(&secs) => Some(Duration::from_secs(secs)),
        _ => {
            problems.push(Problem::error(
                Some(v.span()),
                ProblemKind::Kiosk(KioskProblem::OutOfRange {
                    field,
                    value: n,
                    min,
                    max,
                }),
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests;
