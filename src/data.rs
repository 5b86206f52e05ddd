//! The machine-readable files: open data as JSON and CSV, the sitemap, the feed, and (from
//! [`crate::search`]) the search index.

use serde::Serialize;

use crate::content::{Contact, Event, PartialDate, Source};
use crate::pages::Page;
use crate::site::Site;
use crate::views::{paths, Views};

#[derive(Serialize)]
struct CompactRecord<'a> {
    slug: &'a str,
    url: String,
    title: &'a str,
    municipality: &'a str,
    kind: &'static str,
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
    topics: &'a [String],
    text: &'a str,
}

/// What the data files and the search index hold of one compact, serialized once when the
/// compact is read, so that an edit serializes its own compact again and not the whole site.
#[derive(Debug, Clone, Default)]
pub struct Records {
    /// Its record in the JSON, indented as one element of the top-level array.
    json: String,
    /// Its rows of the CSV, one per principle.
    csv: String,
    /// Its entries in the search index, comma-separated.
    search: String,
    /// Its pages' entries in the sitemap.
    sitemap: String,
}

impl Records {
    /// Serializes compact `ci` of the site.
    pub fn of(site: &Site, ci: usize) -> Records {
        let compact = &site.content.compacts[ci];
        Records {
            json: json_record(site, compact),
            csv: csv_rows(compact),
            search: crate::search::entries(site, compact),
            sitemap: sitemap_entries(site, compact),
        }
    }

    /// The records of every compact, serialized in parallel.
    pub fn all(site: &Site) -> Vec<Records> {
        use rayon::prelude::*;
        (0..site.content.compacts.len())
            .into_par_iter()
            .map(|ci| Records::of(site, ci))
            .collect()
    }

    /// Its search index entries.
    pub fn search(&self) -> &str {
        &self.search
    }
}

/// The data files and the search index, made in parallel.
pub fn files(site: &Site, views: &Views<'_>) -> Vec<Page> {
    use rayon::prelude::*;
    type Maker = fn(&Site, &Views<'_>) -> Page;
    const MAKERS: [Maker; 6] = [
        |site, views| Page {
            path: views.words().json.to_owned(),
            bytes: json(&site.records),
        },
        |site, views| Page {
            path: views.words().csv.to_owned(),
            bytes: csv(&site.records),
        },
        |site, views| Page {
            path: "sitemap.xml".to_owned(),
            bytes: sitemap(site, views).into_bytes(),
        },
        |site, views| Page {
            path: "feed.xml".to_owned(),
            bytes: feed(site, views).into_bytes(),
        },
        |site, _| Page {
            path: "robots.txt".to_owned(),
            bytes: format!(
                "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
                site.config.base_url
            )
            .into_bytes(),
        },
        crate::search::index,
    ];
    MAKERS.par_iter().map(|make| make(site, views)).collect()
}

/// How many of the newest events the feed carries.
const FEED_ENTRIES: usize = 100;

/// An Atom feed of the compacts' changes: every timeline event, newest first.
fn feed(site: &Site, views: &Views<'_>) -> String {
    let base = &site.config.base_url;
    let entries = crate::compare::timeline(&site.content);
    let newest = entries
        .last()
        .map(|e| atom_date(e.date))
        .unwrap_or_else(|| "2000-01-01T00:00:00Z".to_owned());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{} – {}</title>\n  <id>{base}</id>\n  <link rel=\"alternate\" href=\"{base}\"/>\n  <link rel=\"self\" href=\"{base}feed.xml\"/>\n  <updated>{newest}</updated>\n  <author><name>{}</name></author>\n",
        site.config.language.code(),
        xml_escape(&site.config.title),
        xml_escape(&views.t("timeline_title")),
        xml_escape(&site.config.title),
    );
    for entry in entries.iter().rev().take(FEED_ENTRIES) {
        let compact = &site.content.compacts[entry.compact];
        let event = &compact.timeline[entry.event];
        let url = format!("{base}{}", paths::pretty(&paths::compact(&compact.slug)));
        out.push_str(&format!(
            "  <entry>\n    <title>{}: {}</title>\n    <id>{url}#{}-{}</id>\n    <link href=\"{url}\"/>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            xml_escape(&compact.municipality),
            xml_escape(&crate::pages::truncate(&event.text, 90)),
            entry.date,
            entry.event,
            atom_date(entry.date),
            xml_escape(&event.text),
        ));
    }
    out.push_str("</feed>\n");
    out
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

fn json_record(site: &Site, c: &crate::content::Compact) -> String {
    let base = &site.config.base_url;
    let record = CompactRecord {
        slug: &c.slug,
        url: format!("{base}{}", paths::pretty(&paths::compact(&c.slug))),
        title: &c.title,
        municipality: &c.municipality,
        kind: c.kind.key(),
        status: c.status.key(),
        adopted: c.adopted,
        revised: c.revised,
        decided_by: c.decided_by.as_deref(),
        endorses: c.endorses.as_deref(),
        summary: c.summary.as_deref(),
        timeline: &c.timeline,
        contacts: &c.contacts,
        sources: &c.sources,
        principles: c
            .principles
            .iter()
            .map(|p| PrincipleRecord {
                slug: &p.slug,
                url: format!(
                    "{base}{}",
                    paths::pretty(&paths::principle(&c.slug, &p.slug))
                ),
                title: &p.title,
                topics: &p.topics,
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
fn json(records: &[Records]) -> Vec<u8> {
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

fn csv_rows(compact: &crate::content::Compact) -> String {
    let mut out = String::new();
    for principle in &compact.principles {
        let row = [
            compact.slug.as_str(),
            compact.municipality.as_str(),
            principle.title.as_str(),
            &principle.topics.join(";"),
            principle.body_markdown.as_str(),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The CSV: a header, then every compact's rows.
fn csv(records: &[Records]) -> Vec<u8> {
    const HEADER: &str = "compact,municipality,principle,topics,text\r\n";
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

fn sitemap_entries(site: &Site, compact: &crate::content::Compact) -> String {
    let mut out = String::new();
    sitemap_entry(
        &mut out,
        &site.config.base_url,
        &paths::compact(&compact.slug),
    );
    for principle in &compact.principles {
        let path = paths::principle(&compact.slug, &principle.slug);
        sitemap_entry(&mut out, &site.config.base_url, &path);
    }
    out
}

fn sitemap_entry(out: &mut String, base: &str, path: &str) {
    out.push_str("  <url><loc>");
    out.push_str(&xml_escape(&format!("{base}{}", paths::pretty(path))));
    out.push_str("</loc></url>\n");
}

fn sitemap(site: &Site, views: &Views<'_>) -> String {
    let base = &site.config.base_url;
    let words = views.words();
    let size: usize = site.records.iter().map(|r| r.sitemap.len()).sum();
    let mut out = String::with_capacity(size + 4096);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in ["", &paths::compare(words), &paths::timeline(words)] {
        sitemap_entry(&mut out, base, path);
    }
    for record in &site.records {
        out.push_str(&record.sitemap);
    }
    for topic in &site.content.topics {
        sitemap_entry(&mut out, base, &paths::topic(words, &topic.id));
    }
    out.push_str("</urlset>\n");
    out
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
