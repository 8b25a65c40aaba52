//! Every lieu of the stored import, kept as its text (one line a lieu, `line.rs`) with only
//! what choosing needs read out of each line: coordinates, services, access, and hashes of
//! its commune key and postal code. Loading 20 000 lieux then allocates a handful of
//! times, not a few hundred thousand; finding a commune compares 20 000 numbers (some
//! microseconds); a lieu is read whole when it is shown.

use super::commune::{self, Query, departement, distance_m};
use super::line::{self, FIELDS};
use super::{Access, Lieu, MAX_KM, MAX_LIEUX, Nearby, Services};
use crate::bank::Service;

/// What choosing reads of a lieu; the rest stays in its line.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Byte range of its line in `Directory::text`.
    start: u32,
    end: u32,
    coords: Option<(f64, f64)>,
    services: Services,
    access: Access,
    /// FNV-1a of the commune key and of the postal code (lookups compare the text too).
    key: u64,
    postal: u64,
}

/// Where a person lives, as the directory knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The commune's name as the file writes it (or the postal code typed).
    pub name: String,
    /// Lieux of that commune (or postal code), any kind: positions in the directory, in
    /// order.
    pub members: Vec<usize>,
    /// The middle of its lieux with coordinates; `None` when none has any.
    pub centre: Option<(f64, f64)>,
}

#[derive(Debug, Clone, Default)]
pub struct Directory {
    text: String,
    entries: Vec<Entry>,
}

fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Directory {
    pub fn new(lieux: Vec<Lieu>) -> Directory {
        let mut text = String::new();
        for l in &lieux {
            text.push_str(&line::encode(l, &commune::key(&l.commune)));
            text.push('\n');
        }
        Directory::from_text(text)
    }

    /// The lieux of `text`, one line each (`line::encode`); lines of another form are
    /// left out.
    pub fn from_text(text: String) -> Directory {
        let mut entries = Vec::with_capacity(text.len() / 150);
        let mut start = 0;
        for l in text.split_inclusive('\n') {
            let end = start + l.len();
            let Some(f) = line::fields(l.trim_end_matches(['\n', '\r'])) else {
                start = end;
                continue;
            };
            entries.push(Entry {
                start: u32::try_from(start).unwrap_or(u32::MAX),
                end: u32::try_from(end).unwrap_or(u32::MAX),
                coords: line::coords(&f),
                services: Services(f[line::SERVICES].parse().unwrap_or(0)),
                access: Access(f[line::ACCESS].parse().unwrap_or(Access::NO_PUBLIC)),
                key: hash(f[line::KEY]),
                postal: hash(f[line::POSTAL_CODE]),
            });
            start = end;
        }
        Directory { text, entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn fields(&self, i: usize) -> [&str; FIELDS] {
        let e = &self.entries[i];
        let l = &self.text[e.start as usize..e.end as usize];
        line::fields(l.trim_end_matches(['\n', '\r'])).unwrap_or([""; FIELDS])
    }

    /// Lieu `i`, read whole.
    pub fn get(&self, i: usize) -> Lieu {
        line::decode(&self.fields(i))
    }

    pub fn postal_code(&self, i: usize) -> &str {
        self.fields(i)[line::POSTAL_CODE]
    }

    /// The lieux whose `field` (the commune key or the postal code) is `value`.
    fn members(&self, field: usize, value: &str) -> Vec<usize> {
        let h = hash(value);
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| h == if field == line::KEY { e.key } else { e.postal })
            .map(|(i, _)| i)
            .filter(|&i| line::unescape(self.fields(i)[field]) == value)
            .collect()
    }

    /// The commune (or postal code) typed, found among the lieux' own. With homonyms in
    /// several départements, the postal code typed decides, else the one with most lieux.
    pub fn locate(&self, typed: &str) -> Option<Place> {
        let q = Query::parse(typed);
        let by_name = q
            .key
            .as_ref()
            .map(|k| self.members(line::KEY, k))
            .filter(|m| !m.is_empty());
        let members: Vec<usize> = match (&by_name, &q.postal_code) {
            (Some(all), postal) => {
                let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
                for &i in all {
                    let d = departement(self.postal_code(i)).to_string();
                    match groups.iter_mut().find(|(g, _)| *g == d) {
                        Some((_, v)) => v.push(i),
                        None => groups.push((d, vec![i])),
                    }
                }
                let wanted = postal.as_deref().map(departement);
                match groups.iter().position(|(d, _)| Some(d.as_str()) == wanted) {
                    Some(p) => groups.swap_remove(p).1,
                    None => groups.into_iter().max_by_key(|(_, v)| v.len())?.1,
                }
            }
            (None, Some(p)) => self.members(line::POSTAL_CODE, p),
            (None, None) => return None,
        };
        let first = *members.first()?;
        // The commune as written in lowercase by one of its lieux, rather than "ROUBAIX".
        let name = match by_name {
            Some(_) => members
                .iter()
                .map(|&i| self.get(i).commune)
                .find(|c| c.chars().any(char::is_lowercase))
                .unwrap_or_else(|| self.get(first).commune),
            None => q.postal_code.unwrap_or_default(),
        };
        let points: Vec<(f64, f64)> = members
            .iter()
            .filter_map(|&i| self.entries[i].coords)
            .collect();
        let centre = (!points.is_empty()).then(|| {
            let n = points.len() as f64;
            let (a, b) = points
                .iter()
                .fold((0.0, 0.0), |s, p| (s.0 + p.0, s.1 + p.1));
            (a / n, b / n)
        });
        Some(Place {
            name,
            members,
            centre,
        })
    }

    /// At most [`MAX_LIEUX`] lieux that offer one of `needs` (most needed first) and
    /// receive the public: those of the place first (most of the needs first), then the
    /// nearest by straight line, within [`MAX_KM`].
    pub fn nearby(&self, place: &Place, needs: &[Service]) -> Vec<Nearby> {
        if needs.is_empty() {
            return Vec::new();
        }
        // The most needed service weighs most.
        let weight = |e: &Entry| -> usize {
            needs
                .iter()
                .enumerate()
                .filter(|(_, s)| e.services.contains(**s))
                .map(|(i, _)| 1 << (needs.len() - i).min(12))
                .sum()
        };
        let fits = |e: &Entry| e.access.receives_public() && weight(e) > 0;
        let mut local: Vec<(usize, Lieu)> = place
            .members
            .iter()
            .copied()
            .filter(|&i| fits(&self.entries[i]))
            .map(|i| (i, self.get(i)))
            .collect();
        local.sort_by(|(a, la), (b, lb)| {
            let (wa, wb) = (weight(&self.entries[*a]), weight(&self.entries[*b]));
            wb.cmp(&wa).then_with(|| la.name.cmp(&lb.name))
        });
        let mut out: Vec<Nearby> = local
            .iter()
            .take(MAX_LIEUX)
            .map(|(_, l)| l.nearby(needs, None))
            .collect();
        let Some(centre) = place.centre else {
            return out;
        };
        let mut far: Vec<(f64, usize, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(i, e)| place.members.binary_search(i).is_err() && fits(e))
            .filter_map(|(i, e)| {
                let d = distance_m(centre, e.coords?);
                (d <= MAX_KM * 1000.0).then(|| (d, usize::MAX - weight(e), i))
            })
            .collect();
        far.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        for (d, _, i) in far.into_iter().take(MAX_LIEUX - out.len().min(MAX_LIEUX)) {
            out.push(self.get(i).nearby(needs, Some(d.round() as u32)));
        }
        out
    }
}
