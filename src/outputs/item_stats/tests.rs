//! The stats as a trainer reads them, on the sample bank (s1: single, right = 1st choice;
//! m1: multiple; t1: free answer; d1: single) and ten people.

use super::*;
use crate::diagnostic::item_analysis::Analyser;
use crate::i18n::Lang;
use crate::records::date::Timestamp;
use crate::testing::{assert_english, sample_bank};

fn c(i: &[usize]) -> Answer {
    Answer::Choices(i.to_vec())
}

/// Ten people, six of them at ease: s1 right for the six, choice 2 for three, "je ne sais
/// pas" for one; m1 and t1 right for the six only; d1 right for the four others only.
fn stats(bank: &Bank) -> Stats {
    let mut a = Analyser::new(bank);
    for k in 0..10 {
        let strong = k < 6;
        let s1 = match k {
            0..6 => c(&[0]),
            6..9 => c(&[1]),
            _ => Answer::DontKnow,
        };
        a.add(&[
            ("s1".into(), s1),
            ("m1".into(), if strong { c(&[0, 1]) } else { c(&[2]) }),
            (
                "t1".into(),
                Answer::Text(if strong { "navigateur" } else { "google" }.into()),
            ),
            ("d1".into(), c(&[usize::from(strong)])),
        ]);
    }
    let day = Date::parse("2026-11-02");
    Stats {
        analysis: a.finish(),
        versions: vec![("1.0.0".into(), 8), ("0.9".into(), 2)],
        other_file: 2,
        not_finished: 3,
        unreadable: 0,
        first: day,
        last: Date::parse("2026-11-20"),
    }
}

#[test]
fn final_answers_follow_the_person_going_back() {
    let line = |pos: usize, q: &str, k: usize| AnswerLine {
        pos,
        q: q.into(),
        answer: c(&[k]),
        at: Timestamp::default(),
    };
    // Answered a, b, c; went back to b (new answer), then c again.
    let lines = [
        line(0, "a", 0),
        line(1, "b", 0),
        line(2, "c", 0),
        line(1, "b", 2),
        line(2, "c", 1),
    ];
    assert_eq!(
        final_answers(&lines),
        vec![
            ("a".to_string(), c(&[0])),
            ("b".to_string(), c(&[2])),
            ("c".to_string(), c(&[1]))
        ]
    );
    // Went back to a and stopped there: b and c are no longer answered.
    assert_eq!(
        final_answers(
            &lines[..4]
                .iter()
                .cloned()
                .chain([line(0, "a", 1)])
                .collect::<Vec<_>>()
        )
        .len(),
        1
    );
}

#[test]
fn text_fits_80_columns_and_says_the_figures() {
    let bank = sample_bank();
    let t = text(&bank, &stats(&bank), &Tr::new(Lang::Fr));
    for l in t.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(l) <= 80, "{l:?}");
    }
    assert!(
        t.contains("10 diagnostics terminés, du 02/11/2026 au 20/11/2026"),
        "{t}"
    );
    assert!(t.contains("version de la banque :"), "{t}");
    assert!(t.contains("1.0.0 (8), 0.9 (2)"), "{t}");
    assert!(
        t.contains("3 diagnostics non terminés ne sont pas comptés."),
        "{t}"
    );
    assert!(
        t.contains("2 de ces diagnostics ont été faits avec un autre état"),
        "{t}"
    );
    assert!(
        t.contains("\ns1 · Un SMS vous demande de payer 1,99 €"),
        "{t}"
    );
    // Right 6/10, "je ne sais pas" 1/10, wrong 3/10. Upper group (3 of the 6 strong): 1;
    // lower group (3 of the 4 weak, all at 0 on the rest): 0. D = 1.
    assert!(
        t.contains("10 réponses : juste 60 % · je ne sais pas 10 % · faux 30 % · D 1,00"),
        "{t}"
    );
    assert!(
        t.contains("choix : 1. 60 % (juste) · 2. 30 % · 3. 0 %"),
        "{t}"
    );
    // d1 is right for the weak only.
    assert!(
        t.contains("juste 40 % · je ne sais pas 0 % · faux 60 % · D -1,00"),
        "{t}"
    );
    assert!(t.contains("! discrimination négative"), "{t}");
    assert!(
        t.contains("réponse fausse la plus fréquente : « google » (4)"),
        "{t}"
    );
    assert!(
        t.contains("D (discrimination) : indice haut-bas à 27 %"),
        "{t}"
    );
    assert!(t.contains("en dessous de 0,20"), "{t}");
}

#[test]
fn english_text_has_no_french_left() {
    let bank = sample_bank();
    let t = text(&bank, &stats(&bank), &Tr::new(Lang::En));
    assert!(
        t.contains("10 answers: right 60 % · don't know 10 % · wrong 30 % · D 1.00"),
        "{t}"
    );
    assert_english("results stats", &t);
}

#[test]
fn csv_is_one_row_per_question_with_the_counts() {
    let bank = sample_bank();
    let out = csv(&bank, &stats(&bank), &Tr::new(Lang::Fr));
    let body = out.strip_prefix('\u{feff}').expect("BOM");
    let mut r = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let head: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(head[0], "question");
    assert_eq!(head[13], "discrimination (haut-bas 27 %)");
    let rows: Vec<Vec<String>> = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), bank.questions.len());
    let s1 = &rows[0];
    assert_eq!(s1[0], "s1");
    assert_eq!(s1[2], "single");
    assert_eq!(&s1[3..9], ["10", "6", "0", "1", "3", "0"]);
    assert_eq!(&s1[9..13], ["60", "0", "10", "30"]);
    assert_eq!(&s1[13..16], ["1,00", "1,00", "0,00"]);
    assert_eq!(s1[16], "1 (juste) : 6 | 2 : 3 | 3 : 0");
    let d1 = &rows[3];
    // A negative index stays a number for the spreadsheet (no formula guard quote).
    assert_eq!(d1[13], "-1,00");
    assert!(d1[17].contains("discrimination négative"), "{d1:?}");
}
