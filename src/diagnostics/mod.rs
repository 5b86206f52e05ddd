//! The problems a build finds in an editor's files, and how they are shown.
//!
//! Every loader pushes [`Problem`]s into one [`Problems`] list instead of stopping at the
//! first, so one run tells the editor everything that needs fixing.

mod render;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::messages::{self as m, Lang, Message};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot go on.
    Error,
    /// Allowed, but probably not what the editor meant.
    Warning,
    /// Read right, and worth knowing: it never fails a check, not even with
    /// `--deny-warnings`.
    Note,
}

/// One thing wrong in one file, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the site root when it lies inside it.
    pub file: PathBuf,
    /// 1-based line, 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// How many characters from the column the marker covers; 0 lets the snippet find the
    /// value or word that starts there.
    pub width: usize,
    /// One sentence: what is wrong, in no language until it is shown.
    pub message: Message,
    /// What to do about it, if we can say.
    pub hint: Option<Message>,
    /// The offending line of the file, for the snippet.
    pub source_line: Option<String>,
}

impl Problem {
    /// An error in `file` at `line`:`column`.
    pub fn error(file: &Path, line: usize, column: usize, message: impl Into<Message>) -> Self {
        Problem {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            column,
            width: 0,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    /// An error about a whole file.
    pub fn in_file(file: &Path, message: impl Into<Message>) -> Self {
        Self::error(file, 0, 0, message)
    }

    /// A warning in `file` at `line`:`column`: allowed, but probably not what was meant.
    pub fn warning(file: &Path, line: usize, column: usize, message: impl Into<Message>) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Self::error(file, line, column, message)
        }
    }

    /// The same problem, as a warning.
    pub fn as_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same problem, as a note: something read right that the editor should know.
    pub fn as_note(mut self) -> Self {
        self.severity = Severity::Note;
        self
    }

    /// Adds what the editor can do about it.
    pub fn with_hint(mut self, hint: impl Into<Message>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Marks `width` characters from the column: the whole value that is wrong.
    pub fn with_width(mut self, width: usize) -> Self {
        self.width = width;
        self
    }

    /// Adds the text of the offending line, taken from the whole file's `text`.
    pub fn with_source(mut self, text: &str) -> Self {
        if self.line > 0 {
            self.source_line = text.lines().nth(self.line - 1).map(str::to_owned);
        }
        self
    }

    /// Renders the problem as the terminal shows it: the message, the offending line with
    /// a marker under the column, and the hint.
    pub fn render(&self, lang: Lang, colour: bool) -> String {
        render::problem(self, lang, colour)
    }

    /// `file:line:column`, leaving out what is unknown.
    pub fn location(&self) -> String {
        let file = self.file.display();
        match (self.line, self.column) {
            (0, _) => format!("{file}"),
            (line, 0) => format!("{file}:{line}"),
            (line, column) => format!("{file}:{line}:{column}"),
        }
    }
}

/// Every problem one run found, in the order files were read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// Records a problem.
    pub fn push(&mut self, problem: Problem) {
        self.list.push(problem);
    }

    /// Takes over every problem of `other`.
    pub fn extend(&mut self, other: Problems) {
        self.list.extend(other.list);
    }

    /// True when at least one problem stops the build.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|p| p.severity == Severity::Error)
    }

    /// True when at least one problem is a warning.
    pub fn has_warnings(&self) -> bool {
        self.list.iter().any(|p| p.severity == Severity::Warning)
    }

    /// Takes the problems out, leaving none.
    pub fn take(&mut self) -> Problems {
        std::mem::take(self)
    }

    /// The problems of `other` that are warnings or notes, added to these.
    pub fn warnings_of(&mut self, other: &Problems) {
        self.list.extend(
            other
                .list
                .iter()
                .filter(|p| p.severity != Severity::Error)
                .cloned(),
        );
    }

    /// Takes over the problems of `other`: its warnings and notes into `warnings`, its
    /// errors here.
    pub fn split_into(&mut self, other: Problems, warnings: &mut Problems) {
        for problem in other.list {
            match problem.severity {
                Severity::Error => self.push(problem),
                Severity::Warning | Severity::Note => warnings.push(problem),
            }
        }
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.list.iter()
    }

    /// The problems, sorted, as a JSON array of `{severity, file, line, column, message,
    /// hint}` in `lang`, for editors' tools and CI.
    pub fn to_json(self, lang: Lang) -> String {
        #[derive(Serialize)]
        struct Entry {
            severity: Severity,
            file: String,
            line: usize,
            column: usize,
            message: String,
            hint: Option<String>,
        }
        let sorted = self.sorted();
        let entries: Vec<Entry> = sorted
            .iter()
            .map(|p| Entry {
                severity: p.severity,
                file: p.file.display().to_string().replace('\\', "/"),
                line: p.line,
                column: p.column,
                message: p.message.text(lang),
                hint: p.hint.as_ref().map(|h| h.text(lang)),
            })
            .collect();
        serde_json::to_string_pretty(&entries).unwrap_or_else(|_| "[]".to_owned())
    }

    /// The problems sorted by file, line and column.
    pub fn sorted(mut self) -> Vec<Problem> {
        self.list.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
        });
        self.list.dedup();
        self.list
    }

    /// Renders every problem and a count at the end.
    pub fn render(self, lang: Lang, colour: bool) -> String {
        let sorted = self.sorted();
        let count = |severity| sorted.iter().filter(|p| p.severity == severity).count();
        let (errors, warnings, notes) = (
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Note),
        );
        let mut out = String::new();
        for problem in &sorted {
            out.push_str(&problem.render(lang, colour));
            out.push_str("\n\n");
        }
        let errors_word = if errors == 1 { m::ERROR } else { m::ERRORS };
        let warnings_word = if warnings == 1 {
            m::WARNING
        } else {
            m::WARNINGS
        };
        let count = match notes {
            0 => m::ERRORS_AND_WARNINGS.with(&[&errors, &errors_word, &warnings, &warnings_word]),
            _ => {
                let notes_word = if notes == 1 { m::NOTE } else { m::NOTES };
                m::ERRORS_WARNINGS_AND_NOTES.with(&[
                    &errors,
                    &errors_word,
                    &warnings,
                    &warnings_word,
                    &notes,
                    &notes_word,
                ])
            }
        };
        out.push_str(&count.text(lang));
        out
    }
}

/// A failed build: the problems found, for the command line to show.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Problems in the editor's files.
    #[error("the site has problems")]
    Content(Problems),
    /// Something around the files went wrong (a folder could not be written, …).
    #[error("the output could not be written")]
    Io(Message),
}

impl From<Problem> for Problems {
    fn from(problem: Problem) -> Self {
        Problems {
            list: vec![problem],
        }
    }
}

impl From<Problems> for BuildError {
    fn from(problems: Problems) -> Self {
        BuildError::Content(problems)
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely misspelling.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (distance(&word, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= allowed_distance(c.chars().count()))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// How many edits still make a likely misspelling of a word this long.
fn allowed_distance(length: usize) -> usize {
    match length {
        0..=3 => 1,
        _ => (length / 3).max(2),
    }
}

/// Levenshtein distance, counted in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
