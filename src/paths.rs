//! Where diagnum keeps its files. Library PCs often wipe user profiles at reboot, so the
//! data folder can be moved with `--data-dir` or `DIAGNUM_DATA_DIR`.

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "DIAGNUM_DATA_DIR";

/// `--data-dir`, else `DIAGNUM_DATA_DIR`, else the platform's data folder.
pub fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| {
        std::env::var_os(DATA_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| {
        directories::ProjectDirs::from("fr", "diagnum", "diagnum")
            .map(|d| d.data_dir().to_path_buf())
    })
}

/// The user's own banks and catalogues.
pub fn banks_dir(data: Option<&PathBuf>) -> Option<PathBuf> {
    data.map(|d| d.join("banks"))
}
