//! Moodle GIFT in: multiple choice (one or several right answers), true/false, short
//! answer, "missing word", per-answer and general feedback, categories as competences.
//! Numerical, matching and essay questions have no equivalent here: they are noted.
//! `// diagnum key=value…` comments, written by our export, bring back what GIFT cannot
//! say (level, FALC wording, competence id), so that export → import keeps a bank.

use super::{Imported, ImportedCompetence, ImportedKind, ImportedQuestion, Note, NoteKind};
use crate::bank::Choice;
use crate::text::slug;

/// The words the import writes into the bank, in the trainer's language.
#[derive(Debug, Clone)]
pub struct Labels {
    /// The competence of questions before any `$CATEGORY`.
    pub general: String,
    pub true_: String,
    pub false_: String,
}

/// `key=value` pairs of a `// diagnum …` comment; `falc` and `domain` take the rest of it.
#[derive(Debug, Default, Clone)]
struct Meta {
    pairs: Vec<(String, String)>,
}

impl Meta {
    fn parse(s: &str) -> Meta {
        let mut pairs = Vec::new();
        let mut rest = s.trim();
        while let Some((key, after)) = rest.split_once('=') {
            let key = key.trim().to_string();
            let (value, next) = if key == "falc" || key == "domain" {
                (after, "")
            } else {
                after.split_once(' ').unwrap_or((after, ""))
            };
            pairs.push((key, unescape(value.trim())));
            rest = next.trim_start();
        }
        Meta { pairs }
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

pub fn parse(src: &str, labels: &Labels) -> Imported {
    let mut out = Imported::default();
    let mut competence: Option<String> = None;
    let mut meta = Meta::default();
    let mut block = String::new();
    let mut start = 0;
    let mut block_meta = Meta::default();
    let lines: Vec<&str> = src.lines().collect();
    for (i, raw) in lines.iter().chain(std::iter::once(&"")).enumerate() {
        let t = raw.trim();
        if let Some(c) = t.strip_prefix("//") {
            if let Some(m) = c.trim_start().strip_prefix("diagnum ") {
                meta = Meta::parse(m);
            }
            continue;
        }
        if block.is_empty() {
            if let Some(cat) = t.strip_prefix("$CATEGORY:") {
                competence = Some(category(&mut out, cat, &meta));
                meta = Meta::default();
                continue;
            }
        }
        if t.is_empty() {
            if !block.is_empty() {
                let comp = competence
                    .get_or_insert_with(|| category(&mut out, &labels.general, &Meta::default()));
                let comp = comp.clone();
                question(&mut out, &block, start, &block_meta, comp, labels);
                block.clear();
            }
            continue;
        }
        if block.is_empty() {
            start = i + 1;
            block_meta = std::mem::take(&mut meta);
        } else {
            block.push('\n');
        }
        block.push_str(raw);
    }
    out
}

/// The competence of a `$CATEGORY: $course$/top/Name` line (its last part), made once.
fn category(out: &mut Imported, path: &str, meta: &Meta) -> String {
    let label = path
        .split('/')
        .map(str::trim)
        .rfind(|p| !p.is_empty() && !p.starts_with('$') && *p != "top")
        .unwrap_or(path.trim())
        .to_string();
    let id = meta
        .get("competence")
        .map(str::to_string)
        .unwrap_or_else(|| slug(&label));
    let id = if id.is_empty() { "general".into() } else { id };
    if !out.competences.iter().any(|c| c.id == id) {
        out.competences.push(ImportedCompetence {
            id: id.clone(),
            label,
            crcn: meta.get("crcn").map(str::to_string),
            domain: meta.get("domain").map(str::to_string),
        });
    }
    id
}

/// Byte index of the first `pat` in `s` not escaped with a backslash.
fn find(s: &str, pat: &str) -> Option<usize> {
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

pub(super) fn unescape(s: &str) -> String {
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
fn strip_html(s: &str) -> (String, bool) {
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

fn question(
    out: &mut Imported,
    block: &str,
    line: usize,
    meta: &Meta,
    competence: String,
    labels: &Labels,
) {
    let note = |out: &mut Imported, kind| out.notes.push(Note { line, kind });
    let mut s = block.trim();
    let mut title = None;
    if let Some(rest) = s.strip_prefix("::")
        && let Some(end) = find(rest, "::")
    {
        title = Some(unescape(rest[..end].trim()));
        s = rest[end + 2..].trim_start();
    }
    let mut html = false;
    for f in ["[html]", "[moodle]", "[plain]", "[markdown]"] {
        if let Some(rest) = s.strip_prefix(f) {
            html = f == "[html]";
            s = rest.trim_start();
        }
    }
    let Some(open) = find(s, "{") else {
        return note(out, NoteKind::Description);
    };
    let Some(close) = find(&s[open..], "}").map(|c| c + open) else {
        return note(out, NoteKind::Unclosed);
    };
    let mut prompt = unescape(s[..open].trim());
    let after = unescape(s[close + 1..].trim());
    if !after.is_empty() {
        prompt = format!("{prompt} _____ {after}");
    }
    if html {
        let (plain, had) = strip_html(&prompt);
        prompt = plain;
        if had {
            note(out, NoteKind::Html);
        }
    }
    if prompt.trim().is_empty() {
        prompt = title.clone().unwrap_or_default();
    }
    let answer = &s[open + 1..close];
    let (body, explanation) = match find(answer, "####") {
        Some(i) => (&answer[..i], Some(unescape(answer[i + 4..].trim()))),
        None => (answer, None),
    };
    let kind = match answers(body.trim(), meta, labels) {
        Ok((kind, weights)) => {
            if weights {
                note(out, NoteKind::Weights);
            }
            kind
        }
        Err(k) => return note(out, k),
    };
    let n = out.questions.len() + 1;
    let id = meta
        .get("id")
        .map(str::to_string)
        .unwrap_or_else(|| super::unique_id(title.as_deref(), n, &out.questions));
    let level = meta.get("level").and_then(|l| l.parse().ok()).unwrap_or(1);
    out.questions.push(ImportedQuestion {
        line,
        id,
        competence,
        level,
        tube: meta.get("tube").map(str::to_string),
        prompt,
        prompt_falc: meta.get("falc").map(str::to_string),
        explanation: explanation.filter(|e| !e.is_empty()),
        kind,
    });
}

/// The kind of question an answer block makes, and whether partial weights were reduced.
fn answers(body: &str, meta: &Meta, labels: &Labels) -> Result<(ImportedKind, bool), NoteKind> {
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
        .map(|(mark, weight, text, feedback)| Choice {
            text: text.clone(),
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

#[cfg(test)]
mod tests;
