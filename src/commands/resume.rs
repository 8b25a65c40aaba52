//! `run --resume ID`: find the session, its bank, replay it, and say what changed.

use crate::bank::source::Library;
use crate::commands::{Prepared, load_bank};
use crate::date::Clock;
use crate::i18n::{Arg, Tr};
use crate::journal::read;
use crate::session::Answer;
use crate::store::{FindError, Store};
use crate::tracked::{ResumeError, Tracked};

pub fn resume(
    lib: &Library,
    store: Option<&Store>,
    typed: &str,
    clock: Clock,
    tr: &Tr,
) -> Result<Prepared, String> {
    let store = store.ok_or_else(|| tr.t("store-none"))?;
    let entry = find(store, typed, tr)?;
    let read = read(&entry.path);
    if read
        .as_ref()
        .is_err_and(|e| e.kind() == std::io::ErrorKind::WouldBlock)
    {
        // Windows: another diagnum holds it, and its lock refuses reading.
        return Err(resume_error(ResumeError::InUse, &entry.id, tr));
    }
    let header = read
        .ok()
        .and_then(|r| r.header)
        .ok_or_else(|| tr.t_args("resume-damaged", &[("id", Arg::from(entry.id.clone()))]))?;
    let bank = load_bank(lib, &header.bank, tr).map_err(|why| {
        tr.t_args(
            "resume-no-bank",
            &[
                ("id", Arg::from(entry.id.clone())),
                ("bank", Arg::from(header.bank.clone())),
                ("why", Arg::from(why.trim_end().to_string())),
            ],
        )
    })?;
    let r =
        Tracked::resume(&entry.path, bank, clock).map_err(|e| resume_error(e, &entry.id, tr))?;
    let mut notices = vec![
        tr.t_args(
            "resume-done",
            &[
                ("id", Arg::from(entry.id.clone())),
                // Tasks left out by this terminal are not answers the person gave.
                (
                    "n",
                    Arg::from(
                        r.tracked
                            .session
                            .answered()
                            .filter(|(_, a)| **a != Answer::NotEvaluated)
                            .count(),
                    ),
                ),
            ],
        ),
    ];
    if r.bank_changed {
        notices.push(tr.t_args(
            "resume-bank-changed",
            &[
                ("version", Arg::from(header.bank_version.clone())),
                ("now", Arg::from(r.tracked.session.bank().version.clone())),
                ("dropped", Arg::from(r.dropped)),
            ],
        ));
    }
    Ok(Prepared {
        falc: header.falc,
        tracked: r.tracked,
        notices,
    })
}

pub fn find(store: &Store, typed: &str, tr: &Tr) -> Result<crate::store::Entry, String> {
    match store.find(typed) {
        Err(e) => Err(tr.t_args("store-read-failed", &[("error", Arg::from(e.to_string()))])),
        Ok(Ok(e)) => Ok(e),
        Ok(Err(FindError::NotFound(t))) => {
            Err(tr.t_args("session-not-found", &[("id", Arg::from(t))]))
        }
        Ok(Err(FindError::Ambiguous(t, ids))) => Err(tr.t_args(
            "session-ambiguous",
            &[("id", Arg::from(t)), ("ids", Arg::from(ids.join(", ")))],
        )),
    }
}

pub fn resume_error(e: ResumeError, id: &str, tr: &Tr) -> String {
    let id = Arg::from(id.to_string());
    match e {
        ResumeError::Io(e) => {
            tr.t_args("store-read-failed", &[("error", Arg::from(e.to_string()))])
        }
        ResumeError::Damaged => tr.t_args("resume-damaged", &[("id", id)]),
        ResumeError::Finished => tr.t_args("resume-finished", &[("id", id)]),
        ResumeError::Abandoned => tr.t_args("resume-abandoned", &[("id", id)]),
        ResumeError::InUse => tr.t_args("resume-in-use", &[("id", id)]),
    }
}
