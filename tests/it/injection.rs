//! Escape sequences from outside the program never reach the terminal: an OSC 52 sequence
//! (writes the clipboard) and a CSI (clears the screen) in typed answers, names, the
//! commune and a bank file go through every text output, and come out inert.

use crate::common;

use std::process::{Output, Stdio};

const OSC52: &str = "\u{1b}]52;c;aGVsbG8=\u{7}\u{1b}[2J\u{9b}2J";

fn assert_inert(what: &str, o: &Output) {
    let all = [&o.stdout[..], &o.stderr[..]].concat();
    let text = String::from_utf8_lossy(&all);
    assert!(
        !text.contains(['\u{1b}', '\u{7}', '\u{9b}']),
        "{what} printed a control character:\n{text:?}"
    );
}

#[test]
fn an_escape_sequence_goes_through_every_output_inert() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    // Each question gets the sequence first (refused by a choice, taken by a text question),
    // then "?".
    let stdin = format!("{OSC52}\n?\n").repeat(40);
    let mut run = common::french();
    run.args([
        "--data-dir",
        data,
        "run",
        "abc-diag",
        "--plain",
        "--seed",
        "1",
    ])
    .args(["--pseudo", OSC52, "--commune", OSC52, "--age-band", OSC52]);
    let o = common::with_stdin(run, &stdin);
    assert_inert("run --plain", &o);
    let id = String::from_utf8_lossy(&o.stdout)
        .split("results show ")
        .nth(1)
        .map(|s| {
            s.split(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .unwrap()
                .to_string()
        })
        .expect("the session number is shown");

    let results = |args: &[&str]| {
        common::french()
            .args(["--data-dir", data, "results"])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    assert_inert("results --plain", &results(&["--plain"]));
    let show = results(&["show", &id]);
    assert!(show.status.success(), "{show:?}");
    assert_inert("results show", &show);
    assert_inert("results export", &results(&["export", "--with-names"]));
    assert_inert(
        "results export json",
        &results(&["export", "--format", "json"]),
    );

    let bank = dir.path().join("b.toml");
    std::fs::write(&bank, format!("[bank]\ntitre = \"{OSC52}\" x\n")).unwrap();
    let check = common::french()
        .arg("check")
        .arg(&bank)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!check.status.success());
    assert_inert("check", &check);
}
