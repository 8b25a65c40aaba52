//! Hands-on tasks as a bank describes them: press a key, type a text, click a target.

use crate::bank::Scoring;
use crate::text::Tolerance;

#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Press one key; `attempts` wrong keys end the task as failed.
    Key { key: Key, attempts: u8 },
    /// Type `text`. Compared with `tolerance` (strict by default: capitals, accents and
    /// signs are what is measured); `Partial` scoring gives the share of right characters.
    Type {
        text: String,
        tolerance: Tolerance,
        scoring: Scoring,
    },
    /// Click (or double-click) a target labelled `label`; `attempts` misses end the task.
    Click {
        label: String,
        double: bool,
        attempts: u8,
    },
}

/// How many wrong keys or missed clicks a task allows by default.
pub const DEFAULT_ATTEMPTS: u8 = 3;
/// The label of a click target when the bank gives none.
pub const DEFAULT_TARGET: &str = "OK";

/// Typing tasks measure exactly what is typed, apart from spaces.
pub const STRICT: Tolerance = Tolerance {
    case: false,
    accents: false,
    punctuation: false,
    typo_ratio: 0.0,
};

/// A key a task asks for: a named key, or the character a key (with Maj or AltGr) types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Key {
    Named(NamedKey),
    Char(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum NamedKey {
    Enter,
    Backspace,
    Space,
    Tab,
    Delete,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
}

impl NamedKey {
    pub const ALL: [NamedKey; 11] = [
        NamedKey::Enter,
        NamedKey::Backspace,
        NamedKey::Space,
        NamedKey::Tab,
        NamedKey::Delete,
        NamedKey::Up,
        NamedKey::Down,
        NamedKey::Left,
        NamedKey::Right,
        NamedKey::Home,
        NamedKey::End,
    ];

    /// The name written in a bank (`key = "entree"`).
    pub fn name(self) -> &'static str {
        // From the label's id, so that each name is written once.
        &self.label_key()["key-".len()..]
    }

    /// Fluent id of the key's name for people ("la touche Entrée").
    pub fn label_key(self) -> &'static str {
        match self {
            NamedKey::Enter => "key-entree",
            NamedKey::Backspace => "key-retour-arriere",
            NamedKey::Space => "key-espace",
            NamedKey::Tab => "key-tabulation",
            NamedKey::Delete => "key-suppr",
            NamedKey::Up => "key-haut",
            NamedKey::Down => "key-bas",
            NamedKey::Left => "key-gauche",
            NamedKey::Right => "key-droite",
            NamedKey::Home => "key-debut",
            NamedKey::End => "key-fin",
        }
    }
}

/// Names a trainer may think of, which a terminal cannot see or which the program keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyProblem {
    /// Unknown name.
    Unknown,
    /// Échap: it opens the "quit?" dialog.
    Escape,
    /// Maj, Ctrl, Alt, AltGr, Verr Maj: a terminal does not see them pressed alone.
    Modifier,
}

/// Reads `key = "…"`: one character, or one of the names of [`NamedKey`].
pub fn parse_key(s: &str) -> Result<Key, KeyProblem> {
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return match c {
            ' ' => Ok(Key::Named(NamedKey::Space)),
            c if c.is_control() => Err(KeyProblem::Unknown),
            c => Ok(Key::Char(c)),
        };
    }
    let name = s.trim().to_lowercase();
    if let Some(k) = NamedKey::ALL.into_iter().find(|k| k.name() == name) {
        return Ok(Key::Named(k));
    }
    match name.as_str() {
        "echap" | "échap" | "esc" | "escape" => Err(KeyProblem::Escape),
        "maj" | "shift" | "ctrl" | "controle" | "contrôle" | "alt" | "altgr" | "alt-gr"
        | "verr-maj" | "verrmaj" | "majuscule" => Err(KeyProblem::Modifier),
        _ => Err(KeyProblem::Unknown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_a_character_or_a_name() {
        assert_eq!(parse_key("entree"), Ok(Key::Named(NamedKey::Enter)));
        assert_eq!(
            parse_key("Retour-Arriere"),
            Ok(Key::Named(NamedKey::Backspace))
        );
        assert_eq!(parse_key("@"), Ok(Key::Char('@')));
        assert_eq!(parse_key("A"), Ok(Key::Char('A')));
        assert_eq!(parse_key(" "), Ok(Key::Named(NamedKey::Space)));
        assert_eq!(parse_key("entre"), Err(KeyProblem::Unknown));
        assert_eq!(parse_key("echap"), Err(KeyProblem::Escape));
        assert_eq!(parse_key("maj"), Err(KeyProblem::Modifier));
        assert_eq!(parse_key(""), Err(KeyProblem::Unknown));
    }
}
