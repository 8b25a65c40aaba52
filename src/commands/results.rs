//! `diagnum results …`: the médiateur's follow-up. Each command returns the text to print,
//! or the French sentence explaining why it could not.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::bank::source::Library;
use crate::cli::{ExportFormat, FicheFormat};
use crate::commands::resume::find;
use crate::date::{Date, Timestamp};
use crate::export;
use crate::fiche;
use crate::history::{self, Stored};
use crate::i18n::{Arg, Lang, Tr};
use crate::journal::Status;
use crate::report::{self, BankInfo};
use crate::store::Store;

/// One session, with its partial result worked out when it is unfinished.
fn load_one(store: &Store, lib: &Library, typed: &str, tr: &Tr) -> Result<Stored, String> {
    let entry = find(store, typed, tr)?;
    let id = entry.id.clone();
    let mut s = history::load(entry).map_err(|e| read_failed(&e, tr))?;
    s.fill_partial(lib);
    if s.header().is_none() {
        return Err(tr.t_args("resume-damaged", &[("id", Arg::from(id))]));
    }
    Ok(s)
}

fn read_failed(e: &std::io::Error, tr: &Tr) -> String {
    tr.t_args("store-read-failed", &[("error", Arg::from(e.to_string()))])
}

pub fn day(t: Timestamp, tr: &Tr) -> String {
    let d = t.date();
    if tr.lang() == Lang::Fr {
        d.french()
    } else {
        d.iso()
    }
}

pub fn status_word(s: Status, tr: &Tr) -> String {
    tr.t(&format!("export-status-{}", export::status_key(s)))
}

/// One line per session, newest first: number, date, bank, pseudonym, palier or status.
pub fn list(store: &Store, tr: &Tr) -> Result<String, String> {
    let (mut all, unreadable) = history::load_all(store).map_err(|e| read_failed(&e, tr))?;
    all.reverse();
    let mut s = String::new();
    if all.is_empty() {
        let _ = writeln!(s, "{}", tr.t("results-none"));
    }
    for st in &all {
        let _ = writeln!(s, "{}", list_line(st, tr));
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

pub fn list_line(st: &Stored, tr: &Tr) -> String {
    list_line_with(st, tr, "  ")
}

/// The list line with its own separator (the TUI wraps lines, so it uses " · ").
pub fn list_line_with(st: &Stored, tr: &Tr, sep: &str) -> String {
    let h = st.header();
    let state = match st.summary() {
        Some(x) => x.outcome.palier.title.clone(),
        None => status_word(st.status(), tr),
    };
    [
        st.entry.id.as_str(),
        &day(st.started(), tr),
        h.map_or("", |h| h.bank_title.as_str()),
        h.and_then(|h| h.pseudonym.as_deref()).unwrap_or("–"),
        &state,
    ]
    .join(sep)
}

pub fn show(store: &Store, lib: &Library, typed: &str, tr: &Tr) -> Result<String, String> {
    let st = load_one(store, lib, typed, tr)?;
    Ok(show_text(&st, tr))
}

/// The whole stored result, as sentences.
pub fn show_text(st: &Stored, tr: &Tr) -> String {
    let mut s = String::new();
    let Some(h) = st.header() else {
        return s;
    };
    let a = |v: String| Arg::from(v);
    let _ = writeln!(
        s,
        "{}",
        tr.t_args(
            "results-show-head",
            &[
                ("id", a(st.entry.id.clone())),
                ("date", a(day(st.started(), tr))),
                ("minutes", Arg::from(st.duration_minutes())),
                ("status", a(status_word(st.status(), tr))),
            ]
        )
    );
    if let Some(p) = &h.pseudonym {
        let _ = writeln!(
            s,
            "{}",
            tr.t_args("results-show-pseudonym", &[("name", a(p.clone()))])
        );
    }
    let _ = writeln!(s);
    if st.status() == Status::Unfinished {
        let _ = writeln!(
            s,
            "{}\n",
            tr.t_args(
                "results-show-unfinished",
                &[
                    ("n", Arg::from(st.read.answers.len())),
                    ("id", a(st.entry.id.clone()))
                ]
            )
        );
    }
    if let Some(x) = st.result() {
        let info = BankInfo {
            title: h.bank_title.clone(),
            version: h.bank_version.clone(),
            questions: x.questions,
            mode: x.mode,
            lieu: x.lieu.clone(),
        };
        s.push_str(&report::render(&info, &x.outcome, tr));
        let missed = report::render_missed(&x.outcome, tr, h.falc);
        if !missed.is_empty() {
            s.push('\n');
            s.push_str(&missed);
        }
    }
    s
}

pub fn compare(store: &Store, lib: &Library, a: &str, b: &str, tr: &Tr) -> Result<String, String> {
    let (a, b) = (load_one(store, lib, a, tr)?, load_one(store, lib, b, tr)?);
    Ok(crate::compare::text(
        &crate::compare::compare(&a, &b, tr),
        tr,
    ))
}

fn parse_date(typed: &str, tr: &Tr) -> Result<Date, String> {
    Date::parse(typed)
        .ok_or_else(|| tr.t_args("date-invalid", &[("date", Arg::from(typed.to_string()))]))
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
) -> Result<String, String> {
    let since = since.map(|d| parse_date(d, tr)).transpose()?;
    let format = format.unwrap_or(if by_extension(out, "json") {
        ExportFormat::Json
    } else {
        ExportFormat::Csv
    });
    let opts = export::Options { since, with_names };
    let table = export::rows(store, &opts).map_err(|e| read_failed(&e, tr))?;
    let text = match format {
        ExportFormat::Csv => export::csv(&table, &opts, tr),
        ExportFormat::Json => export::json(&table.rows),
    };
    emit(text, out, tr, "export-written", table.rows.len())
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
    write_atomic(path, text.as_bytes()).map_err(|e| {
        tr.t_args(
            "write-failed",
            &[
                ("file", Arg::from(path.display().to_string())),
                ("error", Arg::from(e.to_string())),
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

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // Synced through the handle that wrote it: on Windows, flushing a read-only handle is
    // refused (os error 5). On any error the temporary file goes too.
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        std::io::Write::write_all(&mut f, bytes)?;
        f.sync_all()
    });
    written
        .and_then(|()| std::fs::rename(&tmp, path))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
}

pub struct PrintRequest<'a> {
    pub id: &'a str,
    pub format: Option<FicheFormat>,
    pub out: Option<&'a PathBuf>,
    pub printer: bool,
    pub note: Option<String>,
}

pub fn print(store: &Store, lib: &Library, req: PrintRequest, tr: &Tr) -> Result<String, String> {
    let st = load_one(store, lib, req.id, tr)?;
    // The fiche is in the language of the session, the person's language.
    let lang = st
        .header()
        .and_then(|h| Lang::parse(&h.lang))
        .unwrap_or(tr.lang());
    let ftr = Tr::new(lang);
    let f = fiche::build(&st, req.note, &ftr).ok_or_else(|| tr.t("results-none"))?;
    let html = req.format == Some(FicheFormat::Html)
        || (req.format.is_none()
            && (by_extension(req.out, "html") || by_extension(req.out, "htm")));
    if req.printer {
        return crate::commands::printer::send(&fiche::text(&f, &ftr), tr);
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
        .map_err(|e| read_failed(&e, tr))?;
    let key = if dry_run { "purge-would" } else { "purge-done" };
    let mut s = tr.t_args(
        key,
        &[
            ("n", Arg::from(deleted.len())),
            ("date", Arg::from(day(date.start(), tr))),
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
