//! Reading aloud with the real binary, through `DIAGNUM_SPEECH` pointing at a recorder (a
//! shell script standing for the voice): `--plain --speak` gives it each question in turn,
//! killed when the next one comes, then the results, waited for before the program exits.
//! The answers are typed one by one, each once the voice has its question, like a person.

#![cfg(unix)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common;

const SAMPLE: &str = "tests/fixtures/sample.toml";

/// Records the text, its process, language and speed; keeps "reading" a question until it
/// is killed, and ends at once on the results.
fn recorder(dir: &Path) -> String {
    let script = dir.join("voice.sh");
    let said = dir.join("said");
    let pids = dir.join("pids");
    std::fs::write(
        &script,
        format!(
            "echo \"$$ $DIAGNUM_SPEECH_LANG $DIAGNUM_SPEECH_RATE\" >> '{pids}'\n\
             t=$(cat)\nprintf '%s\\n--\\n' \"$t\" >> '{said}'\n\
             case \"$t\" in *'Votre résultat'*) exit 0;; esac\nexec sleep 30\n",
            pids = pids.display(),
            said = said.display()
        ),
    )
    .unwrap();
    format!("sh {}", script.display())
}

fn texts(dir: &Path) -> Vec<String> {
    let all = std::fs::read_to_string(dir.join("said")).unwrap_or_default();
    let mut v: Vec<String> = all.split("--\n").map(str::to_string).collect();
    v.pop();
    v
}

fn wait_for_texts(dir: &Path, n: usize) -> Vec<String> {
    for _ in 0..400 {
        let t = texts(dir);
        if t.len() >= n {
            return t;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("the voice got {:?}, not {n} texts", texts(dir));
}

fn alive(pid: &str) -> bool {
    Command::new("kill")
        .args(["-0", pid])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn plain_speak_reads_each_question_stops_it_at_the_next_then_reads_the_results() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut c = common::french();
    c.args(["run", SAMPLE, "--plain", "--speak", "--speech-rate", "70"])
        .env("DIAGNUM_DATA_DIR", data.path())
        .env("DIAGNUM_SPEECH", recorder(dir.path()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for (n, answer) in ["1", "1 2", "navigateur", "?"].iter().enumerate() {
        wait_for_texts(dir.path(), n + 1);
        writeln!(stdin, "{answer}").unwrap();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = texts(dir.path());
    let firsts: Vec<&str> = said.iter().map(|t| t.lines().next().unwrap()).collect();
    assert_eq!(
        firsts,
        [
            "Un SMS vous demande de payer 1 euro 99 pour un colis que vous n'attendez pas. \
             Que faites-vous ?",
            "Que faut-il pour envoyer un courriel ?",
            "Comment s'appelle le logiciel qui sert à aller sur Internet ?",
            "Pour vous connecter au site des impôts, que pouvez-vous utiliser ?",
            "Votre résultat : Autonome.",
        ]
    );
    assert!(said[0].contains("\nRéponse 1 : Je supprime le message.\n"));
    assert!(said[4].contains("Vous êtes à l'aise.\nFormations conseillées :"));
    let pids = std::fs::read_to_string(dir.path().join("pids")).unwrap();
    let lines: Vec<&str> = pids.lines().collect();
    assert_eq!(lines.len(), 5);
    for l in &lines {
        let (pid, rest) = l.split_once(' ').unwrap();
        assert_eq!(rest, "fr 70", "the voice's language and speed");
        assert!(!alive(pid), "a reading outlived its question: {l}");
    }
    // The screen says what it always says.
    let printed = String::from_utf8(out.stdout).unwrap();
    assert!(printed.contains("Question 1 sur 4"), "{printed}");
    assert!(!printed.contains("Pas de voix"), "{printed}");
}

#[test]
fn plain_speak_without_a_voice_says_so_once_and_goes_on() {
    let data = tempfile::tempdir().unwrap();
    let mut c = common::french();
    c.args(["run", SAMPLE, "--plain", "--speak"])
        .env("DIAGNUM_DATA_DIR", data.path())
        .env("DIAGNUM_SPEECH", "");
    let o = common::with_stdin(c, "1\n1 2\nnavigateur\n?\n");
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert_eq!(
        out.matches("Pas de voix sur cet ordinateur").count(),
        1,
        "{out}"
    );
    assert!(out.contains("Votre résultat : Autonome."), "{out}");
}

#[test]
fn kiosk_check_names_the_voice_and_the_reading_mode() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("borne.toml");
    std::fs::write(&config, "speak = true\nspeech_rate = 70\n").unwrap();
    let mut c = common::french();
    c.args(["kiosk", "check", "--config"])
        .arg(&config)
        .env("DIAGNUM_DATA_DIR", dir.path())
        .env("DIAGNUM_SPEECH", "sh /chemin/voix.sh");
    let o = common::with_stdin(c, "");
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("Lecture à voix haute : chaque question est lue"),
        "{out}"
    );
    assert!(out.contains("à 70 % de la vitesse normale"), "{out}");
    assert!(
        out.contains("Voix : DIAGNUM_SPEECH (sh /chemin/voix.sh)"),
        "{out}"
    );
    c = common::french();
    c.args(["kiosk", "check"])
        .env("DIAGNUM_DATA_DIR", dir.path())
        .env("DIAGNUM_SPEECH", "");
    let out = String::from_utf8(common::with_stdin(c, "").stdout).unwrap();
    assert!(out.contains("Voix : aucune trouvée"), "{out}");
    assert!(out.contains("à la demande (touche L"), "{out}");
}
