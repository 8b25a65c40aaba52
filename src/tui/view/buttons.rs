//! The row of buttons under the frame, for people who use the mouse: every screen can be
//! done with clicks alone. Keys stay the main way; each button repeats one of them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use crate::tui::answer_input::InputKind;
use crate::tui::app::{App, Msg, Screen};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Button {
    /// Fluent id of the label.
    pub key: &'static str,
    pub msg: Msg,
    /// Whether the keyboard focus is on it (then the terminal cursor is too).
    pub focused: bool,
}

const GAP: u16 = 2;

fn button(key: &'static str, msg: Msg) -> Button {
    Button {
        key,
        msg,
        focused: false,
    }
}

/// The buttons of the current screen, most important first (the last ones are dropped
/// when the row is too narrow: Esc still quits).
pub fn of(app: &App) -> Vec<Button> {
    let quit = button("button-quit", Msg::AskQuit);
    // Reads the screen aloud: next to the main action where the row has room for it.
    let listen = button("button-listen", Msg::ReadAloud);
    match app.screen() {
        Screen::Picker => vec![button("button-start", Msg::Validate), quit],
        Screen::Intro => {
            let mut v = vec![
                button("button-start", Msg::Validate),
                listen,
                button("button-falc", Msg::ToggleFalc),
            ];
            if app.can_name() {
                v.push(button("button-name", Msg::EditName));
            }
            if app.can_set_age() {
                v.push(button("button-age", Msg::EditAge));
            }
            if app.can_set_commune() {
                v.push(button("button-commune", Msg::EditCommune));
            }
            if app.from_picker() {
                v.push(button("button-back", Msg::Back));
            }
            v.push(quit);
            v
        }
        // Key and click tasks are done by pressing or clicking: nothing to validate. Where
        // no line says "Je ne sais pas", a button does: a mouse-only person can always say it.
        Screen::Question if app.input().kind == InputKind::Task => vec![
            button("button-dont-know", Msg::DontKnow),
            listen,
            button("button-previous", Msg::Back),
            quit,
        ],
        Screen::Question if app.input().kind == InputKind::Text => vec![
            button("button-validate", Msg::Submit),
            button("button-dont-know", Msg::DontKnow),
            listen,
            button("button-previous", Msg::Back),
            quit,
        ],
        Screen::Question => vec![
            Button {
                focused: app.input().on_submit(),
                ..button("button-validate", Msg::Submit)
            },
            listen,
            button("button-previous", Msg::Back),
            quit,
        ],
        // Last here: at the smallest size, the row keeps "Quitter" (L still reads).
        Screen::Results => vec![
            button("button-next", Msg::NextScreen),
            button("button-mediator", Msg::ToggleMediator),
            quit,
            listen,
        ],
        Screen::Orientation => vec![
            button("button-results", Msg::Back),
            button("button-finish", Msg::Validate),
            listen,
        ],
        Screen::Resume => vec![
            button("button-resume", Msg::Validate),
            button("button-abandon", Msg::Abandon),
            button("button-later", Msg::Later),
        ],
        Screen::History => vec![
            button("button-read", Msg::Validate),
            button("button-print", Msg::Print),
            button("button-export", Msg::Export),
            quit,
        ],
        Screen::Stored => vec![
            button("button-back", Msg::Back),
            button("button-print", Msg::Print),
            button("button-export", Msg::Export),
            quit,
        ],
    }
}

/// "[ Valider ]", or "[>Valider<]" with the focus: the same width either way.
fn label(app: &App, b: &Button) -> String {
    let (l, r) = if b.focused { ('>', '<') } else { (' ', ' ') };
    format!("[{l}{}{r}]", app.tr().t(b.key))
}

/// Each button that fits in `area`, with its place.
fn placed(app: &App, area: Rect) -> Vec<(Button, String, Rect)> {
    let mut x = area.x;
    let mut out = Vec::new();
    for b in of(app) {
        let text = label(app, &b);
        let w = text.width() as u16;
        if area.height == 0 || x.saturating_add(w) > area.right() {
            break;
        }
        out.push((b, text, Rect::new(x, area.y, w, 1)));
        x = x.saturating_add(w + GAP);
    }
    out
}

/// Draws the row; returns the cursor position when a button has the focus.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = &app.look().theme;
    let mut cursor = None;
    for (b, text, r) in placed(app, area.intersection(buf.area)) {
        let style = if b.focused {
            theme.focused
        } else {
            theme.button
        };
        buf.set_string(r.x, r.y, text, style);
        if b.focused {
            cursor = Some(Position::new(r.x + 1, r.y));
        }
    }
    cursor
}

pub fn at(app: &App, area: Rect, pos: Position) -> Option<Msg> {
    placed(app, area)
        .into_iter()
        .find(|(_, _, r)| r.contains(pos))
        .map(|(b, _, _)| b.msg)
}
