use super::*;

fn lieu(
    name: &str,
    commune: &str,
    cp: &str,
    coords: Option<(f64, f64)>,
    services: &[Service],
) -> Lieu {
    let mut s = Services::default();
    for x in services {
        s.insert(*x);
    }
    let mut access = Access::default();
    access.add("Se présenter");
    Lieu {
        id: name.into(),
        name: name.into(),
        commune: commune.into(),
        postal_code: cp.into(),
        address: "1 rue de la Paix".into(),
        coords,
        services: s,
        access,
        ..Lieu::default()
    }
}

const D: Service = Service::DemarchesAdministratives;
const O: Service = Service::OutilsDuQuotidien;
const S: Service = Service::UtilisationSecurisee;

fn directory() -> Directory {
    let mut closed = lieu(
        "Fermé au public",
        "Roubaix",
        "59100",
        Some((50.69, 3.18)),
        &[O, D],
    );
    closed.access = Access::default();
    closed
        .access
        .add("Ce lieu n\u{2019}accueille pas de public");
    Directory::new(vec![
        lieu(
            "Médiathèque",
            "Roubaix",
            "59100",
            Some((50.691, 3.181)),
            &[O],
        ),
        lieu(
            "France services",
            "ROUBAIX",
            "59100",
            Some((50.689, 3.175)),
            &[D, O],
        ),
        closed,
        lieu("Centre social", "Roubaix", "59100", None, &[S]),
        lieu(
            "EPN Tourcoing",
            "Tourcoing",
            "59200",
            Some((50.724, 3.161)),
            &[O],
        ),
        lieu(
            "Lille Centre",
            "Lille",
            "59000",
            Some((50.637, 3.063)),
            &[D],
        ),
        lieu(
            "Très loin",
            "Marseille",
            "13001",
            Some((43.3, 5.37)),
            &[O, D],
        ),
        lieu(
            "Saint-Denis Réunion",
            "Saint-Denis",
            "97400",
            Some((-20.88, 55.45)),
            &[O],
        ),
        lieu(
            "Saint-Denis 93",
            "Saint-Denis",
            "93200",
            Some((48.93, 2.35)),
            &[O],
        ),
        lieu(
            "Saint-Denis 93 bis",
            "St Denis",
            "93200",
            Some((48.94, 2.36)),
            &[O],
        ),
        lieu("Wattrelos", "Wattrelos", "59150", Some((50.70, 3.21)), &[]),
    ])
}

#[test]
fn the_commune_comes_first_most_needs_first_never_a_lieu_closed_to_the_public() {
    let dir = directory();
    let place = dir.locate("roubaix").unwrap();
    let got = dir.nearby(&place, &[D, O]);
    let names: Vec<&str> = got.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["France services", "Médiathèque", "EPN Tourcoing"]);
    assert_eq!(got[0].distance_m, None);
    assert_eq!(got[0].services, [D, O]);
    assert!(
        got[2]
            .distance_m
            .is_some_and(|d| (3_000..6_000).contains(&d))
    );
    assert_eq!(got[0].welcome, Some(Welcome::WalkIn));
}

#[test]
fn a_commune_without_a_fitting_lieu_gets_the_nearest_with_their_distance() {
    let dir = directory();
    // Wattrelos has a lieu, but it offers no service: its position is still known.
    let place = dir.locate("Wattrelos").unwrap();
    let got = dir.nearby(&place, &[D]);
    let names: Vec<&str> = got.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["France services", "Lille Centre"]);
    assert!(got.iter().all(|n| n.distance_m.is_some()));
    // Marseille is beyond MAX_KM: never "near".
    assert!(!names.contains(&"Très loin"));
}

#[test]
fn homonyms_are_told_apart_by_the_postal_code_or_the_larger_commune() {
    let dir = directory();
    let p = dir.locate("Saint-Denis 97400").unwrap();
    assert_eq!(p.members.len(), 1);
    assert_eq!(dir.get(p.members[0]).name, "Saint-Denis Réunion");
    let p = dir.locate("st denis").unwrap();
    assert_eq!(p.members.len(), 2);
    let p = dir.locate("59200").unwrap();
    assert_eq!(p.name, "59200");
    assert!(dir.locate("Nulle-Part").is_none());
    assert!(dir.locate("").is_none());
}

#[test]
fn no_need_no_lieu() {
    let dir = directory();
    let place = dir.locate("Roubaix").unwrap();
    assert!(dir.nearby(&place, &[]).is_empty());
}

#[test]
fn fees_access_and_the_pass_read_from_the_file_values() {
    let mut f = Fees::default();
    f.add("Gratuit sous condition");
    assert_eq!(f.0, Fees::CONDITIONAL);
    f.add("Accepte le Pass numérique");
    f.add("payant");
    assert_eq!(f.0, Fees::CONDITIONAL | Fees::PAYING);
    let mut a = Access::default();
    a.add("Ce lieu n'accueille pas de public");
    assert!(!a.receives_public());
    assert!(mentions_pass("Avec chèque APTIC"));
    assert!(mentions_pass("Pass Numérique accepté"));
    assert!(!mentions_pass("Passe partout"));
    let mut l = lieu("x", "y", "00000", None, &[O]);
    l.access = Access::default();
    l.booking = "https://rdv.example".into();
    l.fees.add("Gratuit");
    assert_eq!(l.welcome(), Some(Welcome::Appointment));
    assert_eq!(l.fee(), Some(Fee::Free));
    l.pass = true;
    assert_eq!(l.fee(), Some(Fee::Conditional));
}
