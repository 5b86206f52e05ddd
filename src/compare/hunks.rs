//! The changes of a reworded text with a few words around each: what a reader looks at
//! first, before the whole paragraph.

use super::versions::Stretch;

/// A stretch of a reworded text, borrowed: in both versions, or only in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    /// In both versions.
    Same(&'a str),
    /// Only in the earlier version.
    Removed(&'a str),
    /// Only in the later version.
    Added(&'a str),
}

/// Changes near each other, with the words around them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hunk<'a> {
    /// Text comes before it that is left out.
    pub(crate) cut_before: bool,
    /// The words, those around the changes and the changes.
    pub(crate) pieces: Vec<Piece<'a>>,
    /// Text comes after it that is left out.
    pub(crate) cut_after: bool,
}

/// The changes of `words`, each with at most `context` words of the unchanged text before
/// and after it; changes closer than twice that share a hunk.
pub(crate) fn hunks(words: &[Stretch], context: usize) -> Vec<Hunk<'_>> {
    let mut out: Vec<Hunk<'_>> = Vec::new();
    let mut open: Option<Hunk<'_>> = None;
    let last_change = words.iter().rposition(|w| !matches!(w, Stretch::Same(_)));
    for (i, w) in words.iter().enumerate() {
        match w {
            Stretch::Removed(text) | Stretch::Added(text) => {
                let piece = if matches!(w, Stretch::Removed(_)) {
                    Piece::Removed(text)
                } else {
                    Piece::Added(text)
                };
                open.get_or_insert_with(|| Hunk {
                    cut_before: false,
                    pieces: Vec::new(),
                    cut_after: false,
                })
                .pieces
                .push(piece);
            }
            Stretch::Same(text) => {
                let after_last = last_change.is_none_or(|last| i > last);
                match open.take() {
                    // Before the first change: its last words start the first hunk.
                    None if !after_last => {
                        let (tail, cut) = last_words(text, context);
                        open = Some(Hunk {
                            cut_before: cut,
                            pieces: vec![Piece::Same(tail)],
                            cut_after: false,
                        });
                    }
                    None => {}
                    Some(mut hunk) => {
                        if after_last {
                            let (head, cut) = first_words(text, context);
                            hunk.pieces.push(Piece::Same(head));
                            hunk.cut_after = cut;
                            out.push(hunk);
                        } else if count_words(text) <= 2 * context {
                            hunk.pieces.push(Piece::Same(text));
                            open = Some(hunk);
                        } else {
                            let (head, _) = first_words(text, context);
                            let (tail, _) = last_words(text, context);
                            hunk.pieces.push(Piece::Same(head));
                            hunk.cut_after = true;
                            out.push(hunk);
                            open = Some(Hunk {
                                cut_before: true,
                                pieces: vec![Piece::Same(tail)],
                                cut_after: false,
                            });
                        }
                    }
                }
            }
        }
    }
    out.extend(open);
    out
}

/// The number of words of `text` (runs of characters that are not white space).
fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The first `n` words of `text`, with what follows the last of them up to the next white
/// space (its full stop), and whether anything is left out.
fn first_words(text: &str, n: usize) -> (&str, bool) {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    let cut = !text[at..].trim().is_empty();
                    return (&text[..at], cut);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    (text, false)
}

/// The last `n` words of `text`, with the white space before the first of them kept off,
/// and whether anything is left out.
fn last_words(text: &str, n: usize) -> (&str, bool) {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    let start = at + c.len_utf8();
                    let cut = !text[..start].trim().is_empty();
                    return (&text[start..], cut);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    (text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(s: &str) -> Stretch {
        Stretch::Same(s.to_owned())
    }

    #[test]
    fn a_change_keeps_a_few_words_around_it() {
        let words = [
            same("Ett två tre fyra fem sex sju "),
            Stretch::Removed("åtta".to_owned()),
            Stretch::Added("nio".to_owned()),
            same(" tio elva tolv tretton fjorton femton."),
        ];
        let hunks = hunks(&words, 3);
        assert_eq!(
            hunks,
            [Hunk {
                cut_before: true,
                pieces: vec![
                    Piece::Same("fem sex sju "),
                    Piece::Removed("åtta"),
                    Piece::Added("nio"),
                    Piece::Same(" tio elva tolv"),
                ],
                cut_after: true,
            }]
        );
    }

    #[test]
    fn changes_far_apart_are_hunks_of_their_own_and_near_ones_share_one() {
        let far = [
            Stretch::Added("Nu ".to_owned()),
            same("ett två tre fyra fem sex sju åtta nio "),
            Stretch::Removed("tio".to_owned()),
            same("."),
        ];
        let hunks_far = hunks(&far, 2);
        assert_eq!(hunks_far.len(), 2, "{hunks_far:?}");
        assert!(!hunks_far[0].cut_before && hunks_far[0].cut_after);
        assert_eq!(hunks_far[0].pieces[1], Piece::Same("ett två"));
        assert_eq!(hunks_far[1].pieces[0], Piece::Same("åtta nio "));
        assert!(!hunks_far[1].cut_after);
        let near = [
            Stretch::Added("Nu ".to_owned()),
            same("ett två "),
            Stretch::Removed("tre".to_owned()),
        ];
        assert_eq!(hunks(&near, 2).len(), 1);
        assert!(hunks(&[same("Inget ändrat.")], 2).is_empty());
    }

    #[test]
    fn words_are_counted_from_either_end() {
        assert_eq!(first_words("a b c d", 2), ("a b", true));
        assert_eq!(first_words("a b", 2), ("a b", false));
        assert_eq!(first_words(" a b. ", 2), (" a b.", false));
        assert_eq!(last_words("a b c d", 2), ("c d", true));
        assert_eq!(last_words("a b ", 2), ("a b ", false));
    }
}
