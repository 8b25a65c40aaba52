//! Before and after: the same person's diagnostics side by side, per competence.

use std::fmt::Write as _;

use crate::i18n::{Arg, Lang, Tr};
use crate::records::history::Stored;

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// (date, bank, palier) of the earlier then the later session.
    pub sessions: [(String, String, Option<String>); 2],
    /// Competence title, level before, level after (`None`: not measured that time).
    pub rows: Vec<(String, Option<u8>, Option<u8>)>,
}

/// Compares two sessions, the earlier one first whatever the order given.
pub fn compare(a: &Stored, b: &Stored, tr: &Tr) -> Comparison {
    let (first, second) = if a.started() <= b.started() {
        (a, b)
    } else {
        (b, a)
    };
    let mut rows: Vec<(String, String, Option<u8>, Option<u8>)> = Vec::new();
    for (slot, s) in [first, second].into_iter().enumerate() {
        let comps = s
            .result()
            .into_iter()
            .flat_map(|x| &x.outcome.scores.competences);
        for c in comps.filter(|c| c.asked > 0) {
            let i = match rows.iter().position(|r| r.0 == c.id) {
                Some(i) => i,
                None => {
                    rows.push((c.id.clone(), c.title(), None, None));
                    rows.len() - 1
                }
            };
            if slot == 0 {
                rows[i].2 = Some(c.level);
            } else {
                rows[i].3 = Some(c.level);
            }
        }
    }
    let meta = |s: &Stored| {
        let d = s.started().date();
        (
            if tr.lang() == Lang::Fr {
                d.french()
            } else {
                d.iso()
            },
            s.header().map(|h| h.bank_title.clone()).unwrap_or_default(),
            s.summary().map(|x| x.outcome.palier.title.clone()),
        )
    };
    Comparison {
        sessions: [meta(first), meta(second)],
        rows: rows.into_iter().map(|(_, t, a, b)| (t, a, b)).collect(),
    }
}

pub fn text(c: &Comparison, tr: &Tr) -> String {
    let mut s = String::new();
    let [(d1, b1, p1), (d2, b2, p2)] = &c.sessions;
    let unfinished = tr.t("compare-unfinished");
    for (key, d, b, p) in [
        ("compare-before", d1, b1, p1),
        ("compare-after", d2, b2, p2),
    ] {
        let _ = writeln!(
            s,
            "{}",
            tr.t_args(
                key,
                &[
                    ("date", Arg::from(d.clone())),
                    ("bank", Arg::from(b.clone())),
                    (
                        "palier",
                        Arg::from(p.clone().unwrap_or_else(|| unfinished.clone()))
                    ),
                ]
            )
        );
    }
    let _ = writeln!(s);
    let level = |l: &Option<u8>| l.map_or_else(|| "–".to_string(), |l| l.to_string());
    let width = c
        .rows
        .iter()
        .map(|r| r.0.chars().count())
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        s,
        "  {:width$}  {:>6}  {:>6}",
        tr.t("compare-competence"),
        tr.t("compare-col-before"),
        tr.t("compare-col-after"),
    );
    for (title, a, b) in &c.rows {
        let change = match (a, b) {
            (Some(a), Some(b)) if b > a => tr.t_args("compare-up", &[("n", Arg::from(b - a))]),
            (Some(a), Some(b)) if b < a => tr.t_args("compare-down", &[("n", Arg::from(a - b))]),
            (Some(_), Some(_)) => tr.t("compare-same"),
            _ => String::new(),
        };
        let pad = width.saturating_sub(title.chars().count());
        let _ = writeln!(
            s,
            "  {title}{}  {:>6}  {:>6}  {change}",
            " ".repeat(pad),
            level(a),
            level(b)
        );
    }
    s
}
