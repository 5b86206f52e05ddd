//! A compact's page and its principles' pages.

use serde::Serialize;

use super::{Ctx, Head};
use crate::compare::{Cited, Happening};
use crate::content::{CompactId, PrincipleId};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::{truncate, CompactSummary, DateView, Link, PrincipleView};

/// How many other compacts' wordings a principle page quotes per topic before it sends the
/// reader to the topic page; keeps principle pages from growing with the number of compacts.
pub(crate) const QUOTED_ON_PRINCIPLE_PAGE: u8 = 3;

impl Ctx<'_, '_> {
    pub(super) fn compact(&self, c: CompactId) -> Result<Page, Problem> {
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
            living: super::overview::Living,
            /// Its easy-to-read version's path, if it has one.
            easy: Option<String>,
        }
        let (r, views) = (self.r, self.views);
        let head = r.head(c);
        let text = r.text(c);
        let path = urls::compact(r.slug(c));
        let description = head.summary.clone().unwrap_or_else(|| head.title.clone());
        self.html(
            "compact.html",
            Head {
                path,
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
                    .iter()
                    .map(|(date, happening)| {
                        let cited = match happening {
                            Happening::Written(_, _, cited) | Happening::Followup(_, _, cited) => {
                                cited.clone()
                            }
                            _ => Cited::default(),
                        };
                        EventView {
                            date: views.date_view(*date),
                            text: views.happening(happening),
                            url: cited.url,
                            source: cited.source,
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

    pub(super) fn principle(&self, p: PrincipleId) -> Result<Page, Problem> {
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
        let path = urls::principle(slug, &principle.slug);
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
            Head {
                path,
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
