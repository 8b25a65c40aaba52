//! The TUI's state and its only mutation point. Keys and clicks become messages (`on_key`,
//! `on_mouse`: pure, in `keys.rs`), and `update` applies them: the Elm architecture,
//! synchronous, with no event thread.

mod journal;
mod person;
mod tasks;

pub use person::MAX_NAME;

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::answer_input::{AnswerInput, Enter};
use super::look::Look;
use crate::bank::Bank;
use crate::diagnostic::abilities::{self, Abilities, Pressed};
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::session::{Answer, Session};
use crate::i18n::Tr;
use crate::records::date::Clock;
use crate::records::history::Stored;
use crate::records::store::Store;
use crate::records::tracked::{Person, Tracked};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Sessions left unfinished last time: resume one or close it.
    Resume,
    Picker,
    Intro,
    Question,
    Results,
    Orientation,
    /// `diagnum results`: the stored sessions, newest first.
    History,
    /// One stored result, as text.
    Stored,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    /// A digit key or a click on a line: display position (0-based).
    Pick(usize),
    /// The 0 key or a click on "Je ne sais pas": moves there, Enter then answers it.
    PickDontKnow,
    Toggle,
    /// Enter: acts on what has the focus (validates, ticks, takes or puts down).
    Validate,
    /// The "Valider" button: records the answer as it stands, whatever has the focus.
    Submit,
    /// Scrolls a long text to this line (Enter on a text that goes on below).
    ScrollTo(u16),
    /// From the results straight to the trainings, however much text is left.
    NextScreen,
    Back,
    DontKnow,
    Input(char),
    Erase,
    AskQuit,
    ConfirmSwitch,
    ConfirmActivate,
    ConfirmCancel,
    /// A click on one of the dialog's buttons.
    ConfirmPick(ConfirmFocus),
    ToggleMediator,
    ToggleFalc,
    /// A key task: any key but Échap is an answer.
    Press(Pressed),
    /// A click task: a left-button press at a cell, at a time (ms, for double clicks).
    Click {
        column: u16,
        row: u16,
        at_ms: u64,
    },
    /// A click task on a terminal where the mouse does not work: not evaluated.
    NoMouse,
    /// The terminal's size, to know where a click target is drawn.
    Resize(u16, u16),
    /// Resume screen: close the selected session as abandoned.
    Abandon,
    /// Resume screen: decide later, go on to the picker.
    Later,
    /// Intro: start typing the optional name (pseudonym or file number).
    EditName,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmFocus {
    Continue,
    Quit,
}

/// A bank as the picker lists it.
#[derive(Debug, Clone)]
pub struct PickerEntry {
    pub label: String,
    pub bank: Result<Bank, String>,
}

pub struct App {
    pub tr: Tr,
    pub screen: Screen,
    pub entries: Vec<PickerEntry>,
    pub selected: usize,
    /// Whether the person came through the picker (and can go back to it).
    pub from_picker: bool,
    pub seed: u64,
    /// The diagnostic in progress, written to its journal as it goes.
    pub run: Option<Tracked>,
    /// Where sessions are recorded; `None` in tests and when no data folder exists.
    pub store: Option<Store>,
    pub clock: Clock,
    /// Written in the journal header: "tui", or "kiosk" for a kiosk visitor.
    pub mode: &'static str,
    pub person: Person,
    /// The name being typed on the intro, until Entrée keeps it or Échap drops it.
    pub naming: Option<String>,
    pub unfinished: Vec<Stored>,
    pub history: Vec<Stored>,
    /// A sentence to show until the next key, such as a failed save (with its reason).
    pub message: Option<String>,
    pub input: AnswerInput,
    /// The Esc dialog; its default button is "continue", never "quit".
    pub confirm: Option<ConfirmFocus>,
    /// Fluent id of a short message for the person (e.g. "choose an answer first").
    pub notice: Option<&'static str>,
    pub outcome: Option<Outcome>,
    pub show_mediator: bool,
    /// Show the plain-language (FALC) wording of questions.
    pub falc: bool,
    /// Theme, glyphs and spacing: chosen at start-up, read by the views.
    pub look: Look,
    pub scroll: u16,
    pub quit: bool,
    /// What this terminal can run; other tasks are neutralised.
    pub abilities: Abilities,
    /// Columns × rows of the terminal.
    pub size: (u16, u16),
    /// When the click that ended the last click task happened: the second click of a
    /// double click must not land on the next question.
    pub last_task_click: Option<u64>,
}

impl App {
    pub fn new(tr: Tr, entries: Vec<PickerEntry>, seed: u64) -> App {
        App {
            tr,
            screen: Screen::Picker,
            entries,
            selected: 0,
            from_picker: true,
            seed,
            run: None,
            store: None,
            clock: Clock::System,
            mode: "tui",
            person: Person::default(),
            naming: None,
            unfinished: Vec::new(),
            history: Vec::new(),
            message: None,
            input: AnswerInput::default(),
            confirm: None,
            notice: None,
            outcome: None,
            show_mediator: false,
            falc: false,
            look: Look::default(),
            scroll: 0,
            quit: false,
            abilities: Abilities::full_screen(false, None),
            size: (80, 24),
            last_task_click: None,
        }
    }

    /// Starts directly on a bank's introduction (`diagnum run BANK`).
    pub fn with_bank(tr: Tr, bank: Bank, seed: u64) -> App {
        let entry = PickerEntry {
            label: bank.title.clone(),
            bank: Ok(bank),
        };
        let mut app = App::new(tr, vec![entry], seed);
        app.update(Msg::Validate);
        app.from_picker = false;
        app
    }

    pub fn session(&self) -> Option<&Session> {
        self.run.as_ref().map(|r| &r.session)
    }

    /// The only place where the state changes.
    pub fn update(&mut self, msg: Msg) {
        self.notice = None;
        self.message = None;
        match msg {
            Msg::AskQuit => self.confirm = Some(ConfirmFocus::Continue),
            Msg::ConfirmCancel => self.confirm = None,
            Msg::ToggleFalc => self.falc = !self.falc,
            Msg::ConfirmSwitch => {
                self.confirm = self.confirm.map(|f| match f {
                    ConfirmFocus::Continue => ConfirmFocus::Quit,
                    ConfirmFocus::Quit => ConfirmFocus::Continue,
                });
            }
            Msg::ConfirmActivate => {
                self.quit = self.confirm == Some(ConfirmFocus::Quit);
                self.confirm = None;
            }
            Msg::Resize(w, h) => self.size = (w, h),
            Msg::ConfirmPick(f) => {
                self.quit = f == ConfirmFocus::Quit;
                self.confirm = None;
            }
            _ => match self.screen {
                Screen::Resume => self.update_resume(msg),
                Screen::History | Screen::Stored => self.update_history(msg),
                Screen::Picker => self.update_picker(msg),
                Screen::Intro => self.update_intro(msg),
                Screen::Question => self.update_question(msg),
                Screen::Results | Screen::Orientation => self.update_results(msg),
            },
        }
    }

    fn update_picker(&mut self, msg: Msg) {
        let n = self.entries.len();
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Msg::Pick(i) if i < n => self.selected = i,
            Msg::Validate => match self.entries.get(self.selected).map(|e| &e.bank) {
                Some(Ok(bank)) => {
                    // Shown on the intro; its journal starts with the first question.
                    let session = Session::new(bank.clone(), &mut StdRng::seed_from_u64(self.seed));
                    self.run = Some(Tracked::untracked(session, self.clock));
                    self.screen = Screen::Intro;
                    self.scroll = 0;
                }
                Some(Err(_)) => self.notice = Some("notice-invalid-bank"),
                None => {}
            },
            _ => {}
        }
    }

    fn update_intro(&mut self, msg: Msg) {
        if self.update_naming(msg) {
            return;
        }
        match msg {
            Msg::EditName if self.can_name() => {
                self.naming = Some(self.person.pseudonym.clone().unwrap_or_default());
            }
            Msg::Validate => {
                if self.start_journal() {
                    self.screen = Screen::Question;
                    self.arrive();
                }
            }
            Msg::Back if self.from_picker => {
                self.run = None;
                self.screen = Screen::Picker;
            }
            Msg::Up => self.scroll = self.scroll.saturating_sub(1),
            Msg::Down => self.scroll = self.scroll.saturating_add(1),
            Msg::ScrollTo(n) => self.scroll = n,
            _ => {}
        }
    }

    pub(super) fn load_input(&mut self) {
        if let Some(s) = self.session()
            && let (Some(q), Some(item)) = (s.question(), s.item())
        {
            self.input = AnswerInput::for_question(q, item, s.previous_answer());
        }
    }

    fn update_question(&mut self, msg: Msg) {
        let enter = match msg {
            Msg::DontKnow => Enter::Answer(Answer::DontKnow),
            Msg::NoMouse => Enter::Answer(Answer::NotEvaluated),
            Msg::Press(p) => self.press(p).map_or(Enter::Nothing, Enter::Answer),
            Msg::Click { column, row, at_ms } => self
                .click(column, row, at_ms)
                .map_or(Enter::Nothing, Enter::Answer),
            Msg::Back => {
                let abilities = self.abilities;
                if let Some(r) = &mut self.run
                    && !abilities::back_to_runnable(&mut r.session, &abilities)
                {
                    self.screen = Screen::Intro;
                    self.scroll = 0;
                }
                self.load_input();
                return;
            }
            other => {
                // Disjoint fields: the question is read from `run`, the input changes.
                let Some(run) = &self.run else {
                    return;
                };
                let (Some(q), Some(item)) = (run.session.question(), run.session.item()) else {
                    return;
                };
                self.input.apply(other, q, item)
            }
        };
        match enter {
            Enter::Nothing => {}
            Enter::Notice(n) => self.notice = Some(n),
            Enter::Answer(a) => {
                if self.record(a) {
                    self.arrive();
                }
            }
        }
    }

    fn update_results(&mut self, msg: Msg) {
        match (self.screen, msg) {
            (_, Msg::Up) => self.scroll = self.scroll.saturating_sub(1),
            (_, Msg::Down) => self.scroll = self.scroll.saturating_add(1),
            (_, Msg::ScrollTo(n)) => self.scroll = n,
            (Screen::Results, Msg::ToggleMediator) => self.show_mediator = !self.show_mediator,
            (Screen::Results, Msg::Validate | Msg::NextScreen) => {
                self.screen = Screen::Orientation;
                self.scroll = 0;
            }
            (Screen::Orientation, Msg::Back) => {
                self.screen = Screen::Results;
                self.scroll = 0;
            }
            (Screen::Orientation, Msg::Validate) => self.quit = true,
            _ => {}
        }
    }

    /// The text printed on standard output when the app closes: the results, if any
    /// question was answered.
    pub fn closing_report(&self) -> Option<String> {
        let s = self.session()?;
        (s.answered().next().is_some()).then(|| crate::plain::results(s, &self.tr, self.falc))
    }
}
