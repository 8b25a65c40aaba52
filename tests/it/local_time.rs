//! Dates are the PC's local dates (issue 18): with the time zone set far from UTC, a
//! session is filed, stored and listed under the local day, its timestamps keep the offset.

use std::path::Path;

use crate::common;

/// The zone files the test needs come with the system's `tzdata`; CI installs it.
fn zone_available(tz: &str) -> bool {
    let here = Path::new("/usr/share/zoneinfo").join(tz).exists();
    assert!(
        here || std::env::var_os("CI").is_none() || cfg!(windows),
        "{tz} is missing: install tzdata"
    );
    here
}

/// The local date in `tz` now, by jiff (not by diagnum's own code).
fn local_date(tz: &str) -> String {
    let zone = jiff::tz::TimeZone::get(tz).unwrap();
    jiff::Timestamp::now().to_zoned(zone).date().to_string()
}

fn run_in(tz: &str, data: &Path) -> (String, String, String) {
    let before = local_date(tz);
    let mut c = common::french();
    c.env("TZ", tz)
        .arg("--data-dir")
        .arg(data)
        .args(["run", "abc-diag", "--plain", "--seed", "1"]);
    let answers = std::fs::read_to_string("benches/abc-diag.answers").unwrap();
    let out = common::with_stdin(c, &answers);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = local_date(tz);
    let day = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name()
        .into_string()
        .unwrap();
    // Midnight may pass during the run: either side of it is right.
    assert!(
        day == before || day == after,
        "{tz}: filed under {day}, local day {before}"
    );
    let file = std::fs::read_dir(data.join("sessions").join(&day))
        .unwrap()
        .flatten()
        .find(|f| f.file_name().to_string_lossy().ends_with(".jsonl"))
        .unwrap()
        .path();
    let header = std::fs::read_to_string(file).unwrap();
    let mut list = common::french();
    list.env("TZ", tz)
        .arg("--data-dir")
        .arg(data)
        .args(["results", "--plain"]);
    let listed = String::from_utf8(list.output().unwrap().stdout).unwrap();
    (day, header.lines().next().unwrap().to_string(), listed)
}

#[test]
fn far_from_utc_sessions_are_filed_and_listed_under_the_local_day() {
    // UTC+14 and UTC−11: at any hour, at least one of them is on another day than UTC.
    let zones = [
        ("Pacific/Kiritimati", "+14:00"),
        ("Pacific/Pago_Pago", "-11:00"),
    ];
    if !zones.iter().all(|(tz, _)| zone_available(tz)) {
        return;
    }
    let utc_before = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let mut days = Vec::new();
    for (tz, offset) in zones {
        let data = tempfile::tempdir().unwrap();
        let (day, header, listed) = run_in(tz, data.path());
        assert!(header.contains(&format!("{offset}\"")), "{tz}: {header}");
        // Listed in French as dd/mm/yyyy.
        let (y, m, d) = (&day[..4], &day[5..7], &day[8..10]);
        assert!(listed.contains(&format!("{d}/{m}/{y}")), "{tz}: {listed}");
        days.push(day);
    }
    let utc_after = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let utc = [utc_before.to_string(), utc_after.to_string()];
    assert!(
        days.iter().any(|d| !utc.contains(d)),
        "both runs filed under the UTC day: {days:?}"
    );
}
