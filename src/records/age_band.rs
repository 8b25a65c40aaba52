//! The age bands a médiateur may record with a session, for the funder's figures: those of
//! the Coop de la médiation numérique's activity reports (CRA), so that counts can be copied
//! across. Stored in the session header by their code ("60-69"); sessions written before
//! the bands were fixed may hold any text, shown as it is.

use crate::i18n::{Arg, Tr};
use crate::text::{Tolerance, normalize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeBand {
    Under12,
    From12To17,
    From18To24,
    From25To39,
    From40To59,
    From60To69,
    From70,
}

impl AgeBand {
    /// Youngest first, as they are offered.
    pub const ALL: [AgeBand; 7] = [
        AgeBand::Under12,
        AgeBand::From12To17,
        AgeBand::From18To24,
        AgeBand::From25To39,
        AgeBand::From40To59,
        AgeBand::From60To69,
        AgeBand::From70,
    ];

    /// What `--age-band` takes and the header keeps.
    pub fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// A band as typed: its code, or its words in either language, with any case, accents
    /// or spaces ("60 - 69 ans", "70+", "moins de 12 ans", "under 12").
    pub fn parse(typed: &str) -> Option<AgeBand> {
        let plain = normalize(
            &typed.replace('+', " plus ").replace('<', " moins "),
            &Tolerance::default(),
        );
        let words: Vec<&str> = plain
            .split(' ')
            .filter(|w| !matches!(*w, "ans" | "an" | "de" | "et" | "years" | "year" | "and"))
            .collect();
        let code = words.join("-");
        AgeBand::ALL.into_iter().find(|b| {
            let own = b.code().replace("-de-", "-").replace("-et-", "-");
            code == own || english(*b) == Some(code.as_str())
        })
    }

    /// "60 - 69 ans", as the Coop writes it.
    pub fn label(self, tr: &Tr) -> String {
        tr.t(&format!("age-band-{}", self.code()))
    }
}

/// The codes, in the order of [`AgeBand::ALL`].
const CODES: [&str; 7] = [
    "moins-de-12",
    "12-17",
    "18-24",
    "25-39",
    "40-59",
    "60-69",
    "70-et-plus",
];

/// The English words of the two open bands, as [`AgeBand::parse`] reads them once
/// normalised ("Under 12", "70 years and over").
const ENGLISH: [(AgeBand, &str); 2] =
    [(AgeBand::Under12, "under-12"), (AgeBand::From70, "70-over")];

fn english(b: AgeBand) -> Option<&'static str> {
    ENGLISH.iter().find(|(x, _)| *x == b).map(|(_, w)| *w)
}

/// A header's age band in words: a band's label, or an older free text as it was typed.
pub fn shown(stored: &str, tr: &Tr) -> String {
    AgeBand::parse(stored).map_or_else(|| stored.to_string(), |b| b.label(tr))
}

/// `--age-band` checked: the band's code, or the sentence listing those accepted.
pub fn checked(typed: &str, tr: &Tr) -> Result<&'static str, String> {
    AgeBand::parse(typed).map(AgeBand::code).ok_or_else(|| {
        let codes: Vec<&str> = AgeBand::ALL.iter().map(|b| b.code()).collect();
        tr.t_args(
            "age-band-unknown",
            &[
                ("typed", Arg::from(crate::text::clean(typed))),
                ("bands", Arg::from(codes.join(", "))),
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn codes_words_and_english_are_read() {
        for b in AgeBand::ALL {
            assert_eq!(AgeBand::parse(b.code()), Some(b), "{}", b.code());
            for lang in Lang::ALL {
                let label = b.label(&Tr::new(lang));
                assert!(!label.starts_with('['), "{label}");
                assert_eq!(AgeBand::parse(&label), Some(b), "{label}");
            }
        }
        assert_eq!(AgeBand::parse(" 60 - 69 ans "), Some(AgeBand::From60To69));
        assert_eq!(AgeBand::parse("70+"), Some(AgeBand::From70));
        assert_eq!(AgeBand::parse("Moins de 12 ans"), Some(AgeBand::Under12));
        assert_eq!(AgeBand::parse("under 12"), Some(AgeBand::Under12));
    }

    #[test]
    fn other_bands_and_words_are_refused_in_words() {
        for typed in ["vieux", "60-74", "", "12", "70-79"] {
            assert_eq!(AgeBand::parse(typed), None, "{typed}");
        }
        let tr = Tr::new(Lang::Fr);
        let why = checked("vieux", &tr).unwrap_err();
        assert!(why.contains("vieux") && why.contains("60-69"), "{why}");
        assert_eq!(checked("60 - 69 ans", &tr), Ok("60-69"));
    }

    #[test]
    fn old_free_text_is_shown_as_typed() {
        let tr = Tr::new(Lang::Fr);
        assert_eq!(shown("60-74", &tr), "60-74");
        assert_eq!(shown("60-69", &tr), tr.t("age-band-60-69"));
    }
}
