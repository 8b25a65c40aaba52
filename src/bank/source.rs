//! Where banks come from: those embedded in the binary and those in the user's banks
//! folder, found by id or by path. A user file with the same id as an embedded one wins,
//! which is how a lieu adapts a shipped bank or the training catalogue.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::{Bank, CATALOG_SCHEMA, CatalogLookup, Loaded, load_bank, parse_bank, parse_catalog};

mod reading;
pub use reading::{read_error, read_limited};

/// The bank shown first and run by `--plain` when no bank is named.
pub const DEFAULT_BANK: &str = "abc-diag";

/// The shipped files, embedded so the program runs with no file around it. A test fails
/// when a file of questions/ is missing here.
static EMBEDDED: &[(&str, &str)] = &[
    (
        "abc-diag.toml",
        include_str!("../../questions/abc-diag.toml"),
    ),
    (
        "abc-diag-en.toml",
        include_str!("../../questions/abc-diag-en.toml"),
    ),
    (
        "formations.toml",
        include_str!("../../questions/formations.toml"),
    ),
    (
        "grands-debutants.toml",
        include_str!("../../questions/grands-debutants.toml"),
    ),
];

/// The shipped files, as (file name, text).
pub fn embedded() -> &'static [(&'static str, &'static str)] {
    EMBEDDED
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    File(PathBuf),
}

/// A bank file, read but maybe not valid.
#[derive(Debug)]
pub struct Source {
    pub origin: Origin,
    /// What error messages call the file.
    pub path: String,
    pub text: String,
}

impl Source {
    pub fn read(path: &Path) -> std::io::Result<Source> {
        let bytes = read_limited(path)?;
        // Notepad's UTF-16 or Windows-1252: the error says which, and where.
        let text = crate::text::encoding::utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        Ok(Source {
            origin: Origin::File(path.into()),
            path: path.display().to_string(),
            text,
        })
    }

    fn embedded(name: &str, text: &str) -> Source {
        Source {
            origin: Origin::Embedded,
            path: format!("questions/{name}"),
            text: text.to_string(),
        }
    }

    fn dir(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(p) => p.parent(),
            Origin::Embedded => None,
        }
    }

    /// The id of the `[bank]` table when it is written the usual way (`[bank]` once, then
    /// `id = "…"`), read from the lines without parsing; `None` when it cannot be told
    /// that way. Finding a bank by id skips only the files whose id is certainly another:
    /// parsing every shipped bank cost most of a `--plain` diagnostic's time.
    pub fn declared_id(&self) -> Option<&str> {
        let (mut tables, mut in_bank, mut id) = (0, false, None);
        for line in self.text.lines() {
            let l = line.trim();
            if l.starts_with('[') {
                in_bank = l
                    .strip_prefix("[bank]")
                    .is_some_and(|rest| rest.trim().is_empty() || rest.trim().starts_with('#'));
                tables += usize::from(in_bank);
                continue;
            }
            let Some(value) = l
                .strip_prefix("id")
                .map(str::trim_start)
                .and_then(|r| r.strip_prefix('='))
            else {
                continue;
            };
            if in_bank && id.is_none() {
                id = Some(simple_string(value)?);
            }
        }
        if tables == 1 { id } else { None }
    }

    /// Whether the file declares the catalogue schema. Read from the `schema` line
    /// rather than a full parse: every file of the folder is sorted this way at start-up,
    /// and banks are parsed (once) afterwards.
    pub fn is_catalog(&self) -> bool {
        self.text.lines().any(|l| {
            let l = l.trim_start();
            l.strip_prefix("schema")
                .and_then(|rest| rest.trim_start().strip_prefix('='))
                .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == CATALOG_SCHEMA)
        })
    }
}

/// `"abc-diag"` (and maybe a comment after it) → `abc-diag`; anything else → `None`.
fn simple_string(value: &str) -> Option<&str> {
    let (inner, rest) = value.trim().strip_prefix('"')?.split_once('"')?;
    let rest = rest.trim();
    let plain = !inner.is_empty()
        && inner
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    (plain && (rest.is_empty() || rest.starts_with('#'))).then_some(inner)
}

/// `load_bank` or `parse_bank`.
type BankParser = fn(&str, &dyn Fn(&str) -> CatalogLookup) -> Loaded<Bank>;

/// The banks this run can see.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The user's banks folder, when there is one.
    pub user_dir: Option<PathBuf>,
    /// Catalogues already looked up, by (folder of the bank, id): several banks share one.
    catalogs: RefCell<HashMap<(Option<PathBuf>, String), CatalogLookup>>,
}

/// One line of `diagnum list` or of the TUI picker.
#[derive(Debug)]
pub struct Entry {
    pub source: Source,
    pub loaded: Loaded<Bank>,
}

impl Library {
    pub fn new(user_dir: Option<PathBuf>) -> Library {
        Library {
            user_dir,
            ..Library::default()
        }
    }

    fn user_files(&self) -> Vec<PathBuf> {
        let Some(dir) = &self.user_dir else {
            return vec![];
        };
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        // Regular files only: opening a FIFO named *.toml would wait for a writer forever
        // (`list`, `run` and the kiosk hung on one).
        files.retain(|p| {
            p.extension().is_some_and(|e| e == "toml") && fs::metadata(p).is_ok_and(|m| m.is_file())
        });
        files.sort();
        files
    }

    /// All bank sources: user files first, then embedded ones (catalogues left out).
    pub fn sources(&self) -> Vec<Source> {
        let user = self
            .user_files()
            .into_iter()
            .filter_map(|p| Source::read(&p).ok());
        let shipped = embedded().iter().map(|(n, t)| Source::embedded(n, t));
        user.chain(shipped).filter(|s| !s.is_catalog()).collect()
    }

    /// Loads and checks a bank for a diagnostic: errors only, no advice for the trainer.
    pub fn load(&self, source: Source) -> Entry {
        self.load_by(source, load_bank)
    }

    /// Loads and checks a bank with the trainer's advice too (`check`, `preview`).
    pub fn load_with_advice(&self, source: Source) -> Entry {
        self.load_by(source, parse_bank)
    }

    fn load_by(&self, source: Source, parse: BankParser) -> Entry {
        let dir = source.dir().map(Path::to_path_buf);
        let loaded = parse(&source.text, &|id| self.find_catalog(id, dir.as_deref()));
        Entry { source, loaded }
    }

    /// Every bank, valid or not, user banks hiding embedded banks of the same id.
    pub fn entries(&self) -> Vec<Entry> {
        let mut out: Vec<Entry> = Vec::new();
        for s in self.sources() {
            let e = self.load(s);
            let id = e.loaded.value.as_ref().map(|b| b.id.clone());
            if id.is_some_and(|id| {
                out.iter()
                    .any(|o| o.loaded.value.as_ref().is_some_and(|b| b.id == id))
            }) {
                continue;
            }
            out.push(e);
        }
        out
    }

    /// A bank by id, or by path when the argument names a `.toml` file.
    pub fn resolve(&self, arg: &str) -> Result<Entry, ResolveError> {
        let path = Path::new(arg);
        if is_toml(path) || path.components().count() > 1 {
            let source = Source::read(path).map_err(|e| ResolveError::Io(arg.to_string(), e))?;
            return Ok(self.load(source));
        }
        // In the order of `entries`, so that a user bank still hides a shipped one.
        self.sources()
            .into_iter()
            .filter(|s| s.declared_id().is_none_or(|id| id == arg))
            .map(|s| self.load(s))
            .find(|e| e.loaded.value.as_ref().is_some_and(|b| b.id == arg))
            .ok_or_else(|| ResolveError::NotFound(arg.to_string()))
    }

    /// A catalogue by id: `<id>.toml` beside the bank, then in the user's folder, then embedded.
    pub fn find_catalog(&self, id: &str, near: Option<&Path>) -> CatalogLookup {
        let key = (near.map(Path::to_path_buf), id.to_string());
        if let Some(found) = self.catalogs.borrow().get(&key) {
            return found.clone();
        }
        let found = self.lookup_catalog(id, near);
        self.catalogs.borrow_mut().insert(key, found.clone());
        found
    }

    fn lookup_catalog(&self, id: &str, near: Option<&Path>) -> CatalogLookup {
        let file = format!("{id}.toml");
        for dir in [near, self.user_dir.as_deref()].into_iter().flatten() {
            let path = dir.join(&file);
            if let Ok(source) = Source::read(&path) {
                return match parse_catalog(&source.text).value {
                    Some(c) if c.id == id => CatalogLookup::Found(c),
                    _ => CatalogLookup::Invalid(source.path),
                };
            }
        }
        match embedded().iter().find(|(n, _)| *n == file) {
            Some((_, text)) => match parse_catalog(text).value {
                Some(c) => CatalogLookup::Found(c),
                None => CatalogLookup::Invalid(format!("questions/{file}")),
            },
            None => CatalogLookup::Missing,
        }
    }
}

/// A `.toml` file, whatever the case of its extension (Windows users type BANQUE.TOML).
pub fn is_toml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

/// Why a bank named on the command line cannot be had.
#[derive(Debug)]
pub enum ResolveError {
    NotFound(String),
    Io(String, std::io::Error),
}

impl crate::i18n::Localized for ResolveError {
    fn message(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            ResolveError::NotFound(id) => tr.t_args("bank-not-found", &[("id", id.clone().into())]),
            ResolveError::Io(p, e) => tr.t_args(
                "file-unreadable",
                &[
                    ("path", p.clone().into()),
                    ("error", read_error(tr, e).into()),
                ],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Source {
        Source {
            origin: Origin::Embedded,
            path: "x.toml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn the_declared_id_is_read_only_when_it_is_certain() {
        // Every shipped bank: the line scan agrees with the parser.
        for (name, text) in embedded() {
            let s = Source::embedded(name, text);
            if s.is_catalog() {
                continue;
            }
            let declared = s.declared_id().map(str::to_string);
            let parsed = Library::new(None).load(s).loaded.value.unwrap().id;
            assert_eq!(declared, Some(parsed), "{name}");
        }
        let ok = "schema = \"diagnum/1\"\n[bank] # la banque\ntitle = \"T\"\n  id = \"ma-banque\" # court\n\n[[questions]]\nid = \"q1\"\n";
        assert_eq!(src(ok).declared_id(), Some("ma-banque"));
        for unsure in [
            // Other ways TOML allows: parse to know.
            "bank = { id = \"a\" }\n",
            "bank.id = \"a\"\n",
            "[bank]\nid = 'a'\n",
            "[bank]\nid = \"\"\"a\"\"\"\n",
            "[bank]\nid = \"A b\"\n",
            "[bank]\nid = \"a\" x\n",
            // Twice, or an id only in another table.
            "[bank]\nid = \"a\"\n[bank]\nid = \"b\"\n",
            "[[questions]]\nid = \"q1\"\n[bank]\ntitle = \"T\"\n",
        ] {
            assert_eq!(src(unsure).declared_id(), None, "{unsure}");
        }
    }

    #[test]
    fn catalogues_are_told_from_banks_by_their_schema_line() {
        assert!(src("# adapté\nschema = \"diagnum-catalog/1\"\n").is_catalog());
        assert!(src("  schema='diagnum-catalog/1'").is_catalog());
        assert!(
            !src("schema = \"diagnum/1\"\n[bank]\ntitle = \"schema = diagnum-catalog/1\"")
                .is_catalog()
        );
        assert!(!src("schemas = \"diagnum-catalog/1\"").is_catalog());
    }

    #[cfg(unix)]
    #[test]
    fn an_endless_file_is_read_up_to_the_limit() {
        let s = Source::read(Path::new("/dev/zero")).unwrap();
        assert_eq!(s.text.len(), super::super::MAX_FILE_BYTES + 1);
        let loaded = super::super::parse_bank(&s.text, &|_| CatalogLookup::Missing);
        assert!(matches!(
            loaded.problems[0].kind,
            super::super::ProblemKind::TooLarge { .. }
        ));
    }

    #[test]
    fn a_shared_catalogue_is_parsed_once() {
        let lib = Library::new(None);
        assert!(matches!(
            lib.find_catalog("formations", None),
            CatalogLookup::Found(_)
        ));
        assert_eq!(lib.catalogs.borrow().len(), 1);
        lib.find_catalog("formations", None);
        assert_eq!(lib.catalogs.borrow().len(), 1);
        assert!(matches!(
            lib.find_catalog("absent", None),
            CatalogLookup::Missing
        ));
    }
}
