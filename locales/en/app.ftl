# app
app-name = diagnum
