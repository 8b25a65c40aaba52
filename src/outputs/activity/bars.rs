//! Horizontal bars as inline SVG: each row has its label on a line of its own (long
//! service names are never cut), then the bar and its figures ("24 · 40 %"). Black and
//! grey only; rows that are not a real category ("non renseigné", "autres") are hatched,
//! so the difference survives black-and-white printing.

use std::fmt::Write as _;

use crate::i18n::{Arg, Tr};
use crate::outputs::fiche::esc;

/// One row.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: usize,
    /// Not a real category: drawn hatched.
    pub other: bool,
}

impl Bar {
    pub fn new(label: impl Into<String>, value: usize) -> Bar {
        Bar {
            label: label.into(),
            value,
            other: false,
        }
    }

    pub fn other(label: impl Into<String>, value: usize) -> Bar {
        Bar {
            other: true,
            ..Bar::new(label, value)
        }
    }
}

const WIDTH: f64 = 640.0;
/// The longest bar: room is left after it for the figures.
pub const BAR_MAX: f64 = 470.0;
const ROW: f64 = 36.0;

/// The chart; `total` is what the percentages are of; `id` keeps the hatching pattern's
/// name unique in the page.
pub fn svg(id: &str, title: &str, bars: &[Bar], total: usize, tr: &Tr) -> String {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() as f64 + 4.0;
    let mut s = format!(
        "<svg class=\"bars\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\">\n\
         <defs><pattern id=\"h-{id}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2.5\"/>\
         </pattern></defs>\n",
        esc(title)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = ROW * i as f64;
        let w = if b.value == 0 {
            0.0
        } else {
            (b.value as f64 / max as f64 * BAR_MAX).max(2.0)
        };
        let fill = if b.other {
            format!("url(#h-{id})")
        } else {
            "#333".to_string()
        };
        let figures = tr.t_args(
            "activity-value",
            &[
                ("n", Arg::from(b.value)),
                ("p", Arg::from(percent(b.value, total))),
            ],
        );
        let _ = write!(
            s,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>\n\
             <rect class=\"bar\" x=\"0\" y=\"{:.1}\" width=\"{w:.1}\" height=\"14\" fill=\"{fill}\" \
             stroke=\"#000\" stroke-width=\"{}\"/>\n\
             <text class=\"value\" x=\"{:.1}\" y=\"{:.1}\">{}</text>\n",
            y + 13.0,
            esc(&b.label),
            y + 18.0,
            if b.value == 0 { 0 } else { 1 },
            w + 8.0,
            y + 30.0,
            esc(&figures),
        );
    }
    s.push_str("</svg>\n");
    s
}

/// `n` out of `total`, in whole percent (0 when the total is 0).
pub fn percent(n: usize, total: usize) -> u32 {
    if total == 0 {
        0
    } else {
        crate::outputs::report::percent(n as f64 / total as f64 * 100.0)
    }
}
