//! The kiosk shows each visitor the lieux near its own commune (`commune = "…"` in its
//! config), and never asks the visitor for theirs.

use std::sync::Arc;

use super::*;
use crate::bank::Service;
use crate::diagnostic::lieux::{Access, Directory, Lieu as Place, Services};
use crate::records::journal::read;

fn directory() -> Arc<Directory> {
    let lieu = |name: &str, commune: &str, lat: f64, public: bool| {
        let mut services = Services::default();
        services.insert(Service::OutilsDuQuotidien);
        services.insert(Service::DemarchesAdministratives);
        let mut access = Access::default();
        access.add(if public {
            "Se présenter"
        } else {
            "Ce lieu n'accueille pas de public"
        });
        Place {
            id: name.into(),
            name: name.into(),
            commune: commune.into(),
            postal_code: "59100".into(),
            address: "1 rue de la Gare".into(),
            coords: Some((lat, 3.17)),
            hours: "Tu,Th 14:00-18:00".into(),
            services,
            access,
            ..Place::default()
        }
    };
    Arc::new(Directory::new(vec![
        lieu("Médiathèque de Roubaix", "Roubaix", 50.69, true),
        lieu("Bureau fermé", "Roubaix", 50.69, false),
        lieu("EPN de Tourcoing", "Tourcoing", 50.72, true),
    ]))
}

#[test]
fn a_visitor_sees_the_lieux_near_the_kiosk_and_the_journal_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut s = setup(Lang::Fr);
    s.store = Some(store);
    s.lieux = Some(directory());
    s.commune = Some("Roubaix".into());
    let mut k = Kiosk::new(s, 7);
    press(&mut k, KeyCode::Enter);
    let app = k.visitor.as_ref().unwrap();
    assert!(
        !app.can_set_commune(),
        "a visitor is never asked where they live"
    );
    press(&mut k, KeyCode::Enter);
    let path = journal(&k);
    for _ in 0..4 {
        press(&mut k, KeyCode::Char('?'));
    }
    let app = k.visitor.as_ref().unwrap();
    assert_eq!(app.screen(), Screen::Results);
    let local = app.local().expect("lieux looked for");
    let names: Vec<&str> = local.lieux.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Médiathèque de Roubaix", "EPN de Tourcoing"]);
    press(&mut k, KeyCode::Right);
    for _ in 0..30 {
        press(&mut k, KeyCode::Down);
    }
    let text = screen_text(&k);
    assert!(
        text.contains("Horaires : le mardi et le jeudi de 14 h"),
        "{text}"
    );
    // The visitor's own commune stays unknown: only the kiosk's was used.
    let r = read(&path).unwrap();
    assert_eq!(r.header.unwrap().commune, None);
    assert_eq!(r.summary.unwrap().local.unwrap().place, "Roubaix");
}
