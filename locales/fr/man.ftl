# Page de manuel (diagnum.1), écrite par « cargo run --example dist-assets » ; pas dans le programme.
# Une ligne « terme :: explication » devient une entrée de liste ; une ligne vide, un paragraphe.
man-manual = Manuel de diagnum
man-section-name = NOM
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-commands = COMMANDES
man-section-files = FICHIERS
man-section-environment = ENVIRONNEMENT
man-section-exit = CODE DE RETOUR
man-section-examples = EXEMPLES
man-section-see-also = VOIR AUSSI
man-possible-values = Valeurs possibles :
man-default = par défaut :
man-description =
    diagnum fait passer un diagnostic rapide des compétences numériques, hors ligne, dans un terminal, pour la médiation numérique (médiathèques, associations, France Services). La personne répond à une vingtaine de questions de la vie courante et fait de petits exercices ; « Je ne sais pas » est toujours une réponse possible.

    Sans commande, diagnum ouvre en plein écran le choix de la banque de questions, puis le diagnostic. On répond avec les chiffres ou les flèches puis Entrée, 0 pour « je ne sais pas », Échap pour quitter. Les résultats (un niveau par compétence du cadre CRCN, un palier, une orientation vers les ateliers du lieu) restent affichés à la fin.

    Chaque réponse est enregistrée sur le disque avant la question suivante : un diagnostic interrompu se reprend là où il s'était arrêté.
man-options-intro = Ces options valent pour toutes les commandes.
man-files =
    ~/.local/share/diagnum/ :: Dossier de données (sous Windows : %APPDATA%\diagnum\diagnum\data\), remplacé par --data-dir ou DIAGNUM_DATA_DIR.
    sessions/JOUR/HEURE-NUMÉRO.jsonl :: Un fichier par diagnostic, dans le dossier de données, lisible par son seul propriétaire.
    banks/ :: Les banques de questions de l'utilisateur, dans le dossier de données ; une banque qui porte l'identifiant d'une banque intégrée la remplace.
    kiosk.toml :: Configuration du mode borne, dans le dossier de données, si --config n'est pas donné.
    /usr/share/doc/diagnum/examples/ :: Une configuration de borne et un service systemd d'exemple.
man-environment =
    DIAGNUM_DATA_DIR :: Dossier de données, comme --data-dir.
    DIAGNUM_LANG :: Langue de l'interface (fr ou en), comme --lang ; vaut sur tous les systèmes.
    LANGUAGE, LC_ALL, LC_MESSAGES, LANG :: Langue du système, lue après --lang et DIAGNUM_LANG (sinon : français).
    NO_COLOR :: S'il est défini et non vide, le plein écran est sans couleur (thème mono), sauf --theme.
    TERM :: Avec linux ou dumb, le thème mono est choisi tout seul.
    DIAGNUM_LP :: Commande d'impression à utiliser à la place de lp.
man-exit =
    0 :: Tout s'est bien passé.
    1 :: Erreur (fichier illisible, banque fausse, résultats impossibles à écrire) ; le message dit pourquoi.
    2 :: Commande incomprise, pas de terminal pour le plein écran, ou avertissements avec check --deny-warnings.
    3 :: Diagnostic en mode texte (--plain) interrompu avant la fin ; le message donne le numéro pour le reprendre.
    129, 143 :: Arrêté par SIGHUP (terminal fermé) ou SIGTERM (kill, arrêt du système) pendant le plein écran ou la borne : le terminal est rendu tel qu'il était (la borne efface l'écran) ; un diagnostic en cours peut être repris.
    141 :: La sortie a été fermée avant la fin (diagnum results export | head) : rien d'autre n'est dit.
man-examples =
    diagnum :: Choisir une banque et faire passer le diagnostic en plein écran.
    diagnum run abc-diag --plain :: Le diagnostic rapide en mode texte, ligne à ligne (lecteur d'écran, vieux terminal).
    diagnum run --resume NUMÉRO --plain :: Reprendre un diagnostic interrompu.
    diagnum results print NUMÉRO --out fiche.html :: La fiche A4 à remettre à la personne.
    diagnum results export --out chiffres.csv :: Une ligne par diagnostic, pour le financeur (Excel, LibreOffice).
    diagnum kiosk --config /etc/diagnum/kiosk.toml :: Le mode borne, sur un PC en libre accès.
man-see-also = Le fichier README.md et les guides de /usr/share/doc/diagnum/ ; le format des banques : docs/bank-format.md dans les sources.
