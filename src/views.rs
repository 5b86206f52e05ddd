//! What templates see: typed, serializable views of the content and comparison models.
//! Paths in views are relative to the output root (`eslov/index.html`); templates put the
//! page's `root` (`../../`) in front, so every link is relative and works from any folder
//! and from `file://`.

use serde::Serialize;

use crate::compare::{Cell, Matrix, PrincipleRef};
use crate::config::Lang;
use crate::content::{Compact, Content, PartialDate, Principle, Status, Topic};
use crate::templates::Strings;

/// The URL words of each language.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// The comparison folder.
    pub compare: &'static str,
    /// The timeline folder.
    pub timeline: &'static str,
    /// The open data, as JSON.
    pub json: &'static str,
    /// The open data, as CSV.
    pub csv: &'static str,
    /// The accessibility statement.
    pub accessibility: &'static str,
    /// The search page.
    pub search: &'static str,
}

impl Words {
    /// The words for `lang`.
    pub fn of(lang: Lang) -> Words {
        match lang {
            Lang::Sv => Words {
                compare: "jamfor",
                timeline: "tidslinje",
                json: "data/overenskommelser.json",
                csv: "data/principer.csv",
                accessibility: "tillganglighet",
                search: "sok",
            },
            Lang::En => Words {
                compare: "compare",
                timeline: "timeline",
                json: "data/compacts.json",
                csv: "data/principles.csv",
                accessibility: "accessibility",
                search: "search",
            },
        }
    }
}

/// Site-relative paths of every kind of page.
pub mod paths {
    use super::Words;

    /// A compact's page.
    pub fn compact(slug: &str) -> String {
        format!("{slug}/index.html")
    }
    /// A principle's page.
    pub fn principle(compact: &str, principle: &str) -> String {
        format!("{compact}/{principle}/index.html")
    }
    /// The matrix.
    pub fn compare(words: Words) -> String {
        format!("{}/index.html", words.compare)
    }
    /// One topic compared.
    pub fn topic(words: Words, id: &str) -> String {
        format!("{}/{id}/index.html", words.compare)
    }
    /// The timeline.
    pub fn timeline(words: Words) -> String {
        format!("{}/index.html", words.timeline)
    }
    /// The accessibility statement.
    pub fn accessibility(words: Words) -> String {
        format!("{}/index.html", words.accessibility)
    }
    /// The search page.
    pub fn search(words: Words) -> String {
        format!("{}/index.html", words.search)
    }
    /// The URL a page is published at: `eslov/index.html` → `eslov/`.
    pub fn pretty(path: &str) -> &str {
        path.strip_suffix("index.html").unwrap_or(path)
    }
}

/// A date with its ISO form (for `<time datetime>`) and its text in the site's language.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `2019-10-01`.
    pub iso: String,
    /// `1 oktober 2019`.
    pub text: String,
}

impl DateView {
    /// Writes `date` out in words.
    pub fn new(date: PartialDate, strings: &Strings, lang: Lang) -> DateView {
        let month = |m: u8| {
            strings
                .get(&format!("month_{m}"))
                .cloned()
                .unwrap_or_else(|| m.to_string())
        };
        let text = match (date.month, date.day, lang) {
            (Some(m), Some(d), Lang::Sv) => format!("{d} {} {}", month(m), date.year),
            (Some(m), Some(d), Lang::En) => format!("{d} {} {}", month(m), date.year),
            (Some(m), None, _) => format!("{} {}", month(m), date.year),
            _ => date.year.to_string(),
        };
        DateView {
            iso: date.to_string(),
            text,
        }
    }
}

/// A link to a page.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// The link text.
    pub title: String,
    /// Site-relative path.
    pub path: String,
}

/// A compact as it appears in lists, cards and table headers.
#[derive(Debug, Clone, Serialize)]
pub struct CompactSummary {
    /// Folder name.
    pub slug: String,
    /// Site-relative path of its page.
    pub path: String,
    /// Municipality or region.
    pub municipality: String,
    /// Full title.
    pub title: String,
    /// `kommun`, `region`, `nationell`.
    pub kind: &'static str,
    /// The kind in words.
    pub kind_label: String,
    /// Status key, used as a CSS class.
    pub status: &'static str,
    /// The status in words.
    pub status_label: String,
    /// Why a compact without principles has none, in words.
    pub no_principles_reason: String,
    /// When adopted.
    pub adopted: Option<DateView>,
    /// When revised.
    pub revised: Option<DateView>,
    /// Who decided it.
    pub decided_by: Option<String>,
    /// Its own principles.
    pub principle_count: usize,
    /// The compact it endorses, if any.
    pub endorses: Option<Link>,
    /// Short description.
    pub summary: Option<String>,
}

/// A principle as shown in full. Its text is borrowed from the content, never copied.
#[derive(Debug, Clone, Serialize)]
pub struct PrincipleView<'a> {
    /// File stem, used as anchor.
    pub slug: &'a str,
    /// Heading.
    pub title: &'a str,
    /// Site-relative path of its page.
    pub path: String,
    /// Rendered text.
    pub body_html: &'a str,
    /// The topics it covers.
    pub topics: Vec<Link>,
    /// The compact that wrote it.
    pub compact: Link,
}

/// One cell of the matrix.
#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    /// The compact's own principles on the topic.
    pub own: Vec<Link>,
    /// Principles taken over through `endorses`.
    pub endorsed: Vec<Link>,
}

/// Builds views once per build, shared by every page that needs them.
pub struct Views<'a> {
    content: &'a Content,
    strings: &'a Strings,
    lang: Lang,
    words: Words,
    /// One summary per compact, in content order.
    pub compacts: Vec<CompactSummary>,
}

impl<'a> Views<'a> {
    /// Prepares the summaries of every compact.
    pub fn new(content: &'a Content, strings: &'a Strings, lang: Lang) -> Views<'a> {
        let words = Words::of(lang);
        let mut views = Views {
            content,
            strings,
            lang,
            words,
            compacts: Vec::new(),
        };
        views.compacts = content.compacts.iter().map(|c| views.summary(c)).collect();
        views
    }

    /// A theme string, or its key when the theme lacks it.
    pub fn t(&self, key: &str) -> String {
        crate::templates::string(self.strings, key)
    }

    /// The URL words in use.
    pub fn words(&self) -> Words {
        self.words
    }

    fn date(&self, date: Option<PartialDate>) -> Option<DateView> {
        date.map(|d| DateView::new(d, self.strings, self.lang))
    }

    /// Writes a date in words.
    pub fn date_view(&self, date: PartialDate) -> DateView {
        DateView::new(date, self.strings, self.lang)
    }

    fn summary(&self, compact: &Compact) -> CompactSummary {
        let reason_key = match compact.status {
            Status::Proposed | Status::Drafting => "no_principles_yet",
            Status::Halted => "no_principles_halted",
            Status::Ended => "no_principles_ended",
            Status::Adopted | Status::Revised => "no_principles_given",
        };
        CompactSummary {
            slug: compact.slug.clone(),
            path: paths::compact(&compact.slug),
            municipality: compact.municipality.clone(),
            title: compact.title.clone(),
            kind: compact.kind.key(),
            kind_label: self.t(&format!("kind_{}", compact.kind.key())),
            status: compact.status.key(),
            status_label: self.t(&format!("status_{}", compact.status.key())),
            no_principles_reason: self.t(reason_key),
            adopted: self.date(compact.adopted),
            revised: self.date(compact.revised),
            decided_by: compact.decided_by.clone(),
            principle_count: compact.principles.len(),
            endorses: compact.endorses.as_deref().and_then(|slug| {
                self.content.compact(slug).map(|c| Link {
                    title: c.municipality.clone(),
                    path: paths::compact(slug),
                })
            }),
            summary: compact.summary.clone(),
        }
    }

    /// A link to compact `index`'s page, named by its municipality.
    pub fn compact_link(&self, index: usize) -> Link {
        let compact = &self.compacts[index];
        Link {
            title: compact.municipality.clone(),
            path: compact.path.clone(),
        }
    }

    /// A link to a topic's comparison page.
    pub fn topic_link(&self, topic: &Topic) -> Link {
        Link {
            title: topic.name.clone(),
            path: paths::topic(self.words, &topic.id),
        }
    }

    /// A principle, shown in full.
    pub fn principle(&self, compact: &'a Compact, principle: &'a Principle) -> PrincipleView<'a> {
        PrincipleView {
            slug: &principle.slug,
            title: &principle.title,
            path: paths::principle(&compact.slug, &principle.slug),
            body_html: &principle.body_html,
            topics: principle
                .topics
                .iter()
                .filter_map(|id| self.content.topic(id))
                .map(|t| self.topic_link(t))
                .collect(),
            compact: Link {
                title: compact.municipality.clone(),
                path: paths::compact(&compact.slug),
            },
        }
    }

    /// The principle a reference points at, shown in full.
    pub fn principle_ref(&self, at: PrincipleRef) -> PrincipleView<'a> {
        let compact = &self.content.compacts[at.compact];
        self.principle(compact, &compact.principles[at.principle])
    }

    /// A link to the principle a reference points at.
    pub fn principle_link(&self, at: PrincipleRef) -> Link {
        let compact = &self.content.compacts[at.compact];
        let principle = &compact.principles[at.principle];
        Link {
            title: principle.title.clone(),
            path: paths::principle(&compact.slug, &principle.slug),
        }
    }

    /// One matrix cell.
    pub fn cell(&self, cell: &Cell) -> CellView {
        CellView {
            own: cell.own.iter().map(|&r| self.principle_link(r)).collect(),
            endorsed: cell
                .endorsed
                .iter()
                .map(|&r| self.principle_link(r))
                .collect(),
        }
    }

    /// The principles compact `index` takes over through `endorses`.
    pub fn endorsed_principles(&self, matrix: &Matrix, index: usize) -> Vec<PrincipleView<'a>> {
        matrix.endorsed_chain[index]
            .iter()
            .flat_map(|&other| {
                let compact = &self.content.compacts[other];
                compact.principles.iter().map(move |p| (compact, p))
            })
            .map(|(c, p)| self.principle(c, p))
            .collect()
    }
}
