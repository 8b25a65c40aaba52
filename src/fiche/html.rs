//! The fiche as one standalone HTML page: inline CSS, no script, no font or image to fetch,
//! sized for one A4 sheet with large readable type.

use super::Fiche;
use crate::i18n::{Arg, Tr};

const STYLE: &str = "
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: Verdana, 'DejaVu Sans', Arial, sans-serif; font-size: 13pt;
       line-height: 1.35; color: #000; background: #fff; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 20pt; margin: 0 0 4mm; border-bottom: 2px solid #000; padding-bottom: 2mm; }
h2 { font-size: 14pt; margin: 5mm 0 2mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.palier { border: 2px solid #000; padding: 2mm 4mm; margin-top: 4mm; }
.palier strong { font-size: 15pt; }
table { border-collapse: collapse; width: 100%; }
td { padding: 1mm 2mm; border-bottom: 1px solid #999; vertical-align: middle; }
td.level { white-space: nowrap; width: 28mm; }
.bar { display: inline-block; height: 3.5mm; background: #000; vertical-align: middle; }
.barbox { display: inline-block; width: 40mm; height: 3.5mm; border: 1px solid #000; }
ul.trainings { padding-left: 6mm; margin: 0; }
ul.trainings li { margin-bottom: 2mm; }
.small { font-size: 11pt; }
.lieu { border: 1px solid #000; padding: 2mm 4mm; margin-top: 3mm; }
.note { border: 1px solid #000; min-height: 28mm; padding: 2mm 4mm; white-space: pre-wrap; }
footer { margin-top: 4mm; font-size: 10pt; }
@media screen { body { padding: 10mm; } }
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
            "<tr><td>{}</td><td class=\"level\">{}</td><td><span class=\"barbox\">\
             <span class=\"bar\" style=\"width:{width:.1}mm\"></span></span></td></tr>\n",
            esc(c),
            esc(word)
        ));
    }
    for c in &f.not_evaluated {
        b.push_str(&format!(
            "<tr><td>{}</td><td class=\"level\" colspan=\"2\">{}</td></tr>\n",
            esc(c),
            esc(&tr.t("report-not-evaluated"))
        ));
    }
    b.push_str("</table>\n");
    b.push_str(&format!("<h2>{}</h2>\n", esc(&tr.t("fiche-trainings"))));
    if f.trainings.is_empty() {
        b.push_str(&format!("<p>{}</p>\n", esc(&tr.t("report-no-training"))));
    } else {
        b.push_str("<ul class=\"trainings\">\n");
        for (t, line, place) in &f.trainings {
            b.push_str(&format!(
                "<li><strong>{}</strong><br><span class=\"small\">{}",
                esc(t),
                esc(line)
            ));
            if !place.is_empty() {
                b.push_str(&format!("<br>{}", esc(place)));
            }
            b.push_str("</span></li>\n");
        }
        b.push_str("</ul>\n");
    }
    if !f.lieu.is_empty() {
        let lines: Vec<String> = f.lieu.iter().map(|l| esc(l)).collect();
        b.push_str(&format!(
            "<div class=\"lieu\"><strong>{}</strong><br>{}</div>\n",
            esc(&tr.t("report-lieu")),
            lines.join("<br>")
        ));
    }
    b.push_str(&format!(
        "<h2>{}</h2>\n<div class=\"note\">{}</div>\n",
        esc(&tr.t("fiche-note")),
        f.note.as_deref().map(esc).unwrap_or_default()
    ));
    b.push_str(&format!(
        "<footer>{}</footer>\n</body>\n</html>\n",
        esc(&tr.t_args("fiche-footer", &[("id", Arg::from(f.id.clone()))]))
    ));
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
