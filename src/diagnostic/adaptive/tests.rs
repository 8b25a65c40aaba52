use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;

use super::*;
use crate::testing::tube_bank;

fn idx(bank: &Bank, id: &str) -> usize {
    bank.questions.iter().position(|q| q.id == id).unwrap()
}

#[test]
fn estimate_starts_in_the_middle_and_follows_the_answers() {
    let none: Vec<(u8, bool)> = vec![];
    assert_eq!(estimate(none), 3.5, "only the two anchors");
    assert!(estimate(vec![(1, false), (2, false)]) < 1.5);
    assert!(estimate(vec![(3, true), (4, true), (5, true)]) > 4.5);
}

#[test]
fn a_confirmed_success_validates_easier_and_failure_invalidates_harder_in_the_tube() {
    let b = tube_bank(&[("a", &[1, 2, 3, 4]), ("b", &[1, 2])], None);
    let t = Tubes::new(&b);
    // One right answer alone may be a lucky pick: the easier questions are not asked, but
    // they count for nothing.
    let k = infer(&t, &[(idx(&b, "a-3"), Seen::Validated)], &[]);
    assert_eq!(k[idx(&b, "a-1")], Some(Known::Presumed));
    assert_eq!(k[idx(&b, "a-2")], Some(Known::Presumed));
    assert_eq!(k[idx(&b, "a-3")], Some(Known::Direct(true)));
    // Another right answer of the competence confirms it.
    let both = [
        (idx(&b, "a-3"), Seen::Validated),
        (idx(&b, "b-2"), Seen::Validated),
    ];
    let k = infer(&t, &both, &[]);
    assert_eq!(k[idx(&b, "a-1")], Some(Known::Inferred(true)));
    assert_eq!(k[idx(&b, "a-2")], Some(Known::Inferred(true)));
    assert_eq!(k[idx(&b, "b-1")], Some(Known::Inferred(true)));
    assert_eq!(k[idx(&b, "a-4")], None);
    // Unless an easier question of the competence was failed.
    let mut contradicted = both.to_vec();
    contradicted.push((idx(&b, "b-1"), Seen::Invalidated));
    let k = infer(&t, &contradicted, &[]);
    assert_eq!(k[idx(&b, "a-1")], Some(Known::Presumed));
    assert_eq!(k[idx(&b, "a-2")], Some(Known::Presumed));
    // Nor outside the session.
    let mut allowed = vec![true; b.questions.len()];
    allowed[idx(&b, "a-1")] = false;
    assert_eq!(infer(&t, &both, &allowed)[idx(&b, "a-1")], None);
    let k = infer(&t, &[(idx(&b, "a-2"), Seen::Invalidated)], &[]);
    assert_eq!(k[idx(&b, "a-3")], Some(Known::Inferred(false)));
    assert_eq!(k[idx(&b, "a-1")], None);
    assert_eq!(k[idx(&b, "b-2")], None, "other tubes untouched");
    // A neutralised task settles nothing and is settled by nothing.
    let k = infer(
        &t,
        &[
            (idx(&b, "a-2"), Seen::NotRun),
            (idx(&b, "a-4"), Seen::Validated),
            (idx(&b, "b-2"), Seen::Validated),
        ],
        &[],
    );
    assert_eq!(k[idx(&b, "a-2")], None);
    assert_eq!(k[idx(&b, "a-1")], Some(Known::Inferred(true)));
}

#[test]
fn first_question_is_level_2_of_an_easy_tube() {
    let b = tube_bank(&[("dur", &[2, 5, 6]), ("facile", &[1, 2, 3])], None);
    let t = Tubes::new(&b);
    for seed in 0..20u64 {
        let rank: Vec<u64> = (0..b.questions.len() as u64)
            .map(|i| (i + 1) * (seed + 7) % 11)
            .collect();
        let q = next(&b, &t, &[], &rank, &[], 0).unwrap();
        assert_eq!(b.questions[q].id, "facile-2");
    }
}

#[test]
fn too_hard_questions_are_left_out_and_the_run_stops() {
    let b = tube_bank(&[("a", &[1, 2]), ("b", &[5, 6])], None);
    let t = Tubes::new(&b);
    let rank = vec![0; b.questions.len()];
    let mut asked = vec![];
    while let Some(q) = next(&b, &t, &asked, &rank, &[], asked.len()) {
        asked.push((q, Seen::Invalidated));
    }
    // Failing tube a brings the estimate down to 0.5: levels 5 and 6 are out of reach.
    let ids: Vec<&str> = asked
        .iter()
        .map(|(q, _)| b.questions[*q].id.as_str())
        .collect();
    assert_eq!(ids, ["a-2", "a-1"]);
}

/// Every question of a level-1..=8 bank, for the weak and threshold profiles: a person who
/// fails a question is never asked one 3 or more levels above it.
#[test]
fn never_three_levels_above_a_failure() {
    let levels: &[u8] = &[1, 2, 3, 4, 5, 6, 7, 8];
    let b = tube_bank(
        &[
            ("a", levels),
            ("b", levels),
            ("c", &[1, 2]),
            ("d", &[4, 5, 6, 7, 8]),
            // Lone hard questions: their reward ties with easy ones, only the cap stops them.
            ("e", &[6]),
            ("f", &[8]),
        ],
        None,
    );
    let t = Tubes::new(&b);
    for can in 0..=8u8 {
        let rank: Vec<u64> = (0..b.questions.len() as u64).rev().collect();
        let mut asked: Vec<(usize, Seen)> = vec![];
        while let Some(q) = next(&b, &t, &asked, &rank, &[], asked.len()) {
            let level = b.questions[q].level;
            if let Some(failed) = asked
                .iter()
                .filter(|(_, s)| *s == Seen::Invalidated)
                .map(|(f, _)| b.questions[*f].level)
                .min()
            {
                assert!(
                    level < failed + 3,
                    "profile {can}: level {level} after failing {failed}"
                );
            }
            asked.push((
                q,
                if level <= can {
                    Seen::Validated
                } else {
                    Seen::Invalidated
                },
            ));
        }
        assert!(!asked.is_empty());
    }
}

fn arb_bank() -> impl Strategy<Value = Bank> {
    prop::collection::vec(prop::collection::btree_set(1u8..=8, 1..=5), 1..=5).prop_map(|tubes| {
        let names = ["a", "b", "c", "d", "e"];
        let levels: Vec<Vec<u8>> = tubes.into_iter().map(|s| s.into_iter().collect()).collect();
        let spec: Vec<(&str, &[u8])> = levels
            .iter()
            .enumerate()
            .map(|(i, l)| (names[i], l.as_slice()))
            .collect();
        tube_bank(&spec, None)
    })
}

fn arb_seen() -> impl Strategy<Value = Seen> {
    prop_oneof![
        Just(Seen::Validated),
        Just(Seen::Invalidated),
        Just(Seen::Neutral),
        Just(Seen::NotRun)
    ]
}

proptest! {
    #[test]
    fn estimate_never_leaves_0_to_8(answers in prop::collection::vec((1u8..=8, any::<bool>()), 0..60)) {
        let e = estimate(answers.iter().copied());
        prop_assert!((0.0..=8.0).contains(&e), "{e}");
    }

    #[test]
    fn inference_never_contradicts_a_direct_answer(
        bank in arb_bank(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), arb_seen()), 0..30),
    ) {
        let t = Tubes::new(&bank);
        let n = bank.questions.len();
        let mut asked: Vec<(usize, Seen)> = vec![];
        for (i, s) in picks {
            let q = i.index(n);
            if !asked.iter().any(|(a, _)| *a == q) {
                asked.push((q, s));
            }
        }
        let known = infer(&t, &asked, &[]);
        for (q, s) in &asked {
            let expected = match s {
                Seen::Validated => Some(Known::Direct(true)),
                Seen::Invalidated => Some(Known::Direct(false)),
                Seen::Neutral | Seen::NotRun => None,
            };
            prop_assert_eq!(known[*q], expected);
        }
    }

    /// The real engine on random banks and random answers: each question at most once,
    /// never one already settled, never more than 2 levels above the estimate, and it ends.
    #[test]
    fn engine_runs_are_sound(bank in arb_bank(), seed in any::<u64>(), p in 0.0f64..=1.0) {
        use rand::RngExt;
        let t = Tubes::new(&bank);
        let mut rng = StdRng::seed_from_u64(seed);
        let rank: Vec<u64> = (0..bank.questions.len()).map(|_| rng.random()).collect();
        let mut asked: Vec<(usize, Seen)> = vec![];
        while let Some(q) = next(&bank, &t, &asked, &rank, &[], asked.len()) {
            prop_assert!(!asked.iter().any(|(a, _)| *a == q), "asked twice");
            prop_assert!(infer(&t, &asked, &[])[q].is_none(), "already settled");
            let direct: Vec<(u8, bool)> = asked.iter().filter_map(|&(a, s)| match s {
                Seen::Validated => Some((bank.questions[a].level, true)),
                Seen::Invalidated => Some((bank.questions[a].level, false)),
                _ => None,
            }).collect();
            if !direct.is_empty() {
                prop_assert!(f64::from(bank.questions[q].level) <= estimate(direct) + MAX_ABOVE_ESTIMATE);
            }
            asked.push((q, if rng.random::<f64>() < p { Seen::Validated } else { Seen::Invalidated }));
            prop_assert!(asked.len() <= bank.questions.len());
        }
    }
}
