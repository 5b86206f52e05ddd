//! Rebuilding after one change, for `serve`: which pages depend on what changed, so that an
//! edit to one principle re-renders that principle, its compact, the pages that quote it and
//! the lists that count it, not the whole site. The result is always what a full build
//! would write; `tests/testsuite/incremental.rs` checks it byte for byte.

use std::collections::BTreeSet;

use crate::compare::{self, Matrix};
use crate::content::{self, Compact};
use crate::data::Records;
use crate::diagnostics::BuildError;
use crate::pages::{self, Job, Page, QUOTED_ON_PRINCIPLE_PAGE};
use crate::site::Site;

/// What changed on disk, as far as rebuilding is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A file in one compact's folder (`content/<slug>/…`).
    Compact(String),
    /// The front page text (`content/_index.md`).
    FrontPage,
    /// Static files only: pages stay as they are.
    Static,
    /// Anything else (site.yaml, topics.yaml, templates, the theme, a new or removed
    /// compact): everything is read and rendered again.
    Everything,
}

/// The pages a change produced.
#[derive(Debug, Default)]
pub struct Update {
    /// Pages written anew (possibly unchanged in content).
    pub pages: Vec<Page>,
    /// Output paths that no longer exist.
    pub removed: Vec<String>,
    /// True when every page was rendered, so any page not in `pages` is gone.
    pub complete: bool,
}

impl Site {
    /// Applies one change: reads what changed again and renders what depends on it.
    pub fn apply(&mut self, change: &Change) -> Result<Update, BuildError> {
        match change {
            Change::Static => Ok(Update::default()),
            Change::FrontPage => {
                self.content.front = content::load_front(&self.root, self.config.language)?;
                Ok(Update {
                    pages: pages::render_jobs(self, &[Job::Front], false)?,
                    ..Update::default()
                })
            }
            Change::Compact(slug) => self.reload_compact(slug),
            Change::Everything => self.reload_everything(),
        }
    }

    fn reload_everything(&mut self) -> Result<Update, BuildError> {
        *self = Site::load(&self.root, Some(&self.config.base_url.clone()))?;
        Ok(Update {
            pages: self.render()?,
            removed: Vec::new(),
            complete: true,
        })
    }

    fn reload_compact(&mut self, slug: &str) -> Result<Update, BuildError> {
        let folder = self.root.join("content").join(slug);
        let Some(x) = self.content.compacts.iter().position(|c| c.slug == slug) else {
            return self.reload_everything();
        };
        if !folder.join("_index.md").is_file() {
            return self.reload_everything();
        }
        let lang = self.config.language;
        let new = content::load_compact(&self.root, slug, &self.content.topics, lang)?;
        let old = &self.content.compacts[x];
        if moves_others(old, &new) {
            return self.reload_everything();
        }
        let removed = old
            .principles
            .iter()
            .filter(|p| !new.principles.iter().any(|n| n.slug == p.slug))
            .map(|p| crate::views::paths::principle(slug, &p.slug))
            .collect();
        let diff = Diff::of(old, &new);
        self.content.compacts[x] = new;
        self.records[x] = Records::of(self, x);
        let old_matrix = std::mem::replace(&mut self.matrix, compare::matrix(&self.content));
        let jobs = affected(self, x, &old_matrix, &diff);
        Ok(Update {
            pages: pages::render_jobs(self, &jobs, true)?,
            removed,
            complete: false,
        })
    }
}

/// A change that alters the order of compacts or who endorses whom touches indexes and
/// chains all over the site: simpler and safe to rebuild it all.
fn moves_others(old: &Compact, new: &Compact) -> bool {
    old.municipality != new.municipality || old.kind != new.kind || old.endorses != new.endorses
}

/// What changed in one compact, as far as other pages are concerned.
struct Diff {
    /// What lists of compacts show of it (title, status, dates, counts…).
    summary: bool,
    /// Its timeline.
    timeline: bool,
    /// Principles whose title, text, topics or place changed (by slug, old and new).
    principles: BTreeSet<String>,
    /// Topics of those principles, before and after.
    topics: BTreeSet<String>,
    /// Whether any principle's title, topics or order changed (links and matrix cells).
    titles: bool,
    /// Topics on which the wording other compacts' pages quote from this compact (its first
    /// principle on the topic) changed, or became another principle.
    quoted: BTreeSet<String>,
}

impl Diff {
    fn of(old: &Compact, new: &Compact) -> Diff {
        let mut principles = BTreeSet::new();
        let mut topics = BTreeSet::new();
        let mut titles = old.principles.len() != new.principles.len();
        for (i, p) in new.principles.iter().enumerate() {
            let before = old.principles.iter().position(|o| o.slug == p.slug);
            let same = before.is_some_and(|b| b == i && old.principles[b] == *p);
            if !same {
                principles.insert(p.slug.clone());
                topics.extend(p.topics.iter().cloned());
                titles |= before.is_none_or(|b| {
                    b != i
                        || old.principles[b].title != p.title
                        || old.principles[b].topics != p.topics
                });
            }
        }
        for p in &old.principles {
            if !new.principles.iter().any(|n| n.slug == p.slug && n == p) {
                principles.insert(p.slug.clone());
                topics.extend(p.topics.iter().cloned());
            }
        }
        fn first_on<'a>(compact: &'a Compact, id: &str) -> Option<&'a crate::content::Principle> {
            compact
                .principles
                .iter()
                .find(|p| p.topics.iter().any(|t| t == id))
        }
        let quoted = topics
            .iter()
            .filter(|id| first_on(old, id) != first_on(new, id))
            .cloned()
            .collect();
        Diff {
            quoted,
            summary: old.title != new.title
                || old.status != new.status
                || old.adopted != new.adopted
                || old.revised != new.revised
                || old.decided_by != new.decided_by
                || old.summary != new.summary
                || old.principles.len() != new.principles.len(),
            timeline: old.timeline != new.timeline,
            principles,
            topics,
            titles,
        }
    }
}

/// The pages that show anything that changed in compact `x`.
fn affected(site: &Site, x: usize, old_matrix: &Matrix, diff: &Diff) -> Vec<Job> {
    let new_matrix = &site.matrix;
    let content = &site.content;
    // Rows whose cells hold x's principles: x itself and every compact endorsing it.
    let rows: Vec<usize> = std::iter::once(x)
        .chain((0..content.compacts.len()).filter(|&e| new_matrix.endorsed_chain[e].contains(&x)))
        .collect();
    let mut jobs: BTreeSet<Job> = rows.iter().map(|&r| Job::Compact(r)).collect();
    if diff.summary {
        jobs.insert(Job::Front);
    }
    if diff.summary || diff.titles {
        jobs.insert(Job::Compare);
    }
    if diff.summary || diff.timeline {
        jobs.insert(Job::Timeline);
    }
    let compact = &content.compacts[x];
    jobs.extend(
        compact
            .principles
            .iter()
            .enumerate()
            .filter(|(_, p)| diff.summary || diff.principles.contains(&p.slug))
            .map(|(pi, _)| Job::Principle(x, pi)),
    );
    for (ti, topic) in content.topics.iter().enumerate() {
        let touched = diff.topics.contains(&topic.id);
        if diff.summary || touched {
            jobs.insert(Job::Topic(ti));
        }
        if !(touched || diff.summary) {
            continue;
        }
        let coverage_changed = rows
            .iter()
            .any(|&r| old_matrix.cells[r][ti].is_empty() != new_matrix.cells[r][ti].is_empty());
        // Other compacts' principle pages quote one wording of this compact per topic, and
        // only when it is among the first few covering the topic.
        let quoted = diff.quoted.contains(&topic.id)
            && (quoted_early(old_matrix, &rows, ti) || quoted_early(new_matrix, &rows, ti));
        if coverage_changed || quoted {
            jobs.extend(
                principle_pages_on(site, ti)
                    .filter(|job| !matches!(job, Job::Principle(c, _) if *c == x)),
            );
        }
    }
    jobs.into_iter().collect()
}

/// True when one of `rows` is among the first compacts covering topic `ti`, and so may be
/// quoted on other compacts' principle pages (which quote the first few, skipping their own).
fn quoted_early(matrix: &Matrix, rows: &[usize], ti: usize) -> bool {
    // One more than are quoted: a page skips its own compact and quotes the next.
    matrix.covering[ti]
        .iter()
        .take(QUOTED_ON_PRINCIPLE_PAGE + 1)
        .any(|ci| rows.contains(ci))
}

/// Every principle page with topic `ti`.
fn principle_pages_on(site: &Site, ti: usize) -> impl Iterator<Item = Job> + '_ {
    let id = &site.content.topics[ti].id;
    site.content
        .compacts
        .iter()
        .enumerate()
        .flat_map(move |(ci, compact)| {
            compact
                .principles
                .iter()
                .enumerate()
                .filter(move |(_, p)| p.topics.contains(id))
                .map(move |(pi, _)| Job::Principle(ci, pi))
        })
}
