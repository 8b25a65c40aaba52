//! Aiken in: a question on one or more lines, choices `A. …` or `A) …`, then
//! `ANSWER: B`. One right answer, no feedback: each becomes a single-choice question.

use super::{Imported, ImportedCompetence, ImportedKind, ImportedQuestion, Note, NoteKind};
use crate::bank::Choice;

/// The letter and text of a choice line (`B) Le navigateur`).
fn choice_line(t: &str) -> Option<(char, &str)> {
    let mut chars = t.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let text = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))?;
    Some((letter, text.trim()))
}

pub fn parse(src: &str, competence: &str) -> Imported {
    let mut out = Imported {
        competences: vec![ImportedCompetence {
            id: crate::text::slug(competence),
            label: competence.to_string(),
            crcn: None,
            domain: None,
        }],
        ..Imported::default()
    };
    let comp = out.competences[0].id.clone();
    let mut prompt: Vec<&str> = Vec::new();
    let mut choices: Vec<(char, &str)> = Vec::new();
    let mut start = 0;
    for (i, raw) in src.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if let Some(answer) = t.strip_prefix("ANSWER:") {
            let answer = answer.trim();
            let right = answer.chars().next().filter(|_| answer.len() == 1);
            let found = right.is_some_and(|r| choices.iter().any(|(l, _)| *l == r));
            if !found {
                out.notes.push(Note {
                    line: i + 1,
                    kind: NoteKind::AikenAnswer(answer.to_string()),
                });
            } else if choices.len() < 2 {
                out.notes.push(Note {
                    line: start,
                    kind: NoteKind::TooFewChoices,
                });
            } else {
                let n = out.questions.len() + 1;
                out.questions.push(ImportedQuestion {
                    line: start,
                    id: super::unique_id(None, n, &out.questions),
                    competence: comp.clone(),
                    level: 1,
                    tube: None,
                    prompt: prompt.join(" "),
                    prompt_falc: None,
                    explanation: None,
                    kind: ImportedKind::Single {
                        choices: choices
                            .iter()
                            .map(|(l, text)| Choice {
                                text: text.to_string(),
                                text_falc: None,
                                correct: Some(*l) == right,
                                feedback: None,
                            })
                            .collect(),
                        shuffle: None,
                    },
                });
            }
            prompt.clear();
            choices.clear();
            continue;
        }
        match choice_line(t) {
            Some(c) if !prompt.is_empty() => choices.push(c),
            _ => {
                if !choices.is_empty() {
                    // A new question began before the ANSWER line of the last one.
                    out.notes.push(Note {
                        line: start,
                        kind: NoteKind::AikenNoAnswer,
                    });
                    prompt.clear();
                    choices.clear();
                }
                if prompt.is_empty() {
                    start = i + 1;
                }
                prompt.push(t);
            }
        }
    }
    if !prompt.is_empty() {
        out.notes.push(Note {
            line: start,
            kind: NoteKind::AikenNoAnswer,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_choices_and_answers_are_read_and_mistakes_noted() {
        let src = "Quel logiciel sert à aller sur Internet ?\nA. Un tableur\nB) Un navigateur\n\
                   C. Un antivirus\nANSWER: B\n\nQuestion sans réponse\nA. oui\nB. non\n\n\
                   Mauvaise lettre\nA. oui\nB. non\nANSWER: D\n";
        let out = parse(src, "Général");
        assert_eq!(out.questions.len(), 1);
        let q = &out.questions[0];
        assert_eq!(q.prompt, "Quel logiciel sert à aller sur Internet ?");
        let ImportedKind::Single { choices, .. } = &q.kind else {
            panic!()
        };
        assert_eq!(choices.len(), 3);
        assert!(choices[1].correct && !choices[0].correct);
        assert_eq!(choices[1].text, "Un navigateur");
        let lines: Vec<usize> = out.notes.iter().map(|n| n.line).collect();
        assert_eq!(lines, [7, 14], "{:?}", out.notes);
    }
}
