# diagnum results report : le rapport d'activité (une page HTML) pour le financeur et le lieu
activity-title = Rapport d'activité : diagnostics numériques
activity-period = Du { $from } au { $to }
activity-period-since = Depuis le { $from }
activity-period-until = Jusqu'au { $to }
activity-period-none = Aucun diagnostic sur cette période
activity-made = établi le { $date } avec diagnum
activity-value = { $n } · { $p } %
activity-key-diagnostics = { $n ->
    [one] diagnostic
   *[other] diagnostics
}
activity-key-finished = terminés ({ $p } %)
activity-key-people = { $exact ->
    [yes] personnes différentes
   *[no] personnes au plus
}
activity-key-cheques = chèques pass numérique conseillés
activity-key-minutes = min en moyenne par diagnostic terminé
activity-per-week = Diagnostics par semaine
activity-per-month = Diagnostics par mois
activity-per-week-note = Chaque colonne est une semaine, nommée par son lundi ; le chiffre au-dessus est le nombre de diagnostics commencés.
activity-per-month-note = Chaque colonne est un mois ; le chiffre au-dessus est le nombre de diagnostics commencés.
activity-month = { $m ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
} { $y }
activity-week = { $d }/{ $m }
activity-status = { $finished ->
    [one] { $finished } terminé
   *[other] { $finished } terminés
}, { $unfinished ->
    [one] { $unfinished } interrompu
   *[other] { $unfinished } interrompus
}, { $abandoned ->
    [one] { $abandoned } abandonné
   *[other] { $abandoned } abandonnés
}.
activity-paliers = Paliers atteints
activity-paliers-note = { $n ->
    [one] Sur { $n } diagnostic terminé
   *[other] Sur les { $n } diagnostics terminés
}, du palier le moins avancé au plus avancé.
activity-no-palier = Pas assez de réponses pour un palier
activity-services = Besoins repérés : services à proposer
activity-services-note = Services du standard national des lieux de médiation numérique ; part { $n ->
    [one] de { $n } diagnostic conclu
   *[other] des { $n } diagnostics conclus
} par un palier (une personne peut avoir plusieurs besoins).
activity-no-need = Aucun besoin : autonome
activity-coop = Thématiques pour le compte rendu d'activité (Coop de la médiation numérique)
activity-coop-note = En plus de « Diagnostic numérique », commune à tous ; part { $n ->
    [one] de { $n } diagnostic conclu
   *[other] des { $n } diagnostics conclus
}.
activity-trainings = Ateliers conseillés et chèques pass numérique
activity-trainings-workshop = Atelier
activity-trainings-times = Conseillé à
activity-trainings-cheques = Chèques
activity-trainings-total = Total
activity-trainings-note = { $oriented ->
    [one] { $oriented } diagnostic
   *[other] { $oriented } diagnostics
} sur { $n } conclus { $oriented ->
    [one] a
   *[other] ont
} conseillé au moins un atelier. Les chèques sont ceux des ateliers conseillés, pas ceux distribués.
activity-modes = Comment le diagnostic a été passé
activity-mode-tui = Accompagné, plein écran
activity-mode-plain = Accompagné, mode texte
activity-mode-kiosk = Borne, en autonomie
activity-ages = Tranches d'âge
activity-communes = Communes
activity-ages-others = { $k ->
    [one] 1 autre tranche
   *[other] { $k } autres tranches
}
activity-communes-others = { $k ->
    [one] 1 autre commune
   *[other] { $k } autres communes
}
activity-given-note = Renseignée pour { $with ->
    [one] { $with } diagnostic
   *[other] { $with } diagnostics
} sur { $n } ({ $p } %) ; les pourcentages sont pris sur { $with ->
    [one] celui-ci
   *[other] ces { $with }
}.
activity-ages-none = Aucune tranche d'âge notée sur cette période.
activity-communes-none = Aucune commune notée sur cette période.
activity-nothing = Rien à compter sur cette période.
activity-empty = Aucun diagnostic n'a commencé sur cette période : rien à montrer.
activity-people = Personnes
activity-people-none = Aucun diagnostic ne porte de nom ni de numéro de dossier : on compte des diagnostics, pas des personnes.
activity-people-named = { $named ->
    [one] { $named } diagnostic sur { $n } porte
   *[other] { $named } diagnostics sur { $n } portent
} un nom ou un numéro de dossier : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes différentes
}, dont { $returning ->
    [one] { $returning } venue
   *[other] { $returning } venues
} plus d'une fois (par exemple avant et après les ateliers).{ $anonymous ->
    [0] {""}
    [one] {" "}Le dernier est anonyme : ce peut être une personne de plus.
   *[other] {" "}Les { $anonymous } autres sont anonymes : chacun peut être une personne de plus.
}
activity-banks = Questionnaires
activity-method = Comment lire ces chiffres
activity-method-count = Un diagnostic est une passation commencée dans la période, terminée ou non ; sa date est celle de son début.
activity-method-verdict = Paliers, besoins, ateliers et chèques ne comptent que les diagnostics terminés dont les réponses suffisaient pour conclure.
activity-method-people = Les personnes sont comptées par le nom ou le numéro de dossier noté par le médiateur ; aucun nom n'apparaît dans ce rapport.
activity-method-unreadable = { $n ->
    [one] 1 fichier de diagnostic illisible n'est pas compté.
   *[other] { $n } fichiers de diagnostic illisibles ne sont pas comptés.
}
activity-written = Rapport d'activité ({ $n ->
    [one] 1 diagnostic
   *[other] { $n } diagnostics
}) écrit dans { $file }.
