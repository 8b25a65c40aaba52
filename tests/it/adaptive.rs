//! The adaptive engine driven on the shipped grands-débutants parcours, through the real
//! session, as a person would answer it.

use diagnum::bank::source::Library;
use diagnum::bank::{Bank, Mode, Question};
use diagnum::diagnostic::adaptive::seen;
use diagnum::diagnostic::adaptive::{MAX_ABOVE_ESTIMATE, Seen, estimate};
use diagnum::diagnostic::session::Session;
use diagnum::diagnostic::simulate::session;

fn grands_debutants() -> Bank {
    let b = Library::new(None)
        .resolve("grands-debutants")
        .ok()
        .and_then(|e| e.loaded.value)
        .expect("grands-debutants loads");
    assert_eq!(b.mode, Mode::Adaptive);
    b
}

/// (level asked, estimate before asking it) for every question after the first.
fn levels_and_estimates(s: &Session) -> Vec<(u8, Option<f64>)> {
    let answered: Vec<(&Question, Seen)> = s.answered().map(|(q, a)| (q, seen(q, a))).collect();
    (0..answered.len())
        .map(|i| {
            let direct: Vec<(u8, bool)> = answered[..i]
                .iter()
                .filter(|(_, s)| matches!(s, Seen::Validated | Seen::Invalidated))
                .map(|(q, s)| (q.level, *s == Seen::Validated))
                .collect();
            let est = (!direct.is_empty()).then(|| estimate(direct));
            (answered[i].0.level, est)
        })
        .collect()
}

#[test]
fn a_strong_profile_finishes_in_far_fewer_questions_than_the_bank_holds() {
    let b = grands_debutants();
    let s = session(&b, |_| true);
    let asked = s.path().count();
    assert!(s.is_finished());
    assert!(
        asked * 2 <= b.questions.len(),
        "{asked} questions asked of {}",
        b.questions.len()
    );
    let o = s.outcome();
    assert_eq!(o.verdict().unwrap().id, b.paliers.last().unwrap().id);
    assert_eq!(o.scores.percent(), 100.0);
    // Each competence stops once mastered (its hardest questions passed twice): every one
    // is measured, with its level.
    assert!(
        o.scores
            .competences
            .iter()
            .all(|c| c.rated_level() == Some(3)),
        "{:?}",
        o.scores.competences
    );
}

#[test]
fn a_weak_profile_stays_near_what_it_can_do() {
    let b = grands_debutants();
    let s = session(&b, |_| false);
    let asked = levels_and_estimates(&s);
    assert!(
        asked.len() * 2 <= b.questions.len(),
        "{} asked",
        asked.len()
    );
    // The first answers (level 2, wrong) bring the estimate down: no level 3 is ever asked.
    assert!(asked.iter().all(|(l, _)| *l <= 2), "{asked:?}");
    assert_eq!(s.outcome().verdict().unwrap().id, b.paliers[0].id);
}

/// Profiles that can do everything up to a level, and nothing above: a question 3 or more
/// levels above a failed one is never asked, nor one more than 2 above the estimate.
#[test]
fn never_three_levels_above_what_was_failed() {
    let b = grands_debutants();
    for can in 0..=3u8 {
        let s = session(&b, |q| q.level <= can);
        let mut failed: Option<u8> = None;
        for ((level, est), (q, a)) in levels_and_estimates(&s).into_iter().zip(s.answered()) {
            if let Some(f) = failed {
                assert!(level < f + 3, "can {can}: level {level} after failing {f}");
            }
            if let Some(e) = est {
                assert!(
                    f64::from(level) <= e + MAX_ABOVE_ESTIMATE,
                    "can {can}: {level} vs {e}"
                );
            }
            if seen(q, a) == Seen::Invalidated {
                failed = Some(failed.map_or(q.level, |f| f.min(q.level)));
            }
        }
    }
}

#[test]
fn every_run_stops_within_max_questions() {
    let b = grands_debutants();
    let max = b.max_questions.expect("the parcours sets max_questions");
    for k in 0..60u64 {
        let p = (k % 11) as f64 / 10.0;
        let s = session(&b, |q| {
            let h = q.id.bytes().fold(k.wrapping_mul(2_654_435_761), |a, c| {
                a.wrapping_mul(31).wrapping_add(u64::from(c))
            });
            (h % 1000) as f64 / 1000.0 < p
        });
        assert!(s.is_finished());
        assert!(s.path().count() <= max);
    }
}
