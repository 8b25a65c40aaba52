//! Big letters for the words a visitor must see from a step away ("BONJOUR", the seconds
//! left): five rows of full blocks. U+2588 is in the Linux console's default fonts and in
//! Windows' Consolas; `--ascii` turns them into `#`. Accents are dropped (É → E): the
//! shapes stay readable.

use unicode_normalization::UnicodeNormalization;

pub const HEIGHT: usize = 5;
const BLOCK: char = '█';

/// Five rows per glyph; `#` is a block. Widths vary (I, 1, !).
fn glyph(c: char) -> Option<[&'static str; HEIGHT]> {
    Some(match c {
        'A' => [" ### ", "#   #", "#####", "#   #", "#   #"],
        'B' => ["#### ", "#   #", "#### ", "#   #", "#### "],
        'C' => [" ####", "#    ", "#    ", "#    ", " ####"],
        'D' => ["#### ", "#   #", "#   #", "#   #", "#### "],
        'E' => ["#####", "#    ", "#### ", "#    ", "#####"],
        'F' => ["#####", "#    ", "#### ", "#    ", "#    "],
        'G' => [" ####", "#    ", "#  ##", "#   #", " ####"],
        'H' => ["#   #", "#   #", "#####", "#   #", "#   #"],
        'I' => ["###", " # ", " # ", " # ", "###"],
        'J' => ["  ###", "    #", "    #", "#   #", " ### "],
        'K' => ["#   #", "#  # ", "###  ", "#  # ", "#   #"],
        'L' => ["#    ", "#    ", "#    ", "#    ", "#####"],
        'M' => ["#   #", "## ##", "# # #", "#   #", "#   #"],
        'N' => ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        'O' => [" ### ", "#   #", "#   #", "#   #", " ### "],
        'P' => ["#### ", "#   #", "#### ", "#    ", "#    "],
        'Q' => [" ### ", "#   #", "# # #", "#  # ", " ## #"],
        'R' => ["#### ", "#   #", "#### ", "#  # ", "#   #"],
        'S' => [" ####", "#    ", " ### ", "    #", "#### "],
        'T' => ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        'U' => ["#   #", "#   #", "#   #", "#   #", " ### "],
        'V' => ["#   #", "#   #", "#   #", " # # ", "  #  "],
        'W' => ["#   #", "#   #", "# # #", "## ##", "#   #"],
        'X' => ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        'Y' => ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        'Z' => ["#####", "   # ", "  #  ", " #   ", "#####"],
        '0' => [" ### ", "#  ##", "# # #", "##  #", " ### "],
        '1' => [" # ", "## ", " # ", " # ", "###"],
        '2' => [" ### ", "#   #", "  ## ", " #   ", "#####"],
        '3' => ["#### ", "    #", " ### ", "    #", "#### "],
        '4' => ["#   #", "#   #", "#####", "    #", "    #"],
        '5' => ["#####", "#    ", "#### ", "    #", "#### "],
        '6' => [" ### ", "#    ", "#### ", "#   #", " ### "],
        '7' => ["#####", "    #", "   # ", "  #  ", "  #  "],
        '8' => [" ### ", "#   #", " ### ", "#   #", " ### "],
        '9' => [" ### ", "#   #", " ####", "    #", " ### "],
        '!' => ["#", "#", "#", " ", "#"],
        '?' => [" ### ", "#   #", "  ## ", "     ", "  #  "],
        ' ' => ["  ", "  ", "  ", "  ", "  "],
        _ => return None,
    })
}

/// The word in big letters, one string per row, one column between letters. Characters
/// without a glyph are left out.
pub fn rows(word: &str) -> [String; HEIGHT] {
    let plain: String = word
        .nfd()
        .filter(char::is_ascii)
        .collect::<String>()
        .to_uppercase();
    let mut out: [String; HEIGHT] = Default::default();
    for (i, g) in plain.chars().filter_map(glyph).enumerate() {
        for (row, part) in out.iter_mut().zip(g) {
            if i > 0 {
                row.push(' ');
            }
            row.extend(part.chars().map(|c| if c == '#' { BLOCK } else { ' ' }));
        }
    }
    out
}

/// Display width of the big word.
pub fn width(word: &str) -> usize {
    rows(word)[0].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_glyph_is_a_rectangle() {
        for c in ('A'..='Z').chain('0'..='9').chain("!? ".chars()) {
            let g = glyph(c).unwrap();
            assert!(g.iter().all(|r| r.len() == g[0].len()), "{c}");
        }
    }

    #[test]
    fn words_in_blocks_accents_dropped() {
        let r = rows("Oé!");
        assert_eq!(r[0], " ███  █████ █");
        assert_eq!(r[4], " ███  █████ █");
        assert_eq!(width("Oé!"), 13);
        assert_eq!(rows("~")[0], "");
    }
}
