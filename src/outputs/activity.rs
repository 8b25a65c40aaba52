//! `diagnum results report`: the activity of a lieu over a period, for the funder and the
//! lieu, as one printable HTML page with charts: diagnostics per week or month, paliers,
//! needs (services and Coop thématiques), workshops and chèques, modes, age bands,
//! communes, people. One file per part: reading (`collect`), adding up (`figures`,
//! `timeline`), drawing (`bars`, `columns`) and the page (`page`, `sections`).

mod bars;
mod collect;
mod columns;
mod figures;
mod page;
mod sections;
mod timeline;

pub use collect::{collect, visit};
pub use figures::{Activity, Tally, Visit};
pub use page::html;

#[cfg(test)]
mod tests;
