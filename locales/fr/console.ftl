# La fenêtre de console sous Windows
console-press-enter = Appuyez sur Entrée pour fermer cette fenêtre.
