//! The non-interactive commands behind `main`: list banks, load the bank to run, and the
//! plain-mode run. Each returns what to print and an exit status.

use std::fmt::Write as _;
use std::io::{BufRead, Write};

use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::bank::render::render_all;
use crate::bank::source::{Entry, Library, Origin};
use crate::bank::{Bank, Severity};
use crate::date::Clock;
use crate::i18n::{Arg, Tr};
use crate::plain;
use crate::session::Session;
use crate::store::Store;
use crate::tracked::{Person, Start, Tracked};

pub mod convert;
pub mod kiosk;
pub mod new;
pub mod printer;
pub mod results;
mod resume;

pub use resume::resume_error;

/// The bank shown first and run by `--plain` when no bank is named.
pub const DEFAULT_BANK: &str = "abc-diag";

/// Exit status of a plain run stopped by the end of standard input.
pub const EXIT_INTERRUPTED: u8 = 3;

pub fn list(lib: &Library, tr: &Tr) -> String {
    let mut s = String::new();
    for e in lib.entries() {
        let origin = match &e.source.origin {
            Origin::Embedded => tr.t("list-embedded"),
            Origin::File(p) => p.display().to_string(),
        };
        match &e.loaded.value {
            Some(b) => {
                let _ = writeln!(
                    s,
                    "{}",
                    tr.t_args(
                        "list-line",
                        &[
                            ("id", Arg::from(b.id.clone())),
                            ("title", Arg::from(b.title.clone())),
                            ("count", Arg::from(b.questions.len())),
                            ("origin", Arg::from(origin)),
                        ]
                    )
                );
            }
            None => {
                let first = first_error(&e, tr);
                let _ = writeln!(
                    s,
                    "{}",
                    tr.t_args(
                        "list-invalid",
                        &[("origin", Arg::from(origin)), ("error", Arg::from(first))]
                    )
                );
            }
        }
    }
    s
}

/// The first error of an invalid bank, on one line (for lists and the TUI picker).
pub fn first_error(e: &Entry, tr: &Tr) -> String {
    e.loaded
        .problems
        .iter()
        .find(|p| p.severity == Severity::Error)
        .map(|p| {
            let full = crate::bank::render::render(p, &e.source.path, &e.source.text, tr);
            full.lines().next().unwrap_or_default().to_string()
        })
        .unwrap_or_default()
}

/// The bank to run, or the text explaining why there is none.
pub fn load_bank(lib: &Library, arg: &str, tr: &Tr) -> Result<Bank, String> {
    let entry = lib.resolve(arg).map_err(|e| e.message(tr))?;
    match entry.loaded.value {
        Some(b) => Ok(b),
        None => Err(render_all(
            &entry.loaded.problems,
            &entry.source.path,
            &entry.source.text,
            tr,
        )),
    }
}

pub fn seed_or_random(seed: Option<u64>) -> u64 {
    seed.unwrap_or_else(rand::random)
}

/// How a run was asked for on the command line.
#[derive(Debug, Clone)]
pub struct RunRequest {
    pub bank: Option<String>,
    pub seed: Option<u64>,
    pub falc: bool,
    pub resume: Option<String>,
    pub person: Person,
    pub mode: &'static str,
}

/// A run ready to start, and what to tell the person first.
#[derive(Debug)]
pub struct Prepared {
    pub tracked: Tracked,
    pub notices: Vec<String>,
    pub falc: bool,
}

/// Loads the bank and opens the session file (new, or the one to resume). Results are
/// never silently dropped: if the data folder cannot be written, the run does not start.
pub fn prepare(
    lib: &Library,
    store: Option<&Store>,
    req: RunRequest,
    clock: Clock,
    tr: &Tr,
) -> Result<Prepared, String> {
    if let Some(id) = &req.resume {
        return resume::resume(lib, store, id, clock, tr);
    }
    let bank = load_bank(lib, req.bank.as_deref().unwrap_or(DEFAULT_BANK), tr)?;
    let start = Start {
        seed: seed_or_random(req.seed),
        lang: tr.lang().code().to_string(),
        falc: req.falc,
        mode: req.mode,
        person: req.person,
    };
    let Some(store) = store else {
        let session = Session::new(bank, &mut StdRng::seed_from_u64(start.seed));
        return Ok(Prepared {
            tracked: Tracked::untracked(session, clock),
            notices: vec![tr.t("store-none")],
            falc: req.falc,
        });
    };
    let tracked = Tracked::start(store, bank, start, clock).map_err(|e| {
        tr.t_args(
            "store-create-failed",
            &[
                ("dir", Arg::from(store.root().display().to_string())),
                ("error", Arg::from(e.to_string())),
            ],
        )
    })?;
    let id = tracked.id().unwrap_or_default().to_string();
    Ok(Prepared {
        tracked,
        notices: vec![tr.t_args("session-number", &[("id", Arg::from(id))])],
        falc: req.falc,
    })
}

/// Runs a plain diagnostic; returns the exit status.
pub fn run_plain(
    p: Prepared,
    input: &mut impl BufRead,
    out: &mut impl Write,
    tr: &Tr,
) -> std::io::Result<u8> {
    let Prepared {
        mut tracked,
        notices,
        falc,
    } = p;
    for n in &notices {
        writeln!(out, "{n}")?;
    }
    let end = plain::run(falc, &mut tracked, input, out, tr)?;
    let mut code = 0;
    if end == plain::End::Finished
        && let Err(e) = tracked.finish()
    {
        writeln!(
            out,
            "{}",
            tr.t_args("save-failed", &[("error", Arg::from(e.to_string()))])
        )?;
        code = 1;
    }
    write!(out, "{}", plain::results(&tracked.session, tr, falc))?;
    if end == plain::End::Interrupted {
        code = EXIT_INTERRUPTED;
        if let Some(id) = tracked.id() {
            writeln!(
                out,
                "\n{}",
                tr.t_args("plain-resume-hint", &[("id", Arg::from(id.to_string()))])
            )?;
        }
    }
    out.flush()?;
    Ok(code)
}

/// The TUI picker's list: the default bank first, invalid banks with their first error.
pub fn picker_entries(lib: &Library, tr: &Tr) -> Vec<crate::tui::PickerEntry> {
    let mut entries: Vec<crate::tui::PickerEntry> = lib
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
            crate::tui::PickerEntry { label, bank }
        })
        .collect();
    entries.sort_by_key(|e| !e.bank.as_ref().is_ok_and(|b| b.id == DEFAULT_BANK));
    entries
}
