//! Terminal events to messages, pure: keys (`App::on_key`), mouse clicks and the wheel.
//! The screen area is an input, since what a click means depends on what is drawn there
//! and what Enter does on a long text depends on whether more of it is hidden.

use ratatui::crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::app::{App, Msg, Paging, Screen};
use super::view::regions;

impl App {
    /// `at_ms`: when the event came, to tell a double click in a click task.
    pub fn on_event(&self, event: &Event, area: Rect, at_ms: u64) -> Option<Msg> {
        match event {
            // Only presses: Windows also reports releases, which would double every key.
            Event::Key(k) if k.is_press() => self.on_long_text(self.on_key(*k)?, area, true),
            // The second click of the double click that just ended a task is not for the
            // next question.
            Event::Mouse(_) if self.just_after_task_click(at_ms) => None,
            // A click task takes every click: hitting or missing its target is the answer.
            Event::Mouse(m) if self.click_task_on_screen() && !on_buttons(area, m) => {
                self.on_task_click(*m, at_ms)
            }
            // Buttons do what they say: no paging for clicks.
            Event::Mouse(m) => self.on_long_text(self.on_mouse(*m, area)?, area, false),
            _ => None,
        }
    }

    pub fn on_mouse(&self, m: MouseEvent, area: Rect) -> Option<Msg> {
        // The wheel scrolls texts and moves the focus of lists, like ↑↓.
        let wheel =
            self.confirm().is_none() && !(self.screen() == Screen::Question && self.input().held);
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                self.target_at(area, Position::new(m.column, m.row))
            }
            MouseEventKind::ScrollUp if wheel => Some(Msg::Up),
            MouseEventKind::ScrollDown if wheel => Some(Msg::Down),
            _ => None,
        }
    }

    /// On texts (introduction, results, trainings), Enter first shows the rest of a text
    /// that does not fit, so digits and Enter alone read it all; ↓ stops at its end.
    fn on_long_text(&self, msg: Msg, area: Rect, key: bool) -> Option<Msg> {
        let paged = matches!(
            self.screen(),
            Screen::Intro | Screen::Results | Screen::Orientation | Screen::Stored
        );
        // Enter in the name field keeps the name, however long the text around it.
        let editing = self.naming().is_some() || self.age_choice().is_some();
        if self.confirm().is_some() || editing || !paged {
            return Some(msg);
        }
        let Some(r) = regions(area) else {
            return Some(msg);
        };
        let body = self.body(r.body.width);
        let h = r.body.height;
        let more = body.more_below(h);
        match msg {
            Msg::Validate if key && more => {
                // One line of the previous page stays, to keep the thread.
                let next = body.offset(h) + usize::from(h.saturating_sub(1).max(1));
                let last = body.lines.len().saturating_sub(usize::from(h));
                Some(Msg::ScrollTo(next.min(last) as u16))
            }
            Msg::Down if !more => None,
            Msg::Page(p) => {
                let now = body.offset(h);
                let page = usize::from(h.saturating_sub(1).max(1));
                let last = body.lines.len().saturating_sub(usize::from(h));
                let to = match p {
                    Paging::Up => now.saturating_sub(page),
                    Paging::Down => (now + page).min(last),
                    Paging::Home => 0,
                    Paging::End => last,
                };
                Some(Msg::ScrollTo(to as u16))
            }
            m => Some(m),
        }
    }
}

/// Whether a mouse event is on the row of buttons under the frame (still buttons during a
/// click task: "Retour", "Quitter").
fn on_buttons(area: Rect, m: &MouseEvent) -> bool {
    regions(area).is_some_and(|r| r.buttons.contains(Position::new(m.column, m.row)))
}
