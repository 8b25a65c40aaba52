//! The text of a Moodle question in its format, turned into the plain text a bank holds.
//! GIFT marks a text `[html]`, `[moodle]` (the default: HTML allowed, a newline is a line
//! break), `[markdown]` or `[plain]`, and an answer or a feedback takes the question's
//! format unless it has its own mark. Pictures, sounds and videos cannot be shown in a
//! terminal: each leaves a visible mark such as `[image]` and is counted, so that the import
//! can say which question lost one.

mod html;

/// How Moodle reads a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Moodle,
    Html,
    Markdown,
    Plain,
}

impl Format {
    /// Moodle's reading: `[name]` at the very start of a text sets its format; an unknown
    /// name is left as text.
    pub fn split(text: &str, default: Format) -> (Format, &str) {
        if let Some(rest) = text.strip_prefix('[')
            && let Some(end) = rest.find(']')
        {
            let format = match &rest[..end] {
                "html" => Some(Format::Html),
                "moodle" => Some(Format::Moodle),
                "markdown" => Some(Format::Markdown),
                "plain" => Some(Format::Plain),
                _ => None,
            };
            if let Some(f) = format {
                return (f, rest[end + 1..].trim_start());
            }
        }
        (default, text)
    }
}

/// What a picture, a sound or a video became, in the bank's language.
#[derive(Debug, Clone)]
pub struct MediaLabels {
    pub image: String,
    pub sound: String,
    pub video: String,
    pub embed: String,
}

impl Default for MediaLabels {
    fn default() -> Self {
        MediaLabels {
            image: "image".into(),
            sound: "son".into(),
            video: "vidéo".into(),
            embed: "contenu intégré".into(),
        }
    }
}

/// A medium the text showed and the bank cannot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Media {
    Image,
    Sound,
    Video,
    Embed,
}

impl Media {
    /// The Fluent selector of its note.
    pub fn name(self) -> &'static str {
        match self {
            Media::Image => "image",
            Media::Sound => "sound",
            Media::Video => "video",
            Media::Embed => "embed",
        }
    }

    fn mark(self, labels: &MediaLabels, alt: &str) -> String {
        let word = match self {
            Media::Image => &labels.image,
            Media::Sound => &labels.sound,
            Media::Video => &labels.video,
            Media::Embed => &labels.embed,
        };
        if alt.is_empty() {
            format!("[{word}]")
        } else {
            format!("[{word} : {alt}]")
        }
    }
}

/// A text made plain, and the media it lost.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendered {
    pub text: String,
    pub media: Vec<Media>,
    /// Whether markup (tags, entities, markdown) was turned into text.
    pub converted: bool,
}

/// `text` (GIFT escapes already read) as plain text, read in `format`.
pub fn render(text: &str, format: Format, labels: &MediaLabels) -> Rendered {
    let mut media = Vec::new();
    let out = match format {
        Format::Plain => text.trim().to_string(),
        Format::Html => html::to_text(text, false, labels, &mut media),
        Format::Moodle => html::to_text(text, true, labels, &mut media),
        Format::Markdown => {
            let md = markdown(text, labels, &mut media);
            html::to_text(&md, true, labels, &mut media)
        }
    };
    let converted = out != text.trim();
    Rendered {
        text: out,
        media,
        converted,
    }
}

/// Renders the texts of one question (GIFT escapes included), each in its own format or
/// the question's, and keeps what they lost.
pub struct Renderer<'a> {
    pub format: Format,
    labels: &'a MediaLabels,
    pub media: Vec<Media>,
    pub converted: bool,
}

impl<'a> Renderer<'a> {
    pub fn new(format: Format, labels: &'a MediaLabels) -> Self {
        Renderer {
            format,
            labels,
            media: vec![],
            converted: false,
        }
    }

    /// A GIFT text (escaped, maybe with its own `[format]`) as plain text.
    pub fn text(&mut self, raw: &str) -> String {
        let raw = unescape(raw.trim());
        let (format, text) = Format::split(&raw, self.format);
        let r = render(text, format, self.labels);
        self.media.extend(r.media);
        self.converted |= r.converted || format != self.format;
        r.text
    }
}

/// Markdown as Moodle writes it (emphasis, headings, lists, links, pictures) made plain.
fn markdown(text: &str, labels: &MediaLabels, media: &mut Vec<Media>) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let t = line.trim_start();
            let hashes = t.len() - t.trim_start_matches('#').len();
            let t = if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
                t[hashes..].trim_start()
            } else {
                t
            };
            let t = t.strip_prefix("> ").unwrap_or(t);
            let (bullet, t) = match t.get(..2) {
                Some("* " | "- " | "+ ") => ("• ", &t[2..]),
                _ => ("", t),
            };
            format!("{bullet}{}", inline(t, labels, media))
        })
        .collect();
    lines.join("\n")
}

/// Emphasis, code, links and pictures of one markdown line.
fn inline(s: &str, labels: &MediaLabels, media: &mut Vec<Media>) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars
                .get(i + 1)
                .is_some_and(|n| "*_`#[]()!\\+-".contains(*n)) =>
            {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' | '[' => match link(&chars, i + usize::from(c == '!')) {
                Some((text, end)) if c == '!' => {
                    media.push(Media::Image);
                    out.push_str(&Media::Image.mark(labels, text.trim()));
                    i = end;
                }
                Some((text, end)) => {
                    out.push_str(&inline(&text, labels, media));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '*' | '_' | '`' => {
                let run = chars[i..].iter().take_while(|&&x| x == c).count();
                match emphasis(&chars, i, run) {
                    Some(end) => {
                        let inner: String = chars[i + run..end].iter().collect();
                        out.push_str(&inline(&inner, labels, media));
                        i = end + run;
                    }
                    None => {
                        out.extend(&chars[i..i + run]);
                        i += run;
                    }
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// `[text](target)` starting at `at` (the `[`): its text and the index after it.
fn link(chars: &[char], at: usize) -> Option<(String, usize)> {
    if chars.get(at) != Some(&'[') {
        return None;
    }
    let close = (at + 1..chars.len()).find(|&j| chars[j] == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = (close + 2..chars.len()).find(|&j| chars[j] == ')')?;
    Some((chars[at + 1..close].iter().collect(), end + 1))
}

/// The index of the run closing an emphasis of `run` delimiters opened at `at`, if any.
/// Only runs of one or two (a `_____` blank is text), opening before a letter and closing
/// after one; `_` also only between words, as in `un _mot_ souligné`.
fn emphasis(chars: &[char], at: usize, run: usize) -> Option<usize> {
    let d = chars[at];
    if run > 2 || (d == '`' && run > 1) {
        return None;
    }
    let next = chars.get(at + run)?;
    if next.is_whitespace() {
        return None;
    }
    if d == '_' && at > 0 && chars[at - 1].is_alphanumeric() {
        return None;
    }
    let mut j = at + run + 1;
    while j + run <= chars.len() {
        let same = chars[j..j + run].iter().all(|&x| x == d)
            && chars.get(j + run) != Some(&d)
            && chars[j - 1] != d;
        let after_ok = d != '_' || chars.get(j + run).is_none_or(|c| !c.is_alphanumeric());
        if same && !chars[j - 1].is_whitespace() && after_ok {
            return Some(j);
        }
        j += 1;
    }
    None
}

/// GIFT escapes (`\~`, `\=`, `\n`…) turned into the characters they stand for.
pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('n')) => {
                chars.next();
                out.push('\n');
            }
            ('\\', Some(n)) if "~=#{}:\\".contains(n) => {
                chars.next();
                out.push(n);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
