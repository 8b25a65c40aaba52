use super::*;

fn plain(text: &str, format: Format) -> (String, Vec<Media>) {
    let r = render(text, format, &MediaLabels::default());
    (r.text, r.media)
}

#[test]
fn moodle_html_becomes_lines_of_text() {
    let (t, media) = plain(
        "<p dir=\"ltr\" style=\"text-align: left;\">Qu&rsquo;est-ce qu&#8217;un <b>lien</b>&nbsp;?<br></p>\
         <ul><li>un</li><li>deux &amp; trois</li></ul><p>Fin</p>",
        Format::Html,
    );
    assert_eq!(t, "Qu’est-ce qu’un lien\u{a0}?\n• un\n• deux & trois\nFin");
    assert!(media.is_empty());
    // Words on both sides of a removed tag stay apart.
    let (t, _) = plain("adresse.</p><p>Dans ce contexte", Format::Html);
    assert_eq!(t, "adresse.\nDans ce contexte");
    // In HTML a line break of the source is a space; in Moodle's format, a line break.
    assert_eq!(plain("un\ndeux", Format::Html).0, "un deux");
    assert_eq!(plain("un\ndeux", Format::Moodle).0, "un\ndeux");
}

#[test]
fn media_leave_a_mark_and_are_counted() {
    let (t, media) = plain(
        "Capitale de <img width=32 src=\"data:image/png;base64,iVBORw0KGgo=\"> ?\
         <iframe src=\"https://www.youtube.com/embed/x\">Pas de vidéo</iframe>\
         <img alt=\"Carte de France\" src=\"f.png\"> <img alt=\"photo.jpg\" src=\"photo.jpg\">",
        Format::Moodle,
    );
    assert_eq!(
        t,
        "Capitale de [image] ? [vidéo] [image : Carte de France] [image]"
    );
    assert_eq!(
        media,
        [Media::Image, Media::Video, Media::Image, Media::Image]
    );
    let (t, media) = plain(
        "<a href=\"http://x/bonjour.mp3\">Écoutez :</a><br />Quelle langue ?",
        Format::Html,
    );
    assert_eq!(t, "Écoutez : [son]\nQuelle langue ?");
    assert_eq!(media, [Media::Sound]);
    let (t, _) = plain("<script>alert(1)</script>a <!-- note --> b", Format::Html);
    assert_eq!(t, "a b");
}

#[test]
fn text_without_markup_is_left_as_written() {
    for s in [
        "2 < 3 et 5 > 4",
        "R&D, puis  deux espaces",
        "ligne 1\n\nligne 3",
    ] {
        assert_eq!(plain(s, Format::Moodle).0, s);
        assert!(!render(s, Format::Moodle, &MediaLabels::default()).converted);
    }
    // Plain: shown as written by Moodle, tags included.
    assert_eq!(plain("<b>gras</b>", Format::Plain).0, "<b>gras</b>");
}

#[test]
fn markdown_keeps_the_words_and_the_blanks() {
    let (t, media) = plain(
        "# Titre\nWho's buried in **Grant's tomb**? Le _mot_ et *Wi-Fi*, `code`\n\
         - un [lien](http://x) ![plan](p.png)\nsnake_case, 2 * 3 * 4, _____",
        Format::Markdown,
    );
    assert_eq!(
        t,
        "Titre\nWho's buried in Grant's tomb? Le mot et Wi-Fi, code\n\
         • un lien [image : plan]\nsnake_case, 2 * 3 * 4, _____"
    );
    assert_eq!(media, [Media::Image]);
}

#[test]
fn format_marks_are_read_only_at_the_start() {
    assert_eq!(
        Format::split("[html]<b>x</b>", Format::Moodle),
        (Format::Html, "<b>x</b>")
    );
    assert_eq!(
        Format::split("[plain] x", Format::Html),
        (Format::Plain, "x")
    );
    assert_eq!(
        Format::split("[note] x", Format::Html),
        (Format::Html, "[note] x")
    );
    assert_eq!(
        Format::split("x [html]", Format::Moodle),
        (Format::Moodle, "x [html]")
    );
}
