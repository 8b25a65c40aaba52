//! Dates without a time-zone database: instants are stored in UTC as RFC 3339 text, days as
//! civil dates. The clock is a value passed in, so tests fix the time.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Seconds since 1970-01-01 00:00 UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(pub u64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Where "now" comes from: the system, or a fixed instant in tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(Timestamp),
}

impl Clock {
    pub fn now(self) -> Timestamp {
        match self {
            Clock::System => Timestamp(
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs()),
            ),
            Clock::Fixed(t) => t,
        }
    }
}

impl Timestamp {
    pub fn date(self) -> Date {
        Date::from_days((self.0 / 86_400) as i64)
    }

    /// (hours, minutes, seconds) in UTC.
    pub fn time(self) -> (u8, u8, u8) {
        let s = self.0 % 86_400;
        ((s / 3600) as u8, (s / 60 % 60) as u8, (s % 60) as u8)
    }

    /// "2026-11-22T10:57:21Z"
    pub fn rfc3339(self) -> String {
        let (h, m, s) = self.time();
        format!("{}T{h:02}:{m:02}:{s:02}Z", self.date().iso())
    }

    /// "20261122-105721", for file names that sort by time.
    pub fn compact(self) -> String {
        let d = self.date();
        let (h, m, s) = self.time();
        format!("{:04}{:02}{:02}-{h:02}{m:02}{s:02}", d.year, d.month, d.day)
    }

    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        let (date, time) = s.strip_suffix('Z')?.split_once('T')?;
        let date = Date::parse_iso(date)?;
        let mut parts = time.split(':').map(|p| p.parse::<u64>().ok());
        let (h, m, sec) = (parts.next()??, parts.next()??, parts.next()??);
        if parts.next().is_some() || h > 23 || m > 59 || sec > 60 {
            return None;
        }
        let days = u64::try_from(date.days()).ok()?;
        Some(Timestamp(days * 86_400 + h * 3600 + m * 60 + sec))
    }
}

impl Date {
    /// Days since 1970-01-01 → civil date (Howard Hinnant's algorithm).
    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Midnight UTC at the start of this day.
    pub fn start(self) -> Timestamp {
        Timestamp(u64::try_from(self.days()).unwrap_or(0) * 86_400)
    }

    /// "2026-11-22"
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "22/11/2026", as French forms write it.
    pub fn french(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 {
            return None;
        }
        Date::checked(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// A date as a médiateur types it: "2026-11-22" or "22/11/2026".
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        if let Some(d) = Date::parse_iso(s) {
            return Some(d);
        }
        let mut it = s.split('/');
        let (d, m, y) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 {
            return None;
        }
        Date::checked(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    fn checked(year: i32, month: u8, day: u8) -> Option<Date> {
        let d = Date { year, month, day };
        // A day that does not exist (31/02) comes back different from the round trip.
        ((1..=12).contains(&month) && day >= 1 && Date::from_days(d.days()) == d).then_some(d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse_rfc3339(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("date invalide : {s}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip_over_centuries() {
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days(days).days(), days);
        }
        assert_eq!(Date::from_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_days(11_016).iso(), "2000-02-29");
    }

    #[test]
    fn rfc3339_round_trip() {
        let t = Timestamp(1_795_345_041);
        assert_eq!(t.rfc3339(), "2026-11-22T10:57:21Z");
        assert_eq!(t.compact(), "20261122-105721");
        assert_eq!(Timestamp::parse_rfc3339(&t.rfc3339()), Some(t));
        assert_eq!(Timestamp::parse_rfc3339("2026-11-22 10:57:21"), None);
    }

    #[test]
    fn dates_as_typed_in_france() {
        let d = Date {
            year: 2026,
            month: 11,
            day: 2,
        };
        assert_eq!(Date::parse("2026-11-02"), Some(d));
        assert_eq!(Date::parse("02/11/2026"), Some(d));
        assert_eq!(Date::parse(" 2/11/2026 "), Some(d));
        assert_eq!(d.french(), "02/11/2026");
        assert_eq!(Date::parse("31/02/2026"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("11/2026"), None);
        assert_eq!(Date::parse("hier"), None);
    }
}
