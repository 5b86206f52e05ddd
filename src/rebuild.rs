//! Rebuilding after an edit, for `serve`: the site is read again where it changed, and the
//! pages whose recorded reads (see [`crate::reads`]) give another answer are rendered
//! again. Nothing here knows what a page shows: a new kind of page needs no rule of its own.
//! The result is always what a full build would make; `tests/testsuite/incremental.rs`
//! checks it byte for byte.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{BuildError, Problems};
use crate::output::Page;
use crate::pages::Job;
use crate::reads::{changed, Model, Read};
use crate::site::Site;
use crate::urls::Words;

/// What changed on disk, as far as rebuilding is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A file in one compact's folder (`content/<slug>/…`).
    Compact(String),
    /// The front page text (`content/_index.md`) or its easy-to-read version
    /// (`content/lattlast.md`).
    FrontPage,
    /// Static files only: pages stay as they are.
    Static,
    /// Anything else (site.yaml, topics.yaml, templates, the theme, a new or removed
    /// compact): everything is read and rendered again.
    Everything,
}

/// The files a rebuild made.
#[derive(Debug, Default)]
pub struct Update {
    /// Pages and data files written anew (possibly unchanged in content).
    pub pages: Vec<Page>,
    /// Output paths that no longer exist.
    pub removed: Vec<String>,
    /// True when every page was rendered, so any page not in `pages` is gone.
    pub complete: bool,
    /// The static files, when they were read again.
    pub statics: Option<Vec<(PathBuf, Vec<u8>)>>,
    /// The site's warnings after the rebuild.
    pub warnings: Problems,
}

/// A site held in memory between edits, with what each of its pages read.
pub struct Live {
    site: Site,
    /// Each page's job, path and reads, in the order of the site's jobs.
    pages: Vec<Rendered>,
    /// What listing the pages read: when none of it changes, the pages are the same.
    listing: Vec<Read>,
}

struct Rendered {
    job: Job,
    path: String,
    reads: Vec<Read>,
}

impl Live {
    /// Loads the site in `root` and renders every page, noting what each reads.
    pub fn load(root: &Path) -> Result<(Live, Update), BuildError> {
        let site = Site::load(root, None)?;
        let mut live = Live {
            site,
            pages: Vec::new(),
            listing: Vec::new(),
        };
        let update = live.render_all()?;
        Ok((live, update))
    }

    /// The site as it stands.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Writes `update` into `out`, an output folder that `overens build` made of this site.
    pub fn write(&self, out: &Path, update: &Update) -> Result<(), BuildError> {
        let statics = update.complete.then(|| self.site.static_files());
        crate::output::write_update(
            &self.site.root,
            out,
            &update.pages,
            &update.removed,
            statics.as_deref(),
        )
    }

    fn render_all(&mut self) -> Result<Update, BuildError> {
        let (jobs, listing) = self.site.jobs_noting(true);
        let only_jobs: Vec<Job> = jobs.iter().map(|(job, _)| *job).collect();
        let made = self.site.render_jobs(&only_jobs, true, Ok)?;
        let mut pages = Vec::with_capacity(made.len());
        self.pages = made
            .into_iter()
            .zip(jobs)
            .map(|(made, (job, path))| {
                pages.push(made.page);
                Rendered {
                    job,
                    path,
                    reads: made.reads,
                }
            })
            .collect();
        self.listing = listing;
        Ok(Update {
            pages,
            removed: Vec::new(),
            complete: true,
            statics: Some(self.site.static_files()),
            warnings: self.site.warnings(),
        })
    }

    /// Applies a burst of changes: reads again what changed and renders what shows it.
    /// On failure the site stays as it was.
    pub fn apply(&mut self, changes: &[Change]) -> Result<Update, BuildError> {
        let root = self.site.root.clone();
        let words = Words::of(self.site.language());
        if changes.contains(&Change::Everything) {
            let site = Site::load(&root, Some(&self.site.config.base_url))?;
            let previous = std::mem::replace(&mut self.site, site);
            return self.render_all().inspect_err(|_| self.site = previous);
        }
        let mut content = self.site.content.clone();
        let mut content_changed = false;
        for change in changes {
            match change {
                Change::Compact(slug) => match content.with_compact(&root, slug, words) {
                    Some(result) => content = result?,
                    None => return self.apply(&[Change::Everything]),
                },
                Change::FrontPage => content = content.with_front(&root, words)?,
                Change::Static | Change::Everything => continue,
            }
            content_changed = true;
        }
        let statics = changes
            .contains(&Change::Static)
            .then(|| self.site.static_files());
        if !content_changed {
            return Ok(Update {
                statics,
                warnings: self.site.warnings(),
                ..Update::default()
            });
        }
        let new = self.site.with_content(content);
        if !same_shape(&self.site, &new) {
            let previous = std::mem::replace(&mut self.site, new);
            return self.render_all().inspect_err(|_| self.site = previous);
        }
        let mut update = self.render_changed(new)?;
        update.statics = statics;
        Ok(update)
    }

    /// Renders the pages of `new` whose reads changed, and those that are new.
    fn render_changed(&mut self, new: Site) -> Result<Update, BuildError> {
        let (pages, removed) = {
            let diff = Diff::new(self.site.model(), new.model());
            if self.listing.iter().any(|&read| diff.changed(read)) {
                relist(&mut self.pages, &mut self.listing, &new, &diff)?
            } else {
                (in_place(&mut self.pages, &new, &diff)?, Vec::new())
            }
        };
        self.site = new;
        Ok(Update {
            pages,
            removed,
            complete: false,
            statics: None,
            warnings: self.site.warnings(),
        })
    }
}

/// The same pages as before: renders again, in place, those whose reads changed.
fn in_place(pages: &mut [Rendered], new: &Site, diff: &Diff<'_>) -> Result<Vec<Page>, BuildError> {
    let stale: Vec<usize> = (0..pages.len())
        .filter(|&i| pages[i].reads.iter().any(|&read| diff.changed(read)))
        .collect();
    let jobs: Vec<Job> = stale.iter().map(|&i| pages[i].job).collect();
    let made = new.render_jobs(&jobs, true, Ok)?;
    let mut written = Vec::with_capacity(made.len());
    for (i, made) in stale.into_iter().zip(made) {
        pages[i].reads = made.reads;
        written.push(made.page);
    }
    Ok(written)
}

/// Pages came or went: renders those of `new` that are new or whose reads changed, matched
/// by path, and says which paths are gone.
fn relist(
    pages: &mut Vec<Rendered>,
    listing: &mut Vec<Read>,
    new: &Site,
    diff: &Diff<'_>,
) -> Result<(Vec<Page>, Vec<String>), BuildError> {
    let (jobs, new_listing) = new.jobs_noting(true);
    let old: HashMap<&str, &Rendered> = pages.iter().map(|p| (p.path.as_str(), p)).collect();
    let stale: Vec<Job> = jobs
        .iter()
        .filter(|(_, path)| {
            old.get(path.as_str())
                .is_none_or(|page| page.reads.iter().any(|&read| diff.changed(read)))
        })
        .map(|(job, _)| *job)
        .collect();
    let made = new.render_jobs(&stale, true, Ok)?;
    let mut fresh: HashMap<String, Vec<Read>> = HashMap::with_capacity(made.len());
    let mut written = Vec::with_capacity(made.len());
    for made in made {
        fresh.insert(made.page.path.clone(), made.reads);
        written.push(made.page);
    }
    let listed: std::collections::HashSet<&str> =
        jobs.iter().map(|(_, path)| path.as_str()).collect();
    let mut removed: Vec<String> = pages
        .iter()
        .filter(|p| !listed.contains(p.path.as_str()))
        .map(|p| p.path.clone())
        .collect();
    removed.sort();
    let mut before: HashMap<String, Vec<Read>> = std::mem::take(pages)
        .into_iter()
        .map(|p| (p.path, p.reads))
        .collect();
    *pages = jobs
        .into_iter()
        .map(|(job, path)| {
            let reads = fresh
                .remove(&path)
                .or_else(|| before.remove(&path))
                .unwrap_or_default();
            Rendered { job, path, reads }
        })
        .collect();
    *listing = new_listing;
    Ok((written, removed))
}

/// True when both sites have the same compacts in the same order and the same topics, so
/// that the ids pages noted mean the same in both.
fn same_shape(old: &Site, new: &Site) -> bool {
    let slugs = |site: &Site| -> Vec<String> {
        site.content
            .compacts
            .iter()
            .map(|c| c.slug.clone())
            .collect()
    };
    Arc::ptr_eq(&old.content.topics, &new.content.topics) && slugs(old) == slugs(new)
}

/// The answers that differ between two sites of the same shape.
struct Diff<'a> {
    old: Model<'a>,
    new: Model<'a>,
    /// Everything derived from the comparison is unchanged when the comparison is.
    same_matrix: bool,
    /// Answers already looked at.
    seen: std::cell::RefCell<HashMap<Read, bool>>,
}

impl<'a> Diff<'a> {
    fn new(old: Model<'a>, new: Model<'a>) -> Diff<'a> {
        Diff {
            old,
            new,
            same_matrix: std::ptr::eq(old.matrix, new.matrix) || old.matrix == new.matrix,
            seen: Default::default(),
        }
    }

    fn changed(&self, read: Read) -> bool {
        let of_matrix = matches!(
            read,
            Read::Cell(..) | Read::Row(_) | Read::Covering(_) | Read::Quotes(..) | Read::Chain(_)
        );
        if of_matrix && self.same_matrix {
            return false;
        }
        // Answers that look at every compact are worked out once per rebuild.
        let derived = of_matrix || matches!(read, Read::Group(_) | Read::Keys | Read::Members(_));
        if !derived {
            return changed(self.old, self.new, read);
        }
        *self
            .seen
            .borrow_mut()
            .entry(read)
            .or_insert_with(|| changed(self.old, self.new, read))
    }
}
