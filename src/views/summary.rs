//! Each compact as lists, cards and tables show it: made once for a site (see
//! `crate::derive`), kept with what it read, and made again after an edit only where that
//! changed.

use serde::Serialize;

use super::{DateView, Languages, Link};
use crate::compare::GroupKey;
use crate::content::{CompactId, Status};
use crate::reads::Reader;
use crate::templates::Strings;
use crate::urls::{self, Words};

/// A compact as it appears in lists, cards and table headers.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct CompactSummary {
    /// Folder name.
    pub(crate) slug: String,
    /// Site-relative path of its page.
    pub(crate) path: String,
    /// Municipality or region.
    pub(crate) municipality: String,
    /// Full title.
    pub(crate) title: String,
    /// `kommun`, `region`, `nationell`.
    pub(crate) kind: &'static str,
    /// The kind in words.
    pub(crate) kind_label: String,
    /// Status key, used as a CSS class.
    pub(crate) status: &'static str,
    /// The status in words.
    pub(crate) status_label: String,
    /// Why a compact without principles has none, in words; for one whose principles exist
    /// but are not published here, that they are not here.
    pub(crate) no_principles_reason: String,
    /// Its principles exist but are not published here: it is not known which topics they
    /// cover, and no page says it covers none.
    pub(crate) principles_unpublished: bool,
    /// Its text exists but is not published here.
    pub(crate) text_unpublished: bool,
    /// When adopted.
    pub(crate) adopted: Option<DateView>,
    /// When revised.
    pub(crate) revised: Option<DateView>,
    /// Who decided it.
    pub(crate) decided_by: Option<String>,
    /// Its own principles.
    pub(crate) principle_count: usize,
    /// The compact it endorses, if any.
    pub(crate) endorses: Option<Link>,
    /// The county it belongs to, if it names one: its page, or its place in the matrix.
    pub(crate) county: Option<Link>,
    /// Short description.
    pub(crate) summary: Option<String>,
    /// The language of its title and summary, when it is not the page's.
    pub(crate) lang: Option<String>,
}

/// Compact `c` as lists show it.
pub(crate) fn make(
    r: &Reader<'_>,
    c: CompactId,
    strings: &Strings,
    languages: Languages<'_>,
) -> CompactSummary {
    let t = |key: &str| crate::templates::string(strings, key);
    let words = Words::of(languages.page);
    let slug = r.slug(c);
    let head = r.head(c);
    let reason_key = match head.status {
        _ if head.unpublished.principles => "principles_not_here",
        Status::Proposed | Status::Drafting => "no_principles_yet",
        Status::Halted => "no_principles_halted",
        Status::Ended => "no_principles_ended",
        Status::Adopted | Status::Revised | Status::Unknown => "no_principles_given",
    };
    CompactSummary {
        slug: slug.to_owned(),
        path: urls::compact(slug),
        municipality: head.municipality.clone(),
        title: head.title.clone(),
        kind: head.kind.key(),
        kind_label: t(&format!("kind_{}", head.kind.key())),
        status: head.status.key(),
        status_label: t(&format!("status_{}", head.status.key())),
        no_principles_reason: t(reason_key),
        principles_unpublished: head.unpublished.principles,
        text_unpublished: head.unpublished.text,
        adopted: head.adopted.map(|d| DateView::new(d, strings)),
        revised: head.revised.map(|d| DateView::new(d, strings)),
        decided_by: head.decided_by.clone(),
        principle_count: r.count(c),
        // The compact it endorses is the first its principles are taken from.
        endorses: head.endorses.as_ref().and_then(|_| {
            let &other = r.chain(c).first()?;
            Some(Link::new(
                r.head(other).municipality.clone(),
                urls::compact(r.slug(other)),
            ))
        }),
        county: head.county.map(|county| {
            let key = GroupKey::County(county);
            Link::new(
                super::groups::group_name(key, strings),
                super::groups::group_path(key, words, super::split(r)),
            )
        }),
        summary: head.summary.clone(),
        lang: languages.mark(r.language(c)),
    }
}
