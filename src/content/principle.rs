//! A compact's `principles/*.md`: one principle a file, read and checked.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::front_matter::read_front;
use super::model::{Principle, Review, TopicId};
use super::source::SourceFile;
use super::topics::Vocabulary;
use super::walk::check_slug;
use crate::diagnostics::{Problem, Problems};
use crate::files::relative;
use crate::markdown;
use crate::messages as m;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrincipleFront {
    title: Spanned<String>,
    topics: Vec<Spanned<String>>,
    order: Option<i64>,
}

/// Where a principle's text is shown, for its relative links: the folder of its own page, or
/// the page of the earlier version it belongs to.
pub(super) enum Shown<'a> {
    /// On its own page, in the compact's folder.
    OwnPage(&'a str),
    /// On the page in this folder.
    On(&'a str),
}

impl Shown<'_> {
    fn folder(&self, slug: &str) -> String {
        match self {
            Shown::OwnPage(compact) => format!("{compact}/{slug}/"),
            Shown::On(folder) => (*folder).to_owned(),
        }
    }
}

/// Reads every principle in `folder/principles/`, in their `order`.
pub(super) fn load_all(
    root: &Path,
    folder: &Path,
    place: &Shown<'_>,
    topics: &Vocabulary<'_>,
    problems: &mut Problems,
    review: &mut Review,
) -> Vec<Principle> {
    let dir = folder.join("principles");
    let files: Vec<PathBuf> = super::walk::entries(root, &dir, problems)
        .into_iter()
        .filter(|e| !e.is_dir && e.path.extension().is_some_and(|x| x == "md"))
        .map(|e| e.path)
        .collect();
    let files = super::walk::one_per_slug(
        root,
        files,
        |p| p.file_stem().and_then(|n| n.to_str()),
        problems,
    );
    let mut principles: Vec<(i64, Principle)> = files
        .iter()
        .filter_map(|path| load(root, path, place, topics, problems, review))
        .collect();
    principles.sort_by_key(|(order, _)| *order);
    principles.into_iter().map(|(_, p)| p).collect()
}

fn load(
    root: &Path,
    path: &Path,
    place: &Shown<'_>,
    topics: &Vocabulary<'_>,
    problems: &mut Problems,
    review: &mut Review,
) -> Option<(i64, Principle)> {
    let shown = relative(root, path);
    let slug = path.file_stem()?.to_str()?.to_owned();
    check_slug(&shown, &slug, problems);
    let read = read_front::<PrincipleFront>(root, path, problems)?;
    let (front, text, yaml_offset) = (read.front, read.text, read.yaml_offset);
    let body = &text[read.body_start..];
    let src = SourceFile::new(&shown, &text, yaml_offset);
    let known = &topics.ids;
    // "No topics" is said only when none was written, not when those written were wrong.
    let written = front.topics.len();
    // With no vocabulary (topics.yaml missing or broken, and said so), checking every topic
    // would only repeat that one problem in every principle.
    let ids: Vec<TopicId> = if known.is_empty() {
        Vec::new()
    } else {
        front
            .topics
            .iter()
            .filter_map(|t| {
                src.one_of(t, known, &topics.names, m::UNKNOWN_TOPIC, problems)
                    .and_then(|i| topics.by_id.get(known[i]).copied())
            })
            .collect()
    };
    if written == 0 {
        problems.push(
            Problem::error(&shown, 1 + yaml_offset, 0, m::PRINCIPLE_HAS_NO_TOPICS)
                .with_hint(m::GIVE_LEAST_ONE_TOPIC_CONTENT),
        );
    }
    let page_folder = place.folder(&slug);
    let rendered = markdown::render_in(body, Some(&page_folder));
    src.title(&front.title, review);
    src.template_text(review);
    // What the open data gives as the principle's text: without the soft hyphens and other
    // invisible characters that the page keeps.
    let body_markdown = crate::invisible::strip(body.trim());
    if body_markdown.is_empty() {
        let line = text.lines().count().max(1);
        review.warnings.push(src.warning_at(
            line,
            0,
            m::PRINCIPLE_HAS_NO_TEXT,
            m::WRITE_PRINCIPLE_S_TEXT_AFTER,
        ));
    }
    let body_start = read.body_start;
    src.markdown(rendered.findings, body_start, 4, &page_folder, review);
    Some((
        front.order.unwrap_or(i64::MAX),
        Principle {
            slug,
            title: crate::invisible::strip(&front.title.value),
            topics: ids,
            body_markdown,
            body_text: rendered.text,
            body_html: rendered.html,
        },
    ))
}
