//! The same few strings repeated on thousands of rows (a bank's title, a palier, a
//! training's id) kept once in memory: a listing or an export of 100 000 sessions would
//! otherwise hold 100 000 copies of each.

use std::collections::HashSet;
use std::sync::Arc;

#[derive(Debug, Default)]
pub struct Shared(HashSet<Arc<str>>);

impl Shared {
    /// The kept copy of `s`, kept now if it is new.
    pub fn get(&mut self, s: &str) -> Arc<str> {
        if let Some(kept) = self.0.get(s) {
            return kept.clone();
        }
        let kept: Arc<str> = Arc::from(s);
        self.0.insert(kept.clone());
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_copy() {
        let mut s = Shared::default();
        let a = s.get("Autonome");
        let b = s.get(&String::from("Autonome"));
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &s.get("Premiers pas")));
    }
}
