//! One compact folder: `_index.md` and `principles/*.md`, read and checked.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::date::{PartialDate, RawDate};
use super::front_matter::{parse_yaml, position, split, yaml_problem};
use super::{
    is_slug, slugify, Compact, Contact, Event, Kind, Principle, Source, Status, RESERVED_SLUGS,
};
use crate::config::Lang;
use crate::diagnostics::{did_you_mean, read_text, relative, Problem, Problems};
use crate::markdown;
use crate::tr;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompactFront {
    title: String,
    municipality: String,
    kind: Option<Spanned<String>>,
    status: Spanned<String>,
    adopted: Option<Spanned<RawDate>>,
    revised: Option<Spanned<RawDate>>,
    decided_by: Option<String>,
    endorses: Option<Spanned<String>>,
    summary: Option<String>,
    #[serde(default)]
    timeline: Vec<EventFront>,
    #[serde(default)]
    contacts: Vec<ContactFront>,
    #[serde(default)]
    sources: Vec<SourceFront>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFront {
    date: Spanned<RawDate>,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactFront {
    name: String,
    role: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceFront {
    title: String,
    date: Option<Spanned<RawDate>>,
    dnr: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrincipleFront {
    title: String,
    topics: Vec<Spanned<String>>,
    order: Option<i64>,
}

/// A compact as loaded, with what is needed to check its `endorses` against the others.
pub(super) struct LoadedCompact {
    pub(super) compact: Compact,
    endorses_at: Option<Problem>,
}

/// One file being checked: its name as shown, its text and where its YAML starts.
struct Source_<'a> {
    file: &'a Path,
    text: &'a str,
    offset: usize,
    lang: Lang,
}

impl Source_<'_> {
    fn problem<T>(&self, value: &Spanned<T>, message: String, hint: String) -> Problem {
        let (line, column) = position(value, self.offset);
        Problem::error(self.file, line, column, message)
            .with_hint(hint)
            .with_source(self.text)
    }

    /// Checks that a value is one of `allowed`, suggesting the nearest when it is not.
    fn one_of(
        &self,
        value: &Spanned<String>,
        allowed: &[&str],
        what: (&str, &str),
        problems: &mut Problems,
    ) -> Option<usize> {
        let word = value.value.trim();
        if let Some(index) = allowed.iter().position(|a| *a == word) {
            return Some(index);
        }
        let list = allowed.join(", ");
        let hint = match did_you_mean(word, allowed.iter().copied()) {
            Some(near) => format!(
                "{} \"{near}\"? {}: {list}",
                tr(self.lang, "menade du", "did you mean"),
                tr(self.lang, "tillåtna värden", "allowed values")
            ),
            None => format!(
                "{}: {list}",
                tr(self.lang, "tillåtna värden", "allowed values")
            ),
        };
        let message = format!("{} \"{word}\"", tr(self.lang, what.0, what.1));
        problems.push(self.problem(value, message, hint));
        None
    }

    fn date(&self, value: &Spanned<RawDate>, problems: &mut Problems) -> Option<PartialDate> {
        let parsed = PartialDate::parse(&value.value.0);
        if parsed.is_none() {
            problems.push(self.problem(
                value,
                format!(
                    "{} \"{}\"",
                    tr(self.lang, "datumet går inte att läsa:", "the date cannot be read:"),
                    value.value.0
                ),
                tr(
                    self.lang,
                    "skriv datum som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, till exempel 2013, 2017-03 eller 2019-10-01; skriv \"hösten 2013\" i texten och 2013 som datum",
                    "write dates as YYYY, YYYY-MM or YYYY-MM-DD, for example 2013, 2017-03 or 2019-10-01; put \"autumn 2013\" in the text and 2013 as the date",
                ),
            ));
        }
        parsed
    }
}

/// Reads one compact folder.
pub(super) fn load(
    root: &Path,
    folder: &Path,
    topic_ids: &HashSet<&str>,
    lang: Lang,
) -> Result<LoadedCompact, Problems> {
    let mut problems = Problems::default();
    let slug = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let index = folder.join("_index.md");
    let shown = relative(root, &index);
    check_slug(&relative(root, folder), &slug, lang, &mut problems);
    if !index.is_file() {
        problems.push(
            Problem::in_file(
                &shown,
                tr(
                    lang,
                    "mappen har ingen _index.md, så den är ingen överenskommelse",
                    "the folder has no _index.md, so it is not a compact",
                ),
            )
            .with_hint(tr(
                lang,
                "lägg till _index.md med title, municipality och status, eller flytta mappen ur content/",
                "add _index.md with title, municipality and status, or move the folder out of content/",
            )),
        );
        return Err(problems);
    }
    let text = match read_text(root, &index, lang) {
        Ok(text) => text,
        Err(p) => {
            problems.push(p);
            return Err(problems);
        }
    };
    let parts = match split(&shown, &text, lang) {
        Ok(parts) => parts,
        Err(p) => {
            problems.push(p);
            return Err(problems);
        }
    };
    let front: CompactFront = match parse_yaml(parts.yaml) {
        Ok(front) => front,
        Err(e) => {
            problems.push(yaml_problem(&shown, &text, parts.yaml_offset, &e, lang));
            return Err(problems);
        }
    };
    let src = Source_ {
        file: &shown,
        text: &text,
        offset: parts.yaml_offset,
        lang,
    };
    let status_words: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
    let status = src
        .one_of(
            &front.status,
            &status_words,
            ("okänd status", "unknown status"),
            &mut problems,
        )
        .map(|i| Status::ALL[i]);
    let kind_words: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
    let kind = match &front.kind {
        None => Some(Kind::Kommun),
        Some(value) => src
            .one_of(
                value,
                &kind_words,
                ("okänd sorts överenskommelse (kind)", "unknown kind"),
                &mut problems,
            )
            .map(|i| Kind::ALL[i]),
    };
    let adopted = front
        .adopted
        .as_ref()
        .and_then(|d| src.date(d, &mut problems));
    let revised = front
        .revised
        .as_ref()
        .and_then(|d| src.date(d, &mut problems));
    let mut timeline: Vec<Event> = front
        .timeline
        .into_iter()
        .filter_map(|e| {
            src.date(&e.date, &mut problems)
                .map(|date| Event { date, text: e.text })
        })
        .collect();
    timeline.sort_by_key(|e| e.date);
    let sources = front
        .sources
        .into_iter()
        .map(|s| Source {
            date: s.date.as_ref().and_then(|d| src.date(d, &mut problems)),
            title: s.title,
            dnr: s.dnr,
            url: s.url,
        })
        .collect();
    let endorses_at = front.endorses.as_ref().map(|e| {
        src.problem(
            e,
            format!(
                "{} \"{}\"",
                tr(
                    lang,
                    "endorses pekar på en överenskommelse som inte finns:",
                    "endorses names a compact that does not exist:"
                ),
                e.value
            ),
            String::new(),
        )
    });
    let principles = load_principles(root, folder, topic_ids, lang, &mut problems);
    let (Some(status), Some(kind)) = (status, kind) else {
        return Err(problems);
    };
    if problems.has_errors() {
        return Err(problems);
    }
    let compact_folder = format!("{slug}/");
    let (body_html, body_text) = markdown::render_with_text(parts.body, Some(&compact_folder));
    Ok(LoadedCompact {
        compact: Compact {
            slug,
            title: front.title,
            municipality: front.municipality,
            kind,
            status,
            adopted,
            revised,
            decided_by: front.decided_by,
            endorses: front.endorses.map(|e| e.value.trim().to_owned()),
            summary: front.summary,
            timeline,
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
            body_html,
            body_text,
            principles,
        },
        endorses_at,
    })
}

fn check_slug(shown: &Path, slug: &str, lang: Lang, problems: &mut Problems) {
    // Principles are files, compacts are folders: name the one the editor sees.
    let what = if shown.extension().is_some() {
        tr(lang, "filnamnet", "the file name")
    } else {
        tr(lang, "mappnamnet", "the folder name")
    };
    if !is_slug(slug) {
        problems.push(
            Problem::in_file(
                shown,
                format!(
                    "{} \"{slug}\" {}",
                    what,
                    tr(
                        lang,
                        "kan inte stå i en webbadress",
                        "cannot be used in a web address"
                    )
                ),
            )
            .with_hint(format!(
                "{} {}",
                tr(
                    lang,
                    "använd små bokstäver a–z, siffror och bindestreck, till exempel",
                    "use lowercase letters a–z, digits and hyphens, for example"
                ),
                slugify(slug)
            )),
        );
    } else if RESERVED_SLUGS.contains(&slug) {
        problems.push(
            Problem::in_file(
                shown,
                format!(
                    "{} \"{slug}\" {}",
                    what,
                    tr(
                        lang,
                        "används redan av webbplatsens egna sidor",
                        "is already used by the site's own pages"
                    )
                ),
            )
            .with_hint(tr(
                lang,
                "byt namn på mappen, till exempel till kommunens namn",
                "rename the folder, for example to the municipality's name",
            )),
        );
    }
}

fn load_principles(
    root: &Path,
    folder: &Path,
    topic_ids: &HashSet<&str>,
    lang: Lang,
    problems: &mut Problems,
) -> Vec<Principle> {
    let dir = folder.join("principles");
    let files: Vec<PathBuf> = super::walk::entries(root, &dir, lang, problems)
        .into_iter()
        .filter(|e| !e.is_dir && e.path.extension().is_some_and(|x| x == "md"))
        .map(|e| e.path)
        .collect();
    let files = super::walk::one_per_slug(
        root,
        files,
        |p| p.file_stem().and_then(|n| n.to_str()),
        lang,
        problems,
    );
    let mut principles: Vec<(i64, Principle)> = files
        .iter()
        .filter_map(|path| load_principle(root, path, topic_ids, lang, problems))
        .collect();
    principles.sort_by_key(|(order, _)| *order);
    principles.into_iter().map(|(_, p)| p).collect()
}

fn load_principle(
    root: &Path,
    path: &Path,
    topic_ids: &HashSet<&str>,
    lang: Lang,
    problems: &mut Problems,
) -> Option<(i64, Principle)> {
    let shown = relative(root, path);
    let slug = path.file_stem()?.to_str()?.to_owned();
    check_slug(&shown, &slug, lang, problems);
    let text = read_text(root, path, lang)
        .map_err(|p| problems.push(p))
        .ok()?;
    let parts = split(&shown, &text, lang)
        .map_err(|p| problems.push(p))
        .ok()?;
    let front: PrincipleFront = parse_yaml(parts.yaml)
        .map_err(|e| problems.push(yaml_problem(&shown, &text, parts.yaml_offset, &e, lang)))
        .ok()?;
    let src = Source_ {
        file: &shown,
        text: &text,
        offset: parts.yaml_offset,
        lang,
    };
    let mut known: Vec<&str> = topic_ids.iter().copied().collect();
    known.sort_unstable();
    // "No topics" is said only when none was written, not when those written were wrong.
    let written = front.topics.len();
    // With no vocabulary (topics.yaml missing or broken, and said so), checking every topic
    // would only repeat that one problem in every principle.
    let topics: Vec<String> = if known.is_empty() {
        front
            .topics
            .iter()
            .map(|t| t.value.trim().to_owned())
            .collect()
    } else {
        front
            .topics
            .iter()
            .filter_map(|t| {
                src.one_of(t, &known, ("okänt ämne", "unknown topic"), problems)
                    .map(|i| known[i].to_owned())
            })
            .collect()
    };
    if written == 0 {
        problems.push(
            Problem::error(
                &shown,
                1 + parts.yaml_offset,
                0,
                tr(
                    lang,
                    "principen har inga ämnen (topics)",
                    "the principle has no topics",
                ),
            )
            .with_hint(tr(
                lang,
                "ange minst ett ämne från content/topics.yaml, till exempel topics: [dialog]",
                "give at least one topic from content/topics.yaml, for example topics: [dialog]",
            )),
        );
    }
    let compact_slug = path
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let principle_folder = format!("{compact_slug}/{slug}/");
    let (body_html, body_text) = markdown::render_with_text(parts.body, Some(&principle_folder));
    Some((
        front.order.unwrap_or(i64::MAX),
        Principle {
            slug,
            title: front.title,
            topics,
            body_markdown: parts.body.trim().to_owned(),
            body_text,
            body_html,
        },
    ))
}

/// Checks that every `endorses` names another compact, and that none goes round in a circle.
/// `folders` names every compact folder, including those that failed to load, so that a
/// problem in one compact does not also show up as a wrong `endorses` in another.
pub(super) fn check_endorsements(
    compacts: &[LoadedCompact],
    folders: &[String],
    lang: Lang,
    problems: &mut Problems,
) {
    let slugs: Vec<&str> = folders.iter().map(String::as_str).collect();
    let target = |slug: &str| compacts.iter().find(|c| c.compact.slug == slug);
    for loaded in compacts {
        let (Some(endorses), Some(problem)) = (&loaded.compact.endorses, &loaded.endorses_at)
        else {
            continue;
        };
        if *endorses == loaded.compact.slug {
            let mut itself = problem.clone();
            itself.message = tr(
                lang,
                "en överenskommelse kan inte ställa sig bakom sig själv (endorses)",
                "a compact cannot endorse itself",
            );
            problems.push(itself.with_hint(tr(
                lang,
                "skriv mappnamnet för den överenskommelse vars principer den tar som sina egna, eller ta bort endorses",
                "write the folder name of the compact whose principles it takes as its own, or remove endorses",
            )));
            continue;
        }
        if !slugs.contains(&endorses.as_str()) {
            let hint = match did_you_mean(endorses, slugs.iter().copied()) {
                Some(near) if near != loaded.compact.slug => format!(
                    "{} \"{near}\"? {}",
                    tr(lang, "menade du", "did you mean"),
                    tr(
                        lang,
                        "endorses ska vara mappnamnet för en annan överenskommelse",
                        "endorses must be the folder name of another compact"
                    )
                ),
                _ => format!(
                    "{}: {}",
                    tr(
                        lang,
                        "endorses ska vara mappnamnet för en annan överenskommelse",
                        "endorses must be the folder name of another compact"
                    ),
                    slugs.join(", ")
                ),
            };
            problems.push(problem.clone().with_hint(hint));
            continue;
        }
        let mut seen = vec![loaded.compact.slug.as_str()];
        let mut next = Some(endorses.as_str());
        while let Some(slug) = next {
            if seen.contains(&slug) {
                let mut circle = problem.clone();
                circle.message = format!(
                    "{}: {} → {slug}",
                    tr(
                        lang,
                        "endorses går i cirkel",
                        "endorses goes round in a circle"
                    ),
                    seen.join(" → ")
                );
                problems.push(circle.with_hint(tr(
                    lang,
                    "en överenskommelse kan inte, via andra, ställa sig bakom sig själv; ta bort endorses i en av dem",
                    "a compact cannot endorse itself through others; remove endorses from one of them",
                )));
                break;
            }
            seen.push(slug);
            next = target(slug).and_then(|c| c.compact.endorses.as_deref());
        }
    }
}
