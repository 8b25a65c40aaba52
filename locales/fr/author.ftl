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
import-header-notes = Non converti (ligne du fichier d'origine) :
import-palier-a-accompagner = À accompagner
import-palier-a-accompagner-learner = Vous débutez : on va vous accompagner pas à pas.
import-palier-a-accompagner-mediator = Prévoir un accompagnement individuel.
import-palier-a-consolider = Des bases à consolider
import-palier-a-consolider-learner = Vous avez des bases : quelques ateliers vous rendront plus à l'aise.
import-palier-a-consolider-mediator = Orienter vers les ateliers collectifs.
import-palier-autonome = Autonome
import-palier-autonome-learner = Vous êtes à l'aise avec ces usages.
import-palier-autonome-mediator = Proposer des ateliers thématiques.
import-unsupported = question de type « { $what } » : pas d'équivalent dans diagnum, ignorée
import-description = texte sans réponse entre accolades { "{" } { "}" } (description), ignoré
import-no-right-answer = aucune bonne réponse (= ou poids positif), question ignorée
import-too-few-choices = il faut au moins 2 choix, question ignorée
import-unclosed = accolade { "{" } jamais refermée, question ignorée
import-weights = crédit partiel (%…%) ramené à juste ou faux
import-html = balises HTML retirées de l'énoncé
import-aiken-answer = réponse « { $answer } » : ce n'est pas la lettre d'un des choix, question ignorée
import-aiken-no-answer = question sans ligne « ANSWER: », ignorée
import-nothing = Aucune question n'a pu être importée de « { $path } ».
import-summary = { $questions } question(s) importée(s), { $notes } élément(s) non converti(s){ $errors ->
        [0] .
       *[other] , et { $errors } erreur(s) dans la banque écrite : lancez diagnum check.
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
