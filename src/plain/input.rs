//! One line typed in `--plain` mode, read for the question on screen.

use crate::bank::Question;
use crate::bank::{QuestionKind, Task};
use crate::diagnostic::session::{Answer, Item, Rating};
use crate::records::journal::read::inert_line;

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
    /// Several numbers for a single-choice question (or a rating).
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
    match &q.kind {
        QuestionKind::Text { .. } | QuestionKind::Task(Task::Type { .. }) => {
            return Ok(Input::Answer(Answer::Text(inert_line(line))));
        }
        // Never asked in plain mode (neutralised); any line leaves them out.
        QuestionKind::Task(_) => return Ok(Input::Answer(Answer::NotEvaluated)),
        _ => {}
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
    let single = matches!(q.kind, QuestionKind::Single { .. }) || q.kind.is_rating();
    if single && picked.len() > 1 {
        return Err(InputError::OnlyOne);
    }
    if q.kind.is_rating() {
        let r = picked.first().and_then(|&i| Rating::from_index(i));
        return r
            .map(|r| Input::Answer(Answer::Rating(r)))
            .ok_or(InputError::NotAChoice(n));
    }
    // An order answer names every item once.
    if matches!(q.kind, QuestionKind::Order { .. }) && picked.len() != n {
        return Err(InputError::EachOnce(n));
    }
    Ok(Input::Answer(Answer::Choices(picked)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::parse;

    #[test]
    fn order_answers_name_each_item_once() {
        let bank = parse(include_str!("../../tests/fixtures/order.toml"));
        let q = &bank.questions[0];
        let item = Item {
            question: 0,
            order: vec![2, 0, 3, 1],
            spot: None,
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
    fn ratings_take_one_number_and_typing_the_whole_line() {
        let bank = parse(include_str!("../../tests/fixtures/tasks.toml"));
        let find = |id: &str| bank.questions.iter().find(|q| q.id == id).unwrap();
        let item = Item {
            question: 0,
            order: vec![0, 1, 2],
            spot: None,
        };
        let obs = find("obs-souris");
        assert_eq!(
            parse_input("2", obs, &item),
            Ok(Input::Answer(Answer::Rating(Rating::WithHelp)))
        );
        assert_eq!(parse_input("1 2", obs, &item), Err(InputError::OnlyOne));
        assert_eq!(parse_input("4", obs, &item), Err(InputError::NotAChoice(3)));
        let typing = find("taper-bonjour");
        assert_eq!(
            parse_input(" Bonjour madame \n", typing, &item),
            Ok(Input::Answer(Answer::Text("Bonjour madame".into())))
        );
    }
}
