//! The adaptive parcours, Pix's "smart random" without calibrated statistics: questions of a
//! competence form tubes (one topic, rising levels); a failure invalidates the harder
//! questions of its tube; a success settles the easier ones (they are not asked), which
//! count as right only once other answers of the competence confirm it (a lucky pick alone
//! earns nothing more than itself). Each competence gets
//! answers in turn, the next question being the one whose answer would settle the most
//! questions; a competence is done when it is clearly mastered or clearly not, and the
//! parcours stops early for a person who has not found any answer yet. Pure functions of
//! the bank and the answers so far, so a session replays exactly.

use crate::bank::{Bank, Question, QuestionKind};
use crate::diagnostic::answer::Answer;
use crate::diagnostic::scoring::score;
use crate::diagnostic::verdict;

/// What an answered question tells the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// Fully right.
    Validated,
    /// Wrong, partly right, or "je ne sais pas".
    Invalidated,
    /// Asked, but says nothing about the level (self-assessment, not observed).
    Neutral,
    /// Neutralised: the terminal could not run this task. Not counted at all.
    NotRun,
}

/// What is known of a question: from its own answer, or inferred from its tube.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Direct(bool),
    /// Settled by another answer of its tube, and counted in the results as right (a
    /// confirmed success above it) or wrong (a failure below it).
    Inferred(bool),
    /// A harder question of its tube was passed, but nothing confirms that it was not a
    /// lucky pick: not asked (as in Pix), and counted nowhere until confirmed.
    Presumed,
}

/// Pix: the first question is taken at this level, in the easy tubes.
pub const FIRST_LEVEL: u8 = 2;
/// Pix: a tube whose hardest question is at most this level is "easy".
pub const EASY_TUBE_MAX: u8 = 3;
/// Pix: never ask more than this many levels above the estimate.
pub const MAX_ABOVE_ESTIMATE: f64 = 2.0;
/// A success settles the easier questions of its tube for good (they count as right)
/// only when the competence has this many right answers, at least this many times as many
/// as wrong ones: two right out of three is not luck for someone who knows, and rarely
/// luck for someone who picks at random.
pub const CONFIRMING: usize = 2;
/// A competence whose easiest questions were failed this many times is settled: asking
/// more of them would only discourage.
pub const SETTLE_FAILURES: usize = 2;
/// A competence whose hardest questions were passed this many times (in different tubes,
/// with no failure in the competence) is settled: it is mastered.
pub const SETTLE_SUCCESSES: usize = 2;

use state::State;

/// Questions grouped by tube: same first competence and same `tube` name. A question without
/// a tube is a tube of its own; self-assessments belong to none (they measure nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Tubes {
    /// Tube of each question, `None` for self-assessments.
    of: Vec<Option<usize>>,
    members: Vec<Vec<usize>>,
    /// Per tube: its hardest question is at most [`EASY_TUBE_MAX`].
    easy: Vec<bool>,
    levels: Vec<u8>,
    /// Competence (index in the bank) of each measured question: its first one.
    comp: Vec<Option<usize>>,
    competences: usize,
}

impl Tubes {
    pub fn new(bank: &Bank) -> Tubes {
        let mut keys: Vec<(Option<&str>, &str)> = Vec::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut of = Vec::with_capacity(bank.questions.len());
        for (i, q) in bank.questions.iter().enumerate() {
            if is_self(&q.kind) {
                of.push(None);
                continue;
            }
            let comp = q.competences.first().map_or("", String::as_str);
            let key = match &q.tube {
                Some(t) => (Some(comp), t.as_str()),
                None => (None, q.id.as_str()),
            };
            let t = keys.iter().position(|k| *k == key).unwrap_or_else(|| {
                keys.push(key);
                members.push(Vec::new());
                keys.len() - 1
            });
            members[t].push(i);
            of.push(Some(t));
        }
        let levels: Vec<u8> = bank.questions.iter().map(|q| q.level).collect();
        let easy = members
            .iter()
            .map(|m| m.iter().all(|&q| levels[q] <= EASY_TUBE_MAX))
            .collect();
        let comp = bank
            .questions
            .iter()
            .zip(&of)
            .map(|(q, t)| {
                t.and(q.competences.first())
                    .and_then(|c| bank.competences.iter().position(|x| x.id == *c))
            })
            .collect();
        Tubes {
            of,
            members,
            easy,
            levels,
            comp,
            competences: bank.competences.len(),
        }
    }

    fn mates(&self, q: usize) -> &[usize] {
        self.of[q].map_or(&[], |t| self.members[t].as_slice())
    }

    fn is_easy(&self, q: usize) -> bool {
        self.of[q].is_some_and(|t| self.easy[t])
    }
}

fn is_self(kind: &QuestionKind) -> bool {
    matches!(kind, QuestionKind::SelfAssessment)
}

/// Probability of a right answer at `level` for a person at `estimate` (Pix's logistic).
fn p_right(estimate: f64, level: f64) -> f64 {
    1.0 / (1.0 + (-(estimate - level)).exp())
}

/// Pix's estimate: the level (0.5 to 7.5 by halves) that best explains the direct answers,
/// with two anchors: a level-0 question anyone solves, a level-7 one nobody does. Lowest
/// level on ties. Always within 0.5 ..= 7.5.
pub fn estimate(direct: impl IntoIterator<Item = (u8, bool)>) -> f64 {
    // Per level: (answers, right ones); the anchors are a level-0 right and a level-7 wrong.
    let mut at = [(0.0f64, 0.0f64); 9];
    for (l, ok) in direct {
        let slot = &mut at[usize::from(l.min(8))];
        slot.0 += 1.0;
        slot.1 += f64::from(u8::from(ok));
    }
    at[0].0 += 1.0;
    at[0].1 += 1.0;
    at[7].0 += 1.0;
    let mut best = (f64::NEG_INFINITY, 0.5);
    for step in 1..=15 {
        let level = f64::from(step) * 0.5;
        let gap: f64 = at
            .iter()
            .zip(0u8..)
            .filter(|((n, _), _)| *n > 0.0)
            .map(|((n, right), d)| right - n * p_right(level, f64::from(d)))
            .sum();
        if -gap.abs() > best.0 {
            best = (-gap.abs(), level);
        }
    }
    best.1
}

/// Direct answers first; then each failure invalidates the harder unknown questions of its
/// tube, and each success settles the easier ones: validated when the success is
/// *confirmed*, only presumed (not asked, not counted) when it is not. A success is
/// confirmed when the competence has at least [`CONFIRMING`] right answers, [`CONFIRMING`]
/// times as many as wrong ones, and no question of the competence easier than it was
/// failed: a single right answer may be a lucky pick (or the longest choice), and
/// crediting it to the whole tube would reward the guess several times. An inference never
/// overwrites anything known, never touches a question that was asked, nor one outside
/// the session (`allowed`: device, médiateur present).
pub fn infer(tubes: &Tubes, asked: &[(usize, Seen)], allowed: &[bool]) -> Vec<Option<Known>> {
    let n = tubes.of.len();
    let mut known: Vec<Option<Known>> = vec![None; n];
    let mut was_asked = vec![false; n];
    for &(q, seen) in asked {
        was_asked[q] = true;
        known[q] = match seen {
            Seen::Validated => Some(Known::Direct(true)),
            Seen::Invalidated => Some(Known::Direct(false)),
            Seen::Neutral | Seen::NotRun => None,
        };
    }
    let confirmed = |q: usize| {
        let c = tubes.comp[q];
        let mine = || asked.iter().filter(|&&(o, _)| tubes.comp[o] == c);
        let right = mine().filter(|(_, s)| *s == Seen::Validated).count();
        let wrong = mine().filter(|(_, s)| *s == Seen::Invalidated).count();
        let easier_failed =
            mine().any(|&(o, s)| s == Seen::Invalidated && tubes.levels[o] < tubes.levels[q]);
        right >= CONFIRMING && right >= CONFIRMING * wrong && !easier_failed
    };
    // Failures and confirmed successes first: a presumption never hides a count.
    for pass in [true, false] {
        for &(q, seen) in asked {
            let (ok, k) = match seen {
                Seen::Validated if confirmed(q) => (true, Known::Inferred(true)),
                Seen::Validated if !pass => (true, Known::Presumed),
                Seen::Invalidated if pass => (false, Known::Inferred(false)),
                _ => continue,
            };
            let level = tubes.levels[q];
            for &m in tubes.mates(q) {
                let settles = if ok {
                    tubes.levels[m] < level
                } else {
                    tubes.levels[m] > level
                };
                let free = allowed.get(m).copied().unwrap_or(true) && !was_asked[m];
                if settles && free && known[m].is_none() {
                    known[m] = Some(k);
                }
            }
        }
    }
    known
}

/// How many questions could still be asked (an upper bound: answers settle others).
pub fn open_count(tubes: &Tubes, asked: &[(usize, Seen)], allowed: &[bool]) -> usize {
    let st = State::of(tubes, asked, allowed);
    if st.nothing_found() {
        return 0;
    }
    let self_left = (0..tubes.of.len())
        .filter(|&q| tubes.of[q].is_none() && allowed.get(q).copied().unwrap_or(true))
        .filter(|&q| !st.was_asked[q])
        .count();
    self_left
        + (0..tubes.of.len())
            .filter(|&q| st.open(tubes, allowed, q))
            .count()
}

/// The next question, or `None` when none would add information or the budget is spent
/// (`used`: answers counted so far, neutralised tasks not included). Self-assessments come
/// first, in bank order. Then, among the open questions (neither asked nor inferred, in the
/// session, in a competence not yet settled): easy tubes first; never more than 2 levels
/// above the estimate (the first measured question at level 2); the competences with the
/// fewest answers first, so that each gets the answers its level needs; then the highest
/// expected number of questions settled. `rank` breaks ties (seeded: random, but replays).
pub fn next(
    bank: &Bank,
    tubes: &Tubes,
    asked: &[(usize, Seen)],
    rank: &[u64],
    allowed: &[bool],
    used: usize,
) -> Option<usize> {
    if bank.max_questions.is_some_and(|m| used >= m) {
        return None;
    }
    let st = State::of(tubes, asked, allowed);
    let in_scope = |q: usize| allowed.get(q).copied().unwrap_or(true);
    if let Some(q) = (0..bank.questions.len())
        .find(|&q| tubes.of[q].is_none() && in_scope(q) && !st.was_asked[q])
    {
        return Some(q);
    }
    if st.nothing_found() {
        return None;
    }
    let open = |q: usize| st.open(tubes, allowed, q);
    let mut candidates: Vec<usize> = (0..bank.questions.len()).filter(|&q| open(q)).collect();
    if candidates.iter().any(|&q| tubes.is_easy(q)) {
        candidates.retain(|&q| tubes.is_easy(q));
    }
    let pick_lowest_rank = |c: &[usize]| c.iter().copied().min_by_key(|&q| (rank[q], q));
    if st.direct.is_empty() {
        // Start: level 2 when the easy tubes have it, else their lowest level.
        let at = |l: u8| candidates.iter().any(|&q| tubes.levels[q] == l);
        let level = if at(FIRST_LEVEL) {
            Some(FIRST_LEVEL)
        } else {
            candidates.iter().map(|&q| tubes.levels[q]).min()
        };
        candidates.retain(|&q| Some(tubes.levels[q]) == level);
        return pick_lowest_rank(&candidates);
    }
    let est = estimate(st.direct.iter().copied());
    candidates.retain(|&q| f64::from(tubes.levels[q]) - est <= MAX_ABOVE_ESTIMATE);
    // Coverage: the competences with the fewest answers first.
    let answers = |q: usize| tubes.comp[q].map_or(0, |c| st.comps[c].direct);
    if let Some(fewest) = candidates.iter().map(|&q| answers(q)).min() {
        candidates.retain(|&q| answers(q) == fewest);
    }
    let p: Vec<f64> = (0..=8).map(|l| p_right(est, f64::from(l))).collect();
    let reward = |q: usize| {
        let level = tubes.levels[q];
        // The question itself plus the open ones its answer would settle either way.
        let (mut easier, mut harder) = (1.0, 1.0);
        for &m in tubes.mates(q) {
            if m != q && open(m) {
                match tubes.levels[m].cmp(&level) {
                    std::cmp::Ordering::Less => easier += 1.0,
                    std::cmp::Ordering::Greater => harder += 1.0,
                    std::cmp::Ordering::Equal => {}
                }
            }
        }
        let p = p[usize::from(level.min(8))];
        p * easier + (1.0 - p) * harder
    };
    let rewards: Vec<f64> = candidates.iter().map(|&q| reward(q)).collect();
    let best = rewards.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let best: Vec<usize> = candidates
        .iter()
        .zip(&rewards)
        .filter(|(_, r)| **r >= best - 1e-9)
        .map(|(q, _)| *q)
        .collect();
    pick_lowest_rank(&best)
}

/// What an answer tells the adaptive engine. Only a fully right answer validates (as in
/// Pix, where a partly right answer does not).
pub fn seen(q: &Question, a: &Answer) -> Seen {
    match (&q.kind, a) {
        (_, Answer::NotEvaluated) => Seen::NotRun,
        (QuestionKind::SelfAssessment, _) | (QuestionKind::Observation, Answer::DontKnow) => {
            Seen::Neutral
        }
        _ if score(q, a) >= 1.0 - 1e-9 => Seen::Validated,
        _ => Seen::Invalidated,
    }
}

mod state;
#[cfg(test)]
mod tests;
