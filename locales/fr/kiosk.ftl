# Mode borne (diagnum kiosk) : fichier de configuration
kiosk-out-of-range = « { $field } » vaut { $value } : il faut un nombre de secondes entre { $min } et { $max }
kiosk-speech-rate = « speech_rate » vaut { $value } : il faut un pourcentage de la vitesse normale de la voix, entre { $min } et { $max } (80 par défaut : un peu plus lent, pour les débutants)
kiosk-plain-code = le code administrateur est écrit en clair : il ne doit jamais l'être, seule son empreinte va dans ce fichier
kiosk-bad-code = cette empreinte de code est incomplète ou abîmée (coupée au copier-coller ?)
kiosk-hint-hash-code = aide : lancez « diagnum kiosk hash-code », tapez le code deux fois, puis collez la ligne « admin_code = … » qu'il affiche
kiosk-no-banks = « banks » est vide : donnez au moins une banque, par exemple banks = ["abc-diag"]
kiosk-bank-not-found = banque introuvable : « { $id } »
kiosk-bank-invalid = la banque « { $id } » a des erreurs : lancez « diagnum check { $path } »
kiosk-hint-list = aide : « diagnum list » montre les banques disponibles et leur identifiant

# Mode borne : écrans
kiosk-welcome-big = Bonjour
kiosk-welcome-what = Testez vos compétences numériques : ordinateur, internet, téléphone.
kiosk-welcome-time = Environ { $minutes } minutes, sans limite de temps.
kiosk-welcome-time-range = De { $min } à { $max } minutes environ, sans limite de temps.
kiosk-welcome-anonymous = Anonyme : on ne vous demande ni votre nom, ni votre adresse.
kiosk-welcome-dont-know = Si vous ne savez pas, ce n'est pas grave : il y a toujours « Je ne sais pas ».
kiosk-welcome-start = Appuyez sur la touche Entrée pour commencer
kiosk-welcome-language = Langue :
kiosk-welcome-language-keys = (flèches ← →)
kiosk-hints-welcome = Entrée commencer · ← → langue
kiosk-hints-welcome-one-language = Entrée commencer
kiosk-refused-welcome = Pour commencer, appuyez sur la touche Entrée.
kiosk-refused-visitor = Cette touche ne sert pas ici. Pour arrêter votre diagnostic : touche Échap.
kiosk-refused-end = Pour terminer, appuyez sur la touche Entrée.
kiosk-stop-title = Arrêter ?
kiosk-stop-question = Voulez-vous arrêter votre diagnostic ? Vos réponses seront effacées de l'écran et l'accueil reviendra.
kiosk-stop-continue = Continuer
kiosk-stop-stop = Arrêter
kiosk-idle-question = Vous êtes toujours là ?
kiosk-idle-continue = Appuyez sur une touche pour continuer.
kiosk-idle-then = Sinon, dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}, le diagnostic s'arrête et l'écran est effacé pour la personne suivante.
kiosk-end-big = Merci !
kiosk-end-done = Votre diagnostic est terminé.
kiosk-end-lieu = Pour vous inscrire à un atelier, adressez-vous à l'accueil :
kiosk-end-no-lieu = Pour la suite, adressez-vous à l'accueil : une personne vous aidera à choisir un atelier.
kiosk-end-print = Touche I : imprimer votre fiche (vos résultats et les ateliers conseillés).
kiosk-print-pending = Envoi de votre fiche à l'imprimante, un instant…
kiosk-print-sent = Votre fiche part à l'imprimante : demandez-la à l'accueil.
kiosk-print-failed = L'impression n'a pas marché. Demandez de l'aide à l'accueil.
kiosk-end-finish = Appuyez sur Entrée pour terminer : vos réponses seront effacées de l'écran.
kiosk-hints-end = Entrée terminer
kiosk-hints-end-print = I imprimer la fiche · Entrée terminer
kiosk-admin-title = Administration
kiosk-admin-code = Code administrateur :
kiosk-admin-wrong = Code incorrect.
kiosk-admin-wait = Code incorrect. Nouvel essai possible dans { $seconds } s.
kiosk-admin-keys = Entrée valider · Échap annuler
kiosk-admin-no-code = Aucun code administrateur n'est réglé : cette borne ne se ferme pas au clavier.
kiosk-admin-how-to-stop = Pour l'arrêter maintenant : fermez la fenêtre du terminal, ou, depuis un autre terminal, « kill { $pid } » (avec systemd : « systemctl stop diagnum-kiosk »).
kiosk-admin-how-to-set = Pour régler un code : « diagnum kiosk hash-code », puis collez la ligne admin_code dans la configuration de la borne (voir docs/kiosk.md).
kiosk-admin-close = Échap ou Entrée : fermer

# Mode borne : commandes
kiosk-default-config = configuration par défaut
kiosk-not-a-terminal = Le mode borne s'affiche en plein écran : lancez « diagnum kiosk » dans un terminal (console texte ou terminal en plein écran).
kiosk-stopped = Borne arrêtée avec le code administrateur.
kiosk-check-ok = { $name } : configuration valide.
kiosk-check-banks = Banques : { $banks }
kiosk-check-idle = Inactivité : « Vous êtes toujours là ? » après { $after } s sans touche, puis { $countdown } s de compte à rebours avant de tout effacer
kiosk-check-code = Code administrateur : réglé (Ctrl+K trois fois, puis le code, pour fermer la borne)
kiosk-check-no-code = Code administrateur : aucun. La borne ne se fermera pas au clavier ; pour en régler un : « diagnum kiosk hash-code »
kiosk-check-no-print = Impression de la fiche : non
kiosk-check-print-default = Impression de la fiche : oui, sur l'imprimante par défaut (lp)
kiosk-check-print = Impression de la fiche : oui, sur « { $printer } » (lp -d { $printer })
kiosk-check-speak = Lecture à voix haute : chaque question est lue dès qu'elle s'affiche, puis les résultats (et la touche L à tout moment), à { $rate } % de la vitesse normale de la voix
kiosk-check-speak-on-demand = Lecture à voix haute : à la demande (touche L ou bouton « Écouter »), à { $rate } % de la vitesse normale de la voix ; pour lire chaque question : speak = true
kiosk-check-no-commune = Lieux proches : aucune commune (ajoutez commune = "…" pour montrer aux visiteurs les lieux de médiation numérique proches)
kiosk-check-commune = Lieux proches de { $commune } : { $count ->
    [one] 1 lieu de cette commune
   *[other] { $count } lieux de cette commune
} dans le fichier importé ; les plus proches offrant ce dont chaque visiteur a besoin sont montrés à la fin
kiosk-check-commune-unknown = Lieux proches de { $commune } : cette commune n'est pas dans le fichier importé (vérifiez l'orthographe, ou écrivez le code postal) ; aucun lieu ne sera montré
kiosk-check-commune-no-file = Lieux proches de { $commune } : aucun fichier de lieux importé (diagnum lieux import FICHIER) ; aucun lieu ne sera montré
kiosk-check-voice = Voix : { $voice }
kiosk-check-no-voice = Voix : aucune trouvée sur cet ordinateur ; la touche L le dira aux visiteurs. Sous Linux : installer espeak-ng (sudo apt install espeak-ng)
kiosk-hash-prompt = Code administrateur (rien ne s'affiche pendant la frappe) :
kiosk-hash-again = Le même code, une seconde fois :
kiosk-hash-cancelled = Annulé : aucun code n'a été créé.
kiosk-hash-too-short = Ce code est trop court : au moins { $min } caractères.
kiosk-hash-too-long = Ce code est trop long : { $max } caractères au plus.
kiosk-hash-mismatch = Les deux codes tapés sont différents : rien n'a été créé. Recommencez.
kiosk-hash-paste = Collez la ligne suivante dans le fichier de configuration de la borne (elle ne contient pas le code, seulement son empreinte) :
kiosk-config = Problème dans la configuration de la borne
kiosk-check-observations = Attention : dans « { $bank } », la compétence « { $competence } » est mesurée surtout par des observations du médiateur ({ $observations } sur { $measured } questions). À la borne, la personne est seule et ces observations ne sont jamais posées : cette compétence y sera peu ou pas évaluée.
