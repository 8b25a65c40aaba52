//! The welcome, shown between visitors: a big "hello", what this is, how long it takes,
//! that it is anonymous, the one key to press, and the language.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::{big, big_height, framed, paragraph};
use crate::i18n::{Arg, Lang};
use crate::tui::kiosk::Kiosk;
use crate::tui::view::indented;

pub fn render(k: &Kiosk, area: Rect, buf: &mut Buffer) {
    let tr = &k.tr;
    let hints = if k.languages().len() > 1 {
        "kiosk-hints-welcome"
    } else {
        "kiosk-hints-welcome-one-language"
    };
    let inner = framed(k, "diagnum", &tr.t(hints), area, buf);
    let w = inner.width;
    let hello = tr.t("kiosk-welcome-big");
    let what = paragraph(&tr.t("kiosk-welcome-what"), w, k.setup.look.theme.title);
    let mut facts = Vec::new();
    for text in [
        minutes(k),
        tr.t("kiosk-welcome-anonymous"),
        tr.t("kiosk-welcome-dont-know"),
    ] {
        facts.extend(indented(&text, w as usize, "• ", Style::new()));
    }
    let start = tr.t("kiosk-welcome-start");
    // Centred up and down: a big screen keeps the text in the middle.
    let rows: [Rect; 9] = inner.layout(
        &Layout::vertical([
            Constraint::Length(big_height(&hello, w)),
            Constraint::Length(1),
            Constraint::Length(what.len() as u16),
            Constraint::Length(1),
            Constraint::Length(facts.len() as u16),
            Constraint::Length(1),
            Constraint::Length(3),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .flex(Flex::Center),
    );
    big(k, &hello, rows[0], buf);
    Paragraph::new(what).centered().render(rows[2], buf);
    // Left-aligned as a block, the block centred: bullets line up.
    let facts_w = facts.iter().map(Line::width).max().unwrap_or(0) as u16;
    let [facts_area] =
        rows[4].layout(&Layout::horizontal([Constraint::Length(facts_w)]).flex(Flex::Center));
    Paragraph::new(facts).render(facts_area, buf);
    let label = format!("  {start}  ");
    let [key_area] = rows[6].layout(
        &Layout::horizontal([Constraint::Length(label.chars().count() as u16 + 2)])
            .flex(Flex::Center),
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(k.setup.look.theme.title);
    Paragraph::new(Span::styled(label, k.setup.look.theme.focused))
        .block(block)
        .render(key_area, buf);
    if k.languages().len() > 1 {
        Paragraph::new(languages(k)).centered().render(rows[8], buf);
    }
}

/// "About 15 minutes", or "15 to 30" when the banks differ.
fn minutes(k: &Kiosk) -> String {
    let all = k
        .banks_for_visitor()
        .into_iter()
        .map(|b| b.estimated_minutes);
    let (min, max) = (all.clone().min().unwrap_or(0), all.max().unwrap_or(0));
    if min == max {
        k.tr.t_args("kiosk-welcome-time", &[("minutes", Arg::from(min))])
    } else {
        k.tr.t_args(
            "kiosk-welcome-time-range",
            &[("min", Arg::from(min)), ("max", Arg::from(max))],
        )
    }
}

/// Each language in its own name; the chosen one marked and reversed, not by colour alone.
fn languages(k: &Kiosk) -> Line<'static> {
    let mut spans = vec![Span::raw(k.tr.t("kiosk-welcome-language")), Span::raw(" ")];
    for lang in k.languages() {
        let name = match lang {
            Lang::Fr => "Français",
            Lang::En => "English",
        };
        if k.tr.lang() == lang {
            spans.push(Span::styled(
                format!("> {name} <"),
                k.setup.look.theme.focused,
            ));
        } else {
            spans.push(Span::raw(format!("  {name}  ")));
        }
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(
        k.tr.t("kiosk-welcome-language-keys"),
        k.setup.look.theme.dim,
    ));
    Line::from(spans)
}
