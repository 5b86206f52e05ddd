//! Whether a compact's living parts tell the truth once they are read: that they agree with
//! each other (the versions with the version in force, `replaced_by` with the status, a
//! list with its source), that no row is written twice, and that nothing said to have
//! happened is dated after today. Each check takes the compact as read, with where its
//! facts are written ([`Places`]); a problem that compares two facts names the place of
//! both.
//!
//! The checks of one value as it is read (a date of something that happened, a fact
//! without its source) are here too, for the readers to call.

mod lists;
mod place;

use serde_saphyr::Spanned;

use super::model::{Compact, Review, Status};
use super::source::SourceFile;
use crate::date::{today, PartialDate, RawDate};
use crate::diagnostics::Problem;
use crate::messages as m;
pub(super) use place::{fill_sources, Place};

/// Where the front matter of `_index.md` writes what the checks compare.
#[derive(Debug, Clone, Default)]
pub(super) struct Places {
    /// `status`.
    pub(super) status: Option<Place>,
    /// `adopted`.
    pub(super) adopted: Option<Place>,
    /// `revised`.
    pub(super) revised: Option<Place>,
    /// `replaced_by`'s `title`, `url` and `compact`.
    pub(super) replaced_by: Option<Place>,
    pub(super) replaced_url: Option<Place>,
    pub(super) replaced_compact: Option<Place>,
    /// `signatories_source`.
    pub(super) list_source: Option<Place>,
    /// `signatories_complete`.
    pub(super) list_complete: Option<Place>,
    /// `principles_published`.
    pub(super) principles_published: Option<Place>,
    /// Whether the folder has a `signatories.csv` (which may hold no organisation yet).
    pub(super) list_file: bool,
    /// Whether the compact's files were read without an error, so that a list found empty
    /// is empty and not refused.
    pub(super) read_cleanly: bool,
}

/// Every check of `compact` as read: the errors and warnings found, in the order of the
/// checks.
pub(super) fn check(compact: &Compact, places: &Places) -> Vec<Problem> {
    let mut problems = Vec::new();
    versions(compact, places, &mut problems);
    replacement(compact, places, &mut problems);
    unpublished(compact, places, &mut problems);
    lists::signatories(compact, places, &mut problems);
    lists::plan(compact, &mut problems);
    problems
}

/// Reads the date of something that has happened (a follow-up, a count, an action done): a
/// date after today is an error.
pub(super) fn happened(
    src: &SourceFile<'_>,
    value: &Spanned<RawDate>,
    problems: &mut crate::diagnostics::Problems,
) -> Option<PartialDate> {
    let date = src.date(value, problems)?;
    if today().is_before(date) {
        problems.push(src.error(
            value,
            m::HAPPENED_IN_FUTURE.with(&[&date]),
            m::HAPPENED_IN_FUTURE_HINT,
        ));
    }
    Some(date)
}

/// Warns about a living fact written at `at` that says neither where it is told (`url`) nor
/// in what (`source`): on a site that asks for sources, every such fact has one.
pub(super) fn unsourced<T>(
    src: &SourceFile<'_>,
    at: &Spanned<T>,
    what: m::Msg,
    sourced: bool,
    review: &mut Review,
) {
    if sourced {
        return;
    }
    let (line, column) = crate::yaml::position(at, src.offset);
    review.unsourced.push(src.warning_at(
        line,
        column,
        m::FACT_WITHOUT_SOURCE.with(&[&what]),
        m::FACT_WITHOUT_SOURCE_HINT,
    ));
}

/// The earlier versions, each surely before the next and before the version in force,
/// which must have a date when there are earlier ones; none dated after today.
fn versions(compact: &Compact, places: &Places, problems: &mut Vec<Problem>) {
    let head = &compact.head;
    let now = today();
    let index = Place::index(&compact.slug);
    // A compact not yet adopted may say when it is to be; a revision in force has happened.
    let not_yet = matches!(head.status, Status::Proposed | Status::Drafting);
    let dates = [
        (head.revised, &places.revised, false),
        (head.adopted, &places.adopted, not_yet),
    ];
    for (date, place, may_be_planned) in dates {
        let (Some(date), Some(place)) = (date, place) else {
            continue;
        };
        if now.is_before(date) && !may_be_planned {
            problems.push(place.error(
                m::HAPPENED_IN_FUTURE.with(&[&date]),
                m::HAPPENED_IN_FUTURE_HINT,
            ));
        }
    }
    if compact.versions.is_empty() {
        return;
    }
    let in_force = head
        .revised
        .map(|d| (d, &places.revised))
        .or_else(|| head.adopted.map(|d| (d, &places.adopted)));
    let Some((in_force, in_force_at)) = in_force else {
        let at = places.status.as_ref().unwrap_or(&index);
        problems.push(at.error(
            m::IN_FORCE_UNDATED.with(&[&compact.versions.len()]),
            m::IN_FORCE_UNDATED_HINT,
        ));
        return;
    };
    let in_force_at = in_force_at.as_ref().unwrap_or(&index);
    let mut before: Option<PartialDate> = None;
    for version in &compact.versions {
        let folder = Place::version(&compact.slug, version.date);
        if now.is_before(version.date) {
            problems.push(folder.error(
                m::VERSION_IN_FUTURE.with(&[&version.date]),
                m::VERSION_ORDER_HINT,
            ));
        } else if in_force.is_before(version.date) {
            problems.push(folder.error(
                m::VERSION_AFTER_IN_FORCE.with(&[&version.date, &in_force, &in_force_at.named()]),
                m::VERSION_ORDER_HINT,
            ));
        } else if !version.date.is_before(in_force) {
            problems.push(folder.error(
                m::VERSION_SAME_AS_IN_FORCE.with(&[&version.date, &in_force, &in_force_at.named()]),
                m::VERSION_SAME_HINT,
            ));
        }
        if let Some(earlier) = before.filter(|e| !e.is_before(version.date)) {
            problems.push(folder.error(
                m::VERSIONS_SAME_DATE.with(&[&earlier, &version.date]),
                m::VERSION_SAME_HINT,
            ));
        }
        before = Some(version.date);
    }
}

/// `replaced_by`: only of a compact no longer in force, not of itself, and with one place
/// for the new agreement, a compact of the site or an address.
fn replacement(compact: &Compact, places: &Places, problems: &mut Vec<Problem>) {
    let Some(by) = &compact.head.replaced_by else {
        return;
    };
    let index = Place::index(&compact.slug);
    let at = places.replaced_by.as_ref().unwrap_or(&index);
    let status = compact.head.status;
    if status.in_force() {
        let status_at = places.status.as_ref().unwrap_or(&index);
        problems.push(at.error(
            m::REPLACED_YET_IN_FORCE.with(&[&status.key(), &status_at.named()]),
            m::REPLACED_YET_IN_FORCE_HINT,
        ));
    }
    if by.compact.as_deref() == Some(compact.slug.as_str()) {
        let at = places.replaced_compact.as_ref().unwrap_or(at);
        problems.push(at.error(m::REPLACED_BY_ITSELF, m::REPLACED_BY_HINT));
    }
    if by.compact.is_some() && by.url.is_some() {
        let at = places.replaced_url.as_ref().unwrap_or(at);
        problems.push(at.error(m::REPLACED_BY_BOTH, m::REPLACED_BY_BOTH_HINT));
    }
}

/// `principles_published: false` says the principles exist but are not here: a compact
/// that has principle files of its own contradicts it.
fn unpublished(compact: &Compact, places: &Places, problems: &mut Vec<Problem>) {
    let (true, Some(at)) = (
        compact.head.unpublished.principles && !compact.principles.is_empty(),
        &places.principles_published,
    ) else {
        return;
    };
    problems.push(at.error(
        m::UNPUBLISHED_BUT_HERE.with(&[&compact.principles.len()]),
        m::UNPUBLISHED_BUT_HERE_HINT,
    ));
}
