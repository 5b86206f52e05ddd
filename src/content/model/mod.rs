//! The content model: what the editors wrote, checked and ready to render. Each compact is
//! held behind an `Arc`, so that a site with one compact read again shares every other
//! compact with the site before it.

use std::path::PathBuf;
use std::sync::Arc;

mod living;

use serde::Serialize;

use crate::date::PartialDate;
use crate::diagnostics::Problems;
pub(crate) use living::*;

/// A compact's place in [`Content::compacts`]: the national compact first, then by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct CompactId(pub u32);

/// A topic's place in [`Content::topics`], in the order of `topics.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct TopicId(pub u16);

/// A principle: its compact, and its place among the compact's principles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct PrincipleId {
    /// The compact that wrote it.
    pub compact: CompactId,
    /// Its place in that compact's principles.
    pub index: u16,
}

impl CompactId {
    /// The index into [`Content::compacts`].
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

impl TopicId {
    /// The index into [`Content::topics`].
    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// Everything under `content/`.
#[derive(Debug, Clone)]
pub(crate) struct Content {
    /// The front page (`content/_index.md`).
    pub front: Arc<FrontPage>,
    /// The comparison vocabulary, in the order of `topics.yaml`.
    pub topics: Arc<Vec<Topic>>,
    /// The compacts: the national compact first, then by municipality, as Swedish sorts.
    pub compacts: Vec<Arc<Compact>>,
    /// Warnings about the site as a whole (a topic no principle uses).
    pub warnings: Problems,
    /// The front page's easy-to-read version (`content/lattlast.md`), if there is one.
    pub front_easy: Option<EasyText>,
}

/// An easy-to-read version (lättläst) of a page: `lattlast.md` beside the text it retells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EasyText {
    /// Its heading, when it has another than the page it retells.
    pub title: Option<String>,
    /// Its meta description, if given.
    pub description: Option<String>,
    /// Its text, rendered, each line kept a line.
    pub body_html: String,
}

/// The front page's own text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FrontPage {
    /// A heading other than the site's title, if given.
    pub title: Option<String>,
    /// The meta description, if given.
    pub description: Option<String>,
    /// The body, rendered.
    pub body_html: String,
    /// What reading the file found.
    pub review: Review,
}

/// One word of the comparison vocabulary.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct Topic {
    /// URL-safe id, used in principle files.
    pub id: String,
    /// The name readers see.
    pub name: String,
    /// One sentence on what the topic covers.
    pub description: String,
    /// Where its id stands in `topics.yaml` (line, column, the line's text), for warnings.
    #[serde(skip)]
    pub at: (usize, usize, String),
}

/// What kind of body made the compact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    /// A municipality.
    Kommun,
    /// A region.
    Region,
    /// The national compact.
    Nationell,
}

/// Where a compact's process stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Status {
    /// Suggested, no work started.
    Proposed,
    /// Being written.
    Drafting,
    /// Decided and in force.
    Adopted,
    /// In force in a revised version.
    Revised,
    /// The process stopped before a compact was adopted.
    Halted,
    /// Was in force, no longer is.
    Ended,
    /// Not known: what the sources say does not tell where the process stands (a compact
    /// "has been produced", without a word on its adoption).
    Unknown,
}

impl Status {
    /// Whether a compact with this status is, or may become, in force: not ended or halted.
    pub(crate) fn in_force(self) -> bool {
        !matches!(self, Status::Ended | Status::Halted)
    }

    /// Every status, in the order a process goes through them.
    pub(crate) const ALL: [Status; 7] = [
        Status::Proposed,
        Status::Drafting,
        Status::Adopted,
        Status::Revised,
        Status::Halted,
        Status::Ended,
        Status::Unknown,
    ];

    /// The word used in front matter.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Drafting => "drafting",
            Status::Adopted => "adopted",
            Status::Revised => "revised",
            Status::Halted => "halted",
            Status::Ended => "ended",
            Status::Unknown => "unknown",
        }
    }
}

impl Kind {
    /// Every kind.
    pub(crate) const ALL: [Kind; 3] = [Kind::Kommun, Kind::Region, Kind::Nationell];

    /// The word used in front matter.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Kind::Kommun => "kommun",
            Kind::Region => "region",
            Kind::Nationell => "nationell",
        }
    }
}

/// One compact and its principles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Compact {
    /// The folder name, used in URLs.
    pub slug: String,
    /// What lists of compacts show of it.
    pub head: Head,
    /// What its own page adds.
    pub text: Text,
    /// Events of its process, oldest first.
    pub timeline: Vec<Event>,
    /// Its principles, in order.
    pub principles: Vec<Principle>,
    /// The versions before the one in force, oldest first.
    pub versions: Vec<Version>,
    /// Who joined it.
    pub signatories: Signatories,
    /// Its action plan.
    pub plan: Vec<Action>,
    /// Its follow-ups.
    pub followups: Followups,
    /// The language its text is written in, when it says one (`language` in `_index.md`);
    /// otherwise the site's `content_language`.
    pub language: Option<String>,
    /// Its easy-to-read version (`lattlast.md`), if it has one.
    pub easy: Option<EasyText>,
    /// What reading its files found: warnings, and links for `check`.
    pub review: Review,
}

/// What a compact is and where its process stands: what lists, cards and tables show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Head {
    /// The compact's full title.
    pub title: String,
    /// The municipality or region, as shown on cards and in the matrix.
    pub municipality: String,
    /// Municipality, region or national.
    pub kind: Kind,
    /// The county it belongs to; none for the national compact, or when not given.
    pub county: Option<super::County>,
    /// Where its process stands.
    pub status: Status,
    /// When it was adopted.
    pub adopted: Option<PartialDate>,
    /// When the version shown was revised.
    pub revised: Option<PartialDate>,
    /// The body that decided it.
    pub decided_by: Option<String>,
    /// The folder of the compact whose principles this one takes as its own.
    pub endorses: Option<String>,
    /// One or two sentences for cards and the meta description.
    pub summary: Option<String>,
    /// The agreement that replaced it.
    pub replaced_by: Option<Replacement>,
    /// What of it exists but is not published here.
    pub unpublished: Unpublished,
}

/// A compact's own text and the facts only its page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text {
    /// The compact's own text, rendered.
    pub body_html: String,
    /// The compact's own text without markup, for search.
    pub body_text: String,
    /// People to ask.
    pub contacts: Vec<Contact>,
    /// The documents it is written from.
    pub sources: Vec<Source>,
}

/// One principle of one compact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Principle {
    /// The file stem, used in URLs and as the anchor on the compact's page.
    pub slug: String,
    /// Its heading.
    pub title: String,
    /// The topics it covers.
    pub topics: Vec<TopicId>,
    /// Its text as the editor wrote it (for the open data).
    pub body_markdown: String,
    /// Its text without markup, for search and descriptions.
    pub body_text: String,
    /// Its text, rendered once.
    pub body_html: String,
}

/// One dated step of a process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Event {
    /// When.
    pub date: PartialDate,
    /// What happened.
    pub text: String,
    /// Where it is told, as an address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Where it is told, in words, when it has no address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A person or desk to contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Contact {
    /// Name.
    pub name: String,
    /// Role or title.
    pub role: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Telephone number.
    pub phone: Option<String>,
}

/// A document the compact's page is written from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Source {
    /// The document's title.
    pub title: String,
    /// Its date.
    pub date: Option<PartialDate>,
    /// Its reference number (diarienummer).
    pub dnr: Option<String>,
    /// Where it is published.
    pub url: Option<String>,
}

/// What reading a text found: warnings at their lines, and every Markdown link with the
/// page it is shown on, for `overens check` to follow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Review {
    /// Warnings, each at its line.
    pub warnings: Problems,
    /// Every link written in Markdown.
    pub links: Vec<MarkdownLink>,
    /// Warnings about living facts without a source, given on a site that asks for sources.
    pub unsourced: Problems,
}

/// A link written in Markdown, with where it was written and the page it appears on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkdownLink {
    /// The file, relative to the site root.
    pub file: PathBuf,
    /// 1-based line of the link in the file.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The line's text, for the snippet.
    pub source_line: String,
    /// The folder of the page the text is published on, relative to the output root,
    /// with a trailing `/` (empty for the front page).
    pub page_folder: String,
    /// The link as written.
    pub url: String,
}

impl Content {
    /// Every compact's id, in order.
    pub(crate) fn ids(&self) -> impl Iterator<Item = CompactId> {
        (0..self.compacts.len() as u32).map(CompactId)
    }

    /// The compact with id `id`.
    pub(crate) fn get(&self, id: CompactId) -> &Compact {
        &self.compacts[id.index()]
    }

    /// The id of the compact in folder `slug`.
    pub(crate) fn find(&self, slug: &str) -> Option<CompactId> {
        self.compacts
            .iter()
            .position(|c| c.slug == slug)
            .map(|i| CompactId(i as u32))
    }

    /// The principle with id `id`.
    pub(crate) fn principle(&self, id: PrincipleId) -> &Principle {
        &self.get(id.compact).principles[usize::from(id.index)]
    }

    /// Every warning that reading the content gave, in the order files were read.
    pub(crate) fn warnings(&self) -> Problems {
        let mut all = self.front.review.warnings.clone();
        for compact in &self.compacts {
            all.extend(compact.review.warnings.clone());
        }
        all.extend(self.warnings.clone());
        all
    }

    /// Every link written in Markdown, for `check`.
    pub(crate) fn links(&self) -> impl Iterator<Item = &MarkdownLink> {
        self.front
            .review
            .links
            .iter()
            .chain(self.compacts.iter().flat_map(|c| c.review.links.iter()))
    }
}

impl Compact {
    /// Its principles' ids.
    pub(crate) fn principle_ids(&self, id: CompactId) -> impl Iterator<Item = PrincipleId> {
        (0..self.principles.len() as u16).map(move |index| PrincipleId { compact: id, index })
    }
}
