//! `--printer`: hands the fiche to `lp` (CUPS), the printing command of Linux PCs.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver, TryRecvError};

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
        let mut why = crate::text::clean(String::from_utf8_lossy(&out.stderr).trim());
        if why.is_empty() {
            let code = out
                .status
                .code()
                .map_or_else(|| "?".to_string(), |c| c.to_string());
            why = tr.t_args(
                "printer-silent",
                &[
                    ("cmd", Arg::from(cmd.to_string())),
                    ("code", Arg::from(code)),
                ],
            );
        }
        Err(tr.t_args("printer-failed", &[("error", Arg::from(why))]))
    }
}

/// A fiche on its way to the printer. `lp` can take seconds (a sleeping printer, a CUPS
/// server far away): it runs on a thread of its own, so a screen waiting for it keeps
/// drawing and its timers keep running. Dropping the job forgets the answer, not the print.
#[derive(Debug)]
pub struct Job {
    done: Receiver<Result<String, String>>,
}

impl Job {
    /// Starts `cmd args…` with the text on its standard input.
    pub fn start(cmd: &str, args: &[String], text: String, tr: Tr) -> Job {
        let (tx, done) = mpsc::channel();
        let (cmd, args) = (cmd.to_string(), args.to_vec());
        let spawned = std::thread::Builder::new()
            .name("printer".into())
            .spawn(move || {
                let _ = tx.send(send_to(&cmd, &args, &text, &tr));
            });
        if let Err(e) = spawned {
            // No thread (out of resources): the answer is there at once.
            let (tx, rx) = mpsc::channel();
            let _ = tx.send(Err(
                tr.t_args("printer-failed", &[("error", Arg::from(tr.io(&e)))])
            ));
            return Job { done: rx };
        }
        Job { done }
    }

    /// The printer command's answer once it has ended; `None` while it runs.
    pub fn poll(&self) -> Option<Result<String, String>> {
        match self.done.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            // The thread ended without a word (it cannot, short of a panic): a failure.
            Err(TryRecvError::Disconnected) => Some(Err(String::new())),
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn wait(job: &Job) -> Result<String, String> {
        // Bounded: a few seconds at most on a busy machine, never forever.
        for _ in 0..6000 {
            if let Some(r) = job.poll() {
                return r;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the printer command never ended");
    }

    #[test]
    fn a_job_runs_beside_the_caller_and_reports_its_end() {
        let dir = tempfile::tempdir().unwrap();
        let go = dir.path().join("go");
        let out = dir.path().join("out.txt");
        // This printer waits for the test's word before it ends.
        let script = format!(
            "cat > '{}'; while [ ! -e '{}' ]; do sleep 0.02; done",
            out.display(),
            go.display()
        );
        let tr = Tr::new(Lang::Fr);
        let job = Job::start("sh", &["-c".into(), script], "fiche\n".into(), tr);
        for _ in 0..20 {
            assert_eq!(job.poll(), None, "still printing");
        }
        std::fs::write(&go, "").unwrap();
        assert!(wait(&job).is_ok());
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "fiche\n");
        // A printer command that fails without a word still gets a sentence.
        let failed = Job::start("false", &[], String::new(), tr);
        let why = wait(&failed).unwrap_err();
        assert!(why.contains("« false »") && why.contains("code 1"), "{why}");
        let missing = Job::start("/nonexistent/lp", &[], String::new(), tr);
        assert!(wait(&missing).unwrap_err().contains("/nonexistent/lp"));
    }
}
