//! The wrong-code count on disk: one line, `failures until`, the end of the wait in
//! milliseconds since 1970. Replaced whole at each change (`records::write_replacing`), so a
//! reader sees the old line or the new one. A missing or damaged file counts as no failure
//! (it can only be damaged by someone who can already write in the data folder).
//!
//! The failure is written *before* the code is checked: killing the kiosk during the check
//! (the hash takes half a second) does not save a try. Kiosks sharing the folder read it
//! before each check and take the stricter count; two failures written at the same instant
//! may count as one.

use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::Attempts;

/// The file's name in the data folder.
pub const FILE: &str = "kiosk-code-attempts";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    path: PathBuf,
    /// Wall-clock time (ms since 1970) when kiosk time was zero.
    epoch_ms: u64,
}

impl Ledger {
    /// The ledger in `data`, kiosk time starting now.
    pub fn in_data_dir(data: &Path) -> Ledger {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Ledger::at(data.join(FILE), millis(now))
    }

    /// A ledger at `path` whose kiosk time zero is `epoch_ms` (tests set both).
    pub fn at(path: PathBuf, epoch_ms: u64) -> Ledger {
        Ledger { path, epoch_ms }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The count on disk, on kiosk time `now`. Missing or damaged: no failure.
    pub fn load(&self, now: Duration) -> Attempts {
        let Some((failures, until_ms)) = std::fs::read(&self.path)
            .ok()
            .and_then(|bytes| parse(&bytes))
        else {
            return Attempts::default();
        };
        let wall = self.epoch_ms.saturating_add(millis(now));
        let left = Duration::from_millis(until_ms.saturating_sub(wall));
        Attempts::restored(failures, left, now)
    }

    /// Writes the count; the end of the wait is stored as wall-clock time.
    pub fn save(&self, attempts: &Attempts) -> io::Result<()> {
        let until = self
            .epoch_ms
            .saturating_add(millis(attempts.blocked_until()));
        let line = format!("{} {until}\n", attempts.failures());
        if let Some(dir) = self.path.parent().filter(|d| !d.exists()) {
            // A kiosk whose first visitor has not come yet has no data folder.
            let mut b = std::fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
            b.create(dir)?;
        }
        crate::records::write_replacing(&self.path, line.as_bytes())
    }

    /// The right code was given: the count starts again.
    pub fn clear(&self) -> io::Result<()> {
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// `failures until_ms`, nothing else (a newline at the end allowed).
fn parse(bytes: &[u8]) -> Option<(u32, u64)> {
    if bytes.len() > 64 {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let mut words = text.trim_end_matches('\n').split(' ');
    let failures = words.next()?.parse().ok()?;
    let until = words.next()?.parse().ok()?;
    words.next().is_none().then_some((failures, until))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    #[test]
    fn a_restart_keeps_the_count_and_the_wait() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("donnees").join(FILE);
        let first = Ledger::at(path.clone(), 1_000_000);
        let mut a = first.load(s(0));
        assert_eq!(a, Attempts::default(), "no file: no failure");
        for _ in 0..4 {
            a.fail(s(20));
        }
        first.save(&a).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "4 1028000\n");
        // Restarted 3 s later: kiosk time is zero again, 5 s are left of the 8 s wait.
        let again = Ledger::at(path.clone(), 1_023_000);
        let b = again.load(s(0));
        assert_eq!((b.failures(), b.wait(s(0))), (4, s(5)));
        // After the wait, the next failure waits longer, as without a restart.
        let mut b = again.load(s(10));
        assert_eq!(b.fail(s(10)), s(16));
        again.clear().unwrap();
        assert!(!path.exists());
        again.clear().unwrap();
    }

    #[test]
    fn a_damaged_file_counts_as_no_failure_and_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        let ledger = Ledger::at(path.clone(), 0);
        for junk in [
            &b""[..],
            b"\n",
            b"3",
            b"3 x\n",
            b"-1 5\n",
            b"3 5 7\n",
            b"\xff\xfe",
            &[b'9'; 100],
        ] {
            std::fs::write(&path, junk).unwrap();
            assert_eq!(ledger.load(s(1)), Attempts::default(), "{junk:?}");
        }
        let mut a = Attempts::default();
        a.fail(s(1));
        ledger.save(&a).unwrap();
        assert_eq!(ledger.load(s(1)).failures(), 1);
    }

    #[test]
    fn a_wait_far_in_the_future_is_capped_by_the_count() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        std::fs::write(&path, format!("2 {}\n", u64::MAX)).unwrap();
        let a = Ledger::at(path, 5_000).load(s(0));
        assert_eq!(a.wait(s(0)), s(2));
    }
}
