//! The sessions of the period read one by one with the export's light reader (the result's
//! explanations are skipped), each turned into a `Visit` and added to the figures.

use std::io;

use super::figures::{Activity, Visit};
use crate::diagnostic::needs;
use crate::outputs::export::scan::{Outcome, Scanned, scan};
use crate::outputs::period::Period;
use crate::records::history::active_minutes;
use crate::records::store::Store;

pub fn collect(store: &Store, period: Period) -> io::Result<Activity> {
    let mut a = Activity::new(period);
    for entry in store.entries()? {
        if period.skips_folder(entry.day) {
            continue;
        }
        match std::fs::read(&entry.path).ok().and_then(|b| scan(&b)) {
            Some(s) if period.contains(s.header.started.date()) => a.add(visit(s)),
            Some(_) => {}
            None => a.unreadable += 1,
        }
    }
    Ok(a)
}

/// What the report counts of one session. The palier, needs and workshops only when the
/// answers sufficed for a verdict, as in the export.
pub fn visit(s: Scanned) -> Visit {
    let h = s.header;
    let verdict = s
        .result
        .as_ref()
        .map(|r| &r.outcome)
        .filter(|o| o.conclusive);
    let need = verdict.map(Outcome::needs).unwrap_or_default();
    Visit {
        day: Some(h.started.date()),
        mode: Some(h.mode),
        status: Some(s.status),
        bank: h.bank_title,
        palier: verdict.map(|o| (o.palier.title.clone(), o.scores.percent())),
        services: needs::services(&need),
        coop: if verdict.is_some() {
            needs::coop(&need)
        } else {
            Vec::new()
        },
        trainings: verdict.map_or_else(Vec::new, |o| {
            o.orientation
                .trainings
                .iter()
                .map(|t| (t.title.clone(), t.cheques))
                .collect()
        }),
        age_band: h.age_band,
        commune: h.commune,
        pseudonym: h.pseudonym,
        minutes: active_minutes(s.times),
    }
}
