//! Showing problems to the editor, through `miette`'s graphical report handler.
//!
//! miette draws the offending line with a marker under the column, takes its severity words
//! from a theme we can translate, and is what serde-saphyr (our YAML parser) integrates with;
//! codespan-reporting and ariadne print their English "error"/"warning" labels themselves.
//!
//! The renderer gets only what a [`Problem`] holds (one line of the file, its number and
//! column), so the source miette reads is that one line, told which line number it is.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::{Problem, Severity};
use crate::messages::{self as m, Lang};

/// Lines longer than this are cut to a window around the column, so a 10 MB line does not
/// fill the terminal.
const LONGEST_SHOWN_LINE: usize = 160;

/// Renders one problem: a header with the severity word and the message, the offending
/// line with a marker under the column, then the hint.
pub(super) fn problem(problem: &Problem, lang: Lang, colour: bool) -> String {
    let shown = Shown::new(problem, lang);
    let mut handler = GraphicalReportHandler::new_themed(theme(lang, colour))
        .with_width(usize::MAX / 4)
        .with_wrap_lines(false)
        .with_context_lines(0)
        .without_cause_chain();
    if let Some(hint) = &problem.hint {
        handler = handler.with_footer(format!("{}: {}", word_hint(lang), hint.text(lang)));
    }
    let mut out = String::new();
    if handler.render_report(&mut out, &shown).is_err() {
        // miette refused the snippet; the plain line still says everything needed.
        out = format!(
            "{}: {}",
            word_severity(problem.severity, lang),
            shown.header
        );
    }
    out.trim_end().to_owned()
}

/// The theme: miette's box drawing, our words for error and warning, colour only if asked.
fn theme(lang: Lang, colour: bool) -> GraphicalTheme {
    let mut theme = if colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    theme.characters.error = format!("{}:", word_severity(Severity::Error, lang));
    theme.characters.warning = format!("{}:", word_severity(Severity::Warning, lang));
    theme.characters.advice = format!("{}:", word_severity(Severity::Note, lang));
    theme
}

fn word_severity(severity: Severity, lang: Lang) -> &'static str {
    match severity {
        Severity::Error => m::ERROR.get(lang),
        Severity::Warning => m::WARNING.get(lang),
        Severity::Note => m::NOTE.get(lang),
    }
}

fn word_hint(lang: Lang) -> &'static str {
    m::HINT.get(lang)
}

/// A problem as miette sees it.
#[derive(Debug)]
struct Shown {
    severity: Severity,
    /// The message, with the location in front when there is no line to show it above.
    header: String,
    snippet: Option<Snippet>,
}

impl Shown {
    fn new(problem: &Problem, lang: Lang) -> Shown {
        let snippet = Snippet::new(problem);
        let message = problem.message.text(lang);
        let header = if snippet.is_some() {
            message
        } else {
            format!("{}: {message}", problem.location())
        };
        Shown {
            severity: problem.severity,
            header,
            snippet,
        }
    }
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.header)
    }
}

impl std::error::Error for Shown {}

impl Diagnostic for Shown {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        })
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.snippet.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let snippet = self.snippet.as_ref()?;
        let label = LabeledSpan::new(None, snippet.marked.0, snippet.marked.1);
        Some(Box::new(std::iter::once(label)))
    }
}

/// The offending line, standing in for the whole file.
#[derive(Debug)]
struct Snippet {
    /// The file as shown to the editor.
    name: String,
    /// The line's text (cut to a window when very long).
    text: String,
    /// 0-based line number in the file.
    line: usize,
    /// 0-based column of the problem, in characters of the whole line.
    column: usize,
    /// Byte offset and length of the marked part within `text`.
    marked: (usize, usize),
}

impl Snippet {
    fn new(problem: &Problem) -> Option<Snippet> {
        let full = problem.source_line.as_deref()?;
        if problem.line == 0 {
            return None;
        }
        let column = problem.column.saturating_sub(1);
        let (text, window_column) = window(full, column);
        let start = if problem.column == 0 {
            text.len() - text.trim_start().len()
        } else {
            byte_index(&text, window_column)
        };
        let length = if problem.column == 0 {
            text.trim().len()
        } else if problem.width > 0 {
            let rest = &text[start..];
            byte_index(rest, problem.width)
        } else {
            marked_length(&text[..start], &text[start..])
        };
        Some(Snippet {
            name: problem.file.display().to_string().replace('\\', "/"),
            text,
            line: problem.line - 1,
            column: if problem.column == 0 {
                char_count(full, full.len() - full.trim_start().len())
            } else {
                column
            },
            marked: (start, length),
        })
    }
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        _before: usize,
        _after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        // The whole line is always the context; the column is the problem's, so the header
        // names the column in the editor's file even when a long line was cut.
        let _ = span;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            SourceSpan::new(0.into(), self.text.len()),
            self.line,
            self.column,
            1,
        )))
    }
}

/// At most [`LONGEST_SHOWN_LINE`] characters of `line` around `column`, with `…` where it
/// was cut, and the column within the window.
fn window(line: &str, column: usize) -> (String, usize) {
    let count = line.chars().count();
    if count <= LONGEST_SHOWN_LINE {
        return (line.to_owned(), column);
    }
    let start = column.saturating_sub(LONGEST_SHOWN_LINE / 4);
    let mut text: String = line.chars().skip(start).take(LONGEST_SHOWN_LINE).collect();
    let mut shifted = column - start;
    if start > 0 {
        text.insert(0, '…');
        shifted += 1;
    }
    if start + LONGEST_SHOWN_LINE < count {
        text.push('…');
    }
    (text, shifted)
}

/// The byte index of character `column`, or the line's end.
fn byte_index(text: &str, column: usize) -> usize {
    text.char_indices()
        .nth(column)
        .map_or(text.len(), |(at, _)| at)
}

fn char_count(text: &str, bytes: usize) -> usize {
    text[..bytes].chars().count()
}

/// How much of the line from the column is marked: a whole value of a setting (`adopted:
/// hösten 2019`, a quoted title), one item of a list written `[a, b]` or one field of a
/// row of a list, else one word.
fn marked_length(before: &str, rest: &str) -> usize {
    let leading = before.trim_end();
    if let Some(quote) = rest.chars().next().filter(|c| ['"', '\''].contains(c)) {
        let end = rest[1..].find(quote).map_or(rest.len(), |at| at + 2);
        return end;
    }
    if rest.starts_with(';') {
        // An empty first field of a row: the marker stands on its separator.
        return 1;
    }
    if leading.ends_with(';') {
        // A field of a list saved from Excel with semicolons.
        let end = rest.find(';').unwrap_or(rest.len());
        return rest[..end].trim_end().len().max(1);
    }
    if leading.ends_with(['[', ',', '{']) {
        let end = rest.find([',', ']', '}']).unwrap_or(rest.len());
        return rest[..end].trim_end().len().max(1);
    }
    if leading.ends_with(':') || leading.trim_start() == "-" {
        let value = rest.split(" #").next().unwrap_or(rest).trim_end();
        if !value.is_empty() {
            return value.len();
        }
    }
    word_length(rest)
}

/// The marked word: a whole Markdown link or image, else up to the next space, without the
/// `:`, `,` or `]` that ends a word in YAML.
fn word_length(rest: &str) -> usize {
    if rest.starts_with('[') || rest.starts_with("![") {
        if let Some(end) = rest
            .find("](")
            .and_then(|at| rest[at..].find(')').map(|e| at + e))
        {
            return end + 1;
        }
    }
    let word = rest.split(char::is_whitespace).next().unwrap_or_default();
    let trimmed = word.trim_end_matches([':', ',', ']', '}']);
    let trimmed = if trimmed.is_empty() { word } else { trimmed };
    trimmed.len().max(usize::from(!rest.is_empty()))
}
