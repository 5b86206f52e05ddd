//! Writing the output folder so that it is never half-written: the new site goes into a
//! staging folder beside the output and is swapped in only when every file is written. The
//! build refuses output folders that would put the editor's own files at risk.

use std::fs;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::BuildError;
use crate::messages as m;

pub(crate) mod fragments;

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Path in the output folder, with `/` separators.
    pub path: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// The file that marks a folder as made by overens, so it may be replaced.
pub(crate) const MARKER: &str = ".overens-output";

/// Writes `pages` and `assets` as the new content of `out`.
pub(crate) fn write(
    root: &Path,
    out: &Path,
    pages: &[Page],
    assets: &[(PathBuf, Vec<u8>)],
) -> Result<(), BuildError> {
    let staging = Staging::begin(root, out)?;
    staging.assets(assets)?;
    pages.par_iter().try_for_each(|page| staging.page(page))?;
    staging.finish()
}

/// A new output being written beside `out`: files go in as they are made, and
/// [`Staging::finish`] swaps the folder in whole. Dropped unfinished, it is removed and `out`
/// stays as it was.
pub(crate) struct Staging {
    out: PathBuf,
    dir: PathBuf,
    previous: PathBuf,
    finished: bool,
}

impl Staging {
    /// Checks that `out` may be replaced and starts an empty staging folder beside it.
    pub(crate) fn begin(root: &Path, out: &Path) -> Result<Staging, BuildError> {
        let out = absolute(out);
        check_target(root, &out)?;
        let parent = out.parent().ok_or_else(|| refuse(&out))?;
        let name = out
            .file_name()
            .ok_or_else(|| refuse(&out))?
            .to_string_lossy()
            .into_owned();
        fs::create_dir_all(parent).map_err(|e| io(parent, &e))?;
        let id = std::process::id();
        let staging = Staging {
            dir: parent.join(format!(".{name}.new-{id}")),
            previous: parent.join(format!(".{name}.old-{id}")),
            out,
            finished: false,
        };
        let _ = fs::remove_dir_all(&staging.dir);
        fs::create_dir_all(&staging.dir).map_err(|e| io(&staging.dir, &e))?;
        Ok(staging)
    }

    /// Writes one file at `path`, relative to the output; paths that would leave the output
    /// are skipped. Safe to call from several threads at once.
    pub(crate) fn file(&self, path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
        write_file(&self.dir, path, bytes)
    }

    /// Writes one page.
    pub(crate) fn page(&self, page: &Page) -> Result<(), BuildError> {
        self.file(Path::new(&page.path), &page.bytes)
    }

    /// Writes the static files, in parallel.
    pub(crate) fn assets(&self, assets: &[(PathBuf, Vec<u8>)]) -> Result<(), BuildError> {
        assets
            .par_iter()
            .try_for_each(|(path, bytes)| self.file(path, bytes))
    }

    /// Marks the new output as made by overens and swaps it in for `out`.
    pub(crate) fn finish(mut self) -> Result<(), BuildError> {
        self.file(Path::new(MARKER), MARKER_TEXT.as_bytes())?;
        let had_output = self.out.exists();
        if had_output {
            fs::rename(&self.out, &self.previous).map_err(|e| io(&self.out, &e))?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.out) {
            if had_output {
                let _ = fs::rename(&self.previous, &self.out);
            }
            return Err(io(&self.out, &e));
        }
        self.finished = true;
        if had_output {
            remove_all(&self.previous);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Removes a folder and everything in it, its subfolders in parallel.
fn remove_all(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        let entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.par_iter().for_each(|entry| {
            let path = entry.path();
            let _ = match entry.file_type() {
                Ok(kind) if kind.is_dir() => fs::remove_dir_all(&path),
                _ => fs::remove_file(&path),
            };
        });
    }
    let _ = fs::remove_dir_all(dir);
}

/// Writes the pages of one incremental update into `out`, an output folder an earlier
/// build made, in parallel, and removes the pages that are gone. An update that rendered
/// every page replaces the folder whole, as a build does.
pub(crate) fn write_update(
    root: &Path,
    out: &Path,
    pages: &[Page],
    removed: &[String],
    complete_with: Option<&[(PathBuf, Vec<u8>)]>,
) -> Result<(), BuildError> {
    if let Some(assets) = complete_with {
        return write(root, out, pages, assets);
    }
    let out = absolute(out);
    if !out.join(MARKER).is_file() {
        return Err(BuildError::Io(
            m::NOT_OUTPUT_FOLDER_OVERENS_BUILD.with(&[&out.display()]),
        ));
    }
    for gone in removed.iter().filter(|p| stays_inside(Path::new(p))) {
        // A page is its folder's index.html: the folder goes with it.
        let target = out.join(gone);
        let _ = match target.parent().filter(|folder| *folder != out) {
            Some(folder) => fs::remove_dir_all(folder),
            None => fs::remove_file(&target),
        };
    }
    pages
        .par_iter()
        .try_for_each(|page| write_file(&out, Path::new(&page.path), &page.bytes))
}

/// True when `path`, relative, names something inside the folder it is joined to.
fn stays_inside(path: &Path) -> bool {
    path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Writes one file at `path` below `dir`, making its folder; a path that would leave `dir`
/// is skipped. Safe to call from several threads at once.
fn write_file(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    if !stays_inside(path) {
        return Ok(());
    }
    let target = dir.join(path);
    if let Some(folder) = target.parent() {
        fs::create_dir_all(folder).map_err(|e| io(folder, &e))?;
    }
    fs::write(&target, bytes).map_err(|e| io(&target, &e))
}

const MARKER_TEXT: &str =
    "This folder is written by `overens build`; it is replaced whole on every build.\n";

/// Refuses an output folder that is the site itself, holds it, lies in its sources, or is
/// a folder of someone else's files.
fn check_target(root: &Path, out: &Path) -> Result<(), BuildError> {
    let root = absolute(root);
    let protected = ["content", "templates", "static", "themes"];
    if root.starts_with(out) || protected.iter().any(|p| out.starts_with(root.join(p))) {
        return Err(refuse(out));
    }
    if out.exists() {
        let empty = fs::read_dir(out)
            .map(|mut entries| entries.next().is_none())
            .unwrap_or(false);
        if !out.is_dir() || (!empty && !out.join(MARKER).is_file()) {
            return Err(BuildError::Io(
                m::ALREADY_EXISTS_WAS_NOT_MADE.with(&[&out.display()]),
            ));
        }
    }
    Ok(())
}

fn refuse(out: &Path) -> BuildError {
    BuildError::Io(m::CANNOT_OUTPUT_FOLDER.with(&[&out.display()]))
}

fn io(path: &Path, error: &std::io::Error) -> BuildError {
    BuildError::Io(m::COULD_NOT_WRITTEN.with(&[&path.display(), error]))
}

/// The path made absolute and free of `.` and `..`, without touching the disk.
pub(crate) fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut clean = PathBuf::new();
    for part in joined.components() {
        match part {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    clean
}
