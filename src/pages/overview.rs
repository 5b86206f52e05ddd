//! The living parts at a glance: on each compact's page, and compared across every compact
//! on the overview page (the version in force and when, years since the last revision,
//! signatories, the last follow-up, whether the promised cycle of follow-ups is kept, and
//! the plan's progress).

use serde::Serialize;

use super::living::overdue;
use super::{Ctx, Head};
use crate::content::{ActionStatus, CompactId};
use crate::date::today;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::{CompactSummary, DateView, Link};

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
    /// Organisations in the list that have not left, and the list's page.
    signatories: Option<usize>,
    signatories_path: Option<String>,
    /// The newest published count, when there is one.
    published_count: Option<u32>,
    published_date: Option<DateView>,
    published_url: Option<String>,
    /// The newest follow-up.
    last_followup: Option<Link>,
    last_followup_date: Option<DateView>,
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
            signatories: parts.signatories.then(|| signatories.current()),
            signatories_path: parts.signatories.then(|| urls::signatories(words, slug)),
            published_count: latest.map(|l| l.count),
            published_date: latest.map(|l| views.date_view(l.date)),
            published_url: latest.and_then(|l| l.url.clone()),
            last_followup: last.map(|f| Link {
                lang: views.lang_of(r, c),
                ..Link::new(f.title.clone(), f.url.clone().unwrap_or_default())
            }),
            last_followup_date: last.map(|f| views.date_view(f.date)),
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

    /// Every compact's living parts, one row each.
    pub(super) fn overview(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Row<'a> {
            compact: &'a CompactSummary,
            living: Living,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            rows: Vec<Row<'a>>,
        }
        let (r, views) = (self.r, self.views);
        let rows = r
            .ids()
            .map(|c| Row {
                compact: views.summary(r, c),
                living: self.living(c),
            })
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
            Data { rows },
        )
    }
}
