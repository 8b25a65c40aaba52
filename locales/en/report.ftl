# Results as text (end of full-screen mode, --plain mode)
report-title = Results: { $bank } (version { $version })
report-incomplete = Diagnostic stopped: results worked out from { $asked ->
    [one] { $asked } question answered
   *[other] { $asked } questions answered
} out of { $total }.
report-palier = Stage reached: { $palier } ({ $percent } % right).
report-mediator = For the mediator: { $message }
report-competences = Competences:
report-not-evaluated = not assessed
report-competence-score = level { $level }, { $count ->
    [one] { $points } right answer
   *[other] { $points } right answers
} out of { $asked } ({ $percent } %)
report-orientation = Recommended trainings:
report-no-training = No particular training: you can carry on by yourself, and come back to see us whenever you like.
report-place = Place: { $place }
report-lieu = Where to go:
report-missed = To learn from, the questions to review:
report-right-answer = Right answer: { $answer }
report-sessions = { $n ->
    [one] 1 session of { $duration }
   *[other] { $n } sessions of { $duration }
}
report-duration-h = { $h } h
report-duration-hm = { $h } h { $m }
report-duration-min = { $m } min
report-aptic = APTIC level { $level } ({ $label })
report-cheques = { $n ->
    [0] no voucher
    [one] 1 pass numérique voucher
   *[other] { $n } pass numérique vouchers
}
aptic-1 = Discover what digital is about
aptic-2 = Master digital tools
aptic-3 = Gain more power to act with digital tools
service-demarches-administratives = Help with administrative procedures
service-outils-du-quotidien = Everyday digital tools
service-insertion-professionnelle = Finding work with digital tools
service-utilisation-securisee = Using digital tools safely
service-parentalite-education = Parenting and education with digital tools
service-loisirs-creations = Digital hobbies and creation
service-comprehension-monde-numerique = Understanding the digital world
service-acces-internet-materiel = Internet access and computers
service-materiel-prix-solidaire = Low-cost computer equipment
hours-day-1 = Monday
hours-day-2 = Tuesday
hours-day-3 = Wednesday
hours-day-4 = Thursday
hours-day-5 = Friday
hours-day-6 = Saturday
hours-day-7 = Sunday
hours-on-day = on { $day }
hours-days-range = { $from } to { $to }
hours-every-day = every day
hours-span = from { $from } to { $to }
hours-and = and
hours-time = { $h }:00
hours-time-min = { $h }:{ $m }
hours-always = every day, around the clock
hours-holidays-closed = closed on public holidays
lieux-title = Where to get help near { $place }
lieux-nothing-near = No known place near { $place } for what you need: ask at the front desk.
lieux-unknown-place = “{ $place }” is not in the file of places: ask at the front desk where to get help near you.
lieu-distance-m = { $m } m away
lieu-distance-km = { $km } km away
lieu-walk-in = walk in
lieu-appointment = by appointment
lieu-fee-free = Free
lieu-fee-conditional = Free under conditions
lieu-fee-pass = Free under conditions (pass numérique accepted)
lieu-fee-paying = Paid
lieu-phone = Phone { $phone }
lieu-hours = Opening hours: { $hours }
lieu-services = For: { $services }
decimal-separator = .
report-incomplete-adaptive = Diagnostic interrupted: results computed on { $asked } answered question(s).
report-inferred = , { $n } of them inferred from your other answers
report-self = your own view: { $percent } % ({ $asked ->
    [one] 1 answer
   *[other] { $asked } answers
})
report-self-mediator = the person's view: { $percent } % ({ $asked ->
    [one] 1 answer
   *[other] { $asked } answers
})
report-not-evaluated-count = not assessed here: { $n ->
    [one] 1 task or observation
   *[other] { $n } tasks or observations
}
report-not-evaluated-task = not assessed
report-not-evaluated-list = Not assessed (task impossible on this terminal, or not observed):
typing-typed = You typed: “{ $typed }” ({ $right } right characters out of { $total }).
typing-look = To look at: { $diffs }.
typing-wrong = “{ $typed }” instead of “{ $expected }”
typing-missing = “{ $expected }” missing
typing-extra = “{ $typed }” too many
typing-space = space
verdict-none-title = Not enough answers to conclude
verdict-none-learner = Some answers are missing to say where you stand. That is fine: you can take the diagnostic up again where it stopped, or do it again with a mediator.
verdict-none-mediator = Too few measured answers (self-assessments and deduced questions do not count): no level, no training. Offer to resume the diagnostic, or to do it again together.
report-not-enough = not enough answers for a level ({ $n ->
    [one] 1 measured answer
   *[other] { $n } measured answers
})
report-learner-mastered = well mastered
report-learner-good = on the right track
report-learner-fragile = to strengthen
report-learner-new = to discover
report-learner-not-enough = not enough answers to tell
report-result = Your result: { $palier }.
report-phone-only = You only use a phone: the questions about computers were not asked, and they do not count in these results.
report-no-training-yet = No training suggested yet: there must first be enough answers. You can take the diagnostic up again where it stopped.
