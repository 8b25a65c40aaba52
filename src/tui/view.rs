//! Drawing: `impl Widget for &App` lays out the frame (header with progress, body, buttons,
//! key hints) and hands the body to the view of the current screen. Below the minimum size
//! it draws only a short "make the window larger" message. The same layout serves the
//! mouse (`regions`, `App::body`), so clicks land on what is drawn.

mod body;
mod buttons;
mod confirm;
mod field;
mod history;
mod intro;
mod orientation;
mod picker;
mod question;
mod results;
mod resume;
mod task;
mod wrap;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

pub use body::Body;
pub use wrap::{hint_lines, indented, with_ascii, wrap};

use super::app::{App, Msg, Screen};
use crate::bank::{QuestionKind, Task};
use crate::i18n::Arg;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// Longer lines are hard to follow: on wide screens the frame keeps this width, centred.
pub const MAX_WIDTH: u16 = 100;

/// Where each part of the screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regions {
    pub header: Rect,
    /// The bordered frame.
    pub frame: Rect,
    /// Inside the frame, less one column of padding each side.
    pub body: Rect,
    pub buttons: Rect,
    pub notice: Rect,
    pub hints: Rect,
}

/// The layout for a screen area, or `None` when it is too small to use.
pub fn regions(area: Rect) -> Option<Regions> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let w = area.width.min(MAX_WIDTH);
    let area = Rect {
        x: area.x + (area.width - w) / 2,
        width: w,
        ..area
    };
    let [header, frame, buttons, notice, hints] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(2),
    ]));
    Some(Regions {
        header,
        frame,
        body: frame.inner(Margin::new(2, 1)),
        buttons: buttons.inner(Margin::new(1, 0)),
        notice,
        hints,
    })
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.render_screen(area, buf);
    }
}

impl App {
    /// Draws the screen and puts the real terminal cursor on the focused item, where
    /// screen readers and braille displays look.
    pub fn draw(&self, frame: &mut Frame) {
        let area = frame.area();
        if let Some(p) = self.render_screen(area, frame.buffer_mut()) {
            frame.set_cursor_position(p);
        }
    }

    /// The body of the current screen, laid out for a given width.
    pub fn body(&self, width: u16) -> Body {
        wrap::with_ascii(self.look().ascii, || self.body_of_screen(width))
    }

    fn body_of_screen(&self, width: u16) -> Body {
        let w = usize::from(width);
        match self.screen() {
            Screen::Resume => resume::body(self, w),
            Screen::History => history::list_body(self, w),
            Screen::Stored => history::stored_body(self, w),
            Screen::Picker => picker::body(self, w),
            Screen::Intro => intro::body(self, w),
            Screen::Question => question::body(self, w),
            Screen::Results => results::body(self, w),
            Screen::Orientation => orientation::body(self, w),
        }
    }

    /// The message of whatever is drawn at `pos`: a line of the body or a button.
    pub fn target_at(&self, area: Rect, pos: Position) -> Option<Msg> {
        let r = regions(area)?;
        if self.confirm().is_some() {
            return confirm::at(self, area, pos);
        }
        if r.body.contains(pos) {
            self.body(r.body.width).target_at(r.body, pos)
        } else {
            buttons::at(self, r.buttons, pos)
        }
    }

    /// Draws everything; returns where the terminal cursor belongs.
    pub fn render_screen(&self, area: Rect, buf: &mut Buffer) -> Option<Position> {
        wrap::with_ascii(self.look().ascii, || self.render_in(area, buf))
    }

    fn render_in(&self, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &self.look().theme;
        if theme.base != Style::new() {
            buf.set_style(area, theme.base);
        }
        let Some(r) = regions(area) else {
            too_small(self, area, buf);
            self.look().fold_buffer(buf, area);
            return Some(area.as_position()).filter(|_| !area.is_empty());
        };
        let body = self.body(r.body.width);
        let more = body.more_below(r.body.height);
        self.render_header(r.header, buf);
        Block::new()
            .borders(Borders::ALL)
            .border_set(self.look().border())
            .border_style(theme.frame)
            .render(r.frame, buf);
        if let Some(title) = self.frame_title() {
            let title_len = title.len();
            // Room for "┌─ " before, " ─┐" after: the corner always shows.
            let max = usize::from(r.frame.width.saturating_sub(6));
            // A title cut short says so ("…"), at a word.
            let mut title = wrap(&title, max).swap_remove(0);
            if title.len() < title_len {
                let dots = wrap::ellipsis();
                let room = max.saturating_sub(dots.width());
                title = format!("{}{dots}", wrap(&title, room).swap_remove(0));
            }
            buf.set_string(r.frame.x + 2, r.frame.y, format!(" {title} "), theme.frame);
        }
        let mut cursor = body.render(r.body, buf, self.look());
        if let Some((rect, label)) = self.click_target_in(r.body) {
            task::render_target(rect, &label, buf, self.look());
        }
        if let Some(p) = buttons::render(self, r.buttons, buf) {
            cursor = Some(p);
        }
        // A notice (what to do before validating) matters more than the key hints: it
        // takes their lines when it needs them.
        let notice = self
            .message()
            .map(str::to_string)
            .or_else(|| self.notice().map(|n| self.tr().t(n)));
        let (notice, hints_rows) = match notice {
            Some(n) => {
                let lines = wrap(&n, r.notice.width.into());
                let rows = (1 + r.hints.height).saturating_sub(lines.len() as u16);
                (lines, rows)
            }
            None => (vec![], r.hints.height),
        };
        for (i, l) in notice
            .iter()
            .take(1 + usize::from(r.hints.height))
            .enumerate()
        {
            let w = r.notice.width.into();
            buf.set_stringn(r.notice.x, r.notice.y + i as u16, l, w, theme.notice);
        }
        let hints = hint_lines(&self.tr().t(self.hints_key(more)), r.hints.width);
        let first = r.hints.height - hints_rows.min(r.hints.height);
        for (i, l) in hints.iter().take(hints_rows.into()).enumerate() {
            let y = r.hints.y + first + i as u16;
            buf.set_stringn(r.hints.x, y, l, r.hints.width.into(), theme.dim);
        }
        if let Some(focus) = self.confirm() {
            cursor = confirm::render(self, focus, area, buf);
        }
        self.look().fold_buffer(buf, area);
        cursor
    }

    /// Written on the frame's top border: the competence a question is about.
    fn frame_title(&self) -> Option<String> {
        let s = self
            .session()
            .filter(|_| self.screen() == Screen::Question)?;
        if s.on_device_question() {
            return Some(self.tr().t("question-device-title"));
        }
        let q = s.question()?;
        let labels: Vec<&str> = q
            .competences
            .iter()
            .filter_map(|c| s.bank().competence(c))
            .map(|c| c.label.as_str())
            .collect();
        Some(self.tr().t_args(
            "question-competence",
            &[("competence", labels.join(", ").into())],
        ))
    }

    fn hints_key(&self, more: bool) -> &'static str {
        if self.confirm().is_some() {
            return "hints-confirm";
        }
        match self.screen() {
            Screen::Resume => "hints-resume",
            Screen::History | Screen::Stored if self.naming().is_some() => "hints-export",
            Screen::History => "hints-history",
            Screen::Stored => "hints-stored",
            Screen::Picker => "hints-picker",
            Screen::Intro if self.age_choice().is_some() => "hints-age",
            Screen::Results if more => "hints-results-more",
            Screen::Intro if self.naming_field() == Some(crate::tui::app::Field::Commune) => {
                "hints-naming-commune"
            }
            Screen::Intro if self.naming().is_some() => "hints-naming",
            Screen::Intro | Screen::Orientation if more => "hints-more",
            Screen::Intro => match (self.from_picker(), self.can_name()) {
                (true, true) => "hints-intro-named",
                (true, false) => "hints-intro",
                (false, true) => "hints-intro-direct-named",
                (false, false) => "hints-intro-direct",
            },
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
            None if self.screen() == Screen::Resume => {
                format!(" diagnum · {}", self.tr().t("resume-header"))
            }
            None if matches!(self.screen(), Screen::History | Screen::Stored) => {
                format!(" diagnum · {}", self.tr().t("history-title"))
            }
            None => format!(" diagnum · {}", self.tr().t("picker-title")),
        };
        let right = match (self.screen(), self.session()) {
            (Screen::Question, Some(s)) => {
                match crate::diagnostic::abilities::planned(s, self.abilities()) {
                    Some(total) => self.tr().t_args(
                        "progress",
                        &[("n", Arg::from(s.number())), ("total", Arg::from(total))],
                    ),
                    None => self.tr().t_args(
                        "progress-adaptive",
                        &[
                            ("n", Arg::from(s.number())),
                            ("left", Arg::from(s.remaining_at_most())),
                        ],
                    ),
                }
            }
            _ => String::new(),
        };
        // The progress keeps its place at the right; the title gets what is left.
        // A space before and after the progress: a cut title never runs into it.
        let right_w = (right.width() as u16 + 2).min(area.width);
        let style = self.look().theme.title;
        let left_w = area.width - right_w;
        // A title cut short says so, rather than run on into the progress.
        let title = if title.width() > usize::from(left_w) {
            let dots = wrap::ellipsis();
            let room = usize::from(left_w).saturating_sub(1 + dots.width());
            let cut = wrap(title.trim_start(), room).swap_remove(0);
            format!(" {}{dots}", cut.replace('\u{a0}', " "))
        } else {
            title
        };
        buf.set_stringn(area.x, area.y, title, left_w.into(), style);
        let right_x = area.x + left_w + 1;
        let right_max = right_w.saturating_sub(2).into();
        buf.set_stringn(right_x, area.y, right, right_max, style);
    }
}

/// Where the target of the click task on screen is drawn, for the terminal's size.
pub fn click_target(app: &App) -> Option<Rect> {
    let r = regions(Rect::new(0, 0, app.size().0, app.size().1))?;
    app.click_target_in(r.body).map(|(rect, _)| rect)
}

impl App {
    /// A click task's target inside the body area, with its label: under the text of the
    /// question, at the spot the session's seed chose.
    fn click_target_in(&self, body_area: Rect) -> Option<(Rect, String)> {
        if self.screen() != Screen::Question || self.confirm().is_some() {
            return None;
        }
        let s = self.session()?;
        let (q, item) = (s.question()?, s.item()?);
        let QuestionKind::Task(Task::Click { label, .. }) = &q.kind else {
            return None;
        };
        let used = self.body(body_area.width).lines.len();
        let spot = item.spot.unwrap_or((50, 50));
        Some((
            task::target_rect(body_area, used, spot, label),
            label.clone(),
        ))
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let mut lines = indented(&app.tr().t("too-small"), w, "", app.look().theme.title);
    lines.extend(indented(
        &app.tr().t_args(
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
        app.look().theme.base,
    ));
    Paragraph::new(lines).render(area, buf);
}
