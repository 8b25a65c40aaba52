//! One lieu as one line of text, the form the directory keeps them in (and the stored
//! import on disk): tab-separated fields, tabs, newlines and backslashes escaped. The
//! directory reads only what choosing needs from each line; a lieu is read whole only when
//! shown.

use std::borrow::Cow;

use super::{Access, Fees, Lieu, Services};

pub const FIELDS: usize = 16;
/// Field positions.
pub const POSTAL_CODE: usize = 3;
pub const LAT: usize = 6;
pub const LON: usize = 7;
pub const SERVICES: usize = 10;
pub const ACCESS: usize = 13;
pub const KEY: usize = 15;

fn escape(s: &str) -> Cow<'_, str> {
    if !s.contains(['\\', '\t', '\n', '\r']) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.replace('\\', "\\\\")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
            .replace('\r', "\\r"),
    )
}

pub fn unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(c) => out.push(c),
            None => {}
        }
    }
    Cow::Owned(out)
}

/// The line of a lieu (without its newline); `key`: its commune's key.
pub fn encode(l: &Lieu, key: &str) -> String {
    let (lat, lon) = l.coords.map_or((String::new(), String::new()), |(a, b)| {
        (a.to_string(), b.to_string())
    });
    [
        escape(&l.id),
        escape(&l.name),
        escape(&l.commune),
        escape(&l.postal_code),
        escape(&l.address),
        escape(&l.complement),
        lat.into(),
        lon.into(),
        escape(&l.phone),
        escape(&l.hours),
        l.services.0.to_string().into(),
        l.fees.0.to_string().into(),
        u8::from(l.pass).to_string().into(),
        l.access.0.to_string().into(),
        escape(&l.booking),
        escape(key),
    ]
    .join("\t")
}

/// The fields of a line, or `None` when it has not [`FIELDS`] of them.
pub fn fields(line: &str) -> Option<[&str; FIELDS]> {
    let mut out = [""; FIELDS];
    let mut it = line.split('\t');
    for f in &mut out {
        *f = it.next()?;
    }
    it.next().is_none().then_some(out)
}

/// (latitude, longitude) of a line's fields.
pub fn coords(f: &[&str; FIELDS]) -> Option<(f64, f64)> {
    match (f[LAT].parse::<f64>(), f[LON].parse::<f64>()) {
        (Ok(a), Ok(b)) => Some((a, b)),
        _ => None,
    }
}

/// The whole lieu of a line's fields.
pub fn decode(f: &[&str; FIELDS]) -> Lieu {
    let text = |i: usize| unescape(f[i]).into_owned();
    Lieu {
        id: text(0),
        name: text(1),
        commune: text(2),
        postal_code: text(POSTAL_CODE),
        address: text(4),
        complement: text(5),
        coords: coords(f),
        phone: text(8),
        hours: text(9),
        services: Services(f[SERVICES].parse().unwrap_or(0)),
        fees: Fees(f[11].parse().unwrap_or(0)),
        pass: f[12] == "1",
        access: Access(f[ACCESS].parse().unwrap_or(Access::NO_PUBLIC)),
        booking: text(14),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lieu_reads_back_whatever_its_text_holds() {
        let l = Lieu {
            id: "a\tb".into(),
            name: "Ligne\\n pas un retour".into(),
            address: "1 rue\nde la Paix".into(),
            coords: Some((50.5, -3.25)),
            ..Lieu::default()
        };
        let line = encode(&l, "cle");
        assert!(!line.contains('\n'));
        let f = fields(&line).unwrap();
        assert_eq!(decode(&f), l);
        assert_eq!(f[KEY], "cle");
        assert!(fields("a\tb").is_none());
    }
}
