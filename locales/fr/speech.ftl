# Lecture à voix haute : ce que la voix dit (dans la langue de la banque), et comment elle
# doit prononcer ce qu'elle lirait mal.

# Ce qui est lu d'un écran.
speech-choice = Réponse { $n } : { $text }
speech-item = Numéro { $n } : { $text }
speech-several = Plusieurs réponses sont possibles.
speech-order = Remettez ces éléments dans le bon ordre.
speech-write = Écrivez votre réponse.
speech-type-model = Le texte à écrire : { $text }
speech-result = Votre résultat : { $palier }.
speech-training = Formation { $n } : { $text }

# Ce que l'écran dit quand la lecture ne peut pas se faire.
notice-no-voice = Pas de voix sur cet ordinateur pour lire à voix haute. Le médiateur peut installer espeak-ng (voir le guide).
notice-speech-failed = La lecture à voix haute n'a pas pu démarrer.
plain-no-voice = (Pas de voix sur cet ordinateur pour lire à voix haute : les questions restent écrites.)

# Les mots dits à la place des signes et des sigles.
speech-at = arobase
speech-dot = point
speech-slash = slash
speech-underscore = tiret bas
speech-www = w w w
speech-email = imèle
speech-emails = imèles
speech-mail = mèle
speech-mails = mèles
speech-wifi = Wi-Fi
speech-falc = facile à lire et à comprendre
speech-number-sign = numéro
speech-gap = blanc
speech-first-m = premier
speech-first-f = première
speech-euro-sign = euros
speech-euros = { $euros } { $euros ->
    [one] euro
   *[other] euros
}
speech-euros-cents = { $euros } { $euros ->
    [one] euro
   *[other] euros
} { $cents }
speech-cents = { $cents } centimes
