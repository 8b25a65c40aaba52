//! The command line contract (kept stable: later work and scripts rely on these names),
//! with its help text translated through Fluent.

use std::path::PathBuf;

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::Tr;
use crate::speech::Rate;
use crate::tui::{Look, Spacing, ThemeName};

#[derive(Debug, Parser)]
#[command(
    name = "diagnum",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Interface language: fr or en.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Folder for results and the user's banks.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Colours of the full-screen mode.
    #[arg(long, global = true, value_name = "THEME", value_parser = ["default", "mono", "contrast"])]
    pub theme: Option<String>,
    /// Borders and symbols in ASCII only.
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Spacing of lists.
    #[arg(long, global = true, value_name = "SPACING", value_parser = ["normal", "large"])]
    pub spacing: Option<String>,
    /// No mouse capture.
    #[arg(long, global = true)]
    pub no_mouse: bool,
    /// Read each new question aloud.
    #[arg(long, global = true)]
    pub speak: bool,
    /// Speed of the voice, in percent of its normal speed.
    #[arg(long, global = true, value_name = "PERCENT",
          value_parser = clap::value_parser!(u16).range(i64::from(Rate::MIN)..=i64::from(Rate::MAX)))]
    pub speech_rate: Option<u16>,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Run a diagnostic.
    Run {
        /// Bank id or path to a .toml file.
        bank: Option<String>,
        /// Line by line on standard input and output.
        #[arg(long)]
        plain: bool,
        /// Seed for shuffling, to replay a run exactly.
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// Show the plain-language (FALC) wording of the questions.
        #[arg(long)]
        falc: bool,
        /// Go on with an interrupted session.
        #[arg(long, value_name = "ID", conflicts_with_all = ["bank", "seed"])]
        resume: Option<String>,
        #[command(flatten)]
        person: PersonArgs,
    },
    /// Stored results: list, show, compare, export, print, purge.
    Results {
        /// Text list instead of the full-screen list.
        #[arg(long)]
        plain: bool,
        #[command(subcommand)]
        action: Option<ResultsCmd>,
    },
    /// A public PC: one diagnostic per visitor, all day, locked.
    Kiosk {
        /// The kiosk's config file.
        #[arg(long, value_name = "FILE", global = true)]
        config: Option<PathBuf>,
        #[command(subcommand)]
        action: Option<KioskCmd>,
    },
    /// The lieux de médiation numérique: import the national open data, list what is known.
    Lieux {
        #[command(subcommand)]
        action: LieuxCmd,
    },
    /// List the banks found.
    List,
    /// Convert a Moodle GIFT or Aiken file into a bank.
    Import {
        #[arg(value_enum)]
        format: crate::authoring::convert::ImportFormat,
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Bank file to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write a bank in another format (GIFT).
    ExportBank {
        #[arg(long, value_enum, default_value = "gift")]
        format: crate::authoring::convert::BankFormat,
        bank: String,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The author's view of a bank.
    Preview {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Write a commented starter bank.
    New {
        /// quick (linear, default) or parcours (adaptive).
        #[arg(long, value_enum, default_value = "quick")]
        template: crate::authoring::template::Template,
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Check bank files.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Exit with status 2 when there are warnings (and no error).
        #[arg(long)]
        deny_warnings: bool,
        /// text (default) or json.
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
    },
}

/// What the médiateur may record about the person; nothing is required.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PersonArgs {
    #[arg(long = "pseudo", visible_alias = "pseudonym", value_name = "NOM")]
    pub pseudonym: Option<String>,
    #[arg(long, value_name = "TRANCHE")]
    pub age_band: Option<String>,
    #[arg(long, value_name = "COMMUNE")]
    pub commune: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ResultsCmd {
    /// One result in full.
    Show { id: String },
    /// Two results side by side.
    Compare { before: String, after: String },
    /// One row per session, for the funder.
    Export {
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long)]
        with_names: bool,
    },
    /// The printable fiche.
    Print {
        id: String,
        #[arg(long, value_enum)]
        format: Option<FicheFormat>,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long)]
        printer: bool,
        #[arg(long, value_name = "TEXTE")]
        note: Option<String>,
        #[arg(long)]
        mediator: bool,
    },
    /// Delete the sessions started before a date.
    Purge {
        #[arg(long, value_name = "DATE", required = true)]
        before: String,
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LieuxCmd {
    /// Read the national file (CSV or JSON) and keep it in the data folder.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Keep only these départements (several allowed).
        #[arg(long, value_name = "NN")]
        departement: Vec<String>,
    },
    /// What is known: the file's date, the lieux of a commune or postal code.
    List {
        #[arg(long, value_name = "NOM", conflicts_with = "code_postal")]
        commune: Option<String>,
        #[arg(long, value_name = "NNNNN")]
        code_postal: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum KioskCmd {
    /// Read the admin code twice and print the line to paste into the config.
    HashCode,
    /// Check the config and the banks it names, without starting.
    Check,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FicheFormat {
    Text,
    Html,
}

/// The full-screen options, read from the flags and the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub look: Look,
    pub mouse: bool,
    /// Whether a flag asked for colours (they then win over NO_COLOR).
    pub colours_asked: bool,
    /// `--speak`: each new question read aloud.
    pub speak: bool,
    /// `--speech-rate`, when given.
    pub speech_rate: Option<Rate>,
}

impl Cli {
    pub fn screen(&self, no_color: Option<&str>, term: Option<&str>) -> Screen {
        let flag = self.theme.as_deref().and_then(ThemeName::parse);
        let theme = ThemeName::detect(flag, no_color, term);
        let spacing = self
            .spacing
            .as_deref()
            .and_then(Spacing::parse)
            .unwrap_or_default();
        Screen {
            look: Look::new(theme, self.ascii, spacing),
            mouse: !self.no_mouse,
            colours_asked: flag.is_some_and(|t| t != ThemeName::Mono),
            speak: self.speak,
            speech_rate: self.speech_rate.and_then(Rate::new),
        }
    }
}

/// `--lang` read before clap runs, since the help itself must be in that language.
pub fn pre_scan_lang(args: &[String]) -> Option<String> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            return it.next().cloned();
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// The clap command with every visible text taken from the locale.
pub fn command(tr: &Tr) -> Command {
    localize(Cli::command(), tr, "cli", true)
}

fn localize(cmd: Command, tr: &Tr, key: &str, top: bool) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let options = tr.t("cli-heading-options");
    let mut cmd = cmd
        .about(tr.t(&format!("{key}-about")))
        .help_template(tr.t(if top {
            "cli-template-top"
        } else {
            "cli-template"
        }))
        .subcommand_help_heading(tr.t("cli-heading-commands"))
        .subcommand_value_name(tr.t("cli-command-name"))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(top)
                .help(tr.t("cli-help"))
                .help_heading(options.clone()),
        );
    if top {
        cmd = cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr.t("cli-version"))
                .help_heading(options.clone()),
        );
    }
    for id in &ids {
        let help = tr.t(&format!("{key}-{id}"));
        let heading = options.clone();
        cmd = cmd.mut_arg(id, move |a| {
            let a = a.help(help);
            if a.is_positional() {
                a
            } else {
                a.help_heading(heading)
            }
        });
    }
    for sub in subs {
        let sub_key = format!("{key}-{sub}");
        cmd = cmd.mut_subcommand(&sub, |s| localize(s, tr, &sub_key, false));
    }
    cmd
}

/// Parses the arguments; clap's own messages (help, errors) are printed in the chosen language.
pub fn parse(args: Vec<String>, tr: &Tr) -> Result<Cli, clap::Error> {
    let matches = command(tr).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
        for lang in Lang::ALL {
            command(&Tr::new(lang)).debug_assert();
        }
    }

    /// Every subcommand's help, in both languages: no message id left untranslated.
    #[test]
    fn every_help_is_in_words() {
        fn walk(cmd: &mut Command, path: &str, lang: Lang, seen: &mut usize) {
            let help = cmd.render_long_help().to_string();
            assert!(!help.contains("[cli-"), "{lang:?} `{path} --help`:\n{help}");
            assert!(
                help.lines().count() > 2,
                "{lang:?} `{path} --help` is empty"
            );
            *seen += 1;
            for sub in cmd.get_subcommands_mut() {
                let name = format!("{path} {}", sub.get_name());
                walk(sub, &name, lang, seen);
            }
        }
        for lang in Lang::ALL {
            let mut seen = 0;
            let mut cmd = command(&Tr::new(lang));
            cmd.build();
            walk(&mut cmd, "diagnum", lang, &mut seen);
            assert!(seen >= 15, "only {seen} commands walked");
        }
    }
}
