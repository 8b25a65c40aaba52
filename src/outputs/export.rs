//! Figures for the funder: one row per session, anonymous unless asked otherwise.
//! CSV uses `;` and a UTF-8 BOM so that French Excel and LibreOffice open it right.

use std::fmt::Write as _;

mod scan;

use serde::Serialize;

use crate::records::date::Date;
use std::io;

use crate::diagnostic::needs::{self, Need};
use crate::diagnostic::scoring::titled;
use crate::i18n::{Lang, Tr};
use crate::records::history::active_minutes;
use crate::records::journal::Status;
use crate::records::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub since: Option<Date>,
    pub with_names: bool,
}

/// One session as exported. Field names are the JSON keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub id: String,
    pub date: String,
    pub started: String,
    pub duration_minutes: u64,
    pub bank: String,
    pub bank_version: String,
    /// "finished", "abandoned" or "unfinished".
    pub status: &'static str,
    pub palier: Option<String>,
    pub palier_title: Option<String>,
    pub percent: Option<u32>,
    /// Competence id → CRCN level 0..=8, for the competences the diagnostic measured.
    #[serde(serialize_with = "as_map")]
    pub levels: Vec<(String, u8)>,
    pub orientation: Vec<String>,
    /// The needed services, as the lieux standard writes them, most pressing first.
    pub services: Vec<String>,
    /// Thématiques of the Coop de la médiation numérique for this session's CRA (API
    /// values): "diagnostic_numerique", then those of the needs.
    pub coop_thematiques: Vec<String>,
    pub age_band: Option<String>,
    pub commune: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    #[serde(skip)]
    orientation_titles: Vec<String>,
    #[serde(skip)]
    service_keys: Vec<&'static str>,
    #[serde(skip)]
    coop_labels: Vec<&'static str>,
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
            Some(s) if opts.since.is_none_or(|d| s.header.started >= d.start()) => {
                let r = row(s, opts, &mut t.competences);
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
}

fn as_map<S: serde::Serializer>(levels: &[(String, u8)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(levels.len()))?;
    for (k, v) in levels {
        m.serialize_entry(k, v)?;
    }
    m.end()
}

fn row(s: scan::Scanned, opts: &Options, competences: &mut Vec<(String, String)>) -> Row {
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
    let needs = verdict.map_or_else(Vec::new, |o| {
        if o.orientation.needs.is_empty() {
            // Stored before needs were kept: the services of the trainings.
            trainings
                .iter()
                .map(|t| Need {
                    service: t.service,
                    coop: None,
                })
                .collect()
        } else {
            o.orientation.needs.clone()
        }
    });
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
        bank: h.bank,
        bank_version: h.bank_version,
        status: status_key(s.status),
        palier: verdict.map(|o| o.palier.id.clone()),
        palier_title: verdict.map(|o| o.palier.title.clone()),
        percent,
        levels: measured.iter().map(|c| (c.id.clone(), c.level)).collect(),
        orientation: trainings.iter().map(|t| t.id.clone()).collect(),
        services: services
            .iter()
            .map(|s| s.schema_label().to_string())
            .collect(),
        coop_thematiques: coop.iter().map(|c| c.api()).collect(),
        age_band: h.age_band,
        commune: h.commune,
        pseudonym: h.pseudonym.filter(|_| opts.with_names),
        orientation_titles: trainings.iter().map(|t| t.title.clone()).collect(),
        service_keys: services.iter().map(|s| s.key()).collect(),
        coop_labels: coop.iter().map(|c| c.label()).collect(),
    }
}

pub fn json(rows: &[Row]) -> String {
    let mut s = serde_json::to_string_pretty(rows).unwrap_or_default();
    s.push('\n');
    s
}

pub fn csv(table: &Table, opts: &Options, tr: &Tr) -> String {
    let (rows, comps) = (&table.rows, &table.competences);
    let mut out = String::from("\u{feff}");
    let mut head: Vec<String> = [
        "export-id",
        "export-date",
        "export-duration",
        "export-bank",
        "export-version",
        "export-status",
        "export-palier",
        "export-percent",
        "export-orientation",
        "export-services",
        "export-coop",
        "export-age-band",
        "export-commune",
    ]
    .iter()
    .map(|k| tr.t(k))
    .collect();
    if opts.with_names {
        head.push(tr.t("export-pseudonym"));
    }
    head.extend(
        comps
            .iter()
            .map(|(_, t)| tr.t_args("export-level", &[("competence", t.clone().into())])),
    );
    line(&mut out, &head);
    let french = tr.lang() == Lang::Fr;
    for r in rows {
        let date =
            Date::parse(&r.date).map_or(
                r.date.clone(),
                |d| {
                    if french { d.french() } else { d.iso() }
                },
            );
        let mut cells = vec![
            r.id.clone(),
            date,
            r.duration_minutes.to_string(),
            r.bank.clone(),
            r.bank_version.clone(),
            tr.t(&format!("export-status-{}", r.status)),
            r.palier_title.clone().unwrap_or_default(),
            r.percent.map(|p| p.to_string()).unwrap_or_default(),
            r.orientation_titles.join(" | "),
            r.service_keys
                .iter()
                .map(|k| tr.t(k))
                .collect::<Vec<_>>()
                .join(" | "),
            r.coop_labels.join(" | "),
            r.age_band.clone().unwrap_or_default(),
            r.commune.clone().unwrap_or_default(),
        ];
        if opts.with_names {
            cells.push(r.pseudonym.clone().unwrap_or_default());
        }
        cells.extend(comps.iter().map(|(id, _)| {
            r.levels
                .iter()
                .find(|(c, _)| c == id)
                .map(|(_, l)| l.to_string())
                .unwrap_or_default()
        }));
        line(&mut out, &cells);
    }
    out
}

fn line(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| quote(c)).collect();
    let _ = write!(out, "{}\r\n", cells.join(";"));
}

/// RFC 4180 quoting with `;`. A cell starting with = + - @ (or TAB or CR, which some
/// spreadsheets skip before reading a formula, or spaces before any of them) is prefixed with a quote mark so that a
/// spreadsheet never runs it as a formula (a pseudonym like "=HYPERLINK(…)").
fn quote(cell: &str) -> String {
    // Spaces first do not stop a spreadsheet that trims them ("Supprimer les espaces").
    let cell = if cell.starts_with(['\t', '\r'])
        || cell
            .trim_start()
            .starts_with(['=', '+', '-', '@', '\t', '\r'])
    {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formula_starts_are_neutralised_tab_and_cr_included() {
        for cell in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\t=1+1",
            "\r=1+1",
            " =1+2",
            "\u{a0} @x",
        ] {
            let q = super::quote(cell);
            assert!(q.trim_start_matches('"').starts_with('\''), "{q:?}");
        }
        assert_eq!(super::quote("Lyon"), "Lyon");
        assert_eq!(super::quote(" Lyon"), " Lyon");
    }
}
