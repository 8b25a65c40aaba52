//! The optional name on the intro: a pseudonym or a file number that the médiateur types
//! so that the result can be found again months later (`diagnum results`); the person's
//! age band, chosen from the fixed list of the funders' reports; and the person's commune
//! (or postal code), for the funder's figures and the lieux de médiation numérique near
//! them in the results. Never offered at a kiosk, where visitors stay anonymous (the
//! kiosk's own commune is used), nor once the session file exists: its header already
//! holds the person. The same line editor types the path of an export in the list of
//! stored results.

use super::{App, Msg};
use crate::i18n::Arg;
use crate::records::age_band::AgeBand;
use crate::records::journal::RunMode;

/// Long enough for "Dossier 2026-0412, Mme D.", short enough for one line of the fiche.
pub const MAX_NAME: usize = 40;
/// "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson 51290" fits.
pub const MAX_COMMUNE: usize = 60;
/// A path to write an export to.
pub const MAX_PATH: usize = 400;

/// Which line of the intro is being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Commune,
    /// The file an export of the stored results is written to.
    ExportPath,
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

    /// Whether the intro offers to choose the person's age band: where it is recorded.
    pub fn can_set_age(&self) -> bool {
        self.can_name()
    }

    /// Starts typing a line of the intro, from what it holds.
    pub(super) fn edit(&mut self, field: Field) {
        let now = match field {
            Field::Name => &self.person.pseudonym,
            Field::Commune => &self.person.commune,
            Field::ExportPath => &None,
        };
        self.naming = Some((field, now.clone().unwrap_or_default()));
    }

    /// Opens the age band list, on the band already chosen.
    pub(super) fn choose_age(&mut self) {
        let now = self.person.age_band.as_deref().and_then(AgeBand::parse);
        self.age_choice = Some(now.map_or(0, |b| {
            AgeBand::ALL.iter().position(|x| *x == b).unwrap_or(0)
        }));
    }

    /// The message while the age band list is open; false when it is not. Its lines are
    /// the bands, then "not given" (0).
    pub(super) fn update_age(&mut self, msg: Msg) -> bool {
        let Some(focus) = self.age_choice else {
            return false;
        };
        let n = AgeBand::ALL.len();
        match msg {
            Msg::Pick(i) if i < n => self.set_age(Some(AgeBand::ALL[i])),
            Msg::PickDontKnow => self.set_age(None),
            Msg::Validate => self.set_age(AgeBand::ALL.get(focus).copied()),
            Msg::Up => self.age_choice = Some(focus.saturating_sub(1)),
            Msg::Down => self.age_choice = Some((focus + 1).min(n)),
            Msg::Back => self.age_choice = None,
            _ => {}
        }
        true
    }

    fn set_age(&mut self, band: Option<AgeBand>) {
        self.person.age_band = band.map(|b| b.code().to_string());
        self.age_choice = None;
    }

    /// The message while a line is being typed; false when none is.
    pub(super) fn update_naming(&mut self, msg: Msg) -> bool {
        let Some((field, draft)) = &mut self.naming else {
            return false;
        };
        let max = match field {
            Field::Name => MAX_NAME,
            Field::Commune => MAX_COMMUNE,
            Field::ExportPath => MAX_PATH,
        };
        match msg {
            Msg::Input(c) if c.is_control() => {}
            Msg::Input(_) if draft.chars().count() >= max => {
                self.notice = Some(match field {
                    Field::Name => "notice-name-full",
                    Field::Commune => "notice-commune-full",
                    Field::ExportPath => "notice-path-full",
                });
            }
            Msg::Input(c) => draft.push(c),
            Msg::Erase => {
                draft.pop();
            }
            Msg::Validate => {
                let text = draft.trim();
                let value = (!text.is_empty()).then(|| text.to_string());
                let field = *field;
                self.naming = None;
                match field {
                    Field::Name => self.person.pseudonym = value,
                    Field::Commune => {
                        self.message = self.unknown_commune(value.as_deref());
                        self.person.commune = value;
                    }
                    Field::ExportPath => self.write_export(value.as_deref()),
                }
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
