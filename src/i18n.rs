//! Fluent localisation: every user-facing string of the program comes from
//! `locales/<lang>/*.ftl`, embedded at compile time. French is the default and the fallback.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub type Arg = FluentValue<'static>;

/// The language for diagnum alone, on any system: `DIAGNUM_LANG=en`.
pub const LANG_ENV: &str = "DIAGNUM_LANG";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Reads "fr", "fr-FR", "fr_FR.UTF-8", "en_GB"… ; `None` for a language we do not ship.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// `--lang` first, then the system's locales in order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG
    /// on Unix), then French. "C" and "POSIX" say nothing about a language and are skipped.
    pub fn detect<I: IntoIterator<Item = String>>(flag: Option<&str>, system: I) -> Lang {
        flag.and_then(Lang::parse)
            .or_else(|| {
                system
                    .into_iter()
                    .filter(|l| l != "C" && l != "POSIX")
                    .find_map(|l| Lang::parse(&l))
            })
            .unwrap_or_default()
    }

    /// The language from the flag and the environment of this process. `DIAGNUM_LANG` comes
    /// first: it works on every system (Windows reads its own setting, not `LANG`).
    pub fn from_env(flag: Option<&str>) -> Lang {
        let mut system: Vec<String> = std::env::var(LANG_ENV).into_iter().collect();
        // sys-locale reads only the first variable set; LANGUAGE may hold a colon list.
        system.extend(
            std::env::var("LANGUAGE")
                .map(|v| v.split(':').map(str::to_string).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
        system.extend(sys_locale::get_locales());
        Lang::detect(flag, system)
    }

    fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::Fr => FR,
            Lang::En => EN,
        }
    }
}

macro_rules! ftl_files {
    ($lang:literal) => {
        &[
            include_str!(concat!("../locales/", $lang, "/activity.ftl")),
            include_str!(concat!("../locales/", $lang, "/app.ftl")),
            include_str!(concat!("../locales/", $lang, "/author.ftl")),
            include_str!(concat!("../locales/", $lang, "/bank.ftl")),
            include_str!(concat!("../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../locales/", $lang, "/console.ftl")),
            include_str!(concat!("../locales/", $lang, "/kiosk.ftl")),
            include_str!(concat!("../locales/", $lang, "/lieux.ftl")),
            include_str!(concat!("../locales/", $lang, "/lint.ftl")),
            include_str!(concat!("../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../locales/", $lang, "/results.ftl")),
            include_str!(concat!("../locales/", $lang, "/speech.ftl")),
            include_str!(concat!("../locales/", $lang, "/stats.ftl")),
        ]
    };
}
pub(crate) const FR: &[&str] = ftl_files!("fr");
pub(crate) const EN: &[&str] = ftl_files!("en");

/// A translator for one language, with French behind it for any missing message. A plain
/// value: the bundles are parsed once per process and shared.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr {
    lang: Lang,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({})", self.lang.code())
    }
}

type Bundle = FluentBundle<FluentResource>;

static FRENCH: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::Fr));
static ENGLISH: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::En));

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let chain: &[&Bundle] = match self.lang {
            Lang::Fr => &[&FRENCH],
            Lang::En => &[&ENGLISH, &FRENCH],
        };
        for b in chain {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        // A missing key is a bug caught by the locale tests; show the id rather than nothing.
        format!("[{id}]")
    }
}

impl Tr {
    /// A system error in the person's words: its kind, not the system's English text, and
    /// the system's code for whoever helps (a médiateur reading it over the phone).
    pub fn io(&self, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        // Windows: sharing and lock violations (another program has the file open).
        let locked = cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33));
        let id = match e.kind() {
            _ if locked => "io-locked",
            K::NotFound => "io-not-found",
            K::PermissionDenied => "io-permission",
            K::AlreadyExists => "io-exists",
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => "io-disk-full",
            K::ReadOnlyFilesystem => "io-read-only",
            K::IsADirectory => "io-is-directory",
            K::NotADirectory => "io-not-directory",
            K::WouldBlock => "io-locked",
            K::BrokenPipe => "io-broken-pipe",
            K::Interrupted => "io-interrupted",
            K::InvalidData => "io-invalid-data",
            K::UnexpectedEof => "io-truncated",
            K::TimedOut => "io-timed-out",
            K::OutOfMemory => "io-out-of-memory",
            _ => "io-other",
        };
        let words = self.t(id);
        match e.raw_os_error() {
            Some(code) => self.t_args(
                "io-with-code",
                &[("words", words.into()), ("code", code.into())],
            ),
            None => words,
        }
    }
}

impl Tr {
    /// An answer was not saved: what happened and what to do. A full disk gets its own
    /// words (free space, or another folder), not an error code to retry against.
    pub fn save_failed(&self, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => self.t("save-failed-full"),
            _ => self.t_args("save-failed", &[("error", Arg::from(self.io(e)))]),
        }
    }
}

/// An error or a problem that has words for the person, in their language.
pub trait Localized {
    fn message(&self, tr: &Tr) -> String;
}

/// A message without arguments, in `lang`, for the few texts the pure core puts into
/// results (the device question, the palier of a result without verdict): words of the
/// program, stored with the answers like the bank's own.
pub fn fixed(lang: Lang, id: &str) -> String {
    Tr::new(lang).t(id)
}

fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().expect("static language tag");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would show as boxes on old consoles and in printed text.
    b.set_use_isolating(false);
    for src in lang.sources() {
        let res = FluentResource::try_new((*src).to_string()).unwrap_or_else(|(res, _)| res);
        b.add_resource_overriding(res);
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_order() {
        let sys = |v: &[&str]| {
            v.iter()
                .map(std::string::ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(Lang::detect(Some("en"), sys(&["fr_FR.UTF-8"])), Lang::En);
        assert_eq!(Lang::detect(None, sys(&["en_GB.UTF-8"])), Lang::En);
        assert_eq!(Lang::detect(None, sys(&["de_DE", "en_US"])), Lang::En);
        assert_eq!(Lang::detect(None, sys(&["C", "POSIX"])), Lang::Fr);
        assert_eq!(Lang::detect(Some("xx"), sys(&[])), Lang::Fr);
    }

    #[test]
    fn english_falls_back_to_french_per_message() {
        let tr = Tr::new(Lang::En);
        assert_eq!(tr.t("app-name"), "diagnum");
        assert_eq!(tr.t("no-such-key"), "[no-such-key]");
    }
}
