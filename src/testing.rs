//! Fixtures shared by the unit tests.

use crate::bank::{Bank, CatalogLookup, parse_bank};
pub use crate::simulate::run as answer_all;

pub const SAMPLE: &str = include_str!("../tests/fixtures/sample.toml");

pub fn sample_bank() -> Bank {
    let loaded = parse_bank(SAMPLE, &|_| CatalogLookup::Missing);
    loaded
        .value
        .unwrap_or_else(|| panic!("sample bank invalid: {:?}", loaded.problems))
}
