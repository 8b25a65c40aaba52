//! The fixture is written in the real format (32 columns in order, one extra column, the
//! quirks of the research notes); each quirk is checked here by name.

use super::*;
use crate::bank::Service;
use crate::diagnostic::lieux::{Access, Fees, Welcome};

const CSV: &str = include_str!(
    "../../../tests/fixtures/lieux/20250509-test-lieux-de-mediation-numeriques-france.csv"
);
const JSON: &str = include_str!(
    "../../../tests/fixtures/lieux/20250509-test-lieux-de-mediation-numeriques-orne.json"
);
const V01: &str = include_str!(
    "../../../tests/fixtures/lieux/20231003-bus-france-services-en-charente-lieux-de-mediation-numeriques-v0.1.json"
);

fn csv() -> read::Read {
    read::parse(CSV, &[]).unwrap()
}

fn by_id<'a>(r: &'a read::Read, id: &str) -> &'a Lieu {
    r.lieux.iter().find(|l| l.id == id).unwrap()
}

#[test]
fn every_rejected_row_is_reported_with_its_line_and_reason() {
    let r = csv();
    let got: Vec<(usize, &Reason)> = r.rejected.iter().map(|x| (x.line, &x.reason)).collect();
    assert_eq!(
        got,
        [
            (17, &Reason::NoName),
            (
                18,
                &Reason::Fields {
                    found: 5,
                    expected: 33
                }
            ),
            (
                19,
                &Reason::DuplicateId {
                    id: "hinaura-MediaRoubaix__hub-lo-436".into(),
                    first: 5
                }
            ),
            (20, &Reason::NoPlace),
        ]
    );
    assert_eq!(r.lieux.len(), 14);
}

#[test]
fn the_research_example_row_reads_verbatim() {
    let r = csv();
    let l = by_id(&r, "France-Services_939__Numi_France-Services_939");
    assert_eq!(l.name, "France services Briouze");
    assert_eq!(l.complement, "Espace culturel du Houlme");
    assert_eq!(l.coords, Some((48.697978, -0.367817)));
    assert!(l.services.contains(Service::DemarchesAdministratives));
    assert!(l.services.contains(Service::InsertionProfessionnelle));
    assert_eq!(l.fees.0, Fees::FREE);
    assert!(l.access.receives_public());
    assert_eq!(l.access.0, Access::APPOINTMENT);
}

#[test]
fn the_quirks_of_real_files_are_read() {
    let r = csv();
    // `’` and `'` alike: neither lieu receives the public.
    assert!(
        !by_id(&r, "Numi_structure-roubaix-siege")
            .access
            .receives_public()
    );
    assert!(!by_id(&r, "Numi_wattrelos-mairie").access.receives_public());
    // Coordinates 0,0 are unknown; "50,6230" is a number.
    assert_eq!(by_id(&r, "Numi_lille-fives").coords, None);
    assert_eq!(by_id(&r, "Numi_villeneuve").coords, Some((50.623, 3.145)));
    // Without services, no public (the standard's own rule).
    assert!(!by_id(&r, "Numi_sans-services").access.receives_public());
    // A `;` list in a v1 file; a postal code without its leading zero.
    let bourg = by_id(&r, "Numi_bourg");
    assert!(bourg.services.contains(Service::DemarchesAdministratives));
    assert!(bourg.services.contains(Service::OutilsDuQuotidien));
    assert_eq!(bourg.postal_code, "01000");
    // APTIC in a text, "Pass numérique" in the labels: the pass is taken.
    assert!(by_id(&r, "France-Services_1203__Numi_France-Services_1203").pass);
    assert!(by_id(&r, "Numi_lille-moulins").pass);
    assert!(!by_id(&r, "Numi_lille-fives").pass);
    // A quoted newline keeps the rows after it on their lines (checked above: 17–20).
    assert_eq!(by_id(&r, "Numi_villeneuve").commune, "Villeneuve-d'Ascq");
    // Out of range: no coordinates (the lieu is kept).
    let far = read::parse(&CSV.replace("\"48.8059\"", "\"148.8059\""), &[]).unwrap();
    assert_eq!(
        by_id(
            &far,
            "Numi_Coop-numérique_8a0b3c3e-1b2f-4a7c-9f1e-2f6c0d5a7b10"
        )
        .coords,
        None
    );
    // A byte-order mark (a file saved by a spreadsheet as "CSV UTF-8").
    let bom = read::parse(&format!("\u{feff}{CSV}"), &[]).unwrap();
    assert_eq!(bom.lieux.len(), 14);
    // The placeholder pivot, an empty pivot, an RNA: all kept.
    assert!(r.lieux.iter().any(|l| l.id == "Numi_epn-tourcoing"));
    // The latest date_maj, whatever its form ("…T00:00:00.000Z", "1969-12-31" none).
    assert_eq!(r.latest.map(Date::iso).as_deref(), Some("2025-05-09"));
    assert_eq!(
        read::lenient_date("2024-10-08T00:00:00.000Z")
            .map(Date::iso)
            .as_deref(),
        Some("2024-10-08")
    );
    assert_eq!(read::lenient_date("1969-12-31"), None);
    assert_eq!(
        read::lenient_date("08/10/2024").map(Date::iso).as_deref(),
        Some("2024-10-08")
    );
}

#[test]
fn departements_asked_are_kept_the_others_counted() {
    let r = read::parse(CSV, &["59".to_string()]).unwrap();
    assert!(r.lieux.iter().all(|l| l.postal_code.starts_with("59")));
    assert_eq!(r.lieux.len(), 9);
    assert_eq!(r.other_departements, 5);
    let r = read::parse(CSV, &["01".to_string(), "75".to_string()]).unwrap();
    assert_eq!(r.lieux.len(), 2);
}

#[test]
fn json_files_of_v1_and_v0_1_read() {
    let r = read::parse(JSON, &[]).unwrap();
    assert!(r.json);
    assert_eq!(r.lieux.len(), 2);
    assert_eq!(r.lieux[0].coords, Some((48.697978, -0.367817)));
    let rejected: Vec<(usize, &Reason)> = r.rejected.iter().map(|x| (x.line, &x.reason)).collect();
    assert_eq!(rejected, [(3, &Reason::NotAnObject), (4, &Reason::NoName)]);
    let r = read::parse(V01, &[]).unwrap();
    let bus = &r.lieux[0];
    assert!(bus.services.contains(Service::DemarchesAdministratives));
    assert!(bus.services.contains(Service::OutilsDuQuotidien));
    assert!(bus.services.contains(Service::AccesInternetMateriel));
    // labels_nationaux "CNFS;France Services;APTIC".
    assert!(bus.pass);
    // conditions_acces "Accepte le Pass numérique".
    assert_eq!(r.lieux[1].fees.0, Fees::FREE | Fees::CONDITIONAL);
    assert!(
        r.lieux[1]
            .services
            .contains(Service::ComprehensionMondeNumerique)
    );
}

#[test]
fn whole_files_of_the_wrong_kind_are_refused() {
    let semicolons = CSV.replace("\",\"", "\";\"");
    assert_eq!(
        read::parse(&semicolons, &[]).unwrap_err(),
        FileError::Separator(';')
    );
    let no_commune = CSV.replacen("\"commune\",", "\"ville\",", 1);
    assert_eq!(
        read::parse(&no_commune, &[]).unwrap_err(),
        FileError::MissingColumns(vec!["commune".into()])
    );
    let other = r#"[{"siret": "123", "nom_structure": "x"}]"#;
    assert_eq!(read::parse(other, &[]).unwrap_err(), FileError::OtherJson);
    assert_eq!(
        read::parse(r#"{"data": []}"#, &[]).unwrap_err(),
        FileError::OtherJson
    );
    assert!(matches!(
        read::parse("[{\"nom\": ", &[]).unwrap_err(),
        FileError::BadJson { line: 1, .. }
    ));
    assert_eq!(read::parse(" \n", &[]).unwrap_err(), FileError::Empty);
}

#[test]
fn the_stored_form_reads_back_the_same() {
    let r = csv();
    let meta = Meta {
        file_date: Some(Date::parse("2025-05-09").unwrap()),
        imported: Date::parse("2025-05-10").unwrap(),
        source: "un nom.csv".into(),
        count: r.lieux.len(),
    };
    let text = to_text(&meta, &r.lieux);
    let back = from_text(text).unwrap();
    assert_eq!(back.meta, meta);
    let lieux: Vec<Lieu> = (0..back.directory.len())
        .map(|i| back.directory.get(i))
        .collect();
    assert_eq!(lieux, r.lieux);
    assert!(from_text("autre chose\n".into()).is_none());
    assert!(from_text("diagnum-lieux\t2\t-\t2025-05-10\tx\n".into()).is_none());
}

#[test]
fn a_beginner_of_roubaix_gets_the_right_lieux() {
    let r = csv();
    let dir = Directory::new(r.lieux);
    let needs = [
        Service::OutilsDuQuotidien,
        Service::DemarchesAdministratives,
    ];
    let local = crate::diagnostic::lieux::local(&dir, "roubaix", &needs).unwrap();
    let names: Vec<&str> = local.lieux.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "France services Roubaix",
            "Médiathèque La Grand-Plage",
            "EPN de Tourcoing"
        ]
    );
    assert_eq!(local.lieux[1].welcome, Some(Welcome::WalkIn));
    assert_eq!(local.lieux[0].welcome, Some(Welcome::Appointment));
    // Wattrelos' only lieu receives no public: the nearest, with their distance.
    let local = crate::diagnostic::lieux::local(&dir, "Wattrelos", &needs).unwrap();
    assert!(local.known);
    assert_eq!(local.lieux.len(), 3);
    assert!(local.lieux.iter().all(|n| n.distance_m.is_some()));
    assert!(local.lieux.iter().all(|n| !n.name.contains("Siège")));
    // An arrondissement is its city.
    let local = crate::diagnostic::lieux::local(&dir, "Paris", &needs).unwrap();
    assert_eq!(local.lieux[0].name, "Bibliothèque Marguerite Yourcenar");
    let local = crate::diagnostic::lieux::local(&dir, "Trifouillis", &needs).unwrap();
    assert!(!local.known && local.lieux.is_empty());
}

#[test]
fn file_names_give_the_file_date() {
    let d = |n: &str| date_in_name(n).map(Date::iso);
    assert_eq!(
        d("20250509-anct-lieux-de-mediation-numeriques-france.csv").as_deref(),
        Some("2025-05-09")
    );
    assert_eq!(
        d("2025-05-09_anct_lieux-de-mediation-numerique_france.csv").as_deref(),
        Some("2025-05-09")
    );
    assert_eq!(d("lieux.csv"), None);
}
