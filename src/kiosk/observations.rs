//! A kiosk visitor is alone: the médiateur's observations are never put to them (see
//! `Presence::Alone`). A bank that measures a competence only or mostly by observations
//! leaves that competence unmeasured at the kiosk: `kiosk check` says so.

use crate::bank::{Bank, QuestionKind};
use crate::i18n::{Arg, Tr};

/// A competence of a bank measured by observations for at least half of its measured
/// questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reliance {
    pub competence: String,
    pub observations: usize,
    /// Measured questions of the competence (observations included).
    pub measured: usize,
}

/// The competences of `bank` that rely on observations.
pub fn reliances(bank: &Bank) -> Vec<Reliance> {
    bank.competences
        .iter()
        .filter_map(|c| {
            let mine = || {
                bank.questions
                    .iter()
                    .filter(|q| q.competences.contains(&c.id))
                    .filter(|q| !matches!(q.kind, QuestionKind::SelfAssessment))
            };
            let measured = mine().count();
            let observations = mine()
                .filter(|q| matches!(q.kind, QuestionKind::Observation))
                .count();
            (observations > 0 && 2 * observations >= measured).then(|| Reliance {
                competence: c.label.clone(),
                observations,
                measured,
            })
        })
        .collect()
}

/// One sentence per competence that relies on observations, for `diagnum kiosk check`.
pub fn warnings(bank: &Bank, tr: &Tr) -> Vec<String> {
    reliances(bank)
        .into_iter()
        .map(|r| {
            tr.t_args(
                "kiosk-check-observations",
                &[
                    ("bank", Arg::from(bank.title.clone())),
                    ("competence", Arg::from(r.competence)),
                    ("observations", Arg::from(r.observations)),
                    ("measured", Arg::from(r.measured)),
                ],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::parse;

    const BANK: &str = r#"schema = "diagnum/1"
[bank]
id = "obs"
title = "Obs"
version = "1"
lang = "fr"
estimated_minutes = 5
[[competences]]
id = "geste"
label = "Gestes"
domain = "Matériel"
[[competences]]
id = "web"
label = "Web"
crcn = "1.1"
[[paliers]]
id = "p"
title = "P"
min_percent = 0
learner = "l"
mediator = "m"
[[questions]]
id = "o1"
type = "observation"
competence = "geste"
level = 1
prompt = "La personne allume l'ordinateur."
[[questions]]
id = "s1"
type = "single"
competence = "geste"
level = 1
prompt = "Quel bouton ?"
choices = [{ text = "Celui-ci", correct = true }, { text = "Aucun" }]
[[questions]]
id = "o2"
type = "observation"
competence = "web"
level = 1
prompt = "La personne ouvre un site."
[[questions]]
id = "w1"
type = "single"
competence = "web"
level = 1
prompt = "Un lien ?"
choices = [{ text = "Oui", correct = true }, { text = "Non" }]
[[questions]]
id = "w2"
type = "single"
competence = "web"
level = 2
prompt = "Un site ?"
choices = [{ text = "Oui", correct = true }, { text = "Non" }]
"#;

    #[test]
    fn a_competence_measured_half_by_observations_is_named() {
        let b = parse(BANK);
        let r = reliances(&b);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].competence.as_str(), r[0].observations, r[0].measured),
            ("Gestes", 1, 2)
        );
        let w = warnings(&b, &Tr::default());
        assert!(w[0].contains("Gestes"), "{w:?}");
        assert!(reliances(&crate::testing::sample_bank()).is_empty());
    }
}
