//! Key and click tasks: each key pressed or click made is an attempt; the task ends when
//! it is done, or after as many misses as the bank allows. Messages are gentle.

use ratatui::layout::Position;

use super::App;
use crate::bank::{QuestionKind, Task};
use crate::diagnostic::abilities::{DOUBLE_CLICK_MS, Pressed};
use crate::diagnostic::session::{Answer, Session};

impl App {
    fn task(&self) -> Option<&Task> {
        match &self.session().and_then(Session::question)?.kind {
            QuestionKind::Task(t) => Some(t),
            _ => None,
        }
    }

    /// Whether a key comes too soon after the question appeared to be meant for it.
    pub(super) fn too_soon(&self) -> bool {
        self.now_ms
            .is_some_and(|now| now < self.arrived_ms + super::KEY_TASK_GUARD_MS)
    }

    /// A key pressed during a key task: the answer when the task ends.
    pub(super) fn press(&mut self, p: Pressed) -> Option<Answer> {
        let Some(&Task::Key { key, attempts }) = self.task() else {
            return None;
        };
        if key.matches(p) {
            self.notice = Some("notice-key-right");
            return Some(Answer::Task {
                attempts: self.input.misses + 1,
                success: true,
            });
        }
        self.input.misses += 1;
        self.give_up_after(attempts, self.input.misses, "notice-key-wrong")
    }

    /// A click during a click task: the answer when the task ends.
    pub(super) fn click(&mut self, column: u16, row: u16, at_ms: u64) -> Option<Answer> {
        let Some(&Task::Click {
            double, attempts, ..
        }) = self.task()
        else {
            return None;
        };
        // The second click of the double click that ended the previous task.
        if self
            .last_task_click
            .is_some_and(|t| at_ms.saturating_sub(t) < DOUBLE_CLICK_MS)
        {
            return None;
        }
        let hit = super::super::view::click_target(self)
            .is_some_and(|r| r.contains(Position::new(column, row)));
        self.input.clicks += 1;
        let quick = self
            .input
            .pending_click
            .is_some_and(|t| at_ms.saturating_sub(t) <= DOUBLE_CLICK_MS);
        if hit && (!double || quick) {
            self.last_task_click = Some(at_ms);
            self.notice = Some("notice-click-right");
            return Some(Answer::Task {
                attempts: self.input.clicks,
                success: true,
            });
        }
        let first_of_two = hit && double && self.input.pending_click.is_none();
        self.input.pending_click = hit.then_some(at_ms);
        if first_of_two {
            return None;
        }
        self.input.misses += 1;
        let notice = if hit {
            "notice-click-faster"
        } else {
            "notice-click-missed"
        };
        let a = self.give_up_after(attempts, self.input.misses, notice);
        if a.is_some() {
            self.last_task_click = Some(at_ms);
        }
        a
    }

    /// After a miss: a gentle word, or, when the tries are used up, the failed task.
    fn give_up_after(&mut self, attempts: u8, misses: u32, notice: &'static str) -> Option<Answer> {
        if misses >= u32::from(attempts) {
            self.notice = Some("notice-task-next");
            Some(Answer::Task {
                attempts: misses,
                success: false,
            })
        } else {
            self.notice = Some(notice);
            None
        }
    }
}
