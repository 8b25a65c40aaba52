//! Which voice this computer has, and the command line that makes it read its standard
//! input in a language, at a speed. Looked for in this order of preference:
//! - `DIAGNUM_SPEECH`, any command that reads text on its standard input (a braille or voice
//!   setup of the lieu's own, the tests' recorder); empty, it turns reading off;
//! - Linux and the BSDs: `espeak-ng`, then `espeak`, then `spd-say` (speech-dispatcher);
//! - macOS: `say`, with a voice of the language when one is installed;
//! - Windows: its own voices (SAPI), through Windows PowerShell's `System.Speech`.
//!
//! Finding is only looking at files in `PATH` (and, on macOS, listing `say`'s voices once):
//! nothing is spoken until asked.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::Rate;
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Engine {
    EspeakNg(PathBuf),
    Espeak(PathBuf),
    SpdSay(PathBuf),
    /// macOS `say`, with its voices: (language, voice name).
    Say(PathBuf, Vec<(Lang, String)>),
    /// Windows PowerShell 5 (`powershell.exe`), which has `System.Speech`; PowerShell 7
    /// (`pwsh`) does not.
    Sapi(PathBuf),
    /// `DIAGNUM_SPEECH`, split into words.
    Custom(Vec<String>),
}

/// A program to start, its arguments and what it finds in its environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandLine {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

/// The PowerShell script behind Windows' voices: the first installed voice of the language
/// (else the default one), the speed, then everything on standard input, read as UTF-8
/// (the console's code page would garble accents). Single quotes only: the whole script is
/// one argument, and Windows' quoting of arguments then has nothing to escape.
pub const SAPI_SCRIPT: &str = "Add-Type -AssemblyName System.Speech; \
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; \
$v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and \
$_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq 'LANG' } | Select-Object -First 1; \
if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; \
$s.Rate = RATE; \
$in = New-Object System.IO.StreamReader([Console]::OpenStandardInput(), [System.Text.Encoding]::UTF8); \
$s.Speak($in.ReadToEnd())";

impl Engine {
    /// The command that reads standard input aloud in `lang`, at `rate`.
    pub fn command(&self, lang: Lang, rate: Rate) -> CommandLine {
        let code = lang.code().to_string();
        let wpm = rate.words_per_minute().to_string();
        let (program, args): (PathBuf, Vec<String>) = match self {
            // -b 1: the text is UTF-8 (espeak's default may be the voice's 8-bit charset);
            // --stdin: read it all, then speak it with the intonation of whole sentences.
            Engine::EspeakNg(p) | Engine::Espeak(p) => (
                p.clone(),
                vec![
                    "-v".into(),
                    code,
                    "-s".into(),
                    wpm,
                    "-b".into(),
                    "1".into(),
                    "--stdin".into(),
                ],
            ),
            // Pipe mode speaks each line of standard input; -w waits for each to end, so
            // that killing it stops the reading after the current line.
            Engine::SpdSay(p) => (
                p.clone(),
                vec![
                    "-e".into(),
                    "-w".into(),
                    "-l".into(),
                    code,
                    "-r".into(),
                    rate.spd().to_string(),
                ],
            ),
            Engine::Say(p, voices) => {
                let mut args = vec!["-r".into(), wpm];
                if let Some((_, name)) = voices.iter().find(|(l, _)| *l == lang) {
                    args.extend(["-v".into(), name.clone()]);
                }
                (p.clone(), args)
            }
            Engine::Sapi(p) => {
                let script = SAPI_SCRIPT
                    .replace("LANG", &code)
                    .replace("RATE", &rate.sapi().to_string());
                (
                    p.clone(),
                    vec![
                        "-NoProfile".into(),
                        "-NonInteractive".into(),
                        "-Command".into(),
                        script,
                    ],
                )
            }
            Engine::Custom(words) => (
                PathBuf::from(words.first().cloned().unwrap_or_default()),
                words.iter().skip(1).cloned().collect(),
            ),
        };
        // A command of one's own may want them; the others ignore them.
        let env = vec![
            ("DIAGNUM_SPEECH_LANG".into(), lang.code().into()),
            ("DIAGNUM_SPEECH_RATE".into(), rate.percent().to_string()),
        ];
        CommandLine { program, args, env }
    }

    /// How the voice is named to the person who sets the computer up.
    pub fn describe(&self) -> String {
        match self {
            Engine::Custom(words) => format!("DIAGNUM_SPEECH ({})", words.join(" ")),
            Engine::EspeakNg(p)
            | Engine::Espeak(p)
            | Engine::SpdSay(p)
            | Engine::Say(p, _)
            | Engine::Sapi(p) => p.display().to_string(),
        }
    }
}

/// The voice to use here: `DIAGNUM_SPEECH`, else the first found for this platform.
pub fn detect() -> Option<Engine> {
    if let Some(v) = std::env::var_os("DIAGNUM_SPEECH") {
        return custom(&v.to_string_lossy());
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    if cfg!(windows) {
        let root = std::env::var_os("SystemRoot").map(PathBuf::from);
        let fallback = root.map(|r| r.join(r"System32\WindowsPowerShell\v1.0\powershell.exe"));
        return find_in(&path, "powershell")
            .or(fallback.filter(|p| p.is_file()))
            .map(Engine::Sapi);
    }
    if cfg!(target_os = "macos") {
        let say = find_in(&path, "say")?;
        let voices = std::process::Command::new(&say)
            .args(["-v", "?"])
            .output()
            .map(|o| say_voices(&String::from_utf8_lossy(&o.stdout)))
            .unwrap_or_default();
        return Some(Engine::Say(say, voices));
    }
    find_on_linux(&path)
}

/// espeak-ng, espeak, then spd-say.
pub fn find_on_linux(path: &OsString) -> Option<Engine> {
    find_in(path, "espeak-ng")
        .map(Engine::EspeakNg)
        .or_else(|| find_in(path, "espeak").map(Engine::Espeak))
        .or_else(|| find_in(path, "spd-say").map(Engine::SpdSay))
}

/// `DIAGNUM_SPEECH`: empty turns reading off, else a command line.
pub fn custom(value: &str) -> Option<Engine> {
    let words = split_command(value);
    (!words.is_empty()).then_some(Engine::Custom(words))
}

/// A command line in words: spaces separate them, except inside '…' or "…" (a path with
/// spaces, "C:\Program Files\…"). Backslashes are kept as they are, for Windows paths.
pub fn split_command(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut started = false;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                started = true;
            }
            (None, c) if c.is_whitespace() => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            (None, c) => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

/// The first file named `name` (with Windows' extensions there) in the folders of `path`.
pub fn find_in(path: &OsString, name: &str) -> Option<PathBuf> {
    let names: Vec<String> = if cfg!(windows) {
        vec![format!("{name}.exe"), format!("{name}.com")]
    } else {
        vec![name.to_string()]
    };
    std::env::split_paths(path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| is_program(p))
}

fn is_program(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

/// `say -v ?` lists "Thomas  fr_FR  # Bonjour…" (names may hold spaces: "Eddy (French
/// (France))"): a voice for each of our languages, one of France or Britain when there is.
pub fn say_voices(listing: &str) -> Vec<(Lang, String)> {
    let mut found: Vec<(Lang, String, bool)> = Vec::new();
    for line in listing.lines() {
        let left = line.split('#').next().unwrap_or_default().trim_end();
        let Some((name, locale)) = left.rsplit_once(char::is_whitespace) else {
            continue;
        };
        let name = name.trim();
        let Some(lang) = Lang::parse(locale).filter(|_| !name.is_empty()) else {
            continue;
        };
        let home = matches!(locale, "fr_FR" | "en_GB");
        match found.iter_mut().find(|(l, _, _)| *l == lang) {
            Some(f) if home && !f.2 => *f = (lang, name.to_string(), true),
            Some(_) => {}
            None => found.push((lang, name.to_string(), home)),
        }
    }
    found.into_iter().map(|(l, n, _)| (l, n)).collect()
}

#[cfg(test)]
mod tests;
