//! `diagnum preview BANK`: a bank as its author checks it. Every question with its right
//! answers, feedback, explanation and both wordings; any question reached directly; the
//! file reloaded with a key after an edit, its errors shown in place of the questions.
//! This file is the state and its updates, without a terminal; `view` draws it and `run`
//! reads the keys.

use std::ops::Range;
use std::path::PathBuf;

use crate::bank::source::{Library, Source};
use crate::bank::{Bank, Problem, Severity};

/// What the author asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// A digit of a question number being typed (then `Jump`).
    Digit(u8),
    Jump,
    /// Read the file again.
    Reload,
    /// The list of all the bank's problems, or the questions.
    ToggleProblems,
    ScrollUp,
    ScrollDown,
    Quit,
}

/// The file as last read.
#[derive(Debug)]
pub struct Loaded {
    pub text: String,
    pub bank: Option<Bank>,
    pub problems: Vec<Problem>,
    /// Byte range of each `[[questions]]` entry in the text, in order.
    pub question_spans: Vec<Range<usize>>,
}

#[derive(Debug)]
pub struct Preview {
    pub path: PathBuf,
    pub shown_path: String,
    pub loaded: Loaded,
    pub selected: usize,
    /// A question number being typed.
    pub typed: String,
    pub show_problems: bool,
    /// Scroll of the detail pane (or the problem list).
    pub scroll: u16,
    pub reloads: usize,
    pub quit: bool,
    /// The question looked at before a reload that failed, to come back to it.
    remembered: Option<String>,
    lib: Library,
}

/// Where each `[[questions]]` entry is: from its header to the next table header.
fn question_spans(text: &str) -> Vec<Range<usize>> {
    let mut headers: Vec<(usize, bool)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('[') {
            headers.push((at, t.starts_with("[[questions]]")));
        }
        at += line.len();
    }
    headers
        .iter()
        .enumerate()
        .filter(|(_, (_, q))| *q)
        .map(|(i, (start, _))| *start..headers.get(i + 1).map_or(text.len(), |h| h.0))
        .collect()
}

impl Preview {
    pub fn open(lib: Library, path: PathBuf) -> Preview {
        let shown_path = path.display().to_string();
        let loaded = Self::read(&lib, &path);
        Preview {
            path,
            shown_path,
            loaded,
            selected: 0,
            typed: String::new(),
            show_problems: false,
            scroll: 0,
            reloads: 0,
            quit: false,
            remembered: None,
            lib,
        }
    }

    fn read(lib: &Library, path: &std::path::Path) -> Loaded {
        match Source::read(path) {
            Ok(source) => {
                let text = source.text.clone();
                let entry = lib.load_with_advice(source);
                Loaded {
                    question_spans: question_spans(&text),
                    text,
                    bank: entry.loaded.value,
                    problems: entry.loaded.problems,
                }
            }
            Err(e) => Loaded {
                text: String::new(),
                bank: None,
                problems: vec![Problem::error(None, unreadable(&e))],
                question_spans: vec![],
            },
        }
    }

    pub fn errors(&self) -> usize {
        self.loaded
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    fn count(&self) -> usize {
        self.loaded.bank.as_ref().map_or(0, |b| b.questions.len())
    }

    /// The problems located in question `i`'s entry of the file.
    pub fn problems_of(&self, i: usize) -> Vec<&Problem> {
        let Some(range) = self.loaded.question_spans.get(i) else {
            return vec![];
        };
        self.loaded
            .problems
            .iter()
            .filter(|p| p.span.as_ref().is_some_and(|s| range.contains(&s.start)))
            .collect()
    }

    fn select(&mut self, i: usize) {
        let n = self.count();
        self.selected = if n == 0 { 0 } else { i.min(n - 1) };
        self.scroll = 0;
    }

    pub fn update(&mut self, msg: Msg) {
        if !matches!(msg, Msg::Digit(_) | Msg::Jump) {
            self.typed.clear();
        }
        match msg {
            Msg::Up => self.select(self.selected.saturating_sub(1)),
            Msg::Down => self.select(self.selected + 1),
            Msg::PageUp => self.select(self.selected.saturating_sub(10)),
            Msg::PageDown => self.select(self.selected + 10),
            Msg::First => self.select(0),
            Msg::Last => self.select(self.count().saturating_sub(1)),
            Msg::Digit(d) => {
                if self.typed.len() < 4 {
                    self.typed.push(char::from(b'0' + d.min(9)));
                }
            }
            Msg::Jump => {
                if let Ok(n) = self.typed.parse::<usize>() {
                    self.select(n.saturating_sub(1));
                }
                self.typed.clear();
            }
            Msg::Reload => {
                // Stay on the same question when it is still there, even after a reload
                // that showed errors in between.
                let id = self.current_id().or(self.remembered.take());
                self.loaded = Self::read(&self.lib, &self.path);
                self.reloads += 1;
                self.scroll = 0;
                match &self.loaded.bank {
                    None => self.remembered = id,
                    Some(b) => {
                        let again = id.and_then(|id| b.questions.iter().position(|q| q.id == id));
                        self.select(again.unwrap_or(self.selected));
                    }
                }
            }
            Msg::ToggleProblems => {
                self.show_problems = !self.show_problems;
                self.scroll = 0;
            }
            Msg::ScrollUp => self.scroll = self.scroll.saturating_sub(3),
            Msg::ScrollDown => self.scroll = self.scroll.saturating_add(3),
            Msg::Quit => self.quit = true,
        }
    }

    pub(crate) fn current_id(&self) -> Option<String> {
        let b = self.loaded.bank.as_ref()?;
        b.questions.get(self.selected).map(|q| q.id.clone())
    }
}

/// Why the file could not be read, as a problem: a file not in UTF-8 says so.
fn unreadable(e: &std::io::Error) -> crate::bank::ProblemKind {
    match e
        .get_ref()
        .and_then(|i| i.downcast_ref::<crate::text::encoding::NotUtf8>())
    {
        Some(n) => crate::bank::ProblemKind::NotUtf8 {
            utf16: n.utf16,
            guess: n.guess.to_string(),
        },
        None => crate::bank::ProblemKind::Schema {
            detail: e.to_string(),
        },
    }
}
