//! What a trainer should look at in a question, from its figures.

use super::{
    Flag, Item, LOW_DISCRIMINATION, MIN_ANSWERS, MIN_FOR_UNUSED_CHOICE, TOO_EASY, TOO_HARD,
};
use crate::bank::QuestionKind;

pub(super) fn flags(item: &Item, kind: &QuestionKind) -> Vec<Flag> {
    if item.seen < MIN_ANSWERS {
        return vec![Flag::TooFew];
    }
    let mut out = Vec::new();
    let rate = item.share(item.right);
    if rate >= TOO_EASY {
        out.push(Flag::TooEasy);
    } else if rate <= TOO_HARD {
        out.push(Flag::TooHard);
    }
    let choices = kind.choices();
    if !choices.is_empty() {
        let least_right = choices
            .iter()
            .zip(&item.picks)
            .filter(|(c, _)| c.correct)
            .map(|(_, n)| *n)
            .min();
        let wrong = || {
            choices
                .iter()
                .zip(&item.picks)
                .enumerate()
                .filter(|(_, (c, _))| !c.correct)
                .map(|(k, (_, n))| (k, *n))
        };
        if let Some(least) = least_right
            && let Some((k, _)) = wrong()
                .filter(|(_, n)| *n > least)
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        {
            out.push(Flag::WrongChoiceOverRight(k));
        }
        if item.seen - item.dont_know >= MIN_FOR_UNUSED_CHOICE {
            out.extend(
                wrong()
                    .filter(|(_, n)| *n == 0)
                    .map(|(k, _)| Flag::UnusedChoice(k)),
            );
        }
    }
    if let Some((text, n)) = &item.top_wrong
        && *n > item.right
    {
        out.push(Flag::WrongTextOverRight(text.clone()));
    }
    match item.discrimination {
        Some(d) if d.index < -1e-9 => out.push(Flag::NegativeDiscrimination),
        Some(d) if d.index < LOW_DISCRIMINATION => out.push(Flag::LowDiscrimination),
        _ => {}
    }
    out
}
