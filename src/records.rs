//! What is kept on disk: one journal per session (written before the screen moves on),
//! the data folder, reading sessions back, and dates.

pub mod date;
pub mod history;
pub mod journal;
pub mod lieux;
pub mod prepare;
pub mod store;
pub mod tracked;
