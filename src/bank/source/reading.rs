//! Reading a file's bytes within the bank limit, and saying why a file could not be read.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::text::encoding::NotUtf8;

/// The bytes of a file, never more than the bank limit: a larger file reads as one byte
/// over the limit, so that it is still reported as too large, without reading gigabytes
/// (or /dev/zero until the memory is full).
pub fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    let meta = fs::metadata(path)?;
    let max = crate::bank::MAX_FILE_BYTES;
    if meta.len() > max as u64 {
        return Ok(vec![b' '; max + 1]);
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() > max {
        bytes.truncate(max + 1);
        bytes.fill(b' ');
    }
    Ok(bytes)
}

/// Why a file could not be read, in words: a file not in UTF-8 says where and what to do.
pub fn read_error(tr: &crate::i18n::Tr, e: &std::io::Error) -> String {
    let Some(n) = e.get_ref().and_then(|i| i.downcast_ref::<NotUtf8>()) else {
        return tr.io(e);
    };
    if n.utf16 {
        return tr.t("io-utf16");
    }
    tr.t_args(
        "io-not-utf8",
        &[
            ("line", n.line.into()),
            ("column", n.column.into()),
            ("char", n.guess.to_string().into()),
        ],
    )
}
