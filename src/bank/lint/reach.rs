//! What results a bank can produce: which paliers some run can reach, which orientation
//! rules can ever apply, and so which of the bank's trainings can ever be recommended.

use std::collections::{BTreeMap, HashSet};

use super::Spans;
use crate::bank::{Bank, Device, Mode, Question, QuestionKind, Scoring, Task, Test};
use crate::problems::{Problem, ProblemKind as K};

/// The exact analysis of every possible score is skipped past these sizes: with that many
/// questions the possible percentages are too close together to miss a palier.
const MAX_QUESTIONS: usize = 200;
const MAX_STEPS: usize = 6000;
const MAX_DENOMINATOR: usize = 60;

/// The points one question can give, as k / `denominator` for k in 0..=denominator.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Points {
    /// A self-assessment: counted apart, never in the percentage.
    Apart,
    Steps {
        denominator: usize,
        /// Whether the question may be left out of the count (a neutralised task, an
        /// observation not made, a question the adaptive engine does not ask).
        optional: bool,
    },
    /// Any share of a point (typing with partial scoring).
    Any,
}

fn points(q: &Question, mode: Mode) -> Points {
    let adaptive = mode == Mode::Adaptive;
    let steps = |denominator: usize, optional: bool| Points::Steps {
        denominator: denominator.max(1),
        optional: optional || adaptive,
    };
    match &q.kind {
        QuestionKind::SelfAssessment => Points::Apart,
        QuestionKind::Multiple {
            choices,
            scoring: Scoring::Partial,
            ..
        } => steps(choices.iter().filter(|c| c.correct).count(), false),
        QuestionKind::Order {
            items,
            scoring: Scoring::Partial,
        } => steps(items.len().saturating_sub(1), false),
        QuestionKind::Observation => steps(2, true),
        QuestionKind::Task(Task::Type {
            scoring: Scoring::Partial,
            ..
        }) => Points::Any,
        QuestionKind::Task(Task::Key { .. } | Task::Click { .. }) => steps(1, true),
        _ => steps(1, false),
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Every (questions counted, points × `scale`) a run can end with, or `None` when the
/// bank is too large for the exact analysis or some question gives any share of a point.
struct Outcomes {
    scale: usize,
    /// `reach[c]`: bit set of the points (× scale) reachable with `c` questions counted.
    reach: Vec<Vec<u64>>,
}

impl Outcomes {
    fn of(bank: &Bank) -> Option<Outcomes> {
        let all: Vec<Points> = bank
            .questions
            .iter()
            .map(|q| points(q, bank.mode))
            .filter(|p| *p != Points::Apart)
            .collect();
        if all.contains(&Points::Any) || all.len() > MAX_QUESTIONS {
            return None;
        }
        let mut scale = 1;
        for p in &all {
            if let Points::Steps { denominator, .. } = p {
                scale = scale / gcd(scale, *denominator) * denominator;
                if scale > MAX_DENOMINATOR {
                    return None;
                }
            }
        }
        let top = all.len() * scale;
        if top > MAX_STEPS {
            return None;
        }
        let words = top / 64 + 1;
        let mut reach = vec![vec![0u64; words]; all.len() + 1];
        reach[0][0] = 1;
        for (i, p) in all.iter().enumerate() {
            let Points::Steps {
                denominator,
                optional,
            } = *p
            else {
                continue;
            };
            let mut next = if optional {
                reach.clone()
            } else {
                vec![vec![0u64; words]; all.len() + 1]
            };
            for c in 0..=i {
                for k in 0..=denominator {
                    or_shifted(&mut next[c + 1], &reach[c], k * scale / denominator);
                }
            }
            reach = next;
        }
        Some(Outcomes { scale, reach })
    }

    /// Every reachable (count, points × scale).
    fn each(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.reach.iter().enumerate().flat_map(|(c, bits)| {
            bits.iter().enumerate().flat_map(move |(w, word)| {
                (0..64)
                    .filter(move |b| word >> b & 1 == 1)
                    .map(move |b| (c, w * 64 + b))
            })
        })
    }
}

/// `dst |= src << shift` on bit sets of the same length (bits past the end are dropped).
fn or_shifted(dst: &mut [u64], src: &[u64], shift: usize) {
    let (words, bits) = (shift / 64, shift % 64);
    for i in (words..dst.len()).rev() {
        let j = i - words;
        let mut v = src[j] << bits;
        if bits > 0 && j > 0 {
            v |= src[j - 1] >> (64 - bits);
        }
        dst[i] |= v;
    }
}

/// Which paliers some run reaches (all of them when that cannot be worked out).
fn reachable_paliers(bank: &Bank) -> Vec<bool> {
    let n = bank.paliers.len();
    let Some(out) = Outcomes::of(bank) else {
        return vec![true; n];
    };
    let mut reached = vec![false; n];
    for (count, pts) in out.each() {
        // The palier of a percentage: the last whose threshold it reaches (outcome.rs),
        // compared here in whole numbers: 100 × points ≥ min × count × scale.
        // Nothing counted gives 0 % (scoring.rs).
        let at = |min: u32| match count {
            0 => min == 0,
            _ => 100 * pts >= min as usize * count * out.scale,
        };
        if let Some(i) = bank.paliers.iter().rposition(|p| at(p.min_percent)) {
            reached[i] = true;
        } else if n > 0 {
            reached[0] = true;
        }
    }
    reached
}

pub(super) fn run(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>) {
    let reached = reachable_paliers(bank);
    for (i, ok) in reached.iter().enumerate() {
        if !ok {
            let id = bank.paliers[i].id.clone();
            p.push(Problem::warning(
                spans.paliers.get(i).cloned(),
                K::UnreachablePalier { id },
            ));
        }
    }
    let mut recommended: HashSet<&str> = HashSet::new();
    let mut always_stops: Option<String> = None;
    for (i, rule) in bank.rules.iter().enumerate() {
        let name = rule.id.clone().unwrap_or_else(|| format!("#{}", i + 1));
        let never = match &always_stops {
            Some(rule) => Some(K::RuleAfterStop { rule: rule.clone() }),
            None => never_applies(bank, rule, &reached),
        };
        match never {
            Some(kind) => p.push(Problem::warning(spans.rules.get(i).cloned(), kind)),
            None => recommended.extend(rule.recommend.iter().map(String::as_str)),
        }
        if always_stops.is_none() && rule.stop && rule.paliers.is_empty() && rule.when.is_empty() {
            always_stops = Some(name);
        }
    }
    // A person who uses only one device gets, in place of a training written for the
    // other, the bank's one for theirs (`diagnostic::orientation`).
    if bank.ask_device {
        let substitutes: Vec<&str> = recommended
            .iter()
            .filter_map(|id| bank.training(id))
            .filter_map(|t| {
                let other = match t.device? {
                    Device::Computer => Device::Phone,
                    Device::Phone => Device::Computer,
                };
                bank.device_substitute(t, other)
            })
            .map(|t| t.id.as_str())
            .collect();
        recommended.extend(substitutes);
    }
    let mut unused: Vec<(&String, &std::ops::Range<usize>)> = spans
        .trainings
        .iter()
        .filter(|(id, _)| !recommended.contains(id.as_str()))
        .collect();
    unused.sort_by_key(|(_, span)| span.start);
    for (id, span) in unused {
        p.push(Problem::warning(
            Some(span.clone()),
            K::TrainingNeverRecommended { id: id.clone() },
        ));
    }
}

/// Why a rule can never apply, if it cannot.
fn never_applies(bank: &Bank, rule: &crate::bank::Rule, reached: &[bool]) -> Option<K> {
    let palier_ok = |id: &String| {
        bank.paliers
            .iter()
            .position(|p| &p.id == id)
            .is_none_or(|i| reached[i])
    };
    if !rule.paliers.is_empty() && !rule.paliers.iter().any(palier_ok) {
        return Some(K::RuleUnreachablePaliers);
    }
    // Per competence: the percentage range [lo, hi) and level range the conditions leave.
    let mut ranges: BTreeMap<&str, (u32, u32, u32, u32)> = BTreeMap::new();
    for c in &rule.when {
        let r = ranges
            .entry(c.competence.as_str())
            .or_insert((0, u32::MAX, 0, u32::MAX));
        match c.test {
            Test::AtLeastPercent(x) => r.0 = r.0.max(x),
            Test::BelowPercent(x) => r.1 = r.1.min(x),
            Test::AtLeastLevel(l) => r.2 = r.2.max(l.into()),
            Test::BelowLevel(l) => r.3 = r.3.min(l.into()),
        }
    }
    for (competence, (lo, hi, lo_level, hi_level)) in ranges {
        let measured: Vec<&Question> = bank
            .questions
            .iter()
            .filter(|q| q.competences.iter().any(|c| c == competence))
            .filter(|q| !matches!(q.kind, QuestionKind::SelfAssessment))
            .collect();
        let competence = competence.to_string();
        if measured.is_empty() {
            return Some(K::RuleNotMeasured { competence });
        }
        if lo >= hi || lo_level >= hi_level {
            return Some(K::RuleContradiction { competence });
        }
        // Pix levels: each level present adds at most one (scoring.rs), so the highest
        // level is the number of levels the competence has questions at.
        let levels: HashSet<u8> = measured.iter().map(|q| q.level).collect();
        let max = levels.len() as u32;
        if lo_level > max {
            return Some(K::RuleLevelTooHigh {
                competence,
                level: lo_level,
                max,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_or_carries_across_words() {
        let mut dst = vec![0u64; 3];
        or_shifted(&mut dst, &[1 << 63, 1, 0], 1);
        assert_eq!(dst, vec![0, 1 | 2, 0]);
        let mut dst = vec![0u64; 3];
        or_shifted(&mut dst, &[1, 0, 0], 130);
        assert_eq!(dst, vec![0, 0, 4]);
    }
}
