//! The figures as a CSV table, one row per question, written like the export (`;`, BOM,
//! formula guard): counts and percentages, the discrimination index, the picks of each
//! choice and the flags.

use super::{Stats, decimal, flag_text, one_line, pct, rows, type_word};
use crate::bank::Bank;
use crate::i18n::{Arg, Tr};
use crate::outputs::export;

pub fn csv(bank: &Bank, stats: &Stats, tr: &Tr) -> String {
    let mut table = vec![
        [
            "stats-col-id",
            "stats-col-text",
            "stats-col-type",
            "stats-col-seen",
            "stats-col-right",
            "stats-col-partial",
            "stats-col-dont-know",
            "stats-col-wrong",
            "stats-col-not-evaluated",
            "stats-col-right-pct",
            "stats-col-partial-pct",
            "stats-col-dont-know-pct",
            "stats-col-wrong-pct",
            "stats-col-d",
            "stats-col-upper",
            "stats-col-lower",
            "stats-col-choices",
            "stats-col-flags",
        ]
        .iter()
        .map(|k| tr.t(k))
        .collect::<Vec<String>>(),
    ];
    for (q, item) in rows(bank, stats) {
        let d = item.discrimination;
        let picks: Vec<String> = q
            .kind
            .choices()
            .iter()
            .zip(&item.picks)
            .enumerate()
            .map(|(k, (c, n))| {
                let key = if c.correct {
                    "stats-csv-choice-right"
                } else {
                    "stats-csv-choice"
                };
                tr.t_args(key, &[("n", Arg::from(k + 1)), ("count", Arg::from(*n))])
            })
            .collect();
        let flags: Vec<String> = item
            .flags
            .iter()
            .map(|f| flag_text(f, item, q, tr))
            .collect();
        let share = |n: usize| {
            if item.seen == 0 {
                String::new()
            } else {
                pct(item, n).to_string()
            }
        };
        table.push(vec![
            q.id.clone(),
            one_line(&q.prompt),
            type_word(q).to_string(),
            item.seen.to_string(),
            item.right.to_string(),
            item.partial.to_string(),
            item.dont_know.to_string(),
            item.wrong.to_string(),
            item.not_evaluated.to_string(),
            share(item.right),
            share(item.partial),
            share(item.dont_know),
            share(item.wrong),
            d.map(|d| decimal(d.index, tr)).unwrap_or_default(),
            d.map(|d| decimal(d.upper, tr)).unwrap_or_default(),
            d.map(|d| decimal(d.lower, tr)).unwrap_or_default(),
            picks.join(" | "),
            flags.join(" | "),
        ]);
    }
    export::table(&table)
}
