//! Text cut to a width: word wrap that keeps French typography together (the full screen,
//! the text left in the terminal, the printed fiche), and whole reports wrapped line by
//! line with their indentation kept.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Word wrap by display width; words longer than a line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        // Kept as we go: measuring the line for each word made wrapping quadratic.
        let mut line_w = 0;
        for word in french_words(para) {
            let mut word = word.as_str();
            loop {
                let word_w = word.width();
                let sep = usize::from(!line.is_empty());
                if line_w + sep + word_w <= width {
                    if sep == 1 {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_w += sep + word_w;
                    break;
                }
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    line_w = 0;
                    continue;
                }
                // A word wider than the line: cut it at the width.
                let (mut cut_w, mut end) = (0, 0);
                for (i, c) in word.char_indices() {
                    let w = UnicodeWidthChar::width(c).unwrap_or(0);
                    if cut_w + w > width {
                        break;
                    }
                    cut_w += w;
                    end = i + c.len_utf8();
                }
                // A single character wider than the line cannot be shown at all.
                if end == 0 {
                    break;
                }
                out.push(word[..end].to_string());
                word = &word[end..];
                if word.is_empty() {
                    break;
                }
            }
        }
        out.push(line);
    }
    out
}

/// Words to wrap, with French typography kept together: « and » stay with their word,
/// and the space before : ; ? ! % € never becomes a line break.
fn french_words(para: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut glue_next = false;
    for w in para.split(' ').filter(|w| !w.is_empty()) {
        let attach_prev = w.starts_with(['»', ':', ';', '?', '!', '%', '€']);
        match words.last_mut() {
            Some(last) if glue_next || attach_prev => {
                last.push('\u{a0}');
                last.push_str(w);
            }
            _ => words.push(w.to_string()),
        }
        glue_next = w == "«";
    }
    words
}

/// A report (lines indented by spaces, list items starting "- ") wrapped to `width`: each
/// line keeps its indentation, and an item's next lines start under its text. Spaces that
/// wrapping glued to a word become plain spaces again, for printers and terminals alike.
pub fn report(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        let mut lead: String = line.chars().take_while(|c| *c == ' ').collect();
        let mut rest = &line[lead.len()..];
        if let Some(item) = rest.strip_prefix("- ") {
            lead.push_str("  ");
            rest = item;
        }
        let room = width.saturating_sub(lead.width()).max(20);
        let head = &line[..line.len() - rest.len()];
        for (i, l) in wrap(rest, room).into_iter().enumerate() {
            out.push_str(if i == 0 { head } else { &lead });
            out.push_str(&l.replace('\u{a0}', " "));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_by_words_and_cut_long_words() {
        assert_eq!(wrap("un deux trois", 7), vec!["un deux", "trois"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
        assert_eq!(wrap("", 3), vec![""]);
        assert_eq!(
            wrap("un « mot » ici ?", 8),
            vec!["un", "«\u{a0}mot\u{a0}»", "ici\u{a0}?"]
        );
        assert!(
            wrap("éléphant très long", 1)
                .iter()
                .all(|l| l.chars().count() <= 1)
        );
    }

    #[test]
    fn reports_keep_their_indentation_and_hang_their_items() {
        let text = "Titre\n  - un élément assez long pour passer à la ligne suivante\n\n    fin\n";
        let out = report(text, 30);
        assert_eq!(
            out,
            "Titre\n  - un élément assez long pour\n    passer à la ligne suivante\n\n    fin\n"
        );
        assert!(out.lines().all(|l| l.width() <= 30), "{out}");
    }
}
