//! The printable fiche given to the person: one A4 page, as text or as a standalone HTML
//! file (no network resource, print CSS, large type).

mod html;

use crate::bank::{Lieu, Training};
use crate::i18n::{Arg, Lang, Tr};
use crate::outputs::lieux;
use crate::outputs::report::{
    competence_learner_line, duration, is_placeholder, training_line_learner,
};
use crate::records::history::Stored;

pub use html::html;

/// A lieu on the fiche: its title ("name (à 2,4 km)") and the lines under it.
pub type LieuLines = (String, Vec<String>);

/// Everything the fiche shows, already worded in the session's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Fiche {
    pub id: String,
    pub date: String,
    pub duration: String,
    pub bank: String,
    pub pseudonym: Option<String>,
    pub complete: bool,
    /// (competence, "bien acquis", bar filling 0..=8) for the competences with a level:
    /// plain words and a bar of the share of right answers, no level number.
    pub levels: Vec<(String, String, u8)>,
    /// (competence, why it has no level: "non évaluée", "pas assez de réponses…").
    pub not_evaluated: Vec<(String, String)>,
    pub palier: Option<(String, String)>,
    pub trainings: Vec<(String, String, String)>,
    pub lieu: Vec<String>,
    /// The lieux de médiation numérique near the person: the heading, then (title, detail
    /// lines) of each.
    pub near: Option<(String, Vec<LieuLines>)>,
    pub note: Option<String>,
    /// The médiateur's part, printed after the person's page when asked for (`results
    /// print --mediator`): the whole result with its figures and the answers given.
    pub mediator: Option<String>,
}

/// The translator for a session's fiche: the language the person took it in.
pub fn session_tr(s: &Stored, fallback: Tr) -> Tr {
    s.header()
        .and_then(|h| Lang::parse(&h.lang))
        .map_or(fallback, Tr::new)
}

pub fn build(s: &Stored, note: Option<String>, tr: &Tr) -> Option<Fiche> {
    let h = s.header()?;
    let summary = s.result();
    let o = summary.map(|x| &x.outcome);
    let day = s.started().date();
    let mut levels = Vec::new();
    let mut not_evaluated = Vec::new();
    for c in o.into_iter().flat_map(|o| &o.scores.competences) {
        let word = competence_learner_line(tr, c);
        match (c.rated_level(), c.percent()) {
            (Some(_), Some(p)) => levels.push((c.label.clone(), word, (p / 12.5).round() as u8)),
            _ => not_evaluated.push((c.label.clone(), word)),
        }
    }
    let trainings = o.map_or(&[][..], |o| &o.orientation.trainings[..]);
    Some(Fiche {
        id: h.id.clone(),
        date: if tr.lang() == Lang::Fr {
            day.french()
        } else {
            day.iso()
        },
        duration: duration(tr, u32::try_from(s.duration_minutes()).unwrap_or(u32::MAX)),
        bank: format!("{} ({})", h.bank_title, h.bank_version),
        pseudonym: h.pseudonym.clone(),
        complete: s.summary().is_some(),
        levels,
        not_evaluated,
        palier: o.map(|o| (o.palier.title.clone(), o.palier.learner.clone())),
        trainings: trainings.iter().map(|t| training(t, tr)).collect(),
        lieu: summary
            .and_then(|x| x.lieu.as_ref())
            .map(lieu_lines)
            .unwrap_or_default(),
        near: summary.and_then(|x| x.local.as_ref()).map(|l| {
            let lieux = l
                .lieux
                .iter()
                .map(|n| (lieux::title(n, tr), lieux::brief(n, tr)))
                .collect();
            (lieux::heading(l, tr), lieux)
        }),
        note: note.filter(|n| !n.trim().is_empty()),
        mediator: None,
    })
}

/// Without a finished result, "no training needed" would be wrong: say why there is none.
pub fn no_training(f: &Fiche, tr: &Tr) -> String {
    tr.t(if f.complete || f.palier.is_some() {
        "report-no-training"
    } else {
        "fiche-no-orientation"
    })
}

/// (title, "3 séances de 2 h · 3 chèques · …", place and contact): the person's words,
/// without the APTIC level or what the lieu has not filled in yet ("À ADAPTER").
fn training(t: &Training, tr: &Tr) -> (String, String, String) {
    let place = [t.place.as_str(), t.contact.as_str()]
        .into_iter()
        .filter(|x| !x.is_empty() && !is_placeholder(x))
        .collect::<Vec<_>>()
        .join(" · ");
    (t.title.clone(), training_line_learner(tr, t), place)
}

fn lieu_lines(l: &Lieu) -> Vec<String> {
    [&l.name, &l.address, &l.phone, &l.email, &l.hours]
        .into_iter()
        .filter(|x| !x.is_empty() && !is_placeholder(x))
        .cloned()
        .collect()
}

/// Lines of the text fiche, at most: `lp` cuts longer ones mid-word.
pub const TEXT_WIDTH: usize = 78;

/// The fiche as plain text, every line wrapped to [`TEXT_WIDTH`] columns.
pub fn text(f: &Fiche, tr: &Tr) -> String {
    let mut s = String::new();
    let mut push = |line: String| {
        s.push_str(&line);
        s.push('\n');
    };
    push(tr.t("fiche-title"));
    push("=".repeat(tr.t("fiche-title").chars().count()));
    push(String::new());
    push(format!("{} : {}", tr.t("fiche-date"), f.date));
    push(format!("{} : {}", tr.t("fiche-duration"), f.duration));
    push(format!("{} : {}", tr.t("fiche-bank"), f.bank));
    if let Some(p) = &f.pseudonym {
        push(format!("{} : {p}", tr.t("fiche-pseudonym")));
    }
    if !f.complete {
        push(tr.t("fiche-incomplete"));
    }
    push(String::new());
    if let Some((title, learner)) = &f.palier {
        push(format!("{} : {title}", tr.t("fiche-palier")));
        push(format!("  {learner}"));
        push(String::new());
    }
    push(tr.t("fiche-levels"));
    for (c, word, level) in &f.levels {
        push(format!(
            "  - {c} : {word}  {}",
            crate::outputs::report::bar(*level)
        ));
    }
    for (c, why) in &f.not_evaluated {
        push(format!("  - {c} : {why}"));
    }
    push(String::new());
    push(tr.t("fiche-trainings"));
    if f.trainings.is_empty() {
        push(format!("  {}", no_training(f, tr)));
    }
    for (title, line, place) in &f.trainings {
        push(format!("  - {title}"));
        push(format!("    {line}"));
        if !place.is_empty() {
            push(format!("    {place}"));
        }
    }
    if let Some((heading, lieux)) = &f.near {
        push(String::new());
        push(heading.clone());
        for (title, details) in lieux {
            push(format!("  - {title}"));
            for d in details {
                push(format!("    {d}"));
            }
        }
    }
    if !f.lieu.is_empty() {
        push(String::new());
        push(tr.t("report-lieu"));
        for l in &f.lieu {
            push(format!("  {l}"));
        }
    }
    push(String::new());
    push(tr.t("fiche-note"));
    match &f.note {
        Some(n) => n.lines().for_each(|l| push(format!("  {l}"))),
        None => (0..3).for_each(|_| push(format!("  {}", "_".repeat(60)))),
    }
    push(String::new());
    push(tr.t_args("fiche-footer", &[("id", Arg::from(f.id.clone()))]));
    if let Some(m) = &f.mediator {
        // A form feed: the printer starts the médiateur's part on a new page.
        s.push('\u{c}');
        s.push_str(&tr.t("fiche-mediator-part"));
        s.push_str("\n\n");
        s.push_str(m);
    }
    crate::text::wrap::report(&s, TEXT_WIDTH)
}
