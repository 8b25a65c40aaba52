use super::speakable;
use crate::i18n::{Lang, Tr};

fn fr(text: &str) -> String {
    speakable(text, &Tr::new(Lang::Fr))
}

fn en(text: &str) -> String {
    speakable(text, &Tr::new(Lang::En))
}

#[test]
fn e_mail_addresses_are_said_sign_by_sign() {
    assert_eq!(
        fr("Écrivez à jean.dupont@gmail.com."),
        "Écrivez à jean point dupont arobase gmail point com."
    );
    assert_eq!(fr("le signe @"), "le signe arobase");
    assert_eq!(
        en("Write to jean.dupont@gmail.com."),
        "Write to jean dot dupont at gmail dot com."
    );
    assert_eq!(
        fr("« marie_martin@exemple.fr »"),
        "« marie tiret bas martin arobase exemple point fr »"
    );
}

#[test]
fn e_mail_the_word_and_falc_are_said_in_french() {
    assert_eq!(
        fr("Envoyer un e-mail, deux E-mails, un mail."),
        "Envoyer un imèle, deux imèles, un mèle."
    );
    assert_eq!(
        fr("Questions en mots simples (FALC) : oui."),
        "Questions en mots simples (facile à lire et à comprendre) : oui."
    );
    // Only the acronym: "falc" in lower case is left as it is.
    assert_eq!(fr("falc"), "falc");
    assert_eq!(en("Send an email."), "Send an e-mail.");
    assert_eq!(fr("le wifi"), "le Wi-Fi");
}

#[test]
fn prices_are_said_as_people_say_them() {
    assert_eq!(fr("réglez 2,50 € ici"), "réglez 2 euros 50 ici");
    assert_eq!(fr("Elle coûte 1,99 €."), "Elle coûte 1 euro 99.");
    assert_eq!(fr("1,99\u{a0}€"), "1 euro 99");
    assert_eq!(fr("5€"), "5 euros");
    assert_eq!(fr("1 €"), "1 euro");
    assert_eq!(fr("0,50 €"), "50 centimes");
    assert_eq!(fr("1,5 €"), "1 euro 50");
    assert_eq!(fr("1,05 €"), "1 euro 5");
    assert_eq!(fr("3,20 euros"), "3 euros 20");
    assert_eq!(en("It costs €1.99"), "It costs 1 euro 99");
    // "1 000 €": the voice reads the thousands; only the sign becomes a word.
    assert_eq!(fr("1 000 €"), "1 000 euros");
    // Not prices.
    assert_eq!(fr("3,5 kilos"), "3,5 kilos");
    assert_eq!(fr("€"), "€");
}

#[test]
fn web_addresses_and_file_names_say_their_dots() {
    assert_eq!(
        fr("Allez sur https://www.impots.gouv.fr/particulier/ pour déclarer."),
        "Allez sur w w w point impots point gouv point fr slash particulier pour déclarer."
    );
    assert_eq!(fr("le site ameli.fr."), "le site ameli point fr.");
    assert_eq!(
        fr("http://exemple.fr/page?id=3#haut"),
        "exemple point fr slash page"
    );
    // Only the scheme: said as it is ("ici : http://…").
    assert_eq!(fr("ici : http://… »"), "ici : http… »");
    assert_eq!(fr("la photo.jpg"), "la photo point jpg");
    // Numbers, abbreviations and sentence ends keep their dots.
    assert_eq!(
        fr("3.5 etc. c.-à-d. M. Dupont"),
        "3.5 etc. c.-à-d. M. Dupont"
    );
}

#[test]
fn ordinals_numbers_and_signs() {
    assert_eq!(fr("la 2e question"), "la 2ième question");
    assert_eq!(fr("le 3ème étage"), "le 3ième étage");
    assert_eq!(
        fr("la 1re fois, le 1er jour"),
        "la première fois, le premier jour"
    );
    assert_eq!(fr("dossier n°12"), "dossier numéro 12");
    assert_eq!(fr("N° de sécurité sociale"), "numéro de sécurité sociale");
    // English keeps its own ordinals.
    assert_eq!(en("the 2nd question"), "the 2nd question");
    // Phone numbers, hours and percentages are read well as they are.
    assert_eq!(
        fr("06 12 34 56 78 à 14h30, 50 %"),
        "06 12 34 56 78 à 14h30, 50 %"
    );
}

#[test]
fn inclusive_writing_is_said_as_people_say_it() {
    assert_eq!(fr("Réponse 1 : Seul(e)."), "Réponse 1 : Seul.");
    assert_eq!(
        fr("Les inscrit(e)s, connecté·e·s."),
        "Les inscrit, connecté."
    );
    // Other brackets are left alone.
    assert_eq!(fr("(x) 1. le SMS(texto)"), "(x) 1. le SMS(texto)");
}

#[test]
fn blanks_arrows_and_spacing() {
    assert_eq!(
        fr("marie.martin ___ exemple.fr"),
        "marie point martin blanc exemple point fr"
    );
    assert_eq!(fr("Entrée → valider  ·  ↑↓ aller"), "Entrée valider aller");
    assert_eq!(fr("↑↓ choisir"), "choisir");
    assert_eq!(fr("  \n "), "");
}
