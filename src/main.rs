//! The edge: arguments, language, then one of the commands. Errors end here as a French
//! (or English) sentence and an exit status, never a panic.

use std::process::ExitCode;

use diagnum::bank::source::Library;
use diagnum::cli::{self, Cmd, KioskCmd, ResultsCmd};
use diagnum::date::Clock;
use diagnum::i18n::{Lang, Tr};
use diagnum::store::Store;
use diagnum::task::Abilities;
use diagnum::tracked::Person;
use diagnum::tui::{self, App};
use diagnum::{check, commands, history, paths};

fn main() -> ExitCode {
    let code = run();
    // A double-clicked diagnum.exe: its window would close with the results in it.
    diagnum::console::keep_window_open();
    code
}

fn run() -> ExitCode {
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
    let store = data.as_deref().map(Store::new);
    match cli.command {
        Some(Cmd::Check {
            files,
            deny_warnings,
            format,
        }) => {
            let mut reports = Vec::new();
            for f in files {
                let r = check::check(&lib, &f, &tr);
                if format == cli::CheckFormat::Text {
                    print!("{}", r.text(&tr));
                }
                reports.push(r);
            }
            if format == cli::CheckFormat::Json {
                print!("{}", check::json(&reports, &tr));
            }
            ExitCode::from(check::exit_code(&reports, deny_warnings))
        }
        Some(Cmd::Preview { file }) => {
            if !tui::is_terminal() {
                return fail(&tr.t("not-a-terminal"), 2);
            }
            let preview = diagnum::preview::Preview::open(lib, file);
            match ratatui::run(|terminal| preview.run(terminal, &tr)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(
                    &tr.t_args("io-error", &[("error", e.to_string().into())]),
                    1,
                ),
            }
        }
        Some(Cmd::New { template, file }) => match commands::new::new_bank(template, &file, &tr) {
            Ok(msg) => {
                print!("{msg}");
                ExitCode::SUCCESS
            }
            Err(msg) => fail(&msg, 1),
        },
        Some(Cmd::Import { format, file, out }) => {
            let done = commands::convert::import(format, &file, &tr);
            converted(done, out.as_deref(), &tr)
        }
        Some(Cmd::ExportBank {
            format: _,
            bank,
            out,
        }) => {
            let done = commands::convert::export_bank(&lib, &bank, &tr);
            converted(done, out.as_deref(), &tr)
        }
        Some(Cmd::Kiosk { config, action }) => {
            let path = commands::kiosk::config_path(config, data.as_deref());
            kiosk(&lib, store, path.as_deref(), action, screen, &tr)
        }
        Some(Cmd::List) => {
            print!("{}", commands::list(&lib, &tr));
            ExitCode::SUCCESS
        }
        Some(Cmd::Run {
            bank,
            plain,
            seed,
            falc,
            resume,
            person,
        }) => {
            let req = commands::RunRequest {
                bank,
                seed,
                falc,
                resume,
                person: Person {
                    pseudonym: person.pseudonym,
                    age_band: person.age_band,
                    commune: person.commune,
                },
                mode: if plain { "plain" } else { "tui" },
            };
            if plain {
                run_plain(&lib, store.as_ref(), req, &tr)
            } else {
                run_tui(&lib, store.as_ref(), Some(req), screen, tr)
            }
        }
        Some(Cmd::Results { plain, action }) => match store.as_ref() {
            None => fail(&tr.t("store-none"), 2),
            Some(store) => results(store, &lib, plain, action, screen.mouse, &tr),
        },
        None => run_tui(&lib, store.as_ref(), None, screen, tr),
    }
}

/// The converted text to `out` (a new file) or standard output, the report to standard error.
fn converted(
    done: Result<commands::convert::Converted, String>,
    out: Option<&std::path::Path>,
    tr: &Tr,
) -> ExitCode {
    let c = match done {
        Ok(c) => c,
        Err(msg) => return fail(&msg, 1),
    };
    match out {
        Some(path) => {
            if let Err(msg) = commands::convert::write_new(path, &c.text, tr) {
                return fail(&msg, 1);
            }
        }
        None => print!("{}", c.text),
    }
    eprint!("{}", c.report);
    ExitCode::SUCCESS
}

fn fail(msg: &str, code: u8) -> ExitCode {
    eprintln!("{}", msg.trim_end());
    ExitCode::from(code)
}

fn run_plain(lib: &Library, store: Option<&Store>, req: commands::RunRequest, tr: &Tr) -> ExitCode {
    let prepared = match commands::prepare(lib, store, req, Clock::System, tr) {
        Ok(p) => p,
        Err(msg) => return fail(&msg, 1),
    };
    match commands::run_plain(
        prepared,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        tr,
    ) {
        Ok(code) => ExitCode::from(code),
        Err(e) => fail(
            &tr.t_args("io-error", &[("error", e.to_string().into())]),
            1,
        ),
    }
}

fn results(
    store: &Store,
    lib: &Library,
    plain: bool,
    action: Option<ResultsCmd>,
    mouse: bool,
    tr: &Tr,
) -> ExitCode {
    use commands::results as r;
    let out = match action {
        None if plain || !tui::is_terminal() => r::list(store, tr),
        None => return run_history(store, lib, mouse, tr),
        Some(ResultsCmd::Show { id }) => r::show(store, lib, &id, tr),
        Some(ResultsCmd::Compare { before, after }) => r::compare(store, lib, &before, &after, tr),
        Some(ResultsCmd::Export {
            format,
            since,
            out,
            with_names,
        }) => r::export(
            store,
            format,
            since.as_deref(),
            out.as_ref(),
            with_names,
            tr,
        ),
        Some(ResultsCmd::Print {
            id,
            format,
            out,
            printer,
            note,
        }) => r::print(
            store,
            lib,
            r::PrintRequest {
                id: &id,
                format,
                out: out.as_ref(),
                printer,
                note,
            },
            tr,
        ),
        Some(ResultsCmd::Purge { before, dry_run }) => r::purge(store, &before, dry_run, tr),
    };
    match out {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(msg) => fail(&msg, 1),
    }
}

/// The full-screen diagnostic; its results are printed once the terminal is restored.
fn run_tui(
    lib: &Library,
    store: Option<&Store>,
    req: Option<commands::RunRequest>,
    screen: cli::Screen,
    tr: Tr,
) -> ExitCode {
    if !tui::is_terminal() {
        return fail(&tr.t("not-a-terminal"), 2);
    }
    // The legacy Windows console cannot draw the full screen: say so in words.
    #[cfg(windows)]
    if !ratatui::crossterm::ansi_support::supports_ansi() {
        return fail(&tr.t("legacy-console"), 2);
    }
    if screen.colours_asked {
        // An explicit --theme wins over NO_COLOR, as no-color.org asks.
        ratatui::crossterm::style::force_color_output(true);
    }
    let req = req.unwrap_or(commands::RunRequest {
        bank: None,
        seed: None,
        falc: false,
        resume: None,
        person: Person::default(),
        mode: "tui",
    });
    let entries = commands::picker_entries(lib, &tr);
    let mut app = if req.resume.is_some() {
        match commands::prepare(lib, store, req.clone(), Clock::System, &tr) {
            Ok(p) => App::resumed(Tr::new(tr.lang()), entries, p),
            Err(msg) => return fail(&msg, 1),
        }
    } else {
        let seed = commands::seed_or_random(req.seed);
        let mut app = match &req.bank {
            Some(arg) => match commands::load_bank(lib, arg, &tr) {
                Ok(b) => App::with_bank(Tr::new(tr.lang()), b, seed),
                Err(msg) => return fail(&msg, 1),
            },
            None => App::new(Tr::new(tr.lang()), entries, seed),
        };
        app.falc = req.falc;
        app.person = req.person.clone();
        app.store = store.cloned();
        if req.bank.is_none()
            && let Some(store) = store
        {
            // A kiosk visitor's session is the kiosk's to close, not the médiateur's to resume.
            let mut unfinished = history::unfinished(store).unwrap_or_default();
            unfinished.retain(|s| s.header().is_some_and(|h| h.mode != "kiosk"));
            app.offer_resume(unfinished);
        }
        app
    };
    app.store = store.cloned();
    app.abilities = Abilities::full_screen(!screen.mouse, std::env::var("TERM").ok().as_deref());
    app.look = screen.look;
    finish_tui(app, screen.mouse, &tr)
}

fn kiosk(
    lib: &Library,
    store: Option<Store>,
    path: Option<&std::path::Path>,
    action: Option<KioskCmd>,
    screen: cli::Screen,
    tr: &Tr,
) -> ExitCode {
    use commands::kiosk as k;
    if action == Some(KioskCmd::HashCode) {
        let terminal = std::io::IsTerminal::is_terminal(&std::io::stdin());
        return match k::hash_code(&mut std::io::stdin().lock(), terminal, tr) {
            Ok(line) => {
                print!("{line}");
                ExitCode::SUCCESS
            }
            Err(msg) => fail(&msg, 1),
        };
    }
    let ready = match k::load(lib, path, tr) {
        Ok(r) => r,
        Err(msg) => return fail(&msg, 1),
    };
    if action == Some(KioskCmd::Check) {
        print!("{}", ready.summary(tr));
        return ExitCode::SUCCESS;
    }
    if !tui::is_terminal() {
        return fail(&tr.t("kiosk-not-a-terminal"), 2);
    }
    if let Some(store) = &store {
        // Best effort: a session left open here is closed at the next start that can.
        let _ = diagnum::kiosk::close_interrupted(store, Clock::System);
    }
    // Best effort too: raw mode already turns Ctrl-C, Ctrl-Z and Ctrl-\ into keys.
    let _ = tui::kiosk::lock_signals();
    // What was on the terminal before (a shell, boot messages) goes too, scrollback
    // included: the kiosk then draws on the alternate screen, where nothing scrolls back.
    print!("{}", tui::kiosk::clear_sequence());
    let mut setup = ready.setup(store, tr.lang());
    setup.look = screen.look;
    setup.abilities = Abilities::full_screen(!screen.mouse, std::env::var("TERM").ok().as_deref());
    let app = tui::kiosk::Kiosk::new(setup, rand::random());
    match ratatui::run(|terminal| app.run(terminal)) {
        Ok(()) => {
            eprintln!("{}", tr.t("kiosk-stopped"));
            ExitCode::SUCCESS
        }
        Err(e) => fail(
            &tr.t_args("io-error", &[("error", e.to_string().into())]),
            1,
        ),
    }
}

fn run_history(store: &Store, lib: &Library, mouse: bool, tr: &Tr) -> ExitCode {
    match history::load_all(store) {
        Ok((mut all, _)) => {
            all.iter_mut().for_each(|s| s.fill_partial(lib));
            finish_tui(App::history(Tr::new(tr.lang()), all), mouse, tr)
        }
        Err(e) => fail(
            &tr.t_args("store-read-failed", &[("error", e.to_string().into())]),
            1,
        ),
    }
}

fn finish_tui(app: App, mouse: bool, _tr: &Tr) -> ExitCode {
    let lang = app.tr.lang();
    match ratatui::run(|terminal| app.run(terminal, mouse)) {
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
