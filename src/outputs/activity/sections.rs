//! The sections of the report, each a heading, a sentence saying what the figures are
//! of, and a chart (or a table) with the figures written in it.

use std::fmt::Write as _;

use super::bars::{self, Bar};
use super::columns;
use super::figures::Activity;
use super::timeline::{self, Step};
use crate::i18n::{Arg, Tr};
use crate::outputs::fiche::esc;
use crate::records::age_band;
use crate::records::journal::RunMode;

/// Communes (or age bands) shown by name; the rest are added up in one row.
const MAX_COMMUNES: usize = 12;

pub fn all(a: &Activity, tr: &Tr) -> Vec<String> {
    let mut out = vec![
        per_period(a, tr),
        paliers(a, tr),
        needs(a, tr),
        trainings(a, tr),
        modes(a, tr),
        given(a, &a.age_bands_in_order(), "ages", tr),
        communes(a, tr),
        people(a, tr),
    ];
    if a.banks.entries().len() > 1 {
        let rows: Vec<Bar> = a
            .banks
            .largest_first()
            .into_iter()
            .map(|(b, n)| Bar::new(b, n))
            .collect();
        out.push(section(
            "banks",
            &tr.t("activity-banks"),
            None,
            &rows,
            a.diagnostics,
            tr,
        ));
    }
    out
}

/// A heading, an optional note, and the bars.
fn section(
    id: &str,
    title: &str,
    note: Option<String>,
    rows: &[Bar],
    total: usize,
    tr: &Tr,
) -> String {
    let mut s = format!("<section id=\"{id}\">\n<h2>{}</h2>\n", esc(title));
    if let Some(n) = note {
        let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(&n));
    }
    if rows.is_empty() {
        let _ = writeln!(
            s,
            "<p class=\"note\">{}</p>",
            esc(&tr.t("activity-nothing"))
        );
    } else {
        s.push_str(&bars::svg(id, title, rows, total, tr));
    }
    s.push_str("</section>\n");
    s
}

fn per_period(a: &Activity, tr: &Tr) -> String {
    let (Some(from), Some(to)) = (a.period.since.or(a.first), a.period.until.or(a.last)) else {
        return String::new();
    };
    let (step, series) = timeline::series(&a.per_day, from, to);
    let (title, note) = match step {
        Step::Week => ("activity-per-week", "activity-per-week-note"),
        Step::Month => ("activity-per-month", "activity-per-month-note"),
    };
    let columns: Vec<(String, usize)> = series
        .into_iter()
        .map(|(d, n)| {
            let name = match step {
                Step::Week => tr.t_args(
                    "activity-week",
                    &[
                        ("d", Arg::from(format!("{:02}", d.day))),
                        ("m", Arg::from(format!("{:02}", d.month))),
                    ],
                ),
                Step::Month => tr.t_args(
                    "activity-month",
                    &[
                        ("m", Arg::from(d.month)),
                        ("y", Arg::from(format!("{:02}", d.year.rem_euclid(100)))),
                    ],
                ),
            };
            (name, n)
        })
        .collect();
    let status = tr.t_args(
        "activity-status",
        &[
            ("finished", Arg::from(a.finished)),
            ("unfinished", Arg::from(a.unfinished)),
            ("abandoned", Arg::from(a.abandoned)),
        ],
    );
    format!(
        "<section id=\"timeline\">\n<h2>{}</h2>\n<p class=\"note\">{} {}</p>\n{}</section>\n",
        esc(&tr.t(title)),
        esc(&tr.t(note)),
        esc(&status),
        columns::svg(&tr.t(title), &columns)
    )
}

/// The paliers of each bank (they differ from one bank to another), as shares of its
/// finished sessions.
fn paliers(a: &Activity, tr: &Tr) -> String {
    let title = tr.t("activity-paliers");
    let mut s = format!("<section id=\"paliers\">\n<h2>{}</h2>\n", esc(&title));
    if a.finished_by_bank.is_empty() {
        let _ = writeln!(
            s,
            "<p class=\"note\">{}</p>",
            esc(&tr.t("activity-nothing"))
        );
    }
    let several = a.finished_by_bank.entries().len() > 1;
    for (k, (bank, finished)) in a.finished_by_bank.largest_first().into_iter().enumerate() {
        let mut rows: Vec<Bar> = a
            .paliers_in_order(&bank)
            .into_iter()
            .map(|(p, n)| Bar::new(p, n))
            .collect();
        let none = a.no_palier_by_bank.get(&bank);
        if none > 0 {
            rows.push(Bar::other(tr.t("activity-no-palier"), none));
        }
        if several {
            let _ = writeln!(s, "<h3>{}</h3>", esc(&bank));
        }
        let note = tr.t_args("activity-paliers-note", &[("n", Arg::from(finished))]);
        let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(&note));
        s.push_str(&bars::svg(
            &format!("paliers-{k}"),
            &title,
            &rows,
            finished,
            tr,
        ));
    }
    s.push_str("</section>\n");
    s
}

/// The services to offer and the Coop thématiques, as shares of the concluded diagnostics.
fn needs(a: &Activity, tr: &Tr) -> String {
    let concluded = a.concluded();
    let mut rows: Vec<Bar> = a
        .services
        .largest_first()
        .into_iter()
        .map(|(s, n)| Bar::new(tr.t(s.key()), n))
        .collect();
    if a.no_need > 0 {
        rows.push(Bar::other(tr.t("activity-no-need"), a.no_need));
    }
    let note = tr.t_args("activity-services-note", &[("n", Arg::from(concluded))]);
    let mut s = section(
        "services",
        &tr.t("activity-services"),
        Some(note),
        &rows,
        concluded,
        tr,
    );
    if !a.coop.is_empty() {
        let rows: Vec<Bar> = a
            .coop
            .largest_first()
            .into_iter()
            .map(|(c, n)| Bar::new(c.label(), n))
            .collect();
        let note = tr.t_args("activity-coop-note", &[("n", Arg::from(concluded))]);
        s.push_str(&section(
            "coop",
            &tr.t("activity-coop"),
            Some(note),
            &rows,
            concluded,
            tr,
        ));
    }
    s
}

/// The workshops recommended, how often, and their chèques, with the total.
fn trainings(a: &Activity, tr: &Tr) -> String {
    let concluded = a.concluded();
    let mut s = format!(
        "<section id=\"trainings\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n",
        esc(&tr.t("activity-trainings")),
        esc(&tr.t_args(
            "activity-trainings-note",
            &[
                ("oriented", Arg::from(a.oriented)),
                ("n", Arg::from(concluded))
            ]
        ))
    );
    let _ = writeln!(
        s,
        "<table>\n<tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr>",
        esc(&tr.t("activity-trainings-workshop")),
        esc(&tr.t("activity-trainings-times")),
        esc(&tr.t("activity-trainings-cheques"))
    );
    for (title, n) in a.trainings.largest_first() {
        let cheques = a.training_cheques.get(&title).copied().unwrap_or(0);
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{cheques}</td></tr>",
            esc(&title),
            esc(&tr.t_args(
                "activity-value",
                &[
                    ("n", Arg::from(n)),
                    ("p", Arg::from(bars::percent(n, concluded)))
                ]
            ))
        );
    }
    let _ = write!(
        s,
        "<tr class=\"total\"><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n\
         </table>\n</section>\n",
        esc(&tr.t("activity-trainings-total")),
        a.oriented,
        a.cheques
    );
    s
}

fn modes(a: &Activity, tr: &Tr) -> String {
    let rows: Vec<Bar> = [
        (RunMode::Tui, "activity-mode-tui"),
        (RunMode::Plain, "activity-mode-plain"),
        (RunMode::Kiosk, "activity-mode-kiosk"),
    ]
    .into_iter()
    .map(|(m, key)| Bar::new(tr.t(key), a.modes.get(&m)))
    .collect();
    section(
        "modes",
        &tr.t("activity-modes"),
        None,
        &rows,
        a.diagnostics,
        tr,
    )
}

/// Age bands or communes: bars for the values written, as shares of the sessions that
/// have one; how many have none is said in the note, not drawn (it would squash the rest).
fn given(a: &Activity, values: &[(String, usize)], id: &str, tr: &Tr) -> String {
    let with: usize = values.iter().map(|(_, n)| n).sum();
    let mut rows: Vec<Bar> = values
        .iter()
        .take(MAX_COMMUNES)
        .map(|(c, n)| Bar::new(c.clone(), *n))
        .collect();
    if id == "ages" {
        // The Coop's words for a band stored by its code; older free text as typed.
        for r in &mut rows {
            r.label = age_band::shown(&r.label, tr);
        }
    }
    let rest = &values[values.len().min(MAX_COMMUNES)..];
    if !rest.is_empty() {
        rows.push(Bar::other(
            tr.t_args(
                &format!("activity-{id}-others"),
                &[("k", Arg::from(rest.len()))],
            ),
            rest.iter().map(|(_, n)| n).sum(),
        ));
    }
    if with == 0 {
        let note = tr.t(&format!("activity-{id}-none"));
        return section(id, &tr.t(&format!("activity-{id}")), Some(note), &[], 0, tr);
    }
    let note = tr.t_args(
        "activity-given-note",
        &[
            ("with", Arg::from(with)),
            ("n", Arg::from(a.diagnostics)),
            ("p", Arg::from(bars::percent(with, a.diagnostics))),
        ],
    );
    section(
        id,
        &tr.t(&format!("activity-{id}")),
        Some(note),
        &rows,
        with,
        tr,
    )
}

fn communes(a: &Activity, tr: &Tr) -> String {
    given(a, &a.communes.largest_first(), "communes", tr)
}

fn people(a: &Activity, tr: &Tr) -> String {
    let text = if a.named == 0 {
        tr.t("activity-people-none")
    } else {
        let (people, returning) = a.people();
        tr.t_args(
            "activity-people-named",
            &[
                ("named", Arg::from(a.named)),
                ("n", Arg::from(a.diagnostics)),
                ("people", Arg::from(people)),
                ("returning", Arg::from(returning)),
                ("anonymous", Arg::from(a.diagnostics - a.named)),
            ],
        )
    };
    format!(
        "<section id=\"people\">\n<h2>{}</h2>\n<p>{}</p>\n</section>\n",
        esc(&tr.t("activity-people")),
        esc(&text)
    )
}
