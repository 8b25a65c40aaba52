# Loading limits and whole-bank warnings (diagnum check)
bank-nesting = too deeply nested: brackets [ ] or braces {"{"} {"}"} are opened inside each other without being closed
hint-nesting = a bank never nests more than two or three levels; check that every [ and every {"{"} is closed
bank-too-many = too many entries in [[{ $name }]] ({ $count }): { $max } at most; a bank this long is better split into several files
bank-warn-unreachable-palier = palier “{ $id }” can never be reached: with these questions, no possible success rate falls between its threshold and the next palier's
bank-warn-rule-paliers = this rule never applies: none of its paliers can be reached
bank-warn-rule-contradiction = this rule never applies: its conditions on “{ $competence }” contradict each other (no percentage or level meets them all)
bank-warn-rule-not-measured = this rule never applies: competence “{ $competence }” has no measured question (a competence not assessed meets no condition)
bank-warn-rule-level = this rule never applies: “{ $competence }” cannot go above level { $max } with its questions, and the condition asks for at least { $level }
bank-warn-rule-after-stop = this rule is never evaluated: rule “{ $rule }” above always applies and has “stop = true”
bank-warn-training-unused = training “{ $id }” is never recommended: no orientation rule ([[orientation]]) that can apply names it
bank-warn-escaped-control = “{ $escape }” written in a text is an invisible character (a command for the terminal): diagnum removes it when showing the text, so the person will not see what is written here
hint-escaped-control = remove “{ $escape }”; for a line break, write \n
bank-warn-duplicate-prompt = same prompt as question “{ $other }”: the person will think it is a mistake
bank-warn-accept-collision = this accepted answer is the same as “{ $other }” once case, accents and punctuation are ignored (tolerance): one is enough
bank-warn-wrong-accepted = this wrong answer is accepted as right (it looks like “{ $accept }” under the question's tolerance): its feedback will never be shown
bank-warn-same-position = the { $count } single-choice questions that are not shuffled all have their right answer at position { $position }: the person can guess it without reading; shuffle the choices or vary where the right answer is
bank-warn-duration-short = { $minutes } min announced for { $questions } questions, that is { $seconds } s a question: too short; fix estimated_minutes
bank-warn-duration-long = { $minutes } min announced for { $questions } question(s), more than 10 minutes a question: fix estimated_minutes
bank-more-syntax = { $count } more syntax error(s) below, probably caused by the first one: fix it, then run diagnum check again
hint-syntax-unclosed = a bracket [ or brace {"{"} opened above is never closed: look for the list or table missing its ] or {"}"}
bank-warn-device-without-ask = “device” only matters when the bank first asks which device the person uses (ask_device = true in [bank]): here, everyone is asked this question
bank-warn-ask-device-unused = ask_device = true, but no question has a “device” field: the device question would change nothing; remove ask_device, or write device = "computer" or "phone" on the questions specific to one device
bank-warn-legacy-category = category = "{ $category }" is from the old ANCT list: it is read as service = "{ $service }"; write that line instead (the 9 services of the lieux de médiation numérique, docs/bank-format.md §6)
bank-warn-placeholder = { $field } is still the example text “À ADAPTER”: the person will not see it; replace it with your lieu's information
bank-warn-length-longest = in { $count } single-choice questions out of { $total }{ $falc ->
    [yes] { " " }(easy-to-read wordings of the choices)
   *[no] {""}
}, the right answer is strictly the longest: beyond a third, always picking the longest answer is enough to succeed without knowing anything; lengthen wrong choices or shorten right answers, first in: { $worst }
bank-warn-length-shortest = in { $count } single-choice questions out of { $total }{ $falc ->
    [yes] { " " }(easy-to-read wordings of the choices)
   *[no] {""}
}, the right answer is strictly the shortest: beyond a third, always picking the shortest answer is enough to succeed without knowing anything; vary the lengths, first in: { $worst }
bank-warn-length-multiple = in the multiple-choice questions{ $falc ->
    [yes] { " " }(easy-to-read wordings of the choices)
   *[no] {""}
}, right choices are on average { $percent } % as long as wrong ones: more than a quarter apart, length gives the answer away; bring the lengths closer, first in: { $worst }
