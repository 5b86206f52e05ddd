//! The words readers search by. Each compact's words are folded the way the search script
//! folds what a reader types (`themes/default/static/search.js`: lowercase, å and ä as a,
//! ö as o), and sorted into the parts of the search index by their first two letters, so a
//! query loads only the parts of its own words. A compact's words are found once, when it is
//! read, and kept: an edit finds again the words of its own compact only.

use std::collections::HashMap;

use crate::content::Compact;

/// The part of the search index a word belongs to: its first two folded letters.
pub(crate) type Key = [u8; 2];

/// How many of a compact's documents the index tells apart: the compact's own page and its
/// first 63 principles (a bit each of a 64-bit mask).
pub(crate) const DOCUMENTS: usize = 64;

/// A compact's words, part by part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Terms {
    /// Sorted by key.
    parts: Vec<(Key, Share)>,
}

/// A compact's words in one part of the index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Share {
    /// The words, in order, each with the documents of the compact whose text holds it
    /// (bit 0: the compact's page, bit `i`: its principle `i - 1`) and those whose title does.
    pub(crate) words: Vec<(String, u64, u64)>,
}

impl Terms {
    /// The words of `compact`: its page (title, municipality, summary and text) and each of
    /// its principles (title, municipality and text).
    pub(crate) fn of(compact: &Compact) -> Terms {
        let head = &compact.head;
        // Most words of a text are met many times: each is made a string once.
        let mut words: HashMap<String, (u64, u64)> = HashMap::with_capacity(512);
        let mut add = |doc: usize, title: &str, text: &str| {
            let bit = 1u64 << doc;
            for (text, in_title) in [(title, true), (text, false)] {
                let folded = fold(text);
                for word in folded.split(' ').filter(|w| !w.is_empty()) {
                    let masks = match words.get_mut(word) {
                        Some(masks) => masks,
                        None => words.entry(word.to_owned()).or_default(),
                    };
                    masks.0 |= bit;
                    if in_title {
                        masks.1 |= bit;
                    }
                }
            }
        };
        let summary = head.summary.as_deref().unwrap_or_default();
        add(
            0,
            &format!("{}: {}", head.municipality, head.title),
            &format!("{summary} {}", compact.text.body_text),
        );
        for (i, principle) in compact.principles.iter().take(DOCUMENTS - 1).enumerate() {
            add(
                i + 1,
                &format!("{} ({})", principle.title, head.municipality),
                &principle.body_text,
            );
        }
        let mut words: Vec<(String, (u64, u64))> = words.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut parts: Vec<(Key, Share)> = Vec::new();
        for (word, (text, title)) in words {
            let Some(key) = key_of(&word) else { continue };
            match parts.last_mut() {
                Some((last, share)) if *last == key => share.words.push((word, text, title)),
                _ => parts.push((
                    key,
                    Share {
                        words: vec![(word, text, title)],
                    },
                )),
            }
        }
        Terms { parts }
    }

    /// The compact's words in part `key`, if it has any there.
    pub(crate) fn share(&self, key: Key) -> Option<&Share> {
        self.parts
            .binary_search_by_key(&key, |(k, _)| *k)
            .ok()
            .map(|at| &self.parts[at].1)
    }

    /// The parts the compact has words in.
    pub(crate) fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        self.parts.iter().map(|(k, _)| *k)
    }
}

/// The part of the index `word` (already folded) goes in; none for a word of one letter,
/// which the search script does not look for.
pub(crate) fn key_of(word: &str) -> Option<Key> {
    match word.as_bytes() {
        [a, b, ..] => Some([*a, *b]),
        _ => None,
    }
}

/// A key as it stands in file names: `la`.
pub(crate) fn key_name(key: Key) -> String {
    key.iter().map(|&b| char::from(b)).collect()
}

/// `text` folded as the search script folds what a reader types: lowercase, `å ä á à` as
/// `a`, `ö ó` as `o`, `é è ë` as `e`, `ü` as `u`, and a space for everything but `a–z` and
/// `0–9`, so that its words are what stands between spaces.
pub(crate) fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if crate::invisible::is_invisible(c) {
            // A soft hyphen or a zero-width space joins the word it stands in.
            continue;
        }
        if c.is_ascii() {
            let c = c.to_ascii_lowercase();
            folded.push(if c.is_ascii_alphanumeric() { c } else { ' ' });
            continue;
        }
        for c in c.to_lowercase() {
            folded.push(match c {
                'å' | 'ä' | 'á' | 'à' => 'a',
                'ö' | 'ó' => 'o',
                'é' | 'è' | 'ë' => 'e',
                'ü' => 'u',
                c if c.is_ascii_lowercase() || c.is_ascii_digit() => c,
                _ => ' ',
            });
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_as_the_script_folds_them() {
        let folded = fold("Långsiktighet, ÖPPENHET och 2019-talet!");
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        assert_eq!(words, ["langsiktighet", "oppenhet", "och", "2019", "talet"]);
        assert_eq!(fold("lång\u{ad}sik\u{200b}tighet"), "langsiktighet");
        assert_eq!(key_of("langsiktig"), Some(*b"la"));
        assert_eq!(key_of("i"), None);
        assert_eq!(key_name(*b"la"), "la");
    }
}
