//! The figures of the activity report, added up one session (a `Visit`) at a time: memory
//! holds the tallies, never the sessions. Pure: values in, values out.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use crate::bank::Service;
use crate::diagnostic::needs::Coop;
use crate::outputs::period::Period;
use crate::records::date::Date;
use crate::records::journal::{RunMode, Status};
use crate::text::{Tolerance, normalize};

/// One session, as the report counts it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Visit {
    pub day: Option<Date>,
    pub mode: Option<RunMode>,
    pub status: Option<Status>,
    pub bank: String,
    /// The palier and the share of right answers, when the session ended with a verdict.
    pub palier: Option<(String, f64)>,
    pub services: Vec<Service>,
    /// The thématiques of the needs ("Diagnostic numérique", common to all, left out).
    pub coop: Vec<Coop>,
    /// The recommended workshops: (title, chèques).
    pub trainings: Vec<(String, u32)>,
    pub age_band: Option<String>,
    pub commune: Option<String>,
    pub pseudonym: Option<String>,
    /// Time spent answering.
    pub minutes: u64,
}

/// Counts in order of first appearance.
#[derive(Debug, Clone)]
pub struct Tally<K> {
    entries: Vec<(K, usize)>,
    index: HashMap<K, usize>,
}

impl<K> Default for Tally<K> {
    fn default() -> Self {
        Tally {
            entries: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<K: Clone + Eq + Hash> Tally<K> {
    pub fn add(&mut self, k: K) {
        self.add_n(k, 1);
    }

    pub fn add_n(&mut self, k: K, n: usize) {
        match self.index.get(&k) {
            Some(&i) => self.entries[i].1 += n,
            None => {
                self.index.insert(k.clone(), self.entries.len());
                self.entries.push((k, n));
            }
        }
    }

    pub fn get(&self, k: &K) -> usize {
        self.index.get(k).map_or(0, |&i| self.entries[i].1)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Largest first; equal counts keep their first-appearance order.
    pub fn largest_first(&self) -> Vec<(K, usize)> {
        let mut v = self.entries.clone();
        v.sort_by_key(|e| std::cmp::Reverse(e.1));
        v
    }

    pub fn entries(&self) -> &[(K, usize)] {
        &self.entries
    }
}

/// Everything the report shows.
#[derive(Debug, Clone, Default)]
pub struct Activity {
    /// The period asked for (either end may be open).
    pub period: Period,
    pub first: Option<Date>,
    pub last: Option<Date>,
    pub diagnostics: usize,
    pub finished: usize,
    pub abandoned: usize,
    pub unfinished: usize,
    pub per_day: BTreeMap<Date, usize>,
    /// (bank, palier title) → sessions; with the sum of their percentages, whose mean
    /// orders the paliers of a bank.
    pub paliers: Tally<(String, String)>,
    palier_points: HashMap<(String, String), f64>,
    /// Finished without a verdict (too few answers), in all and per bank.
    pub no_palier: usize,
    pub no_palier_by_bank: Tally<String>,
    /// Finished sessions per bank.
    pub finished_by_bank: Tally<String>,
    pub services: Tally<Service>,
    pub coop: Tally<Coop>,
    /// Finished with a verdict and no need at all.
    pub no_need: usize,
    /// Workshop title → times recommended; and the chèques of those recommendations.
    pub trainings: Tally<String>,
    pub training_cheques: HashMap<String, u64>,
    pub cheques: u64,
    /// Sessions with at least one workshop recommended.
    pub oriented: usize,
    /// Kiosk, full screen (with a médiateur), plain (line by line).
    pub modes: Tally<RunMode>,
    pub age_bands: Tally<String>,
    pub communes: Tally<String>,
    /// How the first session spelt each commune or age band (key: folded form).
    spellings: HashMap<String, String>,
    pub banks: Tally<String>,
    /// Sessions that carry a pseudonym, and how many sessions each (folded) name has.
    pub named: usize,
    names: HashMap<String, usize>,
    pub finished_minutes: u64,
    /// Session files that could not be read.
    pub unreadable: usize,
}

impl Activity {
    pub fn new(period: Period) -> Activity {
        Activity {
            period,
            ..Activity::default()
        }
    }

    pub fn add(&mut self, v: Visit) {
        self.diagnostics += 1;
        if let Some(d) = v.day {
            *self.per_day.entry(d).or_default() += 1;
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
        match v.status {
            Some(Status::Finished) => {
                self.finished += 1;
                self.finished_minutes += v.minutes;
            }
            Some(Status::Abandoned) => self.abandoned += 1,
            Some(Status::Unfinished) | None => self.unfinished += 1,
        }
        if let Some(m) = v.mode {
            self.modes.add(m);
        }
        if v.status == Some(Status::Finished) {
            self.finished_by_bank.add(v.bank.clone());
        }
        match v.palier {
            Some((title, percent)) => {
                let key = (v.bank.clone(), title);
                *self.palier_points.entry(key.clone()).or_default() += percent;
                self.paliers.add(key);
                if v.services.is_empty() && v.trainings.is_empty() {
                    self.no_need += 1;
                }
            }
            None if v.status == Some(Status::Finished) => {
                self.no_palier += 1;
                self.no_palier_by_bank.add(v.bank.clone());
            }
            None => {}
        }
        self.banks.add(v.bank);
        for s in v.services {
            self.services.add(s);
        }
        for c in v
            .coop
            .into_iter()
            .filter(|c| *c != Coop::DiagnosticNumerique)
        {
            self.coop.add(c);
        }
        self.oriented += usize::from(!v.trainings.is_empty());
        for (title, cheques) in v.trainings {
            self.cheques += u64::from(cheques);
            *self.training_cheques.entry(title.clone()).or_default() += u64::from(cheques);
            self.trainings.add(title);
        }
        if let Some(a) = given(v.age_band) {
            let a = self.spelling(&a);
            self.age_bands.add(a);
        }
        if let Some(c) = given(v.commune) {
            let c = self.spelling(&c);
            self.communes.add(c);
        }
        if let Some(p) = given(v.pseudonym) {
            self.named += 1;
            *self.names.entry(fold(&p)).or_default() += 1;
        }
    }

    /// The first spelling met of this text, so "Roubaix" and "ROUBAIX" count together.
    fn spelling(&mut self, s: &str) -> String {
        self.spellings
            .entry(fold(s))
            .or_insert_with(|| s.to_string())
            .clone()
    }

    /// The paliers of a bank, from the lowest mean share of right answers to the highest.
    pub fn paliers_in_order(&self, bank: &str) -> Vec<(String, usize)> {
        let mean = |k: &(String, String), n: usize| {
            self.palier_points.get(k).copied().unwrap_or(0.0) / n as f64
        };
        let mut v: Vec<((String, String), usize)> = self
            .paliers
            .entries()
            .iter()
            .filter(|((b, _), _)| b == bank)
            .cloned()
            .collect();
        v.sort_by(|a, b| mean(&a.0, a.1).total_cmp(&mean(&b.0, b.1)));
        v.into_iter().map(|((_, p), n)| (p, n)).collect()
    }

    /// Sessions that reached a palier (with any bank).
    pub fn concluded(&self) -> usize {
        self.paliers.entries().iter().map(|(_, n)| n).sum()
    }

    /// Age bands in age order: by the first number in each ("60-74" → 60), "moins de 18
    /// ans" just before "18-24 ans", those without a number last.
    pub fn age_bands_in_order(&self) -> Vec<(String, usize)> {
        let first_number = |s: &str| -> Option<u32> {
            let digits: String = s
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        };
        // "moins de 18 ans" comes before "18-24 ans".
        let below = |s: &str| {
            let f = fold(s);
            ["moins", "under", "below", "less"]
                .iter()
                .any(|w| f.starts_with(w))
                || s.trim_start().starts_with('<')
        };
        let key = |s: &str| first_number(s).map(|n| (n * 2).saturating_sub(u32::from(below(s))));
        let mut v = self.age_bands.entries().to_vec();
        v.sort_by_key(|(s, _)| (key(s).is_none(), key(s)));
        v
    }

    /// Different names among the named sessions, and those of them seen more than once.
    pub fn people(&self) -> (usize, usize) {
        (
            self.names.len(),
            self.names.values().filter(|&&n| n > 1).count(),
        )
    }

    /// Mean time spent on a finished session, in whole minutes.
    pub fn mean_minutes(&self) -> Option<u64> {
        (self.finished > 0)
            .then(|| (self.finished_minutes as f64 / self.finished as f64).round() as u64)
    }
}

fn given(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn fold(s: &str) -> String {
    normalize(s, &Tolerance::default())
}
