//! Columns over time as inline SVG: one column per week or month, its figure above it and
//! its name below (every other name or fewer when there are many), a base line, no colour.

use std::fmt::Write as _;

use crate::outputs::fiche::esc;

const WIDTH: f64 = 640.0;
const TOP: f64 = 22.0;
const BASE: f64 = 190.0;
/// Most names written under the columns; past it, one every k columns.
const MAX_NAMES: usize = 16;

/// `columns`: (name, value), oldest first.
pub fn svg(title: &str, columns: &[(String, usize)]) -> String {
    let n = columns.len().max(1);
    let max = columns.iter().map(|c| c.1).max().unwrap_or(0).max(1);
    let slot = (WIDTH - 20.0) / n as f64;
    let bar = slot * 0.7;
    let font = (slot * 0.45).clamp(7.0, 12.0);
    let every = n.div_ceil(MAX_NAMES);
    let mut s = format!(
        "<svg class=\"columns\" viewBox=\"0 0 {WIDTH} 225\" role=\"img\" aria-label=\"{}\">\n\
         <line x1=\"10\" y1=\"{BASE}\" x2=\"{}\" y2=\"{BASE}\" stroke=\"#000\" stroke-width=\"1\"/>\n",
        esc(title),
        WIDTH - 10.0
    );
    for (i, (name, value)) in columns.iter().enumerate() {
        let x = 10.0 + slot * i as f64 + (slot - bar) / 2.0;
        let h = *value as f64 / max as f64 * (BASE - TOP);
        let mid = x + bar / 2.0;
        let _ = write!(
            s,
            "<rect class=\"col\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" \
             fill=\"#333\"/>\n\
             <text class=\"value\" x=\"{mid:.1}\" y=\"{:.1}\" font-size=\"{font:.1}\" \
             text-anchor=\"middle\">{value}</text>\n",
            BASE - h,
            BASE - h - 4.0,
        );
        if i % every == 0 {
            let _ = writeln!(
                s,
                "<text class=\"name\" x=\"{mid:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" \
                 text-anchor=\"middle\">{}</text>",
                BASE + 16.0,
                font.max(9.0),
                esc(name)
            );
        }
    }
    s.push_str("</svg>\n");
    s
}
