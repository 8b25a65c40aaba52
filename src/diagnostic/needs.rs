//! What the person needs, in the words of the local offer: the services of the national
//! standard of lieux de médiation numérique (to find lieux that offer them), each with the
//! thématique of the Coop de la médiation numérique that names the same work (so that a
//! médiateur can fill a compte rendu d'activité quickly). Read from the weakest
//! competences, the recommended trainings and the palier.

use serde::{Deserialize, Serialize};

use crate::bank::{Bank, Service, Training};
use crate::diagnostic::scoring::Scores;

/// A measured competence below this share of right answers is a need.
pub const WEAK_PERCENT: f64 = 50.0;

/// The thématiques of the Coop's CRA that a diagnostic can name. API values are the
/// snake_case names (`diagnostic_numerique`); labels are the Coop's own, in French.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coop {
    DiagnosticNumerique,
    PrendreEnMainDuMateriel,
    MaintenanceDeMateriel,
    GereSesContenusNumeriques,
    NavigationSurInternet,
    Email,
    Bureautique,
    ReseauxSociaux,
    InsertionProfessionnelle,
    SecuriteNumerique,
    Parentalite,
    CreerAvecLeNumerique,
    CultureNumerique,
    AideAuxDemarchesAdministratives,
}

impl Coop {
    /// The value of the Coop's API (`thematiques[]`).
    pub fn api(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// The label the Coop shows in its CRA form, verbatim: another tool's vocabulary,
    /// French only, like the CRCN's names.
    pub fn label(self) -> &'static str {
        use Coop as C;
        match self {
            C::DiagnosticNumerique => "Diagnostic numérique",
            C::PrendreEnMainDuMateriel => "Prendre en main du matériel",
            C::MaintenanceDeMateriel => "Maintenance de matériel",
            C::GereSesContenusNumeriques => "Gérer ses contenus numériques",
            C::NavigationSurInternet => "Navigation sur internet",
            C::Email => "E-mail",
            C::Bureautique => "Bureautique",
            C::ReseauxSociaux => "Réseaux sociaux communication",
            C::InsertionProfessionnelle => "Insertion professionnelle",
            C::SecuriteNumerique => "Prévention en sécurité numérique",
            C::Parentalite => "Parentalité",
            C::CreerAvecLeNumerique => "Créer avec le numérique",
            C::CultureNumerique => "Culture numérique",
            C::AideAuxDemarchesAdministratives => "Aide aux démarches administratives",
        }
    }
}

/// One need: a service, and the Coop thématique when one names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub service: Service,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coop: Option<Coop>,
}

/// The service and Coop thématique of a competence: by its CRCN code, else by the words
/// of its domain and id ("Démarches en ligne", "Prise en main du matériel").
pub fn competence_need(crcn: Option<&str>, domain: &str, id: &str) -> Need {
    use Coop as C;
    use Service as S;
    let (service, coop) = match crcn.unwrap_or_default() {
        "1.1" => (S::OutilsDuQuotidien, Some(C::NavigationSurInternet)),
        "1.2" => (S::OutilsDuQuotidien, Some(C::GereSesContenusNumeriques)),
        "1.3" | "2.3" | "3.1" | "3.3" => (S::OutilsDuQuotidien, Some(C::Bureautique)),
        "2.1" => (S::OutilsDuQuotidien, Some(C::Email)),
        "2.2" => (S::OutilsDuQuotidien, Some(C::ReseauxSociaux)),
        "2.4" | "3.4" | "5.2" => (S::ComprehensionMondeNumerique, Some(C::CultureNumerique)),
        "3.2" => (S::LoisirsCreations, Some(C::CreerAvecLeNumerique)),
        "4.1" | "4.2" | "4.3" => (S::UtilisationSecurisee, Some(C::SecuriteNumerique)),
        "5.1" => (S::OutilsDuQuotidien, Some(C::MaintenanceDeMateriel)),
        _ => by_words(&crate::bank::service::fold(&format!("{domain} {id}"))),
    };
    Need { service, coop }
}

fn by_words(words: &str) -> (Service, Option<Coop>) {
    use Coop as C;
    use Service as S;
    let has = |w: &[&str]| w.iter().any(|x| words.contains(x));
    if has(&["demarche", "administrati"]) {
        (
            S::DemarchesAdministratives,
            Some(C::AideAuxDemarchesAdministratives),
        )
    } else if has(&["emploi", "insertion", "professionnel"]) {
        (
            S::InsertionProfessionnelle,
            Some(C::InsertionProfessionnelle),
        )
    } else if has(&["securi", "arnaque", "protection"]) {
        (S::UtilisationSecurisee, Some(C::SecuriteNumerique))
    } else if has(&["parent", "scolari", "ecole"]) {
        (S::ParentaliteEducation, Some(C::Parentalite))
    } else if has(&["materiel", "prise en main", "equipement"]) {
        (S::OutilsDuQuotidien, Some(C::PrendreEnMainDuMateriel))
    } else {
        (S::OutilsDuQuotidien, None)
    }
}

/// The Coop thématique a training's service names, when one alone does.
fn training_coop(service: Service) -> Option<Coop> {
    use Coop as C;
    use Service as S;
    match service {
        S::DemarchesAdministratives => Some(C::AideAuxDemarchesAdministratives),
        S::InsertionProfessionnelle => Some(C::InsertionProfessionnelle),
        S::UtilisationSecurisee => Some(C::SecuriteNumerique),
        S::ParentaliteEducation => Some(C::Parentalite),
        S::LoisirsCreations => Some(C::CreerAvecLeNumerique),
        S::ComprehensionMondeNumerique => Some(C::CultureNumerique),
        S::OutilsDuQuotidien | S::AccesInternetMateriel | S::MaterielPrixSolidaire => None,
    }
}

/// The needs, most pressing first: for a beginner (the bank's first palier), everyday
/// tools; then the competences under [`WEAK_PERCENT`], weakest first; then the services
/// of the recommended trainings. Each (service, thématique) once.
pub fn needs(bank: &Bank, scores: &Scores, palier: &str, trainings: &[Training]) -> Vec<Need> {
    let mut out: Vec<Need> = Vec::new();
    let push = |out: &mut Vec<Need>, n: Need| {
        if !out.contains(&n) {
            out.push(n);
        }
    };
    let beginner = bank.paliers.len() > 1 && bank.paliers.first().is_some_and(|p| p.id == palier);
    if beginner {
        push(
            &mut out,
            Need {
                service: Service::OutilsDuQuotidien,
                coop: Some(Coop::PrendreEnMainDuMateriel),
            },
        );
    }
    let mut weak: Vec<(f64, Need)> = scores
        .competences
        .iter()
        .filter(|c| c.rated)
        .filter_map(|c| {
            let p = c.percent()?;
            (p < WEAK_PERCENT).then(|| (p, competence_need(c.crcn.as_deref(), &c.domain, &c.id)))
        })
        .collect();
    weak.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (_, n) in weak {
        push(&mut out, n);
    }
    for t in trainings {
        if !out.iter().any(|n| n.service == t.service) {
            let n = Need {
                service: t.service,
                coop: training_coop(t.service),
            };
            push(&mut out, n);
        }
    }
    out
}

/// The services of the needs, each once, in order.
pub fn services(needs: &[Need]) -> Vec<Service> {
    let mut out = Vec::new();
    for n in needs {
        if !out.contains(&n.service) {
            out.push(n.service);
        }
    }
    out
}

/// The Coop thématiques of a diagnostic session: "Diagnostic numérique" (what the session
/// was), then those of the needs, each once.
pub fn coop(needs: &[Need]) -> Vec<Coop> {
    let mut out = vec![Coop::DiagnosticNumerique];
    for c in needs.iter().filter_map(|n| n.coop) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn competences_map_by_crcn_code_then_by_words() {
        let n = competence_need(Some("4.1"), "Protection et sécurité", "securite");
        assert_eq!(n.service, Service::UtilisationSecurisee);
        assert_eq!(n.coop, Some(Coop::SecuriteNumerique));
        let n = competence_need(None, "Démarches en ligne", "demarches");
        assert_eq!(n.service, Service::DemarchesAdministratives);
        let n = competence_need(None, "Prise en main du matériel", "materiel");
        assert_eq!(n.coop, Some(Coop::PrendreEnMainDuMateriel));
        let n = competence_need(None, "Autre chose", "x");
        assert_eq!((n.service, n.coop), (Service::OutilsDuQuotidien, None));
    }

    #[test]
    fn coop_values_are_the_api_ones() {
        assert_eq!(Coop::DiagnosticNumerique.api(), "diagnostic_numerique");
        assert_eq!(Coop::Email.api(), "email");
        assert_eq!(
            Coop::AideAuxDemarchesAdministratives.api(),
            "aide_aux_demarches_administratives"
        );
        let needs = [
            Need {
                service: Service::UtilisationSecurisee,
                coop: Some(Coop::SecuriteNumerique),
            },
            Need {
                service: Service::UtilisationSecurisee,
                coop: Some(Coop::SecuriteNumerique),
            },
        ];
        assert_eq!(
            coop(&needs),
            vec![Coop::DiagnosticNumerique, Coop::SecuriteNumerique]
        );
        assert_eq!(services(&needs), vec![Service::UtilisationSecurisee]);
    }
}
