# diagnum results report: the activity report (one HTML page) for the funder and the lieu
activity-title = Activity report: digital skills diagnostics
activity-period = From { $from } to { $to }
activity-period-since = From { $from }
activity-period-until = Up to { $to }
activity-period-none = No diagnostic in this period
activity-made = made on { $date } with diagnum
activity-value = { $n } · { $p } %
activity-key-diagnostics = { $n ->
    [one] diagnostic
   *[other] diagnostics
}
activity-key-finished = finished ({ $p } %)
activity-key-people = { $exact ->
    [yes] different people
   *[no] people at most
}
activity-key-cheques = pass numérique chèques recommended
activity-key-minutes = min on average per finished diagnostic
activity-per-week = Diagnostics per week
activity-per-month = Diagnostics per month
activity-per-week-note = Each column is a week, named by its Monday; the figure above it is the number of diagnostics started.
activity-per-month-note = Each column is a month; the figure above it is the number of diagnostics started.
activity-month = { $m ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $y }
activity-week = { $d }/{ $m }
activity-status = { $finished } finished, { $unfinished } interrupted, { $abandoned } abandoned.
activity-paliers = Stages reached
activity-paliers-note = Out of { $n ->
    [one] { $n } finished diagnostic
   *[other] the { $n } finished diagnostics
}, from the least advanced stage to the most advanced.
activity-no-palier = Too few answers for a stage
activity-services = Needs found: services to offer
activity-services-note = Services of the national standard of lieux de médiation numérique; share of { $n ->
    [one] the { $n } diagnostic
   *[other] the { $n } diagnostics
} that reached a stage (a person may have several needs).
activity-no-need = No need: autonomous
activity-coop = Themes for the activity report (Coop de la médiation numérique)
activity-coop-note = Besides “Diagnostic numérique”, common to all; share of { $n ->
    [one] the { $n } diagnostic
   *[other] the { $n } diagnostics
} that reached a stage.
activity-trainings = Workshops recommended and pass numérique chèques
activity-trainings-workshop = Workshop
activity-trainings-times = Recommended to
activity-trainings-cheques = Chèques
activity-trainings-total = Total
activity-trainings-note = { $oriented } of the { $n } diagnostics that reached a stage recommended at least one workshop. The chèques are those of the workshops recommended, not those handed out.
activity-modes = How the diagnostic was taken
activity-mode-tui = With a médiateur, full screen
activity-mode-plain = With a médiateur, text mode
activity-mode-kiosk = Kiosk, alone
activity-ages = Age bands
activity-communes = Communes
activity-ages-others = { $k ->
    [one] 1 other band
   *[other] { $k } other bands
}
activity-communes-others = { $k ->
    [one] 1 other commune
   *[other] { $k } other communes
}
activity-given-note = Given for { $with } of { $n } diagnostics ({ $p } %); the percentages are of { $with ->
    [one] that one
   *[other] these { $with }
}.
activity-ages-none = No age band written down in this period.
activity-communes-none = No commune written down in this period.
activity-nothing = Nothing to count in this period.
activity-empty = No diagnostic started in this period: nothing to show.
activity-people = People
activity-people-none = No diagnostic carries a name or a file number: this counts diagnostics, not people.
activity-people-named = { $named } of { $n } diagnostics { $named ->
    [one] carries
   *[other] carry
} a name or a file number: { $people ->
    [one] { $people } person
   *[other] { $people } different people
}, { $returning } of whom came more than once (for instance before and after the workshops).{ $anonymous ->
    [0] {""}
    [one] {" "}The last one is anonymous: it may be one more person.
   *[other] {" "}The { $anonymous } others are anonymous: each may be one more person.
}
activity-banks = Questionnaires
activity-method = How to read these figures
activity-method-count = A diagnostic is a run started in the period, finished or not; its date is the day it started.
activity-method-verdict = Stages, needs, workshops and chèques count only the finished diagnostics whose answers sufficed to conclude.
activity-method-people = People are counted by the name or file number the médiateur wrote down; no name appears in this report.
activity-method-unreadable = { $n ->
    [one] 1 unreadable diagnostic file is not counted.
   *[other] { $n } unreadable diagnostic files are not counted.
}
activity-written = Activity report ({ $n ->
    [one] 1 diagnostic
   *[other] { $n } diagnostics
}) written to { $file }.
