//! Search that works offline: an index of every compact, principle and topic, written as a
//! script file (so it loads from `file://` too), for the search page's small script to look
//! through. Nothing is sent anywhere.

use serde::Serialize;

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

/// The index of everything readers may look for.
pub fn index(site: &Site, views: &Views<'_>) -> Page {
    let words = views.words();
    let mut entries = Vec::new();
    for compact in &site.content.compacts {
        let summary = compact.summary.clone().unwrap_or_default();
        entries.push(Entry {
            t: format!("{}: {}", compact.municipality, compact.title),
            u: paths::compact(&compact.slug),
            k: views.t("search_kind_compact"),
            x: clip(format!("{summary} {}", compact.body_text)),
        });
        for principle in &compact.principles {
            entries.push(Entry {
                t: format!("{} ({})", principle.title, compact.municipality),
                u: paths::principle(&compact.slug, &principle.slug),
                k: views.t("search_kind_principle"),
                x: clip(principle.body_text.clone()),
            });
        }
    }
    for topic in &site.content.topics {
        entries.push(Entry {
            t: topic.name.clone(),
            u: paths::topic(words, &topic.id),
            k: views.t("search_kind_topic"),
            x: topic.description.clone(),
        });
    }
    // Plain strings and lists cannot fail to serialize.
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".to_owned());
    // `</` cannot end the script early when the index is read as a script.
    let json = json.replace("</", "<\\/");
    Page {
        path: INDEX_FILE.to_owned(),
        bytes: format!("window.overensIndex = {json};\n").into_bytes(),
    }
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
