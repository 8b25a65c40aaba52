//! Semantic checks of a bank, from raw sections to the validated [`Bank`]. Every check
//! records its problem and goes on, so that all of them are reported at once.

use std::ops::Range;

use super::catalog::{CatalogLookup, check_trainings};
use super::checker::{Checker, Complete, finish};
use super::lint;
use super::parse;
use super::raw::*;
use super::*;
use crate::problems::{ProblemKind as K, Severity, suggest};
use crate::text::clean;

mod mode;
mod question;
mod rule;
mod task;

/// The top-level keys of a bank file.
pub const SECTIONS: &[&str] = &[
    "schema",
    "bank",
    "competences",
    "paliers",
    "questions",
    "orientation",
    "trainings",
];

/// Parses and checks a bank. `find_catalog` resolves the `catalog = "id"` reference.
pub fn parse_bank(src: &str, find_catalog: &dyn Fn(&str) -> CatalogLookup) -> Loaded<Bank> {
    load(src, find_catalog, Advice::Give)
}

/// The same checks without the trainer's advice (the warnings of `lint`): what a
/// diagnostic needs before it starts. Learners never see warnings, and the advice costs
/// more than all the other checks together (it compares texts after normalising them).
pub fn load_bank(src: &str, find_catalog: &dyn Fn(&str) -> CatalogLookup) -> Loaded<Bank> {
    load(src, find_catalog, Advice::Skip)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Advice {
    Give,
    Skip,
}

fn load(src: &str, find_catalog: &dyn Fn(&str) -> CatalogLookup, advice: Advice) -> Loaded<Bank> {
    let mut p = Vec::new();
    let bank = parse::document(src, &mut p).and_then(|root| {
        parse::schema(&root, BANK_SCHEMA, &mut p);
        parse::known_sections(&root, SECTIONS, &mut p);
        let meta: Option<RawBankMeta> = parse::table(&root, "bank", &mut p);
        let (competences, comps_read): (Vec<RawCompetence>, _) =
            parse::array(&root, "competences", &mut p);
        let (paliers, paliers_read): (Vec<RawPalier>, _) = parse::array(&root, "paliers", &mut p);
        let (questions, questions_read): (Vec<RawQuestion>, _) =
            parse::array(&root, "questions", &mut p);
        let (rules, _): (Vec<RawRule>, _) = parse::array(&root, "orientation", &mut p);
        let (trainings, trainings_read): (Vec<RawTraining>, _) =
            parse::array(&root, "trainings", &mut p);
        let meta = meta?;
        let spans = (advice == Advice::Give)
            .then(|| lint::Spans::collect(&meta, &paliers, &questions, &rules, &trainings));
        // References into a section with unreadable entries would be reported as unknown
        // when the real mistake is already shown: check them only against complete sections.
        let complete = Complete {
            competences: comps_read,
            paliers: paliers_read,
            trainings: trainings_read,
        };
        let mut v = Checker::new(&mut p, complete);
        let (trainings, lieu) = v.trainings(&meta, trainings, find_catalog);
        let competences = v.competences(competences);
        let paliers = v.paliers(paliers);
        let (mode, max_questions) = v.mode(&meta);
        let written = questions.len();
        let ask_device = meta.ask_device.as_ref().is_some_and(|a| *a.get_ref());
        let questions = v.questions(
            questions,
            &competences,
            meta.shuffle_choices.as_ref().is_none_or(|s| *s.get_ref()),
            mode,
            ask_device,
        );
        let rules = v.rules(rules, &competences, &paliers, &trainings);
        v.labels_for_ids(&competences);
        let levels = v.levels(meta.levels.as_ref());
        // A question dropped for its own error would make these checks report it again.
        if questions_read && questions.len() == written {
            v.unused_competences(&competences, &questions);
            v.claimed_levels(&competences, &questions, &levels);
            if let Some(a) = meta.ask_device.as_ref().filter(|a| *a.get_ref())
                && questions.iter().all(|q| q.device.is_none())
            {
                v.warn(Some(a.span()), K::AskDeviceUnused);
            }
            if questions.is_empty() {
                v.err(Some(0..0), K::NoQuestions);
            }
        }
        if competences.is_empty() && comps_read {
            v.err(Some(0..0), K::NoCompetences);
        }
        v.id(&meta.id);
        v.text(&meta.title, "title");
        let bank = Bank {
            id: meta.id.into_inner(),
            title: clean(meta.title.get_ref()),
            version: clean(&meta.version),
            lang: meta.lang,
            description: clean(&meta.description),
            estimated_minutes: *meta.estimated_minutes.get_ref(),
            authors: meta.authors.iter().map(|a| clean(a)).collect(),
            license: meta.license,
            shuffle_questions: meta.shuffle_questions.is_some_and(|s| *s.get_ref()),
            ask_device,
            mode,
            max_questions,
            levels,
            competences: competences.into_iter().map(|(c, _)| c).collect(),
            paliers,
            questions,
            rules,
            trainings,
            lieu,
            hash: fnv1a(src),
        };
        if let Some(spans) = &spans
            && !p.iter().any(|p| p.severity == Severity::Error)
        {
            lint::run(&bank, spans, &mut p);
            lint::escapes(src, &mut p);
        }
        Some(bank)
    });
    finish(bank, p)
}

impl Checker<'_> {
    fn trainings(
        &mut self,
        meta: &RawBankMeta,
        own: Vec<RawTraining>,
        find_catalog: &dyn Fn(&str) -> CatalogLookup,
    ) -> (Vec<Training>, Option<Lieu>) {
        let mut all = Vec::new();
        let mut lieu = None;
        if let Some(cat) = &meta.catalog {
            match find_catalog(cat.get_ref()) {
                CatalogLookup::Found(c) => {
                    lieu = c.lieu;
                    all.extend(c.trainings);
                }
                CatalogLookup::Invalid(path) => self.err(
                    Some(cat.span()),
                    K::CatalogInvalid {
                        id: cat.get_ref().clone(),
                        path,
                    },
                ),
                CatalogLookup::Missing => self.err(
                    Some(cat.span()),
                    K::CatalogNotFound {
                        id: cat.get_ref().clone(),
                    },
                ),
            }
        }
        for t in check_trainings(self, own) {
            // A bank's own training replaces the catalogue's one with the same id.
            all.retain(|c: &Training| c.id != t.id);
            all.push(t);
        }
        (all, lieu)
    }

    fn competences(&mut self, raw: Vec<RawCompetence>) -> Vec<(Competence, Range<usize>)> {
        self.unique(raw.iter().map(|c| &c.id));
        raw.into_iter()
            .map(|c| {
                self.text(&c.label, "label");
                let span = c.id.span();
                let mut domain = c.domain.as_ref().map(|d| clean(d.get_ref()));
                if let Some(code) = &c.crcn {
                    match crcn_domain(code.get_ref()) {
                        Some(d) => domain = domain.or(Some(d.to_string())),
                        None => self.err(
                            Some(code.span()),
                            K::UnknownCrcn {
                                code: code.get_ref().clone(),
                            },
                        ),
                    }
                }
                if domain.is_none() && c.crcn.is_none() {
                    self.err(Some(span.clone()), K::NoDomain);
                }
                let comp = Competence {
                    id: c.id.into_inner(),
                    label: clean(c.label.get_ref()),
                    crcn: c.crcn.map(toml::Spanned::into_inner),
                    domain: domain.unwrap_or_default(),
                    description: clean(&c.description),
                };
                (comp, span)
            })
            .collect()
    }

    fn paliers(&mut self, raw: Vec<RawPalier>) -> Vec<Palier> {
        self.unique(raw.iter().map(|p| &p.id));
        if raw.is_empty() && self.complete.paliers {
            self.err(Some(0..0), K::NoPaliers);
        }
        let mut previous: Option<u32> = None;
        for (i, p) in raw.iter().enumerate() {
            let min = *p.min_percent.get_ref();
            let span = Some(p.min_percent.span());
            if min > 100 {
                self.err(span.clone(), K::PercentRange { value: min });
            }
            if i == 0 && min != 0 {
                self.err(span.clone(), K::FirstPalierNotZero { min });
            }
            if let Some(prev) = previous.filter(|prev| min <= *prev) {
                self.err(
                    span,
                    K::PaliersOrder {
                        min,
                        previous: prev,
                    },
                );
            }
            previous = Some(min);
            self.text(&p.title, "title");
            self.text(&p.learner, "learner");
            self.text(&p.mediator, "mediator");
        }
        raw.into_iter()
            .map(|p| Palier {
                id: p.id.into_inner(),
                title: clean(p.title.get_ref()),
                min_percent: p.min_percent.into_inner(),
                learner: clean(p.learner.get_ref()),
                mediator: clean(p.mediator.get_ref()),
            })
            .collect()
    }

    /// A reference to a known id, with a "did you mean" when it is close to one.
    pub fn reference(
        &mut self,
        r: &S<String>,
        known: &[&str],
        complete: bool,
        kind: fn(String, Option<String>) -> K,
    ) {
        if complete && !known.contains(&r.get_ref().as_str()) {
            let suggestion = self.suggest(r.get_ref(), known);
            self.err(Some(r.span()), kind(r.get_ref().clone(), suggestion));
        }
    }

    /// A competence named by its label (`competence = "Protéger ses données"`): say
    /// which id to write instead of "unknown competence".
    fn labels_for_ids(&mut self, comps: &[(Competence, Range<usize>)]) {
        let tol = crate::text::Tolerance::default();
        for p in self.p.iter_mut() {
            let K::UnknownCompetence {
                id: written,
                suggestion: None,
            } = &p.kind
            else {
                continue;
            };
            let plain = crate::text::normalize(written, &tol);
            if let Some((c, _)) = comps
                .iter()
                .find(|(c, _)| crate::text::normalize(&c.label, &tol) == plain)
            {
                p.kind = K::CompetenceLabel {
                    label: written.clone(),
                    id: c.id.clone(),
                };
            }
        }
    }

    fn unused_competences(&mut self, comps: &[(Competence, Range<usize>)], questions: &[Question]) {
        for (c, span) in comps {
            if !questions.iter().any(|q| q.competences.contains(&c.id)) {
                self.warn(
                    Some(span.clone()),
                    K::CompetenceWithoutQuestion { id: c.id.clone() },
                );
            }
        }
    }

    fn levels(&mut self, raw: Option<&S<Vec<u8>>>) -> Vec<u8> {
        let Some(raw) = raw else { return vec![] };
        for l in raw.get_ref() {
            if !(1..=8).contains(l) {
                self.err(Some(raw.span()), K::LevelRange { level: (*l).into() });
            }
        }
        raw.get_ref().clone()
    }

    fn claimed_levels(
        &mut self,
        comps: &[(Competence, Range<usize>)],
        questions: &[Question],
        levels: &[u8],
    ) {
        for (c, span) in comps {
            let mine: Vec<u8> = questions
                .iter()
                .filter(|q| q.competences.contains(&c.id))
                .map(|q| q.level)
                .collect();
            // A competence with no question at all already has its own warning.
            for l in levels
                .iter()
                .filter(|l| !mine.is_empty() && !mine.contains(l))
            {
                self.warn(
                    Some(span.clone()),
                    K::MissingLevel {
                        id: c.id.clone(),
                        level: (*l).into(),
                    },
                );
            }
        }
    }

    pub fn warn_question(&mut self, q: &RawQuestion) {
        if q.explanation.as_deref().is_none_or(|e| e.trim().is_empty()) {
            self.warn(Some(q.id.span()), K::NoExplanation);
        }
        // An observation is read by the médiateur, not by the person.
        let for_the_person = *q.kind.get_ref() != RawType::Observation;
        if for_the_person
            && q.prompt_falc
                .as_ref()
                .is_none_or(|f| f.get_ref().trim().is_empty())
        {
            self.warn(Some(q.id.span()), K::NoFalc);
        }
    }
}
