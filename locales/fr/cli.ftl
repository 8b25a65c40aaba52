# Aide de la ligne de commande
cli-about = Diagnostic rapide des compétences numériques, hors ligne, dans le terminal.
cli-template-top = {"{"}about{"}"}

    Utilisation : {"{"}usage{"}"}

    {"{"}all-args{"}"}

    Sans commande, diagnum ouvre le choix de la banque puis le diagnostic en plein écran.
cli-template = {"{"}about{"}"}

    Utilisation : {"{"}usage{"}"}

    {"{"}all-args{"}"}
cli-heading-options = Options
cli-heading-commands = Commandes
cli-help = Afficher cette aide
cli-version = Afficher la version
cli-lang = Langue de l'interface : fr ou en (par défaut : celle du système, sinon fr)
cli-data_dir = Dossier des résultats et des banques de l'utilisateur
cli-run-about = Faire passer un diagnostic
cli-run-bank = Identifiant de la banque (voir « diagnum list ») ou chemin d'un fichier .toml
cli-run-plain = Mode texte ligne à ligne (lecteur d'écran, vieux terminal, script)
cli-run-seed = Graine du mélange des choix, pour rejouer exactement un passage
cli-run-falc = Poser les questions avec des mots simples (FALC), quand la banque les donne
cli-list-about = Lister les banques disponibles (intégrées et du dossier de l'utilisateur)
cli-check-about = Vérifier des fichiers de banque et signaler chaque problème
cli-check-files = Fichiers .toml à vérifier
cli-error = Commande incomprise. Tapez « diagnum --help » pour voir les commandes.
cli-command-name = COMMANDE
cli-run-resume = Reprendre un diagnostic interrompu (son numéro, voir « diagnum results »)
cli-run-pseudonym = Pseudonyme ou numéro de dossier de la personne (facultatif : anonyme par défaut)
cli-run-age_band = Tranche d'âge, pour les chiffres du financeur (facultatif) : moins-de-12, 12-17, 18-24, 25-39, 40-59, 60-69 ou 70-et-plus
cli-run-commune = Commune de résidence ou code postal : pour les chiffres du financeur, et les lieux de médiation numérique proches dans les résultats (facultatif)
cli-results-about = Résultats enregistrés : liste, détail, comparaison, export, fiche, suppression
cli-results-plain = Liste en texte au lieu du plein écran
cli-results-show-about = Afficher un résultat en entier
cli-results-show-id = Numéro du diagnostic (les premiers caractères suffisent)
cli-results-compare-about = Comparer deux diagnostics (avant / après les ateliers)
cli-results-compare-before = Numéro du premier diagnostic
cli-results-compare-after = Numéro du second diagnostic
cli-results-export-about = Exporter une ligne par diagnostic, anonyme, pour le financeur
cli-results-export-format = Format : csv (Excel, LibreOffice) ou json ; par défaut d'après l'extension de --out, sinon csv
cli-results-export-since = Seulement les diagnostics commencés depuis cette date (AAAA-MM-JJ ou JJ/MM/AAAA)
cli-results-export-out = Fichier à écrire (par défaut : la sortie standard)
cli-results-export-with_names = Inclure les pseudonymes (sinon l'export est anonyme)
cli-results-print-about = Fiche imprimable à remettre à la personne (une page A4)
cli-results-print-id = Numéro du diagnostic
cli-results-print-format = Format : text ou html ; par défaut d'après l'extension de --out, sinon text
cli-results-print-out = Fichier à écrire (par défaut : la sortie standard)
cli-results-print-printer = Envoyer la fiche à l'imprimante (commande lp)
cli-results-print-note = Note libre du médiateur, imprimée sur la fiche
cli-results-print-mediator = Ajouter, sur une page à part, la partie du médiateur : les chiffres et les réponses données, question par question (la fiche de la personne reste sur sa page)
cli-results-purge-about = Supprimer les diagnostics commencés avant une date (durée de conservation RGPD)
cli-results-purge-before = Date limite (AAAA-MM-JJ ou JJ/MM/AAAA) : ce qui a commencé avant est supprimé
cli-results-purge-dry_run = Montrer ce qui serait supprimé, sans rien supprimer
cli-lieux-about = Les lieux de médiation numérique près des personnes : importer le fichier national (données ouvertes), voir ce qui est connu
cli-lieux-import-about = Lire le fichier national des lieux de médiation numérique (CSV ou JSON, tel que publié) et le garder dans le dossier de données ; remplace l'import précédent
cli-lieux-import-file = Le fichier téléchargé (…-lieux-de-mediation-numeriques-….csv ou .json)
cli-lieux-import-departement = Ne garder que ce département (ex. 59 ; l'option peut être répétée) ; par défaut : toute la France
cli-lieux-list-about = Ce qui est connu : date du fichier, nombre de lieux, et les lieux d'une commune ou d'un code postal
cli-lieux-list-commune = Les lieux de cette commune (« st » ou « saint », accents et tirets au choix)
cli-lieux-list-code_postal = Les lieux de ce code postal
cli-kiosk-about = Mode borne : un PC en libre accès, un diagnostic par personne, verrouillé (voir docs/kiosk.md)
cli-kiosk-config = Fichier de configuration de la borne (par défaut : kiosk.toml dans le dossier de données, s'il existe)
cli-kiosk-hash-code-about = Lire le code administrateur deux fois et afficher la ligne à coller dans la configuration
cli-kiosk-check-about = Vérifier la configuration et les banques qu'elle nomme, sans lancer la borne
cli-theme = Couleurs du plein écran : default, mono (sans couleur, choisi tout seul avec NO_COLOR ou TERM=linux) ou contrast (fort contraste)
cli-ascii = Cadres et symboles en ASCII seulement, pour les consoles qui affichent mal les traits
cli-spacing = Espacement des listes : normal ou large (une ligne vide entre les réponses, pour mieux voir)
cli-no_mouse = Ne pas utiliser la souris (qui sert à cliquer les réponses et les boutons)
cli-speak = Lire à voix haute chaque nouvelle question, et les résultats (sinon : touche L). Voix : espeak-ng sous Linux, celles de Windows ou de macOS, ou la commande de DIAGNUM_SPEECH
cli-speech_rate = Vitesse de la voix, en % de sa vitesse normale, de 50 à 200 (par défaut 80 : un peu plus lent, pour les débutants)
cli-run-no_mouse = Ne pas utiliser la souris (les exercices de clic ne sont alors pas évalués)
cli-check-deny_warnings = Sortir avec le code 2 s'il y a des avertissements (et aucune erreur), pour l'intégration continue
cli-check-format = Format du rapport : text (par défaut, à lire) ou json (pour un éditeur ou l'intégration continue)
cli-new-about = Créer une banque de départ commentée, à modifier (elle passe « diagnum check »)
cli-new-template = Modèle : quick (diagnostic rapide, par défaut) ou parcours (parcours adaptatif)
cli-new-file = Fichier .toml à créer (jamais écrasé s'il existe)
cli-import-about = Convertir un fichier Moodle GIFT ou Aiken en banque, en disant ligne par ligne ce qui n'a pas pu l'être
cli-import-format = Format du fichier : gift ou aiken
cli-import-file = Fichier à convertir
cli-import-out = Banque à écrire (par défaut : la sortie standard ; jamais écrasée si elle existe)
cli-export-bank-about = Écrire une banque dans un autre format (GIFT, pour Moodle)
cli-export-bank-format = Format : gift
cli-export-bank-bank = Identifiant de la banque ou chemin d'un fichier .toml
cli-export-bank-out = Fichier à écrire (par défaut : la sortie standard ; jamais écrasé s'il existe)
cli-preview-about = Aperçu d'une banque pour son auteur : chaque question avec ses bonnes réponses, retours, explication et version FALC ; R recharge le fichier après une modification
cli-preview-file = Fichier .toml de la banque
