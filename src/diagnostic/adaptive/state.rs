//! What the answers so far say of each competence: which questions are still open, which
//! competences are settled (clearly mastered or clearly not), whether the person has found
//! any answer yet.

use super::*;

/// What the answers so far say of each competence, for choosing and for stopping.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Competence {
    /// Measured questions this session can still or could put (not neutralised).
    pub(super) possible: usize,
    /// Measured answers given.
    pub(super) direct: usize,
    pub(super) failures: usize,
    /// Failures at the competence's easiest level in this session.
    pub(super) low_failures: usize,
    /// Tubes where a question at the competence's hardest level was passed.
    pub(super) top_tubes: Vec<usize>,
}

impl Competence {
    pub(super) fn settled(&self) -> bool {
        self.low_failures >= SETTLE_FAILURES
            || (self.top_tubes.len() >= SETTLE_SUCCESSES && self.failures == 0)
    }
}

/// The engine's view of a session so far.
pub(super) struct State {
    pub(super) known: Vec<Option<Known>>,
    pub(super) was_asked: Vec<bool>,
    pub(super) comps: Vec<Competence>,
    pub(super) direct: Vec<(u8, bool)>,
}

impl State {
    pub(super) fn of(tubes: &Tubes, asked: &[(usize, Seen)], allowed: &[bool]) -> State {
        let n = tubes.of.len();
        let mut was_asked = vec![false; n];
        for &(q, _) in asked {
            was_asked[q] = true;
        }
        let in_scope = |q: usize| allowed.get(q).copied().unwrap_or(true);
        let mut comps = vec![Competence::default(); tubes.competences];
        let mut lowest: Vec<Option<u8>> = vec![None; tubes.competences];
        let mut highest: Vec<Option<u8>> = vec![None; tubes.competences];
        for q in (0..n).filter(|&q| in_scope(q)) {
            if let Some(c) = tubes.comp[q] {
                let l = tubes.levels[q];
                lowest[c] = Some(lowest[c].map_or(l, |x| x.min(l)));
                highest[c] = Some(highest[c].map_or(l, |x| x.max(l)));
                comps[c].possible += 1;
            }
        }
        let mut direct = Vec::new();
        for &(q, seen) in asked {
            let Some(c) = tubes.comp[q] else { continue };
            let level = tubes.levels[q];
            match seen {
                // A task this terminal cannot run, an observation not made: not possible.
                Seen::NotRun | Seen::Neutral => {
                    comps[c].possible = comps[c].possible.saturating_sub(1);
                }
                Seen::Validated | Seen::Invalidated => {
                    let ok = seen == Seen::Validated;
                    direct.push((level, ok));
                    let k = &mut comps[c];
                    k.direct += 1;
                    if ok && Some(level) == highest[c] {
                        if let Some(t) = tubes.of[q].filter(|t| !k.top_tubes.contains(t)) {
                            k.top_tubes.push(t);
                        }
                    } else if !ok {
                        k.failures += 1;
                        if Some(level) == lowest[c] {
                            k.low_failures += 1;
                        }
                    }
                }
            }
        }
        State {
            known: infer(tubes, asked, allowed),
            was_asked,
            comps,
            direct,
        }
    }

    /// Not asked, not inferred, in the session, and its competence still open.
    pub(super) fn open(&self, tubes: &Tubes, allowed: &[bool], q: usize) -> bool {
        tubes.of[q].is_some()
            && allowed.get(q).copied().unwrap_or(true)
            && !self.was_asked[q]
            && self.known[q].is_none()
            && tubes.comp[q].is_none_or(|c| !self.comps[c].settled())
    }

    /// A person who has not found a single right answer, once every competence has been
    /// tried and the answers suffice for a verdict: more questions would only discourage
    /// (and say nothing more: the verdict is the first palier either way).
    pub(super) fn nothing_found(&self) -> bool {
        if self.direct.is_empty() || self.direct.iter().any(|(_, ok)| *ok) {
            return false;
        }
        let measurable: Vec<&Competence> = self.comps.iter().filter(|c| c.possible > 0).collect();
        let tried = measurable.iter().all(|c| c.direct > 0 || c.settled());
        let rated = measurable
            .iter()
            .filter(|c| verdict::competence_has_level(c.direct, c.possible))
            .count();
        let possible = measurable.iter().map(|c| c.possible).sum();
        tried && verdict::concludes(self.direct.len(), possible, rated, measurable.len())
    }
}
