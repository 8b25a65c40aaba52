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
dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr;
          gap: 0.5mm 3mm; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
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
/* The médiateur's part, asked for: from a new page, the report as it is written. */
section.mediator { break-before: page; }
section.mediator .report { white-space: pre-wrap; font-size: 9.5pt; line-height: 1.25; }
@media screen { body { padding: 10mm; } section.mediator { margin-top: 15mm; } }
";

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
    b.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title} – {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        esc(&f.date)
    ));
    b.push_str("<dl class=\"meta\">\n");
    let mut meta = vec![
        (tr.t("fiche-date"), f.date.clone()),
        (tr.t("fiche-duration"), f.duration.clone()),
        (tr.t("fiche-bank"), f.bank.clone()),
    ];
    meta.push((tr.t("fiche-number"), f.id.clone()));
    if let Some(p) = &f.pseudonym {
        meta.push((tr.t("fiche-pseudonym"), p.clone()));
    }
    for (k, v) in meta {
        b.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", esc(&k), esc(&v)));
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
    b.push_str(&format!(
        "<h2>{}</h2>\n<table>\n",
        esc(&tr.t("fiche-levels"))
    ));
    for (c, word, level) in &f.levels {
        // The bar repeats the level in a shape; the word carries the meaning.
        let width = f64::from(*level) / 8.0 * 40.0;
        b.push_str(&format!(
            "<tr><td>{}</td><td class=\"level\">{}</td><td class=\"barcell\"><span class=\"barbox\">\
             <span class=\"bar\" style=\"width:{width:.1}mm\"></span></span></td></tr>\n",
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
