//! The edge: arguments, language, then one of the commands. Whatever happens ends here, in
//! one place: the output printed, or the error as a sentence in the person's language, and
//! an exit status; never a panic.

use std::process::ExitCode;

use diagnum::cli;
use diagnum::commands::{self, EXIT_USAGE};
use diagnum::i18n::{Lang, Localized, Tr};
use diagnum::text::clean;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let tr = Tr::new(Lang::from_env(cli::pre_scan_lang(&args).as_deref()));
    let code = run(args, tr);
    // A double-clicked diagnum.exe: its window would close with the results in it.
    diagnum::tui::console::keep_window_open(&tr);
    code
}

fn run(args: Vec<String>, tr: Tr) -> ExitCode {
    let cli = match cli::parse(args, &tr) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            eprintln!("{}\n", tr.t("cli-error"));
            let _ = e.print();
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match commands::run(cli, tr) {
        Ok(out) => {
            // A closed pipe (`| head`) is not an error worth a word.
            let written = write_all(&mut std::io::stdout(), &out.stdout);
            // Messages only, never data: whatever they quote (a file name, a bank line) is
            // shown inert.
            let _ = write_all(&mut std::io::stderr(), &clean(&out.stderr));
            match written {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    ExitCode::from(commands::EXIT_CLOSED_PIPE)
                }
                _ => ExitCode::from(out.code),
            }
        }
        Err(e) => {
            if !e.is_closed_pipe() {
                let said = clean(&e.message(&tr));
                let _ = write_all(&mut std::io::stderr(), &format!("{said}\n"));
            }
            ExitCode::from(e.exit_code())
        }
    }
}

fn write_all(to: &mut impl std::io::Write, text: &str) -> std::io::Result<()> {
    to.write_all(text.as_bytes())?;
    to.flush()
}
