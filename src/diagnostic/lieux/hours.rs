//! Opening hours in plain words, from the OpenStreetMap `opening_hours` value of the lieux
//! file: "Tu,Th 14:00-18:00" becomes "le mardi et le jeudi de 14 h à 18 h". The common
//! part of the syntax is read (days, day ranges, times, `off`, `PH off`, `24/7`, comments);
//! anything else (weeks, months, dates, "Mo[1]") makes the value unreadable, and the caller
//! shows it as written: never an error.

use crate::i18n::{Arg, Tr};

/// Minutes from midnight, (start, end).
type Span = (u16, u16);

/// What one day looks like: its opening spans and the comment of its rule.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Day {
    spans: Vec<Span>,
    comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Week {
    /// Monday first; `None`: closed (or not said).
    days: [Option<Day>; 7],
    holidays_closed: bool,
    always: bool,
}

const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/// The value read, or `None` when any part of it is beyond the common syntax.
pub fn parse(value: &str) -> Option<Week> {
    let mut week = Week::default();
    let value = value.trim().replace("||", ";");
    if value.is_empty() {
        return None;
    }
    for rule in value.split(';').map(str::trim).filter(|r| !r.is_empty()) {
        rule_into(rule, &mut week)?;
    }
    let open = week.always || week.days.iter().any(Option::is_some);
    open.then_some(week)
}

fn rule_into(rule: &str, week: &mut Week) -> Option<()> {
    let (rule, comment) = match rule.split_once('"') {
        Some((head, rest)) => {
            let text = rest.strip_suffix('"')?.trim();
            (head.trim(), (!text.is_empty()).then(|| text.to_string()))
        }
        None => (rule, None),
    };
    if rule == "24/7" {
        week.always = true;
        return Some(());
    }
    let mut words = rule.split_whitespace().peekable();
    let mut days: Option<Vec<usize>> = None;
    let mut holidays = false;
    if let Some(first) = words.peek()
        && first.starts_with(|c: char| c.is_ascii_alphabetic())
        && !matches!(
            first.to_ascii_lowercase().as_str(),
            "off" | "closed" | "open"
        )
    {
        let (d, ph) = selector(first)?;
        days = Some(d);
        holidays = ph;
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    let state = match rest.as_slice() {
        // Days without hours: read only with a comment ("sur rendez-vous").
        [] if comment.is_some() => State::Open(Vec::new()),
        [] => return None,
        [w] if ["off", "closed"].contains(&w.to_ascii_lowercase().as_str()) => State::Closed,
        [w] => State::Open(spans(w)?),
        _ => return None,
    };
    if holidays {
        // Only "PH off" is read; holidays with their own hours are not.
        if state != State::Closed {
            return None;
        }
        week.holidays_closed = true;
    }
    let Some(days) = days.or_else(|| (!holidays).then(|| (0..7).collect())) else {
        return Some(());
    };
    for d in days {
        week.days[d] = match &state {
            State::Closed => None,
            State::Open(s) => Some(Day {
                spans: s.clone(),
                comment: comment.clone(),
            }),
        };
    }
    Some(())
}

#[derive(Debug, PartialEq)]
enum State {
    Open(Vec<Span>),
    Closed,
}

/// "Mo-Fr,Su", "PH", "Mo-Fr,PH": the days, and whether public holidays are named.
fn selector(text: &str) -> Option<(Vec<usize>, bool)> {
    let mut days = Vec::new();
    let mut holidays = false;
    for part in text.split(',') {
        let part = part.to_ascii_lowercase();
        if part == "ph" {
            holidays = true;
            continue;
        }
        let (a, b) = part.split_once('-').unwrap_or((&part, &part));
        let a = DAYS.iter().position(|d| *d == a)?;
        let b = DAYS.iter().position(|d| *d == b)?;
        let mut d = a;
        loop {
            if !days.contains(&d) {
                days.push(d);
            }
            if d == b {
                break;
            }
            d = (d + 1) % 7;
        }
    }
    days.sort_unstable();
    Some((days, holidays))
}

/// "09:00-12:30,14:00-17:00"
fn spans(text: &str) -> Option<Vec<Span>> {
    text.split(',')
        .map(|s| {
            let (a, b) = s.split_once('-')?;
            let (a, b) = (time(a)?, time(b)?);
            (a < b).then_some((a, b))
        })
        .collect()
}

fn time(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

/// The value in words, or `None` when it cannot be read (show it as written).
pub fn words(value: &str, tr: &Tr) -> Option<String> {
    let week = parse(value)?;
    if week.always {
        return Some(tr.t("hours-always"));
    }
    // Days with the same hours together, in the order of their first day.
    let mut groups: Vec<(Vec<usize>, &Day)> = Vec::new();
    for (d, day) in week.days.iter().enumerate() {
        let Some(day) = day else { continue };
        match groups.iter_mut().find(|(_, g)| *g == day) {
            Some((ds, _)) => ds.push(d),
            None => groups.push((vec![d], day)),
        }
    }
    let mut parts: Vec<String> = groups
        .iter()
        .map(|(ds, day)| {
            let mut s = days_words(ds, tr);
            if !day.spans.is_empty() {
                s.push(' ');
                s.push_str(&spans_words(&day.spans, tr));
            }
            if let Some(c) = &day.comment {
                s.push_str(&format!(" ({c})"));
            }
            s
        })
        .collect();
    if week.holidays_closed {
        parts.push(tr.t("hours-holidays-closed"));
    }
    Some(parts.join(" ; "))
}

/// "du lundi au vendredi", "le mardi et le jeudi", "tous les jours".
fn days_words(days: &[usize], tr: &Tr) -> String {
    if days.len() == 7 {
        return tr.t("hours-every-day");
    }
    let name = |d: usize| tr.t(&format!("hours-day-{}", d + 1));
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &d in days {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == d => *end = d,
            _ => runs.push((d, d)),
        }
    }
    let mut pieces = Vec::new();
    for (a, b) in runs {
        if b >= a + 2 {
            pieces.push(tr.t_args(
                "hours-days-range",
                &[("from", Arg::from(name(a))), ("to", Arg::from(name(b)))],
            ));
        } else {
            for d in a..=b {
                pieces.push(tr.t_args("hours-on-day", &[("day", Arg::from(name(d)))]));
            }
        }
    }
    list(pieces, tr)
}

/// "de 9 h à 12 h 30 et de 14 h à 17 h"
fn spans_words(spans: &[Span], tr: &Tr) -> String {
    let pieces = spans
        .iter()
        .map(|&(a, b)| {
            tr.t_args(
                "hours-span",
                &[
                    ("from", Arg::from(clock(a, tr))),
                    ("to", Arg::from(clock(b, tr))),
                ],
            )
        })
        .collect();
    list(pieces, tr)
}

/// "14 h", "9 h 30" (French), "14:00" (English).
fn clock(minutes: u16, tr: &Tr) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let key = if m == 0 {
        "hours-time"
    } else {
        "hours-time-min"
    };
    tr.t_args(
        key,
        &[
            ("h", Arg::from(h.to_string())),
            ("m", Arg::from(format!("{m:02}"))),
        ],
    )
}

/// "a, b et c"
fn list(mut pieces: Vec<String>, tr: &Tr) -> String {
    let Some(last) = pieces.pop() else {
        return String::new();
    };
    if pieces.is_empty() {
        return last;
    }
    format!("{} {} {last}", pieces.join(", "), tr.t("hours-and"))
}

#[cfg(test)]
mod tests;
