//! The admin prompt: the code typed (never shown), checked against the config's hash, with
//! a growing wait after each wrong one. The right code closes the kiosk.

use super::{Kiosk, KioskMsg};
use crate::kiosk::code::MAX_LEN;

impl Kiosk {
    pub(super) fn update_admin(&mut self, msg: KioskMsg) {
        let Some(prompt) = &mut self.admin else {
            return;
        };
        match msg {
            KioskMsg::AdminInput(c) if prompt.typed.chars().count() < MAX_LEN => {
                prompt.typed.push(c);
            }
            KioskMsg::AdminErase => {
                prompt.typed.pop();
            }
            KioskMsg::AdminCancel => self.admin = None,
            KioskMsg::AdminSubmit => self.submit_code(),
            _ => {}
        }
    }

    /// Seconds before the next code is checked (0: now).
    pub fn admin_wait(&self) -> u64 {
        self.attempts.wait(self.now).as_millis().div_ceil(1000) as u64
    }

    fn submit_code(&mut self) {
        let (Some(prompt), Some(code)) = (&mut self.admin, &self.setup.admin_code) else {
            // No code set: the panel only explains; Entrée closes it.
            self.admin = None;
            return;
        };
        // During the wait no try is checked, not even the right code: that is the limit.
        if !self.attempts.wait(self.now).is_zero() {
            return;
        }
        if code.verify(&prompt.typed) {
            // Leaving closes the session of a visitor who may still be sitting there.
            if self.visitor.is_some() {
                self.end_visitor();
            }
            self.admin = None;
            self.quit = true;
        } else {
            self.attempts.fail(self.now);
            prompt.typed.clear();
            prompt.wrong = true;
        }
    }
}
