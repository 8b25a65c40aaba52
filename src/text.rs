//! Text as data: cleaning bank strings before they reach a terminal, and comparing free
//! answers with Pix-like tolerance (spaces, case, accents, punctuation, typos).

pub mod encoding;
pub mod shared;
pub mod wrap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Removes control characters (escape sequences included) so that a bank can never drive
/// the terminal. Newlines are kept; tabs become spaces.
pub fn clean(s: &str) -> String {
    // Nearly every text is clean: copy it whole rather than char by char (the char by char
    // copy was a quarter of the time spent loading the shipped banks).
    if !needs_cleaning(s.as_bytes()) {
        return s.to_owned();
    }
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            // Bidirectional overrides can reorder what the person reads.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .collect()
}

/// Whether `clean` would leave the text as it is (nothing copied to find out).
pub fn is_clean(s: &str) -> bool {
    !needs_cleaning(s.as_bytes())
}

/// Whether `clean` changes anything, read on the UTF-8 bytes: C0 controls but newline,
/// DEL, C1 controls (U+0080..=U+009F: C2 80..=9F) and the bidi overrides
/// (U+202A..=U+202E: E2 80 AA..=AE; U+2066..=U+2069: E2 81 A6..=A9).
fn needs_cleaning(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &x)| match x {
        b'\n' => false,
        0..=0x1F | 0x7F => true,
        0xC2 => matches!(b.get(i + 1), Some(0x80..=0x9F)),
        0xE2 => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
        ),
        _ => false,
    })
}

/// Which differences a free answer may have from an accepted one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerance {
    pub case: bool,
    pub accents: bool,
    pub punctuation: bool,
    /// Edit distance ÷ length of the accepted answer that still counts as right (Pix T3).
    pub typo_ratio: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            case: true,
            accents: true,
            punctuation: true,
            typo_ratio: 0.25,
        }
    }
}

/// The form an answer is compared in. Spaces are always trimmed and collapsed.
pub fn normalize(s: &str, tol: &Tolerance) -> String {
    let s: String = s
        .nfc()
        .map(|c| {
            if c == '\u{a0}' || c == '\u{202f}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let s = if tol.case { s.to_lowercase() } else { s };
    let s: String = if tol.accents {
        s.nfd().filter(|c| !is_combining_mark(*c)).nfc().collect()
    } else {
        s
    };
    let s: String = if tol.punctuation {
        // Apostrophes and hyphens separate words; other signs just vanish.
        s.chars()
            .map(|c| {
                if matches!(c, '\'' | '’' | '-' | '_' | '/') {
                    ' '
                } else {
                    c
                }
            })
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect()
    } else {
        s
    };
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a catalogue or bank text is still the example's placeholder ("À ADAPTER : …"),
/// which a person must never read (`check` warns the médiateur instead).
pub fn is_placeholder(text: &str) -> bool {
    let folded = normalize(
        text,
        &Tolerance {
            case: true,
            accents: true,
            punctuation: true,
            typo_ratio: 0.0,
        },
    );
    folded.starts_with("a adapter") || folded.starts_with("to adapt")
}

/// An id made from any text: lowercase ASCII letters, digits and single dashes
/// ("Sécurité & arnaques" gives "securite-arnaques"), as bank ids are written.
pub fn slug(s: &str) -> String {
    let plain: String = s.nfd().filter(|c| !is_combining_mark(*c)).collect();
    let mut out = String::new();
    for c in plain.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Whether `given` matches `expected` under the tolerance.
pub fn matches(given: &str, expected: &str, tol: &Tolerance) -> bool {
    let g = normalize(given, tol);
    let e = normalize(expected, tol);
    if g.is_empty() {
        return false;
    }
    if g == e {
        return true;
    }
    if tol.typo_ratio <= 0.0 {
        return false;
    }
    let len = e.chars().count().max(1) as f64;
    (strsim::levenshtein(&g, &e) as f64) / len <= tol.typo_ratio
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_escapes_but_keeps_accents() {
        assert_eq!(clean("Élève\x1b[2J ok\x07\tfin\n"), "Élève[2J ok fin\n");
        assert_eq!(clean("a\u{202E}b"), "ab");
        // Each on its own: any one of them must send the text to the slow path.
        for bad in ["\u{2067}", "\u{85}", "\u{7f}", "\u{1b}", "\u{202A}"] {
            assert_eq!(clean(&format!("a{bad}b")), "ab", "{bad:?}");
        }
        let french = "« Élève » à 1,99 € : l’été…\u{a0}!\n";
        assert_eq!(clean(french), french);
    }

    #[test]
    fn default_tolerance_is_pix_like() {
        let t = Tolerance::default();
        assert!(matches("  Navigateur  ", "navigateur", &t));
        assert!(matches("NAVIGATEUR WEB!", "navigateur web", &t));
        assert!(matches("écran", "ecran", &t));
        assert!(matches("navigatuer", "navigateur", &t)); // 2 edits / 10 chars
        assert!(!matches("moteur", "navigateur", &t));
        assert!(!matches("", "navigateur", &t));
        assert!(!matches("mél", "mail", &t)); // 2 edits / 4 chars > 0.25
    }

    #[test]
    fn each_tolerance_can_be_switched_off() {
        let strict = Tolerance {
            case: false,
            accents: false,
            punctuation: false,
            typo_ratio: 0.0,
        };
        assert!(!matches("Ecran", "écran", &strict));
        assert!(!matches("écran", "Écran", &strict));
        assert!(!matches("écran.", "écran", &strict));
        assert!(matches(" écran ", "écran", &strict));
        let no_typo = Tolerance {
            typo_ratio: 0.0,
            ..Tolerance::default()
        };
        assert!(!matches("navigatuer", "navigateur", &no_typo));
    }

    #[test]
    fn at_sign_survives_when_punctuation_matters() {
        let t = Tolerance {
            punctuation: false,
            ..Tolerance::default()
        };
        assert!(matches("marie@exemple.fr", "Marie@Exemple.fr", &t));
        assert!(!matches(
            "marieexemple.fr",
            "marie@exemple.fr",
            &Tolerance {
                typo_ratio: 0.0,
                ..t
            }
        ));
    }
}
