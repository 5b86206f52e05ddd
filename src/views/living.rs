//! A compact's living parts in short, as its own page and the overview show them: the version
//! in force and when, years since the last revision, signatories, the last follow-up, whether
//! the promised cycle of follow-ups is kept, and the plan's progress. The numbers are the
//! compact's [`Standing`](crate::compare::Standing), reckoned once per day; this is them in
//! words and links.

use serde::Serialize;

use super::{DateView, Link, Views};
use crate::content::CompactId;
use crate::reads::Reader;
use crate::urls;

/// What replaced a compact: a compact of the site (a path) or elsewhere (a url).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Replaced {
    title: String,
    path: Option<String>,
    url: Option<String>,
}

/// What a compact's living parts say, in short.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Living {
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

impl Living {
    /// Compact `c`'s living parts in short, on the day `r` reads.
    pub(crate) fn of(r: &Reader<'_>, views: &Views<'_>, c: CompactId) -> Living {
        let words = views.words();
        let slug = r.slug(c);
        let head = r.head(c);
        let parts = r.parts(c);
        let standing = r.standing(c);
        let signatories = r.signatories(c);
        let latest = signatories.latest_count();
        let last = r.followups(c).last();
        Living {
            ended: standing.ended,
            replaced_by: head.replaced_by.as_ref().map(|by| Replaced {
                title: by.title.clone(),
                path: by.compact.as_deref().map(urls::compact),
                url: by.url.clone(),
            }),
            in_force: standing.in_force.map(|d| views.date_view(d)),
            years: standing.years,
            earlier: parts.versions.len(),
            versions: (!parts.versions.is_empty()).then(|| urls::versions(words, slug)),
            signatories: standing.signatories,
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
            every_years: standing.every_years,
            cycle: match standing.kept {
                Some(true) => "kept",
                Some(false) => "broken",
                None => "",
            },
            cycle_since: standing.since.map(|d| views.date_view(d)),
            plan_done: standing.plan_done,
            plan_total: standing.plan_total,
            plan_late: standing.plan_late,
            plan_path: parts.plan.then(|| urls::plan(words, slug)),
        }
    }
}
