//! Text as a voice should hear it. Voices read words well and symbols badly: "@" is
//! silent, the dots of an address too, "e-mail" comes out in English, "1,99 €" as "un
//! virgule quatre-vingt-dix-neuf euros", "2e" as "deux e". Each of these is rewritten in
//! the words people say ("arobase", "point", "imèle", "1 euro 99", "2ième"), taken from
//! `locales/*/speech.ftl` in the voice's language. Pure: strings in, a string out.

use crate::i18n::{Arg, Lang, Tr};

/// Words rewritten whole: (only in this case, as written, message id); the others whatever
/// their case.
const WORDS: &[(bool, &str, &str)] = &[
    (false, "e-mail", "speech-email"),
    (false, "email", "speech-email"),
    (false, "e-mails", "speech-emails"),
    (false, "emails", "speech-emails"),
    (false, "mail", "speech-mail"),
    (false, "mails", "speech-mails"),
    (false, "wifi", "speech-wifi"),
    (false, "n°", "speech-number-sign"),
    (true, "FALC", "speech-falc"),
];

/// Signs drawn for the eye only (arrows of the key hints, bullets): left out.
const SILENT: &[char] = &['→', '←', '↑', '↓', '·', '•', '▶', '*'];

/// `text` rewritten for a voice speaking `tr`'s language.
pub fn speakable(text: &str, tr: &Tr) -> String {
    // The middle dot stays inside a word ("connecté·e"): a mark of inclusive writing.
    let clean: String = text
        .split_whitespace()
        .filter(|t| !t.chars().all(|c| SILENT.contains(&c)))
        .map(|t| t.replace(|c: char| c != '·' && SILENT.contains(&c), ""))
        .collect::<Vec<_>>()
        .join(" ");
    let tokens: Vec<&str> = clean.split(' ').filter(|t| !t.is_empty()).collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let (lead, core, trail) = split_punctuation(tokens[i]);
        let next = tokens.get(i + 1).map(|t| split_punctuation(t));
        let grouped = i > 0 && is_digits(split_punctuation(tokens[i - 1]).1);
        // "2,50 €", "2,50 euros", "€2.50": the price as people say it.
        if let Some((price, used_next)) = price(core, next.map(|n| n.1), grouped, tr) {
            let trail = if used_next {
                next.map_or("", |n| n.2)
            } else {
                trail
            };
            out.push(format!("{lead}{price}{trail}"));
            i += 1 + usize::from(used_next);
            continue;
        }
        out.push(format!("{lead}{}{trail}", word(core, tr)));
        i += 1;
    }
    out.join(" ")
}

/// Opening and closing punctuation apart from the word: ("« ", "ameli.fr", " »."), so that
/// the dot ending a sentence is not taken for a dot of an address.
fn split_punctuation(token: &str) -> (&str, &str, &str) {
    const OPEN: &[char] = &['(', '[', '«', '"', '\'', '“', '‘'];
    const CLOSE: &[char] = &[
        ')', ']', '»', '"', '\'', '”', '’', '.', ',', ';', ':', '!', '?', '…',
    ];
    let start = token.len() - token.trim_start_matches(OPEN).len();
    let rest = &token[start..];
    let mut core = rest.trim_end_matches(CLOSE);
    // "Seul(e)." keeps its own closing bracket.
    if core.matches('(').count() > core.matches(')').count() && rest[core.len()..].starts_with(')')
    {
        core = &rest[..=core.len()];
    }
    (&token[..start], core, &rest[core.len()..])
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// One word, rewritten if it needs to be.
fn word(core: &str, tr: &Tr) -> String {
    if let Some(&(_, _, id)) = WORDS.iter().find(|(exact, w, _)| {
        if *exact {
            core == *w
        } else {
            core.to_lowercase() == *w
        }
    }) {
        return tr.t(id);
    }
    // "n°12": the sign, then the number.
    if let Some(n) = core.strip_prefix("n°").or_else(|| core.strip_prefix("N°")) {
        return format!("{} {n}", tr.t("speech-number-sign"));
    }
    // "___", the blank of a sentence to complete.
    if core.len() >= 2 && core.chars().all(|c| c == '_') {
        return tr.t("speech-gap");
    }
    if core == "@" {
        return tr.t("speech-at");
    }
    if let Some(stem) = inclusive(core) {
        return word(stem, tr);
    }
    if core.contains('@') || core.contains("://") || core.starts_with("www.") {
        return address(core, tr);
    }
    if tr.lang() == Lang::Fr
        && let Some(o) = ordinal(core, tr)
    {
        return o;
    }
    if dotted(core) {
        return address(core, tr);
    }
    core.to_string()
}

/// Inclusive writing: "Seul(e)", "inscrit(e)s", "connecté·e·s" are said "seul",
/// "inscrit", "connecté" (the voice would say "seul e"); the marks are silent in speech.
fn inclusive(core: &str) -> Option<&str> {
    let i = core.find(['(', '·'])?;
    let (stem, marks) = core.split_at(i);
    let letters = marks.chars().filter(|c| c.is_alphabetic()).count();
    (stem.chars().last().is_some_and(char::is_alphabetic)
        && (1..=4).contains(&letters)
        && marks.chars().all(|c| c.is_lowercase() || "()·".contains(c)))
    .then_some(stem)
}

/// Words joined by dots, each at least two letters or digits, one with a letter:
/// "ameli.fr", "marie.martin", "photo.jpg". Not "3.5", "M.", "c.-à-d." nor "etc.".
fn dotted(core: &str) -> bool {
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() > 1
        && parts
            .iter()
            .all(|p| p.chars().count() >= 2 && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && core.chars().any(char::is_alphabetic)
}

/// An e-mail or web address, sign by sign: "jean point dupont arobase gmail point com",
/// "w w w point impots point gouv point fr slash particuliers". The "https://" is left out
/// (nobody says it), unless it is all there is ("http://…").
fn address(core: &str, tr: &Tr) -> String {
    let (scheme, rest) = match core.split_once("://") {
        Some((s, r)) => (s, r),
        None => ("", core),
    };
    // What follows "?" or "#" is for the machine.
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let rest = rest.trim_end_matches('/');
    if !rest.chars().any(char::is_alphanumeric) {
        return scheme.to_string();
    }
    let (at, dot, slash) = (tr.t("speech-at"), tr.t("speech-dot"), tr.t("speech-slash"));
    let mut out = String::new();
    let rest = match rest.strip_prefix("www.") {
        Some(r) => {
            out.push_str(&tr.t("speech-www"));
            out.push(' ');
            out.push_str(&dot);
            out.push(' ');
            r
        }
        None => rest,
    };
    for c in rest.chars() {
        match c {
            '@' => push_word(&mut out, &at),
            '.' => push_word(&mut out, &dot),
            '/' => push_word(&mut out, &slash),
            '_' => push_word(&mut out, &tr.t("speech-underscore")),
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    out.push_str(w);
    out.push(' ');
}

/// French ordinals as written: "2e", "3ème", "1re", "1er" → "2ième", "première"…
fn ordinal(core: &str, tr: &Tr) -> Option<String> {
    let digits: String = core.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &core[digits.len()..];
    if digits.is_empty() || suffix.is_empty() {
        return None;
    }
    match (digits.as_str(), suffix) {
        ("1", "er") => Some(tr.t("speech-first-m")),
        ("1", "re" | "ère" | "ere") => Some(tr.t("speech-first-f")),
        (_, "e" | "è" | "ème" | "eme" | "ième" | "ieme") => Some(format!("{digits}ième")),
        _ => None,
    }
}

/// A price: the number with "€" stuck to it, or followed by "€" or "euros". Returns the
/// words and whether the next token (the sign) was used. `grouped`: the number is the end
/// of "1 000", whose thousands the voice already reads; only the sign becomes a word.
fn price(core: &str, next: Option<&str>, grouped: bool, tr: &Tr) -> Option<(String, bool)> {
    let sign = |s: &str| s == "€" || s.eq_ignore_ascii_case("euros") || s == "euro";
    let (number, used_next) = if let Some(n) = core.strip_suffix('€') {
        (n, false)
    } else if let Some(n) = core.strip_prefix('€') {
        (n, false)
    } else if next.is_some_and(sign) {
        (core, true)
    } else {
        return None;
    };
    let (units, cents) = match number.split_once([',', '.']) {
        Some((u, c)) if c.len() <= 2 && is_digits(c) => (u, Some(c)),
        Some(_) => return None,
        None => (number, None),
    };
    if !is_digits(units) {
        return None;
    }
    if grouped {
        let mut s = units.to_string();
        if let Some(c) = cents {
            s = format!("{s},{c}");
        }
        return Some((format!("{s} {}", tr.t("speech-euro-sign")), used_next));
    }
    let euros: u64 = units.parse().ok()?;
    // "1,5 €" is 1 euro 50; "1,05 €" is 1 euro 5.
    let cents: u64 = cents.map_or(Some(0), |c| {
        c.parse::<u64>()
            .ok()
            .map(|n| if c.len() == 1 { n * 10 } else { n })
    })?;
    let text = match (euros, cents) {
        (0, c) if c > 0 => tr.t_args("speech-cents", &[("cents", Arg::from(c))]),
        (e, 0) => tr.t_args("speech-euros", &[("euros", Arg::from(e))]),
        (e, c) => tr.t_args(
            "speech-euros-cents",
            &[("euros", Arg::from(e)), ("cents", Arg::from(c))],
        ),
    };
    Some((text, used_next))
}

#[cfg(test)]
mod tests;
