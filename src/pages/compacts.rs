//! A compact's page and its principles' pages.

use serde::Serialize;

use super::family::{Family, Place};
use super::{About, Ctx};
use crate::compare::Happening;
use crate::content::{CompactId, PrincipleId};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::{truncate, CompactSummary, DateView, Link, Living, PrincipleView};

/// A compact's page, or a principle's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompactJob {
    /// A compact's page.
    Compact(CompactId),
    /// A principle's page.
    Principle(PrincipleId),
}

impl Family for CompactJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        for c in r.ids() {
            add(CompactJob::Compact(c));
            for (p, _) in r.outline(c) {
                add(CompactJob::Principle(p));
            }
        }
    }

    fn place(self) -> Place {
        match self {
            CompactJob::Compact(c) => Place::Compact(Some(c), 0, 0),
            CompactJob::Principle(p) => Place::Compact(Some(p.compact), 2, u32::from(p.index)),
        }
    }

    fn path(self, r: &Reader<'_>, _: Words) -> String {
        match self {
            CompactJob::Compact(c) => urls::compact(r.slug(c)),
            CompactJob::Principle(p) => urls::principle(r.slug(p.compact), r.title(p).slug),
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self {
            CompactJob::Compact(c) => page.compact(c),
            CompactJob::Principle(p) => page.principle(p),
        }
    }
}

/// How many other compacts' wordings a principle page quotes per topic before it sends the
/// reader to the topic page; keeps principle pages from growing with the number of compacts.
pub(crate) const QUOTED_ON_PRINCIPLE_PAGE: u8 = 3;

impl Ctx<'_, '_> {
    fn compact(&self, c: CompactId) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct EventView {
            date: DateView,
            text: String,
            /// Where it is told: an address, or a document in words.
            url: Option<String>,
            source: Option<String>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            body_html: &'a str,
            principles: Vec<PrincipleView<'a>>,
            endorsed: Vec<PrincipleView<'a>>,
            timeline: Vec<EventView>,
            contacts: &'a [crate::content::Contact],
            sources: Vec<super::living::SourceView<'a>>,
            living: Living,
            /// Its easy-to-read version's path, if it has one.
            easy: Option<String>,
        }
        let (r, views) = (self.r, self.views);
        let head = r.head(c);
        let text = r.text(c);
        let description = head.summary.clone().unwrap_or_else(|| head.title.clone());
        self.html(
            "compact.html",
            About {
                title: head.title.clone(),
                description,
                section: "",
                crumbs: Vec::new(),
                title_lang: views.lang_of(r, c),
            },
            Data {
                compact: views.summary(r, c),
                body_html: &text.body_html,
                principles: r
                    .outline(c)
                    .into_iter()
                    .map(|(p, _)| views.principle(r, p))
                    .collect(),
                endorsed: views.endorsed_principles(r, c),
                timeline: r
                    .events_of(c)
                    .into_iter()
                    .map(|(date, happening)| {
                        let cited = match happening {
                            Happening::Written(_, _, cited) | Happening::Followup(_, _, cited) => {
                                cited
                            }
                            _ => Default::default(),
                        };
                        EventView {
                            date: views.date_view(date),
                            text: views.happening(date, happening),
                            url: cited.url.map(str::to_owned),
                            source: cited.source.map(str::to_owned),
                        }
                    })
                    .collect(),
                contacts: &text.contacts,
                sources: self.sources_view(&text.sources),
                living: self.living(c),
                easy: r
                    .has_easy(Some(c))
                    .then(|| urls::compact_easy(views.words(), r.slug(c))),
            },
        )
    }

    fn principle(&self, p: PrincipleId) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Wording<'a> {
            principle: PrincipleView<'a>,
            /// The compact that takes it over through `endorses`, if it is not its own.
            via: Option<Link>,
        }
        #[derive(Serialize)]
        struct TopicWordings<'a> {
            topic: Link,
            wordings: Vec<Wording<'a>>,
            /// Compacts covering the topic that are not quoted here.
            more: usize,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            principle: PrincipleView<'a>,
            comparisons: Vec<TopicWordings<'a>>,
        }
        let (r, views) = (self.r, self.views);
        let c = p.compact;
        let principle = r.principle(p);
        let slug = r.slug(c);
        let municipality = &r.head(c).municipality;
        let comparisons = principle
            .topics
            .iter()
            .map(|&t| {
                let quotes = r.quotes(c, t, QUOTED_ON_PRINCIPLE_PAGE);
                let wordings: Vec<Wording> = quotes
                    .first
                    .iter()
                    .map(|&(quoted, via)| Wording {
                        principle: views.principle(r, quoted),
                        via: via.map(|o| views.compact_link(r, o)),
                    })
                    .collect();
                TopicWordings {
                    topic: views.topic_link(r.topic(t)),
                    more: quotes.total - wordings.len(),
                    wordings,
                }
            })
            .collect();
        self.html(
            "principle.html",
            About {
                title: format!("{} – {municipality}", principle.title),
                description: truncate(&principle.body_text, 160),
                section: "",
                crumbs: vec![Link::new(municipality.clone(), urls::compact(slug))],
                title_lang: views.lang_of(r, c),
            },
            Data {
                compact: views.summary(r, c),
                principle: views.principle(r, p),
                comparisons,
            },
        )
    }
}
