//! `diagnum check FILE…`: every problem of every file, rustc-style, and an exit status.

use std::path::Path;

use crate::bank::render::render_all;
use crate::bank::source::{Library, Source};
use crate::bank::{Problem, Severity, parse_catalog};
use crate::i18n::{Arg, Tr};

/// The report for one file and whether it has errors.
pub fn check_file(lib: &Library, path: &Path, tr: &Tr) -> (String, bool) {
    let source = match Source::read(path) {
        Ok(s) => s,
        Err(e) => {
            let msg = tr.t_args(
                "file-unreadable",
                &[
                    ("path", Arg::from(path.display().to_string())),
                    ("error", Arg::from(e.to_string())),
                ],
            );
            return (msg + "\n", false);
        }
    };
    // Kept for the snippets: loading a bank consumes its source.
    let text = source.text.clone();
    let (problems, ok_line): (Vec<Problem>, String) = if source.is_catalog() {
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
        let path = source.path.clone();
        let entry = lib.load(source);
        let n = entry.loaded.value.as_ref().map_or(0, |b| b.questions.len());
        let line = tr.t_args(
            "check-ok",
            &[("path", Arg::from(path)), ("questions", Arg::from(n))],
        );
        (entry.loaded.problems, line)
    };
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let mut out = render_all(&problems, &path.display().to_string(), &text, tr);
    if problems.is_empty() {
        out.push_str(&ok_line);
    } else {
        out.push_str(&tr.t_args(
            "check-summary",
            &[
                ("path", Arg::from(path.display().to_string())),
                ("errors", Arg::from(errors)),
                ("warnings", Arg::from(warnings)),
            ],
        ));
    }
    out.push('\n');
    (out, errors == 0)
}
