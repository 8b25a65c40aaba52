//! The first TOML syntax error, read as a trainer's mistake when it is a common one: a
//! French decimal comma, `vrai` for true, curly quotes from a word processor, a closing
//! quote forgotten inside `{ … }`, an invisible character pasted in, `[questions]` with
//! one bracket. The cause is named in the trainer's words, at its place, instead of the
//! parser's English about what it expected there.

use std::ops::Range;

use crate::problems::ProblemKind;

/// Sections written `[[name]]`, one table per item.
const ARRAYS: &[&str] = &[
    "questions",
    "competences",
    "paliers",
    "trainings",
    "orientation",
];

type Found = (Option<Range<usize>>, ProblemKind);

/// A trainer's mistake that explains the syntax error at `at`, whose detail is `detail`.
pub(super) fn diagnose(src: &str, at: Option<Range<usize>>, detail: &str) -> Option<Found> {
    if detail.contains("duplicate")
        && let Some(found) = single_brackets(src)
    {
        return Some(found);
    }
    let start = at.as_ref()?.start.min(src.len());
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    let line = &src[line_start..line_end];
    let span = |from: usize, len: usize| Some(line_start + from..line_start + from + len);
    if let Some((i, c)) = line
        .char_indices()
        .find(|(_, c)| c.is_control() && *c != '\t' && *c != '\r')
    {
        let code = format!("U+{:04X}", u32::from(c));
        return Some((
            span(i, c.len_utf8()),
            ProblemKind::ControlCharacter { code },
        ));
    }
    let col = start - line_start;
    let here = line[col..].trim_start();
    let here_at = line.len() - here.len();
    if let Some(c) = here.chars().next().filter(|c| "“”„«»‘’".contains(*c)) {
        return Some((span(here_at, c.len_utf8()), ProblemKind::CurlyQuotes));
    }
    let word: String = here.chars().take_while(char::is_ascii_alphabetic).collect();
    let truth = match word.to_lowercase().as_str() {
        "vrai" | "oui" | "true" | "yes" => Some(true),
        "faux" | "non" | "false" | "no" => Some(false),
        _ => None,
    };
    if let Some(value) = truth
        && (detail.contains("quoted") || detail.contains("boolean"))
    {
        // The key just before this value's `=`.
        let before = line[..here_at].trim_end().trim_end_matches('=').trim_end();
        let key: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let len = word.len();
        let kind = ProblemKind::FrenchBoolean { word, key, value };
        return Some((span(here_at, len), kind));
    }
    if let Some((from, len)) = decimal_comma(line) {
        let value = line[from..from + len].to_string();
        let fixed = value.replace(',', ".");
        return Some((span(from, len), ProblemKind::DecimalComma { value, fixed }));
    }
    if detail.contains("comma")
        && let Some((end, text)) = quote_swallowing_a_key(line)
    {
        return Some((span(end, 0), ProblemKind::MissingQuote { text }));
    }
    if detail.contains("opening quote") {
        return Some((at, ProblemKind::MissingOpeningQuote));
    }
    None
}

/// `[questions]` with one bracket in a file that has others: the "duplicate key" TOML
/// reports is at the next `[[questions]]`, which is right.
fn single_brackets(src: &str) -> Option<Found> {
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let t = line.trim();
        if let Some(inner) = t.strip_prefix('[').filter(|r| !r.starts_with('['))
            && let Some(name) = inner.split(']').next().map(str::trim)
            && ARRAYS.contains(&name)
        {
            let at = offset + line.find(name).unwrap_or(0);
            let kind = ProblemKind::NotAnArray { name: name.into() };
            return Some((Some(at..at + name.len()), kind));
        }
        offset += line.len();
    }
    None
}

/// Where a number with a decimal comma is in a line (`= 0,2`), outside quotes.
fn decimal_comma(line: &str) -> Option<(usize, usize)> {
    let b = line.as_bytes();
    let mut quoted = false;
    for (i, &c) in b.iter().enumerate() {
        if c == b'"' || c == b'\'' {
            quoted = !quoted;
        }
        if quoted || c != b',' || i == 0 {
            continue;
        }
        let digit = |x: Option<&u8>| x.is_some_and(u8::is_ascii_digit);
        if digit(b.get(i - 1)) && digit(b.get(i + 1)) {
            let from = line[..i]
                .rfind(|c: char| !c.is_ascii_digit() && c != '-')
                .map_or(0, |p| p + 1);
            let to = line[i + 1..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(line.len(), |p| i + 1 + p);
            // A number after `=`, not two list items (`[1,2]` is right).
            if line[..from].trim_end().ends_with('=') {
                return Some((from, to - from));
            }
        }
    }
    None
}

/// A string that holds `, feedback = ` at its end: its closing quote was forgotten, and
/// the quote opening the next value closed it. The place of the missing quote, and the
/// text before it.
fn quote_swallowing_a_key(line: &str) -> Option<(usize, String)> {
    let mut parts = line.split('"');
    let mut offset = 0;
    // Even pieces are outside quotes, odd ones inside.
    let mut inside = false;
    for part in parts.by_ref() {
        if inside {
            let trimmed = part.trim_end();
            if let Some(before_eq) = trimmed.strip_suffix('=')
                && let Some(comma) = before_eq.rfind(',')
            {
                let key = before_eq[comma + 1..].trim();
                if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    let text = part[..comma].trim_end().to_string();
                    return Some((offset + text.len(), text));
                }
            }
        }
        offset += part.len() + 1;
        inside = !inside;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_habits_are_recognised() {
        let line = "tolerance = { typo_ratio = 0,2 }";
        assert_eq!(decimal_comma(line), Some((27, 3)));
        assert_eq!(decimal_comma("levels = [1,2]"), None);
        assert_eq!(decimal_comma("prompt = \"1,5 Go\", x = 2"), None);
        let line = "  { text = \"Cliquer sur le lien, feedback = \"Jamais.\" },";
        assert_eq!(
            quote_swallowing_a_key(line),
            Some((31, "Cliquer sur le lien".to_string()))
        );
        assert_eq!(&line[..31], "  { text = \"Cliquer sur le lien");
    }
}
