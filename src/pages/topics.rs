//! One page per topic with every compact's wording side by side. On a site split by county
//! the topic's page holds the national wording and the counts by county, and each county's
//! wordings have a page of their own.

use std::collections::HashMap;

use serde::Serialize;

use super::compare::{count_in, counties};
use super::family::{Family, Place};
use super::{About, Ctx};
use crate::compare::GroupKey;
use crate::content::{CompactId, PrincipleId, Topic, TopicId};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::{groups::group_slug, split, CompactSummary, GroupView, Link, PrincipleView};

/// A topic compared, or (`Some`) in one county, on a site split by county.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TopicJob(pub(crate) TopicId, pub(crate) Option<GroupKey>);

impl Family for TopicJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        let counties = counties(r);
        for t in r.topic_ids() {
            add(TopicJob(t, None));
            for &county in &counties {
                add(TopicJob(t, Some(county)));
            }
        }
    }

    fn place(self) -> Place {
        Place::Topic(self.0, self.1)
    }

    fn path(self, r: &Reader<'_>, words: Words) -> String {
        let id = &r.topic(self.0).id;
        match self.1 {
            None => urls::topic(words, id),
            Some(g) => urls::topic_in(words, id, &group_slug(g, words)),
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self.1 {
            None => page.topic(self.0),
            Some(g) => page.topic_in(self.0, g),
        }
    }
}

/// A compact's wordings on the topic.
#[derive(Serialize)]
struct Entry<'a> {
    compact: &'a CompactSummary,
    /// Its own texts first, then those it takes over through `endorses`.
    texts: Vec<Text<'a>>,
}

/// One text of a compact on the topic: in full, folded in a `<details>`, or, when the page
/// shows the same text elsewhere (a text taken over through `endorses`), a link to it.
#[derive(Serialize)]
struct Text<'a> {
    principle: PrincipleView<'a>,
    /// Its id on the page.
    id: String,
    /// Taken over from another compact.
    endorsed: bool,
    /// Where the page shows the same text in full: the compact it is shown under, linked to
    /// its place (`#id`).
    same_as: Option<Link>,
}

/// A county on a topic's page: how many of its compacts cover the topic.
#[derive(Serialize)]
struct CountyCount {
    group: GroupView,
    covering: usize,
}

#[derive(Serialize)]
struct Data<'a> {
    topic: &'a Topic,
    /// The language of the topic's name and description, when not the page's.
    topic_lang: Option<String>,
    entries: Vec<Entry<'a>>,
    missing: Vec<&'a CompactSummary>,
    /// On a site split by county: the counties, each with its page of wordings.
    counties: Vec<CountyCount>,
    /// "12 of 311 compacts cover the topic", on a site split by county.
    counted: Option<String>,
    /// The county of a county's page.
    county: Option<GroupView>,
}

impl Ctx<'_, '_> {
    /// A topic's page: every wording, or on a site split by county the national wording and
    /// the counts by county.
    fn topic(&self, t: TopicId) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let topic = r.topic(t);
        let words = views.words();
        let split = split(r);
        let (entries, missing, counties, counted) = if split {
            let (entries, missing) = self.wordings(t, r.group(GroupKey::National));
            let counties = r
                .groups()
                .into_iter()
                .filter(|(key, _)| *key != GroupKey::National)
                .map(|(key, members)| {
                    let mut group = views.group_view(key, members, true);
                    group.path = urls::topic_in(words, &topic.id, &group.slug);
                    CountyCount {
                        group,
                        covering: count_in(r.covering(t), members),
                    }
                })
                .collect();
            let counted = views
                .t("topic_counted")
                .replacen("{}", &r.covering(t).len().to_string(), 1)
                .replacen("{}", &r.compacts().to_string(), 1);
            (entries, missing, counties, Some(counted))
        } else {
            let all: Vec<CompactId> = r.ids().collect();
            let (entries, missing) = self.wordings(t, &all);
            (entries, missing, Vec::new(), None)
        };
        self.html(
            "topic.html",
            About {
                title: topic.name.clone(),
                description: description(topic),
                section: "compare",
                crumbs: vec![Link::new(views.t("compare_title"), urls::compare(words))],
                title_lang: views.content_lang(),
            },
            Data {
                topic,
                topic_lang: views.content_lang(),
                entries,
                missing,
                counties,
                counted,
                county: None,
            },
        )
    }

    /// A topic's wordings in one county, on a site split by county.
    fn topic_in(&self, t: TopicId, key: GroupKey) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let topic = r.topic(t);
        let words = views.words();
        let members = r.group(key);
        let group = views.group_view(key, members, true);
        let (entries, missing) = self.wordings(t, members);
        self.html(
            "topic.html",
            About {
                title: format!("{} – {}", topic.name, group.name),
                description: description(topic),
                section: "compare",
                crumbs: vec![
                    Link::new(views.t("compare_title"), urls::compare(words)),
                    views.topic_link(topic),
                ],
                title_lang: views.content_lang(),
            },
            Data {
                topic,
                topic_lang: views.content_lang(),
                entries,
                missing,
                counties: Vec::new(),
                counted: None,
                county: Some(group),
            },
        )
    }

    /// The wordings of `compacts` on topic `t`, and those of them that have none.
    fn wordings(
        &self,
        t: TopicId,
        compacts: &[CompactId],
    ) -> (Vec<Entry<'_>>, Vec<&CompactSummary>) {
        let (r, views) = (self.r, self.views);
        let mut entries = Vec::new();
        let mut missing = Vec::new();
        // Where each text is shown in full: under the compact that wrote it when it is on
        // the page, else under the first compact that takes it over.
        let mut shown: HashMap<PrincipleId, Link> = HashMap::new();
        for &c in compacts {
            let cell = r.cell(c, t);
            let summary = views.summary(r, c);
            for (k, &p) in cell.own.iter().enumerate() {
                shown.insert(p, at(summary, k));
            }
        }
        for &c in compacts {
            let cell = r.cell(c, t);
            let summary = views.summary(r, c);
            if cell.is_empty() {
                missing.push(summary);
                continue;
            }
            let mut texts = Vec::new();
            for (k, (&p, endorsed)) in cell
                .own
                .iter()
                .map(|p| (p, false))
                .chain(cell.endorsed.iter().map(|p| (p, true)))
                .enumerate()
            {
                let here = at(summary, k);
                let same_as = if endorsed {
                    let first = shown.entry(p).or_insert_with(|| here.clone());
                    (first.path != here.path).then(|| first.clone())
                } else {
                    None
                };
                texts.push(Text {
                    principle: views.principle(r, p),
                    id: here.path[1..].to_owned(),
                    endorsed,
                    same_as,
                });
            }
            entries.push(Entry {
                compact: summary,
                texts,
            });
        }
        (entries, missing)
    }
}

/// The place of compact `summary`'s `k`th text on a topic's page, named by the compact.
fn at(summary: &CompactSummary, k: usize) -> Link {
    Link::new(
        summary.municipality.clone(),
        format!("#{}--{k}", summary.slug),
    )
}

/// A topic's description, or its name when it has none.
fn description(topic: &Topic) -> String {
    if topic.description.is_empty() {
        topic.name.clone()
    } else {
        topic.description.clone()
    }
}
