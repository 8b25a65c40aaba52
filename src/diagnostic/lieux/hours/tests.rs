use super::*;
use crate::i18n::Lang;

fn fr(value: &str) -> Option<String> {
    words(value, &Tr::new(Lang::Fr))
}

#[test]
fn the_issue_example_reads_as_plain_french() {
    assert_eq!(
        fr("Tu,Th 14:00-18:00").as_deref(),
        Some("le mardi et le jeudi de 14 h à 18 h")
    );
}

#[test]
fn the_schema_and_real_values_read() {
    assert_eq!(
        fr("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").as_deref(),
        Some(
            "du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h 30 ; le samedi de 8 h 30 à 12 h"
        )
    );
    // A later rule replaces the earlier one on its days.
    assert_eq!(
        fr("Mo-Fr 09:00-12:30,14:00-17:00; Tu,We 09:00-12:30,14:00-18:00").as_deref(),
        Some(
            "le lundi, le jeudi et le vendredi de 9 h à 12 h 30 et de 14 h à 17 h ; \
             le mardi et le mercredi de 9 h à 12 h 30 et de 14 h à 18 h"
        )
    );
    assert_eq!(
        fr("Mo-Sa 10:00-18:00; PH off").as_deref(),
        Some("du lundi au samedi de 10 h à 18 h ; fermé les jours fériés")
    );
    assert_eq!(
        fr("Mo-Fr 09:00-17:00; We off").as_deref(),
        Some("le lundi, le mardi, le jeudi et le vendredi de 9 h à 17 h")
    );
    assert_eq!(
        fr("Mo,Tu,We,Fr 09:00-12:00").as_deref(),
        Some("du lundi au mercredi et le vendredi de 9 h à 12 h")
    );
    assert_eq!(
        fr("Mo-Su 08:00-20:00").as_deref(),
        Some("tous les jours de 8 h à 20 h")
    );
    assert_eq!(
        fr("Th 14:00-17:00 \"sur rendez-vous\"").as_deref(),
        Some("le jeudi de 14 h à 17 h (sur rendez-vous)")
    );
    assert_eq!(fr("24/7").as_deref(), Some("tous les jours, 24 h sur 24"));
    assert_eq!(
        fr("Sa-Mo 10:00-12:00").as_deref(),
        Some("le lundi, le samedi et le dimanche de 10 h à 12 h")
    );
}

#[test]
fn what_is_beyond_the_common_syntax_is_unreadable() {
    for v in [
        "week 1-53/2 Mo 09:30-12:30,13:30-15:30; PH off",
        "Mo[1] off",
        "Jan-Jun Mo 09:00-12:00",
        "Mo-Fr",
        "sur rendez-vous",
        "Mo 25:00-26:00",
        "Mo 12:00-09:00",
        "Xx 09:00-12:00",
        "",
        "off",
        "PH 10:00-12:00",
    ] {
        assert_eq!(fr(v), None, "{v}");
    }
}

#[test]
fn english_reads_too() {
    assert_eq!(
        words("Tu,Th 14:00-18:30", &Tr::new(Lang::En)).as_deref(),
        Some("on Tuesday and on Thursday from 14:00 to 18:30")
    );
}
