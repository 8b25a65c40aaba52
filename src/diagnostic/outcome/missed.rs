//! A question not fully right, as the results keep it: the feedback of the wrong answer,
//! the right answer, what was typed, and what was answered.

use crate::bank::{Question, QuestionKind, Task};
use crate::diagnostic::answer::Answer;
use crate::diagnostic::typing;
use crate::text::matches;

use super::Missed;

pub(super) fn missed(q: &Question, a: &Answer) -> Missed {
    let feedback = match (&q.kind, a) {
        (
            QuestionKind::Single { choices, .. } | QuestionKind::Multiple { choices, .. },
            Answer::Choices(p),
        ) => {
            let fb: Vec<String> = p
                .iter()
                .filter_map(|&i| choices.get(i))
                .filter(|c| !c.correct)
                .filter_map(|c| c.feedback.clone())
                .collect();
            (!fb.is_empty()).then(|| fb.join(" "))
        }
        (
            QuestionKind::Text {
                wrong, tolerance, ..
            },
            Answer::Text(t),
        ) => wrong
            .iter()
            .find(|w| matches(t, &w.answer, tolerance))
            .map(|w| w.feedback.clone()),
        _ => None,
    };
    let typing = match (&q.kind, a) {
        (
            QuestionKind::Task(Task::Type {
                text, tolerance, ..
            }),
            Answer::Text(t),
        ) => Some((t.clone(), typing::compare(text, t, tolerance))),
        _ => None,
    };
    let right = right_answers(q);
    let right_falc = if q
        .kind
        .choices()
        .iter()
        .any(|c| c.correct && c.text_falc.is_some())
    {
        q.kind
            .choices()
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.wording(true).to_string())
            .collect()
    } else {
        vec![]
    };
    Missed {
        question_id: q.id.clone(),
        prompt: q.prompt.clone(),
        prompt_falc: q.prompt_falc.clone(),
        dont_know: *a == Answer::DontKnow,
        feedback,
        explanation: q.explanation.clone(),
        right,
        right_falc,
        typing,
        key: match &q.kind {
            QuestionKind::Task(Task::Key { key, .. }) => Some(*key),
            _ => None,
        },
        given: given(q, a),
    }
}

/// The right answer(s) of a question, as text: the first accepted answer, the text to
/// type, the items in order, or the right choices. Empty for key and click tasks and
/// for ratings (no right answer).
pub fn right_answers(q: &Question) -> Vec<String> {
    match &q.kind {
        QuestionKind::Text { accept, .. } => accept.iter().take(1).cloned().collect(),
        QuestionKind::Task(Task::Type { text, .. }) => vec![text.clone()],
        QuestionKind::Task(_) => vec![],
        QuestionKind::Order { items, .. } => items
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{}. {t}", i + 1))
            .collect(),
        k => k
            .choices()
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.text.clone())
            .collect(),
    }
}

/// What was answered, in the bank's words (see [`Missed::given`]); an order is numbered
/// as the person placed it.
pub fn given(q: &Question, a: &Answer) -> Vec<String> {
    match (a, &q.kind) {
        (Answer::Choices(p), QuestionKind::Order { .. }) => p
            .iter()
            .enumerate()
            .map(|(n, &i)| format!("{}. {}", n + 1, q.kind.option_text(i)))
            .collect(),
        (Answer::Choices(p), k) if !k.is_rating() => {
            p.iter().map(|&i| k.option_text(i).to_string()).collect()
        }
        (Answer::Text(t), _) => vec![t.clone()],
        _ => vec![],
    }
}
