//! What an app is given once, and its first screen; what it tells back.

use crate::bank::Bank;
use crate::diagnostic::abilities::Abilities;
use crate::i18n::Tr;
use crate::records::date::Clock;
use crate::records::history::Stored;
use crate::records::index::Row;
use crate::records::journal::RunMode;
use crate::records::prepare::Prepared;
use crate::records::store::Store;
use crate::records::tracked::Person;
use crate::tui::look::Look;

/// A bank as the picker lists it.
#[derive(Debug, Clone)]
pub struct PickerEntry {
    pub label: String,
    pub bank: Result<Bank, String>,
}

/// Everything an `App` is given once, before its first screen, and never changed from
/// outside after: the kiosk and `main` configure it here, then only talk to it through
/// messages.
#[derive(Debug, Clone)]
pub struct Config {
    pub tr: Tr,
    /// Theme, glyphs and spacing, read by the views.
    pub look: Look,
    /// What this terminal can run; other tasks are neutralised.
    pub abilities: Abilities,
    /// Where sessions are recorded; `None` in tests and when no data folder exists.
    pub store: Option<Store>,
    pub clock: Clock,
    /// Written in the journal header.
    pub mode: RunMode,
    pub person: Person,
    /// Show the plain-language (FALC) wording of questions.
    pub falc: bool,
    pub seed: u64,
    /// The voice that reads aloud, and whether it reads each new question by itself.
    pub speech: crate::speech::Setup,
    /// The imported lieux de médiation numérique (`diagnum lieux import`), to show those
    /// near the person with the results.
    pub lieux: Option<std::sync::Arc<crate::diagnostic::lieux::Directory>>,
    /// Where to look for lieux when the person's commune is not given: a kiosk's own.
    pub place: Option<String>,
    /// The banks (`diagnum results`): a stored session's answers are read with their
    /// questions when its bank is still there.
    pub library: Option<crate::bank::source::Library>,
}

impl Config {
    /// A médiateur's full screen with every default: no data folder, all tasks runnable,
    /// no voice.
    pub fn new(tr: Tr, seed: u64) -> Config {
        Config {
            tr,
            look: Look::default(),
            abilities: Abilities::full_screen(false, None),
            store: None,
            clock: Clock::System,
            mode: RunMode::Tui,
            person: Person::default(),
            falc: false,
            seed,
            speech: crate::speech::Setup::off(),
            lieux: None,
            place: None,
            library: None,
        }
    }
}

/// The first screen. Built once per run and moved into the app: the size of its largest
/// variant does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Start {
    /// The list of banks; the unfinished sessions first, when there are any.
    Picker {
        entries: Vec<PickerEntry>,
        unfinished: Vec<Stored>,
    },
    /// A bank's introduction (`diagnum run BANK`).
    Bank(Bank),
    /// A session taken up again (`diagnum run --resume ID`).
    Resumed(Prepared),
    /// `diagnum results`: the stored sessions, given oldest first, shown newest first.
    History(Vec<Row>),
}

/// What the app tells whoever runs it, as an answer to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum AppEvent {
    /// The person asked to leave, or went past the last screen.
    Quit,
}
