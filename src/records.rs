//! What is kept on disk: one journal per session (written before the screen moves on),
//! the data folder, reading sessions back, and dates.

pub mod age_band;
pub mod date;
pub mod history;
pub mod index;
pub mod journal;
pub mod lieux;
pub mod person_key;
pub mod prepare;
pub mod replayed;
pub mod store;
pub mod stored;
pub mod tracked;

use std::io;
use std::path::Path;

/// Writes `bytes` to a temporary file beside `target`, written, synced and closed through
/// one handle (on Windows, syncing a read-only handle is refused: os error 5), then renamed
/// over `target` (a rename replaces the file on Windows too). On any error the temporary file
/// is removed and `target` is untouched. Readable by the owner only: exports and fiches say
/// how people did, like the sessions. Used by `--out` and the lieux import.
pub fn write_replacing(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map_or_else(|| "diagnum".into(), |n| n.to_string_lossy());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let written = opts
        .open(&tmp)
        .and_then(|mut f| {
            io::Write::write_all(&mut f, bytes)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, target));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    journal::sync_dir(dir);
    written
}
