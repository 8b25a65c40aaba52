//! The national file of lieux de médiation numérique at full size: 20 000 rows generated in
//! the real format (the 32 columns in order, quoted values, empty cells, `|` lists, one
//! extra column, a long presentation, 0,0 coordinates now and then). Goals (issue 16): the
//! import (read + store, fsync included) under 2 s in release, the stored form loaded in a
//! few milliseconds at start-up.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use diagnum::bank::Service;
use diagnum::records::date::Date;
use diagnum::records::lieux::{self, read};

pub const ROWS: usize = 20_000;

const COLUMNS: &str = "\"id\",\"pivot\",\"nom\",\"commune\",\"code_postal\",\"code_insee\",\
\"adresse\",\"complement_adresse\",\"latitude\",\"longitude\",\"typologie\",\"telephone\",\
\"courriels\",\"site_web\",\"horaires\",\"presentation_resume\",\"presentation_detail\",\
\"source\",\"itinerance\",\"structure_parente\",\"date_maj\",\"services\",\
\"publics_specifiquement_adresses\",\"prise_en_charge_specifique\",\"frais_a_charge\",\
\"dispositif_programmes_nationaux\",\"formations_labels\",\"autres_formations_labels\",\
\"modalites_acces\",\"modalites_accompagnement\",\"fiche_acces_libre\",\"prise_rdv\",\
\"structure_coop_id\"";

const HOURS: [&str; 4] = [
    "Mo-Fr 09:00-12:30,14:00-17:00",
    "Tu,Th 14:00-18:00",
    "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
    "week 1-53/2 Mo 09:30-12:30,13:30-15:30; PH off",
];

/// A national-size file, in the ANCT writer's own way (every present value quoted).
pub fn national_csv() -> String {
    let mut s = String::with_capacity(ROWS * 1200);
    s.push_str(COLUMNS);
    s.push('\n');
    for i in 0..ROWS {
        let dep = 1 + i % 95;
        let commune = format!("Commune {}", i % 9000);
        let services: Vec<&str> = Service::ALL
            .iter()
            .enumerate()
            .filter(|(k, _)| (i + k) % 3 == 0)
            .map(|(_, s)| s.schema_label())
            .collect();
        let (lat, lon) = if i % 50 == 0 {
            (0.0, 0.0)
        } else {
            (
                42.0 + (i % 900) as f64 / 100.0,
                -4.0 + (i % 1100) as f64 / 100.0,
            )
        };
        let detail = "Accompagnement individuel et ateliers collectifs pour apprendre à \
                      utiliser un ordinateur, un smartphone, faire ses démarches en ligne \
                      (CAF, impôts, France Travail) et se protéger des arnaques. Avec chèque \
                      APTIC possible.";
        s.push_str(&format!(
            "\"Numi_Coop-numérique_{i:08}__hub-{i}\",\"00000000000000\",\"Lieu n° {i}\",\
             \"{commune}\",\"{dep:02}{:03}\",\"{dep:02}{:03}\",\"{} rue de la République\",,\
             \"{lat}\",\"{lon}\",\"EPN|ASSO\",\"+3332000{:04}\",\"contact{i}@exemple.fr\",,\
             \"{}\",\"Lieu de médiation numérique\",\"{detail}\",\"Numi\",\"Fixe\",,\
             \"2025-0{}-1{}\",\"{}\",\"Seniors\",,\"{}\",\"France Services\",,,\
             \"{}\",\"Accompagnement individuel\",,,\"{i}\"\n",
            i % 1000,
            i % 1000,
            1 + i % 200,
            i % 10_000,
            HOURS[i % 4],
            1 + i % 9,
            i % 10,
            services.join("|"),
            ["Gratuit", "Gratuit sous condition", "Payant"][i % 3],
            if i % 40 == 0 {
                "Ce lieu n'accueille pas de public"
            } else {
                "Se présenter|Téléphoner"
            },
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = national_csv();
    let dir = tempfile::tempdir().unwrap();
    let file = dir
        .path()
        .join("20250509-anct-lieux-de-mediation-numeriques-france.csv");
    std::fs::write(&file, &text).unwrap();
    let data = dir.path().join("data");
    let today = Date::parse("2025-05-10").unwrap();
    let report = lieux::import(&file, &[], &data, today).unwrap();
    assert_eq!(report.meta.count, ROWS);
    assert!(report.rejected.is_empty());
    let stored = std::fs::metadata(lieux::path(&data)).unwrap().len();
    eprintln!(
        "lieux: CSV {} bytes, stored {} bytes, {} rows",
        text.len(),
        stored,
        ROWS
    );

    let mut g = c.benchmark_group("lieux_20000");
    g.sample_size(10);
    g.bench_function("read_csv", |b| {
        b.iter(|| read::parse(black_box(&text), &[]).unwrap());
    });
    // What `diagnum lieux import` does: read, check, write the stored form, fsync, rename.
    g.bench_function("import", |b| {
        b.iter(|| lieux::import(black_box(&file), &[], &data, today).unwrap());
    });
    // What a run does at start-up.
    g.bench_function("load_stored", |b| {
        b.iter(|| lieux::load(black_box(Path::new(&data))).unwrap().unwrap());
    });
    let stored_text = std::fs::read_to_string(lieux::path(&data)).unwrap();
    // The same without reading the file: the work of building the directory.
    g.bench_function("stored_text_only", |b| {
        b.iter(|| lieux::from_text(black_box(stored_text.clone())).unwrap());
    });
    let st = lieux::load(&data).unwrap().unwrap();

    let needs = [
        Service::OutilsDuQuotidien,
        Service::DemarchesAdministratives,
    ];
    g.bench_function("locate_and_choose", |b| {
        b.iter(|| {
            diagnum::diagnostic::lieux::local(&st.directory, black_box("commune 4500"), &needs)
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
