//! The bank picker: every bank found, valid or not (an invalid one shows its first error).

use super::{Body, indented};
use crate::tui::app::{App, Msg};

pub fn body(app: &App, w: usize) -> Body {
    let theme = &app.look().theme;
    let mut b = Body::new(app.look());
    b.push(
        indented(&app.tr().t("picker-help"), w, "", theme.title),
        None,
    );
    b.blank();
    for (i, e) in app.entries().iter().enumerate() {
        let selected = i == app.selected();
        let marker = if selected { "> " } else { "  " };
        let style = if selected { theme.focused } else { theme.base };
        let prefix = format!("{marker}{}. ", i + 1);
        let mut lines = Vec::new();
        match &e.bank {
            Ok(bank) => {
                let key = match bank.mode {
                    crate::bank::Mode::Linear => "picker-entry",
                    crate::bank::Mode::Adaptive => "picker-entry-adaptive",
                };
                let label = app.tr().t_args(
                    key,
                    &[
                        ("title", bank.title.clone().into()),
                        ("count", bank.most_questions().into()),
                        ("minutes", bank.estimated_minutes.into()),
                    ],
                );
                lines.extend(indented(&label, w, &prefix, style));
            }
            Err(err) => {
                let label = app
                    .tr()
                    .t_args("picker-invalid", &[("label", e.label.clone().into())]);
                lines.extend(indented(&label, w, &prefix, style));
                lines.extend(indented(err, w, &" ".repeat(prefix.len()), theme.dim));
            }
        }
        b.push_item(lines, Some(Msg::Pick(i)), selected);
    }
    b
}
