//! Rendering: every page and data file of the site, each a [`Job`], made through a
//! [`Reader`] that notes what it reads. Pages come in families, one module each.

mod chart;
mod compacts;
mod compare;
mod info;
mod jobs;
mod timeline;
mod topics;

use std::sync::Arc;

use serde::Serialize;

use crate::config::Config;
use crate::data::{self, Records};
use crate::diagnostics::{BuildError, Problem, Problems};
use crate::output::Page;
use crate::reads::{Model, Read, Reader};
use crate::templates::Theme;
use crate::urls;
use crate::views::{Link, Summaries, Views};
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
    let views = Views::new(&input.theme.strings, input.config.language, input.summaries);
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

/// What every page's template gets.
#[derive(Serialize)]
struct Common<'a> {
    lang: &'static str,
    site_title: &'a str,
    /// The theme's strings, for templates that read them in ways not written in at load.
    #[serde(skip_serializing_if = "Option::is_none")]
    t: Option<&'a crate::templates::Strings>,
    /// `../` once per folder level, to reach the output root.
    root: String,
    title: String,
    description: String,
    canonical: String,
    /// Which navigation entry is current: `home`, `compare`, `timeline` or empty.
    section: &'static str,
    breadcrumbs: Vec<Link>,
    nav: Nav,
    /// The publishing organisation, from site.yaml.
    organisation: Option<&'a str>,
    /// The logo's path in the output, from site.yaml.
    logo: Option<&'a str>,
}

#[derive(Serialize)]
struct Nav {
    home: String,
    compare: String,
    timeline: String,
    json: String,
    csv: String,
    feed: String,
    search: String,
    accessibility: String,
}

#[derive(Serialize)]
struct Context<'a, T: Serialize> {
    #[serde(flatten)]
    common: Common<'a>,
    #[serde(flatten)]
    data: T,
}

/// What a page is called and where it sits, for [`Ctx::html`].
struct Head {
    path: String,
    title: String,
    description: String,
    /// Which navigation entry is current.
    section: &'static str,
    /// The way from the front page, after "Home".
    crumbs: Vec<Link>,
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
            Job::Compact(c) => self.compact(c),
            Job::Principle(p) => self.principle(p),
            Job::Topic(t) => self.topic(t),
            Job::County(g) => self.county(g),
            Job::TopicIn(t, g) => self.topic_in(t, g),
            Job::TimelineIn(g) => self.timeline_in(g),
            Job::Json => Ok(data(data::json(self.r, records))),
            Job::Csv => Ok(data(data::csv(self.r, records))),
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

    fn common(&self, head: &Head) -> Common<'_> {
        let config = self.input.config;
        let theme = self.input.theme;
        let words = self.views.words();
        let mut breadcrumbs = vec![Link {
            title: self.views.t("home"),
            path: "index.html".to_owned(),
        }];
        breadcrumbs.extend(head.crumbs.iter().cloned());
        Common {
            lang: config.language.code(),
            site_title: &config.title,
            t: theme.reads_strings.then_some(&theme.strings),
            root: urls::to_root(&head.path),
            title: head.title.clone(),
            description: head.description.clone(),
            canonical: format!("{}{}", config.base_url, urls::pretty(&head.path)),
            section: head.section,
            breadcrumbs,
            nav: Nav {
                home: "index.html".to_owned(),
                compare: urls::compare(words),
                timeline: urls::timeline(words),
                json: words.json.to_owned(),
                csv: words.csv.to_owned(),
                feed: urls::FEED.to_owned(),
                search: urls::search(words),
                accessibility: urls::accessibility(words),
            },
            organisation: config.organisation.as_deref(),
            logo: config.logo(),
        }
    }

    /// Renders `template` for the page `head` describes, with `data`.
    fn html<T: Serialize>(&self, template: &str, head: Head, data: T) -> Result<Page, Problem> {
        let common = self.common(&head);
        self.html_with(template, head.path, common, data)
    }

    fn html_with<T: Serialize>(
        &self,
        template: &str,
        path: String,
        common: Common<'_>,
        data: T,
    ) -> Result<Page, Problem> {
        let root = common.root.clone();
        let html = self.input.theme.render(
            template,
            &Context { common, data },
            self.input.config.language,
        )?;
        let html = crate::markdown::place(html, &root);
        Ok(Page {
            path,
            bytes: html.into_bytes(),
        })
    }
}

#[cfg(test)]
mod tests;
