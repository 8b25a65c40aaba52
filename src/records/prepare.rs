//! Opening the session a run works on: the bank to load, a new journal in the data folder,
//! or an unfinished one to resume. Results are never silently dropped: if the data folder
//! cannot be written, the run does not start.

use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::bank::Bank;
use crate::bank::source::{DEFAULT_BANK, Library};
use crate::diagnostic::session::{Answer, Session};
use crate::i18n::{Arg, Localized, Tr};
use crate::problems::render::render_all;
use crate::records::date::Clock;
use crate::records::journal::RunMode;
use crate::records::journal::read;
use crate::records::store::{FindError, Store};
use crate::records::tracked::{Person, ResumeError, Start, Tracked};

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
                // Tasks left out by this terminal are not answers the person gave; the
                // device question is one.
                (
                    "n",
                    Arg::from(
                        r.tracked
                            .session
                            .answered()
                            .filter(|(_, a)| **a != Answer::NotEvaluated)
                            .count()
                            + usize::from(r.tracked.session.device_use().is_some()),
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
    } else if r.damaged > 0 || r.dropped > 0 {
        // Never silently: a damaged line stops the replay, the answers after it are asked
        // again.
        notices.push(tr.t_args(
            "resume-lines-damaged",
            &[
                ("damaged", Arg::from(r.damaged)),
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

pub fn find(store: &Store, typed: &str, tr: &Tr) -> Result<crate::records::store::Entry, String> {
    match store.find(typed) {
        Err(e) => Err(tr.t_args("store-read-failed", &[("error", Arg::from(tr.io(&e)))])),
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
        ResumeError::Io(e) => tr.t_args("store-read-failed", &[("error", Arg::from(tr.io(&e)))]),
        ResumeError::Damaged => tr.t_args("resume-damaged", &[("id", id)]),
        ResumeError::Finished => tr.t_args("resume-finished", &[("id", id)]),
        ResumeError::Abandoned => tr.t_args("resume-abandoned", &[("id", id)]),
        ResumeError::InUse => tr.t_args("resume-in-use", &[("id", id)]),
    }
}

/// The bank to run, or the text explaining why there is none.
pub fn load_bank(lib: &Library, arg: &str, tr: &Tr) -> Result<Bank, String> {
    let entry = lib.resolve(arg).map_err(|e| e.message(tr))?;
    match entry.loaded.value {
        Some(b) => Ok(b),
        None => Err(render_all(
            &entry.loaded.problems,
            &entry.source.path,
            &entry.source.text,
            tr,
        )),
    }
}

pub fn seed_or_random(seed: Option<u64>) -> u64 {
    seed.unwrap_or_else(rand::random)
}

/// How a run was asked for on the command line.
#[derive(Debug, Clone)]
pub struct RunRequest {
    pub bank: Option<String>,
    pub seed: Option<u64>,
    pub falc: bool,
    pub resume: Option<String>,
    pub person: Person,
    pub mode: RunMode,
}

/// A run ready to start, and what to tell the person first.
#[derive(Debug)]
pub struct Prepared {
    pub tracked: Tracked,
    pub notices: Vec<String>,
    pub falc: bool,
}

/// Loads the bank and opens the session file (new, or the one to resume). Results are
/// never silently dropped: if the data folder cannot be written, the run does not start.
pub fn prepare(
    lib: &Library,
    store: Option<&Store>,
    req: RunRequest,
    clock: Clock,
    tr: &Tr,
) -> Result<Prepared, String> {
    if let Some(id) = &req.resume {
        return resume(lib, store, id, clock, tr);
    }
    let bank = load_bank(lib, req.bank.as_deref().unwrap_or(DEFAULT_BANK), tr)?;
    let start = Start {
        seed: seed_or_random(req.seed),
        lang: tr.lang().code().to_string(),
        falc: req.falc,
        mode: req.mode,
        person: req.person,
    };
    let Some(store) = store else {
        let session = Session::with_presence(
            bank,
            crate::records::tracked::presence(start.mode),
            &mut StdRng::seed_from_u64(start.seed),
        );
        return Ok(Prepared {
            tracked: Tracked::untracked(session, clock),
            notices: vec![tr.t("store-none")],
            falc: req.falc,
        });
    };
    let tracked = Tracked::start(store, bank, start, clock).map_err(|e| {
        tr.t_args(
            "store-create-failed",
            &[
                ("dir", Arg::from(store.root().display().to_string())),
                ("error", Arg::from(tr.io(&e))),
            ],
        )
    })?;
    let id = tracked.id().unwrap_or_default().to_string();
    Ok(Prepared {
        tracked,
        notices: vec![tr.t_args("session-number", &[("id", Arg::from(id))])],
        falc: req.falc,
    })
}
