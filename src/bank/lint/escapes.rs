//! Control characters written as TOML escapes (`\u001b`, `\U0000001B`, `\e`): the file
//! looks clean, the parsed text is not. diagnum removes them before anything reaches a
//! terminal, so the person would see another text than the one written; the trainer is
//! told where. Read from the source, since the bank keeps only the cleaned text.

use crate::problems::{Problem, ProblemKind};

pub(in crate::bank) fn run(src: &str, p: &mut Vec<Problem>) {
    let bytes = src.as_bytes();
    let mut i = 0;
    while let Some(at) = src[i..].find('\\').map(|k| i + k) {
        // An even run of backslashes is escaped backslashes, not an escape.
        let run = bytes[at..].iter().take_while(|&&b| b == b'\\').count();
        let escape = at + run - 1;
        i = at + run;
        if run % 2 == 0 {
            continue;
        }
        if let Some(len) = control_escape(&src[escape..]) {
            let text = src[escape..escape + len].to_string();
            p.push(Problem::warning(
                Some(escape..escape + len),
                ProblemKind::EscapedControl { escape: text },
            ));
            i = escape + len;
        }
    }
}

/// The length of the escape at the start of `s` (which starts with `\`) when it stands for
/// a control character other than tab, line feed and carriage return.
fn control_escape(s: &str) -> Option<usize> {
    let rest = &s[1..];
    if rest.starts_with('e') {
        return Some(2);
    }
    let (digits, len) = match rest.as_bytes().first()? {
        b'u' => (4, 6),
        b'U' => (8, 10),
        b'x' => (2, 4),
        _ => return None,
    };
    let hex = rest.get(1..=digits)?;
    let code = u32::from_str_radix(hex, 16).ok()?;
    let c = char::from_u32(code)?;
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(src: &str) -> Vec<String> {
        let mut p = Vec::new();
        run(src, &mut p);
        p.into_iter()
            .map(|p| match p.kind {
                ProblemKind::EscapedControl { escape } => escape,
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn escapes_of_control_characters_are_found_and_others_are_not() {
        assert_eq!(
            found(r#"prompt = "\u001b]0;titre\u0007 Bonjour \U0000009B \e[31m""#),
            ["\\u001b", "\\u0007", "\\U0000009B", "\\e"]
        );
        // Line breaks, tabs, letters, an escaped backslash before "u001b".
        assert!(found(r#"prompt = "a\nb\tc\r \u00e9 \\u001b \\e""#).is_empty());
        // Three backslashes: an escaped one, then a real escape.
        assert_eq!(found(r#"x = "\\\u001B""#), ["\\u001B"]);
        assert!(found(r#"x = "\u12""#).is_empty());
    }
}
