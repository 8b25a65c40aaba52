//! The field of a typed answer (free answers and typing tasks), shared by both screens.

use ratatui::style::Style;

use super::{Body, indented};
use crate::tui::answer_input::AnswerInput;

/// A typed answer's field, with the terminal's cursor where the next letter goes (on the
/// "_" at the end, or on the "|" in the middle of a one-line answer).
pub(super) fn text_field(input: &AnswerInput, w: usize, style: Style, body: &mut Body) {
    let field = indented(&input.field(), w, "", style);
    let last = body.next_line() + field.len().saturating_sub(1);
    let end = field.last().map_or(0, |l| l.width().saturating_sub(1));
    let col = if field.len() == 1 {
        input.caret_column()
    } else {
        end
    };
    body.push_item(field, None, true);
    body.cursor = Some((last, col as u16));
}
