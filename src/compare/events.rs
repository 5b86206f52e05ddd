//! What happened in every process, on one time axis: the events editors wrote, and those the
//! living parts give without anyone writing them twice (an earlier version adopted,
//! organisations joining, counted by year, a follow-up, an action done). A joining dated
//! after the day of the build is planned, and not yet among them.
//!
//! Which things happened, and in what order, is found once per compact ([`Events`]): each is
//! kept as its place in the compact's own lists, and its words are read from the compact when
//! it is shown ([`Events::of_compact`]), so nothing is copied.

use crate::content::{ActionStatus, Compact, CompactId, FollowupKind, PartialDate};

/// Where a happening is told: an address, or a document in words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Cited<'a> {
    /// The address where it is told.
    pub(crate) url: Option<&'a str>,
    /// The document it is told in, in words.
    pub(crate) source: Option<&'a str>,
}

/// One thing that happened, in the compact's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Happening<'a> {
    /// An event the editor wrote under `timeline`: its index there, its text and where it
    /// is told.
    Written(usize, &'a str, Cited<'a>),
    /// An earlier version was adopted: by this body, when it is known, and what the version
    /// was, when its summary says.
    Version(Option<&'a str>, Option<&'a str>),
    /// This many organisations joined (in the year of the date).
    Joined(u32),
    /// A follow-up, evaluation or yearly meeting, with its title and where it is published.
    Followup(FollowupKind, &'a str, Cited<'a>),
    /// An action of the plan was done, with its title.
    ActionDone(&'a str),
}

/// One thing that happened in one compact's process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TimelineEntry<'a> {
    /// When.
    pub(crate) date: PartialDate,
    /// The compact.
    pub(crate) compact: CompactId,
    /// Its place among the compact's events, oldest first.
    pub(crate) event: usize,
    /// What.
    pub(crate) happening: Happening<'a>,
}

/// Where a thing that happened is written in its compact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// `timeline[i]`.
    Written(u32),
    /// `versions[i]`.
    Version(u32),
    /// This many of `signatories` joined that year.
    Joined(u32),
    /// `followups.list[i]`.
    Followup(u32),
    /// `plan[i]`, done.
    ActionDone(u32),
}

/// What happened in one compact's process, oldest first; on the same date the written
/// events come first, in their order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Events(Vec<(PartialDate, Source)>);

impl Events {
    /// Everything that happened in `compact`'s process, in order, as on the day `today`
    /// gives, which is asked only when some organisation's joining is dated.
    pub(crate) fn of(compact: &Compact, today: impl FnOnce() -> PartialDate) -> Events {
        let at = |i: usize| i as u32;
        let mut events: Vec<(PartialDate, Source)> = compact
            .timeline
            .iter()
            .enumerate()
            .map(|(i, e)| (e.date, Source::Written(at(i))))
            .collect();
        events.extend(
            compact
                .versions
                .iter()
                .enumerate()
                .map(|(i, v)| (v.date, Source::Version(at(i)))),
        );
        let mut years: Vec<(u16, u32)> = Vec::new();
        let mut joinings = compact
            .signatories
            .list
            .iter()
            .filter_map(|s| s.joined)
            .peekable();
        // A joining dated later is planned, and happens on its date, not before.
        let now = joinings.peek().map(|_| today());
        for joined in joinings.filter(|j| now.is_some_and(|now| !now.is_before(*j))) {
            match years.iter_mut().find(|(year, _)| *year == joined.year) {
                Some((_, count)) => *count += 1,
                None => years.push((joined.year, 1)),
            }
        }
        events.extend(years.into_iter().map(|(year, count)| {
            let date = PartialDate {
                year,
                month: None,
                day: None,
            };
            (date, Source::Joined(count))
        }));
        events.extend(
            compact
                .followups
                .list
                .iter()
                .enumerate()
                .map(|(i, f)| (f.date, Source::Followup(at(i)))),
        );
        events.extend(compact.plan.iter().enumerate().filter_map(|(i, a)| {
            let done = a.done.filter(|_| a.status == ActionStatus::Done)?;
            Some((done, Source::ActionDone(at(i))))
        }));
        // A stable sort keeps the written events first on a date, in the editor's order.
        events.sort_by_key(|(date, _)| *date);
        Events(events)
    }

    /// The events, in the words of `compact`, whose events these are.
    pub(crate) fn of_compact<'a>(&self, compact: &'a Compact) -> Vec<(PartialDate, Happening<'a>)> {
        let at = |i: u32| i as usize;
        self.0
            .iter()
            .map(|&(date, source)| {
                let happening = match source {
                    Source::Written(i) => {
                        let e = &compact.timeline[at(i)];
                        Happening::Written(at(i), &e.text, cited(&e.url, &e.source))
                    }
                    Source::Version(i) => {
                        let v = &compact.versions[at(i)];
                        Happening::Version(v.decided_by.as_deref(), v.summary.as_deref())
                    }
                    Source::Joined(count) => Happening::Joined(count),
                    Source::Followup(i) => {
                        let f = &compact.followups.list[at(i)];
                        Happening::Followup(f.kind, &f.title, cited(&f.url, &f.source))
                    }
                    Source::ActionDone(i) => Happening::ActionDone(&compact.plan[at(i)].title),
                };
                (date, happening)
            })
            .collect()
    }
}

/// Where something is told, as the compact writes it.
fn cited<'a>(url: &'a Option<String>, source: &'a Option<String>) -> Cited<'a> {
    Cited {
        url: url.as_deref(),
        source: source.as_deref(),
    }
}

/// Everything that happened in `compact`'s process, oldest first, in its words, on the day
/// of the build.
#[cfg(test)]
pub(crate) fn events_of(compact: &Compact) -> Vec<(PartialDate, Happening<'_>)> {
    Events::of(compact, crate::date::today).of_compact(compact)
}
