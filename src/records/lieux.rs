//! The imported lieux de médiation numérique, kept in the data folder:
//! `<data>/lieux/lieux.tsv`, one lieu a line (tab-separated, loaded in a few milliseconds
//! at start-up), under a first line that says which file it came from and of when. An
//! import replaces it whole, through a temporary file in the same folder: on any error
//! the previous import stays as it was.

pub mod read;

use std::io::{self};
use std::path::{Path, PathBuf};

use crate::diagnostic::lieux::{Directory, Lieu, commune, line};
use crate::records::date::Date;
pub use read::{FileError, MAX_BYTES, Reason, Rejected};

const MAGIC: &str = "diagnum-lieux";
const VERSION: &str = "1";

/// Where the import is kept.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join("lieux").join("lieux.tsv")
}

/// What the stored import says of itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The file's date: from its name ("20250509-…"), else its latest `date_maj`.
    pub file_date: Option<Date>,
    pub imported: Date,
    /// The file's name, as imported.
    pub source: String,
    pub count: usize,
}

#[derive(Debug, Clone)]
pub struct Stored {
    pub meta: Meta,
    pub directory: Directory,
}

/// Why an import failed: the file (its words in `commands::lieux`) or the disk.
#[derive(Debug)]
pub enum ImportError {
    File(FileError),
    Io(io::Error),
    /// The file was read, but no row of it (or of the départements asked) is a lieu.
    NothingKept,
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct Report {
    pub meta: Meta,
    pub rejected: Vec<Rejected>,
    pub other_departements: usize,
    pub json: bool,
}

/// "20250509-anct-lieux-….csv" or "2025-05-09_…": the date a file's name starts with.
pub fn date_in_name(name: &str) -> Option<Date> {
    let compact = name
        .get(..8)
        .filter(|d| d.chars().all(|c| c.is_ascii_digit()));
    match compact {
        Some(d) => Date::parse(&format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8])),
        None => Date::parse(name.get(..10)?),
    }
}

/// Reads `file` and replaces the stored import with the lieux of `departements` (all when
/// empty). Nothing is written unless the file was read and kept at least one lieu.
pub fn import(
    file: &Path,
    departements: &[String],
    data_dir: &Path,
    today: Date,
) -> Result<Report, ImportError> {
    let size = std::fs::metadata(file).map_err(ImportError::Io)?.len();
    if size > MAX_BYTES {
        return Err(ImportError::File(FileError::TooLarge {
            megabytes: size / (1024 * 1024),
        }));
    }
    let bytes = std::fs::read(file).map_err(ImportError::Io)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        ImportError::File(FileError::NotUtf8 { line })
    })?;
    let read = read::parse(text, departements).map_err(ImportError::File)?;
    if read.lieux.is_empty() {
        return Err(ImportError::NothingKept);
    }
    let source = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let meta = Meta {
        file_date: date_in_name(&source).or(read.latest),
        imported: today,
        source,
        count: read.lieux.len(),
    };
    save(data_dir, &meta, &read.lieux).map_err(ImportError::Io)?;
    Ok(Report {
        meta,
        rejected: read.rejected,
        other_departements: read.other_departements,
        json: read.json,
    })
}

fn escape(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// The stored text of an import: a first line saying what it is, then a lieu a line.
pub fn to_text(meta: &Meta, lieux: &[Lieu]) -> String {
    let date = |d: Option<Date>| d.map_or_else(|| "-".to_string(), Date::iso);
    let mut s = format!(
        "{MAGIC}\t{VERSION}\t{}\t{}\t{}\n",
        date(meta.file_date),
        meta.imported.iso(),
        escape(&meta.source)
    );
    for l in lieux {
        s.push_str(&line::encode(l, &commune::key(&l.commune)));
        s.push('\n');
    }
    s
}

/// The stored text read back; `None` when it is not one (damaged, or of another version:
/// import the file again).
pub fn from_text(mut text: String) -> Option<Stored> {
    let head_len = text.find('\n').map_or(text.len(), |i| i + 1);
    let head: Vec<String> = text[..head_len]
        .trim_end()
        .split('\t')
        .map(str::to_string)
        .collect();
    let [magic, version, file_date, imported, source] = head.as_slice() else {
        return None;
    };
    if magic != MAGIC || version != VERSION {
        return None;
    }
    let meta_parts = (
        Date::parse(file_date),
        Date::parse(imported)?,
        source.clone(),
    );
    // In place: no second copy of a few megabytes.
    text.replace_range(..head_len, "");
    let directory = Directory::from_text(text);
    Some(Stored {
        meta: Meta {
            file_date: meta_parts.0,
            imported: meta_parts.1,
            source: meta_parts.2,
            count: directory.len(),
        },
        directory,
    })
}

/// The stored import; `Ok(None)` when there is none yet.
pub fn load(data_dir: &Path) -> io::Result<Option<Stored>> {
    match std::fs::read_to_string(path(data_dir)) {
        Ok(text) => from_text(text)
            .map(Some)
            .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidData)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn save(data_dir: &Path, meta: &Meta, lieux: &[Lieu]) -> io::Result<()> {
    let target = path(data_dir);
    let dir = target.parent().unwrap_or(data_dir);
    std::fs::create_dir_all(dir)?;
    crate::records::write_replacing(&target, to_text(meta, lieux).as_bytes())
}

#[cfg(test)]
mod tests;
