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
