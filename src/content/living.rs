//! The living parts written in a compact's front matter, checked: published signatory
//! counts, where the full list of signatories is, what replaced the compact, its follow-ups
//! and the cycle of follow-ups it promises (warned about when it is not kept).

use serde_saphyr::Spanned;

use super::consistency::{self, Place, Places};
use super::front::{CompactFront, SourceFront};
use super::model::{
    Followup, FollowupKind, Followups, Replacement, Review, SignatoryCount, Source,
};
use super::source::SourceFile;
use crate::date::{today, PartialDate};
use crate::diagnostics::{Problem, Problems};
use crate::messages as m;

/// A source as written, checked.
pub(super) fn source(src: &SourceFile<'_>, s: SourceFront, problems: &mut Problems) -> Source {
    Source {
        date: s.date.as_ref().and_then(|d| src.date(d, problems)),
        title: s.title,
        dnr: s.dnr,
        url: s.url.and_then(|url| src.web_address(url, problems)),
    }
}

/// The living parts of the front matter, taken out of it.
pub(super) struct Written {
    pub(super) counts: Vec<SignatoryCount>,
    pub(super) list_source: Option<Source>,
    pub(super) list_complete: bool,
    pub(super) full_list: Option<Source>,
    pub(super) replaced_by: Option<Replacement>,
    /// Where `replaced_by.compact` is written, as the problem to give if it names no compact.
    pub(super) replaced_at: Option<Problem>,
    pub(super) followups: Followups,
    /// Where `follow_up_every_years` is written, for the warning when it is not kept.
    pub(super) cycle_at: Option<Spanned<u8>>,
}

/// Reads the living parts of `front`, noting in `places` where those the checks compare
/// are written.
pub(super) fn read(
    src: &SourceFile<'_>,
    front: &mut CompactFront,
    places: &mut Places,
    problems: &mut Problems,
    review: &mut Review,
) -> Written {
    let mut counts: Vec<SignatoryCount> = std::mem::take(&mut front.signatory_counts)
        .into_iter()
        .filter_map(|c| {
            let sourced = c.source.is_some() || c.url.is_some();
            consistency::unsourced(src, &c.date, m::FACT_COUNT, sourced, review);
            Some(SignatoryCount {
                date: consistency::happened(src, &c.date, problems)?,
                count: c.count,
                source: c.source,
                url: c.url.and_then(|url| src.web_address(url, problems)),
            })
        })
        .collect();
    counts.sort_by_key(|c| c.date);
    let list_source = front.signatories_source.take().map(|s| {
        places.list_source = Some(Place::at(src, &s));
        source(src, s.value, problems)
    });
    let full_list = front
        .signatories_full_list
        .take()
        .map(|s| source(src, s, problems));
    let list_complete = match &front.signatories_complete {
        Some(complete) => {
            places.list_complete = Some(Place::at(src, complete));
            if complete.value && full_list.is_some() {
                problems.push(src.error(complete, m::FULL_LIST_OF_COMPLETE, m::FULL_LIST_HINT));
            }
            complete.value
        }
        // Saying where the full list is says the list here is not.
        None => full_list.is_none(),
    };
    let (replaced_by, replaced_at) = match front.replaced_by.take() {
        Some(r) => {
            places.replaced_by = Some(Place::at(src, &r.title));
            places.replaced_url = r.url.as_ref().map(|u| Place::at(src, u));
            places.replaced_compact = r.compact.as_ref().map(|c| Place::at(src, c));
            let sourced = r.url.is_some() || r.compact.is_some();
            consistency::unsourced(src, &r.title, m::FACT_REPLACEMENT, sourced, review);
            let at = r.compact.as_ref().map(|slug| {
                src.error(
                    slug,
                    m::REPLACED_BY_UNKNOWN.with(&[&slug.value]),
                    m::REPLACED_BY_HINT,
                )
            });
            let replacement = Replacement {
                title: r.title.value,
                url: r.url.and_then(|url| src.web_address(url, problems)),
                compact: r.compact.map(|c| c.value.trim().to_owned()),
            };
            (Some(replacement), at)
        }
        None => (None, None),
    };
    let kinds: Vec<&str> = FollowupKind::ALL.iter().map(|k| k.key()).collect();
    let mut list: Vec<Followup> = std::mem::take(&mut front.followups)
        .into_iter()
        .filter_map(|f| {
            let kind = match &f.kind {
                None => Some(FollowupKind::Followup),
                Some(kind) => src
                    .one_of(
                        kind,
                        &kinds,
                        KIND_IN_SWEDISH,
                        m::UNKNOWN_FOLLOWUP_KIND,
                        problems,
                    )
                    .map(|i| FollowupKind::ALL[i]),
            };
            let sourced = f.url.is_some() || f.source.is_some();
            consistency::unsourced(src, &f.date, m::FACT_FOLLOWUP, sourced, review);
            let date = consistency::happened(src, &f.date, problems);
            Some(Followup {
                date: date?,
                kind: kind?,
                title: f.title,
                url: f.url.and_then(|url| src.web_address(url, problems)),
                source: f.source,
                text: f.text,
            })
        })
        .collect();
    list.sort_by_key(|f| f.date);
    let cycle_at = front.follow_up_every_years.take().filter(|every| {
        if every.value == 0 {
            problems.push(src.error(every, m::FOLLOW_UP_EVERY_ZERO, m::FOLLOW_UP_EVERY_ZERO_HINT));
        }
        every.value > 0
    });
    Written {
        counts,
        list_source,
        list_complete,
        full_list,
        replaced_by,
        replaced_at,
        followups: Followups {
            list,
            every_years: cycle_at.as_ref().map(|c| c.value),
        },
        cycle_at,
    }
}

/// The Swedish words for the kinds of follow-up.
const KIND_IN_SWEDISH: &[(&str, usize)] = &[
    ("uppföljning", 0),
    ("utvärdering", 1),
    ("årsmöte", 2),
    ("årligt möte", 2),
];

/// Warns when the compact promises a follow-up every few years and the last one (or, with
/// none, the adoption) is older than that.
pub(super) fn check_cycle(
    src: &SourceFile<'_>,
    written: &Written,
    adopted: Option<PartialDate>,
    review: &mut Review,
) {
    let (Some(at), Some(years)) = (&written.cycle_at, written.followups.every_years) else {
        return;
    };
    let last = written.followups.last().map(|f| f.date);
    let Some(since) = last.or(adopted) else {
        return;
    };
    if super::Followups::in_time(since, years, today()) {
        return;
    }
    let (line, column) = crate::yaml::position(at, src.offset);
    let how_often = match years {
        1 => m::EVERY_YEAR.into(),
        n => m::EVERY_N_YEARS.with(&[&n]),
    };
    let message = match last {
        Some(date) => m::FOLLOWUP_CYCLE_NOT_KEPT.with(&[&how_often, &date]),
        None => m::FOLLOWUP_NEVER.with(&[&how_often, &since]),
    };
    review
        .warnings
        .push(src.warning_at(line, column, message, m::RECORD_FOLLOWUP));
}
