//! Checks of `[[orientation]]` rules: every reference exists, every condition is complete.

use std::ops::Range;

use super::Checker;
use crate::bank::raw::*;
use crate::bank::{Competence, Condition, Palier, Rule, Test, Training};
use crate::problems::ProblemKind as K;
use crate::text::clean;

impl Checker<'_> {
    pub(super) fn rules(
        &mut self,
        raw: Vec<RawRule>,
        comps: &[(Competence, Range<usize>)],
        paliers: &[Palier],
        trainings: &[Training],
    ) -> Vec<Rule> {
        self.unique(raw.iter().filter_map(|r| r.id.as_ref()));
        let comp_ids: Vec<&str> = comps.iter().map(|(c, _)| c.id.as_str()).collect();
        let palier_ids: Vec<&str> = paliers.iter().map(|p| p.id.as_str()).collect();
        let training_ids: Vec<&str> = trainings.iter().map(|t| t.id.as_str()).collect();
        raw.into_iter()
            .map(|r| {
                for p in &r.paliers {
                    self.reference(p, &palier_ids, self.complete.paliers, |id, suggestion| {
                        K::UnknownPalier { id, suggestion }
                    });
                }
                if r.recommend.get_ref().is_empty() {
                    self.err(Some(r.recommend.span()), K::EmptyRecommend);
                }
                for t in r.recommend.get_ref() {
                    self.reference(
                        t,
                        &training_ids,
                        self.complete.trainings,
                        |id, suggestion| K::UnknownTraining { id, suggestion },
                    );
                }
                let when = r
                    .when
                    .into_iter()
                    .filter_map(|c| self.condition(c, &comp_ids))
                    .collect();
                Rule {
                    id: r.id.map(toml::Spanned::into_inner),
                    paliers: r
                        .paliers
                        .into_iter()
                        .map(toml::Spanned::into_inner)
                        .collect(),
                    when,
                    recommend: r
                        .recommend
                        .into_inner()
                        .into_iter()
                        .map(toml::Spanned::into_inner)
                        .collect(),
                    message: r.message.map(|m| clean(&m)),
                    stop: r.stop,
                }
            })
            .collect()
    }

    fn condition(&mut self, c: S<RawCondition>, comp_ids: &[&str]) -> Option<Condition> {
        let span = c.span();
        let c = c.into_inner();
        self.reference(
            &c.competence,
            comp_ids,
            self.complete.competences,
            |id, suggestion| K::UnknownCompetence { id, suggestion },
        );
        let mut tests = Vec::new();
        for (p, make) in [
            (&c.below_percent, Test::BelowPercent as fn(u32) -> Test),
            (&c.at_least_percent, Test::AtLeastPercent),
        ] {
            if let Some(p) = p {
                if *p.get_ref() > 100 {
                    self.err(
                        Some(p.span()),
                        K::PercentRange {
                            value: *p.get_ref(),
                        },
                    );
                }
                tests.push(make(*p.get_ref()));
            }
        }
        for (l, make) in [
            (&c.below_level, Test::BelowLevel as fn(u8) -> Test),
            (&c.at_least_level, Test::AtLeastLevel),
        ] {
            if let Some(l) = l {
                if *l.get_ref() > 8 {
                    self.err(
                        Some(l.span()),
                        K::LevelRange {
                            level: (*l.get_ref()).into(),
                        },
                    );
                }
                tests.push(make(*l.get_ref()));
            }
        }
        if tests.len() != 1 {
            self.err(Some(span), K::ConditionComparators { count: tests.len() });
            return None;
        }
        Some(Condition {
            competence: c.competence.into_inner(),
            test: tests[0],
        })
    }
}
