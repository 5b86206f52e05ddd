//! `content/topics.yaml`: the vocabulary that comparisons are made in.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::front_matter::{parse_yaml, position, yaml_problem};
use super::{is_slug, slugify, Topic};
use crate::config::Lang;
use crate::diagnostics::{read_text, relative, Problem, Problems};
use crate::tr;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    description: String,
}

/// Reads the topics, in the file's order.
pub(super) fn load(root: &Path, path: &Path, lang: Lang) -> Result<Vec<Topic>, Problems> {
    let shown = relative(root, path);
    let mut problems = Problems::default();
    if !path.is_file() {
        problems.push(
            Problem::in_file(&shown, tr(lang, "filen saknas", "the file is missing")).with_hint(tr(
                lang,
                "skapa content/topics.yaml med en lista av ämnen: - id: dialog, name: Dialog, description: …",
                "create content/topics.yaml with a list of topics: - id: dialog, name: Dialog, description: …",
            )),
        );
        return Err(problems);
    }
    let text = read_text(root, path, lang).map_err(|p| {
        problems.push(p);
        problems.clone()
    })?;
    let entries: Vec<TopicEntry> = match parse_yaml(&text) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(yaml_problem(&shown, &text, 0, &e, lang));
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
                Problem::error(
                    &shown,
                    line,
                    column,
                    format!(
                        "{} \"{id}\"",
                        tr(lang, "ogiltigt ämnes-id", "invalid topic id")
                    ),
                )
                .with_hint(format!(
                    "{} {}",
                    tr(
                        lang,
                        "ett id får bara ha små bokstäver a–z, siffror och bindestreck, till exempel",
                        "an id may only have lowercase letters a–z, digits and hyphens, for example"
                    ),
                    slugify(&id)
                ))
                .with_source(&text),
            );
        } else if !seen.insert(id.clone()) {
            problems.push(
                Problem::error(
                    &shown,
                    line,
                    column,
                    format!(
                        "{} \"{id}\"",
                        tr(lang, "ämnet finns redan:", "the topic is listed twice:")
                    ),
                )
                .with_hint(tr(
                    lang,
                    "ta bort eller byt namn på det ena",
                    "remove or rename one of them",
                ))
                .with_source(&text),
            );
        }
        topics.push(Topic {
            id,
            name: entry.name,
            description: entry.description,
        });
    }
    if problems.is_empty() {
        Ok(topics)
    } else {
        Err(problems)
    }
}
