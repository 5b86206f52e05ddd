//! A compact's page and its principles' pages.

use serde::Serialize;

use super::family::{Family, Place};
use super::{About, Ctx};
use crate::compare::Happening;
use crate::content::{CompactId, PartialDate, PrincipleId};
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

/// A thing that happened, as a compact's own timeline tells it.
#[derive(Serialize)]
struct EventView {
    date: DateView,
    text: String,
    /// Where it is told: an address, or a document in words.
    url: Option<String>,
    source: Option<String>,
    /// The page of the earlier version it tells of.
    version: Option<String>,
}

/// The things of one kind that happened, newest first.
#[derive(Serialize)]
struct EventGroup {
    /// `events`, `followups`, `joined` or `actions`.
    kind: &'static str,
    heading: String,
    events: Vec<EventView>,
}

/// How a compact's own timeline tells a thing that happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Told {
    /// As itself.
    Here,
    /// An event the editor wrote, told with the earlier version adopted that day.
    WithVersion(PartialDate),
    /// An earlier version told by the event written of its day.
    Elsewhere,
}

/// How each of `events` (oldest first) is told, so that each thing is told once: an earlier
/// version adopted on the day of an event written of that day (the same day, or month, or
/// year, as precisely as both say) is told by that event, the first of its day.
fn once_each(events: &[(PartialDate, Happening<'_>)]) -> Vec<Told> {
    let mut told = vec![Told::Here; events.len()];
    for (i, &(date, happening)) in events.iter().enumerate() {
        if !matches!(happening, Happening::Written(..)) {
            continue;
        }
        let same = events.iter().enumerate().position(|(j, &(other, h))| {
            matches!(h, Happening::Version(..)) && told[j] == Told::Here && same_day(date, other)
        });
        if let Some(j) = same {
            told[j] = Told::Elsewhere;
            told[i] = Told::WithVersion(events[j].0);
        }
    }
    told
}

/// Whether two dates may be the same day, as precisely as both are known: `2011-06` and
/// `2011-06-10` may be; a bare year is the same only as a bare year.
fn same_day(a: PartialDate, b: PartialDate) -> bool {
    let known = |x: Option<u8>, y: Option<u8>| match (x, y) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    a.year == b.year
        && a.month.is_some() == b.month.is_some()
        && known(a.month, b.month)
        && known(a.day, b.day)
}

/// How many other compacts' wordings a principle page quotes per topic before it sends the
/// reader to the topic page; keeps principle pages from growing with the number of compacts.
pub(crate) const QUOTED_ON_PRINCIPLE_PAGE: u8 = 3;

impl Ctx<'_, '_> {
    fn compact(&self, c: CompactId) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            body_html: &'a str,
            principles: Vec<PrincipleView<'a>>,
            endorsed: Vec<PrincipleView<'a>>,
            /// What happened, by kind, each newest first.
            timeline: Vec<EventGroup>,
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
        self.html_of_the_day(
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
                timeline: self.own_timeline(c),
                contacts: &text.contacts,
                sources: self.sources_view(&text.sources),
                living: self.living(c),
                easy: r
                    .has_easy(Some(c))
                    .then(|| urls::compact_easy(views.words(), r.slug(c))),
            },
        )
    }

    /// What happened in compact `c`'s process, by kind (decisions and events, follow-ups,
    /// organisations joining, actions done), each newest first. An earlier version adopted
    /// on the day of an event the editor wrote is that event, told once and linked to the
    /// version's page.
    fn own_timeline(&self, c: CompactId) -> Vec<EventGroup> {
        let (r, views) = (self.r, self.views);
        let slug = r.slug(c);
        let events = r.events_of(c);
        let versions = once_each(&events);
        let mut groups: Vec<EventGroup> = ["events", "followups", "joined", "actions"]
            .into_iter()
            .map(|kind| EventGroup {
                kind,
                heading: views.t(&format!("timeline_group_{kind}")),
                events: Vec::new(),
            })
            .collect();
        for (i, &(date, happening)) in events.iter().enumerate().rev() {
            let group = match happening {
                Happening::Written(..) | Happening::Version(..) => 0,
                Happening::Followup(..) => 1,
                Happening::Joined(..) => 2,
                Happening::ActionDone(..) => 3,
            };
            let version = match (happening, versions[i]) {
                (_, Told::Elsewhere) => continue,
                (Happening::Version(..), _) => Some(date),
                (_, Told::WithVersion(at)) => Some(at),
                (_, Told::Here) => None,
            };
            let cited = match happening {
                Happening::Written(_, _, cited) | Happening::Followup(_, _, cited) => cited,
                _ => Default::default(),
            };
            groups[group].events.push(EventView {
                date: views.date_view(date),
                text: views.happening(date, happening),
                url: cited.url.map(str::to_owned),
                source: cited.source.map(str::to_owned),
                version: version.map(|d| urls::version(views.words(), slug, &d.to_string())),
            });
        }
        groups.retain(|g| !g.events.is_empty());
        groups
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
