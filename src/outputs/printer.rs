//! `--printer`: hands the fiche to `lp` (CUPS), the printing command of Linux PCs.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::i18n::{Arg, Tr};

/// The command to use; `DIAGNUM_LP` lets a site (or a test) point to another one.
pub fn lp() -> String {
    std::env::var("DIAGNUM_LP").unwrap_or_else(|_| "lp".to_string())
}

/// Sends the text fiche: every CUPS prints plain text, few print HTML.
pub fn send(text: &str, tr: &Tr) -> Result<String, String> {
    send_to(&lp(), &[], text, tr)
}

/// Sends the text to `cmd args…` on its standard input (the kiosk adds `-d PRINTER`).
pub fn send_to(cmd: &str, args: &[String], text: &str, tr: &Tr) -> Result<String, String> {
    let mut child = Command::new(cmd)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|_| tr.t_args("printer-missing", &[("cmd", Arg::from(cmd.to_string()))]))?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text.as_bytes());
    }
    let out = child
        .wait_with_output()
        .map_err(|e| tr.t_args("printer-failed", &[("error", Arg::from(tr.io(&e)))]))?;
    if out.status.success() {
        Ok(format!("{}\n", tr.t("printer-sent")))
    } else {
        let why = String::from_utf8_lossy(&out.stderr).trim().to_string();
        Err(tr.t_args("printer-failed", &[("error", Arg::from(why))]))
    }
}
