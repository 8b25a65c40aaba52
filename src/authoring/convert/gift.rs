//! Moodle GIFT in: multiple choice (one or several right answers), true/false, short
//! answer, "missing word", per-answer and general feedback, categories as competences.
//! Numerical, matching and essay questions have no equivalent here: they are noted.
//! `// diagnum key=value…` comments, written by our export, bring back what GIFT cannot
//! say (level, FALC wording, competence id), so that export → import keeps a bank.

use super::{Imported, ImportedCompetence, ImportedQuestion, Note, NoteKind};
use crate::text::slug;

mod answers;

pub(super) use answers::unescape;
use answers::{answers, find, strip_html};

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
pub(super) struct Meta {
    pairs: Vec<(String, String)>,
    /// `// diagnum-falc N text` lines: the FALC wording of choice N (0-based).
    choices_falc: Vec<(usize, String)>,
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
        Meta {
            pairs,
            choices_falc: vec![],
        }
    }

    /// Reads `N text` after `// diagnum-falc`.
    fn add_choice_falc(&mut self, s: &str) {
        if let Some((n, text)) = s.trim().split_once(' ')
            && let Ok(n) = n.parse()
        {
            self.choices_falc.push((n, unescape(text.trim())));
        }
    }

    pub(super) fn choice_falc(&self, n: usize) -> Option<String> {
        self.choices_falc
            .iter()
            .find(|(i, _)| *i == n)
            .map(|(_, t)| t.clone())
    }

    pub(super) fn get(&self, key: &str) -> Option<&str> {
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
            } else if let Some(m) = c.trim_start().strip_prefix("diagnum-falc ") {
                meta.add_choice_falc(m);
            }
            continue;
        }
        if block.is_empty()
            && let Some(cat) = t.strip_prefix("$CATEGORY:")
        {
            competence = Some(category(&mut out, cat, &meta));
            meta = Meta::default();
            continue;
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
    let id = slug(meta.get("competence").unwrap_or(&label));
    let id = if id.is_empty() { "general".into() } else { id };
    let label = if label.trim().is_empty() {
        id.clone()
    } else {
        label
    };
    if !out.competences.iter().any(|c| c.id == id) {
        out.competences.push(ImportedCompetence {
            id: id.clone(),
            label,
            crcn: meta
                .get("crcn")
                .filter(|c| crate::bank::CRCN.contains(c))
                .map(str::to_string),
            domain: meta.get("domain").map(str::to_string),
        });
    }
    id
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
    let id = super::unique_id(title.as_deref(), n, &out.questions);
    let level = meta.get("level").and_then(|l| l.parse().ok()).unwrap_or(1);
    out.questions.push(ImportedQuestion {
        line,
        id,
        competence,
        level,
        tube: meta
            .get("tube")
            .map(str::to_string)
            .filter(|t| !t.is_empty()),
        prompt,
        prompt_falc: meta.get("falc").map(str::to_string),
        explanation: explanation.filter(|e| !e.is_empty()),
        kind,
    });
}

#[cfg(test)]
mod tests;
