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
