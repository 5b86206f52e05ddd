//! Rebuilding after an edit, for `serve`: the site is read again where it changed, and the
//! pages whose recorded reads (see [`crate::reads`]) give another answer are rendered
//! again. Nothing here knows what a page shows: a new kind of page needs no rule of its own.
//! The result is always what a full build would make; `tests/testsuite/incremental.rs`
//! checks it byte for byte.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::date::{day_of, PartialDate};
use crate::diagnostics::{BuildError, Problems};
use crate::output::Page;
use crate::pages::Job;
use crate::reads::{changed, Model, Read};
use crate::site::Site;
use crate::urls::Words;
use ledger::{Ledger, ReadId};

mod ledger;

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
    /// A new day: what is late, and how long ago things were, is reckoned again.
    Day,
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

/// Where the preview learns the day: the computer's clock, or one a test sets.
pub type Clock = Box<dyn Fn() -> jiff::civil::Date + Send>;

/// A site held in memory between edits, with what each of its pages read.
pub struct Live {
    site: Site,
    /// Each page's job, path and reads, in the order of the site's jobs.
    pages: Vec<Rendered>,
    /// What listing the pages read: when none of it changes, the pages are the same.
    listing: Vec<Read>,
    /// Every read of the pages, each once.
    ledger: Ledger,
    clock: Clock,
}

struct Rendered {
    job: Job,
    path: String,
    reads: Vec<ReadId>,
}

impl Live {
    /// Loads the site in `root` and renders every page, noting what each reads.
    pub fn load(root: &Path) -> Result<(Live, Update), BuildError> {
        Live::load_on(root, Box::new(|| jiff::Zoned::now().date()))
    }

    /// [`Live::load`], with the day read from `clock`.
    pub fn load_on(root: &Path, clock: Clock) -> Result<(Live, Update), BuildError> {
        let today = day_of(clock());
        let site = Site::open(root, None, today, true)?;
        let mut live = Live {
            site,
            pages: Vec::new(),
            listing: Vec::new(),
            ledger: Ledger::default(),
            clock,
        };
        let update = live.render_all()?;
        Ok((live, update))
    }

    /// True when the clock has passed into another day than the one the site was made on.
    pub fn is_behind(&self) -> bool {
        self.today() != self.site.today
    }

    fn today(&self) -> PartialDate {
        day_of((self.clock)())
    }

    /// The site as it stands.
    pub fn site(&self) -> &Site {
        &self.site
    }

    fn render_all(&mut self) -> Result<Update, BuildError> {
        let (jobs, listing) = self.site.jobs_noting(true);
        let only_jobs: Vec<Job> = jobs.iter().map(|(job, _)| *job).collect();
        let made = self.site.render_jobs(&only_jobs, true, Ok)?;
        let mut pages = Vec::with_capacity(made.len());
        let mut ledger = Ledger::default();
        self.pages = made
            .into_iter()
            .zip(jobs)
            .map(|(made, (job, path))| {
                pages.push(made.page);
                Rendered {
                    job,
                    path,
                    reads: ledger.note(made.reads),
                }
            })
            .collect();
        self.listing = listing;
        self.ledger = ledger;
        Ok(Update {
            pages,
            removed: Vec::new(),
            complete: true,
            statics: Some(self.site.static_files()?),
            warnings: self.site.warnings(),
        })
    }

    /// Applies a burst of changes: reads again what changed and renders what shows it, on
    /// the day the clock says. On failure the site stays as it was.
    pub fn apply(&mut self, changes: &[Change]) -> Result<Update, BuildError> {
        let root = self.site.root.clone();
        let words = Words::of(self.site.language());
        let today = self.today();
        if changes.contains(&Change::Everything) {
            let base_url = self.site.config.base_url.clone();
            let site = Site::open(&root, Some(&base_url), today, true)?;
            let previous = std::mem::replace(&mut self.site, site);
            return self.render_all().inspect_err(|_| self.site = previous);
        }
        let mut content = None;
        for change in changes {
            let now = content.as_ref().unwrap_or(&self.site.content);
            content = Some(match change {
                Change::Compact(slug) => match now.with_compact(&root, slug, words) {
                    Some(result) => result?,
                    None => return self.apply(&[Change::Everything]),
                },
                Change::FrontPage => now.with_front(&root, words)?,
                Change::Static | Change::Day | Change::Everything => continue,
            });
        }
        let statics = changes
            .contains(&Change::Static)
            .then(|| self.site.static_files())
            .transpose()?;
        if content.is_none() && today == self.site.today {
            return Ok(Update {
                statics,
                warnings: self.site.warnings(),
                ..Update::default()
            });
        }
        let content = content.unwrap_or_else(|| self.site.content.clone());
        let new = self.site.again(content, today);
        let mut update = self.render_changed(new)?;
        update.statics = statics;
        Ok(update)
    }

    /// Renders the pages of `new` whose reads changed, and those that are new.
    fn render_changed(&mut self, new: Site) -> Result<Update, BuildError> {
        let (pages, removed) = {
            let diff = Diff::new(self.site.model(), new.model());
            let held = Held {
                pages: &mut self.pages,
                ledger: &mut self.ledger,
            };
            if self.listing.iter().any(|&read| diff.changed(read)) {
                relist(held, &mut self.listing, &new, &diff)?
            } else {
                (in_place(held, &new, &diff)?, Vec::new())
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

/// The pages a preview holds, and their reads.
struct Held<'a> {
    pages: &'a mut Vec<Rendered>,
    ledger: &'a mut Ledger,
}

/// The same pages as before: renders again, in place, those whose reads changed.
fn in_place(held: Held<'_>, new: &Site, diff: &Diff<'_>) -> Result<Vec<Page>, BuildError> {
    let Held { pages, ledger } = held;
    let stale: Vec<usize> = {
        let changes = ledger.against(diff.old, diff.new);
        (0..pages.len())
            .filter(|&i| changes.any(&pages[i].reads))
            .collect()
    };
    let jobs: Vec<Job> = stale.iter().map(|&i| pages[i].job).collect();
    let made = new.render_jobs(&jobs, true, Ok)?;
    let mut written = Vec::with_capacity(made.len());
    for (i, made) in stale.into_iter().zip(made) {
        pages[i].reads = ledger.note(made.reads);
        written.push(made.page);
    }
    Ok(written)
}

/// Pages came or went: renders those of `new` that are new or whose reads changed, matched
/// by path, and says which paths are gone.
fn relist(
    held: Held<'_>,
    listing: &mut Vec<Read>,
    new: &Site,
    diff: &Diff<'_>,
) -> Result<(Vec<Page>, Vec<String>), BuildError> {
    let Held { pages, ledger } = held;
    let (jobs, new_listing) = new.jobs_noting(true);
    let stale: Vec<Job> = {
        let changes = ledger.against(diff.old, diff.new);
        let old: HashMap<&str, &Rendered> = pages.iter().map(|p| (p.path.as_str(), p)).collect();
        jobs.iter()
            .filter(|(_, path)| {
                old.get(path.as_str())
                    .is_none_or(|page| changes.any(&page.reads))
            })
            .map(|(job, _)| *job)
            .collect()
    };
    let made = new.render_jobs(&stale, true, Ok)?;
    let mut fresh: HashMap<String, Vec<ReadId>> = HashMap::with_capacity(made.len());
    let mut written = Vec::with_capacity(made.len());
    for made in made {
        fresh.insert(made.page.path.clone(), ledger.note(made.reads));
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
    let mut before: HashMap<String, Vec<ReadId>> = std::mem::take(pages)
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

/// The answers that differ between two sites, each asked once.
struct Diff<'a> {
    old: Model<'a>,
    new: Model<'a>,
    /// Answers already looked at.
    seen: std::cell::RefCell<HashMap<Read, bool>>,
}

impl<'a> Diff<'a> {
    fn new(old: Model<'a>, new: Model<'a>) -> Diff<'a> {
        Diff {
            old,
            new,
            seen: Default::default(),
        }
    }

    fn changed(&self, read: Read) -> bool {
        *self
            .seen
            .borrow_mut()
            .entry(read)
            .or_insert_with(|| changed(self.old, self.new, read))
    }
}
