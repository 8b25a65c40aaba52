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
cli-theme = Couleurs du plein écran : default, mono (sans couleur, choisi tout seul avec NO_COLOR ou TERM=linux) ou contrast (fort contraste)
cli-ascii = Cadres et symboles en ASCII seulement, pour les consoles qui affichent mal les traits
cli-spacing = Espacement des listes : normal ou large (une ligne vide entre les réponses, pour mieux voir)
cli-no_mouse = Ne pas utiliser la souris (qui sert à cliquer les réponses et les boutons)
