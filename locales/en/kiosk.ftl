# Kiosk mode (diagnum kiosk): config file
kiosk-out-of-range = “{ $field }” is { $value }: it must be a number of seconds between { $min } and { $max }
kiosk-speech-rate = “speech_rate” is { $value }: it must be a percentage of the voice's normal speed, between { $min } and { $max } (80 by default: a little slower, for beginners)
kiosk-plain-code = the admin code is written in clear: it must never be; only its hash goes in this file
kiosk-bad-code = this code hash is incomplete or damaged (cut while copying?)
kiosk-hint-hash-code = help: run “diagnum kiosk hash-code”, type the code twice, then paste the “admin_code = …” line it prints
kiosk-no-banks = “banks” is empty: name at least one bank, for example banks = ["abc-diag"]
kiosk-bank-not-found = bank not found: “{ $id }”
kiosk-bank-invalid = bank “{ $id }” has errors: run “diagnum check { $path }”
kiosk-hint-list = help: “diagnum list” shows the available banks and their id

# Kiosk mode: screens
kiosk-welcome-big = Hello
kiosk-welcome-what = Test your digital skills: computer, internet, phone.
kiosk-welcome-time = About { $minutes } minutes, no time limit.
kiosk-welcome-time-range = About { $min } to { $max } minutes, no time limit.
kiosk-welcome-anonymous = Anonymous: we do not ask for your name or your address.
kiosk-welcome-dont-know = If you do not know, that is fine: “I don't know” is always there.
kiosk-welcome-start = Press the Enter key to start
kiosk-welcome-language = Language:
kiosk-welcome-language-keys = (arrows ← →)
kiosk-hints-welcome = Enter start · ← → language
kiosk-hints-welcome-one-language = Enter start
kiosk-refused-welcome = To start, press the Enter key.
kiosk-refused-visitor = This key does nothing here. To stop your diagnostic: Esc key.
kiosk-refused-end = To finish, press the Enter key.
kiosk-stop-title = Stop?
kiosk-stop-question = Do you want to stop your diagnostic? Your answers will be wiped from the screen and the welcome screen will come back.
kiosk-stop-continue = Continue
kiosk-stop-stop = Stop
kiosk-idle-question = Are you still there?
kiosk-idle-continue = Press any key to continue.
kiosk-idle-then = Otherwise, in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}, the diagnostic stops and the screen is wiped for the next person.
kiosk-end-big = Thank you!
kiosk-end-done = Your diagnostic is over.
kiosk-end-lieu = To sign up for a workshop, ask at the front desk:
kiosk-end-no-lieu = For what comes next, ask at the front desk: someone will help you choose a workshop.
kiosk-end-print = P key: print your sheet (your results and the suggested workshops).
kiosk-print-pending = Sending your sheet to the printer, one moment…
kiosk-print-sent = Your sheet is on its way to the printer: ask for it at the front desk.
kiosk-print-failed = Printing did not work. Ask for help at the front desk.
kiosk-end-finish = Press Enter to finish: your answers will be wiped from the screen.
kiosk-hints-end = Enter finish
kiosk-hints-end-print = P print the sheet · Enter finish
kiosk-admin-title = Administration
kiosk-admin-code = Admin code:
kiosk-admin-wrong = Wrong code.
kiosk-admin-wait = Wrong code. Next try possible in { $seconds } s.
kiosk-admin-keys = Enter confirm · Esc cancel
kiosk-admin-no-code = No admin code is set: this kiosk cannot be closed from the keyboard.
kiosk-admin-how-to-stop = To stop it now: close the terminal window, or, from another terminal, “kill { $pid }” (with systemd: “systemctl stop diagnum-kiosk”).
kiosk-admin-how-to-set = To set a code: “diagnum kiosk hash-code”, then paste the admin_code line into the kiosk's config (see docs/kiosk.md).
kiosk-admin-close = Esc or Enter: close

# Kiosk mode: commands
kiosk-default-config = default config
kiosk-not-a-terminal = Kiosk mode runs full screen: start “diagnum kiosk” in a terminal (text console or full-screen terminal).
kiosk-stopped = Kiosk stopped with the admin code.
kiosk-check-ok = { $name }: valid config.
kiosk-check-banks = Banks: { $banks }
kiosk-check-idle = Inactivity: “Are you still there?” after { $after } s without a key, then a { $countdown } s countdown before wiping everything
kiosk-check-code = Admin code: set (Ctrl+K three times, then the code, closes the kiosk)
kiosk-check-no-code = Admin code: none. The kiosk cannot be closed from the keyboard; to set one: “diagnum kiosk hash-code”
kiosk-check-no-print = Printing the sheet: no
kiosk-check-print-default = Printing the sheet: yes, on the default printer (lp)
kiosk-check-print = Printing the sheet: yes, on “{ $printer }” (lp -d { $printer })
kiosk-check-speak = Read aloud: each question is read as soon as it shows, then the results (and the L key at any time), at { $rate } % of the voice's normal speed
kiosk-check-speak-on-demand = Read aloud: on demand (L key or “Listen” button), at { $rate } % of the voice's normal speed; to read each question: speak = true
kiosk-check-no-commune = Nearby places: no town (add commune = "…" to show visitors the nearby lieux de médiation numérique)
kiosk-check-commune = Places near { $commune }: { $count ->
    [one] 1 place of this town
   *[other] { $count } places of this town
} in the imported file; the nearest ones offering what each visitor needs are shown at the end
kiosk-check-commune-unknown = Places near { $commune }: this town is not in the imported file (check the spelling, or write the postal code); no place will be shown
kiosk-check-commune-no-file = Places near { $commune }: no file of places imported (diagnum lieux import FILE); no place will be shown
kiosk-check-voice = Voice: { $voice }
kiosk-check-no-voice = Voice: none found on this computer; the L key will tell visitors. On Linux: install espeak-ng (sudo apt install espeak-ng)
kiosk-hash-prompt = Admin code (nothing shows while you type):
kiosk-hash-again = The same code, once more:
kiosk-hash-cancelled = Cancelled: no code was made.
kiosk-hash-too-short = This code is too short: at least { $min } characters.
kiosk-hash-too-long = This code is too long: { $max } characters at most.
kiosk-hash-mismatch = The two codes typed differ: nothing was made. Start again.
kiosk-hash-paste = Paste the next line into the kiosk's config file (it does not hold the code, only its hash):
kiosk-config = Problem in the kiosk configuration
kiosk-check-observations = Warning: in “{ $bank }”, competence “{ $competence }” is measured mostly by the mediator's observations ({ $observations } of { $measured } questions). At the kiosk the person is alone and these observations are never asked: this competence will be little or not measured there.
