//! Splitting a Markdown file into its YAML front matter and body, and parsing YAML with
//! positions that point into the whole file, not into the front matter block.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{MessageFormatter, Spanned};

use crate::config::Lang;
use crate::diagnostics::Problem;
use crate::tr;

/// A Markdown file cut in two.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    /// The YAML between the `---` lines.
    pub yaml: &'a str,
    /// How many lines of the file come before the YAML (the opening `---`).
    pub yaml_offset: usize,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
}

/// Cuts `text` at its `---` lines. The error names the line the editor should look at.
pub fn split<'a>(file: &Path, text: &'a str, lang: Lang) -> Result<Split<'a>, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::in_file(file, tr(lang, "filen är tom", "the file is empty"))
            .with_hint(tr(
                lang,
                "skriv inställningarna mellan två rader med ---, och texten efter, eller ta bort filen",
                "write the settings between two --- lines and the text after them, or remove the file",
            )));
    }
    let first_line = text.lines().next().unwrap_or("");
    if first_line.trim_end() != "---" {
        return Err(Problem::error(
            file,
            1,
            1,
            tr(
                lang,
                "filen börjar inte med front matter (en rad med bara ---)",
                "the file does not start with front matter (a line with only ---)",
            ),
        )
        .with_hint(tr(
            lang,
            "börja filen med ---, sedan inställningarna (till exempel title: …), sedan --- igen",
            "start the file with ---, then the settings (for example title: …), then --- again",
        ))
        .with_source(text));
    }
    let yaml_start = first_line.len() + newline_len(text, first_line.len());
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_offset: 1,
                body: &text[offset + line.len()..],
            });
        }
        offset += line.len();
    }
    Err(Problem::error(
        file,
        1,
        1,
        tr(
            lang,
            "front matter avslutas aldrig: det saknas en rad med bara --- efter inställningarna",
            "the front matter is never closed: a line with only --- is missing after the settings",
        ),
    )
    .with_hint(tr(
        lang,
        "lägg till en rad med bara --- mellan inställningarna och texten",
        "add a line with only --- between the settings and the text",
    ))
    .with_source(text))
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

/// Parses YAML into `T`.
pub fn parse_yaml<T: DeserializeOwned>(yaml: &str) -> Result<T, serde_saphyr::Error> {
    serde_saphyr::from_str(yaml)
}

/// Turns a YAML error into a problem whose line counts from the top of the whole file.
pub fn yaml_problem(
    file: &Path,
    text: &str,
    offset: usize,
    error: &serde_saphyr::Error,
    lang: Lang,
) -> Problem {
    let inner = error.without_snippet();
    let message = serde_saphyr::DefaultMessageFormatter.format_message(inner);
    let (line, column) = error
        .location()
        .map(|l| (l.line() as usize + offset, l.column() as usize))
        .filter(|&(line, _)| line > offset)
        .unwrap_or((1 + offset, 0));
    if message.contains("quote") {
        if let Some((open_line, open_column)) = unclosed_quote(text, offset, line) {
            return Problem::error(
                file,
                open_line,
                open_column,
                tr(
                    lang,
                    "ett citattecken (\") öppnas men stängs aldrig på raden",
                    "a quotation mark (\") is opened but never closed on the line",
                ),
            )
            .with_hint(tr(
                lang,
                "avsluta texten med \" på samma rad, eller ta bort citattecknet i början",
                "end the text with \" on the same line, or remove the opening quotation mark",
            ))
            .with_source(text);
        }
    }
    if let Some(explained) = super::yaml_errors::explain_at(error, text, line, lang) {
        let (line, column) = if explained.is_tab {
            super::yaml_errors::find_tab(text, line).unwrap_or((line, column))
        } else {
            (line, column)
        };
        return Problem::error(file, line, column, explained.message)
            .with_hint(explained.hint)
            .with_source(text);
    }
    Problem::error(
        file,
        line,
        column,
        format!(
            "{}: {}",
            tr(
                lang,
                "inställningarna kan inte läsas",
                "the settings cannot be read"
            ),
            message
        ),
    )
    .with_hint(yaml_hint(&message, lang))
    .with_source(text)
}

/// The first line of the YAML, up to `until`, with an odd number of double quotes: the
/// parser notices an unclosed quote only where the next one closes it, often lines later.
fn unclosed_quote(text: &str, offset: usize, until: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(offset)
        .take(until.saturating_sub(offset))
        .find_map(|(index, line)| {
            let content = line.split(" #").next().unwrap_or(line);
            let quotes = content.matches('"').count() - content.matches("\\\"").count();
            (quotes % 2 == 1).then(|| {
                (
                    index + 1,
                    content
                        .find('"')
                        .map_or(0, |c| content[..c].chars().count() + 1),
                )
            })
        })
}

fn yaml_hint(_message: &str, lang: Lang) -> String {
    tr(
        lang,
        "skriv varje inställning som nyckel: värde på en egen rad, och sätt citattecken runt text som innehåller kolon",
        "write each setting as key: value on its own line, and quote text that contains a colon",
    )
}

/// Where a value stood in the file: (line, column), counted from the top of the file.
pub fn position<T>(value: &Spanned<T>, offset: usize) -> (usize, usize) {
    let at = value.referenced;
    (at.line() as usize + offset, at.column() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let text = "---\ntitle: A\n---\nBody\n";
        let split = split(Path::new("a.md"), text, Lang::Sv).expect("valid");
        assert_eq!(split.yaml, "title: A\n");
        assert_eq!(split.body, "Body\n");
        assert_eq!(split.yaml_offset, 1);
    }

    #[test]
    fn accepts_windows_line_ends() {
        let text = "---\r\ntitle: A\r\n---\r\nBody\r\n";
        let split = split(Path::new("a.md"), text, Lang::Sv).expect("valid");
        assert_eq!(split.yaml, "title: A\r\n");
        assert_eq!(split.body, "Body\r\n");
    }

    #[test]
    fn unclosed_front_matter_is_a_problem() {
        let problem =
            split(Path::new("a.md"), "---\ntitle: A\nBody\n", Lang::En).expect_err("unclosed");
        assert!(
            problem.message.contains("never closed"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn missing_front_matter_is_a_problem() {
        let problem = split(Path::new("a.md"), "# Title\n", Lang::Sv).expect_err("missing");
        assert_eq!(problem.line, 1);
        assert!(problem.message.contains("front matter"));
    }

    #[test]
    fn yaml_errors_point_into_the_whole_file() {
        let text = "---\ntitle: A\nstatus: \"open\n---\n";
        let split = split(Path::new("a.md"), text, Lang::En).expect("split");
        let error = parse_yaml::<serde_json::Value>(split.yaml).expect_err("bad yaml");
        let problem = yaml_problem(Path::new("a.md"), text, split.yaml_offset, &error, Lang::En);
        assert_eq!(problem.line, 3);
        assert_eq!(problem.source_line.as_deref(), Some("status: \"open"));
    }
}
