# Outils des formateurs : nouvelle banque, import, export, aperçu
new-done = Banque créée : { $path }. Modifiez-la avec un éditeur de texte, puis vérifiez-la avec « diagnum check { $path } » et essayez-la avec « diagnum run { $path } ».
new-exists = « { $path } » existe déjà : diagnum new n'écrase jamais un fichier. Choisissez un autre nom.
new-failed = Impossible d'écrire « { $path } » : { $error }
