//! A compact's earlier versions: `versions/<date>/_index.md` (and its `principles/`), each
//! folder named by the version's date. The compact's own folder holds the version in force.

use std::path::Path;

use super::front::VersionFront;
use super::front_matter::read_optional;
use super::living::source;
use super::model::{Review, Version};
use super::principle::{self, Shown};
use super::source::SourceFile;
use super::topics::Vocabulary;
use crate::date::PartialDate;
use crate::diagnostics::{Problem, Problems};
use crate::files::relative;
use crate::markdown;
use crate::messages as m;
use crate::urls::{self, Words};

/// Reads every earlier version of the compact in `folder`, oldest first.
pub(super) fn load_all(
    root: &Path,
    folder: &Path,
    slug: &str,
    topics: &Vocabulary<'_>,
    words: Words,
    problems: &mut Problems,
    review: &mut Review,
) -> Vec<Version> {
    let dir = folder.join("versions");
    let mut versions: Vec<Version> = super::walk::entries(root, &dir, problems)
        .into_iter()
        .filter_map(|entry| {
            let shown = relative(root, &entry.path);
            let name = entry.path.file_name()?.to_str()?.to_owned();
            let date = PartialDate::parse(&name).filter(|d| d.to_string() == name);
            let Some(date) = date.filter(|_| entry.is_dir) else {
                problems.push(
                    Problem::in_file(&shown, m::VERSION_FOLDER_NOT_DATE.with(&[&name]))
                        .with_hint(m::VERSION_FOLDER_HINT),
                );
                return None;
            };
            load(
                root,
                &entry.path,
                slug,
                date,
                topics,
                words,
                problems,
                review,
            )
        })
        .collect();
    versions.sort_by_key(|v| v.date);
    versions
}

#[allow(clippy::too_many_arguments)]
fn load(
    root: &Path,
    folder: &Path,
    slug: &str,
    date: PartialDate,
    topics: &Vocabulary<'_>,
    words: Words,
    problems: &mut Problems,
    review: &mut Review,
) -> Option<Version> {
    let index = folder.join("_index.md");
    let shown = relative(root, &index);
    if !index.is_file() {
        // One Markdown file of another name is most likely the text, misnamed.
        let markdown: Vec<String> = std::fs::read_dir(folder)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".md"))
            .collect();
        let hint = match markdown.as_slice() {
            [only] => m::VERSION_RENAME_HINT.with(&[only]),
            _ => super::stray::missing_index_hint(folder)
                .unwrap_or_else(|| m::VERSION_INDEX_HINT.into()),
        };
        problems.push(
            Problem::in_file(&relative(root, folder), m::VERSION_WITHOUT_INDEX).with_hint(hint),
        );
        return None;
    }
    let read = read_optional::<VersionFront>(root, &index, problems)?;
    let (front, body) = (read.front, &read.text[read.body_start..]);
    let src = SourceFile::new(&shown, &read.text, read.yaml_offset);
    let page = urls::version(words, slug, &date.to_string());
    let page_folder = urls::folder_of(&page).to_owned();
    let rendered = markdown::render_in(body, Some(&page_folder));
    src.markdown(rendered.findings, read.body_start, 2, &page_folder, review);
    let principles = principle::load_all(
        root,
        folder,
        &Shown::On(&page_folder),
        topics,
        problems,
        review,
    );
    if front.sources.is_empty() {
        review.unsourced.push(
            Problem::in_file(&shown, m::FACT_WITHOUT_SOURCE.with(&[&m::FACT_VERSION]))
                .with_hint(m::VERSION_SOURCES_HINT)
                .as_warning(),
        );
    }
    Some(Version {
        date,
        title: front.title.as_deref().map(crate::invisible::strip),
        decided_by: front.decided_by,
        summary: front.summary.as_deref().map(crate::invisible::strip),
        sources: front
            .sources
            .into_iter()
            .map(|s| source(&src, s, problems))
            .collect(),
        body_html: rendered.html,
        body_markdown: crate::invisible::strip(body.trim()),
        principles,
        same_as_next: front.same_as_next,
    })
}
