//! The real local offer: lieux de médiation numérique of the national open data (read and
//! stored by `records::lieux`), and the choice, for one person, of at most [`MAX_LIEUX`]
//! that offer what they need: in their commune first, then the nearest by straight line.
//! Never a lieu that says it receives no public. Pure: the directory is given.

pub mod commune;
mod directory;
pub mod hours;
pub mod line;

use serde::{Deserialize, Serialize};

use crate::bank::Service;
use crate::bank::service::fold;
pub use directory::{Directory, Place};

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
        self.0 |= match value {
            "Gratuit" => Self::FREE,
            "Gratuit sous condition" => Self::CONDITIONAL,
            "Payant" => Self::PAYING,
            _ => Self::folded(&fold(value)),
        };
    }

    fn folded(v: &str) -> u8 {
        if v == "gratuit" {
            Self::FREE
        } else if v.starts_with("gratuit sous condition") || v.contains("pass numerique") {
            Self::CONDITIONAL
        } else if v == "payant" {
            Self::PAYING
        } else {
            0
        }
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
        self.0 |= match value {
            "Se présenter" => Self::WALK_IN,
            "Téléphoner" | "Contacter par mail" | "Prendre un RDV en ligne" => Self::APPOINTMENT,
            _ => Self::folded(&fold(value)),
        };
    }

    fn folded(v: &str) -> u8 {
        match v {
            "se presenter" => Self::WALK_IN,
            "ce lieu n'accueille pas de public" => Self::NO_PUBLIC,
            "telephoner"
            | "contacter par mail"
            | "prendre un rdv en ligne"
            | "envoyer un mail avec une fiche de prescription" => Self::APPOINTMENT,
            _ => 0,
        }
    }
    pub fn receives_public(self) -> bool {
        self.0 & Self::NO_PUBLIC == 0
    }
}

/// Whether a text of the lieu says the pass numérique (APTIC chèques) is taken. Read on
/// long presentations of every row of the national file: lowercase only ("pass num" needs
/// no accent folding).
pub fn mentions_pass(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("aptic") || t.contains("pass num")
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
    pub(crate) fn welcome(&self) -> Option<Welcome> {
        if self.access.0 & Access::WALK_IN != 0 {
            Some(Welcome::WalkIn)
        } else if self.access.0 & Access::APPOINTMENT != 0 || !self.booking.is_empty() {
            Some(Welcome::Appointment)
        } else {
            None
        }
    }

    pub(crate) fn fee(&self) -> Option<Fee> {
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

    pub(crate) fn nearby(&self, needs: &[Service], distance_m: Option<u32>) -> Nearby {
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
