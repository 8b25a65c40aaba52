//! "Are you still there?" with the seconds left in big figures. Any key goes on: the
//! default is always to continue, never to wipe.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Widget};

use super::{big, big_height, paragraph, popup};
use crate::i18n::Arg;
use crate::tui::kiosk::Kiosk;

pub fn render(k: &Kiosk, seconds: u64, area: Rect, buf: &mut Buffer) {
    let tr = &k.tr;
    let question = tr.t("kiosk-idle-question");
    let figures = seconds.to_string();
    let w = super::popup_text_width(64, area);
    let title = paragraph(&question, w, k.setup.look.theme.title);
    let go_on = paragraph(&tr.t("kiosk-idle-continue"), w, k.setup.look.theme.focused);
    let then = paragraph(
        &tr.t_args("kiosk-idle-then", &[("seconds", Arg::from(seconds))]),
        w,
        Style::new(),
    );
    let big_h = big_height(&figures, w);
    let height = title.len() + go_on.len() + then.len() + big_h as usize + 3;
    // No title on the border: the question is inside, in bold, where the eye goes.
    let inner = popup(k, "", 64, height as u16, area, buf);
    let rows: [Rect; 7] = inner.layout(&Layout::vertical([
        Constraint::Length(title.len() as u16),
        Constraint::Length(1),
        Constraint::Length(big_h),
        Constraint::Length(1),
        Constraint::Length(go_on.len() as u16),
        Constraint::Length(1),
        Constraint::Length(then.len() as u16),
    ]));
    Paragraph::new(title).centered().render(rows[0], buf);
    big(k, &figures, rows[2], buf);
    Paragraph::new(go_on).centered().render(rows[4], buf);
    Paragraph::new(then).centered().render(rows[6], buf);
}
