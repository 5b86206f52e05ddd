//! The living parts at a glance: on each compact's page, and compared across every compact
//! on the overview page (the version in force and when, years since the last revision,
//! signatories, the last follow-up, whether the promised cycle of follow-ups is kept, and
//! the plan's progress), grouped by county; on a site split by county, each county's rows
//! on a page of their own.

use serde::Serialize;

use super::living::overdue;
use super::{Ctx, Head};
use crate::compare::GroupKey;
use crate::content::{ActionStatus, CompactId};
use crate::date::today;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::{split, whole_and_summed, CompactSummary, DateView, GroupView, Link};

/// What replaced a compact: a compact of the site (a path) or elsewhere (a url).
#[derive(Serialize)]
pub(super) struct Replaced {
    title: String,
    path: Option<String>,
    url: Option<String>,
}

/// What a compact's living parts say, in short.
#[derive(Serialize)]
pub(super) struct Living {
    /// The compact is no longer, or never was, in force: ended or halted.
    ended: bool,
    replaced_by: Option<Replaced>,
    /// When the version in force was adopted or revised.
    in_force: Option<DateView>,
    /// Whole years since then.
    years: Option<i32>,
    /// How many earlier versions, and the page listing them.
    earlier: usize,
    versions: Option<String>,
    /// Organisations in the list that have joined and not left, and the list's page.
    signatories: Option<usize>,
    signatories_path: Option<String>,
    /// The list is known not to hold every organisation that joined; where the full one is
    /// kept, when that is known.
    signatories_partial: bool,
    full_list: Option<Link>,
    /// The newest published count, when there is one.
    published_count: Option<u32>,
    published_date: Option<DateView>,
    published_url: Option<String>,
    /// The count's source in words, when it has no address.
    published_source: Option<String>,
    /// The newest follow-up.
    last_followup: Option<Link>,
    last_followup_date: Option<DateView>,
    /// Where it is told, in words, when it has no address.
    last_followup_source: Option<String>,
    /// Where what of the compact is not published here is kept, when that is known.
    kept_at: Option<Link>,
    /// Every how many years a follow-up is promised, and whether the promise is kept:
    /// `kept`, `broken`, or empty when none is promised.
    every_years: Option<u8>,
    cycle: &'static str,
    /// Since when no follow-up is recorded: the newest follow-up, or the version in force.
    cycle_since: Option<DateView>,
    /// Actions done, in all, late, and the plan's page.
    plan_done: usize,
    plan_total: usize,
    plan_late: usize,
    plan_path: Option<String>,
}

/// A source as a link: its title, leading to its address when it has one.
fn source_link(source: &crate::content::Source) -> Link {
    Link::new(source.title.clone(), source.url.clone().unwrap_or_default())
}

impl Ctx<'_, '_> {
    /// Compact `c`'s living parts in short.
    pub(super) fn living(&self, c: CompactId) -> Living {
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let slug = r.slug(c);
        let head = r.head(c);
        let parts = r.parts(c);
        let signatories = r.signatories(c);
        let followups = r.followups(c);
        let plan = r.plan(c);
        let now = today();
        let in_force = head.revised.or(head.adopted);
        let latest = signatories.latest_count();
        let last = followups.last();
        let ended = !head.status.in_force();
        let since = last.map(|f| f.date).or(in_force);
        let cycle_kept = followups.every_years.filter(|_| !ended).map(|years| {
            since.is_some_and(|since| since.months_until(now) < i32::from(years) * 12)
        });
        Living {
            ended,
            replaced_by: head.replaced_by.as_ref().map(|by| Replaced {
                title: by.title.clone(),
                path: by.compact.as_deref().map(urls::compact),
                url: by.url.clone(),
            }),
            in_force: in_force.map(|d| views.date_view(d)),
            years: in_force
                .filter(|_| !ended)
                .map(|d| d.months_until(now).max(0) / 12),
            earlier: parts.versions.len(),
            versions: (!parts.versions.is_empty()).then(|| urls::versions(words, slug)),
            signatories: parts.signatories.then(|| signatories.current(now)),
            signatories_path: parts.signatories.then(|| urls::signatories(words, slug)),
            signatories_partial: !signatories.complete,
            full_list: signatories.full_list.as_ref().map(source_link),
            published_count: latest.map(|l| l.count),
            published_date: latest.map(|l| views.date_view(l.date)),
            published_url: latest.and_then(|l| l.url.clone()),
            published_source: latest.and_then(|l| l.source.clone()),
            last_followup: last.map(|f| Link {
                lang: views.lang_of(r, c),
                ..Link::new(f.title.clone(), f.url.clone().unwrap_or_default())
            }),
            last_followup_date: last.map(|f| views.date_view(f.date)),
            last_followup_source: last.and_then(|f| f.source.clone()),
            kept_at: head.unpublished.kept_at.as_ref().map(source_link),
            every_years: followups.every_years,
            cycle: match cycle_kept {
                Some(true) => "kept",
                Some(false) => "broken",
                None => "",
            },
            cycle_since: since.map(|d| views.date_view(d)),
            plan_done: plan
                .iter()
                .filter(|a| a.status == ActionStatus::Done)
                .count(),
            plan_total: plan.len(),
            plan_late: plan
                .iter()
                .filter(|a| overdue(a.status, a.due, now))
                .count(),
            plan_path: parts.plan.then(|| urls::plan(words, slug)),
        }
    }

    /// Every compact's living parts, one row each, grouped by county; on a site split by
    /// county, the national compact's row and a summary of each county's, whose rows have a
    /// page of their own.
    pub(super) fn overview(&self) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let (shown, summed) = whole_and_summed(r);
        let counties = summed
            .into_iter()
            .map(|(key, members)| self.county_summary(key, members))
            .collect();
        self.html(
            "overview.html",
            Head {
                path: urls::overview(views.words()),
                title: views.t("overview_title"),
                description: views.t("overview_description"),
                section: "overview",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data {
                groups: self.overview_rows(&shown, split(r)),
                counties,
                county: None,
            },
        )
    }

    /// One county's rows of the overview, on a site split by county.
    pub(super) fn overview_in(&self, key: GroupKey) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let members = r.group(key);
        let group = self.overview_group(key, members);
        self.html(
            "overview.html",
            Head {
                path: urls::overview_in(words, &group.slug),
                title: format!("{} – {}", views.t("overview_title"), group.name),
                description: views.t("overview_description"),
                section: "overview",
                crumbs: vec![Link::new(views.t("overview_title"), urls::overview(words))],
                title_lang: None,
            },
            Data {
                groups: self.overview_rows(&[(key, members)], true),
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
            let living = self.living(c);
            if let Some(n) = living.signatories {
                sum.listed += 1;
                sum.signatories += n;
            }
            if living.every_years.is_some() && !living.ended {
                sum.promised += 1;
                sum.kept += usize::from(living.cycle == "kept");
            }
            if living.plan_total > 0 {
                sum.with_plan += 1;
                sum.plan_done += living.plan_done;
                sum.plan_total += living.plan_total;
            }
        }
        sum
    }
}

/// A compact's row of the overview.
#[derive(Serialize)]
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
    groups: Vec<GroupRows<'a>>,
    /// The counties in short, on a site split by county.
    counties: Vec<CountySummary>,
    /// The county of a county's page.
    county: Option<GroupView>,
}
