# app
app-name = diagnum
answer-dont-know = I don't know
plain-intro = Diagnostic: { $title }. { $count } questions, about { $minutes } minutes, no time limit. If you don't know, type a question mark: that's fine, it helps find the right workshop.
plain-question = Question { $n } of { $total } ({ $competence })
plain-previous = Answer given before: { $answer }
plain-hint-single = Your answer (a number, ? for I don't know, < to go back):
plain-hint-multiple = Your answer (one or more numbers separated by spaces, ? for I don't know, < to go back):
plain-hint-text = Your answer (type it, ? for I don't know, < to go back):
plain-empty = You did not type anything.
plain-not-a-choice = Answer not understood: type a number between 1 and { $n }.
plain-only-one = Only one answer is expected: type a single number.
plain-no-back = This is the first question: there is no question before.
list-embedded = embedded
list-line = { $id }: { $title } ({ $count } questions) [{ $origin }]
list-invalid = invalid bank [{ $origin }]: { $error }
not-a-terminal = This program runs full screen in a terminal. Here, input or output is not a terminal: use “diagnum run --plain” for the line-by-line text mode.
io-error = Input/output error: { $error }
picker-title = choose a diagnostic
picker-help = Choose a diagnostic with the arrow keys, then press Enter.
picker-entry = { $title } ({ $count } questions, about { $minutes } min)
picker-invalid = { $label }: invalid bank, it cannot be started
progress = Question { $n } / { $total }
too-small = Make the window larger
too-small-size = At least { $w } columns by { $h } lines are needed (now { $cw } × { $ch }).
intro-length = { $count } questions, about { $minutes } minutes. There is no time limit: take your time.
intro-dont-know = If you don't know, press the ? key (question mark): that's fine, it helps us find the workshop that suits you.
intro-keys = To answer: type the number of the answer, or use the arrow keys, then press Enter.
intro-start = Press Enter to start.
question-competence = Competence: { $competence }
question-your-answer = Type your answer, then press Enter:
question-several = Several answers possible: tick them with the space bar or their number.
results-mediator-key = (M key: see the message for the mediator.)
confirm-title = Quit?
confirm-question = Do you want to stop the diagnostic? The results obtained so far will be shown in the terminal.
confirm-continue = Continue
confirm-quit = Quit
notice-invalid-bank = This bank has errors: run “diagnum check” on its file.
notice-choose-first = First choose an answer (number or arrow keys), or press ?.
notice-tick-first = Tick at least one answer (space bar), or press ?.
hints-picker = ↑↓ choose · Enter start · Esc quit
hints-intro = Enter start · F plain words · ← back · Esc quit
hints-single = 1-9 or ↑↓ choose · Enter confirm · ? I don't know · ← previous question · Esc quit
hints-multiple = 1-9 or Space tick · ↑↓ move · Enter confirm · ? I don't know · ← previous · Esc quit
hints-text = Type then Enter · ? I don't know · ← (empty answer) previous question · Esc quit
hints-results = ↑↓ scroll · M mediator's message · Enter recommended trainings · Esc quit
hints-orientation = ↑↓ scroll · ← results · Enter finish
hints-confirm = ←→ choose · Enter confirm · Esc continue
plain-hint-order = Your answer (the numbers in the right order, separated by spaces, for example 3 1 2; ? for I don't know, < to go back):
plain-each-once = Give each number from 1 to { $n } once, in the order you think is right.
question-order = Put back in order: Space to take an item, ↑↓ to move it, Space to put it down, then Enter.
hints-order = ↑↓ move · Space take/put down · Enter confirm · ? I don't know · ← previous · Esc quit
intro-falc-on = Questions in plain words (easy-to-read): on. Press F to go back to the usual questions.
intro-falc-off = F key: ask the questions in simpler words (easy-to-read).
hints-intro-direct = Enter start · F plain words · Esc quit
progress-adaptive = Question { $n } · { $left ->
    [0] the last one
   *[other] { $left } more at most
}
plain-question-adaptive = Question { $n } ({ $competence }) · { $left ->
    [0] the last one
   *[other] { $left } more at most
}
plain-intro-adaptive = Diagnostic: { $title }. At most { $count } questions, often far fewer: the questions adapt to your answers. About { $minutes } minutes, no time limit. If you don't know, type a question mark: that's fine, it helps find the right workshop.
intro-length-adaptive = At most { $count } questions, often far fewer: the questions adapt to your answers. About { $minutes } minutes. There is no time limit: take your time.
picker-entry-adaptive = { $title } (at most { $count } questions, about { $minutes } min)
