//! Problems as a trainer reads them: `path:line:col: erreur : message`, the source line,
//! a caret under the exact place, and a hint when there is one.

use std::fmt::Write;
use std::ops::Range;

use super::{Problem, Severity};
use crate::i18n::Tr;

/// 1-based line and column (in characters, so accented text lines up) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(src, offset.min(src.len()));
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, src[line_start..offset].chars().count() + 1)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem, several lines of text (no trailing newline).
pub fn render(problem: &Problem, path: &str, src: &str, tr: &Tr) -> String {
    let severity = match problem.severity {
        Severity::Error => tr.t("check-error"),
        Severity::Warning => tr.t("check-warning"),
    };
    let message = problem.kind.message(tr);
    let mut out = String::new();
    match &problem.span {
        Some(span) if !src.is_empty() => {
            let (line, col) = line_col(src, span.start);
            let _ = write!(out, "{path}:{line}:{col}: {severity} {message}");
            out.push('\n');
            out.push_str(&snippet(src, span, line, col));
        }
        _ => {
            let _ = write!(out, "{path}: {severity} {message}");
        }
    }
    if let Some(hint) = problem.kind.hint(tr) {
        let _ = write!(
            out,
            "\n{:width$} = {hint}",
            "",
            width = gutter(problem, src)
        );
    }
    out
}

fn gutter(problem: &Problem, src: &str) -> usize {
    problem
        .span
        .as_ref()
        .map_or(0, |s| line_col(src, s.start).0.to_string().len())
}

fn snippet(src: &str, span: &Range<usize>, line: usize, col: usize) -> String {
    let text = src.lines().nth(line - 1).unwrap_or("");
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

/// Every problem of a file, separated by blank lines, then a summary line.
pub fn render_all(problems: &[Problem], path: &str, src: &str, tr: &Tr) -> String {
    let mut out = String::new();
    for p in problems {
        out.push_str(&render(p, path, src, tr));
        out.push_str("\n\n");
    }
    out
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
}
