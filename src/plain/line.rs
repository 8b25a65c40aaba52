//! One line of standard input, bounded: endless input (`/dev/zero`, a pasted book) never
//! grows memory. A longer line is read in chunks and thrown away up to its newline, then
//! refused; bytes that are not UTF-8 (a Latin-1 terminal) are refused too, and asked again.

use std::io::{self, BufRead};

/// The longest line kept, in bytes: far more than any answer, name or typed sentence.
pub const MAX_LINE: usize = 4096;

/// Past this many bytes without a newline, nobody is typing (`< /dev/zero`): stop reading
/// rather than spin through endless input.
pub const ENDLESS: usize = 1 << 20;

#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// Standard input ended.
    End,
    Text(String),
    /// Longer than `MAX_LINE`; discarded.
    TooLong,
    /// Not UTF-8 text.
    NotText,
    /// More than `ENDLESS` bytes without a newline: not a person typing.
    Endless,
}

/// Reads one line into `buf` (reused between calls), never keeping more than `MAX_LINE`
/// bytes of it.
pub fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Line> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    let mut seen = 0usize;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            if !any {
                return Ok(Line::End);
            }
            break;
        }
        any = true;
        let (n, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + n > MAX_LINE + 2 {
                too_long = true;
                buf.clear();
                buf.shrink_to(MAX_LINE + 2);
            } else {
                buf.extend_from_slice(&chunk[..n]);
            }
        }
        input.consume(n);
        if done {
            break;
        }
        seen += n;
        if seen > ENDLESS {
            return Ok(Line::Endless);
        }
    }
    if too_long {
        return Ok(Line::TooLong);
    }
    Ok(match std::str::from_utf8(buf) {
        Ok(s) => Line::Text(s.to_string()),
        Err(_) => Line::NotText,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn long_lines_are_refused_without_being_kept_and_reading_goes_on() {
        let mut bytes = vec![b'a'; 1_000_000];
        bytes.extend_from_slice(b"\n?\n\xe9t\xe9\n\x00\x00");
        let mut input = io::BufReader::with_capacity(64, &bytes[..]);
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut input, &mut buf).unwrap(), Line::TooLong);
        assert!(buf.capacity() <= 2 * MAX_LINE);
        assert_eq!(
            read_line(&mut input, &mut buf).unwrap(),
            Line::Text("?\n".into())
        );
        assert_eq!(read_line(&mut input, &mut buf).unwrap(), Line::NotText);
        assert_eq!(
            read_line(&mut input, &mut buf).unwrap(),
            Line::Text("\0\0".into())
        );
        assert_eq!(read_line(&mut input, &mut buf).unwrap(), Line::End);
    }

    #[test]
    fn endless_input_without_newline_stays_bounded() {
        let mut input = io::BufReader::new(io::repeat(0).take(50_000_000));
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut input, &mut buf).unwrap(), Line::Endless);
        assert!(buf.capacity() <= 2 * MAX_LINE);
        // Reading stopped soon after the limit, not at the end of the 50 MB.
        let left = io::copy(&mut input, &mut io::sink()).unwrap();
        assert!(left > 45_000_000, "{left}");
    }
}
