# Outils des formateurs : nouvelle banque, import, export, aperçu
new-done = Banque créée : { $path }. Modifiez-la avec un éditeur de texte, puis vérifiez-la avec « diagnum check { $path } » puis regardez-la question par question avec « diagnum preview { $path } ».
new-exists = « { $path } » existe déjà : diagnum new n'écrase jamais un fichier. Choisissez un autre nom.
new-failed = Impossible d'écrire « { $path } » : { $error }
import-general = Général
import-true = Vrai
import-false = Faux
import-domain = À préciser
import-too-large = fichier trop gros (4 Mio au plus)
import-header = Banque importée de { $source } par « diagnum import ».
    À faire avant de l'utiliser : vérifier les niveaux (level = 1 quand le fichier ne le disait pas),
    écrire les versions FALC (prompt_falc), préciser les domaines des compétences,
    adapter les paliers, puis ajouter formations et orientation (voir docs/bank-format.md).
    Vérifiez ensuite avec « diagnum check ».
import-header-skipped = Non importé (ligne du fichier d'origine) :
import-header-changed = Importé, à relire (ligne du fichier d'origine) :
import-palier-a-accompagner = À accompagner
import-palier-a-accompagner-learner = Vous débutez : on va vous accompagner pas à pas.
import-palier-a-accompagner-mediator = Prévoir un accompagnement individuel.
import-palier-a-consolider = Des bases à consolider
import-palier-a-consolider-learner = Vous avez des bases : quelques ateliers vous rendront plus à l'aise.
import-palier-a-consolider-mediator = Orienter vers les ateliers collectifs.
import-palier-autonome = Autonome
import-palier-autonome-learner = Vous êtes à l'aise avec ces usages.
import-palier-autonome-mediator = Proposer des ateliers thématiques.
import-unsupported = question { $what ->
        [numerical] numérique ({ "{" }#…{ "}" })
        [matching] d'appariement (->)
        [essay] à réponse rédigée ({ "{" }{ "}" } vide)
        [cloze] à réponses intégrées (Cloze, { "{" }1:MC:…{ "}" })
       *[other] de type « { $what } »
    } : pas d'équivalent dans diagnum, non importée
import-description = texte sans réponse entre accolades { "{" } { "}" } (une description, pas une question), non importé
import-no-right-answer = aucune bonne réponse (= ou poids positif), question non importée
import-too-few-choices = il faut au moins 2 choix, question non importée
import-unclosed = accolade { "{" } jamais refermée, question non importée : ajoutez la { "}" } à la fin des réponses
import-several-blocks = deux blocs de réponses { "{" }…{ "}" } dans une même question (c'est le format Cloze de Moodle, pas du GIFT) : non importée ; faites-en une question par bloc
import-aiken-answer = réponse « { $answer } » : ce n'est pas la lettre d'un des choix (écrivez par exemple « ANSWER: B »), question non importée
import-aiken-no-answer = question sans ligne « ANSWER: » (en majuscules, par exemple « ANSWER: B ») avant la question suivante, non importée
import-aiken-not-started = choix ou ligne « ANSWER: » sans énoncé au-dessus, ignoré
import-aiken-same-letter = deux choix portent la lettre « { $letter } » : donnez à chaque choix sa lettre (A, B, C…), question non importée
import-partial-wrong = la réponse « { $answer } » valait { $percent } % dans Moodle ; diagnum n'a pas de points partiels ici : elle compte comme fausse (son retour est gardé)
import-unequal-weights = les bons choix n'avaient pas le même poids (%…%) : ici chacun compte autant (scoring = "partial")
import-several-right = plusieurs réponses marquées = : Moodle en demande une seule, n'importe laquelle ; ici la personne doit cocher toutes les bonnes (question « multiple »)
import-catch-all = réponse « * » (toute autre réponse) : pas d'équivalent, son retour est perdu
import-punctuation = la réponse « { $answer } » n'est faite que de signes : la ponctuation compte pour cette question (tolerance = { "{" } punctuation = false { "}" })
import-media = { $kind ->
        [image] { $count } image(s) retirée(s), remplacée(s) par [image]
        [sound] { $count } son(s) retiré(s), remplacé(s) par [son]
        [video] { $count } vidéo(s) retirée(s), remplacée(s) par [vidéo]
       *[other] { $count } contenu(s) intégré(s) retiré(s), remplacé(s) par [contenu intégré]
    } : diagnum n'affiche que du texte ; décrivez en mots ce qu'il faut voir ou entendre, ou retirez la question
import-missing-blank-line = pas de ligne vide avant cette question : elle est importée à part, mais Moodle la collerait à la précédente ; ajoutez une ligne vide dans le fichier d'origine
import-late-feedback = retour général (####) écrit après l'accolade fermante : pris comme explication ; dans Moodle, il se met avant la { "}" }
import-encoding = fichier lu en { $encoding } (il n'était pas en UTF-8) : vérifiez les accents dans la banque écrite
import-mark-image = image
import-mark-sound = son
import-mark-video = vidéo
import-mark-embed = contenu intégré
import-nothing = Aucune question n'a pu être importée de « { $path } ».
import-summary = { $questions } question(s) importée(s).{ $skipped ->
        [0] {""}
       *[other] {" "}Non importé : { $skipped } élément(s) (types que diagnum n'a pas, textes sans question, erreurs), voir les lignes ci-dessus.
    }{ $changed ->
        [0] {""}
       *[other] {" "}À relire : { $changed } remarque(s) sur des questions importées.
    }{ $formatted ->
        [0] {""}
       *[other] {" "}Mise en forme (HTML, Markdown) convertie en texte dans { $formatted } question(s).
    }{ $errors ->
        [0] {""}
       *[other] {" "}Et { $errors } erreur(s) dans la banque écrite : lancez diagnum check.
    }
export-not-exported = question « { $id } » (type { $kind }) : GIFT n'a pas ce type, non exportée
export-tolerance = question « { $id } » : la tolérance (tolerance) des réponses libres n'existe pas en GIFT ; Moodle comparera à sa façon
export-summary = { $questions } question(s) exportée(s) sur { $total }.
import-unusable = question ignorée, elle ne serait pas valide : { $why }
preview-title = Aperçu : { $title } ({ $path }) · { $errors } erreur(s), { $warnings } avertissement(s){ $reloads ->
        [0] {""}
       *[other] {" "}· rechargé
    }
preview-keys = ↑↓ question · numéro puis Entrée : y aller · ←→ défiler · R recharger le fichier · P problèmes · Q quitter
preview-jump = Aller à la question { $number } : Entrée pour valider
preview-has-errors = Le fichier a des erreurs : la banque ne peut pas être utilisée. Corrigez-le dans votre éditeur, enregistrez, puis appuyez sur R pour le recharger.
preview-all-problems = Tous les problèmes du fichier (P pour revenir aux questions) :
preview-none = (aucun)
preview-question-head = Question { $number } / { $total } · { $id } · { $kind } · niveau { $level } · tube { $tube }
preview-competence = Compétence : { $competence }
preview-prompt = Énoncé :
preview-falc = Énoncé FALC (--falc, touche F) :
preview-explanation = Explication (montrée à la fin) :
preview-problems = Problèmes de cette question (ligne du fichier) :
preview-right = [juste]
preview-wrong = [faux]
preview-choices = Choix, dans l'ordre montré (non mélangés) :
preview-choices-shuffled = Choix, dans l'ordre du fichier (mélangés à l'écran) :
preview-feedback = retour : { $text }
preview-all-or-nothing = Points : tout juste ou rien (all_or_nothing)
preview-partial = Points : crédit partiel (partial)
preview-order = Ordre attendu (mélangé à l'écran) :
preview-accept = Réponses acceptées (la première est montrée comme bonne réponse), puis erreurs prévues :
preview-tolerance = Ignorer les majuscules : { $case } · les accents : { $accents } · la ponctuation : { $punctuation } · fautes de frappe tolérées (typo_ratio) : { $typo }
preview-yes = oui
preview-no = non
preview-task-key = Exercice : appuyer sur la touche { $key } ({ $attempts } essai(s))
preview-task-type = Exercice : taper exactement ce texte :
preview-task-click = Exercice : cliquer sur la cible « { $target } » ({ $attempts } essai(s))
preview-task-double-click = Exercice : double-cliquer sur la cible « { $target } » ({ $attempts } essai(s))
preview-observation = Le médiateur répond : Oui (1 point), Avec de l'aide (0,5), Non (0) ou Pas observé
preview-self = La personne répond : Seul(e), Avec de l'aide, Pas du tout (compté à part)
preview-no-bank = banque inutilisable
preview-at-line = ligne { $line } :
