//! Before and after: the same person's diagnostics side by side, per competence, in
//! percent of right answers (which moves long before a level does: a bank measuring up to
//! level 2 shows "=" from 50 % to 83 %) and in levels; with what makes the two runs not
//! quite comparable (another questionnaire or version, tasks counted in one run only).

use std::fmt::Write as _;

use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::scoring::CompetenceScore;
use crate::i18n::{Arg, Lang, Tr};
use crate::outputs::report::percent;
use crate::records::history::Stored;

/// One diagnostic's side: when, which questionnaire, what it reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub id: String,
    /// The day, with the time when both were on the same day.
    pub when: String,
    pub bank: String,
    pub palier: Option<String>,
    pub percent: Option<u32>,
}

/// A competence in one diagnostic: percent right and level (`None`: too few answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub percent: u32,
    pub level: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The earlier then the later session.
    pub sessions: [Side; 2],
    /// Competence title, before, after (`None`: not measured that time).
    pub rows: Vec<(String, Option<Cell>, Option<Cell>)>,
    /// Why the figures are not quite comparable, in words; empty when they are.
    pub cautions: Vec<String>,
}

/// Compares two sessions, the earlier one first whatever the order given.
pub fn compare(a: &Stored, b: &Stored, tr: &Tr) -> Comparison {
    let (first, second) = if a.started() <= b.started() {
        (a, b)
    } else {
        (b, a)
    };
    let mut rows: Vec<(String, String, Option<Cell>, Option<Cell>)> = Vec::new();
    for (slot, s) in [first, second].into_iter().enumerate() {
        for c in outcome(s).into_iter().flat_map(|o| &o.scores.competences) {
            let Some(cell) = cell(c) else { continue };
            let i = rows.iter().position(|r| r.0 == c.id).unwrap_or_else(|| {
                rows.push((c.id.clone(), c.title(), None, None));
                rows.len() - 1
            });
            if slot == 0 {
                rows[i].2 = Some(cell);
            } else {
                rows[i].3 = Some(cell);
            }
        }
    }
    let same_day = first.started().date() == second.started().date();
    Comparison {
        sessions: [side(first, same_day, tr), side(second, same_day, tr)],
        rows: rows.into_iter().map(|(_, t, a, b)| (t, a, b)).collect(),
        cautions: cautions(first, second, tr),
    }
}

fn outcome(s: &Stored) -> Option<&Outcome> {
    s.result().map(|x| &x.outcome)
}

fn cell(c: &CompetenceScore) -> Option<Cell> {
    Some(Cell {
        percent: percent(c.percent()?),
        level: c.rated_level(),
    })
}

fn side(s: &Stored, with_time: bool, tr: &Tr) -> Side {
    let t = s.started();
    let d = t.date();
    let day = if tr.lang() == Lang::Fr {
        d.french()
    } else {
        d.iso()
    };
    let when = if with_time {
        let (h, m, _) = t.time();
        tr.t_args(
            "compare-day-time",
            &[
                ("day", Arg::from(day)),
                ("time", Arg::from(format!("{h:02}:{m:02}"))),
            ],
        )
    } else {
        day
    };
    Side {
        id: s.entry.id.clone(),
        when,
        bank: s.header().map(|h| h.bank_title.clone()).unwrap_or_default(),
        palier: s
            .summary()
            .and_then(|x| x.outcome.verdict())
            .map(|p| p.title.clone()),
        percent: outcome(s).map(|o| percent(o.scores.percent())),
    }
}

/// What makes the two runs measure differently.
fn cautions(a: &Stored, b: &Stored, tr: &Tr) -> Vec<String> {
    let mut out = Vec::new();
    let (Some(ha), Some(hb)) = (a.header(), b.header()) else {
        return out;
    };
    if ha.bank != hb.bank {
        out.push(tr.t_args(
            "compare-other-bank",
            &[
                ("a", Arg::from(ha.bank_title.clone())),
                ("b", Arg::from(hb.bank_title.clone())),
            ],
        ));
    } else if ha.bank_hash != hb.bank_hash {
        out.push(tr.t_args(
            "compare-other-version",
            &[
                ("a", Arg::from(ha.bank_version.clone())),
                ("b", Arg::from(hb.bank_version.clone())),
            ],
        ));
    }
    if let (Some(oa), Some(ob)) = (outcome(a), outcome(b)) {
        fn left_out(o: &Outcome) -> Vec<&str> {
            let mut ids: Vec<&str> = o
                .not_evaluated
                .iter()
                .map(|n| n.question_id.as_str())
                .collect();
            ids.sort_unstable();
            ids
        }
        let (la, lb) = (left_out(oa), left_out(ob));
        if la != lb {
            let only = la.iter().filter(|q| !lb.contains(q)).count()
                + lb.iter().filter(|q| !la.contains(q)).count();
            out.push(tr.t_args("compare-other-tasks", &[("n", Arg::from(only))]));
        }
        if oa.device != ob.device {
            out.push(tr.t("compare-other-device"));
        }
    }
    for (s, key) in [
        (a, "compare-unfinished-first"),
        (b, "compare-unfinished-second"),
    ] {
        if s.summary().is_none() {
            out.push(tr.t(key));
        }
    }
    out
}

pub fn text(c: &Comparison, tr: &Tr) -> String {
    let mut s = String::new();
    let unfinished = tr.t("compare-unfinished");
    for (key, side) in [
        ("compare-before", &c.sessions[0]),
        ("compare-after", &c.sessions[1]),
    ] {
        let palier = match (&side.palier, side.percent) {
            (Some(p), Some(pc)) => format!("{p} ({pc} %)"),
            (Some(p), None) => p.clone(),
            (None, _) => unfinished.clone(),
        };
        let _ = writeln!(
            s,
            "{}",
            tr.t_args(
                key,
                &[
                    ("id", Arg::from(side.id.clone())),
                    ("date", Arg::from(side.when.clone())),
                    ("bank", Arg::from(side.bank.clone())),
                    ("palier", Arg::from(palier)),
                ]
            )
        );
    }
    for caution in &c.cautions {
        let _ = writeln!(
            s,
            "{}",
            tr.t_args("compare-caution", &[("text", Arg::from(caution.clone()))])
        );
    }
    let _ = writeln!(s);
    let overall = (
        tr.t("compare-overall"),
        c.sessions[0].percent.map(|p| Cell {
            percent: p,
            level: None,
        }),
        c.sessions[1].percent.map(|p| Cell {
            percent: p,
            level: None,
        }),
    );
    let shown = |x: &Option<Cell>| x.map_or_else(|| "–".to_string(), |x| cell_text(x, tr));
    let lines: Vec<[String; 4]> = std::iter::once(&overall)
        .chain(&c.rows)
        .map(|(title, a, b)| [title.clone(), shown(a), shown(b), change(*a, *b, tr)])
        .collect();
    let head = [
        tr.t("compare-competence"),
        tr.t("compare-col-before"),
        tr.t("compare-col-after"),
        tr.t("compare-col-change"),
    ];
    let width = |i: usize| {
        lines
            .iter()
            .chain(std::iter::once(&head))
            .map(|l| l[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    for l in std::iter::once(&head).chain(&lines) {
        let mut line = String::from("  ");
        for (i, w) in widths.iter().enumerate() {
            let pad = w.saturating_sub(l[i].chars().count());
            line.push_str(&l[i]);
            line.push_str(&" ".repeat(pad + 2));
        }
        line.push_str(&l[3]);
        let _ = writeln!(s, "{}", line.trim_end());
    }
    s
}

/// "83 % · niv. 2", or "83 %" without a level.
fn cell_text(c: Cell, tr: &Tr) -> String {
    match c.level {
        Some(l) => tr.t_args(
            "compare-cell",
            &[("percent", Arg::from(c.percent)), ("level", Arg::from(l))],
        ),
        None => format!("{} %", c.percent),
    }
}

/// "+33 points, +1 niveau", "=" when nothing moved, empty when one side is missing.
fn change(a: Option<Cell>, b: Option<Cell>, tr: &Tr) -> String {
    let (Some(a), Some(b)) = (a, b) else {
        return String::new();
    };
    let points = i64::from(b.percent) - i64::from(a.percent);
    let mut parts = Vec::new();
    let signed = |key: &str, n: i64| {
        let sign = if n > 0 { "+" } else { "−" };
        tr.t_args(
            key,
            &[
                ("sign", Arg::from(sign)),
                ("n", Arg::from(n.unsigned_abs())),
            ],
        )
    };
    if points != 0 {
        parts.push(signed("compare-points", points));
    }
    if let (Some(la), Some(lb)) = (a.level, b.level) {
        let n = i64::from(lb) - i64::from(la);
        if n != 0 {
            parts.push(signed("compare-levels", n));
        }
    }
    if parts.is_empty() {
        tr.t("compare-same")
    } else {
        parts.join(", ")
    }
}
