//! Issue 14, as the person reads it: no verdict without evidence down to the export, no
//! jargon for the learner, a phone-only person measured on the phone, FALC choices. Through
//! the real binary.

use crate::common;

fn diagnum_in(data: &std::path::Path, args: &[&str], stdin: &str) -> std::process::Output {
    let mut c = common::french();
    c.arg("--data-dir").arg(data).args(args);
    common::with_stdin(c, stdin)
}

/// One self-assessment, then the end of input: "pas assez de réponses pour conclure", an
/// offer to resume, and in the export no palier and no training, with the same keys.
#[test]
fn no_verdict_without_evidence_down_to_the_export() {
    let data = tempfile::tempdir().unwrap();
    let o = diagnum_in(
        data.path(),
        &["run", "abc-diag", "--plain", "--seed", "1"],
        "1\n",
    );
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(3), "{out}");
    assert!(
        out.contains("Pas assez de réponses pour conclure."),
        "{out}"
    );
    assert!(out.contains("diagnum run --resume"), "{out}");
    assert!(!out.contains("Votre résultat"), "{out}");
    let o = diagnum_in(data.path(), &["results", "export", "--format", "json"], "");
    let rows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let row = &rows.as_array().unwrap()[0];
    for key in ["id", "date", "percent", "palier", "orientation", "levels"] {
        assert!(row.get(key).is_some(), "{key} missing: {row}");
    }
    assert!(row["palier"].is_null(), "{row}");
    assert_eq!(row["orientation"], serde_json::json!([]));
    assert_eq!(row["levels"], serde_json::json!({}));
}

/// What the person reads at the end: plain words. No level number, no fractional count,
/// no CRCN or APTIC code, no "À ADAPTER" left in the example catalogue.
#[test]
fn the_learner_reads_no_jargon() {
    for (bank, answers) in [
        ("abc-diag", "2\n".repeat(40)),
        ("abc-diag", "1\n".repeat(40)),
    ] {
        let data = tempfile::tempdir().unwrap();
        let o = diagnum_in(
            data.path(),
            &["run", bank, "--plain", "--seed", "3"],
            &answers,
        );
        let out = String::from_utf8_lossy(&o.stdout).into_owned();
        let results = &out[out.find("Résultats :").expect(&out)..];
        for jargon in [
            "niveau 0",
            "niveau ",
            ",5 bonne",
            "CRCN",
            "APTIC",
            "À ADAPTER",
            "Pour le médiateur",
        ] {
            assert!(!results.contains(jargon), "{jargon}:\n{results}");
        }
        // The médiateur still finds every detail.
        let id = out
            .split("diagnum results show ")
            .nth(1)
            .and_then(|s| s.split(')').next())
            .expect(&out)
            .to_string();
        let o = diagnum_in(data.path(), &["results", "show", &id], "");
        let detail = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(detail.contains("Pour le médiateur"), "{detail}");
        assert!(detail.contains("(CRCN"), "{detail}");
    }
}

/// A phone-only person, in `--plain` with FALC: the device question first, the FALC
/// wording of the choices, no computer gesture, and no "le numérique est encore nouveau
/// pour vous" for gestures nobody asked of them.
#[test]
fn a_phone_only_person_is_measured_on_the_phone() {
    let data = tempfile::tempdir().unwrap();
    let bank = "tests/fixtures/device.toml";
    // The device question (2: phone only), then the first choice of each question: with
    // `shuffle_choices`, find the right one in the listing instead.
    let o = diagnum_in(
        data.path(),
        &["run", bank, "--plain", "--falc", "--seed", "4"],
        "2\n",
    );
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        out.contains(
            "Question 1 sur 6 (votre appareil)\nPour commencer. Quel appareil utilisez-vous ?"
        ),
        "{out}"
    );
    assert!(
        out.contains("2. Seulement un téléphone ou une tablette"),
        "{out}"
    );
    // Answer every question right, reading the listing like a person would.
    let right = [
        "Toucher son icône",
        "Écarter deux doigts",
        "Je le supprime",
        "Le signe @",
    ];
    let mut input = String::from("2\n");
    let mut o;
    loop {
        o = diagnum_in(
            tempfile::tempdir().unwrap().path(),
            &["run", bank, "--plain", "--falc", "--seed", "4"],
            &input,
        );
        let out = String::from_utf8_lossy(&o.stdout).into_owned();
        // The last question shown ("Question 3 sur 6 …").
        let at = out
            .match_indices("\nQuestion ")
            .map(|(i, _)| i)
            .filter(|&i| out[i + 10..].starts_with(|c: char| c.is_ascii_digit()))
            .last()
            .unwrap_or(0);
        let last = &out[at..];
        if o.status.code() == Some(0) {
            break;
        }
        let pick = if last.contains("Question pour le médiateur") {
            "1".to_string()
        } else {
            last.lines()
                .find_map(|l| {
                    let (n, text) = l.split_once(". ")?;
                    right.contains(&text).then(|| n.to_string())
                })
                .unwrap_or_else(|| panic!("no right choice in {last}"))
        };
        input.push_str(&pick);
        input.push('\n');
        assert!(input.len() < 40, "{out}");
    }
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(!out.contains("souris") && !out.contains("Maj"), "{out}");
    assert!(out.contains("Votre résultat : Autonome."), "{out}");
    assert!(!out.contains("encore nouveau"), "{out}");
    assert!(
        out.contains("les questions sur l'ordinateur ne vous ont pas été posées"),
        "{out}"
    );
}

/// Choices are read in FALC when the person asked for simple words.
#[test]
fn falc_choices_are_shown_with_falc() {
    let data = tempfile::tempdir().unwrap();
    let bank = "tests/fixtures/device.toml";
    let run = |falc: bool| {
        let mut args = vec!["run", bank, "--plain", "--seed", "4"];
        if falc {
            args.push("--falc");
        }
        let o = diagnum_in(data.path(), &args, "1\n");
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let falc = run(true);
    assert!(falc.contains(". Deux clics rapides"), "{falc}");
    assert!(!falc.contains("Double-clic gauche"), "{falc}");
    let usual = run(false);
    assert!(usual.contains(". Double-clic gauche"), "{usual}");
}
