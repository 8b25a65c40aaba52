//! HTML as Moodle's editors write it, read as text: tags dropped, paragraphs, line breaks
//! and list items kept as lines, entities decoded, media replaced by a visible mark.
//! A small reader rather than a full HTML parser: quiz texts are short fragments, and the
//! binary is over its size target already (see the html-escape line of Cargo.toml).

use super::{Media, MediaLabels};

/// One tag: its lower-case name, whether it closes, its attributes' text, its length.
struct Tag<'a> {
    name: String,
    closing: bool,
    attrs: &'a str,
    len: usize,
}

impl<'a> Tag<'a> {
    /// The tag at the start of `s` (which starts with `<`), or `None` for a plain `<`.
    fn parse(s: &'a str) -> Option<Tag<'a>> {
        let rest = &s[1..];
        let (closing, rest) = match rest.strip_prefix('/') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        if name_len == 0 || !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        // The end: the first `>` outside quotes.
        let mut quote = None;
        for (i, c) in rest.char_indices().skip(name_len) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    return Some(Tag {
                        name: rest[..name_len].to_ascii_lowercase(),
                        closing,
                        attrs: &rest[name_len..i],
                        len: s.len() - rest.len() + i + 1,
                    });
                }
                (None, '<') => return None,
                _ => {}
            }
        }
        None
    }

    /// The value of attribute `name`, quotes removed.
    fn attr(&self, name: &str) -> String {
        let lower = self.attrs.to_ascii_lowercase();
        let mut from = 0;
        while let Some(at) = lower[from..].find(name).map(|a| a + from) {
            from = at + name.len();
            let before_ok = at == 0 || lower[..at].ends_with(|c: char| c.is_whitespace());
            let rest = self.attrs[from..].trim_start();
            let (true, Some(value)) = (before_ok, rest.strip_prefix('=')) else {
                continue;
            };
            let value = value.trim_start();
            let v = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
                _ => value.split(char::is_whitespace).next().unwrap_or(""),
            };
            return html_escape::decode_html_entities(v).trim().to_string();
        }
        String::new()
    }
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "hr",
    "center",
    "address",
    "caption",
    "form",
    "fieldset",
];

/// Elements whose content is never text for the person.
const HIDDEN: &[&str] = &["script", "style", "head", "title", "noscript", "template"];

/// The medium a link or an embedded element points at, from its address.
fn medium_of(src: &str) -> Option<Media> {
    let path = src
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let ext = path.rsplit('.').next().unwrap_or("");
    if ["mp3", "wav", "ogg", "oga", "m4a", "aac", "flac"].contains(&ext) {
        Some(Media::Sound)
    } else if ["mp4", "webm", "ogv", "avi", "mov", "mkv"].contains(&ext)
        || [
            "youtube",
            "youtu.be",
            "vimeo",
            "dailymotion",
            "tube",
            "peertube",
        ]
        .iter()
        .any(|v| path.contains(v))
    {
        Some(Media::Video)
    } else {
        None
    }
}

/// `s` as text. `newlines`: a line break of the source is one (Moodle's own format);
/// otherwise it is a space, as in HTML.
pub(super) fn to_text(
    s: &str,
    newlines: bool,
    labels: &MediaLabels,
    media: &mut Vec<Media>,
) -> String {
    let mut out = String::new();
    let mut skip: Option<String> = None;
    let mut link: Option<Media> = None;
    let mut cells = 0;
    let mut markup = false;
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with("<!--") {
            i += rest.find("-->").map_or(rest.len(), |e| e + 3);
            markup = true;
            continue;
        }
        if rest.starts_with('<')
            && let Some(tag) = Tag::parse(rest)
        {
            i += tag.len;
            markup = true;
            if let Some(name) = &skip {
                if tag.closing && tag.name == *name {
                    skip = None;
                }
                continue;
            }
            let name = tag.name.as_str();
            match (name, tag.closing) {
                ("br", _) => out.push('\n'),
                ("li", false) => out.push_str("\n• "),
                ("li", true) => out.push('\n'),
                ("tr", _) => {
                    cells = 0;
                    out.push('\n');
                }
                ("td" | "th", false) => {
                    if cells > 0 {
                        out.push_str(" | ");
                    }
                    cells += 1;
                }
                ("img", false) => {
                    media.push(Media::Image);
                    let alt = tag.attr("alt");
                    let alt = if alt.contains('.') && !alt.contains(' ') {
                        "" // a file name says nothing
                    } else {
                        alt.as_str()
                    };
                    out.push_str(&Media::Image.mark(labels, alt));
                }
                ("audio" | "video" | "iframe" | "object" | "embed", false) => {
                    let m = match name {
                        "audio" => Media::Sound,
                        "video" => Media::Video,
                        _ => medium_of(&tag.attr("src"))
                            .or_else(|| medium_of(&tag.attr("data")))
                            .unwrap_or(Media::Embed),
                    };
                    media.push(m);
                    out.push_str(&format!(" {} ", m.mark(labels, &tag.attr("title"))));
                    if name != "embed" && !tag.attrs.trim_end().ends_with('/') {
                        // Their content is what a browser without them would show.
                        skip = Some(name.to_string());
                    }
                }
                ("a", false) => link = medium_of(&tag.attr("href")),
                ("a", true) => {
                    if let Some(m) = link.take() {
                        media.push(m);
                        out.push_str(&format!(" {}", m.mark(labels, "")));
                    }
                }
                (n, false) if HIDDEN.contains(&n) => skip = Some(n.to_string()),
                (n, _) if BLOCKS.contains(&n) => out.push('\n'),
                _ => {}
            }
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if skip.is_some() {
            continue;
        }
        match c {
            '\r' => {}
            '\n' | '\t' if !newlines => out.push(' '),
            c => out.push(c),
        }
    }
    let decoded = html_escape::decode_html_entities(&out);
    if newlines && !markup && decoded == out {
        // Text with no HTML in it stays as written (a bank exported to GIFT comes back whole).
        return s.trim().to_string();
    }
    tidy(&decoded)
}

/// Spaces collapsed, lines trimmed, empty lines dropped.
fn tidy(s: &str) -> String {
    let mut lines = Vec::new();
    for line in s.lines() {
        let mut l = String::new();
        let mut space: Option<char> = None;
        for c in line.chars() {
            if c == ' ' || c == '\t' || c == '\u{a0}' {
                // One space for a run; a lone non-breaking space stays one.
                space = Some(match space {
                    None if c == '\u{a0}' => '\u{a0}',
                    _ => ' ',
                });
                continue;
            }
            if let Some(sp) = space.take()
                && !l.is_empty()
            {
                l.push(sp);
            }
            l.push(c);
        }
        if !l.is_empty() {
            lines.push(l);
        }
    }
    lines.join("\n")
}
