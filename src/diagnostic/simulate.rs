//! Simulated answer profiles run through the real session (adaptive engine included),
//! scoring and orientation: to show that every palier, rule and training of a bank can be
//! reached, and to test profiles a médiateur knows (beginner, strong, good at messages but
//! lost in démarches).

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};

use crate::bank::{Bank, Question, QuestionKind, Task};
use crate::diagnostic::abilities::Abilities;
use crate::diagnostic::device::{DeviceUse, is_device_question};
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::session::{Answer, Item, Presence, Rating, Session};

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
        let a = if is_device_question(q) {
            // "Je ne sais pas": both devices, nothing left out.
            Answer::DontKnow
        } else if right(q) {
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
        if let Some(i) = o
            .verdict()
            .and_then(|v| bank.paliers.iter().position(|p| p.id == v.id))
        {
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

/// A way of answering that knows nothing, or everything: the tricks a médiateur must not
/// be fooled by, and the two ends a bank must tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Every right answer.
    AllRight,
    /// Knows nothing and picks by length: the longest choice, the longest half of a
    /// multiple choice, the items as shown, and for a written answer the longest word of
    /// the question (something that looks like an answer, and is not one).
    Longest,
    /// Picks at random (seeded): a choice, a subset, an order, a word of the question.
    Random,
    /// Always "je ne sais pas".
    DontKnow,
}

impl Strategy {
    pub const ALL: [Strategy; 4] = [
        Strategy::AllRight,
        Strategy::Longest,
        Strategy::Random,
        Strategy::DontKnow,
    ];
}

/// How a simulated run is played.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Play {
    pub strategy: Strategy,
    /// The session's seed (choice orders, ties) and the random strategy's.
    pub seed: u64,
    /// The answer to the device question, when the bank asks it (`None`: "je ne sais pas").
    pub device: Option<DeviceUse>,
    pub presence: Presence,
    /// What the front end can run: the others are answered "non évalué", as it would.
    pub abilities: Abilities,
    /// Reads the FALC wordings (the longest choice may differ).
    pub falc: bool,
}

impl Play {
    /// `--plain` with a médiateur, the device question answered "je ne sais pas".
    pub fn plain(strategy: Strategy, seed: u64) -> Play {
        Play {
            strategy,
            seed,
            device: None,
            presence: Presence::WithMediator,
            abilities: Abilities::PLAIN,
            falc: false,
        }
    }
}

/// A whole session played with `play`, finished.
pub fn play(bank: &Bank, play: &Play) -> Session {
    let mut s = Session::with_presence(
        bank.clone(),
        play.presence,
        &mut StdRng::seed_from_u64(play.seed),
    );
    let mut rng = StdRng::seed_from_u64(play.seed ^ 0x05ee_d0fa_6a3e);
    while let (Some(q), Some(item)) = (s.question().cloned(), s.item().cloned()) {
        let a = if is_device_question(&q) {
            play.device
                .and_then(|d| DeviceUse::ALL.iter().position(|x| *x == d))
                .map_or(Answer::DontKnow, |i| Answer::Choices(vec![i]))
        } else if !play.abilities.can_run(&q) {
            Answer::NotEvaluated
        } else {
            match play.strategy {
                Strategy::AllRight => right_answer(&q),
                Strategy::DontKnow => Answer::DontKnow,
                Strategy::Longest => longest(&q, &item, play.falc),
                Strategy::Random => random(&q, &item, &mut rng),
            }
        };
        s.answer(a);
    }
    s
}

/// The answers the person gave (the device question and self-assessments included; not
/// the tasks the front end left out).
pub fn answers_given(s: &Session) -> usize {
    s.steps()
        .filter(|(_, a)| a.is_some_and(|a| *a != Answer::NotEvaluated))
        .count()
}

/// The longest word of the question: what someone who guesses types.
fn longest_word(q: &Question) -> String {
    q.prompt
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .max_by_key(|w| w.chars().count())
        .unwrap_or_default()
        .to_string()
}

fn longest(q: &Question, item: &Item, falc: bool) -> Answer {
    let len = |i: usize| q.kind.option_wording(i, falc).chars().count();
    match &q.kind {
        QuestionKind::Single { .. } => {
            // Among equals, the first shown.
            let best = item.order.iter().copied().rev().max_by_key(|&i| len(i));
            best.map_or(Answer::DontKnow, |i| Answer::Choices(vec![i]))
        }
        QuestionKind::Multiple { choices, .. } => {
            let mut by_length = item.order.clone();
            by_length.sort_by_key(|&i| std::cmp::Reverse(len(i)));
            by_length.truncate(choices.len().div_ceil(2));
            Answer::Choices(by_length)
        }
        QuestionKind::Order { .. } => Answer::Choices(item.order.clone()),
        QuestionKind::Text { .. } | QuestionKind::Task(Task::Type { .. }) => {
            Answer::Text(longest_word(q))
        }
        QuestionKind::Task(Task::Key { attempts, .. } | Task::Click { attempts, .. }) => {
            Answer::Task {
                attempts: u32::from(*attempts),
                success: false,
            }
        }
        QuestionKind::Observation => Answer::Rating(Rating::No),
        QuestionKind::SelfAssessment => Answer::Rating(Rating::Yes),
    }
}

fn random(q: &Question, item: &Item, rng: &mut StdRng) -> Answer {
    let n = item.order.len();
    match &q.kind {
        QuestionKind::Single { .. } if n > 0 => {
            Answer::Choices(vec![item.order[rng.random_range(0..n)]])
        }
        QuestionKind::Multiple { .. } if n > 0 => {
            let mut picked: Vec<usize> = item
                .order
                .iter()
                .copied()
                .filter(|_| rng.random::<bool>())
                .collect();
            if picked.is_empty() {
                picked.push(item.order[rng.random_range(0..n)]);
            }
            Answer::Choices(picked)
        }
        QuestionKind::Order { .. } => {
            let mut order = item.order.clone();
            order.shuffle(rng);
            Answer::Choices(order)
        }
        QuestionKind::Text { .. } | QuestionKind::Task(Task::Type { .. }) => {
            let words: Vec<&str> = q.prompt.split_whitespace().collect();
            let w = words.get(rng.random_range(0..words.len().max(1)));
            Answer::Text(w.copied().unwrap_or_default().to_string())
        }
        QuestionKind::Task(Task::Key { attempts, .. } | Task::Click { attempts, .. }) => {
            Answer::Task {
                attempts: u32::from(*attempts),
                success: rng.random_range(0..4) == 0,
            }
        }
        QuestionKind::Observation | QuestionKind::SelfAssessment => {
            Answer::Rating(Rating::ALL[rng.random_range(0..3)])
        }
        _ => Answer::DontKnow,
    }
}
