//! The edge: arguments, language, then one of the commands. Errors end here as a French
//! (or English) sentence and an exit status, never a panic.

use std::process::ExitCode;

use diagnum::bank::source::Library;
use diagnum::cli::{self, Cmd};
use diagnum::i18n::{Lang, Tr};
use diagnum::tui::{self, App};
use diagnum::{check, commands, paths};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let tr = Tr::new(Lang::from_env(cli::pre_scan_lang(&args).as_deref()));
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
            return ExitCode::from(2);
        }
    };
    let screen = cli.screen(
        std::env::var("NO_COLOR").ok().as_deref(),
        std::env::var("TERM").ok().as_deref(),
    );
    let data = paths::data_dir(cli.data_dir.clone());
    let lib = Library::new(paths::banks_dir(data.as_ref()));
    match cli.command {
        Some(Cmd::Check { files }) => {
            let mut ok = true;
            for f in files {
                let (out, file_ok) = check::check_file(&lib, &f, &tr);
                print!("{out}");
                ok &= file_ok;
            }
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Some(Cmd::List) => {
            print!("{}", commands::list(&lib, &tr));
            ExitCode::SUCCESS
        }
        Some(Cmd::Run {
            bank,
            plain: true,
            seed,
            falc,
        }) => {
            let bank = match commands::load_bank(
                &lib,
                bank.as_deref().unwrap_or(commands::DEFAULT_BANK),
                &tr,
            ) {
                Ok(b) => b,
                Err(msg) => {
                    eprint!("{msg}");
                    return ExitCode::from(1);
                }
            };
            let seed = commands::seed_or_random(seed);
            match commands::run_plain(
                bank,
                seed,
                falc,
                &mut std::io::stdin().lock(),
                &mut std::io::stdout().lock(),
                &tr,
            ) {
                Ok(code) => ExitCode::from(code),
                Err(e) => {
                    eprintln!(
                        "{}",
                        tr.t_args("io-error", &[("error", e.to_string().into())])
                    );
                    ExitCode::from(1)
                }
            }
        }
        Some(Cmd::Run {
            bank,
            plain: false,
            seed,
            falc,
        }) => run_tui(&lib, bank.as_deref(), seed, falc, screen, tr),
        None => run_tui(&lib, None, None, false, screen, tr),
    }
}

/// The full-screen diagnostic; its results are printed once the terminal is restored.
fn run_tui(
    lib: &Library,
    bank: Option<&str>,
    seed: Option<u64>,
    falc: bool,
    screen: cli::Screen,
    tr: Tr,
) -> ExitCode {
    if !tui::is_terminal() {
        eprintln!("{}", tr.t("not-a-terminal"));
        return ExitCode::from(2);
    }
    // The legacy Windows console cannot draw the full screen: say so in words.
    #[cfg(windows)]
    if !ratatui::crossterm::ansi_support::supports_ansi() {
        eprintln!("{}", tr.t("legacy-console"));
        return ExitCode::from(2);
    }
    if screen.colours_asked {
        // An explicit --theme wins over NO_COLOR, as no-color.org asks.
        ratatui::crossterm::style::force_color_output(true);
    }
    let seed = commands::seed_or_random(seed);
    let app = match bank {
        Some(arg) => match commands::load_bank(lib, arg, &tr) {
            Ok(b) => App::with_bank(tr, b, seed),
            Err(msg) => {
                eprint!("{msg}");
                return ExitCode::from(1);
            }
        },
        None => {
            let entries = commands::picker_entries(lib, &tr);
            App::new(tr, entries, seed)
        }
    };
    let mut app = app;
    app.falc = falc;
    app.look = screen.look;
    let lang = app.tr.lang();
    match ratatui::run(|terminal| app.run(terminal, screen.mouse)) {
        Ok(app) => {
            if let Some(report) = app.closing_report() {
                print!("{report}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let tr = Tr::new(lang);
            let (key, e) = match e {
                tui::RunError::CannotDraw(e) => {
                    if cfg!(windows) {
                        eprintln!("{}\n", tr.t("legacy-console"));
                    }
                    ("cannot-draw", e)
                }
                tui::RunError::Io(e) => ("io-error", e),
            };
            eprintln!("{}", tr.t_args(key, &[("error", e.to_string().into())]));
            ExitCode::from(1)
        }
    }
}
