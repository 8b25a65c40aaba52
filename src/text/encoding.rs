//! Files as trainers save them. Banks are UTF-8, but Notepad also saves "Unicode"
//! (UTF-16), and older Windows programs Windows-1252: say which, and where, rather than
//! "invalid utf-8 sequence". An import, which writes a new UTF-8 file anyway, reads both.

use std::fmt;

/// Why a file's bytes are not UTF-8 text, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct NotUtf8 {
    /// Saved as UTF-16 (Notepad's "Unicode"): no line to point at.
    pub utf16: bool,
    /// 1-based line and column (in characters) of the first byte that is not UTF-8.
    pub line: usize,
    pub column: usize,
    /// That byte, and what it is in Windows-1252 (`é` for 0xE9).
    pub byte: u8,
    pub guess: char,
}

impl fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.utf16 {
            write!(f, "UTF-16 text, not UTF-8")
        } else {
            let (line, column, byte) = (self.line, self.column, self.byte);
            write!(
                f,
                "not UTF-8 at line {line}, column {column} (byte {byte:#04x})"
            )
        }
    }
}

impl std::error::Error for NotUtf8 {}

/// Whether the bytes look like UTF-16: a byte order mark, or a zero byte beside every
/// ASCII character at the start.
fn utf16(b: &[u8]) -> Option<bool> {
    match b {
        [0xFF, 0xFE, ..] => return Some(true),
        [0xFE, 0xFF, ..] => return Some(false),
        _ => {}
    }
    let head = &b[..b.len().min(64) & !1];
    if head.len() < 4 {
        return None;
    }
    let zeros = |start: usize| head.iter().skip(start).step_by(2).all(|&x| x == 0);
    if zeros(1) {
        Some(true)
    } else if zeros(0) {
        Some(false)
    } else {
        None
    }
}

/// The text of a file that must be UTF-8, or where it is not.
pub fn utf8(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    if utf16(&bytes).is_some() {
        return Err(NotUtf8 {
            utf16: true,
            line: 1,
            column: 1,
            byte: bytes.first().copied().unwrap_or(0),
            guess: '\u{FFFD}',
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        // Everything before `at` is UTF-8.
        let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        NotUtf8 {
            utf16: false,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            byte: bytes[at],
            guess: windows_1252(bytes[at]),
        }
    })
}

/// The text of a file to import, and the encoding it was read in when not UTF-8:
/// UTF-16 with or without its mark, else Windows-1252 (every byte means something there).
pub fn any(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some(little) = utf16(bytes) {
        let body = match bytes {
            [0xFF, 0xFE, rest @ ..] | [0xFE, 0xFF, rest @ ..] => rest,
            _ => bytes,
        };
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|c| {
                if little {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        return (String::from_utf16_lossy(&units), Some("UTF-16"));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => (
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Some("Windows-1252"),
        ),
    }
}

/// A byte read as Windows-1252 (Latin-1, with typographic signs in 0x80–0x9F).
pub fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        b => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_windows_file_is_located_and_its_byte_named() {
        let e = utf8(b"schema = 1\nprompt = \"O\xf9 est-ce ?\"\n".to_vec()).unwrap_err();
        assert_eq!((e.line, e.column, e.guess), (2, 12, 'ù'));
        assert!(!e.utf16);
        assert_eq!(
            any(b"Caf\xe9 \x92"),
            ("Café ’".to_string(), Some("Windows-1252"))
        );
    }

    #[test]
    fn utf16_is_told_apart_and_read_for_an_import() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Été ?".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert!(utf8(le.clone()).unwrap_err().utf16);
        assert_eq!(any(&le), ("Été ?".to_string(), Some("UTF-16")));
        let be: Vec<u8> = "ab\ncd".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(any(&be), ("ab\ncd".to_string(), Some("UTF-16")));
        assert_eq!(utf8("déjà".into()).unwrap(), "déjà");
    }
}
