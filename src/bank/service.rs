//! The 9 services of the national standard of lieux de médiation numérique (schema 1.x of
//! La MedNum / ANCT): what a training of the catalogue is about, what a person needs, and
//! what a lieu offers. They replace the old 15 ANCT categories; a catalogue written with
//! those (`category = "…"`) still loads, each old category read as one service
//! ([`Category::service`], documented in `docs/bank-format.md` §6).

use serde::{Deserialize, Serialize};

use crate::bank::raw::Category;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    DemarchesAdministratives,
    OutilsDuQuotidien,
    InsertionProfessionnelle,
    UtilisationSecurisee,
    ParentaliteEducation,
    LoisirsCreations,
    ComprehensionMondeNumerique,
    AccesInternetMateriel,
    MaterielPrixSolidaire,
}

/// (service, its value in the schema's files): the labels are data of another standard,
/// written exactly as the files spell them, not interface text (that is `service-…` in
/// the locales).
const SCHEMA: [(Service, &str); 9] = [
    (
        Service::DemarchesAdministratives,
        "Aide aux démarches administratives",
    ),
    (
        Service::OutilsDuQuotidien,
        "Maîtrise des outils numériques du quotidien",
    ),
    (
        Service::InsertionProfessionnelle,
        "Insertion professionnelle via le numérique",
    ),
    (
        Service::UtilisationSecurisee,
        "Utilisation sécurisée du numérique",
    ),
    (
        Service::ParentaliteEducation,
        "Parentalité et éducation avec le numérique",
    ),
    (Service::LoisirsCreations, "Loisirs et créations numériques"),
    (
        Service::ComprehensionMondeNumerique,
        "Compréhension du monde numérique",
    ),
    (
        Service::AccesInternetMateriel,
        "Accès internet et matériel informatique",
    ),
    (
        Service::MaterielPrixSolidaire,
        "Acquisition de matériel informatique à prix solidaire",
    ),
];

/// The 15 services of schema v0.1 (`;`-separated files), as those files spell them, and
/// the service each one became (the same choices as for the old catalogue categories).
const LEGACY: [(&str, Category); 15] = [
    (
        "Devenir autonome dans les démarches administratives",
        Category::DemarchesAutonomie,
    ),
    (
        "Réaliser des démarches administratives avec un accompagnement",
        Category::DemarchesAccompagnement,
    ),
    (
        "Prendre en main un smartphone ou une tablette",
        Category::PrendreEnMainSmartphone,
    ),
    (
        "Prendre en main un ordinateur",
        Category::PrendreEnMainOrdinateur,
    ),
    (
        "Utiliser le numérique au quotidien",
        Category::NumeriqueAuQuotidien,
    ),
    (
        "Approfondir ma culture numérique",
        Category::CultureNumerique,
    ),
    (
        "Favoriser mon insertion professionnelle",
        Category::InsertionProfessionnelle,
    ),
    ("Accéder à une connexion internet", Category::AccesConnexion),
    ("Accéder à du matériel", Category::AccesMateriel),
    ("S'équiper en matériel informatique", Category::Equipement),
    ("Créer et développer mon entreprise", Category::Entreprise),
    ("Créer avec le numérique", Category::CreerAvecLeNumerique),
    (
        "Accompagner les démarches de santé",
        Category::DemarchesSante,
    ),
    (
        "Promouvoir la citoyenneté numérique",
        Category::CitoyenneteNumerique,
    ),
    (
        "Soutenir la parentalité et l'éducation avec le numérique",
        Category::Parentalite,
    ),
];

impl Service {
    pub const ALL: [Service; 9] = [
        Service::DemarchesAdministratives,
        Service::OutilsDuQuotidien,
        Service::InsertionProfessionnelle,
        Service::UtilisationSecurisee,
        Service::ParentaliteEducation,
        Service::LoisirsCreations,
        Service::ComprehensionMondeNumerique,
        Service::AccesInternetMateriel,
        Service::MaterielPrixSolidaire,
    ];

    /// The value written in catalogues (`service = "…"`).
    pub fn id(self) -> &'static str {
        IDS[self.index()]
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// Fluent id of the label shown to people.
    pub fn key(self) -> &'static str {
        KEYS[self.index()]
    }

    /// The value in the national files, exactly: "Aide aux démarches administratives".
    pub fn schema_label(self) -> &'static str {
        SCHEMA[self.index()].1
    }

    /// A value of a lieux file (v1 or v0.1), compared without case, accents or apostrophe
    /// forms: `None` for a value of neither list.
    pub fn from_schema(value: &str) -> Option<Service> {
        // The files' own spelling first: read on every row of the national file.
        if let Some((s, _)) = SCHEMA.iter().find(|(_, label)| *label == value) {
            return Some(*s);
        }
        let want = fold(value);
        if want.is_empty() {
            return None;
        }
        SCHEMA
            .iter()
            .find(|(_, label)| fold(label) == want)
            .map(|(s, _)| *s)
            .or_else(|| {
                LEGACY
                    .iter()
                    .find(|(label, _)| fold(label) == want)
                    .map(|(_, c)| c.service())
            })
    }
}

/// Serde's names of the variants (a test checks they agree).
const IDS: [&str; 9] = [
    "demarches-administratives",
    "outils-du-quotidien",
    "insertion-professionnelle",
    "utilisation-securisee",
    "parentalite-education",
    "loisirs-creations",
    "comprehension-monde-numerique",
    "acces-internet-materiel",
    "materiel-prix-solidaire",
];

const KEYS: [&str; 9] = [
    "service-demarches-administratives",
    "service-outils-du-quotidien",
    "service-insertion-professionnelle",
    "service-utilisation-securisee",
    "service-parentalite-education",
    "service-loisirs-creations",
    "service-comprehension-monde-numerique",
    "service-acces-internet-materiel",
    "service-materiel-prix-solidaire",
];

impl Category {
    /// The service an old ANCT category is read as (`docs/bank-format.md` §6).
    pub fn service(self) -> Service {
        use Category as C;
        use Service as S;
        match self {
            C::PrendreEnMainOrdinateur | C::PrendreEnMainSmartphone | C::NumeriqueAuQuotidien => {
                S::OutilsDuQuotidien
            }
            C::CultureNumerique | C::CitoyenneteNumerique => S::ComprehensionMondeNumerique,
            C::InsertionProfessionnelle | C::Entreprise => S::InsertionProfessionnelle,
            C::DemarchesAutonomie | C::DemarchesAccompagnement | C::DemarchesSante => {
                S::DemarchesAdministratives
            }
            C::CreerAvecLeNumerique => S::LoisirsCreations,
            C::Parentalite => S::ParentaliteEducation,
            C::AccesConnexion | C::AccesMateriel => S::AccesInternetMateriel,
            C::Equipement => S::MaterielPrixSolidaire,
        }
    }
}

/// Lowercase, no accents, one kind of apostrophe, single spaces: how file values compare.
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.nfd() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => '\'',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c,
        };
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.extend(c.to_lowercase());
            space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Reads a service in a result stored by any version: a service id, or an old category
/// id (results written before the services replaced the categories).
pub fn service_or_category<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Service, D::Error> {
    let text = String::deserialize(d)?;
    let value = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(&text);
    if let Ok(s) = Service::deserialize(value) {
        return Ok(s);
    }
    let value = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(&text);
    Category::deserialize(value)
        .map(Category::service)
        .map_err(|_| serde::de::Error::unknown_variant(&text, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_has_an_id_a_key_and_its_schema_label() {
        for s in Service::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.id());
            assert_eq!(s.key(), format!("service-{}", s.id()));
            assert_eq!(Service::from_schema(s.schema_label()), Some(s));
        }
    }

    #[test]
    fn file_values_match_whatever_their_accents_case_and_apostrophes() {
        assert_eq!(
            Service::from_schema("  maitrise des OUTILS numeriques du quotidien "),
            Some(Service::OutilsDuQuotidien)
        );
        assert_eq!(
            Service::from_schema("S\u{2019}équiper en matériel informatique"),
            Some(Service::MaterielPrixSolidaire)
        );
        assert_eq!(
            Service::from_schema("Accompagner les démarches de santé"),
            Some(Service::DemarchesAdministratives)
        );
        assert_eq!(Service::from_schema("Cuisine"), None);
        assert_eq!(Service::from_schema(""), None);
    }

    #[test]
    fn stored_results_with_old_categories_still_read() {
        #[derive(Deserialize)]
        struct T {
            #[serde(deserialize_with = "service_or_category")]
            s: Service,
        }
        let t: T = serde_json::from_str(r#"{"s":"demarches-sante"}"#).unwrap();
        assert_eq!(t.s, Service::DemarchesAdministratives);
        let t: T = serde_json::from_str(r#"{"s":"utilisation-securisee"}"#).unwrap();
        assert_eq!(t.s, Service::UtilisationSecurisee);
        assert!(serde_json::from_str::<T>(r#"{"s":"cuisine"}"#).is_err());
    }
}
