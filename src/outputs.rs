//! Results turned into something to read: the report on screen, the A4 fiche, the export
//! for funders, the comparison of two sessions, and sending text to a printer.

pub mod answers;
pub mod compare;
pub mod export;
pub mod fiche;
pub mod lieux;
pub mod listing;
pub mod missed;
pub mod printer;
pub mod report;
