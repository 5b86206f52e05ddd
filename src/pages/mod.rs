//! Rendering: every page and data file of the site, each a [`Job`], made through a
//! [`Reader`] that notes what it reads. Pages come in families, one module each.

mod catalog;
mod compacts;
mod compare;
mod easy;
mod frame;
mod info;
mod living;
mod overview;
mod timeline;
mod versions;

use std::sync::Arc;

use crate::config::Config;
use crate::content::{CompactId, PrincipleId, TopicId};
use crate::data::{self, Records};
use crate::diagnostics::{BuildError, Problem, Problems};
use crate::output::Page;
use crate::reads::{Model, Read, Reader};
use crate::templates::Theme;
use crate::urls::{self, Words};
use crate::views::{Languages, Summaries, Views};
use frame::Head;

/// One file of the site to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Job {
    /// The front page.
    Front,
    /// The matrix.
    Compare,
    /// The timeline.
    Timeline,
    /// The 404 page.
    NotFound,
    /// The accessibility statement.
    Accessibility,
    /// The search page.
    Search,
    /// The easy-to-read version of a compact, or of the front page (`None`).
    Easy(Option<CompactId>),
    /// A compact's page.
    Compact(CompactId),
    /// A principle's page.
    Principle(PrincipleId),
    /// One topic compared.
    Topic(TopicId),
    /// The overview of every compact's living parts.
    Overview,
    /// A compact's earlier versions.
    Versions(CompactId),
    /// One earlier version of a compact, by its place among them.
    Version(CompactId, u16),
    /// A compact's signatories, by name.
    Signatories(CompactId),
    /// A compact's signatories, by the date they joined.
    SignatoriesByDate(CompactId),
    /// A compact's action plan.
    Plan(CompactId),
    /// The open data of signatories, as CSV.
    SignatoriesCsv,
    /// The open data, as JSON.
    Json,
    /// The open data, as CSV.
    Csv,
    /// The catalog of the open data (DCAT-AP-SE), for Sweden's data portal.
    Catalog,
    /// The sitemap.
    Sitemap,
    /// The Atom feed.
    Feed,
    /// `robots.txt`.
    Robots,
    /// The search index.
    SearchIndex,
}

impl Job {
    /// Where the file goes in the output.
    pub(crate) fn path(self, r: &Reader<'_>, words: Words) -> String {
        match self {
            Job::Front => "index.html".to_owned(),
            Job::Compare => urls::compare(words),
            Job::Timeline => urls::timeline(words),
            Job::NotFound => urls::NOT_FOUND.to_owned(),
            Job::Accessibility => urls::accessibility(words),
            Job::Search => urls::search(words),
            Job::Easy(Some(c)) => urls::compact_easy(words, r.slug(c)),
            Job::Easy(None) => urls::front_easy(words),
            Job::Compact(c) => urls::compact(r.slug(c)),
            Job::Principle(p) => urls::principle(r.slug(p.compact), r.title(p).slug),
            Job::Topic(t) => urls::topic(words, &r.topic(t).id),
            Job::Overview => urls::overview(words),
            Job::Versions(c) => urls::versions(words, r.slug(c)),
            Job::Version(c, i) => {
                let date = r
                    .parts(c)
                    .versions
                    .get(usize::from(i))
                    .map(|d| d.to_string());
                urls::version(words, r.slug(c), &date.unwrap_or_default())
            }
            Job::Signatories(c) => urls::signatories(words, r.slug(c)),
            Job::SignatoriesByDate(c) => urls::signatories_by_date(words, r.slug(c)),
            Job::Plan(c) => urls::plan(words, r.slug(c)),
            Job::SignatoriesCsv => words.signatories_csv.to_owned(),
            Job::Json => words.json.to_owned(),
            Job::Csv => words.csv.to_owned(),
            Job::Catalog => words.catalog.to_owned(),
            Job::Sitemap => urls::SITEMAP.to_owned(),
            Job::Feed => urls::FEED.to_owned(),
            Job::Robots => urls::ROBOTS.to_owned(),
            Job::SearchIndex => urls::SEARCH_INDEX.to_owned(),
        }
    }

    /// Whether search engines are told of the page. Every kind of file must say.
    fn in_sitemap(self) -> bool {
        match self {
            Job::Front
            | Job::Compare
            | Job::Timeline
            | Job::Easy(_)
            | Job::Compact(_)
            | Job::Principle(_)
            | Job::Topic(_)
            | Job::Overview
            | Job::Versions(_)
            | Job::Version(..)
            | Job::Signatories(_)
            | Job::Plan(_) => true,
            // The same list in another order is no page of its own for search engines.
            Job::SignatoriesByDate(_) | Job::SignatoriesCsv => false,
            Job::NotFound
            | Job::Accessibility
            | Job::Search
            | Job::Json
            | Job::Csv
            | Job::Catalog
            | Job::Sitemap
            | Job::Feed
            | Job::Robots
            | Job::SearchIndex => false,
        }
    }
}

/// Every file of the site, in the order the sitemap lists pages.
pub(crate) fn jobs(r: &Reader<'_>) -> Vec<Job> {
    let mut jobs = vec![
        Job::Front,
        Job::Compare,
        Job::Timeline,
        Job::NotFound,
        Job::Accessibility,
        Job::Search,
    ];
    if r.has_easy(None) {
        jobs.push(Job::Easy(None));
    }
    for c in r.ids() {
        jobs.push(Job::Compact(c));
        if r.has_easy(Some(c)) {
            jobs.push(Job::Easy(Some(c)));
        }
        jobs.extend(r.outline(c).into_iter().map(|(p, _)| Job::Principle(p)));
        let parts = r.parts(c);
        if !parts.versions.is_empty() {
            jobs.push(Job::Versions(c));
            jobs.extend((0..parts.versions.len() as u16).map(|i| Job::Version(c, i)));
        }
        if parts.signatories {
            jobs.extend([Job::Signatories(c), Job::SignatoriesByDate(c)]);
        }
        if parts.plan {
            jobs.push(Job::Plan(c));
        }
    }
    jobs.extend(r.topic_ids().map(Job::Topic));
    jobs.push(Job::Overview);
    jobs.extend([
        Job::Json,
        Job::Csv,
        Job::SignatoriesCsv,
        Job::Catalog,
        Job::Sitemap,
        Job::Feed,
        Job::Robots,
        Job::SearchIndex,
    ]);
    jobs
}

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
            Job::Versions(c) => self.versions(c),
            Job::Version(c, i) => self.version(c, usize::from(i)),
            Job::Signatories(c) => self.signatories(c, false),
            Job::SignatoriesByDate(c) => self.signatories(c, true),
            Job::Plan(c) => self.plan(c),
            Job::SignatoriesCsv => Ok(data(data::signatories_csv(self.r, records))),
            Job::Json => Ok(data(data::json(self.r, records))),
            Job::Csv => Ok(data(data::csv(self.r, records))),
            Job::Catalog => self.catalog().map(data),
            Job::Sitemap => Ok(data(self.sitemap())),
            Job::Feed => Ok(data(data::feed(self.r, self.views, self.input.config))),
            Job::Robots => Ok(data(data::robots(self.input.config))),
            Job::SearchIndex => Ok(data(data::search_index(self.r, self.views, records))),
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
