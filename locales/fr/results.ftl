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
hints-history = ↑↓ choisir · Entrée lire · I imprimer la fiche · E exporter la liste (CSV) · Échap quitter
hints-stored = ↑↓ PgPréc PgSuiv Début Fin défiler · I imprimer la fiche · E exporter la liste · Échap ou ← retour à la liste
hints-export = Tapez le chemin du fichier · Entrée écrire · Échap annuler
history-export-ask = Fichier où écrire la liste de tous les diagnostics, pour un tableur (CSV) :
notice-path-full = Le chemin est limité à 400 caractères.
button-print = Imprimer
button-export = Exporter
results-number = N° du diagnostic : { $id } (pour le retrouver plus tard)
results-none = Aucun diagnostic enregistré pour l'instant.
results-unreadable = { $n ->
    [one] 1 fichier illisible a été ignoré.
   *[other] { $n } fichiers illisibles ont été ignorés.
}
results-show-head = Diagnostic n° { $id } du { $date } · durée { $minutes } min · { $status }
results-show-pseudonym = Pseudonyme : { $name }
results-show-mode = Mode : { $mode }
results-show-age = Tranche d'âge : { $band }
results-show-commune = Commune : { $commune }
results-show-unfinished = Ce diagnostic n'est pas terminé ({ $n ->
    [0] aucune réponse enregistrée
    [one] 1 réponse enregistrée
   *[other] { $n } réponses enregistrées
}). Pour le reprendre : diagnum run --resume { $id }
date-invalid = Date incomprise : « { $date } ». Écrivez-la 2026-11-22 ou 22/11/2026.
write-failed = Impossible d'écrire { $file } ({ $error }).
export-written = { $n ->
    [one] 1 diagnostic exporté
   *[other] { $n } diagnostics exportés
} dans { $file }.
export-no-person-key = Colonne « personne » vide : la clé du dossier des données ne peut pas être lue ni créée ({ $error }).
export-unreadable = { $n ->
    [one] 1 diagnostic n'a pas pu être lu (fichier abîmé) ; il n'est pas dans l'export :
   *[other] { $n } diagnostics n'ont pas pu être lus (fichiers abîmés) ; ils ne sont pas dans l'export :
}
print-note-too-long = La note fait { $n } caractères : { $max } au plus, pour que la fiche tienne sur une page A4.
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
printer-silent = la commande « { $cmd } » s'est arrêtée (code { $code }) sans dire pourquoi. Vérifiez que l'imprimante est allumée et choisie par défaut (lpstat -d).
printer-pending = Envoi de la fiche à l'imprimante…
printer-sent = Fiche envoyée à l'imprimante.
export-id = numéro
export-date = date
export-duration = durée (min)
export-bank = questionnaire
export-version = version
export-status = statut
export-palier = palier
export-percent = réussite (%)
export-orientation = ateliers conseillés
export-services = services
export-coop = thématiques Coop
export-age-band = tranche d'âge
export-commune = commune
export-pseudonym = pseudonyme
export-level = niveau { $competence }
export-mode = mode
export-person = personne
export-cheques = chèques pass numérique
export-mode-tui = accompagné
export-mode-plain = accompagné, mode texte
export-mode-kiosk = borne, en autonomie
export-status-inconclusive = terminé, sans palier (pas assez de réponses)
export-total-sessions = { $n ->
    [one] Total : 1 diagnostic
   *[other] Total : { $n } diagnostics
}
export-total-people = { $n ->
    [one] 1 personne nommée
   *[other] { $n } personnes nommées
}
export-totals = { $sessions ->
    [one] 1 diagnostic
   *[other] { $sessions } diagnostics
}, { $people ->
    [one] 1 personne nommée
   *[other] { $people } personnes nommées
} (même nom ou numéro), { $cheques ->
    [one] 1 chèque pass numérique conseillé
   *[other] { $cheques } chèques pass numérique conseillés
}.
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
fiche-levels-scale = La barre montre la part de bonnes réponses : pleine quand tout était juste.
fiche-trainings = Ateliers conseillés
fiche-note = Note du médiateur
fiche-footer = Diagnostic n° { $id } · diagnum, outil libre de diagnostic numérique
compare-before = Avant : n° { $id } du { $date } · { $bank } · { $palier }
compare-after = Après : n° { $id } du { $date } · { $bank } · { $palier }
compare-day-time = { $day } à { $time }
compare-unfinished = non terminé
compare-competence = Compétence
compare-overall = Ensemble (réussite)
compare-col-before = avant
compare-col-after = après
compare-col-change = évolution
compare-cell = { $percent } % · niv. { $level }
compare-points = { $sign }{ $n } { $n ->
    [one] point
   *[other] points
}
compare-levels = { $sign }{ $n } { $n ->
    [one] niveau
   *[other] niveaux
}
compare-same = =
compare-caution = Attention : { $text }
compare-other-bank = les deux diagnostics n'ont pas le même questionnaire (« { $a } », « { $b } ») ; seules les compétences des deux sont comparées.
compare-other-version = le questionnaire a changé entre les deux (version { $a }, puis { $b }) : les questions ne sont pas toutes les mêmes.
compare-other-tasks = { $n ->
    [one] 1 exercice a été compté dans un diagnostic et pas dans l'autre (plein écran, mode texte ou sans souris) : les pourcentages ne portent pas tout à fait sur les mêmes questions.
   *[other] { $n } exercices ont été comptés dans un diagnostic et pas dans l'autre (plein écran, mode texte ou sans souris) : les pourcentages ne portent pas tout à fait sur les mêmes questions.
}
compare-other-device = l'appareil déclaré n'est pas le même (ordinateur, téléphone) : certaines questions ne sont pas les mêmes.
compare-unfinished-first = le premier diagnostic n'est pas terminé : ses chiffres sont partiels.
compare-unfinished-second = le second diagnostic n'est pas terminé : ses chiffres sont partiels.
compare-same-session = « { $id } » désigne deux fois le même diagnostic : donnez le numéro d'un autre diagnostic de la personne (la liste : diagnum results --plain).
fiche-no-orientation = Le diagnostic n'est pas allé assez loin pour conseiller des ateliers : parlez-en avec le médiateur.
fiche-mediator-part = Pour le médiateur ou la médiatrice (à garder, pas à remettre)
fiche-number = N° du diagnostic
resume-header = diagnostic à reprendre
button-resume = Reprendre
button-abandon = Clore
button-later = Plus tard
button-read = Lire

# Les réponses données, question par question (results show, la liste en plein écran, la fiche du médiateur).
answers-title = Réponses données, question par question :
answers-partial = Le questionnaire de ce diagnostic a changé depuis, ou n'est plus là : seules les questions manquées et celles non évaluées ont été gardées.
answers-item = Question { $n } · { $mark } : { $prompt }
answers-given = Réponse donnée : { $answer }
answers-attempts = { $n ->
    [one] 1 essai
   *[other] { $n } essais
}
answers-mark-right = juste
answers-mark-partly = en partie
answers-mark-wrong = faux
answers-mark-dont-know = je ne sais pas
answers-mark-not-evaluated = non évalué
answers-mark-opinion = avis de la personne
answers-mark-observed = observation
answers-mark-info = information
answers-tally = Réponses : { $right ->
    [one] { $right } juste
   *[other] { $right } justes
}, { $partly } en partie, { $wrong } faux, { $dontknow } je ne sais pas, { $notevaluated ->
    [one] { $notevaluated } non évalué
   *[other] { $notevaluated } non évalués
}.

# Les tranches d'âge (celles des comptes rendus d'activité de la Coop de la médiation numérique).
age-band-moins-de-12 = Moins de 12 ans
age-band-12-17 = 12 - 17 ans
age-band-18-24 = 18 - 24 ans
age-band-25-39 = 25 - 39 ans
age-band-40-59 = 40 - 59 ans
age-band-60-69 = 60 - 69 ans
age-band-70-et-plus = 70 ans et plus
age-band-unknown = « { $typed } » n'est pas une tranche d'âge connue. Tranches possibles (--age-band) : { $bands }.
