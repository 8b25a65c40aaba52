# diagnum lieux : le fichier national des lieux de médiation numérique.
lieux-import-done = { $count ->
    [one] 1 lieu gardé
   *[other] { $count } lieux gardés
}, fichier du { $date } ({ $source }).
lieux-import-other = { $n ->
    [one] 1 lieu d'un autre département laissé de côté.
   *[other] { $n } lieux d'autres départements laissés de côté.
}
lieux-import-rejected = { $n ->
    [one] 1 ligne écartée :
   *[other] { $n } lignes écartées :
}
lieux-rejected-line = ligne { $line } : { $reason }
lieux-rejected-item = élément n° { $line } : { $reason }
lieux-reason-no-name = pas de nom (colonne « nom » vide)
lieux-reason-no-place = ni commune ni code postal
lieux-reason-fields = { $found } champs au lieu de { $expected } (une virgule ou un guillemet mal placé ?)
lieux-reason-duplicate = identifiant « { $id } » déjà vu ligne { $first }
lieux-reason-not-object = ce n'est pas un lieu (pas un objet JSON)
lieux-failed = Import impossible de { $file } : { $why }
    L'import précédent est gardé tel quel.
lieux-error-too-large = le fichier fait { $mb } Mo, bien plus que le fichier national des lieux (au plus { $max } Mo) : est-ce le bon fichier ?
lieux-error-not-utf8 = le texte n'est pas en UTF-8 (ligne { $line }) : reprenez le fichier tel que téléchargé ; s'il a été ouvert dans un tableur, enregistrez-le en « CSV UTF-8 (délimité par des virgules) ».
lieux-error-empty = le fichier est vide.
lieux-error-separator = les colonnes sont séparées par « { $sep } » et non par des virgules : reprenez le fichier tel que téléchargé, ou enregistrez-le en « CSV UTF-8 (délimité par des virgules) ».
lieux-separator-tab = tabulation
lieux-error-missing-columns = il manque { $n ->
    [one] la colonne { $columns }
   *[other] les colonnes { $columns }
} : ce n'est pas un fichier de lieux de médiation numérique (schéma de La MedNum et de l'ANCT).
lieux-error-other-json = ce fichier JSON n'est pas une liste de lieux de médiation numérique (schéma de La MedNum et de l'ANCT) : prenez la ressource « lieux de médiation numérique » du jeu de données national, en CSV ou en JSON.
lieux-error-bad-json = le JSON est illisible ligne { $line } ({ $detail }).
lieux-error-bad-csv = le CSV est illisible ligne { $line } ({ $detail }).
lieux-error-nothing = aucune ligne du fichier n'est un lieu des départements demandés.
lieux-error-departement = « { $value } » n'est pas un numéro de département (par exemple 59, 2A ou 974).
lieux-none = Aucun fichier de lieux importé. Téléchargez le fichier national « Lieux de médiation numérique » (données ouvertes, data.gouv.fr), puis : diagnum lieux import FICHIER
lieux-summary = { $count ->
    [one] 1 lieu de médiation numérique
   *[other] { $count } lieux de médiation numérique
}, fichier du { $date } (importé le { $imported }, depuis { $source }).
lieux-no-date = date inconnue
lieux-old = Ce fichier date de plus de 6 mois : téléchargez le nouveau et importez-le (diagnum lieux import FICHIER).
lieux-departements = Par département : { $list }
lieux-list-place = { $count ->
    [one] 1 lieu à { $place } :
   *[other] { $count } lieux à { $place } :
}
lieux-list-unknown = « { $place } » : aucun lieu de cette commune ou de ce code postal dans le fichier.
lieux-no-public = n'accueille pas de public
lieux-load-failed = Le fichier des lieux ({ $path }) est illisible ({ $error }) : importez à nouveau le fichier national (diagnum lieux import FICHIER).
