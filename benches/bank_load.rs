//! Loading and checking a generated bank of 10 000 questions, against a bare parse of the
//! same text into `toml::Value` (the floor any TOML loader pays). Goal: at most 1.5×.
//! Also `diagnum check`'s load, which adds the trainer's advice.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use diagnum::bank::{CRCN, CatalogLookup, MAX_FILE_BYTES, load_bank, parse_bank};

const QUESTIONS: usize = 10_000;

/// A valid bank: 16 competences, every question with an explanation and a FALC wording (so
/// that warnings stay few: only "600 minutes is short for 10 000 questions"), types and
/// levels mixed.
fn generated_bank() -> String {
    let mut s = String::from(
        "schema = \"diagnum/1\"\n\n[bank]\nid = \"gros\"\ntitle = \"Banque générée\"\n\
         version = \"1.0.0\"\nlang = \"fr\"\nestimated_minutes = 600\n\n",
    );
    for (i, code) in CRCN.iter().enumerate() {
        s += &format!(
            "[[competences]]\nid = \"c{i}\"\nlabel = \"Compétence {i}\"\ncrcn = \"{code}\"\n\n"
        );
    }
    s += "[[paliers]]\nid = \"debut\"\ntitle = \"Début\"\nmin_percent = 0\nlearner = \"On commence.\"\nmediator = \"Accompagner.\"\n\n";
    s += "[[paliers]]\nid = \"fin\"\ntitle = \"Fin\"\nmin_percent = 80\nlearner = \"Bravo.\"\nmediator = \"Orienter.\"\n\n";
    for i in 0..QUESTIONS {
        let (kind, second) = if i % 3 == 0 {
            ("multiple", "true")
        } else {
            ("single", "false")
        };
        s += &format!(
            "[[questions]]\nid = \"q{i}\"\ntype = \"{kind}\"\ncompetence = \"c{}\"\nlevel = {}\n\
             prompt = \"Question {i} : que faites-vous devant ce message ?\"\n\
             prompt_falc = \"Question {i} : que faites-vous ?\"\n\
             explanation = \"Explication de la question {i}.\"\nchoices = [\n\
             \x20 {{ text = \"Réponse A\", correct = true }},\n\
             \x20 {{ text = \"Réponse B\", correct = {second} }},\n\
             \x20 {{ text = \"Réponse C\", feedback = \"Non.\" }},\n]\n\n",
            i % 16,
            1 + i % 3,
        );
    }
    s += "[[trainings]]\nid = \"atelier\"\ntitle = \"Atelier\"\nduration_minutes = 120\n\
          aptic_level = 1\ncheques = 1\nservice = \"outils-du-quotidien\"\n\n\
          [[orientation]]\nrecommend = [\"atelier\"]\n";
    s
}

fn bench(c: &mut Criterion) {
    let src = generated_bank();
    assert!(src.len() < MAX_FILE_BYTES, "{} bytes", src.len());
    let loaded = parse_bank(&src, &|_| CatalogLookup::Missing);
    assert!(
        loaded.problems.len() <= 1,
        "{:?}",
        &loaded.problems[..3.min(loaded.problems.len())]
    );
    assert_eq!(loaded.value.map(|b| b.questions.len()), Some(QUESTIONS));

    let mut g = c.benchmark_group("bank_10000_questions");
    g.sample_size(20);
    g.bench_function("toml_value_parse", |b| {
        b.iter(|| toml::from_str::<toml::Value>(black_box(&src)).unwrap());
    });
    // What a diagnostic does before it starts: every check that can refuse the bank.
    g.bench_function("load_and_validate", |b| {
        b.iter(|| load_bank(black_box(&src), &|_| CatalogLookup::Missing));
    });
    // What `diagnum check` does: the same, plus the trainer's advice (warnings).
    g.bench_function("check_with_advice", |b| {
        b.iter(|| parse_bank(black_box(&src), &|_| CatalogLookup::Missing));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
