//! `diagnum check FILE…`: every problem of every file, rustc-style or as JSON for editors
//! and CI, and an exit status (0 clean, 1 errors, 2 warnings with `--deny-warnings`).

use std::path::Path;

use serde::Serialize;

use crate::bank::source::{Library, Source};
use crate::bank::{Problem, ProblemKind, Severity, parse_catalog};
use crate::i18n::{Arg, Tr};
use crate::problems::render::{Lines, render_all};
use crate::text::encoding::NotUtf8;

/// Exit statuses of `check`.
pub const EXIT_ERRORS: u8 = 1;
pub const EXIT_WARNINGS: u8 = 2;

/// What checking one file found.
#[derive(Debug)]
pub struct Report {
    pub path: String,
    /// The file's text, for the snippets (empty when it could not be read).
    pub text: String,
    /// Why the file could not be read, if it could not.
    pub unreadable: Option<String>,
    pub problems: Vec<Problem>,
    /// The line printed for a file without problem.
    ok_line: String,
}

impl Report {
    pub fn errors(&self) -> usize {
        usize::from(self.unreadable.is_some())
            + self
                .problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count()
    }

    pub fn warnings(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .count()
    }

    /// The rustc-style text: every problem, then a summary line.
    pub fn text(&self, tr: &Tr) -> String {
        if let Some(msg) = &self.unreadable {
            return format!("{msg}\n");
        }
        let mut out = render_all(&self.problems, &self.path, &self.text, tr);
        if self.problems.is_empty() {
            out.push_str(&self.ok_line);
        } else {
            out.push_str(&tr.t_args(
                "check-summary",
                &[
                    ("path", Arg::from(self.path.clone())),
                    ("errors", Arg::from(self.errors())),
                    ("warnings", Arg::from(self.warnings())),
                ],
            ));
        }
        out.push('\n');
        out
    }

    fn json(&self, tr: &Tr) -> JsonFile {
        let lines = Lines::new(&self.text);
        let mut problems: Vec<JsonProblem> = self
            .problems
            .iter()
            .map(|p| {
                let at = |o: usize| lines.line_col(o);
                let (start, end) = match &p.span {
                    Some(s) if !self.text.is_empty() => (Some(at(s.start)), Some(at(s.end))),
                    _ => (None, None),
                };
                JsonProblem {
                    severity: match p.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    },
                    code: p.kind.code().to_string(),
                    message: p.kind.message(tr),
                    hint: p.kind.hint(tr),
                    suggestion: p.kind.suggestion().map(str::to_string),
                    line: start.map(|s| s.0),
                    column: start.map(|s| s.1),
                    end_line: end.map(|e| e.0),
                    end_column: end.map(|e| e.1),
                }
            })
            .collect();
        if let Some(msg) = &self.unreadable {
            problems.push(JsonProblem {
                severity: "error",
                code: "unreadable".into(),
                message: msg.clone(),
                hint: None,
                suggestion: None,
                line: None,
                column: None,
                end_line: None,
                end_column: None,
            });
        }
        JsonFile {
            path: self.path.clone(),
            errors: self.errors(),
            warnings: self.warnings(),
            problems,
        }
    }
}

#[derive(Serialize)]
struct JsonFile {
    path: String,
    errors: usize,
    warnings: usize,
    problems: Vec<JsonProblem>,
}

/// One problem for an editor: 1-based lines, columns in characters, end exclusive.
#[derive(Serialize)]
struct JsonProblem {
    severity: &'static str,
    code: String,
    message: String,
    hint: Option<String>,
    suggestion: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
}

/// Every report as one JSON document, with the totals.
pub fn json(reports: &[Report], tr: &Tr) -> String {
    #[derive(Serialize)]
    struct All {
        errors: usize,
        warnings: usize,
        files: Vec<JsonFile>,
    }
    let all = All {
        errors: reports.iter().map(Report::errors).sum(),
        warnings: reports.iter().map(Report::warnings).sum(),
        files: reports.iter().map(|r| r.json(tr)).collect(),
    };
    serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"
}

/// The exit status for these reports.
pub fn exit_code(reports: &[Report], deny_warnings: bool) -> u8 {
    if reports.iter().any(|r| r.errors() > 0) {
        EXIT_ERRORS
    } else if deny_warnings && reports.iter().any(|r| r.warnings() > 0) {
        EXIT_WARNINGS
    } else {
        0
    }
}

/// Checks one file, a bank or a catalogue.
pub fn check(lib: &Library, path: &Path, tr: &Tr) -> Report {
    let shown = path.display().to_string();
    let source = match Source::read(path) {
        Ok(s) => s,
        Err(e) => {
            if let Some(n) = e.get_ref().and_then(|i| i.downcast_ref::<NotUtf8>()) {
                return not_utf8(path, shown, n);
            }
            let msg = tr.t_args(
                "file-unreadable",
                &[
                    ("path", Arg::from(shown.clone())),
                    ("error", Arg::from(tr.io(&e))),
                ],
            );
            return Report {
                path: shown,
                text: String::new(),
                unreadable: Some(msg),
                problems: vec![],
                ok_line: String::new(),
            };
        }
    };
    // Kept for the snippets: loading a bank consumes its source.
    let text = source.text.clone();
    let (problems, ok_line) = if source.is_catalog() {
        let loaded = parse_catalog(&source.text);
        let n = loaded.value.as_ref().map_or(0, |c| c.trainings.len());
        let line = tr.t_args(
            "check-catalog-ok",
            &[
                ("path", Arg::from(source.path.clone())),
                ("trainings", Arg::from(n)),
            ],
        );
        (loaded.problems, line)
    } else {
        let entry = lib.load_with_advice(source);
        let n = entry.loaded.value.as_ref().map_or(0, |b| b.questions.len());
        let line = tr.t_args(
            "check-ok",
            &[
                ("path", Arg::from(shown.clone())),
                ("questions", Arg::from(n)),
            ],
        );
        (entry.loaded.problems, line)
    };
    Report {
        path: shown,
        text,
        unreadable: None,
        problems,
        ok_line,
    }
}

/// A file not in UTF-8: the problem at its first bad byte, on the line shown with that
/// byte replaced (UTF-16 has no line to show).
fn not_utf8(path: &Path, shown: String, n: &NotUtf8) -> Report {
    let kind = ProblemKind::NotUtf8 {
        utf16: n.utf16,
        guess: n.guess.to_string(),
    };
    let bytes = crate::bank::source::read_limited(path).unwrap_or_default();
    let text = if n.utf16 {
        String::new()
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let span = (!n.utf16).then(|| {
        let start: usize = text
            .split_inclusive('\n')
            .take(n.line - 1)
            .map(str::len)
            .sum();
        let line = &text[start..];
        let at = start
            + line
                .char_indices()
                .nth(n.column - 1)
                .map_or(line.len(), |(i, _)| i);
        at..at + line[at - start..].chars().next().map_or(0, char::len_utf8)
    });
    Report {
        path: shown,
        text,
        unreadable: None,
        problems: vec![Problem::error(span, kind)],
        ok_line: String::new(),
    }
}

/// The text report for one file and whether it has no error.
pub fn check_file(lib: &Library, path: &Path, tr: &Tr) -> (String, bool) {
    let r = check(lib, path, tr);
    (r.text(tr), r.errors() == 0)
}
