//! Figures for the funder: one row per session, anonymous unless asked otherwise.
//! CSV uses `;` and a UTF-8 BOM so that French Excel and LibreOffice open it right.

use std::fmt::Write as _;

use serde::Serialize;

use crate::date::Date;
use crate::history::Stored;
use crate::i18n::{Lang, Tr};
use crate::journal::Status;

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
    pub levels: Vec<(String, u8)>,
    pub orientation: Vec<String>,
    /// ANCT categories of the recommended trainings, each once.
    pub themes: Vec<String>,
    pub age_band: Option<String>,
    pub commune: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    #[serde(skip)]
    titles: Vec<(String, String)>,
    #[serde(skip)]
    orientation_titles: Vec<String>,
    #[serde(skip)]
    theme_keys: Vec<&'static str>,
}

pub fn status_key(s: Status) -> &'static str {
    match s {
        Status::Finished => "finished",
        Status::Abandoned => "abandoned",
        Status::Unfinished => "unfinished",
    }
}

pub fn rows(sessions: &[Stored], opts: &Options) -> Vec<Row> {
    sessions
        .iter()
        .filter(|s| opts.since.is_none_or(|d| s.started() >= d.start()))
        .filter_map(|s| row(s, opts))
        .collect()
}

fn row(s: &Stored, opts: &Options) -> Option<Row> {
    let h = s.header()?;
    let summary = s.summary();
    let o = summary.map(|x| &x.outcome);
    let measured = o.into_iter().flat_map(|o| &o.scores.competences);
    let measured: Vec<_> = measured.filter(|c| c.asked > 0).collect();
    let trainings = o.map(|o| o.orientation.trainings.as_slice()).unwrap_or(&[]);
    let mut theme_keys: Vec<&'static str> = Vec::new();
    let mut themes = Vec::new();
    for t in trainings {
        if !theme_keys.contains(&t.category.key()) {
            theme_keys.push(t.category.key());
            themes.push(t.category.key().trim_start_matches("cat-").to_string());
        }
    }
    Some(Row {
        id: h.id.clone(),
        date: s.started().date().iso(),
        started: s.started().rfc3339(),
        duration_minutes: s.duration_minutes(),
        bank: h.bank.clone(),
        bank_version: h.bank_version.clone(),
        status: status_key(s.status()),
        palier: o.map(|o| o.palier.id.clone()),
        palier_title: o.map(|o| o.palier.title.clone()),
        percent: o.map(|o| crate::report::percent(o.scores.percent())),
        levels: measured.iter().map(|c| (c.id.clone(), c.level)).collect(),
        orientation: trainings.iter().map(|t| t.id.clone()).collect(),
        themes,
        age_band: h.age_band.clone(),
        commune: h.commune.clone(),
        pseudonym: h.pseudonym.clone().filter(|_| opts.with_names),
        titles: measured.iter().map(|c| (c.id.clone(), c.title())).collect(),
        orientation_titles: trainings.iter().map(|t| t.title.clone()).collect(),
        theme_keys,
    })
}

pub fn json(rows: &[Row]) -> String {
    let values: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            // Levels as an object: easier to use than pairs.
            v["levels"] = r
                .levels
                .iter()
                .map(|(k, l)| (k.clone(), serde_json::Value::from(*l)))
                .collect::<serde_json::Map<_, _>>()
                .into();
            v
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&values).unwrap_or_default();
    s.push('\n');
    s
}

pub fn csv(rows: &[Row], opts: &Options, tr: &Tr) -> String {
    // One column per competence met in any row, in order of first appearance.
    let mut comps: Vec<(String, String)> = Vec::new();
    for r in rows {
        for (id, title) in &r.titles {
            if !comps.iter().any(|(c, _)| c == id) {
                comps.push((id.clone(), title.clone()));
            }
        }
    }
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
        "export-themes",
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
            r.theme_keys
                .iter()
                .map(|k| tr.t(k))
                .collect::<Vec<_>>()
                .join(" | "),
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

/// RFC 4180 quoting with `;`. A cell starting with = + - @ is prefixed with a quote mark so
/// that a spreadsheet never runs it as a formula (a pseudonym like "=HYPERLINK(…)").
fn quote(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@']) {
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
