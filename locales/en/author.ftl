# Trainers' tools: new bank, import, export, preview
new-done = Bank created: { $path }. Edit it with a text editor, then check it with “diagnum check { $path }” and try it with “diagnum run { $path }”.
new-exists = “{ $path }” already exists: diagnum new never overwrites a file. Choose another name.
new-failed = Cannot write “{ $path }”: { $error }
