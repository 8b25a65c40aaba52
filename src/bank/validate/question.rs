//! Checks of `[[questions]]`: references, levels, and the fields each type needs.

use std::ops::Range;

use super::Checker;
use crate::bank::raw::*;
use crate::bank::{Choice, Competence, Mode, Question, QuestionKind, Scoring, WrongAnswer};
use crate::problems::ProblemKind as K;
use crate::text::{Tolerance, clean, normalize};

impl Checker<'_> {
    pub(super) fn questions(
        &mut self,
        raw: Vec<RawQuestion>,
        comps: &[(Competence, Range<usize>)],
        shuffle_default: bool,
        mode: Mode,
        ask_device: bool,
    ) -> Vec<Question> {
        self.unique(raw.iter().map(|q| &q.id));
        let known: Vec<&str> = comps.iter().map(|(c, _)| c.id.as_str()).collect();
        raw.into_iter()
            .filter_map(|q| {
                // A self-assessment measures nothing: it needs no tube.
                let measured = *q.kind.get_ref() != RawType::SelfAssessment;
                if mode == Mode::Adaptive && q.tube.is_none() && measured {
                    self.warn(Some(q.id.span()), K::NoTube);
                }
                // Without the device question, everyone is asked everything.
                if let (false, Some(d)) = (ask_device, &q.device) {
                    self.warn(Some(d.span()), K::DeviceWithoutAsk);
                }
                self.question(q, &known, shuffle_default)
            })
            .collect()
    }

    fn question(
        &mut self,
        mut q: RawQuestion,
        known: &[&str],
        shuffle_default: bool,
    ) -> Option<Question> {
        self.warn_question(&q);
        if !matches!(
            q.kind.get_ref(),
            RawType::Task | RawType::Observation | RawType::SelfAssessment
        ) {
            self.only_fields(&q, q.kind.get_ref().name(), CLASSIC_FIELDS);
        }
        self.text(&q.prompt, "prompt");
        let competences: Vec<S<String>> = match (q.competence.take(), q.competences.take()) {
            (Some(c), None) => vec![c],
            (None, Some(list)) if !list.get_ref().is_empty() => list.into_inner(),
            (Some(_), Some(list)) => {
                self.err(Some(list.span()), K::CompetenceBothForms);
                vec![]
            }
            _ => {
                self.err(Some(q.id.span()), K::CompetenceMissing);
                vec![]
            }
        };
        for c in &competences {
            self.reference(c, known, self.complete.competences, |id, suggestion| {
                K::UnknownCompetence { id, suggestion }
            });
        }
        let level = *q.level.get_ref();
        if !(1..=8).contains(&level) {
            self.err(
                Some(q.level.span()),
                K::LevelRange {
                    level: level.into(),
                },
            );
        }
        let kind_name = q.kind.get_ref().name();
        let not_for = |field: &str| K::FieldNotForType {
            field: field.into(),
            kind: kind_name.into(),
        };
        let missing = |field: &str| K::MissingFieldForType {
            field: field.into(),
            kind: kind_name.into(),
        };
        let type_span = Some(q.kind.span());
        let kind = match q.kind.get_ref() {
            RawType::Single | RawType::Multiple => {
                if let Some(a) = &q.accept {
                    self.err(Some(a.span()), not_for("accept"));
                }
                if let Some(t) = &q.tolerance {
                    self.err(Some(t.span()), not_for("tolerance"));
                }
                if let Some(i) = &q.items {
                    self.err(Some(i.span()), not_for("items"));
                }
                let single = *q.kind.get_ref() == RawType::Single;
                if let (true, Some(s)) = (single, &q.scoring) {
                    self.err(Some(s.span()), not_for("scoring"));
                }
                let Some(choices) = q.choices else {
                    self.err(type_span, missing("choices"));
                    return None;
                };
                let span = Some(choices.span());
                let choices: Vec<Choice> = choices
                    .into_inner()
                    .into_iter()
                    .map(|c| {
                        self.text(&c.text, "text");
                        Choice {
                            text: clean(c.text.get_ref()),
                            text_falc: c
                                .text_falc
                                .map(|f| clean(f.get_ref()))
                                .filter(|f| !f.trim().is_empty()),
                            correct: c.correct,
                            feedback: c.feedback.map(|f| clean(&f)),
                        }
                    })
                    .collect();
                if choices.len() < 2 {
                    self.err(
                        span.clone(),
                        K::TooFewChoices {
                            count: choices.len(),
                        },
                    );
                }
                let correct = choices.iter().filter(|c| c.correct).count();
                let shuffle = q.shuffle.as_ref().map_or(shuffle_default, |s| *s.get_ref());
                if single {
                    if correct != 1 {
                        self.err(span, K::SingleNeedsOneCorrect { count: correct });
                    }
                    QuestionKind::Single { choices, shuffle }
                } else {
                    if correct == 0 {
                        self.err(span, K::MultipleNeedsCorrect);
                    }
                    let scoring = scoring(q.scoring.as_ref());
                    QuestionKind::Multiple {
                        choices,
                        shuffle,
                        scoring,
                    }
                }
            }
            RawType::Order => {
                for (field, span) in [
                    ("choices", q.choices.as_ref().map(toml::Spanned::span)),
                    ("accept", q.accept.as_ref().map(toml::Spanned::span)),
                    ("tolerance", q.tolerance.as_ref().map(toml::Spanned::span)),
                ] {
                    if let Some(span) = span {
                        self.err(Some(span), not_for(field));
                    }
                }
                let Some(items) = q.items else {
                    self.err(type_span, missing("items"));
                    return None;
                };
                let n = items.get_ref().len();
                if !(3..=6).contains(&n) {
                    self.err(Some(items.span()), K::OrderItems { count: n });
                }
                for i in items.get_ref() {
                    self.text(i, "items");
                }
                let scoring = scoring(q.scoring.as_ref());
                QuestionKind::Order {
                    items: items
                        .into_inner()
                        .into_iter()
                        .map(|i| clean(i.get_ref()))
                        .collect(),
                    scoring,
                }
            }
            RawType::Task => self.task(&q)?,
            RawType::Observation => {
                self.only_fields(&q, kind_name, &[]);
                QuestionKind::Observation
            }
            RawType::SelfAssessment => {
                self.only_fields(&q, kind_name, &[]);
                QuestionKind::SelfAssessment
            }
            RawType::Text => {
                if let Some(i) = &q.items {
                    self.err(Some(i.span()), not_for("items"));
                }
                if let Some(c) = &q.choices {
                    self.err(Some(c.span()), not_for("choices"));
                }
                if let Some(s) = &q.scoring {
                    self.err(Some(s.span()), not_for("scoring"));
                }
                let tolerance = self.tolerance(q.tolerance.as_ref(), Tolerance::default());
                let Some(accept) = q.accept.filter(|a| !a.get_ref().is_empty()) else {
                    self.err(type_span, missing("accept"));
                    return None;
                };
                for a in accept.get_ref() {
                    if normalize(a.get_ref(), &tolerance).is_empty() {
                        self.err(
                            Some(a.span()),
                            K::EmptyText {
                                field: "accept".into(),
                            },
                        );
                    }
                }
                let wrong = q.wrong.unwrap_or_default();
                for w in &wrong {
                    self.text(&w.answer, "answer");
                }
                QuestionKind::Text {
                    accept: accept
                        .into_inner()
                        .into_iter()
                        .map(|a| clean(a.get_ref()))
                        .collect(),
                    wrong: wrong
                        .into_iter()
                        .map(|w| WrongAnswer {
                            answer: clean(w.answer.get_ref()),
                            feedback: clean(&w.feedback),
                        })
                        .collect(),
                    tolerance,
                }
            }
        };
        Some(Question {
            id: q.id.into_inner(),
            competences: competences
                .into_iter()
                .map(toml::Spanned::into_inner)
                .collect(),
            tube: q.tube,
            level,
            prompt: clean(q.prompt.get_ref()),
            prompt_falc: q
                .prompt_falc
                .map(|f| clean(f.get_ref()))
                .filter(|f| !f.trim().is_empty()),
            explanation: q
                .explanation
                .map(|e| clean(&e))
                .filter(|e| !e.trim().is_empty()),
            device: q.device.map(toml::Spanned::into_inner),
            kind,
        })
    }

    /// The tolerance written, each missing key taken from `d`.
    pub(super) fn tolerance(&mut self, raw: Option<&S<RawTolerance>>, d: Tolerance) -> Tolerance {
        let Some(raw) = raw.map(toml::Spanned::get_ref) else {
            return d;
        };
        let typo_ratio = match &raw.typo_ratio {
            Some(r) if !(0.0..=0.25).contains(r.get_ref()) => {
                self.err(
                    Some(r.span()),
                    K::TypoRatio {
                        value: r.get_ref().to_string(),
                    },
                );
                d.typo_ratio
            }
            Some(r) => *r.get_ref(),
            None => d.typo_ratio,
        };
        Tolerance {
            case: raw.case.unwrap_or(d.case),
            accents: raw.accents.unwrap_or(d.accents),
            punctuation: raw.punctuation.unwrap_or(d.punctuation),
            typo_ratio,
        }
    }
}

/// Fields of the classic kinds (single, multiple, order, text): a task uses none of them.
const CLASSIC_FIELDS: &[&str] = &[
    "choices",
    "scoring",
    "accept",
    "wrong",
    "items",
    "tolerance",
    "shuffle",
];

pub(super) fn scoring(raw: Option<&S<RawScoring>>) -> Scoring {
    match raw.map(|s| *s.get_ref()).unwrap_or_default() {
        RawScoring::AllOrNothing => Scoring::AllOrNothing,
        RawScoring::Partial => Scoring::Partial,
    }
}
