//! Files under `content/` that the contract does not read. None is left out in silence:
//! each is named with a warning, and a near miss (a name that Windows shows without its
//! `.txt`, a list kept as `.xlsx`, a plan called `plan.yml`, a Word document) says what to
//! do. Files that the officer's programs and the system leave behind (`Thumbs.db`, Office's
//! `~$` lock files, dot files) and folders set aside with `_` are not the officer's content,
//! and are passed over.

use std::path::{Path, PathBuf};

use super::model::MarkdownLink;
use crate::diagnostics::{Problem, Problems};
use crate::files::{left_behind, relative};
use crate::messages::{self as m, Message};

/// What a compact's folder may hold, besides `principles/` and `versions/`.
const COMPACT_FILES: [&str; 4] = ["_index.md", "lattlast.md", "signatories.csv", "plan.yaml"];
/// What `content/` may hold, besides the compacts' folders.
const ROOT_FILES: [&str; 3] = ["_index.md", "lattlast.md", "topics.yaml"];

/// Where in `content/` a folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// `content/` itself.
    Root,
    /// A compact's folder.
    Compact,
    /// `principles/`, of a compact or of an earlier version.
    Principles,
    /// `versions/<date>/`.
    Version,
}

/// Warnings for the files directly in `content/` that are not read.
pub(super) fn in_root(root: &Path) -> Problems {
    let mut found = Problems::default();
    let dir = root.join("content");
    for (path, is_dir) in listing(&dir) {
        if !is_dir {
            file(root, &path, Place::Root, &[], &mut found);
        }
    }
    found
}

/// Warnings for the files of the compact in `folder` that are not read; files that its
/// Markdown links to are read by the link check.
pub(super) fn in_compact(root: &Path, folder: &Path, links: &[MarkdownLink]) -> Problems {
    let mut found = Problems::default();
    for (path, is_dir) in listing(folder) {
        let name = file_name(&path);
        match (is_dir, name.as_str()) {
            (true, "principles") => principles(root, &path, links, &mut found),
            (true, "versions") => {
                // Folders that are no date are reported as such by the versions' reading.
                for (version, is_dir) in listing(&path) {
                    if is_dir {
                        version_folder(root, &version, links, &mut found);
                    }
                }
            }
            (true, _) => folder_problem(root, &path, Place::Compact, &mut found),
            (false, _) => file(root, &path, Place::Compact, links, &mut found),
        }
    }
    found
}

fn version_folder(root: &Path, folder: &Path, links: &[MarkdownLink], found: &mut Problems) {
    for (path, is_dir) in listing(folder) {
        match (is_dir, file_name(&path).as_str()) {
            (true, "principles") => principles(root, &path, links, found),
            (true, _) => folder_problem(root, &path, Place::Version, found),
            (false, _) => file(root, &path, Place::Version, links, found),
        }
    }
}

fn principles(root: &Path, dir: &Path, links: &[MarkdownLink], found: &mut Problems) {
    for (path, is_dir) in listing(dir) {
        if is_dir {
            folder_problem(root, &path, Place::Principles, found);
        } else {
            file(root, &path, Place::Principles, links, found);
        }
    }
}

/// The entries of `dir` that may be the officer's, in name order, each with whether it is a
/// folder. Links are left to the reading, which refuses those that lead out of the site.
fn listing(dir: &Path) -> Vec<(PathBuf, bool)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut entries: Vec<(PathBuf, bool)> = read
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_symlink()))
        .filter(|e| !left_behind(&e.file_name().to_string_lossy()))
        .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_dir())))
        .collect();
    entries.sort();
    entries
}

/// A folder that no reading opens.
fn folder_problem(root: &Path, path: &Path, place: Place, found: &mut Problems) {
    let name = file_name(path);
    if name.starts_with('_') {
        // Set aside on purpose, as the guide says.
        return;
    }
    let folded = fold(&name);
    let problem = if place == Place::Compact
        && ["principer", "princip", "principle"].contains(&folded.as_str())
    {
        Problem::in_file(&relative(root, path), m::STRAY_PRINCIPLES_FOLDER)
            .with_hint(m::RENAME_TO.with(&[&"principles"]))
    } else {
        Problem::in_file(&relative(root, path), m::STRAY_FOLDER).with_hint(m::STRAY_FOLDER_HINT)
    };
    found.push(problem.as_warning());
}

/// A file at `place`: nothing when it is read, else a warning that says what to do.
fn file(root: &Path, path: &Path, place: Place, links: &[MarkdownLink], found: &mut Problems) {
    let name = file_name(path);
    if is_read(&name, place) || linked(&name, links) {
        return;
    }
    if name.starts_with('_') && !fold(&name).starts_with("index") {
        // `_` sets a file aside, as the guide says; only a near miss of `_index.md` is told.
        return;
    }
    let has_index = path.with_file_name("_index.md").is_file();
    let text = [".md", ".md.txt", ".markdown"]
        .iter()
        .any(|end| name.to_lowercase().ends_with(end));
    if matches!(place, Place::Compact | Place::Version) && text && !has_index {
        // The folder's missing `_index.md` is an error, whose hint names the text that
        // looks like it.
        return;
    }
    let (message, hint) = near_miss(&name, place);
    found.push(
        Problem::in_file(&relative(root, path), message)
            .with_hint(hint)
            .as_warning(),
    );
}

/// What to do about a compact folder (or an earlier version's) without `_index.md`, when a
/// file in it looks like one: its name as Windows hides it, or a near spelling.
pub(super) fn missing_index_hint(folder: &Path) -> Option<Message> {
    listing(folder)
        .into_iter()
        .filter(|(_, is_dir)| !is_dir)
        .map(|(path, _)| file_name(&path))
        .find(|name| fold(name).starts_with("index"))
        .map(|name| match name.to_lowercase().strip_suffix(".txt") {
            Some("_index.md") => m::INDEX_HIDDEN_TXT.with(&[&name]),
            _ => m::INDEX_NEAR_MISS.with(&[&name]),
        })
}

/// True when the contract reads a file of this name at `place`.
fn is_read(name: &str, place: Place) -> bool {
    match place {
        Place::Root => ROOT_FILES.contains(&name),
        Place::Compact => COMPACT_FILES.contains(&name),
        Place::Version => name == "_index.md",
        Place::Principles => name.ends_with(".md") && !name.starts_with('_'),
    }
}

/// True when a Markdown link of the compact names the file: the link check reports it if
/// it cannot be reached.
fn linked(name: &str, links: &[MarkdownLink]) -> bool {
    links.iter().any(|link| {
        let target = link.url.split(['?', '#']).next().unwrap_or_default();
        target.rsplit('/').next() == Some(name)
    })
}

/// What is wrong with a file the contract does not read, and what to do.
fn near_miss(name: &str, place: Place) -> (Message, Message) {
    let lower = name.to_lowercase();
    let expected: &[&str] = match place {
        Place::Root => &ROOT_FILES,
        Place::Compact => &COMPACT_FILES,
        Place::Version => &["_index.md"],
        Place::Principles => &[],
    };
    // Windows hides the extension, and Notepad adds `.txt`: `plan.yaml.txt` looks like
    // `plan.yaml`.
    if let Some(shown) = lower.strip_suffix(".txt") {
        let meant = expected.iter().find(|e| **e == shown).copied().or_else(|| {
            (place == Place::Principles && shown.ends_with(".md")).then_some(&name[..shown.len()])
        });
        if let Some(meant) = meant {
            return (
                m::STRAY_HIDDEN_TXT.with(&[&name, &meant]),
                m::STRAY_HIDDEN_TXT_HINT.with(&[&meant]),
            );
        }
    }
    if let Some(meant) = expected.iter().find(|e| **e == lower) {
        return (m::STRAY_NAME.into(), m::RENAME_TO.with(&[meant]));
    }
    let (stem, extension) = match lower.rsplit_once('.') {
        Some((stem, extension)) => (stem, extension),
        None => (lower.as_str(), ""),
    };
    let folded = fold(stem);
    match extension {
        "docx" | "doc" | "odt" | "rtf" => return (m::STRAY_WORD.into(), m::STRAY_WORD_HINT.into()),
        "xlsx" | "xls" | "xlsm" | "ods" | "numbers" if place == Place::Compact => {
            return (
                m::STRAY_SPREADSHEET.into(),
                m::STRAY_SPREADSHEET_HINT.into(),
            );
        }
        "csv" | "tsv" | "txt" if place == Place::Compact && is_list(&folded, extension) => {
            return (
                m::STRAY_LIST_NAME.into(),
                m::RENAME_TO.with(&[&"signatories.csv"]),
            );
        }
        "yaml" | "yml" if place == Place::Compact => {
            return (
                m::STRAY_PLAN_NAME.into(),
                m::RENAME_TO.with(&[&"plan.yaml"]),
            );
        }
        "yaml" | "yml" if place == Place::Root => {
            return (
                m::STRAY_TOPICS_NAME.into(),
                m::RENAME_TO.with(&[&"topics.yaml"]),
            );
        }
        _ => {}
    }
    let markdown = ["md", "markdown", "mdown", "txt"].contains(&extension);
    if markdown
        && ["lattlast", "latt-last", "lattlast-version"].contains(&folded.as_str())
        && place != Place::Principles
    {
        return (
            m::STRAY_EASY_NAME.into(),
            m::RENAME_TO.with(&[&"lattlast.md"]),
        );
    }
    if markdown && ["index", "_index"].contains(&stem) {
        return (m::STRAY_NAME.into(), m::RENAME_TO.with(&[&"_index.md"]));
    }
    match (place, markdown) {
        (Place::Principles, true) => {
            let meant = format!("{}.md", &name[..stem.len()]);
            (
                m::STRAY_MARKDOWN_EXTENSION.into(),
                m::RENAME_TO.with(&[&meant]),
            )
        }
        (Place::Compact | Place::Version, true) if extension == "md" => (
            m::STRAY_TEXT_IN_COMPACT.into(),
            m::STRAY_TEXT_IN_COMPACT_HINT.into(),
        ),
        (Place::Root, true) if extension == "md" => (
            m::STRAY_TEXT_IN_ROOT.into(),
            m::STRAY_TEXT_IN_ROOT_HINT.into(),
        ),
        _ => (m::STRAY_FILE.into(), m::STRAY_FILE_HINT.into()),
    }
}

/// True for a list of organisations by another name: any `.csv` or `.tsv`, and a `.txt`
/// that Excel's "Unicode-text" would write, named as a list.
fn is_list(folded: &str, extension: &str) -> bool {
    extension != "txt"
        || [
            "signatories",
            "anslutna",
            "organisationer",
            "undertecknare",
            "lista",
        ]
        .iter()
        .any(|word| folded.contains(word))
}

/// A name folded to compare: lowercase ASCII, å/ä/ö as a/a/o.
fn fold(name: &str) -> String {
    super::slugify(name)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    fn said(name: &str, place: Place) -> (String, String) {
        let (message, hint) = near_miss(name, place);
        (message.text(Lang::Sv), hint.text(Lang::Sv))
    }

    #[test]
    fn a_hidden_txt_names_the_file_it_looks_like() {
        for (name, place, meant) in [
            ("plan.yaml.txt", Place::Compact, "plan.yaml"),
            ("lattlast.md.txt", Place::Compact, "lattlast.md"),
            ("_index.md.txt", Place::Compact, "_index.md"),
            ("topics.yaml.txt", Place::Root, "topics.yaml"),
            ("ny-princip.md.txt", Place::Principles, "ny-princip.md"),
        ] {
            let (message, hint) = said(name, place);
            assert!(message.contains(meant), "{name}: {message}");
            assert!(
                hint.contains(&format!("byt namn till {meant}")),
                "{name}: {hint}"
            );
        }
    }

    #[test]
    fn misnamed_lists_plans_and_easy_texts_get_their_names() {
        for (name, meant) in [
            ("anslutna.csv", "signatories.csv"),
            ("Signatories.csv", "signatories.csv"),
            ("signatories.txt", "signatories.csv"),
            ("plan.yml", "plan.yaml"),
            ("handlingsplan.yaml", "plan.yaml"),
            ("lättläst.md", "lattlast.md"),
            ("index.md", "_index.md"),
        ] {
            let (_, hint) = said(name, Place::Compact);
            assert!(hint.contains(meant), "{name}: {hint}");
        }
        assert!(said("beslut.docx", Place::Compact)
            .1
            .contains("overens import"));
        assert!(said("lista.xlsx", Place::Compact).1.contains("CSV UTF-8"));
        assert!(said("Dialog.MD", Place::Principles).1.contains("Dialog.md"));
    }
}
