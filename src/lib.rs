//! diagnum: a quick digital-skills diagnostic for French médiation numérique, offline, in a
//! terminal.
//!
//! Layers, from the bottom up (a module only uses those below it):
//! - `i18n`, `paths`, `text`: words, folders, text cleaning;
//! - `problems`: located problems of any file read (bank, catalogue, kiosk config);
//! - `bank`: reading and checking banks and catalogues;
//! - `diagnostic`: the pure core (session, adaptive engine, scoring, orientation);
//! - `records`: journals and the data folder; `speech`: reading aloud;
//! - `outputs`: report, fiche, export;
//! - `authoring`: trainers' tools; `kiosk`: the kiosk's core;
//! - front ends: `plain`, `tui`; then `cli` and `commands`, called by `main`.

pub mod authoring;
pub mod bank;
pub mod cli;
pub mod commands;
pub mod diagnostic;
pub mod i18n;
pub mod kiosk;
pub mod outputs;
pub mod paths;
pub mod plain;
pub mod problems;
pub mod records;
pub mod speech;
#[cfg(test)]
mod testing;
pub mod text;
pub mod tui;
