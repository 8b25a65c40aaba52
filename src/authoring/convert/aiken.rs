//! Aiken in, as Moodle reads it (question/format/aiken/format.php): a question, choices
//! `A. …` or `A) …` (the space after the letter may be missing or a tab), then `ANSWER: B`.
//! One right answer, no feedback: each becomes a single-choice question. Kinder than
//! Moodle where nothing is ambiguous: a question on several lines is kept whole, and
//! `ANSWER : b` (a French space, a small letter) is read.

use super::{Imported, ImportedCompetence, ImportedKind, ImportedQuestion, Note, NoteKind};
use crate::bank::Choice;

/// The letter and text of a choice line (`B) Le navigateur`, `B.\tLe navigateur`,
/// `B)Le navigateur`); a small letter only with a space after it (`a. ` but not `a.m.`).
fn choice_line(t: &str) -> Option<(char, &str)> {
    let mut chars = t.chars();
    let letter = chars.next().filter(char::is_ascii_alphabetic)?;
    let rest = chars.as_str();
    let text = rest.strip_prefix(['.', ')'])?;
    let spaced = text.starts_with([' ', '\t']);
    if letter.is_ascii_lowercase() && !spaced {
        return None;
    }
    let text = text.trim();
    (!text.is_empty()).then_some((letter.to_ascii_uppercase(), text))
}

/// The answer of an `ANSWER: B` line (any case, spaces around the colon), if it is one.
fn answer_line(t: &str) -> Option<&str> {
    let head = t.get(..6)?;
    if !head.eq_ignore_ascii_case("answer") {
        return None;
    }
    t[6..].trim_start().strip_prefix(':').map(str::trim)
}

/// The letter an answer names: one letter, maybe followed by `)` or `.`.
fn answer_letter(answer: &str) -> Option<char> {
    let mut chars = answer.chars();
    let letter = chars.next().filter(char::is_ascii_alphabetic)?;
    matches!(chars.as_str(), "" | ")" | ".").then_some(letter.to_ascii_uppercase())
}

pub fn parse(src: &str, competence: &str) -> Imported {
    let src = super::normalized(src);
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
    let note = |out: &mut Imported, line, kind| out.notes.push(Note { line, kind });
    for (i, raw) in src.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if let Some(answer) = answer_line(t) {
            let right = answer_letter(answer);
            let letters: Vec<char> = choices.iter().map(|(l, _)| *l).collect();
            let twice = letters
                .iter()
                .find(|l| letters.iter().filter(|x| x == l).count() > 1);
            if prompt.is_empty() {
                note(&mut out, i + 1, NoteKind::AikenNotStarted);
            } else if choices.len() < 2 {
                note(&mut out, start, NoteKind::TooFewChoices);
            } else if let Some(l) = twice {
                note(&mut out, start, NoteKind::AikenSameLetter(*l));
            } else if !right.is_some_and(|r| letters.contains(&r)) {
                note(&mut out, i + 1, NoteKind::AikenAnswer(answer.to_string()));
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
            Some(_) => note(&mut out, i + 1, NoteKind::AikenNotStarted),
            None => {
                if !choices.is_empty() {
                    // A new question began before the ANSWER line of the last one.
                    note(&mut out, start, NoteKind::AikenNoAnswer);
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
        note(&mut out, start, NoteKind::AikenNoAnswer);
    }
    out.notes.sort_by_key(|n| n.line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(q: &ImportedQuestion) -> Vec<(&str, bool)> {
        let ImportedKind::Single { choices, .. } = &q.kind else {
            panic!()
        };
        choices
            .iter()
            .map(|c| (c.text.as_str(), c.correct))
            .collect()
    }

    #[test]
    fn questions_choices_and_answers_are_read_and_mistakes_noted() {
        let src = "Quel logiciel sert à aller sur Internet ?\nA. Un tableur\nB) Un navigateur\n\
                   C. Un antivirus\nANSWER: B\n\nQuestion sans réponse\nA. oui\nB. non\n\n\
                   Mauvaise lettre\nA. oui\nB. non\nANSWER: D\n";
        let out = parse(src, "Général");
        assert_eq!(out.questions.len(), 1);
        let q = &out.questions[0];
        assert_eq!(q.prompt, "Quel logiciel sert à aller sur Internet ?");
        assert_eq!(
            texts(q),
            [
                ("Un tableur", false),
                ("Un navigateur", true),
                ("Un antivirus", false)
            ]
        );
        let lines: Vec<usize> = out.notes.iter().map(|n| n.line).collect();
        assert_eq!(lines, [7, 14], "{:?}", out.notes);
    }

    #[test]
    fn moodle_spellings_are_read_and_a_bom_dropped() {
        // Moodle's error fixture's "second good question": no space after the letter.
        let src = "\u{feff}Question un\r\nA)Non\r\nB)Oui\r\nANSWER: B\r\n\r\n\
                   Question deux\nA.\tLa force\nB.\tLa vitesse\nANSWER : a\n\n\
                   Question trois\nsur deux lignes\na) un\nb) deux\nanswer: B)\n";
        let out = parse(src, "Général");
        assert!(out.notes.is_empty(), "{:?}", out.notes);
        let prompts: Vec<_> = out.questions.iter().map(|q| q.prompt.as_str()).collect();
        assert_eq!(
            prompts,
            [
                "Question un",
                "Question deux",
                "Question trois sur deux lignes"
            ]
        );
        assert_eq!(texts(&out.questions[0]), [("Non", false), ("Oui", true)]);
        assert_eq!(
            texts(&out.questions[1]),
            [("La force", true), ("La vitesse", false)]
        );
        assert_eq!(texts(&out.questions[2]), [("un", false), ("deux", true)]);
    }

    #[test]
    fn a_choice_without_question_and_a_letter_used_twice_are_said() {
        let src = "A) Question not started\n\nANSWER: A\n\n\
                   Quelle touche efface ?\nA. Suppr\nA. Entrée\nB. Espace\nANSWER: A\n\n\
                   Une seule\nA) Seule réponse\nANSWER: A\n";
        let out = parse(src, "Général");
        assert!(out.questions.is_empty());
        let kinds: Vec<_> = out.notes.iter().map(|n| (n.line, n.kind.clone())).collect();
        assert_eq!(
            kinds,
            [
                (1, NoteKind::AikenNotStarted),
                (3, NoteKind::AikenNotStarted),
                (5, NoteKind::AikenSameLetter('A')),
                (11, NoteKind::TooFewChoices),
            ]
        );
    }
}
