//! The layers of `src/`, checked: a top-level module may use only the modules of the layers
//! below its own (so no cycle can form between them). The list is the code map of the
//! README; a new module must be placed in it.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// From the bottom up; a module may use those of earlier layers only.
const LAYERS: &[&[&str]] = &[
    &["i18n", "paths", "text"],
    &["problems"],
    &["bank"],
    &["diagnostic"],
    &["records", "speech"],
    &["outputs", "authoring", "kiosk"],
    &["plain"],
    &["tui"],
    &["cli"],
    &["commands"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level modules a source file names through `crate::…`, test modules left out.
fn uses(text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            inner.split(',').map(str::trim).collect()
        } else {
            vec![rest]
        };
        for n in names {
            let ident: String = n
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !ident.is_empty() {
                out.insert(ident);
            }
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, files);
        } else if p.extension().is_some_and(|x| x == "rs") {
            files.push(p);
        }
    }
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = Path::new("src");
    let mut files = Vec::new();
    walk(src, &mut files);
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for f in &files {
        let rel = f.strip_prefix(src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let top = first.trim_end_matches(".rs").to_string();
        let is_test = rel.to_string_lossy().contains("test");
        if ["main", "lib", "testing"].contains(&top.as_str()) || is_test {
            continue;
        }
        let Some(own) = layer(&top) else {
            wrong.push(format!(
                "{top} is in no layer: add it to LAYERS and the README"
            ));
            continue;
        };
        seen.insert(top.clone());
        for used in uses(&fs::read_to_string(f).unwrap()) {
            if used == top {
                continue;
            }
            match layer(&used) {
                Some(l) if l < own => {}
                _ => wrong.push(format!("{} uses {used}", rel.display())),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "arrows going up or sideways:\n{}",
        wrong.join("\n")
    );
    // The check must have seen the modules it guards (a moved src/ would pass vacuously).
    assert!(seen.len() >= 12, "only {seen:?}");
}

#[test]
fn the_checker_sees_grouped_and_nested_paths() {
    let found = uses("use crate::{bank::Bank, i18n::Tr};\nlet x = crate::tui::view::f();");
    let want: BTreeSet<String> = ["bank", "i18n", "tui"].map(String::from).into();
    assert_eq!(found, want);
}
