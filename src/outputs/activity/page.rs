//! The report as one standalone HTML page: inline CSS and SVG, no script, nothing fetched,
//! in the fiche's style (Verdana, black on white). Every chart has its figures written
//! beside its bars, so the page reads the same printed in black and white.

use std::fmt::Write as _;

use super::figures::Activity;
use super::sections;
use crate::i18n::{Arg, Lang, Tr};
use crate::outputs::fiche::esc;
use crate::records::date::Date;

const STYLE: &str = "
@page { size: A4; margin: 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: Verdana, 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.35; color: #000; background: #fff; margin: 0 auto; max-width: 182mm; }
h1 { font-size: 18pt; margin: 0 0 1mm; border-bottom: 2px solid #000; padding-bottom: 1.5mm; }
h2 { font-size: 12.5pt; margin: 0 0 1.5mm; }
h3 { font-size: 10.5pt; margin: 2.5mm 0 0.5mm; }
p { margin: 0 0 1.5mm; }
.period { font-size: 11pt; margin-bottom: 4mm; }
.key { display: grid; grid-template-columns: repeat(auto-fit, minmax(30mm, 1fr)); gap: 2mm;
       margin-bottom: 5mm; }
.key div { border: 1.5px solid #000; padding: 2mm 3mm; }
.key strong { display: block; font-size: 17pt; line-height: 1.1; }
.key span { font-size: 9.5pt; }
section { margin-bottom: 5mm; break-inside: avoid; page-break-inside: avoid; }
/* A long table may go on over the next page; its heading stays with it. */
section#trainings { break-inside: auto; page-break-inside: auto; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
tr { break-inside: avoid; }
.note { font-size: 9pt; color: #222; }
svg { display: block; width: 100%; height: auto; margin: 1mm 0 1mm; }
svg text { font-family: Verdana, 'DejaVu Sans', Arial, sans-serif; fill: #000; }
svg.bars text.label { font-size: 13px; }
svg.bars text.value { font-size: 12px; font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { padding: 0.8mm 2mm; border-bottom: 1px solid #777; text-align: left; vertical-align: top; }
th { border-bottom: 1.5px solid #000; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.total td { border-top: 1.5px solid #000; border-bottom: none; font-weight: bold; }
@media print { svg.bars { width: 85%; } }
footer { border-top: 1px solid #000; padding-top: 2mm; font-size: 9pt; }
footer ul { margin: 1mm 0 0; padding-left: 5mm; }
@media screen { body { padding: 10mm; } }
";

/// The page; `made` is the day it is made on (written under the title).
pub fn html(a: &Activity, made: Date, tr: &Tr) -> String {
    let title = tr.t("activity-title");
    let mut b = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        tr.lang().code(),
        esc(&title),
        esc(&title)
    );
    let span = match (a.period.since.or(a.first), a.period.until.or(a.last)) {
        (Some(from), Some(to)) => tr.t_args(
            "activity-period",
            &[
                ("from", Arg::from(day(from, tr))),
                ("to", Arg::from(day(to, tr))),
            ],
        ),
        (Some(from), None) => tr.t_args(
            "activity-period-since",
            &[("from", Arg::from(day(from, tr)))],
        ),
        (None, Some(to)) => tr.t_args("activity-period-until", &[("to", Arg::from(day(to, tr)))]),
        (None, None) => tr.t("activity-period-none"),
    };
    let made = tr.t_args("activity-made", &[("date", Arg::from(day(made, tr)))]);
    let _ = writeln!(
        b,
        "<p class=\"period\"><strong>{}</strong> · {}</p>",
        esc(&span),
        esc(&made)
    );
    key_figures(&mut b, a, tr);
    if a.diagnostics == 0 {
        let _ = writeln!(b, "<p>{}</p>", esc(&tr.t("activity-empty")));
    } else {
        for s in sections::all(a, tr) {
            b.push_str(&s);
        }
    }
    footer(&mut b, a, tr);
    b.push_str("</body>\n</html>\n");
    b
}

/// The boxes at the top: diagnostics, finished, people, chèques, mean time.
fn key_figures(b: &mut String, a: &Activity, tr: &Tr) {
    let mut boxes = vec![
        (
            a.diagnostics.to_string(),
            tr.t_args(
                "activity-key-diagnostics",
                &[("n", Arg::from(a.diagnostics))],
            ),
        ),
        (
            a.finished.to_string(),
            tr.t_args(
                "activity-key-finished",
                &[(
                    "p",
                    Arg::from(super::bars::percent(a.finished, a.diagnostics)),
                )],
            ),
        ),
    ];
    if a.named > 0 {
        let (people, _) = a.people();
        let exact = a.named == a.diagnostics;
        let most = people + (a.diagnostics - a.named);
        boxes.push((
            most.to_string(),
            tr.t_args(
                "activity-key-people",
                &[("exact", Arg::from(if exact { "yes" } else { "no" }))],
            ),
        ));
    }
    boxes.push((a.cheques.to_string(), tr.t("activity-key-cheques")));
    if let Some(m) = a.mean_minutes() {
        boxes.push((m.to_string(), tr.t("activity-key-minutes")));
    }
    b.push_str("<div class=\"key\">\n");
    for (figure, words) in boxes {
        let _ = writeln!(
            b,
            "<div><strong>{}</strong><span>{}</span></div>",
            esc(&figure),
            esc(&words)
        );
    }
    b.push_str("</div>\n");
}

fn footer(b: &mut String, a: &Activity, tr: &Tr) {
    let _ = write!(
        b,
        "<footer>\n<strong>{}</strong>\n<ul>\n",
        esc(&tr.t("activity-method"))
    );
    let mut lines = vec![
        tr.t("activity-method-count"),
        tr.t("activity-method-verdict"),
        tr.t("activity-method-people"),
    ];
    if a.unreadable > 0 {
        lines.push(tr.t_args(
            "activity-method-unreadable",
            &[("n", Arg::from(a.unreadable))],
        ));
    }
    for l in lines {
        let _ = writeln!(b, "<li>{}</li>", esc(&l));
    }
    b.push_str("</ul>\n</footer>\n");
}

/// "02/11/2026" in French, "2026-11-02" in English.
pub fn day(d: Date, tr: &Tr) -> String {
    if tr.lang() == Lang::Fr {
        d.french()
    } else {
        d.iso()
    }
}
