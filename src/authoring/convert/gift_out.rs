//! A bank out as Moodle GIFT, for the types GIFT has: single and multiple choice, and
//! free text (short answer). What GIFT cannot say is kept in `// diagnum …` comments,
//! which Moodle ignores and our import reads back.

use std::fmt::Write as _;

use super::{Note, NoteKind};
use crate::bank::{Bank, Choice, QuestionKind, Scoring};

/// GIFT's special characters, escaped; line breaks as `\n`.
fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A comment value: on one line.
fn one_line(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\n', "\\n")
}

/// Moodle wants the weights of the right answers to add up to 100.
fn weight(n: usize) -> String {
    let w = 100.0 / n.max(1) as f64;
    let s = format!("{w:.5}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn export(bank: &Bank) -> (String, Vec<Note>) {
    let mut o = String::new();
    let mut notes = Vec::new();
    let _ = writeln!(o, "// {} ({})\n", one_line(&bank.title), bank.id);
    for c in &bank.competences {
        let mine: Vec<_> = bank
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.competences.first() == Some(&c.id))
            .collect();
        if mine.is_empty() {
            continue;
        }
        let extra = match &c.crcn {
            Some(code) => format!("crcn={code}"),
            None => format!("domain={}", one_line(&c.domain)),
        };
        let _ = writeln!(o, "// diagnum competence={} {extra}", c.id);
        let _ = writeln!(o, "$CATEGORY: $course$/top/{}\n", c.label.replace('/', "-"));
        for (i, q) in mine {
            let line = i + 1;
            let body = match &q.kind {
                QuestionKind::Single { choices, .. } => choice_block(choices, false),
                QuestionKind::Multiple { choices, .. } => choice_block(choices, true),
                QuestionKind::Text {
                    accept,
                    wrong,
                    tolerance,
                } => {
                    if *tolerance != crate::text::Tolerance::default() {
                        notes.push(Note {
                            line,
                            kind: NoteKind::Tolerance(q.id.clone()),
                        });
                    }
                    let mut b: Vec<String> =
                        accept.iter().map(|a| format!("={}", escape(a))).collect();
                    b.extend(
                        wrong
                            .iter()
                            .map(|w| format!("=%0%{}#{}", escape(&w.answer), escape(&w.feedback))),
                    );
                    b.join("\n")
                }
                other => {
                    let kind = match other {
                        QuestionKind::Order { .. } => "order",
                        QuestionKind::Task(_) => "task",
                        QuestionKind::Observation => "observation",
                        _ => "self",
                    };
                    notes.push(Note {
                        line,
                        kind: NoteKind::NotExported(q.id.clone(), kind),
                    });
                    continue;
                }
            };
            let mut meta = format!("level={}", q.level);
            if let Some(t) = &q.tube {
                let _ = write!(meta, " tube={t}");
            }
            if let QuestionKind::Multiple {
                scoring: Scoring::AllOrNothing,
                ..
            } = &q.kind
            {
                meta.push_str(" scoring=all_or_nothing");
            }
            if matches!(
                &q.kind,
                QuestionKind::Single { shuffle: false, .. }
                    | QuestionKind::Multiple { shuffle: false, .. }
            ) {
                meta.push_str(" shuffle=false");
            }
            if let QuestionKind::Text { tolerance: t, .. } = &q.kind {
                let d = crate::text::Tolerance::default();
                for (key, value, default) in [
                    ("case", t.case, d.case),
                    ("accents", t.accents, d.accents),
                    ("punctuation", t.punctuation, d.punctuation),
                ] {
                    if value != default {
                        let _ = write!(meta, " {key}={value}");
                    }
                }
                if t.typo_ratio != d.typo_ratio {
                    let _ = write!(meta, " typo_ratio={}", t.typo_ratio);
                }
            }
            if let Some(f) = &q.prompt_falc {
                let _ = write!(meta, " falc={}", one_line(f));
            }
            let _ = writeln!(o, "// diagnum {meta}");
            // The FALC wording of each choice that has one, by its place in the list.
            for (n, c) in q.kind.choices().iter().enumerate() {
                if let Some(f) = &c.text_falc {
                    let _ = writeln!(o, "// diagnum-falc {n} {}", one_line(f));
                }
            }
            let _ = write!(o, "::{}::{} {{\n{body}\n", escape(&q.id), escape(&q.prompt));
            if let Some(e) = &q.explanation {
                let _ = writeln!(o, "####{}", escape(e));
            }
            let _ = writeln!(o, "}}\n");
        }
    }
    (o, notes)
}

fn choice_block(choices: &[Choice], multiple: bool) -> String {
    let right = choices.iter().filter(|c| c.correct).count();
    choices
        .iter()
        .map(|c| {
            let mark = match (multiple, c.correct) {
                (false, true) => "=".to_string(),
                (false, false) => "~".to_string(),
                (true, true) => format!("~%{}%", weight(right)),
                (true, false) => "~%-100%".to_string(),
            };
            let fb = c
                .feedback
                .as_ref()
                .map(|f| format!("#{}", escape(f)))
                .unwrap_or_default();
            format!("{mark}{}{fb}", escape(&c.text))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
