# Limites du chargement et avertissements sur la banque entière (diagnum check)
bank-nesting = trop d'imbrications : des crochets [ ] ou des accolades {"{"} {"}"} sont ouverts les uns dans les autres sans être refermés
hint-nesting = une banque n'imbrique jamais plus de deux ou trois niveaux ; vérifiez que chaque [ et chaque {"{"} est refermé
bank-too-many = trop d'entrées dans [[{ $name }]] ({ $count }) : { $max } au plus ; une banque aussi longue se découpe en plusieurs fichiers
bank-warn-unreachable-palier = le palier « { $id } » ne peut jamais être atteint : avec ces questions, aucun pourcentage de réussite possible ne tombe entre son seuil et celui du palier suivant
bank-warn-rule-paliers = cette règle ne s'applique jamais : aucun de ses paliers ne peut être atteint
bank-warn-rule-contradiction = cette règle ne s'applique jamais : ses conditions sur « { $competence } » se contredisent (aucun pourcentage ou niveau ne les remplit toutes)
bank-warn-rule-not-measured = cette règle ne s'applique jamais : la compétence « { $competence } » n'a aucune question mesurée (une compétence non évaluée ne remplit aucune condition)
bank-warn-rule-level = cette règle ne s'applique jamais : « { $competence } » ne peut pas dépasser le niveau { $max } avec ses questions, et la condition demande au moins { $level }
bank-warn-rule-after-stop = cette règle n'est jamais évaluée : la règle « { $rule } » plus haut s'applique toujours et a « stop = true »
bank-warn-training-unused = la formation « { $id } » n'est jamais recommandée : aucune règle d'orientation ([[orientation]]) qui peut s'appliquer ne la cite
bank-warn-escaped-control = « { $escape } » écrit dans un texte est un caractère invisible (une commande pour le terminal) : diagnum l'efface à l'affichage, la personne ne verra donc pas ce qui est écrit ici
hint-escaped-control = retirez « { $escape } » ; pour un saut de ligne, écrivez \n
bank-warn-duplicate-prompt = même énoncé que la question « { $other } » : la personne croira à une erreur
bank-warn-accept-collision = cette réponse acceptée est la même que « { $other } » une fois les majuscules, accents et ponctuation ignorés (tolerance) : une seule suffit
bank-warn-wrong-accepted = cette mauvaise réponse est acceptée comme juste (elle ressemble à « { $accept } » avec la tolérance de la question) : son retour ne sera jamais montré
bank-warn-same-position = les { $count } questions à choix unique non mélangées ont toutes leur bonne réponse en position { $position } : la personne peut la deviner sans lire ; mélangez les choix (shuffle) ou variez la place de la bonne réponse
bank-warn-duration-short = durée annoncée de { $minutes } min pour { $questions } questions, soit { $seconds } s par question : c'est trop court ; corrigez estimated_minutes
bank-warn-duration-long = durée annoncée de { $minutes } min pour { $questions } question(s), soit plus de 10 minutes par question : corrigez estimated_minutes
bank-more-syntax = { $count } autre(s) erreur(s) de syntaxe plus bas, sans doute causées par la première : corrigez-la, puis relancez diagnum check
hint-syntax-unclosed = un crochet [ ou une accolade {"{"} ouvert plus haut n'est jamais refermé : cherchez la liste ou le tableau où il manque ] ou {"}"}
bank-warn-device-without-ask = « device » ne sert que si la banque demande d'abord quel appareil la personne utilise (ask_device = true dans [bank]) : ici, la question est posée à tout le monde
bank-warn-ask-device-unused = ask_device = true, mais aucune question n'a de champ « device » : la question sur l'appareil ne changerait rien ; retirez ask_device, ou écrivez device = "computer" ou "phone" sur les questions propres à un appareil
bank-warn-legacy-category = category = "{ $category }" vient de l'ancienne liste de l'ANCT : il est lu comme service = "{ $service }" ; écrivez plutôt cette ligne (les 9 services des lieux de médiation numérique, docs/bank-format.md §6)
bank-warn-placeholder = { $field } est encore le texte d'exemple « À ADAPTER » : la personne ne le verra pas ; remplacez-le par l'information de votre lieu
bank-warn-length-longest = dans { $count } questions à choix unique sur { $total }{ $falc ->
    [yes] { " " }(textes FALC des choix)
   *[no] {""}
}, la bonne réponse est strictement la plus longue : au-delà d'un tiers, choisir toujours la réponse la plus longue suffit pour réussir sans rien savoir ; allongez des mauvais choix ou raccourcissez des bonnes réponses, d'abord dans : { $worst }
bank-warn-length-shortest = dans { $count } questions à choix unique sur { $total }{ $falc ->
    [yes] { " " }(textes FALC des choix)
   *[no] {""}
}, la bonne réponse est strictement la plus courte : au-delà d'un tiers, choisir toujours la réponse la plus courte suffit pour réussir sans rien savoir ; variez les longueurs, d'abord dans : { $worst }
bank-warn-length-multiple = dans les questions à choix multiples{ $falc ->
    [yes] { " " }(textes FALC des choix)
   *[no] {""}
}, les bons choix font en moyenne { $percent } % de la longueur des mauvais : à plus d'un quart d'écart, la longueur trahit la réponse ; rapprochez les longueurs, d'abord dans : { $worst }
