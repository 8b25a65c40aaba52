//! `diagnum run` and `diagnum` alone: the diagnostic line by line (`--plain`) or in full
//! screen, and the full screen's list of stored results.

use std::io::{BufRead, Write};
use std::sync::Arc;

use super::failure::{EXIT_INTERRUPTED, Output, UserError};
use crate::bank::Severity;
use crate::bank::source::Entry;
use crate::bank::source::{DEFAULT_BANK, Library};
use crate::cli::Screen;
use crate::diagnostic::abilities::Abilities;
use crate::diagnostic::lieux::Directory;
use crate::i18n::{Arg, Tr};
use crate::plain;
use crate::problems::render::render;
use crate::records::date::Clock;
use crate::records::history::{self};
use crate::records::journal::RunMode;
use crate::records::prepare::{Prepared, RunRequest, load_bank, prepare, seed_or_random};
use crate::records::store::Store;
use crate::records::tracked::Near;
use crate::speech::{Setup, Speaker, script};
use crate::tui::{self, App, Config, PickerEntry, Start};

/// A plain diagnostic on standard input and output.
pub fn plain_run(
    lib: &Library,
    store: Option<&Store>,
    req: RunRequest,
    speech: Setup,
    lieux: Option<Arc<Directory>>,
    tr: &Tr,
) -> Result<Output, UserError> {
    let place = req.person.commune.clone();
    let mut prepared = prepare(lib, store, req, Clock::System, tr)?;
    warn_if_piped(tr);
    prepared
        .tracked
        .set_near(lieux.map(|directory| Near { directory, place }));
    let code = run_plain(
        prepared,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        tr,
        &mut Speaker::new(speech),
    )?;
    Ok(Output {
        code,
        ..Output::default()
    })
}

/// Someone types the answers but the questions go elsewhere (`--plain | lp`): they would
/// answer blind. Said on standard error, which is still the terminal.
fn warn_if_piped(tr: &Tr) {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() && !std::io::stdout().is_terminal() {
        eprintln!("{}", tr.t("plain-stdout-piped"));
    }
}

/// Runs a plain diagnostic; returns the exit status. With `--speak`, the results are read
/// aloud too, and the program waits for the voice to finish before it exits.
pub fn run_plain(
    p: Prepared,
    input: &mut impl BufRead,
    out: &mut impl Write,
    tr: &Tr,
    speaker: &mut Speaker,
) -> std::io::Result<u8> {
    let Prepared {
        mut tracked,
        notices,
        falc,
    } = p;
    for n in &notices {
        writeln!(out, "{n}")?;
    }
    let end = plain::run(falc, &mut tracked, input, out, tr, speaker)?;
    let mut code = 0;
    if end == plain::End::Finished
        && let Err(e) = tracked.finish()
    {
        writeln!(out, "{}", tr.save_failed(&e))?;
        code = 1;
    }
    write!(
        out,
        "{}",
        plain::results(&tracked.session, tracked.local(), tr, falc)
    )?;
    if speaker.auto() && tracked.session.answered().next().is_some() {
        let lang = script::lang_of(tracked.session.bank());
        if speaker
            .say(&script::results(&tracked.session.outcome(), lang))
            .is_ok()
        {
            out.flush()?;
            speaker.wait();
        }
    }
    if end == plain::End::Interrupted {
        code = EXIT_INTERRUPTED;
    }
    // Interrupted, or the result could not be written (a full disk): every answer is on
    // disk, and resuming writes the result once there is room.
    if code != 0
        && let Some(id) = tracked.id()
    {
        writeln!(
            out,
            "\n{}",
            tr.t_args("plain-resume-hint", &[("id", Arg::from(id.to_string()))])
        )?;
    }
    out.flush()?;
    Ok(code)
}

/// The full-screen diagnostic; its results are printed once the terminal is restored.
pub fn full_screen(
    lib: &Library,
    store: Option<&Store>,
    req: Option<RunRequest>,
    screen: &Screen,
    lieux: Option<Arc<Directory>>,
    tr: Tr,
) -> Result<Output, UserError> {
    can_draw(screen)?;
    let req = req.unwrap_or(RunRequest {
        bank: None,
        seed: None,
        falc: false,
        resume: None,
        person: crate::records::tracked::Person::default(),
        mode: RunMode::Tui,
    });
    let config = Config {
        look: screen.look,
        abilities: abilities(screen),
        store: store.cloned(),
        falc: req.falc,
        person: req.person.clone(),
        speech: speech_setup(screen),
        lieux,
        ..Config::new(tr, seed_or_random(req.seed))
    };
    let start = if req.resume.is_some() {
        Start::Resumed(prepare(lib, store, req, Clock::System, &tr)?)
    } else if let Some(arg) = &req.bank {
        Start::Bank(load_bank(lib, arg, &tr)?)
    } else {
        // A kiosk visitor's session is the kiosk's to close, not the médiateur's to resume.
        let mut unfinished = store
            .map(|s| history::unfinished(s).unwrap_or_default())
            .unwrap_or_default();
        unfinished.retain(|s| s.header().is_some_and(|h| h.mode != RunMode::Kiosk));
        Start::Picker {
            entries: picker_entries(lib, &tr),
            unfinished,
        }
    };
    finish(App::new(config, start), screen.mouse)
}

/// `diagnum results` in a terminal: the stored sessions to pick from and read.
pub fn history_screen(
    store: &Store,
    lib: &Library,
    screen: &Screen,
    tr: Tr,
) -> Result<Output, UserError> {
    can_draw(screen)?;
    let (all, _) = history::rows(store)
        .map_err(|e| tr.t_args("store-read-failed", &[("error", tr.io(&e).into())]))?;
    let config = Config {
        look: screen.look,
        abilities: abilities(screen),
        // To export the list, and read each answer with its question again.
        store: Some(store.clone()),
        library: Some(lib.clone()),
        ..Config::new(tr, 0)
    };
    finish(App::new(config, Start::History(all)), screen.mouse)
}

/// The voice of this computer, with `--speak` and `--speech-rate`.
pub fn speech_setup(screen: &Screen) -> Setup {
    Setup::detect(screen.speak, screen.speech_rate.unwrap_or_default())
}

/// What this terminal can run, from the flags and `TERM` (the Linux console has no mouse).
pub fn abilities(screen: &Screen) -> Abilities {
    Abilities::full_screen(!screen.mouse, std::env::var("TERM").ok().as_deref())
}

/// The full screen needs a terminal at both ends, one that can draw it.
fn can_draw(screen: &Screen) -> Result<(), UserError> {
    if !tui::is_terminal() {
        return Err(UserError::NotATerminal("not-a-terminal"));
    }
    // The legacy Windows console cannot draw the full screen: say so in words.
    #[cfg(windows)]
    if !ratatui::crossterm::ansi_support::supports_ansi() {
        return Err(UserError::Said(Tr::default().t("legacy-console")));
    }
    if screen.colours_asked {
        // An explicit --theme wins over NO_COLOR, as no-color.org asks.
        ratatui::crossterm::style::force_color_output(true);
    }
    Ok(())
}

fn finish(app: App, mouse: bool) -> Result<Output, UserError> {
    match ratatui::run(|terminal| app.run(terminal, mouse)) {
        Ok(app) => Ok(Output::text(app.closing_report().unwrap_or_default())),
        Err(tui::RunError::CannotDraw(e)) => Err(UserError::CannotDraw(e)),
        Err(tui::RunError::Io(e)) => Err(UserError::Io(e)),
    }
}

/// The first error of an invalid bank, on one line (for lists and the TUI picker).
pub fn first_error(e: &Entry, tr: &Tr) -> String {
    e.loaded
        .problems
        .iter()
        .find(|p| p.severity == Severity::Error)
        .map(|p| {
            let full = render(p, &e.source.path, &e.source.text, tr);
            full.lines().next().unwrap_or_default().to_string()
        })
        .unwrap_or_default()
}

/// The TUI picker's list: the default bank first, invalid banks with their first error.
pub fn picker_entries(lib: &Library, tr: &Tr) -> Vec<PickerEntry> {
    let mut entries: Vec<PickerEntry> = lib
        .entries()
        .into_iter()
        .map(|e| {
            let label = e
                .loaded
                .value
                .as_ref()
                .map_or_else(|| e.source.path.clone(), |b| b.title.clone());
            let bank = match e.loaded.value {
                Some(ref b) => Ok(b.clone()),
                None => Err(first_error(&e, tr)),
            };
            PickerEntry { label, bank }
        })
        .collect();
    entries.sort_by_key(|e| !e.bank.as_ref().is_ok_and(|b| b.id == DEFAULT_BANK));
    entries
}
