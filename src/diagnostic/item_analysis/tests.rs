//! Figures worked out by hand on the sample bank (s1: single, right = 0; m1: multiple,
//! partial, right = 0 and 1; t1: free answer "navigateur"; d1: single, right = 0).

use super::*;
use crate::testing::{parse, sample_bank};

fn c(i: &[usize]) -> Answer {
    Answer::Choices(i.to_vec())
}

fn text(t: &str) -> Answer {
    Answer::Text(t.into())
}

fn session(s1: Answer, m1: Answer, t1: Answer, d1: Answer) -> Vec<(String, Answer)> {
    vec![
        ("s1".into(), s1),
        ("m1".into(), m1),
        ("t1".into(), t1),
        ("d1".into(), d1),
    ]
}

fn analyse(bank: &Bank, sessions: &[Vec<(String, Answer)>]) -> Analysis {
    let mut a = Analyser::new(bank);
    for s in sessions {
        a.add(s);
    }
    a.finish()
}

fn item<'a>(a: &'a Analysis, id: &str) -> &'a Item {
    a.items.iter().find(|i| i.id == id).unwrap()
}

const RIGHT_T: &str = "navigateur";

/// Ten people. Points on (s1, m1, t1, d1), and their share on the questions other than s1:
/// A 1 1 1 1 → 1 · B 1 1 1 0 → 2/3 · C 1 1 0 1 → 2/3 · D 0 ½ 1 1 → 5/6 · E 1 ½ 0 1 → 1/2 ·
/// F 0 0 1 0 → 1/3 · G ? 0 0 1 → 1/3 · H 0 0 0 0 → 0 · I 1 0 0 0 → 0 · J 0 0 0 0 → 0.
fn ten() -> Vec<Vec<(String, Answer)>> {
    let t = || text(RIGHT_T);
    let no_t = || text("google");
    vec![
        session(c(&[0]), c(&[0, 1]), t(), c(&[0])),
        session(c(&[0]), c(&[0, 1]), t(), c(&[1])),
        session(c(&[0]), c(&[1, 0]), no_t(), c(&[0])),
        session(c(&[1]), c(&[0]), t(), c(&[0])),
        session(c(&[0]), c(&[1]), no_t(), c(&[0])),
        session(c(&[1]), c(&[2]), t(), c(&[1])),
        session(Answer::DontKnow, Answer::DontKnow, no_t(), c(&[0])),
        session(c(&[1]), c(&[0, 2]), text("Google "), c(&[1])),
        session(c(&[0]), c(&[2]), Answer::DontKnow, c(&[1])),
        session(c(&[2]), Answer::DontKnow, no_t(), c(&[1])),
    ]
}

#[test]
fn counts_shares_and_picks() {
    let bank = sample_bank();
    let a = analyse(&bank, &ten());
    assert_eq!(a.sessions, 10);
    let s1 = item(&a, "s1");
    // Right: A B C E I; wrong: D F H J; "je ne sais pas": G.
    assert_eq!(
        (s1.seen, s1.right, s1.partial, s1.wrong, s1.dont_know),
        (10, 5, 0, 4, 1)
    );
    assert_eq!(s1.picks, vec![5, 3, 1]);
    assert!((s1.share(s1.right) - 0.5).abs() < 1e-12);
    let m1 = item(&a, "m1");
    // Right: A B C; partly (one right choice alone): D E; wrong: F H I; ?: G J.
    assert_eq!(
        (m1.seen, m1.right, m1.partial, m1.wrong, m1.dont_know),
        (10, 3, 2, 3, 2)
    );
    assert_eq!(m1.picks, vec![5, 4, 3]);
}

#[test]
fn upper_lower_index_with_ties_at_the_edge() {
    let a = analyse(&sample_bank(), &ten());
    let d = item(&a, "s1").discrimination.unwrap();
    // 10 people → groups of round(2.7) = 3. Upper: A (1), D (0), then B and C tied at 2/3
    // for the last place, half each (1 and 1): (1 + 0 + 1) / 3. Lower: H, I, J, all at 0:
    // (0 + 1 + 0) / 3.
    assert_eq!(d.group, 3);
    assert!((d.upper - 2.0 / 3.0).abs() < 1e-9, "{d:?}");
    assert!((d.lower - 1.0 / 3.0).abs() < 1e-9, "{d:?}");
    assert!((d.index - 1.0 / 3.0).abs() < 1e-9, "{d:?}");
    assert!(
        item(&a, "s1").flags.is_empty(),
        "{:?}",
        item(&a, "s1").flags
    );
}

#[test]
fn the_order_sessions_come_in_changes_nothing() {
    let bank = sample_bank();
    let mut rev = ten();
    rev.reverse();
    let (a, b) = (analyse(&bank, &ten()), analyse(&bank, &rev));
    for (x, y) in a.items.iter().zip(&b.items) {
        assert_eq!(x.discrimination, y.discrimination, "{}", x.id);
    }
}

#[test]
fn a_question_the_weak_get_right_is_flagged_negative() {
    // d1 is right for the weak and wrong for the strong.
    let bank = sample_bank();
    let mut s = Vec::new();
    for k in 0..10 {
        let strong = k < 5;
        s.push(session(
            c(&[usize::from(!strong)]),
            if strong { c(&[0, 1]) } else { c(&[2]) },
            text(if strong { RIGHT_T } else { "google" }),
            c(&[usize::from(strong)]),
        ));
    }
    let a = analyse(&bank, &s);
    let d1 = item(&a, "d1");
    let d = d1.discrimination.unwrap();
    assert!((d.index + 1.0).abs() < 1e-9, "{d:?}");
    assert!(
        d1.flags.contains(&Flag::NegativeDiscrimination),
        "{:?}",
        d1.flags
    );
    let s1 = item(&a, "s1");
    assert!((s1.discrimination.unwrap().index - 1.0).abs() < 1e-9);
    assert!(
        !s1.flags
            .iter()
            .any(|f| matches!(f, Flag::LowDiscrimination | Flag::NegativeDiscrimination))
    );
}

#[test]
fn too_few_answers_give_no_flag_and_no_index() {
    let a = analyse(&sample_bank(), &ten()[..9]);
    let s1 = item(&a, "s1");
    assert_eq!(s1.seen, 9);
    assert_eq!(s1.flags, vec![Flag::TooFew]);
    assert_eq!(s1.discrimination, None);
}

#[test]
fn easy_hard_unused_choice_and_wrong_over_right() {
    let bank = sample_bank();
    // 20 people: s1 right for 19 (one picks choice 1, nobody choice 2); d1 right for 4,
    // wrong for 16; m1: the wrong choice 2 ticked by 12, right choice 1 by 8 only.
    let s: Vec<_> = (0..20)
        .map(|k| {
            session(
                c(&[usize::from(k == 0)]),
                if k < 8 { c(&[0, 1]) } else { c(&[0, 2]) },
                text(if k < 3 { RIGHT_T } else { "google" }),
                c(&[usize::from(k >= 4)]),
            )
        })
        .collect();
    let a = analyse(&bank, &s);
    let s1 = item(&a, "s1");
    assert!(s1.flags.contains(&Flag::TooEasy), "{:?}", s1.flags);
    assert!(s1.flags.contains(&Flag::UnusedChoice(2)), "{:?}", s1.flags);
    assert!(!s1.flags.contains(&Flag::UnusedChoice(1)));
    let d1 = item(&a, "d1");
    assert!(d1.flags.contains(&Flag::TooHard), "{:?}", d1.flags);
    assert!(
        d1.flags.contains(&Flag::WrongChoiceOverRight(1)),
        "{:?}",
        d1.flags
    );
    let m1 = item(&a, "m1");
    assert_eq!(m1.picks, vec![20, 8, 12]);
    assert!(
        m1.flags.contains(&Flag::WrongChoiceOverRight(2)),
        "{:?}",
        m1.flags
    );
    let t1 = item(&a, "t1");
    assert_eq!(t1.top_wrong, Some(("google".to_string(), 17)));
    assert!(
        t1.flags
            .contains(&Flag::WrongTextOverRight("google".into()))
    );
}

#[test]
fn self_assessments_not_evaluated_and_unknown_questions() {
    let bank = parse(&crate::testing::SAMPLE.replace(
        "[[trainings]]\nid = \"accompagnement-individuel\"",
        "[[questions]]\nid = \"avis\"\ntype = \"self\"\ncompetence = \"demarches\"\nlevel = 1\n\
         prompt = \"Je sais faire une démarche.\"\n\n[[questions]]\nid = \"obs\"\n\
         type = \"observation\"\ncompetence = \"demarches\"\nlevel = 1\nprompt = \"Clique.\"\n\n\
         [[trainings]]\nid = \"accompagnement-individuel\"",
    ));
    use crate::diagnostic::answer::Rating;
    let mut sessions = Vec::new();
    for k in 0..12 {
        let mut s = session(c(&[0]), c(&[0, 1]), text(RIGHT_T), c(&[0]));
        s.push((
            "avis".into(),
            match k % 3 {
                0 => Answer::Rating(Rating::Yes),
                1 => Answer::Rating(Rating::WithHelp),
                _ => Answer::DontKnow,
            },
        ));
        s.push((
            "obs".into(),
            if k < 2 {
                Answer::DontKnow
            } else {
                Answer::Rating(Rating::Yes)
            },
        ));
        s.push(("_device".into(), c(&[0])));
        s.push(("gone".into(), c(&[0])));
        s.push(("s1".into(), c(&[7])));
        sessions.push(s);
    }
    let a = analyse(&bank, &sessions);
    let avis = item(&a, "avis");
    assert_eq!(avis.kind, Kind::SelfAssessed);
    assert_eq!(
        (avis.seen, avis.right, avis.partial, avis.dont_know),
        (12, 4, 4, 4)
    );
    assert!(avis.flags.is_empty() && avis.discrimination.is_none());
    // An observation not made is "non évalué", not "je ne sais pas".
    let obs = item(&a, "obs");
    assert_eq!((obs.seen, obs.not_evaluated, obs.dont_know), (10, 2, 0));
    assert_eq!(a.unknown, vec!["gone".to_string()]);
    // The answer with a choice the bank does not have is left out, the first one counts.
    assert_eq!(item(&a, "s1").seen, 12);
}
