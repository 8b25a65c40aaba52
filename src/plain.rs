//! `--plain`: the same diagnostic line by line, for screen readers, very old terminals and
//! scripts. Nothing but text lines: each question announced with its number, choices as
//! "1. …", one answer per line, results as sentences.

use std::io::{self, BufRead, Write};

use crate::bank::{Question, QuestionKind};
use crate::i18n::{Arg, Tr};
use crate::report;
use crate::session::{Answer, Item, Session};

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Answer(Answer),
    Back,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    Empty,
    /// Not a number, or a number outside 1..=n.
    NotAChoice(usize),
    /// Several numbers for a single-choice question.
    OnlyOne,
    /// An order answer must name each of the n items once.
    EachOnce(usize),
}

/// Reads one line typed for a question. Displayed numbers are mapped back to bank choices.
pub fn parse_input(line: &str, q: &Question, item: &Item) -> Result<Input, InputError> {
    let line = line.trim();
    match line {
        "" => return Err(InputError::Empty),
        "?" => return Ok(Input::Answer(Answer::DontKnow)),
        "<" => return Ok(Input::Back),
        _ => {}
    }
    if let QuestionKind::Text { .. } = q.kind {
        return Ok(Input::Answer(Answer::Text(line.to_string())));
    }
    // "0. Je ne sais pas" is listed with the choices: a digit, easier to find than "?".
    if line == "0" {
        return Ok(Input::Answer(Answer::DontKnow));
    }
    let n = item.order.len();
    let mut picked = Vec::new();
    for word in line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
    {
        let k: usize = word.parse().map_err(|_| InputError::NotAChoice(n))?;
        if k == 0 || k > n {
            return Err(InputError::NotAChoice(n));
        }
        let original = item.order[k - 1];
        if !picked.contains(&original) {
            picked.push(original);
        }
    }
    if matches!(q.kind, QuestionKind::Single { .. }) && picked.len() > 1 {
        return Err(InputError::OnlyOne);
    }
    // An order answer names every item once.
    if matches!(q.kind, QuestionKind::Order { .. }) && picked.len() != n {
        return Err(InputError::EachOnce(n));
    }
    Ok(Input::Answer(Answer::Choices(picked)))
}

/// Whether the person reached the end, or standard input ended first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Finished,
    Interrupted,
}

pub fn run(
    falc: bool,
    session: &mut Session,
    input: &mut impl BufRead,
    out: &mut impl Write,
    tr: &Tr,
) -> io::Result<End> {
    let bank = session.bank();
    writeln!(
        out,
        "{}\n",
        tr.t_args(
            "plain-intro",
            &[
                ("title", Arg::from(bank.title.clone())),
                ("count", Arg::from(session.len())),
                ("minutes", Arg::from(bank.estimated_minutes)),
            ]
        )
    )?;
    let mut line = String::new();
    while let (Some(q), Some(item)) = (session.question().cloned(), session.item().cloned()) {
        ask(session, &q, &item, falc, out, tr)?;
        loop {
            out.flush()?;
            line.clear();
            if input.read_line(&mut line)? == 0 {
                writeln!(out)?;
                return Ok(End::Interrupted);
            }
            match parse_input(&line, &q, &item) {
                Ok(Input::Answer(a)) => {
                    session.answer(a);
                    writeln!(out)?;
                    break;
                }
                Ok(Input::Back) => {
                    if session.back() {
                        writeln!(out)?;
                        break;
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
                        InputError::EachOnce(n) => {
                            tr.t_args("plain-each-once", &[("n", Arg::from(n))])
                        }
                    };
                    writeln!(out, "{msg}")?;
                }
            }
            write!(out, "{} ", hint(&q, tr))?;
        }
    }
    Ok(End::Finished)
}

fn ask(
    session: &Session,
    q: &Question,
    item: &Item,
    falc: bool,
    out: &mut impl Write,
    tr: &Tr,
) -> io::Result<()> {
    let labels: Vec<&str> = q
        .competences
        .iter()
        .filter_map(|c| session.bank().competence(c))
        .map(|c| c.label.as_str())
        .collect();
    writeln!(
        out,
        "{}",
        tr.t_args(
            "plain-question",
            &[
                ("n", Arg::from(session.index() + 1)),
                ("total", Arg::from(session.len())),
                ("competence", Arg::from(labels.join(", "))),
            ]
        )
    )?;
    writeln!(out, "{}", q.wording(falc))?;
    if let Some(prev) = session.previous_answer() {
        writeln!(
            out,
            "{}",
            tr.t_args(
                "plain-previous",
                &[("answer", Arg::from(describe(prev, q, tr)))]
            )
        )?;
    }
    for (pos, &ci) in item.order.iter().enumerate() {
        writeln!(out, "{}. {}", pos + 1, q.kind.option_text(ci))?;
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
    })
}

fn describe(a: &Answer, q: &Question, tr: &Tr) -> String {
    match a {
        Answer::DontKnow => tr.t("answer-dont-know"),
        Answer::Text(t) => t.clone(),
        Answer::Choices(c) => c
            .iter()
            .map(|&i| q.kind.option_text(i))
            .collect::<Vec<_>>()
            .join(" ; "),
    }
}

/// The final text: results, orientation, then what to learn from the missed questions.
pub fn results(session: &Session, tr: &Tr, falc: bool) -> String {
    let o = session.outcome();
    let mut s = report::render(session.bank(), &o, tr);
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
        let mut s = Session::new(sample_bank(), &mut StdRng::seed_from_u64(1));
        let mut out = Vec::new();
        let end = run(
            false,
            &mut s,
            &mut input.as_bytes(),
            &mut out,
            &Tr::default(),
        )
        .unwrap();
        (end, String::from_utf8(out).unwrap(), s)
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
    fn order_answers_name_each_item_once() {
        let src = include_str!("../tests/fixtures/order.toml");
        let bank = crate::bank::parse_bank(src, &|_| crate::bank::CatalogLookup::Missing)
            .value
            .unwrap();
        let q = &bank.questions[0];
        let item = Item {
            question: 0,
            order: vec![2, 0, 3, 1],
        };
        // Shown: 1 = item 2, 2 = item 0, 3 = item 3, 4 = item 1. Right order: 2 4 1 3.
        assert_eq!(
            parse_input("2 4 1 3", q, &item),
            Ok(Input::Answer(Answer::Choices(vec![0, 1, 2, 3])))
        );
        assert_eq!(parse_input("2 4 1", q, &item), Err(InputError::EachOnce(4)));
        assert_eq!(
            parse_input("2 2 1 3", q, &item),
            Err(InputError::EachOnce(4))
        );
        assert_eq!(
            parse_input("?", q, &item),
            Ok(Input::Answer(Answer::DontKnow))
        );
    }

    #[test]
    fn eof_interrupts() {
        let (end, _, s) = run_with("?\n");
        assert_eq!(end, End::Interrupted);
        assert_eq!(s.outcome().scores.asked, 1);
    }
}
