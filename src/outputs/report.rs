//! The results as plain sentences: printed when the TUI closes (so they stay in the
//! terminal and can be piped to a printer) and at the end of `--plain` runs.

use std::fmt::Write;

use crate::bank::{Bank, Lieu, Mode, Training};
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::scoring::CompetenceScore;
use crate::i18n::{Arg, Tr};

/// Kept here too: the results and what was missed are read together.
pub use super::missed::render_missed;

pub fn percent(p: f64) -> u32 {
    p.round().clamp(0.0, 100.0) as u32
}

/// "2 h", "1 h 30", "45 min"
pub fn duration(tr: &Tr, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let args = [("h", Arg::from(h)), ("m", Arg::from(m))];
    match (h, m) {
        (0, _) => tr.t_args("report-duration-min", &args),
        (_, 0) => tr.t_args("report-duration-h", &args),
        _ => tr.t_args("report-duration-hm", &args),
    }
}

/// "3 séances de 2 h · APTIC 1 (Découvrir…) · 3 chèques · Prendre en main un ordinateur"
pub fn training_line(tr: &Tr, t: &Training) -> String {
    training_parts(tr, t).join(" · ")
}

/// The same as a sentence, for text read aloud or printed: "3 séances de 2 h, …, … ."
pub fn training_sentence(tr: &Tr, t: &Training) -> String {
    format!("{}.", training_parts(tr, t).join(", "))
}

/// [`training_line`] for the person: no APTIC level (a médiateur's word).
/// "3 séances de 2 h · 3 chèques pass numérique · Prendre en main un ordinateur"
pub fn training_line_learner(tr: &Tr, t: &Training) -> String {
    let [length, _, cheques, category] = training_parts(tr, t);
    [length, cheques, category].join(" · ")
}

/// [`training_sentence`] for the person: no APTIC level (a médiateur's word).
/// "3 séances de 2 h, 3 chèques pass numérique, Prendre en main un ordinateur."
pub fn training_sentence_learner(tr: &Tr, t: &Training) -> String {
    let [length, _, cheques, category] = training_parts(tr, t);
    format!("{}.", [length, cheques, category].join(", "))
}

pub use crate::text::is_placeholder;

fn training_parts(tr: &Tr, t: &Training) -> [String; 4] {
    let length = tr.t_args(
        "report-sessions",
        &[
            ("n", Arg::from(t.sessions)),
            ("duration", Arg::from(duration(tr, t.duration_minutes))),
        ],
    );
    let aptic = tr.t_args(
        "report-aptic",
        &[
            ("level", Arg::from(t.aptic_level)),
            (
                "label",
                Arg::from(tr.t(&format!("aptic-{}", t.aptic_level))),
            ),
        ],
    );
    let cheques = tr.t_args("report-cheques", &[("n", Arg::from(t.cheques))]);
    [length, aptic, cheques, tr.t(t.service.key())]
}

/// For the médiateur: "niveau 1, 2 bonnes réponses sur 3 (67 %)", "non évaluée", or, with
/// too few answers for a level, "pas assez de réponses pour un niveau (1 réponse)".
pub fn competence_line(tr: &Tr, c: &CompetenceScore) -> String {
    match c.percent() {
        None => tr.t("report-not-evaluated"),
        Some(_) if !c.rated => tr.t_args("report-not-enough", &[("n", Arg::from(c.direct))]),
        Some(p) => {
            let mut line = tr.t_args(
                "report-competence-score",
                &[
                    ("level", Arg::from(c.level)),
                    ("points", Arg::from(format_points(tr, c.points))),
                    ("count", Arg::from(c.points)),
                    ("asked", Arg::from(c.asked)),
                    ("percent", Arg::from(percent(p))),
                ],
            );
            if c.inferred > 0 {
                line.push_str(&tr.t_args("report-inferred", &[("n", Arg::from(c.inferred))]));
            }
            line
        }
    }
}

/// For the person: a few plain words, no level number and no count ("bien acquis",
/// "à renforcer", "pas assez de réponses pour le dire", "non évaluée").
pub fn competence_learner_line(tr: &Tr, c: &CompetenceScore) -> String {
    let key = match c.percent() {
        None => "report-not-evaluated",
        Some(_) if !c.rated => "report-learner-not-enough",
        Some(p) if p >= 80.0 => "report-learner-mastered",
        Some(p) if p >= 50.0 => "report-learner-good",
        Some(p) if p >= 20.0 => "report-learner-fragile",
        Some(_) => "report-learner-new",
    };
    tr.t(key)
}

/// "votre avis : 50 % (2 réponses)" for the person, "avis de la personne : …" for the
/// médiateur, beside what was measured; `None` without any.
pub fn self_line(tr: &Tr, c: &CompetenceScore, reader: Reader) -> Option<String> {
    let p = c.self_percent()?;
    Some(tr.t_args(
        match reader {
            Reader::Learner => "report-self",
            Reader::Mediator => "report-self-mediator",
        },
        &[
            ("percent", Arg::from(percent(p))),
            ("asked", Arg::from(c.self_asked)),
        ],
    ))
}

/// "non évalué ici : 1 exercice", when tasks could not run or were not observed.
pub fn not_evaluated_line(tr: &Tr, c: &CompetenceScore) -> Option<String> {
    (c.not_evaluated > 0).then(|| {
        tr.t_args(
            "report-not-evaluated-count",
            &[("n", Arg::from(c.not_evaluated))],
        )
    })
}

/// Whole points print without decimals; partial credit with one, with the language's
/// decimal separator.
pub fn format_points(tr: &Tr, p: f64) -> String {
    if (p - p.round()).abs() < 1e-9 {
        format!("{}", p.round() as i64)
    } else {
        format!("{p:.1}").replace('.', &tr.t("decimal-separator"))
    }
}

/// What the report says about the bank; a stored result keeps it so the bank may change.
#[derive(Debug, Clone, PartialEq)]
pub struct BankInfo {
    pub title: String,
    pub version: String,
    pub questions: usize,
    pub mode: Mode,
    pub lieu: Option<Lieu>,
    /// The lieux de médiation numérique found near the person, when looked for.
    pub local: Option<crate::diagnostic::lieux::Local>,
}

impl From<&Bank> for BankInfo {
    fn from(b: &Bank) -> BankInfo {
        BankInfo {
            title: b.title.clone(),
            version: b.version.clone(),
            questions: b.questions.len(),
            mode: b.mode,
            lieu: b.lieu.clone(),
            local: None,
        }
    }
}

/// Who reads the results: the person (plain words only) or the médiateur (levels,
/// counts, CRCN and APTIC codes, the médiateur's message, placeholders as written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Learner,
    Mediator,
}

/// The results for the person: printed at the end of `--plain` runs and when the full
/// screen closes.
pub fn render(bank: &BankInfo, o: &Outcome, tr: &Tr) -> String {
    render_for(bank, o, tr, Reader::Learner)
}

/// The results with every detail, for the médiateur (`results show`).
pub fn render_mediator(bank: &BankInfo, o: &Outcome, tr: &Tr) -> String {
    render_for(bank, o, tr, Reader::Mediator)
}

pub fn render_for(bank: &BankInfo, o: &Outcome, tr: &Tr, reader: Reader) -> String {
    let learner = reader == Reader::Learner;
    let shown = |text: &str| !(text.is_empty() || learner && is_placeholder(text));
    let mut s = String::new();
    let a = |v: String| Arg::from(v);
    let _ = writeln!(
        s,
        "{}",
        tr.t_args(
            "report-title",
            &[
                ("bank", a(bank.title.clone())),
                ("version", a(bank.version.clone()))
            ]
        )
    );
    if !o.complete {
        let answered = o.scores.asked - o.inferred.len();
        let line = match bank.mode {
            Mode::Linear => tr.t_args(
                "report-incomplete",
                &[
                    ("asked", Arg::from(answered)),
                    // Out of the questions this person could be asked.
                    (
                        "total",
                        Arg::from(bank.questions.saturating_sub(o.off_device)),
                    ),
                ],
            ),
            Mode::Adaptive => tr.t_args(
                "report-incomplete-adaptive",
                &[("asked", Arg::from(answered))],
            ),
        };
        let _ = writeln!(s, "{line}");
    }
    let _ = writeln!(s);
    match o.verdict() {
        Some(p) => {
            let pct = percent(o.scores.percent());
            let head = if learner {
                tr.t_args("report-result", &[("palier", a(p.title.clone()))])
            } else {
                tr.t_args(
                    "report-palier",
                    &[("palier", a(p.title.clone())), ("percent", Arg::from(pct))],
                )
            };
            let _ = writeln!(s, "{head}");
        }
        None => {
            let _ = writeln!(s, "{}.", o.palier.title);
        }
    }
    let _ = writeln!(s, "  {}", o.palier.learner);
    if !learner {
        let _ = writeln!(
            s,
            "  {}",
            tr.t_args(
                "report-mediator",
                &[("message", a(o.palier.mediator.clone()))]
            )
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", tr.t("report-competences"));
    for c in &o.scores.competences {
        let (title, line) = if learner {
            (c.label.clone(), competence_learner_line(tr, c))
        } else {
            (c.title(), competence_line(tr, c))
        };
        let _ = writeln!(s, "  - {title} : {line}.");
        for extra in [self_line(tr, c, reader), not_evaluated_line(tr, c)]
            .into_iter()
            .flatten()
        {
            let _ = writeln!(s, "      {extra}");
        }
    }
    if o.device == Some(crate::diagnostic::device::DeviceUse::PhoneOnly) && o.off_device > 0 {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", tr.t("report-phone-only"));
    }
    if !o.not_evaluated.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", tr.t("report-not-evaluated-list"));
        for n in &o.not_evaluated {
            let _ = writeln!(s, "  - {}", n.prompt);
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", tr.t("report-orientation"));
    for m in &o.orientation.messages {
        let _ = writeln!(s, "  {m}");
    }
    if o.orientation.trainings.is_empty() {
        let key = if o.conclusive {
            "report-no-training"
        } else {
            "report-no-training-yet"
        };
        let _ = writeln!(s, "  {}", tr.t(key));
    }
    for t in &o.orientation.trainings {
        let _ = writeln!(s, "  - {}", t.title);
        let sentence = if learner {
            training_sentence_learner(tr, t)
        } else {
            training_sentence(tr, t)
        };
        let _ = writeln!(s, "    {sentence}");
        if shown(&t.place) {
            let _ = writeln!(
                s,
                "    {}",
                tr.t_args("report-place", &[("place", a(t.place.clone()))]) + "."
            );
        }
    }
    if let Some(local) = &bank.local {
        let _ = writeln!(s);
        for line in super::lieux::text(local, tr) {
            let _ = writeln!(s, "{line}");
        }
    }
    if let Some(l) = &bank.lieu {
        let lines: Vec<&String> = [&l.name, &l.address, &l.phone, &l.email, &l.hours]
            .into_iter()
            .filter(|x| shown(x))
            .collect();
        if !lines.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(s, "{}", tr.t("report-lieu"));
            for line in lines {
                let _ = writeln!(s, "  {line}");
            }
        }
    }
    s
}

/// A level 0..=8 as a bar of plain ASCII, readable on any printer or console: "[###.....]".
pub fn bar(level: u8) -> String {
    let l = usize::from(level.min(8));
    format!("[{}{}]", "#".repeat(l), ".".repeat(8 - l))
}
