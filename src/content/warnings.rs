//! What is allowed but probably wrong: a build goes on, `check --deny-warnings` stops.
//!
//! The loaded [`Content`] holds no file positions, so this pass reads the files again
//! (cheap next to rendering) to point each warning at its line. It also collects every
//! Markdown link with its line, for `overens check` to resolve against the rendered pages.
//!
//! Heading rule: a page's own heading comes first, so a compact's text starts at `##` (h2,
//! under the page's h1), and a principle's text starts at `####` (h4): on the compact's page
//! it sits under the principle's h3 title. From there each heading may go at most one level
//! deeper than the one before it; going back up any number of levels is fine.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::front_matter::{position, split};
use super::{Content, Status};
use crate::config::Lang;
use crate::diagnostics::{read_text, Problem, Problems};
use crate::tr;

/// Titles longer than this do not fit in cards, tabs and search results.
pub const LONGEST_TITLE: usize = 120;

/// A link written in Markdown, with where it was written and the page it appears on.
#[derive(Debug, Clone)]
pub struct MarkdownLink {
    /// The file, relative to the site root.
    pub file: PathBuf,
    /// 1-based line and column of the link in the file.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The line's text, for the snippet.
    pub source_line: String,
    /// The folder of the page the text is published on, relative to the output root,
    /// with a trailing `/` (empty for the front page).
    pub page_folder: String,
    /// The link as written.
    pub url: String,
}

/// The warnings of a loaded site, and its Markdown links.
#[derive(Debug, Default)]
pub struct Review {
    /// Warnings, each at its line.
    pub warnings: Problems,
    /// Every Markdown link of every text.
    pub links: Vec<MarkdownLink>,
}

/// The keys whose lines warnings point at; every other key is read by the loader.
#[derive(Deserialize, Default)]
struct Spots {
    title: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
}

/// A file to review, and what the loaded content already says about it.
struct Target<'a> {
    path: PathBuf,
    /// The folder of the page its text is published on.
    page_folder: &'a str,
    /// The heading level its text starts at.
    first_heading: u8,
    /// Whether the lines of its keys are needed: the content shows a warning for one.
    spotted: bool,
}

/// One Markdown file being reviewed.
struct File<'a> {
    shown: PathBuf,
    text: &'a str,
    /// Lines of the file before the front matter's YAML.
    offset: usize,
    lang: Lang,
}

/// Reviews every file of `content`: warnings, and the links for `check`. Compacts are
/// reviewed in parallel; the result is in content order.
pub fn review(root: &Path, content: &Content, lang: Lang) -> Review {
    use rayon::prelude::*;
    let mut review = Review::default();
    let dir = root.join("content");
    let front_title = content.front.title.as_deref().is_some_and(too_long);
    let front = Target {
        path: dir.join("_index.md"),
        page_folder: "",
        first_heading: 2,
        spotted: front_title,
    };
    review_file(&front, root, lang, &mut review, |_, _| None);
    let compacts: Vec<Review> = content
        .compacts
        .par_iter()
        .map(|compact| review_compact(root, &dir, compact, lang))
        .collect();
    for part in compacts {
        review.warnings.extend(part.warnings);
        review.links.extend(part.links);
    }
    unused_topics(root, content, lang, &mut review.warnings);
    review
}

fn review_compact(root: &Path, dir: &Path, compact: &super::Compact, lang: Lang) -> Review {
    let mut review = Review::default();
    let folder = dir.join(&compact.slug);
    let page = format!("{}/", compact.slug);
    let needs_date =
        matches!(compact.status, Status::Adopted | Status::Revised) && compact.adopted.is_none();
    let index = Target {
        path: folder.join("_index.md"),
        page_folder: &page,
        first_heading: 2,
        spotted: needs_date || too_long(&compact.title),
    };
    review_file(&index, root, lang, &mut review, |file, spots| {
        spots
            .status
            .as_ref()
            .filter(|_| needs_date)
            .map(|status| file.no_adoption_date(status))
    });
    for principle in &compact.principles {
        let path = folder
            .join("principles")
            .join(format!("{}.md", principle.slug));
        let page = format!("{}/{}/", compact.slug, principle.slug);
        let empty = principle.body_markdown.trim().is_empty();
        let target = Target {
            path,
            page_folder: &page,
            first_heading: 4,
            spotted: too_long(&principle.title),
        };
        review_file(&target, root, lang, &mut review, |file, _| {
            empty.then(|| file.empty_body())
        });
    }
    review
}

fn too_long(title: &str) -> bool {
    title.chars().count() > LONGEST_TITLE
}

/// Reads one Markdown file and checks its title, its text, and `extra` (the warnings only
/// its kind of file has).
fn review_file(
    target: &Target<'_>,
    root: &Path,
    lang: Lang,
    review: &mut Review,
    extra: impl FnOnce(&File<'_>, &Spots) -> Option<Problem>,
) {
    let path = &target.path;
    // Files that cannot be read were reported by the loader; this pass only adds warnings.
    let Ok(text) = read_text(root, path, lang) else {
        return;
    };
    let shown = crate::diagnostics::relative(root, path);
    let Ok(parts) = split(&shown, &text, lang) else {
        return;
    };
    // The lines of keys are looked up only when the loaded content shows a warning for one.
    let spots: Spots = if target.spotted {
        super::front_matter::parse_yaml(parts.yaml).unwrap_or_default()
    } else {
        Spots::default()
    };
    let file = File {
        shown,
        text: &text,
        offset: parts.yaml_offset,
        lang,
    };
    if let Some(title) = &spots.title {
        if too_long(&title.value) {
            review.warnings.push(file.long_title(title));
        }
    }
    if let Some(problem) = extra(&file, &spots) {
        review.warnings.push(problem);
    }
    let body_start = text.len() - parts.body.len();
    file.markdown(
        parts.body,
        body_start,
        target.first_heading,
        target.page_folder,
        review,
    );
}

impl File<'_> {
    fn at(&self, line: usize, column: usize, message: String, hint: String) -> Problem {
        Problem::warning(&self.shown, line, column, message)
            .with_hint(hint)
            .with_source(self.text)
    }

    fn long_title(&self, title: &Spanned<String>) -> Problem {
        let (line, column) = position(title, self.offset);
        self.at(
            line,
            column,
            format!(
                "{} ({} {})",
                tr(self.lang, "titeln är mycket lång", "the title is very long"),
                title.value.chars().count(),
                tr(self.lang, "tecken", "characters"),
            ),
            tr(
                self.lang,
                "håll titeln under 120 tecken så att den får plats i listor och sökresultat; lägg resten i texten",
                "keep the title under 120 characters so it fits in lists and search results; put the rest in the text",
            ),
        )
    }

    fn no_adoption_date(&self, status: &Spanned<String>) -> Problem {
        let (line, column) = position(status, self.offset);
        self.at(
            line,
            column,
            tr(
                self.lang,
                "överenskommelsen är antagen men saknar datum (adopted)",
                "the compact is adopted but has no date (adopted)",
            ),
            tr(
                self.lang,
                "lägg till adopted: ÅÅÅÅ-MM-DD (eller bara året) för när den antogs",
                "add adopted: YYYY-MM-DD (or only the year) for when it was adopted",
            ),
        )
    }

    fn empty_body(&self) -> Problem {
        let line = self.text.lines().count().max(1);
        self.at(
            line,
            0,
            tr(
                self.lang,
                "principen har ingen text",
                "the principle has no text",
            ),
            tr(
                self.lang,
                "skriv principens text efter den andra raden med ---",
                "write the principle's text after the second --- line",
            ),
        )
    }

    /// Images without alt text, skipped heading levels, and the links for `check`.
    fn markdown(
        &self,
        body: &str,
        body_start: usize,
        first_heading: u8,
        page_folder: &str,
        review: &mut Review,
    ) {
        let mut previous = first_heading - 1;
        let mut image: Option<(usize, String)> = None;
        let options =
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
        for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
            let at = body_start + range.start;
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    let level = heading_number(level);
                    if level > previous + 1 {
                        review
                            .warnings
                            .push(self.skipped_heading(at, previous, level));
                    }
                    previous = level;
                }
                Event::Start(Tag::Image { .. }) => image = Some((at, String::new())),
                Event::Text(text) | Event::Code(text) => {
                    if let Some((_, alt)) = &mut image {
                        alt.push_str(&text);
                    }
                }
                Event::End(TagEnd::Image) => {
                    if let Some((start, alt)) = image.take() {
                        if alt.trim().is_empty() {
                            review.warnings.push(self.no_alt(start));
                        }
                    }
                }
                Event::Start(Tag::Link { dest_url, .. }) => {
                    let (line, column) = self.line_column(at);
                    review.links.push(MarkdownLink {
                        file: self.shown.clone(),
                        line,
                        column,
                        source_line: self.source_line(line),
                        page_folder: page_folder.to_owned(),
                        url: dest_url.into_string(),
                    });
                }
                _ => {}
            }
        }
    }

    fn skipped_heading(&self, at: usize, previous: u8, level: u8) -> Problem {
        let (line, column) = self.line_column(at);
        let wanted = "#".repeat(usize::from(previous + 1));
        self.at(
            line,
            column,
            format!(
                "{} h{previous} {} h{level}",
                tr(
                    self.lang,
                    "rubriknivån hoppar från",
                    "the heading level jumps from"
                ),
                tr(self.lang, "till", "to"),
            ),
            format!(
                "{} {wanted} {}",
                tr(
                    self.lang,
                    "skärmläsare navigerar efter rubrikerna; skriv",
                    "screen readers navigate by headings; write"
                ),
                tr(
                    self.lang,
                    "här (en överenskommelses text börjar på ##, en princips på ####)",
                    "here (a compact's text starts at ##, a principle's at ####)"
                ),
            ),
        )
    }

    fn no_alt(&self, at: usize) -> Problem {
        let (line, column) = self.line_column(at);
        self.at(
            line,
            column,
            tr(
                self.lang,
                "bilden saknar alternativtext",
                "the image has no alt text",
            ),
            tr(
                self.lang,
                "beskriv bilden mellan hakparenteserna: ![Kommunens logotyp](logo.png)",
                "describe the image between the brackets: ![The municipality's logo](logo.png)",
            ),
        )
    }

    /// 1-based line and column (in characters) of byte `at` of the file.
    fn line_column(&self, at: usize) -> (usize, usize) {
        let before = &self.text[..at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    fn source_line(&self, line: usize) -> String {
        self.text
            .lines()
            .nth(line - 1)
            .unwrap_or_default()
            .to_owned()
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Topics in `topics.yaml` that no principle uses, at their line.
fn unused_topics(root: &Path, content: &Content, lang: Lang, warnings: &mut Problems) {
    #[derive(Deserialize)]
    struct Entry {
        id: Spanned<String>,
    }
    let used: HashSet<&str> = content
        .compacts
        .iter()
        .flat_map(|c| &c.principles)
        .flat_map(|p| &p.topics)
        .map(String::as_str)
        .collect();
    let path = root.join("content").join("topics.yaml");
    let Ok(text) = read_text(root, &path, lang) else {
        return;
    };
    let entries: Vec<Entry> = super::front_matter::parse_yaml(&text).unwrap_or_default();
    let shown = crate::diagnostics::relative(root, &path);
    for entry in entries
        .iter()
        .filter(|e| !used.contains(e.id.value.as_str()))
    {
        let (line, column) = position(&entry.id, 0);
        warnings.push(
            Problem::warning(
                &shown,
                line,
                column,
                format!(
                    "{} \"{}\"",
                    tr(
                        lang,
                        "ingen princip använder ämnet",
                        "no principle uses the topic"
                    ),
                    entry.id.value
                ),
            )
            .with_hint(tr(
                lang,
                "ange ämnet under topics i en princip, eller ta bort det ur topics.yaml",
                "list the topic under topics in a principle, or remove it from topics.yaml",
            ))
            .with_source(&text),
        );
    }
}
