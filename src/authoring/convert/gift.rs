//! Moodle GIFT in: multiple choice (one or several right answers), true/false, short
//! answer, "missing word", per-answer and general feedback, categories as competences.
//! Numerical, matching and essay questions have no equivalent here: they are noted.
//! `// diagnum key=value…` comments, written by our export, bring back what GIFT cannot
//! say (level, FALC wording, competence id), so that export → import keeps a bank.

use super::markup::{Format, MediaLabels, Renderer};
use super::{Imported, ImportedCompetence, ImportedQuestion, Note, NoteKind};
use crate::text::slug;

mod answers;

pub(crate) use super::markup::unescape;
use answers::{answers, find};

/// The words the import writes into the bank, in the trainer's language.
#[derive(Debug, Clone)]
pub struct Labels {
    /// The competence of questions before any `$CATEGORY`.
    pub general: String,
    pub true_: String,
    pub false_: String,
    /// The marks left where a picture, a sound or a video was.
    pub media: MediaLabels,
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
    let src = super::normalized(src);
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
        if let Some(cat) = t.strip_prefix("$CATEGORY:") {
            flush(
                &mut out,
                &mut block,
                (start, &block_meta),
                &mut competence,
                labels,
            );
            competence = Some(category(&mut out, cat, &meta));
            meta = Meta::default();
            continue;
        }
        if t.is_empty() {
            flush(
                &mut out,
                &mut block,
                (start, &block_meta),
                &mut competence,
                labels,
            );
            continue;
        }
        if !block.is_empty() && starts_question(&block, t) {
            // No blank line before this question: Moodle would glue it to the last one.
            flush(
                &mut out,
                &mut block,
                (start, &block_meta),
                &mut competence,
                labels,
            );
            out.notes.push(Note {
                line: i + 1,
                kind: NoteKind::MissingBlankLine,
            });
        }
        if block.is_empty() {
            start = i + 1;
            block_meta = std::mem::take(&mut meta);
        } else {
            block.push('\n');
        }
        block.push_str(raw);
    }
    out.notes.sort_by_key(|n| n.line);
    out
}

/// Reads the question of `block` (starting at line `at.0`, with its comment `at.1`).
fn flush(
    out: &mut Imported,
    block: &mut String,
    at: (usize, &Meta),
    competence: &mut Option<String>,
    labels: &Labels,
) {
    if block.is_empty() {
        return;
    }
    let comp = competence
        .get_or_insert_with(|| category(out, &labels.general, &Meta::default()))
        .clone();
    question(out, block, at.0, at.1, comp, labels);
    block.clear();
}

/// Whether `line` begins a new question although `block` has no blank line after it: it
/// has its own `::title::`, or its own `{…}` after a closed one. Never inside a Cloze text,
/// where every line has answer blocks.
fn starts_question(block: &str, line: &str) -> bool {
    if cloze(block) || cloze(line) {
        return false;
    }
    let titled = line
        .strip_prefix("::")
        .is_some_and(|r| find(r, "::").is_some());
    let closed = find(block, "{").is_some_and(|o| find(&block[o..], "}").is_some());
    titled || (closed && find(line, "{").is_some())
}

/// Moodle's Cloze answers, `{1:MC:~a~=b}` or `{:SHORTANSWER:=x}`, which GIFT does not read.
fn cloze(s: &str) -> bool {
    s.match_indices('{').any(|(i, _)| {
        let rest = s[i + 1..].trim_start_matches(|c: char| c.is_ascii_digit());
        rest.strip_prefix(':').is_some_and(|r| {
            let kind = r.split(':').next().unwrap_or("");
            kind.len() >= 2
                && kind.len() < r.len()
                && kind.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        })
    })
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
    if cloze(block) {
        return note(out, NoteKind::Unsupported("cloze"));
    }
    let mut s = block.trim();
    let mut title = None;
    if let Some(rest) = s.strip_prefix("::")
        && let Some(end) = find(rest, "::")
    {
        title = Some(unescape(rest[..end].trim()));
        s = rest[end + 2..].trim_start();
    }
    let (format, s) = Format::split(s, Format::Moodle);
    let mut r = Renderer::new(format, &labels.media);
    let Some(open) = find(s, "{") else {
        return note(out, NoteKind::Description);
    };
    let Some(close) = find(&s[open..], "}").map(|c| c + open) else {
        return note(out, NoteKind::Unclosed);
    };
    let answer = &s[open + 1..close];
    let mut after = &s[close + 1..];
    // `####` after the closing brace: the general feedback, misplaced.
    let mut late = None;
    if let Some(i) = find(after, "####") {
        late = Some(&after[i + 4..]);
        after = &after[..i];
        note(out, NoteKind::LateFeedback);
    }
    if find(after, "{").is_some() {
        return note(out, NoteKind::SeveralBlocks);
    }
    // Moodle's blank: none when the answers end the text, `_____` for a missing word.
    let blank = if after.trim().is_empty() { "" } else { BLANK };
    let mut prompt = r
        .text(&format!("{}{blank}{}", &s[..open], after))
        .replace(BLANK, "_____");
    if prompt.trim().is_empty() {
        prompt = title.clone().unwrap_or_default();
    }
    // Moodle takes the last `####` as the general feedback.
    let (body, general) = match answer.rfind("####") {
        Some(i) => (&answer[..i], Some(&answer[i + 4..])),
        None => (answer, late),
    };
    let explanation = general.map(|g| r.text(g)).filter(|e| !e.is_empty());
    let (kind, notes) = match answers(body.trim(), meta, labels, &mut r) {
        Ok(found) => found,
        Err(k) => return note(out, k),
    };
    for k in notes {
        note(out, k);
    }
    let mut media = r.media.clone();
    media.sort();
    let mut kinds = media.clone();
    kinds.dedup();
    for m in kinds {
        let count = media.iter().filter(|x| **x == m).count();
        note(
            out,
            NoteKind::Media {
                kind: m.name(),
                count,
            },
        );
    }
    out.formatted += usize::from(r.converted);
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
        explanation,
        kind,
    });
}

/// Where the missing word goes while the text is rendered (a private-use character).
const BLANK: &str = "\u{E000}";

#[cfg(test)]
mod tests;
