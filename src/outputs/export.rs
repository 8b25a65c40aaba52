//! Figures for the funder: one row per session, anonymous unless asked otherwise.
//! CSV uses `;` and a UTF-8 BOM so that French Excel and LibreOffice open it right.

mod csv;
pub(crate) mod scan;

pub use csv::{csv, table};

use serde::Serialize;

use crate::records::date::Date;
use std::io;
use std::path::Path;

use crate::diagnostic::needs;
use crate::diagnostic::scoring::titled;
use crate::i18n::Tr;
use crate::records::history::active_minutes;
use crate::records::journal::{RunMode, Status};
use crate::records::person_key::{self, Secret};
use crate::records::store::Store;
use crate::text::shared::Shared;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub since: Option<Date>,
    pub with_names: bool,
    /// The data folder's secret for person keys; without it, rows have none.
    pub secret: Option<Secret>,
}

/// One session as exported. Field names are the JSON keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub id: String,
    pub date: String,
    pub started: String,
    pub duration_minutes: u64,
    pub bank: Arc<str>,
    pub bank_version: Arc<str>,
    /// How it was run: "tui" (full screen, a médiateur at hand), "plain" (line by line)
    /// or "kiosk" (a visitor alone).
    pub mode: &'static str,
    /// "finished", "abandoned" or "unfinished".
    pub status: &'static str,
    pub palier: Option<Arc<str>>,
    pub palier_title: Option<Arc<str>>,
    pub percent: Option<u32>,
    /// Competence id → CRCN level 0..=8, for the competences the diagnostic measured.
    #[serde(serialize_with = "as_map")]
    pub levels: Vec<(Arc<str>, u8)>,
    pub orientation: Vec<Arc<str>>,
    /// Pass numérique chèques of the recommended workshops, all together.
    pub cheques: u32,
    /// The needed services, as the lieux standard writes them, most pressing first.
    pub services: Vec<&'static str>,
    /// Thématiques of the Coop de la médiation numérique for this session's CRA (API
    /// values): "diagnostic_numerique", then those of the needs.
    pub coop_thematiques: Vec<Arc<str>>,
    pub age_band: Option<String>,
    pub commune: Option<String>,
    /// The same for every session of one person (same name or file number) in this data
    /// folder, and no way back to the name (`records::person_key`); `None` without a name.
    pub person: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    #[serde(skip)]
    orientation_titles: Vec<Arc<str>>,
    #[serde(skip)]
    service_keys: Vec<&'static str>,
    #[serde(skip)]
    coop_labels: Vec<&'static str>,
    /// Whether the answers sufficed for a palier (a finished session may have too few).
    #[serde(skip)]
    conclusive: bool,
}

pub fn mode_key(m: RunMode) -> &'static str {
    match m {
        RunMode::Tui => "tui",
        RunMode::Plain => "plain",
        RunMode::Kiosk => "kiosk",
    }
}

pub fn status_key(s: Status) -> &'static str {
    match s {
        Status::Finished => "finished",
        Status::Abandoned => "abandoned",
        Status::Unfinished => "unfinished",
    }
}

/// One row per session of the store, oldest first, reading each file once and keeping
/// only the row (memory stays flat however many sessions there are). Also returns how
/// many files could not be read.
pub fn rows(store: &Store, opts: &Options) -> io::Result<Table> {
    let mut t = Table::default();
    for entry in store.entries()? {
        // The day folder is the start day: older folders need not be opened.
        if opts.since.is_some_and(|d| entry.day < d) {
            continue;
        }
        match std::fs::read(&entry.path).ok().and_then(|b| scan::scan(&b)) {
            Some(s) if opts.since.is_none_or(|d| s.header.started.date() >= d) => {
                let r = row(s, opts, &mut t.competences, &mut t.shared);
                t.rows.push(r);
            }
            Some(_) => {}
            None => t
                .unreadable
                .push(crate::text::clean(&entry.path.display().to_string())),
        }
    }
    Ok(t)
}

/// The rows, and the competences met in them (id, title), in order of first appearance:
/// one CSV column each. Titles are kept here once, not in every row.
#[derive(Debug, Default)]
pub struct Table {
    pub rows: Vec<Row>,
    pub competences: Vec<(String, String)>,
    /// The session files that could not be read (no readable header), as shown paths.
    pub unreadable: Vec<String>,
    /// Ids, titles and versions repeated on every row, kept once.
    shared: Shared,
}

fn as_map<S: serde::Serializer>(levels: &[(Arc<str>, u8)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(levels.len()))?;
    for (k, v) in levels {
        m.serialize_entry(k, v)?;
    }
    m.end()
}

fn row(
    s: scan::Scanned,
    opts: &Options,
    competences: &mut Vec<(String, String)>,
    shared: &mut Shared,
) -> Row {
    let h = s.header;
    let o = s.result.as_ref().map(|r| &r.outcome);
    // The palier and trainings only when the answers sufficed for them; a level only for
    // the competences with enough answers. The keys stay: médiateurs' tools read them.
    let verdict = o.filter(|o| o.conclusive);
    let measured: Vec<&scan::Competence> = o
        .into_iter()
        .flat_map(|o| &o.scores.competences)
        .filter(|c| c.asked > 0 && c.rated)
        .collect();
    let trainings = verdict.map_or(&[][..], |o| &o.orientation.trainings[..]);
    let needs = verdict.map_or_else(Vec::new, scan::Outcome::needs);
    let services = needs::services(&needs);
    let coop = if verdict.is_some() {
        needs::coop(&needs)
    } else {
        Vec::new()
    };
    for c in &measured {
        if !competences.iter().any(|(id, _)| *id == c.id) {
            competences.push((c.id.clone(), titled(&c.label, c.crcn.as_deref())));
        }
    }
    let percent = o.map(|o| {
        let p = o.scores.percent();
        crate::outputs::report::percent(p)
    });
    Row {
        id: h.id,
        date: h.started.date().iso(),
        started: h.started.rfc3339(),
        duration_minutes: active_minutes(s.times),
        bank: shared.get(&h.bank),
        bank_version: shared.get(&h.bank_version),
        mode: mode_key(h.mode),
        status: status_key(s.status),
        palier: verdict.map(|o| shared.get(&o.palier.id)),
        palier_title: verdict.map(|o| shared.get(&o.palier.title)),
        percent,
        levels: measured
            .iter()
            .map(|c| (shared.get(&c.id), c.level))
            .collect(),
        orientation: trainings.iter().map(|t| shared.get(&t.id)).collect(),
        cheques: trainings.iter().map(|t| t.cheques).sum(),
        services: services.iter().map(|s| s.schema_label()).collect(),
        coop_thematiques: coop.iter().map(|c| shared.get(&c.api())).collect(),
        age_band: h.age_band,
        commune: h.commune,
        person: opts
            .secret
            .as_ref()
            .zip(h.pseudonym.as_deref())
            .and_then(|(s, p)| person_key::key(s, p)),
        pseudonym: h.pseudonym.filter(|_| opts.with_names),
        orientation_titles: trainings.iter().map(|t| shared.get(&t.title)).collect(),
        service_keys: services.iter().map(|s| s.key()).collect(),
        coop_labels: coop.iter().map(|c| c.label()).collect(),
        conclusive: verdict.is_some(),
    }
}

pub fn json(rows: &[Row]) -> String {
    let mut s = serde_json::to_string_pretty(rows).unwrap_or_default();
    s.push('\n');
    s
}

/// What an export holds in all: sessions, people with a name or number (told apart by
/// their key), and pass numérique chèques recommended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub sessions: usize,
    pub people: usize,
    pub cheques: u32,
}

impl Table {
    pub fn totals(&self) -> Totals {
        let mut keys: Vec<&str> = self
            .rows
            .iter()
            .filter_map(|r| r.person.as_deref())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        Totals {
            sessions: self.rows.len(),
            people: keys.len(),
            cheques: self.rows.iter().map(|r| r.cheques).sum(),
        }
    }
}

/// "12 diagnostics, 9 personnes nommées, 31 chèques pass numérique conseillés."
pub fn totals_line(t: Totals, tr: &Tr) -> String {
    tr.t_args(
        "export-totals",
        &[
            ("sessions", t.sessions.into()),
            ("people", t.people.into()),
            ("cheques", t.cheques.into()),
        ],
    )
}

/// The whole export as CSV, written to `path` at once; says what was written, or why not.
/// The full screen's list uses it (`results export` has more options).
pub fn write_csv(store: &Store, path: &Path, tr: &Tr) -> Result<String, String> {
    let opts = Options {
        secret: store
            .root()
            .parent()
            .and_then(|d| person_key::secret(d).ok()),
        ..Options::default()
    };
    let failed = |key: &str, e: &io::Error| {
        tr.t_args(
            key,
            &[
                ("file", path.display().to_string().into()),
                ("error", tr.io(e).into()),
            ],
        )
    };
    let table = rows(store, &opts).map_err(|e| failed("store-read-failed", &e))?;
    crate::records::write_replacing(path, csv(&table, &opts, tr).as_bytes())
        .map_err(|e| failed("write-failed", &e))?;
    let written = tr.t_args(
        "export-written",
        &[
            ("file", path.display().to_string().into()),
            ("n", table.rows.len().into()),
        ],
    );
    Ok(format!("{written} {}", totals_line(table.totals(), tr)))
}
