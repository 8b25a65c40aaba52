//! The CRCN framework (the 16 Pix competences in 5 domains).

pub const CRCN: [&str; 16] = [
    "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2",
    "4.3", "5.1", "5.2",
];

/// The domain a CRCN code belongs to. These are the framework's official French names and,
/// like the banks' own text, they are content rather than interface strings.
pub fn crcn_domain(code: &str) -> Option<&'static str> {
    if !CRCN.contains(&code) {
        return None;
    }
    Some(match code.as_bytes()[0] {
        b'1' => "Informations et données",
        b'2' => "Communication et collaboration",
        b'3' => "Création de contenu",
        b'4' => "Protection et sécurité",
        _ => "Environnement numérique",
    })
}
