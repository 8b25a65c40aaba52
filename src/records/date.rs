//! Dates in the PC's local time. An instant is stored as RFC 3339 text with the offset the
//! time zone had then ("2026-11-22T00:30:00+01:00"): it shows and files under the day the
//! person lived it, and stays exact when the offset changes (summer time, a PC moved to
//! another zone). Journals written before kept "Z" (UTC) and still read. The time zone comes
//! from the system through jiff, which carries its own copy of the zone rules on Windows.
//! The clock is a value passed in, so tests fix the time and the offset.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant and the local offset at that instant. Two timestamps compare as instants.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timestamp {
    /// Seconds since 1970-01-01 00:00 UTC.
    secs: u64,
    /// Seconds east of UTC (Paris: 3600 in winter, 7200 in summer).
    offset: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Where "now" comes from: the system (its clock and time zone), or a fixed instant in tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(Timestamp),
}

impl Clock {
    pub fn now(self) -> Timestamp {
        match self {
            Clock::System => {
                let now = jiff::Zoned::now();
                Timestamp::at(
                    u64::try_from(now.timestamp().as_second()).unwrap_or(0),
                    now.offset().seconds(),
                )
            }
            Clock::Fixed(t) => t,
        }
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.secs == other.secs
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.secs.cmp(&other.secs)
    }
}

impl Hash for Timestamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.secs.hash(state);
    }
}

/// Offsets beyond ±18 h do not exist (RFC 3339 allows ±23:59, jiff ±25:59:59).
const MAX_OFFSET: i32 = 18 * 3600;

impl Timestamp {
    /// An instant in UTC (offset 0).
    pub const fn utc(secs: u64) -> Timestamp {
        Timestamp { secs, offset: 0 }
    }

    /// An instant and the local offset then, in seconds east of UTC.
    pub fn at(secs: u64, offset: i32) -> Timestamp {
        Timestamp {
            secs,
            offset: offset.clamp(-MAX_OFFSET, MAX_OFFSET),
        }
    }

    /// Seconds since 1970-01-01 00:00 UTC.
    pub fn secs(self) -> u64 {
        self.secs
    }

    /// Seconds from `earlier` to this instant (0 if `earlier` is later).
    pub fn since(self, earlier: Timestamp) -> u64 {
        self.secs.saturating_sub(earlier.secs)
    }

    /// This instant `secs` later, at the same offset.
    pub fn plus(self, secs: u64) -> Timestamp {
        Timestamp {
            secs: self.secs + secs,
            ..self
        }
    }

    /// Local seconds since 1970-01-01 00:00.
    fn local(self) -> i64 {
        i64::try_from(self.secs).unwrap_or(i64::MAX) + i64::from(self.offset)
    }

    /// The local date.
    pub fn date(self) -> Date {
        Date::from_days(self.local().div_euclid(86_400))
    }

    /// (hours, minutes, seconds), local.
    pub fn time(self) -> (u8, u8, u8) {
        let s = self.local().rem_euclid(86_400);
        ((s / 3600) as u8, (s / 60 % 60) as u8, (s % 60) as u8)
    }

    /// "2026-11-22T10:57:21+01:00", or "…Z" in UTC.
    pub fn rfc3339(self) -> String {
        let (h, m, s) = self.time();
        let offset = if self.offset == 0 {
            "Z".to_string()
        } else {
            let sign = if self.offset < 0 { '-' } else { '+' };
            let o = self.offset.unsigned_abs();
            format!("{sign}{:02}:{:02}", o / 3600, o / 60 % 60)
        };
        format!("{}T{h:02}:{m:02}:{s:02}{offset}", self.date().iso())
    }

    /// "20261122-105721" (local), for file names that sort by time.
    pub fn compact(self) -> String {
        let d = self.date();
        let (h, m, s) = self.time();
        format!("{:04}{:02}{:02}-{h:02}{m:02}{s:02}", d.year, d.month, d.day)
    }

    /// RFC 3339 as written here: "Z" or an offset "±hh:mm", whole seconds.
    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        let (local, offset) = match s.strip_suffix('Z') {
            Some(local) => (local, 0),
            None => {
                let (local, off) = s.split_at_checked(s.len().checked_sub(6)?)?;
                (local, parse_offset(off)?)
            }
        };
        let (date, time) = local.split_once('T')?;
        let date = Date::parse_iso(date)?;
        let mut parts = time.split(':').map(|p| p.parse::<i64>().ok());
        let (h, m, sec) = (parts.next()??, parts.next()??, parts.next()??);
        if parts.next().is_some() || !(0..24).contains(&h) || !(0..60).contains(&m) {
            return None;
        }
        if !(0..=60).contains(&sec) {
            return None;
        }
        let local = date.days() * 86_400 + h * 3600 + m * 60 + sec;
        let secs = u64::try_from(local - i64::from(offset)).ok()?;
        Some(Timestamp::at(secs, offset))
    }
}

/// "+01:00" → 3600, "-09:30" → -34200.
fn parse_offset(s: &str) -> Option<i32> {
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = s[1..].split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 18 && m < 60).then_some(sign * (h * 3600 + m * 60))
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

    /// Midnight UTC at the start of this day (for a session without a header: only its
    /// day is known).
    pub fn start(self) -> Timestamp {
        Timestamp::utc(u64::try_from(self.days()).unwrap_or(0) * 86_400)
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
        let t = Timestamp::utc(1_795_345_041);
        assert_eq!(t.rfc3339(), "2026-11-22T10:57:21Z");
        assert_eq!(t.plus(60).since(t), 60);
        assert_eq!(t.since(t.plus(60)), 0);
        assert_eq!(t.compact(), "20261122-105721");
        assert_eq!(Timestamp::parse_rfc3339(&t.rfc3339()), Some(t));
        assert_eq!(Timestamp::parse_rfc3339("2026-11-22 10:57:21"), None);
    }

    #[test]
    fn a_session_at_half_past_midnight_in_paris_is_filed_under_that_day() {
        // 2026-11-21 23:30 UTC is 00:30 on the 22nd in Paris (UTC+1 in winter).
        let t = Timestamp::at(1_795_303_800, 3600);
        assert_eq!(t.date().iso(), "2026-11-22");
        assert_eq!(t.time(), (0, 30, 0));
        assert_eq!(t.rfc3339(), "2026-11-22T00:30:00+01:00");
        assert_eq!(t.compact(), "20261122-003000");
        let back = Timestamp::parse_rfc3339(&t.rfc3339()).unwrap();
        assert_eq!((back.secs(), back.date()), (t.secs(), t.date()));
        // The same instant in UTC, as journals written before kept it.
        let utc = Timestamp::parse_rfc3339("2026-11-21T23:30:00Z").unwrap();
        assert_eq!(utc, t);
        assert_eq!(utc.date().iso(), "2026-11-21");
    }

    #[test]
    fn offsets_west_and_east_and_impossible_ones() {
        let t = Timestamp::parse_rfc3339("2026-11-22T01:00:00-09:30").unwrap();
        assert_eq!(
            t.secs(),
            Timestamp::parse_rfc3339("2026-11-22T10:30:00Z")
                .unwrap()
                .secs()
        );
        assert_eq!(t.rfc3339(), "2026-11-22T01:00:00-09:30");
        let kiritimati = Timestamp::parse_rfc3339("2026-11-23T00:00:00+14:00").unwrap();
        assert_eq!(kiritimati.date().iso(), "2026-11-23");
        assert_eq!(Timestamp::utc(kiritimati.secs()).date().iso(), "2026-11-22");
        for bad in [
            "2026-11-22T01:00:00+1:00",
            "2026-11-22T01:00:00+19:00",
            "2026-11-22T01:00:00+01:60",
            "2026-11-22T01:00:00 01:00",
            "2026-11-22T24:00:00Z",
            "+01:00",
            "",
        ] {
            assert_eq!(Timestamp::parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_systems_clock_gives_its_offset() {
        // Whatever the machine's zone, the local date is the UTC date shifted by the offset.
        let now = Clock::System.now();
        let local = i64::try_from(now.secs()).unwrap() + i64::from(now.offset);
        assert_eq!(now.date(), Date::from_days(local.div_euclid(86_400)));
        assert!(now.offset.abs() <= MAX_OFFSET);
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
