//! The commands behind `main`, one file each: parsed arguments in, text to print (or a
//! `UserError` in the person's words) out. `run` picks the command.

use std::fmt::Write as _;
use std::path::Path;

use crate::authoring::check;
use crate::authoring::preview::Preview;
use crate::bank::source::{Library, Origin};
use crate::cli::{self, Cli, Cmd, KioskCmd, LieuxCmd, ResultsCmd};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::records::journal::RunMode;
use crate::records::journal::read::inert_line;
use crate::records::prepare::RunRequest;
use crate::records::store::Store;
use crate::records::tracked::Person;
use crate::tui;

pub mod convert;
mod failure;
pub mod kiosk;
pub mod lieux;
pub mod new;
pub mod results;
pub mod run;

pub use crate::bank::source::DEFAULT_BANK;
pub use crate::records::prepare::{
    Prepared, find, load_bank, prepare, resume_error, seed_or_random,
};
pub use failure::{
    EXIT_CLOSED_PIPE, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, Output, UserError,
};
pub use run::{first_error, picker_entries, run_plain};

/// The command the arguments ask for.
pub fn run(cli: Cli, tr: Tr) -> Result<Output, UserError> {
    let screen = cli.screen(
        std::env::var("NO_COLOR").ok().as_deref(),
        std::env::var("TERM").ok().as_deref(),
    );
    let data = paths::data_dir(cli.data_dir.clone());
    let lib = Library::new(paths::banks_dir(data.as_ref()));
    let store = data.as_deref().map(Store::new);
    match cli.command {
        Some(Cmd::Check {
            files,
            deny_warnings,
            format,
        }) => {
            let reports: Vec<_> = files.iter().map(|f| check::check(&lib, f, &tr)).collect();
            let stdout = match format {
                // For a terminal: the file names it quotes (and everything else) inert.
                cli::CheckFormat::Text => {
                    crate::text::clean(&reports.iter().map(|r| r.text(&tr)).collect::<String>())
                }
                cli::CheckFormat::Json => check::json(&reports, &tr),
            };
            Ok(Output {
                stdout,
                code: check::exit_code(&reports, deny_warnings),
                ..Output::default()
            })
        }
        Some(Cmd::Preview { file }) => {
            if !tui::is_terminal() {
                return Err(UserError::NotATerminal("not-a-terminal"));
            }
            let preview = Preview::open(lib, file);
            ratatui::run(|terminal| preview.run(terminal, &tr))?;
            Ok(Output::default())
        }
        Some(Cmd::New { template, file }) => Ok(Output::text(new::new_bank(template, &file, &tr)?)),
        Some(Cmd::Import { format, file, out }) => {
            converted(convert::import(format, &file, &tr)?, out.as_deref(), &tr)
        }
        Some(Cmd::ExportBank {
            format: _,
            bank,
            out,
        }) => converted(convert::export_bank(&lib, &bank, &tr)?, out.as_deref(), &tr),
        Some(Cmd::Kiosk { config, action }) => {
            let path = kiosk::config_path(config, data.as_deref());
            match action {
                Some(KioskCmd::HashCode) => Ok(Output::text(kiosk::hash_code_from_stdin(&tr)?)),
                Some(KioskCmd::Check) => {
                    let ready = kiosk::load(&lib, path.as_deref(), &tr)?;
                    let dir = lieux::directory(data.as_deref(), &tr);
                    let line = ready.lieux_line(dir.as_deref(), &tr);
                    let text = format!("{}  {line}\n", ready.summary(&tr));
                    Ok(Output::text(crate::text::clean(&text)))
                }
                None => {
                    let lieux = lieux::directory(data.as_deref(), &tr);
                    kiosk::start(&lib, store, path.as_deref(), &screen, lieux, tr)
                }
            }
        }
        Some(Cmd::List) => Ok(Output::text(crate::text::clean(&list(&lib, &tr)))),
        Some(Cmd::Lieux { action }) => Ok(Output::text(crate::text::clean(&match action {
            LieuxCmd::Import { file, departement } => {
                lieux::import(data.as_deref(), &file, &departement, &tr)?
            }
            LieuxCmd::List {
                commune,
                code_postal,
            } => lieux::list(
                data.as_deref(),
                commune.as_deref(),
                code_postal.as_deref(),
                &tr,
            )?,
        }))),
        Some(Cmd::Run {
            bank,
            plain,
            seed,
            falc,
            resume,
            person,
        }) => {
            let req = RunRequest {
                bank,
                seed,
                falc,
                resume,
                person: Person {
                    pseudonym: field("--pseudo", person.pseudonym, &tr)?,
                    age_band: age_band(person.age_band.as_deref(), &tr)?,
                    commune: field("--commune", person.commune, &tr)?,
                },
                mode: if plain { RunMode::Plain } else { RunMode::Tui },
            };
            if plain {
                let speech = run::speech_setup(&screen);
                let lieux = lieux::directory(data.as_deref(), &tr);
                run::plain_run(&lib, store.as_ref(), req, speech, lieux, &tr)
            } else {
                let lieux = lieux::directory(data.as_deref(), &tr);
                run::full_screen(&lib, store.as_ref(), Some(req), &screen, lieux, tr)
            }
        }
        Some(Cmd::Results { plain, action }) => {
            let store = store.as_ref().ok_or(UserError::NoStore)?;
            if action.is_none() && !plain && tui::is_terminal() {
                return run::history_screen(store, &lib, &screen, tr);
            }
            // These also write to standard error (standard output may be the table).
            let both = match action {
                Some(ResultsCmd::Export {
                    format,
                    since,
                    out,
                    with_names,
                }) => results::export(
                    store,
                    format,
                    since.as_deref(),
                    out.as_ref(),
                    with_names,
                    &tr,
                )?,
                Some(ResultsCmd::Stats {
                    bank,
                    since,
                    until,
                    format,
                    out,
                }) => results::stats(
                    store,
                    &lib,
                    &results::StatsRequest {
                        bank: &bank,
                        since: since.as_deref(),
                        until: until.as_deref(),
                        format,
                        out: out.as_ref(),
                    },
                    &tr,
                )?,
                Some(ResultsCmd::Report { since, until, out }) => {
                    results::report(store, since.as_deref(), until.as_deref(), &out, &tr)?
                }
                action => return Ok(Output::text(results_text(store, &lib, action, &tr)?)),
            };
            let (stdout, stderr) = both;
            Ok(Output {
                stdout,
                stderr,
                code: EXIT_OK,
            })
        }
        None => {
            let lieux = lieux::directory(data.as_deref(), &tr);
            run::full_screen(&lib, store.as_ref(), None, &screen, lieux, tr)
        }
    }
}

/// Longest name, age band or commune kept with a session, in characters.
const MAX_FIELD: usize = 100;

/// A name typed on the command line: refused when too long, made inert (no control
/// character reaches a terminal when it is shown again).
fn field(flag: &str, value: Option<String>, tr: &Tr) -> Result<Option<String>, UserError> {
    match value {
        Some(v) if v.chars().count() > MAX_FIELD => Err(UserError::Said(tr.t_args(
            "field-too-long",
            &[
                ("flag", Arg::from(flag.to_string())),
                ("max", Arg::from(MAX_FIELD)),
            ],
        ))),
        v => Ok(v.as_deref().map(inert_line)),
    }
}

/// `--age-band`: one of the fixed bands (any spelling of it), kept as its code; anything
/// else is refused with the list, so that the funder's figures add up.
fn age_band(typed: Option<&str>, tr: &Tr) -> Result<Option<String>, UserError> {
    typed
        .map(|t| crate::records::age_band::checked(t, tr).map(str::to_string))
        .transpose()
        .map_err(UserError::Said)
}

fn results_text(
    store: &Store,
    lib: &Library,
    action: Option<ResultsCmd>,
    tr: &Tr,
) -> Result<String, String> {
    use results as r;
    // Text for a terminal: whatever a session file holds (sessions written before names
    // and answers were cleaned on input) is shown inert.
    let shown = |text: Result<String, String>| text.map(|t| crate::text::clean(&t));
    match action {
        None => shown(r::list(store, tr)),
        Some(ResultsCmd::Show { id }) => shown(r::show(store, lib, &id, tr)),
        Some(ResultsCmd::Compare { before, after }) => {
            shown(r::compare(store, lib, &before, &after, tr))
        }
        // Handled above: they also write to standard error.
        Some(ResultsCmd::Export { .. } | ResultsCmd::Stats { .. } | ResultsCmd::Report { .. }) => {
            unreachable!("handled by run")
        }
        // The fiche is data, already inert when read back; the messages quote file names.
        Some(ResultsCmd::Print {
            id,
            format,
            out,
            printer,
            note,
            mediator,
        }) => shown(r::print(
            store,
            lib,
            r::PrintRequest {
                id: &id,
                format,
                out: out.as_ref(),
                printer,
                note,
                mediator,
            },
            tr,
        )),
        Some(ResultsCmd::Purge { before, dry_run }) => shown(r::purge(store, &before, dry_run, tr)),
    }
}

/// The converted text to `out` (a new file) or standard output, the report to standard error.
fn converted(c: convert::Converted, out: Option<&Path>, tr: &Tr) -> Result<Output, UserError> {
    let stdout = match out {
        Some(path) => {
            convert::write_new(path, &c.text, tr)?;
            String::new()
        }
        None => c.text,
    };
    Ok(Output {
        stdout,
        stderr: c.report,
        code: EXIT_OK,
    })
}

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
