//! serde's English schema messages (relayed by toml) turned into problems we can
//! translate, and "did you mean" suggestions.

use super::ProblemKind;

/// The closest candidate to a misspelt word, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_string())
}

/// French words trainers write in place of the English field names, and the field meant.
const FRENCH: &[(&str, &str)] = &[
    ("question", "prompt"),
    ("enonce", "prompt"),
    ("consigne", "prompt"),
    ("intitule", "prompt"),
    ("niveau", "level"),
    ("choix", "choices"),
    ("reponses", "choices"),
    ("propositions", "choices"),
    ("reponse", "accept"),
    ("reponses", "accept"),
    ("bonne", "correct"),
    ("correcte", "correct"),
    ("juste", "correct"),
    ("vrai", "correct"),
    ("explication", "explanation"),
    ("titre", "title"),
    ("libelle", "label"),
    ("retour", "feedback"),
    ("commentaire", "feedback"),
    ("seuil", "min_percent"),
    ("duree", "estimated_minutes"),
    ("duree", "duration_minutes"),
    ("recommande", "recommend"),
    ("formations", "recommend"),
    ("melanger", "shuffle"),
    ("langue", "lang"),
    ("auteurs", "authors"),
    ("nom", "name"),
    ("elements", "items"),
    ("etapes", "items"),
    ("touche", "key"),
    ("texte", "text"),
    ("cible", "target"),
    ("essais", "attempts"),
    ("domaine", "domain"),
    ("competences", "competence"),
    ("seances", "sessions"),
];

/// The field a French word stands for, when that field is one of `expected`.
fn french<'a>(word: &str, expected: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    let plain: String =
        crate::text::normalize(word, &crate::text::Tolerance::default()).replace(' ', "_");
    FRENCH
        .iter()
        .filter(|(fr, _)| *fr == plain)
        .find(|(_, en)| expected.clone().any(|e| e == *en))
        .map(|(_, en)| en.to_string())
}

/// Turns serde's English schema messages (relayed by toml) into problems we can translate.
pub fn from_serde_message(msg: &str) -> ProblemKind {
    let ticked = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let msg = msg.trim();
    if msg.starts_with("unknown field") {
        let words = ticked(msg);
        let field = words.first().cloned().unwrap_or_default();
        let expected = || words.iter().skip(1).map(String::as_str);
        let suggestion = suggest(&field, expected()).or_else(|| french(&field, expected()));
        ProblemKind::UnknownField { field, suggestion }
    } else if msg.starts_with("missing field") {
        ProblemKind::MissingField {
            field: ticked(msg).into_iter().next().unwrap_or_default(),
        }
    } else if msg.starts_with("unknown variant") {
        let words = ticked(msg);
        let value = words.first().cloned().unwrap_or_default();
        let suggestion = suggest(&value, words.iter().skip(1).map(String::as_str));
        let expected = words
            .iter()
            .skip(1)
            .map(|w| format!("« {w} »"))
            .collect::<Vec<_>>();
        ProblemKind::UnknownValue {
            value,
            expected: expected.join(", "),
            suggestion,
        }
    } else if let Some(rest) = msg.strip_prefix("invalid value: integer `") {
        // "-1`, expected u8": a negative number, or one too large for the field.
        let value = rest.split('`').next().unwrap_or_default().to_string();
        let max = match rest.rsplit("expected ").next().unwrap_or_default() {
            _ if value.starts_with('-') => None,
            "u8" => Some(u8::MAX.to_string()),
            "u16" => Some(u16::MAX.to_string()),
            "u32" => Some(u32::MAX.to_string()),
            _ => Some(u64::MAX.to_string()),
        };
        ProblemKind::NumberRange { value, max }
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        ProblemKind::WrongType {
            found: found.to_string(),
            expected: expected.to_string(),
        }
    } else {
        ProblemKind::Schema {
            detail: msg.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_classified() {
        assert_eq!(
            from_serde_message("unknown field `promt`, expected one of `id`, `prompt`, `level`"),
            ProblemKind::UnknownField {
                field: "promt".into(),
                suggestion: Some("prompt".into())
            }
        );
        assert_eq!(
            from_serde_message("missing field `level`"),
            ProblemKind::MissingField {
                field: "level".into()
            }
        );
        assert!(matches!(
            from_serde_message("unknown variant `singel`, expected one of `single`, `multiple`, `text`"),
            ProblemKind::UnknownValue { suggestion: Some(s), .. } if s == "single"
        ));
    }

    #[test]
    fn french_field_names_point_to_the_english_ones() {
        let msg = "unknown field `Énoncé`, expected one of `id`, `prompt`, `level`";
        assert!(matches!(
            from_serde_message(msg),
            ProblemKind::UnknownField { suggestion: Some(s), .. } if s == "prompt"
        ));
        // Only toward a field of this table.
        let msg = "unknown field `niveau`, expected one of `id`, `title`";
        assert!(matches!(
            from_serde_message(msg),
            ProblemKind::UnknownField {
                suggestion: None,
                ..
            }
        ));
    }

    #[test]
    fn suggestion_needs_a_close_word() {
        assert_eq!(
            suggest("mesagerie", ["messagerie", "securite"]),
            Some("messagerie".into())
        );
        assert_eq!(suggest("zzz", ["messagerie", "securite"]), None);
    }
}
