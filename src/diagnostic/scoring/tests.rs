use super::*;
use crate::diagnostic::adaptive::{Seen, seen};
use crate::diagnostic::session::Rating;
use crate::testing::sample_bank;

fn q(bank: &Bank, id: &str) -> Question {
    bank.questions.iter().find(|q| q.id == id).unwrap().clone()
}

#[test]
fn single_and_dont_know() {
    let b = sample_bank();
    let s = q(&b, "s1");
    let right = s.kind.choices().iter().position(|c| c.correct).unwrap();
    assert_eq!(score(&s, &Answer::Choices(vec![right])), 1.0);
    assert_eq!(score(&s, &Answer::Choices(vec![(right + 1) % 3])), 0.0);
    assert_eq!(score(&s, &Answer::DontKnow), 0.0);
}

#[test]
fn multiple_all_or_nothing_and_partial() {
    let b = sample_bank();
    let m = q(&b, "m1"); // choices: right, right, wrong ; partial
    assert_eq!(score(&m, &Answer::Choices(vec![0, 1])), 1.0);
    assert_eq!(score(&m, &Answer::Choices(vec![0])), 0.5);
    assert_eq!(score(&m, &Answer::Choices(vec![0, 2])), 0.0);
    assert_eq!(score(&m, &Answer::Choices(vec![2])), 0.0);
    let mut strict = m.clone();
    if let QuestionKind::Multiple { scoring, .. } = &mut strict.kind {
        *scoring = Scoring::AllOrNothing;
    }
    assert_eq!(score(&strict, &Answer::Choices(vec![0])), 0.0);
    assert_eq!(score(&strict, &Answer::Choices(vec![1, 0])), 1.0);
}

#[test]
fn text_uses_tolerance() {
    let b = sample_bank();
    let t = q(&b, "t1"); // accepts "navigateur"
    assert_eq!(score(&t, &Answer::Text("Navigateur ".into())), 1.0);
    assert_eq!(score(&t, &Answer::Text("google".into())), 0.0);
}

#[test]
fn order_exact_and_adjacent_pairs() {
    assert_eq!(order_score(4, &[0, 1, 2, 3], Scoring::AllOrNothing), 1.0);
    assert_eq!(order_score(4, &[1, 0, 2, 3], Scoring::AllOrNothing), 0.0);
    // 1→2 and 2→3 are right neighbours, 0 is misplaced: 2 of 3 pairs.
    assert!((order_score(4, &[1, 2, 3, 0], Scoring::Partial) - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(order_score(4, &[3, 2, 1, 0], Scoring::Partial), 0.0);
    assert_eq!(
        order_score(4, &[0, 1, 2], Scoring::Partial),
        0.0,
        "incomplete answer"
    );
}

#[test]
fn pix_levels() {
    assert_eq!(level(&[]), 0);
    assert_eq!(level(&[(1, 1.0), (1, 1.0)]), 1);
    assert_eq!(level(&[(1, 1.0), (2, 1.0), (2, 0.0)]), 1); // 8 + 4 pix
    assert_eq!(level(&[(1, 1.0), (2, 1.0)]), 2);
    assert_eq!(level(&[(1, 0.0), (2, 1.0)]), 1);
    assert_eq!(level(&[(3, 1.0), (3, 1.0), (3, 1.0)]), 1);
}

#[test]
fn competence_percent_counts_only_its_questions() {
    let b = sample_bank();
    let all: Vec<(&Question, Evidence)> = b
        .questions
        .iter()
        .map(|q| (q, Evidence::Answered(&Answer::DontKnow)))
        .collect();
    let s = compute(&b, &all);
    assert_eq!(s.asked, b.questions.len());
    assert_eq!(s.percent(), 0.0);
    let msg = s.competence("messagerie").unwrap();
    assert_eq!(msg.percent(), Some(0.0));
    assert_eq!(msg.level, 0);
}

#[test]
fn inferred_answers_count_and_are_marked() {
    let b = sample_bank();
    let s1 = q(&b, "s1"); // messagerie, level 1
    let m1 = q(&b, "m1"); // messagerie, level 2
    let ev = [
        (&s1, Evidence::Inferred(true)),
        (&m1, Evidence::Answered(&Answer::Choices(vec![0, 1]))),
    ];
    let s = compute(&b, &ev);
    let msg = s.competence("messagerie").unwrap();
    assert_eq!((msg.asked, msg.inferred, msg.level), (2, 1, 2));
    assert_eq!(msg.percent(), Some(100.0));
    let s = compute(&b, &[(&s1, Evidence::Inferred(false))]);
    assert_eq!(s.competence("messagerie").unwrap().points, 0.0);
    assert_eq!(s.asked, 1);
}

fn tasks() -> Bank {
    crate::testing::parse(include_str!("../../../tests/fixtures/tasks.toml"))
}

#[test]
fn tasks_ratings_and_neutralised_answers() {
    let b = tasks();
    let key = q(&b, "touche-entree");
    let done = |success| Answer::Task {
        attempts: 2,
        success,
    };
    assert_eq!(score(&key, &done(true)), 1.0);
    assert_eq!(score(&key, &done(false)), 0.0);
    assert_eq!(seen(&key, &Answer::NotEvaluated), Seen::NotRun);
    assert_eq!(counts(&key, &Answer::NotEvaluated), Counts::NotEvaluated);
    let typing = q(&b, "taper-bonjour");
    assert_eq!(
        score(&typing, &Answer::Text(" Bonjour  Madame ".into())),
        1.0
    );
    assert_eq!(score(&typing, &Answer::Text("bonjour madame".into())), 0.0);
    let mut partial = typing.clone();
    if let QuestionKind::Task(Task::Type { scoring, .. }) = &mut partial.kind {
        *scoring = Scoring::Partial;
    }
    let s = score(&partial, &Answer::Text("bonjour Madame".into()));
    assert!((s - 13.0 / 14.0).abs() < 1e-9, "{s}");
    let obs = q(&b, "obs-souris");
    let rated = |r| Answer::Rating(r);
    assert_eq!(score(&obs, &rated(Rating::WithHelp)), 0.5);
    assert_eq!(seen(&obs, &rated(Rating::WithHelp)), Seen::Invalidated);
    assert_eq!(seen(&obs, &Answer::DontKnow), Seen::Neutral);
    assert_eq!(counts(&obs, &Answer::DontKnow), Counts::NotEvaluated);
    let me = q(&b, "avis-photo");
    assert_eq!(seen(&me, &rated(Rating::Yes)), Seen::Neutral);
    assert_eq!(counts(&me, &rated(Rating::Yes)), Counts::SelfAssessed);
    assert_eq!(counts(&me, &Answer::DontKnow), Counts::Nothing);
}

#[test]
fn self_assessment_is_scored_apart_and_neutralised_tasks_nowhere() {
    let b = tasks();
    let (key, click, me) = (
        q(&b, "touche-entree"),
        q(&b, "clic-ok"),
        q(&b, "avis-photo"),
    );
    let yes = Answer::Rating(Rating::WithHelp);
    let ev = [
        (&key, Evidence::Answered(&Answer::NotEvaluated)),
        (&click, Evidence::Answered(&Answer::NotEvaluated)),
        (&me, Evidence::Answered(&yes)),
    ];
    let s = compute(&b, &ev);
    assert_eq!((s.asked, s.points), (0, 0.0), "neither earned nor possible");
    let mat = s.competence("materiel").unwrap();
    assert_eq!((mat.percent(), mat.not_evaluated), (None, 2));
    let msg = s.competence("messagerie").unwrap();
    assert_eq!((msg.percent(), msg.self_percent()), (None, Some(50.0)));
}
