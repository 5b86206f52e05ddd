//! The machine-readable files: open data as JSON and CSV, the sitemap, the feed, robots.txt
//! and (in [`search`]) the search index. Each compact's share of the open data is serialized
//! once, when the compact is read ([`Records`]), and its share of the search index is found
//! once ([`crate::terms`]), so an edit serializes its own compact again and not the whole
//! site.

mod search;

use std::sync::Arc;

use serde::Serialize;

use crate::config::Config;
use crate::content::{Compact, Contact, Event, PartialDate, Source, Topic};
use crate::html::escape_xml;
use crate::reads::Reader;
use crate::urls;
use crate::views::{truncate, Views};
pub(crate) use search::{search_compact, search_part, search_topics};

#[derive(Serialize)]
struct CompactRecord<'a> {
    slug: &'a str,
    url: String,
    title: &'a str,
    municipality: &'a str,
    kind: &'static str,
    county: Option<&'static str>,
    status: &'static str,
    adopted: Option<PartialDate>,
    revised: Option<PartialDate>,
    decided_by: Option<&'a str>,
    endorses: Option<&'a str>,
    summary: Option<&'a str>,
    timeline: &'a [Event],
    contacts: &'a [Contact],
    sources: &'a [Source],
    principles: Vec<PrincipleRecord<'a>>,
}

#[derive(Serialize)]
struct PrincipleRecord<'a> {
    slug: &'a str,
    url: String,
    title: &'a str,
    topics: Vec<&'a str>,
    text: &'a str,
}

/// What the data files hold of one compact.
#[derive(Debug, Clone, Default)]
pub(crate) struct Records {
    /// Its record in the JSON, indented as one element of the top-level array.
    json: String,
    /// Its rows of the CSV, one per principle.
    csv: String,
}

impl Records {
    /// Serializes `compact`, whose topics are among `topics`.
    pub(crate) fn of(compact: &Compact, topics: &[Topic], base_url: &str) -> Records {
        Records {
            json: json_record(compact, topics, base_url),
            csv: csv_rows(compact, topics),
        }
    }

    /// The records of every compact, serialized in parallel.
    pub(crate) fn all(
        compacts: &[Arc<Compact>],
        topics: &[Topic],
        base_url: &str,
    ) -> Vec<Arc<Records>> {
        use rayon::prelude::*;
        compacts
            .par_iter()
            .map(|c| Arc::new(Records::of(c, topics, base_url)))
            .collect()
    }
}

/// The records of every compact, noted as read whole.
fn read_all<'a>(r: &Reader<'_>, records: &'a [Arc<Records>]) -> Vec<&'a Records> {
    r.ids()
        .map(|c| {
            r.compact(c);
            &*records[c.index()]
        })
        .collect()
}

/// How many of the newest events the feed carries.
const FEED_ENTRIES: usize = 100;

/// An Atom feed of the compacts' changes: every timeline event, newest first.
pub(crate) fn feed(r: &Reader<'_>, views: &Views<'_>, config: &Config) -> Vec<u8> {
    let base = &config.base_url;
    let entries = r.events();
    let newest = entries
        .last()
        .map(|e| atom_date(e.date))
        .unwrap_or_else(|| "2000-01-01T00:00:00Z".to_owned());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{} – {}</title>\n  <id>{base}</id>\n  <link rel=\"alternate\" href=\"{base}\"/>\n  <link rel=\"self\" href=\"{base}{}\"/>\n  <updated>{newest}</updated>\n  <author><name>{}</name></author>\n",
        config.language.code(),
        escape_xml(&config.title),
        escape_xml(&views.t("timeline_title")),
        urls::FEED,
        escape_xml(&config.title),
    );
    for entry in entries.iter().rev().take(FEED_ENTRIES) {
        let slug = r.slug(entry.compact);
        let municipality = &r.head(entry.compact).municipality;
        let event = &r.timeline(entry.compact)[entry.event];
        let url = format!("{base}{}", urls::pretty(&urls::compact(slug)));
        out.push_str(&format!(
            "  <entry>\n    <title>{}: {}</title>\n    <id>{url}#{}-{}</id>\n    <link href=\"{url}\"/>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(municipality),
            escape_xml(&truncate(&event.text, 90)),
            entry.date,
            entry.event,
            atom_date(entry.date),
            escape_xml(&event.text),
        ));
    }
    out.push_str("</feed>\n");
    out.into_bytes()
}

/// A partial date as an Atom timestamp, the missing parts taken as the first.
fn atom_date(date: PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        date.year,
        date.month.unwrap_or(1),
        date.day.unwrap_or(1)
    )
}

fn json_record(c: &Compact, topics: &[Topic], base: &str) -> String {
    let head = &c.head;
    let record = CompactRecord {
        slug: &c.slug,
        url: format!("{base}{}", urls::pretty(&urls::compact(&c.slug))),
        title: &head.title,
        municipality: &head.municipality,
        kind: head.kind.key(),
        county: head.county.map(|c| c.name()),
        status: head.status.key(),
        adopted: head.adopted,
        revised: head.revised,
        decided_by: head.decided_by.as_deref(),
        endorses: head.endorses.as_deref(),
        summary: head.summary.as_deref(),
        timeline: &c.timeline,
        contacts: &c.text.contacts,
        sources: &c.text.sources,
        principles: c
            .principles
            .iter()
            .map(|p| PrincipleRecord {
                slug: &p.slug,
                url: format!("{base}{}", urls::pretty(&urls::principle(&c.slug, &p.slug))),
                title: &p.title,
                topics: p
                    .topics
                    .iter()
                    .map(|t| topics[t.index()].id.as_str())
                    .collect(),
                text: &p.body_markdown,
            })
            .collect(),
    };
    // Serializing plain data with string keys cannot fail.
    let pretty = serde_json::to_string_pretty(&record).unwrap_or_default();
    // JSON strings hold no raw line breaks, so every line break is between values.
    format!("  {}", pretty.replace('\n', "\n  "))
}

/// The JSON: every compact's record, in an array.
pub(crate) fn json(r: &Reader<'_>, records: &[Arc<Records>]) -> Vec<u8> {
    let records = read_all(r, records);
    if records.is_empty() {
        return b"[]".to_vec();
    }
    let size: usize = records.iter().map(|r| r.json.len() + 2).sum();
    let mut out = String::with_capacity(size + 4);
    out.push_str("[\n");
    for (i, record) in records.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(&record.json);
    }
    out.push_str("\n]");
    out.into_bytes()
}

fn csv_rows(compact: &Compact, topics: &[Topic]) -> String {
    let mut out = String::new();
    for principle in &compact.principles {
        let ids: Vec<&str> = principle
            .topics
            .iter()
            .map(|t| topics[t.index()].id.as_str())
            .collect();
        let row = [
            compact.slug.as_str(),
            compact.head.municipality.as_str(),
            principle.title.as_str(),
            &ids.join(";"),
            principle.body_markdown.as_str(),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The CSV: a header, then every compact's rows.
pub(crate) fn csv(r: &Reader<'_>, records: &[Arc<Records>]) -> Vec<u8> {
    const HEADER: &str = "compact,municipality,principle,topics,text\r\n";
    let records = read_all(r, records);
    let size: usize = records.iter().map(|r| r.csv.len()).sum();
    let mut out = String::with_capacity(HEADER.len() + size);
    out.push_str(HEADER);
    for record in records {
        out.push_str(&record.csv);
    }
    out.into_bytes()
}

/// A CSV field, quoted when it must be (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The sitemap of `paths`, each published under `base_url`.
pub(crate) fn sitemap(base_url: &str, paths: &[String]) -> Vec<u8> {
    let mut out = String::with_capacity(paths.len() * (base_url.len() + 40) + 128);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        out.push_str("  <url><loc>");
        out.push_str(&escape_xml(&format!("{base_url}{}", urls::pretty(path))));
        out.push_str("</loc></url>\n");
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

/// `robots.txt`: everything may be read, and where the sitemap is.
pub(crate) fn robots(config: &Config) -> Vec<u8> {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}{}\n",
        config.base_url,
        urls::SITEMAP
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("Dialog"), "Dialog");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("sa \"hej\""), "\"sa \"\"hej\"\"\"");
    }
}
