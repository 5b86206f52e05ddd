//! The machine-readable files of the site, made by `data`: the open data as JSON and CSV,
//! its catalog (DCAT-AP-SE) for Sweden's data portal, the sitemap, the feed and robots.txt.

use super::family::{Family, Nav, Place};
use super::{jobs, Ctx};
use crate::data;
use crate::diagnostics::Problem;
use crate::messages as m;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};

/// A data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileJob {
    /// The open data, as JSON.
    Json,
    /// The open data, as CSV.
    Csv,
    /// The open data of signatories, as CSV.
    SignatoriesCsv,
    /// The catalog of the open data (DCAT-AP-SE), for Sweden's data portal.
    Catalog,
    /// The sitemap.
    Sitemap,
    /// The Atom feed.
    Feed,
    /// `robots.txt`.
    Robots,
}

impl FileJob {
    const ALL: [FileJob; 7] = [
        FileJob::Json,
        FileJob::Csv,
        FileJob::SignatoriesCsv,
        FileJob::Catalog,
        FileJob::Sitemap,
        FileJob::Feed,
        FileJob::Robots,
    ];
}

impl Family for FileJob {
    fn list(_: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        for job in FileJob::ALL {
            add(job);
        }
    }

    fn place(self) -> Place {
        Place::File(self as u8)
    }

    fn path(self, _: &Reader<'_>, words: Words) -> String {
        match self {
            FileJob::Json => words.json.to_owned(),
            FileJob::Csv => words.csv.to_owned(),
            FileJob::SignatoriesCsv => words.signatories_csv.to_owned(),
            FileJob::Catalog => words.catalog.to_owned(),
            FileJob::Sitemap => urls::SITEMAP.to_owned(),
            FileJob::Feed => urls::FEED.to_owned(),
            FileJob::Robots => urls::ROBOTS.to_owned(),
        }
    }

    fn in_sitemap(self) -> bool {
        false
    }

    fn nav(words: Words, nav: &mut Nav) {
        nav.insert("json", words.json.to_owned());
        nav.insert("csv", words.csv.to_owned());
        nav.insert("feed", urls::FEED.to_owned());
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        let (r, config) = (page.r, page.input.config);
        let records = &page.input.models.records;
        let bytes = match self {
            FileJob::Json => data::json(r, records),
            FileJob::Csv => data::csv(r, records),
            FileJob::SignatoriesCsv => data::signatories_csv(r, records),
            FileJob::Catalog => page.catalog()?,
            FileJob::Sitemap => page.sitemap(),
            FileJob::Feed => data::feed(r, page.views, config),
            FileJob::Robots => data::robots(config),
        };
        Ok(page.file(bytes))
    }
}

impl Ctx<'_, '_> {
    /// The catalog of the open data; it reads every compact it describes, so a rebuild
    /// makes it again whenever one changes.
    fn catalog(&self) -> Result<Vec<u8>, Problem> {
        let config = self.input.config;
        let words = self.views.words();
        data::catalog(self.r, &self.input.models.records, config, words).map_err(|error| {
            Problem::in_file(
                std::path::Path::new(words.catalog),
                m::CATALOG_NOT_WRITTEN.with(&[&error]),
            )
        })
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
