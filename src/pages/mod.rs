//! Rendering: every page and data file of the site, each a [`Job`], made through a
//! [`Reader`] that notes what it reads.
//!
//! Pages come in families, one module each, and a family says everything about its pages
//! (see [`Family`]): which the site has, where each is listed and written, whether search
//! engines and the navigation are told of it, its template and what the template sees. A new
//! kind of page is a new value of its family's job (or a new family, named once below), its
//! template in `themes/default/templates/`, and its strings in the theme's two languages.

mod changes;
mod chart;
mod compacts;
mod compare;
mod counties;
mod easy;
mod family;
mod files;
mod frame;
mod info;
mod living;
mod overview;
mod search;
mod signatories;
mod timeline;
mod topics;
mod versions;

use crate::config::Config;
use crate::derive::Models;
use crate::diagnostics::{BuildError, Problem, Problems};
use crate::output::Page;
use crate::reads::{Base, Read, Reader};
use crate::templates::Theme;
use crate::urls::Words;
use crate::views::{Languages, Views};
use compacts::CompactJob;
use compare::CompareJob;
use counties::CountiesJob;
use easy::EasyJob;
use family::{families, Family, Nav, Place};
use files::FileJob;
use frame::About;
use info::InfoJob;
use living::LivingJob;
use overview::OverviewJob;
use search::SearchJob;
use signatories::SignatoriesJob;
use timeline::TimelineJob;
use topics::TopicJob;
use versions::VersionJob;

families! {
    /// The front page, search, the accessibility statement, the page for lost addresses.
    Info(InfoJob),
    /// The matrix, and each county's.
    Compare(CompareJob),
    /// The list of counties with their compacts, on a site split by county.
    Counties(CountiesJob),
    /// The timeline, and each county's.
    Timeline(TimelineJob),
    /// The easy-to-read versions.
    Easy(EasyJob),
    /// A compact's page and its principles'.
    Compact(CompactJob),
    /// A compact's earlier versions.
    Versions(VersionJob),
    /// Who joined a compact, page by page, by name and by date.
    Signatories(SignatoriesJob),
    /// A compact's action plan.
    Living(LivingJob),
    /// A topic compared, and in each county.
    Topic(TopicJob),
    /// The overview of the living parts, and each county's.
    Overview(OverviewJob),
    /// The open data, its catalog, the sitemap, the feed and robots.txt.
    File(FileJob),
    /// The search index.
    Search(SearchJob),
}

/// What rendering needs: the loaded site, read-only.
#[derive(Clone, Copy)]
pub(crate) struct Input<'a> {
    /// `site.yaml`.
    pub(crate) config: &'a Config,
    /// The theme.
    pub(crate) theme: &'a Theme,
    /// The content and the day.
    pub(crate) base: Base<'a>,
    /// What is derived from them.
    pub(crate) models: &'a Models,
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
    let views = Views::new(&input.theme.strings, languages, &input.models.summaries);
    let nav = nav(views.words());
    let results: Vec<Result<T, Failed>> = jobs
        .par_iter()
        .map(|&job| {
            let reader = Reader::new(input.base, &input.models.facts, record);
            let page = Ctx {
                input,
                views: &views,
                nav: &nav,
                r: &reader,
                path: job.path(&reader, views.words()),
            };
            let page = job.make(&page).map_err(Failed::Page)?;
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
    nav: &'a Nav,
    r: &'a Reader<'r>,
    /// Where the page is written: its job's path.
    path: String,
}

impl Ctx<'_, '_> {
    /// A data file of the page's path.
    fn file(&self, bytes: Vec<u8>) -> Page {
        Page {
            path: self.path.clone(),
            bytes,
        }
    }
}

#[cfg(test)]
mod tests;
