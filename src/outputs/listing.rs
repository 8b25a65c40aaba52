//! Stored sessions as text for the médiateur: the day, the status word, one line per
//! session, and a whole result in sentences (`results show`, the full screen's history).

use std::fmt::Write as _;

use crate::bank::source::Library;
use crate::i18n::{Arg, Lang, Tr};
use crate::outputs::report::{self, BankInfo};
use crate::outputs::{answers, export};
use crate::records::date::{Date, Timestamp};
use crate::records::history::Stored;
use crate::records::index::Row;
use crate::records::journal::{Header, Status};

/// The local day of an instant, as the reader's language writes dates.
pub fn day(t: Timestamp, tr: &Tr) -> String {
    date_text(t.date(), tr)
}

pub fn date_text(d: Date, tr: &Tr) -> String {
    if tr.lang() == Lang::Fr {
        d.french()
    } else {
        d.iso()
    }
}

pub fn status_word(s: Status, tr: &Tr) -> String {
    tr.t(&format!("export-status-{}", export::status_key(s)))
}

pub fn list_line(row: &Row, tr: &Tr) -> String {
    list_line_with(row, tr, "  ")
}

/// The list line with its own separator (the TUI wraps lines, so it uses " · ").
pub fn list_line_with(row: &Row, tr: &Tr, sep: &str) -> String {
    let state = match &row.palier {
        Some(title) => title.to_string(),
        // Not interrupted: another diagnum has it open right now.
        None if row.status == Status::Unfinished
            && crate::records::journal::is_locked_elsewhere(&row.entry.path) =>
        {
            tr.t("results-status-running")
        }
        None => status_word(row.status, tr),
    };
    [
        row.entry.id.as_str(),
        &day(row.started, tr),
        &row.bank_title,
        row.pseudonym.as_deref().unwrap_or("–"),
        &state,
    ]
    .join(sep)
}

/// How the session was run, and the funder's figures when given: "Mode : accompagné ·
/// Tranche d'âge : 60 - 69 ans · Commune : Roubaix".
fn about_line(h: &Header, tr: &Tr) -> String {
    let mode = tr.t(&format!("export-mode-{}", export::mode_key(h.mode)));
    let mut parts = vec![tr.t_args("results-show-mode", &[("mode", Arg::from(mode))])];
    if let Some(b) = &h.age_band {
        let band = crate::records::age_band::shown(b, tr);
        parts.push(tr.t_args("results-show-age", &[("band", Arg::from(band))]));
    }
    if let Some(c) = &h.commune {
        parts.push(tr.t_args("results-show-commune", &[("commune", Arg::from(c.clone()))]));
    }
    parts.join(" · ")
}

/// The whole stored result, as sentences, for the médiateur: the report with its figures,
/// then each answer given (read again on the session's bank when `lib` still has it
/// unchanged; otherwise what the stored result kept: the questions not right).
pub fn show_text(st: &Stored, lib: Option<&Library>, tr: &Tr) -> String {
    let mut s = String::new();
    let Some(h) = st.header() else {
        return s;
    };
    let a = |v: String| Arg::from(v);
    let _ = writeln!(
        s,
        "{}",
        tr.t_args(
            "results-show-head",
            &[
                ("id", a(st.entry.id.clone())),
                ("date", a(day(st.started(), tr))),
                ("minutes", Arg::from(st.duration_minutes())),
                ("status", a(status_word(st.status(), tr))),
            ]
        )
    );
    if let Some(p) = &h.pseudonym {
        let _ = writeln!(
            s,
            "{}",
            tr.t_args("results-show-pseudonym", &[("name", a(p.clone()))])
        );
    }
    let _ = writeln!(s, "{}", about_line(h, tr));
    let _ = writeln!(s);
    if st.status() == Status::Unfinished {
        let _ = writeln!(
            s,
            "{}\n",
            tr.t_args(
                "results-show-unfinished",
                &[
                    ("n", Arg::from(st.read.answers.len())),
                    ("id", a(st.entry.id.clone()))
                ]
            )
        );
    }
    if let Some(x) = st.result() {
        let info = BankInfo {
            title: h.bank_title.clone(),
            version: h.bank_version.clone(),
            questions: x.questions,
            mode: x.mode,
            lieu: x.lieu.clone(),
            local: x.local.clone(),
        };
        s.push_str(&report::render_mediator(&info, &x.outcome, tr));
    }
    let replayed = lib.and_then(|lib| crate::records::replayed::session(st, lib));
    let (given, complete) = match (&replayed, st.result()) {
        (Some(session), _) => (answers::from_session(session, tr), true),
        (None, Some(x)) => (answers::from_outcome(&x.outcome), false),
        (None, None) => (vec![], true),
    };
    if !given.is_empty() {
        s.push('\n');
        s.push_str(&answers::render(&given, complete, tr));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::date::Clock;
    use crate::records::journal::RunMode;
    use crate::records::store::Store;
    use crate::records::tracked::{Person, Start, Tracked};

    #[test]
    fn a_session_open_in_another_diagnum_is_in_progress_not_interrupted() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let start = Start {
            seed: 1,
            lang: "fr".into(),
            falc: false,
            mode: RunMode::Plain,
            person: Person::default(),
        };
        let tr = Tr::new(Lang::Fr);
        let running =
            Tracked::start(&store, crate::testing::sample_bank(), start, Clock::System).unwrap();
        let line = || {
            let entry = store.entries().unwrap().remove(0);
            list_line(
                &Row::of(&crate::records::history::load(entry).unwrap()),
                &tr,
            )
        };
        assert!(line().ends_with("en cours"), "{}", line());
        drop(running);
        assert!(
            crate::testing::soon(|| line().ends_with("interrompu")),
            "{}",
            line()
        );
    }
}
