# diagnum results stats: the figures of each question of a bank, to improve it
stats-title = Figures per question: { $bank } ({ $id })
stats-heading = { $n ->
    [one] 1 finished diagnostic
   *[other] { $n } finished diagnostics
}, from { $first } to { $last } · bank version: { $versions }
stats-none = No finished diagnostic with the bank “{ $id }” in this period.
stats-not-finished = { $n ->
    [one] 1 unfinished diagnostic is not counted.
   *[other] { $n } unfinished diagnostics are not counted.
}
stats-other-file = { $n ->
    [one] 1 of these diagnostics was
   *[other] { $n } of these diagnostics were
} made with another state of the bank file: if choices have moved since, their figures may be wrong.
stats-unknown = Questions answered that are no longer in the bank (not counted): { $ids }
stats-percent = { $p } %
stats-seen = { $n ->
    [0] nobody saw it
    [one] 1 answer: { $figures }
   *[other] { $n } answers: { $figures }
}
stats-right = right { $p }
stats-partial = partly { $p }
stats-dont-know = don't know { $p }
stats-wrong = wrong { $p }
stats-self-yes = alone { $p }
stats-self-help = with help { $p }
stats-self-no = not at all { $p }
stats-self-note = Self-assessment: the person's own view, with no right answer; no remarks.
stats-not-evaluated = ({ $n ->
    [one] and 1 not evaluated
   *[other] and { $n } not evaluated
}: task impossible on that screen, or not observed)
stats-d = D { $d }
stats-d-none = D –
stats-choices = choices: { $list }
stats-choice = { $n }. { $p }
stats-choice-right = { $n }. { $p } (right)
stats-top-wrong = most frequent wrong answer: “{ $text }” ({ $n })
stats-flag-too-few = too few answers to judge (fewer than { $min })
stats-flag-too-easy = too easy: { $p } right answers
stats-flag-too-hard = too hard: only { $p } right answers
stats-flag-unused = nobody picked choice { $n } (“{ $text }”): replace it with a more tempting mistake?
stats-flag-wrong-choice = wrong choice { $n } (“{ $text }”) is picked more often than a right answer: ambiguous wording, or a mistake in the bank?
stats-flag-wrong-text = the answer “{ $text }” is given more often than the right one: accept it, or make the question clearer?
stats-flag-low = low discrimination: the question barely separates confident people from beginners
stats-flag-negative = negative discrimination: the people who do worst on the rest do better on this one; check the right answer
stats-legend-title = Legend
stats-legend-shares = right, partly, don't know, wrong: share of the people who saw the question (“partly”: multiple choice, order or typing half right).
stats-legend-d = D (discrimination): upper-lower index at { $group } %. People are ranked by how they did on the other questions; D is the success on this question of the most confident { $group } % minus that of the { $group } % who struggle most (−1 to 1). Above 0.30 the question separates well; below { $low }, poorly; negative: to review. Worked out from { $min } answers.
stats-legend-flags = Remarks (!) start at { $min } answers; “nobody picked choice” at { $min_choice } answers other than “don't know”.
stats-legend-choices = Choices are numbered in the order of the bank file (the screen may shuffle them).
stats-written = Figures of { $n ->
    [one] 1 diagnostic
   *[other] { $n } diagnostics
} written to { $file }.
stats-col-id = question
stats-col-text = wording
stats-col-type = type
stats-col-seen = answers
stats-col-right = right
stats-col-partial = partly
stats-col-dont-know = don't know
stats-col-wrong = wrong
stats-col-not-evaluated = not evaluated
stats-col-right-pct = right (%)
stats-col-partial-pct = partly (%)
stats-col-dont-know-pct = don't know (%)
stats-col-wrong-pct = wrong (%)
stats-col-d = discrimination (upper-lower 27 %)
stats-col-upper = success of the most confident 27 %
stats-col-lower = success of the 27 % who struggle most
stats-col-choices = choices picked (number of people)
stats-col-flags = remarks
stats-csv-choice = { $n }: { $count }
stats-csv-choice-right = { $n } (right): { $count }
# Shared by results stats and results report
period-reversed = The period is back to front: --until ({ $until }) comes before --since ({ $since }).
