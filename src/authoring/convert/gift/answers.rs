//! The answer block of a GIFT question, `{…}`, and GIFT's escaped text.

use super::{Labels, Meta};
use crate::authoring::convert::{ImportedKind, NoteKind};
use crate::bank::Choice;

/// Byte index of the first `pat` in `s` not escaped with a backslash.
pub(super) fn find(s: &str, pat: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if s[i..].starts_with(pat) {
            return Some(i);
        }
    }
    None
}

/// `s` cut at every unescaped character of `marks`, each piece with the mark before it.
fn split_marks(s: &str, marks: &[char]) -> Vec<(char, String)> {
    let mut out: Vec<(char, String)> = Vec::new();
    let mut escaped = false;
    for c in s.chars() {
        if !escaped && marks.contains(&c) {
            out.push((c, String::new()));
            continue;
        }
        escaped = !escaped && c == '\\';
        if let Some(last) = out.last_mut() {
            last.1.push(c);
        }
    }
    out
}

pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('n')) => {
                chars.next();
                out.push('\n');
            }
            ('\\', Some(n)) if "~=#{}:\\".contains(n) => {
                chars.next();
                out.push(n);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Removes HTML tags and the common entities; whether there were any.
pub(super) fn strip_html(s: &str) -> (String, bool) {
    let mut out = String::new();
    let mut in_tag = false;
    let mut had = false;
    for c in s.chars() {
        match c {
            '<' => {
                in_tag = true;
                had = true;
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    (out.trim().to_string(), had)
}

/// The kind of question an answer block makes, and whether partial weights were reduced.
pub(super) fn answers(
    body: &str,
    meta: &Meta,
    labels: &Labels,
) -> Result<(ImportedKind, bool), NoteKind> {
    if body.is_empty() {
        return Err(NoteKind::Unsupported("essay"));
    }
    if body.starts_with('#') {
        return Err(NoteKind::Unsupported("numerical"));
    }
    let head = find(body, "#").map_or(body, |i| &body[..i]).trim();
    let truth = match head.to_ascii_uppercase().as_str() {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    };
    if let Some(truth) = truth {
        // {T#shown when wrong#shown when right}
        let fb: Vec<String> = split_marks(&body[head.len()..], &['#'])
            .into_iter()
            .map(|(_, f)| unescape(f.trim()))
            .collect();
        let feedback = |i: usize| fb.get(i).cloned().filter(|f| !f.is_empty());
        let choice = |text: &str, right: bool| Choice {
            text: text.to_string(),
            text_falc: None,
            correct: right,
            feedback: if right { feedback(1) } else { feedback(0) },
        };
        let choices = vec![choice(&labels.true_, truth), choice(&labels.false_, !truth)];
        return Ok((
            ImportedKind::Single {
                choices,
                shuffle: Some(false),
            },
            false,
        ));
    }
    let items = split_marks(body, &['=', '~']);
    let mut parsed = Vec::new();
    let mut weights = false;
    for (mark, item) in &items {
        let mut rest = item.trim();
        let mut weight = None;
        if let Some(w) = rest.strip_prefix('%')
            && let Some((w, after)) = w.split_once('%')
        {
            weight = w.trim().parse::<f64>().ok();
            rest = after;
        }
        let (text, feedback) = match find(rest, "#") {
            Some(i) => (&rest[..i], Some(unescape(rest[i + 1..].trim()))),
            None => (rest, None),
        };
        if find(text, "->").is_some() {
            return Err(NoteKind::Unsupported("matching"));
        }
        parsed.push((*mark, weight, unescape(text.trim()), feedback));
    }
    if !items.iter().any(|(m, _)| *m == '~') {
        // Short answer: every `=` is accepted; a 0 % one with feedback is a known mistake.
        let mut accept = Vec::new();
        let mut wrong = Vec::new();
        for (_, weight, text, feedback) in parsed {
            match weight {
                Some(w) if w <= 0.0 => {
                    if let Some(f) = feedback {
                        wrong.push((text, f));
                    }
                }
                Some(w) if w < 100.0 => {
                    weights = true;
                    accept.push(text);
                }
                _ => accept.push(text),
            }
        }
        if accept.is_empty() {
            return Err(NoteKind::NoRightAnswer);
        }
        // Only values of the right shape, so that a hand-edited comment cannot break the bank.
        let tolerance = ["case", "accents", "punctuation", "typo_ratio"]
            .into_iter()
            .filter_map(|k| {
                let v = meta.get(k)?;
                let ok = match k {
                    "typo_ratio" => v.parse::<f64>().is_ok_and(|r| (0.0..=0.25).contains(&r)),
                    _ => v == "true" || v == "false",
                };
                ok.then(|| (k.to_string(), v.to_string()))
            })
            .collect();
        return Ok((
            ImportedKind::Text {
                accept,
                wrong,
                tolerance,
            },
            weights,
        ));
    }
    // One `=`: one right answer, partial credit on others dropped. No `=`: the answers
    // with a positive weight are the right ones.
    let equals = parsed.iter().filter(|(m, ..)| *m == '=').count();
    let positive = |w: &Option<f64>| w.is_some_and(|w| w > 0.0);
    let choices: Vec<Choice> = parsed
        .iter()
        .enumerate()
        .map(|(n, (mark, weight, text, feedback))| Choice {
            text: text.clone(),
            text_falc: meta.choice_falc(n),
            correct: *mark == '=' || (equals != 1 && positive(weight)),
            feedback: feedback.clone().filter(|f| !f.is_empty()),
        })
        .collect();
    if choices.len() < 2 {
        return Err(NoteKind::TooFewChoices);
    }
    let right = choices.iter().filter(|c| c.correct).count();
    if right == 0 {
        return Err(NoteKind::NoRightAnswer);
    }
    let shuffle = meta.get("shuffle").map(|s| s != "false");
    if right == 1 {
        let weights = equals == 1 && parsed.iter().any(|(m, w, ..)| *m == '~' && positive(w));
        return Ok((ImportedKind::Single { choices, shuffle }, weights));
    }
    let partial = meta.get("scoring") != Some("all_or_nothing");
    Ok((
        ImportedKind::Multiple {
            choices,
            partial,
            shuffle,
        },
        false,
    ))
}
