//! The living parts compared across every compact on the overview page (the version in
//! force and when, years since the last revision, signatories, the last follow-up, whether
//! the promised cycle of follow-ups is kept, and the plan's progress), grouped by county; on
//! a site split by county, each county's rows on a page of their own.

use serde::Serialize;

use super::compare::counties;
use super::family::{Family, Nav, Place};
use super::{About, Ctx};
use crate::compare::GroupKey;
use crate::content::CompactId;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::groups::group_slug;
use crate::views::{split, whole_and_summed, CompactSummary, GroupView, Link, Living};

/// The overview of every compact's living parts, or (`Some`) one county's part of it, on a
/// site split by county.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OverviewJob(pub(crate) Option<GroupKey>);

impl Family for OverviewJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        add(OverviewJob(None));
        for county in counties(r) {
            add(OverviewJob(Some(county)));
        }
    }

    fn place(self) -> Place {
        Place::Overview(self.0)
    }

    fn path(self, _: &Reader<'_>, words: Words) -> String {
        match self.0 {
            None => urls::overview(words),
            Some(g) => urls::overview_in(words, &group_slug(g, words)),
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn nav(words: Words, nav: &mut Nav) {
        nav.insert("overview", urls::overview(words));
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self.0 {
            None => page.overview(),
            Some(g) => page.overview_in(g),
        }
    }
}

impl Ctx<'_, '_> {
    /// Compact `c`'s living parts in short.
    pub(super) fn living(&self, c: CompactId) -> Living {
        Living::of(self.r, self.views, c)
    }

    /// Every compact's living parts, one row each, grouped by county; on a site split by
    /// county, the national compact's row and a summary of each county's, whose rows have a
    /// page of their own.
    fn overview(&self) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let (shown, summed) = whole_and_summed(r);
        let counties = summed
            .into_iter()
            .map(|(key, members)| self.county_summary(key, members))
            .collect();
        let groups = self.overview_rows(&shown, split(r));
        self.html_of_the_day(
            "overview.html",
            About {
                title: views.t("overview_title"),
                description: views.t("overview_description"),
                section: "overview",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data {
                overdue: overdue(&groups),
                groups,
                counties,
                county: None,
            },
        )
    }

    /// One county's rows of the overview, on a site split by county.
    fn overview_in(&self, key: GroupKey) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let members = r.group(key);
        let group = self.overview_group(key, members);
        let groups = self.overview_rows(&[(key, members)], true);
        self.html_of_the_day(
            "overview.html",
            About {
                title: format!("{} – {}", views.t("overview_title"), group.name),
                description: views.t("overview_description"),
                section: "overview",
                crumbs: vec![Link::new(views.t("overview_title"), urls::overview(words))],
                title_lang: None,
            },
            Data {
                overdue: overdue(&groups),
                groups,
                counties: Vec::new(),
                county: Some(group),
            },
        )
    }

    /// Group `key` as the overview links it: to its own page of the overview.
    fn overview_group(&self, key: GroupKey, members: &[CompactId]) -> GroupView {
        let mut group = self.views.group_view(key, members, true);
        group.path = urls::overview_in(self.views.words(), &group.slug);
        group
    }

    /// The rows of each of `groups`, under their headings.
    fn overview_rows<'v>(
        &'v self,
        groups: &[(GroupKey, &[CompactId])],
        split: bool,
    ) -> Vec<GroupRows<'v>> {
        let (r, views) = (self.r, self.views);
        groups
            .iter()
            .map(|&(key, members)| GroupRows {
                group: views.group_view(key, members, split),
                rows: members
                    .iter()
                    .map(|&c| Row {
                        compact: views.summary(r, c),
                        living: self.living(c),
                    })
                    .collect(),
            })
            .collect()
    }

    /// A county in short: its compacts' living parts added up.
    fn county_summary(&self, key: GroupKey, members: &[CompactId]) -> CountySummary {
        let mut sum = CountySummary {
            group: self.overview_group(key, members),
            listed: 0,
            signatories: 0,
            promised: 0,
            kept: 0,
            with_plan: 0,
            plan_done: 0,
            plan_total: 0,
        };
        for &c in members {
            let standing = self.r.standing(c);
            if let Some(n) = standing.signatories {
                sum.listed += 1;
                sum.signatories += n;
            }
            if standing.every_years.is_some() && !standing.ended {
                sum.promised += 1;
                sum.kept += usize::from(standing.kept == Some(true));
            }
            if standing.plan_total > 0 {
                sum.with_plan += 1;
                sum.plan_done += standing.plan_done;
                sum.plan_total += standing.plan_total;
            }
        }
        sum
    }
}

/// The rows of `groups` whose promised follow-up is overdue, in the same order.
fn overdue<'a>(groups: &[GroupRows<'a>]) -> Vec<Row<'a>> {
    groups
        .iter()
        .flat_map(|g| &g.rows)
        .filter(|row| row.living.overdue())
        .cloned()
        .collect()
}

/// A compact's row of the overview.
#[derive(Clone, Serialize)]
struct Row<'a> {
    compact: &'a CompactSummary,
    living: Living,
}

/// A group's rows under its heading.
#[derive(Serialize)]
struct GroupRows<'a> {
    group: GroupView,
    rows: Vec<Row<'a>>,
}

/// A county's compacts' living parts added up, on a site split by county.
#[derive(Serialize)]
struct CountySummary {
    group: GroupView,
    /// Compacts with a list of signatories, and the organisations in those lists.
    listed: usize,
    signatories: usize,
    /// Compacts that promise follow-ups, and those keeping the promise.
    promised: usize,
    kept: usize,
    /// Compacts with a plan, and its actions done and in all.
    with_plan: usize,
    plan_done: usize,
    plan_total: usize,
}

#[derive(Serialize)]
struct Data<'a> {
    /// The rows whose promised follow-up is overdue, listed first.
    overdue: Vec<Row<'a>>,
    groups: Vec<GroupRows<'a>>,
    /// The counties in short, on a site split by county.
    counties: Vec<CountySummary>,
    /// The county of a county's page.
    county: Option<GroupView>,
}
