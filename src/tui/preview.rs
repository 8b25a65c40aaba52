//! `diagnum preview BANK` on screen: the author's view of the state in
//! [`crate::authoring::preview`], and its keys.

mod lines;
pub mod run;
#[cfg(test)]
mod tests;
pub mod view;

pub use crate::authoring::preview::{Msg, Preview};
