//! Commune names as people type them and as the national file writes them, brought to one
//! key: no case, accents, hyphens or apostrophes; "st" is "saint", "ste" "sainte"; an
//! arrondissement ("Paris 15e Arrondissement", "Lyon 3ème") is its city; "CEDEX" goes;
//! "Havre (Le)" is "le havre". A postal code typed with the name is read apart.

use crate::bank::service::fold;

/// The key two spellings of one commune share.
pub fn key(name: &str) -> String {
    let folded = fold(name);
    // "Havre (Le)": the article in brackets goes first.
    let (main, article) = match folded.split_once('(') {
        Some((main, rest)) => {
            let inside = rest.split(')').next().unwrap_or_default().trim();
            let inside = inside.trim_end_matches('\'');
            if ["le", "la", "les", "l"].contains(&inside) {
                (main.to_string(), Some(inside.to_string()))
            } else {
                (format!("{main} {rest}"), None)
            }
        }
        None => (folded, None),
    };
    let spaced: String = main
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = spaced.split_whitespace().collect();
    if let Some(i) = words.iter().position(|w| *w == "cedex") {
        words.truncate(i);
    }
    if words.last() == Some(&"arrondissement") {
        words.pop();
    }
    if words.len() > 1 && words.last().is_some_and(|w| is_ordinal(w)) {
        words.pop();
    }
    let mut out: Vec<&str> = Vec::with_capacity(words.len() + 1);
    if let Some(a) = &article {
        out.push(a);
    }
    for w in words {
        out.push(match w {
            "st" => "saint",
            "ste" => "sainte",
            "stes" => "saintes",
            "sts" => "saints",
            w => w,
        });
    }
    out.join(" ")
}

/// "15", "15e", "1er", "3eme", "2nd": an arrondissement's number.
fn is_ordinal(w: &str) -> bool {
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&digits) && ["", "e", "er", "eme", "ieme", "nd", "nde"].contains(&&w[digits..])
}

/// What a person typed to say where they live: a commune name, a postal code, or both
/// ("Roubaix", "59100", "Saint-Denis 97400").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub key: Option<String>,
    pub postal_code: Option<String>,
}

impl Query {
    pub fn parse(typed: &str) -> Query {
        let mut postal_code = None;
        let mut rest = Vec::new();
        for w in typed.split_whitespace() {
            let w5 = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if w5.len() == 5 && w5.chars().all(|c| c.is_ascii_digit()) && postal_code.is_none() {
                postal_code = Some(w5.to_string());
            } else {
                rest.push(w);
            }
        }
        let key = key(&rest.join(" "));
        Query {
            key: (!key.is_empty()).then_some(key),
            postal_code,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.key.is_none() && self.postal_code.is_none()
    }
}

/// The département of a postal code: its first two digits ("20" for Corsica, "97x" for
/// overseas, whose codes start with three).
pub fn departement(postal_code: &str) -> &str {
    let n = if postal_code.starts_with("97") || postal_code.starts_with("98") {
        3
    } else {
        2
    };
    postal_code.get(..n).unwrap_or(postal_code)
}

/// Straight-line distance in metres between two (latitude, longitude) points.
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_M: f64 = 6_371_000.0;
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_M * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_commune_share_a_key() {
        for (a, b) in [
            ("Saint-Étienne", "st etienne"),
            ("SAINTE-FOY-LÈS-LYON", "Ste Foy les Lyon"),
            ("L’Haÿ-les-Roses", "l'hay les roses"),
            ("Paris 15e Arrondissement", "paris"),
            ("Marseille 1er", "Marseille"),
            ("Lyon 3ème", "lyon"),
            ("Havre (Le)", "Le Havre"),
            ("ROUBAIX CEDEX 1", "roubaix"),
            ("  Villeneuve-d'Ascq ", "villeneuve d ascq"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        assert_ne!(key("Saint-Denis"), key("Saint-Dizier"));
        // A number that is the name itself stays.
        assert_eq!(key("Paris"), "paris");
    }

    #[test]
    fn a_postal_code_is_read_apart_from_the_name() {
        let q = Query::parse("Saint-Denis 97400");
        assert_eq!(q.key.as_deref(), Some("saint denis"));
        assert_eq!(q.postal_code.as_deref(), Some("97400"));
        let q = Query::parse("59100");
        assert_eq!((q.key, q.postal_code.as_deref()), (None, Some("59100")));
        assert!(Query::parse("  ").is_empty());
        assert_eq!(departement("97400"), "974");
        assert_eq!(departement("59100"), "59");
    }

    #[test]
    fn distances_are_straight_lines_in_metres() {
        // Lille – Roubaix, about 11 km.
        let d = distance_m((50.6366, 3.0635), (50.6901, 3.1817));
        assert!((10_000.0..12_000.0).contains(&d), "{d}");
        assert_eq!(distance_m((48.0, 2.0), (48.0, 2.0)), 0.0);
    }
}
