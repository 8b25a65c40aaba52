//! The figures as text readable at 80 columns: a heading, then three or four lines per
//! question (id and start of its wording; figures; choices; flags), then a legend.

use std::fmt::Write as _;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Stats, decimal, flag_text, one_line, percent, rows};
use crate::bank::{Bank, Question, QuestionKind};
use crate::diagnostic::item_analysis::{
    Item, Kind, LOW_DISCRIMINATION, MIN_ANSWERS, MIN_FOR_UNUSED_CHOICE,
};
use crate::i18n::{Arg, Lang, Tr};
use crate::records::date::Date;

const WIDTH: usize = 80;

pub fn text(bank: &Bank, stats: &Stats, tr: &Tr) -> String {
    let mut s = String::new();
    let mut line = |text: String, indent: usize| {
        for l in wrap(&text, WIDTH, indent) {
            let _ = writeln!(s, "{l}");
        }
    };
    line(
        tr.t_args(
            "stats-title",
            &[
                ("bank", Arg::from(one_line(&bank.title))),
                ("id", Arg::from(bank.id.clone())),
            ],
        ),
        0,
    );
    let n = stats.analysis.sessions;
    if n == 0 {
        line(
            tr.t_args("stats-none", &[("id", Arg::from(bank.id.clone()))]),
            0,
        );
    } else {
        line(heading(stats, tr), 0);
    }
    if stats.not_finished > 0 {
        line(
            tr.t_args(
                "stats-not-finished",
                &[("n", Arg::from(stats.not_finished))],
            ),
            0,
        );
    }
    if stats.other_file > 0 {
        line(
            tr.t_args("stats-other-file", &[("n", Arg::from(stats.other_file))]),
            0,
        );
    }
    if !stats.analysis.unknown.is_empty() {
        let ids = stats.analysis.unknown.join(", ");
        line(tr.t_args("stats-unknown", &[("ids", Arg::from(ids))]), 0);
    }
    if n == 0 {
        return s;
    }
    for (q, item) in rows(bank, stats) {
        line(String::new(), 0);
        line(title_line(q), 0);
        line(figures(item, tr), 2);
        if item.seen == 0 {
            continue;
        }
        if let Some(c) = choices(q, item, tr) {
            line(c, 2);
        }
        if let Some((typed, count)) = &item.top_wrong {
            line(
                tr.t_args(
                    "stats-top-wrong",
                    &[
                        ("text", Arg::from(one_line(typed))),
                        ("n", Arg::from(*count)),
                    ],
                ),
                2,
            );
        }
        if item.kind == Kind::SelfAssessed {
            line(tr.t("stats-self-note"), 2);
        }
        for f in &item.flags {
            line(format!("! {}", flag_text(f, item, q, tr)), 2);
        }
    }
    line(String::new(), 0);
    line(tr.t("stats-legend-title"), 0);
    for key in [
        "stats-legend-shares",
        "stats-legend-d",
        "stats-legend-flags",
        "stats-legend-choices",
    ] {
        line(tr.t_args(key, &legend_args(tr)), 2);
    }
    s
}

/// The thresholds the legend names.
fn legend_args(tr: &Tr) -> [(&'static str, Arg); 4] {
    [
        ("min", Arg::from(MIN_ANSWERS)),
        ("min_choice", Arg::from(MIN_FOR_UNUSED_CHOICE)),
        ("low", Arg::from(decimal(LOW_DISCRIMINATION, tr))),
        ("group", Arg::from(27)),
    ]
}

/// "8 diagnostics terminés, du 03/11/2026 au 21/11/2026 · version 2.0.0 (6), 1.0 (2)"
fn heading(stats: &Stats, tr: &Tr) -> String {
    let day = |d: Option<Date>| {
        d.map(|d| {
            if tr.lang() == Lang::Fr {
                d.french()
            } else {
                d.iso()
            }
        })
        .unwrap_or_default()
    };
    let versions: Vec<String> = stats
        .versions
        .iter()
        .map(|(v, n)| format!("{} ({n})", one_line(v)))
        .collect();
    tr.t_args(
        "stats-heading",
        &[
            ("n", Arg::from(stats.analysis.sessions)),
            ("first", Arg::from(day(stats.first))),
            ("last", Arg::from(day(stats.last))),
            ("versions", Arg::from(versions.join(", "))),
        ],
    )
}

/// "mat-double-clic · Sur l'ordinateur, vous voulez ouvrir le dossier « Mes pap…"
fn title_line(q: &Question) -> String {
    cut(&format!("{} · {}", q.id, one_line(&q.prompt)), WIDTH)
}

/// "8 réponses : juste 75 % · je ne sais pas 13 % · faux 13 % · D 0,33"
fn figures(item: &Item, tr: &Tr) -> String {
    let p = |n: usize| Arg::from(percent(item, n, tr));
    let mut parts = Vec::new();
    let (right, partial, wrong) = match item.kind {
        Kind::Measured => ("stats-right", "stats-partial", "stats-wrong"),
        Kind::SelfAssessed => ("stats-self-yes", "stats-self-help", "stats-self-no"),
    };
    parts.push(tr.t_args(right, &[("p", p(item.right))]));
    if item.partial > 0 || item.kind == Kind::SelfAssessed {
        parts.push(tr.t_args(partial, &[("p", p(item.partial))]));
    }
    parts.push(tr.t_args("stats-dont-know", &[("p", p(item.dont_know))]));
    parts.push(tr.t_args(wrong, &[("p", p(item.wrong))]));
    if item.kind == Kind::Measured {
        parts.push(match item.discrimination {
            Some(d) => tr.t_args("stats-d", &[("d", Arg::from(decimal(d.index, tr)))]),
            None => tr.t("stats-d-none"),
        });
    }
    let mut s = tr.t_args(
        "stats-seen",
        &[
            ("n", Arg::from(item.seen)),
            ("figures", Arg::from(parts.join(" · "))),
        ],
    );
    if item.not_evaluated > 0 {
        s.push(' ');
        s.push_str(&tr.t_args(
            "stats-not-evaluated",
            &[("n", Arg::from(item.not_evaluated))],
        ));
    }
    s
}

/// "choix : 1. 0 % · 2. 0 % · 3. 13 % · 4. 75 % (juste)", for single and multiple choice.
fn choices(q: &Question, item: &Item, tr: &Tr) -> Option<String> {
    if !matches!(
        q.kind,
        QuestionKind::Single { .. } | QuestionKind::Multiple { .. }
    ) {
        return None;
    }
    let list: Vec<String> = q
        .kind
        .choices()
        .iter()
        .zip(&item.picks)
        .enumerate()
        .map(|(k, (c, n))| {
            let key = if c.correct {
                "stats-choice-right"
            } else {
                "stats-choice"
            };
            tr.t_args(
                key,
                &[
                    ("n", Arg::from(k + 1)),
                    ("p", Arg::from(percent(item, *n, tr))),
                ],
            )
        })
        .collect();
    Some(tr.t_args("stats-choices", &[("list", Arg::from(list.join(" · ")))]))
}

/// `s` cut to `width` columns, with "…" when cut.
fn cut(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Words wrapped at `width` columns, every line indented by `indent` and the following
/// ones by two more. A word longer than a line is left whole.
fn wrap(text: &str, width: usize, indent: usize) -> Vec<String> {
    if text.is_empty() {
        return vec![String::new()];
    }
    let mut lines = Vec::new();
    let mut cur = " ".repeat(indent);
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !empty && cur.width() + 1 + word.width() > width {
            lines.push(std::mem::replace(&mut cur, " ".repeat(indent + 2)));
            empty = true;
        }
        if !empty {
            cur.push(' ');
        }
        cur.push_str(word);
        empty = false;
    }
    lines.push(cur);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_and_cut_lines_keep_to_the_width() {
        let long = "mot ".repeat(60);
        let lines = wrap(&long, 80, 2);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width() <= 80), "{lines:?}");
        assert!(lines[0].starts_with("  mot") && lines[1].starts_with("    mot"));
        let c = cut(&"é".repeat(100), 80);
        assert_eq!(c.width(), 80);
        assert!(c.ends_with('…'));
        assert_eq!(cut("court", 80), "court");
    }
}
