# app
app-name = diagnum
answer-dont-know = Je ne sais pas
plain-intro = Diagnostic : { $title }. { $count } questions, environ { $minutes } minutes, sans limite de temps. Si vous ne savez pas, tapez un point d'interrogation : ce n'est pas grave, cela aide à trouver le bon atelier.
plain-question = Question { $n } sur { $total } ({ $competence })
plain-previous = Réponse donnée avant : { $answer }
plain-hint-single = Votre réponse (un numéro, ? pour je ne sais pas, < pour revenir) :
plain-hint-multiple = Votre réponse (un ou plusieurs numéros séparés par des espaces, ? pour je ne sais pas, < pour revenir) :
plain-hint-text = Votre réponse (écrivez-la, ? pour je ne sais pas, < pour revenir) :
plain-empty = Vous n'avez rien écrit.
plain-not-a-choice = Réponse non comprise : tapez un numéro entre 1 et { $n }.
plain-only-one = Une seule réponse est attendue : tapez un seul numéro.
plain-no-back = C'est la première question : pas de question avant.
list-embedded = intégrée
list-line = { $id } : { $title } ({ $count } questions) [{ $origin }]
list-invalid = banque invalide [{ $origin }] : { $error }
not-a-terminal = Ce programme s'affiche en plein écran dans un terminal. Ici, l'entrée ou la sortie n'est pas un terminal : utilisez « diagnum run --plain » pour le mode texte ligne à ligne.
io-error = Erreur d'entrée-sortie : { $error }
picker-title = choix du diagnostic
picker-help = Choisissez un diagnostic avec les flèches, puis appuyez sur Entrée.
picker-entry = { $title } ({ $count } questions, environ { $minutes } min)
picker-invalid = { $label } : banque invalide, impossible de la lancer
progress = Question { $n } / { $total }
too-small = Agrandissez la fenêtre
too-small-size = Il faut au moins { $w } colonnes sur { $h } lignes (actuellement { $cw } × { $ch }).
intro-length = { $count } questions, environ { $minutes } minutes. Il n'y a pas de limite de temps : prenez votre temps.
intro-dont-know = Si vous ne savez pas, appuyez sur la touche ? (point d'interrogation) : ce n'est pas grave, cela nous aide à trouver l'atelier qui vous convient.
intro-keys = Pour répondre : tapez le numéro de la réponse, ou utilisez les flèches, puis appuyez sur Entrée.
intro-start = Appuyez sur Entrée pour commencer.
question-competence = Compétence : { $competence }
question-your-answer = Écrivez votre réponse, puis appuyez sur Entrée :
question-several = Plusieurs réponses possibles : cochez avec la barre d'espace ou le numéro.
results-mediator-key = (Touche M : voir le message pour le médiateur.)
confirm-title = Quitter ?
confirm-question = Voulez-vous arrêter le diagnostic ? Les résultats déjà obtenus s'afficheront dans le terminal.
confirm-continue = Continuer
confirm-quit = Quitter
notice-invalid-bank = Cette banque a des erreurs : lancez « diagnum check » sur son fichier.
notice-choose-first = Choisissez d'abord une réponse (numéro ou flèches), ou appuyez sur ?.
notice-tick-first = Cochez au moins une réponse (barre d'espace), ou appuyez sur ?.
hints-picker = ↑↓ choisir · Entrée commencer · Échap quitter
hints-intro = Entrée commencer · F mots simples · ← retour · Échap quitter
hints-single = 1-9 ou ↑↓ choisir · Entrée valider · ? je ne sais pas · ← question précédente · Échap quitter
hints-multiple = 1-9 ou Espace cocher · ↑↓ se déplacer · Entrée valider · ? je ne sais pas · ← précédente · Échap quitter
hints-text = Écrivez puis Entrée · ? je ne sais pas · ← (réponse vide) question précédente · Échap quitter
hints-results = ↑↓ faire défiler · M message du médiateur · Entrée formations conseillées · Échap quitter
hints-orientation = ↑↓ faire défiler · ← résultats · Entrée terminer
hints-confirm = ←→ choisir · Entrée confirmer · Échap continuer
plain-hint-order = Votre réponse (les numéros dans le bon ordre, séparés par des espaces, par exemple 3 1 2 ; ? pour je ne sais pas, < pour revenir) :
plain-each-once = Donnez chaque numéro de 1 à { $n } une seule fois, dans l'ordre que vous pensez juste.
question-order = Remettez dans l'ordre : Espace pour prendre un élément, ↑↓ pour le déplacer, Espace pour le poser, puis Entrée.
hints-order = ↑↓ se déplacer · Espace prendre/poser · Entrée valider · ? je ne sais pas · ← précédente · Échap quitter
intro-falc-on = Questions en mots simples (FALC) : oui. Touche F pour revenir aux questions habituelles.
intro-falc-off = Touche F : poser les questions avec des mots plus simples (FALC).
hints-intro-direct = Entrée commencer · F mots simples · Échap quitter
progress-adaptive = Question { $n } · { $left ->
    [0] la dernière
   *[other] encore { $left } au plus
}
plain-question-adaptive = Question { $n } ({ $competence }) · { $left ->
    [0] la dernière
   *[other] encore { $left } au plus
}
plain-intro-adaptive = Diagnostic : { $title }. Au plus { $count } questions, souvent beaucoup moins : les questions s'adaptent à vos réponses. Environ { $minutes } minutes, sans limite de temps. Si vous ne savez pas, tapez un point d'interrogation : ce n'est pas grave, cela aide à trouver le bon atelier.
intro-length-adaptive = Au plus { $count } questions, souvent beaucoup moins : les questions s'adaptent à vos réponses. Environ { $minutes } minutes. Il n'y a pas de limite de temps : prenez votre temps.
picker-entry-adaptive = { $title } (au plus { $count } questions, environ { $minutes } min)
