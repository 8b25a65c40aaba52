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
cli-theme = Full-screen colours: default, mono (no colour, chosen by itself with NO_COLOR or TERM=linux) or contrast (high contrast)
cli-ascii = Borders and symbols in ASCII only, for consoles that draw lines badly
cli-spacing = Spacing of lists: normal or large (a blank line between answers, easier to see)
cli-no_mouse = Do not use the mouse (used to click answers and buttons)
