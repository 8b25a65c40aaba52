//! `diagnum kiosk`: read the config (or take the safe defaults), check the banks it
//! names, what `check` and `hash-code` print, and starting the screens.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bank::Bank;
use crate::bank::source::Library;
use crate::cli::Screen;
use crate::commands::run::abilities;
use crate::commands::{Output, UserError};
use crate::diagnostic::abilities::Abilities;
use crate::diagnostic::lieux::Directory;
use crate::i18n::{Arg, Tr};
use crate::kiosk::code::{self, CodeHash, NewCodeError};
use crate::kiosk::config::{self, KioskConfig};
use crate::problems::kiosk::KioskProblem;
use crate::problems::render::render_all;
use crate::problems::{Problem, ProblemKind, suggest};
use crate::records::date::Clock;
use crate::records::store::Store;
use crate::tui::kiosk::{Kiosk, Printer, Setup};

pub const CONFIG_FILE: &str = "kiosk.toml";

/// `--config`, else `kiosk.toml` in the data folder when there is one, else none.
pub fn config_path(flag: Option<PathBuf>, data: Option<&Path>) -> Option<PathBuf> {
    flag.or_else(|| data.map(|d| d.join(CONFIG_FILE)).filter(|p| p.is_file()))
}

/// A config with its banks loaded, ready to run.
#[derive(Debug)]
pub struct Ready {
    pub config: KioskConfig,
    pub banks: Vec<Bank>,
    /// How the config is named in messages.
    pub name: String,
}

/// Reads and checks the config and its banks; the error is every problem, rendered like
/// `diagnum check` does.
pub fn load(lib: &Library, path: Option<&Path>, tr: &Tr) -> Result<Ready, String> {
    let (config, src, name) = match path {
        None => (
            KioskConfig::default(),
            String::new(),
            tr.t("kiosk-default-config"),
        ),
        Some(p) => {
            let name = p.display().to_string();
            let src = std::fs::read_to_string(p).map_err(|e| {
                tr.t_args(
                    "file-unreadable",
                    &[
                        ("path", Arg::from(name.clone())),
                        ("error", Arg::from(tr.io(&e))),
                    ],
                )
            })?;
            let loaded = config::parse(&src);
            match loaded.value {
                Some(c) => (c, src, name),
                None => return Err(render_all(&loaded.problems, &name, &src, tr)),
            }
        }
    };
    let near = path.and_then(Path::parent);
    let mut problems = Vec::new();
    let mut banks = Vec::new();
    for r in &config.banks {
        let kiosk = |p: KioskProblem| Problem::error(r.span.clone(), ProblemKind::Kiosk(p));
        match lib.resolve(&beside(&r.name, near)) {
            Ok(entry) => match entry.loaded.value {
                Some(b) => banks.push(b),
                None => problems.push(kiosk(KioskProblem::BankInvalid {
                    id: r.name.clone(),
                    path: entry.source.path.clone(),
                })),
            },
            Err(_) => {
                let ids: Vec<String> = lib
                    .entries()
                    .into_iter()
                    .filter_map(|e| e.loaded.value.map(|b| b.id))
                    .collect();
                let suggestion = suggest(&r.name, ids.iter().map(String::as_str));
                problems.push(kiosk(KioskProblem::BankNotFound {
                    id: r.name.clone(),
                    suggestion,
                }));
            }
        }
    }
    if !problems.is_empty() {
        return Err(render_all(&problems, &name, &src, tr));
    }
    // A bank's English version, by name ("abc-diag" → "abc-diag-en"): the kiosk then
    // offers English to newcomers, with questions they can read.
    let translations: Vec<_> = banks
        .iter()
        .filter(|b| b.lang == "fr")
        .filter_map(|b| lib.resolve(&format!("{}-en", b.id)).ok()?.loaded.value)
        .filter(|t| t.lang == "en" && !banks.iter().any(|b| b.id == t.id))
        .collect();
    banks.extend(translations);
    Ok(Ready {
        config,
        banks,
        name,
    })
}

/// A bank file named relative to the config is looked for beside it.
fn beside(name: &str, near: Option<&Path>) -> String {
    let path = Path::new(name);
    let is_file = crate::bank::source::is_toml(path) || path.components().count() > 1;
    match near {
        Some(dir) if is_file && path.is_relative() && dir.join(path).is_file() => {
            dir.join(path).display().to_string()
        }
        _ => name.to_string(),
    }
}

impl Ready {
    /// What the kiosk runs with. `lang` is the command line's or the system's, used when
    /// the config names none.
    pub fn setup(self, store: Option<Store>, lang: crate::i18n::Lang) -> Setup {
        let c = self.config;
        Setup {
            banks: self.banks,
            idle: c.idle,
            admin_code: c.admin_code,
            printer: c.print.then(|| Printer {
                command: crate::outputs::printer::lp(),
                args: c
                    .printer
                    .map(|p| vec!["-d".to_string(), p])
                    .unwrap_or_default(),
            }),
            lang: c.lang.unwrap_or(lang),
            store,
            abilities: Abilities::full_screen(false, std::env::var("TERM").ok().as_deref()),
            pid: std::process::id(),
            look: crate::tui::Look::default(),
            // The voice is looked for when the kiosk starts (`start`).
            speech: crate::speech::Setup {
                engine: None,
                rate: c.speech_rate.unwrap_or_default(),
                auto: c.speak,
            },
            // The lieux are loaded when the kiosk starts (`start`).
            lieux: None,
            commune: c.commune,
            // Set when the kiosk starts, beside the sessions (`start`).
            ledger: None,
        }
    }

    /// `diagnum kiosk check`'s line on the lieux shown to visitors: the commune and what the
    /// imported file knows of it.
    pub fn lieux_line(&self, dir: Option<&Directory>, tr: &Tr) -> String {
        let Some(commune) = &self.config.commune else {
            return tr.t("kiosk-check-no-commune");
        };
        let place = Arg::from(commune.clone());
        match dir.map(|d| d.locate(commune)) {
            None => tr.t_args("kiosk-check-commune-no-file", &[("commune", place)]),
            Some(None) => tr.t_args("kiosk-check-commune-unknown", &[("commune", place)]),
            Some(Some(p)) => tr.t_args(
                "kiosk-check-commune",
                &[("commune", place), ("count", Arg::from(p.members.len()))],
            ),
        }
    }

    /// `diagnum kiosk check`: what the kiosk will do, in a few lines.
    pub fn summary(&self, tr: &Tr) -> String {
        let c = &self.config;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{}",
            tr.t_args("kiosk-check-ok", &[("name", Arg::from(self.name.clone()))])
        );
        let banks: Vec<String> = self
            .banks
            .iter()
            .map(|b| format!("{} ({})", b.title, b.id))
            .collect();
        let lines = [
            tr.t_args(
                "kiosk-check-banks",
                &[("banks", Arg::from(banks.join(", ")))],
            ),
            tr.t_args(
                "kiosk-check-idle",
                &[
                    ("after", Arg::from(c.idle.after.as_secs())),
                    ("countdown", Arg::from(c.idle.countdown.as_secs())),
                ],
            ),
            tr.t(if c.admin_code.is_some() {
                "kiosk-check-code"
            } else {
                "kiosk-check-no-code"
            }),
            match (c.print, &c.printer) {
                (false, _) => tr.t("kiosk-check-no-print"),
                (true, None) => tr.t("kiosk-check-print-default"),
                (true, Some(p)) => {
                    tr.t_args("kiosk-check-print", &[("printer", Arg::from(p.clone()))])
                }
            },
            tr.t_args(
                if c.speak {
                    "kiosk-check-speak"
                } else {
                    "kiosk-check-speak-on-demand"
                },
                &[(
                    "rate",
                    Arg::from(c.speech_rate.unwrap_or_default().percent()),
                )],
            ),
            // Looked for on this computer: the one the kiosk will use.
            match crate::speech::voice::detect() {
                Some(v) => tr.t_args("kiosk-check-voice", &[("voice", Arg::from(v.describe()))]),
                None => tr.t("kiosk-check-no-voice"),
            },
        ];
        for l in lines {
            let _ = writeln!(s, "  {l}");
        }
        // A visitor alone is never asked the médiateur's observations: say which banks
        // lose measures that way.
        for w in self
            .banks
            .iter()
            .flat_map(|b| crate::kiosk::observations::warnings(b, tr))
        {
            let _ = writeln!(s, "  {w}");
        }
        s
    }
}

/// `diagnum kiosk`: the kiosk's screens, until the admin code (or a signal) stops them.
pub fn start(
    lib: &Library,
    store: Option<Store>,
    path: Option<&Path>,
    screen: &Screen,
    lieux: Option<Arc<Directory>>,
    tr: Tr,
) -> Result<Output, UserError> {
    let ready = load(lib, path, &tr)?;
    if !crate::tui::is_terminal() {
        return Err(UserError::NotATerminal("kiosk-not-a-terminal"));
    }
    if let Some(store) = &store {
        // Best effort: a session left open here is closed at the next start that can.
        let _ = crate::kiosk::close_interrupted(store, Clock::System);
    }
    // Best effort too: raw mode already turns Ctrl-C, Ctrl-Z and Ctrl-\ into keys.
    let _ = crate::tui::kiosk::lock_signals();
    // What was on the terminal before (a shell, boot messages) goes too, scrollback
    // included: the kiosk then draws on the alternate screen, where nothing scrolls back.
    print!("{}", crate::tui::kiosk::clear_sequence());
    let data = store
        .as_ref()
        .and_then(|s| s.root().parent().map(Path::to_path_buf));
    let mut setup = ready.setup(store, tr.lang());
    setup.ledger = data.map(|d| crate::kiosk::limiter::ledger::Ledger::in_data_dir(&d));
    setup.lieux = lieux;
    setup.look = screen.look;
    setup.abilities = abilities(screen);
    // `--speak` and `--speech-rate` win over the config, like the other flags.
    setup.speech.engine = crate::speech::voice::detect();
    setup.speech.auto |= screen.speak;
    if let Some(r) = screen.speech_rate {
        setup.speech.rate = r;
    }
    let app = Kiosk::new(setup, rand::random());
    ratatui::run(|terminal| app.run(terminal))?;
    Ok(Output {
        stderr: format!("{}\n", tr.t("kiosk-stopped")),
        ..Output::default()
    })
}

/// `hash_code` on this process's standard input.
pub fn hash_code_from_stdin(tr: &Tr) -> Result<String, String> {
    let terminal = io::IsTerminal::is_terminal(&io::stdin());
    hash_code(&mut io::stdin().lock(), terminal, tr)
}

/// `diagnum kiosk hash-code`: the code twice (hidden when typed at a terminal), then the
/// line for the config. Prompts go to standard error, the line alone to standard output.
pub fn hash_code(input: &mut impl BufRead, terminal: bool, tr: &Tr) -> Result<String, String> {
    hash_code_with(input, terminal, code::ROUNDS, tr)
}

/// `hash_code` with the number of rounds given (unit tests run unoptimised: fewer).
fn hash_code_with(
    input: &mut impl BufRead,
    terminal: bool,
    rounds: u32,
    tr: &Tr,
) -> Result<String, String> {
    let mut ask = |key: &str| -> Result<String, String> {
        let prompt = tr.t(key);
        let read = if terminal {
            read_hidden(&prompt)
        } else {
            // Piped in: nothing is typed on screen, so each prompt gets its own line.
            eprintln!("{prompt}");
            let mut line = String::new();
            input.read_line(&mut line).map(|n| (n > 0).then_some(line))
        };
        read.map_err(|e| tr.t_args("io-error", &[("error", Arg::from(tr.io(&e)))]))?
            .ok_or_else(|| tr.t("kiosk-hash-cancelled"))
    };
    let first = ask("kiosk-hash-prompt")?;
    let again = ask("kiosk-hash-again")?;
    code::check_new(&first, &again).map_err(|e| match e {
        NewCodeError::TooShort => {
            tr.t_args("kiosk-hash-too-short", &[("min", Arg::from(code::MIN_LEN))])
        }
        NewCodeError::TooLong => {
            tr.t_args("kiosk-hash-too-long", &[("max", Arg::from(code::MAX_LEN))])
        }
        NewCodeError::Mismatch => tr.t("kiosk-hash-mismatch"),
    })?;
    let hash = CodeHash::generate(&first, rounds);
    eprintln!("{}", tr.t("kiosk-hash-paste"));
    Ok(format!("admin_code = \"{hash}\"\n"))
}

/// One line typed at the terminal without echo; `None` if Échap or Ctrl-C cancels it.
fn read_hidden(prompt: &str) -> io::Result<Option<String>> {
    use ratatui::crossterm::event::{self, Event, KeyCode, KeyModifiers};
    use ratatui::crossterm::terminal::{disable_raw_mode, enable_raw_mode};
    eprint!("{prompt} ");
    io::stderr().flush()?;
    enable_raw_mode()?;
    let mut typed = String::new();
    let result = loop {
        let key = match event::read() {
            Ok(Event::Key(k)) if k.is_press() => k,
            Ok(_) => continue,
            Err(e) => break Err(e),
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL)
            && !key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Enter => break Ok(Some(typed)),
            KeyCode::Esc => break Ok(None),
            KeyCode::Char('c' | 'd') if ctrl => break Ok(None),
            KeyCode::Backspace => {
                typed.pop();
            }
            KeyCode::Char(c) if !ctrl => typed.push(c),
            _ => {}
        }
    };
    disable_raw_mode()?;
    eprintln!();
    result
}

#[cfg(test)]
mod tests;
