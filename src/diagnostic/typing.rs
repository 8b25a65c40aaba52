//! Typing tasks: how close the typed text is to the model, and where it differs, to show
//! the person gently what to look at ("« m » au lieu de « M »").

use crate::text::{Tolerance, normalize};

/// One difference between the model and what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Diff {
    /// `typed` where the model has `expected`.
    Wrong { expected: char, typed: char },
    /// A character of the model that was not typed.
    Missing(char),
    /// A character typed that the model does not have.
    Extra(char),
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Typing {
    /// Characters of the model typed right, out of `total`.
    pub right: usize,
    pub total: usize,
    /// In reading order.
    pub diffs: Vec<Diff>,
}

impl Typing {
    /// 1 − changes needed ÷ length of the model, never below 0: a letter typed in excess
    /// costs like a missing one.
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        (1.0 - self.diffs.len() as f64 / self.total as f64).max(0.0)
    }
}

/// Compares what was typed with the model, both seen through `tol` (a difference the
/// tolerance ignores is not one). The smallest set of changes, by edit distance.
pub fn compare(expected: &str, typed: &str, tol: &Tolerance) -> Typing {
    let e: Vec<char> = normalize(expected, tol).chars().collect();
    let t: Vec<char> = normalize(typed, tol).chars().collect();
    let (n, m) = (e.len(), t.len());
    // d[i][j]: edits to turn t[..j] into e[..i].
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let change = d[i - 1][j - 1] + usize::from(e[i - 1] != t[j - 1]);
            d[i][j] = change.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    let (mut i, mut j) = (n, m);
    let mut diffs = Vec::new();
    let mut right = 0;
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + usize::from(e[i - 1] != t[j - 1]) {
            if e[i - 1] == t[j - 1] {
                right += 1;
            } else {
                diffs.push(Diff::Wrong {
                    expected: e[i - 1],
                    typed: t[j - 1],
                });
            }
            i -= 1;
            j -= 1;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            diffs.push(Diff::Missing(e[i - 1]));
            i -= 1;
        } else {
            diffs.push(Diff::Extra(t[j - 1]));
            j -= 1;
        }
    }
    diffs.reverse();
    Typing {
        right,
        total: n,
        diffs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::task::STRICT;

    #[test]
    fn exact_text_has_no_difference() {
        let t = compare("Bonjour Madame", "  Bonjour   Madame ", &STRICT);
        assert_eq!((t.right, t.total, t.diffs.len()), (14, 14, 0));
        assert_eq!(t.accuracy(), 1.0);
    }

    #[test]
    fn capitals_accents_and_at_sign_are_measured() {
        let t = compare("Bonjour Madame", "bonjour madame", &STRICT);
        assert_eq!(
            t.diffs,
            [
                Diff::Wrong {
                    expected: 'B',
                    typed: 'b'
                },
                Diff::Wrong {
                    expected: 'M',
                    typed: 'm'
                }
            ]
        );
        assert_eq!(t.right, 12);
        let t = compare("marie@exemple.fr", "marieexemple.fr", &STRICT);
        assert_eq!(t.diffs, [Diff::Missing('@')]);
        let t = compare("Hélène", "Helene!", &STRICT);
        assert_eq!(t.diffs.len(), 3);
        assert!(t.diffs.contains(&Diff::Extra('!')));
        assert_eq!(compare("abc", "abcabc", &STRICT).accuracy(), 0.0);
    }

    #[test]
    fn a_tolerance_hides_what_it_ignores() {
        let lax = Tolerance {
            case: true,
            ..STRICT
        };
        assert!(
            compare("Bonjour Madame", "bonjour madame", &lax)
                .diffs
                .is_empty()
        );
        assert_eq!(compare("abc", "", &STRICT).accuracy(), 0.0);
        assert_eq!(compare("abc", "", &STRICT).diffs.len(), 3);
    }
}
