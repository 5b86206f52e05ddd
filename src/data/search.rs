//! Search that works offline: an index of every compact, principle and topic, written as a
//! script file (so it loads from `file://` too), for the search page's small script to look
//! through. Nothing is sent anywhere.

use std::sync::Arc;

use serde::Serialize;

use super::Records;
use crate::content::Compact;
use crate::reads::Reader;
use crate::templates::Strings;
use crate::urls;
use crate::views::Views;

/// How much of a text the index keeps: enough to find a page by any of its words.
const TEXT_LIMIT: usize = 20_000;

#[derive(Serialize)]
struct Entry {
    /// Title.
    t: String,
    /// Site-relative path.
    u: String,
    /// Kind, in words.
    k: String,
    /// The text, without markup.
    x: String,
}

/// The index entries of one compact and its principles, as JSON objects separated by
/// commas, safe inside a script.
pub(super) fn entries(compact: &Compact, strings: &Strings) -> String {
    let t = |key: &str| crate::templates::string(strings, key);
    let head = &compact.head;
    let summary = head.summary.as_deref().unwrap_or_default();
    let mut entries = vec![Entry {
        t: format!("{}: {}", head.municipality, head.title),
        u: urls::compact(&compact.slug),
        k: t("search_kind_compact"),
        x: clip(format!("{summary} {}", compact.text.body_text)),
    }];
    let kind = t("search_kind_principle");
    for principle in &compact.principles {
        entries.push(Entry {
            t: format!("{} ({})", principle.title, head.municipality),
            u: urls::principle(&compact.slug, &principle.slug),
            k: kind.clone(),
            x: clip(principle.body_text.clone()),
        });
    }
    to_json(&entries)
}

/// The index of everything readers may look for: every compact's entries, kept with its
/// records, then the topics.
pub(crate) fn search_index(r: &Reader<'_>, views: &Views<'_>, records: &[Arc<Records>]) -> Vec<u8> {
    let words = super::words(views);
    let topics: Vec<Entry> = r
        .topics()
        .iter()
        .map(|topic| Entry {
            t: topic.name.clone(),
            u: urls::topic(words, &topic.id),
            k: views.t("search_kind_topic"),
            x: topic.description.clone(),
        })
        .collect();
    let topics = to_json(&topics);
    let records = super::read_all(r, records);
    let parts = records
        .iter()
        .map(|r| r.search.as_str())
        .chain(std::iter::once(topics.as_str()))
        .filter(|part| !part.is_empty());
    let size: usize = records.iter().map(|r| r.search.len() + 1).sum();
    let mut bytes = String::with_capacity(size + topics.len() + 64);
    bytes.push_str("window.overensIndex = [");
    for (i, part) in parts.enumerate() {
        if i > 0 {
            bytes.push(',');
        }
        bytes.push_str(part);
    }
    bytes.push_str("];\n");
    bytes.into_bytes()
}

/// Entries as JSON objects separated by commas, without the array's brackets. `</` is
/// escaped, so the index cannot end its script early when read as a script.
fn to_json(entries: &[Entry]) -> String {
    // Plain strings cannot fail to serialize.
    let json = serde_json::to_string(entries).unwrap_or_else(|_| "[]".to_owned());
    let inner = &json[1..json.len() - 1];
    inner.replace("</", "<\\/")
}

fn clip(text: String) -> String {
    if text.len() <= TEXT_LIMIT {
        return text;
    }
    let mut end = TEXT_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}
