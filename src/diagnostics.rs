//! The problems a build finds in an editor's files, and how they are shown.
//!
//! Every loader pushes [`Problem`]s into one [`Problems`] list instead of stopping at the
//! first, so one run tells the editor everything that needs fixing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::config::Lang;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The build cannot go on.
    Error,
    /// Allowed, but probably not what the editor meant.
    Warning,
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
    /// One sentence: what is wrong.
    pub message: String,
    /// What to do about it, if we can say.
    pub hint: Option<String>,
    /// The offending line of the file, for the snippet.
    pub source_line: Option<String>,
}

impl Problem {
    /// An error in `file` at `line`:`column`.
    pub fn error(file: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            column,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    /// An error about a whole file.
    pub fn in_file(file: &Path, message: impl Into<String>) -> Self {
        Self::error(file, 0, 0, message)
    }

    /// Adds what the editor can do about it.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds the text of the offending line, taken from the whole file's `text`.
    pub fn with_source(mut self, text: &str) -> Self {
        if self.line > 0 {
            self.source_line = text.lines().nth(self.line - 1).map(str::to_owned);
        }
        self
    }

    /// Renders the problem as the terminal shows it, with a marker under the column.
    pub fn render(&self, lang: Lang, colour: bool) -> String {
        let (label, paint) = match (self.severity, lang) {
            (Severity::Error, Lang::Sv) => ("fel", "\x1b[1;31m"),
            (Severity::Error, Lang::En) => ("error", "\x1b[1;31m"),
            (Severity::Warning, Lang::Sv) => ("varning", "\x1b[1;33m"),
            (Severity::Warning, Lang::En) => ("warning", "\x1b[1;33m"),
        };
        let (on, off) = if colour { (paint, "\x1b[0m") } else { ("", "") };
        let mut out = format!("{on}{label}{off}: {}", self.location());
        let _ = write!(out, ": {}", self.message);
        if let Some(source) = &self.source_line {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let _ = write!(out, "\n {pad} |\n {number} | {source}");
            if self.column > 0 {
                let indent: String = source
                    .chars()
                    .take(self.column - 1)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = write!(out, "\n {pad} | {indent}{on}^{off}");
            }
        }
        if let Some(hint) = &self.hint {
            let word = match lang {
                Lang::Sv => "tips",
                Lang::En => "hint",
            };
            let _ = write!(out, "\n  = {word}: {hint}");
        }
        out
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
#[derive(Debug, Default, Clone)]
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

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
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
        let errors = sorted
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        let warnings = sorted.len() - errors;
        let mut out = String::new();
        for problem in &sorted {
            out.push_str(&problem.render(lang, colour));
            out.push_str("\n\n");
        }
        let summary = match lang {
            Lang::Sv => format!(
                "{errors} fel och {warnings} {}",
                if warnings == 1 {
                    "varning"
                } else {
                    "varningar"
                }
            ),
            Lang::En => format!(
                "{errors} {} and {warnings} {}",
                if errors == 1 { "error" } else { "errors" },
                if warnings == 1 { "warning" } else { "warnings" }
            ),
        };
        out.push_str(&summary);
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
    #[error("{0}")]
    Io(String),
}

impl From<Problems> for BuildError {
    fn from(problems: Problems) -> Self {
        BuildError::Content(problems)
    }
}

/// Reads a file as UTF-8 text, naming it in the problem when that fails.
pub fn read_text(root: &Path, path: &Path, lang: Lang) -> Result<String, Problem> {
    let shown = relative(root, path);
    let bytes = std::fs::read(path).map_err(|e| {
        Problem::in_file(
            &shown,
            crate::tr(lang, "kunde inte läsas", "could not be read"),
        )
        .with_hint(e.to_string())
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let line = bytes[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        Problem::error(
            &shown,
            line,
            0,
            crate::tr(
                lang,
                "filen är inte sparad som UTF-8",
                "the file is not saved as UTF-8",
            ),
        )
        .with_hint(crate::tr(
            lang,
            "spara filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8)",
            "save the file as UTF-8 (in your editor: Save as → Encoding: UTF-8)",
        ))
    })
}

/// The path as the editor knows it: relative to the site root when inside it.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// The candidate closest to `word`, if it is close enough to be a likely misspelling.
pub fn did_you_mean<'a>(
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
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let topics = ["langsiktighet", "dialog", "mangfald"];
        assert_eq!(did_you_mean("långsiktighet", topics), Some("langsiktighet"));
        assert_eq!(did_you_mean("dialgo", topics), Some("dialog"));
        assert_eq!(did_you_mean("ekonomi", topics), None);
    }

    #[test]
    fn renders_file_line_marker_and_hint() {
        let problem = Problem::error(Path::new("content/a/_index.md"), 2, 9, "unknown status")
            .with_hint("use adopted")
            .with_source("---\nstatus: adoptd\n");
        assert_eq!(
            problem.render(Lang::En, false),
            "error: content/a/_index.md:2:9: unknown status\n   |\n 2 | status: adoptd\n   |         ^\n  = hint: use adopted"
        );
    }
}
