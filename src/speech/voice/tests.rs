use super::*;

fn args(e: &Engine, lang: Lang) -> Vec<String> {
    e.command(lang, Rate::DEFAULT).args
}

#[test]
fn each_engine_reads_standard_input_in_the_language_at_the_speed() {
    let espeak = Engine::EspeakNg("/usr/bin/espeak-ng".into());
    assert_eq!(
        args(&espeak, Lang::Fr).join(" "),
        "-v fr -s 140 -b 1 --stdin"
    );
    let spd = Engine::SpdSay("/usr/bin/spd-say".into());
    assert_eq!(args(&spd, Lang::En).join(" "), "-e -w -l en -r -20");
    let say = Engine::Say(
        "/usr/bin/say".into(),
        vec![(Lang::Fr, "Eddy (French (France))".into())],
    );
    assert_eq!(
        args(&say, Lang::Fr),
        ["-r", "140", "-v", "Eddy (French (France))"]
    );
    // No English voice listed: the default voice, at the speed asked.
    assert_eq!(args(&say, Lang::En), ["-r", "140"]);
    let custom = Engine::Custom(vec!["sh".into(), "/tmp/rec.sh".into()]);
    let c = custom.command(Lang::En, Rate::new(120).unwrap());
    assert_eq!(c.program, PathBuf::from("sh"));
    assert_eq!(c.args, ["/tmp/rec.sh"]);
    assert!(c.env.contains(&("DIAGNUM_SPEECH_LANG".into(), "en".into())));
    assert!(
        c.env
            .contains(&("DIAGNUM_SPEECH_RATE".into(), "120".into()))
    );
}

/// The Windows command, checked by reading it (no Windows here): one argument holding the
/// script, no double quote in it for Windows' argument quoting to escape, the language and
/// the speed put in, standard input read as UTF-8.
#[test]
fn the_windows_command_is_one_powershell_script_reading_stdin_as_utf8() {
    let ps = Engine::Sapi(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe".into());
    let a = args(&ps, Lang::Fr);
    assert_eq!(a[..3], ["-NoProfile", "-NonInteractive", "-Command"]);
    assert_eq!(a.len(), 4);
    let script = &a[3];
    assert!(!script.contains('"'), "{script}");
    assert!(script.contains("-eq 'fr' }"), "{script}");
    assert!(script.contains("$s.Rate = -2;"), "{script}");
    assert!(
        script.contains("[Console]::OpenStandardInput(), [System.Text.Encoding]::UTF8"),
        "{script}"
    );
    assert!(script.ends_with("$s.Speak($in.ReadToEnd())"), "{script}");
    assert!(
        !script.contains("LANG") && !script.contains("RATE"),
        "{script}"
    );
    // The command the guide gives to try by hand is this one.
    let doc = include_str!("../../../docs/speech.md");
    let line = format!("powershell.exe -NoProfile -NonInteractive -Command \"{script}\"");
    assert!(
        doc.contains(&line),
        "docs/speech.md lost the command:\n{line}"
    );
}

#[test]
fn diagnum_speech_is_split_like_a_command_line() {
    assert_eq!(split_command("sh /tmp/rec.sh"), ["sh", "/tmp/rec.sh"]);
    assert_eq!(
        split_command(r#""C:\Program Files\Voix\lire.exe" --fr"#),
        [r"C:\Program Files\Voix\lire.exe", "--fr"]
    );
    assert_eq!(split_command("  a  'b c'  '' "), ["a", "b c", ""]);
    assert_eq!(custom("   "), None);
    assert_eq!(custom(""), None);
    assert_eq!(
        custom("espeak-ng -v fr"),
        Some(Engine::Custom(vec![
            "espeak-ng".into(),
            "-v".into(),
            "fr".into()
        ]))
    );
}

#[cfg(unix)]
#[test]
fn linux_voices_are_found_in_path_in_order() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let program = |p: &Path| {
        std::fs::write(p, "#!/bin/sh\n").unwrap();
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
    };
    // Not `.join(name)` with a literal: the locale test would take the name for a message id.
    let at = |dir: &Path, name: &str| dir.join(name);
    let path = std::env::join_paths([&a, &b]).unwrap();
    assert_eq!(find_on_linux(&path), None);
    program(&at(&b, "spd-say"));
    assert_eq!(
        find_on_linux(&path),
        Some(Engine::SpdSay(at(&b, "spd-say")))
    );
    // Not executable: not a program.
    std::fs::write(at(&a, "espeak"), "").unwrap();
    assert_eq!(
        find_on_linux(&path),
        Some(Engine::SpdSay(at(&b, "spd-say")))
    );
    program(&at(&a, "espeak"));
    assert_eq!(find_on_linux(&path), Some(Engine::Espeak(at(&a, "espeak"))));
    program(&at(&b, "espeak-ng"));
    assert_eq!(
        find_on_linux(&path),
        Some(Engine::EspeakNg(at(&b, "espeak-ng")))
    );
}

#[test]
fn say_lists_its_voices_by_language() {
    let listing = "Albert              en_US    # Hello! My name is Albert.\n\
                   Amélie              fr_CA    # Bonjour, je m’appelle Amélie.\n\
                   Eddy (French (France)) fr_FR    # Bonjour, je m’appelle Eddy.\n\
                   Thomas              fr_FR    # Bonjour, je m’appelle Thomas.\n\
                   Anna                de_DE    # Hallo, ich heiße Anna.\n";
    assert_eq!(
        say_voices(listing),
        [
            (Lang::En, "Albert".to_string()),
            (Lang::Fr, "Eddy (French (France))".to_string())
        ]
    );
    assert_eq!(say_voices(""), []);
}
