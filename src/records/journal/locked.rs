//! A journal is read back through the handle that holds its lock. On Windows that lock is
//! mandatory: while it is held, no other handle can read the file, not even one opened by
//! the same process (os error 33, `ERROR_LOCK_VIOLATION`). So an open journal is never
//! read through a second handle, and a session held by another diagnum reads as
//! `WouldBlock`, like a failed `try_lock`, rather than as a damaged file.

use std::fs::File;
use std::io::{self, Read as _, Seek, SeekFrom};

use super::read::parse;
use super::{Journal, Read};

impl Journal {
    /// Everything written so far, read through this journal's own handle; the next line is
    /// still appended at the end.
    pub fn read_back(&self) -> io::Result<Read> {
        Ok(parse(&read_all(&self.file)?))
    }
}

/// The whole file from its start; the position is left at its end.
pub(super) fn read_all(mut file: &File) -> io::Result<Vec<u8>> {
    file.seek(SeekFrom::Start(0))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::super::tests::header;
    use super::super::{Record, Status};
    use super::*;
    use crate::records::date::Timestamp;

    #[test]
    fn an_open_journal_reads_back_through_its_own_handle_and_still_appends_at_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.jsonl");
        let mut j = Journal::create(&path, &header("ABCD2345")).unwrap();
        let r = j.read_back().unwrap();
        assert_eq!(r.header.unwrap().id, "ABCD2345");
        j.append(&Record::Abandoned {
            at: Timestamp::utc(9),
        })
        .unwrap();
        let r = j.read_back().unwrap();
        assert_eq!(r.status(), Status::Abandoned);
        drop(j);
        let on_disk = std::fs::read(&path).unwrap();
        assert_eq!(on_disk.iter().filter(|&&b| b == b'\n').count(), 2);
        assert_eq!(
            super::super::read(&path).unwrap().status(),
            Status::Abandoned
        );
    }
}
