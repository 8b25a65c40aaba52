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
    .args(["--pseudo", OSC52, "--commune", OSC52]);
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
        let mut all = vec!["results"];
        all.extend_from_slice(args);
        common::in_data(std::path::Path::new(data), &all)
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

    // An age band is one of the fixed bands: a sequence is refused, and its refusal inert.
    let refused = common::french()
        .args(["--data-dir", data, "run", "abc-diag", "--plain"])
        .args(["--age-band", OSC52])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!refused.status.success(), "{refused:?}");
    assert_inert("run --age-band", &refused);

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

#[test]
fn export_names_the_sessions_it_could_not_read_and_reads_bad_bytes_lossily() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let mut run = common::french();
    run.args([
        "--data-dir",
        data,
        "run",
        "abc-diag",
        "--plain",
        "--seed",
        "1",
    ]);
    let o = common::with_stdin(run, &"?\n".repeat(40));
    assert!(o.status.success(), "{o:?}");
    let day = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let good = std::fs::read_dir(&day)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let bytes = std::fs::read(&good).unwrap();
    // A copy with one bad byte in its header (in the bank title), and one with no header.
    let mut bad_byte = bytes.clone();
    let at = bad_byte.windows(3).position(|w| w == b"abc").unwrap();
    bad_byte[at] = 0xFF;
    std::fs::write(day.join("20261201-100000-AAAAAAAA.jsonl"), bad_byte).unwrap();
    let mut no_header = bytes.clone();
    no_header[..20].fill(b'#');
    let broken = day.join("20261201-100001-BBBBBBBB.jsonl");
    std::fs::write(&broken, no_header).unwrap();

    let o = common::french()
        .args(["--data-dir", data, "results", "export"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    let csv = String::from_utf8(o.stdout).unwrap();
    assert_eq!(
        csv.lines().count(),
        4,
        "header + 2 sessions + total:\n{csv}"
    );
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("1 diagnostic n'a pas pu être lu"), "{err}");
    assert!(err.contains("BBBBBBBB"), "{err}");
    assert!(!err.contains("AAAAAAAA"), "{err}");
}

#[test]
fn names_have_a_limit() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let long = "é".repeat(101);
    let mut run = common::french();
    run.args(["--data-dir", data, "run", "abc-diag", "--plain"])
        .args(["--commune", &long]);
    let o = common::with_stdin(run, "?\n");
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--commune est trop long"), "{err}");
    assert!(
        !dir.path().join("sessions").exists(),
        "no session is started"
    );
}

/// A session file written before the input was cleaned (or edited by hand) and a file name
/// quoted in an error come out inert too.
#[test]
fn old_session_files_and_quoted_file_names_are_shown_inert() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let mut run = common::french();
    run.args(["--data-dir", data, "run", "abc-diag", "--plain"]);
    let o = common::with_stdin(run, &"?\n".repeat(40));
    assert!(o.status.success(), "{o:?}");
    let file = common::only_session(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    let raw = "\\u001b]52;c;aGVsbG8=\\u0007";
    let edited = text.replace("Diagnostic rapide", &format!("Diagnostic{raw} rapide"));
    assert_ne!(edited, text);
    std::fs::write(&file, edited).unwrap();
    let id = file
        .file_stem()
        .unwrap()
        .to_str()
        .unwrap()
        .rsplit('-')
        .next()
        .unwrap()
        .to_string();
    let results = |args: &[&str]| {
        let mut all = vec!["results"];
        all.extend_from_slice(args);
        common::in_data(std::path::Path::new(data), &all)
    };
    assert_inert("results --plain (edited file)", &results(&["--plain"]));
    let show = results(&["show", &id]);
    assert!(
        String::from_utf8_lossy(&show.stdout).contains("]52;c;"),
        "{show:?}"
    );
    assert_inert("results show (edited file)", &show);
    let out = format!("{data}/nowhere{OSC52}/fiche.html");
    let print = results(&["print", &id, "--out", &out]);
    assert!(!print.status.success(), "{print:?}");
    assert_inert("a file name in an error", &print);
}

/// File names are printed by `check` (its first line), `list` (user banks) and `kiosk
/// check`: a name holding an escape sequence comes out inert.
#[cfg(unix)]
#[test]
fn file_names_on_standard_output_are_inert() {
    let dir = tempfile::tempdir().unwrap();
    let banks = dir.path().join("banks");
    std::fs::create_dir(&banks).unwrap();
    let good = banks.join(format!("ok{OSC52}.toml"));
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/abc-diag.toml"),
    )
    .unwrap();
    std::fs::write(
        &good,
        shipped.replace("id = \"abc-diag\"", "id = \"abc-copie\""),
    )
    .unwrap();
    let bad = dir.path().join(format!("bad{OSC52}.toml"));
    std::fs::write(&bad, "schema = \"diagnum/1\"\n[bank]\nx = 1\n").unwrap();
    let run = |args: &[&std::ffi::OsStr]| {
        common::french()
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    for (what, o) in [
        (
            "check (no problem)",
            run(&["check".as_ref(), good.as_os_str()]),
        ),
        (
            "check (an error)",
            run(&["check".as_ref(), bad.as_os_str()]),
        ),
        ("list", run(&["list".as_ref()])),
    ] {
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(
            out.contains("]52;c;aGVsbG8="),
            "{what} names the file:\n{out}"
        );
        assert_inert(what, &o);
    }
}

/// A quiz holding escape sequences (pasted from a web page) imports to a bank without
/// them, and the import's messages quote its text inert.
#[test]
fn imports_drop_escape_sequences_and_quote_them_inert() {
    let dir = tempfile::tempdir().unwrap();
    let gift = dir.path().join("quiz.gift");
    std::fs::write(
        &gift,
        format!("::Q1::{OSC52} Quelle touche ?{{=Entrée{OSC52} ~Suppr}}\n"),
    )
    .unwrap();
    let aiken = dir.path().join("quiz.txt");
    std::fs::write(
        &aiken,
        format!("Quelle touche ?\nA. Suppr\nB. Entrée\nANSWER: {OSC52}Z\n"),
    )
    .unwrap();
    for (format, file) in [("gift", &gift), ("aiken", &aiken)] {
        let o = common::french()
            .args(["import", format])
            .arg(file)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_inert(format, &o);
        let toml = String::from_utf8_lossy(&o.stdout);
        assert!(!toml.to_lowercase().contains("\\u001b"), "{toml}");
        assert!(!toml.to_lowercase().contains("\\u009b"), "{toml}");
    }
}
