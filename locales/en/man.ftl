# Manual page (diagnum.1), written by "cargo run --example dist-assets"; not in the program.
# A line "term :: explanation" becomes a list entry; an empty line, a paragraph.
man-manual = diagnum manual
man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-commands = COMMANDS
man-section-files = FILES
man-section-environment = ENVIRONMENT
man-section-exit = EXIT STATUS
man-section-examples = EXAMPLES
man-section-see-also = SEE ALSO
man-possible-values = Possible values:
man-default = default:
man-description =
    diagnum runs a quick digital-skills diagnostic, offline, in a terminal, for digital inclusion work (libraries, associations, France Services). The person answers about twenty everyday questions and does small hands-on tasks; "I don't know" is always an answer.

    Without a command, diagnum opens the choice of question bank full screen, then the diagnostic. Answer with digits or arrows then Enter, 0 for "I don't know", Esc to quit. The results (a level per competence of the CRCN framework, a stage, trainings of the venue) stay on screen at the end.

    Every answer is written to disk before the next question: an interrupted diagnostic can be resumed where it stopped.
man-options-intro = These options apply to every command.
man-files =
    ~/.local/share/diagnum/ :: Data folder (on Windows: %APPDATA%\diagnum\diagnum\data\), overridden by --data-dir or DIAGNUM_DATA_DIR.
    sessions/DAY/TIME-NUMBER.jsonl :: One file per diagnostic, in the data folder, readable by its owner only.
    banks/ :: The user's question banks, in the data folder; a bank with the id of a built-in bank replaces it.
    kiosk.toml :: Kiosk configuration, in the data folder, when --config is not given.
    /usr/share/doc/diagnum/examples/ :: An example kiosk configuration and systemd service.
man-environment =
    DIAGNUM_DATA_DIR :: Data folder, like --data-dir.
    DIAGNUM_LANG :: Interface language (fr or en), like --lang; works on every system.
    LANGUAGE, LC_ALL, LC_MESSAGES, LANG :: System language, read after --lang and DIAGNUM_LANG (else: French).
    NO_COLOR :: When set and not empty, the full screen has no colour (mono theme), unless --theme.
    TERM :: With linux or dumb, the mono theme is chosen.
    DIAGNUM_LP :: Print command to use instead of lp.
man-exit =
    0 :: All went well.
    1 :: Error (unreadable file, wrong bank, results that cannot be written); the message says why.
    2 :: Command not understood, no terminal for the full screen, or warnings with check --deny-warnings.
    3 :: Text-mode (--plain) diagnostic interrupted before the end; the message gives the number to resume it.
    129, 143 :: Stopped by SIGHUP (terminal closed) or SIGTERM (kill, system shutdown) during the full screen or the kiosk: the terminal is given back as it was (the kiosk erases the screen); a diagnostic in progress can be resumed.
    141 :: The output was closed before the end (diagnum results export | head): nothing more is said.
man-examples =
    diagnum :: Choose a bank and run the diagnostic full screen.
    diagnum run abc-diag --plain :: The quick diagnostic in text mode, line by line (screen reader, old terminal).
    diagnum run --resume NUMBER --plain :: Resume an interrupted diagnostic.
    diagnum results print NUMBER --out fiche.html :: The A4 sheet to give to the person.
    diagnum results export --out chiffres.csv :: One row per diagnostic, for the funder (Excel, LibreOffice).
    diagnum kiosk --config /etc/diagnum/kiosk.toml :: Kiosk mode, on a public PC.
man-see-also = The README.md file and the guides in /usr/share/doc/diagnum/; the bank format: docs/bank-format.md in the sources.
