//! The optional name on the intro: a pseudonym or a file number that the médiateur types
//! so that the result can be found again months later (`diagnum results`). Never offered
//! at a kiosk, where visitors stay anonymous, nor once the session file exists: its
//! header already holds the person.

use super::{App, Msg};
use crate::records::journal::RunMode;

/// Long enough for "Dossier 2026-0412, Mme D.", short enough for one line of the fiche.
pub const MAX_NAME: usize = 40;

impl App {
    /// Whether the intro offers to type a name for this session.
    pub fn can_name(&self) -> bool {
        self.mode != RunMode::Kiosk
            && self.store.is_some()
            && self.run.as_ref().is_some_and(|r| r.id().is_none())
    }

    /// The message while the name is being typed; false when no name is being typed.
    pub(super) fn update_naming(&mut self, msg: Msg) -> bool {
        let Some(draft) = &mut self.naming else {
            return false;
        };
        match msg {
            Msg::Input(c) if c.is_control() => {}
            Msg::Input(_) if draft.chars().count() >= MAX_NAME => {
                self.notice = Some("notice-name-full");
            }
            Msg::Input(c) => draft.push(c),
            Msg::Erase => {
                draft.pop();
            }
            Msg::Validate => {
                let name = draft.trim();
                self.person.pseudonym = (!name.is_empty()).then(|| name.to_string());
                self.naming = None;
            }
            Msg::Back => self.naming = None,
            _ => {}
        }
        true
    }
}
