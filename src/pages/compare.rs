//! The matrix of topics against compacts, grouped by county. A small site has it on one
//! page; a site split by county has the national compact and a summary of the counties on
//! the matrix's page, and each county's matrix on a page of its own.

use serde::Serialize;

use super::family::{Family, Nav, Place};
use super::{About, Ctx};
use crate::compare::GroupKey;
use crate::content::{CompactId, TopicId};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::{groups::group_slug, split, whole_and_summed, CompactSummary, GroupView, Link};

/// The matrix, or a county's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompareJob {
    /// The matrix of the whole site.
    Matrix,
    /// A county's matrix, on a site split by county.
    County(GroupKey),
}

impl Family for CompareJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        add(CompareJob::Matrix);
        for county in counties(r) {
            add(CompareJob::County(county));
        }
    }

    fn place(self) -> Place {
        match self {
            CompareJob::Matrix => Place::Site(1),
            CompareJob::County(g) => Place::County(g, 0),
        }
    }

    fn path(self, _: &Reader<'_>, words: Words) -> String {
        match self {
            CompareJob::Matrix => urls::compare(words),
            CompareJob::County(g) => urls::county(words, &group_slug(g, words)),
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn nav(words: Words, nav: &mut Nav) {
        nav.insert("compare", urls::compare(words));
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self {
            CompareJob::Matrix => page.compare(),
            CompareJob::County(g) => page.county(g),
        }
    }
}

/// The counties with pages of their own: on a site split by county, every group with
/// compacts but the national compact's.
pub(super) fn counties(r: &Reader<'_>) -> Vec<GroupKey> {
    if !split(r) {
        return Vec::new();
    }
    r.groups()
        .into_iter()
        .map(|(key, _)| key)
        .filter(|&key| key != GroupKey::National)
        .collect()
}

/// A topic's column.
#[derive(Serialize)]
struct TopicHeader {
    id: String,
    name: String,
    path: String,
    /// Compacts covering the topic: on the page's groups.
    count: usize,
    /// The name's language, when not the page's.
    lang: Option<String>,
}

/// A principle in a cell: its mark links to it.
#[derive(Serialize)]
struct Mark {
    title: String,
    path: String,
    /// Taken over through `endorses`, not the compact's own.
    endorsed: bool,
    /// The title's language, when not the page's.
    lang: Option<String>,
}

/// One compact's row.
#[derive(Serialize)]
struct Row<'a> {
    compact: &'a CompactSummary,
    /// How many topics it covers.
    count: usize,
    /// One list of marks per topic.
    cells: Vec<Vec<Mark>>,
}

/// A group's rows under its heading.
#[derive(Serialize)]
struct GroupRows<'a> {
    group: GroupView,
    rows: Vec<Row<'a>>,
}

/// A county in the summary: how many of its compacts cover each topic.
#[derive(Serialize)]
struct CountyRow {
    group: GroupView,
    covering: Vec<Covered>,
}

/// How many of a county's compacts cover a topic, and the topic's page for the county.
#[derive(Serialize)]
struct Covered {
    count: usize,
    path: String,
}

#[derive(Serialize)]
struct Data<'a> {
    topics: Vec<TopicHeader>,
    groups: Vec<GroupRows<'a>>,
    /// The counties with their counts, on a site split by county.
    counties: Vec<CountyRow>,
    /// The county of a county's page.
    county: Option<GroupView>,
    /// The county's timeline, on a county's page.
    timeline: Option<String>,
    /// How many compacts the site has.
    total: usize,
}

impl Ctx<'_, '_> {
    /// The matrix: every group's rows, or, on a site split by county, the national compact's
    /// and the counties' summary.
    fn compare(&self) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let split = split(r);
        let (shown, summed) = whole_and_summed(r);
        let words = views.words();
        let counties = summed
            .into_iter()
            .map(|(key, members)| {
                let group = views.group_view(key, members, true);
                let covering = r
                    .topic_ids()
                    .map(|t| Covered {
                        count: count_in(r.covering(t), members),
                        path: urls::topic_in(words, &r.topic(t).id, &group.slug),
                    })
                    .collect();
                CountyRow { group, covering }
            })
            .collect();
        let topics = r
            .topic_ids()
            .map(|t| self.header(t, r.covering(t).len(), urls::topic(words, &r.topic(t).id)))
            .collect();
        self.html(
            "compare.html",
            About {
                title: views.t("compare_title"),
                description: views.t("compare_description"),
                section: "compare",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data {
                topics,
                groups: self.rows(&shown, split),
                counties,
                county: None,
                timeline: None,
                total: r.compacts(),
            },
        )
    }

    /// A county's matrix, on a site split by county.
    fn county(&self, key: GroupKey) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let members = r.group(key);
        let slug = views.group_slug(key);
        let topics = r
            .topic_ids()
            .map(|t| {
                let path = urls::topic_in(words, &r.topic(t).id, &slug);
                self.header(t, count_in(r.covering(t), members), path)
            })
            .collect();
        let group = views.group_view(key, members, true);
        let title = group.name.clone();
        self.html(
            "county.html",
            About {
                description: views.t("county_description").replace("{}", &title),
                title,
                section: "compare",
                crumbs: vec![Link::new(views.t("compare_title"), urls::compare(words))],
                title_lang: views.content_lang(),
            },
            Data {
                topics,
                groups: self.rows(&[(key, members)], true),
                counties: Vec::new(),
                timeline: Some(urls::timeline_in(words, &slug)),
                county: Some(group),
                total: r.compacts(),
            },
        )
    }

    fn header(&self, t: TopicId, count: usize, path: String) -> TopicHeader {
        let topic = self.r.topic(t);
        TopicHeader {
            id: topic.id.clone(),
            name: topic.name.clone(),
            path,
            count,
            lang: self.views.content_lang(),
        }
    }

    /// The rows of each of `groups`, under their headings.
    fn rows<'v>(&'v self, groups: &[(GroupKey, &[CompactId])], split: bool) -> Vec<GroupRows<'v>> {
        let (r, views) = (self.r, self.views);
        groups
            .iter()
            .map(|&(key, members)| GroupRows {
                group: views.group_view(key, members, split),
                rows: members
                    .iter()
                    .map(|&c| {
                        let row = r.row(c);
                        Row {
                            compact: views.summary(r, c),
                            count: row.iter().filter(|cell| !cell.is_empty()).count(),
                            cells: row
                                .iter()
                                .map(|cell| {
                                    let mark = |endorsed| {
                                        move |&p| {
                                            let link = views.principle_link(r, p);
                                            Mark {
                                                title: link.title,
                                                path: link.path,
                                                endorsed,
                                                lang: link.lang,
                                            }
                                        }
                                    };
                                    cell.own
                                        .iter()
                                        .map(mark(false))
                                        .chain(cell.endorsed.iter().map(mark(true)))
                                        .collect()
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            })
            .collect()
    }
}

/// How many of `covering` are among `members` (both in site order).
pub(super) fn count_in(covering: &[CompactId], members: &[CompactId]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < covering.len() && j < members.len() {
        match covering[i].cmp(&members[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}
