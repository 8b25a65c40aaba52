# Messages about question banks (diagnum check, loading)
check-error = error:
check-warning = warning:
check-help = help:
check-did-you-mean = did you mean “{ $suggestion }”?
check-ok = { $path }: no problem ({ $questions } questions).
check-summary = { $path }: { $errors } error(s), { $warnings } warning(s).
check-catalog-ok = { $path }: valid catalogue ({ $trainings } trainings).
bank-not-found = Bank not found: “{ $id }”. The command “diagnum list” shows the available banks.
file-unreadable = Cannot read “{ $path }”: { $error }

bank-too-large = file too large ({ $kib } KiB): a bank is at most 4 MiB
bank-syntax = TOML syntax error: { $detail }
bank-unknown-field = unknown field “{ $field }”
bank-missing-field = missing required field: “{ $field }”
bank-unknown-value = unknown value “{ $value }”; possible values: { $expected }
bank-wrong-type = wrong type: expected { $expected }, not { $found }
bank-schema = { $detail }
bank-missing-schema = the line “schema = "{ $expected }"” is missing at the top of the file
bank-bad-schema = unknown format version “{ $found }”: this program reads “{ $expected }”
bank-unknown-section = unknown section “{ $name }”
bank-missing-section = the [{ $name }] section is missing
bank-not-an-array = “{ $name }” must be a list: write [[{ $name }]]
bank-duplicate-id = id “{ $id }” is already used above
bank-bad-id = invalid id “{ $id }”: lowercase letters without accents, digits and dashes only
bank-empty-text = the text “{ $field }” is empty
bank-unknown-competence = unknown competence “{ $id }”
bank-unknown-training = unknown training “{ $id }”
bank-unknown-palier = unknown palier “{ $id }”
bank-unknown-crcn = unknown CRCN code “{ $code }”: codes go from 1.1 to 5.2
bank-no-domain = a competence without a CRCN code must give its “domain”
bank-competence-both = write either “competence” or “competences”, not both
bank-competence-missing = the question does not say which competence it assesses (“competence = "…"”)
bank-level-range = level { $level } out of range: 1 to 8
bank-single-correct = a “single” question has exactly one right choice (here: { $count })
bank-multiple-correct = a “multiple” question has at least one right choice (“correct = true”)
bank-too-few-choices = at least 2 choices are needed (here: { $count })
bank-field-not-for-type = the field “{ $field }” is not used by a question of type “{ $kind }”
bank-missing-field-for-type = a question of type “{ $kind }” needs the field “{ $field }”
bank-typo-ratio = typo_ratio is { $value }: it must be between 0 and 0.25
bank-no-paliers = the bank has no palier ([[paliers]])
bank-first-palier = the first palier must start at 0 (here: { $min })
bank-paliers-order = threshold { $min } too low: it must be greater than the previous palier’s ({ $previous }); sort the paliers by increasing threshold
bank-percent-range = percentage { $value } out of range: 0 to 100
bank-condition = a condition has exactly one comparator (below_percent, at_least_percent, below_level or at_least_level); here: { $count }
bank-empty-recommend = the rule recommends no training
bank-no-questions = the bank has no question ([[questions]])
bank-no-competences = the bank has no competence ([[competences]])
bank-catalog-not-found = training catalogue “{ $id }” not found (not beside the bank, not in the banks folder, not embedded)
bank-catalog-invalid = the catalogue “{ $id }” has errors: run “diagnum check { $path }”
bank-aptic-level = APTIC level { $level } out of range: 1, 2 or 3
bank-zero-duration = a duration or a number of sessions cannot be 0
bank-missing-service = missing “service” field: the service of this training, one of the 9 of the lieux de médiation numérique (for example service = "outils-du-quotidien"; list in docs/bank-format.md §6)
bank-not-a-bank = this file is neither a diagnum bank nor a catalogue
bank-not-utf8 = the file is not saved as UTF-8: this character is probably “{ $char }”, written in Windows-1252 by an older program
bank-utf16 = the file is saved as UTF-16 (“Unicode” in Notepad): diagnum reads UTF-8
bank-decimal-comma = number written with a comma: “{ $value }”
bank-french-boolean = “{ $word }” is not a value diagnum understands: yes or no is written true or false
bank-curly-quotes = curly quotes (“ ” or « »): a word processor put them instead of straight quotes "
bank-control-character = invisible character ({ $code }) in the file, probably pasted in
bank-missing-quote = closing quote forgotten after “{ $text }”
bank-missing-opening-quote = opening quote forgotten: a text starts and ends with "
bank-negative = negative number { $value }: this field wants a whole number, zero or more
bank-too-big = number { $value } too large for this field ({ $max } at most)
bank-competence-label = “{ $label }” is the label of a competence: here, write its id
bank-warn-no-question = the competence “{ $id }” has no question
bank-warn-no-explanation = the question has no explanation (“explanation”): the person learns nothing when wrong
bank-warn-no-falc = the question has no easy-to-read wording (“prompt_falc”)
hint-syntax-string = text goes between straight double quotes "…" on one line; check the closing quote (for several lines: """…""")
hint-syntax-duplicate = this field is written twice in the same section; keep only one
hint-syntax-array = a list is written between brackets [ … ], items separated by commas; a repeated section is written [[name]]
hint-syntax-line = each line reads name = value; text goes between quotes, numbers without
hint-save-utf8 = in Notepad: File › Save as, at the bottom Encoding: UTF-8, then Save; in LibreOffice: Save as, tick “Edit filter settings”, character set Unicode (UTF-8). Then run diagnum check again
hint-not-an-array = a repeated section is written with two brackets on each side: [[{ $name }]], once before each item
hint-decimal-comma = write { $fixed }, with a point: in a bank file the comma separates the items of a list
hint-french-boolean = write { $key } = { $value }, in lower case and without quotes
hint-curly-quotes = replace them with straight quotes "; to avoid this, write the bank in a text editor (Notepad) rather than a word processor
hint-control-character = delete this passage and type it again
hint-missing-quote = add " after “{ $text }”: each text opens and closes with a straight quote, for example {"{"} text = "…", feedback = "…" {"}"}
hint-missing-opening-quote = write name = "text", with a straight quote before and after the text
hint-number-range = write a whole number without a minus sign, for example 0, 1 or 40
hint-number-too-big = write a smaller number: a level goes from 1 to 8, a percentage from 0 to 100, a duration is in minutes
hint-competence-label = write competence = "{ $id }" (the id of the [[competences]] section, no accent or space)
hint-bool = write true or false, without quotes
hint-unquote-number = a number is written without quotes: remove them, for example level = 1
type-integer = a whole number
type-number = a number
type-text = a text
type-list = a list [ … ]
type-bool = true or false
type-table = a table { "{" } … { "}" }
bank-warn-missing-level = the competence “{ $id }” has no level-{ $level } question, although the bank claims that level (levels)
bank-order-items = an “order” question has 3 to 6 items to put in order (here: { $count })
bank-max-questions-zero = max_questions is 0: at least 1 question is needed
bank-warn-only-for-mode = the field “{ $field }” is only used in “{ $mode }” mode (mode = "{ $mode }"): it is ignored here
bank-warn-no-tube = in adaptive mode, a question without a “tube” allows no inference: it is asked on its own
bank-unknown-key = unknown key “{ $key }”: write a single character (“A”, “@”, “é”) or one of these names: { $names }
bank-key-escape = the Esc key quits the diagnostic: a task cannot ask for it
bank-key-modifier = a terminal does not see the “{ $key }” key pressed alone: ask for the character it is used to type (key = "A" for Shift, key = "@" for AltGr)
bank-attempts-range = attempts is { $value }: from 1 to 9 tries
bank-target-too-long = the target text has { $count } characters: { $max } at most, to fit in the button drawn on screen
