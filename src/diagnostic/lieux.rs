//! The real local offer: lieux de médiation numérique of the national open data (read and
//! stored by `records::lieux`), and the choice, for one person, of at most [`MAX_LIEUX`]
//! that offer what they need: in their commune first, then the nearest by straight line.
//! Never a lieu that says it receives no public. Pure: the directory is given.

pub mod commune;
pub mod hours;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::bank::Service;
use crate::bank::service::fold;
use commune::{Query, departement, distance_m};

/// More lieux than this is a list nobody reads.
pub const MAX_LIEUX: usize = 3;
/// Past this straight-line distance a lieu is not "near".
pub const MAX_KM: f64 = 50.0;

/// A set of services, one bit each (in the order of [`Service::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Services(pub u16);

impl Services {
    fn bit(s: Service) -> u16 {
        1 << Service::ALL.iter().position(|x| *x == s).unwrap_or(0)
    }
    pub fn insert(&mut self, s: Service) {
        self.0 |= Self::bit(s);
    }
    pub fn contains(self, s: Service) -> bool {
        self.0 & Self::bit(s) != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = Service> {
        Service::ALL.into_iter().filter(move |s| self.contains(*s))
    }
}

/// `frais_a_charge`, as bits: [`Fees::FREE`], [`Fees::CONDITIONAL`], [`Fees::PAYING`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fees(pub u8);

impl Fees {
    pub const FREE: u8 = 1;
    pub const CONDITIONAL: u8 = 2;
    pub const PAYING: u8 = 4;

    /// One value of the file; v0.1's "Accepte le Pass numérique" is a condition.
    pub fn add(&mut self, value: &str) {
        let v = fold(value);
        self.0 |= if v == "gratuit" {
            Self::FREE
        } else if v.starts_with("gratuit sous condition") || v.contains("pass numerique") {
            Self::CONDITIONAL
        } else if v == "payant" {
            Self::PAYING
        } else {
            0
        };
    }
}

/// `modalites_acces`, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Access(pub u8);

impl Access {
    pub const WALK_IN: u8 = 1;
    pub const APPOINTMENT: u8 = 2;
    pub const NO_PUBLIC: u8 = 4;

    /// One value of the file, apostrophes of either kind.
    pub fn add(&mut self, value: &str) {
        let v = fold(value);
        self.0 |= match v.as_str() {
            "se presenter" => Self::WALK_IN,
            "ce lieu n'accueille pas de public" => Self::NO_PUBLIC,
            "telephoner"
            | "contacter par mail"
            | "prendre un rdv en ligne"
            | "envoyer un mail avec une fiche de prescription" => Self::APPOINTMENT,
            _ => 0,
        };
    }
    pub fn receives_public(self) -> bool {
        self.0 & Self::NO_PUBLIC == 0
    }
}

/// Whether a text of the lieu says the pass numérique (APTIC chèques) is taken.
pub fn mentions_pass(text: &str) -> bool {
    let t = fold(text);
    t.contains("aptic") || t.contains("pass numerique")
}

/// One lieu, as kept from the file: what choosing and showing it needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lieu {
    pub id: String,
    pub name: String,
    pub commune: String,
    pub postal_code: String,
    pub address: String,
    pub complement: String,
    /// (latitude, longitude); `None` when unknown (0,0 in the file is unknown).
    pub coords: Option<(f64, f64)>,
    pub phone: String,
    /// OpenStreetMap `opening_hours`, as written.
    pub hours: String,
    pub services: Services,
    pub fees: Fees,
    /// APTIC or the pass numérique is named in its texts.
    pub pass: bool,
    pub access: Access,
    /// `prise_rdv`: where to book online.
    pub booking: String,
}

/// How a person gets in: walking in, or by appointment first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Welcome {
    WalkIn,
    Appointment,
}

/// What it costs, in one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fee {
    Free,
    /// Free under condition; with the pass numérique when `Nearby::pass`.
    Conditional,
    Paying,
}

/// A lieu chosen for a person, as the results, the fiche and the journal keep it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Nearby {
    pub name: String,
    /// Address, complement, postal code and commune, on one line.
    pub address: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub welcome: Option<Welcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
    #[serde(default)]
    pub pass: bool,
    /// OpenStreetMap `opening_hours`, put in words when shown (`hours::words`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hours: String,
    /// Straight-line distance in metres; `None` for a lieu in the person's commune.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<u32>,
    /// The needed services it offers, most needed first.
    pub services: Vec<Service>,
}

impl Lieu {
    fn welcome(&self) -> Option<Welcome> {
        if self.access.0 & Access::WALK_IN != 0 {
            Some(Welcome::WalkIn)
        } else if self.access.0 & Access::APPOINTMENT != 0 || !self.booking.is_empty() {
            Some(Welcome::Appointment)
        } else {
            None
        }
    }

    fn fee(&self) -> Option<Fee> {
        let f = self.fees.0;
        if self.pass || f & Fees::CONDITIONAL != 0 {
            Some(Fee::Conditional)
        } else if f & Fees::FREE != 0 {
            Some(Fee::Free)
        } else if f & Fees::PAYING != 0 {
            Some(Fee::Paying)
        } else {
            None
        }
    }

    fn nearby(&self, needs: &[Service], distance_m: Option<u32>) -> Nearby {
        let mut address = [self.address.as_str(), self.complement.as_str()]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let town = format!("{} {}", self.postal_code, self.commune);
        if !town.trim().is_empty() {
            if !address.is_empty() {
                address.push_str(", ");
            }
            address.push_str(town.trim());
        }
        Nearby {
            name: self.name.clone(),
            address,
            phone: self.phone.clone(),
            welcome: self.welcome(),
            fee: self.fee(),
            pass: self.pass,
            hours: self.hours.clone(),
            distance_m,
            services: needs
                .iter()
                .copied()
                .filter(|s| self.services.contains(*s))
                .collect(),
        }
    }
}

/// Where a person lives, as the directory knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The commune's name as the file writes it (or the postal code typed).
    pub name: String,
    /// Lieux of that commune (or postal code), any kind: positions in the directory.
    pub members: Vec<usize>,
    /// The middle of its lieux with coordinates; `None` when none has any.
    pub centre: Option<(f64, f64)>,
}

/// Every lieu of the stored import, indexed by commune key and postal code.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub lieux: Vec<Lieu>,
    by_key: HashMap<String, Vec<usize>>,
    by_postal: HashMap<String, Vec<usize>>,
}

impl Directory {
    pub fn new(lieux: Vec<Lieu>) -> Directory {
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_postal: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, l) in lieux.iter().enumerate() {
            by_key.entry(commune::key(&l.commune)).or_default().push(i);
            by_postal.entry(l.postal_code.clone()).or_default().push(i);
        }
        Directory {
            lieux,
            by_key,
            by_postal,
        }
    }

    /// The commune (or postal code) typed, found among the lieux' own. With homonyms in
    /// several départements, the postal code typed decides, else the one with most lieux.
    pub fn locate(&self, typed: &str) -> Option<Place> {
        let q = Query::parse(typed);
        let by_name = q.key.as_ref().and_then(|k| self.by_key.get(k));
        let members: Vec<usize> = match (by_name, &q.postal_code) {
            (Some(all), postal) => {
                let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
                for &i in all {
                    let d = departement(&self.lieux[i].postal_code);
                    match groups.iter_mut().find(|(g, _)| *g == d) {
                        Some((_, v)) => v.push(i),
                        None => groups.push((d, vec![i])),
                    }
                }
                let wanted = postal.as_deref().map(departement);
                let pick = groups.iter().position(|(d, _)| Some(*d) == wanted);
                match pick {
                    Some(p) => groups.swap_remove(p).1,
                    None => groups.into_iter().max_by_key(|(_, v)| v.len())?.1,
                }
            }
            (None, Some(p)) => self.by_postal.get(p)?.clone(),
            (None, None) => return None,
        };
        let first = members.first()?;
        let name = match by_name {
            Some(_) => self.lieux[*first].commune.clone(),
            None => q.postal_code.unwrap_or_default(),
        };
        let points: Vec<(f64, f64)> = members
            .iter()
            .filter_map(|&i| self.lieux[i].coords)
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
        let weight = |l: &Lieu| -> usize {
            needs
                .iter()
                .enumerate()
                .filter(|(_, s)| l.services.contains(**s))
                .map(|(i, _)| 1 << (needs.len() - i).min(12))
                .sum()
        };
        let fits = |l: &Lieu| l.access.receives_public() && weight(l) > 0;
        let mut local: Vec<usize> = place
            .members
            .iter()
            .copied()
            .filter(|&i| fits(&self.lieux[i]))
            .collect();
        local.sort_by(|&a, &b| {
            let (la, lb) = (&self.lieux[a], &self.lieux[b]);
            weight(lb)
                .cmp(&weight(la))
                .then_with(|| la.name.cmp(&lb.name))
        });
        let mut out: Vec<Nearby> = local
            .iter()
            .take(MAX_LIEUX)
            .map(|&i| self.lieux[i].nearby(needs, None))
            .collect();
        let Some(centre) = place.centre else {
            return out;
        };
        let mut far: Vec<(f64, usize, usize)> = self
            .lieux
            .iter()
            .enumerate()
            .filter(|(i, l)| place.members.binary_search(i).is_err() && fits(l))
            .filter_map(|(i, l)| {
                let d = distance_m(centre, l.coords?);
                (d <= MAX_KM * 1000.0).then(|| (d, usize::MAX - weight(l), i))
            })
            .collect();
        far.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        for (d, _, i) in far.into_iter().take(MAX_LIEUX - out.len().min(MAX_LIEUX)) {
            out.push(self.lieux[i].nearby(needs, Some(d.round() as u32)));
        }
        out
    }
}

/// The lieux for one person, as the results and the journal keep them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Local {
    /// The commune as the file writes it, or as typed when the file does not know it.
    pub place: String,
    /// Whether the file knows that commune (or postal code).
    pub known: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lieux: Vec<Nearby>,
}

/// The lieux near `typed` for `needs`; `None` without any need (nothing to look for).
pub fn local(dir: &Directory, typed: &str, needs: &[Service]) -> Option<Local> {
    if needs.is_empty() || typed.trim().is_empty() {
        return None;
    }
    Some(match dir.locate(typed) {
        Some(place) => Local {
            lieux: dir.nearby(&place, needs),
            place: place.name,
            known: true,
        },
        None => Local {
            place: typed.trim().to_string(),
            known: false,
            lieux: Vec::new(),
        },
    })
}

#[cfg(test)]
mod tests;
