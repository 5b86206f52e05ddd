//! Where a fact is written, for a problem found after the files are read: at a value of the
//! front matter (its line known when it was read), at a row of a list, or a whole file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_saphyr::Spanned;

use super::super::model::Spot;
use super::super::source::SourceFile;
use crate::date::PartialDate;
use crate::diagnostics::Problem;
use crate::messages::{self as m, Message};

/// A place in a file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::content) struct Place {
    /// The file, relative to the site root.
    file: PathBuf,
    /// 1-based line and column; 0 for the whole file, or an unknown column.
    line: usize,
    column: usize,
    /// The line's text, when it was at hand.
    source_line: Option<String>,
}

impl Place {
    /// Where `value` is written in the file `src`.
    pub(in crate::content) fn at<T>(src: &SourceFile<'_>, value: &Spanned<T>) -> Place {
        let (line, column) = crate::yaml::position(value, src.offset);
        Place {
            file: src.shown.clone(),
            line,
            column,
            source_line: src
                .text
                .lines()
                .nth(line.saturating_sub(1))
                .map(str::to_owned),
        }
    }

    /// A row or an entry of a list in `file`.
    pub(super) fn row(file: PathBuf, at: Spot) -> Place {
        Place {
            file,
            line: at.line,
            column: at.column,
            source_line: None,
        }
    }

    /// The compact's `_index.md`, as a whole.
    pub(super) fn index(slug: &str) -> Place {
        Place::whole(Path::new("content").join(slug).join("_index.md"))
    }

    /// An earlier version's `_index.md`, as a whole.
    pub(super) fn version(slug: &str, date: PartialDate) -> Place {
        let folder = Path::new("content").join(slug).join("versions");
        Place::whole(folder.join(date.to_string()).join("_index.md"))
    }

    /// A whole file.
    pub(super) fn whole(file: PathBuf) -> Place {
        Place {
            file,
            line: 0,
            column: 0,
            source_line: None,
        }
    }

    /// An error here.
    pub(super) fn error(&self, message: impl Into<Message>, hint: impl Into<Message>) -> Problem {
        let mut problem = Problem::error(&self.file, self.line, self.column, message);
        problem.source_line.clone_from(&self.source_line);
        problem.with_hint(hint)
    }

    /// A warning here.
    pub(super) fn warning(&self, message: impl Into<Message>, hint: impl Into<Message>) -> Problem {
        self.error(message, hint).as_warning()
    }

    /// The place in words, for a message about another: `content/alfa/_index.md, rad 6`.
    pub(super) fn named(&self) -> Message {
        let file = self.file.display().to_string().replace('\\', "/");
        match self.line {
            0 => m::PLACE_FILE.with(&[&file]),
            line => m::PLACE_FILE_LINE.with(&[&file, &line]),
        }
    }
}

/// Gives each problem at a line of a file its line's text, for the snippet: a problem found
/// after the file was read (two rows of a list that say the same) has only the number. Each
/// file is read once, and only when a problem needs it.
pub(in crate::content) fn fill_sources(root: &Path, problems: &mut [Problem]) {
    let mut texts: HashMap<PathBuf, Option<String>> = HashMap::new();
    for problem in problems.iter_mut() {
        if problem.line == 0 || problem.source_line.is_some() {
            continue;
        }
        let text = texts.entry(problem.file.clone()).or_insert_with(|| {
            let bytes = std::fs::read(root.join(&problem.file)).ok()?;
            Some(match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(e.as_bytes())
                    .0
                    .into_owned(),
            })
        });
        problem.source_line = text
            .as_deref()
            .and_then(|t| t.lines().nth(problem.line - 1))
            .map(|line| line.trim_start_matches('\u{feff}').to_owned());
    }
}
