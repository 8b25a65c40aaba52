//! The sessions folder: `<data>/sessions/<YYYY-MM-DD>/<YYYYMMDD-HHMMSS>-<ID>.jsonl`.
//! One file per session, created with `create_new`, so two diagnum on one shared folder
//! (two kiosks) never write into the same file.

use std::io;
use std::path::{Path, PathBuf};

use rand::{Rng, RngExt};

use crate::records::date::Date;
use crate::records::journal::{self, Header, Journal};

/// Letters and digits that cannot be misread for one another (no 0/O, 1/I/L).
const ID_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// 31^8 ≈ 8.5·10^11: collisions stay negligible over hundreds of thousands of sessions.
const ID_LEN: usize = 8;

#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

/// A session file, known by its name alone (nothing read yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub day: Date,
    pub path: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    NotFound(String),
    /// Several sessions start with what was typed.
    Ambiguous(String, Vec<String>),
}

pub fn new_id(rng: &mut impl Rng) -> String {
    (0..ID_LEN)
        .map(|_| ID_ALPHABET[rng.random_range(0..ID_ALPHABET.len())] as char)
        .collect()
}

/// An id as typed: any case, dashes and spaces ignored.
pub fn normalize_id(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl Store {
    pub fn new(data_dir: &Path) -> Store {
        Store {
            root: data_dir.join("sessions"),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Starts a new session file; the header's id is chosen here.
    pub fn create(&self, mut header: Header, rng: &mut impl Rng) -> io::Result<Journal> {
        let day_dir = self.root.join(header.started.date().iso());
        create_private_dir(&day_dir)?;
        loop {
            header.id = new_id(rng);
            let name = format!("{}-{}.jsonl", header.started.compact(), header.id);
            match Journal::create(&day_dir.join(name), &header) {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                other => return other,
            }
        }
    }

    /// The day folders, oldest first, each with its date.
    pub fn days(&self) -> io::Result<Vec<(Date, PathBuf)>> {
        let dirs = match std::fs::read_dir(&self.root) {
            Ok(d) => d,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut out: Vec<(Date, PathBuf)> = dirs
            .flatten()
            .filter_map(|d| {
                let date = d.file_name().to_str().and_then(Date::parse_iso)?;
                Some((date, d.path()))
            })
            .collect();
        out.sort_by_key(|(d, _)| *d);
        Ok(out)
    }

    /// Every session file, oldest first. A missing folder is an empty history.
    pub fn entries(&self) -> io::Result<Vec<Entry>> {
        let mut out: Vec<Entry> = self
            .days()?
            .iter()
            .flat_map(|(date, dir)| day_entries(*date, dir))
            .collect();
        out.sort_by(|a, b| a.path.file_name().cmp(&b.path.file_name()));
        Ok(out)
    }

    /// The session whose id is, or starts with, what was typed.
    pub fn find(&self, typed: &str) -> io::Result<Result<Entry, FindError>> {
        let want = normalize_id(typed);
        if want.is_empty() {
            return Ok(Err(FindError::NotFound(typed.to_string())));
        }
        let entries = self.entries()?;
        if let Some(e) = entries.iter().find(|e| e.id == want) {
            return Ok(Ok(e.clone()));
        }
        let mut hits: Vec<Entry> = entries
            .into_iter()
            .filter(|e| e.id.starts_with(&want))
            .collect();
        Ok(match hits.len() {
            0 => Err(FindError::NotFound(typed.to_string())),
            1 => Ok(hits.remove(0)),
            _ => Err(FindError::Ambiguous(
                typed.to_string(),
                hits.into_iter().map(|e| e.id).collect(),
            )),
        })
    }

    /// Deletes the sessions started before `before` (RGPD retention). Sessions open in
    /// another diagnum are left alone. Returns (deleted, kept because in use).
    pub fn purge(&self, before: Date, dry_run: bool) -> io::Result<(Vec<Entry>, Vec<Entry>)> {
        let (mut deleted, mut busy) = (Vec::new(), Vec::new());
        for e in self.entries()?.into_iter().filter(|e| e.day < before) {
            if journal::is_locked_elsewhere(&e.path) {
                busy.push(e);
                continue;
            }
            if !dry_run {
                std::fs::remove_file(&e.path)?;
                if let Some(dir) = e.path.parent() {
                    remove_if_empty(dir);
                }
            }
            deleted.push(e);
        }
        journal::sync_dir(&self.root);
        Ok((deleted, busy))
    }
}

/// `<YYYYMMDD-HHMMSS>-<ID>.jsonl`: what diagnum names a session file (its temporary and
/// index files start with a dot).
fn is_session_name(name: &str) -> bool {
    !name.starts_with('.') && name.strip_suffix(".jsonl").is_some_and(|s| s.contains('-'))
}

/// The summary file of a day folder (see `records::index`). Its name starts with a dot and
/// does not end in `.jsonl`, so it is never taken for a session.
pub const INDEX_FILE: &str = ".index";

/// Removes a day folder once no session is left in it, its index first. Another diagnum
/// rewriting the index at that moment only leaves the folder in place.
fn remove_if_empty(dir: &Path) {
    let any_session = std::fs::read_dir(dir).map_or(true, |files| {
        files
            .flatten()
            .any(|f| f.file_name().to_str().is_some_and(is_session_name))
    });
    if !any_session {
        let _ = std::fs::remove_file(dir.join(INDEX_FILE));
        let _ = std::fs::remove_dir(dir);
    }
}

/// The session files of one day folder (unreadable folder: none).
pub fn day_entries(day: Date, dir: &Path) -> Vec<Entry> {
    let Ok(files) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    files
        .flatten()
        .filter_map(|f| Entry::named(day, dir, f.file_name().to_str()?))
        .collect()
}

impl Entry {
    /// The session file `name` of a day folder, when it is named as diagnum names them
    /// (`<YYYYMMDD-HHMMSS>-<ID>.jsonl`).
    pub fn named(day: Date, dir: &Path, name: &str) -> Option<Entry> {
        let stem = name
            .strip_suffix(".jsonl")
            .filter(|_| is_session_name(name))?;
        let (_, id) = stem.rsplit_once('-')?;
        Some(Entry {
            id: id.to_string(),
            day,
            path: dir.join(name),
        })
    }

    /// The file's name in its day folder.
    pub fn name(&self) -> &str {
        self.path.file_name().and_then(|n| n.to_str()).unwrap_or("")
    }
}

/// Day folders of the owner only, like the files in them.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)?;
    if let Some(parent) = dir.parent() {
        journal::sync_dir(parent);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
