//! After the orientation: thanks, where to sign up (the lieu's contact from the catalogue),
//! the fiche to print when the kiosk has a printer, and the key that ends the visit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{big, big_height, framed, paragraph};
use crate::tui::kiosk::Kiosk;
use crate::tui::view::indented;

pub fn render(k: &Kiosk, area: Rect, buf: &mut Buffer) {
    let tr = &k.tr;
    let bank = k
        .visitor
        .as_ref()
        .and_then(|a| a.session())
        .map(crate::diagnostic::session::Session::bank);
    let title = bank.map_or_else(
        || "diagnum".to_string(),
        |b| format!("diagnum · {}", b.title),
    );
    let hints = tr.t(if k.setup.printer.is_some() && k.printed.is_none() {
        "kiosk-hints-end-print"
    } else {
        "kiosk-hints-end"
    });
    let inner = framed(k, &title, &hints, area, buf);
    let w = inner.width;
    let thanks = tr.t("kiosk-end-big");
    let [_, big_area, _, text_area] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(big_height(&thanks, w)),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    big(k, &thanks, big_area, buf);
    let mut lines = paragraph(&tr.t("kiosk-end-done"), w, k.setup.look.theme.title);
    lines.push(Line::raw(""));
    match bank.and_then(|b| b.lieu.as_ref()) {
        Some(l) => {
            lines.extend(paragraph(&tr.t("kiosk-end-lieu"), w, Style::new()));
            for text in [&l.name, &l.address, &l.phone, &l.email, &l.hours]
                .into_iter()
                .filter(|x| !x.is_empty())
            {
                lines.extend(indented(text, w as usize, "  ", Style::new()));
            }
        }
        None => lines.extend(paragraph(&tr.t("kiosk-end-no-lieu"), w, Style::new())),
    }
    if k.setup.printer.is_some() {
        lines.push(Line::raw(""));
        let (key, style) = match k.printed {
            Some(done) => (done, k.setup.look.theme.notice),
            None => ("kiosk-end-print", k.setup.look.theme.title),
        };
        lines.extend(paragraph(&tr.t(key), w, style));
    }
    lines.push(Line::raw(""));
    lines.extend(paragraph(&tr.t("kiosk-end-finish"), w, Style::new()));
    Paragraph::new(lines).render(text_area, buf);
}
