//! Stored sessions as text for the médiateur: the day, the status word, one line per
//! session, and a whole result in sentences (`results show`, the full screen's history).

use std::fmt::Write as _;

use crate::i18n::{Arg, Lang, Tr};
use crate::outputs::export;
use crate::outputs::report::{self, BankInfo};
use crate::records::date::Timestamp;
use crate::records::history::Stored;
use crate::records::journal::Status;

pub fn day(t: Timestamp, tr: &Tr) -> String {
    let d = t.date();
    if tr.lang() == Lang::Fr {
        d.french()
    } else {
        d.iso()
    }
}

pub fn status_word(s: Status, tr: &Tr) -> String {
    tr.t(&format!("export-status-{}", export::status_key(s)))
}

pub fn list_line(st: &Stored, tr: &Tr) -> String {
    list_line_with(st, tr, "  ")
}

/// The list line with its own separator (the TUI wraps lines, so it uses " · ").
pub fn list_line_with(st: &Stored, tr: &Tr, sep: &str) -> String {
    let h = st.header();
    let state = match st.summary() {
        Some(x) => x.outcome.palier.title.clone(),
        // Not interrupted: another diagnum has it open right now.
        None if st.status() == Status::Unfinished
            && crate::records::journal::is_locked_elsewhere(&st.entry.path) =>
        {
            tr.t("results-status-running")
        }
        None => status_word(st.status(), tr),
    };
    [
        st.entry.id.as_str(),
        &day(st.started(), tr),
        h.map_or("", |h| h.bank_title.as_str()),
        h.and_then(|h| h.pseudonym.as_deref()).unwrap_or("–"),
        &state,
    ]
    .join(sep)
}

/// The whole stored result, as sentences.
pub fn show_text(st: &Stored, tr: &Tr) -> String {
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
        let missed = report::render_missed(&x.outcome, tr, h.falc);
        if !missed.is_empty() {
            s.push('\n');
            s.push_str(&missed);
        }
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
            list_line(&crate::records::history::load(entry).unwrap(), &tr)
        };
        assert!(line().ends_with("en cours"), "{}", line());
        drop(running);
        assert!(line().ends_with("interrompu"), "{}", line());
    }
}
