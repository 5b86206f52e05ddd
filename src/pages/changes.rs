//! What changed from an earlier version to a later one, as a version's page shows it: each
//! change with a few words around it, and the whole text word by word.

use serde::Serialize;

use crate::compare::{hunks, Changed, Piece, Stretch};
use crate::views::Link;

/// A stretch of reworded text: `kind` is `same`, `removed` or `added`; `gap`, a space
/// before it, keeps added words apart from the removed words just before them.
#[derive(Serialize)]
pub(super) struct WordsView<'a> {
    kind: &'static str,
    text: &'a str,
    gap: bool,
}

/// A change with a few words around it; `cut_before` and `cut_after` say that the
/// paragraph goes on.
#[derive(Serialize)]
pub(super) struct HunkView<'a> {
    cut_before: bool,
    words: Vec<WordsView<'a>>,
    cut_after: bool,
}

#[derive(Serialize)]
pub(super) struct ChangedView<'a> {
    before: &'a str,
    after: &'a str,
    /// The changes, each with a few words around it.
    hunks: Vec<HunkView<'a>>,
    /// The changes leave some of the text out, which the whole text then shows.
    folded: bool,
    /// The whole text, word by word.
    words: Vec<WordsView<'a>>,
}

/// What changed from a version to a later one.
#[derive(Serialize)]
pub(super) struct ComparisonView<'a> {
    /// The later version, named and linked.
    pub(super) with: Link,
    /// The id of its heading.
    pub(super) id: &'static str,
    /// Its heading, before the later version's name.
    pub(super) label: String,
    /// In a sentence: what changed ("1 ny princip, 2 ändrade texter"), that nothing did, or
    /// why the two cannot be compared.
    pub(super) summary: String,
    /// Something changed.
    pub(super) changed: bool,
    /// The titles of the principles only in the later version.
    pub(super) added: Vec<&'a str>,
    /// The titles of the principles only in this one.
    pub(super) removed: Vec<&'a str>,
    /// The principles whose title changed.
    pub(super) renamed: Vec<ChangedView<'a>>,
    /// The principles whose text changed under the same title.
    pub(super) reworded: Vec<ChangedView<'a>>,
}

/// How many words of the unchanged text a change is shown with, on either side.
const CONTEXT_WORDS: usize = 4;

/// A principle that changed, as the version page shows it.
pub(super) fn changed_view<'a>(changed: &'a Changed<'_>) -> ChangedView<'a> {
    let stretches = changed.words.as_deref().unwrap_or_default();
    let pieces: Vec<Piece<'_>> = stretches
        .iter()
        .map(|w| match w {
            Stretch::Same(text) => Piece::Same(text),
            Stretch::Removed(text) => Piece::Removed(text),
            Stretch::Added(text) => Piece::Added(text),
        })
        .collect();
    let hunks = hunks(stretches, CONTEXT_WORDS);
    ChangedView {
        before: &changed.before.title,
        after: &changed.after.title,
        folded: hunks.len() > 1 || hunks.iter().any(|h| h.cut_before || h.cut_after),
        hunks: hunks
            .into_iter()
            .map(|h| HunkView {
                cut_before: h.cut_before,
                words: words_view(&h.pieces),
                cut_after: h.cut_after,
            })
            .collect(),
        words: words_view(&pieces),
    }
}

/// Pieces of text as the page shows them, an added piece set apart by a space from the
/// removed piece just before it.
fn words_view<'a>(pieces: &[Piece<'a>]) -> Vec<WordsView<'a>> {
    let mut out: Vec<WordsView<'a>> = Vec::new();
    for piece in pieces {
        let (kind, text) = match *piece {
            Piece::Same(text) => ("same", text),
            Piece::Removed(text) => ("removed", text),
            Piece::Added(text) => ("added", text),
        };
        let gap = kind == "added" && out.last().is_some_and(|w| w.kind == "removed");
        out.push(WordsView { kind, text, gap });
    }
    out
}
