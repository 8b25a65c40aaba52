# Storing results, resuming, the médiateur's follow-up
session-number = Diagnostic number: { $id } (to find it again: diagnum results show { $id })
save-failed = The answer could not be saved ({ $error }). The answers already saved are kept; this one is not saved yet: try again. If it keeps happening, tell the médiateur.
save-failed-full = The answer could not be saved: the disk is full. The answers already saved are kept; this one is not saved yet. Free some space on the disk (or, next time, choose another folder with --data-dir), then try again. If you do not know how, tell the médiateur.
store-none = No data folder is available: results will not be saved. Give one with --data-dir or DIAGNUM_DATA_DIR.
store-create-failed = Cannot save results in { $dir } ({ $error }). Choose a writable folder with --data-dir or DIAGNUM_DATA_DIR.
store-read-failed = Cannot read the stored results ({ $error }).
purge-failed = Cannot delete the old diagnostics ({ $error }): nothing, or only part of them, was deleted; run the command again once the problem is solved.
plain-resume-hint = Diagnostic interrupted. To go on where it stopped: diagnum run --resume { $id } --plain
session-not-found = No stored diagnostic has the number “{ $id }”. The list: diagnum results --plain
session-ambiguous = Several diagnostics start with “{ $id }”: { $ids }. Type more characters.
resume-done = Resuming diagnostic { $id }: { $n ->
    [0] no answer had been given yet.
    [one] 1 answer already given.
   *[other] { $n } answers already given.
}
resume-bank-changed = Warning: the question bank has changed since this diagnostic began (version { $version }, now { $now }).{ $dropped ->
    [0] {""}
    [one] {" "}1 answer no longer fits: it stays in the file but is not carried over.
   *[other] {" "}{ $dropped } answers no longer fit: they stay in the file but are not carried over.
}
resume-lines-damaged = Warning: { $damaged ->
    [0] this diagnostic's file is incomplete
    [one] 1 line of this diagnostic's file is damaged
   *[other] { $damaged } lines of this diagnostic's file are damaged
}{ $dropped ->
    [0] {"."}
    [one] {": "}1 saved answer could not be carried over. Its question is asked again.
   *[other] {": "}{ $dropped } saved answers could not be carried over. Their questions are asked again.
}
resume-damaged = Diagnostic { $id } cannot be read (the start of the file is damaged): it cannot be resumed.
results-damaged = Diagnostic { $id } cannot be read (the start of the file is damaged, or the file is empty): it cannot be shown or printed.
resume-no-bank = Diagnostic { $id } used the bank “{ $bank }”, which cannot be found: it cannot be resumed. { $why }
resume-finished = Diagnostic { $id } is already finished. To see it: diagnum results show { $id }
resume-abandoned = Diagnostic { $id } was closed as abandoned: it can no longer be resumed.
resume-in-use = Diagnostic { $id } is open right now in another diagnum.
resume-title = A diagnostic was not finished
resume-help = It stopped before the end (window closed, power cut…). You can go on where it stopped, or close it as abandoned.
resume-entry = { $bank }, started on { $date }: { $n ->
    [0] no answer
    [one] 1 answer
   *[other] { $n } answers
} · no. { $id }
hints-resume = Enter resume · A close as abandoned · Esc later
history-title = stored results
history-help = Choose a diagnostic with ↑↓, then Enter to read it.
hints-history = ↑↓ choose · Enter read · P print the fiche · E export the list (CSV) · Esc quit
hints-stored = ↑↓ PgUp PgDn Home End scroll · P print the fiche · E export the list · Esc or ← back to the list
hints-export = Type the file's path · Enter write · Esc cancel
history-export-ask = File to write the list of every diagnostic to, for a spreadsheet (CSV):
notice-path-full = The path is limited to 400 characters.
button-print = Print
button-export = Export
results-number = Diagnostic no. { $id } (to find it again later)
results-none = No diagnostic stored yet.
results-unreadable = { $n ->
    [one] 1 unreadable file was skipped.
   *[other] { $n } unreadable files were skipped.
}
results-show-head = Diagnostic no. { $id } of { $date } · { $minutes } min · { $status }
results-show-pseudonym = Pseudonym: { $name }
results-show-mode = Mode: { $mode }
results-show-age = Age band: { $band }
results-show-commune = Town: { $commune }
results-show-unfinished = This diagnostic is not finished ({ $n ->
    [0] no answer stored
    [one] 1 answer stored
   *[other] { $n } answers stored
}). To resume it: diagnum run --resume { $id }
date-invalid = Date not understood: “{ $date }”. Write it 2026-11-22 or 22/11/2026.
write-failed = Cannot write { $file } ({ $error }).
export-written = { $n ->
    [one] 1 diagnostic exported
   *[other] { $n } diagnostics exported
} to { $file }.
export-no-person-key = Column “person” left empty: the data folder's key cannot be read or made ({ $error }).
export-unreadable = { $n ->
    [one] 1 diagnostic could not be read (damaged file); it is not in the export:
   *[other] { $n } diagnostics could not be read (damaged files); they are not in the export:
}
print-note-too-long = The note is { $n } characters long: { $max } at most, so that the fiche fits on one A4 page.
print-written = Fiche written to { $file }.
purge-would = { $n ->
    [0] No diagnostic started before { $date }: nothing to delete.
    [one] 1 diagnostic started before { $date } would be deleted.
   *[other] { $n } diagnostics started before { $date } would be deleted.
}
purge-done = { $n ->
    [0] No diagnostic started before { $date }: nothing to delete.
    [one] 1 diagnostic started before { $date } was deleted.
   *[other] { $n } diagnostics started before { $date } were deleted.
}
purge-busy = Kept because open right now in another diagnum: { $ids }.
printer-missing = Cannot print: the command “{ $cmd }” is not on this computer. Save the fiche with --out fiche.html and print it from the browser.
printer-failed = Printing failed: { $error }
printer-silent = the command “{ $cmd }” stopped (code { $code }) without saying why. Check that the printer is on and set as the default (lpstat -d).
printer-pending = Sending the fiche to the printer…
printer-sent = Fiche sent to the printer.
export-id = number
export-date = date
export-duration = duration (min)
export-bank = questionnaire
export-version = version
export-status = status
export-palier = palier
export-percent = success (%)
export-orientation = recommended workshops
export-services = services
export-coop = Coop thématiques
export-age-band = age band
export-commune = town
export-pseudonym = pseudonym
export-level = level { $competence }
export-mode = mode
export-person = person
export-cheques = pass numérique chèques
export-mode-tui = with a médiateur
export-mode-plain = with a médiateur, text mode
export-mode-kiosk = kiosk, alone
export-status-inconclusive = finished, no palier (too few answers)
export-total-sessions = { $n ->
    [one] Total: 1 diagnostic
   *[other] Total: { $n } diagnostics
}
export-total-people = { $n ->
    [one] 1 named person
   *[other] { $n } named people
}
export-totals = { $sessions ->
    [one] 1 diagnostic
   *[other] { $sessions } diagnostics
}, { $people ->
    [one] 1 named person
   *[other] { $people } named people
} (same name or number), { $cheques ->
    [one] 1 pass numérique chèque recommended
   *[other] { $cheques } pass numérique chèques recommended
}.
export-status-finished = finished
export-status-abandoned = abandoned
export-status-unfinished = interrupted
results-status-running = in progress
fiche-title = My digital skills diagnostic
fiche-date = Date
fiche-duration = Duration
fiche-bank = Questionnaire
fiche-pseudonym = Name or number
fiche-incomplete = This diagnostic was not finished: the results are partial.
fiche-palier = Result
fiche-levels = Your skills
fiche-levels-scale = The bar shows the share of right answers: full when all were right.
fiche-trainings = Recommended workshops
fiche-note = The médiateur's note
fiche-footer = Diagnostic no. { $id } · diagnum, a free digital-skills diagnostic tool
compare-before = Before: no. { $id } of { $date } · { $bank } · { $palier }
compare-after = After: no. { $id } of { $date } · { $bank } · { $palier }
compare-day-time = { $day } at { $time }
compare-unfinished = not finished
compare-competence = Competence
compare-overall = Overall (success)
compare-col-before = before
compare-col-after = after
compare-col-change = change
compare-cell = { $percent } % · level { $level }
compare-points = { $sign }{ $n } { $n ->
    [one] point
   *[other] points
}
compare-levels = { $sign }{ $n } { $n ->
    [one] level
   *[other] levels
}
compare-same = =
compare-caution = Note: { $text }
compare-other-bank = the two diagnostics do not have the same questionnaire (“{ $a }”, “{ $b }”); only the competences of both are compared.
compare-other-version = the questionnaire changed between the two (version { $a }, then { $b }): not all questions are the same.
compare-other-tasks = { $n ->
    [one] 1 task was counted in one diagnostic and not in the other (full screen, text mode or no mouse): the percentages are not quite on the same questions.
   *[other] { $n } tasks were counted in one diagnostic and not in the other (full screen, text mode or no mouse): the percentages are not quite on the same questions.
}
compare-other-device = the device declared is not the same (computer, phone): some questions differ.
compare-unfinished-first = the first diagnostic is not finished: its figures are partial.
compare-unfinished-second = the second diagnostic is not finished: its figures are partial.
compare-same-session = “{ $id }” names the same diagnostic twice: give the number of another diagnostic of the person (the list: diagnum results --plain).
fiche-no-orientation = The diagnostic did not go far enough to recommend workshops: talk it over with the médiateur.
fiche-mediator-part = For the médiateur (to keep, not to hand out)
fiche-number = Diagnostic no.
resume-header = diagnostic to resume
button-resume = Resume
button-abandon = Close
button-later = Later
button-read = Read

# The answers given, question by question (results show, the full-screen list, the médiateur's fiche).
answers-title = Answers given, question by question:
answers-partial = The questionnaire of this diagnostic has changed since, or is gone: only the questions missed and those not evaluated were kept.
answers-item = Question { $n } · { $mark }: { $prompt }
answers-given = Answer given: { $answer }
answers-attempts = { $n ->
    [one] 1 try
   *[other] { $n } tries
}
answers-mark-right = right
answers-mark-partly = partly right
answers-mark-wrong = wrong
answers-mark-dont-know = don't know
answers-mark-not-evaluated = not evaluated
answers-mark-opinion = the person's view
answers-mark-observed = observation
answers-mark-info = information
answers-tally = Answers: { $right } right, { $partly } partly right, { $wrong } wrong, { $dontknow } don't know, { $notevaluated } not evaluated.

# Age bands (those of the Coop de la médiation numérique's activity reports).
age-band-moins-de-12 = Under 12
age-band-12-17 = 12-17 years
age-band-18-24 = 18-24 years
age-band-25-39 = 25-39 years
age-band-40-59 = 40-59 years
age-band-60-69 = 60-69 years
age-band-70-et-plus = 70 years and over
age-band-unknown = “{ $typed }” is not a known age band. Possible bands (--age-band): { $bands }.
