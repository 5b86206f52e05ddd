//! Each compact's share of the data files, serialized once when the compact is read: an edit
//! serializes its own compact again and not the whole site.

use serde::Serialize;

use crate::content::{
    Action, Compact, Contact, Event, Followup, PartialDate, Replacement, Signatory, SignatoryCount,
    Source, Topic,
};
use crate::urls;

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
    replaced_by: Option<&'a Replacement>,
    versions: Vec<VersionRecord<'a>>,
    signatories: &'a [Signatory],
    signatory_counts: &'a [SignatoryCount],
    signatories_source: Option<&'a Source>,
    /// Whether the list holds every organisation that joined, and where the full one is.
    signatories_complete: bool,
    signatories_full_list: Option<&'a Source>,
    /// Whether the compact's principles and text are here; what exists but is not
    /// published here is not "none".
    principles_published: bool,
    text_published: bool,
    kept_at: Option<&'a Source>,
    plan: &'a [Action],
    followups: &'a [Followup],
    follow_up_every_years: Option<u8>,
}

#[derive(Serialize)]
struct VersionRecord<'a> {
    date: PartialDate,
    title: Option<&'a str>,
    decided_by: Option<&'a str>,
    summary: Option<&'a str>,
    sources: &'a [Source],
    text: &'a str,
    principles: Vec<PrincipleRecord<'a>>,
}

#[derive(Serialize)]
struct PrincipleRecord<'a> {
    slug: &'a str,
    #[serde(skip_serializing_if = "String::is_empty")]
    url: String,
    title: &'a str,
    topics: Vec<&'a str>,
    text: &'a str,
}

/// What the data files hold of one compact.
#[derive(Debug, Clone, Default)]
pub(crate) struct Records {
    /// Its record in the JSON, indented as one element of the top-level array.
    pub(super) json: String,
    /// Its rows of the CSV, one per principle.
    pub(super) csv: String,
    /// Its rows of the signatories' CSV, one per organisation.
    pub(super) signatories: String,
}

impl Records {
    /// Serializes `compact`, whose topics are among `topics`.
    pub(crate) fn of(compact: &Compact, topics: &[Topic], base_url: &str) -> Records {
        Records {
            json: json_record(compact, topics, base_url),
            csv: csv_rows(compact, topics),
            signatories: signatory_rows(compact),
        }
    }
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
        replaced_by: head.replaced_by.as_ref(),
        versions: c
            .versions
            .iter()
            .map(|v| VersionRecord {
                date: v.date,
                title: v.title.as_deref(),
                decided_by: v.decided_by.as_deref(),
                summary: v.summary.as_deref(),
                sources: &v.sources,
                text: &v.body_markdown,
                principles: v
                    .principles
                    .iter()
                    .map(|p| PrincipleRecord {
                        slug: &p.slug,
                        url: String::new(),
                        title: &p.title,
                        topics: p
                            .topics
                            .iter()
                            .map(|t| topics[t.index()].id.as_str())
                            .collect(),
                        text: &p.body_markdown,
                    })
                    .collect(),
            })
            .collect(),
        signatories: &c.signatories.list,
        signatory_counts: &c.signatories.counts,
        signatories_source: c.signatories.source.as_ref(),
        signatories_complete: c.signatories.complete,
        signatories_full_list: c.signatories.full_list.as_ref(),
        principles_published: !head.unpublished.principles,
        text_published: !head.unpublished.text,
        kept_at: head.unpublished.kept_at.as_ref(),
        plan: &c.plan,
        followups: &c.followups.list,
        follow_up_every_years: c.followups.every_years,
    };
    // Serializing plain data with string keys cannot fail.
    let pretty = serde_json::to_string_pretty(&record).unwrap_or_default();
    // JSON strings hold no raw line breaks, so every line break is between values.
    format!("  {}", pretty.replace('\n', "\n  "))
}

/// The rows of the principles' CSV for `compact`: one per principle, the last column
/// `true`; a compact whose principles exist but are not published here has one row without
/// a principle, `false` there, so the file does not read as if it had none.
fn csv_rows(compact: &Compact, topics: &[Topic]) -> String {
    let mut out = String::new();
    if compact.head.unpublished.principles {
        let row = [
            compact.slug.as_str(),
            &compact.head.municipality,
            "",
            "",
            "",
            "false",
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
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
            "true",
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The rows of the signatories' CSV for `compact`: one per organisation, the last column
/// saying whether the compact's list is complete.
fn signatory_rows(compact: &Compact) -> String {
    let mut out = String::new();
    let complete = compact.signatories.complete.to_string();
    for s in &compact.signatories.list {
        let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let row = [
            compact.slug.clone(),
            compact.head.municipality.clone(),
            s.name.clone(),
            s.org_number.clone().unwrap_or_default(),
            date(s.joined),
            date(s.left),
            complete.clone(),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A CSV field, quoted when it must be (RFC 4180). A field that a spreadsheet program would
/// take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets an
/// apostrophe first and is quoted, so that Excel and LibreOffice show it as text and never
/// run it when a reader opens the file (OWASP's advice on CSV injection).
fn csv_field(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula {
        format!("\"'{}\"", text.replace('"', "\"\""))
    } else if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
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

    #[test]
    fn no_field_is_a_formula() {
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x.se\",\"A\")"),
            "\"'=HYPERLINK(\"\"http://x.se\"\",\"\"A\"\")\""
        );
        assert_eq!(csv_field("+46 8 123"), "\"'+46 8 123\"");
        assert_eq!(csv_field("- en punkt"), "\"'- en punkt\"");
        assert_eq!(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(csv_field("\tx"), "\"'\tx\"");
        assert_eq!(csv_field("\rx"), "\"'\rx\"");
        assert_eq!(csv_field("802480-1238"), "802480-1238");
    }
}
