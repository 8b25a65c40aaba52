# Kiosk mode (diagnum kiosk): config file
kiosk-out-of-range = “{ $field }” is { $value }: it must be a number of seconds between { $min } and { $max }
kiosk-plain-code = the admin code is written in clear: it must never be; only its hash goes in this file
kiosk-bad-code = this code hash is incomplete or damaged (cut while copying?)
kiosk-hint-hash-code = help: run “diagnum kiosk hash-code”, type the code twice, then paste the “admin_code = …” line it prints
kiosk-no-banks = “banks” is empty: name at least one bank, for example banks = ["abc-diag"]
kiosk-bank-not-found = bank not found: “{ $id }”
kiosk-bank-invalid = bank “{ $id }” has errors: run “diagnum check { $path }”
kiosk-hint-list = help: “diagnum list” shows the available banks and their id
