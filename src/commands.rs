//! The non-interactive commands behind `main`: list banks, load the bank to run, and the
//! plain-mode run. Each returns what to print and an exit status.

use std::fmt::Write as _;
use std::io::{BufRead, Write};

use crate::bank::Severity;
use crate::bank::source::{Entry, Library, Origin};
use crate::i18n::{Arg, Tr};
use crate::plain;

pub mod convert;
pub mod kiosk;
pub mod new;
pub mod results;

pub use crate::records::prepare::{
    Prepared, RunRequest, find, load_bank, prepare, resume_error, seed_or_random,
};

pub use crate::bank::source::DEFAULT_BANK;

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
            let full = crate::problems::render::render(p, &e.source.path, &e.source.text, tr);
            full.lines().next().unwrap_or_default().to_string()
        })
        .unwrap_or_default()
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
