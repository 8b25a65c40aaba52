//! Writes what the release packages carry besides the program, from the program's own
//! command line (`diagnum::cli`, with its translated help): the manual page in French
//! (`diagnum.1`) and English (`en/diagnum.1`), and the bash, zsh and fish completions.
//!
//! `cargo run --example dist-assets -- DIR` (scripts/dist.sh runs it). An example, not a
//! binary: clap_mangen and clap_complete are dev-dependencies and never reach diagnum.
//! `SOURCE_DATE_EPOCH` (seconds) dates the page, so the same commit gives the same files.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Command;
use clap_complete::Shell;
use clap_mangen::Man;
use diagnum::i18n::{Lang, Tr};
use diagnum::records::date::Timestamp;
use fluent_bundle::{FluentBundle, FluentResource};

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/assets".into()),
    );
    std::fs::create_dir_all(out.join("en"))?;
    std::fs::create_dir_all(out.join("completions"))?;
    std::fs::write(out.join("diagnum.1"), page(Lang::Fr)?)?;
    std::fs::write(out.join("en").join("diagnum.1"), page(Lang::En)?)?;
    // Completions carry the French help, as the program shows it by default.
    for (shell, name) in [
        (Shell::Bash, "diagnum.bash"),
        (Shell::Zsh, "_diagnum"),
        (Shell::Fish, "diagnum.fish"),
    ] {
        let mut cmd = diagnum::cli::command(&Tr::new(Lang::Fr));
        let mut bytes = Vec::new();
        clap_complete::generate(shell, &mut cmd, "diagnum", &mut bytes);
        std::fs::write(out.join("completions").join(name), bytes)?;
    }
    println!("{}", out.display());
    Ok(())
}

/// The messages of `locales/<lang>/man.ftl`, which only this page uses.
struct ManText(FluentBundle<FluentResource>);

impl ManText {
    fn new(lang: Lang) -> ManText {
        let src = match lang {
            Lang::Fr => include_str!("../locales/fr/man.ftl"),
            Lang::En => include_str!("../locales/en/man.ftl"),
        };
        let res = FluentResource::try_new(src.to_string()).expect("man.ftl parses");
        let mut b = FluentBundle::new(vec![lang.code().parse().expect("language tag")]);
        b.set_use_isolating(false);
        b.add_resource(res).expect("no duplicate ids");
        ManText(b)
    }

    fn t(&self, id: &str) -> String {
        let msg = self.0.get_message(id).and_then(|m| m.value());
        let pattern = msg.unwrap_or_else(|| panic!("{id} missing in man.ftl"));
        let mut errors = vec![];
        self.0
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    }
}

fn page(lang: Lang) -> std::io::Result<String> {
    let tr = Tr::new(lang);
    let m = ManText::new(lang);
    let cmd = diagnum::cli::command(&tr).bin_name("diagnum");
    let version = env!("CARGO_PKG_VERSION");
    let mut man = Man::new(cmd.clone())
        .title("DIAGNUM")
        .source(format!("diagnum {version}"))
        .manual(m.t("man-manual"));
    man = man.date(source_date());
    // Accents: man-db reads a page as UTF-8 when its first line says so.
    let mut roff = String::from("'\\\" -*- coding: UTF-8 -*-\n");
    roff += &render(|w| man.render_title(w))?;
    // Left-aligned, no hyphenation: French words cut by English rules read badly.
    roff += ".ad l\n.nh\n";
    roff += &section(&m.t("man-section-name"));
    roff += &body(&render(|w| man.render_name_section(w))?);
    roff += &section(&m.t("man-section-synopsis"));
    roff += &body(&render(|w| man.render_synopsis_section(w))?);
    roff += &section(&m.t("man-section-description"));
    roff += &text(&m.t("man-description"));
    roff += &section(&m.t("man-section-options"));
    roff += &text(&m.t("man-options-intro"));
    roff += &body(&render(|w| man.render_options_section(w))?);
    roff += &section(&m.t("man-section-commands"));
    for sub in cmd.get_subcommands() {
        roff += &subcommand(sub, "diagnum")?;
    }
    for (title, key) in [
        ("man-section-files", "man-files"),
        ("man-section-environment", "man-environment"),
        ("man-section-exit", "man-exit"),
        ("man-section-examples", "man-examples"),
        ("man-section-see-also", "man-see-also"),
    ] {
        roff += &section(&m.t(title));
        roff += &text(&m.t(key));
    }
    // clap_mangen's few words of its own, in the page's language.
    let roff = roff
        .replace("Possible values:", &m.t("man-possible-values"))
        .replace("[default: ", &format!("[{} ", m.t("man-default")));
    Ok(roff.lines().fold(String::new(), |mut s, l| {
        let _ = writeln!(s, "{}", keep_together(l));
        s
    }))
}

/// French punctuation stays on the line of the word before it (or after, for «): the
/// space becomes roff's unbreakable one. Control lines are left as they are.
fn keep_together(line: &str) -> String {
    if line.starts_with('.') {
        return line.to_string();
    }
    [
        (" :", "\\~:"),
        (" ;", "\\~;"),
        (" ?", "\\~?"),
        (" !", "\\~!"),
        (" »", "\\~»"),
        ("« ", "«\\~"),
    ]
    .iter()
    .fold(line.to_string(), |l, (from, to)| l.replace(from, to))
}

/// One command (then its own commands) as a subsection: usage, what it does, its options.
/// Options of the whole program are not repeated: the OPTIONS section has them.
fn subcommand(sub: &Command, parent: &str) -> std::io::Result<String> {
    let name = format!("{parent} {}", sub.get_name());
    let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
    let cmd = sub
        .clone()
        .bin_name(&name)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .mut_arg("help", |a| a.hide(true));
    let man = Man::new(cmd);
    let mut roff = format!(".SS \"{}\"\n", escape(&name));
    roff += &body(&render(|w| man.render_synopsis_section(w))?);
    roff += &text(&about);
    roff += &body(&render(|w| man.render_options_section(w))?);
    for inner in sub.get_subcommands() {
        roff += &subcommand(inner, &name)?;
    }
    Ok(roff)
}

fn render(
    f: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    f(&mut bytes)?;
    Ok(String::from_utf8(bytes).expect("roff is UTF-8"))
}

/// A section heading in the page's language.
fn section(title: &str) -> String {
    format!(".SH \"{}\"\n", escape(title))
}

/// clap_mangen's rendering without its English headings.
fn body(roff: &str) -> String {
    roff.lines()
        .filter(|l| !l.starts_with(".SH "))
        .fold(String::new(), |mut s, l| {
            let _ = writeln!(s, "{l}");
            s
        })
}

/// Paragraphs, and "term :: explanation" lines as a list.
fn text(src: &str) -> String {
    let mut roff = String::new();
    let mut start = true;
    for line in src.lines() {
        let line = line.trim();
        if line.is_empty() {
            start = true;
            continue;
        }
        if let Some((term, what)) = line.split_once(" :: ") {
            let _ = write!(roff, ".TP\n\\fB{}\\fR\n{}\n", escape(term), escape(what));
            start = true;
        } else {
            if start {
                roff += ".PP\n";
                start = false;
            }
            let _ = writeln!(roff, "{}", escape(line));
        }
    }
    roff
}

/// Text that roff shows as written: backslashes, hyphens, and a dot or quote at a line start.
fn escape(s: &str) -> String {
    let s = s.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with('.') || s.starts_with('\'') {
        format!("\\&{s}")
    } else {
        s
    }
}

/// `SOURCE_DATE_EPOCH` (the release's commit date, set by scripts/dist.sh), else today.
fn source_date() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    Timestamp::utc(secs).date().iso()
}
