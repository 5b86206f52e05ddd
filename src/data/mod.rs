//! The machine-readable files: open data as JSON and CSV, the sitemap, the feed, robots.txt
//! and (in [`search`]) the search index. Each compact's share of the open data is serialized
//! once, when the compact is read ([`Records`]), and its share of the search index is found
//! once ([`crate::terms`]), so an edit serializes its own compact again and not the whole
//! site.

mod catalog;
mod records;
mod search;

use crate::compare::Happening;
use crate::config::Config;
use crate::content::PartialDate;
use crate::html::escape_xml;
use crate::reads::{Kept, Reader};
use crate::urls;
use crate::views::{truncate, Views};
pub(crate) use catalog::catalog;
pub(crate) use records::Records;
pub(crate) use search::{search_compact, search_part, search_topics};

/// The records of every compact, noting what making them read.
fn read_all<'a>(r: &Reader<'_>, records: &'a [Kept<Records>]) -> Vec<&'a Records> {
    r.ids().map(|c| records[c.index()].get(r)).collect()
}

/// How many of the newest events the feed carries.
const FEED_ENTRIES: usize = 100;

/// An Atom feed of the compacts' changes: every timeline event, newest first.
pub(crate) fn feed(r: &Reader<'_>, views: &Views<'_>, config: &Config) -> Vec<u8> {
    let base = &config.base_url;
    // Versions adopted and follow-ups published join the events editors wrote; joining
    // organisations and actions done are for the timeline.
    let entries: Vec<_> = r
        .events()
        .into_iter()
        .filter(|e| {
            matches!(
                e.happening,
                Happening::Written(..) | Happening::Version(..) | Happening::Followup(..)
            )
        })
        .collect();
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
        let text = views.happening(entry.date, entry.happening);
        let url = format!("{base}{}", urls::pretty(&urls::compact(slug)));
        // An event written in another language than the feed's says so (xml:lang).
        let lang = views
            .lang_of(r, entry.compact)
            .map(|lang| format!(" xml:lang=\"{}\"", escape_xml(&lang)))
            .unwrap_or_default();
        // An event the editor wrote keeps the id it has always had: its place in `timeline`.
        let id = match &entry.happening {
            Happening::Written(index, ..) => index.to_string(),
            Happening::Version(..) => "version".to_owned(),
            Happening::Followup(kind, title, _) => {
                format!("{}-{}", kind.key(), crate::content::slugify(title))
            }
            Happening::Joined(_) | Happening::ActionDone(_) => "event".to_owned(),
        };
        out.push_str(&format!(
            "  <entry{lang}>\n    <title>{}: {}</title>\n    <id>{url}#{}-{id}</id>\n    <link href=\"{url}\"/>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(municipality),
            escape_xml(&truncate(&text, 90)),
            entry.date,
            atom_date(entry.date),
            escape_xml(&text),
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

/// The JSON: every compact's record, in an array.
pub(crate) fn json(r: &Reader<'_>, records: &[Kept<Records>]) -> Vec<u8> {
    joined(&json_pieces(&read_all(r, records)))
}

/// The sizes in bytes of the whole site's open data files.
pub(crate) struct Sizes {
    /// The JSON.
    pub(crate) json: usize,
    /// The principles' CSV.
    pub(crate) csv: usize,
    /// The signatories' CSV.
    pub(crate) signatories: usize,
}

/// The sizes of the files [`json`], [`csv`] and [`signatories_csv`] write, without writing
/// them.
pub(crate) fn sizes(r: &Reader<'_>, records: &[Kept<Records>]) -> Sizes {
    let all = read_all(r, records);
    Sizes {
        json: size(&json_pieces(&all)),
        csv: size(&csv_pieces(&all)),
        signatories: size(&signatories_pieces(&all)),
    }
}

/// The pieces the JSON is joined from, in order: the catalog adds up their lengths for the
/// file's size, so the size is that of the very bytes written, without writing them twice.
fn json_pieces<'a>(records: &[&'a Records]) -> Vec<&'a str> {
    if records.is_empty() {
        return vec!["[]"];
    }
    let mut pieces = Vec::with_capacity(records.len() * 2 + 1);
    pieces.push("[\n");
    for (i, record) in records.iter().enumerate() {
        if i > 0 {
            pieces.push(",\n");
        }
        pieces.push(record.json.as_str());
    }
    pieces.push("\n]");
    pieces
}

/// The bytes of a file made of `pieces`.
fn joined(pieces: &[&str]) -> Vec<u8> {
    let mut out = String::with_capacity(size(pieces));
    for piece in pieces {
        out.push_str(piece);
    }
    out.into_bytes()
}

/// The size in bytes of a file made of `pieces`.
fn size(pieces: &[&str]) -> usize {
    pieces.iter().map(|p| p.len()).sum()
}

/// The CSV: a header, then every compact's rows.
pub(crate) fn csv(r: &Reader<'_>, records: &[Kept<Records>]) -> Vec<u8> {
    joined(&csv_pieces(&read_all(r, records)))
}

/// The pieces the CSV is joined from, in order (see [`json_pieces`]).
fn csv_pieces<'a>(records: &[&'a Records]) -> Vec<&'a str> {
    const HEADER: &str = "compact,municipality,principle,topics,text,published\r\n";
    std::iter::once(HEADER)
        .chain(records.iter().map(|r| r.csv.as_str()))
        .collect()
}

/// The signatories of every compact, one organisation a row.
pub(crate) fn signatories_csv(r: &Reader<'_>, records: &[Kept<Records>]) -> Vec<u8> {
    joined(&signatories_pieces(&read_all(r, records)))
}

/// The pieces the signatories' CSV is joined from, in order (see [`json_pieces`]).
pub(super) fn signatories_pieces<'a>(records: &[&'a Records]) -> Vec<&'a str> {
    const HEADER: &str =
        "compact,municipality,organisation,org_number,joined,left,list_complete\r\n";
    std::iter::once(HEADER)
        .chain(records.iter().map(|r| r.signatories.as_str()))
        .collect()
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
