//! Problems as a trainer reads them: `path:line:col: erreur : message`, the source line,
//! a caret under the exact place, and a hint when there is one.

use std::fmt::Write;
use std::ops::Range;

use super::{Problem, Severity};
use crate::i18n::Tr;

/// Where each line of a text starts, so that many problems of one file are located
/// without reading the file again for each.
pub struct Lines<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(src: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(src.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { src, starts }
    }

    /// 1-based line and column (in characters, so accented text lines up) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.src, offset.min(self.src.len()));
        let line = self.starts.partition_point(|s| *s <= offset);
        let start = self.starts[line - 1];
        (line, self.src[start..offset].chars().count() + 1)
    }

    /// The text of 1-based line `n`, without its line end.
    fn text(&self, n: usize) -> &'a str {
        let start = self.starts.get(n - 1).copied().unwrap_or(self.src.len());
        let end = self.starts.get(n).map_or(self.src.len(), |e| e - 1);
        self.src[start..end.max(start)].trim_end_matches('\r')
    }
}

/// 1-based line and column of a byte offset (see [`Lines::line_col`]).
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    Lines::new(src).line_col(offset)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem, several lines of text (no trailing newline).
pub fn render(problem: &Problem, path: &str, src: &str, tr: &Tr) -> String {
    render_at(problem, path, &Lines::new(src), tr)
}

fn render_at(problem: &Problem, path: &str, lines: &Lines<'_>, tr: &Tr) -> String {
    let severity = match problem.severity {
        Severity::Error => tr.t("check-error"),
        Severity::Warning => tr.t("check-warning"),
    };
    let message = problem.kind.message(tr);
    let mut out = String::new();
    let mut gutter = 0;
    match &problem.span {
        Some(span) if !lines.src.is_empty() => {
            let (line, col) = lines.line_col(span.start);
            let _ = write!(out, "{path}:{line}:{col}: {severity} {message}");
            out.push('\n');
            out.push_str(&snippet(lines, span, line, col));
            gutter = line.to_string().len();
        }
        _ => {
            let _ = write!(out, "{path}: {severity} {message}");
        }
    }
    if let Some(hint) = problem.kind.hint(tr) {
        let _ = write!(out, "\n{:gutter$} = {} {hint}", "", tr.t("check-help"));
    }
    out
}

/// Longest source line shown whole; a longer one (a bank squeezed onto one line) is cut
/// around the column, so one problem never prints megabytes.
const MAX_SHOWN: usize = 100;

fn snippet(lines: &Lines<'_>, span: &Range<usize>, line: usize, col: usize) -> String {
    let src = lines.src;
    let text = lines.text(line);
    let (text, col) = window(text, col);
    // The line comes from the file: a raw escape byte must not drive the terminal.
    let text = shown(&text);
    let number = line.to_string();
    let pad = " ".repeat(number.len());
    let start = floor_char_boundary(src, span.start.min(src.len()));
    let end = floor_char_boundary(src, span.end.min(src.len())).max(start);
    // Underline the span on its first line only; a table spans many lines.
    let underlined = src[start..end]
        .split('\n')
        .next()
        .unwrap_or("")
        .chars()
        .count()
        .max(1);
    let width = underlined.min(text.chars().count().saturating_sub(col - 1).max(1));
    format!(
        "{pad} |\n{number} | {text}\n{pad} | {}{}",
        " ".repeat(col - 1),
        "^".repeat(width)
    )
}

/// The part of a long line around `col`, marked with "…", and the column within it.
fn window(text: &str, col: usize) -> (std::borrow::Cow<'_, str>, usize) {
    let len = text.chars().count();
    if len <= MAX_SHOWN {
        return (text.into(), col);
    }
    let first = col.saturating_sub(MAX_SHOWN / 2).min(len - MAX_SHOWN);
    let mut cut: String = text.chars().skip(first).take(MAX_SHOWN).collect();
    let mut col = col - first;
    if first > 0 {
        cut.insert(0, '…');
        col += 1;
    }
    if first + MAX_SHOWN < len {
        cut.push('…');
    }
    (cut.into(), col)
}

/// Every problem of a file, separated by blank lines, then a summary line.
pub fn render_all(problems: &[Problem], path: &str, src: &str, tr: &Tr) -> String {
    let lines = Lines::new(src);
    let mut out = String::new();
    for p in problems {
        out.push_str(&render_at(p, path, &lines, tr));
        out.push_str("\n\n");
    }
    out
}

/// A source line made inert: each control character becomes U+FFFD, one character for one,
/// so the caret under it stays in its column.
fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::ProblemKind;
    use crate::i18n::Lang;

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "a = 1\ntitre = \"é\" x\n";
        let off = src.find('x').unwrap();
        assert_eq!(line_col(src, off), (2, 13));
    }

    #[test]
    fn caret_under_the_span() {
        let src = "[bank]\ncompetence = \"mesagerie\"\n";
        let start = src.find("\"mesa").unwrap();
        let p = Problem::error(
            Some(start..start + 11),
            ProblemKind::UnknownCompetence {
                id: "mesagerie".into(),
                suggestion: Some("messagerie".into()),
            },
        );
        let out = render(&p, "b.toml", src, &Tr::new(Lang::Fr));
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("b.toml:2:14: erreur : "), "{out}");
        assert_eq!(lines[2], "2 | competence = \"mesagerie\"");
        assert_eq!(lines[3], "  |              ^^^^^^^^^^^");
        assert!(lines[4].contains("messagerie"), "{out}");
    }

    #[test]
    fn an_escape_sequence_in_the_file_is_shown_inert() {
        let src = "titre = \"\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\" x\n";
        let start = src.find('x').unwrap();
        let p = Problem::error(Some(start..start + 1), ProblemKind::NestingTooDeep);
        let out = render(&p, "b.toml", src, &Tr::new(Lang::Fr));
        assert!(!out.contains(['\u{1b}', '\u{7}']), "{out:?}");
        let lines: Vec<&str> = out.lines().collect();
        // One mark per control character: the caret stays under the x.
        assert_eq!(lines[2].find('x'), Some(lines[3].find('^').unwrap() + 6));
    }

    #[test]
    fn a_very_long_line_is_cut_around_the_caret() {
        let src = format!("a = [{}x]", "1, ".repeat(10_000));
        let start = src.find('x').unwrap();
        let p = Problem::error(Some(start..start + 1), ProblemKind::NestingTooDeep);
        let out = render(&p, "b.toml", &src, &Tr::new(Lang::Fr));
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[2].chars().count() < 120, "{}", lines[2]);
        assert!(
            lines[2].starts_with("1 | …") && lines[2].ends_with("x]"),
            "{}",
            lines[2]
        );
        // The caret is still under the x.
        let x = lines[2].chars().position(|c| c == 'x').unwrap();
        assert_eq!(lines[3].chars().position(|c| c == '^'), Some(x));
    }
}
