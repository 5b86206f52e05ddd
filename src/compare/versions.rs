//! What changed between two versions of a compact: principles added, removed, renamed and
//! reworded, with the rewording word by word. Principles are matched by their file name,
//! which editors keep when a principle lives on into the next version.

use similar::{ChangeTag, TextDiff};

use crate::content::Principle;

/// A stretch of a reworded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stretch {
    /// In both versions.
    Same(String),
    /// Only in the earlier version.
    Removed(String),
    /// Only in the later version.
    Added(String),
}

/// A principle in both versions whose title or text changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Changed<'a> {
    /// The principle in the earlier version.
    pub(crate) before: &'a Principle,
    /// The principle in the later version.
    pub(crate) after: &'a Principle,
    /// Its text, word by word, when the text changed.
    pub(crate) words: Option<Vec<Stretch>>,
}

/// The principles of two consecutive versions, compared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct VersionDiff<'a> {
    /// Principles only in the later version.
    pub(crate) added: Vec<&'a Principle>,
    /// Principles only in the earlier version.
    pub(crate) removed: Vec<&'a Principle>,
    /// Principles whose title changed (and perhaps their text).
    pub(crate) renamed: Vec<Changed<'a>>,
    /// Principles whose text changed under the same title.
    pub(crate) reworded: Vec<Changed<'a>>,
}

impl VersionDiff<'_> {
    /// True when no principle changed.
    pub(crate) fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.renamed.is_empty()
            && self.reworded.is_empty()
    }
}

/// Compares the principles of an earlier version with those of the next.
pub(crate) fn compare<'a>(before: &'a [Principle], after: &'a [Principle]) -> VersionDiff<'a> {
    let mut diff = VersionDiff::default();
    for new in after {
        let Some(old) = before.iter().find(|p| p.slug == new.slug) else {
            diff.added.push(new);
            continue;
        };
        let words = (old.body_text != new.body_text).then(|| words(&old.body_text, &new.body_text));
        let changed = Changed {
            before: old,
            after: new,
            words,
        };
        if old.title != new.title {
            diff.renamed.push(changed);
        } else if changed.words.is_some() {
            diff.reworded.push(changed);
        }
    }
    diff.removed = before
        .iter()
        .filter(|old| !after.iter().any(|new| new.slug == old.slug))
        .collect();
    diff
}

/// `before` and `after` word by word (a full stop or comma apart from its word), neighbouring
/// words of one kind joined.
fn words(before: &str, after: &str) -> Vec<Stretch> {
    let (old, new) = (tokens(before), tokens(after));
    let diff = TextDiff::from_slices(&old, &new);
    let mut out: Vec<Stretch> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (change.tag(), out.last_mut()) {
            (ChangeTag::Equal, Some(Stretch::Same(s)))
            | (ChangeTag::Delete, Some(Stretch::Removed(s)))
            | (ChangeTag::Insert, Some(Stretch::Added(s))) => s.push_str(text),
            (ChangeTag::Equal, _) => out.push(Stretch::Same(text.to_owned())),
            (ChangeTag::Delete, _) => out.push(Stretch::Removed(text.to_owned())),
            (ChangeTag::Insert, _) => out.push(Stretch::Added(text.to_owned())),
        }
    }
    out
}

/// `text` cut into words (letters and digits) and every other character on its own: a
/// space, a full stop, a comma.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (true, Some(_)) => {}
            (false, word) => {
                if let Some(from) = word {
                    out.push(&text[from..at]);
                }
                start = None;
                out.push(&text[at..at + c.len_utf8()]);
            }
        }
    }
    if let Some(from) = start {
        out.push(&text[from..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::TopicId;

    fn principle(slug: &str, title: &str, text: &str) -> Principle {
        Principle {
            slug: slug.to_owned(),
            title: title.to_owned(),
            topics: vec![TopicId(0)],
            body_markdown: text.to_owned(),
            body_text: text.to_owned(),
            body_html: String::new(),
        }
    }

    #[test]
    fn finds_added_removed_renamed_and_reworded_principles() {
        let before = [
            principle("dialog", "Dialog", "Vi talar med varandra."),
            principle("mod", "Mod", "Vi vågar."),
            principle("tillit", "Tillit", "Vi litar på varandra."),
        ];
        let after = [
            principle("dialog", "Dialog", "Vi talar ofta med varandra."),
            principle("tillit", "Tillit och förståelse", "Vi litar på varandra."),
            principle("kvalitet", "Kvalitet", "Vi gör det bra."),
        ];
        let diff = compare(&before, &after);
        assert_eq!(diff.added[0].slug, "kvalitet");
        assert_eq!(diff.removed[0].slug, "mod");
        assert_eq!(diff.renamed[0].after.title, "Tillit och förståelse");
        assert!(diff.renamed[0].words.is_none(), "only the title changed");
        let words = diff.reworded[0].words.as_ref().expect("words");
        assert_eq!(
            words,
            &[
                Stretch::Same("Vi talar ".to_owned()),
                Stretch::Added("ofta ".to_owned()),
                Stretch::Same("med varandra.".to_owned()),
            ]
        );
    }

    #[test]
    fn words_and_marks_are_tokens_of_their_own() {
        assert_eq!(
            tokens("Vi talar, öppet."),
            ["Vi", " ", "talar", ",", " ", "öppet", "."]
        );
        assert_eq!(tokens(""), Vec::<&str>::new());
    }
}
