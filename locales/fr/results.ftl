# Enregistrement des résultats, reprise, suivi du médiateur
session-number = Numéro du diagnostic : { $id } (pour le retrouver : diagnum results show { $id })
save-failed = La réponse n'a pas pu être enregistrée ({ $error }). Les réponses déjà enregistrées sont gardées ; celle-ci ne l'est pas encore : réessayez. Si cela continue, prévenez le médiateur.
save-failed-full = La réponse n'a pas pu être enregistrée : le disque est plein. Les réponses déjà enregistrées sont gardées ; celle-ci ne l'est pas encore. Libérez de la place sur le disque (ou, la prochaine fois, choisissez un autre dossier avec --data-dir), puis réessayez. Si vous ne savez pas comment faire, prévenez le médiateur.
store-none = Aucun dossier de données n'est disponible : les résultats ne seront pas enregistrés. Indiquez-en un avec --data-dir ou DIAGNUM_DATA_DIR.
store-create-failed = Impossible d'enregistrer les résultats dans { $dir } ({ $error }). Choisissez un dossier où l'on peut écrire avec --data-dir ou DIAGNUM_DATA_DIR.
store-read-failed = Impossible de lire les résultats enregistrés ({ $error }).
purge-failed = Impossible de supprimer les anciens diagnostics ({ $error }) : rien n'a été supprimé, ou seulement une partie ; relancez la commande une fois le problème réglé.
plain-resume-hint = Diagnostic interrompu. Pour le reprendre là où il s'est arrêté : diagnum run --resume { $id } --plain
session-not-found = Aucun diagnostic enregistré ne porte le numéro « { $id } ». La liste : diagnum results --plain
session-ambiguous = Plusieurs diagnostics commencent par « { $id } » : { $ids }. Tapez plus de caractères.
resume-done = Reprise du diagnostic { $id } : { $n ->
    [0] aucune réponse n'avait encore été donnée.
    [one] 1 réponse déjà donnée.
   *[other] { $n } réponses déjà données.
}
resume-bank-changed = Attention : la banque de questions a changé depuis le début de ce diagnostic (version { $version }, maintenant { $now }).{ $dropped ->
    [0] {""}
    [one] {" "}1 réponse ne correspond plus : elle reste dans le fichier mais n'est pas reprise.
   *[other] {" "}{ $dropped } réponses ne correspondent plus : elles restent dans le fichier mais ne sont pas reprises.
}
resume-lines-damaged = Attention : { $damaged ->
    [0] le fichier de ce diagnostic est incomplet
    [one] 1 ligne du fichier de ce diagnostic est abîmée
   *[other] { $damaged } lignes du fichier de ce diagnostic sont abîmées
}{ $dropped ->
    [0] {"."}
    [one] {" "}: 1 réponse enregistrée n'a pas pu être reprise. La question correspondante est posée à nouveau.
   *[other] {" "}: { $dropped } réponses enregistrées n'ont pas pu être reprises. Les questions correspondantes sont posées à nouveau.
}
resume-damaged = Le diagnostic { $id } est illisible (début du fichier abîmé) : il ne peut pas être repris.
results-damaged = Le diagnostic { $id } est illisible (début du fichier abîmé, ou fichier vide) : il ne peut être ni affiché ni imprimé.
resume-no-bank = Le diagnostic { $id } utilisait la banque « { $bank } », qui est introuvable : il ne peut pas être repris. { $why }
resume-finished = Le diagnostic { $id } est déjà terminé. Pour le voir : diagnum results show { $id }
resume-abandoned = Le diagnostic { $id } a été clos comme abandonné : il ne peut plus être repris.
resume-in-use = Le diagnostic { $id } est ouvert en ce moment dans un autre diagnum.
resume-title = Un diagnostic n'a pas été terminé
resume-help = Il s'est arrêté avant la fin (fenêtre fermée, coupure…). Vous pouvez le reprendre là où il s'est arrêté, ou le clore comme abandonné.
resume-entry = { $bank }, commencé le { $date } : { $n ->
    [0] aucune réponse
    [one] 1 réponse
   *[other] { $n } réponses
} · n° { $id }
hints-resume = Entrée reprendre · A clore comme abandonné · Échap plus tard
history-title = résultats enregistrés
history-help = Choisissez un diagnostic avec ↑↓, puis Entrée pour le lire.
hints-history = ↑↓ choisir · Entrée lire · Échap quitter
hints-stored = ↑↓ faire défiler · Échap ou ← retour à la liste
results-none = Aucun diagnostic enregistré pour l'instant.
results-unreadable = { $n ->
    [one] 1 fichier illisible a été ignoré.
   *[other] { $n } fichiers illisibles ont été ignorés.
}
results-show-head = Diagnostic n° { $id } du { $date } · durée { $minutes } min · { $status }
results-show-pseudonym = Pseudonyme : { $name }
results-show-unfinished = Ce diagnostic n'est pas terminé ({ $n ->
    [one] 1 réponse enregistrée
   *[other] { $n } réponses enregistrées
}). Pour le reprendre : diagnum run --resume { $id }
date-invalid = Date incomprise : « { $date } ». Écrivez-la 2026-11-22 ou 22/11/2026.
write-failed = Impossible d'écrire { $file } ({ $error }).
export-written = { $n ->
    [one] 1 diagnostic exporté
   *[other] { $n } diagnostics exportés
} dans { $file }.
export-unreadable = { $n ->
    [one] 1 diagnostic n'a pas pu être lu (fichier abîmé) ; il n'est pas dans l'export :
   *[other] { $n } diagnostics n'ont pas pu être lus (fichiers abîmés) ; ils ne sont pas dans l'export :
}
print-written = Fiche écrite dans { $file }.
purge-would = { $n ->
    [0] Aucun diagnostic commencé avant le { $date } : rien à supprimer.
    [one] 1 diagnostic commencé avant le { $date } serait supprimé.
   *[other] { $n } diagnostics commencés avant le { $date } seraient supprimés.
}
purge-done = { $n ->
    [0] Aucun diagnostic commencé avant le { $date } : rien à supprimer.
    [one] 1 diagnostic commencé avant le { $date } a été supprimé.
   *[other] { $n } diagnostics commencés avant le { $date } ont été supprimés.
}
purge-busy = Gardés car ouverts en ce moment dans un autre diagnum : { $ids }.
printer-missing = Impossible d'imprimer : la commande « { $cmd } » est introuvable sur cet ordinateur. Enregistrez la fiche avec --out fiche.html et imprimez-la depuis le navigateur.
printer-failed = L'impression a échoué : { $error }
printer-sent = Fiche envoyée à l'imprimante.
export-id = numéro
export-date = date
export-duration = durée (min)
export-bank = banque
export-version = version
export-status = statut
export-palier = palier
export-percent = réussite (%)
export-orientation = orientation
export-services = services
export-coop = thématiques Coop
export-age-band = tranche d'âge
export-commune = commune
export-pseudonym = pseudonyme
export-level = niveau { $competence }
export-status-finished = terminé
export-status-abandoned = abandonné
export-status-unfinished = interrompu
results-status-running = en cours
fiche-title = Mon diagnostic numérique
fiche-date = Date
fiche-duration = Durée
fiche-bank = Questionnaire
fiche-pseudonym = Nom ou numéro
fiche-incomplete = Ce diagnostic n'a pas été terminé : les résultats sont partiels.
fiche-palier = Résultat
fiche-levels = Vos compétences
fiche-trainings = Ateliers conseillés
fiche-note = Note du médiateur
fiche-footer = Diagnostic n° { $id } · diagnum, outil libre de diagnostic numérique
compare-before = Avant : { $date } · { $bank } · { $palier }
compare-after = Après : { $date } · { $bank } · { $palier }
compare-unfinished = non terminé
compare-competence = Compétence
compare-col-before = avant
compare-col-after = après
compare-up = +{ $n } niveau{ $n ->
    [one] {""}
   *[other] x
}
compare-down = −{ $n } niveau{ $n ->
    [one] {""}
   *[other] x
}
compare-same = =
fiche-no-orientation = Le diagnostic n'est pas allé assez loin pour conseiller des ateliers : parlez-en avec le médiateur.
fiche-number = N° du diagnostic
resume-header = diagnostic à reprendre
button-resume = Reprendre
button-abandon = Clore
button-later = Plus tard
button-read = Lire
