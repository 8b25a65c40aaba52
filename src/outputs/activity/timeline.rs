//! Diagnostics per week or per month, empty ones included (a gap is a figure too). Weeks
//! over a span of up to three months, months beyond.

use std::collections::BTreeMap;

use crate::records::date::Date;

/// Longest span, in days, still counted in weeks.
const WEEKS_UP_TO_DAYS: i64 = 92;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Monday to Sunday, named by its Monday.
    Week,
    Month,
}

/// The step for a span, and the count of each step from the one holding `from` to the one
/// holding `to`, both included.
pub fn series(per_day: &BTreeMap<Date, usize>, from: Date, to: Date) -> (Step, Vec<(Date, usize)>) {
    let step = if to.days() - from.days() <= WEEKS_UP_TO_DAYS {
        Step::Week
    } else {
        Step::Month
    };
    let mut out = Vec::new();
    let mut start = start_of(from, step);
    while start <= to {
        let next = after(start, step);
        let n = per_day.range(start..next).map(|(_, n)| n).sum();
        out.push((start, n));
        start = next;
    }
    (step, out)
}

/// The first day of the week (Monday) or month holding `d`.
pub fn start_of(d: Date, step: Step) -> Date {
    match step {
        // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
        Step::Week => Date::from_days(d.days() - (d.days() + 3).rem_euclid(7)),
        Step::Month => Date {
            year: d.year,
            month: d.month,
            day: 1,
        },
    }
}

/// The first day of the next week or month.
fn after(start: Date, step: Step) -> Date {
    match step {
        Step::Week => Date::from_days(start.days() + 7),
        Step::Month if start.month == 12 => Date {
            year: start.year + 1,
            month: 1,
            day: 1,
        },
        Step::Month => Date {
            month: start.month + 1,
            ..start
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn weeks_start_on_monday_and_empty_weeks_count() {
        // 2026-11-05 is a Thursday; its week starts on Monday 2026-11-02.
        assert_eq!(start_of(d("2026-11-05"), Step::Week), d("2026-11-02"));
        assert_eq!(start_of(d("2026-11-02"), Step::Week), d("2026-11-02"));
        assert_eq!(start_of(d("2026-11-08"), Step::Week), d("2026-11-02"));
        let days = BTreeMap::from([
            (d("2026-11-05"), 2),
            (d("2026-11-08"), 1),
            (d("2026-11-20"), 4),
        ]);
        let (step, s) = series(&days, d("2026-11-05"), d("2026-11-20"));
        assert_eq!(step, Step::Week);
        assert_eq!(
            s,
            vec![
                (d("2026-11-02"), 3),
                (d("2026-11-09"), 0),
                (d("2026-11-16"), 4)
            ]
        );
    }

    #[test]
    fn months_past_three_months_across_a_new_year() {
        let days = BTreeMap::from([
            (d("2026-10-31"), 1),
            (d("2026-11-01"), 2),
            (d("2027-02-28"), 5),
        ]);
        let (step, s) = series(&days, d("2026-10-15"), d("2027-02-28"));
        assert_eq!(step, Step::Month);
        let starts: Vec<String> = s.iter().map(|(d, _)| d.iso()).collect();
        assert_eq!(
            starts,
            [
                "2026-10-01",
                "2026-11-01",
                "2026-12-01",
                "2027-01-01",
                "2027-02-01"
            ]
        );
        let counts: Vec<usize> = s.iter().map(|(_, n)| *n).collect();
        assert_eq!(counts, [1, 2, 0, 0, 5]);
    }
}
