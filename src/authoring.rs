//! Trainers' tools, without a terminal: checking a bank, converting Moodle quizzes (GIFT,
//! Aiken) both ways, and the state of the author's preview.

pub mod check;
pub mod convert;
pub mod preview;
pub mod template;
