//! Running hands-on tasks, without a terminal: what a front end can run, which key was
//! pressed, the words of the rating scales, and moving back over neutralised tasks.

use crate::bank::{Key, NamedKey, Question, QuestionKind, Task};
use crate::diagnostic::session::{Answer, Session};
use crate::i18n::Tr;

/// What the front end in use can run. A task it cannot run is neutralised: answered
/// [`Answer::NotEvaluated`], out of the scores, never counted as failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Abilities {
    /// Single key presses (full screen only: `--plain` reads whole lines).
    pub keys: bool,
    /// Mouse clicks (full screen with mouse capture, not the Linux text console).
    pub mouse: bool,
}

impl Abilities {
    /// `--plain`: lines of text. Typing a text works; a key press or a click does not.
    pub const PLAIN: Abilities = Abilities {
        keys: false,
        mouse: false,
    };

    /// The full screen; the mouse unless refused (`--no-mouse`) or absent (`TERM=linux`,
    /// where clicks do not reach programs).
    pub fn full_screen(no_mouse: bool, term: Option<&str>) -> Abilities {
        Abilities {
            keys: true,
            mouse: !no_mouse && term != Some("linux"),
        }
    }

    pub fn can_run(&self, q: &Question) -> bool {
        match &q.kind {
            QuestionKind::Task(Task::Key { .. }) => self.keys,
            QuestionKind::Task(Task::Click { .. }) => self.mouse,
            _ => true,
        }
    }
}

/// A key press as the front end saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pressed {
    Named(NamedKey),
    Char(char),
    Other,
}

impl Key {
    pub fn matches(self, p: Pressed) -> bool {
        match (self, p) {
            (Key::Named(k), Pressed::Named(n)) => k == n,
            (Key::Named(NamedKey::Space), Pressed::Char(' ')) => true,
            (Key::Char(c), Pressed::Char(x)) => c == x,
            _ => false,
        }
    }

    /// "la touche Entrée", "le caractère @".
    pub fn describe(self, tr: &Tr) -> String {
        match self {
            Key::Named(k) => tr.t(k.label_key()),
            Key::Char(c) => tr.t_args("key-char", &[("char", c.to_string().into())]),
        }
    }
}

/// The words of the three steps of an observation or a self-assessment, in order.
pub fn rating_labels(kind: &QuestionKind, tr: &Tr) -> Vec<String> {
    let keys: [&str; 3] = match kind {
        QuestionKind::Observation => ["rating-obs-yes", "rating-obs-help", "rating-obs-no"],
        QuestionKind::SelfAssessment => ["rating-self-yes", "rating-self-help", "rating-self-no"],
        _ => return vec![],
    };
    keys.iter().map(|k| tr.t(k)).collect()
}

/// The text of option `i` (bank order): a choice, an item, or a rating step.
pub fn option_label(q: &Question, i: usize, tr: &Tr) -> String {
    option_wording(q, i, false, tr)
}

/// [`option_label`] as the person reads it: a choice's FALC wording when FALC is on and
/// the bank has one for that choice.
pub fn option_wording(q: &Question, i: usize, falc: bool, tr: &Tr) -> String {
    if q.kind.is_rating() {
        return rating_labels(&q.kind, tr)
            .get(i)
            .cloned()
            .unwrap_or_default();
    }
    q.kind.option_wording(i, falc).to_string()
}

/// A linear session's number of questions as this front end shows them: without the
/// tasks it cannot run, nor those left out with "no mouse here". `None` when adaptive.
/// Before the device question is answered, the most any answer leads to: the intro must
/// not announce questions that no one will see.
pub fn planned(s: &Session, abilities: &Abilities) -> Option<usize> {
    s.fixed_len()?;
    if s.on_device_question() {
        return crate::diagnostic::device::DeviceUse::ALL
            .iter()
            .enumerate()
            .filter_map(|(choice, _)| {
                let mut after = s.clone();
                after.answer(Answer::Choices(vec![choice]));
                count_planned(&after, abilities)
            })
            .max();
    }
    count_planned(s, abilities)
}

fn count_planned(s: &Session, abilities: &Abilities) -> Option<usize> {
    s.fixed_len()?;
    Some(
        s.steps()
            .filter(|(q, a)| abilities.can_run(q) && *a != Some(&Answer::NotEvaluated))
            .count(),
    )
}

/// Goes back to the previous question this front end can run, over the neutralised ones.
/// False, and nothing moves, when there is none.
pub fn back_to_runnable(s: &mut Session, abilities: &Abilities) -> bool {
    let earlier = s
        .path()
        .take(s.index())
        .any(|i| abilities.can_run(s.question_of(i)));
    if !earlier {
        return false;
    }
    while s.back() {
        if s.question().is_some_and(|q| abilities.can_run(q)) {
            break;
        }
    }
    true
}

/// Two clicks on a target at most this far apart make a double click. Generous: people
/// who are new to the mouse click slowly (most systems use 500 ms).
pub const DOUBLE_CLICK_MS: u64 = 700;
