//! With a recorder for a voice (a shell script): what it is given, and that it is stopped
//! and reaped.

use super::*;
use crate::i18n::Lang;
use crate::speech::Engine;
use crate::testing::{alive, recorder, wait_for};

fn script(lines: &[&str]) -> Script {
    Script {
        lang: Lang::Fr,
        lines: lines.iter().map(|l| (*l).to_string()).collect(),
    }
}

fn speaker(engine: Engine) -> Speaker {
    Speaker::new(Setup {
        engine: Some(engine),
        ..Setup::off()
    })
}

#[test]
fn the_voice_gets_the_text_in_words_and_is_reaped_when_done() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = speaker(recorder(dir.path(), false));
    s.say(&script(&[
        "Écrivez à jean.dupont@gmail.com",
        "Réponse 1 : Oui",
    ]))
    .unwrap();
    let pid = s.pid().unwrap();
    let said = wait_for(&dir.path().join("said"), |t| t.ends_with("--\n"));
    assert_eq!(
        said,
        "Écrivez à jean point dupont arobase gmail point com.\nRéponse 1 : Oui.\n--\n"
    );
    // Ended on its own: reaped by the reading thread, without anyone waiting for it.
    for _ in 0..200 {
        if !alive(pid) && !s.speaking() {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("the voice's process {pid} was left behind");
}

#[test]
fn stopping_a_new_reading_and_dropping_kill_the_voice() {
    let dir = tempfile::tempdir().unwrap();
    let said = dir.path().join("said");
    let mut s = speaker(recorder(dir.path(), true));
    s.say(&script(&["Un"])).unwrap();
    let first = s.pid().unwrap();
    wait_for(&said, |t| t.matches("--").count() == 1);
    assert!(s.speaking() && alive(first));
    // A new text stops the one being read.
    s.say(&script(&["Deux"])).unwrap();
    assert!(!alive(first), "the first reading goes on");
    let second = s.pid().unwrap();
    wait_for(&said, |t| t.matches("--").count() == 2);
    s.stop();
    assert!(!alive(second) && !s.speaking());
    s.say(&script(&["Trois"])).unwrap();
    let third = s.pid().unwrap();
    drop(s);
    assert!(
        !alive(third),
        "dropping the speaker leaves its voice reading"
    );
}

#[test]
fn without_a_voice_or_with_a_broken_one_nothing_is_read() {
    let mut none = Speaker::new(Setup::off());
    assert!(matches!(none.say(&script(&["Un"])), Err(Silence::NoVoice)));
    assert!(!none.speaking());
    let mut broken = speaker(Engine::Custom(vec!["/nonexistent/voice".into()]));
    assert!(matches!(
        broken.say(&script(&["Un"])),
        Err(Silence::Failed(_))
    ));
    assert!(!broken.speaking() && broken.pid().is_none());
}
