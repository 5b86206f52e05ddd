//! Where a compact's living parts stand, in numbers, on a given day: whether it is in force
//! and since when, whether the promised follow-ups are kept, the plan's progress. Reckoned
//! once per compact and day; the compact's page, the overview's row and the county's sums
//! all read the same numbers.

use crate::content::{ActionStatus, Compact, Followups, PartialDate};

/// Where a compact's living parts stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Standing {
    /// The compact is no longer, or never was, in force: ended or halted.
    pub(crate) ended: bool,
    /// When the version in force was adopted or revised.
    pub(crate) in_force: Option<PartialDate>,
    /// Whole years since then, while it is in force.
    pub(crate) years: Option<i32>,
    /// Organisations in the list that have joined and not left, when it keeps a list.
    pub(crate) signatories: Option<usize>,
    /// Every how many years a follow-up is promised.
    pub(crate) every_years: Option<u8>,
    /// Whether that promise is kept, while the compact is in force.
    pub(crate) kept: Option<bool>,
    /// Since when no follow-up is recorded: the newest follow-up, or the version in force.
    pub(crate) since: Option<PartialDate>,
    /// Actions done, in all, and late.
    pub(crate) plan_done: usize,
    pub(crate) plan_total: usize,
    pub(crate) plan_late: usize,
}

impl Standing {
    /// Where `compact`'s living parts stand on the day `today`.
    pub(crate) fn of(compact: &Compact, today: PartialDate) -> Standing {
        let head = &compact.head;
        let followups = &compact.followups;
        let plan = &compact.plan;
        let in_force = head.revised.or(head.adopted);
        let ended = !head.status.in_force();
        let since = followups.last().map(|f| f.date).or(in_force);
        let kept = followups
            .every_years
            .filter(|_| !ended)
            .map(|years| since.is_some_and(|since| Followups::in_time(since, years, today)));
        let listed = !compact.signatories.list.is_empty();
        Standing {
            ended,
            in_force,
            years: in_force
                .filter(|_| !ended)
                .map(|d| d.months_until(today).max(0) / 12),
            signatories: listed.then(|| compact.signatories.current(today)),
            every_years: followups.every_years,
            kept,
            since,
            plan_done: plan
                .iter()
                .filter(|a| a.status == ActionStatus::Done)
                .count(),
            plan_total: plan.len(),
            plan_late: plan
                .iter()
                .filter(|a| overdue(a.status, a.due, today))
                .count(),
        }
    }
}

/// An action still open whose due date has passed.
pub(crate) fn overdue(status: ActionStatus, due: Option<PartialDate>, today: PartialDate) -> bool {
    matches!(status, ActionStatus::Planned | ActionStatus::Ongoing)
        && due.is_some_and(|d| d.is_past(today))
}
