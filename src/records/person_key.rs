//! A short key per person, for the export: the same name or file number gives the same key
//! in every session of one data folder, so a funder can count people (and pair a "before"
//! with an "after") without the export ever holding a name.
//!
//! The key is an HMAC-SHA-256 of the name, written in a plain form (no case, accents or
//! signs: "Mme Lefèvre" and "mme lefevre" are one person), keyed with a random secret kept
//! in the data folder (`person-key.secret`, readable by its owner only). Without that
//! secret, nobody can tell from a key which name it came from, not even by trying every
//! name of a phone book: the secret must stay in the data folder and never travel with an
//! export. Two data folders have two secrets, so their keys do not match (a Hub sharing
//! one folder between its kiosks has one).

use std::io::{self, Read, Write};
use std::path::Path;

use pbkdf2::hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::text::{Tolerance, normalize};

/// The file beside the `sessions` folder.
pub const SECRET_FILE: &str = "person-key.secret";
const SECRET_LEN: usize = 32;
/// The alphabet of session numbers: no 0/O, 1/I/L to misread.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// 8 letters of 31: about 8.5·10^11 keys, so two people of one lieu almost never share one.
const KEY_LEN: usize = 8;

/// The data folder's secret; never shown.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret([u8; SECRET_LEN]);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    pub fn from_bytes(bytes: [u8; SECRET_LEN]) -> Secret {
        Secret(bytes)
    }
}

/// The data folder's secret, made the first time it is needed. Several diagnum on one
/// shared folder agree on it: the secret is written whole to a file of its own, then linked
/// under its name, which fails when another diagnum got there first (their secret is used).
pub fn secret(data_dir: &Path) -> io::Result<Secret> {
    let path = data_dir.join(SECRET_FILE);
    match read(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        other => return other,
    }
    let fresh: [u8; SECRET_LEN] = rand::random();
    let tmp = data_dir.join(format!(".{SECRET_FILE}.{}.tmp", std::process::id()));
    let written = write_private(&tmp, hex(&fresh).as_bytes());
    let linked = written.and_then(|()| std::fs::hard_link(&tmp, &path));
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => {
            super::journal::sync_dir(data_dir);
            Ok(Secret(fresh))
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => read(&path),
        // A file system without links (some network shares): a plain new file.
        Err(_) => {
            write_private_new(&path, hex(&fresh).as_bytes())?;
            Ok(Secret(fresh))
        }
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    open_write(&opts, path, bytes)
}

fn write_private_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    open_write(&opts, path, bytes)
}

fn open_write(opts: &std::fs::OpenOptions, path: &Path, bytes: &[u8]) -> io::Result<()> {
    #[cfg(unix)]
    let opts = &{
        let mut o = opts.clone();
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
        o
    };
    let mut f = opts.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

fn read(path: &Path) -> io::Result<Secret> {
    let mut text = String::new();
    std::fs::File::open(path)?.read_to_string(&mut text)?;
    let bytes: Vec<u8> = (0..text.trim().len() / 2)
        .filter_map(|i| u8::from_str_radix(text.trim().get(2 * i..2 * i + 2)?, 16).ok())
        .collect();
    bytes
        .try_into()
        .map(Secret)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, SECRET_FILE))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// "P-4K7M3QX9" for a name; `None` when nothing is left of it once written plainly.
pub fn key(secret: &Secret, pseudonym: &str) -> Option<String> {
    let plain = normalize(pseudonym, &Tolerance::default());
    if plain.is_empty() {
        return None;
    }
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&secret.0) else {
        return None;
    };
    mac.update(plain.as_bytes());
    let digest = mac.finalize().into_bytes();
    let mut n = u64::from_be_bytes(digest[..8].try_into().ok()?);
    let base = ALPHABET.len() as u64;
    let letters: String = (0..KEY_LEN)
        .map(|_| {
            let c = ALPHABET[(n % base) as usize] as char;
            n /= base;
            c
        })
        .collect();
    Some(format!("P-{letters}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_one_key_whatever_the_spelling_and_not_the_name() {
        let s = Secret::from_bytes([7; SECRET_LEN]);
        let a = key(&s, "Mme Lefèvre").unwrap();
        assert_eq!(Some(a.clone()), key(&s, "  mme   LEFEVRE "));
        assert_ne!(Some(a.clone()), key(&s, "Mme Lefebvre"));
        assert_eq!(a.len(), 2 + KEY_LEN);
        assert!(!a.to_lowercase().contains("lef"), "{a}");
        // Another folder, another secret: the keys do not match.
        assert_ne!(
            Some(a),
            key(&Secret::from_bytes([8; SECRET_LEN]), "Mme Lefèvre")
        );
        assert_eq!(key(&s, " - "), None);
    }

    #[test]
    fn the_secret_is_made_once_then_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let first = secret(dir.path()).unwrap();
        let again = secret(dir.path()).unwrap();
        assert_eq!(first, again);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(SECRET_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(dir.path().join(SECRET_FILE), "not hex").unwrap();
        assert!(secret(dir.path()).is_err());
    }
}
