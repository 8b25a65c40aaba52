//! The fiche as one standalone HTML page: inline CSS, no script, no font or image to fetch,
//! sized for one A4 sheet with large readable type.

use super::Fiche;
use crate::i18n::Tr;

const STYLE: &str = "
@page { size: A4; margin: 8mm 14mm; }
* { box-sizing: border-box; }
body { font-family: Verdana, 'DejaVu Sans', Arial, sans-serif; font-size: 11.5pt;
       line-height: 1.3; color: #000; background: #fff; margin: 0 auto; max-width: 182mm; }
h1 { font-size: 19pt; margin: 0 0 3mm; border-bottom: 2px solid #000; padding-bottom: 1.5mm; }
h2 { font-size: 13.5pt; margin: 3mm 0 1mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr max-content 1fr;
          gap: 0.5mm 3mm; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
/* The questionnaire and the name take the whole line: long ones then wrap once, not six times. */
dl.meta dd.wide { grid-column: 2 / -1; }
.palier { border: 2px solid #000; padding: 1.5mm 3mm; margin-top: 3mm; }
.palier strong { font-size: 14pt; }
table { border-collapse: collapse; width: 100%; }
td { padding: 0.6mm 2mm; border-bottom: 1px solid #999; vertical-align: middle; }
td.level { white-space: nowrap; width: 24mm; }
td.barcell { width: 36mm; }
.barbox { display: inline-block; width: 32mm; height: 4mm; border: 1px solid #000;
          vertical-align: middle; }
.bar { display: block; height: 100%; background: #000;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p.scale { margin: 0 0 1mm; }
ul.trainings { padding-left: 5mm; margin: 0; }
ul.trainings li { margin-bottom: 1.2mm; break-inside: avoid; }
.small { font-size: 10pt; line-height: 1.25; }
/* A long list keeps to one page: past the fifth workshop, titles only. */
ul.trainings li:nth-child(n+6) .small { display: none; }
/* The lieux near the person side by side: three short columns keep the page to one sheet. */
ul.lieux { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(3, 1fr);
           gap: 0 4mm; }
ul.lieux li { margin: 0; }
ul.lieux strong { font-size: 10.5pt; }
ul.lieux .small { display: block; font-size: 9pt; line-height: 1.2; }
.lieu { border: 1px solid #000; padding: 1.5mm 3mm; margin-top: 3mm; break-inside: avoid; }
.note { border: 1px solid #000; min-height: 10mm; padding: 1.5mm 3mm; white-space: pre-wrap; }
/* A full page (many competences, workshops, lieux with long opening hours, a long name):
   smaller type and spacing, so that it stays one sheet. */
body.dense { font-size: 10.5pt; line-height: 1.2; }
body.dense h1 { font-size: 16pt; margin-bottom: 2mm; }
body.dense h2 { font-size: 12pt; margin: 2mm 0 0.5mm; }
body.dense .palier { padding: 1mm 3mm; margin-top: 2mm; }
body.dense td { padding: 0.3mm 2mm; }
body.dense .small { font-size: 9pt; line-height: 1.15; }
body.dense ul.trainings li { margin-bottom: 0.6mm; }
body.dense ul.lieux .small { font-size: 8pt; line-height: 1.1; }
body.denser { font-size: 9.5pt; }
body.denser .small, body.denser ul.lieux .small { font-size: 7.5pt; }
/* The médiateur's part, asked for: from a new page, the report as it is written. */
section.mediator { break-before: page; }
section.mediator .report { white-space: pre-wrap; font-size: 9.5pt; line-height: 1.25; }
@media screen { body { padding: 10mm; } section.mediator { margin-top: 15mm; } }
";

/// How full the page is, in rough lines of normal type: past [`DENSE`], smaller type
/// keeps it to one sheet, past [`DENSER`] smaller still. Measured in Chromium's print
/// preview on the fullest fiches (see `docs/performance.md`).
const DENSE: usize = 48;
const DENSER: usize = 64;

fn fullness(f: &Fiche) -> usize {
    // Characters per line of each part, at the normal size.
    let lines = |text: &str, per_line: usize| text.chars().count().div_ceil(per_line).max(1);
    let head = 8 + lines(&f.bank, 60) + f.pseudonym.as_deref().map_or(0, |p| lines(p, 60));
    let palier = f.palier.as_ref().map_or(1, |(_, l)| 2 + lines(l, 80));
    let levels: usize = f.levels.iter().map(|(c, ..)| lines(c, 45)).sum::<usize>()
        + f.not_evaluated
            .iter()
            .map(|(c, _)| lines(c, 45))
            .sum::<usize>()
        + 2;
    let trainings: usize = f
        .trainings
        .iter()
        .take(5)
        .map(|(t, line, place)| lines(t, 70) + lines(&format!("{line} · {place}"), 95))
        .sum::<usize>()
        + f.trainings.len().saturating_sub(5)
        + 2;
    // The lieux stand side by side: the tallest of them counts.
    let near = f.near.as_ref().map_or(0, |(_, lieux)| {
        2 + lieux
            .iter()
            .map(|(t, d)| lines(t, 28) + d.iter().map(|l| lines(l, 40)).sum::<usize>())
            .max()
            .unwrap_or(0)
            * 3
            / 4
    });
    let lieu = if f.lieu.is_empty() { 0 } else { 3 };
    let note = 3 + f.note.as_deref().map_or(0, |n| lines(n, 90));
    head + palier + levels + trainings + near + lieu + note
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub fn html(f: &Fiche, tr: &Tr) -> String {
    let mut b = String::new();
    let lang = tr.lang().code();
    let title = esc(&tr.t("fiche-title"));
    let class = match fullness(f) {
        n if n > DENSER => " class=\"dense denser\"",
        n if n > DENSE => " class=\"dense\"",
        _ => "",
    };
    b.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title} – {}</title>\n<style>{STYLE}</style>\n</head>\n<body{class}>\n<h1>{title}</h1>\n",
        esc(&f.date)
    ));
    b.push_str("<dl class=\"meta\">\n");
    let mut meta = vec![
        (tr.t("fiche-date"), f.date.clone(), ""),
        (tr.t("fiche-duration"), f.duration.clone(), ""),
        (tr.t("fiche-number"), f.id.clone(), ""),
        (tr.t("fiche-bank"), f.bank.clone(), " class=\"wide\""),
    ];
    if let Some(p) = &f.pseudonym {
        meta.push((tr.t("fiche-pseudonym"), p.clone(), " class=\"wide\""));
    }
    for (k, v, class) in meta {
        b.push_str(&format!(
            "<dt>{}</dt><dd{class}>{}</dd>\n",
            esc(&k),
            esc(&v)
        ));
    }
    b.push_str("</dl>\n");
    if !f.complete {
        b.push_str(&format!(
            "<p><strong>{}</strong></p>\n",
            esc(&tr.t("fiche-incomplete"))
        ));
    }
    if let Some((t, learner)) = &f.palier {
        b.push_str(&format!(
            "<div class=\"palier\">{} : <strong>{}</strong><br>{}</div>\n",
            esc(&tr.t("fiche-palier")),
            esc(t),
            esc(learner)
        ));
    }
    b.push_str(&format!("<h2>{}</h2>\n", esc(&tr.t("fiche-levels"))));
    if !f.levels.is_empty() {
        b.push_str(&format!(
            "<p class=\"small scale\">{}</p>\n",
            esc(&tr.t("fiche-levels-scale"))
        ));
    }
    b.push_str("<table>\n");
    for (c, word, eighths) in &f.levels {
        // The bar repeats the word in a shape: the share of right answers, full when all
        // were right, whatever the levels the questionnaire can measure.
        let width = f64::from((*eighths).min(8)) / 8.0 * 100.0;
        b.push_str(&format!(
            "<tr><td>{}</td><td class=\"level\">{}</td><td class=\"barcell\"><span class=\"barbox\">\
             <span class=\"bar\" style=\"width:{width:.1}%\"></span></span></td></tr>\n",
            esc(c),
            esc(word)
        ));
    }
    for (c, why) in &f.not_evaluated {
        b.push_str(&format!(
            "<tr><td>{}</td><td class=\"level\" colspan=\"2\">{}</td></tr>\n",
            esc(c),
            esc(why)
        ));
    }
    b.push_str("</table>\n");
    b.push_str(&format!("<h2>{}</h2>\n", esc(&tr.t("fiche-trainings"))));
    if f.trainings.is_empty() {
        b.push_str(&format!("<p>{}</p>\n", esc(&super::no_training(f, tr))));
    } else {
        b.push_str("<ul class=\"trainings\">\n");
        for (t, line, place) in &f.trainings {
            b.push_str(&format!(
                "<li><strong>{}</strong><br><span class=\"small\">{}",
                esc(t),
                esc(line)
            ));
            if !place.is_empty() {
                b.push_str(&format!(" · {}", esc(place)));
            }
            b.push_str("</span></li>\n");
        }
        b.push_str("</ul>\n");
    }
    if let Some((heading, lieux)) = &f.near {
        b.push_str(&format!("<h2>{}</h2>\n", esc(heading)));
        if !lieux.is_empty() {
            b.push_str("<ul class=\"lieux\">\n");
            for (title, details) in lieux {
                let details: Vec<String> = details.iter().map(|d| esc(d)).collect();
                b.push_str(&format!(
                    "<li><strong>{}</strong><br><span class=\"small\">{}</span></li>\n",
                    esc(title),
                    details.join("<br>")
                ));
            }
            b.push_str("</ul>\n");
        }
    }
    if let Some((name, rest)) = f.lieu.split_first() {
        // Name on its own line, the contact details after it: two lines instead of five.
        let rest: Vec<String> = rest.iter().map(|l| esc(l)).collect();
        b.push_str(&format!(
            "<div class=\"lieu\"><strong>{}</strong> {}<br>{}</div>\n",
            esc(&tr.t("report-lieu")),
            esc(name),
            rest.join(" · ")
        ));
    }
    b.push_str(&format!(
        "<h2>{}</h2>\n<div class=\"note\">{}</div>\n",
        esc(&tr.t("fiche-note")),
        f.note.as_deref().map(esc).unwrap_or_default()
    ));
    if let Some(m) = &f.mediator {
        b.push_str(&format!(
            "<section class=\"mediator\">\n<h1>{}</h1>\n<div class=\"report\">{}</div>\n</section>\n",
            esc(&tr.t("fiche-mediator-part")),
            esc(m)
        ));
    }
    b.push_str("</body>\n</html>\n");
    b
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markup_in_bank_text_is_escaped() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
