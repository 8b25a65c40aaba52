//! Drawing: `impl Widget for &App` lays out the frame (header with progress, body, key
//! hints) and hands the body to the view of the current screen. Below the minimum size it
//! draws only a short "make the window larger" message.

mod confirm;
mod history;
mod intro;
mod orientation;
mod picker;
mod question;
mod results;
mod resume;
mod task;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Screen};
use super::theme;
use crate::bank::{QuestionKind, Task};
use crate::i18n::Arg;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(self, area, buf);
            return;
        }
        let hints = self.tr.t(self.hints_key());
        let [header, body, notice, footer] = frame(self, area);
        self.render_header(header, buf);
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(theme::frame());
        block.render(body, buf);
        let inner = inside(body);
        match self.screen {
            Screen::Resume => resume::render(self, inner, buf),
            Screen::History => history::render_list(self, inner, buf),
            Screen::Stored => history::render_stored(self, inner, buf),
            Screen::Picker => picker::render(self, inner, buf),
            Screen::Intro => intro::render(self, inner, buf),
            Screen::Question => question::render(self, inner, buf),
            Screen::Results => results::render(self, inner, buf),
            Screen::Orientation => orientation::render(self, inner, buf),
        }
        let notice_text = self
            .message
            .clone()
            .or_else(|| self.notice.map(|n| self.tr.t(n)));
        if let Some(n) = notice_text {
            Paragraph::new(Span::styled(n, theme::notice())).render(notice, buf);
        }
        Paragraph::new(hints)
            .wrap(Wrap { trim: true })
            .style(theme::dim())
            .render(footer, buf);
        if let Some(focus) = self.confirm {
            confirm::render(self, focus, area, buf);
        }
    }
}

/// Header, body (with its border), notice line and key hints.
fn frame(app: &App, area: Rect) -> [Rect; 4] {
    let hints = app.tr.t(app.hints_key());
    let hint_lines = wrap(&hints, area.width as usize).len().min(2) as u16;
    area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(hint_lines),
    ]))
}

/// The body's area for text: inside the border, one column of margin each side.
fn inside(body: Rect) -> Rect {
    Block::new()
        .borders(Borders::ALL)
        .inner(body)
        .inner(ratatui::layout::Margin::new(1, 0))
}

/// Where the target of the click task on screen is drawn, for the terminal's size.
pub fn click_target(app: &App) -> Option<Rect> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT || app.screen != Screen::Question {
        return None;
    }
    let [_, body, _, _] = frame(app, area);
    question::click_target(app, inside(body))
}

impl App {
    fn hints_key(&self) -> &'static str {
        if self.confirm.is_some() {
            return "hints-confirm";
        }
        match self.screen {
            Screen::Resume => "hints-resume",
            Screen::History => "hints-history",
            Screen::Stored => "hints-stored",
            Screen::Picker => "hints-picker",
            Screen::Intro if self.from_picker => "hints-intro",
            Screen::Intro => "hints-intro-direct",
            Screen::Question => match self.session().and_then(|s| s.question()).map(|q| &q.kind) {
                Some(QuestionKind::Multiple { .. }) => "hints-multiple",
                Some(QuestionKind::Order { .. }) => "hints-order",
                Some(QuestionKind::Text { .. } | QuestionKind::Task(Task::Type { .. })) => {
                    "hints-text"
                }
                Some(QuestionKind::Task(Task::Key { .. })) => "hints-key",
                Some(QuestionKind::Task(Task::Click { .. })) => "hints-click",
                Some(QuestionKind::Observation) => "hints-observation",
                _ => "hints-single",
            },
            Screen::Results => "hints-results",
            Screen::Orientation => "hints-orientation",
        }
    }

    fn render_header(&self, area: Rect, buf: &mut Buffer) {
        let title = match self.session() {
            Some(s) => format!(" diagnum · {}", s.bank().title),
            None if self.screen == Screen::Resume => {
                format!(" diagnum · {}", self.tr.t("resume-header"))
            }
            None if matches!(self.screen, Screen::History | Screen::Stored) => {
                format!(" diagnum · {}", self.tr.t("history-title"))
            }
            None => format!(" diagnum · {}", self.tr.t("picker-title")),
        };
        let right = match (self.screen, self.session()) {
            (Screen::Question, Some(s)) => match crate::task::planned(s, &self.abilities) {
                Some(total) => self.tr.t_args(
                    "progress",
                    &[("n", Arg::from(s.number())), ("total", Arg::from(total))],
                ),
                None => self.tr.t_args(
                    "progress-adaptive",
                    &[
                        ("n", Arg::from(s.number())),
                        ("left", Arg::from(s.remaining_at_most())),
                    ],
                ),
            },
            _ => String::new(),
        };
        let right_w = right.width() as u16 + 1;
        let [l, r] = area.layout(&Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(right_w),
        ]));
        Paragraph::new(Span::styled(title, theme::title())).render(l, buf);
        Paragraph::new(Span::styled(right, theme::title())).render(r, buf);
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let mut lines = indented(&app.tr.t("too-small"), w, "", theme::title());
    lines.extend(indented(
        &app.tr.t_args(
            "too-small-size",
            &[
                ("w", Arg::from(MIN_WIDTH)),
                ("h", Arg::from(MIN_HEIGHT)),
                ("cw", Arg::from(area.width)),
                ("ch", Arg::from(area.height)),
            ],
        ),
        w,
        "",
        ratatui::style::Style::new(),
    ));
    Paragraph::new(lines).render(area, buf);
}

/// Word wrap by display width; words longer than a line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in french_words(para) {
            let mut word = word;
            loop {
                let sep = usize::from(!line.is_empty());
                if line.width() + sep + word.width() <= width {
                    if sep == 1 {
                        line.push(' ');
                    }
                    line.push_str(&word);
                    break;
                }
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    continue;
                }
                // A word wider than the line: cut it at the width.
                let mut cut = String::new();
                let mut rest = word.chars();
                for c in rest.by_ref() {
                    if (cut.clone() + &c.to_string()).width() > width {
                        word = std::iter::once(c).chain(rest).collect();
                        break;
                    }
                    cut.push(c);
                }
                if cut.is_empty() {
                    break;
                }
                out.push(cut);
                if word.width() <= width {
                    continue;
                }
            }
        }
        out.push(line);
    }
    out
}

/// Words to wrap, with French typography kept together: « and » stay with their word,
/// and the space before : ; ? ! % never becomes a line break.
fn french_words(para: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut glue_next = false;
    for w in para.split(' ').filter(|w| !w.is_empty()) {
        let attach_prev =
            matches!(w, "»" | ":" | ";" | "?" | "!") || w.starts_with('»') || w.starts_with('%');
        match words.last_mut() {
            Some(last) if glue_next || attach_prev => {
                last.push('\u{a0}');
                last.push_str(w);
            }
            _ => words.push(w.to_string()),
        }
        glue_next = w == "«";
    }
    words
}

/// Lines for a paragraph: the first with `first`, the others indented like it.
pub fn indented(
    text: &str,
    width: usize,
    first: &str,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    let indent = " ".repeat(first.width());
    wrap(text, width.saturating_sub(first.width()))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            Line::styled(
                format!("{}{l}", if i == 0 { first } else { &indent }),
                style,
            )
        })
        .collect()
}

/// Renders lines in `area`, scrolled so that line `focus` is visible, or by `scroll`.
/// Returns nothing; shows "▼" at the bottom right when more text follows.
pub fn render_lines(
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
    focus: Option<usize>,
    scroll: u16,
) {
    let h = area.height as usize;
    let max = lines.len().saturating_sub(h);
    let offset = match focus {
        Some(f) if f >= h => (f + 1 - h).min(max),
        Some(_) => 0,
        None => (scroll as usize).min(max),
    };
    let more = offset < max;
    Paragraph::new(lines)
        .scroll((offset as u16, 0))
        .render(area, buf);
    if more && area.width > 0 && area.height > 0 {
        buf.set_string(area.right() - 1, area.bottom() - 1, "▼", theme::title());
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_by_words_and_cut_long_words() {
        assert_eq!(wrap("un deux trois", 7), vec!["un deux", "trois"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
        assert_eq!(wrap("", 3), vec![""]);
        assert_eq!(
            wrap("un « mot » ici ?", 8),
            vec!["un", "«\u{a0}mot\u{a0}»", "ici\u{a0}?"]
        );
        assert!(
            wrap("éléphant très long", 1)
                .iter()
                .all(|l| l.chars().count() <= 1)
        );
    }
}
