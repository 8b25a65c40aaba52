//! Kiosk mode's screens around the diagnostic: a welcome that loops forever, one `App` per
//! visitor (dropped whole when the visitor is done, so nothing of theirs can come back),
//! the inactivity warning, the "stop?" dialog, the end with the fiche to print, and the
//! admin code that alone closes the program. `update` is the only place state changes;
//! time comes in as `Tick` messages, so tests move the clock by hand.

mod admin;
mod keys;
mod run;
mod view;
mod visit;

use std::time::Duration;

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::app::{App, ConfirmFocus, Msg};
use crate::bank::Bank;
use crate::diagnostic::abilities::Abilities;
use crate::i18n::{Lang, Tr};
use crate::kiosk::code::CodeHash;
use crate::kiosk::idle::{IdleRule, Phase};
use crate::kiosk::limiter::Attempts;
use crate::kiosk::limiter::ledger::Ledger;
use crate::records::store::Store;

pub use run::{clear_sequence, lock_signals};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskScreen {
    Welcome,
    /// A visitor's diagnostic: the ordinary screens of `App`.
    Visitor,
    /// After the orientation: thanks, the lieu's contact, the fiche to print.
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskMsg {
    /// Time since the kiosk started. The run loop sends it before every event and whenever
    /// waiting for one times out.
    Tick(Duration),
    Resize(u16, u16),
    /// A key that does nothing here, but shows someone is there.
    Activity,
    /// A key people use to leave a program (Ctrl-C, Ctrl-Z, Ctrl-\, F-keys, Échap on the
    /// welcome): it does nothing but say how to go on.
    Refused,
    /// Ctrl+K; three in a row open the admin prompt.
    ChordStep,
    /// Any key while "are you still there?" shows: the visitor goes on.
    StillHere,
    SwitchLang,
    Start,
    /// A message for the visitor's diagnostic.
    App(Msg),
    AskStop,
    StopSwitch,
    StopActivate,
    StopCancel,
    Print,
    Finish,
    AdminInput(char),
    AdminErase,
    AdminSubmit,
    AdminCancel,
}

/// How to print the fiche: the command (`lp`, or `DIAGNUM_LP`) and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printer {
    pub command: String,
    pub args: Vec<String>,
}

/// The admin prompt: what was typed (shown masked) and whether the last try was wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdminPrompt {
    pub typed: String,
    pub wrong: bool,
}

/// What the kiosk is set up with; it does not change while it runs.
#[derive(Debug, Clone)]
pub struct Setup {
    pub banks: Vec<Bank>,
    pub idle: IdleRule,
    pub admin_code: Option<CodeHash>,
    pub printer: Option<Printer>,
    /// The welcome's language, which it returns to after each visitor.
    pub lang: Lang,
    pub store: Option<Store>,
    pub abilities: Abilities,
    /// Shown to the admin when no code is set, to stop the kiosk from another terminal.
    pub pid: u32,
    /// Theme, glyphs and spacing, for the kiosk's screens and each visitor's.
    pub look: crate::tui::Look,
    /// The voice that reads aloud for each visitor (L, or every question with `speak`).
    pub speech: crate::speech::Setup,
    /// The imported lieux de médiation numérique, and the lieu's own commune: those near
    /// it are shown to each visitor with the results.
    pub lieux: Option<std::sync::Arc<crate::diagnostic::lieux::Directory>>,
    pub commune: Option<String>,
    /// Where wrong admin codes are counted, so a restart does not start the count again
    /// (in the data folder; none without one).
    pub ledger: Option<Ledger>,
}

pub struct Kiosk {
    pub setup: Setup,
    pub tr: Tr,
    pub screen: KioskScreen,
    /// The current visitor's diagnostic; `None` on the welcome screen.
    pub visitor: Option<App>,
    /// Seeds for each visitor's shuffles (fixed in tests).
    seeds: StdRng,
    pub now: Duration,
    pub last_key: Duration,
    pub stop: Option<ConfirmFocus>,
    pub admin: Option<AdminPrompt>,
    pub chord: u8,
    pub attempts: Attempts,
    /// Fluent id of what happened when the fiche was sent (at most once per visitor):
    /// under way, sent or failed.
    pub printed: Option<&'static str>,
    /// The fiche being printed, until the printer command ends.
    printing: Option<crate::outputs::printer::Job>,
    pub notice: Option<&'static str>,
    /// Visitors sent away so far. The run loop clears the screen and the scrollback each
    /// time it changes.
    pub visitors_done: u64,
    pub size: (u16, u16),
    pub quit: bool,
}

/// Ctrl+K this many times in a row opens the admin prompt.
pub const CHORD_PRESSES: u8 = 3;

impl Kiosk {
    pub fn new(setup: Setup, seed: u64) -> Kiosk {
        let attempts = setup
            .ledger
            .as_ref()
            .map(|l| l.load(Duration::ZERO))
            .unwrap_or_default();
        Kiosk {
            tr: Tr::new(setup.lang),
            setup,
            screen: KioskScreen::Welcome,
            visitor: None,
            seeds: StdRng::seed_from_u64(seed),
            now: Duration::ZERO,
            last_key: Duration::ZERO,
            stop: None,
            admin: None,
            chord: 0,
            attempts,
            printed: None,
            printing: None,
            notice: None,
            visitors_done: 0,
            size: (80, 24),
            quit: false,
        }
    }

    /// Whether a fiche is on its way to the printer (the run loop then looks more often).
    pub fn printing(&self) -> bool {
        self.printing.is_some()
    }

    pub fn phase(&self) -> Phase {
        self.setup.idle.phase(self.last_key, self.now)
    }

    /// Whether "are you still there?" is on screen (never on the welcome).
    pub fn warning(&self) -> Option<u64> {
        match self.phase() {
            Phase::Warning { seconds_left } if self.screen != KioskScreen::Welcome => {
                Some(seconds_left)
            }
            _ => None,
        }
    }

    /// The only place where the state changes.
    pub fn update(&mut self, msg: KioskMsg) {
        match msg {
            KioskMsg::Tick(now) => return self.tick(now),
            KioskMsg::Resize(w, h) => {
                self.size = (w, h);
                if let Some(app) = &mut self.visitor {
                    let _ = app.update(Msg::Resize(w, h));
                }
                return;
            }
            _ => {}
        }
        // Every key shows someone is there; only Ctrl+K keeps the chord going.
        self.last_key = self.now;
        self.notice = None;
        if let Some(app) = &mut self.visitor
            && app.notice().is_some_and(|n| n.starts_with("kiosk-"))
        {
            // Ours, shown on the diagnostic's notice line: gone at the next key, like its own.
            let _ = app.update(Msg::ClearNotice);
        }
        if msg != KioskMsg::ChordStep {
            self.chord = 0;
        }
        match msg {
            KioskMsg::ChordStep => {
                self.chord += 1;
                if self.chord >= CHORD_PRESSES {
                    self.chord = 0;
                    self.stop = None;
                    self.admin = Some(AdminPrompt::default());
                    // Another kiosk on the same folder may have counted wrong codes.
                    self.reload_attempts();
                }
            }
            KioskMsg::Refused => self.refuse(),
            KioskMsg::SwitchLang => {
                // Only between the languages a bank is written in.
                let langs = self.languages();
                let at = langs.iter().position(|l| *l == self.tr.lang()).unwrap_or(0);
                self.tr = Tr::new(langs[(at + 1) % langs.len()]);
            }
            KioskMsg::Start => self.start_visitor(),
            KioskMsg::App(m) => self.pass_to_visitor(m),
            KioskMsg::AskStop => self.stop = Some(ConfirmFocus::Continue),
            KioskMsg::StopSwitch => {
                self.stop = self.stop.map(|f| match f {
                    ConfirmFocus::Continue => ConfirmFocus::Quit,
                    ConfirmFocus::Quit => ConfirmFocus::Continue,
                });
            }
            KioskMsg::StopActivate if self.stop == Some(ConfirmFocus::Quit) => self.end_visitor(),
            KioskMsg::StopActivate | KioskMsg::StopCancel => self.stop = None,
            KioskMsg::Print => self.print(),
            KioskMsg::Finish => self.end_visitor(),
            KioskMsg::AdminInput(_)
            | KioskMsg::AdminErase
            | KioskMsg::AdminSubmit
            | KioskMsg::AdminCancel => self.update_admin(msg),
            KioskMsg::Activity | KioskMsg::StillHere => {}
            KioskMsg::Tick(_) | KioskMsg::Resize(..) => unreachable!("handled above"),
        }
    }

    fn tick(&mut self, now: Duration) {
        self.now = now;
        self.check_printer();
        if self.phase() != Phase::Expired {
            return;
        }
        if self.screen == KioskScreen::Welcome {
            // Nobody there: back to the welcome as the lieu set it.
            self.admin = None;
            if self.tr.lang() != self.setup.lang {
                self.tr = Tr::new(self.setup.lang);
            }
        } else {
            self.end_visitor();
        }
    }

    /// The languages a visitor may choose: those of the banks, the welcome's first.
    pub fn languages(&self) -> Vec<Lang> {
        let mut langs = vec![self.setup.lang];
        for l in self.setup.banks.iter().filter_map(|b| Lang::parse(&b.lang)) {
            if !langs.contains(&l) {
                langs.push(l);
            }
        }
        langs
    }

    /// The banks in the chosen language, or all of them when none is (a kiosk whose banks
    /// are in one language shows its screens in the other).
    pub fn banks_for_visitor(&self) -> Vec<&crate::bank::Bank> {
        let lang = self.tr.lang();
        let mine: Vec<_> = self
            .setup
            .banks
            .iter()
            .filter(|b| Lang::parse(&b.lang) == Some(lang))
            .collect();
        if mine.is_empty() {
            self.setup.banks.iter().collect()
        } else {
            mine
        }
    }

    fn refuse(&mut self) {
        self.notice = Some(match self.screen {
            KioskScreen::Welcome => "kiosk-refused-welcome",
            KioskScreen::Visitor => "kiosk-refused-visitor",
            KioskScreen::End => "kiosk-refused-end",
        });
        if let (KioskScreen::Visitor, Some(app)) = (self.screen, &mut self.visitor) {
            // Shown on the diagnostic's own notice line, until the next key.
            let _ = app.update(Msg::Notice(self.notice));
        }
    }
}

#[cfg(test)]
mod tests;
