//! `content/topics.yaml`: the vocabulary that comparisons are made in.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{is_slug, slugify, Topic, TopicId};
use crate::diagnostics::{Problem, Problems};
use crate::files::{read_text, relative};
use crate::messages as m;
use crate::yaml::{parse_yaml, position, yaml_problem};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    description: String,
}

/// The vocabulary as principles are checked against it.
pub(super) struct Vocabulary<'a> {
    /// Every id, sorted.
    pub(super) ids: Vec<&'a str>,
    /// Each id's topic.
    pub(super) by_id: HashMap<&'a str, TopicId>,
    /// Each topic's name, with the place of its id in `ids`: what an editor is likely to
    /// write instead of the id.
    pub(super) names: Vec<(&'a str, usize)>,
}

impl<'a> Vocabulary<'a> {
    pub(super) fn of(topics: &'a [Topic]) -> Vocabulary<'a> {
        let by_id: HashMap<&str, TopicId> = topics
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), TopicId(i as u16)))
            .collect();
        let mut ids: Vec<&str> = by_id.keys().copied().collect();
        ids.sort_unstable();
        let names = topics
            .iter()
            .filter_map(|t| Some((t.name.as_str(), ids.iter().position(|id| *id == t.id)?)))
            .collect();
        Vocabulary { ids, by_id, names }
    }
}

/// Reads the topics, in the file's order.
pub(super) fn load(root: &Path, path: &Path) -> Result<Vec<Topic>, Problems> {
    let shown = relative(root, path);
    let mut problems = Problems::default();
    if !path.is_file() {
        problems.push(
            Problem::in_file(&shown, m::FILE_MISSING).with_hint(m::CREATE_CONTENT_TOPICS_YAML_LIST),
        );
        return Err(problems);
    }
    let text = read_text(root, path).map_err(|p| {
        problems.push(p);
        problems.clone()
    })?;
    let entries: Vec<TopicEntry> = match parse_yaml::<Option<Vec<TopicEntry>>>(&text) {
        Ok(Some(entries)) if !entries.is_empty() => entries,
        Ok(_) => {
            problems.push(
                Problem::in_file(&shown, m::THERE_ARE_NO_TOPICS_EVERY)
                    .with_hint(m::WRITE_TOPICS_LIST_ONE_EACH),
            );
            return Err(problems);
        }
        Err(e) => {
            problems.push(yaml_problem(&shown, &text, 0, &e));
            return Err(problems);
        }
    };
    let mut seen = HashSet::new();
    let mut topics = Vec::with_capacity(entries.len());
    for entry in entries {
        let (line, column) = position(&entry.id, 0);
        let id = entry.id.value;
        if !is_slug(&id) {
            problems.push(
                Problem::error(&shown, line, column, m::INVALID_TOPIC_ID.with(&[&id]))
                    .with_hint(m::ID_MAY_ONLY_HAVE_LOWERCASE.with(&[&slugify(&id)]))
                    .with_source(&text),
            );
        } else if !seen.insert(id.clone()) {
            problems.push(
                Problem::error(&shown, line, column, m::TOPIC_LISTED_TWICE.with(&[&id]))
                    .with_hint(m::REMOVE_RENAME_ONE_THEM)
                    .with_source(&text),
            );
        }
        let source = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
        topics.push(Topic {
            id,
            name: entry.name,
            description: entry.description,
            at: (line, column, source.to_owned()),
        });
    }
    if problems.is_empty() {
        Ok(topics)
    } else {
        Err(problems)
    }
}

/// Topics that no principle uses, each a warning at its line in `topics.yaml`.
pub(super) fn unused(topics: &[Topic], used: &[bool], warnings: &mut Problems) {
    let shown = std::path::Path::new("content").join("topics.yaml");
    for (topic, _) in topics.iter().zip(used).filter(|(_, used)| !**used) {
        let (line, column, source) = &topic.at;
        let mut problem = Problem::warning(
            &shown,
            *line,
            *column,
            m::NO_PRINCIPLE_USES_TOPIC.with(&[&topic.id]),
        )
        .with_hint(m::LIST_TOPIC_UNDER_TOPICS_PRINCIPLE);
        problem.source_line = Some(source.clone());
        warnings.push(problem);
    }
}
