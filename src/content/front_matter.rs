//! Splitting a Markdown file into its YAML front matter and body, and reading a file whose
//! front matter may be left empty.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::{Problem, Problems};
use crate::files::{read_text, relative};
use crate::messages as m;
use crate::yaml::parse_all;

/// A Markdown file read whole, with its settings parsed.
pub(super) struct Read<T> {
    /// The settings; their defaults when the front matter is empty.
    pub(super) front: T,
    /// The whole file.
    pub(super) text: String,
    /// How many lines come before the YAML.
    pub(super) yaml_offset: usize,
    /// Where the body starts, in bytes.
    pub(super) body_start: usize,
}

/// Reads the Markdown file at `path`, whose front matter may be empty (`---` then `---`):
/// every problem goes into `problems`, and there is nothing to read when one stops it.
pub(super) fn read_optional<T: DeserializeOwned + Default>(
    root: &Path,
    path: &Path,
    problems: &mut Problems,
) -> Option<Read<T>> {
    read(root, path, problems, Some(T::default))
}

/// Reads the Markdown file at `path`, whose front matter must give its required settings.
pub(super) fn read_front<T: DeserializeOwned>(
    root: &Path,
    path: &Path,
    problems: &mut Problems,
) -> Option<Read<T>> {
    read(root, path, problems, None)
}

/// Reads the file, its settings from `empty` when the front matter is empty and it is given.
fn read<T: DeserializeOwned>(
    root: &Path,
    path: &Path,
    problems: &mut Problems,
    empty: Option<fn() -> T>,
) -> Option<Read<T>> {
    let shown = relative(root, path);
    let text = read_text(root, path).map_err(|p| problems.push(p)).ok()?;
    let parts = split(&shown, &text).map_err(|p| problems.push(p)).ok()?;
    let front = match empty {
        Some(default) if parts.yaml.trim().is_empty() => default(),
        _ => {
            let (front, found) = parse_all::<T>(parts.yaml, &shown, &text, parts.yaml_offset);
            problems.extend(found);
            front?
        }
    };
    let (yaml_offset, body_start) = (parts.yaml_offset, text.len() - parts.body.len());
    Some(Read {
        front,
        text,
        yaml_offset,
        body_start,
    })
}

/// A Markdown file cut in two.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Split<'a> {
    /// The YAML between the `---` lines.
    pub(crate) yaml: &'a str,
    /// How many lines of the file come before the YAML (the opening `---`).
    pub(crate) yaml_offset: usize,
    /// The Markdown after the closing `---`.
    pub(crate) body: &'a str,
}

/// Cuts `text` at its `---` lines. The error names the line the editor should look at.
pub(crate) fn split<'a>(file: &Path, text: &'a str) -> Result<Split<'a>, Problem> {
    if text.trim().is_empty() {
        return Err(
            Problem::in_file(file, m::FILE_EMPTY).with_hint(m::WRITE_SETTINGS_BETWEEN_TWO_LINES)
        );
    }
    let first_line = text.lines().next().unwrap_or("");
    if first_line.trim_end() != "---" {
        if looks_like_dashes(first_line) {
            return Err(not_dashes(file, text, 1, first_line));
        }
        return Err(Problem::error(file, 1, 1, m::FILE_DOES_NOT_START_FRONT)
            .with_hint(m::START_FILE_THEN_SETTINGS_EXAMPLE)
            .with_source(text));
    }
    let yaml_start = first_line.len() + newline_len(text, first_line.len());
    let mut offset = yaml_start;
    for (index, line) in text[yaml_start..].split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_offset: 1,
                body: &text[offset + line.len()..],
            });
        }
        if looks_like_dashes(line) {
            // Meant as the end of the settings: no setting is a line of dashes.
            return Err(not_dashes(file, text, index + 2, line));
        }
        offset += line.len();
    }
    Err(
        Problem::error(file, 1, 1, m::FRONT_MATTER_NEVER_CLOSED_LINE)
            .with_hint(m::ADD_LINE_ONLY_BETWEEN_SETTINGS)
            .with_source(text),
    )
}

/// A line of nothing but dashes or underscores that is not `---`: what Word makes of it
/// (`—`, `–––`), or a line drawn with `___`.
fn looks_like_dashes(line: &str) -> bool {
    let line: String = line.trim().chars().filter(|c| *c != ' ').collect();
    !line.is_empty()
        && line != "---"
        && line.chars().all(|c| "-_—–‒―‐‑−".contains(c))
        && line.chars().any(|c| c != '-')
}

/// The problem of a line meant as `---`, at 1-based `line`.
fn not_dashes(file: &Path, text: &str, line: usize, written: &str) -> Problem {
    Problem::error(
        file,
        line,
        1,
        m::SETTINGS_LINE_NOT_DASHES.with(&[&written.trim()]),
    )
    .with_hint(m::SETTINGS_LINE_NOT_DASHES_HINT)
    .with_source(text)
}

fn newline_len(text: &str, at: usize) -> usize {
    if text[at..].starts_with("\r\n") {
        2
    } else if text[at..].starts_with('\n') {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn splits_front_matter_and_body() {
        let text = "---\ntitle: A\n---\nBody\n";
        let split = split(Path::new("a.md"), text).expect("valid");
        assert_eq!(split.yaml, "title: A\n");
        assert_eq!(split.body, "Body\n");
        assert_eq!(split.yaml_offset, 1);
    }

    #[test]
    fn accepts_windows_line_ends() {
        let text = "---\r\ntitle: A\r\n---\r\nBody\r\n";
        let split = split(Path::new("a.md"), text).expect("valid");
        assert_eq!(split.yaml, "title: A\r\n");
        assert_eq!(split.body, "Body\r\n");
    }

    #[test]
    fn unclosed_front_matter_is_a_problem() {
        let problem = split(Path::new("a.md"), "---\ntitle: A\nBody\n").expect_err("unclosed");
        assert!(
            problem.message.text(Lang::En).contains("never end"),
            "{:?}",
            problem.message
        );
    }

    #[test]
    fn missing_front_matter_is_a_problem() {
        let problem = split(Path::new("a.md"), "# Title\n").expect_err("missing");
        assert_eq!(problem.line, 1);
        assert!(problem.message.text(Lang::Sv).contains("inställningarna"));
    }

    #[test]
    fn a_dash_from_word_in_place_of_three_is_named() {
        for (text, line) in [
            ("\u{2014}\ntitle: A\n---\nText\n", 1),
            ("---\ntitle: A\n\u{2013}\u{2013}\u{2013}\nText\n", 3),
            ("---\r\ntitle: A\r\n___\r\nText\r\n", 3),
        ] {
            let problem = split(Path::new("a.md"), text).expect_err("not ---");
            assert_eq!(problem.line, line, "{text:?}");
            let said = problem.message.text(Lang::Sv);
            assert!(said.contains("tre bindestreck"), "{said}");
        }
        // A line of dashes in the text is the text's own.
        assert!(split(Path::new("a.md"), "---\ntitle: A\n---\n\u{2014}\n").is_ok());
    }
}
