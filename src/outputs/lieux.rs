//! The lieux near the person, in words: for the results, the fiche and the screen. The
//! opening hours are read aloud-friendly French ("le mardi et le jeudi de 14 h à 18 h"),
//! or shown as written when they cannot be read.

use crate::diagnostic::lieux::hours;
use crate::diagnostic::lieux::{Fee, Local, Nearby, Welcome};
use crate::i18n::{Arg, Tr};

/// "Où vous faire accompagner près de Roubaix", or why there is no lieu to show.
pub fn heading(local: &Local, tr: &Tr) -> String {
    let key = match (local.known, local.lieux.is_empty()) {
        (false, _) => "lieux-unknown-place",
        (true, true) => "lieux-nothing-near",
        (true, false) => "lieux-title",
    };
    tr.t_args(key, &[("place", Arg::from(local.place.clone()))])
}

/// "à 800 m", "à 2,4 km", "à 14 km".
pub fn distance(metres: u32, tr: &Tr) -> String {
    if metres < 1000 {
        let m = (metres.div_ceil(100) * 100).max(100);
        return tr.t_args("lieu-distance-m", &[("m", Arg::from(m.to_string()))]);
    }
    let km = f64::from(metres) / 1000.0;
    let text = if km < 10.0 {
        format!("{km:.1}").replace('.', &tr.t("decimal-separator"))
    } else {
        format!("{}", km.round() as u32)
    };
    tr.t_args("lieu-distance-km", &[("km", Arg::from(text))])
}

/// The lieu's name, with its distance when it is not in the person's commune.
pub fn title(n: &Nearby, tr: &Tr) -> String {
    match n.distance_m {
        Some(d) => format!("{} ({})", n.name, distance(d, tr)),
        None => n.name.clone(),
    }
}

/// "+33320817000" as French people read it: "03 20 81 70 00"; other numbers as written.
pub fn phone(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    match digits.strip_prefix("+33") {
        Some(rest) if rest.len() == 9 && rest.chars().all(|c| c.is_ascii_digit()) => {
            let national = format!("0{rest}");
            let pairs: Vec<&str> = (0..5).map(|i| &national[i * 2..i * 2 + 2]).collect();
            pairs.join(" ")
        }
        _ => number.to_string(),
    }
}

/// "Tél. 03 20 00 00 00 · sur rendez-vous · Gratuit"
pub fn contact(n: &Nearby, tr: &Tr) -> String {
    let mut parts = Vec::new();
    if !n.phone.is_empty() {
        parts.push(tr.t_args("lieu-phone", &[("phone", Arg::from(phone(&n.phone)))]));
    }
    if let Some(w) = n.welcome {
        parts.push(tr.t(match w {
            Welcome::WalkIn => "lieu-walk-in",
            Welcome::Appointment => "lieu-appointment",
        }));
    }
    if let Some(f) = n.fee {
        parts.push(tr.t(match f {
            Fee::Free => "lieu-fee-free",
            Fee::Conditional if n.pass => "lieu-fee-pass",
            Fee::Conditional => "lieu-fee-conditional",
            Fee::Paying => "lieu-fee-paying",
        }));
    }
    parts.join(" · ")
}

/// "Horaires : le mardi et le jeudi de 14 h à 18 h"; `None` without hours.
pub fn opening(n: &Nearby, tr: &Tr) -> Option<String> {
    (!n.hours.is_empty()).then(|| {
        let words = hours::words(&n.hours, tr).unwrap_or_else(|| n.hours.clone());
        tr.t_args("lieu-hours", &[("hours", Arg::from(words))])
    })
}

/// "Pour : Aide aux démarches administratives, …"; `None` without any.
pub fn services(n: &Nearby, tr: &Tr) -> Option<String> {
    (!n.services.is_empty()).then(|| {
        let names: Vec<String> = n.services.iter().map(|s| tr.t(s.key())).collect();
        tr.t_args(
            "lieu-services",
            &[("services", Arg::from(names.join(", ")))],
        )
    })
}

/// The lines under a lieu's title: address, contact, hours, and the services it offers
/// (empty ones left out). The fiche leaves the services out (`brief`): one A4 page.
pub fn details(n: &Nearby, tr: &Tr) -> Vec<String> {
    let mut out = brief(n, tr);
    out.extend(services(n, tr));
    out
}

/// [`details`] without the services.
pub fn brief(n: &Nearby, tr: &Tr) -> Vec<String> {
    [
        Some(n.address.clone()),
        Some(contact(n, tr)),
        opening(n, tr),
    ]
    .into_iter()
    .flatten()
    .filter(|l| !l.is_empty())
    .collect()
}

/// The whole section as text lines: the heading, then each lieu ("- title", details
/// indented).
pub fn text(local: &Local, tr: &Tr) -> Vec<String> {
    let mut out = vec![heading(local, tr)];
    for n in &local.lieux {
        out.push(format!("  - {}", title(n, tr)));
        out.extend(details(n, tr).into_iter().map(|l| format!("    {l}")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Service;
    use crate::i18n::Lang;

    #[test]
    fn a_lieu_reads_in_plain_words() {
        let tr = Tr::new(Lang::Fr);
        let n = Nearby {
            name: "France services".into(),
            address: "5 place du Général de Gaulle, 61220 Briouze".into(),
            phone: "+33233628153".into(),
            welcome: Some(Welcome::Appointment),
            fee: Some(Fee::Conditional),
            pass: true,
            hours: "Tu,Th 14:00-18:00".into(),
            distance_m: Some(2430),
            services: vec![Service::DemarchesAdministratives],
        };
        let local = Local {
            place: "Briouze".into(),
            known: true,
            lieux: vec![n],
        };
        assert_eq!(
            text(&local, &tr).join("\n"),
            "Où vous faire accompagner près de Briouze\n\
             \x20 - France services (à 2,4 km)\n\
             \x20   5 place du Général de Gaulle, 61220 Briouze\n\
             \x20   Tél. 02 33 62 81 53 · sur rendez-vous · Gratuit sous condition (pass numérique accepté)\n\
             \x20   Horaires : le mardi et le jeudi de 14 h à 18 h\n\
             \x20   Pour : Aide aux démarches administratives"
        );
        assert_eq!(distance(80, &tr), "à 100 m");
        assert_eq!(phone("+590590123456"), "+590590123456");
        assert_eq!(phone("03 84 58 58 58"), "03 84 58 58 58");
        assert_eq!(distance(14_400, &tr), "à 14 km");
    }
}
