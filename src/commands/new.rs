//! `diagnum new`: a commented starter bank a trainer edits, valid as written.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

pub use crate::authoring::template::{Template, starter};
use crate::i18n::{Arg, Tr};

/// Writes the starter bank; never over an existing file.
pub fn new_bank(template: Template, path: &Path, tr: &Tr) -> Result<String, String> {
    let shown = path.display().to_string();
    let file = OpenOptions::new().write(true).create_new(true).open(path);
    let written = file.and_then(|mut f| f.write_all(starter(template, path).as_bytes()));
    match written {
        Ok(()) => Ok(tr.t_args("new-done", &[("path", Arg::from(shown))]) + "\n"),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(tr.t_args("new-exists", &[("path", Arg::from(shown))]))
        }
        Err(e) => Err(tr.t_args(
            "new-failed",
            &[("path", Arg::from(shown)), ("error", Arg::from(tr.io(&e)))],
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{CatalogLookup, parse_bank};
    use crate::i18n::Lang;

    #[test]
    fn every_template_passes_check_without_a_warning() {
        for t in Template::ALL {
            let src = starter(t, Path::new("Ateliers CAF.toml"));
            let loaded = parse_bank(&src, &|_| CatalogLookup::Missing);
            assert!(loaded.problems.is_empty(), "{t:?}: {:?}", loaded.problems);
            assert_eq!(loaded.value.unwrap().id, "ateliers-caf");
        }
    }

    #[test]
    fn a_new_bank_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        let tr = Tr::new(Lang::Fr);
        assert!(new_bank(Template::Quick, &path, &tr).is_ok());
        std::fs::write(&path, "mon travail").unwrap();
        assert!(new_bank(Template::Parcours, &path, &tr).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mon travail");
    }
}
