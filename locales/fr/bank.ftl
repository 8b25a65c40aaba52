# Messages sur les banques de questions (diagnum check, chargement)
check-error = erreur :
check-warning = avertissement :
check-help = aide :
check-did-you-mean = vouliez-vous dire « { $suggestion } » ?
check-ok = { $path } : aucun problème ({ $questions } questions).
check-summary = { $path } : { $errors } erreur(s), { $warnings } avertissement(s).
check-catalog-ok = { $path } : catalogue valide ({ $trainings } formations).
bank-not-found = Banque introuvable : « { $id } ». La commande « diagnum list » montre les banques disponibles.
file-unreadable = Impossible de lire « { $path } » : { $error }

bank-too-large = fichier trop gros ({ $kib } Kio) : une banque fait au plus 4 Mio
bank-syntax = erreur de syntaxe TOML : { $detail }
bank-unknown-field = champ inconnu « { $field } »
bank-missing-field = champ obligatoire manquant : « { $field } »
bank-unknown-value = valeur inconnue « { $value } » ; valeurs possibles : { $expected }
bank-wrong-type = type incorrect : on attend { $expected }, pas { $found }
bank-schema = { $detail }
bank-missing-schema = la ligne « schema = "{ $expected }" » manque en tête du fichier
bank-bad-schema = version de format « { $found } » inconnue : ce programme lit « { $expected } »
bank-unknown-section = section inconnue « { $name } »
bank-missing-section = la section [{ $name }] manque
bank-not-an-array = « { $name } » doit être une liste : écrivez [[{ $name }]]
bank-duplicate-id = identifiant « { $id } » déjà utilisé plus haut
bank-bad-id = identifiant « { $id } » invalide : lettres minuscules sans accent, chiffres et tirets seulement
bank-empty-text = le texte « { $field } » est vide
bank-unknown-competence = compétence inconnue « { $id } »
bank-unknown-training = formation inconnue « { $id } »
bank-unknown-palier = palier inconnu « { $id } »
bank-unknown-crcn = code CRCN inconnu « { $code } » : les codes vont de 1.1 à 5.2
bank-no-domain = une compétence sans code CRCN doit donner son « domain »
bank-competence-both = écrivez soit « competence », soit « competences », pas les deux
bank-competence-missing = la question ne dit pas quelle compétence elle évalue (« competence = "…" »)
bank-level-range = niveau { $level } hors limites : de 1 à 8
bank-single-correct = une question « single » a exactement un bon choix (ici : { $count })
bank-multiple-correct = une question « multiple » a au moins un bon choix (« correct = true »)
bank-too-few-choices = il faut au moins 2 choix (ici : { $count })
bank-field-not-for-type = le champ « { $field } » ne sert pas pour une question de type « { $kind } »
bank-missing-field-for-type = une question de type « { $kind } » a besoin du champ « { $field } »
bank-typo-ratio = typo_ratio vaut { $value } : il doit être entre 0 et 0.25
bank-no-paliers = la banque n'a aucun palier ([[paliers]])
bank-first-palier = le premier palier doit commencer à 0 (ici : { $min })
bank-paliers-order = seuil { $min } trop bas : il doit être plus grand que celui du palier précédent ({ $previous }) ; rangez les paliers par seuil croissant
bank-percent-range = pourcentage { $value } hors limites : de 0 à 100
bank-condition = une condition a exactement un comparateur (below_percent, at_least_percent, below_level ou at_least_level) ; ici : { $count }
bank-empty-recommend = la règle ne recommande aucune formation
bank-no-questions = la banque n'a aucune question ([[questions]])
bank-no-competences = la banque n'a aucune compétence ([[competences]])
bank-catalog-not-found = catalogue de formations « { $id } » introuvable (ni à côté de la banque, ni dans le dossier des banques, ni intégré)
bank-catalog-invalid = le catalogue « { $id } » a des erreurs : lancez « diagnum check { $path } »
bank-aptic-level = niveau APTIC { $level } hors limites : 1, 2 ou 3
bank-zero-duration = une durée ou un nombre de séances ne peut pas valoir 0
bank-missing-service = champ « service » manquant : le service de cette formation, un des 9 des lieux de médiation numérique (par exemple service = "outils-du-quotidien" ; liste dans docs/bank-format.md §6)
bank-not-a-bank = ce fichier n'est ni une banque ni un catalogue diagnum
bank-not-utf8 = le fichier n'est pas enregistré en UTF-8 : ce caractère est sans doute « { $char } », écrit en Windows-1252 par un ancien logiciel
bank-utf16 = le fichier est enregistré en UTF-16 (« Unicode » dans le Bloc-notes) : diagnum lit l'UTF-8
bank-decimal-comma = nombre écrit avec une virgule : « { $value } »
bank-french-boolean = « { $word } » n'est pas une valeur que diagnum comprend : oui ou non s'écrit true ou false
bank-curly-quotes = guillemets typographiques (“ ” ou « ») : un traitement de texte les a mis à la place des guillemets droits "
bank-control-character = caractère invisible ({ $code }) dans le fichier, sans doute venu d'un copier-coller
bank-missing-quote = guillemet fermant oublié après « { $text } »
bank-missing-opening-quote = guillemet ouvrant oublié : un texte commence et finit par "
bank-negative = nombre négatif { $value } : ce champ attend un nombre entier positif ou zéro
bank-too-big = nombre { $value } trop grand pour ce champ (au plus { $max })
bank-competence-label = « { $label } » est le libellé d'une compétence : ici, on écrit son identifiant
bank-warn-no-question = la compétence « { $id } » n'a aucune question
bank-warn-no-explanation = la question n'a pas d'explication (« explanation ») : la personne n'apprendra rien si elle se trompe
bank-warn-no-falc = la question n'a pas de version FALC (« prompt_falc »)
hint-syntax-string = un texte s'écrit entre guillemets droits "…" sur une seule ligne ; vérifiez le guillemet fermant (pour plusieurs lignes : """…""")
hint-syntax-duplicate = ce champ est écrit deux fois dans la même section ; gardez-en un seul
hint-syntax-array = une liste s'écrit entre crochets [ … ], ses éléments séparés par des virgules ; une section répétée s'écrit [[nom]]
hint-syntax-line = chaque ligne est de la forme nom = valeur ; un texte va entre guillemets, un nombre sans
hint-save-utf8 = dans le Bloc-notes : Fichier › Enregistrer sous, en bas Codage : UTF-8, puis Enregistrer ; dans LibreOffice : Enregistrer sous, cochez « Éditer les paramètres du filtre », jeu de caractères Unicode (UTF-8). Relancez ensuite diagnum check
hint-not-an-array = une section qui se répète s'écrit avec deux crochets de chaque côté : [[{ $name }]], une fois avant chaque élément
hint-decimal-comma = écrivez { $fixed }, avec un point : dans un fichier de banque, la virgule sépare les éléments d'une liste
hint-french-boolean = écrivez { $key } = { $value }, en minuscules et sans guillemets (true = vrai, false = faux)
hint-curly-quotes = remplacez-les par des guillemets droits " (touche 3 du clavier) ; pour éviter cela, écrivez la banque dans un éditeur de texte (Bloc-notes) plutôt que dans un traitement de texte
hint-control-character = effacez ce passage et retapez-le au clavier
hint-missing-quote = ajoutez " après « { $text } » : chaque texte s'ouvre et se ferme par un guillemet droit, par exemple {"{"} text = "…", feedback = "…" {"}"}
hint-missing-opening-quote = écrivez nom = "texte", avec un guillemet droit avant et après le texte
hint-number-range = écrivez un nombre entier positif sans signe moins, par exemple 0, 1 ou 40
hint-number-too-big = écrivez un nombre plus petit : un niveau va de 1 à 8, un pourcentage de 0 à 100, une durée se compte en minutes
hint-competence-label = écrivez competence = "{ $id }" (l'id de la section [[competences]], sans accent ni espace)
hint-bool = écrivez true (vrai) ou false (faux), sans guillemets
hint-unquote-number = un nombre s'écrit sans guillemets : retirez-les, par exemple level = 1
type-integer = un nombre entier
type-number = un nombre
type-text = un texte
type-list = une liste [ … ]
type-bool = true ou false
type-table = un tableau { "{" } … { "}" }
bank-warn-missing-level = la compétence « { $id } » n'a aucune question de niveau { $level }, alors que la banque annonce ce niveau (levels)
bank-order-items = une question « order » a de 3 à 6 éléments à remettre dans l'ordre (ici : { $count })
bank-max-questions-zero = max_questions vaut 0 : il faut au moins 1 question
bank-warn-only-for-mode = le champ « { $field } » ne sert qu'en mode « { $mode } » (mode = "{ $mode }") : il est ignoré ici
bank-warn-no-tube = en mode adaptatif, une question sans « tube » ne permet aucune déduction : elle sera posée à part
bank-unknown-key = touche inconnue « { $key } » : écrivez un seul caractère (« A », « @ », « é ») ou l'un de ces noms : { $names }
bank-key-escape = la touche Échap sert à quitter le diagnostic : un exercice ne peut pas la demander
bank-key-modifier = un terminal ne voit pas la touche « { $key } » pressée seule : demandez le caractère qu'elle sert à taper (key = "A" pour Maj, key = "@" pour AltGr)
bank-attempts-range = attempts vaut { $value } : de 1 à 9 essais
bank-target-too-long = le texte de la cible a { $count } caractères : { $max } au plus, pour tenir dans le bouton dessiné à l'écran
