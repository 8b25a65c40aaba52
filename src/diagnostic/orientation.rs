//! From scores to trainings: the bank's rules, in order, each recommending trainings of the
//! local catalogue when its palier and competence conditions hold.

use crate::bank::{Bank, Rule, Test, Training};
use crate::diagnostic::scoring::Scores;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Orientation {
    /// Recommended trainings, first recommendation first, no duplicates.
    pub trainings: Vec<Training>,
    /// Messages of the rules that fired, in order.
    pub messages: Vec<String>,
    /// Ids (or positions, for rules without id) of the rules that fired.
    pub fired: Vec<String>,
}

/// Whether a rule applies to this result.
pub fn applies(rule: &Rule, scores: &Scores, palier: &str) -> bool {
    let palier_ok = rule.paliers.is_empty() || rule.paliers.iter().any(|p| p == palier);
    palier_ok
        && rule.when.iter().all(|c| {
            // A competence with no answered question was not measured: no condition on it holds.
            let Some(cs) = scores.competence(&c.competence) else {
                return false;
            };
            let Some(pct) = cs.percent() else {
                return false;
            };
            match c.test {
                Test::BelowPercent(x) => pct < f64::from(x),
                Test::AtLeastPercent(x) => pct >= f64::from(x),
                Test::BelowLevel(l) => cs.level < l,
                Test::AtLeastLevel(l) => cs.level >= l,
            }
        })
}

pub fn orient(bank: &Bank, scores: &Scores, palier: &str) -> Orientation {
    let mut out = Orientation {
        trainings: vec![],
        messages: vec![],
        fired: vec![],
    };
    for (i, rule) in bank.rules.iter().enumerate() {
        if !applies(rule, scores, palier) {
            continue;
        }
        out.fired
            .push(rule.id.clone().unwrap_or_else(|| format!("#{}", i + 1)));
        if let Some(m) = &rule.message {
            out.messages.push(m.clone());
        }
        for id in &rule.recommend {
            if let Some(t) = bank
                .training(id)
                .filter(|t| !out.trainings.iter().any(|o| o.id == t.id))
            {
                out.trainings.push(t.clone());
            }
        }
        if rule.stop {
            break;
        }
    }
    out
}
