//! Rendering: every page and data file of the site, each a [`Job`], made through a
//! [`Reader`] that notes what it reads. Pages come in families, one module each.

mod catalog;
mod chart;
mod compacts;
mod compare;
mod easy;
mod frame;
mod info;
mod jobs;
mod living;
mod overview;
mod signatories;
mod timeline;
mod topics;
mod versions;

use std::sync::Arc;

use crate::config::Config;
use crate::data::{self, Records};
use crate::diagnostics::{BuildError, Problem, Problems};
use crate::output::Page;
use crate::reads::{Model, Read, Reader};
use crate::templates::Theme;
use crate::views::{Languages, Summaries, Views};
use frame::Head;
pub(crate) use jobs::{jobs, Job};

/// What rendering needs: the loaded site, read-only.
#[derive(Clone, Copy)]
pub(crate) struct Input<'a> {
    /// `site.yaml`.
    pub(crate) config: &'a Config,
    /// The theme.
    pub(crate) theme: &'a Theme,
    /// The content and its comparison.
    pub(crate) model: Model<'a>,
    /// Each compact's share of the data files.
    pub(crate) records: &'a [Arc<Records>],
    /// Each compact as lists show it.
    pub(crate) summaries: &'a Summaries,
}

/// A rendered file, and what it read when asked to note it.
pub(crate) struct Made {
    /// The file.
    pub(crate) page: Page,
    /// What it read, each once.
    pub(crate) reads: Vec<Read>,
}

/// Renders `jobs` in parallel, handing each file to `deliver` as soon as it is made: a
/// build writes a page and lets it go, rather than holding the whole site. Every page's
/// problems are collected, none stops the others; a failure of `deliver` (a file that
/// cannot be written) stops the rest. With `record`, each file comes with its reads.
pub(crate) fn render<T, F>(
    input: Input<'_>,
    jobs: &[Job],
    record: bool,
    deliver: F,
) -> Result<Vec<T>, BuildError>
where
    T: Send,
    F: Fn(Made) -> Result<T, BuildError> + Sync,
{
    use rayon::prelude::*;
    enum Failed {
        Page(Problem),
        Deliver(BuildError),
    }
    let languages = Languages::of(input.config);
    let views = Views::new(&input.theme.strings, languages, input.summaries);
    let results: Vec<Result<T, Failed>> = jobs
        .par_iter()
        .map(|&job| {
            let reader = Reader::new(input.model, record);
            let page = Ctx {
                input,
                views: &views,
                r: &reader,
            }
            .make(job)
            .map_err(Failed::Page)?;
            let reads = reader.into_reads();
            deliver(Made { page, reads }).map_err(Failed::Deliver)
        })
        .collect();
    let mut problems = Problems::default();
    let mut delivered = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(value) => delivered.push(value),
            Err(Failed::Page(problem)) => problems.push(problem),
            Err(Failed::Deliver(error)) => return Err(error),
        }
    }
    if problems.is_empty() {
        Ok(delivered)
    } else {
        Err(BuildError::Content(problems))
    }
}

/// One page being made.
pub(crate) struct Ctx<'a, 'r> {
    input: Input<'a>,
    views: &'a Views<'a>,
    r: &'a Reader<'r>,
}

impl Ctx<'_, '_> {
    fn make(&self, job: Job) -> Result<Page, Problem> {
        let path = || job.path(self.r, self.views.words());
        let data = |bytes: Vec<u8>| Page {
            path: path(),
            bytes,
        };
        let records = self.input.records;
        match job {
            Job::Front => self.front(),
            Job::Compare => self.compare(),
            Job::Timeline => self.timeline(),
            Job::NotFound => self.not_found(),
            Job::Accessibility => self.accessibility(),
            Job::Search => self.search(),
            Job::Easy(of) => self.easy(of),
            Job::Compact(c) => self.compact(c),
            Job::Principle(p) => self.principle(p),
            Job::Topic(t) => self.topic(t),
            Job::Overview => self.overview(),
            Job::OverviewIn(g) => self.overview_in(g),
            Job::Versions(c) => self.versions(c),
            Job::Version(c, i) => self.version(c, usize::from(i)),
            Job::Signatories(c, page) => self.signatories(c, false, page),
            Job::SignatoriesByDate(c, page) => self.signatories(c, true, page),
            Job::Plan(c) => self.plan(c),
            Job::SignatoriesCsv => Ok(data(data::signatories_csv(self.r, records))),
            Job::County(g) => self.county(g),
            Job::TopicIn(t, g) => self.topic_in(t, g),
            Job::TimelineIn(g) => self.timeline_in(g),
            Job::Json => Ok(data(data::json(self.r, records))),
            Job::Csv => Ok(data(data::csv(self.r, records))),
            Job::Catalog => self.catalog().map(data),
            Job::Sitemap => Ok(data(self.sitemap())),
            Job::Feed => Ok(data(data::feed(self.r, self.views, self.input.config))),
            Job::Robots => Ok(data(data::robots(self.input.config))),
            Job::SearchTopics => Ok(data(data::search_topics(self.r, self.views))),
            Job::SearchCompact(c) => Ok(data(data::search_compact(self.r, c))),
            Job::SearchPart(key) => Ok(data(data::search_part(self.r, key))),
        }
    }

    /// The sitemap: every page search engines should know, in the order of [`jobs`].
    fn sitemap(&self) -> Vec<u8> {
        let words = self.views.words();
        let paths: Vec<String> = jobs(self.r)
            .into_iter()
            .filter(|job| job.in_sitemap())
            .map(|job| job.path(self.r, words))
            .collect();
        data::sitemap(&self.input.config.base_url, &paths)
    }
}

#[cfg(test)]
mod tests;
