//! Fluent localisation: every user-facing string of the program comes from
//! `locales/<lang>/*.ftl`, embedded at compile time. French is the default and the fallback.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
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
            include_str!(concat!("../locales/", $lang, "/app.ftl")),
            include_str!(concat!("../locales/", $lang, "/author.ftl")),
            include_str!(concat!("../locales/", $lang, "/bank.ftl")),
            include_str!(concat!("../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../locales/", $lang, "/console.ftl")),
            include_str!(concat!("../locales/", $lang, "/kiosk.ftl")),
            include_str!(concat!("../locales/", $lang, "/lint.ftl")),
            include_str!(concat!("../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../locales/", $lang, "/results.ftl")),
        ]
    };
}
pub(crate) const FR: &[&str] = ftl_files!("fr");
pub(crate) const EN: &[&str] = ftl_files!("en");

/// A translator for one language, with French behind it for any missing message.
pub struct Tr {
    lang: Lang,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Default for Tr {
    fn default() -> Self {
        Tr::new(Lang::Fr)
    }
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({})", self.lang.code())
    }
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        let mut chain = vec![lang];
        if lang != Lang::Fr {
            chain.push(Lang::Fr);
        }
        let bundles = chain.into_iter().map(bundle).collect();
        Tr { lang, bundles }
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
        for b in &self.bundles {
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

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().expect("static language tag");
    let mut b = FluentBundle::new(vec![id]);
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
        let sys = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
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
