//! The report's figures checked by reading them back out of the page: the numbers written
//! beside the bars, the bars' lengths, the columns over time, the table of workshops.

use super::*;
use crate::bank::Service;
use crate::diagnostic::needs::Coop;
use crate::i18n::{Lang, Tr};
use crate::outputs::period::Period;
use crate::records::age_band::AgeBand;
use crate::records::date::Date;
use crate::records::journal::{RunMode, Status};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn visit(day: &str, mode: RunMode) -> Visit {
    Visit {
        day: Some(d(day)),
        mode: Some(mode),
        status: Some(Status::Finished),
        bank: "Diagnostic rapide".into(),
        minutes: 12,
        ..Visit::default()
    }
}

/// Ten sessions written out by hand:
/// - 2026-11-02 (week of 2 Nov): 3 sessions; 2026-11-12: 1; 2026-11-24: 6 (weeks of 9, 16
///   and 23 Nov: 1, 0, 6).
/// - modes: 5 full screen, 1 plain, 4 kiosk.
/// - finished 8 (6 with a palier: 4 "Premiers pas" at 30 %, 2 "Autonome" at 90 %; 2 without),
///   1 abandoned, 1 unfinished.
/// - needs: Outils du quotidien ×4, Démarches ×1; workshops "Découvrir l'ordinateur" (4
///   chèques) ×3, "Démarches en ligne" (2 chèques) ×1 → 14 chèques.
/// - communes: Roubaix ×3 (one written "ROUBAIX"), Lille ×1, <script> ×1; ages 60-69,
///   "plus de 60" (typed before the bands were fixed), moins-de-12, 18-24.
/// - names: "Dossier 1" ×2 (once as "dossier 1"), "Dossier 2" ×1.
fn activity() -> Activity {
    let mut a = Activity::new(Period::default());
    let days = [
        "2026-11-02",
        "2026-11-02",
        "2026-11-02",
        "2026-11-12",
        "2026-11-24",
        "2026-11-24",
        "2026-11-24",
        "2026-11-24",
        "2026-11-24",
        "2026-11-24",
    ];
    for (k, day) in days.iter().enumerate() {
        let mode = match k {
            0..5 => RunMode::Tui,
            5 => RunMode::Plain,
            _ => RunMode::Kiosk,
        };
        let mut v = visit(day, mode);
        match k {
            0..4 => {
                v.palier = Some(("Premiers pas".into(), 30.0));
                v.services = vec![Service::OutilsDuQuotidien];
                v.coop = vec![Coop::DiagnosticNumerique, Coop::PrendreEnMainDuMateriel];
                v.trainings = vec![("Découvrir l'ordinateur".into(), 4)];
                if k == 3 {
                    v.services = vec![
                        Service::OutilsDuQuotidien,
                        Service::DemarchesAdministratives,
                    ];
                    v.trainings = vec![("Démarches en ligne".into(), 2)];
                }
            }
            4 | 5 => v.palier = Some(("Autonome".into(), 90.0)),
            8 => v.status = Some(Status::Abandoned),
            9 => v.status = Some(Status::Unfinished),
            _ => {}
        }
        v.commune = match k {
            0 | 1 => Some("Roubaix".into()),
            2 => Some("ROUBAIX".into()),
            3 => Some("Lille".into()),
            4 => Some("<script>alert(1)</script>".into()),
            _ => None,
        };
        // Codes as the header keeps them, and an older free text.
        v.age_band = match k {
            0 => Some(AgeBand::From60To69.code().into()),
            1 => Some("plus de 60".into()),
            2 => Some(AgeBand::Under12.code().into()),
            3 => Some(AgeBand::From18To24.code().into()),
            _ => None,
        };
        v.pseudonym = match k {
            0 => Some("Dossier 1".into()),
            1 => Some("dossier 1".into()),
            2 => Some("Dossier 2".into()),
            _ => None,
        };
        a.add(v);
    }
    a
}

fn page(lang: Lang) -> String {
    html(&activity(), d("2026-12-01"), &Tr::new(lang))
}

/// The section with this id.
fn section<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<section id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no section {id}"));
    let end = start + page[start..].find("</section>").unwrap();
    &page[start..end]
}

/// (label, figures written beside the bar, bar width) of each row of a bar chart.
fn rows(section: &str) -> Vec<(String, String, f64)> {
    let texts = |class: &str| -> Vec<String> {
        section
            .split(&format!("<text class=\"{class}\""))
            .skip(1)
            .map(|t| t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()].to_string())
            .collect()
    };
    let widths: Vec<f64> = section
        .split("<rect class=\"bar\"")
        .skip(1)
        .map(|r| {
            let w = &r[r.find("width=\"").unwrap() + 7..];
            w[..w.find('"').unwrap()].parse().unwrap()
        })
        .collect();
    let (labels, values) = (texts("label"), texts("value"));
    assert_eq!((labels.len(), values.len()), (widths.len(), widths.len()));
    labels
        .into_iter()
        .zip(values)
        .zip(widths)
        .map(|((l, v), w)| (l, v, w))
        .collect()
}

#[test]
fn the_key_figures_are_the_counts() {
    let p = page(Lang::Fr);
    let key = &p[p.find("<div class=\"key\">").unwrap()..];
    let key = &key[..key.find("</div>\n</div>").unwrap()];
    let figures: Vec<&str> = key
        .split("<strong>")
        .skip(1)
        .map(|s| &s[..s.find('<').unwrap()])
        .collect();
    // 10 diagnostics, 8 finished, people: 2 names + 7 anonymous = 9 at most, 14 chèques,
    // 12 min on average.
    assert_eq!(figures, ["10", "8", "9", "14", "12"], "{key}");
    assert!(key.contains("terminés (80\u{a0}%)"), "{key}");
    assert!(key.contains("personnes au plus"), "{key}");
}

#[test]
fn bars_carry_their_figures_and_lengths() {
    let p = page(Lang::Fr);
    let paliers = rows(section(&p, "paliers"));
    // Lowest mean first; percentages of the 8 finished; the longest bar is the largest.
    assert_eq!(
        paliers
            .iter()
            .map(|(l, v, _)| (l.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
        [
            ("Premiers pas", "4 · 50 %"),
            ("Autonome", "2 · 25 %"),
            ("Pas assez de réponses pour un palier", "2 · 25 %"),
        ]
    );
    assert!((paliers[0].2 - bars::BAR_MAX).abs() < 0.1);
    assert!((paliers[1].2 - bars::BAR_MAX / 2.0).abs() < 0.1);
    let modes = rows(section(&p, "modes"));
    let modes: Vec<&str> = modes.iter().map(|(_, v, _)| v.as_str()).collect();
    assert_eq!(modes, ["5 · 50 %", "1 · 10 %", "4 · 40 %"]);
    let services = rows(section(&p, "services"));
    // Of the 6 diagnostics with a palier: 4 and 1; 2 autonomous with no need.
    assert_eq!(services[0].1, "4 · 67 %");
    assert_eq!(services[1].1, "1 · 17 %");
    assert_eq!(services[2].1, "2 · 33 %");
    // Communes and ages: shares of the sessions that have one (5 and 4 of 10).
    let c = section(&p, "communes");
    assert!(
        c.contains("Renseignée pour 5 diagnostics sur 10 (50 %)"),
        "{c}"
    );
    let communes = rows(c);
    assert_eq!(communes[0].0, "Roubaix");
    assert_eq!(communes[0].1, "3 · 60 %");
    assert_eq!(communes.len(), 3);
    let ages = rows(section(&p, "ages"));
    let ages: Vec<(&str, &str)> = ages
        .iter()
        .map(|(l, v, _)| (l.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        ages,
        [
            ("Moins de 12 ans", "1 · 25 %"),
            ("18 - 24 ans", "1 · 25 %"),
            ("60 - 69 ans", "1 · 25 %"),
            ("plus de 60", "1 · 25 %")
        ]
    );
}

#[test]
fn weeks_columns_and_the_workshops_table() {
    let p = page(Lang::Fr);
    let t = section(&p, "timeline");
    assert!(t.contains("Diagnostics par semaine"));
    let values: Vec<&str> = t
        .split("<text class=\"value\"")
        .skip(1)
        .map(|s| &s[s.find('>').unwrap() + 1..s.find("</text>").unwrap()])
        .collect();
    assert_eq!(values, ["3", "1", "0", "6"]);
    assert!(
        t.contains(">02/11</text>") && t.contains(">23/11</text>"),
        "{t}"
    );
    assert!(t.contains("8 terminés, 1 interrompu, 1 abandonné."), "{t}");
    let w = section(&p, "trainings");
    assert!(w.contains("<td>Découvrir l&#39;ordinateur</td><td class=\"n\">3 · 50 %</td><td class=\"n\">12</td>"), "{w}");
    assert!(
        w.contains("<td class=\"n\">4</td><td class=\"n\">14</td>"),
        "{w}"
    );
    let people = section(&p, "people");
    assert!(
        people.contains("3 diagnostics sur 10 portent un nom"),
        "{people}"
    );
    assert!(
        people.contains("2 personnes différentes, dont 1 venue plus d"),
        "{people}"
    );
}

#[test]
fn standalone_escaped_and_in_english_too() {
    let p = page(Lang::Fr);
    assert!(
        !p.contains("<script"),
        "markup from a commune must be escaped"
    );
    assert!(p.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for remote in ["http://", "https://", "src=", "@import", "url(http"] {
        assert!(!p.contains(remote), "{remote}");
    }
    assert!(!p.contains("[activity-"), "a message is missing");
    let en = page(Lang::En);
    assert!(en.contains("Diagnostics per week") && en.contains("Stages reached"));
    crate::testing::assert_english("results report", &en);
}

#[test]
fn a_long_span_is_counted_in_months() {
    let mut a = Activity::new(Period {
        since: Date::parse("2026-01-01"),
        until: Date::parse("2026-12-31"),
    });
    a.add(visit("2026-03-15", RunMode::Tui));
    a.add(visit("2026-03-20", RunMode::Tui));
    let p = html(&a, d("2027-01-02"), &Tr::new(Lang::Fr));
    let t = section(&p, "timeline");
    assert!(t.contains("Diagnostics par mois"));
    assert_eq!(t.matches("<rect class=\"col\"").count(), 12);
    assert!(t.contains(">mars 26</text>"), "{t}");
    assert!(p.contains("Du 01/01/2026 au 31/12/2026"));
}

#[test]
fn each_bank_has_its_own_paliers() {
    let mut a = Activity::new(Period::default());
    for (bank, palier, percent) in [
        ("Diagnostic rapide", "Autonome", 90.0),
        ("Diagnostic rapide", "Premiers pas", 40.0),
        ("Grands débutants", "Premiers pas", 20.0),
        ("Grands débutants", "Découverte", 5.0),
        ("Grands débutants", "Découverte", 10.0),
    ] {
        let mut v = visit("2026-11-02", RunMode::Tui);
        v.bank = bank.into();
        v.palier = Some((palier.into(), percent));
        a.add(v);
    }
    let p = html(&a, d("2026-12-01"), &Tr::new(Lang::Fr));
    let s = section(&p, "paliers");
    // Largest bank first, each with its own total and its paliers from the lowest.
    let g = s.find("<h3>Grands débutants</h3>").expect(s);
    let r = s.find("<h3>Diagnostic rapide</h3>").expect(s);
    assert!(g < r, "{s}");
    let (grands, rapide) = (rows(&s[g..r]), rows(&s[r..]));
    let values = |rows: &[(String, String, f64)]| -> Vec<(String, String)> {
        rows.iter()
            .map(|(l, v, _)| (l.clone(), v.clone()))
            .collect()
    };
    assert_eq!(
        values(&grands),
        [
            ("Découverte".to_string(), "2 · 67 %".to_string()),
            ("Premiers pas".to_string(), "1 · 33 %".to_string())
        ]
    );
    assert_eq!(
        values(&rapide),
        [
            ("Premiers pas".to_string(), "1 · 50 %".to_string()),
            ("Autonome".to_string(), "1 · 50 %".to_string())
        ]
    );
}

#[test]
fn nothing_written_down_says_so_rather_than_an_empty_chart() {
    let mut a = Activity::new(Period::default());
    let mut v = visit("2026-11-02", RunMode::Kiosk);
    v.status = Some(Status::Unfinished);
    a.add(v);
    let p = html(&a, d("2026-12-01"), &Tr::new(Lang::Fr));
    let ages = section(&p, "ages");
    assert!(ages.contains("Aucune tranche d&#39;âge notée"), "{ages}");
    assert!(!ages.contains("<svg"), "{ages}");
    let paliers = section(&p, "paliers");
    assert!(paliers.contains("Rien à compter"), "{paliers}");
    let services = section(&p, "services");
    assert!(services.contains("Rien à compter"), "{services}");
    assert!(!services.contains("<svg"), "{services}");
}
