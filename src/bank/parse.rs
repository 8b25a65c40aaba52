//! From text to raw sections. The document is parsed once into a spanned tree, then each
//! section and each `[[array]]` entry is deserialized on its own, so one mistake does not
//! hide the others: a trainer sees every problem of the file in one run.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::MAX_FILE_BYTES;
use crate::problems::{Problem, ProblemKind, from_serde_message, suggest};

pub(crate) type Root<'i> = DeTable<'i>;

/// The spanned tree of a document, or `None` after recording its syntax errors.
pub(crate) fn document<'i>(src: &'i str, problems: &mut Vec<Problem>) -> Option<Root<'i>> {
    if src.len() > MAX_FILE_BYTES {
        problems.push(Problem::error(
            None,
            ProblemKind::TooLarge { bytes: src.len() },
        ));
        return None;
    }
    let (root, mut errors) = DeTable::parse_recoverable(src);
    errors.sort_by_key(|e| e.span().map_or(usize::MAX, |s| s.start));
    if errors.is_empty() {
        return Some(root.into_inner());
    }
    // A common mistake, named in the trainer's words: what follows is its cascade.
    let first = &errors[0];
    if let Some((span, kind)) = super::syntax::diagnose(src, first.span(), first.message()) {
        problems.push(Problem::error(span, kind));
        if errors.len() > 1 {
            let count = errors.len() - 1;
            problems.push(Problem::error(None, ProblemKind::MoreSyntax { count }));
        }
        return None;
    }
    // toml goes on after a syntax error, but what it reads next is often a cascade of the
    // first mistake (an unclosed [ makes every following line an error). Keep the first,
    // and the "unclosed" ones that name the cause; count the others in one line.
    let mut hidden = 0;
    for (i, e) in errors.iter().enumerate() {
        let detail = e.message().trim().to_string();
        if i > 0 && !detail.contains("unclosed") && !detail.contains("recurs") {
            hidden += 1;
            continue;
        }
        // toml stops at a fixed depth instead of overflowing the stack; say it plainly.
        let kind = if detail.contains("recurs") {
            ProblemKind::NestingTooDeep
        } else {
            ProblemKind::Syntax { detail }
        };
        problems.push(Problem::error(e.span(), kind));
    }
    if hidden > 0 {
        problems.push(Problem::error(
            None,
            ProblemKind::MoreSyntax { count: hidden },
        ));
    }
    None
}

fn get<'a, 'i>(
    root: &'a Root<'i>,
    name: &str,
) -> Option<(
    &'a Spanned<toml::de::DeString<'i>>,
    &'a Spanned<DeValue<'i>>,
)> {
    root.iter().find(|(k, _)| k.get_ref().as_ref() == name)
}

/// Checks the `schema = "…"` line; returns the schema found, if any.
pub(super) fn schema(
    root: &Root<'_>,
    expected: &str,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let Some((_, v)) = get(root, "schema") else {
        problems.push(Problem::error(
            Some(0..0),
            ProblemKind::MissingSchema {
                expected: expected.into(),
            },
        ));
        return None;
    };
    let found = v.get_ref().as_str().unwrap_or_default().to_string();
    if found != expected {
        problems.push(Problem::error(
            Some(v.span()),
            ProblemKind::BadSchema {
                found: found.clone(),
                expected: expected.into(),
            },
        ));
    }
    Some(found)
}

/// Top-level keys that are not sections of this kind of file.
pub(super) fn known_sections(root: &Root<'_>, allowed: &[&str], problems: &mut Vec<Problem>) {
    for (k, _) in root {
        let name = k.get_ref().as_ref();
        if !allowed.contains(&name) {
            let suggestion = suggest(name, allowed.iter().copied());
            problems.push(Problem::error(
                Some(k.span()),
                ProblemKind::UnknownSection {
                    name: name.to_string(),
                    suggestion,
                },
            ));
        }
    }
}

/// One value as a `T`; a type error is recorded at the value.
pub(crate) fn value<'i, T: Deserialize<'i>>(
    v: &Spanned<DeValue<'i>>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let span = v.span();
    match T::deserialize(ValueDeserializer::from(v.clone())) {
        Ok(t) => Some(t),
        Err(e) => {
            let span = e.span().or(Some(span));
            problems.push(Problem::error(span, from_serde_message(e.message())));
            None
        }
    }
}

/// A required `[name]` table.
pub(super) fn table<'i, T: Deserialize<'i>>(
    root: &Root<'i>,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match get(root, name) {
        Some((_, v)) => value(v, problems),
        None => {
            problems.push(Problem::error(
                Some(0..0),
                ProblemKind::MissingSection { name: name.into() },
            ));
            None
        }
    }
}

/// The most entries a `[[name]]` array may have: far above any real bank, low enough that
/// the checks, which compare entries with each other, stay quick on any file.
pub(super) fn max_entries(name: &str) -> usize {
    match name {
        "questions" => 20_000,
        "paliers" => 100,
        _ => 1000,
    }
}

/// An optional `[[name]]` array; entries with errors are reported and left out.
/// Also says whether all entries were read: checks that count entries (e.g. "no
/// question") would only repeat an error already reported when some were left out.
pub(super) fn array<'i, T: Deserialize<'i>>(
    root: &Root<'i>,
    name: &str,
    problems: &mut Vec<Problem>,
) -> (Vec<T>, bool) {
    let Some((k, v)) = get(root, name) else {
        return (vec![], true);
    };
    let Some(items) = v.get_ref().as_array() else {
        problems.push(Problem::error(
            Some(k.span()),
            ProblemKind::NotAnArray { name: name.into() },
        ));
        return (vec![], false);
    };
    let max = max_entries(name);
    if items.len() > max {
        problems.push(Problem::error(
            Some(k.span()),
            ProblemKind::TooManyEntries {
                name: name.into(),
                count: items.len(),
                max,
            },
        ));
        return (vec![], false);
    }
    let read: Vec<T> = items
        .iter()
        .filter_map(|item| value(item, problems))
        .collect();
    let complete = read.len() == items.len();
    (read, complete)
}
