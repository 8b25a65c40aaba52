//! The starter banks of `diagnum new`: a short linear diagnostic and an adaptive parcours.

use std::path::Path;

use crate::text::slug;

/// The starter banks: a short linear diagnostic, and an adaptive parcours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Template {
    Quick,
    Parcours,
}

impl Template {
    pub const ALL: [Template; 2] = [Template::Quick, Template::Parcours];

    pub fn text(self) -> &'static str {
        match self {
            Template::Quick => include_str!("../../templates/quick.toml"),
            Template::Parcours => include_str!("../../templates/parcours.toml"),
        }
    }

    /// The bank id written in the template, replaced by one made from the file name.
    fn id(self) -> &'static str {
        const QUICK: &str = "ma-banque";
        const PARCOURS: &str = "mon-parcours";
        match self {
            Template::Quick => QUICK,
            Template::Parcours => PARCOURS,
        }
    }
}

/// The template with its bank id taken from the file name (`ateliers-caf.toml` gives
/// `ateliers-caf`), so that two new banks do not share an id.
pub fn starter(template: Template, path: &Path) -> String {
    let text = template.text();
    let id = path
        .file_stem()
        .map(|s| slug(&s.to_string_lossy()))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| template.id().to_string());
    text.replacen(
        &format!("id = \"{}\"", template.id()),
        &format!("id = \"{id}\""),
        1,
    )
}
