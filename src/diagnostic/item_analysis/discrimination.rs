//! The upper-lower index on 27 % groups, with ties at a group's edge shared fairly.

use super::{Discrimination, GROUP_SHARE, MIN_ANSWERS};

/// The upper-lower index of question `i`, from the people who saw it and answered at least
/// one other measured question; `None` under `MIN_ANSWERS` of them.
pub(super) fn discrimination(scores: &[Vec<(usize, f64)>], i: usize) -> Option<Discrimination> {
    // (share of points on the other questions, points on this one)
    let mut pairs: Vec<(f64, f64)> = scores
        .iter()
        .filter_map(|s| {
            let own = s.iter().find(|(k, _)| *k == i)?.1;
            let others = s.len() - 1;
            let total: f64 = s.iter().map(|(_, p)| p).sum();
            (others > 0).then(|| ((total - own) / others as f64, own))
        })
        .collect();
    if pairs.len() < MIN_ANSWERS {
        return None;
    }
    let group = ((pairs.len() as f64 * GROUP_SHARE).round() as usize).max(1);
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let upper = group_mean(&pairs, group);
    pairs.reverse();
    let lower = group_mean(&pairs, group);
    Some(Discrimination {
        index: upper - lower,
        upper,
        lower,
        group,
    })
}

/// Mean score of the first `group` people of `ranked`; those tied with the last place each
/// count for an equal share of the places left.
fn group_mean(ranked: &[(f64, f64)], group: usize) -> f64 {
    let same = |a: f64, b: f64| (a - b).abs() < 1e-9;
    let (mut taken, mut sum, mut start) = (0usize, 0.0, 0);
    while taken < group && start < ranked.len() {
        let rest = ranked[start].0;
        let end = start
            + ranked[start..]
                .iter()
                .take_while(|(r, _)| same(*r, rest))
                .count();
        let block = &ranked[start..end];
        let places = (group - taken).min(block.len());
        let weight = places as f64 / block.len() as f64;
        sum += weight * block.iter().map(|(_, p)| p).sum::<f64>();
        taken += places;
        start = end;
    }
    sum / group as f64
}
