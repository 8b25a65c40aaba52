# Command-line help
cli-about = Quick digital-skills diagnostic, offline, in the terminal.
cli-template-top = {"{"}about{"}"}

    Usage: {"{"}usage{"}"}

    {"{"}all-args{"}"}

    Without a command, diagnum opens the bank picker, then the full-screen diagnostic.
cli-template = {"{"}about{"}"}

    Usage: {"{"}usage{"}"}

    {"{"}all-args{"}"}
cli-heading-options = Options
cli-heading-commands = Commands
cli-help = Show this help
cli-version = Show the version
cli-lang = Interface language: fr or en (default: the system's, else fr)
cli-data_dir = Folder for results and the user's banks
cli-run-about = Run a diagnostic
cli-run-bank = Bank id (see “diagnum list”) or path to a .toml file
cli-run-plain = Line-by-line text mode (screen reader, old terminal, script)
cli-run-seed = Seed for shuffling choices, to replay a run exactly
cli-run-falc = Ask the questions in plain, easy-to-read words, when the bank provides them
cli-list-about = List the available banks (embedded and in the user's folder)
cli-check-about = Check bank files and report every problem
cli-check-files = .toml files to check
cli-error = Command not understood. Type “diagnum --help” to see the commands.
cli-command-name = COMMAND
cli-run-resume = Go on with an interrupted diagnostic (its number, see “diagnum results”)
cli-run-pseudonym = The person's pseudonym or file number (optional: anonymous by default)
cli-run-age_band = Age band, for the funder's figures (optional): moins-de-12, 12-17, 18-24, 25-39, 40-59, 60-69 or 70-et-plus
cli-run-commune = Town of residence or postal code: for the funder's figures, and the nearby lieux de médiation numérique in the results (optional)
cli-results-about = Stored results: list, details, comparison, export, fiche, deletion
cli-results-plain = Text list instead of full screen
cli-results-show-about = Show one result in full
cli-results-show-id = Diagnostic number (the first characters are enough)
cli-results-compare-about = Compare two diagnostics (before / after the workshops)
cli-results-compare-before = Number of the first diagnostic
cli-results-compare-after = Number of the second diagnostic
cli-results-export-about = Export one row per diagnostic, anonymous, for the funder
cli-results-export-format = Format: csv (Excel, LibreOffice) or json; by default from the --out extension, else csv
cli-results-export-since = Only diagnostics started on or after this date (YYYY-MM-DD or DD/MM/YYYY)
cli-results-export-out = File to write (default: standard output)
cli-results-export-with_names = Include pseudonyms (otherwise the export is anonymous)
cli-results-print-about = Printable fiche for the person (one A4 page)
cli-results-print-id = Diagnostic number
cli-results-print-format = Format: text or html; by default from the --out extension, else text
cli-results-print-out = File to write (default: standard output)
cli-results-print-printer = Send the fiche to the printer (lp command)
cli-results-print-note = The médiateur's free note, printed on the fiche
cli-results-print-mediator = Add, on a page of its own, the médiateur's part: the figures and the answers given, question by question (the person's fiche stays on its page)
cli-results-purge-about = Delete the diagnostics started before a date (GDPR retention)
cli-results-purge-before = Cut-off date (YYYY-MM-DD or DD/MM/YYYY): what started before it is deleted
cli-results-purge-dry_run = Show what would be deleted, without deleting anything
cli-lieux-about = The lieux de médiation numérique near people: import the national file (open data), see what is known
cli-lieux-import-about = Read the national file of lieux de médiation numérique (CSV or JSON, as published) and keep it in the data folder; replaces the previous import
cli-lieux-import-file = The downloaded file (…-lieux-de-mediation-numeriques-….csv or .json)
cli-lieux-import-departement = Keep only this département (e.g. 59; may be repeated); default: all of France
cli-lieux-list-about = What is known: the file's date, the number of places, and the places of a town or postal code
cli-lieux-list-commune = The places of this town (“st” or “saint”, accents and hyphens as you like)
cli-lieux-list-code_postal = The places of this postal code
cli-kiosk-about = Kiosk mode: a public PC, one diagnostic per person, locked (see docs/kiosk.md)
cli-kiosk-config = The kiosk's config file (default: kiosk.toml in the data folder, if there is one)
cli-kiosk-hash-code-about = Read the admin code twice and print the line to paste into the config
cli-kiosk-check-about = Check the config and the banks it names, without starting the kiosk
cli-theme = Full-screen colours: default, mono (no colour, chosen by itself with NO_COLOR or TERM=linux) or contrast (high contrast)
cli-ascii = Borders and symbols in ASCII only, for consoles that draw lines badly
cli-spacing = Spacing of lists: normal or large (a blank line between answers, easier to see)
cli-no_mouse = Do not use the mouse (used to click answers and buttons)
cli-speak = Read each new question aloud, and the results (otherwise: L key). Voice: espeak-ng on Linux, Windows' or macOS's own, or the DIAGNUM_SPEECH command
cli-speech_rate = Speed of the voice, in % of its normal speed, from 50 to 200 (default 80: a little slower, for beginners)
cli-run-no_mouse = Do not use the mouse (click tasks are then not assessed)
cli-check-deny_warnings = Exit with status 2 when there are warnings (and no error), for continuous integration
cli-check-format = Report format: text (default, to read) or json (for an editor or continuous integration)
cli-new-about = Create a commented starter bank to edit (it passes “diagnum check”)
cli-new-template = Template: quick (quick diagnostic, default) or parcours (adaptive parcours)
cli-new-file = .toml file to create (never overwritten if it exists)
cli-import-about = Convert a Moodle GIFT or Aiken file into a bank, saying line by line what could not be converted
cli-import-format = File format: gift or aiken
cli-import-file = File to convert
cli-import-out = Bank to write (default: standard output; never overwritten if it exists)
cli-export-bank-about = Write a bank in another format (GIFT, for Moodle)
cli-export-bank-format = Format: gift
cli-export-bank-bank = Bank id or path to a .toml file
cli-export-bank-out = File to write (default: standard output; never overwritten if it exists)
cli-preview-about = A bank as its author checks it: each question with its right answers, feedback, explanation and FALC wording; R reloads the file after an edit
cli-preview-file = The bank's .toml file
