# Mode borne (diagnum kiosk) : fichier de configuration
kiosk-out-of-range = « { $field } » vaut { $value } : il faut un nombre de secondes entre { $min } et { $max }
kiosk-plain-code = le code administrateur est écrit en clair : il ne doit jamais l'être, seule son empreinte va dans ce fichier
kiosk-bad-code = cette empreinte de code est incomplète ou abîmée (coupée au copier-coller ?)
kiosk-hint-hash-code = aide : lancez « diagnum kiosk hash-code », tapez le code deux fois, puis collez la ligne « admin_code = … » qu'il affiche
kiosk-no-banks = « banks » est vide : donnez au moins une banque, par exemple banks = ["abc-diag"]
kiosk-bank-not-found = banque introuvable : « { $id } »
kiosk-bank-invalid = la banque « { $id } » a des erreurs : lancez « diagnum check { $path } »
kiosk-hint-list = aide : « diagnum list » montre les banques disponibles et leur identifiant
