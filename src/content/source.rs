//! One file of content being read: its name as the editor knows it, its text, and where its
//! YAML starts, so that every problem found in it, error or warning, points at its line.

use std::path::{Path, PathBuf};

use serde_saphyr::Spanned;

use super::model::{MarkdownLink, Review};
use crate::date::{PartialDate, RawDate};
use crate::diagnostics::{did_you_mean, Problem, Problems};
use crate::markdown::Findings;
use crate::messages::{self as m, Message};
use crate::yaml::position;

/// Titles longer than this do not fit in cards, tabs and search results.
pub(crate) const LONGEST_TITLE: usize = 120;

/// A file being read.
pub(super) struct SourceFile<'a> {
    /// The file, relative to the site root.
    pub(super) shown: PathBuf,
    /// Its whole text.
    pub(super) text: &'a str,
    /// Lines of the file before its YAML (1 for front matter, 0 for a YAML file).
    pub(super) offset: usize,
}

impl<'a> SourceFile<'a> {
    pub(super) fn new(shown: &Path, text: &'a str, offset: usize) -> SourceFile<'a> {
        SourceFile {
            shown: shown.to_path_buf(),
            text,
            offset,
        }
    }

    /// An error at a value of the front matter.
    pub(super) fn error<T>(
        &self,
        value: &Spanned<T>,
        message: impl Into<Message>,
        hint: impl Into<Message>,
    ) -> Problem {
        let (line, column) = position(value, self.offset);
        Problem::error(&self.shown, line, column, message)
            .with_hint(hint)
            .with_source(self.text)
    }

    /// A warning at a line and column of the file.
    pub(super) fn warning_at(
        &self,
        line: usize,
        column: usize,
        message: impl Into<Message>,
        hint: impl Into<Message>,
    ) -> Problem {
        Problem::warning(&self.shown, line, column, message)
            .with_hint(hint)
            .with_source(self.text)
    }

    /// Checks that a value is one of `allowed`, suggesting the nearest when it is not: by
    /// spelling, or by another name for it in `aliases` (a Swedish word, a topic's name),
    /// each with the place in `allowed` it stands for.
    pub(super) fn one_of(
        &self,
        value: &Spanned<String>,
        allowed: &[&str],
        aliases: &[(&str, usize)],
        what: m::Msg,
        problems: &mut Problems,
    ) -> Option<usize> {
        let word = value.value.trim();
        if let Some(index) = allowed.iter().position(|a| *a == word) {
            return Some(index);
        }
        let list = allowed.join(", ");
        let folded = super::slugify(word);
        let by_alias = || {
            aliases
                .iter()
                .find(|(alias, _)| super::slugify(alias) == folded)
                .or_else(|| {
                    // The first word of a longer name: "Öppenhet" for "Öppenhet och insyn".
                    let words = folded.chars().count() >= 4;
                    aliases.iter().find(|(alias, _)| {
                        words && super::slugify(alias).starts_with(&format!("{folded}-"))
                    })
                })
                .or_else(|| {
                    let near = did_you_mean(word, aliases.iter().map(|(a, _)| *a))?;
                    aliases.iter().find(|(alias, _)| *alias == near)
                })
                .map(|&(_, index)| allowed[index])
        };
        let near = did_you_mean(word, allowed.iter().copied()).or_else(by_alias);
        let hint = match near {
            Some(near) => m::DID_YOU_MEAN_VALUE.with(&[&near, &list]),
            None => m::ALLOWED_VALUES.with(&[&list]),
        };
        problems.push(self.error(value, what.with(&[&word]), hint));
        None
    }

    /// Reads a date, or says how dates are written.
    pub(super) fn date(
        &self,
        value: &Spanned<RawDate>,
        problems: &mut Problems,
    ) -> Option<PartialDate> {
        crate::date::read(&value.value)
            .map_err(|(message, hint)| problems.push(self.error(value, message, hint)))
            .ok()
    }

    /// Warns about a title in quotation marks, which the site would show, and one too long
    /// for cards and search results.
    pub(super) fn title(&self, title: &Spanned<String>, review: &mut Review) {
        let (line, column) = position(title, self.offset);
        if is_quoted(&title.value) {
            review.warnings.push(self.warning_at(
                line,
                column,
                m::TITLE_IN_QUOTES.with(&[&title.value]),
                m::REMOVE_TITLE_QUOTES,
            ));
        }
        let count = title.value.chars().count();
        if count <= LONGEST_TITLE {
            return;
        }
        review.warnings.push(self.warning_at(
            line,
            column,
            m::TITLE_VERY_LONG.with(&[&count]),
            m::KEEP_TITLE_UNDER_120_CHARACTERS,
        ));
    }

    /// The warnings of a Markdown text starting at byte `body_start` of the file, whose
    /// first heading may be `first_heading` (2 under a page's h1, 4 under a principle's h3),
    /// and its links, shown on the page in site folder `page_folder`.
    pub(super) fn markdown(
        &self,
        findings: Findings,
        body_start: usize,
        first_heading: u8,
        page_folder: &str,
        review: &mut Review,
    ) {
        let mut previous = first_heading - 1;
        let mut events: Vec<(usize, Finding)> = findings
            .headings
            .into_iter()
            .map(|(at, level)| (at, Finding::Heading(level)))
            .chain(
                findings
                    .images_without_alt
                    .into_iter()
                    .map(|at| (at, Finding::NoAlt)),
            )
            .chain(
                findings
                    .unsafe_links
                    .into_iter()
                    .map(|(at, url)| (at, Finding::Unsafe(url))),
            )
            .chain(
                findings
                    .indented
                    .into_iter()
                    .map(|at| (at, Finding::Indented)),
            )
            .collect();
        events.sort_by_key(|(at, _)| *at);
        for (at, finding) in events {
            let (line, column) = self.line_column(body_start + at);
            match finding {
                Finding::Heading(level) => {
                    if level > previous + 1 {
                        review
                            .warnings
                            .push(self.skipped_heading(line, column, previous, level));
                    }
                    previous = level;
                }
                Finding::NoAlt => review.warnings.push(self.warning_at(
                    line,
                    column,
                    m::IMAGE_HAS_NO_ALT_TEXT,
                    m::DESCRIBE_IMAGE_BETWEEN_BRACKETS_MUNICIPALITY,
                )),
                Finding::Unsafe(url) => review.warnings.push(self.warning_at(
                    line,
                    column,
                    m::LINK_SHOWN_TEXT_WITHOUT_LINK.with(&[&url]),
                    m::LINK_ONLY_ADDRESSES_STARTING_HTTPS,
                )),
                Finding::Indented => review.warnings.push(self.warning_at(
                    line,
                    1,
                    m::PARAGRAPH_PREFORMATTED,
                    m::PARAGRAPH_PREFORMATTED_HINT,
                )),
            }
        }
        for (at, url) in findings.links {
            let (line, column) = self.line_column(body_start + at);
            review.links.push(MarkdownLink {
                file: self.shown.clone(),
                line,
                column,
                source_line: self
                    .text
                    .lines()
                    .nth(line - 1)
                    .unwrap_or_default()
                    .to_owned(),
                page_folder: page_folder.to_owned(),
                url,
            });
        }
    }

    fn skipped_heading(&self, line: usize, column: usize, previous: u8, level: u8) -> Problem {
        let wanted = "#".repeat(usize::from(previous + 1));
        self.warning_at(
            line,
            column,
            m::HEADING_LEVEL_JUMPS.with(&[&previous, &level]),
            m::SCREEN_READERS_NAVIGATE_HEADINGS_WRITE.with(&[&wanted]),
        )
    }

    /// Warns about text left from the templates of `overens new` and `overens init`, which
    /// stands in for the editor's own.
    pub(super) fn template_text(&self, review: &mut Review) {
        for sentence in TEMPLATE_TEXT {
            for (at, _) in self.text.match_indices(sentence) {
                let (line, column) = self.line_column(at);
                review.warnings.push(self.warning_at(
                    line,
                    column,
                    m::TEMPLATE_TEXT_LEFT.with(&[&sentence]),
                    m::WRITE_OWN_TEXT,
                ));
            }
        }
    }

    /// 1-based line and column (in characters) of byte `at` of the file.
    pub(super) fn line_column(&self, at: usize) -> (usize, usize) {
        let before = &self.text[..at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}

/// True when the whole of `text` stands in quotation marks, straight or typographic.
fn is_quoted(text: &str) -> bool {
    const MARKS: [char; 8] = ['"', '\'', '”', '“', '„', '«', '»', '’'];
    let mut chars = text.trim().chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    MARKS.contains(&first) && MARKS.contains(&last)
}

/// What the templates of `overens new` and `overens init` write in place of the editor's
/// text, for the templates to use and for checks to find where it was left.
pub(crate) const TEMPLATE_TEXT: [&str; 8] = [
    PLACEHOLDER_COMPACT_TEXT,
    PLACEHOLDER_BACKGROUND,
    PLACEHOLDER_SUMMARY,
    PLACEHOLDER_EVENT,
    PLACEHOLDER_PRINCIPLE_TITLE,
    PLACEHOLDER_PRINCIPLE_TEXT,
    PLACEHOLDER_MUNICIPALITY,
    PLACEHOLDER_TOPICS,
];
/// The compact's text in `overens new`.
pub(crate) const PLACEHOLDER_COMPACT_TEXT: &str = "Här skriver du överenskommelsens text.";
/// The background section in `overens new`.
pub(crate) const PLACEHOLDER_BACKGROUND: &str =
    "Berätta hur arbetet kom till och vilka som är med.";
/// The summary in `overens new`.
pub(crate) const PLACEHOLDER_SUMMARY: &str = "Skriv en eller två meningar om överenskommelsen.";
/// The first event in `overens new`.
pub(crate) const PLACEHOLDER_EVENT: &str = "Skriv vad som hände.";
/// The example principle's title in `overens new`.
pub(crate) const PLACEHOLDER_PRINCIPLE_TITLE: &str = "Exempelprincip";
/// The example principle's text in `overens new`.
pub(crate) const PLACEHOLDER_PRINCIPLE_TEXT: &str = "Här skriver du principens text.";
/// The municipality, when `overens import` cannot tell it from the document.
pub(crate) const PLACEHOLDER_MUNICIPALITY: &str = "Skriv kommunens eller regionens namn";
/// Above a principle's topics, when `overens import` cannot tell them from its title.
pub(crate) const PLACEHOLDER_TOPICS: &str =
    "Välj principens ämnen ur content/topics.yaml och ta sedan bort den här raden.";
enum Finding {
    Heading(u8),
    NoAlt,
    Unsafe(String),
    Indented,
}
