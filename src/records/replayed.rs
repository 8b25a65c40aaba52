//! A stored session replayed on its bank, to read each answer with its question again
//! (`results show`, the full screen's list, the médiateur's fiche).

use crate::bank::source::Library;
use crate::diagnostic::session::Session;
use crate::records::history::Stored;
use crate::records::tracked::rebuild;

/// The session as its journal tells it, when its bank is still there unchanged: choice
/// numbers mean something only with the bank they were given for. `None` otherwise (the
/// stored result still says what was missed).
pub fn session(st: &Stored, lib: &Library) -> Option<Session> {
    let h = st.header()?;
    let bank = lib.resolve(&h.bank).ok()?.loaded.value?;
    (bank.hash == h.bank_hash).then(|| rebuild(bank, h.seed, h.mode, &st.read.answers))
}
