//! One file of content being read: its name as the editor knows it, its text, and where its
//! YAML starts, so that every problem found in it, error or warning, points at its line.

use std::path::{Path, PathBuf};

use serde_saphyr::Spanned;

use super::date::{PartialDate, RawDate};
use super::model::{MarkdownLink, Review};
use crate::diagnostics::{did_you_mean, Problem, Problems};
use crate::markdown::Findings;
use crate::messages::{tr, Lang};
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
    pub(super) lang: Lang,
}

impl<'a> SourceFile<'a> {
    pub(super) fn new(shown: &Path, text: &'a str, offset: usize, lang: Lang) -> SourceFile<'a> {
        SourceFile {
            shown: shown.to_path_buf(),
            text,
            offset,
            lang,
        }
    }

    /// An error at a value of the front matter.
    pub(super) fn error<T>(&self, value: &Spanned<T>, message: String, hint: String) -> Problem {
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
        message: String,
        hint: String,
    ) -> Problem {
        Problem::warning(&self.shown, line, column, message)
            .with_hint(hint)
            .with_source(self.text)
    }

    /// Checks that a value is one of `allowed`, suggesting the nearest when it is not.
    pub(super) fn one_of(
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
        problems.push(self.error(value, message, hint));
        None
    }

    /// Reads a date, or says how dates are written.
    pub(super) fn date(
        &self,
        value: &Spanned<RawDate>,
        problems: &mut Problems,
    ) -> Option<PartialDate> {
        let parsed = PartialDate::parse(&value.value.0);
        if parsed.is_none() {
            problems.push(self.error(
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

    /// Warns about a title too long for cards and search results.
    pub(super) fn long_title(&self, title: &Spanned<String>, review: &mut Review) {
        let count = title.value.chars().count();
        if count <= LONGEST_TITLE {
            return;
        }
        let (line, column) = position(title, self.offset);
        review.warnings.push(self.warning_at(
            line,
            column,
            format!(
                "{} ({count} {})",
                tr(self.lang, "titeln är mycket lång", "the title is very long"),
                tr(self.lang, "tecken", "characters"),
            ),
            tr(
                self.lang,
                "håll titeln under 120 tecken så att den får plats i listor och sökresultat; lägg resten i texten",
                "keep the title under 120 characters so it fits in lists and search results; put the rest in the text",
            ),
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
                    tr(self.lang, "bilden saknar alternativtext", "the image has no alt text"),
                    tr(
                        self.lang,
                        "beskriv bilden mellan hakparenteserna: ![Kommunens logotyp](logo.png)",
                        "describe the image between the brackets: ![The municipality's logo](logo.png)",
                    ),
                )),
                Finding::Unsafe(url) => review.warnings.push(self.warning_at(
                    line,
                    column,
                    format!(
                        "{} {url}",
                        tr(
                            self.lang,
                            "länken visas som text, utan länk, eftersom den inte leder till en webbsida, e-post eller telefon:",
                            "the link is shown as text, without a link, since it leads to no web page, e-mail or telephone:"
                        )
                    ),
                    tr(
                        self.lang,
                        "länka bara till adresser som börjar med https://, http://, mailto: eller tel:, eller till sidor på webbplatsen",
                        "link only to addresses starting with https://, http://, mailto: or tel:, or to pages of the site",
                    ),
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

    /// 1-based line and column (in characters) of byte `at` of the file.
    pub(super) fn line_column(&self, at: usize) -> (usize, usize) {
        let before = &self.text[..at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}

enum Finding {
    Heading(u8),
    NoAlt,
    Unsafe(String),
}
