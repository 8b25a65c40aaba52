//! Any text as a bank, a catalogue, a GIFT and an Aiken file: the loader, `check`'s
//! report, a session on what loads, and the import (whose bank must load) must never
//! panic. Run: `cargo +nightly fuzz run load` from the repository (see fuzz/README.md).
#![no_main]

use diagnum::problems::render::render_all;
use diagnum::bank::{CatalogLookup, parse_bank, parse_catalog};
use diagnum::commands::convert::{ImportFormat, errors_of, import_text};
use diagnum::i18n::{Lang, Tr};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tr = Tr::new(Lang::Fr);
    let loaded = parse_bank(text, &|_| CatalogLookup::Missing);
    let _ = render_all(&loaded.problems, "f.toml", text, &tr);
    if let Some(bank) = &loaded.value {
        let _ = diagnum::diagnostic::simulate::run(bank, |_| true);
        let _ = diagnum::diagnostic::simulate::run(bank, |q| q.level % 2 == 0);
    }
    let _ = parse_catalog(text);
    for format in [ImportFormat::Gift, ImportFormat::Aiken] {
        let imported = import_text(format, text, &tr);
        if !imported.questions.is_empty() {
            let bank = imported.to_toml("essai", "essai.gift", &tr);
            assert_eq!(errors_of(&bank), 0, "import wrote a bank that does not load:\n{bank}");
        }
    }
});
