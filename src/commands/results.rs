//! `diagnum results …`: the médiateur's follow-up. Each command returns the text to print,
//! or the French sentence explaining why it could not.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::bank::source::Library;
use crate::cli::{ExportFormat, FicheFormat, StatsFormat};
use crate::i18n::{Arg, Tr};
use crate::outputs::activity;
use crate::outputs::export;
use crate::outputs::fiche;
use crate::outputs::item_stats;
pub use crate::outputs::listing::{
    date_text, day, list_line, list_line_with, show_text, status_word,
};
use crate::outputs::period::Period;
use crate::records::date::{Clock, Date};
use crate::records::history::{self, Stored};
use crate::records::prepare::{find, load_bank};
use crate::records::store::Store;

/// One session, with its partial result worked out when it is unfinished.
fn load_one(store: &Store, lib: &Library, typed: &str, tr: &Tr) -> Result<Stored, String> {
    let entry = find(store, typed, tr)?;
    let id = entry.id.clone();
    let mut s = history::load(entry).map_err(|e| read_failed(&e, tr))?;
    s.fill_partial(lib);
    if s.header().is_none() {
        return Err(tr.t_args("results-damaged", &[("id", Arg::from(id))]));
    }
    Ok(s)
}

fn read_failed(e: &std::io::Error, tr: &Tr) -> String {
    tr.t_args("store-read-failed", &[("error", Arg::from(tr.io(e)))])
}

/// One line per session, newest first: number, date, bank, pseudonym, palier or status.
pub fn list(store: &Store, tr: &Tr) -> Result<String, String> {
    let mut s = String::new();
    let unreadable = history::each_day_newest_first(store, |rows| {
        for row in rows.iter().rev() {
            let _ = writeln!(s, "{}", list_line(row, tr));
        }
    })
    .map_err(|e| read_failed(&e, tr))?;
    if s.is_empty() {
        let _ = writeln!(s, "{}", tr.t("results-none"));
    }
    if unreadable > 0 {
        let _ = writeln!(
            s,
            "{}",
            tr.t_args("results-unreadable", &[("n", Arg::from(unreadable))])
        );
    }
    Ok(s)
}

pub fn show(store: &Store, lib: &Library, typed: &str, tr: &Tr) -> Result<String, String> {
    let st = load_one(store, lib, typed, tr)?;
    Ok(show_text(&st, Some(lib), tr))
}

pub fn compare(store: &Store, lib: &Library, a: &str, b: &str, tr: &Tr) -> Result<String, String> {
    let (a, b) = (load_one(store, lib, a, tr)?, load_one(store, lib, b, tr)?);
    refuse_same(&a, &b, tr)?;
    Ok(crate::outputs::compare::text(
        &crate::outputs::compare::compare(&a, &b, tr),
        tr,
    ))
}

/// `compare X X` (or two prefixes of one number) compares nothing: said, not shown.
fn refuse_same(a: &Stored, b: &Stored, tr: &Tr) -> Result<(), String> {
    if a.entry.id == b.entry.id {
        return Err(tr.t_args(
            "compare-same-session",
            &[("id", Arg::from(a.entry.id.clone()))],
        ));
    }
    Ok(())
}

fn parse_date(typed: &str, tr: &Tr) -> Result<Date, String> {
    Date::parse(typed)
        .ok_or_else(|| tr.t_args("date-invalid", &[("date", Arg::from(typed.to_string()))]))
}

/// `--since` and `--until`, both included; refused when the end comes before the start.
fn period(since: Option<&str>, until: Option<&str>, tr: &Tr) -> Result<Period, String> {
    let p = Period {
        since: since.map(|d| parse_date(d, tr)).transpose()?,
        until: until.map(|d| parse_date(d, tr)).transpose()?,
    };
    if let (Some(s), Some(u)) = (p.since, p.until)
        && u < s
    {
        return Err(tr.t_args(
            "period-reversed",
            &[
                ("since", Arg::from(day(s.start(), tr))),
                ("until", Arg::from(day(u.start(), tr))),
            ],
        ));
    }
    Ok(p)
}

/// The files that could not be read, for standard error (standard output may be the
/// table itself).
fn unreadable_note(n: usize, tr: &Tr) -> String {
    if n == 0 {
        String::new()
    } else {
        format!(
            "{}\n",
            tr.t_args("results-unreadable", &[("n", Arg::from(n))])
        )
    }
}

pub struct StatsRequest<'a> {
    pub bank: &'a str,
    pub since: Option<&'a str>,
    pub until: Option<&'a str>,
    pub format: Option<StatsFormat>,
    pub out: Option<&'a PathBuf>,
}

/// `results stats BANK`: (standard output, standard error).
pub fn stats(
    store: &Store,
    lib: &Library,
    req: &StatsRequest,
    tr: &Tr,
) -> Result<(String, String), String> {
    let period = period(req.since, req.until, tr)?;
    let bank = load_bank(lib, req.bank, tr)?;
    let stats = item_stats::collect(store, &bank, period).map_err(|e| read_failed(&e, tr))?;
    let csv = req.format == Some(StatsFormat::Csv)
        || (req.format.is_none() && by_extension(req.out, "csv"));
    let text = if csv {
        item_stats::csv(&bank, &stats, tr)
    } else {
        item_stats::text(&bank, &stats, tr)
    };
    let stdout = emit(text, req.out, tr, "stats-written", stats.analysis.sessions)?;
    Ok((stdout, unreadable_note(stats.unreadable, tr)))
}

/// `results report`: the activity page written to `out`; (standard output, standard error).
pub fn report(
    store: &Store,
    since: Option<&str>,
    until: Option<&str>,
    out: &PathBuf,
    tr: &Tr,
) -> Result<(String, String), String> {
    let period = period(since, until, tr)?;
    let a = activity::collect(store, period).map_err(|e| read_failed(&e, tr))?;
    let today = Clock::System.now().date();
    let stdout = emit(
        activity::html(&a, today, tr),
        Some(out),
        tr,
        "activity-written",
        a.diagnostics,
    )?;
    Ok((stdout, unreadable_note(a.unreadable, tr)))
}

fn by_extension(out: Option<&PathBuf>, ext: &str) -> bool {
    out.and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

pub fn export(
    store: &Store,
    format: Option<ExportFormat>,
    since: Option<&str>,
    out: Option<&PathBuf>,
    with_names: bool,
    tr: &Tr,
) -> Result<(String, String), String> {
    let since = since.map(|d| parse_date(d, tr)).transpose()?;
    let format = format.unwrap_or(if by_extension(out, "json") {
        ExportFormat::Json
    } else {
        ExportFormat::Csv
    });
    let (secret, mut stderr) = person_secret(store, tr);
    let opts = export::Options {
        since,
        with_names,
        secret,
    };
    let table = export::rows(store, &opts).map_err(|e| read_failed(&e, tr))?;
    let text = match format {
        ExportFormat::Csv => export::csv(&table, &opts, tr),
        ExportFormat::Json => export::json(&table.rows),
    };
    let mut stdout = emit(text, out, tr, "export-written", table.rows.len())?;
    if out.is_some() {
        let totals = export::totals_line(table.totals(), tr);
        stdout = format!("{} {totals}\n", stdout.trim_end());
    }
    // Never silently dropped: the sessions that could not be read, by name, on stderr
    // (stdout may be the CSV itself).
    if !table.unreadable.is_empty() {
        let n = Arg::from(table.unreadable.len());
        stderr.push_str(&tr.t_args("export-unreadable", &[("n", n)]));
        stderr.push('\n');
        for name in &table.unreadable {
            stderr.push_str(&format!("  {name}\n"));
        }
    }
    Ok((stdout, stderr))
}

/// The data folder's secret for the person keys of an export; when it cannot be read or
/// made, the export goes on without keys and says so (on standard error).
fn person_secret(store: &Store, tr: &Tr) -> (Option<crate::records::person_key::Secret>, String) {
    let Some(data) = store.root().parent() else {
        return (None, String::new());
    };
    // No sessions folder, nothing to export: no secret to make either.
    if !store.root().exists() {
        return (None, String::new());
    }
    match crate::records::person_key::secret(data) {
        Ok(s) => (Some(s), String::new()),
        Err(e) => (
            None,
            format!(
                "{}\n",
                tr.t_args("export-no-person-key", &[("error", Arg::from(tr.io(&e)))])
            ),
        ),
    }
}

/// Writes to `--out` (all at once, through a temporary file) or returns the text for stdout.
fn emit(
    text: String,
    out: Option<&PathBuf>,
    tr: &Tr,
    done: &str,
    n: usize,
) -> Result<String, String> {
    let Some(path) = out else {
        return Ok(text);
    };
    crate::records::write_replacing(path, text.as_bytes()).map_err(|e| {
        tr.t_args(
            "write-failed",
            &[
                ("file", Arg::from(path.display().to_string())),
                ("error", Arg::from(tr.io(&e))),
            ],
        )
    })?;
    Ok(format!(
        "{}\n",
        tr.t_args(
            done,
            &[
                ("file", Arg::from(path.display().to_string())),
                ("n", Arg::from(n))
            ]
        )
    ))
}

pub struct PrintRequest<'a> {
    pub id: &'a str,
    pub format: Option<FicheFormat>,
    pub out: Option<&'a PathBuf>,
    pub printer: bool,
    pub note: Option<String>,
    /// Add the médiateur's part (figures, answers given) on a page of its own.
    pub mediator: bool,
}

/// The longest `--note`: with the fullest fiche (a long name, ten competences, lieux with
/// long opening hours), a longer one would push the fiche onto a second sheet.
pub const MAX_NOTE: usize = 600;

pub fn print(store: &Store, lib: &Library, req: PrintRequest, tr: &Tr) -> Result<String, String> {
    if let Some(n) = req.note.as_deref().filter(|n| n.chars().count() > MAX_NOTE) {
        return Err(tr.t_args(
            "print-note-too-long",
            &[
                ("max", Arg::from(MAX_NOTE)),
                ("n", Arg::from(n.chars().count())),
            ],
        ));
    }
    let st = load_one(store, lib, req.id, tr)?;
    // The fiche is in the language of the session, the person's language.
    let ftr = fiche::session_tr(&st, *tr);
    // The note is the médiateur's, but pasted text can carry escape sequences too.
    let note = req.note.map(|n| crate::text::clean(&n));
    let mut f = fiche::build(&st, note, &ftr).ok_or_else(|| tr.t("results-none"))?;
    if req.mediator {
        f.mediator = Some(show_text(&st, Some(lib), &ftr));
    }
    let html = req.format == Some(FicheFormat::Html)
        || (req.format.is_none()
            && (by_extension(req.out, "html") || by_extension(req.out, "htm")));
    if req.printer {
        return crate::outputs::printer::send(&fiche::text(&f, &ftr), tr);
    }
    let text = if html {
        fiche::html(&f, &ftr)
    } else {
        fiche::text(&f, &ftr)
    };
    emit(text, req.out, tr, "print-written", 1)
}

pub fn purge(store: &Store, before: &str, dry_run: bool, tr: &Tr) -> Result<String, String> {
    let date = parse_date(before, tr)?;
    let (deleted, busy) = store
        .purge(date, dry_run)
        .map_err(|e| tr.t_args("purge-failed", &[("error", Arg::from(tr.io(&e)))]))?;
    let key = if dry_run { "purge-would" } else { "purge-done" };
    let mut s = tr.t_args(
        key,
        &[
            ("n", Arg::from(deleted.len())),
            ("date", Arg::from(date_text(date, tr))),
        ],
    );
    s.push('\n');
    if !busy.is_empty() {
        let ids: Vec<&str> = busy.iter().map(|e| e.id.as_str()).collect();
        s.push_str(&tr.t_args("purge-busy", &[("ids", Arg::from(ids.join(", ")))]));
        s.push('\n');
    }
    Ok(s)
}
