//! The diagnostic itself, pure: a session in progress, the adaptive choice of questions,
//! scores, levels, orientation and the outcome. No terminal, clock, file or randomness of
//! its own here (the RNG is passed in), so every rule is tested on plain values.

pub mod abilities;
pub mod adaptive;
pub mod answer;
pub mod device;
pub mod item_analysis;
pub mod lieux;
pub mod needs;
pub mod orientation;
pub mod outcome;
pub mod scoring;
pub mod session;
pub mod simulate;
pub mod typing;
pub mod verdict;
