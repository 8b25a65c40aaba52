# diagnum lieux: the national file of lieux de médiation numérique.
lieux-import-done = { $count ->
    [one] 1 place kept
   *[other] { $count } places kept
}, file of { $date } ({ $source }).
lieux-import-other = { $n ->
    [one] 1 place of another département left out.
   *[other] { $n } places of other départements left out.
}
lieux-import-rejected = { $n ->
    [one] 1 line rejected:
   *[other] { $n } lines rejected:
}
lieux-rejected-line = line { $line }: { $reason }
lieux-rejected-item = item { $line }: { $reason }
lieux-reason-no-name = no name (empty “nom” column)
lieux-reason-no-place = neither town nor postal code
lieux-reason-fields = { $found } fields instead of { $expected } (a misplaced comma or quote?)
lieux-reason-duplicate = id “{ $id }” already seen on line { $first }
lieux-reason-not-object = not a place (not a JSON object)
lieux-failed = Cannot import { $file }: { $why }
    The previous import is kept as it was.
lieux-error-too-large = the file is { $mb } MB, far more than the national file of places (at most { $max } MB): is it the right file?
lieux-error-not-utf8 = the text is not UTF-8 (line { $line }): take the file as downloaded; if it was opened in a spreadsheet, save it as “CSV UTF-8 (comma delimited)”.
lieux-error-empty = the file is empty.
lieux-error-separator = the columns are separated by “{ $sep }”, not by commas: take the file as downloaded, or save it as “CSV UTF-8 (comma delimited)”.
lieux-separator-tab = tab
lieux-error-missing-columns = { $n ->
    [one] the column { $columns } is missing
   *[other] the columns { $columns } are missing
}: this is not a file of lieux de médiation numérique (schema of La MedNum and the ANCT).
lieux-error-other-json = this JSON file is not a list of lieux de médiation numérique (schema of La MedNum and the ANCT): take the “lieux de médiation numérique” resource of the national dataset, as CSV or JSON.
lieux-error-bad-json = the JSON cannot be read on line { $line } ({ $detail }).
lieux-error-bad-csv = the CSV cannot be read on line { $line } ({ $detail }).
lieux-error-nothing = no line of the file is a place of the départements asked for.
lieux-error-departement = “{ $value }” is not a département number (for example 59, 2A or 974).
lieux-none = No file of places imported. Download the national file “Lieux de médiation numérique” (open data, data.gouv.fr), then: diagnum lieux import FILE
lieux-summary = { $count ->
    [one] 1 lieu de médiation numérique
   *[other] { $count } lieux de médiation numérique
}, file of { $date } (imported on { $imported }, from { $source }).
lieux-no-date = date unknown
lieux-old = This file is more than 6 months old: download the new one and import it (diagnum lieux import FILE).
lieux-departements = By département: { $list }
lieux-list-place = { $count ->
    [one] 1 place in { $place }:
   *[other] { $count } places in { $place }:
}
lieux-list-unknown = “{ $place }”: no place of this town or postal code in the file.
lieux-no-public = receives no public
lieux-load-failed = The file of places ({ $path }) cannot be read ({ $error }): import the national file again (diagnum lieux import FILE).
