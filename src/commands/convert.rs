//! `diagnum import gift|aiken FILE` and `diagnum export-bank --format gift BANK`: the
//! converted text, and a line-by-line report of what could not be converted.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use crate::authoring::convert::markup::MediaLabels;
pub use crate::authoring::convert::{BankFormat, ImportFormat};
use crate::authoring::convert::{Imported, Note, NoteKind, aiken, gift, gift_out};
use crate::bank::source::{Library, read_limited};
use crate::bank::{CatalogLookup, Severity, parse_bank};
use crate::i18n::{Arg, Tr};

/// What a conversion gives: the text to write, and the report for standard error.
#[derive(Debug)]
pub struct Converted {
    pub text: String,
    pub report: String,
}

/// Reads a GIFT or Aiken text into a bank (TOML text).
pub fn import_text(format: ImportFormat, src: &str, tr: &Tr) -> Imported {
    let mut imported = match format {
        ImportFormat::Gift => {
            let labels = gift::Labels {
                general: tr.t("import-general"),
                true_: tr.t("import-true"),
                false_: tr.t("import-false"),
                media: MediaLabels {
                    image: tr.t("import-mark-image"),
                    sound: tr.t("import-mark-sound"),
                    video: tr.t("import-mark-video"),
                    embed: tr.t("import-mark-embed"),
                },
            };
            gift::parse(src, &labels)
        }
        ImportFormat::Aiken => aiken::parse(src, &tr.t("import-general")),
    };
    imported.keep_loadable(tr);
    imported
}

pub fn import(format: ImportFormat, path: &Path, tr: &Tr) -> Result<Converted, String> {
    let shown = path.display().to_string();
    let bytes = read_limited(path).map_err(|e| unreadable(&shown, &tr.io(&e), tr))?;
    if bytes.len() > crate::bank::MAX_FILE_BYTES {
        return Err(unreadable(&shown, &tr.t("import-too-large"), tr));
    }
    // A quiz saved as UTF-16 or Windows-1252 is read all the same; the bank is UTF-8.
    let (text, encoding) = crate::text::encoding::any(&bytes);
    let name = path
        .file_stem()
        .map_or("import".into(), |s| s.to_string_lossy().to_string());
    let mut imported = import_text(format, &text, tr);
    if let Some(e) = encoding {
        imported.notes.insert(
            0,
            Note {
                line: 1,
                kind: NoteKind::Encoding(e),
            },
        );
    }
    let mut report = String::new();
    for n in &imported.notes {
        report.push_str(&format!("{shown}:{}: {}\n", n.line, n.message(tr)));
    }
    if imported.questions.is_empty() {
        return Err(report + &tr.t_args("import-nothing", &[("path", Arg::from(shown))]));
    }
    let file_name = path
        .file_name()
        .map_or(shown.clone(), |f| f.to_string_lossy().to_string());
    let text = imported.to_toml(&name, &file_name, tr);
    // The import writes banks that load; say so plainly if one day it does not.
    let loaded = parse_bank(&text, &|_| CatalogLookup::Missing);
    let errors = loaded.errors().count();
    let skipped = imported.notes.iter().filter(|n| n.kind.is_skip()).count();
    report.push_str(&tr.t_args(
        "import-summary",
        &[
            ("questions", Arg::from(imported.questions.len())),
            ("skipped", Arg::from(skipped)),
            ("changed", Arg::from(imported.notes.len() - skipped)),
            ("formatted", Arg::from(imported.formatted)),
            ("errors", Arg::from(errors)),
        ],
    ));
    report.push('\n');
    Ok(Converted { text, report })
}

pub fn export_bank(lib: &Library, bank: &str, tr: &Tr) -> Result<Converted, String> {
    let bank = super::load_bank(lib, bank, tr)?;
    let (text, notes) = gift_out::export(&bank);
    let mut report = String::new();
    for n in &notes {
        report.push_str(&n.message(tr));
        report.push('\n');
    }
    let exported = bank.questions.len()
        - notes
            .iter()
            .filter(|n| matches!(n.kind, NoteKind::NotExported(..)))
            .count();
    report.push_str(&tr.t_args(
        "export-summary",
        &[
            ("questions", Arg::from(exported)),
            ("total", Arg::from(bank.questions.len())),
        ],
    ));
    report.push('\n');
    Ok(Converted { text, report })
}

/// Writes `text` to a new file: an import or export never replaces a file.
pub fn write_new(path: &Path, text: &str, tr: &Tr) -> Result<(), String> {
    let shown = path.display().to_string();
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                tr.t_args("new-exists", &[("path", Arg::from(shown))])
            }
            _ => tr.t_args(
                "new-failed",
                &[("path", Arg::from(shown)), ("error", Arg::from(tr.io(&e)))],
            ),
        })
}

fn unreadable(path: &str, error: &str, tr: &Tr) -> String {
    tr.t_args(
        "file-unreadable",
        &[
            ("path", Arg::from(path.to_string())),
            ("error", Arg::from(error.to_string())),
        ],
    )
}

/// Problems of a generated bank (none expected), for tests.
pub fn errors_of(text: &str) -> usize {
    parse_bank(text, &|_| CatalogLookup::Missing)
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count()
}
