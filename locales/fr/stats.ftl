# diagnum results stats : les chiffres de chaque question d'une banque, pour l'améliorer
stats-title = Statistiques par question : { $bank } ({ $id })
stats-heading = { $n ->
    [one] 1 diagnostic terminé
   *[other] { $n } diagnostics terminés
}, du { $first } au { $last } · version de la banque : { $versions }
stats-none = Aucun diagnostic terminé avec la banque « { $id } » sur cette période.
stats-not-finished = { $n ->
    [one] 1 diagnostic non terminé n'est pas compté.
   *[other] { $n } diagnostics non terminés ne sont pas comptés.
}
stats-other-file = { $n ->
    [one] 1 de ces diagnostics a été fait
   *[other] { $n } de ces diagnostics ont été faits
} avec un autre état du fichier de la banque : si des choix ont changé de place depuis, leurs chiffres peuvent être faussés.
stats-unknown = Questions répondues qui ne sont plus dans la banque (pas comptées) : { $ids }
stats-percent = { $p } %
stats-seen = { $n ->
    [0] personne ne l'a vue
    [one] 1 réponse : { $figures }
   *[other] { $n } réponses : { $figures }
}
stats-right = juste { $p }
stats-partial = en partie { $p }
stats-dont-know = je ne sais pas { $p }
stats-wrong = faux { $p }
stats-self-yes = seul { $p }
stats-self-help = avec de l'aide { $p }
stats-self-no = pas du tout { $p }
stats-self-note = Auto-évaluation : l'avis de la personne, sans bonne réponse ; pas de remarque.
stats-not-evaluated = ({ $n ->
    [one] et 1 non évaluée
   *[other] et { $n } non évaluées
} : exercice impossible sur l'écran, ou pas observé)
stats-d = D { $d }
stats-d-none = D –
stats-choices = choix : { $list }
stats-choice = { $n }. { $p }
stats-choice-right = { $n }. { $p } (juste)
stats-top-wrong = réponse fausse la plus fréquente : « { $text } » ({ $n })
stats-flag-too-few = pas assez de réponses pour juger (moins de { $min })
stats-flag-too-easy = trop facile : { $p } de bonnes réponses
stats-flag-too-hard = trop difficile : { $p } de bonnes réponses seulement
stats-flag-unused = personne n'a pris le choix { $n } (« { $text } ») : le remplacer par une erreur plus tentante ?
stats-flag-wrong-choice = le choix faux { $n } (« { $text } ») est pris plus souvent qu'une bonne réponse : énoncé ambigu, ou erreur dans la banque ?
stats-flag-wrong-text = la réponse « { $text } » est donnée plus souvent que la bonne : l'accepter, ou préciser la question ?
stats-flag-low = discrimination faible : la question sépare peu les personnes à l'aise de celles qui débutent
stats-flag-negative = discrimination négative : les personnes qui réussissent le moins le reste la réussissent mieux ; vérifier la bonne réponse
stats-legend-title = Légende
stats-legend-shares = juste, en partie, je ne sais pas, faux : part des personnes qui ont vu la question (« en partie » : choix multiples, ordre ou texte à taper à moitié justes).
stats-legend-d = D (discrimination) : indice haut-bas à { $group } %. On classe les personnes par leur réussite aux autres questions ; D est la réussite à cette question des { $group } % les plus à l'aise moins celle des { $group } % qui ont le plus de mal (de −1 à 1). Au-dessus de 0,30 la question sépare bien ; en dessous de { $low }, peu ; négatif : à revoir. Calculé à partir de { $min } réponses.
stats-legend-flags = Les remarques (!) commencent à { $min } réponses ; « personne n'a pris le choix » à { $min_choice } réponses autres que « je ne sais pas ».
stats-legend-choices = Les choix sont numérotés dans l'ordre du fichier de la banque (l'écran peut les mélanger).
stats-written = Statistiques de { $n ->
    [one] 1 diagnostic
   *[other] { $n } diagnostics
} écrites dans { $file }.
stats-col-id = question
stats-col-text = énoncé
stats-col-type = type
stats-col-seen = réponses
stats-col-right = justes
stats-col-partial = en partie
stats-col-dont-know = je ne sais pas
stats-col-wrong = fausses
stats-col-not-evaluated = non évaluées
stats-col-right-pct = justes (%)
stats-col-partial-pct = en partie (%)
stats-col-dont-know-pct = je ne sais pas (%)
stats-col-wrong-pct = fausses (%)
stats-col-d = discrimination (haut-bas 27 %)
stats-col-upper = réussite des 27 % les plus à l'aise
stats-col-lower = réussite des 27 % qui ont le plus de mal
stats-col-choices = choix pris (nombre de personnes)
stats-col-flags = remarques
stats-csv-choice = { $n } : { $count }
stats-csv-choice-right = { $n } (juste) : { $count }
# Commun à results stats et results report
period-reversed = La période est à l'envers : --until ({ $until }) vient avant --since ({ $since }).
