//! Fault injection on the real binary (issue 17): output pipes closed by the reader, input
//! that never ends or never stops, a line far too long, bytes that are not UTF-8. Nothing may
//! panic, grow without bound, or lose what was acknowledged. (A journal write failing mid-line
//! is tested without root in records::journal and records::tracked; signals in
//! `signals.rs`; escape sequences in `injection.rs` and `inert_sessions.rs`.)

use crate::common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The status a shell reports for a program whose reader went away (128 + SIGPIPE).
const CLOSED_PIPE: i32 = 141;

fn finished_session(data: &Path) -> String {
    let mut run = common::french();
    run.arg("--data-dir")
        .arg(data)
        .args(["run", "abc-diag", "--plain", "--pseudo", "Lou"]);
    let o = common::with_stdin(run, &"?\n".repeat(40));
    assert!(o.status.success(), "{o:?}");
    String::from_utf8_lossy(&o.stdout)
        .split("results show ")
        .nth(1)
        .and_then(|s| s.split(|c: char| !c.is_ascii_alphanumeric()).next())
        .expect("the session number is shown")
        .to_string()
}

/// Runs with standard output already closed by its reader (`| head` gone).
fn with_closed_stdout(mut c: Command) -> Output {
    let mut child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_output_pipe_ends_every_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let id = finished_session(dir.path());
    let bank = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/abc-diag.toml");
    let commands: [&[&str]; 7] = [
        &["results", "--plain"],
        &["results", "export"],
        &["results", "export", "--format", "json"],
        &["results", "show", &id],
        &["results", "print", &id],
        &["list"],
        &["check", bank.to_str().unwrap()],
    ];
    for args in commands {
        let mut c = common::french();
        c.arg("--data-dir").arg(dir.path()).args(args);
        let o = with_closed_stdout(c);
        assert_eq!(o.status.code(), Some(CLOSED_PIPE), "{args:?}: {o:?}");
        assert!(o.stderr.is_empty(), "{args:?}: {o:?}");
    }
}

/// Feeds `bytes` then closes; the program may stop reading first (that is the point).
fn fed(mut c: Command, chunks: Vec<Vec<u8>>) -> Output {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for chunk in chunks {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn journal_sizes(data: &Path) -> Vec<u64> {
    let mut sizes = Vec::new();
    for day in std::fs::read_dir(data.join("sessions")).unwrap() {
        for f in std::fs::read_dir(day.unwrap().path()).unwrap() {
            sizes.push(f.unwrap().metadata().unwrap().len());
        }
    }
    sizes
}

/// `< /dev/zero`: a megabyte without a newline is nobody typing; reading stops, the
/// session stays resumable and small.
#[test]
fn endless_input_stops_the_reading_with_a_word() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = common::french();
    c.arg("--data-dir")
        .arg(dir.path())
        .args(["run", "abc-diag", "--plain"]);
    let zeros = vec![vec![0u8; 1 << 20]; 8];
    let o = fed(c, [b"?\n".to_vec()].into_iter().chain(zeros).collect());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("la lecture s'arrête"), "{out}");
    assert!(out.contains("--resume"), "says how to go on: {out}");
    assert_eq!(journal_sizes(dir.path()).len(), 1);
    assert!(journal_sizes(dir.path())[0] < 4096);
}

/// A pasted page at a question is refused, not kept; the run goes on to its end.
#[test]
fn a_line_far_too_long_is_refused_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = common::french();
    c.arg("--data-dir")
        .arg(dir.path())
        .args(["run", "abc-diag", "--plain"]);
    let mut long = vec![b'x'; 500_000];
    long.push(b'\n');
    let o = fed(c, vec![long, b"?\n".repeat(40)]);
    assert!(o.status.success(), "{o:?}");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("trop longue"), "{out}");
    assert!(out.contains("Votre résultat"), "{out}");
    assert!(journal_sizes(dir.path())[0] < 64 * 1024);
}

/// A Latin-1 terminal sends "été" as E9 74 E9: asked again, not the end of the session.
#[test]
fn bytes_that_are_not_utf8_are_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = common::french();
    c.arg("--data-dir")
        .arg(dir.path())
        .args(["run", "abc-diag", "--plain"]);
    let o = fed(c, vec![b"\xe9t\xe9\n".to_vec(), b"?\n".repeat(40)]);
    assert!(o.status.success(), "{o:?}");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Votre résultat"), "{out}");
    assert!(o.stderr.is_empty(), "{o:?}");
}
