//! Search that works offline: an index of every compact, principle and topic, written as a
//! script file (so it loads from `file://` too), for the search page's small script to look
//! through. Nothing is sent anywhere.

use serde::Serialize;

use crate::content::Compact;
use crate::pages::Page;
use crate::site::Site;
use crate::views::{paths, Views};

/// The index file, at the output root.
pub const INDEX_FILE: &str = "search-index.js";

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
pub fn entries(site: &Site, compact: &Compact) -> String {
    let t = |key: &str| crate::templates::string(&site.theme.strings, key);
    let summary = compact.summary.as_deref().unwrap_or_default();
    let mut entries = vec![Entry {
        t: format!("{}: {}", compact.municipality, compact.title),
        u: paths::compact(&compact.slug),
        k: t("search_kind_compact"),
        x: clip(format!("{summary} {}", compact.body_text)),
    }];
    let kind = t("search_kind_principle");
    for principle in &compact.principles {
        entries.push(Entry {
            t: format!("{} ({})", principle.title, compact.municipality),
            u: paths::principle(&compact.slug, &principle.slug),
            k: kind.clone(),
            x: clip(principle.body_text.clone()),
        });
    }
    to_json(&entries)
}

/// The index of everything readers may look for: every compact's entries, kept with the
/// site's records, then the topics.
pub fn index(site: &Site, views: &Views<'_>) -> Page {
    let words = views.words();
    let topics: Vec<Entry> = site
        .content
        .topics
        .iter()
        .map(|topic| Entry {
            t: topic.name.clone(),
            u: paths::topic(words, &topic.id),
            k: views.t("search_kind_topic"),
            x: topic.description.clone(),
        })
        .collect();
    let topics = to_json(&topics);
    let parts = site
        .records
        .iter()
        .map(|r| r.search())
        .chain(std::iter::once(topics.as_str()))
        .filter(|part| !part.is_empty());
    let size: usize = site.records.iter().map(|r| r.search().len() + 1).sum();
    let mut bytes = String::with_capacity(size + topics.len() + 64);
    bytes.push_str("window.overensIndex = [");
    for (i, part) in parts.enumerate() {
        if i > 0 {
            bytes.push(',');
        }
        bytes.push_str(part);
    }
    bytes.push_str("];\n");
    Page {
        path: INDEX_FILE.to_owned(),
        bytes: bytes.into_bytes(),
    }
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
