//! From scores to trainings: the bank's rules, in order, each recommending trainings of the
//! local catalogue when its palier and competence conditions hold; then a short list a
//! person can follow: at most [`MAX_TRAININGS`], the weakest competence first, within one
//! carnet of pass numérique chèques, on the device the person uses, never below their
//! level, and at least one for a beginner.

use crate::bank::{Bank, Rule, Test, Training};
use crate::diagnostic::device::DeviceUse;
use crate::diagnostic::needs::{Need, needs};
use crate::diagnostic::scoring::Scores;
use crate::text::is_placeholder;

/// More trainings than this is a programme nobody follows: the first ones are chosen.
pub const MAX_TRAININGS: usize = 3;
/// A carnet of pass numérique holds 10 chèques of 10 €: the trainings fit in one.
pub const CARNET_CHEQUES: u32 = 10;
/// APTIC level below which a person at the bank's highest palier is never sent
/// ("Découvrir" ateliers are not for someone already at ease).
pub const TOP_PALIER_MIN_APTIC: u8 = 2;

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Orientation {
    /// Recommended trainings, first recommendation first, no duplicates.
    pub trainings: Vec<Training>,
    /// Messages of the rules whose trainings were kept, in the order of the trainings.
    pub messages: Vec<String>,
    /// Ids (or positions, for rules without id) of the rules that fired.
    pub fired: Vec<String>,
    /// What the person needs, as services of the lieux standard, most pressing first
    /// (`needs`). Results stored before this field existed read as none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Need>,
}

/// Whether a rule applies to this result.
pub fn applies(rule: &Rule, scores: &Scores, palier: &str) -> bool {
    let palier_ok = rule.paliers.is_empty() || rule.paliers.iter().any(|p| p == palier);
    palier_ok
        && rule.when.iter().all(|c| {
            // A competence not measured, or without enough answers for a level, is not
            // judged: no condition on it holds.
            let Some(cs) = scores.competence(&c.competence).filter(|cs| cs.rated) else {
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

/// How much a rule's trainings are needed: the lowest percentage among the competences
/// its conditions look at, or the overall one for a rule on paliers only.
fn need(rule: &Rule, scores: &Scores) -> f64 {
    rule.when
        .iter()
        .filter_map(|c| scores.competence(&c.competence)?.percent())
        .fold(None, |m: Option<f64>, p| Some(m.map_or(p, |m| m.min(p))))
        .unwrap_or_else(|| scores.percent())
}

/// The training to propose in place of `t` to a person who uses `device`: itself when it
/// suits them, else the first of the catalogue written for their device at the same APTIC
/// level (or the closest below). `None` when there is none.
fn for_device<'a>(
    bank: &'a Bank,
    t: &'a Training,
    device: Option<DeviceUse>,
) -> Option<&'a Training> {
    let Some(d) = device else { return Some(t) };
    if d.fits(t) {
        return Some(t);
    }
    bank.device_substitute(t, d.only()?)
}

/// The rules that apply, in order, and the short list of trainings they make (see the
/// module's rules). `device`: what the person said they use, when asked.
pub fn orient(
    bank: &Bank,
    scores: &Scores,
    palier: &str,
    device: Option<DeviceUse>,
) -> Orientation {
    let mut out = Orientation::default();
    // (training, need, rule): every recommendation, in rule order.
    let mut wanted: Vec<(&Training, f64, usize)> = Vec::new();
    for (i, rule) in bank.rules.iter().enumerate() {
        if !applies(rule, scores, palier) {
            continue;
        }
        out.fired
            .push(rule.id.clone().unwrap_or_else(|| format!("#{}", i + 1)));
        let need = need(rule, scores);
        for id in &rule.recommend {
            if let Some(t) = bank.training(id).and_then(|t| for_device(bank, t, device)) {
                wanted.push((t, need, i));
            }
        }
        if rule.stop {
            break;
        }
    }
    // The weakest competence first; rule order among equals (the sort is stable).
    wanted.sort_by(|a, b| a.1.total_cmp(&b.1));
    let top = bank.paliers.len() > 1 && bank.paliers.last().is_some_and(|p| p.id == palier);
    let floor = if top { TOP_PALIER_MIN_APTIC } else { 1 };
    let mut chosen: Vec<(&Training, usize)> = Vec::new();
    let mut cheques = 0;
    for &(t, _, rule) in &wanted {
        if chosen.len() >= MAX_TRAININGS {
            break;
        }
        // A title still "À ADAPTER" is never read by a person (`check` warns instead).
        if t.aptic_level < floor
            || is_placeholder(&t.title)
            || chosen.iter().any(|(c, _)| c.id == t.id)
            || cheques + t.cheques > CARNET_CHEQUES
        {
            continue;
        }
        cheques += t.cheques;
        chosen.push((t, rule));
    }
    // A beginner never leaves with nothing: the first training that suits them, from the
    // rules or else from the catalogue.
    let beginner = bank.paliers.first().is_some_and(|p| p.id == palier);
    if beginner && chosen.is_empty() {
        let suits = |t: &&Training| {
            t.cheques <= CARNET_CHEQUES
                && device.is_none_or(|d| d.fits(t))
                && !is_placeholder(&t.title)
        };
        let first = wanted
            .iter()
            .map(|(t, _, r)| (*t, *r))
            .find(|(t, _)| suits(t))
            .or_else(|| {
                bank.trainings
                    .iter()
                    .filter(suits)
                    .min_by_key(|t| (t.aptic_level, t.cheques))
                    .map(|t| (t, usize::MAX))
            });
        chosen.extend(first);
    }
    for (t, rule) in &chosen {
        out.trainings.push((*t).clone());
        if let Some(m) = bank.rules.get(*rule).and_then(|r| r.message.as_ref())
            && !out.messages.contains(m)
        {
            out.messages.push(m.clone());
        }
    }
    out.needs = needs(bank, scores, palier, &out.trainings);
    out
}

#[cfg(test)]
mod tests;
