//! Simulated answer profiles run through the real session (adaptive engine included),
//! scoring and orientation: to show that every palier, rule and training of a bank can be
//! reached, and to test profiles a médiateur knows (beginner, strong, good at messages but
//! lost in démarches).

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use crate::bank::{Bank, Question, QuestionKind, Task};
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::session::{Answer, Rating, Session};

/// The right answer to a question (first accepted text for free answers).
pub fn right_answer(q: &Question) -> Answer {
    match &q.kind {
        QuestionKind::Text { accept, .. } => Answer::Text(accept[0].clone()),
        QuestionKind::Task(Task::Type { text, .. }) => Answer::Text(text.clone()),
        QuestionKind::Task(_) => Answer::Task {
            attempts: 1,
            success: true,
        },
        QuestionKind::Observation | QuestionKind::SelfAssessment => Answer::Rating(Rating::Yes),
        QuestionKind::Order { items, .. } => Answer::Choices((0..items.len()).collect()),
        k => Answer::Choices(
            k.choices()
                .iter()
                .enumerate()
                .filter(|(_, c)| c.correct)
                .map(|(i, _)| i)
                .collect(),
        ),
    }
}

/// A wrong answer to a question: "je ne sais pas", a task not done, "non" / "pas du tout".
pub fn wrong_answer(q: &Question) -> Answer {
    match &q.kind {
        QuestionKind::Task(Task::Key { attempts, .. } | Task::Click { attempts, .. }) => {
            Answer::Task {
                attempts: u32::from(*attempts),
                success: false,
            }
        }
        QuestionKind::Observation | QuestionKind::SelfAssessment => Answer::Rating(Rating::No),
        _ => Answer::DontKnow,
    }
}

/// A whole session (seed 0) where the person is right where `right(q)`, wrong elsewhere.
/// Returns the session, finished.
pub fn session(bank: &Bank, right: impl Fn(&Question) -> bool) -> Session {
    let mut s = Session::new(bank.clone(), &mut StdRng::seed_from_u64(0));
    while let Some(q) = s.question() {
        let a = if right(q) {
            right_answer(q)
        } else {
            wrong_answer(q)
        };
        s.answer(a);
    }
    s
}

/// The outcome of [`session`]: in a linear bank, every question answered.
pub fn run(bank: &Bank, right: impl Fn(&Question) -> bool) -> Outcome {
    session(bank, right).outcome()
}

/// What a set of profiles reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// By position in `bank.paliers`.
    pub paliers: Vec<bool>,
    /// By position in `bank.rules`.
    pub rules: Vec<bool>,
    /// Ids of trainings recommended at least once.
    pub trainings: Vec<String>,
}

/// Structured profiles (all, none, one competence in or out, up to a level) and `random`
/// seeded random ones, where each competence has its own success rate.
pub fn reach(bank: &Bank, random: usize, seed: u64) -> Reach {
    let mut r = Reach {
        paliers: vec![false; bank.paliers.len()],
        rules: vec![false; bank.rules.len()],
        trainings: vec![],
    };
    let mut record = |o: Outcome| {
        if let Some(i) = bank.paliers.iter().position(|p| p.id == o.palier.id) {
            r.paliers[i] = true;
        }
        for (i, rule) in bank.rules.iter().enumerate() {
            let id = rule.id.clone().unwrap_or_else(|| format!("#{}", i + 1));
            if o.orientation.fired.contains(&id) {
                r.rules[i] = true;
            }
        }
        for t in o.orientation.trainings {
            if !r.trainings.contains(&t.id) {
                r.trainings.push(t.id);
            }
        }
    };
    record(run(bank, |_| true));
    record(run(bank, |_| false));
    for c in &bank.competences {
        record(run(bank, |q| !q.competences.contains(&c.id)));
        record(run(bank, |q| q.competences.contains(&c.id)));
    }
    for level in 1..=8 {
        record(run(bank, |q| q.level <= level));
    }
    let mut rng = StdRng::seed_from_u64(seed);
    for _ in 0..random {
        let rates: Vec<f64> = bank
            .competences
            .iter()
            .map(|_| rng.random::<f64>())
            .collect();
        let draws: Vec<f64> = bank.questions.iter().map(|_| rng.random::<f64>()).collect();
        record(run(bank, |q| {
            let i = bank
                .questions
                .iter()
                .position(|x| x.id == q.id)
                .unwrap_or(0);
            let c = bank
                .competences
                .iter()
                .position(|c| q.competences.first() == Some(&c.id))
                .unwrap_or(0);
            draws[i] < rates[c]
        }));
    }
    r
}
