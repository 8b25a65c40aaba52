//! The days a médiateur asks figures for (`--since`, `--until`, both included).

use crate::records::date::Date;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub since: Option<Date>,
    pub until: Option<Date>,
}

impl Period {
    /// Whether a session started on `day` is in the period.
    pub fn contains(self, day: Date) -> bool {
        self.since.is_none_or(|s| day >= s) && self.until.is_none_or(|u| day <= u)
    }

    /// Whether a day folder cannot hold a session of the period, so need not be read. The
    /// folder is named after the start day; a day either side is kept, so that a folder
    /// named in another time zone than the one the day is read in is never skipped wrongly.
    pub fn skips_folder(self, folder: Date) -> bool {
        let d = folder.days();
        self.since.is_some_and(|s| d < s.days() - 1) || self.until.is_some_and(|u| d > u.days() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_ends_are_included() {
        let day = |s| Date::parse(s).unwrap();
        let p = Period {
            since: Some(day("2026-03-01")),
            until: Some(day("2026-03-31")),
        };
        assert!(p.contains(day("2026-03-01")) && p.contains(day("2026-03-31")));
        assert!(!p.contains(day("2026-02-28")) && !p.contains(day("2026-04-01")));
        assert!(!p.skips_folder(day("2026-02-28")) && p.skips_folder(day("2026-02-27")));
        assert!(!p.skips_folder(day("2026-04-01")) && p.skips_folder(day("2026-04-02")));
        assert!(Period::default().contains(day("1999-12-31")));
    }
}
