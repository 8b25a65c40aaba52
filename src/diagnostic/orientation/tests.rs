use super::*;
use crate::diagnostic::scoring::CompetenceScore;
use crate::testing::parse;

const BANK: &str = r#"schema = "diagnum/1"
[bank]
id = "orient"
title = "Orientation"
version = "1"
lang = "fr"
estimated_minutes = 5
[[competences]]
id = "a"
label = "A"
crcn = "1.1"
[[competences]]
id = "b"
label = "B"
crcn = "1.2"
[[competences]]
id = "c"
label = "C"
crcn = "2.1"
[[competences]]
id = "d"
label = "D"
crcn = "2.2"
[[paliers]]
id = "debut"
title = "Début"
min_percent = 0
learner = "l"
mediator = "m"
[[paliers]]
id = "milieu"
title = "Milieu"
min_percent = 40
learner = "l"
mediator = "m"
[[paliers]]
id = "haut"
title = "Haut"
min_percent = 80
learner = "l"
mediator = "m"
[[questions]]
id = "q"
type = "single"
competence = "a"
level = 1
prompt = "Q"
choices = [{ text = "oui", correct = true }, { text = "non" }]
[[trainings]]
id = "pc-1"
title = "Découvrir l'ordinateur"
duration_minutes = 120
aptic_level = 1
cheques = 3
service = "outils-du-quotidien"
device = "computer"
[[trainings]]
id = "tel-1"
title = "Premiers pas avec son téléphone"
duration_minutes = 120
aptic_level = 1
cheques = 3
service = "outils-du-quotidien"
device = "phone"
[[trainings]]
id = "t-a"
title = "A"
duration_minutes = 120
aptic_level = 2
cheques = 4
service = "outils-du-quotidien"
[[trainings]]
id = "t-b"
title = "B"
duration_minutes = 120
aptic_level = 2
cheques = 4
service = "outils-du-quotidien"
[[trainings]]
id = "t-c"
title = "C"
duration_minutes = 120
aptic_level = 2
cheques = 3
service = "outils-du-quotidien"
[[trainings]]
id = "t-d"
title = "D"
duration_minutes = 60
aptic_level = 1
cheques = 2
service = "outils-du-quotidien"
[[trainings]]
id = "t-haut"
title = "Projets"
duration_minutes = 120
aptic_level = 3
cheques = 2
service = "comprehension-monde-numerique"
[[orientation]]
id = "debut"
paliers = ["debut"]
recommend = ["pc-1", "t-d"]
stop = true
[[orientation]]
id = "a"
when = [{ competence = "a", below_percent = 50 }]
recommend = ["t-a"]
message = "Pour A."
[[orientation]]
id = "b"
when = [{ competence = "b", below_percent = 50 }]
recommend = ["t-b"]
message = "Pour B."
[[orientation]]
id = "c"
when = [{ competence = "c", below_percent = 50 }]
recommend = ["t-c"]
message = "Pour C."
[[orientation]]
id = "d"
when = [{ competence = "d", below_percent = 50 }]
recommend = ["t-d"]
message = "Pour D."
[[orientation]]
id = "haut"
paliers = ["haut"]
recommend = ["t-haut"]
"#;

/// Scores with these percentages (10 answers each, all with enough answers for a level).
fn scores(percents: &[(&str, f64)]) -> Scores {
    let competences: Vec<CompetenceScore> = percents
        .iter()
        .map(|(id, p)| CompetenceScore {
            guessed: 0.0,
            id: id.to_string(),
            label: id.to_uppercase(),
            domain: String::new(),
            crcn: None,
            asked: 10,
            points: p / 10.0,
            inferred: 0,
            max_level: 1,
            level: 1,
            self_asked: 0,
            self_points: 0.0,
            not_evaluated: 0,
            direct: 10,
            rated: true,
        })
        .collect();
    let points = competences.iter().map(|c| c.points).sum();
    Scores {
        guessed: 0.0,
        asked: 10 * competences.len(),
        points,
        direct: 10 * competences.len(),
        competences,
    }
}

fn ids(o: &Orientation) -> Vec<&str> {
    o.trainings.iter().map(|t| t.id.as_str()).collect()
}

#[test]
fn at_most_three_weakest_first_within_one_carnet() {
    let b = parse(BANK);
    let s = scores(&[("a", 40.0), ("b", 10.0), ("c", 30.0), ("d", 45.0)]);
    let o = orient(&b, &s, "milieu", None);
    // b (10 %), c (30 %), then a (40 %) would make 11 chèques: d (45 %) instead.
    assert_eq!(ids(&o), ["t-b", "t-c", "t-d"]);
    assert_eq!(o.messages, ["Pour B.", "Pour C.", "Pour D."]);
    assert_eq!(o.fired, ["a", "b", "c", "d"]);
    assert!(o.trainings.iter().map(|t| t.cheques).sum::<u32>() <= CARNET_CHEQUES);
}

#[test]
fn never_below_the_persons_level() {
    let b = parse(BANK);
    let s = scores(&[("a", 100.0), ("b", 100.0), ("c", 100.0), ("d", 40.0)]);
    let o = orient(&b, &s, "haut", None);
    // "t-d" is a level-1 (Découvrir) atelier: not for someone at the top palier.
    assert_eq!(ids(&o), ["t-haut"]);
}

#[test]
fn a_phone_only_person_is_sent_to_phone_trainings() {
    let b = parse(BANK);
    let s = scores(&[("a", 0.0), ("b", 0.0), ("c", 0.0), ("d", 0.0)]);
    let o = orient(&b, &s, "debut", Some(DeviceUse::PhoneOnly));
    assert_eq!(ids(&o), ["tel-1", "t-d"]);
    let o = orient(&b, &s, "debut", Some(DeviceUse::Computer));
    assert_eq!(ids(&o), ["pc-1", "t-d"]);
    let o = orient(&b, &s, "debut", Some(DeviceUse::Both));
    assert_eq!(ids(&o), ["pc-1", "t-d"]);
}

#[test]
fn a_beginner_always_gets_one() {
    let mut b = parse(BANK);
    // No rule for beginners at all: the catalogue's easiest training that suits them.
    b.rules.retain(|r| r.id.as_deref() != Some("debut"));
    let s = scores(&[("a", 60.0), ("b", 60.0), ("c", 60.0), ("d", 60.0)]);
    let o = orient(&b, &s, "debut", Some(DeviceUse::PhoneOnly));
    assert_eq!(ids(&o), ["t-d"]);
    let o = orient(&b, &s, "milieu", Some(DeviceUse::PhoneOnly));
    assert!(o.trainings.is_empty(), "{o:?}");
}

#[test]
fn a_competence_without_enough_answers_is_not_judged() {
    let b = parse(BANK);
    let mut s = scores(&[("a", 100.0), ("b", 0.0), ("c", 100.0), ("d", 100.0)]);
    s.competences[1].rated = false;
    let o = orient(&b, &s, "milieu", None);
    assert!(o.trainings.is_empty(), "{o:?}");
}

#[test]
fn a_training_still_titled_a_adapter_is_never_proposed_and_needs_follow_the_rest() {
    let mut b = parse(BANK);
    b.trainings
        .iter_mut()
        .find(|t| t.id == "t-b")
        .unwrap()
        .title = "À ADAPTER : titre de l'atelier".into();
    let s = scores(&[("a", 40.0), ("b", 10.0), ("c", 30.0), ("d", 45.0)]);
    let o = orient(&b, &s, "milieu", None);
    assert_eq!(ids(&o), ["t-c", "t-a", "t-d"]);
    // Needs: the weak competences, weakest first (all CRCN 1.x/2.x: everyday tools).
    let services = crate::diagnostic::needs::services(&o.needs);
    assert_eq!(services, [crate::bank::Service::OutilsDuQuotidien]);
}
