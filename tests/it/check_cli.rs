//! `diagnum check` as CI and editors run it: exit statuses and the JSON report.

use std::process::Command;

fn check(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_diagnum"))
        .args(["--lang", "fr", "check"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn exit_status_says_errors_then_warnings_when_denied() {
    assert_eq!(check(&["questions/abc-diag.toml"]).0, 0);
    assert_eq!(check(&["--deny-warnings", "questions/abc-diag.toml"]).0, 0);
    // Warnings only (no FALC wording on two questions).
    assert_eq!(check(&["tests/fixtures/sample.toml"]).0, 0);
    assert_eq!(
        check(&["--deny-warnings", "tests/fixtures/sample.toml"]).0,
        2
    );
    // Errors win over warnings, in any file of the list.
    let (code, _) = check(&[
        "--deny-warnings",
        "tests/fixtures/sample.toml",
        "tests/invalid/duplicate-id.toml",
    ]);
    assert_eq!(code, 1);
    assert_eq!(check(&["no/such/file.toml"]).0, 1);
}

#[test]
fn json_report_locates_each_problem() {
    let (code, out) = check(&["--format", "json", "tests/invalid/competence-typo.toml"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["errors"], 1);
    let problems = v["files"][0]["problems"].as_array().unwrap();
    let typo = problems
        .iter()
        .find(|p| p["code"] == "unknown-competence")
        .unwrap();
    assert_eq!(typo["severity"], "error");
    assert_eq!(
        (typo["line"].as_u64(), typo["column"].as_u64()),
        (Some(32), Some(14))
    );
    assert_eq!(typo["end_column"], 25);
    assert_eq!(typo["suggestion"], "messagerie");
    assert!(typo["message"].as_str().unwrap().contains("mesagerie"));
}
