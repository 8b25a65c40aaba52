//! The real binary as a person runs it, in French whatever the machine's own locale.
//! Each test file uses part of this; the rest would warn as unused there.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_diagnum");

/// diagnum in French whatever the system (`DIAGNUM_LANG` works on Windows too, where `LANG`
/// is ignored), with a French locale and no other language setting that could win over it.
pub fn french() -> Command {
    let mut c = Command::new(BIN);
    c.env("DIAGNUM_LANG", "fr")
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

/// Runs it with `stdin` piped in, as answers typed or redirected from a file.
pub fn with_stdin(mut c: Command, stdin: &str) -> Output {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let written = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    // A program that stops before reading its input (a refused argument) closes the pipe:
    // not the test's failure, its output says what happened.
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

/// `diagnum --data-dir DATA ARGS…` in French, nothing on its input.
pub fn in_data(data: &std::path::Path, args: &[&str]) -> Output {
    french()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// What it printed, standard output then standard error.
pub fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

/// A bank shipped with diagnum.
pub fn shipped(id: &str) -> diagnum::bank::Bank {
    diagnum::bank::source::Library::new(None)
        .resolve(id)
        .unwrap()
        .loaded
        .value
        .unwrap()
}

/// The one session file of a data folder that holds one.
pub fn only_session(data: &std::path::Path) -> std::path::PathBuf {
    let day = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::read_dir(&day)
        .unwrap()
        .flatten()
        .map(|f| f.path())
        .find(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .unwrap()
}
