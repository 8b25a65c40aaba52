//! diagnum: a quick digital-skills diagnostic for French médiation numérique, offline, in a
//! terminal. The core (banks, session, scoring, orientation) has no terminal dependency;
//! `tui` and `plain` are thin front ends over it.

pub mod adaptive;
pub mod bank;
pub mod check;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod console;
pub mod convert;
pub mod date;
pub mod export;
pub mod fiche;
pub mod history;
pub mod i18n;
pub mod journal;
pub mod kiosk;
pub mod orientation;
pub mod outcome;
pub mod paths;
pub mod plain;
pub mod preview;
pub mod report;
pub mod scoring;
pub mod session;
pub mod simulate;
pub mod store;
pub mod task;
#[cfg(test)]
mod testing;
pub mod text;
pub mod tracked;
pub mod tui;
pub mod typing;
