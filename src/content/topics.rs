//! `content/topics.yaml`: the vocabulary that comparisons are made in.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{is_slug, slugify, Topic};
use crate::diagnostics::{Problem, Problems};
use crate::files::{read_text, relative};
use crate::messages::{tr, Lang};
use crate::yaml::{parse_yaml, position, yaml_problem};

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
    let entries: Vec<TopicEntry> = match parse_yaml::<Option<Vec<TopicEntry>>>(&text) {
        Ok(Some(entries)) if !entries.is_empty() => entries,
        Ok(_) => {
            problems.push(
                Problem::in_file(
                    &shown,
                    tr(
                        lang,
                        "det finns inga ämnen: varje princip måste ha minst ett ämne ur den här listan",
                        "there are no topics: every principle needs at least one topic from this list",
                    ),
                )
                .with_hint(tr(
                    lang,
                    "skriv ämnena som en lista, ett per rad: - id: dialog, sedan name: Dialog och description: … indragna under",
                    "write the topics as a list, one each: - id: dialog, then name: Dialog and description: … indented under it",
                )),
            );
            return Err(problems);
        }
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
pub(super) fn unused(topics: &[Topic], used: &[bool], lang: Lang, warnings: &mut Problems) {
    let shown = std::path::Path::new("content").join("topics.yaml");
    for (topic, _) in topics.iter().zip(used).filter(|(_, used)| !**used) {
        let (line, column, source) = &topic.at;
        let mut problem = Problem::warning(
            &shown,
            *line,
            *column,
            format!(
                "{} \"{}\"",
                tr(
                    lang,
                    "ingen princip använder ämnet",
                    "no principle uses the topic"
                ),
                topic.id
            ),
        )
        .with_hint(tr(
            lang,
            "ange ämnet under topics i en princip, eller ta bort det ur topics.yaml",
            "list the topic under topics in a principle, or remove it from topics.yaml",
        ));
        problem.source_line = Some(source.clone());
        warnings.push(problem);
    }
}
