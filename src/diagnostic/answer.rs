//! What a person answered, as plain data: journalled, replayed, scored.

/// What the person answered. Choice indices refer to the bank's order, not the shown one.
/// Plain data, so that answers can be journalled and replayed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// "Je ne sais pas": a normal answer, worth 0 and nothing more. On an observation or a
    /// self-assessment it means "not observed" / "cannot say", and counts for nothing.
    DontKnow,
    Choices(Vec<usize>),
    /// A free answer, or what was typed in a typing task.
    Text(String),
    /// A key or click task: keys pressed or clicks made, and whether it was done.
    Task {
        attempts: u32,
        success: bool,
    },
    /// An observation (by the médiateur) or a self-assessment (by the person).
    Rating(Rating),
    /// The terminal could not run this task (`--plain`, no mouse): out of the scores,
    /// neither earned nor possible, listed as "non évalué".
    NotEvaluated,
}

/// The three steps of an observation (oui / avec aide / non) or a self-assessment
/// (seul / avec de l'aide / pas du tout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Rating {
    Yes,
    WithHelp,
    No,
}

impl Rating {
    /// In the order they are shown.
    pub const ALL: [Rating; 3] = [Rating::Yes, Rating::WithHelp, Rating::No];

    pub fn from_index(i: usize) -> Option<Rating> {
        Rating::ALL.get(i).copied()
    }

    /// Doing it with help is half of doing it alone (CRCN level 1: "guidé").
    pub fn points(self) -> f64 {
        match self {
            Rating::Yes => 1.0,
            Rating::WithHelp => 0.5,
            Rating::No => 0.0,
        }
    }
}
