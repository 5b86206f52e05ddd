//! Reading the editor's files: the one place a file of the site is opened, so that every
//! read names its file when it fails, refuses links that lead out of the site, and gives
//! text that is sure to be UTF-8.

use std::path::{Path, PathBuf};

use crate::diagnostics::Problem;
use crate::messages as m;

/// Reads a file as UTF-8 text, naming it in the problem when that fails. A byte-order mark
/// is dropped; a file reached through a link that leads out of the site is refused, so a
/// build never publishes a file from elsewhere on the machine.
pub(crate) fn read_text(root: &Path, path: &Path) -> Result<String, Problem> {
    let (bytes, shown) = read_bytes(root, path)?;
    String::from_utf8(bytes).map_err(|e| {
        not_utf8(&shown, e.as_bytes(), e.utf8_error().valid_up_to())
            .with_hint(m::SAVE_FILE_UTF_8_YOUR)
    })
}

/// Reads a list saved from a spreadsheet: as [`read_text`], but a file that is not UTF-8 is
/// read as Windows-1252, which is what Excel on a Swedish Windows writes when asked for
/// "CSV (semikolonavgränsad)", and comes with a warning saying so at the first such letter.
pub(crate) fn read_spreadsheet(
    root: &Path,
    path: &Path,
) -> Result<(String, Option<Problem>), Problem> {
    let (bytes, shown) = read_bytes(root, path)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => {
            let bytes = e.as_bytes();
            let mut warning = not_utf8(&shown, bytes, e.utf8_error().valid_up_to())
                .with_hint(m::SAVE_CSV_AS_UTF8)
                .as_warning();
            warning.message = m::READ_AS_WINDOWS_1252.into();
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok((text.into_owned(), Some(warning)))
        }
    }
}

/// The file's bytes, without a byte-order mark, and its path as shown.
fn read_bytes(root: &Path, path: &Path) -> Result<(Vec<u8>, PathBuf), Problem> {
    let shown = relative(root, path);
    outside_site(root, path)?;
    let mut bytes = std::fs::read(path).map_err(|e| {
        Problem::in_file(&shown, m::COULD_NOT_READ).with_hint(m::SYSTEM_SAYS.with(&[&e]))
    })?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if looks_binary(&bytes) {
        return Err(Problem::in_file(&shown, m::FILE_NOT_TEXT_FILE_LOOKS)
            .with_hint(m::WRITE_TEXT_TEXT_EDITOR_SAVE));
    }
    Ok((bytes, shown))
}

/// The problem of a file that is not UTF-8 from byte `valid` on: its line, with the marker
/// on the first letter that is not.
fn not_utf8(shown: &Path, bytes: &[u8], valid: usize) -> Problem {
    let valid = &bytes[..valid];
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    // The line as far as it can be shown: the bad byte becomes �, and the marker sits on it.
    let column = String::from_utf8_lossy(&valid[line_start..])
        .chars()
        .count()
        + 1;
    let lossy = String::from_utf8_lossy(&bytes[line_start..]);
    let source_line = lossy.lines().next().unwrap_or_default().to_owned();
    let mut problem = Problem::error(shown, line, column, m::FILE_NOT_SAVED_UTF_8);
    problem.source_line = Some(source_line);
    problem
}

/// Text files have no NUL bytes; images, PDFs and Word documents have them early on.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8000).any(|&b| b == 0)
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

/// The path as the editor knows it: relative to the site root when inside it.
pub(crate) fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}
