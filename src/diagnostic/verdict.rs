//! When the answers are enough to say something. Below these minimums the results say
//! "pas assez de réponses" instead of guessing: a competence gets no level, and the whole
//! diagnostic no palier and no training. One self-assessment, or two answers before the
//! window closed, never make a verdict.
//!
//! Only measured answers count here: questions, tasks and observations answered by the
//! person (or seen by the médiateur). Not self-assessments, not questions deduced by the
//! adaptive engine, not what was left "non évalué".

/// Measured answers a competence needs for a level (fewer when the session could not ask
/// that many: a bank with one question on a competence, a phone-only person).
pub const MIN_PER_COMPETENCE: usize = 2;
/// Measured answers the whole diagnostic needs for a palier (fewer when the session could
/// not ask that many).
pub const MIN_OVERALL: usize = 5;

/// Whether a competence has a level: `direct` measured answers out of `possible` measured
/// questions this session could put to this person on it.
pub fn competence_has_level(direct: usize, possible: usize) -> bool {
    possible > 0 && direct >= MIN_PER_COMPETENCE.min(possible)
}

/// Whether the diagnostic concludes: enough measured answers overall (`direct` out of
/// `possible`), and a level for at least half of the competences that could be measured.
pub fn concludes(direct: usize, possible: usize, rated: usize, measurable: usize) -> bool {
    possible > 0 && direct >= MIN_OVERALL.min(possible) && measurable > 0 && 2 * rated >= measurable
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_answer_is_no_level_unless_the_competence_has_one_question() {
        assert!(!competence_has_level(1, 3));
        assert!(competence_has_level(2, 3));
        assert!(competence_has_level(1, 1));
        assert!(!competence_has_level(0, 0));
    }

    #[test]
    fn a_palier_needs_five_answers_and_half_the_competences() {
        assert!(!concludes(4, 20, 2, 3));
        assert!(concludes(5, 20, 2, 4));
        assert!(!concludes(8, 20, 1, 4));
        // A four-question bank answered in full concludes.
        assert!(concludes(4, 4, 3, 3));
        assert!(!concludes(0, 0, 0, 0));
    }
}
