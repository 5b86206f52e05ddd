//! The problems a build finds in an editor's files, and how they are shown.
//!
//! Every loader pushes [`Problem`]s into one [`Problems`] list instead of stopping at the
//! first, so one run tells the editor everything that needs fixing.

mod render;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::config::Lang;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
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

    /// A warning in `file` at `line`:`column`: allowed, but probably not what was meant.
    pub fn warning(file: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Self::error(file, line, column, message)
        }
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

    /// True when at least one problem is a warning.
    pub fn has_warnings(&self) -> bool {
        self.list.iter().any(|p| p.severity == Severity::Warning)
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
    /// hint}` for editors' tools and CI.
    pub fn to_json(self) -> String {
        #[derive(Serialize)]
        struct Entry<'a> {
            severity: Severity,
            file: String,
            line: usize,
            column: usize,
            message: &'a str,
            hint: Option<&'a str>,
        }
        let sorted = self.sorted();
        let entries: Vec<Entry<'_>> = sorted
            .iter()
            .map(|p| Entry {
                severity: p.severity,
                file: p.file.display().to_string().replace('\\', "/"),
                line: p.line,
                column: p.column,
                message: &p.message,
                hint: p.hint.as_deref(),
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

/// Reads a file as UTF-8 text, naming it in the problem when that fails. A byte-order mark
/// is dropped; a file reached through a link that leads out of the site is refused, so a
/// build never publishes a file from elsewhere on the machine.
pub fn read_text(root: &Path, path: &Path, lang: Lang) -> Result<String, Problem> {
    let shown = relative(root, path);
    outside_site(root, path, lang)?;
    let mut bytes = std::fs::read(path).map_err(|e| {
        Problem::in_file(
            &shown,
            crate::tr(lang, "kunde inte läsas", "could not be read"),
        )
        .with_hint(e.to_string())
    })?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if looks_binary(&bytes) {
        return Err(Problem::in_file(
            &shown,
            crate::tr(
                lang,
                "filen är ingen textfil (den ser ut att vara en bild, ett Word-dokument eller liknande)",
                "the file is not a text file (it looks like an image, a Word document or similar)",
            ),
        )
        .with_hint(crate::tr(
            lang,
            "skriv texten i en textredigerare och spara som .md; lägg bilder och dokument i static/",
            "write the text in a text editor and save it as .md; put images and documents in static/",
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = &bytes[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // The line as far as it can be shown: the bad byte becomes �, and the marker sits on it.
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        let lossy = String::from_utf8_lossy(&bytes[line_start..]);
        let source_line = lossy.lines().next().unwrap_or_default().to_owned();
        let mut problem = Problem::error(
            &shown,
            line,
            column,
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
        ));
        problem.source_line = Some(source_line);
        problem
    })
}

/// Text files have no NUL bytes; images, PDFs and Word documents have them early on.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8000).any(|&b| b == 0)
}

/// Refuses `path` when, through a symbolic link, it lies outside the site's folder.
pub fn outside_site(root: &Path, path: &Path, lang: Lang) -> Result<(), Problem> {
    if no_link_below(root, path) {
        return Ok(());
    }
    let (Ok(real), Ok(real_root)) = (path.canonicalize(), root.canonicalize()) else {
        // A path that cannot be resolved is reported when it is read.
        return Ok(());
    };
    if real.starts_with(&real_root) {
        return Ok(());
    }
    Err(Problem::in_file(
        &relative(root, path),
        format!(
            "{} {}",
            crate::tr(
                lang,
                "är en länk till något utanför webbplatsens mapp:",
                "is a link to something outside the site's folder:"
            ),
            real.display()
        ),
    )
    .with_hint(crate::tr(
        lang,
        "kopiera in filen eller mappen i webbplatsens mapp i stället för att länka till den",
        "copy the file or folder into the site's folder instead of linking to it",
    )))
}

/// True when `path` lies in `root` and nothing on the way down to it is a symbolic link, so
/// it cannot lead out: a few `lstat` calls instead of resolving both paths in full.
fn no_link_below(root: &Path, path: &Path) -> bool {
    let Ok(rest) = path.strip_prefix(root) else {
        return false;
    };
    let mut at = root.to_path_buf();
    rest.components().all(|part| {
        at.push(part);
        matches!(part, std::path::Component::Normal(_))
            && at
                .symlink_metadata()
                .is_ok_and(|meta| !meta.file_type().is_symlink())
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
            "  error: unknown status\n   ╭─[content/a/_index.md:2:9]\n 2 │ status: adoptd\n   ·         ──────\n   ╰────\n\n  hint: use adopted"
        );
    }

    #[test]
    fn a_problem_without_a_line_names_its_file_in_the_header() {
        let problem = Problem::in_file(Path::new("content/a"), "saknas").with_hint("gör så");
        assert_eq!(
            problem.render(Lang::Sv, false),
            "  fel: content/a: saknas\n\n  tips: gör så"
        );
    }

    #[test]
    fn a_very_long_line_is_cut_around_the_column() {
        let line = format!("title: {}", "a".repeat(100_000));
        let problem =
            Problem::warning(Path::new("a.md"), 2, 8, "long").with_source(&format!("---\n{line}"));
        let shown = problem.render(Lang::En, false);
        assert!(shown.len() < 1000, "{shown}");
        assert!(shown.contains("[a.md:2:8]"), "{shown}");
    }

    #[test]
    fn json_lists_every_field() {
        let mut problems = Problems::default();
        problems.push(Problem::warning(Path::new("a.md"), 3, 1, "m").with_hint("h"));
        let json: serde_json::Value =
            serde_json::from_str(&problems.to_json()).expect("valid json");
        assert_eq!(
            json,
            serde_json::json!([{"severity": "warning", "file": "a.md", "line": 3, "column": 1, "message": "m", "hint": "h"}])
        );
    }
}
