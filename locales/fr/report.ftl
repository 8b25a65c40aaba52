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
cat-prendre-en-main-ordinateur = Prendre en main un ordinateur
cat-prendre-en-main-smartphone = Prendre en main un smartphone ou une tablette
cat-numerique-au-quotidien = Utiliser le numérique au quotidien
cat-culture-numerique = Approfondir ma culture numérique
cat-insertion-professionnelle = Favoriser mon insertion professionnelle
cat-demarches-autonomie = Devenir autonome dans les démarches administratives
cat-demarches-accompagnement = Réaliser des démarches administratives avec un accompagnement
cat-demarches-sante = Accompagner les démarches de santé
cat-entreprise = Créer et développer mon entreprise
cat-citoyennete-numerique = Promouvoir la citoyenneté numérique
cat-creer-avec-le-numerique = Créer avec le numérique
cat-parentalite = Soutenir la parentalité et l'éducation avec le numérique
cat-acces-connexion = Accéder à une connexion internet
cat-acces-materiel = Accéder à du matériel
cat-equipement = S'équiper en matériel informatique
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
