//! One session, one append-only JSON Lines file: a header, one line per answer, then a
//! result (or "abandoned") line. Each line is written in one `write_all` and synced to disk
//! before the person sees the next question, so an acknowledged answer survives a power cut.
//! A write that fails (a full disk can take half a line) is undone: the file is cut back to
//! its last whole line before anything else is written, so a retry never glues onto a torn
//! line and every line a reader sees is whole.

pub mod inert;
mod locked;
pub mod read;
pub mod record;

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use read::{Read, Status, read};
pub use record::{AnswerLine, Header, Record, RunMode, Summary};

/// Version of the line format, written on every line so it can change later.
pub const FORMAT: u32 = 1;

/// An open journal. The file stays locked while it is open, so another diagnum on the same
/// data folder (a second kiosk) never offers to resume a session that is still running.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
    /// Length of the whole lines written so far: where the next line starts.
    len: u64,
    /// A failed write could not be undone yet: cut back to `len` before the next one.
    torn: bool,
    /// Tests: the next write stops with "disk full" after this many bytes.
    #[cfg(test)]
    fail_after: Option<usize>,
}

impl Journal {
    /// Creates a new session file; fails if the name is taken. The header is written under
    /// a hidden name first, then the file appears under its own name with its header (a hard
    /// link, which never replaces a file): a crash in between leaves no empty session file,
    /// which every listing would count as damaged.
    pub fn create(path: &Path, header: &Header) -> io::Result<Journal> {
        let name = path
            .file_name()
            .map_or_else(|| "session".into(), |n| n.to_string_lossy());
        let tmp = path.with_file_name(format!(".{name}.new"));
        let mut opts = OpenOptions::new();
        opts.read(true).write(true).create_new(true);
        private(&mut opts);
        let file = opts.open(&tmp)?;
        let _ = file.try_lock();
        let mut j = Journal::new(file, path, 0);
        let appeared = j
            .append(&Record::Start(header.clone()))
            .and_then(|()| appear(&tmp, path));
        if let Err(e) = appeared {
            drop(j);
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        if let Some(dir) = path.parent() {
            sync_dir(dir);
            sweep(dir);
        }
        Ok(j)
    }

    /// Reopens a session to go on with it. A torn last line (cut by a crash mid-write) is cut
    /// off first so the next line starts clean. Fails with `WouldBlock` when another process
    /// has the session open.
    pub fn reopen(path: &Path) -> io::Result<Journal> {
        let file = OpenOptions::new().read(true).write(true).open(path)?;
        file.try_lock().map_err(|e| match e {
            std::fs::TryLockError::WouldBlock => io::Error::from(io::ErrorKind::WouldBlock),
            std::fs::TryLockError::Error(e) => e,
        })?;
        let text = locked::read_all(&file)?;
        let keep = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        if keep < text.len() {
            file.set_len(keep as u64)?;
            file.sync_data()?;
        }
        let mut file = file;
        use std::io::Seek;
        file.seek(io::SeekFrom::End(0))?;
        Ok(Journal::new(file, path, keep as u64))
    }

    fn new(file: File, path: &Path, len: u64) -> Journal {
        Journal {
            file,
            path: path.to_path_buf(),
            len,
            torn: false,
            #[cfg(test)]
            fail_after: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes one line and waits until it is on disk. On failure nothing of the line stays:
    /// the file is cut back to its last whole line (or, if even that fails, before the next
    /// write), so the caller can say "not saved, try again" and a retry starts clean.
    pub fn append(&mut self, record: &Record) -> io::Result<()> {
        let mut line = record::to_line(record)?;
        line.push(b'\n');
        if self.torn {
            self.cut()?;
        }
        match self.write_line(&line) {
            Ok(()) => {
                self.len += line.len() as u64;
                Ok(())
            }
            Err(e) => {
                self.torn = true;
                let _ = self.cut();
                Err(e)
            }
        }
    }

    fn write_line(&mut self, line: &[u8]) -> io::Result<()> {
        #[cfg(test)]
        if let Some(n) = self.fail_after.take() {
            self.file.write_all(&line[..n.min(line.len())])?;
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        self.file.write_all(line)?;
        self.file.sync_data()
    }

    /// Cuts the file back to its whole lines and puts the cursor at the end.
    fn cut(&mut self) -> io::Result<()> {
        use std::io::Seek;
        self.file.set_len(self.len)?;
        self.file.seek(io::SeekFrom::Start(self.len))?;
        self.file.sync_data()?;
        self.torn = false;
        Ok(())
    }

    /// Tests: the next write stops after `bytes` bytes, as a full disk does.
    #[cfg(test)]
    pub(crate) fn fail_next_write_after(&mut self, bytes: usize) {
        self.fail_after = Some(bytes);
    }
}

/// Hidden files of sessions whose creation was cut short (a crash between the header and
/// the link), more than a minute old and held by no one: nothing in them was ever shown.
fn sweep(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let leftover = name
            .to_str()
            .is_some_and(|n| n.starts_with('.') && n.ends_with(".jsonl.new"));
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 60);
        if leftover && old && !is_locked_elsewhere(&e.path()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The hidden file `tmp` (header written) becomes `path`, never replacing a file there.
fn appear(tmp: &Path, path: &Path) -> io::Result<()> {
    match std::fs::hard_link(tmp, path) {
        Ok(()) => {
            let _ = std::fs::remove_file(tmp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // No hard links on this disk (a FAT USB stick): a rename, the name checked first.
        Err(_) if path.exists() => Err(io::Error::from(io::ErrorKind::AlreadyExists)),
        Err(_) => std::fs::rename(tmp, path),
    }
}

/// Whether another process holds this session open right now.
pub fn is_locked_elsewhere(path: &Path) -> bool {
    File::open(path).is_ok_and(|f| matches!(f.try_lock(), Err(std::fs::TryLockError::WouldBlock)))
}

/// Results say how someone did: readable by the owner only.
#[cfg(unix)]
fn private(opts: &mut OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    opts.mode(0o600);
}

#[cfg(not(unix))]
fn private(_: &mut OpenOptions) {}

/// A new file name is only durable once its directory is synced (Unix).
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
pub(crate) mod tests;
