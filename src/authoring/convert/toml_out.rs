//! An imported bank written as a TOML bank file, commented for the trainer.

use std::fmt::Write as _;

use super::{Imported, ImportedKind, ImportedQuestion};
use crate::bank::Choice;
use crate::i18n::{Arg, Tr};
use crate::text::slug;

/// A TOML string literal (quoted and escaped), without the control characters a quiz may
/// hold (an escape sequence pasted from a web page): the bank would drop them anyway.
fn quoted(s: &str) -> String {
    toml::Value::String(crate::text::clean(s)).to_string()
}

fn list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(", "))
}

impl Imported {
    /// The bank file: commented, with what the trainer still has to do at the top.
    pub fn to_toml(&self, name: &str, source: &str, tr: &Tr) -> String {
        let mut o = String::new();
        for line in tr
            .t_args(
                "import-header",
                &[("source", Arg::from(source.to_string()))],
            )
            .lines()
        {
            let _ = writeln!(o, "# {line}");
        }
        for (skipped, title) in [
            (true, "import-header-skipped"),
            (false, "import-header-changed"),
        ] {
            let notes: Vec<_> = self
                .notes
                .iter()
                .filter(|n| n.kind.is_skip() == skipped)
                .collect();
            if notes.is_empty() {
                continue;
            }
            let _ = writeln!(o, "#\n# {}", tr.t(title));
            for n in notes {
                let note = format!("{source}:{}: {}", n.line, n.message(tr));
                let _ = writeln!(o, "#   {}", one_comment_line(&note));
            }
        }
        let id = Some(slug(name)).filter(|s| !s.is_empty());
        let n = self.questions.len();
        let _ = write!(
            o,
            "\nschema = \"diagnum/1\"\n\n[bank]\nid = {}\ntitle = {}\nversion = \"1.0.0\"\n\
             lang = \"fr\"\nestimated_minutes = {}\n",
            quoted(&id.unwrap_or_else(|| "import".into())),
            quoted(name),
            n.div_ceil(2).max(1),
        );
        for c in &self.competences {
            let _ = write!(
                o,
                "\n[[competences]]\nid = {}\nlabel = {}\n",
                quoted(&c.id),
                quoted(&c.label)
            );
            match (&c.crcn, &c.domain) {
                (Some(code), _) => {
                    let _ = writeln!(o, "crcn = {}", quoted(code));
                }
                (None, d) => {
                    let d = d.clone().unwrap_or_else(|| tr.t("import-domain"));
                    let _ = writeln!(o, "domain = {}", quoted(&d));
                }
            }
        }
        for (id, min) in [("a-accompagner", 0), ("a-consolider", 50), ("autonome", 80)] {
            let title = tr.t(&format!("import-palier-{id}"));
            let _ = write!(
                o,
                "\n[[paliers]]\nid = \"{id}\"\ntitle = {}\nmin_percent = {min}\nlearner = {}\nmediator = {}\n",
                quoted(&title),
                quoted(&tr.t(&format!("import-palier-{id}-learner"))),
                quoted(&tr.t(&format!("import-palier-{id}-mediator"))),
            );
        }
        for q in &self.questions {
            write_question(&mut o, q);
        }
        // The comments quote file names and source text: no control character there either
        // (TOML refuses them in comments).
        crate::text::clean(&o)
    }
}

fn write_question(o: &mut String, q: &ImportedQuestion) {
    let kind = match &q.kind {
        ImportedKind::Single { .. } => "single",
        ImportedKind::Multiple { .. } => "multiple",
        ImportedKind::Text { .. } => "text",
    };
    let _ = write!(
        o,
        "\n[[questions]]\nid = {}\ntype = \"{kind}\"\ncompetence = {}\n",
        quoted(&q.id),
        quoted(&q.competence),
    );
    if let Some(t) = &q.tube {
        let _ = writeln!(o, "tube = {}", quoted(t));
    }
    let _ = writeln!(o, "level = {}\nprompt = {}", q.level, quoted(&q.prompt));
    if let Some(f) = &q.prompt_falc {
        let _ = writeln!(o, "prompt_falc = {}", quoted(f));
    }
    if let Some(e) = &q.explanation {
        let _ = writeln!(o, "explanation = {}", quoted(e));
    }
    let choices = |o: &mut String, choices: &[Choice]| {
        let _ = writeln!(o, "choices = [");
        for c in choices {
            let mut fields = vec![format!("text = {}", quoted(&c.text))];
            if let Some(f) = &c.text_falc {
                fields.push(format!("text_falc = {}", quoted(f)));
            }
            if c.correct {
                fields.push("correct = true".into());
            }
            if let Some(f) = &c.feedback {
                fields.push(format!("feedback = {}", quoted(f)));
            }
            let _ = writeln!(o, "  {{ {} }},", fields.join(", "));
        }
        let _ = writeln!(o, "]");
    };
    match &q.kind {
        ImportedKind::Single {
            choices: c,
            shuffle,
        } => {
            if let Some(s) = shuffle {
                let _ = writeln!(o, "shuffle = {s}");
            }
            choices(o, c);
        }
        ImportedKind::Multiple {
            choices: c,
            partial,
            shuffle,
        } => {
            if let Some(s) = shuffle {
                let _ = writeln!(o, "shuffle = {s}");
            }
            if *partial {
                let _ = writeln!(o, "scoring = \"partial\"");
            }
            choices(o, c);
        }
        ImportedKind::Text {
            accept,
            wrong,
            tolerance,
        } => {
            let _ = writeln!(o, "accept = {}", list(accept.iter().map(|a| quoted(a))));
            if !tolerance.is_empty() {
                let keys: Vec<String> = tolerance
                    .iter()
                    .map(|(k, v)| format!("{k} = {v}"))
                    .collect();
                let _ = writeln!(o, "tolerance = {{ {} }}", keys.join(", "));
            }
            if !wrong.is_empty() {
                let items = wrong.iter().map(|(a, f)| {
                    format!("{{ answer = {}, feedback = {} }}", quoted(a), quoted(f))
                });
                let _ = writeln!(o, "wrong = {}", list(items));
            }
        }
    }
}

/// A TOML comment ends at the line's end and admits no control character: a quoted answer
/// with a newline in it (GIFT allows `\` before one) would break the bank written.
fn one_comment_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
        .collect()
}
