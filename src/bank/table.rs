//! A bank's coverage as a Markdown table (competences × levels × question count), for
//! docs/banks.md; a test keeps that file in step with the shipped banks.

use std::fmt::Write;

use super::Bank;

pub fn markdown_table(bank: &Bank) -> String {
    let max = bank.questions.iter().map(|q| q.level).max().unwrap_or(1);
    let levels: Vec<u8> = (1..=max).collect();
    let mut s = String::new();
    let _ = write!(s, "| compétence | CRCN / domaine |");
    for l in &levels {
        let _ = write!(s, " niv. {l} |");
    }
    let _ = writeln!(s, " total |");
    let _ = writeln!(s, "|---|---|{}---|", "---|".repeat(levels.len()));
    for c in &bank.competences {
        let code = c.crcn.clone().unwrap_or_else(|| c.domain.clone());
        let _ = write!(s, "| {} (`{}`) | {code} |", c.label, c.id);
        let mut total = 0;
        for l in &levels {
            let n = bank
                .questions
                .iter()
                .filter(|q| q.level == *l && q.competences.contains(&c.id))
                .count();
            total += n;
            let _ = write!(s, " {n} |");
        }
        let _ = writeln!(s, " {total} |");
    }
    let _ = write!(s, "| **total** | |");
    for l in &levels {
        let _ = write!(
            s,
            " {} |",
            bank.questions.iter().filter(|q| q.level == *l).count()
        );
    }
    let _ = writeln!(s, " **{}** |", bank.questions.len());
    s
}
