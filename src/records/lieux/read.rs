//! Reading the national file of lieux de médiation numérique as published (schema 1.x,
//! CSV or JSON), with its real-world quirks: a BOM, extra columns, `|` lists (`;` in v0.1
//! files), `’` for `'`, 0,0 for unknown coordinates, dates with a time or from 1969, the
//! placeholder pivot `00000000000000` (never a reason to reject a row). A row that cannot
//! be a lieu is rejected with its line and reason; the rest is kept.

use std::collections::HashMap;

use crate::bank::Service;
use crate::diagnostic::lieux::commune::departement;
use crate::diagnostic::lieux::{Access, Fees, Lieu, Services, mentions_pass};
use crate::records::date::Date;

/// The national file is a few tens of megabytes; anything this large is another file.
mod json;

pub const MAX_BYTES: u64 = 100 * 1024 * 1024;

/// Columns without which a row cannot be shown to anyone.
const REQUIRED: [&str; 4] = ["nom", "commune", "code_postal", "adresse"];

/// The columns read, by their v1 names; v0.1 names are read as these (`alias`).
const COLUMNS: [&str; 19] = [
    "id",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "telephone",
    "horaires",
    "date_maj",
    "services",
    "frais_a_charge",
    "modalites_acces",
    "prise_rdv",
    "presentation_resume",
    "presentation_detail",
    // Texts where the pass numérique (APTIC) may be named, v1 and v0.1.
    "labels",
];

fn alias(name: &str) -> Option<&'static str> {
    Some(match name {
        "conditions_acces" => "frais_a_charge",
        "autres_formations_labels"
        | "formations_labels"
        | "dispositif_programmes_nationaux"
        | "labels_nationaux"
        | "labels_autres" => "labels",
        n => return COLUMNS.iter().find(|c| **c == n).copied(),
    })
}

/// Why a whole file is refused (nothing of it is kept).
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    TooLarge {
        megabytes: u64,
    },
    NotUtf8 {
        line: usize,
    },
    Empty,
    /// The header is one column split by this character: not a comma-separated file.
    Separator(char),
    MissingColumns(Vec<String>),
    /// JSON that is not a list of lieux (another schema, an API answer…).
    OtherJson,
    BadJson {
        line: usize,
        detail: String,
    },
    BadCsv {
        line: usize,
        detail: String,
    },
}

/// Why one row is left out.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    NoName,
    NoPlace,
    Fields { found: usize, expected: usize },
    DuplicateId { id: String, first: usize },
    NotAnObject,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// Line of the CSV file, or position (from 1) in the JSON list.
    pub line: usize,
    pub reason: Reason,
}

/// What a file gave.
#[derive(Debug, Clone, Default)]
pub struct Read {
    pub lieux: Vec<Lieu>,
    pub rejected: Vec<Rejected>,
    /// Rows of other départements than those asked.
    pub other_departements: usize,
    /// The latest `date_maj` of the rows kept.
    pub latest: Option<Date>,
    pub json: bool,
}

/// A row, by column: the cells read (`None`: no such column or an empty cell).
pub(super) type Row<'a> = [Option<std::borrow::Cow<'a, str>>; COLUMNS.len()];

/// Reads a file's text (CSV or JSON), keeping the rows of `departements` (all when empty).
pub fn parse(text: &str, departements: &[String]) -> Result<Read, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Builder {
        read: Read::default(),
        departements,
        ids: HashMap::new(),
    };
    match text.trim_start().chars().next() {
        None => return Err(FileError::Empty),
        Some('[' | '{') => {
            out.read.json = true;
            json::read(text, &mut out)?;
        }
        Some(_) => csv(text, &mut out)?,
    }
    Ok(out.read)
}

pub(super) fn column(name: &str) -> Option<usize> {
    let name = name
        .trim()
        .trim_start_matches('\u{feff}')
        .to_ascii_lowercase();
    let name = alias(&name)?;
    COLUMNS.iter().position(|c| *c == name)
}

pub(super) fn missing(found: &[Option<usize>]) -> Result<(), FileError> {
    let lacking: Vec<String> = REQUIRED
        .iter()
        .filter(|r| !found.iter().flatten().any(|&i| COLUMNS[i] == **r))
        .map(|r| (*r).to_string())
        .collect();
    if lacking.is_empty() {
        Ok(())
    } else {
        Err(FileError::MissingColumns(lacking))
    }
}

fn csv(text: &str, out: &mut Builder<'_>) -> Result<(), FileError> {
    let first = text.lines().next().unwrap_or_default();
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = r.headers().map_err(|e| bad_csv(&e))?.clone();
    let map: Vec<Option<usize>> = headers.iter().map(column).collect();
    if headers.len() == 1 {
        for sep in [';', '\t'] {
            if first.contains(sep) {
                return Err(FileError::Separator(sep));
            }
        }
    }
    missing(&map)?;
    let mut record = csv::StringRecord::new();
    loop {
        match r.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(bad_csv(&e)),
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.len() != headers.len() {
            if record.len() == 1 && record.get(0).is_some_and(|c| c.trim().is_empty()) {
                continue;
            }
            out.reject(
                line,
                Reason::Fields {
                    found: record.len(),
                    expected: headers.len(),
                },
            );
            continue;
        }
        let mut row: Row<'_> = Default::default();
        for (cell, col) in record.iter().zip(&map) {
            if let Some(i) = col
                && !cell.trim().is_empty()
            {
                row[*i] = Some(cell.trim().into());
            }
        }
        out.row(line, &row);
    }
    Ok(())
}

fn bad_csv(e: &csv::Error) -> FileError {
    let line = e.position().map_or(0, |p| p.line() as usize);
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => FileError::NotUtf8 { line },
        _ => FileError::BadCsv {
            line,
            detail: e.to_string(),
        },
    }
}

pub(super) struct Builder<'a> {
    read: Read,
    departements: &'a [String],
    /// Row ids already kept, and their line.
    ids: HashMap<String, usize>,
}

fn at(name: &str) -> usize {
    COLUMNS.iter().position(|c| *c == name).unwrap_or(0)
}

/// A `|` list, or a v0.1 `;` list.
fn list(cell: Option<&str>) -> impl Iterator<Item = &str> {
    let cell = cell.unwrap_or_default();
    let sep = if cell.contains('|') { '|' } else { ';' };
    cell.split(sep).map(str::trim).filter(|v| !v.is_empty())
}

/// "48.697978", "48,697978"; out of range or not a number: `None`.
fn degrees(cell: Option<&str>, max: f64) -> Option<f64> {
    let v: f64 = cell?.replace(',', ".").parse().ok()?;
    (v.is_finite() && v.abs() <= max).then_some(v)
}

/// `YYYY-MM-DD`, with or without a time after it, or `DD/MM/YYYY`; before 1990 (the
/// "1969-12-31" of empty dates) is no date.
pub fn lenient_date(cell: &str) -> Option<Date> {
    let d = Date::parse(cell.trim().get(..10)?)?;
    (d.year >= 1990).then_some(d)
}

impl Builder<'_> {
    pub(super) fn reject(&mut self, line: usize, reason: Reason) {
        self.read.rejected.push(Rejected { line, reason });
    }

    pub(super) fn row(&mut self, line: usize, row: &Row<'_>) {
        let get = |name: &str| row[at(name)].as_deref();
        let text = |name: &str| get(name).unwrap_or_default().to_string();
        let Some(name) = get("nom") else {
            return self.reject(line, Reason::NoName);
        };
        let mut postal_code = text("code_postal");
        // A spreadsheet ate the leading zero of "01000".
        if postal_code.len() == 4 && postal_code.chars().all(|c| c.is_ascii_digit()) {
            postal_code.insert(0, '0');
        }
        if get("commune").is_none() && postal_code.is_empty() {
            return self.reject(line, Reason::NoPlace);
        }
        if !self.departements.is_empty() {
            let insee = text("code_insee");
            let dep = departement(&postal_code);
            let keep = self.departements.iter().any(|d| {
                (!postal_code.is_empty() && dep == d.as_str()) || insee.starts_with(d.as_str())
            });
            if !keep {
                self.read.other_departements += 1;
                return;
            }
        }
        let id = get("id").map_or_else(|| format!("ligne-{line}"), str::to_string);
        if let Some(&first) = self.ids.get(&id) {
            return self.reject(line, Reason::DuplicateId { id, first });
        }
        self.ids.insert(id.clone(), line);
        let coords = match (
            degrees(get("latitude"), 90.0),
            degrees(get("longitude"), 180.0),
        ) {
            (Some(a), Some(b)) if a != 0.0 || b != 0.0 => Some((a, b)),
            _ => None,
        };
        let mut services = Services::default();
        list(get("services"))
            .filter_map(Service::from_schema)
            .for_each(|s| services.insert(s));
        let mut fees = Fees::default();
        list(get("frais_a_charge")).for_each(|v| fees.add(v));
        let mut access = Access::default();
        list(get("modalites_acces")).for_each(|v| access.add(v));
        // The standard's own rule: a lieu without services receives no public.
        if services.is_empty() {
            access.0 |= Access::NO_PUBLIC;
        }
        let pass = [
            "presentation_resume",
            "presentation_detail",
            "labels",
            "frais_a_charge",
        ]
        .iter()
        .any(|c| get(c).is_some_and(mentions_pass));
        if let Some(d) = get("date_maj").and_then(lenient_date) {
            self.read.latest = Some(self.read.latest.map_or(d, |l| l.max(d)));
        }
        self.read.lieux.push(Lieu {
            id,
            name: name.to_string(),
            commune: text("commune"),
            postal_code,
            address: text("adresse"),
            complement: text("complement_adresse"),
            coords,
            phone: text("telephone"),
            hours: text("horaires"),
            services,
            fees,
            pass,
            access,
            booking: text("prise_rdv"),
        });
    }
}
