use super::*;
use crate::diagnostic::device::{self, DeviceUse};
use crate::diagnostic::simulate::{right_answer, wrong_answer};
use crate::testing::{sample_bank, tube_bank};
use rand::SeedableRng;
use rand::rngs::StdRng;

#[test]
fn same_seed_same_order_and_back_keeps_answers() {
    let a = Session::new(sample_bank(), &mut StdRng::seed_from_u64(7));
    let b = Session::new(sample_bank(), &mut StdRng::seed_from_u64(7));
    assert_eq!(a.items, b.items);
    assert_eq!(a.fixed_len(), Some(4));
    let mut s = a;
    s.answer(Answer::DontKnow);
    assert_eq!((s.index(), s.number()), (1, 2));
    assert!(s.back());
    assert_eq!(s.previous_answer(), Some(&Answer::DontKnow));
    assert!(!s.back());
}

#[test]
fn choice_order_is_a_permutation() {
    let s = Session::new(sample_bank(), &mut StdRng::seed_from_u64(3));
    for item in &s.items {
        let mut o = item.order.clone();
        o.sort_unstable();
        assert_eq!(
            o,
            (0..s.bank.questions[item.question].kind.choices().len()).collect::<Vec<_>>()
        );
    }
}

fn ids(s: &Session) -> Vec<String> {
    s.path()
        .map(|i| s.bank().questions[i.question].id.clone())
        .collect()
}

#[test]
fn adaptive_path_grows_with_the_answers_and_inference_settles_the_rest() {
    let bank = tube_bank(&[("a", &[1, 2, 3]), ("b", &[1, 2, 3])], None);
    let mut s = Session::new(bank, &mut StdRng::seed_from_u64(1));
    assert_eq!(s.fixed_len(), None);
    assert_eq!(s.path().count(), 1, "only the first question is chosen");
    assert_eq!(s.question().unwrap().level, 2, "start at level 2");
    while let Some(q) = s.question() {
        let a = right_answer(q);
        s.answer(a);
    }
    // Level 2 right → its level 1 inferred and the estimate up: the other tube starts at
    // level 3, which settles its levels 1 and 2; then the last level 3.
    assert_eq!(s.path().count(), 3, "{:?}", ids(&s));
    assert_eq!(
        s.bank().questions[s.path().nth(1).unwrap().question].level,
        3
    );
    let o = s.outcome();
    assert_eq!(o.inferred.len(), 3);
    assert!(o.inferred.iter().all(|(_, ok)| *ok));
    let c = o.scores.competence("c").unwrap();
    assert_eq!((c.asked, c.inferred, c.level), (6, 3, 3));
    assert_eq!(o.scores.percent(), 100.0);
}

#[test]
fn changing_an_answer_drops_the_questions_chosen_after_it() {
    let bank = tube_bank(&[("a", &[1, 2, 3]), ("b", &[1, 2, 3])], None);
    let mut s = Session::new(bank, &mut StdRng::seed_from_u64(1));
    let first = s.question().unwrap().clone();
    s.answer(right_answer(&first));
    let after_right = ids(&s);
    // Same verdict again: the path after it is kept.
    assert!(s.back());
    s.answer(right_answer(&first));
    assert_eq!(ids(&s), after_right);
    // Another verdict: what followed is chosen again from the new answer.
    assert!(s.back());
    s.answer(wrong_answer(&first));
    assert_eq!(s.path().count(), 2);
    assert_ne!(ids(&s), after_right);
}

/// The journal resumes a session by re-feeding its `answer`/`back` calls to a new session
/// with the same seed: the same questions must come, with the same choice orders.
#[test]
fn replaying_the_calls_reproduces_an_adaptive_session() {
    let bank = crate::testing::shipped("grands-debutants");
    for seed in [0, 1, 42] {
        let mut live = Session::new(bank.clone(), &mut StdRng::seed_from_u64(seed));
        let mut journal: Vec<Option<Answer>> = vec![]; // None = back
        let mut n = 0;
        while let Some(q) = live.question() {
            n += 1;
            let a = if n % 3 == 0 {
                wrong_answer(q)
            } else {
                right_answer(q)
            };
            live.answer(a.clone());
            journal.push(Some(a));
            if n % 7 == 0 && live.back() {
                journal.push(None);
            }
        }
        let mut replay = Session::new(bank.clone(), &mut StdRng::seed_from_u64(seed));
        for step in &journal {
            match step {
                Some(a) => replay.answer(a.clone()),
                None => assert!(replay.back()),
            }
        }
        assert_eq!(
            replay.path().collect::<Vec<_>>(),
            live.path().collect::<Vec<_>>()
        );
        assert!(replay.is_finished());
        assert_eq!(replay.outcome(), live.outcome());
    }
}

#[test]
fn max_questions_stops_the_run() {
    let bank = tube_bank(
        &[("a", &[1, 2, 3]), ("b", &[1, 2, 3]), ("c", &[1, 2])],
        Some(2),
    );
    let mut s = Session::new(bank, &mut StdRng::seed_from_u64(0));
    assert_eq!(s.max_len(), 2);
    assert_eq!(s.remaining_at_most(), 1);
    while let Some(q) = s.question() {
        let a = wrong_answer(q);
        s.answer(a);
    }
    assert_eq!(s.path().count(), 2);
    assert!(!s.outcome().complete || s.is_finished());
}

/// A neutralised task is not numbered, does not use the budget, and settles nothing.
#[test]
fn neutralised_tasks_are_not_counted_in_an_adaptive_run() {
    let bank = crate::testing::parse(
        r#"schema = "diagnum/1"
[bank]
id = "t"
title = "T"
version = "1"
lang = "fr"
estimated_minutes = 5
mode = "adaptive"
max_questions = 2
[[competences]]
id = "c"
label = "C"
crcn = "1.1"
[[paliers]]
id = "p"
title = "P"
min_percent = 0
learner = "l"
mediator = "m"
[[questions]]
id = "clic-2"
type = "task"
task = "click"
competence = "c"
tube = "souris"
level = 2
prompt = "Cliquez."
[[questions]]
id = "souris-1"
type = "single"
competence = "c"
tube = "souris"
level = 1
prompt = "Souris ?"
choices = [{ text = "oui", correct = true }, { text = "non" }]
[[questions]]
id = "souris-3"
type = "single"
competence = "c"
tube = "souris"
level = 3
prompt = "Souris 3 ?"
choices = [{ text = "oui", correct = true }, { text = "non" }]
[[questions]]
id = "avis"
type = "self"
competence = "c"
level = 1
prompt = "Je sais cliquer."
"#,
    );
    let mut s = Session::new(bank, &mut StdRng::seed_from_u64(0));
    assert_eq!(ids(&s), ["avis"], "self-assessments first");
    s.answer(Answer::Rating(Rating::Yes));
    assert_eq!(s.question().unwrap().id, "clic-2", "then level 2");
    s.answer(Answer::NotEvaluated);
    assert_eq!(s.number(), 2, "the neutralised task has no number");
    // Budget 2: the self-assessment used one, the neutralised task none.
    let q = s.question().unwrap().clone();
    s.answer(right_answer(&q));
    assert!(s.is_finished());
    let o = s.outcome();
    let c = o.scores.competence("c").unwrap();
    assert_eq!((c.not_evaluated, c.self_asked), (1, 1));
    assert!(
        o.inferred.iter().all(|(id, _)| id != "clic-2"),
        "{:?}",
        o.inferred
    );
}

fn device_bank() -> crate::bank::Bank {
    crate::testing::parse(include_str!("../../../tests/fixtures/device.toml"))
}

fn device_choice(u: DeviceUse) -> Answer {
    Answer::Choices(vec![DeviceUse::ALL.iter().position(|x| *x == u).unwrap()])
}

/// Question ids of the path, the device question included.
fn path_ids(s: &Session) -> Vec<String> {
    s.path().map(|i| s.question_of(i).id.clone()).collect()
}

#[test]
fn the_device_question_comes_first_and_leaves_out_the_other_device() {
    let mut s = Session::new(device_bank(), &mut StdRng::seed_from_u64(3));
    assert!(s.on_device_question());
    assert_eq!(s.question().unwrap().id, device::QUESTION_ID);
    assert_eq!(s.item().unwrap().order, [0, 1, 2, 3], "never shuffled");
    // Before the answer, the plan is a person with both devices: the computer variants.
    assert_eq!(s.fixed_len(), Some(1 + 5));
    s.answer(device_choice(DeviceUse::PhoneOnly));
    assert_eq!(s.device_use(), Some(DeviceUse::PhoneOnly));
    let ids = path_ids(&s);
    assert!(ids.iter().all(|id| !id.starts_with("pc-")), "{ids:?}");
    assert!(ids.iter().any(|id| id.starts_with("tel-")), "{ids:?}");
    assert_eq!(s.number(), 2, "the device question is the first one shown");
    // Answered, then back to it with another device: the questions both have keep their
    // answers, the phone ones go.
    while s.question().is_some_and(|q| !q.id.starts_with("mess-")) {
        let q = s.question().unwrap().clone();
        s.answer(right_answer(&q));
    }
    let q = s.question().unwrap().clone();
    s.answer(right_answer(&q));
    while s.back() {}
    s.answer(Answer::DontKnow);
    assert_eq!(
        s.device_use(),
        Some(DeviceUse::Both),
        "je ne sais pas = les deux"
    );
    let ids = path_ids(&s);
    assert!(ids.iter().all(|id| !id.starts_with("tel-")), "{ids:?}");
    assert!(ids.iter().any(|id| id.starts_with("pc-")), "{ids:?}");
    let kept: Vec<&str> = s.answered().map(|(q, _)| q.id.as_str()).collect();
    assert_eq!(kept, ["obs-allumer", "mess-arnaque"], "{kept:?}");
}

#[test]
fn the_device_answer_is_never_scored() {
    let mut s = Session::new(device_bank(), &mut StdRng::seed_from_u64(3));
    s.answer(device_choice(DeviceUse::PhoneOnly));
    while let Some(q) = s.question() {
        let a = right_answer(q);
        s.answer(a);
    }
    let o = s.outcome();
    assert!(s.answered().all(|(q, _)| !device::is_device_question(q)));
    assert!(o.missed.is_empty() && o.not_evaluated.is_empty());
    assert_eq!(o.scores.percent(), 100.0);
    // The two computer questions are out of every score, never failed.
    assert_eq!(o.off_device, 2);
    assert_eq!(o.device, Some(DeviceUse::PhoneOnly));
    let m = o.scores.competence("materiel").unwrap();
    assert_eq!(
        (m.asked, m.direct),
        (3, 3),
        "two phone questions and the observation"
    );
    assert_eq!(o.verdict().unwrap().id, "autonome");
}

#[test]
fn a_phone_only_beginner_is_sent_to_the_phone_training() {
    let mut s = Session::new(device_bank(), &mut StdRng::seed_from_u64(3));
    s.answer(device_choice(DeviceUse::PhoneOnly));
    while let Some(q) = s.question() {
        let a = wrong_answer(q);
        s.answer(a);
    }
    let o = s.outcome();
    assert_eq!(o.verdict().unwrap().id, "debut");
    let ids: Vec<&str> = o
        .orientation
        .trainings
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["premiers-pas-telephone"]);
}

#[test]
fn alone_at_a_kiosk_no_observation_is_asked() {
    let bank = device_bank();
    let observation = |s: &Session| {
        s.path()
            .any(|i| matches!(s.question_of(i).kind, QuestionKind::Observation))
    };
    let with = Session::with_presence(
        bank.clone(),
        Presence::WithMediator,
        &mut StdRng::seed_from_u64(1),
    );
    assert!(observation(&with));
    let mut alone = Session::with_presence(bank, Presence::Alone, &mut StdRng::seed_from_u64(1));
    assert!(!observation(&alone));
    assert_eq!(alone.fixed_len(), with.fixed_len().map(|n| n - 1));
    while let Some(q) = alone.question() {
        let a = right_answer(q);
        alone.answer(a);
    }
    let m = alone.outcome();
    // Not asked, so not "non évalué" either: it was never the kiosk's to ask.
    assert!(m.not_evaluated.is_empty());
    assert!(m.verdict().is_some());
}

#[test]
fn one_self_assessment_or_a_few_answers_are_no_verdict() {
    let bank = crate::testing::shipped("abc-diag");
    let mut s = Session::new(bank.clone(), &mut StdRng::seed_from_u64(0));
    // abc-diag begins with self-assessments (after the device question, if it asks it).
    while s
        .question()
        .is_some_and(|q| !matches!(q.kind, QuestionKind::SelfAssessment))
    {
        s.answer(Answer::DontKnow);
    }
    s.answer(Answer::Rating(Rating::Yes));
    let o = s.outcome();
    assert!(o.verdict().is_none(), "{:?}", o.palier);
    assert!(o.orientation.trainings.is_empty());
    assert!(
        o.scores
            .competences
            .iter()
            .all(|c| c.rated_level().is_none())
    );
    // Two measured answers: still none.
    for _ in 0..2 {
        let q = s.question().unwrap().clone();
        s.answer(right_answer(&q));
    }
    assert!(s.outcome().verdict().is_none());
    // All of it: a verdict.
    while let Some(q) = s.question() {
        let a = right_answer(q);
        s.answer(a);
    }
    assert!(s.outcome().verdict().is_some());
}
