//! Writes a folder of made-up but realistic sessions, for looking at `results report` and
//! `results stats` on more than a handful: the shipped banks, run through the real session
//! (and so the real scoring and orientation), by simulated people of varied ability, on
//! varied days, in the three run modes, some with a name, an age band and a commune, some
//! abandoned or interrupted. Each answer line has its own time, so durations are real too.
//!
//! `cargo run --example sample-sessions -- DATA_DIR [COUNT] [FIRST_DAY] [DAYS] [SEED]`
//! (defaults: 300 sessions from 2026-03-02 over 270 days, seed 1). Not used by the tests.

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};

use diagnum::bank::source::Library;
use diagnum::bank::{Bank, Question, QuestionKind, Task};
use diagnum::diagnostic::device::is_device_question;
use diagnum::diagnostic::session::{Answer, Rating, Session};
use diagnum::diagnostic::simulate::right_answer;
use diagnum::records::age_band::AgeBand;
use diagnum::records::date::{Date, Timestamp};
use diagnum::records::journal::{AnswerLine, Header, Record, RunMode, Summary};
use diagnum::records::store::Store;
use diagnum::records::tracked::presence;

const COMMUNES: [&str; 16] = [
    "Roubaix",
    "Roubaix",
    "Roubaix",
    "Tourcoing",
    "Tourcoing",
    "Lille",
    "Lille",
    "Wattrelos",
    "Croix",
    "Hem",
    "Lys-lez-Lannoy",
    "Leers",
    "Wasquehal",
    "Mouvaux",
    "Lannoy",
    "Toufflers",
];

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::path::PathBuf::from(args.first().expect("DATA_DIR"));
    let count: usize = args.get(1).map_or(300, |s| s.parse().expect("COUNT"));
    let first = args
        .get(2)
        .map_or_else(|| Date::parse("2026-03-02"), |s| Date::parse(s))
        .expect("FIRST_DAY as 2026-03-02");
    let days: i64 = args.get(3).map_or(270, |s| s.parse().expect("DAYS"));
    let seed: u64 = args.get(4).map_or(1, |s| s.parse().expect("SEED"));
    let lib = Library::new(None);
    let bank = |id: &str| lib.resolve(id).ok().and_then(|e| e.loaded.value).expect(id);
    let banks = [
        bank("abc-diag"),
        bank("abc-diag"),
        bank("abc-diag"),
        bank("grands-debutants"),
    ];
    let store = Store::new(&dir);
    let mut rng = StdRng::seed_from_u64(seed);
    for _ in 0..count {
        let b = banks.choose(&mut rng).expect("banks").clone();
        // More sessions on weekdays and as the year goes on (the lieu gets known).
        let mut day = first.days() + rng.random_range(0..days);
        if rng.random_bool(0.5) {
            day = day.max(first.days() + rng.random_range(0..days));
        }
        let weekday = (day + 3).rem_euclid(7);
        let day = if weekday >= 5 { day - 2 } else { day };
        one(&store, b, Date::from_days(day), &mut rng)?;
    }
    println!("{count} sessions in {}", store.root().display());
    Ok(())
}

/// One person's session, written as the program writes it.
fn one(store: &Store, bank: Bank, day: Date, rng: &mut StdRng) -> std::io::Result<()> {
    let mode = *[
        RunMode::Tui,
        RunMode::Tui,
        RunMode::Plain,
        RunMode::Kiosk,
        RunMode::Kiosk,
    ]
    .choose(rng)
    .expect("modes");
    let alone = mode == RunMode::Kiosk;
    let name =
        (!alone && rng.random_bool(0.6)).then(|| format!("Dossier {}", rng.random_range(1..=90)));
    let mut second = 9 * 3600 + rng.random_range(0..8 * 3600);
    let seed = rng.random();
    let header = Header {
        id: String::new(),
        bank: bank.id.clone(),
        bank_title: bank.title.clone(),
        bank_version: bank.version.clone(),
        bank_hash: bank.hash.clone(),
        started: at(day, second),
        lang: "fr".into(),
        seed,
        falc: false,
        mode,
        pseudonym: name,
        age_band: (!alone && rng.random_bool(0.75))
            .then(|| AgeBand::ALL.choose(rng).expect("ages").code().to_string()),
        commune: (!alone && rng.random_bool(0.7))
            .then(|| COMMUNES.choose(rng).expect("communes").to_string()),
    };
    let mut journal = store.create(header, rng)?;
    let mut session =
        Session::with_presence(bank, presence(mode), &mut StdRng::seed_from_u64(seed));
    // Ability from 0 (never used a screen) to 1 (at ease); harder questions need more.
    let ability: f64 = rng.random::<f64>().powf(0.8);
    let stops_at = rng.random_bool(0.08).then(|| rng.random_range(1..10));
    let mut pos = 0;
    while let Some(q) = session.question() {
        if stops_at == Some(pos) {
            if rng.random_bool(0.5) {
                second += 30;
                journal.append(&Record::Abandoned {
                    at: at(day, second),
                })?;
            }
            return Ok(());
        }
        let answer = answer(q, mode, ability, rng);
        second += rng.random_range(15..90);
        journal.append(&Record::Answer(AnswerLine {
            pos,
            q: q.id.clone(),
            answer: answer.clone(),
            at: at(day, second),
        }))?;
        session.answer(answer);
        pos += 1;
    }
    let b = session.bank();
    journal.append(&Record::Result(Box::new(Summary {
        at: at(day, second + 20),
        questions: b.questions.len(),
        mode: b.mode,
        outcome: session.outcome(),
        lieu: b.lieu.clone(),
        local: None,
    })))
}

fn answer(q: &Question, mode: RunMode, ability: f64, rng: &mut StdRng) -> Answer {
    if is_device_question(q) {
        return Answer::Choices(vec![*[0, 0, 1, 2, 2, 3].choose(rng).expect("devices")]);
    }
    if matches!(q.kind, QuestionKind::Task(_)) && mode == RunMode::Plain {
        return Answer::NotEvaluated;
    }
    let chance = (ability * 1.6 - f64::from(q.level) * 0.25 + 0.15).clamp(0.03, 0.97);
    if rng.random_bool(chance) {
        return right_answer(q);
    }
    if rng.random_bool(0.3) {
        return Answer::DontKnow;
    }
    match &q.kind {
        QuestionKind::Single { choices, .. } => {
            let wrong: Vec<usize> = (0..choices.len())
                .filter(|&i| !choices[i].correct)
                .collect();
            // The first wrong choice is the tempting one.
            let pick = if rng.random_bool(0.6) {
                wrong[0]
            } else {
                *wrong.choose(rng).expect("wrong")
            };
            Answer::Choices(vec![pick])
        }
        QuestionKind::Multiple { choices, .. } => Answer::Choices(
            (0..choices.len())
                .filter(|_| rng.random_bool(0.5))
                .collect(),
        ),
        QuestionKind::Order { items, .. } => Answer::Choices((0..items.len()).rev().collect()),
        QuestionKind::Text { wrong, .. } => Answer::Text(
            wrong
                .choose(rng)
                .map_or_else(|| "je sais pas".to_string(), |w| w.answer.clone()),
        ),
        QuestionKind::Task(Task::Type { .. }) => Answer::Text("bonjuor".into()),
        QuestionKind::Task(_) => Answer::Task {
            attempts: 3,
            success: false,
        },
        QuestionKind::Observation | QuestionKind::SelfAssessment => {
            Answer::Rating(*[Rating::WithHelp, Rating::No].choose(rng).expect("ratings"))
        }
    }
}

/// An instant of `day`, `second` seconds after midnight UTC.
fn at(day: Date, second: u32) -> Timestamp {
    let s = second.min(86_399);
    Timestamp::parse_rfc3339(&format!(
        "{}T{:02}:{:02}:{:02}Z",
        day.iso(),
        s / 3600,
        s / 60 % 60,
        s % 60
    ))
    .expect("a valid instant")
}
