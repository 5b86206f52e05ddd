//! What happened in every process, on one time axis: the events editors wrote, and those the
//! living parts give without anyone writing them twice (an earlier version adopted,
//! organisations joining, counted by year, a follow-up, an action done).
//!
//! Which things happened, and in what order, is found once per compact ([`Events`]): each is
//! kept as its place in the compact's own lists, and its words are read from the compact when
//! it is shown ([`Events::of_compact`]), so nothing is copied.

use crate::content::{ActionStatus, Compact, CompactId, FollowupKind, PartialDate};

/// One thing that happened, in the compact's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Happening<'a> {
    /// An event the editor wrote under `timeline`: its index there, and its text.
    Written(usize, &'a str),
    /// An earlier version was adopted: by this body, when it is known, and what the version
    /// was, when its summary says.
    Version(Option<&'a str>, Option<&'a str>),
    /// This many organisations joined (in the year of the date).
    Joined(u32),
    /// A follow-up, evaluation or yearly meeting, with its title.
    Followup(FollowupKind, &'a str),
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
    /// Everything that happened in `compact`'s process, in order.
    pub(crate) fn of(compact: &Compact) -> Events {
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
        for joined in compact.signatories.list.iter().filter_map(|s| s.joined) {
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
                    Source::Written(i) => Happening::Written(at(i), &compact.timeline[at(i)].text),
                    Source::Version(i) => {
                        let v = &compact.versions[at(i)];
                        Happening::Version(v.decided_by.as_deref(), v.summary.as_deref())
                    }
                    Source::Joined(count) => Happening::Joined(count),
                    Source::Followup(i) => {
                        let f = &compact.followups.list[at(i)];
                        Happening::Followup(f.kind, &f.title)
                    }
                    Source::ActionDone(i) => Happening::ActionDone(&compact.plan[at(i)].title),
                };
                (date, happening)
            })
            .collect()
    }
}

/// Everything that happened in `compact`'s process, oldest first, in its words.
#[cfg(test)]
pub(crate) fn events_of(compact: &Compact) -> Vec<(PartialDate, Happening<'_>)> {
    Events::of(compact).of_compact(compact)
}
