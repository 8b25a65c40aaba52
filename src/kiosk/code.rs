//! The admin code that closes a kiosk. The config never holds the code itself, only
//! `pbkdf2-sha256$ROUNDS$SALT$HASH` (salt and hash in hex): a copied config does not give
//! the code away, and each guess costs a noticeable fraction of a second.

use std::fmt;

use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

/// What `diagnum kiosk hash-code` writes. About half a second on a 2010 PC: fine for an
/// admin leaving the kiosk, costly for anyone trying every code from a copied config.
pub const ROUNDS: u32 = 600_000;
const SCHEME: &str = "pbkdf2-sha256";
const SALT_LEN: usize = 16;
/// Shorter codes are too easy to guess by looking over a shoulder or trying.
pub const MIN_LEN: usize = 4;
/// Typed codes longer than this are cut: the field is not a text editor.
pub const MAX_LEN: usize = 64;

#[derive(Clone, PartialEq, Eq)]
pub struct CodeHash {
    rounds: u32,
    salt: Vec<u8>,
    hash: [u8; 32],
}

/// Never print the hash in debug output (logs, test failures).
impl fmt::Debug for CodeHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CodeHash({SCHEME}, {} rounds)", self.rounds)
    }
}

/// Why a new code was refused by `hash-code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewCodeError {
    TooShort,
    TooLong,
    Mismatch,
}

/// Spaces around a code are never meant: a stray one must not lock the admin out.
fn normalize(code: &str) -> &str {
    code.trim()
}

impl CodeHash {
    pub fn new(code: &str, salt: &[u8], rounds: u32) -> CodeHash {
        let mut hash = [0u8; 32];
        pbkdf2_hmac::<Sha256>(normalize(code).as_bytes(), salt, rounds, &mut hash);
        CodeHash {
            rounds,
            salt: salt.to_vec(),
            hash,
        }
    }

    /// A fresh random salt; `ROUNDS` rounds but in tests.
    pub fn generate(code: &str, rounds: u32) -> CodeHash {
        CodeHash::new(code, &fresh_salt(), rounds)
    }

    /// Reads the config's text form; `None` when it is not one.
    pub fn parse(text: &str) -> Option<CodeHash> {
        let mut parts = text.trim().split('$');
        let (scheme, rounds, salt, hash) =
            (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if scheme != SCHEME || parts.next().is_some() {
            return None;
        }
        let rounds: u32 = rounds.parse().ok().filter(|r| *r > 0)?;
        let salt = from_hex(salt).filter(|s| !s.is_empty())?;
        let hash: [u8; 32] = from_hex(hash)?.try_into().ok()?;
        Some(CodeHash { rounds, salt, hash })
    }

    /// Whether the typed code is the right one. Compares every byte, whatever the first
    /// difference, so the time taken says nothing about how close a guess was.
    pub fn verify(&self, typed: &str) -> bool {
        let other = CodeHash::new(typed, &self.salt, self.rounds);
        self.hash
            .iter()
            .zip(other.hash.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }

    /// Whether the text looks like an attempt at our format (for a clearer error).
    pub fn looks_hashed(text: &str) -> bool {
        text.trim().starts_with("pbkdf2")
    }
}

impl fmt::Display for CodeHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{SCHEME}${}${}${}",
            self.rounds,
            to_hex(&self.salt),
            to_hex(&self.hash)
        )
    }
}

fn fresh_salt() -> [u8; SALT_LEN] {
    rand::random()
}

/// Checks a new code typed twice, as `hash-code` asks for it.
pub fn check_new(code: &str, again: &str) -> Result<(), NewCodeError> {
    let code = normalize(code);
    if code.chars().count() < MIN_LEN {
        Err(NewCodeError::TooShort)
    } else if code.chars().count() > MAX_LEN {
        Err(NewCodeError::TooLong)
    } else if code != normalize(again) {
        Err(NewCodeError::Mismatch)
    } else {
        Ok(())
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Few rounds: the tests run unoptimised.
    fn quick(code: &str) -> CodeHash {
        CodeHash::new(code, b"0123456789abcdef", 1000)
    }

    #[test]
    fn right_code_verifies_and_wrong_ones_do_not() {
        let h = quick("4821");
        assert!(h.verify("4821"));
        assert!(h.verify(" 4821 "), "spaces around are ignored");
        for wrong in ["4822", "482", "48210", "", "4 821"] {
            assert!(!h.verify(wrong), "{wrong}");
        }
    }

    #[test]
    fn text_form_round_trips_and_hides_the_code() {
        let h = quick("médiathèque");
        let text = h.to_string();
        assert!(text.starts_with("pbkdf2-sha256$1000$30313233"), "{text}");
        assert!(!text.contains("médiathèque"));
        let back = CodeHash::parse(&text).unwrap();
        assert_eq!(back, h);
        assert!(back.verify("médiathèque"));
        assert_eq!(format!("{h:?}"), "CodeHash(pbkdf2-sha256, 1000 rounds)");
    }

    #[test]
    fn salt_makes_equal_codes_hash_differently() {
        let a = CodeHash::new("4821", b"salt-one", 1000);
        let b = CodeHash::new("4821", b"salt-two", 1000);
        assert_ne!(a.to_string(), b.to_string());
        assert_ne!(fresh_salt(), fresh_salt());
    }

    #[test]
    fn malformed_text_is_refused() {
        let good = quick("4821").to_string();
        let (head, hash) = good.rsplit_once('$').unwrap();
        for bad in [
            "4821".to_string(),
            "pbkdf2-sha256$1000$abcd".to_string(),
            format!("{good}$extra"),
            format!("{head}${}", &hash[2..]),
            format!("{head}$zz{}", &hash[2..]),
            good.replace("sha256", "sha1"),
            good.replace("$1000$", "$0$"),
            good.replace("$1000$", "$mille$"),
        ] {
            assert_eq!(CodeHash::parse(&bad), None, "{bad}");
        }
        assert!(CodeHash::looks_hashed(&good) && !CodeHash::looks_hashed("4821"));
    }

    #[test]
    fn new_codes_are_long_enough_and_typed_twice_alike() {
        assert_eq!(check_new("482", "482"), Err(NewCodeError::TooShort));
        assert_eq!(check_new("  48  ", "48"), Err(NewCodeError::TooShort));
        assert_eq!(check_new("4821", "4812"), Err(NewCodeError::Mismatch));
        assert_eq!(
            check_new(&"9".repeat(65), &"9".repeat(65)),
            Err(NewCodeError::TooLong)
        );
        assert_eq!(check_new("4821", "4821 "), Ok(()));
    }
}
