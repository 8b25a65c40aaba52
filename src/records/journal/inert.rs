//! Session lines made inert before they are read: a file written by an older diagnum, or
//! edited by hand, may hold escape sequences anywhere (the bank title, a palier, a typed
//! answer in the result). JSON writes control characters as `\u001b`-style escapes, and C1
//! controls and bidi overrides as they are; both are taken out here, on the JSON text,
//! before any string is decoded, so nothing read from a session can drive a terminal.

use std::borrow::Cow;

/// The line with every control character inside its strings taken out as `text::clean`
/// does (a tab becomes a space, newlines stay). A clean line comes back as it is.
pub fn inert_json(line: &str) -> Cow<'_, str> {
    let escaped_control = line.match_indices('\\').any(|(i, _)| {
        matches!(
            line.as_bytes().get(i + 1),
            Some(b'u' | b't' | b'b' | b'f' | b'r')
        )
    });
    if !escaped_control && crate::text::is_clean(line) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find('\\') {
        out.push_str(&crate::text::clean(&rest[..i]));
        let escape = &rest[i..];
        let hex = escape.as_bytes().get(2..6);
        if escape.as_bytes().get(1) == Some(&b'u')
            && let Some(hex) = hex.filter(|h| h.iter().all(u8::is_ascii_hexdigit))
        {
            let code = std::str::from_utf8(hex)
                .ok()
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32);
            match code {
                Some('\t') => out.push(' '),
                Some(c)
                    if c != '\n' && crate::text::clean(c.encode_utf8(&mut [0; 4])).is_empty() => {}
                // Newlines, letters, and halves of surrogate pairs stay as written.
                _ => out.push_str(&escape[..6]),
            }
            rest = &escape[6..];
            continue;
        }
        // The short escapes of control characters: a tab becomes a space, \b \f \r go.
        // Any other (\" \\ \n …): the backslash and what it escapes, as they are.
        let len = 1 + escape[1..].chars().next().map_or(0, char::len_utf8);
        match &escape[..len] {
            "\\t" => out.push(' '),
            "\\b" | "\\f" | "\\r" => {}
            kept => out.push_str(kept),
        }
        rest = &escape[len..];
    }
    out.push_str(&crate::text::clean(rest));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(line: &str) -> String {
        serde_json::from_str::<String>(&inert_json(line)).unwrap()
    }

    #[test]
    fn escapes_of_control_characters_go_and_the_rest_stays() {
        let line = r#""a\u001b]52;c;aGk=\u0007b\u009b2J\u202ec\td\u0009\r\b\f\\u001b\u00e9\ud83d\ude00\n\"""#;
        assert_eq!(decoded(line), "a]52;c;aGk=b2Jc d \\u001bé😀\n\"");
        // Raw C1 controls and bidi overrides, as JSON leaves them.
        assert_eq!(decoded("\"x\u{9b}2J\u{202e}y\u{2066}z\""), "x2Jyz");
        assert_eq!(decoded(r#""a\tb\rc""#), "a bc");
    }

    #[test]
    fn a_clean_line_is_not_copied() {
        let line = r#"{"v":1,"t":"start","bank_title":"Diagnostic « rapide » é\"\\"}"#;
        assert!(matches!(inert_json(line), Cow::Borrowed(_)));
    }

    #[test]
    fn broken_escapes_do_not_panic() {
        for line in [
            "\\",
            "\\u",
            "\\u00",
            "\\u001",
            "\\uzzzz",
            "\\é",
            "\"\\u00é1\"",
        ] {
            let _ = inert_json(line);
        }
        assert_eq!(inert_json("\\u001"), "\\u001");
    }
}
