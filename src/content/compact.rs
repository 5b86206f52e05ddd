//! One compact folder's `_index.md`, read and checked; its principles are read by
//! [`super::principle`], and every problem of both is reported together.

use std::path::Path;

use serde_saphyr::Spanned;

use super::consistency::{self, Place, Places};
use super::front::CompactFront;
use super::front_matter::read_front;
use super::model::{
    Compact, Contact, Event, Head, Kind, Review, Signatories, Status, Text, Unpublished,
};
use super::source::SourceFile;
use super::topics::Vocabulary;
use crate::diagnostics::{Problem, Problems};
use crate::files::relative;
use crate::markdown;
use crate::messages as m;
use crate::urls;

/// The Swedish words editors write for a status, with the place in [`Status::ALL`] of the
/// word they mean.
const STATUS_IN_SWEDISH: &[(&str, usize)] = &[
    ("föreslagen", 0),
    ("under arbete", 1),
    ("pågående", 1),
    ("utkast", 1),
    ("antagen", 2),
    ("beslutad", 2),
    ("reviderad", 3),
    ("avbruten", 4),
    ("avslutad", 5),
    ("upphört", 5),
    ("upphörd", 5),
    ("okänd", 6),
    ("oklar", 6),
];

/// A compact as loaded, with what is needed to check its `endorses` against the others.
pub(super) struct LoadedCompact {
    pub(super) compact: Compact,
    /// Where `endorses` is written, as the problem to give if it names no compact.
    pub(super) endorses_at: Option<Problem>,
    /// Where `replaced_by.compact` is written, as the problem to give if it names no compact.
    pub(super) replaced_at: Option<Problem>,
}

/// Reads one compact folder: `_index.md` and its principles. A broken `_index.md` does not
/// keep the principles from being read and checked.
pub(super) fn load(
    root: &Path,
    folder: &Path,
    topics: &Vocabulary<'_>,
    words: urls::Words,
) -> Result<LoadedCompact, Problems> {
    let mut problems = Problems::default();
    let slug = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    super::walk::check_slug(&relative(root, folder), &slug, &mut problems);
    let mut review = Review::default();
    let index = read_index(root, folder, &slug, &mut problems, &mut review);
    let principles = super::principle::load_all(
        root,
        folder,
        &super::principle::Shown::OwnPage(&slug),
        topics,
        &mut problems,
        &mut review,
    );
    let versions = super::versions::load_all(
        root,
        folder,
        &slug,
        topics,
        words,
        &mut problems,
        &mut review,
    );
    let list = super::signatories::load(root, folder, &mut problems, &mut review);
    let plan = super::plan::load(root, folder, &mut problems, &mut review);
    let easy_folder = format!("{slug}/{}/", words.easy);
    let easy = super::easy::load(root, folder, &easy_folder, &mut problems, &mut review);
    let stray = super::stray::in_compact(root, folder, &review.links);
    review.warnings.extend(stray);
    let Some(mut index) = index else {
        problems.extend(review.warnings);
        return Err(problems);
    };
    let mut signatories = Signatories {
        list,
        counts: index.living.counts,
        source: index.living.list_source,
        complete: index.living.list_complete,
        full_list: index.living.full_list,
        ..Signatories::default()
    };
    signatories.order(crate::date::today());
    let compact = Compact {
        slug,
        head: index.head,
        text: index.text,
        timeline: index.timeline,
        principles,
        versions,
        signatories,
        plan,
        followups: index.living.followups,
        language: index.language,
        easy,
        review: Review::default(),
    };
    index.places.list_file = folder.join(super::SIGNATORIES_FILE).is_file();
    index.places.read_cleanly = !problems.has_errors();
    let mut found = super::consistency::check(&compact, &index.places);
    super::consistency::fill_sources(root, &mut found);
    let mut found_problems = Problems::default();
    found.into_iter().for_each(|p| found_problems.push(p));
    problems.split_into(found_problems, &mut review.warnings);
    if problems.has_errors() {
        problems.extend(review.warnings);
        return Err(problems);
    }
    Ok(LoadedCompact {
        compact: Compact { review, ..compact },
        endorses_at: index.endorses_at,
        replaced_at: index.living.replaced_at,
    })
}

/// What `_index.md` says.
struct Index {
    head: Head,
    text: Text,
    timeline: Vec<Event>,
    endorses_at: Option<Problem>,
    living: super::living::Written,
    language: Option<String>,
    places: Places,
}

/// Reads `_index.md`: the compact's facts and text.
fn read_index(
    root: &Path,
    folder: &Path,
    slug: &str,
    problems: &mut Problems,
    review: &mut Review,
) -> Option<Index> {
    let index = folder.join("_index.md");
    let shown = relative(root, &index);
    if !index.is_file() {
        let hint = super::stray::missing_index_hint(folder)
            .unwrap_or_else(|| m::ADD_INDEX_MD_TITLE_MUNICIPALITY.into());
        problems.push(Problem::in_file(&shown, m::FOLDER_HAS_NO_INDEX_MD).with_hint(hint));
        return None;
    }
    let read = read_front::<CompactFront>(root, &index, problems)?;
    let (mut front, text) = (read.front, read.text);
    let body = &text[read.body_start..];
    let src = SourceFile::new(&shown, &text, read.yaml_offset);
    let mut places = Places {
        status: Some(Place::at(&src, &front.status)),
        adopted: front.adopted.as_ref().map(|d| Place::at(&src, d)),
        revised: front.revised.as_ref().map(|d| Place::at(&src, d)),
        principles_published: front
            .principles_published
            .as_ref()
            .map(|p| Place::at(&src, p)),
        ..Places::default()
    };
    let mut living = super::living::read(&src, &mut front, &mut places, problems, review);
    let unpublished = unpublished(&src, &mut front, problems);
    let status_words: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
    let status = src
        .one_of(
            &front.status,
            &status_words,
            STATUS_IN_SWEDISH,
            m::UNKNOWN_STATUS,
            problems,
        )
        .map(|i| Status::ALL[i]);
    let kind_words: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
    let kind = match &front.kind {
        None => Some(Kind::Kommun),
        Some(value) => src
            .one_of(value, &kind_words, &[], m::UNKNOWN_KIND, problems)
            .map(|i| Kind::ALL[i]),
    };
    let county = match (&front.county, kind) {
        (Some(value), Some(Kind::Nationell)) => {
            problems.push(src.error(
                value,
                m::NATIONAL_COMPACT_HAS_NO_COUNTY,
                m::REMOVE_COUNTY_OR_KIND,
            ));
            None
        }
        (Some(value), _) => src.county(value, problems),
        (None, _) => None,
    };
    let adopted = front.adopted.as_ref().and_then(|d| src.date(d, problems));
    let revised = front.revised.as_ref().and_then(|d| src.date(d, problems));
    let mut timeline: Vec<Event> = front
        .timeline
        .into_iter()
        .filter_map(|e| {
            let sourced = e.url.is_some() || e.source.is_some();
            consistency::unsourced(&src, &e.date, m::FACT_EVENT, sourced, review);
            let url = e.url.and_then(|url| src.web_address(url, problems));
            src.date(&e.date, problems).map(|date| Event {
                date,
                text: e.text,
                url,
                source: e.source,
            })
        })
        .collect();
    timeline.sort_by_key(|e| e.date);
    let sources = front
        .sources
        .into_iter()
        .map(|s| super::living::source(&src, s, problems))
        .collect();
    let endorses_at = front.endorses.as_ref().map(|e| {
        src.error(
            e,
            m::ENDORSES_NAMES_COMPACT_DOES_NOT.with(&[&e.value]),
            m::ENDORSES_MUST_FOLDER_NAME_ANOTHER,
        )
    });
    let language = front.language.as_ref().and_then(|value| {
        let written = value.value.trim();
        if crate::html::is_language_tag(written) {
            return Some(written.to_owned());
        }
        problems.push(src.error(
            value,
            m::NOT_LANGUAGE_TAG.with(&[&"language", &written]),
            m::WRITE_LANGUAGE_TAG,
        ));
        None
    });
    let (status, kind) = (status?, kind?);
    src.title(&front.title, review);
    src.template_text(review);
    if matches!(status, Status::Adopted | Status::Revised) && adopted.is_none() {
        review.warnings.push(no_adoption_date(&src, &front.status));
    }
    let body_start = read.body_start;
    let page_folder = format!("{slug}/");
    let rendered = markdown::render_in(body, Some(&page_folder));
    src.markdown(rendered.findings, body_start, 2, &page_folder, review);
    super::living::check_cycle(&src, &living, adopted, review);
    let replaced_by = living.replaced_by.take();
    Some(Index {
        head: Head {
            title: crate::invisible::strip(&front.title.value),
            municipality: crate::invisible::strip(&front.municipality),
            kind,
            county,
            status,
            adopted,
            revised,
            decided_by: front.decided_by,
            endorses: front.endorses.map(|e| e.value.trim().to_owned()),
            summary: front.summary.as_deref().map(crate::invisible::strip),
            replaced_by,
            unpublished,
        },
        text: Text {
            body_html: rendered.html,
            body_text: rendered.text,
            contacts: front
                .contacts
                .into_iter()
                .map(|c| Contact {
                    name: c.name,
                    role: c.role,
                    email: c.email,
                    phone: c.phone,
                })
                .collect(),
            sources,
        },
        timeline,
        language,
        endorses_at,
        living,
        places,
    })
}

/// What of the compact exists but is not published here, and where it is kept.
fn unpublished(
    src: &SourceFile<'_>,
    front: &mut CompactFront,
    problems: &mut Problems,
) -> Unpublished {
    let not = |flag: &Option<Spanned<bool>>| flag.as_ref().is_some_and(|f| !f.value);
    let (principles, text) = (not(&front.principles_published), not(&front.text_published));
    let kept_at = front.kept_at.take().map(|kept| {
        if !(principles || text) {
            let at = front
                .principles_published
                .as_ref()
                .or(front.text_published.as_ref());
            let (message, hint) = (m::KEPT_AT_WITHOUT_UNPUBLISHED, m::KEPT_AT_HINT);
            problems.push(match at {
                Some(at) => src.error(at, message, hint),
                None => Problem::in_file(&src.shown, message).with_hint(hint),
            });
        }
        super::living::source(src, kept, problems)
    });
    Unpublished {
        principles,
        text,
        kept_at,
    }
}

fn no_adoption_date(src: &SourceFile<'_>, status: &Spanned<String>) -> Problem {
    let (line, column) = crate::yaml::position(status, src.offset);
    src.warning_at(
        line,
        column,
        m::COMPACT_ADOPTED_BUT_HAS_NO,
        m::ADD_ADOPTED_YYYY_MM_DD,
    )
}
