//! The full screen in a real terminal (tmux, on a socket of its own): SIGTERM and SIGHUP
//! give the terminal back (main screen, no mouse reports, cursor shown; the kiosk's last
//! screen erased) with status 143 / 129 and the session left resumable; and a session file
//! full of escape sequences shown in the history screen sends none of them to the terminal.
//! Skipped, with a word, where tmux is not installed (CI installs it).

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    /// A server of our own running `args` (diagnum's) in an 80×24 window, from a shell that
    /// prints its status when it ends and stays (a dead pane's cursor cannot be read);
    /// `None` without tmux.
    fn start(name: &str, data: &Path, args: &[&str]) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("tmux is not installed: {name} skipped");
            return None;
        }
        let t = Tmux {
            socket: format!("diagnum-it-{name}-{}", std::process::id()),
        };
        let mut cmd = format!(
            "env DIAGNUM_LANG=fr LANG=fr_FR.UTF-8 '{}' --data-dir '{}'",
            common::BIN,
            data.display()
        );
        for a in args {
            cmd.push_str(&format!(" '{a}'"));
        }
        cmd.push_str("; echo \"STATUS=$?\"; exec sleep 600");
        t.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "80",
            "-y",
            "24",
            &cmd,
        ]);
        Some(t)
    }

    fn tmux(&self, args: &[&str]) -> String {
        let o = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).trim_end().to_string()
    }

    fn show(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", format])
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    /// diagnum's process id: the pane's shell's child (read from /proc).
    fn diagnum_pid(&self) -> String {
        let shell = self.show("#{pane_pid}");
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
            // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'.
            let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
            if after.split_whitespace().nth(1) == Some(shell.as_str()) {
                return entry.file_name().to_string_lossy().into_owned();
            }
        }
        panic!("no child of the pane's shell {shell}");
    }

    /// Waits (at most a minute: the machine may be busy) until `ready` holds.
    fn wait_for(&self, what: &str, ready: impl Fn(&Tmux) -> bool) {
        let start = Instant::now();
        while !ready(self) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "never {what}:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

/// Presses `key` until the screen shows `shown` (a key sent while the program starts may be
/// read before its first screen).
fn press_until(t: &Tmux, key: &str, shown: &str) {
    t.wait_for(&format!("showed {shown:?}"), |t| {
        if !t.screen().contains(shown) {
            t.tmux(&["send-keys", key]);
            std::thread::sleep(Duration::from_millis(500));
        }
        t.screen().contains(shown)
    });
}

/// Starts `args`, goes as far as `prepare` takes it, sends `signal`, and checks the
/// terminal it leaves. Returns the screen left, then the plain listing.
fn stopped_by(
    signal: &str,
    status: &str,
    args: &[&str],
    prepare: impl Fn(&Tmux),
) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start(&format!("{}{signal}", args[0]), dir.path(), args)?;
    prepare(&t);
    assert_eq!(t.show("#{alternate_on}"), "1", "the full screen is up");
    let pid = t.diagnum_pid();
    let killed = Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .unwrap();
    assert!(killed.success());
    let said = format!("STATUS={status}");
    t.wait_for("ended", |t| t.screen().contains("STATUS="));
    assert!(
        t.screen().contains(&said),
        "{args:?} {signal}:\n{}",
        t.screen()
    );
    assert_eq!(
        t.show("#{alternate_on} #{mouse_any_flag} #{mouse_sgr_flag} #{cursor_flag}"),
        "0 0 0 1",
        "{args:?} {signal}: main screen, no mouse reports, cursor shown"
    );
    let screen = t.screen().replace(&said, "");
    let listed = common::french()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["results", "--plain"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Some(format!(
        "{screen}\n---\n{}",
        String::from_utf8_lossy(&listed.stdout)
    ))
}

#[test]
fn sigterm_and_sighup_give_the_terminal_back() {
    for (signal, status) in [("TERM", "143"), ("HUP", "129")] {
        let answered_one = |t: &Tmux| {
            press_until(t, "Enter", "Question 1 /");
            t.tmux(&["send-keys", "1"]);
            press_until(t, "Enter", "Question 2 /");
        };
        let Some(after) = stopped_by(signal, status, &["run", "abc-diag"], answered_one) else {
            return;
        };
        assert!(after.contains("interrompu"), "resumable:\n{after}");
    }
}

#[test]
fn the_kiosk_stopped_by_a_signal_erases_its_screen() {
    for (signal, status) in [("TERM", "143"), ("HUP", "129")] {
        let visiting = |t: &Tmux| press_until(t, "Enter", "Question 1 /");
        let Some(after) = stopped_by(signal, status, &["kiosk"], visiting) else {
            return;
        };
        let screen = after.split("\n---\n").next().unwrap();
        assert!(
            screen.trim().is_empty(),
            "nothing left on screen:\n{screen}"
        );
    }
}

/// The history screen reading a session whose texts all start with OSC 0 (window title)
/// and OSC 52 (clipboard): the terminal's own record of what it received has neither.
#[test]
fn the_history_screen_sends_no_escape_sequence_from_a_session_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut run = common::french();
    run.arg("--data-dir")
        .arg(dir.path())
        .args(["run", "abc-diag", "--plain", "--pseudo", "Lou"]);
    assert!(common::with_stdin(run, &"?\n".repeat(40)).status.success());
    let file = common::only_session(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    let evil = "\\u001b]0;PIRATE\\u0007\\u001b]52;c;aGk=\\u0007";
    let poisoned = text
        .replace("\"bank_title\":\"", &format!("\"bank_title\":\"{evil}"))
        .replace("\"pseudonym\":\"", &format!("\"pseudonym\":\"{evil}"));
    assert_ne!(poisoned, text);
    std::fs::write(&file, poisoned).unwrap();
    let Some(t) = Tmux::start("history", dir.path(), &["results"]) else {
        return;
    };
    let raw = dir.path().join("pane.raw");
    t.tmux(&["pipe-pane", "-o", &format!("cat >> '{}'", raw.display())]);
    // Redrawn whole once the pipe is there.
    t.tmux(&["resize-window", "-x", "100", "-y", "30"]);
    t.wait_for("showed the session", |t| t.screen().contains("Lou"));
    t.tmux(&["send-keys", "Enter"]);
    std::thread::sleep(Duration::from_millis(500));
    // Échap asks whether to leave; → Quitter, Entrée.
    press_until(&t, "Escape", "> Continuer <");
    t.tmux(&["send-keys", "Right"]);
    press_until(&t, "Enter", "STATUS=");
    let bytes = std::fs::read(&raw).unwrap_or_default();
    let stream = String::from_utf8_lossy(&bytes);
    assert!(stream.contains("Lou"), "the pane's stream was recorded");
    assert!(!stream.contains("\u{1b}]0;"), "a window title was sent");
    assert!(!stream.contains("\u{1b}]52"), "the clipboard was written");
    assert!(!t.show("#{pane_title}").contains("PIRATE"));
}
