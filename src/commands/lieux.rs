//! `diagnum lieux import FILE [--departement NN]...` and `diagnum lieux list [--commune
//! NAME | --code-postal NNNNN]`: the national file of lieux de médiation numérique kept in
//! the data folder, and what it knows. Also the loading of that import for the runs.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use super::UserError;
use crate::diagnostic::lieux::{Directory, hours};
use crate::i18n::{Arg, Lang, Tr};
use crate::records::date::{Clock, Date};
use crate::records::lieux::{self, FileError, ImportError, Meta, Reason, Stored};

/// `diagnum lieux import`: the report of what was kept and rejected, or why nothing was
/// (the previous import then stays in place).
pub fn import(
    data: Option<&Path>,
    file: &Path,
    departements: &[String],
    tr: &Tr,
) -> Result<String, UserError> {
    let data = data.ok_or(UserError::NoStore)?;
    let deps = departements
        .iter()
        .map(|d| departement(d, tr))
        .collect::<Result<Vec<_>, _>>()?;
    let today = Clock::System.now().date();
    let failed = |why: String| {
        UserError::Said(tr.t_args(
            "lieux-failed",
            &[
                ("file", Arg::from(file.display().to_string())),
                ("why", Arg::from(why)),
            ],
        ))
    };
    let report = lieux::import(file, &deps, data, today).map_err(|e| match e {
        ImportError::File(f) => failed(file_error(&f, tr)),
        ImportError::Io(e) => failed(tr.io(&e)),
        ImportError::NothingKept => failed(tr.t("lieux-error-nothing")),
    })?;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        tr.t_args(
            "lieux-import-done",
            &[
                ("count", Arg::from(report.meta.count)),
                ("date", Arg::from(date(report.meta.file_date, tr))),
                ("source", Arg::from(report.meta.source.clone())),
            ],
        )
    );
    if report.other_departements > 0 {
        let n = Arg::from(report.other_departements);
        let _ = writeln!(s, "{}", tr.t_args("lieux-import-other", &[("n", n)]));
    }
    if !report.rejected.is_empty() {
        let n = Arg::from(report.rejected.len());
        let _ = writeln!(s, "{}", tr.t_args("lieux-import-rejected", &[("n", n)]));
        let key = if report.json {
            "lieux-rejected-item"
        } else {
            "lieux-rejected-line"
        };
        for r in &report.rejected {
            let reason = Arg::from(reason(&r.reason, tr));
            let line = tr.t_args(key, &[("line", Arg::from(r.line)), ("reason", reason)]);
            let _ = writeln!(s, "  {line}");
        }
    }
    Ok(s)
}

/// "59", "2A", "974"; "1" is read as "01".
fn departement(typed: &str, tr: &Tr) -> Result<String, UserError> {
    let d = typed.trim().to_ascii_uppercase();
    let d = if d.len() == 1 { format!("0{d}") } else { d };
    let ok = matches!(d.as_str(), "2A" | "2B")
        || ((2..=3).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()));
    if ok {
        Ok(d)
    } else {
        Err(UserError::Said(tr.t_args(
            "lieux-error-departement",
            &[("value", Arg::from(typed.to_string()))],
        )))
    }
}

fn file_error(e: &FileError, tr: &Tr) -> String {
    match e {
        FileError::TooLarge { megabytes } => tr.t_args(
            "lieux-error-too-large",
            &[
                ("mb", Arg::from(*megabytes)),
                ("max", Arg::from(lieux::MAX_BYTES / (1024 * 1024))),
            ],
        ),
        FileError::NotUtf8 { line } => {
            tr.t_args("lieux-error-not-utf8", &[("line", Arg::from(*line))])
        }
        FileError::Empty => tr.t("lieux-error-empty"),
        FileError::Separator(c) => {
            let sep = if *c == '\t' {
                tr.t("lieux-separator-tab")
            } else {
                c.to_string()
            };
            tr.t_args("lieux-error-separator", &[("sep", Arg::from(sep))])
        }
        FileError::MissingColumns(cols) => tr.t_args(
            "lieux-error-missing-columns",
            &[
                ("n", Arg::from(cols.len())),
                ("columns", Arg::from(cols.join(", "))),
            ],
        ),
        FileError::OtherJson => tr.t("lieux-error-other-json"),
        FileError::BadJson { line, detail } => tr.t_args(
            "lieux-error-bad-json",
            &[
                ("line", Arg::from(*line)),
                ("detail", Arg::from(detail.clone())),
            ],
        ),
        FileError::BadCsv { line, detail } => tr.t_args(
            "lieux-error-bad-csv",
            &[
                ("line", Arg::from(*line)),
                ("detail", Arg::from(detail.clone())),
            ],
        ),
    }
}

fn reason(r: &Reason, tr: &Tr) -> String {
    match r {
        Reason::NoName => tr.t("lieux-reason-no-name"),
        Reason::NoPlace => tr.t("lieux-reason-no-place"),
        Reason::Fields { found, expected } => tr.t_args(
            "lieux-reason-fields",
            &[
                ("found", Arg::from(*found)),
                ("expected", Arg::from(*expected)),
            ],
        ),
        Reason::DuplicateId { id, first } => tr.t_args(
            "lieux-reason-duplicate",
            &[("id", Arg::from(id.clone())), ("first", Arg::from(*first))],
        ),
        Reason::NotAnObject => tr.t("lieux-reason-not-object"),
    }
}

fn date(d: Option<Date>, tr: &Tr) -> String {
    match d {
        Some(d) if tr.lang() == Lang::Fr => d.french(),
        Some(d) => d.iso(),
        None => tr.t("lieux-no-date"),
    }
}

fn stored(data: Option<&Path>, tr: &Tr) -> Result<Option<Stored>, UserError> {
    let data = data.ok_or(UserError::NoStore)?;
    lieux::load(data).map_err(|e| {
        UserError::Said(tr.t_args(
            "lieux-load-failed",
            &[
                ("path", Arg::from(lieux::path(data).display().to_string())),
                ("error", Arg::from(tr.io(&e))),
            ],
        ))
    })
}

/// The imported lieux for a run, when there are any. An unreadable import is said on
/// standard error and the run goes on without lieux.
pub fn directory(data: Option<&Path>, tr: &Tr) -> Option<Arc<Directory>> {
    data?;
    match stored(data, tr) {
        Ok(s) => s.map(|s| Arc::new(s.directory)),
        Err(e) => {
            eprintln!("{}", crate::i18n::Localized::message(&e, tr));
            None
        }
    }
}

/// `diagnum lieux list`: the file's date and counts, or the lieux of one commune.
pub fn list(
    data: Option<&Path>,
    commune: Option<&str>,
    postal_code: Option<&str>,
    tr: &Tr,
) -> Result<String, UserError> {
    let Some(st) = stored(data, tr)? else {
        return Ok(format!("{}\n", tr.t("lieux-none")));
    };
    let mut s = summary(&st.meta, tr);
    let dir = &st.directory;
    let Some(typed) = commune.or(postal_code) else {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for i in 0..dir.len() {
            let d = crate::diagnostic::lieux::commune::departement(dir.postal_code(i)).to_string();
            match counts.iter_mut().find(|(x, _)| *x == d) {
                Some((_, n)) => *n += 1,
                None => counts.push((d, 1)),
            }
        }
        counts.sort();
        let list: Vec<String> = counts.iter().map(|(d, n)| format!("{d} ({n})")).collect();
        let list = Arg::from(list.join(", "));
        let _ = writeln!(s, "{}", tr.t_args("lieux-departements", &[("list", list)]));
        return Ok(s);
    };
    let Some(place) = dir.locate(typed) else {
        let place = Arg::from(typed.to_string());
        let _ = writeln!(
            s,
            "{}",
            tr.t_args("lieux-list-unknown", &[("place", place)])
        );
        return Ok(s);
    };
    let _ = writeln!(
        s,
        "{}",
        tr.t_args(
            "lieux-list-place",
            &[
                ("count", Arg::from(place.members.len())),
                ("place", Arg::from(place.name.clone())),
            ],
        )
    );
    for &i in &place.members {
        let l = &dir.get(i);
        let mut title = l.name.clone();
        if !l.access.receives_public() {
            title.push_str(&format!(" ({})", tr.t("lieux-no-public")));
        }
        let _ = writeln!(s, "  - {title}");
        let town = format!("{} {}", l.postal_code, l.commune);
        let addr = [l.address.as_str(), l.complement.as_str(), town.trim()]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(s, "    {addr}");
        let services: Vec<String> = l.services.iter().map(|x| tr.t(x.key())).collect();
        if !services.is_empty() {
            let _ = writeln!(s, "    {}", services.join(", "));
        }
        if !l.hours.is_empty() {
            let words = hours::words(&l.hours, tr).unwrap_or_else(|| l.hours.clone());
            let _ = writeln!(
                s,
                "    {}",
                tr.t_args("lieu-hours", &[("hours", Arg::from(words))])
            );
        }
    }
    Ok(s)
}

fn summary(meta: &Meta, tr: &Tr) -> String {
    let mut s = tr.t_args(
        "lieux-summary",
        &[
            ("count", Arg::from(meta.count)),
            ("date", Arg::from(date(meta.file_date, tr))),
            ("imported", Arg::from(date(Some(meta.imported), tr))),
            ("source", Arg::from(meta.source.clone())),
        ],
    );
    s.push('\n');
    let today = Clock::System.now().date();
    if meta
        .file_date
        .is_some_and(|d| today.days() - d.days() > 183)
    {
        s.push_str(&tr.t("lieux-old"));
        s.push('\n');
    }
    s
}
