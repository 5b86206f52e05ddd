//! What happened in every process, on one time axis: the events editors wrote, and those the
//! living parts give without anyone writing them twice (an earlier version adopted,
//! organisations joining, counted by year, a follow-up, an action done). A joining dated
//! after the day of the build is planned, and not yet among them.

use crate::content::{ActionStatus, Compact, CompactId, FollowupKind, PartialDate};

/// Where a happening is told: an address, or a document in words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cited {
    /// The address where it is told.
    pub(crate) url: Option<String>,
    /// The document it is told in, in words.
    pub(crate) source: Option<String>,
}

/// One thing that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Happening {
    /// An event the editor wrote under `timeline`: its index there, its text and where it
    /// is told.
    Written(usize, String, Cited),
    /// An earlier version was adopted: by this body, when it is known, and what the version
    /// was, when its summary says.
    Version(Option<String>, Option<String>),
    /// This many organisations joined (in the year of the date).
    Joined(u32),
    /// A follow-up, evaluation or yearly meeting, with its title and where it is published.
    Followup(FollowupKind, String, Cited),
    /// An action of the plan was done, with its title.
    ActionDone(String),
}

/// One thing that happened in one compact's process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TimelineEntry {
    /// When.
    pub(crate) date: PartialDate,
    /// The compact.
    pub(crate) compact: CompactId,
    /// Its place among the compact's events, oldest first.
    pub(crate) event: usize,
    /// What.
    pub(crate) happening: Happening,
}

/// Everything that happened in `compact`'s process, oldest first; on the same date the
/// written events come first, in their order.
pub(crate) fn events_of(compact: &Compact) -> Vec<(PartialDate, Happening)> {
    let mut events: Vec<(PartialDate, Happening)> = compact
        .timeline
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let cited = Cited {
                url: e.url.clone(),
                source: e.source.clone(),
            };
            (e.date, Happening::Written(i, e.text.clone(), cited))
        })
        .collect();
    events.extend(compact.versions.iter().map(|v| {
        (
            v.date,
            Happening::Version(v.decided_by.clone(), v.summary.clone()),
        )
    }));
    let mut years: Vec<(u16, u32)> = Vec::new();
    // A joining dated later is planned, and happens on its date, not before.
    let now = crate::date::today();
    let joinings = compact.signatories.list.iter().filter_map(|s| s.joined);
    for joined in joinings.filter(|j| !now.is_before(*j)) {
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
        (date, Happening::Joined(count))
    }));
    events.extend(compact.followups.list.iter().map(|f| {
        let cited = Cited {
            url: f.url.clone(),
            source: f.source.clone(),
        };
        (f.date, Happening::Followup(f.kind, f.title.clone(), cited))
    }));
    events.extend(compact.plan.iter().filter_map(|a| {
        let done = a.done.filter(|_| a.status == ActionStatus::Done)?;
        Some((done, Happening::ActionDone(a.title.clone())))
    }));
    // A stable sort keeps the written events first on a date, in the editor's order.
    events.sort_by_key(|(date, _)| *date);
    events
}
