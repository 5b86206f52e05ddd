//! What a family of pages says about its pages, in one place: which the site has, where each
//! is listed and written, whether search engines and the navigation are told of it, and how
//! it is made. A family is a type of its own pages' jobs (`CompactJob`: a compact's page, a
//! principle's) that implements [`Family`]; `pages/mod.rs` names every family once.

use std::collections::BTreeMap;
use std::fmt::Debug;

use super::Ctx;
use crate::compare::GroupKey;
use crate::content::{CompactId, TopicId};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::terms::Key;
use crate::urls::Words;

/// The navigation's links, each by the name templates know it by (`nav.compare`).
pub(crate) type Nav = BTreeMap<&'static str, String>;

/// A family of pages: each value is one page (or data file) of the site to make.
pub(crate) trait Family: Copy + Debug + Eq + Send + Sync + Sized {
    /// Hands `add` every page of the family that the site has.
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self));

    /// Where the page is listed among the site's pages, and so in the sitemap.
    fn place(self) -> Place;

    /// Where the page is written, from the output's root: its one address, which its links
    /// and its head take from here.
    fn path(self, r: &Reader<'_>, words: Words) -> String;

    /// Whether search engines are told of the page.
    fn in_sitemap(self) -> bool;

    /// Adds the family's links of the navigation, by name.
    fn nav(_words: Words, _nav: &mut Nav) {}

    /// Makes the page: its template, with what the template sees.
    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem>;
}

/// Where a page is listed among the site's pages, and so in the sitemap: the site's own
/// pages first, then each county's, each compact's, each topic's, the overview's, the data
/// files and the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Place {
    /// One of the site's own pages, by its rank among them.
    Site(u8),
    /// A page of a county, on a site split by county: the county, then the page's rank.
    County(GroupKey, u8),
    /// A page of a compact: the compact, the page's rank among its kinds of pages, and its
    /// place among those of its kind. `None` is the front page's easy-to-read version,
    /// listed just before the compacts.
    Compact(Option<CompactId>, u8, u32),
    /// A topic's page, then (`Some`) its pages by county.
    Topic(TopicId, Option<GroupKey>),
    /// The overview, then (`Some`) its pages by county.
    Overview(Option<GroupKey>),
    /// A data file, by its rank among them.
    File(u8),
    /// What search results show of a compact.
    SearchCompact(CompactId),
    /// A part of the search index.
    SearchPart(Key),
}

/// Makes the site's [`Job`](super::Job) of its families, each named once.
macro_rules! families {
    ($($(#[doc = $doc:literal])* $Variant:ident($Family:ty),)*) => {
        /// One file of the site to make: a page of one of the families.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum Job {
            $($(#[doc = $doc])* $Variant($Family),)*
        }

        impl Job {
            /// Where the file is written, from the output's root.
            pub(crate) fn path(self, r: &Reader<'_>, words: Words) -> String {
                match self {
                    $(Job::$Variant(job) => job.path(r, words),)*
                }
            }

            /// Where the file is listed among the site's files.
            fn place(self) -> Place {
                match self {
                    $(Job::$Variant(job) => job.place(),)*
                }
            }

            /// Whether search engines are told of the page.
            pub(crate) fn in_sitemap(self) -> bool {
                match self {
                    $(Job::$Variant(job) => job.in_sitemap(),)*
                }
            }

            /// Makes the file.
            fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
                match self {
                    $(Job::$Variant(job) => job.make(page),)*
                }
            }
        }

        /// Every file of the site, in the order the sitemap lists pages.
        pub(crate) fn jobs(r: &Reader<'_>) -> Vec<Job> {
            let mut jobs = Vec::new();
            $(<$Family as Family>::list(r, &mut |job| jobs.push(Job::$Variant(job)));)*
            jobs.sort_by_key(|job| job.place());
            jobs
        }

        /// The navigation's links, by name.
        fn nav(words: Words) -> Nav {
            let mut nav = Nav::new();
            $(<$Family as Family>::nav(words, &mut nav);)*
            nav
        }
    };
}

pub(super) use families;
