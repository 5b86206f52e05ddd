//! The content model: what the editors wrote, checked and ready to render.

use serde::Serialize;

use super::date::PartialDate;

/// Everything under `content/`.
#[derive(Debug, Clone)]
pub struct Content {
    /// The front page (`content/_index.md`).
    pub front: FrontPage,
    /// The comparison vocabulary, in the order of `topics.yaml`.
    pub topics: Vec<Topic>,
    /// The compacts, sorted by municipality name.
    pub compacts: Vec<Compact>,
}

/// The front page's own text.
#[derive(Debug, Clone, Default)]
pub struct FrontPage {
    /// A heading other than the site's title, if given.
    pub title: Option<String>,
    /// The meta description, if given.
    pub description: Option<String>,
    /// The body, rendered.
    pub body_html: String,
}

/// One word of the comparison vocabulary.
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    /// URL-safe id, used in principle files.
    pub id: String,
    /// The name readers see.
    pub name: String,
    /// One sentence on what the topic covers.
    pub description: String,
}

/// What kind of body made the compact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
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
pub enum Status {
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
}

impl Status {
    /// Every status, in the order a process goes through them.
    pub const ALL: [Status; 6] = [
        Status::Proposed,
        Status::Drafting,
        Status::Adopted,
        Status::Revised,
        Status::Halted,
        Status::Ended,
    ];

    /// The word used in front matter.
    pub fn key(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Drafting => "drafting",
            Status::Adopted => "adopted",
            Status::Revised => "revised",
            Status::Halted => "halted",
            Status::Ended => "ended",
        }
    }
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 3] = [Kind::Kommun, Kind::Region, Kind::Nationell];

    /// The word used in front matter.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Kommun => "kommun",
            Kind::Region => "region",
            Kind::Nationell => "nationell",
        }
    }
}

/// One compact and its principles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compact {
    /// The folder name, used in URLs.
    pub slug: String,
    /// The compact's full title.
    pub title: String,
    /// The municipality or region, as shown on cards and in the matrix.
    pub municipality: String,
    /// Municipality, region or national.
    pub kind: Kind,
    /// Where its process stands.
    pub status: Status,
    /// When it was adopted.
    pub adopted: Option<PartialDate>,
    /// When the version shown was revised.
    pub revised: Option<PartialDate>,
    /// The body that decided it.
    pub decided_by: Option<String>,
    /// The compact whose principles this one takes as its own.
    pub endorses: Option<String>,
    /// One or two sentences for cards and the meta description.
    pub summary: Option<String>,
    /// Events of its process, oldest first.
    pub timeline: Vec<Event>,
    /// People to ask.
    pub contacts: Vec<Contact>,
    /// The documents it is written from.
    pub sources: Vec<Source>,
    /// The compact's own text, rendered.
    pub body_html: String,
    /// The compact's own text without markup, for search.
    pub body_text: String,
    /// Its principles, in order.
    pub principles: Vec<Principle>,
}

/// One principle of one compact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principle {
    /// The file stem, used in URLs and as the anchor on the compact's page.
    pub slug: String,
    /// Its heading.
    pub title: String,
    /// Topic ids it covers.
    pub topics: Vec<String>,
    /// Its text as the editor wrote it (for the open data).
    pub body_markdown: String,
    /// Its text without markup, for search and descriptions.
    pub body_text: String,
    /// Its text, rendered once.
    pub body_html: String,
}

/// One dated step of a process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// When.
    pub date: PartialDate,
    /// What happened.
    pub text: String,
}

/// A person or desk to contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
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
pub struct Source {
    /// The document's title.
    pub title: String,
    /// Its date.
    pub date: Option<PartialDate>,
    /// Its reference number (diarienummer).
    pub dnr: Option<String>,
    /// Where it is published.
    pub url: Option<String>,
}

impl Content {
    /// The compact with this slug.
    pub fn compact(&self, slug: &str) -> Option<&Compact> {
        self.compacts.iter().find(|c| c.slug == slug)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}
