//! The export as CSV for a spreadsheet: `;` and a UTF-8 BOM so that French Excel and
//! LibreOffice open it right, headers in plain words, one row per session, then a last row
//! of totals (it starts with "Total").

use std::fmt::Write as _;

use super::{Options, Table, Totals};
use crate::i18n::{Lang, Tr};
use crate::records::age_band;
use crate::records::date::Date;

/// The columns before the competences. Those up to `export-commune` keep the order of the
/// first exports; later columns come after them, so that a sheet reading columns by their
/// place still finds its own.
const HEAD: &[&str] = &[
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
    "export-mode",
    "export-person",
    "export-cheques",
];

pub fn csv(table: &Table, opts: &Options, tr: &Tr) -> String {
    let (rows, comps) = (&table.rows, &table.competences);
    let mut out = String::from("\u{feff}");
    let mut head: Vec<String> = HEAD.iter().map(|k| tr.t(k)).collect();
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
        // A finished session whose answers did not suffice for a palier says so here,
        // rather than leave the funder an empty palier to explain.
        let status = if r.status == "finished" && !r.conclusive {
            tr.t("export-status-inconclusive")
        } else {
            tr.t(&format!("export-status-{}", r.status))
        };
        let mut cells = vec![
            r.id.clone(),
            date,
            r.duration_minutes.to_string(),
            r.bank.to_string(),
            r.bank_version.to_string(),
            status,
            r.palier_title.as_deref().unwrap_or_default().to_string(),
            r.percent.map(|p| p.to_string()).unwrap_or_default(),
            r.orientation_titles.join(" | "),
            r.service_keys
                .iter()
                .map(|k| tr.t(k))
                .collect::<Vec<_>>()
                .join(" | "),
            r.coop_labels.join(" | "),
            r.age_band
                .as_deref()
                .map(|b| age_band::shown(b, tr))
                .unwrap_or_default(),
            r.commune.clone().unwrap_or_default(),
            tr.t(&format!("export-mode-{}", r.mode)),
            r.person.clone().unwrap_or_default(),
            r.cheques.to_string(),
        ];
        if opts.with_names {
            cells.push(r.pseudonym.clone().unwrap_or_default());
        }
        cells.extend(comps.iter().map(|(id, _)| {
            r.levels
                .iter()
                .find(|(c, _)| **c == **id)
                .map(|(_, l)| l.to_string())
                .unwrap_or_default()
        }));
        line(&mut out, &cells);
    }
    let mut total = total_row(table.totals(), tr);
    total.resize(head.len(), String::new());
    line(&mut out, &total);
    out
}

/// "Total : 12 diagnostics" under the numbers, the people under their keys, the chèques
/// under theirs.
fn total_row(t: Totals, tr: &Tr) -> Vec<String> {
    let mut cells = vec![String::new(); HEAD.len()];
    let at = |key: &str| HEAD.iter().position(|k| *k == key).unwrap_or(0);
    cells[0] = tr.t_args("export-total-sessions", &[("n", t.sessions.into())]);
    cells[at("export-person")] = tr.t_args("export-total-people", &[("n", t.people.into())]);
    cells[at("export-cheques")] = t.cheques.to_string();
    cells
}

/// A whole CSV table as the export writes it (BOM, `;`, quoting, formula guard): the other
/// tables of figures (`results stats`) are written the same way.
pub fn table(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for r in rows {
        line(&mut out, r);
    }
    out
}

fn line(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| quote(c)).collect();
    let _ = write!(out, "{}\r\n", cells.join(";"));
}

/// RFC 4180 quoting with `;`. A cell starting with = + - @ (or TAB or CR, which some
/// spreadsheets skip before reading a formula, or spaces before any of them) is prefixed
/// with a quote mark so that a spreadsheet never runs it as a formula (a pseudonym like
/// "=HYPERLINK(…)"). A plain negative number ("-0,25") stays a number.
fn quote(cell: &str) -> String {
    let number = cell.strip_prefix('-').is_some_and(|n| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    });
    // Spaces first do not stop a spreadsheet that trims them ("Supprimer les espaces").
    let risky = cell.starts_with(['\t', '\r'])
        || cell
            .trim_start()
            .starts_with(['=', '+', '-', '@', '\t', '\r']);
    let cell = if !number && risky {
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
            "-1+1",
            "-A1",
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
        // A negative figure is no formula (the stats' discrimination index can be one);
        // "-1+2" and "-" alone are not plain numbers.
        assert_eq!(super::quote("-0,25"), "-0,25");
        assert_eq!(super::quote("-1"), "-1");
        assert_eq!(super::quote("-1+2"), "'-1+2");
        assert_eq!(super::quote("-"), "'-");
    }
}
