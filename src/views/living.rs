//! A compact's living parts in short, as its own page and the overview show them: the version
//! in force and when, years since the last revision, signatories, the last follow-up, whether
//! the promised cycle of follow-ups is kept, and the plan's progress. The numbers are the
//! compact's [`Standing`](crate::compare::Standing), reckoned once per day; this is them in
//! words and links.

use serde::Serialize;

use super::{DateView, Link, Views};
use crate::content::{CompactId, FollowupKind, Followups, PartialDate};
use crate::reads::Reader;
use crate::templates::Strings;
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
    /// Whether its title says more than its kind and its date (not "Uppföljning 2026" of a
    /// follow-up in 2026).
    last_followup_titled: bool,
    /// Where what of the compact is not published here is kept, when that is known.
    kept_at: Option<Link>,
    /// Every how many years a follow-up is promised, and whether the promise is kept:
    /// `kept`, `broken`, or empty when none is promised.
    every_years: Option<u8>,
    cycle: &'static str,
    /// Since when no follow-up is recorded: the newest follow-up, or the version in force.
    cycle_since: Option<DateView>,
    /// Where the promise of follow-ups stands, as its tag says: `on_time`, `overdue`,
    /// `unknown` (promised, but no date to reckon from), `none` (none promised), or empty
    /// for a compact no longer in force.
    followup: &'static str,
    /// When the next follow-up is due, to the month, while one is promised.
    followup_due: Option<DateView>,
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
    /// Whether a follow-up is promised and overdue.
    pub(crate) fn overdue(&self) -> bool {
        self.followup == "overdue"
    }

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
            last_followup_titled: last.is_some_and(|f| title_adds(&f.title, f.date, views.strings)),
            kept_at: head.unpublished.kept_at.as_ref().map(source_link),
            every_years: standing.every_years,
            cycle: match standing.kept {
                Some(true) => "kept",
                Some(false) => "broken",
                None => "",
            },
            cycle_since: standing.since.map(|d| views.date_view(d)),
            followup: match (standing.every_years, standing.kept, standing.since) {
                (None, _, _) => "none",
                (Some(_), None, _) => "",
                (Some(_), Some(_), None) => "unknown",
                (Some(_), Some(true), Some(_)) => "on_time",
                (Some(_), Some(false), Some(_)) => "overdue",
            },
            followup_due: standing
                .every_years
                .filter(|_| !standing.ended)
                .zip(standing.since)
                .map(|(years, since)| views.date_view(Followups::due(since, years))),
            plan_done: standing.plan_done,
            plan_total: standing.plan_total,
            plan_late: standing.plan_late,
            plan_path: parts.plan.then(|| urls::plan(words, slug)),
        }
    }
}

/// Whether a follow-up's title says more than its kind and its date do: "Uppföljning 2026"
/// of a follow-up in October 2026 says nothing more, "Uppföljningsrapport om dialogen" does.
/// The words of every kind, in the theme's language and in Swedish, the date's year and its
/// month's name say nothing more.
pub(crate) fn title_adds(title: &str, date: PartialDate, strings: &Strings) -> bool {
    let mut said: Vec<String> = FollowupKind::ALL
        .iter()
        .map(|k| crate::templates::string(strings, &format!("followup_{}", k.key())))
        .chain(
            ["uppföljning uppföljningen utvärdering utvärderingen årsmöte årsmötet årligt möte"]
                .map(str::to_owned),
        )
        .flat_map(|words| words_of(&words))
        .collect();
    said.push(date.year.to_string());
    if let Some(month) = date.month {
        said.extend(words_of(&crate::templates::string(
            strings,
            &format!("month_{month}"),
        )));
        said.push(month.to_string());
    }
    words_of(title).iter().any(|word| !said.contains(word))
}

/// The words of `text`, in lower case, without punctuation.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn swedish() -> Strings {
        serde_saphyr::from_str(include_str!("../../themes/default/i18n/sv.yaml")).expect("sv")
    }

    #[test]
    fn a_title_of_the_kind_and_the_year_says_nothing_more() {
        let strings = swedish();
        let october = PartialDate {
            year: 2026,
            month: Some(10),
            day: None,
        };
        assert!(!title_adds("Uppföljning 2026", october, &strings));
        assert!(!title_adds("Uppföljning oktober 2026", october, &strings));
        assert!(!title_adds("Utvärdering – 2026", october, &strings));
        assert!(title_adds("Uppföljning 2025", october, &strings));
        assert!(title_adds("Uppföljning av dialogen", october, &strings));
        assert!(title_adds("Rapport till fullmäktige", october, &strings));
    }
}
