//! Reading the editor's files: the one place a file of the site is opened, so that every
//! read names its file when it fails, refuses links that lead out of the site, and gives
//! text whatever encoding the officer's programs saved it in (see [`decode`]).

mod decode;

use std::path::{Path, PathBuf};

use decode::{Binary, Decoded};

use crate::diagnostics::Problem;
use crate::messages::{self as m, Msg};

/// Reads a text file (Markdown, YAML), naming it in the problem when that fails: UTF-8 with
/// or without a byte-order mark, and UTF-16 as Notepad saves "Unicode". A file saved as
/// Windows-1252 ("ANSI") is refused at its first such letter, since the same bytes could
/// mean other letters; a file reached through a link that leads out of the site is refused,
/// so a build never publishes a file from elsewhere on the machine.
pub(crate) fn read_text(root: &Path, path: &Path) -> Result<String, Problem> {
    let (decoded, shown) = read_decoded(root, path, m::SAVE_FILE_UTF_8_YOUR)?;
    match decoded {
        Readable::Windows1252 { text, line, column } => {
            Err(
                at_letter(&shown, &text, line, column, m::FILE_SAVED_AS_ANSI)
                    .with_hint(m::SAVE_FILE_UTF_8_YOUR),
            )
        }
        Readable::Text(text) => Ok(text),
    }
}

/// Reads a list saved from a spreadsheet: as [`read_text`], but a file saved as
/// Windows-1252, which is what Excel on a Swedish Windows writes when asked for "CSV
/// (semikolonavgränsad)", is read, with a note saying so at its first such letter.
pub(crate) fn read_spreadsheet(
    root: &Path,
    path: &Path,
) -> Result<(String, Option<Problem>), Problem> {
    let (decoded, shown) = read_decoded(root, path, m::SAVE_CSV_AS_UTF8)?;
    match decoded {
        Readable::Windows1252 { text, line, column } => {
            let note = at_letter(&shown, &text, line, column, m::READ_AS_WINDOWS_1252)
                .with_hint(m::SAVE_CSV_AS_UTF8)
                .as_note();
            Ok((text, Some(note)))
        }
        Readable::Text(text) => Ok((text, None)),
    }
}

/// The file's bytes, as text or as Windows-1252, and its path as shown; what is no text is
/// refused, saying what it looks like and, with `save`, how to save it as text.
fn read_decoded(root: &Path, path: &Path, save: Msg) -> Result<(Readable, PathBuf), Problem> {
    let shown = relative(root, path);
    outside_site(root, path)?;
    let bytes = std::fs::read(path).map_err(|e| {
        Problem::in_file(&shown, m::COULD_NOT_READ).with_hint(m::SYSTEM_SAYS.with(&[&e]))
    })?;
    let refused = match decode::decode(bytes) {
        Decoded::Text(text) => return Ok((Readable::Text(text), shown)),
        Decoded::Windows1252 { text, line, column } => {
            return Ok((Readable::Windows1252 { text, line, column }, shown));
        }
        Decoded::Binary(Binary::Office) => m::FILE_IS_OFFICE,
        Decoded::Binary(Binary::Pdf) => m::FILE_IS_PDF,
        Decoded::Binary(Binary::Image) => m::FILE_IS_IMAGE,
        Decoded::Binary(Binary::Other) => m::FILE_NOT_TEXT_FILE_LOOKS,
        Decoded::BrokenUtf16 => m::FILE_BROKEN_UTF16,
    };
    let hint = if save == m::SAVE_FILE_UTF_8_YOUR && refused != m::FILE_BROKEN_UTF16 {
        // A Markdown or YAML file that is a document or an image: write it as text.
        m::WRITE_TEXT_TEXT_EDITOR_SAVE
    } else {
        save
    };
    Err(Problem::in_file(&shown, refused).with_hint(hint))
}

/// What a file held, when it could be read as text.
enum Readable {
    /// UTF-8 or UTF-16.
    Text(String),
    /// Windows-1252, from the letter at `line`, `column` on.
    Windows1252 {
        text: String,
        line: usize,
        column: usize,
    },
}

/// A problem at the first letter that is not UTF-8, on its line as Windows-1252 reads it.
fn at_letter(shown: &Path, text: &str, line: usize, column: usize, message: Msg) -> Problem {
    Problem::error(shown, line, column, message)
        .with_width(1)
        .with_source(text)
}

/// Refuses `path` when, through a symbolic link, it lies outside the site's folder.
pub(crate) fn outside_site(root: &Path, path: &Path) -> Result<(), Problem> {
    if no_link_below(root, path) {
        return Ok(());
    }
    let (Ok(real), Ok(real_root)) = (path.canonicalize(), root.canonicalize()) else {
        // A path that cannot be resolved is reported when it is read.
        return Ok(());
    };
    if real.starts_with(&real_root) {
        return Ok(());
    }
    Err(Problem::in_file(
        &relative(root, path),
        m::LINK_SOMETHING_OUTSIDE_SITE_S.with(&[&real.display()]),
    )
    .with_hint(m::COPY_FILE_FOLDER_INTO_SITE))
}

/// True when `path` lies in `root` and nothing on the way down to it is a symbolic link, so
/// it cannot lead out: a few `lstat` calls instead of resolving both paths in full.
fn no_link_below(root: &Path, path: &Path) -> bool {
    let Ok(rest) = path.strip_prefix(root) else {
        return false;
    };
    let mut at = root.to_path_buf();
    rest.components().all(|part| {
        at.push(part);
        matches!(part, std::path::Component::Normal(_))
            && at
                .symlink_metadata()
                .is_ok_and(|meta| !meta.file_type().is_symlink())
    })
}

/// True for a file that the system and the officer's programs leave beside the officer's
/// own, never to be read or named: dot files (`.DS_Store`, an editor's `.x.swp`, gedit's
/// `.goutputstream-…`), `Thumbs.db`, `desktop.ini`, Office's `~$` lock files, backups
/// ending in `~`, Emacs' `#x#`, Vim's `4913`, IntelliJ's `___jb_tmp___`, temporary files.
pub(crate) fn left_behind(name: &str) -> bool {
    let lower = name.to_lowercase();
    name.is_empty()
        || name.starts_with('.')
        || name.starts_with("~$")
        || name.ends_with('~')
        || name.starts_with('#')
        || name == "4913"
        || lower == "thumbs.db"
        || lower == "desktop.ini"
        || [
            ".tmp",
            ".swp",
            ".swx",
            ".swo",
            "___jb_tmp___",
            "___jb_old___",
            ".crswap",
        ]
        .iter()
        .any(|end| lower.ends_with(end))
}

/// The path as the editor knows it: relative to the site root when inside it.
pub(crate) fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_programs_leave_behind_is_told_from_the_officer_s_files() {
        for name in [
            "Thumbs.db",
            "desktop.ini",
            "~$beslut.docx",
            ".DS_Store",
            "a.md~",
            ".goutputstream-3QKX81",
            "4913",
            "_index.md___jb_tmp___",
        ] {
            assert!(left_behind(name), "{name}");
        }
        for name in ["beslut.docx", "_index.md", "plan.yaml.txt", "anslutna.csv"] {
            assert!(!left_behind(name), "{name}");
        }
    }
}
