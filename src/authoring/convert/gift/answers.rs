//! The answer block of a GIFT question, `{…}`, and GIFT's escaped text. Read as Moodle's
//! own importer reads it (question/format/gift/format.php): `~` makes a multiple choice,
//! `=` alone a short answer; `{~a~=b}` needs no spaces; empty answers are dropped.

use super::{Labels, Meta};
use crate::authoring::convert::markup::Renderer;
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

/// `s` cut at every unescaped character of `marks`, each piece with the mark before it;
/// text before the first mark comes with a space for mark (Moodle keeps it as an answer).
fn split_marks(s: &str, marks: &[char]) -> Vec<(char, String)> {
    let mut out: Vec<(char, String)> = vec![(' ', String::new())];
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
    if out[0].1.trim().is_empty() {
        out.remove(0);
    }
    out
}

/// One answer of a block: its mark (`=` or `~`), weight, text and feedback.
struct Answer {
    mark: char,
    weight: Option<f64>,
    text: String,
    feedback: Option<String>,
}

/// A weight as Moodle writes it (`33.33333`), short.
fn percent(w: f64) -> String {
    let s = format!("{w:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The kind of question an answer block makes, and what the trainer should know of it.
pub(super) fn answers(
    body: &str,
    meta: &Meta,
    labels: &Labels,
    r: &mut Renderer,
) -> Result<(ImportedKind, Vec<NoteKind>), NoteKind> {
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
            .map(|(_, f)| r.text(&f))
            .collect();
        let feedback = |i: usize| fb.get(i).cloned().filter(|f| !f.is_empty());
        let choice = |text: &str, right: bool| Choice {
            text: text.to_string(),
            text_falc: None,
            correct: right,
            feedback: if right { feedback(1) } else { feedback(0) },
        };
        let choices = vec![choice(&labels.true_, truth), choice(&labels.false_, !truth)];
        let shuffle = Some(false);
        return Ok((ImportedKind::Single { choices, shuffle }, vec![]));
    }
    let multichoice = find(body, "~").is_some();
    let marks: &[char] = if multichoice { &['=', '~'] } else { &['='] };
    let mut parsed = Vec::new();
    for (mark, item) in split_marks(body, marks) {
        // Text before the first mark: a right short answer (`{One}`), a wrong choice.
        let mark = match mark {
            ' ' if multichoice => '~',
            ' ' => '=',
            m => m,
        };
        let mut rest = item.trim();
        let mut weight = None;
        if let Some(w) = rest.strip_prefix('%')
            && let Some((w, after)) = w.split_once('%')
        {
            weight = w.trim().parse::<f64>().ok();
            rest = after;
        }
        let (text, feedback) = match find(rest, "#") {
            Some(i) => (&rest[..i], Some(r.text(&rest[i + 1..]))),
            None => (rest, None),
        };
        if !multichoice && find(text, "->").is_some() {
            return Err(NoteKind::Unsupported("matching"));
        }
        let text = r.text(text);
        // Moodle drops empty answers: `{~a~=b}` reads as `~a ~ ~=b`.
        if text.is_empty() && feedback.as_deref().is_none_or(str::is_empty) {
            continue;
        }
        parsed.push(Answer {
            mark,
            weight,
            text,
            feedback: feedback.filter(|f| !f.is_empty()),
        });
    }
    if multichoice {
        choices(&parsed, meta)
    } else {
        short_answer(parsed, meta)
    }
}

/// `{=réponse =autre}`: accepted answers; under 100 % they count as wrong here.
fn short_answer(
    parsed: Vec<Answer>,
    meta: &Meta,
) -> Result<(ImportedKind, Vec<NoteKind>), NoteKind> {
    let mut notes = Vec::new();
    let mut accept = Vec::new();
    let mut wrong = Vec::new();
    for a in parsed {
        if a.text == "*" {
            // Moodle's "any other answer": no equivalent.
            notes.push(NoteKind::CatchAll);
            continue;
        }
        match a.weight {
            Some(w) if w <= 0.0 => {
                if let Some(f) = a.feedback {
                    wrong.push((a.text, f));
                }
            }
            Some(w) if w < 100.0 => {
                notes.push(NoteKind::PartialWrong {
                    answer: a.text.clone(),
                    percent: percent(w),
                });
                if let Some(f) = a.feedback {
                    wrong.push((a.text, f));
                }
            }
            _ => accept.push(a.text),
        }
    }
    if accept.is_empty() {
        return Err(NoteKind::NoRightAnswer);
    }
    // Only values of the right shape, so that a hand-edited comment cannot break the bank.
    let mut tolerance: Vec<(String, String)> = ["case", "accents", "punctuation", "typo_ratio"]
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
    // `=@`: an answer of signs only would vanish when punctuation is ignored (manual §4).
    if let Some(signs) = accept
        .iter()
        .find(|a| !a.chars().any(char::is_alphanumeric))
        && !tolerance.iter().any(|(k, _)| k == "punctuation")
    {
        notes.push(NoteKind::Punctuation(signs.clone()));
        tolerance.push(("punctuation".into(), "false".into()));
    }
    let kind = ImportedKind::Text {
        accept,
        wrong,
        tolerance,
    };
    Ok((kind, notes))
}

/// `{=juste ~faux}`, `{~%50%a ~%50%b ~%-100%c}`: one right choice makes a single, several a
/// multiple (partial credit kept as `scoring = "partial"`).
fn choices(parsed: &[Answer], meta: &Meta) -> Result<(ImportedKind, Vec<NoteKind>), NoteKind> {
    let mut notes = Vec::new();
    let equals = parsed.iter().filter(|a| a.mark == '=').count();
    let positive = |a: &Answer| a.weight.is_some_and(|w| w > 0.0);
    let choices: Vec<Choice> = parsed
        .iter()
        .enumerate()
        .map(|(n, a)| Choice {
            text: a.text.clone(),
            text_falc: meta.choice_falc(n),
            correct: a.mark == '=' || (equals == 0 && positive(a)),
            feedback: a.feedback.clone(),
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
    if equals > 0 {
        // Partial credit beside a `=` answer: only right or wrong here.
        for a in parsed.iter().filter(|a| a.mark == '~' && positive(a)) {
            notes.push(NoteKind::PartialWrong {
                answer: a.text.clone(),
                percent: percent(a.weight.unwrap_or_default()),
            });
        }
    }
    if right == 1 {
        return Ok((ImportedKind::Single { choices, shuffle }, notes));
    }
    if equals > 1 {
        notes.push(NoteKind::SeveralRight);
    }
    let weights: Vec<f64> = parsed
        .iter()
        .filter(|a| positive(a))
        .filter_map(|a| a.weight)
        .collect();
    if weights.iter().any(|w| (w - weights[0]).abs() > 0.5) {
        notes.push(NoteKind::UnequalWeights);
    }
    let partial = meta.get("scoring") != Some("all_or_nothing");
    let kind = ImportedKind::Multiple {
        choices,
        partial,
        shuffle,
    };
    Ok((kind, notes))
}
