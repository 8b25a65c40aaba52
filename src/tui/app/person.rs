//! The optional name on the intro: a pseudonym or a file number that the médiateur types
//! so that the result can be found again months later (`diagnum results`); and the
//! person's commune (or postal code), for the funder's figures and the lieux de médiation
//! numérique near them in the results. Never offered at a kiosk, where visitors stay
//! anonymous (the kiosk's own commune is used), nor once the session file exists: its
//! header already holds the person.

use super::{App, Msg};
use crate::i18n::Arg;
use crate::records::journal::RunMode;

/// Long enough for "Dossier 2026-0412, Mme D.", short enough for one line of the fiche.
pub const MAX_NAME: usize = 40;
/// "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson 51290" fits.
pub const MAX_COMMUNE: usize = 60;

/// Which line of the intro is being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Commune,
}

impl App {
    /// Whether the intro offers to type a name for this session.
    pub fn can_name(&self) -> bool {
        self.mode != RunMode::Kiosk
            && self.store.is_some()
            && self.run.as_ref().is_some_and(|r| r.id().is_none())
    }

    /// Whether the intro offers to type the person's commune: where it is recorded (a
    /// data folder) or used (imported lieux), before the session file exists.
    pub fn can_set_commune(&self) -> bool {
        self.mode != RunMode::Kiosk
            && (self.store.is_some() || self.lieux.is_some())
            && self.run.as_ref().is_some_and(|r| r.id().is_none())
    }

    /// Starts typing a line of the intro, from what it holds.
    pub(super) fn edit(&mut self, field: Field) {
        let now = match field {
            Field::Name => &self.person.pseudonym,
            Field::Commune => &self.person.commune,
        };
        self.naming = Some((field, now.clone().unwrap_or_default()));
    }

    /// The message while a line is being typed; false when none is.
    pub(super) fn update_naming(&mut self, msg: Msg) -> bool {
        let Some((field, draft)) = &mut self.naming else {
            return false;
        };
        let max = match field {
            Field::Name => MAX_NAME,
            Field::Commune => MAX_COMMUNE,
        };
        match msg {
            Msg::Input(c) if c.is_control() => {}
            Msg::Input(_) if draft.chars().count() >= max => {
                self.notice = Some(match field {
                    Field::Name => "notice-name-full",
                    Field::Commune => "notice-commune-full",
                });
            }
            Msg::Input(c) => draft.push(c),
            Msg::Erase => {
                draft.pop();
            }
            Msg::Validate => {
                let text = draft.trim();
                let value = (!text.is_empty()).then(|| text.to_string());
                match field {
                    Field::Name => self.person.pseudonym = value,
                    Field::Commune => {
                        self.message = self.unknown_commune(value.as_deref());
                        self.person.commune = value;
                    }
                }
                self.naming = None;
            }
            Msg::Back => self.naming = None,
            _ => {}
        }
        true
    }

    /// When the imported lieux do not know the commune typed: say so (it is kept, for the
    /// funder's figures).
    fn unknown_commune(&self, typed: Option<&str>) -> Option<String> {
        let (dir, typed) = (self.lieux.as_ref()?, typed?);
        dir.locate(typed).is_none().then(|| {
            self.tr.t_args(
                "intro-commune-unknown",
                &[("place", Arg::from(typed.to_string()))],
            )
        })
    }
}
