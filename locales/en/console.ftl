# The console window on Windows
console-press-enter = Press Enter to close this window.
