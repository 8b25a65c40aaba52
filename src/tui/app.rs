//! The TUI's state and its only mutation point. Keys and clicks become messages (`on_key`,
//! `on_mouse`: pure, in `keys.rs`), and `update` applies them: the Elm architecture,
//! synchronous, with no event thread.

mod config;
mod end;
mod history;
mod journal;
mod person;
mod picker;
mod read;
mod resume;
mod speech;
mod tasks;

pub use super::msg::{ConfirmFocus, Msg, Paging};
pub use config::{AppEvent, Config, PickerEntry, Start};
pub use person::{Field, MAX_COMMUNE, MAX_NAME};

use super::answer_input::{AnswerInput, Enter};
use super::look::Look;
use crate::diagnostic::abilities::{self, Abilities};
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::session::{Answer, Session};
use crate::i18n::Tr;
use crate::records::date::Clock;
use crate::records::history::Stored;
use crate::records::index::Row;
use crate::records::journal::RunMode;
use crate::records::store::Store;
use crate::records::tracked::{Person, Tracked};
use crate::speech::Speaker;

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

pub struct App {
    tr: Tr,
    look: Look,
    abilities: Abilities,
    store: Option<Store>,
    clock: Clock,
    mode: RunMode,
    person: Person,
    falc: bool,
    seed: u64,
    screen: Screen,
    entries: Vec<PickerEntry>,
    selected: usize,
    /// Whether the person came through the picker (and can go back to it).
    from_picker: bool,
    /// The diagnostic in progress, written to its journal as it goes.
    run: Option<Tracked>,
    /// The line being typed on the intro (name or commune), until Entrée keeps it or
    /// Échap drops it.
    naming: Option<(Field, String)>,
    /// The age band list open on the intro, with the line that has the focus.
    age_choice: Option<usize>,
    /// The imported lieux de médiation numérique, and the commune to look near when the
    /// person's own is not given (a kiosk's).
    lieux: Option<std::sync::Arc<crate::diagnostic::lieux::Directory>>,
    place: Option<String>,
    unfinished: Vec<Stored>,
    history: Vec<Row>,
    /// The banks, to read a stored session's answers with their questions again.
    library: Option<crate::bank::source::Library>,
    /// The stored session being read, as text (worked out once when it is opened).
    detail: Option<String>,
    /// A sentence to show until the next key, such as a failed save (with its reason).
    message: Option<String>,
    /// A fiche on its way to the printer (stored results): the screen goes on meanwhile.
    printing: Option<crate::outputs::printer::Job>,
    input: AnswerInput,
    /// The Esc dialog; its default button is "continue", never "quit".
    confirm: Option<ConfirmFocus>,
    /// Fluent id of a short message for the person (e.g. "choose an answer first").
    notice: Option<&'static str>,
    outcome: Option<Outcome>,
    show_mediator: bool,
    scroll: u16,
    quit: bool,
    /// Columns × rows of the terminal.
    size: (u16, u16),
    /// When the click that ended the last click task happened: the second click of a
    /// double click must not land on the next question.
    last_task_click: Option<u64>,
    /// The time of the message being applied (ms), when the front end gives it.
    now_ms: Option<u64>,
    /// When the question on screen arrived (ms).
    arrived_ms: u64,
    /// The voice reading aloud; what was on screen when it last changed (screen, question).
    speech: Speaker,
    heard: Option<(Screen, Option<usize>)>,
    /// Whether "no voice here" was shown for a question read by itself (`--speak`).
    told_no_voice: bool,
}

/// A key task ignores keys for this long after it appears: keys typed ahead, or the Enter
/// of someone who just pressed "?" and confirms out of habit, must not pass it unseen.
pub const KEY_TASK_GUARD_MS: u64 = 600;

impl App {
    /// The app, configured once, on its first screen.
    pub fn new(config: Config, start: Start) -> App {
        let Config {
            tr,
            look,
            abilities,
            store,
            clock,
            mode,
            person,
            falc,
            seed,
            speech,
            lieux,
            place,
            library,
        } = config;
        let mut app = App {
            tr,
            look,
            abilities,
            store,
            clock,
            mode,
            person,
            falc,
            seed,
            screen: Screen::Picker,
            entries: Vec::new(),
            selected: 0,
            from_picker: true,
            run: None,
            naming: None,
            age_choice: None,
            lieux,
            place,
            unfinished: Vec::new(),
            history: Vec::new(),
            library,
            detail: None,
            message: None,
            printing: None,
            input: AnswerInput::default(),
            confirm: None,
            notice: None,
            outcome: None,
            show_mediator: false,
            scroll: 0,
            quit: false,
            size: (80, 24),
            last_task_click: None,
            now_ms: None,
            arrived_ms: 0,
            speech: Speaker::new(speech),
            heard: None,
            told_no_voice: false,
        };
        match start {
            Start::Picker {
                entries,
                unfinished,
            } => {
                app.entries = entries;
                app.offer_resume(unfinished);
            }
            Start::Bank(bank) => {
                app.entries = vec![PickerEntry {
                    label: bank.title.clone(),
                    bank: Ok(bank),
                }];
                app.update_picker(Msg::Validate);
                app.from_picker = false;
            }
            // Configured first: `arrive` neutralises what these abilities cannot run.
            Start::Resumed(p) => app.open_resumed(p),
            Start::History(mut sessions) => {
                sessions.reverse();
                app.history = sessions;
                app.screen = Screen::History;
            }
        }
        app
    }

    pub fn session(&self) -> Option<&Session> {
        self.run.as_ref().map(|r| &r.session)
    }

    /// `update` for a message that happened at `at_ms` (from any fixed start): the front
    /// ends give the time, so that a key task can tell keys typed ahead of it.
    pub fn update_at(&mut self, msg: Msg, at_ms: u64) -> Option<AppEvent> {
        self.now_ms = Some(at_ms);
        self.update(msg)
    }

    /// The only place where the state changes; says when the app is done.
    pub fn update(&mut self, msg: Msg) -> Option<AppEvent> {
        self.apply(msg);
        self.speak_after(msg);
        self.quit.then_some(AppEvent::Quit)
    }

    fn apply(&mut self, msg: Msg) {
        match msg {
            // A front end's own notice (the kiosk's), shown on the notice line.
            Msg::Notice(key) => {
                self.notice = key;
                return;
            }
            Msg::ClearNotice => {
                self.notice = None;
                return;
            }
            // Not a key: what is on screen stays, unless the printer has answered.
            Msg::Tick => {
                self.check_printer();
                return;
            }
            _ => {}
        }
        self.notice = None;
        self.message = None;
        match msg {
            Msg::AskQuit => self.confirm = Some(ConfirmFocus::Continue),
            Msg::ConfirmCancel => self.confirm = None,
            Msg::ToggleFalc => self.falc = !self.falc,
            // Read (or stopped) once the message is applied: `speak_after`.
            Msg::ReadAloud => {}
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

    fn update_intro(&mut self, msg: Msg) {
        if self.update_naming(msg) || self.update_age(msg) {
            return;
        }
        match msg {
            Msg::EditName if self.can_name() => self.edit(Field::Name),
            Msg::EditAge if self.can_set_age() => self.choose_age(),
            Msg::EditCommune if self.can_set_commune() => self.edit(Field::Commune),
            Msg::Validate if self.start_journal() => {
                self.screen = Screen::Question;
                self.arrive();
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
            Msg::Press(_) if self.too_soon() => Enter::Nothing,
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
}
