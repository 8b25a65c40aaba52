//! `--plain`: the same diagnostic line by line, for screen readers, very old terminals and
//! scripts. Nothing but text lines: each question announced with its number, choices as
//! "1. …", one answer per line, results as sentences. With `--speak`, each question is also
//! read aloud as it is asked (the next one stops it).

mod input;
mod line;

use std::io::{self, BufRead, Write};

pub use input::{Input, InputError, parse_input};

use crate::bank::{Question, QuestionKind, Task};
use crate::diagnostic::abilities::{self, Abilities};
use crate::diagnostic::lieux::Local;
use crate::diagnostic::session::{Answer, Item, Session};
use crate::i18n::{Arg, Tr};
use crate::outputs::{answers, report};
use crate::records::tracked::Tracked;
use crate::speech::{Speaker, script};

/// Whether the person reached the end, or standard input ended first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Finished,
    Interrupted,
}

pub fn run(
    falc: bool,
    run: &mut Tracked,
    input: &mut impl BufRead,
    out: &mut impl Write,
    tr: &Tr,
    speaker: &mut Speaker,
) -> io::Result<End> {
    let session = &run.session;
    let bank = session.bank();
    let voice = script::lang_of(bank);
    if speaker.auto() && !speaker.has_voice() {
        writeln!(out, "{}", tr.t("plain-no-voice"))?;
    }
    let (intro, count) = match abilities::planned(session, &Abilities::PLAIN) {
        Some(n) => ("plain-intro", n),
        None => ("plain-intro-adaptive", session.max_len()),
    };
    writeln!(
        out,
        "{}\n",
        tr.t_args(
            intro,
            &[
                ("title", Arg::from(bank.title.clone())),
                ("count", Arg::from(count)),
                ("minutes", Arg::from(bank.estimated_minutes)),
            ]
        )
    )?;
    let mut line = Vec::new();
    while let (Some(q), Some(item)) = (run.session.question().cloned(), run.session.item().cloned())
    {
        let typed = Abilities::PLAIN.can_run(&q);
        let answer = if typed {
            ask(&run.session, &q, &item, falc, out, tr)?;
            if speaker.auto() {
                // Read as well as written; a voice that cannot start changes nothing.
                let _ = speaker.say(&script::question(&q, &item.order, falc, voice));
            }
            match read_answer(&mut run.session, &q, &item, input, out, tr, &mut line)? {
                Step::Answer(a) => a,
                Step::Moved => continue,
                Step::End => return Ok(End::Interrupted),
            }
        } else {
            // A key or click task needs the full screen: left out, and said so.
            let text = tr.t_args(
                "plain-neutralised",
                &[("prompt", Arg::from(q.wording(falc).to_string()))],
            );
            writeln!(out, "{text}\n")?;
            Answer::NotEvaluated
        };
        // The one place where plain mode records an answer: on disk before moving on.
        if let Err(e) = run.answer(answer) {
            let msg = tr.save_failed(&e);
            writeln!(out, "{msg}")?;
            if !typed {
                // Nobody to retry an automatic answer: stop rather than spin.
                return Err(e);
            }
        }
    }
    Ok(End::Finished)
}

enum Step {
    Answer(Answer),
    /// Went back to an earlier question.
    Moved,
    /// Standard input ended.
    End,
}

/// Reads lines until one is an answer, a move back, or the end of the input.
fn read_answer(
    session: &mut Session,
    q: &Question,
    item: &Item,
    input: &mut impl BufRead,
    out: &mut impl Write,
    tr: &Tr,
    line: &mut Vec<u8>,
) -> io::Result<Step> {
    loop {
        out.flush()?;
        let text = match line::read_line(input, line)? {
            line::Line::End => {
                writeln!(out)?;
                return Ok(Step::End);
            }
            line::Line::Text(t) => t,
            line::Line::TooLong => {
                let max = Arg::from(line::MAX_LINE);
                writeln!(out, "{}", tr.t_args("plain-too-long", &[("max", max)]))?;
                write!(out, "{} ", hint(q, tr))?;
                continue;
            }
            line::Line::Endless => {
                writeln!(out, "\n{}", tr.t("plain-endless"))?;
                return Ok(Step::End);
            }
            line::Line::NotText => {
                writeln!(out, "{}", tr.t("plain-not-text"))?;
                write!(out, "{} ", hint(q, tr))?;
                continue;
            }
        };
        match parse_input(&text, q, item) {
            Ok(Input::Answer(a)) => {
                writeln!(out)?;
                return Ok(Step::Answer(a));
            }
            Ok(Input::Back) => {
                if abilities::back_to_runnable(session, &Abilities::PLAIN) {
                    writeln!(out)?;
                    return Ok(Step::Moved);
                }
                writeln!(out, "{}", tr.t("plain-no-back"))?;
            }
            Err(e) => {
                let msg = match e {
                    InputError::Empty => tr.t("plain-empty"),
                    InputError::NotAChoice(n) => {
                        tr.t_args("plain-not-a-choice", &[("n", Arg::from(n))])
                    }
                    InputError::OnlyOne => tr.t("plain-only-one"),
                    InputError::EachOnce(n) => tr.t_args("plain-each-once", &[("n", Arg::from(n))]),
                };
                writeln!(out, "{msg}")?;
            }
        }
        write!(out, "{} ", hint(q, tr))?;
    }
}

fn ask(
    session: &Session,
    q: &Question,
    item: &Item,
    falc: bool,
    out: &mut impl Write,
    tr: &Tr,
) -> io::Result<()> {
    let mut labels: Vec<String> = q
        .competences
        .iter()
        .filter_map(|c| session.bank().competence(c))
        .map(|c| c.label.clone())
        .collect();
    if session.on_device_question() {
        labels.push(tr.t("device-topic"));
    }
    let (key, count) = match abilities::planned(session, &Abilities::PLAIN) {
        Some(total) => ("plain-question", ("total", Arg::from(total))),
        None => (
            "plain-question-adaptive",
            ("left", Arg::from(session.remaining_at_most())),
        ),
    };
    writeln!(
        out,
        "{}",
        tr.t_args(
            key,
            &[
                ("n", Arg::from(session.number())),
                count,
                ("competence", Arg::from(labels.join(", "))),
            ]
        )
    )?;
    let lead = match &q.kind {
        QuestionKind::Observation => Some(tr.t("question-observation")),
        QuestionKind::SelfAssessment => Some(tr.t("question-self")),
        _ => None,
    };
    if let Some(lead) = lead {
        writeln!(out, "{lead}")?;
    }
    writeln!(out, "{}", q.wording(falc))?;
    if let QuestionKind::Task(Task::Type { text, .. }) = &q.kind {
        writeln!(out, "{}\n  {text}", tr.t("question-type-model"))?;
    }
    if let Some(prev) = session.previous_answer() {
        writeln!(
            out,
            "{}",
            tr.t_args(
                "plain-previous",
                &[("answer", Arg::from(answers::describe(prev, q, falc, tr)))]
            )
        )?;
    }
    for (pos, &ci) in item.order.iter().enumerate() {
        writeln!(
            out,
            "{}. {}",
            pos + 1,
            abilities::option_wording(q, ci, falc, tr)
        )?;
    }
    if !item.order.is_empty() {
        writeln!(out, "0. {}", tr.t("answer-dont-know"))?;
    }
    write!(out, "{} ", hint(q, tr))
}

fn hint(q: &Question, tr: &Tr) -> String {
    tr.t(match q.kind {
        QuestionKind::Single { .. } => "plain-hint-single",
        QuestionKind::Multiple { .. } => "plain-hint-multiple",
        QuestionKind::Order { .. } => "plain-hint-order",
        QuestionKind::Text { .. } => "plain-hint-text",
        QuestionKind::Task(_) => "plain-hint-type",
        QuestionKind::Observation => "plain-hint-observation",
        QuestionKind::SelfAssessment => "plain-hint-self",
    })
}

/// The final text: results, orientation, then what to learn from the missed questions.
/// `local`: the lieux found near the person at the end (`Tracked::local`).
pub fn results(session: &Session, local: Option<&Local>, tr: &Tr, falc: bool) -> String {
    let o = session.outcome();
    let mut info: report::BankInfo = session.bank().into();
    info.local = local.cloned();
    let mut s = report::render(&info, &o, tr);
    let missed = report::render_missed(&o, tr, falc);
    if !missed.is_empty() {
        s.push('\n');
        s.push_str(&missed);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_bank;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn run_with(input: &str) -> (End, String, Session) {
        let s = Session::new(sample_bank(), &mut StdRng::seed_from_u64(1));
        let mut t = Tracked::untracked(s, crate::records::date::Clock::System);
        let mut out = Vec::new();
        let end = run(
            false,
            &mut t,
            &mut input.as_bytes(),
            &mut out,
            &Tr::default(),
            &mut Speaker::new(crate::speech::Setup::off()),
        )
        .unwrap();
        (end, String::from_utf8(out).unwrap(), t.session)
    }

    #[test]
    fn bad_input_is_asked_again_and_back_works() {
        // s1: "9" refused, "1 2" refused (single), then 1; m1: "<" back to s1, answer again.
        let (end, out, s) = run_with("9\n1 2\n1\n<\n1\n1 2\nnavigateur\n1\n");
        assert_eq!(end, End::Finished, "{out}");
        assert!(out.contains("entre 1 et 3"), "{out}");
        assert_eq!(s.outcome().scores.asked, 4);
        assert_eq!(s.outcome().scores.percent(), 100.0);
    }

    #[test]
    fn eof_interrupts() {
        let (end, _, s) = run_with("?\n");
        assert_eq!(end, End::Interrupted);
        assert_eq!(s.outcome().scores.asked, 1);
    }
}
