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

    /// Takes the stricter of this kiosk's count and the one on disk.
    pub(super) fn reload_attempts(&mut self) {
        if let Some(ledger) = &self.setup.ledger {
            self.attempts = self.attempts.merge(ledger.load(self.now));
        }
    }

    fn submit_code(&mut self) {
        if self.setup.admin_code.is_none() {
            // No code set: the panel only explains; Entrée closes it.
            self.admin = None;
            return;
        }
        self.reload_attempts();
        let (Some(prompt), Some(code)) = (&mut self.admin, &self.setup.admin_code) else {
            return;
        };
        let typed = std::mem::take(&mut prompt.typed);
        // During the wait no try is checked, not even the right code: that is the limit.
        // What was typed is dropped all the same, so the next try starts from an empty field.
        if !self.attempts.wait(self.now).is_zero() {
            prompt.wrong = true;
            return;
        }
        // Counted before it is checked: stopping the kiosk during the check saves nothing.
        let mut counted = self.attempts;
        counted.fail(self.now);
        if let Some(ledger) = &self.setup.ledger {
            // Best effort: a folder that cannot be written still has the count in memory.
            let _ = ledger.save(&counted);
        }
        if code.verify(&typed) {
            if let Some(ledger) = &self.setup.ledger {
                let _ = ledger.clear();
            }
            // Leaving closes the session of a visitor who may still be sitting there.
            if self.visitor.is_some() {
                self.end_visitor();
            }
            self.admin = None;
            self.quit = true;
        } else {
            self.attempts = counted;
            prompt.wrong = true;
        }
    }
}
