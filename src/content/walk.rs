//! Listing a folder of content: hidden files left out, links that lead out of the site
//! refused by name, and names that would publish at the same address caught before either
//! is read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{is_hidden, is_slug, slugify};
use crate::diagnostics::{Problem, Problems};
use crate::files::{outside_site, relative};
use crate::messages::{self as m, Message};
use crate::urls;

/// One entry of a content folder.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub(super) path: PathBuf,
    /// A folder, or a link to one inside the site.
    pub(super) is_dir: bool,
}

/// The visible entries of `dir`, in name order. A symbolic link is followed only when it
/// stays inside the site; one that leads out is reported, never silently skipped.
pub(super) fn entries(root: &Path, dir: &Path, problems: &mut Problems) -> Vec<Entry> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut entries: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter(|e| !is_hidden(&e.path()))
        .filter_map(|e| {
            let path = e.path();
            let is_link = e.file_type().is_ok_and(|t| t.is_symlink());
            if is_link {
                if let Err(problem) = outside_site(root, &path) {
                    problems.push(problem);
                    return None;
                }
            }
            // `metadata` follows a link inside the site to what it points at.
            let is_dir = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
            Some(Entry { path, is_dir })
        })
        .collect();
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    entries
}

/// Keeps one path of each group whose names slug to the same web address: the one already
/// named as its address, else the first. The others are reported and left out, since two
/// pages cannot share an address. `name` gives the part of the path that becomes the slug.
pub(super) fn one_per_slug(
    root: &Path,
    paths: Vec<PathBuf>,
    name: impl Fn(&Path) -> Option<&str>,
    problems: &mut Problems,
) -> Vec<PathBuf> {
    let mut groups: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for path in paths {
        let slug = name(&path).map(slugify).unwrap_or_default();
        groups.entry(slug).or_default().push(path);
    }
    let mut kept = Vec::with_capacity(groups.len());
    for (slug, mut group) in groups {
        let keep = group
            .iter()
            .position(|p| name(p) == Some(slug.as_str()))
            .unwrap_or(0);
        let chosen = group.swap_remove(keep);
        for other in &group {
            problems.push(same_address(root, other, &chosen, &slug));
        }
        kept.push(chosen);
    }
    kept.sort();
    kept
}

fn same_address(root: &Path, path: &Path, kept: &Path, slug: &str) -> Problem {
    let file_name = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    Problem::in_file(
        &relative(root, path),
        m::GETS_SAME_WEB_ADDRESS.with(&[&file_name(path), &slug, &file_name(kept)]),
    )
    .with_hint(m::TWO_PAGES_CANNOT_HAVE_SAME)
}

/// Refuses a compact folder or principle file whose name cannot stand in a web address, or
/// that the site's own pages use.
pub(super) fn check_slug(shown: &Path, slug: &str, problems: &mut Problems) {
    // Principles are files, compacts are folders: name the one the editor sees.
    let file = shown.extension().is_some();
    if !is_slug(slug) {
        let message = if file {
            m::FILE_NAME_NOT_ADDRESS
        } else {
            m::FOLDER_NAME_NOT_ADDRESS
        };
        problems.push(
            Problem::in_file(shown, message.with(&[&slug]))
                .with_hint(m::USE_LOWERCASE_LETTERS_Z_DIGITS.with(&[&slugify(slug)])),
        );
    } else if let Some(hint) = reserved_hint(slug, file) {
        let message = if file {
            m::FILE_NAME_RESERVED
        } else {
            m::FOLDER_NAME_RESERVED
        };
        problems.push(Problem::in_file(shown, message.with(&[&slug])).with_hint(hint));
    }
}

/// What to do about `slug` when the site's own pages use it: a principle's file (`file`)
/// may not take a word of a compact's own pages, a compact's folder not one of the site's.
fn reserved_hint(slug: &str, file: bool) -> Option<Message> {
    if file && urls::is_reserved_in_compact(slug) {
        Some(m::RENAME_PRINCIPLE_FILE.with(&[&slug]))
    } else if !file && urls::is_reserved(slug) {
        Some(m::RENAME_FOLDER_EXAMPLE_MUNICIPALITY_S.into())
    } else {
        None
    }
}
