//! Starting points that build: `overens init` makes a new site for one organisation, and
//! `overens new` a new compact in it (and `overens import` one from a Word document). Neither ever overwrites a file, and what they write in
//! place of the editor's own text is found by `check` until it is replaced.

mod compact;
mod site;

use std::fs;
use std::path::Path;

pub(crate) use compact::{check_name, create, front_matter, PLAN_TEXT, SIGNATORIES_TEXT};
pub(crate) use site::{init, Answers, EXAMPLE_BASE_URL};

/// Writes a file that must not exist yet, making its folder.
pub(crate) fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    use std::io::Write as _;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(text.as_bytes())
}

/// Text as a double-quoted YAML string, which holds any character.
pub(crate) fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
