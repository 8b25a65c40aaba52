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
hints-history = ↑↓ choose · Enter read · Esc quit
hints-stored = ↑↓ scroll · Esc or ← back to the list
results-none = No diagnostic stored yet.
results-unreadable = { $n ->
    [one] 1 unreadable file was skipped.
   *[other] { $n } unreadable files were skipped.
}
results-show-head = Diagnostic no. { $id } of { $date } · { $minutes } min · { $status }
results-show-pseudonym = Pseudonym: { $name }
results-show-unfinished = This diagnostic is not finished ({ $n ->
    [one] 1 answer stored
   *[other] { $n } answers stored
}). To resume it: diagnum run --resume { $id }
date-invalid = Date not understood: “{ $date }”. Write it 2026-11-22 or 22/11/2026.
write-failed = Cannot write { $file } ({ $error }).
export-written = { $n ->
    [one] 1 diagnostic exported
   *[other] { $n } diagnostics exported
} to { $file }.
export-unreadable = { $n ->
    [one] 1 diagnostic could not be read (damaged file); it is not in the export:
   *[other] { $n } diagnostics could not be read (damaged files); they are not in the export:
}
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
printer-sent = Fiche sent to the printer.
export-id = number
export-date = date
export-duration = duration (min)
export-bank = bank
export-version = version
export-status = status
export-palier = palier
export-percent = success (%)
export-orientation = orientation
export-services = services
export-coop = Coop thématiques
export-age-band = age band
export-commune = town
export-pseudonym = pseudonym
export-level = level { $competence }
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
fiche-trainings = Recommended workshops
fiche-note = The médiateur's note
fiche-footer = Diagnostic no. { $id } · diagnum, a free digital-skills diagnostic tool
compare-before = Before: { $date } · { $bank } · { $palier }
compare-after = After: { $date } · { $bank } · { $palier }
compare-unfinished = not finished
compare-competence = Competence
compare-col-before = before
compare-col-after = after
compare-up = +{ $n } level{ $n ->
    [one] {""}
   *[other] s
}
compare-down = −{ $n } level{ $n ->
    [one] {""}
   *[other] s
}
compare-same = =
fiche-no-orientation = The diagnostic did not go far enough to recommend workshops: talk it over with the médiateur.
fiche-number = Diagnostic no.
resume-header = diagnostic to resume
button-resume = Resume
button-abandon = Close
button-later = Later
button-read = Read
