//! The list of counties, on a site split by county: every county with the number of its
//! compacts and their names, each linked, so that a reader finds a municipality's compact by
//! its county without reading every county's matrix.

use serde::Serialize;

use super::compare::counties;
use super::family::{Family, Nav, Place};
use super::{About, Ctx};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::Words;
use crate::views::{CompactSummary, GroupView};

/// The list of counties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CountiesJob {
    /// Every county with its compacts, on a site split by county.
    List,
}

/// Where the list is written: the folder of the counties' own pages.
fn path(words: Words) -> String {
    format!("{}/index.html", words.county)
}

impl Family for CountiesJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        if !counties(r).is_empty() {
            add(CountiesJob::List);
        }
    }

    fn place(self) -> Place {
        Place::Site(6)
    }

    fn path(self, _: &Reader<'_>, words: Words) -> String {
        path(words)
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn nav(words: Words, nav: &mut Nav) {
        nav.insert("counties", path(words));
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        let (r, views) = (page.r, page.views);
        let list = counties(r)
            .into_iter()
            .map(|key| {
                let members = r.group(key);
                County {
                    group: views.group_view(key, members, true),
                    compacts: members.iter().map(|&c| views.summary(r, c)).collect(),
                }
            })
            .collect();
        page.html(
            "counties.html",
            About {
                title: views.t("counties_title"),
                description: views.t("counties_description"),
                section: "compare",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data { counties: list },
        )
    }
}

/// A county and its compacts, in the site's order.
#[derive(Serialize)]
struct County<'a> {
    group: GroupView,
    compacts: Vec<&'a CompactSummary>,
}

#[derive(Serialize)]
struct Data<'a> {
    counties: Vec<County<'a>>,
}
