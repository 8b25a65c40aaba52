//! The admin prompt (after the chord): the code as dots, what happened to the last try
//! and how long to wait. Without a code in the config: how to stop the kiosk anyway and
//! how to set one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{paragraph, popup_text};
use crate::i18n::Arg;
use crate::tui::kiosk::{AdminPrompt, Kiosk};

pub fn render(k: &Kiosk, prompt: &AdminPrompt, area: Rect, buf: &mut Buffer) {
    let tr = &k.tr;
    if k.setup.admin_code.is_none() {
        let w = super::popup_text_width(70, area);
        let mut lines = paragraph(&tr.t("kiosk-admin-no-code"), w, k.setup.look.theme.title);
        for text in [
            tr.t_args(
                "kiosk-admin-how-to-stop",
                &[("pid", Arg::from(k.setup.pid))],
            ),
            tr.t("kiosk-admin-how-to-set"),
        ] {
            lines.push(Line::raw(""));
            lines.extend(paragraph(&text, w, Style::new()));
        }
        lines.push(Line::raw(""));
        lines.extend(paragraph(
            &tr.t("kiosk-admin-close"),
            w,
            k.setup.look.theme.dim,
        ));
        popup_text(k, &tr.t("kiosk-admin-title"), 70, lines, area, buf);
        return;
    }
    let w = super::popup_text_width(60, area);
    let dots = "•".repeat(prompt.typed.chars().count());
    let mut lines = paragraph(&tr.t("kiosk-admin-code"), w, Style::new());
    lines.push(Line::styled(
        format!(" {dots:<20} "),
        k.setup.look.theme.focused,
    ));
    lines.push(Line::raw(""));
    let wait = k.admin_wait();
    let status = match (prompt.wrong, wait) {
        (true, 0) => tr.t("kiosk-admin-wrong"),
        (_, 0) => String::new(),
        (_, s) => tr.t_args("kiosk-admin-wait", &[("seconds", Arg::from(s))]),
    };
    lines.extend(paragraph(&status, w, k.setup.look.theme.notice));
    lines.push(Line::raw(""));
    lines.extend(paragraph(
        &tr.t("kiosk-admin-keys"),
        w,
        k.setup.look.theme.dim,
    ));
    popup_text(k, &tr.t("kiosk-admin-title"), 60, lines, area, buf);
}
