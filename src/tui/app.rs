//! The TUI's state and its only mutation point. Keys become messages (`on_key`, pure), and
//! `update` applies them: the Elm architecture, synchronous, with no event thread.

use rand::SeedableRng;
use rand::rngs::StdRng;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::answer_input::{AnswerInput, Enter};
use super::look::Look;
use crate::bank::{Bank, QuestionKind};
use crate::i18n::Tr;
use crate::outcome::Outcome;
use crate::session::{Answer, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Picker,
    Intro,
    Question,
    Results,
    Orientation,
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
    pub session: Option<Session>,
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
            session: None,
            input: AnswerInput::default(),
            confirm: None,
            notice: None,
            outcome: None,
            show_mediator: false,
            falc: false,
            look: Look::default(),
            scroll: 0,
            quit: false,
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
        self.session.as_ref()
    }

    fn text_question(&self) -> bool {
        self.session()
            .and_then(Session::question)
            .is_some_and(|q| matches!(q.kind, QuestionKind::Text { .. }))
    }

    /// Key → message, depending on the screen. Pure: no state changes here.
    pub fn on_key(&self, key: KeyEvent) -> Option<Msg> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // AltGr arrives as Ctrl+Alt on Windows: those are characters, not shortcuts.
        let shortcut = ctrl && !key.modifiers.contains(KeyModifiers::ALT);
        if self.confirm.is_some() {
            return match key.code {
                KeyCode::Left
                | KeyCode::Right
                | KeyCode::Tab
                | KeyCode::BackTab
                | KeyCode::Up
                | KeyCode::Down => Some(Msg::ConfirmSwitch),
                KeyCode::Enter => Some(Msg::ConfirmActivate),
                KeyCode::Esc => Some(Msg::ConfirmCancel),
                _ => None,
            };
        }
        if shortcut {
            return matches!(key.code, KeyCode::Char('c' | 'q')).then_some(Msg::AskQuit);
        }
        let text = self.screen == Screen::Question && self.text_question();
        match key.code {
            KeyCode::Esc => Some(Msg::AskQuit),
            KeyCode::Up => Some(Msg::Up),
            KeyCode::Down => Some(Msg::Down),
            KeyCode::Enter => Some(Msg::Validate),
            KeyCode::Left => (!text || self.input.text.is_empty()).then_some(Msg::Back),
            // The trainings without paging through the whole results text.
            KeyCode::Right if self.screen == Screen::Results => Some(Msg::NextScreen),
            KeyCode::Backspace if text && !self.input.text.is_empty() => Some(Msg::Erase),
            KeyCode::Backspace => Some(Msg::Back),
            KeyCode::Char('?') if !text || self.input.text.is_empty() => Some(Msg::DontKnow),
            KeyCode::Char(c) if text => Some(Msg::Input(c)),
            KeyCode::Char(' ') => Some(Msg::Toggle),
            KeyCode::Char('0') => Some(Msg::PickDontKnow),
            KeyCode::Char(c @ '1'..='9') => Some(Msg::Pick(c as usize - '1' as usize)),
            KeyCode::Char('m' | 'M') if self.screen == Screen::Results => Some(Msg::ToggleMediator),
            KeyCode::Char('f' | 'F') if matches!(self.screen, Screen::Picker | Screen::Intro) => {
                Some(Msg::ToggleFalc)
            }
            _ => None,
        }
    }

    /// The only place where the state changes.
    pub fn update(&mut self, msg: Msg) {
        self.notice = None;
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
            Msg::ConfirmPick(f) => {
                self.quit = f == ConfirmFocus::Quit;
                self.confirm = None;
            }
            _ => match self.screen {
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
                    let session = Session::new(bank.clone(), &mut StdRng::seed_from_u64(self.seed));
                    self.session = Some(session);
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
        match msg {
            Msg::Validate => {
                self.screen = Screen::Question;
                self.load_input();
            }
            Msg::Back if self.from_picker => {
                self.session = None;
                self.screen = Screen::Picker;
            }
            Msg::Up => self.scroll = self.scroll.saturating_sub(1),
            Msg::Down => self.scroll = self.scroll.saturating_add(1),
            Msg::ScrollTo(n) => self.scroll = n,
            _ => {}
        }
    }

    fn load_input(&mut self) {
        if let Some(s) = &self.session
            && let (Some(q), Some(item)) = (s.question(), s.item())
        {
            self.input = AnswerInput::for_question(q, item, s.previous_answer());
        }
    }

    fn update_question(&mut self, msg: Msg) {
        let Some(session) = &mut self.session else {
            return;
        };
        let (Some(q), Some(item)) = (session.question(), session.item()) else {
            return;
        };
        let enter = match msg {
            Msg::DontKnow => Enter::Answer(Answer::DontKnow),
            Msg::Back => {
                if !session.back() {
                    self.screen = Screen::Intro;
                    self.scroll = 0;
                }
                self.load_input();
                return;
            }
            other => self.input.apply(other, q, item),
        };
        match enter {
            Enter::Nothing => {}
            Enter::Notice(n) => self.notice = Some(n),
            Enter::Answer(a) => {
                session.answer(a);
                if session.is_finished() {
                    self.outcome = Some(session.outcome());
                    self.screen = Screen::Results;
                    self.scroll = 0;
                } else {
                    self.load_input();
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
        let s = self.session.as_ref()?;
        (s.answered().next().is_some()).then(|| crate::plain::results(s, &self.tr, self.falc))
    }
}
