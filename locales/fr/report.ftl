# Résultats en texte (fin du mode plein écran, mode --plain)
report-title = Résultats : { $bank } (version { $version })
report-incomplete = Diagnostic interrompu : résultats calculés sur { $asked ->
    [one] { $asked } question répondue
   *[other] { $asked } questions répondues
} sur { $total }.
report-palier = Palier atteint : { $palier } ({ $percent } % de réussite).
report-mediator = Pour le médiateur : { $message }
report-competences = Compétences :
report-not-evaluated = non évaluée
report-competence-score = niveau { $level }, { $count ->
    [one] { $points } bonne réponse
   *[other] { $points } bonnes réponses
} sur { $asked } ({ $percent } %)
report-orientation = Formations conseillées :
report-no-training = Pas de formation particulière : vous pouvez continuer seul, et revenir nous voir quand vous voulez.
report-place = Lieu : { $place }
report-lieu = Où s'adresser :
report-missed = Pour apprendre, les questions à revoir :
report-right-answer = Bonne réponse : { $answer }
report-sessions = { $n ->
    [one] 1 séance de { $duration }
   *[other] { $n } séances de { $duration }
}
report-duration-h = { $h } h
report-duration-hm = { $h } h { $m }
report-duration-min = { $m } min
report-aptic = APTIC niveau { $level } ({ $label })
report-cheques = { $n ->
    [0] sans chèque
    [one] 1 chèque pass numérique
   *[other] { $n } chèques pass numérique
}
aptic-1 = Découvrir les enjeux du numérique
aptic-2 = Maîtriser le numérique
aptic-3 = Augmenter son pouvoir d'agir grâce au numérique
service-demarches-administratives = Aide aux démarches administratives
service-outils-du-quotidien = Maîtrise des outils numériques du quotidien
service-insertion-professionnelle = Insertion professionnelle via le numérique
service-utilisation-securisee = Utilisation sécurisée du numérique
service-parentalite-education = Parentalité et éducation avec le numérique
service-loisirs-creations = Loisirs et créations numériques
service-comprehension-monde-numerique = Compréhension du monde numérique
service-acces-internet-materiel = Accès internet et matériel informatique
service-materiel-prix-solidaire = Acquisition de matériel informatique à prix solidaire
hours-day-1 = lundi
hours-day-2 = mardi
hours-day-3 = mercredi
hours-day-4 = jeudi
hours-day-5 = vendredi
hours-day-6 = samedi
hours-day-7 = dimanche
hours-on-day = le { $day }
hours-days-range = du { $from } au { $to }
hours-every-day = tous les jours
hours-span = de { $from } à { $to }
hours-and = et
hours-time = { $h } h
hours-time-min = { $h } h { $m }
hours-always = tous les jours, 24 h sur 24
hours-holidays-closed = fermé les jours fériés
lieux-title = Où vous faire accompagner près de { $place }
lieux-nothing-near = Aucun lieu connu près de { $place } pour ce dont vous avez besoin : demandez à l'accueil.
lieux-unknown-place = « { $place } » n'est pas dans le fichier des lieux : demandez à l'accueil où vous faire accompagner près de chez vous.
lieu-distance-m = à { $m } m
lieu-distance-km = à { $km } km
lieu-walk-in = accès libre
lieu-appointment = sur rendez-vous
lieu-fee-free = Gratuit
lieu-fee-conditional = Gratuit sous condition
lieu-fee-pass = Gratuit sous condition (pass numérique accepté)
lieu-fee-paying = Payant
lieu-phone = Tél. { $phone }
lieu-hours = Horaires : { $hours }
lieu-services = Pour : { $services }
decimal-separator = ,
report-incomplete-adaptive = Diagnostic interrompu : résultats calculés sur { $asked } question(s) répondue(s).
report-inferred = , dont { $n ->
    [one] 1 déduite
   *[other] { $n } déduites
} de vos autres réponses
report-self = votre avis : { $percent } % ({ $asked ->
    [one] 1 réponse
   *[other] { $asked } réponses
})
report-self-mediator = avis de la personne : { $percent } % ({ $asked ->
    [one] 1 réponse
   *[other] { $asked } réponses
})
report-not-evaluated-count = non évalué ici : { $n ->
    [one] 1 exercice ou observation
   *[other] { $n } exercices ou observations
}
report-not-evaluated-task = non évalué
report-not-evaluated-list = Non évalué (exercice impossible sur ce terminal, ou pas observé) :
typing-typed = Vous avez tapé : « { $typed } » ({ $right } caractères justes sur { $total }).
typing-look = À regarder : { $diffs }.
typing-wrong = « { $typed } » au lieu de « { $expected } »
typing-missing = il manque « { $expected } »
typing-extra = « { $typed } » en trop
typing-space = espace
verdict-none-title = Pas assez de réponses pour conclure
verdict-none-learner = Il manque des réponses pour dire où vous en êtes. Ce n'est pas grave : vous pourrez reprendre le diagnostic là où il s'est arrêté, ou le refaire avec un médiateur.
verdict-none-mediator = Trop peu de réponses mesurées (les auto-évaluations et les questions déduites ne comptent pas) : ni palier ni formation. Proposer de reprendre le diagnostic, ou de le refaire ensemble.
report-not-enough = pas assez de réponses pour un niveau ({ $n ->
    [one] 1 réponse mesurée
   *[other] { $n } réponses mesurées
})
report-learner-mastered = bien acquis
report-learner-good = en bonne voie
report-learner-fragile = à renforcer
report-learner-new = à découvrir
report-learner-not-enough = pas assez de réponses pour le dire
report-result = Votre résultat : { $palier }.
report-phone-only = Vous utilisez seulement un téléphone : les questions sur l'ordinateur ne vous ont pas été posées, et elles ne comptent pas dans ces résultats.
report-no-training-yet = Pas encore de formation conseillée : il faut d'abord assez de réponses. Vous pourrez reprendre le diagnostic là où il s'est arrêté.
